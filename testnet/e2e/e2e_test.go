// Package e2e drives the hongbao binary as a user would: it builds it, starts `hongbao devnet` as a separate
// process on a free port, runs every command over HTTP JSON-RPC, time-travels with evm_increaseTime, checks
// balances on chain, and stops the dev chain with SIGINT.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/units"
)

// user runs the built binary against one dev chain, with its settings in the environment as a user's shell
// would have them.
type user struct {
	t    *testing.T
	ctx  context.Context
	bin  string
	dir  string // working directory (no .env in it)
	env  []string
	rpc  string
	ec   *ethclient.Client
	tcny common.Address
}

type output struct {
	stdout, stderr string
	code           int
}

// run runs hongbao with args and returns its output and exit code.
func (u *user) run(args ...string) output {
	u.t.Helper()
	cmd := exec.CommandContext(u.ctx, u.bin, args...)
	cmd.Dir, cmd.Env = u.dir, u.env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else {
		require.NoError(u.t, err, "hongbao %v", args)
	}
	return output{stdout: out.String(), stderr: errb.String(), code: code}
}

// ok runs a command that must exit 0 and returns its stdout.
func (u *user) ok(args ...string) string {
	u.t.Helper()
	o := u.run(args...)
	require.Equal(u.t, 0, o.code, "hongbao %v\nstdout: %s\nstderr: %s", args, o.stdout, o.stderr)
	return o.stdout
}

// okJSON runs a command with --json that must exit 0 and decodes its one object.
func (u *user) okJSON(args ...string) map[string]any {
	u.t.Helper()
	var m map[string]any
	out := u.ok(append(args, "--json")...)
	require.NoError(u.t, json.Unmarshal([]byte(out), &m), out)
	return m
}

func as(i int) []string { return []string{"--private-key", devkeys.HexKey(i)} }

func cat(parts ...any) []string {
	var out []string
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			out = append(out, v)
		case []string:
			out = append(out, v...)
		}
	}
	return out
}

// rpcCall makes a raw JSON-RPC call, as a user would with curl.
func (u *user) rpcCall(method string, params ...any) json.RawMessage {
	u.t.Helper()
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	require.NoError(u.t, err)
	req, err := http.NewRequestWithContext(u.ctx, http.MethodPost, u.rpc, bytes.NewReader(body))
	require.NoError(u.t, err)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(u.t, err)
	defer resp.Body.Close()
	var reply struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	require.NoError(u.t, json.NewDecoder(resp.Body).Decode(&reply))
	require.Nil(u.t, reply.Error, "%s failed", method)
	return reply.Result
}

// tokenBalance reads balanceOf(who) of tCNY on chain.
func (u *user) tokenBalance(who common.Address) *big.Int {
	u.t.Helper()
	data := append(common.FromHex("0x70a08231"), common.LeftPadBytes(who.Bytes(), 32)...)
	out, err := u.ec.CallContract(u.ctx, ethereum.CallMsg{To: &u.tcny, Data: data}, nil)
	require.NoError(u.t, err)
	return new(big.Int).SetBytes(out)
}

func (u *user) ethBalance(who common.Address) *big.Int {
	u.t.Helper()
	b, err := u.ec.BalanceAt(u.ctx, who, nil)
	require.NoError(u.t, err)
	return b
}

// cleanEnv is the test's environment without the developer's HONGBAO_* settings, in a time zone where it is
// midday now (see middayZone).
func cleanEnv() []string {
	var out []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "HONGBAO_") && !strings.HasPrefix(kv, "TZ=") {
			out = append(out, kv)
		}
	}
	return append(out, "TZ="+middayZone(time.Now()))
}

// middayZone names a fixed-offset zone in which now is between 11:00 and 13:00 local time. The night-send
// warning (rules §7) fires for large sends between 00:00 and 05:00 local time; the scenarios are about the
// clauses, so they run at midday wherever and whenever the test runs. (The rule itself is tested with an
// injected clock in cli/risk_test.go.) The binary embeds time/tzdata, so the zone exists on any machine.
func middayZone(now time.Time) string {
	offset := 12 - now.UTC().Hour() // -11..+12
	switch {
	case offset == 0:
		return "Etc/GMT"
	case offset > 0:
		return fmt.Sprintf("Etc/GMT-%d", offset) // POSIX sign: Etc/GMT-5 is UTC+5
	default:
		return fmt.Sprintf("Etc/GMT+%d", -offset)
	}
}

// freePort returns a port nothing listens on right now.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// buildBinary is $HONGBAO_BIN (the Makefile passes bin/hongbao, built once by `make build` for every test
// that runs the binary), else cli/hongbao built into a temporary directory.
func buildBinary(t *testing.T, ctx context.Context) string {
	t.Helper()
	if p := os.Getenv("HONGBAO_BIN"); p != "" {
		_, err := os.Stat(p)
		require.NoError(t, err, "$HONGBAO_BIN: run `make build`")
		return p
	}
	bin := filepath.Join(t.TempDir(), "hongbao")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/hongbao/hongbao/cli/hongbao")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// devnet is a running `hongbao devnet` process.
type devnet struct {
	cmd    *exec.Cmd
	stderr *bytes.Buffer
	info   map[string]any
}

// startDevnet starts `hongbao devnet --port PORT --json` and waits for its JSON description.
func startDevnet(t *testing.T, ctx context.Context, bin string, env []string, dir string) *devnet {
	t.Helper()
	port := freePort(t)
	cmd := exec.Command(bin, "devnet", "--port", strconv.Itoa(port), "--json")
	cmd.Dir, cmd.Env = dir, env
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	d := &devnet{cmd: cmd, stderr: &bytes.Buffer{}}
	cmd.Stderr = d.stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill() // the test failed before stopping it
			_ = cmd.Wait()
		}
	})
	ready := make(chan error, 1)
	go func() { ready <- json.NewDecoder(bufio.NewReader(stdout)).Decode(&d.info) }()
	select {
	case err := <-ready:
		require.NoError(t, err, "devnet output; stderr: %s", d.stderr)
	case <-ctx.Done():
		t.Fatalf("devnet did not start: %v; stderr: %s", ctx.Err(), d.stderr)
	}
	require.Equal(t, fmt.Sprintf("http://127.0.0.1:%d", port), d.info["rpc"])
	return d
}

// stop sends SIGINT and requires a clean exit with status 0.
func (d *devnet) stop(t *testing.T) {
	t.Helper()
	require.NoError(t, d.cmd.Process.Signal(os.Interrupt))
	done := make(chan error, 1)
	go func() { done <- d.cmd.Wait() }()
	select {
	case err := <-done:
		require.NoError(t, err, "devnet exit; stderr: %s", d.stderr)
		require.Equal(t, 0, d.cmd.ProcessState.ExitCode())
	case <-time.After(30 * time.Second):
		t.Fatalf("devnet did not stop on SIGINT; stderr: %s", d.stderr)
	}
}

var (
	claimLine   = regexp.MustCompile(`hongbao claim (\d+) --code (hb1\w+)`)
	claimedLine = regexp.MustCompile(`Claimed ([0-9.]+) tCNY from packet (\d+)`)
	refundLine  = regexp.MustCompile(`Refunded packet (\d+) \(C1\): the unclaimed ([0-9.]+) tCNY went back`)
)

func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs a dev chain process")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	bin := buildBinary(t, ctx)
	dir, home := t.TempDir(), t.TempDir()
	base := append(cleanEnv(), "HONGBAO_HOME="+home)
	net := startDevnet(t, ctx, bin, base, dir)
	rpc := net.info["rpc"].(string)
	ec, err := ethclient.DialContext(ctx, rpc)
	require.NoError(t, err)
	defer ec.Close()
	tokens := net.info["tokens"].(map[string]any)
	u := &user{t: t, ctx: ctx, bin: bin, dir: dir, env: append(base, "HONGBAO_RPC="+rpc), rpc: rpc, ec: ec,
		tcny: common.HexToAddress(tokens["tCNY"].(string))}

	t.Run("quick start: lucky packet, two claims, a day later a refund", func(t *testing.T) { quickStart(t, u) })
	t.Run("recipient, sender and guardian clauses", func(t *testing.T) { clauses(t, u) })
	t.Run("reads, policy and deploy", func(t *testing.T) { readsAndAdmin(t, u, home) })
	t.Run("bad input sends nothing", func(t *testing.T) { badInput(t, u) })
	var org, late string
	t.Run("organisation: budget, employee send, admin intercept", func(t *testing.T) { org, late = orgFlow(t, u) })
	t.Run("keeper, index, history, export, reconcile", func(t *testing.T) {
		require.NotEmpty(t, late, "needs the organisation's packet")
		keeperAndRecords(t, u, org, late)
	})
	t.Run("claim page server and a gasless claim", func(t *testing.T) { relayedClaim(t, u) })
	t.Run("demo", func(t *testing.T) {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(u.ok("demo", "--json")), &m))
		require.Equal(t, true, m["ok"])
	})
	net.stop(t)
}

func quickStart(t *testing.T, u *user) {
	u.t = t
	a0, a1, a2 := devkeys.Address(0), devkeys.Address(1), devkeys.Address(2)
	b0, b1, b2 := u.tokenBalance(a0), u.tokenBalance(a1), u.tokenBalance(a2)

	sent := u.ok(cat("send", "--shares", "3", "--lucky", "--amount", "100", "--token", "tCNY", as(0))...)
	m := claimLine.FindStringSubmatch(sent)
	require.NotNil(t, m, "send prints the claim command: %s", sent)
	id, code := m[1], m[2]
	require.Contains(t, sent, "lucky, 100.00 tCNY in 3 shares")

	claimed := new(big.Int)
	for i, before := range map[int]*big.Int{1: b1, 2: b2} {
		out := u.ok(cat("claim", id, "--code", code, as(i))...)
		c := claimedLine.FindStringSubmatch(out)
		require.NotNil(t, c, out)
		amount, err := units.Parse(c[1], 2)
		require.NoError(t, err)
		require.Equal(t, new(big.Int).Add(before, amount), u.tokenBalance(devkeys.Address(i)), "account %d received what was printed", i)
		claimed.Add(claimed, amount)
	}
	require.Contains(t, u.ok("show", id), "Claims so far (2)")

	require.Equal(t, 1, u.run(cat("refund", id, as(3))...).code, "not refundable before expiry")
	// As the README does: evm_increaseTime and nothing else, then refund. The refund runs in the next block,
	// so the node must estimate it at the advanced time (anvil and Hardhat do) without a block mined first.
	u.rpcCall("evm_increaseTime", 24*60*60+60)
	out := ""
	t.Run("refund right after evm_increaseTime, no block mined", func(t *testing.T) {
		o := u.run(cat("refund", id, as(3))...)
		require.Equal(t, 0, o.code, "the pending block must carry the evm_increaseTime offset: %s", o.stderr)
		out = o.stdout
	})
	if out == "" {
		u.t = t
		u.rpcCall("evm_mine") // go on with the rest of the flow
		out = u.ok(cat("refund", id, as(3))...)
	}
	r := refundLine.FindStringSubmatch(out)
	require.NotNil(t, r, out)
	rest, err := units.Parse(r[2], 2)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(big.NewInt(10000), claimed), rest, "the rest is what was not claimed")
	require.Equal(t, new(big.Int).Sub(b0, claimed), u.tokenBalance(a0), "the sender is down exactly what was claimed")
	require.Contains(t, u.ok("show", id), "Nobody can take it back any more")
}

func clauses(t *testing.T, u *user) {
	u.t = t
	a0 := devkeys.Address(0)
	to := func(i int) []string { return []string{"--to", devkeys.Address(i).Hex(), "--yes"} }
	id := func(m map[string]any) string { return m["packetId"].(string) }

	before := u.tokenBalance(a0)
	dec := u.okJSON(cat("send", to(4), "--amount", "66", "--token", "tCNY", as(0))...)
	require.Equal(t, "Declined", u.okJSON(cat("decline", id(dec), as(4))...)["event"])
	require.Equal(t, before, u.tokenBalance(a0), "declined: everything back")

	und := u.okJSON(cat("send", to(5), "--amount", "100", "--token", "tCNY", as(0))...)
	require.Equal(t, "UndoRequested", u.okJSON(cat("withdraw", id(und), as(0))...)["event"])
	require.Equal(t, "UndoApproved", u.okJSON(cat("approve", id(und), as(5))...)["event"])
	require.Equal(t, before, u.tokenBalance(a0), "undo approved: everything back")

	cool := u.okJSON(cat("send", to(6), "--amount", "0.5", "--delay", "2h", as(0))...)
	require.Equal(t, 1, u.run(cat("claim", id(cool), as(6))...).code, "cool-off: no claims yet")
	require.Equal(t, "CoolOffWithdrawn", u.okJSON(cat("withdraw", id(cool), as(0))...)["event"])

	ret := u.okJSON(cat("send", to(7), "--amount", "88.88", "--token", "tCNY", as(0))...)
	require.Equal(t, "8888", u.okJSON(cat("claim", id(ret), as(7))...)["amount"])
	require.Equal(t, "888", u.okJSON(cat("return", id(ret), "--amount", "8.88", as(7))...)["amount"])
	require.Equal(t, new(big.Int).Sub(before, big.NewInt(8000)), u.tokenBalance(a0), "88.88 out, 8.88 back")

	g := u.okJSON(cat("send", to(8), "--amount", "1000", "--token", "tCNY", "--guardian", devkeys.Address(9).Hex(), as(0))...)
	require.Contains(t, u.ok("show", id(g)), "(guardian) until claimed")
	require.Equal(t, "Intercepted", u.okJSON(cat("intercept", id(g), as(9))...)["event"])
	require.Equal(t, new(big.Int).Sub(before, big.NewInt(8000)), u.tokenBalance(a0), "intercepted: the 1000.00 came back")

	// Five sends in a few minutes: the burst warning of rules §7 now needs --yes.
	burst := u.run(cat("send", "--shares", "4", "--amount", "20", "--token", "tCNY", as(0))...)
	require.Equal(t, 1, burst.code)
	require.Contains(t, burst.stderr, "packets in the last 5m")
	eq := u.okJSON(cat("send", "--shares", "4", "--amount", "20", "--token", "tCNY", "--yes", as(0))...)
	u.okJSON(cat("claim", id(eq), "--code", eq["claimCode"].(string), as(1))...)
	w := u.okJSON(cat("withdraw", id(eq), as(0))...)
	require.Equal(t, "Undone", w["event"])
	require.Equal(t, "1500", w["amount"])

	// An allowlist packet of ETH: the proofs file lands next to the list.
	list := filepath.Join(u.dir, "friends.txt")
	require.NoError(t, os.WriteFile(list, []byte(devkeys.Address(2).Hex()+"\n"+devkeys.Address(3).Hex()+"\n"), 0o644))
	al := u.okJSON(cat("send", "--shares", "2", "--amount", "0.2", "--allow", list, "--yes", as(0))...)
	proofs := filepath.Join(u.dir, "friends.proofs.json")
	require.Equal(t, proofs, al["proofsFile"])
	b3 := u.ethBalance(devkeys.Address(3))
	u.okJSON(cat("claim", id(al), "--proof", proofs, as(3))...)
	require.Equal(t, 1, u.ethBalance(devkeys.Address(3)).Cmp(b3), "account 3 gained 0.1 ETH minus gas")
}

func readsAndAdmin(t *testing.T, u *user, home string) {
	u.t = t
	sent := u.okJSON(cat("list", as(0))...)["packets"].([]any)
	require.GreaterOrEqual(t, len(sent), 8)
	received := u.okJSON("list", "--received-by", devkeys.Address(7).Hex())["packets"].([]any)
	require.Len(t, received, 1)

	p := u.okJSON("policy", "show", "--token", "tCNY")["policies"].([]any)[0].(map[string]any)
	require.Len(t, p["tiers"], 2)
	u.okJSON(cat("policy", "set", "--token", "ETH", "--min-share", "0.001", "--tier", "1:5m:consent", as(0))...)
	eth := u.okJSON("policy", "show", "--token", "ETH")["policies"].([]any)[0].(map[string]any)
	require.Equal(t, "1000000000000000", eth["minShare"])

	l := u.okJSON(cat("lock", "set", "--token", "tCNY", "--threshold", "500", "--min-delay", "24h", as(2))...)
	require.Equal(t, false, l["deferred"])
	locked := u.okJSON(cat("send", "--shares", "1", "--amount", "600", "--token", "tCNY", as(2))...)
	require.EqualValues(t, 24*60*60, locked["lockApplied"].(map[string]any)["to"])
	require.Contains(t, u.ok("lock", "show", "--token", "tCNY", "--of", devkeys.Address(2).Hex()), "need a 1d cool-off")

	home2 := filepath.Join(home, "second")
	d := u.okJSON(cat("deploy", "--test-token", "--home", home2, as(9))...)
	require.FileExists(t, filepath.Join(home2, "deployments", "31337.json"))
	require.NotEqual(t, d["escrow"], "")
	s := u.okJSON(cat("send", "--shares", "1", "--amount", "1", "--token", "tCNY", "--home", home2, as(9))...)
	require.Equal(t, "1", s["packetId"], "the second escrow numbers its packets from 1")
}

func badInput(t *testing.T, u *user) {
	u.t = t
	a0 := devkeys.Address(0)
	nonce, err := u.ec.NonceAt(u.ctx, a0, nil)
	require.NoError(t, err)
	eth, tcny := u.ethBalance(a0), u.tokenBalance(a0)
	dead := fmt.Sprintf("http://127.0.0.1:%d", freePort(t))
	direct := cat("send", "--to", devkeys.Address(1).Hex(), "--yes", as(0))
	for _, c := range []struct {
		args []string
		exit int
		msg  string
	}{
		{cat("send", "--to", "0xnope", "--amount", "1", as(0)), 2, "is not an address"},
		{cat(direct, "--amount", "1.001", "--token", "tCNY"), 2, "has only 2"},
		{cat(direct, "--amount", "-5"), 2, "negative"},
		{cat(direct, "--amount", "0"), 2, "greater than 0"},
		{cat("claim", "4242", as(0)), 1, "no packet 4242"},
		{cat(direct, "--amount", "1", "--rpc", dead), 1, "cannot reach the RPC endpoint " + dead},
		{cat(direct, "--amount", "1", "--chain-id", "1"), 1, "not chain 1"},
	} {
		o := u.run(c.args...)
		require.Equal(t, c.exit, o.code, "hongbao %v: %s", c.args, o.stderr)
		require.Contains(t, strings.ToLower(o.stderr), strings.ToLower(c.msg))
		var m map[string]any
		o = u.run(append(c.args, "--json")...)
		require.NotEqual(t, 0, o.code)
		require.NoError(t, json.Unmarshal([]byte(o.stdout), &m), o.stdout)
		require.NotEmpty(t, m["error"].(map[string]any)["code"])
	}
	after, err := u.ec.NonceAt(u.ctx, a0, nil)
	require.NoError(t, err)
	require.Equal(t, nonce, after, "nothing was sent")
	require.Equal(t, eth, u.ethBalance(a0))
	require.Equal(t, tcny, u.tokenBalance(a0))
}
