package indexer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/node/logs"
)

// Defaults of Config.
const (
	// DefaultMaxRange is the widest eth_getLogs range of the reader the indexer builds: what most public
	// providers accept. The reader narrows it when a provider refuses and widens it back afterwards.
	DefaultMaxRange = logs.DefaultMaxRange
	// DefaultPrefetch is how many pages the reader fetches ahead while the indexer applies one.
	DefaultPrefetch     = 2
	DefaultNativeSymbol = "ETH"
	// DefaultCallTimeout bounds one node call (Reconcile's too): long enough for a wide eth_getLogs on a busy
	// public node, short enough that a node that stopped answering is noticed and retried.
	DefaultCallTimeout = time.Minute
)

// maxChainMoves is how many times in one Sync the chain may change while a pass reads it before Sync gives
// up (Run then retries after a backoff).
const maxChainMoves = 16

// Config says what to index and how carefully.
type Config struct {
	Escrow common.Address
	// OnPage, when set, is called after each committed page with the last block indexed and the block the
	// sync is heading for (a progress display; it must return quickly).
	OnPage func(indexed, target uint64)
	// StartBlock is the first block to read (the escrow's deployment block; 0 reads from genesis).
	StartBlock uint64
	// Confirmations: only blocks at least this many blocks below the head are indexed (0: up to the head, fine
	// for a dev chain; on a public chain use the depth it can reorg, or more).
	Confirmations uint64
	// ChainID is the chain the backend serves, when the caller knows it already: the first Sync then checks the
	// database's binding against it without asking the node. Nil: the first Sync asks (once per Indexer).
	ChainID *big.Int
	// Logs reads the escrow's logs. Nil: the indexer builds a *logs.Reader over the backend with MaxRange and
	// Prefetch, its requests bounded by CallTimeout. A reader shared with the rest of a program keeps what
	// it learnt of the provider's limits across uses; its own source then bounds its calls.
	Logs LogReader
	// MaxRange is the widest block range of one eth_getLogs request of the reader the indexer builds
	// (DefaultMaxRange when 0). A provider that refuses a range gets a narrower one.
	MaxRange uint64
	// Prefetch is how many pages that reader fetches ahead while a page is applied (DefaultPrefetch when 0;
	// 1: one request at a time).
	Prefetch int
	// NativeSymbol names the native coin in records (DefaultNativeSymbol when empty); it has 18 decimals.
	NativeSymbol string
	// Logger receives page, reorg and retry messages (discarded when nil).
	Logger *slog.Logger
	// CallTimeout bounds each node call (DefaultCallTimeout when 0; negative: only ctx bounds it). A connection
	// that never answers would otherwise stall Sync, and Run with it, for good; this way the call fails, Sync
	// returns the error and Run retries. No node call is ever made while the database is locked.
	CallTimeout time.Duration
}

// Indexer follows the escrow's logs into a DB. Its Sync calls run one at a time; several Indexers (in one
// process or several) may sync the same database: a page commits only onto the state it was read from.
type Indexer struct {
	db      *DB
	backend Backend
	logs    LogReader
	cfg     Config
	log     *slog.Logger
	mu      sync.Mutex // held by Sync
	bound   bool       // the database's binding was checked against the node
	// testHookApplied runs after log i of a page of n logs is applied (tests use it to kill a sync
	// mid-transaction).
	testHookApplied func(i, n int)
}

// New returns an indexer that writes into db. The database is bound to the escrow and chain at the first Sync.
func New(db *DB, backend Backend, cfg Config) (*Indexer, error) {
	if cfg.Escrow == (common.Address{}) {
		return nil, errors.New("indexer: no escrow address")
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = DefaultMaxRange
	}
	if cfg.Prefetch == 0 {
		cfg.Prefetch = DefaultPrefetch
	}
	if cfg.NativeSymbol == "" {
		cfg.NativeSymbol = DefaultNativeSymbol
	}
	if cfg.CallTimeout == 0 {
		cfg.CallTimeout = DefaultCallTimeout
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	reader := cfg.Logs
	if reader == nil {
		reader = newLogReader(backend, cfg)
	}
	return &Indexer{db: db, backend: backend, logs: reader, cfg: cfg, log: logger}, nil
}

// Progress is what one Sync did.
type Progress struct {
	Head       uint64 // chain head seen last
	Checkpoint uint64 // last indexed block afterwards
	Batches    int    // pages committed (one eth_getLogs answer each, one transaction each)
	Events     int    // events stored
	Reorgs     int    // rollbacks
	RolledBack int    // events removed by those rollbacks
}

// Sync indexes every block from the checkpoint up to head - Confirmations (the head as Sync reads it when it
// starts), page by page, and returns when it has caught up. Each page commits atomically with the index's
// state, so a sync that is killed or fails resumes where the last commit left off; running it again when
// caught up changes nothing.
func (ix *Indexer) Sync(ctx context.Context) (Progress, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var pr Progress
	if err := ix.bind(ctx); err != nil {
		return pr, err
	}
	for moved := 0; ; {
		done, err := ix.pass(ctx, &pr)
		switch {
		case errors.Is(err, errChainMoved):
			if moved++; moved >= maxChainMoves {
				return pr, fmt.Errorf("sync: %w (%d times in a row)", err, moved)
			}
			ix.log.Info("the chain changed while the index read it; reading again", "at", pr.Checkpoint)
		case err != nil:
			return pr, err
		case done:
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

// bind checks the database's binding (escrow and chain) once per Indexer.
func (ix *Indexer) bind(ctx context.Context) error {
	if ix.bound {
		return nil
	}
	id := ix.cfg.ChainID
	if id == nil {
		var err error
		if id, err = ix.node().ChainID(ctx); err != nil {
			return fmt.Errorf("chain id: %w", err)
		}
	}
	err := ix.db.bind(ctx, Binding{ChainID: id, Escrow: ix.cfg.Escrow, StartBlock: ix.cfg.StartBlock}, ix.cfg.NativeSymbol)
	ix.bound = err == nil
	return err
}

// node is the backend with each call bounded by CallTimeout.
func (ix *Indexer) node() nodeCalls { return timedBackend{ix.backend, ix.cfg.CallTimeout} }

// errChainMoved: a block the sync read before its logs is no longer on the chain after them. The pages read
// since may come from another branch; the next pass finds out which and reads again.
var errChainMoved = errors.New("the chain changed while the sync read it")

// pass reads the head once, checks that the index is still on the chain (rolling back if not: the next pass
// resumes from there), then reads every page up to the target block and commits each. It reports done when
// the index has reached the target.
//
// The pages of a pass are read between two readings of the target block's hash: one before the first page
// (with the head), one after the last (a header read, or for a pass of one page the hash its logs carry at
// the target block). When both agree, the chain up to the target did not change in between, so every page came
// from it, and so did the checkpoint the pass started from, which was found on the chain in between too. The
// last page commits with the target as checkpoint. The pages before it commit first, with the target as
// anchor (see syncState): if the pass is killed, the next one keeps them only if the anchor is still on the
// chain.
func (ix *Indexer) pass(ctx context.Context, pr *Progress) (bool, error) {
	st, err := ix.db.state(ctx)
	if err != nil {
		return false, err
	}
	if st.cp.Set {
		pr.Checkpoint = st.cp.Block
	}
	top, err := ix.target(ctx, pr)
	if err != nil || top == nil {
		return err == nil, err
	}
	target := Checkpoint{Block: top.Number.Uint64(), Hash: top.Hash(), Set: true}
	ok, err := ix.holds(ctx, st, top)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, ix.reorg(ctx, st, pr)
	}
	from := ix.cfg.StartBlock
	if st.cp.Set {
		from = st.cp.Block + 1
	}
	if from > target.Block {
		if st.pending() && st.cp.Block == target.Block { // pages up to the target, only its hash missing
			err := ix.db.write(ctx, func(tx *sql.Tx) error {
				if err := sameState(ctx, tx, st); err != nil {
					return err
				}
				return writeSyncState(ctx, tx, syncState{cp: target})
			})
			if errors.Is(err, errCheckpointMoved) {
				return false, nil
			}
			return err == nil, err
		}
		return true, nil
	}
	err = ix.scan(ctx, st, from, target, pr)
	if errors.Is(err, errCheckpointMoved) {
		ix.log.Debug("another sync committed first; re-reading", "at", pr.Checkpoint)
		return false, nil
	}
	return err == nil, err
}

// target reads the head and returns the header of the block a pass indexes up to (nil when the chain is not
// Confirmations deep yet).
func (ix *Indexer) target(ctx context.Context, pr *Progress) (*types.Header, error) {
	head, err := ix.node().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	pr.Head = head.Number.Uint64()
	if pr.Head < ix.cfg.Confirmations {
		return nil, nil
	}
	if ix.cfg.Confirmations == 0 {
		return head, nil
	}
	n := pr.Head - ix.cfg.Confirmations
	h, err := ix.node().HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return nil, errChainMoved // the chain got shorter since the head was read
	}
	if err != nil {
		return nil, fmt.Errorf("header %d: %w", n, err)
	}
	return h, nil
}

// holds reports whether what the index holds is on the chain whose block top is: the checkpoint, or between
// pages the anchor.
func (ix *Indexer) holds(ctx context.Context, st syncState, top *types.Header) (bool, error) {
	ref := st.cp
	if st.pending() {
		ref = st.anchor
	}
	if !ref.Set {
		return true, nil
	}
	return ix.onChain(ctx, ref, top)
}

// onChain reports whether block ref is on the chain: answered from top when ref is top or its parent, else by
// reading ref's header.
func (ix *Indexer) onChain(ctx context.Context, ref Checkpoint, top *types.Header) (bool, error) {
	switch n := top.Number.Uint64(); {
	case ref.Block == n:
		return ref.Hash == top.Hash(), nil
	case ref.Block+1 == n:
		return ref.Hash == top.ParentHash, nil
	}
	return ix.isCanonical(ctx, ref.Block, ref.Hash)
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

// scan reads blocks from..target through the log reader (which fetches pages ahead while one is applied) and
// commits each page in its own transaction.
func (ix *Indexer) scan(ctx context.Context, st syncState, from uint64, target Checkpoint, pr *Progress) error {
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(target.Block),
		Addresses: []common.Address{ix.cfg.Escrow},
	}
	m := newMemo()
	return ix.logs.Scan(ctx, q, func(pfrom, pto uint64, logs []types.Log) error {
		blocks, err := ix.checkLogs(ctx, logs, pfrom, pto)
		if err != nil {
			return ix.unlessMoved(ctx, target, err)
		}
		if pto == target.Block {
			if err := ix.confirm(ctx, target, logs, pfrom == from); err != nil {
				return err
			}
		}
		tokens, err := ix.newTokens(ctx, logs)
		if err != nil {
			return err
		}
		next := st.after(pto, target)
		if err := ix.commit(ctx, m, st, next, logs, blocks, tokens); err != nil {
			if errors.Is(err, errCheckpointMoved) {
				return err
			}
			return ix.unlessMoved(ctx, target, err)
		}
		st = next
		pr.Batches++
		pr.Events += len(logs)
		pr.Checkpoint = pto
		ix.log.Debug("indexed page", "from", pfrom, "to", pto, "events", len(logs))
		if ix.cfg.OnPage != nil {
			ix.cfg.OnPage(pto, target.Block)
		}
		return nil
	})
}

// unlessMoved returns errChainMoved instead of a page's err when the target block has left the chain: logs
// of another branch do not fit what the earlier pages stored (a claim of a packet the index does not hold),
// which is no fault of the index. Otherwise it returns err.
func (ix *Indexer) unlessMoved(ctx context.Context, target Checkpoint, err error) error {
	if ctx.Err() != nil {
		return err
	}
	if ok, cerr := ix.isCanonical(ctx, target.Block, target.Hash); cerr == nil && !ok {
		ix.log.Debug("a page did not fit: the chain moved", "err", err)
		return errChainMoved
	}
	return err
}

// confirm checks, after the last page's logs, that the target block is still the one read before the first:
// from the logs themselves when the pass had only this page and it holds logs of the target block, else by
// reading the target's header. It returns errChainMoved when the block changed.
func (ix *Indexer) confirm(ctx context.Context, target Checkpoint, logs []types.Log, onlyPage bool) error {
	for i := len(logs) - 1; i >= 0 && logs[i].BlockNumber == target.Block; i-- {
		if logs[i].BlockHash != target.Hash {
			return errChainMoved
		}
		if onlyPage {
			return nil
		}
	}
	ok, err := ix.isCanonical(ctx, target.Block, target.Hash)
	if err != nil {
		return err
	}
	if !ok {
		return errChainMoved
	}
	return nil
}

// blockRef is a block that holds escrow events. The index remembers these (and the checkpoint) to find the
// common ancestor after a reorg; remembering only them keeps the database independent of the page size.
type blockRef struct {
	number uint64
	hash   common.Hash
	time   uint64
}

// checkLogs sorts the logs into chain order, rejects any that do not fit the page, fills missing block times,
// and returns the blocks they came from.
func (ix *Indexer) checkLogs(ctx context.Context, logs []types.Log, from, to uint64) ([]blockRef, error) {
	if !sort.SliceIsSorted(logs, func(i, j int) bool { return logBefore(&logs[i], &logs[j]) }) {
		sort.SliceStable(logs, func(i, j int) bool { return logBefore(&logs[i], &logs[j]) })
	}
	var blocks []blockRef
	for i := range logs {
		l := &logs[i]
		if l.Removed || l.Address != ix.cfg.Escrow || l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("node returned a log outside the page %d-%d: block %d %s", from, to, l.BlockNumber, l.BlockHash.Hex())
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
			if h.Hash() != l.BlockHash {
				return nil, errChainMoved
			}
			l.BlockTimestamp = h.Time
		}
		blocks = append(blocks, blockRef{l.BlockNumber, l.BlockHash, l.BlockTimestamp})
	}
	return blocks, nil
}

func logBefore(a, b *types.Log) bool {
	if a.BlockNumber != b.BlockNumber {
		return a.BlockNumber < b.BlockNumber
	}
	return a.Index < b.Index
}

// commit applies a page read on top of state from, records its blocks and new tokens, and moves the index to
// state to, atomically. m is what the pass's earlier pages left in memory. Everything it needs from the node was fetched before: the transaction only does
// local work, so readers wait for it at most that long.
func (ix *Indexer) commit(ctx context.Context, m *memo, from, to syncState, logs []types.Log, blocks []blockRef, tokens []TokenInfo) error {
	err := ix.db.write(ctx, func(tx *sql.Tx) error {
		if err := sameState(ctx, tx, from); err != nil {
			return err
		}
		a := newApplierMemo(ctx, tx, m)
		for i := range logs {
			if err := a.apply(&logs[i]); err != nil {
				return err
			}
			if ix.testHookApplied != nil {
				ix.testHookApplied(i, len(logs))
			}
			if err := ctx.Err(); err != nil {
				return err // killed: stop at once rather than finish the page in memory
			}
		}
		if err := a.flush(); err != nil {
			return err
		}
		for _, t := range tokens {
			if err := a.exec(`INSERT OR IGNORE INTO tokens (address, symbol, decimals) VALUES (?, ?, ?)`,
				addrText(t.Address), t.Symbol, int64(t.Decimals)); err != nil {
				return fmt.Errorf("store token %s: %w", t.Address.Hex(), err)
			}
		}
		rows := make([]any, 0, 3*len(blocks))
		for _, b := range blocks {
			rows = append(rows, int64(b.number), b.hash.Hex(), int64(b.time))
		}
		if err := a.insertMany(`INSERT INTO blocks (number, hash, time) VALUES `, 3, rows); err != nil {
			return fmt.Errorf("store blocks: %w", err)
		}
		return writeSyncState(ctx, tx, to)
	})
	if err != nil {
		clear(m.packets) // rolled back: what it remembers may be ahead of the database
		return fmt.Errorf("page: %w", err)
	}
	m.trim()
	return nil
}

// reorg rolls the index back to what is still on the chain: between pages, to the base (the pages above it
// may come from any branch); otherwise to the newest remembered block still on the chain.
func (ix *Indexer) reorg(ctx context.Context, st syncState, pr *Progress) error {
	to := st.base
	var err error
	if !st.pending() {
		to, err = ix.ancestor(ctx)
	}
	removed := 0
	if err == nil {
		removed, err = ix.db.rollback(ctx, st, to)
	}
	if errors.Is(err, errCheckpointMoved) {
		return nil // another sync moved the index meanwhile: the next pass checks its state
	}
	if err != nil {
		return err
	}
	pr.Reorgs++
	pr.RolledBack += removed
	pr.Checkpoint = to.Block
	ix.log.Warn("chain reorganised; rolled back", "from", st.cp.Block, "to", to.Block, "ancestor_known", to.Set,
		"events_removed", removed, "between_pages", st.pending())
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
