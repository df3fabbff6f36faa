package cli

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// show of a closed packet says where the money went (the closing clause, amount, receiver and transaction) and
// keeps the shares and times it was sent with, whether it reads the local index or the chain.
func TestShowClosedPacket(t *testing.T) {
	h := newHarness(t)
	d := h.okJSON(args("send", "--to", addr(2).Hex(), "--amount", "1.5", "--yes", as(0))...)
	id := str(t, d, "packetId")
	dec := h.okJSON(args("decline", id, as(2))...)
	g := h.okJSON(args("send", "--shares", "3", "--amount", "0.3", "--open", as(0))...)
	gid := str(t, g, "packetId")
	h.okJSON(args("claim", gid, as(3))...)
	h.timeTravel(24*time.Hour + time.Minute)
	h.okJSON(args("refund", gid, as(4))...)

	for _, source := range []string{"index", "chain"} {
		if source == "chain" {
			require.NoError(t, os.RemoveAll(filepath.Join(h.home, "index")))
		}
		s := h.okJSON("show", id)
		require.Equal(t, "closed", s["status"], source)
		require.EqualValues(t, 1, s["shares"], source)
		require.NotZero(t, s["expiresAt"], source)
		c := s["closedBy"].(map[string]any)
		require.Equal(t, "declined", c["reason"], source)
		require.Equal(t, "1500000000000000000", c["amount"], source)
		require.Equal(t, addr(0).Hex(), c["to"], source)
		require.Equal(t, str(t, dec, "txHash"), c["txHash"], source)

		s = h.okJSON("show", gid)
		require.EqualValues(t, 3, s["shares"], source)
		c = s["closedBy"].(map[string]any)
		require.Equal(t, "refunded", c["reason"], source)
		require.Equal(t, "200000000000000000", c["amount"], source)
		require.Contains(t, h.ok("show", gid), "refunded after expiry (C1): 0.2 ETH back to "+addr(0).Hex(), source)
	}
}
