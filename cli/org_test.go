package cli

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/indexer"
	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// budgetOf reads an organisation's tCNY budget on chain.
func (h *harness) budgetOf(org uint64) *big.Int {
	h.t.Helper()
	b, err := h.client(-1).OrgBudget(context.Background(), org, h.tcny)
	require.NoError(h.t, err)
	return b
}

// rules §5 through the CLI: a budget, a member's send, an admin's intercept back to the budget, caps, removal,
// the treasury as the only way out.
func TestOrganisation(t *testing.T) {
	h := newHarness(t)
	created := h.okJSON(args("org", "create", "--treasury", addr(9).Hex(), as(0))...)
	require.Equal(t, "1", created["orgId"], "ids are strings in JSON")
	require.Equal(t, addr(0).Hex(), str(t, created, "creator"))
	require.Equal(t, addr(9).Hex(), str(t, created, "treasury"))
	h.okJSON(args("org", "add-admin", "1", addr(3).Hex(), as(0))...)

	funder := h.tokenBalance(addr(0))
	fund := h.okJSON(args("org", "fund", "1", "--amount", "1000", "--token", "tCNY", as(0))...)
	require.Equal(t, "100000", str(t, fund, "amount"))
	require.Equal(t, "100000", str(t, fund, "budget"))
	require.Equal(t, sub(funder, big.NewInt(100000)), h.tokenBalance(addr(0)))
	member := h.okJSON(args("org", "add-member", "1", addr(1).Hex(), "--token", "tCNY", "--per-packet", "300", "--daily", "500", as(0))...)
	require.Equal(t, "30000", str(t, member, "perPacketCap"))
	require.Equal(t, "50000", str(t, member, "dailyCap"))

	// The member sends from the budget: its own balance does not move.
	employee := h.snapshot(addr(1))
	sent := h.okJSON(args("send", "--org", "1", "--shares", "4", "--amount", "200", "--token", "tCNY", "--yes", as(1))...)
	require.EqualValues(t, 1, sent["org"])
	require.Equal(t, employee.tcny, h.tokenBalance(addr(1)))
	require.Equal(t, big.NewInt(80000), h.budgetOf(1))
	id := str(t, sent, "packetId")
	require.Contains(t, h.ok(args("send", "--org", "1", "--shares", "1", "--amount", "1", "--token", "tCNY", "--yes", as(1))...),
		"organisation 1 paid")

	// show says whose budget it is and who can intercept it.
	show := h.okJSON("show", id)
	require.Equal(t, "1", show["orgId"])
	require.Equal(t, []any{addr(0).Hex(), addr(3).Hex()}, show["orgAdmins"])
	require.Equal(t, []any{addr(0).Hex(), addr(3).Hex()}, show["interceptors"])
	human := h.ok("show", id)
	require.Contains(t, human, "organisation 1: paid from its budget")
	require.Contains(t, human, "revocable by any admin of organisation 1 (0xf39F…2266, 0x90F7…b906)")
	require.Contains(t, human, "goes back to organisation 1's budget")

	// A stranger cannot intercept; an admin can, and the budget is whole again.
	stranger := h.snapshot(addr(5))
	res := h.fails("NotGuardian", args("intercept", id, as(5))...)
	require.Contains(t, res.stderr, "an admin of organisation 1")
	h.requireUnchanged(addr(5), stranger)
	ic := h.okJSON(args("intercept", id, as(3))...)
	require.Equal(t, "Intercepted", str(t, ic, "event"))
	require.Equal(t, "20000", str(t, ic, "amount"))
	require.Equal(t, "1", ic["budget"])
	require.Equal(t, big.NewInt(99900), h.budgetOf(1))

	// Over the per-packet cap: refused, nothing sent.
	before := h.snapshot(addr(1))
	h.fails("OverPacketCap", args("send", "--org", "1", "--to", addr(2).Hex(), "--amount", "400", "--token", "tCNY", "--yes", as(1))...)
	h.requireUnchanged(addr(1), before)

	// Unused budget goes only to the treasury; non-admins cannot move it.
	h.fails("NotOrgAdmin", args("org", "withdraw", "1", "--amount", "1", "--token", "tCNY", as(1))...)
	treasury := h.tokenBalance(addr(9))
	w := h.okJSON(args("org", "withdraw", "1", "--amount", "100", "--token", "tCNY", as(3))...)
	require.Equal(t, addr(9).Hex(), str(t, w, "to"))
	require.Equal(t, "89900", str(t, w, "budget"))
	require.Equal(t, new(big.Int).Add(treasury, big.NewInt(10000)), h.tokenBalance(addr(9)))

	// A removed member stops; org show lists everything.
	h.okJSON(args("org", "remove-member", "1", addr(1).Hex(), as(0))...)
	before = h.snapshot(addr(1))
	h.fails("NotOrgMember", args("send", "--org", "1", "--shares", "1", "--amount", "1", "--token", "tCNY", "--yes", as(1))...)
	h.requireUnchanged(addr(1), before)
	o := h.okJSON("org", "show", "1")
	require.Equal(t, addr(9).Hex(), str(t, o, "treasury"))
	require.Equal(t, []any{addr(0).Hex(), addr(3).Hex()}, o["admins"])
	members := o["members"].([]any)
	require.Len(t, members, 1)
	require.Equal(t, false, members[0].(map[string]any)["active"])
	budgets := o["budgets"].([]any)
	require.Equal(t, "89900", budgets[0].(map[string]any)["amount"])
	require.Contains(t, h.ok("org", "show", "1"), "removed, cannot send")

	all := h.okJSON(args("org", "withdraw", "1", "--all", "--token", "tCNY", as(0))...)
	require.Equal(t, "89900", str(t, all, "amount"))
	require.Zero(t, h.budgetOf(1).Sign())
	h.fails("EmptyBudget", args("org", "withdraw", "1", "--all", "--token", "tCNY", as(0))...)

	// A treasury change waits 24h; the last admin stays.
	tr := h.okJSON(args("org", "treasury", "1", addr(8).Hex(), as(0))...)
	require.InDelta(t, float64(time.Now().Add(24*time.Hour).Unix()), tr["effectiveAt"], 3600)
	require.Equal(t, addr(8).Hex(), str(t, h.okJSON("org", "show", "1"), "pendingTreasury"))
	h.okJSON(args("org", "remove-admin", "1", addr(3).Hex(), as(0))...)
	h.fails("LastAdmin", args("org", "remove-admin", "1", addr(0).Hex(), as(0))...)
}

// org show rebuilds its lists from the local index's copy of the organisation's logs when the index is
// current (brought up to date first: only the new blocks are read), and from the chain's logs otherwise (no
// index, or one further behind than a page); both give the same organisation.
func TestOrgShowFromIndex(t *testing.T) {
	h := newHarness(t)
	h.okJSON(args("org", "create", "--treasury", addr(9).Hex(), as(0))...)
	h.okJSON(args("org", "create", "--treasury", addr(8).Hex(), as(4))...) // another organisation's events in the index
	h.okJSON(args("org", "add-admin", "1", addr(3).Hex(), as(0))...)
	h.okJSON(args("org", "add-admin", "1", addr(2).Hex(), as(0))...)
	h.okJSON(args("org", "remove-admin", "1", addr(3).Hex(), as(0))...)
	h.okJSON(args("org", "add-admin", "1", addr(3).Hex(), as(2))...) // last added last
	h.okJSON(args("org", "fund", "1", "--amount", "300", "--token", "tCNY", as(0))...)
	h.okJSON(args("org", "fund", "1", "--amount", "0.5", as(0))...)
	h.okJSON(args("org", "add-member", "1", addr(1).Hex(), "--token", "tCNY", "--per-packet", "100", "--daily", "200", as(0))...)
	h.okJSON(args("org", "add-member", "1", addr(5).Hex(), "--token", "ETH", "--per-packet", "0.1", "--daily", "0.2", as(0))...)
	h.okJSON(args("send", "--org", "1", "--shares", "2", "--amount", "50", "--token", "tCNY", "--yes", as(1))...)
	h.okJSON(args("org", "remove-member", "1", addr(5).Hex(), as(0))...)

	p, url := h.proxy(faultproxy.Config{})
	show := func(t *testing.T, extra ...string) (map[string]any, int) {
		t.Helper()
		p.Reset()
		res := h.runVia(url, nil, append([]string{"--json", "org", "show", "1"}, extra...)...)
		require.NoError(t, res.err, res.stderr)
		return decodeOne(t, res.stdout), p.Counts()["eth_getLogs"]
	}
	fromChain, chainLogs := show(t)
	require.Positive(t, chainLogs, "no index: the organisation's logs come from the chain")
	require.NoFileExists(t, filepath.Join(h.home, "index"), "org show makes no index")
	require.Equal(t, []any{addr(0).Hex(), addr(2).Hex(), addr(3).Hex()}, fromChain["admins"])
	require.Len(t, fromChain["members"], 2)
	require.Len(t, fromChain["budgets"], 2)

	h.okJSON("index")
	checkpoint := func() uint64 {
		t.Helper()
		db, err := indexer.Open(context.Background(), filepath.Join(h.home, "index",
			fmt.Sprintf("%d-%s.db", h.chain.Deployment.ChainID, h.chain.Deployment.Escrow.Hex())))
		require.NoError(t, err)
		defer db.Close()
		cp, err := db.Checkpoint(context.Background())
		require.NoError(t, err)
		return cp.Block
	}
	head := func() uint64 {
		t.Helper()
		n, err := h.ec.BlockNumber(context.Background())
		require.NoError(t, err)
		return n
	}

	t.Run("a current index", func(t *testing.T) {
		fromIndex, logs := show(t)
		require.Zero(t, logs, "the index is up to date: no eth_getLogs")
		require.Equal(t, fromChain, fromIndex)
	})
	t.Run("a page behind: brought up to date, then read", func(t *testing.T) {
		h.okJSON(args("org", "add-member", "1", addr(6).Hex(), "--token", "tCNY", "--per-packet", "1", "--daily", "2", as(0))...)
		require.Less(t, checkpoint(), head())
		fromIndex, _ := show(t)
		require.Equal(t, head(), checkpoint(), "synced")
		require.Len(t, fromIndex["members"], 3, "the new member, from the blocks the sync read")
		again, _ := show(t, "--db", filepath.Join(t.TempDir(), "none.db"))
		require.Equal(t, again, fromIndex, "as the chain has it")
	})
	t.Run("further behind than a page: the chain, the index left as it is", func(t *testing.T) {
		h.okJSON(args("org", "fund", "1", "--amount", "1", "--token", "tCNY", as(0))...)
		h.okJSON(args("org", "fund", "1", "--amount", "1", "--token", "tCNY", as(0))...)
		before := checkpoint()
		require.Greater(t, head(), before+1)
		fromChain, logs := show(t, "--max-block-range", "1")
		require.Positive(t, logs)
		require.Equal(t, before, checkpoint(), "not synced")
		fromIndex, _ := show(t)
		require.Equal(t, fromChain, fromIndex)
	})
}

// Bad org command lines: usage errors with exit code 2, and nothing sent.
func TestOrgBadInput(t *testing.T) {
	h := newHarness(t)
	h.okJSON(args("org", "create", "--treasury", addr(9).Hex(), as(0))...)
	cases := []struct {
		code  string
		usage bool
		args  []string
	}{
		{"InvalidArgs", true, args("org", as(0))},
		{"InvalidArgs", true, args("org", "dissolve", "1", as(0))},
		{"InvalidOrgID", true, args("org", "show", "abc")},
		{"InvalidOrgID", true, args("org", "show", "0")},
		{"InvalidArgs", true, args("org", "show")},
		{"OrgNotFound", false, args("org", "show", "99")},
		{"InvalidFlag", true, args("org", "create", as(0))},
		{"InvalidAddress", true, args("org", "create", "--treasury", "0x12", as(0))},
		{"InvalidAddress", true, args("org", "add-admin", "1", "nobody", as(0))},
		{"InvalidArgs", true, args("org", "add-admin", "1", as(0))},
		{"InvalidFlag", true, args("org", "add-member", "1", addr(1).Hex(), "--token", "tCNY", as(0))},
		{"InvalidFlag", true, args("org", "add-member", "1", addr(1).Hex(), "--token", "tCNY", "--per-packet", "300", "--daily", "100", as(0))},
		{"InvalidAmount", true, args("org", "add-member", "1", addr(1).Hex(), "--token", "tCNY", "--per-packet", "1.001", "--daily", "5", as(0))},
		{"MissingAmount", true, args("org", "fund", "1", "--token", "tCNY", as(0))},
		{"InvalidFlag", true, args("org", "withdraw", "1", "--amount", "1", "--all", as(0))},
		{"InvalidFlag", true, args("org", "withdraw", "1", as(0))},
		{"NoSigner", true, args("org", "fund", "1", "--amount", "1")},
		{"NotOrgAdmin", false, args("org", "fund", "1", "--amount", "1", "--token", "tCNY", as(2))},
		{"NotOrgAdmin", false, args("org", "add-member", "1", addr(2).Hex(), "--per-packet", "1", "--daily", "1", as(2))},
		{"OrgNotFound", false, args("org", "fund", "7", "--amount", "1", as(0))},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args[:min(len(tc.args), 3)], " ")+" "+tc.code, func(t *testing.T) {
			before, other := h.snapshot(addr(0)), h.snapshot(addr(2))
			res := h.fails(tc.code, tc.args...)
			require.Empty(t, res.stdout)
			if tc.usage {
				require.Equal(t, ExitUsage, res.code)
			} else {
				require.Equal(t, ExitFailure, res.code)
			}
			h.requireUnchanged(addr(0), before)
			h.requireUnchanged(addr(2), other)
		})
	}
}

// rules §4: loosening waits 24h (and can be cancelled); a tighter lock is not a loosening.
func TestLockLoosen(t *testing.T) {
	h := newHarness(t)
	h.fails("NoLock", args("lock", "loosen", "--token", "tCNY", "--threshold", "1000", as(0))...)
	h.okJSON(args("lock", "set", "--token", "tCNY", "--threshold", "500", "--min-delay", "2h", as(0))...)
	res := h.fails("NotALoosening", args("lock", "loosen", "--token", "tCNY", "--threshold", "400", as(0))...)
	require.Contains(t, res.stderr, "lock set")

	l := h.okJSON(args("lock", "loosen", "--token", "tCNY", "--threshold", "1000", as(0))...)
	require.Equal(t, true, l["deferred"])
	require.Equal(t, "100000", str(t, l, "threshold"))
	require.EqualValues(t, 7200, l["minDelay"], "the delay is kept from the lock in effect")
	require.InDelta(t, float64(time.Now().Add(24*time.Hour).Unix()), l["effectiveAt"], 3600)
	shown := h.okJSON(args("lock", "show", "--token", "tCNY", as(0))...)
	require.Equal(t, "50000", str(t, shown, "threshold"), "the current lock holds")
	require.Equal(t, "100000", str(t, shown, "pendingThreshold"))
	s := h.okJSON(args("send", "--shares", "1", "--amount", "600", "--token", "tCNY", "--yes", as(0))...)
	require.EqualValues(t, 7200, s["lockApplied"].(map[string]any)["to"], "still locked while the loosening waits")

	c := h.okJSON(args("lock", "loosen", "--token", "tCNY", "--cancel", as(0))...)
	require.Equal(t, true, c["cancelled"])
	require.NotContains(t, h.okJSON(args("lock", "show", "--token", "tCNY", as(0))...), "pendingAt")
	h.fails("NothingPending", args("lock", "loosen", "--token", "tCNY", "--cancel", as(0))...)

	rm := h.okJSON(args("lock", "loosen", "--token", "tCNY", "--remove", as(0))...)
	require.Equal(t, true, rm["deferred"])
	require.EqualValues(t, 0, rm["minDelay"])
	require.Contains(t, h.ok(args("lock", "show", "--token", "tCNY", as(0))...), "loosening pending")
	h.timeTravel(24*time.Hour + time.Minute)
	after := h.okJSON(args("send", "--shares", "1", "--amount", "600", "--token", "tCNY", "--yes", as(0))...)
	require.Nil(t, after["lockApplied"], "24h later the lock is gone")

	for _, bad := range [][]string{
		args("lock", "loosen", "--token", "tCNY", as(0)),
		args("lock", "loosen", "--token", "tCNY", "--cancel", "--threshold", "5", as(0)),
		args("lock", "loosen", "--token", "tCNY", "--remove", "--min-delay", "1h", as(0)),
		args("lock", "set", "--token", "tCNY", "--threshold", "5", "--min-delay", "1h", "--remove", as(0)),
	} {
		before := h.snapshot(addr(0))
		require.Equal(t, ExitUsage, h.fails("InvalidFlag", bad...).code)
		h.requireUnchanged(addr(0), before)
	}
}

// Each org action has its own help page, however it is asked for.
func TestOrgHelp(t *testing.T) {
	hermetic(t)
	for _, a := range [][]string{{"org", "add-member", "--help"}, {"org", "help", "add-member"}, {"org", "add-member", "-h"}} {
		var out, errb strings.Builder
		require.NoError(t, Run(t0(), append([]string{"hongbao"}, a...), strings.NewReader(""), &out, &errb), a)
		require.Contains(t, out.String(), "hongbao org add-member - let an address send packets", a)
		require.Contains(t, out.String(), "--per-packet value", a)
	}
}

// Money that goes back to a budget is said to go there, not to a wallet.
func TestDescribeToBudget(t *testing.T) {
	m := money{symbol: "tCNY", decimals: 2}
	for event, want := range map[string]string{
		"Intercepted":      "Intercepted packet 7 (C6): the unclaimed 2.00 tCNY went back to the budget of organisation 3",
		"Refunded":         "Refunded packet 7 (C1): the unclaimed 2.00 tCNY went back to the budget of organisation 3",
		"CoolOffWithdrawn": "Withdrew packet 7 in its cool-off (C2): 2.00 tCNY went back to the budget of organisation 3",
		"Declined":         "Declined packet 7 (C4): 2.00 tCNY went back to the budget of organisation 3",
	} {
		res := &client.WithdrawResult{ID: big.NewInt(7), Event: event, Amount: big.NewInt(200), Budget: 3}
		require.Equal(t, want, describeWithdraw(res, nil, m))
	}
}
