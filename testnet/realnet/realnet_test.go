package realnet

import (
	"context"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/units"
	"github.com/hongbao/hongbao/testnet/anvil"
	"github.com/hongbao/hongbao/testnet/faultproxy"
)

const (
	// envRun asks for the suite; `make realnet` sets it. The suite takes minutes and wants the machine to
	// itself (its figures are call counts, and a send's count includes its receipt polling), so `go test
	// ./...` (make test) does not run it a second time next to every other package.
	envRun = "HONGBAO_REALNET"

	// firstAge is the young chain the calls are first counted on, midAge one in between; the final age
	// (defaultAge, or $envAge) is the one a public chain's escrow reaches within weeks.
	firstAge   = 1_000
	midAge     = 10_000
	defaultAge = 100_000
	// envAge overrides the final age, e.g. HONGBAO_REALNET_AGE=20000 for a quicker local run, or 1000000 for a
	// chain of a million blocks (counted at 100k on the way; see lengthenAbove).
	envAge = "HONGBAO_REALNET_AGE"
	// lengthenAbove: a longer stretch of empty blocks is appended to Anvil's state and loaded (anvil.Lengthen,
	// under a minute for 900,000 blocks) rather than mined with anvil_mine, whose cost per block grows with the
	// chain (a million blocks would take hours). The default ages mine every block, as before.
	lengthenAbove = 150_000
	// lengthenSpan is the chain time the appended blocks cover (about 21 a second for 900,000): they cannot be a
	// second apart, as a million blocks would then span 11 days, and the setup's packets (a day's lifetime) must
	// still be open at the final age. (The mined ages are denser: anvil_mine stamps its blocks with the clock,
	// 90,000 of them within about a minute.)
	lengthenSpan = 12 * time.Hour
	// costBlocks is how many blocks are mined one at a time after each aging, to tell what a block costs Anvil at
	// that length (the suite mines one a second).
	costBlocks = 20
	// ageStep is how many blocks the aging adds between two time readings: Anvil's cost per block grows with
	// the chain, and the last step's time tells what a longer chain would cost.
	ageStep = 10_000

	// The public provider the proxy plays: Alchemy's words, and the common limits of eth_getLogs.
	provider        = "alchemy"
	providerResults = 10_000

	// anvilMallocConf keeps Anvil's allocator from handing freed memory back to the kernel. Anvil clones its
	// in-memory database, whose block-hash map grows by one entry per block, for the state of every block it
	// mines; with jemalloc's default decay those multi-megabyte copies land on fresh pages, and aging by
	// 100,000 blocks spent most of its time in page faults (measured: 454 s, against ~110 s with this
	// setting, both on this 2-core machine under load). Only the suite's Anvil reads this variable.
	anvilMallocConf = "dirty_decay_ms:-1,muzzy_decay_ms:-1,thp:always"

	// outFile is where the calls tables go, for docs/performance.md (gitignored).
	outFile = "out/calls.md"

	labelCatchUp      = "send (first after aging: the index behind)"
	labelIndexCatchUp = "index (catch-up: the blocks the first send left)"
	labelKeeperFirst  = "keeper --once (first pass: no checkpoint)"
)

// history is what the setup left on chain for the commands to work on.
type history struct {
	org    string // an organisation: admin 0 (its budget in tCNY), member 5
	live   string // an Equal packet of 14.04 tCNY from account 0, one of its three shares claimed: open
	closed string // a Direct packet of account 0, claimed: closed
	sent   int    // packets account 0 has sent
	deploy uint64 // the escrow's deployment block
}

// suite is one run: the binary, the chain, the history, the counted calls.
type suite struct {
	ctx    context.Context
	u      *user // talks to Anvil directly (setup only)
	c      *chain
	blocks *blockTimer
	h      *history
	rows   []row
	ages   []string // the phases of the by-age table, in order
	notes  []string // what the run was: lines for the top of out/calls.md
}

func TestRealNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary, runs Anvil and ages its chain by 100,000 blocks")
	}
	if os.Getenv(envRun) == "" {
		t.Skipf("the real-network suite runs with `make realnet` (or %s=1 go test ./testnet/realnet)", envRun)
	}
	anvil.Require(t) // a skip locally, a failure in CI
	finalAge := ageFromEnv(t)
	// A generous bound on the whole run (about 4 minutes on 2 cores), below make realnet's -timeout 30m so that
	// a stuck command fails with its own output; every wait inside is on an event. A run past the default age
	// may use what go test's -timeout gives it, less a minute.
	timeout := 25 * time.Minute
	if d, ok := t.Deadline(); ok && finalAge > defaultAge {
		timeout = max(timeout, time.Until(d)-time.Minute)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	began := time.Now()
	t.Setenv("_RJEM_MALLOC_CONF", anvilMallocConf) // read by the Anvil started below (see anvilMallocConf)

	bin := buildBinary(t, ctx)
	// --no-mining and a block a second from blockTimer, not --block-time 1: see blockTimer.
	a := anvil.StartT(t, anvil.Options{Args: []string{"--no-mining"}})
	dir, home := t.TempDir(), t.TempDir()
	s := &suite{ctx: ctx, c: &chain{a: a, ec: a.Client()}, blocks: startBlocks(a),
		u: &user{t: t, ctx: ctx, bin: bin, dir: dir, env: append(cleanEnv(), "HONGBAO_HOME="+home), rpc: a.RPC()}}
	t.Cleanup(func() { s.blocks.stop() }) // before Anvil stops (cleanups run last first)
	// Whatever happens, the calls counted so far go to the log and to out/calls.md.
	t.Cleanup(func() { s.report(t, time.Since(began)) })

	if !t.Run("set up: deploy, organisation, 30 packets of one sender, claims", func(t *testing.T) {
		s.h = setUp(t, s.u.at(t, a.RPC()), s.c)
	}) {
		t.FailNow() // nothing below makes sense without the history
	}
	s.notes = append(s.notes, fmt.Sprintf("%s, a block a second (--no-mining and anvil_mine every second); the escrow "+
		"deployed at block %d; proxy: %s's refusals, at most %d blocks and %d results per eth_getLogs",
		anvilVersion(t), s.h.deploy, provider, providerRange, providerResults))

	// The user's provider: one URL at every age (a fresh proxy behind it each phase, to count its calls), as a
	// provider's URL stays the same while the chain ages. The CLI remembers what it learns of an endpoint's
	// eth_getLogs limit by its URL, so a new port each phase would be a new provider to learn each phase.
	providerAddr := "127.0.0.1:0"
	for _, age := range ages(finalAge) {
		phase := fmt.Sprintf("age %s", blocks(age))
		// A phase that fails (a budget overrun included) does not stop the next: the figures of every age and
		// every command are what the report is for.
		t.Run(phase, func(t *testing.T) {
			s.ageTo(t, age)
			p, url := startProxyAt(t, a.RPC(), faultproxy.Config{Provider: provider, MaxRange: providerRange, MaxResults: providerResults},
				providerAddr)
			providerAddr = strings.TrimPrefix(url, "http://")
			m := meter{proxy: p, phase: phase, rows: &s.rows}
			u := s.u.at(t, url)
			s.ages = append(s.ages, phase)
			s.everyAge(t, u, m)
			if age == finalAge {
				s.everyCommand(t, u, m)
			}
		})
	}
	t.Run("calls do not grow with the chain's age", func(t *testing.T) {
		require.GreaterOrEqual(t, len(s.ages), 2, "the calls were counted at two ages at least")
		checkFlat(t, s.rows, s.ages[0], s.ages[len(s.ages)-1])
	})
	t.Run("faults: 429 with Retry-After, 503, dropped connections, latency", func(t *testing.T) { s.faults(t) })
	t.Run("outage: nothing is sent, the endpoint is named", func(t *testing.T) { s.outage(t) })
}

// providerRange is the proxy's eth_getLogs block limit: 10,000, or $HONGBAO_REALNET_RANGE. A limit k times
// narrower over the same chain pages like the common limit over a chain k times older (1,000 over 100,000
// blocks reads like 10,000 over 1,000,000), which Anvil cannot age to in a test's time.
var providerRange = func() uint64 {
	if n, err := strconv.ParseUint(os.Getenv("HONGBAO_REALNET_RANGE"), 10, 64); err == nil && n > 0 {
		return n
	}
	return 10_000
}()

// ageFromEnv is the final chain age: $HONGBAO_REALNET_AGE or 100,000 blocks.
func ageFromEnv(t *testing.T) uint64 {
	v := os.Getenv(envAge)
	if v == "" {
		return defaultAge
	}
	n, err := strconv.ParseUint(v, 10, 64)
	require.NoError(t, err, "$%s", envAge)
	require.Greater(t, n, uint64(firstAge), "$%s must be above the first age, %d", envAge, firstAge)
	return n
}

// ages are the chain ages the calls are counted at, youngest first: past the default age, the default age too.
func ages(final uint64) []uint64 {
	if final > defaultAge {
		return []uint64{firstAge, midAge, defaultAge, final}
	}
	if final > midAge {
		return []uint64{firstAge, midAge, final}
	}
	return []uint64{firstAge, final}
}

// blocks writes a chain age for a table: 1k, 100k, 1M.
func blocks(n uint64) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1_000 && n%1_000 == 0:
		return fmt.Sprintf("%dk", n/1_000)
	}
	return strconv.FormatUint(n, 10)
}

// ageTo adds empty blocks until the chain is age blocks past the escrow's deployment (plus the blocks its
// transactions took), and notes how long that took, what a block then costs Anvil and its memory. A stretch of
// more than lengthenAbove blocks is appended to Anvil's state (anvil.Lengthen: Anvil restarts on the same port,
// the blocks spread over lengthenSpan), a shorter one mined (anvil.Age).
func (s *suite) ageTo(t *testing.T, age uint64) {
	head := s.c.head(t)
	target := s.h.deploy + age
	if head >= target {
		return
	}
	// The aging mines its own blocks; the timer would only interleave blocks with real timestamps.
	s.blocks.stop()
	start := time.Now()
	var err error
	var note string
	if n := target - head; n > lengthenAbove {
		var ext anvil.Extended
		ext, err = s.c.a.Lengthen(s.ctx, n, lengthenSpan/time.Duration(n))
		took := time.Since(start).Round(100 * time.Millisecond)
		r := func(d time.Duration) time.Duration { return d.Round(100 * time.Millisecond) }
		note = fmt.Sprintf("aging to %s blocks past the deployment: %d empty blocks over %v of chain time, appended "+
			"to Anvil's state and loaded (anvil.Lengthen) in %v: anvil_dumpState %v, writing %s MB %v, Anvil's restart "+
			"with --load-state %v", blocks(age), n, lengthenSpan, took, r(ext.Dump),
			units.GroupDigits(uint64(ext.StateBytes>>20)), r(ext.Write), r(ext.Load))
	} else {
		var last time.Duration // the last step of ageStep blocks: what the next would cost at least
		for left := target - head; left > 0 && err == nil; {
			n, t0 := min(left, ageStep), time.Now()
			err = s.c.a.Age(s.ctx, n)
			left, last = left-n, time.Since(t0)
		}
		took := time.Since(start).Round(100 * time.Millisecond)
		note = fmt.Sprintf("aging to %s blocks past the deployment: %d empty blocks in %v (the last %d in %v)",
			blocks(age), target-head, took, min(ageStep, target-head), last.Round(100*time.Millisecond))
	}
	if err == nil {
		var cost string
		cost, err = s.blockCost()
		note += "; then " + cost
	}
	s.blocks = startBlocks(s.c.a)
	require.NoError(t, err)
	t.Logf("%s; head %d", note, s.c.head(t))
	s.notes = append(s.notes, note)
}

// blockCost mines costBlocks blocks one at a time and says what one cost (the median and the slowest) and
// Anvil's memory after them.
func (s *suite) blockCost() (string, error) {
	took := make([]time.Duration, costBlocks)
	for i := range took {
		t0 := time.Now()
		if err := s.c.a.Mine(s.ctx, 1); err != nil {
			return "", err
		}
		took[i] = time.Since(t0)
	}
	slices.Sort(took)
	out := fmt.Sprintf("a block mined in %v (median of %d; slowest %v)", took[len(took)/2].Round(100*time.Microsecond),
		len(took), took[len(took)-1].Round(100*time.Microsecond))
	if rss, peak, err := s.c.a.Memory(); err == nil {
		out += fmt.Sprintf(", Anvil at %s MB (peak %s MB)", units.GroupDigits(rss>>20), units.GroupDigits(peak>>20))
	}
	return out, nil
}

// setUp deploys the escrow and tCNY through the CLI and leaves a history: an organisation, a security lock, 30
// packets of account 0 (Direct, Equal and Lucky; ETH and tCNY), some claimed, and the local index made.
func setUp(t *testing.T, u *user, c *chain) *history {
	d := u.okJSON(cat("deploy", "--test-token", as(0))...)
	c.tcny = common.HexToAddress(d["tokens"].(map[string]any)["tCNY"].(string))
	require.NotEqual(t, common.Address{}, c.tcny, "deploy --test-token deploys tCNY")
	h := &history{deploy: uint64(d["block"].(float64))}

	org := u.okJSON(cat("org", "create", "--treasury", addr(9), as(0))...)
	h.org = fmt.Sprint(org["orgId"])
	u.okJSON(cat("org", "fund", h.org, "--amount", "300", "--token", "tCNY", as(0))...)
	u.okJSON(cat("org", "add-member", h.org, addr(5), "--token", "tCNY", "--per-packet", "100", "--daily", "200", as(0))...)
	u.okJSON(cat("send", "--org", h.org, "--shares", "2", "--amount", "50", "--token", "tCNY", "--yes", as(5))...)
	u.okJSON(cat("lock", "set", "--token", "tCNY", "--threshold", "500", "--min-delay", "24h", as(6))...)

	// Account 0's 30 packets: kinds in turn, tokens alternating. --yes: thirty sends in a few minutes fire the
	// burst warning (rules §7), as they should.
	ids := make([]string, 30)
	for i := range ids {
		token, amount := "tCNY", fmt.Sprintf("%d.%02d", 10+i, i)
		if i%2 == 1 {
			token, amount = "ETH", fmt.Sprintf("0.%03d", 10+i)
		}
		kind := []string{"--to", addr(1 + (i/3)%3)}
		switch i % 3 {
		case 1:
			kind = []string{"--shares", "3"}
		case 2:
			kind = []string{"--shares", "3", "--lucky"}
		}
		p := u.okJSON(cat("send", kind, "--amount", amount, "--token", token, "--yes", as(0))...)
		ids[i] = p["packetId"].(string)
		code, _ := p["claimCode"].(string)
		claimers := map[int][]int{0: {1}, 1: {2}, 2: {2, 3, 4}, 4: {3}, 6: {3}}[i]
		for _, who := range claimers {
			args := cat("claim", ids[i], as(who))
			if code != "" {
				args = append(args, "--code", code)
			}
			u.okJSON(args...)
		}
	}
	h.closed, h.live, h.sent = ids[0], ids[4], len(ids)

	ix := u.okJSON("index")
	require.GreaterOrEqual(t, ix["packets"].(float64), float64(h.sent+1), "the index holds every packet")
	return h
}

// everyAge counts the calls of the commands whose cost must not grow with the chain's age, and checks them
// against the budgets. It runs right after the chain was aged: the first send finds the index behind, and
// `hongbao index` then catches up what the send left, so that the rows after it measure a current index.
func (s *suite) everyAge(t *testing.T, u *user, m meter) {
	c, a0, a1 := s.c, devkeys.Address(0), devkeys.Address(1)
	budget := func(r row) { checkBudget(t, r) }

	// show reads the chain when there is no index (or it is more than a page behind, as right after an
	// aging), and the index when it is current: both paths are counted, the chain's at every age.
	noIndex := filepath.Join(t.TempDir(), "no-index.db")
	budget(m.count("show", "show (live packet, from the chain)", func() {
		p := u.okJSON("show", s.h.live, "--db", noIndex)
		require.Equal(t, "open", p["status"])
		require.Len(t, p["claims"], 1)
	}))
	budget(m.count("show", "show (closed packet, from the chain)", func() {
		p := u.okJSON("show", s.h.closed, "--db", noIndex)
		require.Equal(t, "closed", p["status"])
		require.Len(t, p["claims"], 1)
	}))
	require.NoFileExists(t, noIndex, "show makes no index")

	before := c.tokenBalance(t, a0)
	var direct map[string]any
	budget(m.count("send", labelCatchUp, func() {
		direct = u.okJSON(cat("send", "--to", addr(4), "--amount", "1.23", "--token", "tCNY", "--yes", as(0))...)
	}))
	require.Equal(t, "index", direct["riskSource"], "the risk checks read the index")
	require.Equal(t, new(big.Int).Sub(before, big.NewInt(123)), c.tokenBalance(t, a0), "1.23 tCNY left account 0")
	s.h.sent++

	// The first send's risk checks catch up an index at most 10 pages behind and move one further behind on
	// by 4 pages (node/risk): behind a 1,000-block provider at 100,000 blocks most of the aging is still
	// unindexed after it. The catch-up of the rest is its own row; the rows below then measure what their
	// labels say.
	s.catchUp(t, u, m, direct)

	var group map[string]any
	budget(m.count("send", "send (index current)", func() {
		group = u.okJSON(cat("send", "--shares", "2", "--amount", "2", "--token", "tCNY", "--yes", as(0))...)
	}))
	// What the label says: the risk checks read the whole history from the index, nothing from the chain's logs.
	require.Equal(t, "index", group["riskSource"], "the risk checks read the index")
	hist := group["riskHistory"].(map[string]any)
	// assert, not require: a wrong label is reported and the other rows still run.
	assert.Equal(t, true, hist["complete"], "the index was current: %v", hist)
	assert.Nil(t, hist["recent"], "no window read from the chain's logs: %v", hist)
	s.h.sent++

	b1 := c.tokenBalance(t, a1)
	budget(m.count("claim", "claim (claim code)", func() {
		cl := u.okJSON(cat("claim", group["packetId"].(string), "--code", group["claimCode"].(string), as(1))...)
		require.Equal(t, "100", cl["amount"], "an equal share of 2.00 in two")
	}))
	require.Equal(t, new(big.Int).Add(b1, big.NewInt(100)), c.tokenBalance(t, a1), "account 1 received its share")

	budget(m.count("show", "show (closed packet, index current)", func() {
		p := u.okJSON("show", s.h.closed)
		require.Equal(t, "closed", p["status"])
		require.Len(t, p["claims"], 1)
	}))
	budget(m.count("list", "list (the sender of 30+ packets)", func() {
		l := u.okJSON(cat("list", as(0))...)
		require.Len(t, l["packets"], s.h.sent)
	}))
	budget(m.count("list", "list --received-by", func() {
		l := u.okJSON("list", "--received-by", addr(1))
		require.GreaterOrEqual(t, len(l["packets"].([]any)), 3, "Direct packets to account 1 and the ones it claimed from")
	}))
	budget(m.count("list", "list --claimable-by", func() {
		l := u.okJSON("list", "--claimable-by", addr(4))
		require.Contains(t, packetIDs(l), direct["packetId"], "the Direct packet just sent to account 4")
	}))

	// A keeper's first pass reads the escrow's views at the head once the chain is older than a few pages of
	// logs (node/keeper/bootstrap.go): its calls do not grow with the age; later passes read only the new blocks.
	m.count("keeper", labelKeeperFirst, func() {
		k := u.okJSON(cat("keeper", "--once", "--checkpoint", filepath.Join(t.TempDir(), "keeper.json"), as(8))...)
		require.EqualValues(t, 0, k["refunded"], "nothing has expired yet")
	})
	m.count("index", "index (up to date)", func() { u.okJSON("index") })
}

// catchUp runs `hongbao index` after the first send of an age and records it as its own row: the blocks the
// send left unindexed (from its riskHistory) and the calls per page of the provider's range. Its cost is
// inherent, blocks behind / range eth_getLogs, so it is exempt from the flatness check (growsWithAge); the
// check here is that it pages at the provider's range.
func (s *suite) catchUp(t *testing.T, u *user, m meter, send map[string]any) {
	from := s.h.deploy // the first block the index lacks
	if ix, ok := send["riskHistory"].(map[string]any)["indexed"].(map[string]any); ok {
		from = uint64(ix["to"].(float64)) + 1
	}
	var out map[string]any
	r := m.count("index", labelIndexCatchUp, func() { out = u.okJSON("index") })
	to := uint64(out["checkpoint"].(float64))
	require.Equal(t, out["head"], out["checkpoint"], "index syncs to the head")
	var behind uint64
	if to >= from {
		behind = to - from + 1
	}
	pages := (behind + providerRange - 1) / providerRange
	logs := r.counts["eth_getLogs"]
	detail := fmt.Sprintf("behind by %s, %s of %d: %d eth_getLogs", count(behind, "block"), count(pages, "page"), providerRange, logs)
	if pages > 0 {
		detail += fmt.Sprintf(", %.2f a page", float64(logs)/float64(pages))
	}
	m.detail(detail)
	s.notes = append(s.notes, fmt.Sprintf("%s: `hongbao index` after the first send: %s; %d calls in all", m.phase, detail, r.total()))
	// One request a page, plus the refusals a provider may answer while the range is (re)learned (the proxy
	// counted two "too wide" at 1,000 blocks) and the head's page: O(blocks behind / range), not more.
	assert.LessOrEqual(t, logs, int(pages+pages/10+4), "the catch-up pages at the provider's range: %s", r.perMethod())
}

// count writes n things: "1 block", "86 pages".
func count(n uint64, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

func packetIDs(list map[string]any) []any {
	var ids []any
	for _, p := range list["packets"].([]any) {
		ids = append(ids, p.(map[string]any)["packetId"])
	}
	return ids
}

// everyCommand runs the rest of the commands on the old chain, each one counted, and checks their outcomes.
func (s *suite) everyCommand(t *testing.T, u *user, m meter) {
	c, a0 := s.c, devkeys.Address(0)
	tok := func(i int) *big.Int { return c.tokenBalance(t, devkeys.Address(i)) }
	send := func(label string, args ...string) map[string]any {
		var p map[string]any
		checkBudget(t, m.count("send", label, func() { p = u.okJSON(cat("send", args, "--token", "tCNY", "--yes", as(0))...) }))
		s.h.sent++
		return p
	}
	id := func(p map[string]any) string { return p["packetId"].(string) }
	start := tok(0)

	// An allowlist packet: the proofs file lands next to the list.
	list := filepath.Join(u.dir, "friends.txt")
	require.NoError(t, os.WriteFile(list, []byte(addr(2)+"\n"+addr(3)+"\n"), 0o644))
	al := send("send --allow", "--shares", "2", "--amount", "4", "--allow", list)
	b3 := tok(3)
	checkBudget(t, m.count("claim", "claim (allowlist proof)", func() {
		u.okJSON(cat("claim", id(al), "--proof", al["proofsFile"].(string), as(3))...)
	}))
	require.Equal(t, new(big.Int).Add(b3, big.NewInt(200)), tok(3), "account 3 received half of 4.00")

	cool := send("send --delay 2h", "--to", addr(5), "--amount", "0.5", "--delay", "2h")
	m.count("withdraw", "withdraw (cool-off)", func() {
		require.Equal(t, "CoolOffWithdrawn", u.okJSON(cat("withdraw", id(cool), as(0))...)["event"])
	})
	und := send("send (undo window, consent)", "--to", addr(5), "--amount", "100")
	m.count("withdraw", "withdraw (undo request)", func() {
		require.Equal(t, "UndoRequested", u.okJSON(cat("withdraw", id(und), as(0))...)["event"])
	})
	m.count("approve", "approve", func() {
		require.Equal(t, "UndoApproved", u.okJSON(cat("approve", id(und), as(5))...)["event"])
	})
	dec := send("send (to decline)", "--to", addr(4), "--amount", "66")
	m.count("decline", "decline", func() {
		require.Equal(t, "Declined", u.okJSON(cat("decline", id(dec), as(4))...)["event"])
	})
	require.Equal(t, new(big.Int).Sub(start, big.NewInt(400)), tok(0), "cool-off, undo and decline: all back; only the allowlist's 4.00 is out")

	ret := send("send (to claim and return)", "--to", addr(7), "--amount", "88.88")
	checkBudget(t, m.count("claim", "claim (Direct)", func() {
		require.Equal(t, "8888", u.okJSON(cat("claim", id(ret), as(7))...)["amount"])
	}))
	m.count("return", "return", func() {
		require.Equal(t, "888", u.okJSON(cat("return", id(ret), "--amount", "8.88", as(7))...)["amount"])
	})
	require.Equal(t, new(big.Int).Sub(start, big.NewInt(400+8000)), tok(0), "88.88 out, 8.88 back")

	g := send("send --guardian", "--to", addr(8), "--amount", "10", "--guardian", addr(6))
	checkBudget(t, m.count("show", "show (guarded packet)", func() {
		require.Contains(t, u.ok("show", id(g)), "(guardian) until claimed")
	}))
	m.count("intercept", "intercept (guardian)", func() {
		require.Equal(t, "Intercepted", u.okJSON(cat("intercept", id(g), as(6))...)["event"])
	})
	require.Equal(t, new(big.Int).Sub(start, big.NewInt(400+8000)), tok(0), "intercepted: the 10.00 came back")

	budget := func() *big.Int { return orgBudget(t, u, s.h.org, c.tcny) }
	m.count("org", "org show", func() { require.Equal(t, big.NewInt(25000), budget()) })
	checkBudget(t, m.count("send", "send --org (a member, from the budget)", func() {
		u.okJSON(cat("send", "--org", s.h.org, "--to", addr(7), "--amount", "20", "--token", "tCNY", "--yes", as(5))...)
	}))
	require.Equal(t, big.NewInt(23000), budget(), "the member's packet came out of the budget")

	m.count("policy", "policy show", func() {
		p := u.okJSON("policy", "show", "--token", "tCNY")["policies"].([]any)[0].(map[string]any)
		require.Len(t, p["tiers"], 2, "the default tCNY tiers")
	})
	m.count("lock", "lock show", func() {
		l := u.okJSON("lock", "show", "--token", "tCNY", "--of", addr(6))
		require.EqualValues(t, 24*60*60, l["minDelay"])
	})

	s.relayedClaim(t, u, m)

	m.count("index", "index", func() { u.okJSON("index") })
	m.count("history", "history --packet", func() {
		var events []string
		for _, r := range u.okJSON("history", "--packet", id(ret))["records"].([]any) {
			events = append(events, r.(map[string]any)["event"].(string))
		}
		require.Subset(t, events, []string{"PacketSent", "Claimed", "Returned"})
	})
	m.count("history", "history --address (the sender)", func() {
		require.NotEmpty(t, u.okJSON("history", "--address", a0.Hex())["records"])
	})
	m.count("export", "export --csv", func() {
		rows, err := csv.NewReader(strings.NewReader(u.ok("export", "--from", "2000-01-01", "--csv"))).ReadAll()
		require.NoError(t, err)
		require.Greater(t, len(rows), s.h.sent, "a header and a row per event")
	})
	reconcile := func(label string) {
		m.count("reconcile", label, func() {
			rec := u.okJSON("reconcile")
			require.Equal(t, false, rec["deficit"])
			require.Equal(t, true, rec["balanced"], "the escrow holds exactly what the index says it owes: %v", rec)
		})
	}
	reconcile("reconcile")

	// A day later everything left has expired: one refund by hand, the rest by the keeper.
	c.travel(t, 25*time.Hour)
	before := tok(0)
	m.count("refund", "refund (after evm_increaseTime)", func() {
		r := u.okJSON(cat("refund", s.h.live, as(3))...)
		require.Len(t, r["refunded"], 1)
	})
	require.Equal(t, new(big.Int).Add(before, big.NewInt(1404-468)), tok(0), "the two unclaimed shares of 4.68 went back")
	nonce, _ := c.nonces(t, devkeys.Address(8))
	m.count("keeper", "keeper --once (expired packets to refund)", func() {
		k := u.okJSON(cat("keeper", "--once", "--batch", "10", as(8))...)
		require.GreaterOrEqual(t, k["refunded"].(float64), 10.0, "the setup's unclaimed packets")
		require.GreaterOrEqual(t, k["batches"].(float64), 2.0, "in batches of 10")
		s.notes = append(s.notes, fmt.Sprintf("keeper --once with --batch 10 after a day: %v packets refunded in %v transactions",
			k["refunded"], k["batches"]))
	})
	after, _ := c.nonces(t, devkeys.Address(8))
	require.Greater(t, after, nonce, "the keeper sent its refunds")
	m.count("keeper", "keeper --once (nothing left)", func() {
		require.EqualValues(t, 0, u.okJSON(cat("keeper", "--once", as(8))...)["refunded"])
	})
	again, _ := c.nonces(t, devkeys.Address(8))
	require.Equal(t, after, again, "a pass with nothing due sends nothing")
	checkBudget(t, m.count("show", "show (refunded packet)", func() {
		require.Contains(t, u.ok("show", s.h.live), "Nobody can take it back any more")
	}))
	reconcile("reconcile (after the refunds)")
}

// orgBudget reads an organisation's budget in token with `org show --json`.
func orgBudget(t *testing.T, u *user, org string, token common.Address) *big.Int {
	t.Helper()
	for _, b := range u.okJSON("org", "show", org)["budgets"].([]any) {
		if m := b.(map[string]any); common.HexToAddress(m["token"].(string)) == token {
			return baseUnits(t, m["amount"])
		}
	}
	return new(big.Int)
}

// relayedClaim: `hongbao web` (claim page and relayer) runs as a process against the proxy; an account that
// holds no ETH claims through it. The count covers the claiming command and the relayer together.
func (s *suite) relayedClaim(t *testing.T, u *user, m meter) {
	srv := startServer(t, u, cat("web", "--addr", "127.0.0.1:0", as(9))...)
	url := srv.info["url"].(string)
	p := u.okJSON(cat("send", "--shares", "2", "--amount", "0.2", "--web-url", url, "--yes", as(0))...)
	s.h.sent++
	require.True(t, strings.HasSuffix(p["claimLink"].(string), "#code="+p["claimCode"].(string)), p["claimLink"])

	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	who := crypto.PubkeyToAddress(k.PublicKey)
	m.count("claim --relayer", "claim --relayer (gasless, through hongbao web)", func() {
		c := u.okJSON("claim", p["packetId"].(string), "--code", p["claimCode"].(string), "--relayer", url,
			"--private-key", "0x"+hex.EncodeToString(crypto.FromECDSA(k)))
		require.Equal(t, c["received"], s.c.ethBalance(t, who).String(), "the claimer holds what it received, and paid no gas")
		require.Equal(t, "99900000000000000", c["received"], "0.1 ETH less the relayer's 0.0001")
	})
	srv.stop(t, s.ctx)
	require.Contains(t, srv.stderr.String(), "/v1/claims", "the relayer's request log")
}

// faults: the proxy also answers 429 with Retry-After every 7th request, 503 every 11th, drops every 13th
// connection and adds latency. Commands may make more calls here; they must still do the right thing.
func (s *suite) faults(t *testing.T) {
	p, url := startProxy(t, s.c.a.RPC(), faultproxy.Config{Provider: provider, MaxRange: providerRange, MaxResults: providerResults,
		RateLimitEvery: 7, RetryAfter: time.Second, ServerErrorEvery: 11, DropEvery: 13, Latency: 5 * time.Millisecond})
	m := meter{proxy: p, phase: "faults", rows: &s.rows}
	u, c := s.u.at(t, url), s.c
	a0, a1 := devkeys.Address(0), devkeys.Address(1)

	before := c.tokenBalance(t, a0)
	var sent map[string]any
	m.count("send", "send", func() {
		sent = u.okJSON(cat("send", "--shares", "2", "--amount", "3", "--token", "tCNY", "--expires", "5m", "--yes", as(0))...)
	})
	id := sent["packetId"].(string)
	require.Equal(t, new(big.Int).Sub(before, big.NewInt(300)), c.tokenBalance(t, a0), "sent once: 3.00 left account 0")
	mined, pending := c.nonces(t, a0)
	require.Equal(t, mined, pending, "no second copy of the send waits in the pool")

	b1 := c.tokenBalance(t, a1)
	m.count("claim", "claim (claim code)", func() {
		require.Equal(t, "150", u.okJSON(cat("claim", id, "--code", sent["claimCode"].(string), as(1))...)["amount"])
	})
	require.Equal(t, new(big.Int).Add(b1, big.NewInt(150)), c.tokenBalance(t, a1))
	m.count("show", "show", func() {
		p := u.okJSON("show", id)
		require.Equal(t, "open", p["status"])
		require.Len(t, p["claims"], 1)
	})
	m.count("list", "list (the sender)", func() {
		require.Contains(t, packetIDs(u.okJSON(cat("list", as(0))...)), id)
	})

	c.travel(t, 10*time.Minute)
	before = c.tokenBalance(t, a0)
	m.count("keeper", "keeper --once", func() {
		require.GreaterOrEqual(t, u.okJSON(cat("keeper", "--once", as(8))...)["refunded"].(float64), 1.0)
	})
	require.Equal(t, new(big.Int).Add(before, big.NewInt(150)), c.tokenBalance(t, a0), "the unclaimed share went back")

	injected := map[string]int{}
	for _, r := range s.rows {
		if r.phase == "faults" {
			for f, n := range r.faults {
				injected[f] += n
			}
		}
	}
	for _, f := range []string{faultproxy.FaultRateLimit, faultproxy.FaultServerError, faultproxy.FaultDrop} {
		require.Positive(t, injected[f], "the phase injected %s faults: %v", f, injected)
	}
}

// outage: the provider is down (the proxy's upstream is dead, or it answers 503 to everything). A send fails
// with a non-zero exit and a sentence naming the endpoint, and nothing leaves the account.
func (s *suite) outage(t *testing.T) {
	dead := fmt.Sprintf("http://127.0.0.1:%d", freePort(t))
	for _, tc := range []struct {
		name     string
		upstream string
		cfg      faultproxy.Config
	}{
		{name: "upstream gone", upstream: dead},
		{name: "503 to every request", upstream: s.c.a.RPC(), cfg: faultproxy.Config{ServerErrorEvery: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, url := startProxy(t, tc.upstream, tc.cfg)
			u, c, a0 := s.u.at(t, url), s.c, devkeys.Address(0)
			mined, _ := c.nonces(t, a0)
			eth, tcny := c.ethBalance(t, a0), c.tokenBalance(t, a0)

			start := time.Now()
			o := u.run(cat("send", "--to", addr(1), "--amount", "1", "--token", "tCNY", "--yes", as(0))...)
			took := time.Since(start).Round(100 * time.Millisecond)
			t.Logf("send gave up after %v: %s", took, strings.TrimSpace(o.stderr))
			s.notes = append(s.notes, fmt.Sprintf("outage (%s): send exited %d after %v", tc.name, o.code, took))
			require.NotEqual(t, 0, o.code, "stdout: %s", o.stdout)
			msg := strings.TrimSpace(o.stderr)
			require.Contains(t, msg, url, "the error names the endpoint")
			require.NotContains(t, msg, "\n", "one sentence on one line (the endpoint's answer is quoted without its line break)")

			after, pending := c.nonces(t, a0)
			require.Equal(t, mined, after, "nothing was mined")
			require.Equal(t, mined, pending, "nothing waits in the pool")
			require.Equal(t, eth, c.ethBalance(t, a0))
			require.Equal(t, tcny, c.tokenBalance(t, a0))
		})
	}
}

// report logs the calls tables and writes them to out/calls.md.
func (s *suite) report(t *testing.T, took time.Duration) {
	if len(s.rows) == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Calls per command behind a public provider's limits\n\n")
	fmt.Fprintf(&b, "Measured by `make realnet` (testnet/realnet) on %s, %d cores, in %v.\n", time.Now().UTC().Format("2006-01-02"),
		runtime.NumCPU(), took.Round(time.Second))
	notes := s.notes
	if rss, peak, err := s.c.a.Memory(); err == nil {
		notes = append(notes, fmt.Sprintf("Anvil's memory at the end: %s MB (peak %s MB)", units.GroupDigits(rss>>20), units.GroupDigits(peak>>20)))
	}
	for _, n := range notes {
		fmt.Fprintf(&b, "- %s\n", n)
	}
	var byAge []row
	for _, r := range s.rows {
		for _, p := range s.ages {
			if r.phase == p {
				byAge = append(byAge, r)
			}
		}
	}
	fmt.Fprintf(&b, "\n## Calls per command by chain age\n\n%s", byAgeTable(byAge, s.ages))
	for _, p := range append(append([]string(nil), s.ages...), "faults") {
		var rows []row
		for _, r := range s.rows {
			if r.phase == p {
				rows = append(rows, r)
			}
		}
		if len(rows) > 0 {
			fmt.Fprintf(&b, "\n## %s\n\n%s", p, callsTable(rows, p != "faults"))
		}
	}
	// Every method of the budgeted commands at the oldest age: what a fix of the product starts from.
	if n := len(s.ages); n > 0 {
		fmt.Fprintf(&b, "\n## Budgeted commands at %s, every method\n\n", s.ages[n-1])
		for _, r := range s.rows {
			if _, ok := budgets[r.command]; ok && r.phase == s.ages[n-1] {
				fmt.Fprintf(&b, "- %s: %d: %s\n", r.label, r.total(), r.perMethod())
			}
		}
	}
	t.Logf("\n%s", b.String())
	if err := os.MkdirAll(filepath.Dir(outFile), 0o755); err != nil {
		t.Errorf("write %s: %v", outFile, err)
		return
	}
	if err := os.WriteFile(outFile, []byte(b.String()), 0o644); err != nil {
		t.Errorf("write %s: %v", outFile, err)
	}
}

// anvilVersion is the running Anvil's version, for the report.
func anvilVersion(t *testing.T) string {
	bin, err := anvil.BinaryPath()
	if err != nil {
		return "?"
	}
	out, err := exec.CommandContext(t.Context(), bin, "--version").Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0])
}

func TestAges(t *testing.T) {
	for _, tc := range []struct {
		final uint64
		want  []string
	}{
		{final: 5_000, want: []string{"1k", "5k"}},
		{final: defaultAge, want: []string{"1k", "10k", "100k"}},
		{final: 1_000_000, want: []string{"1k", "10k", "100k", "1M"}}, // the last stretch above lengthenAbove
		{final: 123_456, want: []string{"1k", "10k", "100k", "123456"}},
	} {
		var got []string
		for _, a := range ages(tc.final) {
			got = append(got, blocks(a))
		}
		require.Equal(t, tc.want, got, "final age %d", tc.final)
	}
	require.Less(t, uint64(defaultAge-midAge), uint64(lengthenAbove), "the default run mines every block, as CI always did")
}
