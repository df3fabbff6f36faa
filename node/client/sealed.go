package client

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/units"
)

// Sealed draw (rules §3): a claim of a SealedLucky packet takes index i at block b and pays nothing; the share
// is drawn from blockhash(b + 1), in index order, by settle(id) (anyone), settleMany (keepers) or the packet's
// next claim (which draws up to two ready shares first). A take-back (refund, undo, intercept) is refused
// while a pending share can be drawn (DrawsReady): transactAfterDraws draws them first.

var (
	topicSharePending = escrowABI.Events["SharePending"].ID
	topicDrawAveraged = escrowABI.Events["DrawAveraged"].ID
)

// drawsPerClaim is how many ready shares a sealed claim draws before taking its own index (the contract's
// _DRAWS_PER_CLAIM).
const drawsPerClaim = 2

// PendingShare is a claim of a sealed packet whose share is not drawn yet.
type PendingShare struct {
	Index   uint64
	Claimer common.Address
	Block   uint64   // the claim's block b: the share is drawn from the hash of block b + 1
	ReadyAt uint64   // b + 2: the first block a settle can draw it in
	Fee     *big.Int // the relay fee agreed for a relayed claim, paid out of the share when it is drawn
}

// DrawResult is a sealed share once drawn: who drew it (DrawTx) and what it paid.
type DrawResult struct {
	ID      *big.Int
	Claimer common.Address
	Index   uint64
	Amount  *big.Int       // the gross share (relay fee included)
	Fee     *big.Int       // a relayed claim's fee, paid to Relayer at the draw
	Relayer common.Address // zero for a direct claim
	Owed    *big.Int       // part of the net share credited to the claimer's pull balance (push failed)
	// Averaged: the share was not drawn while the hash of its block was readable (256 blocks) and got exactly
	// the current average.
	Averaged bool
	DrawTx   TxInfo // the transaction that drew it (a settle, a later claim, a keeper's settleMany)
	ByMe     bool   // this client's settle drew it
}

// Net is what the claimer received: Amount - Fee.
func (d *DrawResult) Net() *big.Int { return new(big.Int).Sub(d.Amount, d.Fee) }

// SettleResult is what a settle transaction drew.
type SettleResult struct {
	TxInfo
	Drawn []DrawResult
}

// pendingPage is how many pending shares one pendingDraws call reads (the view is paged: a long queue in one
// answer would not fit a node's eth_call gas cap).
const pendingPage = 500

// PendingDraws lists the pending shares of sealed packet id, oldest first (empty for any other packet), a
// page at a time.
func (c *Client) PendingDraws(ctx context.Context, id *big.Int) ([]PendingShare, error) {
	var out []PendingShare
	for {
		page, total, err := c.pendingDraws(ctx, id, uint64(len(out)), pendingPage)
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if len(page) == 0 || uint64(len(out)) >= total {
			return out, nil
		}
	}
}

// pendingDraws reads pending shares start .. start+max-1 of packet id, and how many are pending in all.
func (c *Client) pendingDraws(ctx context.Context, id *big.Int, start, max uint64) ([]PendingShare, uint64, error) {
	o, err := read(ctx, c, c.abi.PackPendingDraws(id, new(big.Int).SetUint64(start), new(big.Int).SetUint64(max)),
		c.abi.UnpackPendingDraws, false, "pendingDraws")
	if err != nil {
		return nil, 0, err
	}
	return pendingShares(o.Draws), o.Total.Uint64(), nil
}

func pendingShares(v []escrow.IHongbaoEscrowPendingDraw) []PendingShare {
	out := make([]PendingShare, 0, len(v))
	for _, d := range v {
		fee := d.RelayFee
		if fee == nil {
			fee = new(big.Int)
		}
		out = append(out, PendingShare{Index: d.Index.Uint64(), Claimer: d.Claimer, Block: d.BlockNumber,
			ReadyAt: d.BlockNumber + 2, Fee: fee})
	}
	return out
}

// sealedClaimPushes is the payouts a claim of packet id may make on top of its own: for a sealed packet, the
// shares it may draw first (at most two), two payouts each (the claimer and a relayer). The escrow draws a
// share only while the gas left covers two payouts more than it has made, so each gets two reserves.
func (c *Client) sealedClaimPushes(ctx context.Context, id *big.Int) (int, error) {
	sh, ok, err := c.shape(ctx, id)
	if err != nil || !ok || sh.kind != SealedLucky {
		return 0, err
	}
	_, total, err := c.pendingDraws(ctx, id, 0, 0)
	if err != nil {
		return 0, err
	}
	return 2 * int(min(total, drawsPerClaim)), nil
}

// Settle draws the ready pending shares of sealed packet id and pays them (anyone may). It fails with
// NothingToDraw when none is pending and DrawNotReady when the oldest was claimed in this or the previous
// block (the error says from which block it can be drawn).
func (c *Client) Settle(ctx context.Context, id *big.Int) (*SettleResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	pending, err := c.PendingDraws(ctx, id)
	if err != nil {
		return nil, err
	}
	r, err := c.transact(ctx, call{to: c.escrow, data: c.abi.PackSettle(id), ctx: errContext{op: "settle", id: id},
		pushes: settlePushes(pending)})
	if err != nil {
		return nil, err
	}
	return &SettleResult{TxInfo: info(r), Drawn: c.drawsOf(r, id, indexOf(pending), true)}, nil
}

// maxSettlePushes bounds the gas a settle asks for: a settle draws at most 50 shares of a packet, and stops
// early when the gas left runs short (16.7M gas covers about 80 token payouts).
const maxSettlePushes = 80

// settlePushes is two payouts per pending share (the claimer and a relayer): see sealedClaimPushes.
func settlePushes(pending []PendingShare) int { return min(2*len(pending), maxSettlePushes) }

// drawsOf reads the shares of packet id that receipt r drew; index gives their indices by claimer (a claimer
// holds one share of a packet), as pendingDraws listed them before.
func (c *Client) drawsOf(r *types.Receipt, id *big.Int, index map[common.Address]uint64, byMe bool) []DrawResult {
	out := []DrawResult{}
	averaged := map[uint64]bool{}
	tx := info(r)
	last := -1
	for _, l := range c.escrowLogs(r) {
		if ev, err := c.abi.UnpackDrawAveragedEvent(l); err == nil && ev.Id.Cmp(id) == 0 {
			averaged[ev.Index.Uint64()] = true
		} else if ev, err := c.abi.UnpackClaimedEvent(l); err == nil {
			last = -1
			if ev.Id.Cmp(id) != 0 {
				continue
			}
			out = append(out, DrawResult{ID: ev.Id, Claimer: ev.Claimer, Index: index[ev.Claimer], Amount: ev.Amount,
				Fee: new(big.Int), Owed: new(big.Int), DrawTx: tx, ByMe: byMe})
			last = len(out) - 1
		} else if ev, err := c.abi.UnpackRelayFeePaidEvent(l); err == nil && last >= 0 {
			out[last].Fee, out[last].Relayer = ev.Fee, ev.Relayer
		} else if ev, err := c.abi.UnpackOwedCreditedEvent(l); err == nil {
			for i := range out {
				if out[i].Claimer == ev.Account {
					out[i].Owed = new(big.Int).Add(out[i].Owed, ev.Amount)
				}
			}
		}
	}
	for i := range out {
		out[i].Averaged = averaged[out[i].Index]
	}
	return out
}

func indexOf(pending []PendingShare) map[common.Address]uint64 {
	m := make(map[common.Address]uint64, len(pending))
	for _, p := range pending {
		m[p.Claimer] = p.Index
	}
	return m
}

// WaitDrawn waits until the share a sealed claim took is drawn, drawing it itself once it can be (a settle;
// a read-only client only waits), and returns the draw. It waits on blocks, not on a clock: each round waits
// for the next block, so it ends when the chain moves on (or ctx ends). Someone else's draw (the next claim, a
// keeper, a relayer) is read from its Claimed event.
func (c *Client) WaitDrawn(ctx context.Context, claim *ClaimResult) (*DrawResult, error) {
	return c.waitDrawn(ctx, claim, c.key != nil)
}

// WatchDrawn is WaitDrawn that never settles: for a relayed claim, whose relayer draws the share (and whose
// claimer may have no ETH for gas).
func (c *Client) WatchDrawn(ctx context.Context, claim *ClaimResult) (*DrawResult, error) {
	return c.waitDrawn(ctx, claim, false)
}

func (c *Client) waitDrawn(ctx context.Context, claim *ClaimResult, settle bool) (*DrawResult, error) {
	id, claimer := claim.ID, claim.Claimer
	for {
		mine, before, err := c.pendingShare(ctx, claim)
		if err != nil {
			return nil, err
		}
		if mine == nil {
			return c.findDraw(ctx, claim)
		}
		head, err := c.backend.BlockNumber(ctx)
		if err != nil {
			return nil, c.wrapRPC(err, "read the head block")
		}
		// The settle goes into the pending block head + 1: it can draw a share claimed at b once that is b + 2.
		if head+1 < mine.ReadyAt || !settle {
			if err := c.waitBlock(ctx, max(head+1, mine.ReadyAt-1)); err != nil {
				return nil, err
			}
			continue
		}
		r, err := c.transact(ctx, call{to: c.escrow, data: c.abi.PackSettle(id), ctx: errContext{op: "settle", id: id},
			pushes: min(2*(before+1), maxSettlePushes)})
		switch CodeOf(err) {
		case "":
			for _, d := range c.drawsOf(r, id, map[common.Address]uint64{}, true) {
				if d.Claimer == claimer {
					d.Index = mine.Index
					return &d, nil
				}
			}
			continue // it drew the shares before this one only (at most 50 a settle, or short of gas): draw on
		case "NothingToDraw":
			continue // someone else drew it meanwhile: the next round reads it
		case "DrawNotReady":
			if err := c.waitBlock(ctx, head+1); err != nil {
				return nil, err
			}
			continue
		}
		return nil, err
	}
}

// pendingShare finds the claim's share among the pending ones without listing them all: shares are drawn in
// index order, so a share of index i waits at place i - drawn. It returns nil once the share is drawn, and
// how many pending shares come before it.
func (c *Client) pendingShare(ctx context.Context, claim *ClaimResult) (*PendingShare, int, error) {
	v, err := c.view(ctx, claim.ID)
	if err != nil {
		return nil, 0, err
	}
	drawn := uint64(v.Claimed)
	if Status(v.Status) != StatusClosed && claim.Index >= drawn {
		page, _, err := c.pendingDraws(ctx, claim.ID, claim.Index-drawn, 1)
		if err != nil {
			return nil, 0, err
		}
		if len(page) == 1 && page[0].Claimer == claim.Claimer {
			return &page[0], int(claim.Index - drawn), nil
		}
	}
	// Drawn, or the chain moved between the two reads: the whole list says which.
	all, err := c.PendingDraws(ctx, claim.ID)
	if err != nil {
		return nil, 0, err
	}
	for i := range all {
		if all[i].Claimer == claim.Claimer {
			return &all[i], i, nil
		}
	}
	return nil, 0, nil
}

// findDraw reads the draw of a sealed claim's share from its Claimed event, from the claim's block on.
func (c *Client) findDraw(ctx context.Context, claim *ClaimResult) (*DrawResult, error) {
	id, claimer := claim.ID, claim.Claimer
	head, err := c.backend.BlockNumber(ctx)
	if err != nil {
		return nil, c.wrapRPC(err, "read the head block")
	}
	logs, err := c.fetch(ctx, [][]common.Hash{{topicClaimed}, {common.BigToHash(id)}, {addrTopic(claimer)}}, claim.Block, head)
	if err != nil {
		return nil, err
	}
	if len(logs) == 0 {
		return nil, &Error{Code: CodeNotFound, Message: fmt.Sprintf(
			"%s has no share of packet %s waiting for its draw, and no draw of it since block %d", claimer.Hex(), id, claim.Block)}
	}
	l := logs[len(logs)-1]
	r, err := c.backend.TransactionReceipt(ctx, l.TxHash)
	if err != nil {
		return nil, c.wrapRPC(err, "read the receipt of the draw")
	}
	for _, d := range c.drawsOf(r, id, map[common.Address]uint64{claimer: claim.Index}, false) {
		if d.Claimer == claimer {
			return &d, nil
		}
	}
	return nil, &Error{Code: CodeNotFound, Message: fmt.Sprintf("the draw of %s's share of packet %s is not in transaction %s", claimer.Hex(), id, l.TxHash.Hex())}
}

// WithBlockNudge gives a way to make the chain produce a block (a dev chain's evm_mine): a dev chain mines
// only when a transaction comes, so a wait for the next block (a sealed draw) asks for one.
func WithBlockNudge(fn func(ctx context.Context) error) Option {
	return func(c *Client) { c.nudge = fn }
}

// waitBlock waits until the head is block n or later: on the chain's own progress, polled at the client's
// interval, with no deadline of its own (ctx bounds it).
func (c *Client) waitBlock(ctx context.Context, n uint64) error {
	t := time.NewTicker(c.poll)
	defer t.Stop()
	for nudged := false; ; nudged = true {
		head, err := c.backend.BlockNumber(ctx)
		if err != nil {
			return c.wrapRPC(err, "read the head block")
		}
		if head >= n {
			return nil
		}
		if c.nudge != nil && !nudged {
			_ = c.nudge(ctx) // best effort: a node that does not mine on request still makes blocks of its own
		}
		select {
		case <-ctx.Done():
			return &Error{Code: CodeRPC, Message: fmt.Sprintf("stopped waiting for block %d (the head is %d): %v", n, head, ctx.Err()), Err: ctx.Err()}
		case <-t.C:
		}
	}
}

// explainSealed covers the errors of the sealed draw (rules §3).
func explainSealed(v any, me common.Address) (string, string) {
	switch e := v.(type) {
	case *escrow.HongbaoEscrowDrawNotReady:
		return "DrawNotReady", fmt.Sprintf("packet %s: the next share waiting is drawn from the next block's hash; it can be drawn from block %s on",
			e.Id, readyAtText(e.ReadyAt))
	case *escrow.HongbaoEscrowNothingToDraw:
		return "NothingToDraw", fmt.Sprintf("packet %s has no share waiting for its draw: every claim of it is drawn", e.Id)
	case *escrow.HongbaoEscrowNotSealed:
		return "NotSealed", fmt.Sprintf("packet %s is not a sealed lucky packet: its shares are paid at the claim, there is nothing to draw", e.Id)
	case *escrow.HongbaoEscrowDrawsReady:
		return "DrawsReady", fmt.Sprintf("packet %s has claims whose share can be drawn now: they are drawn first (`hongbao settle %s`), then the rest can go back", e.Id, e.Id)
	case *escrow.HongbaoEscrowAllSharesTaken:
		waits := e.Pending.String() + " wait for their draw"
		if e.Pending.Cmp(big.NewInt(1)) == 0 {
			waits = "1 waits for its draw"
		}
		return "AllSharesTaken", fmt.Sprintf("every share of packet %s is taken; %s", e.Id, waits)
	case *escrow.HongbaoEscrowSharesPending:
		held := fmt.Sprintf("the %s shares left are held by claims waiting for their draw, and go to those claimers", e.Pending)
		if e.Pending.Cmp(big.NewInt(1)) == 0 {
			held = "the 1 share left is held by a claim waiting for its draw, and goes to that claimer"
		}
		return "SharesPending", fmt.Sprintf("nothing can go back from packet %s yet: %s when drawn (anyone can run `hongbao settle %s`)", e.Id, held, e.Id)
	case *escrow.HongbaoEscrowShareNotDrawn:
		who := e.Claimer.Hex() + "'s share"
		if e.Claimer == me {
			who = "your share"
		}
		return "ShareNotDrawn", fmt.Sprintf("%s of packet %s is not drawn yet: there is nothing to return until it is (run `hongbao settle %s`)", who, e.Id, e.Id)
	}
	return "", ""
}

// transactAfterDraws sends a take-back (refund, undo, intercept) of packet id; when the escrow refuses it
// because pending shares of a sealed packet can be drawn now (DrawsReady: nobody may choose between a
// knowable draw and the average), it draws them first with a settle and sends the take-back again.
func (c *Client) transactAfterDraws(ctx context.Context, id *big.Int, k call) (*types.Receipt, []DrawResult, error) {
	r, err := c.transact(ctx, k)
	if CodeOf(err) != "DrawsReady" {
		return r, nil, err
	}
	var drawn []DrawResult
	for range 3 { // a settle draws at most 50 shares of a packet; more rounds only for very long queues
		s, serr := c.Settle(ctx, id)
		switch CodeOf(serr) {
		case "":
			drawn = append(drawn, s.Drawn...)
		case "NothingToDraw", "DrawNotReady": // someone else drew them meanwhile
		default:
			return nil, drawn, serr
		}
		if r, err = c.transact(ctx, k); CodeOf(err) != "DrawsReady" {
			return r, drawn, err
		}
	}
	return nil, drawn, err
}

// readyAtText writes a block number as people read it (1,234,567); one past uint64 cannot be a block.
func readyAtText(n *big.Int) string {
	if !n.IsUint64() {
		return n.String()
	}
	return units.GroupDigits(n.Uint64())
}
