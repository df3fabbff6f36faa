package transport

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// NewRoundTripper wraps base (http.DefaultTransport when nil) with the retry layer Dial uses, for
// other HTTP JSON-RPC clients. endpoint names the server in logs and should already be redacted.
func NewRoundTripper(base http.RoundTripper, endpoint string, opts ...Option) http.RoundTripper {
	return newRoundTripper(base, endpoint, newConfig(opts))
}

func newRoundTripper(base http.RoundTripper, endpoint string, cfg *config) *retryTransport {
	if base == nil {
		base = http.DefaultTransport
	}
	return &retryTransport{base: base, endpoint: endpoint, cfg: cfg}
}

// retryTransport retries the failures a busy public provider produces. Every JSON-RPC request is
// retried, writes included: resending eth_sendRawTransaction after a lost response is safe because
// the node answers "already known" or "nonce too low" for a transaction it already has, and the
// caller's send path treats those as success-or-check rather than failure.
type retryTransport struct {
	base     http.RoundTripper
	endpoint string
	cfg      *config
}

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := readBody(req)
	if err != nil {
		return nil, fmt.Errorf("buffer request body: %w", err)
	}
	if t.cfg.counter != nil {
		// Counted once per call, however many tries it takes.
		t.cfg.counter.observe(body)
	}

	ctx := req.Context()
	tries := t.cfg.retries + 1
	for try := 1; ; try++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		resp, err := t.base.RoundTrip(withBody(req, body))

		var wait time.Duration
		var reason string
		switch {
		case err != nil:
			if ctx.Err() != nil || !retryableError(err) {
				return nil, err
			}
			if try == tries {
				return nil, fmt.Errorf("gave up after %d tries: %w", tries, err)
			}
			wait, reason = t.backoff(try), err.Error()
		case retryableStatus(resp.StatusCode):
			if try == tries {
				// Hand the response back so go-ethereum reports rpc.HTTPError with the status code
				// and body; its message is built from Status, so say there that we gave up.
				status := resp.Status
				if status == "" {
					status = fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
				}
				resp.Status = fmt.Sprintf("%s (gave up after %d tries)", status, tries)
				return resp, nil
			}
			wait = t.retryAfter(resp.Header, try)
			reason = resp.Status
			discard(resp.Body)
		default:
			return resp, nil
		}

		t.cfg.logger.Warn("rpc request failed, retrying",
			"endpoint", t.endpoint, "try", try, "tries", tries, "wait", wait, "reason", reason)
		if err := t.cfg.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// readBody buffers the request body once so every try can send it again.
func readBody(req *http.Request) ([]byte, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, nil
	}
	defer req.Body.Close()
	return io.ReadAll(req.Body)
}

func withBody(req *http.Request, body []byte) *http.Request {
	r := req.Clone(req.Context())
	if body == nil {
		r.Body, r.GetBody = nil, nil
		return r
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	r.ContentLength = int64(len(body))
	return r
}

// discard drains a little of a body we retry past so its connection can be reused.
func discard(body io.ReadCloser) {
	_, _ = io.Copy(io.Discard, io.LimitReader(body, 64<<10))
	_ = body.Close()
}

func retryableStatus(code int) bool {
	switch code {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// retryableError reports a connection that dropped before any response. A refused connection,
// a DNS failure or a TLS error is not retried: the endpoint is wrong or down, and waiting on it
// only delays the error.
func retryableError(err error) bool {
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EPIPE):
		return true
	case strings.Contains(err.Error(), "server closed idle connection"):
		// net/http's unexported errServerClosedIdle: a kept-alive connection the server had dropped.
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// backoff is the wait before retry number try (1-based): base·2^(try-1) capped at max, of which a
// random half is jitter.
func (t *retryTransport) backoff(try int) time.Duration {
	d := t.cfg.base
	for i := 1; i < try && d < t.cfg.max; i++ {
		d *= 2
	}
	d = min(d, t.cfg.max)
	half := int64(d / 2)
	return time.Duration(half + t.cfg.jitter(int64(d)-half+1))
}

// retryAfter honours a Retry-After header (delay in seconds or an HTTP date), capped, and falls
// back to backoff when there is none or it does not parse.
func (t *retryTransport) retryAfter(h http.Header, try int) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return t.backoff(try)
	}
	var d time.Duration
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return t.backoff(try)
		}
		d = time.Duration(min(secs, int64(t.cfg.retryAfterCap/time.Second)+1)) * time.Second
	} else if when, err := http.ParseTime(v); err == nil {
		d = when.Sub(t.cfg.now())
	} else {
		return t.backoff(try)
	}
	return min(max(d, 0), t.cfg.retryAfterCap)
}

func sleepContext(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

func randInt64N(n int64) int64 {
	if n <= 0 {
		return 0
	}
	return rand.Int64N(n)
}
