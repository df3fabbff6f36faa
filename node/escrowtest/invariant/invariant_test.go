package invariant

import (
	"fmt"
	"math/big"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// envUint reads a uint64 from the environment, or returns def.
func envUint(t *testing.T, name string, def uint64) uint64 {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.ParseUint(strings.ReplaceAll(s, "_", ""), 10, 64)
	require.NoError(t, err, name)
	return v
}

// defaultOps is the length of the plain `go test` run: long enough that every operation and closure shows up
// (requireCoverage; the rarest, a granted undo, comes about 3 times in 1,000 operations). soakOps is the run of
// `make soak` (HONGBAO_SOAK=1), -short runs shortOps.
const (
	defaultOps = 2500
	soakOps    = 5000
	shortOps   = 400
	deepOps    = 100_000
)

// TestInvariants runs the random operation sequence and checks every invariant of the package doc after
// every step, then drains the escrow.
func TestInvariants(t *testing.T) {
	def := uint64(defaultOps)
	switch {
	case testing.Short():
		def = shortOps
	case os.Getenv("HONGBAO_SOAK") != "":
		def = soakOps
	}
	runInvariants(t, int(envUint(t, "HONGBAO_INVARIANT_OPS", def)), 0)
}

// TestFuzzDeep is the long run of `make fuzz-deep`: HONGBAO_FUZZ_OPS operations (default 100,000), a progress
// line every HONGBAO_FUZZ_PROGRESS operations (default 2,000). Plain `go test` skips it.
func TestFuzzDeep(t *testing.T) {
	if os.Getenv("HONGBAO_FUZZ_DEEP") == "" {
		t.Skip("the deep run: make fuzz-deep (or HONGBAO_FUZZ_DEEP=1)")
	}
	ops := int(envUint(t, "HONGBAO_FUZZ_OPS", deepOps))
	runInvariants(t, ops, int(envUint(t, "HONGBAO_FUZZ_PROGRESS", 2000)))
}

// runInvariants is one run of ops operations with every invariant checked after each, then the drain; with
// progress > 0 it logs a progress line every `progress` operations.
func runInvariants(t *testing.T, ops, progress int) {
	seed := envUint(t, "HONGBAO_INVARIANT_SEED", uint64(time.Now().UnixNano()))
	t.Logf("seed %d, %d operations (replay: HONGBAO_INVARIANT_SEED=%d)", seed, ops, seed)
	start := time.Now()
	w := newWorld(t, seed)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("FAILED at step %d (%s); replay with HONGBAO_INVARIANT_SEED=%d", w.step, w.op, seed)
		}
	})
	setup := time.Since(start)
	w.op, w.touched = "setup", map[uint64]bool{}
	w.checkInvariants()
	opsStart := time.Now()
	skipped := 0
	for w.step = 1; w.step <= ops; {
		op := w.pickOp()
		w.op, w.touched, w.skipped = op.name, map[uint64]bool{}, false
		w.rc = receiptState{}
		op.run(w)
		if w.skipped {
			skipped++
			continue
		}
		w.checkInvariants()
		if progress > 0 && w.step%progress == 0 {
			w.progress(w.step, ops, time.Since(opsStart))
		}
		w.step++
	}
	opsTook := time.Since(opsStart)
	t.Logf("%d picks skipped for want of a fitting target", skipped)
	w.drain()
	w.report(ops, setup, opsTook, time.Since(start))
	if ops >= 2000 {
		w.requireCoverage()
	}
}

// progress logs how far a long run is.
func (w *world) progress(done, ops int, took time.Duration) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	w.t.Logf("progress: %d/%d ops in %s (%.1f ops/s), %d packets (%d live), %d claims, %d owed credits, heap %d MB",
		done, ops, took.Round(time.Second), float64(done)/took.Seconds(), w.ghost.lastID, len(w.ghost.open),
		w.ghost.claims, w.ghost.credits, m.HeapAlloc>>20)
}

// checkInvariants checks invariants 1–4, 9 and 10 of the package doc on every live or just-touched packet, every
// token, every owed balance and the re-enterer, all read in one eth_call.
func (w *world) checkInvariants() {
	e := contracttest.EscrowABI
	var rs reads
	var pkts []*ghostPacket
	for _, p := range w.ghost.live() {
		pkts = append(pkts, p)
	}
	for id := range w.touched {
		if p := w.ghost.packets[id]; p != nil && p.closed {
			pkts = append(pkts, p)
		}
	}
	views := make([][]byte, len(pkts))
	for k, p := range pkts {
		rs.add(w.env.Escrow, e.PackGetPacket(p.bigID()), &views[k])
	}
	accounts := w.owedAccounts()
	owed := make([][]byte, len(w.tokens)*len(accounts))
	budgets := make([][]byte, len(w.tokens))
	balances := make([][]byte, len(w.tokens))
	for t, tk := range w.tokens {
		rs.add(w.env.Escrow, e.PackOrgBudget(w.org.id, tk.addr), &budgets[t])
		if tk.addr != (common.Address{}) {
			rs.add(tk.addr, mockABI.PackBalanceOf(w.env.Escrow), &balances[t])
		}
		for k, a := range accounts {
			rs.add(w.env.Escrow, e.PackOwed(tk.addr, a), &owed[t*len(accounts)+k])
		}
	}
	re := w.actors[w.reenterer].addr
	var received, reentered, reenterError []byte
	rs.add(re, contracttest.Actor.PackReceived(), &received)
	rs.add(re, contracttest.Actor.PackReentered(), &reentered)
	rs.add(re, contracttest.Actor.PackReenterError(), &reenterError)
	w.run(&rs)

	live := map[common.Address]*big.Int{}
	for _, tk := range w.tokens {
		live[tk.addr] = new(big.Int)
	}
	for k, p := range pkts {
		v, err := e.UnpackGetPacket(views[k])
		require.NoError(w.t, err)
		remaining := w.checkPacket(p, v)
		live[p.token].Add(live[p.token], remaining)
	}
	for t, tk := range w.tokens {
		sum := new(big.Int)
		for k, a := range accounts {
			on := new(big.Int).SetBytes(owed[t*len(accounts)+k])
			require.Equal(w.t, w.ghost.owedOf(tk.addr, a).String(), on.String(), "%s: owed[%s][%s]", w.where(), tk.name, a)
			sum.Add(sum, on)
		}
		budget := new(big.Int).SetBytes(budgets[t])
		require.Equal(w.t, w.ghost.budgetOf(w.org.id, tk.addr).String(), budget.String(), "%s: %s budget", w.where(), tk.name)
		want := new(big.Int).Add(live[tk.addr], sum)
		want.Add(want, budget)
		balance := new(big.Int).SetBytes(balances[t])
		if tk.addr == (common.Address{}) {
			balance = w.escrowETH()
		}
		require.Equal(w.t, want.String(), balance.String(),
			"%s: %s balance of the escrow != live remaining %s + org budget %s + owed %s", w.where(), tk.name, live[tk.addr], budget, sum)
	}
	rec, err := contracttest.Actor.UnpackReceived(received)
	require.NoError(w.t, err)
	ren, err := contracttest.Actor.UnpackReentered(reentered)
	require.NoError(w.t, err)
	rerr, err := contracttest.Actor.UnpackReenterError(reenterError)
	require.NoError(w.t, err)
	w.checkReentry(rec, ren, rerr)
}

// owedAccounts is every account that may be owed something: the actors and whoever the ledger names.
func (w *world) owedAccounts() []common.Address {
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, a := range w.actors {
		seen[a.addr] = true
		out = append(out, a.addr)
	}
	for _, m := range w.ghost.owed {
		for a := range m {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// checkPacket checks conservation and status of one packet against its view on chain and returns its on-chain
// remaining.
func (w *world) checkPacket(p *ghostPacket, v escrow.IHongbaoEscrowPacketView) *big.Int {
	sum := new(big.Int).Add(p.out(), v.Remaining)
	require.Equal(w.t, p.total.String(), sum.String(),
		"%s: packet %d: total %s != claimed %s + refunded %s + withdrawn %s + declined %s + intercepted %s + remaining %s",
		w.where(), p.id, p.total, p.claimed, p.refunded, p.withdrawn, p.declined, p.intercepted, v.Remaining)
	require.Equal(w.t, p.sender, v.Sender, "%s: packet %d sender", w.where(), p.id)
	require.Equal(w.t, p.token, v.Token, "%s: packet %d token", w.where(), p.id)
	if p.closed {
		require.Equal(w.t, contracttest.StatusClosed, v.Status, "%s: packet %d closed by its events", w.where(), p.id)
		return v.Remaining
	}
	require.Positive(w.t, v.Remaining.Sign(), "%s: live packet %d holds nothing", w.where(), p.id)
	require.NotEqual(w.t, contracttest.StatusClosed, v.Status, "%s: packet %d", w.where(), p.id)
	require.Equal(w.t, p.claims, v.Claimed, "%s: packet %d claim count", w.where(), p.id)
	require.Equal(w.t, p.requested, v.UndoRequested, "%s: packet %d undo request", w.where(), p.id)
	if p.sealed != nil {
		w.checkPendingDraws(p)
		require.Equal(w.t, p.sealed.Rem.ToBig().String(), v.Remaining.String(), "%s: sealed packet %d: remaining vs the mirror", w.where(), p.id)
		require.Equal(w.t, p.sealed.Shares, uint64(v.Shares), "%s: sealed packet %d: shares", w.where(), p.id)
	}
	if p.auth == authTickets && p.kind != contracttest.Direct {
		taken := int(p.claims)
		if p.sealed != nil {
			taken += len(p.sealed.Pending)
		}
		require.Equal(w.t, taken, len(p.ticketUsed), "%s: packet %d: %d claims, %d tickets used", w.where(), p.id, p.claims, len(p.ticketUsed))
	}
	return v.Remaining
}

// checkPendingDraws compares the escrow's pendingDraws view of a sealed packet with the mirror's queue.
func (w *world) checkPendingDraws(p *ghostPacket) {
	out, err := w.env.Call(w.env.Escrow, contracttest.EscrowABI.PackPendingDraws(p.bigID(), new(big.Int), big.NewInt(1000)))
	require.NoError(w.t, err)
	page, err := contracttest.EscrowABI.UnpackPendingDraws(out)
	require.NoError(w.t, err)
	require.Equal(w.t, uint64(len(p.sealed.Pending)), page.Total.Uint64(), "%s: packet %d: pending total", w.where(), p.id)
	got := page.Draws
	require.Len(w.t, got, len(p.sealed.Pending), "%s: packet %d: pending draws", w.where(), p.id)
	for i, d := range got {
		want := p.sealed.Pending[i]
		require.Equal(w.t, want.Index, d.Index.Uint64(), "%s: packet %d: pending index", w.where(), p.id)
		require.Equal(w.t, want.Claimer, d.Claimer, "%s: packet %d: pending claimer", w.where(), p.id)
		require.Equal(w.t, want.Block, d.BlockNumber, "%s: packet %d: pending block", w.where(), p.id)
		fee := p.sealedFee[want.Claimer]
		if fee == nil {
			fee = new(big.Int)
		}
		require.Equal(w.t, fee.String(), d.RelayFee.String(), "%s: packet %d: pending relay fee", w.where(), p.id)
	}
}

// drain is invariant 7: unblock every BLK account, and after every expiry refund everything, return the budgets
// to the treasury, withdraw every owed balance (a contract actor's to its owner) and find the escrow empty.
func (w *world) drain() {
	w.op, w.touched = "drain", map[uint64]bool{}
	for _, a := range w.blockedList() {
		w.setBlocked(a, false)
	}
	require.NoError(w.t, w.env.Warp(5*24*time.Hour))
	w.settleAll()
	for live := w.ghost.live(); len(live) > 0; live = w.ghost.live() {
		n := min(len(live), 40)
		var ids []*big.Int
		for _, p := range live[:n] {
			ids = append(ids, w.idOf(p))
		}
		w.rc = receiptState{}
		require.NotNil(w.t, w.exec(w.eoas[0], nil, contracttest.EscrowABI.PackRefundMany(ids)), "%s: drain refund", w.where())
		require.Nil(w.t, w.rc.stopped, "%s: drain batch stopped", w.where())
		w.checkInvariants()
	}
	for _, tk := range w.tokens {
		if b := w.ghost.budgetOf(w.org.id, tk.addr); b.Sign() > 0 {
			data := contracttest.EscrowABI.PackWithdrawOrgBudget(w.org.id, tk.addr, new(big.Int).Set(b))
			w.rc = receiptState{}
			require.NotNil(w.t, w.exec(w.org.admins[0], nil, data), "%s: drain budget", w.where())
			w.checkInvariants()
		}
	}
	for _, tk := range w.tokens {
		for i, a := range w.actors {
			if o := w.ghost.owed[tk.addr][a.addr]; o == nil || o.Sign() == 0 {
				continue
			}
			to := a.addr
			if a.contract {
				to = a.owner()
			}
			w.rc = receiptState{}
			require.NotNil(w.t, w.exec(i, nil, contracttest.EscrowABI.PackWithdrawOwed(tk.addr, to)), "%s: drain owed", w.where())
			w.checkInvariants()
		}
	}
	require.Empty(w.t, w.ghost.live(), "%s", w.where())
	for _, tk := range w.tokens {
		for a, o := range w.ghost.owed[tk.addr] {
			require.Zero(w.t, o.Sign(), "%s: %s still owed %s in %s", w.where(), a, o, tk.name)
		}
		bal := w.escrowETH()
		if tk.addr != (common.Address{}) {
			bal = w.env.TokenBalance(tk.addr, w.env.Escrow)
		}
		require.Zero(w.t, bal.Sign(), "%s: the drained escrow still holds %s %s", w.where(), bal, tk.name)
	}
}

// settleAll draws every pending share of a sealed packet (the keeper's job), 30 packets per transaction.
func (w *world) settleAll() {
	var ids []*big.Int
	for _, p := range w.ghost.live() {
		if p.sealed != nil && len(p.sealed.Pending) > 0 {
			ids = append(ids, p.bigID())
		}
	}
	for len(ids) > 0 {
		n := min(len(ids), 30)
		w.rc = receiptState{}
		require.NotNil(w.t, w.exec(w.eoas[0], nil, contracttest.EscrowABI.PackSettleMany(ids[:n])), "%s: drain settle", w.where())
		w.checkInvariants()
		ids = ids[n:]
	}
	for _, p := range w.ghost.live() {
		require.True(w.t, p.sealed == nil || len(p.sealed.Pending) == 0, "%s: packet %d still has pending draws", w.where(), p.id)
	}
}

// report logs what the run did.
func (w *world) report(ops int, setup, opsTook, total time.Duration) {
	var names []string
	for n := range w.stats {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "seed %d: %d operations in %s (%.1f ops/s; setup %s, total with drain %s)\n", w.seed, ops,
		opsTook.Round(time.Millisecond), float64(ops)/opsTook.Seconds(), setup.Round(time.Millisecond), total.Round(time.Millisecond))
	fmt.Fprintf(&b, "  %d packets, %d claims, %d owed credits, %d owed withdrawals; escrow drained to 0 in %d tokens\n",
		w.ghost.lastID, w.ghost.claims, w.ghost.credits, w.ghost.payouts, len(w.tokens))
	reverts := 0
	for _, n := range names {
		st := w.stats[n]
		reverts += st.reverted
		fmt.Fprintf(&b, "  %-16s ok %6d  reverted %6d  %s\n", n, st.ok, st.reverted, sortedCounts(st.reasons))
	}
	fmt.Fprintf(&b, "  reverts: %d\n", reverts)
	fmt.Fprintf(&b, "  closures: %s; undo requests: %d\n", sortedCounts(w.ghost.closures), w.ghost.requests)
	a := w.adv
	fmt.Fprintf(&b, "  re-entry: %d attempts stopped by the guard (%d HOOK hooks)\n", a.guardTrips, a.hookCalls)
	fmt.Fprintf(&b, "  blocklist: %d toggles, %d pushes credited to blocked accounts\n", a.blockToggles, a.blockedCredits)
	fmt.Fprintf(&b, "  on-chain gas burner: %d pushes credited, %d of its own transactions burnt\n", a.burnerCredits, a.burnedOwnTx)
	fmt.Fprintf(&b, "  EIP-7702: %d SetCode transactions, %d claims by the delegated EOA, %d relayed for it, %d sent through execute\n",
		a.delegations, a.smartClaims, a.smartClaimsFor, a.smartBatched)
	fmt.Fprintf(&b, "  tickets: %d claims, %d reuses refused\n", a.ticketClaims, a.ticketReuses)
	fmt.Fprintf(&b, "  sealed draw: %d claims took an index, %d shares drawn (%d as the plain average after 256 blocks)\n",
		w.ghost.pendingClaims, w.ghost.drawn, w.ghost.averagedDraws)
	fmt.Fprintf(&b, "  refundMany: %d with a small gas limit, %d stopped early (%d packets refunded before the stop)",
		a.batchesShortGas, a.batchesStopped, a.refundsInStopped)
	w.t.Log(b.String())
}

func sortedCounts(m map[string]int) string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || m[keys[i]] == m[keys[j]] && keys[i] < keys[j] })
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s:%d", k, m[k]))
	}
	return strings.Join(parts, " ")
}

// requireCoverage makes a long run prove it exercised every operation, every way out of a packet and every
// adversary.
func (w *world) requireCoverage() {
	for _, o := range operations {
		st := w.stats[o.name]
		require.NotNil(w.t, st, "operation %s never ran (seed %d)", o.name, w.seed)
		if o.name == "ticketReuse" {
			continue // it succeeds by reverting
		}
		require.Positive(w.t, st.ok, "operation %s never succeeded (seed %d)", o.name, w.seed)
	}
	for _, c := range []string{"ClaimedOut", "Refunded", "CoolOffWithdrawn", "Undone", "UndoApproved", "Declined", "Intercepted"} {
		require.Positive(w.t, w.ghost.closures[c], "no packet closed by %s (seed %d)", c, w.seed)
	}
	require.Positive(w.t, w.ghost.credits, "the owed ledger was never credited (seed %d)", w.seed)
	require.Positive(w.t, w.ghost.pendingClaims, "no sealed claim (seed %d)", w.seed)
	require.Positive(w.t, w.ghost.drawn, "no sealed share drawn (seed %d)", w.seed)
	require.Positive(w.t, w.ghost.averagedDraws, "no sealed share drawn as the average after 256 blocks (seed %d)", w.seed)
	require.Positive(w.t, w.ghost.payouts, "the owed ledger was never withdrawn (seed %d)", w.seed)
	a := w.adv
	for name, n := range map[string]int{
		"re-entry attempts": a.guardTrips, "ticket claims": a.ticketClaims, "ticket reuses": a.ticketReuses,
		"credits to the burner": a.burnerCredits, "claims by the delegated EOA": a.smartClaims + a.smartClaimsFor,
		"refundMany with a small gas limit": a.batchesShortGas,
	} {
		require.Positive(w.t, n, "no %s (seed %d)", name, w.seed)
	}
}
