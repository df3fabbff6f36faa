// Package chainbench compares the embedded dev chain (`hongbao devnet`, node/devchain) with Anvil, side by
// side on the same machine in one run (issue 13, point 12):
//
//   - start-up: from exec to the first answered eth_chainId (the devnet answers only once the escrow and tCNY
//     are deployed and the deployment file is written; Anvil has nothing deployed), median of several starts;
//   - idle memory: VmRSS from /proc/PID/status a moment after the first answer;
//   - throughput through one viem client (viem-bench.mjs, viem from web/node_modules): sequential
//     send-and-wait of ETH transfers; 200 pipelined sends then the last receipt, signed by viem as it sends and
//     signed beforehand (the chain's own part);
//   - the chains' CPU time per transaction over the throughput runs (/proc/PID/stat).
//
// It prints figures and the ratios devnet/Anvil; it asserts no timing. It runs with `make bench-devchain`
// (HONGBAO_BENCH_DEVCHAIN=1); without it, and under -short, it skips at once.
package chainbench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/testnet/anvil"
)

const (
	// envRun asks for the benchmark; `make bench-devchain` sets it.
	envRun = "HONGBAO_BENCH_DEVCHAIN"
	// envBin is the hongbao binary (`make bench-devchain` passes bin/hongbao); unset, the benchmark builds
	// cli/hongbao into a temporary directory.
	envBin = "HONGBAO_BENCH_BIN"
	// envBase is an optional second hongbao binary (an earlier build) measured alongside as "base", so that a
	// change to the dev chain is compared with what it replaces under the same load.
	envBase = "HONGBAO_BENCH_BASE"
	// envStarts, envTxs and envRounds override how many starts, transactions per measurement and rounds.
	envStarts = "HONGBAO_BENCH_STARTS"
	envTxs    = "HONGBAO_BENCH_TXS"
	envRounds = "HONGBAO_BENCH_ROUNDS"

	// idleAfter is how long after the first answer the idle memory is read: the start-up work is over.
	idleAfter = 2 * time.Second
	// readyPoll spaces the eth_chainId attempts while a chain comes up; it bounds the start-up figure's
	// resolution.
	readyPoll = 2 * time.Millisecond
)

func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	require.NoError(t, err, "%s=%q", name, v)
	require.Positive(t, n, name)
	return n
}

// chain is how to start one of the compared chains on a port.
type chain struct {
	name string
	cmd  func(port int, dir string) *exec.Cmd
}

func chains(t *testing.T) []chain {
	hongbao := hongbaoBinary(t)
	anvilBin, err := anvil.BinaryPath()
	if err != nil {
		t.Fatalf("anvil: %v (run `make deps`)", err)
	}
	cs := []chain{
		devnetChain("devnet", hongbao),
		{name: "anvil", cmd: func(port int, dir string) *exec.Cmd {
			// --cache-path: Anvil's state cache stays in the run's temporary directory (TOOLCHAIN.md).
			return exec.Command(anvilBin, "--port", strconv.Itoa(port), "--cache-path", dir)
		}},
	}
	if base := os.Getenv(envBase); base != "" {
		abs, err := filepath.Abs(base)
		require.NoError(t, err)
		cs = append(cs, devnetChain("base", abs))
	}
	return cs
}

func devnetChain(name, bin string) chain {
	return chain{name: name, cmd: func(port int, dir string) *exec.Cmd {
		cmd := exec.Command(bin, "devnet", "--port", strconv.Itoa(port))
		cmd.Env = append(os.Environ(), "HONGBAO_HOME="+dir)
		return cmd
	}}
}

func hongbaoBinary(t *testing.T) string {
	if bin := os.Getenv(envBin); bin != "" {
		abs, err := filepath.Abs(bin)
		require.NoError(t, err)
		return abs
	}
	bin := filepath.Join(t.TempDir(), "hongbao")
	t.Logf("building cli/hongbao (set %s to skip)…", envBin)
	out, err := exec.Command("go", "build", "-o", bin, "github.com/hongbao/hongbao/cli/hongbao").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// running is a started chain process.
type running struct {
	cmd     *exec.Cmd
	url     string
	startup time.Duration // exec to the first answered eth_chainId
	exited  chan struct{} // closed when the process has exited
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// launch starts c and waits for its first answered eth_chainId.
func launch(ctx context.Context, t *testing.T, c chain) *running {
	dir := t.TempDir()
	port := freePort(t)
	cmd := c.cmd(port, dir)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	hc := &http.Client{Timeout: 5 * time.Second}
	t0 := time.Now()
	require.NoError(t, cmd.Start(), c.name)
	r := &running{cmd: cmd, url: url, exited: make(chan struct{})}
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(r.exited) }()
	t.Cleanup(r.stop)
	for {
		if id, err := chainID(ctx, hc, url); err == nil {
			r.startup = time.Since(t0)
			require.Equal(t, uint64(31337), id, c.name)
			return r
		}
		select {
		case <-r.exited:
			t.Fatalf("%s exited before answering: %v\n%s", c.name, waitErr, stderr.String())
		case <-ctx.Done():
			t.Fatalf("%s: %v", c.name, ctx.Err())
		case <-time.After(readyPoll):
		}
	}
}

// stop ends the process (SIGTERM, then SIGKILL after a grace period) and waits for it.
func (r *running) stop() {
	select {
	case <-r.exited:
		return
	default:
	}
	_ = r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.exited:
	case <-time.After(10 * time.Second): // a wedged process; not part of any figure
		_ = r.cmd.Process.Kill()
		<-r.exited
	}
}

func chainID(ctx context.Context, hc *http.Client, url string) (uint64, error) {
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Result string `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, err
	}
	return strconv.ParseUint(strings.TrimPrefix(out.Result, "0x"), 16, 64)
}

// rssMiB reads VmRSS (and its anonymous part, RssAnon) of pid, in MiB.
func rssMiB(t *testing.T, pid int) (rss, anon float64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		kb, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			continue
		}
		switch fields[0] {
		case "VmRSS:":
			rss = kb / 1024
		case "RssAnon:":
			anon = kb / 1024
		}
	}
	require.Positive(t, rss, "VmRSS of %d", pid)
	return rss, anon
}

// cpuSeconds is the user and system CPU time pid has used, from /proc/PID/stat (clock ticks of 1/100 s).
func cpuSeconds(t *testing.T, pid int) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	require.NoError(t, err)
	// Fields after the command name in parentheses, which may hold spaces: state is field 3, utime 14, stime 15.
	rest := string(data[bytes.LastIndexByte(data, ')')+2:])
	f := strings.Fields(rest)
	utime, err := strconv.ParseFloat(f[11], 64)
	require.NoError(t, err)
	stime, err := strconv.ParseFloat(f[12], 64)
	require.NoError(t, err)
	return (utime + stime) / 100
}

type startFigures struct {
	startup   []time.Duration
	rss, anon []float64
}

func median[T int | float64 | time.Duration](xs []T) T {
	s := append([]T(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func minMax[T int | float64 | time.Duration](xs []T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

// viemFigures is what viem-bench.mjs prints per chain (transactions per second).
type viemFigures struct {
	Seq        []float64 `json:"seq"`
	Pipe       []float64 `json:"pipe"`
	Raw        []float64 `json:"raw"`
	SeqMedian  float64   `json:"seqMedian"`
	PipeMedian float64   `json:"pipeMedian"`
	RawMedian  float64   `json:"rawMedian"`
}

func TestDevchainVsAnvil(t *testing.T) {
	if os.Getenv(envRun) == "" || testing.Short() {
		t.Skipf("set %s=1 (make bench-devchain) to compare the dev chain with Anvil", envRun)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	cs := chains(t)
	starts := envInt(t, envStarts, 5)
	txs := envInt(t, envTxs, 200)
	rounds := envInt(t, envRounds, 5)

	// Start-up and idle memory: each chain started `starts` times, alternating, one at a time.
	figs := map[string]*startFigures{}
	for i := range starts {
		for _, c := range cs {
			r := launch(ctx, t, c)
			time.Sleep(idleAfter)
			rss, anon := rssMiB(t, r.cmd.Process.Pid)
			r.stop()
			f := figs[c.name]
			if f == nil {
				f = &startFigures{}
				figs[c.name] = f
			}
			f.startup, f.rss, f.anon = append(f.startup, r.startup), append(f.rss, rss), append(f.anon, anon)
			t.Logf("start %d %-6s: first answer after %v, VmRSS %.1f MiB (anonymous %.1f)", i+1, c.name,
				r.startup.Round(time.Millisecond), rss, anon)
		}
	}

	// Throughput: both chains up, driven by one viem run that alternates between them.
	type spec struct {
		Name string `json:"name"`
		URL  string `json:"url"`
	}
	arg := struct {
		Chains []spec `json:"chains"`
		Seq    int    `json:"seq"`
		Pipe   int    `json:"pipe"`
		Rounds int    `json:"rounds"`
	}{Seq: txs, Pipe: txs, Rounds: rounds}
	cpu0 := map[string]float64{}
	pids := map[string]int{}
	for _, c := range cs {
		r := launch(ctx, t, c)
		defer r.stop()
		arg.Chains = append(arg.Chains, spec{Name: c.name, URL: r.url})
		pids[c.name] = r.cmd.Process.Pid
		cpu0[c.name] = cpuSeconds(t, r.cmd.Process.Pid)
	}
	js, err := json.Marshal(arg)
	require.NoError(t, err)
	node := exec.CommandContext(ctx, "node", "viem-bench.mjs", string(js))
	var stderr bytes.Buffer
	node.Stderr = &stderr
	out, err := node.Output()
	require.NoError(t, err, "viem-bench.mjs: %s", stderr.String())
	var tput map[string]viemFigures
	require.NoError(t, json.Unmarshal(out, &tput), "%s", out)
	// The chains' own CPU per transaction (viem-bench.mjs warms up with 10 + 20 + 20 transactions).
	sent := float64(10 + 20 + 20 + rounds*3*txs)
	cpuPerTx := map[string]float64{}
	for name, pid := range pids {
		cpuPerTx[name] = (cpuSeconds(t, pid) - cpu0[name]) / sent * 1000
	}

	dev, anv := figs["devnet"], figs["anvil"]
	d, a := tput["devnet"], tput["anvil"]
	var b strings.Builder
	fmt.Fprintf(&b, "\n| figure | devnet | anvil | devnet/anvil |\n|---|---:|---:|---:|\n")
	fmt.Fprintf(&b, "| sequential send-and-wait (tx/s, median of %d × %d) | %.0f | %.0f | %.2fx |\n", rounds, txs, d.SeqMedian, a.SeqMedian, d.SeqMedian/a.SeqMedian)
	fmt.Fprintf(&b, "| %d pipelined sends, viem signing as it sends (tx/s, median of %d) | %.0f | %.0f | %.2fx |\n", txs, rounds, d.PipeMedian, a.PipeMedian, d.PipeMedian/a.PipeMedian)
	fmt.Fprintf(&b, "| %d pipelined sends, signed beforehand (tx/s, median of %d) | %.0f | %.0f | %.2fx |\n", txs, rounds, d.RawMedian, a.RawMedian, d.RawMedian/a.RawMedian)
	ds, as := median(dev.startup), median(anv.startup)
	fmt.Fprintf(&b, "| start-up to first eth_chainId (s, median of %d) | %.3f | %.3f | %.2fx |\n", starts, ds.Seconds(), as.Seconds(), ds.Seconds()/as.Seconds())
	dlo, dhi := minMax(dev.rss)
	alo, ahi := minMax(anv.rss)
	fmt.Fprintf(&b, "| idle VmRSS (MiB, min–max of %d) | %.1f–%.1f | %.1f–%.1f | %.2fx |\n", starts, dlo, dhi, alo, ahi, median(dev.rss)/median(anv.rss))
	fmt.Fprintf(&b, "\nper round: devnet seq %s pipe %s raw %s; anvil seq %s pipe %s raw %s\n", fmtRates(d.Seq), fmtRates(d.Pipe), fmtRates(d.Raw),
		fmtRates(a.Seq), fmtRates(a.Pipe), fmtRates(a.Raw))
	fmt.Fprintf(&b, "start-ups: devnet %v; anvil %v (the devnet's first answer comes after its escrow and tCNY are deployed)\n", fmtDurs(dev.startup), fmtDurs(anv.startup))
	fmt.Fprintf(&b, "idle anonymous RSS (MiB, median): devnet %.1f, anvil %.1f\n", median(dev.anon), median(anv.anon))
	fmt.Fprintf(&b, "chain CPU per transaction (ms, user+system, all rounds): devnet %.2f, anvil %.2f\n", cpuPerTx["devnet"], cpuPerTx["anvil"])
	if bs, ok := figs["base"]; ok {
		bt := tput["base"]
		fmt.Fprintf(&b, "\nbase (%s) alongside: seq %.0f tx/s (devnet/base %.2fx), pipe %.0f (%.2fx), raw %.0f (%.2fx); start-up median %.3f s (%v); idle VmRSS %.1f MiB; CPU per transaction %.2f ms (devnet/base %.2fx)\n",
			os.Getenv(envBase), bt.SeqMedian, d.SeqMedian/bt.SeqMedian, bt.PipeMedian, d.PipeMedian/bt.PipeMedian, bt.RawMedian, d.RawMedian/bt.RawMedian,
			median(bs.startup).Seconds(), fmtDurs(bs.startup), median(bs.rss), cpuPerTx["base"], cpuPerTx["devnet"]/cpuPerTx["base"])
		fmt.Fprintf(&b, "base per round: seq %s pipe %s raw %s\n", fmtRates(bt.Seq), fmtRates(bt.Pipe), fmtRates(bt.Raw))
	}
	t.Log(b.String())
	fmt.Print(b.String())
}

func fmtRates(xs []float64) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.FormatFloat(x, 'f', 0, 64)
	}
	return strings.Join(s, "/")
}

func fmtDurs(xs []time.Duration) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = x.Round(time.Millisecond).String()
	}
	return strings.Join(s, " ")
}
