package invariant

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

// Test actor modes, as TestActor numbers them.
const (
	modeAccept uint8 = 0
	modeReject uint8 = 1
)

var (
	mockABI     = mocks.NewMockERC20()
	feeABI      = mocks.NewFeeOnTransferToken()
	noReturnABI = mocks.NewNoReturnToken()
	maxUint256  = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

// actor is an account that sends, claims, relays, guards and withdraws: an EOA, or a TestActor contract that
// its owner drives through execute().
type actor struct {
	name     string
	addr     common.Address
	key      *ecdsa.PrivateKey // the EOA's own key, or the owner's key for a contract actor
	contract bool
}

// token is a currency of the run; unit scales the amounts sent (a hundredth of a "whole" coin).
type token struct {
	name string
	addr common.Address // zero for ETH
	unit *big.Int
}

// world is the chain, the actors and the ghost model of one run.
type world struct {
	t        *testing.T
	env      *contracttest.Env
	rng      *rand.Rand
	seed     uint64
	actors   []actor
	byAddr   map[common.Address]int
	eoas     []int // indexes of EOA actors (relayers)
	rejecter int   // the TestActor in Reject mode
	tokens   []token
	ghost    *ghost
	org      orgInfo
	stats    map[string]*opStats
	step     int
	op       string
	skipped  bool // the current operation found nothing to act on and sent nothing
	touched  map[uint64]bool
}

// orgInfo is the organisation of the run (SPEC §5): two admins, three members, and the Reject-mode actor as
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

// newWorld deploys the escrow, three ERC-20s and two TestActors, funds and approves every actor, and sets
// token policies with undo tiers (consent and no-consent) and minimum shares.
func newWorld(t *testing.T, seed uint64) *world {
	env, err := contracttest.New(numEOAs + 2)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	w := &world{
		t: t, env: env, seed: seed, rng: rand.New(rand.NewPCG(seed, seed^0x5deece66d)),
		byAddr: map[common.Address]int{}, ghost: newGhost(), stats: map[string]*opStats{},
	}
	for i := range numEOAs {
		w.addActor(actor{name: fmt.Sprintf("eoa%d", i), addr: env.Addr(i), key: env.Key(i)})
		w.eoas = append(w.eoas, i)
	}
	w.rejecter = w.deployActor("rejecter", numEOAs, modeReject)
	w.deployActor("wallet", numEOAs+1, modeAccept)
	w.deployTokens()
	w.setPolicies()
	w.op, w.touched = "setup", map[uint64]bool{}
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

// orgBudget reads the organisation's budget in tok.
func (w *world) orgBudget(tok common.Address) *big.Int {
	out, err := w.env.Call(w.env.Escrow, contracttest.EscrowABI.PackOrgBudget(w.org.id, tok))
	require.NoError(w.t, err)
	v, err := contracttest.EscrowABI.UnpackOrgBudget(out)
	require.NoError(w.t, err)
	return v
}

func (w *world) addActor(a actor) int {
	w.actors = append(w.actors, a)
	w.byAddr[a.addr] = len(w.actors) - 1
	return len(w.actors) - 1
}

// deployActor deploys a TestActor owned by account owner and sets its mode.
func (w *world) deployActor(name string, owner int, mode uint8) int {
	addr, err := w.env.DeployMock(mocks.TestActorMetaData.Bin, contracttest.Actor.PackConstructor(w.env.Addr(owner)))
	require.NoError(w.t, err, "deploy %s", name)
	_, err = w.env.TxTo(w.env.Key(owner), addr, nil, contracttest.Actor.PackSetMode(mode))
	require.NoError(w.t, err, "set mode of %s", name)
	return w.addActor(actor{name: name, addr: addr, key: w.env.Key(owner), contract: true})
}

// deployTokens deploys MockERC20, FeeOnTransferToken and NoReturnToken, mints to every actor and approves
// the escrow for each.
func (w *world) deployTokens() {
	w.tokens = append(w.tokens, token{name: "ETH", unit: big.NewInt(1e16)})
	deploy := func(name, bin string, args []byte, unit int64) {
		addr, err := w.env.DeployMock(bin, args)
		require.NoError(w.t, err, "deploy %s", name)
		w.tokens = append(w.tokens, token{name: name, addr: addr, unit: big.NewInt(unit)})
	}
	deploy("MCK", mocks.MockERC20MetaData.Bin, mockABI.PackConstructor("Mock", "MCK", 18), 1e16)
	deploy("FEE", mocks.FeeOnTransferTokenMetaData.Bin, nil, 1e16)
	deploy("NRT", mocks.NoReturnTokenMetaData.Bin, nil, 1e4)
	for _, tk := range w.tokens[1:] {
		for i, a := range w.actors {
			amount := new(big.Int).Mul(tk.unit, big.NewInt(mintPerUnit))
			// Every token's mint(address,uint256) and approve(address,uint256) share selectors.
			_, err := w.env.TxTo(w.env.Key(0), tk.addr, nil, mockABI.PackMint(a.addr, amount))
			require.NoError(w.t, err, "mint %s to %s", tk.name, a.name)
			_, err = w.rawTx(i, tk.addr, nil, noReturnABI.PackApprove(w.env.Escrow, maxUint256))
			require.NoError(w.t, err, "approve %s by %s", tk.name, a.name)
		}
	}
}

// setPolicies gives ETH and MCK the source article's two consent tiers (MCK's upper tier without consent, so
// that a Direct undo completes at once), NRT one long (6 h) tier and a larger minimum share, and leaves FEE without
// a policy (minimum share 1, no undo at all).
func (w *world) setPolicies() {
	ether := func(x float64) *big.Int {
		v, _ := new(big.Float).Mul(big.NewFloat(x), big.NewFloat(1e18)).Int(nil)
		return v
	}
	policies := []struct {
		tok      int
		minShare *big.Int
		tiers    []escrow.IHongbaoEscrowTier
	}{
		{0, big.NewInt(1e12), []escrow.IHongbaoEscrowTier{{MaxAmount: ether(2), Window: 300, Consent: true}, {MaxAmount: ether(5), Window: 120, Consent: true}}},
		{1, big.NewInt(1e15), []escrow.IHongbaoEscrowTier{{MaxAmount: ether(2), Window: 300, Consent: true}, {MaxAmount: ether(5), Window: 120, Consent: false}}},
		{3, big.NewInt(100), []escrow.IHongbaoEscrowTier{{MaxAmount: big.NewInt(5e6), Window: 6 * 3600, Consent: true}}},
	}
	for _, p := range policies {
		_, err := w.env.Tx(w.env.Key(0), nil, contracttest.EscrowABI.PackSetTokenPolicy(w.tokens[p.tok].addr, p.minShare, p.tiers))
		require.NoError(w.t, err, "policy of %s", w.tokens[p.tok].name)
	}
}

// rawTx sends calldata to `to` as actor i (through execute() for a contract actor), with value.
func (w *world) rawTx(i int, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	a := w.actors[i]
	if !a.contract {
		return w.env.Send(a.key, &to, value, data)
	}
	if value == nil {
		value = new(big.Int)
	}
	return w.env.Send(a.key, &a.addr, value, contracttest.Actor.PackExecute(to, value, data))
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
	st := w.statsOf()
	r, err := w.rawTx(i, w.env.Escrow, value, data)
	if err != nil {
		reason := w.revertReason(err)
		st.reverted++
		st.reasons[reason]++
		return nil
	}
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "%s: mined transaction failed after a passing pre-check", w.where())
	st.ok++
	w.apply(r)
	return r
}

// revertReason names a revert by its custom error; a panic, a non-revert failure or undecodable data fails
// the run (invariant 6).
func (w *world) revertReason(err error) string {
	var re *simchain.RevertError
	require.True(w.t, errors.As(err, &re), "%s: not a revert: %v", w.where(), err)
	require.GreaterOrEqual(w.t, len(re.Data), 4, "%s: revert without data: %v", w.where(), err)
	require.NotEqual(w.t, "4e487b71", common.Bytes2Hex(re.Data[:4]), "%s: Solidity panic 0x%x", w.where(), re.Data)
	decoded, derr := contracttest.EscrowABI.UnpackError(re.Data)
	require.NoError(w.t, derr, "%s: undecodable revert 0x%x", w.where(), re.Data)
	return fmt.Sprintf("%T", decoded)[len("*escrow.HongbaoEscrow"):]
}

// now is the timestamp of the block the next transaction lands in.
func (w *world) now() uint64 { return w.env.Now() + 1 }

// mixDigest is the prevrandao of block n.
func (w *world) mixDigest(n *big.Int) common.Hash {
	h, err := w.env.Client.HeaderByNumber(context.Background(), n)
	require.NoError(w.t, err, "header %s", n)
	return h.MixDigest
}

// escrowBalance is the escrow's balance of token (ETH for the zero address).
func (w *world) escrowBalance(tok common.Address) *big.Int {
	if tok == (common.Address{}) {
		return w.env.Balance(w.env.Escrow)
	}
	return w.env.TokenBalance(tok, w.env.Escrow)
}
