package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/merkle"
)

// Claim claims packet id for the client's address. auth carries the claim code (claim-key packets), a ticket
// code (ticket packets) or the Merkle proof (allowlist packets); Direct and open packets need none.
func (c *Client) Claim(ctx context.Context, id *big.Int, auth ClaimAuth) (*ClaimResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	authBytes, err := c.claimAuthBytes(ctx, id, auth, c.from)
	if err != nil {
		return nil, err
	}
	pushes, err := c.sealedClaimPushes(ctx, id)
	if err != nil {
		return nil, err
	}
	r, err := c.transact(ctx, call{to: c.escrow, data: c.abi.PackClaim(id, authBytes), ctx: errContext{op: "claim", id: id}, pushes: pushes})
	if err != nil {
		return nil, err
	}
	return c.claimResult(r, id, c.from), nil
}

// claimAuthBytes builds the `auth` argument of a claim of packet id by claimer. A ticket code is checked
// (checksum included) before the chain is asked anything.
func (c *Client) claimAuthBytes(ctx context.Context, id *big.Int, auth ClaimAuth, claimer common.Address) ([]byte, error) {
	var ticket *Ticket
	if IsTicketCode(auth.Code) {
		t, err := ParseTicketCode(auth.Code)
		if err != nil {
			return nil, err
		}
		ticket = t
	}
	sh, ok, err := c.shape(ctx, id)
	if err != nil {
		return nil, err
	}
	if !ok || sh.kind == Direct {
		return []byte{}, nil // the escrow explains a missing packet; Direct packets check the recipient only
	}
	switch sh.auth {
	case ClaimKey:
		if auth.Code == "" {
			return nil, &Error{Code: CodeInvalidRequest, Message: fmt.Sprintf(
				"packet %s needs its claim code to be claimed; ask the sender for it (it starts with hb1)", id)}
		}
		if ticket != nil {
			return nil, &Error{Code: CodeInvalidRequest, Message: fmt.Sprintf(
				"that is a ticket code (hbt1…), but packet %s is claimed with its claim code (it starts with hb1); check that you have the code of this packet", id)}
		}
		key, err := ParseClaimCode(auth.Code)
		if err != nil {
			return nil, err
		}
		return c.domain.SignClaim(key, id, claimer)
	case Tickets:
		if auth.Code == "" {
			return nil, &Error{Code: CodeInvalidRequest, Message: fmt.Sprintf(
				"packet %s is claimed with tickets: each share has its own one-time ticket code (it starts with hbt1); ask the sender for yours", id)}
		}
		if ticket == nil {
			if strings.HasPrefix(strings.TrimSpace(auth.Code), claimCodePrefix) {
				return nil, &Error{Code: CodeInvalidRequest, Message: fmt.Sprintf(
					"that is a claim code (hb1…), but packet %s is claimed with one-time tickets (they start with hbt1); ask the sender for your ticket", id)}
			}
			_, err := ParseTicketCode(auth.Code)
			return nil, err
		}
		return SignTicketClaim(c.domain, ticket, id, claimer)
	case Allowlist:
		return merkle.EncodeProof(auth.Proof), nil
	}
	return []byte{}, nil
}

func (c *Client) claimResult(r *types.Receipt, id *big.Int, claimer common.Address) *ClaimResult {
	res := &ClaimResult{TxInfo: info(r), ID: id, Claimer: claimer, Amount: new(big.Int), Fee: new(big.Int), Owed: new(big.Int)}
	// A sealed claim draws earlier shares of others on the way: only the events of this claimer count. A
	// RelayFeePaid follows the Claimed of the share it is paid from.
	var last common.Address
	for _, l := range c.escrowLogs(r) {
		if ev, err := c.abi.UnpackClaimedEvent(l); err == nil {
			last = ev.Claimer
			if ev.Claimer == claimer && ev.Id.Cmp(id) == 0 {
				res.Amount = ev.Amount
			} else {
				res.DrawnOthers++
			}
		} else if ev, err := c.abi.UnpackSharePendingEvent(l); err == nil && ev.Claimer == claimer && ev.Id.Cmp(id) == 0 {
			res.Pending, res.Sealed, res.Index = true, true, ev.Index.Uint64()
			res.ReadyAt = res.Block + 2
		} else if ev, err := c.abi.UnpackRelayFeePaidEvent(l); err == nil && last == claimer {
			res.Fee, res.Relayer = ev.Fee, ev.Relayer
		} else if ev, err := c.abi.UnpackOwedCreditedEvent(l); err == nil && ev.Account == claimer {
			res.Owed = ev.Amount
		}
	}
	return res
}

// SignClaimFor is the claimer's side of a gasless claim: it prepares the claim's auth (from the claim code or
// proof) and signs ClaimFor(id, me, relayer, maxFee, deadline) with the client's key. Nothing is sent; the
// relayer submits the result with ClaimFor.
func (c *Client) SignClaimFor(ctx context.Context, id *big.Int, auth ClaimAuth, relayer common.Address, maxFee *big.Int, deadline time.Time) (*RelayedClaim, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	if maxFee == nil || maxFee.Sign() < 0 {
		return nil, invalid("the relay fee must be zero or more")
	}
	if relayer == (common.Address{}) {
		return nil, invalid("a relayed claim needs the relayer's address")
	}
	authBytes, err := c.claimAuthBytes(ctx, id, auth, c.from)
	if err != nil {
		return nil, err
	}
	dl := big.NewInt(deadline.Unix())
	signature, err := c.domain.SignClaimFor(c.key, id, relayer, maxFee, dl)
	if err != nil {
		return nil, fmt.Errorf("sign the relayed claim: %w", err)
	}
	return &RelayedClaim{ID: id, Claimer: c.from, Relayer: relayer, MaxFee: new(big.Int).Set(maxFee), Deadline: dl,
		Auth: authBytes, Signature: signature}, nil
}

// ClaimFor is the relayer's side of a gasless claim: it submits rc, which the claimer signed for this
// client's address, and is paid min(maxFee, share) out of the share.
func (c *Client) ClaimFor(ctx context.Context, rc *RelayedClaim) (*ClaimResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	if rc == nil || rc.ID == nil || rc.MaxFee == nil || rc.Deadline == nil {
		return nil, invalid("the relayed claim is incomplete (id, maxFee and deadline are required)")
	}
	if rc.Relayer != c.from {
		return nil, invalid(fmt.Sprintf("this relayed claim was signed for relayer %s, not for you (%s); only that relayer can submit it",
			rc.Relayer.Hex(), c.from.Hex()))
	}
	data := c.abi.PackClaimFor(rc.ID, rc.Claimer, rc.MaxFee, rc.Deadline, nonNil(rc.Auth), nonNil(rc.Signature))
	pushes, err := c.sealedClaimPushes(ctx, rc.ID)
	if err != nil {
		return nil, err
	}
	r, err := c.transact(ctx, call{to: c.escrow, data: data, ctx: errContext{op: "claim", id: rc.ID}, pushes: max(pushes, 1)})
	if err != nil {
		return nil, err
	}
	return c.claimResult(r, rc.ID, rc.Claimer), nil
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// Withdraw takes packet id back by whichever clause applies now (the contract's withdrawable(), read in the
// pending block): cool-off withdraw (C2), undo (C3; for a Direct packet with consent this records a request
// the recipient approves) or expiry refund (C1). When none applies it returns an *Error with Code NoClause
// saying why and when one would.
func (c *Client) Withdraw(ctx context.Context, id *big.Int) (*WithdrawResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	clause, _, _, err := c.Withdrawable(ctx, id)
	if err != nil {
		return nil, err
	}
	switch clause {
	case ClauseCoolOff:
		return c.WithdrawCoolOff(ctx, id)
	case ClauseUndo:
		return c.Undo(ctx, id)
	case ClauseUndoRequest:
		// The view names this clause from the window's start until expiry once a request is pending (the
		// recipient may approve it until then); past the window the sender has nothing to send, only to wait.
		res, err := c.Undo(ctx, id)
		var e *Error
		if errors.As(err, &e) && e.Code == "UndoWindowClosed" {
			return nil, c.noClause(ctx, id)
		}
		return res, err
	case ClauseRefund:
		return c.refundOne(ctx, id)
	}
	return nil, c.noClause(ctx, id)
}

// noClause explains why no withdrawal clause applies to packet id now, and when one would.
func (c *Client) noClause(ctx context.Context, id *big.Int) error {
	p, err := c.Packet(ctx, id)
	if err != nil {
		return err
	}
	msg := ""
	switch {
	case p.Status == StatusClosed:
		msg = fmt.Sprintf("packet %s is closed: nothing is left in it to take back", id)
	case p.Kind == Direct && p.UndoRequested:
		msg = fmt.Sprintf("packet %s can be refunded from %s; your undo request is pending until then: the recipient %s can approve it",
			id, p.ExpiresAt.Format(timeFormat), p.Recipient.Hex())
	case p.Kind == Direct:
		msg = fmt.Sprintf("packet %s can be refunded from %s; until then only the recipient %s can decline it",
			id, p.ExpiresAt.Format(timeFormat), p.Recipient.Hex())
	default:
		msg = fmt.Sprintf("packet %s can be refunded from %s; until then it stays open for claims", id, p.ExpiresAt.Format(timeFormat))
	}
	if p.Status != StatusClosed && p.Guardian != (common.Address{}) {
		msg += fmt.Sprintf(" (its guardian %s can intercept it)", p.Guardian.Hex())
	}
	if p.Status != StatusClosed && p.OrgID != 0 {
		msg += fmt.Sprintf(" (the admins of organisation %d can intercept it)", p.OrgID)
	}
	return &Error{Code: CodeNoClause, Message: msg}
}

// WithdrawCoolOff is C2: the sender takes the whole packet back during its cool-off.
func (c *Client) WithdrawCoolOff(ctx context.Context, id *big.Int) (*WithdrawResult, error) {
	return c.packetTx(ctx, id, "withdraw", c.abi.PackWithdrawCoolOff(id))
}

// Undo is C3: within the undo window the sender takes the unclaimed rest back at once, or, for a Direct
// packet with consent, records a request that the recipient approves (Event "UndoRequested").
func (c *Client) Undo(ctx context.Context, id *big.Int) (*WithdrawResult, error) {
	return c.packetTx(ctx, id, "undo", c.abi.PackUndo(id))
}

// ApproveUndo is C3/C4: the Direct recipient approves the sender's undo request; the packet goes back.
func (c *Client) ApproveUndo(ctx context.Context, id *big.Int) (*WithdrawResult, error) {
	return c.packetTx(ctx, id, "approve the undo of", c.abi.PackApproveUndo(id))
}

// Decline is C4: the Direct recipient gives the packet back before claiming it.
func (c *Client) Decline(ctx context.Context, id *big.Int) (*WithdrawResult, error) {
	return c.packetTx(ctx, id, "decline", c.abi.PackDecline(id))
}

// Intercept is C6: the packet's guardian stops it; the unclaimed rest goes back to the sender.
func (c *Client) Intercept(ctx context.Context, id *big.Int) (*WithdrawResult, error) {
	return c.packetTx(ctx, id, "intercept", c.abi.PackIntercept(id))
}

func (c *Client) refundOne(ctx context.Context, id *big.Int) (*WithdrawResult, error) {
	return c.packetTx(ctx, id, "refund", c.abi.PackRefund(id))
}

// packetTx sends a clause transaction about one packet and reads what it moved from the events.
func (c *Client) packetTx(ctx context.Context, id *big.Int, op string, data []byte) (*WithdrawResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	k := call{to: c.escrow, data: data, ctx: errContext{op: op, id: id}, pushes: 1}
	r, drawn, err := c.transactAfterDraws(ctx, id, k)
	if err != nil {
		return nil, err
	}
	res := &WithdrawResult{TxInfo: info(r), ID: id, Amount: new(big.Int), Owed: new(big.Int), Drawn: drawn}
	for _, l := range c.escrowLogs(r) {
		c.readClauseEvent(l, res)
	}
	return res, nil
}

// readClauseEvent fills res from one clause event (or an OwedCredited of the receiver).
func (c *Client) readClauseEvent(l *types.Log, res *WithdrawResult) {
	set := func(event string, to common.Address, amount *big.Int) {
		res.Event, res.To, res.Amount = event, to, amount
	}
	if ev, err := c.abi.UnpackCoolOffWithdrawnEvent(l); err == nil {
		set("CoolOffWithdrawn", ev.To, ev.Amount)
	} else if ev, err := c.abi.UnpackUndoneEvent(l); err == nil {
		set("Undone", ev.To, ev.Amount)
	} else if ev, err := c.abi.UnpackUndoRequestedEvent(l); err == nil {
		set("UndoRequested", ev.Recipient, new(big.Int))
	} else if ev, err := c.abi.UnpackUndoApprovedEvent(l); err == nil {
		set("UndoApproved", ev.To, ev.Amount)
	} else if ev, err := c.abi.UnpackDeclinedEvent(l); err == nil {
		set("Declined", ev.To, ev.Amount)
	} else if ev, err := c.abi.UnpackInterceptedEvent(l); err == nil {
		set("Intercepted", ev.To, ev.Amount)
	} else if ev, err := c.abi.UnpackRefundedEvent(l); err == nil {
		set("Refunded", ev.To, ev.Amount)
	} else if ev, err := c.abi.UnpackOwedCreditedEvent(l); err == nil {
		res.Owed = new(big.Int).Add(res.Owed, ev.Amount)
	} else if ev, err := c.abi.UnpackOrgBudgetCreditedEvent(l); err == nil {
		res.Budget = ev.OrgId
	}
}

// Return is C5: a claimer sends amount (base units, at most what they claimed and have not returned) back to
// the packet's sender. For an ERC-20 packet the escrow is approved first when the allowance is short.
func (c *Client) Return(ctx context.Context, id *big.Int, amount *big.Int) (*ReturnResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	if amount == nil || amount.Sign() <= 0 {
		return nil, invalid("the amount to return must be greater than 0")
	}
	v, err := c.existing(ctx, id)
	if err != nil {
		return nil, err
	}
	token := v.Token
	k := call{to: c.escrow, data: c.abi.PackReturnFunds(id, amount), ctx: errContext{op: "return funds to", id: id, token: &token}}
	if token == (common.Address{}) {
		k.value = amount
	} else {
		c.tokenMu.Lock()
		defer c.tokenMu.Unlock()
		if err := c.checkReturnable(ctx, id, amount, k.ctx); err != nil {
			return nil, err
		}
		if err := c.ensureAllowance(ctx, token, amount); err != nil {
			return nil, err
		}
	}
	r, err := c.transact(ctx, k)
	if err != nil {
		return nil, err
	}
	res := &ReturnResult{TxInfo: info(r), ID: id, Amount: new(big.Int), Owed: new(big.Int)}
	for _, l := range c.escrowLogs(r) {
		if ev, err := c.abi.UnpackReturnedEvent(l); err == nil {
			res.Amount, res.To = ev.Received, ev.To // what reached the sender (or budget)
		} else if ev, err := c.abi.UnpackOwedCreditedEvent(l); err == nil {
			res.Owed = ev.Amount
		} else if ev, err := c.abi.UnpackOrgBudgetCreditedEvent(l); err == nil {
			res.Budget = ev.OrgId
		}
	}
	return res, nil
}

// checkReturnable runs the escrow's own checks of a return before an approve is spent on it: with no
// allowance yet the estimate would fail on the token, hiding NotClaimer or ReturnExceedsClaim.
func (c *Client) checkReturnable(ctx context.Context, id, amount *big.Int, ec errContext) error {
	claimed, err := read(ctx, c, c.abi.PackHasClaimed(id, c.from), c.abi.UnpackHasClaimed, true, "hasClaimed")
	if err != nil {
		return err
	}
	if !claimed {
		return c.explain(ctx, &escrow.HongbaoEscrowNotClaimer{Id: id, Account: c.from}, ec)
	}
	left, err := read(ctx, c, c.abi.PackClaimedAmount(id, c.from), c.abi.UnpackClaimedAmount, true, "claimedAmount")
	if err != nil {
		return err
	}
	if amount.Cmp(left) > 0 {
		return c.explain(ctx, &escrow.HongbaoEscrowReturnExceedsClaim{Id: id, Max: left}, ec)
	}
	return nil
}

// Refund is C1: refund expired packets to their senders. One id calls refund (a packet that is not
// refundable is an error that says why); several call refundMany, which skips those that are not
// refundable. The result says which were refunded (from the Refunded events) and which were skipped.
func (c *Client) Refund(ctx context.Context, ids ...*big.Int) (*RefundResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	if len(ids) == 0 {
		return nil, invalid("give at least one packet id to refund")
	}
	data := c.abi.PackRefundMany(ids)
	ec := errContext{op: "refund"}
	if len(ids) == 1 {
		data, ec.id = c.abi.PackRefund(ids[0]), ids[0]
	}
	k := call{to: c.escrow, data: data, ctx: ec, pushes: len(ids)}
	var r *types.Receipt
	var err error
	if len(ids) == 1 {
		r, _, err = c.transactAfterDraws(ctx, ids[0], k)
	} else {
		r, err = c.transact(ctx, k)
	}
	if err != nil {
		return nil, err
	}
	return c.refundResult(r, ids), nil
}

func (c *Client) refundResult(r *types.Receipt, ids []*big.Int) *RefundResult {
	res := &RefundResult{TxInfo: info(r), Refunded: []Refund{}, Skipped: []*big.Int{}}
	owed := map[common.Address]bool{}
	budget := map[string]uint64{}
	done := idSet{}
	for _, l := range c.escrowLogs(r) {
		if ev, err := c.abi.UnpackRefundedEvent(l); err == nil {
			res.Refunded = append(res.Refunded, Refund{ID: ev.Id, To: ev.To, Amount: ev.Amount})
			done.add(ev.Id)
		} else if ev, err := c.abi.UnpackOwedCreditedEvent(l); err == nil {
			owed[ev.Account] = true
		} else if ev, err := c.abi.UnpackOrgBudgetCreditedEvent(l); err == nil {
			budget[ev.Id.String()] = ev.OrgId
		}
	}
	for i := range res.Refunded {
		res.Refunded[i].Owed = owed[res.Refunded[i].To]
		res.Refunded[i].Budget = budget[res.Refunded[i].ID.String()]
	}
	for _, id := range ids {
		if _, ok := done[id.String()]; !ok {
			res.Skipped = append(res.Skipped, id)
		}
	}
	return res
}

// WithdrawOwed pays out what failed pushes left owed to the client's address in token, to `to` (zero: the
// client's own address).
func (c *Client) WithdrawOwed(ctx context.Context, token, to common.Address) (*OwedResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	if to == (common.Address{}) {
		to = c.from
	}
	r, err := c.transact(ctx, call{to: c.escrow, data: c.abi.PackWithdrawOwed(token, to),
		ctx: errContext{op: "withdraw what is owed", token: &token}})
	if err != nil {
		return nil, err
	}
	res := &OwedResult{TxInfo: info(r), Token: token, Amount: new(big.Int), To: to}
	for _, l := range c.escrowLogs(r) {
		if ev, err := c.abi.UnpackOwedWithdrawnEvent(l); err == nil {
			res.Amount, res.To = ev.Amount, ev.To
		}
	}
	return res, nil
}

// SetPolicy sets token's minimum share and undo tiers for packets sent from now on (the policy admin only).
func (c *Client) SetPolicy(ctx context.Context, token common.Address, p Policy) (*TxInfo, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	minShare := p.MinShare
	if minShare == nil {
		minShare = big.NewInt(1)
	}
	tiers := make([]escrow.IHongbaoEscrowTier, 0, len(p.Tiers))
	for _, t := range p.Tiers {
		w, err := seconds(t.Window, "undo window")
		if err != nil {
			return nil, err
		}
		if t.MaxAmount == nil || t.MaxAmount.Sign() < 0 || t.MaxAmount.Cmp(maxAmount) > 0 {
			return nil, invalid("every tier needs a maximum amount between 0 and 2^128 - 1 base units")
		}
		tiers = append(tiers, escrow.IHongbaoEscrowTier{MaxAmount: t.MaxAmount, Window: w, Consent: t.Consent})
	}
	if minShare.Sign() < 0 || minShare.BitLen() > 96 {
		return nil, invalid("the minimum share must be between 1 and 2^96 - 1 base units")
	}
	r, err := c.transact(ctx, call{to: c.escrow, data: c.abi.PackSetTokenPolicy(token, minShare, tiers),
		ctx: errContext{op: "set the token policy", token: &token}})
	if err != nil {
		return nil, err
	}
	ti := info(r)
	return &ti, nil
}
