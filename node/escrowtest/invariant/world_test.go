package invariant

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

// Test actor modes, as TestActor numbers them.
const (
	modeAccept         uint8 = 0
	modeReject         uint8 = 1
	modeReenter        uint8 = 4
	modeBurnGasOnChain uint8 = 5
)

// authTickets is AuthMode.Tickets (contracttest names the other three).
const authTickets uint8 = 3

var (
	mockABI     = mocks.NewMockERC20()
	feeABI      = mocks.NewFeeOnTransferToken()
	noReturnABI = mocks.NewNoReturnToken()
	blockABI    = mocks.NewBlocklistToken()
	hookABI     = mocks.NewHookToken()
	simABI      = mocks.NewSimulationAwareToken()
	delegateABI = mocks.NewPlainDelegate()
	maxUint256  = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	// guardError is ReentrancyGuardReentrantCall(): what a re-entry into the escrow must revert with.
	guardError = crypto.Keccak256([]byte("ReentrancyGuardReentrantCall()"))[:4]
)

// actor is an account that sends, claims, relays, guards and withdraws: an EOA (the EIP-7702 one included), or a
// TestActor contract that its owner drives through execute().
type actor struct {
	name     string
	addr     common.Address
	key      *ecdsa.PrivateKey // the EOA's own key, or the owner's key for a contract actor
	contract bool
}

// owner is where a contract actor's money goes when it withdraws what it is owed: its owner's EOA.
func (a actor) owner() common.Address { return crypto.PubkeyToAddress(a.key.PublicKey) }

// token is a currency of the run; unit scales the amounts sent (a hundredth of a "whole" coin).
type token struct {
	name string
	addr common.Address // zero for ETH
	unit *big.Int
}

// world is the chain, the actors and the ghost model of one run.
// expectedFee is the relay fee a sealed claimFor must record in its SharePending event.
type expectedFee struct {
	claimer, relayer common.Address
	fee              *big.Int
}

type world struct {
	expectFee *expectedFee // set around a sealed claimFor
	t         *testing.T
	env       *contracttest.Env
	rng       *rand.Rand
	seed      uint64
	actors    []actor
	byAddr    map[common.Address]int
	eoas      []int // indexes of EOA actors (relayers)
	tokens    []token
	ghost     *ghost
	org       orgInfo
	stats     map[string]*opStats
	step      int
	op        string
	skipped   bool // the current operation found nothing to act on and sent nothing
	touched   map[uint64]bool
	reader    common.Address // the multicall of chain_test.go

	// The adversaries.
	rejecter       int                     // TestActor in Reject mode: refuses ETH (the org's treasury too)
	burner         int                     // TestActor in BurnGasOnChain mode, trapped in SIM: burns all gas it gets, on chain only
	reenterer      int                     // TestActor in Reenter mode with HOOK hooks on: re-enters the escrow whenever ETH or HOOK reach it
	smartEOA       int                     // an EOA delegated with EIP-7702 to PlainDelegate (when delegated is true)
	blk, hook, sim int                     // token indexes
	blocked        map[common.Address]bool // BLK's blocklist as the run set it
	delegated      bool                    // whether the smart EOA has PlainDelegate's code now
	plainDelegate  common.Address
	adv            advStats

	rc         receiptState   // what the receipt being applied did
	caller     common.Address // the escrow's msg.sender of the transaction being applied
	payTo      common.Address // who the transaction pays with all gas besides the caller (withdrawOwed's `to`)
	received   *big.Int       // ETH the re-enterer's receive() has taken so far (TestActor.received)
	lastRevert string         // the reason of the last exec that reverted ("" after a success)
	presented  int            // the ticket index a claim presents with a valid signature and proof (-1: none)
}

// advStats counts what the adversaries did.
type advStats struct {
	guardTrips       int // steps in which the re-enterer tried to re-enter the escrow (and the guard stopped it)
	hookCalls        int // HOOK hooks run on the re-enterer
	blockToggles     int
	blockedCredits   int // pushes to a blocked BLK account (or from a blocked escrow) credited to the owed ledger
	burnerCredits    int // pushes to the on-chain gas burner credited to the owed ledger
	burnedOwnTx      int // the burner's own transactions (or a withdrawal to it) that ran out of gas on chain
	delegations      int // SetCode transactions
	smartClaims      int // claims by the delegated EOA itself
	smartClaimsFor   int // relayed claims for the delegated EOA (ECDSA signature of an address with code)
	smartBatched     int // delegated-EOA transactions sent through PlainDelegate.execute
	ticketClaims     int
	ticketReuses     int // a used ticket presented again (TicketAlreadyUsed)
	batchesStopped   int // refundMany that stopped early for want of gas (RefundBatchStopped)
	batchesShortGas  int // refundMany sent with a small gas limit
	refundsInStopped int // packets refunded by batches that stopped early
}

// orgInfo is the organisation of the run (rules §5): two admins, three members, and the Reject-mode actor as
// its treasury, so that budget withdrawals in ETH end up in the owed ledger.
type orgInfo struct {
	id       uint64
	admins   []int
	members  []int
	treasury common.Address
}

func (w *world) isOrgAdmin(a common.Address) bool {
	for _, i := range w.org.admins {
		if w.actors[i].addr == a {
			return true
		}
	}
	return false
}

// where says which run, step and operation an assertion is about.
func (w *world) where() string {
	return fmt.Sprintf("seed %d step %d op %s", w.seed, w.step, w.op)
}

const (
	numEOAs     = 10
	mintPerUnit = 1_000_000_000 // units minted to every actor per token
)

// Chain accounts: 0..9 the EOAs, 10..13 the owners of the rejecter, the wallet, the burner and the re-enterer,
// 14 the smart EOA.
const numAccounts = numEOAs + 5

// newWorld deploys the escrow, the tokens, the TestActors and PlainDelegate, delegates the smart EOA, funds and
// approves every actor, and sets token policies with undo tiers (consent and no-consent) and minimum shares.
func newWorld(t *testing.T, seed uint64) *world {
	env, err := contracttest.New(numAccounts)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	w := &world{
		t: t, env: env, seed: seed, rng: rand.New(rand.NewPCG(seed, seed^0x5deece66d)),
		byAddr: map[common.Address]int{}, ghost: newGhost(), stats: map[string]*opStats{},
		blocked: map[common.Address]bool{},
	}
	w.op, w.touched = "setup", map[uint64]bool{}
	w.reader = w.deployReader()
	for i := range numEOAs {
		w.addActor(actor{name: fmt.Sprintf("eoa%d", i), addr: env.Addr(i), key: env.Key(i)})
		w.eoas = append(w.eoas, i)
	}
	w.rejecter = w.deployActor("rejecter", numEOAs, modeReject)
	w.deployActor("wallet", numEOAs+1, modeAccept)
	w.burner = w.deployActor("burner", numEOAs+2, modeBurnGasOnChain)
	w.reenterer = w.deployActor("reenterer", numEOAs+3, modeAccept)
	w.smartEOA = w.addActor(actor{name: "smartEOA", addr: env.Addr(numEOAs + 4), key: env.Key(numEOAs + 4)})
	w.eoas = append(w.eoas, w.smartEOA)
	w.setupDelegate()
	w.deployTokens()
	w.setupAdversaries()
	w.setPolicies()
	w.setupOrg()
	return w
}

// setupOrg creates the organisation, adds a second admin and three members with caps in every token, and funds
// the budgets.
func (w *world) setupOrg() {
	e := contracttest.EscrowABI
	w.org = orgInfo{admins: []int{1, 2}, members: []int{3, 4, numEOAs + 1}, treasury: w.actors[w.rejecter].addr}
	_, err := w.rawTx(1, w.env.Escrow, nil, e.PackCreateOrg(w.org.treasury))
	require.NoError(w.t, err, "createOrg")
	out, err := w.env.Call(w.env.Escrow, e.PackLastOrgId())
	require.NoError(w.t, err)
	w.org.id, err = e.UnpackLastOrgId(out)
	require.NoError(w.t, err)
	_, err = w.rawTx(1, w.env.Escrow, nil, e.PackAddOrgAdmin(w.org.id, w.actors[2].addr))
	require.NoError(w.t, err, "addOrgAdmin")
	for _, m := range w.org.members {
		for _, tk := range w.tokens {
			perPacket := new(big.Int).Mul(tk.unit, big.NewInt(650))
			daily := new(big.Int).Mul(tk.unit, big.NewInt(3000))
			_, err := w.rawTx(2, w.env.Escrow, nil, e.PackSetOrgMember(w.org.id, w.actors[m].addr, tk.addr, perPacket, daily))
			require.NoError(w.t, err, "setOrgMember")
		}
	}
	for _, tk := range w.tokens {
		amount := new(big.Int).Mul(tk.unit, big.NewInt(2000))
		var value *big.Int
		if tk.addr == (common.Address{}) {
			value = amount
		}
		require.NotNil(w.t, w.exec(1, value, e.PackFundOrg(w.org.id, tk.addr, amount)), "fundOrg %s", tk.name)
	}
}

func (w *world) addActor(a actor) int {
	w.actors = append(w.actors, a)
	w.byAddr[a.addr] = len(w.actors) - 1
	return len(w.actors) - 1
}

// deployActor deploys a TestActor owned by chain account owner and sets its mode.
func (w *world) deployActor(name string, owner int, mode uint8) int {
	r, err := w.sendTx(w.env.Key(0), nil, nil, append(common.FromHex(mocks.TestActorMetaData.Bin), contracttest.Actor.PackConstructor(w.env.Addr(owner))...), txOpts{})
	require.NoError(w.t, err, "deploy %s", name)
	addr := r.ContractAddress
	w.tx(w.env.Key(owner), addr, contracttest.Actor.PackSetMode(mode), "set mode of %s", name)
	return w.addActor(actor{name: name, addr: addr, key: w.env.Key(owner), contract: true})
}

// deployMock deploys a test contract by its bytecode and packed constructor arguments.
func (w *world) deployMock(name, bin string, args []byte) common.Address {
	r, err := w.sendTx(w.env.Key(0), nil, nil, append(common.FromHex(bin), args...), txOpts{})
	require.NoError(w.t, err, "deploy %s", name)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "deploy %s", name)
	return r.ContractAddress
}

// tx sends a transaction that must succeed (setup and the adversaries' own moves, outside the escrow).
func (w *world) tx(key *ecdsa.PrivateKey, to common.Address, data []byte, what string, args ...any) *types.Receipt {
	r, err := w.sendTx(key, &to, nil, data, txOpts{})
	msg := w.where() + ": " + fmt.Sprintf(what, args...)
	require.NoError(w.t, err, msg)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, msg)
	return r
}

// deployTokens deploys MockERC20, FeeOnTransferToken, NoReturnToken, BlocklistToken, HookToken and
// SimulationAwareToken, mints to every actor and approves the escrow for each. (FeeOnTopToken stays out: it takes
// more from the escrow than its books say, so it breaks solvency by design; rules §1 calls it unsupported.)
func (w *world) deployTokens() {
	w.tokens = append(w.tokens, token{name: "ETH", unit: big.NewInt(1e16)})
	deploy := func(name, bin string, args []byte, unit int64) int {
		w.tokens = append(w.tokens, token{name: name, addr: w.deployMock(name, bin, args), unit: big.NewInt(unit)})
		return len(w.tokens) - 1
	}
	deploy("MCK", mocks.MockERC20MetaData.Bin, mockABI.PackConstructor("Mock", "MCK", 18), 1e16)
	deploy("FEE", mocks.FeeOnTransferTokenMetaData.Bin, nil, 1e16)
	deploy("NRT", mocks.NoReturnTokenMetaData.Bin, nil, 1e4)
	w.blk = deploy("BLK", mocks.BlocklistTokenMetaData.Bin, nil, 1e16)
	w.hook = deploy("HOOK", mocks.HookTokenMetaData.Bin, nil, 1e16)
	w.sim = deploy("SIM", mocks.SimulationAwareTokenMetaData.Bin, nil, 1e16)
	for _, tk := range w.tokens[1:] {
		for i, a := range w.actors {
			amount := new(big.Int).Mul(tk.unit, big.NewInt(mintPerUnit))
			// Every token's mint(address,uint256) and approve(address,uint256) share selectors.
			w.tx(w.env.Key(0), tk.addr, mockABI.PackMint(a.addr, amount), "mint %s to %s", tk.name, a.name)
			_, err := w.rawTx(i, tk.addr, nil, noReturnABI.PackApprove(w.env.Escrow, maxUint256))
			require.NoError(w.t, err, "approve %s by %s", tk.name, a.name)
		}
	}
}

// setupAdversaries traps the burner in SIM, and arms the re-enterer: HOOK hooks on, and a first re-entry call.
func (w *world) setupAdversaries() {
	w.tx(w.env.Key(0), w.tokens[w.sim].addr, simABI.PackSetTrapped(w.actors[w.burner].addr, true), "trap the burner")
	_, err := w.rawTx(w.reenterer, w.tokens[w.hook].addr, nil, hookABI.PackSetHooks(true))
	require.NoError(w.t, err, "hooks of the re-enterer")
	re := w.actors[w.reenterer]
	w.tx(re.key, re.addr, contracttest.Actor.PackSetReenter(w.env.Escrow, contracttest.EscrowABI.PackWithdrawOwed(common.Address{}, re.addr)), "arm the re-enterer")
}

// setPolicies gives ETH, MCK, BLK and HOOK the source article's two consent tiers (MCK's and HOOK's upper tier
// without consent, so that a Direct undo completes at once), NRT one long (6 h) tier and a larger minimum share,
// and leaves FEE and SIM without a policy (minimum share 1, no undo at all).
func (w *world) setPolicies() {
	ether := func(x float64) *big.Int {
		v, _ := new(big.Float).Mul(big.NewFloat(x), big.NewFloat(1e18)).Int(nil)
		return v
	}
	consent := []escrow.IHongbaoEscrowTier{{MaxAmount: ether(2), Window: 300, Consent: true}, {MaxAmount: ether(5), Window: 120, Consent: true}}
	mixed := []escrow.IHongbaoEscrowTier{{MaxAmount: ether(2), Window: 300, Consent: true}, {MaxAmount: ether(5), Window: 120, Consent: false}}
	policies := []struct {
		tok      int
		minShare *big.Int
		tiers    []escrow.IHongbaoEscrowTier
	}{
		{0, big.NewInt(1e12), consent},
		{1, big.NewInt(1e15), mixed},
		{3, big.NewInt(100), []escrow.IHongbaoEscrowTier{{MaxAmount: big.NewInt(5e6), Window: 6 * 3600, Consent: true}}},
		{w.blk, big.NewInt(1e12), consent},
		{w.hook, big.NewInt(1e12), mixed},
	}
	for _, p := range policies {
		w.tx(w.env.Key(0), w.env.Escrow, contracttest.EscrowABI.PackSetTokenPolicy(w.tokens[p.tok].addr, p.minShare, p.tiers), "policy of %s", w.tokens[p.tok].name)
	}
}

// rawTx sends calldata to `to` as actor i, with value: directly for an EOA (through PlainDelegate.execute, at
// times, for the delegated smart EOA), through execute() for a TestActor.
func (w *world) rawTx(i int, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	a := w.actors[i]
	if i == w.smartEOA && w.delegated && w.op != "setup" && w.chance(0.3) {
		w.adv.smartBatched++
		call := []mocks.PlainDelegateCall{{Target: to, Value: valueOr0(value), Data: data}}
		return w.sendTx(a.key, &a.addr, value, delegateABI.PackExecute(call), txOpts{})
	}
	if !a.contract {
		return w.sendTx(a.key, &to, value, data, txOpts{})
	}
	return w.sendTx(a.key, &a.addr, value, contracttest.Actor.PackExecute(to, valueOr0(value), data), txOpts{})
}

func valueOr0(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// opStats counts the outcomes of one kind of operation.
type opStats struct {
	ok, reverted int
	reasons      map[string]int
}

// statsOf is the counter of the current operation kind.
func (w *world) statsOf() *opStats {
	st := w.stats[w.op]
	if st == nil {
		st = &opStats{reasons: map[string]int{}}
		w.stats[w.op] = st
	}
	return st
}

// exec runs one escrow transaction of the current operation as actor i, classifies a revert, and on success
// applies the receipt's events to the ghost model. It returns the receipt, or nil after a revert.
func (w *world) exec(i int, value *big.Int, data []byte) *types.Receipt {
	return w.execWith(i, value, data, txOpts{})
}

// execWith is exec with a chosen gas limit. A transaction that passed its pre-check (at gas price 0) must
// succeed on chain, with one exception: the burner's own transactions (and a withdrawal that names the burner
// as `to`) pay the burner with all gas, which it burns in a real transaction; that is its own loss, counted as
// BurnedOnChain and checked to have changed nothing.
func (w *world) execWith(i int, value *big.Int, data []byte, o txOpts) *types.Receipt {
	st := w.statsOf()
	w.caller = w.actors[i].addr
	payTo := w.payTo
	w.payTo = common.Address{}
	r, err := w.sendRaw(i, value, data, o)
	if err != nil {
		reason := w.revertReason(err)
		w.lastRevert = reason
		st.reverted++
		st.reasons[reason]++
		return nil
	}
	if r.Status != types.ReceiptStatusSuccessful {
		selfHarm := i == w.burner || payTo == w.actors[w.burner].addr
		require.True(w.t, selfHarm, "%s: mined transaction of %s failed after a passing pre-check (gas used %d of %d)",
			w.where(), w.actors[i].name, r.GasUsed, o.gas)
		st.reverted++
		st.reasons["BurnedOnChain"]++
		w.lastRevert = "BurnedOnChain"
		w.adv.burnedOwnTx++
		return nil
	}
	st.ok++
	w.lastRevert = ""
	w.apply(r)
	return r
}

// burnerGas is the gas limit of the burner's own transactions: what a wallet would set from an estimate (made at
// gas price 0, where the burner is cheap), with room to spare. On chain the burner then burns at most this much
// when the escrow pays it with all gas, instead of the run's usual 12,000,000.
const burnerGas = 1_000_000

// sendRaw is rawTx to the escrow with options (a gas limit for refundMany).
func (w *world) sendRaw(i int, value *big.Int, data []byte, o txOpts) (*types.Receipt, error) {
	a := w.actors[i]
	if i == w.burner && o.gas == 0 {
		o.gas = burnerGas
	}
	if o.gas == 0 {
		return w.rawTx(i, w.env.Escrow, value, data)
	}
	if a.contract {
		return w.sendTx(a.key, &a.addr, value, contracttest.Actor.PackExecute(w.env.Escrow, valueOr0(value), data), o)
	}
	return w.sendTx(a.key, &w.env.Escrow, value, data, o)
}

// errorABIs decode revert data: the escrow's own errors first, then what a token or an account bubbles up
// through it (a blocklisted transfer, a rejected hook, an ERC-20 balance error).
var errorABIs = []struct {
	prefix string
	unpack func([]byte) (any, error)
}{
	{"", contracttest.EscrowABI.UnpackError},
	{"BLK.", blockABI.UnpackError},
	{"HOOK.", hookABI.UnpackError},
	{"SIM.", simABI.UnpackError},
	{"NRT.", noReturnABI.UnpackError},
	{"TestActor.", contracttest.Actor.UnpackError},
	{"PlainDelegate.", delegateABI.UnpackError},
}

// revertReason names a revert by its custom error; a panic, a non-revert failure or undecodable data fails
// the run (invariant 6).
func (w *world) revertReason(err error) string {
	var re *simchain.RevertError
	require.True(w.t, errors.As(err, &re), "%s: not a revert: %v", w.where(), err)
	require.GreaterOrEqual(w.t, len(re.Data), 4, "%s: revert without data: %v", w.where(), err)
	require.NotEqual(w.t, "4e487b71", common.Bytes2Hex(re.Data[:4]), "%s: Solidity panic 0x%x", w.where(), re.Data)
	for _, e := range errorABIs {
		if decoded, derr := e.unpack(re.Data); derr == nil && decoded != nil {
			name := fmt.Sprintf("%T", decoded)
			name = name[strings.LastIndexByte(name, '.')+1:]
			for _, p := range []string{"HongbaoEscrow", "BlocklistToken", "HookToken", "SimulationAwareToken", "NoReturnToken", "TestActor", "PlainDelegate"} {
				name = strings.TrimPrefix(name, p)
			}
			return e.prefix + name
		}
	}
	w.t.Fatalf("%s: undecodable revert 0x%x", w.where(), re.Data)
	return ""
}

// now is the timestamp of the block the next transaction lands in.
func (w *world) now() uint64 { return w.env.Now() + 1 }

// mixDigest is the prevrandao of block n.
func (w *world) mixDigest(n *big.Int) common.Hash {
	h, err := w.env.Client.HeaderByNumber(context.Background(), n)
	require.NoError(w.t, err, "header %s", n)
	return h.MixDigest
}

// nextBlock is the number of the block the next transaction goes into.
func (w *world) nextBlock() uint64 {
	n, err := w.env.Client.BlockNumber(context.Background())
	require.NoError(w.t, err)
	return n + 1
}

// blockHash is the hash of block n (what BLOCKHASH returns while n is among the last 256 blocks).
func (w *world) blockHash(n uint64) common.Hash {
	h, err := w.env.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	require.NoError(w.t, err, "header %d", n)
	return h.Hash()
}

// escrowETH is the escrow's ETH balance (tokens are read with the other invariant reads).
func (w *world) escrowETH() *big.Int { return w.env.Balance(w.env.Escrow) }
