package clauses

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// rules §2: releaseAt = createdAt + delay, expiresAt = releaseAt + ttl, undoUntil = createdAt + the tier's window
// (none above every tier), in the PacketSent event and in the packet view alike.
func TestTimesFromSend(t *testing.T) {
	f := newFx(t)
	a := f.asset(false)
	cases := []struct {
		delay, ttl uint32
		amount     *big.Int
		window     uint64
	}{
		{0, 300, a.consent, consentWindow},
		{2 * 3600, day, a.free, freeWindow},
		{day, 30 * day, a.none, 0},
	}
	for _, c := range cases {
		p := direct(a, c.amount, f.Addr(recipient))
		p.Delay, p.Ttl = c.delay, c.ttl
		r := f.must(sender, c.amount, esc.PackSend(p))
		h, err := f.Client.HeaderByNumber(context.Background(), r.BlockNumber)
		require.NoError(t, err)
		ev := one[escrow.HongbaoEscrowPacketSent](t, r)
		undoUntil := uint64(0)
		if c.window != 0 {
			undoUntil = h.Time + c.window
		}
		require.Equal(t, h.Time+uint64(c.delay), ev.ReleaseAt.Uint64(), "releaseAt")
		require.Equal(t, h.Time+uint64(c.delay)+uint64(c.ttl), ev.ExpiresAt.Uint64(), "expiresAt")
		require.Equal(t, undoUntil, ev.UndoUntil.Uint64(), "undoUntil")
		v := f.view(ev.Id)
		require.Equal(t, h.Time, v.CreatedAt.Uint64(), "createdAt")
		require.Equal(t, ev.ReleaseAt.Uint64(), v.ReleaseAt.Uint64())
		require.Equal(t, ev.ExpiresAt.Uint64(), v.ExpiresAt.Uint64())
		require.Equal(t, undoUntil, v.UndoUntil.Uint64())
	}
}

// nobody: the action moves no money.
const nobody = -1

// boundary is one action tested in blocks at t-1, t and t+1 around one of a packet's times.
type boundary struct {
	name  string
	send  func(f *fx) *big.Int                             // a fresh packet (plus setup such as an undo request)
	time  func(v escrow.IHongbaoEscrowPacketView) *big.Int // the time under test
	who   int                                              // who acts
	data  func(id *big.Int) []byte
	ok    [3]bool           // success at t-1, t, t+1
	payee func(off int) int // who receives the packet's remaining on success
	event func(t *testing.T, f *fx, r *types.Receipt, id, amount *big.Int, off int)
	fail  func(t *testing.T, err error, id, at *big.Int) // the exact error, with its time field
}

func releaseAt(v escrow.IHongbaoEscrowPacketView) *big.Int { return v.ReleaseAt }
func expiresAt(v escrow.IHongbaoEscrowPacketView) *big.Int { return v.ExpiresAt }
func undoUntil(v escrow.IHongbaoEscrowPacketView) *big.Int { return v.UndoUntil }
func always(who int) func(int) int                         { return func(int) int { return who } }

// rules §2 and §4: claims when releaseAt <= now < expiresAt; refunds when now >= expiresAt; C2 before releaseAt;
// C3 before undoUntil; intercepts and approvals before expiresAt.
func TestTimeBoundaries(t *testing.T) {
	for _, b := range boundaries() {
		for i, off := range []int{-1, 0, 1} {
			name := fmt.Sprintf("%s/t%+d", b.name, off)
			if off == 0 {
				name = b.name + "/t"
			}
			t.Run(name, func(t *testing.T) { runBoundary(t, b, i, off) })
		}
	}
}

func runBoundary(t *testing.T, b boundary, i, off int) {
	f := newFx(t)
	id := b.send(f)
	v := f.view(id)
	at := b.time(v)
	require.NotZero(t, at.Sign(), "the packet has the time under test")
	f.at(uint64(int64(at.Uint64()) + int64(off)))

	who := []common.Address{f.Addr(sender), f.Addr(recipient), f.Addr(b.who), f.Escrow}
	s := f.snap(eth, who...)
	r, err := f.tx(b.who, nil, b.data(id))
	if !b.ok[i] {
		b.fail(t, err, id, at)
		f.moved(s, nil)
		requireEq(t, v.Remaining, f.view(id).Remaining, "remaining untouched")
		return
	}
	require.NoError(t, err)
	require.Equal(t, uint64(int64(at.Uint64())+int64(off)), f.Now(), "mined at the intended time")
	b.event(t, f, r, id, v.Remaining, off)
	if p := b.payee(off); p != nobody {
		f.moved(s, map[common.Address]*big.Int{f.Addr(p): v.Remaining, f.Escrow: neg(v.Remaining)})
	} else {
		f.moved(s, nil)
	}
}

func boundaries() []boundary {
	delayed := func(f *fx) *big.Int {
		p := direct(f.asset(false), f.asset(false).free, f.Addr(recipient))
		p.Delay = 600
		return f.send(sender, p)
	}
	short := func(f *fx) *big.Int {
		p := direct(f.asset(false), f.asset(false).free, f.Addr(recipient))
		p.Ttl = 300
		p.Guardian = f.Addr(guardian)
		return f.send(sender, p)
	}
	requested := func(f *fx) *big.Int {
		p := direct(f.asset(false), f.asset(false).consent, f.Addr(recipient))
		p.Ttl = 600 // expires after the 300 s undo window: approval outlives the window
		id := f.send(sender, p)
		f.must(sender, nil, esc.PackUndo(id))
		return id
	}
	claimed := func(t *testing.T, f *fx, r *types.Receipt, id, amount *big.Int, _ int) {
		ev := one[escrow.HongbaoEscrowClaimed](t, r)
		requireEq(t, id, ev.Id, "Claimed id")
		require.Equal(t, f.Addr(recipient), ev.Claimer)
		requireEq(t, amount, ev.Amount, "Claimed amount")
	}
	refunded := func(t *testing.T, f *fx, r *types.Receipt, id, amount *big.Int, off int) {
		if off < 0 { // refundMany skips a packet that has not expired
			none[escrow.HongbaoEscrowRefunded](t, r)
			return
		}
		ev := one[escrow.HongbaoEscrowRefunded](t, r)
		requireEq(t, id, ev.Id, "Refunded id")
		require.Equal(t, f.Addr(sender), ev.To)
		requireEq(t, amount, ev.Amount, "Refunded amount")
	}
	undone := func(t *testing.T, f *fx, r *types.Receipt, id, amount *big.Int, _ int) {
		ev := one[escrow.HongbaoEscrowUndone](t, r)
		requireEq(t, id, ev.Id, "Undone id")
		require.Equal(t, f.Addr(sender), ev.To)
		requireEq(t, amount, ev.Amount, "Undone amount")
	}
	notYetReleased := func(t *testing.T, err error, id, at *big.Int) {
		e := reverted[escrow.HongbaoEscrowNotYetReleased](t, err)
		requireEq(t, id, e.Id, "NotYetReleased id")
		requireEq(t, at, e.ReleaseAt, "NotYetReleased releaseAt")
	}
	coolOffOver := func(t *testing.T, err error, id, at *big.Int) {
		e := reverted[escrow.HongbaoEscrowCoolOffOver](t, err)
		requireEq(t, id, e.Id, "CoolOffOver id")
		requireEq(t, at, e.ReleaseAt, "CoolOffOver releaseAt")
	}
	expired := func(t *testing.T, err error, id, at *big.Int) {
		e := reverted[escrow.HongbaoEscrowPacketExpired](t, err)
		requireEq(t, id, e.Id, "PacketExpired id")
		requireEq(t, at, e.ExpiresAt, "PacketExpired expiresAt")
	}
	notExpired := func(t *testing.T, err error, id, at *big.Int) {
		e := reverted[escrow.HongbaoEscrowNotExpired](t, err)
		requireEq(t, id, e.Id, "NotExpired id")
		requireEq(t, at, e.ExpiresAt, "NotExpired expiresAt")
	}
	windowClosed := func(t *testing.T, err error, id, at *big.Int) {
		e := reverted[escrow.HongbaoEscrowUndoWindowClosed](t, err)
		requireEq(t, id, e.Id, "UndoWindowClosed id")
		requireEq(t, at, e.UndoUntil, "UndoWindowClosed undoUntil")
	}
	claim := func(id *big.Int) []byte { return esc.PackClaim(id, nil) }
	undo := func(id *big.Int) []byte { return esc.PackUndo(id) }

	return []boundary{
		{name: "claim@releaseAt", send: delayed, time: releaseAt, who: recipient, data: claim,
			ok: [3]bool{false, true, true}, payee: always(recipient), event: claimed, fail: notYetReleased},
		{name: "withdrawCoolOff@releaseAt", send: delayed, time: releaseAt, who: sender,
			data: func(id *big.Int) []byte { return esc.PackWithdrawCoolOff(id) },
			ok:   [3]bool{true, false, false}, payee: always(sender), fail: coolOffOver,
			event: func(t *testing.T, f *fx, r *types.Receipt, id, amount *big.Int, _ int) {
				ev := one[escrow.HongbaoEscrowCoolOffWithdrawn](t, r)
				requireEq(t, id, ev.Id, "CoolOffWithdrawn id")
				require.Equal(t, f.Addr(sender), ev.To)
				requireEq(t, amount, ev.Amount, "CoolOffWithdrawn amount")
			}},
		{name: "claim@expiresAt", send: short, time: expiresAt, who: recipient, data: claim,
			ok: [3]bool{true, false, false}, payee: always(recipient), event: claimed, fail: expired},
		{name: "refund@expiresAt", send: short, time: expiresAt, who: keeper,
			data: func(id *big.Int) []byte { return esc.PackRefund(id) },
			ok:   [3]bool{false, true, true}, payee: always(sender), event: refunded, fail: notExpired},
		{name: "refundMany@expiresAt", send: short, time: expiresAt, who: keeper,
			data: func(id *big.Int) []byte { return esc.PackRefundMany([]*big.Int{id}) },
			ok:   [3]bool{true, true, true}, event: refunded,
			payee: func(off int) int {
				if off < 0 {
					return nobody
				}
				return sender
			}},
		{name: "intercept@expiresAt", send: short, time: expiresAt, who: guardian,
			data: func(id *big.Int) []byte { return esc.PackIntercept(id) },
			ok:   [3]bool{true, false, false}, payee: always(sender), fail: expired,
			event: func(t *testing.T, f *fx, r *types.Receipt, id, amount *big.Int, _ int) {
				ev := one[escrow.HongbaoEscrowIntercepted](t, r)
				requireEq(t, id, ev.Id, "Intercepted id")
				require.Equal(t, f.Addr(guardian), ev.Guardian)
				require.Equal(t, f.Addr(sender), ev.To)
				requireEq(t, amount, ev.Amount, "Intercepted amount")
			}},
		{name: "approveUndo@expiresAt", send: requested, time: expiresAt, who: recipient,
			data: func(id *big.Int) []byte { return esc.PackApproveUndo(id) },
			ok:   [3]bool{true, false, false}, payee: always(sender), fail: expired,
			event: func(t *testing.T, f *fx, r *types.Receipt, id, amount *big.Int, _ int) {
				ev := one[escrow.HongbaoEscrowUndoApproved](t, r)
				requireEq(t, id, ev.Id, "UndoApproved id")
				require.Equal(t, f.Addr(sender), ev.To)
				requireEq(t, amount, ev.Amount, "UndoApproved amount")
			}},
		{name: "undo Equal@undoUntil", time: undoUntil, who: sender, data: undo,
			send: func(f *fx) *big.Int {
				a := f.asset(false)
				return f.send(sender, group(a, contracttest.Equal, 3, a.consent))
			},
			ok: [3]bool{true, false, false}, payee: always(sender), event: undone, fail: windowClosed},
		{name: "undo Direct without consent@undoUntil", time: undoUntil, who: sender, data: undo,
			send: func(f *fx) *big.Int {
				a := f.asset(false)
				return f.send(sender, direct(a, a.free, f.Addr(recipient)))
			},
			ok: [3]bool{true, false, false}, payee: always(sender), event: undone, fail: windowClosed},
		{name: "undo Direct with consent@undoUntil", time: undoUntil, who: sender, data: undo,
			send: func(f *fx) *big.Int {
				a := f.asset(false)
				return f.send(sender, direct(a, a.consent, f.Addr(recipient)))
			},
			ok: [3]bool{true, false, false}, payee: always(nobody), fail: windowClosed,
			event: func(t *testing.T, f *fx, r *types.Receipt, id, _ *big.Int, _ int) {
				ev := one[escrow.HongbaoEscrowUndoRequested](t, r)
				requireEq(t, id, ev.Id, "UndoRequested id")
				require.Equal(t, f.Addr(sender), ev.Sender)
				require.Equal(t, f.Addr(recipient), ev.Recipient)
				require.True(t, f.view(id).UndoRequested)
			}},
	}
}
