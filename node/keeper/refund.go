package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/node/txsend"
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

// job is a batch to refund; round counts its re-simulations after the chain moved under it.
type job struct {
	ids   []uint64
	round int
}

// flight is a sent batch and, once its wait is over, the receipt or why there is none.
type flight struct {
	job job // the ids sent
	p   *txsend.Pending
	r   *types.Receipt
	err error
}

// refundDue refunds the due ids in batches, starting at this keeper's offset in the list. Up to MaxInFlight
// transactions wait for their receipts at once; the next batch is simulated and sent meanwhile (txsend gives
// it the next nonce). A batch that reverts, in simulation or on chain, is split in two until the packets
// that make it revert are alone; those are set aside (quarantined) and the rest is refunded in this pass.
// One failed batch does not end the pass; a node that stops answering, a key that cannot pay, or fees above
// the limit stop the sending (the batches in flight are still awaited).
func (k *Keeper) refundDue(ctx context.Context, due []uint64, sum *Summary) error {
	due, err := k.released(due)
	if err != nil {
		return err
	}
	batches := chunk(due, k.cfg.BatchSize)
	queue := make([]job, 0, len(batches))
	if len(batches) > 0 {
		start := int(k.offset % uint64(len(batches)))
		for i := range batches {
			queue = append(queue, job{ids: batches[(start+i)%len(batches)]})
		}
	}
	var (
		errs     passErrors
		stop     bool
		inFlight int
		results  = make(chan flight)
	)
	land := func(f flight) {
		inFlight--
		k.metrics.setInFlight(inFlight)
		more, err := k.land(ctx, f, sum)
		queue = append(more, queue...)
		errs.add(err)
	}
	for (!stop && len(queue) > 0) || inFlight > 0 {
		if stop || len(queue) == 0 || inFlight >= k.cfg.MaxInFlight {
			land(<-results)
			continue
		}
		select { // book what has landed before sending more
		case f := <-results:
			land(f)
			continue
		default:
		}
		j := queue[0]
		queue = queue[1:]
		f, more, err := k.dispatch(ctx, j, sum)
		queue = append(more, queue...)
		if err != nil {
			errs.add(err)
			if stopsPass(ctx, err) {
				stop = true
				k.log.Warn("no more batches in this pass", "err", err, "left", len(queue))
			}
			continue
		}
		if f != nil {
			inFlight++
			k.metrics.setInFlight(inFlight)
			go func() {
				f.r, f.err = k.wait(ctx, f.p)
				results <- *f
			}()
		}
	}
	k.metrics.setQuarantined(len(k.state.quarantine))
	return errs.err()
}

// dispatch simulates one batch and sends it. It returns the flight, or the halves of a batch that reverts
// (a packet alone is set aside instead), or nothing when nothing is left to refund.
func (k *Keeper) dispatch(ctx context.Context, j job, sum *Summary) (*flight, []job, error) {
	for ; j.round < maxRounds; j.round++ {
		live, err := k.liveIDs(ctx, j.ids, sum)
		switch {
		case errors.Is(err, errStale):
			continue
		case errors.Is(err, errSimStopped):
			return k.splitBatch(j, "refundMany stops early in simulation: the node's eth_call gas cap is below what the batch needs", err, sum)
		case isRevert(err):
			return k.splitBatch(j, "refundMany reverts in simulation", err, sum)
		case err != nil:
			return nil, nil, err
		}
		if len(live) == 0 {
			k.metrics.batchSkipped()
			k.log.Debug("batch skipped: nothing refundable", "ids", len(j.ids))
			return nil, nil, k.state.save()
		}
		j.ids = live
		gas, err := k.estimateRefund(ctx, live)
		switch {
		case errors.Is(err, errTooMuchGas):
			return k.splitBatch(j, "the refund needs more gas than a transaction may use", err, sum)
		case isRevert(err):
			return k.splitBatch(j, "refundMany reverts in gas estimation", err, sum)
		case err != nil:
			return nil, nil, err
		}
		p, err := k.send(ctx, live, gas)
		var nm *txsend.NotMinedError
		switch {
		case errors.Is(err, errStale):
			k.log.Debug("batch changed right before sending; filtering again", "ids", len(live))
			continue
		case isRevert(err):
			return k.splitBatch(j, "refundMany reverts in simulation", err, sum)
		case nonceTaken(err):
			k.log.Warn("nonce taken by another transaction of the key; simulating again", "ids", len(live))
			continue
		case errors.As(err, &nm):
			// The node's answer was lost every time: it may have the transaction. The next pass books it if
			// it is mined, and its packets are simulated against the pending block first.
			k.remember(nm.Hashes, nm.Nonce, live)
			return nil, nil, fmt.Errorf("send refund transaction: %w", err)
		case err != nil:
			return nil, nil, err
		}
		return &flight{job: j, p: p}, nil, nil
	}
	// The chain kept moving under this batch (other keepers at work, or another user of the key): leave it
	// to the next pass rather than chase it.
	k.log.Warn("batch left for the next pass: it kept changing under simulation", "ids", len(j.ids))
	return nil, nil, nil
}

// land books a batch whose wait is over: the receipt's refunds, or its halves when it reverted on chain, or
// the batch again when another transaction took its nonce. A transaction not mined in time is remembered
// for the next pass.
func (k *Keeper) land(ctx context.Context, f flight, sum *Summary) ([]job, error) {
	if f.err != nil {
		var replaced *txsend.ReplacedError
		if errors.As(f.err, &replaced) {
			if f.job.round+1 >= maxRounds {
				k.log.Warn("refund transaction replaced by another of the key; batch left for the next pass", "tx", describe(f.p))
				return nil, nil
			}
			k.log.Warn("refund transaction replaced by another of the key; simulating its batch again", "tx", describe(f.p))
			return []job{{ids: f.job.ids, round: f.job.round + 1}}, nil
		}
		k.remember(f.p.Hashes(), f.p.Nonce(), f.job.ids)
		if errors.Is(f.err, context.DeadlineExceeded) && ctx.Err() == nil {
			return nil, fmt.Errorf("refund transaction %s not mined after %s; the next pass books it if it is mined, "+
				"and simulates its packets against the pending block first, so they are not refunded twice", describe(f.p), k.cfg.ReceiptTimeout)
		}
		return nil, fmt.Errorf("wait for refund transaction %s: %w", describe(f.p), f.err)
	}
	err := k.record(ctx, f.r, f.job.ids, sum)
	var (
		nb     *notBookedError
		failed *failedError
	)
	switch {
	case errors.As(err, &nb):
		k.remember(f.p.Hashes(), f.p.Nonce(), f.job.ids)
		return nil, err
	case errors.As(err, &failed):
		return k.split(f.job, failed.Error(), nil, sum)
	}
	return nil, err
}

// split halves a batch that reverts; a batch of one is set aside instead (the error is the checkpoint's).
func (k *Keeper) split(j job, reason string, cause error, sum *Summary) ([]job, error) {
	if len(j.ids) == 1 {
		return nil, k.setAside(j.ids[0], reason, cause, sum)
	}
	k.metrics.batchSplit()
	h := len(j.ids) / 2
	k.log.Info("batch split to find the packets that make it fail", "reason", reason, "ids", len(j.ids))
	return []job{{ids: j.ids[:h:h]}, {ids: j.ids[h:]}}, nil
}

// splitBatch is split for dispatch: no flight, the halves.
func (k *Keeper) splitBatch(j job, reason string, cause error, sum *Summary) (*flight, []job, error) {
	more, err := k.split(j, reason, cause, sum)
	return nil, more, err
}

// passErrors keeps the first error of a pass and counts the rest.
type passErrors struct {
	first error
	n     int
}

func (e *passErrors) add(err error) {
	if err == nil {
		return
	}
	if e.first == nil {
		e.first = err
	}
	e.n++
}

func (e *passErrors) err() error {
	if e.n <= 1 {
		return e.first
	}
	return fmt.Errorf("%d batches failed; the first: %w", e.n, e.first)
}

// liveIDs returns the ids that refundMany would refund in the pending block. One eth_call of refundMany
// answers for the whole batch in the usual case; when it refunds fewer than all, each id's getPacket says
// which, and ids that are closed or unknown leave the open set (their closing event may be unscanned yet).
// A batch that reverts returns the node's error (isRevert); one whose simulation stopped early for gas (the
// node caps eth_call's gas below what the batch needs) returns errSimStopped, and the caller splits it.
func (k *Keeper) liveIDs(ctx context.Context, ids []uint64, sum *Summary) ([]uint64, error) {
	n, next, err := k.simulate(ctx, ids)
	if err != nil {
		return nil, err
	}
	if next < len(ids) {
		return nil, errSimStopped
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
	if live, err = k.withoutHeld(ctx, live); err != nil { // sealed packets whose draws come first (settle.go)
		return nil, err
	}
	if len(live) > 0 {
		// The chain may have moved between the per-id reads: check the kept list as a whole once more.
		n, _, err := k.simulate(ctx, live)
		if err != nil {
			return nil, err
		}
		if n != len(live) {
			return nil, errStale
		}
	}
	return live, nil
}

// simulate runs refundMany(ids) from the keeper's address against the pending block and returns how many it
// refunded and where it stopped (len(ids) unless it ran short of gas: the node's eth_call gas cap).
func (k *Keeper) simulate(ctx context.Context, ids []uint64) (count, next int, err error) {
	msg := ethereum.CallMsg{From: k.from, To: &k.cfg.Escrow, Data: k.abi.PackRefundMany(bigs(ids))}
	res, err := callPending(ctx, k, "simulate refundMany", "refundMany (in simulation)", msg, k.abi.UnpackRefundMany)
	if err != nil {
		return 0, 0, err
	}
	c, x := res.Count, res.Next
	if !x.IsInt64() || x.Int64() > int64(len(ids)) || !c.IsInt64() || c.Int64() > x.Int64() {
		return 0, 0, fmt.Errorf("simulate refundMany: count %s, next %s for %d ids", c, x, len(ids))
	}
	return int(c.Int64()), int(x.Int64()), nil
}

// refundable reads packet id in the pending block: refundable when Expired. A packet that is closed or
// unknown (its PacketSent was reorged away) leaves the open set; one that is not yet expired stays, with
// the expiry the contract reports.
func (k *Keeper) refundable(ctx context.Context, id uint64) (bool, error) {
	v, err := k.packetView(ctx, id)
	if err != nil {
		return false, err
	}
	status, expiresAt := v.Status, v.ExpiresAt
	switch status {
	case statusExpired:
		return true, nil
	case statusNone, statusClosed:
		delete(k.state.open, id)
		delete(k.state.quarantine, id)
	default:
		if p := k.state.open[id]; p != nil && expiresAt.IsUint64() {
			p.expiresAt = expiresAt.Uint64()
		}
	}
	return false, nil
}

// record books a mined batch: its Refunded events leave the open set, and the metrics get the packets, the
// gas and the lag from expiry to the refund block. A batch that failed on chain is counted and comes back
// as a *failedError (the caller splits it). If the block's time cannot be read, nothing is booked and a
// *notBookedError says so: the caller keeps the transaction for a later pass (settle), so that nothing is
// counted twice or lost.
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
		k.log.Warn("refund transaction failed on chain", "tx", r.TxHash, "block", r.BlockNumber, "gas", r.GasUsed, "ids", len(live))
		return &failedError{r}
	}
	refunded, reached := k.refundedIDs(r, len(live))
	for _, id := range refunded {
		if p := k.state.open[id]; p != nil {
			k.metrics.refunded(float64(blockTime) - float64(p.expiresAt))
		} else {
			k.metrics.refunded(-1) // unknown expiry: counted, not timed
		}
		delete(k.state.open, id)
		delete(k.state.quarantine, id)
	}
	sum.Refunded += len(refunded)
	if left := len(live) - reached; left > 0 {
		// The batch stopped early (RefundBatchStopped): the gas left could not cover the next payout's full
		// push allowance. Nothing failed; the ids from there on are still open and due, and the next pass
		// simulates and sends them again.
		sum.Stopped++
		k.metrics.batchStopped(left)
		k.log.Warn("refund batch stopped early: the gas left could not cover the next payout; the rest is left for the next pass",
			"reached", reached, "ids", len(live), "left", left, "tx", r.TxHash, "gas", r.GasUsed)
	}
	if missed := reached - len(refunded); missed > 0 {
		// Someone refunded or closed these between the simulation and the block: harmless, refundMany
		// skipped them; the next scan sees their events.
		k.metrics.idsPreempted(missed)
		k.log.Warn("some ids were refunded by someone else first", "ids", missed, "tx", r.TxHash)
	}
	k.log.Info("refunded", "packets", len(refunded), "tx", r.TxHash, "block", r.BlockNumber, "gas", r.GasUsed)
	return k.state.save()
}

// failedError: a refund transaction mined with a failed status.
type failedError struct{ r *types.Receipt }

func (e *failedError) Error() string {
	return fmt.Sprintf("refund transaction %s failed in block %s (gas used %d)", e.r.TxHash.Hex(), e.r.BlockNumber, e.r.GasUsed)
}

// inflight is a refund transaction that may have reached the node but was not booked: the send or the wait
// for its receipt failed, or the pass ended first. packets are the open-set entries of its ids when it was
// remembered: if it is never mined, they go back (a pending-block simulation may have dropped them meanwhile,
// on the strength of this very transaction).
type inflight struct {
	hashes  []common.Hash // every version of the transaction (fee bumps)
	nonce   uint64
	ids     []uint64
	packets map[uint64]openPacket
}

func (k *Keeper) remember(hashes []common.Hash, nonce uint64, ids []uint64) {
	f := inflight{hashes: hashes, nonce: nonce, ids: ids, packets: map[uint64]openPacket{}}
	for _, id := range ids {
		if p := k.state.open[id]; p != nil {
			f.packets[id] = openPacket{expiresAt: p.expiresAt, remaining: new(big.Int).Set(p.remaining)}
		}
	}
	k.inflight = append(k.inflight, f)
}

// notBookedError: a mined batch that record could not book yet.
type notBookedError struct{ err error }

func (e *notBookedError) Error() string { return "book the refund transaction: " + e.err.Error() }
func (e *notBookedError) Unwrap() error { return e.err }

// settle books the in-flight transactions of earlier passes that have been mined since, before the scan
// removes their packets (which would lose their lag). One whose nonce was used by another transaction is
// forgotten and its packets go back to the open set (the next simulation decides); one still pending stays.
// A transaction that cannot be booked now stays for the next pass.
func (k *Keeper) settle(ctx context.Context, sum *Summary) error {
	pending := k.inflight
	k.inflight = nil
	for i, f := range pending {
		r, err := k.receiptOf(ctx, f.hashes)
		switch {
		case err == nil && r != nil:
			err := k.record(ctx, r, f.ids, sum)
			var (
				nb     *notBookedError
				failed *failedError
			)
			switch {
			case errors.As(err, &nb):
				k.inflight = append(k.inflight, pending[i:]...)
				return err
			case errors.As(err, &failed):
				k.log.Warn("a refund transaction of an earlier pass failed on chain; its packets are simulated again", "tx", r.TxHash)
			case err != nil:
				k.inflight = append(k.inflight, pending[i+1:]...)
				return err
			default:
				k.log.Info("booked a refund transaction of an earlier pass", "tx", r.TxHash)
			}
		case err != nil:
			k.metrics.rpcError()
			k.inflight = append(k.inflight, f)
		case k.superseded(ctx, f):
			k.log.Warn("refund transaction never mined; its nonce was used by another", "tx", f.hashes[len(f.hashes)-1])
			for id, p := range f.packets {
				if k.state.open[id] == nil {
					k.state.open[id] = &openPacket{expiresAt: p.expiresAt, remaining: p.remaining}
				}
			}
		default:
			k.inflight = append(k.inflight, f)
		}
	}
	return nil
}

// receiptOf returns the receipt of whichever hash has one; (nil, nil) when none has.
func (k *Keeper) receiptOf(ctx context.Context, hashes []common.Hash) (*types.Receipt, error) {
	for _, h := range hashes {
		r, err := k.backend.TransactionReceipt(ctx, h)
		switch {
		case err == nil && r != nil:
			return r, nil
		case err != nil && !errors.Is(err, ethereum.NotFound):
			return nil, err
		}
	}
	return nil, nil
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

// refundedIDs reads the packet ids of the escrow's Refunded events in the receipt of a refundMany of n ids, and
// how many of the ids it reached: n, or where it stopped when it emitted RefundBatchStopped(next, total).
func (k *Keeper) refundedIDs(r *types.Receipt, n int) (ids []uint64, reached int) {
	reached = n
	for _, l := range r.Logs {
		if l.Address != k.cfg.Escrow || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case k.topics.refunded:
			if len(l.Topics) < 2 {
				continue
			}
			if id, ok := packetID(l.Topics[1]); ok {
				ids = append(ids, id)
			}
		case k.topics.stopped:
			if ev, err := k.abi.UnpackRefundBatchStoppedEvent(l); err == nil && ev.Next.IsInt64() && ev.Next.Int64() < int64(n) {
				reached = max(int(ev.Next.Int64()), len(ids))
			}
		}
	}
	return ids, reached
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
