// Package realnet drives the hongbao binary on a network that behaves like a public one: Anvil mining a block
// a second (transactions wait in the pool), a chain aged by 100,000 empty blocks (HONGBAO_REALNET_AGE=1000000:
// then a million, the last 900,000 appended to Anvil's saved state and loaded), and a JSON-RPC proxy in front
// of it with a public provider's eth_getLogs limits and, in a second phase, its 429s, 503s and dropped
// connections. It runs every command, checks the outcomes on chain, counts each command's JSON-RPC calls and
// holds the read and send paths to budgets (issue "Real networks", point 7).
//
// The suite is skipped under -short; without Anvil it skips locally and fails in CI (anvil.Require). It writes
// the calls per command to out/calls.md (gitignored), which docs/performance.md quotes.
package realnet

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/testnet/anvil"
	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// user runs the built binary against one endpoint, with its settings in the environment as a user's shell
// would have them (the e2e test's style).
type user struct {
	t   *testing.T
	ctx context.Context
	bin string
	dir string   // working directory (no .env in it)
	env []string // everything but HONGBAO_RPC
	rpc string   // the endpoint the commands use
}

// at is the same user talking to another endpoint, inside test t.
func (u *user) at(t *testing.T, rpc string) *user {
	c := *u
	c.t, c.rpc = t, rpc
	return &c
}

type output struct {
	stdout, stderr string
	code           int
}

// run runs hongbao with args and returns its output and exit code.
func (u *user) run(args ...string) output {
	u.t.Helper()
	cmd := exec.CommandContext(u.ctx, u.bin, args...)
	cmd.Dir, cmd.Env = u.dir, append(append([]string(nil), u.env...), "HONGBAO_RPC="+u.rpc)
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

func addr(i int) string { return devkeys.Address(i).Hex() }

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

// chain reads balances and moves time on Anvil directly, never through a proxy: the test's own reads must not
// show up in a command's call count.
type chain struct {
	a    *anvil.Anvil
	ec   *ethclient.Client
	tcny common.Address
}

func (c *chain) tokenBalance(t *testing.T, who common.Address) *big.Int {
	t.Helper()
	data := append(common.FromHex("0x70a08231"), common.LeftPadBytes(who.Bytes(), 32)...)
	out, err := c.ec.CallContract(t.Context(), ethereum.CallMsg{To: &c.tcny, Data: data}, nil)
	require.NoError(t, err)
	return new(big.Int).SetBytes(out)
}

func (c *chain) ethBalance(t *testing.T, who common.Address) *big.Int {
	t.Helper()
	b, err := c.ec.BalanceAt(t.Context(), who, nil)
	require.NoError(t, err)
	return b
}

// nonces returns the account's mined and pending nonces: equal when nothing of it waits in the pool.
func (c *chain) nonces(t *testing.T, who common.Address) (uint64, uint64) {
	t.Helper()
	mined, err := c.ec.NonceAt(t.Context(), who, nil)
	require.NoError(t, err)
	pending, err := c.ec.PendingNonceAt(t.Context(), who)
	require.NoError(t, err)
	return mined, pending
}

func (c *chain) head(t *testing.T) uint64 {
	t.Helper()
	n, err := c.ec.BlockNumber(t.Context())
	require.NoError(t, err)
	return n
}

// travel moves the chain clock forward and mines a block, so that the next command sees the new time both in
// "latest" and in the pending block its transaction lands in.
func (c *chain) travel(t *testing.T, d time.Duration) {
	t.Helper()
	require.NoError(t, c.a.IncreaseTime(t.Context(), d))
	require.NoError(t, c.a.Mine(t.Context(), 1))
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

// middayZone names a fixed-offset zone in which now is between 11:00 and 13:00 local time, as testnet/e2e
// does: the night-send warning (rules §7) must not fire by the hour the suite happens to run at. The binary
// embeds time/tzdata, so the zone exists on any machine.
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

// startProxy puts a fault proxy in front of upstream and closes it with the test.
func startProxy(t *testing.T, upstream string, cfg faultproxy.Config) (*faultproxy.Proxy, string) {
	t.Helper()
	return startProxyAt(t, upstream, cfg, "127.0.0.1:0")
}

// startProxyAt is startProxy at the address addr (host:port).
func startProxyAt(t *testing.T, upstream string, cfg faultproxy.Config, addr string) (*faultproxy.Proxy, string) {
	t.Helper()
	p, err := faultproxy.New(upstream, cfg)
	require.NoError(t, err)
	url, err := p.StartAt(addr)
	require.NoError(t, err)
	t.Cleanup(func() { _ = p.Close() })
	return p, url
}

// server is a long-running hongbao command (hongbao web).
type server struct {
	cmd    *exec.Cmd
	stderr *bytes.Buffer
	info   map[string]any
}

// startServer starts a long-running hongbao command with --json and waits for its JSON description.
func startServer(t *testing.T, u *user, args ...string) *server {
	t.Helper()
	cmd := exec.Command(u.bin, append(args, "--json")...)
	cmd.Dir, cmd.Env = u.dir, append(append([]string(nil), u.env...), "HONGBAO_RPC="+u.rpc)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	s := &server{cmd: cmd, stderr: &bytes.Buffer{}}
	cmd.Stderr = s.stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill() // the test failed before stopping it
			_ = cmd.Wait()
		}
	})
	ready := make(chan error, 1)
	go func() { ready <- json.NewDecoder(bufio.NewReader(stdout)).Decode(&s.info) }()
	select {
	case err := <-ready:
		require.NoError(t, err, "hongbao %v output; stderr: %s", args, s.stderr)
	case <-u.ctx.Done():
		t.Fatalf("hongbao %v did not start: %v; stderr: %s", args, u.ctx.Err(), s.stderr)
	}
	return s
}

// stop sends SIGINT and requires a clean exit. The wait is bounded by the suite's context only.
func (s *server) stop(t *testing.T, ctx context.Context) {
	t.Helper()
	require.NoError(t, s.cmd.Process.Signal(os.Interrupt))
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		require.NoError(t, err, "exit; stderr: %s", s.stderr)
	case <-ctx.Done():
		t.Fatalf("did not stop on SIGINT: %v; stderr: %s", ctx.Err(), s.stderr)
	}
}

// baseUnits reads a JSON amount in base units.
func baseUnits(t *testing.T, v any) *big.Int {
	t.Helper()
	s, ok := v.(string)
	require.True(t, ok, "amount %v is not a string", v)
	n, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, "amount %q", s)
	return n
}

// blockTimer mines a block every second, as a public chain's block producer does: a transaction waits in the
// pool for the next block, and a command waits for its receipt as it would on a real network.
//
// Anvil's own --block-time is not used, because for block times of 2 s or less Anvil raises the number of
// block states it keeps in memory to 1,500 whatever --prune-history says (update_interval_mine_block_time in
// its state cache), and each state holds a copy of a database that grows by one block hash per block: aging
// such a chain towards 100,000 blocks took 24 GB and was killed by the kernel at ~40,000 blocks. With
// --no-mining and this timer, the states kept stay at the harness's 64.
type blockTimer struct {
	done chan struct{}
	quit chan struct{}
}

func startBlocks(a *anvil.Anvil) *blockTimer {
	b := &blockTimer{done: make(chan struct{}), quit: make(chan struct{})}
	go func() {
		defer close(b.done)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go func() {
			select {
			case <-b.quit:
				cancel() // a stop does not wait for an anvil_mine in flight
			case <-ctx.Done():
			}
		}()
		for {
			select {
			case <-b.quit:
				return
			case <-tick.C:
				// An error is Anvil gone or the timer stopping: the commands waiting on blocks fail with
				// their own, clearer, errors.
				_ = a.Mine(ctx, 1)
			}
		}
	}()
	return b
}

// stop ends the timer and waits until it mines no more. It is safe to call more than once.
func (b *blockTimer) stop() {
	select {
	case <-b.quit:
	default:
		close(b.quit)
	}
	<-b.done
}
