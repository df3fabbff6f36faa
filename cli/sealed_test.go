package cli

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

// A sealed lucky packet end to end on the dev chain: send --lucky --sealed, a claim that takes an index and
// waits for its draw (the dev chain is asked for the next block), a --no-wait claim that stays pending, show
// with the pending share, settle by a third party, and the amounts adding up to the total.
func TestSealedSendClaimShowSettle(t *testing.T) {
	h := newHarness(t)
	sent := h.okJSON(args("send", "--shares", "3", "--lucky", "--sealed", "--amount", "300", "--token", "tCNY", "--tickets", as(0))...)
	id := str(t, sent, "packetId")
	require.Equal(t, "sealed-lucky", str(t, sent, "kind"))
	tickets := strs(t, sent, "tickets")

	before := h.tokenBalance(addr(1))
	c := h.okJSON(args("claim", id, "--code", tickets[0], as(1))...)
	require.Equal(t, true, c["sealed"])
	require.Equal(t, true, c["drawn"])
	require.Equal(t, false, c["pending"])
	require.EqualValues(t, 0, c["index"])
	require.Equal(t, "Claimed", str(t, c, "event"))
	require.Equal(t, true, c["drawnByMe"])
	amount0, ok := new(big.Int).SetString(str(t, c, "amount"), 10)
	require.True(t, ok)
	require.Positive(t, amount0.Sign())
	require.Equal(t, new(big.Int).Add(before, amount0), h.tokenBalance(addr(1)), "the drawn share reached the claimer")

	p := h.okJSON(args("claim", id, "--code", tickets[1], "--no-wait", as(2))...)
	require.Equal(t, true, p["pending"])
	require.Equal(t, "0", str(t, p, "amount"))
	require.EqualValues(t, 1, p["index"])

	rec := h.okJSON("reconcile")
	require.Equal(t, true, rec["balanced"], "pending shares are still the packet's money")
	pendingShares := 0
	for _, line := range rec["tokens"].([]any) {
		pendingShares += int(line.(map[string]any)["pendingShares"].(float64))
	}
	require.Equal(t, 1, pendingShares)
	hist := h.ok("history", "--packet", id)
	require.Contains(t, hist, "SharePending")

	show := h.okJSON("show", id)
	pending, _ := show["pending"].([]any)
	require.NotNil(t, pending, "%v", show)
	require.Len(t, pending, 1)
	require.Equal(t, addr(2).Hex(), pending[0].(map[string]any)["claimer"])
	human := h.ok("show", id)
	require.Contains(t, human, "1 of 3 shares drawn, 1 waiting for their draw")
	// people count shares from 1 (JSON keeps the contract's 0-based index)
	require.Contains(t, human, "share 2  "+addr(2).Hex()+"  drawing… (claimed in block")
	require.Contains(t, human, "share 1  "+addr(1).Hex())
	require.Contains(t, human, "refundable by anyone from", "one share is nobody's yet: it can still go back")

	// the dev chain mines on transactions: the next one (the settle itself) is the block after the claim, where
	// the share is not ready yet
	res := h.fails("DrawNotReady", args("settle", id, as(3))...)
	require.Contains(t, asError(res.err).Message, "packet "+id+": the next share waiting is drawn from the next block's hash")
	h.ok(args("claim", id, "--code", tickets[2], "--no-wait", as(4))...) // the block after share 1's: draws nothing
	require.Contains(t, h.ok("show", id), "Nobody can take it back: every share left is held by a claim waiting for its draw.")
	require.Empty(t, h.okJSON("show", id)["takeBack"])
	tests := []struct {
		claimer int
		index   int
		pending int
	}{
		{2, 1, 1}, // share 1 is ready, share 2 was claimed in the block before
		{4, 2, 0},
	}
	for _, tc := range tests {
		st := h.okJSON(args("settle", id, as(3))...)
		drawn := st["drawn"].([]any)
		require.Len(t, drawn, 1)
		require.Equal(t, addr(tc.claimer).Hex(), drawn[0].(map[string]any)["claimer"])
		require.EqualValues(t, tc.index, drawn[0].(map[string]any)["index"])
		require.Len(t, st["pending"], tc.pending)
	}

	closed := h.okJSON("show", id)
	require.Equal(t, "closed", str(t, closed, "status"))
	total := new(big.Int)
	for i, cl := range closed["claims"].([]any) {
		m := cl.(map[string]any)
		require.EqualValues(t, i, m["index"])
		v, _ := new(big.Int).SetString(m["amount"].(string), 10)
		total.Add(total, v)
	}
	require.Equal(t, "30000", total.String(), "the three shares are the whole packet")
	h.fails("PacketClosed", args("settle", id, as(3))...)
}

func TestSealedFlags(t *testing.T) {
	h := newHarness(t)
	tests := []struct {
		name string
		args []string
		code string
	}{
		{"sealed without lucky", args("send", "--shares", "2", "--sealed", "--amount", "2", as(1)), "InvalidFlag"},
		{"sealed direct", args("send", "--to", addr(2).Hex(), "--sealed", "--amount", "2", as(1)), "InvalidFlag"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := h.snapshot(addr(1))
			h.fails(tc.code, tc.args...)
			h.requireUnchanged(addr(1), before)
		})
	}
	// the advice is a note on stderr; the result on stdout
	sendOK := func(a ...string) result {
		res := h.run(a...)
		require.NoError(t, res.err, "stderr: %s", res.stderr)
		return res
	}
	res := sendOK(args("send", "--shares", "2", "--lucky", "--amount", "300", "--token", "tCNY", "--tickets", as(1))...)
	require.Contains(t, res.stderr, "[sealed-draw] 300.00 tCNY is above 200.00 tCNY (the first undo tier of tCNY): a lucky share drawn at the claim can be foreseen")
	require.Contains(t, res.stderr, "choose the sealed draw, so that each share is drawn from the hash of the block after its claim (--sealed)")
	res = sendOK(args("send", "--shares", "2", "--lucky", "--amount", "100", "--token", "tCNY", "--tickets", as(1))...)
	require.NotContains(t, res.stderr+res.stdout, "sealed-draw")
	res = sendOK(args("send", "--shares", "2", "--lucky", "--sealed", "--amount", "300", "--token", "tCNY", "--tickets", as(1))...)
	require.NotContains(t, res.stderr+res.stdout, "sealed-draw")
	require.Contains(t, res.stdout, "sealed-lucky, 300.00 tCNY in 2 shares")
}

// claim --relayer of a sealed packet: the claimer (no ETH) takes an index through the relayer, which draws
// the share in the background; the claimer's tool watches and prints the amount and the relayer's fee.
func TestSealedRelayedClaim(t *testing.T) {
	h := newHarness(t)
	w := h.start(args("web", "--addr", "127.0.0.1:0", "--min-fee", "tCNY=0.01", as(8))...)
	url := str(t, w.info, "url")
	sent := h.okJSON(args("send", "--shares", "2", "--lucky", "--sealed", "--amount", "2", "--token", "tCNY", "--open", "--yes", as(0))...)
	id := str(t, sent, "packetId")
	key, who := freshKey(t)
	c := h.okJSON("claim", id, "--private-key", key, "--relayer", url, "--max-fee", "0.01")
	require.Equal(t, true, c["drawn"])
	require.EqualValues(t, 0, c["index"])
	require.Equal(t, addr(8).Hex(), str(t, c, "relayer"))
	require.Equal(t, "1", str(t, c, "fee"), "the fee, capped at the minimum share, is paid at the draw")
	amount := bigOf(t, str(t, c, "amount"))
	require.Equal(t, new(big.Int).Sub(amount, big.NewInt(1)), h.tokenBalance(who), "the claimer got the share less the fee")
	w.stop()
}

// Claiming again after a --no-wait claim waits for that share's draw instead of failing.
func TestSealedClaimAgainWaits(t *testing.T) {
	h := newHarness(t)
	sent := h.okJSON(args("send", "--shares", "2", "--lucky", "--sealed", "--amount", "2", "--open", "--yes", as(0))...)
	id := str(t, sent, "packetId")
	first := h.okJSON(args("claim", id, "--no-wait", as(1))...)
	require.Equal(t, true, first["pending"])
	again := h.okJSON(args("claim", id, as(1))...)
	require.Equal(t, true, again["drawn"])
	require.EqualValues(t, 0, again["index"])
	claims := h.okJSON("show", id)["claims"].([]any)
	require.Len(t, claims, 1)
	require.Equal(t, str(t, again, "amount"), claims[0].(map[string]any)["amount"])
}

// keeper --once draws the shares that still wait for their draw a few blocks after their claim.
func TestSealedKeeperSettles(t *testing.T) {
	h := newHarness(t)
	sent := h.okJSON(args("send", "--shares", "3", "--lucky", "--sealed", "--amount", "3", "--open", "--yes", as(0))...)
	id := str(t, sent, "packetId")
	h.ok(args("claim", id, "--no-wait", as(1))...)
	h.ok(args("claim", id, "--no-wait", as(2))...)
	young := h.okJSON(args("keeper", "--once", as(7))...)
	require.EqualValues(t, 0, young["settled"], "claimed in the last blocks: left to the claimers")
	for range 3 {
		require.NoError(t, h.ec.Client().Call(nil, "evm_mine"))
	}
	pass := h.okJSON(args("keeper", "--once", as(7))...)
	require.EqualValues(t, 2, pass["settled"])
	require.Contains(t, h.ok(args("keeper", "--once", "--settle-after", "1", as(7))...), "Nothing to refund")
	show := h.okJSON("show", id)
	require.Len(t, show["claims"], 2)
	require.Nil(t, show["pending"])
	h.fails("InvalidFlag", args("keeper", "--once", "--settle-after", "0", as(7))...)
}
