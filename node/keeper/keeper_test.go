package keeper

import (
	"context"
	"math/big"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

const day = 86400

// A thousand expired packets, a keeper killed after a few batches (its last transaction mined but never
// confirmed to it), and a new keeper from the checkpoint: every packet refunded exactly once, to its sender,
// in full, and no transaction carried an id that was no longer refundable.
func TestThousandPacketsAcrossRestart(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(1000, day))
	h.warpPast(ps)
	senderBefore := h.env.Balance(ps[0].sender)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b := h.backend()
	b.afterSend = func(n int) {
		if n == 7 {
			cancel() // the 7th batch is mined, but the keeper dies before it sees the receipt
		}
	}
	// One transaction in flight at a time, so that the checkpoint's contents are exact (batches 1-6 booked);
	// TestKilledWithBatchesInFlight kills a keeper with several in flight.
	cfg := h.config(b, keeperA, "a.json")
	cfg.MaxInFlight = 1
	first := h.keeper(cfg)
	require.NoError(t, first.Run(ctx))
	firstTxs := h.keeperTxs()
	require.Len(t, firstTxs, 7)

	// The checkpoint on disk still lists the packets of the 7th batch as open.
	saved, err := loadState(first.cfg.Checkpoint, h.env.ChainID, h.env.Escrow)
	require.NoError(t, err)
	require.Len(t, saved.open, 1000-6*50)

	second := h.keeper(h.config(h.backend(), keeperA, "a.json"))
	sum, err := second.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, 1000-7*50, sum.Refunded)
	require.Equal(t, 0, sum.Dropped, "the scan, not the simulation, should have removed the 7th batch")
	require.Equal(t, 13, sum.Batches)
	require.Equal(t, 0, sum.Open)

	h.requireAllOnce(ps)
	txs := h.keeperTxs()
	require.Len(t, txs, 20)
	requireNoWaste(t, txs)

	// Sender 0 of the test sent every 20th packet and got each back in full.
	var back big.Int
	for _, p := range ps {
		if p.sender == ps[0].sender {
			back.Add(&back, p.total)
		}
	}
	require.Equal(t, new(big.Int).Add(senderBefore, &back), h.env.Balance(ps[0].sender))

	// A third pass finds nothing to do and sends nothing.
	sum, err = second.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, Summary{FromBlock: sum.FromBlock, ToBlock: sum.ToBlock, Scanned: true}, sum)
	require.Len(t, h.keeperTxs(), 20)
}

// Two keepers with their own keys and checkpoints race over the same packets: every packet is refunded
// exactly once, no transaction fails, and whatever overlap there was is accounted for by the metrics.
func TestTwoKeepersRace(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(400, day))
	h.warpPast(ps)

	ka := h.keeper(withBatch(h.config(h.backend(), keeperA, "a.json"), 20))
	kb := h.keeper(withBatch(h.config(h.backend(), keeperB, "b.json"), 20))
	var wg sync.WaitGroup
	sums := make([]Summary, 2)
	for i, k := range []*Keeper{ka, kb} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := k.RunOnce(context.Background())
			require.NoError(t, err)
			sums[i] = s
		}()
	}
	wg.Wait()

	h.requireAllOnce(ps)
	require.Equal(t, 400, sums[0].Refunded+sums[1].Refunded)
	txs := h.keeperTxs() // every one succeeded (checked inside)
	asked := 0
	perKeeper := map[common.Address]int{}
	for _, tx := range txs {
		asked += len(tx.asked)
		perKeeper[tx.from] += len(tx.refunded)
	}
	preempted := ka.metrics.snapshot().preempted + kb.metrics.snapshot().preempted
	require.Equal(t, uint64(asked-400), preempted, "ids sent but refunded by the other keeper first")
	t.Logf("refunded by A: %d, by B: %d, ids preempted: %d, ids dropped before sending: %d",
		perKeeper[ka.Address()], perKeeper[kb.Address()], preempted, sums[0].Dropped+sums[1].Dropped)

	// Both catch up with the other's refunds and have nothing left.
	for _, k := range []*Keeper{ka, kb} {
		s, err := k.RunOnce(context.Background())
		require.NoError(t, err)
		require.Zero(t, s.Open)
		require.Zero(t, s.Batches)
	}
}

// Packets that have not expired are left alone, up to the exact second: expiresAt == head time is due,
// expiresAt == head time + 1 is not. They are refunded by a later pass once they expire.
func TestNotExpiredUntouched(t *testing.T) {
	h := newHarness(t, testAccounts)
	short := h.sendMany(h.ethPackets(30, 3600))[0:30]
	edge := h.sendMany(h.ethPackets(1, 3600))[0] // one block later: expires one second after the last short one
	long := h.sendMany(h.ethPackets(30, 2*day))
	k := h.keeper(h.config(h.backend(), keeperA, "a.json"))

	// Head time == the last short packet's expiry.
	last := short[len(short)-1].expiresAt
	require.Equal(t, last+1, edge.expiresAt)
	require.NoError(t, h.env.Warp(time.Duration(last-h.env.Now())*time.Second))
	require.Equal(t, last, h.env.Now())

	sum, err := k.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, 30, sum.Due)
	require.Equal(t, 30, sum.Refunded)
	require.Equal(t, 31, sum.Open)
	counts := h.refunds(append(append([]packet{}, short...), long...))
	for _, p := range short {
		require.Equal(t, 1, counts[p.id])
	}
	for _, p := range append([]packet{edge}, long...) {
		require.Zero(t, counts[p.id], "packet %d refunded before its expiry", p.id)
		v := h.env.Packet(new(big.Int).SetUint64(p.id))
		require.Zero(t, p.total.Cmp(v.Remaining), "packet %d lost money", p.id)
	}
	require.Equal(t, contracttest.StatusOpen, h.env.Packet(new(big.Int).SetUint64(long[0].id)).Status)
	for _, tx := range h.keeperTxs() {
		require.NotContains(t, tx.asked, edge.id)
	}

	h.warpPast(long)
	sum, err = k.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, 31, sum.Refunded)
	h.requireAllOnce(append(append(short, edge), long...))
	requireNoWaste(t, h.keeperTxs())
}

// Packets closed by the other clauses (claimed out, cool-off withdraw, undo, approved undo request, decline,
// intercept), before the keeper's first scan or between its passes, never appear in a refund; a packet with
// a pending undo request is still refunded, and a partly claimed one is refunded with exactly its rest.
func TestClosedByOtherClausesSkipped(t *testing.T) {
	h := newHarness(t, testAccounts)
	f := clauseFixture{h: h}
	f.setUndoPolicy()
	k := h.keeper(h.config(h.backend(), keeperA, "a.json"))
	ctx := context.Background()

	closed := map[string]uint64{ // closed before the first scan
		"direct claimed":     f.directClaimed(),
		"equal claimed out":  f.equalClaimedOut(),
		"cool-off withdrawn": f.coolOffWithdrawn(),
		"undone":             f.undone(),
	}
	declined, intercepted, approved := f.direct(contracttest.Ether(1)), f.guarded(), f.direct(contracttest.Ether(1))
	claimedOut, partial := f.open(2, contracttest.Ether(2)), f.open(3, contracttest.Ether(3))
	requested, untouched := f.direct(contracttest.Ether(1)), f.direct(contracttest.Ether(1))
	sum, err := k.RunOnce(ctx)
	require.NoError(t, err)
	require.Equal(t, 7, sum.Open)

	// Closed between the passes.
	f.must(fxRecipient, esc.PackDecline(big.NewInt(int64(declined))))
	f.must(fxGuardian, esc.PackIntercept(big.NewInt(int64(intercepted))))
	f.must(fxSender, esc.PackUndo(big.NewInt(int64(approved))))
	f.must(fxRecipient, esc.PackApproveUndo(big.NewInt(int64(approved))))
	f.claim(firstSender+3, claimedOut)
	f.claim(firstSender+4, claimedOut)
	f.claim(firstSender+5, partial)                              // 1 of 3 ETH: 2 ETH left
	f.must(fxSender, esc.PackUndo(big.NewInt(int64(requested)))) // a request only: the packet stays open
	closed["declined"], closed["intercepted"], closed["undo approved"], closed["claimed out later"] =
		declined, intercepted, approved, claimedOut

	f.warp(2 * day)
	sum, err = k.RunOnce(ctx)
	require.NoError(t, err)
	require.Equal(t, 3, sum.Refunded)
	require.Equal(t, 0, sum.Dropped, "the scan should have removed every closed packet")
	require.Equal(t, 0, sum.Open)

	require.Equal(t, map[uint64]int{partial: 1, requested: 1, untouched: 1}, h.refunds(nil))
	txs := h.keeperTxs()
	requireNoWaste(t, txs)
	for name, id := range closed {
		for _, tx := range txs {
			require.NotContains(t, tx.asked, id, "%s packet %d sent for refund", name, id)
		}
	}
	require.Equal(t, contracttest.Ether(2), f.refundedAmount(partial), "partly claimed packet refunded the wrong amount")
	require.Equal(t, contracttest.Ether(1), f.refundedAmount(requested))
}

// A keeper whose view is stale (here: it only scans confirmed blocks, and another party refunded since)
// drops the ids that are no longer refundable before sending, and sends nothing at all when none are.
func TestStaleViewDropsBeforeSending(t *testing.T) {
	for _, tc := range []struct {
		name       string
		preRefund  int // of 40 packets, refunded by someone else first
		wantBatch  int
		wantSkipAt bool
	}{
		{name: "some refunded elsewhere", preRefund: 25, wantBatch: 1},
		{name: "all refunded elsewhere", preRefund: 40, wantBatch: 0, wantSkipAt: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, testAccounts)
			ps := h.sendMany(h.ethPackets(40, 3600))
			scout := h.keeper(h.config(h.backend(), keeperA, "a.json"))
			_, err := scout.RunOnce(context.Background()) // learns the 40 open packets
			require.NoError(t, err)

			h.warpPast(ps)
			var ids []*big.Int
			for _, p := range ps[:tc.preRefund] {
				ids = append(ids, new(big.Int).SetUint64(p.id))
			}
			_, err = h.env.Tx(h.env.Key(firstSender), nil, esc.PackRefundMany(ids))
			require.NoError(t, err)

			cfg := h.config(h.backend(), keeperA, "a.json")
			cfg.Confirmations = 10 // the refund block is not confirmed yet: the scan does not see it
			k := h.keeper(cfg)
			sum, err := k.RunOnce(context.Background())
			require.NoError(t, err)
			require.False(t, sum.Scanned)
			require.Equal(t, 40, sum.Due)
			require.Equal(t, tc.preRefund, sum.Dropped)
			require.Equal(t, 40-tc.preRefund, sum.Refunded)
			require.Equal(t, tc.wantBatch, sum.Batches)
			require.Zero(t, sum.Open, "dropped ids leave the open set once getPacket says they are closed")
			if tc.wantSkipAt {
				require.Equal(t, uint64(1), k.metrics.snapshot().batchesSkipped)
			}

			h.requireAllOnce(ps)
			txs := h.keeperTxs()
			require.Len(t, txs, tc.wantBatch)
			requireNoWaste(t, txs)
			for _, tx := range txs {
				for _, p := range ps[:tc.preRefund] {
					require.NotContains(t, tx.asked, p.id)
				}
			}
		})
	}
}

// An RPC endpoint that fails one call in six (a fixed pseudo-random pattern), with a burst long enough to
// make whole passes fail, and every other send failing, half of those taken by the node but answered with
// an error: Run backs off, keeps going, and refunds everything exactly once without a second transaction
// for any batch.
func TestFlakyRPC(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(300, day))
	h.warpPast(ps)

	rnd := rand.New(rand.NewPCG(5, 6))
	fb := &flakyBackend{
		Backend:   h.backend(),
		fails:     func(n int) bool { return rnd.IntN(6) == 0 || (n >= 60 && n < 80) },
		sendFails: func(k int) bool { return k%2 == 1 },
	}
	k := h.keeper(withBatch(h.config(fb, keeperA, "a.json"), 25))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a guard against a hang, not a timing check
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- k.Run(ctx) }()
	// Wait until the chain shows every refund, then until the keeper has finished the pass in flight (the
	// pass counter moves at the start of a pass), so that its own books are complete.
	for len(h.refunds(nil)) < 300 && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	for passes := k.metrics.snapshot().passes; k.metrics.snapshot().passes < passes+2 && ctx.Err() == nil; {
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(t, ctx.Err())
	cancel()
	require.NoError(t, <-done)

	h.requireAllOnce(ps)
	txs := h.keeperTxs()
	require.Len(t, txs, 12)
	requireNoWaste(t, txs)
	m := k.metrics.snapshot()
	_, injected := fb.counts()
	require.Positive(t, m.passesFailed, "the burst should have failed at least one pass")
	require.Positive(t, m.rpcErrors)
	require.LessOrEqual(t, m.rpcErrors, uint64(injected))
	require.Equal(t, uint64(300), m.packetsRefunded)
	require.GreaterOrEqual(t, fb.sendFail, 2, "too few failed sends (every second one is ambiguous) to test what this claims")
}

// A receipt that does not come in time (a lagging node): the pass fails without sending anything else, and
// the next pass books the transaction it had sent instead of refunding its packets again.
func TestLateReceiptBookedNextPass(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(30, 3600))
	h.warpPast(ps)
	b := &laggingReceipts{Backend: h.backend()}
	b.hide.Store(true)
	cfg := h.config(b, keeperA, "a.json")
	cfg.ReceiptTimeout = time.Nanosecond // the first "not found" ends the wait
	k := h.keeper(cfg)

	sum, err := k.RunOnce(context.Background())
	require.ErrorContains(t, err, "not mined after")
	require.Zero(t, sum.Refunded)
	require.Len(t, h.keeperTxs(), 1, "the transaction was mined all the same")
	require.Len(t, k.inflight, 1)

	b.hide.Store(false)
	sum, err = k.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, 30, sum.Refunded)
	require.Equal(t, 1, sum.Batches)
	require.Zero(t, sum.Open)
	require.Empty(t, k.inflight)
	require.Len(t, h.keeperTxs(), 1, "nothing was sent again")
	h.requireAllOnce(ps)
	require.Equal(t, uint64(30), k.metrics.snapshot().packetsRefunded)
}

// laggingReceipts answers "not found" for every receipt while hide is set.
type laggingReceipts struct {
	Backend
	hide atomic.Bool
}

func (b *laggingReceipts) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	if b.hide.Load() {
		return nil, ethereum.NotFound
	}
	return b.Backend.TransactionReceipt(ctx, hash)
}

// New refuses a checkpoint of another escrow, and a config without the essentials.
func TestNewRejects(t *testing.T) {
	h := newHarness(t, testAccounts)
	good := h.config(h.backend(), keeperA, "a.json")
	h.sendMany(h.ethPackets(1, day))
	_, err := h.keeper(good).RunOnce(context.Background())
	require.NoError(t, err)

	other, _, err := h.env.DeployEscrow(0)
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"checkpoint of another escrow", func(c *Config) { c.Escrow = other }, "belongs to escrow"},
		{"no contract", func(c *Config) { c.Escrow = common.HexToAddress("0x1234"); c.Checkpoint = "" }, "no contract"},
		{"no key", func(c *Config) { c.Key = nil }, "no key"},
		{"no backend", func(c *Config) { c.Backend = nil }, "no backend"},
		{"batch too large", func(c *Config) { c.BatchSize = MaxBatchSize + 1 }, "batch size"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := good
			tc.edit(&cfg)
			_, err := New(context.Background(), cfg)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func withBatch(c Config, n int) Config {
	c.BatchSize = n
	return c
}

// clauseFixture closes packets through each withdrawal clause other than C1.
type clauseFixture struct{ h *harness }

const (
	fxSender    = firstSender
	fxRecipient = firstSender + 1
	fxGuardian  = firstSender + 2
)

func (f clauseFixture) must(from int, data []byte) {
	f.h.t.Helper()
	_, err := f.h.env.Tx(f.h.env.Key(from), nil, data)
	require.NoError(f.h.t, err)
}

func (f clauseFixture) send(p escrow.IHongbaoEscrowSendParams) uint64 {
	f.h.t.Helper()
	id, _, err := f.h.env.SendPacket(f.h.env.Key(fxSender), p)
	require.NoError(f.h.t, err)
	return id.Uint64()
}

func (f clauseFixture) warp(seconds uint64) {
	require.NoError(f.h.t, f.h.env.Warp(time.Duration(seconds)*time.Second))
}

// setUndoPolicy gives ETH one undo tier: up to 10 ETH, ten minutes, with the recipient's consent.
func (f clauseFixture) setUndoPolicy() {
	tiers := []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(10), Window: 600, Consent: true}}
	f.must(owner, esc.PackSetTokenPolicy(common.Address{}, big.NewInt(1), tiers))
}

func (f clauseFixture) direct(amount *big.Int) uint64 {
	return f.send(contracttest.DirectParams(f.h.env.Addr(fxRecipient), amount))
}

func (f clauseFixture) directClaimed() uint64 {
	id := f.direct(contracttest.Ether(1))
	f.claim(fxRecipient, id)
	return id
}

func (f clauseFixture) open(shares uint16, amount *big.Int) uint64 {
	return f.send(escrow.IHongbaoEscrowSendParams{
		Kind: contracttest.Equal, Auth: contracttest.Open, Shares: shares, Ttl: day, Amount: amount,
	})
}

func (f clauseFixture) equalClaimedOut() uint64 {
	id := f.open(2, contracttest.Ether(2))
	f.claim(firstSender+3, id)
	f.claim(firstSender+4, id)
	return id
}

func (f clauseFixture) claim(from int, id uint64) {
	f.must(from, esc.PackClaim(new(big.Int).SetUint64(id), nil))
}

func (f clauseFixture) coolOffWithdrawn() uint64 {
	p := contracttest.DirectParams(f.h.env.Addr(fxRecipient), contracttest.Ether(1))
	p.Delay = 3600
	id := f.send(p)
	f.must(fxSender, esc.PackWithdrawCoolOff(new(big.Int).SetUint64(id)))
	return id
}

func (f clauseFixture) undone() uint64 {
	id := f.open(4, contracttest.Ether(4))
	f.must(fxSender, esc.PackUndo(new(big.Int).SetUint64(id)))
	return id
}

// guarded is a Direct packet with a guardian who may intercept it (C6).
func (f clauseFixture) guarded() uint64 {
	p := contracttest.DirectParams(f.h.env.Addr(fxRecipient), contracttest.Ether(1))
	p.Guardian = f.h.env.Addr(fxGuardian)
	return f.send(p)
}

// refundedAmount is the amount of packet id's Refunded event.
func (f clauseFixture) refundedAmount(id uint64) *big.Int {
	for _, tx := range f.h.keeperTxs() {
		r, err := f.h.env.Client.TransactionReceipt(context.Background(), tx.hash)
		require.NoError(f.h.t, err)
		for _, l := range r.Logs {
			if ev, err := esc.UnpackRefundedEvent(l); err == nil && ev.Id.Uint64() == id {
				return ev.Amount
			}
		}
	}
	f.h.t.Fatalf("no Refunded event for packet %d", id)
	return nil
}
