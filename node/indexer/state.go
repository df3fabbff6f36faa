package indexer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// Meta keys of a sync between pages (see syncState).
const (
	metaAnchorBlock = "sync_anchor_block"
	metaAnchorHash  = "sync_anchor_hash"
	metaBaseBlock   = "sync_base_block"
	metaBaseHash    = "sync_base_hash"
)

// syncState is where the index stands. After a completed sync only cp is set, with its hash. A sync commits
// its pages before it has confirmed that they all come from one chain (it does so once, at the end: see
// Indexer.pass), so between pages the index also records
//
//   - anchor: the block the sync is heading for and its hash when the sync read it. Every page above base was
//     read while that block was on the chain; if it still is, so is everything the pages hold (a block's
//     ancestry never changes), and the pages are kept.
//   - base: the last checkpoint whose hash was confirmed (unset: none). If the anchor has left the chain, the
//     pages above base are dropped and the index is back at base.
//
// cp.Hash is zero between pages: the hash of a page's last block is never read.
type syncState struct {
	cp     Checkpoint
	anchor Checkpoint
	base   Checkpoint
}

// pending reports whether a sync left the index between pages.
func (s syncState) pending() bool { return s.anchor.Set }

// after is the state once the page ending at block `to` of a sync heading for target has committed.
func (s syncState) after(to uint64, target Checkpoint) syncState {
	if to == target.Block {
		return syncState{cp: target}
	}
	base := s.cp
	if s.pending() {
		base = s.base
	}
	return syncState{cp: Checkpoint{Block: to, Set: true}, anchor: target, base: base}
}

// state reads where the index stands, in one snapshot.
func (d *DB) state(ctx context.Context) (syncState, error) {
	var s syncState
	err := d.read(ctx, func(q querier) error {
		var err error
		s, err = readSyncState(ctx, q)
		return err
	})
	return s, err
}

func readSyncState(ctx context.Context, q querier) (syncState, error) {
	var s syncState
	var err error
	if s.cp, err = readPair(ctx, q, metaLastBlock, metaLastHash); err != nil {
		return s, err
	}
	if s.anchor, err = readPair(ctx, q, metaAnchorBlock, metaAnchorHash); err != nil {
		return s, err
	}
	if s.base, err = readPair(ctx, q, metaBaseBlock, metaBaseHash); err != nil {
		return s, err
	}
	return s, nil
}

func writeSyncState(ctx context.Context, q querier, s syncState) error {
	for _, p := range []struct {
		block, hash string
		cp          Checkpoint
	}{{metaLastBlock, metaLastHash, s.cp}, {metaAnchorBlock, metaAnchorHash, s.anchor}, {metaBaseBlock, metaBaseHash, s.base}} {
		if err := writePair(ctx, q, p.block, p.hash, p.cp); err != nil {
			return err
		}
	}
	return nil
}

// readPair reads a block number and its hash (the hash is zero when stored empty).
func readPair(ctx context.Context, q querier, blockKey, hashKey string) (Checkpoint, error) {
	n, ok, err := getMeta(ctx, q, blockKey)
	if err != nil || !ok {
		return Checkpoint{}, err
	}
	h, _, err := getMeta(ctx, q, hashKey)
	if err != nil {
		return Checkpoint{}, err
	}
	block, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return Checkpoint{}, fmt.Errorf("corrupt %s %q: %w", blockKey, n, err)
	}
	cp := Checkpoint{Block: block, Set: true}
	if h != "" {
		cp.Hash = common.HexToHash(h)
	}
	return cp, nil
}

func writePair(ctx context.Context, q querier, blockKey, hashKey string, cp Checkpoint) error {
	if !cp.Set {
		if _, err := q.ExecContext(ctx, `DELETE FROM meta WHERE key IN (?, ?)`, blockKey, hashKey); err != nil {
			return fmt.Errorf("clear meta %s: %w", blockKey, err)
		}
		return nil
	}
	if err := setMeta(ctx, q, blockKey, strconv.FormatUint(cp.Block, 10)); err != nil {
		return err
	}
	h := ""
	if cp.Hash != (common.Hash{}) {
		h = cp.Hash.Hex()
	}
	return setMeta(ctx, q, hashKey, h)
}

// errCheckpointMoved: another sync of the same database committed a page or a rollback after this one read
// the state. The work is dropped and the next pass starts from the new state.
var errCheckpointMoved = errors.New("the checkpoint moved under this sync")

// sameState fails with errCheckpointMoved unless the index still stands at s.
func sameState(ctx context.Context, tx *sql.Tx, s syncState) error {
	now, err := readSyncState(ctx, tx)
	if err != nil {
		return err
	}
	if now != s {
		return errCheckpointMoved
	}
	return nil
}
