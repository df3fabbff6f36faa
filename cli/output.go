package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/mattn/go-isatty"

	"github.com/hongbao/hongbao/node/units"
)

// emit writes a command's result: obj as one JSON object under --json, else what human writes.
func (r *runner) emit(obj any, human func(w io.Writer)) error {
	if r.jsonOut {
		enc := json.NewEncoder(r.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(obj); err != nil {
			return fmt.Errorf("write JSON: %w", err)
		}
		return nil
	}
	human(r.stdout)
	return nil
}

// note writes a line of narration for people: to stderr, and never under --json.
func (r *runner) note(format string, args ...any) {
	if r.jsonOut {
		return
	}
	fmt.Fprintf(r.stderr, format+"\n", args...)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// spin runs fn while a spinner turns on stderr. The spinner shows only when stderr is a terminal and the
// output is not JSON, so logs and pipes stay clean.
func (r *runner) spin(msg string, fn func() error) error {
	if r.jsonOut || !isTerminal(r.stderr) {
		return fn()
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		frames := []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		width := 0
		for i := 0; ; i++ {
			line := msg
			if note := r.spinNote.Load(); note != nil {
				line = *note
			}
			pad := max(width-len([]rune(line)), 0)
			width = max(width, len([]rune(line)))
			fmt.Fprintf(r.stderr, "\r%s %s%s", frames[i%len(frames)], line, strings.Repeat(" ", pad))
			select {
			case <-done:
				fmt.Fprintf(r.stderr, "\r%s\r", strings.Repeat(" ", width+4))
				return
			case <-t.C:
			}
		}
	}()
	err := fn()
	close(done)
	wg.Wait()
	r.spinNote.Store(nil)
	return err
}

// syncProgress is the index's progress callback: it tells the spinner how many blocks are left and how
// fast they go ("indexing: 86,000 blocks left, 41,000 blocks/s"), so a first sync of an old escrow on a
// public endpoint shows it is moving.
func (r *runner) syncProgress() func(indexed, target uint64) {
	var start time.Time
	var first uint64
	return func(indexed, target uint64) {
		now := time.Now()
		if start.IsZero() {
			start, first = now, indexed
		}
		left := target - min(indexed, target)
		note := fmt.Sprintf("indexing the escrow's logs: %s blocks left", groupDigits(left))
		if secs := now.Sub(start).Seconds(); secs > 0.2 && indexed > first {
			note += fmt.Sprintf(", %s blocks/s", groupDigits(uint64(float64(indexed-first)/secs)))
		}
		r.spinNote.Store(&note)
	}
}

// groupDigits writes n with thousands separators: 86000 -> "86,000" (units.GroupDigits).
func groupDigits(n uint64) string { return units.GroupDigits(n) }

// money is an amount of a token, for display.
type money struct {
	symbol   string
	decimals uint8
}

// fmt renders v with its symbol and the token's decimals ("12.50 tCNY", "0.1 ETH").
func (m money) fmt(v *big.Int) string { return units.FormatAmount(v, m.decimals, m.symbol) }

// baseUnits renders an amount for JSON: base units as a decimal string ("0" for nil).
func baseUnits(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// unixOrZero renders a time for JSON: unix seconds, 0 for none.
func unixOrZero(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

const timeLayout = "2006-01-02 15:04:05 UTC"

func fmtTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// fmtWhen renders t relative to now: "2026-05-01 10:00:00 UTC (in 23h59m)" or "... (5m ago)".
func fmtWhen(t, now time.Time) string {
	d := t.Sub(now)
	switch {
	case d > 0:
		return fmt.Sprintf("%s (in %s)", fmtTime(t), fmtSpan(d))
	case d < 0:
		return fmt.Sprintf("%s (%s ago)", fmtTime(t), fmtSpan(-d))
	}
	return fmtTime(t) + " (now)"
}

// fmtSpan renders a duration the way people say it (units.FormatSpan).
func fmtSpan(d time.Duration) string { return units.FormatSpan(d) }

// short abbreviates an address for sentences ("0xf39F…2266"); tables show addresses in full.
func short(a common.Address) string {
	h := a.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}
