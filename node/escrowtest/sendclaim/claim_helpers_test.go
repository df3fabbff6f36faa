package sendclaim

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

// claimOK claims packet id as account i with auth and checks everything a claim must do: one Claimed event,
// the payout in the packet's token (the claimer pays only gas in ETH), the escrow's balance, the claim
// records and the packet's remaining and claim count. It returns the share.
func (e *env) claimOK(i int, id *big.Int, auth []byte) *big.Int {
	e.t.Helper()
	who := e.Addr(i)
	pk := e.Packet(id)
	before := e.snapshot(pk.Token, who, e.Escrow)
	require.False(e.t, e.hasClaimed(id, who), "not claimed yet")

	r, err := e.Claim(e.Key(i), id, auth)
	require.NoError(e.t, err, "claim by account %d", i)

	ev := oneEvent(e.t, r, abiEscrow.UnpackClaimedEvent)
	requireBig(e.t, id, ev.Id, "Claimed id")
	require.Equal(e.t, who, ev.Claimer, "Claimed claimer")
	share := ev.Amount
	e.requirePaid(r, pk.Token, who, share, before)
	requireBig(e.t, sub(before.eth[e.Escrow], ethPart(pk.Token, share)), e.Balance(e.Escrow), "escrow ETH")
	if pk.Token != eth {
		requireBig(e.t, sub(before.tok[e.Escrow], share), e.TokenBalance(pk.Token, e.Escrow), "escrow tokens")
	}
	e.requireClaimRecorded(id, who, share, pk)
	return share
}

// ethPart is the ETH side of a payout of `amount` in token: all of it for ETH, nothing for an ERC-20.
func ethPart(token common.Address, amount *big.Int) *big.Int {
	if token == eth {
		return amount
	}
	return new(big.Int)
}

// requirePaid checks that `who`, who sent r, received `amount` in token and paid r's gas in ETH.
func (e *env) requirePaid(r *types.Receipt, token, who common.Address, amount *big.Int, before balances) {
	e.t.Helper()
	gas := simchain.GasCost(r)
	requireBig(e.t, sub(add(before.eth[who], ethPart(token, amount)), gas), e.Balance(who), "ETH of %s", who)
	if token != eth {
		requireBig(e.t, add(before.tok[who], amount), e.TokenBalance(token, who), "tokens of %s", who)
	}
}

// requireClaimRecorded checks hasClaimed, claimedAmount and the packet after a claim of `share`.
func (e *env) requireClaimRecorded(id *big.Int, who common.Address, share *big.Int, pk packetView) {
	e.t.Helper()
	require.True(e.t, e.hasClaimed(id, who), "hasClaimed")
	requireBig(e.t, share, e.ClaimedAmount(id, who), "claimedAmount")
	after := e.Packet(id)
	if share.Cmp(pk.Remaining) == 0 {
		require.Equal(e.t, contracttest.StatusClosed, after.Status, "closed by the last claim")
		requireBig(e.t, new(big.Int), after.Remaining, "nothing left")
		return
	}
	requireBig(e.t, sub(pk.Remaining, share), after.Remaining, "remaining")
	require.Equal(e.t, pk.Claimed+1, after.Claimed, "claim count")
}

// claimWithKeyOK claims a claim-key packet as account i with a valid claim-key signature.
func (e *env) claimWithKeyOK(i int, claimKey *ecdsa.PrivateKey, id *big.Int) *big.Int {
	e.t.Helper()
	return e.claimOK(i, id, e.ClaimSig(claimKey, id, e.Addr(i)))
}

// requireLuckyBounds checks a lucky share against rules §3 by arithmetic on the packet as it was before the
// claim: the last share takes the rest; any other lies in [m, 2a - m] with a = floor(rem / k).
func requireLuckyBounds(t require.TestingT, before packetView, share *big.Int) {
	rem, m := before.Remaining, before.MinShare
	k := big.NewInt(int64(before.Shares - before.Claimed))
	if k.Cmp(big.NewInt(1)) == 0 {
		require.Equal(t, rem.String(), share.String(), "the last share takes the rest")
		return
	}
	a := new(big.Int).Div(rem, k)
	hi := sub(new(big.Int).Lsh(a, 1), m)
	require.True(t, share.Cmp(m) >= 0, "share %s below m %s (rem %s, k %s)", share, m, rem, k)
	require.True(t, share.Cmp(hi) <= 0, "share %s above 2a-m %s (rem %s, k %s)", share, hi, rem, k)
}
