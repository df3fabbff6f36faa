package indexer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// ErrNotFound is returned for a packet, organisation or lock the index does not hold.
var ErrNotFound = errors.New("not in the index")

const packetColumns = `id, sender, token, kind, auth, total, shares, claimed, remaining, claimed_amount, relay_fees,
	returned, min_share, recipient, root, guardian, COALESCE(org_id, 0), created_at, release_at, expires_at,
	undo_until, undo_consent, undo_requested, status, COALESCE(close_reason, ''), closed_amount,
	COALESCE(closed_at, 0), sent_block, sent_tx, COALESCE(closed_block, 0), COALESCE(closed_tx, ''), pending`

type scanner interface{ Scan(dest ...any) error }

func scanPacket(s scanner) (*Packet, error) {
	var (
		p                                                        Packet
		sender, token, kind, auth, status, sentTx, closedTx      string
		total, rem, claimedAmt, fees, ret, minShare, closedAmt   string
		recipient, root, guardian                                sql.NullString
		id, shares, claimed, org, created, release, expires      int64
		undoUntil, consent, requested, closedAt, sentBlock, cblk int64
		pending                                                  int64
	)
	err := s.Scan(&id, &sender, &token, &kind, &auth, &total, &shares, &claimed, &rem, &claimedAmt, &fees, &ret,
		&minShare, &recipient, &root, &guardian, &org, &created, &release, &expires, &undoUntil, &consent, &requested,
		&status, &p.CloseReason, &closedAmt, &closedAt, &sentBlock, &sentTx, &cblk, &closedTx, &pending)
	if err != nil {
		return nil, err
	}
	p.ID, p.Sender, p.Token = uint64(id), common.HexToAddress(sender), common.HexToAddress(token)
	p.Kind, p.Auth = Kind(indexOf(kindNames, kind)), AuthMode(indexOf(authNames, auth))
	p.Shares, p.Claimed, p.Pending = uint16(shares), uint16(claimed), uint16(pending)
	p.Recipient, p.Guardian, p.OrgID = scanAddr(recipient), scanAddr(guardian), uint64(org)
	if root.Valid {
		p.Root = common.HexToHash(root.String)
	}
	p.CreatedAt, p.ReleaseAt, p.ExpiresAt, p.UndoUntil = uint64(created), uint64(release), uint64(expires), uint64(undoUntil)
	p.UndoConsent, p.UndoRequested, p.Closed = consent != 0, requested != 0, status == "closed"
	p.ClosedAt, p.SentBlock, p.SentTx, p.ClosedBlock = uint64(closedAt), uint64(sentBlock), common.HexToHash(sentTx), uint64(cblk)
	if closedTx != "" {
		p.ClosedTx = common.HexToHash(closedTx)
	}
	for _, f := range []struct {
		s   string
		dst **big.Int
	}{{total, &p.Total}, {rem, &p.Remaining}, {claimedAmt, &p.ClaimedAmount}, {fees, &p.RelayFees},
		{ret, &p.Returned}, {minShare, &p.MinShare}, {closedAmt, &p.ClosedAmount}} {
		if *f.dst, err = parseDec(f.s); err != nil {
			return nil, fmt.Errorf("packet %d: %w", id, err)
		}
	}
	return &p, nil
}

func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return 255
}

// Packet returns packet id as rebuilt from the logs, or ErrNotFound.
func (d *DB) Packet(ctx context.Context, id uint64) (*Packet, error) {
	p, err := scanPacket(d.db.QueryRowContext(ctx, `SELECT `+packetColumns+` FROM packets WHERE id = ?`, int64(id)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("packet %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read packet %d: %w", id, err)
	}
	return p, nil
}

// PacketFilter selects packets; zero fields select everything, and the fields set combine with AND.
type PacketFilter struct {
	Sender    common.Address // packets sent by this address
	Recipient common.Address // Direct packets to this address (or claim-key packets with this key)
	Claimer   common.Address // packets this address claimed a share of
	// ReceivedBy selects what this address received or was sent: Direct packets to it, and packets it claimed
	// a share of (`list --received-by`).
	ReceivedBy common.Address
	// ClaimableBy selects what this address may still claim, as far as the logs tell: live Direct packets to
	// it, and live group packets with open authorisation that have a share left and that it has not claimed
	// (`list --claimable-by`). Allowlist and claim-key packets are left out: who may claim them is not in the
	// logs. Set OpenAt as well to drop packets still in cool-off or already expired.
	ClaimableBy common.Address
	// GuardedBy selects what this address guards (C6, rules §5): packets it is the guardian of, and packets
	// sent from the budget of an organisation it is an admin of now. Admins are read at query time, as the
	// escrow reads them at intercept time: an admin added later guards the organisation's earlier packets too,
	// a removed one none. Closed packets stay in; what may still be done to them is the caller's to tell.
	GuardedBy common.Address
	// OpenAt, when non-zero, keeps only packets open at that time (unix seconds): live, released and not
	// expired (Packet.StatusAt gives StatusOpen).
	OpenAt   uint64
	LiveOnly bool // only packets with money left

	// Paging. Packets come in id order (newest first with Newest). AfterID and BeforeID are cursors: only ids
	// above AfterID and below BeforeID (zero: no bound); pass the last id of a page to get the next one. Limit
	// caps the number returned (0: no cap).
	Newest   bool
	AfterID  uint64
	BeforeID uint64
	Limit    int
}

// where is the filter as SQL conditions over packets and their arguments.
func (f PacketFilter) where() ([]string, []any) {
	var where []string
	var args []any
	add := func(cond string, a ...any) { where, args = append(where, cond), append(args, a...) }
	const claimedBy = `EXISTS (SELECT 1 FROM claims c WHERE c.packet_id = packets.id AND c.claimer = ?)`
	if f.Sender != (common.Address{}) {
		add("sender = ?", addrText(f.Sender))
	}
	if f.Recipient != (common.Address{}) {
		add("recipient = ?", addrText(f.Recipient))
	}
	if f.Claimer != (common.Address{}) {
		add(claimedBy, addrText(f.Claimer))
	}
	if f.ReceivedBy != (common.Address{}) {
		a := addrText(f.ReceivedBy)
		add("((kind = 'Direct' AND recipient = ?) OR "+claimedBy+")", a, a)
	}
	if f.ClaimableBy != (common.Address{}) {
		a := addrText(f.ClaimableBy)
		add("status = 'live' AND ((kind = 'Direct' AND recipient = ?) OR (kind != 'Direct' AND auth = 'Open' AND "+
			"claimed < shares AND NOT "+claimedBy+"))", a, a)
	}
	if f.GuardedBy != (common.Address{}) {
		a := addrText(f.GuardedBy)
		add("(guardian = ? OR org_id IN (SELECT oa.org_id FROM org_admins oa WHERE oa.admin = ?))", a, a)
	}
	if f.OpenAt != 0 {
		add("status = 'live' AND release_at <= ? AND expires_at > ?", int64(f.OpenAt), int64(f.OpenAt))
	}
	if f.LiveOnly {
		add("status = 'live'")
	}
	if f.AfterID != 0 {
		add("id > ?", int64(f.AfterID))
	}
	if f.BeforeID != 0 {
		add("id < ?", int64(f.BeforeID))
	}
	return where, args
}

// Packets returns the packets the filter selects, in id order (newest first with f.Newest), at most f.Limit.
func (d *DB) Packets(ctx context.Context, f PacketFilter) ([]*Packet, error) {
	where, args := f.where()
	q := `SELECT ` + packetColumns + ` FROM packets`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY id"
	if f.Newest {
		q += " DESC"
	}
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list packets: %w", err)
	}
	defer rows.Close()
	var out []*Packet
	for rows.Next() {
		p, err := scanPacket(rows)
		if err != nil {
			return nil, fmt.Errorf("list packets: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list packets: %w", err)
	}
	return out, nil
}

// CountPackets is the number of packets the filter selects, ignoring its paging fields.
func (d *DB) CountPackets(ctx context.Context, f PacketFilter) (int, error) {
	f.AfterID, f.BeforeID, f.Limit = 0, 0, 0
	where, args := f.where()
	q := `SELECT COUNT(*) FROM packets`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	var n int
	if err := d.db.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count packets: %w", err)
	}
	return n, nil
}

// Claims returns the claims of packet id, in claim order: a sealed packet's drawn shares in index order (the
// order they are drawn in), then its pending ones.
func (d *DB) Claims(ctx context.Context, id uint64) ([]Claim, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT packet_id, claimer, amount, relay_fee, relayer, returned, block_number,
		tx_hash, share_index, pending, COALESCE(claim_block, 0), COALESCE(claim_tx, '') FROM claims WHERE packet_id = ?
		ORDER BY pending, block_number, log_index`, int64(id))
	if err != nil {
		return nil, fmt.Errorf("claims of packet %d: %w", id, err)
	}
	defer rows.Close()
	var out []Claim
	for rows.Next() {
		var c Claim
		var pid, block, pending, claimBlock int64
		var claimer, amount, fee, ret, tx, claimTx string
		var relayer sql.NullString
		var index sql.NullInt64
		if err := rows.Scan(&pid, &claimer, &amount, &fee, &relayer, &ret, &block, &tx, &index, &pending, &claimBlock, &claimTx); err != nil {
			return nil, fmt.Errorf("claims of packet %d: %w", id, err)
		}
		c.PacketID, c.Claimer, c.Relayer, c.Block, c.TxHash = uint64(pid), common.HexToAddress(claimer), scanAddr(relayer), uint64(block), common.HexToHash(tx)
		if index.Valid {
			c.Sealed, c.Index, c.Pending = true, uint64(index.Int64), pending != 0
			c.ClaimBlock, c.ClaimTx = uint64(claimBlock), common.HexToHash(claimTx)
		}
		if c.Amount, err = parseDec(amount); err != nil {
			return nil, err
		}
		if c.RelayFee, err = parseDec(fee); err != nil {
			return nil, err
		}
		if c.Returned, err = parseDec(ret); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Balance is an amount of one token held for someone: an owed balance or an organisation budget.
type Balance struct {
	Token   common.Address
	Account common.Address // owed: the account; budgets: zero
	OrgID   uint64         // budgets: the organisation; owed: zero
	Amount  *big.Int
}

// Owed returns every non-zero owed balance (rules §1 pull balances), by token then account.
func (d *DB) Owed(ctx context.Context) ([]Balance, error) {
	return d.balances(ctx, `SELECT token, account, 0, amount FROM owed ORDER BY token, account`)
}

// Budgets returns every non-zero organisation budget, by organisation then token.
func (d *DB) Budgets(ctx context.Context) ([]Balance, error) {
	return d.balances(ctx, `SELECT token, NULL, org_id, amount FROM budgets ORDER BY org_id, token`)
}

func (d *DB) balances(ctx context.Context, q string) ([]Balance, error) {
	rows, err := d.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("read balances: %w", err)
	}
	defer rows.Close()
	var out []Balance
	for rows.Next() {
		var b Balance
		var token, amount string
		var account sql.NullString
		var org int64
		if err := rows.Scan(&token, &account, &org, &amount); err != nil {
			return nil, fmt.Errorf("read balances: %w", err)
		}
		b.Token, b.Account, b.OrgID = common.HexToAddress(token), scanAddr(account), uint64(org)
		if b.Amount, err = parseDec(amount); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

const lockQuery = `SELECT sender, token, threshold, min_delay, pending_threshold, COALESCE(pending_min_delay, 0),
	COALESCE(pending_at, 0) FROM locks`

func scanLock(s scanner) (Lock, error) {
	var l Lock
	var sender, token, threshold string
	var pending sql.NullString
	var minDelay, pendingDelay, pendingAt int64
	if err := s.Scan(&sender, &token, &threshold, &minDelay, &pending, &pendingDelay, &pendingAt); err != nil {
		return l, err
	}
	var err error
	l.Sender, l.Token, l.MinDelay = common.HexToAddress(sender), common.HexToAddress(token), uint32(minDelay)
	if l.Threshold, err = parseDec(threshold); err != nil {
		return l, err
	}
	if pending.Valid {
		if l.PendingThreshold, err = parseDec(pending.String); err != nil {
			return l, err
		}
		l.PendingMinDelay, l.PendingAt = uint32(pendingDelay), uint64(pendingAt)
	}
	return l, nil
}

// Locks returns every security lock the logs set, by sender then token. Use Lock.At for the one in effect.
func (d *DB) Locks(ctx context.Context) ([]Lock, error) {
	rows, err := d.db.QueryContext(ctx, lockQuery+` ORDER BY sender, token`)
	if err != nil {
		return nil, fmt.Errorf("read locks: %w", err)
	}
	defer rows.Close()
	var out []Lock
	for rows.Next() {
		l, err := scanLock(rows)
		if err != nil {
			return nil, fmt.Errorf("read locks: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// Org returns organisation id with its admins (one snapshot), or ErrNotFound.
func (d *DB) Org(ctx context.Context, id uint64) (*Org, error) {
	var o *Org
	err := d.read(ctx, func(q querier) error {
		var err error
		if o, err = readOrg(ctx, q, id); err != nil {
			return err
		}
		o.Admins, err = readAdmins(ctx, q, id)
		return err
	})
	return o, err
}

// OrgLogs returns the stored logs the index ties to organisation id (its own events and its packets'), in
// chain order, as they came from the escrow: what a client replays instead of reading them from the chain.
func (d *DB) OrgLogs(ctx context.Context, id uint64) ([]types.Log, error) {
	var out []types.Log
	err := d.read(ctx, func(q querier) error {
		b, _, err := readBinding(ctx, q)
		if err != nil {
			return err
		}
		rows, err := q.QueryContext(ctx, `SELECT `+logColumns+` FROM events WHERE org_id = ?
			ORDER BY block_number, log_index`, int64(id))
		if err != nil {
			return fmt.Errorf("read the events of organisation %d: %w", id, err)
		}
		out, err = scanLogs(rows, b.Escrow)
		return err
	})
	return out, err
}

func readOrg(ctx context.Context, q querier, id uint64) (*Org, error) {
	var o Org
	var creator, treasury string
	var pending sql.NullString
	var at, created int64
	err := q.QueryRowContext(ctx, `SELECT creator, treasury, pending_treasury, COALESCE(treasury_change_at, 0),
		created_at FROM orgs WHERE id = ?`, int64(id)).Scan(&creator, &treasury, &pending, &at, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("organisation %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read organisation %d: %w", id, err)
	}
	o.ID, o.Creator, o.Treasury, o.PendingTreasury = id, common.HexToAddress(creator), common.HexToAddress(treasury), scanAddr(pending)
	o.TreasuryChangeAt, o.CreatedAt = uint64(at), uint64(created)
	return &o, nil
}

func readAdmins(ctx context.Context, q querier, id uint64) ([]common.Address, error) {
	rows, err := q.QueryContext(ctx, `SELECT admin FROM org_admins WHERE org_id = ? ORDER BY rowid`, int64(id))
	if err != nil {
		return nil, fmt.Errorf("admins of organisation %d: %w", id, err)
	}
	defer rows.Close()
	var out []common.Address
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, fmt.Errorf("admins of organisation %d: %w", id, err)
		}
		out = append(out, common.HexToAddress(a))
	}
	return out, rows.Err()
}

// Tier is one undo tier of a token policy (rules §4).
type Tier struct {
	MaxAmount *big.Int `json:"maxAmount"`
	Window    uint32   `json:"window"`
	Consent   bool     `json:"consent"`
}

// tierJSON keeps the uint128 maxAmount exact as a string.
type tierJSON struct {
	MaxAmount string `json:"maxAmount"`
	Window    uint32 `json:"window"`
	Consent   bool   `json:"consent"`
}

func tiersJSON(tiers []escrow.IHongbaoEscrowTier) (string, error) {
	out := make([]tierJSON, len(tiers))
	for i, t := range tiers {
		out[i] = tierJSON{MaxAmount: dec(t.MaxAmount), Window: t.Window, Consent: t.Consent}
	}
	b, err := json.Marshal(out)
	return string(b), err
}

// Policy is a token's policy for packets sent after it was set.
type Policy struct {
	Token    common.Address
	MinShare *big.Int
	Tiers    []Tier
}

// Policy returns the last policy the logs set for token, or ErrNotFound (the contract then uses minimum
// share 1 and no undo tier).
func (d *DB) Policy(ctx context.Context, token common.Address) (*Policy, error) {
	var minShare, tiers string
	err := d.db.QueryRowContext(ctx, `SELECT min_share, tiers FROM policies WHERE token = ?`, addrText(token)).Scan(&minShare, &tiers)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("policy of %s: %w", token.Hex(), ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read policy of %s: %w", token.Hex(), err)
	}
	p := &Policy{Token: token}
	if p.MinShare, err = parseDec(minShare); err != nil {
		return nil, err
	}
	var raw []tierJSON
	if err := json.Unmarshal([]byte(tiers), &raw); err != nil {
		return nil, fmt.Errorf("policy of %s: %w", token.Hex(), err)
	}
	for _, t := range raw {
		m, err := parseDec(t.MaxAmount)
		if err != nil {
			return nil, err
		}
		p.Tiers = append(p.Tiers, Tier{MaxAmount: m, Window: t.Window, Consent: t.Consent})
	}
	return p, nil
}

// Member is an organisation member's standing and caps in one token.
type Member struct {
	OrgID        uint64
	Member       common.Address
	Token        common.Address
	Active       bool
	PerPacketCap *big.Int
	DailyCap     *big.Int
}

// Members returns the caps of the members of organisation id, by member then token. A removed member has
// none (and starts with none if added again).
func (d *DB) Members(ctx context.Context, id uint64) ([]Member, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT m.member, c.token, m.active, c.per_packet_cap, c.daily_cap
		FROM org_members m JOIN org_member_caps c ON c.org_id = m.org_id AND c.member = m.member
		WHERE m.org_id = ? ORDER BY m.member, c.token`, int64(id))
	if err != nil {
		return nil, fmt.Errorf("members of organisation %d: %w", id, err)
	}
	defer rows.Close()
	var out []Member
	for rows.Next() {
		var m Member
		var member, token, perPacket, daily string
		var active int64
		if err := rows.Scan(&member, &token, &active, &perPacket, &daily); err != nil {
			return nil, fmt.Errorf("members of organisation %d: %w", id, err)
		}
		m.OrgID, m.Member, m.Token, m.Active = id, common.HexToAddress(member), common.HexToAddress(token), active != 0
		if m.PerPacketCap, err = parseDec(perPacket); err != nil {
			return nil, err
		}
		if m.DailyCap, err = parseDec(daily); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
