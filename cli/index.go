package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"

	"github.com/hongbao/hongbao/node/indexer"
)

// indexPath is the index database of the session's escrow: --db, else <home>/index/<chain id>-<escrow>.db.
func (s *session) indexPath() string {
	if s.g.indexDB != "" {
		return s.g.indexDB
	}
	return filepath.Join(s.g.home, "index", fmt.Sprintf("%d-%s.db", s.chainID, s.cl.Escrow().Hex()))
}

// indexExists reports whether the session's index database exists (risk warnings use it only then).
func (s *session) indexExists() bool {
	_, err := os.Stat(s.indexPath())
	return err == nil
}

// openIndex opens (creating it and its directory if needed) the session's index database.
func (s *session) openIndex(ctx context.Context) (*indexer.DB, error) {
	path := s.indexPath()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, failf("IndexFailed", "cannot create the directory of the index %s: %v", path, unwrapPathError(err))
	}
	db, err := indexer.Open(ctx, path)
	if err != nil {
		return nil, failf("IndexFailed", "cannot open the index %s: %v; delete it to rebuild it from the chain", path, err)
	}
	return db, nil
}

// indexer makes the follower that syncs db with the session's escrow; logger may be nil (quiet).
func (s *session) indexer(db *indexer.DB, confirmations uint64, logger *slog.Logger) (*indexer.Indexer, error) {
	ix, err := indexer.New(db, s.ec, indexer.Config{Escrow: s.cl.Escrow(), StartBlock: s.fromBlock, Confirmations: confirmations, Logger: logger,
		ChainID: new(big.Int).SetUint64(s.chainID), Logs: s.logs, OnPage: s.progress})
	if err != nil {
		return nil, fmt.Errorf("make the indexer: %w", err)
	}
	return ix, nil
}

// currentIndex opens the session's index and brings it up to the head; the caller closes it.
func (s *session) currentIndex(ctx context.Context) (*indexer.DB, error) {
	db, err := s.openIndex(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := s.syncIndex(ctx, db, 0); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// syncIndex brings db up to the head (less confirmations).
func (s *session) syncIndex(ctx context.Context, db *indexer.DB, confirmations uint64) (indexer.Progress, error) {
	ix, err := s.indexer(db, confirmations, nil)
	if err != nil {
		return indexer.Progress{}, err
	}
	pr, err := ix.Sync(ctx)
	if err != nil {
		return pr, indexError(s.indexPath(), err)
	}
	return pr, nil
}

// indexError turns an indexer failure into a sentence with what to do.
func indexError(path string, err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, context.Canceled):
		return err
	case errors.As(err, &pe):
		return failf("IndexFailed", "the index %s cannot be written: %v", path, pe.Err)
	}
	return failf("IndexFailed", "the index %s could not be brought up to date: %v; if it belongs to another chain or escrow, give --db or delete it", path, err)
}
