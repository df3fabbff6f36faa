package indexer

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// TestCatchUpBenchmark prints catch-up figures (it asserts only that both sides saw the same events):
//
//	HONGBAO_BENCH=1 go test -run TestCatchUpBenchmark -v ./node/indexer/
//
// It fills a simulated chain with a few thousand escrow events, then times a raw eth_getLogs loop over the
// same node and the same block ranges (fetch only, no decoding, no storage) against a full catch-up of the
// indexer into a fresh SQLite file (decode, rebuild state, commit), and a local rebuild from stored events.
func TestCatchUpBenchmark(t *testing.T) {
	if os.Getenv("HONGBAO_BENCH") == "" {
		t.Skip("set HONGBAO_BENCH=1 to run the indexer catch-up benchmark")
	}
	t.Run("dense", func(t *testing.T) {
		// 40 senders × 40 blocks of Direct packets with a guardian, then refundMany: ~80 events per block.
		env := benchChain(t, 41)
		ids := sendRounds(t, env, 40, 40)
		require.NoError(t, env.Warp(2*24*time.Hour))
		refundAll(t, env, ids)
		benchCatchUp(t, env)
	})
	t.Run("sparse", func(t *testing.T) {
		// One transaction per block: 1,500 sends (2 events each) and claims of a third of them.
		env := benchChain(t, 11)
		for i := range 1500 {
			id, _, err := env.SendPacket(env.Key(1+i%10), guarded(env, env.Addr(0)))
			require.NoError(t, err)
			if i%3 == 0 {
				_, err = env.Claim(env.Key(0), id, nil)
				require.NoError(t, err)
			}
		}
		benchCatchUp(t, env)
	})
}

func benchChain(t *testing.T, n int) *contracttest.Env {
	env, err := contracttest.New(n)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	return env
}

// guarded is a Direct packet of 0.01 ETH to `to` with a guardian (two events: PacketSent, GuardianSet).
func guarded(env *contracttest.Env, to common.Address) escrow.IHongbaoEscrowSendParams {
	p := contracttest.DirectParams(to, big.NewInt(1e16))
	p.Guardian = env.Addr(0)
	return p
}

// sendRounds mines `rounds` blocks, each with one send from every account 1..senders.
func sendRounds(t *testing.T, env *contracttest.Env, rounds, senders int) []*big.Int {
	ctx := context.Background()
	nonces := make([]uint64, senders+1)
	for i := 1; i <= senders; i++ {
		n, err := env.Client.PendingNonceAt(ctx, env.Addr(i))
		require.NoError(t, err)
		nonces[i] = n
	}
	var hashes []common.Hash
	for range rounds {
		for i := 1; i <= senders; i++ {
			p := guarded(env, env.Addr(0))
			hashes = append(hashes, submit(t, env, env.Key(i), nonces[i], p.Amount, esc.PackSend(p)))
			nonces[i]++
		}
		env.Backend.Commit()
	}
	var ids []*big.Int
	for _, h := range hashes {
		r, err := env.Client.TransactionReceipt(ctx, h)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		ev, err := esc.UnpackPacketSentEvent(r.Logs[0])
		require.NoError(t, err)
		ids = append(ids, ev.Id)
	}
	return ids
}

// refundAll refunds the packets 100 per refundMany.
func refundAll(t *testing.T, env *contracttest.Env, ids []*big.Int) {
	for i := 0; i < len(ids); i += 100 {
		r, err := env.Tx(env.Key(0), nil, esc.PackRefundMany(ids[i:min(i+100, len(ids))]))
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
}

func submit(t *testing.T, env *contracttest.Env, key *ecdsa.PrivateKey, nonce uint64, value *big.Int, data []byte) common.Hash {
	head, err := env.Client.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	tip := big.NewInt(params.GWei)
	if value == nil {
		value = new(big.Int)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: env.ChainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip), Gas: 3_000_000,
		To: &env.Escrow, Value: value, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(env.ChainID), key)
	require.NoError(t, err)
	require.NoError(t, env.Client.SendTransaction(context.Background(), signed))
	return signed.Hash()
}

// benchCatchUp times the raw loop, the indexer and a local rebuild, three runs each, and prints the medians.
func benchCatchUp(t *testing.T, env *contracttest.Env) {
	ctx := context.Background()
	head, err := env.Client.BlockNumber(ctx)
	require.NoError(t, err)
	const trials = 3
	var events int
	raw := timeTrials(trials, func() {
		events = rawGetLogs(t, env, head, DefaultMaxRange)
	})
	var indexed int
	var last *DB
	idx := timeTrials(trials, func() {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "bench.db"))
		require.NoError(t, err)
		ix, err := New(db, env.Client, Config{Escrow: env.Escrow})
		require.NoError(t, err)
		pr, err := ix.Sync(ctx)
		require.NoError(t, err)
		indexed = pr.Events
		last = db
	})
	defer last.Close()
	rebuild := timeTrials(trials, func() { require.NoError(t, last.Rebuild(ctx)) })
	require.Equal(t, events, indexed, "the indexer and the raw loop saw different events")
	rate := func(d time.Duration) float64 { return float64(events) / d.Seconds() }
	t.Logf("%d events in %d blocks (median of %d runs)", events, head, trials)
	t.Logf("raw eth_getLogs loop:   %8.0f events/s  (%v)", rate(raw), raw.Round(time.Millisecond))
	t.Logf("indexer catch-up:       %8.0f events/s  (%v)  = %.1f%% of the raw loop", rate(idx), idx.Round(time.Millisecond), 100*raw.Seconds()/idx.Seconds())
	t.Logf("local rebuild (replay): %8.0f events/s  (%v)", rate(rebuild), rebuild.Round(time.Millisecond))
}

// rawGetLogs fetches the escrow's logs block range by block range and counts them: the floor for catch-up.
func rawGetLogs(t *testing.T, env *contracttest.Env, head, span uint64) int {
	n := 0
	for from := uint64(0); from <= head; from += span {
		logs, err := env.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(min(from+span-1, head)),
			Addresses: []common.Address{env.Escrow},
		})
		require.NoError(t, err)
		n += len(logs)
	}
	return n
}

func timeTrials(n int, fn func()) time.Duration {
	ds := make([]time.Duration, n)
	for i := range ds {
		start := time.Now()
		fn()
		ds[i] = time.Since(start)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[n/2]
}
