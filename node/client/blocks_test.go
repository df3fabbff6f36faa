package client

import (
	"context"
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// headerChain answers header reads from a list of block timestamps and counts them.
type headerChain struct {
	Backend // nil: only HeaderByNumber is used
	times   []uint64
	reads   int
}

func (h *headerChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	h.reads++
	return &types.Header{Number: new(big.Int).Set(n), Time: h.times[n.Uint64()]}, nil
}

// firstAt is the true answer: the first block stamped at or after t (len(times) when none is).
func (h *headerChain) firstAt(t uint64) uint64 {
	return uint64(sort.Search(len(h.times), func(i int) bool { return h.times[i] >= t }))
}

// TestFirstBlockAt searches block timestamps of several chain shapes for random times and checks the answer
// and the header reads it took.
func TestFirstBlockAt(t *testing.T) {
	const start = 1_700_000_000
	regular := func(n int, every uint64) []uint64 {
		out := make([]uint64, n)
		for i := range out {
			out[i] = start + uint64(i)*every
		}
		return out
	}
	withJump := func(n, at int, jump uint64) []uint64 {
		out := regular(n, 1)
		for i := at; i < n; i++ {
			out[i] += jump
		}
		return out
	}
	manyPerSecond := func(n, per int) []uint64 {
		out := make([]uint64, n)
		for i := range out {
			out[i] = start + uint64(i/per)
		}
		return out
	}
	irregular := func(n int) []uint64 {
		rng := rand.New(rand.NewPCG(7, 7))
		out := make([]uint64, n)
		now := uint64(start)
		for i := range out {
			now += uint64(rng.IntN(30))
			out[i] = now
		}
		return out
	}
	tests := []struct {
		name      string
		times     []uint64
		meanReads float64 // average header reads per search, at most
	}{
		{"12 s blocks, 1M blocks", regular(1_000_000, 12), 3},
		{"1 s blocks, 100k blocks", regular(100_000, 1), 3},
		{"1 s blocks with a 25 h jump", withJump(100_000, 60_000, 25*3600), 4},
		{"4 blocks a second", manyPerSecond(100_000, 4), 6},
		{"irregular 0-29 s", irregular(100_000), 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := &headerChain{times: tc.times}
			c := &Client{backend: h}
			last := uint64(len(tc.times) - 1)
			sp := span{lo: 0, hi: last, loTime: tc.times[0], hiTime: tc.times[last]}
			rng := rand.New(rand.NewPCG(1, 2))
			const searches = 300
			total, converged := 0, 0
			for range searches {
				// Times of real blocks (a packet's createdAt) and times between blocks.
				target := tc.times[rng.Uint64N(last+1)] + uint64(rng.IntN(2))
				c.times = blockTimes{}
				h.reads = 0
				lo, hi, err := c.firstBlockAt(context.Background(), sp, target)
				require.NoError(t, err)
				want := h.firstAt(target)
				require.True(t, lo <= want && want <= hi, "t=%d: answer %d outside [%d, %d]", target, want, lo, hi)
				require.LessOrEqual(t, h.reads, maxTimeProbes)
				if lo == hi {
					converged++
				}
				total += h.reads
			}
			mean := float64(total) / searches
			t.Logf("%s: %.2f header reads per search, %d of %d exact", tc.name, mean, converged, searches)
			require.LessOrEqual(t, mean, tc.meanReads)
			require.GreaterOrEqual(t, converged, searches*85/100)
		})
	}
}

// Within a page: where a thousand blocks share each timestamp (an aged dev chain), a search that only needs
// the block to within 5,000 blocks takes a few header reads, and the answer is in the bracket it returns.
func TestFirstBlockWithin(t *testing.T) {
	times := make([]uint64, 100_000)
	for i := range times {
		times[i] = 1_700_000_000 + uint64(i/1000)
		if i >= 90_000 {
			times[i] = 1_700_000_000 + 90 + uint64(i-90_000) // then one block a second
		}
	}
	h := &headerChain{times: times}
	c := &Client{backend: h}
	last := uint64(len(times) - 1)
	sp := span{lo: 0, hi: last, loTime: times[0], hiTime: times[last]}
	rng := rand.New(rand.NewPCG(3, 4))
	total := 0
	for range 200 {
		target := times[rng.Uint64N(last+1)]
		c.times = blockTimes{}
		h.reads = 0
		lo, hi, err := c.firstBlockWithin(context.Background(), sp, target, 5_000)
		require.NoError(t, err)
		want := h.firstAt(target)
		require.True(t, lo <= want && want <= hi, "t=%d: answer %d outside [%d, %d]", target, want, lo, hi)
		require.LessOrEqual(t, hi-lo, uint64(5_000))
		total += h.reads
	}
	t.Logf("%.2f header reads per search", float64(total)/200)
	require.LessOrEqual(t, float64(total)/200, 7.0)
}
