package client

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// explainInContext covers the sentences that read better when the operation is known: an organisation's
// operations (which organisation, which caps), the security lock's, and interceptions of an organisation's
// packets. It returns "" when the general sentence of explain is the right one.
func (c *Client) explainInContext(ctx context.Context, v any, ec errContext) (string, string) {
	switch e := v.(type) {
	case *escrow.HongbaoEscrowNotOrgAdmin:
		if !isOrgOp(ec.op) {
			return "", ""
		}
		return "NotOrgAdmin", fmt.Sprintf("only an admin of organisation %d can %s, and %s is not one; `hongbao org show %d` lists its admins",
			e.OrgId, ec.op, e.Account.Hex(), e.OrgId)
	case *escrow.HongbaoEscrowNotOrgMember:
		if ec.op != opRemoveMember {
			return "", ""
		}
		return "NotOrgMember", fmt.Sprintf("%s is not a member of organisation %d, so it cannot be removed", e.Account.Hex(), e.OrgId)
	case *escrow.HongbaoEscrowOverPacketCap:
		if ec.org == 0 {
			return "", ""
		}
		return "OverPacketCap", fmt.Sprintf("the packet of %s is above your per-packet cap of %s in organisation %d; send at most that, or ask an admin to raise the cap",
			c.amountIn(ctx, ec, e.Amount), c.amountIn(ctx, ec, e.Cap), ec.org)
	case *escrow.HongbaoEscrowOverDailyCap:
		return c.overDailyCap(ctx, e, ec)
	case *escrow.HongbaoEscrowInsufficientBudget:
		if ec.op != opWithdrawBudget {
			return "", ""
		}
		return "InsufficientBudget", fmt.Sprintf("organisation %d has only %s of unused budget, so %s cannot be withdrawn",
			e.OrgId, c.amountIn(ctx, ec, e.Available), c.amountIn(ctx, ec, e.Amount))
	case *escrow.HongbaoEscrowInvalidDelay:
		if ec.op != opSetLock {
			return "", ""
		}
		return "InvalidDelay", fmt.Sprintf("a security lock can ask for a cool-off of at most %s (the longest a packet can have), not %s",
			fmtSeconds(e.Max), fmtSeconds(e.Delay))
	case *escrow.HongbaoEscrowDelayTooShort:
		code, msg := c.explainSend(ctx, v, ec)
		return code, msg + c.pendingLoosening(ctx, ec)
	case *escrow.HongbaoEscrowNotGuardian:
		return c.notGuardianOfOrg(ctx, e, ec)
	}
	return "", ""
}

func isOrgOp(op string) bool {
	switch op {
	case opAddAdmin, opRemoveAdmin, opSetMember, opRemoveMember, opFundOrg, opWithdrawBudget, opChangeTreasury:
		return true
	}
	return false
}

// overDailyCap names the organisation and the daily cap itself when the send's organisation is known.
func (c *Client) overDailyCap(ctx context.Context, e *escrow.HongbaoEscrowOverDailyCap, ec errContext) (string, string) {
	if ec.org == 0 {
		return "", ""
	}
	ofCap := ""
	if token, ok := c.contextToken(ctx, ec); ok && c.key != nil {
		if m, err := c.OrgMember(ctx, ec.org, c.from, token); err == nil {
			ofCap = " of " + c.amountOf(ctx, token, m.DailyCap)
		}
	}
	return "OverDailyCap", fmt.Sprintf("the packet of %s is above what you may still send today from organisation %d (%s left of your daily cap%s); the cap resets at %s",
		c.amountIn(ctx, ec, e.Amount), ec.org, c.amountIn(ctx, ec, e.Left), ofCap, fmtTime(e.ResetsAt))
}

// notGuardianOfOrg explains a refused intercept of an organisation's packet: its admins could have done it.
func (c *Client) notGuardianOfOrg(ctx context.Context, e *escrow.HongbaoEscrowNotGuardian, ec errContext) (string, string) {
	if ec.id == nil {
		return "", ""
	}
	view, err := c.view(ctx, ec.id)
	if err != nil || view.OrgId == 0 {
		return "", ""
	}
	who, not := fmt.Sprintf("an admin of organisation %d", view.OrgId), "not one"
	if e.Guardian != (common.Address{}) {
		who, not = fmt.Sprintf("its guardian %s or %s", e.Guardian.Hex(), who), "neither"
	}
	return "NotGuardian", fmt.Sprintf("only %s can intercept packet %s, and you (%s) are %s; `hongbao org show %d` lists its admins",
		who, e.Id, c.from.Hex(), not, view.OrgId)
}
