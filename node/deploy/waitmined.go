package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Polling of WaitMined and of checkDeployBlock's read-back: a dev chain answers within milliseconds, so start
// fast and settle at pollMax.
const (
	pollStart = 5 * time.Millisecond
	pollMax   = 50 * time.Millisecond
)

// headReader is what a backend needs to tell whether a receipt has settled: *ethclient.Client and
// simulated.Client have it.
type headReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// WaitMined polls for the receipt of a transaction sent by someone else until it appears or ctx ends: first
// after a few milliseconds, then every 50 ms. When b can read the head block, the receipt counts only once
// the head has reached its block: geth indexes a receipt a moment before it moves its head.
//
// node/deploy's own transactions do not use it: they go through node/txsend (see Deployer). It stays for
// tests of other packages that sign a transaction by hand.
//
// Deprecated: send through node/txsend (txsend.Sender.SendAndWait), which waits the same way.
func WaitMined(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	heads, _ := b.(headReader)
	delay := pollStart
	var lastErr error
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			settled, herr := receiptSettled(ctx, heads, r)
			if herr == nil && settled {
				return r, nil
			}
			err = herr // nil while the head is merely behind
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			lastErr = err // e.g. a node still indexing transactions: keep trying, but report it on timeout
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			if lastErr != nil {
				return nil, fmt.Errorf("waiting for transaction %s: %w (last error: %v)", hash, ctx.Err(), lastErr)
			}
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash, ctx.Err())
		case <-timer.C:
		}
		delay = min(delay*2, pollMax)
	}
}

// receiptSettled reports whether the head has reached r's block (always true when heads is nil).
func receiptSettled(ctx context.Context, heads headReader, r *types.Receipt) (bool, error) {
	if heads == nil || r.BlockNumber == nil {
		return true, nil
	}
	h, err := heads.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("read the head block: %w", err)
	}
	return h.Number.Cmp(r.BlockNumber) >= 0, nil
}
