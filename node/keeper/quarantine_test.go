package keeper

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// A keeper killed and started again keeps its quarantine: the same packets, failure counts and retry passes,
// read from the checkpoint. It does not retry a poison packet on its first pass back (which would cost a
// simulation, or a failed transaction, per restart), and the doubling goes on from the failures before.
func TestQuarantineSurvivesRestart(t *testing.T) {
	h := newHarness(t, testAccounts)
	bad, block := h.badPacket(keeperA, 3600)
	honest := h.sendMany(h.ethPackets(3, 3600))
	h.warpPast(append(honest, bad))
	block(true)
	cfg := h.config(h.backend(), keeperA, "a.json")
	cfg.QuarantinePasses = 2
	ctx := context.Background()

	k := h.keeper(cfg)
	sum, err := k.RunOnce(ctx)
	require.NoError(t, err)
	require.Equal(t, 3, sum.Refunded)
	require.Equal(t, 1, sum.Quarantined)
	first := *k.state.quarantine[bad.id]
	require.Equal(t, 1, first.failures)
	require.Equal(t, uint64(1+2), first.retryPass)
	require.NotEmpty(t, first.reason)
	requireQuarantineFile(t, cfg.Checkpoint, bad.id, 1, 3)

	// Killed: the process is gone (a Keeper has nothing to flush); a new one starts from the checkpoint.
	k = h.keeper(cfg)
	require.Equal(t, uint64(1), k.state.pass)
	require.Equal(t, map[uint64]*quarantined{bad.id: &first}, k.state.quarantine)
	require.Equal(t, 1.0, scrape(t, k.MetricsHandler()).value(t, "hongbao_keeper_quarantined_packets"))

	// Pass 2, the first after the restart: still set aside, not simulated, nothing sent.
	txs := len(h.txs)
	sum, err = k.RunOnce(ctx)
	require.NoError(t, err)
	require.Equal(t, Summary{FromBlock: sum.FromBlock, ToBlock: sum.ToBlock, Scanned: sum.Scanned, Open: 1, Due: 1}, sum)
	require.Equal(t, txs, len(h.txs))

	// Pass 3: tried again, fails again: the second failure doubles the wait (2 -> 4 passes).
	sum, err = k.RunOnce(ctx)
	require.NoError(t, err)
	require.Equal(t, 1, sum.Quarantined)
	requireQuarantineFile(t, cfg.Checkpoint, bad.id, 2, 3+4)

	// Killed again, unblocked meanwhile: passes 4-6 still skip it, pass 7 refunds it.
	block(false)
	k = h.keeper(cfg)
	require.Equal(t, 2, k.state.quarantine[bad.id].failures)
	for pass := 4; pass <= 7; pass++ {
		sum, err = k.RunOnce(ctx)
		require.NoError(t, err)
		want := 0
		if pass == 7 {
			want = 1
		}
		require.Equal(t, want, sum.Refunded, "pass %d", pass)
	}
	require.Zero(t, sum.Open)
	require.Empty(t, k.state.quarantine)
	require.Equal(t, 1, h.refunds(nil)[bad.id])
	require.Equal(t, txs+1, len(h.txs), "after the first pass, one transaction: the refund of pass 7")
	raw, err := os.ReadFile(cfg.Checkpoint)
	require.NoError(t, err)
	require.NotContains(t, string(raw), "quarantine", "a refunded packet leaves the quarantine in the file too")
}

// requireQuarantineFile checks the checkpoint on disk: packet id set aside with these failures and retry pass.
func requireQuarantineFile(t *testing.T, path string, id uint64, failures int, retryPass uint64) {
	t.Helper()
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	var f checkpointFile
	require.NoError(t, json.Unmarshal(raw, &f))
	q, ok := f.Quarantine[strconv.FormatUint(id, 10)]
	require.True(t, ok, "packet %d in the quarantine of %s", id, filepath.Base(path))
	require.Equal(t, failures, q.Failures)
	require.Equal(t, retryPass, q.RetryPass)
}
