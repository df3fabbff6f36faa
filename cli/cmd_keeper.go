package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/keeper"
)

func (r *runner) keeperCommand() *cli.Command {
	return &cli.Command{
		Name:  "keeper",
		Usage: "refund expired packets (C1) with refundMany in batches; anyone may run it, and it pays the gas",
		Description: `A contract cannot wake itself up: "refunded automatically after 24 hours" needs someone to call the
escrow. The keeper follows the escrow's logs from a checkpoint, finds the packets that expired with money
left, simulates each refundMany batch first and sends only what is still refundable, so a restart or a
second keeper never sends a failing or duplicate refund. RPC errors are retried with backoff. Logs go to
stderr (JSON lines under --json); --metrics serves Prometheus metrics (packets refunded, batches, gas, lag).

It also draws the shares of sealed lucky packets that still wait for their draw --settle-after blocks after
their claim (settleMany, up to 50 shares a transaction): an expired sealed packet whose every share left is
held by such claims closes with those draws (nothing can go back from it).

Without --once it runs until Ctrl-C (SIGINT) or SIGTERM, a pass every --interval. With --once it does one
pass and exits (for cron): exit code 0 when the pass completed.

EXAMPLES:
   hongbao keeper --once --private-key 0x…
   hongbao keeper --batch 100 --metrics 127.0.0.1:9464 --keystore ~/keys --account 0x…`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "once", Usage: "do one pass (scan, refund what is due) and exit"},
			&cli.IntFlag{Name: "batch", Value: keeper.DefaultBatchSize, Usage: fmt.Sprintf("packets per refundMany transaction (1 to %d)", keeper.MaxBatchSize)},
			&cli.StringFlag{Name: "metrics", Usage: "serve Prometheus metrics at http://ADDR/metrics, e.g. 127.0.0.1:9464"},
			&cli.StringFlag{Name: "checkpoint", Usage: "the checkpoint file (default <home>/keeper/<chain id>-<escrow>-<keeper>.json)"},
			&cli.StringFlag{Name: "interval", Value: "15s", Usage: "pause between two passes"},
			&cli.Uint64Flag{Name: "confirmations", Usage: "scan only blocks this deep below the head"},
			&cli.IntFlag{Name: "max-in-flight", Value: keeper.DefaultMaxInFlight, Usage: "refund transactions waiting for their receipts at once"},
			&cli.Uint64Flag{Name: "settle-after", Value: keeper.DefaultSettleMinAge, Usage: "draw the pending shares of sealed lucky packets once their claim is this many blocks old (settleMany, 50 shares a transaction)"},
			&cli.BoolFlag{Name: "no-settle", Usage: "do not draw the pending shares of sealed lucky packets"},
		},
		Action: r.keeper,
	}
}

// keeperOutput is the JSON of keeper: the summary of the pass (--once), or what runs (without --once).
type keeperOutput struct {
	Keeper     string `json:"keeper"`
	Escrow     string `json:"escrow"`
	ChainID    uint64 `json:"chainId"`
	Checkpoint string `json:"checkpoint"`
	Metrics    string `json:"metrics,omitempty"`
	Batch      int    `json:"batch"`
	// The pass (--once).
	Scanned   bool   `json:"scanned,omitempty"`
	FromBlock uint64 `json:"fromBlock,omitempty"`
	ToBlock   uint64 `json:"toBlock,omitempty"`
	// Bootstrap says how a first pass (no checkpoint, or one far behind) found the open packets: "logs" (every
	// log since the checkpoint) or "views" (the escrow's packet views at the scanned-to block, when fewer calls).
	Bootstrap string `json:"bootstrap,omitempty"`
	Open      int    `json:"open"`
	Due       int    `json:"due"`
	Refunded  int    `json:"refunded"`
	Dropped   int    `json:"dropped"`
	Batches   int    `json:"batches"`
	GasUsed   uint64 `json:"gasUsed"`
	// Quarantined are due packets whose refund reverts: set aside, counted in the metrics, tried again later.
	Quarantined int `json:"quarantined"`
	// Settled is how many pending shares of sealed packets the pass drew.
	Settled int `json:"settled"`
	// Interval (without --once) is the pause between passes, in seconds.
	Interval int64 `json:"interval,omitempty"`
}

// keeperFlags are the checked flags of keeper.
type keeperFlags struct {
	batch         int
	interval      time.Duration
	metrics       string
	confirmations uint64
	maxInFlight   int
	settle        keeper.SettleConfig
}

func readKeeperFlags(c *cli.Context) (*keeperFlags, error) {
	if c.NArg() > 0 {
		return nil, usagef("InvalidArgs", "keeper takes no arguments, only flags (got %q)", c.Args().First())
	}
	f := &keeperFlags{batch: c.Int("batch"), metrics: c.String("metrics"), confirmations: c.Uint64("confirmations"),
		maxInFlight: c.Int("max-in-flight")}
	if f.maxInFlight < 1 || f.maxInFlight > 64 {
		return nil, usagef("InvalidFlag", "--max-in-flight %d is out of range: 1 to 64 refund transactions at once", f.maxInFlight)
	}
	f.settle = keeper.SettleConfig{Disabled: c.Bool("no-settle"), MinAge: c.Uint64("settle-after")}
	if f.settle.MinAge < 1 && !f.settle.Disabled {
		return nil, usagef("InvalidFlag", "--settle-after 0 is too short: a share is drawn from the hash of the block after its claim, so wait at least 1 block")
	}
	if f.batch < 1 || f.batch > keeper.MaxBatchSize {
		return nil, usagef("InvalidBatch", "--batch %d is out of range: a refundMany batch has 1 to %d packets", f.batch, keeper.MaxBatchSize)
	}
	d, err := parseDuration("interval", c.String("interval"))
	if err != nil {
		return nil, err
	}
	if d < time.Second {
		return nil, usagef("InvalidDuration", "--interval %s is too short: wait at least 1s between passes", c.String("interval"))
	}
	f.interval = d
	return f, nil
}

func (r *runner) keeper(c *cli.Context) error {
	f, err := readKeeperFlags(c)
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	checkpoint := c.String("checkpoint")
	if checkpoint == "" {
		checkpoint = filepath.Join(s.g.home, "keeper", fmt.Sprintf("%d-%s-%s.json", s.chainID, s.cl.Escrow().Hex(), s.me().Hex()))
	}
	// The keeper writes its checkpoint atomically next to the file, but does not create the directory.
	if err := os.MkdirAll(filepath.Dir(checkpoint), 0o755); err != nil {
		return failf("KeeperFailed", "cannot create the directory of the checkpoint %s: %v", checkpoint, unwrapPathError(err))
	}
	keeperLogger := r.logger()
	if c.Bool("once") {
		keeperLogger = r.quietLogger()
	}
	k, err := keeper.New(ctx, keeper.Config{
		Backend: s.ec, Escrow: s.cl.Escrow(), Key: s.key, Checkpoint: checkpoint, StartBlock: s.fromBlock,
		Confirmations: f.confirmations, BatchSize: f.batch, PollInterval: f.interval, MaxInFlight: f.maxInFlight,
		Logger: keeperLogger, Logs: s.logs, Tx: s.g.tx.txOptions(&r.sent), Settle: f.settle,
	})
	if err != nil {
		return failf("KeeperFailed", "the keeper did not start: %s", strings.TrimPrefix(err.Error(), "keeper: "))
	}
	out := &keeperOutput{Keeper: k.Address().Hex(), Escrow: s.cl.Escrow().Hex(), ChainID: s.chainID, Checkpoint: checkpoint, Batch: f.batch}
	if f.metrics != "" {
		url, stop, err := serveMetrics(f.metrics, k.MetricsHandler())
		if err != nil {
			return err
		}
		defer stop()
		out.Metrics = url
	}
	if c.Bool("once") {
		return r.keeperOnce(ctx, k, out)
	}
	out.Interval = int64(f.interval / time.Second)
	if err := r.emit(out, func(w io.Writer) { printKeeperStart(w, out) }); err != nil {
		return err
	}
	return k.Run(ctx) // until Main cancels ctx (SIGINT / SIGTERM); it backs off and goes on after a failed pass
}

// keeperOnce does one pass and reports it.
func (r *runner) keeperOnce(ctx context.Context, k *keeper.Keeper, out *keeperOutput) error {
	var sum keeper.Summary
	err := r.spin("refunding expired packets…", func() (err error) {
		sum, err = k.RunOnce(ctx)
		return err
	})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return err
		}
		return failf("KeeperFailed", "the keeper's pass stopped early: %v (what it did is in the checkpoint %s; run it again)",
			strings.TrimPrefix(err.Error(), "keeper: "), out.Checkpoint)
	}
	out.Scanned, out.FromBlock, out.ToBlock, out.Bootstrap = sum.Scanned, sum.FromBlock, sum.ToBlock, sum.Bootstrap
	out.Open, out.Due, out.Refunded, out.Dropped, out.Batches, out.GasUsed = sum.Open, sum.Due, sum.Refunded, sum.Dropped, sum.Batches, sum.GasUsed
	out.Quarantined, out.Settled = sum.Quarantined, sum.Settled
	return r.emit(out, func(w io.Writer) { printKeeperPass(w, out) })
}

func printKeeperPass(w io.Writer, out *keeperOutput) {
	scan := "no new blocks"
	if out.Scanned {
		scan = fmt.Sprintf("blocks %d–%d", out.FromBlock, out.ToBlock)
		if out.Bootstrap == keeper.BootstrapViews {
			scan += " (open packets read from the escrow's views: fewer calls than the logs)"
		}
	}
	if out.Refunded == 0 {
		fmt.Fprintf(w, "Nothing to refund: scanned %s; %s open, none expired\n", scan, plural(out.Open, "packet", "packets"))
	} else {
		fmt.Fprintf(w, "Refunded %s (C1) in %s, gas used %d; scanned %s\n", plural(out.Refunded, "expired packet", "expired packets"),
			plural(out.Batches, "refundMany transaction", "refundMany transactions"), out.GasUsed, scan)
		fmt.Fprintf(w, "  %s still open (not expired yet)\n", plural(out.Open, "packet", "packets"))
	}
	if out.Dropped > 0 {
		fmt.Fprintf(w, "  %s were no longer refundable (someone else closed them); nothing was sent for them\n", plural(out.Dropped, "packet", "packets"))
	}
	if out.Settled > 0 {
		fmt.Fprintf(w, "  drew %s of sealed lucky packets that waited for their draw\n", plural(out.Settled, "share", "shares"))
	}
	if out.Quarantined > 0 {
		fmt.Fprintf(w, "  %s set aside: their refund reverts (a receiver or token that fails); tried again in a later pass\n",
			plural(out.Quarantined, "packet", "packets"))
	}
	fmt.Fprintf(w, "  keeper %s · checkpoint %s\n", out.Keeper, out.Checkpoint)
}

func printKeeperStart(w io.Writer, out *keeperOutput) {
	fmt.Fprintf(w, "Keeper %s is watching escrow %s on chain %d: a pass every %ds, up to %d packets a transaction\n",
		out.Keeper, out.Escrow, out.ChainID, out.Interval, out.Batch)
	fmt.Fprintf(w, "  checkpoint  %s\n", out.Checkpoint)
	if out.Metrics != "" {
		fmt.Fprintf(w, "  metrics     %s\n", out.Metrics)
	}
	fmt.Fprintln(w, "Logs follow on stderr. Press Ctrl-C to stop.")
}

// logger is the structured log of the long-running commands, on stderr (JSON lines under --json, else text), at
// --log-level, by default info.
func (r *runner) logger() *slog.Logger { return r.leveledLogger(slog.LevelInfo) }

// quietLogger is the log of a one-shot command (keeper --once): its result is the output, so by default the
// log shows only warnings and errors.
func (r *runner) quietLogger() *slog.Logger { return r.leveledLogger(slog.LevelWarn) }

func (r *runner) leveledLogger(def slog.Level) *slog.Logger {
	lvl := def
	if r.logLevel != nil {
		lvl = *r.logLevel
	}
	if lvl > slog.LevelError {
		return slog.New(slog.DiscardHandler)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	if r.jsonOut {
		return slog.New(slog.NewJSONHandler(r.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(r.stderr, opts))
}

// parseLogLevel reads --log-level; "" is the command's default (nil).
func parseLogLevel(s string) (*slog.Level, error) {
	var l slog.Level
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return nil, nil
	case "debug":
		l = slog.LevelDebug
	case "info":
		l = slog.LevelInfo
	case "warn", "warning":
		l = slog.LevelWarn
	case "error":
		l = slog.LevelError
	case "off", "none":
		l = slog.LevelError + 4
	default:
		return nil, usagef("InvalidFlag", "--log-level %q: give debug, info, warn, error or off", s)
	}
	return &l, nil
}

// serveMetrics serves h at http://addr/metrics until stop is called.
func serveMetrics(addr string, h http.Handler) (string, func(), error) {
	mux := http.NewServeMux()
	mux.Handle("/metrics", h)
	url, stop, err := serve(addr, mux)
	if err != nil {
		return "", nil, err
	}
	return url + "/metrics", stop, nil
}

// serve listens on addr (host:port; port 0 picks a free one) and serves h until stop; it returns the base URL.
func serve(addr string, h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, failf("ListenFailed", "cannot listen on %s: %v; give another host:port (port 0 picks a free one)", addr, shortErr(err))
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }() // Serve returns when stop closes the server
	stop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}
	return "http://" + ln.Addr().String(), stop, nil
}
