// Package transport is the one way hongbao commands and daemons dial an RPC endpoint. Over HTTP(S) it
// retries what public providers throw at busy clients (429, 502/503/504, dropped connections) with
// backoff, honours Retry-After, can count calls per method, and names the endpoint (with secrets
// redacted) in its errors. WebSocket and IPC endpoints are dialled as they are.
package transport

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults, chosen so a CLI command rides out a short rate-limit burst (about 8 s of backoff in
// total) without hanging for minutes on an endpoint that is really down.
const (
	DefaultRetries       = 5
	DefaultBaseBackoff   = 250 * time.Millisecond
	DefaultMaxBackoff    = 8 * time.Second
	DefaultRetryAfterCap = 30 * time.Second
)

// SleepFunc waits for d or until ctx ends, whichever is first, and returns ctx's error in the
// latter case. Tests inject one to record waits instead of sleeping.
type SleepFunc func(ctx context.Context, d time.Duration) error

type config struct {
	retries       int
	base, max     time.Duration
	retryAfterCap time.Duration
	sleep         SleepFunc
	logger        *slog.Logger
	counter       *Counter
	httpClient    *http.Client
	headers       http.Header
	probe         bool

	// Seams for tests; not options because callers have no reason to change them.
	now    func() time.Time
	jitter func(n int64) int64 // uniform in [0, n)
}

func newConfig(opts []Option) *config {
	cfg := &config{
		retries:       DefaultRetries,
		base:          DefaultBaseBackoff,
		max:           DefaultMaxBackoff,
		retryAfterCap: DefaultRetryAfterCap,
		sleep:         sleepContext,
		logger:        slog.New(slog.DiscardHandler),
		headers:       http.Header{},
		probe:         true,
		now:           time.Now,
		jitter:        randInt64N,
	}
	for _, o := range opts {
		o(cfg)
	}
	return cfg
}

// Option configures Dial, DialRPC and NewRoundTripper.
type Option func(*config)

// WithRetries sets how many times a failed HTTP request is retried (so n+1 tries in all). n < 0 is
// taken as 0.
func WithRetries(n int) Option {
	return func(c *config) { c.retries = max(n, 0) }
}

// WithBackoff sets the exponential backoff: the k-th retry waits about base·2^(k-1), never more
// than maxWait, with jitter so that many clients do not retry in step.
func WithBackoff(base, maxWait time.Duration) Option {
	return func(c *config) {
		c.base = max(base, 0)
		c.max = max(maxWait, c.base)
	}
}

// WithRetryAfterCap bounds how long a server's Retry-After header may make us wait.
func WithRetryAfterCap(d time.Duration) Option {
	return func(c *config) { c.retryAfterCap = max(d, 0) }
}

// WithSleep replaces the wait between tries (tests record the durations instead of sleeping).
func WithSleep(f SleepFunc) Option {
	return func(c *config) {
		if f != nil {
			c.sleep = f
		}
	}
}

// WithLogger logs every retry (at Warn) on l.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) {
		if l != nil {
			c.logger = l
		}
	}
}

// WithCounter counts the JSON-RPC calls sent over HTTP in ctr.
func WithCounter(ctr *Counter) Option {
	return func(c *config) { c.counter = ctr }
}

// WithHTTPClient uses a copy of hc (its timeout, its transport under the retry layer). hc itself is
// not modified.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) { c.httpClient = hc }
}

// WithHeader sends header k: v with every request (HTTP and the WebSocket handshake), e.g. an API
// key a provider wants in a header rather than in the URL.
func WithHeader(k, v string) Option {
	return func(c *config) { c.headers.Set(k, v) }
}

// WithoutProbe skips the eth_chainId call DialRPC makes over HTTP to find a dead endpoint at dial
// time; errors then surface on the first real call.
func WithoutProbe() Option {
	return func(c *config) { c.probe = false }
}

// Dial connects to the endpoint at rawURL (http(s), ws(s) or an IPC path) and returns an ethclient
// over it. See DialRPC.
func Dial(ctx context.Context, rawURL string, opts ...Option) (*ethclient.Client, error) {
	rc, err := DialRPC(ctx, rawURL, opts...)
	if err != nil {
		return nil, err
	}
	return ethclient.NewClient(rc), nil
}

// DialRPC connects to the endpoint at rawURL. HTTP(S) endpoints get the retrying transport (see
// NewRoundTripper) and, unless WithoutProbe, one eth_chainId call so that a dead or wrong endpoint
// fails here, by name, rather than in the middle of a command. WebSocket and IPC endpoints are
// dialled by go-ethereum as they are: they connect at once, and a dropped socket is not something
// a request-level retry can mend.
func DialRPC(ctx context.Context, rawURL string, opts ...Option) (*rpc.Client, error) {
	cfg := newConfig(opts)
	if strings.TrimSpace(rawURL) == "" {
		return nil, errors.New("rpc endpoint: empty endpoint URL")
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		// url.Error repeats the raw URL, which may hold an API key: name the endpoint ourselves.
		return nil, fmt.Errorf("rpc endpoint %s: invalid URL", Redact(rawURL))
	}

	var rpcOpts []rpc.ClientOption
	if len(cfg.headers) > 0 {
		rpcOpts = append(rpcOpts, rpc.WithHeaders(cfg.headers))
	}
	isHTTP := u.Scheme == "http" || u.Scheme == "https"
	if isHTTP {
		hc := &http.Client{}
		if cfg.httpClient != nil {
			copied := *cfg.httpClient
			hc = &copied
		}
		hc.Transport = newRoundTripper(hc.Transport, Redact(rawURL), cfg)
		rpcOpts = append(rpcOpts, rpc.WithHTTPClient(hc))
	}

	rc, err := rpc.DialOptions(ctx, rawURL, rpcOpts...)
	if err != nil {
		return nil, endpointError(rawURL, "dial", err)
	}
	if isHTTP && cfg.probe {
		var id hexutil.Big
		if err := rc.CallContext(ctx, &id, "eth_chainId"); err != nil {
			rc.Close()
			return nil, endpointError(rawURL, "probe (eth_chainId)", err)
		}
	}
	return rc, nil
}

// endpointError names the endpoint (redacted) and scrubs the raw URL from the wrapped message:
// net/http's url.Error quotes it in full, API key included. The chain stays intact for errors.Is/As.
func endpointError(rawURL, op string, err error) error {
	return &scrubbedError{
		prefix: fmt.Sprintf("rpc endpoint %s: %s", Redact(rawURL), op),
		raw:    rawURL,
		safe:   Redact(rawURL),
		err:    err,
	}
}

type scrubbedError struct {
	prefix, raw, safe string
	err               error
}

func (e *scrubbedError) Error() string {
	msg := e.err.Error()
	if e.raw != e.safe {
		msg = strings.ReplaceAll(msg, e.raw, e.safe)
	}
	return e.prefix + ": " + msg
}

func (e *scrubbedError) Unwrap() error { return e.err }
