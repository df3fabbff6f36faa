package clauses

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// C4 approveUndo: needs a pending request (NoUndoRequest), only the recipient may approve (NotRecipient), and
// the approval stays possible after undoUntil until expiry; the whole packet goes back to the sender.
func TestApproveUndo(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		id := f.send(sender, direct(a, a.consent, f.Addr(recipient)))

		_, err := f.tx(recipient, nil, esc.PackApproveUndo(id))
		requireEq(t, id, reverted[escrow.HongbaoEscrowNoUndoRequest](t, err).Id, "NoUndoRequest id")

		f.must(sender, nil, esc.PackUndo(id))
		for _, who := range []int{sender, keeper, guardian} {
			_, err := f.tx(who, nil, esc.PackApproveUndo(id))
			e := reverted[escrow.HongbaoEscrowNotRecipient](t, err)
			requireEq(t, id, e.Id, "NotRecipient id")
			require.Equal(t, f.Addr(recipient), e.Recipient)
		}

		v := f.view(id)
		f.at(v.UndoUntil.Uint64() + 60) // the undo window is over, the packet still live
		require.Less(t, f.Now()+1, v.ExpiresAt.Uint64())
		s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
		r := f.must(recipient, nil, esc.PackApproveUndo(id))
		ev := one[escrow.HongbaoEscrowUndoApproved](t, r)
		requireEq(t, id, ev.Id, "UndoApproved id")
		require.Equal(t, f.Addr(sender), ev.To)
		requireEq(t, a.consent, ev.Amount, "UndoApproved amount")
		f.moved(s, map[common.Address]*big.Int{f.Addr(sender): a.consent, f.Escrow: neg(a.consent)})
		require.Equal(t, contracttest.StatusClosed, f.view(id).Status)

		for _, data := range [][]byte{esc.PackApproveUndo(id), esc.PackClaim(id, nil), esc.PackDecline(id)} {
			_, err = f.tx(recipient, nil, data)
			requireEq(t, id, reverted[escrow.HongbaoEscrowPacketClosed](t, err).Id, "PacketClosed id")
		}
	})
}

// C4 approveUndo and decline are for Direct packets only: group packets give NotDirect, whoever calls.
func TestRecipientActionsNotDirect(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		for _, kind := range []uint8{contracttest.Equal, contracttest.Lucky} {
			id := f.send(sender, group(a, kind, 3, a.consent))
			f.claim(claimerA, id)
			for _, who := range []int{recipient, claimerA, sender} {
				for _, data := range [][]byte{esc.PackApproveUndo(id), esc.PackDecline(id)} {
					_, err := f.tx(who, nil, data)
					requireEq(t, id, reverted[escrow.HongbaoEscrowNotDirect](t, err).Id, "NotDirect id")
				}
			}
		}
	})
}

// C4 approveUndo is over at expiry: PacketExpired with the packet's expiresAt, and the refund takes over.
func TestApproveUndoAfterExpiry(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		id := f.send(sender, direct(a, a.consent, f.Addr(recipient)))
		f.must(sender, nil, esc.PackUndo(id))
		v := f.view(id)
		f.at(v.ExpiresAt.Uint64() + 10)
		_, err := f.tx(recipient, nil, esc.PackApproveUndo(id))
		e := reverted[escrow.HongbaoEscrowPacketExpired](t, err)
		requireEq(t, id, e.Id, "PacketExpired id")
		requireEq(t, v.ExpiresAt, e.ExpiresAt, "PacketExpired expiresAt")

		s := f.snap(a.token, f.Addr(sender), f.Escrow)
		r := f.must(keeper, nil, esc.PackRefund(id))
		requireEq(t, a.consent, one[escrow.HongbaoEscrowRefunded](t, r).Amount, "Refunded amount")
		f.moved(s, map[common.Address]*big.Int{f.Addr(sender): a.consent, f.Escrow: neg(a.consent)})
	})
}

// C4 decline: the recipient, before claiming, sends everything back, with or without an undo request and in
// any tier (also above every tier and during the cool-off); nobody else may decline.
func TestDecline(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		plain := f.send(sender, direct(a, a.none, f.Addr(recipient)))
		requested := f.send(sender, direct(a, a.consent, f.Addr(recipient)))
		f.must(sender, nil, esc.PackUndo(requested))
		p := direct(a, a.free, f.Addr(recipient))
		p.Delay = 3600
		coolOff := f.send(sender, p)

		for _, c := range []struct {
			id     *big.Int
			amount *big.Int
		}{{plain, a.none}, {requested, a.consent}, {coolOff, a.free}} {
			for _, who := range []int{sender, keeper, claimerA} {
				_, err := f.tx(who, nil, esc.PackDecline(c.id))
				e := reverted[escrow.HongbaoEscrowNotRecipient](t, err)
				requireEq(t, c.id, e.Id, "NotRecipient id")
				require.Equal(t, f.Addr(recipient), e.Recipient)
			}
			s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
			r := f.must(recipient, nil, esc.PackDecline(c.id))
			ev := one[escrow.HongbaoEscrowDeclined](t, r)
			requireEq(t, c.id, ev.Id, "Declined id")
			require.Equal(t, f.Addr(sender), ev.To)
			requireEq(t, c.amount, ev.Amount, "Declined amount")
			f.moved(s, map[common.Address]*big.Int{f.Addr(sender): c.amount, f.Escrow: neg(c.amount)})
			require.Equal(t, contracttest.StatusClosed, f.view(c.id).Status)
		}
	})
}

// C4 decline is only before claiming: after the claim the packet is closed.
func TestDeclineAfterClaim(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		id := f.send(sender, direct(a, a.free, f.Addr(recipient)))
		f.claim(recipient, id)
		s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
		_, err := f.tx(recipient, nil, esc.PackDecline(id))
		requireEq(t, id, reverted[escrow.HongbaoEscrowPacketClosed](t, err).Id, "PacketClosed id")
		f.moved(s, nil)
	})
}
