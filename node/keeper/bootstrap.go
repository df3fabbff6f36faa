package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"

	"github.com/hongbao/hongbao/node/client"
)

// The view bootstrap: a keeper without a checkpoint (or with one so far behind that reading its logs would cost
// more) does not need the escrow's history, only its state. It reads lastPacketId, then every packet with
// getPacketMany in batches of ViewBatch, and for the sealed packets still holding money the oldest claim that
// waits for its draw (pendingDraws), all as eth_calls AT the block it then checkpoints (head - Confirmations):
// the scan goes on from the next block, so no event is missed or applied twice. Its cost grows with the number
// of packets ever sent, not with the chain's age; the log scan's grows with the blocks behind (one eth_getLogs
// a page). The keeper takes the cheaper, so a young chain with many packets still reads its logs.

// Summary.Bootstrap values: how a pass without a usable checkpoint built its open set.
const (
	BootstrapLogs  = "logs"  // from the escrow's logs since StartBlock (or the checkpoint)
	BootstrapViews = "views" // from the escrow's views at the checkpointed block
)

// ViewBatch is the most ids per getPacketMany of the view bootstrap. Measured (TestViewBatchGas): about
// 17,500 gas per id with every field of the packet set, so a batch of 200 stays near 3.6M gas, far below the
// eth_call gas caps of nodes (geth's default is 50M) and public providers, and its answer (640 bytes per
// packet) near 130 KB.
const ViewBatch = 200

// pendingReadsMax: a pendingDraws of one entry is all the bootstrap needs (the oldest claim's block).
const pendingReadsMax = 1

// logPages estimates the eth_getLogs calls of a scan over blocks blocks at the reader's page size (0: no cap).
func logPages(blocks, pageSize uint64) uint64 {
	if pageSize == 0 {
		return 1
	}
	return (blocks + pageSize - 1) / pageSize
}

// bootstrap is called by a scan of blocks from..target. Without a checkpoint, or with one more than two log
// pages behind, it compares the calls of the two ways and, when the views cost fewer, rebuilds the open set
// from them at target and checkpoints target. It reports whether it did (the scan then has nothing to read).
// A view bootstrap that fails for any reason but ctx (a node that no longer holds the state of target, an
// escrow without these views) leaves the state as it was: the log scan does the work instead.
func (k *Keeper) bootstrap(ctx context.Context, from, target uint64, sum *Summary) (bool, error) {
	first := !k.state.scanned
	pages := logPages(target-from+1, k.logs.Range())
	useLogs := func(why string, args ...any) (bool, error) {
		if first {
			sum.Bootstrap = BootstrapLogs
			k.metrics.bootstrapped(BootstrapLogs)
			k.log.Info("bootstrap from the logs", append([]any{"reason", why, "from", from, "to", target, "log_pages", pages}, args...)...)
		}
		return false, nil
	}
	// The views cost two calls at least (lastPacketId and a batch), and lastPacketId is spent either way.
	if pages <= 2 {
		return useLogs("few blocks")
	}
	at := new(big.Int).SetUint64(target)
	last, err := k.lastPacketID(ctx, at)
	if err != nil {
		return k.viewsFailed(ctx, err, useLogs)
	}
	batches := (last + ViewBatch - 1) / ViewBatch
	if batches >= pages {
		return useLogs("many packets", "packets", last, "view_batches", batches)
	}
	open, sealed, err := k.readOpen(ctx, at, last)
	if err != nil {
		return k.viewsFailed(ctx, err, useLogs)
	}
	// The views are paid for; what is left to pay is a pendingDraws per sealed packet against the log pages.
	if uint64(len(sealed)) >= pages {
		return useLogs("many sealed packets", "packets", last, "sealed_open", len(sealed))
	}
	pending := map[uint64]uint64{}
	for _, id := range sealed {
		b, waiting, err := k.oldestPending(ctx, at, id)
		if err != nil {
			return k.viewsFailed(ctx, err, useLogs)
		}
		if waiting {
			pending[id] = b
		}
	}
	k.state.open = open
	for id, b := range pending {
		k.state.notePending(id, b)
	}
	k.state.scanned, k.state.lastBlock = true, target
	if err := k.state.save(); err != nil {
		return false, err
	}
	sum.Bootstrap, sum.ToBlock = BootstrapViews, target
	k.metrics.bootstrapped(BootstrapViews)
	k.log.Info("bootstrap from the views", "at", target, "packets", last, "open", len(open), "sealed_pending", len(pending),
		"calls", 1+batches+uint64(len(sealed)), "log_pages", pages, "from", from)
	return true, nil
}

// viewsFailed falls back to the log scan after a failed view bootstrap, unless ctx ended.
func (k *Keeper) viewsFailed(ctx context.Context, err error, useLogs func(string, ...any) (bool, error)) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	k.log.Warn("the view bootstrap failed; reading the logs instead", "err", err)
	return useLogs("views failed")
}

// lastPacketID reads lastPacketId() at block at.
func (k *Keeper) lastPacketID(ctx context.Context, at *big.Int) (uint64, error) {
	msg := ethereum.CallMsg{To: &k.cfg.Escrow, Data: k.abi.PackLastPacketId()}
	n, err := callAt(ctx, k, at, "read the last packet id", "lastPacketId", msg, k.abi.UnpackLastPacketId)
	if err != nil {
		return 0, err
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("lastPacketId %s is out of range", n)
	}
	return n.Uint64(), nil
}

// readOpen reads packets 1..last at block at, ViewBatch a call, and returns those that hold money (as the log
// scan's open set has them: expiry and what is left, which for a sealed packet includes what its pending
// claims will draw) and, of them, the sealed ones.
func (k *Keeper) readOpen(ctx context.Context, at *big.Int, last uint64) (map[uint64]*openPacket, []uint64, error) {
	open := map[uint64]*openPacket{}
	var sealed []uint64
	for lo := uint64(1); lo <= last; lo += ViewBatch {
		hi := min(last, lo+ViewBatch-1)
		ids := make([]uint64, 0, hi-lo+1)
		for id := lo; id <= hi; id++ {
			ids = append(ids, id)
		}
		msg := ethereum.CallMsg{To: &k.cfg.Escrow, Data: k.abi.PackGetPacketMany(bigs(ids))}
		views, err := callAt(ctx, k, at, fmt.Sprintf("read packets %d-%d", lo, hi), "getPacketMany", msg, k.abi.UnpackGetPacketMany)
		if err != nil {
			return nil, nil, err
		}
		if len(views) != len(ids) {
			return nil, nil, fmt.Errorf("getPacketMany answered %d views for %d ids", len(views), len(ids))
		}
		for i, v := range views {
			if v.Status == statusNone || v.Status == statusClosed || v.Remaining == nil || v.Remaining.Sign() <= 0 {
				continue
			}
			if !v.ExpiresAt.IsUint64() {
				return nil, nil, errors.New("getPacketMany: an expiry out of range")
			}
			open[ids[i]] = &openPacket{expiresAt: v.ExpiresAt.Uint64(), remaining: new(big.Int).Set(v.Remaining)}
			if client.Kind(v.Kind) == client.SealedLucky {
				sealed = append(sealed, ids[i])
			}
		}
	}
	return open, sealed, nil
}

// oldestPending reads at block at whether sealed packet id has claims waiting for their draw, and the block of
// the oldest (pendingDraws lists them oldest first): what the scan notes from its SharePending log.
func (k *Keeper) oldestPending(ctx context.Context, at *big.Int, id uint64) (uint64, bool, error) {
	msg := ethereum.CallMsg{To: &k.cfg.Escrow, Data: k.abi.PackPendingDraws(new(big.Int).SetUint64(id), new(big.Int), big.NewInt(pendingReadsMax))}
	out, err := callAt(ctx, k, at, fmt.Sprintf("read the pending draws of packet %d", id), "pendingDraws", msg, k.abi.UnpackPendingDraws)
	if err != nil {
		return 0, false, err
	}
	if len(out.Draws) == 0 {
		return 0, false, nil
	}
	return out.Draws[0].BlockNumber, true, nil
}
