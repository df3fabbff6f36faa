package indexer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// applier applies logs, in chain order, to the database inside one transaction: it decodes each log, updates
// the derived state and queues the events row. Packets read or created are kept in memory and written back,
// like the queued events, by flush, in multi-row statements; the other tables are written at once. Prepared
// statements are cached for the life of the transaction. Call flush before anything else reads the packets or
// events tables in the same transaction.
type applier struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	// skipEvents replays rows already in the events table (a rebuild): only the derived state is written.
	skipEvents bool
	events     []any    // queued events rows, eventColumns values each
	touched    []uint64 // packets changed since the last flush
	last       struct { // the hashes of the last log queued, as text
		block, tx       common.Hash
		blockHex, txHex string
	}
	*memo
}

// memo is what an applier remembers of the database: packets as they stand (read, or changed and written back
// by flush) and checksummed addresses. A sync keeps one for all the pages of a pass, so that a packet sent in
// one page is not read back in the next; any failed transaction discards it (its changes were rolled back).
type memo struct {
	packets map[uint64]*pstate
	hexes   map[common.Address]string
}

func newMemo() *memo {
	return &memo{packets: map[uint64]*pstate{}, hexes: map[common.Address]string{}}
}

// maxMemo bounds the packets, and the addresses, a memo holds across pages.
const maxMemo = 50_000

// trim empties what the memo holds past its bound.
func (m *memo) trim() {
	if len(m.packets) > maxMemo {
		clear(m.packets)
	}
	if len(m.hexes) > maxMemo {
		clear(m.hexes)
	}
}

func newApplier(ctx context.Context, tx *sql.Tx) *applier {
	return newApplierMemo(ctx, tx, newMemo())
}

func newApplierMemo(ctx context.Context, tx *sql.Tx, m *memo) *applier {
	return &applier{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}, memo: m}
}

// hex is addrText, remembered: a checksummed address costs a Keccak hash, and a page names few addresses
// many times.
func (a *applier) hex(addr common.Address) string {
	if s, ok := a.hexes[addr]; ok {
		return s
	}
	s := addrText(addr)
	a.hexes[addr] = s
	return s
}

// nullHex is nullAddr, remembered.
func (a *applier) nullHex(addr common.Address) any {
	if addr == (common.Address{}) {
		return nil
	}
	return a.hex(addr)
}

func (a *applier) stmt(q string) (*sql.Stmt, error) {
	if s, ok := a.stmts[q]; ok {
		return s, nil
	}
	s, err := a.tx.PrepareContext(a.ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare %q: %w", q, err)
	}
	a.stmts[q] = s
	return s, nil
}

func (a *applier) exec(q string, args ...any) error {
	s, err := a.stmt(q)
	if err != nil {
		return err
	}
	_, err = s.ExecContext(a.ctx, args...)
	return err
}

// execOne runs an UPDATE that must touch exactly one row (the thing it updates must exist).
func (a *applier) execOne(what, q string, args ...any) error {
	s, err := a.stmt(q)
	if err != nil {
		return err
	}
	res, err := s.ExecContext(a.ctx, args...)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return fmt.Errorf("%s: not in the index (updated %d rows, %v)", what, n, err)
	}
	return nil
}

func (a *applier) queryRow(q string, args ...any) (*sql.Row, error) {
	s, err := a.stmt(q)
	if err != nil {
		return nil, err
	}
	return s.QueryRowContext(a.ctx, args...), nil
}

// apply decodes one log, updates the state and queues the event.
func (a *applier) apply(l *types.Log) error {
	r, err := a.decodeRow(l)
	if err != nil {
		return fmt.Errorf("block %d log %d (tx %s): %w", l.BlockNumber, l.Index, l.TxHash.Hex(), err)
	}
	if a.skipEvents {
		return nil
	}
	a.queueEvent(r)
	return nil
}

const eventColumns = 16

func (a *applier) queueEvent(r *row) {
	l := r.log
	var token, amount any
	if r.hasToken {
		token = a.hex(r.token)
	}
	if r.amount != nil {
		amount = dec(r.amount)
	}
	// A block's and a transaction's logs are consecutive: their hashes' text is made once.
	if l.BlockHash != a.last.block {
		a.last.block, a.last.blockHex = l.BlockHash, l.BlockHash.Hex()
	}
	if l.TxHash != a.last.tx {
		a.last.tx, a.last.txHex = l.TxHash, l.TxHash.Hex()
	}
	a.events = append(a.events,
		int64(l.BlockNumber), int64(l.Index), a.last.blockHex, int64(l.BlockTimestamp), a.last.txHex,
		int64(l.TxIndex), r.name, nullInt(r.packet), nullInt(r.org), token, a.nullHex(r.account),
		a.nullHex(r.counterparty), amount, r.details, topicsText(l.Topics), hexutil.Encode(l.Data))
}

// flush writes the packets touched and the events queued since the last flush.
func (a *applier) flush() error {
	var fresh []any
	slices.Sort(a.touched)
	for _, id := range a.touched {
		p := a.packets[id]
		if p.fresh {
			fresh = append(fresh, p.values(a)...)
			continue
		}
		// An UPDATE of what events change touches only the indexes of columns that changed (status, when
		// the packet closes); replacing the row would rewrite all four.
		if err := a.execOne("packet", `UPDATE packets SET claimed = ?, remaining = ?, claimed_amount = ?,
			relay_fees = ?, returned = ?, root = ?, guardian = ?, org_id = ?, undo_requested = ?, status = ?,
			close_reason = ?, closed_amount = ?, closed_at = ?, closed_block = ?, closed_tx = ?, shares = ?,
			pending = ? WHERE id = ?`,
			p.changes(a)...); err != nil {
			return fmt.Errorf("update packet %d: %w", id, err)
		}
	}
	for _, id := range a.touched {
		p := a.packets[id]
		p.fresh, p.dirty = false, false
	}
	a.touched = a.touched[:0]
	if err := a.insertMany(`INSERT INTO packets (`+packetTableColumns+`) VALUES `, packetValues, fresh); err != nil {
		return fmt.Errorf("store packets: %w", err)
	}
	events := a.events
	a.events = a.events[:0]
	if err := a.insertMany(`INSERT INTO events (block_number, log_index, block_hash, block_time, tx_hash, tx_index,
		name, packet_id, org_id, token, account, counterparty, amount, details, topics, data) VALUES `, eventColumns, events); err != nil {
		return fmt.Errorf("store events: %w", err)
	}
	return nil
}

// maxRowValues bounds the values of one multi-row INSERT (SQLite allows 32,766 parameters).
const maxRowValues = 1024

// insertMany inserts rows of n values each (args holds them back to back) with statements of up to
// maxRowValues values: head is the statement up to and including VALUES.
func (a *applier) insertMany(head string, n int, args []any) error {
	per := max(1, maxRowValues/n)
	for len(args) > 0 {
		rows := min(per, len(args)/n)
		s, err := a.stmt(valuesList(head, n, rows))
		if err != nil {
			return err
		}
		if _, err := s.ExecContext(a.ctx, args[:rows*n]...); err != nil {
			return err
		}
		args = args[rows*n:]
	}
	return nil
}

// valuesList is head followed by rows groups of n placeholders.
func valuesList(head string, n, rows int) string {
	group := "(" + strings.Repeat("?, ", n-1) + "?)"
	var b strings.Builder
	b.Grow(len(head) + rows*(len(group)+2))
	b.WriteString(head)
	for i := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(group)
	}
	return b.String()
}

// ---------------------------------------------------------------- packets

// pstate is a packets row in memory: read (or created by PacketSent) once per transaction, changed by the
// packet's events, and written back by flush.
type pstate struct {
	id                                         uint64
	sender, token                              common.Address
	kind, auth                                 string
	total, remaining, claimedAmount, relayFees *big.Int
	returned, minShare, closedAmount           *big.Int
	shares, claimed, pending                   int64 // pending: a sealed packet's claims not drawn yet
	recipient, guardian                        common.Address
	root                                       sql.NullString
	orgID                                      uint64
	createdAt, releaseAt, expiresAt, undoUntil int64
	undoConsent, undoRequested, closed         bool
	closeReason, closedTx, sentTx              string
	closedAt, closedBlock, sentBlock           int64
	fresh, dirty                               bool // not yet in the table / changed since read
}

const (
	packetTableColumns = `id, sender, token, kind, auth, total, shares, claimed, remaining, claimed_amount,
		relay_fees, returned, min_share, recipient, root, guardian, org_id, created_at, release_at, expires_at,
		undo_until, undo_consent, undo_requested, status, close_reason, closed_amount, closed_at, sent_block,
		sent_tx, closed_block, closed_tx, pending`
	packetValues = 32
)

// values is the row in packetTableColumns order.
func (p *pstate) values(a *applier) []any {
	status := "live"
	var reason, closedAt, closedBlock, closedTx any
	if p.closeReason != "" {
		reason = p.closeReason // a sealed packet's take-back while claims wait for their draw: it closes later
	}
	if p.closed {
		status, reason, closedAt, closedBlock, closedTx = "closed", p.closeReason, p.closedAt, p.closedBlock, p.closedTx
	}
	var root any
	if p.root.Valid {
		root = p.root.String
	}
	return []any{int64(p.id), a.hex(p.sender), a.hex(p.token), p.kind, p.auth, dec(p.total), p.shares,
		p.claimed, dec(p.remaining), dec(p.claimedAmount), dec(p.relayFees), dec(p.returned), dec(p.minShare),
		a.nullHex(p.recipient), root, a.nullHex(p.guardian), nullInt(p.orgID), p.createdAt, p.releaseAt,
		p.expiresAt, p.undoUntil, boolInt(p.undoConsent), boolInt(p.undoRequested), status, reason,
		dec(p.closedAmount), closedAt, p.sentBlock, p.sentTx, closedBlock, closedTx, p.pending}
}

// changes is what events change of a packet, in the order of flush's UPDATE, and its id.
func (p *pstate) changes(a *applier) []any {
	v := p.values(a)
	// claimed, remaining, claimed_amount, relay_fees, returned, root, guardian, org_id, undo_requested,
	// status, close_reason, closed_amount, closed_at, closed_block, closed_tx, shares, pending; id
	return []any{v[7], v[8], v[9], v[10], v[11], v[14], v[15], v[16], v[22], v[23], v[24], v[25], v[26], v[29], v[30],
		v[6], v[31], v[0]}
}

// packet returns packet id from memory or the table.
func (a *applier) packet(id uint64) (*pstate, error) {
	if p, ok := a.packets[id]; ok {
		return p, nil
	}
	row, err := a.queryRow(`SELECT sender, token, kind, auth, total, shares, claimed, remaining, claimed_amount,
		relay_fees, returned, min_share, recipient, root, guardian, COALESCE(org_id, 0), created_at, release_at,
		expires_at, undo_until, undo_consent, undo_requested, status, COALESCE(close_reason, ''), closed_amount,
		COALESCE(closed_at, 0), sent_block, sent_tx, COALESCE(closed_block, 0), COALESCE(closed_tx, ''), pending
		FROM packets WHERE id = ?`, int64(id))
	if err != nil {
		return nil, err
	}
	p := &pstate{id: id}
	var (
		sender, token, status                          string
		total, rem, ca, fees, ret, minShare, closedAmt string
		recipient, guardian                            sql.NullString
		org, consent, requested                        int64
	)
	err = row.Scan(&sender, &token, &p.kind, &p.auth, &total, &p.shares, &p.claimed, &rem, &ca, &fees, &ret,
		&minShare, &recipient, &p.root, &guardian, &org, &p.createdAt, &p.releaseAt, &p.expiresAt, &p.undoUntil,
		&consent, &requested, &status, &p.closeReason, &closedAmt, &p.closedAt, &p.sentBlock, &p.sentTx,
		&p.closedBlock, &p.closedTx, &p.pending)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("packet %d is not in the index", id)
	}
	if err != nil {
		return nil, fmt.Errorf("read packet %d: %w", id, err)
	}
	p.sender, p.token, p.orgID = common.HexToAddress(sender), common.HexToAddress(token), uint64(org)
	p.recipient, p.guardian = scanAddr(recipient), scanAddr(guardian)
	p.undoConsent, p.undoRequested, p.closed = consent != 0, requested != 0, status == "closed"
	for _, f := range []struct {
		s   string
		dst **big.Int
	}{{total, &p.total}, {rem, &p.remaining}, {ca, &p.claimedAmount}, {fees, &p.relayFees}, {ret, &p.returned},
		{minShare, &p.minShare}, {closedAmt, &p.closedAmount}} {
		if *f.dst, err = parseDec(f.s); err != nil {
			return nil, fmt.Errorf("packet %d: %w", id, err)
		}
	}
	a.packets[id] = p
	return p, nil
}

// packetRow starts the events row of a packet event: its id and the packet's token. The packet is marked
// changed: every caller changes it.
func (a *applier) packetRow(r *row, id *big.Int) (uint64, *pstate, error) {
	n, err := id64(id)
	if err != nil {
		return 0, nil, err
	}
	p, err := a.packet(n)
	if err != nil {
		return 0, nil, err
	}
	if !p.dirty && !p.fresh {
		p.dirty = true
		a.touched = append(a.touched, n)
	}
	r.packet = n
	r.setToken(p.token)
	if p.orgID != 0 {
		r.org = p.orgID
	}
	return n, p, nil
}

func onPacketSent(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackPacketSentEvent)
	if err != nil {
		return err
	}
	id, err := id64(ev.Id)
	if err != nil {
		return err
	}
	r.packet, r.account, r.counterparty, r.amount = id, ev.Sender, ev.Recipient, ev.Total
	r.setToken(ev.Token)
	if _, ok := a.packets[id]; ok {
		return fmt.Errorf("packet %d sent twice", id)
	}
	a.touched = append(a.touched, id)
	a.packets[id] = &pstate{id: id, sender: ev.Sender, token: ev.Token, kind: Kind(ev.Kind).String(),
		auth: AuthMode(ev.Auth).String(), total: ev.Total, shares: int64(ev.Shares), remaining: new(big.Int).Set(ev.Total),
		claimedAmount: new(big.Int), relayFees: new(big.Int), returned: new(big.Int), minShare: ev.MinShare,
		closedAmount: new(big.Int), recipient: ev.Recipient, createdAt: int64(l.BlockTimestamp),
		releaseAt: ev.ReleaseAt.Int64(), expiresAt: ev.ExpiresAt.Int64(), undoUntil: ev.UndoUntil.Int64(),
		undoConsent: ev.UndoConsent, sentBlock: int64(l.BlockNumber), sentTx: l.TxHash.Hex(), fresh: true}
	return nil
}

func onAllowlistSet(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackAllowlistSetEvent)
	if err != nil {
		return err
	}
	return a.setRoot(r, ev.Id, ev.Root)
}

// setRoot keeps the Merkle root of an allowlist or ticket packet.
func (a *applier) setRoot(r *row, id *big.Int, root [32]byte) error {
	_, p, err := a.packetRow(r, id)
	if err != nil {
		return err
	}
	p.root = sql.NullString{String: common.Hash(root).Hex(), Valid: true}
	return nil
}

// onTicketsSet keeps a ticket packet's root (the root of its ticket keys' tree).
func onTicketsSet(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackTicketsSetEvent)
	if err != nil {
		return err
	}
	return a.setRoot(r, ev.Id, ev.Root)
}

// onTicketUsed files the event under its packet; the Claimed event of the same claim moves the money.
func onTicketUsed(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackTicketUsedEvent)
	if err != nil {
		return err
	}
	_, _, err = a.packetRow(r, ev.Id)
	return err
}

func onGuardianSet(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackGuardianSetEvent)
	if err != nil {
		return err
	}
	_, p, err := a.packetRow(r, ev.Id)
	if err != nil {
		return err
	}
	r.account, p.guardian = ev.Guardian, ev.Guardian
	return nil
}

// onOrgPacketSent marks the packet as the organisation's and takes its total from the budget (the contract
// debits the budget by the amount sent; nothing is pulled from the member).
func onOrgPacketSent(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgPacketSentEvent)
	if err != nil {
		return err
	}
	_, p, err := a.packetRow(r, ev.Id)
	if err != nil {
		return err
	}
	r.org, r.account, r.amount = ev.OrgId, ev.Member, p.total
	p.orgID = ev.OrgId
	return a.addBudget(ev.OrgId, p.token, new(big.Int).Neg(p.total))
}

func onClaimed(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackClaimedEvent)
	if err != nil {
		return err
	}
	id, p, err := a.packetRow(r, ev.Id)
	if err != nil {
		return err
	}
	r.account, r.amount = ev.Claimer, ev.Amount
	if p.closed {
		return fmt.Errorf("claim of closed packet %d", id)
	}
	p.remaining.Sub(p.remaining, ev.Amount)
	if p.remaining.Sign() < 0 {
		return fmt.Errorf("claim of %s exceeds what packet %d holds", ev.Amount, id)
	}
	p.claimedAmount.Add(p.claimedAmount, ev.Amount)
	p.claimed++
	if p.kind == KindSealedLucky.String() {
		return a.drawn(l, p, ev.Claimer, ev.Amount)
	}
	err = a.exec(`INSERT INTO claims (packet_id, claimer, amount, relay_fee, relayer, returned, block_number,
		log_index, tx_hash) VALUES (?, ?, ?, '0', NULL, '0', ?, ?, ?)`,
		int64(id), a.hex(ev.Claimer), dec(ev.Amount), int64(l.BlockNumber), int64(l.Index), l.TxHash.Hex())
	if err != nil {
		return fmt.Errorf("store claim of packet %d by %s: %w", id, ev.Claimer.Hex(), err)
	}
	if p.remaining.Sign() == 0 { // the last share: the contract zeroes the packet
		p.close(l, ReasonClaimed, new(big.Int))
	}
	return nil
}

// onRelayFeePaid attributes the fee to the claim the same claimFor call just made: its Claimed log is the one
// right before (nothing else is emitted in between).
func onRelayFeePaid(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackRelayFeePaidEvent)
	if err != nil {
		return err
	}
	id, p, err := a.packetRow(r, ev.Id)
	if err != nil {
		return err
	}
	r.account, r.amount = ev.Relayer, ev.Fee
	if l.Index == 0 {
		return errors.New("relay fee without a claim before it")
	}
	err = a.execOne("claim before the relay fee", `UPDATE claims SET relay_fee = ?, relayer = ?
		WHERE packet_id = ? AND block_number = ? AND log_index = ?`,
		dec(ev.Fee), addrText(ev.Relayer), int64(id), int64(l.BlockNumber), int64(l.Index-1))
	if err != nil {
		return err
	}
	p.relayFees = new(big.Int).Add(p.relayFees, ev.Fee)
	return nil
}

// closeEvent handles the clauses that send a packet's whole rest back and close it.
func closeEvent(a *applier, l *types.Log, r *row, reason string, id *big.Int, to common.Address, amount *big.Int) error {
	n, p, err := a.packetRow(r, id)
	if err != nil {
		return err
	}
	r.account, r.amount = to, amount
	if p.closed {
		return fmt.Errorf("packet %d closed twice", n)
	}
	if p.pending > 0 {
		return p.takeBackHeld(n, l, reason, amount)
	}
	if p.remaining.Cmp(amount) != 0 {
		return fmt.Errorf("packet %d closes with %s but the index holds %s", n, amount, p.remaining)
	}
	p.close(l, reason, amount)
	return nil
}

// close records that the packet's money ran out at log l.
func (p *pstate) close(l *types.Log, reason string, amount *big.Int) {
	p.remaining, p.closed, p.closeReason, p.closedAmount = new(big.Int), true, reason, amount
	p.closedAt, p.closedBlock, p.closedTx = int64(l.BlockTimestamp), int64(l.BlockNumber), l.TxHash.Hex()
}

func onRefunded(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackRefundedEvent)
	if err != nil {
		return err
	}
	return closeEvent(a, l, r, ReasonRefunded, ev.Id, ev.To, ev.Amount)
}

func onCoolOffWithdrawn(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackCoolOffWithdrawnEvent)
	if err != nil {
		return err
	}
	return closeEvent(a, l, r, ReasonWithdrawn, ev.Id, ev.To, ev.Amount)
}

func onUndone(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackUndoneEvent)
	if err != nil {
		return err
	}
	return closeEvent(a, l, r, ReasonUndone, ev.Id, ev.To, ev.Amount)
}

func onUndoApproved(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackUndoApprovedEvent)
	if err != nil {
		return err
	}
	return closeEvent(a, l, r, ReasonApproved, ev.Id, ev.To, ev.Amount)
}

func onDeclined(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackDeclinedEvent)
	if err != nil {
		return err
	}
	return closeEvent(a, l, r, ReasonDeclined, ev.Id, ev.To, ev.Amount)
}

func onIntercepted(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackInterceptedEvent)
	if err != nil {
		return err
	}
	if err := closeEvent(a, l, r, ReasonIntercepted, ev.Id, ev.To, ev.Amount); err != nil {
		return err
	}
	r.account, r.counterparty = ev.Guardian, ev.To
	return nil
}

func onUndoRequested(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackUndoRequestedEvent)
	if err != nil {
		return err
	}
	_, p, err := a.packetRow(r, ev.Id)
	if err != nil {
		return err
	}
	r.account, r.counterparty = ev.Sender, ev.Recipient
	p.undoRequested = true
	return nil
}

// onReturned records a C5 return against the packet and the claim. The money went straight to the sender (or,
// for an organisation's packet, into the budget through OrgBudgetCredited): the packet's balance is unchanged.
func onReturned(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackReturnedEvent)
	if err != nil {
		return err
	}
	id, p, err := a.packetRow(r, ev.Id)
	if err != nil {
		return err
	}
	// Amount is what left the claimer's record; Received is what arrived and went on (less for fee tokens).
	r.account, r.counterparty, r.amount = ev.Claimer, ev.To, ev.Received
	p.returned = new(big.Int).Add(p.returned, ev.Received)
	row, err := a.queryRow(`SELECT returned FROM claims WHERE packet_id = ? AND claimer = ?`, int64(id), addrText(ev.Claimer))
	if err != nil {
		return err
	}
	var ret string
	if err := row.Scan(&ret); err != nil {
		return fmt.Errorf("return by %s, who has no claim on packet %d: %w", ev.Claimer.Hex(), id, err)
	}
	sum, err := parseDec(ret)
	if err != nil {
		return err
	}
	return a.execOne("claim", `UPDATE claims SET returned = ? WHERE packet_id = ? AND claimer = ?`,
		dec(sum.Add(sum, ev.Amount)), int64(id), addrText(ev.Claimer))
}

// ---------------------------------------------------------------- owed ledger

func onOwedCredited(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOwedCreditedEvent)
	if err != nil {
		return err
	}
	r.account, r.amount = ev.Account, ev.Amount
	r.setToken(ev.Token)
	return a.addOwed(ev.Token, ev.Account, ev.Amount)
}

func onOwedWithdrawn(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOwedWithdrawnEvent)
	if err != nil {
		return err
	}
	r.account, r.counterparty, r.amount = ev.Account, ev.To, ev.Amount
	r.setToken(ev.Token)
	return a.addOwed(ev.Token, ev.Account, new(big.Int).Neg(ev.Amount))
}

func (a *applier) addOwed(token, account common.Address, delta *big.Int) error {
	return a.addAmount("owed balance", `SELECT amount FROM owed WHERE token = ? AND account = ?`,
		`INSERT INTO owed (token, account, amount) VALUES (?, ?, ?)
			ON CONFLICT (token, account) DO UPDATE SET amount = excluded.amount`,
		`DELETE FROM owed WHERE token = ? AND account = ?`, delta, a.hex(token), a.hex(account))
}

// addAmount adds delta to the decimal amount a key selects: absent counts as zero, a result of zero deletes the
// row (so the tables hold only what is owed or budgeted), and a negative result is an error: the logs say money
// left that the index never saw arrive.
func (a *applier) addAmount(what, sel, upsert, del string, delta *big.Int, key ...any) error {
	row, err := a.queryRow(sel, key...)
	if err != nil {
		return err
	}
	cur := new(big.Int)
	var s string
	switch err := row.Scan(&s); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return fmt.Errorf("read %s: %w", what, err)
	default:
		if cur, err = parseDec(s); err != nil {
			return err
		}
	}
	cur.Add(cur, delta)
	switch cur.Sign() {
	case -1:
		return fmt.Errorf("%s %v would go negative (%s)", what, key, cur)
	case 0:
		return a.exec(del, key...)
	}
	return a.exec(upsert, append(key, dec(cur))...)
}

// ---------------------------------------------------------------- security locks

func onLockSet(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackLockSetEvent)
	if err != nil {
		return err
	}
	r.account = ev.Sender
	r.setToken(ev.Token)
	return a.exec(`INSERT INTO locks (sender, token, threshold, min_delay, pending_threshold, pending_min_delay,
		pending_at) VALUES (?, ?, ?, ?, NULL, NULL, NULL)
		ON CONFLICT (sender, token) DO UPDATE SET threshold = excluded.threshold, min_delay = excluded.min_delay,
		pending_threshold = NULL, pending_min_delay = NULL, pending_at = NULL`,
		addrText(ev.Sender), addrText(ev.Token), dec(ev.Threshold), int64(ev.MinDelay))
}

// onLockLoosenRequested mirrors setLock: the lock in effect at the block (a loosening that came due counts)
// stays, and the new values wait until effectiveAt.
func onLockLoosenRequested(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackLockLoosenRequestedEvent)
	if err != nil {
		return err
	}
	r.account = ev.Sender
	r.setToken(ev.Token)
	cur, err := a.lock(ev.Sender, ev.Token)
	if err != nil {
		return err
	}
	now := cur.At(l.BlockTimestamp)
	return a.exec(`INSERT INTO locks (sender, token, threshold, min_delay, pending_threshold, pending_min_delay,
		pending_at) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (sender, token) DO UPDATE SET threshold = excluded.threshold, min_delay = excluded.min_delay,
		pending_threshold = excluded.pending_threshold, pending_min_delay = excluded.pending_min_delay,
		pending_at = excluded.pending_at`,
		addrText(ev.Sender), addrText(ev.Token), dec(now.Threshold), int64(now.MinDelay), dec(ev.Threshold),
		int64(ev.MinDelay), ev.EffectiveAt.Int64())
}

func (a *applier) lock(sender, token common.Address) (Lock, error) {
	row, err := a.queryRow(lockQuery+` WHERE sender = ? AND token = ?`, addrText(sender), addrText(token))
	if err != nil {
		return Lock{}, err
	}
	l, err := scanLock(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Lock{Sender: sender, Token: token, Threshold: new(big.Int)}, nil
	}
	return l, err
}

// ---------------------------------------------------------------- organisations

func onOrgCreated(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgCreatedEvent)
	if err != nil {
		return err
	}
	r.org, r.account, r.counterparty = ev.OrgId, ev.Creator, ev.Treasury
	return a.exec(`INSERT INTO orgs (id, creator, treasury, pending_treasury, treasury_change_at, created_at)
		VALUES (?, ?, ?, NULL, NULL, ?)`, int64(ev.OrgId), addrText(ev.Creator), addrText(ev.Treasury),
		int64(l.BlockTimestamp))
}

func onOrgAdminAdded(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgAdminAddedEvent)
	if err != nil {
		return err
	}
	r.org, r.account = ev.OrgId, ev.Admin
	return a.exec(`INSERT INTO org_admins (org_id, admin) VALUES (?, ?)`, int64(ev.OrgId), addrText(ev.Admin))
}

func onOrgAdminRemoved(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgAdminRemovedEvent)
	if err != nil {
		return err
	}
	r.org, r.account = ev.OrgId, ev.Admin
	return a.execOne("org admin", `DELETE FROM org_admins WHERE org_id = ? AND admin = ?`, int64(ev.OrgId), addrText(ev.Admin))
}

func onOrgMemberSet(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgMemberSetEvent)
	if err != nil {
		return err
	}
	r.org, r.account = ev.OrgId, ev.Member
	r.setToken(ev.Token)
	err = a.exec(`INSERT INTO org_members (org_id, member, active) VALUES (?, ?, 1)
		ON CONFLICT (org_id, member) DO UPDATE SET active = 1`, int64(ev.OrgId), addrText(ev.Member))
	if err != nil {
		return err
	}
	return a.exec(`INSERT INTO org_member_caps (org_id, member, token, per_packet_cap, daily_cap) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (org_id, member, token) DO UPDATE SET per_packet_cap = excluded.per_packet_cap,
		daily_cap = excluded.daily_cap`,
		int64(ev.OrgId), addrText(ev.Member), addrText(ev.Token), dec(ev.PerPacketCap), dec(ev.DailyCap))
}

// onOrgMemberRemoved deactivates the member and drops its caps in every token: on chain the caps belong to a
// membership generation, so a member added again starts with none.
func onOrgMemberRemoved(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgMemberRemovedEvent)
	if err != nil {
		return err
	}
	r.org, r.account = ev.OrgId, ev.Member
	err = a.execOne("org member", `UPDATE org_members SET active = 0 WHERE org_id = ? AND member = ?`,
		int64(ev.OrgId), addrText(ev.Member))
	if err != nil {
		return err
	}
	return a.exec(`DELETE FROM org_member_caps WHERE org_id = ? AND member = ?`, int64(ev.OrgId), addrText(ev.Member))
}

func onOrgFunded(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgFundedEvent)
	if err != nil {
		return err
	}
	r.org, r.account, r.amount = ev.OrgId, ev.From, ev.Amount
	r.setToken(ev.Token)
	return a.addBudget(ev.OrgId, ev.Token, ev.Amount)
}

func onOrgBudgetWithdrawn(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgBudgetWithdrawnEvent)
	if err != nil {
		return err
	}
	r.org, r.account, r.amount = ev.OrgId, ev.To, ev.Amount
	r.setToken(ev.Token)
	return a.addBudget(ev.OrgId, ev.Token, new(big.Int).Neg(ev.Amount))
}

func onOrgBudgetCredited(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgBudgetCreditedEvent)
	if err != nil {
		return err
	}
	id, err := id64(ev.Id)
	if err != nil {
		return err
	}
	r.org, r.packet, r.amount = ev.OrgId, id, ev.Amount
	r.setToken(ev.Token)
	return a.addBudget(ev.OrgId, ev.Token, ev.Amount)
}

func (a *applier) addBudget(org uint64, token common.Address, delta *big.Int) error {
	return a.addAmount("budget", `SELECT amount FROM budgets WHERE org_id = ? AND token = ?`,
		`INSERT INTO budgets (org_id, token, amount) VALUES (?, ?, ?)
			ON CONFLICT (org_id, token) DO UPDATE SET amount = excluded.amount`,
		`DELETE FROM budgets WHERE org_id = ? AND token = ?`, delta, int64(org), a.hex(token))
}

// onOrgTreasuryChangeRequested mirrors requestTreasuryChange: a change that already came due is settled first.
func onOrgTreasuryChangeRequested(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOrgTreasuryChangeRequestedEvent)
	if err != nil {
		return err
	}
	r.org, r.account = ev.OrgId, ev.Treasury
	row, err := a.queryRow(`SELECT treasury, pending_treasury, COALESCE(treasury_change_at, 0) FROM orgs WHERE id = ?`, int64(ev.OrgId))
	if err != nil {
		return err
	}
	var o Org
	var treasury string
	var pending sql.NullString
	var at int64
	if err := row.Scan(&treasury, &pending, &at); err != nil {
		return fmt.Errorf("organisation %d: %w", ev.OrgId, err)
	}
	o.Treasury, o.PendingTreasury, o.TreasuryChangeAt = common.HexToAddress(treasury), scanAddr(pending), uint64(at)
	return a.execOne("organisation", `UPDATE orgs SET treasury = ?, pending_treasury = ?, treasury_change_at = ? WHERE id = ?`,
		addrText(o.TreasuryAt(l.BlockTimestamp)), addrText(ev.Treasury), ev.EffectiveAt.Int64(), int64(ev.OrgId))
}

// ---------------------------------------------------------------- policy and ownership

func onTokenPolicySet(a *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackTokenPolicySetEvent)
	if err != nil {
		return err
	}
	r.setToken(ev.Token)
	tiers, err := tiersJSON(ev.Tiers)
	if err != nil {
		return err
	}
	return a.exec(`INSERT INTO policies (token, min_share, tiers) VALUES (?, ?, ?)
		ON CONFLICT (token) DO UPDATE SET min_share = excluded.min_share, tiers = excluded.tiers`,
		addrText(ev.Token), dec(ev.MinShare), tiers)
}

// onOwnershipTransferStarted and onOwnershipTransferred record the policy admin's two-step transfer (events only).
func onOwnershipTransferStarted(_ *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOwnershipTransferStartedEvent)
	if err != nil {
		return err
	}
	r.account, r.counterparty = ev.PreviousOwner, ev.NewOwner
	return nil
}

func onOwnershipTransferred(_ *applier, l *types.Log, r *row) error {
	ev, err := unpack(l, escrowABI.UnpackOwnershipTransferredEvent)
	if err != nil {
		return err
	}
	r.account, r.counterparty = ev.PreviousOwner, ev.NewOwner
	return nil
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
