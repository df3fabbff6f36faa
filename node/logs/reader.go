// Package logs is the one way the node reads event logs: eth_getLogs in pages that public RPC providers
// accept. Providers cap the blocks per query (commonly 10,000; free tiers 500–2,000) and the results per
// answer (commonly 10,000), each saying so in its own words; some name a range that would work. The Reader
// pages a range, narrows the page when refused and widens it again as answers come back, uses the range a
// provider names, retries passing trouble with backoff, and fails with one sentence a person can act on.
package logs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Source is what the reader needs from a node; *ethclient.Client satisfies it.
type Source interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Defaults.
const (
	DefaultMaxRange    = 10_000 // what most providers accept
	DefaultRetries     = 6
	DefaultBackoffBase = 250 * time.Millisecond
	DefaultBackoffMax  = 10 * time.Second
	DefaultGrowAfter   = 4 // successes in a row before the range doubles
)

// Option configures a Reader.
type Option func(*Reader)

// WithEndpoint names the endpoint in errors (secrets in its URL are hidden).
func WithEndpoint(url string) Option { return func(r *Reader) { r.endpoint = redact(url) } }

// WithMaxRange caps the blocks per request (default 10,000); 0 = no cap.
func WithMaxRange(n uint64) Option { return func(r *Reader) { r.maxRange = n } }

// WithInitialRange sets the first page size (default: the max range).
func WithInitialRange(n uint64) Option { return func(r *Reader) { r.initial = n } }

// WithMinRange is the smallest page the reader narrows to before giving up (default 1).
func WithMinRange(n uint64) Option { return func(r *Reader) { r.minRange = max(n, 1) } }

// WithRetries sets how many requests in a row may fail with passing trouble before the reader gives up
// (default 6).
func WithRetries(n int) Option { return func(r *Reader) { r.retries = max(n, 1) } }

// WithBackoff sets the first wait after passing trouble and the longest (defaults 250ms, 10s); waits
// double with random jitter. A Retry-After the endpoint gives is used instead.
func WithBackoff(base, maxWait time.Duration) Option {
	return func(r *Reader) { r.backoffBase, r.backoffMax = base, maxWait }
}

// WithSleep replaces the wait between retries (tests record the waits instead of sleeping). It must return
// ctx's error when ctx ends first.
func WithSleep(sleep func(ctx context.Context, d time.Duration) error) Option {
	return func(r *Reader) { r.sleep = sleep }
}

// WithLogger logs narrowing, widening and retries at debug level.
func WithLogger(l *slog.Logger) Option { return func(r *Reader) { r.log = l } }

// WithPrefetch lets Scan fetch up to n pages ahead while its callback runs (default 1: one at a time).
func WithPrefetch(n int) Option { return func(r *Reader) { r.prefetch = max(n, 1) } }

// WithGrowAfter sets how many successful requests in a row double the page size (default 4).
func WithGrowAfter(n int) Option { return func(r *Reader) { r.growAfter = max(n, 1) } }

// Reader reads logs in pages. It is safe for concurrent use; the page size it has learnt is shared by all
// calls, so one refusal teaches every caller.
type Reader struct {
	src                     Source
	endpoint                string
	maxRange, initial       uint64
	minRange                uint64
	retries                 int
	backoffBase, backoffMax time.Duration
	sleep                   func(context.Context, time.Duration) error
	log                     *slog.Logger
	prefetch                int
	callTimeout             time.Duration
	growAfter               int

	mu      sync.Mutex
	size    uint64 // current page size in blocks; 0 = unbounded
	ceiling uint64 // a cap the provider named; 0 = none known
	streak  int    // successes in a row since the last change
	// What the reader saw of the endpoint's cap on blocks per request (see Learned).
	start    uint64 // the page size it started at
	wide     uint64 // the narrowest request refused as too wide; 0 = none
	wideNext uint64 // the page size that refusal narrowed to
	answered uint64 // the widest request answered (narrower than wide, once there is one)

	stats struct{ calls, heads, shrinks, grows, retries, logs atomic.Uint64 }
}

// New returns a reader over src.
func New(src Source, opts ...Option) *Reader {
	r := &Reader{
		src:         src,
		maxRange:    DefaultMaxRange,
		minRange:    1,
		retries:     DefaultRetries,
		backoffBase: DefaultBackoffBase,
		backoffMax:  DefaultBackoffMax,
		sleep:       sleepCtx,
		log:         slog.New(slog.DiscardHandler),
		prefetch:    1,
		growAfter:   DefaultGrowAfter,
	}
	for _, o := range opts {
		o(r)
	}
	r.size = r.maxRange
	if r.initial != 0 {
		r.size = r.capSize(r.initial)
	}
	r.start = r.size
	return r
}

// Range is the current page size in blocks (0 = unbounded).
func (r *Reader) Range() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.size
}

// Stats counts what a reader has done, for benchmarks and metrics.
type Stats struct {
	Calls   uint64 // eth_getLogs requests sent
	Heads   uint64 // eth_blockNumber requests sent
	Shrinks uint64 // times the page size was narrowed
	Grows   uint64 // times it was widened again
	Retries uint64 // requests retried after passing trouble
	Logs    uint64 // logs delivered
}

// Stats returns the counts so far.
func (r *Reader) Stats() Stats {
	return Stats{
		Calls: r.stats.calls.Load(), Heads: r.stats.heads.Load(), Shrinks: r.stats.shrinks.Load(),
		Grows: r.stats.grows.Load(), Retries: r.stats.retries.Load(), Logs: r.stats.logs.Load(),
	}
}

// Fetch returns all logs of q in block order. q.FromBlock must be set: the reader never scans from genesis
// by accident. q.ToBlock nil (or "latest") means the head, asked once. A q.BlockHash query is sent as is.
// An empty range (from after to) has no logs.
func (r *Reader) Fetch(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.BlockHash != nil {
		var out []types.Log
		err := r.retry(ctx, methodGetLogs, func(ctx context.Context) error {
			r.stats.calls.Add(1)
			var err error
			out, err = timed(ctx, r.callTimeout, func(ctx context.Context) ([]types.Log, error) { return r.src.FilterLogs(ctx, q) })
			return err
		})
		var le *Error
		if errors.As(err, &le) {
			le.BlockHash = *q.BlockHash
		}
		if err != nil {
			return nil, err
		}
		r.stats.logs.Add(uint64(len(out)))
		return out, nil
	}
	var out []types.Log
	err := r.Scan(ctx, q, func(_, _ uint64, logs []types.Log) error {
		out = append(out, logs...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Scan pages q's range in order, calling fn once per page fetched; the pages are contiguous and cover
// [from, to] exactly. With WithPrefetch(n > 1) it fetches up to n pages ahead while fn runs, still calling
// fn in order. fn's error stops the scan and is returned as is. Block ranges are resolved as in Fetch;
// a q.BlockHash query is refused (use Fetch).
func (r *Reader) Scan(ctx context.Context, q ethereum.FilterQuery, fn func(from, to uint64, logs []types.Log) error) error {
	if q.BlockHash != nil {
		return errors.New("logs: Scan pages block ranges; use Fetch for a block-hash query")
	}
	from, to, err := r.bounds(ctx, q)
	if err != nil {
		return err
	}
	if from > to {
		return nil
	}
	if r.prefetch <= 1 {
		return r.walk(ctx, q, from, to, func(p page) error { return fn(p.from, p.to, p.logs) })
	}
	return r.scanAhead(ctx, q, from, to, fn)
}

// bounds resolves the query's block range.
func (r *Reader) bounds(ctx context.Context, q ethereum.FilterQuery) (from, to uint64, err error) {
	if q.FromBlock == nil {
		return 0, 0, errors.New("logs: the query has no FromBlock: give the first block to read (the reader never scans from genesis implicitly)")
	}
	head := func() (uint64, error) {
		var n uint64
		err := r.retry(ctx, methodBlockNumber, func(ctx context.Context) error {
			r.stats.heads.Add(1)
			var err error
			n, err = timed(ctx, r.callTimeout, r.src.BlockNumber)
			return err
		})
		return n, err
	}
	var headN *uint64 // asked at most once
	resolve := func(b *big.Int, name string) (uint64, error) {
		if b != nil && b.Sign() >= 0 {
			if !b.IsUint64() {
				return 0, fmt.Errorf("logs: %s %s is not a block number", name, b)
			}
			return b.Uint64(), nil
		}
		tag := rpc.LatestBlockNumber
		if b != nil {
			if !b.IsInt64() {
				return 0, fmt.Errorf("logs: %s %s is not a block number", name, b)
			}
			tag = rpc.BlockNumber(b.Int64())
		}
		switch tag {
		case rpc.LatestBlockNumber, rpc.PendingBlockNumber:
			if headN == nil {
				n, err := head()
				if err != nil {
					return 0, err
				}
				headN = &n
			}
			return *headN, nil
		case rpc.EarliestBlockNumber:
			return 0, nil
		}
		return 0, fmt.Errorf("logs: %s %q is not supported: give a block number (or nil ToBlock for the head)", name, tag.String())
	}
	if from, err = resolve(q.FromBlock, "FromBlock"); err != nil {
		return 0, 0, err
	}
	if to, err = resolve(q.ToBlock, "ToBlock"); err != nil {
		return 0, 0, err
	}
	return from, to, nil
}

// page is one answered request.
type page struct {
	from, to uint64
	logs     []types.Log
}

// walk fetches [from, to] page by page in order.
func (r *Reader) walk(ctx context.Context, q ethereum.FilterQuery, from, to uint64, emit func(page) error) error {
	for cur := from; ; {
		p, err := r.page(ctx, q, cur, to)
		if err != nil {
			return err
		}
		if err := emit(p); err != nil {
			return err
		}
		if p.to >= to {
			return nil
		}
		cur = p.to + 1
	}
}

// pageEnd is the last block of a page of size blocks from from, within to; size 0 = unbounded.
func pageEnd(from, to, size uint64) uint64 {
	if size == 0 || to-from < size {
		return to
	}
	return from + size - 1
}

// page fetches the first page of [from, limit] that the endpoint answers: the current page size, narrower
// when refused, the same again after passing trouble.
func (r *Reader) page(ctx context.Context, q ethereum.FilterQuery, from, limit uint64) (page, error) {
	var (
		local    uint64 // the narrowest this page has been told to go; 0 = none yet
		tries    int    // requests made for this page
		troubles int    // passing trouble in a row
		firstEnd uint64 // the end first asked for, named in an error
	)
	for {
		size := r.Range()
		if local != 0 && (size == 0 || local < size) {
			size = local
		}
		end := pageEnd(from, limit, size)
		if tries == 0 {
			firstEnd = end
		}
		pq := q
		pq.FromBlock = new(big.Int).SetUint64(from)
		pq.ToBlock = new(big.Int).SetUint64(end)
		tries++
		r.stats.calls.Add(1)
		logs, err := timed(ctx, r.callTimeout, func(ctx context.Context) ([]types.Log, error) { return r.src.FilterLogs(ctx, pq) })
		if err == nil {
			r.succeeded(end - from + 1)
			r.stats.logs.Add(uint64(len(logs)))
			return page{from: from, to: end, logs: logs}, nil
		}
		if cerr := ctx.Err(); cerr != nil {
			return page{}, cerr
		}
		asked := end - from + 1
		v := classify(err, asked)
		fail := func(action string) (page, error) {
			return page{}, &Error{Endpoint: r.endpoint, Method: methodGetLogs, From: from, To: firstEnd,
				Tries: tries, What: v.what, Action: action, Err: err}
		}
		switch v.kind {
		case kindTooWide, kindTooMany:
			troubles = 0
			if asked <= r.minRange {
				if asked == 1 {
					return fail(fmt.Sprintf("narrowed the range to 1 block (%d) and gave up", from))
				}
				return fail(fmt.Sprintf("narrowed the range to %d blocks (%d–%d), the least allowed, and gave up", asked, from, end))
			}
			next := v.next
			if next == 0 || next >= asked {
				next = asked / 2 // the named range would not help (or there is none): halve
			}
			next = max(next, r.minRange)
			local = next
			r.shrink(next, v.ceiling)
			if v.kind == kindTooWide {
				r.refusedWide(asked, next)
			}
			r.log.Debug("eth_getLogs narrowed", "from", from, "to", end, "blocks", next,
				"what", v.what, "provider", v.provider, "err", err)
		case kindRetry:
			troubles++
			if troubles >= r.retries {
				return fail("retried and gave up")
			}
			r.stats.retries.Add(1)
			d := r.backoff(troubles, v.retryAfter)
			r.log.Debug("eth_getLogs retry", "from", from, "to", end, "wait", d, "what", v.what, "err", err)
			if err := r.sleep(ctx, d); err != nil {
				return page{}, err
			}
		default:
			return fail("gave up at once")
		}
	}
}

// retry runs a request that has no range to narrow, retrying passing trouble.
func (r *Reader) retry(ctx context.Context, method string, call func(context.Context) error) error {
	for tries := 1; ; tries++ {
		err := call(ctx)
		if err == nil {
			return nil
		}
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		v := classify(err, 1)
		if v.kind != kindRetry {
			return &Error{Endpoint: r.endpoint, Method: method, Tries: tries, What: v.what, Action: "gave up at once", Err: err}
		}
		if tries >= r.retries {
			return &Error{Endpoint: r.endpoint, Method: method, Tries: tries, What: v.what, Action: "retried and gave up", Err: err}
		}
		r.stats.retries.Add(1)
		if err := r.sleep(ctx, r.backoff(tries, v.retryAfter)); err != nil {
			return err
		}
	}
}

// backoff is the wait before retry number n (from 1): what the endpoint asked for, else exponential with
// jitter (between half and all of base·2^(n-1), at most the max) so that many readers do not retry together.
func (r *Reader) backoff(n int, asked time.Duration) time.Duration {
	if asked > 0 {
		return asked
	}
	d := r.backoffBase
	for i := 1; i < n && d < r.backoffMax; i++ {
		d *= 2
	}
	d = min(d, r.backoffMax)
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

// capSize bounds a page size by the max range and a known ceiling.
func (r *Reader) capSize(n uint64) uint64 {
	if r.maxRange != 0 && (n == 0 || n > r.maxRange) {
		n = r.maxRange
	}
	if r.ceiling != 0 && (n == 0 || n > r.ceiling) {
		n = r.ceiling
	}
	return n
}

// shrink narrows the shared page size to n blocks (if it is wider); ceiling records n as the provider's cap.
func (r *Reader) shrink(n uint64, ceiling bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if ceiling && (r.ceiling == 0 || n < r.ceiling) {
		r.ceiling = n
	}
	r.streak = 0
	if r.size == 0 || n < r.size {
		r.size = n
		r.stats.shrinks.Add(1)
	}
}

// refusedWide notes a request of asked blocks refused as too wide, after which the page size went to next.
func (r *Reader) refusedWide(asked, next uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.wide != 0 && asked >= r.wide {
		return
	}
	r.wide, r.wideNext = asked, next
	if r.answered >= asked {
		r.answered = 0 // answered wider before, refused now: that answer says nothing of the cap
	}
}

// Learned is what the reader found out about the endpoint's cap on blocks per eth_getLogs request, for the
// next reader of the same endpoint to start at (see RangeMemo). After a request refused as too wide it is the
// widest range answered below the refusal, or the range the refusal named (or halved to) if that is wider;
// without such a refusal, a range wider than the reader started at that was answered (the cap was raised).
// ok is false when the reader found out nothing: it only ever asked for what it started at or less, or
// it was refused only for too many results, which depends on the query and the blocks read, not on the
// endpoint.
func (r *Reader) Learned() (blocks uint64, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.wide != 0:
		return max(r.answered, r.wideNext), true
	case r.start != 0 && r.answered > r.start:
		return r.answered, true
	}
	return 0, false
}

// succeeded counts an answer to a request of asked blocks and widens the page size after enough of them in a
// row.
func (r *Reader) succeeded(asked uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if asked > r.answered && (r.wide == 0 || asked < r.wide) {
		r.answered = asked
	}
	r.streak++
	if r.streak < r.growAfter || r.size == 0 {
		return
	}
	r.streak = 0
	next := r.size * 2
	if next < r.size { // overflow
		next = 0
	}
	if next = r.capSize(next); next != r.size {
		r.size = next
		r.stats.grows.Add(1)
		r.log.Debug("eth_getLogs widened", "blocks", next)
	}
}

// scanAhead is Scan with up to r.prefetch pages in flight: a producer plans chunks of the current page size
// and fetches each in its own goroutine; the caller's goroutine delivers them in order.
func (r *Reader) scanAhead(ctx context.Context, q ethereum.FilterQuery, from, to uint64, fn func(from, to uint64, logs []types.Log) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type chunk struct {
		to    uint64
		pages []page
		err   error
		done  chan struct{}
	}
	queue := make(chan *chunk, r.prefetch)
	var wg sync.WaitGroup
	go func() {
		defer close(queue)
		for cur := from; ; {
			end := pageEnd(cur, to, r.Range())
			c := &chunk{to: end, done: make(chan struct{})}
			select {
			case queue <- c:
			case <-ctx.Done():
				return
			}
			wg.Add(1)
			go func(a, b uint64) {
				defer wg.Done()
				defer close(c.done)
				c.err = r.walk(ctx, q, a, b, func(p page) error { c.pages = append(c.pages, p); return nil })
			}(cur, end)
			if end >= to {
				return
			}
			cur = end + 1
		}
	}()

	var err error
	complete := false
	for c := range queue {
		<-c.done
		if err = c.err; err != nil {
			break
		}
		for _, p := range c.pages {
			if err = fn(p.from, p.to, p.logs); err != nil {
				break
			}
		}
		if err != nil {
			break
		}
		complete = c.to >= to
	}
	if err == nil && !complete {
		err = ctx.Err() // the producer stopped early: only cancellation does that
	}
	cancel()
	for range queue { // let the producer finish before waiting for its workers
	}
	wg.Wait()
	return err
}

// sleepCtx waits d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
