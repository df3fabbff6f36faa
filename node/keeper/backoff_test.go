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

func TestErrorClasses(t *testing.T) {
	for _, tc := range []struct {
		msg                       string
		known, nonceLow, rejected bool
	}{
		{msg: "already known", known: true},
		{msg: "Known transaction: 0xabc", known: true},
		{msg: "nonce too low: next nonce 5, tx nonce 4", nonceLow: true},
		{msg: "insufficient funds for gas * price + value", rejected: true},
		{msg: "connection reset by peer"},
	} {
		t.Run(tc.msg, func(t *testing.T) {
			err := errString(tc.msg)
			require.Equal(t, tc.known, isKnown(err))
			require.Equal(t, tc.nonceLow, isNonceTooLow(err))
			require.Equal(t, tc.rejected, isRejected(err))
		})
	}
}

type errString string

func (e errString) Error() string { return string(e) }
