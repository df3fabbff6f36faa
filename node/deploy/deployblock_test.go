package deploy

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
)

// TestDeployEscrowRecordsDeployBlock: the block DeployEscrow returns (a Deployment's Block) is the escrow's
// own deployBlock(), and DeployBlock reads it back from the contract alone.
func TestDeployEscrowRecordsDeployBlock(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	d := deployAll(t, b)
	require.Equal(t, d.block, view(t, b, d.escrow, escrowABI.PackDeployBlock(), escrowABI.UnpackDeployBlock).Uint64())
	got, err := DeployBlock(ctx, b, d.escrow)
	require.NoError(t, err)
	require.Equal(t, d.block, got)
}

func TestDeployBlockErrors(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	d := deployAll(t, b)
	tests := []struct {
		name    string
		addr    common.Address
		errLike string
		is      error
	}{
		{"no code", common.HexToAddress("0x000000000000000000000000000000000000dEaD"), "no contract at this address", ErrNoContract},
		{"a contract that is not an escrow", d.token, "is it a hongbao escrow?", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DeployBlock(ctx, b, tc.addr)
			require.ErrorContains(t, err, tc.errLike)
			require.ErrorContains(t, err, tc.addr.Hex())
			if tc.is != nil {
				require.ErrorIs(t, err, tc.is)
			}
		})
	}
}

// TestScanStart: a deployment file of the same escrow gives its Block without asking the chain; no file, a
// file of another escrow or one without a block reads deployBlock() from the contract.
func TestScanStart(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	d := deployAll(t, b)
	other := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	tests := []struct {
		name string
		dep  *Deployment
		want uint64
	}{
		{"no deployment file", nil, d.block},
		{"file of this escrow", &Deployment{Escrow: d.escrow, Block: 4242}, 4242}, // the file is trusted: no call
		{"file of another escrow", &Deployment{Escrow: other, Block: 4242}, d.block},
		{"file without a block", &Deployment{Escrow: d.escrow}, d.block},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ScanStart(ctx, b, tc.dep, d.escrow)
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
	_, err := ScanStart(ctx, b, nil, other)
	require.ErrorIs(t, err, ErrNoContract, "no file and no contract: an error, never block 0")
}

// flakyCaller fails its first `fail` calls, like a node behind a load balancer that has not seen the block yet.
type flakyCaller struct {
	bind.ContractCaller
	fail  int32
	calls atomic.Int32
}

func (f *flakyCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, at *big.Int) ([]byte, error) {
	if f.calls.Add(1) <= f.fail {
		return nil, errors.New("header not found")
	}
	return f.ContractCaller.CallContract(ctx, msg, at)
}

// verifyCreated reads back a fresh escrow as of its creation block: a wrong block is a mismatch at once,
// failed reads are retried and the last one reported.
func TestVerifyCreated(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	d := deployAll(t, b) // tCNY comes after the escrow, so block d.block+1 exists
	_, ext := PredictEscrow(devkeys.Address(0))
	owner := devkeys.Address(0)

	require.NoError(t, verifyCreated(ctx, b, d.escrow, ext, owner, d.block))

	err := verifyCreated(ctx, b, d.escrow, ext, owner, d.block+1)
	require.ErrorContains(t, err, "says it was deployed in block")
	require.ErrorIs(t, err, ErrVerify)

	// Three failed reads, then extension(), owner() and deployBlock() answer.
	flaky := &flakyCaller{ContractCaller: b, fail: 3}
	require.NoError(t, verifyCreated(ctx, flaky, d.escrow, ext, owner, d.block), "transient read failures are retried")
	require.Equal(t, int32(6), flaky.calls.Load())

	always := &flakyCaller{ContractCaller: b, fail: 1 << 30}
	err = verifyCreated(ctx, always, d.escrow, ext, owner, d.block)
	require.ErrorContains(t, err, "header not found", "the last error is reported")
	require.NotErrorIs(t, err, ErrVerify)

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	err = verifyCreated(cancelled, &flakyCaller{ContractCaller: b, fail: 1 << 30}, d.escrow, ext, owner, d.block)
	require.ErrorIs(t, err, context.Canceled)
}

// The key that deploys does not matter to deployBlock: another account's escrow records its own block.
func TestDeployBlockPerEscrow(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	first, block1, err := DeployEscrow(ctx, b, devkeys.Key(0))
	require.NoError(t, err)
	second, block2, err := DeployEscrow(ctx, b, devkeys.Key(1))
	require.NoError(t, err)
	require.Greater(t, block2, block1)
	for addr, want := range map[common.Address]uint64{first: block1, second: block2} {
		got, err := DeployBlock(ctx, b, addr)
		require.NoError(t, err)
		require.Equal(t, want, got)
	}
}
