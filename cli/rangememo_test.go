package cli

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/logs"
	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// A provider's eth_getLogs block limit, learnt by one command, is where the next command's log reader starts
// (per endpoint and chain, in <home>/getlogs-ranges.json), unless --max-block-range (or its variable) says the
// range; a corrupt memory only costs a relearning.
func TestRangeMemory(t *testing.T) {
	h := newHarness(t)
	for range 3 { // blocks past the deployment, for the index to read
		h.okJSON(args("send", "--to", addr(1).Hex(), "--amount", "1", "--token", "tCNY", "--yes", as(0))...)
	}
	ctx := context.Background()
	head, err := h.ec.BlockNumber(ctx)
	require.NoError(t, err)
	id, err := h.ec.ChainID(ctx)
	require.NoError(t, err)
	span := head - h.chain.Deployment.Block + 1
	require.GreaterOrEqual(t, span, uint64(4))

	// Two providers in front of the chain. At most 3 pages each: the reader widens only after 4 answers, so a
	// reader that starts at the limit is never refused.
	type endpoint struct {
		proxy *faultproxy.Proxy
		url   string
		limit uint64
	}
	proxy := func(limit uint64) endpoint {
		p, url := h.proxy(faultproxy.Config{Provider: "alchemy", MaxRange: limit})
		return endpoint{p, url, limit}
	}
	a, b := proxy((span+2)/3), proxy((span+1)/2)
	memo := logs.NewRangeMemo(filepath.Join(h.home, logs.RangeMemoFile))
	remembered := func(e endpoint) uint64 { return memo.Load(logs.MemoKey(e.url, id.Uint64())) }

	n := 0
	list := func(t *testing.T, e endpoint, env map[string]string, extra ...string) (refused int) {
		t.Helper()
		n++ // a fresh index each time: it reads every block since the deployment
		e.proxy.Reset()
		res := h.runVia(e.url, env, append([]string{"--json", "list", "--all", "--db", filepath.Join(t.TempDir(), "index.db")}, extra...)...)
		require.NoError(t, res.err, "list #%d: %s", n, res.stderr)
		require.Len(t, decodeOne(t, res.stdout)["packets"], 3)
		return e.proxy.Faults()[faultproxy.FaultTooWide]
	}

	tests := []struct {
		name        string
		at          endpoint
		env         map[string]string
		flags       []string
		before      func()
		wantRefused bool
		wantA       uint64 // what is remembered afterwards for endpoint a
		wantB       uint64
	}{
		{name: "the first command learns the limit", at: a, wantRefused: true, wantA: a.limit},
		{name: "the next starts there", at: a, wantA: a.limit},
		{name: "another endpoint has its own", at: b, wantRefused: true, wantA: a.limit, wantB: b.limit},
		{name: "and the first keeps its own", at: a, wantA: a.limit, wantB: b.limit},
		{name: "--max-block-range wins", at: a, flags: []string{"--max-block-range", "10000"}, wantRefused: true,
			wantA: a.limit, wantB: b.limit},
		{name: "so does its variable", at: a, env: map[string]string{envMaxRange: "10000"}, wantRefused: true,
			wantA: a.limit, wantB: b.limit},
		{name: "a corrupt memory is relearnt", at: a, before: func() {
			require.NoError(t, os.WriteFile(filepath.Join(h.home, logs.RangeMemoFile), []byte("{\x00 not json"), 0o600))
		}, wantRefused: true, wantA: a.limit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.before != nil {
				tt.before()
			}
			refused := list(t, tt.at, tt.env, tt.flags...)
			if tt.wantRefused {
				assert.Positive(t, refused, "eth_getLogs refused as too wide")
			} else {
				assert.Zero(t, refused, "eth_getLogs refused as too wide")
			}
			assert.Equal(t, tt.wantA, remembered(a))
			assert.Equal(t, tt.wantB, remembered(b))
		})
	}
}
