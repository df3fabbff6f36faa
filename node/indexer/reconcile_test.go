package indexer

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// chainOwes is what the escrow owes per token according to its own views at block n: remaining of every live
// packet, the organisation's budget and every actor's owed balance.
func (w *world) chainOwes(n uint64) (packets, budgets, owed map[common.Address]*big.Int) {
	packets, budgets, owed = map[common.Address]*big.Int{}, map[common.Address]*big.Int{}, map[common.Address]*big.Int{}
	for _, c := range w.curs {
		packets[c.addr], budgets[c.addr], owed[c.addr] = new(big.Int), new(big.Int), new(big.Int)
		b, err := esc.UnpackOrgBudget(w.callAt(w.env.Escrow, esc.PackOrgBudget(w.org, c.addr), n))
		require.NoError(w.t, err)
		budgets[c.addr].Set(b)
		for _, a := range w.actors {
			o, err := esc.UnpackOwed(w.callAt(w.env.Escrow, esc.PackOwed(c.addr, a.addr), n))
			require.NoError(w.t, err)
			owed[c.addr].Add(owed[c.addr], o)
		}
	}
	last, err := esc.UnpackLastPacketId(w.callAt(w.env.Escrow, esc.PackLastPacketId(), n))
	require.NoError(w.t, err)
	for id := int64(1); id <= last.Int64(); id++ {
		v, err := esc.UnpackGetPacket(w.callAt(w.env.Escrow, esc.PackGetPacket(big.NewInt(id)), n))
		require.NoError(w.t, err)
		packets[v.Token].Add(packets[v.Token], v.Remaining)
	}
	return packets, budgets, owed
}

func tokenLine(t *testing.T, rec *Reconciliation, token common.Address) TokenReconciliation {
	t.Helper()
	for _, tr := range rec.Tokens {
		if tr.Token.Address == token {
			return tr
		}
	}
	t.Fatalf("no reconciliation line for %s", token.Hex())
	return TokenReconciliation{}
}

// TestReconcile checks the books on a consistent chain (every difference zero, each side equal to what the
// contract's own views add up to), then tampers with the index and with the escrow's balance.
func TestReconcile(t *testing.T) {
	w := newWorld(t, 31)
	w.run(200)
	ctx := context.Background()
	db, _ := openDB(t, "index.db")
	syncAll(t, w.indexer(db, Config{}))

	rec, err := db.Reconcile(ctx, w.env.Client)
	require.NoError(t, err)
	require.True(t, rec.Balanced())
	require.False(t, rec.Deficit())
	require.Len(t, rec.Tokens, len(w.curs))
	packets, budgets, owed := w.chainOwes(rec.Block)
	for _, c := range w.curs {
		tr := tokenLine(t, rec, c.addr)
		require.Equal(t, packets[c.addr].String(), tr.Packets.String(), "%s: live packets", c.name)
		require.Equal(t, budgets[c.addr].String(), tr.Budgets.String(), "%s: budgets", c.name)
		require.Equal(t, owed[c.addr].String(), tr.Owed.String(), "%s: owed", c.name)
		require.Equal(t, tr.Expected.String(), tr.OnChain.String(), "%s: on chain", c.name)
		require.Positive(t, tr.OnChain.Sign(), "%s: the run left nothing in the escrow", c.name)
	}
	require.Equal(t, "ETH", tokenLine(t, rec, common.Address{}).Token.Symbol)
	require.Equal(t, "mCNY", tokenLine(t, rec, w.curs[1].addr).Token.Symbol)
	require.Equal(t, uint8(2), tokenLine(t, rec, w.curs[1].addr).Token.Decimals)

	// A live ETH packet's remaining raised by 5 wei in the index: the escrow holds 5 wei less than the index owes.
	var id int64
	var rem string
	require.NoError(t, db.SQL().QueryRow(`SELECT id, remaining FROM packets WHERE status = 'live' AND token = ?
		ORDER BY id LIMIT 1`, common.Address{}.Hex()).Scan(&id, &rem))
	_, err = db.SQL().Exec(`UPDATE packets SET remaining = ? WHERE id = ?`, addDec(t, rem, 5), id)
	require.NoError(t, err)
	// And the mCNY budget lowered by 3 base units: a surplus of 3 in mCNY.
	var budget string
	require.NoError(t, db.SQL().QueryRow(`SELECT amount FROM budgets WHERE token = ?`, w.curs[1].addr.Hex()).Scan(&budget))
	_, err = db.SQL().Exec(`UPDATE budgets SET amount = ? WHERE token = ?`, addDec(t, budget, -3), w.curs[1].addr.Hex())
	require.NoError(t, err)

	rec, err = db.Reconcile(ctx, w.env.Client)
	require.NoError(t, err)
	require.True(t, rec.Deficit())
	require.False(t, rec.Balanced())
	require.Equal(t, "-5", tokenLine(t, rec, common.Address{}).Difference.String())
	require.Equal(t, "3", tokenLine(t, rec, w.curs[1].addr).Difference.String())
	require.Zero(t, tokenLine(t, rec, w.curs[2].addr).Difference.Sign())

	// The derived tables are rebuilt from the stored events: the tampering is undone.
	require.NoError(t, db.Rebuild(ctx))
	rec, err = db.Reconcile(ctx, w.env.Client)
	require.NoError(t, err)
	require.True(t, rec.Balanced())

	// Tokens sent to the escrow directly are a surplus (no one can take them), not a deficit.
	_, err = w.env.TxTo(w.env.Key(0), w.curs[1].addr, nil, mockABI.PackMint(w.env.Escrow, big.NewInt(777)))
	require.NoError(t, err)
	syncAll(t, w.indexer(db, Config{}))
	rec, err = db.Reconcile(ctx, w.env.Client)
	require.NoError(t, err)
	require.False(t, rec.Deficit())
	require.False(t, rec.Balanced())
	require.Equal(t, "777", tokenLine(t, rec, w.curs[1].addr).Difference.String())
}

// TestReconcileBeforeSync: an index that never synced cannot reconcile.
func TestReconcileBeforeSync(t *testing.T) {
	w := newWorld(t, 32)
	db, _ := openDB(t, "index.db")
	_, err := db.Reconcile(context.Background(), w.env.Client)
	require.ErrorIs(t, err, ErrNotSynced)
}

func addDec(t *testing.T, s string, d int64) string {
	t.Helper()
	v, err := parseDec(s)
	require.NoError(t, err)
	return v.Add(v, big.NewInt(d)).String()
}
