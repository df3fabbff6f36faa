package deploy

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/simchain"
)

func newChain(t *testing.T) (*simchain.Chain, Backend) {
	t.Helper()
	c, err := simchain.New(devkeys.Count, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)))
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c, c.AutoMine()
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func view[T any](t *testing.T, b Backend, addr common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := b.CallContract(context.Background(), ethereum.CallMsg{To: &addr, Data: data}, nil)
	require.NoError(t, err)
	v, err := unpack(out)
	require.NoError(t, err)
	return v
}

type deployed struct {
	escrow, token common.Address
	block         uint64
}

func deployAll(t *testing.T, b Backend) deployed {
	t.Helper()
	ctx := testCtx(t)
	esc, block, err := DeployEscrow(ctx, b, devkeys.Key(0))
	require.NoError(t, err)
	tok, err := DeployTestStablecoin(ctx, b, devkeys.Key(0))
	require.NoError(t, err)
	return deployed{escrow: esc, token: tok, block: block}
}

func TestDeployEscrowAndToken(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	head, err := b.HeaderByNumber(ctx, nil)
	require.NoError(t, err)

	d := deployAll(t, b)
	require.Equal(t, head.Number.Uint64()+2, d.block, "the extension is created in the next block, the escrow in the one after")
	esc, _ := PredictEscrow(devkeys.Address(0))
	require.Equal(t, esc, d.escrow)

	code, err := b.CodeAt(ctx, d.escrow, nil)
	require.NoError(t, err)
	require.NotEmpty(t, code)
	require.Equal(t, devkeys.Address(0), view(t, b, d.escrow, escrowABI.PackOwner(), escrowABI.UnpackOwner))

	// The escrow's creation block is where its code first appears.
	before, err := b.CodeAt(ctx, d.escrow, new(big.Int).SetUint64(d.block-1))
	require.NoError(t, err)
	require.Empty(t, before)

	require.Equal(t, "tCNY", view(t, b, d.token, tokenABI.PackSymbol(), tokenABI.UnpackSymbol))
	require.Equal(t, uint8(2), view(t, b, d.token, tokenABI.PackDecimals(), tokenABI.UnpackDecimals))
	require.Equal(t, devkeys.Address(0), view(t, b, d.token, tokenABI.PackOwner(), tokenABI.UnpackOwner))
	dec, err := TokenDecimals(ctx, b, d.token)
	require.NoError(t, err)
	require.Equal(t, uint8(2), dec)
}

func TestMintTestStablecoin(t *testing.T) {
	_, b := newChain(t)
	d := deployAll(t, b)
	ctx := testCtx(t)
	to := []common.Address{devkeys.Address(1), devkeys.Address(2), devkeys.Address(3)}
	amount := big.NewInt(10_000_000)
	require.NoError(t, MintTestStablecoin(ctx, b, devkeys.Key(0), d.token, to, amount))
	for _, a := range to {
		require.Equal(t, amount, view(t, b, d.token, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf))
	}
	require.Equal(t, big.NewInt(30_000_000), view(t, b, d.token, tokenABI.PackTotalSupply(), tokenABI.UnpackTotalSupply))

	// Only the owner may mint: the revert comes back decoded, and nothing was minted.
	err := MintTestStablecoin(ctx, b, devkeys.Key(1), d.token, to[:1], amount)
	var re *RevertError
	require.True(t, errors.As(err, &re), "want a *RevertError, got %v", err)
	require.NotNil(t, re.Decoded)
	require.Contains(t, err.Error(), "OwnableUnauthorizedAccount")
	require.Equal(t, amount, view(t, b, d.token, tokenABI.PackBalanceOf(to[0]), tokenABI.UnpackBalanceOf))

	require.ErrorContains(t, MintTestStablecoin(ctx, b, devkeys.Key(0), d.token, to, big.NewInt(0)), "must be positive")
}

func tokenPolicy(t *testing.T, b Backend, esc, token common.Address) escrow.TokenPolicyOutput {
	t.Helper()
	return view(t, b, esc, escrowABI.PackTokenPolicy(token), escrowABI.UnpackTokenPolicy)
}

func TestApplyDefaultPolicy(t *testing.T) {
	_, b := newChain(t)
	d := deployAll(t, b)
	ctx := testCtx(t)
	require.NoError(t, ApplyPolicy(ctx, b, devkeys.Key(0), d.escrow, DefaultPolicy(), map[string]common.Address{"tCNY": d.token}))

	got := tokenPolicy(t, b, d.escrow, d.token)
	require.Equal(t, big.NewInt(1), got.MinShare)
	require.Equal(t, []escrow.IHongbaoEscrowTier{
		{MaxAmount: big.NewInt(20000), Window: 300, Consent: true},
		{MaxAmount: big.NewInt(50000), Window: 120, Consent: true},
	}, got.Tiers)

	// The contract agrees on the tier boundaries: 200.00 is tier 1, 200.01 tier 2, 500.01 has no undo.
	for _, tc := range []struct {
		amount  int64
		window  uint32
		consent bool
	}{{20000, 300, true}, {20001, 120, true}, {50000, 120, true}, {50001, 0, false}} {
		out := view(t, b, d.escrow, escrowABI.PackUndoTier(d.token, big.NewInt(tc.amount)), escrowABI.UnpackUndoTier)
		require.Equal(t, tc.window, out.Window, "amount %d", tc.amount)
		require.Equal(t, tc.consent, out.Consent, "amount %d", tc.amount)
	}
}

func TestApplyPolicyETHAndAddressKeys(t *testing.T) {
	_, b := newChain(t)
	d := deployAll(t, b)
	ctx := testCtx(t)
	p := &Policy{Tokens: map[string]TokenPolicy{
		"ETH":            {MinShare: "0.001", Tiers: []Tier{{MaxAmount: "1.5", Window: "10m", Consent: false}}},
		d.token.String(): {MinShare: "0.05", Tiers: []Tier{{MaxAmount: "1000", Window: "1h", Consent: true}}},
	}}
	require.NoError(t, ApplyPolicy(ctx, b, devkeys.Key(0), d.escrow, p, nil))

	eth := tokenPolicy(t, b, d.escrow, common.Address{})
	require.Equal(t, "1000000000000000", eth.MinShare.String()) // 0.001 ETH in wei, exactly
	require.Equal(t, []escrow.IHongbaoEscrowTier{
		{MaxAmount: new(big.Int).Mul(big.NewInt(15), big.NewInt(1e17)), Window: 600, Consent: false},
	}, eth.Tiers)

	tok := tokenPolicy(t, b, d.escrow, d.token)
	require.Equal(t, big.NewInt(5), tok.MinShare)
	require.Equal(t, []escrow.IHongbaoEscrowTier{{MaxAmount: big.NewInt(100000), Window: 3600, Consent: true}}, tok.Tiers)
}

func TestApplyPolicyRejectsBeforeSending(t *testing.T) {
	_, b := newChain(t)
	d := deployAll(t, b)
	ctx := testCtx(t)
	tokens := map[string]common.Address{"tCNY": d.token}
	tests := []struct {
		name    string
		policy  *Policy
		errLike string
	}{
		{"nil", nil, "no policy"},
		{"unknown symbol", &Policy{Tokens: map[string]TokenPolicy{
			"tCNY": {MinShare: "0.01"}, "USDT": {MinShare: "0.01"}}}, `unknown token "USDT"`},
		{"too precise for tCNY", &Policy{Tokens: map[string]TokenPolicy{
			"tCNY": {MinShare: "0.001"}}}, `token "tCNY" (2 decimals): minShare: "0.001" has more than 2 decimal places`},
		{"same token twice", &Policy{Tokens: map[string]TokenPolicy{
			"tCNY": {MinShare: "0.01"}, d.token.Hex(): {MinShare: "0.02"}}}, "appears twice"},
		{"address without code", &Policy{Tokens: map[string]TokenPolicy{
			"0x000000000000000000000000000000000000dEaD": {MinShare: "1"}}}, "no contract at"},
		{"invalid", &Policy{Tokens: map[string]TokenPolicy{"tCNY": {MinShare: "1", Tiers: []Tier{
			{MaxAmount: "5", Window: "1m"}, {MaxAmount: "4", Window: "1m"}}}}}, "sorted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			nonce, err := b.PendingNonceAt(ctx, devkeys.Address(0))
			require.NoError(t, err)
			err = ApplyPolicy(ctx, b, devkeys.Key(0), d.escrow, tc.policy, tokens)
			require.ErrorContains(t, err, tc.errLike)
			after, err := b.PendingNonceAt(ctx, devkeys.Address(0))
			require.NoError(t, err)
			require.Equal(t, nonce, after, "no transaction may be sent")
			got := tokenPolicy(t, b, d.escrow, d.token)
			require.Equal(t, big.NewInt(1), got.MinShare, "the token keeps having no policy")
			require.Empty(t, got.Tiers)
		})
	}
}

func TestApplyPolicyNotOwner(t *testing.T) {
	_, b := newChain(t)
	d := deployAll(t, b)
	err := ApplyPolicy(testCtx(t), b, devkeys.Key(4), d.escrow, DefaultPolicy(), map[string]common.Address{"tCNY": d.token})
	var re *RevertError
	require.True(t, errors.As(err, &re), "want a *RevertError, got %v", err)
	unauthorized, ok := re.Decoded.(*escrow.HongbaoEscrowOwnableUnauthorizedAccount)
	require.True(t, ok, "decoded %T", re.Decoded)
	require.Equal(t, devkeys.Address(4), unauthorized.Account)
	require.Contains(t, err.Error(), "set policy of tCNY")
}

func TestWaitMinedHonoursContext(t *testing.T) {
	c, _ := newChain(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := WaitMined(ctx, c.Client, common.HexToHash("0x1234"))
	require.ErrorIs(t, err, context.Canceled)
}

func TestWaitMinedReturnsReceipt(t *testing.T) {
	c, b := newChain(t)
	ctx := testCtx(t)
	to := devkeys.Address(1)
	opts := bind.NewKeyedTransactor(devkeys.Key(0), c.ChainID)
	nonce, err := b.PendingNonceAt(ctx, opts.From)
	require.NoError(t, err)
	head, err := b.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)), Gas: 21000, To: &to, Value: big.NewInt(7)})
	signed, err := opts.Signer(opts.From, tx)
	require.NoError(t, err)
	require.NoError(t, b.SendTransaction(ctx, signed))
	r, err := WaitMined(ctx, b, signed.Hash())
	require.NoError(t, err)
	require.Equal(t, signed.Hash(), r.TxHash)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
}
