package logs

import (
	"context"
	"errors"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// fakeNode is an in-memory node holding logs across blocks 0..head. Like a public provider it refuses
// eth_getLogs over maxRange blocks or maxResults logs, in the words of its shape; fail injects other errors.
type fakeNode struct {
	logs       []types.Log // in block order
	head       uint64
	shape      faultproxy.Shape
	maxRange   uint64
	maxResults int
	// fail, when set, may fail call n (from 1) before the limits apply.
	fail func(n int, from, to uint64) error
	// onCall, when set, sees every eth_getLogs request as it starts.
	onCall func(n int, from, to uint64)

	mu       sync.Mutex
	calls    int
	heads    int
	requests [][2]uint64
	hashQ    []common.Hash
}

// makeLogs puts perBlock(b) logs in each block 0..head.
func makeLogs(head uint64, perBlock func(b uint64) int) []types.Log {
	var out []types.Log
	idx := uint(0)
	for b := uint64(0); b <= head; b++ {
		for i := 0; i < perBlock(b); i++ {
			out = append(out, types.Log{
				BlockNumber: b,
				Index:       idx,
				TxIndex:     uint(i),
				Data:        []byte{byte(b), byte(b >> 8), byte(i)},
			})
			idx++
		}
	}
	return out
}

func newFake(head uint64, perBlock func(uint64) int, provider string, maxRange uint64, maxResults int) *fakeNode {
	shape, err := faultproxy.ShapeOf(provider)
	if err != nil {
		panic(err)
	}
	return &fakeNode{logs: makeLogs(head, perBlock), head: head, shape: shape, maxRange: maxRange, maxResults: maxResults}
}

func (f *fakeNode) BlockNumber(ctx context.Context) (uint64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.heads++
	return f.head, nil
}

func (f *fakeNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f.mu.Lock()
	f.calls++
	n := f.calls
	if q.BlockHash != nil {
		f.hashQ = append(f.hashQ, *q.BlockHash)
		fail := f.fail
		f.mu.Unlock()
		if fail != nil {
			if err := fail(n, 0, 0); err != nil {
				return nil, err
			}
		}
		return []types.Log{{BlockHash: *q.BlockHash}}, nil
	}
	if q.FromBlock == nil || q.ToBlock == nil {
		f.mu.Unlock()
		return nil, errors.New("fake: the reader must always send both bounds")
	}
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	f.requests = append(f.requests, [2]uint64{from, to})
	onCall, fail := f.onCall, f.fail
	f.mu.Unlock()

	if onCall != nil {
		onCall(n, from, to)
	}
	if fail != nil {
		if err := fail(n, from, to); err != nil {
			return nil, err
		}
	}
	if from > to || to > f.head {
		return nil, &faultproxy.RPCError{Code: -32602, Message: "invalid block range params"}
	}
	if f.maxRange > 0 && to-from+1 > f.maxRange {
		return nil, f.shape.TooWide(from, to, f.maxRange)
	}
	lo := sort.Search(len(f.logs), func(i int) bool { return f.logs[i].BlockNumber >= from })
	hi := sort.Search(len(f.logs), func(i int) bool { return f.logs[i].BlockNumber > to })
	if f.maxResults > 0 && hi-lo > f.maxResults {
		fit := from
		if b := f.logs[lo+f.maxResults].BlockNumber; b > from {
			fit = b - 1
		}
		return nil, f.shape.TooMany(from, to, uint64(f.maxResults), fit)
	}
	return append([]types.Log(nil), f.logs[lo:hi]...), nil
}

func (f *fakeNode) numCalls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

// between returns the fake's logs in [from, to].
func (f *fakeNode) between(from, to uint64) []types.Log {
	var out []types.Log
	for _, l := range f.logs {
		if l.BlockNumber >= from && l.BlockNumber <= to {
			out = append(out, l)
		}
	}
	return out
}

// sleeps records the waits a reader asks for instead of sleeping.
type sleeps struct {
	mu sync.Mutex
	ds []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ds = append(s.ds, d)
	return nil
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.ds...)
}

func query(from uint64, to *uint64) ethereum.FilterQuery {
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from)}
	if to != nil {
		q.ToBlock = new(big.Int).SetUint64(*to)
	}
	return q
}

func ptr[T any](v T) *T { return &v }

// density is a deterministic 0–3 logs per block.
func density(b uint64) int { return int((b*7 + b/13) % 4) }
