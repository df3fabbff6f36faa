package orgs

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// paybackCase is one way money of an org packet goes back: prepare sends the packet from org A's budget as
// memberA and does whatever must come first, returning the packet and the amount that will go back; actor then
// runs the clause, and event checks the clause's own event.
type paybackCase struct {
	name    string
	prepare func(f *fx, a asset, org uint64) (id, back *big.Int)
	actor   int
	act     func(f *fx, a asset, id, back *big.Int) (value *big.Int, data []byte)
	event   func(t *testing.T, f *fx, r *types.Receipt, id, back *big.Int)
	// fromWallet: the actor's wallet pays `back` into the escrow (C5), instead of the packet's balance.
	fromWallet bool
}

// paybackEvent checks the clause event's id, destination field and amount. The destination field names the
// packet's sender (the member) as for any packet; the OrgBudgetCredited right after it says where it went.
func paybackEvent[T any](get func(*T) (id *big.Int, to common.Address, amount *big.Int)) func(*testing.T, *fx, *types.Receipt, *big.Int, *big.Int) {
	return func(t *testing.T, f *fx, r *types.Receipt, id, back *big.Int) {
		t.Helper()
		gotID, to, amount := get(one[T](t, r))
		requireEq(t, id, gotID, "clause event id")
		require.Equal(t, common.Address{}, to, "an org packet's clause event names no wallet: the money goes to the budget")
		requireEq(t, back, amount, "clause event amount")
	}
}

func paybackCases() []paybackCase {
	return []paybackCase{
		{
			name: "C1 refund after a claim",
			prepare: func(f *fx, a asset, org uint64) (*big.Int, *big.Int) {
				id := f.orgSend(org, memberA, group(a.token, contracttest.Equal, 2, a.u(60)))
				f.claim(claimer, id)
				f.at(f.Packet(id).ExpiresAt.Uint64())
				return id, a.u(30)
			},
			actor: stranger,
			act:   func(_ *fx, _ asset, id, _ *big.Int) (*big.Int, []byte) { return nil, esc.PackRefund(id) },
			event: paybackEvent(func(e *escrow.HongbaoEscrowRefunded) (*big.Int, common.Address, *big.Int) {
				return e.Id, e.To, e.Amount
			}),
		},
		{
			name: "C1 refundMany",
			prepare: func(f *fx, a asset, org uint64) (*big.Int, *big.Int) {
				id := f.orgSend(org, memberA, f.ofKind(contracttest.Lucky, a.token, a.u(70)))
				f.at(f.Packet(id).ExpiresAt.Uint64())
				return id, a.u(70)
			},
			actor: stranger,
			act: func(_ *fx, _ asset, id, _ *big.Int) (*big.Int, []byte) {
				return nil, esc.PackRefundMany([]*big.Int{id, big.NewInt(999)})
			},
			event: paybackEvent(func(e *escrow.HongbaoEscrowRefunded) (*big.Int, common.Address, *big.Int) {
				return e.Id, e.To, e.Amount
			}),
		},
		{
			name: "C2 cool-off withdraw",
			prepare: func(f *fx, a asset, org uint64) (*big.Int, *big.Int) {
				return f.orgSend(org, memberA, withDelay(f.ofKind(contracttest.Direct, a.token, a.u(50)), hour)), a.u(50)
			},
			actor: memberA,
			act:   func(_ *fx, _ asset, id, _ *big.Int) (*big.Int, []byte) { return nil, esc.PackWithdrawCoolOff(id) },
			event: paybackEvent(func(e *escrow.HongbaoEscrowCoolOffWithdrawn) (*big.Int, common.Address, *big.Int) {
				return e.Id, e.To, e.Amount
			}),
		},
		{
			name: "C3 undo of a group after a claim",
			prepare: func(f *fx, a asset, org uint64) (*big.Int, *big.Int) {
				id := f.orgSend(org, memberA, group(a.token, contracttest.Lucky, 3, a.u(300)))
				got := f.claim(claimer, id)
				return id, sub(a.u(300), got)
			},
			actor: memberA,
			act:   func(_ *fx, _ asset, id, _ *big.Int) (*big.Int, []byte) { return nil, esc.PackUndo(id) },
			event: paybackEvent(func(e *escrow.HongbaoEscrowUndone) (*big.Int, common.Address, *big.Int) {
				return e.Id, e.To, e.Amount
			}),
		},
		{
			name: "C3 undo of a Direct without consent",
			prepare: func(f *fx, a asset, org uint64) (*big.Int, *big.Int) {
				return f.orgSend(org, memberA, f.ofKind(contracttest.Direct, a.token, a.u(300))), a.u(300)
			},
			actor: memberA,
			act:   func(_ *fx, _ asset, id, _ *big.Int) (*big.Int, []byte) { return nil, esc.PackUndo(id) },
			event: paybackEvent(func(e *escrow.HongbaoEscrowUndone) (*big.Int, common.Address, *big.Int) {
				return e.Id, e.To, e.Amount
			}),
		},
		{
			name: "C3 approveUndo of a Direct with consent",
			prepare: func(f *fx, a asset, org uint64) (*big.Int, *big.Int) {
				id := f.orgSend(org, memberA, f.ofKind(contracttest.Direct, a.token, a.u(100)))
				budget := f.budget(org, a.token)
				r := f.must(memberA, nil, esc.PackUndo(id))
				ev := one[escrow.HongbaoEscrowUndoRequested](f.t, r)
				require.Equal(f.t, f.Addr(recipient), ev.Recipient)
				none[escrow.HongbaoEscrowOrgBudgetCredited](f.t, r)
				requireEq(f.t, budget, f.budget(org, a.token), "a request moves nothing")
				return id, a.u(100)
			},
			actor: recipient,
			act:   func(_ *fx, _ asset, id, _ *big.Int) (*big.Int, []byte) { return nil, esc.PackApproveUndo(id) },
			event: paybackEvent(func(e *escrow.HongbaoEscrowUndoApproved) (*big.Int, common.Address, *big.Int) {
				return e.Id, e.To, e.Amount
			}),
		},
		{
			name: "C4 decline",
			prepare: func(f *fx, a asset, org uint64) (*big.Int, *big.Int) {
				return f.orgSend(org, memberA, f.ofKind(contracttest.Direct, a.token, a.u(50))), a.u(50)
			},
			actor: recipient,
			act:   func(_ *fx, _ asset, id, _ *big.Int) (*big.Int, []byte) { return nil, esc.PackDecline(id) },
			event: paybackEvent(func(e *escrow.HongbaoEscrowDeclined) (*big.Int, common.Address, *big.Int) {
				return e.Id, e.To, e.Amount
			}),
		},
		{
			name: "C6 intercept by an admin after a claim",
			prepare: func(f *fx, a asset, org uint64) (*big.Int, *big.Int) {
				id := f.orgSend(org, memberA, group(a.token, contracttest.Equal, 3, a.u(90)))
				f.claim(claimer, id)
				return id, a.u(60)
			},
			actor: adminA2,
			act:   func(_ *fx, _ asset, id, _ *big.Int) (*big.Int, []byte) { return nil, esc.PackIntercept(id) },
			event: func(t *testing.T, f *fx, r *types.Receipt, id, back *big.Int) {
				ev := one[escrow.HongbaoEscrowIntercepted](t, r)
				requireEq(t, id, ev.Id, "Intercepted id")
				require.Equal(t, f.Addr(adminA2), ev.Guardian)
				require.Equal(t, common.Address{}, ev.To, "returned into the budget, not to the member")
				requireEq(t, back, ev.Amount, "Intercepted amount")
			},
		},
		{
			name: "C5 return of part of a claim",
			prepare: func(f *fx, a asset, org uint64) (*big.Int, *big.Int) {
				id := f.orgSend(org, memberA, f.ofKind(contracttest.Direct, a.token, a.u(80)))
				f.claim(recipient, id)
				if a.token != eth {
					f.mustTo(recipient, a.token, nil, erc20ABI.PackApprove(f.Escrow, a.u(30)))
				}
				return id, a.u(30)
			},
			actor: recipient,
			act: func(_ *fx, a asset, id, back *big.Int) (*big.Int, []byte) {
				return valueFor(a.token, back), esc.PackReturnFunds(id, back)
			},
			event: func(t *testing.T, f *fx, r *types.Receipt, id, back *big.Int) {
				ev := one[escrow.HongbaoEscrowReturned](t, r)
				requireEq(t, id, ev.Id, "Returned id")
				require.Equal(t, f.Addr(recipient), ev.Claimer)
				require.Equal(t, common.Address{}, ev.To, "returned into the budget, not to the member")
				requireEq(t, back, ev.Amount, "Returned amount")
			},
			fromWallet: true,
		},
	}
}

// Every refund, cool-off withdraw, undo, approved undo, decline, intercept and C5 return of an org packet goes
// back into the org's budget (OrgBudgetCredited with the packet and amount), never to the member: the
// member's wallet, and every wallet but a C5 returner's, stays unchanged; org B's budget too.
func TestPaybackToBudget(t *testing.T) {
	for _, c := range paybackCases() {
		t.Run(c.name, func(t *testing.T) {
			forAssets(t, func(t *testing.T, f *fx, a asset) {
				o := f.twoOrgs(a, a.u(10_000), a.u(500), a.u(10_000))
				id, back := c.prepare(f, a, o.a)
				budgetA, budgetB := f.budget(o.a, a.token), f.budget(o.b, a.token)
				remaining := f.Packet(id).Remaining
				all := f.everyone(a.token)

				value, data := c.act(f, a, id, back)
				r := f.must(c.actor, value, data)
				c.event(t, f, r, id, back)
				credited(t, r, o.a, a.token, id, back)
				requireEq(t, add(budgetA, back), f.budget(o.a, a.token), "budget A credited")
				requireEq(t, budgetB, f.budget(o.b, a.token), "budget B untouched")
				requireEq(t, new(big.Int), f.Owed(a.token, f.Addr(memberA)), "nothing owed to the member")

				want := map[common.Address]*big.Int{} // money stays in the escrow: budget instead of packet
				if c.fromWallet {
					want[f.Addr(c.actor)] = neg(back)
					want[f.Escrow] = back
					requireEq(t, remaining, f.Packet(id).Remaining, "a return does not refill the packet")
				} else {
					requireEq(t, sub(remaining, back), f.Packet(id).Remaining, "packet paid out")
					require.Equal(t, contracttest.StatusClosed, f.Packet(id).Status)
				}
				f.moved(all, want)
			})
		})
	}
}

// The contrast that shows the budget rule is about the org, not the account: the same member's plain packet
// refunded in the same refundMany goes to its wallet, its org packet to the budget.
func TestRefundManyMixed(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		o := f.twoOrgs(a, a.u(1000), a.u(500), a.u(1000))
		orgID := f.orgSend(o.a, memberA, f.ofKind(contracttest.Equal, a.token, a.u(40)))
		plain := f.send(memberA, f.ofKind(contracttest.Equal, a.token, a.u(25)))
		f.at(f.Packet(plain).ExpiresAt.Uint64())
		all := f.everyone(a.token)
		budget := f.budget(o.a, a.token)
		r := f.must(stranger, nil, esc.PackRefundMany([]*big.Int{orgID, plain}))
		credited(t, r, o.a, a.token, orgID, a.u(40))
		require.Len(t, eventsOf[escrow.HongbaoEscrowRefunded](r), 2)
		requireEq(t, add(budget, a.u(40)), f.budget(o.a, a.token), "org packet into the budget")
		f.moved(all, map[common.Address]*big.Int{f.Addr(memberA): a.u(25), f.Escrow: neg(a.u(25))})
	})
}

// C5 in full, twice: the claimer can return at most what it claimed (ReturnExceedsClaim), every part goes to
// the budget, and the claimer's record goes to zero.
func TestReturnAllToBudget(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		o := f.twoOrgs(a, a.u(1000), a.u(500), a.u(1000))
		id := f.orgSend(o.a, memberA, f.ofKind(contracttest.Direct, a.token, a.u(80)))
		f.claim(recipient, id)
		if a.token != eth {
			f.mustTo(recipient, a.token, nil, erc20ABI.PackApprove(f.Escrow, a.u(81)))
		}
		budget := f.budget(o.a, a.token)
		all := f.everyone(a.token)
		for _, part := range []*big.Int{a.u(30), a.u(50)} {
			r := f.must(recipient, valueFor(a.token, part), esc.PackReturnFunds(id, part))
			credited(t, r, o.a, a.token, id, part)
		}
		requireEq(t, new(big.Int), f.ClaimedAmount(id, f.Addr(recipient)), "all returned")
		_, err := f.tx(recipient, valueFor(a.token, big.NewInt(1)), esc.PackReturnFunds(id, big.NewInt(1)))
		e := reverted[escrow.HongbaoEscrowReturnExceedsClaim](t, err)
		requireEq(t, new(big.Int), e.Max, "ReturnExceedsClaim max")
		requireEq(t, add(budget, a.u(80)), f.budget(o.a, a.token), "budget got all of it")
		f.moved(all, map[common.Address]*big.Int{f.Addr(recipient): neg(a.u(80)), f.Escrow: a.u(80)})
	})
}
