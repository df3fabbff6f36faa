package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"time"
)

// Names of the risk rules of rules §7, as warnings and the config file name them.
const (
	ruleFarAboveUsual = "far-above-usual"
	ruleNightSend     = "night-send"
	ruleNewRecipient  = "new-recipient"
	ruleBurst         = "burst"
	// ruleSelf fires on a Direct packet to the sender's own account (always on: it is never what one means).
	ruleSelf = "self"
	// ruleBearerCode is advice, not a warning: it asks for no confirmation (rules §1).
	ruleBearerCode = "bearer-code"
)

// riskConfig holds the thresholds of the risk warnings. The file (docs/risk.md) has the same shape; what it
// leaves out keeps its default.
type riskConfig struct {
	FarAboveUsual farAboveUsualRule `json:"far-above-usual"`
	NightSend     nightSendRule     `json:"night-send"`
	NewRecipient  newRecipientRule  `json:"new-recipient"`
	Burst         burstRule         `json:"burst"`
	BearerCode    bearerCodeRule    `json:"bearer-code"`
}

type farAboveUsualRule struct {
	Enabled bool `json:"enabled"`
	// Factor: a send of more than Factor times the usual amount (the median of the sender's earlier sends of
	// the same token) is far above it.
	Factor float64 `json:"factor"`
	// MinHistory is how many earlier sends of the token make a usual amount.
	MinHistory int `json:"minHistory"`
}

type nightSendRule struct {
	Enabled bool `json:"enabled"`
	// From and To bound the night, in local time, "HH:MM"; From after To wraps midnight (e.g. 23:00-06:00).
	From string `json:"from"`
	To   string `json:"to"`
	// Factor: at night, more than Factor times the usual amount is large. Without a usual amount, large is
	// above every undo tier of the token (a send that cannot be undone).
	Factor float64 `json:"factor"`
}

type newRecipientRule struct {
	Enabled bool `json:"enabled"`
}

type burstRule struct {
	Enabled bool `json:"enabled"`
	// Window (a duration such as "5m") and Count: a send after Count sends within the last Window is a burst.
	Window string `json:"window"`
	Count  int    `json:"count"`
}

// bearerCodeRule suggests tickets or an allowlist for a group packet with a claim code (a bearer secret for
// every share) above the token's first undo tier.
type bearerCodeRule struct {
	Enabled bool `json:"enabled"`
}

// defaultRiskConfig is what applies without a file.
func defaultRiskConfig() riskConfig {
	return riskConfig{
		FarAboveUsual: farAboveUsualRule{Enabled: true, Factor: 10, MinHistory: 3},
		NightSend:     nightSendRule{Enabled: true, From: "00:00", To: "05:00", Factor: 3},
		NewRecipient:  newRecipientRule{Enabled: true},
		Burst:         burstRule{Enabled: true, Window: "5m", Count: 3},
		BearerCode:    bearerCodeRule{Enabled: true},
	}
}

// riskConfigName is the file looked for in the home directory when --risk-config is not given.
const riskConfigName = "risk.json"

// loadRiskConfig reads the thresholds: --risk-config (which must exist), else <home>/risk.json if it exists,
// else the defaults. It returns where they came from ("defaults" or the path).
func loadRiskConfig(g *globals) (riskConfig, string, error) {
	cfg := defaultRiskConfig()
	path, explicit := g.riskConfig, g.riskConfig != ""
	if !explicit {
		path = filepath.Join(g.home, riskConfigName)
	}
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !explicit:
		return cfg, "defaults", nil
	case err != nil:
		return cfg, "", usagef("InvalidRiskConfig", "cannot read the risk config %s: %v; fix --risk-config (see docs/risk.md)", path, unwrapPathError(err))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields() // a misspelt threshold must not silently keep its default
	if err := dec.Decode(&cfg); err != nil {
		return cfg, "", usagef("InvalidRiskConfig", "the risk config %s is not valid: %v (see docs/risk.md for the fields)", path, err)
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		return cfg, "", usagef("InvalidRiskConfig", "the risk config %s has more than one JSON object", path)
	}
	if err := cfg.validate(); err != nil {
		return cfg, "", usagef("InvalidRiskConfig", "the risk config %s: %v (see docs/risk.md)", path, err)
	}
	return cfg, path, nil
}

// validate checks the values a rule needs to make sense.
func (c riskConfig) validate() error {
	switch {
	case c.FarAboveUsual.Factor < 1:
		return fmt.Errorf("%s.factor %g must be at least 1", ruleFarAboveUsual, c.FarAboveUsual.Factor)
	case c.FarAboveUsual.MinHistory < 1:
		return fmt.Errorf("%s.minHistory %d must be at least 1", ruleFarAboveUsual, c.FarAboveUsual.MinHistory)
	case c.NightSend.Factor < 1:
		return fmt.Errorf("%s.factor %g must be at least 1", ruleNightSend, c.NightSend.Factor)
	case c.Burst.Count < 1:
		return fmt.Errorf("%s.count %d must be at least 1", ruleBurst, c.Burst.Count)
	}
	if _, _, err := c.NightSend.window(); err != nil {
		return err
	}
	if _, err := c.Burst.window(); err != nil {
		return err
	}
	return nil
}

// window returns the night's bounds in minutes after local midnight.
func (n nightSendRule) window() (from, to int, err error) {
	if from, err = clockMinutes(n.From); err != nil {
		return 0, 0, fmt.Errorf("%s.from: %w", ruleNightSend, err)
	}
	if to, err = clockMinutes(n.To); err != nil {
		return 0, 0, fmt.Errorf("%s.to: %w", ruleNightSend, err)
	}
	return from, to, nil
}

// contains reports whether local time t falls in the night.
func (n nightSendRule) contains(t time.Time) bool {
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

func (b burstRule) window() (time.Duration, error) {
	d, err := time.ParseDuration(b.Window)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s.window %q is not a positive duration such as 5m", ruleBurst, b.Window)
	}
	return d, nil
}

// above reports whether amount is more than factor times base.
func above(amount, base *big.Int, factor float64) bool {
	f := new(big.Rat)
	if f.SetFloat64(factor) == nil {
		return false
	}
	limit := new(big.Rat).Mul(new(big.Rat).SetInt(base), f)
	return new(big.Rat).SetInt(amount).Cmp(limit) > 0
}
