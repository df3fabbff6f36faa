package indexer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// Meta keys.
const (
	metaVersion   = "schema_version"
	metaChainID   = "chain_id"
	metaEscrow    = "escrow"
	metaStart     = "start_block"
	metaLastBlock = "last_block"
	metaLastHash  = "last_hash"
)

// DB is an index database: the raw events of one escrow on one chain and the state rebuilt from them.
// Its methods are safe for concurrent use.
//
// It has one connection (see Open), so it keeps one rule everywhere: while it holds the connection (a
// transaction, or rows not yet closed) it never asks the pool for another, which would wait for the held one
// forever, and it never waits on anything outside the database: no node call and no caller's writer or
// callback runs while a transaction or rows are open. Every statement of a transaction goes through that
// transaction, rows are read to the end and closed before anything else runs, and node calls happen before a
// transaction begins or after it ends. A reader therefore waits at most for one statement or one page.
type DB struct {
	db *sql.DB
}

// Open opens (creating if needed) the index database at path. ":memory:" gives a private in-memory database.
func Open(ctx context.Context, path string) (*DB, error) {
	dsn := path
	if path != ":memory:" {
		// WAL lets readers in other processes run while a sync writes; NORMAL sync may lose the last page on
		// power loss but never corrupts: the checkpoint commits in the same transaction as the page.
		// _txlock=immediate makes a write transaction take the write lock at BEGIN, waiting up to busy_timeout
		// for another process's writer, rather than fail midway when its read snapshot has gone stale (read-only
		// transactions still begin deferred, see (*DB).read).
		// A 32 MiB page cache (the default is 2 MiB) holds a page's rows and their indexes until commit instead
		// of spilling them to the WAL mid-transaction.
		dsn += "?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)" +
			"&_pragma=cache_size(-32768)&_pragma=temp_store(MEMORY)&_txlock=immediate"
	}
	sqlDB, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	// One connection: an in-memory database exists per connection, and SQLite admits one writer at a time
	// anyway. More connections would let readers overlap a page in WAL mode, but a page is local work only (about
	// 35 µs an event), and a pool of N only turns a nested query into a hang that needs N concurrent callers (one
	// that shows only under load); with one, any breach of the rule above hangs at once, in every test.
	sqlDB.SetMaxOpenConns(1)
	d := &DB{db: sqlDB}
	if err := d.migrate(ctx); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return d, nil
}

// FileName is the conventional file name of the index of escrow on chain chainID, so that indexes of different
// chains or deployments in one data directory never mix.
func FileName(chainID *big.Int, escrow common.Address) string {
	return fmt.Sprintf("index-%s-%s.db", chainID, strings.ToLower(escrow.Hex()))
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// SQL is the underlying handle, for read-only queries the typed methods do not cover. It has one connection:
// read rows to the end and close them before calling anything else on the DB (or on SQL()), which would
// otherwise wait for that connection forever.
func (d *DB) SQL() *sql.DB { return d.db }

func (d *DB) migrate(ctx context.Context) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		for _, stmt := range schema {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("create schema: %w", err)
			}
		}
		v, ok, err := getMeta(ctx, tx, metaVersion)
		if err != nil {
			return err
		}
		if ok && v != SchemaVersion {
			return fmt.Errorf("index schema version %s, this build reads %s: delete the file and re-index", v, SchemaVersion)
		}
		return setMeta(ctx, tx, metaVersion, SchemaVersion)
	})
}

// write runs fn in a write transaction and commits it when fn succeeds. fn must use tx for every statement and
// must not wait on anything outside the database (see DB).
func (d *DB) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// read runs fn in a read-only transaction, so that everything fn reads comes from one snapshot (a checkpoint
// and the sums at it, records and their tokens). The same rule applies as for write.
func (d *DB) read(ctx context.Context, fn func(q querier) error) error {
	tx, err := d.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("begin read: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// querier is what both *sql.DB and *sql.Tx offer.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func getMeta(ctx context.Context, q querier, key string) (string, bool, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("read meta %s: %w", key, err)
	}
	return v, true, nil
}

func setMeta(ctx context.Context, q querier, key, value string) error {
	_, err := q.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("write meta %s: %w", key, err)
	}
	return nil
}

// Checkpoint is the last block the index holds, and its hash. Set is false before the first page. Hash is zero
// while a sync is between pages (it is read once, for the block the sync is heading for).
type Checkpoint struct {
	Block uint64
	Hash  common.Hash
	Set   bool
}

// Checkpoint returns the last indexed block.
func (d *DB) Checkpoint(ctx context.Context) (Checkpoint, error) {
	return readCheckpoint(ctx, d.db)
}

func readCheckpoint(ctx context.Context, q querier) (Checkpoint, error) {
	return readPair(ctx, q, metaLastBlock, metaLastHash)
}

// Binding is what an index belongs to: one escrow on one chain, indexed from a start block.
type Binding struct {
	ChainID    *big.Int
	Escrow     common.Address
	StartBlock uint64
}

// Binding returns what the index was bound to by its first sync (ok false before it).
func (d *DB) Binding(ctx context.Context) (b Binding, ok bool, err error) {
	err = d.read(ctx, func(q querier) error {
		b, ok, err = readBinding(ctx, q)
		return err
	})
	return b, ok, err
}

func readBinding(ctx context.Context, q querier) (b Binding, ok bool, err error) {
	esc, ok, err := getMeta(ctx, q, metaEscrow)
	if err != nil || !ok {
		return b, false, err
	}
	chain, _, err := getMeta(ctx, q, metaChainID)
	if err != nil {
		return b, false, err
	}
	start, _, err := getMeta(ctx, q, metaStart)
	if err != nil {
		return b, false, err
	}
	b.Escrow = common.HexToAddress(esc)
	b.ChainID, ok = new(big.Int).SetString(chain, 10)
	if !ok {
		return b, false, fmt.Errorf("corrupt chain id %q", chain)
	}
	if b.StartBlock, err = strconv.ParseUint(start, 10, 64); err != nil {
		return b, false, fmt.Errorf("corrupt start block %q: %w", start, err)
	}
	return b, true, nil
}

// bind records the binding and the native coin on first use and refuses a database bound to another escrow or
// chain. Check and write are one transaction, so two first syncs cannot bind one file two ways.
func (d *DB) bind(ctx context.Context, want Binding, nativeSymbol string) error {
	return d.write(ctx, func(tx *sql.Tx) error {
		have, ok, err := readBinding(ctx, tx)
		if err != nil {
			return err
		}
		if ok {
			if have.Escrow != want.Escrow || have.ChainID.Cmp(want.ChainID) != 0 {
				return fmt.Errorf("index holds escrow %s on chain %s, not %s on chain %s",
					have.Escrow.Hex(), have.ChainID, want.Escrow.Hex(), want.ChainID)
			}
		} else {
			for _, kv := range [][2]string{{metaEscrow, want.Escrow.Hex()}, {metaChainID, want.ChainID.String()},
				{metaStart, strconv.FormatUint(want.StartBlock, 10)}} {
				if err := setMeta(ctx, tx, kv[0], kv[1]); err != nil {
					return err
				}
			}
		}
		_, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO tokens (address, symbol, decimals) VALUES (?, ?, 18)`,
			addrText(common.Address{}), nativeSymbol)
		if err != nil {
			return fmt.Errorf("store the native coin: %w", err)
		}
		return nil
	})
}

// ---------------------------------------------------------------- column encodings

func addrText(a common.Address) string { return a.Hex() }

// nullAddr stores the zero address as NULL ("none").
func nullAddr(a common.Address) any {
	if a == (common.Address{}) {
		return nil
	}
	return a.Hex()
}

func scanAddr(s sql.NullString) common.Address {
	if !s.Valid {
		return common.Address{}
	}
	return common.HexToAddress(s.String)
}

func dec(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

func parseDec(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(strings.TrimSpace(s), 10)
	if !ok {
		return nil, fmt.Errorf("not a decimal amount: %q", s)
	}
	return v, nil
}

func nullInt(v uint64) any {
	if v == 0 {
		return nil
	}
	return int64(v)
}
