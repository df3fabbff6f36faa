package clauses

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// C1: from expiresAt anyone may send the unclaimed rest back to the sender; before it the refund reverts with
// NotExpired, after it with PacketClosed.
func TestRefund(t *testing.T) {
	kinds := []struct {
		name   string
		kind   uint8
		shares uint16
		claims []int
	}{
		{"Direct", contracttest.Direct, 1, nil},
		{"Equal", contracttest.Equal, 4, []int{claimerA, claimerB}},
		{"Lucky", contracttest.Lucky, 4, []int{claimerA, claimerB, claimerC}},
	}
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			forAssets(t, func(t *testing.T, f *fx, a asset) {
				p := group(a, k.kind, k.shares, a.none)
				if k.kind == contracttest.Direct {
					p = direct(a, a.none, f.Addr(recipient))
				}
				id := f.send(sender, p)
				claimed := new(big.Int)
				for _, c := range k.claims {
					claimed.Add(claimed, f.claim(c, id))
				}
				rest := sub(a.none, claimed)
				v := f.view(id)
				requireEq(t, rest, v.Remaining, "remaining before refund")

				_, err := f.tx(keeper, nil, esc.PackRefund(id))
				e := reverted[escrow.HongbaoEscrowNotExpired](t, err)
				requireEq(t, id, e.Id, "NotExpired id")
				requireEq(t, v.ExpiresAt, e.ExpiresAt, "NotExpired expiresAt")

				f.at(v.ExpiresAt.Uint64())
				s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Addr(keeper), f.Addr(claimerA), f.Escrow)
				r := f.must(keeper, nil, esc.PackRefund(id))
				ev := one[escrow.HongbaoEscrowRefunded](t, r)
				requireEq(t, id, ev.Id, "Refunded id")
				require.Equal(t, f.Addr(sender), ev.To)
				requireEq(t, rest, ev.Amount, "Refunded amount")
				none[escrow.HongbaoEscrowOwedCredited](t, r)
				f.moved(s, map[common.Address]*big.Int{f.Addr(sender): rest, f.Escrow: neg(rest)})

				after := f.view(id)
				require.Equal(t, contracttest.StatusClosed, after.Status)
				require.Zero(t, after.Remaining.Sign())

				_, err = f.tx(keeper, nil, esc.PackRefund(id))
				requireEq(t, id, reverted[escrow.HongbaoEscrowPacketClosed](t, err).Id, "PacketClosed id")
				_, err = f.tx(sender, nil, esc.PackRefund(id))
				reverted[escrow.HongbaoEscrowPacketClosed](t, err)
			})
		})
	}
}

// C1: the sender may refund their own packet too, and an id that never existed is PacketNotFound.
func TestRefundBySenderAndUnknown(t *testing.T) {
	f := newFx(t)
	a := f.asset(false)
	id := f.send(sender, direct(a, a.free, f.Addr(recipient)))
	v := f.view(id)
	f.at(v.ExpiresAt.Uint64() + 100)
	s := f.snap(eth, f.Addr(sender), f.Escrow)
	r := f.must(sender, nil, esc.PackRefund(id))
	requireEq(t, a.free, one[escrow.HongbaoEscrowRefunded](t, r).Amount, "Refunded amount")
	f.moved(s, map[common.Address]*big.Int{f.Addr(sender): a.free, f.Escrow: neg(a.free)})

	for _, bad := range []*big.Int{big.NewInt(0), big.NewInt(2)} {
		_, err := f.tx(keeper, nil, esc.PackRefund(bad))
		requireEq(t, bad, reverted[escrow.HongbaoEscrowPacketNotFound](t, err).Id, "PacketNotFound id")
	}
}

// C1 in bulk: refundMany refunds every refundable id and skips ids that are not yet expired, closed, unknown
// (0, huge, next id) or repeated, without reverting; its return value equals the number of Refunded events.
func TestRefundMany(t *testing.T) {
	f := newFx(t)
	e, k := f.asset(false), f.asset(true)
	short := func(p escrow.IHongbaoEscrowSendParams) escrow.IHongbaoEscrowSendParams { p.Ttl = 300; return p }

	expiredETH := f.send(sender, short(direct(e, e.free, f.Addr(recipient))))
	expiredTok := f.send(sender2, short(group(k, contracttest.Equal, 3, k.free)))
	share := f.claim(claimerA, expiredTok)
	expiredLucky := f.send(sender, short(group(e, contracttest.Lucky, 5, e.none)))
	notYet := f.send(sender, direct(e, e.consent, f.Addr(recipient)))
	closed := f.send(sender, short(direct(k, k.consent, f.Addr(recipient))))
	f.claim(recipient, closed)

	f.at(f.view(expiredLucky).ExpiresAt.Uint64())
	huge := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	ids := []*big.Int{expiredETH, big.NewInt(0), expiredTok, notYet, closed, huge, expiredETH,
		big.NewInt(100), expiredTok, expiredLucky, expiredLucky}

	// The return value is not in the receipt: read it from a call in the same (pending) block first.
	out, err := f.Call(f.Escrow, esc.PackRefundMany(ids))
	require.NoError(t, err)
	count, err := esc.UnpackRefundMany(out)
	require.NoError(t, err)

	sETH := f.snap(eth, f.Addr(sender), f.Addr(sender2), f.Addr(keeper), f.Escrow)
	sTok := f.snap(k.token, f.Addr(sender), f.Addr(sender2), f.Addr(keeper), f.Escrow)
	r := f.must(keeper, nil, esc.PackRefundMany(ids))
	evs := eventsOf[escrow.HongbaoEscrowRefunded](r)
	require.Len(t, evs, 3)
	requireEq(t, big.NewInt(int64(len(evs))), count.Count, "refundMany return vs events")
	requireEq(t, big.NewInt(int64(len(ids))), count.Next, "refundMany went through every id")

	wants := []struct {
		id     *big.Int
		to     int
		amount *big.Int
	}{{expiredETH, sender, e.free}, {expiredTok, sender2, sub(k.free, share)}, {expiredLucky, sender, e.none}}
	for i, w := range wants {
		requireEq(t, w.id, evs[i].Id, "Refunded id")
		require.Equal(t, f.Addr(w.to), evs[i].To)
		requireEq(t, w.amount, evs[i].Amount, "Refunded amount")
	}
	ethBack := add(e.free, e.none)
	f.moved(sETH, map[common.Address]*big.Int{f.Addr(sender): ethBack, f.Escrow: neg(ethBack)})
	f.moved(sTok, map[common.Address]*big.Int{f.Addr(sender2): sub(k.free, share), f.Escrow: neg(sub(k.free, share))})

	require.Equal(t, contracttest.StatusOpen, f.view(notYet).Status, "a live packet is skipped")
	requireEq(t, e.consent, f.view(notYet).Remaining, "skipped packet keeps its money")

	// Nothing left to refund: still no revert, zero refunds.
	r = f.must(keeper, nil, esc.PackRefundMany(ids))
	none[escrow.HongbaoEscrowRefunded](t, r)
	r = f.must(keeper, nil, esc.PackRefundMany(nil))
	none[escrow.HongbaoEscrowRefunded](t, r)

	// Once it expires, the skipped packet is refundable too.
	f.at(f.view(notYet).ExpiresAt.Uint64())
	r = f.must(keeper, nil, esc.PackRefundMany([]*big.Int{notYet}))
	ev := one[escrow.HongbaoEscrowRefunded](t, r)
	requireEq(t, notYet, ev.Id, "Refunded id")
	requireEq(t, e.consent, ev.Amount, "Refunded amount")
}
