package risk

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"
)

// Names of the rules of SPEC §7, as warnings (their code) and the config file name them.
const (
	RuleFarAboveUsual = "far-above-usual"
	RuleNightSend     = "night-send"
	RuleNewRecipient  = "new-recipient"
	RuleBurst         = "burst"
	// RuleSelf fires on a Direct packet to the sender's own account (always on: it is never what one means).
	RuleSelf = "self"
	// RuleBearerCode is advice, not a warning: it asks for no confirmation (rules §1).
	RuleBearerCode = "bearer-code"
	// RuleSealedDraw is advice too: a lucky packet above the first undo tier is better sealed (rules §3).
	RuleSealedDraw = "sealed-draw"
)

// Config holds the thresholds of the rules. The file (docs/risk.md) has the same shape; what it leaves out
// keeps its default.
type Config struct {
	FarAboveUsual FarAboveUsualRule `json:"far-above-usual"`
	NightSend     NightSendRule     `json:"night-send"`
	NewRecipient  Toggle            `json:"new-recipient"`
	Burst         BurstRule         `json:"burst"`
	// BearerCode suggests tickets or an allowlist for a group packet with a claim code (a bearer secret for
	// every share) above the token's first undo tier.
	BearerCode Toggle `json:"bearer-code"`
	// SealedDraw suggests the sealed draw for a lucky packet above the token's first undo tier: a share
	// drawn at the claim can be foreseen and chosen by a claimer who times the claim.
	SealedDraw Toggle `json:"sealed-draw"`
}

// FarAboveUsualRule: a send of more than Factor times the usual amount (the median of the sender's earlier
// sends of the same token) is far above it; MinHistory earlier sends of the token make a usual amount.
type FarAboveUsualRule struct {
	Enabled    bool    `json:"enabled"`
	Factor     float64 `json:"factor"`
	MinHistory int     `json:"minHistory"`
}

// NightSendRule: From and To bound the night in the sender's local time, "HH:MM" (From after To wraps
// midnight, e.g. 23:00-06:00). At night, more than Factor times the usual amount is large; without a usual
// amount, large is above every undo tier of the token (a send that cannot be undone).
type NightSendRule struct {
	Enabled bool    `json:"enabled"`
	From    string  `json:"from"`
	To      string  `json:"to"`
	Factor  float64 `json:"factor"`
}

// Toggle is a rule with no threshold.
type Toggle struct {
	Enabled bool `json:"enabled"`
}

// BurstRule: a send after Count sends within the last Window (a duration such as "5m", chain time) is a burst.
type BurstRule struct {
	Enabled bool   `json:"enabled"`
	Window  string `json:"window"`
	Count   int    `json:"count"`
}

// DefaultConfig is what applies without a file.
func DefaultConfig() Config {
	return Config{
		FarAboveUsual: FarAboveUsualRule{Enabled: true, Factor: 10, MinHistory: 3},
		NightSend:     NightSendRule{Enabled: true, From: "00:00", To: "05:00", Factor: 3},
		NewRecipient:  Toggle{Enabled: true},
		Burst:         BurstRule{Enabled: true, Window: "5m", Count: 3},
		BearerCode:    Toggle{Enabled: true},
		SealedDraw:    Toggle{Enabled: true},
	}
}

// Why a config file was refused (ConfigError.Kind): callers phrase each their own way.
const (
	ConfigNotJSON  = "not-json"  // not a JSON object of the config's fields (a misspelt field included)
	ConfigSeveral  = "several"   // more than one JSON object
	ConfigBadValue = "bad-value" // a value that makes no sense (a factor below 1, a bad clock time)
)

// ConfigError is a config file that cannot be used.
type ConfigError struct {
	Kind string
	Err  error
}

func (e *ConfigError) Error() string { return e.Err.Error() }
func (e *ConfigError) Unwrap() error { return e.Err }

// ParseConfig reads a config file's contents over the defaults. Unknown fields are refused: a misspelt
// threshold must not silently keep its default.
func ParseConfig(data []byte) (Config, error) {
	cfg := DefaultConfig()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return cfg, &ConfigError{Kind: ConfigNotJSON, Err: err}
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		return cfg, &ConfigError{Kind: ConfigSeveral, Err: errors.New("more than one JSON object")}
	}
	if err := cfg.Validate(); err != nil {
		return cfg, &ConfigError{Kind: ConfigBadValue, Err: err}
	}
	return cfg, nil
}

// Validate checks the values a rule needs to make sense.
func (c Config) Validate() error {
	switch {
	case c.FarAboveUsual.Factor < 1:
		return fmt.Errorf("%s.factor %g must be at least 1", RuleFarAboveUsual, c.FarAboveUsual.Factor)
	case c.FarAboveUsual.MinHistory < 1:
		return fmt.Errorf("%s.minHistory %d must be at least 1", RuleFarAboveUsual, c.FarAboveUsual.MinHistory)
	case c.NightSend.Factor < 1:
		return fmt.Errorf("%s.factor %g must be at least 1", RuleNightSend, c.NightSend.Factor)
	case c.Burst.Count < 1:
		return fmt.Errorf("%s.count %d must be at least 1", RuleBurst, c.Burst.Count)
	}
	if _, _, err := c.NightSend.window(); err != nil {
		return err
	}
	if _, err := c.Burst.Span(); err != nil {
		return err
	}
	return nil
}

// window returns the night's bounds in minutes after local midnight.
func (n NightSendRule) window() (from, to int, err error) {
	if from, err = clockMinutes(n.From); err != nil {
		return 0, 0, fmt.Errorf("%s.from: %w", RuleNightSend, err)
	}
	if to, err = clockMinutes(n.To); err != nil {
		return 0, 0, fmt.Errorf("%s.to: %w", RuleNightSend, err)
	}
	return from, to, nil
}

// Contains reports whether t, read in its own location (the sender's zone), falls in the night [From, To).
func (n NightSendRule) Contains(t time.Time) bool {
	from, to, err := n.window()
	if err != nil || from == to {
		return false
	}
	m := t.Hour()*60 + t.Minute()
	if from < to {
		return m >= from && m < to
	}
	return m >= from || m < to // wraps midnight
}

func clockMinutes(s string) (int, error) {
	t, err := time.Parse("15:04", s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a time of day: write HH:MM, e.g. 05:00", s)
	}
	return t.Hour()*60 + t.Minute(), nil
}

// Span is the burst window as a duration.
func (b BurstRule) Span() (time.Duration, error) {
	d, err := time.ParseDuration(b.Window)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s.window %q is not a positive duration such as 5m", RuleBurst, b.Window)
	}
	return d, nil
}

// above reports whether amount is more than factor times base (exactly, in rationals: money is integers).
func above(amount, base *big.Int, factor float64) bool {
	f := new(big.Rat)
	if f.SetFloat64(factor) == nil {
		return false
	}
	limit := new(big.Rat).Mul(new(big.Rat).SetInt(base), f)
	return new(big.Rat).SetInt(amount).Cmp(limit) > 0
}
