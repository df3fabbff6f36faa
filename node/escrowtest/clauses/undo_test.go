package clauses

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// C3, Equal/Lucky: within the undo window the unclaimed rest goes back at once, also after some claims; the
// consent flag of the tier is ignored for group packets, and the claimers keep their shares.
func TestUndoGroup(t *testing.T) {
	cases := []struct {
		name   string
		kind   uint8
		claims []int
	}{
		{"Equal/fresh", contracttest.Equal, nil},
		{"Equal/after claims", contracttest.Equal, []int{claimerA, claimerB}},
		{"Lucky/fresh", contracttest.Lucky, nil},
		{"Lucky/after claims", contracttest.Lucky, []int{claimerA, claimerB, claimerC}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			forAssets(t, func(t *testing.T, f *fx, a asset) {
				id := f.send(sender, group(a, c.kind, 5, a.consent))
				v := f.view(id)
				require.True(t, v.UndoConsent, "consent tier")
				require.Equal(t, v.CreatedAt.Uint64()+consentWindow, v.UndoUntil.Uint64())
				shares := map[int]*big.Int{}
				claimed := new(big.Int)
				for _, cl := range c.claims {
					shares[cl] = f.claim(cl, id)
					claimed.Add(claimed, shares[cl])
				}
				rest := sub(a.consent, claimed)

				s := f.snap(a.token, f.Addr(sender), f.Addr(claimerA), f.Addr(claimerB), f.Addr(claimerC), f.Escrow)
				r := f.must(sender, nil, esc.PackUndo(id))
				ev := one[escrow.HongbaoEscrowUndone](t, r)
				requireEq(t, id, ev.Id, "Undone id")
				require.Equal(t, f.Addr(sender), ev.To)
				requireEq(t, rest, ev.Amount, "Undone amount")
				none[escrow.HongbaoEscrowUndoRequested](t, r)
				f.moved(s, map[common.Address]*big.Int{f.Addr(sender): rest, f.Escrow: neg(rest)})
				require.Equal(t, contracttest.StatusClosed, f.view(id).Status)
				for cl, amt := range shares {
					requireEq(t, amt, f.ClaimedAmount(id, f.Addr(cl)), "claimer keeps the share")
				}

				_, err := f.tx(claimerC+1, nil, esc.PackClaim(id, nil))
				reverted[escrow.HongbaoEscrowPacketClosed](t, err)
				_, err = f.tx(sender, nil, esc.PackUndo(id))
				requireEq(t, id, reverted[escrow.HongbaoEscrowPacketClosed](t, err).Id, "PacketClosed id")
			})
		})
	}
}

// C3, Direct with consent: undo records a request (event and flag) and moves no money; a second undo is
// UndoAlreadyRequested; the request never blocks the recipient's claim, after which approval is impossible.
func TestUndoDirectWithConsentRequests(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		id := f.send(sender, direct(a, a.consent, f.Addr(recipient)))
		require.True(t, f.view(id).UndoConsent)

		s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
		r := f.must(sender, nil, esc.PackUndo(id))
		ev := one[escrow.HongbaoEscrowUndoRequested](t, r)
		requireEq(t, id, ev.Id, "UndoRequested id")
		require.Equal(t, f.Addr(sender), ev.Sender)
		require.Equal(t, f.Addr(recipient), ev.Recipient)
		none[escrow.HongbaoEscrowUndone](t, r)
		f.moved(s, nil)
		v := f.view(id)
		require.True(t, v.UndoRequested)
		require.Equal(t, contracttest.StatusOpen, v.Status)
		requireEq(t, a.consent, v.Remaining, "no money moved")

		_, err := f.tx(sender, nil, esc.PackUndo(id))
		requireEq(t, id, reverted[escrow.HongbaoEscrowUndoAlreadyRequested](t, err).Id, "UndoAlreadyRequested id")

		s = f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
		requireEq(t, a.consent, f.claim(recipient, id), "claim despite the request")
		f.moved(s, map[common.Address]*big.Int{f.Addr(recipient): a.consent, f.Escrow: neg(a.consent)})

		_, err = f.tx(recipient, nil, esc.PackApproveUndo(id))
		reverted[escrow.HongbaoEscrowPacketClosed](t, err)
		_, err = f.tx(sender, nil, esc.PackUndo(id))
		reverted[escrow.HongbaoEscrowPacketClosed](t, err)
	})
}

// C3, Direct in a tier without consent: the whole packet goes back at once.
func TestUndoDirectWithoutConsent(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		id := f.send(sender, direct(a, a.free, f.Addr(recipient)))
		v := f.view(id)
		require.False(t, v.UndoConsent)
		require.Equal(t, v.CreatedAt.Uint64()+freeWindow, v.UndoUntil.Uint64())

		s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
		r := f.must(sender, nil, esc.PackUndo(id))
		ev := one[escrow.HongbaoEscrowUndone](t, r)
		requireEq(t, id, ev.Id, "Undone id")
		require.Equal(t, f.Addr(sender), ev.To)
		requireEq(t, a.free, ev.Amount, "Undone amount")
		none[escrow.HongbaoEscrowUndoRequested](t, r)
		f.moved(s, map[common.Address]*big.Int{f.Addr(sender): a.free, f.Escrow: neg(a.free)})

		_, err := f.tx(recipient, nil, esc.PackClaim(id, nil))
		reverted[escrow.HongbaoEscrowPacketClosed](t, err)
	})
}

// C3 rejections: an amount above every tier and a token with no policy have no undo window (undoUntil 0);
// the window closes at undoUntil; only the sender may undo. Nothing moves on any of them.
func TestUndoRejections(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		bare := asset{name: "bare", token: f.bare}
		noWindow := []*big.Int{
			f.send(sender, direct(a, a.none, f.Addr(recipient))),
			f.send(sender, group(a, contracttest.Lucky, 3, a.none)),
			f.send(sender, direct(bare, big.NewInt(1), f.Addr(recipient))),
			f.send(sender, group(bare, contracttest.Equal, 2, big.NewInt(1000))),
		}
		for _, id := range noWindow {
			require.Zero(t, f.view(id).UndoUntil.Sign(), "packet %s has no undo window", id)
			_, err := f.tx(sender, nil, esc.PackUndo(id))
			requireEq(t, id, reverted[escrow.HongbaoEscrowNoUndoWindow](t, err).Id, "NoUndoWindow id")
		}

		consent := f.send(sender, direct(a, a.consent, f.Addr(recipient)))
		free := f.send(sender, group(a, contracttest.Equal, 2, a.free))
		for _, id := range []*big.Int{consent, free} {
			for _, who := range []int{recipient, keeper, guardian, owner} {
				_, err := f.tx(who, nil, esc.PackUndo(id))
				e := reverted[escrow.HongbaoEscrowNotSender](t, err)
				requireEq(t, id, e.Id, "NotSender id")
				require.Equal(t, f.Addr(sender), e.Sender)
			}
		}

		f.at(f.view(consent).UndoUntil.Uint64() + 30)
		s := f.snap(a.token, f.Addr(sender), f.Escrow)
		for _, id := range []*big.Int{consent, free} {
			v := f.view(id)
			_, err := f.tx(sender, nil, esc.PackUndo(id))
			e := reverted[escrow.HongbaoEscrowUndoWindowClosed](t, err)
			requireEq(t, id, e.Id, "UndoWindowClosed id")
			requireEq(t, v.UndoUntil, e.UndoUntil, "UndoWindowClosed undoUntil")
			require.False(t, f.view(id).UndoRequested)
		}
		f.moved(s, nil)
	})
}

// C3: tiers are snapshotted at send. Removing the policy afterwards leaves a live packet's window intact, and
// a packet sent after the change has none.
func TestUndoTierSnapshottedAtSend(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		before := f.send(sender, group(a, contracttest.Equal, 2, a.free))
		f.setPolicy(a.token, nil)
		after := f.send(sender, group(a, contracttest.Equal, 2, a.free))
		require.Zero(t, f.view(after).UndoUntil.Sign())

		_, err := f.tx(sender, nil, esc.PackUndo(after))
		reverted[escrow.HongbaoEscrowNoUndoWindow](t, err)
		s := f.snap(a.token, f.Addr(sender), f.Escrow)
		r := f.must(sender, nil, esc.PackUndo(before))
		requireEq(t, a.free, one[escrow.HongbaoEscrowUndone](t, r).Amount, "Undone amount")
		f.moved(s, map[common.Address]*big.Int{f.Addr(sender): a.free, f.Escrow: neg(a.free)})
	})
}
