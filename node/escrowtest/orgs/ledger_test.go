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

// book is one packet as rebuilt from events alone (rules §6).
type book struct {
	token common.Address
	org   uint64
	total *big.Int
	out   *big.Int // claimed + refunded + withdrawn + undone + approved + declined + intercepted
}

type budgetKey struct {
	org   uint64
	token common.Address
}

type owedKey struct {
	token, account common.Address
}

// ledger rebuilds packets, org budgets and pull balances from the escrow's events, and checks on the way that
// every payback of an organisation's packet goes into the budget (an OrgBudgetCredited of the same packet and
// amount in the same transaction) and never to a wallet.
type ledger struct {
	escrow  common.Address
	packets map[string]*book
	ids     []*big.Int
	budgets map[budgetKey]*big.Int
	owed    map[owedKey]*big.Int
}

func newLedger(escrowAddr common.Address) *ledger {
	return &ledger{escrow: escrowAddr, packets: map[string]*book{}, budgets: map[budgetKey]*big.Int{},
		owed: map[owedKey]*big.Int{}}
}

func (l *ledger) book(t *testing.T, id *big.Int) *book {
	t.Helper()
	b := l.packets[id.String()]
	require.NotNil(t, b, "event for packet %s before its PacketSent", id)
	return b
}

func (l *ledger) budget(org uint64, token common.Address) *big.Int {
	k := budgetKey{org, token}
	if l.budgets[k] == nil {
		l.budgets[k] = new(big.Int)
	}
	return l.budgets[k]
}

func (l *ledger) owedOf(token, account common.Address) *big.Int {
	k := owedKey{token, account}
	if l.owed[k] == nil {
		l.owed[k] = new(big.Int)
	}
	return l.owed[k]
}

// payback is money that left an org packet (or came back by C5) and must reach the budget in the same tx.
type payback struct {
	id     *big.Int
	amount *big.Int
}

// record applies the escrow events of one mined receipt.
func (l *ledger) record(t *testing.T, r *types.Receipt) {
	t.Helper()
	var owe []payback
	// leave is money leaving packet id by a clause: for an org packet it is owed to the budget.
	leave := func(id, amount *big.Int) {
		b := l.book(t, id)
		b.out.Add(b.out, amount)
		if b.org != 0 {
			owe = append(owe, payback{id, amount})
		}
	}
	var last *escrow.HongbaoEscrowPacketSent
	for _, ev := range events(l.escrow, r) {
		switch e := ev.(type) {
		case *escrow.HongbaoEscrowPacketSent:
			l.packets[e.Id.String()] = &book{token: e.Token, total: e.Total, out: new(big.Int)}
			l.ids = append(l.ids, e.Id)
			last = e
		case *escrow.HongbaoEscrowOrgPacketSent:
			require.NotNil(t, last, "OrgPacketSent without PacketSent")
			requireEq(t, last.Id, e.Id, "OrgPacketSent follows its PacketSent")
			b := l.book(t, e.Id)
			b.org = e.OrgId
			l.budget(e.OrgId, b.token).Sub(l.budget(e.OrgId, b.token), b.total)
		case *escrow.HongbaoEscrowClaimed:
			b := l.book(t, e.Id)
			b.out.Add(b.out, e.Amount)
		case *escrow.HongbaoEscrowRefunded:
			leave(e.Id, e.Amount)
		case *escrow.HongbaoEscrowCoolOffWithdrawn:
			leave(e.Id, e.Amount)
		case *escrow.HongbaoEscrowUndone:
			leave(e.Id, e.Amount)
		case *escrow.HongbaoEscrowUndoApproved:
			leave(e.Id, e.Amount)
		case *escrow.HongbaoEscrowDeclined:
			leave(e.Id, e.Amount)
		case *escrow.HongbaoEscrowIntercepted:
			leave(e.Id, e.Amount)
		case *escrow.HongbaoEscrowReturned:
			if l.book(t, e.Id).org != 0 {
				owe = append(owe, payback{e.Id, e.Received})
			}
		case *escrow.HongbaoEscrowOrgBudgetCredited:
			require.NotEmpty(t, owe, "OrgBudgetCredited without a payback before it")
			p := owe[0]
			owe = owe[1:]
			b := l.book(t, e.Id)
			requireEq(t, p.id, e.Id, "OrgBudgetCredited packet")
			requireEq(t, p.amount, e.Amount, "OrgBudgetCredited amount")
			require.Equal(t, b.org, e.OrgId, "OrgBudgetCredited goes to the packet's org")
			require.Equal(t, b.token, e.Token, "OrgBudgetCredited in the packet's token")
			l.budget(e.OrgId, e.Token).Add(l.budget(e.OrgId, e.Token), e.Amount)
		case *escrow.HongbaoEscrowOrgFunded:
			l.budget(e.OrgId, e.Token).Add(l.budget(e.OrgId, e.Token), e.Amount)
		case *escrow.HongbaoEscrowOrgBudgetWithdrawn:
			l.budget(e.OrgId, e.Token).Sub(l.budget(e.OrgId, e.Token), e.Amount)
		case *escrow.HongbaoEscrowOwedCredited:
			l.owedOf(e.Token, e.Account).Add(l.owedOf(e.Token, e.Account), e.Amount)
		case *escrow.HongbaoEscrowOwedWithdrawn:
			l.owedOf(e.Token, e.Account).Sub(l.owedOf(e.Token, e.Account), e.Amount)
		}
	}
	require.Empty(t, owe, "payback of an org packet that did not reach the budget")
}

// conserve asserts rules §4 conservation and that the event ledger matches the chain:
//   - per packet: total == (claimed + every clause) from events + remaining on chain;
//   - per (org, token): the budget rebuilt from events == orgBudget;
//   - per (token, account): the pull balance rebuilt from events == owed;
//   - per token: the escrow's balance == remaining of live packets + budgets of every org + pull balances.
func (f *fx) conserve() {
	f.t.Helper()
	t := f.t
	last, err := esc.UnpackLastPacketId(f.call(esc.PackLastPacketId()))
	require.NoError(t, err)
	require.Equal(t, uint64(len(f.led.ids)), last.Uint64(), "every packet was seen by the ledger")

	want := map[common.Address]*big.Int{}
	for _, tok := range f.tokens {
		want[tok] = new(big.Int)
	}
	for _, id := range f.led.ids {
		b := f.led.packets[id.String()]
		v := f.Packet(id)
		require.Equal(t, b.org, v.OrgId, "packet %s: orgId", id)
		require.Equal(t, b.token, v.Token, "packet %s: token", id)
		requireEq(t, b.total, add(b.out, v.Remaining), "packet "+id.String()+": total vs events + remaining")
		if v.Remaining.Sign() == 0 {
			require.Equal(t, contracttest.StatusClosed, v.Status, "packet %s: empty but not closed", id)
		}
		want[b.token].Add(want[b.token], v.Remaining)
	}
	for k, amt := range f.led.budgets {
		requireEq(t, amt, f.budget(k.org, k.token), "budget of org "+big64(k.org).String()+" in "+k.token.Hex())
	}
	for org := uint64(1); org <= f.lastOrgID(); org++ {
		for _, tok := range f.tokens {
			want[tok].Add(want[tok], f.budget(org, tok))
		}
	}
	for k, amt := range f.led.owed {
		requireEq(t, amt, f.Owed(k.token, k.account), "owed("+k.token.Hex()+", "+k.account.Hex()+")")
		want[k.token].Add(want[k.token], amt)
	}
	for _, tok := range f.tokens {
		requireEq(t, want[tok], f.balance(tok, f.Escrow), "escrow balance of "+tok.Hex())
	}
}
