package units

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestFormatSpan(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0s"},
		{42 * time.Second, "42s"},
		{1499 * time.Millisecond, "1s"},
		{4*time.Minute + 30*time.Second, "4m30s"},
		{5 * time.Minute, "5m"},
		{12*time.Minute + 5*time.Second, "12m"},
		{2 * time.Hour, "2h"},
		{23*time.Hour + 59*time.Minute, "23h59m"},
		{24 * time.Hour, "1d"},
		{51 * time.Hour, "2d3h"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, FormatSpan(tc.d), "%s", tc.d)
	}
}

func TestGroupDigits(t *testing.T) {
	for n, want := range map[uint64]string{0: "0", 999: "999", 1000: "1,000", 1_234_567: "1,234,567"} {
		require.Equal(t, want, GroupDigits(n))
	}
}
