package client

import (
	"context"
	"crypto/ecdsa"
	"github.com/hongbao/hongbao/node/simchain"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/node/contracttest"
)

// autoCommit is the simulated client with a block mined after every accepted transaction, as a dev node
// does. It keeps the pending-block gas estimation of the wrapped ethclient.
type autoCommit struct {
	simulated.Client
	sim *simulated.Backend
	mu  sync.Mutex
}

func (a *autoCommit) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	simchain.AwaitPending(ctx, a.Client, tx)
	a.sim.Commit()
	return nil
}

func (a *autoCommit) EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, n *big.Int) (uint64, error) {
	return a.Client.(pendingEstimator).EstimateGasAtBlock(ctx, msg, n)
}

// testEnv is a simulated chain with the escrow deployed by account 0 (the policy admin).
type testEnv struct {
	*contracttest.Env
	t       *testing.T
	ctx     context.Context
	backend *autoCommit
}

func newEnv(t *testing.T) *testEnv {
	t.Helper()
	env, err := contracttest.New(12)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	return &testEnv{Env: env, t: t, ctx: context.Background(), backend: &autoCommit{Client: env.Client, sim: env.Backend}}
}

// client is a client signing with account i.
func (e *testEnv) client(i int) *Client {
	e.t.Helper()
	return e.clientWithKey(e.Key(i))
}

func (e *testEnv) clientWithKey(key *ecdsa.PrivateKey) *Client {
	e.t.Helper()
	c, err := New(e.ctx, e.backend, e.Escrow, key, WithPollInterval(5*time.Millisecond))
	require.NoError(e.t, err)
	return c
}

// deployTCNY deploys the test stablecoin (owner account 0) and mints `amount` fen to accounts 1..n.
func (e *testEnv) deployTCNY(amount int64, n int) common.Address {
	e.t.Helper()
	tc := tokens.NewTestStablecoin()
	addr, err := e.DeployMock(tokens.TestStablecoinMetaData.Bin, tc.PackConstructor(e.Addr(0)))
	require.NoError(e.t, err)
	for i := 1; i <= n; i++ {
		_, err := e.TxTo(e.Key(0), addr, nil, tc.PackMint(e.Addr(i), big.NewInt(amount)))
		require.NoError(e.t, err)
	}
	return addr
}

// deployMockToken deploys a MockERC20 (no permit) and mints `amount` base units to accounts 1..n.
func (e *testEnv) deployMockToken(symbol string, decimals uint8, amount *big.Int, n int) common.Address {
	e.t.Helper()
	m := mocks.NewMockERC20()
	addr, err := e.DeployMock(mocks.MockERC20MetaData.Bin, m.PackConstructor("Mock "+symbol, symbol, decimals))
	require.NoError(e.t, err)
	for i := 1; i <= n; i++ {
		_, err := e.TxTo(e.Key(0), addr, nil, m.PackMint(e.Addr(i), amount))
		require.NoError(e.t, err)
	}
	return addr
}

// ethBalance is account who's ETH balance.
func (e *testEnv) ethBalance(who common.Address) *big.Int { return e.Balance(who) }

// requireCode checks that err is an *Error with the code and exact message.
func requireErr(t *testing.T, err error, code, msg string) {
	t.Helper()
	require.Error(t, err)
	var ce *Error
	require.ErrorAs(t, err, &ce, "error %v is not a *client.Error", err)
	require.Equal(t, code, ce.Code, "message: %s", ce.Message)
	if msg != "" {
		require.Equal(t, msg, ce.Message)
	}
}

// lastID is the newest packet id.
func (e *testEnv) lastID() *big.Int {
	out, err := e.Call(e.Escrow, contracttest.EscrowABI.PackLastPacketId())
	require.NoError(e.t, err)
	id, err := contracttest.EscrowABI.UnpackLastPacketId(out)
	require.NoError(e.t, err)
	return id
}

func eth(n int64) *big.Int { return contracttest.Ether(n) }

// milli is n/1000 ETH.
func milli(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }

// fmtU formats unix seconds as error messages do.
func fmtU(v *big.Int) string { return fmtTime(v) }

// settle retries a time adjustment of the simulated chain while its transaction pool still lists the
// transactions of the block just mined (the pool resets on a background goroutine after each commit, and
// AdjustTime refuses to run until it has).
func (e *testEnv) settle(adjust func() error) {
	e.t.Helper()
	var err error
	for range 200 {
		if err = adjust(); err == nil || !strings.Contains(err.Error(), "non-empty block") {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(e.t, err)
}

// warp mines an empty block d after the head.
func (e *testEnv) warp(d time.Duration) { e.settle(func() error { return e.Warp(d) }) }

// nextAt makes the next transaction's block have timestamp t.
func (e *testEnv) nextAt(t *big.Int) { e.settle(func() error { return e.NextAt(t.Uint64()) }) }
