package cli

import (
	"context"
	"path/filepath"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// list --guarded-by: the packets an address may intercept (C6, rules §5) — those it is the guardian of, and
// those sent from the budget of an organisation it is an admin of now. Admins are read at the head: one added
// after the index's checkpoint guards the organisation's earlier packets, one removed since guards none.
// Closed packets stay in. The same ids from a fresh index (brought up to date by list) and from an index far
// behind the head (no eth_getLogs: the index's rows and the views, the escrow asked about admins).
func TestListGuardedBy(t *testing.T) {
	h := newHarness(t)
	behindDB := filepath.Join(t.TempDir(), "behind.db")
	send := func(who int, a ...string) string {
		t.Helper()
		return str(t, h.okJSON(args("send", a, "--token", "tCNY", "--yes", as(who))...), "packetId")
	}
	const creator, removed, member, guardian, plain, added = 0, 3, 1, 5, 4, 8

	// Organisation 1: admins 0 and 3, member 1.
	h.okJSON(args("org", "create", "--treasury", addr(9).Hex(), as(creator))...)
	h.okJSON(args("org", "add-admin", "1", addr(removed).Hex(), as(creator))...)
	h.okJSON(args("org", "fund", "1", "--amount", "1000", "--token", "tCNY", as(creator))...)
	h.okJSON(args("org", "add-member", "1", addr(member).Hex(), "--token", "tCNY", "--per-packet", "300", "--daily", "500", as(creator))...)

	// Before the far-behind index's checkpoint.
	pG := send(plain, "--to", addr(2).Hex(), "--amount", "1", "--guardian", addr(guardian).Hex()) // another sender's, guarded by 5
	pM := send(member, "--org", "1", "--shares", "2", "--amount", "20", "--open")                 // the organisation's, intercepted after the checkpoint
	pMI := send(member, "--org", "1", "--to", addr(2).Hex(), "--amount", "10")                    // the organisation's, intercepted before
	pX := send(plain, "--to", addr(2).Hex(), "--amount", "1")                                     // nobody guards it
	h.okJSON(args("intercept", pMI, as(creator))...)
	ix := h.okJSON("--db", behindDB, "index")
	require.EqualValues(t, 4, ix["packets"])

	// 150 blocks later (15 pages of 10 blocks): admins change, new packets, one intercepted by the new admin.
	require.NoError(t, h.ec.Client().CallContext(context.Background(), nil, "anvil_mine", hexutil.Uint64(150)))
	h.okJSON(args("org", "add-admin", "1", addr(added).Hex(), as(creator))...)
	h.okJSON(args("org", "remove-admin", "1", addr(removed).Hex(), as(creator))...)
	pG2 := send(6, "--to", addr(7).Hex(), "--amount", "1", "--guardian", addr(guardian).Hex())
	pM2 := send(member, "--org", "1", "--to", addr(7).Hex(), "--amount", "5")
	h.okJSON(args("intercept", pM, as(added))...)
	require.NotEmpty(t, pX)

	proxy, url := h.proxy(faultproxy.Config{})
	type listing struct {
		out   map[string]any
		byID  map[string]map[string]any
		ids   []string
		state map[string]any
	}
	decode := func(t *testing.T, res result) listing {
		t.Helper()
		require.NoError(t, res.err, res.stderr)
		l := listing{out: decodeOne(t, res.stdout), byID: map[string]map[string]any{}, ids: []string{}}
		for _, p := range l.out["packets"].([]any) {
			p := p.(map[string]any)
			l.byID[p["packetId"].(string)] = p
			l.ids = append(l.ids, p["packetId"].(string))
		}
		sort.Strings(l.ids)
		l.state, _ = l.out["index"].(map[string]any)
		return l
	}
	paths := []struct {
		name string
		list func(t *testing.T, key int, filter ...string) listing
	}{
		{"index brought up to date", func(t *testing.T, key int, filter ...string) listing {
			res := h.run(args("--json", "--db", filepath.Join(t.TempDir(), "fresh.db"), "list", filter, as(key))...)
			l := decode(t, res)
			require.Nil(t, l.state, "a current index: list read it alone")
			return l
		}},
		{"index far behind: views", func(t *testing.T, key int, filter ...string) listing {
			proxy.Reset()
			res := h.runVia(url, nil, args("--json", "--db", behindDB, "--max-block-range", "10", "list", filter, as(key))...)
			l := decode(t, res)
			require.Zero(t, proxy.Counts()["eth_getLogs"], "list did not catch the index up")
			require.NotNil(t, l.state, "list says the index is behind")
			require.Equal(t, ix["checkpoint"], l.state["block"])
			return l
		}},
	}
	sorted := func(ids ...string) []string {
		out := append([]string{}, ids...)
		sort.Strings(out)
		return out
	}
	tests := []struct {
		name   string
		key    int // the account list runs as
		filter []string
		want   []string
		check  func(t *testing.T, l listing)
	}{
		{name: "a guardian: another sender's packets it guards", key: plain, filter: []string{"--guarded-by", addr(guardian).Hex()},
			want: []string{pG, pG2},
			check: func(t *testing.T, l listing) {
				require.Equal(t, addr(guardian).Hex(), l.byID[pG]["guardian"])
				require.Equal(t, "open", l.byID[pG2]["status"])
			}},
		{name: "the creator admin: the organisation's packets, closed ones too", key: plain, filter: []string{"--guarded-by", addr(creator).Hex()},
			want: []string{pM, pMI, pM2},
			check: func(t *testing.T, l listing) {
				require.Equal(t, "closed", l.byID[pMI]["status"], "intercepted before the checkpoint")
				require.Equal(t, "closed", l.byID[pM]["status"], "intercepted since")
				require.Equal(t, "open", l.byID[pM2]["status"])
				require.Equal(t, "1", l.byID[pM2]["orgId"])
			}},
		{name: "an admin added later guards the earlier packets", key: plain, filter: []string{"--guarded-by", addr(added).Hex()},
			want: []string{pM, pMI, pM2}},
		{name: "a removed admin guards none", key: plain, filter: []string{"--guarded-by", addr(removed).Hex()}, want: []string{}},
		{name: "a member guards none of its packets", key: member, filter: []string{"--guarded-by", addr(member).Hex()}, want: []string{}},
		{name: "AND received by", key: plain, filter: []string{"--guarded-by", addr(creator).Hex(), "--received-by", addr(2).Hex()},
			want: []string{pMI}},
		{name: "AND sent by", key: plain, filter: []string{"--guarded-by", addr(guardian).Hex(), "--sent-by", addr(plain).Hex()},
			want: []string{pG}},
		{name: "AND claimable by: live ones only", key: plain, filter: []string{"--guarded-by", addr(creator).Hex(), "--claimable-by", addr(7).Hex()},
			want: []string{pM2}},
	}
	for _, path := range paths {
		t.Run(path.name, func(t *testing.T) {
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					l := path.list(t, tt.key, tt.filter...)
					require.Equal(t, sorted(tt.want...), l.ids)
					if tt.check != nil {
						tt.check(t, l)
					}
				})
			}
		})
	}

	t.Run("text: the filter in the heading", func(t *testing.T) {
		out := h.ok("--db", filepath.Join(t.TempDir(), "text.db"), "list", "--guarded-by", addr(creator).Hex())
		require.Contains(t, out, "3 packets guarded by "+short(addr(creator))+":")
		require.Regexp(t, `(?m)^\s+`+pMI+`\s+direct\s+closed\s`, out)
		none := h.ok("--db", filepath.Join(t.TempDir(), "none.db"), "list", "--guarded-by", addr(removed).Hex())
		require.Contains(t, none, "No packets guarded by "+short(addr(removed))+".")
	})
	t.Run("a bad address", func(t *testing.T) {
		res := h.fails("InvalidAddress", "list", "--guarded-by", "0x12")
		require.Contains(t, res.stderr, "--guarded-by")
	})
}
