package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/node/txsend"
)

// maxTxGas is the per-transaction gas cap of EIP-7825 (2^24).
const maxTxGas = 1 << 24

// CodeFeeTooHigh: the network's fee right now is above the limit set with txsend.WithFeeCapLimit; nothing
// was sent.
const CodeFeeTooHigh = "FeeTooHigh"

// WithTxOptions passes options to the client's transaction sender (node/txsend): fee limits and overrides,
// confirmations, fee bumps, an observer of sent, bumped and mined transactions. WithPollInterval is passed
// on as txsend.WithPollInterval; a txsend.WithPollInterval here wins over it.
func WithTxOptions(opts ...txsend.Option) Option {
	return func(c *Client) { c.txs.opts = append(c.txs.opts, opts...) }
}

// txPath holds the client's transaction path, the txsend.Sender of its key, made at the first write
// (it needs the chain id that New reads). Nonces, fees, resends, bumps and receipts are txsend's.
type txPath struct {
	backend Backend
	opts    []txsend.Option
	once    sync.Once
	sender  *txsend.Sender
}

func (c *Client) sender() *txsend.Sender {
	c.txs.once.Do(func() {
		opts := append([]txsend.Option{txsend.WithPollInterval(c.poll)}, c.txs.opts...)
		c.txs.sender = txsend.New(txBackend{c.txs.backend}, c.key, c.chainID, opts...)
	})
	return c.txs.sender
}

// txBackend adds NonceAt, which txsend needs and Backend does not list, from the backend when it has it
// (*ethclient.Client and simulated.Client do).
type txBackend struct{ Backend }

type nonceReader interface {
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// NonceAt is the backend's; without one it answers 0, which only means a transaction taken over by another
// of the key is waited for until ctx ends instead of being reported.
func (b txBackend) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	if nr, ok := b.Backend.(nonceReader); ok {
		return nr.NonceAt(ctx, account, blockNumber)
	}
	return 0, nil
}

// call is a transaction to make: calldata to a contract, with a value. build returns the calldata for the
// nonce the transaction will have (only a claim-key send depends on it); data is used when build is nil.
type call struct {
	to    common.Address
	value *big.Int
	data  []byte
	build func(nonce uint64) ([]byte, error)
	ctx   errContext // what decoded errors may mention
	// pushes is how many payouts to third parties the call may make (refunds, returns to a sender): each gets
	// PushReserve on top of the estimate. A receiver can be cheap under simulation (gas price 0, as
	// eth_estimateGas runs) and burn its whole push allowance on chain; without the reserve it would make the
	// caller's transaction fail (refundMany would stop early instead).
	pushes int
}

// PushReserve is the gas a transaction keeps for each capped payout to a third party: the escrow's token push
// allowance (PUSH_GAS_TOKEN, the larger of the two), the 1/63 a call withholds, the margin the escrow checks
// for before a push (40,000) and the payout's own bookkeeping. Unused gas is not charged.
const PushReserve = 150_000 + 150_000/63 + 40_000 + 15_000

func (k *call) calldata(nonce uint64) ([]byte, error) {
	if k.build == nil {
		return k.data, nil
	}
	return k.build(nonce)
}

// transact estimates, then sends and waits through txsend; a revert at estimation is decoded and nothing is
// sent. It returns the successful receipt.
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
	p, err := c.sender().Send(ctx, txsend.Request{To: &k.to, Value: k.value, Data: k.data, Build: k.build, Gas: gas})
	if err != nil {
		return nil, c.txErr(ctx, err, k.value)
	}
	r, err := p.Wait(ctx)
	if err != nil {
		return nil, c.txErr(ctx, err, k.value)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, c.explainFailure(ctx, k, p, r)
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
	gas = gas + gas/4 + 10_000 + uint64(k.pushes)*PushReserve
	if gas > maxTxGas {
		gas = maxTxGas
	}
	return gas, nil
}

// txErr turns an error of txsend into an *Error: what happened to the transaction, in a sentence.
func (c *Client) txErr(ctx context.Context, err error, value *big.Int) error {
	var (
		done     *Error
		notMined *txsend.NotMinedError
		replaced *txsend.ReplacedError
		feeCap   *txsend.FeeCapError
		rejected *txsend.RejectedError
		rpcErr   *txsend.RPCError
	)
	switch {
	case errors.As(err, &done):
		return err
	case errors.As(err, &notMined):
		return c.notMinedErr(notMined)
	case errors.As(err, &replaced):
		return &Error{Code: CodeNonceTooLow, Message: replaced.Error() + "; check what else sends from this key, then retry", Err: err}
	case errors.As(err, &feeCap):
		return &Error{Code: CodeFeeTooHigh, Message: feeCap.Error(), Err: err}
	case errors.As(err, &rejected):
		if rejected.Reason == txsend.ReasonInsufficientFunds || rejected.Reason == txsend.ReasonNonceTooLow {
			return c.wrapTxErr(ctx, rejected.Err, value)
		}
		return &Error{Code: CodeRPC, Message: rejected.Error(), Err: err}
	case errors.As(err, &rpcErr):
		return c.wrapRPC(rpcErr.Err, rpcErr.Op)
	}
	return c.wrapRPC(err, "send the transaction")
}

// notMinedErr says that a transaction left and has no receipt: the wait ended (ctx) or the node stopped
// answering. The *txsend.NotMinedError stays in the chain, with every hash.
func (c *Client) notMinedErr(e *txsend.NotMinedError) error {
	tx := "transaction " + txsend.HashList(e.Hashes)
	code := CodeRPC
	var msg string
	switch {
	case errors.Is(e.Err, context.Canceled) || errors.Is(e.Err, context.DeadlineExceeded):
		switch {
		case e.Mined != nil:
			msg = fmt.Sprintf("%s was mined in block %s but is not confirmed yet (%v)", tx, e.Mined.BlockNumber, e.Err)
		case e.Accepted:
			msg = fmt.Sprintf("%s was sent but is not mined yet (%v)", tx, e.Err)
		default:
			msg = fmt.Sprintf("%s may have been sent (the node did not answer: %v) and is not mined yet", tx, e.Err)
		}
	default:
		if isUnreachable(e.Err) {
			code = CodeRPCUnavailable
		}
		if e.Accepted || e.Mined != nil {
			msg = fmt.Sprintf("%s was sent, but the node failed to report on it (%v)", tx, e.Err)
		} else {
			msg = fmt.Sprintf("%s may have been sent, but the node's answer was lost (%v)", tx, e.Err)
		}
	}
	return &Error{Code: code, Message: msg + "; check it later, do not resend blindly", Err: e}
}

// explainFailure turns a failed receipt into an error: the revert replayed at the block it was mined in
// (which usually shows why, e.g. someone claimed the last share first), or out-of-gas.
func (c *Client) explainFailure(ctx context.Context, k call, p *txsend.Pending, r *types.Receipt) error {
	gas := p.Transaction().Gas()
	msg := ethereum.CallMsg{From: c.from, To: &k.to, Value: k.value, Data: p.Data(), Gas: gas}
	_, err := c.backend.CallContract(ctx, msg, r.BlockNumber)
	if err != nil {
		var de *Error
		if errors.As(c.decodeErr(ctx, err, k.ctx, k.value), &de) && de.Code != CodeRPC {
			de.Message = fmt.Sprintf("transaction %s failed in block %d: %s", r.TxHash.Hex(), r.BlockNumber, de.Message)
			return de
		}
	}
	if r.GasUsed >= gas {
		return &Error{Code: CodeTxFailed, Message: fmt.Sprintf(
			"transaction %s ran out of gas (limit %d) in block %d; retry, the estimate may have been too low", r.TxHash.Hex(), gas, r.BlockNumber)}
	}
	return &Error{Code: CodeTxFailed, Message: fmt.Sprintf(
		"transaction %s failed in block %d; the state changed between the estimate and the block, retry", r.TxHash.Hex(), r.BlockNumber)}
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
