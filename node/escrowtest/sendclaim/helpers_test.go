package sendclaim

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

var (
	abiEscrow = contracttest.EscrowABI
	abiERC20  = contracttest.ERC20ABI
	abiTCNY   = contracttest.TCNY
	abiActor  = contracttest.Actor
	abiFalse  = mocks.NewFalseReturnToken()
	eth       = common.Address{} // native ETH as the escrow spells it
)

// Clauses, as the contract numbers them (IHongbaoEscrow.Clause).
const (
	clauseNone uint8 = iota
	clauseRefund
	clauseCoolOff
	clauseUndo
	clauseUndoRequest
)

// defaultTCNYTiers is the rules §4 default for a 2-decimal token: <= 200.00 five minutes with consent,
// <= 500.00 two minutes with consent, above that no undo.
var defaultTCNYTiers = []escrow.IHongbaoEscrowTier{
	{MaxAmount: big.NewInt(200_00), Window: 300, Consent: true},
	{MaxAmount: big.NewInt(500_00), Window: 120, Consent: true},
}

type packetView = escrow.IHongbaoEscrowPacketView

// env is a fresh chain with the escrow, bound to one test.
type env struct {
	*contracttest.Env
	t *testing.T
}

// newEnv starts a chain with n funded accounts; account 0 deployed the escrow and owns its policy.
func newEnv(t *testing.T, n int) *env {
	t.Helper()
	e, err := contracttest.New(n)
	require.NoError(t, err, "start simulated chain")
	t.Cleanup(e.Close)
	return &env{Env: e, t: t}
}

// on returns the same chain bound to subtest t, so failures are reported where they happen.
func (e *env) on(t *testing.T) *env { return &env{Env: e.Env, t: t} }

// mustTx sends calldata to the escrow and requires a successful receipt.
func (e *env) mustTx(from *ecdsa.PrivateKey, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	return e.mustTxTo(from, e.Escrow, value, data)
}

// mustTxTo sends calldata to any contract and requires a successful receipt.
func (e *env) mustTxTo(from *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.TxTo(from, to, value, data)
	require.NoError(e.t, err, "transaction to %s", to)
	require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status, "receipt status")
	return r
}

// send sends a packet (the caller has approved any ERC-20) and returns its id and receipt.
func (e *env) send(from *ecdsa.PrivateKey, p escrow.IHongbaoEscrowSendParams) (*big.Int, *types.Receipt) {
	e.t.Helper()
	id, r, err := e.SendPacket(from, p)
	require.NoError(e.t, err, "send packet")
	return id, r
}

// blockTime is the timestamp of the block that mined r.
func (e *env) blockTime(r *types.Receipt) uint64 {
	e.t.Helper()
	h, err := e.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	require.NoError(e.t, err, "header of block %s", r.BlockNumber)
	return h.Time
}

// view calls a read-only escrow function and unpacks the result.
func view[T any](e *env, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	out, err := e.Call(e.Escrow, data)
	require.NoError(e.t, err, "escrow view call")
	v, err := unpack(out)
	require.NoError(e.t, err, "unpack view result")
	return v
}

func (e *env) lastPacketID() *big.Int {
	return view(e, abiEscrow.PackLastPacketId(), abiEscrow.UnpackLastPacketId)
}

func (e *env) hasClaimed(id *big.Int, who common.Address) bool {
	return view(e, abiEscrow.PackHasClaimed(id, who), abiEscrow.UnpackHasClaimed)
}

func (e *env) withdrawable(id *big.Int) escrow.WithdrawableOutput {
	return view(e, abiEscrow.PackWithdrawable(id), abiEscrow.UnpackWithdrawable)
}

func (e *env) tokenPolicy(token common.Address) escrow.TokenPolicyOutput {
	return view(e, abiEscrow.PackTokenPolicy(token), abiEscrow.UnpackTokenPolicy)
}

func (e *env) undoTier(token common.Address, amount *big.Int) escrow.UndoTierOutput {
	return view(e, abiEscrow.PackUndoTier(token, amount), abiEscrow.UnpackUndoTier)
}

func (e *env) owner() common.Address {
	return view(e, abiEscrow.PackOwner(), abiEscrow.UnpackOwner)
}

func (e *env) pendingOwner() common.Address {
	return view(e, abiEscrow.PackPendingOwner(), abiEscrow.UnpackPendingOwner)
}

// setPolicy sets a token policy from account 0 (the owner).
func (e *env) setPolicy(token common.Address, minShare *big.Int, tiers []escrow.IHongbaoEscrowTier) *types.Receipt {
	e.t.Helper()
	return e.mustTx(e.Key(0), nil, abiEscrow.PackSetTokenPolicy(token, minShare, tiers))
}

// deployMockERC20 deploys an 18-decimal MockERC20 (free mint).
func (e *env) deployMockERC20() common.Address {
	e.t.Helper()
	a, err := e.DeployMock(mocks.MockERC20MetaData.Bin, abiERC20.PackConstructor("Mock", "MCK", 18))
	require.NoError(e.t, err, "deploy MockERC20")
	return a
}

// fundMock mints amount of a MockERC20 to account i and approves the escrow for approve.
func (e *env) fundMock(token common.Address, i int, amount, approve *big.Int) {
	e.t.Helper()
	e.mustTxTo(e.Key(i), token, nil, abiERC20.PackMint(e.Addr(i), amount))
	if approve != nil {
		e.mustTxTo(e.Key(i), token, nil, abiERC20.PackApprove(e.Escrow, approve))
	}
}

// deployTCNY deploys the tCNY test stablecoin owned (and minted) by account 0.
func (e *env) deployTCNY() common.Address {
	e.t.Helper()
	a, err := e.DeployMock(tokens.TestStablecoinMetaData.Bin, abiTCNY.PackConstructor(e.Addr(0)))
	require.NoError(e.t, err, "deploy TestStablecoin")
	return a
}

// mintTCNY mints tCNY (owner: account 0) to account i.
func (e *env) mintTCNY(token common.Address, i int, amount *big.Int) {
	e.t.Helper()
	e.mustTxTo(e.Key(0), token, nil, abiTCNY.PackMint(e.Addr(i), amount))
}

func (e *env) allowance(token, owner common.Address) *big.Int {
	e.t.Helper()
	out, err := e.Call(token, abiERC20.PackAllowance(owner, e.Escrow))
	require.NoError(e.t, err, "allowance")
	v, err := abiERC20.UnpackAllowance(out)
	require.NoError(e.t, err, "unpack allowance")
	return v
}

func (e *env) permitNonce(token, owner common.Address) *big.Int {
	e.t.Helper()
	out, err := e.Call(token, abiTCNY.PackNonces(owner))
	require.NoError(e.t, err, "nonces")
	v, err := abiTCNY.UnpackNonces(out)
	require.NoError(e.t, err, "unpack nonces")
	return v
}

// permit is an EIP-2612 signature split the way permit() takes it.
type permit struct {
	Deadline *big.Int
	V        uint8
	R, S     [32]byte
}

// signPermit signs an EIP-2612 Permit for the escrow as spender, built in Go from the token's name ("Test Yuan"),
// version "1", the chain id and the token address, so that it checks the token's domain as well.
func (e *env) signPermit(key *ecdsa.PrivateKey, token common.Address, value, nonce, deadline *big.Int) permit {
	e.t.Helper()
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"Permit": {
				{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"},
				{Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"},
				{Name: "deadline", Type: "uint256"},
			},
		},
		PrimaryType: "Permit",
		Domain: apitypes.TypedDataDomain{
			Name: "Test Yuan", Version: "1", ChainId: (*math.HexOrDecimal256)(e.ChainID),
			VerifyingContract: token.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"owner":    crypto.PubkeyToAddress(key.PublicKey).Hex(),
			"spender":  e.Escrow.Hex(),
			"value":    (*math.HexOrDecimal256)(value),
			"nonce":    (*math.HexOrDecimal256)(nonce),
			"deadline": (*math.HexOrDecimal256)(deadline),
		},
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	require.NoError(e.t, err, "permit digest")
	s, err := crypto.Sign(digest, key)
	require.NoError(e.t, err, "sign permit")
	var p permit
	p.Deadline = deadline
	copy(p.R[:], s[:32])
	copy(p.S[:], s[32:64])
	p.V = s[64] + 27
	return p
}

// deployActor deploys a TestActor owned by account i (it answers ERC-1271 for that account's signatures).
func (e *env) deployActor(i int) common.Address {
	e.t.Helper()
	a, err := e.DeployMock(mocks.TestActorMetaData.Bin, abiActor.PackConstructor(e.Addr(i)))
	require.NoError(e.t, err, "deploy TestActor")
	return a
}

// revertAs decodes a failed escrow transaction or call into the custom error T and requires that type.
func revertAs[T any](t *testing.T, err error) *T {
	t.Helper()
	require.Error(t, err, "expected a revert")
	v, derr := contracttest.DecodeError(err)
	require.NoError(t, derr, "decode revert of %v", err)
	got, ok := v.(*T)
	require.Truef(t, ok, "want %T, got %T %+v", new(T), v, v)
	return got
}

// revertData returns the raw revert data of a failed transaction.
func revertData(t *testing.T, err error) []byte {
	t.Helper()
	var re *simchain.RevertError
	require.True(t, errors.As(err, &re), "want a revert, got %v", err)
	return re.Data
}

// eventsOf returns every log of r that unpacks as T, in order.
func eventsOf[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// oneEvent requires exactly one event T in r.
func oneEvent[T any](t *testing.T, r *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	evs := eventsOf(r, unpack)
	require.Lenf(t, evs, 1, "events %T in receipt", new(T))
	return evs[0]
}

// canon turns a binding value into plain comparable data: *big.Int as decimal strings, byte arrays as hex,
// structs as maps by field name (the Raw log of events left out), so require.Equal compares values, not the
// internals of big.Int.
func canon(v any) any { return canonValue(reflect.ValueOf(v)) }

func canonValue(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	if b, ok := v.Interface().(*big.Int); ok {
		if b == nil {
			return "<nil>"
		}
		return b.String()
	}
	if a, ok := v.Interface().(common.Address); ok {
		return a
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return canonValue(v.Elem())
	case reflect.Struct:
		m := map[string]any{}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() || f.Name == "Raw" {
				continue
			}
			m[f.Name] = canonValue(v.Field(i))
		}
		return m
	case reflect.Slice:
		out := make([]any, v.Len())
		for i := range out {
			out[i] = canonValue(v.Index(i))
		}
		return out
	case reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return fmt.Sprintf("0x%x", b)
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = canonValue(v.Index(i))
		}
		return out
	default:
		return v.Interface()
	}
}

// requireSame compares two binding values by content.
func requireSame(t *testing.T, want, got any, msgAndArgs ...any) {
	t.Helper()
	require.Equal(t, canon(want), canon(got), msgAndArgs...)
}

// requireBig compares big integers by value.
func requireBig(t *testing.T, want, got *big.Int, msgAndArgs ...any) {
	t.Helper()
	require.NotNil(t, got, msgAndArgs...)
	require.Equalf(t, want.String(), got.String(), "%v", msgAndArgs)
}

func add(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func sub(x, y *big.Int) *big.Int { return new(big.Int).Sub(x, y) }

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// newClaimKey makes a fresh claim key pair, as the sender's tool does.
func newClaimKey(t *testing.T) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err, "generate claim key")
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

// balances records ETH and (optionally) one token's balances of some addresses, to compare before and after.
type balances struct {
	eth, tok map[common.Address]*big.Int
}

func (e *env) snapshot(token common.Address, addrs ...common.Address) balances {
	b := balances{eth: map[common.Address]*big.Int{}, tok: map[common.Address]*big.Int{}}
	for _, a := range addrs {
		b.eth[a] = e.Balance(a)
		if token != eth {
			b.tok[a] = e.TokenBalance(token, a)
		}
	}
	return b
}

// requireUnchanged checks that nothing moved since the snapshot.
func (e *env) requireUnchanged(token common.Address, before balances) {
	e.t.Helper()
	for a, v := range before.eth {
		requireBig(e.t, v, e.Balance(a), "ETH balance of %s", a)
	}
	for a, v := range before.tok {
		requireBig(e.t, v, e.TokenBalance(token, a), "token balance of %s", a)
	}
}
