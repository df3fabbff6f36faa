package indexer

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// rollback deletes every event and block above anc, moves the index from state st to checkpoint anc, and
// rebuilds the derived state from the events that remain (a local replay; no node access). It returns the
// number of events removed, or errCheckpointMoved when the index no longer stands at st.
func (d *DB) rollback(ctx context.Context, st syncState, anc Checkpoint) (int, error) {
	var removed int64
	err := d.write(ctx, func(tx *sql.Tx) error {
		if err := sameState(ctx, tx, st); err != nil {
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
		if err := writeSyncState(ctx, tx, syncState{cp: anc}); err != nil {
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
		if err := a.flush(); err != nil {
			return fmt.Errorf("replay: %w", err)
		}
		clear(a.packets) // bounds the memory of a replay
		if len(logs) < replayChunk {
			return nil
		}
		last := logs[len(logs)-1]
		after = [2]int64{int64(last.BlockNumber), int64(last.Index)}
	}
}

// readLogs reads up to replayChunk stored events after (block, log index) back into logs.
func readLogs(ctx context.Context, tx *sql.Tx, escrow common.Address, after [2]int64) ([]types.Log, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+logColumns+` FROM events WHERE (block_number, log_index) > (?, ?)
		ORDER BY block_number, log_index LIMIT ?`,
		after[0], after[1], replayChunk)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	return scanLogs(rows, escrow)
}

// logColumns are the columns of events that scanLogs turns back into logs.
const logColumns = `block_number, log_index, block_hash, block_time, tx_hash, tx_index, topics, data`

// scanLogs reads rows of logColumns back into the logs of escrow they were stored from, and closes rows.
func scanLogs(rows *sql.Rows, escrow common.Address) ([]types.Log, error) {
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
