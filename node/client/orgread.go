package client

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// The organisation events Org reads; each has the organisation's id as its first indexed topic.
var orgTopics = []common.Hash{
	escrowABI.Events["OrgCreated"].ID,
	escrowABI.Events["OrgAdminAdded"].ID,
	escrowABI.Events["OrgAdminRemoved"].ID,
	escrowABI.Events["OrgMemberSet"].ID,
	escrowABI.Events["OrgFunded"].ID,
	escrowABI.Events["OrgBudgetCredited"].ID,
	escrowABI.Events["OrgBudgetWithdrawn"].ID,
}

// Org is an organisation (rules §5) as the tools show it.
type Org struct {
	ID uint64
	// Creator and CreatedBlock come from the OrgCreated log (zero when the log scan starts after it).
	Creator      common.Address
	CreatedBlock uint64
	// Treasury is the treasury in effect now; PendingTreasury (zero: none) replaces it at TreasuryChangeAt.
	Treasury         common.Address
	PendingTreasury  common.Address
	TreasuryChangeAt time.Time
	// AdminCount is the contract's count; Admins is rebuilt from the OrgAdminAdded / OrgAdminRemoved logs, in
	// the order they were (last) added (shorter than AdminCount only when the log scan starts too late).
	AdminCount uint32
	Admins     []common.Address
	// Members has every (member, token) pair an admin ever set, as it stands now (Active false: removed).
	Members []OrgMember
	// Budgets has every token the organisation was ever funded in, credited or paid out, with what is left.
	Budgets []Budget
	Now     time.Time // the chain time it was read at
}

// Budget is an organisation's unused budget in one token.
type Budget struct {
	Token    common.Address
	Symbol   string
	Decimals uint8
	Amount   *big.Int
}

// OrgMember is a member's caps in one token and what it spent in the current UTC day.
type OrgMember struct {
	Org      uint64
	Member   common.Address
	Token    common.Address
	Symbol   string
	Decimals uint8
	// Active is false for an address that is not a member (never added, or removed). An active member can
	// send Token only with caps set for it (CanSend); a removed and re-added member starts with no caps.
	Active       bool
	PerPacketCap *big.Int
	DailyCap     *big.Int
	SpentToday   *big.Int
	LeftToday    *big.Int  // DailyCap - SpentToday (not below zero)
	DayResetsAt  time.Time // the next UTC midnight, when SpentToday goes back to zero
}

// Org reads organisation id: its treasury (and a pending change), its admins, its members and its budgets.
// The lists are rebuilt from the organisation's logs from the client's FromBlock on.
func (c *Client) Org(ctx context.Context, id uint64) (*Org, error) {
	return c.org(ctx, id, c.orgLogs)
}

// OrgFromLogs is Org with the organisation's logs taken from logs (a local index's copy of them) instead of
// read from the chain; the state (treasury, caps, budgets) is still read from the chain. logs may hold other
// events too: only the organisation's own are replayed, in chain order.
func (c *Client) OrgFromLogs(ctx context.Context, id uint64, logs []types.Log) (*Org, error) {
	return c.org(ctx, id, func(context.Context, uint64) ([]types.Log, error) {
		return sortLogs(orgOwnLogs(logs, id)), nil
	})
}

// org is Org with the organisation's logs from orgLogs.
func (c *Client) org(ctx context.Context, id uint64, orgLogs func(context.Context, uint64) ([]types.Log, error)) (*Org, error) {
	v, err := c.orgView(ctx, id)
	if err != nil {
		return nil, err
	}
	now, err := c.blockTime(ctx, nil)
	if err != nil {
		return nil, err
	}
	o := &Org{ID: id, Treasury: v.Treasury, PendingTreasury: v.PendingTreasury,
		TreasuryChangeAt: unixTime(v.TreasuryChangeAt), AdminCount: v.AdminCount, Now: now,
		Members: []OrgMember{}, Budgets: []Budget{}}
	logs, err := orgLogs(ctx, id)
	if err != nil {
		return nil, err
	}
	members, tokens := c.replayOrgLogs(o, logs)
	for _, m := range members {
		om, err := c.orgMember(ctx, id, m.member, m.token) // the organisation exists: read above
		if err != nil {
			return nil, err
		}
		o.Members = append(o.Members, *om)
	}
	for _, t := range tokens {
		b, err := c.budget(ctx, id, t)
		if err != nil {
			return nil, err
		}
		o.Budgets = append(o.Budgets, b)
	}
	return o, nil
}

type memberToken struct{ member, token common.Address }

// replayOrgLogs fills in the creator and the admins of o, and returns the (member, token) pairs and the
// budget tokens the logs mention, each once, in the order first seen.
func (c *Client) replayOrgLogs(o *Org, logs []types.Log) ([]memberToken, []common.Address) {
	var admins, tokens []common.Address
	var members []memberToken
	seenMember, seenToken := map[memberToken]bool{}, map[common.Address]bool{}
	addToken := func(t common.Address) {
		if !seenToken[t] {
			seenToken[t] = true
			tokens = append(tokens, t)
		}
	}
	for i := range logs {
		l := &logs[i]
		if ev, err := c.abi.UnpackOrgCreatedEvent(l); err == nil {
			o.Creator, o.CreatedBlock = ev.Creator, l.BlockNumber
		} else if ev, err := c.abi.UnpackOrgAdminAddedEvent(l); err == nil {
			admins = append(without(admins, ev.Admin), ev.Admin)
		} else if ev, err := c.abi.UnpackOrgAdminRemovedEvent(l); err == nil {
			admins = without(admins, ev.Admin)
		} else if ev, err := c.abi.UnpackOrgMemberSetEvent(l); err == nil {
			if mt := (memberToken{ev.Member, ev.Token}); !seenMember[mt] {
				seenMember[mt] = true
				members = append(members, mt)
			}
		} else if ev, err := c.abi.UnpackOrgFundedEvent(l); err == nil {
			addToken(ev.Token)
		} else if ev, err := c.abi.UnpackOrgBudgetCreditedEvent(l); err == nil {
			addToken(ev.Token)
		} else if ev, err := c.abi.UnpackOrgBudgetWithdrawnEvent(l); err == nil {
			addToken(ev.Token)
		}
	}
	o.Admins = append([]common.Address{}, admins...)
	return members, tokens
}

// without returns list without a.
func without(list []common.Address, a common.Address) []common.Address {
	out := list[:0]
	for _, x := range list {
		if x != a {
			out = append(out, x)
		}
	}
	return out
}

// orgLogs returns the logs of organisation id, in chain order.
func (c *Client) orgLogs(ctx context.Context, id uint64) ([]types.Log, error) {
	logs, err := c.filter(ctx, [][]common.Hash{orgTopics, {orgTopic(id)}}, c.fromBlock)
	if err != nil {
		return nil, err
	}
	return sortLogs(logs), nil
}

func orgTopic(id uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(id)) }

// orgOwnLogs keeps the logs that orgLogs would read for organisation id: its events of orgTopics.
func orgOwnLogs(logs []types.Log, id uint64) []types.Log {
	var out []types.Log
	for _, l := range logs {
		if len(l.Topics) >= 2 && slices.Contains(orgTopics, l.Topics[0]) && l.Topics[1] == orgTopic(id) {
			out = append(out, l)
		}
	}
	return out
}

// sortLogs puts logs in chain order.
func sortLogs(logs []types.Log) []types.Log {
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	return logs
}

// CanSend reports whether the member may send packets of Token from the budget at all (today's spending
// and the budget aside).
func (m *OrgMember) CanSend() bool {
	return m.Active && m.PerPacketCap.Sign() > 0 && m.DailyCap.Sign() > 0
}

// OrgMember reads member's caps in token for organisation id, and what it spent in the current UTC day.
func (c *Client) OrgMember(ctx context.Context, id uint64, member, token common.Address) (*OrgMember, error) {
	if _, err := c.orgView(ctx, id); err != nil {
		return nil, err
	}
	return c.orgMember(ctx, id, member, token)
}

// orgMember is OrgMember of an organisation known to exist.
func (c *Client) orgMember(ctx context.Context, id uint64, member, token common.Address) (*OrgMember, error) {
	ti, err := c.tokenInfo(ctx, token)
	if err != nil {
		return nil, err
	}
	v, err := read(ctx, c, c.abi.PackOrgMember(id, member, token), c.abi.UnpackOrgMember, false, "orgMember")
	if err != nil {
		return nil, err
	}
	left := new(big.Int).Sub(v.DailyCap, v.SpentToday)
	if left.Sign() < 0 {
		left.SetInt64(0)
	}
	return &OrgMember{Org: id, Member: member, Token: token, Symbol: ti.symbol, Decimals: ti.decimals, Active: v.Active,
		PerPacketCap: v.PerPacketCap, DailyCap: v.DailyCap, SpentToday: v.SpentToday, LeftToday: left,
		DayResetsAt: unixTime(v.DayResetsAt)}, nil
}

// OrgBudget reads the unused budget of organisation id in token (base units).
func (c *Client) OrgBudget(ctx context.Context, id uint64, token common.Address) (*big.Int, error) {
	if _, err := c.orgView(ctx, id); err != nil {
		return nil, err
	}
	return read(ctx, c, c.abi.PackOrgBudget(id, token), c.abi.UnpackOrgBudget, false, "orgBudget")
}

func (c *Client) budget(ctx context.Context, id uint64, token common.Address) (Budget, error) {
	ti, err := c.tokenInfo(ctx, token)
	if err != nil {
		return Budget{}, err
	}
	amount, err := read(ctx, c, c.abi.PackOrgBudget(id, token), c.abi.UnpackOrgBudget, false, "orgBudget")
	if err != nil {
		return Budget{}, err
	}
	return Budget{Token: token, Symbol: ti.symbol, Decimals: ti.decimals, Amount: amount}, nil
}

// budgetAt reads an organisation's budget as of block n (right after a transaction, whatever came later).
func (c *Client) budgetAt(ctx context.Context, id uint64, token common.Address, n *big.Int) (*big.Int, error) {
	out, err := c.backend.CallContract(ctx, ethereum.CallMsg{To: &c.escrow, Data: c.abi.PackOrgBudget(id, token)}, n)
	if err != nil {
		return nil, c.wrapRPC(err, "read the organisation's budget")
	}
	v, err := c.abi.UnpackOrgBudget(out)
	if err != nil {
		return nil, &Error{Code: CodeRPC, Message: fmt.Sprintf("cannot decode the escrow's answer to orgBudget: %v", err), Err: err}
	}
	return v, nil
}

// orgView reads organisation id at the head and fails with OrgNotFound when there is none.
func (c *Client) orgView(ctx context.Context, id uint64) (escrow.IHongbaoEscrowOrgView, error) {
	v, err := read(ctx, c, c.abi.PackGetOrg(id), c.abi.UnpackGetOrg, false, "getOrg")
	if err != nil {
		return v, err
	}
	if v.Id == 0 {
		return v, c.explain(ctx, &escrow.HongbaoEscrowOrgNotFound{OrgId: id}, errContext{org: id})
	}
	return v, nil
}
