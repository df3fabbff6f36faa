package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/devchain"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// harness is a dev chain (in-process, any free port, its own home) and a way to run hongbao against it.
type harness struct {
	t     *testing.T
	chain *devchain.Chain
	home  string
	ec    *ethclient.Client
	tcny  common.Address
	now   time.Time // wall clock the runs see (noon: no night-time risk warning)
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	hermetic(t)
	home := t.TempDir()
	chain, err := devchain.Start(context.Background(), devchain.Config{Port: 0, Home: home})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, chain.Close()) })
	return &harness{t: t, chain: chain, home: home, ec: chain.Client(), tcny: chain.Deployment.Tokens["tCNY"],
		now: time.Date(2026, 5, 1, 12, 0, 0, 0, time.Local)}
}

// hermetic checks that the developer's HONGBAO_* variables and ./.env are kept out of the test (TestMain empties
// them, empty means unset to hongbao, and points the settings file at an empty one) and runs the test in
// parallel with the package's others: each has its own chain and home, and most of their time is spent waiting
// for receipts. Call it once per test, first; a test that needs t.Setenv cannot use it.
func hermetic(t *testing.T) {
	t.Helper()
	for _, k := range hermeticEnv {
		require.Empty(t, os.Getenv(k), "TestMain empties $%s", k)
	}
	require.NotEmpty(t, os.Getenv(envEnvFile), "TestMain sets $%s to an empty file", envEnvFile)
	t.Parallel()
}

// result is one run of the command line.
type result struct {
	stdout, stderr string
	err            error
	code           int
}

// run runs hongbao through Run with the harness's endpoint and home and an empty stdin.
func (h *harness) run(args ...string) result {
	h.t.Helper()
	return h.runIn("", args...)
}

// runIn is run with the given stdin.
func (h *harness) runIn(stdin string, args ...string) result {
	h.t.Helper()
	full := append([]string{"hongbao", "--rpc", h.chain.HTTPURL, "--home", h.home}, args...)
	var out, errb bytes.Buffer
	err := Run(context.Background(), full, strings.NewReader(stdin), &out, &errb)
	return result{stdout: out.String(), stderr: errb.String(), err: err, code: ExitCode(err)}
}

// runAt runs through the internal runner with a chosen wall clock and environment (Run uses the real ones).
func (h *harness) runAt(now time.Time, env map[string]string, args ...string) result {
	h.t.Helper()
	full := append([]string{"hongbao", "--rpc", h.chain.HTTPURL, "--home", h.home}, args...)
	var out, errb bytes.Buffer
	r := &runner{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, now: func() time.Time { return now },
		lookupEnv: func(k string) (string, bool) { v, ok := env[k]; return v, ok }}
	err := r.run(context.Background(), full)
	return result{stdout: out.String(), stderr: errb.String(), err: err, code: ExitCode(err)}
}

// runVia runs through the internal runner against the endpoint url (a proxy in front of the chain) with the
// harness's home and wall clock and the environment env.
func (h *harness) runVia(url string, env map[string]string, args ...string) result {
	h.t.Helper()
	full := append([]string{"hongbao", "--rpc", url, "--home", h.home}, args...)
	var out, errb bytes.Buffer
	r := &runner{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, now: func() time.Time { return h.now },
		lookupEnv: func(k string) (string, bool) { v, ok := env[k]; return v, ok }}
	err := r.run(context.Background(), full)
	return result{stdout: out.String(), stderr: errb.String(), err: err, code: ExitCode(err)}
}

// proxy puts a fault proxy (testnet/faultproxy: it counts the calls) in front of the harness's chain and
// returns it with its URL.
func (h *harness) proxy(cfg faultproxy.Config) (*faultproxy.Proxy, string) {
	h.t.Helper()
	p, err := faultproxy.New(h.chain.HTTPURL, cfg)
	require.NoError(h.t, err)
	srv := httptest.NewServer(p)
	h.t.Cleanup(srv.Close)
	return p, srv.URL
}

// ok runs a command that must succeed and returns its stdout.
func (h *harness) ok(args ...string) string {
	h.t.Helper()
	res := h.run(args...)
	require.NoError(h.t, res.err, "hongbao %v\nstdout: %s\nstderr: %s", args, res.stdout, res.stderr)
	require.Equal(h.t, 0, res.code)
	return res.stdout
}

// okJSON runs a command with --json that must succeed and decodes its one JSON object.
func (h *harness) okJSON(args ...string) map[string]any {
	h.t.Helper()
	out := h.ok(append(args, "--json")...)
	return decodeOne(h.t, out)
}

// fails runs a command that must fail with the given error code; it returns the result.
func (h *harness) fails(code string, args ...string) result {
	h.t.Helper()
	res := h.run(args...)
	require.Error(h.t, res.err, "hongbao %v should fail with %s\nstdout: %s", args, code, res.stdout)
	require.NotEqual(h.t, 0, res.code)
	require.Equal(h.t, code, asError(res.err).Code, "hongbao %v: %v", args, res.err)
	require.Contains(h.t, res.stderr, "error: ")
	return res
}

// decodeOne decodes exactly one JSON object from out.
func decodeOne(t *testing.T, out string) map[string]any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	var m map[string]any
	require.NoError(t, dec.Decode(&m), "output: %s", out)
	require.False(t, dec.More(), "more than one JSON value in: %s", out)
	return m
}

// key returns the hex private key flag value of dev account i.
func key(i int) string { return devkeys.HexKey(i) }

func addr(i int) common.Address { return devkeys.Address(i) }

// as returns the --private-key flag of dev account i.
func as(i int) []string { return []string{"--private-key", key(i)} }

func args(parts ...any) []string {
	var out []string
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			out = append(out, v)
		case []string:
			out = append(out, v...)
		default:
			panic("args: unsupported part")
		}
	}
	return out
}

// account is a snapshot of an account: its nonce and balances, to prove that nothing was sent.
type account struct {
	nonce uint64
	eth   *big.Int
	tcny  *big.Int
}

func (h *harness) snapshot(a common.Address) account {
	h.t.Helper()
	ctx := context.Background()
	n, err := h.ec.NonceAt(ctx, a, nil)
	require.NoError(h.t, err)
	e, err := h.ec.BalanceAt(ctx, a, nil)
	require.NoError(h.t, err)
	return account{nonce: n, eth: e, tcny: h.tokenBalance(a)}
}

func (h *harness) requireUnchanged(a common.Address, before account) {
	h.t.Helper()
	after := h.snapshot(a)
	require.Equal(h.t, before.nonce, after.nonce, "the nonce of %s moved: something was sent", a)
	require.Zero(h.t, before.eth.Cmp(after.eth), "the ETH balance of %s moved", a)
	require.Zero(h.t, before.tcny.Cmp(after.tcny), "the tCNY balance of %s moved", a)
}

func (h *harness) tokenBalance(a common.Address) *big.Int {
	h.t.Helper()
	cl := h.client(-1)
	b, err := cl.Balance(context.Background(), h.tcny, a)
	require.NoError(h.t, err)
	return b
}

func (h *harness) ethBalance(a common.Address) *big.Int {
	h.t.Helper()
	b, err := h.ec.BalanceAt(context.Background(), a, nil)
	require.NoError(h.t, err)
	return b
}

// client is a typed client of the chain's escrow, signing as dev account i (-1: read-only).
func (h *harness) client(i int) *client.Client {
	h.t.Helper()
	d := h.chain.Deployment
	var cl *client.Client
	var err error
	if i < 0 {
		cl, err = client.New(context.Background(), h.ec, d.Escrow, nil, client.WithFromBlock(d.Block))
	} else {
		cl, err = client.New(context.Background(), h.ec, d.Escrow, devkeys.Key(i), client.WithFromBlock(d.Block))
	}
	require.NoError(h.t, err)
	return cl
}

// packet reads a packet with the typed client.
func (h *harness) packet(id string) *client.Packet {
	h.t.Helper()
	n, ok := new(big.Int).SetString(id, 10)
	require.True(h.t, ok)
	p, err := h.client(-1).Packet(context.Background(), n)
	require.NoError(h.t, err)
	return p
}

// timeTravel moves the chain's clock forward and mines a block, as a user would over JSON-RPC.
func (h *harness) timeTravel(d time.Duration) {
	h.t.Helper()
	rpc := h.ec.Client()
	require.NoError(h.t, rpc.CallContext(context.Background(), nil, "evm_increaseTime", int64(d/time.Second)))
	require.NoError(h.t, rpc.CallContext(context.Background(), nil, "evm_mine"))
}

// str reads a string field of a JSON object.
func str(t *testing.T, m map[string]any, k string) string {
	t.Helper()
	v, ok := m[k].(string)
	require.True(t, ok, "field %q missing or not a string in %v", k, m)
	return v
}

// bigOf parses a base-unit decimal string.
func bigOf(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, "%q is not a decimal integer", s)
	return v
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// runOpts are the knobs of runWith: the wall clock, the environment, stdin, and whether a person answers.
type runOpts struct {
	now   time.Time
	env   map[string]string
	stdin string
	tty   bool
}

// runWith runs through the internal runner with the harness's endpoint and home and the given options.
func (h *harness) runWith(o runOpts, args ...string) result {
	h.t.Helper()
	if o.now.IsZero() {
		o.now = h.now
	}
	full := append([]string{"hongbao", "--rpc", h.chain.HTTPURL, "--home", h.home}, args...)
	var out, errb bytes.Buffer
	r := &runner{stdin: strings.NewReader(o.stdin), stdout: &out, stderr: &errb, now: func() time.Time { return o.now },
		lookupEnv: func(k string) (string, bool) { v, ok := o.env[k]; return v, ok }}
	if o.tty {
		r.tty = func() bool { return true }
	}
	err := r.run(context.Background(), full)
	return result{stdout: out.String(), stderr: errb.String(), err: err, code: ExitCode(err)}
}

// background is a long-running command (relay, web, keeper, index --follow, devnet) started by start.
type background struct {
	t      *testing.T
	cancel context.CancelFunc
	done   chan error
	out    *syncBuffer
	errb   *syncBuffer
	info   map[string]any // its first JSON object (it runs with --json)
}

// start runs a long-running command with --json in the background and waits for its first JSON object.
func (h *harness) start(args ...string) *background {
	h.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	b := &background{t: h.t, cancel: cancel, done: make(chan error, 1), out: &syncBuffer{}, errb: &syncBuffer{}}
	full := append([]string{"hongbao", "--rpc", h.chain.HTTPURL, "--home", h.home, "--json"}, args...)
	go func() { b.done <- Run(ctx, full, strings.NewReader(""), b.out, b.errb) }()
	h.t.Cleanup(b.stopQuietly)
	var failed error
	require.Eventually(h.t, func() bool {
		select {
		case failed = <-b.done:
			b.done <- failed // for stopQuietly
			return true
		default:
		}
		s := strings.TrimSpace(b.out.String())
		return strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") && json.Valid([]byte(s))
	}, 60*time.Second, 10*time.Millisecond)
	require.NoError(h.t, failed, "hongbao %v exited early: %s %s", args, b.out.String(), b.errb.String())
	b.info = decodeOne(h.t, b.out.String())
	return b
}

// stop cancels the command (as SIGINT does) and requires a clean exit.
func (b *background) stop() {
	b.t.Helper()
	b.cancel()
	select {
	case err := <-b.done:
		require.NoError(b.t, err, "stderr: %s", b.errb.String())
		b.done <- nil // for stopQuietly
	case <-time.After(30 * time.Second):
		b.t.Fatal("the command did not stop after its context was cancelled")
	}
}

func (b *background) stopQuietly() {
	b.cancel()
	select {
	case <-b.done:
	case <-time.After(30 * time.Second):
	}
}

// get fetches url and returns the status and body.
func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url) //nolint:noctx // a test against a local server
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(body)
}

// nonce is an account's transaction count: it moves only when the account sends something.
func (h *harness) nonce(a common.Address) uint64 {
	h.t.Helper()
	n, err := h.ec.NonceAt(context.Background(), a, nil)
	require.NoError(h.t, err)
	return n
}
