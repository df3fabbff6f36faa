package cli

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// riskFile writes a risk config and returns its path.
func riskFile(t *testing.T, json string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "risk.json")
	require.NoError(t, os.WriteFile(path, []byte(json), 0o644))
	return path
}

// only is a config with every rule off except the one given (with its extra fields), the bearer-code advice too.
func only(t *testing.T, rule, fields string) string {
	t.Helper()
	cfg := map[string]string{ruleFarAboveUsual: `{"enabled": false}`, ruleNightSend: `{"enabled": false}`,
		ruleNewRecipient: `{"enabled": false}`, ruleBurst: `{"enabled": false}`}
	cfg[rule] = `{"enabled": true` + fields + `}`
	return riskFile(t, `{"far-above-usual": `+cfg[ruleFarAboveUsual]+`, "night-send": `+cfg[ruleNightSend]+
		`, "new-recipient": `+cfg[ruleNewRecipient]+`, "burst": `+cfg[ruleBurst]+`, "bearer-code": {"enabled": false}}`)
}

var ruleTag = regexp.MustCompile(`\[([a-z-]+)\]`)

// riskSend runs a send without --yes and returns the rules that fired (none: it was sent).
func (h *harness) riskSend(now time.Time, cfg string, a ...string) []string {
	h.t.Helper()
	res := h.runWith(runOpts{now: now}, append(a, "--risk-config", cfg)...)
	if res.err == nil {
		return nil
	}
	require.Equal(h.t, "ConfirmationNeeded", asError(res.err).Code, "%v: %v", a, res.err)
	var rules []string
	for _, m := range ruleTag.FindAllStringSubmatch(res.stderr, -1) {
		rules = append(rules, m[1])
	}
	sort.Strings(rules)
	return rules
}

// Each rule of rules §7 fires where it should and stays quiet where it should not; a flagged send sends nothing.
func TestRiskRules(t *testing.T) {
	h := newHarness(t)
	noon := h.now
	tcny := func(i int, amount string, extra ...string) []string {
		return args("send", "--shares", "1", "--amount", amount, "--token", "tCNY", extra, as(i))
	}

	t.Run(ruleFarAboveUsual, func(t *testing.T) {
		cfg := only(t, ruleFarAboveUsual, "")
		for i := 0; i < 3; i++ {
			require.Empty(t, h.riskSend(noon, cfg, tcny(1, "1")...), "fewer than 3 earlier sends: no usual amount yet")
		}
		require.Empty(t, h.riskSend(noon, cfg, tcny(1, "10")...), "exactly 10 times the usual is not above it")
		before := h.snapshot(addr(1))
		require.Equal(t, []string{ruleFarAboveUsual}, h.riskSend(noon, cfg, tcny(1, "10.02")...))
		h.requireUnchanged(addr(1), before)
		require.Empty(t, h.riskSend(noon, cfg, args("send", "--shares", "1", "--amount", "5", as(1))...), "ETH has no usual amount yet")
		lax := riskFile(t, `{"far-above-usual": {"factor": 100}, "night-send": {"enabled": false}, "new-recipient": {"enabled": false}, "burst": {"enabled": false}}`)
		require.Empty(t, h.riskSend(noon, lax, tcny(1, "50")...), "a configured factor of 100")
	})

	t.Run(ruleNightSend, func(t *testing.T) {
		cfg := only(t, ruleNightSend, "")
		night := time.Date(2026, 5, 2, 3, 0, 0, 0, time.Local)
		before := h.snapshot(addr(2))
		require.Equal(t, []string{ruleNightSend}, h.riskSend(night, cfg, tcny(2, "600")...), "above every undo tier at 03:00")
		h.requireUnchanged(addr(2), before)
		require.Empty(t, h.riskSend(night, cfg, tcny(2, "100")...), "small at night")
		require.Empty(t, h.riskSend(noon, cfg, tcny(2, "600")...), "large at noon")
		late := only(t, ruleNightSend, `, "from": "23:00", "to": "06:00"`)
		require.Equal(t, []string{ruleNightSend}, h.riskSend(time.Date(2026, 5, 2, 23, 30, 0, 0, time.Local), late, tcny(2, "700")...))
		require.Empty(t, h.riskSend(time.Date(2026, 5, 2, 6, 0, 0, 0, time.Local), late, tcny(2, "700")...), "the night ends at 06:00")
	})

	t.Run(ruleNewRecipient, func(t *testing.T) {
		cfg := only(t, ruleNewRecipient, "")
		direct := args("send", "--to", addr(4).Hex(), "--amount", "1", "--token", "tCNY", as(3))
		before := h.snapshot(addr(3))
		require.Equal(t, []string{ruleNewRecipient}, h.riskSend(noon, cfg, direct...))
		h.requireUnchanged(addr(3), before)
		h.okJSON(append(direct, "--yes")...)
		require.Empty(t, h.riskSend(noon, cfg, direct...), "paid before")
		require.Empty(t, h.riskSend(noon, cfg, tcny(3, "1")...), "a group packet has no recipient")
	})

	t.Run(ruleBurst, func(t *testing.T) {
		cfg := only(t, ruleBurst, `, "count": 2, "window": "5m"`)
		require.Empty(t, h.riskSend(noon, cfg, tcny(5, "1")...))
		require.Empty(t, h.riskSend(noon, cfg, tcny(5, "1")...))
		before := h.snapshot(addr(5))
		res := h.runWith(runOpts{}, append(tcny(5, "1"), "--risk-config", cfg)...)
		require.Equal(t, "ConfirmationNeeded", asError(res.err).Code)
		require.Contains(t, res.stderr, "[burst] you sent 2 packets in the last 5m")
		h.requireUnchanged(addr(5), before)
		h.timeTravel(6 * time.Minute)
		require.Empty(t, h.riskSend(noon, cfg, tcny(5, "1")...), "the window has passed")
	})

	t.Run("all rules off", func(t *testing.T) {
		off := riskFile(t, `{"far-above-usual": {"enabled": false}, "night-send": {"enabled": false}, "new-recipient": {"enabled": false}, "burst": {"enabled": false}}`)
		night := time.Date(2026, 5, 2, 3, 0, 0, 0, time.Local)
		require.Empty(t, h.riskSend(night, off, args("send", "--to", addr(9).Hex(), "--amount", "900", "--token", "tCNY", as(6))...))
	})

	t.Run("several rules name themselves", func(t *testing.T) {
		night := time.Date(2026, 5, 2, 3, 0, 0, 0, time.Local)
		res := h.runWith(runOpts{now: night, env: map[string]string{envJSON: "1"}}, args("send", "--to", addr(9).Hex(), "--amount", "900", "--token", "tCNY", as(7))...)
		require.Equal(t, "ConfirmationNeeded", asError(res.err).Code)
		msg := decodeOne(t, res.stdout)["error"].(map[string]any)["message"].(string)
		require.Contains(t, msg, "["+ruleNightSend+"]")
		require.Contains(t, msg, "["+ruleNewRecipient+"]")
		ok := h.okJSON(args("send", "--to", addr(9).Hex(), "--amount", "1", "--token", "tCNY", "--yes", as(7))...)
		risks := ok["risks"].([]any)
		require.Equal(t, ruleNewRecipient, risks[0].(map[string]any)["rule"], "the accepted warning is in the result")
	})
}

// A bad risk config is a usage error and nothing is sent; <home>/risk.json is read when present.
func TestRiskConfigFile(t *testing.T) {
	h := newHarness(t)
	send := args("send", "--shares", "1", "--amount", "1", "--token", "tCNY", as(0))
	for name, body := range map[string]string{
		"unknown field":  `{"burst": {"count": 2, "windw": "5m"}}`,
		"factor below 1": `{"far-above-usual": {"factor": 0.5}}`,
		"bad clock":      `{"night-send": {"from": "25:00"}}`,
		"bad window":     `{"burst": {"window": "soon"}}`,
		"not JSON":       `burst=2`,
	} {
		before := h.snapshot(addr(0))
		res := h.run(append(send, "--risk-config", riskFile(t, body))...)
		require.Equal(t, "InvalidRiskConfig", asError(res.err).Code, name)
		require.Equal(t, ExitUsage, res.code, name)
		h.requireUnchanged(addr(0), before)
	}
	h.fails("InvalidRiskConfig", append(send, "--risk-config", filepath.Join(t.TempDir(), "missing.json"))...)

	require.NoError(t, os.WriteFile(filepath.Join(h.home, "risk.json"), []byte(`{"burst": {"count": 1}}`), 0o644))
	h.okJSON(send...)
	res := h.run(send...)
	require.Equal(t, "ConfirmationNeeded", asError(res.err).Code, "one earlier send is a burst under <home>/risk.json")
	require.Contains(t, res.stderr, "[burst]")
}

// The rules read the sender's history from the local index, which the first send makes and every send
// brings up to date (its cost then does not grow with the history or the chain's age).
func TestRiskFromIndex(t *testing.T) {
	h := newHarness(t)
	pay := args("send", "--to", addr(3).Hex(), "--amount", "2", "--token", "tCNY", as(0))
	first := h.okJSON(append(pay, "--yes")...)
	require.Equal(t, "index", first["riskSource"])
	require.FileExists(t, str(t, h.okJSON("index"), "db"), "the first send made the index")
	second := h.okJSON(pay...)
	require.Equal(t, "index", second["riskSource"])
	require.Empty(t, second["risks"], "the index knows the earlier payment to the address")
	res := h.run(args("send", "--to", addr(4).Hex(), "--amount", "2", "--token", "tCNY", as(0))...)
	require.Contains(t, res.stderr, "[new-recipient] this is your first payment to "+addr(4).Hex())
}

// At a terminal the sender confirms by typing the amount again; anything else sends nothing.
func TestRiskTypedConfirmation(t *testing.T) {
	h := newHarness(t)
	direct := args("send", "--to", addr(5).Hex(), "--amount", "1.5", "--token", "tCNY", as(0))
	for _, typed := range []string{"", "y\n", "1.4\n", "15\n"} {
		before := h.snapshot(addr(0))
		res := h.runWith(runOpts{tty: true, stdin: typed}, direct...)
		require.Equal(t, "NotConfirmed", asError(res.err).Code, "typed %q", typed)
		require.Contains(t, res.stderr, "type the amount again (1.50)")
		h.requireUnchanged(addr(0), before)
	}
	before := h.tokenBalance(addr(5))
	res := h.runWith(runOpts{tty: true, stdin: "1.50 tCNY\n"}, direct...)
	require.NoError(t, res.err, res.stderr)
	require.Contains(t, res.stdout, "Sent packet")
	require.Equal(t, before, h.tokenBalance(addr(5)), "a Direct packet waits for its claim")
}

// An index far behind the head (here: more than 10 pages of 2 blocks) is moved on by a few pages and the last
// pages are read from the chain: send says which blocks it did not read, in a note and in riskHistory, and a
// first payment found in such a history says so. `hongbao index` catches the index up.
func TestRiskHistoryPartial(t *testing.T) {
	h := newHarness(t)
	narrow := []string{"--max-block-range", "2"}
	h.okJSON(args("send", "--to", addr(3).Hex(), "--amount", "1", "--token", "tCNY", "--yes", as(0))...)
	for range 40 {
		require.NoError(t, h.ec.Client().CallContext(context.Background(), nil, "evm_mine"))
	}

	res := h.run(args("send", "--to", addr(3).Hex(), "--amount", "1", "--token", "tCNY", narrow, as(0))...)
	require.NoError(t, res.err, res.stderr)
	require.Regexp(t, `note: risk checks used the index up to block \d+ and the last 4 blocks \(\d+-\d+\); blocks \d+-\d+ \(\d+\) were not read: the index is still catching up`, res.stderr)
	require.NotContains(t, res.stderr, "[new-recipient]", "the index knows the payment to account 3")

	out := h.okJSON(args("send", "--to", addr(4).Hex(), "--amount", "1", "--token", "tCNY", "--yes", narrow, as(0))...)
	require.Equal(t, "index", out["riskSource"])
	hist := out["riskHistory"].(map[string]any)
	require.Equal(t, false, hist["complete"])
	require.NotNil(t, hist["unread"])
	msg := out["risks"].([]any)[0].(map[string]any)["message"].(string)
	require.Contains(t, msg, "no earlier payment to "+addr(4).Hex()+" in the history read (risk checks used the index up to block")

	h.okJSON("index")
	out = h.okJSON(args("send", "--to", addr(4).Hex(), "--amount", "1", "--token", "tCNY", "--yes", narrow, as(0))...)
	require.Equal(t, true, out["riskHistory"].(map[string]any)["complete"])
	for _, r := range out["risks"].([]any) { // a burst by now: three sends in a few seconds of chain time
		require.NotEqual(t, ruleNewRecipient, r.(map[string]any)["rule"], "the payment to account 4 is in the index now")
	}
}
