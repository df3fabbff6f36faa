package keeper

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
	"github.com/hongbao/hongbao/node/txsend"
)

var blocklist = mocks.NewBlocklistToken()

// badPacket makes a packet whose refund reverts: the keeper's own packet in a token that refuses transfers
// to the keeper. (The escrow pays the caller of refundMany with a plain transfer that must succeed; anyone
// else gets a capped push that falls back to an owed balance, so only this shape reverts.) It returns the
// packet and the token; block(true) makes the refund revert, block(false) lets it pass.
func (h *harness) badPacket(keeper int, ttl uint32) (packet, func(blocked bool)) {
	h.t.Helper()
	token, err := h.env.DeployMock(mocks.BlocklistTokenMetaData.Bin, nil)
	require.NoError(h.t, err)
	key := h.env.Key(keeper)
	amount := big.NewInt(777)
	_, err = h.env.TxTo(key, token, nil, blocklist.PackMint(h.env.Addr(keeper), amount))
	require.NoError(h.t, err)
	_, err = h.env.TxTo(key, token, nil, blocklist.PackApprove(h.env.Escrow, amount))
	require.NoError(h.t, err)
	p := contracttest.DirectParams(h.env.Addr(firstSender), amount)
	p.Token, p.Ttl = token, ttl
	id, r, err := h.env.SendPacket(key, p)
	require.NoError(h.t, err)
	ev := one[escrow.HongbaoEscrowPacketSent](h.t, r)
	block := func(blocked bool) {
		h.t.Helper()
		_, err := h.env.TxTo(h.env.Key(owner), token, nil, blocklist.PackSetBlocked(h.env.Addr(keeper), blocked))
		require.NoError(h.t, err)
	}
	return packet{id: id.Uint64(), sender: h.env.Addr(keeper), total: amount, expiresAt: ev.ExpiresAt.Uint64()}, block
}

// blockOnChain is a backend that, on the keeper's first refund, slips a transaction blocking the keeper on
// the token into the same block ahead of it (a higher tip): the refund passed its simulation and fails on
// chain.
type blockOnChain struct {
	*chainBackend
	blockTx *types.Transaction
	done    atomic.Bool
}

func (b *blockOnChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if b.done.Swap(true) {
		return b.chainBackend.SendTransaction(ctx, tx)
	}
	h := b.h
	h.mu.Lock()
	defer h.mu.Unlock()
	if err := h.env.Client.SendTransaction(ctx, b.blockTx); err != nil {
		return err
	}
	if err := h.env.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	simchain.AwaitPending(ctx, h.env.Client, b.blockTx)
	simchain.AwaitPending(ctx, h.env.Client, tx)
	h.env.Backend.Commit()
	h.txs = append(h.txs, tx.Hash())
	return nil
}

// A batch with a packet whose refund reverts: the batch is split until the packet is alone, the packet is set
// aside (counted in /metrics) and the honest packets batched with it are refunded in the same pass. The
// packet is skipped for QuarantinePasses passes, tried again, set aside for twice as long while it keeps
// failing, and refunded once it no longer does.
func TestRevertingPacketQuarantined(t *testing.T) {
	for _, tc := range []struct {
		name    string
		onChain bool // the refund passes simulation and fails in its block
	}{
		{name: "reverts in simulation"},
		{name: "fails on chain", onChain: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, testAccounts)
			bad, block := h.badPacket(keeperA, 3600)
			honest := h.sendMany(h.ethPackets(40, 3600))
			h.warpPast(append(honest, bad))

			var b Backend = h.backend()
			if tc.onChain {
				blockTx := h.signedTo(owner, blocklist.PackSetBlocked(h.env.Addr(keeperA), true), tokenOf(t, h, bad.id), big.NewInt(5*params.GWei))
				b = &blockOnChain{chainBackend: h.backend(), blockTx: blockTx}
			} else {
				block(true)
			}
			cfg := h.config(b, keeperA, "a.json")
			cfg.QuarantinePasses = 2
			k := h.keeper(cfg)

			sum, err := k.RunOnce(context.Background())
			require.NoError(t, err)
			require.Equal(t, 41, sum.Due)
			require.Equal(t, 40, sum.Refunded, "the honest packets are refunded in the same pass")
			require.Equal(t, 1, sum.Quarantined)
			require.Equal(t, 1, sum.Open)
			counts := h.refunds(honest)
			for _, p := range honest {
				require.Equal(t, 1, counts[p.id], "packet %d", p.id)
			}
			require.Zero(t, counts[bad.id])
			require.Equal(t, contracttest.StatusExpired, h.env.Packet(new(big.Int).SetUint64(bad.id)).Status)
			e := scrape(t, k.MetricsHandler())
			require.Equal(t, 1.0, e.value(t, "hongbao_keeper_packets_quarantined_total"))
			require.Equal(t, 1.0, e.value(t, "hongbao_keeper_quarantined_packets"))
			require.Positive(t, e.value(t, "hongbao_keeper_batches_split_total"))
			wantFailed := 0.0
			if tc.onChain {
				wantFailed = 1
			}
			require.Equal(t, wantFailed, e.value(t, "hongbao_keeper_batches_failed_total"))

			// Pass 2: still in quarantine, not even simulated.
			txs := len(h.txs)
			sum, err = k.RunOnce(context.Background())
			require.NoError(t, err)
			require.Equal(t, Summary{FromBlock: sum.FromBlock, ToBlock: sum.ToBlock, Scanned: sum.Scanned, Open: 1, Due: 1}, sum)

			// Pass 3: tried again, fails again, set aside for four passes.
			sum, err = k.RunOnce(context.Background())
			require.NoError(t, err)
			require.Equal(t, 1, sum.Quarantined)
			require.Equal(t, uint64(3+4), k.state.quarantine[bad.id].retryPass)
			require.Equal(t, 2.0, scrape(t, k.MetricsHandler()).value(t, "hongbao_keeper_packets_quarantined_total"))

			// Whatever made it fail is gone: passes 4-6 skip it, pass 7 refunds it.
			block(false)
			for pass := 4; pass <= 7; pass++ {
				sum, err = k.RunOnce(context.Background())
				require.NoError(t, err)
				want := 0
				if pass == 7 {
					want = 1
				}
				require.Equal(t, want, sum.Refunded, "pass %d", pass)
			}
			require.Zero(t, sum.Open)
			require.Equal(t, 1, h.refunds(nil)[bad.id])
			require.Equal(t, txs+1, len(h.txs), "one transaction after the first pass: the refund of pass 7")
			require.Zero(t, scrape(t, k.MetricsHandler()).value(t, "hongbao_keeper_quarantined_packets"))
		})
	}
}

// tokenOf reads the token of packet id.
func tokenOf(t *testing.T, h *harness, id uint64) common.Address {
	t.Helper()
	return h.env.Packet(new(big.Int).SetUint64(id)).Token
}

// signedTo signs calldata to a contract from account `from` with the given tip, at the next nonce.
func (h *harness) signedTo(from int, data []byte, to common.Address, tip *big.Int) *types.Transaction {
	h.t.Helper()
	ctx := context.Background()
	nonce, err := h.env.Client.PendingNonceAt(ctx, h.env.Addr(from))
	require.NoError(h.t, err)
	head, err := h.env.Client.HeaderByNumber(ctx, nil)
	require.NoError(h.t, err)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: h.env.ChainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip),
		Gas:       200_000, To: &to, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(h.env.ChainID), h.env.Key(from))
	require.NoError(h.t, err)
	return signed
}

// gatedReceipts answers "not found" for every receipt until the keeper has begun its gate-th send: a keeper
// that waited for a batch's receipt before sending the next one would never get there.
type gatedReceipts struct {
	*chainBackend
	gate  int
	sends atomic.Int32
}

func (b *gatedReceipts) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.sends.Add(1) // before the block: at the gate-th block the receipts are there
	return b.chainBackend.SendTransaction(ctx, tx)
}

func (b *gatedReceipts) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	if int(b.sends.Load()) < b.gate {
		return nil, ethereum.NotFound
	}
	return b.chainBackend.TransactionReceipt(ctx, hash)
}

// 500 packets in batches of 25 with four transactions in flight: four batches are sent before any receipt
// is seen, every packet is refunded exactly once, and the transactions have consecutive nonces.
func TestBatchesInFlight(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(500, day))
	h.warpPast(ps)
	b := &gatedReceipts{chainBackend: h.backend(), gate: 4}
	cfg := withBatch(h.config(b, keeperA, "a.json"), 25)
	cfg.MaxInFlight = 4
	k := h.keeper(cfg)

	sum, err := k.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, 500, sum.Refunded)
	require.Equal(t, 20, sum.Batches)
	require.Zero(t, sum.Dropped)
	require.Zero(t, sum.Open)
	h.requireAllOnce(ps)
	txs := h.keeperTxs()
	require.Len(t, txs, 20)
	requireNoWaste(t, txs)
	nonces := map[uint64]bool{}
	for _, tx := range txs {
		got, _, err := h.env.Client.TransactionByHash(context.Background(), tx.hash)
		require.NoError(t, err)
		nonces[got.Nonce()] = true
	}
	require.Len(t, nonces, 20)
	for n := range uint64(20) {
		require.True(t, nonces[n], "nonce %d", n)
	}
	require.Equal(t, uint64(500), k.metrics.snapshot().packetsRefunded)
	require.Zero(t, scrape(t, k.MetricsHandler()).value(t, "hongbao_keeper_batches_in_flight"))
}

// A keeper killed with several batches in flight (sent and mined, never booked): a new keeper from the
// checkpoint refunds the rest, and no packet is refunded twice or carried by two transactions.
func TestKilledWithBatchesInFlight(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(500, day))
	h.warpPast(ps)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b := &gatedReceipts{chainBackend: h.backend(), gate: 4} // several are in flight when the keeper dies
	b.afterSend = func(n int) {
		if n == 6 {
			cancel()
		}
	}
	cfg := withBatch(h.config(b, keeperA, "a.json"), 25)
	cfg.MaxInFlight = 4
	require.NoError(t, h.keeper(cfg).Run(ctx))
	require.Len(t, h.keeperTxs(), 6)
	saved, err := loadState(cfg.Checkpoint, h.env.ChainID, h.env.Escrow)
	require.NoError(t, err)
	require.Greater(t, len(saved.open), 500-6*25, "some of the six were never booked")

	second := h.keeper(withBatch(h.config(h.backend(), keeperA, "a.json"), 25))
	sum, err := second.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, 500-6*25, sum.Refunded)
	require.Zero(t, sum.Dropped, "the scan, not the simulation, removed the six batches")
	require.Zero(t, sum.Open)
	h.requireAllOnce(ps)
	txs := h.keeperTxs()
	require.Len(t, txs, 20)
	requireNoWaste(t, txs)
}

// Fees above the keeper's limit (Config.Tx): nothing is sent, the pass fails with the sentence, and the
// packets stay due.
func TestFeeLimitStopsSending(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(60, 3600))
	h.warpPast(ps)
	cfg := withBatch(h.config(h.backend(), keeperA, "a.json"), 20)
	cfg.Tx = []txsend.Option{txsend.WithFeeCapLimit(big.NewInt(1000))}
	k := h.keeper(cfg)
	sum, err := k.RunOnce(context.Background())
	var fe *txsend.FeeCapError
	require.ErrorAs(t, err, &fe)
	require.ErrorContains(t, err, "above the limit of 0.000001 gwei; raise the limit or wait for lower fees")
	require.NotContains(t, err.Error(), "batches failed", "the first refusal stops the pass")
	require.Zero(t, sum.Batches)
	require.Equal(t, 60, sum.Open)
	require.Empty(t, h.keeperTxs())
}
