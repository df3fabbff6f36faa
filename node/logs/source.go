package logs

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// HeaderReader is a node that has eth_getLogs and headers but no eth_blockNumber in its Go interface (the
// keeper's and the indexer's backends).
type HeaderReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// FromHeaders is a Source over b: the head number comes from the head header.
func FromHeaders(b HeaderReader) Source { return headerSource{b} }

type headerSource struct{ b HeaderReader }

func (s headerSource) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return s.b.FilterLogs(ctx, q)
}

func (s headerSource) BlockNumber(ctx context.Context) (uint64, error) {
	h, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}

// WithCallTimeout bounds each request to the source (0: only the caller's context). A request that times out
// is passing trouble, retried like a dropped connection, so an endpoint that stops answering mid-scan fails
// the request instead of hanging the scan.
func WithCallTimeout(d time.Duration) Option { return func(r *Reader) { r.callTimeout = d } }

// timed runs one request to the source under the call timeout.
func timed[T any](ctx context.Context, d time.Duration, call func(context.Context) (T, error)) (T, error) {
	if d > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d)
		defer cancel()
	}
	return call(ctx)
}
