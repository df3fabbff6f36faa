package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

// A clause command takes a packet back by one of the withdrawal clauses of rules §4.
type clauseCommand struct {
	name, usage, description string
	verb                     string // progress message
	run                      func(cl *client.Client, ctx context.Context, id *big.Int) (*client.WithdrawResult, error)
}

func (r *runner) withdrawCommand() *cli.Command {
	return r.clause(clauseCommand{
		name:  "withdraw",
		usage: "take your packet back by whichever clause applies now (cool-off, undo, or refund after expiry)",
		description: `Picks the clause of rules §4 that applies to the sender right now:
   C2 cool-off: before claims open, everything comes back;
   C3 undo: within the undo window of the token's policy, the unclaimed rest comes back
      (a Direct packet with consent records a request that the recipient approves);
   C1 refund: after expiry, the unclaimed rest comes back.
When none applies it says why, and when one will.

EXAMPLE:
   hongbao withdraw 12`,
		verb: "withdrawing…",
		run:  (*client.Client).Withdraw,
	})
}

func (r *runner) declineCommand() *cli.Command {
	return r.clause(clauseCommand{
		name:        "decline",
		usage:       "as the recipient of a Direct packet, give it back to the sender without claiming it (C4)",
		description: "EXAMPLE:\n   hongbao decline 7",
		verb:        "declining…",
		run:         (*client.Client).Decline,
	})
}

func (r *runner) approveCommand() *cli.Command {
	return r.clause(clauseCommand{
		name:        "approve",
		usage:       "as the recipient of a Direct packet, approve the sender's undo request: it goes back (C3/C4)",
		description: "EXAMPLE:\n   hongbao approve 7",
		verb:        "approving the undo…",
		run:         (*client.Client).ApproveUndo,
	})
}

func (r *runner) interceptCommand() *cli.Command {
	return r.clause(clauseCommand{
		name:        "intercept",
		usage:       "as the packet's guardian or an admin of its organisation, stop it: the unclaimed rest goes back (C6)",
		description: "The unclaimed rest goes back to the sender, or, for a packet sent from an organisation's budget, to that\nbudget. A Direct packet can be intercepted until it is claimed, a group packet until it expires.\n`hongbao show ID` lists who can intercept it.\n\nEXAMPLE:\n   hongbao intercept 9",
		verb:        "intercepting…",
		run:         (*client.Client).Intercept,
	})
}

func (r *runner) clause(cc clauseCommand) *cli.Command {
	return &cli.Command{
		Name:        cc.name,
		Usage:       cc.usage,
		ArgsUsage:   "ID",
		Description: cc.description,
		Action: func(c *cli.Context) error {
			return r.runClause(c, cc)
		},
	}
}

func (r *runner) runClause(c *cli.Context, cc clauseCommand) error {
	id, err := oneID(c)
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	p, m, err := s.packet(ctx, id)
	if err != nil {
		return err
	}
	var res *client.WithdrawResult
	err = r.spin(cc.verb, func() (err error) {
		res, err = cc.run(s.cl, ctx, id)
		return err
	})
	if err != nil {
		return err
	}
	r.noteDrawn(res.Drawn, m)
	out := newAmountOutput(id, res.TxInfo, res.Amount, p.Token, m, res.To, res.Event, res.Owed)
	out.Budget = res.Budget
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintln(w, describeWithdraw(res, p, m))
		printTx(w, res.TxInfo)
		printOwed(w, res.Owed, m)
	})
}

// describeWithdraw says in a sentence what a clause transaction did.
func describeWithdraw(res *client.WithdrawResult, p *client.Packet, m money) string {
	amt, id, to := m.fmt(res.Amount), res.ID, res.To.Hex()
	if res.Budget != 0 {
		return describeToBudget(res, m)
	}
	switch res.Event {
	case "CoolOffWithdrawn":
		return fmt.Sprintf("Withdrew packet %s in its cool-off (C2): %s back to %s", id, amt, to)
	case "Undone":
		return fmt.Sprintf("Undid packet %s (C3): the unclaimed %s went back to %s", id, amt, to)
	case "UndoRequested":
		return fmt.Sprintf("Asked %s to give packet %s back (C3 undo request); it returns when they run `hongbao approve %s`", to, id, id)
	case "UndoApproved":
		return fmt.Sprintf("Approved the undo of packet %s: %s went back to the sender %s", id, amt, to)
	case "Declined":
		return fmt.Sprintf("Declined packet %s (C4): %s went back to the sender %s", id, amt, to)
	case "Intercepted":
		return fmt.Sprintf("Intercepted packet %s (C6): the unclaimed %s went back to the sender %s", id, amt, to)
	case "Refunded":
		return fmt.Sprintf("Refunded packet %s (C1): the unclaimed %s went back to the sender %s", id, amt, to)
	}
	return fmt.Sprintf("Packet %s: %s to %s (%s)", id, amt, to, res.Event)
}

// describeToBudget says what a clause transaction did to a packet of an organisation: the money went back to
// the budget, not to a wallet.
func describeToBudget(res *client.WithdrawResult, m money) string {
	what := map[string]string{
		"CoolOffWithdrawn": "Withdrew packet %s in its cool-off (C2): %s",
		"Undone":           "Undid packet %s (C3): the unclaimed %s",
		"UndoApproved":     "Approved the undo of packet %s: %s",
		"Declined":         "Declined packet %s (C4): %s",
		"Intercepted":      "Intercepted packet %s (C6): the unclaimed %s",
		"Refunded":         "Refunded packet %s (C1): the unclaimed %s",
	}[res.Event]
	if what == "" {
		what = "Packet %s (" + res.Event + "): %s"
	}
	return fmt.Sprintf(what+" went back to the budget of organisation %d", res.ID, m.fmt(res.Amount), res.Budget)
}

func (r *runner) returnCommand() *cli.Command {
	return &cli.Command{
		Name:      "return",
		Usage:     "as a claimer, send (part of) what you claimed back to the packet's sender (C5)",
		ArgsUsage: "ID",
		Description: `The amount goes straight to the sender and is recorded against the packet.

EXAMPLE:
   hongbao return 3 --amount 12.50`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "amount", Usage: "how much to give back, in the packet's token, at most what you claimed"},
		},
		Action: r.returnFunds,
	}
}

func (r *runner) returnFunds(c *cli.Context) error {
	id, err := oneID(c)
	if err != nil {
		return err
	}
	if c.String("amount") == "" {
		return usagef("MissingAmount", "--amount is required: how much of your claim to give back, e.g. --amount 5")
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	p, m, err := s.packet(ctx, id)
	if err != nil {
		return err
	}
	amount, err := parseAmount("amount", c.String("amount"), m)
	if err != nil {
		return err
	}
	var res *client.ReturnResult
	err = r.spin("returning…", func() (err error) {
		res, err = s.cl.Return(ctx, id, amount)
		return err
	})
	if err != nil {
		return err
	}
	out := newAmountOutput(id, res.TxInfo, res.Amount, p.Token, m, res.To, "Returned", res.Owed)
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Returned %s of packet %s to its sender %s (C5)\n", m.fmt(res.Amount), id, res.To.Hex())
		printTx(w, res.TxInfo)
		printOwed(w, res.Owed, m)
	})
}

func (r *runner) refundCommand() *cli.Command {
	return &cli.Command{
		Name:      "refund",
		Usage:     "refund expired packets: the unclaimed rest goes back to each sender (C1; anyone may run it)",
		ArgsUsage: "ID [ID...]",
		Description: `Several ids are refunded in one transaction; ids that are not refundable are skipped and named.

EXAMPLES:
   hongbao refund 3
   hongbao refund 3 4 5`,
		Action: r.refund,
	}
}

// refundOutput is the JSON of refund. PacketID is set when one packet was refunded, Amount (their sum) when
// the refunded packets share one token; PacketIDs lists every refunded packet.
type refundOutput struct {
	PacketID  string       `json:"packetId,omitempty"`
	PacketIDs []string     `json:"packetIds"`
	TxHash    string       `json:"txHash"`
	GasUsed   uint64       `json:"gasUsed"`
	Block     uint64       `json:"block"`
	Amount    string       `json:"amount,omitempty"`
	Token     string       `json:"token,omitempty"`
	Symbol    string       `json:"symbol,omitempty"`
	Decimals  uint8        `json:"decimals,omitempty"`
	Refunded  []refundItem `json:"refunded"`
	Skipped   []skipItem   `json:"skipped"`
}

type refundItem struct {
	PacketID string `json:"packetId"`
	To       string `json:"to"`
	Amount   string `json:"amount"`
	Token    string `json:"token"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	Owed     bool   `json:"owed"`
	Budget   uint64 `json:"budget,omitempty,string"` // an organisation's packet: the amount went back to its budget
}

type skipItem struct {
	PacketID string `json:"packetId"`
	Reason   string `json:"reason"`
}

func (r *runner) refund(c *cli.Context) error {
	ids, err := parseIDs(c.Args().Slice())
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	packets := map[string]*client.Packet{}
	var ready []*big.Int
	var skipped []skipItem
	for _, id := range ids {
		p, _, err := s.packet(ctx, id)
		if err != nil {
			return err // an unknown id is a mistake: refund nothing
		}
		packets[id.String()] = p
		if reason := notRefundable(p); reason != "" && len(ids) > 1 {
			skipped = append(skipped, skipItem{PacketID: id.String(), Reason: reason})
			continue
		}
		ready = append(ready, id)
	}
	if len(ready) == 0 {
		return failf("NothingRefundable", "none of these packets can be refunded now: %s; nothing was sent", joinSkips(skipped))
	}
	var res *client.RefundResult
	err = r.spin("refunding…", func() (err error) {
		res, err = s.cl.Refund(ctx, ready...)
		return err
	})
	if err != nil {
		return err
	}
	out := refundJSON(res, packets, skipped)
	return r.emit(out, func(w io.Writer) { printRefund(w, res, packets, out) })
}

// notRefundable says why a packet cannot be refunded now, or "" when it can.
func notRefundable(p *client.Packet) string {
	switch p.Status {
	case client.StatusExpired:
		return ""
	case client.StatusClosed:
		return fmt.Sprintf("packet %s is closed (nothing left)", p.ID)
	}
	return fmt.Sprintf("packet %s expires at %s", p.ID, fmtWhen(p.ExpiresAt, p.Now))
}

func joinSkips(s []skipItem) string {
	parts := make([]string, len(s))
	for i, k := range s {
		parts[i] = k.Reason
	}
	return strings.Join(parts, "; ")
}

func refundJSON(res *client.RefundResult, packets map[string]*client.Packet, skipped []skipItem) *refundOutput {
	out := &refundOutput{TxHash: res.TxHash.Hex(), GasUsed: res.GasUsed, Block: res.Block, PacketIDs: []string{},
		Refunded: []refundItem{}, Skipped: skipped}
	if out.Skipped == nil {
		out.Skipped = []skipItem{}
	}
	sum := new(big.Int)
	tokens := map[string]bool{}
	for _, rf := range res.Refunded {
		p := packets[rf.ID.String()]
		out.Refunded = append(out.Refunded, refundItem{PacketID: rf.ID.String(), To: rf.To.Hex(), Amount: rf.Amount.String(),
			Token: p.Token.Hex(), Symbol: p.Symbol, Decimals: p.Decimals, Owed: rf.Owed, Budget: rf.Budget})
		out.PacketIDs = append(out.PacketIDs, rf.ID.String())
		sum.Add(sum, rf.Amount)
		tokens[p.Token.Hex()] = true
	}
	for _, id := range res.Skipped {
		if !containsSkip(out.Skipped, id.String()) {
			out.Skipped = append(out.Skipped, skipItem{PacketID: id.String(), Reason: "not refundable when the transaction ran"})
		}
	}
	if len(tokens) == 1 {
		first := out.Refunded[0]
		out.Amount, out.Token, out.Symbol, out.Decimals = sum.String(), first.Token, first.Symbol, first.Decimals
	}
	if len(out.Refunded) == 1 {
		out.PacketID = out.Refunded[0].PacketID
	}
	return out
}

func containsSkip(s []skipItem, id string) bool {
	for _, k := range s {
		if k.PacketID == id {
			return true
		}
	}
	return false
}

func printRefund(w io.Writer, res *client.RefundResult, packets map[string]*client.Packet, out *refundOutput) {
	for _, rf := range res.Refunded {
		p := packets[rf.ID.String()]
		m := money{symbol: p.Symbol, decimals: p.Decimals}
		if rf.Budget != 0 {
			fmt.Fprintf(w, "Refunded packet %s (C1): the unclaimed %s went back to the budget of organisation %d\n", rf.ID, m.fmt(rf.Amount), rf.Budget)
			continue
		}
		fmt.Fprintf(w, "Refunded packet %s (C1): the unclaimed %s went back to the sender %s\n", rf.ID, m.fmt(rf.Amount), rf.To.Hex())
		if rf.Owed {
			fmt.Fprintf(w, "  note: the push failed; it is credited to %s's pull balance (withdrawOwed)\n", rf.To.Hex())
		}
	}
	for _, k := range out.Skipped {
		fmt.Fprintf(w, "Skipped packet %s: %s\n", k.PacketID, k.Reason)
	}
	printTx(w, res.TxInfo)
}
