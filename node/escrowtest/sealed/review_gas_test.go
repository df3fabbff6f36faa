package sealed

// Regression tests for the security review of the sealed draw (commit 42b5872): each keeps the reviewer's
// scenario and asserts the fixed behaviour on the simulated chain.

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/lucky"
	"github.com/hongbao/hongbao/node/simchain"
)

// reviewBurnGasOnChain is TestActor's mode that accepts cheaply under simulation (gas price 0) and burns all
// gas in a real transaction.
const reviewBurnGasOnChain uint8 = 5

// reviewBlockGas is how much gas (by the transactions' limits) reviewMineTxs puts in one block (limit 60M).
const reviewBlockGas = 55_000_000

// reviewTxSpec is one transaction for reviewMineTxs.
type reviewTxSpec struct {
	from *ecdsa.PrivateKey
	to   common.Address
	gas  uint64
	data []byte
}

// reviewTx signs and mines one transaction with the given gas limit and returns its receipt (a revert shows
// as a failed receipt).
func reviewTx(t *testing.T, e *contracttest.Env, from *ecdsa.PrivateKey, to common.Address, gas uint64, data []byte) *types.Receipt {
	t.Helper()
	return reviewMineTxs(t, e, []reviewTxSpec{{from, to, gas, data}})[0]
}

// reviewMine puts one transaction per key (same gas limit, calldata datas[i]) into blocks.
func reviewMine(t *testing.T, e *contracttest.Env, gas uint64, keys []*ecdsa.PrivateKey, to common.Address, datas [][]byte) []*types.Receipt {
	t.Helper()
	txs := make([]reviewTxSpec, len(keys))
	for i, k := range keys {
		txs[i] = reviewTxSpec{k, to, gas, datas[i]}
	}
	return reviewMineTxs(t, e, txs)
}

// reviewMineTxs mines the transactions in order, as many per block as fit reviewBlockGas by their limits,
// without a pending-call check (a revert shows as a failed receipt), and returns the receipts in order.
func reviewMineTxs(t *testing.T, e *contracttest.Env, specs []reviewTxSpec) []*types.Receipt {
	t.Helper()
	ctx := context.Background()
	var out []*types.Receipt
	for len(specs) > 0 {
		n, gas := 0, uint64(0)
		for n < len(specs) && (n == 0 || gas+specs[n].gas <= reviewBlockGas) {
			gas += specs[n].gas
			n++
		}
		head, err := e.Client.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		tip := big.NewInt(params.GWei)
		feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)
		txs := make([]*types.Transaction, n)
		for i, s := range specs[:n] {
			nonce, err := e.Client.PendingNonceAt(ctx, crypto.PubkeyToAddress(s.from.PublicKey))
			require.NoError(t, err)
			to := s.to
			tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: e.ChainID, Nonce: nonce, GasTipCap: tip,
				GasFeeCap: feeCap, Gas: s.gas, To: &to, Data: s.data}), types.LatestSignerForChainID(e.ChainID), s.from)
			require.NoError(t, err)
			require.NoError(t, e.Client.SendTransaction(ctx, tx))
			simchain.AwaitPending(ctx, e.Client, tx)
			txs[i] = tx
		}
		e.Backend.Commit()
		for _, tx := range txs {
			r, err := e.Receipt(tx.Hash())
			require.NoError(t, err)
			out = append(out, r)
		}
		specs = specs[n:]
	}
	return out
}

// reviewCall runs data from `from` at the head with gas limit gas and a real gas price (realPrice) or price 0
// (what eth_estimateGas sees); it returns the decoded error name ("" on success).
func reviewCall(t *testing.T, e *contracttest.Env, from common.Address, gas uint64, data []byte, realPrice bool) string {
	t.Helper()
	ctx := context.Background()
	msg := ethereum.CallMsg{From: from, To: &e.Escrow, Gas: gas, Data: data}
	if realPrice {
		head, err := e.Client.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		msg.GasPrice = new(big.Int).Mul(head.BaseFee, big.NewInt(3))
	}
	_, err := e.Client.PendingCallContract(ctx, msg)
	if err == nil {
		return ""
	}
	var de interface{ ErrorData() interface{} }
	if errors.As(err, &de) {
		if h, ok := de.ErrorData().(string); ok {
			if v, derr := contracttest.EscrowABI.UnpackError(common.FromHex(h)); derr == nil {
				return fmt.Sprintf("%T", v)
			}
		}
	}
	return err.Error()
}

// reviewGasSweep are the victim's gas limits: every 1,000 from 60k to 400k (the reviewer's 15k window lay
// between 150k and 400k; the fixed claim starts drawing near 300k), then every 20k up to 1M.
func reviewGasSweep() []uint64 {
	var gs []uint64
	for g := uint64(60_000); g < 400_000; g += 1_000 {
		gs = append(gs, g)
	}
	for g := uint64(400_000); g <= 1_000_000; g += 20_000 {
		gs = append(gs, g)
	}
	return gs
}

// Regression (review finding: a sealed claim in a ~15k gas window reverted with InsufficientGas when a relayed
// share's relayer burnt its push on chain). The reviewer's scenario, once per gas limit: a packet whose oldest
// pending claim was relayed by a contract that burns all gas it gets in a real transaction (and accepts
// cheaply under simulation), and a later claim that stays pending; the victim claims with gas limit g. Each g
// gets its own packet, so every limit is mined for real from the same state. Now a claim keeps 50k for its own
// writes before drawing: at every limit the mined claim either succeeds or runs out of its own gas (all its gas
// used, only below the smallest limit that succeeds), never reverts with InsufficientGas, and matches what
// eth_call with the real gas price predicted; where simulation (gas price 0) succeeds the mined claim succeeds.
// A claim that draws the relayed share pays the claimer its share less the fee and credits the fee to the
// burning relayer's owed balance; drawing starts at one limit and holds above it.
func TestReviewClaimRevertsInGasWindow(t *testing.T) {
	gases := reviewGasSweep()
	e, err := contracttest.New(6)
	require.NoError(t, err)
	defer e.Close()
	const relayedClaimer, later, victim = 2, 4, 3
	ps := make([]escrow.IHongbaoEscrowSendParams, len(gases))
	for i := range ps {
		ps[i] = escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: 4,
			Ttl: 86400, Amount: contracttest.Ether(4)}
	}
	ids := sendMany(t, e, ps)

	// the attacker's relayer: a TestActor that burns all gas on incoming ETH, but only in a real transaction
	relayer, err := e.DeployMock(mocks.TestActorMetaData.Bin, contracttest.Actor.PackConstructor(e.Addr(1)))
	require.NoError(t, err)
	_, err = e.TxTo(e.Key(1), relayer, nil, contracttest.Actor.PackSetMode(reviewBurnGasOnChain))
	require.NoError(t, err)
	maxFee, deadline := big.NewInt(1), big.NewInt(1<<40)
	relayed := make([]reviewTxSpec, len(ids))
	laters := make([]reviewTxSpec, len(ids))
	for i, id := range ids {
		sig, err := e.Domain.SignClaimFor(e.Key(relayedClaimer), id, relayer, maxFee, deadline)
		require.NoError(t, err)
		relayed[i] = reviewTxSpec{e.Key(1), relayer, 400_000, contracttest.Actor.PackExecute(e.Escrow, new(big.Int),
			contracttest.EscrowABI.PackClaimFor(id, e.Addr(relayedClaimer), maxFee, deadline, nil, sig))}
		// someone claims next with the gas of an estimate (150k: too little to draw): two pending
		laters[i] = reviewTxSpec{e.Key(later), e.Escrow, 150_000, contracttest.EscrowABI.PackClaim(id, nil)}
	}
	for _, r := range append(reviewMineTxs(t, e, relayed), reviewMineTxs(t, e, laters)...) {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		require.Empty(t, claimedEvents(r))
	}
	e.Backend.Commit() // every relayed claim's share is ready for the victim's claim

	// what eth_call says at each limit, all from the state the claims are mined on
	real := make([]string, len(gases))
	sim := make([]string, len(gases))
	victims := make([]reviewTxSpec, len(gases))
	for i, g := range gases {
		data := contracttest.EscrowABI.PackClaim(ids[i], nil)
		real[i] = reviewCall(t, e, e.Addr(victim), g, data, true)
		sim[i] = reviewCall(t, e, e.Addr(victim), g, data, false)
		victims[i] = reviewTxSpec{e.Key(victim), e.Escrow, g, data}
	}
	claimerBefore, relayerOwedBefore := e.Balance(e.Addr(relayedClaimer)), e.Owed(common.Address{}, relayer)
	rs := reviewMineTxs(t, e, victims)

	minOK, minDraw, drew := uint64(0), [lucky.DrawPerClaim]uint64{}, 0
	var failed []uint64
	wantClaimer := new(big.Int).Set(claimerBefore)
	draws := 0
	for i, g := range gases {
		r := rs[i]
		require.NotContains(t, real[i], "InsufficientGas", "gas %d: another's payout must not revert the claim", g)
		require.Equal(t, real[i] == "", r.Status == types.ReceiptStatusSuccessful,
			"gas %d: eth_call at the real price said %q, the mined claim has status %d", g, real[i], r.Status)
		if sim[i] == "" {
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "gas %d: simulation succeeds, so must the claim", g)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			require.Equal(t, g, r.GasUsed, "gas %d: a failed claim ran out of its own gas (it did not revert)", g)
			require.Zero(t, minOK, "gas %d fails above %d, which succeeded: a window", g, minOK)
			failed = append(failed, g)
			continue
		}
		if minOK == 0 {
			minOK = g
		}
		require.Len(t, eventsOf[*escrow.HongbaoEscrowSharePending](r), 1)
		// the victim draws the relayed share, then (with gas for two more payouts) the later claimer's: the
		// count never falls as the gas grows
		cs := claimedEvents(r)
		require.GreaterOrEqual(t, len(cs), drew, "gas %d draws %d, less than a smaller limit", g, len(cs))
		require.LessOrEqual(t, len(cs), lucky.DrawPerClaim)
		drew = len(cs)
		if drew == 0 {
			continue
		}
		if minDraw[drew-1] == 0 {
			minDraw[drew-1] = g
		}
		draws++
		require.Equal(t, e.Addr(relayedClaimer), cs[0].Claimer)
		require.Len(t, eventsOf[*escrow.HongbaoEscrowRelayFeePaid](r), 1)
		oc := eventsOf[*escrow.HongbaoEscrowOwedCredited](r)
		require.Len(t, oc, 1, "gas %d: the burning relayer's fee goes to the owed ledger", g)
		require.Equal(t, relayer, oc[0].Account)
		require.Equal(t, maxFee, oc[0].Amount)
		wantClaimer.Add(wantClaimer, new(big.Int).Sub(cs[0].Amount, maxFee))
		if drew == 2 {
			require.Equal(t, e.Addr(later), cs[1].Claimer)
		}
	}
	require.NotZero(t, minOK, "no gas limit in the sweep let the claim succeed")
	require.NotZero(t, minDraw[0], "no gas limit in the sweep let the claim draw the relayed share")
	require.NotZero(t, minDraw[1], "no gas limit in the sweep let the claim draw both ready shares")
	require.Equal(t, wantClaimer, e.Balance(e.Addr(relayedClaimer)), "the relayed claimer got each drawn share less the fee")
	require.Equal(t, new(big.Int).Add(relayerOwedBefore, big.NewInt(int64(draws))), e.Owed(common.Address{}, relayer))
	t.Logf("%d gas limits 60k..1M mined: out of its own gas below %d (%d limits, all gas used), success from %d on; "+
		"draws the relayed share (burning relayer -> owed) from %d on, both ready shares from %d on; "+
		"no InsufficientGas, no window", len(gases), minOK, len(failed), minOK, minDraw[0], minDraw[1])
}

// Regression (review finding: settle and settleMany allocated Pay[2 * pending] before the first gas check, so
// a packet with a long queue made settleMany([a, b]) revert out of gas, and pendingDraws of the whole queue
// did not fit a 12M eth_call). The reviewer's queue: 2,500 pending claims of packet a (claims with 150k gas
// draw nothing), and packet b with one ready share. Now settleMany([a, b]) with the reviewer's 400k succeeds,
// draws what its gas covers of a and b's share; with gas for 51 payouts it draws a's next 50 (DrawPerSettle,
// no more), each exactly as the Go mirror computes; pendingDraws pages of 100 fit a 12M eth_call, list the
// queue in index order and report the total.
func TestReviewSettleManyLongQueue(t *testing.T) {
	const pending, page = 2500, 100
	e, err := contracttest.New(pending + 4)
	require.NoError(t, err)
	defer e.Close()
	big_ := escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: pending + 1,
		Ttl: 86400, Amount: contracttest.Ether(int64(pending + 1))}
	a, _, err := e.SendPacket(e.Key(0), big_)
	require.NoError(t, err)
	small := escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: 2,
		Ttl: 86400, Amount: contracttest.Ether(2)}
	b, _, err := e.SendPacket(e.Key(0), small)
	require.NoError(t, err)
	stA, stB := mirror(a, big_.Amount, uint64(big_.Shares)), mirror(b, small.Amount, uint64(small.Shares))
	rb, err := e.Claim(e.Key(1), b, nil)
	require.NoError(t, err)
	stB.Claim(e.Addr(1), rb.BlockNumber.Uint64())

	// the queue: claims with 150,000 gas each (less than the two reserves a draw needs: they draw nothing)
	claim := contracttest.EscrowABI.PackClaim(a, nil)
	var keys []*ecdsa.PrivateKey
	var datas [][]byte
	for i := 4; i < pending+4; i++ {
		keys, datas = append(keys, e.Key(i)), append(datas, claim)
	}
	for _, r := range reviewMine(t, e, 150_000, keys, e.Escrow, datas) {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		require.Empty(t, claimedEvents(r))
		sp := eventsOf[*escrow.HongbaoEscrowSharePending](r)
		require.Len(t, sp, 1)
		require.Equal(t, uint64(len(stA.Pending)), sp[0].Index.Uint64())
		stA.Claim(sp[0].Claimer, r.BlockNumber.Uint64())
	}
	e.Backend.Commit()

	// the view, a page at a time: each page fits simchain's 12M eth_call; together they are the queue
	var listed []escrow.IHongbaoEscrowPendingDraw
	for start := 0; start <= pending; start += page {
		out, err := e.Call(e.Escrow, contracttest.EscrowABI.PackPendingDraws(a, big.NewInt(int64(start)), big.NewInt(page)))
		require.NoError(t, err, "pendingDraws(a, %d, %d) within 12M gas", start, page)
		pd, err := contracttest.EscrowABI.UnpackPendingDraws(out)
		require.NoError(t, err)
		require.EqualValues(t, pending, pd.Total.Uint64(), "total at start %d", start)
		require.Len(t, pd.Draws, min(page, pending-start), "page at %d", start)
		listed = append(listed, pd.Draws...)
	}
	require.Len(t, listed, pending)
	for i, d := range listed {
		require.EqualValues(t, i, d.Index.Uint64())
		require.Equal(t, stA.Pending[i].Claimer, d.Claimer)
		require.Equal(t, stA.Pending[i].Block, d.BlockNumber)
	}
	pageGas, err := e.Client.EstimateGas(context.Background(), ethereum.CallMsg{To: &e.Escrow,
		Data: contracttest.EscrowABI.PackPendingDraws(a, big.NewInt(pending-page), big.NewInt(page))})
	require.NoError(t, err)

	// drawn checks a settleMany receipt against the mirrors: a's draws first (oldest first), then b's
	drawn := func(r *types.Receipt) (ofA, ofB int) {
		t.Helper()
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		cs := claimedEvents(r)
		for _, c := range cs {
			if c.Id.Cmp(a) == 0 {
				ofA++
			} else {
				require.Equal(t, b, c.Id)
				ofB++
			}
		}
		var exp []lucky.Drawn
		for _, m := range []struct {
			st *lucky.Sealed
			n  int
		}{{stA, ofA}, {stB, ofB}} {
			if m.n == 0 { // Draw's max 0 means all
				continue
			}
			ds, err := m.st.Draw(r.BlockNumber.Uint64(), m.n, hashOf(t, e))
			require.NoError(t, err)
			exp = append(exp, ds...)
		}
		require.Len(t, exp, len(cs))
		for i, c := range cs {
			require.Equal(t, exp[i].Claimer, c.Claimer, "draw %d", i)
			require.Equal(t, exp[i].Amount.ToBig(), c.Amount, "draw %d", i)
		}
		return ofA, ofB
	}
	both := contracttest.EscrowABI.PackSettleMany([]*big.Int{a, b})

	// the reviewer's 400k: no revert; a's oldest shares drawn while the gas covers their payouts, and b's ready
	// share too (each packet's gas check counts its own payouts)
	const modest = 400_000
	r1 := reviewTx(t, e, e.Key(2), e.Escrow, modest, both)
	a1, b1 := drawn(r1)
	require.GreaterOrEqual(t, a1, 1, "settleMany([a, b]) with %d gas draws from a", modest)
	require.Equal(t, 1, b1, "settleMany([a, b]) with %d gas draws b's ready share", modest)

	// enough for 51 draws: a's next 50 (the most per packet per call) and nothing of b: the gas check keeps a payout's
	// reserve (PUSH_GAS_NATIVE + PUSH_GAS_NATIVE / 63 + 55,000) for each payout so far and two more, and a draw
	// itself costs less than 30,000
	out, err := e.Call(e.Escrow, contracttest.EscrowABI.PackPUSHGASNATIVE())
	require.NoError(t, err)
	push, err := contracttest.EscrowABI.UnpackPUSHGASNATIVE(out)
	require.NoError(t, err)
	reserve := push.Uint64() + push.Uint64()/63 + 55_000
	allowance := uint64(lucky.DrawPerSettle+1+2)*reserve + uint64(lucky.DrawPerSettle+1)*30_000
	r2 := reviewTx(t, e, e.Key(2), e.Escrow, allowance, both)
	a2, b2 := drawn(r2)
	require.Equal(t, lucky.DrawPerSettle, a2, "at most %d of a per call", lucky.DrawPerSettle)
	require.Zero(t, b2, "b's share was drawn already")
	require.EqualValues(t, 1, e.Packet(b).Claimed, "b: its one claim drawn")
	require.EqualValues(t, a1+a2, e.Packet(a).Claimed)
	require.Equal(t, stA.Rem.ToBig(), e.Packet(a).Remaining)
	out, err = e.Call(e.Escrow, contracttest.EscrowABI.PackPendingDraws(a, new(big.Int), big.NewInt(page)))
	require.NoError(t, err)
	pd, err := contracttest.EscrowABI.UnpackPendingDraws(out)
	require.NoError(t, err)
	require.EqualValues(t, pending-a1-a2, pd.Total.Uint64(), "total after the draws")
	require.EqualValues(t, a1+a2, pd.Draws[0].Index.Uint64(), "the oldest left is next")

	t.Logf("%d pending: pendingDraws page of %d costs %d gas; settleMany([a, b]) with %d gas: drew %d of a, %d of b, "+
		"gas used %d; with %d gas: drew %d of a, %d of b, gas used %d (%d per share)", pending, page, pageGas,
		modest, a1, b1, r1.GasUsed, allowance, a2, b2, r2.GasUsed, r2.GasUsed/uint64(a2+b2))
}
