package keeper

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/txsend"
)

// The settle pass (rules §3, sealed draw): a claim of a sealed lucky packet takes an index and its share is
// drawn from the hash of the next block when someone settles it. The claimer's own tool, the packet's next
// claim or a relayer usually does it; the keeper draws what is still pending a few blocks after its claim,
// so that no share waits long (and none reaches the 256 blocks after which it would get the plain average).
//
// The keeper's scan reads the SharePending logs with the others (so a catch-up reads each page once) and keeps,
// per packet, the block of its oldest claim known to be pending, in the checkpoint (a restarted keeper, or one
// run from cron, forgets no pending claim and reads nothing twice); the settle pass reads only the blocks the
// scan leaves for later (the unconfirmed tail), and for the packets whose oldest claim is at least MinAge
// blocks old asks the escrow (pendingDraws, pending block) what still waits.
// Ready shares go out in settleMany batches of up to BatchShares shares; each payout gets client.PushReserve
// of gas on top of the estimate, as a refund does (settleMany stops early when the gas left cannot cover the
// next share's payouts; the next pass takes the rest). settleMany skips what someone else drew meanwhile and
// never reverts for a packet, so keepers and claimers cannot make each other's transaction fail.

// escrowEvents is the escrow's ABI, for the topics of SharePending and Claimed.
var escrowEvents = escrow.NewHongbaoEscrow().GetABI()

// Defaults of SettleConfig.
const (
	DefaultSettleMinAge      = 3
	DefaultSettleBatchShares = 50
)

// SettleConfig configures the settle pass.
type SettleConfig struct {
	// Disabled turns the settle pass off.
	Disabled bool
	// MinAge: a pending claim is drawn by the keeper once it is this many blocks old (default 3); younger ones
	// are left to the claimer, the packet's next claim or the relayer.
	MinAge uint64
	// BatchShares is the most shares one settleMany draws (default 50).
	BatchShares int
}

func (c SettleConfig) withDefaults() SettleConfig {
	if c.MinAge == 0 {
		c.MinAge = DefaultSettleMinAge
	}
	if c.BatchShares <= 0 {
		c.BatchShares = DefaultSettleBatchShares
	}
	return c
}

// settleState is what the settle pass remembers between passes beyond the checkpoint's pending claims.
type settleState struct {
	next uint64 // the next block of the unconfirmed tail whose SharePending logs are read (0: none read yet)
}

// settleCounters are the settle pass's metrics.
type settleCounters struct {
	mu                      sync.Mutex
	shares, batches, failed uint64
	gasUsed                 uint64
	pendingNow              int
}

func (s *settleCounters) add(f func(*settleCounters)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s)
}

func (s *settleCounters) write(p *promWriter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.counter("hongbao_keeper_shares_settled_total", "Pending shares of sealed packets drawn by this keeper's settleMany transactions.", u(s.shares))
	p.counter("hongbao_keeper_settle_batches_total", "settleMany transactions sent and mined.", u(s.batches))
	p.counter("hongbao_keeper_settle_batches_failed_total", "settleMany transactions that failed (simulation, sending or on chain).", u(s.failed))
	p.counter("hongbao_keeper_settle_gas_used_total", "Gas used by this keeper's settleMany transactions.", u(s.gasUsed))
	p.gauge("hongbao_keeper_sealed_packets_pending", "Sealed packets with claims waiting for their draw, as of the last pass.", fmt.Sprint(s.pendingNow))
}

// settleBatch is a settleMany to send: packets, how many shares they have ready, and their payouts.
type settleBatch struct {
	ids     []uint64
	shares  int
	payouts int
}

// settlePending is the settle pass: it draws the pending shares at least MinAge blocks old. An error ends
// the settle pass only; the refunds still run.
func (k *Keeper) settlePending(ctx context.Context, head uint64, sum *Summary) error {
	cfg := k.cfg.Settle.withDefaults()
	if cfg.Disabled {
		return nil
	}
	if err := k.readSharePending(ctx, head); err != nil {
		return err
	}
	batches, err := k.readyBatches(ctx, head, cfg)
	if err != nil {
		return err
	}
	k.metrics.settle.add(func(s *settleCounters) { s.pendingNow = len(k.state.pending) })
	for _, b := range batches {
		n, err := k.settleBatch(ctx, b)
		if err != nil {
			k.metrics.settle.add(func(s *settleCounters) { s.failed++ })
			return err
		}
		sum.Settled += n
	}
	return nil
}

// readSharePending reads the SharePending logs of the blocks the scan has not applied yet (those within the
// confirmation depth) up to head; the scan applies them again once they are confirmed (noting is idempotent).
func (k *Keeper) readSharePending(ctx context.Context, head uint64) error {
	from := max(k.state.nextBlock(k.cfg.StartBlock), k.sealed.next)
	if from > head {
		return nil
	}
	topic := escrowEvents.Events[escrow.HongbaoEscrowSharePendingEventName].ID
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{k.cfg.Escrow}, Topics: [][]common.Hash{{topic}}}
	err := k.logs.Scan(ctx, q, func(_, pageTo uint64, logs []types.Log) error {
		for _, l := range logs {
			if len(l.Topics) < 2 || l.Removed {
				continue
			}
			id, ok := packetID(l.Topics[1])
			if !ok {
				continue
			}
			k.state.notePending(id, l.BlockNumber)
		}
		k.sealed.next = pageTo + 1
		return nil
	})
	if err != nil {
		k.metrics.rpcError()
		return fmt.Errorf("read the sealed claims of blocks %d-%d: %w", from, head, err)
	}
	return nil
}

// readyBatches asks the escrow what waits in each packet whose oldest known claim is old enough, and groups
// the ready shares into batches of at most BatchShares (a packet with more goes alone: settleMany draws what
// its gas allows, the next pass the rest).
func (k *Keeper) readyBatches(ctx context.Context, head uint64, cfg SettleConfig) ([]settleBatch, error) {
	var ids []uint64
	for id, b := range k.state.pending {
		if b+cfg.MinAge <= head {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var out []settleBatch
	var cur settleBatch
	for _, id := range ids {
		pending, err := k.pendingDraws(ctx, id)
		if err != nil {
			return nil, err
		}
		if len(pending) == 0 {
			delete(k.state.pending, id) // drawn by someone else, or closed
			continue
		}
		k.state.pending[id] = pending[0].BlockNumber
		shares, payouts := 0, 0
		for _, d := range pending {
			// ready in the pending block head + 1 (b + 1 < head + 1), and old enough to be the keeper's
			if d.BlockNumber+cfg.MinAge > head {
				break
			}
			shares++
			payouts++
			if d.RelayFee != nil && d.RelayFee.Sign() > 0 {
				payouts++
			}
		}
		if shares == 0 {
			continue
		}
		if cur.shares > 0 && cur.shares+shares > cfg.BatchShares {
			out = append(out, cur)
			cur = settleBatch{}
		}
		cur.ids = append(cur.ids, id)
		cur.shares += shares
		cur.payouts += payouts
	}
	if cur.shares > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// maxDrawsPerSettle is the most shares one settle draws of a packet (the escrow's bound): the keeper reads no
// more of a packet's queue than that.
const maxDrawsPerSettle = 50

// pendingDraws reads the oldest pending draws of packet id (at most maxDrawsPerSettle) in the pending block.
func (k *Keeper) pendingDraws(ctx context.Context, id uint64) ([]escrow.IHongbaoEscrowPendingDraw, error) {
	msg := ethereum.CallMsg{To: &k.cfg.Escrow, Data: k.abi.PackPendingDraws(new(big.Int).SetUint64(id), new(big.Int), big.NewInt(maxDrawsPerSettle))}
	out, err := callPending(ctx, k, fmt.Sprintf("read the pending draws of packet %d", id), "pendingDraws", msg, k.abi.UnpackPendingDraws)
	return out.Draws, err
}

// settleBatch estimates, sends and waits for one settleMany, and returns how many shares it drew.
func (k *Keeper) settleBatch(ctx context.Context, b settleBatch) (int, error) {
	msg := ethereum.CallMsg{From: k.from, To: &k.cfg.Escrow, Data: k.abi.PackSettleMany(bigs(b.ids))}
	gas, err := k.estimatePending(ctx, "estimate the settle's gas", msg)
	if err != nil {
		return 0, fmt.Errorf("estimate settleMany of %d packets: %w", len(b.ids), err)
	}
	// An estimate of settleMany can be for a run that drew nothing (it never reverts for lack of gas): each
	// payout gets its full push reserve, and the two more that the escrow checks for before each share.
	gas = min(gas+gas/4+10_000+uint64(b.payouts+2)*client.PushReserve, maxTxGas)
	p, err := k.sendTx(ctx, "send the settle transaction", txsend.Request{To: &k.cfg.Escrow, Data: msg.Data, Gas: gas})
	if err != nil {
		return 0, fmt.Errorf("send settleMany of %d packets: %w", len(b.ids), err)
	}
	r, err := k.wait(ctx, p)
	if err != nil {
		return 0, fmt.Errorf("wait for settle transaction %s: %w", describe(p), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return 0, fmt.Errorf("settle transaction %s failed in block %s", r.TxHash.Hex(), r.BlockNumber)
	}
	claimed := escrowEvents.Events[escrow.HongbaoEscrowClaimedEventName].ID
	n := 0
	for _, l := range r.Logs {
		if l.Address == k.cfg.Escrow && len(l.Topics) > 0 && l.Topics[0] == claimed {
			n++
		}
	}
	k.metrics.settle.add(func(s *settleCounters) { s.shares += uint64(n); s.batches++; s.gasUsed += r.GasUsed })
	k.log.Info("settled", "shares", n, "packets", len(b.ids), "tx", r.TxHash, "block", r.BlockNumber, "gas", r.GasUsed)
	return n, nil
}

// withoutHeld drops from ids the sealed packets with claims waiting for their draw: refundMany skips those
// whose draws can be made now (they come first, DrawsReady) or that the claims hold entirely, which is not a
// failure. They stay open and due: the settle pass draws the shares, and a later pass refunds the rest (or
// finds the packet closed by the draws).
func (k *Keeper) withoutHeld(ctx context.Context, ids []uint64) ([]uint64, error) {
	var out []uint64
	for _, id := range ids {
		held, err := k.held(ctx, id)
		if err != nil {
			return nil, err
		}
		if held {
			k.log.Debug("refund waits for the draws of a sealed packet", "packet", id)
			continue
		}
		out = append(out, id)
	}
	return out, nil
}

// held reports whether packet id is sealed and has claims waiting for their draw.
func (k *Keeper) held(ctx context.Context, id uint64) (bool, error) {
	v, err := k.packetView(ctx, id)
	if err != nil || client.Kind(v.Kind) != client.SealedLucky {
		return false, err
	}
	pending, err := k.pendingDraws(ctx, id)
	if err != nil {
		return false, err
	}
	if len(pending) > 0 {
		k.state.notePending(id, pending[0].BlockNumber)
	}
	return len(pending) > 0, nil
}
