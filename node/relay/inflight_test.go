package relay

import (
	"math/big"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
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

// TestTicketHeldWhileInFlight: a second claim with a ticket that is being submitted (from another address) is
// refused with TicketInProgress; once the first is done, the ticket can be tried again (the simulation then
// says whether it was used).
func TestTicketHeldWhileInFlight(t *testing.T) {
	r := &Relayer{slots: newInflight()}
	auth := client.EncodeTicketAuth(4, common.Hash{1}, common.Hash{2}, nil)
	claim := func(who byte) *claimRequest {
		return &claimRequest{ID: big.NewInt(7), Claimer: common.Address{who}, Auth: auth}
	}
	first, e := r.holdTicket(claim(1))
	require.Nil(t, e)
	for _, who := range []byte{2, 1} {
		_, e = r.holdTicket(claim(who))
		require.NotNil(t, e)
		require.Equal(t, http.StatusConflict, e.Status)
		require.Equal(t, "TicketInProgress", e.Code)
		require.Equal(t, "a claim with ticket 4 of packet 7 is being submitted right now; each ticket claims once", e.Message)
	}
	other, e := r.holdTicket(&claimRequest{ID: big.NewInt(7), Claimer: common.Address{2}, Auth: client.EncodeTicketAuth(5, common.Hash{}, common.Hash{}, nil)})
	require.Nil(t, e, "another ticket of the packet is free")
	first.release(common.Address{1})
	first.done()
	again, e := r.holdTicket(claim(2))
	require.Nil(t, e)
	again.release(common.Address{2})
	again.done()
	other.release(common.Address{2})
	other.done()
	require.Empty(t, r.slots.slots, "every hold was given back")
}
