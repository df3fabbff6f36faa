// Package units converts between human amounts ("1.5", "200.00") and token base units, exactly: the
// arithmetic is on decimal digit strings and big.Int, never on floating point.
//
// Parsing accepts only plain decimal notation: ASCII digits, optionally one "." with digits on both sides.
// It rejects signs, spaces, thousands separators, a decimal comma, exponents, "NaN"/"Inf", and more
// fractional digits than the token has (trailing zeros beyond the token's decimals are accepted, since they
// lose nothing: "1.500" is 1.50 for a 2-decimal token).
//
// Formatting shows a token's natural display: tokens with at most 2 decimals (tCNY, yuan-like currencies)
// always show every decimal ("200.00", "0.01"); tokens with more decimals (ETH: 18) drop trailing zeros and
// the point of a whole number ("1.5", "1", "0.000000000000000001").
package units

import (
	"fmt"
	"math/big"
	"strings"
	"unicode/utf8"
)

// MaxDecimals is the largest number of decimals Parse and Format accept (ERC-20 decimals is a uint8, but
// no real token goes near this; the cap keeps 10^decimals small).
const MaxDecimals = 77

// FixedDisplayDecimals is the largest decimals count for which Format keeps every fractional digit.
const FixedDisplayDecimals = 2

// Parse converts a human amount into base units of a token with `decimals` decimals. Zero is allowed.
func Parse(s string, decimals uint8) (*big.Int, error) {
	if decimals > MaxDecimals {
		return nil, fmt.Errorf("a token with %d decimals is not supported (at most %d)", decimals, MaxDecimals)
	}
	whole, frac, err := split(s)
	if err != nil {
		return nil, err
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > int(decimals) {
		return nil, tooPrecise(s, len(frac), decimals)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok { // cannot happen: split checked every character is a digit
		return nil, fmt.Errorf("amount %q is not a number", s)
	}
	return v, nil
}

// ParsePositive is Parse that also rejects zero ("0", "0.00"): for amounts that must move something.
func ParsePositive(s string, decimals uint8) (*big.Int, error) {
	v, err := Parse(s, decimals)
	if err != nil {
		return nil, err
	}
	if v.Sign() == 0 {
		return nil, fmt.Errorf("amount %q is zero; give an amount greater than 0", s)
	}
	return v, nil
}

// split checks the grammar digits ["." digits] and returns the two digit runs.
func split(s string) (whole, frac string, err error) {
	if s == "" {
		return "", "", fmt.Errorf("the amount is empty; give a number such as 1.5")
	}
	if strings.HasPrefix(s, "-") {
		return "", "", fmt.Errorf("amount %q is negative; amounts must be positive", s)
	}
	whole, frac, hasPoint := strings.Cut(s, ".")
	for _, part := range []string{whole, frac} {
		if i := strings.IndexFunc(part, notDigit); i >= 0 {
			r, _ := utf8.DecodeRuneInString(part[i:])
			return "", "", badChar(s, r)
		}
	}
	if hasPoint && (whole == "" || frac == "") {
		return "", "", fmt.Errorf("amount %q needs digits on both sides of the point, e.g. 0.5 or 5.0", s)
	}
	if whole == "" {
		return "", "", fmt.Errorf("amount %q is not a number", s)
	}
	return whole, frac, nil
}

func notDigit(r rune) bool { return r < '0' || r > '9' }

func badChar(s string, r rune) error {
	switch {
	case r == ',':
		return fmt.Errorf("amount %q has a comma: use a point for decimals (1.5) and no thousands separators", s)
	case r == ' ' || r == '\t' || r == '\n' || r == '_':
		return fmt.Errorf("amount %q contains a space or separator; write the digits together, e.g. 1000.5", s)
	case r == 'e' || r == 'E':
		return fmt.Errorf("amount %q uses an exponent; write the number out in full, e.g. 1500", s)
	case r == '.':
		return fmt.Errorf("amount %q has more than one decimal point", s)
	case r == '+':
		return fmt.Errorf("amount %q has a sign; write just the digits", s)
	default:
		return fmt.Errorf("amount %q is not a number (unexpected %q); write digits with an optional point, e.g. 1.5", s, r)
	}
}

func tooPrecise(s string, got int, decimals uint8) error {
	if decimals == 0 {
		return fmt.Errorf("amount %q has %d decimals but the token has none; give a whole number", s, got)
	}
	return fmt.Errorf("amount %q has %d decimals but the token has only %d", s, got, decimals)
}

// Format renders base units as a human amount (see the package comment for the display rule). A nil value
// formats as zero; negative values get a leading "-".
func Format(v *big.Int, decimals uint8) string {
	if v == nil {
		v = new(big.Int)
	}
	neg := v.Sign() < 0
	digits := new(big.Int).Abs(v).String()
	d := int(decimals)
	if len(digits) <= d {
		digits = strings.Repeat("0", d-len(digits)+1) + digits
	}
	whole, frac := digits[:len(digits)-d], digits[len(digits)-d:]
	if d > FixedDisplayDecimals {
		frac = strings.TrimRight(frac, "0")
	}
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// FormatAmount is Format followed by a space and the token symbol, e.g. "1.50 tCNY".
func FormatAmount(v *big.Int, decimals uint8, symbol string) string {
	if symbol == "" {
		return Format(v, decimals)
	}
	return Format(v, decimals) + " " + symbol
}
