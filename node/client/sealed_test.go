package client

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// TestSealedClaimAndDraw walks a sealed packet of 3 shares: each claim takes an index and pays nothing; the
// claimer's own settle draws its share; a later claim draws the one before it; a third party settles the last.
// Every amount is checked against the balances and the packet's total.
func TestSealedClaimAndDraw(t *testing.T) {
	e := newEnv(t)
	sent, err := e.client(1).Send(e.ctx, SendRequest{Kind: SealedLucky, Amount: eth(3), Shares: 3, Auth: Open})
	require.NoError(t, err)
	require.Equal(t, SealedLucky, sent.Kind)
	id := sent.ID

	// claim 0: pending, nothing paid but gas
	before := e.ethBalance(e.Addr(2))
	c2 := e.client(2)
	r0, err := c2.Claim(e.ctx, id, ClaimAuth{})
	require.NoError(t, err)
	require.True(t, r0.Pending)
	require.Equal(t, uint64(0), r0.Index)
	require.Equal(t, r0.Block+2, r0.ReadyAt)
	require.Zero(t, r0.Amount.Sign())
	require.Equal(t, new(big.Int).Sub(before, r0.GasCost), e.ethBalance(e.Addr(2)))
	listed, err := c2.List(e.ctx, ListFilter{ReceivedBy: e.Addr(2)})
	require.NoError(t, err)
	require.Len(t, listed, 1, "a pending claim lists the packet as received")
	require.Equal(t, id, listed[0].ID)
	require.Len(t, listed[0].Pending, 1)

	// claim 1 in the very next block: share 0 is not ready yet (its hash block is this one)
	r1, err := e.client(3).Claim(e.ctx, id, ClaimAuth{})
	require.NoError(t, err)
	require.Equal(t, uint64(1), r1.Index)
	require.Zero(t, r1.DrawnOthers)

	p, err := c2.Packet(e.ctx, id)
	require.NoError(t, err)
	require.Len(t, p.Pending, 2)
	require.Equal(t, e.Addr(2), p.Pending[0].Claimer)
	require.Empty(t, p.Claims)

	// the claimer draws its own share: one settle, in the next block
	before = e.ethBalance(e.Addr(2))
	d0, err := c2.WaitDrawn(e.ctx, r0)
	require.NoError(t, err)
	require.True(t, d0.ByMe)
	require.Equal(t, uint64(0), d0.Index)
	require.Positive(t, d0.Amount.Sign())
	require.Equal(t, new(big.Int).Sub(new(big.Int).Add(before, d0.Amount), d0.DrawTx.GasCost), e.ethBalance(e.Addr(2)))
	require.Equal(t, d0.Amount, e.ClaimedAmount(id, e.Addr(2)))

	// claim 2 (the last share) draws share 1 on the way
	r2, err := e.client(4).Claim(e.ctx, id, ClaimAuth{})
	require.NoError(t, err)
	require.Equal(t, uint64(2), r2.Index)
	require.Equal(t, 1, r2.DrawnOthers)
	d1, err := e.client(3).WaitDrawn(e.ctx, r1)
	require.NoError(t, err)
	require.False(t, d1.ByMe)
	require.Equal(t, r2.TxHash, d1.DrawTx.TxHash)
	require.Equal(t, uint64(1), d1.Index)
	require.Equal(t, d1.Amount, e.ClaimedAmount(id, e.Addr(3)))

	// the last share was claimed in the head block: not ready in the pending one
	_, err = e.client(5).Settle(e.ctx, id)
	requireErr(t, err, "DrawNotReady", fmt.Sprintf(
		"packet %s: the next share waiting is drawn from the next block's hash; it can be drawn from block %d on", id, r2.Block+2))
	_, err = e.client(5).Claim(e.ctx, id, ClaimAuth{})
	requireErr(t, err, "AllSharesTaken", fmt.Sprintf("every share of packet %s is taken; 1 waits for its draw", id))
	_, err = e.client(4).Return(e.ctx, id, big.NewInt(1))
	requireErr(t, err, "ShareNotDrawn", fmt.Sprintf(
		"your share of packet %s is not drawn yet: there is nothing to return until it is (run `hongbao settle %s`)", id, id))

	e.warp(time.Second) // the next block
	st, err := e.client(5).Settle(e.ctx, id)
	require.NoError(t, err)
	require.Len(t, st.Drawn, 1)
	require.Equal(t, e.Addr(4), st.Drawn[0].Claimer)
	require.Equal(t, uint64(2), st.Drawn[0].Index)
	total := new(big.Int).Add(d0.Amount, d1.Amount)
	total.Add(total, st.Drawn[0].Amount)
	require.Equal(t, sent.Total, total, "the three shares are the whole packet")

	t.Logf("gas: first claim %d, own settle %d, claim that drew the previous share %d, third-party settle that closed it %d",
		r0.GasUsed, d0.DrawTx.GasUsed, r2.GasUsed, st.GasUsed)
	p, err = c2.Packet(e.ctx, id)
	require.NoError(t, err)
	require.Equal(t, StatusClosed, p.Status)
	require.Empty(t, p.Pending)
	require.Len(t, p.Claims, 3)
	require.Equal(t, e.Addr(4), p.Claims[2].Claimer)
}

func TestSealedErrors(t *testing.T) {
	e := newEnv(t)
	c1 := e.client(1)
	lucky, err := c1.Send(e.ctx, SendRequest{Kind: Lucky, Amount: eth(2), Shares: 2, Auth: Open})
	require.NoError(t, err)
	sealed, err := c1.Send(e.ctx, SendRequest{Kind: SealedLucky, Amount: eth(2), Shares: 2, Auth: Open})
	require.NoError(t, err)
	tests := []struct {
		name string
		id   *big.Int
		code string
		msg  string
	}{
		{"not sealed", lucky.ID, "NotSealed", fmt.Sprintf(
			"packet %s is not a sealed lucky packet: its shares are paid at the claim, there is nothing to draw", lucky.ID)},
		{"nothing claimed", sealed.ID, "NothingToDraw", fmt.Sprintf(
			"packet %s has no share waiting for its draw: every claim of it is drawn", sealed.ID)},
		{"no such packet", big.NewInt(99), "PacketNotFound", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.client(3).Settle(e.ctx, tc.id)
			requireErr(t, err, tc.code, tc.msg)
		})
	}
}

func TestExplainSealedCounts(t *testing.T) {
	id := big.NewInt(42)
	tests := []struct {
		err  any
		code string
		msg  string
	}{
		{&escrow.HongbaoEscrowAllSharesTaken{Id: id, Pending: big.NewInt(1)}, "AllSharesTaken",
			"every share of packet 42 is taken; 1 waits for its draw"},
		{&escrow.HongbaoEscrowSharesPending{Id: id, Pending: big.NewInt(1)}, "SharesPending",
			"nothing can go back from packet 42 yet: the 1 share left is held by a claim waiting for its draw, and goes to that claimer when drawn (anyone can run `hongbao settle 42`)"},
		{&escrow.HongbaoEscrowShareNotDrawn{Id: id, Claimer: common.Address{1}}, "ShareNotDrawn",
			"your share of packet 42 is not drawn yet: there is nothing to return until it is (run `hongbao settle 42`)"},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			code, msg := explainSealed(tc.err, common.Address{1})
			require.Equal(t, tc.code, code)
			require.Equal(t, tc.msg, msg)
		})
	}
}

// A refund of an expired sealed packet whose pending share can be drawn now (DrawsReady) draws it first,
// then sends the rest back: the claimer gets its share, the sender the rest, nothing is left.
func TestRefundDrawsFirst(t *testing.T) {
	e := newEnv(t)
	sent, err := e.client(1).Send(e.ctx, SendRequest{Kind: SealedLucky, Amount: eth(3), Shares: 3, Auth: Open, TTL: 5 * time.Minute})
	require.NoError(t, err)
	_, err = e.client(2).Claim(e.ctx, sent.ID, ClaimAuth{})
	require.NoError(t, err)
	e.warp(6 * time.Minute) // expired; the claim's hash block is mined

	before := e.ethBalance(e.Addr(1))
	res, err := e.client(4).Refund(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Len(t, res.Refunded, 1)
	share := e.ClaimedAmount(sent.ID, e.Addr(2))
	require.Positive(t, share.Sign(), "the pending share was drawn first")
	require.Equal(t, new(big.Int).Sub(sent.Total, share), res.Refunded[0].Amount, "the rest went back")
	require.Equal(t, new(big.Int).Add(before, res.Refunded[0].Amount), e.ethBalance(e.Addr(1)))
	require.Equal(t, uint8(StatusClosed), e.Packet(sent.ID).Status)

	w, err := e.client(1).Withdraw(e.ctx, sent.ID)
	requireErr(t, err, CodeNoClause, "")
	require.Nil(t, w)
}

// An intercept (C6) of a sealed packet with a share ready to draw draws it first; the result says so.
func TestInterceptDrawsFirst(t *testing.T) {
	e := newEnv(t)
	sent, err := e.client(1).Send(e.ctx, SendRequest{Kind: SealedLucky, Amount: eth(3), Shares: 3, Auth: Open, Guardian: e.Addr(5)})
	require.NoError(t, err)
	_, err = e.client(2).Claim(e.ctx, sent.ID, ClaimAuth{})
	require.NoError(t, err)
	e.warp(time.Second)
	res, err := e.client(5).Intercept(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Len(t, res.Drawn, 1)
	require.Equal(t, e.Addr(2), res.Drawn[0].Claimer)
	require.Equal(t, "Intercepted", res.Event)
	require.Equal(t, new(big.Int).Sub(sent.Total, res.Drawn[0].Amount), res.Amount)
}

// A refund around a pending claim (its draw not knowable yet) leaves the packet open for that draw; once it
// is drawn the packet is closed, and Packet reads both the refund and the draw that came after it.
func TestRefundAroundPendingClaim(t *testing.T) {
	e := newEnv(t)
	sent, err := e.client(1).Send(e.ctx, SendRequest{Kind: SealedLucky, Amount: eth(3), Shares: 3, Auth: Open, TTL: 5 * time.Minute})
	require.NoError(t, err)
	e.nextAt(big.NewInt(sent.ExpiresAt.Unix() - 1))
	claim, err := e.client(2).Claim(e.ctx, sent.ID, ClaimAuth{}) // a second before expiry
	require.NoError(t, err)
	res, err := e.client(4).Refund(e.ctx, sent.ID) // at expiry, in the next block: the draw is not knowable yet
	require.NoError(t, err)
	require.Len(t, res.Refunded, 1)
	require.Equal(t, eth(2), res.Refunded[0].Amount, "the pending claim keeps the average, floor(3/3)")

	p, err := e.client(1).Packet(e.ctx, sent.ID)
	require.NoError(t, err)
	require.NotEqual(t, StatusClosed, p.Status, "open for the draw")
	require.Len(t, p.Pending, 1)
	require.Empty(t, p.TakeBack, "the one share left is held by the pending claim")

	e.warp(time.Second)
	d, err := e.client(2).WaitDrawn(e.ctx, claim)
	require.NoError(t, err)
	require.Equal(t, eth(1), d.Amount, "the last share takes the rest")
	p, err = e.client(1).Packet(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, StatusClosed, p.Status)
	require.NotNil(t, p.Closing)
	require.Equal(t, "refunded", p.Closing.Reason)
	require.Len(t, p.Claims, 1, "the draw after the refund is read too")
	require.Equal(t, eth(1), p.Claims[0].Amount)
}
