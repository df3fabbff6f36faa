package keeper

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// limitedBackend answers eth_getLogs as a public provider does: ranges wider than maxRange blocks are refused
// with Alchemy's message (it names a range that would work), answers of more than maxResults logs with
// Infura's. It counts the refusals.
type limitedBackend struct {
	*chainBackend
	maxRange, maxResults uint64

	mu       sync.Mutex
	refused  int
	accepted int
}

func (b *limitedBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if to-from+1 > b.maxRange {
		b.count(false)
		return nil, fmt.Errorf("Log response size exceeded. You can make eth_getLogs requests with up to a %d block range "+
			"and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. "+
			"Based on your parameters, this block range should work: [0x%x, 0x%x]", b.maxRange, from, from+b.maxRange-1)
	}
	logs, err := b.chainBackend.FilterLogs(ctx, q)
	if err == nil && uint64(len(logs)) > b.maxResults {
		b.count(false)
		return nil, fmt.Errorf("query returned more than %d results. Try with this block range [0x%x, 0x%x].",
			b.maxResults, from, from+(to-from)/4)
	}
	b.count(err == nil)
	return logs, err
}

func (b *limitedBackend) count(ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ok {
		b.accepted++
	} else {
		b.refused++
	}
}

// Behind a provider that limits eth_getLogs to 250 blocks and 200 results, over 300 blocks holding 450 packets
// (150 in each of three blocks), the keeper narrows its pages as told and refunds every expired packet in one
// pass; a second pass (a new keeper on the checkpoint) finds nothing left. Before node/logs, a fixed window
// retried the same refused range and the pass gave up.
func TestScanBehindProviderLimits(t *testing.T) {
	h := newHarness(t, testAccounts)
	var ps []packet
	for range 3 {
		ps = append(ps, h.sendMany(h.ethPackets(150, day))...)
		for range 100 {
			h.env.Backend.Commit()
		}
	}
	h.warpPast(ps)
	b := &limitedBackend{chainBackend: h.backend(), maxRange: 250, maxResults: 200}
	k := h.keeper(h.config(b, keeperA, "limited.json"))
	sum, err := k.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, len(ps), sum.Refunded)
	require.Equal(t, 0, sum.Open)
	h.requireAllOnce(ps)
	require.Positive(t, b.refused, "the provider refused some ranges")
	t.Logf("eth_getLogs: %d answered, %d refused; page size now %d blocks", b.accepted, b.refused, k.logs.Range())

	again := h.keeper(h.config(h.backend(), keeperA, "limited.json"))
	sum, err = again.RunOnce(context.Background())
	require.NoError(t, err)
	require.Zero(t, sum.Refunded)
	require.Zero(t, sum.Open)
}
