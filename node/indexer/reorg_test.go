package indexer

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

// sendRaw submits a transaction with an explicit nonce and tip, without mining it. After a fork it replaces
// the old branch's transaction of the same nonce, which the pool re-injects with a lower tip. The pool resets to
// the forked head asynchronously; until it has, it judges nonces by the old branch ("nonce too low", seen under
// load), so that answer is retried for up to about five seconds.
func sendRaw(t *testing.T, env *contracttest.Env, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, data []byte) common.Hash {
	t.Helper()
	ctx := context.Background()
	head, err := env.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tip := big.NewInt(5 * params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: env.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: simchain.TxGasLimit, To: &to, Value: value, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(env.ChainID), key)
	require.NoError(t, err)
	err = env.Client.SendTransaction(ctx, signed)
	for tries := 0; err != nil && strings.Contains(err.Error(), "nonce too low") && tries < 1000; tries++ {
		time.Sleep(5 * time.Millisecond)
		err = env.Client.SendTransaction(ctx, signed)
	}
	require.NoError(t, err)
	return signed.Hash()
}

// assertEventsCanonical checks that every stored event's block is on the chain now.
func assertEventsCanonical(t *testing.T, w *world, db *DB) {
	t.Helper()
	rows, err := db.SQL().Query(`SELECT DISTINCT block_number, block_hash FROM events`)
	require.NoError(t, err)
	defer rows.Close()
	for rows.Next() {
		var n int64
		var h string
		require.NoError(t, rows.Scan(&n, &h))
		hdr, err := w.env.Client.HeaderByNumber(context.Background(), big.NewInt(n))
		require.NoError(t, err)
		require.Equal(t, hdr.Hash().Hex(), h, "event of block %d is from another branch", n)
	}
}

// TestReorgRollsBackAndReplays indexes a branch, forks the chain below it (simulated backend Fork) and builds
// a longer branch where the same packet id is a different packet. The index must roll back to the common
// ancestor, replay, and end up identical to a fresh index of the new chain.
func TestReorgRollsBackAndReplays(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 21)
	w.run(40)
	ctx := context.Background()
	db, _ := openDB(t, "index.db")
	ix := w.indexer(db, Config{})
	syncAll(t, ix)
	env := w.env
	parent, err := env.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	sender := env.Key(3)
	nonce, err := env.Client.NonceAt(ctx, env.Addr(3), nil)
	require.NoError(t, err)

	// Branch A: account 3 sends 1 ETH to account 4, who claims it; then more random traffic.
	id, _, err := env.SendPacket(sender, contracttest.DirectParams(env.Addr(4), contracttest.Ether(1)))
	require.NoError(t, err)
	_, err = env.Claim(env.Key(4), id, nil)
	require.NoError(t, err)
	w.run(25)
	prA := syncAll(t, ix)
	require.Positive(t, prA.Events)
	a, err := db.Packet(ctx, id.Uint64())
	require.NoError(t, err)
	require.Equal(t, env.Addr(4), a.Recipient)
	require.Equal(t, ReasonClaimed, a.CloseReason)
	headA, err := env.Client.BlockNumber(ctx)
	require.NoError(t, err)

	// Branch B from the parent: account 3's same nonce sends 2 ETH to account 6 instead; made longer than A.
	require.NoError(t, env.Backend.Fork(parent.Hash()))
	txB := sendRaw(t, env, sender, nonce, env.Escrow, contracttest.Ether(2),
		esc.PackSend(contracttest.DirectParams(env.Addr(6), contracttest.Ether(2))))
	env.Backend.Commit()
	r, err := env.Receipt(txB)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	for n, _ := env.Client.BlockNumber(ctx); n <= headA; n, _ = env.Client.BlockNumber(ctx) {
		env.Backend.Commit()
	}

	pr := syncAll(t, ix)
	require.Equal(t, 1, pr.Reorgs, "the index did not notice the reorg")
	require.GreaterOrEqual(t, pr.RolledBack, prA.Events, "branch A's events were not all rolled back")
	b, err := db.Packet(ctx, id.Uint64())
	require.NoError(t, err)
	require.Equal(t, env.Addr(6), b.Recipient, "packet %s still shows branch A", id)
	require.Equal(t, contracttest.Ether(2).String(), b.Total.String())
	require.False(t, b.Closed)
	require.Equal(t, txB, b.SentTx)
	assertEventsCanonical(t, w, db)
	w.assertMatchesChain(db)

	fresh, _ := openDB(t, "fresh.db")
	syncAll(t, w.indexer(fresh, Config{}))
	require.Equal(t, dump(t, fresh), dump(t, db), "after the reorg the index differs from a fresh index of the new chain")
}

// TestReorgToShorterChain: right after a fork the chain is shorter than the index; the index rolls back to the
// fork point and matches the chain there.
func TestReorgToShorterChain(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 22)
	w.run(30)
	ctx := context.Background()
	db, _ := openDB(t, "index.db")
	ix := w.indexer(db, Config{})
	syncAll(t, ix)
	parent, err := w.env.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	w.run(30)
	syncAll(t, ix)
	before, err := db.Checkpoint(ctx)
	require.NoError(t, err)
	require.Greater(t, before.Block, parent.Number.Uint64())

	require.NoError(t, w.env.Backend.Fork(parent.Hash()))
	pr := syncAll(t, ix)
	require.Equal(t, 1, pr.Reorgs)
	cp, err := db.Checkpoint(ctx)
	require.NoError(t, err)
	require.Equal(t, parent.Number.Uint64(), cp.Block)
	require.Equal(t, parent.Hash(), cp.Hash)
	assertEventsCanonical(t, w, db)
	w.assertMatchesChain(db)
}

// TestConfirmationDepth: with 3 confirmations a block is indexed only once 3 blocks are built on it.
func TestConfirmationDepth(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 23)
	ctx := context.Background()
	db, _ := openDB(t, "index.db")
	ix := w.indexer(db, Config{Confirmations: 3})
	id, r, err := w.env.SendPacket(w.env.Key(1), contracttest.DirectParams(w.env.Addr(2), contracttest.Ether(1)))
	require.NoError(t, err)
	sent := r.BlockNumber.Uint64()
	for depth := uint64(0); depth <= 3; depth++ {
		pr := syncAll(t, ix)
		require.Equal(t, sent+depth-3, pr.Checkpoint, "checkpoint at depth %d", depth)
		_, err := db.Packet(ctx, id.Uint64())
		if depth < 3 {
			require.ErrorIs(t, err, ErrNotFound, "packet indexed %d blocks deep", depth)
		} else {
			require.NoError(t, err, "packet not indexed 3 blocks deep")
		}
		w.env.Backend.Commit()
	}
}

// TestRefusesAnotherEscrow: a database bound to one escrow is not silently mixed with another's logs.
func TestRefusesAnotherEscrow(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 24)
	db, _ := openDB(t, "index.db")
	syncAll(t, w.indexer(db, Config{}))
	other, _, err := w.env.DeployEscrow(0)
	require.NoError(t, err)
	ix, err := New(db, w.env.Client, Config{Escrow: other})
	require.NoError(t, err)
	_, err = ix.Sync(context.Background())
	require.ErrorContains(t, err, "index holds escrow "+w.env.Escrow.Hex())
	_, err = New(db, w.env.Client, Config{})
	require.ErrorContains(t, err, "no escrow address")
}

// branchB forks the chain at parent and builds a branch longer than headA whose first block differs from the
// old branch's: account 3's next nonce at parent sends a 2 ETH packet to account 6.
func branchB(t *testing.T, env *contracttest.Env, parent *types.Header, nonce, headA uint64) {
	t.Helper()
	ctx := context.Background()
	require.NoError(t, env.Backend.Fork(parent.Hash()))
	tx := sendRaw(t, env, env.Key(3), nonce, env.Escrow, contracttest.Ether(2),
		esc.PackSend(contracttest.DirectParams(env.Addr(6), contracttest.Ether(2))))
	env.Backend.Commit()
	r, err := env.Receipt(tx)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	for n, _ := env.Client.BlockNumber(ctx); n <= headA; n, _ = env.Client.BlockNumber(ctx) {
		env.Backend.Commit()
	}
}

// TestReorgWhilePagesPending: a sync's pages are committed before the end of the sync confirms the chain they
// came from. A fork that replaces them, whether it happens while the sync reads (the pass's final check
// sees it) or after a sync was killed between pages (the next sync finds the anchor gone), must roll the
// index back to the last confirmed checkpoint and end identical to a fresh index of the new chain.
func TestReorgWhilePagesPending(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		// duringSync forks from inside the sync (after the second page is applied); otherwise the sync is
		// killed there and the fork happens before the next one.
		duringSync bool
	}{{"fork during the sync", true}, {"fork after a sync killed between pages", false}} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, 25)
			w.run(30)
			ctx := context.Background()
			env := w.env
			db, _ := openDB(t, "index.db")
			syncAll(t, w.indexer(db, Config{}))
			parent, err := env.Client.HeaderByNumber(ctx, nil)
			require.NoError(t, err)
			nonce, err := env.Client.NonceAt(ctx, env.Addr(3), nil)
			require.NoError(t, err)
			w.run(40) // branch A
			headA, err := env.Client.BlockNumber(ctx)
			require.NoError(t, err)

			syncCtx, cancel := context.WithCancel(ctx)
			defer cancel()
			ix := w.indexer(db, Config{MaxRange: 3})
			pages, forked := 0, false
			ix.testHookApplied = func(i, n int) {
				if i == n-1 {
					pages++
				}
				if pages == 2 && !forked {
					forked = true
					if tc.duringSync {
						branchB(t, env, parent, nonce, headA)
					} else {
						cancel()
					}
				}
			}
			pr, err := ix.Sync(syncCtx)
			require.True(t, forked, "the sync never applied two pages")
			if !tc.duringSync {
				require.ErrorIs(t, err, context.Canceled)
				st, serr := db.state(ctx)
				require.NoError(t, serr)
				require.True(t, st.pending(), "the killed sync left no pages between a base and an anchor")
				require.Equal(t, parent.Number.Uint64(), st.base.Block)
				branchB(t, env, parent, nonce, headA)
				ix.testHookApplied = nil
				pr, err = ix.Sync(ctx)
			}
			require.NoError(t, err)
			require.Positive(t, pr.Reorgs, "the index did not notice the fork")
			assertEventsCanonical(t, w, db)
			w.assertMatchesChain(db)
			fresh, _ := openDB(t, "fresh.db")
			syncAll(t, w.indexer(fresh, Config{}))
			require.Equal(t, dump(t, fresh), dump(t, db), "after the fork the index differs from a fresh index of the new chain")
		})
	}
}
