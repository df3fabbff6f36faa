package indexer

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// TestSealedPacketIndexed follows a sealed packet through every state the index must rebuild, comparing it
// with the contract's views after each step: claims pending (amount 0, with their index), a relayed one whose
// fee is paid at its draw, a draw by a later claim and by settle, an expiry refund that takes only what no
// claim holds (the packet stays open, its shares cut), and the last draw that closes it as refunded. A
// rebuild from the stored events gives the same database, and the books balance with pending shares.
func TestSealedPacketIndexed(t *testing.T) {
	w := newWorld(t, 61)
	env := w.env
	ctx := context.Background()
	id, _, err := env.SendPacket(env.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky,
		Auth: contracttest.Open, Shares: 5, Ttl: 600, Amount: contracttest.Ether(5)})
	require.NoError(t, err)
	db, _ := openDB(t, "index.db")
	ix := w.indexer(db, Config{})
	step := func(name string) *Packet {
		t.Helper()
		syncAll(t, ix)
		w.assertMatchesChain(db)
		p, err := db.Packet(ctx, id.Uint64())
		require.NoError(t, err, name)
		return p
	}

	_, err = env.Claim(env.Key(2), id, nil) // share 0
	require.NoError(t, err)
	relayer := env.Addr(9)
	fee7 := big.NewInt(7e15) // 0.007 ETH: more than the minimum share, which caps a sealed claim's fee
	deadline := new(big.Int).SetUint64(env.Now() + 3600)
	sig, err := env.Domain.SignClaimFor(env.Key(3), id, relayer, fee7, deadline)
	require.NoError(t, err)
	_, err = env.Send(env.Key(9), &env.Escrow, nil, esc.PackClaimFor(id, env.Addr(3), fee7, deadline, []byte{}, sig)) // share 1, relayed
	require.NoError(t, err)
	require.NoError(t, env.Warp(time.Second)) // a block: both become ready
	p := step("two pending")
	require.Equal(t, uint16(0), p.Claimed)
	require.Equal(t, uint16(2), p.Pending)
	require.Equal(t, contracttest.Ether(5).String(), p.Remaining.String(), "pending shares stay in the packet")
	claims, err := db.Claims(ctx, id.Uint64())
	require.NoError(t, err)
	require.Len(t, claims, 2)
	for i, c := range claims {
		require.True(t, c.Sealed && c.Pending)
		require.Equal(t, uint64(i), c.Index)
		require.Zero(t, c.Amount.Sign())
	}

	_, err = env.Claim(env.Key(4), id, nil) // share 2: draws shares 0 and 1 on the way
	require.NoError(t, err)
	p = step("a claim drew two")
	require.Equal(t, uint16(2), p.Claimed)
	require.Equal(t, uint16(1), p.Pending)
	claims, err = db.Claims(ctx, id.Uint64())
	require.NoError(t, err)
	require.False(t, claims[1].Pending)
	require.Equal(t, relayer, claims[1].Relayer, "the relay fee is paid at the draw")
	require.Equal(t, p.MinShare.String(), claims[1].RelayFee.String(), "a sealed claim's fee is capped at the minimum share")
	require.Equal(t, p.MinShare.String(), p.RelayFees.String())

	// Share 3 is claimed a second before expiry (an empty block first: share 2 becomes ready, and the claim
	// draws it), and the refund comes in the very next block, at expiry: share 3's draw is not knowable yet,
	// so the refund goes around it (a knowable draw would have to be drawn first: DrawsReady).
	require.NoError(t, env.NextAt(p.ExpiresAt-1))
	_, err = env.Claim(env.Key(5), id, nil)
	require.NoError(t, err)
	_, err = env.Send(env.Key(6), &env.Escrow, nil, esc.PackRefund(id))
	require.NoError(t, err)
	p = step("refunded around the pending claims")
	require.False(t, p.Closed)
	require.Equal(t, ReasonRefunded, p.CloseReason, "kept for when it closes")
	require.Equal(t, uint16(4), p.Shares, "cut to drawn + pending")
	require.Equal(t, uint16(1), p.Pending)

	require.NoError(t, env.Warp(time.Second))
	_, err = env.Send(env.Key(6), &env.Escrow, nil, esc.PackSettle(id))
	require.NoError(t, err)
	p = step("the last draw closes it")
	require.True(t, p.Closed)
	require.Equal(t, ReasonRefunded, p.CloseReason)
	require.Zero(t, p.Pending)

	records, err := db.History(ctx, Filter{PacketID: id.Uint64()})
	require.NoError(t, err)
	var names []string
	for _, r := range records {
		names = append(names, r.Event)
	}
	require.Equal(t, []string{"PacketSent", "SharePending", "SharePending", "SharePending", "Claimed", "Claimed",
		"RelayFeePaid", "SharePending", "Claimed", "Refunded", "Claimed"}, names)

	before := dump(t, db)
	require.NoError(t, db.Rebuild(ctx))
	require.Equal(t, before, dump(t, db), "rebuilding from the stored events changed the state")
}

// TestReconcileCountsPendingShares: the books balance while shares wait for their draw (their money is the
// packet's remaining), and reconcile says how many wait.
func TestReconcileCountsPendingShares(t *testing.T) {
	w := newWorld(t, 62)
	env := w.env
	id, _, err := env.SendPacket(env.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky,
		Auth: contracttest.Open, Shares: 3, Ttl: 600, Amount: contracttest.Ether(3)})
	require.NoError(t, err)
	for _, i := range []int{2, 3} {
		_, err = env.Claim(env.Key(i), id, nil)
		require.NoError(t, err)
	}
	db, _ := openDB(t, "index.db")
	syncAll(t, w.indexer(db, Config{}))
	rec, err := db.Reconcile(context.Background(), env.Client)
	require.NoError(t, err)
	line := tokenLine(t, rec, [20]byte{})
	require.Zero(t, line.Difference.Sign())
	require.Equal(t, 2, line.PendingShares, "the second claim came in the block after the first: nothing was ready to draw")
}
