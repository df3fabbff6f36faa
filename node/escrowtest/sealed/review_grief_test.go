package sealed

import (
	"math/big"

	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
)

// Finding (review): a sealed claim pays for up to four earlier claimers' payouts. Claimers that are contracts
// burning their whole push allowance (and failing, so the escrow also writes their owed balance) make the next
// honest claim of the packet (or its relayer) pay for that; the tools give a claim the gas for four draws.
func TestReviewClaimPaysForHostileDraws(t *testing.T) {
	cost := func(hostile bool) uint64 {
		e, err := contracttest.New(8)
		require.NoError(t, err)
		defer e.Close()
		p := escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: 6, Ttl: 86400,
			Amount: contracttest.Ether(6)}
		id, _, err := e.SendPacket(e.Key(0), p)
		require.NoError(t, err)
		claim := contracttest.EscrowABI.PackClaim(id, nil)
		for i := 1; i <= 4; i++ {
			if !hostile {
				r := reviewTx(t, e, e.Key(i), e.Escrow, 150_000, claim) // 150k: draws nothing
				require.EqualValues(t, 1, r.Status)
				continue
			}
			a, err := e.DeployMock(mocks.TestActorMetaData.Bin, contracttest.Actor.PackConstructor(e.Addr(i)))
			require.NoError(t, err)
			_, err = e.TxTo(e.Key(i), a, nil, contracttest.Actor.PackSetMode(reviewBurnGasOnChain))
			require.NoError(t, err)
			r := reviewTx(t, e, e.Key(i), a, 200_000, contracttest.Actor.PackExecute(e.Escrow, new(big.Int), claim))
			require.EqualValues(t, 1, r.Status)
		}
		e.Backend.Commit()
		r, err := e.Claim(e.Key(6), id, nil)
		require.NoError(t, err)
		require.Len(t, claimedEvents(r), 4)
		return r.GasUsed
	}
	honest, hostile := cost(false), cost(true)
	t.Logf("a claim that draws 4 shares: %d gas when the claimers are EOAs, %d when they burn their push", honest, hostile)
	require.Greater(t, hostile, honest+200_000)
}
