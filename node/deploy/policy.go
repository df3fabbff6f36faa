package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// MaxTiers is the escrow's MAX_TIERS: the most undo tiers one token may have.
const MaxTiers = 8

// ETHDecimals are the decimals of native ETH.
const ETHDecimals = 18

// ETHSymbol is the policy key for native ETH (the zero token address).
const ETHSymbol = "ETH"

var (
	maxUint96  = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	maxUint128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
)

// Policy holds token policies in human units, as written in a policy file:
//
//	{"tokens": {"tCNY": {"minShare": "0.01", "tiers": [{"maxAmount": "200.00", "window": "5m", "consent": true}]}}}
//
// A key is a symbol known to the deployment, "ETH" (native ETH), or a 0x token address.
type Policy struct {
	Tokens map[string]TokenPolicy `json:"tokens"`
}

// TokenPolicy is one token's minimum share and undo tiers (rules §4), in human units.
type TokenPolicy struct {
	// MinShare is the smallest share of a group packet, e.g. "0.01".
	MinShare string `json:"minShare"`
	// Tiers are sorted by strictly increasing MaxAmount. An amount above every tier has no undo window.
	Tiers []Tier `json:"tiers"`
}

// Tier is one undo tier: packets up to MaxAmount get an undo window of Window (a Go duration such as "5m");
// Consent makes a Direct packet's undo a request the recipient approves.
type Tier struct {
	MaxAmount string `json:"maxAmount"`
	Window    string `json:"window"`
	Consent   bool   `json:"consent"`
}

// TokenRules is a token policy resolved to what setTokenPolicy takes: base units and seconds.
type TokenRules struct {
	Key      string // the policy key it came from
	Token    common.Address
	MinShare *big.Int
	Tiers    []escrow.IHongbaoEscrowTier
}

// DefaultPolicy is the rules §4 default for the dev chain's tCNY: minimum share 0.01; up to 200.00 a 5-minute
// undo window, up to 500.00 two minutes, both needing the recipient's consent for Direct packets; above that,
// no undo.
func DefaultPolicy() *Policy {
	return &Policy{Tokens: map[string]TokenPolicy{
		"tCNY": {
			MinShare: "0.01",
			Tiers: []Tier{
				{MaxAmount: "200.00", Window: "5m", Consent: true},
				{MaxAmount: "500.00", Window: "2m", Consent: true},
			},
		},
	}}
}

// LoadPolicy reads and validates a policy file. Unknown fields are rejected so that a typo does not silently
// drop a rule.
func LoadPolicy(path string) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read policy: %w", err)
	}
	p, err := ParsePolicy(data)
	if err != nil {
		return nil, fmt.Errorf("policy %s: %w", path, err)
	}
	return p, nil
}

// ParsePolicy decodes and validates a policy from JSON.
func ParsePolicy(data []byte) (*Policy, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p Policy
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if dec.More() {
		return nil, errors.New("parse: trailing data after the policy object")
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &p, nil
}

// Validate checks everything that does not depend on a token's decimals: amounts are plain positive
// decimals, windows are positive whole seconds that fit a uint32, tiers are sorted and at most MaxTiers.
func (p *Policy) Validate() error {
	if len(p.Tokens) == 0 {
		return errors.New(`policy has no tokens (expected {"tokens": {"SYMBOL": {...}}})`)
	}
	for _, key := range p.keys() {
		if strings.TrimSpace(key) == "" {
			return errors.New("empty token key")
		}
		if strings.HasPrefix(key, "0x") && !common.IsHexAddress(key) {
			return fmt.Errorf("token %q: not a valid 0x address", key)
		}
		if err := p.Tokens[key].validate(); err != nil {
			return fmt.Errorf("token %q: %w", key, err)
		}
	}
	return nil
}

func (tp TokenPolicy) validate() error {
	ms, err := parseDecimal(tp.MinShare)
	if err != nil {
		return fmt.Errorf("minShare: %w", err)
	}
	if ms.Sign() == 0 {
		return errors.New("minShare must be positive")
	}
	if len(tp.Tiers) > MaxTiers {
		return fmt.Errorf("%d tiers; the escrow allows at most %d", len(tp.Tiers), MaxTiers)
	}
	var prev *big.Rat
	for i, t := range tp.Tiers {
		amount, err := parseDecimal(t.MaxAmount)
		if err != nil {
			return fmt.Errorf("tier %d maxAmount: %w", i+1, err)
		}
		if amount.Sign() == 0 {
			return fmt.Errorf("tier %d maxAmount must be positive", i+1)
		}
		if prev != nil && amount.Cmp(prev) <= 0 {
			return fmt.Errorf("tier %d maxAmount %s is not above tier %d's %s: tiers must be sorted by increasing maxAmount",
				i+1, t.MaxAmount, i, tp.Tiers[i-1].MaxAmount)
		}
		prev = amount
		if _, err := parseWindow(t.Window); err != nil {
			return fmt.Errorf("tier %d window: %w", i+1, err)
		}
	}
	return nil
}

// Resolve converts the policy to base units with the token's decimals.
func (tp TokenPolicy) Resolve(decimals uint8) (minShare *big.Int, tiers []escrow.IHongbaoEscrowTier, err error) {
	if err := tp.validate(); err != nil {
		return nil, nil, err
	}
	minShare, err = ParseAmount(tp.MinShare, decimals)
	if err != nil {
		return nil, nil, fmt.Errorf("minShare: %w", err)
	}
	if minShare.Sign() == 0 {
		return nil, nil, fmt.Errorf("minShare %s is below one base unit of a %d-decimal token", tp.MinShare, decimals)
	}
	if minShare.Cmp(maxUint96) > 0 {
		return nil, nil, fmt.Errorf("minShare %s does not fit the escrow's uint96", tp.MinShare)
	}
	tiers = make([]escrow.IHongbaoEscrowTier, len(tp.Tiers))
	for i, t := range tp.Tiers {
		amount, err := ParseAmount(t.MaxAmount, decimals)
		if err != nil {
			return nil, nil, fmt.Errorf("tier %d maxAmount: %w", i+1, err)
		}
		if amount.Cmp(maxUint128) > 0 {
			return nil, nil, fmt.Errorf("tier %d maxAmount %s does not fit the escrow's uint128", i+1, t.MaxAmount)
		}
		w, _ := parseWindow(t.Window) // validated above
		tiers[i] = escrow.IHongbaoEscrowTier{MaxAmount: amount, Window: w, Consent: t.Consent}
	}
	return minShare, tiers, nil
}

// keys returns the policy's token keys, sorted, so that policies apply in a stable order.
func (p *Policy) keys() []string {
	keys := make([]string, 0, len(p.Tokens))
	for k := range p.Tokens {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// parseWindow parses a Go duration of whole, positive seconds that fits the escrow's uint32.
func parseWindow(s string) (uint32, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration such as \"5m\" or \"90s\"", s)
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q must be positive", s)
	}
	if d%time.Second != 0 {
		return 0, fmt.Errorf("%q is not a whole number of seconds", s)
	}
	secs := d / time.Second
	if secs > math.MaxUint32 {
		return 0, fmt.Errorf("%q is longer than the escrow's uint32 seconds", s)
	}
	return uint32(secs), nil
}

// parseDecimal checks the syntax of a plain, non-negative decimal ("200", "200.00", "0.01") and returns its
// exact value.
func parseDecimal(s string) (*big.Rat, error) {
	whole, frac, hasPoint := strings.Cut(s, ".")
	if !isDigits(whole) || (hasPoint && !isDigits(frac)) {
		return nil, fmt.Errorf("%q is not a plain decimal number such as \"200.00\"", s)
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil, fmt.Errorf("%q is not a decimal number", s)
	}
	return r, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ParseAmount converts a human amount ("200.00") to base units of a token with `decimals` decimals, exactly.
// Digits beyond the token's decimals are an error unless they are zeros.
func ParseAmount(s string, decimals uint8) (*big.Int, error) {
	if _, err := parseDecimal(s); err != nil {
		return nil, err
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > int(decimals) {
		extra := frac[decimals:]
		if strings.Trim(extra, "0") != "" {
			return nil, fmt.Errorf("%q has more than %d decimal places", s, decimals)
		}
		frac = frac[:decimals]
	}
	frac += strings.Repeat("0", int(decimals)-len(frac))
	v, ok := new(big.Int).SetString(whole+frac, 10)
	if !ok {
		return nil, fmt.Errorf("%q is not a decimal number", s)
	}
	return v, nil
}

// FormatAmount renders base units with all of a token's decimals ("20000", 2 -> "200.00").
func FormatAmount(v *big.Int, decimals uint8) string {
	neg := v.Sign() < 0
	digits := new(big.Int).Abs(v).String()
	if decimals > 0 {
		if len(digits) <= int(decimals) {
			digits = strings.Repeat("0", int(decimals)-len(digits)+1) + digits
		}
		cut := len(digits) - int(decimals)
		digits = digits[:cut] + "." + digits[cut:]
	}
	if neg {
		return "-" + digits
	}
	return digits
}
