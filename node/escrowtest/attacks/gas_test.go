package attacks

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// owedBookkeeping bounds what crediting a failed push costs on top of the push itself: a new owed slot
// (22,100), its cold read and the OwedCredited event.
const owedBookkeeping = 30_000

// A keeper's refundMany over packets whose senders burn all gas or return a huge payload: the batch succeeds,
// honest senders are paid, the griefers' amounts are owed, and the griefers cost the keeper at most their
// push cap (plus the owed bookkeeping) each.
func TestRefundManyGriefers(t *testing.T) {
	w := newWorld(t, 10)
	burner := w.newActor(w.Key(1), modeBurnGas)
	huge := w.newActor(w.Key(2), modeHugeReturn)
	amounts := []*big.Int{contracttest.Ether(1), contracttest.Ether(2), contracttest.Ether(3), contracttest.Ether(4)}

	// Baseline: the same batch shape with four honest EOA senders.
	var baseIDs []*big.Int
	for i, amt := range amounts {
		baseIDs = append(baseIDs, w.send(w.Key(3+i), openParams(1, amt)))
	}
	// Attack batch: honest, burner, huge-return, honest.
	ids := []*big.Int{
		w.send(w.Key(3), openParams(1, amounts[0])),
		w.actorSend(burner, openParams(1, amounts[1])),
		w.actorSend(huge, openParams(1, amounts[2])),
		w.send(w.Key(4), openParams(1, amounts[3])),
	}
	w.expire()

	base := w.okEscrow(w.Key(8), esc.PackRefundMany(baseIDs))
	require.Len(t, eventsOf[escrow.HongbaoEscrowRefunded](base), 4)
	noEvent[escrow.HongbaoEscrowOwedCredited](t, base)

	honest0, honest1 := w.Balance(w.Addr(3)), w.Balance(w.Addr(4))
	r := w.okEscrow(w.Key(8), esc.PackRefundMany(ids))

	out, err := w.Call(w.Escrow, esc.PackPUSHGASNATIVE())
	require.NoError(t, err)
	pushCap, err := esc.UnpackPUSHGASNATIVE(out)
	require.NoError(t, err)
	perPacket := base.GasUsed / 4
	limit := base.GasUsed + 2*(pushCap.Uint64()+owedBookkeeping)
	t.Logf("refundMany gas: honest batch %d (%d/packet), griefed batch %d, limit %d (push cap %d)",
		base.GasUsed, perPacket, r.GasUsed, limit, pushCap)
	require.Less(t, r.GasUsed, limit, "griefers made the keeper pay more than their push caps")

	require.Len(t, eventsOf[escrow.HongbaoEscrowRefunded](r), 4)
	owed := eventsOf[escrow.HongbaoEscrowOwedCredited](r)
	require.Len(t, owed, 2)
	require.Equal(t, burner.addr, owed[0].Account)
	requireBig(t, amounts[1], owed[0].Amount)
	require.Equal(t, huge.addr, owed[1].Account)
	requireBig(t, amounts[2], owed[1].Amount)

	requireBig(t, add(honest0, amounts[0]), w.Balance(w.Addr(3)))
	requireBig(t, add(honest1, amounts[3]), w.Balance(w.Addr(4)))
	requireBig(t, amounts[1], w.Owed(ethToken, burner.addr))
	requireBig(t, amounts[2], w.Owed(ethToken, huge.addr))
	w.requireSolvent(ethToken, append(ids, baseIDs...), []common.Address{burner.addr, huge.addr})

	// The griefers get their money by pulling it to an EOA.
	for i, a := range []actor{burner, huge} {
		payee := w.Addr(7)
		before := w.Balance(payee)
		w.execOK(a, w.Escrow, nil, esc.PackWithdrawOwed(ethToken, payee))
		requireBig(t, add(before, amounts[1+i]), w.Balance(payee))
	}
	requireBig(t, new(big.Int), w.Balance(w.Escrow))
}

// refundMany with the same id several times, unknown ids, closed and live packets refunds each expired packet
// once and skips the rest without reverting.
func TestRefundManyDuplicatesAndSkips(t *testing.T) {
	w := newWorld(t, 10)
	expired := w.send(w.Key(2), openParams(2, contracttest.Ether(2)))
	closed := w.send(w.Key(3), openParams(1, contracttest.Ether(1)))
	_, err := w.Claim(w.Key(4), closed, nil)
	require.NoError(t, err)
	w.expire()
	live := w.send(w.Key(5), openParams(1, contracttest.Ether(5)))
	ids := []*big.Int{expired, expired, big.NewInt(999), closed, live, big.NewInt(0), expired}

	out, err := w.Call(w.Escrow, esc.PackRefundMany(ids))
	require.NoError(t, err)
	count, err := esc.UnpackRefundMany(out)
	require.NoError(t, err)
	requireBig(t, big.NewInt(1), count.Count)
	requireBig(t, big.NewInt(int64(len(ids))), count.Next)

	before := w.Balance(w.Addr(2))
	r := w.okEscrow(w.Key(8), esc.PackRefundMany(ids))
	ref := oneEvent[escrow.HongbaoEscrowRefunded](t, r)
	require.Equal(t, expired, ref.Id)
	requireBig(t, add(before, contracttest.Ether(2)), w.Balance(w.Addr(2)))
	requireBig(t, contracttest.Ether(5), w.Packet(live).Remaining)
	requireBig(t, contracttest.Ether(5), w.Balance(w.Escrow))
}

// A keeper cannot starve a contract receiver into failing (which would divert its refund to the owed ledger):
// every gas limit either reverts the whole refund (InsufficientGas, or out of gas) with nothing moved, or
// pays the receiver in full. The sweep walks the gas limit up until the refund goes through.
func TestKeeperCannotStarveReceiver(t *testing.T) {
	cases := []struct {
		name  string
		token bool
		warm  bool // the receiver re-enters and needs most of its 50,000 gas allowance
	}{
		{name: "eth to accepting contract"},
		{name: "eth to re-entering contract", warm: true},
		{name: "token refund", token: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, 10)
			a := w.newActor(w.Key(1), modeAccept)
			token, amount := ethToken, contracttest.Ether(1)
			var id *big.Int
			if tc.token {
				token = w.deployMockERC20()
				w.ok(w.Key(1), token, nil, contracttest.ERC20ABI.PackMint(a.addr, amount))
				w.execOK(a, token, nil, contracttest.ERC20ABI.PackApprove(w.Escrow, amount))
				r := w.execOK(a, w.Escrow, nil, esc.PackSend(tokenParams(openParams(1, amount), token)))
				id = oneEvent[escrow.HongbaoEscrowPacketSent](t, r).Id
			} else {
				id = w.actorSend(a, openParams(1, amount))
			}
			if tc.warm {
				w.reenter(a, esc.PackRefund(id))
				w.ok(w.Key(2), a.addr, big.NewInt(1), nil) // writes the actor's records once
			}
			w.expire()

			// A too-low limit is refused up front, in a call and in a mined transaction alike.
			low := uint64(80_000)
			if tc.token {
				low = 180_000
			}
			err := w.callWithGas(w.Addr(8), w.Escrow, esc.PackRefund(id), low)
			escrowErr[escrow.HongbaoEscrowInsufficientGas](t, err)

			minOK := w.sweepRefundGas(id, token, a.addr, amount, 40_000, 400_000, 1_000)
			t.Logf("lowest gas limit that refunds: %d", minOK)
			if tc.warm {
				w.requireGuardTripped(a)
			}
		})
	}
}

// sweepRefundGas tries refund(id) from a keeper with gas limits from `from` upwards. Every failure must leave
// the packet and the ledgers untouched; the first success must pay `to` in full with no owed credit.
func (w *world) sweepRefundGas(id *big.Int, token, to common.Address, amount *big.Int, from, upto, step uint64) uint64 {
	w.t.Helper()
	before := w.balanceOf(token, to)
	sawInsufficient := false
	for gas := from; gas <= upto; gas += step {
		if err := w.callWithGas(w.Addr(8), w.Escrow, esc.PackRefund(id), gas); err != nil {
			if v, derr := contracttest.DecodeError(err); derr == nil {
				if _, ok := v.(*escrow.HongbaoEscrowInsufficientGas); ok {
					sawInsufficient = true
				}
			}
		}
		r, err := w.sendWithGas(w.Key(8), w.Escrow, esc.PackRefund(id), gas)
		if err != nil { // below intrinsic gas: the node refuses the transaction outright
			continue
		}
		if r.Status != types.ReceiptStatusSuccessful {
			require.Emptyf(w.t, r.Logs, "failed refund at gas %d left logs", gas)
			requireBig(w.t, amount, w.Packet(id).Remaining, "packet changed by a failed refund")
			requireBig(w.t, new(big.Int), w.Owed(token, to))
			continue
		}
		noEvent[escrow.HongbaoEscrowOwedCredited](w.t, r)
		ref := oneEvent[escrow.HongbaoEscrowRefunded](w.t, r)
		requireBig(w.t, amount, ref.Amount)
		requireBig(w.t, add(before, amount), w.balanceOf(token, to), "receiver not paid in full at gas %d", gas)
		requireBig(w.t, new(big.Int), w.Owed(token, to))
		require.True(w.t, sawInsufficient, "no limit below %d was refused with InsufficientGas", gas)
		return gas
	}
	w.t.Fatalf("refund never succeeded up to gas %d", upto)
	return 0
}
