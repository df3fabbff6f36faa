package anvil

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/stretchr/testify/require"
)

// sendValue sends 1 wei from dev account 0 to dev account 1 and returns the transaction.
func sendValue(t *testing.T, ec *ethclient.Client) *types.Transaction {
	t.Helper()
	ctx := t.Context()
	from := devkeys.Address(0)
	nonce, err := ec.PendingNonceAt(ctx, from)
	require.NoError(t, err)
	tip, err := ec.SuggestGasTipCap(ctx)
	require.NoError(t, err)
	head, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	to := devkeys.Address(1)
	tx, err := types.SignNewTx(devkeys.Key(0), types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID:   big.NewInt(ChainID),
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       21_000,
		To:        &to,
		Value:     big.NewInt(1),
	})
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, tx))
	return tx
}

func TestIntervalMiningIncludesTransaction(t *testing.T) {
	a := StartT(t, Options{BlockTime: time.Second})
	ec := a.Client()
	id, err := ec.ChainID(t.Context())
	require.NoError(t, err)
	require.EqualValues(t, ChainID, id.Int64())

	tx := sendValue(t, ec)
	rcpt, err := bind.WaitMined(t.Context(), ec, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	require.Positive(t, rcpt.BlockNumber.Uint64())
}

func TestAge(t *testing.T) {
	a := StartT(t, Options{BlockTime: time.Second})
	ctx := t.Context()
	ec := a.Client()
	code, err := ec.CodeAt(ctx, HistoryContract, nil)
	require.NoError(t, err)
	require.NotEmpty(t, code, "the history contract is predeployed")
	before, err := ec.BlockNumber(ctx)
	require.NoError(t, err)

	// One full chunk and a partial one: every path of Age. `make soak` (HONGBAO_SOAK=1) ages by 20,000.
	blocks := uint64(AgeChunk + 1)
	if os.Getenv("HONGBAO_SOAK") != "" {
		blocks = 20_000
	}
	start := time.Now()
	require.NoError(t, a.Age(ctx, blocks))
	t.Logf("aged by %d blocks in %v", blocks, time.Since(start))

	after, err := ec.BlockNumber(ctx)
	require.NoError(t, err)
	require.GreaterOrEqual(t, after, before+blocks)
	restored, err := ec.CodeAt(ctx, HistoryContract, nil)
	require.NoError(t, err)
	require.Equal(t, code, restored, "the history contract's code is back")

	// The aged chain still takes transactions.
	tx := sendValue(t, ec)
	rcpt, err := bind.WaitMined(ctx, ec, tx.Hash())
	require.NoError(t, err)
	require.Greater(t, rcpt.BlockNumber.Uint64(), before+blocks)
}

func TestAgeRestoresCodeWhenCancelled(t *testing.T) {
	a := StartT(t, Options{})
	ec := a.Client()
	code, err := ec.CodeAt(t.Context(), HistoryContract, nil)
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	require.ErrorIs(t, a.Age(ctx, 10), context.Canceled)
	restored, err := ec.CodeAt(t.Context(), HistoryContract, nil)
	require.NoError(t, err)
	require.Equal(t, code, restored)
}

// Instant mining here: with a block timer the head could move between reading it and the reorg.
func TestReorg(t *testing.T) {
	a := StartT(t, Options{})
	ctx := t.Context()
	ec := a.Client()
	require.NoError(t, a.Mine(ctx, 5))
	tx := sendValue(t, ec) // mined at once, in block 6
	rcpt, err := bind.WaitMined(ctx, ec, tx.Hash())
	require.NoError(t, err)
	head, err := ec.BlockNumber(ctx)
	require.NoError(t, err)
	require.Equal(t, rcpt.BlockNumber.Uint64(), head)

	hashes := map[uint64]string{}
	for n := head - 3; n <= head; n++ {
		h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		hashes[n] = h.Hash().Hex()
	}

	require.NoError(t, a.Reorg(ctx, 3))

	newHead, err := ec.BlockNumber(ctx)
	require.NoError(t, err)
	require.Equal(t, head, newHead, "same height, new blocks")
	for n := head - 3; n <= head; n++ {
		h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		if n == head-3 {
			require.Equal(t, hashes[n], h.Hash().Hex(), "the common ancestor stays")
		} else {
			require.NotEqual(t, hashes[n], h.Hash().Hex(), "block %d replaced", n)
		}
	}
	_, err = ec.TransactionReceipt(ctx, tx.Hash())
	require.Error(t, err, "the reorged-out transaction is gone")
}

func TestMineAndIncreaseTime(t *testing.T) {
	a := StartT(t, Options{})
	ctx := t.Context()
	ec := a.Client()
	before, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)

	require.NoError(t, a.IncreaseTime(ctx, time.Hour))
	require.NoError(t, a.Mine(ctx, 3))

	after, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, before.Number.Uint64()+3, after.Number.Uint64())
	require.GreaterOrEqual(t, after.Time, before.Time+3600)
	require.Error(t, a.IncreaseTime(ctx, -time.Second))
}

func TestEndpointsAndClose(t *testing.T) {
	Require(t)
	a, err := Start(t.Context(), Options{})
	require.NoError(t, err)
	require.Regexp(t, `^http://127\.0\.0\.1:\d+$`, a.RPC())
	require.Regexp(t, `^ws://127\.0\.0\.1:\d+$`, a.WS())

	ws, err := ethclient.DialContext(t.Context(), a.WS())
	require.NoError(t, err)
	id, err := ws.ChainID(t.Context())
	require.NoError(t, err)
	require.EqualValues(t, ChainID, id.Int64())
	ws.Close()

	dir := a.dir
	require.NoError(t, a.Close())
	require.NoError(t, a.Close(), "twice is fine")
	<-a.exited
	_, err = os.Stat(dir)
	require.True(t, os.IsNotExist(err), "temp dir removed")
}

func TestStartFailsWithOutput(t *testing.T) {
	_, err := Start(t.Context(), Options{Binary: "/bin/false"})
	require.ErrorContains(t, err, "anvil exited before listening")

	_, err = Start(t.Context(), Options{Binary: "/nonexistent/anvil"})
	require.ErrorContains(t, err, "/nonexistent/anvil")
}

// fakeTB records how Require ends a test.
type fakeTB struct {
	testing.TB
	fatal, skip string
}

func (f *fakeTB) Helper()                        {}
func (f *fakeTB) Fatalf(format string, a ...any) { f.fatal = fmt.Sprintf(format, a...) }
func (f *fakeTB) Skipf(format string, a ...any)  { f.skip = fmt.Sprintf(format, a...) }

func TestRequireWhenMissing(t *testing.T) {
	t.Setenv(EnvBinary, "/nonexistent/anvil")
	for _, tc := range []struct {
		name, ci        string
		wantFatal, skip bool
	}{
		{name: "in CI it fails", ci: "true", wantFatal: true},
		{name: "locally it skips", ci: "", skip: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("CI", tc.ci)
			f := &fakeTB{TB: t}
			require.Empty(t, Require(f))
			if tc.wantFatal {
				require.Contains(t, f.fatal, "/nonexistent/anvil")
				require.Empty(t, f.skip)
			} else {
				require.Contains(t, f.skip, "/nonexistent/anvil")
				require.Empty(t, f.fatal)
			}
		})
	}
}

func TestBinaryPath(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(root, "go.mod"), []byte("module x\n"), 0o644))
	sub := filepath.Join(root, "testnet", "anvil")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	t.Chdir(sub)

	t.Setenv(EnvBinary, "")
	_, err := BinaryPath()
	require.ErrorContains(t, err, "make deps")
	require.ErrorContains(t, err, filepath.Join(root, binaryPath))

	bin := filepath.Join(root, binaryPath)
	require.NoError(t, os.MkdirAll(filepath.Dir(bin), 0o755))
	require.NoError(t, os.WriteFile(bin, nil, 0o755))
	got, err := BinaryPath()
	require.NoError(t, err)
	require.Equal(t, bin, got, "found by walking up to go.mod")

	t.Setenv(EnvBinary, "/nonexistent/anvil")
	_, err = BinaryPath()
	require.ErrorContains(t, err, "make deps")
}

// TestAgeSpeed measures aging, e.g. HONGBAO_ANVIL_AGE_BLOCKS=100000 go test -run AgeSpeed -v
// -timeout 1h ./testnet/anvil. It does not run otherwise: its time is the machine's, not a check.
func TestAgeSpeed(t *testing.T) {
	n, err := strconv.ParseUint(os.Getenv("HONGBAO_ANVIL_AGE_BLOCKS"), 10, 64)
	if err != nil || n == 0 {
		t.Skip("set HONGBAO_ANVIL_AGE_BLOCKS to measure")
	}
	a := StartT(t, Options{})
	ctx := t.Context()
	for done := uint64(0); done < n; {
		step := min(n-done, 2*AgeChunk)
		start := time.Now()
		require.NoError(t, a.Age(ctx, step))
		d := time.Since(start)
		done += step
		t.Logf("blocks %6d..%6d: %6.1fs, %5.0f blocks/s", done-step, done, d.Seconds(), float64(step)/d.Seconds())
	}
	head, err := a.Client().BlockNumber(ctx)
	require.NoError(t, err)
	require.GreaterOrEqual(t, head, n)
}
