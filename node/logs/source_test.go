package logs

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// stallOnce never answers its first eth_getLogs (only the request's context ends it), then answers.
type stallOnce struct{ calls atomic.Int32 }

func (s *stallOnce) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if s.calls.Add(1) == 1 {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return []types.Log{{BlockNumber: q.FromBlock.Uint64()}}, nil
}

func (s *stallOnce) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(7)}, nil
}

// A request the endpoint never answers ends at the call timeout and is retried; the head of a header-only
// backend comes from its head header.
func TestCallTimeoutAndHeaderSource(t *testing.T) {
	src := &stallOnce{}
	r := New(FromHeaders(src), WithCallTimeout(20*time.Millisecond), WithSleep(func(context.Context, time.Duration) error { return nil }))
	got, err := r.Fetch(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(5)})
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, uint64(5), got[0].BlockNumber)
	require.Equal(t, int32(2), src.calls.Load(), "the stalled request was retried once")
	require.Equal(t, uint64(1), r.Stats().Heads, "the head came from one header read")
}
