package client

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// countingBackend counts the node calls that grow with a chain's age when reads are careless: header reads
// and eth_getLogs, with the widest block range asked.
type countingBackend struct {
	*autoCommit
	mu       sync.Mutex
	headers  int
	getLogs  int
	maxRange uint64
}

func (b *countingBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	b.mu.Lock()
	b.headers++
	b.mu.Unlock()
	return b.autoCommit.HeaderByNumber(ctx, n)
}

func (b *countingBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.mu.Lock()
	b.getLogs++
	if q.FromBlock != nil && q.ToBlock != nil {
		b.maxRange = max(b.maxRange, q.ToBlock.Uint64()-q.FromBlock.Uint64()+1)
	}
	b.mu.Unlock()
	return b.autoCommit.FilterLogs(ctx, q)
}

func (b *countingBackend) reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.headers, b.getLogs, b.maxRange = 0, 0, 0
}

// TestPacketReadsDoNotGrowWithChainAge: Packet finds a packet's PacketSent log by its createdAt (a search over
// block timestamps) and reads its claims forward from there until it has them all, so 2,000 more blocks
// change neither the eth_getLogs calls nor (beyond a probe or two) the header reads.
func TestPacketReadsDoNotGrowWithChainAge(t *testing.T) {
	e := newEnv(t)
	sender, claimer := e.client(1), e.client(2)
	open, err := sender.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2})
	require.NoError(t, err)
	_, err = claimer.Claim(e.ctx, open.ID, ClaimAuth{Code: open.ClaimCode})
	require.NoError(t, err)
	closed, err := sender.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(3)})
	require.NoError(t, err)
	_, err = e.client(3).Claim(e.ctx, closed.ID, ClaimAuth{})
	require.NoError(t, err)

	cb := &countingBackend{autoCommit: e.backend}
	reader, err := New(e.ctx, cb, e.Escrow, nil)
	require.NoError(t, err)
	type cost struct {
		headers, getLogs int
		width            uint64
	}
	read := func(id *big.Int) (*Packet, cost) {
		t.Helper()
		fresh, err := New(e.ctx, cb, e.Escrow, nil, WithFromBlock(reader.FromBlock())) // no cached headers
		require.NoError(t, err)
		cb.reset()
		p, err := fresh.Packet(e.ctx, id)
		require.NoError(t, err)
		require.Len(t, p.Claims, 1, "packet %s", id)
		require.Equal(t, eth(3-id.Int64()), p.Total, "packet %s: total from its PacketSent log", id)
		return p, cost{cb.headers, cb.getLogs, cb.maxRange}
	}

	// Past both expiries, then the chain ages.
	require.NoError(t, e.backend.sim.AdjustTime(25*time.Hour))
	ids := []*big.Int{open.ID, closed.ID}
	expired := map[string]cost{}
	for _, id := range ids {
		_, c := read(id)
		expired[id.String()] = c
	}
	for range 2_000 {
		e.backend.sim.Commit()
	}
	for _, id := range ids {
		p, c := read(id)
		was := expired[id.String()]
		t.Logf("packet %s (%s): %d header reads, %d eth_getLogs, widest range %d blocks (before the 2,000 blocks: %d, %d, %d)",
			id, p.Status, c.headers, c.getLogs, c.width, was.headers, was.getLogs, was.width)
		require.Equal(t, was.getLogs, c.getLogs, "packet %s: eth_getLogs calls", id)
		require.LessOrEqual(t, c.width, uint64(defaultWindow), "packet %s: one reader range at most per call", id)
		// Header reads: the head, the deployment block, and the search by time (a few probes).
		require.LessOrEqual(t, c.headers, was.headers+4, "packet %s: header reads", id)
		require.LessOrEqual(t, c.headers, 12, "packet %s: header reads", id)
	}
}
