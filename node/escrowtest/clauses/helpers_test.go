// Package clauses tests the withdrawal clauses of rules §4 (C1–C6 and withdrawOwed) and the time rules of
// rules §2 on the simulated chain, through the generated bindings. Every scenario checks balances (ETH net of
// gas), events with their values, exact custom errors, and per-packet conservation.
package clauses

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

// Account roles. Account 0 deployed the escrow and owns its policy.
const (
	owner     = 0
	sender    = 1
	recipient = 2
	keeper    = 3 // any third party: keeper bot, stranger
	guardian  = 4
	claimerA  = 5
	claimerB  = 6
	claimerC  = 7
	sender2   = 8
	payee     = 9 // an EOA that receives owed funds
)

// Undo tiers used by every fixture: the smallest tier needs the recipient's consent, the next does not, and
// anything above has no undo window.
const (
	consentWindow = 300
	freeWindow    = 120
	day           = 86400
)

var (
	eth      = common.Address{}
	esc      = contracttest.EscrowABI
	erc20ABI = contracttest.ERC20ABI
	actorABI = contracttest.Actor
)

// asset is ETH or the fixture's MockERC20, with an amount in each undo tier of the fixture's policy.
type asset struct {
	name    string
	token   common.Address
	consent *big.Int // within the consent tier
	free    *big.Int // within the no-consent tier
	none    *big.Int // above every tier: no undo window
}

// fx is one chain with the escrow, a MockERC20 with an undo policy, a MockERC20 without one, undo policies
// for ETH and the token, and a ledger rebuilt from the events of every transaction the test mined.
type fx struct {
	t *testing.T
	*contracttest.Env
	token  common.Address // MockERC20, 2 decimals, with undo tiers
	bare   common.Address // MockERC20 with no policy (so no undo tier)
	tokens []common.Address
	gas    map[common.Address]*big.Int // wei each account paid for gas in mined transactions
	led    *ledger
}

// newFx starts a fresh chain. Conservation of every packet and of the escrow's balances is asserted when the
// test ends (if it has not already failed).
func newFx(t *testing.T) *fx {
	t.Helper()
	env, err := contracttest.New(10)
	require.NoError(t, err, "start chain")
	t.Cleanup(env.Close)
	f := &fx{t: t, Env: env, gas: map[common.Address]*big.Int{}, led: newLedger(env.Escrow)}
	f.token = f.deploy(mocks.MockERC20MetaData.Bin, erc20ABI.PackConstructor("Mock CNY", "mCNY", 2))
	f.bare = f.deploy(mocks.MockERC20MetaData.Bin, erc20ABI.PackConstructor("Bare", "BARE", 18))
	f.tokens = []common.Address{eth, f.token, f.bare}
	f.setPolicy(eth, []escrow.IHongbaoEscrowTier{
		{MaxAmount: contracttest.Ether(1), Window: consentWindow, Consent: true},
		{MaxAmount: contracttest.Ether(5), Window: freeWindow, Consent: false},
	})
	f.setPolicy(f.token, []escrow.IHongbaoEscrowTier{
		{MaxAmount: big.NewInt(200_00), Window: consentWindow, Consent: true},
		{MaxAmount: big.NewInt(500_00), Window: freeWindow, Consent: false},
	})
	t.Cleanup(func() {
		if !t.Failed() {
			f.conserve()
		}
	})
	return f
}

// assets are ETH and the fixture's token, for table-driven tests.
func (f *fx) assets() []asset {
	return []asset{f.asset(false), f.asset(true)}
}

func (f *fx) asset(erc20 bool) asset {
	if !erc20 {
		return asset{name: "ETH", token: eth, consent: contracttest.Ether(1), free: contracttest.Ether(3),
			none: contracttest.Ether(10)}
	}
	return asset{name: "ERC20", token: f.token, consent: big.NewInt(100_00), free: big.NewInt(300_00),
		none: big.NewInt(1000_00)}
}

// forAssets runs body once for ETH and once for the MockERC20, each on a fresh chain.
func forAssets(t *testing.T, body func(t *testing.T, f *fx, a asset)) {
	for _, erc20 := range []bool{false, true} {
		name := map[bool]string{false: "ETH", true: "ERC20"}[erc20]
		t.Run(name, func(t *testing.T) {
			f := newFx(t)
			body(t, f, f.asset(erc20))
		})
	}
}

// ---------------------------------------------------------------- transactions

func (f *fx) deploy(bin string, args []byte) common.Address {
	f.t.Helper()
	addr, r, err := f.Deploy(f.Key(owner), common.FromHex(bin), args)
	require.NoError(f.t, err, "deploy")
	f.paid(owner, r)
	return addr
}

func (f *fx) paid(from int, r *types.Receipt) {
	a := f.Addr(from)
	if f.gas[a] == nil {
		f.gas[a] = new(big.Int)
	}
	f.gas[a].Add(f.gas[a], simchain.GasCost(r))
}

// txTo sends a transaction from account `from` to `to`. A revert comes back as the error (nothing is mined);
// a mined transaction is charged to the gas ledger and its escrow events go to the packet ledger.
func (f *fx) txTo(from int, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	r, err := f.Send(f.Key(from), &to, value, data)
	if err != nil {
		return nil, err
	}
	f.paid(from, r)
	require.Equal(f.t, types.ReceiptStatusSuccessful, r.Status, "mined transaction failed")
	f.led.record(f.t, r)
	return r, nil
}

// tx sends calldata to the escrow.
func (f *fx) tx(from int, value *big.Int, data []byte) (*types.Receipt, error) {
	return f.txTo(from, f.Escrow, value, data)
}

// must sends calldata to the escrow and requires success.
func (f *fx) must(from int, value *big.Int, data []byte) *types.Receipt {
	f.t.Helper()
	r, err := f.tx(from, value, data)
	require.NoError(f.t, err)
	return r
}

func (f *fx) mustTo(from int, to common.Address, value *big.Int, data []byte) *types.Receipt {
	f.t.Helper()
	r, err := f.txTo(from, to, value, data)
	require.NoError(f.t, err)
	return r
}

func (f *fx) setPolicy(token common.Address, tiers []escrow.IHongbaoEscrowTier) {
	f.t.Helper()
	r := f.must(owner, nil, esc.PackSetTokenPolicy(token, big.NewInt(1), tiers))
	ev := one[escrow.HongbaoEscrowTokenPolicySet](f.t, r)
	require.Equal(f.t, token, ev.Token)
	require.Len(f.t, ev.Tiers, len(tiers))
}

// fund mints `amount` of an ERC-20 to account `from` and approves the escrow for it (nothing for ETH).
func (f *fx) fund(from int, token common.Address, amount *big.Int) {
	f.t.Helper()
	if token == eth {
		return
	}
	f.mustTo(from, token, nil, erc20ABI.PackMint(f.Addr(from), amount))
	f.mustTo(from, token, nil, erc20ABI.PackApprove(f.Escrow, amount))
}

// send creates a packet from account `from` (funding it first for ERC-20) and returns its id.
func (f *fx) send(from int, p escrow.IHongbaoEscrowSendParams) *big.Int {
	f.t.Helper()
	f.fund(from, p.Token, p.Amount)
	value := new(big.Int)
	if p.Token == eth {
		value = p.Amount
	}
	r := f.must(from, value, esc.PackSend(p))
	ev := one[escrow.HongbaoEscrowPacketSent](f.t, r)
	requireEq(f.t, p.Amount, ev.Total, "PacketSent total")
	require.Equal(f.t, f.Addr(from), ev.Sender)
	return ev.Id
}

// direct is a Direct packet of `amount` to the recipient account: no delay, a day to claim.
func direct(a asset, amount *big.Int, to common.Address) escrow.IHongbaoEscrowSendParams {
	return escrow.IHongbaoEscrowSendParams{Token: a.token, Kind: contracttest.Direct, Shares: 1, Ttl: day,
		Amount: amount, Recipient: to}
}

// group is an open Equal or Lucky packet: no delay, a day to claim. Claim authorisation is not what these
// tests are about, so anyone may claim.
func group(a asset, kind uint8, shares uint16, amount *big.Int) escrow.IHongbaoEscrowSendParams {
	return escrow.IHongbaoEscrowSendParams{Token: a.token, Kind: kind, Auth: contracttest.Open, Shares: shares,
		Ttl: day, Amount: amount}
}

// claim claims a Direct or open packet and returns the amount from the Claimed event.
func (f *fx) claim(from int, id *big.Int) *big.Int {
	f.t.Helper()
	r := f.must(from, nil, esc.PackClaim(id, nil))
	ev := one[escrow.HongbaoEscrowClaimed](f.t, r)
	requireEq(f.t, id, ev.Id, "Claimed id")
	require.Equal(f.t, f.Addr(from), ev.Claimer)
	return ev.Amount
}

// at makes the next transaction's block have timestamp ts.
//
// simchain race: right after a block is mined the txpool may still list the mined transaction as pending for a
// moment, and the simulated backend's AdjustTime then refuses with "could not adjust time on non-empty block"
// (nothing is changed). Retrying shortly after succeeds.
func (f *fx) at(ts uint64) {
	f.t.Helper()
	for try := 0; ; try++ {
		err := f.NextAt(ts)
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "non-empty block") || try == 400 {
			require.NoError(f.t, err, "move time to %d", ts)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (f *fx) view(id *big.Int) escrow.IHongbaoEscrowPacketView { return f.Packet(id) }

func (f *fx) hasClaimed(id *big.Int, who common.Address) bool {
	f.t.Helper()
	out, err := f.Call(f.Escrow, esc.PackHasClaimed(id, who))
	require.NoError(f.t, err)
	v, err := esc.UnpackHasClaimed(out)
	require.NoError(f.t, err)
	return v
}

// ---------------------------------------------------------------- balances

func (f *fx) balance(token, who common.Address) *big.Int {
	if token == eth {
		return f.Balance(who)
	}
	return f.TokenBalance(token, who)
}

// snap records balances of `token` (and, for ETH, the gas each account has paid so far).
type snap struct {
	token common.Address
	who   []common.Address
	bal   map[common.Address]*big.Int
	gas   map[common.Address]*big.Int
}

func (f *fx) snap(token common.Address, who ...common.Address) snap {
	s := snap{token: token, who: who, bal: map[common.Address]*big.Int{}, gas: map[common.Address]*big.Int{}}
	for _, a := range who {
		s.bal[a] = f.balance(token, a)
		s.gas[a] = f.gasOf(a)
	}
	return s
}

func (f *fx) gasOf(a common.Address) *big.Int {
	if g := f.gas[a]; g != nil {
		return new(big.Int).Set(g)
	}
	return new(big.Int)
}

// moved requires every account of the snapshot to have moved by exactly want[account] (zero when absent);
// ETH deltas are net of the gas the account paid in between.
func (f *fx) moved(s snap, want map[common.Address]*big.Int) {
	f.t.Helper()
	for a := range want {
		require.Contains(f.t, s.bal, a, "account %s not in the snapshot", a)
	}
	for _, a := range s.who {
		d := new(big.Int).Sub(f.balance(s.token, a), s.bal[a])
		if s.token == eth {
			d.Add(d, new(big.Int).Sub(f.gasOf(a), s.gas[a]))
		}
		w := want[a]
		if w == nil {
			w = new(big.Int)
		}
		requireEq(f.t, w, d, "balance change of "+a.Hex())
	}
}

func neg(x *big.Int) *big.Int { return new(big.Int).Neg(x) }

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

func add(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func requireEq(t *testing.T, want, got *big.Int, what string) {
	t.Helper()
	require.NotNil(t, got, what)
	require.Zero(t, want.Cmp(got), "%s: want %s, got %s", what, want, got)
}

func u64(x *big.Int) uint64 { return x.Uint64() }

// ---------------------------------------------------------------- events and errors

// eventsOf returns the escrow events of type T in a receipt, in order.
func eventsOf[T any](r *types.Receipt) []*T {
	var out []*T
	for _, ev := range contracttest.Events(r) {
		if x, ok := ev.(*T); ok {
			out = append(out, x)
		}
	}
	return out
}

// one returns the single event of type T in a receipt.
func one[T any](t *testing.T, r *types.Receipt) *T {
	t.Helper()
	evs := eventsOf[T](r)
	require.Len(t, evs, 1, "want exactly one %T", *new(T))
	return evs[0]
}

// none requires that the receipt has no event of type T.
func none[T any](t *testing.T, r *types.Receipt) {
	t.Helper()
	require.Empty(t, eventsOf[T](r), "unexpected %T", *new(T))
}

// reverted requires err to be the escrow's custom error T and returns it.
func reverted[T any](t *testing.T, err error) *T {
	t.Helper()
	require.Error(t, err, "want revert with %T", *new(T))
	v, derr := contracttest.DecodeError(err)
	require.NoError(t, derr, "decode revert")
	e, ok := v.(*T)
	require.True(t, ok, "want %T, got %T %+v", *new(T), v, v)
	return e
}

// ---------------------------------------------------------------- ledger and conservation

// book is one packet as rebuilt from events alone.
type book struct {
	token    common.Address
	total    *big.Int
	out      map[string]*big.Int // by event: what left the packet's own balance
	returned *big.Int            // C5, outside the packet's balance
}

type ledger struct {
	escrow  common.Address
	packets map[string]*book
	ids     []*big.Int
	owed    map[common.Address]map[common.Address]*big.Int
}

func newLedger(escrowAddr common.Address) *ledger {
	return &ledger{escrow: escrowAddr, packets: map[string]*book{},
		owed: map[common.Address]map[common.Address]*big.Int{}}
}

func (l *ledger) record(t *testing.T, r *types.Receipt) {
	t.Helper()
	var own types.Receipt
	for _, lg := range r.Logs {
		if lg.Address == l.escrow {
			own.Logs = append(own.Logs, lg)
		}
	}
	for _, ev := range contracttest.Events(&own) {
		switch e := ev.(type) {
		case *escrow.HongbaoEscrowPacketSent:
			l.packets[e.Id.String()] = &book{token: e.Token, total: e.Total, out: map[string]*big.Int{},
				returned: new(big.Int)}
			l.ids = append(l.ids, e.Id)
		case *escrow.HongbaoEscrowClaimed:
			l.out(t, e.Id, "claimed", e.Amount)
		case *escrow.HongbaoEscrowRefunded:
			l.out(t, e.Id, "refunded", e.Amount)
		case *escrow.HongbaoEscrowCoolOffWithdrawn:
			l.out(t, e.Id, "withdrawn", e.Amount)
		case *escrow.HongbaoEscrowUndone:
			l.out(t, e.Id, "undone", e.Amount)
		case *escrow.HongbaoEscrowUndoApproved:
			l.out(t, e.Id, "approved", e.Amount)
		case *escrow.HongbaoEscrowDeclined:
			l.out(t, e.Id, "declined", e.Amount)
		case *escrow.HongbaoEscrowIntercepted:
			l.out(t, e.Id, "intercepted", e.Amount)
		case *escrow.HongbaoEscrowReturned:
			l.book(t, e.Id).returned.Add(l.book(t, e.Id).returned, e.Amount)
		case *escrow.HongbaoEscrowOwedCredited:
			l.owedOf(e.Token, e.Account).Add(l.owedOf(e.Token, e.Account), e.Amount)
		case *escrow.HongbaoEscrowOwedWithdrawn:
			l.owedOf(e.Token, e.Account).Sub(l.owedOf(e.Token, e.Account), e.Amount)
		}
	}
}

func (l *ledger) book(t *testing.T, id *big.Int) *book {
	b := l.packets[id.String()]
	require.NotNil(t, b, "event for packet %s before its PacketSent", id)
	return b
}

func (l *ledger) out(t *testing.T, id *big.Int, kind string, amount *big.Int) {
	b := l.book(t, id)
	if b.out[kind] == nil {
		b.out[kind] = new(big.Int)
	}
	b.out[kind].Add(b.out[kind], amount)
}

func (l *ledger) owedOf(token, account common.Address) *big.Int {
	m := l.owed[token]
	if m == nil {
		m = map[common.Address]*big.Int{}
		l.owed[token] = m
	}
	if m[account] == nil {
		m[account] = new(big.Int)
	}
	return m[account]
}

// conserve asserts rules §4 conservation. Per packet: total == claimed + refunded + withdrawn (cool-off, undo,
// approved undo) + declined + intercepted + remaining, with every term summed from events and `remaining`
// read from the chain. Per token: the escrow's balance == the remaining of live packets + pull balances.
func (f *fx) conserve() {
	f.t.Helper()
	out, err := f.Call(f.Escrow, esc.PackLastPacketId())
	require.NoError(f.t, err)
	last, err := esc.UnpackLastPacketId(out)
	require.NoError(f.t, err)
	require.Equal(f.t, uint64(len(f.led.ids)), last.Uint64(), "every packet was seen by the ledger")

	live := map[common.Address]*big.Int{}
	for _, id := range f.led.ids {
		b := f.led.packets[id.String()]
		v := f.view(id)
		gone := new(big.Int)
		for _, x := range b.out {
			gone.Add(gone, x)
		}
		requireEq(f.t, b.total, add(gone, v.Remaining), "packet "+id.String()+": total vs events + remaining")
		if v.Remaining.Sign() == 0 {
			require.Equal(f.t, contracttest.StatusClosed, v.Status, "packet %s: empty but not closed", id)
		}
		if live[b.token] == nil {
			live[b.token] = new(big.Int)
		}
		live[b.token].Add(live[b.token], v.Remaining)
	}
	for _, tok := range f.tokens {
		want := new(big.Int)
		if live[tok] != nil {
			want.Add(want, live[tok])
		}
		for acct, amt := range f.led.owed[tok] {
			requireEq(f.t, amt, f.Owed(tok, acct), "owed("+tok.Hex()+", "+acct.Hex()+") vs events")
			want.Add(want, amt)
		}
		requireEq(f.t, want, f.balance(tok, f.Escrow), "escrow balance of "+tok.Hex())
	}
}
