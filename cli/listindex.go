package cli

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/indexer"
)

// `list` reads the local index (synced incrementally first), not the chain's logs: its cost then does not grow
// with the chain's age or the number of packets — one sync (a head read and the new blocks' logs) and a head
// header, whatever the filter.

// indexedList returns the packets the filter selects, by id, from the session's index brought up to date.
func (r *runner) indexedList(ctx context.Context, s *session, f client.ListFilter) ([]*client.Packet, error) {
	db, err := s.openIndex(ctx)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	if err := r.spin("updating the index…", func() error {
		_, err := s.syncIndex(ctx, db, 0)
		return err
	}); err != nil {
		return nil, err
	}
	head, err := s.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, unreachable(s.g.rpc, err)
	}
	now := time.Unix(int64(head.Time), 0).UTC()
	pf := indexer.PacketFilter{Sender: f.SentBy, ReceivedBy: f.ReceivedBy, ClaimableBy: f.ClaimableBy}
	rows, err := db.Packets(ctx, pf)
	if err != nil {
		return nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	tokens, err := db.Tokens(ctx)
	if err != nil {
		return nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	infos := map[common.Address]indexer.TokenInfo{}
	for _, t := range tokens {
		infos[t.Address] = t
	}
	out := []*client.Packet{}
	for _, row := range rows {
		claims, err := db.Claims(ctx, row.ID)
		if err != nil {
			return nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
		}
		p := packetFromIndex(row, claims, infos, now)
		if f.ClaimableBy != (common.Address{}) && p.Status != client.StatusOpen && p.Status != client.StatusCoolOff {
			continue // expired: no longer claimable
		}
		out = append(out, p)
	}
	return out, nil
}

// packetFromIndex is the packet as the index records it, as of chain time now.
func packetFromIndex(row *indexer.Packet, claims []indexer.Claim, tokens map[common.Address]indexer.TokenInfo, now time.Time) *client.Packet {
	symbol, decimals := "ETH", uint8(18)
	if row.Token != (common.Address{}) {
		t := tokens[row.Token]
		symbol, decimals = t.Label(), t.Decimals
	}
	unix := func(v uint64) time.Time {
		if v == 0 {
			return time.Time{}
		}
		return time.Unix(int64(v), 0).UTC()
	}
	p := &client.Packet{
		ID: new(big.Int).SetUint64(row.ID), Status: client.Status(row.StatusAt(uint64(now.Unix()))), Kind: client.Kind(row.Kind),
		Auth: client.AuthMode(row.Auth), Sender: row.Sender, Token: row.Token, Symbol: symbol, Decimals: decimals,
		Total: orZero(row.Total), Remaining: orZero(row.Remaining), Shares: row.Shares, Claimed: row.Claimed,
		MinShare: orZero(row.MinShare), Recipient: row.Recipient, Root: row.Root, Guardian: row.Guardian, OrgID: row.OrgID,
		CreatedAt: unix(row.CreatedAt), ReleaseAt: unix(row.ReleaseAt), ExpiresAt: unix(row.ExpiresAt),
		UndoUntil: unix(row.UndoUntil), UndoConsent: row.UndoConsent, UndoRequested: row.UndoRequested,
		SentBlock: row.SentBlock, SentTx: row.SentTx, Claims: []client.ClaimRecord{}, Now: now,
	}
	for _, c := range claims {
		if c.Pending { // a sealed share not drawn yet: drawing…
			p.Pending = append(p.Pending, client.PendingShare{Index: c.Index, Claimer: c.Claimer, Block: c.ClaimBlock,
				ReadyAt: c.ClaimBlock + 2, Fee: c.RelayFee})
			continue
		}
		p.Claims = append(p.Claims, client.ClaimRecord{Claimer: c.Claimer, Amount: c.Amount, Block: c.Block, TxHash: c.TxHash})
	}
	if row.Closed && row.CloseReason != indexer.ReasonClaimed && row.ClosedAmount != nil {
		to := row.Sender // every closing clause pays the sender, or the organisation's budget (zero)
		if row.OrgID != 0 {
			to = common.Address{}
		}
		p.Closing = &client.Closing{Reason: row.CloseReason, Amount: row.ClosedAmount, To: to, Block: row.ClosedBlock, TxHash: row.ClosedTx}
	}
	p.TakeBack = client.TakeBacks(p)
	return p
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// indexedPacket reads packet id from the local index when there is one (brought up to date first: a few
// calls), with its organisation's admins; indexed is false when there is no index or it does not have the
// packet, and the caller reads the chain instead. An index that cannot be brought up to date is an error
// (the same endpoint would fail the direct read too).
func (r *runner) indexedPacket(ctx context.Context, s *session, id *big.Int) (p *client.Packet, admins []common.Address, indexed bool, err error) {
	if !id.IsUint64() {
		return nil, nil, false, nil
	}
	db, ok, err := r.currentIndex(ctx, s)
	if err != nil || !ok {
		return nil, nil, false, err
	}
	defer db.Close()
	row, err := db.Packet(ctx, id.Uint64())
	if err != nil || row == nil {
		return nil, nil, false, nil // not in the index: read the chain
	}
	claims, err := db.Claims(ctx, row.ID)
	if err != nil {
		return nil, nil, false, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	tokens := map[common.Address]indexer.TokenInfo{}
	if row.Token != (common.Address{}) {
		t, ok, err := db.Token(ctx, row.Token)
		if err != nil || !ok {
			return nil, nil, false, nil
		}
		tokens[row.Token] = t
	}
	top, err := s.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, false, unreachable(s.g.rpc, err)
	}
	p = packetFromIndex(row, claims, tokens, time.Unix(int64(top.Time), 0).UTC())
	if row.OrgID != 0 {
		o, err := db.Org(ctx, row.OrgID)
		if err != nil || o == nil {
			return nil, nil, false, nil
		}
		admins = o.Admins
	}
	return p, admins, true, nil
}

// currentIndex opens the session's index when it exists and is at most a page (the log reader's range) behind
// the head, and brings it up to date: a head read and the new blocks' logs. ok is false, and nothing is open,
// when there is no index or it is further behind: a catch-up would cost more than the chain read the caller
// makes instead (the next list or send brings the index up to date). The caller closes db.
func (r *runner) currentIndex(ctx context.Context, s *session) (*indexer.DB, bool, error) {
	if !s.indexExists() {
		return nil, false, nil
	}
	db, err := s.openIndex(ctx)
	if err != nil {
		return nil, false, err
	}
	current, err := r.bringUpToDate(ctx, s, db)
	if err != nil || !current {
		_ = db.Close()
		return nil, false, err
	}
	return db, true, nil
}

// bringUpToDate syncs db when it is at most a page behind the head (see currentIndex).
func (r *runner) bringUpToDate(ctx context.Context, s *session, db *indexer.DB) (bool, error) {
	cp, err := db.Checkpoint(ctx)
	if err != nil || !cp.Set {
		return false, nil
	}
	head, err := s.ec.BlockNumber(ctx)
	if err != nil {
		return false, unreachable(s.g.rpc, err)
	}
	if page := s.logs.Range(); page != 0 && head > cp.Block+page {
		return false, nil
	}
	return true, r.spin("updating the index…", func() error {
		_, err := s.syncIndex(ctx, db, 0)
		return err
	})
}

// indexedOrg reads organisation id with its lists (admins, members, budget tokens) rebuilt from the local
// index's copy of its logs when the index is current (see currentIndex), else from the chain's logs since
// the deployment; its state (treasury, caps, budgets) comes from the chain either way.
func (r *runner) indexedOrg(ctx context.Context, s *session, id uint64) (*client.Org, error) {
	db, ok, err := r.currentIndex(ctx, s)
	if err != nil {
		return nil, err
	}
	if !ok {
		return s.cl.Org(ctx, id)
	}
	logs, err := db.OrgLogs(ctx, id)
	_ = db.Close()
	if err != nil {
		return nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	return s.cl.OrgFromLogs(ctx, id, logs)
}
