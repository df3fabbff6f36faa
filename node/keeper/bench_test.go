package keeper

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
)

// Gas figures: what a keeper pays per refunded packet at each batch size, for ETH and for an ERC-20
// (OpenZeppelin MockERC20), with every packet of a batch from a different sender (cold accounts, the
// realistic case). Run either of:
//
//	go test ./node/keeper -run '^$' -bench KeeperGas -benchtime 1x
//	HONGBAO_BENCH=1 go test ./node/keeper -run TestKeeperGasTable -v
var gasBatchSizes = []int{1, 10, 50, 100}

const (
	gasPackets = 200 // packets refunded per measurement
	gasSenders = 100 // distinct senders, so that a batch of up to 100 has no warm sender
)

type gasFigure struct {
	batch            int
	txs, packets     int
	perPacket, perTx float64
}

// measureGas sends gasPackets expired packets and lets one keeper refund them with the given batch size.
func measureGas(tb testing.TB, useToken bool, batch int) gasFigure {
	h := newHarness(tb, firstSender+gasSenders)
	h.senders = gasSenders
	params := h.ethPackets(gasPackets, 3600)
	if useToken {
		token := h.deployToken()
		for i := range params {
			params[i].Token = token
			params[i].Amount = big.NewInt(int64(100 + i))
		}
	}
	ps := h.sendMany(params)
	h.warpPast(ps)
	k := h.keeper(withBatch(h.config(h.backend(), keeperA, "gas.json"), batch))
	sum, err := k.RunOnce(context.Background())
	require.NoError(tb, err)
	require.Equal(tb, gasPackets, sum.Refunded)
	h.requireAllOnce(ps)
	return gasFigure{
		batch: batch, txs: sum.Batches, packets: sum.Refunded,
		perPacket: float64(sum.GasUsed) / float64(sum.Refunded), perTx: float64(sum.GasUsed) / float64(sum.Batches),
	}
}

// deployToken deploys a mock ERC-20 (2 decimals) and gives every sender a balance and an allowance; the
// balance stays non-zero after the sends, as a wallet's usually does.
func (h *harness) deployToken() common.Address {
	h.t.Helper()
	token, err := h.env.DeployMock(mocks.MockERC20MetaData.Bin, contracttest.ERC20ABI.PackConstructor("Mock CNY", "mCNY", 2))
	require.NoError(h.t, err)
	amount := big.NewInt(1_000_000_00)
	for i := 0; i < h.senders; i++ {
		from := firstSender + i
		_, err := h.env.TxTo(h.env.Key(from), token, nil, contracttest.ERC20ABI.PackMint(h.env.Addr(from), amount))
		require.NoError(h.t, err)
		_, err = h.env.TxTo(h.env.Key(from), token, nil, contracttest.ERC20ABI.PackApprove(h.env.Escrow, amount))
		require.NoError(h.t, err)
	}
	return token
}

func BenchmarkKeeperGas(b *testing.B) {
	for _, asset := range []string{"eth", "erc20"} {
		for _, n := range gasBatchSizes {
			b.Run(fmt.Sprintf("%s/batch=%d", asset, n), func(b *testing.B) {
				var g gasFigure
				for i := 0; i < b.N; i++ {
					g = measureGas(b, asset == "erc20", n)
				}
				b.ReportMetric(g.perPacket, "gas/packet")
				b.ReportMetric(g.perTx, "gas/tx")
			})
		}
	}
}

// TestKeeperGasTable prints the figures as a markdown table (set HONGBAO_BENCH=1).
func TestKeeperGasTable(t *testing.T) {
	if os.Getenv("HONGBAO_BENCH") == "" {
		t.Skip("set HONGBAO_BENCH=1 to print the keeper gas table")
	}
	out := "| asset | batch | transactions | gas per transaction | gas per refunded packet |\n|---|---:|---:|---:|---:|\n"
	for _, asset := range []string{"ETH", "ERC-20"} {
		for _, n := range gasBatchSizes {
			g := measureGas(t, asset == "ERC-20", n)
			out += fmt.Sprintf("| %s | %d | %d | %.0f | %.0f |\n", asset, g.batch, g.txs, g.perTx, g.perPacket)
		}
	}
	fmt.Print(out)
}
