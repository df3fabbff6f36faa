package orgs

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// notGuardian requires that `who` cannot intercept packet id: NotGuardian with the packet's own guardian, and
// nothing moves.
func (f *fx) notGuardian(t *testing.T, who int, id *big.Int, guardian common.Address, token common.Address) {
	t.Helper()
	all := f.everyone(token)
	_, err := f.tx(who, nil, esc.PackIntercept(id))
	e := reverted[escrow.HongbaoEscrowNotGuardian](t, err)
	requireEq(t, id, e.Id, "NotGuardian id")
	require.Equal(t, guardian, e.Guardian, "NotGuardian guardian")
	f.moved(all, nil)
}

// intercepted requires that `who` intercepts packet id of org, `rest` going back into the budget.
func (f *fx) intercepted(t *testing.T, who int, id *big.Int, org uint64, token common.Address, rest *big.Int) {
	t.Helper()
	all := f.everyone(token)
	budget := f.budget(org, token)
	r := f.must(who, nil, esc.PackIntercept(id))
	ev := one[escrow.HongbaoEscrowIntercepted](t, r)
	requireEq(t, id, ev.Id, "Intercepted id")
	require.Equal(t, f.Addr(who), ev.Guardian)
	requireEq(t, rest, ev.Amount, "Intercepted amount")
	credited(t, r, org, token, id, rest)
	requireEq(t, add(budget, rest), f.budget(org, token), "budget after intercept")
	require.Equal(t, contracttest.StatusClosed, f.Packet(id).Status)
	f.moved(all, nil)
}

// Any admin of the packet's org may intercept it, with or without a guardian, for every kind; an admin of
// another org, the member who sent it, the recipient, the treasury and strangers may not (NotGuardian).
func TestOrgAdminIntercept(t *testing.T) {
	forKinds(t, func(t *testing.T, f *fx, a asset, kind uint8) {
		o := f.twoOrgs(a, a.u(1000), a.u(500), a.u(1000))
		g := f.Addr(stranger)
		for _, c := range []struct {
			name     string
			guardian common.Address
			admin    int
		}{{"no guardian", common.Address{}, adminA}, {"with a guardian", g, adminA2}} {
			id := f.orgSend(o.a, memberA, withGuardian(f.ofKind(kind, a.token, a.u(100)), c.guardian))
			for _, who := range []int{adminB, memberA, memberA2, recipient, treasuryA, owner} {
				f.notGuardian(t, who, id, c.guardian, a.token)
			}
			f.intercepted(t, c.admin, id, o.a, a.token, a.u(100))
			_, err := f.tx(adminA, nil, esc.PackIntercept(id))
			requireEq(t, id, reverted[escrow.HongbaoEscrowPacketClosed](t, err).Id, c.name+": PacketClosed")
		}

		// The packet's own guardian keeps its power, and its intercept also goes to the budget.
		id := f.orgSend(o.a, memberA, withGuardian(f.ofKind(kind, a.token, a.u(100)), g))
		f.intercepted(t, stranger, id, o.a, a.token, a.u(100))

		// Org B's admin over org B's packet: yes; org A's admins: no.
		idB := f.orgSend(o.b, memberB, f.ofKind(kind, a.token, a.u(100)))
		f.notGuardian(t, adminA, idB, common.Address{}, a.token)
		f.notGuardian(t, adminA2, idB, common.Address{}, a.token)
		f.intercepted(t, adminB, idB, o.b, a.token, a.u(100))
	})
}

// Admin power follows the current admin set: an admin added after the send may intercept; a removed admin
// no longer may. An org admin has no power over the same member's plain (non-org) packets.
func TestOrgInterceptAdminChanges(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		o := f.twoOrgs(a, a.u(1000), a.u(500), a.u(1000))
		id1 := f.orgSend(o.a, memberA, f.ofKind(contracttest.Direct, a.token, a.u(10)))
		id2 := f.orgSend(o.a, memberA, f.ofKind(contracttest.Equal, a.token, a.u(20)))

		f.must(adminA, nil, esc.PackRemoveOrgAdmin(o.a, f.Addr(adminA2)))
		f.notGuardian(t, adminA2, id1, common.Address{}, a.token)
		f.notGuardian(t, adminA2, id2, common.Address{}, a.token)

		f.addAdmin(o.a, adminA, stranger)
		f.intercepted(t, stranger, id1, o.a, a.token, a.u(10))
		f.intercepted(t, adminA, id2, o.a, a.token, a.u(20))

		plain := f.send(memberA, f.ofKind(contracttest.Direct, a.token, a.u(10)))
		f.notGuardian(t, adminA, plain, common.Address{}, a.token)
		f.notGuardian(t, stranger, plain, common.Address{}, a.token)
	})
}

// After a full claim the packet is closed: PacketClosed for every admin (Direct: once claimed; a group once its
// last share is claimed). A partly claimed group can still be intercepted for its rest. After expiry an admin
// gets PacketExpired and the refund goes to the budget.
func TestOrgInterceptClosedOrExpired(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		o := f.twoOrgs(a, a.u(1000), a.u(500), a.u(1000))
		d := f.orgSend(o.a, memberA, f.ofKind(contracttest.Direct, a.token, a.u(10)))
		f.claim(recipient, d)
		g := f.orgSend(o.a, memberA, group(a.token, contracttest.Lucky, 2, a.u(20)))
		f.claim(claimer, g)
		f.claim(stranger, g)
		for _, id := range []*big.Int{d, g} {
			for _, who := range []int{adminA, adminA2} {
				all := f.everyone(a.token)
				_, err := f.tx(who, nil, esc.PackIntercept(id))
				requireEq(t, id, reverted[escrow.HongbaoEscrowPacketClosed](t, err).Id, "PacketClosed id")
				f.moved(all, nil)
			}
		}

		part := f.orgSend(o.a, memberA, group(a.token, contracttest.Equal, 4, a.u(40)))
		f.claim(claimer, part)
		f.intercepted(t, adminA, part, o.a, a.token, a.u(30))

		exp := f.orgSend(o.a, memberA, f.ofKind(contracttest.Direct, a.token, a.u(10)))
		at := f.Packet(exp).ExpiresAt
		f.at(at.Uint64())
		_, err := f.tx(adminA, nil, esc.PackIntercept(exp))
		e := reverted[escrow.HongbaoEscrowPacketExpired](t, err)
		requireEq(t, exp, e.Id, "PacketExpired id")
		requireEq(t, at, e.ExpiresAt, "PacketExpired expiresAt")
		r := f.must(adminA, nil, esc.PackRefund(exp))
		credited(t, r, o.a, a.token, exp, a.u(10))
	})
}
