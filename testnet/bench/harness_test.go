// Package bench prints figures of hongbao on a chain that behaves like a public one (issue "Real networks",
// point 8): Anvil (testnet/anvil) mining a block a second for the measured part, behind the JSON-RPC proxy of
// testnet/faultproxy with a public provider's eth_getLogs limits, which counts the calls.
//
//   - TestListBench: `hongbao list` of one sender at 10, 100 and 1,000 packets, first run (the index syncs)
//     and second run (the index is current): wall time and RPC calls.
//   - TestKeeperBench: the keeper (node/keeper) on N expired packets (1,000, or $HONGBAO_BENCH_PACKETS) with
//     one refund transaction in flight and with the CLI's default: transactions, wall time, gas per packet,
//     passes. It checks the outcome (every packet closed, every balance back), never a duration.
//
// They print figures; they assert no timing. They run with `make bench-realnet` (HONGBAO_BENCH_REALNET=1);
// without it, and under -short, they skip at once. docs/performance.md quotes what they print.
package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/txsend"
	"github.com/hongbao/hongbao/testnet/anvil"
	"github.com/hongbao/hongbao/testnet/faultproxy"
)

const (
	// envRun asks for the benchmarks; `make bench-realnet` sets it.
	envRun = "HONGBAO_BENCH_REALNET"
	// envBin is the hongbao binary to run (`make bench-realnet` passes bin/hongbao, built by `make build`);
	// unset, the benchmark builds cli/hongbao into a temporary directory.
	envBin = "HONGBAO_BENCH_BIN"

	// The public provider the proxy plays, as in testnet/realnet: Alchemy's words and the common limits of
	// eth_getLogs (10,000 blocks, 10,000 results).
	provider        = "alchemy"
	providerRange   = 10_000
	providerResults = 10_000

	// blockTime is the measured part's block interval (a fast public chain's).
	blockTime = time.Second
	// setupBlockTime is the block interval while the packets are sent: a block takes what came meanwhile
	// (a few sends, far below the block's gas target, so the base fee stays low).
	setupBlockTime = 100 * time.Millisecond
)

var (
	escrowABI = escrow.NewHongbaoEscrow()
	tokenABI  = tokens.NewTestStablecoin()
	maxUint   = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

// requireRun skips unless the benchmarks were asked for; without Anvil it skips locally and fails in CI.
func requireRun(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("a benchmark on Anvil: minutes")
	}
	if os.Getenv(envRun) == "" {
		t.Skipf("the real-network benchmarks run with `make bench-realnet` (or %s=1 go test -v ./testnet/bench)", envRun)
	}
	anvil.Require(t)
}

// chain is one Anvil with the escrow and tCNY deployed by `hongbao deploy --test-token`, as testnet/realnet
// deploys them. The benchmark's own reads and setup go to Anvil directly, never through a proxy.
type chain struct {
	a      *anvil.Anvil
	ec     *ethclient.Client
	bin    string
	home   string // HONGBAO_HOME of the commands: the deployment file is there
	escrow common.Address
	tcny   common.Address
	deploy uint64 // the escrow's deployment block
	// stopBlocks ends the block timer of mineEvery (a no-op when none runs).
	stopBlocks func()
}

// newChain starts Anvil, deploys the contracts (Anvil mining a block per transaction) and leaves it mining a
// block every setupBlockTime.
func newChain(t *testing.T) *chain {
	t.Helper()
	bin := binary(t)
	a := anvil.StartT(t, anvil.Options{})
	c := &chain{a: a, ec: a.Client(), bin: bin, home: t.TempDir(), stopBlocks: func() {}}
	var d struct {
		Escrow common.Address            `json:"escrow"`
		Block  uint64                    `json:"block"`
		Tokens map[string]common.Address `json:"tokens"`
	}
	out := c.hongbao(t, a.RPC(), "deploy", "--test-token", "--private-key", devkeys.HexKey(0), "--json")
	require.NoError(t, json.Unmarshal([]byte(out), &d), out)
	c.escrow, c.tcny, c.deploy = d.Escrow, d.Tokens["tCNY"], d.Block
	require.NotEqual(t, common.Address{}, c.tcny, "deploy --test-token deploys tCNY")
	c.mineEvery(t, setupBlockTime)
	return c
}

// binary is $HONGBAO_BENCH_BIN, or cli/hongbao built into a temporary directory.
func binary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(envBin); p != "" {
		_, err := os.Stat(p)
		require.NoError(t, err, "$%s: run `make build`", envBin)
		return p
	}
	bin := filepath.Join(t.TempDir(), "hongbao")
	out, err := exec.CommandContext(t.Context(), "go", "build", "-o", bin, "github.com/hongbao/hongbao/cli/hongbao").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// hongbao runs the binary against endpoint rpc, with the developer's HONGBAO_* settings removed, and returns
// its stdout; it must exit 0.
func (c *chain) hongbao(t *testing.T, rpc string, args ...string) string {
	t.Helper()
	out, _ := c.hongbaoCPU(t, rpc, args...)
	return out
}

// hongbaoCPU is hongbao, and also returns the CPU time (user and system) the process used: on a busy machine
// a steadier figure than the wall time.
func (c *chain) hongbaoCPU(t *testing.T, rpc string, args ...string) (string, time.Duration) {
	t.Helper()
	env := []string{"HONGBAO_HOME=" + c.home, "HONGBAO_RPC=" + rpc}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "HONGBAO_") {
			env = append(env, kv)
		}
	}
	cmd := exec.CommandContext(t.Context(), c.bin, args...)
	cmd.Dir, cmd.Env = t.TempDir(), env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	require.NoError(t, cmd.Run(), "hongbao %v\nstdout: %s\nstderr: %s", args, out.String(), errb.String())
	return out.String(), cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}

// rpc calls one of Anvil's own methods.
func (c *chain) rpc(t *testing.T, result any, method string, args ...any) {
	t.Helper()
	require.NoError(t, c.a.RPCClient().CallContext(t.Context(), result, method, args...), method)
}

// noMining stops mining (before a snapshot is taken or restored, so that no block lands in between).
func (c *chain) noMining(t *testing.T) {
	t.Helper()
	c.stopBlocks()
	c.rpc(t, nil, "evm_setAutomine", false)
}

// mineEvery mines a block every d with anvil_mine on a ticker, as testnet/realnet does: transactions wait
// in the pool for the next block. The measured parts run at blockTime, the setup at setupBlockTime.
//
// Not Anvil's own modes: its interval mining (evm_setIntervalMining, what --block-time does), switched on
// after a setup under automine, first mined a burst of several hundred blocks at ~50 a second; and automine
// fed faster than it mines lagged behind (116 empty blocks over 1.5 s after 400 quick sends), then stopped
// altogether with 9,500 transactions in its pool (10,000 sends from 8 accounts).
func (c *chain) mineEvery(t *testing.T, d time.Duration) {
	t.Helper()
	c.noMining(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(d)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				_ = c.a.Mine(ctx, 1) // Anvil gone: whatever waits on a block fails with its own error
			}
		}
	}()
	c.stopBlocks = sync.OnceFunc(func() { cancel(); <-done })
	t.Cleanup(c.stopBlocks) // before Anvil stops (cleanups run last first)
}

func (c *chain) snapshot(t *testing.T) string {
	t.Helper()
	var id string
	c.rpc(t, &id, "evm_snapshot")
	return id
}

func (c *chain) revert(t *testing.T, id string) {
	t.Helper()
	var ok bool
	c.rpc(t, &ok, "evm_revert", id)
	require.True(t, ok, "evm_revert %s", id)
}

func (c *chain) head(t *testing.T) (number, time uint64) {
	t.Helper()
	h, err := c.ec.HeaderByNumber(t.Context(), nil)
	require.NoError(t, err)
	return h.Number.Uint64(), h.Time
}

// call runs a view call on the chain's head.
func (c *chain) call(t *testing.T, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := c.ec.CallContract(t.Context(), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(t, err)
	return out
}

func (c *chain) lastPacketID(t *testing.T) uint64 {
	t.Helper()
	id, err := escrowABI.UnpackLastPacketId(c.call(t, c.escrow, escrowABI.PackLastPacketId()))
	require.NoError(t, err)
	return id.Uint64()
}

// packets reads packets from..to (inclusive) as the escrow holds them now, 500 per call.
func (c *chain) packets(t *testing.T, from, to uint64) []escrow.IHongbaoEscrowPacketView {
	t.Helper()
	var out []escrow.IHongbaoEscrowPacketView
	for lo := from; lo <= to; lo += 500 {
		var ids []*big.Int
		for id := lo; id <= min(to, lo+499); id++ {
			ids = append(ids, new(big.Int).SetUint64(id))
		}
		v, err := escrowABI.UnpackGetPacketMany(c.call(t, c.escrow, escrowABI.PackGetPacketMany(ids)))
		require.NoError(t, err)
		out = append(out, v...)
	}
	return out
}

// balances are who's ETH and tCNY.
func (c *chain) balances(t *testing.T, who common.Address) (eth, tcny *big.Int) {
	t.Helper()
	eth, err := c.ec.BalanceAt(t.Context(), who, nil)
	require.NoError(t, err)
	tcny, err = tokenABI.UnpackBalanceOf(c.call(t, c.tcny, tokenABI.PackBalanceOf(who)))
	require.NoError(t, err)
	return eth, tcny
}

// mint gives each of the accounts amount tCNY (base units); account 0 deployed tCNY and owns it.
func (c *chain) mint(t *testing.T, amount *big.Int, accounts ...int) {
	t.Helper()
	var to []common.Address
	for _, i := range accounts {
		to = append(to, devkeys.Address(i))
	}
	require.NoError(t, deploy.MintTestStablecoin(t.Context(), c.ec, devkeys.Key(0), c.tcny, to, amount))
}

// proxy puts a fault proxy with the provider's eth_getLogs limits in front of Anvil, for the test.
func (c *chain) proxy(t *testing.T) (*faultproxy.Proxy, string) {
	t.Helper()
	p, err := faultproxy.New(c.a.RPC(), faultproxy.Config{Provider: provider, MaxRange: providerRange, MaxResults: providerResults})
	require.NoError(t, err)
	url := p.Start()
	t.Cleanup(func() { _ = p.Close() })
	return p, url
}

// sent is what a sender's packets locked in the escrow.
type sent struct {
	packets   int
	eth, tcny *big.Int
}

// sendPackets sends n packets from account sender without waiting for each receipt: txsend hands out the
// nonces and the node takes one transaction after the other; only the last is awaited. The kinds and tokens
// take turns as in testnet/realnet (Direct to account to, Equal and Lucky in 3 shares with a claim code; tCNY
// and ETH), the small amounts a red packet has. The sender must hold the tCNY and have approved the escrow
// (approve).
func (c *chain) sendPackets(ctx context.Context, chainID *big.Int, sender, to, n int) (sent, error) {
	key := devkeys.Key(sender)
	from := devkeys.Address(sender)
	s := txsend.New(c.ec, key, chainID, txsend.WithPollInterval(20*time.Millisecond))
	out := sent{eth: new(big.Int), tcny: new(big.Int)}
	gas := map[[2]uint8]uint64{} // estimated once per kind and token, with headroom
	var last *txsend.Pending
	for i := range n {
		p := escrow.IHongbaoEscrowSendParams{Token: c.tcny, Kind: uint8(i % 3), Ttl: uint32(client.DefaultTTL / time.Second),
			Amount: big.NewInt(int64(300 + i%7*3))} // 3.00-3.18 tCNY
		if i%2 == 1 {
			p.Token, p.Amount = common.Address{}, new(big.Int).Mul(big.NewInt(int64(1000+i%7)), big.NewInt(1e12)) // ~0.001 ETH
		}
		p.Shares = 3
		if client.Kind(p.Kind) == client.Direct {
			p.Shares, p.Recipient = 1, devkeys.Address(to)
		}
		value := new(big.Int)
		if p.Token == (common.Address{}) {
			value.Set(p.Amount)
		}
		build := func(nonce uint64) ([]byte, error) {
			q := p
			if client.Kind(q.Kind) != client.Direct { // the claim key the CLI would derive for this nonce
				q.Recipient = crypto.PubkeyToAddress(client.DeriveClaimKey(key, chainID, c.escrow, nonce).PublicKey)
			}
			return escrowABI.PackSend(q), nil
		}
		kt := [2]uint8{p.Kind, uint8(i % 2)}
		if gas[kt] == 0 {
			data, _ := build(0)
			g, err := c.ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &c.escrow, Value: value, Data: data})
			if err != nil {
				return out, fmt.Errorf("estimate a send of account %d: %w", sender, err)
			}
			gas[kt] = g * 3 / 2
		}
		pend, err := s.Send(ctx, txsend.Request{To: &c.escrow, Value: value, Build: build, Gas: gas[kt]})
		if err != nil {
			return out, fmt.Errorf("send packet %d of account %d: %w", i, sender, err)
		}
		last = pend
		out.packets++
		if p.Token == (common.Address{}) {
			out.eth.Add(out.eth, p.Amount)
		} else {
			out.tcny.Add(out.tcny, p.Amount)
		}
	}
	if last != nil {
		r, err := last.Wait(ctx)
		if err != nil {
			return out, fmt.Errorf("the last send of account %d: %w", sender, err)
		}
		if r.Status != 1 {
			return out, fmt.Errorf("the last send of account %d reverted", sender)
		}
	}
	return out, nil
}

// approve lets the escrow take the accounts' tCNY.
func (c *chain) approve(t *testing.T, chainID *big.Int, accounts ...int) {
	t.Helper()
	for _, i := range accounts {
		s := txsend.New(c.ec, devkeys.Key(i), chainID, txsend.WithPollInterval(20*time.Millisecond))
		r, err := s.SendAndWait(t.Context(), txsend.Request{To: &c.tcny, Data: tokenABI.PackApprove(c.escrow, maxUint), Gas: 100_000})
		require.NoError(t, err)
		require.EqualValues(t, 1, r.Status, "approve of account %d", i)
	}
}

// sendFrom sends counts[i] packets from senders[i], all senders at once, and checks that the escrow
// recorded every one. It returns what each sender locked.
func (c *chain) sendFrom(t *testing.T, chainID *big.Int, senders []int, counts []int, to int) []sent {
	t.Helper()
	before := c.lastPacketID(t)
	out := make([]sent, len(senders))
	errs := make([]error, len(senders))
	var wg sync.WaitGroup
	for i := range senders {
		wg.Go(func() { out[i], errs[i] = c.sendPackets(t.Context(), chainID, senders[i], to, counts[i]) })
	}
	wg.Wait()
	require.NoError(t, errors.Join(errs...))
	total := 0
	for _, n := range counts {
		total += n
	}
	require.EqualValues(t, before+uint64(total), c.lastPacketID(t), "every send made a packet")
	return out
}

func (c *chain) chainID(t *testing.T) *big.Int {
	t.Helper()
	id, err := c.ec.ChainID(t.Context())
	require.NoError(t, err)
	return id
}

// topMethods lists the methods by calls, most first, ties by name: "eth_getLogs 3, eth_call 2".
func topMethods(counts map[string]int) string {
	type mc struct {
		m string
		n int
	}
	var all []mc
	for m, n := range counts {
		all = append(all, mc{m, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].m < all[j].m
	})
	parts := make([]string, len(all))
	for i, x := range all {
		parts[i] = x.m + " " + strconv.Itoa(x.n)
	}
	return strings.Join(parts, ", ")
}

func total(counts map[string]int) int {
	n := 0
	for _, v := range counts {
		n += v
	}
	return n
}

// group writes n with thousands separators: 10,000.
func group(n uint64) string {
	s := strconv.FormatUint(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// machine describes the run for the report: date, cores, load, Anvil's version.
func machine(t *testing.T) string {
	load := "?"
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Fields(string(b))[0]
	}
	ver := "anvil ?"
	if bin, err := anvil.BinaryPath(); err == nil {
		if out, err := exec.CommandContext(t.Context(), bin, "--version").Output(); err == nil {
			ver = strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0])
		}
	}
	return fmt.Sprintf("%s, %d cores (load average %s at the start), %s", time.Now().UTC().Format("2006-01-02"), runtime.NumCPU(), load, ver)
}

// report prints the figures (to stdout, so that `make bench-realnet` shows them as they are) and writes them
// to out/<name>.md (gitignored), from which docs/performance.md quotes.
func report(t *testing.T, name, text string) {
	t.Helper()
	fmt.Printf("\n%s\n", text)
	if err := os.MkdirAll("out", 0o755); err == nil {
		if err := os.WriteFile(filepath.Join("out", name+".md"), []byte(text), 0o644); err != nil {
			t.Logf("write out/%s.md: %v", name, err)
		}
	}
}
