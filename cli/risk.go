package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/indexer"
	"github.com/hongbao/hongbao/node/units"
)

// Risk warnings of rules §7 (智能预警), from the sender's own history: the index when there is one (hongbao
// index), else the escrow's logs. They guard against mistakes and rash sends, not against a thief holding
// the key. The rules and their thresholds are in riskconfig.go and docs/risk.md.

// riskWarning is one rule that fired.
type riskWarning struct {
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

// String names the rule first: "[new-recipient] this is your first payment to 0x…".
func (w riskWarning) String() string { return "[" + w.Rule + "] " + w.Message }

// sentRecord is one earlier send of the sender, as the rules need it.
type sentRecord struct {
	token     common.Address
	total     *big.Int
	direct    bool
	recipient common.Address
	createdAt time.Time
}

// riskHistory is the sender's earlier sends, the chain's time, and where they were read.
type riskHistory struct {
	sends  []sentRecord
	now    time.Time // the head block's time: bursts are counted in chain time, as the packets' own clock
	source string    // "index" or "logs"
}

// checkRisks returns the warnings a send deserves, and where the history came from.
func (r *runner) checkRisks(ctx context.Context, s *session, req client.SendRequest, m money) ([]riskWarning, string, error) {
	cfg, _, err := loadRiskConfig(s.g)
	if err != nil {
		return nil, "", err
	}
	h, err := r.sendHistory(ctx, s)
	if err != nil {
		return nil, "", err
	}
	usual, n := usualAmount(h.sends, req.Token, cfg.FarAboveUsual.MinHistory)
	var out []riskWarning
	add := func(rule, format string, args ...any) {
		out = append(out, riskWarning{Rule: rule, Message: fmt.Sprintf(format, args...)})
	}
	if c := cfg.FarAboveUsual; c.Enabled && usual != nil && above(req.Amount, usual, c.Factor) {
		add(ruleFarAboveUsual, "%s is far above your usual %s (more than %g times the median of your %d earlier %s sends)",
			m.fmt(req.Amount), m.fmt(usual), c.Factor, n, m.symbol)
	}
	if c := cfg.NightSend; c.Enabled && c.contains(r.now()) && r.largeAtNight(ctx, s, req, usual, c.Factor) {
		add(ruleNightSend, "it is %s at night where you are, and %s is a large send", r.now().Format("15:04"), m.fmt(req.Amount))
	}
	if req.Kind == client.Direct && req.Recipient == s.me() {
		add(ruleSelf, "the recipient %s is your own account: the packet would come back to you", req.Recipient.Hex())
	} else if cfg.NewRecipient.Enabled && req.Kind == client.Direct && !paidBefore(h.sends, req.Recipient) {
		add(ruleNewRecipient, "this is your first payment to %s; check the address", req.Recipient.Hex())
	}
	if c := cfg.Burst; c.Enabled {
		window, _ := c.window() // validated when loaded
		if k := recentSends(h.sends, h.now, window); k >= c.Count {
			add(ruleBurst, "you sent %s in the last %s", plural(k, "packet", "packets"), fmtSpan(window))
		}
	}
	return out, h.source, nil
}

// adviseClaimMode returns the bearer-code advice when it applies: a group packet with a claim code (one bearer
// secret for every share, rules §1) whose amount is above the token's first undo tier (the policy's own line
// for "more than pocket money"; a token without undo tiers gets no advice). It asks for no confirmation.
func (r *runner) adviseClaimMode(ctx context.Context, s *session, req client.SendRequest, m money) ([]riskWarning, error) {
	cfg, _, err := loadRiskConfig(s.g)
	if err != nil {
		return nil, err
	}
	if !cfg.BearerCode.Enabled || req.Kind == client.Direct || req.Auth != client.ClaimKey {
		return nil, nil
	}
	p, err := s.cl.Policy(ctx, req.Token)
	if err != nil {
		return nil, err
	}
	if len(p.Tiers) == 0 || req.Amount.Cmp(p.Tiers[0].MaxAmount) <= 0 {
		return nil, nil
	}
	return []riskWarning{{Rule: ruleBearerCode, Message: fmt.Sprintf(
		"%s is above %s (the first undo tier of %s) and one claim code goes with it: whoever holds the code can claim every share, from many addresses; for packets of real value use --tickets or --allowlist",
		m.fmt(req.Amount), m.fmt(p.Tiers[0].MaxAmount), m.symbol)}}, nil
}

// sendHistory reads the sender's earlier sends from the local index, brought up to date first (and made on
// the first send): its cost does not grow with the sender's history or the chain's age.
func (r *runner) sendHistory(ctx context.Context, s *session) (*riskHistory, error) {
	head, err := s.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, unreachable(s.g.rpc, err)
	}
	now := time.Unix(int64(head.Time), 0).UTC()
	var sends []sentRecord
	if err := r.spin("reading your history…", func() (err error) {
		sends, err = indexedSends(ctx, s)
		return err
	}); err != nil {
		return nil, err
	}
	return &riskHistory{sends: sends, now: now, source: "index"}, nil
}

// indexedSends syncs the index and reads the sender's packets from it.
func indexedSends(ctx context.Context, s *session) ([]sentRecord, error) {
	db, err := s.currentIndex(ctx)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	packets, err := db.Packets(ctx, indexer.PacketFilter{Sender: s.me()})
	if err != nil {
		return nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	sends := make([]sentRecord, 0, len(packets))
	for _, p := range packets {
		sends = append(sends, sentRecord{token: p.Token, total: p.Total, direct: p.Kind == indexer.KindDirect,
			recipient: p.Recipient, createdAt: time.Unix(int64(p.CreatedAt), 0).UTC()})
	}
	return sends, nil
}

// usualAmount is the median total of the earlier sends of token, and how many there are; nil with fewer
// than minHistory.
func usualAmount(sends []sentRecord, token common.Address, minHistory int) (*big.Int, int) {
	var totals []*big.Int
	for _, p := range sends {
		if p.token == token && p.total != nil {
			totals = append(totals, p.total)
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
func (r *runner) largeAtNight(ctx context.Context, s *session, req client.SendRequest, usual *big.Int, factor float64) bool {
	if usual != nil {
		return above(req.Amount, usual, factor)
	}
	p, err := s.cl.Policy(ctx, req.Token)
	if err != nil || len(p.Tiers) == 0 {
		return false
	}
	return p.Tiers[len(p.Tiers)-1].MaxAmount.Cmp(req.Amount) < 0
}

func paidBefore(sends []sentRecord, to common.Address) bool {
	for _, p := range sends {
		if p.direct && p.recipient == to {
			return true
		}
	}
	return false
}

// recentSends counts the sends of the last window before now.
func recentSends(sends []sentRecord, now time.Time, window time.Duration) int {
	n := 0
	for _, p := range sends {
		if now.Sub(p.createdAt) < window {
			n++
		}
	}
	return n
}

// interactive reports whether a person can answer a prompt: stdin is a terminal and the output is not JSON.
func (r *runner) interactive() bool {
	if r.jsonOut {
		return false
	}
	if r.tty != nil {
		return r.tty()
	}
	f, ok := r.stdin.(*os.File)
	return ok && isTerminal(f)
}

// confirm asks for an explicit confirmation when there are warnings: --yes, or the amount typed again at a
// terminal prompt (a reflex "y" is not enough for a send the rules flagged). Without a terminal (scripts,
// --json) the send is refused unless --yes was given.
func (r *runner) confirm(warnings []riskWarning, amount *big.Int, m money) error {
	if len(warnings) == 0 {
		return nil
	}
	if r.g.yes {
		for _, w := range warnings {
			r.note("warning: %s (going ahead: --yes)", w)
		}
		return nil
	}
	if !r.interactive() {
		parts := make([]string, len(warnings))
		for i, w := range warnings {
			parts[i] = w.String()
		}
		return failf("ConfirmationNeeded", "not sent: this send needs your confirmation: %s; once you have checked, run the command again with --yes",
			strings.Join(parts, "; "))
	}
	for _, w := range warnings {
		fmt.Fprintf(r.stderr, "warning: %s\n", w)
	}
	fmt.Fprintf(r.stderr, "To send anyway, type the amount again (%s), or press Enter to cancel: ", units.Format(amount, m.decimals))
	answer, err := readLine(bufio.NewReader(r.stdin))
	if err != nil && !errors.Is(err, io.EOF) {
		return failf("NotConfirmed", "not sent: the confirmation could not be read (%v); nothing left your account", err)
	}
	typed, perr := units.Parse(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(answer), m.symbol)), m.decimals)
	if perr != nil || typed.Cmp(amount) != 0 {
		return failf("NotConfirmed", "not sent: the amount typed (%q) is not %s; nothing left your account", answer, m.fmt(amount))
	}
	return nil
}
