package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// maxTxGas is the per-transaction gas cap of EIP-7825 (2^24).
const maxTxGas = 1 << 24

// nonceManager hands out the nonces of one key. It is seeded from the pending nonce on first use and after a
// failed send (the node's view is then the truth again).
type nonceManager struct {
	backend Backend
	mu      sync.Mutex
	next    uint64
	synced  bool
}

// send runs fn (sign and send) with the next nonce while holding the lock, so that nonces reach the node in
// order. An error from fn means the node did not take the transaction: the next send resyncs.
func (m *nonceManager) send(ctx context.Context, from common.Address, fn func(nonce uint64) error) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.synced {
		n, err := m.backend.PendingNonceAt(ctx, from)
		if err != nil {
			return err
		}
		m.next, m.synced = n, true
	}
	if err := fn(m.next); err != nil {
		m.synced = false
		return err
	}
	m.next++
	return nil
}

// call is a transaction to make: calldata to a contract, with a value. build returns the calldata for the
// nonce the transaction will have (only a claim-key send depends on it); data is used when build is nil.
type call struct {
	to    common.Address
	value *big.Int
	data  []byte
	build func(nonce uint64) ([]byte, error)
	ctx   errContext // what decoded errors may mention
}

func (k *call) calldata(nonce uint64) ([]byte, error) {
	if k.build == nil {
		return k.data, nil
	}
	return k.build(nonce)
}

// transact estimates, signs, sends and waits for one transaction; a revert at estimation is decoded and
// nothing is sent. It returns the successful receipt.
func (c *Client) transact(ctx context.Context, k call) (*types.Receipt, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	if k.value == nil {
		k.value = new(big.Int)
	}
	gas, err := c.estimate(ctx, k)
	if err != nil {
		return nil, err
	}
	tx, err := c.signAndSend(ctx, k, gas)
	if err != nil {
		return nil, err
	}
	r, err := c.waitMined(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, c.explainFailure(ctx, k, tx, r)
	}
	return r, nil
}

// estimate runs the transaction against the pending block: the gas it needs, or its decoded revert. The
// calldata of a nonce-dependent call is built for the nonce the node expects next: the gas cost does not
// depend on which key is derived.
func (c *Client) estimate(ctx context.Context, k call) (uint64, error) {
	var nonce uint64
	if k.build != nil {
		n, err := c.backend.PendingNonceAt(ctx, c.from)
		if err != nil {
			return 0, c.wrapRPC(err, "read the account nonce")
		}
		nonce = n
	}
	data, err := k.calldata(nonce)
	if err != nil {
		return 0, err
	}
	msg := ethereum.CallMsg{From: c.from, To: &k.to, Value: k.value, Data: data}
	var gas uint64
	if pe, ok := c.backend.(pendingEstimator); ok {
		gas, err = pe.EstimateGasAtBlock(ctx, msg, big.NewInt(-1)) // -1: "pending"
	} else {
		gas, err = c.backend.EstimateGas(ctx, msg)
	}
	if err != nil {
		return 0, c.decodeErr(ctx, err, k.ctx, k.value)
	}
	// Headroom: the escrow checks gasleft() before capped pushes, and estimates are taken on a state that
	// can move slightly before the transaction is mined.
	gas = gas + gas/4 + 10_000
	if gas > maxTxGas {
		gas = maxTxGas
	}
	return gas, nil
}

// signAndSend assigns the nonce, builds, signs and sends. A nonce the node rejects as too low (the key was
// used elsewhere meanwhile) is retried once with a fresh nonce.
func (c *Client) signAndSend(ctx context.Context, k call, gas uint64) (*types.Transaction, error) {
	tip, feeCap, err := c.fees(ctx)
	if err != nil {
		return nil, err
	}
	var signed *types.Transaction
	attempt := func(nonce uint64) error {
		data, err := k.calldata(nonce)
		if err != nil {
			return err
		}
		tx := types.NewTx(&types.DynamicFeeTx{
			ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
			To: &k.to, Value: k.value, Data: data,
		})
		signed, err = types.SignTx(tx, types.LatestSignerForChainID(c.chainID), c.key)
		if err != nil {
			return fmt.Errorf("sign the transaction: %w", err)
		}
		return c.backend.SendTransaction(ctx, signed)
	}
	err = c.nonces.send(ctx, c.from, attempt)
	if err != nil && isNonceTooLow(err) {
		err = c.nonces.send(ctx, c.from, attempt)
	}
	if err != nil {
		return nil, c.wrapTxErr(ctx, err, k.value)
	}
	return signed, nil
}

// fees returns the tip and fee cap of an EIP-1559 transaction: the suggested tip (at least 1 gwei) over
// twice the current base fee, so that the transaction stays valid through a few fuller blocks.
func (c *Client) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = c.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, c.wrapRPC(err, "suggest a gas tip")
	}
	if floor := big.NewInt(params.GWei); tip.Cmp(floor) < 0 {
		tip = floor
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, c.wrapRPC(err, "read the head block")
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	return tip, feeCap, nil
}

// waitMined polls for the receipt of hash until it is there or ctx ends.
func (c *Client) waitMined(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(c.poll)
	defer t.Stop()
	for {
		r, err := c.backend.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, c.wrapRPC(err, "read the receipt of "+hash.Hex())
		}
		select {
		case <-ctx.Done():
			return nil, &Error{Code: CodeRPC, Message: fmt.Sprintf(
				"transaction %s was sent but is not mined yet (%v); check it later, do not resend blindly", hash.Hex(), ctx.Err()), Err: ctx.Err()}
		case <-t.C:
		}
	}
}

// explainFailure turns a failed receipt into an error: the revert replayed at the block it was mined in
// (which usually shows why, e.g. someone claimed the last share first), or out-of-gas.
func (c *Client) explainFailure(ctx context.Context, k call, tx *types.Transaction, r *types.Receipt) error {
	msg := ethereum.CallMsg{From: c.from, To: &k.to, Value: k.value, Data: tx.Data(), Gas: tx.Gas()}
	_, err := c.backend.CallContract(ctx, msg, r.BlockNumber)
	if err != nil {
		var de *Error
		if errors.As(c.decodeErr(ctx, err, k.ctx, k.value), &de) && de.Code != CodeRPC {
			de.Message = fmt.Sprintf("transaction %s failed in block %d: %s", tx.Hash().Hex(), r.BlockNumber, de.Message)
			return de
		}
	}
	if r.GasUsed >= tx.Gas() {
		return &Error{Code: CodeTxFailed, Message: fmt.Sprintf(
			"transaction %s ran out of gas (limit %d) in block %d; retry, the estimate may have been too low", tx.Hash().Hex(), tx.Gas(), r.BlockNumber)}
	}
	return &Error{Code: CodeTxFailed, Message: fmt.Sprintf(
		"transaction %s failed in block %d; the state changed between the estimate and the block, retry", tx.Hash().Hex(), r.BlockNumber)}
}

// info summarises a receipt.
func info(r *types.Receipt) TxInfo {
	cost := new(big.Int)
	if r.EffectiveGasPrice != nil {
		cost.Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	}
	var block uint64
	if r.BlockNumber != nil {
		block = r.BlockNumber.Uint64()
	}
	return TxInfo{TxHash: r.TxHash, GasUsed: r.GasUsed, Block: block, GasCost: cost}
}
