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
// Its methods are safe for concurrent use; writes are serialised by SQLite.
type DB struct {
	db *sql.DB
}

// Open opens (creating if needed) the index database at path. ":memory:" gives a private in-memory database.
func Open(ctx context.Context, path string) (*DB, error) {
	dsn := path
	if path != ":memory:" {
		// WAL lets readers (history, export) run while a sync writes; NORMAL sync may lose the last batch on
		// power loss but never corrupts: the checkpoint commits in the same transaction as the batch.
		dsn += "?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)"
	}
	sqlDB, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	// One connection: an in-memory database is per connection, and SQLite serialises writers anyway.
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

// SQL is the underlying handle, for read-only queries the typed methods do not cover.
func (d *DB) SQL() *sql.DB { return d.db }

func (d *DB) migrate(ctx context.Context) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
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
	if err := setMeta(ctx, tx, metaVersion, SchemaVersion); err != nil {
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

// Checkpoint is the last block the index holds, and its hash. Set is false before the first batch.
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
	n, ok, err := getMeta(ctx, q, metaLastBlock)
	if err != nil || !ok {
		return Checkpoint{}, err
	}
	h, _, err := getMeta(ctx, q, metaLastHash)
	if err != nil {
		return Checkpoint{}, err
	}
	block, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return Checkpoint{}, fmt.Errorf("corrupt checkpoint %q: %w", n, err)
	}
	return Checkpoint{Block: block, Hash: common.HexToHash(h), Set: true}, nil
}

func writeCheckpoint(ctx context.Context, q querier, cp Checkpoint) error {
	if !cp.Set {
		_, err := q.ExecContext(ctx, `DELETE FROM meta WHERE key IN (?, ?)`, metaLastBlock, metaLastHash)
		return err
	}
	if err := setMeta(ctx, q, metaLastBlock, strconv.FormatUint(cp.Block, 10)); err != nil {
		return err
	}
	return setMeta(ctx, q, metaLastHash, cp.Hash.Hex())
}

// Binding is what an index belongs to: one escrow on one chain, indexed from a start block.
type Binding struct {
	ChainID    *big.Int
	Escrow     common.Address
	StartBlock uint64
}

// Binding returns what the index was bound to by its first sync (ok false before it).
func (d *DB) Binding(ctx context.Context) (b Binding, ok bool, err error) {
	esc, ok, err := getMeta(ctx, d.db, metaEscrow)
	if err != nil || !ok {
		return b, false, err
	}
	chain, _, err := getMeta(ctx, d.db, metaChainID)
	if err != nil {
		return b, false, err
	}
	start, _, err := getMeta(ctx, d.db, metaStart)
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

// bind records the binding on first use and refuses a database bound to another escrow or chain.
func (d *DB) bind(ctx context.Context, want Binding) error {
	have, ok, err := d.Binding(ctx)
	if err != nil {
		return err
	}
	if ok {
		if have.Escrow != want.Escrow || have.ChainID.Cmp(want.ChainID) != 0 {
			return fmt.Errorf("index holds escrow %s on chain %s, not %s on chain %s",
				have.Escrow.Hex(), have.ChainID, want.Escrow.Hex(), want.ChainID)
		}
		return nil
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	for k, v := range map[string]string{
		metaEscrow: want.Escrow.Hex(), metaChainID: want.ChainID.String(),
		metaStart: strconv.FormatUint(want.StartBlock, 10),
	} {
		if err := setMeta(ctx, tx, k, v); err != nil {
			return err
		}
	}
	return tx.Commit()
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
