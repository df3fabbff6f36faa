package indexer

import (
	"context"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

// eventCounts is how many events of each name the index holds.
func eventCounts(t *testing.T, db *DB) map[string]int {
	t.Helper()
	rows, err := db.SQL().Query(`SELECT name, COUNT(*) FROM events GROUP BY name`)
	require.NoError(t, err)
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var n string
		var c int
		require.NoError(t, rows.Scan(&n, &c))
		out[n] = c
	}
	return out
}

// TestRebuildMatchesChain runs a random mix of every operation and, every few dozen steps, syncs the index and
// compares everything it rebuilt from the logs with the contract's views at the same block.
func TestRebuildMatchesChain(t *testing.T) {
	t.Parallel()
	seen := map[string]int{}
	for _, seed := range []uint64{1, 2} {
		w := newWorld(t, seed)
		db, _ := openDB(t, "index.db")
		ix := w.indexer(db, Config{})
		for round := range 8 {
			w.run(60)
			pr := syncAll(t, ix)
			require.Zero(t, pr.Reorgs, "round %d", round)
			w.assertMatchesChain(db)
		}
		for n, c := range eventCounts(t, db) {
			seen[n] += c
		}
		t.Logf("seed %d: %d transactions, %d reverted attempts, %d packets", seed, w.ok, w.reverted, len(w.packets))
	}
	var names []string
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Logf("%-28s %d", n, seen[n])
	}
	// The mix must have exercised every state change the index rebuilds, or the comparison proves little.
	for _, name := range []string{
		"PacketSent", "AllowlistSet", "GuardianSet", "OrgPacketSent", "Claimed", "RelayFeePaid", "Refunded",
		"CoolOffWithdrawn", "Undone", "UndoRequested", "UndoApproved", "Declined", "Returned", "Intercepted",
		"OwedCredited", "OwedWithdrawn", "LockSet", "LockLoosenRequested", "OrgCreated", "OrgAdminAdded",
		"OrgAdminRemoved", "OrgMemberSet", "OrgMemberRemoved", "OrgFunded", "OrgBudgetWithdrawn",
		"OrgBudgetCredited", "OrgTreasuryChangeRequested", "TokenPolicySet", "SharePending",
	} {
		require.Positive(t, seen[name], "no %s event in the random mix", name)
	}
}

// TestIdempotentReruns: syncing a synced index, or rebuilding its state from the stored events, changes nothing.
func TestIdempotentReruns(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 7)
	w.run(120)
	db, _ := openDB(t, "index.db")
	ix := w.indexer(db, Config{})
	first := syncAll(t, ix)
	require.Positive(t, first.Events)
	before := dump(t, db)

	again := syncAll(t, ix)
	require.Zero(t, again.Events, "a second sync found events again")
	require.Zero(t, again.Batches)
	require.Equal(t, before, dump(t, db), "a second sync changed the database")

	require.NoError(t, db.Rebuild(context.Background()))
	require.Equal(t, before, dump(t, db), "rebuilding from the stored events changed the state")
	w.assertMatchesChain(db)
}
