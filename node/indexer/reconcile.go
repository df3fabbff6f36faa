package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/units"
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
	// PendingShares counts the claims of live sealed packets whose share is not drawn yet: their money is
	// still the packets' (in Packets) until the draw pays it out.
	PendingShares int
	Budgets       *big.Int // sum of organisation budgets
	Owed          *big.Int // sum of pull balances
	Expected      *big.Int // Packets + Budgets + Owed
	// Difference is OnChain - Expected. Negative is a deficit: the escrow holds less than it owes. Positive is
	// a surplus: tokens sent to the escrow directly, which no one can take (rules §4, conservation).
	Difference *big.Int
	// Books is what the escrow's own views say it owes at the block, over the same packets, budgets and pull
	// balances as Expected (getPacketMany, orgBudget, owed). It is read only for a token in deficit, to tell
	// the two causes apart (nil otherwise): Books != Expected means the index is wrong; OnChain < Books means
	// the escrow really holds less than its own books, which an unsupported token causes (one that charges
	// fees on top of transfers, or a rebasing token that shrank).
	Books *big.Int
}

// Shortfall is how much less the escrow holds than it owes: -Difference for a deficit, else zero.
func (t TokenReconciliation) Shortfall() *big.Int {
	if t.Difference.Sign() >= 0 {
		return new(big.Int)
	}
	return new(big.Int).Neg(t.Difference)
}

// IndexWrong reports a deficit whose index disagrees with the escrow's own books (Books != Expected).
func (t TokenReconciliation) IndexWrong() bool {
	return t.Books != nil && t.Books.Cmp(t.Expected) != 0
}

// TokenShort reports a deficit that the escrow's own books confirm (OnChain < Books): its payouts took more
// of the token than the books say.
func (t TokenReconciliation) TokenShort() bool {
	return t.Books != nil && t.OnChain.Cmp(t.Books) < 0
}

// Explain says, in a sentence, what a deficit means and what to do; "" when the token has none.
func (t TokenReconciliation) Explain() string {
	if t.Difference.Sign() >= 0 {
		return ""
	}
	amount := func(v *big.Int) string { return units.FormatAmount(v, t.Token.Decimals, t.Token.Label()) }
	var parts []string
	if t.TokenShort() {
		short := new(big.Int).Sub(t.Books, t.OnChain)
		parts = append(parts, fmt.Sprintf("the escrow holds %s less than its books: a token that charges fees on top "+
			"of transfers (unsupported, see docs/design.md) took more from it than the amounts it paid out (or a "+
			"rebasing token shrank); the escrow's own views agree with the index, and the last payouts of %s "+
			"cannot all be made", amount(short), t.Token.Label()))
	}
	if t.IndexWrong() {
		diff := new(big.Int).Sub(t.Expected, t.Books)
		parts = append(parts, fmt.Sprintf("the index says the escrow owes %s, its own views say %s (%s apart): the "+
			"index or the node it was built from is wrong; re-index from scratch and reconcile again",
			amount(t.Expected), amount(t.Books), amount(new(big.Int).Abs(diff))))
	}
	if len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("the escrow holds %s less than the index says it owes; the escrow's own "+
			"views could not be read to tell why", amount(t.Shortfall())))
	}
	return strings.Join(parts, "; ")
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
//
// For a token in deficit it also reads the escrow's own views of the same books at that block (Books:
// getPacketMany over the index's live packets, orgBudget, owed), which tells the causes apart: an index that
// disagrees with them is wrong (IndexWrong); a balance below them is a real shortfall (TokenShort), which a
// token that charges fees on top of transfers causes (unsupported). Explain says which, in a sentence. These
// reads cost nothing while the books balance.
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
		line := s.of(t, onChain)
		if line.Difference.Sign() < 0 {
			if line.Books, err = escrowBooks(ctx, chain, b.Escrow, t.Address, at, s.keys[t.Address]); err != nil {
				return nil, err
			}
		}
		out.Tokens = append(out.Tokens, line)
	}
	return out, nil
}

// sums is what the index says the escrow owes, per token, and where it comes from.
type sums struct {
	packets map[common.Address]*big.Int
	live    map[common.Address]int
	pending map[common.Address]int
	budgets map[common.Address]*big.Int
	owed    map[common.Address]*big.Int
	keys    map[common.Address]*bookKeys
}

// bookKeys are a token's entries in the index's books: its live packets, the organisations with a budget in
// it and the accounts owed it.
type bookKeys struct {
	packets []*big.Int
	orgs    []uint64
	owedTo  []common.Address
}

// getPacketManyChunk is how many packets one getPacketMany call reads (a few million gas of eth_call).
const getPacketManyChunk = 100

// escrowBooks adds up what the escrow's own views say it owes in token at block `at` over the given packets,
// budgets and pull balances; each node call is bounded by DefaultCallTimeout.
func escrowBooks(ctx context.Context, chain ChainReader, escrow, token common.Address, at *big.Int, k *bookKeys) (*big.Int, error) {
	total := new(big.Int)
	if k == nil {
		return total, nil
	}
	call := func(data []byte, what string) ([]byte, error) {
		return bounded(ctx, DefaultCallTimeout, func(ctx context.Context) ([]byte, error) {
			out, err := chain.CallContract(ctx, ethereum.CallMsg{To: &escrow, Data: data}, at)
			if err != nil {
				return nil, fmt.Errorf("%s at block %s: %w", what, at, err)
			}
			return out, nil
		})
	}
	for start := 0; start < len(k.packets); start += getPacketManyChunk {
		ids := k.packets[start:min(start+getPacketManyChunk, len(k.packets))]
		out, err := call(escrowABI.PackGetPacketMany(ids), "getPacketMany")
		if err != nil {
			return nil, err
		}
		views, err := escrowABI.UnpackGetPacketMany(out)
		if err != nil {
			return nil, fmt.Errorf("decode getPacketMany: %w", err)
		}
		for _, v := range views {
			if v.Token == token {
				total.Add(total, v.Remaining)
			}
		}
	}
	for _, org := range k.orgs {
		out, err := call(escrowABI.PackOrgBudget(org, token), "orgBudget")
		if err != nil {
			return nil, err
		}
		v, err := escrowABI.UnpackOrgBudget(out)
		if err != nil {
			return nil, fmt.Errorf("decode orgBudget: %w", err)
		}
		total.Add(total, v)
	}
	for _, a := range k.owedTo {
		out, err := call(escrowABI.PackOwed(token, a), "owed")
		if err != nil {
			return nil, err
		}
		v, err := escrowABI.UnpackOwed(out)
		if err != nil {
			return nil, fmt.Errorf("decode owed: %w", err)
		}
		total.Add(total, v)
	}
	return total, nil
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
		Owed: get(s.owed), PendingShares: s.pending[t.Address],
	}
	r.Expected = new(big.Int).Add(r.Packets, r.Budgets)
	r.Expected.Add(r.Expected, r.Owed)
	r.Difference = new(big.Int).Sub(onChain, r.Expected)
	return r
}

func indexSums(ctx context.Context, q querier) (sums, error) {
	s := sums{live: map[common.Address]int{}, pending: map[common.Address]int{}, keys: map[common.Address]*bookKeys{}}
	keys := func(t common.Address) *bookKeys {
		if s.keys[t] == nil {
			s.keys[t] = &bookKeys{}
		}
		return s.keys[t]
	}
	var err error
	s.packets, err = sumBy(ctx, q, `SELECT token, remaining, id FROM packets WHERE status = 'live' ORDER BY id`,
		func(t common.Address, key string) error {
			id, ok := new(big.Int).SetString(key, 10)
			if !ok {
				return fmt.Errorf("sum amounts: packet id %q", key)
			}
			s.live[t]++
			keys(t).packets = append(keys(t).packets, id)
			return nil
		})
	if err != nil {
		return s, err
	}
	if err := countPending(ctx, q, s.pending); err != nil {
		return s, err
	}
	s.budgets, err = sumBy(ctx, q, `SELECT token, amount, org_id FROM budgets ORDER BY org_id`,
		func(t common.Address, key string) error {
			org, err := strconv.ParseUint(key, 10, 64)
			if err != nil {
				return fmt.Errorf("sum amounts: organisation id %q", key)
			}
			keys(t).orgs = append(keys(t).orgs, org)
			return nil
		})
	if err != nil {
		return s, err
	}
	s.owed, err = sumBy(ctx, q, `SELECT token, amount, account FROM owed ORDER BY account`,
		func(t common.Address, key string) error {
			keys(t).owedTo = append(keys(t).owedTo, common.HexToAddress(key))
			return nil
		})
	return s, err
}

// sumBy adds up decimal amounts per token in Go (SQLite's SUM would go through 64-bit or float arithmetic).
// The query selects token, amount and a key (what the amount belongs to), which each row hands to `row`.
func sumBy(ctx context.Context, q querier, query string, row func(token common.Address, key string) error) (map[common.Address]*big.Int, error) {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("sum amounts: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]*big.Int{}
	for rows.Next() {
		var token, amount, key string
		if err := rows.Scan(&token, &amount, &key); err != nil {
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
		if err := row(t, key); err != nil {
			return nil, err
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
