package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Packet statuses (IHongbaoEscrow.Status) the keeper tells apart; Expired means refundable.
const (
	statusNone    = 0
	statusExpired = 3
	statusClosed  = 4
)

// maxRounds bounds how often one batch is re-simulated when the chain moves under it (another keeper, or
// another user of the key, got in between).
const maxRounds = 3

// refundBatch simulates, sends and confirms one batch. It filters again when the batch changed right before
// sending or the key's nonce was taken meanwhile, and splits a batch whose gas would exceed a transaction's cap.
func (k *Keeper) refundBatch(ctx context.Context, ids []uint64, sum *Summary) error {
	for round := 0; round < maxRounds; round++ {
		live, err := k.liveIDs(ctx, ids, sum)
		if errors.Is(err, errStale) {
			continue
		}
		if err != nil {
			return err
		}
		if len(live) == 0 {
			k.metrics.batchSkipped()
			k.log.Debug("batch skipped: nothing refundable", "ids", len(ids))
			return k.state.save()
		}
		tx, r, err := k.send(ctx, live)
		switch {
		case errors.Is(err, errTooMuchGas) && len(live) > 1:
			h := len(live) / 2
			if err := k.refundBatch(ctx, live[:h], sum); err != nil {
				return err
			}
			return k.refundBatch(ctx, live[h:], sum)
		case errors.Is(err, errNonceTaken):
			k.log.Warn("nonce taken by another transaction of the key; simulating again", "ids", len(live))
			continue
		case errors.Is(err, errStale):
			k.log.Debug("batch changed right before sending; filtering again", "ids", len(live))
			continue
		case err != nil:
			return err
		}
		err = k.record(ctx, r, live, sum)
		var nb *notBookedError
		if errors.As(err, &nb) {
			k.remember(tx, live)
		}
		return err
	}
	// The chain kept moving under this batch (other keepers at work, or another user of the key): leave it
	// to the next pass rather than chase it.
	k.log.Warn("batch left for the next pass: it kept changing under simulation", "ids", len(ids))
	return nil
}

// liveIDs returns the ids that refundMany would refund in the pending block. One eth_call of refundMany
// answers for the whole batch in the usual case; when it refunds fewer than all, each id's getPacket says
// which, and ids that are closed or unknown leave the open set (their closing event may be unscanned yet).
func (k *Keeper) liveIDs(ctx context.Context, ids []uint64, sum *Summary) ([]uint64, error) {
	n, err := k.simulate(ctx, ids)
	if err != nil {
		return nil, err
	}
	if n == len(ids) {
		return ids, nil
	}
	var live []uint64
	for _, id := range ids {
		ok, err := k.refundable(ctx, id)
		if err != nil {
			return nil, err
		}
		if ok {
			live = append(live, id)
		}
	}
	if dropped := len(ids) - len(live); dropped > 0 {
		sum.Dropped += dropped
		k.metrics.idsDropped(dropped)
		k.log.Info("dropped ids that are no longer refundable", "dropped", dropped, "kept", len(live))
	}
	if len(live) > 0 {
		// The chain may have moved between the per-id reads: check the kept list as a whole once more.
		n, err := k.simulate(ctx, live)
		if err != nil {
			return nil, err
		}
		if n != len(live) {
			return nil, errStale
		}
	}
	return live, nil
}

// simulate runs refundMany(ids) from the keeper's address against the pending block and returns its count.
func (k *Keeper) simulate(ctx context.Context, ids []uint64) (int, error) {
	msg := ethereum.CallMsg{From: k.from, To: &k.cfg.Escrow, Data: k.abi.PackRefundMany(bigs(ids))}
	var count *big.Int
	err := k.retry(ctx, "simulate refundMany", func(ctx context.Context) error {
		out, err := k.backend.PendingCallContract(ctx, msg)
		if err != nil {
			if isRevert(err) {
				return permanent(fmt.Errorf("refundMany reverted in simulation: %w", err))
			}
			return err
		}
		if count, err = k.abi.UnpackRefundMany(out); err != nil {
			return permanent(fmt.Errorf("decode refundMany result: %w", err))
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	if !count.IsInt64() || count.Int64() > int64(len(ids)) {
		return 0, fmt.Errorf("simulate refundMany: count %s for %d ids", count, len(ids))
	}
	return int(count.Int64()), nil
}

// refundable reads packet id in the pending block: refundable when Expired. A packet that is closed or
// unknown (its PacketSent was reorged away) leaves the open set; one that is not yet expired stays, with
// the expiry the contract reports.
func (k *Keeper) refundable(ctx context.Context, id uint64) (bool, error) {
	msg := ethereum.CallMsg{To: &k.cfg.Escrow, Data: k.abi.PackGetPacket(new(big.Int).SetUint64(id))}
	var status uint8
	var expiresAt *big.Int
	err := k.retry(ctx, fmt.Sprintf("read packet %d", id), func(ctx context.Context) error {
		out, err := k.backend.PendingCallContract(ctx, msg)
		if err != nil {
			if isRevert(err) {
				return permanent(fmt.Errorf("getPacket reverted: %w", err))
			}
			return err
		}
		v, err := k.abi.UnpackGetPacket(out)
		if err != nil {
			return permanent(fmt.Errorf("decode getPacket: %w", err))
		}
		status, expiresAt = v.Status, v.ExpiresAt
		return nil
	})
	if err != nil {
		return false, err
	}
	switch status {
	case statusExpired:
		return true, nil
	case statusNone, statusClosed:
		delete(k.state.open, id)
	default:
		if p := k.state.open[id]; p != nil && expiresAt.IsUint64() {
			p.expiresAt = expiresAt.Uint64()
		}
	}
	return false, nil
}

// record books a mined batch: its Refunded events leave the open set, and the metrics get the packets, the
// gas and the lag from expiry to the refund block. If the block's time cannot be read, nothing is booked
// and a *notBookedError says so: the caller keeps the transaction for a later pass (settle), so that
// nothing is counted twice or lost.
func (k *Keeper) record(ctx context.Context, r *types.Receipt, live []uint64, sum *Summary) error {
	var blockTime uint64
	if r.Status == types.ReceiptStatusSuccessful {
		var err error
		if blockTime, err = k.blockTime(ctx, r.BlockNumber); err != nil {
			return &notBookedError{err}
		}
	}
	sum.Batches++
	sum.GasUsed += r.GasUsed
	k.metrics.batchSent(r)
	if r.Status != types.ReceiptStatusSuccessful {
		k.metrics.batchFailed()
		return fmt.Errorf("refund transaction %s failed in block %s (gas used %d)", r.TxHash.Hex(), r.BlockNumber, r.GasUsed)
	}
	refunded := k.refundedIDs(r)
	for _, id := range refunded {
		if p := k.state.open[id]; p != nil {
			k.metrics.refunded(float64(blockTime) - float64(p.expiresAt))
		} else {
			k.metrics.refunded(-1) // unknown expiry: counted, not timed
		}
		delete(k.state.open, id)
	}
	sum.Refunded += len(refunded)
	if missed := len(live) - len(refunded); missed > 0 {
		// Someone refunded or closed these between the simulation and the block: harmless, refundMany
		// skipped them; the next scan sees their events.
		k.metrics.idsPreempted(missed)
		k.log.Warn("some ids were refunded by someone else first", "ids", missed, "tx", r.TxHash)
	}
	k.log.Info("refunded", "packets", len(refunded), "tx", r.TxHash, "block", r.BlockNumber, "gas", r.GasUsed)
	return k.state.save()
}

// inflight is a refund transaction that may have reached the node but was not booked: the send or the wait
// for its receipt failed, or the pass ended first.
type inflight struct {
	hash  common.Hash // of the transaction
	nonce uint64
	ids   []uint64
}

func (k *Keeper) remember(tx *types.Transaction, ids []uint64) {
	k.inflight = append(k.inflight, inflight{hash: tx.Hash(), nonce: tx.Nonce(), ids: ids})
}

// notBookedError: a mined batch that record could not book yet.
type notBookedError struct{ err error }

func (e *notBookedError) Error() string { return "book the refund transaction: " + e.err.Error() }
func (e *notBookedError) Unwrap() error { return e.err }

// settle books the in-flight transactions of earlier passes that have been mined since, before the scan
// removes their packets (which would lose their lag). One whose nonce was used by another transaction is
// forgotten; one still pending stays. A transaction that cannot be booked now stays for the next pass.
func (k *Keeper) settle(ctx context.Context, sum *Summary) error {
	pending := k.inflight
	k.inflight = nil
	for i, f := range pending {
		r, err := k.backend.TransactionReceipt(ctx, f.hash)
		switch {
		case err == nil && r != nil:
			if err := k.record(ctx, r, f.ids, sum); err != nil {
				var nb *notBookedError
				if errors.As(err, &nb) {
					k.inflight = append(k.inflight, pending[i:]...)
				} else {
					k.inflight = append(k.inflight, pending[i+1:]...)
				}
				return err
			}
			k.log.Info("booked a refund transaction of an earlier pass", "tx", f.hash)
		case err != nil && !errors.Is(err, ethereum.NotFound):
			k.metrics.rpcError()
			k.inflight = append(k.inflight, f)
		case k.superseded(ctx, f):
			k.log.Warn("refund transaction never mined; its nonce was used by another", "tx", f.hash)
		default:
			k.inflight = append(k.inflight, f)
		}
	}
	return nil
}

// superseded reports whether the key's mined nonce has passed f's, so f can no longer be mined. A read
// error answers false: the transaction is kept and asked about again.
func (k *Keeper) superseded(ctx context.Context, f inflight) bool {
	n, err := k.backend.NonceAt(ctx, k.from, nil)
	if err != nil {
		k.metrics.rpcError()
		return false
	}
	return n > f.nonce
}

// refundedIDs reads the packet ids of the escrow's Refunded events in a receipt.
func (k *Keeper) refundedIDs(r *types.Receipt) []uint64 {
	var ids []uint64
	for _, l := range r.Logs {
		if l.Address != k.cfg.Escrow || len(l.Topics) < 2 || l.Topics[0] != k.topics.refunded {
			continue
		}
		if id, ok := packetID(l.Topics[1]); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// blockTime reads the timestamp of block n.
func (k *Keeper) blockTime(ctx context.Context, n *big.Int) (uint64, error) {
	var t uint64
	err := k.retry(ctx, fmt.Sprintf("read block %s", n), func(ctx context.Context) error {
		h, err := k.backend.HeaderByNumber(ctx, n)
		if err != nil {
			return err
		}
		t = h.Time
		return nil
	})
	return t, err
}
