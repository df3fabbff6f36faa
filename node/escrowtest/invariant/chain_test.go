package invariant

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/simchain"
)

// The run sends its own transactions instead of going through simchain.Send, for three reasons: a refundMany with
// a chosen (too small) gas limit, EIP-7702 SetCode transactions, and speed (receipts are read by block, which needs
// no wait for the transaction index). The rules are the same: a transaction is first run in the pending block at
// gas price 0, as eth_call and eth_estimateGas do (a revert comes back as its data and nothing is sent); then it
// is signed, sent and mined in a block of its own, at a gas price above 0.

// txOpts are the knobs of one transaction.
type txOpts struct {
	gas   uint64                       // gas limit; 0: simchain.TxGasLimit (also for the pre-check)
	auths []types.SetCodeAuthorization // EIP-7702 authorizations: a SetCode transaction
}

var (
	gasTip    = big.NewInt(params.GWei)
	gasFeeCap = big.NewInt(50 * params.GWei) // far above the simulated chain's base fee (1 gwei at genesis, falling)
)

// sendTx pre-checks, signs, sends and mines one transaction from key. A revert in the pre-check returns a
// *simchain.RevertError and sends nothing; a mined transaction returns its receipt, failed or not.
func (w *world) sendTx(key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte, o txOpts) (*types.Receipt, error) {
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	if value == nil {
		value = new(big.Int)
	}
	gas := o.gas
	if gas == 0 {
		gas = simchain.TxGasLimit
	}
	if len(o.auths) == 0 {
		msg := ethereum.CallMsg{From: from, To: to, Value: value, Data: data, Gas: gas}
		if _, err := w.env.Client.PendingCallContract(ctx, msg); err != nil {
			return nil, asRevert(err)
		}
	}
	nonce, err := w.env.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	var tx *types.Transaction
	if len(o.auths) > 0 {
		tx = types.NewTx(&types.SetCodeTx{
			ChainID: uint256.MustFromBig(w.env.ChainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(gasTip),
			GasFeeCap: uint256.MustFromBig(gasFeeCap), Gas: gas, To: *to, Value: uint256.MustFromBig(value), Data: data,
			AuthList: o.auths,
		})
	} else {
		tx = types.NewTx(&types.DynamicFeeTx{
			ChainID: w.env.ChainID, Nonce: nonce, GasTipCap: gasTip, GasFeeCap: gasFeeCap, Gas: gas,
			To: to, Value: value, Data: data,
		})
	}
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(w.env.ChainID), key)
	if err != nil {
		return nil, err
	}
	if err := w.env.Client.SendTransaction(ctx, signed); err != nil {
		return nil, err
	}
	// The pool promotes a new transaction to pending asynchronously: a block sealed before that would not hold it.
	// (The bound only stops a run that hangs; a busy machine takes milliseconds.)
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(200 * time.Microsecond) {
		if n, err := w.env.Client.PendingNonceAt(ctx, from); err == nil && n > nonce {
			break
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("transaction %s never became pending", signed.Hash())
		}
	}
	block := w.env.Backend.Commit()
	return w.receiptIn(block, signed.Hash())
}

// blockReceipts is the part of ethclient.Client that the simulated client has but its interface hides.
type blockReceipts interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// receiptIn finds the receipt of tx in the block just sealed (reading the block's receipts needs no transaction
// index, which go-ethereum builds asynchronously).
func (w *world) receiptIn(block, tx common.Hash) (*types.Receipt, error) {
	if br, ok := w.env.Client.(blockReceipts); ok {
		rs, err := br.BlockReceipts(context.Background(), rpc.BlockNumberOrHashWithHash(block, false))
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if r.TxHash == tx {
				return r, nil
			}
		}
		return nil, fmt.Errorf("transaction %s is not in block %s", tx, block)
	}
	return w.env.Receipt(tx)
}

// asRevert turns a call's error into a *simchain.RevertError when it carries revert data.
func asRevert(err error) error {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			return &simchain.RevertError{Data: common.FromHex(s), Err: err}
		}
	}
	return err
}

// ---------------------------------------------------------------- reads in one call

// readerCode is the runtime code of a read-only multicall, hand-assembled (no Solidity: the run deploys it as raw
// code). Calldata is a list of entries [target: 20 bytes][length: 2 bytes][calldata]; it staticcalls each and
// returns the concatenation of [returndatasize: 32 bytes][returndata] per entry, or bubbles the first revert. One
// eth_call then reads everything an invariant check needs (the escrow's code is analysed once, not per read).
var readerCode = []byte{
	0x5f, 0x5f, // PUSH0 i, PUSH0 o                       [o i]
	0x5b,             // 0x02 loop: JUMPDEST
	0x36, 0x82, 0x10, // CALLDATASIZE DUP3 LT          [i<cds o i]
	0x60, 0x0b, 0x57, // PUSH1 body JUMPI
	0x5f, 0xf3, //       PUSH0 RETURN                    return(0, o)
	0x5b,                         // 0x0b body: JUMPDEST                 [o i]
	0x81, 0x35, 0x60, 0x60, 0x1c, // DUP2 CALLDATALOAD PUSH1 96 SHR     [t o i]
	0x82, 0x60, 0x14, 0x01, 0x35, 0x60, 0xf0, 0x1c, // DUP3 PUSH1 20 ADD CALLDATALOAD PUSH1 240 SHR  [L t o i]
	0x80, 0x84, 0x60, 0x16, 0x01, // DUP1 DUP5 PUSH1 22 ADD             [i+22 L L t o i]
	0x84, 0x60, 0x20, 0x01, 0x37, // DUP5 PUSH1 32 ADD CALLDATACOPY     mem[o+32:] = calldata   [L t o i]
	0x5f, 0x5f, 0x82, // PUSH0 PUSH0 DUP3                  [L 0 0 L t o i]
	0x85, 0x60, 0x20, 0x01, // DUP6 PUSH1 32 ADD            [o+32 L 0 0 L t o i]
	0x85, 0x5a, 0xfa, // DUP6 GAS STATICCALL               [ok L t o i]
	0x15, 0x60, 0x4c, 0x57, // ISZERO PUSH1 fail JUMPI
	0x3d, 0x83, 0x52, // RETURNDATASIZE DUP4 MSTORE         mem[o] = size
	0x3d, 0x5f, 0x84, 0x60, 0x20, 0x01, 0x3e, // RETURNDATASIZE PUSH0 DUP5 PUSH1 32 ADD RETURNDATACOPY
	0x90, 0x50, // SWAP1 POP                                [L o i]
	0x82, 0x01, 0x60, 0x16, 0x01, // DUP3 ADD PUSH1 22 ADD              [i' o i]
	0x91, 0x50, // SWAP2 POP                                [o i']
	0x3d, 0x01, 0x60, 0x20, 0x01, // RETURNDATASIZE ADD PUSH1 32 ADD    [o' i']
	0x60, 0x02, 0x56, // PUSH1 loop JUMP
	0x5b,                   // 0x4c fail: JUMPDEST
	0x3d, 0x5f, 0x5f, 0x3e, // RETURNDATASIZE PUSH0 PUSH0 RETURNDATACOPY
	0x3d, 0x5f, 0xfd, // RETURNDATASIZE PUSH0 REVERT
}

// deployReader deploys the multicall (creation code: copy the runtime code to memory and return it).
func (w *world) deployReader() common.Address {
	n := byte(len(readerCode))
	initCode := append([]byte{0x60, n, 0x80, 0x60, 0x09, 0x5f, 0x39, 0x5f, 0xf3}, readerCode...)
	r, err := w.sendTx(w.env.Key(0), nil, nil, initCode, txOpts{})
	require.NoError(w.t, err, "deploy the reader")
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "deploy the reader")
	return r.ContractAddress
}

// reads is a batch of static calls for one eth_call.
type reads struct {
	data []byte
	outs []*[]byte
}

// add queues a call of to with data; *out receives its return data after run.
func (rs *reads) add(to common.Address, data []byte, out *[]byte) {
	var l [2]byte
	binary.BigEndian.PutUint16(l[:], uint16(len(data)))
	rs.data = append(append(append(rs.data, to.Bytes()...), l[:]...), data...)
	rs.outs = append(rs.outs, out)
}

// run makes the calls in one eth_call against the head block and hands out the results.
func (w *world) run(rs *reads) {
	if len(rs.outs) == 0 {
		return
	}
	out, err := w.env.Client.CallContract(context.Background(), ethereum.CallMsg{To: &w.reader, Data: rs.data, Gas: 40_000_000}, nil)
	require.NoError(w.t, err, "%s: reads", w.where())
	for _, dst := range rs.outs {
		require.GreaterOrEqual(w.t, len(out), 32, "%s: reads: short answer", w.where())
		n := new(big.Int).SetBytes(out[:32]).Int64()
		require.GreaterOrEqual(w.t, int64(len(out)-32), n, "%s: reads: short answer", w.where())
		*dst = out[32 : 32+n]
		out = out[32+n:]
	}
	require.Empty(w.t, out, "%s: reads: trailing bytes", w.where())
}
