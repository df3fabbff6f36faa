package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
)

// ethTxAPI is the part of go-ethereum's eth API (its TransactionAPI and BlockChainAPI, in an internal package)
// that txAPI wraps.
type rawSender interface {
	SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error)
}

type receiptReader interface {
	GetTransactionReceipt(ctx context.Context, hash common.Hash) (map[string]interface{}, error)
}

type blockNumberReader interface {
	BlockNumber() hexutil.Uint64
}

// txAPI replaces eth_sendRawTransaction, eth_getTransactionReceipt and eth_blockNumber with go-ethereum's own,
// tied to the auto-miner: a send wakes the miner and returns at once (the miner works while the client
// handles the answer), and the two reads a client waits on after a send first wait for the mining pass of
// every send before them. So a receipt asked for after the send returned is there at the first look, as on
// anvil; without this, a client that asks a moment too early falls back to polling (viem: every polling
// interval) for every transaction.
type txAPI struct {
	send    rawSender
	receipt receiptReader
	number  blockNumberReader
	s       *sealer
}

// SendRawTransaction is eth_sendRawTransaction. A transaction refused for its sender's balance or nonce is
// tried again once the pool has caught up with the head (sealer.catchUp): the pool checks it against the
// state of its last reset, which may predate the block the client just saw (one that funded the sender).
func (a *txAPI) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	hash, err := a.send.SendRawTransaction(ctx, input)
	if errors.Is(err, core.ErrInsufficientFunds) || errors.Is(err, core.ErrNonceTooLow) {
		if syncErr := a.s.catchUp(); syncErr != nil {
			return hash, err
		}
		hash, err = a.send.SendRawTransaction(ctx, input)
	}
	if err != nil {
		return hash, err
	}
	a.s.sendDone()
	return hash, nil
}

// GetTransactionReceipt is eth_getTransactionReceipt.
func (a *txAPI) GetTransactionReceipt(ctx context.Context, hash common.Hash) (map[string]interface{}, error) {
	a.s.awaitSends(ctx)
	return a.receipt.GetTransactionReceipt(ctx, hash)
}

// BlockNumber is eth_blockNumber.
func (a *txAPI) BlockNumber(ctx context.Context) hexutil.Uint64 {
	a.s.awaitSends(ctx)
	return a.number.BlockNumber()
}

// evmAPI is the "evm" namespace of Hardhat and anvil. geth names a method after its Go name with the first
// letter lowered: IncreaseTime is evm_increaseTime on the wire.
type evmAPI struct{ s *sealer }

// IncreaseTime moves the clock of every later block forward by secs and returns the total offset in
// decimal, as Hardhat does. It then mines one block at the new time: go-ethereum builds the pending block
// from the wall clock and the head, so without a head at the new time, eth_call and eth_estimateGas against
// "pending" (what wallets and our client use to check a transaction before sending it) would still see the
// old time, and a refund right after a fast-forward would be refused as "not expired".
func (a *evmAPI) IncreaseTime(secs Quantity) (string, error) {
	total, err := a.s.increaseTime(uint64(secs))
	if err != nil {
		return "", err
	}
	if _, err := a.s.mine(nil); err != nil {
		return "", fmt.Errorf("mine at the new time: %w", err)
	}
	return strconv.FormatInt(total, 10), nil
}

// SetNextBlockTimestamp makes the next block's timestamp exactly ts (after the head's); later blocks go on
// from there.
func (a *evmAPI) SetNextBlockTimestamp(ts Quantity) error {
	return a.s.setNextTimestamp(uint64(ts))
}

// Mine seals a block with the pending transactions, at timestamp ts when given.
func (a *evmAPI) Mine(ts *Quantity) (string, error) {
	var t *uint64
	if ts != nil {
		v := uint64(*ts)
		t = &v
	}
	if _, err := a.s.mine(t); err != nil {
		return "", err
	}
	return "0x0", nil
}

// Snapshot records the chain state and returns its id.
func (a *evmAPI) Snapshot() hexutil.Uint64 {
	return hexutil.Uint64(a.s.snapshot())
}

// Revert rewinds to snapshot id; false when the id is unknown or already used.
func (a *evmAPI) Revert(id Quantity) (bool, error) {
	return a.s.revert(uint64(id))
}

// anvilAPI is the "anvil" (and "hardhat") namespace.
type anvilAPI struct{ s *sealer }

// maxMineBlocks bounds anvil_mine, which seals real blocks one by one.
const maxMineBlocks = 10_000

// SetBalance makes addr's balance exactly wei. Unlike anvil it mines (one or two blocks): see
// sealer.setBalance.
func (a *anvilAPI) SetBalance(addr common.Address, wei Big) error {
	return a.s.setBalance(addr, wei.Int())
}

// Mine seals blocks (default 1) with interval seconds between them (default: the usual clock).
func (a *anvilAPI) Mine(blocks *Quantity, interval *Quantity) error {
	n := uint64(1)
	if blocks != nil {
		n = uint64(*blocks)
	}
	if n > maxMineBlocks {
		return fmt.Errorf("at most %d blocks per call", maxMineBlocks)
	}
	var iv uint64
	if interval != nil {
		iv = uint64(*interval)
	}
	return a.s.mineMany(n, iv)
}

// Quantity is an unsigned integer as the test tools send it: a JSON number, a 0x hex string or a decimal
// string.
type Quantity uint64

// UnmarshalJSON implements json.Unmarshaler.
func (q *Quantity) UnmarshalJSON(data []byte) error {
	b, err := parseBig(data)
	if err != nil {
		return err
	}
	if !b.IsUint64() {
		return fmt.Errorf("%s does not fit 64 bits", b)
	}
	*q = Quantity(b.Uint64())
	return nil
}

// Big is a non-negative 256-bit integer in the same forms as Quantity.
type Big big.Int

// Int returns the value as a *big.Int.
func (b *Big) Int() *big.Int { return (*big.Int)(b) }

// UnmarshalJSON implements json.Unmarshaler.
func (b *Big) UnmarshalJSON(data []byte) error {
	v, err := parseBig(data)
	if err != nil {
		return err
	}
	if v.BitLen() > 256 {
		return fmt.Errorf("%s does not fit 256 bits", v)
	}
	*b = Big(*v)
	return nil
}

// parseBig reads a non-negative integer from a JSON number or string ("0x1f", "31"). Leading zeros in hex
// are accepted (some tools pad).
func parseBig(data []byte) (*big.Int, error) {
	data = bytes.TrimSpace(data)
	var s string
	if len(data) > 0 && data[0] == '"' {
		if err := json.Unmarshal(data, &s); err != nil {
			return nil, err
		}
	} else {
		s = string(data)
	}
	v := new(big.Int)
	var ok bool
	switch {
	case strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X"):
		ok = len(s) > 2 && isBase(s[2:], 16)
		if ok {
			v.SetString(s[2:], 16)
		}
	default:
		ok = isBase(s, 10)
		if ok {
			v.SetString(s, 10)
		}
	}
	if !ok {
		return nil, fmt.Errorf("invalid quantity %s: want a non-negative integer, a 0x hex string or a decimal string", data)
	}
	return v, nil
}

func isBase(s string, base int) bool {
	if s == "" {
		return false
	}
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= '0' && c <= '9':
		case base == 16 && c >= 'a' && c <= 'f':
		default:
			return false
		}
	}
	return true
}
