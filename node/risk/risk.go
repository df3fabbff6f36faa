// Package risk holds the risk warnings of SPEC §7 (智能预警): the rules, their thresholds, where the sender's
// history comes from, and an HTTP handler, so that the CLI, the web server and any other tool warn about the
// same sends in the same words. The rules guard against mistakes and rash sends, not against a thief holding
// the key. They read no clock of their own: the sender's local time and the chain's time come in as values.
package risk

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/units"
)

// Warning is one rule that fired. Advice (bearer-code, sealed-draw) does not need a confirmation; every other rule does.
type Warning struct {
	Code         string `json:"code"`
	Sentence     string `json:"sentence"`
	NeedsConfirm bool   `json:"needsConfirm"`
}

// String names the rule first: "[new-recipient] this is your first payment to 0x…".
func (w Warning) String() string { return "[" + w.Code + "] " + w.Sentence }

// Token is the token of a send as sentences name it.
type Token struct {
	Address  common.Address // zero for ETH
	Symbol   string
	Decimals uint8
}

func (t Token) fmt(v *big.Int) string { return units.FormatAmount(v, t.Decimals, t.Symbol) }

// Input is the send to check.
type Input struct {
	Sender    common.Address
	Token     Token
	Amount    *big.Int // base units
	Kind      client.Kind
	Recipient common.Address  // Direct packets
	Auth      client.AuthMode // group packets
	// LocalTime is the sender's wall clock in the sender's own time zone (its Location): the night rule reads
	// its hour and minute. The CLI passes its machine's clock, the web server the browser's.
	LocalTime time.Time
}

// Sent is one earlier send of the sender, as the rules need it.
type Sent struct {
	ID        uint64
	Token     common.Address
	Total     *big.Int
	Direct    bool
	Recipient common.Address
	CreatedAt time.Time // its block's time
}

// Policies reads a token's undo tiers (the largest amount of each, ascending): the night rule's line for
// "large" without a usual amount, and the advice's line for "real value". *client.Client has it.
type Policies interface {
	Policy(ctx context.Context, token common.Address) (*client.Policy, error)
}

// Check applies the rules of cfg to a send, given the sender's history: the warnings that need a confirmation
// first, then the advice. A token policy that cannot be read keeps the night rule quiet (it only sharpens
// it) but fails the advice, whose reason to speak is that policy.
func Check(ctx context.Context, cfg Config, in Input, h *History, pol Policies) ([]Warning, error) {
	var out []Warning
	add := func(rule string, confirm bool, format string, args ...any) {
		out = append(out, Warning{Code: rule, Sentence: fmt.Sprintf(format, args...), NeedsConfirm: confirm})
	}
	usual, n := usualAmount(h.Sends, in.Token.Address, cfg.FarAboveUsual.MinHistory)
	if c := cfg.FarAboveUsual; c.Enabled && usual != nil && above(in.Amount, usual, c.Factor) {
		add(RuleFarAboveUsual, true, "%s is far above your usual %s (more than %g times the median of your %d earlier %s sends%s)",
			in.Token.fmt(in.Amount), in.Token.fmt(usual), c.Factor, n, in.Token.Symbol, h.Window.seen())
	}
	if c := cfg.NightSend; c.Enabled && c.Contains(in.LocalTime) && largeAtNight(ctx, pol, in, usual, c.Factor) {
		add(RuleNightSend, true, "it is %s at night where you are, and %s is a large send", in.LocalTime.Format("15:04"), in.Token.fmt(in.Amount))
	}
	switch {
	case in.Kind == client.Direct && in.Recipient == in.Sender:
		add(RuleSelf, true, "the recipient %s is your own account: the packet would come back to you", in.Recipient.Hex())
	case cfg.NewRecipient.Enabled && in.Kind == client.Direct && !paidBefore(h.Sends, in.Recipient):
		if h.Window.Complete {
			add(RuleNewRecipient, true, "this is your first payment to %s; check the address", in.Recipient.Hex())
		} else {
			add(RuleNewRecipient, true, "no earlier payment to %s in the history read (%s); check the address",
				in.Recipient.Hex(), h.Window.Sentence())
		}
	}
	if c := cfg.Burst; c.Enabled {
		span, err := c.Span()
		if err != nil {
			return nil, err
		}
		if k := recentSends(h.Sends, h.Now, span); k >= c.Count {
			add(RuleBurst, true, "you sent %s in the last %s", plural(k, "packet", "packets"), fmtSpan(span))
		}
	}
	advice, err := valueAdvice(ctx, cfg, in, pol)
	if err != nil {
		return nil, err
	}
	return append(out, advice...), nil
}

// valueAdvice is the advice for a group packet of real value, that is above the token's first undo tier (the
// policy's own line for "more than pocket money"; a token without undo tiers gets no advice): with a claim
// code (one bearer secret for every share, rules §1), use tickets or an allowlist; for a lucky packet, seal
// the draw (rules §3). The sentences name the choice, not a tool's flag: the CLI adds its flags, the web page
// ticks its own options.
func valueAdvice(ctx context.Context, cfg Config, in Input, pol Policies) ([]Warning, error) {
	bearer := cfg.BearerCode.Enabled && in.Kind != client.Direct && in.Auth == client.ClaimKey
	sealed := cfg.SealedDraw.Enabled && in.Kind == client.Lucky
	if !bearer && !sealed {
		return nil, nil
	}
	p, err := pol.Policy(ctx, in.Token.Address)
	if err != nil {
		return nil, fmt.Errorf("read the undo tiers of %s: %w", in.Token.Symbol, err)
	}
	if len(p.Tiers) == 0 || in.Amount.Cmp(p.Tiers[0].MaxAmount) <= 0 {
		return nil, nil
	}
	above := fmt.Sprintf("%s is above %s (the first undo tier of %s)", in.Token.fmt(in.Amount), in.Token.fmt(p.Tiers[0].MaxAmount), in.Token.Symbol)
	var out []Warning
	if bearer {
		out = append(out, Warning{Code: RuleBearerCode, Sentence: above +
			" and one claim code goes with it: whoever holds the code can claim every share, from many addresses; for packets of real value choose tickets (one per share) or an allowlist"})
	}
	if sealed {
		out = append(out, Warning{Code: RuleSealedDraw, Sentence: above +
			": a lucky share drawn at the claim can be foreseen and chosen by a claimer who times it; choose the sealed draw, so that each share is drawn from the hash of the block after its claim"})
	}
	return out, nil
}

// usualAmount is the median total of the earlier sends of token, and how many there are; nil with fewer
// than minHistory.
func usualAmount(sends []Sent, token common.Address, minHistory int) (*big.Int, int) {
	var totals []*big.Int
	for _, p := range sends {
		if p.Token == token && p.Total != nil {
			totals = append(totals, p.Total)
		}
	}
	if len(totals) < minHistory {
		return nil, len(totals)
	}
	sort.Slice(totals, func(i, j int) bool { return totals[i].Cmp(totals[j]) < 0 })
	return totals[len(totals)/2], len(totals)
}

// largeAtNight: more than factor times the usual amount or, without a usual, above every undo tier of the
// token (a send that cannot be undone).
func largeAtNight(ctx context.Context, pol Policies, in Input, usual *big.Int, factor float64) bool {
	if usual != nil {
		return above(in.Amount, usual, factor)
	}
	p, err := pol.Policy(ctx, in.Token.Address)
	if err != nil || len(p.Tiers) == 0 {
		return false
	}
	return p.Tiers[len(p.Tiers)-1].MaxAmount.Cmp(in.Amount) < 0
}

func paidBefore(sends []Sent, to common.Address) bool {
	for _, p := range sends {
		if p.Direct && p.Recipient == to {
			return true
		}
	}
	return false
}

// recentSends counts the sends of the last window before now.
func recentSends(sends []Sent, now time.Time, window time.Duration) int {
	n := 0
	for _, p := range sends {
		if now.Sub(p.CreatedAt) < window {
			n++
		}
	}
	return n
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// fmtSpan renders a duration the way people say it (units.FormatSpan).
func fmtSpan(d time.Duration) string { return units.FormatSpan(d) }
