package sealed

import (
	"crypto/ecdsa"
	"math"
	"math/big"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/lucky"
)

// reviewTakeBackPackets is the sample of the take-back test: 250 packets (a few seconds), 1,000 with
// HONGBAO_LUCKY_ATTACKS=1, or the number it gives.
func reviewTakeBackPackets(t *testing.T) int {
	switch v := os.Getenv("HONGBAO_LUCKY_ATTACKS"); v {
	case "":
		return 250 // 4 standard errors of the mean draw (~0.15) stay well under the old 1.25x
	case "1":
		return 1000
	default:
		n, err := strconv.Atoi(v)
		require.NoError(t, err, "HONGBAO_LUCKY_ATTACKS: 1 or a number of packets")
		return n
	}
}

// reviewMeanSE is the mean of xs and its standard error.
func reviewMeanSE(xs []float64) (mean, se float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	var v float64
	for _, x := range xs {
		v += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(v / float64(len(xs)-1) / float64(len(xs)))
}

// reviewEscrowCalls are one transaction per id to the escrow from key, calldata data(id), with gas limit gas.
func reviewEscrowCalls(e *contracttest.Env, key *ecdsa.PrivateKey, gas uint64, data func(*big.Int) []byte, ids []*big.Int) []reviewTxSpec {
	out := make([]reviewTxSpec, len(ids))
	for i, id := range ids {
		out[i] = reviewTxSpec{key, e.Escrow, gas, data(id)}
	}
	return out
}

// Regression (review finding: a take-back re-split pending shares whose draw was already known, so a claimer
// that claimed just before expiry could, once blockhash(b + 1) was readable, refund when its draw was below
// the average (keeping exactly the average) and settle when above: 1.25x the average). The reviewer's strategy
// is played again: now refund reverts DrawsReady while a pending draw is knowable (refundMany skips the
// packet), so the strategist is left with the draw as settled: every packet pays it exactly the Go mirror's
// draw, and over the sample its mean is the average within four standard errors (a bound that excludes the
// old 1.25x). After the draw, refund takes back the rest. The mirror image (a sender's undo, a guardian's
// intercept when a pending draw is large) reverts DrawsReady too; take-backs while the pending claims are of
// this or the previous block (nobody can know their draw) still leave each exactly floor(rem / k).
func TestReviewTakeBackChoosesKnownDraw(t *testing.T) {
	n := reviewTakeBackPackets(t)
	e, err := contracttest.New(10)
	require.NoError(t, err)
	defer e.Close()
	const claimer, strategist = 1, 2 // the claimer's own key and the one it sends refunds and settles from
	total := contracttest.Ether(10)
	avg := contracttest.Ether(1)
	ps := make([]escrow.IHongbaoEscrowSendParams, n)
	for i := range ps {
		ps[i] = escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: 10,
			Ttl: 300, Amount: total}
	}
	ids := sendMany(t, e, ps)

	// the strategic claimer takes one share of each packet before expiry (150k gas: the claims draw nothing)
	claimed := reviewMineTxs(t, e, reviewEscrowCalls(e, e.Key(claimer), 150_000, func(id *big.Int) []byte {
		return contracttest.EscrowABI.PackClaim(id, nil)
	}, ids))
	for _, r := range claimed {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	require.NoError(t, e.Warp(10*time.Minute)) // past expiry
	e.Backend.Commit()                         // the hash of the block after each claim's is readable

	// decide per packet from the draw everyone can compute now
	sts := make(map[string]*lucky.Sealed, n)
	draw := make(map[string]*big.Int, n)
	var refundIDs []*big.Int
	for i, id := range ids {
		b := claimed[i].BlockNumber.Uint64()
		st := mirror(id, total, 10)
		st.Claim(e.Addr(claimer), b)
		require.True(t, st.DrawsReady(head(t, e)+1))
		peek := mirror(id, total, 10)
		peek.Claim(e.Addr(claimer), b)
		d, err := peek.Draw(head(t, e)+1, 0, hashOf(t, e))
		require.NoError(t, err)
		require.Len(t, d, 1)
		sts[id.String()], draw[id.String()] = st, d[0].Amount.ToBig()
		if d[0].Amount.ToBig().Cmp(avg) < 0 {
			refundIDs = append(refundIDs, id)
		}
	}
	require.NotEmpty(t, refundIDs)

	// the refund of a packet whose small draw is known: refused, nothing moves
	for _, id := range refundIDs {
		require.Equal(t, "*escrow.HongbaoEscrowDrawsReady", reviewCall(t, e, e.Addr(strategist), 500_000,
			contracttest.EscrowABI.PackRefund(id), true))
	}
	senderBefore := e.Balance(e.Addr(0))
	for _, r := range reviewMineTxs(t, e, reviewEscrowCalls(e, e.Key(strategist), 500_000, contracttest.EscrowABI.PackRefund, refundIDs)) {
		require.Equal(t, types.ReceiptStatusFailed, r.Status, "refund with a knowable draw")
	}
	for _, c := range chunks(refundIDs, 100) {
		rm := reviewTx(t, e, e.Key(strategist), e.Escrow, 11_000_000, contracttest.EscrowABI.PackRefundMany(c))
		require.Equal(t, types.ReceiptStatusSuccessful, rm.Status)
		require.Empty(t, eventsOf[*escrow.HongbaoEscrowRefunded](rm), "refundMany skips packets with knowable draws")
	}
	require.Equal(t, senderBefore, e.Balance(e.Addr(0)), "nothing went back to the sender")
	for _, id := range refundIDs {
		require.Equal(t, total, e.Packet(id).Remaining)
	}

	// so the strategist settles everything: each packet pays it exactly the mirror's draw
	rs := reviewMineTxs(t, e, reviewEscrowCalls(e, e.Key(strategist), 500_000, contracttest.EscrowABI.PackSettle, ids))
	xs := make([]float64, 0, n)
	got := new(big.Int)
	for i, r := range rs {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		cs := claimedEvents(r)
		require.Len(t, cs, 1)
		require.Equal(t, e.Addr(claimer), cs[0].Claimer)
		ds, err := sts[ids[i].String()].Draw(r.BlockNumber.Uint64(), 0, hashOf(t, e))
		require.NoError(t, err)
		require.Len(t, ds, 1)
		require.Equal(t, ds[0].Amount.ToBig(), cs[0].Amount, "packet %s: the mirror's draw", ids[i])
		require.Equal(t, draw[ids[i].String()], cs[0].Amount, "packet %s: the draw known before the refund try", ids[i])
		got.Add(got, cs[0].Amount)
		x, _ := new(big.Float).Quo(new(big.Float).SetInt(cs[0].Amount), new(big.Float).SetInt(avg)).Float64()
		xs = append(xs, x)
	}
	mean, se := reviewMeanSE(xs)
	t.Logf("%d packets, %d refunds tried on a known small draw (all DrawsReady): refund-or-settle paid %.3fx the "+
		"average (standard error %.3f; bound 1 +- %.3f; the old contract paid about 1.25x)", n, len(refundIDs), mean, se, 4*se)
	require.Less(t, 1+4*se, 1.25, "the sample is too small to tell the old 1.25x from 1x")
	require.InDelta(t, 1, mean, 4*se, "the strategy gains nothing")

	// drawn first, the rest goes back (batches of 50: refundMany wants ~106k gas left per packet)
	var refunded []*escrow.HongbaoEscrowRefunded
	for _, c := range chunks(ids, 50) {
		rr := reviewTx(t, e, e.Key(strategist), e.Escrow, 11_000_000, contracttest.EscrowABI.PackRefundMany(c))
		require.Equal(t, types.ReceiptStatusSuccessful, rr.Status)
		refunded = append(refunded, eventsOf[*escrow.HongbaoEscrowRefunded](rr)...)
	}
	require.Len(t, refunded, n)
	back := new(big.Int)
	for _, ev := range refunded {
		require.Equal(t, new(big.Int).Sub(total, draw[ev.Id.String()]), ev.Amount, "packet %s: the rest after the draw", ev.Id)
		back.Add(back, ev.Amount)
	}
	require.Equal(t, new(big.Int).Mul(total, big.NewInt(int64(n))), sum(got, back))
	require.Equal(t, new(big.Int).Add(senderBefore, back), e.Balance(e.Addr(0)))

	t.Run("undo and intercept while a large draw is knowable: DrawsReady", func(t *testing.T) {
		const sender, guardian = 7, 8
		reviewSetPolicy(t, e, 300)
		defer reviewSetPolicy(t, e, 0)
		// sixteen packets: at least one draw is above the average unless all sixteen fall below (p = 2^-16)
		ps := make([]escrow.IHongbaoEscrowSendParams, 16)
		for i := range ps {
			ps[i] = escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: 10,
				Ttl: 86400, Amount: total, Guardian: e.Addr(guardian)}
		}
		ids := reviewSendFrom(t, e, sender, ps)
		rs := reviewMineTxs(t, e, reviewEscrowCalls(e, e.Key(claimer), 150_000, func(id *big.Int) []byte {
			return contracttest.EscrowABI.PackClaim(id, nil)
		}, ids))
		warpBlocks(t, e, 1)
		var large []*big.Int
		var largeDraw []*big.Int
		for i, id := range ids {
			st := mirror(id, total, 10)
			st.Claim(e.Addr(claimer), rs[i].BlockNumber.Uint64())
			d, err := st.Draw(head(t, e)+1, 0, hashOf(t, e))
			require.NoError(t, err)
			if d[0].Amount.ToBig().Cmp(avg) >= 0 {
				large, largeDraw = append(large, id), append(largeDraw, d[0].Amount.ToBig())
			}
		}
		require.NotEmpty(t, large)
		for _, id := range large {
			for who, data := range map[int][]byte{sender: contracttest.EscrowABI.PackUndo(id), guardian: contracttest.EscrowABI.PackIntercept(id)} {
				_, err := e.Tx(e.Key(who), nil, data)
				require.Equal(t, "*escrow.HongbaoEscrowDrawsReady", errName(err), "packet %s, account %d", id, who)
			}
			require.Equal(t, total, e.Packet(id).Remaining)
		}
		// drawn first, the undo and the intercept take the rest
		_, err := e.Tx(e.Key(strategist), nil, contracttest.EscrowABI.PackSettle(large[0]))
		require.NoError(t, err)
		r, err := e.Tx(e.Key(sender), nil, contracttest.EscrowABI.PackUndo(large[0]))
		require.NoError(t, err)
		require.Equal(t, new(big.Int).Sub(total, largeDraw[0]), one[*escrow.HongbaoEscrowUndone](t, r).Amount)
		last := len(large) - 1
		if last > 0 {
			_, err = e.Tx(e.Key(strategist), nil, contracttest.EscrowABI.PackSettle(large[last]))
			require.NoError(t, err)
			r, err = e.Tx(e.Key(guardian), nil, contracttest.EscrowABI.PackIntercept(large[last]))
			require.NoError(t, err)
			require.Equal(t, new(big.Int).Sub(total, largeDraw[last]), one[*escrow.HongbaoEscrowIntercepted](t, r).Amount)
		}
	})

	t.Run("claims of this or the previous block keep floor(rem / k)", func(t *testing.T) {
		const sender, guardian, late = 7, 8, 3
		odd := new(big.Int).Add(contracttest.Ether(10), big.NewInt(7)) // rem / k rounds down
		cases := []struct {
			name    string
			undo    bool
			sameBlk bool // the take-back in the claim's block (else in the next one)
			take    func(id *big.Int) reviewTxSpec
			back    func(r *types.Receipt) *big.Int
		}{
			{"refund in the block after the claim (at expiry)", false, false, func(id *big.Int) reviewTxSpec {
				return reviewTxSpec{e.Key(strategist), e.Escrow, 500_000, contracttest.EscrowABI.PackRefund(id)}
			}, func(r *types.Receipt) *big.Int { return one[*escrow.HongbaoEscrowRefunded](t, r).Amount }},
			{"intercept in the claim's block", false, true, func(id *big.Int) reviewTxSpec {
				return reviewTxSpec{e.Key(guardian), e.Escrow, 500_000, contracttest.EscrowABI.PackIntercept(id)}
			}, func(r *types.Receipt) *big.Int { return one[*escrow.HongbaoEscrowIntercepted](t, r).Amount }},
			{"intercept in the block after the claim", false, false, func(id *big.Int) reviewTxSpec {
				return reviewTxSpec{e.Key(guardian), e.Escrow, 500_000, contracttest.EscrowABI.PackIntercept(id)}
			}, func(r *types.Receipt) *big.Int { return one[*escrow.HongbaoEscrowIntercepted](t, r).Amount }},
			{"undo in the claim's block", true, true, func(id *big.Int) reviewTxSpec {
				return reviewTxSpec{e.Key(sender), e.Escrow, 500_000, contracttest.EscrowABI.PackUndo(id)}
			}, func(r *types.Receipt) *big.Int { return one[*escrow.HongbaoEscrowUndone](t, r).Amount }},
			{"undo in the block after the claim", true, false, func(id *big.Int) reviewTxSpec {
				return reviewTxSpec{e.Key(sender), e.Escrow, 500_000, contracttest.EscrowABI.PackUndo(id)}
			}, func(r *types.Receipt) *big.Int { return one[*escrow.HongbaoEscrowUndone](t, r).Amount }},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				if c.undo {
					reviewSetPolicy(t, e, 300)
					defer reviewSetPolicy(t, e, 0)
				}
				p := escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: 10,
					Ttl: 300, Amount: odd, Guardian: e.Addr(guardian)}
				id := reviewSendFrom(t, e, sender, []escrow.IHongbaoEscrowSendParams{p})[0]
				st := mirror(id, odd, 10)
				// a first claim, drawn by a settle two blocks later: rem and k are no longer the packet's own
				r0 := reviewTx(t, e, e.Key(claimer), e.Escrow, 500_000, contracttest.EscrowABI.PackClaim(id, nil))
				st.Claim(e.Addr(claimer), r0.BlockNumber.Uint64())
				warpBlocks(t, e, 1)
				rs := reviewTx(t, e, e.Key(strategist), e.Escrow, 500_000, contracttest.EscrowABI.PackSettle(id))
				require.Equal(t, types.ReceiptStatusSuccessful, rs.Status)
				_, err := st.Draw(rs.BlockNumber.Uint64(), 0, hashOf(t, e))
				require.NoError(t, err)
				if c.name[:6] == "refund" {
					require.NoError(t, e.NextAt(e.Packet(id).ExpiresAt.Uint64()-1)) // the claim in the last second
				}
				k := st.Shares - st.Settled
				keep := new(uint256.Int).Div(st.Rem, uint256.NewInt(k)).ToBig()
				claim := reviewTxSpec{e.Key(late), e.Escrow, 500_000, contracttest.EscrowABI.PackClaim(id, nil)}
				var rc, rt *types.Receipt
				if c.sameBlk {
					both := reviewMineTxs(t, e, []reviewTxSpec{claim, c.take(id)})
					rc, rt = both[0], both[1]
					require.Equal(t, rc.BlockNumber, rt.BlockNumber)
				} else {
					rc = reviewMineTxs(t, e, []reviewTxSpec{claim})[0]
					rt = reviewMineTxs(t, e, []reviewTxSpec{c.take(id)})[0]
					require.Equal(t, rc.BlockNumber.Uint64()+1, rt.BlockNumber.Uint64())
				}
				require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
				require.Equal(t, types.ReceiptStatusSuccessful, rt.Status, "take-back with a claim nobody can draw yet")
				st.Claim(e.Addr(late), rc.BlockNumber.Uint64())
				require.False(t, st.DrawsReady(rt.BlockNumber.Uint64()))
				remBefore := st.Rem.ToBig()
				expBack, ok := st.Unheld()
				require.True(t, ok)
				require.Equal(t, new(big.Int).Sub(remBefore, keep), expBack.ToBig())
				require.Equal(t, expBack.ToBig(), c.back(rt), "back = rem - floor(rem / k), as the mirror says")
				require.Equal(t, keep, e.Packet(id).Remaining, "the pending claim keeps floor(rem / k)")

				warpBlocks(t, e, 1)
				rd := reviewTx(t, e, e.Key(strategist), e.Escrow, 500_000, contracttest.EscrowABI.PackSettle(id))
				require.Equal(t, types.ReceiptStatusSuccessful, rd.Status)
				cs := claimedEvents(rd)
				require.Len(t, cs, 1)
				require.Equal(t, e.Addr(late), cs[0].Claimer)
				require.Equal(t, keep, cs[0].Amount, "drawn: exactly floor(rem / k)")
				require.Equal(t, contracttest.StatusClosed, e.Packet(id).Status)
			})
		}
	})
}

// reviewSendFrom sends the packets from account `from`, one transaction each, and returns their ids in order.
func reviewSendFrom(t *testing.T, e *contracttest.Env, from int, ps []escrow.IHongbaoEscrowSendParams) []*big.Int {
	t.Helper()
	var ids []*big.Int
	for _, p := range ps {
		id, _, err := e.SendPacket(e.Key(from), p)
		require.NoError(t, err)
		ids = append(ids, id)
	}
	return ids
}

// reviewSetPolicy sets the ETH policy (account 0 owns it): minimum share 1 and, for window > 0, one undo tier of
// `window` seconds for packets up to 1,000 ETH (a group packet's undo needs no consent).
func reviewSetPolicy(t *testing.T, e *contracttest.Env, window uint32) {
	t.Helper()
	var tiers []escrow.IHongbaoEscrowTier
	if window != 0 {
		tiers = []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(1000), Window: window, Consent: true}}
	}
	_, err := e.Tx(e.Key(0), nil, contracttest.EscrowABI.PackSetTokenPolicy(common.Address{}, big.NewInt(1), tiers))
	require.NoError(t, err)
}
