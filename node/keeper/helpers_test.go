package keeper

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

// Accounts of the test chain: 0 deploys the escrow and owns its policy, keepers use 1 and 2, senders and
// recipients come after.
const (
	owner        = 0
	keeperA      = 1
	keeperB      = 2
	firstSender  = 3
	senderCount  = 20
	testAccounts = firstSender + senderCount
)

var esc = escrow.NewHongbaoEscrow()

// harness is a simulated chain with the escrow, plus a record of every refund transaction keepers sent.
type harness struct {
	t       testing.TB
	env     *contracttest.Env
	dir     string
	senders int // accounts firstSender.. that send packets, in turn

	mu  sync.Mutex // one transaction per block: send and commit belong together
	txs []common.Hash
}

func newHarness(t testing.TB, accounts int) *harness {
	t.Helper()
	env, err := contracttest.New(accounts)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	return &harness{t: t, env: env, dir: t.TempDir(), senders: min(senderCount, accounts-firstSender)}
}

// chainBackend is the simulated client with instant mining: SendTransaction commits a block at once, like a
// dev node with one block per transaction. afterSend (optional) runs after each commit with the count so far.
type chainBackend struct {
	Backend
	h         *harness
	afterSend func(n int)
}

func (h *harness) backend() *chainBackend {
	return &chainBackend{Backend: h.env.Client, h: h}
}

func (b *chainBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.h.mu.Lock()
	if err := b.Backend.SendTransaction(ctx, tx); err != nil {
		b.h.mu.Unlock()
		return err
	}
	simchain.AwaitPending(ctx, b.h.env.Client, tx) // the pool promotes it asynchronously: mine it, not an empty block
	b.h.env.Backend.Commit()
	b.h.txs = append(b.h.txs, tx.Hash())
	n := len(b.h.txs)
	b.h.mu.Unlock()
	if b.afterSend != nil {
		b.afterSend(n)
	}
	return nil
}

// EstimateGasAtBlock forwards the pending-block estimate the keeper prefers.
func (b *chainBackend) EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, n *big.Int) (uint64, error) {
	return b.Backend.(pendingEstimator).EstimateGasAtBlock(ctx, msg, n)
}

// config is a keeper configuration for tests: fast polls and backoff, a checkpoint in the test's directory.
func (h *harness) config(b Backend, account int, checkpoint string) Config {
	return Config{
		Backend:        b,
		Escrow:         h.env.Escrow,
		Key:            h.env.Key(account),
		Checkpoint:     filepath.Join(h.dir, checkpoint),
		BatchSize:      50,
		PollInterval:   5 * time.Millisecond,
		ReceiptPoll:    time.Millisecond,
		ReceiptTimeout: 0, // the default (minutes): a receipt is waited for, not timed on a busy machine
		Retry:          Backoff{Initial: time.Millisecond, Max: 4 * time.Millisecond, Attempts: 4},
		Logger:         testLogger(),
	}
}

func (h *harness) keeper(cfg Config) *Keeper {
	h.t.Helper()
	k, err := New(context.Background(), cfg)
	require.NoError(h.t, err)
	return k
}

// packet is a sent packet as the test knows it.
type packet struct {
	id        uint64
	sender    common.Address
	total     *big.Int
	expiresAt uint64
}

// sendMany sends one packet per params, from the senders in turn, about a hundred per block (far faster than
// one block each), and returns them in order.
func (h *harness) sendMany(params []escrow.IHongbaoEscrowSendParams) []packet {
	h.t.Helper()
	return h.sendManyFrom(params, func(i int) int { return firstSender + i%h.senders })
}

// sendManyFrom is sendMany with packet i sent by account from(i).
func (h *harness) sendManyFrom(params []escrow.IHongbaoEscrowSendParams, fromOf func(i int) int) []packet {
	h.t.Helper()
	ctx := context.Background()
	nonces := map[int]uint64{}
	var hashes []common.Hash
	for i, p := range params {
		from := fromOf(i)
		if _, ok := nonces[from]; !ok {
			n, err := h.env.Client.PendingNonceAt(ctx, h.env.Addr(from))
			require.NoError(h.t, err)
			nonces[from] = n
		}
		value := new(big.Int)
		if p.Token == (common.Address{}) {
			value = p.Amount
		}
		tx := h.signed(from, nonces[from], value, esc.PackSend(p))
		nonces[from]++
		require.NoError(h.t, h.env.Client.SendTransaction(ctx, tx))
		hashes = append(hashes, tx.Hash())
		if len(hashes)%100 == 0 {
			h.env.Backend.Commit()
		}
	}
	h.env.Backend.Commit()
	out := make([]packet, len(hashes))
	for i, hash := range hashes {
		r, err := h.env.Client.TransactionReceipt(ctx, hash)
		// The node indexes transactions asynchronously after a block: under load a receipt can be "not found"
		// for a moment right after Commit.
		for tries := 0; err != nil && tries < 500; tries++ {
			time.Sleep(10 * time.Millisecond)
			if tries%20 == 19 {
				// The pool promotes transactions asynchronously: one that missed the last block is mined now.
				h.env.Backend.Commit()
			}
			r, err = h.env.Client.TransactionReceipt(ctx, hash)
		}
		require.NoError(h.t, err)
		require.Equal(h.t, types.ReceiptStatusSuccessful, r.Status, "send %d: %s", i, h.replay(hash, r))
		ev := one[escrow.HongbaoEscrowPacketSent](h.t, r)
		out[i] = packet{id: ev.Id.Uint64(), sender: ev.Sender, total: ev.Total, expiresAt: ev.ExpiresAt.Uint64()}
	}
	return out
}

// replay re-runs a failed transaction on the state before its block and returns why it reverted.
func (h *harness) replay(hash common.Hash, r *types.Receipt) string {
	ctx := context.Background()
	tx, _, err := h.env.Client.TransactionByHash(ctx, hash)
	if err != nil {
		return err.Error()
	}
	from, _ := types.Sender(types.LatestSignerForChainID(h.env.ChainID), tx)
	msg := ethereum.CallMsg{From: from, To: tx.To(), Value: tx.Value(), Data: tx.Data(), Gas: tx.Gas()}
	_, err = h.env.Client.CallContract(ctx, msg, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	return fmt.Sprintf("gas used %d of %d, replay: %v", r.GasUsed, tx.Gas(), err)
}

func (h *harness) signed(from int, nonce uint64, value *big.Int, data []byte) *types.Transaction {
	head, err := h.env.Client.HeaderByNumber(context.Background(), nil)
	require.NoError(h.t, err)
	tip := big.NewInt(params.GWei)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: h.env.ChainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip),
		Gas:       400_000, To: &h.env.Escrow, Value: value, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(h.env.ChainID), h.env.Key(from))
	require.NoError(h.t, err)
	return signed
}

// ethPackets returns n Direct ETH packets with distinct amounts (so that a refund of the wrong amount shows),
// each to the next sender's neighbour, with the given ttl in seconds.
func (h *harness) ethPackets(n int, ttl uint32) []escrow.IHongbaoEscrowSendParams {
	out := make([]escrow.IHongbaoEscrowSendParams, n)
	for i := range out {
		amount := new(big.Int).Add(big.NewInt(params.GWei*1000), big.NewInt(int64(i+1)))
		p := contracttest.DirectParams(h.env.Addr(firstSender+(i+1)%h.senders), amount)
		p.Ttl = ttl
		out[i] = p
	}
	return out
}

// refunds counts the Refunded events per packet over the whole chain, and checks each event's receiver and
// amount against the packet when known.
func (h *harness) refunds(known []packet) map[uint64]int {
	h.t.Helper()
	byID := map[uint64]packet{}
	for _, p := range known {
		byID[p.id] = p
	}
	logs, err := h.env.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{h.env.Escrow},
		Topics:    [][]common.Hash{{eventID(escrow.HongbaoEscrowRefundedEventName)}},
	})
	require.NoError(h.t, err)
	counts := map[uint64]int{}
	for i := range logs {
		ev, err := esc.UnpackRefundedEvent(&logs[i])
		require.NoError(h.t, err)
		id := ev.Id.Uint64()
		counts[id]++
		if p, ok := byID[id]; ok {
			require.Equal(h.t, p.sender, ev.To, "packet %d refunded to the wrong address", id)
			require.Zero(h.t, p.total.Cmp(ev.Amount), "packet %d refunded %s, want %s", id, ev.Amount, p.total)
		}
	}
	return counts
}

// requireAllOnce checks that each packet was refunded exactly once and nothing else was.
func (h *harness) requireAllOnce(ps []packet) {
	h.t.Helper()
	counts := h.refunds(ps)
	for _, p := range ps {
		require.Equal(h.t, 1, counts[p.id], "Refunded events of packet %d", p.id)
	}
	require.Len(h.t, counts, len(ps))
}

// keeperTx is a refund transaction a keeper sent, with the ids it asked for and those it refunded.
type keeperTx struct {
	hash     common.Hash
	from     common.Address
	asked    []uint64
	refunded []uint64
	gasUsed  uint64
	cost     *big.Int
}

// keeperTxs reads back every transaction the keepers sent; each must have succeeded and called refundMany.
func (h *harness) keeperTxs() []keeperTx {
	h.t.Helper()
	ctx := context.Background()
	h.mu.Lock()
	hashes := append([]common.Hash(nil), h.txs...)
	h.mu.Unlock()
	parsed, err := escrow.HongbaoEscrowMetaData.ParseABI()
	require.NoError(h.t, err)
	method := parsed.Methods["refundMany"]
	var out []keeperTx
	for _, hash := range hashes {
		tx, _, err := h.env.Client.TransactionByHash(ctx, hash)
		require.NoError(h.t, err)
		r, err := h.env.Client.TransactionReceipt(ctx, hash)
		require.NoError(h.t, err)
		require.Equal(h.t, types.ReceiptStatusSuccessful, r.Status, "keeper transaction %s failed", hash)
		require.Equal(h.t, method.ID, tx.Data()[:4], "keeper transaction %s is not refundMany", hash)
		args, err := method.Inputs.Unpack(tx.Data()[4:])
		require.NoError(h.t, err)
		from, err := types.Sender(types.LatestSignerForChainID(h.env.ChainID), tx)
		require.NoError(h.t, err)
		k := keeperTx{hash: hash, from: from, gasUsed: r.GasUsed, cost: simchain.GasCost(r)}
		for _, id := range args[0].([]*big.Int) {
			k.asked = append(k.asked, id.Uint64())
		}
		for _, l := range r.Logs {
			if ev, err := esc.UnpackRefundedEvent(l); err == nil {
				k.refunded = append(k.refunded, ev.Id.Uint64())
			}
		}
		out = append(out, k)
	}
	return out
}

// requireNoWaste checks that every keeper transaction refunded every id it asked for: no id was sent that
// was not refundable, so no packet saw a second refund attempt.
func requireNoWaste(t *testing.T, txs []keeperTx) {
	t.Helper()
	seen := map[uint64]common.Hash{}
	for _, tx := range txs {
		require.ElementsMatch(t, tx.asked, tx.refunded, "transaction %s asked for ids it did not refund", tx.hash)
		for _, id := range tx.asked {
			prev, dup := seen[id]
			require.False(t, dup, "packet %d sent in %s and again in %s", id, prev, tx.hash)
			seen[id] = tx.hash
		}
	}
}

func eventID(name string) common.Hash {
	parsed, err := escrow.HongbaoEscrowMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	return parsed.Events[name].ID
}

// one returns the single event of type T in a receipt.
func one[T any](t testing.TB, r *types.Receipt) *T {
	t.Helper()
	var found []*T
	for _, ev := range contracttest.Events(r) {
		if v, ok := ev.(*T); ok {
			found = append(found, v)
		}
	}
	require.Len(t, found, 1, "events of type %T", *new(T))
	return found[0]
}

// warpPast mines an empty block after the latest expiry of ps.
func (h *harness) warpPast(ps []packet) {
	h.t.Helper()
	var last uint64
	for _, p := range ps {
		last = max(last, p.expiresAt)
	}
	now := h.env.Now()
	if now <= last {
		require.NoError(h.t, h.env.Warp(time.Duration(last-now+1)*time.Second))
	}
}

// flakyBackend injects errors into the calls a keeper makes after New: call n (from 1, over all methods)
// fails when fails(n), and the k-th SendTransaction when sendFails(k). A failing SendTransaction alternates
// between refusing the transaction and taking it (mined at once) but answering with an error anyway, the
// ambiguous case where a keeper must not send a second transaction.
type flakyBackend struct {
	Backend
	fails     func(n int) bool
	sendFails func(k int) bool

	mu        sync.Mutex
	calls     int
	sendCalls int
	injected  int
	sendFail  int
}

var errInjected = errors.New("injected RPC failure: connection reset by peer")

func (b *flakyBackend) fail() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.calls++
	if b.fails(b.calls) {
		b.injected++
		return true
	}
	return false
}

func (b *flakyBackend) counts() (calls, injected int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.calls, b.injected
}

func (b *flakyBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if b.fail() {
		return nil, errInjected
	}
	return b.Backend.HeaderByNumber(ctx, n)
}

func (b *flakyBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if b.fail() {
		return nil, errInjected
	}
	return b.Backend.FilterLogs(ctx, q)
}

func (b *flakyBackend) PendingCallContract(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
	if b.fail() {
		return nil, errInjected
	}
	return b.Backend.PendingCallContract(ctx, msg)
}

func (b *flakyBackend) EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, n *big.Int) (uint64, error) {
	if b.fail() {
		return 0, errInjected
	}
	return b.Backend.(pendingEstimator).EstimateGasAtBlock(ctx, msg, n)
}

func (b *flakyBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if b.fail() {
		return nil, errInjected
	}
	return b.Backend.SuggestGasTipCap(ctx)
}

func (b *flakyBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if b.fail() {
		return 0, errInjected
	}
	return b.Backend.PendingNonceAt(ctx, a)
}

func (b *flakyBackend) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	if b.fail() {
		return nil, errInjected
	}
	return b.Backend.TransactionReceipt(ctx, hash)
}

func (b *flakyBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.mu.Lock()
	b.sendCalls++
	fail := b.sendFails(b.sendCalls)
	if fail {
		b.injected++
		b.sendFail++
	}
	ambiguous := b.sendFail%2 == 0
	b.mu.Unlock()
	if !fail {
		return b.Backend.SendTransaction(ctx, tx)
	}
	if ambiguous {
		if err := b.Backend.SendTransaction(ctx, tx); err != nil {
			return err
		}
	}
	return errInjected
}

// testLogger discards logs unless KEEPER_TEST_LOG is set.
func testLogger() *slog.Logger {
	if os.Getenv("KEEPER_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}
