package indexer

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/contracttest"
)

// countingBackend counts the node calls of each kind.
type countingBackend struct {
	Backend
	chainID, headers, logs, calls atomic.Int64
}

func (c *countingBackend) ChainID(ctx context.Context) (*big.Int, error) {
	c.chainID.Add(1)
	return c.Backend.ChainID(ctx)
}

func (c *countingBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.headers.Add(1)
	return c.Backend.HeaderByNumber(ctx, n)
}

func (c *countingBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.logs.Add(1)
	return c.Backend.FilterLogs(ctx, q)
}

func (c *countingBackend) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	c.calls.Add(1)
	return c.Backend.CallContract(ctx, call, n)
}

// counts is what one Sync asked the node.
type counts struct{ chainID, headers, logs, calls int64 }

func (c *countingBackend) take() counts {
	return counts{c.chainID.Swap(0), c.headers.Swap(0), c.logs.Swap(0), c.calls.Swap(0)}
}

// TestCallsPerSync pins the node calls of a sync, the figures docs/indexer.md gives: a pass reads the head
// once, checks the checkpoint once (free when it is the head's parent), reads one eth_getLogs per page and
// confirms the target once at the end (free when the only page has logs in the target block); the chain id
// is asked once per Indexer, and a token's symbol and decimals once per token.
func TestCallsPerSync(t *testing.T) {
	t.Parallel()
	env, err := contracttest.New(4)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	ctx := context.Background()
	send := func() {
		_, _, err := env.SendPacket(env.Key(1), contracttest.DirectParams(env.Addr(2), contracttest.Ether(1)))
		require.NoError(t, err)
	}
	mine := func(n int) func() {
		return func() {
			for range n {
				env.Backend.Commit()
			}
		}
	}
	for range 3 {
		send()
	}
	db, _ := openDB(t, "index.db")
	cb := &countingBackend{Backend: env.Client}
	ix, err := New(db, cb, Config{Escrow: env.Escrow})
	require.NoError(t, err)
	paged, _ := openDB(t, "paged.db")
	pagedNode := &countingBackend{Backend: env.Client}
	const pageBlocks = 2
	pagedIx, err := New(paged, pagedNode, Config{Escrow: env.Escrow, MaxRange: pageBlocks, ChainID: env.ChainID})
	require.NoError(t, err)
	deep, _ := openDB(t, "deep.db")
	deepNode := &countingBackend{Backend: env.Client}
	deepIx, err := New(deep, deepNode, Config{Escrow: env.Escrow, Confirmations: 2})
	require.NoError(t, err)

	for _, step := range []struct {
		name   string
		before func()
		ix     *Indexer
		node   *countingBackend
		want   counts
	}{
		{"first sync, one page ending in a block with events: head, logs", nil, ix, cb,
			counts{chainID: 1, headers: 1, logs: 1}},
		{"nothing new: the head only", nil, ix, cb, counts{headers: 1}},
		{"one empty block: head (the checkpoint is its parent), logs, target", mine(1), ix, cb,
			counts{headers: 2, logs: 1}},
		{"five empty blocks: head, checkpoint, logs, target", mine(5), ix, cb, counts{headers: 3, logs: 1}},
		{"a new event in the head block: head, checkpoint, logs", func() { mine(3)(); send() }, ix, cb,
			counts{headers: 2, logs: 1}},
		{"first sync in pages, chain id given: head, a page per 2 blocks, target", nil, pagedIx, pagedNode,
			counts{headers: 2, logs: -1}},
		{"with confirmations: head, target, logs, target again", nil, deepIx, deepNode,
			counts{chainID: 1, headers: 3, logs: 1}},
		{"with confirmations, nothing new: head, target", nil, deepIx, deepNode, counts{headers: 2}},
	} {
		t.Run(step.name, func(t *testing.T) {
			if step.before != nil {
				step.before()
			}
			if step.want.logs < 0 { // one per page
				n, err := env.Client.BlockNumber(ctx)
				require.NoError(t, err)
				step.want.logs = int64(n+pageBlocks) / pageBlocks
			}
			step.node.take()
			_, err := step.ix.Sync(ctx)
			require.NoError(t, err)
			require.Equal(t, step.want, step.node.take())
		})
	}
	w := newWorld(t, 61) // four currencies: the ERC-20 tokens' symbol and decimals are read once each
	w.run(20)
	db2, _ := openDB(t, "tokens.db")
	tb := &countingBackend{Backend: w.env.Client}
	tix, err := New(db2, tb, Config{Escrow: w.env.Escrow})
	require.NoError(t, err)
	_, err = tix.Sync(ctx)
	require.NoError(t, err)
	require.Equal(t, int64(2*3), tb.take().calls, "symbol and decimals of each of the three tokens")
	w.run(20)
	_, err = tix.Sync(ctx)
	require.NoError(t, err)
	require.Zero(t, tb.take().calls, "tokens already known are not read again")
}
