// Package anvil runs Foundry's Anvil (pinned in this folder's package.json) as a stand-in for a real
// network in tests: blocks on a timer so transactions wait in the pool, a chain that can be aged by
// tens of thousands of blocks, and reorgs on demand. The simulated backend cannot do the first two.
//
// Tests call StartT; code with its own lifecycle calls Start and Close.
package anvil

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

const (
	// ChainID is the chain id every Anvil started here uses (Anvil's and Hardhat's default).
	ChainID = 31337
	// Mnemonic derives the ten standard dev accounts (see node/devkeys).
	Mnemonic = "test test test test test test test test test test test junk"
	// DefaultKeepStates is how many recent block states are kept when Options.KeepStates is 0:
	// enough for deep reorgs and eth_call at recent blocks, like a non-archive node (geth keeps 128).
	DefaultKeepStates = 64

	// EnvBinary overrides where the anvil binary is looked for.
	EnvBinary = "HONGBAO_ANVIL"
	// binaryPath is where `make deps` (npm ci in testnet/anvil) puts the binary, from the repo root.
	binaryPath = "testnet/anvil/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"

	// stopGrace is how long Close waits after SIGTERM before it kills: a safety net for a wedged
	// process, not something a test's outcome depends on.
	stopGrace = 10 * time.Second
	// readyPoll spaces the eth_chainId calls while the server comes up.
	readyPoll = 20 * time.Millisecond
)

// Options configure Start. The zero value is instant mining (a block per transaction).
type Options struct {
	// BlockTime mines a block every BlockTime (whole or fractional seconds); transactions wait in
	// the pool until then, as on a real network. 0 mines a block per transaction.
	BlockTime time.Duration
	// KeepStates is how many recent block states are kept in memory (0 means DefaultKeepStates).
	// Older states are dropped, never written to disk: that keeps a chain aged by 100,000 blocks
	// fast and small. Reorg cannot go deeper than this, nor eth_call further back. Negative keeps
	// the full history, spilling old states to the instance's temporary cache folder (this costs
	// gigabytes per 10,000 blocks: see TOOLCHAIN.md).
	KeepStates int
	// Binary is the anvil executable; empty means BinaryPath().
	Binary string
	// Output, when set, receives Anvil's own log (its stdout and stderr).
	Output io.Writer
	// Args are extra command-line arguments.
	Args []string
}

// Anvil is a running Anvil process.
type Anvil struct {
	bin    string
	args   []string  // the command line, less the port
	out    io.Writer // Options.Output
	cmd    *exec.Cmd
	dir    string
	url    string
	rpc    *rpc.Client
	client *ethclient.Client
	tail   *tailBuffer

	exited    chan struct{} // closed when the process has exited
	waitErr   error         // set before exited is closed
	listening chan string   // the address the process printed

	closeOnce sync.Once
	closeErr  error
}

// BinaryPath returns the anvil binary to run: $HONGBAO_ANVIL if set, else the pinned npm package's
// binary under the repository root (found by walking up from the working directory to go.mod). It
// returns an error saying how to install it when there is no such file.
func BinaryPath() (string, error) {
	if p := os.Getenv(EnvBinary); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("anvil binary from $%s: %w (fix it, or unset it and run `make deps`)", EnvBinary, err)
		}
		return p, nil
	}
	root, err := repoRoot()
	if err != nil {
		return "", fmt.Errorf("find anvil binary: %w", err)
	}
	p := filepath.Join(root, filepath.FromSlash(binaryPath))
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("anvil binary not found at %s: run `make deps` (or set $%s)", p, EnvBinary)
	}
	return p, nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

var listeningRE = regexp.MustCompile(`Listening on ([0-9.]+:[0-9]+)`)

// Start runs Anvil on a free 127.0.0.1 port (Anvil binds port 0 itself and prints the port, so no
// other process can take it in between) and returns once it answers eth_chainId. ctx bounds the
// start-up only; Close stops the process.
func Start(ctx context.Context, opts Options) (*Anvil, error) {
	bin := opts.Binary
	if bin == "" {
		var err error
		if bin, err = BinaryPath(); err != nil {
			return nil, err
		}
	}
	dir, err := os.MkdirTemp("", "hongbao-anvil-")
	if err != nil {
		return nil, fmt.Errorf("anvil temp dir: %w", err)
	}

	args := []string{
		"--host", "127.0.0.1",
		"--chain-id", strconv.Itoa(ChainID),
		"--mnemonic", Mnemonic,
		// Never the default cache in the user's Foundry folder: it grew to 76 GB over a few runs.
		"--cache-path", filepath.Join(dir, "cache"),
	}
	if opts.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(opts.BlockTime.Seconds(), 'f', -1, 64))
	}
	switch keep := opts.KeepStates; {
	case keep == 0:
		args = append(args, "--prune-history", strconv.Itoa(DefaultKeepStates))
	case keep > 0:
		args = append(args, "--prune-history", strconv.Itoa(keep))
	}
	args = append(args, opts.Args...)

	a := &Anvil{bin: bin, args: args, out: opts.Output, dir: dir, tail: newTailBuffer(16 << 10)}
	if err := a.launch("0"); err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	addr, err := a.awaitListening(ctx)
	if err == nil {
		a.url = "http://" + addr
		if a.rpc, err = rpc.DialContext(ctx, a.url); err != nil {
			err = fmt.Errorf("dial anvil at %s: %w", a.url, err)
		} else {
			a.client = ethclient.NewClient(a.rpc)
			err = a.awaitReady(ctx)
		}
	}
	if err != nil {
		_ = a.Close()
		return nil, err
	}
	return a, nil
}

// launch starts the process on port (Anvil binds "0" itself and prints the port, so no other process can
// take it in between) with the instance's arguments and extra ones.
func (a *Anvil) launch(port string, extra ...string) error {
	// Not CommandContext: the process lives until Close.
	cmd := exec.Command(a.bin, append(append([]string{"--port", port}, a.args...), extra...)...)
	cmd.Dir = a.dir
	cmd.SysProcAttr = sysProcAttr()
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start anvil (%s): %w", a.bin, err)
	}
	exited := make(chan struct{})
	a.cmd, a.exited, a.listening = cmd, exited, make(chan string, 1)
	go func() {
		a.waitErr = cmd.Wait()
		_ = pw.Close()
		close(exited)
	}()
	go a.readOutput(pr, a.out, a.listening)
	return nil
}

// readOutput drains Anvil's output for as long as it runs (a full pipe would stall it), keeps the
// tail for error messages and reports the listening address once.
func (a *Anvil) readOutput(r io.Reader, out io.Writer, addr chan<- string) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	found := false
	for sc.Scan() {
		line := append(append([]byte(nil), sc.Bytes()...), '\n') // the scanner reuses its buffer
		a.tail.Write(line)
		if out != nil {
			_, _ = out.Write(line)
		}
		if !found {
			if m := listeningRE.FindSubmatch(line); m != nil {
				addr <- string(m[1])
				found = true
			}
		}
	}
	_, _ = io.Copy(io.Discard, r) // a line too long for the scanner: keep draining
}

// awaitListening waits for the address the process prints once it listens.
func (a *Anvil) awaitListening(ctx context.Context) (string, error) {
	select {
	case addr := <-a.listening:
		return addr, nil
	case <-a.exited:
		return "", fmt.Errorf("anvil exited before listening (%v): %s", a.waitErr, a.tail.String())
	case <-ctx.Done():
		return "", fmt.Errorf("anvil start-up: %w", ctx.Err())
	}
}

// awaitReady polls eth_chainId until the server answers.
func (a *Anvil) awaitReady(ctx context.Context) error {
	for {
		var id string
		err := a.rpc.CallContext(ctx, &id, "eth_chainId")
		if err == nil {
			return nil
		}
		select {
		case <-a.exited:
			return fmt.Errorf("anvil exited during start-up (%v): %s", a.waitErr, a.tail.String())
		case <-ctx.Done():
			return fmt.Errorf("anvil at %s not answering: %w (last error: %v)", a.url, ctx.Err(), err)
		case <-time.After(readyPoll):
		}
	}
}

// stop ends the process (SIGTERM, then SIGKILL after a grace period) and waits for it.
func (a *Anvil) stop() {
	select {
	case <-a.exited:
	default:
		_ = a.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-a.exited:
		case <-time.After(stopGrace):
			_ = a.cmd.Process.Kill()
			<-a.exited
		}
	}
}

// Close stops Anvil (SIGTERM, then SIGKILL if it has not exited after a grace period), waits for
// it and removes its temporary folder. It is safe to call more than once.
func (a *Anvil) Close() error {
	a.closeOnce.Do(func() {
		if a.rpc != nil {
			a.rpc.Close()
		}
		a.stop()
		a.closeErr = os.RemoveAll(a.dir)
	})
	return a.closeErr
}

// RPC returns the HTTP endpoint, e.g. http://127.0.0.1:40123.
func (a *Anvil) RPC() string { return a.url }

// WS returns the WebSocket endpoint (same port).
func (a *Anvil) WS() string { return "ws" + a.url[len("http"):] }

// Client returns an ethclient connected to this Anvil; Close closes it.
func (a *Anvil) Client() *ethclient.Client { return a.client }

// RPCClient returns the underlying RPC client, for Anvil's own methods.
func (a *Anvil) RPCClient() *rpc.Client { return a.rpc }

// Output returns the last lines Anvil printed, for failure messages.
func (a *Anvil) Output() string { return a.tail.String() }

// tailBuffer keeps the last n bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	n   int
	buf []byte
}

func newTailBuffer(n int) *tailBuffer { return &tailBuffer{n: n} }

func (b *tailBuffer) Write(p []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if over := len(b.buf) - b.n; over > 0 {
		b.buf = append(b.buf[:0], b.buf[over:]...)
	}
}

func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}

// Memory returns the process's resident memory and its peak since the process started, in bytes, from
// /proc (Linux only; an error elsewhere): a report's figures, not a check.
func (a *Anvil) Memory() (rss, peak uint64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", a.cmd.Process.Pid))
	if err != nil {
		return 0, 0, fmt.Errorf("anvil memory: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || f[2] != "kB" {
			continue
		}
		n, perr := strconv.ParseUint(f[1], 10, 64)
		if perr != nil {
			continue
		}
		switch f[0] {
		case "VmRSS:":
			rss = n << 10
		case "VmHWM:":
			peak = n << 10
		}
	}
	if rss == 0 {
		return 0, 0, fmt.Errorf("anvil memory: no VmRSS in /proc/%d/status", a.cmd.Process.Pid)
	}
	return rss, peak, nil
}
