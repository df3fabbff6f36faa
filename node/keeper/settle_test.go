package keeper

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// sealed sends a sealed lucky ETH packet open to anyone and has the given accounts claim it, one block each
// (so that no claim draws the one before it: its hash block is the claim's own).
func (h *harness) sealed(shares uint16, ttl uint32, claimers ...int) *big.Int {
	h.t.Helper()
	id, _, err := h.env.SendPacket(h.env.Key(firstSender), escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky,
		Auth: contracttest.Open, Shares: shares, Ttl: ttl, Amount: contracttest.Ether(int64(shares))})
	require.NoError(h.t, err)
	for _, c := range claimers {
		_, err := h.env.Claim(h.env.Key(c), id, nil)
		require.NoError(h.t, err)
	}
	return id
}

func (h *harness) pendingOf(id *big.Int) int {
	h.t.Helper()
	out, err := h.env.Call(h.env.Escrow, esc.PackPendingDraws(id, new(big.Int), new(big.Int)))
	require.NoError(h.t, err)
	v, err := esc.UnpackPendingDraws(out)
	require.NoError(h.t, err)
	return int(v.Total.Int64())
}

func (h *harness) blocks(n int) {
	h.t.Helper()
	for range n {
		require.NoError(h.t, h.env.Warp(time.Second))
	}
}

// The settle pass draws pending shares once they are MinAge blocks old, several packets in one settleMany,
// and pays every claimer; a packet whose oldest claim is younger is left alone.
func TestSettlePass(t *testing.T) {
	h := newHarness(t, testAccounts)
	a := h.sealed(3, 3600, firstSender+5, firstSender+6)
	b := h.sealed(2, 3600, firstSender+7)
	cfg := h.config(h.backend(), keeperA, "a.json")
	cfg.Settle.MinAge = 5 // a's first claim is 3 blocks old now, b's 0
	k := h.keeper(cfg)
	ctx := context.Background()

	tests := []struct {
		name    string
		blocks  int // empty blocks mined before the pass
		settled int
		pending map[*big.Int]int
	}{
		{"too young", 0, 0, map[*big.Int]int{a: 2, b: 1}},
		{"old enough", 5, 3, map[*big.Int]int{a: 0, b: 0}}, // one settleMany: every ready share of a and b
		{"nothing left", 3, 0, map[*big.Int]int{a: 0, b: 0}},
	}
	for _, tc := range tests {
		h.blocks(tc.blocks)
		sum, err := k.RunOnce(ctx)
		require.NoError(t, err, tc.name)
		require.Equal(t, tc.settled, sum.Settled, tc.name)
		for id, n := range tc.pending {
			require.Equal(t, n, h.pendingOf(id), "%s: packet %s", tc.name, id)
		}
	}
	paid := new(big.Int)
	for _, c := range []struct {
		id *big.Int
		by int
	}{{a, firstSender + 5}, {a, firstSender + 6}, {b, firstSender + 7}} {
		amt := h.env.ClaimedAmount(c.id, h.env.Addr(c.by))
		require.Positive(t, amt.Sign(), "share of %d in packet %s", c.by, c.id)
		if c.id == a {
			paid.Add(paid, amt)
		}
	}
	require.Equal(t, new(big.Int).Sub(contracttest.Ether(3), paid), h.env.Packet(a).Remaining, "conservation")
	var out bytes.Buffer
	require.NoError(t, k.Metrics().WriteText(&out))
	require.Contains(t, out.String(), "hongbao_keeper_shares_settled_total 3\n")
	require.Contains(t, out.String(), "hongbao_keeper_settle_batches_total 1\n")
}

// An expired sealed packet with claims waiting for their draw is not refunded while they wait (refundMany
// skips it: ready draws come first, and claims that hold every share left leave nothing to give back): it is
// neither an error nor quarantined and stays open. Once the settle pass has drawn the shares, the packet
// whose claims held everything is closed and the other one gets its rest back.
func TestRefundWaitsForDraws(t *testing.T) {
	h := newHarness(t, testAccounts)
	held := h.sealed(2, 600, firstSender+5, firstSender+6)
	part := h.sealed(3, 600, firstSender+7)
	ctx := context.Background()
	require.NoError(t, h.env.Warp(601*time.Second))

	cfg := h.config(h.backend(), keeperA, "a.json")
	cfg.Settle.Disabled = true
	k := h.keeper(cfg)
	sum, err := k.RunOnce(ctx)
	require.NoError(t, err)
	require.Zero(t, sum.Quarantined)
	require.Zero(t, sum.Refunded)
	require.Zero(t, sum.Dropped)
	require.Equal(t, 2, sum.Open, "both stay open: their claims wait for their draw")
	require.Equal(t, contracttest.Ether(2), h.env.Packet(held).Remaining, "nothing left the held packet")
	require.Equal(t, contracttest.Ether(3), h.env.Packet(part).Remaining)

	h.blocks(3)
	k2 := h.keeper(h.config(h.backend(), keeperB, "b.json")) // settles, then refunds
	sum, err = k2.RunOnce(ctx)
	require.NoError(t, err)
	require.Equal(t, 3, sum.Settled)
	require.Equal(t, 1, sum.Refunded)
	require.Zero(t, sum.Quarantined)
	require.Equal(t, contracttest.StatusClosed, h.env.Packet(held).Status)
	require.Equal(t, contracttest.StatusClosed, h.env.Packet(part).Status)
	total := new(big.Int).Add(h.env.ClaimedAmount(held, h.env.Addr(firstSender+5)), h.env.ClaimedAmount(held, h.env.Addr(firstSender+6)))
	require.Equal(t, contracttest.Ether(2), total, "the held packet went to its two claimers")
	require.Equal(t, map[uint64]int{part.Uint64(): 1}, h.refunds(nil))

	sum, err = k.RunOnce(ctx) // the first keeper's scan sees the draws and the refund: nothing is left open
	require.NoError(t, err)
	require.Zero(t, sum.Open)
	require.Zero(t, sum.Quarantined)
}

// TestSettleBatchGas: 50 pending shares (25 packets, two claims each) are drawn in one settleMany; it prints
// the gas per share (docs/gas.md has the figures).
func TestSettleBatchGas(t *testing.T) {
	h := newHarness(t, testAccounts)
	var ids []*big.Int
	for i := range 25 {
		ids = append(ids, h.sealed(3, 3600, firstSender+1+i%8, firstSender+9+i%8))
	}
	h.blocks(3)
	k := h.keeper(h.config(h.backend(), keeperA, "a.json"))
	sum, err := k.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, 50, sum.Settled)
	for _, id := range ids {
		require.Zero(t, h.pendingOf(id))
	}
	var out bytes.Buffer
	require.NoError(t, k.Metrics().WriteText(&out))
	require.Contains(t, out.String(), "hongbao_keeper_settle_batches_total 1\n")
	var gas uint64
	for _, line := range strings.Split(out.String(), "\n") {
		if v, ok := strings.CutPrefix(line, "hongbao_keeper_settle_gas_used_total "); ok {
			gas, err = strconv.ParseUint(v, 10, 64)
			require.NoError(t, err)
		}
	}
	t.Logf("settleMany of 50 ETH shares (25 packets): %d gas, %d per share", gas, gas/50)
}

// A keeper run from cron (each run a new process, one pass) forgets no pending claim: the claims it saw too
// young in one run are in the checkpoint, and the next run draws them without reading those blocks again.
func TestPendingClaimsSurviveRestart(t *testing.T) {
	h := newHarness(t, testAccounts)
	a := h.sealed(3, 3600, firstSender+5, firstSender+6)
	ctx := context.Background()

	cfg := h.config(h.backend(), keeperA, "a.json")
	cfg.Settle.MinAge = 50 // too young for this run
	sum, err := h.keeper(cfg).RunOnce(ctx)
	require.NoError(t, err)
	require.Zero(t, sum.Settled)
	require.Equal(t, 2, h.pendingOf(a))
	raw, err := os.ReadFile(cfg.Checkpoint)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"sealedPending"`, "the pending claims are in the checkpoint")

	h.blocks(5)
	cfg2 := h.config(h.backend(), keeperA, "a.json") // a new keeper on the same checkpoint
	cfg2.Settle.MinAge = 3
	sum, err = h.keeper(cfg2).RunOnce(ctx)
	require.NoError(t, err)
	require.Equal(t, 2, sum.Settled, "both claims drawn by the restarted keeper")
	require.Zero(t, h.pendingOf(a))
	require.Positive(t, h.env.ClaimedAmount(a, h.env.Addr(firstSender+5)).Sign())
	require.Positive(t, h.env.ClaimedAmount(a, h.env.Addr(firstSender+6)).Sign())
}
