package bench

import (
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/keeper"
	"github.com/hongbao/hongbao/node/logs"
	"github.com/hongbao/hongbao/node/transport"
)

const (
	// envPackets sets how many expired packets the keeper refunds (default defaultPackets), e.g. 10000.
	envPackets     = "HONGBAO_BENCH_PACKETS"
	defaultPackets = 1_000

	// keeperAccount sends the refunds; keeperSenders send the packets (so refunds pay several cold accounts,
	// as on a real chain), Direct ones to keeperRecipient.
	keeperAccount   = 9
	keeperRecipient = 0
	// maxPasses bounds the passes of one case: a keeper that never finishes fails the benchmark.
	maxPasses = 20
)

var keeperSenders = []int{1, 2, 3, 4, 5, 6, 7, 8}

// keeperRow is one case: the keeper with maxInFlight refund transactions waiting at once.
type keeperRow struct {
	maxInFlight int
	batches     int
	txs         uint64 // the keeper's nonce afterwards less before: what it sent, fee bumps aside
	refunded    int
	passes      int
	gas         uint64
	wall        time.Duration
	blocks      uint64
	calls       map[string]int
}

// TestKeeperBench: N packets from eight senders expire; a keeper (node/keeper, as `hongbao keeper` runs it,
// through the proxy, a block a second) refunds them, first with one refund transaction in flight at a time,
// then, from the same chain state (evm_snapshot / evm_revert), with the CLI's default. It prints the
// transactions, the wall time, the gas per refunded packet and the passes, and checks the outcome: every
// packet closed, the escrow empty, every sender's ETH and tCNY back to the last base unit.
func TestKeeperBench(t *testing.T) {
	requireRun(t)
	n := packetsFromEnv(t)
	info := machine(t)
	c := newChain(t)
	chainID := c.chainID(t)
	amount, err := deploy.ParseAmount("100000", 2)
	require.NoError(t, err)
	c.mint(t, amount, keeperSenders...)
	c.approve(t, chainID, keeperSenders...)

	counts := make([]int, len(keeperSenders))
	for i := range n {
		counts[i%len(counts)]++
	}
	first := c.lastPacketID(t) + 1
	began := time.Now()
	locked := c.sendFrom(t, chainID, keeperSenders, counts, keeperRecipient)
	setup := time.Since(began)
	last := c.lastPacketID(t)
	t.Logf("sent %d packets in %v", n, setup.Round(time.Millisecond))

	type bal struct{ eth, tcny *big.Int }
	before := map[int]bal{}
	lockedETH, lockedTCNY := new(big.Int), new(big.Int)
	for i, s := range keeperSenders {
		eth, tcny := c.balances(t, devkeys.Address(s))
		before[s] = bal{eth, tcny}
		lockedETH.Add(lockedETH, locked[i].eth)
		lockedTCNY.Add(lockedTCNY, locked[i].tcny)
	}
	escETH, escTCNY := c.balances(t, c.escrow)
	require.Equal(t, lockedETH, escETH, "the escrow holds the packets' ETH")
	require.Equal(t, lockedTCNY, escTCNY, "the escrow holds the packets' tCNY")

	// A day and an hour later every packet has expired.
	c.noMining(t)
	require.NoError(t, c.a.IncreaseTime(t.Context(), client.DefaultTTL+time.Hour))
	require.NoError(t, c.a.Mine(t.Context(), 1))
	c.requireStatus(t, first, last, client.StatusExpired)
	snap := c.snapshot(t)

	var rows []keeperRow
	for i, inFlight := range []int{1, keeper.DefaultMaxInFlight} {
		if i > 0 {
			c.noMining(t)
			c.revert(t, snap)
			c.requireStatus(t, first, last, client.StatusExpired)
		}
		row := c.runKeeper(t, inFlight, n)
		rows = append(rows, row)

		// The outcome, on chain: every packet closed, the escrow empty, every sender's money back.
		c.noMining(t)
		c.requireStatus(t, first, last, client.StatusClosed)
		escETH, escTCNY := c.balances(t, c.escrow)
		require.Zero(t, escETH.Sign(), "the escrow holds no ETH")
		require.Zero(t, escTCNY.Sign(), "the escrow holds no tCNY")
		for j, s := range keeperSenders {
			eth, tcny := c.balances(t, devkeys.Address(s))
			require.Equal(t, new(big.Int).Add(before[s].eth, locked[j].eth), eth, "account %d got its ETH back", s)
			require.Equal(t, new(big.Int).Add(before[s].tcny, locked[j].tcny), tcny, "account %d got its tCNY back", s)
		}
		require.Equal(t, n, row.refunded, "the keeper's summaries count every packet")
		t.Logf("max in flight %d: %d packets refunded in %d transactions, %d passes, %v", inFlight, row.refunded,
			row.batches, row.passes, row.wall.Round(time.Millisecond))
	}
	report(t, fmt.Sprintf("keeper-%d", n), keeperReport(info, n, setup, rows))
}

// runKeeper refunds every due packet with a keeper of its own (no checkpoint file: a first start) through a
// new proxy, a block a second, pass after pass until all n are refunded; then one more pass must find nothing.
func (c *chain) runKeeper(t *testing.T, maxInFlight, n int) keeperRow {
	t.Helper()
	ctx := t.Context()
	p, url := c.proxy(t)
	ec, err := transport.Dial(ctx, url, transport.WithoutProbe())
	require.NoError(t, err)
	defer ec.Close()
	k, err := keeper.New(ctx, keeper.Config{
		Backend: ec, Escrow: c.escrow, Key: devkeys.Key(keeperAccount), StartBlock: c.deploy, MaxInFlight: maxInFlight,
		// As `hongbao keeper` reads logs: a reader of the endpoint, two pages fetched ahead.
		Logs:   logs.New(ec, logs.WithEndpoint(url), logs.WithPrefetch(2)),
		Logger: slog.New(slog.DiscardHandler),
	})
	require.NoError(t, err)
	me := devkeys.Address(keeperAccount)
	nonce, err := c.ec.NonceAt(ctx, me, nil)
	require.NoError(t, err)

	c.mineEvery(t, blockTime)
	head, _ := c.head(t)
	p.Reset()
	row := keeperRow{maxInFlight: maxInFlight}
	began := time.Now()
	for row.refunded < n {
		require.Less(t, row.passes, maxPasses, "the keeper refunded %d of %d packets in %d passes", row.refunded, n, row.passes)
		s, err := k.RunOnce(ctx)
		require.NoError(t, err, "pass %d", row.passes+1)
		row.passes++
		row.refunded += s.Refunded
		row.batches += s.Batches
		row.gas += s.GasUsed
		require.Zero(t, s.Quarantined, "no refund reverts")
	}
	row.wall = time.Since(began)
	row.calls = p.Counts()
	end, _ := c.head(t)
	row.blocks = end - head

	s, err := k.RunOnce(ctx)
	require.NoError(t, err)
	require.Zero(t, s.Due, "a further pass finds nothing due")
	require.Zero(t, s.Open, "nor anything open")
	after, err := c.ec.NonceAt(ctx, me, nil)
	require.NoError(t, err)
	row.txs = after - nonce
	require.EqualValues(t, row.batches, row.txs, "one transaction per batch")
	return row
}

// requireStatus checks that packets from..to all have status want.
func (c *chain) requireStatus(t *testing.T, from, to uint64, want client.Status) {
	t.Helper()
	ps := c.packets(t, from, to)
	require.Len(t, ps, int(to-from+1))
	for _, p := range ps {
		require.Equal(t, want, client.Status(p.Status), "packet %s", p.Id)
		if want == client.StatusClosed {
			require.Zero(t, p.Remaining.Sign(), "packet %s holds nothing", p.Id)
		}
	}
}

// packetsFromEnv is $HONGBAO_BENCH_PACKETS, or defaultPackets.
func packetsFromEnv(t *testing.T) int {
	t.Helper()
	v := os.Getenv(envPackets)
	if v == "" {
		return defaultPackets
	}
	n, err := strconv.Atoi(v)
	require.NoError(t, err, "$%s", envPackets)
	require.Positive(t, n, "$%s", envPackets)
	return n
}

func keeperReport(info string, n int, setup time.Duration, rows []keeperRow) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Keeper (node/keeper as `hongbao keeper` runs it, batch %d, through faultproxy as %s) on %s expired packets "+
		"of %d senders, a block a second. %s. Setup: %s packets sent in %v (a block every 100 ms).\n\n",
		keeper.DefaultBatchSize, provider, group(uint64(n)), len(keeperSenders), info, group(uint64(n)), setup.Round(time.Second))
	b.WriteString("| max in flight | packets refunded | transactions | passes | wall time | blocks | gas per packet | RPC calls | methods |\n")
	b.WriteString("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
	for _, r := range rows {
		perPacket := uint64(0)
		if r.refunded > 0 {
			perPacket = r.gas / uint64(r.refunded)
		}
		fmt.Fprintf(&b, "| %d | %s | %d | %d | %v | %d | %s | %d | %s |\n", r.maxInFlight, group(uint64(r.refunded)), r.txs,
			r.passes, r.wall.Round(100*time.Millisecond), r.blocks, group(perPacket), total(r.calls), topMethods(r.calls))
	}
	b.WriteString("\nChecked after each case: every packet closed with nothing left, the escrow holds no ETH and no tCNY, " +
		"every sender's ETH and tCNY back to the base unit, one keeper transaction per batch.\n")
	return b.String()
}
