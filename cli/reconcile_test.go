package cli

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
)

// rawTx signs a transaction from dev account i (a contract creation when to is nil), sends it and waits for a
// successful receipt.
func (h *harness) rawTx(i int, to *common.Address, data []byte) *types.Receipt {
	h.t.Helper()
	ctx := context.Background()
	id, err := h.ec.ChainID(ctx)
	require.NoError(h.t, err)
	nonce, err := h.ec.PendingNonceAt(ctx, addr(i))
	require.NoError(h.t, err)
	head, err := h.ec.HeaderByNumber(ctx, nil)
	require.NoError(h.t, err)
	tip := big.NewInt(params.GWei)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas: 3_000_000, To: to, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(id), devkeys.Key(i))
	require.NoError(h.t, err)
	require.NoError(h.t, h.ec.SendTransaction(ctx, signed))
	r, err := deploy.WaitMined(ctx, h.ec, signed.Hash())
	require.NoError(h.t, err)
	require.Equal(h.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// A token that charges its fee on top of transfers (unsupported): payouts take more from the escrow than its
// books say. `hongbao reconcile` reports the deficit per token in a sentence that names the token and the
// cause, exits with the Deficit error, and does not blame the index (the escrow's own books agree with it).
func TestReconcileNamesFeeOnTopDeficit(t *testing.T) {
	h := newHarness(t)
	top := mocks.NewFeeOnTopToken()
	r := h.rawTx(0, nil, append(common.FromHex(mocks.FeeOnTopTokenMetaData.Bin), top.PackConstructor("Fee On Top CNY", "TOP", 2)...))
	token := r.ContractAddress
	h.rawTx(0, &token, top.PackMint(addr(0), big.NewInt(1_000_00)))

	d := h.okJSON(args("send", "--to", addr(1).Hex(), "--amount", "100", "--token", token.Hex(), "--yes", as(0))...)
	h.okJSON(args("send", "--to", addr(2).Hex(), "--amount", "50", "--token", token.Hex(), "--yes", as(0))...)
	h.okJSON(args("claim", str(t, d, "packetId"), as(1))...)
	require.Equal(t, "10000", h.erc20Balance(token, addr(1)).String(), "the claimer got the amount")
	require.Equal(t, "4900", h.erc20Balance(token, h.chain.Deployment.Escrow).String(),
		"the claim took 101.00 from the escrow for a 100.00 payout")

	res := h.run("reconcile", "--json")
	require.Equal(t, ExitFailure, res.code)
	require.Equal(t, "Deficit", asError(res.err).Code)
	j := decodeOne(t, res.stdout)
	require.Equal(t, true, j["deficit"])
	line := tokenLine(t, j, "TOP")
	require.Equal(t, "4900", line["onChain"])
	require.Equal(t, "5000", line["expected"])
	require.Equal(t, "5000", line["books"], "the escrow's own books agree with the index")
	require.Equal(t, "-100", line["difference"])
	require.Equal(t, true, line["tokenShort"])
	require.Nil(t, line["indexWrong"])
	want := "the escrow holds 1.00 TOP less than its books: a token that charges fees on top of transfers " +
		"(unsupported, see docs/design.md)"
	require.Contains(t, line["explanation"], want)
	msg := j["error"].(map[string]any)["message"].(string)
	require.Contains(t, msg, "1.00 TOP short in TOP")
	require.Contains(t, msg, "TOP: "+want)
	require.NotContains(t, msg, "delete", "the index is not to blame")
	require.Nil(t, tokenLine(t, j, "ETH")["books"], "balanced tokens are not checked")

	res = h.run("reconcile", "--no-sync")
	require.Equal(t, ExitFailure, res.code)
	require.Contains(t, res.stdout, "DEFICIT")
	require.Contains(t, res.stdout, "escrow's books    50.00 TOP")
	require.Contains(t, res.stdout, "The escrow holds 1.00 TOP less than its books")
	require.Contains(t, res.stderr, want)
	t.Logf("reconcile prints:\n%s%s", res.stdout, res.stderr)
}

// erc20Balance reads an ERC-20 balance at the head.
func (h *harness) erc20Balance(token, who common.Address) *big.Int {
	h.t.Helper()
	m := mocks.NewMockERC20()
	out, err := h.ec.CallContract(context.Background(), ethereum.CallMsg{To: &token, Data: m.PackBalanceOf(who)}, nil)
	require.NoError(h.t, err)
	v, err := m.UnpackBalanceOf(out)
	require.NoError(h.t, err)
	return v
}
