package cli

import (
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/indexer"
	"github.com/hongbao/hongbao/node/keeper"
)

// The demo's organisation chapter, the keeper's expiry refunds and the records.

// erinKey is the dev account of Erin, who runs the keeper.
const erinKey = 4

// budget prints and returns the organisation's tCNY budget.
func (d *demo) budget(when string) (*big.Int, error) {
	b, err := d.alice.OrgBudget(d.ctx, d.org, d.tcny)
	if err != nil {
		return nil, err
	}
	d.say("budget of organisation %d %s: %s", d.org, when, d.mT.fmt(b))
	return b, nil
}

// expectBudget checks the organisation's budget.
func (d *demo) expectBudget(want *big.Int, when string) error {
	b, err := d.budget(when)
	if err != nil {
		return err
	}
	if b.Cmp(want) != 0 {
		return fmt.Errorf("the budget is %s, expected %s", d.mT.fmt(b), d.mT.fmt(want))
	}
	return nil
}

func (d *demo) organisation() ([]*big.Int, error) {
	if err := d.setUpOrg(); err != nil {
		return nil, err
	}
	wrong, err := d.wrongGroup()
	if err != nil {
		return nil, err
	}
	pending, err := d.orgLimits()
	if err != nil {
		return nil, err
	}
	if err := d.returnBudget(); err != nil {
		return nil, err
	}
	return []*big.Int{wrong, pending}, nil
}

// setUpOrg: Alice creates the organisation (her address is the treasury), makes Dave an admin, funds
// 1000.00 tCNY and lets Bob send up to 300.00 a packet and 500.00 a day.
func (d *demo) setUpOrg() error {
	d.say("Alice's company creates an organisation with her as admin and her address as treasury; Dave becomes an admin too.")
	o, err := d.alice.CreateOrg(d.ctx, d.alice.Address())
	if err != nil {
		return err
	}
	d.org = o.ID
	if _, err := d.alice.AddOrgAdmin(d.ctx, d.org, d.dave.Address()); err != nil {
		return err
	}
	err = d.budgetMove(fmt.Sprintf("`hongbao org fund %d --amount 1000 --token tCNY`", d.org), func() error {
		_, err := d.alice.FundOrg(d.ctx, d.org, d.tcny, d.tCNY("1000"))
		return err
	})
	if err != nil {
		return err
	}
	if _, err := d.alice.SetOrgMember(d.ctx, d.org, d.bob.Address(), d.tcny, d.tCNY("300"), d.tCNY("500")); err != nil {
		return err
	}
	d.say("Bob, an employee, may send up to 300.00 a packet and 500.00 a day from it (`hongbao org add-member`).")
	return nil
}

// wrongGroup: Bob posts a 200.00 packet from the budget in the wrong group chat; Erin (no admin) cannot stop
// it, Dave (an admin) can, and the budget is whole again.
func (d *demo) wrongGroup() (*big.Int, error) {
	before, err := d.budget("before")
	if err != nil {
		return nil, err
	}
	bobBefore, err := d.balance(d.tcny, d.bob)
	if err != nil {
		return nil, err
	}
	res, err := d.bob.Send(d.ctx, client.SendRequest{Kind: client.Equal, Token: d.tcny, Amount: d.tCNY("200"), Shares: 4, Org: d.org})
	if err != nil {
		return nil, err
	}
	d.say("Bob sends packet %s from the budget: equal, %s in 4 shares (`hongbao send --org %d ...`), into the wrong group chat.", res.ID, d.mT.fmt(res.Total), d.org)
	if err := d.expectDelta(d.tcny, d.mT, d.bob, bobBefore, new(big.Int)); err != nil {
		return nil, fmt.Errorf("the budget pays, not Bob: %w", err)
	}
	if err := d.expectBudget(new(big.Int).Sub(before, d.tCNY("200")), "after Bob's send"); err != nil {
		return nil, err
	}
	o, err := d.alice.Org(d.ctx, d.org)
	if err != nil {
		return nil, err
	}
	p, err := d.alice.Packet(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	for _, t := range p.TakeBack {
		if t.Clause == "intercept" {
			d.say("  %s", takeBackLine(p, t, o.Admins))
		}
	}
	_, err = d.erin.Intercept(d.ctx, res.ID)
	if err := d.expectCode(err, "NotGuardian"); err != nil {
		return nil, err
	}
	w, err := d.dave.Intercept(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	if w.Budget != d.org || w.Amount.Cmp(d.tCNY("200")) != 0 {
		return nil, fmt.Errorf("the intercept should return 200.00 to organisation %d's budget, got %s to budget %d", d.org, d.mT.fmt(w.Amount), w.Budget)
	}
	d.say("Dave, an admin, runs `hongbao intercept %s` before anyone claims: %s goes back to the budget (C6).", res.ID, d.mT.fmt(w.Amount))
	return res.ID, d.expectBudget(before, "after the intercept (restored)")
}

// orgLimits: a packet above Bob's cap is refused; a small Direct packet to Carol stays unclaimed, for the
// keeper to refund into the budget after a day.
func (d *demo) orgLimits() (*big.Int, error) {
	_, err := d.bob.Send(d.ctx, client.SendRequest{Kind: client.Direct, Token: d.tcny, Amount: d.tCNY("400"), Recipient: d.carol.Address(), Org: d.org})
	if err := d.expectCode(err, "OverPacketCap"); err != nil {
		return nil, err
	}
	res, err := d.bob.Send(d.ctx, client.SendRequest{Kind: client.Direct, Token: d.tcny, Amount: d.tCNY("50"), Recipient: d.carol.Address(), Org: d.org})
	if err != nil {
		return nil, err
	}
	d.say("Bob pays Carol 50.00 from the budget (packet %s); Carol is away, so it will expire unclaimed (%s).", res.ID, d.ref("refund"))
	d.live = append(d.live, res.ID)
	return res.ID, nil
}

// budgetTrip is what Alice put into the organisation's budget and what came back to her treasury.
type budgetTrip struct{ in, out []*big.Int }

func sumOf(vs []*big.Int) *big.Int {
	t := new(big.Int)
	for _, v := range vs {
		t.Add(t, v)
	}
	return t
}

// budgetMove runs fn, a transfer between Alice (the treasury) and the organisation's budget, and prints both
// sides before → after, so a reader sees where Alice's money went; the two must mirror each other.
func (d *demo) budgetMove(what string, fn func() error) error {
	b0, err := d.alice.OrgBudget(d.ctx, d.org, d.tcny)
	if err != nil {
		return err
	}
	a0, err := d.balance(d.tcny, d.alice)
	if err != nil {
		return err
	}
	if err := fn(); err != nil {
		return err
	}
	b1, err := d.alice.OrgBudget(d.ctx, d.org, d.tcny)
	if err != nil {
		return err
	}
	a1, err := d.balance(d.tcny, d.alice)
	if err != nil {
		return err
	}
	db, da := new(big.Int).Sub(b1, b0), new(big.Int).Sub(a1, a0)
	if new(big.Int).Add(db, da).Sign() != 0 {
		return fmt.Errorf("the budget moved by %s but Alice by %s", d.mT.fmt(db), d.mT.fmt(da))
	}
	d.say("%s: budget %s → %s · Alice %s → %s", what, d.mT.fmt(b0), d.mT.fmt(b1), d.mT.fmt(a0), d.mT.fmt(a1))
	if db.Sign() > 0 {
		d.trip.in = append(d.trip.in, db)
	} else {
		d.trip.out = append(d.trip.out, da)
	}
	return nil
}

// returnBudget: Alice returns the unused budget; it can only go to the treasury (her address).
func (d *demo) returnBudget() error {
	b, err := d.alice.OrgBudget(d.ctx, d.org, d.tcny)
	if err != nil {
		return err
	}
	var to common.Address
	err = d.budgetMove(fmt.Sprintf("`hongbao org withdraw %d --all --token tCNY` (to the treasury, the only place it can go)", d.org), func() error {
		w, err := d.alice.WithdrawOrgBudget(d.ctx, d.org, d.tcny, b)
		if err == nil {
			to = w.To
		}
		return err
	})
	if err != nil {
		return err
	}
	if to != d.alice.Address() {
		return fmt.Errorf("the budget went to %s, not to the treasury (Alice)", d.name(to))
	}
	return d.expectBudget(new(big.Int), "now")
}

// roundTrip closes the organisation chapter: everything Alice put into the budget is back with her.
func (d *demo) roundTrip() error {
	in, out := sumOf(d.trip.in), sumOf(d.trip.out)
	backs := make([]string, len(d.trip.out))
	for i, v := range d.trip.out {
		backs[i] = d.mT.fmt(v)
	}
	if in.Cmp(out) != 0 {
		return fmt.Errorf("Alice put %s into the budget and got %s back", d.mT.fmt(in), d.mT.fmt(out))
	}
	d.say("Alice's budget round trip: %s in, %s = %s back to the treasury; nothing lost.", d.mT.fmt(in), strings.Join(backs, " + "), d.mT.fmt(out))
	return nil
}

// livePacket is a packet waiting for its expiry refund, and what it should return where.
type livePacket struct {
	p *client.Packet
	m money
}

func (d *demo) refund() ([]*big.Int, error) {
	_, err := d.erin.Refund(d.ctx, d.live[0])
	if err := d.expectCode(err, "NotExpired"); err != nil {
		return nil, err
	}
	waiting, err := d.waiting()
	if err != nil {
		return nil, err
	}
	d.say("A day passes (evm_increaseTime 24h + 1m on the dev chain).")
	rpc := d.chain.Client().Client()
	if err := rpc.CallContext(d.ctx, nil, "evm_increaseTime", int64((24*time.Hour+time.Minute)/time.Second)); err != nil {
		return nil, fmt.Errorf("evm_increaseTime: %w", err)
	}
	if err := rpc.CallContext(d.ctx, nil, "evm_mine"); err != nil {
		return nil, fmt.Errorf("evm_mine: %w", err)
	}
	aliceBefore, err := d.balance(d.tcny, d.alice)
	if err != nil {
		return nil, err
	}
	sum, err := d.runKeeper()
	if err != nil {
		return nil, err
	}
	if sum.Refunded != len(d.live) {
		return nil, fmt.Errorf("the keeper refunded %d packets, expected %d", sum.Refunded, len(d.live))
	}
	d.say("Erin's keeper (`hongbao keeper --once`) scanned blocks %d–%d and refunded %s in %s (gas %d):",
		sum.FromBlock, sum.ToBlock, plural(sum.Refunded, "packet", "packets"), plural(sum.Batches, "batch", "batches"), sum.GasUsed)
	if err := d.checkRefunds(waiting, aliceBefore); err != nil {
		return nil, err
	}
	if err := d.balances(d.tcny, d.mT, d.alice); err != nil {
		return nil, err
	}
	if err := d.balances(common.Address{}, d.mE, d.alice); err != nil {
		return nil, err
	}
	d.say("The refund put %s back into organisation %d's budget; Alice returns that to the treasury too.", d.mT.fmt(d.orgRefund), d.org)
	if err := d.returnBudget(); err != nil {
		return nil, err
	}
	return d.live, d.roundTrip()
}

// waiting reads the packets waiting for their expiry refund.
func (d *demo) waiting() ([]livePacket, error) {
	var out []livePacket
	for _, id := range d.live {
		p, err := d.alice.Packet(d.ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, livePacket{p: p, m: money{symbol: p.Symbol, decimals: p.Decimals}})
	}
	return out, nil
}

// runKeeper runs one keeper pass, as `hongbao keeper --once` does, with Erin's key.
func (d *demo) runKeeper() (keeper.Summary, error) {
	dep := d.chain.Deployment
	k, err := keeper.New(d.ctx, keeper.Config{
		Backend: settledBackend{d.chain.Client()}, Escrow: dep.Escrow, Key: devkeys.Key(erinKey), StartBlock: dep.Block,
		Checkpoint: filepath.Join(d.home, "keeper.json"), ReceiptPoll: 10 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		return keeper.Summary{}, err
	}
	return k.RunOnce(d.ctx)
}

// checkRefunds checks that every waiting packet is closed and its rest went back to Alice or the budget.
func (d *demo) checkRefunds(waiting []livePacket, aliceBefore *big.Int) error {
	toAlice := new(big.Int)
	toBudget := new(big.Int)
	for _, w := range waiting {
		p, err := d.alice.Packet(d.ctx, w.p.ID)
		if err != nil {
			return err
		}
		if p.Status != client.StatusClosed {
			return fmt.Errorf("packet %s is %s after the keeper's pass, expected closed", p.ID, p.Status)
		}
		where := d.name(w.p.Sender)
		switch {
		case w.p.OrgID != 0:
			where = fmt.Sprintf("organisation %d's budget", w.p.OrgID)
			toBudget.Add(toBudget, w.p.Remaining)
		case w.p.Token == d.tcny:
			toAlice.Add(toAlice, w.p.Remaining)
		}
		d.say("  packet %s: the unclaimed %s went back to %s", p.ID, w.m.fmt(w.p.Remaining), where)
	}
	if err := d.expectDelta(d.tcny, d.mT, d.alice, aliceBefore, toAlice); err != nil {
		return err
	}
	d.orgRefund = toBudget
	return d.expectBudget(toBudget, "after the refund")
}

// records indexes the escrow's logs (as `hongbao index` does), shows a packet's history and reconciles the
// books (as `hongbao reconcile` does): the escrow holds exactly the live packets, the budgets and the pull
// balances, which here is nothing: every packet is closed and the budget is back in the treasury.
func (d *demo) records() ([]*big.Int, error) {
	db, err := indexer.Open(d.ctx, filepath.Join(d.home, "index.db"))
	if err != nil {
		return nil, err
	}
	defer db.Close()
	dep := d.chain.Deployment
	ix, err := indexer.New(db, d.chain.Client(), indexer.Config{Escrow: dep.Escrow, StartBlock: dep.Block})
	if err != nil {
		return nil, err
	}
	pr, err := ix.Sync(d.ctx)
	if err != nil {
		return nil, err
	}
	d.say("`hongbao index` read %d events up to block %d into SQLite; every packet's state is rebuilt from them.", pr.Events, pr.Checkpoint)
	if err := d.history(db); err != nil {
		return nil, err
	}
	rec, err := db.Reconcile(d.ctx, d.chain.Client())
	if err != nil {
		return nil, err
	}
	d.recon = rec
	d.say("`hongbao reconcile` at block %d:", rec.Block)
	for _, t := range rec.Tokens {
		m := money{symbol: t.Token.Label(), decimals: t.Token.Decimals}
		d.say("  %-5s on chain %s = live packets %s (%d) + budgets %s + owed %s; difference %s", m.symbol, m.fmt(t.OnChain),
			m.fmt(t.Packets), t.LivePackets, m.fmt(t.Budgets), m.fmt(t.Owed), m.fmt(t.Difference))
		d.out.EscrowBalance[m.symbol] = t.OnChain.String()
	}
	if !rec.Balanced() {
		return nil, fmt.Errorf("the books do not balance at block %d", rec.Block)
	}
	return nil, d.conservation()
}

// history prints the index's record of the organisation's intercepted packet.
func (d *demo) history(db *indexer.DB) error {
	recs, err := db.History(d.ctx, indexer.Filter{PacketID: d.orgPacket()})
	if err != nil {
		return err
	}
	names := make([]string, len(recs))
	for i, r := range recs {
		names[i] = r.Event
	}
	d.say("`hongbao history --packet %d`: %s", d.orgPacket(), strings.Join(names, ", "))
	return nil
}

// orgPacket is the packet Bob sent to the wrong group (the first packet of the organisation chapter).
func (d *demo) orgPacket() uint64 {
	for _, s := range d.out.Steps {
		if strings.HasPrefix(s.Title, "Organisation") && len(s.PacketIDs) > 0 {
			var id big.Int
			id.SetString(s.PacketIDs[0], 10)
			return id.Uint64()
		}
	}
	return 0
}

// conservation checks that every packet is closed and that the escrow holds nothing: no live packet, no
// budget (the organisation's went back to the treasury), nothing owed.
func (d *demo) conservation() error {
	esc := d.alice.Escrow()
	for _, t := range []struct {
		token common.Address
		m     money
		want  *big.Int
	}{{d.tcny, d.mT, new(big.Int)}, {common.Address{}, d.mE, new(big.Int)}} {
		got, err := d.alice.Balance(d.ctx, t.token, esc)
		if err != nil {
			return err
		}
		if got.Cmp(t.want) != 0 {
			return fmt.Errorf("the escrow holds %s, expected %s", t.m.fmt(got), t.m.fmt(t.want))
		}
	}
	packets, err := d.alice.List(d.ctx, client.ListFilter{})
	if err != nil {
		return err
	}
	for _, p := range packets {
		if p.Status != client.StatusClosed {
			return fmt.Errorf("packet %s is %s, expected closed", p.ID, p.Status)
		}
	}
	d.say("all %d packets are closed; the escrow holds nothing (organisation %d's budget is back in the treasury).", len(packets), d.org)
	return nil
}
