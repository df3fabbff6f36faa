package indexer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	neturl "net/url"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/sig"
	"github.com/hongbao/hongbao/node/simchain"
)

// TestCatchUpBenchmark prints catch-up figures (it asserts only that both sides saw the same events):
//
//	HONGBAO_BENCH=1 go test -run TestCatchUpBenchmark -v ./node/indexer/
//
// It fills a simulated chain (mainnet rules) with escrow events, then, over the node's in-process client, its
// HTTP JSON-RPC server, and that server behind a proxy that adds a provider-like 25 ms to each request, times
// a bare eth_getLogs loop (one request per range of blocks, in order, fetch
// only: no decoding, no storage) against a full catch-up of the indexer into a fresh SQLite file (its log
// reader with the same range, decode, rebuild state, commit), alternating the two, and prints the medians and
// their ratio. Shapes:
//
//   - aged: 1,500 sends (two events each), then claims of a third of them, one transaction per block with
//     empty blocks between, over about 10,000 blocks read 1,000 at a time: a provider's block cap over a chain
//     100,000 blocks old, scaled down tenfold (mining 100,000 simulated blocks takes minutes);
//   - dense: 40 blocks of 40 sends each, then refunds in batches of 100 (80–200 events a block), read 8 blocks
//     at a time (about 600 events a request), and in one request.
func TestCatchUpBenchmark(t *testing.T) {
	if os.Getenv("HONGBAO_BENCH") == "" {
		t.Skip("set HONGBAO_BENCH=1 to run the indexer catch-up benchmark")
	}
	t.Run("aged", func(t *testing.T) {
		env, url := benchChain(t, 11)
		ids := sendSpread(t, env, 1500, 10, 5)
		claimSpread(t, env, ids, 3, 2)
		benchCatchUp(t, env, url, 1000)
	})
	t.Run("dense", func(t *testing.T) {
		env, url := benchChain(t, 41)
		ids := sendRounds(t, env, 40, 40)
		require.NoError(t, env.Warp(2*24*time.Hour))
		refundAll(t, env, ids)
		benchCatchUp(t, env, url, 8)
		benchCatchUp(t, env, url, DefaultMaxRange)
	})
}

// benchChain starts a simulated chain with n funded accounts and the escrow, serving JSON-RPC over HTTP on a
// free local port (returned) as well as in process.
func benchChain(t *testing.T, n int) (*contracttest.Env, string) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	alloc := types.GenesisAlloc{}
	accounts := make([]simchain.Account, n)
	for i := range accounts {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("hongbao bench account %d", i))))
		require.NoError(t, err)
		accounts[i] = simchain.Account{Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey)}
		alloc[accounts[i].Addr] = types.Account{Balance: contracttest.Ether(1_000_000)}
	}
	backend := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = simchain.OsakaConfig()
		ec.Genesis.GasLimit = 60_000_000
		ec.Miner.GasCeil = 60_000_000
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
	})
	t.Cleanup(func() { _ = backend.Close() })
	c := &simchain.Chain{Backend: backend, Client: backend.Client(), Accounts: accounts}
	c.ChainID, err = c.Client.ChainID(context.Background())
	require.NoError(t, err)
	env := &contracttest.Env{Chain: c}
	env.Escrow, _, err = env.DeployEscrow(0)
	require.NoError(t, err)
	env.Domain = sig.Domain{ChainID: c.ChainID, Escrow: env.Escrow}
	return env, fmt.Sprintf("http://127.0.0.1:%d", port)
}

// guarded is a Direct packet of 0.01 ETH to `to` with a guardian (two events: PacketSent, GuardianSet).
func guarded(env *contracttest.Env, to common.Address) escrow.IHongbaoEscrowSendParams {
	p := contracttest.DirectParams(to, big.NewInt(1e16))
	p.Guardian = env.Addr(0)
	return p
}

// nonces tracks the next nonce of each account for transactions submitted without waiting.
type nonces map[common.Address]uint64

func (ns nonces) next(t *testing.T, env *contracttest.Env, i int) uint64 {
	a := env.Addr(i)
	n, ok := ns[a]
	if !ok {
		var err error
		n, err = env.Client.PendingNonceAt(context.Background(), a)
		require.NoError(t, err)
	}
	ns[a] = n + 1
	return n
}

// sendSpread sends n guarded packets from accounts 1..senders, one per block, each followed by `empty` empty
// blocks, and returns their ids.
func sendSpread(t *testing.T, env *contracttest.Env, n, senders, empty int) []*big.Int {
	ns := nonces{}
	var hashes []common.Hash
	for i := range n {
		from := 1 + i%senders
		p := guarded(env, env.Addr(0))
		hashes = append(hashes, submit(t, env, env.Key(from), ns.next(t, env, from), p.Amount, esc.PackSend(p)))
		mineAfter(t, env, empty)
	}
	var ids []*big.Int
	for _, r := range receipts(t, env, hashes) {
		ev, err := esc.UnpackPacketSentEvent(r.Logs[0])
		require.NoError(t, err)
		ids = append(ids, ev.Id)
	}
	return ids
}

// claimSpread has account 0 claim every `every`-th packet, one claim per block with `empty` empty blocks after.
func claimSpread(t *testing.T, env *contracttest.Env, ids []*big.Int, every, empty int) {
	ns := nonces{}
	var hashes []common.Hash
	for i := 0; i < len(ids); i += every {
		hashes = append(hashes, submit(t, env, env.Key(0), ns.next(t, env, 0), nil, esc.PackClaim(ids[i], nil)))
		mineAfter(t, env, empty)
	}
	receipts(t, env, hashes)
}

// mineAfter mines the block of the transaction just submitted, then `empty` more.
func mineAfter(t *testing.T, env *contracttest.Env, empty int) {
	waitPending(t, env)
	for range 1 + empty {
		env.Backend.Commit()
	}
}

// waitPending waits (briefly) until the pool has promoted what was submitted, so that the next block holds it.
func waitPending(t *testing.T, env *contracttest.Env) {
	for range 400 {
		n, err := env.Client.PendingTransactionCount(context.Background())
		require.NoError(t, err)
		if n > 0 {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// receipts mines until every transaction has a successful receipt, and returns them.
func receipts(t *testing.T, env *contracttest.Env, hashes []common.Hash) []*types.Receipt {
	out := make([]*types.Receipt, len(hashes))
	for i, h := range hashes {
		for tries := 0; ; tries++ {
			r, err := env.Client.TransactionReceipt(context.Background(), h)
			if err == nil {
				require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
				out[i] = r
				break
			}
			require.Less(t, tries, 100, "transaction %d never mined", i)
			env.Backend.Commit()
		}
	}
	return out
}

// sendRounds mines `rounds` blocks, each with one send from every account 1..senders.
func sendRounds(t *testing.T, env *contracttest.Env, rounds, senders int) []*big.Int {
	ns := nonces{}
	var hashes []common.Hash
	for range rounds {
		for i := 1; i <= senders; i++ {
			p := guarded(env, env.Addr(0))
			hashes = append(hashes, submit(t, env, env.Key(i), ns.next(t, env, i), p.Amount, esc.PackSend(p)))
		}
		waitPending(t, env)
		env.Backend.Commit()
	}
	var ids []*big.Int
	for _, r := range receipts(t, env, hashes) {
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

// benchTrials is the number of timed runs of each side; the medians are printed.
const benchTrials = 5

// benchCatchUp times, over each transport, the bare loop and the indexer's catch-up (alternating, so that
// both meet the same load on a shared machine) with pages of maxRange blocks, and a local rebuild.
func benchCatchUp(t *testing.T, env *contracttest.Env, url string, maxRange uint64) {
	ctx := context.Background()
	head, err := env.Client.BlockNumber(ctx)
	require.NoError(t, err)
	httpClient, err := ethclient.Dial(url)
	require.NoError(t, err)
	defer httpClient.Close()
	far := httptest.NewServer(delayed(url, providerLatency))
	defer far.Close()
	farClient, err := ethclient.Dial(far.URL)
	require.NoError(t, err)
	defer farClient.Close()
	for _, tr := range []struct {
		name string
		node Backend
	}{
		{"in-process", env.Client},
		{"HTTP", httpClient},
		{fmt.Sprintf("HTTP, %v away", providerLatency), farClient},
	} {
		var raw, idx, rawCPU, idxCPU []time.Duration
		var events, indexed, pages int
		var last *DB
		for range benchTrials {
			start, cpu := time.Now(), cpuTime()
			events = rawGetLogs(t, tr.node, env.Escrow, head, maxRange)
			raw, rawCPU = append(raw, time.Since(start)), append(rawCPU, cpuTime()-cpu)

			db, err := Open(ctx, filepath.Join(t.TempDir(), "bench.db"))
			require.NoError(t, err)
			ix, err := New(db, tr.node, Config{Escrow: env.Escrow, MaxRange: maxRange, ChainID: env.ChainID})
			require.NoError(t, err)
			start, cpu = time.Now(), cpuTime()
			pr, err := ix.Sync(ctx)
			idx, idxCPU = append(idx, time.Since(start)), append(idxCPU, cpuTime()-cpu)
			require.NoError(t, err)
			indexed, pages = pr.Events, pr.Batches
			if last != nil {
				require.NoError(t, last.Close())
			}
			last = db
		}
		require.Equal(t, events, indexed, "the indexer and the raw loop saw different events")
		var rebuild []time.Duration
		for range benchTrials {
			start := time.Now()
			require.NoError(t, last.Rebuild(ctx))
			rebuild = append(rebuild, time.Since(start))
		}
		require.NoError(t, last.Close())
		r, i, rb := median(raw), median(idx), median(rebuild)
		rate := func(d time.Duration) float64 { return float64(events) / d.Seconds() }
		t.Logf("%s, %d events in %d blocks, %d blocks a request (%d pages), median of %d:", tr.name, events, head+1, maxRange, pages, benchTrials)
		t.Logf("  raw eth_getLogs loop:   %8.0f events/s  (%v; CPU %v)", rate(r), r.Round(time.Millisecond), median(rawCPU).Round(time.Millisecond))
		t.Logf("  indexer catch-up:       %8.0f events/s  (%v; CPU %v)  ratio %.2f", rate(i), i.Round(time.Millisecond),
			median(idxCPU).Round(time.Millisecond), r.Seconds()/i.Seconds())
		t.Logf("  local rebuild (replay): %8.0f events/s  (%v)", rate(rb), rb.Round(time.Millisecond))
	}
}

// providerLatency is the round trip the benchmark adds in front of the node to stand for a public provider
// (whose eth_getLogs answers take tens to hundreds of milliseconds).
const providerLatency = 25 * time.Millisecond

// delayed forwards JSON-RPC requests to url after waiting d.
func delayed(url string, d time.Duration) http.Handler {
	target, err := neturl.Parse(url)
	if err != nil {
		panic(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(d)
		proxy.ServeHTTP(w, r)
	})
}

// rawGetLogs fetches the escrow's logs range by range, in order, and counts them: the floor for catch-up.
func rawGetLogs(t *testing.T, b Backend, escrowAddr common.Address, head, span uint64) int {
	n := 0
	for from := uint64(0); from <= head; from += span {
		logs, err := b.FilterLogs(context.Background(), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(min(from+span-1, head)),
			Addresses: []common.Address{escrowAddr},
		})
		require.NoError(t, err)
		n += len(logs)
	}
	return n
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
