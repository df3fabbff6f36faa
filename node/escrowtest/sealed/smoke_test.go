package sealed

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/lucky"
)

func TestSealedSmoke(t *testing.T) {
	e, err := contracttest.New(8)
	require.NoError(t, err)
	defer e.Close()
	total := contracttest.Ether(10)
	p := escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: 5, Ttl: 86400, Amount: total}
	id, _, err := e.SendPacket(e.Key(0), p)
	require.NoError(t, err)

	st := &lucky.Sealed{ID: id, Rem: uint256.MustFromBig(total), Shares: 5, Min: uint256.NewInt(1)}
	hashOf := func(n uint64) common.Hash {
		h, err := e.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
		require.NoError(t, err)
		return h.Hash()
	}
	got := map[common.Address]*big.Int{}
	for i := 1; i <= 5; i++ {
		if i > 1 && i%2 == 0 {
			require.NoError(t, e.Warp(1))
		}
		r, err := e.Claim(e.Key(i), id, nil)
		require.NoError(t, err, "claim %d", i)
		t.Logf("claim %d gas %d", i, r.GasUsed)
		// the mirror: draw what was ready in the claim's block, then append the claim
		exp, err := st.Draw(r.BlockNumber.Uint64(), lucky.DrawPerClaim, hashOf)
		require.NoError(t, err)
		st.Claim(e.Addr(i), r.BlockNumber.Uint64())
		var claimed []*escrow.HongbaoEscrowClaimed
		for _, ev := range contracttest.Events(r) {
			if c, ok := ev.(*escrow.HongbaoEscrowClaimed); ok {
				claimed = append(claimed, c)
				got[c.Claimer] = c.Amount
			}
		}
		require.Len(t, claimed, len(exp))
		for j := range exp {
			require.Equal(t, exp[j].Claimer, claimed[j].Claimer)
			require.Equal(t, exp[j].Amount.ToBig(), claimed[j].Amount)
		}
	}
	require.NoError(t, e.Warp(1)) // one more block so the last claim's hash is readable
	require.NoError(t, e.Warp(1))
	r, err := e.Tx(e.Key(7), nil, contracttest.EscrowABI.PackSettle(id))
	require.NoError(t, err)
	t.Logf("settle gas %d", r.GasUsed)
	exp, err := st.Draw(r.BlockNumber.Uint64(), 0, hashOf)
	require.NoError(t, err)
	for _, d := range exp {
		got[d.Claimer] = d.Amount.ToBig()
	}
	sum := new(big.Int)
	for _, v := range got {
		sum.Add(sum, v)
	}
	require.Len(t, got, 5)
	require.Equal(t, total, sum)
	require.Equal(t, contracttest.StatusClosed, e.Packet(id).Status)
	require.Zero(t, e.Balance(e.Escrow).Sign())
}
