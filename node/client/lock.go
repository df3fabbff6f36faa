package client

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// opSetLock is the operation decoded errors of SetLock mention.
const opSetLock = "set the security lock"

// Lock is a sender's security lock for one token (rules §4): a send of more than Threshold needs a cool-off
// of at least MinDelay. A loosening the sender asked for waits in the Pending fields until PendingAt.
type Lock struct {
	Sender   common.Address
	Token    common.Address
	Symbol   string
	Decimals uint8
	// Threshold and MinDelay are in effect now. A zero MinDelay means no lock.
	Threshold *big.Int
	MinDelay  time.Duration
	// PendingAt is when a requested loosening takes effect (zero: none pending).
	PendingAt        time.Time
	PendingThreshold *big.Int
	PendingMinDelay  time.Duration
}

// Active reports whether the lock in effect delays any send.
func (l *Lock) Active() bool { return l.MinDelay > 0 }

// Required is the least cool-off the lock in effect asks of a send of amount (0 at or below the threshold).
func (l *Lock) Required(amount *big.Int) time.Duration {
	if amount == nil || amount.Cmp(l.Threshold) <= 0 {
		return 0
	}
	return l.MinDelay
}

// LockRaise says that the sender's security lock raised a send's cool-off (rules §4: the tools apply the
// required delay and say so).
type LockRaise struct {
	Threshold *big.Int      // the lock's threshold: sends above it need MinDelay
	From      time.Duration // the cool-off asked for
	To        time.Duration // the cool-off the lock requires, which the packet got
}

// LockResult is what SetLock did.
type LockResult struct {
	TxInfo
	Token     common.Address
	Threshold *big.Int
	MinDelay  time.Duration
	// Pending is true for a loosening: the lock asked for takes effect at EffectiveAt (24h later) and the
	// current one stays until then. Otherwise (a tightening) it applied at once, in the transaction's block.
	Pending     bool
	EffectiveAt time.Time
}

// SetLock sets the client's security lock for token: every send of more than threshold base units needs a
// cool-off of at least minDelay (whole seconds, at most 24h; zero removes the lock). A tightening (no higher
// threshold, no shorter delay) applies at once; anything else is a loosening that takes effect 24h later.
// Setting the lock in effect again cancels a pending loosening.
func (c *Client) SetLock(ctx context.Context, token common.Address, threshold *big.Int, minDelay time.Duration) (*LockResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	if threshold == nil || threshold.Sign() < 0 || threshold.Cmp(maxAmount) > 0 {
		return nil, invalid("the lock's threshold must be between 0 and 2^128 - 1 base units")
	}
	delay, err := seconds(minDelay, "lock's cool-off")
	if err != nil {
		return nil, err
	}
	r, err := c.transact(ctx, call{to: c.escrow, data: c.abi.PackSetLock(token, threshold, delay),
		ctx: errContext{op: opSetLock, token: &token}})
	if err != nil {
		return nil, err
	}
	res := &LockResult{TxInfo: info(r), Token: token}
	for _, l := range c.escrowLogs(r) {
		if ev, err := c.abi.UnpackLockSetEvent(l); err == nil {
			res.Threshold, res.MinDelay = ev.Threshold, secs(ev.MinDelay)
			res.EffectiveAt, err = c.blockTime(ctx, r.BlockNumber)
			return res, err
		}
		if ev, err := c.abi.UnpackLockLoosenRequestedEvent(l); err == nil {
			res.Threshold, res.MinDelay = ev.Threshold, secs(ev.MinDelay)
			res.Pending, res.EffectiveAt = true, unixTime(ev.EffectiveAt)
			return res, nil
		}
	}
	return nil, missingEvent(r, "LockSet or LockLoosenRequested")
}

// Lock reads sender's security lock for token as of the head block.
func (c *Client) Lock(ctx context.Context, sender, token common.Address) (*Lock, error) {
	ti, err := c.tokenInfo(ctx, token)
	if err != nil {
		return nil, err
	}
	l, err := c.lockOf(ctx, sender, token, false)
	if err != nil {
		return nil, err
	}
	l.Symbol, l.Decimals = ti.symbol, ti.decimals
	return l, nil
}

// lockOf reads a lock at the head, or in the pending block (where a send will run: a loosening that comes
// due there already counts). It leaves Symbol and Decimals empty: a send must not depend on the token
// answering decimals(), which ERC-20 makes optional.
func (c *Client) lockOf(ctx context.Context, sender, token common.Address, pending bool) (*Lock, error) {
	v, err := read(ctx, c, c.abi.PackLockOf(sender, token), c.abi.UnpackLockOf, pending, "lockOf")
	if err != nil {
		return nil, err
	}
	return &Lock{Sender: sender, Token: token, Threshold: v.Threshold, MinDelay: secs(v.MinDelay),
		PendingAt: unixTime(v.PendingAt), PendingThreshold: v.PendingThreshold, PendingMinDelay: secs(v.PendingMinDelay)}, nil
}

// applyLock raises the cool-off of a send to what the sender's lock requires (rules §4), or, with
// StrictDelay, refuses it with the DelayTooShort sentence. It compares the amount asked for: for a
// fee-on-transfer token the escrow checks the smaller amount received, so the raise can be one the escrow
// would not have insisted on.
func (c *Client) applyLock(ctx context.Context, req SendRequest, p *escrow.IHongbaoEscrowSendParams) (*LockRaise, error) {
	lock, err := c.lockOf(ctx, c.from, p.Token, true)
	if err != nil {
		return nil, err
	}
	asked := secs(p.Delay)
	need := lock.Required(p.Amount)
	if asked >= need {
		return nil, nil
	}
	if req.StrictDelay {
		tooShort := &escrow.HongbaoEscrowDelayTooShort{Amount: p.Amount, Threshold: lock.Threshold,
			RequiredDelay: big.NewInt(int64(need / time.Second))}
		ec := sendContext(*p)
		ec.org = req.Org
		return nil, c.explain(ctx, tooShort, ec)
	}
	p.Delay = uint32(need / time.Second)
	return &LockRaise{Threshold: lock.Threshold, From: asked, To: need}, nil
}

// pendingLoosening says when a loosening of the client's lock for token takes effect, for DelayTooShort
// (empty when none is pending or the lock cannot be read).
func (c *Client) pendingLoosening(ctx context.Context, ec errContext) string {
	token, ok := c.contextToken(ctx, ec)
	if !ok || c.key == nil {
		return ""
	}
	lock, err := c.lockOf(ctx, c.from, token, true)
	if err != nil || lock.PendingAt.IsZero() {
		return ""
	}
	return fmt.Sprintf(" (the loosening you asked for, %s, takes effect at %s)",
		c.describeLock(ctx, token, lock.PendingThreshold, lock.PendingMinDelay), lock.PendingAt.Format(timeFormat))
}

// describeLock says what a lock asks: "a cool-off of 2h above 2 ETH", or "no lock".
func (c *Client) describeLock(ctx context.Context, token common.Address, threshold *big.Int, minDelay time.Duration) string {
	if minDelay == 0 {
		return "no lock"
	}
	return fmt.Sprintf("a cool-off of %s above %s", fmtDuration(minDelay), c.amountOf(ctx, token, threshold))
}

func secs(s uint32) time.Duration { return time.Duration(s) * time.Second }

// blockTime is the timestamp of block n.
func (c *Client) blockTime(ctx context.Context, n *big.Int) (time.Time, error) {
	h, err := c.backend.HeaderByNumber(ctx, n)
	if err != nil {
		return time.Time{}, c.wrapRPC(err, "read a block header")
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}
