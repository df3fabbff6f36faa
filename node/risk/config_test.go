package risk

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseConfig(t *testing.T) {
	cases := []struct {
		name string
		body string
		kind string // "" when accepted
		want func(*Config)
	}{
		{name: "empty object keeps every default", body: `{}`, want: func(*Config) {}},
		{name: "a field left out keeps its default", body: `{"burst": {"count": 10, "window": "1m"}, "new-recipient": {"enabled": false}}`,
			want: func(c *Config) {
				c.Burst = BurstRule{Enabled: true, Window: "1m", Count: 10}
				c.NewRecipient.Enabled = false
			}},
		{name: "a decimal factor", body: `{"far-above-usual": {"factor": 2.5}}`, want: func(c *Config) { c.FarAboveUsual.Factor = 2.5 }},
		{name: "a night that wraps midnight", body: `{"night-send": {"from": "22:00", "to": "07:00"}}`,
			want: func(c *Config) { c.NightSend.From, c.NightSend.To = "22:00", "07:00" }},
		{name: "unknown field", body: `{"burst": {"count": 2, "windw": "5m"}}`, kind: ConfigNotJSON},
		{name: "not JSON", body: `burst=2`, kind: ConfigNotJSON},
		{name: "two objects", body: `{} {}`, kind: ConfigSeveral},
		{name: "factor below 1", body: `{"far-above-usual": {"factor": 0.5}}`, kind: ConfigBadValue},
		{name: "minHistory 0", body: `{"far-above-usual": {"minHistory": 0}}`, kind: ConfigBadValue},
		{name: "night factor below 1", body: `{"night-send": {"factor": 0}}`, kind: ConfigBadValue},
		{name: "bad clock", body: `{"night-send": {"from": "25:00"}}`, kind: ConfigBadValue},
		{name: "bad window", body: `{"burst": {"window": "soon"}}`, kind: ConfigBadValue},
		{name: "negative window", body: `{"burst": {"window": "-5m"}}`, kind: ConfigBadValue},
		{name: "count 0", body: `{"burst": {"count": 0}}`, kind: ConfigBadValue},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseConfig([]byte(tc.body))
			if tc.kind != "" {
				var ce *ConfigError
				require.True(t, errors.As(err, &ce), "%v", err)
				require.Equal(t, tc.kind, ce.Kind, "%v", err)
				return
			}
			require.NoError(t, err)
			want := DefaultConfig()
			tc.want(&want)
			require.Equal(t, want, got)
		})
	}
}
