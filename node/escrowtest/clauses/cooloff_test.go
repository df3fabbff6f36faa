package clauses

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// C2: during the cool-off the sender, and only the sender, takes the whole packet back, for every kind, and
// unilaterally (a packet in the consent tier needs no approval here).
func TestWithdrawCoolOff(t *testing.T) {
	kinds := []struct {
		name   string
		kind   uint8
		shares uint16
	}{{"Direct", contracttest.Direct, 1}, {"Equal", contracttest.Equal, 3}, {"Lucky", contracttest.Lucky, 3}}
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			forAssets(t, func(t *testing.T, f *fx, a asset) {
				p := group(a, k.kind, k.shares, a.consent)
				if k.kind == contracttest.Direct {
					p = direct(a, a.consent, f.Addr(recipient))
				}
				p.Delay = 2 * 3600
				id := f.send(sender, p)
				v := f.view(id)
				require.Equal(t, contracttest.StatusCoolOff, v.Status)

				for _, who := range []int{recipient, keeper, guardian, owner} {
					_, err := f.tx(who, nil, esc.PackWithdrawCoolOff(id))
					e := reverted[escrow.HongbaoEscrowNotSender](t, err)
					requireEq(t, id, e.Id, "NotSender id")
					require.Equal(t, f.Addr(sender), e.Sender)
				}

				s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
				r := f.must(sender, nil, esc.PackWithdrawCoolOff(id))
				ev := one[escrow.HongbaoEscrowCoolOffWithdrawn](t, r)
				requireEq(t, id, ev.Id, "CoolOffWithdrawn id")
				require.Equal(t, f.Addr(sender), ev.To)
				requireEq(t, a.consent, ev.Amount, "CoolOffWithdrawn amount")
				f.moved(s, map[common.Address]*big.Int{f.Addr(sender): a.consent, f.Escrow: neg(a.consent)})
				require.Equal(t, contracttest.StatusClosed, f.view(id).Status)

				_, err := f.tx(sender, nil, esc.PackWithdrawCoolOff(id))
				requireEq(t, id, reverted[escrow.HongbaoEscrowPacketClosed](t, err).Id, "PacketClosed id")
				// Nothing can be claimed once it is withdrawn, even after the release time.
				f.at(v.ReleaseAt.Uint64())
				_, err = f.tx(recipient, nil, esc.PackClaim(id, nil))
				reverted[escrow.HongbaoEscrowPacketClosed](t, err)
			})
		})
	}
}

// C2 ends at releaseAt: after it (and for a packet without delay, at once) the sender gets CoolOffOver with the
// packet's releaseAt, and the money stays in the packet.
func TestWithdrawCoolOffOver(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		noDelay := f.send(sender, direct(a, a.free, f.Addr(recipient)))
		p := group(a, contracttest.Equal, 2, a.free)
		p.Delay = 600
		delayed := f.send(sender, p)
		f.at(f.view(delayed).ReleaseAt.Uint64() + 60)
		f.claim(claimerA, delayed)

		for _, id := range []*big.Int{noDelay, delayed} {
			v := f.view(id)
			s := f.snap(a.token, f.Addr(sender), f.Escrow)
			_, err := f.tx(sender, nil, esc.PackWithdrawCoolOff(id))
			e := reverted[escrow.HongbaoEscrowCoolOffOver](t, err)
			requireEq(t, id, e.Id, "CoolOffOver id")
			requireEq(t, v.ReleaseAt, e.ReleaseAt, "CoolOffOver releaseAt")
			f.moved(s, nil)
			requireEq(t, v.Remaining, f.view(id).Remaining, "remaining untouched")
		}
	})
}
