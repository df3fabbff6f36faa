package cli

import (
	"context"
	"encoding/csv"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/indexer"
)

// C1 by the keeper: one pass refunds every expired packet, in batches, exactly once; a second pass and a
// second keeper send nothing.
func TestKeeperOnce(t *testing.T) {
	h := newHarness(t)
	short := []string{"--expires", "5m", "--yes", "--token", "tCNY"}
	a := h.okJSON(args("send", "--shares", "2", "--amount", "10", short, as(0))...)
	b := h.okJSON(args("send", "--shares", "3", "--lucky", "--amount", "30", short, as(0))...)
	c := h.okJSON(args("send", "--to", addr(2).Hex(), "--amount", "5", short, as(0))...)
	h.okJSON(args("send", "--shares", "2", "--amount", "0.2", "--open", "--yes", as(0))...) // expires in 24h
	h.okJSON(args("claim", str(t, a, "packetId"), "--code", str(t, a, "claimCode"), as(1))...)

	early := h.okJSON(args("keeper", "--once", as(7))...)
	require.EqualValues(t, 0, early["refunded"])
	require.EqualValues(t, 4, early["open"])
	require.FileExists(t, str(t, early, "checkpoint"))

	h.timeTravel(6 * time.Minute)
	sender := h.tokenBalance(addr(0))
	pass := h.okJSON(args("keeper", "--once", "--batch", "2", as(7))...)
	require.EqualValues(t, 3, pass["refunded"])
	require.EqualValues(t, 2, pass["batches"], "3 due packets in batches of 2")
	require.EqualValues(t, 1, pass["open"], "the 24h packet waits")
	require.Positive(t, pass["gasUsed"].(float64))
	require.Equal(t, new(big.Int).Add(sender, big.NewInt(500+3000+500)), h.tokenBalance(addr(0)), "the unclaimed rests came back")
	for _, p := range []map[string]any{a, b, c} {
		require.Equal(t, client.StatusClosed, h.packet(str(t, p, "packetId")).Status)
	}

	keeperNonce, otherNonce := h.nonce(addr(7)), h.nonce(addr(8))
	again := h.okJSON(args("keeper", "--once", as(7))...)
	require.EqualValues(t, 0, again["refunded"])
	other := h.okJSON(args("keeper", "--once", as(8))...) // a second keeper, from scratch
	require.EqualValues(t, 0, other["refunded"])
	require.Equal(t, keeperNonce, h.nonce(addr(7)), "no duplicate refund was sent")
	require.Equal(t, otherNonce, h.nonce(addr(8)), "the second keeper simulated and sent nothing")
	require.Contains(t, h.ok(args("keeper", "--once", as(7))...), "Nothing to refund")
}

// keeper without --once runs until cancelled and serves its metrics.
func TestKeeperRunsWithMetrics(t *testing.T) {
	h := newHarness(t)
	h.okJSON(args("send", "--shares", "1", "--amount", "1", "--expires", "5m", "--token", "tCNY", as(0))...)
	h.timeTravel(6 * time.Minute)
	k := h.start(args("keeper", "--metrics", "127.0.0.1:0", "--interval", "1s", as(6))...)
	metrics := str(t, k.info, "metrics")
	require.True(t, strings.HasSuffix(metrics, "/metrics"), metrics)
	require.Eventually(t, func() bool {
		code, body := get(t, metrics)
		return code == 200 && strings.Contains(body, "hongbao_keeper_packets_refunded_total 1")
	}, 60*time.Second, 50*time.Millisecond)
	_, body := get(t, metrics)
	require.Contains(t, body, "hongbao_keeper_batches_sent_total 1")
	require.Contains(t, body, "# TYPE hongbao_keeper_gas_used_total counter")
	k.stop()
	require.Contains(t, k.errb.String(), "keeper started", "structured logs on stderr")
}

func TestKeeperBadInput(t *testing.T) {
	h := newHarness(t)
	for _, tc := range []struct {
		code string
		args []string
	}{
		{"InvalidBatch", args("keeper", "--once", "--batch", "0", as(7))},
		{"InvalidBatch", args("keeper", "--once", "--batch", "501", as(7))},
		{"InvalidDuration", args("keeper", "--interval", "10ms", as(7))},
		{"InvalidArgs", args("keeper", "now", as(7))},
		{"NoSigner", args("keeper", "--once")},
	} {
		before := h.snapshot(addr(7))
		require.Equal(t, ExitUsage, h.fails(tc.code, tc.args...).code, tc.args)
		h.requireUnchanged(addr(7), before)
	}
	before := h.snapshot(addr(7))
	require.Equal(t, ExitFailure, h.fails("ListenFailed", args("keeper", "--once", "--metrics", "256.0.0.1:1", as(7))...).code)
	h.requireUnchanged(addr(7), before)
}

// index, history, export and reconcile (rules §6), and a tampered index that reconcile catches.
func TestRecords(t *testing.T) {
	h := newHarness(t)
	d := h.okJSON(args("send", "--to", addr(1).Hex(), "--amount", "12.34", "--token", "tCNY", "--yes", as(0))...)
	id := str(t, d, "packetId")
	h.okJSON(args("claim", id, as(1))...)
	g := h.okJSON(args("send", "--shares", "2", "--amount", "0.2", "--yes", as(0))...)
	gid := str(t, g, "packetId")

	// Every send already brought the index up to date for its risk checks: `index` finds what came after.
	ix := h.okJSON("index")
	require.Positive(t, ix["events"].(float64))
	require.EqualValues(t, 2, ix["packets"])
	require.FileExists(t, str(t, ix, "db"))
	again := h.okJSON("index")
	require.EqualValues(t, 0, again["events"], "caught up: nothing new")
	elsewhere := filepath.Join(t.TempDir(), "audit.db")
	other := h.okJSON("index", "--db", elsewhere)
	require.Equal(t, elsewhere, str(t, other, "db"))
	require.Equal(t, ix["packets"], other["packets"], "a fresh database reads the same packets")
	require.Greater(t, other["events"].(float64), ix["events"].(float64), "a fresh database reads every event")
	require.FileExists(t, elsewhere)

	hist := h.okJSON("history", "--packet", id)["records"].([]any)
	require.Equal(t, []string{"PacketSent", "Claimed"}, eventNames(hist))
	claimed := hist[1].(map[string]any)
	require.Equal(t, addr(1).Hex(), claimed["account"])
	require.Equal(t, "1234", claimed["amountBase"])
	require.NotEmpty(t, claimed["txHash"])
	mine := h.okJSON(args("history", as(1))...)["records"].([]any)
	require.Equal(t, []string{"PacketSent", "Claimed"}, eventNames(mine), "account 1's history: the packet to it and its claim")
	require.Contains(t, h.ok("history", "--address", addr(1).Hex()), "12.34 tCNY")

	rows := readCSV(t, h.ok("history", "--packet", id, "--csv"))
	require.Equal(t, "block_number", rows[0][0])
	require.Len(t, rows, 3)
	require.Equal(t, "Claimed", rows[2][5])
	require.Equal(t, "1234", rows[2][13])
	require.Equal(t, "12.34", rows[2][14])

	today := time.Now().UTC().Format("2006-01-02")
	all := readCSV(t, h.ok("export", "--from", "2000-01-01", "--csv"))
	require.Greater(t, len(all), 4, "every event: policy, ownership, sends, claim")
	require.Len(t, readCSV(t, h.ok("export", "--from", "2000-01-01", "--to", "2000-01-02")), 1, "only the header")
	out := filepath.Join(t.TempDir(), "audit.csv")
	ex := h.okJSON("export", "--to", "2999-12-31", "--out", out)
	require.EqualValues(t, len(all)-1, ex["count"])
	require.FileExists(t, out)
	require.NotEmpty(t, today)

	rec := h.okJSON("reconcile")
	require.Equal(t, true, rec["balanced"])
	require.Equal(t, false, rec["deficit"])
	eth := tokenLine(t, rec, "ETH")
	require.Equal(t, "200000000000000000", eth["onChain"])
	require.Equal(t, "200000000000000000", eth["packets"])
	require.EqualValues(t, 1, eth["livePackets"])
	require.Contains(t, h.ok("reconcile"), "Balanced: the escrow holds exactly what it owes.")

	// Tamper with the index: it now says the escrow owes more than it holds.
	tamper(t, str(t, ix, "db"), gid, "300000000000000000")
	res := h.run("reconcile", "--no-sync")
	require.Equal(t, ExitFailure, res.code)
	require.Equal(t, "Deficit", asError(res.err).Code)
	require.Contains(t, res.stdout, "DEFICIT")
	require.Contains(t, res.stderr, "0.1 ETH short in ETH")
	res = h.run("reconcile", "--no-sync", "--json")
	require.Equal(t, ExitFailure, res.code)
	j := decodeOne(t, res.stdout)
	require.Equal(t, true, j["deficit"])
	require.Equal(t, "Deficit", j["error"].(map[string]any)["code"])
	require.Equal(t, "-100000000000000000", tokenLine(t, j, "ETH")["difference"])

	// The other way round it is a surplus: reported, not a failure.
	tamper(t, str(t, ix, "db"), gid, "100000000000000000")
	sur := h.okJSON("reconcile", "--no-sync")
	require.Equal(t, false, sur["balanced"])
	require.Equal(t, "100000000000000000", tokenLine(t, sur, "ETH")["difference"])
	require.Contains(t, h.ok("reconcile", "--no-sync"), "surplus")
}

func TestRecordsBadInput(t *testing.T) {
	h := newHarness(t)
	for _, tc := range []struct {
		code  string
		usage bool
		args  []string
	}{
		{"InvalidPacketID", true, args("history", "--packet", "abc")},
		{"InvalidAddress", true, args("history", "--address", "0x12")},
		{"InvalidArgs", true, args("history", "7")},
		{"InvalidDate", true, args("export", "--from", "yesterday")},
		{"InvalidFlag", true, args("export", "--from", "2026-05-02", "--to", "2026-05-01")},
		{"InvalidArgs", true, args("index", "now")},
		{"InvalidArgs", true, args("reconcile", "all")},
		{"NoIndex", false, args("reconcile", "--no-sync")},
		{"NoIndex", false, args("history", "--no-sync")},
	} {
		res := h.fails(tc.code, tc.args...)
		if tc.usage {
			require.Equal(t, ExitUsage, res.code, tc.args)
		} else {
			require.Equal(t, ExitFailure, res.code, tc.args)
		}
	}
	res := h.run("history", "--csv", "--json")
	require.Equal(t, ExitUsage, res.code)
	require.Equal(t, "InvalidFlag", decodeOne(t, res.stdout)["error"].(map[string]any)["code"])
}

// index --follow keeps the index current until cancelled.
func TestIndexFollow(t *testing.T) {
	h := newHarness(t)
	f := h.start("index", "--follow", "--interval", "50ms")
	require.Equal(t, true, f.info["following"])
	s := h.okJSON(args("send", "--shares", "1", "--amount", "1", "--token", "tCNY", as(0))...)
	require.Eventually(t, func() bool {
		res := h.run("history", "--no-sync", "--packet", str(t, s, "packetId"), "--json")
		return res.err == nil && strings.Contains(res.stdout, "PacketSent")
	}, 60*time.Second, 50*time.Millisecond)
	f.stop()
}

func eventNames(recs []any) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.(map[string]any)["event"].(string)
	}
	return out
}

func readCSV(t *testing.T, s string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	require.NoError(t, err, s)
	return rows
}

func tokenLine(t *testing.T, rec map[string]any, symbol string) map[string]any {
	t.Helper()
	for _, x := range rec["tokens"].([]any) {
		if l := x.(map[string]any); l["symbol"] == symbol {
			return l
		}
	}
	t.Fatalf("no %s line in %v", symbol, rec)
	return nil
}

// tamper sets a packet's remaining in the index database behind the indexer's back.
func tamper(t *testing.T, path, id, remaining string) {
	t.Helper()
	db, err := indexer.Open(context.Background(), path)
	require.NoError(t, err)
	defer db.Close()
	res, err := db.SQL().Exec(`UPDATE packets SET remaining = ? WHERE id = ?`, remaining, id)
	require.NoError(t, err)
	n, err := res.RowsAffected()
	require.NoError(t, err)
	require.EqualValues(t, 1, n, fmt.Sprintf("packet %s is in the index", id))
	_, err = os.Stat(path)
	require.NoError(t, err)
}
