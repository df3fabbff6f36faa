package devchain

import (
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
)

// signedTransfers signs n transfers of 1 wei from dev account `from` to `to`, nonces from its next one on.
func signedTransfers(t *testing.T, c *Chain, from, to, n int) []*types.Transaction {
	t.Helper()
	ctx := testCtx(t)
	ec := c.Client()
	nonce, err := ec.PendingNonceAt(ctx, devkeys.Address(from))
	require.NoError(t, err)
	base := head(t, ec).BaseFee
	tip := big.NewInt(params.GWei)
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(c.ChainID))
	dest := devkeys.Address(to)
	txs := make([]*types.Transaction, n)
	for i := range txs {
		tx := types.NewTx(&types.DynamicFeeTx{
			ChainID: new(big.Int).SetUint64(c.ChainID), Nonce: nonce + uint64(i), GasTipCap: tip,
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip), Gas: 21_000, To: &dest, Value: big.NewInt(1),
		})
		txs[i], err = types.SignTx(tx, signer, devkeys.Key(from))
		require.NoError(t, err)
	}
	return txs
}

// A receipt asked for right after eth_sendRawTransaction returned is there at the first look, and so is its
// block as the head: a client never has to poll for a block (anvil behaves the same).
func TestReceiptAtFirstLook(t *testing.T) {
	c := start(t, Config{})
	ec, _ := dialHTTP(t, c)
	ctx := testCtx(t)
	for _, tx := range signedTransfers(t, c, 1, 2, 20) {
		require.NoError(t, ec.SendTransaction(ctx, tx))
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		require.NoError(t, err, "receipt of nonce %d at the first look", tx.Nonce())
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		n, err := ec.BlockNumber(ctx)
		require.NoError(t, err)
		require.GreaterOrEqual(t, n, r.BlockNumber.Uint64(), "the head has reached the receipt's block")
	}
}

// Transactions of one account sent all at once over HTTP arrive in any order; every one of them is mined,
// also beyond go-ethereum's default pool limits (16 executable and 64 future transactions per account), as
// on anvil.
func TestBurstOutOfOrderAllMined(t *testing.T) {
	c := start(t, Config{})
	ec, _ := dialHTTP(t, c)
	ctx := testCtx(t)
	const n = 300
	txs := signedTransfers(t, c, 3, 4, n)
	before := balance(t, ec, devkeys.Address(4))
	order := rand.Perm(n)
	order[0], order[n-1] = order[n-1], order[0] // the last nonce goes first: all the others wait for a gap
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i, k := range order {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = ec.SendTransaction(ctx, txs[k])
		}()
	}
	wg.Wait()
	for i, err := range errs {
		require.NoError(t, err, "send %d", i)
	}
	r, err := ec.TransactionReceipt(ctx, txs[n-1].Hash())
	require.NoError(t, err, "the last nonce is mined once every send has returned")
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	nonce, err := ec.NonceAt(ctx, devkeys.Address(3), nil)
	require.NoError(t, err)
	require.Equal(t, txs[n-1].Nonce()+1, nonce)
	require.Equal(t, new(big.Int).Add(before, big.NewInt(n)), balance(t, ec, devkeys.Address(4)))
}

// After ReleaseStartupMemory (what `hongbao devnet` calls once the chain is up) the chain works as before.
func TestReleaseStartupMemoryKeepsChainWorking(t *testing.T) {
	c := start(t, Config{})
	ec, _ := dialHTTP(t, c)
	ReleaseStartupMemory()
	before := balance(t, ec, devkeys.Address(6))
	r := transfer(t, ec, devkeys.Key(5), devkeys.Address(6), ether(1))
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, new(big.Int).Add(before, ether(1)), balance(t, ec, devkeys.Address(6)))
}

// An account funded by a transaction, or by anvil_setBalance, spends the money at once: the transaction sent
// right after the funding's receipt (or the call's answer) is accepted with the nonce the chain reports,
// although the pool validates against the state of its own last reset, which runs in the background.
func TestSpendRightAfterFunding(t *testing.T) {
	tests := []struct {
		name string
		fund func(t *testing.T, c *Chain, ec *ethclient.Client, rc *rpc.Client, to common.Address)
	}{
		{"funded by a transaction", func(t *testing.T, _ *Chain, ec *ethclient.Client, _ *rpc.Client, to common.Address) {
			transfer(t, ec, devkeys.Key(6), to, ether(1))
		}},
		{"funded by anvil_setBalance", func(t *testing.T, _ *Chain, _ *ethclient.Client, rc *rpc.Client, to common.Address) {
			var null any
			require.NoError(t, rc.CallContext(testCtx(t), &null, "anvil_setBalance", to, hexutil.EncodeBig(ether(1))))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := start(t, Config{})
			ec, rc := dialHTTP(t, c)
			for range 20 {
				key, err := crypto.GenerateKey()
				require.NoError(t, err)
				addr := crypto.PubkeyToAddress(key.PublicKey)
				tc.fund(t, c, ec, rc, addr)
				r := transfer(t, ec, key, devkeys.Address(7), big.NewInt(1))
				require.Equal(t, new(big.Int).Sub(new(big.Int).Sub(ether(1), big.NewInt(1)), gasCost(r)), balance(t, ec, addr))
			}
		})
	}
}
