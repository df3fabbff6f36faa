package keeper

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestBackoffDelays(t *testing.T) {
	b := Backoff{Initial: 100 * time.Millisecond, Max: time.Second}.withDefaults()
	var got []time.Duration
	for n := 0; n < 7; n++ {
		got = append(got, b.Delay(n))
	}
	ms := time.Millisecond
	require.Equal(t, []time.Duration{100 * ms, 200 * ms, 400 * ms, 800 * ms, time.Second, time.Second, time.Second}, got)
	require.Equal(t, time.Second, b.Delay(1000), "no overflow for a large n")
	require.Equal(t, 6, b.Attempts)

	d := Backoff{}.withDefaults()
	require.Equal(t, Backoff{Initial: 500 * ms, Max: time.Minute, Attempts: 6}, d)
}
