package orgs

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

const locker = memberA2 // an ordinary sender with a lock

// setLockNow sets a lock that is a tightening: LockSet at once with the values, no loosening request.
func (f *fx) setLockNow(who int, token common.Address, threshold *big.Int, minDelay uint32) {
	f.t.Helper()
	r := f.must(who, nil, esc.PackSetLock(token, threshold, minDelay))
	ev := one[escrow.HongbaoEscrowLockSet](f.t, r)
	require.Equal(f.t, f.Addr(who), ev.Sender)
	require.Equal(f.t, token, ev.Token)
	requireEq(f.t, threshold, ev.Threshold, "LockSet threshold")
	require.Equal(f.t, minDelay, ev.MinDelay)
	none[escrow.HongbaoEscrowLockLoosenRequested](f.t, r)
	requireLock(f.t, escrow.IHongbaoEscrowLock{Threshold: threshold, MinDelay: minDelay}, f.lockOf(who, token))
}

// lockedSend sends a plain packet of `amount` with `delay` from account `who` and returns the error (nil: sent).
// It mines nothing else (an ERC-20 sender was funded by bankroll), so the send happens exactly when the test
// moved time to.
func (f *fx) lockedSend(who int, kind uint8, a asset, amount *big.Int, delay uint32) error {
	f.t.Helper()
	p := withDelay(f.ofKind(kind, a.token, amount), delay)
	_, err := f.tx(who, valueFor(a.token, amount), esc.PackSend(p))
	return err
}

// bankroll gives the senders of these tests plenty of the ERC-20, approved for the escrow (nothing for ETH).
func (f *fx) bankroll(a asset) {
	f.t.Helper()
	for _, who := range []int{locker, stranger} {
		f.approve(who, a.token, a.u(1_000_000))
	}
}

// tooShort requires err to be DelayTooShort(amount, threshold, required).
func tooShort(t *testing.T, err error, amount, threshold *big.Int, required uint32) {
	t.Helper()
	e := reverted[escrow.HongbaoEscrowDelayTooShort](t, err)
	requireEq(t, amount, e.Amount, "DelayTooShort amount")
	requireEq(t, threshold, e.Threshold, "DelayTooShort threshold")
	requireEq(t, big.NewInt(int64(required)), e.RequiredDelay, "DelayTooShort requiredDelay")
}

// Tightening applies at once: a send above the threshold needs at least the lock's delay (DelayTooShort with
// amount, threshold and the required delay otherwise), at or below the threshold any delay is fine; a lock
// tightened again applies in the same way at once. minDelay above 24h is InvalidDelay.
func TestLockTighten(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		f.bankroll(a)
		requireLock(t, escrow.IHongbaoEscrowLock{}, f.lockOf(locker, a.token))
		require.NoError(t, f.lockedSend(locker, contracttest.Direct, a, a.u(1000), 0), "no lock yet")

		f.setLockNow(locker, a.token, a.u(100), 2*hour)
		over := add(a.u(100), big.NewInt(1))
		for _, k := range kinds {
			all := f.everyone(a.token)
			tooShort(t, f.lockedSend(locker, k.kind, a, over, 0), over, a.u(100), 2*hour)
			tooShort(t, f.lockedSend(locker, k.kind, a, over, 2*hour-1), over, a.u(100), 2*hour)
			f.moved(all, nil)
			require.NoError(t, f.lockedSend(locker, k.kind, a, over, 2*hour), k.name+": the required delay")
			require.NoError(t, f.lockedSend(locker, k.kind, a, over, day), k.name+": a longer delay")
			require.NoError(t, f.lockedSend(locker, k.kind, a, a.u(100), 0), k.name+": at the threshold")
			require.NoError(t, f.lockedSend(locker, k.kind, a, a.u(3), 0), k.name+": below the threshold")
		}

		// Tighter again: lower threshold and longer delay, at once.
		f.setLockNow(locker, a.token, a.u(50), day)
		tooShort(t, f.lockedSend(locker, contracttest.Direct, a, a.u(51), 2*hour), a.u(51), a.u(50), day)
		require.NoError(t, f.lockedSend(locker, contracttest.Direct, a, a.u(51), day))
		// Only the threshold lower, at once.
		f.setLockNow(locker, a.token, a.u(10), day)
		tooShort(t, f.lockedSend(locker, contracttest.Equal, a, a.u(11), 0), a.u(11), a.u(10), day)

		_, err := f.tx(locker, nil, esc.PackSetLock(a.token, a.u(1), day+1))
		e := reverted[escrow.HongbaoEscrowInvalidDelay](t, err)
		requireEq(t, big.NewInt(day+1), e.Delay, "InvalidDelay delay")
		requireEq(t, big.NewInt(day), e.Max, "InvalidDelay max")
		requireLock(t, escrow.IHongbaoEscrowLock{Threshold: a.u(10), MinDelay: day}, f.lockOf(locker, a.token))

		// A lock is the sender's own: anyone else sends as before.
		require.NoError(t, f.lockedSend(stranger, contracttest.Direct, a, a.u(1000), 0))
	})
}

// Loosening (a higher threshold, a shorter delay, removing the lock, or a change that loosens one part) emits
// LockLoosenRequested and takes effect exactly 24h later: lockOf shows the old values with the pending ones
// until then; at t-1 the old lock still rejects, at t the new one applies.
func TestLockLoosen(t *testing.T) {
	cases := []struct {
		name      string
		threshold int64 // units
		delay     uint32
		// probeOld is rejected by the old lock (100 units, 2h) and allowed by the new one.
		probeOld      int64
		probeOldDelay uint32
		// probeNew is rejected by the new lock.
		probeNew      int64
		probeNewDelay uint32
	}{
		{"higher threshold", 200, 2 * hour, 150, 0, 201, 0},
		{"shorter delay", 100, 600, 150, 600, 150, 599},
		{"removed", 0, 0, 150, 0, 0, 0},
		{"higher threshold, longer delay", 200, day, 150, 0, 201, 2 * hour},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			forAssets(t, func(t *testing.T, f *fx, a asset) {
				f.bankroll(a)
				f.setLockNow(locker, a.token, a.u(100), 2*hour)
				newT := a.u(c.threshold)
				r := f.must(locker, nil, esc.PackSetLock(a.token, newT, c.delay))
				due := f.blockTime(r) + day
				ev := one[escrow.HongbaoEscrowLockLoosenRequested](t, r)
				require.Equal(t, f.Addr(locker), ev.Sender)
				require.Equal(t, a.token, ev.Token)
				requireEq(t, newT, ev.Threshold, "LockLoosenRequested threshold")
				require.Equal(t, c.delay, ev.MinDelay)
				requireEq(t, big64(due), ev.EffectiveAt, "LockLoosenRequested effectiveAt")
				none[escrow.HongbaoEscrowLockSet](t, r)
				pending := escrow.IHongbaoEscrowLock{Threshold: a.u(100), MinDelay: 2 * hour, PendingAt: big64(due),
					PendingThreshold: newT, PendingMinDelay: c.delay}
				requireLock(t, pending, f.lockOf(locker, a.token))

				f.at(due - 1)
				requireLock(t, pending, f.lockOf(locker, a.token))
				tooShort(t, f.lockedSend(locker, contracttest.Direct, a, a.u(c.probeOld), c.probeOldDelay),
					a.u(c.probeOld), a.u(100), 2*hour)

				f.at(due)
				requireLock(t, escrow.IHongbaoEscrowLock{Threshold: newT, MinDelay: c.delay}, f.lockOf(locker, a.token))
				require.NoError(t, f.lockedSend(locker, contracttest.Direct, a, a.u(c.probeOld), c.probeOldDelay))
				if c.delay > 0 {
					tooShort(t, f.lockedSend(locker, contracttest.Direct, a, a.u(c.probeNew), c.probeNewDelay),
						a.u(c.probeNew), newT, c.delay)
				} else {
					require.NoError(t, f.lockedSend(locker, contracttest.Lucky, a, a.u(5000), 0), "no lock any more")
				}
			})
		})
	}
}

// A tightening while a loosening is pending cancels it: the tightening applies at once, lockOf shows nothing
// pending, and the loosened values never take effect. A second loosening restarts the 24h.
func TestLockLoosenCancelledOrRestarted(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		f.bankroll(a)
		f.setLockNow(locker, a.token, a.u(100), 2*hour)
		r := f.must(locker, nil, esc.PackSetLock(a.token, a.u(500), 2*hour))
		due := f.blockTime(r) + day
		f.setLockNow(locker, a.token, a.u(100), 2*hour) // same values: a tightening relative to the lock in effect
		f.at(due + 1)
		requireLock(t, escrow.IHongbaoEscrowLock{Threshold: a.u(100), MinDelay: 2 * hour}, f.lockOf(locker, a.token))
		tooShort(t, f.lockedSend(locker, contracttest.Direct, a, a.u(200), 0), a.u(200), a.u(100), 2*hour)

		r = f.must(locker, nil, esc.PackSetLock(a.token, a.u(200), 2*hour))
		first := f.blockTime(r) + day
		f.at(first - 12*hour)
		r = f.must(locker, nil, esc.PackSetLock(a.token, a.u(300), 2*hour))
		second := f.blockTime(r) + day
		requireEq(t, big64(second), one[escrow.HongbaoEscrowLockLoosenRequested](t, r).EffectiveAt, "restarted")
		f.at(first)
		requireLock(t, escrow.IHongbaoEscrowLock{Threshold: a.u(100), MinDelay: 2 * hour, PendingAt: big64(second),
			PendingThreshold: a.u(300), PendingMinDelay: 2 * hour}, f.lockOf(locker, a.token))
		tooShort(t, f.lockedSend(locker, contracttest.Direct, a, a.u(150), 0), a.u(150), a.u(100), 2*hour)
		f.at(second)
		require.NoError(t, f.lockedSend(locker, contracttest.Direct, a, a.u(300), 0))
		tooShort(t, f.lockedSend(locker, contracttest.Direct, a, a.u(301), 0), a.u(301), a.u(300), 2*hour)
	})
}

// The lock is per token: an ETH lock does not touch ERC-20 sends, and an ERC-20 lock does not touch ETH.
func TestLockPerToken(t *testing.T) {
	f := newFx(t)
	ethA, tokA := f.asset(false), f.asset(true)
	f.bankroll(tokA)
	f.setLockNow(locker, ethA.token, new(big.Int), day)
	requireLock(t, escrow.IHongbaoEscrowLock{}, f.lockOf(locker, tokA.token))
	tooShort(t, f.lockedSend(locker, contracttest.Direct, ethA, big.NewInt(1), 0), big.NewInt(1), new(big.Int), day)
	require.NoError(t, f.lockedSend(locker, contracttest.Direct, tokA, tokA.u(10_000), 0), "ERC-20 unaffected")

	f.setLockNow(locker, tokA.token, tokA.u(1), hour)
	tooShort(t, f.lockedSend(locker, contracttest.Equal, tokA, tokA.u(2), 0), tokA.u(2), tokA.u(1), hour)
	requireLock(t, escrow.IHongbaoEscrowLock{MinDelay: day, Threshold: new(big.Int)}, f.lockOf(locker, eth))
	require.NoError(t, f.lockedSend(locker, contracttest.Direct, ethA, ethA.u(1), day), "ETH keeps its own lock")
}

// The member's lock applies to its sends from an org budget: above its threshold a shorter delay is
// DelayTooShort (nothing taken from the budget, nothing counted against the day), the required delay passes.
// An admin's lock is the admin's own and does not bind the member.
func TestLockOnOrgSend(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		o := f.twoOrgs(a, a.u(1000), a.u(500), a.u(1000))
		f.setLockNow(adminA, a.token, new(big.Int), day)
		require.NotZero(t, f.orgSend(o.a, memberA, f.ofKind(contracttest.Equal, a.token, a.u(100))).Sign(),
			"an admin's lock does not bind the member")

		f.setLockNow(memberA, a.token, a.u(50), hour)
		all := f.everyone(a.token)
		for _, k := range kinds {
			_, err := f.tx(memberA, nil, esc.PackSendFromOrg(o.a, withDelay(f.ofKind(k.kind, a.token, a.u(100)), hour-1)))
			tooShort(t, err, a.u(100), a.u(50), hour)
		}
		requireEq(t, a.u(900), f.budget(o.a, a.token), "nothing taken")
		requireEq(t, a.u(100), f.member(o.a, memberA, a.token).SpentToday, "nothing counted")
		f.moved(all, nil)

		id := f.orgSend(o.a, memberA, withDelay(f.ofKind(contracttest.Lucky, a.token, a.u(100)), hour))
		v := f.Packet(id)
		require.Equal(t, v.CreatedAt.Uint64()+hour, v.ReleaseAt.Uint64())
		f.orgSend(o.a, memberA, f.ofKind(contracttest.Direct, a.token, a.u(50)))
		requireEq(t, a.u(750), f.budget(o.a, a.token), "budget after the sends")
	})
}
