package sealed

// Review findings (security review of the sealed draw): each test shows one finding on the simulated chain.

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
	"github.com/hongbao/hongbao/node/simchain"
)

// reviewBurnGasOnChain is TestActor's mode that accepts cheaply under simulation (gas price 0) and burns all
// gas in a real transaction.
const reviewBurnGasOnChain uint8 = 5

// reviewTx signs and mines one transaction with the given gas limit and returns its receipt (a revert shows
// as a failed receipt).
func reviewTx(t *testing.T, e *contracttest.Env, from *ecdsa.PrivateKey, to common.Address, gas uint64, data []byte) *types.Receipt {
	t.Helper()
	rs := reviewMine(t, e, gas, []*ecdsa.PrivateKey{from}, to, [][]byte{data})
	return rs[0]
}

// reviewMine puts one transaction per key (same gas limit, calldata datas[i]) into one block.
func reviewMine(t *testing.T, e *contracttest.Env, gas uint64, keys []*ecdsa.PrivateKey, to common.Address, datas [][]byte) []*types.Receipt {
	t.Helper()
	ctx := context.Background()
	head, err := e.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)
	txs := make([]*types.Transaction, len(keys))
	for i, k := range keys {
		nonce, err := e.Client.PendingNonceAt(ctx, crypto.PubkeyToAddress(k.PublicKey))
		require.NoError(t, err)
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: e.ChainID, Nonce: nonce, GasTipCap: tip,
			GasFeeCap: feeCap, Gas: gas, To: &to, Data: datas[i]}), types.LatestSignerForChainID(e.ChainID), k)
		require.NoError(t, err)
		require.NoError(t, e.Client.SendTransaction(ctx, tx))
		simchain.AwaitPending(ctx, e.Client, tx)
		txs[i] = tx
	}
	e.Backend.Commit()
	out := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		r, err := e.Receipt(tx.Hash())
		require.NoError(t, err)
		out[i] = r
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

// Finding: a sealed claim whose gas lets it draw one relayed share fails with InsufficientGas when the share's
// relayer (a contract of the attacker's) burns its push allowance on chain; with less gas or more gas the same
// claim succeeds, and under simulation (gas price 0) it succeeds at every gas limit. Needs two pending claims
// (the relayed one and a later one that stays pending), so that the claim writes a fresh _queue slot after the
// loop: the loop's check (n + 2) * reserve does not cover that write (22,100), the draw's own writes, one
// burning push and the next push's own 90,793 floor. The Go client's margin (2 * 207,380 per share) steps over the window;
// a wallet or another client that gives a little more than the estimate may land in it.
func TestReviewClaimRevertsInGasWindow(t *testing.T) {
	e, err := contracttest.New(6)
	require.NoError(t, err)
	defer e.Close()
	p := escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: 4, Ttl: 86400,
		Amount: contracttest.Ether(4)}
	id, _, err := e.SendPacket(e.Key(0), p)
	require.NoError(t, err)

	// the attacker's relayer: a TestActor that burns all gas on incoming ETH, but only in a real transaction
	relayer, err := e.DeployMock(mocks.TestActorMetaData.Bin, contracttest.Actor.PackConstructor(e.Addr(1)))
	require.NoError(t, err)
	_, err = e.TxTo(e.Key(1), relayer, nil, contracttest.Actor.PackSetMode(reviewBurnGasOnChain))
	require.NoError(t, err)
	maxFee, deadline := big.NewInt(1), big.NewInt(1<<40)
	sig, err := e.Domain.SignClaimFor(e.Key(2), id, relayer, maxFee, deadline)
	require.NoError(t, err)
	_, err = e.TxTo(e.Key(1), relayer, nil, contracttest.Actor.PackExecute(e.Escrow, new(big.Int),
		contracttest.EscrowABI.PackClaimFor(id, e.Addr(2), maxFee, deadline, nil, sig)))
	require.NoError(t, err)
	// someone claims next with the gas of an estimate (draws nothing): two pending, the newest in the draw word
	r0 := reviewTx(t, e, e.Key(4), e.Escrow, 150_000, contracttest.EscrowABI.PackClaim(id, nil))
	require.Equal(t, types.ReceiptStatusSuccessful, r0.Status)
	require.Empty(t, claimedEvents(r0))
	e.Backend.Commit() // the relayed claim's share is ready for a claim in the next block

	victim := e.Addr(3)
	data := contracttest.EscrowABI.PackClaim(id, nil)
	var window []uint64
	for gas := uint64(150_000); gas <= 400_000; gas += 1_000 {
		real := reviewCall(t, e, victim, gas, data, true)
		sim := reviewCall(t, e, victim, gas, data, false)
		require.Equal(t, "", sim, "under simulation the claim succeeds at %d", gas)
		if real != "" {
			require.Contains(t, real, "InsufficientGas", "gas %d", gas)
			window = append(window, gas)
		}
	}
	t.Logf("claim reverts on chain with InsufficientGas for gas limits %v (succeeds below and above)", window)
	require.NotEmpty(t, window, "no failing gas window")
	require.Less(t, window[len(window)-1], uint64(400_000))

	// and for real: the victim's claim, mined with a gas limit in the window, fails
	r := reviewTx(t, e, e.Key(3), e.Escrow, window[len(window)/2], data)
	require.Equal(t, types.ReceiptStatusFailed, r.Status)
	t.Logf("mined with gas %d: status %d, gas used %d", window[len(window)/2], r.Status, r.GasUsed)
}

// Finding: settle and settleMany allocate Pay[2 * pending] (each element a fresh 64-byte struct) before the
// first gas check, so a packet with a long queue of pending claims costs every settle that touches it memory
// gas quadratic in the queue (about 7.2M for 10,000 pending) before anything is drawn. Claims that get only
// their estimate draw nothing, so anyone can build such a queue (one claim per identity, any blocks). A keeper's
// settleMany that holds that packet and gives the documented PUSH_GAS_* + 60,000 per share reverts with out of
// gas (the batch is not "never reverts for a packet"), and another packet's ready share in the batch stays
// undrawn.
func TestReviewSettleManyLongQueue(t *testing.T) {
	const pending = 2500
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
	_, err = e.Claim(e.Key(1), b, nil)
	require.NoError(t, err)

	// the queue: claims with 150,000 gas each (less than the two reserves a draw needs: they draw nothing)
	claim := contracttest.EscrowABI.PackClaim(a, nil)
	for from := 4; from < pending+4; from += 350 {
		var keys []*ecdsa.PrivateKey
		var datas [][]byte
		for i := from; i < min(from+350, pending+4); i++ {
			keys, datas = append(keys, e.Key(i)), append(datas, claim)
		}
		for _, r := range reviewMine(t, e, 150_000, keys, e.Escrow, datas) {
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		}
	}
	e.Backend.Commit()
	// the view the client reads before every sealed claim and settle: 12M gas (simchain's eth_call) is not enough
	pdData := contracttest.EscrowABI.PackPendingDraws(a, new(big.Int), big.NewInt(1_000_000))
	_, err = e.Call(e.Escrow, pdData)
	require.Error(t, err, "pendingDraws of %d pending within 12M gas", pending)
	viewGas, err := e.Client.EstimateGas(context.Background(), ethereum.CallMsg{To: &e.Escrow, Data: pdData})
	require.NoError(t, err)
	t.Logf("pendingDraws with %d pending: %d gas (eth_call gas caps: geth 50M by default)", pending, viewGas)
	out, err := e.Client.PendingCallContract(context.Background(), ethereum.CallMsg{To: &e.Escrow, Data: pdData, Gas: 40_000_000})
	require.NoError(t, err)
	pd, err := contracttest.EscrowABI.UnpackPendingDraws(out)
	require.NoError(t, err)
	require.Len(t, pd.Draws, pending)

	// alone, b's one share settles with the documented allowance (PUSH_GAS_NATIVE + 60,000 per share + a base)
	const batch = 400_000
	onlyB := contracttest.EscrowABI.PackSettleMany([]*big.Int{b})
	require.Equal(t, "", reviewCall(t, e, e.Addr(2), batch, onlyB, true))
	// with a in front, the same gas runs out in the allocation: the whole batch reverts
	both := contracttest.EscrowABI.PackSettleMany([]*big.Int{a, b})
	r := reviewTx(t, e, e.Key(2), e.Escrow, batch, both)
	require.Equal(t, types.ReceiptStatusFailed, r.Status, "settleMany([a, b]) with %d gas", batch)
	t.Logf("settleMany([a (%d pending), b]) with %d gas: reverted, gas used %d", pending, batch, r.GasUsed)
	require.EqualValues(t, 0, e.Packet(b).Claimed, "b's ready share was not drawn")

	// what one settle of a costs when it can draw a single share: mostly the allocation
	one := reviewTx(t, e, e.Key(2), e.Escrow, 10_000_000, contracttest.EscrowABI.PackSettle(a))
	require.Equal(t, types.ReceiptStatusSuccessful, one.Status)
	t.Logf("settle(a) with 10M gas: gas used %d for %d draws", one.GasUsed, len(claimedEvents(one)))
}
