package client

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
)

// explain turns a decoded custom error of the escrow ABI into a sentence. Code is the error's name.
func (c *Client) explain(ctx context.Context, v any, ec errContext) *Error {
	// Sentences that depend on the operation (an organisation's or the security lock's) come first; the
	// others read the same whatever was tried.
	code, msg := c.explainInContext(ctx, v, ec)
	if code == "" {
		code, msg = c.explainPacket(ctx, v, ec)
	}
	if code == "" {
		code, msg = c.explainSend(ctx, v, ec)
	}
	if code == "" {
		code, msg = c.explainOrg(ctx, v, ec)
	}
	if code == "" {
		code, msg = explainSealed(v, c.from)
	}
	if code == "" {
		code, msg = c.explainOther(ctx, v, ec)
	}
	return &Error{Code: code, Message: msg, Revert: v}
}

// explainPacket covers the errors about an existing packet's state and who may act on it.
func (c *Client) explainPacket(ctx context.Context, v any, ec errContext) (string, string) {
	switch e := v.(type) {
	case *escrow.HongbaoEscrowPacketNotFound:
		return "PacketNotFound", fmt.Sprintf("there is no packet %s on this escrow; check the id (`hongbao list` shows your packets)", e.Id)
	case *escrow.HongbaoEscrowPacketClosed:
		return "PacketClosed", fmt.Sprintf("packet %s is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)", e.Id)
	case *escrow.HongbaoEscrowNotYetReleased:
		return "NotYetReleased", fmt.Sprintf("packet %s is in its cool-off until %s; claims open then", e.Id, fmtTime(e.ReleaseAt))
	case *escrow.HongbaoEscrowPacketExpired:
		return "PacketExpired", fmt.Sprintf("packet %s expired at %s; anyone can now run `hongbao refund %s`", e.Id, fmtTime(e.ExpiresAt), e.Id)
	case *escrow.HongbaoEscrowNotExpired:
		return "NotExpired", fmt.Sprintf("packet %s has not expired: it can be refunded from %s", e.Id, fmtTime(e.ExpiresAt))
	case *escrow.HongbaoEscrowAlreadyClaimed:
		if e.Claimer == c.from {
			return "AlreadyClaimed", fmt.Sprintf("you already claimed packet %s (one claim per address)", e.Id)
		}
		return "AlreadyClaimed", fmt.Sprintf("%s already claimed packet %s (one claim per address)", e.Claimer.Hex(), e.Id)
	case *escrow.HongbaoEscrowNotRecipient:
		return "NotRecipient", notRecipient(e, ec)
	case *escrow.HongbaoEscrowInvalidClaimSignature:
		return "InvalidClaimSignature", fmt.Sprintf("this claim code is not the code of packet %s; check that you copied the code of this packet", e.Id)
	case *escrow.HongbaoEscrowNotInAllowlist:
		return "NotInAllowlist", fmt.Sprintf("%s is not on the allowlist of packet %s (or the proof is wrong); ask the sender for your proof", e.Claimer.Hex(), e.Id)
	case *escrow.HongbaoEscrowNotSender:
		return "NotSender", fmt.Sprintf("only the sender %s can %s packet %s; you are %s", e.Sender.Hex(), orDefault(ec.op, "take back"), e.Id, c.from.Hex())
	case *escrow.HongbaoEscrowCoolOffOver:
		return "CoolOffOver", fmt.Sprintf("the cool-off of packet %s ended at %s; run `hongbao withdraw %s` to use the clause that applies now", e.Id, fmtTime(e.ReleaseAt), e.Id)
	case *escrow.HongbaoEscrowNoUndoWindow:
		return "NoUndoWindow", fmt.Sprintf("packet %s has no undo window (its amount was above every undo tier of the token's policy); it can be refunded once it expires", e.Id)
	case *escrow.HongbaoEscrowUndoWindowClosed:
		return "UndoWindowClosed", fmt.Sprintf("the undo window of packet %s closed at %s; run `hongbao withdraw %s` to see what still applies", e.Id, fmtTime(e.UndoUntil), e.Id)
	case *escrow.HongbaoEscrowUndoAlreadyRequested:
		return "UndoAlreadyRequested", fmt.Sprintf("you already asked for packet %s back; it goes back when the recipient approves", e.Id)
	case *escrow.HongbaoEscrowNoUndoRequest:
		return "NoUndoRequest", fmt.Sprintf("the sender has not asked for packet %s back; to give it back anyway run `hongbao decline %s`", e.Id, e.Id)
	case *escrow.HongbaoEscrowNotDirect:
		return "NotDirect", fmt.Sprintf("packet %s is a group packet; only a Direct packet can be declined or have an undo approved", e.Id)
	case *escrow.HongbaoEscrowNotGuardian:
		if e.Guardian == (common.Address{}) {
			return "NotGuardian", fmt.Sprintf("packet %s has no guardian, so nobody can intercept it", e.Id)
		}
		return "NotGuardian", fmt.Sprintf("only the guardian %s can intercept packet %s; you are %s", e.Guardian.Hex(), e.Id, c.from.Hex())
	case *escrow.HongbaoEscrowNotClaimer:
		return "NotClaimer", fmt.Sprintf("%s has not claimed packet %s, so there is nothing to return", e.Account.Hex(), e.Id)
	case *escrow.HongbaoEscrowReturnExceedsClaim:
		return "ReturnExceedsClaim", fmt.Sprintf("you can return at most %s of packet %s (what you claimed and have not returned yet)",
			c.amountIn(ctx, ec, e.Max), e.Id)
	}
	return "", ""
}

func notRecipient(e *escrow.HongbaoEscrowNotRecipient, ec errContext) string {
	switch ec.op {
	case "", "claim":
		return fmt.Sprintf("only %s can claim packet %s", e.Recipient.Hex(), e.Id)
	default:
		return fmt.Sprintf("only the recipient %s can %s packet %s", e.Recipient.Hex(), ec.op, e.Id)
	}
}

// explainSend covers the errors of a send's parameters and amounts.
func (c *Client) explainSend(ctx context.Context, v any, ec errContext) (string, string) {
	switch e := v.(type) {
	case *escrow.HongbaoEscrowInvalidShares:
		if e.Max.Cmp(big.NewInt(1)) == 0 {
			return "InvalidShares", fmt.Sprintf("a Direct packet has exactly 1 share, not %s", e.Shares)
		}
		return "InvalidShares", fmt.Sprintf("a group packet needs 1 to %s shares, not %s", e.Max, e.Shares)
	case *escrow.HongbaoEscrowInvalidDelay:
		return "InvalidDelay", fmt.Sprintf("the cool-off can be at most %s, not %s", fmtSeconds(e.Max), fmtSeconds(e.Delay))
	case *escrow.HongbaoEscrowInvalidTtl:
		return "InvalidTtl", fmt.Sprintf("the claim period must be between %s and %s, not %s", fmtSeconds(e.Min), fmtSeconds(e.Max), fmtSeconds(e.Ttl))
	case *escrow.HongbaoEscrowAmountTooSmall:
		if e.Minimum.Cmp(big.NewInt(1)) == 0 && e.Amount.Sign() == 0 {
			return "AmountTooSmall", "the amount must be more than 0"
		}
		return "AmountTooSmall", fmt.Sprintf("the amount %s is too small: at least %s is needed (the token's minimum share times the number of shares)",
			c.amountIn(ctx, ec, e.Amount), c.amountIn(ctx, ec, e.Minimum))
	case *escrow.HongbaoEscrowAmountTooLarge:
		return "AmountTooLarge", fmt.Sprintf("the amount %s is larger than the largest possible packet (%s)", c.amountIn(ctx, ec, e.Amount), c.amountIn(ctx, ec, e.Max))
	case *escrow.HongbaoEscrowValueMismatch:
		return "ValueMismatch", fmt.Sprintf("the ETH attached (%s) does not match what is needed (%s); ERC-20 sends attach no ETH",
			c.amountOf(ctx, common.Address{}, e.Value), c.amountOf(ctx, common.Address{}, e.Amount))
	case *escrow.HongbaoEscrowMissingAuthority:
		return "MissingAuthority", "the packet needs a recipient (Direct), a claim key (claim-key group) or an allowlist root (allowlist group)"
	case *escrow.HongbaoEscrowUnexpectedAuthority:
		return "UnexpectedAuthority", "this kind of packet takes no recipient or allowlist root: give a recipient only for Direct packets, a list only for allowlist packets"
	case *escrow.HongbaoEscrowDelayTooShort:
		return "DelayTooShort", fmt.Sprintf("your security lock needs a cool-off of at least %s for sends above %s, and this send of %s has a shorter one; send it with a cool-off of %s or more",
			fmtSeconds(e.RequiredDelay), c.amountIn(ctx, ec, e.Threshold), c.amountIn(ctx, ec, e.Amount), fmtSeconds(e.RequiredDelay))
	}
	return "", ""
}

// explainOrg covers the errors of organisations (rules §5).
func (c *Client) explainOrg(ctx context.Context, v any, ec errContext) (string, string) {
	switch e := v.(type) {
	case *escrow.HongbaoEscrowOrgNotFound:
		return "OrgNotFound", fmt.Sprintf("there is no organisation %d on this escrow; check the id", e.OrgId)
	case *escrow.HongbaoEscrowNotOrgAdmin:
		return "NotOrgAdmin", fmt.Sprintf("%s is not an admin of organisation %d; ask one of its admins to do this", e.Account.Hex(), e.OrgId)
	case *escrow.HongbaoEscrowNotOrgMember:
		return "NotOrgMember", fmt.Sprintf("%s is not an active member of organisation %d for %s; an admin can add it with caps for that token",
			e.Account.Hex(), e.OrgId, c.symbolOf(ctx, e.Token))
	case *escrow.HongbaoEscrowAdminAlreadyAdded:
		return "AdminAlreadyAdded", fmt.Sprintf("%s is already an admin of organisation %d", e.Admin.Hex(), e.OrgId)
	case *escrow.HongbaoEscrowAdminNotFound:
		return "AdminNotFound", fmt.Sprintf("%s is not an admin of organisation %d, so it cannot be removed", e.Admin.Hex(), e.OrgId)
	case *escrow.HongbaoEscrowLastAdmin:
		return "LastAdmin", fmt.Sprintf("the last admin of organisation %d cannot be removed; add another admin first", e.OrgId)
	case *escrow.HongbaoEscrowOverPacketCap:
		return "OverPacketCap", fmt.Sprintf("the packet of %s is above your per-packet cap of %s in this organisation",
			c.amountIn(ctx, ec, e.Amount), c.amountIn(ctx, ec, e.Cap))
	case *escrow.HongbaoEscrowOverDailyCap:
		return "OverDailyCap", fmt.Sprintf("the packet of %s is above what you may still send today (%s); your daily cap resets at %s",
			c.amountIn(ctx, ec, e.Amount), c.amountIn(ctx, ec, e.Left), fmtTime(e.ResetsAt))
	case *escrow.HongbaoEscrowInsufficientBudget:
		return "InsufficientBudget", fmt.Sprintf("organisation %d has only %s in its budget but %s is needed; ask an admin to fund it",
			e.OrgId, c.amountIn(ctx, ec, e.Available), c.amountIn(ctx, ec, e.Amount))
	}
	return "", ""
}

// explainOther covers relaying, payouts, policy, and the OpenZeppelin errors of the escrow's ABI.
func (c *Client) explainOther(ctx context.Context, v any, ec errContext) (string, string) {
	switch e := v.(type) {
	case *escrow.HongbaoEscrowRelayDeadlinePassed:
		return "RelayDeadlinePassed", fmt.Sprintf("the relayed claim's deadline passed at %s; ask the claimer to sign a new one", fmtTime(e.Deadline))
	case *escrow.HongbaoEscrowInvalidClaimerSignature:
		return "InvalidClaimerSignature", fmt.Sprintf("the relay signature is not by %s for this relayer, fee and deadline; ask the claimer to sign it for relayer %s", e.Claimer.Hex(), c.from.Hex())
	case *escrow.HongbaoEscrowInsufficientGas:
		return "InsufficientGas", "the transaction had too little gas to pay the receiver safely; retry with a higher gas limit"
	case *escrow.HongbaoEscrowNothingOwed:
		return "NothingOwed", fmt.Sprintf("%s is owed nothing in %s", e.Account.Hex(), c.symbolOf(ctx, e.Token))
	case *escrow.HongbaoEscrowNativeTransferFailed:
		return "NativeTransferFailed", fmt.Sprintf("sending %s to %s failed: that account rejects ETH; use an address that can receive ETH",
			c.amountOf(ctx, common.Address{}, e.Amount), e.To.Hex())
	case *escrow.HongbaoEscrowInvalidPolicy:
		return "InvalidPolicy", "invalid policy: the minimum share must be at least 1 base unit (below 2^96), and at most 8 tiers sorted by strictly increasing maximum amount"
	case *escrow.HongbaoEscrowZeroAddress:
		return "ZeroAddress", "an address is required here, but the zero address was given"
	case *escrow.HongbaoEscrowInvalidTicket:
		return "InvalidTicket", fmt.Sprintf("this ticket does not belong to packet %s (wrong ticket code, or it was changed in transit); ask the sender for your ticket again", e.Id)
	case *escrow.HongbaoEscrowTicketAlreadyUsed:
		return "TicketAlreadyUsed", fmt.Sprintf("ticket %s of packet %s has already been used to claim a share; each ticket claims once", e.Index, e.Id)
	case *escrow.HongbaoEscrowInvalidTreasury:
		return "InvalidTreasury", fmt.Sprintf("%s cannot be a treasury: it is the escrow itself, and money sent there could never be withdrawn; give the organisation's own wallet", e.Treasury.Hex())
	case *escrow.HongbaoEscrowNotThroughEscrow:
		return "NotThroughEscrow", "this is the escrow's extension contract: call the escrow's address instead"
	case *escrow.HongbaoEscrowInvalidLuckyInput:
		return "InvalidLuckyInput", fmt.Sprintf("invalid lucky split input: %s left for %s shares is below the minimum share %s each", e.Rem, e.K, e.M)
	case *escrow.HongbaoEscrowSafeERC20FailedOperation:
		return "SafeERC20FailedOperation", fmt.Sprintf("the token %s (%s) refused the transfer; check the balance and allowance, and whether the token blocks one of the addresses",
			c.symbolOf(ctx, e.Token), e.Token.Hex())
	case *escrow.HongbaoEscrowOwnableUnauthorizedAccount:
		return "OwnableUnauthorizedAccount", fmt.Sprintf("only the policy admin %s can %s; you are %s", c.ownerHex(ctx), orDefault(ec.op, "do this"), e.Account.Hex())
	case *escrow.HongbaoEscrowOwnableInvalidOwner:
		return "OwnableInvalidOwner", fmt.Sprintf("%s cannot become the policy admin", e.Owner.Hex())
	case *escrow.HongbaoEscrowReentrancyGuardReentrantCall:
		return "ReentrancyGuardReentrantCall", "the escrow refused a re-entrant call: a contract tried to call back into the escrow during a payout"
	case *escrow.HongbaoEscrowStringTooLong:
		return "StringTooLong", fmt.Sprintf("the string %q is too long for the contract", e.Str)
	case *escrow.HongbaoEscrowInvalidShortString:
		return "InvalidShortString", "the contract read an invalid short string"
	}
	return CodeReverted, fmt.Sprintf("the transaction would revert with %T", v)
}

// explainToken covers the errors a token raises through the escrow's SafeERC20 calls (bubbled up), and the
// test token's Blocked.
func (c *Client) explainToken(ctx context.Context, v any, ec errContext) *Error {
	e := c.explainTokenError(ctx, v, ec)
	e.Revert = v
	return e
}

func (c *Client) explainTokenError(ctx context.Context, v any, ec errContext) *Error {
	switch e := v.(type) {
	case *mocks.BlocklistTokenERC20InsufficientBalance:
		return &Error{Code: "ERC20InsufficientBalance", Message: fmt.Sprintf("%s has only %s but %s is needed; get more first",
			e.Sender.Hex(), c.amountIn(ctx, ec, e.Balance), c.amountIn(ctx, ec, e.Needed))}
	case *mocks.BlocklistTokenERC20InsufficientAllowance:
		return &Error{Code: "ERC20InsufficientAllowance", Message: fmt.Sprintf("the escrow may spend only %s of your tokens but %s is needed; approve it first (or retry: the client approves when needed)",
			c.amountIn(ctx, ec, e.Allowance), c.amountIn(ctx, ec, e.Needed))}
	case *mocks.BlocklistTokenBlocked:
		return &Error{Code: "Blocked", Message: fmt.Sprintf("the token blocks %s, so it cannot send or receive it", e.Account.Hex())}
	case *mocks.BlocklistTokenERC20InvalidReceiver:
		return &Error{Code: "ERC20InvalidReceiver", Message: fmt.Sprintf("the token refuses to send to %s", e.Receiver.Hex())}
	case *mocks.BlocklistTokenERC20InvalidSender:
		return &Error{Code: "ERC20InvalidSender", Message: fmt.Sprintf("the token refuses to send from %s", e.Sender.Hex())}
	case *mocks.BlocklistTokenERC20InvalidSpender:
		return &Error{Code: "ERC20InvalidSpender", Message: fmt.Sprintf("the token refuses %s as a spender", e.Spender.Hex())}
	case *mocks.BlocklistTokenERC20InvalidApprover:
		return &Error{Code: "ERC20InvalidApprover", Message: fmt.Sprintf("the token refuses %s as an approver", e.Approver.Hex())}
	}
	return &Error{Code: CodeReverted, Message: fmt.Sprintf("the token reverted with %T", v)}
}

// amountIn formats an amount in the token of the error's context: the token given, else the packet's.
func (c *Client) amountIn(ctx context.Context, ec errContext, v *big.Int) string {
	token, ok := c.contextToken(ctx, ec)
	if !ok {
		return v.String() + " base units"
	}
	return c.amountOf(ctx, token, v)
}

func (c *Client) contextToken(ctx context.Context, ec errContext) (common.Address, bool) {
	if ec.token != nil {
		return *ec.token, true
	}
	if ec.id == nil {
		return common.Address{}, false
	}
	view, err := c.view(ctx, ec.id)
	if err != nil || view.Sender == (common.Address{}) {
		return common.Address{}, false
	}
	return view.Token, true
}

// amountOf formats v in token ("1.50 tCNY"), falling back to base units if the token cannot be read.
func (c *Client) amountOf(ctx context.Context, token common.Address, v *big.Int) string {
	ti, err := c.tokenInfo(ctx, token)
	if err != nil {
		return v.String() + " base units of " + token.Hex()
	}
	return ti.format(v)
}

func (c *Client) symbolOf(ctx context.Context, token common.Address) string {
	ti, err := c.tokenInfo(ctx, token)
	if err != nil {
		return token.Hex()
	}
	return ti.symbol
}

func (c *Client) ownerHex(ctx context.Context) string {
	owner, err := c.readOwner(ctx)
	if err != nil {
		return "(unknown)"
	}
	return owner.Hex()
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// fmtSeconds renders a contract duration in seconds the way people say it ("24h", "5m", "30 days").
func fmtSeconds(s *big.Int) string {
	if !s.IsInt64() || s.Int64() > int64(1<<62)/int64(time.Second) {
		return s.String() + "s"
	}
	return fmtDuration(time.Duration(s.Int64()) * time.Second)
}

func fmtDuration(d time.Duration) string {
	switch {
	case d >= 48*time.Hour && d%(24*time.Hour) == 0:
		return fmt.Sprintf("%d days", d/(24*time.Hour))
	case d >= time.Hour && d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d >= time.Minute && d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	}
	return d.String()
}
