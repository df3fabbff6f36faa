package client

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
)

// withUndoPolicy gives ETH undo tiers: up to 1 ETH 5 minutes with consent, up to 5 ETH 2 minutes without.
func withUndoPolicy(t *testing.T, e *testEnv) {
	_, err := e.client(0).SetPolicy(e.ctx, common.Address{}, Policy{MinShare: big.NewInt(1), Tiers: []Tier{
		{MaxAmount: eth(1), Window: 5 * time.Minute, Consent: true},
		{MaxAmount: eth(5), Window: 2 * time.Minute},
	}})
	require.NoError(t, err)
}

// TestWithdrawPicksTheClause: Withdraw uses whatever clause withdrawable() names, and the money goes back.
func TestWithdrawPicksTheClause(t *testing.T) {
	tests := []struct {
		name   string
		req    SendRequest
		warp   time.Duration
		event  string
		amount *big.Int
	}{
		{"cool-off", SendRequest{Kind: Lucky, Amount: eth(2), Shares: 2, Delay: 2 * time.Hour}, 0, "CoolOffWithdrawn", eth(2)},
		{"undo of a group packet", SendRequest{Kind: Equal, Amount: eth(3), Shares: 3}, 0, "Undone", eth(3)},
		{"undo without consent", SendRequest{Kind: Direct, Amount: eth(2)}, 0, "Undone", eth(2)},
		{"undo request", SendRequest{Kind: Direct, Amount: eth(1)}, 0, "UndoRequested", new(big.Int)},
		{"refund", SendRequest{Kind: Direct, Amount: eth(1)}, 25 * time.Hour, "Refunded", eth(1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			withUndoPolicy(t, e)
			if tc.req.Kind == Direct {
				tc.req.Recipient = e.Addr(2)
			}
			c := e.client(1)
			sent, err := c.Send(e.ctx, tc.req)
			require.NoError(t, err)
			if tc.warp > 0 {
				e.warp(tc.warp)
			}
			before, escrowBefore := e.ethBalance(e.Addr(1)), e.ethBalance(e.Escrow)
			res, err := c.Withdraw(e.ctx, sent.ID)
			require.NoError(t, err)
			require.Equal(t, tc.event, res.Event)
			require.Equal(t, tc.amount, res.Amount)
			require.Equal(t, int64(0), res.Owed.Int64())
			gained := new(big.Int).Sub(e.ethBalance(e.Addr(1)), before)
			require.Equal(t, new(big.Int).Sub(tc.amount, res.GasCost), gained)
			require.Equal(t, new(big.Int).Sub(escrowBefore, tc.amount), e.ethBalance(e.Escrow))
			if tc.event == "UndoRequested" {
				require.Equal(t, e.Addr(2), res.To, "the request names the recipient asked")
				require.True(t, e.Packet(sent.ID).UndoRequested)
			} else {
				require.Equal(t, e.Addr(1), res.To)
			}
		})
	}
}

// TestUndoRequestApproved: the Direct recipient approves the sender's request; asking twice is refused.
func TestUndoRequestApproved(t *testing.T) {
	e := newEnv(t)
	withUndoPolicy(t, e)
	c1, c2 := e.client(1), e.client(2)
	sent, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: milli(500), Recipient: e.Addr(2)})
	require.NoError(t, err)
	require.True(t, sent.UndoConsent)
	require.Equal(t, sent.ReleaseAt.Add(5*time.Minute), sent.UndoUntil, "no delay: the window starts at the send")

	_, err = c2.ApproveUndo(e.ctx, sent.ID)
	requireErr(t, err, "NoUndoRequest", "the sender has not asked for packet 1 back; to give it back anyway run `hongbao decline 1`")

	res, err := c1.Undo(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, "UndoRequested", res.Event)
	_, err = c1.Undo(e.ctx, sent.ID)
	requireErr(t, err, "UndoAlreadyRequested", "you already asked for packet 1 back; it goes back when the recipient approves")
	_, err = e.client(3).ApproveUndo(e.ctx, sent.ID)
	requireErr(t, err, "NotRecipient", "only the recipient "+e.Addr(2).Hex()+" can approve the undo of packet 1")

	// While the request is pending, Withdraw explains that after the window only the recipient can act.
	e.warp(10 * time.Minute)
	_, err = c1.Withdraw(e.ctx, sent.ID)
	requireErr(t, err, CodeNoClause, "packet 1 can be refunded from "+sent.ExpiresAt.Format(timeFormat)+
		"; your undo request is pending until then: the recipient "+e.Addr(2).Hex()+" can approve it")

	before := e.ethBalance(e.Addr(1))
	ap, err := c2.ApproveUndo(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, "UndoApproved", ap.Event)
	require.Equal(t, milli(500), ap.Amount)
	require.Equal(t, e.Addr(1), ap.To)
	require.Equal(t, new(big.Int).Add(before, milli(500)), e.ethBalance(e.Addr(1)), "pushed to the sender, who paid no gas")
}

func TestWithdrawNoClause(t *testing.T) {
	e := newEnv(t)
	c1 := e.client(1)
	direct, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	group, err := c1.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(1), Shares: 2, Guardian: e.Addr(5)})
	require.NoError(t, err)
	closed, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	_, err = e.client(2).Claim(e.ctx, closed.ID, ClaimAuth{})
	require.NoError(t, err)

	tests := []struct {
		id  *big.Int
		msg string
	}{
		{direct.ID, "packet 1 can be refunded from " + direct.ExpiresAt.Format(timeFormat) +
			"; until then only the recipient " + e.Addr(2).Hex() + " can decline it"},
		{group.ID, "packet 2 can be refunded from " + group.ExpiresAt.Format(timeFormat) +
			"; until then it stays open for claims (its guardian " + e.Addr(5).Hex() + " can intercept it)"},
		{closed.ID, "packet 3 is closed: nothing is left in it to take back"},
	}
	for _, tc := range tests {
		_, err := c1.Withdraw(e.ctx, tc.id)
		requireErr(t, err, CodeNoClause, tc.msg)
	}
	_, err = c1.Withdraw(e.ctx, big.NewInt(42))
	requireErr(t, err, "PacketNotFound", "there is no packet 42 on this escrow; check the id (`hongbao list` shows your packets)")
}

func TestClauseErrors(t *testing.T) {
	e := newEnv(t)
	withUndoPolicy(t, e)
	c1, c2, c3 := e.client(1), e.client(2), e.client(3)
	coolOff, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2), Delay: time.Hour})
	require.NoError(t, err)
	big10, err := c1.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(10), Shares: 2, Auth: Open})
	require.NoError(t, err)
	small, err := c1.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2, Auth: Open})
	require.NoError(t, err)
	e.warp(3 * time.Minute)
	sender := e.Addr(1).Hex()

	_, err = c2.WithdrawCoolOff(e.ctx, coolOff.ID)
	requireErr(t, err, "NotSender", "only the sender "+sender+" can withdraw packet 1; you are "+e.Addr(2).Hex())
	_, err = c1.WithdrawCoolOff(e.ctx, small.ID)
	requireErr(t, err, "CoolOffOver", "the cool-off of packet 3 ended at "+fmtU(e.Packet(small.ID).ReleaseAt)+
		"; run `hongbao withdraw 3` to use the clause that applies now")
	_, err = c1.Undo(e.ctx, big10.ID)
	requireErr(t, err, "NoUndoWindow", "packet 2 has no undo window (its amount was above every undo tier of the token's policy); it can be refunded once it expires")
	_, err = c1.Undo(e.ctx, small.ID)
	requireErr(t, err, "UndoWindowClosed", "the undo window of packet 3 closed at "+fmtU(e.Packet(small.ID).UndoUntil)+
		"; run `hongbao withdraw 3` to see what still applies")
	_, err = c3.Undo(e.ctx, small.ID)
	requireErr(t, err, "NotSender", "only the sender "+sender+" can undo packet 3; you are "+e.Addr(3).Hex())
	_, err = c2.ApproveUndo(e.ctx, small.ID)
	requireErr(t, err, "NotDirect", "packet 3 is a group packet; only a Direct packet can be declined or have an undo approved")
	_, err = c2.Decline(e.ctx, small.ID)
	requireErr(t, err, "NotDirect", "packet 3 is a group packet; only a Direct packet can be declined or have an undo approved")
	_, err = c3.Decline(e.ctx, coolOff.ID)
	requireErr(t, err, "NotRecipient", "only the recipient "+e.Addr(2).Hex()+" can decline packet 1")

	// The cool-off withdraw works for the sender, and the packet is then closed for everyone.
	res, err := c1.WithdrawCoolOff(e.ctx, coolOff.ID)
	require.NoError(t, err)
	require.Equal(t, "CoolOffWithdrawn", res.Event)
	require.Equal(t, eth(1), res.Amount)
	_, err = c2.Decline(e.ctx, coolOff.ID)
	requireErr(t, err, "PacketClosed", "packet 1 is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)")
}

func TestDecline(t *testing.T) {
	e := newEnv(t)
	sent, err := e.client(1).Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	before := e.ethBalance(e.Addr(1))
	res, err := e.client(2).Decline(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, "Declined", res.Event)
	require.Equal(t, eth(1), res.Amount)
	require.Equal(t, e.Addr(1), res.To)
	require.Equal(t, new(big.Int).Add(before, eth(1)), e.ethBalance(e.Addr(1)))
}

func TestIntercept(t *testing.T) {
	e := newEnv(t)
	c1 := e.client(1)
	guarded, err := c1.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(3), Shares: 3, Auth: Open, Guardian: e.Addr(5)})
	require.NoError(t, err)
	unguarded, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	late, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2), Guardian: e.Addr(5), TTL: 5 * time.Minute})
	require.NoError(t, err)
	_, err = e.client(2).Claim(e.ctx, guarded.ID, ClaimAuth{})
	require.NoError(t, err)

	_, err = e.client(6).Intercept(e.ctx, guarded.ID)
	requireErr(t, err, "NotGuardian", "only the guardian "+e.Addr(5).Hex()+" can intercept packet 1; you are "+e.Addr(6).Hex())
	_, err = e.client(5).Intercept(e.ctx, unguarded.ID)
	requireErr(t, err, "NotGuardian", "packet 2 has no guardian, so nobody can intercept it")

	before := e.ethBalance(e.Addr(1))
	res, err := e.client(5).Intercept(e.ctx, guarded.ID)
	require.NoError(t, err)
	require.Equal(t, "Intercepted", res.Event)
	require.Equal(t, eth(2), res.Amount, "the unclaimed rest")
	require.Equal(t, new(big.Int).Add(before, eth(2)), e.ethBalance(e.Addr(1)))

	e.warp(10 * time.Minute)
	_, err = e.client(5).Intercept(e.ctx, late.ID)
	requireErr(t, err, "PacketExpired", "packet 3 expired at "+fmtU(e.Packet(late.ID).ExpiresAt)+"; anyone can now run `hongbao refund 3`")
}

func TestReturnETH(t *testing.T) {
	e := newEnv(t)
	sent, err := e.client(1).Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(2), Recipient: e.Addr(2)})
	require.NoError(t, err)
	c2 := e.client(2)
	_, err = c2.Return(e.ctx, sent.ID, eth(1))
	requireErr(t, err, "NotClaimer", e.Addr(2).Hex()+" has not claimed packet 1, so there is nothing to return")
	_, err = c2.Claim(e.ctx, sent.ID, ClaimAuth{})
	require.NoError(t, err)
	_, err = c2.Return(e.ctx, sent.ID, eth(3))
	requireErr(t, err, "ReturnExceedsClaim", "you can return at most 2 ETH of packet 1 (what you claimed and have not returned yet)")
	_, err = c2.Return(e.ctx, sent.ID, new(big.Int))
	requireErr(t, err, CodeInvalidRequest, "the amount to return must be greater than 0")
	_, err = c2.Return(e.ctx, big.NewInt(9), eth(1))
	requireErr(t, err, "PacketNotFound", "there is no packet 9 on this escrow; check the id (`hongbao list` shows your packets)")

	before := e.ethBalance(e.Addr(1))
	res, err := c2.Return(e.ctx, sent.ID, milli(1500))
	require.NoError(t, err)
	require.Equal(t, milli(1500), res.Amount)
	require.Equal(t, e.Addr(1), res.To)
	require.Equal(t, new(big.Int).Add(before, milli(1500)), e.ethBalance(e.Addr(1)))
	_, err = c2.Return(e.ctx, sent.ID, eth(1))
	requireErr(t, err, "ReturnExceedsClaim", "you can return at most 0.5 ETH of packet 1 (what you claimed and have not returned yet)")
}

func TestReturnToken(t *testing.T) {
	e := newEnv(t)
	tok := e.deployMockToken("MOCK", 2, big.NewInt(100_000), 2)
	sent, err := e.client(1).Send(e.ctx, SendRequest{Kind: Direct, Token: tok, Amount: big.NewInt(5_000), Recipient: e.Addr(2)})
	require.NoError(t, err)
	c2 := e.client(2)
	_, err = c2.Return(e.ctx, sent.ID, big.NewInt(100))
	requireErr(t, err, "NotClaimer", e.Addr(2).Hex()+" has not claimed packet 1, so there is nothing to return")
	_, err = c2.Claim(e.ctx, sent.ID, ClaimAuth{})
	require.NoError(t, err)
	_, err = c2.Return(e.ctx, sent.ID, big.NewInt(5_001))
	requireErr(t, err, "ReturnExceedsClaim", "you can return at most 50.00 MOCK of packet 1 (what you claimed and have not returned yet)")
	require.Equal(t, int64(0), tokenAllowance(t, e, tok, e.Addr(2)).Int64(), "no approve was spent on a return that cannot work")

	res, err := c2.Return(e.ctx, sent.ID, big.NewInt(2_000))
	require.NoError(t, err)
	require.Equal(t, big.NewInt(2_000), res.Amount)
	require.Equal(t, big.NewInt(100_000-5_000+2_000), e.TokenBalance(tok, e.Addr(1)))
	require.Equal(t, big.NewInt(100_000+5_000-2_000), e.TokenBalance(tok, e.Addr(2)))
}

func TestRefund(t *testing.T) {
	e := newEnv(t)
	c1 := e.client(1)
	var ids []*big.Int
	for i := range 3 {
		res, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(int64(i + 1)), Recipient: e.Addr(2), TTL: 5 * time.Minute})
		require.NoError(t, err)
		ids = append(ids, res.ID)
	}
	long, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	keeper := e.client(7)

	_, err = keeper.Refund(e.ctx, long.ID)
	requireErr(t, err, "NotExpired", "packet 4 has not expired: it can be refunded from "+long.ExpiresAt.Format(timeFormat))
	_, err = keeper.Refund(e.ctx)
	requireErr(t, err, CodeInvalidRequest, "give at least one packet id to refund")

	_, err = e.client(2).Claim(e.ctx, ids[1], ClaimAuth{})
	require.NoError(t, err)
	e.warp(10 * time.Minute)
	before := e.ethBalance(e.Addr(1))
	res, err := keeper.Refund(e.ctx, append(ids, long.ID, big.NewInt(77))...)
	require.NoError(t, err)
	require.Len(t, res.Refunded, 2)
	require.Equal(t, ids[0], res.Refunded[0].ID)
	require.Equal(t, eth(1), res.Refunded[0].Amount)
	require.Equal(t, ids[2], res.Refunded[1].ID)
	require.Equal(t, eth(3), res.Refunded[1].Amount)
	require.Equal(t, e.Addr(1), res.Refunded[1].To)
	require.False(t, res.Refunded[1].Owed)
	require.Equal(t, []*big.Int{ids[1], long.ID, big.NewInt(77)}, res.Skipped)
	require.Equal(t, new(big.Int).Add(before, eth(4)), e.ethBalance(e.Addr(1)), "the keeper paid the gas")

	_, err = keeper.Refund(e.ctx, ids[0])
	requireErr(t, err, "PacketClosed", "packet 1 is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)")
	_, err = keeper.Refund(e.ctx, big.NewInt(77))
	requireErr(t, err, "PacketNotFound", "there is no packet 77 on this escrow; check the id (`hongbao list` shows your packets)")

	// A single refundable id goes through refund().
	e.warp(25 * time.Hour)
	one, err := keeper.Refund(e.ctx, long.ID)
	require.NoError(t, err)
	require.Len(t, one.Refunded, 1)
	require.Empty(t, one.Skipped)
}

// TestWithdrawOwed: a refund to a sender the token blocks is credited to the sender's pull balance; once
// unblocked the sender withdraws it.
func TestWithdrawOwed(t *testing.T) {
	e := newEnv(t)
	blk := mocks.NewBlocklistToken()
	tok, err := e.DeployMock(mocks.BlocklistTokenMetaData.Bin, nil)
	require.NoError(t, err)
	_, err = e.TxTo(e.Key(0), tok, nil, blk.PackMint(e.Addr(1), big.NewInt(1_000_000)))
	require.NoError(t, err)
	c1 := e.client(1)
	sent, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Token: tok, Amount: big.NewInt(400_000), Recipient: e.Addr(2), TTL: 5 * time.Minute})
	require.NoError(t, err)

	_, err = c1.WithdrawOwed(e.ctx, tok, common.Address{})
	requireErr(t, err, "NothingOwed", e.Addr(1).Hex()+" is owed nothing in BLK")

	_, err = e.TxTo(e.Key(0), tok, nil, blk.PackSetBlocked(e.Addr(1), true))
	require.NoError(t, err)
	e.warp(10 * time.Minute)
	res, err := e.client(7).Refund(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Len(t, res.Refunded, 1)
	require.True(t, res.Refunded[0].Owed)
	owed, err := c1.Owed(e.ctx, tok, e.Addr(1))
	require.NoError(t, err)
	require.Equal(t, big.NewInt(400_000), owed)

	// Still blocked: paying it to yourself fails in the token, decoded.
	_, err = c1.WithdrawOwed(e.ctx, tok, common.Address{})
	requireErr(t, err, "Blocked", "the token blocks "+e.Addr(1).Hex()+", so it cannot send or receive it")
	// Paying it to another address works.
	out, err := c1.WithdrawOwed(e.ctx, tok, e.Addr(3))
	require.NoError(t, err)
	require.Equal(t, big.NewInt(400_000), out.Amount)
	require.Equal(t, e.Addr(3), out.To)
	require.Equal(t, big.NewInt(400_000), e.TokenBalance(tok, e.Addr(3)))
	owed, err = c1.Owed(e.ctx, tok, e.Addr(1))
	require.NoError(t, err)
	require.Equal(t, int64(0), owed.Int64())
}

// TestOrgPacket: a member sends from an organisation's budget; its caps apply, its admins can intercept,
// and the money goes back to the budget.
func TestOrgPacket(t *testing.T) {
	e := newEnv(t)
	admin, member := e.Key(5), e.Addr(1)
	_, err := e.Tx(admin, nil, escrowBinding.PackCreateOrg(e.Addr(6)))
	require.NoError(t, err)
	_, err = e.Tx(admin, eth(10), escrowBinding.PackFundOrg(1, common.Address{}, eth(10)))
	require.NoError(t, err)
	_, err = e.Tx(admin, nil, escrowBinding.PackSetOrgMember(1, member, common.Address{}, eth(2), eth(3)))
	require.NoError(t, err)

	c := e.client(1)
	before := e.ethBalance(member)
	sent, err := c.Send(e.ctx, SendRequest{Org: 1, Kind: Equal, Amount: eth(2), Shares: 2, Delay: time.Hour})
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(before, sent.GasCost), e.ethBalance(member), "the budget paid, not the member")
	require.Equal(t, eth(8), orgBudget(t, e, 1))
	p, err := c.Packet(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, uint64(1), p.OrgID)
	require.Contains(t, p.TakeBack, TakeBack{Clause: "intercept", Who: "org admin", Until: p.ExpiresAt})

	_, err = c.Send(e.ctx, SendRequest{Org: 1, Kind: Direct, Amount: milli(2500), Recipient: e.Addr(2)})
	requireErr(t, err, "OverPacketCap", "the packet of 2.5 ETH is above your per-packet cap of 2 ETH in organisation 1; send at most that, or ask an admin to raise the cap")
	_, err = c.Send(e.ctx, SendRequest{Org: 1, Kind: Direct, Amount: eth(2), Recipient: e.Addr(2)})
	var ce *Error
	require.ErrorAs(t, err, &ce)
	require.Equal(t, "OverDailyCap", ce.Code)
	require.Contains(t, ce.Message, "the packet of 2 ETH is above what you may still send today from organisation 1 (1 ETH left of your daily cap of 3 ETH); the cap resets at ")
	_, err = e.client(2).Send(e.ctx, SendRequest{Org: 1, Kind: Direct, Amount: eth(1), Recipient: e.Addr(3)})
	requireErr(t, err, "NotOrgMember", e.Addr(2).Hex()+" is not an active member of organisation 1 for ETH; an admin can add it with caps for that token")
	_, err = c.Send(e.ctx, SendRequest{Org: 7, Kind: Direct, Amount: eth(1), Recipient: e.Addr(3)})
	requireErr(t, err, "OrgNotFound", "there is no organisation 7 on this escrow; check the id")

	res, err := c.Withdraw(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, "CoolOffWithdrawn", res.Event)
	require.Equal(t, uint64(1), res.Budget)
	require.Equal(t, eth(10), orgBudget(t, e, 1), "back in the budget")

	// An admin intercepts another packet of the organisation.
	other, err := c.Send(e.ctx, SendRequest{Org: 1, Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	_, err = c.Withdraw(e.ctx, other.ID)
	requireErr(t, err, CodeNoClause, "packet 2 can be refunded from "+other.ExpiresAt.Format(timeFormat)+"; until then only the recipient "+
		e.Addr(2).Hex()+" can decline it (the admins of organisation 1 can intercept it)")
	in, err := e.client(5).Intercept(e.ctx, other.ID)
	require.NoError(t, err)
	require.Equal(t, eth(1), in.Amount)
	require.Equal(t, uint64(1), in.Budget)
	require.Equal(t, eth(10), orgBudget(t, e, 1), "the intercept gave it back to the budget")
}

var escrowBinding = escrow.NewHongbaoEscrow()

func orgBudget(t *testing.T, e *testEnv, org uint64) *big.Int {
	out, err := e.Call(e.Escrow, escrowBinding.PackOrgBudget(org, common.Address{}))
	require.NoError(t, err)
	v, err := escrowBinding.UnpackOrgBudget(out)
	require.NoError(t, err)
	return v
}
