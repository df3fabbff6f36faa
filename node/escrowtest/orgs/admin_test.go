package orgs

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// createOrg: ids are sequential from 1, the creator is the first admin, the treasury is as given; a zero
// treasury is refused; an unknown id reads as the zero view.
func TestCreateOrg(t *testing.T) {
	f := newFx(t)
	require.Zero(t, f.lastOrgID())
	requireOrg(t, escrow.IHongbaoEscrowOrgView{}, f.org(1))

	_, err := f.tx(adminA, nil, esc.PackCreateOrg(common.Address{}))
	reverted[escrow.HongbaoEscrowZeroAddress](t, err)
	require.Zero(t, f.lastOrgID(), "a refused createOrg creates nothing")

	a := f.newOrg(adminA, treasuryA)
	b := f.newOrg(adminB, treasuryB)
	require.Equal(t, uint64(1), a)
	require.Equal(t, uint64(2), b)
	require.Equal(t, uint64(2), f.lastOrgID())
	requireOrg(t, escrow.IHongbaoEscrowOrgView{Id: a, Treasury: f.Addr(treasuryA), AdminCount: 1}, f.org(a))
	requireOrg(t, escrow.IHongbaoEscrowOrgView{Id: b, Treasury: f.Addr(treasuryB), AdminCount: 1}, f.org(b))
	require.True(t, f.isAdmin(a, adminA))
	require.False(t, f.isAdmin(a, adminB), "admins are per organisation")
	require.False(t, f.isAdmin(b, adminA))
	require.False(t, f.isAdmin(a, treasuryA), "the treasury is not an admin")
}

// Every admin-only function of an organisation that does not exist reverts OrgNotFound, and so does a send
// from its budget.
func TestUnknownOrg(t *testing.T) {
	f := newFx(t)
	f.newOrg(adminA, treasuryA)
	const ghost = uint64(99)
	amt := big.NewInt(1000)
	calls := map[string]struct {
		value *big.Int
		data  []byte
	}{
		"addOrgAdmin":           {nil, esc.PackAddOrgAdmin(ghost, f.Addr(adminA2))},
		"removeOrgAdmin":        {nil, esc.PackRemoveOrgAdmin(ghost, f.Addr(adminA))},
		"setOrgMember":          {nil, esc.PackSetOrgMember(ghost, f.Addr(memberA), eth, amt, amt)},
		"removeOrgMember":       {nil, esc.PackRemoveOrgMember(ghost, f.Addr(memberA))},
		"fundOrg":               {amt, esc.PackFundOrg(ghost, eth, amt)},
		"withdrawOrgBudget":     {nil, esc.PackWithdrawOrgBudget(ghost, eth, amt)},
		"requestTreasuryChange": {nil, esc.PackRequestTreasuryChange(ghost, f.Addr(treasuryA2))},
		"sendFromOrg":           {nil, esc.PackSendFromOrg(ghost, direct(eth, amt, f.Addr(recipient)))},
	}
	for name, c := range calls {
		_, err := f.tx(adminA, c.value, c.data)
		require.Equal(t, ghost, reverted[escrow.HongbaoEscrowOrgNotFound](t, err).OrgId, name)
	}
	requireOrg(t, escrow.IHongbaoEscrowOrgView{}, f.org(ghost))
}

// Admins: any admin adds and removes admins; a second add is AdminAlreadyAdded, removing a non-admin is
// AdminNotFound, a non-admin (member, stranger, admin of another org, removed admin) gets NotOrgAdmin, and the
// last admin cannot be removed (LastAdmin), not even by itself.
func TestOrgAdmins(t *testing.T) {
	f := newFx(t)
	a := f.newOrg(adminA, treasuryA)
	b := f.newOrg(adminB, treasuryB)
	f.setMember(a, adminA, memberA, eth, big.NewInt(1), big.NewInt(1))

	// Outsiders cannot add admins.
	for _, who := range []int{memberA, stranger, adminB, treasuryA} {
		_, err := f.tx(who, nil, esc.PackAddOrgAdmin(a, f.Addr(who)))
		e := reverted[escrow.HongbaoEscrowNotOrgAdmin](t, err)
		require.Equal(t, a, e.OrgId)
		require.Equal(t, f.Addr(who), e.Account)
	}
	_, err := f.tx(adminA, nil, esc.PackAddOrgAdmin(a, common.Address{}))
	reverted[escrow.HongbaoEscrowZeroAddress](t, err)

	f.addAdmin(a, adminA, adminA2)
	require.True(t, f.isAdmin(a, adminA2))
	require.Equal(t, uint32(2), f.org(a).AdminCount)

	for _, by := range []int{adminA, adminA2} {
		_, err = f.tx(by, nil, esc.PackAddOrgAdmin(a, f.Addr(adminA2)))
		e := reverted[escrow.HongbaoEscrowAdminAlreadyAdded](t, err)
		require.Equal(t, a, e.OrgId)
		require.Equal(t, f.Addr(adminA2), e.Admin)
	}
	_, err = f.tx(adminA2, nil, esc.PackAddOrgAdmin(a, f.Addr(adminA)))
	require.Equal(t, f.Addr(adminA), reverted[escrow.HongbaoEscrowAdminAlreadyAdded](t, err).Admin)

	// Removing: only admins, only existing admins.
	_, err = f.tx(adminA, nil, esc.PackRemoveOrgAdmin(a, f.Addr(memberA)))
	e := reverted[escrow.HongbaoEscrowAdminNotFound](t, err)
	require.Equal(t, a, e.OrgId)
	require.Equal(t, f.Addr(memberA), e.Admin)
	_, err = f.tx(adminA, nil, esc.PackRemoveOrgAdmin(a, f.Addr(adminB)))
	require.Equal(t, f.Addr(adminB), reverted[escrow.HongbaoEscrowAdminNotFound](t, err).Admin,
		"an admin of org B is not an admin of org A")
	for _, who := range []int{memberA, stranger, adminB} {
		_, err = f.tx(who, nil, esc.PackRemoveOrgAdmin(a, f.Addr(adminA)))
		require.Equal(t, f.Addr(who), reverted[escrow.HongbaoEscrowNotOrgAdmin](t, err).Account)
	}

	// adminA2 removes adminA; adminA then has no power left.
	r := f.must(adminA2, nil, esc.PackRemoveOrgAdmin(a, f.Addr(adminA)))
	ev := one[escrow.HongbaoEscrowOrgAdminRemoved](t, r)
	require.Equal(t, a, ev.OrgId)
	require.Equal(t, f.Addr(adminA), ev.Admin)
	require.False(t, f.isAdmin(a, adminA))
	require.Equal(t, uint32(1), f.org(a).AdminCount)
	_, err = f.tx(adminA, nil, esc.PackAddOrgAdmin(a, f.Addr(stranger)))
	require.Equal(t, f.Addr(adminA), reverted[escrow.HongbaoEscrowNotOrgAdmin](t, err).Account)

	// adminA2 is now the last admin: it cannot remove itself.
	_, err = f.tx(adminA2, nil, esc.PackRemoveOrgAdmin(a, f.Addr(adminA2)))
	require.Equal(t, a, reverted[escrow.HongbaoEscrowLastAdmin](t, err).OrgId)
	require.True(t, f.isAdmin(a, adminA2))
	_, err = f.tx(adminB, nil, esc.PackRemoveOrgAdmin(b, f.Addr(adminB)))
	require.Equal(t, b, reverted[escrow.HongbaoEscrowLastAdmin](t, err).OrgId, "a creator alone is the last admin")

	// With two admins an admin may remove itself; the other is then the last.
	f.addAdmin(a, adminA2, adminA)
	r = f.must(adminA, nil, esc.PackRemoveOrgAdmin(a, f.Addr(adminA)))
	require.Equal(t, f.Addr(adminA), one[escrow.HongbaoEscrowOrgAdminRemoved](t, r).Admin)
	_, err = f.tx(adminA2, nil, esc.PackRemoveOrgAdmin(a, f.Addr(adminA2)))
	require.Equal(t, a, reverted[escrow.HongbaoEscrowLastAdmin](t, err).OrgId)
	require.Equal(t, uint32(1), f.org(a).AdminCount)
	require.Equal(t, uint32(1), f.org(b).AdminCount, "org B untouched")
}

// Members: admins set and change caps (OrgMemberSet with the values; orgMember shows them), remove members
// (OrgMemberRemoved; removing a non-member is NotOrgMember); non-admins cannot do either.
func TestOrgMembers(t *testing.T) {
	f := newFx(t)
	a := f.newOrg(adminA, treasuryA)
	b := f.newOrg(adminB, treasuryB)
	f.addAdmin(a, adminA, adminA2)

	f.setMember(a, adminA, memberA, eth, big.NewInt(100), big.NewInt(250))
	f.setMember(a, adminA2, memberA, f.token, big.NewInt(7), big.NewInt(9))
	resets := big64(((f.Now()+1)/day + 1) * day) // views read the pending block, one second after the head
	requireMember(t, escrow.IHongbaoEscrowMemberView{Active: true, PerPacketCap: big.NewInt(100),
		DailyCap: big.NewInt(250), DayResetsAt: resets}, f.member(a, memberA, eth))
	requireMember(t, escrow.IHongbaoEscrowMemberView{Active: true, PerPacketCap: big.NewInt(7),
		DailyCap: big.NewInt(9), DayResetsAt: resets}, f.member(a, memberA, f.token))
	require.False(t, f.member(b, memberA, eth).Active, "membership is per organisation")
	require.False(t, f.member(a, memberA2, eth).Active)

	// Calling it again changes the caps.
	f.setMember(a, adminA, memberA, eth, big.NewInt(300), big.NewInt(900))
	m := f.member(a, memberA, eth)
	requireEq(t, big.NewInt(300), m.PerPacketCap, "new perPacketCap")
	requireEq(t, big.NewInt(900), m.DailyCap, "new dailyCap")

	for _, who := range []int{memberA, stranger, adminB, treasuryA} {
		_, err := f.tx(who, nil, esc.PackSetOrgMember(a, f.Addr(memberA2), eth, big.NewInt(1), big.NewInt(1)))
		e := reverted[escrow.HongbaoEscrowNotOrgAdmin](t, err)
		require.Equal(t, a, e.OrgId)
		require.Equal(t, f.Addr(who), e.Account)
		_, err = f.tx(who, nil, esc.PackRemoveOrgMember(a, f.Addr(memberA)))
		require.Equal(t, f.Addr(who), reverted[escrow.HongbaoEscrowNotOrgAdmin](t, err).Account)
	}
	_, err := f.tx(adminA, nil, esc.PackSetOrgMember(a, common.Address{}, eth, big.NewInt(1), big.NewInt(1)))
	reverted[escrow.HongbaoEscrowZeroAddress](t, err)

	r := f.must(adminA2, nil, esc.PackRemoveOrgMember(a, f.Addr(memberA)))
	ev := one[escrow.HongbaoEscrowOrgMemberRemoved](t, r)
	require.Equal(t, a, ev.OrgId)
	require.Equal(t, f.Addr(memberA), ev.Member)
	require.False(t, f.member(a, memberA, eth).Active)
	require.False(t, f.member(a, memberA, f.token).Active, "removal covers every token")

	for _, who := range []int{memberA, memberA2, stranger} {
		_, err = f.tx(adminA, nil, esc.PackRemoveOrgMember(a, f.Addr(who)))
		e := reverted[escrow.HongbaoEscrowNotOrgMember](t, err)
		require.Equal(t, a, e.OrgId)
		require.Equal(t, f.Addr(who), e.Account)
		require.Equal(t, common.Address{}, e.Token)
	}
}
