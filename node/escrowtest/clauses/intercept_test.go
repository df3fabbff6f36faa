package clauses

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

func guarded(p escrow.IHongbaoEscrowSendParams, g common.Address) escrow.IHongbaoEscrowSendParams {
	p.Guardian = g
	return p
}

// C6: only the packet's guardian may intercept; the unclaimed rest goes back to the sender: a Direct packet
// before its claim (also in its cool-off), a group packet after some claims.
func TestIntercept(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		g := f.Addr(guardian)
		dp := direct(a, a.none, f.Addr(recipient))
		dp.Delay = 3600
		cases := []struct {
			name   string
			params escrow.IHongbaoEscrowSendParams
			claims []int
		}{
			{"Direct", guarded(direct(a, a.free, f.Addr(recipient)), g), nil},
			{"Direct in cool-off", guarded(dp, g), nil},
			{"Equal after claims", guarded(group(a, contracttest.Equal, 4, a.consent), g), []int{claimerA, claimerB}},
			{"Lucky after claims", guarded(group(a, contracttest.Lucky, 3, a.none), g), []int{claimerA}},
		}
		for _, c := range cases {
			id := f.send(sender, c.params)
			require.Equal(t, g, f.view(id).Guardian, c.name)
			claimed := new(big.Int)
			for _, cl := range c.claims {
				claimed.Add(claimed, f.claim(cl, id))
			}
			rest := sub(c.params.Amount, claimed)

			for _, who := range []int{sender, recipient, keeper, owner, claimerA} {
				_, err := f.tx(who, nil, esc.PackIntercept(id))
				e := reverted[escrow.HongbaoEscrowNotGuardian](t, err)
				requireEq(t, id, e.Id, c.name+": NotGuardian id")
				require.Equal(t, g, e.Guardian, c.name)
			}

			s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), g, f.Addr(claimerA), f.Escrow)
			r := f.must(guardian, nil, esc.PackIntercept(id))
			ev := one[escrow.HongbaoEscrowIntercepted](t, r)
			requireEq(t, id, ev.Id, c.name+": Intercepted id")
			require.Equal(t, g, ev.Guardian, c.name)
			require.Equal(t, f.Addr(sender), ev.To, c.name)
			requireEq(t, rest, ev.Amount, c.name+": Intercepted amount")
			f.moved(s, map[common.Address]*big.Int{f.Addr(sender): rest, f.Escrow: neg(rest)})
			require.Equal(t, contracttest.StatusClosed, f.view(id).Status, c.name)

			_, err := f.tx(guardian, nil, esc.PackIntercept(id))
			requireEq(t, id, reverted[escrow.HongbaoEscrowPacketClosed](t, err).Id, c.name+": PacketClosed id")
		}
	})
}

// C6 Direct: once the recipient claimed, the packet is closed and the guardian can no longer intercept it.
func TestInterceptAfterDirectClaim(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		id := f.send(sender, guarded(direct(a, a.free, f.Addr(recipient)), f.Addr(guardian)))
		f.claim(recipient, id)
		s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
		_, err := f.tx(guardian, nil, esc.PackIntercept(id))
		requireEq(t, id, reverted[escrow.HongbaoEscrowPacketClosed](t, err).Id, "PacketClosed id")
		f.moved(s, nil)
	})
}

// C6: a packet without guardian cannot be intercepted by anyone (NotGuardian with the zero guardian), and a
// guardian's power ends at expiresAt (PacketExpired), after which the refund applies.
func TestInterceptRejections(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		unguarded := f.send(sender, group(a, contracttest.Equal, 2, a.free))
		for _, who := range []int{guardian, sender, owner, keeper} {
			_, err := f.tx(who, nil, esc.PackIntercept(unguarded))
			e := reverted[escrow.HongbaoEscrowNotGuardian](t, err)
			requireEq(t, unguarded, e.Id, "NotGuardian id")
			require.Equal(t, common.Address{}, e.Guardian)
		}

		id := f.send(sender, guarded(direct(a, a.free, f.Addr(recipient)), f.Addr(guardian)))
		v := f.view(id)
		f.at(v.ExpiresAt.Uint64() + 1)
		s := f.snap(a.token, f.Addr(sender), f.Escrow)
		_, err := f.tx(guardian, nil, esc.PackIntercept(id))
		e := reverted[escrow.HongbaoEscrowPacketExpired](t, err)
		requireEq(t, id, e.Id, "PacketExpired id")
		requireEq(t, v.ExpiresAt, e.ExpiresAt, "PacketExpired expiresAt")
		f.moved(s, nil)

		r := f.must(guardian, nil, esc.PackRefund(id)) // the guardian can still act as a keeper
		requireEq(t, a.free, one[escrow.HongbaoEscrowRefunded](t, r).Amount, "Refunded amount")
		f.moved(s, map[common.Address]*big.Int{f.Addr(sender): a.free, f.Escrow: neg(a.free)})
	})
}
