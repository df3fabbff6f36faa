// Package faultproxy is a JSON-RPC proxy for tests and benchmarks that behaves like a public RPC provider in
// front of a real node: it limits eth_getLogs by blocks and by results and refuses in a chosen provider's
// words, adds latency, answers 429 (with Retry-After) and 5xx, drops connections, and counts the calls.
package faultproxy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Config says what the proxy does to the traffic. Zero values inject nothing.
type Config struct {
	// Provider picks the words of eth_getLogs refusals (see Providers); "" = geth.
	Provider string
	// MaxRange is the most blocks an eth_getLogs may span; 0 = no limit.
	MaxRange uint64
	// MaxResults is the most logs an eth_getLogs may return; 0 = no limit.
	MaxResults int

	// Latency is added to every HTTP request.
	Latency time.Duration
	// RateLimitEvery answers every Nth HTTP request with 429; RateLimitProb does so with probability p
	// (from a rand seeded with Seed, so runs repeat).
	RateLimitEvery int
	RateLimitProb  float64
	Seed           uint64
	// RetryAfter is sent with a 429, as a header and in the body; 0 = 1s.
	RetryAfter time.Duration
	// ServerErrorEvery answers every Nth HTTP request with 503.
	ServerErrorEvery int
	// DropEvery closes the connection of every Nth HTTP request without an answer.
	DropEvery int

	// Sleep waits out Latency (tests inject it); nil = a timer that ends with the request.
	Sleep func(ctx context.Context, d time.Duration) error
	// Client forwards to the upstream; nil = a client of its own.
	Client *http.Client
}

// Fault names, the keys of Faults().
const (
	FaultRateLimit   = "429"
	FaultServerError = "503"
	FaultDrop        = "drop"
	FaultTooWide     = "too wide"
	FaultTooMany     = "too many"
)

// Proxy is the proxy; it is an http.Handler, and Start serves it on a free loopback port.
type Proxy struct {
	upstream string
	cfg      Config
	shape    Shape
	client   *http.Client

	mu     sync.Mutex
	seq    int // HTTP requests so far, for the every-Nth faults
	rng    *rand.Rand
	counts map[string]int
	faults map[string]int

	srv *http.Server
}

// New returns a proxy forwarding to upstreamURL (an HTTP JSON-RPC endpoint).
func New(upstreamURL string, cfg Config) (*Proxy, error) {
	if !strings.HasPrefix(upstreamURL, "http://") && !strings.HasPrefix(upstreamURL, "https://") {
		return nil, fmt.Errorf("faultproxy: upstream %q is not an http(s) URL", upstreamURL)
	}
	shape, err := ShapeOf(cfg.Provider)
	if err != nil {
		return nil, err
	}
	if cfg.RetryAfter <= 0 {
		cfg.RetryAfter = time.Second
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleepCtx
	}
	client := cfg.Client
	if client == nil {
		client = &http.Client{}
	}
	return &Proxy{
		upstream: upstreamURL, cfg: cfg, shape: shape, client: client,
		rng:    rand.New(rand.NewPCG(cfg.Seed, 0x6661756c74)),
		counts: map[string]int{}, faults: map[string]int{},
	}, nil
}

// Start serves the proxy on 127.0.0.1 at a free port and returns its URL. Like httptest.NewServer it
// panics when it cannot listen on the loopback interface.
func (p *Proxy) Start() string {
	url, err := p.StartAt("127.0.0.1:0")
	if err != nil {
		panic(err.Error())
	}
	return url
}

// StartAt is Start at a given address, e.g. the one an earlier proxy was started at, so that a client
// sees one endpoint (one URL) across proxies of different configurations.
func (p *Proxy) StartAt(addr string) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", fmt.Errorf("faultproxy: listen on %s: %w", addr, err)
	}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: time.Minute}
	go p.srv.Serve(ln) //nolint:errcheck // ends with ErrServerClosed on Close
	return "http://" + ln.Addr().String(), nil
}

// Close stops the server started by Start.
func (p *Proxy) Close() error {
	if p.srv == nil {
		return nil
	}
	if err := p.srv.Close(); err != nil {
		return fmt.Errorf("faultproxy: close: %w", err)
	}
	return nil
}

// Counts returns the JSON-RPC calls received per method (a batch of five counts five), refused ones
// included.
func (p *Proxy) Counts() map[string]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[string]int, len(p.counts))
	for k, v := range p.counts {
		out[k] = v
	}
	return out
}

// Total is the number of JSON-RPC calls received.
func (p *Proxy) Total() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, v := range p.counts {
		n += v
	}
	return n
}

// Faults returns how often each fault was injected (keys Fault*).
func (p *Proxy) Faults() map[string]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[string]int, len(p.faults))
	for k, v := range p.faults {
		out[k] = v
	}
	return out
}

// Reset clears the counts and restarts the every-Nth schedule and the random sequence.
func (p *Proxy) Reset() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.seq = 0
	p.rng = rand.New(rand.NewPCG(p.cfg.Seed, 0x6661756c74))
	p.counts = map[string]int{}
	p.faults = map[string]int{}
}

// call is one JSON-RPC request.
type call struct {
	ID     json.RawMessage   `json:"id,omitempty"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
	raw    json.RawMessage
}

// ServeHTTP implements http.Handler.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	ctx := req.Context()
	body, err := io.ReadAll(req.Body)
	if err != nil {
		http.Error(w, "read request: "+err.Error(), http.StatusBadRequest)
		return
	}
	calls, batch, err := parseCalls(body)
	if err != nil {
		writeJSON(w, http.StatusOK, errorBody(nil, &RPCError{Code: -32700, Message: "parse error: " + err.Error()}))
		return
	}
	fault := p.admit(calls)
	if p.cfg.Latency > 0 {
		if err := p.cfg.Sleep(ctx, p.cfg.Latency); err != nil {
			return // the client went away
		}
	}
	switch fault {
	case FaultDrop:
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		panic(http.ErrAbortHandler) // no hijacking (HTTP/2): abort the stream instead
	case FaultServerError:
		http.Error(w, "503 Service Unavailable: upstream overloaded", http.StatusServiceUnavailable)
		return
	case FaultRateLimit:
		secs := max(1, int(p.cfg.RetryAfter.Round(time.Second)/time.Second))
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		writeJSON(w, http.StatusTooManyRequests, errorBody(nil, &RPCError{Code: 429,
			Message: fmt.Sprintf("Too Many Requests: rate limit exceeded, retry after %dms", p.cfg.RetryAfter.Milliseconds())}))
		return
	}

	answers := make([]json.RawMessage, len(calls))
	var head *uint64 // the upstream's head, asked at most once per request
	for i, c := range calls {
		a, status, err := p.answer(ctx, c, &head)
		if err != nil {
			if !batch { // pass an upstream HTTP failure on as it came
				http.Error(w, err.Error(), status)
				return
			}
			a = errorBody(c.ID, &RPCError{Code: -32603, Message: err.Error()})
		}
		answers[i] = a
	}
	if !batch {
		writeJSON(w, http.StatusOK, answers[0])
		return
	}
	out, _ := json.Marshal(answers)
	writeJSON(w, http.StatusOK, out)
}

// admit counts the calls and picks the fault for this HTTP request, if any.
func (p *Proxy) admit(calls []call) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range calls {
		p.counts[c.Method]++
	}
	p.seq++
	every := func(n int) bool { return n > 0 && p.seq%n == 0 }
	fault := ""
	switch {
	case every(p.cfg.DropEvery):
		fault = FaultDrop
	case every(p.cfg.ServerErrorEvery):
		fault = FaultServerError
	case every(p.cfg.RateLimitEvery):
		fault = FaultRateLimit
	case p.cfg.RateLimitProb > 0 && p.rng.Float64() < p.cfg.RateLimitProb:
		fault = FaultRateLimit
	}
	if fault != "" {
		p.faults[fault]++
	}
	return fault
}

func (p *Proxy) countFault(f string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults[f]++
}

// answer is one call's response: forwarded, or refused as the provider would.
func (p *Proxy) answer(ctx context.Context, c call, head **uint64) (json.RawMessage, int, error) {
	if c.Method != "eth_getLogs" || (p.cfg.MaxRange == 0 && p.cfg.MaxResults == 0) {
		return p.forward(ctx, c.raw)
	}
	var f struct {
		FromBlock *string `json:"fromBlock"`
		ToBlock   *string `json:"toBlock"`
		BlockHash *string `json:"blockHash"`
	}
	if len(c.Params) == 0 || json.Unmarshal(c.Params[0], &f) != nil || f.BlockHash != nil {
		return p.forward(ctx, c.raw) // let the node judge it
	}
	from, err := p.block(ctx, f.FromBlock, head)
	if err != nil {
		return nil, http.StatusBadGateway, err
	}
	to, err := p.block(ctx, f.ToBlock, head)
	if err != nil {
		return nil, http.StatusBadGateway, err
	}
	if from > to {
		return p.forward(ctx, c.raw)
	}
	if p.cfg.MaxRange > 0 && to-from >= p.cfg.MaxRange {
		p.countFault(FaultTooWide)
		return errorBody(c.ID, p.shape.TooWide(from, to, p.cfg.MaxRange)), http.StatusOK, nil
	}
	resp, status, err := p.forward(ctx, c.raw)
	if err != nil || p.cfg.MaxResults == 0 {
		return resp, status, err
	}
	var r struct {
		Result []struct {
			BlockNumber hexutil.Uint64 `json:"blockNumber"`
		} `json:"result"`
	}
	if json.Unmarshal(resp, &r) != nil || len(r.Result) <= p.cfg.MaxResults {
		return resp, status, nil
	}
	// The widest [from, fit] holding at most MaxResults logs ends before the block of the first log past
	// the limit (logs come in block order); when that block is from itself nothing fits.
	fit := from
	if b := uint64(r.Result[p.cfg.MaxResults].BlockNumber); b > from {
		fit = b - 1
	}
	p.countFault(FaultTooMany)
	return errorBody(c.ID, p.shape.TooMany(from, to, uint64(p.cfg.MaxResults), fit)), http.StatusOK, nil
}

// block resolves a block parameter: a number, or a tag (missing = latest) through the upstream's head.
func (p *Proxy) block(ctx context.Context, v *string, head **uint64) (uint64, error) {
	if v != nil && strings.HasPrefix(*v, "0x") {
		n, err := hexutil.DecodeUint64(*v)
		if err != nil {
			return 0, fmt.Errorf("faultproxy: block %q: %w", *v, err)
		}
		return n, nil
	}
	if v != nil && *v == "earliest" {
		return 0, nil
	}
	if *head == nil {
		n, err := p.blockNumber(ctx)
		if err != nil {
			return 0, err
		}
		*head = &n
	}
	return **head, nil
}

func (p *Proxy) blockNumber(ctx context.Context) (uint64, error) {
	resp, _, err := p.forward(ctx, []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	if err != nil {
		return 0, err
	}
	var r struct {
		Result hexutil.Uint64 `json:"result"`
		Error  *RPCError      `json:"error"`
	}
	if err := json.Unmarshal(resp, &r); err != nil {
		return 0, fmt.Errorf("faultproxy: upstream eth_blockNumber: %w", err)
	}
	if r.Error != nil {
		return 0, fmt.Errorf("faultproxy: upstream eth_blockNumber: %s", r.Error.Message)
	}
	return uint64(r.Result), nil
}

// forward sends one call upstream and returns its response body. A non-2xx answer is an error carrying the
// upstream's status.
func (p *Proxy) forward(ctx context.Context, raw []byte) (json.RawMessage, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upstream, bytes.NewReader(raw))
	if err != nil {
		return nil, http.StatusInternalServerError, fmt.Errorf("faultproxy: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return nil, http.StatusBadGateway, fmt.Errorf("faultproxy: upstream: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, http.StatusBadGateway, fmt.Errorf("faultproxy: upstream: %w", err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, resp.StatusCode, fmt.Errorf("faultproxy: upstream answered %s: %s", resp.Status, bytes.TrimSpace(body))
	}
	return body, resp.StatusCode, nil
}

// parseCalls reads a single call or a batch.
func parseCalls(body []byte) (calls []call, batch bool, err error) {
	body = bytes.TrimSpace(body)
	var raws []json.RawMessage
	if len(body) > 0 && body[0] == '[' {
		if err := json.Unmarshal(body, &raws); err != nil {
			return nil, true, err
		}
		if len(raws) == 0 {
			return nil, true, errors.New("empty batch")
		}
		batch = true
	} else {
		raws = []json.RawMessage{body}
	}
	for _, r := range raws {
		var c call
		if err := json.Unmarshal(r, &c); err != nil {
			return nil, batch, err
		}
		c.raw = r
		calls = append(calls, c)
	}
	return calls, batch, nil
}

func writeJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body) //nolint:errcheck // the client may be gone
}

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
