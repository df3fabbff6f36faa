package deploy

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in       string
		decimals uint8
		want     string // base units; "" = error
		errLike  string
	}{
		{"200.00", 2, "20000", ""},
		{"200", 2, "20000", ""},
		{"0.01", 2, "1", ""},
		{"0.1", 2, "10", ""},
		{"500.000", 2, "50000", ""}, // extra zeros are exact
		{"1", 18, "1000000000000000000", ""},
		{"0.000000000000000001", 18, "1", ""},
		{"123456789012345678901234567890.5", 1, "1234567890123456789012345678905", ""},
		{"7", 0, "7", ""},
		{"0", 2, "0", ""},
		{"0.001", 2, "", "more than 2 decimal places"},
		{"1.5", 0, "", "more than 0 decimal places"},
		{"-1", 2, "", "not a plain decimal"},
		{"+1", 2, "", "not a plain decimal"},
		{"1e3", 2, "", "not a plain decimal"},
		{"1.", 2, "", "not a plain decimal"},
		{".5", 2, "", "not a plain decimal"},
		{"", 2, "", "not a plain decimal"},
		{" 1", 2, "", "not a plain decimal"},
		{"1,000.00", 2, "", "not a plain decimal"},
		{"0x10", 2, "", "not a plain decimal"},
		{"1.2.3", 2, "", "not a plain decimal"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseAmount(tc.in, tc.decimals)
			if tc.want == "" {
				require.ErrorContains(t, err, tc.errLike)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got.String())
		})
	}
}

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		v        int64
		decimals uint8
		want     string
	}{
		{20000, 2, "200.00"},
		{1, 2, "0.01"},
		{0, 2, "0.00"},
		{5, 0, "5"},
		{-150, 2, "-1.50"},
		{1, 18, "0.000000000000000001"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, FormatAmount(big.NewInt(tc.v), tc.decimals))
		if tc.v >= 0 {
			back, err := ParseAmount(tc.want, tc.decimals)
			require.NoError(t, err)
			require.Equal(t, tc.v, back.Int64(), "round trip of %s", tc.want)
		}
	}
}

// The committed testnet/policy.json must be exactly the rules §4 default.
func TestTestnetPolicyFileIsDefault(t *testing.T) {
	p, err := LoadPolicy(filepath.Join("..", "..", "testnet", "policy.json"))
	require.NoError(t, err)
	require.Equal(t, DefaultPolicy(), p)
}

func TestDefaultPolicyResolvesToSpecTiers(t *testing.T) {
	tp := DefaultPolicy().Tokens["tCNY"]
	minShare, tiers, err := tp.Resolve(2)
	require.NoError(t, err)
	require.Equal(t, int64(1), minShare.Int64())
	require.Equal(t, []escrow.IHongbaoEscrowTier{
		{MaxAmount: big.NewInt(20000), Window: 300, Consent: true},
		{MaxAmount: big.NewInt(50000), Window: 120, Consent: true},
	}, tiers)
}

func TestResolveLimits(t *testing.T) {
	tests := []struct {
		name     string
		tp       TokenPolicy
		decimals uint8
		errLike  string
	}{
		{"minShare below one base unit", TokenPolicy{MinShare: "0.001"}, 2, "more than 2 decimal places"},
		{"minShare zero after scaling", TokenPolicy{MinShare: "0.000"}, 2, "minShare must be positive"},
		{"minShare over uint96", TokenPolicy{MinShare: "79228162514264337593543950336"}, 0, "uint96"},
		{"maxAmount over uint128", TokenPolicy{MinShare: "1", Tiers: []Tier{
			{MaxAmount: "340282366920938463463374607431768211456", Window: "1m"}}}, 0, "uint128"},
		{"maxAmount precision", TokenPolicy{MinShare: "1", Tiers: []Tier{{MaxAmount: "1.005", Window: "1m"}}}, 2,
			"tier 1 maxAmount"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := tc.tp.Resolve(tc.decimals)
			require.ErrorContains(t, err, tc.errLike)
		})
	}
	// The largest values that fit are accepted.
	ms, tiers, err := TokenPolicy{MinShare: "79228162514264337593543950335", Tiers: []Tier{
		{MaxAmount: "340282366920938463463374607431768211455", Window: "1193046h28m15s"}}}.Resolve(0)
	require.NoError(t, err)
	require.Equal(t, maxUint96, ms)
	require.Equal(t, maxUint128, tiers[0].MaxAmount)
	require.Equal(t, uint32(4294967295), tiers[0].Window)
}

func TestParsePolicy(t *testing.T) {
	ok := `{"tokens": {"tCNY": {"minShare": "0.01", "tiers": [{"maxAmount": "200.00", "window": "5m", "consent": true}]},
		"ETH": {"minShare": "0.0001", "tiers": []},
		"0x5FbDB2315678afecb367f032d93F642f64180aa3": {"minShare": "1", "tiers": [{"maxAmount": "10", "window": "90s"}]}}}`
	p, err := ParsePolicy([]byte(ok))
	require.NoError(t, err)
	require.Len(t, p.Tokens, 3)
	require.Equal(t, "90s", p.Tokens["0x5FbDB2315678afecb367f032d93F642f64180aa3"].Tiers[0].Window)
	require.False(t, p.Tokens["0x5FbDB2315678afecb367f032d93F642f64180aa3"].Tiers[0].Consent)

	tier := func(max, window string) string {
		return `{"maxAmount": "` + max + `", "window": "` + window + `", "consent": true}`
	}
	policy := func(minShare string, tiers ...string) string {
		return `{"tokens": {"tCNY": {"minShare": "` + minShare + `", "tiers": [` + strings.Join(tiers, ",") + `]}}}`
	}
	nine := make([]string, 9)
	for i := range nine {
		nine[i] = tier(strings.Repeat("9", i+1), "1m")
	}
	bad := []struct {
		name, json, errLike string
	}{
		{"not json", `{"tokens": `, "parse"},
		{"trailing data", policy("1") + ` {}`, "trailing data"},
		{"unknown field", `{"tokens": {"tCNY": {"minShare": "1", "tier": []}}}`, `unknown field "tier"`},
		{"no tokens", `{"tokens": {}}`, "policy has no tokens"},
		{"missing tokens", `{}`, "policy has no tokens"},
		{"empty key", `{"tokens": {"": {"minShare": "1"}}}`, "empty token key"},
		{"bad address", `{"tokens": {"0x1234": {"minShare": "1"}}}`, "not a valid 0x address"},
		{"minShare missing", `{"tokens": {"tCNY": {}}}`, "minShare"},
		{"minShare zero", policy("0"), "minShare must be positive"},
		{"minShare negative", policy("-1"), "not a plain decimal"},
		{"minShare as number", `{"tokens": {"tCNY": {"minShare": 1}}}`, "parse"},
		{"maxAmount bad", policy("1", tier("2OO", "5m")), "tier 1 maxAmount"},
		{"maxAmount zero", policy("1", tier("0", "5m")), "tier 1 maxAmount must be positive"},
		{"unsorted", policy("1", tier("500", "5m"), tier("200", "2m")), "tier 2 maxAmount 200 is not above tier 1's 500"},
		{"equal", policy("1", tier("200.00", "5m"), tier("200", "2m")), "is not above"},
		{"window bad", policy("1", tier("200", "five minutes")), "tier 1 window"},
		{"window missing", policy("1", `{"maxAmount": "1"}`), "tier 1 window"},
		{"window zero", policy("1", tier("200", "0s")), "must be positive"},
		{"window negative", policy("1", tier("200", "-5m")), "must be positive"},
		{"window fraction", policy("1", tier("200", "1.5s")), "whole number of seconds"},
		{"window too long", policy("1", tier("200", "1193046h28m16s")), "uint32"},
		{"too many tiers", policy("1", nine...), "9 tiers; the escrow allows at most 8"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParsePolicy([]byte(tc.json))
			require.ErrorContains(t, err, tc.errLike)
		})
	}
}

func TestLoadPolicyErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	_, err := LoadPolicy(filepath.Join(dir, "missing.json"))
	require.ErrorIs(t, err, os.ErrNotExist)

	path := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"tokens": {"tCNY": {"minShare": "x"}}}`), 0o644))
	_, err = LoadPolicy(path)
	require.ErrorContains(t, err, path)
	require.ErrorContains(t, err, `token "tCNY": minShare: "x" is not a plain decimal number`)
}
