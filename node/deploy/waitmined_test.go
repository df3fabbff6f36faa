package deploy

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// laggingHead is a node that has indexed a receipt of block 5 while its head is still block 4 for the first
// `lag` head reads, as geth is for a moment (lookup entries are written before the head marker moves).
type laggingHead struct {
	lag       int32
	headReads atomic.Int32
}

func (l *laggingHead) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: big.NewInt(5)}, nil
}

func (l *laggingHead) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return nil, nil
}

func (l *laggingHead) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	if l.headReads.Add(1) <= l.lag {
		return &types.Header{Number: big.NewInt(4)}, nil
	}
	return &types.Header{Number: big.NewInt(5)}, nil
}

// noHead has the receipt but cannot tell the head: the receipt is taken as it is.
type noHead struct{ laggingHead }

func (n *noHead) HeaderByNumber() {}

func TestWaitMinedWaitsForTheHead(t *testing.T) {
	b := &laggingHead{lag: 3}
	r, err := WaitMined(testCtx(t), b, common.Hash{1})
	require.NoError(t, err)
	require.Equal(t, big.NewInt(5), r.BlockNumber)
	require.Equal(t, int32(4), b.headReads.Load(), "the receipt counts once the head has reached its block")

	ctx, cancel := context.WithCancel(testCtx(t))
	cancel()
	_, err = WaitMined(ctx, &laggingHead{lag: 1 << 30}, common.Hash{1})
	require.ErrorIs(t, err, context.Canceled, "a head that never arrives ends with the context")

	r, err = WaitMined(testCtx(t), &noHead{}, common.Hash{1})
	require.NoError(t, err)
	require.Equal(t, big.NewInt(5), r.BlockNumber)
}
