package orgs

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// forKinds runs body for every packet kind and both assets, each on a fresh chain.
func forKinds(t *testing.T, body func(t *testing.T, f *fx, a asset, kind uint8)) {
	t.Helper()
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			forAssets(t, func(t *testing.T, f *fx, a asset) { body(t, f, a, k.kind) })
		})
	}
}

// orgFx is org A (admins adminA and adminA2, treasury treasuryA) and org B (adminB), both funded in the asset,
// with memberA of A and memberB of B allowed to send the asset within the given caps.
type orgFx struct {
	a, b uint64
}

func (f *fx) twoOrgs(a asset, budget, perPacket, daily *big.Int) orgFx {
	f.t.Helper()
	o := orgFx{a: f.newOrg(adminA, treasuryA), b: f.newOrg(adminB, treasuryB)}
	f.addAdmin(o.a, adminA, adminA2)
	f.fundOrg(o.a, adminA, a.token, budget)
	f.fundOrg(o.b, adminB, a.token, budget)
	f.setMember(o.a, adminA, memberA, a.token, perPacket, daily)
	f.setMember(o.b, adminB, memberB, a.token, perPacket, daily)
	return o
}

// sendFromOrg of every kind: the packet comes out of the budget (the member's wallet and the escrow's balance
// do not move), getPacket shows the org, the member is the sender, and the member's day spend grows.
func TestSendFromOrg(t *testing.T) {
	forKinds(t, func(t *testing.T, f *fx, a asset, kind uint8) {
		o := f.twoOrgs(a, a.u(1000), a.u(100), a.u(250))
		p := withGuardian(f.ofKind(kind, a.token, a.u(100)), f.Addr(stranger))
		all := f.everyone(a.token)
		r := f.must(memberA, nil, esc.PackSendFromOrg(o.a, p))
		ev := one[escrow.HongbaoEscrowPacketSent](t, r)
		os := one[escrow.HongbaoEscrowOrgPacketSent](t, r)
		requireEq(t, ev.Id, os.Id, "OrgPacketSent id")
		require.Equal(t, o.a, os.OrgId)
		require.Equal(t, f.Addr(memberA), os.Member)
		require.Equal(t, f.Addr(memberA), ev.Sender)
		require.Equal(t, kind, ev.Kind)
		requireEq(t, a.u(100), ev.Total, "PacketSent total")
		require.Equal(t, f.Addr(stranger), one[escrow.HongbaoEscrowGuardianSet](t, r).Guardian)
		f.moved(all, nil)

		v := f.Packet(ev.Id)
		require.Equal(t, o.a, v.OrgId)
		require.Equal(t, f.Addr(memberA), v.Sender)
		require.Equal(t, a.token, v.Token)
		require.Equal(t, kind, v.Kind)
		require.Equal(t, f.Addr(stranger), v.Guardian)
		requireEq(t, a.u(100), v.Remaining, "remaining")
		require.Equal(t, contracttest.StatusOpen, v.Status)
		requireEq(t, a.u(900), f.budget(o.a, a.token), "budget A")
		requireEq(t, a.u(1000), f.budget(o.b, a.token), "budget B untouched")
		requireEq(t, a.u(100), f.member(o.a, memberA, a.token).SpentToday, "spentToday")

		// A plain send by the same account is no org packet.
		plain := f.send(memberA, f.ofKind(kind, a.token, a.u(1)))
		require.Zero(t, f.Packet(plain).OrgId)
		requireEq(t, a.u(100), f.member(o.a, memberA, a.token).SpentToday, "a plain send is not spent from the org")

		// sendFromOrg takes no ETH.
		_, err := f.tx(memberA, big.NewInt(1), esc.PackSendFromOrg(o.a, f.ofKind(kind, a.token, a.u(1))))
		require.Error(t, err, "sendFromOrg is not payable")
	})
}

// Caps at the boundary, for every kind: amount == perPacketCap passes and +1 is OverPacketCap; the daily cap
// can be reached exactly, then OverDailyCap carries what is left and the next UTC midnight; at midnight-1 the
// member is still capped, at midnight the day (and spentToday) starts over.
func TestSendFromOrgCaps(t *testing.T) {
	forKinds(t, func(t *testing.T, f *fx, a asset, kind uint8) {
		o := f.twoOrgs(a, a.u(10_000), a.u(100), a.u(250))
		midnight := f.nextMidnight()
		f.at(midnight + hour) // a known place in a UTC day, with room for the whole scenario
		resets := midnight + day
		send := func(amt *big.Int) (*big.Int, error) {
			r, err := f.tx(memberA, nil, esc.PackSendFromOrg(o.a, f.ofKind(kind, a.token, amt)))
			if err != nil {
				return nil, err
			}
			return one[escrow.HongbaoEscrowPacketSent](t, r).Id, nil
		}
		overDaily := func(amt, left *big.Int, resetsAt uint64) {
			t.Helper()
			all := f.everyone(a.token)
			budget := f.budget(o.a, a.token)
			_, err := send(amt)
			e := reverted[escrow.HongbaoEscrowOverDailyCap](t, err)
			requireEq(t, amt, e.Amount, "OverDailyCap amount")
			requireEq(t, left, e.Left, "OverDailyCap left")
			requireEq(t, big64(resetsAt), e.ResetsAt, "OverDailyCap resetsAt")
			requireEq(t, budget, f.budget(o.a, a.token), "a refused send takes no budget")
			f.moved(all, nil)
		}

		over := add(a.u(100), big.NewInt(1))
		_, err := send(over)
		e := reverted[escrow.HongbaoEscrowOverPacketCap](t, err)
		requireEq(t, over, e.Amount, "OverPacketCap amount")
		requireEq(t, a.u(100), e.Cap, "OverPacketCap cap")
		requireMember(t, escrow.IHongbaoEscrowMemberView{Active: true, PerPacketCap: a.u(100), DailyCap: a.u(250),
			DayResetsAt: big64(resets)}, f.member(o.a, memberA, a.token))

		for i := 1; i <= 2; i++ { // exactly the per-packet cap, twice
			id, err := send(a.u(100))
			require.NoError(t, err)
			requireEq(t, a.u(100), f.Packet(id).Remaining, "packet at the cap")
			requireEq(t, a.u(int64(100*i)), f.member(o.a, memberA, a.token).SpentToday, "spentToday")
		}
		overDaily(add(a.u(50), big.NewInt(1)), a.u(50), resets)
		_, err = send(a.u(50)) // reaches the daily cap exactly
		require.NoError(t, err)
		requireMember(t, escrow.IHongbaoEscrowMemberView{Active: true, PerPacketCap: a.u(100), DailyCap: a.u(250),
			SpentToday: a.u(250), DayResetsAt: big64(resets)}, f.member(o.a, memberA, a.token))
		overDaily(big.NewInt(1), new(big.Int), resets)
		requireEq(t, a.u(10_000-250), f.budget(o.a, a.token), "budget after the day's sends")

		// The cap of org B's member is its own.
		_, err = f.tx(memberB, nil, esc.PackSendFromOrg(o.b, f.ofKind(kind, a.token, a.u(100))))
		require.NoError(t, err, "memberB is not capped by memberA's spend")

		f.at(resets - 1)
		requireEq(t, a.u(250), f.member(o.a, memberA, a.token).SpentToday, "midnight-1: same day")
		overDaily(big.NewInt(1), new(big.Int), resets)

		f.at(resets)
		requireMember(t, escrow.IHongbaoEscrowMemberView{Active: true, PerPacketCap: a.u(100), DailyCap: a.u(250),
			DayResetsAt: big64(resets + day)}, f.member(o.a, memberA, a.token))
		_, err = send(a.u(100))
		require.NoError(t, err, "a new UTC day")
		requireEq(t, a.u(100), f.member(o.a, memberA, a.token).SpentToday, "spentToday in the new day")
		_, err = send(a.u(100))
		require.NoError(t, err)
		overDaily(add(a.u(50), big.NewInt(1)), a.u(50), resets+day)
	})
}

// Budget exhausted: a send above the budget is InsufficientBudget with what is available, takes nothing and
// does not count against the daily cap; a send of exactly the rest passes; a new deposit re-enables sends.
func TestSendFromOrgBudgetExhausted(t *testing.T) {
	forKinds(t, func(t *testing.T, f *fx, a asset, kind uint8) {
		o := f.twoOrgs(a, a.u(150), a.u(100), a.u(1000))
		f.orgSend(o.a, memberA, f.ofKind(kind, a.token, a.u(100)))

		insufficient := func(amt, available *big.Int) {
			t.Helper()
			all := f.everyone(a.token)
			spent := f.member(o.a, memberA, a.token).SpentToday
			_, err := f.tx(memberA, nil, esc.PackSendFromOrg(o.a, f.ofKind(kind, a.token, amt)))
			e := reverted[escrow.HongbaoEscrowInsufficientBudget](t, err)
			require.Equal(t, o.a, e.OrgId)
			requireEq(t, amt, e.Amount, "InsufficientBudget amount")
			requireEq(t, available, e.Available, "InsufficientBudget available")
			requireEq(t, spent, f.member(o.a, memberA, a.token).SpentToday, "a refused send is not spent")
			f.moved(all, nil)
		}
		insufficient(add(a.u(50), big.NewInt(1)), a.u(50))
		f.orgSend(o.a, memberA, f.ofKind(kind, a.token, a.u(50)))
		requireEq(t, new(big.Int), f.budget(o.a, a.token), "budget spent out")
		insufficient(big.NewInt(1), new(big.Int))
		requireEq(t, a.u(150), f.budget(o.b, a.token), "org B's budget is not org A's")

		f.fundOrg(o.a, adminA2, a.token, a.u(30))
		f.orgSend(o.a, memberA, f.ofKind(kind, a.token, a.u(30)))
		requireEq(t, a.u(180), f.member(o.a, memberA, a.token).SpentToday, "spentToday")
	})
}

// A removed member can no longer send (NotOrgMember), while its live packets stay as they are: a Direct
// packet is still claimed by its recipient, a group packet is still claimed and its rest refunded to the
// budget after expiry, a cool-off packet still withdrawn by the (former) member into the budget.
func TestRemovedMember(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		o := f.twoOrgs(a, a.u(1000), a.u(100), a.u(1000))
		d := f.orgSend(o.a, memberA, f.ofKind(contracttest.Direct, a.token, a.u(40)))
		g := f.orgSend(o.a, memberA, group(a.token, contracttest.Equal, 2, a.u(60)))
		c := f.orgSend(o.a, memberA, withDelay(f.ofKind(contracttest.Lucky, a.token, a.u(30)), hour))
		f.must(adminA2, nil, esc.PackRemoveOrgMember(o.a, f.Addr(memberA)))

		_, err := f.tx(memberA, nil, esc.PackSendFromOrg(o.a, f.ofKind(contracttest.Direct, a.token, a.u(1))))
		e := reverted[escrow.HongbaoEscrowNotOrgMember](t, err)
		require.Equal(t, o.a, e.OrgId)
		require.Equal(t, f.Addr(memberA), e.Account)
		require.Equal(t, a.token, e.Token)
		for _, id := range []*big.Int{d, g, c} {
			v := f.Packet(id)
			require.Equal(t, o.a, v.OrgId, "live packet keeps its org")
			require.NotEqual(t, contracttest.StatusClosed, v.Status, "live packet stays live")
		}

		s := f.snap(a.token, f.Addr(recipient), f.Escrow)
		requireEq(t, a.u(40), f.claim(recipient, d), "Direct claimed after removal")
		f.moved(s, map[common.Address]*big.Int{f.Addr(recipient): a.u(40), f.Escrow: neg(a.u(40))})
		requireEq(t, a.u(30), f.claim(claimer, g), "group claimed after removal")

		budget := f.budget(o.a, a.token)
		all := f.everyone(a.token)
		r := f.must(memberA, nil, esc.PackWithdrawCoolOff(c))
		credited(t, r, o.a, a.token, c, a.u(30))
		f.at(f.Packet(g).ExpiresAt.Uint64())
		r = f.must(stranger, nil, esc.PackRefund(g))
		credited(t, r, o.a, a.token, g, a.u(30))
		requireEq(t, add(budget, a.u(60)), f.budget(o.a, a.token), "both back in the budget")
		f.moved(all, nil)
	})
}

// Membership is per organisation and per token: a member of org A cannot send from org B, an admin who is
// not a member cannot send at all, and a member without caps in a token cannot send that token.
func TestSendFromOrgNotMember(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		o := f.twoOrgs(a, a.u(1000), a.u(100), a.u(1000))
		f.fundOrg(o.a, adminA, f.bare, big.NewInt(1e6)) // budget in a token memberA has no caps for
		cases := []struct {
			name   string
			who    int
			org    uint64
			token  common.Address
			amount *big.Int
		}{
			{"member of A using B", memberA, o.b, a.token, a.u(1)},
			{"member of B using A", memberB, o.a, a.token, a.u(1)},
			{"admin, not a member", adminA, o.a, a.token, a.u(1)},
			{"stranger", stranger, o.a, a.token, a.u(1)},
			{"token without caps", memberA, o.a, f.bare, big.NewInt(1)},
		}
		for _, c := range cases {
			all := f.everyone(c.token)
			_, err := f.tx(c.who, nil, esc.PackSendFromOrg(c.org, direct(c.token, c.amount, f.Addr(recipient))))
			e := reverted[escrow.HongbaoEscrowNotOrgMember](t, err)
			require.Equal(t, c.org, e.OrgId, c.name)
			require.Equal(t, f.Addr(c.who), e.Account, c.name)
			require.Equal(t, c.token, e.Token, c.name)
			f.moved(all, nil)
		}
		requireEq(t, a.u(1000), f.budget(o.a, a.token), "budget A")
		requireEq(t, a.u(1000), f.budget(o.b, a.token), "budget B")
		requireEq(t, big.NewInt(1e6), f.budget(o.a, f.bare), "budget A in the caps-less token")
	})
}

// A member removed and then re-added for one token may send that token only: removal revokes every grant,
// so the caps it had in other tokens before the removal must not come back with the re-add. (An admin who
// re-adds someone for ETH has not granted the ERC-20 again; a careful user expects no hidden grant.)
func TestReAddedMemberHasNoStaleCaps(t *testing.T) {
	f := newFx(t)
	ethA, tokA := f.asset(false), f.asset(true)
	o := f.twoOrgs(ethA, ethA.u(1000), ethA.u(100), ethA.u(1000))
	f.fundOrg(o.a, adminA, tokA.token, tokA.u(1000))
	f.setMember(o.a, adminA, memberA, tokA.token, tokA.u(100), tokA.u(1000))
	f.must(adminA, nil, esc.PackRemoveOrgMember(o.a, f.Addr(memberA)))
	f.setMember(o.a, adminA, memberA, ethA.token, ethA.u(10), ethA.u(10)) // re-added, for ETH only

	f.orgSend(o.a, memberA, f.ofKind(contracttest.Direct, ethA.token, ethA.u(10)))
	_, err := f.tx(memberA, nil, esc.PackSendFromOrg(o.a, f.ofKind(contracttest.Direct, tokA.token, tokA.u(100))))
	e := reverted[escrow.HongbaoEscrowNotOrgMember](t, err)
	require.Equal(t, tokA.token, e.Token, "the old ERC-20 grant was revoked by the removal")
}
