package client

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func TestPacketView(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(100_000, 1)
	_, err := e.client(0).SetPolicy(e.ctx, tcny, DefaultPolicy(2))
	require.NoError(t, err)
	c1 := e.client(1)
	sent, err := c1.Send(e.ctx, SendRequest{Kind: Lucky, Token: tcny, Amount: big.NewInt(30_000), Shares: 3,
		Delay: time.Hour, TTL: 2 * time.Hour, Guardian: e.Addr(5)})
	require.NoError(t, err)

	p, err := c1.Packet(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, StatusCoolOff, p.Status)
	require.Equal(t, Lucky, p.Kind)
	require.Equal(t, ClaimKey, p.Auth)
	require.Equal(t, "tCNY", p.Symbol)
	require.Equal(t, uint8(2), p.Decimals)
	require.Equal(t, big.NewInt(30_000), p.Total)
	require.Equal(t, big.NewInt(30_000), p.Remaining)
	require.Equal(t, sent.TxHash, p.SentTx)
	require.Equal(t, sent.Block, p.SentBlock)
	require.Equal(t, sent.ClaimKey, p.Recipient)
	require.Equal(t, sent.ReleaseAt, p.ReleaseAt)
	require.Equal(t, sent.ExpiresAt, p.ExpiresAt)
	require.Equal(t, p.CreatedAt.Add(time.Hour), p.ReleaseAt)
	require.Equal(t, p.CreatedAt.Add(2*time.Minute), p.UndoUntil, "300.00 tCNY falls in the 2-minute tier")
	require.True(t, p.UndoConsent)
	require.Empty(t, p.Claims)
	require.Equal(t, []TakeBack{
		{Clause: "cool-off", Who: "sender", By: e.Addr(1), Until: p.ReleaseAt},
		{Clause: "undo", Who: "sender", By: e.Addr(1), Until: p.UndoUntil},
		{Clause: "intercept", Who: "guardian", By: e.Addr(5), Until: p.ExpiresAt},
		{Clause: "refund", Who: "anyone", From: p.ExpiresAt},
	}, p.TakeBack)

	e.warp(time.Hour)
	var claimed []ClaimRecord
	for i := 2; i <= 3; i++ {
		cl, err := e.client(i).Claim(e.ctx, sent.ID, ClaimAuth{Code: sent.ClaimCode})
		require.NoError(t, err)
		claimed = append(claimed, ClaimRecord{Claimer: e.Addr(i), Amount: cl.Amount, Block: cl.Block, TxHash: cl.TxHash})
	}
	p, err = e.client(9).Packet(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, StatusOpen, p.Status)
	require.Equal(t, claimed, p.Claims)
	require.Equal(t, uint16(2), p.Claimed)
	rest := new(big.Int).Sub(big.NewInt(30_000), new(big.Int).Add(claimed[0].Amount, claimed[1].Amount))
	require.Equal(t, rest, p.Remaining)
	require.Equal(t, []TakeBack{
		{Clause: "intercept", Who: "guardian", By: e.Addr(5), Until: p.ExpiresAt},
		{Clause: "refund", Who: "anyone", From: p.ExpiresAt},
	}, p.TakeBack)

	e.warp(3 * time.Hour)
	p, err = c1.Packet(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, StatusExpired, p.Status)
	require.Equal(t, []TakeBack{{Clause: "refund", Who: "anyone"}}, p.TakeBack)

	_, err = c1.Refund(e.ctx, sent.ID)
	require.NoError(t, err)
	p, err = c1.Packet(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, StatusClosed, p.Status)
	require.Empty(t, p.TakeBack)
	require.Equal(t, big.NewInt(30_000), p.Total, "the total survives the close")

	_, err = c1.Packet(e.ctx, big.NewInt(5))
	requireErr(t, err, "PacketNotFound", "there is no packet 5 on this escrow; check the id (`hongbao list` shows your packets)")
}

func TestPacketDirectTakeBacks(t *testing.T) {
	e := newEnv(t)
	withUndoPolicy(t, e)
	c1 := e.client(1)
	sent, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	_, err = c1.Undo(e.ctx, sent.ID)
	require.NoError(t, err)
	p, err := c1.Packet(e.ctx, sent.ID)
	require.NoError(t, err)
	require.True(t, p.UndoRequested)
	require.Equal(t, []TakeBack{
		{Clause: "undo-request", Who: "sender", By: e.Addr(1), Until: p.UndoUntil},
		{Clause: "approve-undo", Who: "recipient", By: e.Addr(2), Until: p.ExpiresAt},
		{Clause: "decline", Who: "recipient", By: e.Addr(2)},
		{Clause: "refund", Who: "anyone", From: p.ExpiresAt},
	}, p.TakeBack)
}

func TestList(t *testing.T) {
	e := newEnv(t)
	c1, c2 := e.client(1), e.client(2)
	toTwo, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)}) // 1
	require.NoError(t, err)
	open, err := c1.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2, Auth: Open}) // 2
	require.NoError(t, err)
	keyed, err := c2.Send(e.ctx, SendRequest{Kind: Lucky, Amount: eth(2), Shares: 2}) // 3
	require.NoError(t, err)
	toThree, err := c2.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(3)}) // 4
	require.NoError(t, err)
	claimedDirect, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)}) // 5
	require.NoError(t, err)
	_, err = c2.Claim(e.ctx, claimedDirect.ID, ClaimAuth{})
	require.NoError(t, err)
	_, err = e.client(3).Claim(e.ctx, keyed.ID, ClaimAuth{Code: keyed.ClaimCode})
	require.NoError(t, err)
	_, err = e.client(3).Claim(e.ctx, open.ID, ClaimAuth{})
	require.NoError(t, err)

	ids := func(f ListFilter) []int64 {
		ps, err := e.client(9).List(e.ctx, f)
		require.NoError(t, err)
		out := []int64{}
		for _, p := range ps {
			out = append(out, p.ID.Int64())
		}
		return out
	}
	require.Equal(t, int64(1), toTwo.ID.Int64())
	require.Equal(t, []int64{1, 2, 3, 4, 5}, ids(ListFilter{}))
	require.Equal(t, []int64{1, 2, 5}, ids(ListFilter{SentBy: e.Addr(1)}))
	require.Equal(t, []int64{3, 4}, ids(ListFilter{SentBy: e.Addr(2)}))
	require.Equal(t, []int64{1, 5}, ids(ListFilter{ReceivedBy: e.Addr(2)}))
	require.Equal(t, []int64{2, 3, 4}, ids(ListFilter{ReceivedBy: e.Addr(3)}), "Direct to it, and claimed by it")
	require.Equal(t, []int64{1, 2}, ids(ListFilter{ClaimableBy: e.Addr(2)}), "not 5: claimed; not 3: needs a code")
	require.Equal(t, []int64{4}, ids(ListFilter{ClaimableBy: e.Addr(3)}), "not 2: already claimed")
	require.Equal(t, []int64{2}, ids(ListFilter{SentBy: e.Addr(1), ClaimableBy: e.Addr(4)}), "filters combine with AND")
	require.Empty(t, ids(ListFilter{SentBy: e.Addr(8)}))
	require.Equal(t, []int64{4, 5}, ids(ListFilter{FromBlock: toThree.Block}))
}

func TestTokenInfo(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(1, 0)
	mock := e.deployMockToken("USDX", 6, big.NewInt(1), 0)
	c := e.client(1)
	tests := []struct {
		token  common.Address
		symbol string
		dec    uint8
	}{
		{common.Address{}, "ETH", 18},
		{tcny, "tCNY", 2},
		{mock, "USDX", 6},
	}
	for _, tc := range tests {
		sym, dec, err := c.TokenInfo(e.ctx, tc.token)
		require.NoError(t, err)
		require.Equal(t, tc.symbol, sym)
		require.Equal(t, tc.dec, dec)
	}
	_, _, err := c.TokenInfo(e.ctx, e.Escrow)
	requireErr(t, err, CodeNotToken, e.Escrow.Hex()+" does not answer decimals() as an ERC-20 token does; check the token address")
	_, _, err = c.TokenInfo(e.ctx, e.Addr(5))
	requireErr(t, err, CodeNotToken, e.Addr(5).Hex()+" does not answer decimals() as an ERC-20 token does; check the token address")

	bal, err := c.Balance(e.ctx, tcny, e.Addr(1))
	require.NoError(t, err)
	require.Equal(t, int64(0), bal.Int64())
	bal, err = c.Balance(e.ctx, common.Address{}, e.Addr(1))
	require.NoError(t, err)
	require.Equal(t, e.ethBalance(e.Addr(1)), bal)
	_, err = c.Balance(e.ctx, e.Escrow, e.Addr(1))
	require.Error(t, err)
}

func TestPolicy(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(1, 0)
	admin := e.client(0)
	p, err := admin.Policy(e.ctx, tcny)
	require.NoError(t, err)
	require.Equal(t, &Policy{MinShare: big.NewInt(1), Tiers: []Tier{}}, p, "no policy: minimum share 1, no tiers")

	want := DefaultPolicy(2)
	require.Equal(t, big.NewInt(20_000), want.Tiers[0].MaxAmount)
	require.Equal(t, big.NewInt(50_000), want.Tiers[1].MaxAmount)
	ti, err := admin.SetPolicy(e.ctx, tcny, want)
	require.NoError(t, err)
	require.NotZero(t, ti.GasUsed)
	p, err = e.client(3).Policy(e.ctx, tcny)
	require.NoError(t, err)
	require.Equal(t, &want, p)

	_, err = e.client(3).SetPolicy(e.ctx, tcny, want)
	requireErr(t, err, "OwnableUnauthorizedAccount", "only the policy admin "+e.Addr(0).Hex()+" can set the token policy; you are "+e.Addr(3).Hex())
	unsorted := Policy{MinShare: big.NewInt(1), Tiers: []Tier{want.Tiers[1], want.Tiers[0]}}
	_, err = admin.SetPolicy(e.ctx, tcny, unsorted)
	requireErr(t, err, "InvalidPolicy", "invalid policy: the minimum share must be at least 1 base unit (below 2^96), and at most 8 tiers sorted by strictly increasing maximum amount")
	_, err = admin.SetPolicy(e.ctx, tcny, Policy{MinShare: new(big.Int).Lsh(big.NewInt(1), 96)})
	requireErr(t, err, CodeInvalidRequest, "the minimum share must be between 1 and 2^96 - 1 base units")
	_, err = admin.SetPolicy(e.ctx, tcny, Policy{Tiers: []Tier{{Window: time.Minute}}})
	requireErr(t, err, CodeInvalidRequest, "every tier needs a maximum amount between 0 and 2^128 - 1 base units")
	_, err = admin.SetPolicy(e.ctx, tcny, Policy{Tiers: []Tier{{MaxAmount: big.NewInt(1), Window: time.Millisecond}}})
	requireErr(t, err, CodeInvalidRequest, "the undo window must be whole seconds, not 1ms")
}

func TestWithdrawable(t *testing.T) {
	e := newEnv(t)
	c := e.client(1)
	sent, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2), Delay: time.Hour})
	require.NoError(t, err)
	clause, amount, until, err := c.Withdrawable(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, ClauseCoolOff, clause)
	require.Equal(t, eth(1), amount)
	require.Equal(t, sent.ReleaseAt, until)
	e.warp(2 * time.Hour)
	clause, _, until, err = c.Withdrawable(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, ClauseNone, clause)
	require.Equal(t, sent.ExpiresAt, until)
}

func TestEnums(t *testing.T) {
	for _, k := range []Kind{Direct, Equal, Lucky, SealedLucky} {
		got, err := ParseKind(k.String())
		require.NoError(t, err)
		require.Equal(t, k, got)
	}
	for _, a := range []AuthMode{ClaimKey, Allowlist, Open, Tickets} {
		got, err := ParseAuthMode(a.String())
		require.NoError(t, err)
		require.Equal(t, a, got)
	}
	k, err := ParseKind("LUCKY")
	require.NoError(t, err)
	require.Equal(t, Lucky, k)
	_, err = ParseKind("red")
	require.EqualError(t, err, `unknown packet kind "red" (one of direct, equal, lucky, sealed-lucky)`)
	_, err = ParseAuthMode("code")
	require.EqualError(t, err, `unknown claim authorisation "code" (one of claim-key, allowlist, open, tickets)`)
	require.Equal(t, "kind(9)", Kind(9).String())
	require.Equal(t, "cool-off", StatusCoolOff.String())
	require.Equal(t, "undo-request", ClauseUndoRequest.String())
}
