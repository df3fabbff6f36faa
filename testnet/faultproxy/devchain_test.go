package faultproxy_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devchain"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/logs"
	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// A real geth dev node behind the proxy: the reader, through ethclient, gets every log of a few hundred
// blocks through a 50-block limit (and a result limit) in every primary provider's words.
func TestReaderOverDevchain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a geth dev node")
	}
	ctx := t.Context()
	chain, err := devchain.Start(ctx, devchain.Config{Port: 0, Home: t.TempDir()})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, chain.Close()) })
	rc, err := rpc.DialHTTP(chain.HTTPURL)
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	ec := ethclient.NewClient(rc)

	// Spread Transfer logs over ~300 blocks: a tCNY transfer, then nine empty blocks, thirty times.
	token := chain.Deployment.Tokens["tCNY"]
	data := tokens.NewTestStablecoin().PackTransfer(devkeys.Address(1), big.NewInt(1))
	for range 30 {
		transfer(ctx, t, ec, token, data)
		require.NoError(t, rc.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(9)))
	}
	head, err := ec.BlockNumber(ctx)
	require.NoError(t, err)
	require.Greater(t, head, uint64(300))
	want, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head)})
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(want), 30)
	perBlock := map[uint64]int{}
	maxPerBlock := 0
	for _, l := range want {
		perBlock[l.BlockNumber]++
		maxPerBlock = max(maxPerBlock, perBlock[l.BlockNumber])
	}

	for _, provider := range faultproxy.Providers()[:6] {
		for _, results := range []int{0, maxPerBlock + 1} {
			p, url := start(t, chain.HTTPURL, faultproxy.Config{Provider: provider, MaxRange: 50, MaxResults: results})
			_, pc := dial(t, url)
			r := logs.New(pc, logs.WithEndpoint(url), logs.WithPrefetch(3))
			got, err := r.Fetch(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head)})
			require.NoError(t, err, "%s, result limit %d", provider, results)
			require.Equal(t, want, got, "%s, result limit %d", provider, results)
			f := p.Faults()
			assert.Positive(t, f[faultproxy.FaultTooWide], provider)
			if results > 0 {
				assert.Positive(t, f[faultproxy.FaultTooMany], provider)
			}
		}
	}
}

// transfer sends data to token from dev account 0 and waits for it to be mined.
func transfer(ctx context.Context, t *testing.T, ec *ethclient.Client, to common.Address, data []byte) {
	t.Helper()
	key := devkeys.Key(0)
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	require.NoError(t, err)
	id, err := ec.ChainID(ctx)
	require.NoError(t, err)
	h, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tip := big.NewInt(params.GWei)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip),
		Gas:       200_000, To: &to, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(id), key)
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, signed))
	waitCtx, cancel := context.WithTimeout(ctx, 2*time.Minute) // a bound for a broken chain, not a speed check
	defer cancel()
	r, err := deploy.WaitMined(waitCtx, ec, signed.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
}
