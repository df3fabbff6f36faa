package units

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func bi(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		dec  uint8
		want string
	}{
		{"1.5", 18, "1500000000000000000"},
		{"200.00", 2, "20000"},
		{"200", 2, "20000"},
		{"0.01", 2, "1"},
		{"0.000000000000000001", 18, "1"},
		{"0", 18, "0"},
		{"0.00", 2, "0"},
		{"007.10", 2, "710"},
		{"1.500", 2, "150"}, // trailing zeros beyond the decimals lose nothing
		{"1.0", 0, "1"},
		{"42", 0, "42"},
		{"340282366920938463463.374607431768211455", 18, "340282366920938463463374607431768211455"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := Parse(tc.in, tc.dec)
			require.NoError(t, err)
			require.Equal(t, tc.want, got.String())
		})
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		in   string
		dec  uint8
		want string // the error message, exactly
	}{
		{"", 2, "the amount is empty; give a number such as 1.5"},
		{"-1", 2, `amount "-1" is negative; amounts must be positive`},
		{"1.001", 2, `amount "1.001" has 3 decimals but the token has only 2`},
		{"0.0000000000000000001", 18, `amount "0.0000000000000000001" has 19 decimals but the token has only 18`},
		{"1.5", 0, `amount "1.5" has 1 decimals but the token has none; give a whole number`},
		{"1e18", 18, `amount "1e18" uses an exponent; write the number out in full, e.g. 1500`},
		{"1E3", 18, `amount "1E3" uses an exponent; write the number out in full, e.g. 1500`},
		{" 1", 2, `amount " 1" contains a space or separator; write the digits together, e.g. 1000.5`},
		{"1 000", 2, `amount "1 000" contains a space or separator; write the digits together, e.g. 1000.5`},
		{"1_000", 2, `amount "1_000" contains a space or separator; write the digits together, e.g. 1000.5`},
		{"1,5", 2, `amount "1,5" has a comma: use a point for decimals (1.5) and no thousands separators`},
		{"1,000.00", 2, `amount "1,000.00" has a comma: use a point for decimals (1.5) and no thousands separators`},
		{"NaN", 2, `amount "NaN" is not a number (unexpected 'N'); write digits with an optional point, e.g. 1.5`},
		{"Inf", 2, `amount "Inf" is not a number (unexpected 'I'); write digits with an optional point, e.g. 1.5`},
		{"0x10", 2, `amount "0x10" is not a number (unexpected 'x'); write digits with an optional point, e.g. 1.5`},
		{"+1", 2, `amount "+1" has a sign; write just the digits`},
		{"1.2.3", 2, `amount "1.2.3" has more than one decimal point`},
		{".5", 2, `amount ".5" needs digits on both sides of the point, e.g. 0.5 or 5.0`},
		{"5.", 2, `amount "5." needs digits on both sides of the point, e.g. 0.5 or 5.0`},
		{".", 2, `amount "." needs digits on both sides of the point, e.g. 0.5 or 5.0`},
		{"１", 2, `amount "１" is not a number (unexpected '１'); write digits with an optional point, e.g. 1.5`},
		{"1", 78, "a token with 78 decimals is not supported (at most 77)"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			v, err := Parse(tc.in, tc.dec)
			require.Nil(t, v)
			require.EqualError(t, err, tc.want)
		})
	}
}

func TestParsePositive(t *testing.T) {
	v, err := ParsePositive("0.01", 2)
	require.NoError(t, err)
	require.Equal(t, int64(1), v.Int64())
	for _, zero := range []string{"0", "0.00", "000"} {
		_, err := ParsePositive(zero, 2)
		require.EqualError(t, err, `amount "`+zero+`" is zero; give an amount greater than 0`)
	}
	_, err = ParsePositive("-1", 2)
	require.EqualError(t, err, `amount "-1" is negative; amounts must be positive`)
}

func TestFormat(t *testing.T) {
	tests := []struct {
		v    *big.Int
		dec  uint8
		want string
	}{
		{big.NewInt(20000), 2, "200.00"},
		{big.NewInt(1), 2, "0.01"},
		{big.NewInt(150), 2, "1.50"},
		{big.NewInt(0), 2, "0.00"},
		{big.NewInt(5), 1, "0.5"},
		{big.NewInt(7), 0, "7"},
		{bi("1500000000000000000"), 18, "1.5"},
		{bi("1000000000000000000"), 18, "1"},
		{big.NewInt(1), 18, "0.000000000000000001"},
		{big.NewInt(0), 18, "0"},
		{big.NewInt(1500000), 6, "1.5"},
		{bi("340282366920938463463374607431768211455"), 18, "340282366920938463463.374607431768211455"},
		{big.NewInt(-150), 2, "-1.50"},
		{nil, 2, "0.00"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			require.Equal(t, tc.want, Format(tc.v, tc.dec))
		})
	}
}

// TestRoundTrip checks Parse(Format(v)) == v over a spread of values and decimals.
func TestRoundTrip(t *testing.T) {
	values := []string{"0", "1", "9", "10", "99", "100", "123456789", "1000000000000000000", "340282366920938463463374607431768211455"}
	for _, dec := range []uint8{0, 1, 2, 6, 8, 18, 30} {
		for _, s := range values {
			v := bi(s)
			got, err := Parse(Format(v, dec), dec)
			require.NoError(t, err, "dec %d value %s", dec, s)
			require.Equal(t, v.String(), got.String(), "dec %d", dec)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	require.Equal(t, "1.50 tCNY", FormatAmount(big.NewInt(150), 2, "tCNY"))
	require.Equal(t, "1.50", FormatAmount(big.NewInt(150), 2, ""))
	require.Equal(t, "0.5 ETH", FormatAmount(bi("500000000000000000"), 18, "ETH"))
}
