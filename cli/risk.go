package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/risk"
	"github.com/hongbao/hongbao/node/units"
)

// Risk warnings of rules §7 (智能预警): the rules, their thresholds and the history they read live in
// node/risk, shared with the web server's handler; here are the flags, the prompt and the output.

// riskWarning is one rule that fired, as send prints it and its JSON lists it.
type riskWarning struct {
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

// String names the rule first: "[new-recipient] this is your first payment to 0x…".
func (w riskWarning) String() string { return "[" + w.Rule + "] " + w.Message }

// adviceFlags are the send flags that follow each piece of advice (node/risk words it for every tool).
var adviceFlags = map[string]string{
	risk.RuleBearerCode: "--tickets or --allowlist",
	risk.RuleSealedDraw: "--sealed",
}

// riskOutcome is what the checks found: the warnings that need a confirmation, the advice that does not, and
// the history they read.
type riskOutcome struct {
	warnings, advice []riskWarning
	window           risk.Window
}

// checkRisks applies the rules of rules §7 to a send, reading the sender's history from the local index
// (made on the first send, brought up to date or on by a bounded number of pages, see node/risk.Indexed).
// When part of the history could not be read yet, it says so in a note.
func (r *runner) checkRisks(ctx context.Context, s *session, req client.SendRequest, m money) (*riskOutcome, error) {
	cfg, _, err := loadRiskConfig(s.g)
	if err != nil {
		return nil, err
	}
	var h *risk.History
	if err := r.spin("reading your history…", func() (err error) {
		h, err = indexedHistory(ctx, s, s.me())
		return err
	}); err != nil {
		return nil, err
	}
	in := risk.Input{Sender: s.me(), Token: risk.Token{Address: req.Token, Symbol: m.symbol, Decimals: m.decimals},
		Amount: req.Amount, Kind: req.Kind, Recipient: req.Recipient, Auth: req.Auth, LocalTime: r.now()}
	found, err := risk.Check(ctx, cfg, in, h, s.cl)
	if err != nil {
		return nil, err
	}
	out := &riskOutcome{window: h.Window}
	for _, w := range found {
		cw := riskWarning{Rule: w.Code, Message: w.Sentence}
		if flags, ok := adviceFlags[w.Code]; ok {
			cw.Message += " (" + flags + ")"
		}
		if w.NeedsConfirm {
			out.warnings = append(out.warnings, cw)
		} else {
			out.advice = append(out.advice, cw)
		}
	}
	if note := h.Window.Sentence(); note != "" {
		r.note("note: %s (`hongbao index` brings it up to date now)", note)
	}
	return out, nil
}

// indexedHistory reads sender's history through the session's index (opened, or made, for the read).
func indexedHistory(ctx context.Context, s *session, sender common.Address) (*risk.History, error) {
	db, err := s.openIndex(ctx)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	src := &risk.Indexed{DB: db, Chain: s.riskWindow(),
		CatchUp: func(ctx context.Context, confirmations uint64) error {
			_, err := s.syncIndex(ctx, db, confirmations)
			return err
		}}
	h, err := src.History(ctx, sender)
	var re *risk.ReadError
	var ce *Error
	switch {
	case err == nil:
		return h, nil
	case errors.As(err, &ce): // the index's own sentence (syncIndex)
		return nil, ce
	case errors.As(err, &re) && re.Part == risk.PartIndex:
		return nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	case errors.As(err, &re) && re.Part == risk.PartHead:
		return nil, unreachable(s.g.rpc, err)
	}
	return nil, asError(err)
}

// riskWindow reads the sender's recent sends from the chain's logs, through the session's one log reader.
func (s *session) riskWindow() *risk.ChainWindow {
	return &risk.ChainWindow{Escrow: s.cl.Escrow(), FromBlock: s.fromBlock, Logs: s.logs, Headers: s.ec}
}

// riskHandler is the risk checks' HTTP handler (node/risk.Handler, JSON in and out, docs/risk.md) for the web
// server: the rules, thresholds (--risk-config or <home>/risk.json) and history of send, for the sender the
// browser names.
func (r *runner) riskHandler(s *session) (http.Handler, error) {
	cfg, _, err := loadRiskConfig(s.g)
	if err != nil {
		return nil, err
	}
	return risk.Handler(&sessionHistory{s: s}, s.cl, cfg, risk.WithLogger(r.logger())), nil
}

// sessionHistory is the session's index as a risk.Source; one read at a time (each may sync the index).
type sessionHistory struct {
	mu sync.Mutex
	s  *session
}

func (h *sessionHistory) History(ctx context.Context, sender common.Address) (*risk.History, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return indexedHistory(ctx, h.s, sender)
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

// riskWindow is the history the checks read, in send's JSON (riskHistory).
type riskWindow = risk.Window
