package logs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// Every provider's refusals, by block range and by result count, still give every log exactly once, in
// order.
func TestFetchEveryProviderShape(t *testing.T) {
	const head = 1999
	limits := []struct {
		name       string
		maxRange   uint64
		maxResults int
	}{
		{"range limit", 150, 0},
		{"result limit", 0, 40},
		{"both", 300, 60},
	}
	for _, provider := range faultproxy.Providers() {
		for _, l := range limits {
			t.Run(provider+"/"+l.name, func(t *testing.T) {
				f := newFake(head, density, provider, l.maxRange, l.maxResults)
				r := New(f, WithMaxRange(1000), WithSleep(new(sleeps).sleep))
				got, err := r.Fetch(t.Context(), query(0, ptr[uint64](head)))
				require.NoError(t, err)
				require.Equal(t, f.logs, got)
				st := r.Stats()
				assert.Equal(t, uint64(len(f.logs)), st.Logs)
				assert.Equal(t, uint64(f.numCalls()), st.Calls)
				assert.Positive(t, st.Shrinks)
				assert.Zero(t, st.Retries)
			})
		}
	}
}

// A range the provider names is used at once: one refusal, then pages of exactly that size, never widened
// past it. Halving (no number in the message) costs more requests.
func TestSuggestedRangeIsUsed(t *testing.T) {
	const head = 999 // 1,000 blocks; a 100-block limit means 10 pages
	tests := []struct {
		provider  string
		wantCalls int
	}{
		{"cloudflare", 11},
		{"geth", 11}, // says 99: to-from, so 100 blocks
		{"quicknode", 11},
		{"avalanche", 11},
		{"hyperliquid", 11},
		{"coinbase", 11},
		{"moonbeam", 11},
		{"arbitrum", 11},
		{"anvil", 11},
	}
	for _, tt := range tests {
		t.Run(tt.provider, func(t *testing.T) {
			f := newFake(head, density, tt.provider, 100, 0)
			r := New(f, WithMaxRange(1000))
			got, err := r.Fetch(t.Context(), query(0, ptr[uint64](head)))
			require.NoError(t, err)
			require.Equal(t, f.logs, got)
			assert.Equal(t, tt.wantCalls, f.numCalls(), "requests: %v", f.requests)
			assert.Equal(t, uint64(100), r.Range())
			for _, q := range f.requests[1:] {
				assert.Equal(t, uint64(99), q[1]-q[0], "every page after the refusal is 100 blocks")
			}
		})
	}

	t.Run("suggestions without a cap (alchemy, infura) cost at most one refusal per widening", func(t *testing.T) {
		for _, provider := range []string{"alchemy", "infura"} {
			f := newFake(head, density, provider, 100, 0)
			r := New(f, WithMaxRange(1000))
			got, err := r.Fetch(t.Context(), query(0, ptr[uint64](head)))
			require.NoError(t, err)
			require.Equal(t, f.logs, got)
			assert.Equal(t, uint64(99), f.requests[1][1]-f.requests[1][0], "%s: the suggested range comes next", provider)
			pages := 10
			assert.LessOrEqual(t, f.numCalls(), pages+1+pages/DefaultGrowAfter, provider)
		}
	})

	t.Run("halving needs more requests", func(t *testing.T) {
		named := newFake(head, density, "cloudflare", 100, 0)
		_, err := New(named, WithMaxRange(1000)).Fetch(t.Context(), query(0, ptr[uint64](head)))
		require.NoError(t, err)
		halved := newFake(head, density, "optimism", 100, 0)
		got, err := New(halved, WithMaxRange(1000)).Fetch(t.Context(), query(0, ptr[uint64](head)))
		require.NoError(t, err)
		require.Equal(t, halved.logs, got)
		assert.Greater(t, halved.numCalls(), named.numCalls())
	})
}

// After a dense stretch forces small pages, sparse blocks widen them back to the max.
func TestRangeGrowsBack(t *testing.T) {
	const head = 20_000
	dense := func(b uint64) int {
		if b < 200 {
			return 5
		}
		if b%500 == 0 {
			return 1
		}
		return 0
	}
	f := newFake(head, dense, "geth", 0, 50)
	r := New(f, WithMaxRange(2000))
	got, err := r.Fetch(t.Context(), query(0, ptr[uint64](head)))
	require.NoError(t, err)
	require.Equal(t, f.logs, got)
	st := r.Stats()
	assert.Positive(t, st.Shrinks)
	assert.Positive(t, st.Grows)
	assert.Equal(t, uint64(2000), r.Range())
}

// Passing trouble is retried with backoff and then succeeds.
func TestTransientErrorsAreRetried(t *testing.T) {
	timeout := &net.OpError{Op: "read", Net: "tcp", Err: timeoutErr{}}
	tests := []struct {
		name string
		err  error
	}{
		{"HTTP 429", rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}},
		{"HTTP 503", rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}},
		{"HTTP 502 with a body", rpc.HTTPError{StatusCode: 502, Status: "502 Bad Gateway", Body: []byte("<html>bad gateway</html>")}},
		{"alchemy capacity", &faultproxy.RPCError{Code: 429, Message: "Your app has exceeded its compute units per second capacity."}},
		{"infura rate limit", &faultproxy.RPCError{Code: -32005, Message: "daily request count exceeded, request rate limited"}},
		{"connection reset", fmt.Errorf("post: %w", syscall.ECONNRESET)},
		{"connection refused", fmt.Errorf("dial: %w", syscall.ECONNREFUSED)},
		{"EOF", fmt.Errorf("post: %w", io.EOF)},
		{"timeout", timeout},
		{"header not found at the head", &faultproxy.RPCError{Code: -32000, Message: "header not found"}},
		{"anvil behind the head", &faultproxy.RPCError{Code: -32000, Message: "BlockOutOfRangeError: block height is 10 but requested was 11"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(300, density, "geth", 0, 0)
			f.fail = func(n int, _, _ uint64) error {
				if n <= 2 {
					return tt.err
				}
				return nil
			}
			s := new(sleeps)
			r := New(f, WithSleep(s.sleep), WithBackoff(100*time.Millisecond, time.Second))
			got, err := r.Fetch(t.Context(), query(0, ptr[uint64](300)))
			require.NoError(t, err)
			require.Equal(t, f.logs, got)
			assert.Equal(t, uint64(2), r.Stats().Retries)
			waits := s.all()
			require.Len(t, waits, 2)
			assert.InDelta(t, 75*time.Millisecond, waits[0], float64(25*time.Millisecond), "half to all of the base")
			assert.InDelta(t, 150*time.Millisecond, waits[1], float64(50*time.Millisecond), "doubled")
		})
	}
}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

// A Retry-After the endpoint gives is waited exactly.
func TestRetryAfterIsHonoured(t *testing.T) {
	tests := []struct {
		body string
		want time.Duration
	}{
		{`{"jsonrpc":"2.0","error":{"code":429,"message":"Too Many Requests: rate limit exceeded, retry after 1500ms"}}`, 1500 * time.Millisecond},
		{`Retry-After: 3`, 3 * time.Second},
		{`{"error":{"code":-32005,"message":"limit exceeded","data":{"retry_after":2}}}`, 2 * time.Second},
		{`slow down, try again in 4 seconds`, 4 * time.Second},
		{`retry after 3600`, maxRetryAfter},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			f := newFake(10, density, "geth", 0, 0)
			f.fail = func(n int, _, _ uint64) error {
				if n == 1 {
					return rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests", Body: []byte(tt.body)}
				}
				return nil
			}
			s := new(sleeps)
			_, err := New(f, WithSleep(s.sleep)).Fetch(t.Context(), query(0, ptr[uint64](10)))
			require.NoError(t, err)
			assert.Equal(t, []time.Duration{tt.want}, s.all())
		})
	}
}

// A 5xx that never ends gives up after the configured tries, with one sentence naming what happened.
func TestPersistentServerErrorGivesUp(t *testing.T) {
	f := newFake(5000, density, "geth", 0, 0)
	f.fail = func(int, uint64, uint64) error {
		return rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable", Body: []byte("upstream overloaded")}
	}
	s := new(sleeps)
	r := New(f, WithSleep(s.sleep), WithRetries(5), WithBackoff(100*time.Millisecond, 400*time.Millisecond),
		WithEndpoint("https://eth-mainnet.example.com/v2/abcdefghijklmnopqrstuvwxyz?key=secret"))
	_, err := r.Fetch(t.Context(), query(100, ptr[uint64](5000)))
	require.Error(t, err)
	var le *Error
	require.ErrorAs(t, err, &le)
	assert.Equal(t, 5, le.Tries)
	assert.Equal(t, 5, f.numCalls())
	var he rpc.HTTPError
	require.ErrorAs(t, err, &he, "Unwrap reaches the endpoint's error")
	assert.Equal(t, 503, he.StatusCode)
	assert.Equal(t, "the RPC endpoint https://eth-mainnet.example.com/v2/*** refused eth_getLogs for blocks 100–5000 "+
		"(HTTP 503); retried and gave up after 5 tries: 503 Service Unavailable: upstream overloaded", err.Error())
	waits := s.all()
	require.Len(t, waits, 4)
	for i, d := range []time.Duration{100, 200, 400, 400} {
		d *= time.Millisecond
		assert.GreaterOrEqual(t, waits[i], d/2, "wait %d", i)
		assert.LessOrEqual(t, waits[i], d, "wait %d", i)
	}
}

// Errors no retry or range can fix fail at once.
func TestNonTransientErrorsFailAtOnce(t *testing.T) {
	tests := []struct {
		name     string
		err      error
		wantWhat string
	}{
		{"invalid params", &faultproxy.RPCError{Code: -32602, Message: "invalid argument 0: hex string without 0x prefix"}, "rejected"},
		{"too many topics", &faultproxy.RPCError{Code: -32602, Message: "exceed max topics"}, "too many addresses or topics in the filter"},
		{"HTTP 401", rpc.HTTPError{StatusCode: 401, Status: "401 Unauthorized", Body: []byte("invalid API key")}, "rejected"},
		{"method not found", &faultproxy.RPCError{Code: -32601, Message: "the method eth_getLogs does not exist/is not available"}, "rejected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(100, density, "geth", 0, 0)
			f.fail = func(int, uint64, uint64) error { return tt.err }
			s := new(sleeps)
			_, err := New(f, WithSleep(s.sleep)).Fetch(t.Context(), query(0, ptr[uint64](100)))
			var le *Error
			require.ErrorAs(t, err, &le)
			assert.Equal(t, 1, f.numCalls())
			assert.Empty(t, s.all())
			assert.Equal(t, tt.wantWhat, le.What)
			assert.Equal(t, "gave up at once", le.Action)
			assert.Equal(t, tt.err, errors.Unwrap(err))
			assert.Contains(t, err.Error(), "refused eth_getLogs for blocks 0–100 ("+tt.wantWhat+"); gave up at once: ")
		})
	}
}

// One block with more logs than the provider returns cannot be read: the error says so.
func TestOneBlockTooManyResults(t *testing.T) {
	perBlock := func(b uint64) int {
		if b == 150 {
			return 30
		}
		return 1
	}
	for _, provider := range []string{"geth", "alchemy", "infura", "arbitrum"} {
		t.Run(provider, func(t *testing.T) {
			f := newFake(400, perBlock, provider, 0, 20)
			r := New(f, WithMaxRange(200), WithEndpoint("https://x"))
			_, err := r.Fetch(t.Context(), query(100, ptr[uint64](400)))
			var le *Error
			require.ErrorAs(t, err, &le)
			assert.Equal(t, uint64(150), le.From)
			assert.Equal(t, "narrowed the range to 1 block (150) and gave up", le.Action)
			assert.Regexp(t, `^the RPC endpoint https://x refused eth_getLogs for (block 150|blocks 150–\d+) \([a-z ]+\); `+
				`narrowed the range to 1 block \(150\) and gave up( after \d+ tries)?: .+`, err.Error())
		})
	}
}

// Cancelling the context stops a request in flight and a wait between retries, returning ctx's error.
func TestCancellationReturnsPromptly(t *testing.T) {
	t.Run("during a request", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		started := make(chan struct{})
		src := blockingSource{started: started}
		done := make(chan error, 1)
		go func() {
			_, err := New(src).Fetch(ctx, query(0, ptr[uint64](10)))
			done <- err
		}()
		<-started
		cancel()
		assert.ErrorIs(t, <-done, context.Canceled)
	})
	t.Run("during a backoff", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		f := newFake(10, density, "geth", 0, 0)
		f.fail = func(int, uint64, uint64) error { return rpc.HTTPError{StatusCode: 503, Status: "503"} }
		sleeping := make(chan struct{}, 1)
		sleep := func(ctx context.Context, d time.Duration) error {
			sleeping <- struct{}{}
			return sleepCtx(ctx, d) // a real wait of an hour: only the cancel ends it
		}
		r := New(f, WithSleep(sleep), WithBackoff(time.Hour, time.Hour))
		done := make(chan error, 1)
		go func() {
			_, err := r.Fetch(ctx, query(0, ptr[uint64](10)))
			done <- err
		}()
		<-sleeping
		cancel()
		err := <-done
		assert.ErrorIs(t, err, context.Canceled)
		assert.Equal(t, 1, f.numCalls())
	})
	t.Run("scan with prefetch", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		f := newFake(5000, density, "geth", 0, 0)
		r := New(f, WithMaxRange(100), WithPrefetch(4))
		pages := 0
		err := r.Scan(ctx, query(0, ptr[uint64](5000)), func(uint64, uint64, []types.Log) error {
			if pages++; pages == 3 {
				cancel()
			}
			return nil
		})
		assert.ErrorIs(t, err, context.Canceled)
	})
}

// blockingSource answers nothing until the context ends.
type blockingSource struct{ started chan struct{} }

func (b blockingSource) FilterLogs(ctx context.Context, _ ethereum.FilterQuery) ([]types.Log, error) {
	close(b.started)
	<-ctx.Done()
	return nil, fmt.Errorf("post: %w", ctx.Err())
}

func (b blockingSource) BlockNumber(context.Context) (uint64, error) { return 0, errors.New("unused") }

// Scan pages the range contiguously and in order, also when it fetches ahead and when pages narrow.
func TestScanPagesInOrder(t *testing.T) {
	const head = 3000
	for _, prefetch := range []int{1, 2, 4} {
		for _, limit := range []uint64{0, 170} {
			t.Run(fmt.Sprintf("prefetch %d, limit %d", prefetch, limit), func(t *testing.T) {
				f := newFake(head, density, "quicknode", limit, 0)
				r := New(f, WithMaxRange(500), WithPrefetch(prefetch))
				var got []types.Log
				next := uint64(7)
				err := r.Scan(t.Context(), query(7, ptr[uint64](head)), func(from, to uint64, logs []types.Log) error {
					require.Equal(t, next, from, "contiguous")
					require.GreaterOrEqual(t, to, from)
					for _, l := range logs {
						require.True(t, l.BlockNumber >= from && l.BlockNumber <= to)
					}
					got = append(got, logs...)
					next = to + 1
					return nil
				})
				require.NoError(t, err)
				assert.Equal(t, uint64(head+1), next, "covers up to the last block")
				require.Equal(t, f.between(7, head), got)
			})
		}
	}
}

// With prefetch n, n pages are being fetched while the callback still holds the first.
func TestScanPrefetchFetchesAhead(t *testing.T) {
	const n = 4
	f := newFake(10_000, density, "geth", 0, 0)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	started := 0
	f.onCall = func(int, uint64, uint64) {
		mu.Lock()
		started++
		cond.Broadcast()
		mu.Unlock()
	}
	r := New(f, WithMaxRange(100), WithPrefetch(n))
	first := true
	err := r.Scan(t.Context(), query(0, ptr[uint64](10_000)), func(uint64, uint64, []types.Log) error {
		if first {
			first = false
			mu.Lock()
			for started < 1+n { // waits on the fetches, not on a clock
				cond.Wait()
			}
			mu.Unlock()
		}
		return nil
	})
	require.NoError(t, err)
}

// The callback's error stops the scan and comes back as is.
func TestScanStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop here")
	for _, prefetch := range []int{1, 3} {
		t.Run(fmt.Sprint("prefetch ", prefetch), func(t *testing.T) {
			f := newFake(5000, density, "geth", 0, 0)
			r := New(f, WithMaxRange(100), WithPrefetch(prefetch))
			calls := 0
			err := r.Scan(t.Context(), query(0, ptr[uint64](5000)), func(uint64, uint64, []types.Log) error {
				if calls++; calls == 3 {
					return stop
				}
				return nil
			})
			assert.Same(t, stop, err)
			assert.Equal(t, 3, calls)
			assert.Less(t, f.numCalls(), 50, "the scan stopped early")
		})
	}
}

// How a query's bounds are read.
func TestFetchBounds(t *testing.T) {
	t.Run("no FromBlock is an error", func(t *testing.T) {
		f := newFake(10, density, "geth", 0, 0)
		_, err := New(f).Fetch(t.Context(), ethereum.FilterQuery{})
		require.ErrorContains(t, err, "no FromBlock")
		assert.Zero(t, f.numCalls())
	})
	t.Run("no ToBlock reads to the head, asked once", func(t *testing.T) {
		f := newFake(2500, density, "geth", 0, 0)
		r := New(f, WithMaxRange(100))
		got, err := r.Fetch(t.Context(), query(5, nil))
		require.NoError(t, err)
		assert.Equal(t, f.between(5, 2500), got)
		assert.Equal(t, 1, f.heads)
		assert.Equal(t, uint64(1), r.Stats().Heads)
	})
	t.Run("latest and earliest tags", func(t *testing.T) {
		f := newFake(300, density, "geth", 0, 0)
		got, err := New(f).Fetch(t.Context(), ethereum.FilterQuery{
			FromBlock: big.NewInt(int64(rpc.EarliestBlockNumber)), ToBlock: big.NewInt(int64(rpc.LatestBlockNumber))})
		require.NoError(t, err)
		assert.Equal(t, f.logs, got)
	})
	t.Run("finalized is refused", func(t *testing.T) {
		f := newFake(300, density, "geth", 0, 0)
		_, err := New(f).Fetch(t.Context(), ethereum.FilterQuery{
			FromBlock: big.NewInt(0), ToBlock: big.NewInt(int64(rpc.FinalizedBlockNumber))})
		require.ErrorContains(t, err, `"finalized" is not supported`)
	})
	t.Run("from after to is empty", func(t *testing.T) {
		f := newFake(300, density, "geth", 0, 0)
		got, err := New(f).Fetch(t.Context(), query(301, ptr[uint64](300)))
		require.NoError(t, err)
		assert.Empty(t, got)
		assert.Zero(t, f.numCalls())
	})
	t.Run("a block-hash query passes through", func(t *testing.T) {
		f := newFake(300, density, "geth", 0, 0)
		h := common.HexToHash("0xabc")
		got, err := New(f).Fetch(t.Context(), ethereum.FilterQuery{BlockHash: &h})
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, []common.Hash{h}, f.hashQ)
		assert.Empty(t, f.requests)
	})
	t.Run("a refused block-hash query names the block", func(t *testing.T) {
		f := newFake(300, density, "geth", 0, 0)
		f.fail = func(int, uint64, uint64) error { return &faultproxy.RPCError{Code: -32000, Message: "unknown block"} }
		h := common.HexToHash("0xabc")
		s := new(sleeps)
		_, err := New(f, WithSleep(s.sleep), WithRetries(3)).Fetch(t.Context(), ethereum.FilterQuery{BlockHash: &h})
		require.EqualError(t, err, "the RPC endpoint refused eth_getLogs for block "+h.Hex()+
			" (node behind the head); retried and gave up after 3 tries: unknown block")
		assert.Len(t, s.all(), 2)
	})
	t.Run("the head is retried like a page", func(t *testing.T) {
		src := &flakyHead{fakeNode: newFake(50, density, "geth", 0, 0), fails: 2}
		s := new(sleeps)
		got, err := New(src, WithSleep(s.sleep)).Fetch(t.Context(), query(0, nil))
		require.NoError(t, err)
		assert.Len(t, got, len(src.logs))
		assert.Len(t, s.all(), 2)
	})
}

type flakyHead struct {
	*fakeNode
	fails int
}

func (f *flakyHead) BlockNumber(ctx context.Context) (uint64, error) {
	if f.fails > 0 {
		f.fails--
		return 0, rpc.HTTPError{StatusCode: 502, Status: "502 Bad Gateway"}
	}
	return f.fakeNode.BlockNumber(ctx)
}

// Several callers share one reader (and what it learns) safely.
func TestConcurrentCallers(t *testing.T) {
	f := newFake(4000, density, "cloudflare", 250, 0)
	r := New(f, WithMaxRange(2000), WithPrefetch(2))
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range errs {
		wg.Go(func() {
			from := uint64(i * 500)
			got, err := r.Fetch(t.Context(), query(from, ptr[uint64](4000)))
			if err == nil && !assert.Equal(t, f.between(from, 4000), got) {
				err = errors.New("wrong logs")
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, uint64(250), r.Range())
}

// Random data, limits, providers, trouble and prefetch: every log, once, in order.
func TestRandomLimits(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	providers := faultproxy.Providers()
	for i := range 40 {
		head := uint64(100 + rng.IntN(1500))
		maxPer := 1 + rng.IntN(4)
		seed := rng.Uint64()
		perBlock := func(b uint64) int { return int((b*2654435761 + seed) % uint64(maxPer+1)) }
		provider := providers[rng.IntN(len(providers))]
		var maxRange uint64
		if rng.IntN(3) > 0 {
			maxRange = uint64(1 + rng.IntN(300))
		}
		maxResults := 0
		if rng.IntN(3) > 0 {
			maxResults = maxPer + rng.IntN(60)
		}
		failEvery := 0
		if rng.IntN(2) == 0 {
			failEvery = 2 + rng.IntN(5)
		}
		prefetch := 1 + rng.IntN(4)
		from := uint64(rng.IntN(int(head)))
		name := fmt.Sprintf("%d/%s range=%d results=%d fail=%d prefetch=%d", i, provider, maxRange, maxResults, failEvery, prefetch)
		t.Run(name, func(t *testing.T) {
			f := newFake(head, perBlock, provider, maxRange, maxResults)
			if failEvery > 0 {
				// Every failEvery-th range is refused on its first two tries. (A shared request counter would let
				// concurrent prefetches keep landing one range's retries on the refused numbers: how often depends
				// on scheduling, so a busy machine could exhaust the retries.)
				var mu sync.Mutex
				tries := map[[2]uint64]int{}
				f.fail = func(_ int, from, to uint64) error {
					mu.Lock()
					defer mu.Unlock()
					k := [2]uint64{from, to}
					tries[k]++
					if (from*31+to)%uint64(failEvery) == 0 && tries[k] <= 2 {
						return rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}
					}
					return nil
				}
			}
			r := New(f, WithMaxRange(uint64(1+rng.IntN(2000))), WithPrefetch(prefetch), WithSleep(new(sleeps).sleep))
			got, err := r.Fetch(t.Context(), query(from, ptr(head)))
			require.NoError(t, err)
			require.Equal(t, f.between(from, head), got)
		})
	}
}

func TestOptions(t *testing.T) {
	t.Run("initial range and growth", func(t *testing.T) {
		f := newFake(2000, density, "geth", 0, 0)
		r := New(f, WithMaxRange(400), WithInitialRange(50), WithGrowAfter(2))
		_, err := r.Fetch(t.Context(), query(0, ptr[uint64](2000)))
		require.NoError(t, err)
		var sizes []uint64
		for _, q := range f.requests {
			sizes = append(sizes, q[1]-q[0]+1)
		}
		assert.Equal(t, []uint64{50, 50, 100, 100, 200, 200, 400, 400, 400, 101}, sizes)
		assert.Equal(t, uint64(3), r.Stats().Grows)
	})
	t.Run("no max range asks for everything at once", func(t *testing.T) {
		f := newFake(50_000, func(uint64) int { return 0 }, "geth", 0, 0)
		r := New(f, WithMaxRange(0))
		assert.Zero(t, r.Range())
		_, err := r.Fetch(t.Context(), query(0, ptr[uint64](50_000)))
		require.NoError(t, err)
		assert.Equal(t, [][2]uint64{{0, 50_000}}, f.requests)
	})
	t.Run("min range", func(t *testing.T) {
		f := newFake(500, func(b uint64) int { return int(b % 3) }, "geth", 0, 5)
		_, err := New(f, WithMinRange(10)).Fetch(t.Context(), query(0, ptr[uint64](500)))
		var le *Error
		require.ErrorAs(t, err, &le)
		assert.Equal(t, "narrowed the range to 10 blocks (0–9), the least allowed, and gave up", le.Action)
	})
	t.Run("logger", func(t *testing.T) {
		var buf bytes.Buffer
		log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
		f := newFake(500, density, "cloudflare", 100, 0)
		_, err := New(f, WithLogger(log)).Fetch(t.Context(), query(0, ptr[uint64](500)))
		require.NoError(t, err)
		assert.Contains(t, buf.String(), "eth_getLogs narrowed")
		assert.Contains(t, buf.String(), "provider=cloudflare")
	})
	t.Run("the head refused", func(t *testing.T) {
		src := &refusedHead{newFake(10, density, "geth", 0, 0)}
		_, err := New(src, WithEndpoint("http://127.0.0.1:8545")).Fetch(t.Context(), query(0, nil))
		var le *Error
		require.ErrorAs(t, err, &le)
		assert.Equal(t, "the RPC endpoint http://127.0.0.1:8545 refused eth_blockNumber (rejected); gave up at once: "+
			"the method eth_blockNumber does not exist/is not available", err.Error())
	})
}

type refusedHead struct{ *fakeNode }

func (refusedHead) BlockNumber(context.Context) (uint64, error) {
	return 0, &faultproxy.RPCError{Code: -32601, Message: "the method eth_blockNumber does not exist/is not available"}
}
