package transport

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
)

// fakeEth answers the two calls the tests make.
type fakeEth struct{}

func (fakeEth) ChainId() *hexutil.Big       { return (*hexutil.Big)(big.NewInt(31337)) }
func (fakeEth) BlockNumber() hexutil.Uint64 { return 42 }

// node is a JSON-RPC server in front of which a test scripts failures. fail(n) says what to do
// with the n-th HTTP request (1-based): return true after writing a response to stop it there.
type node struct {
	*httptest.Server
	mu     sync.Mutex
	hits   int
	bodies []string
	header http.Header
}

func newNode(t *testing.T, fail func(n int, w http.ResponseWriter, r *http.Request) bool) *node {
	t.Helper()
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("eth", fakeEth{}))
	n := &node{}
	n.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		n.mu.Lock()
		n.hits++
		hit := n.hits
		n.bodies = append(n.bodies, string(body))
		n.header = r.Header.Clone()
		n.mu.Unlock()
		if fail != nil && fail(hit, w, r) {
			return
		}
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(n.Close)
	t.Cleanup(srv.Stop)
	return n
}

func (n *node) Hits() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.hits
}

// sleeps records the waits instead of sleeping.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) got() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// noJitter makes backoff deterministic: always the upper end.
func noJitter() Option {
	return func(c *config) { c.jitter = func(n int64) int64 { return n - 1 } }
}

func fixedNow(t time.Time) Option {
	return func(c *config) { c.now = func() time.Time { return t } }
}

func TestRetryAfterHonoured(t *testing.T) {
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name       string
		retryAfter string
		want       time.Duration
	}{
		{"seconds", "3", 3 * time.Second},
		{"zero", "0", 0},
		{"http date", now.Add(7 * time.Second).Format(http.TimeFormat), 7 * time.Second},
		{"date in the past", now.Add(-time.Minute).Format(http.TimeFormat), 0},
		{"capped", "3600", 20 * time.Second},
		{"garbage falls back to backoff", "soon", 100 * time.Millisecond},
		{"none falls back to backoff", "", 100 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := newNode(t, func(hit int, w http.ResponseWriter, _ *http.Request) bool {
				if hit == 2 {
					if tc.retryAfter != "" {
						w.Header().Set("Retry-After", tc.retryAfter)
					}
					http.Error(w, "rate limited", http.StatusTooManyRequests)
					return true
				}
				return false
			})
			var s sleeps
			ec, err := Dial(context.Background(), n.URL, WithSleep(s.sleep), WithBackoff(100*time.Millisecond, time.Second),
				WithRetryAfterCap(20*time.Second), noJitter(), fixedNow(now))
			require.NoError(t, err)
			defer ec.Close()

			got, err := ec.BlockNumber(context.Background())
			require.NoError(t, err)
			require.EqualValues(t, 42, got)
			require.Equal(t, []time.Duration{tc.want}, s.got())
			require.Equal(t, 3, n.Hits(), "probe, the limited call, its retry")
			require.Equal(t, n.bodies[1], n.bodies[2], "the retry replays the same body")
		})
	}
}

func TestGivesUpAfterTries(t *testing.T) {
	for _, code := range []int{http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			n := newNode(t, func(_ int, w http.ResponseWriter, _ *http.Request) bool {
				http.Error(w, "busy", code)
				return true
			})
			var s sleeps
			_, err := Dial(context.Background(), n.URL, WithRetries(3), WithSleep(s.sleep),
				WithBackoff(100*time.Millisecond, 300*time.Millisecond), noJitter())
			require.Error(t, err)
			require.Contains(t, err.Error(), "gave up after 4 tries")
			require.Contains(t, err.Error(), n.URL, "names the endpoint")
			var httpErr rpc.HTTPError
			require.ErrorAs(t, err, &httpErr)
			require.Equal(t, code, httpErr.StatusCode)
			require.Equal(t, 4, n.Hits())
			ms := time.Millisecond
			require.Equal(t, []time.Duration{100 * ms, 200 * ms, 300 * ms}, s.got(), "exponential, capped")
		})
	}
}

func TestBackoffJitterBounds(t *testing.T) {
	rt := newRoundTripper(nil, "x", newConfig([]Option{WithBackoff(time.Second, 10*time.Second)}))
	for try, full := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 10 * time.Second, 10 * time.Second} {
		for range 50 {
			d := rt.backoff(try + 1)
			require.GreaterOrEqual(t, d, full/2, "try %d", try+1)
			require.LessOrEqual(t, d, full, "try %d", try+1)
		}
	}
}

func TestDroppedConnectionRetried(t *testing.T) {
	n := newNode(t, func(hit int, w http.ResponseWriter, _ *http.Request) bool {
		if hit == 2 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close() // no response at all
			}
			return true
		}
		return false
	})
	var s sleeps
	ec, err := Dial(context.Background(), n.URL, WithSleep(s.sleep), noJitter(), WithBackoff(time.Millisecond, time.Millisecond))
	require.NoError(t, err)
	defer ec.Close()
	id, err := ec.ChainID(context.Background())
	require.NoError(t, err)
	require.EqualValues(t, 31337, id.Int64())
	require.Len(t, s.got(), 1)
	require.Equal(t, 3, n.Hits())
}

func TestDroppedConnectionGivesUp(t *testing.T) {
	n := newNode(t, func(hit int, w http.ResponseWriter, _ *http.Request) bool {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
		return true
	})
	var s sleeps
	_, err := Dial(context.Background(), n.URL, WithRetries(2), WithSleep(s.sleep))
	require.ErrorContains(t, err, "gave up after 3 tries")
	require.Equal(t, 3, n.Hits())
}

func TestCancelledWhileWaiting(t *testing.T) {
	n := newNode(t, func(hit int, w http.ResponseWriter, _ *http.Request) bool {
		if hit >= 2 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return true
		}
		return false
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	waiting := make(chan struct{})
	blockingSleep := func(ctx context.Context, _ time.Duration) error {
		close(waiting)
		<-ctx.Done()
		return ctx.Err()
	}
	ec, err := Dial(ctx, n.URL, WithSleep(blockingSleep))
	require.NoError(t, err)
	defer ec.Close()

	errc := make(chan error, 1)
	go func() {
		_, err := ec.BlockNumber(ctx)
		errc <- err
	}()
	<-waiting
	cancel()
	require.ErrorIs(t, <-errc, context.Canceled)
	require.Equal(t, 2, n.Hits(), "no try after the cancel")
}

func TestCancelledInFlight(t *testing.T) {
	inside := make(chan struct{})
	release := make(chan struct{})
	defer close(release)
	n := newNode(t, func(hit int, w http.ResponseWriter, r *http.Request) bool {
		if hit == 2 {
			close(inside)
			select {
			case <-r.Context().Done():
			case <-release:
			}
			return true
		}
		return false
	})
	var s sleeps
	ctx, cancel := context.WithCancel(context.Background())
	ec, err := Dial(ctx, n.URL, WithSleep(s.sleep))
	require.NoError(t, err)
	defer ec.Close()

	errc := make(chan error, 1)
	go func() {
		_, err := ec.BlockNumber(ctx)
		errc <- err
	}()
	<-inside
	cancel()
	require.ErrorIs(t, <-errc, context.Canceled)
	require.Empty(t, s.got(), "a cancelled request is not retried")
}

func TestCounter(t *testing.T) {
	n := newNode(t, func(hit int, w http.ResponseWriter, _ *http.Request) bool {
		if hit == 3 { // the batch is limited once: still counted once
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return true
		}
		return false
	})
	var ctr Counter
	var s sleeps
	rc, err := DialRPC(context.Background(), n.URL, WithCounter(&ctr), WithSleep(s.sleep))
	require.NoError(t, err)
	defer rc.Close()
	require.Equal(t, map[string]int{"eth_chainId": 1}, ctr.Counts(), "the probe")
	ctr.Reset()
	require.Zero(t, ctr.Total())
	require.Empty(t, ctr.Counts())

	ctx := context.Background()
	var num hexutil.Uint64
	require.NoError(t, rc.CallContext(ctx, &num, "eth_blockNumber")) // hit 2
	batch := make([]rpc.BatchElem, 5)
	res := make([]hexutil.Uint64, 5)
	ids := make([]hexutil.Big, 2)
	for i := range batch {
		batch[i] = rpc.BatchElem{Method: "eth_blockNumber", Result: &res[i]}
		if i < 2 {
			batch[i] = rpc.BatchElem{Method: "eth_chainId", Result: &ids[i]}
		}
	}
	require.NoError(t, rc.BatchCallContext(ctx, batch)) // hits 3 (429) and 4
	for _, el := range batch {
		require.NoError(t, el.Error)
	}
	require.EqualValues(t, 42, res[4])
	require.Equal(t, map[string]int{"eth_blockNumber": 4, "eth_chainId": 2}, ctr.Counts())
	require.Equal(t, 6, ctr.Total())
	require.Equal(t, 4, ctr.Count("eth_blockNumber"))
	require.Len(t, s.got(), 1)
}

func TestCounterObserve(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		want map[string]int
	}{
		{"single", `{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[]}`, map[string]int{"eth_call": 1}},
		{"batch", ` [{"method":"eth_getLogs"},{"method":"eth_getLogs"},{"method":"eth_call"}]`, map[string]int{"eth_getLogs": 2, "eth_call": 1}},
		{"empty batch", `[]`, map[string]int{}},
		{"not json", `hello`, map[string]int{}},
		{"no method", `{"id":1}`, map[string]int{}},
		{"empty", ``, map[string]int{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c Counter
			c.observe([]byte(tc.body))
			require.Equal(t, tc.want, c.Counts())
		})
	}
}

func TestCounterConcurrent(t *testing.T) {
	var c Counter
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				c.observe([]byte(`[{"method":"a"},{"method":"b"}]`))
				_ = c.Counts()
			}
		}()
	}
	wg.Wait()
	require.Equal(t, 1600, c.Total())
	require.Equal(t, 800, c.Count("a"))
}

func TestDialErrorsNameTheEndpoint(t *testing.T) {
	// A port nothing listens on: bind one, then free it.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	dead := "http://" + l.Addr().String()
	require.NoError(t, l.Close())

	for _, tc := range []struct {
		name, url, want string
	}{
		{"dead endpoint", dead, dead},
		{"unknown scheme", "ftp://example.com/rpc", "ftp://example.com/rpc"},
		{"host:port without scheme", "localhost:8545", "localhost:8545"},
		{"api key redacted", dead + "/v3/0123456789abcdef0123456789abcdef", dead + "/v3/***"},
		{"empty", " ", "empty endpoint URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s sleeps
			_, err := Dial(context.Background(), tc.url, WithSleep(s.sleep))
			require.Error(t, err)
			require.Contains(t, err.Error(), tc.want)
			require.NotContains(t, err.Error(), "0123456789abcdef0123456789abcdef")
			require.Empty(t, s.got(), "a refused connection is not retried")
		})
	}
}

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"http://127.0.0.1:8545", "http://127.0.0.1:8545"},
		{"https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef", "https://mainnet.infura.io/v3/***"},
		{"https://eth-mainnet.g.alchemy.com/v2/AbCdEfGhIjKlMnOpQrStUv", "https://eth-mainnet.g.alchemy.com/v2/***"},
		{"wss://x.quiknode.pro/0123456789abcdef01234567/", "wss://x.quiknode.pro/***/"},
		{"https://rpc.example.org/rpc?apikey=secret", "https://rpc.example.org/rpc?apikey=***"},
		{"https://user:pass@rpc.example.org/", "https://user:***@rpc.example.org/"},
		{"/tmp/geth.ipc", "/tmp/geth.ipc"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			require.Equal(t, tc.want, Redact(tc.in))
		})
	}
}

func TestHeadersAndHTTPClient(t *testing.T) {
	n := newNode(t, nil)
	base := &http.Client{Timeout: time.Minute}
	ec, err := Dial(context.Background(), n.URL, WithHeader("X-Api-Key", "k1"), WithHTTPClient(base))
	require.NoError(t, err)
	defer ec.Close()
	_, err = ec.BlockNumber(context.Background())
	require.NoError(t, err)
	n.mu.Lock()
	defer n.mu.Unlock()
	require.Equal(t, "k1", n.header.Get("X-Api-Key"))
	require.Nil(t, base.Transport, "the caller's client is not modified")
}

func TestWithoutProbe(t *testing.T) {
	n := newNode(t, nil)
	ec, err := Dial(context.Background(), n.URL, WithoutProbe())
	require.NoError(t, err)
	defer ec.Close()
	require.Zero(t, n.Hits())
}

func TestWebSocketPassesThrough(t *testing.T) {
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("eth", fakeEth{}))
	defer srv.Stop()
	hs := httptest.NewServer(srv.WebsocketHandler([]string{"*"}))
	defer hs.Close()

	var ctr Counter
	ec, err := Dial(context.Background(), "ws"+strings.TrimPrefix(hs.URL, "http"), WithCounter(&ctr))
	require.NoError(t, err)
	defer ec.Close()
	got, err := ec.BlockNumber(context.Background())
	require.NoError(t, err)
	require.EqualValues(t, 42, got)
	require.Zero(t, ctr.Total(), "the counter sees HTTP only")
}

func TestRetryableError(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{io.EOF, true},
		{fmt.Errorf("read: %w", io.ErrUnexpectedEOF), true},
		{&net.OpError{Op: "read", Err: syscall.ECONNRESET}, true},
		{errors.New("http: server closed idle connection"), true},
		{&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, false},
		{errors.New("x509: certificate signed by unknown authority"), false},
	} {
		t.Run(tc.err.Error(), func(t *testing.T) {
			require.Equal(t, tc.want, retryableError(tc.err))
		})
	}
}
