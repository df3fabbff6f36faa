package indexer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The sealed draw (rules §3) in the index. A claim of a SealedLucky packet emits SharePending(id, claimer,
// index) and moves no money: it becomes a claims row with amount 0, pending = 1 and its index. The share is
// drawn later, in index order, by whoever settles (the claimer, a later claim, a keeper, a relayer): the
// Claimed event of that transaction fills the amount in (and a RelayFeePaid right after it the fee), so the
// row's block_number/log_index/tx_hash become the draw's, claim_block/claim_tx keep the claim's. Until then
// the money stays in the packet's remaining (conservation: remaining includes the pending shares).
//
// A take-back (refund, undo, intercept) while claims wait takes only what they do not hold and leaves the
// packet open with shares = drawn + pending; its reason and amount are kept, and the packet closes with
// them when its last share is drawn.

func onSharePending(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackSharePendingEvent)
	if err != nil {
		return err
	}
	id, p, err := a.packetRow(r, ev.Id)
	if err != nil {
		return err
	}
	r.account = ev.Claimer
	if p.closed {
		return fmt.Errorf("claim of closed packet %d", id)
	}
	if !ev.Index.IsInt64() || ev.Index.Int64() != p.claimed+p.pending {
		return fmt.Errorf("packet %d: share %s claimed, but the index expects share %d next", id, ev.Index, p.claimed+p.pending)
	}
	p.pending++
	err = a.exec(`INSERT INTO claims (packet_id, claimer, amount, relay_fee, relayer, returned, block_number,
		log_index, tx_hash, share_index, pending, claim_block, claim_tx) VALUES (?, ?, '0', '0', NULL, '0', ?, ?, ?, ?, 1, ?, ?)`,
		int64(id), a.hex(ev.Claimer), int64(l.BlockNumber), int64(l.Index), l.TxHash.Hex(), ev.Index.Int64(),
		int64(l.BlockNumber), l.TxHash.Hex())
	if err != nil {
		return fmt.Errorf("store the pending claim of packet %d by %s: %w", id, ev.Claimer.Hex(), err)
	}
	return nil
}

// onDrawAveraged files the event under its packet: the Claimed event that follows moves the money.
func onDrawAveraged(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackDrawAveragedEvent)
	if err != nil {
		return err
	}
	_, _, err = a.packetRow(r, ev.Id)
	return err
}

// drawn records the draw of a pending share (the packet's amounts are already counted by onClaimed).
func (a *applier) drawn(l *types.Log, p *pstate, claimer common.Address, amount *big.Int) error {
	if p.pending == 0 {
		return fmt.Errorf("packet %d: a share of %s drawn, but no claim waits for its draw", p.id, claimer.Hex())
	}
	p.pending--
	err := a.execOne("pending claim", `UPDATE claims SET amount = ?, pending = 0, block_number = ?, log_index = ?, tx_hash = ?
		WHERE packet_id = ? AND claimer = ? AND pending = 1`,
		dec(amount), int64(l.BlockNumber), int64(l.Index), l.TxHash.Hex(), int64(p.id), a.hex(claimer))
	if err != nil {
		return fmt.Errorf("packet %d: draw of %s's share: %w", p.id, claimer.Hex(), err)
	}
	if p.remaining.Sign() == 0 {
		if p.pending != 0 {
			return fmt.Errorf("packet %d is empty but %d claims wait for their draw", p.id, p.pending)
		}
		reason, amt := ReasonClaimed, new(big.Int)
		if p.closeReason != "" { // a take-back while claims waited: it closes now, by that clause
			reason, amt = p.closeReason, p.closedAmount
		}
		p.close(l, reason, amt)
	}
	return nil
}

// takeBackHeld is a take-back of a sealed packet while claims wait for their draw: amount (what no claim
// holds) goes back, the packet stays open for the draws, its shares cut to drawn + pending.
func (p *pstate) takeBackHeld(n uint64, l *types.Log, reason string, amount *big.Int) error {
	if amount.Cmp(p.remaining) >= 0 {
		return fmt.Errorf("packet %d gives back %s of %s while %d claims wait for their draw", n, amount, p.remaining, p.pending)
	}
	if p.closeReason != "" {
		return fmt.Errorf("packet %d taken back twice", n)
	}
	p.remaining = new(big.Int).Sub(p.remaining, amount)
	p.shares = p.claimed + p.pending
	p.closeReason, p.closedAmount = reason, amount
	return nil
}

// countPending counts, per token, the claims of live sealed packets that wait for their draw.
func countPending(ctx context.Context, q querier, out map[common.Address]int) error {
	rows, err := q.QueryContext(ctx, `SELECT token, SUM(pending) FROM packets WHERE status = 'live' AND pending > 0 GROUP BY token`)
	if err != nil {
		return fmt.Errorf("count pending shares: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var token string
		var n int
		if err := rows.Scan(&token, &n); err != nil {
			return fmt.Errorf("count pending shares: %w", err)
		}
		out[common.HexToAddress(token)] = n
	}
	return rows.Err()
}
