package keeper

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
)

// Keeper poisoning (the security review of issue 10): a receiver, or a token, that is cheap under simulation
// (gas price 0, as eth_call and eth_estimateGas run) and burns its whole push allowance in the real
// transaction. Such payouts used to make a keeper's refundMany, sized by its estimate, revert. Now the keeper
// gives each packet client.PushReserve on top of the estimate, and refundMany stops early (successfully)
// when the gas left cannot cover the next payout.

// modeBurnGasOnChain is TestActor.Mode.BurnGasOnChain: all gas burnt when tx.gasprice > 0, cheap otherwise.
const modeBurnGasOnChain uint8 = 5

var (
	actorABI = contracttest.Actor
	simToken = mocks.NewSimulationAwareToken()
)

// poisonWorld is a harness with packets from honest senders and from poisoned ones, in ETH or in a
// SimulationAwareToken.
type poisonWorld struct {
	*harness
	token    common.Address // zero: ETH
	honest   []packet
	poisoned []packet
	all      []packet // in id order
}

// extraAccounts are accounts after testAccounts: the token case's poisoned senders.
const extraAccounts = 120

func newPoisonWorld(t *testing.T, useToken bool) *poisonWorld {
	h := newHarness(t, testAccounts+extraAccounts)
	w := &poisonWorld{harness: h}
	if useToken {
		var err error
		w.token, err = h.env.DeployMock(mocks.SimulationAwareTokenMetaData.Bin, nil)
		require.NoError(t, err)
		for i := 0; i < h.senders; i++ {
			w.fund(firstSender+i, big.NewInt(1_000_000_00))
		}
	}
	return w
}

// fund mints amount of the token to account i and approves the escrow for it.
func (w *poisonWorld) fund(i int, amount *big.Int) {
	w.t.Helper()
	_, err := w.env.TxTo(w.env.Key(i), w.token, nil, simToken.PackMint(w.env.Addr(i), amount))
	require.NoError(w.t, err)
	_, err = w.env.TxTo(w.env.Key(i), w.token, nil, simToken.PackApprove(w.env.Escrow, amount))
	require.NoError(w.t, err)
}

// sendHonest sends n packets from the honest senders in turn (distinct amounts).
func (w *poisonWorld) sendHonest(n int) {
	w.t.Helper()
	if n == 0 {
		return
	}
	params := w.ethPackets(n, 3600)
	if w.token != (common.Address{}) {
		for i := range params {
			params[i].Token, params[i].Amount = w.token, big.NewInt(int64(100+len(w.honest)+i))
		}
	}
	ps := w.sendMany(params)
	w.honest = append(w.honest, ps...)
	w.all = append(w.all, ps...)
}

// sendPoisoned sends one packet of the smallest amount (1 wei, 1 base unit) whose refund goes to a receiver
// that burns its push allowance on chain only: for ETH a TestActor in BurnGasOnChain mode that sends it, for
// the token an EOA the token traps.
func (w *poisonWorld) sendPoisoned() {
	w.t.Helper()
	unit := big.NewInt(1)
	p := contracttest.DirectParams(w.env.Addr(firstSender), unit)
	p.Ttl = 3600
	var (
		sender common.Address
		id     *big.Int
	)
	if w.token == (common.Address{}) {
		addr, err := w.env.DeployMock(mocks.TestActorMetaData.Bin, actorABI.PackConstructor(w.env.Addr(owner)))
		require.NoError(w.t, err)
		_, err = w.env.TxTo(w.env.Key(owner), addr, nil, actorABI.PackSetMode(modeBurnGasOnChain))
		require.NoError(w.t, err)
		r, err := w.env.TxTo(w.env.Key(owner), addr, unit, actorABI.PackExecute(w.env.Escrow, unit, esc.PackSend(p)))
		require.NoError(w.t, err)
		sender, id = addr, one[escrow.HongbaoEscrowPacketSent](w.t, r).Id
	} else {
		i := testAccounts + len(w.poisoned)
		require.Less(w.t, i, testAccounts+extraAccounts, "more poisoned senders than accounts")
		w.fund(i, big.NewInt(1))
		p.Token = w.token
		var err error
		id, _, err = w.env.SendPacket(w.env.Key(i), p)
		require.NoError(w.t, err)
		sender = w.env.Addr(i)
		_, err = w.env.TxTo(w.env.Key(owner), w.token, nil, simToken.PackSetTrapped(sender, true))
		require.NoError(w.t, err)
	}
	v := w.env.Packet(id)
	pk := packet{id: id.Uint64(), sender: sender, total: unit, expiresAt: v.ExpiresAt.Uint64()}
	w.poisoned = append(w.poisoned, pk)
	w.all = append(w.all, pk)
}

// balance is account a's balance in the world's asset.
func (w *poisonWorld) balance(a common.Address) *big.Int {
	if w.token == (common.Address{}) {
		return w.env.Balance(a)
	}
	return w.env.TokenBalance(w.token, a)
}

// balances snapshots the balance of every sender.
func (w *poisonWorld) balances() map[common.Address]*big.Int {
	out := map[common.Address]*big.Int{}
	for _, p := range w.all {
		out[p.sender] = w.balance(p.sender)
	}
	return out
}

// passes runs keeper passes until one finds nothing due (at most max), and returns the summaries of the
// passes that had something to do.
func (w *poisonWorld) passes(k *Keeper, max int) []Summary {
	w.t.Helper()
	var out []Summary
	for range max {
		sum, err := k.RunOnce(context.Background())
		require.NoError(w.t, err)
		if sum.Due == 0 {
			return out
		}
		out = append(out, sum)
	}
	w.t.Fatalf("packets still due after %d passes", max)
	return nil
}

// requirePaid checks the outcome after every refund: each honest sender got its packets back in full, each
// poisoned receiver has its amount owed (withdrawOwed pays it to any address it names) and nothing else, and
// the escrow holds exactly what it owes.
func (w *poisonWorld) requirePaid(before map[common.Address]*big.Int) {
	w.t.Helper()
	want := map[common.Address]*big.Int{}
	for a, b := range before {
		want[a] = new(big.Int).Set(b)
	}
	for _, p := range w.honest {
		want[p.sender].Add(want[p.sender], p.total)
	}
	owed := new(big.Int)
	for _, p := range w.poisoned {
		require.Equal(w.t, p.total.String(), w.env.Owed(w.token, p.sender).String(), "owed to poisoned sender %s", p.sender)
		owed.Add(owed, p.total)
	}
	for a, v := range want {
		require.Equal(w.t, v.String(), w.balance(a).String(), "balance of sender %s", a)
	}
	require.Equal(w.t, owed.String(), w.balance(w.env.Escrow).String(), "the escrow holds the owed amounts only")
}

// estimate is eth_estimateGas of refundMany over every packet from the keeper's address: under simulation the
// poisoned receivers are cheap.
func (w *poisonWorld) estimate() uint64 {
	w.t.Helper()
	ids := make([]*big.Int, len(w.all))
	for i, p := range w.all {
		ids[i] = new(big.Int).SetUint64(p.id)
	}
	gas, err := w.env.Client.EstimateGas(context.Background(), ethereum.CallMsg{
		From: w.env.Addr(keeperA), To: &w.env.Escrow, Data: esc.PackRefundMany(ids)})
	require.NoError(w.t, err)
	return gas
}

// owedCredits counts the OwedCredited events in the keepers' transactions.
func (w *poisonWorld) owedCredits() int {
	w.t.Helper()
	n := 0
	for _, hash := range w.txs {
		r, err := w.env.Client.TransactionReceipt(context.Background(), hash)
		require.NoError(w.t, err)
		for _, l := range r.Logs {
			if _, err := esc.UnpackOwedCreditedEvent(l); err == nil {
				n++
			}
		}
	}
	return n
}

// Poisoned packets batched with honest ones: the keeper refunds every packet in one pass, no transaction
// reverts, honest senders are paid in full and the poisoned receivers' amounts are owed. Under simulation the
// batch is cheap; on chain each poisoned payout burns its allowance, which the keeper's per-packet reserve
// covers.
func TestPoisonedReceiversCannotBlockKeeper(t *testing.T) {
	cases := []struct {
		name             string
		token            bool
		honest, poisoned int
		batch            int
		txs              int
	}{
		{name: "eth/3 poisoned among 20 honest", honest: 20, poisoned: 3, batch: 50, txs: 1},
		{name: "eth/1 poisoned among 20 honest", honest: 20, poisoned: 1, batch: 50, txs: 1},
		{name: "token/3 poisoned among 20 honest", token: true, honest: 20, poisoned: 3, batch: 50, txs: 1},
		{name: "token/1 poisoned among 20 honest", token: true, honest: 20, poisoned: 1, batch: 50, txs: 1},
		{name: "token/40 poisoned among 20 honest", token: true, honest: 20, poisoned: 40, batch: 50, txs: 2},
		{name: "eth/40 poisoned among 20 honest", honest: 20, poisoned: 40, batch: 50, txs: 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newPoisonWorld(t, tc.token)
			// Honest and poisoned packets interleaved: a chunk of honest ones, a poisoned one, and so on.
			for i := range tc.poisoned {
				w.sendHonest(tc.honest*(i+1)/(tc.poisoned+1) - len(w.honest))
				w.sendPoisoned()
			}
			w.sendHonest(tc.honest - len(w.honest))
			w.warpPast(w.all)
			estimate := w.estimate()
			before := w.balances()

			k := w.keeper(withBatch(w.config(w.backend(), keeperA, "a.json"), tc.batch))
			sums := w.passes(k, 4)
			require.Len(t, sums, 1, "one pass refunds everything")
			sum := sums[0]
			require.Equal(t, tc.honest+tc.poisoned, sum.Refunded)
			require.Equal(t, tc.txs, sum.Batches)
			require.Zero(t, sum.Stopped)
			require.Zero(t, sum.Quarantined)
			require.Zero(t, sum.Open)

			txs := w.keeperTxs() // every one succeeded (checked inside)
			require.Len(t, txs, tc.txs)
			requireNoWaste(t, txs)
			w.requireAllOnce(w.all)
			// Each poisoned payout failed on chain (it burnt its allowance) and was credited to the owed ledger;
			// under simulation the same payouts succeed cheaply.
			require.Equal(t, tc.poisoned, w.owedCredits())
			w.requirePaid(before)

			var limits []string
			for _, tx := range txs {
				mined, _, err := w.env.Client.TransactionByHash(context.Background(), tx.hash)
				require.NoError(t, err)
				limits = append(limits, fmt.Sprint(mined.Gas()))
			}
			t.Logf("%s: %d pass, %d transaction(s), %d packets refunded, gas used %d (%d per packet), "+
				"gas limit(s) %s, eth_estimateGas of the whole batch %d",
				tc.name, len(sums), sum.Batches, sum.Refunded, sum.GasUsed, sum.GasUsed/uint64(sum.Refunded),
				strings.Join(limits, ", "), estimate)
		})
	}
}

// A batch that cannot fit in one transaction: 100 poisoned token payouts (each burns its 150,000 push
// allowance on chain) and 10 honest ones in a batch of 110. The keeper's limit (estimate + a reserve per
// packet) is capped at 2^24, so refundMany runs short: it stops early (RefundBatchStopped) and succeeds, the
// ids it did not reach stay open and due, and the next pass refunds them. No transaction reverts, nothing is
// refunded twice, and every id of the first transaction before the stop was refunded.
func TestStoppedBatchRestTakenNextPass(t *testing.T) {
	w := newPoisonWorld(t, true)
	const honest, poisoned = 10, 100
	for i := range poisoned {
		w.sendHonest(honest*(i+1)/(poisoned+1) - len(w.honest))
		w.sendPoisoned()
	}
	w.sendHonest(honest - len(w.honest))
	w.warpPast(w.all)
	before := w.balances()

	k := w.keeper(withBatch(w.config(w.backend(), keeperA, "a.json"), honest+poisoned))
	sums := w.passes(k, 5)
	require.Len(t, sums, 2, "the pass that stopped early, and the one that took the rest")
	first, second := sums[0], sums[1]
	require.Equal(t, 1, first.Batches)
	require.Equal(t, 1, first.Stopped)
	require.Positive(t, first.Refunded)
	require.Less(t, first.Refunded, honest+poisoned)
	require.Equal(t, honest+poisoned-first.Refunded, first.Open, "the rest stays open")
	require.Equal(t, 1, second.Batches)
	require.Zero(t, second.Stopped)
	require.Equal(t, honest+poisoned-first.Refunded, second.Refunded)
	require.Zero(t, second.Open)

	txs := w.keeperTxs() // both succeeded (checked inside)
	require.Len(t, txs, 2)
	reached := len(txs[0].refunded)
	require.Equal(t, txs[0].asked[:reached], txs[0].refunded, "the first transaction refunded a prefix of its ids")
	require.ElementsMatch(t, txs[0].asked[reached:], txs[1].asked, "the second took exactly the rest")
	require.Equal(t, txs[1].asked, txs[1].refunded)
	r, err := w.env.Client.TransactionReceipt(context.Background(), txs[0].hash)
	require.NoError(t, err)
	stops := 0
	for _, l := range r.Logs {
		if ev, err := esc.UnpackRefundBatchStoppedEvent(l); err == nil {
			stops++
			require.Equal(t, uint64(reached), ev.Next.Uint64())
			require.Equal(t, uint64(honest+poisoned), ev.Total.Uint64())
		}
	}
	require.Equal(t, 1, stops, "RefundBatchStopped events in the first transaction")
	m := k.metrics.snapshot()
	require.Zero(t, m.preempted, "a stop is not counted as ids refunded by someone else")
	require.Equal(t, uint64(1), m.batchesStopped)
	require.Equal(t, uint64(honest+poisoned-reached), m.leftOver)

	w.requireAllOnce(w.all)
	require.Equal(t, poisoned, w.owedCredits())
	w.requirePaid(before)
	mined, _, err := w.env.Client.TransactionByHash(context.Background(), txs[0].hash)
	require.NoError(t, err)
	t.Logf("110 packets (100 poisoned): pass 1 refunded %d in 1 transaction (limit %d, gas used %d, %d per packet), "+
		"stopped at %d; pass 2 refunded %d (gas used %d, %d per packet)", first.Refunded, mined.Gas(), first.GasUsed,
		first.GasUsed/uint64(first.Refunded), reached, second.Refunded, second.GasUsed, second.GasUsed/uint64(second.Refunded))
}

// lowCallCap is a node whose eth_call gas cap is far below what refundMany of a batch needs (some providers
// cap eth_call at a few million gas): the keeper's simulation stops early. The keeper splits such a batch
// instead of waiting for a simulation that never covers it.
type lowCallCap struct {
	*chainBackend
	cap uint64
}

func (b *lowCallCap) PendingCallContract(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
	if msg.Gas == 0 || msg.Gas > b.cap {
		msg.Gas = b.cap
	}
	return b.chainBackend.PendingCallContract(ctx, msg)
}

// A simulation that stops early for gas (the node's eth_call cap): the batch is split until each half
// simulates in full, and every packet is refunded in the same pass.
func TestSimulationStoppedEarlySplits(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(50, 3600))
	h.warpPast(ps)
	k := h.keeper(withBatch(h.config(&lowCallCap{chainBackend: h.backend(), cap: 1_000_000}, keeperA, "a.json"), 50))
	sum, err := k.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, 50, sum.Refunded)
	require.GreaterOrEqual(t, sum.Batches, 2)
	require.Zero(t, sum.Stopped)
	require.Zero(t, sum.Quarantined)
	require.Zero(t, sum.Open)
	h.requireAllOnce(ps)
	requireNoWaste(t, h.keeperTxs())
	t.Logf("50 packets under a 1,000,000-gas eth_call cap: %d transactions", sum.Batches)
}
