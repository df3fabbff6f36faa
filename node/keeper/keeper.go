package keeper

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/logs"
	"github.com/hongbao/hongbao/node/txsend"
)

// Defaults of Config.
const (
	DefaultBatchSize      = 50
	DefaultMaxBlockRange  = 10_000
	DefaultPollInterval   = 15 * time.Second
	DefaultReceiptPoll    = time.Second
	DefaultReceiptTimeout = 5 * time.Minute
	DefaultMaxInFlight    = 4
	// DefaultQuarantinePasses: a packet whose refund reverts is tried again 4 passes later (about a minute at
	// the default PollInterval), then 8, 16, ... passes later while it keeps failing.
	DefaultQuarantinePasses = 4

	// MaxBatchSize bounds a batch so that the calldata and the gas stay far from the limits of a transaction.
	MaxBatchSize = 500
)

// Backend is what the keeper needs from a node. *ethclient.Client and the simulated backend's client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.PendingContractCaller
	ethereum.ChainIDReader
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Config configures a Keeper. Backend, Escrow and Key are required; every other field has a default.
type Config struct {
	Backend Backend
	Escrow  common.Address
	// Key signs the refund transactions and pays their gas. Use a key of its own: the keeper assumes that no
	// one else spends from it while a batch is in flight (it copes if someone does, at the cost of a retry).
	Key *ecdsa.PrivateKey

	// Checkpoint is the path of the JSON checkpoint file; empty keeps the state in memory only. One
	// checkpoint belongs to one keeper process: two processes must not share a file.
	Checkpoint string
	// StartBlock is the first block scanned when there is no checkpoint: the escrow's deployment block.
	StartBlock uint64
	// Confirmations: only blocks at least this many below the head are scanned (0: scan up to the head).
	// Refunds do not depend on it (every batch is simulated first); it guards the open set against reorgs
	// that would drop a closing event.
	Confirmations uint64
	// MaxBlockRange is the largest block range of one eth_getLogs call (default 10,000, what public providers
	// commonly allow). The reader narrows it when the node refuses a range and grows it back after.
	MaxBlockRange uint64
	// Logs reads the escrow's logs (default: a node/logs reader over Backend with MaxBlockRange). A daemon
	// that has one reader for its endpoint passes it here, so every component shares what it learnt.
	Logs *logs.Reader

	// BatchSize is the number of ids per refundMany (default 50, at most MaxBatchSize).
	BatchSize int
	// PollInterval is the pause between two passes of Run (default 15 s).
	PollInterval time.Duration
	// ReceiptPoll is how often the head is checked while a refund transaction waits to be mined; its receipt
	// is asked for when the head has moved (default 1 s).
	ReceiptPoll time.Duration
	// ReceiptTimeout ends the wait for a receipt; the pass fails and the next one simulates against the
	// pending block again, which sees the transaction if it is still in the pool (default 5 min).
	ReceiptTimeout time.Duration
	// Retry is the backoff of RPC calls and of Run after a failed pass.
	Retry Backoff
	// MaxInFlight is how many refund transactions may wait for their receipts at once (default 4): batch k+1
	// is simulated and sent while batch k waits, with the next nonce.
	MaxInFlight int
	// QuarantinePasses: a packet whose refund makes a batch revert (in simulation or on chain) is set aside
	// and tried again this many passes later, twice as many after each further failure, up to 64 times as
	// many (default 4). The rest of its batch is refunded in the same pass.
	QuarantinePasses int
	// Tx are options of the refund transactions' sender (node/txsend): fee limits and overrides, fee bumps,
	// confirmations, an observer. The keeper already passes ReceiptPoll and Retry to it.
	Tx []txsend.Option

	// Settle configures the settle pass: the keeper draws the pending shares of sealed packets (settle.go).
	Settle SettleConfig

	// Logger receives structured logs (default slog.Default()).
	Logger *slog.Logger
	// Metrics collects the counters served by MetricsHandler (default: a new set).
	Metrics *Metrics
}

// withDefaults fills the zero fields and checks the rest.
func (c Config) withDefaults() (Config, error) {
	switch {
	case c.Backend == nil:
		return c, errors.New("keeper: no backend")
	case c.Key == nil:
		return c, errors.New("keeper: no key to sign refunds with")
	case c.Escrow == (common.Address{}):
		return c, errors.New("keeper: no escrow address")
	case c.BatchSize < 0 || c.BatchSize > MaxBatchSize:
		return c, fmt.Errorf("keeper: batch size %d is outside 1..%d", c.BatchSize, MaxBatchSize)
	case c.MaxInFlight < 0:
		return c, fmt.Errorf("keeper: MaxInFlight %d is negative", c.MaxInFlight)
	}
	if c.MaxInFlight == 0 {
		c.MaxInFlight = DefaultMaxInFlight
	}
	if c.QuarantinePasses <= 0 {
		c.QuarantinePasses = DefaultQuarantinePasses
	}
	if c.BatchSize == 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.MaxBlockRange == 0 {
		c.MaxBlockRange = DefaultMaxBlockRange
	}
	if c.PollInterval <= 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.ReceiptPoll <= 0 {
		c.ReceiptPoll = DefaultReceiptPoll
	}
	if c.ReceiptTimeout <= 0 {
		c.ReceiptTimeout = DefaultReceiptTimeout
	}
	c.Retry = c.Retry.withDefaults()
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics()
	}
	return c, nil
}

// Keeper finds expired packets and refunds them. Its methods must not run concurrently with each other
// (RunOnce returns an error if a pass is already running).
type Keeper struct {
	cfg     Config
	backend Backend
	abi     *escrow.HongbaoEscrow
	topics  eventTopics
	from    common.Address
	chainID *big.Int
	log     *slog.Logger
	metrics *Metrics
	state   *state
	offset  uint64 // where this keeper starts in the due list (from its address), so keepers rarely collide
	logs    *logs.Reader

	sender   *txsend.Sender // the refund transactions' one way to the chain
	inflight []inflight     // sent (maybe) but not booked: settled by the next pass
	sealed   settleState    // the settle pass's pending claims (settle.go)

	running sync.Mutex
}

// New checks the configuration and the escrow address, and loads the checkpoint if there is one.
func New(ctx context.Context, cfg Config) (*Keeper, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	topics, err := newEventTopics()
	if err != nil {
		return nil, err
	}
	k := &Keeper{
		cfg:     cfg,
		backend: cfg.Backend,
		abi:     escrow.NewHongbaoEscrow(),
		topics:  topics,
		from:    crypto.PubkeyToAddress(cfg.Key.PublicKey),
		log:     cfg.Logger.With("component", "keeper"),
		metrics: cfg.Metrics,
	}
	k.offset = binary.BigEndian.Uint64(crypto.Keccak256(k.from.Bytes())[:8])
	k.logs = cfg.Logs
	if k.logs == nil {
		k.logs = logs.New(logs.FromHeaders(cfg.Backend), logs.WithMaxRange(cfg.MaxBlockRange), logs.WithLogger(k.log))
	}
	if k.chainID, err = cfg.Backend.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("keeper: read the chain id: %w", err)
	}
	k.sender = k.newSender()
	code, err := cfg.Backend.CodeAt(ctx, cfg.Escrow, nil)
	if err != nil {
		return nil, fmt.Errorf("keeper: read the escrow's code: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("keeper: no contract at %s on chain %s", cfg.Escrow.Hex(), k.chainID)
	}
	if k.state, err = loadState(cfg.Checkpoint, k.chainID, cfg.Escrow); err != nil {
		return nil, err
	}
	k.metrics.setOpen(len(k.state.open))
	k.metrics.setQuarantined(len(k.state.quarantine))
	return k, nil
}

// Address is the account that sends the refunds and pays their gas.
func (k *Keeper) Address() common.Address { return k.from }

// Metrics is the keeper's metric set.
func (k *Keeper) Metrics() *Metrics { return k.metrics }

// MetricsHandler serves the metrics in the Prometheus text format (mount it at /metrics).
func (k *Keeper) MetricsHandler() http.Handler { return k.metrics.Handler() }

// Summary is what one pass did.
type Summary struct {
	FromBlock, ToBlock uint64 // blocks scanned in this pass (none when Scanned is false); all at once by the views when Bootstrap is "views"
	Scanned            bool
	Bootstrap          string // how a pass without a checkpoint (or far behind) built its open set: BootstrapLogs or BootstrapViews; "" otherwise
	Open               int    // packets with money left that the keeper knows of, after the pass
	Due                int    // of them, expired at the start of the refunds
	Refunded           int    // packets refunded by this keeper's transactions
	Dropped            int    // due ids the simulation found no longer refundable (closed or refunded by others)
	Batches            int    // refund transactions sent
	Stopped            int    // of them, batches that stopped early (RefundBatchStopped); their rest stays due
	GasUsed            uint64 // gas of those transactions
	Quarantined        int    // packets set aside in this pass because their refund reverts
	Settled            int    // pending shares of sealed packets drawn by this keeper (settle.go)
}

// RunOnce does one pass: scan the logs up to the head, then refund every due packet. It is what a cron job
// calls. RPC calls are retried per Config.Retry; an error means the pass stopped early, and whatever it did
// up to then is in the checkpoint.
func (k *Keeper) RunOnce(ctx context.Context) (Summary, error) {
	if !k.running.TryLock() {
		return Summary{}, errors.New("keeper: a pass is already running")
	}
	defer k.running.Unlock()
	return k.pass(ctx)
}

// Run does passes until ctx ends, PollInterval apart; after a failed pass it backs off exponentially (capped
// at Retry.Max) and tries again. It returns nil when ctx ends.
func (k *Keeper) Run(ctx context.Context) error {
	if !k.running.TryLock() {
		return errors.New("keeper: a pass is already running")
	}
	defer k.running.Unlock()
	k.log.Info("keeper started", "address", k.from, "escrow", k.cfg.Escrow, "chain", k.chainID,
		"batch", k.cfg.BatchSize, "next_block", k.state.nextBlock(k.cfg.StartBlock), "quarantined", len(k.state.quarantine))
	failures := 0
	for {
		_, err := k.pass(ctx)
		if ctx.Err() != nil {
			k.log.Info("keeper stopped", "reason", ctx.Err())
			return nil
		}
		wait := k.cfg.PollInterval
		if err != nil {
			k.metrics.passFailed()
			wait = k.cfg.Retry.Delay(failures)
			failures++
			k.log.Error("pass failed; backing off", "err", err, "failures", failures, "retry_in", wait)
		} else {
			failures = 0
		}
		if sleep(ctx, wait) != nil {
			k.log.Info("keeper stopped", "reason", ctx.Err())
			return nil
		}
	}
}

// pass is one scan-and-refund round.
func (k *Keeper) pass(ctx context.Context) (Summary, error) {
	var sum Summary
	k.state.pass++
	k.metrics.passStarted()
	head, err := k.head(ctx)
	if err != nil {
		return sum, err
	}
	if err := k.settle(ctx, &sum); err != nil {
		return sum, err
	}
	if err := k.scan(ctx, head.Number.Uint64(), &sum); err != nil {
		return sum, err
	}
	settleErr := k.settlePending(ctx, head.Number.Uint64(), &sum)
	if settleErr != nil {
		k.log.Warn("settle pass failed; refunds go on", "err", settleErr)
	}
	due := k.state.due(head.Time)
	sum.Due = len(due)
	k.metrics.setDue(len(due))
	err = k.refundDue(ctx, due, &sum)
	if err == nil {
		err = settleErr
	}
	sum.Open = len(k.state.open)
	k.metrics.setOpen(sum.Open)
	if sum.Batches > 0 || sum.Dropped > 0 || sum.Quarantined > 0 {
		k.log.Info("pass done", "due", sum.Due, "refunded", sum.Refunded, "dropped", sum.Dropped,
			"batches", sum.Batches, "stopped", sum.Stopped, "gas", sum.GasUsed, "quarantined", sum.Quarantined, "open", sum.Open)
	}
	return sum, err
}

// chunk splits ids into consecutive slices of at most n.
func chunk(ids []uint64, n int) [][]uint64 {
	var out [][]uint64
	for len(ids) > 0 {
		m := min(n, len(ids))
		out = append(out, ids[:m:m])
		ids = ids[m:]
	}
	return out
}

// bigs converts packet ids to the ABI's uint256.
func bigs(ids []uint64) []*big.Int {
	out := make([]*big.Int, len(ids))
	for i, id := range ids {
		out[i] = new(big.Int).SetUint64(id)
	}
	return out
}
