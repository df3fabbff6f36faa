package cli

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/txsend"
)

// A keeper's refund to a sender whose token account is blocked (as USDC and USDT can block) cannot be pushed:
// the escrow keeps it for the sender, `owed` shows it to anyone, and the sender withdraws it to another
// address with `owed --withdraw --to`.
func TestOwedShowAndWithdraw(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	blk := mocks.NewBlocklistToken()
	tx := func(i int, to *common.Address, data []byte) *types.Receipt {
		t.Helper()
		s := txsend.New(h.ec, devkeys.Key(i), new(big.Int).SetUint64(h.chain.ChainID))
		r, err := s.SendAndWait(ctx, txsend.Request{To: to, Data: data, Gas: 3_000_000})
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		return r
	}
	token := tx(0, nil, common.FromHex(mocks.BlocklistTokenMetaData.Bin)).ContractAddress
	balance := func(a common.Address) *big.Int {
		out, err := h.ec.CallContract(ctx, ethereum.CallMsg{To: &token, Data: blk.PackBalanceOf(a)}, nil)
		require.NoError(t, err)
		b, err := blk.UnpackBalanceOf(out)
		require.NoError(t, err)
		return b
	}
	tx(0, &token, blk.PackMint(addr(1), new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))))

	sent := h.okJSON(args("send", "--to", addr(2).Hex(), "--amount", "5", "--token", token.Hex(), "--yes", as(1))...)
	id := str(t, sent, "packetId")
	tx(0, &token, blk.PackSetBlocked(addr(1), true))
	h.timeTravel(24*time.Hour + time.Minute)
	r := h.okJSON(args("refund", id, as(4))...)
	require.Len(t, r["refunded"].([]any), 1)

	five := "5000000000000000000"
	for _, who := range [][]string{as(1), {addr(1).Hex()}} {
		o := h.okJSON(append([]string{"owed"}, who...)...)
		require.Equal(t, addr(1).Hex(), o["account"])
		owed := o["owed"].([]any)
		require.Len(t, owed, 1, "ETH is owed nothing and left out")
		e := owed[0].(map[string]any)
		require.Equal(t, token.Hex(), e["token"])
		require.Equal(t, five, e["amount"])
	}
	require.Contains(t, h.ok(args("owed", as(1))...), "5 BLK")

	h.fails("InvalidArgs", args("owed", "--to", addr(3).Hex(), as(1))...)
	h.fails("InvalidArgs", args("owed", "--withdraw", addr(1).Hex(), as(1))...)
	h.fails("NoAccount", "owed")

	before := balance(addr(3))
	w := h.okJSON(args("owed", "--withdraw", "--to", addr(3).Hex(), as(1))...)
	require.Equal(t, true, w["withdrawn"])
	require.Equal(t, addr(3).Hex(), w["owed"].([]any)[0].(map[string]any)["to"])
	require.Equal(t, new(big.Int).Add(before, big.NewInt(5e18)), balance(addr(3)), "the blocked sender's refund reached its other address")
	require.Empty(t, h.okJSON(args("owed", as(1))...)["owed"])
	require.Contains(t, h.ok(args("owed", as(1))...), "is owed nothing")
}
