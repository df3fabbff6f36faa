package cli

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
)

// A lucky packet from account 0, claimed by accounts 1 and 2 with the printed code, shown and listed.
func TestSendLuckyClaimShowList(t *testing.T) {
	h := newHarness(t)
	senderBefore := h.tokenBalance(addr(0))
	sent := h.okJSON(args("send", "--shares", "3", "--lucky", "--amount", "100", "--token", "tCNY", as(0))...)
	id, code := str(t, sent, "packetId"), str(t, sent, "claimCode")
	require.Equal(t, "lucky", str(t, sent, "kind"))
	require.Equal(t, "10000", str(t, sent, "total"))
	require.NotEmpty(t, str(t, sent, "txHash"))
	require.Greater(t, sent["gasUsed"].(float64), 50_000.0)
	require.Equal(t, "hongbao claim "+id+" --code "+code+" --rpc "+h.chain.HTTPURL, str(t, sent, "claimCommand"))
	require.Equal(t, sub(senderBefore, big.NewInt(10000)), h.tokenBalance(addr(0)))

	claimed := new(big.Int)
	for _, i := range []int{1, 2} {
		before := h.tokenBalance(addr(i))
		c := h.okJSON(args("claim", id, "--code", code, as(i))...)
		require.Equal(t, id, str(t, c, "packetId"))
		amount := bigOf(t, str(t, c, "amount"))
		require.Positive(t, amount.Sign())
		require.Equal(t, new(big.Int).Add(before, amount), h.tokenBalance(addr(i)), "account %d got what claim printed", i)
		claimed.Add(claimed, amount)
	}

	show := h.okJSON("show", id)
	require.Equal(t, "open", str(t, show, "status"))
	require.Equal(t, "lucky", str(t, show, "kind"))
	require.Equal(t, h.tcny.Hex(), str(t, show, "token"))
	require.Equal(t, "10000", str(t, show, "total"))
	require.Equal(t, sub(big.NewInt(10000), claimed).String(), str(t, show, "remaining"))
	require.EqualValues(t, 3, show["shares"])
	require.EqualValues(t, 2, show["claimed"])
	for _, k := range []string{"releaseAt", "expiresAt", "undoUntil"} {
		require.Positive(t, show[k].(float64), k)
	}
	require.Len(t, show["claims"], 2)

	human := h.ok("show", id)
	require.Contains(t, human, "revocable by 0xf39F…2266 (sender) until")
	require.Contains(t, human, "refundable by anyone from")
	require.Contains(t, human, "Claims so far (2)")

	list := h.okJSON(args("list", as(0))...)
	require.Len(t, list["packets"], 1)
	received := h.okJSON("list", "--received-by", addr(1).Hex())
	require.Len(t, received["packets"], 1)
	none := h.okJSON("list", "--received-by", addr(5).Hex())
	require.Empty(t, none["packets"])
}

// C3 for a group packet (undo), C1 after a day, and refund of several ids.
func TestUndoAndExpiryRefund(t *testing.T) {
	h := newHarness(t)
	undo := h.okJSON(args("send", "--shares", "4", "--amount", "20", "--token", "tCNY", as(0))...)
	h.okJSON(args("claim", str(t, undo, "packetId"), "--code", str(t, undo, "claimCode"), as(1))...)
	before := h.tokenBalance(addr(0))
	w := h.okJSON(args("withdraw", str(t, undo, "packetId"), as(0))...)
	require.Equal(t, "Undone", str(t, w, "event"))
	require.Equal(t, "1500", str(t, w, "amount"))
	require.Equal(t, new(big.Int).Add(before, big.NewInt(1500)), h.tokenBalance(addr(0)))

	a := h.okJSON(args("send", "--shares", "2", "--amount", "10", "--token", "tCNY", as(0))...)
	b := h.okJSON(args("send", "--shares", "2", "--amount", "0.2", "--open", as(0))...)
	h.okJSON(args("claim", str(t, b, "packetId"), as(3))...)
	h.fails("NotExpired", args("refund", str(t, a, "packetId"), as(4))...)

	h.timeTravel(24*time.Hour + time.Minute)
	tBefore, eBefore := h.tokenBalance(addr(0)), h.ethBalance(addr(0))
	r := h.okJSON(args("refund", str(t, a, "packetId"), str(t, b, "packetId"), str(t, undo, "packetId"), as(4))...)
	refunded := r["refunded"].([]any)
	require.Len(t, refunded, 2)
	require.Equal(t, []any{str(t, a, "packetId"), str(t, b, "packetId")}, r["packetIds"])
	require.NotContains(t, r, "amount", "ETH and tCNY do not add up")
	skipped := r["skipped"].([]any)
	require.Len(t, skipped, 1, "the undone packet is closed")
	require.Equal(t, str(t, undo, "packetId"), skipped[0].(map[string]any)["packetId"])
	require.Equal(t, new(big.Int).Add(tBefore, big.NewInt(1000)), h.tokenBalance(addr(0)))
	require.Equal(t, new(big.Int).Add(eBefore, big.NewInt(1e17)), h.ethBalance(addr(0)), "the keeper paid the gas, the sender got 0.1 ETH")
	require.Equal(t, client.StatusClosed, h.packet(str(t, a, "packetId")).Status)
}

// C4 decline, C3 Direct undo request + approval, C5 return, C6 intercept.
func TestRecipientAndGuardianClauses(t *testing.T) {
	h := newHarness(t)
	to := func(i int) []string { return []string{"--to", addr(i).Hex()} }

	dec := h.okJSON(args("send", to(1), "--amount", "66", "--token", "tCNY", "--yes", as(0))...)
	before := h.tokenBalance(addr(0))
	d := h.okJSON(args("decline", str(t, dec, "packetId"), as(1))...)
	require.Equal(t, "Declined", str(t, d, "event"))
	require.Equal(t, "6600", str(t, d, "amount"))
	require.Equal(t, new(big.Int).Add(before, big.NewInt(6600)), h.tokenBalance(addr(0)))

	und := h.okJSON(args("send", to(2), "--amount", "100", "--token", "tCNY", "--yes", as(0))...)
	id := str(t, und, "packetId")
	req := h.okJSON(args("withdraw", id, as(0))...)
	require.Equal(t, "UndoRequested", str(t, req, "event"))
	require.Contains(t, h.ok("show", id), "approve the sender's undo request")
	h.fails("NotRecipient", args("approve", id, as(3))...)
	before = h.tokenBalance(addr(0))
	ap := h.okJSON(args("approve", id, as(2))...)
	require.Equal(t, "UndoApproved", str(t, ap, "event"))
	require.Equal(t, new(big.Int).Add(before, big.NewInt(10000)), h.tokenBalance(addr(0)))

	ret := h.okJSON(args("send", to(3), "--amount", "88.88", "--token", "tCNY", "--yes", as(0))...)
	h.okJSON(args("claim", str(t, ret, "packetId"), as(3))...)
	h.fails("ReturnExceedsClaim", args("return", str(t, ret, "packetId"), "--amount", "100", as(3))...)
	before = h.tokenBalance(addr(0))
	rr := h.okJSON(args("return", str(t, ret, "packetId"), "--amount", "8.88", as(3))...)
	require.Equal(t, "888", str(t, rr, "amount"))
	require.Equal(t, new(big.Int).Add(before, big.NewInt(888)), h.tokenBalance(addr(0)))

	guarded := h.okJSON(args("send", to(4), "--amount", "1000", "--token", "tCNY", "--guardian", addr(5).Hex(), "--yes", as(0))...)
	gid := str(t, guarded, "packetId")
	require.Contains(t, h.ok("show", gid), "revocable by 0x9965…A4dc (guardian) until claimed")
	require.Contains(t, h.fails("NoClause", args("withdraw", gid, as(0))...).stderr, "only the recipient")
	h.fails("NotGuardian", args("intercept", gid, as(6))...)
	before = h.tokenBalance(addr(0))
	ic := h.okJSON(args("intercept", gid, as(5))...)
	require.Equal(t, "Intercepted", str(t, ic, "event"))
	require.Equal(t, new(big.Int).Add(before, big.NewInt(100000)), h.tokenBalance(addr(0)))
}

// C2: a cool-off blocks claims; the sender withdraws everything alone.
func TestCoolOffWithdraw(t *testing.T) {
	h := newHarness(t)
	before := h.ethBalance(addr(0))
	s := h.okJSON(args("send", "--to", addr(1).Hex(), "--amount", "0.5", "--delay", "2h", "--yes", as(0))...)
	id := str(t, s, "packetId")
	show := h.okJSON("show", id)
	require.EqualValues(t, 2*60*60, show["releaseAt"].(float64)-show["createdAt"].(float64))
	require.Contains(t, h.ok("show", id), "the whole packet, cool-off")
	claimer := h.snapshot(addr(1))
	h.fails("NotYetReleased", args("claim", id, as(1))...)
	h.requireUnchanged(addr(1), claimer)
	w := h.okJSON(args("withdraw", id, as(0))...)
	require.Equal(t, "CoolOffWithdrawn", str(t, w, "event"))
	require.Equal(t, "500000000000000000", str(t, w, "amount"))
	require.Equal(t, client.StatusClosed, h.packet(id).Status)
	// Everything came back; the sender is down only the gas of two transactions.
	spent := sub(before, h.ethBalance(addr(0)))
	require.Positive(t, spent.Sign())
	require.Negative(t, spent.Cmp(big.NewInt(1e15)), "only gas is gone: %s wei", spent)
}

// Allowlist packets write proofs next to the list; listed addresses claim with them, others cannot.
func TestAllowlistAndOpen(t *testing.T) {
	h := newHarness(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "friends.txt")
	require.NoError(t, os.WriteFile(list, []byte("# friends\n"+addr(1).Hex()+"\n"+strings.ToLower(addr(2).Hex())+"\n"), 0o644))
	s := h.okJSON(args("send", "--shares", "2", "--amount", "0.2", "--allow", list, as(0))...)
	proofs := filepath.Join(dir, "friends.proofs.json")
	require.Equal(t, proofs, str(t, s, "proofsFile"))
	require.FileExists(t, proofs)
	id := str(t, s, "packetId")
	before := h.ethBalance(addr(2))
	c := h.okJSON(args("claim", id, "--proof", proofs, as(2))...)
	require.Equal(t, "100000000000000000", str(t, c, "amount"))
	require.Equal(t, 1, h.ethBalance(addr(2)).Cmp(before), "the claimer gained (0.1 ETH minus gas)")
	outsider := h.snapshot(addr(3))
	h.fails("NotInAllowlist", args("claim", id, "--proof", proofs, as(3))...)
	h.fails("NotInAllowlist", args("claim", id, as(3))...)
	h.requireUnchanged(addr(3), outsider)

	open := h.okJSON(args("send", "--shares", "2", "--lucky", "--amount", "1", "--token", "tCNY", "--open", as(0))...)
	require.Empty(t, open["claimCode"])
	h.okJSON(args("claim", str(t, open, "packetId"), as(7))...)
	claimable := h.okJSON("list", "--claimable-by", addr(8).Hex())
	require.Len(t, claimable["packets"], 1)
}

// The sender re-displays the claim code; nobody else can.
func TestShowCode(t *testing.T) {
	h := newHarness(t)
	s := h.okJSON(args("send", "--shares", "2", "--amount", "2", "--token", "tCNY", as(0))...)
	id := str(t, s, "packetId")
	shown := h.okJSON(args("show", id, "--code", as(0))...)
	require.Equal(t, str(t, s, "claimCode"), str(t, shown, "claimCode"))
	require.Contains(t, h.ok(args("show", id, "--code", as(0))...), "hongbao claim "+id+" --code "+str(t, s, "claimCode"))
	res := h.run(args("show", id, "--code", as(1))...)
	require.Error(t, res.err)
	require.NotEqual(t, 0, res.code)
	h.fails("NoSigner", "show", id, "--code")
}

// The policy admin reads and sets token policies; anyone else is refused.
func TestPolicy(t *testing.T) {
	h := newHarness(t)
	p := h.okJSON("policy", "show", "--token", "tCNY")
	pol := p["policies"].([]any)[0].(map[string]any)
	require.Equal(t, "tCNY", pol["symbol"])
	require.Equal(t, "1", pol["minShare"])
	tiers := pol["tiers"].([]any)
	require.Len(t, tiers, 2)
	require.Equal(t, "20000", tiers[0].(map[string]any)["maxAmount"])
	require.EqualValues(t, 300, tiers[0].(map[string]any)["window"])
	require.Contains(t, h.ok("policy", "show"), "above 500.00: no undo")

	set := h.okJSON(args("policy", "set", "--token", "ETH", "--min-share", "0.001", "--tier", "1:5m:consent", "--tier", "2:1m", as(0))...)
	require.NotEmpty(t, set["policies"].([]any)[0].(map[string]any)["txHash"])
	eth := h.okJSON("policy", "show", "--token", "ETH")["policies"].([]any)[0].(map[string]any)
	require.Equal(t, "1000000000000000", eth["minShare"])
	require.Len(t, eth["tiers"], 2)
	// The new tier applies to new packets: a 0.5 ETH packet now has a 5-minute undo window.
	s := h.okJSON(args("send", "--shares", "2", "--amount", "0.5", as(0))...)
	require.Positive(t, s["undoUntil"].(float64))

	outsider := h.snapshot(addr(1))
	h.fails("OwnableUnauthorizedAccount", args("policy", "set", "--token", "tCNY", "--default", as(1))...)
	h.requireUnchanged(addr(1), outsider)
	h.fails("InvalidTier", args("policy", "set", "--token", "ETH", "--tier", "2:5m", "--tier", "1:5m", as(0))...)
}

// The demo walks every packet kind and clause and exits 0.
func TestDemo(t *testing.T) {
	hermetic(t)
	var out, errb strings.Builder
	err := Run(t0(), []string{"hongbao", "demo", "--json"}, strings.NewReader(""), &out, &errb)
	require.NoError(t, err, errb.String())
	m := decodeOne(t, out.String())
	require.Equal(t, true, m["ok"])
	require.Len(t, m["steps"], 15)
	// Everything is closed, the organisation's budget went back to the treasury and reconcile balanced: the
	// escrow holds nothing.
	require.Equal(t, map[string]any{"tCNY": "0", "ETH": "0"}, m["escrowBalance"])
	drew := 0
	for _, s := range m["steps"].([]any) {
		if d, ok := s.(map[string]any)["draws"]; ok {
			drew += len(d.([]any))
		}
	}
	require.Equal(t, 2, drew, "the sealed packet's two claims are drawn")
}

func TestHelpSendHasExamples(t *testing.T) {
	hermetic(t)
	var out, errb strings.Builder
	require.NoError(t, Run(t0(), []string{"hongbao", "help", "send"}, strings.NewReader(""), &out, &errb))
	for _, want := range []string{"EXAMPLES", "--lucky", "--delay 2h", "--delay 24h", "--allow friends.txt", "--to value"} {
		require.Contains(t, out.String(), want)
	}
	require.NotContains(t, out.String(), "MISC")
}

// rules §4 security lock: sends above the threshold get the lock's cool-off, and send says so.
func TestSecurityLock(t *testing.T) {
	h := newHarness(t)
	set := h.okJSON(args("lock", "set", "--token", "tCNY", "--threshold", "500", "--min-delay", "2h", as(0))...)
	require.Equal(t, false, set["deferred"], "a tightening applies at once")
	shown := h.okJSON("lock", "show", "--token", "tCNY", "--of", addr(0).Hex())
	require.Equal(t, "50000", shown["threshold"])
	require.EqualValues(t, 7200, shown["minDelay"])

	s := h.okJSON(args("send", "--shares", "1", "--amount", "600", "--token", "tCNY", "--yes", as(0))...)
	lock := s["lockApplied"].(map[string]any)
	require.EqualValues(t, 0, lock["from"])
	require.EqualValues(t, 7200, lock["to"])
	p := h.okJSON("show", str(t, s, "packetId"))
	require.EqualValues(t, 7200, p["releaseAt"].(float64)-p["createdAt"].(float64))

	before := h.snapshot(addr(0))
	h.fails("DelayTooShort", args("send", "--shares", "1", "--amount", "600", "--token", "tCNY", "--strict-delay", "--yes", as(0))...)
	h.requireUnchanged(addr(0), before)
	small := h.okJSON(args("send", "--shares", "1", "--amount", "5", "--token", "tCNY", "--yes", as(0))...)
	require.Nil(t, small["lockApplied"], "at or below the threshold: no lock")

	loosen := h.okJSON(args("lock", "set", "--token", "tCNY", "--threshold", "500", "--min-delay", "0", as(0))...)
	require.Equal(t, true, loosen["deferred"], "a loosening waits 24h")
	require.Contains(t, h.ok("lock", "show", "--token", "tCNY", "--of", addr(0).Hex()), "loosening pending")
	h.fails("InvalidArgs", "lock")
}
