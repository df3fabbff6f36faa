package indexer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/simchain"
)

// The world of a test: the escrow on a simulated chain, eleven EOAs and a contract account that rejects ETH,
// four currencies, token policies with undo tiers, and an organisation with a budget in each currency.

const numEOAs = 11

var (
	esc        = contracttest.EscrowABI
	mockABI    = mocks.NewMockERC20()
	blkABI     = mocks.NewBlocklistToken()
	maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

type actor struct {
	name     string
	addr     common.Address
	key      *ecdsa.PrivateKey // the EOA's key, or the owner's for the contract actor
	contract bool
}

type currency struct {
	name string
	addr common.Address // zero for ETH
	unit *big.Int       // a hundredth of a whole coin
	fee  bool           // fee-on-transfer
}

// sentPacket is what the test remembers of a packet it sent: the secrets that let it claim.
type sentPacket struct {
	id        *big.Int
	kind      uint8
	auth      uint8
	cur       currency
	sender    int
	recipient common.Address
	claimKey  *ecdsa.PrivateKey
	allow     []common.Address
	tree      *merkle.Tree
	guardian  common.Address
	org       bool
	consent   bool // a Direct undo needs the recipient's approval
	requested bool // an undo request is pending (or was approved)
}

type world struct {
	t        *testing.T
	env      *contracttest.Env
	rng      *rand.Rand
	actors   []actor
	byAddr   map[common.Address]int
	rejecter int
	curs     []currency
	blk      common.Address
	packets  []*sentPacket
	org      uint64
	admins   []int
	members  []int
	ok       int
	reverted int
}

// newWorld deploys everything and funds every actor in every currency. Every world has its own chain (and each
// test its own database), so the package's tests run in parallel (t.Parallel first in each).
func newWorld(t *testing.T, seed uint64) *world {
	t.Helper()
	env, err := contracttest.New(numEOAs)
	require.NoError(t, err, "start chain")
	t.Cleanup(env.Close)
	w := &world{t: t, env: env, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), byAddr: map[common.Address]int{}}
	for i := range numEOAs {
		w.addActor(actor{name: "eoa", addr: env.Addr(i), key: env.Key(i)})
	}
	w.deployRejecter()
	w.deployTokens()
	w.setPolicies()
	w.setupOrg()
	return w
}

func (w *world) addActor(a actor) int {
	w.actors = append(w.actors, a)
	w.byAddr[a.addr] = len(w.actors) - 1
	return len(w.actors) - 1
}

// deployRejecter adds a contract account (owned by the last EOA) that refuses ETH, so that pushes to it fail
// and fill the owed ledger.
func (w *world) deployRejecter() {
	owner := numEOAs - 1
	addr, err := w.env.DeployMock(mocks.TestActorMetaData.Bin, contracttest.Actor.PackConstructor(w.env.Addr(owner)))
	require.NoError(w.t, err, "deploy rejecter")
	_, err = w.env.TxTo(w.env.Key(owner), addr, nil, contracttest.Actor.PackSetMode(1))
	require.NoError(w.t, err, "set reject mode")
	w.rejecter = w.addActor(actor{name: "rejecter", addr: addr, key: w.env.Key(owner), contract: true})
}

func (w *world) deployTokens() {
	w.curs = append(w.curs, currency{name: "ETH", unit: big.NewInt(1e16)})
	deploy := func(name, bin string, args []byte, unit int64, fee bool) common.Address {
		addr, err := w.env.DeployMock(bin, args)
		require.NoError(w.t, err, "deploy %s", name)
		w.curs = append(w.curs, currency{name: name, addr: addr, unit: big.NewInt(unit), fee: fee})
		return addr
	}
	deploy("mCNY", mocks.MockERC20MetaData.Bin, mockABI.PackConstructor("Mock CNY", "mCNY", 2), 100, false)
	deploy("FEE", mocks.FeeOnTransferTokenMetaData.Bin, nil, 1e16, true)
	w.blk = deploy("BLK", mocks.BlocklistTokenMetaData.Bin, nil, 1e16, false)
	for _, c := range w.curs[1:] {
		for i, a := range w.actors {
			amount := new(big.Int).Mul(c.unit, big.NewInt(10_000_000))
			// mint(address,uint256) and approve(address,uint256) have the same selector in every test token.
			_, err := w.env.TxTo(w.env.Key(0), c.addr, nil, mockABI.PackMint(a.addr, amount))
			require.NoError(w.t, err, "mint %s", c.name)
			_, err = w.rawTx(i, c.addr, nil, mockABI.PackApprove(w.env.Escrow, maxUint256))
			require.NoError(w.t, err, "approve %s", c.name)
		}
	}
}

// setPolicies: ETH and mCNY get the source article's consent tier and a no-consent tier above it; BLK gets a
// minimum share; FEE has no policy (no undo window at all).
func (w *world) setPolicies() {
	eth := func(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }
	for _, p := range []struct {
		token    common.Address
		minShare *big.Int
		tiers    []escrow.IHongbaoEscrowTier
	}{
		{common.Address{}, big.NewInt(1e12), []escrow.IHongbaoEscrowTier{{MaxAmount: eth(2), Window: 300, Consent: true}, {MaxAmount: eth(5), Window: 120}}},
		{w.curs[1].addr, big.NewInt(1), []escrow.IHongbaoEscrowTier{{MaxAmount: big.NewInt(20000), Window: 300, Consent: true}, {MaxAmount: big.NewInt(50000), Window: 120}}},
		{w.blk, big.NewInt(100), nil},
	} {
		_, err := w.env.Tx(w.env.Key(0), nil, esc.PackSetTokenPolicy(p.token, p.minShare, p.tiers))
		require.NoError(w.t, err, "policy")
	}
}

// setupOrg: account 1 creates an organisation whose treasury is the rejecter (so budget withdrawals in ETH end
// in the owed ledger), adds account 2 as admin, accounts 3 and 4 as members, and funds it in every currency.
func (w *world) setupOrg() {
	w.admins, w.members = []int{1, 2}, []int{3, 4}
	r := w.mustExec(1, nil, esc.PackCreateOrg(w.actors[w.rejecter].addr))
	for _, l := range r.Logs {
		if ev, err := esc.UnpackOrgCreatedEvent(l); err == nil {
			w.org = ev.OrgId
		}
	}
	require.NotZero(w.t, w.org)
	w.mustExec(1, nil, esc.PackAddOrgAdmin(w.org, w.env.Addr(2)))
	for _, m := range w.members {
		for _, c := range w.curs {
			perPacket := new(big.Int).Mul(c.unit, big.NewInt(600))
			daily := new(big.Int).Mul(c.unit, big.NewInt(3000))
			w.mustExec(2, nil, esc.PackSetOrgMember(w.org, w.env.Addr(m), c.addr, perPacket, daily))
		}
	}
	for _, c := range w.curs {
		w.fund(1, c, new(big.Int).Mul(c.unit, big.NewInt(2000)))
	}
}

func (w *world) fund(admin int, c currency, amount *big.Int) *types.Receipt {
	var value *big.Int
	if c.addr == (common.Address{}) {
		value = amount
	}
	return w.exec(admin, value, esc.PackFundOrg(w.org, c.addr, amount))
}

// rawTx sends calldata as actor i (through execute() for the contract actor).
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

// exec sends an escrow call as actor i; a revert (checked before sending, so nothing is mined) returns nil.
func (w *world) exec(i int, value *big.Int, data []byte) *types.Receipt {
	r, err := w.rawTx(i, w.env.Escrow, value, data)
	var re *simchain.RevertError
	if errors.As(err, &re) {
		w.reverted++
		return nil
	}
	require.NoError(w.t, err)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status)
	w.ok++
	return r
}

func (w *world) mustExec(i int, value *big.Int, data []byte) *types.Receipt {
	r, err := w.rawTx(i, w.env.Escrow, value, data)
	require.NoError(w.t, err)
	return r
}

// view calls the escrow at the head.
func (w *world) view(data []byte) []byte {
	out, err := w.env.Call(w.env.Escrow, data)
	require.NoError(w.t, err)
	return out
}

// callAt calls a contract at block n (the block the index stopped at).
func (w *world) callAt(to common.Address, data []byte, n uint64) []byte {
	out, err := w.env.Client.CallContract(context.Background(), callMsg(to, data), new(big.Int).SetUint64(n))
	require.NoError(w.t, err)
	return out
}

func (w *world) chance(p float64) bool { return w.rng.Float64() < p }

func (w *world) randActor() int { return w.rng.IntN(len(w.actors)) }

func (w *world) randEOA() int { return w.rng.IntN(numEOAs) }

func (w *world) randCur() currency { return w.curs[w.rng.IntN(len(w.curs))] }

func (w *world) randAmount(c currency) *big.Int {
	a := new(big.Int).Mul(c.unit, big.NewInt(1+w.rng.Int64N(700)))
	return a.Add(a, big.NewInt(w.rng.Int64N(c.unit.Int64())))
}

// pickPacket is one of the most recent packets (the ones most likely still live), nil before the first.
func (w *world) pickPacket() *sentPacket {
	n := len(w.packets)
	if n == 0 {
		return nil
	}
	return w.packets[n-1-w.rng.IntN(min(n, 25))]
}

func (w *world) now() uint64 { return w.env.Now() + 1 }

func newKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
}
