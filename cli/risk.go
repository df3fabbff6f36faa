package cli

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/hongbao/hongbao/node/client"
)

// Risk warnings of SPEC §7 (智能预警), from the sender's own history on chain. They guard against mistakes
// and rash sends, not against a thief holding the key.
const (
	minHistory     = 3               // sends needed before "usual" means anything
	farAboveFactor = 10              // an amount this many times the usual is "far above"
	largeFactor    = 3               // at night, this many times the usual is "large"
	nightEndHour   = 5               // 00:00 to 05:00 local time is night
	burstWindow    = 5 * time.Minute // a burst is burstCount sends within this window
	burstCount     = 3               // sends already made in the window that make the next one a burst
)

// checkRisks returns the warnings a send deserves.
func (r *runner) checkRisks(ctx context.Context, s *session, req client.SendRequest, m money) ([]string, error) {
	history, err := s.cl.List(ctx, client.ListFilter{SentBy: s.me()})
	if err != nil {
		return nil, err
	}
	var warnings []string
	usual := usualAmount(history, req)
	if usual != nil && new(big.Int).Mul(usual, big.NewInt(farAboveFactor)).Cmp(req.Amount) < 0 {
		warnings = append(warnings, fmt.Sprintf("%s is far above your usual %s (the median of your %d earlier %s sends)",
			m.fmt(req.Amount), m.fmt(usual), countToken(history, req), m.symbol))
	}
	if w := r.nightWarning(ctx, s, req, usual, m); w != "" {
		warnings = append(warnings, w)
	}
	if req.Kind == client.Direct && !paidBefore(history, req) {
		warnings = append(warnings, fmt.Sprintf("this is your first payment to %s; check the address", req.Recipient.Hex()))
	}
	if n := recentSends(history); n >= burstCount {
		warnings = append(warnings, fmt.Sprintf("you sent %d packets in the last %s", n, fmtSpan(burstWindow)))
	}
	return warnings, nil
}

// usualAmount is the median total of the sender's earlier sends of the same token, or nil with too few.
func usualAmount(history []*client.Packet, req client.SendRequest) *big.Int {
	var totals []*big.Int
	for _, p := range history {
		if p.Token == req.Token {
			totals = append(totals, totalOf(p))
		}
	}
	if len(totals) < minHistory {
		return nil
	}
	sort.Slice(totals, func(i, j int) bool { return totals[i].Cmp(totals[j]) < 0 })
	return totals[len(totals)/2]
}

func countToken(history []*client.Packet, req client.SendRequest) int {
	n := 0
	for _, p := range history {
		if p.Token == req.Token {
			n++
		}
	}
	return n
}

// nightWarning: a large send between 00:00 and 05:00 local time. Large is largeFactor times the usual,
// or, without a usual, an amount above every undo tier of the token (a send that cannot be undone).
func (r *runner) nightWarning(ctx context.Context, s *session, req client.SendRequest, usual *big.Int, m money) string {
	now := r.now()
	if now.Hour() >= nightEndHour {
		return ""
	}
	large := false
	if usual != nil {
		large = new(big.Int).Mul(usual, big.NewInt(largeFactor)).Cmp(req.Amount) < 0
	} else if p, err := s.cl.Policy(ctx, req.Token); err == nil && len(p.Tiers) > 0 {
		large = p.Tiers[len(p.Tiers)-1].MaxAmount.Cmp(req.Amount) < 0
	}
	if !large {
		return ""
	}
	return fmt.Sprintf("it is %s at night where you are, and %s is a large send", now.Format("15:04"), m.fmt(req.Amount))
}

func paidBefore(history []*client.Packet, req client.SendRequest) bool {
	for _, p := range history {
		if p.Kind == client.Direct && p.Recipient == req.Recipient {
			return true
		}
	}
	return false
}

// recentSends counts the sends of the last burstWindow, in chain time (the packets' own clock).
func recentSends(history []*client.Packet) int {
	if len(history) == 0 {
		return 0
	}
	now := history[len(history)-1].Now
	n := 0
	for _, p := range history {
		if now.Sub(p.CreatedAt) < burstWindow {
			n++
		}
	}
	return n
}

// confirm asks for an explicit yes when there are warnings: --yes, or "y" typed at a terminal prompt.
// Without a terminal (scripts, --json) the send is refused unless --yes was given.
func (r *runner) confirm(warnings []string) error {
	if len(warnings) == 0 {
		return nil
	}
	if r.g.yes {
		for _, w := range warnings {
			r.note("warning: %s (going ahead: --yes)", w)
		}
		return nil
	}
	f, ok := r.stdin.(*os.File)
	if r.jsonOut || !ok || !isTerminal(f) {
		return failf("ConfirmationNeeded", "this send needs your confirmation: %s; check it, then run the command again with --yes",
			strings.Join(warnings, "; "))
	}
	for _, w := range warnings {
		fmt.Fprintf(r.stderr, "warning: %s\n", w)
	}
	fmt.Fprint(r.stderr, "Send anyway? [y/N] ")
	answer, err := readLine(bufio.NewReader(f))
	if err != nil || !parseBoolish(answer) {
		return failf("NotConfirmed", "not sent: you did not confirm; nothing left your account")
	}
	return nil
}
