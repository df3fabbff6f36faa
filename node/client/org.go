package client

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
)

// The operations of organisations (rules §5), as decoded errors mention them ("only an admin of
// organisation 1 can fund the budget").
const (
	opAddAdmin       = "add an admin"
	opRemoveAdmin    = "remove an admin"
	opSetMember      = "set a member's caps"
	opRemoveMember   = "remove a member"
	opFundOrg        = "fund the budget"
	opWithdrawBudget = "withdraw from the budget"
	opChangeTreasury = "change the treasury"
	opCreateOrg      = "create an organisation"
)

// OrgAdminResult.Event values.
const (
	eventAdminAdded   = "OrgAdminAdded"
	eventAdminRemoved = "OrgAdminRemoved"
)

// CreateOrgResult is what CreateOrg did.
type CreateOrgResult struct {
	TxInfo
	ID       uint64 // the new organisation (sequential from 1)
	Creator  common.Address
	Treasury common.Address
}

// OrgAdminResult is what AddOrgAdmin or RemoveOrgAdmin did.
type OrgAdminResult struct {
	TxInfo
	Org   uint64
	Admin common.Address
	Event string // "OrgAdminAdded" or "OrgAdminRemoved"
}

// OrgMemberResult is what SetOrgMember or RemoveOrgMember did.
type OrgMemberResult struct {
	TxInfo
	Org    uint64
	Member common.Address
	// Removed: RemoveOrgMember stopped the member for every token (its live packets stay as they are).
	Removed bool
	// SetOrgMember: the caps now in force for Token.
	Token        common.Address
	PerPacketCap *big.Int
	DailyCap     *big.Int
}

// FundOrgResult is what FundOrg did.
type FundOrgResult struct {
	TxInfo
	Org    uint64
	Token  common.Address
	From   common.Address
	Amount *big.Int // credited to the budget (for a fee-on-transfer token less than the amount sent)
	Budget *big.Int // the organisation's budget in Token right after
	// Approval is the approve transaction sent first when the escrow's ERC-20 allowance was short.
	Approval *TxInfo
}

// OrgWithdrawResult is what WithdrawOrgBudget did.
type OrgWithdrawResult struct {
	TxInfo
	Org    uint64
	Token  common.Address
	To     common.Address // the treasury in effect at the block
	Amount *big.Int
	// Owed is the part credited to the treasury's pull balance because the push failed (the treasury rejects
	// ETH, or the token blocks it); the treasury takes it with WithdrawOwed. Zero when it was paid.
	Owed *big.Int
}

// TreasuryChangeResult is what RequestTreasuryChange did.
type TreasuryChangeResult struct {
	TxInfo
	Org         uint64
	Treasury    common.Address // the treasury asked for
	EffectiveAt time.Time      // until then the current treasury stays
}

// CreateOrg creates an organisation with the client as its first admin and treasury as the only address its
// unused budget can go back to.
func (c *Client) CreateOrg(ctx context.Context, treasury common.Address) (*CreateOrgResult, error) {
	if treasury == (common.Address{}) {
		return nil, invalid("an organisation needs a treasury address: unused budget can only go back there")
	}
	r, err := c.orgTx(ctx, call{to: c.escrow, data: c.abi.PackCreateOrg(treasury), ctx: errContext{op: opCreateOrg}})
	if err != nil {
		return nil, err
	}
	ev, err := findEvent(c, r, c.abi.UnpackOrgCreatedEvent, "OrgCreated")
	if err != nil {
		return nil, err
	}
	return &CreateOrgResult{TxInfo: info(r), ID: ev.OrgId, Creator: ev.Creator, Treasury: ev.Treasury}, nil
}

// AddOrgAdmin makes admin an admin of organisation orgID (admins only). Every admin can intercept every
// packet of the organisation.
func (c *Client) AddOrgAdmin(ctx context.Context, orgID uint64, admin common.Address) (*OrgAdminResult, error) {
	if admin == (common.Address{}) {
		return nil, invalid("give the address of the new admin")
	}
	return c.adminTx(ctx, orgID, admin, opAddAdmin, c.abi.PackAddOrgAdmin(orgID, admin))
}

// RemoveOrgAdmin removes admin from the admins of organisation orgID (admins only; the last admin stays).
func (c *Client) RemoveOrgAdmin(ctx context.Context, orgID uint64, admin common.Address) (*OrgAdminResult, error) {
	return c.adminTx(ctx, orgID, admin, opRemoveAdmin, c.abi.PackRemoveOrgAdmin(orgID, admin))
}

func (c *Client) adminTx(ctx context.Context, orgID uint64, admin common.Address, op string, data []byte) (*OrgAdminResult, error) {
	r, err := c.orgTx(ctx, call{to: c.escrow, data: data, ctx: errContext{op: op, org: orgID}})
	if err != nil {
		return nil, err
	}
	res := &OrgAdminResult{TxInfo: info(r), Org: orgID}
	for _, l := range c.escrowLogs(r) {
		if ev, err := c.abi.UnpackOrgAdminAddedEvent(l); err == nil {
			res.Admin, res.Event = ev.Admin, eventAdminAdded
			return res, nil
		}
		if ev, err := c.abi.UnpackOrgAdminRemovedEvent(l); err == nil {
			res.Admin, res.Event = ev.Admin, eventAdminRemoved
			return res, nil
		}
	}
	return nil, missingEvent(r, "OrgAdminAdded or OrgAdminRemoved")
}

// SetOrgMember lets member send packets of token from the budget of organisation orgID, each at most
// perPacketCap and together at most dailyCap per UTC calendar day (admins only; base units). Calling it
// again changes the caps; zero caps stop the member for that token only.
func (c *Client) SetOrgMember(ctx context.Context, orgID uint64, member, token common.Address, perPacketCap, dailyCap *big.Int) (*OrgMemberResult, error) {
	if member == (common.Address{}) {
		return nil, invalid("give the address of the member")
	}
	for _, v := range []*big.Int{perPacketCap, dailyCap} {
		if v == nil || v.Sign() < 0 || v.Cmp(maxAmount) > 0 {
			return nil, invalid("a member's per-packet and daily caps must be between 0 and 2^128 - 1 base units")
		}
	}
	r, err := c.orgTx(ctx, call{to: c.escrow, data: c.abi.PackSetOrgMember(orgID, member, token, perPacketCap, dailyCap),
		ctx: errContext{op: opSetMember, org: orgID, token: &token}})
	if err != nil {
		return nil, err
	}
	ev, err := findEvent(c, r, c.abi.UnpackOrgMemberSetEvent, "OrgMemberSet")
	if err != nil {
		return nil, err
	}
	return &OrgMemberResult{TxInfo: info(r), Org: orgID, Member: ev.Member, Token: ev.Token,
		PerPacketCap: ev.PerPacketCap, DailyCap: ev.DailyCap}, nil
}

// RemoveOrgMember stops member from sending from the budget of organisation orgID, for every token (admins
// only). The member's live packets stay as they are.
func (c *Client) RemoveOrgMember(ctx context.Context, orgID uint64, member common.Address) (*OrgMemberResult, error) {
	r, err := c.orgTx(ctx, call{to: c.escrow, data: c.abi.PackRemoveOrgMember(orgID, member),
		ctx: errContext{op: opRemoveMember, org: orgID}})
	if err != nil {
		return nil, err
	}
	ev, err := findEvent(c, r, c.abi.UnpackOrgMemberRemovedEvent, "OrgMemberRemoved")
	if err != nil {
		return nil, err
	}
	return &OrgMemberResult{TxInfo: info(r), Org: orgID, Member: ev.Member, Removed: true}, nil
}

// FundOrg deposits amount of token (base units; ETH for the zero address) into the budget of organisation
// orgID (admins only). For an ERC-20 the escrow is approved for exactly the amount first when the allowance
// is short (fundOrg has no permit variant); the result carries what the budget was credited.
func (c *Client) FundOrg(ctx context.Context, orgID uint64, token common.Address, amount *big.Int) (*FundOrgResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	if amount == nil || amount.Sign() <= 0 {
		return nil, invalid("the amount to fund must be greater than 0")
	}
	ec := errContext{op: opFundOrg, org: orgID, token: &token}
	k := call{to: c.escrow, data: c.abi.PackFundOrg(orgID, token, amount), ctx: ec}
	res := &FundOrgResult{Org: orgID, Token: token}
	if token == (common.Address{}) {
		k.value = amount
	} else {
		c.tokenMu.Lock()
		defer c.tokenMu.Unlock()
		approval, err := c.prepareFunding(ctx, orgID, token, amount, ec)
		if err != nil {
			return nil, err
		}
		res.Approval = approval
	}
	r, err := c.transact(ctx, k)
	if err != nil {
		return nil, err
	}
	ev, err := findEvent(c, r, c.abi.UnpackOrgFundedEvent, "OrgFunded")
	if err != nil {
		return nil, err
	}
	res.TxInfo, res.From, res.Amount = info(r), ev.From, ev.Amount
	res.Budget, err = c.budgetAt(ctx, orgID, token, r.BlockNumber)
	return res, err
}

// prepareFunding runs the escrow's own checks of an ERC-20 funding (organisation, admin, balance) before an
// approve is spent on it, then approves exactly amount if the allowance is short. With no allowance the
// estimate would fail in the token, hiding NotOrgAdmin.
func (c *Client) prepareFunding(ctx context.Context, orgID uint64, token common.Address, amount *big.Int, ec errContext) (*TxInfo, error) {
	if err := c.checkOrgAdmin(ctx, orgID, ec); err != nil {
		return nil, err
	}
	bal, err := c.Balance(ctx, token, c.from)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(amount) < 0 {
		return nil, c.explainToken(ctx, &mocks.BlocklistTokenERC20InsufficientBalance{Sender: c.from, Balance: bal, Needed: amount}, ec)
	}
	allowance, err := c.allowance(ctx, token)
	if err != nil || allowance.Cmp(amount) >= 0 {
		return nil, err
	}
	r, err := c.approve(ctx, token, amount)
	if err != nil {
		return nil, err
	}
	ti := info(r)
	return &ti, nil
}

// IsOrgAdmin reports whether who is an admin of organisation orgID now (at the head), as the escrow checks it
// at intercept time (C6). An organisation that does not exist has no admins.
func (c *Client) IsOrgAdmin(ctx context.Context, orgID uint64, who common.Address) (bool, error) {
	return read(ctx, c, c.abi.PackIsOrgAdmin(orgID, who), c.abi.UnpackIsOrgAdmin, false, "isOrgAdmin")
}

// checkOrgAdmin fails with the escrow's own OrgNotFound or NotOrgAdmin sentence when the client cannot act as
// an admin of orgID.
func (c *Client) checkOrgAdmin(ctx context.Context, orgID uint64, ec errContext) error {
	if _, err := c.orgView(ctx, orgID); err != nil {
		return err
	}
	ok, err := read(ctx, c, c.abi.PackIsOrgAdmin(orgID, c.from), c.abi.UnpackIsOrgAdmin, true, "isOrgAdmin")
	if err != nil {
		return err
	}
	if !ok {
		return c.explain(ctx, &escrow.HongbaoEscrowNotOrgAdmin{OrgId: orgID, Account: c.from}, ec)
	}
	return nil
}

// WithdrawOrgBudget returns amount of token's unused budget of organisation orgID to its treasury (admins
// only; the treasury is the only possible receiver). If the push to the treasury fails, the amount is
// credited to the treasury's pull balance (result.Owed).
func (c *Client) WithdrawOrgBudget(ctx context.Context, orgID uint64, token common.Address, amount *big.Int) (*OrgWithdrawResult, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, invalid("the amount to withdraw must be greater than 0")
	}
	r, err := c.orgTx(ctx, call{to: c.escrow, data: c.abi.PackWithdrawOrgBudget(orgID, token, amount),
		ctx: errContext{op: opWithdrawBudget, org: orgID, token: &token}})
	if err != nil {
		return nil, err
	}
	ev, err := findEvent(c, r, c.abi.UnpackOrgBudgetWithdrawnEvent, "OrgBudgetWithdrawn")
	if err != nil {
		return nil, err
	}
	res := &OrgWithdrawResult{TxInfo: info(r), Org: orgID, Token: ev.Token, To: ev.To, Amount: ev.Amount, Owed: new(big.Int)}
	for _, l := range c.escrowLogs(r) {
		if ow, err := c.abi.UnpackOwedCreditedEvent(l); err == nil && ow.Account == ev.To && ow.Token == ev.Token {
			res.Owed = ow.Amount
		}
	}
	return res, nil
}

// RequestTreasuryChange asks to change the treasury of organisation orgID (admins only); the change takes
// effect 24h later (rules §5). A new request replaces a pending one.
func (c *Client) RequestTreasuryChange(ctx context.Context, orgID uint64, treasury common.Address) (*TreasuryChangeResult, error) {
	if treasury == (common.Address{}) {
		return nil, invalid("give the address of the new treasury")
	}
	r, err := c.orgTx(ctx, call{to: c.escrow, data: c.abi.PackRequestTreasuryChange(orgID, treasury),
		ctx: errContext{op: opChangeTreasury, org: orgID}})
	if err != nil {
		return nil, err
	}
	ev, err := findEvent(c, r, c.abi.UnpackOrgTreasuryChangeRequestedEvent, "OrgTreasuryChangeRequested")
	if err != nil {
		return nil, err
	}
	return &TreasuryChangeResult{TxInfo: info(r), Org: orgID, Treasury: ev.Treasury, EffectiveAt: unixTime(ev.EffectiveAt)}, nil
}

// orgTx sends an organisation transaction that moves no ETH from the client.
func (c *Client) orgTx(ctx context.Context, k call) (*types.Receipt, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	return c.transact(ctx, k)
}

// findEvent returns the first escrow event of the receipt that unpack accepts.
func findEvent[T any](c *Client, r *types.Receipt, unpack func(*types.Log) (T, error), name string) (T, error) {
	for _, l := range c.escrowLogs(r) {
		if ev, err := unpack(l); err == nil {
			return ev, nil
		}
	}
	var zero T
	return zero, missingEvent(r, name)
}

func missingEvent(r *types.Receipt, name string) error {
	return &Error{Code: CodeTxFailed, Message: fmt.Sprintf("transaction %s succeeded but has no %s event", r.TxHash.Hex(), name)}
}

// orgSendContext is the error context of a send from an organisation's budget.
func orgSendContext(p escrow.IHongbaoEscrowSendParams, orgID uint64) errContext {
	ec := sendContext(p)
	ec.org = orgID
	return ec
}

// orgOfSend is the organisation whose budget paid for the packet of a send receipt (0: none).
func (c *Client) orgOfSend(r *types.Receipt) uint64 {
	ev, err := findEvent(c, r, c.abi.UnpackOrgPacketSentEvent, "OrgPacketSent")
	if err != nil {
		return 0
	}
	return ev.OrgId
}
