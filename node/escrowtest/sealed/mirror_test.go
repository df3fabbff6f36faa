package sealed

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/lucky"
)

// TestSealedMatchesMirror plays random sealed packets (random shares, amounts and minimum shares; claims in the
// same block, the next block or later; random settle and settleMany calls, and now and then a gap of more than
// 256 blocks) and checks every Claimed and DrawAveraged event against node/lucky's Sealed mirror, bit for bit,
// and the contract's pendingDraws and packet view against the mirror's state. HONGBAO_SEALED_SEED replays a run.
func TestSealedMatchesMirror(t *testing.T) {
	seed := uint64(rand.Int64())
	if v := os.Getenv("HONGBAO_SEALED_SEED"); v != "" {
		var err error
		seed, err = strconv.ParseUint(v, 10, 64)
		require.NoError(t, err)
	}
	t.Logf("seed %d (HONGBAO_SEALED_SEED replays it)", seed)
	rng := rand.New(rand.NewPCG(seed, 11))
	const claimers = 14
	e, err := contracttest.New(claimers + 2)
	require.NoError(t, err)
	defer e.Close()
	keeper := e.Key(claimers + 1)
	packets, steps := 10, 80
	var compared, averaged, sameBlock int
	longGaps := 1 // a gap of more than 256 blocks costs ~257 empty blocks: one per run
	if testing.Short() {
		packets = 3
	}

	for p := 0; p < packets; p++ {
		shares := uint16(2 + rng.IntN(11))
		minShare := uint64(1)
		if rng.IntN(2) == 0 {
			minShare = 1 + rng.Uint64N(1e12)
		}
		amount := new(big.Int).SetUint64(minShare * uint64(shares))
		amount.Add(amount, new(big.Int).SetUint64(rng.Uint64N(uint64(1e18))))
		// the ETH policy's minimum share applies to packets sent after it
		_, err := e.Tx(e.Key(0), nil, contracttest.EscrowABI.PackSetTokenPolicy(common.Address{}, new(big.Int).SetUint64(minShare), nil))
		require.NoError(t, err)
		id, _, err := e.SendPacket(e.Key(0), escrow.IHongbaoEscrowSendParams{
			Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: shares, Ttl: 86400, Amount: amount})
		require.NoError(t, err)
		st := mirror(id, amount, uint64(shares))
		st.Min = uint256.NewInt(minShare)
		next := 1 // next claimer account
		drawn := 0
		for s := 0; s < steps && drawn < int(shares); s++ {
			var calls []call
			var what []string
			switch r := rng.IntN(10); {
			case r < 6: // 1-3 claims in one block
				for c := 1 + rng.IntN(3); c > 0 && next <= claimers && st.Settled+uint64(len(st.Pending)+len(calls)) < uint64(shares); c-- {
					calls = append(calls, call{from: e.Key(next), to: e.Escrow, data: contracttest.EscrowABI.PackClaim(id, nil)})
					what = append(what, "claim")
					next++
				}
			case r < 7:
				calls = append(calls, call{from: keeper, to: e.Escrow, data: contracttest.EscrowABI.PackSettle(id)})
				what = append(what, "settle")
			case r < 8:
				calls = append(calls, call{from: keeper, to: e.Escrow, data: contracttest.EscrowABI.PackSettleMany([]*big.Int{id, big.NewInt(999)})})
				what = append(what, "settleMany")
			case r < 9:
				warpBlocks(t, e, 1+rng.IntN(3))
			default:
				if longGaps > 0 && len(st.Pending) > 0 {
					longGaps--
					warpBlocks(t, e, lucky.BlockHashWindow+1) // the pending shares fall back to the average
				}
			}
			if len(calls) == 0 {
				continue
			}
			if what[0] != "claim" {
				// settle reverts when nothing is ready: only send it when the mirror says something is
				b := head(t, e) + 1
				if len(st.Pending) == 0 || st.Pending[0].Block+1 >= b {
					continue
				}
			}
			rs := mine(t, e, calls...)
			if len(calls) > 1 {
				sameBlock++
			}
			b := rs[0].BlockNumber.Uint64()
			for i, r := range rs {
				var exp []lucky.Drawn
				if what[i] == "claim" {
					exp, err = st.Draw(b, lucky.DrawPerClaim, hashOf(t, e))
					require.NoError(t, err)
					pc := st.Claim(crypto.PubkeyToAddress(calls[i].from.PublicKey), b)
					sp := eventsOf[*escrow.HongbaoEscrowSharePending](r)
					require.Len(t, sp, 1)
					require.Equal(t, pc.Index, sp[0].Index.Uint64())
					require.Equal(t, pc.Claimer, sp[0].Claimer)
				} else {
					exp, err = st.Draw(b, lucky.DrawPerSettle, hashOf(t, e))
					require.NoError(t, err)
				}
				compareDraws(t, fmt.Sprintf("packet %s step %d %s", id, s, what[i]), exp, r)
				drawn += len(exp)
				compared += len(exp)
				for _, d := range exp {
					if d.Averaged {
						averaged++
					}
				}
			}
			checkState(t, e, id, st)
		}
	}
	t.Logf("%d draws compared (%d averaged), %d blocks with several claims", compared, averaged, sameBlock)
	require.Positive(t, compared)
}

// compareDraws checks a receipt's Claimed and DrawAveraged events against the mirror's draws, in order.
func compareDraws(t *testing.T, where string, exp []lucky.Drawn, r *types.Receipt) {
	t.Helper()
	got := claimedEvents(r)
	require.Len(t, got, len(exp), where)
	var averaged []uint64
	for _, a := range eventsOf[*escrow.HongbaoEscrowDrawAveraged](r) {
		averaged = append(averaged, a.Index.Uint64())
	}
	var expAveraged []uint64
	for i, d := range exp {
		require.Equal(t, d.Claimer, got[i].Claimer, where)
		require.Equal(t, d.Amount.ToBig().String(), got[i].Amount.String(), "%s: share %d", where, d.Index)
		if d.Averaged {
			expAveraged = append(expAveraged, d.Index)
		}
	}
	require.Equal(t, expAveraged, averaged, where)
}

// checkState compares the contract's pendingDraws and packet view with the mirror.
func checkState(t *testing.T, e *contracttest.Env, id *big.Int, st *lucky.Sealed) {
	t.Helper()
	out, err := e.Call(e.Escrow, contracttest.EscrowABI.PackPendingDraws(id, new(big.Int), big.NewInt(1000)))
	require.NoError(t, err)
	page, err := contracttest.EscrowABI.UnpackPendingDraws(out)
	require.NoError(t, err)
	pd := page.Draws
	require.Equal(t, uint64(len(st.Pending)), page.Total.Uint64())
	require.Len(t, pd, len(st.Pending))
	for i, p := range st.Pending {
		require.Equal(t, p.Index, pd[i].Index.Uint64())
		require.Equal(t, p.Claimer, pd[i].Claimer)
		require.Equal(t, p.Block, pd[i].BlockNumber)
	}
	v := e.Packet(id)
	if st.Settled == st.Shares {
		require.Equal(t, contracttest.StatusClosed, v.Status)
		return
	}
	require.Equal(t, st.Rem.ToBig(), v.Remaining)
	require.Equal(t, st.Settled, uint64(v.Claimed))
}
