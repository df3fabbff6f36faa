package faultproxy_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/logs"
	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// upstream is a tiny node: eth_blockNumber, eth_chainId and eth_getLogs over logs it holds in memory.
type upstream struct {
	head  uint64
	logs  []types.Log
	heads atomic.Int64 // eth_blockNumber calls received
}

func newUpstream(t *testing.T, head uint64, perBlock func(uint64) int) (*upstream, string) {
	u := &upstream{head: head}
	for b := uint64(0); b <= head; b++ {
		for i := range perBlock(b) {
			u.logs = append(u.logs, types.Log{
				Address:     common.Address{1},
				Topics:      []common.Hash{{byte(i)}},
				Data:        []byte{byte(b)},
				BlockNumber: b,
				TxHash:      common.Hash{byte(b), byte(b >> 8), byte(i)},
				BlockHash:   common.Hash{byte(b), byte(b >> 8)},
				Index:       uint(len(u.logs)),
			})
		}
	}
	srv := httptest.NewServer(u)
	t.Cleanup(srv.Close)
	return u, srv.URL
}

func (u *upstream) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "single calls only", http.StatusBadRequest)
		return
	}
	var result any
	var rpcErr *faultproxy.RPCError
	switch req.Method {
	case "eth_blockNumber":
		u.heads.Add(1)
		result = hexutil.Uint64(u.head)
	case "eth_chainId":
		result = hexutil.Uint64(31337)
	case "eth_getLogs":
		var f struct{ FromBlock, ToBlock string }
		_ = json.Unmarshal(req.Params[0], &f)
		from, to := u.resolve(f.FromBlock), u.resolve(f.ToBlock)
		out := []types.Log{}
		for _, l := range u.logs {
			if l.BlockNumber >= from && l.BlockNumber <= to {
				out = append(out, l)
			}
		}
		result = out
	default:
		rpcErr = &faultproxy.RPCError{Code: -32601, Message: "the method " + req.Method + " does not exist/is not available"}
	}
	resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
	if rpcErr != nil {
		resp["error"] = rpcErr
	} else {
		resp["result"] = result
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func (u *upstream) resolve(s string) uint64 {
	if strings.HasPrefix(s, "0x") {
		return hexutil.MustDecodeUint64(s)
	}
	return u.head
}

func density(b uint64) int { return int((b*5 + b/7) % 4) }

func start(t *testing.T, upstreamURL string, cfg faultproxy.Config) (*faultproxy.Proxy, string) {
	t.Helper()
	p, err := faultproxy.New(upstreamURL, cfg)
	require.NoError(t, err)
	url := p.Start()
	t.Cleanup(func() { require.NoError(t, p.Close()) })
	return p, url
}

func dial(t *testing.T, url string) (*rpc.Client, *ethclient.Client) {
	t.Helper()
	rc, err := rpc.DialHTTP(url)
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	return rc, ethclient.NewClient(rc)
}

// post sends a raw JSON-RPC body on a connection of its own.
func post(t *testing.T, url, body string) (*http.Response, []byte, error) {
	t.Helper()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, url, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp, b, err
}

const blockNumberCall = `{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`

func TestForwardsAndCounts(t *testing.T) {
	_, up := newUpstream(t, 99, density)
	p, url := start(t, up, faultproxy.Config{})
	rc, ec := dial(t, url)

	n, err := ec.BlockNumber(t.Context())
	require.NoError(t, err)
	assert.Equal(t, uint64(99), n)

	batch := make([]rpc.BatchElem, 5)
	for i := range batch {
		method := "eth_chainId"
		if i%2 == 0 {
			method = "eth_blockNumber"
		}
		batch[i] = rpc.BatchElem{Method: method, Result: new(hexutil.Uint64)}
	}
	require.NoError(t, rc.BatchCallContext(t.Context(), batch))
	for i, el := range batch {
		require.NoError(t, el.Error)
		want := uint64(31337)
		if i%2 == 0 {
			want = 99
		}
		assert.Equal(t, want, uint64(*el.Result.(*hexutil.Uint64)))
	}
	assert.Equal(t, map[string]int{"eth_blockNumber": 4, "eth_chainId": 2}, p.Counts())
	assert.Equal(t, 6, p.Total())

	var out any
	err = rc.CallContext(t.Context(), &out, "eth_nope")
	var re rpc.Error
	require.ErrorAs(t, err, &re, "an upstream JSON-RPC error passes through")
	assert.Equal(t, -32601, re.ErrorCode())
	assert.Equal(t, 7, p.Total())

	p.Reset()
	assert.Empty(t, p.Counts())
	assert.Zero(t, p.Total())
}

// Counting is safe from many connections at once.
func TestCountsConcurrently(t *testing.T) {
	_, up := newUpstream(t, 9, density)
	p, url := start(t, up, faultproxy.Config{})
	_, ec := dial(t, url)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 10 {
				_, err := ec.BlockNumber(t.Context())
				assert.NoError(t, err)
			}
		})
	}
	wg.Wait()
	assert.Equal(t, 80, p.Counts()["eth_blockNumber"])
}

// eth_getLogs over the limits is refused in the provider's words; the range comes from the request, with
// tags resolved through the upstream's head.
func TestGetLogsLimits(t *testing.T) {
	for _, provider := range faultproxy.Providers() {
		t.Run(provider, func(t *testing.T) {
			u, up := newUpstream(t, 999, density)
			shape, err := faultproxy.ShapeOf(provider)
			require.NoError(t, err)
			p, url := start(t, up, faultproxy.Config{Provider: provider, MaxRange: 100, MaxResults: 30})
			rc, _ := dial(t, url)
			getLogs := func(filter map[string]any) error {
				var out []types.Log
				return rc.CallContext(t.Context(), &out, "eth_getLogs", filter)
			}
			wantErr := func(err error, want *faultproxy.RPCError) {
				t.Helper()
				var re rpc.Error
				require.ErrorAs(t, err, &re)
				assert.Equal(t, want.Code, re.ErrorCode())
				assert.Equal(t, want.Message, re.Error())
			}

			wantErr(getLogs(map[string]any{"fromBlock": "0xa", "toBlock": "0x6e"}), shape.TooWide(10, 110, 100))
			assert.Zero(t, u.heads.Load())
			wantErr(getLogs(map[string]any{"fromBlock": "0x320"}), shape.TooWide(800, 999, 100)) // no toBlock: the head
			assert.Equal(t, int64(1), u.heads.Load(), "the head asked upstream")
			wantErr(getLogs(map[string]any{"fromBlock": "0x383", "toBlock": "latest"}), shape.TooWide(899, 999, 100))
			assert.Equal(t, int64(2), u.heads.Load(), "latest resolved upstream")

			// Blocks 10..109 hold more than 30 logs; the first 30 end inside block 30 or so.
			var upTo uint64
			n := 0
			for _, l := range u.logs {
				if l.BlockNumber >= 10 {
					if n == 30 {
						upTo = l.BlockNumber - 1
						break
					}
					n++
				}
			}
			wantErr(getLogs(map[string]any{"fromBlock": "0xa", "toBlock": "0x6d"}), shape.TooMany(10, 109, 30, upTo))

			var out []types.Log
			require.NoError(t, rc.CallContext(t.Context(), &out, "eth_getLogs", map[string]any{"fromBlock": "0xa", "toBlock": "0x13"}))
			assert.NotEmpty(t, out)
			assert.Equal(t, map[string]int{faultproxy.FaultTooWide: 3, faultproxy.FaultTooMany: 1}, p.Faults())
			assert.Equal(t, 5, p.Counts()["eth_getLogs"])
		})
	}
}

func TestRateLimitEveryN(t *testing.T) {
	_, up := newUpstream(t, 9, density)
	p, url := start(t, up, faultproxy.Config{RateLimitEvery: 3, RetryAfter: 2 * time.Second})
	var statuses []int
	for range 6 {
		resp, body, err := post(t, url, blockNumberCall)
		require.NoError(t, err)
		statuses = append(statuses, resp.StatusCode)
		if resp.StatusCode == http.StatusTooManyRequests {
			assert.Equal(t, "2", resp.Header.Get("Retry-After"))
			assert.Contains(t, string(body), "retry after 2000ms")
		}
	}
	assert.Equal(t, []int{200, 200, 429, 200, 200, 429}, statuses)
	assert.Equal(t, map[string]int{faultproxy.FaultRateLimit: 2}, p.Faults())
	assert.Equal(t, 6, p.Total(), "refused calls are counted too")

	// Through ethclient the 429 is an rpc.HTTPError whose body carries the wait.
	p.Reset()
	_, ec := dial(t, url)
	for range 2 {
		_, err := ec.BlockNumber(t.Context())
		require.NoError(t, err)
	}
	_, err := ec.BlockNumber(t.Context())
	var he rpc.HTTPError
	require.ErrorAs(t, err, &he)
	assert.Equal(t, 429, he.StatusCode)
	assert.Contains(t, string(he.Body), "retry after 2000ms")
}

// The random 429s repeat with the seed.
func TestRateLimitProbabilityIsSeeded(t *testing.T) {
	_, up := newUpstream(t, 9, density)
	pattern := func(seed uint64) []int {
		_, url := start(t, up, faultproxy.Config{RateLimitProb: 0.3, Seed: seed})
		var out []int
		for range 40 {
			resp, _, err := post(t, url, blockNumberCall)
			require.NoError(t, err)
			out = append(out, resp.StatusCode)
		}
		return out
	}
	a, b, c := pattern(1), pattern(1), pattern(2)
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, c)
	limited := 0
	for _, s := range a {
		if s == 429 {
			limited++
		}
	}
	assert.True(t, limited > 0 && limited < 40, "some but not all: %d", limited)
}

func TestServerErrorsAndDrops(t *testing.T) {
	_, up := newUpstream(t, 9, density)
	p, url := start(t, up, faultproxy.Config{ServerErrorEvery: 2, DropEvery: 3})
	var got []string
	for range 6 {
		resp, _, err := post(t, url, blockNumberCall)
		switch {
		case err != nil:
			got = append(got, "drop")
		default:
			got = append(got, fmt.Sprint(resp.StatusCode))
		}
	}
	// 6 is both: a drop wins.
	assert.Equal(t, []string{"200", "503", "drop", "503", "200", "drop"}, got)
	assert.Equal(t, map[string]int{faultproxy.FaultServerError: 2, faultproxy.FaultDrop: 2}, p.Faults())

	// ethclient sees a dropped connection as an error, not as an answer.
	p.Reset()
	_, ec := dial(t, url)
	_, err := ec.BlockNumber(t.Context())
	require.NoError(t, err)
	_, err = ec.BlockNumber(t.Context())
	var he rpc.HTTPError
	require.ErrorAs(t, err, &he)
	assert.Equal(t, 503, he.StatusCode)
	_, err = ec.BlockNumber(t.Context())
	require.Error(t, err)
	assert.False(t, errors.As(err, &he), "no HTTP answer at all: %v", err)
}

// Latency is waited once per HTTP request (a batch is one), through the injected sleep.
func TestLatency(t *testing.T) {
	_, up := newUpstream(t, 9, density)
	var mu sync.Mutex
	var waits []time.Duration
	sleep := func(_ context.Context, d time.Duration) error {
		mu.Lock()
		defer mu.Unlock()
		waits = append(waits, d)
		return nil
	}
	_, url := start(t, up, faultproxy.Config{Latency: 150 * time.Millisecond, Sleep: sleep})
	rc, _ := dial(t, url)
	var n hexutil.Uint64
	require.NoError(t, rc.CallContext(t.Context(), &n, "eth_blockNumber"))
	require.NoError(t, rc.BatchCallContext(t.Context(), []rpc.BatchElem{
		{Method: "eth_chainId", Result: new(hexutil.Uint64)}, {Method: "eth_chainId", Result: new(hexutil.Uint64)}}))
	assert.Equal(t, []time.Duration{150 * time.Millisecond, 150 * time.Millisecond}, waits)
}

// A batch with an eth_getLogs over the limit refuses that call alone.
func TestBatchWithRefusal(t *testing.T) {
	_, up := newUpstream(t, 999, density)
	p, url := start(t, up, faultproxy.Config{Provider: "cloudflare", MaxRange: 10})
	body := `[` + blockNumberCall + `,{"jsonrpc":"2.0","id":2,"method":"eth_getLogs","params":[{"fromBlock":"0x0","toBlock":"0x64"}]}]`
	resp, b, err := post(t, url, body)
	require.NoError(t, err)
	require.Equal(t, 200, resp.StatusCode)
	var answers []struct {
		ID     int                  `json:"id"`
		Result json.RawMessage      `json:"result"`
		Error  *faultproxy.RPCError `json:"error"`
	}
	require.NoError(t, json.Unmarshal(b, &answers))
	require.Len(t, answers, 2)
	assert.Equal(t, `"0x3e7"`, string(answers[0].Result))
	require.NotNil(t, answers[1].Error)
	assert.Equal(t, 2, answers[1].ID)
	assert.Contains(t, answers[1].Error.Message, "Max range: 10")
	assert.Equal(t, 2, p.Total())
}

func TestNewRejects(t *testing.T) {
	_, err := faultproxy.New("ws://127.0.0.1:1", faultproxy.Config{})
	assert.Error(t, err)
	_, err = faultproxy.New("http://127.0.0.1:1", faultproxy.Config{Provider: "nonesuch"})
	assert.ErrorContains(t, err, "unknown provider")
}

// recorder replaces the reader's sleep.
type recorder struct {
	mu sync.Mutex
	ds []time.Duration
}

func (r *recorder) sleep(ctx context.Context, d time.Duration) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ds = append(r.ds, d)
	return ctx.Err()
}

// The reader over ethclient over the proxy gets every log through every provider's refusals, and through
// 429s, 5xx and dropped connections.
func TestReaderThroughProxy(t *testing.T) {
	u, up := newUpstream(t, 1999, density)
	for _, provider := range faultproxy.Providers() {
		t.Run(provider, func(t *testing.T) {
			p, url := start(t, up, faultproxy.Config{
				Provider: provider, MaxRange: 120, MaxResults: 80,
				RateLimitEvery: 5, ServerErrorEvery: 7, DropEvery: 11, RetryAfter: 250 * time.Millisecond,
			})
			_, ec := dial(t, url)
			rec := new(recorder)
			r := logs.New(ec, logs.WithEndpoint(url), logs.WithMaxRange(1000), logs.WithSleep(rec.sleep))
			got, err := r.Fetch(t.Context(), ethereum.FilterQuery{FromBlock: big.NewInt(0)})
			require.NoError(t, err)
			require.Equal(t, len(u.logs), len(got))
			for i := range got {
				require.Equal(t, u.logs[i].BlockNumber, got[i].BlockNumber)
				require.Equal(t, u.logs[i].TxHash, got[i].TxHash)
			}
			f := p.Faults()
			assert.Positive(t, f[faultproxy.FaultTooWide]+f[faultproxy.FaultTooMany])
			assert.Positive(t, f[faultproxy.FaultRateLimit])
			assert.Contains(t, rec.ds, 250*time.Millisecond, "the 429's wait is honoured")
			st := r.Stats()
			assert.Equal(t, uint64(p.Counts()["eth_getLogs"]), st.Calls)
		})
	}
}

func TestRPCErrorSatisfiesRPCInterfaces(t *testing.T) {
	var err error = &faultproxy.RPCError{Code: -32005, Message: "m", Data: "d"}
	var de rpc.DataError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "d", de.ErrorData())
	var re rpc.Error
	require.ErrorAs(t, err, &re)
	assert.Equal(t, -32005, re.ErrorCode())
	var buf bytes.Buffer
	require.NoError(t, json.NewEncoder(&buf).Encode(err))
	assert.JSONEq(t, `{"code":-32005,"message":"m","data":"d"}`, buf.String())
}
