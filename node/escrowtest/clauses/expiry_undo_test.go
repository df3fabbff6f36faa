package clauses

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// Clauses, as the contract numbers them (IHongbaoEscrow.Clause).
const (
	clauseNone uint8 = iota
	clauseRefund
	clauseCoolOff
	clauseUndo
	clauseUndoRequest
)

// longWindow is an undo window longer than the shortest claim period (MIN_TTL, 5 minutes): a packet sent with
// that ttl expires while its undo window is still open.
const longWindow = 2 * 3600

// C3 after expiry: undo is refused with PacketExpired even though the undo window is still open (a Direct
// request made then could never be approved, and the money goes back by refund, C1). It holds for Direct with
// and without consent and for group packets, at expiry exactly and later; one second before expiry undo still
// works. Nothing moves on a refused undo, and a refund takes the packet back afterwards.
func TestUndoAfterExpiryRefused(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		f.setPolicy(a.token, []escrow.IHongbaoEscrowTier{
			{MaxAmount: a.consent, Window: longWindow, Consent: true},
			{MaxAmount: a.free, Window: longWindow, Consent: false},
		})
		short := func(p escrow.IHongbaoEscrowSendParams) escrow.IHongbaoEscrowSendParams {
			p.Ttl = 300
			return p
		}
		last := f.send(sender, short(direct(a, a.consent, f.Addr(recipient)))) // expires first
		consent := f.send(sender, short(direct(a, a.consent, f.Addr(recipient))))
		free := f.send(sender, short(direct(a, a.free, f.Addr(recipient))))
		grp := f.send(sender, short(group(a, contracttest.Lucky, 3, a.free)))
		ids := []*big.Int{consent, free, grp}
		for _, id := range append(ids, last) {
			v := f.view(id)
			require.Greater(t, v.UndoUntil.Uint64(), v.ExpiresAt.Uint64(), "packet %s: the window outlasts the claim period", id)
		}

		// One second before expiry the request is still taken.
		f.at(f.view(last).ExpiresAt.Uint64() - 1)
		r := f.must(sender, nil, esc.PackUndo(last))
		requireEq(t, last, one[escrow.HongbaoEscrowUndoRequested](t, r).Id, "UndoRequested id")

		// At the expiry of the newest packet exactly (the others expired a few seconds earlier), and an hour later.
		for _, late := range []uint64{0, 3600} {
			f.at(f.view(grp).ExpiresAt.Uint64() + late)
			s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
			for _, id := range ids {
				v := f.view(id)
				require.Less(t, f.Now(), v.UndoUntil.Uint64(), "the undo window is still open")
				_, err := f.tx(sender, nil, esc.PackUndo(id))
				e := reverted[escrow.HongbaoEscrowPacketExpired](t, err)
				requireEq(t, id, e.Id, "PacketExpired id")
				requireEq(t, v.ExpiresAt, e.ExpiresAt, "PacketExpired expiresAt")
				require.False(t, f.view(id).UndoRequested, "no request recorded after expiry")
			}
			f.moved(s, nil)
		}

		// The expired request cannot be approved either; refunds take every packet back (C1).
		_, err := f.tx(recipient, nil, esc.PackApproveUndo(last))
		requireEq(t, last, reverted[escrow.HongbaoEscrowPacketExpired](t, err).Id, "approve after expiry")
		s := f.snap(a.token, f.Addr(sender), f.Escrow)
		total := add(a.consent, a.free, a.free, a.consent)
		r = f.must(keeper, nil, esc.PackRefundMany(append(ids, last)))
		require.Len(t, eventsOf[escrow.HongbaoEscrowRefunded](r), 4)
		f.moved(s, map[common.Address]*big.Int{f.Addr(sender): total, f.Escrow: neg(total)})
	})
}

// withdrawable() and a pending Direct undo request: before the request it names UndoRequest until the end of
// the undo window; once a request is pending it names UndoRequest until expiry, also after the window (the
// recipient may approve until the claim or expiry, rules §4 C3), then Refund. Without a request the packet reads
// None after the window. The approval after the window pays as withdrawable said.
func TestWithdrawableUndoRequestUntilExpiry(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		pending := f.send(sender, direct(a, a.consent, f.Addr(recipient)))
		quiet := f.send(sender, direct(a, a.consent, f.Addr(recipient)))
		approved := f.send(sender, direct(a, a.consent, f.Addr(recipient)))
		times := func(id *big.Int) (undoUntil, expiresAt uint64) {
			v := f.view(id)
			return v.UndoUntil.Uint64(), v.ExpiresAt.Uint64()
		}
		pUndo, pExp := times(pending)
		qUndo, qExp := times(quiet)
		aUndo, aExp := times(approved)
		require.Less(t, aUndo, pExp)

		f.requireWithdrawable(pending, clauseUndoRequest, a.consent, pUndo)
		f.must(sender, nil, esc.PackUndo(pending))
		f.must(sender, nil, esc.PackUndo(approved))
		require.True(t, f.view(pending).UndoRequested)
		f.requireWithdrawable(pending, clauseUndoRequest, a.consent, pExp)
		f.requireWithdrawable(approved, clauseUndoRequest, a.consent, aExp)
		f.requireWithdrawable(quiet, clauseUndoRequest, a.consent, qUndo)

		// After the undo windows: a pending request still applies until expiry; the quiet packet has none.
		f.at(aUndo + 60)
		f.requireWithdrawable(pending, clauseUndoRequest, a.consent, pExp)
		f.requireWithdrawable(approved, clauseUndoRequest, a.consent, aExp)
		f.requireWithdrawable(quiet, clauseNone, new(big.Int), qExp)
		s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Escrow)
		r := f.must(recipient, nil, esc.PackApproveUndo(approved))
		requireEq(t, a.consent, one[escrow.HongbaoEscrowUndoApproved](t, r).Amount, "UndoApproved amount")
		f.moved(s, map[common.Address]*big.Int{f.Addr(sender): a.consent, f.Escrow: neg(a.consent)})
		f.requireWithdrawable(approved, clauseNone, new(big.Int), 0)

		// Last second before expiry, then expiry: the request gives way to the refund.
		f.at(pExp - 1)
		f.requireWithdrawable(pending, clauseUndoRequest, a.consent, pExp)
		f.at(pExp)
		f.requireWithdrawable(pending, clauseRefund, a.consent, 0)
		_, err := f.tx(recipient, nil, esc.PackApproveUndo(pending))
		requireEq(t, pending, reverted[escrow.HongbaoEscrowPacketExpired](t, err).Id, "approve at expiry")
		f.at(qExp)
		f.requireWithdrawable(quiet, clauseRefund, a.consent, 0)
		f.must(keeper, nil, esc.PackRefundMany([]*big.Int{pending, quiet}))
	})
}

// requireWithdrawable reads withdrawable(id) in the pending block (where the next transaction runs).
func (f *fx) requireWithdrawable(id *big.Int, clause uint8, amount *big.Int, until uint64) {
	f.t.Helper()
	out, err := f.Call(f.Escrow, esc.PackWithdrawable(id))
	require.NoError(f.t, err)
	got, err := esc.UnpackWithdrawable(out)
	require.NoError(f.t, err)
	require.Equal(f.t, clause, got.Clause, "packet %s: clause", id)
	requireEq(f.t, amount, got.Amount, "withdrawable amount")
	require.Equal(f.t, until, got.Until.Uint64(), "packet %s: until", id)
}
