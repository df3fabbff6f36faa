package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// ChainReader reads balances at a block. *ethclient.Client and the simulated backend's client have it.
type ChainReader interface {
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// TokenReconciliation compares, for one token, what the escrow holds on chain with what the index says it owes.
type TokenReconciliation struct {
	Token       TokenInfo
	OnChain     *big.Int // the escrow's balance at the checkpoint block
	Packets     *big.Int // sum of remaining over live packets
	LivePackets int
	Budgets     *big.Int // sum of organisation budgets
	Owed        *big.Int // sum of pull balances
	Expected    *big.Int // Packets + Budgets + Owed
	// Difference is OnChain - Expected. Negative is a deficit: the escrow holds less than it owes. Positive is
	// a surplus: tokens sent to the escrow directly, which no one can take (SPEC §4, conservation).
	Difference *big.Int
}

// Reconciliation is the per-token comparison at one block.
type Reconciliation struct {
	Escrow    common.Address
	Block     uint64
	BlockHash common.Hash
	Tokens    []TokenReconciliation
}

// Deficit reports whether any token's on-chain balance is below what the index says the escrow owes.
func (r *Reconciliation) Deficit() bool {
	for _, t := range r.Tokens {
		if t.Difference.Sign() < 0 {
			return true
		}
	}
	return false
}

// Balanced reports whether every token's difference is zero (no deficit and no surplus).
func (r *Reconciliation) Balanced() bool {
	for _, t := range r.Tokens {
		if t.Difference.Sign() != 0 {
			return false
		}
	}
	return true
}

// ErrNotSynced is returned by Reconcile on an index that has not indexed any block yet.
var ErrNotSynced = errors.New("the index has not been synced")

// Reconcile compares, per token the index has seen, the escrow's balance on chain (ETH: BalanceAt; ERC-20:
// balanceOf) at the index's checkpoint block with the sum of live packets' remaining, organisation budgets and
// owed balances as the index computes them. Reading the chain at the checkpoint (not the head) keeps both
// sides at the same block, so sync first: the node must still hold the state of that block. The index side
// is one snapshot (binding, checkpoint, sums and tokens agree even while a sync commits), read before any node
// call; each node call is bounded by DefaultCallTimeout.
func (d *DB) Reconcile(ctx context.Context, chain ChainReader) (*Reconciliation, error) {
	var (
		b      Binding
		cp     Checkpoint
		s      sums
		tokens []TokenInfo
	)
	err := d.read(ctx, func(q querier) error {
		var bound bool
		var err error
		if b, bound, err = readBinding(ctx, q); err != nil {
			return err
		}
		if cp, err = readCheckpoint(ctx, q); err != nil {
			return err
		}
		if !bound || !cp.Set {
			return ErrNotSynced
		}
		if s, err = indexSums(ctx, q); err != nil {
			return err
		}
		tokens, err = readTokens(ctx, q)
		return err
	})
	if err != nil {
		return nil, err
	}
	out := &Reconciliation{Escrow: b.Escrow, Block: cp.Block, BlockHash: cp.Hash}
	at := new(big.Int).SetUint64(cp.Block)
	for _, t := range tokens {
		onChain, err := bounded(ctx, DefaultCallTimeout, func(ctx context.Context) (*big.Int, error) {
			return escrowBalance(ctx, chain, b.Escrow, t.Address, at)
		})
		if err != nil {
			return nil, err
		}
		out.Tokens = append(out.Tokens, s.of(t, onChain))
	}
	return out, nil
}

// sums is what the index says the escrow owes, per token.
type sums struct {
	packets map[common.Address]*big.Int
	live    map[common.Address]int
	budgets map[common.Address]*big.Int
	owed    map[common.Address]*big.Int
}

func (s sums) of(t TokenInfo, onChain *big.Int) TokenReconciliation {
	get := func(m map[common.Address]*big.Int) *big.Int {
		if v, ok := m[t.Address]; ok {
			return v
		}
		return new(big.Int)
	}
	r := TokenReconciliation{
		Token: t, OnChain: onChain, Packets: get(s.packets), LivePackets: s.live[t.Address], Budgets: get(s.budgets),
		Owed: get(s.owed),
	}
	r.Expected = new(big.Int).Add(r.Packets, r.Budgets)
	r.Expected.Add(r.Expected, r.Owed)
	r.Difference = new(big.Int).Sub(onChain, r.Expected)
	return r
}

func indexSums(ctx context.Context, q querier) (sums, error) {
	s := sums{live: map[common.Address]int{}}
	var err error
	if s.packets, err = sumBy(ctx, q, `SELECT token, remaining FROM packets WHERE status = 'live'`, s.live); err != nil {
		return s, err
	}
	if s.budgets, err = sumBy(ctx, q, `SELECT token, amount FROM budgets`, nil); err != nil {
		return s, err
	}
	s.owed, err = sumBy(ctx, q, `SELECT token, amount FROM owed`, nil)
	return s, err
}

// sumBy adds up decimal amounts per token in Go (SQLite's SUM would go through 64-bit or float arithmetic).
func sumBy(ctx context.Context, q querier, query string, count map[common.Address]int) (map[common.Address]*big.Int, error) {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("sum amounts: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]*big.Int{}
	for rows.Next() {
		var token, amount string
		if err := rows.Scan(&token, &amount); err != nil {
			return nil, fmt.Errorf("sum amounts: %w", err)
		}
		v, err := parseDec(amount)
		if err != nil {
			return nil, err
		}
		t := common.HexToAddress(token)
		if out[t] == nil {
			out[t] = new(big.Int)
		}
		out[t].Add(out[t], v)
		if count != nil {
			count[t]++
		}
	}
	return out, rows.Err()
}

// escrowBalance is the escrow's ETH balance (token zero) or its balanceOf in an ERC-20, at block `at`.
func escrowBalance(ctx context.Context, chain ChainReader, escrow, token common.Address, at *big.Int) (*big.Int, error) {
	if token == (common.Address{}) {
		v, err := chain.BalanceAt(ctx, escrow, at)
		if err != nil {
			return nil, fmt.Errorf("ETH balance of the escrow at block %s: %w", at, err)
		}
		return v, nil
	}
	out, err := chain.CallContract(ctx, ethereum.CallMsg{To: &token, Data: erc20ABI.PackBalanceOf(escrow)}, at)
	if err != nil {
		return nil, fmt.Errorf("balanceOf(escrow) in %s at block %s: %w", token.Hex(), at, err)
	}
	if len(out) == 0 { // not a contract (e.g. a policy set for an address that is no token): holds nothing
		return new(big.Int), nil
	}
	v, err := erc20ABI.UnpackBalanceOf(out)
	if err != nil {
		return nil, fmt.Errorf("balanceOf(escrow) in %s: %w", token.Hex(), err)
	}
	return v, nil
}
