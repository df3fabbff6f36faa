package realnet

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/testnet/anvil"
	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// A send after a long absence behind a narrow provider (issue "Real networks", the risk checks' catch-up): its
// risk checks read a bounded window, so the send stays within its budget; it says which blocks it did not
// read, and the index catches up later. 20,000 empty blocks behind 100 blocks per eth_getLogs are 200 pages,
// as 200,000 blocks behind a 1,000-block provider, at a fraction of the aging time.
func TestRealNetworkRiskWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Anvil and ages its chain")
	}
	if os.Getenv(envRun) == "" {
		t.Skipf("the real-network suite runs with `make realnet` (or %s=1 go test ./testnet/realnet)", envRun)
	}
	anvil.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	bin := buildBinary(t, ctx)
	a := anvil.StartT(t, anvil.Options{Args: []string{"--no-mining"}})
	timer := startBlocks(a)
	t.Cleanup(func() { timer.stop() })
	u := &user{t: t, ctx: ctx, bin: bin, dir: t.TempDir(), env: append(cleanEnv(), "HONGBAO_HOME="+t.TempDir()), rpc: a.RPC()}

	u.okJSON(cat("deploy", "--test-token", as(0))...)
	for i := 1; i <= 3; i++ { // account 0 pays accounts 1-3; the index knows it
		u.okJSON(cat("send", "--to", addr(i), "--amount", "1", "--token", "tCNY", "--yes", as(0))...)
	}
	timer.stop()
	require.NoError(t, a.Age(ctx, 20_000))
	timer = startBlocks(a)

	const pageBlocks = 100
	p, url := startProxy(t, a.RPC(), faultproxy.Config{Provider: provider, MaxRange: pageBlocks, MaxResults: providerResults})
	var rows []row
	m := meter{proxy: p, phase: "20k blocks away, 100 blocks per eth_getLogs", rows: &rows}
	// --max-block-range: the provider's limit as the range memo knows it after the first command there.
	v := u.at(t, url)
	send := func(label string, to int) map[string]any {
		var out map[string]any
		r := m.count("send", label, func() {
			out = v.okJSON(cat("send", "--to", addr(to), "--amount", "1", "--token", "tCNY", "--yes", "--max-block-range", "100", as(0))...)
		})
		checkBudget(t, r)
		t.Logf("%s: %d calls: %s", label, r.total(), r.perMethod())
		return out
	}
	rules := func(out map[string]any) map[string]string {
		found := map[string]string{}
		risks, _ := out["risks"].([]any)
		for _, r := range risks {
			w := r.(map[string]any)
			found[w["rule"].(string)] = w["message"].(string)
		}
		return found
	}
	window := func(out map[string]any) map[string]any { return out["riskHistory"].(map[string]any) }

	first := send("send (first after the absence)", 4)
	h := window(first)
	require.Equal(t, "index", first["riskSource"])
	require.Equal(t, false, h["complete"], "%v", h)
	require.NotNil(t, h["unread"], "the blocks between the index and the recent window")
	require.NotNil(t, h["recent"])
	require.Contains(t, rules(first)["new-recipient"], "in the history read", "a first payment found in a partial history says so")
	indexedTo := h["indexed"].(map[string]any)["to"].(float64)

	second := send("send (still behind: to an account paid before the absence)", 1)
	h = window(second)
	require.Equal(t, false, h["complete"])
	require.Greater(t, h["indexed"].(map[string]any)["to"].(float64), indexedTo, "each send moves the index on")
	require.NotContains(t, rules(second), "new-recipient", "the index knows the payment to account 1")

	m.count("index", "index (the catch-up, left for later)", func() { v.okJSON("index", "--max-block-range", "100") })
	third := send("send (index caught up)", 4)
	require.Equal(t, true, window(third)["complete"])
	require.NotContains(t, rules(third), "new-recipient", "the first send's payment to account 4 is in the index")
	t.Logf("calls:\n%s", callsTable(rows, true))
}
