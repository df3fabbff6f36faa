package deploy

import (
	"context"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/simchain"
	"github.com/hongbao/hongbao/node/txsend"
)

// sentLog collects the Sent events of a Deployer's Sender.
type sentLog struct {
	mu   sync.Mutex
	sent []txsend.Sent
}

func (l *sentLog) observe(ev txsend.Event) {
	if s, ok := ev.(txsend.Sent); ok {
		l.mu.Lock()
		l.sent = append(l.sent, s)
		l.mu.Unlock()
	}
}

func (l *sentLog) nonces() []uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]uint64, len(l.sent))
	for i, s := range l.sent {
		out[i] = s.Nonce
	}
	return out
}

// A dev chain's deployment from one Deployer: every transaction goes through its one Sender, with the key's
// nonces in order, so the contracts land where the README says `hongbao devnet` puts them.
func TestDeployerOneSenderDeterministicAddresses(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	var log sentLog
	d, err := NewDeployer(ctx, b, devkeys.Key(0), txsend.WithObserver(log.observe))
	require.NoError(t, err)
	require.Equal(t, devkeys.Address(0), d.Address())

	esc, block, err := d.DeployEscrow(ctx)
	require.NoError(t, err)
	predicted, _ := PredictEscrow(devkeys.Address(0))
	require.Equal(t, predicted, esc, "the escrow is where CREATE2 through the proxy puts it")
	require.Equal(t, block, view(t, b, esc, escrowABI.PackDeployBlock(), escrowABI.UnpackDeployBlock).Uint64())
	tok, err := d.DeployTestStablecoin(ctx)
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"), tok, "nonce 2 of account 0 (after the two proxy calls)")

	to := []common.Address{devkeys.Address(1), devkeys.Address(2)}
	require.NoError(t, d.MintTestStablecoin(ctx, tok, to, big.NewInt(500)))
	require.NoError(t, d.ApplyPolicy(ctx, esc, DefaultPolicy(), map[string]common.Address{"tCNY": tok}))

	require.Equal(t, []uint64{0, 1, 2, 3, 4, 5}, log.nonces(), "two proxy calls, one creation, two mints, one policy: one nonce each, in order")
	for _, a := range to {
		require.Equal(t, big.NewInt(500), view(t, b, tok, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf))
	}
	require.Len(t, tokenPolicy(t, b, esc, tok).Tiers, 2)
}

// headBehind answers the head block number one block behind for the next few reads after each send, as
// geth does for a moment: it indexes a block's receipts before it moves its head marker.
type headBehind struct {
	simchain.AutoMine
	lag atomic.Int32
}

const headBehindReads = 3

func (l *headBehind) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := l.AutoMine.SendTransaction(ctx, tx); err != nil {
		return err
	}
	l.lag.Store(headBehindReads)
	return nil
}

func (l *headBehind) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := l.Client.BlockNumber(ctx)
	if err == nil && l.lag.Add(-1) >= 0 {
		n--
	}
	return n, err
}

// A receipt counts only once the head has reached its block: the next step's calls against "latest" (the
// deployBlock() read-back, the next gas estimate) must see the state the transaction made.
func TestDeployWaitsForTheHead(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	lb := &headBehind{AutoMine: b.(simchain.AutoMine)}
	d, err := NewDeployer(ctx, lb, devkeys.Key(0), txsend.WithPollInterval(time.Millisecond))
	require.NoError(t, err)
	esc, block, err := d.DeployEscrow(ctx)
	require.NoError(t, err)
	require.Less(t, lb.lag.Load(), int32(0), "every lagging head was read before the receipt counted")

	head, err := b.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, head.Number.Uint64(), block)
	got, err := DeployBlock(ctx, b, esc)
	require.NoError(t, err)
	require.Equal(t, block, got)
}

// Nothing is sent when there is nothing to send to, or no key.
func TestDeployerRefusesBeforeSending(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	nonce := func() uint64 {
		n, err := b.PendingNonceAt(ctx, devkeys.Address(0))
		require.NoError(t, err)
		return n
	}
	before := nonce()

	noCode := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	err := MintTestStablecoin(ctx, b, devkeys.Key(0), noCode, []common.Address{devkeys.Address(1)}, big.NewInt(1))
	require.ErrorIs(t, err, bind.ErrNoCode)
	require.ErrorContains(t, err, "mint to "+devkeys.Address(1).Hex())
	require.NoError(t, MintTestStablecoin(ctx, b, devkeys.Key(0), noCode, nil, big.NewInt(1)), "no one to mint to")

	_, _, err = DeployEscrow(ctx, b, nil)
	require.EqualError(t, err, "no signing key")
	_, err = NewDeployer(ctx, b, nil)
	require.EqualError(t, err, "no signing key")
	require.Equal(t, before, nonce())
}
