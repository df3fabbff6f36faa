package attacks

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/contracttest"
)

// modeBurnGasOnChain is TestActor.Mode.BurnGasOnChain: the actor burns all gas it gets when tx.gasprice > 0 (a
// real transaction) and accepts ETH cheaply under simulation (eth_call, eth_estimateGas: gas price 0).
const modeBurnGasOnChain uint8 = 5

var simToken = mocks.NewSimulationAwareToken()

// poisonedBatch is a refund batch of honest packets with simulation-aware receivers among them.
type poisonedBatch struct {
	token    common.Address // zero: ETH
	ids      []*big.Int
	amounts  []*big.Int
	senders  []common.Address
	poisoned map[int]bool // positions in ids
}

// newPoisonedBatch sends `honest` packets from EOAs 3..7 in turn and a 1-wei (1 base unit) packet from a
// poisoned sender at each position of `at`: for ETH a TestActor in BurnGasOnChain mode (owned by account 1),
// for a token an EOA (accounts 10...) that the SimulationAwareToken traps. Then the packets expire.
func (w *world) newPoisonedBatch(useToken bool, honest int, at ...int) *poisonedBatch {
	w.t.Helper()
	b := &poisonedBatch{poisoned: map[int]bool{}}
	for _, i := range at {
		b.poisoned[i] = true
	}
	if useToken {
		var err error
		b.token, err = w.DeployMock(mocks.SimulationAwareTokenMetaData.Bin, nil)
		require.NoError(w.t, err)
		for k := 3; k <= 7; k++ {
			w.fund(b.token, w.Key(k), big.NewInt(1_000_000))
		}
	}
	h, bad := 0, 0
	for i := 0; i < honest+len(at); i++ {
		var (
			id     *big.Int
			sender common.Address
			amount *big.Int
		)
		switch {
		case b.poisoned[i] && !useToken:
			a := w.newActor(w.Key(1), modeBurnGasOnChain)
			amount = big.NewInt(1)
			id, sender = w.actorSend(a, openParams(1, amount)), a.addr
		case b.poisoned[i]:
			k := 10 + bad
			bad++
			amount = big.NewInt(1)
			w.fund(b.token, w.Key(k), amount)
			id, sender = w.send(w.Key(k), tokenParams(openParams(1, amount), b.token)), w.Addr(k)
			w.ok(w.Key(0), b.token, nil, simToken.PackSetTrapped(sender, true))
		default:
			k := 3 + h%5
			h++
			amount = big.NewInt(int64(1000 + i))
			if !useToken {
				amount.Add(amount, contracttest.Ether(1))
			}
			id, sender = w.send(w.Key(k), tokenParams(openParams(1, amount), b.token)), w.Addr(k)
		}
		b.ids, b.amounts, b.senders = append(b.ids, id), append(b.amounts, amount), append(b.senders, sender)
	}
	w.expire()
	return b
}

// estimate is eth_estimateGas of refundMany(ids) from account 8 (the keeper).
func (w *world) estimate(ids []*big.Int) uint64 {
	w.t.Helper()
	gas, err := w.Client.EstimateGas(context.Background(), ethereum.CallMsg{
		From: w.Addr(8), To: &w.Escrow, Data: esc.PackRefundMany(ids)})
	require.NoError(w.t, err)
	return gas
}

// simulate runs refundMany(ids) as an eth_call with the given gas limit (gas price 0) and returns (count, next).
func (w *world) simulate(ids []*big.Int, gas uint64) (int, int) {
	w.t.Helper()
	out, err := w.Client.PendingCallContract(context.Background(), ethereum.CallMsg{
		From: w.Addr(8), To: &w.Escrow, Data: esc.PackRefundMany(ids), Gas: gas})
	require.NoError(w.t, err)
	res, err := esc.UnpackRefundMany(out)
	require.NoError(w.t, err)
	return int(res.Count.Int64()), int(res.Next.Int64())
}

// withReserve is the limit the tools give a refundMany of n ids: the estimate, a quarter on top, and
// client.PushReserve per packet.
func withReserve(estimate uint64, n int) uint64 {
	return estimate + estimate/4 + 10_000 + uint64(n)*client.PushReserve
}

// stopOf returns the RefundBatchStopped event of a receipt, if any.
func stopOf(t *testing.T, r *types.Receipt) *escrow.HongbaoEscrowRefundBatchStopped {
	t.Helper()
	var found []*escrow.HongbaoEscrowRefundBatchStopped
	for _, l := range r.Logs {
		if ev, err := esc.UnpackRefundBatchStoppedEvent(l); err == nil {
			found = append(found, ev)
		}
	}
	require.LessOrEqual(t, len(found), 1, "RefundBatchStopped events")
	if len(found) == 0 {
		return nil
	}
	return found[0]
}

// requireRefunded checks that r refunded exactly ids, in order, each to its sender with its amount, and
// credited the poisoned receivers' amounts to the owed ledger.
func (b *poisonedBatch) requireRefunded(t *testing.T, r *types.Receipt, from, to int) {
	t.Helper()
	refs := eventsOf[escrow.HongbaoEscrowRefunded](r)
	require.Len(t, refs, to-from, "Refunded events")
	wantOwed := 0
	for k, ev := range refs {
		i := from + k
		requireBig(t, b.ids[i], ev.Id)
		require.Equal(t, b.senders[i], ev.To)
		requireBig(t, b.amounts[i], ev.Amount)
		if b.poisoned[i] {
			wantOwed++
		}
	}
	owed := eventsOf[escrow.HongbaoEscrowOwedCredited](r)
	require.Len(t, owed, wantOwed, "OwedCredited events: one per poisoned payout")
}

// requireSettled checks the end state: every packet closed, honest senders paid in full (their balances
// against `before`), each poisoned receiver owed its amount, and the escrow holding exactly what it owes.
func (w *world) requireSettled(b *poisonedBatch, before map[common.Address]*big.Int) {
	w.t.Helper()
	want := map[common.Address]*big.Int{}
	for a, v := range before {
		want[a] = new(big.Int).Set(v)
	}
	var owedTo []common.Address
	for i, id := range b.ids {
		require.Equal(w.t, contracttest.StatusClosed, w.Packet(id).Status, "packet %s", id)
		if b.poisoned[i] {
			requireBig(w.t, b.amounts[i], w.Owed(b.token, b.senders[i]), "owed to the poisoned receiver")
			owedTo = append(owedTo, b.senders[i])
			continue
		}
		want[b.senders[i]].Add(want[b.senders[i]], b.amounts[i])
	}
	for a, v := range want {
		requireBig(w.t, v, w.balanceOf(b.token, a), "balance of %s", a)
	}
	w.requireSolvent(b.token, b.ids, owedTo)
}

func (w *world) balancesOf(b *poisonedBatch) map[common.Address]*big.Int {
	out := map[common.Address]*big.Int{}
	for i, a := range b.senders {
		if !b.poisoned[i] {
			out[a] = w.balanceOf(b.token, a)
		}
	}
	return out
}

// forPoisonedBatch runs body on a fresh chain with three 1-wei (1 base unit) poisoned packets among 20 honest
// ones, expired, once in ETH and once in a token; before holds the honest senders' balances.
func forPoisonedBatch(t *testing.T, body func(t *testing.T, w *world, b *poisonedBatch, before map[common.Address]*big.Int)) {
	for _, useToken := range []bool{false, true} {
		t.Run(map[bool]string{false: "eth", true: "token"}[useToken], func(t *testing.T) {
			w := newWorld(t, 13)
			b := w.newPoisonedBatch(useToken, 20, 2, 9, 16)
			body(t, w, b, w.balancesOf(b))
		})
	}
}

// A keeper that sizes refundMany by its gas estimate alone: the simulation (gas price 0) sees cheap receivers,
// the real transaction meets receivers that burn their whole push allowance. The batch no longer reverts: it
// stops early (RefundBatchStopped(next, total)), succeeds, and keeps the prefix it refunded; the rest stays
// open and a second call with the tools' reserve refunds it.
func TestPoisonedBatchStopsEarlyInsteadOfReverting(t *testing.T) {
	forPoisonedBatch(t, func(t *testing.T, w *world, b *poisonedBatch, before map[common.Address]*big.Int) {
		n := len(b.ids)
		est := w.estimate(b.ids)
		count, next := w.simulate(b.ids, 30_000_000)
		require.Equal(t, n, count, "under simulation every packet is refundable")
		require.Equal(t, n, next)

		r, err := w.sendWithGas(w.Key(8), w.Escrow, esc.PackRefundMany(b.ids), est)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "refundMany must not revert")
		stop := stopOf(t, r)
		require.NotNil(t, stop, "the batch stopped early")
		reached := int(stop.Next.Int64())
		requireBig(t, big.NewInt(int64(n)), stop.Total)
		require.Less(t, reached, n)
		require.Greater(t, reached, 2, "it got past the first poisoned packet")
		b.requireRefunded(t, r, 0, reached)
		for _, id := range b.ids[reached:] {
			require.Equal(t, contracttest.StatusExpired, w.Packet(id).Status, "packet %s stays open", id)
		}

		rest := b.ids[reached:]
		limit := withReserve(w.estimate(rest), len(rest))
		r2, err := w.sendWithGas(w.Key(8), w.Escrow, esc.PackRefundMany(rest), limit)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r2.Status)
		require.Nil(t, stopOf(t, r2), "with the reserve the rest goes through")
		b.requireRefunded(t, r2, reached, n)
		w.requireSettled(b, before)
		t.Logf("estimate %d: stopped at %d of %d (gas used %d); the rest with limit %d: gas used %d",
			est, reached, n, r.GasUsed, limit, r2.GasUsed)
	})
}

// With the tools' limit (estimate + a quarter + client.PushReserve per packet) the whole poisoned batch goes
// through in one transaction; each poisoned payout costs at most its push allowance and the owed bookkeeping
// on top of what the simulation said.
func TestPoisonedBatchWithPushReserve(t *testing.T) {
	forPoisonedBatch(t, func(t *testing.T, w *world, b *poisonedBatch, before map[common.Address]*big.Int) {
		n := len(b.ids)
		est := w.estimate(b.ids)
		limit := withReserve(est, n)
		r, err := w.sendWithGas(w.Key(8), w.Escrow, esc.PackRefundMany(b.ids), limit)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		require.Nil(t, stopOf(t, r))
		b.requireRefunded(t, r, 0, n)
		w.requireSettled(b, before)
		pushCap := uint64(50_000)
		if b.token != ethToken {
			pushCap = 150_000
		}
		require.Less(t, r.GasUsed, est+3*(pushCap+owedBookkeeping))
		t.Logf("%d packets, 3 poisoned: estimate %d, limit %d, gas used %d (%d per packet)",
			n, est, limit, r.GasUsed, r.GasUsed/uint64(n))
	})
}

// A refundMany given too little gas stops early, successfully, and reports how far it got; calling it again
// for the rest finishes the job. A limit too small for even one payout refunds nothing and still succeeds.
// Every call with the same limit makes progress, so repeated calls always end.
func TestRefundManyTooLittleGas(t *testing.T) {
	w := newWorld(t, 13)
	b := w.newPoisonedBatch(false, 10)
	before := w.balancesOf(b)

	// Too little for one payout: (0, 0), RefundBatchStopped(0, 10), nothing moves.
	const tiny = 120_000
	count, next := w.simulate(b.ids, tiny)
	require.Equal(t, 0, count)
	require.Equal(t, 0, next)
	r, err := w.sendWithGas(w.Key(8), w.Escrow, esc.PackRefundMany(b.ids), tiny)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	stop := stopOf(t, r)
	require.NotNil(t, stop)
	requireBig(t, new(big.Int), stop.Next)
	requireBig(t, big.NewInt(10), stop.Total)
	noEvent[escrow.HongbaoEscrowRefunded](t, r)

	// A limit that covers a few payouts: each call refunds a prefix of what is left.
	const small = 250_000
	rest, calls := b.ids, 0
	for len(rest) > 0 {
		count, next := w.simulate(rest, small)
		r, err := w.sendWithGas(w.Key(8), w.Escrow, esc.PackRefundMany(rest), small)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		calls++
		refs := eventsOf[escrow.HongbaoEscrowRefunded](r)
		require.NotEmpty(t, refs, "call %d made no progress", calls)
		require.Equal(t, count, len(refs), "the simulation at the same limit said how many")
		for k, ev := range refs {
			requireBig(t, rest[k], ev.Id)
		}
		if stop := stopOf(t, r); stop != nil {
			require.Equal(t, len(refs), int(stop.Next.Int64()), "stopped right after the last refund")
			requireBig(t, big.NewInt(int64(len(rest))), stop.Total)
			require.Equal(t, next, int(stop.Next.Int64()))
		} else {
			require.Len(t, refs, len(rest))
		}
		rest = rest[len(refs):]
		require.Less(t, calls, 10)
	}
	require.Greater(t, calls, 1, "a limit of %d should not cover ten payouts", small)
	w.requireSettled(b, before)
	t.Logf("ten packets with a limit of %d gas: %d calls", small, calls)
}
