package relay

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// TestInflightReservations: at most `left` claims of a packet in flight, one per claimer, and a read made
// before a claim finished is not trusted.
func TestInflightReservations(t *testing.T) {
	f := newInflight()
	a, b, c := common.Address{1}, common.Address{2}, common.Address{3}
	ta, tb, tc := f.open("7"), f.open("7"), f.open("7")

	gen := ta.generation()
	res, _ := ta.reserve(a, 2, gen)
	require.Equal(t, reserved, res)
	res, _ = tb.reserve(a, 2, gen)
	require.Equal(t, duplicate, res, "one claim per claimer in flight")
	res, _ = tb.reserve(b, 2, gen)
	require.Equal(t, reserved, res)
	res, wait := tc.reserve(c, 2, gen)
	require.Equal(t, full, res, "two shares left, two claims in flight")

	ta.release(a)
	select {
	case <-wait:
	default:
		t.Fatal("a finished claim wakes the waiting ones")
	}
	res, _ = tc.reserve(c, 1, gen)
	require.Equal(t, stale, res, "the shares left were read before a's claim finished")
	res, _ = tc.reserve(c, 1, tc.generation())
	require.Equal(t, full, res, "b still holds the one share left")

	other := f.open("8")
	res, _ = other.reserve(c, 1, other.generation())
	require.Equal(t, reserved, res, "packets are independent")

	tb.release(b)
	for _, tk := range []*ticket{ta, tb, tc} {
		tk.done()
	}
	require.NotContains(t, f.slots, "7", "a packet nobody looks at is forgotten")
	require.Contains(t, f.slots, "8")
	other.release(c)
	other.done()
	require.Empty(t, f.slots)
}
