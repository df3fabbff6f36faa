package invariant

import (
	"fmt"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/contracttest"
)

// envUint reads a uint64 from the environment, or returns def.
func envUint(t *testing.T, name string, def uint64) uint64 {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.ParseUint(s, 10, 64)
	require.NoError(t, err, name)
	return v
}

// TestInvariants runs the random operation sequence and checks every invariant of the package doc after
// every step, then drains the escrow.
func TestInvariants(t *testing.T) {
	seed := envUint(t, "HONGBAO_INVARIANT_SEED", uint64(time.Now().UnixNano()))
	defOps := uint64(2500)
	if testing.Short() {
		defOps = 400
	}
	ops := int(envUint(t, "HONGBAO_INVARIANT_OPS", defOps))
	t.Logf("seed %d, %d operations (replay: HONGBAO_INVARIANT_SEED=%d)", seed, ops, seed)

	w := newWorld(t, seed)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("FAILED at step %d (%s); replay with HONGBAO_INVARIANT_SEED=%d", w.step, w.op, seed)
		}
	})
	start := time.Now()
	w.op, w.touched = "setup", map[uint64]bool{}
	w.checkInvariants()
	skipped := 0
	for w.step = 1; w.step <= ops; {
		op := w.pickOp()
		w.op, w.touched, w.skipped = op.name, map[uint64]bool{}, false
		op.run(w)
		if w.skipped {
			skipped++
			continue
		}
		w.checkInvariants()
		w.step++
	}
	t.Logf("%d picks skipped for want of a fitting target", skipped)
	w.drain()
	w.report(ops, time.Since(start))
	if ops >= 2000 {
		w.requireCoverage()
	}
}

// checkInvariants checks invariants 1–4 of the package doc on every live or just-touched packet, every
// token and every owed balance.
func (w *world) checkInvariants() {
	live := map[common.Address]*big.Int{}
	for _, tk := range w.tokens {
		live[tk.addr] = new(big.Int)
	}
	ids := map[uint64]bool{}
	for _, p := range w.ghost.live() {
		ids[p.id] = true
	}
	for id := range w.touched {
		if w.ghost.packets[id] != nil {
			ids[id] = true
		}
	}
	for id := range ids {
		p := w.ghost.packets[id]
		remaining := w.checkPacket(p)
		live[p.token].Add(live[p.token], remaining)
	}
	for _, tk := range w.tokens {
		owed := w.checkOwed(tk.addr)
		budget := w.orgBudget(tk.addr)
		require.Equal(w.t, w.ghost.budgetOf(w.org.id, tk.addr).String(), budget.String(), "%s: %s budget", w.where(), tk.name)
		want := new(big.Int).Add(live[tk.addr], owed)
		want.Add(want, budget)
		require.Equal(w.t, want.String(), w.escrowBalance(tk.addr).String(),
			"%s: %s balance of the escrow != live remaining %s + org budget %s + owed %s", w.where(), tk.name, live[tk.addr], budget, owed)
	}
}

// checkPacket checks conservation and status of one packet against the chain and returns its on-chain
// remaining.
func (w *world) checkPacket(p *ghostPacket) *big.Int {
	v := w.env.Packet(p.bigID())
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
	return v.Remaining
}

// checkOwed compares every pull balance of token on chain with the ghost ledger and returns their sum.
func (w *world) checkOwed(tok common.Address) *big.Int {
	accounts := map[common.Address]bool{}
	for _, a := range w.actors {
		accounts[a.addr] = true
	}
	for acct := range w.ghost.owed[tok] {
		accounts[acct] = true
	}
	sum := new(big.Int)
	for acct := range accounts {
		on := w.env.Owed(tok, acct)
		require.Equal(w.t, w.ghost.owedOf(tok, acct).String(), on.String(), "%s: owed[%s][%s]", w.where(), tok, acct)
		sum.Add(sum, on)
	}
	return sum
}

// drain is invariant 7: after every expiry, refund everything, return the budgets to the treasury, withdraw
// every owed balance (the rejecter's to its owner) and find the escrow empty.
func (w *world) drain() {
	w.op, w.touched = "drain", map[uint64]bool{}
	require.NoError(w.t, w.env.Warp(5*24*time.Hour))
	live := w.ghost.live()
	for len(live) > 0 {
		n := min(len(live), 40)
		var ids []*big.Int
		for _, p := range live[:n] {
			ids = append(ids, w.idOf(p))
		}
		require.NotNil(w.t, w.exec(w.eoas[0], nil, contracttest.EscrowABI.PackRefundMany(ids)), "%s: drain refund", w.where())
		live = live[n:]
	}
	w.checkInvariants()
	for _, tk := range w.tokens {
		if b := w.ghost.budgetOf(w.org.id, tk.addr); b.Sign() > 0 {
			data := contracttest.EscrowABI.PackWithdrawOrgBudget(w.org.id, tk.addr, new(big.Int).Set(b))
			require.NotNil(w.t, w.exec(w.org.admins[0], nil, data), "%s: drain budget", w.where())
		}
	}
	w.checkInvariants()
	for _, tk := range w.tokens {
		for i, a := range w.actors {
			if o := w.ghost.owed[tk.addr][a.addr]; o == nil || o.Sign() == 0 {
				continue
			}
			to := a.addr
			if a.contract {
				to = crypto.PubkeyToAddress(a.key.PublicKey)
			}
			require.NotNil(w.t, w.exec(i, nil, contracttest.EscrowABI.PackWithdrawOwed(tk.addr, to)), "%s: drain owed", w.where())
		}
	}
	w.checkInvariants()
	require.Empty(w.t, w.ghost.live(), "%s", w.where())
	for _, tk := range w.tokens {
		require.Zero(w.t, w.escrowBalance(tk.addr).Sign(), "%s: the drained escrow still holds %s", w.where(), tk.name)
	}
}

// report logs what the run did.
func (w *world) report(ops int, took time.Duration) {
	var names []string
	for n := range w.stats {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "seed %d: %d operations + drain in %s; %d packets\n", w.seed, ops, took.Round(time.Millisecond), w.ghost.lastID)
	for _, n := range names {
		st := w.stats[n]
		fmt.Fprintf(&b, "  %-16s ok %5d  reverted %5d  %s\n", n, st.ok, st.reverted, sortedCounts(st.reasons))
	}
	fmt.Fprintf(&b, "  closures: %s; undo requests: %d\n", sortedCounts(w.ghost.closures), w.ghost.requests)
	fmt.Fprintf(&b, "  owed ledger: %d credits, %d withdrawals", w.ghost.credits, w.ghost.payouts)
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

// requireCoverage makes a long run prove it exercised every operation and every way out of a packet.
func (w *world) requireCoverage() {
	for _, o := range operations {
		st := w.stats[o.name]
		require.NotNil(w.t, st, "operation %s never ran", o.name)
		require.Positive(w.t, st.ok, "operation %s never succeeded (seed %d)", o.name, w.seed)
	}
	for _, c := range []string{"ClaimedOut", "Refunded", "CoolOffWithdrawn", "Undone", "UndoApproved", "Declined", "Intercepted"} {
		require.Positive(w.t, w.ghost.closures[c], "no packet closed by %s (seed %d)", c, w.seed)
	}
	require.Positive(w.t, w.ghost.credits, "the owed ledger was never credited (seed %d)", w.seed)
	require.Positive(w.t, w.ghost.payouts, "the owed ledger was never withdrawn (seed %d)", w.seed)
}
