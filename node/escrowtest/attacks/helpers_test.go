package attacks

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

// TestActor reactions to incoming ETH, as the contract numbers them.
const (
	modeAccept uint8 = iota
	modeReject
	modeBurnGas
	modeHugeReturn
	modeReenter
)

var (
	ethToken = common.Address{}
	esc      = contracttest.EscrowABI
	actorABI = contracttest.Actor
	// day is the default claim period of contracttest's params; expire warps just past it.
	day = 24 * time.Hour
)

// world is one chain with the escrow, owned by account 0, for one test.
type world struct {
	*contracttest.Env
	t *testing.T
}

func newWorld(t *testing.T, accounts int) *world {
	t.Helper()
	e, err := contracttest.New(accounts)
	require.NoError(t, err)
	t.Cleanup(e.Close)
	return &world{Env: e, t: t}
}

// ok sends calldata to `to` and requires a successful receipt.
func (w *world) ok(from *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	w.t.Helper()
	r, err := w.TxTo(from, to, value, data)
	require.NoError(w.t, err)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// okEscrow sends calldata to the escrow and requires success.
func (w *world) okEscrow(from *ecdsa.PrivateKey, data []byte) *types.Receipt {
	w.t.Helper()
	return w.ok(from, w.Escrow, nil, data)
}

// send sends a packet and fails the test on error.
func (w *world) send(from *ecdsa.PrivateKey, p escrow.IHongbaoEscrowSendParams) *big.Int {
	w.t.Helper()
	id, _, err := w.SendPacket(from, p)
	require.NoError(w.t, err)
	return id
}

// expire moves the chain just past the default claim period of a packet sent now.
func (w *world) expire() {
	w.t.Helper()
	require.NoError(w.t, w.Warp(day+time.Second))
}

// escrowErr decodes err into the escrow custom error T and fails the test if it is anything else.
func escrowErr[T any](t *testing.T, err error) *T {
	t.Helper()
	require.Error(t, err, "expected a revert")
	v, derr := contracttest.DecodeError(err)
	require.NoError(t, derr, "revert is not an escrow custom error: %v", err)
	got, ok := v.(*T)
	require.Truef(t, ok, "got %T %+v, want %T", v, v, new(T))
	return got
}

// escrowErrData decodes raw revert data into the escrow custom error T.
func escrowErrData[T any](t *testing.T, data []byte) *T {
	t.Helper()
	require.GreaterOrEqual(t, len(data), 4, "revert data 0x%x has no selector", data)
	v, err := esc.UnpackError(data)
	require.NoError(t, err)
	got, ok := v.(*T)
	require.Truef(t, ok, "got %T %+v, want %T", v, v, new(T))
	return got
}

// eventsOf returns the escrow events of type T in a receipt, in order.
func eventsOf[T any](r *types.Receipt) []*T {
	var out []*T
	for _, ev := range contracttest.Events(r) {
		if e, ok := ev.(*T); ok {
			out = append(out, e)
		}
	}
	return out
}

// oneEvent requires exactly one escrow event of type T in r and returns it.
func oneEvent[T any](t *testing.T, r *types.Receipt) *T {
	t.Helper()
	evs := eventsOf[T](r)
	require.Lenf(t, evs, 1, "want one %T event", new(T))
	return evs[0]
}

// noEvent requires that r carries no escrow event of type T.
func noEvent[T any](t *testing.T, r *types.Receipt) {
	t.Helper()
	require.Emptyf(t, eventsOf[T](r), "unexpected %T event", new(T))
}

// requireBig compares big integers by value.
func requireBig(t *testing.T, want, got *big.Int, msgAndArgs ...any) {
	t.Helper()
	require.Equal(t, want.String(), got.String(), msgAndArgs...)
}

func add(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// balanceOf is the balance of who in token (ETH for the zero address).
func (w *world) balanceOf(token, who common.Address) *big.Int {
	if token == ethToken {
		return w.Balance(who)
	}
	return w.TokenBalance(token, who)
}

// requireSolvent checks the per-token conservation rule of rules §4 over the given packets and owed accounts:
// the escrow holds exactly the remaining of those packets plus what it owes those accounts.
func (w *world) requireSolvent(token common.Address, ids []*big.Int, owedTo []common.Address) {
	w.t.Helper()
	want := new(big.Int)
	for _, id := range ids {
		want.Add(want, w.Packet(id).Remaining)
	}
	for _, a := range owedTo {
		want.Add(want, w.Owed(token, a))
	}
	requireBig(w.t, want, w.balanceOf(token, w.Escrow), "escrow balance vs remaining+owed")
}

// ---------------------------------------------------------------- TestActor

// actor is a deployed TestActor and the EOA that drives it.
type actor struct {
	addr  common.Address
	owner *ecdsa.PrivateKey
}

func (w *world) newActor(owner *ecdsa.PrivateKey, mode uint8) actor {
	w.t.Helper()
	addr, err := w.DeployMock(mocks.TestActorMetaData.Bin, actorABI.PackConstructor(crypto.PubkeyToAddress(owner.PublicKey)))
	require.NoError(w.t, err)
	a := actor{addr: addr, owner: owner}
	if mode != modeAccept {
		w.ok(owner, addr, nil, actorABI.PackSetMode(mode))
	}
	return a
}

// exec has the actor call target with value (funded by its owner) and data.
func (w *world) exec(a actor, target common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	return w.TxTo(a.owner, a.addr, value, actorABI.PackExecute(target, value, data))
}

// execOK is exec that must succeed.
func (w *world) execOK(a actor, target common.Address, value *big.Int, data []byte) *types.Receipt {
	w.t.Helper()
	r, err := w.exec(a, target, value, data)
	require.NoError(w.t, err)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// actorSend has the actor send an ETH packet (value from its owner) and returns the id.
func (w *world) actorSend(a actor, p escrow.IHongbaoEscrowSendParams) *big.Int {
	w.t.Helper()
	r := w.execOK(a, w.Escrow, p.Amount, esc.PackSend(p))
	return oneEvent[escrow.HongbaoEscrowPacketSent](w.t, r).Id
}

// reenter arms the actor to call the escrow with data whenever ETH arrives.
func (w *world) reenter(a actor, data []byte) {
	w.t.Helper()
	w.ok(a.owner, a.addr, nil, actorABI.PackSetReenter(w.Escrow, data))
}

// reentry reads the actor's record of its last re-entry attempt.
func (w *world) reentry(a actor) (ok bool, errData []byte) {
	w.t.Helper()
	out, err := w.Call(a.addr, actorABI.PackReentered())
	require.NoError(w.t, err)
	ok, err = actorABI.UnpackReentered(out)
	require.NoError(w.t, err)
	out, err = w.Call(a.addr, actorABI.PackReenterError())
	require.NoError(w.t, err)
	errData, err = actorABI.UnpackReenterError(out)
	require.NoError(w.t, err)
	return ok, errData
}

// requireGuardTripped asserts that the actor's re-entry attempt was refused by the reentrancy guard.
func (w *world) requireGuardTripped(a actor) {
	w.t.Helper()
	ok, data := w.reentry(a)
	require.False(w.t, ok, "re-entry succeeded")
	escrowErrData[escrow.HongbaoEscrowReentrancyGuardReentrantCall](w.t, data)
}

// actorReceived is the ETH the actor's receive() has accepted so far.
func (w *world) actorReceived(a actor) *big.Int {
	w.t.Helper()
	out, err := w.Call(a.addr, actorABI.PackReceived())
	require.NoError(w.t, err)
	v, err := actorABI.UnpackReceived(out)
	require.NoError(w.t, err)
	return v
}

// ---------------------------------------------------------------- tokens

// deployToken deploys a test token from its metadata (no constructor arguments) and returns its address.
func (w *world) deployToken(bin string) common.Address {
	w.t.Helper()
	addr, err := w.DeployMock(bin, nil)
	require.NoError(w.t, err)
	return addr
}

// deployMockERC20 deploys a plain 18-decimal ERC-20.
func (w *world) deployMockERC20() common.Address {
	w.t.Helper()
	addr, err := w.DeployMock(mocks.MockERC20MetaData.Bin, contracttest.ERC20ABI.PackConstructor("Mock", "MCK", 18))
	require.NoError(w.t, err)
	return addr
}

// fund mints amount of token to the holder of key and approves the escrow for it.
func (w *world) fund(token common.Address, key *ecdsa.PrivateKey, amount *big.Int) {
	w.t.Helper()
	who := crypto.PubkeyToAddress(key.PublicKey)
	w.ok(key, token, nil, contracttest.ERC20ABI.PackMint(who, amount))
	w.ok(key, token, nil, contracttest.ERC20ABI.PackApprove(w.Escrow, amount))
}

// tokenParams is a packet of an ERC-20.
func tokenParams(p escrow.IHongbaoEscrowSendParams, token common.Address) escrow.IHongbaoEscrowSendParams {
	p.Token = token
	return p
}

// ---------------------------------------------------------------- custom gas limits

// sendWithGas signs, sends and mines a transaction with an explicit gas limit, without the pending-block check
// of simchain.Chain.Send (so a revert shows as a failed receipt).
func (w *world) sendWithGas(from *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) (*types.Receipt, error) {
	ctx := context.Background()
	addr := crypto.PubkeyToAddress(from.PublicKey)
	nonce, err := w.Client.PendingNonceAt(ctx, addr)
	if err != nil {
		return nil, err
	}
	head, err := w.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(params.GWei)
	feeCap := add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: w.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(w.ChainID), from)
	if err != nil {
		return nil, err
	}
	if err := w.Client.SendTransaction(ctx, signed); err != nil {
		return nil, err
	}
	w.Backend.Commit()
	return w.Receipt(signed.Hash())
}

// callWithGas runs a call in the pending block with an explicit gas limit and returns its revert, if any.
func (w *world) callWithGas(from common.Address, to common.Address, data []byte, gas uint64) error {
	_, err := w.Client.PendingCallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data, Gas: gas})
	if err == nil {
		return nil
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			return &simchain.RevertError{Data: common.FromHex(s), Err: err}
		}
	}
	return err
}
