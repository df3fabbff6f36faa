package sealed

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/lucky"
)

// Regression (review finding: a sealed claim paid for up to four earlier claimers' burning pushes, 138k -> 444k
// gas). The reviewer's scenario: four earlier claimers of a 6-share packet, either EOAs or contracts that burn
// all gas on incoming ETH in a real transaction (so their push fails and the escrow also writes their owed
// balance), then an honest claim with plenty of gas. Now a claim draws at most DrawPerClaim (2) earlier shares,
// so hostile claimers can add to it at most what two failing pushes cost: per push the forwarded
// PUSH_GAS_NATIVE plus the call stipend (burnt instead of handed back), a fresh owed slot (cold SSTORE from zero)
// and the OwedCredited log.
func TestReviewClaimPaysForHostileDraws(t *testing.T) {
	cost := func(hostile bool) (uint64, *big.Int) {
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
				require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
				continue
			}
			a, err := e.DeployMock(mocks.TestActorMetaData.Bin, contracttest.Actor.PackConstructor(e.Addr(i)))
			require.NoError(t, err)
			_, err = e.TxTo(e.Key(i), a, nil, contracttest.Actor.PackSetMode(reviewBurnGasOnChain))
			require.NoError(t, err)
			r := reviewTx(t, e, e.Key(i), a, 200_000, contracttest.Actor.PackExecute(e.Escrow, new(big.Int), claim))
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		}
		e.Backend.Commit()
		r, err := e.Claim(e.Key(6), id, nil) // simchain's 12M: gas for every draw it may make
		require.NoError(t, err)
		require.Len(t, claimedEvents(r), lucky.DrawPerClaim, "a claim draws at most %d earlier shares", lucky.DrawPerClaim)
		owed := eventsOf[*escrow.HongbaoEscrowOwedCredited](r)
		if hostile {
			require.Len(t, owed, lucky.DrawPerClaim, "each hostile push failed and was credited")
		} else {
			require.Empty(t, owed)
		}
		out, err := e.Call(e.Escrow, contracttest.EscrowABI.PackPUSHGASNATIVE())
		require.NoError(t, err)
		push, err := contracttest.EscrowABI.UnpackPUSHGASNATIVE(out)
		require.NoError(t, err)
		return r.GasUsed, push
	}
	honest, push := cost(false)
	hostile, _ := cost(true)
	// OwedCredited(address indexed token, address indexed account, uint256 amount): LOG3 with one word of data
	logGas := params.LogGas + 3*params.LogTopicGas + 32*params.LogDataGas
	// and the failure branch's own instructions (two mapping hashes, the event's memory): a few hundred gas
	const ops = 500
	perPush := push.Uint64() + params.CallStipend + params.SstoreSetGasEIP2200 + params.ColdSloadCostEIP2929 + logGas + ops
	bound := uint64(lucky.DrawPerClaim) * perPush
	t.Logf("a claim that draws %d shares: %d gas when the earlier claimers are EOAs, %d when they burn their push "+
		"(+%d; bound %d = %d x (PUSH_GAS_NATIVE %d + stipend %d + owed slot %d + log %d + ops %d))", lucky.DrawPerClaim,
		honest, hostile, hostile-honest, bound, lucky.DrawPerClaim, push, params.CallStipend,
		params.SstoreSetGasEIP2200+params.ColdSloadCostEIP2929, logGas, ops)
	require.Greater(t, hostile, honest, "the hostile pushes burnt gas")
	require.LessOrEqual(t, hostile-honest, bound, "hostile claimers cost a claim at most two failing pushes")
}
