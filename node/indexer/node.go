package indexer

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/node/logs"
)

// Backend is what the indexer needs from a node. *ethclient.Client and the simulated backend's client have it.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// LogReader is how the indexer reads logs: *logs.Reader (node/logs), the project's one log reader. Scan pages
// a block range in order, narrowing a page a provider refuses and widening it again, retrying passing trouble,
// and fetching pages ahead while fn runs.
type LogReader interface {
	Scan(ctx context.Context, q ethereum.FilterQuery, fn func(from, to uint64, logs []types.Log) error) error
}

// newLogReader is the reader an Indexer builds over its backend when Config.Logs is nil. Its requests go
// through the call timeout like every other node call.
func newLogReader(b Backend, cfg Config) LogReader {
	opts := []logs.Option{logs.WithMaxRange(cfg.MaxRange), logs.WithPrefetch(cfg.Prefetch), logs.WithCallTimeout(max(cfg.CallTimeout, 0))}
	if cfg.Logger != nil {
		opts = append(opts, logs.WithLogger(cfg.Logger))
	}
	return logs.New(logs.FromHeaders(b), opts...)
}

// nodeCalls are the node calls Sync and Reconcile make themselves (logs go through the log reader).
type nodeCalls interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// timedBackend bounds each call of a Backend by a timeout (none when limit <= 0).
type timedBackend struct {
	b     Backend
	limit time.Duration
}

func (t timedBackend) ChainID(ctx context.Context) (*big.Int, error) {
	return bounded(ctx, t.limit, t.b.ChainID)
}

func (t timedBackend) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return bounded(ctx, t.limit, func(ctx context.Context) (*types.Header, error) { return t.b.HeaderByNumber(ctx, number) })
}

func (t timedBackend) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return bounded(ctx, t.limit, func(ctx context.Context) ([]byte, error) { return t.b.CallContract(ctx, call, block) })
}

// bounded runs one node call with a deadline limit from now (ctx alone when limit <= 0). The call's error
// then says context.DeadlineExceeded, and the caller's ctx stays live: the log reader retries a timed-out
// eth_getLogs as passing trouble, and Sync returns any other timed-out call as an error for Run to retry.
func bounded[T any](ctx context.Context, limit time.Duration, call func(context.Context) (T, error)) (T, error) {
	if limit > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	return call(ctx)
}
