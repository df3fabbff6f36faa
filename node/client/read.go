package client

import (
	"context"
	"fmt"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/units"
)

// Event signatures the client filters logs by.
var (
	escrowABI    = escrow.NewHongbaoEscrow().GetABI()
	topicSent    = escrowABI.Events["PacketSent"].ID
	topicClaimed = escrowABI.Events["Claimed"].ID
	// GuardianSet and OrgPacketSent are written at send: who guards a packet (List's GuardedBy).
	topicGuardianSet   = escrowABI.Events["GuardianSet"].ID
	topicOrgPacketSent = escrowABI.Events["OrgPacketSent"].ID
	// closingTopics are the events after which a packet holds nothing (a last claim aside).
	closingTopics = []common.Hash{
		escrowABI.Events["Refunded"].ID, escrowABI.Events["CoolOffWithdrawn"].ID, escrowABI.Events["Undone"].ID,
		escrowABI.Events["UndoApproved"].ID, escrowABI.Events["Declined"].ID, escrowABI.Events["Intercepted"].ID,
	}
)

// tokenInfo is a token's symbol and decimals.
type tokenInfo struct {
	symbol   string
	decimals uint8
}

func (t tokenInfo) format(v *big.Int) string { return units.FormatAmount(v, t.decimals, t.symbol) }

// callAt runs a read-only call of the escrow (or any contract) at the head, or at the pending block, where
// the next transaction runs.
func (c *Client) callAt(ctx context.Context, to common.Address, data []byte, pending bool) ([]byte, error) {
	msg := ethereum.CallMsg{To: &to, Data: data}
	if pending {
		return c.backend.PendingCallContract(ctx, msg)
	}
	return c.backend.CallContract(ctx, msg, nil)
}

// read calls the escrow at the head and unpacks the result; errors are decoded.
func read[T any](ctx context.Context, c *Client, data []byte, unpack func([]byte) (T, error), pending bool, what string) (T, error) {
	var zero T
	out, err := c.callAt(ctx, c.escrow, data, pending)
	if err != nil {
		return zero, c.decodeErr(ctx, err, errContext{op: "read " + what}, nil)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, &Error{Code: CodeRPC, Message: fmt.Sprintf("cannot decode the escrow's answer to %s: %v", what, err), Err: err}
	}
	return v, nil
}

// view reads a packet's view at the head. A packet that does not exist has a zero sender.
func (c *Client) view(ctx context.Context, id *big.Int) (escrow.IHongbaoEscrowPacketView, error) {
	v, err := read(ctx, c, c.abi.PackGetPacket(id), c.abi.UnpackGetPacket, false, "getPacket")
	if err == nil && v.Sender != (common.Address{}) {
		c.shapes.Store(id.String(), packetShape{kind: Kind(v.Kind), auth: AuthMode(v.Auth)})
	}
	return v, err
}

// packetShape is what a packet keeps from its send to the end: how it is claimed.
type packetShape struct {
	kind Kind
	auth AuthMode
}

// shape returns the kind and claim authorisation of an existing packet, from the last view read of it (they
// never change), else from a view; ok is false when there is no such packet.
func (c *Client) shape(ctx context.Context, id *big.Int) (sh packetShape, ok bool, err error) {
	if v, found := c.shapes.Load(id.String()); found {
		return v.(packetShape), true, nil
	}
	v, err := c.view(ctx, id)
	if err != nil || v.Sender == (common.Address{}) {
		return packetShape{}, false, err
	}
	return packetShape{kind: Kind(v.Kind), auth: AuthMode(v.Auth)}, true, nil
}

// existing reads a packet's view and fails with PacketNotFound when there is no such packet.
func (c *Client) existing(ctx context.Context, id *big.Int) (escrow.IHongbaoEscrowPacketView, error) {
	v, err := c.view(ctx, id)
	if err != nil {
		return v, err
	}
	if v.Sender == (common.Address{}) {
		return v, &Error{Code: "PacketNotFound", Message: fmt.Sprintf(
			"there is no packet %s on this escrow; check the id (`hongbao list` shows your packets)", id)}
	}
	return v, nil
}

// DeployBlock is the block the escrow was deployed in (its deployBlock()): where log scans start (rules §5b).
func (c *Client) DeployBlock(ctx context.Context) (uint64, error) {
	n, err := deploy.DeployBlock(ctx, c.backend, c.escrow)
	if err != nil {
		return 0, c.wrapRPC(err, "read the escrow's deployBlock()")
	}
	return n, nil
}

// FromBlock is the first block the client's log scans read.
func (c *Client) FromBlock() uint64 { return c.fromBlock }

func (c *Client) readOwner(ctx context.Context) (common.Address, error) {
	return read(ctx, c, c.abi.PackOwner(), c.abi.UnpackOwner, false, "owner")
}

// TokenInfo returns a token's symbol and decimals ("ETH", 18 for the zero address). Results are cached.
func (c *Client) TokenInfo(ctx context.Context, token common.Address) (string, uint8, error) {
	ti, err := c.tokenInfo(ctx, token)
	if err != nil {
		return "", 0, err
	}
	return ti.symbol, ti.decimals, nil
}

func (c *Client) tokenInfo(ctx context.Context, token common.Address) (tokenInfo, error) {
	if token == (common.Address{}) {
		return tokenInfo{symbol: "ETH", decimals: 18}, nil
	}
	if v, ok := c.tokenMap.Load(token); ok {
		return v.(tokenInfo), nil
	}
	out, err := c.callAt(ctx, token, c.erc20.PackDecimals(), false)
	if err != nil && !isRevert(err) {
		return tokenInfo{}, c.wrapRPC(err, "read the token's decimals")
	}
	var dec uint8
	if err == nil {
		dec, err = c.erc20.UnpackDecimals(out)
	}
	if err != nil {
		return tokenInfo{}, &Error{Code: CodeNotToken, Message: fmt.Sprintf(
			"%s does not answer decimals() as an ERC-20 token does; check the token address", token.Hex()), Err: err}
	}
	ti := tokenInfo{symbol: c.readSymbol(ctx, token), decimals: dec}
	c.tokenMap.Store(token, ti)
	return ti, nil
}

// readSymbol reads symbol() as a string, or as bytes32 (old tokens such as MKR); failing both it returns a
// short form of the address.
func (c *Client) readSymbol(ctx context.Context, token common.Address) string {
	out, err := c.callAt(ctx, token, c.erc20.PackSymbol(), false)
	if err == nil {
		if s, uerr := c.erc20.UnpackSymbol(out); uerr == nil && s != "" {
			return s
		}
		if len(out) == 32 {
			if s := strings.TrimRight(string(out), "\x00"); s != "" {
				return s
			}
		}
	}
	return token.Hex()[:8] + "…"
}

func isRevert(err error) bool {
	_, ok := revertData(err)
	return ok
}

// Balance returns who's balance of token (ETH for the zero address), in base units.
func (c *Client) Balance(ctx context.Context, token, who common.Address) (*big.Int, error) {
	if token == (common.Address{}) {
		b, err := c.backend.BalanceAt(ctx, who, nil)
		if err != nil {
			return nil, c.wrapRPC(err, "read the balance")
		}
		return b, nil
	}
	out, err := c.callAt(ctx, token, c.erc20.PackBalanceOf(who), false)
	if err != nil {
		return nil, c.decodeErr(ctx, err, errContext{op: "read a balance"}, nil)
	}
	b, err := c.erc20.UnpackBalanceOf(out)
	if err != nil {
		return nil, &Error{Code: CodeNotToken, Message: fmt.Sprintf("%s does not answer balanceOf() as an ERC-20 token does", token.Hex()), Err: err}
	}
	return b, nil
}

// Owed returns what failed pushes left owed to who in token (WithdrawOwed pays it).
func (c *Client) Owed(ctx context.Context, token, who common.Address) (*big.Int, error) {
	return read(ctx, c, c.abi.PackOwed(token, who), c.abi.UnpackOwed, false, "owed")
}

// Withdrawable reports the clause the sender of packet id can use now (in the pending block, where a
// transaction would run), what it would move, and until when it applies (for ClauseNone on a live packet:
// when a refund becomes possible; zero when open-ended or closed).
func (c *Client) Withdrawable(ctx context.Context, id *big.Int) (Clause, *big.Int, time.Time, error) {
	w, err := read(ctx, c, c.abi.PackWithdrawable(id), c.abi.UnpackWithdrawable, true, "withdrawable")
	if err != nil {
		return ClauseNone, nil, time.Time{}, err
	}
	return Clause(w.Clause), w.Amount, unixTime(w.Until), nil
}

func unixTime(v *big.Int) time.Time {
	if v == nil || v.Sign() == 0 {
		return time.Time{}
	}
	return time.Unix(v.Int64(), 0).UTC()
}

// Policy reads token's policy: minimum share and undo tiers.
func (c *Client) Policy(ctx context.Context, token common.Address) (*Policy, error) {
	out, err := read(ctx, c, c.abi.PackTokenPolicy(token), c.abi.UnpackTokenPolicy, false, "tokenPolicy")
	if err != nil {
		return nil, err
	}
	p := &Policy{MinShare: out.MinShare, Tiers: []Tier{}}
	for _, t := range out.Tiers {
		p.Tiers = append(p.Tiers, Tier{MaxAmount: t.MaxAmount, Window: time.Duration(t.Window) * time.Second, Consent: t.Consent})
	}
	return p, nil
}

// Packet reads packet id: its state, its claims so far, its token's symbol and decimals, and who can still
// take it back until when. Its logs are read over the blocks of its life only (see packetLogs), so the cost
// does not grow with the age of the chain.
func (c *Client) Packet(ctx context.Context, id *big.Int) (*Packet, error) {
	v, err := c.existing(ctx, id)
	if err != nil {
		return nil, err
	}
	sp, err := c.chainSpan(ctx)
	if err != nil {
		return nil, err
	}
	p, err := c.packetFromView(ctx, v, time.Unix(int64(sp.hiTime), 0).UTC())
	if err != nil {
		return nil, err
	}
	logs, err := c.packetLogs(ctx, id, v, sp)
	if err != nil {
		return nil, err
	}
	c.addLogs(p, logs)
	if p.Kind == SealedLucky && p.Status != StatusClosed {
		if p.Pending, err = c.PendingDraws(ctx, id); err != nil {
			return nil, err
		}
		p.TakeBack = takeBacks(p)
	}
	return p, nil
}

// PacketState reads packet id as the escrow holds it now, without its logs: no total and no claims (Packet
// has them). It costs one view call (and the token's symbol and decimals, once), for commands that act on a
// packet and only need its state.
func (c *Client) PacketState(ctx context.Context, id *big.Int) (*Packet, error) {
	v, err := c.existing(ctx, id)
	if err != nil {
		return nil, err
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, c.wrapRPC(err, "read the head block")
	}
	return c.packetFromView(ctx, v, time.Unix(int64(head.Time), 0).UTC())
}

// PacketStateAt is PacketState as of the time `now` the caller gives instead of the head's (the status is
// the escrow's either way): one header read less, for a command that only shows who and what.
func (c *Client) PacketStateAt(ctx context.Context, id *big.Int, now time.Time) (*Packet, error) {
	v, err := c.existing(ctx, id)
	if err != nil {
		return nil, err
	}
	return c.packetFromView(ctx, v, now.UTC())
}

// packetLogs reads the PacketSent and Claimed logs of a packet without scanning the chain: its PacketSent log
// is in the block stamped with its createdAt (found by timestamp), and its claims follow it. They are read
// forward from the send, a reader's range at a time, until all are seen: the view's count for a live
// packet; for a closed one, until its closing event, or its last share.
func (c *Client) packetLogs(ctx context.Context, id *big.Int, v escrow.IHongbaoEscrowPacketView, sp span) ([]types.Log, error) {
	sent, ev, err := c.findSentNear(ctx, id, v.CreatedAt.Uint64(), sp)
	if err != nil {
		return nil, err
	}
	out := []types.Log{*sent}
	closed := Status(v.Status) == StatusClosed
	if !closed && v.Claimed == 0 {
		return out, nil
	}
	step := c.window()
	topics := [][]common.Hash{append([]common.Hash{topicClaimed, topicSharePending}, closingTopics...), {common.BigToHash(id)}}
	// A sealed packet taken back while claims waited closes with their draws, after its closing event: every
	// claim (SharePending) is drawn (Claimed) by then.
	claims, taken := 0, 0
	sealed := Kind(ev.Kind) == SealedLucky
	for a := sent.BlockNumber; a <= sp.hi; {
		b := min(a+step-1, sp.hi)
		logs, err := c.fetch(ctx, topics, a, b)
		if err != nil {
			return nil, err
		}
		done := false
		for _, l := range logs {
			out = append(out, l)
			switch l.Topics[0] {
			case topicClaimed:
				claims++
			case topicSharePending:
				taken++
			default:
				done = true // a closing event: no claim comes after it (a sealed packet's: no new claim)
			}
		}
		switch {
		case !closed && claims >= int(v.Claimed), closed && (done || claims >= int(ev.Shares)) && (!sealed || claims >= taken):
			return out, nil
		}
		a = b + 1
	}
	return out, nil
}

// defaultWindow is the block range of a forward read when the log reader does not say its own.
const defaultWindow = 10_000

// window is the block range one log request covers: the reader's current page size.
func (c *Client) window() uint64 {
	if r, ok := c.logs.(interface{ Range() uint64 }); ok && r.Range() > 0 {
		return r.Range()
	}
	return defaultWindow
}

// findSent finds the PacketSent log of packet id, created at createdAt. A search over block timestamps that
// stops within half a page gives a page that holds it (one eth_getLogs, few header reads even where many
// blocks share a timestamp); failing that, the exact search.
func (c *Client) findSent(ctx context.Context, id *big.Int, createdAt uint64, sp span) (*types.Log, *escrow.HongbaoEscrowPacketSent, error) {
	step := c.window()
	lo, _, err := c.firstBlockWithin(ctx, sp, createdAt, step/2)
	if err != nil {
		return nil, nil, err
	}
	logs, err := c.fetch(ctx, [][]common.Hash{{topicSent}, {common.BigToHash(id)}}, lo, min(lo+step-1, sp.hi))
	if err != nil {
		return nil, nil, err
	}
	for i := range logs {
		if ev, err := c.abi.UnpackPacketSentEvent(&logs[i]); err == nil {
			return &logs[i], ev, nil
		}
	}
	from, _, err := c.firstBlockAt(ctx, sp, createdAt)
	if err != nil {
		return nil, nil, err
	}
	return c.sentLogFrom(ctx, id, createdAt, from, sp)
}

// sentLogFrom finds the PacketSent log of packet id, created at createdAt, from block `from` (the first block
// stamped at or after createdAt). On chains with at most one block a second, that one block holds it; else
// the blocks stamped createdAt are read.
func (c *Client) sentLogFrom(ctx context.Context, id *big.Int, createdAt, from uint64, sp span) (*types.Log, *escrow.HongbaoEscrowPacketSent, error) {
	topics := [][]common.Hash{{topicSent}, {common.BigToHash(id)}}
	logs, err := c.fetch(ctx, topics, from, from)
	if err != nil {
		return nil, nil, err
	}
	if len(logs) == 0 {
		_, next, err := c.firstBlockAt(ctx, sp, createdAt+1)
		if err != nil {
			return nil, nil, err
		}
		if next > from+1 {
			if logs, err = c.fetch(ctx, topics, from+1, min(next-1, sp.hi)); err != nil {
				return nil, nil, err
			}
		}
	}
	for i := range logs {
		if ev, err := c.abi.UnpackPacketSentEvent(&logs[i]); err == nil {
			return &logs[i], ev, nil
		}
	}
	if from <= c.fromBlock {
		return nil, nil, &Error{Code: CodeNotFound, Message: fmt.Sprintf(
			"the PacketSent log of packet %s is not on this node (is it pruned, or is the scan starting after block %d?)", id, c.fromBlock)}
	}
	return nil, nil, &Error{Code: CodeNotFound, Message: fmt.Sprintf(
		"the PacketSent log of packet %s is not in the blocks stamped with its creation time %s (from block %d); is the node pruned?",
		id, fmtUnix(int64(createdAt)), from)}
}

func (c *Client) packetFromView(ctx context.Context, v escrow.IHongbaoEscrowPacketView, now time.Time) (*Packet, error) {
	ti, err := c.tokenInfo(ctx, v.Token)
	if err != nil {
		return nil, err
	}
	p := &Packet{
		ID: v.Id, Status: Status(v.Status), Kind: Kind(v.Kind), Auth: AuthMode(v.Auth), Sender: v.Sender,
		Token: v.Token, Symbol: ti.symbol, Decimals: ti.decimals, Remaining: v.Remaining, Shares: v.Shares,
		Claimed: v.Claimed, MinShare: v.MinShare, Recipient: v.Recipient, Root: v.Root, Guardian: v.Guardian,
		OrgID: v.OrgId, CreatedAt: unixTime(v.CreatedAt), ReleaseAt: unixTime(v.ReleaseAt),
		ExpiresAt: unixTime(v.ExpiresAt), UndoUntil: unixTime(v.UndoUntil), UndoConsent: v.UndoConsent,
		UndoRequested: v.UndoRequested, Now: now, Total: new(big.Int), Claims: []ClaimRecord{},
	}
	p.TakeBack = takeBacks(p)
	return p, nil
}

// addLogs fills in the total and the claims of p from its PacketSent and Claimed logs.
func (c *Client) addLogs(p *Packet, logs []types.Log) {
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) < 2 || l.Topics[1] != common.BigToHash(p.ID) {
			continue
		}
		switch l.Topics[0] {
		case topicSent:
			if ev, err := c.abi.UnpackPacketSentEvent(l); err == nil {
				p.Total, p.SentBlock, p.SentTx = ev.Total, l.BlockNumber, l.TxHash
				if p.Status == StatusClosed {
					// a closed packet's slot is cleared on chain; its send says what it was
					p.Shares, p.ReleaseAt, p.ExpiresAt = ev.Shares, unixTime(ev.ReleaseAt), unixTime(ev.ExpiresAt)
				}
			}
		case topicClaimed:
			if ev, err := c.abi.UnpackClaimedEvent(l); err == nil {
				p.Claims = append(p.Claims, ClaimRecord{Claimer: ev.Claimer, Amount: ev.Amount, Block: l.BlockNumber, TxHash: l.TxHash})
			}
		default:
			if cl := c.closingOf(l); cl != nil {
				p.Closing = cl
			}
		}
	}
}

// closingReasons names the closing events as the index does.
var closingReasons = map[string]string{"Refunded": "refunded", "CoolOffWithdrawn": "withdrawn", "Undone": "undone",
	"UndoApproved": "approved", "Declined": "declined", "Intercepted": "intercepted"}

// closingOf decodes a closing event (Refunded, CoolOffWithdrawn, Undone, UndoApproved, Declined, Intercepted):
// every one carries the packet, `to` and `amount`.
func (c *Client) closingOf(l *types.Log) *Closing {
	ev, err := escrowABI.EventByID(l.Topics[0])
	if err != nil || closingReasons[ev.Name] == "" {
		return nil
	}
	fields := map[string]any{}
	if err := ev.Inputs.UnpackIntoMap(fields, l.Data); err != nil {
		return nil
	}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if err := abi.ParseTopicsIntoMap(fields, indexed, l.Topics[1:]); err != nil {
		return nil
	}
	amount, _ := fields["amount"].(*big.Int)
	to, _ := fields["to"].(common.Address)
	if amount == nil {
		return nil
	}
	return &Closing{Reason: closingReasons[ev.Name], Amount: amount, To: to, Block: l.BlockNumber, TxHash: l.TxHash}
}

// TakeBacks lists who can still take a live packet back, and when (rules §4), as of p.Now: what Packet fills
// in as p.TakeBack, for packets built from other records (the local index).
func TakeBacks(p *Packet) []TakeBack { return takeBacks(p) }

// takeBacks lists who can still take a live packet back, and when (rules §4), as of p.Now.
func takeBacks(p *Packet) []TakeBack {
	out := []TakeBack{}
	if p.Status == StatusClosed || p.Status == StatusNone {
		return out
	}
	if p.Kind == SealedLucky && len(p.Pending) > 0 && int(p.Shares)-int(p.Claimed) <= len(p.Pending) {
		return out // every share left is held by a claim waiting for its draw: nothing can go back
	}
	now := p.Now
	if now.Before(p.ReleaseAt) {
		out = append(out, TakeBack{Clause: "cool-off", Who: "sender", By: p.Sender, Until: p.ReleaseAt})
	}
	if !p.UndoUntil.IsZero() && now.Before(p.UndoUntil) {
		clause := "undo"
		if p.Kind == Direct && p.UndoConsent {
			clause = "undo-request"
		}
		out = append(out, TakeBack{Clause: clause, Who: "sender", By: p.Sender, Until: p.UndoUntil})
	}
	if p.Kind == Direct && p.UndoRequested && now.Before(p.ExpiresAt) {
		out = append(out, TakeBack{Clause: "approve-undo", Who: "recipient", By: p.Recipient, Until: p.ExpiresAt})
	}
	if p.Kind == Direct {
		out = append(out, TakeBack{Clause: "decline", Who: "recipient", By: p.Recipient})
	}
	if p.Guardian != (common.Address{}) && now.Before(p.ExpiresAt) {
		out = append(out, TakeBack{Clause: "intercept", Who: "guardian", By: p.Guardian, Until: p.ExpiresAt})
	}
	if p.OrgID != 0 && now.Before(p.ExpiresAt) { // every admin of the organisation is a guardian (rules §5)
		out = append(out, TakeBack{Clause: "intercept", Who: "org admin", Until: p.ExpiresAt})
	}
	tb := TakeBack{Clause: "refund", Who: "anyone"}
	if now.Before(p.ExpiresAt) {
		tb.From = p.ExpiresAt
	}
	return append(out, tb)
}

// LogReader reads logs over a block range, paging it as the node allows: node/logs.Reader. Every log read
// of the client goes through it.
type LogReader interface {
	Fetch(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// WithLogReader sets the log reader (default: a node/logs reader over the backend).
func WithLogReader(r LogReader) Option { return func(c *Client) { c.logs = r } }

// fetch returns the escrow's logs matching topics in blocks [from, to].
func (c *Client) fetch(ctx context.Context, topics [][]common.Hash, from, to uint64) ([]types.Log, error) {
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{c.escrow}, Topics: topics}
	logs, err := c.logs.Fetch(ctx, q)
	if err != nil {
		return nil, c.wrapRPC(err, "read the escrow's logs")
	}
	return logs, nil
}

// filter returns the escrow's logs matching topics from block `from` to the head. Its cost grows with the
// range: it serves the scans that have no better bound (List without an index, organisations).
func (c *Client) filter(ctx context.Context, topics [][]common.Hash, from uint64) ([]types.Log, error) {
	head, err := c.backend.BlockNumber(ctx)
	if err != nil {
		return nil, c.wrapRPC(err, "read the head block number")
	}
	if from > head {
		return nil, nil
	}
	return c.fetch(ctx, topics, from, head)
}

// List returns the packets that match the filter, by id.
func (c *Client) List(ctx context.Context, f ListFilter) ([]*Packet, error) {
	from := f.FromBlock
	if from < c.fromBlock {
		from = c.fromBlock
	}
	ids, err := c.candidateIDs(ctx, f, from)
	if err != nil {
		return nil, err
	}
	out := make([]*Packet, 0, len(ids))
	for _, id := range ids {
		p, err := c.Packet(ctx, id)
		if err != nil {
			return nil, err
		}
		if f.ClaimableBy != (common.Address{}) && !c.claimable(ctx, p, f.ClaimableBy) {
			continue
		}
		out = append(out, p)
	}
	return out, nil
}

// idSet is a set of packet ids (decimal strings as keys keep big.Int comparisons out of the way).
type idSet map[string]*big.Int

func (s idSet) add(id *big.Int) { s[id.String()] = id }

// intersect keeps the ids of s that are also in t; a nil s takes t as it is.
func intersect(s, t idSet) idSet {
	if s == nil {
		return t
	}
	out := idSet{}
	for k, v := range s {
		if _, ok := t[k]; ok {
			out[k] = v
		}
	}
	return out
}

// candidateIDs collects the ids each set filter field selects, and intersects them.
func (c *Client) candidateIDs(ctx context.Context, f ListFilter, from uint64) ([]*big.Int, error) {
	zero := common.Address{}
	var sets []func() (idSet, error)
	if f.SentBy != zero {
		sets = append(sets, func() (idSet, error) {
			return c.sentIDs(ctx, [][]common.Hash{{topicSent}, nil, {addrTopic(f.SentBy)}}, from, nil)
		})
	}
	if f.ReceivedBy != zero {
		sets = append(sets, func() (idSet, error) { return c.receivedIDs(ctx, f.ReceivedBy, from) })
	}
	if f.ClaimableBy != zero {
		sets = append(sets, func() (idSet, error) { return c.claimableIDs(ctx, f.ClaimableBy, from) })
	}
	if f.GuardedBy != zero {
		sets = append(sets, func() (idSet, error) { return c.guardedIDs(ctx, f.GuardedBy, from) })
	}
	if len(sets) == 0 {
		sets = append(sets, func() (idSet, error) { return c.sentIDs(ctx, [][]common.Hash{{topicSent}}, from, nil) })
	}
	var acc idSet
	for _, get := range sets {
		s, err := get()
		if err != nil {
			return nil, err
		}
		acc = intersect(acc, s)
	}
	ids := make([]*big.Int, 0, len(acc))
	for _, id := range acc {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Cmp(ids[j]) < 0 })
	return ids, nil
}

func addrTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

// sentIDs returns the ids of the PacketSent logs matching topics that keep() accepts (nil: all).
func (c *Client) sentIDs(ctx context.Context, topics [][]common.Hash, from uint64, keep func(*escrow.HongbaoEscrowPacketSent) bool) (idSet, error) {
	logs, err := c.filter(ctx, topics, from)
	if err != nil {
		return nil, err
	}
	s := idSet{}
	for i := range logs {
		ev, err := c.abi.UnpackPacketSentEvent(&logs[i])
		if err != nil {
			continue
		}
		if keep == nil || keep(ev) {
			s.add(ev.Id)
		}
	}
	return s, nil
}

func isDirect(ev *escrow.HongbaoEscrowPacketSent) bool { return Kind(ev.Kind) == Direct }

// receivedIDs: Direct packets addressed to who, and packets who claimed from (a sealed claim from its
// SharePending on, before its share is drawn).
func (c *Client) receivedIDs(ctx context.Context, who common.Address, from uint64) (idSet, error) {
	s, err := c.sentIDs(ctx, [][]common.Hash{{topicSent}, nil, nil, {addrTopic(who)}}, from, isDirect)
	if err != nil {
		return nil, err
	}
	logs, err := c.filter(ctx, [][]common.Hash{{topicClaimed, topicSharePending}, nil, {addrTopic(who)}}, from)
	if err != nil {
		return nil, err
	}
	for i := range logs {
		if len(logs[i].Topics) >= 2 {
			s.add(logs[i].Topics[1].Big())
		}
	}
	return s, nil
}

// claimableIDs: Direct packets addressed to who, and open group packets (live-ness is checked later).
func (c *Client) claimableIDs(ctx context.Context, who common.Address, from uint64) (idSet, error) {
	direct, err := c.sentIDs(ctx, [][]common.Hash{{topicSent}, nil, nil, {addrTopic(who)}}, from, isDirect)
	if err != nil {
		return nil, err
	}
	open, err := c.sentIDs(ctx, [][]common.Hash{{topicSent}}, from, func(ev *escrow.HongbaoEscrowPacketSent) bool {
		return Kind(ev.Kind) != Direct && AuthMode(ev.Auth) == Open
	})
	if err != nil {
		return nil, err
	}
	for k, v := range open {
		direct[k] = v
	}
	return direct, nil
}

// guardedIDs: the packets who may intercept (C6): those whose GuardianSet log names it, and those whose
// OrgPacketSent log names an organisation it is an admin of now. Both logs are written at send, so two scans
// find every candidate without reading each packet; admins are asked at the head, once per organisation.
func (c *Client) guardedIDs(ctx context.Context, who common.Address, from uint64) (idSet, error) {
	s := idSet{}
	logs, err := c.filter(ctx, [][]common.Hash{{topicGuardianSet}, nil, {addrTopic(who)}}, from)
	if err != nil {
		return nil, err
	}
	for i := range logs {
		if len(logs[i].Topics) >= 2 {
			s.add(logs[i].Topics[1].Big())
		}
	}
	logs, err = c.filter(ctx, [][]common.Hash{{topicOrgPacketSent}}, from)
	if err != nil {
		return nil, err
	}
	admin := map[uint64]bool{}
	for i := range logs {
		if len(logs[i].Topics) < 3 {
			continue
		}
		org := logs[i].Topics[2].Big().Uint64()
		ok, asked := admin[org]
		if !asked {
			if ok, err = c.IsOrgAdmin(ctx, org, who); err != nil {
				return nil, err
			}
			admin[org] = ok
		}
		if ok {
			s.add(logs[i].Topics[1].Big())
		}
	}
	return s, nil
}

// claimable reports whether who can still claim p (now or after its cool-off).
func (c *Client) claimable(ctx context.Context, p *Packet, who common.Address) bool {
	if p.Status != StatusOpen && p.Status != StatusCoolOff {
		return false
	}
	claimed, err := read(ctx, c, c.abi.PackHasClaimed(p.ID, who), c.abi.UnpackHasClaimed, false, "hasClaimed")
	return err == nil && !claimed
}

// packetSentLog finds the PacketSent log of packet id, in the blocks stamped with its createdAt.
func (c *Client) packetSentLog(ctx context.Context, id *big.Int) (*types.Log, *escrow.HongbaoEscrowPacketSent, error) {
	v, err := c.existing(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	sp, err := c.chainSpan(ctx)
	if err != nil {
		return nil, nil, err
	}
	return c.findSent(ctx, id, v.CreatedAt.Uint64(), sp)
}
