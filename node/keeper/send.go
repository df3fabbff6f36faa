package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// maxTxGas is the per-transaction gas cap of EIP-7825 (2^24).
const maxTxGas = 1 << 24

var (
	// errTooMuchGas: the batch needs more gas than a transaction may use; the caller splits it.
	errTooMuchGas = errors.New("batch needs more gas than a transaction may use")
	// errNonceTaken: another transaction of the key took the nonce; the caller simulates again.
	errNonceTaken = errors.New("nonce taken by another transaction")
	// errStale: the last simulation before sending found ids no longer refundable; the caller filters again.
	errStale = errors.New("batch changed since its simulation")
)

// pendingEstimator is implemented by *ethclient.Client (and the simulated client, which wraps one): gas
// estimation against the pending block, the state the simulation saw.
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// send signs and sends refundMany(ids) and waits for its receipt.
//
// Why not node/client's Refund: with one id it calls refund(id), which reverts when another keeper got there
// first (the steady state of a keeper is one due packet at a time), while refundMany skips it; and after an
// ambiguous send error (a timeout: did the node take it?) the keeper must resend the very same signed
// transaction, not a new one with a new nonce.
func (k *Keeper) send(ctx context.Context, ids []uint64) (*types.Transaction, *types.Receipt, error) {
	data := k.abi.PackRefundMany(bigs(ids))
	tx, err := k.buildTx(ctx, data)
	if err != nil {
		return nil, nil, err
	}
	// Simulate once more right before sending: the gas, fee and nonce reads took a few round trips, in
	// which another keeper may have refunded some of these ids.
	if n, err := k.simulate(ctx, ids); err != nil {
		return nil, nil, err
	} else if n < len(ids) {
		return nil, nil, errStale
	}
	if err := k.broadcast(ctx, tx); err != nil {
		if !errors.Is(err, errNonceTaken) {
			k.remember(tx, ids) // the node may have taken it all the same
		}
		return nil, nil, err
	}
	k.log.Debug("refund sent", "tx", tx.Hash(), "ids", len(ids), "nonce", tx.Nonce(), "gas_limit", tx.Gas())
	r, err := k.waitReceipt(ctx, tx)
	if err != nil {
		k.remember(tx, ids)
		return nil, nil, err
	}
	return tx, r, nil
}

// buildTx estimates the gas (with headroom: the escrow checks gasleft() before each capped push), reads the
// fees and the nonce, and signs.
func (k *Keeper) buildTx(ctx context.Context, data []byte) (*types.Transaction, error) {
	msg := ethereum.CallMsg{From: k.from, To: &k.cfg.Escrow, Data: data}
	var gas, nonce uint64
	var tip, feeCap *big.Int
	err := k.retry(ctx, "prepare the refund transaction", func(ctx context.Context) (err error) {
		if gas, err = k.estimate(ctx, msg); err != nil {
			if isRevert(err) {
				return permanent(fmt.Errorf("estimate gas: %w", err))
			}
			return err
		}
		if tip, feeCap, err = k.fees(ctx); err != nil {
			return err
		}
		nonce, err = k.backend.PendingNonceAt(ctx, k.from)
		return err
	})
	if err != nil {
		return nil, err
	}
	gas += gas/4 + 10_000
	if gas > maxTxGas {
		return nil, errTooMuchGas
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: k.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
		To: &k.cfg.Escrow, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(k.chainID), k.cfg.Key)
	if err != nil {
		return nil, fmt.Errorf("sign the refund transaction: %w", err)
	}
	return signed, nil
}

func (k *Keeper) estimate(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if pe, ok := k.backend.(pendingEstimator); ok {
		return pe.EstimateGasAtBlock(ctx, msg, big.NewInt(-1)) // -1: "pending"
	}
	return k.backend.EstimateGas(ctx, msg)
}

// fees returns the suggested tip (at least 1 gwei) and a fee cap of twice the base fee plus the tip, which
// keeps the transaction valid through a few fuller blocks.
func (k *Keeper) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	if tip, err = k.backend.SuggestGasTipCap(ctx); err != nil {
		return nil, nil, err
	}
	if floor := big.NewInt(params.GWei); tip.Cmp(floor) < 0 {
		tip = floor
	}
	head, err := k.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	return tip, new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip), nil
}

// broadcast sends tx, resending the same signed transaction after an error: if the node took it the first
// time, the resend is "already known" or, once mined, "nonce too low" with a receipt to show. "Nonce too
// low" without a receipt means another transaction of the key took the nonce.
func (k *Keeper) broadcast(ctx context.Context, tx *types.Transaction) error {
	return k.retry(ctx, "send the refund transaction", func(ctx context.Context) error {
		err := k.backend.SendTransaction(ctx, tx)
		if err == nil || isKnown(err) {
			return nil
		}
		r, rerr := k.backend.TransactionReceipt(ctx, tx.Hash())
		if rerr == nil && r != nil {
			return nil // it went through after all
		}
		if isNonceTooLow(err) {
			if rerr != nil && !errors.Is(rerr, ethereum.NotFound) {
				// Cannot tell whether our own transaction took the nonce: ask again rather than guess.
				return fmt.Errorf("nonce too low, and the receipt lookup failed: %w", rerr)
			}
			return permanent(errNonceTaken)
		}
		if isRejected(err) {
			return permanent(fmt.Errorf("the node rejected the refund transaction: %w", err))
		}
		return err
	})
}

// waitReceipt polls for the receipt of tx until it is there, ReceiptTimeout passes, or ctx ends.
func (k *Keeper) waitReceipt(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	deadline := time.Now().Add(k.cfg.ReceiptTimeout)
	for {
		r, err := k.backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil && r != nil {
			return r, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			k.metrics.rpcError()
			k.log.Warn("rpc error while waiting for a receipt", "tx", tx.Hash(), "err", err)
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("refund transaction %s not mined after %s; the next pass simulates against "+
				"the pending block again, so its packets are not refunded twice", tx.Hash().Hex(), k.cfg.ReceiptTimeout)
		}
		if err := sleep(ctx, k.cfg.ReceiptPoll); err != nil {
			return nil, err
		}
	}
}

// Error texts of geth's transaction pool (and of most other clients, which copied them).
func isKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction")
}

func isNonceTooLow(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "nonce is too low")
}

// isRejected: the pool refused the transaction for a reason a resend does not fix.
func isRejected(err error) bool {
	s := strings.ToLower(err.Error())
	for _, m := range []string{"insufficient funds", "intrinsic gas too low", "exceeds block gas limit", "invalid sender"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}
