package indexer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Backend is what the indexer needs from a node. *ethclient.Client and the simulated backend's client have it.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Defaults of Config.
const (
	DefaultBatchBlocks  = 2000
	DefaultNativeSymbol = "ETH"
	// DefaultCallTimeout bounds one node call (Reconcile's too): long enough for a wide eth_getLogs on a busy
	// public node, short enough that a node that stopped answering is noticed and retried.
	DefaultCallTimeout = time.Minute
)

// Config says what to index and how carefully.
type Config struct {
	Escrow common.Address
	// StartBlock is the first block to read (the escrow's deployment block; 0 reads from genesis).
	StartBlock uint64
	// Confirmations: only blocks at least this many blocks below the head are indexed (0: up to the head, fine
	// for a dev chain; on a public chain use the depth it can reorg, or more).
	Confirmations uint64
	// BatchBlocks is the widest block range of one eth_getLogs call (DefaultBatchBlocks when 0). A node that
	// refuses a range (too many results) gets half of it, down to one block.
	BatchBlocks uint64
	// NativeSymbol names the native coin in records (DefaultNativeSymbol when empty); it has 18 decimals.
	NativeSymbol string
	// Logger receives batch, reorg and retry messages (discarded when nil).
	Logger *slog.Logger
	// CallTimeout bounds each node call (DefaultCallTimeout when 0; negative: only ctx bounds it). A connection
	// that never answers would otherwise stall Sync, and Run with it, for good; this way the call fails, Sync
	// returns the error and Run retries. No node call is ever made while the database is locked.
	CallTimeout time.Duration
}

// Indexer follows the escrow's logs into a DB. Its Sync calls run one at a time; several Indexers (in one
// process or several) may sync the same database: a batch commits only onto the checkpoint it was read from.
type Indexer struct {
	db      *DB
	backend Backend
	cfg     Config
	log     *slog.Logger
	mu      sync.Mutex // held by Sync: span is its state
	span    uint64     // current eth_getLogs range; shrinks when the node refuses a range, grows back after
	// testHookApplied runs after each log applied in a batch (tests use it to kill a sync mid-transaction).
	testHookApplied func(n int)
}

// New returns an indexer that writes into db. The database is bound to the escrow and chain at the first Sync.
func New(db *DB, backend Backend, cfg Config) (*Indexer, error) {
	if cfg.Escrow == (common.Address{}) {
		return nil, errors.New("indexer: no escrow address")
	}
	if cfg.BatchBlocks == 0 {
		cfg.BatchBlocks = DefaultBatchBlocks
	}
	if cfg.NativeSymbol == "" {
		cfg.NativeSymbol = DefaultNativeSymbol
	}
	if cfg.CallTimeout == 0 {
		cfg.CallTimeout = DefaultCallTimeout
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Indexer{db: db, backend: backend, cfg: cfg, log: logger, span: cfg.BatchBlocks}, nil
}

// Progress is what one Sync did.
type Progress struct {
	Head       uint64 // chain head seen last
	Checkpoint uint64 // last indexed block afterwards
	Batches    int    // eth_getLogs batches committed
	Events     int    // events stored
	Reorgs     int    // rollbacks to a common ancestor
	RolledBack int    // events removed by those rollbacks
}

// Sync indexes every block from the checkpoint up to head - Confirmations, batch by batch, and returns when it
// has caught up. Each batch commits atomically with the checkpoint, so a sync that is killed or fails resumes
// where the last commit left off; running it again when caught up changes nothing.
func (ix *Indexer) Sync(ctx context.Context) (Progress, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var pr Progress
	if err := ix.bind(ctx); err != nil {
		return pr, err
	}
	for {
		done, err := ix.step(ctx, &pr)
		if err != nil {
			return pr, err
		}
		if done {
			return pr, nil
		}
	}
}

// minBackoff is the first wait after a failed sync.
const minBackoff = 100 * time.Millisecond

// Run syncs, then polls every interval for new blocks until ctx ends (it then returns nil). An error (a node
// that is down, a refused range) is logged and retried with exponential backoff from 100 ms up to a minute.
func (ix *Indexer) Run(ctx context.Context, interval time.Duration) error {
	wait := interval
	for {
		pr, err := ix.Sync(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			wait = min(max(2*wait, minBackoff), time.Minute)
			ix.log.Warn("index sync failed; retrying", "err", err, "in", wait)
		} else {
			wait = interval
			if pr.Events > 0 || pr.Reorgs > 0 {
				ix.log.Info("indexed", "to", pr.Checkpoint, "events", pr.Events, "reorgs", pr.Reorgs)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

func (ix *Indexer) bind(ctx context.Context) error {
	id, err := ix.node().ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	return ix.db.bind(ctx, Binding{ChainID: id, Escrow: ix.cfg.Escrow, StartBlock: ix.cfg.StartBlock}, ix.cfg.NativeSymbol)
}

// node is the backend with each call bounded by CallTimeout.
func (ix *Indexer) node() Backend { return timedBackend{ix.backend, ix.cfg.CallTimeout} }

// step checks the checkpoint against the chain (rolling back on a mismatch) or indexes one batch. It reports
// done when the index has reached head - Confirmations.
func (ix *Indexer) step(ctx context.Context, pr *Progress) (done bool, err error) {
	head, err := ix.node().HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("head: %w", err)
	}
	pr.Head = head.Number.Uint64()
	cp, err := ix.db.Checkpoint(ctx)
	if err != nil {
		return false, err
	}
	canon, err := ix.canonical(ctx, cp)
	if err != nil {
		return false, err
	}
	if !canon {
		return false, ix.reorg(ctx, cp, pr)
	}
	from := ix.cfg.StartBlock
	if cp.Set {
		from = cp.Block + 1
		pr.Checkpoint = cp.Block
	}
	if pr.Head < ix.cfg.Confirmations || from > pr.Head-ix.cfg.Confirmations {
		return true, nil
	}
	to := min(from+ix.span-1, pr.Head-ix.cfg.Confirmations)
	n, err := ix.batch(ctx, cp, from, to)
	if err != nil {
		return false, err
	}
	if n >= 0 {
		pr.Batches++
		pr.Events += n
		pr.Checkpoint = to
	}
	return false, nil
}

// canonical reports whether the checkpoint block is still on the chain (an unset checkpoint always is).
func (ix *Indexer) canonical(ctx context.Context, cp Checkpoint) (bool, error) {
	if !cp.Set {
		return true, nil
	}
	return ix.isCanonical(ctx, cp.Block, cp.Hash)
}

func (ix *Indexer) isCanonical(ctx context.Context, number uint64, hash common.Hash) (bool, error) {
	h, err := ix.node().HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil // the chain is shorter now
	}
	if err != nil {
		return false, fmt.Errorf("header %d: %w", number, err)
	}
	return h.Hash() == hash, nil
}

// batch indexes blocks from..to in one transaction. It returns the number of events stored, or -1 when the
// chain moved under it (the next step re-checks the checkpoint) or the node refused the range (it shrinks).
func (ix *Indexer) batch(ctx context.Context, cp Checkpoint, from, to uint64) (int, error) {
	top, err := ix.node().HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return 0, fmt.Errorf("header %d: %w", to, err)
	}
	logs, err := ix.node().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{ix.cfg.Escrow},
	})
	if err != nil {
		if ctx.Err() != nil || ix.span == 1 {
			return 0, fmt.Errorf("logs %d-%d: %w", from, to, err)
		}
		ix.span = max(1, ix.span/2)
		ix.log.Warn("log range refused; narrowing", "from", from, "to", to, "span", ix.span, "err", err)
		return -1, nil
	}
	ix.span = min(ix.span*2, ix.cfg.BatchBlocks)
	// The logs belong to the chain the checkpoint and `top` are on only if both are still canonical now: a block's
	// ancestry never changes, so top's unchanged hash vouches for every block below it.
	if still, err := ix.isCanonical(ctx, to, top.Hash()); err != nil || !still {
		return -1, err
	}
	if still, err := ix.canonical(ctx, cp); err != nil || !still {
		return -1, err
	}
	blocks, err := ix.checkLogs(ctx, logs, from, top)
	if err != nil {
		return 0, err
	}
	tokens, err := ix.newTokens(ctx, logs)
	if err != nil {
		return 0, err
	}
	err = ix.commit(ctx, cp, logs, blocks, tokens, top)
	if errors.Is(err, errCheckpointMoved) {
		ix.log.Debug("another sync committed first; re-reading", "from", from, "to", to)
		return -1, nil
	}
	if err != nil {
		return 0, err
	}
	ix.log.Debug("indexed batch", "from", from, "to", to, "events", len(logs))
	return len(logs), nil
}

// blockRef is a block that holds escrow events. The index remembers these (and the checkpoint) to find the
// common ancestor after a reorg; remembering only them keeps the database independent of the batch size.
type blockRef struct {
	number uint64
	hash   common.Hash
	time   uint64
}

// checkLogs sorts the logs into chain order, rejects any that do not fit the batch, fills missing block times,
// and returns the blocks they came from.
func (ix *Indexer) checkLogs(ctx context.Context, logs []types.Log, from uint64, top *types.Header) ([]blockRef, error) {
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	to := top.Number.Uint64()
	var blocks []blockRef
	for i := range logs {
		l := &logs[i]
		if l.Removed || l.Address != ix.cfg.Escrow || l.BlockNumber < from || l.BlockNumber > to ||
			(l.BlockNumber == to && l.BlockHash != top.Hash()) {
			return nil, fmt.Errorf("node returned a log outside the batch %d-%d: block %d %s", from, to, l.BlockNumber, l.BlockHash.Hex())
		}
		if n := len(blocks); n > 0 && blocks[n-1].number == l.BlockNumber {
			if blocks[n-1].hash != l.BlockHash {
				return nil, fmt.Errorf("logs of block %d from two different blocks", l.BlockNumber)
			}
			l.BlockTimestamp = blocks[n-1].time
			continue
		}
		if l.BlockTimestamp == 0 { // nodes before the blockTimestamp log field
			h, err := ix.node().HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return nil, fmt.Errorf("header %d: %w", l.BlockNumber, err)
			}
			l.BlockTimestamp = h.Time
		}
		blocks = append(blocks, blockRef{l.BlockNumber, l.BlockHash, l.BlockTimestamp})
	}
	return blocks, nil
}

// errCheckpointMoved: another sync of the same database committed a batch or a rollback after this one read
// the checkpoint. The work is dropped and the next step starts from the new checkpoint.
var errCheckpointMoved = errors.New("the checkpoint moved under this sync")

// commit applies a batch read on top of checkpoint cp, records its blocks and new tokens, and moves the
// checkpoint to its last block, atomically. Everything it needs from the node was fetched before: the
// transaction only does local work, so readers wait for it at most that long.
func (ix *Indexer) commit(ctx context.Context, cp Checkpoint, logs []types.Log, blocks []blockRef, tokens []TokenInfo, top *types.Header) error {
	err := ix.db.write(ctx, func(tx *sql.Tx) error {
		if err := sameCheckpoint(ctx, tx, cp); err != nil {
			return err
		}
		a := newApplier(ctx, tx)
		for i := range logs {
			if err := a.apply(&logs[i]); err != nil {
				return err
			}
			if ix.testHookApplied != nil {
				ix.testHookApplied(i)
			}
		}
		for _, t := range tokens {
			if err := a.exec(`INSERT OR IGNORE INTO tokens (address, symbol, decimals) VALUES (?, ?, ?)`,
				addrText(t.Address), t.Symbol, int64(t.Decimals)); err != nil {
				return fmt.Errorf("store token %s: %w", t.Address.Hex(), err)
			}
		}
		for _, b := range blocks {
			if err := a.exec(`INSERT INTO blocks (number, hash, time) VALUES (?, ?, ?)`, int64(b.number), b.hash.Hex(), int64(b.time)); err != nil {
				return fmt.Errorf("store block %d: %w", b.number, err)
			}
		}
		return writeCheckpoint(ctx, tx, Checkpoint{Block: top.Number.Uint64(), Hash: top.Hash(), Set: true})
	})
	if err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	return nil
}

// sameCheckpoint fails with errCheckpointMoved unless the index still stands at cp.
func sameCheckpoint(ctx context.Context, tx *sql.Tx, cp Checkpoint) error {
	now, err := readCheckpoint(ctx, tx)
	if err != nil {
		return err
	}
	if now != cp {
		return errCheckpointMoved
	}
	return nil
}

// reorg finds the newest remembered block still on the chain and rolls the index back to it.
func (ix *Indexer) reorg(ctx context.Context, cp Checkpoint, pr *Progress) error {
	anc, err := ix.ancestor(ctx)
	removed := 0
	if err == nil {
		removed, err = ix.db.rollback(ctx, cp, anc)
	}
	if errors.Is(err, errCheckpointMoved) {
		return nil // another sync moved the index meanwhile: the next step checks its checkpoint
	}
	if err != nil {
		return err
	}
	pr.Reorgs++
	pr.RolledBack += removed
	ix.log.Warn("chain reorganised; rolled back", "from", cp.Block, "to", anc.Block, "ancestor_known", anc.Set, "events_removed", removed)
	return nil
}

// ancestor binary-searches the remembered blocks (those with events) for the newest one still canonical. They
// all lie on one chain (the one the index followed), so "still canonical" holds for every block up to the fork
// point and for none above it. Rolling back to it and re-reading the event-less blocks after it is safe. With
// none canonical the index starts over from the start block. Each database read is one statement, done before
// the node call it feeds (the rollback re-checks that nothing moved in between).
func (ix *Indexer) ancestor(ctx context.Context) (Checkpoint, error) {
	var count int
	if err := ix.db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM blocks`).Scan(&count); err != nil {
		return Checkpoint{}, fmt.Errorf("count blocks: %w", err)
	}
	best := Checkpoint{}
	lo, hi := 0, count-1
	for lo <= hi {
		mid := (lo + hi) / 2
		var number int64
		var hash string
		err := ix.db.db.QueryRowContext(ctx, `SELECT number, hash FROM blocks ORDER BY number LIMIT 1 OFFSET ?`, mid).Scan(&number, &hash)
		if errors.Is(err, sql.ErrNoRows) {
			return Checkpoint{}, errCheckpointMoved // another sync rolled back meanwhile
		}
		if err != nil {
			return Checkpoint{}, fmt.Errorf("read block: %w", err)
		}
		ok, err := ix.isCanonical(ctx, uint64(number), common.HexToHash(hash))
		if err != nil {
			return Checkpoint{}, err
		}
		if ok {
			best = Checkpoint{Block: uint64(number), Hash: common.HexToHash(hash), Set: true}
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return best, nil
}

// rollback deletes every event and block above the ancestor, moves the checkpoint from cp there, and rebuilds
// the derived state from the events that remain (a local replay; no node access). It returns the number of
// events removed, or errCheckpointMoved when the index no longer stands at cp.
func (d *DB) rollback(ctx context.Context, cp, anc Checkpoint) (int, error) {
	var removed int64
	err := d.write(ctx, func(tx *sql.Tx) error {
		if err := sameCheckpoint(ctx, tx, cp); err != nil {
			return err
		}
		above := int64(-1)
		if anc.Set {
			above = int64(anc.Block)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM events WHERE block_number > ?`, above)
		if err != nil {
			return fmt.Errorf("roll back events: %w", err)
		}
		removed, _ = res.RowsAffected()
		if _, err := tx.ExecContext(ctx, `DELETE FROM blocks WHERE number > ?`, above); err != nil {
			return fmt.Errorf("roll back blocks: %w", err)
		}
		if err := writeCheckpoint(ctx, tx, anc); err != nil {
			return err
		}
		return rebuild(ctx, tx)
	})
	if err != nil {
		return 0, fmt.Errorf("rollback: %w", err)
	}
	return int(removed), nil
}

// Rebuild empties the derived tables (packets, claims, owed, budgets, organisations, locks, policies) and
// replays every stored event into them: the state from the logs alone, without the node.
func (d *DB) Rebuild(ctx context.Context) error {
	if err := d.write(ctx, func(tx *sql.Tx) error { return rebuild(ctx, tx) }); err != nil {
		return fmt.Errorf("rebuild: %w", err)
	}
	return nil
}

// replayChunk bounds how many events a replay holds in memory at once.
const replayChunk = 5000

func rebuild(ctx context.Context, tx *sql.Tx) error {
	for _, t := range derivedTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return fmt.Errorf("clear %s: %w", t, err)
		}
	}
	esc, _, err := getMeta(ctx, tx, metaEscrow)
	if err != nil {
		return err
	}
	a := newApplier(ctx, tx)
	a.skipEvents = true
	after := [2]int64{-1, -1}
	for {
		logs, err := readLogs(ctx, tx, common.HexToAddress(esc), after)
		if err != nil {
			return err
		}
		for i := range logs {
			if err := a.apply(&logs[i]); err != nil {
				return fmt.Errorf("replay: %w", err)
			}
		}
		if len(logs) < replayChunk {
			return nil
		}
		last := logs[len(logs)-1]
		after = [2]int64{int64(last.BlockNumber), int64(last.Index)}
	}
}

// readLogs reads up to replayChunk stored events after (block, log index) back into logs.
func readLogs(ctx context.Context, tx *sql.Tx, escrow common.Address, after [2]int64) ([]types.Log, error) {
	rows, err := tx.QueryContext(ctx, `SELECT block_number, log_index, block_hash, block_time, tx_hash, tx_index,
		topics, data FROM events WHERE (block_number, log_index) > (?, ?) ORDER BY block_number, log_index LIMIT ?`,
		after[0], after[1], replayChunk)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	defer rows.Close()
	var logs []types.Log
	for rows.Next() {
		var block, index, btime, txIndex int64
		var bhash, txHash, topics, data string
		if err := rows.Scan(&block, &index, &bhash, &btime, &txHash, &txIndex, &topics, &data); err != nil {
			return nil, fmt.Errorf("read events: %w", err)
		}
		logs = append(logs, types.Log{
			Address: escrow, Topics: parseTopics(topics), Data: common.FromHex(data), BlockNumber: uint64(block),
			TxHash: common.HexToHash(txHash), TxIndex: uint(txIndex), BlockHash: common.HexToHash(bhash),
			BlockTimestamp: uint64(btime), Index: uint(index),
		})
	}
	return logs, rows.Err()
}

// timedBackend bounds each call of a Backend by a timeout (none when limit <= 0).
type timedBackend struct {
	b     Backend
	limit time.Duration
}

func (t timedBackend) ChainID(ctx context.Context) (*big.Int, error) {
	return bounded(ctx, t.limit, t.b.ChainID)
}

func (t timedBackend) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return bounded(ctx, t.limit, func(ctx context.Context) (*types.Header, error) { return t.b.HeaderByNumber(ctx, number) })
}

func (t timedBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return bounded(ctx, t.limit, func(ctx context.Context) ([]types.Log, error) { return t.b.FilterLogs(ctx, q) })
}

func (t timedBackend) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return bounded(ctx, t.limit, func(ctx context.Context) ([]byte, error) { return t.b.CallContract(ctx, call, block) })
}

// bounded runs one node call with a deadline limit from now (ctx alone when limit <= 0). The call's error
// then says context.DeadlineExceeded, and the caller's ctx stays live: Sync treats a timed-out eth_getLogs like
// a refused range (it narrows) and returns any other timed-out call as an error for Run to retry.
func bounded[T any](ctx context.Context, limit time.Duration, call func(context.Context) (T, error)) (T, error) {
	if limit > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	return call(ctx)
}
