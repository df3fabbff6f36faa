package orgs

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

// Account roles. Account 0 deployed the escrow and owns its policy; it plays no part in organisations.
const (
	owner      = 0
	adminA     = 1 // created org A
	adminA2    = 2 // second admin of org A
	memberA    = 3
	memberA2   = 4
	recipient  = 5 // a Direct recipient
	claimer    = 6 // a group claimer
	adminB     = 7 // created org B
	memberB    = 8
	stranger   = 9 // anyone: keeper bot, outsider
	treasuryA  = 10
	treasuryA2 = 11 // org A's next treasury
	treasuryB  = 12
	accounts   = 13
)

const (
	day     = 86400
	hour    = 3600
	undoWin = 300 // window of the consent tier
	freeWin = 120 // window of the no-consent tier
)

var (
	eth      = common.Address{}
	esc      = contracttest.EscrowABI
	erc20ABI = contracttest.ERC20ABI
	kinds    = []struct {
		name string
		kind uint8
	}{{"Direct", contracttest.Direct}, {"Equal", contracttest.Equal}, {"Lucky", contracttest.Lucky}}
)

// asset is ETH or the fixture's MockERC20. Amounts are in units `unit` so that one table serves both: the undo
// policy of both puts <= 200 units in the consent tier, <= 500 units in the no-consent tier, and above that
// no undo window.
type asset struct {
	name  string
	token common.Address
	unit  *big.Int
}

// u is n units of the asset.
func (a asset) u(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), a.unit) }

// fx is one chain with the escrow, three ERC-20s (a MockERC20 with an undo policy, a MockERC20 without, a
// fee-on-transfer token), and a ledger rebuilt from the events of every transaction the test mined.
type fx struct {
	t *testing.T
	*contracttest.Env
	token  common.Address // MockERC20, 2 decimals, with undo tiers
	bare   common.Address // MockERC20 with no policy
	fee    common.Address // FeeOnTransferToken: 1% burnt per transfer
	tokens []common.Address
	gas    map[common.Address]*big.Int // wei each account paid for gas in mined transactions
	led    *ledger
}

// newFx starts a fresh chain. Conservation is asserted when the test ends (unless it already failed).
func newFx(t *testing.T) *fx {
	t.Helper()
	env, err := contracttest.New(accounts)
	require.NoError(t, err, "start chain")
	t.Cleanup(env.Close)
	f := &fx{t: t, Env: env, gas: map[common.Address]*big.Int{}, led: newLedger(env.Escrow)}
	f.token = f.deploy(mocks.MockERC20MetaData.Bin, erc20ABI.PackConstructor("Mock CNY", "mCNY", 2))
	f.bare = f.deploy(mocks.MockERC20MetaData.Bin, erc20ABI.PackConstructor("Bare", "BARE", 18))
	f.fee = f.deploy(mocks.FeeOnTransferTokenMetaData.Bin, nil)
	f.tokens = []common.Address{eth, f.token, f.bare, f.fee}
	for _, a := range f.assets() {
		f.must(owner, nil, esc.PackSetTokenPolicy(a.token, big.NewInt(1), []escrow.IHongbaoEscrowTier{
			{MaxAmount: a.u(200), Window: undoWin, Consent: true},
			{MaxAmount: a.u(500), Window: freeWin, Consent: false},
		}))
	}
	t.Cleanup(func() {
		if !t.Failed() {
			f.conserve()
		}
	})
	return f
}

func (f *fx) assets() []asset { return []asset{f.asset(false), f.asset(true)} }

func (f *fx) asset(erc20 bool) asset {
	if !erc20 {
		return asset{name: "ETH", token: eth, unit: big.NewInt(1e16)} // 0.01 ETH
	}
	return asset{name: "ERC20", token: f.token, unit: big.NewInt(100)} // 1.00 mCNY
}

// forAssets runs body once for ETH and once for the MockERC20, each on a fresh chain.
func forAssets(t *testing.T, body func(t *testing.T, f *fx, a asset)) {
	t.Helper()
	for _, erc20 := range []bool{false, true} {
		t.Run(map[bool]string{false: "ETH", true: "ERC20"}[erc20], func(t *testing.T) {
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

// txTo sends a transaction from account `from`. A revert comes back as the error (nothing is mined); a mined
// transaction is charged to the gas ledger and its escrow events go to the ledger.
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

func (f *fx) tx(from int, value *big.Int, data []byte) (*types.Receipt, error) {
	return f.txTo(from, f.Escrow, value, data)
}

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

// approve mints `amount` of an ERC-20 to account `from` and approves the escrow for it (nothing for ETH).
func (f *fx) approve(from int, token common.Address, amount *big.Int) {
	f.t.Helper()
	if token == eth {
		return
	}
	f.mustTo(from, token, nil, erc20ABI.PackMint(f.Addr(from), amount))
	f.mustTo(from, token, nil, erc20ABI.PackApprove(f.Escrow, amount))
}

// valueFor is the msg.value that goes with `amount` of token: the amount for ETH, zero for an ERC-20.
func valueFor(token common.Address, amount *big.Int) *big.Int {
	if token == eth {
		return amount
	}
	return new(big.Int)
}

// at makes the next transaction's block (and every read through Call) have timestamp ts.
func (f *fx) at(ts uint64) {
	f.t.Helper()
	require.NoError(f.t, f.NextAt(ts), "move time to %d", ts)
}

// blockTime is the timestamp of the block that mined r.
func (f *fx) blockTime(r *types.Receipt) uint64 {
	f.t.Helper()
	h, err := f.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	require.NoError(f.t, err)
	return h.Time
}

// nextMidnight is the first UTC midnight after the head block.
func (f *fx) nextMidnight() uint64 { return (f.Now()/day + 1) * day }

// ---------------------------------------------------------------- organisations

// newOrg creates an organisation from account `admin` with treasury account `treasury` and returns its id.
func (f *fx) newOrg(admin, treasury int) uint64 {
	f.t.Helper()
	r := f.must(admin, nil, esc.PackCreateOrg(f.Addr(treasury)))
	ev := one[escrow.HongbaoEscrowOrgCreated](f.t, r)
	require.Equal(f.t, f.Addr(admin), ev.Creator)
	require.Equal(f.t, f.Addr(treasury), ev.Treasury)
	added := one[escrow.HongbaoEscrowOrgAdminAdded](f.t, r)
	require.Equal(f.t, ev.OrgId, added.OrgId)
	require.Equal(f.t, f.Addr(admin), added.Admin)
	return ev.OrgId
}

func (f *fx) addAdmin(org uint64, by, who int) {
	f.t.Helper()
	ev := one[escrow.HongbaoEscrowOrgAdminAdded](f.t, f.must(by, nil, esc.PackAddOrgAdmin(org, f.Addr(who))))
	require.Equal(f.t, org, ev.OrgId)
	require.Equal(f.t, f.Addr(who), ev.Admin)
}

func (f *fx) setMember(org uint64, by, member int, token common.Address, perPacket, daily *big.Int) {
	f.t.Helper()
	r := f.must(by, nil, esc.PackSetOrgMember(org, f.Addr(member), token, perPacket, daily))
	ev := one[escrow.HongbaoEscrowOrgMemberSet](f.t, r)
	require.Equal(f.t, org, ev.OrgId)
	require.Equal(f.t, f.Addr(member), ev.Member)
	require.Equal(f.t, token, ev.Token)
	requireEq(f.t, perPacket, ev.PerPacketCap, "OrgMemberSet perPacketCap")
	requireEq(f.t, daily, ev.DailyCap, "OrgMemberSet dailyCap")
}

// fundOrg deposits `amount` of token into org's budget from account `by` (minting and approving an ERC-20
// first) and returns what the OrgFunded event credited.
func (f *fx) fundOrg(org uint64, by int, token common.Address, amount *big.Int) *big.Int {
	f.t.Helper()
	f.approve(by, token, amount)
	ev := one[escrow.HongbaoEscrowOrgFunded](f.t, f.must(by, valueFor(token, amount), esc.PackFundOrg(org, token, amount)))
	require.Equal(f.t, org, ev.OrgId)
	require.Equal(f.t, token, ev.Token)
	require.Equal(f.t, f.Addr(by), ev.From)
	return ev.Amount
}

// orgSend sends a packet from org's budget as `member`, checks PacketSent and OrgPacketSent, and returns its id.
func (f *fx) orgSend(org uint64, member int, p escrow.IHongbaoEscrowSendParams) *big.Int {
	f.t.Helper()
	r := f.must(member, nil, esc.PackSendFromOrg(org, p))
	ev := one[escrow.HongbaoEscrowPacketSent](f.t, r)
	requireEq(f.t, p.Amount, ev.Total, "PacketSent total")
	require.Equal(f.t, f.Addr(member), ev.Sender)
	require.Equal(f.t, p.Token, ev.Token)
	os := one[escrow.HongbaoEscrowOrgPacketSent](f.t, r)
	requireEq(f.t, ev.Id, os.Id, "OrgPacketSent id")
	require.Equal(f.t, org, os.OrgId)
	require.Equal(f.t, f.Addr(member), os.Member)
	return ev.Id
}

// send sends a plain (non-organisation) packet from account `from` and returns its id.
func (f *fx) send(from int, p escrow.IHongbaoEscrowSendParams) *big.Int {
	f.t.Helper()
	f.approve(from, p.Token, p.Amount)
	ev := one[escrow.HongbaoEscrowPacketSent](f.t, f.must(from, valueFor(p.Token, p.Amount), esc.PackSend(p)))
	requireEq(f.t, p.Amount, ev.Total, "PacketSent total")
	return ev.Id
}

// claim claims a Direct or open packet and returns the amount from the Claimed event.
func (f *fx) claim(from int, id *big.Int) *big.Int {
	f.t.Helper()
	ev := one[escrow.HongbaoEscrowClaimed](f.t, f.must(from, nil, esc.PackClaim(id, nil)))
	requireEq(f.t, id, ev.Id, "Claimed id")
	require.Equal(f.t, f.Addr(from), ev.Claimer)
	return ev.Amount
}

// ---------------------------------------------------------------- packet parameters

// direct is a Direct packet of `amount` to `to`: no delay, a day to claim, no guardian.
func direct(token common.Address, amount *big.Int, to common.Address) escrow.IHongbaoEscrowSendParams {
	return escrow.IHongbaoEscrowSendParams{Token: token, Kind: contracttest.Direct, Shares: 1, Ttl: day,
		Amount: amount, Recipient: to}
}

// group is an open Equal or Lucky packet: no delay, a day to claim. Claim authorisation is not what these
// tests are about, so anyone may claim.
func group(token common.Address, kind uint8, shares uint16, amount *big.Int) escrow.IHongbaoEscrowSendParams {
	return escrow.IHongbaoEscrowSendParams{Token: token, Kind: kind, Auth: contracttest.Open, Shares: shares,
		Ttl: day, Amount: amount}
}

// ofKind is a packet of the given kind: Direct to the recipient account, or an open group of two shares (one
// share when the amount is a single base unit, since every share is at least one unit).
func (f *fx) ofKind(kind uint8, token common.Address, amount *big.Int) escrow.IHongbaoEscrowSendParams {
	if kind == contracttest.Direct {
		return direct(token, amount, f.Addr(recipient))
	}
	shares := uint16(2)
	if amount.Cmp(big.NewInt(2)) < 0 {
		shares = 1
	}
	return group(token, kind, shares, amount)
}

func withDelay(p escrow.IHongbaoEscrowSendParams, d uint32) escrow.IHongbaoEscrowSendParams {
	p.Delay = d
	return p
}

func withGuardian(p escrow.IHongbaoEscrowSendParams, g common.Address) escrow.IHongbaoEscrowSendParams {
	p.Guardian = g
	return p
}

// ---------------------------------------------------------------- views

func (f *fx) call(data []byte) []byte {
	f.t.Helper()
	out, err := f.Call(f.Escrow, data)
	require.NoError(f.t, err)
	return out
}

func (f *fx) budget(org uint64, token common.Address) *big.Int {
	f.t.Helper()
	v, err := esc.UnpackOrgBudget(f.call(esc.PackOrgBudget(org, token)))
	require.NoError(f.t, err)
	return v
}

func (f *fx) org(org uint64) escrow.IHongbaoEscrowOrgView {
	f.t.Helper()
	v, err := esc.UnpackGetOrg(f.call(esc.PackGetOrg(org)))
	require.NoError(f.t, err)
	return v
}

func (f *fx) member(org uint64, m int, token common.Address) escrow.IHongbaoEscrowMemberView {
	f.t.Helper()
	v, err := esc.UnpackOrgMember(f.call(esc.PackOrgMember(org, f.Addr(m), token)))
	require.NoError(f.t, err)
	return v
}

func (f *fx) isAdmin(org uint64, who int) bool {
	f.t.Helper()
	v, err := esc.UnpackIsOrgAdmin(f.call(esc.PackIsOrgAdmin(org, f.Addr(who))))
	require.NoError(f.t, err)
	return v
}

func (f *fx) lockOf(who int, token common.Address) escrow.IHongbaoEscrowLock {
	f.t.Helper()
	v, err := esc.UnpackLockOf(f.call(esc.PackLockOf(f.Addr(who), token)))
	require.NoError(f.t, err)
	return v
}

func (f *fx) lastOrgID() uint64 {
	f.t.Helper()
	v, err := esc.UnpackLastOrgId(f.call(esc.PackLastOrgId()))
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

// everyone snapshots every account and the escrow.
func (f *fx) everyone(token common.Address) snap {
	who := []common.Address{f.Escrow}
	for i := 0; i < accounts; i++ {
		who = append(who, f.Addr(i))
	}
	return f.snap(token, who...)
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

func big64(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

func requireEq(t *testing.T, want, got *big.Int, what string) {
	t.Helper()
	require.NotNil(t, got, what)
	require.Zero(t, want.Cmp(got), "%s: want %s, got %s", what, want, got)
}

// ---------------------------------------------------------------- events and errors

// decoders decode every escrow event the tests look at; each checks the event's topic first.
var decoders = []func(*types.Log) (any, error){
	func(l *types.Log) (any, error) { return esc.UnpackPacketSentEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackClaimedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackRefundedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackCoolOffWithdrawnEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackUndoneEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackUndoRequestedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackUndoApprovedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackDeclinedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackReturnedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackInterceptedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOwedCreditedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOwedWithdrawnEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackLockSetEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackLockLoosenRequestedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgCreatedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgAdminAddedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgAdminRemovedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgMemberSetEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgMemberRemovedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgFundedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgBudgetWithdrawnEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgBudgetCreditedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgTreasuryChangeRequestedEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackOrgPacketSentEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackGuardianSetEvent(l) },
	func(l *types.Log) (any, error) { return esc.UnpackTokenPolicySetEvent(l) },
}

// events decodes the escrow's events of a receipt, in order (logs of other contracts are skipped).
func events(escrowAddr common.Address, r *types.Receipt) []any {
	var out []any
	for _, l := range r.Logs {
		if l.Address != escrowAddr {
			continue
		}
		for _, d := range decoders {
			if ev, err := d(l); err == nil {
				out = append(out, ev)
				break
			}
		}
	}
	return out
}

// eventsOf returns the escrow events of type T in a receipt, in order. Receipts here only ever carry the
// escrow's events or token Transfer/Approval logs, which no escrow decoder accepts.
func eventsOf[T any](r *types.Receipt) []*T {
	var out []*T
	for _, l := range r.Logs {
		for _, d := range decoders {
			if ev, err := d(l); err == nil {
				if x, ok := ev.(*T); ok {
					out = append(out, x)
				}
				break
			}
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

// credited requires exactly one OrgBudgetCredited in r, for packet id of org in token, of amount.
func credited(t *testing.T, r *types.Receipt, org uint64, token common.Address, id, amount *big.Int) {
	t.Helper()
	ev := one[escrow.HongbaoEscrowOrgBudgetCredited](t, r)
	require.Equal(t, org, ev.OrgId, "OrgBudgetCredited orgId")
	require.Equal(t, token, ev.Token, "OrgBudgetCredited token")
	requireEq(t, id, ev.Id, "OrgBudgetCredited id")
	requireEq(t, amount, ev.Amount, "OrgBudgetCredited amount")
	none[escrow.HongbaoEscrowOwedCredited](t, r)
}

// requireOrg compares an org view field by field (big.Int values by value).
func requireOrg(t *testing.T, want, got escrow.IHongbaoEscrowOrgView) {
	t.Helper()
	require.Equal(t, want.Id, got.Id, "org id")
	require.Equal(t, want.Treasury, got.Treasury, "org treasury")
	require.Equal(t, want.PendingTreasury, got.PendingTreasury, "org pendingTreasury")
	requireEq(t, orZero(want.TreasuryChangeAt), got.TreasuryChangeAt, "org treasuryChangeAt")
	require.Equal(t, want.AdminCount, got.AdminCount, "org adminCount")
}

// requireMember compares a member view field by field.
func requireMember(t *testing.T, want, got escrow.IHongbaoEscrowMemberView) {
	t.Helper()
	require.Equal(t, want.Active, got.Active, "member active")
	requireEq(t, orZero(want.PerPacketCap), got.PerPacketCap, "member perPacketCap")
	requireEq(t, orZero(want.DailyCap), got.DailyCap, "member dailyCap")
	requireEq(t, orZero(want.SpentToday), got.SpentToday, "member spentToday")
	requireEq(t, orZero(want.DayResetsAt), got.DayResetsAt, "member dayResetsAt")
}

// requireLock compares a lock view field by field.
func requireLock(t *testing.T, want, got escrow.IHongbaoEscrowLock) {
	t.Helper()
	requireEq(t, orZero(want.Threshold), got.Threshold, "lock threshold")
	require.Equal(t, want.MinDelay, got.MinDelay, "lock minDelay")
	requireEq(t, orZero(want.PendingAt), got.PendingAt, "lock pendingAt")
	requireEq(t, orZero(want.PendingThreshold), got.PendingThreshold, "lock pendingThreshold")
	require.Equal(t, want.PendingMinDelay, got.PendingMinDelay, "lock pendingMinDelay")
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
