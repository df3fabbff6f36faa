package sealed

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/lucky"
	"github.com/hongbao/hongbao/node/simchain"
)

// TestSealedSettleMany: a keeper's batch draws what is ready, skips what is not (not ready, not sealed, nothing
// pending, closed, unknown) without reverting, and, short of gas, draws fewer and still succeeds; a second
// batch with enough gas draws the rest.
func TestSealedSettleMany(t *testing.T) {
	f := newFx(t, 8)
	ready, stReady := f.send(0, sealedParams(4, contracttest.Ether(4)))
	f.claim(1, ready, stReady)
	f.claim(2, ready, stReady)
	lp := sealedParams(3, contracttest.Ether(3))
	lp.Kind = contracttest.Lucky
	instant, _ := f.send(0, lp)
	f.ok(1, esc.PackClaim(instant, nil))
	idle, _ := f.send(0, sealedParams(3, contracttest.Ether(3)))
	closed, stClosed := f.send(0, sealedParams(1, contracttest.Ether(1)))
	f.claim(1, closed, stClosed)
	warpBlocks(t, f.Env, 1)
	f.settle(5, closed, stClosed)
	notReady, stNotReady := f.send(0, sealedParams(3, contracttest.Ether(3)))
	f.claim(1, notReady, stNotReady)

	ids := []*big.Int{instant, ready, idle, closed, big.NewInt(1_000_000), notReady}
	r := f.ok(5, esc.PackSettleMany(ids))
	exp, err := stReady.Draw(r.BlockNumber.Uint64(), lucky.DrawPerSettle, hashOf(t, f.Env))
	require.NoError(t, err)
	require.Len(t, exp, 2)
	compareDraws(t, "settleMany", exp, r) // only `ready`'s two shares: nothing else was drawn
	require.Len(t, stNotReady.Pending, 1)
	f.conserve()

	t.Run("short of gas: draws fewer, never reverts", func(t *testing.T) {
		f.t = t
		var many []*big.Int
		var sts []*lucky.Sealed
		for i := 0; i < 8; i++ {
			id, st := f.send(0, sealedParams(3, contracttest.Ether(3)))
			f.claim(1+i%6, id, st)
			many, sts = append(many, id), append(sts, st)
		}
		warpBlocks(t, f.Env, 1)
		// each packet's draw wants (payouts + 2) * ~106k gas left first and uses ~30k: 300k covers two or three
		rs := mine(t, f.Env, call{from: f.Key(5), to: f.Escrow, data: esc.PackSettleMany(many), gas: 300_000})
		first := claimedEvents(rs[0])
		require.NotEmpty(t, first)
		require.Less(t, len(first), len(many), "a batch short of gas stops early")
		rs = mine(t, f.Env, call{from: f.Key(5), to: f.Escrow, data: esc.PackSettleMany(many)})
		require.Len(t, claimedEvents(rs[0]), len(many)-len(first))
		for i, id := range many {
			d, err := sts[i].Draw(rs[0].BlockNumber.Uint64(), 0, hashOf(t, f.Env))
			require.NoError(t, err)
			require.Len(t, d, 1)
			require.Equal(t, d[0].Amount.ToBig(), f.ClaimedAmount(id, d[0].Claimer), "same draw whichever batch made it")
		}
		f.conserve()
	})
}

// TestSealedAverageAfter256Blocks: a share is drawn from blockhash(b + 1) while that hash is readable (up to
// block b + 257); drawn later it gets exactly the current average rem / k and DrawAveraged says so; the last
// share still takes the rest. Four packets are claimed in the same two blocks b and b + 1 and settled in
// blocks b + 257 ... b + 260 (one wait of ~256 empty blocks for all).
func TestSealedAverageAfter256Blocks(t *testing.T) {
	f := newFx(t, 8)
	total := new(big.Int).Add(contracttest.Ether(5), big.NewInt(7))
	cases := []struct {
		name     string
		shares   uint16
		averaged []uint64 // indexes expected to get the average
	}{
		{"settled in block b + 257: both drawn", 5, nil},
		{"settled in block b + 258: the first gets the average", 5, []uint64{0}},
		{"settled in block b + 259: both get the average", 5, []uint64{0, 1}},
		{"two shares, settled in b + 260: the first the average, the last the rest", 2, []uint64{0}},
	}
	ids := make([]*big.Int, len(cases))
	sts := make([]*lucky.Sealed, len(cases))
	for i, c := range cases {
		ids[i], sts[i] = f.send(0, sealedParams(c.shares, total))
	}
	var b uint64
	for _, who := range []int{1, 2} {
		calls := make([]call, len(cases))
		for i := range cases {
			calls[i] = call{from: f.Key(who), to: f.Escrow, data: esc.PackClaim(ids[i], nil)}
		}
		for i, r := range mine(t, f.Env, calls...) {
			f.checkClaim(r, sts[i])
			if b == 0 {
				b = r.BlockNumber.Uint64()
			}
		}
	}
	warpBlocks(t, f.Env, int(b+256-head(t, f.Env)))
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f.t = t
			st := sts[i]
			k := st.Shares - st.Settled
			rem := st.Rem.Clone()
			ds, sr := f.settle(5, ids[i], st)
			require.Equal(t, b+257+uint64(i), sr.BlockNumber.Uint64())
			require.Len(t, ds, 2)
			var av []uint64
			for _, a := range eventsOf[*escrow.HongbaoEscrowDrawAveraged](sr) {
				av = append(av, a.Index.Uint64())
			}
			require.Equal(t, c.averaged, av)
			if len(c.averaged) > 0 {
				avg := new(uint256.Int).Div(rem, uint256.NewInt(k))
				require.Equal(t, avg.ToBig(), claimedEvents(sr)[0].Amount, "exactly rem / k")
			}
			if c.shares == 2 {
				require.Equal(t, total, sum(claimedEvents(sr)[0].Amount, claimedEvents(sr)[1].Amount))
				require.Equal(t, contracttest.StatusClosed, f.Packet(ids[i]).Status)
			}
			f.conserve()
		})
	}
}

// TestSealedTakeBacks: refund, refundMany, undo and a guardian's intercept of a sealed packet with pending claims
// take back only what no index holds: each pending claim keeps the current average floor(rem / k), the rest
// goes back to the sender, and the pending shares are still drawn afterwards (splitting what they kept) until
// the last closes the packet. The escrow holds exactly the packets' remaining at every step.
func TestSealedTakeBacks(t *testing.T) {
	f := newFx(t, 10)
	const sender, guardian, keeper = 7, 8, 9 // the policy owner (account 0) is not the sender
	// an ETH undo tier (5 minutes, no consent needed for a group packet) for the undo case
	setPolicy := func(window uint32) {
		var tiers []escrow.IHongbaoEscrowTier
		if window != 0 {
			tiers = []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(1000), Window: window, Consent: true}}
		}
		f.ok(0, esc.PackSetTokenPolicy(common.Address{}, big.NewInt(1), tiers))
	}
	cases := []struct {
		name string
		prep func()
		take func(id *big.Int) *types.Receipt
		back func(r *types.Receipt) *big.Int // the event's amount
	}{
		{"refund (C1)", func() {}, func(id *big.Int) *types.Receipt {
			return f.ok(keeper, esc.PackRefund(id))
		}, func(r *types.Receipt) *big.Int { return one[*escrow.HongbaoEscrowRefunded](t, r).Amount }},
		{"refundMany (C1)", func() {}, func(id *big.Int) *types.Receipt {
			return f.ok(keeper, esc.PackRefundMany([]*big.Int{id}))
		}, func(r *types.Receipt) *big.Int { return one[*escrow.HongbaoEscrowRefunded](t, r).Amount }},
		{"undo (C3)", func() { setPolicy(300) }, func(id *big.Int) *types.Receipt {
			r := f.ok(sender, esc.PackUndo(id))
			setPolicy(0)
			return r
		}, func(r *types.Receipt) *big.Int { return one[*escrow.HongbaoEscrowUndone](t, r).Amount }},
		{"intercept by the guardian (C6)", func() {}, func(id *big.Int) *types.Receipt {
			return f.ok(guardian, esc.PackIntercept(id))
		}, func(r *types.Receipt) *big.Int { return one[*escrow.HongbaoEscrowIntercepted](t, r).Amount }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f.t = t
			c.prep()
			total := new(big.Int).Add(contracttest.Ether(6), big.NewInt(5))
			p := sealedParams(6, total)
			p.Guardian = f.Addr(guardian)
			id, st := f.send(sender, p)
			f.claim(1, id, st)
			warpBlocks(t, f.Env, 1)
			if c.name[:6] == "refund" {
				// claims 2 and 3 in the last second before expiry, the refund in the next block
				require.NoError(t, f.NextAt(f.Packet(id).ExpiresAt.Uint64()-1))
			}
			// claim 2 draws claim 1; 2 and 3 stay pending, and in the next block nobody can know their draws yet
			for _, r := range mine(t, f.Env, call{from: f.Key(2), to: f.Escrow, data: esc.PackClaim(id, nil)},
				call{from: f.Key(3), to: f.Escrow, data: esc.PackClaim(id, nil)}) {
				f.checkClaim(r, st)
			}
			require.Len(t, st.Pending, 2)
			f.conserve()
			require.False(t, st.DrawsReady(head(t, f.Env)+1))

			expBack, ok := st.Unheld()
			require.True(t, ok)
			b := f.Balance(f.Addr(sender))
			r := c.take(id)
			got := c.back(r)
			require.Equal(t, expBack.ToBig(), got, "back = rem - pending * floor(rem / k)")
			wantBal := new(big.Int).Add(b, got)
			if c.name == "undo (C3)" {
				wantBal.Sub(wantBal, simchain.GasCost(r))
			}
			require.Equal(t, wantBal, f.Balance(f.Addr(sender)), "the sender got it")
			require.Equal(t, st.Rem.ToBig(), f.Packet(id).Remaining, "the pending claims keep their average")
			require.Equal(t, contracttest.StatusClosed != f.Packet(id).Status, true, "open while shares are pending")
			f.conserve()

			// nothing more to take back, and no new claim: the shares are cut to the claims taken
			_, err := f.Tx(f.Key(keeper), nil, esc.PackRefund(id))
			require.Error(t, err)
			warpBlocks(t, f.Env, 1)
			ds, _ := f.settle(keeper, id, st)
			require.Len(t, ds, 2)
			require.Equal(t, contracttest.StatusClosed, f.Packet(id).Status)
			f.conserve()
		})
	}

	t.Run("refundMany skips a packet whose every share left is pending", func(t *testing.T) {
		f.t = t
		full, stFull := f.send(sender, sealedParams(2, contracttest.Ether(2)))
		other, _ := f.send(sender, sealedParams(2, contracttest.Ether(2)))
		require.NoError(t, f.NextAt(f.Packet(full).ExpiresAt.Uint64()-1))
		for _, r := range mine(t, f.Env, call{from: f.Key(1), to: f.Escrow, data: esc.PackClaim(full, nil)},
			call{from: f.Key(2), to: f.Escrow, data: esc.PackClaim(full, nil)}) {
			f.checkClaim(r, stFull)
		}
		require.NoError(t, f.Warp(time.Second))
		r := f.ok(keeper, esc.PackRefundMany([]*big.Int{full, other}))
		ref := eventsOf[*escrow.HongbaoEscrowRefunded](r)
		require.Len(t, ref, 1)
		require.Equal(t, other, ref[0].Id)
		require.Equal(t, contracttest.Ether(2), f.Packet(full).Remaining)
		f.settle(keeper, full, stFull)
		f.conserve()
	})
}

// one is the single event of type T in a receipt.
func one[T any](t *testing.T, r *types.Receipt) T {
	t.Helper()
	evs := eventsOf[T](r)
	require.Len(t, evs, 1)
	return evs[0]
}
