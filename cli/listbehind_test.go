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

// list with an index far behind the head (more than listFullPages log pages): it does not catch the index up
// (no eth_getLogs at all), reads the packets sent since the index's newest from the escrow's views, takes
// every packet's state from them, answers --received-by and --claimable-by with hasClaimedMany, and says what
// it left out. Once `hongbao index` has caught up, list reads the index alone and the totals are back.
func TestListIndexFarBehind(t *testing.T) {
	h := newHarness(t)
	db := filepath.Join(t.TempDir(), "list-index.db")
	send := func(who int, a ...string) map[string]any {
		return h.okJSON(args("send", a, "--token", "tCNY", "--yes", as(who))...)
	}
	id := func(p map[string]any) string { return str(t, p, "packetId") }

	// Before the index's checkpoint.
	p1 := send(0, "--to", addr(1).Hex(), "--amount", "1")     // Direct to 1, claimed after the checkpoint
	p2 := send(0, "--shares", "2", "--amount", "2", "--open") // open group, 1 claims a share after it
	p3 := send(3, "--to", addr(1).Hex(), "--amount", "3")     // another sender's Direct to 1, untouched
	ix := h.okJSON("--db", db, "index")
	require.EqualValues(t, 3, ix["packets"], "the index holds the three packets")

	// The chain moves on 150 blocks: with 10-block pages the index is 15 pages behind, past listFullPages.
	require.NoError(t, h.ec.Client().CallContext(context.Background(), nil, "anvil_mine", hexutil.Uint64(150)))
	h.ok(args("claim", id(p1), as(1))...)
	h.ok(args("claim", id(p2), as(1))...)
	p4 := send(0, "--to", addr(2).Hex(), "--amount", "1") // new, unclaimed: its total is its remaining
	p5 := send(0, "--shares", "2", "--amount", "4")       // new, claim code, claimed by 1: total unknown
	h.ok(args("claim", id(p5), "--code", str(t, p5, "claimCode"), as(1))...)
	p6 := send(3, "--shares", "2", "--amount", "2", "--open") // new, another sender's open packet

	proxy, url := h.proxy(faultproxy.Config{})
	list := func(t *testing.T, filter ...string) (map[string]any, map[string]map[string]any) {
		t.Helper()
		proxy.Reset()
		res := h.runVia(url, nil, append([]string{"--json", "--db", db, "--max-block-range", "10", "list"}, filter...)...)
		require.NoError(t, res.err, "list %v: %s", filter, res.stderr)
		out := decodeOne(t, res.stdout)
		byID := map[string]map[string]any{}
		for _, p := range out["packets"].([]any) {
			byID[p.(map[string]any)["packetId"].(string)] = p.(map[string]any)
		}
		return out, byID
	}

	tests := []struct {
		name    string
		filter  []string
		wantIDs []string
		check   func(t *testing.T, got map[string]map[string]any, state map[string]any)
	}{
		{name: "sent by: the index's packets in their state now, and the new ones", filter: []string{"--sent-by", addr(0).Hex()},
			wantIDs: []string{id(p1), id(p2), id(p4), id(p5)},
			check: func(t *testing.T, got map[string]map[string]any, state map[string]any) {
				require.Equal(t, "closed", got[id(p1)]["status"], "claimed after the checkpoint: the view says closed")
				require.Equal(t, "100", got[id(p1)]["total"], "the index has its total")
				require.EqualValues(t, 1, got[id(p2)]["claimed"], "one share claimed after the checkpoint")
				require.Equal(t, "100", got[id(p2)]["remaining"])
				require.Equal(t, "100", got[id(p4)]["total"], "nothing left it yet: its total is what remains")
				require.Equal(t, "", got[id(p5)]["total"], "claimed from: its total is in its PacketSent log only")
				require.Equal(t, "200", got[id(p5)]["remaining"])
				require.ElementsMatch(t, []any{id(p1), id(p2), id(p5)}, state["claimsUnknown"], "claimed from since the checkpoint")
			}},
		{name: "received by: Direct packets to it and packets it claimed since", filter: []string{"--received-by", addr(1).Hex()},
			wantIDs: []string{id(p1), id(p2), id(p3), id(p5)}},
		{name: "claimable by a recipient of a new Direct packet", filter: []string{"--claimable-by", addr(2).Hex()},
			wantIDs: []string{id(p2), id(p4), id(p6)}},
		{name: "claimable by a claimer: not what it claimed since", filter: []string{"--claimable-by", addr(1).Hex()},
			wantIDs: []string{id(p3), id(p6)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, got := list(t, tt.filter...)
			ids := make([]string, 0, len(got))
			for k := range got {
				ids = append(ids, k)
			}
			sort.Strings(ids)
			want := append([]string(nil), tt.wantIDs...)
			sort.Strings(want)
			require.Equal(t, want, ids)
			require.Zero(t, proxy.Counts()["eth_getLogs"], "list did not catch the index up")
			state, ok := out["index"].(map[string]any)
			require.True(t, ok, "list says the index is behind: %v", out)
			require.Equal(t, ix["checkpoint"], state["block"], "the index was left where it was")
			require.GreaterOrEqual(t, state["behind"], float64(150))
			require.Equal(t, id(p3), state["fromChainAfterId"], "packets after the index's newest came from the chain")
			require.Contains(t, state["note"], "`hongbao index`")
			if tt.check != nil {
				tt.check(t, got, state)
			}
		})
	}

	t.Run("text: the note on stderr, an unknown total as ?", func(t *testing.T) {
		res := h.runVia(url, nil, "--db", db, "--max-block-range", "10", "list", "--sent-by", addr(0).Hex())
		require.NoError(t, res.err, res.stderr)
		require.Contains(t, res.stderr, "the index is ")
		require.Contains(t, res.stderr, "blocks behind the head")
		require.Contains(t, res.stdout, "4 packets sent by")
		require.Regexp(t, `(?m)^\s+`+id(p1)+`\s+direct\s+closed\s.*\s\?\s+-$`, res.stdout, "p1's claims since the checkpoint are unknown")
		require.Regexp(t, `(?m)^\s+`+id(p5)+`\s+equal\s+\S+\s+\?\s`, res.stdout, "p5's total is unknown")
	})

	t.Run("caught up by hongbao index: the index alone, totals and claims back", func(t *testing.T) {
		h.okJSON("--db", db, "index")
		out, got := list(t, "--sent-by", addr(0).Hex())
		require.Nil(t, out["index"], "the index is current")
		require.Len(t, got, 4)
		require.Equal(t, "400", got[id(p5)]["total"])
		require.Len(t, got[id(p5)]["claims"], 1)
		require.Len(t, got[id(p1)]["claims"], 1)
	})
}

// viewsCheaper weighs the catch-up's requests (a page of blocks each) against the views' (client.ViewPage
// packets each).
func TestListViewsCheaper(t *testing.T) {
	tests := []struct {
		name                     string
		behind, page, newPackets uint64
		want                     bool
	}{
		{name: "90 pages behind, a few packets since", behind: 90_000, page: 1_000, newPackets: 3, want: true},
		{name: "90 pages behind, 9,000 packets since: 90 calls either way", behind: 90_000, page: 1_000, newPackets: 9_000, want: true},
		{name: "90 pages behind, 9,100 packets since", behind: 90_000, page: 1_000, newPackets: 9_100, want: false},
		{name: "a busy escrow on a wide range", behind: 200_000, page: 10_000, newPackets: 50_000, want: false},
		{name: "no range known yet: a block a page", behind: 500, page: 0, newPackets: 100, want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, viewsCheaper(tt.behind, tt.page, tt.newPackets))
		})
	}
}
