package cli

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
)

func t0() context.Context { return context.Background() }

// deadEndpoint is the URL of a port nothing listens on.
func deadEndpoint(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	return "http://127.0.0.1:" + strconv.Itoa(port)
}

// newKeystore puts dev account i in a keystore directory under password pw.
func newKeystore(t *testing.T, i int, pw string) string {
	t.Helper()
	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	_, err := ks.ImportECDSA(devkeys.Key(i), pw)
	require.NoError(t, err)
	return dir
}

// Every bad input of the issue: a clear error with a code, a non-zero exit, and nothing sent.
func TestBadInputSendsNothing(t *testing.T) {
	h := newHarness(t)
	g := h.okJSON(args("send", "--shares", "2", "--amount", "2", "--token", "tCNY", as(0))...)
	other := h.okJSON(args("send", "--shares", "2", "--amount", "2", "--token", "tCNY", as(0))...)
	id := str(t, g, "packetId")
	pwFile := filepath.Join(t.TempDir(), "pw")
	require.NoError(t, os.WriteFile(pwFile, []byte("not the password\n"), 0o600))
	ks := newKeystore(t, 0, "right password")
	direct := []string{"send", "--to", addr(1).Hex(), "--yes"}
	typo := []byte(str(t, g, "claimCode"))
	typo[20] = map[bool]byte{true: 'y', false: 'x'}[typo[20] == 'x'] // one character off: the checksum catches it

	cases := []struct {
		name   string
		signer int // the account whose nonce and balances must not move
		code   string
		usage  bool
		args   []string
		hint   string // part of the message
	}{
		{"malformed address", 0, "InvalidAddress", true, args("send", "--to", "0x1234", "--amount", "1", as(0)), "0x followed by 40 hex digits"},
		{"address checksum typo", 0, "InvalidAddress", true, args("send", "--to", "0x70997970c51812dc3A010C7d01b50e0d17dc79C8", "--amount", "1", as(0)), "checksum"},
		{"too many decimals", 0, "InvalidAmount", true, args(direct, "--amount", "1.001", "--token", "tCNY", as(0)), "has only 2"},
		{"negative amount", 0, "InvalidAmount", true, args(direct, "--amount", "-1", as(0)), "negative"},
		{"zero amount", 0, "InvalidAmount", true, args(direct, "--amount", "0", as(0)), "greater than 0"},
		{"zero amount with decimals", 0, "InvalidAmount", true, args(direct, "--amount", "0.00", "--token", "tCNY", as(0)), "greater than 0"},
		{"amount with comma", 0, "InvalidAmount", true, args(direct, "--amount", "1,5", as(0)), "comma"},
		{"unknown token", 0, "UnknownToken", true, args(direct, "--amount", "1", "--token", "USDX", as(0)), "ETH, tCNY"},
		{"unknown packet (claim)", 1, "PacketNotFound", false, args("claim", "999", as(1)), "no packet 999"},
		{"unknown packet (withdraw)", 0, "PacketNotFound", false, args("withdraw", "999", as(0)), "no packet 999"},
		{"unknown packet (refund)", 0, "PacketNotFound", false, args("refund", id, "999", as(0)), "no packet 999"},
		{"bad packet id", 1, "InvalidPacketID", true, args("claim", "abc", as(1)), "whole numbers"},
		{"wrong claim code", 1, "InvalidClaimSignature", false, args("claim", id, "--code", str(t, other, "claimCode"), as(1)), "not the code of packet " + id},
		{"mistyped claim code", 1, "BadClaimCode", false, args("claim", id, "--code", string(typo), as(1)), "claim code"},
		{"missing claim code", 1, "InvalidRequest", false, args("claim", id, as(1)), "claim code"},
		{"wrong password", 0, "WrongPassword", false, args(direct, "--amount", "1", "--keystore", ks, "--account", addr(0).Hex(), "--password-file", pwFile), "wrong password"},
		{"no password", 0, "NoPassword", true, args(direct, "--amount", "1", "--keystore", ks, "--account", addr(0).Hex()), "--password-file"},
		{"account not in keystore", 0, "NoKey", true, args(direct, "--amount", "1", "--keystore", ks, "--account", addr(3).Hex(), "--password-file", pwFile), "has no key"},
		{"dead RPC endpoint", 0, "RPCUnavailable", false, args(direct, "--amount", "1", as(0), "--rpc", deadEndpoint(t)), "cannot reach"},
		{"wrong chain", 0, "WrongChain", false, args(direct, "--amount", "1", as(0), "--chain-id", "1"), "not chain 1"},
		{"no escrow at --escrow", 0, "NoContract", false, args(direct, "--amount", "1", as(0), "--escrow", addr(5).Hex()), "no escrow contract"},
		{"no deployment for the chain", 0, "NoDeployment", false, args(direct, "--amount", "1", as(0), "--home", t.TempDir()), "hongbao deploy"},
		{"no key", 0, "NoSigner", true, args(direct, "--amount", "1"), "--private-key"},
		{"bad private key", 0, "InvalidPrivateKey", true, args(direct, "--amount", "1", "--private-key", "0x1234"), "64 hex digits"},
		{"both --to and --shares", 0, "InvalidFlag", true, args("send", "--to", addr(1).Hex(), "--shares", "2", "--amount", "1", as(0)), "not both"},
		{"too many shares", 0, "InvalidShares", true, args("send", "--shares", "10001", "--amount", "1", as(0)), "10000"},
		{"delay over 24h", 0, "InvalidDelay", true, args(direct, "--amount", "1", "--delay", "25h", as(0)), "24h"},
		{"expiry too short", 0, "InvalidTtl", true, args(direct, "--amount", "1", "--expires", "1m", as(0)), "5m"},
		{"amount below minimum shares", 0, "AmountTooSmall", false, args("send", "--shares", "3", "--amount", "0.02", "--token", "tCNY", as(0)), "at least 0.03 tCNY"},
		{"more than the balance", 0, "ERC20InsufficientBalance", false, args(direct, "--amount", "200000", "--token", "tCNY", as(0)), "has only"},
		{"gas price not a number", 0, "InvalidFlag", true, args(direct, "--amount", "1", "--gas-price", "abc", as(0)), "price in gwei"},
		{"tip above the fee cap", 0, "InvalidFlag", true, args(direct, "--amount", "1", "--gas-price", "1", "--priority-gas-price", "2", as(0)), "the tip is part of the fee"},
		{"fees above the limit", 0, "FeeTooHigh", false, args(direct, "--amount", "1", "--max-gas-price", "0.000000001", as(0)), "above the limit of"},
		{"confirmations not a number", 0, "InvalidFlag", true, args(direct, "--amount", "1", "--tx-confirmations", "x", as(0)), "number of blocks"},
		{"block range not a number", 0, "InvalidFlag", true, args("list", "--max-block-range", "lots"), "number of blocks"},
		{"from block not a number", 0, "InvalidFlag", true, args("list", "--from-block", "yesterday"), "block number"},
		{"unknown flag", 0, "InvalidFlag", true, args("send", "--bogus", as(0)), "not defined"},
		{"unknown command", 0, "InvalidCommand", true, args("sned"), "hongbao help"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := h.snapshot(addr(tc.signer))
			res := h.fails(tc.code, tc.args...)
			require.Contains(t, strings.ToLower(res.stderr), strings.ToLower(tc.hint))
			require.Equal(t, 1, strings.Count(res.stderr, "error: "), "one error: %q", res.stderr)
			msg := asError(res.err).Message
			require.NotContains(t, msg, "\n", "one sentence")
			require.Empty(t, res.stdout)
			if tc.usage {
				require.Equal(t, ExitUsage, res.code)
			} else {
				require.Equal(t, ExitFailure, res.code)
			}
			h.requireUnchanged(addr(tc.signer), before)
		})
	}
}

// Under --json an error is one JSON object {"error": {"code", "message"}} on stdout.
func TestJSONErrors(t *testing.T) {
	h := newHarness(t)
	for _, a := range [][]string{
		args("claim", "42", as(1), "--json"),
		args("--json", "send", "--to", "nope", "--amount", "1", as(0)),
		args("send", "--bogus", "--json"),
	} {
		res := h.run(a...)
		require.Error(t, res.err)
		require.NotEqual(t, 0, res.code)
		require.Empty(t, res.stderr)
		m := decodeOne(t, res.stdout)
		e := m["error"].(map[string]any)
		require.NotEmpty(t, e["code"])
		require.NotEmpty(t, e["message"])
	}
}

// A keystore signs with the password from a file or from stdin (not a terminal).
func TestKeystoreSigner(t *testing.T) {
	h := newHarness(t)
	ks := newKeystore(t, 6, "s3cret")
	pwFile := filepath.Join(t.TempDir(), "pw")
	require.NoError(t, os.WriteFile(pwFile, []byte("s3cret\n"), 0o600))
	s := h.okJSON("send", "--shares", "1", "--amount", "1", "--token", "tCNY", "--keystore", ks, "--account", addr(6).Hex(), "--password-file", pwFile)
	require.Equal(t, addr(6), h.packet(str(t, s, "packetId")).Sender)

	res := h.runIn("s3cret\n", "send", "--shares", "1", "--amount", "1", "--token", "tCNY", "--keystore", ks, "--account", addr(6).Hex(), "--json")
	require.NoError(t, res.err, res.stderr)
	require.Equal(t, addr(6), h.packet(str(t, decodeOne(t, res.stdout), "packetId")).Sender)
}

// Settings come from the flag, else the environment, else the .env file.
func TestEnvAndDotenv(t *testing.T) {
	h := newHarness(t)
	dead := deadEndpoint(t)
	envFile := filepath.Join(t.TempDir(), "settings.env")
	require.NoError(t, os.WriteFile(envFile, []byte("HONGBAO_RPC="+dead+"\nHONGBAO_JSON=true\n"), 0o644))
	noon := h.now

	// full runs with exactly the given environment and no harness flags.
	full := func(env map[string]string, a ...string) result {
		var out, errb bytes.Buffer
		r := &runner{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, now: func() time.Time { return noon },
			lookupEnv: func(k string) (string, bool) { v, ok := env[k]; return v, ok }}
		err := r.run(t0(), append([]string{"hongbao"}, a...))
		return result{stdout: out.String(), stderr: errb.String(), err: err, code: ExitCode(err)}
	}
	// .env names a dead endpoint: the error names it, and JSON output comes from .env too.
	res := full(map[string]string{envEnvFile: envFile, envHome: h.home}, "policy", "show")
	require.Error(t, res.err)
	require.Contains(t, decodeOne(t, res.stdout)["error"].(map[string]any)["message"], dead)

	// The environment beats .env; the flag beats both.
	res = full(map[string]string{envEnvFile: envFile, envHome: h.home, envRPC: h.chain.HTTPURL}, "policy", "show")
	require.NoError(t, res.err, res.stdout)
	require.Contains(t, decodeOne(t, res.stdout), "policies")
	res = full(map[string]string{envEnvFile: envFile, envHome: h.home, envRPC: dead}, "policy", "show", "--rpc", h.chain.HTTPURL, "--json=false")
	require.NoError(t, res.err, res.stderr)
	require.Contains(t, res.stdout, "tCNY")

	// A key in the environment signs.
	res = full(map[string]string{envHome: h.home, envRPC: h.chain.HTTPURL, envPrivateKey: key(7)}, "send", "--shares", "1", "--amount", "1", "--token", "tCNY", "--json")
	require.NoError(t, res.err, res.stdout)
	require.Equal(t, addr(7), h.packet(str(t, decodeOne(t, res.stdout), "packetId")).Sender)

	// A missing --env-file is an error; a missing ./.env is not.
	res = full(map[string]string{envHome: h.home, envRPC: h.chain.HTTPURL}, "--env-file", filepath.Join(t.TempDir(), "none"), "policy", "show")
	require.Equal(t, "InvalidEnvFile", asError(res.err).Code)
}

// rules §7: risky sends need an explicit yes; without a terminal that is --yes, and nothing is sent.
func TestRiskWarnings(t *testing.T) {
	h := newHarness(t)
	noon, night := h.now, time.Date(2026, 5, 2, 3, 0, 0, 0, time.Local)
	send := func(now time.Time, a ...string) result {
		return h.runAt(now, nil, append(a, as(0)...)...)
	}
	before := h.snapshot(addr(0))
	first := send(noon, "send", "--to", addr(1).Hex(), "--amount", "1", "--token", "tCNY")
	require.Equal(t, "ConfirmationNeeded", asError(first.err).Code)
	require.Contains(t, first.stderr, "first payment to "+addr(1).Hex())
	h.requireUnchanged(addr(0), before)
	require.NoError(t, send(noon, "send", "--to", addr(1).Hex(), "--amount", "1", "--token", "tCNY", "--yes").err)
	require.NoError(t, send(noon, "send", "--to", addr(1).Hex(), "--amount", "1", "--token", "tCNY").err, "second payment: no warning")

	// A fourth send within five minutes is a burst; a send far above the usual 1.00 tCNY is flagged.
	require.NoError(t, send(noon, "send", "--shares", "1", "--amount", "1", "--token", "tCNY").err)
	burst := send(noon, "send", "--shares", "1", "--amount", "1", "--token", "tCNY")
	require.Contains(t, burst.stderr, "you sent 3 packets in the last 5m")
	big := send(noon, "send", "--shares", "1", "--amount", "50", "--token", "tCNY", "--yes", "--json")
	require.NoError(t, big.err)
	warnings := decodeOne(t, big.stdout)["warnings"].([]any)
	require.Contains(t, warnings[0], "far above your usual 1.00 tCNY")

	// At night, a send above every undo tier of a fresh sender is flagged.
	h.timeTravel(time.Hour)
	fresh := h.runAt(night, nil, args("send", "--shares", "1", "--amount", "600", "--token", "tCNY", as(8))...)
	require.Equal(t, "ConfirmationNeeded", asError(fresh.err).Code)
	require.Contains(t, fresh.stderr, "03:00 at night")
	require.NoError(t, h.runAt(noon, nil, args("send", "--shares", "1", "--amount", "600", "--token", "tCNY", as(8))...).err)
}

// Flags may follow positional arguments, and global flags may follow the command.
func TestReorder(t *testing.T) {
	app := (&runner{}).newApp()
	cases := []struct{ in, want string }{
		{"hongbao claim 3 --code X --json", "hongbao --json claim --code X -- 3"},
		{"hongbao --rpc U claim 3", "hongbao --rpc U claim -- 3"},
		{"hongbao send --to A --amount -1 --yes", "hongbao --yes send --to A --amount -1"},
		{"hongbao refund 1 2 --rpc=U 3", "hongbao --rpc=U refund -- 1 2 3"},
		{"hongbao policy set --token ETH --tier 1:5m --json", "hongbao --json policy --token ETH --tier 1:5m -- set"},
		{"hongbao show 3 -- --code", "hongbao show -- 3 --code"},
		{"hongbao help send", "hongbao help send"},
		{"hongbao org add-member 1 X --token T --help --json", "hongbao --json org add-member --token T --help"},
		{"hongbao lock show --help", "hongbao lock --help"},
		{"hongbao help org create", "hongbao org create --help"},
		{"hongbao --help", "hongbao --help"},
	}
	for _, tc := range cases {
		require.Equal(t, tc.want, strings.Join(reorder(app, strings.Fields(tc.in)), " "), tc.in)
	}
}

// devnet runs until its context ends (Main cancels it on SIGINT/SIGTERM), then stops cleanly with no error.
func TestDevnetStopsOnCancel(t *testing.T) {
	hermetic(t)
	ctx, cancel := context.WithCancel(t0())
	defer cancel()
	home := t.TempDir()
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"hongbao", "devnet", "--port", "0", "--home", home, "--json"}, strings.NewReader(""), out, &syncBuffer{})
	}()
	var m map[string]any
	require.Eventually(t, func() bool {
		s := out.String()
		return strings.HasSuffix(strings.TrimSpace(s), "}") && strings.Contains(s, "accounts")
	}, 60*time.Second, 20*time.Millisecond)
	m = decodeOne(t, out.String())
	require.EqualValues(t, 31337, m["chainId"])
	require.Len(t, m["accounts"], 10)
	rpc := str(t, m, "rpc")

	require.FileExists(t, filepath.Join(home, "deployments", "31337.json"))
	var buf, errb bytes.Buffer
	require.NoError(t, Run(t0(), []string{"hongbao", "--rpc", rpc, "--home", home, "policy", "show"}, strings.NewReader(""), &buf, &errb), errb.String())
	require.Contains(t, buf.String(), "tCNY")

	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(30 * time.Second):
		t.Fatal("devnet did not stop after its context was cancelled")
	}
}

// syncBuffer is a bytes.Buffer safe for a writer goroutine and a reading test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
