package orgs

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
)

// fundOrg: any admin deposits; the budget grows by what arrived and the escrow holds it. ETH needs
// msg.value == amount and an ERC-20 needs none (ValueMismatch); non-admins get NotOrgAdmin.
func TestFundOrg(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		org := f.newOrg(adminA, treasuryA)
		other := f.newOrg(adminB, treasuryB)
		f.addAdmin(org, adminA, adminA2)
		f.setMember(org, adminA, memberA, a.token, a.u(10), a.u(10))

		for i, by := range []int{adminA, adminA2} {
			amt := a.u(int64(100 * (i + 1)))
			before := f.budget(org, a.token)
			f.approve(by, a.token, amt)
			s := f.snap(a.token, f.Addr(by), f.Escrow, f.Addr(treasuryA))
			r := f.must(by, valueFor(a.token, amt), esc.PackFundOrg(org, a.token, amt))
			ev := one[escrow.HongbaoEscrowOrgFunded](t, r)
			require.Equal(t, org, ev.OrgId)
			require.Equal(t, a.token, ev.Token)
			require.Equal(t, f.Addr(by), ev.From)
			requireEq(t, amt, ev.Amount, "OrgFunded amount")
			requireEq(t, add(before, amt), f.budget(org, a.token), "budget after fund")
			f.moved(s, map[common.Address]*big.Int{f.Addr(by): neg(amt), f.Escrow: amt})
		}
		requireEq(t, a.u(300), f.budget(org, a.token), "both deposits")
		requireEq(t, new(big.Int), f.budget(other, a.token), "another org's budget is untouched")

		amt := a.u(5)
		f.approve(memberA, a.token, amt)
		f.approve(stranger, a.token, amt)
		f.approve(adminB, a.token, amt)
		for _, who := range []int{memberA, stranger, adminB, treasuryA} {
			_, err := f.tx(who, valueFor(a.token, amt), esc.PackFundOrg(org, a.token, amt))
			e := reverted[escrow.HongbaoEscrowNotOrgAdmin](t, err)
			require.Equal(t, org, e.OrgId)
			require.Equal(t, f.Addr(who), e.Account)
		}

		f.approve(adminA, a.token, amt)
		if a.token == eth {
			for _, v := range []*big.Int{sub(amt, big.NewInt(1)), add(amt, big.NewInt(1)), new(big.Int)} {
				_, err := f.tx(adminA, v, esc.PackFundOrg(org, eth, amt))
				e := reverted[escrow.HongbaoEscrowValueMismatch](t, err)
				requireEq(t, v, e.Value, "ValueMismatch value")
				requireEq(t, amt, e.Amount, "ValueMismatch amount")
			}
		} else {
			_, err := f.tx(adminA, big.NewInt(1), esc.PackFundOrg(org, a.token, amt))
			e := reverted[escrow.HongbaoEscrowValueMismatch](t, err)
			requireEq(t, big.NewInt(1), e.Value, "ValueMismatch value")
			requireEq(t, new(big.Int), e.Amount, "ValueMismatch amount")
		}
		requireEq(t, a.u(300), f.budget(org, a.token), "refused deposits leave the budget alone")
	})
}

// A fee-on-transfer token: the budget is credited with what arrived (99%), a packet sent from it is exactly
// its amount, and a withdraw to the treasury pays out of the budget (the treasury bears the token's fee).
func TestFundOrgFeeOnTransfer(t *testing.T) {
	f := newFx(t)
	org := f.newOrg(adminA, treasuryA)
	sent := big.NewInt(1_000_000)
	credited := big.NewInt(990_000)
	f.approve(adminA, f.fee, sent)
	s := f.snap(f.fee, f.Addr(adminA), f.Escrow)
	r := f.must(adminA, nil, esc.PackFundOrg(org, f.fee, sent))
	requireEq(t, credited, one[escrow.HongbaoEscrowOrgFunded](t, r).Amount, "OrgFunded amount: what arrived")
	requireEq(t, credited, f.budget(org, f.fee), "budget")
	f.moved(s, map[common.Address]*big.Int{f.Addr(adminA): neg(sent), f.Escrow: credited})

	f.setMember(org, adminA, memberA, f.fee, credited, credited)
	id := f.orgSend(org, memberA, direct(f.fee, big.NewInt(500_000), f.Addr(recipient)))
	requireEq(t, big.NewInt(500_000), f.Packet(id).Remaining, "packet amount is exact (no transfer in)")
	requireEq(t, big.NewInt(490_000), f.budget(org, f.fee), "budget after send")
	requireEq(t, big.NewInt(500_000), f.claim(recipient, id), "claimed")
	requireEq(t, big.NewInt(495_000), f.TokenBalance(f.fee, f.Addr(recipient)), "recipient bears the fee")

	s = f.snap(f.fee, f.Addr(treasuryA), f.Escrow)
	r = f.must(adminA, nil, esc.PackWithdrawOrgBudget(org, f.fee, big.NewInt(490_000)))
	requireEq(t, big.NewInt(490_000), one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r).Amount, "withdrawn")
	requireEq(t, new(big.Int), f.budget(org, f.fee), "budget emptied")
	f.moved(s, map[common.Address]*big.Int{f.Addr(treasuryA): big.NewInt(485_100), f.Escrow: big.NewInt(-490_000)})
}

// withdrawOrgBudget: any admin, always to the treasury in effect (never to the caller), at most the budget
// (InsufficientBudget), never zero (AmountTooSmall); non-admins get NotOrgAdmin; budgets are per org.
func TestWithdrawOrgBudget(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		org := f.newOrg(adminA, treasuryA)
		other := f.newOrg(adminB, treasuryB)
		f.addAdmin(org, adminA, adminA2)
		f.fundOrg(org, adminA, a.token, a.u(100))
		f.fundOrg(other, adminB, a.token, a.u(40))

		all := f.everyone(a.token)
		r := f.must(adminA2, nil, esc.PackWithdrawOrgBudget(org, a.token, a.u(30)))
		ev := one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r)
		require.Equal(t, org, ev.OrgId)
		require.Equal(t, a.token, ev.Token)
		require.Equal(t, f.Addr(treasuryA), ev.To)
		requireEq(t, a.u(30), ev.Amount, "OrgBudgetWithdrawn amount")
		requireEq(t, a.u(70), f.budget(org, a.token), "budget after withdraw")
		requireEq(t, a.u(40), f.budget(other, a.token), "other org untouched")
		f.moved(all, map[common.Address]*big.Int{f.Addr(treasuryA): a.u(30), f.Escrow: neg(a.u(30))})

		all = f.everyone(a.token)
		_, err := f.tx(adminA, nil, esc.PackWithdrawOrgBudget(org, a.token, new(big.Int)))
		e0 := reverted[escrow.HongbaoEscrowAmountTooSmall](t, err)
		requireEq(t, new(big.Int), e0.Amount, "AmountTooSmall amount")
		requireEq(t, big.NewInt(1), e0.Minimum, "AmountTooSmall minimum")

		over := add(a.u(70), big.NewInt(1))
		_, err = f.tx(adminA, nil, esc.PackWithdrawOrgBudget(org, a.token, over))
		e := reverted[escrow.HongbaoEscrowInsufficientBudget](t, err)
		require.Equal(t, org, e.OrgId)
		requireEq(t, over, e.Amount, "InsufficientBudget amount")
		requireEq(t, a.u(70), e.Available, "InsufficientBudget available")

		// Org B cannot reach into org A's budget, nor its own beyond what it has.
		_, err = f.tx(adminB, nil, esc.PackWithdrawOrgBudget(other, a.token, a.u(41)))
		requireEq(t, a.u(40), reverted[escrow.HongbaoEscrowInsufficientBudget](t, err).Available, "org B available")
		for _, who := range []int{adminB, memberA, stranger, treasuryA} {
			_, err = f.tx(who, nil, esc.PackWithdrawOrgBudget(org, a.token, a.u(1)))
			require.Equal(t, f.Addr(who), reverted[escrow.HongbaoEscrowNotOrgAdmin](t, err).Account)
		}
		_, err = f.tx(adminA, nil, esc.PackWithdrawOrgBudget(org, f.bare, big.NewInt(1)))
		requireEq(t, new(big.Int), reverted[escrow.HongbaoEscrowInsufficientBudget](t, err).Available,
			"no budget in a token never funded")
		f.moved(all, nil)

		// The whole rest, by the creator: still to the treasury.
		all = f.everyone(a.token)
		r = f.must(adminA, nil, esc.PackWithdrawOrgBudget(org, a.token, a.u(70)))
		require.Equal(t, f.Addr(treasuryA), one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r).To)
		requireEq(t, new(big.Int), f.budget(org, a.token), "budget emptied")
		f.moved(all, map[common.Address]*big.Int{f.Addr(treasuryA): a.u(70), f.Escrow: neg(a.u(70))})
	})
}

// The treasury change takes effect exactly 24h after it is asked: getOrg shows it pending until then; a
// withdraw at t-1 pays the old treasury, at t the new one. A zero treasury and non-admins are refused.
func TestTreasuryChange(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		org := f.newOrg(adminA, treasuryA)
		f.addAdmin(org, adminA, adminA2)
		f.fundOrg(org, adminA, a.token, a.u(100))

		_, err := f.tx(adminA, nil, esc.PackRequestTreasuryChange(org, common.Address{}))
		reverted[escrow.HongbaoEscrowZeroAddress](t, err)
		for _, who := range []int{memberA, stranger, adminB, treasuryA, treasuryA2} {
			_, err = f.tx(who, nil, esc.PackRequestTreasuryChange(org, f.Addr(treasuryA2)))
			require.Equal(t, f.Addr(who), reverted[escrow.HongbaoEscrowNotOrgAdmin](t, err).Account)
		}

		r := f.must(adminA2, nil, esc.PackRequestTreasuryChange(org, f.Addr(treasuryA2)))
		due := f.blockTime(r) + day
		ev := one[escrow.HongbaoEscrowOrgTreasuryChangeRequested](t, r)
		require.Equal(t, org, ev.OrgId)
		require.Equal(t, f.Addr(treasuryA2), ev.Treasury)
		requireEq(t, big64(due), ev.EffectiveAt, "effectiveAt = request + 24h")
		pending := escrow.IHongbaoEscrowOrgView{Id: org, Treasury: f.Addr(treasuryA), PendingTreasury: f.Addr(treasuryA2),
			TreasuryChangeAt: big64(due), AdminCount: 2}
		requireOrg(t, pending, f.org(org))

		// t-1: still the old treasury.
		f.at(due - 1)
		requireOrg(t, pending, f.org(org))
		all := f.everyone(a.token)
		r = f.must(adminA, nil, esc.PackWithdrawOrgBudget(org, a.token, a.u(10)))
		require.Equal(t, due-1, f.blockTime(r))
		require.Equal(t, f.Addr(treasuryA), one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r).To)
		f.moved(all, map[common.Address]*big.Int{f.Addr(treasuryA): a.u(10), f.Escrow: neg(a.u(10))})

		// t: the new one, and nothing pending any more.
		f.at(due)
		requireOrg(t, escrow.IHongbaoEscrowOrgView{Id: org, Treasury: f.Addr(treasuryA2), AdminCount: 2}, f.org(org))
		all = f.everyone(a.token)
		r = f.must(adminA, nil, esc.PackWithdrawOrgBudget(org, a.token, a.u(20)))
		require.Equal(t, due, f.blockTime(r))
		require.Equal(t, f.Addr(treasuryA2), one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r).To)
		f.moved(all, map[common.Address]*big.Int{f.Addr(treasuryA2): a.u(20), f.Escrow: neg(a.u(20))})

		// A later request waits its own 24h: the treasury in effect (A2) keeps receiving until then.
		r = f.must(adminA, nil, esc.PackRequestTreasuryChange(org, f.Addr(treasuryA)))
		due2 := f.blockTime(r) + day
		requireOrg(t, escrow.IHongbaoEscrowOrgView{Id: org, Treasury: f.Addr(treasuryA2), PendingTreasury: f.Addr(treasuryA),
			TreasuryChangeAt: big64(due2), AdminCount: 2}, f.org(org))
		f.at(due2 - 1)
		r = f.must(adminA, nil, esc.PackWithdrawOrgBudget(org, a.token, a.u(1)))
		require.Equal(t, f.Addr(treasuryA2), one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r).To)
		r = f.must(adminA, nil, esc.PackWithdrawOrgBudget(org, a.token, a.u(1)))
		require.Equal(t, due2, f.blockTime(r))
		require.Equal(t, f.Addr(treasuryA), one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r).To)
		requireEq(t, a.u(68), f.budget(org, a.token), "budget after four withdraws")
	})
}

// A change asked while another is pending replaces it and restarts the 24h: the first target never receives.
func TestTreasuryChangeReplaced(t *testing.T) {
	f := newFx(t)
	a := f.asset(false)
	org := f.newOrg(adminA, treasuryA)
	f.fundOrg(org, adminA, a.token, a.u(10))
	r := f.must(adminA, nil, esc.PackRequestTreasuryChange(org, f.Addr(treasuryA2)))
	first := f.blockTime(r) + day
	f.at(first - hour)
	r = f.must(adminA, nil, esc.PackRequestTreasuryChange(org, f.Addr(treasuryB)))
	second := f.blockTime(r) + day
	f.at(first)
	requireOrg(t, escrow.IHongbaoEscrowOrgView{Id: org, Treasury: f.Addr(treasuryA), PendingTreasury: f.Addr(treasuryB),
		TreasuryChangeAt: big64(second), AdminCount: 1}, f.org(org))
	all := f.everyone(a.token)
	r = f.must(adminA, nil, esc.PackWithdrawOrgBudget(org, a.token, a.u(1)))
	require.Equal(t, f.Addr(treasuryA), one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r).To)
	f.at(second)
	r = f.must(adminA, nil, esc.PackWithdrawOrgBudget(org, a.token, a.u(2)))
	require.Equal(t, f.Addr(treasuryB), one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r).To)
	f.moved(all, map[common.Address]*big.Int{f.Addr(treasuryA): a.u(1), f.Addr(treasuryB): a.u(2), f.Escrow: neg(a.u(3))})
}

// actorReject is TestActor's mode that reverts on incoming ETH.
const actorReject uint8 = 1

// A treasury that rejects ETH cannot make the admin's withdraw fail: the amount is owed to the treasury
// (OwedCredited), the budget is debited, and the treasury pulls it later with withdrawOwed.
func TestWithdrawToRejectingTreasury(t *testing.T) {
	f := newFx(t)
	a := f.asset(false)
	actor := f.deploy(mocks.TestActorMetaData.Bin, contracttest.Actor.PackConstructor(f.Addr(treasuryA)))
	f.mustTo(treasuryA, actor, nil, contracttest.Actor.PackSetMode(actorReject))
	r := f.must(adminA, nil, esc.PackCreateOrg(actor))
	org := one[escrow.HongbaoEscrowOrgCreated](t, r).OrgId
	f.fundOrg(org, adminA, eth, a.u(10))

	s := f.snap(eth, actor, f.Addr(adminA), f.Escrow)
	r = f.must(adminA, nil, esc.PackWithdrawOrgBudget(org, eth, a.u(4)))
	require.Equal(t, actor, one[escrow.HongbaoEscrowOrgBudgetWithdrawn](t, r).To)
	owed := one[escrow.HongbaoEscrowOwedCredited](t, r)
	require.Equal(t, actor, owed.Account)
	require.Equal(t, eth, owed.Token)
	requireEq(t, a.u(4), owed.Amount, "OwedCredited amount")
	requireEq(t, a.u(6), f.budget(org, eth), "budget debited")
	requireEq(t, a.u(4), f.Owed(eth, actor), "owed to the treasury")
	f.moved(s, nil) // still in the escrow, now as a pull balance

	s = f.snap(eth, f.Addr(treasuryA), f.Escrow)
	r = f.mustTo(treasuryA, actor, nil, contracttest.Actor.PackExecute(f.Escrow, new(big.Int),
		esc.PackWithdrawOwed(eth, f.Addr(treasuryA))))
	requireEq(t, a.u(4), one[escrow.HongbaoEscrowOwedWithdrawn](t, r).Amount, "OwedWithdrawn amount")
	f.moved(s, map[common.Address]*big.Int{f.Addr(treasuryA): a.u(4), f.Escrow: neg(a.u(4))})
}

// C5 with a fee-on-transfer token: the budget is credited with what arrived, not what the claimer sent.
func TestReturnFeeOnTransferToBudget(t *testing.T) {
	f := newFx(t)
	org := f.newOrg(adminA, treasuryA)
	f.fundOrg(org, adminA, f.fee, big.NewInt(1_000_000)) // 990,000 arrive
	f.setMember(org, adminA, memberA, f.fee, big.NewInt(500_000), big.NewInt(500_000))
	id := f.orgSend(org, memberA, direct(f.fee, big.NewInt(500_000), f.Addr(recipient)))
	f.claim(recipient, id) // the recipient holds 495,000
	f.mustTo(recipient, f.fee, nil, erc20ABI.PackApprove(f.Escrow, big.NewInt(100_000)))

	s := f.snap(f.fee, f.Addr(recipient), f.Addr(memberA), f.Escrow)
	r := f.must(recipient, nil, esc.PackReturnFunds(id, big.NewInt(100_000)))
	requireEq(t, big.NewInt(99_000), one[escrow.HongbaoEscrowReturned](t, r).Received, "Returned: what arrived")
	credited(t, r, org, f.fee, id, big.NewInt(99_000))
	requireEq(t, big.NewInt(490_000+99_000), f.budget(org, f.fee), "budget")
	requireEq(t, big.NewInt(400_000), f.ClaimedAmount(id, f.Addr(recipient)), "claim record drops by the amount sent")
	f.moved(s, map[common.Address]*big.Int{f.Addr(recipient): big.NewInt(-100_000), f.Escrow: big.NewInt(99_000)})
}
