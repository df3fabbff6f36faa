package keeper

import (
	"context"
	"errors"
	"github.com/hongbao/hongbao/node/client"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/node/txsend"
)

// maxTxGas is the per-transaction gas cap of EIP-7825 (2^24).
const maxTxGas = 1 << 24

var (
	// errTooMuchGas: the batch needs more gas than a transaction may use; the caller splits it.
	errTooMuchGas = errors.New("batch needs more gas than a transaction may use")
	// errStale: the last simulation before sending found ids no longer refundable; the caller filters again.
	errStale = errors.New("batch changed since its simulation")
	// errSimStopped: refundMany stopped early in simulation (RefundBatchStopped): the node's eth_call gas cap
	// does not cover the batch; the caller splits it.
	errSimStopped = errors.New("refundMany stops early in simulation for lack of gas")
)

// pendingEstimator is implemented by *ethclient.Client (and the simulated client, which wraps one): gas
// estimation against the pending block, the state the simulation saw.
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// txBackend gives txsend the head block number: eth_blockNumber when the backend has it (*ethclient.Client
// does), else the head header's.
type txBackend struct{ Backend }

func (b txBackend) BlockNumber(ctx context.Context) (uint64, error) {
	if br, ok := b.Backend.(ethereum.BlockNumberReader); ok {
		return br.BlockNumber(ctx)
	}
	h, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}

// newSender is the refunds' transaction path. The keeper's own settings go first, so that Config.Tx can
// override them.
func (k *Keeper) newSender() *txsend.Sender {
	opts := []txsend.Option{
		txsend.WithPollInterval(k.cfg.ReceiptPoll),
		txsend.WithResend(k.cfg.Retry.Attempts, k.cfg.Retry.Delay),
		txsend.WithObserver(k.observe),
	}
	return txsend.New(txBackend{k.backend}, k.cfg.Key, k.chainID, append(opts, k.cfg.Tx...)...)
}

// observe logs what happens to the refund transactions, and counts fee bumps.
func (k *Keeper) observe(ev txsend.Event) {
	switch e := ev.(type) {
	case txsend.Sent:
		k.log.Debug("refund sent", "tx", e.Hash, "nonce", e.Nonce, "tip", e.GasTipCap, "fee_cap", e.GasFeeCap)
	case txsend.Bumped:
		k.metrics.feeBumped()
		k.log.Info("refund not mined yet; re-sent with a higher fee", "old", e.Old, "new", e.New, "nonce", e.Nonce,
			"tip", e.GasTipCap, "fee_cap", e.GasFeeCap)
	case txsend.BumpFailed:
		k.log.Warn("refund not mined yet, and its fee could not be raised", "tx", e.Hash, "nonce", e.Nonce, "err", e.Err)
	}
}

// estimateRefund is the gas of refundMany(ids) in the pending block, with headroom (the escrow checks
// gasleft() before each capped push). A revert comes back as the node's error (isRevert).
func (k *Keeper) estimateRefund(ctx context.Context, ids []uint64) (uint64, error) {
	msg := ethereum.CallMsg{From: k.from, To: &k.cfg.Escrow, Data: k.abi.PackRefundMany(bigs(ids))}
	gas, err := k.estimatePending(ctx, "estimate the refund's gas", msg)
	if err != nil {
		return 0, err
	}
	if gas > maxTxGas {
		return 0, errTooMuchGas
	}
	// The estimate is not enough on its own: a receiver can be cheap under simulation and burn its whole push
	// allowance on chain, and a refundMany short of gas stops early (successfully) instead of reverting, so
	// an estimate can even be for a batch that stopped. Each packet gets its full push reserve; the escrow
	// stops early (RefundBatchStopped) if that still falls short, and the next pass takes the rest.
	gas += gas/4 + 10_000 + uint64(len(ids))*client.PushReserve
	return min(gas, maxTxGas), nil
}

// send signs and sends refundMany(ids) through txsend, which resends the very same signed transaction after
// an ambiguous error (a timeout: did the node take it?) rather than a new one with a new nonce.
//
// Why not node/client's Refund: with one id it calls refund(id), which reverts when another keeper got there
// first (the steady state of a keeper is one due packet at a time), while refundMany skips it.
func (k *Keeper) send(ctx context.Context, ids []uint64, gas uint64) (*txsend.Pending, error) {
	data := k.abi.PackRefundMany(bigs(ids))
	req := txsend.Request{To: &k.cfg.Escrow, Gas: gas, Build: func(uint64) ([]byte, error) {
		// Simulate once more right before signing: the gas and fee reads took a few round trips, in which
		// another keeper may have refunded some of these ids.
		n, _, err := k.simulate(ctx, ids)
		if err != nil {
			return nil, err
		}
		if n < len(ids) {
			return nil, errStale
		}
		return data, nil
	}}
	return k.sendTx(ctx, "send the refund transaction", req)
}

// estimatePending is the node's gas estimate of msg in the pending block (latest where the backend cannot
// name it); node failures are retried, a revert is permanent (isRevert tells it apart).
func (k *Keeper) estimatePending(ctx context.Context, what string, msg ethereum.CallMsg) (uint64, error) {
	var gas uint64
	err := k.retry(ctx, what, func(ctx context.Context) (err error) {
		if pe, ok := k.backend.(pendingEstimator); ok {
			gas, err = pe.EstimateGasAtBlock(ctx, msg, big.NewInt(-1)) // -1: "pending"
		} else {
			gas, err = k.backend.EstimateGas(ctx, msg)
		}
		if err != nil && isRevert(err) {
			return permanent(err)
		}
		return err
	})
	return gas, err
}

// sendTx sends req through the keeper's one transaction path, retrying only a failed read before anything was
// signed (an RPCError); anything after that is the sender's to resolve, not a reason to sign again.
func (k *Keeper) sendTx(ctx context.Context, what string, req txsend.Request) (*txsend.Pending, error) {
	var p *txsend.Pending
	err := k.retry(ctx, what, func(ctx context.Context) (err error) {
		p, err = k.sender.Send(ctx, req)
		var rpcErr *txsend.RPCError
		if err != nil && !errors.As(err, &rpcErr) {
			return permanent(err)
		}
		return err
	})
	return p, err
}

// wait waits for p's receipt, at most ReceiptTimeout. Node failures while waiting are counted and waited
// out within that time.
func (k *Keeper) wait(ctx context.Context, p *txsend.Pending) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, k.cfg.ReceiptTimeout)
	defer cancel()
	for {
		r, err := p.Wait(ctx)
		var nm *txsend.NotMinedError
		if err == nil || !errors.As(err, &nm) || ctx.Err() != nil {
			return r, err
		}
		k.metrics.rpcError()
		k.log.Warn("rpc errors while waiting for a receipt", "tx", p.Hash(), "err", nm.Err)
		_ = sleep(ctx, k.cfg.ReceiptPoll) // if ctx ends, the next Wait says so with the hashes
	}
}

// stopsPass tells errors after which no further batch is sent in this pass: the node keeps failing, the key
// cannot pay, fees are above the limit, or the pass was cancelled. Anything else fails one batch only.
func stopsPass(ctx context.Context, err error) bool {
	var (
		gaveUp   *gaveUpError
		feeCap   *txsend.FeeCapError
		rejected *txsend.RejectedError
	)
	return ctx.Err() != nil || errors.As(err, &gaveUp) || errors.As(err, &feeCap) ||
		(errors.As(err, &rejected) && rejected.Reason == txsend.ReasonInsufficientFunds)
}

// nonceTaken: another transaction of the key took the nonce, also after txsend's resync and retry.
func nonceTaken(err error) bool {
	var rejected *txsend.RejectedError
	return errors.As(err, &rejected) && rejected.Reason == txsend.ReasonNonceTooLow
}

// describe names a refund transaction in an error: its hash, or every hash after fee bumps.
func describe(p *txsend.Pending) string { return txsend.HashList(p.Hashes()) }
