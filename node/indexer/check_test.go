package indexer

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// openDB opens a fresh index file in the test's temporary directory.
func openDB(t *testing.T, name string) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	db, err := Open(context.Background(), path)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	return db, path
}

func (w *world) indexer(db *DB, cfg Config) *Indexer {
	w.t.Helper()
	cfg.Escrow = w.env.Escrow
	ix, err := New(db, w.env.Client, cfg)
	require.NoError(w.t, err)
	return ix
}

// syncAll syncs to the head and returns what it did.
func syncAll(t *testing.T, ix *Indexer) Progress {
	t.Helper()
	pr, err := ix.Sync(context.Background())
	require.NoError(t, err)
	return pr
}

// dump renders every table, rows sorted, for comparing two databases.
func dump(t *testing.T, db *DB) string {
	t.Helper()
	ctx := context.Background()
	rows, err := db.SQL().QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	require.NoError(t, err)
	var tables []string
	for rows.Next() {
		var n string
		require.NoError(t, rows.Scan(&n))
		tables = append(tables, n)
	}
	require.NoError(t, rows.Close())
	var b strings.Builder
	for _, table := range tables {
		fmt.Fprintf(&b, "== %s\n", table)
		r, err := db.SQL().QueryContext(ctx, `SELECT * FROM `+table+` ORDER BY 1, 2`)
		require.NoError(t, err)
		cols, err := r.Columns()
		require.NoError(t, err)
		for r.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			require.NoError(t, r.Scan(ptrs...))
			fmt.Fprintln(&b, vals...)
		}
		require.NoError(t, r.Close())
	}
	return b.String()
}

// count is the number of rows of a table.
func count(t *testing.T, db *DB, table string) int {
	t.Helper()
	var n int
	require.NoError(t, db.SQL().QueryRow(`SELECT COUNT(*) FROM `+table).Scan(&n))
	return n
}

// assertMatchesChain compares everything the index rebuilt with the contract's views at the checkpoint block:
// every packet (getPacket), every claim (claimedAmount), the owed ledger (owed), budgets, organisation,
// members, locks and policies; and that the books balance (Reconcile).
func (w *world) assertMatchesChain(db *DB) {
	t := w.t
	t.Helper()
	ctx := context.Background()
	cp, err := db.Checkpoint(ctx)
	require.NoError(t, err)
	require.True(t, cp.Set)
	head, err := w.env.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(cp.Block))
	require.NoError(t, err)
	require.Equal(t, head.Hash(), cp.Hash, "checkpoint hash")
	at, now := cp.Block, head.Time

	last, err := esc.UnpackLastPacketId(w.callAt(w.env.Escrow, esc.PackLastPacketId(), at))
	require.NoError(t, err)
	require.Equal(t, int(last.Int64()), count(t, db, "packets"), "packets indexed")
	for id := uint64(1); id <= last.Uint64(); id++ {
		w.assertPacket(db, id, at, now)
	}
	w.assertOwed(db, at)
	w.assertOrg(db, at, now)
	w.assertLocksAndPolicies(db, at, now)

	rec, err := db.Reconcile(ctx, w.env.Client)
	require.NoError(t, err)
	for _, tr := range rec.Tokens {
		require.Zero(t, tr.Difference.Sign(), "%s: on chain %s, index expects %s", tr.Token.Label(), tr.OnChain, tr.Expected)
	}
	require.True(t, rec.Balanced())
	require.False(t, rec.Deficit())
}

func (w *world) assertPacket(db *DB, id, at, now uint64) {
	t := w.t
	bid := new(big.Int).SetUint64(id)
	v, err := esc.UnpackGetPacket(w.callAt(w.env.Escrow, esc.PackGetPacket(bid), at))
	require.NoError(t, err)
	p, err := db.Packet(context.Background(), id)
	require.NoError(t, err)
	msg := fmt.Sprintf("packet %d", id)
	require.Equal(t, v.Status, uint8(p.StatusAt(now)), msg+": status")
	require.Equal(t, v.Sender, p.Sender, msg+": sender")
	require.Equal(t, v.Token, p.Token, msg+": token")
	require.Equal(t, v.Kind, uint8(p.Kind), msg+": kind")
	require.Equal(t, v.Auth, uint8(p.Auth), msg+": auth")
	require.Equal(t, v.MinShare.String(), p.MinShare.String(), msg+": min share")
	require.Equal(t, v.Recipient, p.Recipient, msg+": recipient")
	require.Equal(t, common.Hash(v.Root), p.Root, msg+": root")
	require.Equal(t, v.Guardian, p.Guardian, msg+": guardian")
	require.Equal(t, v.OrgId, p.OrgID, msg+": org")
	require.Equal(t, v.CreatedAt.Uint64(), p.CreatedAt, msg+": createdAt")
	require.Equal(t, v.UndoUntil.Uint64(), p.UndoUntil, msg+": undoUntil")
	// Per-packet conservation (rules §4): total == claimed (fees included) + what a clause moved + remaining.
	sum := new(big.Int).Add(p.ClaimedAmount, p.ClosedAmount)
	require.Equal(t, p.Total.String(), sum.Add(sum, p.Remaining).String(), msg+": conservation")
	if v.Status == uint8(StatusClosed) {
		require.True(t, p.Closed, msg+": closed")
		require.Zero(t, p.Remaining.Sign(), msg+": closed with money left")
		require.NotEmpty(t, p.CloseReason, msg+": close reason")
	} else {
		require.Equal(t, v.Remaining.String(), p.Remaining.String(), msg+": remaining")
		require.Equal(t, v.Shares, p.Shares, msg+": shares")
		require.Equal(t, v.Claimed, p.Claimed, msg+": claimed")
		require.Equal(t, v.ReleaseAt.Uint64(), p.ReleaseAt, msg+": releaseAt")
		require.Equal(t, v.ExpiresAt.Uint64(), p.ExpiresAt, msg+": expiresAt")
		require.Equal(t, v.UndoConsent, p.UndoConsent, msg+": undoConsent")
		require.Equal(t, v.UndoRequested, p.UndoRequested, msg+": undoRequested")
	}
	w.assertClaims(db, p, at)
}

// assertClaims checks hasClaimed and claimedAmount of every actor. For a fee-on-transfer token the claim record
// is checked only where nothing was returned: see TestReturnedEventRebuildsClaimRecord.
func (w *world) assertClaims(db *DB, p *Packet, at uint64) {
	t := w.t
	claims, err := db.Claims(context.Background(), p.ID)
	require.NoError(t, err)
	byAddr := map[common.Address]Claim{}
	fees := new(big.Int)
	for _, c := range claims {
		byAddr[c.Claimer] = c
		fees.Add(fees, c.RelayFee)
	}
	require.Equal(t, int(p.Claimed)+int(p.Pending), len(claims), "packet %d: claim rows (drawn and pending)", p.ID)
	if p.Kind == KindSealedLucky && !p.Closed {
		page, err := esc.UnpackPendingDraws(w.callAt(w.env.Escrow, esc.PackPendingDraws(new(big.Int).SetUint64(p.ID), new(big.Int), big.NewInt(1000)), at))
		require.NoError(t, err)
		pending := page.Draws
		require.Len(t, pending, int(p.Pending), "packet %d: pending draws", p.ID)
		for _, d := range pending {
			c := byAddr[d.Claimer]
			require.True(t, c.Pending, "packet %d: %s pending", p.ID, d.Claimer.Hex())
			require.Equal(t, d.Index.Uint64(), c.Index, "packet %d: %s's index", p.ID, d.Claimer.Hex())
			require.Equal(t, d.BlockNumber, c.ClaimBlock, "packet %d: %s's claim block", p.ID, d.Claimer.Hex())
		}
	}
	require.Equal(t, p.RelayFees.String(), fees.String(), "packet %d: relay fees", p.ID)
	bid := new(big.Int).SetUint64(p.ID)
	fee := w.isFeeToken(p.Token)
	for _, a := range w.actors {
		has, err := esc.UnpackHasClaimed(w.callAt(w.env.Escrow, esc.PackHasClaimed(bid, a.addr), at))
		require.NoError(t, err)
		c, ok := byAddr[a.addr]
		require.Equal(t, has, ok, "packet %d: hasClaimed(%s)", p.ID, a.addr.Hex())
		if !ok || (fee && c.Returned.Sign() > 0) {
			continue
		}
		got, err := esc.UnpackClaimedAmount(w.callAt(w.env.Escrow, esc.PackClaimedAmount(bid, a.addr), at))
		require.NoError(t, err)
		require.Equal(t, got.String(), new(big.Int).Sub(c.Amount, c.Returned).String(), "packet %d: claimedAmount(%s)", p.ID, a.addr.Hex())
	}
}

func (w *world) isFeeToken(a common.Address) bool {
	for _, c := range w.curs {
		if c.addr == a {
			return c.fee
		}
	}
	return false
}

// assertOwed checks owed() for every currency and actor both ways: the chain's balances are in the index and
// the index holds nothing else.
func (w *world) assertOwed(db *DB, at uint64) {
	t := w.t
	owed, err := db.Owed(context.Background())
	require.NoError(t, err)
	idx := map[[2]common.Address]*big.Int{}
	for _, b := range owed {
		idx[[2]common.Address{b.Token, b.Account}] = b.Amount
		got, err := esc.UnpackOwed(w.callAt(w.env.Escrow, esc.PackOwed(b.Token, b.Account), at))
		require.NoError(t, err)
		require.Equal(t, got.String(), b.Amount.String(), "owed(%s, %s)", b.Token.Hex(), b.Account.Hex())
	}
	for _, c := range w.curs {
		for _, a := range w.actors {
			got, err := esc.UnpackOwed(w.callAt(w.env.Escrow, esc.PackOwed(c.addr, a.addr), at))
			require.NoError(t, err)
			want := idx[[2]common.Address{c.addr, a.addr}]
			if want == nil {
				want = new(big.Int)
			}
			require.Equal(t, got.String(), want.String(), "owed(%s, %s)", c.name, a.addr.Hex())
		}
	}
}

func (w *world) assertOrg(db *DB, at, now uint64) {
	t := w.t
	ctx := context.Background()
	v, err := esc.UnpackGetOrg(w.callAt(w.env.Escrow, esc.PackGetOrg(w.org), at))
	require.NoError(t, err)
	o, err := db.Org(ctx, w.org)
	require.NoError(t, err)
	require.Equal(t, v.Treasury, o.TreasuryAt(now), "treasury")
	if v.PendingTreasury != (common.Address{}) {
		require.Equal(t, v.PendingTreasury, o.PendingTreasury, "pending treasury")
		require.Equal(t, v.TreasuryChangeAt.Uint64(), o.TreasuryChangeAt, "treasury change time")
	}
	require.Equal(t, int(v.AdminCount), len(o.Admins), "admin count")
	for _, a := range o.Admins {
		is, err := esc.UnpackIsOrgAdmin(w.callAt(w.env.Escrow, esc.PackIsOrgAdmin(w.org, a), at))
		require.NoError(t, err)
		require.True(t, is, "admin %s", a.Hex())
	}
	budgets, err := db.Budgets(ctx)
	require.NoError(t, err)
	idx := map[common.Address]*big.Int{}
	for _, b := range budgets {
		idx[b.Token] = b.Amount
	}
	for _, c := range w.curs {
		got, err := esc.UnpackOrgBudget(w.callAt(w.env.Escrow, esc.PackOrgBudget(w.org, c.addr), at))
		require.NoError(t, err)
		want := idx[c.addr]
		if want == nil {
			want = new(big.Int)
		}
		require.Equal(t, got.String(), want.String(), "budget in %s", c.name)
	}
	w.assertOrgLogs(db, at)
	members, err := db.Members(ctx, w.org)
	require.NoError(t, err)
	require.NotEmpty(t, members)
	for _, m := range members {
		mv, err := esc.UnpackOrgMember(w.callAt(w.env.Escrow, esc.PackOrgMember(w.org, m.Member, m.Token), at))
		require.NoError(t, err)
		require.Equal(t, mv.Active, m.Active, "member %s active", m.Member.Hex())
		require.Equal(t, mv.PerPacketCap.String(), m.PerPacketCap.String(), "member %s per-packet cap in %s", m.Member.Hex(), m.Token.Hex())
		require.Equal(t, mv.DailyCap.String(), m.DailyCap.String(), "member %s daily cap", m.Member.Hex())
	}
}

// assertOrgLogs checks that OrgLogs holds every log of the organisation's own events on chain up to block at,
// as the chain has it, in chain order, and only logs the index tied to the organisation.
func (w *world) assertOrgLogs(db *DB, at uint64) {
	t := w.t
	ctx := context.Background()
	stored, err := db.OrgLogs(ctx, w.org)
	require.NoError(t, err)
	require.True(t, slices.IsSortedFunc(stored, func(a, b types.Log) int {
		return cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.Index, b.Index))
	}), "chain order")
	byPos := map[[2]uint64]types.Log{}
	for _, l := range stored {
		byPos[[2]uint64{l.BlockNumber, uint64(l.Index)}] = l
	}
	parsed := escrowABI.GetABI()
	var orgEvents []common.Hash
	for name, ev := range parsed.Events {
		if strings.HasPrefix(name, "Org") && len(ev.Inputs) > 0 && ev.Inputs[0].Name == "orgId" && ev.Inputs[0].Indexed {
			orgEvents = append(orgEvents, ev.ID)
		}
	}
	require.NotEmpty(t, orgEvents)
	onChain, err := w.env.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), ToBlock: new(big.Int).SetUint64(at),
		Addresses: []common.Address{w.env.Escrow}, Topics: [][]common.Hash{orgEvents, {common.BigToHash(new(big.Int).SetUint64(w.org))}}})
	require.NoError(t, err)
	require.NotEmpty(t, onChain)
	for _, l := range onChain {
		got, ok := byPos[[2]uint64{l.BlockNumber, uint64(l.Index)}]
		require.True(t, ok, "the log at block %d index %d is stored", l.BlockNumber, l.Index)
		require.Equal(t, l.Topics, got.Topics)
		require.Equal(t, l.Data, got.Data)
		require.Equal(t, l.TxHash, got.TxHash)
		require.Equal(t, l.BlockHash, got.BlockHash)
		require.Equal(t, l.Address, got.Address)
	}
	var tied int
	require.NoError(t, db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM events WHERE org_id = ?`, int64(w.org)).Scan(&tied))
	require.Len(t, stored, tied)
}

func (w *world) assertLocksAndPolicies(db *DB, at, now uint64) {
	t := w.t
	ctx := context.Background()
	locks, err := db.Locks(ctx)
	require.NoError(t, err)
	idx := map[[2]common.Address]Lock{}
	for _, l := range locks {
		idx[[2]common.Address{l.Sender, l.Token}] = l.At(now)
	}
	for _, c := range w.curs {
		for _, a := range w.actors {
			v, err := esc.UnpackLockOf(w.callAt(w.env.Escrow, esc.PackLockOf(a.addr, c.addr), at))
			require.NoError(t, err)
			l, ok := idx[[2]common.Address{a.addr, c.addr}]
			if !ok {
				l = Lock{Threshold: new(big.Int)}
			}
			msg := fmt.Sprintf("lock of %s in %s", a.addr.Hex(), c.name)
			require.Equal(t, v.Threshold.String(), l.Threshold.String(), msg)
			require.Equal(t, v.MinDelay, l.MinDelay, msg)
			require.Equal(t, v.PendingAt.Uint64(), l.PendingAt, msg)
			if l.PendingAt != 0 {
				require.Equal(t, v.PendingThreshold.String(), l.PendingThreshold.String(), msg)
				require.Equal(t, v.PendingMinDelay, l.PendingMinDelay, msg)
			}
		}
		out := w.callAt(w.env.Escrow, esc.PackTokenPolicy(c.addr), at)
		v, err := esc.UnpackTokenPolicy(out)
		require.NoError(t, err)
		p, err := db.Policy(ctx, c.addr)
		if c.fee {
			require.ErrorIs(t, err, ErrNotFound)
			continue
		}
		require.NoError(t, err)
		require.Equal(t, v.MinShare.String(), p.MinShare.String(), "min share of %s", c.name)
		require.Equal(t, len(v.Tiers), len(p.Tiers), "tiers of %s", c.name)
		for i, tier := range v.Tiers {
			require.Equal(t, escrow.IHongbaoEscrowTier{MaxAmount: p.Tiers[i].MaxAmount, Window: p.Tiers[i].Window, Consent: p.Tiers[i].Consent}, tier)
		}
	}
}
