package cli

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/indexer"
)

// `list` reads the local index (synced incrementally first), not the chain's logs: its cost then does not grow
// with the chain's age or the number of packets — one sync (a head read and the new blocks' logs) and a head
// header, whatever the filter. An index far behind the head (listFullPages log pages or more) is not caught up
// by list, as that would cost a request per page: list reads the packets the index cannot tell from the
// escrow's batch views instead (see listFromViews), and says so.

// listFullPages: an index at most this many pages (the log reader's range) behind the head is brought up to
// date before list reads it, as the risk checks do (node/risk.DefaultFullPages).
const listFullPages = 10

// errSyncCheaper: the packets sent since the index's newest take more view calls than the catch-up's pages.
var errSyncCheaper = errors.New("catching the index up costs fewer requests")

// listIndexState is what list says about an index it did not bring up to date (JSON "index").
type listIndexState struct {
	Block  uint64 `json:"block"`  // the last block the index holds
	Head   uint64 `json:"head"`   // the head list read the escrow at
	Behind uint64 `json:"behind"` // head - block
	// FromChainAfterID: packets above this id are not in the index; list read them from the escrow's views.
	FromChainAfterID uint64 `json:"fromChainAfterId,string"`
	// ClaimsUnknown are the packets claimed from or closed after the index's last block: their claims (and
	// closing record) as listed are the index's, incomplete.
	ClaimsUnknown []string `json:"claimsUnknown,omitempty"`
	Note          string   `json:"note"`
}

// claimsUnknown reports whether the claims list of packet id is incomplete (see ClaimsUnknown).
func (st *listIndexState) claimsUnknown(id *big.Int) bool {
	if st == nil {
		return false
	}
	for _, u := range st.ClaimsUnknown {
		if u == id.String() {
			return true
		}
	}
	return false
}

// indexedList returns the packets the filter selects, by id, from the session's index brought up to date;
// or, when the index is far behind, from the index and the escrow's views, with what that left out (state).
func (r *runner) indexedList(ctx context.Context, s *session, f client.ListFilter) (packets []*client.Packet, state *listIndexState, err error) {
	db, err := s.openIndex(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer db.Close()
	top, far, err := r.farBehind(ctx, s, db)
	if err != nil {
		return nil, nil, err
	}
	if far {
		packets, state, err := r.listFromViews(ctx, s, db, f, top)
		if !errors.Is(err, errSyncCheaper) {
			return packets, state, err
		}
	}
	if err := r.spin("updating the index…", func() error {
		_, err := s.syncIndex(ctx, db, 0)
		return err
	}); err != nil {
		return nil, nil, err
	}
	head, err := s.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, unreachable(s.g.rpc, err)
	}
	now := time.Unix(int64(head.Time), 0).UTC()
	pf := indexer.PacketFilter{Sender: f.SentBy, ReceivedBy: f.ReceivedBy, ClaimableBy: f.ClaimableBy, GuardedBy: f.GuardedBy}
	rows, err := db.Packets(ctx, pf)
	if err != nil {
		return nil, nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	infos, err := tokenInfos(ctx, s, db)
	if err != nil {
		return nil, nil, err
	}
	out := []*client.Packet{}
	for _, row := range rows {
		claims, err := db.Claims(ctx, row.ID)
		if err != nil {
			return nil, nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
		}
		p := packetFromIndex(row, claims, infos, now)
		if f.ClaimableBy != (common.Address{}) && p.Status != client.StatusOpen && p.Status != client.StatusCoolOff {
			continue // expired: no longer claimable
		}
		out = append(out, p)
	}
	return out, nil, nil
}

// farBehind reads the head and reports whether db has a checkpoint more than listFullPages pages behind it.
// An index with no checkpoint (none made yet) is not: list makes it, with a progress bar on a terminal.
func (r *runner) farBehind(ctx context.Context, s *session, db *indexer.DB) (*types.Header, bool, error) {
	cp, err := db.Checkpoint(ctx)
	if err != nil {
		return nil, false, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	page := s.logs.Range()
	if !cp.Set || page == 0 {
		return nil, false, nil
	}
	top, err := s.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, false, unreachable(s.g.rpc, err)
	}
	head := top.Number.Uint64()
	return top, head > cp.Block && head-cp.Block > listFullPages*page, nil
}

// viewsCheaper reports whether reading the packets sent since the index's newest from the escrow's views (one
// request per client.ViewPage packets) costs no more requests than catching up the blocks the index lacks
// (one per page of the log reader's range), for an index `behind` blocks behind with newPackets sent since.
func viewsCheaper(behind, page, newPackets uint64) bool {
	return newPackets/client.ViewPage <= behind/max(page, 1)
}

func tokenInfos(ctx context.Context, s *session, db *indexer.DB) (map[common.Address]indexer.TokenInfo, error) {
	tokens, err := db.Tokens(ctx)
	if err != nil {
		return nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	infos := map[common.Address]indexer.TokenInfo{}
	for _, t := range tokens {
		infos[t.Address] = t
	}
	return infos, nil
}

// listFromViews answers list from an index far behind the head without catching it up. The index gives the
// packets it knows (ids up to its newest); the packets sent since are the ids after it, up to the escrow's
// lastPacketId, read with getPacketMany (a call per client.ViewPage packets); and every candidate's state now
// comes from the same views, so a status, a remaining amount or a claim count is never stale. Who claimed
// what is in the logs only: --received-by and --claimable-by ask hasClaimedMany instead, over the packets
// that could have changed (those live at the index's checkpoint, and the new ones); --guarded-by matches the
// views' guardian, or asks the escrow whether the address is an admin of the packet's organisation now (once
// per organisation: the index's admins are as of its checkpoint). What stays unknown until
// the index catches up: the claims (claimers, amounts) and closing records after the index's last block, and
// the total of a packet sent since that was claimed from or closed (its PacketSent log has it).
func (r *runner) listFromViews(ctx context.Context, s *session, db *indexer.DB, f client.ListFilter, top *types.Header) ([]*client.Packet, *listIndexState, error) {
	idxErr := func(err error) error {
		return failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	cp, err := db.Checkpoint(ctx)
	if err != nil {
		return nil, nil, idxErr(err)
	}
	newest := uint64(0)
	if last, err := db.Packets(ctx, indexer.PacketFilter{Newest: true, Limit: 1}); err != nil {
		return nil, nil, idxErr(err)
	} else if len(last) == 1 {
		newest = last[0].ID
	}
	last, err := s.cl.LastPacketID(ctx)
	if err != nil {
		return nil, nil, err
	}
	if !viewsCheaper(top.Number.Uint64()-cp.Block, s.logs.Range(), last-min(newest, last)) {
		return nil, nil, errSyncCheaper
	}
	// The candidates: what the index selects as of its checkpoint, the packets that could have come to match
	// since (live ones, when the filter depends on claims), and every packet sent since. --guarded-by keeps the
	// index's rows the address guards now: its guardian's (set at send), and those of the organisations it is
	// an admin of at the head (asked of the escrow, once per organisation: the index's admins are as of its
	// checkpoint, and an admin added since guards the organisation's earlier packets too).
	admins := adminCache{}
	guards := func(guardian common.Address, org uint64) (bool, error) {
		if f.GuardedBy == (common.Address{}) || guardian == f.GuardedBy {
			return true, nil
		}
		if org == 0 {
			return false, nil
		}
		return admins.is(ctx, s, org, f.GuardedBy)
	}
	rows := map[uint64]*indexer.Packet{}
	var ids []*big.Int
	addRows := func(pf indexer.PacketFilter) error {
		found, err := db.Packets(ctx, pf)
		if err != nil {
			return idxErr(err)
		}
		for _, row := range found {
			if rows[row.ID] != nil {
				continue
			}
			if ok, err := guards(row.Guardian, row.OrgID); err != nil {
				return err
			} else if ok {
				rows[row.ID] = row
				ids = append(ids, new(big.Int).SetUint64(row.ID))
			}
		}
		return nil
	}
	if err := addRows(indexer.PacketFilter{Sender: f.SentBy, ReceivedBy: f.ReceivedBy, ClaimableBy: f.ClaimableBy}); err != nil {
		return nil, nil, err
	}
	if f.ReceivedBy != (common.Address{}) || f.ClaimableBy != (common.Address{}) {
		if err := addRows(indexer.PacketFilter{Sender: f.SentBy, LiveOnly: true}); err != nil {
			return nil, nil, err
		}
	}
	for id := newest + 1; id <= last; id++ {
		ids = append(ids, new(big.Int).SetUint64(id))
	}
	sortIDs(ids)
	now := time.Unix(int64(top.Time), 0).UTC()
	var views []*client.Packet
	if err := r.spin(fmt.Sprintf("reading %s from the escrow…", plural(len(ids), "packet", "packets")), func() (err error) {
		views, err = s.cl.PacketViews(ctx, ids, now)
		return err
	}); err != nil {
		return nil, nil, err
	}
	received, err := claimedBy(ctx, s, ids, f.ReceivedBy)
	if err != nil {
		return nil, nil, err
	}
	claimable, err := claimedBy(ctx, s, ids, f.ClaimableBy)
	if err != nil {
		return nil, nil, err
	}
	infos, err := tokenInfos(ctx, s, db)
	if err != nil {
		return nil, nil, err
	}
	head := top.Number.Uint64()
	state := &listIndexState{Block: cp.Block, Head: head, Behind: head - cp.Block, FromChainAfterID: newest}
	out := []*client.Packet{}
	for i, v := range views {
		if v == nil || !viewMatches(v, f, received[i], claimable[i]) {
			continue
		}
		if ok, err := guards(v.Guardian, v.OrgID); err != nil {
			return nil, nil, err
		} else if !ok {
			continue
		}
		p, closed := v, v.Status == client.StatusClosed
		var changed bool
		if row := rows[v.ID.Uint64()]; row != nil && v.ID.IsUint64() {
			claims, err := db.Claims(ctx, row.ID)
			if err != nil {
				return nil, nil, idxErr(err)
			}
			changed = closed != row.Closed || (!closed && v.Claimed != row.Claimed)
			p = withView(packetFromIndex(row, claims, infos, now), v)
		} else if changed = closed || p.Claimed > 0; changed {
			p.Total = nil // in its PacketSent log only
		} else {
			p.Total = new(big.Int).Set(p.Remaining) // nothing has left it yet
		}
		if changed {
			state.ClaimsUnknown = append(state.ClaimsUnknown, p.ID.String())
		}
		out = append(out, p)
	}
	state.Note = fmt.Sprintf("the index is %d blocks behind the head (it holds blocks up to %d): list did not catch it up; "+
		"packets after id %d and every packet's state were read from the escrow's views; claims and closings after "+
		"block %d are not listed, nor the total of a newer packet already claimed from (`hongbao index` brings it up to date)",
		state.Behind, cp.Block, newest, cp.Block)
	return out, state, nil
}

// claimedBy asks the escrow whether who claimed each of ids (nil when who is zero: the filter does not ask).
func claimedBy(ctx context.Context, s *session, ids []*big.Int, who common.Address) ([]bool, error) {
	if who == (common.Address{}) {
		return make([]bool, len(ids)), nil
	}
	return s.cl.ClaimedBy(ctx, ids, who)
}

// adminCache holds, per organisation, whether an address is its admin at the head (isOrgAdmin): list asks
// the escrow once per organisation.
type adminCache map[uint64]bool

func (a adminCache) is(ctx context.Context, s *session, org uint64, who common.Address) (bool, error) {
	if ok, asked := a[org]; asked {
		return ok, nil
	}
	ok, err := s.cl.IsOrgAdmin(ctx, org, who)
	if err != nil {
		return false, err
	}
	a[org] = ok
	return ok, nil
}

// viewMatches applies the list filter to a packet's state now, as the index's query does (indexer.PacketFilter):
// claimed tells whether the --received-by address claimed it, claimedByC whether the --claimable-by one did.
// --guarded-by is the caller's (it asks the escrow about the packet's organisation).
func viewMatches(p *client.Packet, f client.ListFilter, claimed, claimedByC bool) bool {
	if f.SentBy != (common.Address{}) && p.Sender != f.SentBy {
		return false
	}
	direct := p.Kind == client.Direct
	if f.ReceivedBy != (common.Address{}) && !(direct && p.Recipient == f.ReceivedBy) && !claimed {
		return false
	}
	if c := f.ClaimableBy; c != (common.Address{}) {
		if p.Status != client.StatusOpen && p.Status != client.StatusCoolOff {
			return false
		}
		toC := direct && p.Recipient == c
		open := !direct && p.Auth == client.Open && p.Claimed < p.Shares && !claimedByC
		if !toC && !open {
			return false
		}
	}
	return true
}

// withView is the index's record of a packet brought to its state now (v, from the escrow's view): status,
// remaining amount, claim count and undo request. A packet closed since keeps the index's shares and times
// (a closed packet's view reads them zero).
func withView(p, v *client.Packet) *client.Packet {
	p.Status, p.Remaining, p.UndoRequested = v.Status, v.Remaining, v.UndoRequested
	if v.Status != client.StatusClosed {
		p.Claimed, p.Shares, p.ReleaseAt, p.ExpiresAt = v.Claimed, v.Shares, v.ReleaseAt, v.ExpiresAt
	}
	p.TakeBack = client.TakeBacks(p)
	return p
}

func sortIDs(ids []*big.Int) {
	sort.Slice(ids, func(i, j int) bool { return ids[i].Cmp(ids[j]) < 0 })
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
