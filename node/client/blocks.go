package client

import (
	"context"
	"math"
	"math/big"
	"sync"
)

// Finding blocks by time. A packet stores its times, not its blocks; the logs of a packet (its PacketSent and
// Claimed events) lie between the block of its createdAt and the block of its expiry. Reading them over that
// window instead of from the deployment block keeps `show` and `claim` at a cost that does not grow with the
// chain's age: a search over block timestamps costs a few header reads on chains with regular block times.

// maxTimeProbes bounds the header reads of one search; past it the search returns the bracket it has, which
// is still a correct (only wider) bound.
const maxTimeProbes = 12

// blockTimes caches block timestamps: headers of a settled chain do not change, and a reorg near the head
// moves timestamps by seconds at most, which the callers' bounds absorb (they only widen or narrow a window
// that is checked by the logs themselves).
type blockTimes struct {
	mu    sync.Mutex
	times map[uint64]uint64
}

func (c *Client) timeOfBlock(ctx context.Context, n uint64) (uint64, error) {
	c.times.mu.Lock()
	t, ok := c.times.times[n]
	c.times.mu.Unlock()
	if ok {
		return t, nil
	}
	h, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0, c.wrapRPC(err, "read the header of block "+new(big.Int).SetUint64(n).String())
	}
	c.times.mu.Lock()
	if c.times.times == nil {
		c.times.times = map[uint64]uint64{}
	}
	c.times.times[n] = h.Time
	c.times.mu.Unlock()
	return h.Time, nil
}

// span is a block range with the timestamps of its ends.
type span struct {
	lo, hi         uint64
	loTime, hiTime uint64
}

// chainSpan is the range from the first block log scans look at (the escrow's deployment block) to the head.
func (c *Client) chainSpan(ctx context.Context) (span, error) {
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return span{}, c.wrapRPC(err, "read the head block")
	}
	c.times.mu.Lock()
	if c.times.times == nil {
		c.times.times = map[uint64]uint64{}
	}
	c.times.times[head.Number.Uint64()] = head.Time
	c.times.mu.Unlock()
	s := span{lo: min(c.fromBlock, head.Number.Uint64()), hi: head.Number.Uint64(), hiTime: head.Time}
	if s.loTime, err = c.timeOfBlock(ctx, s.lo); err != nil {
		return span{}, err
	}
	return s, nil
}

// firstBlockAt brackets the first block of s whose timestamp is >= t: it returns lo <= hi with that block in
// [lo, hi]; lo == hi when the search converged within maxTimeProbes header reads (the usual case). When every
// block of s is older than t the answer is s.hi + 1. A window's start takes lo and its end hi, so a search
// that did not converge only widens the window.
func (c *Client) firstBlockAt(ctx context.Context, s span, t uint64) (lo, hi uint64, err error) {
	return c.firstBlockWithin(ctx, s, t, 1)
}

// firstBlockWithin is firstBlockAt that stops once the bracket is at most `within` blocks wide: a caller
// that reads logs over a range anyway needs the block only to within a page (far fewer header reads on
// chains where many blocks share a timestamp).
func (c *Client) firstBlockWithin(ctx context.Context, s span, t, within uint64) (lo, hi uint64, err error) {
	within = max(within, 1)
	if t <= s.loTime {
		return s.lo, s.lo, nil
	}
	if t > s.hiTime {
		return s.hi + 1, s.hi + 1, nil
	}
	// Invariant: time(lo) < t <= time(hi). Interpolate on timestamps (chains with regular block times land
	// on the block in one or two reads); every other probe bisects, so irregular chains (time jumps on dev
	// chains, bursts of blocks with one timestamp) still converge.
	// Each probe estimates where t falls: first by interpolating over the whole bracket, then from the local
	// block rate on the side the last probe moved (the probe and the end it replaced), which is exact on a
	// chain with regular blocks even when the bracket spans a time jump elsewhere (dev chains' time travel).
	// When an estimate falls outside the bracket (a jump lies in it) or two probes did not halve the
	// bracket, the next probe bisects.
	lo, hi = s.lo, s.hi
	loT, hiT := s.loTime, s.hiTime
	var outLo, outHi, outLoT, outHiT uint64 // the ends the last probes replaced: local block rates
	haveLo, haveHi, lastHigh := false, false, false
	stalled, check := 0, false
	for probe := 0; hi-lo > within; probe++ {
		if probe == maxTimeProbes {
			return lo + 1, hi, nil
		}
		mid, ok, estimated := uint64(0), false, false
		switch {
		case check: // the last estimate landed: is its neighbour on the other side?
			if lastHigh {
				mid = hi - 1
			} else {
				mid = lo + 1
			}
			ok = true
		case stalled >= 2:
		case probe == 0 && within > 1:
			// Aim at the middle of a window that ends at the estimate, so that either side is likely in it.
			est := lo + uint64(float64(hi-lo)*float64(t-loT)/float64(max(hiT-loT, 1)))
			mid, ok = est-min(est-lo, within/2), true
		case probe == 0:
			mid, ok = lo+uint64(float64(hi-lo)*float64(t-loT)/float64(max(hiT-loT, 1))), true
		case lastHigh && haveHi && outHiT > hiT:
			perBlock := float64(outHiT-hiT) / float64(outHi-hi)
			if back := uint64(float64(hiT-t) / perBlock); back < hi-lo {
				mid, ok, estimated = hi-back, true, true
			}
		case !lastHigh && haveLo && loT > outLoT:
			perBlock := float64(loT-outLoT) / float64(lo-outLo)
			if fwd := uint64(math.Ceil(float64(t-loT) / perBlock)); fwd < hi-lo {
				mid, ok, estimated = lo+fwd, true, true
			}
		}
		if !ok {
			mid = lo + (hi-lo)/2
		}
		wasCheck := check
		check = estimated
		mid = min(max(mid, lo+1), hi-1)
		mt, err := c.timeOfBlock(ctx, mid)
		if err != nil {
			return 0, 0, err
		}
		before := hi - lo
		if lastHigh = mt >= t; lastHigh {
			outHi, outHiT, haveHi = hi, hiT, true
			hi, hiT = mid, mt
		} else {
			outLo, outLoT, haveLo = lo, loT, true
			lo, loT = mid, mt
		}
		switch {
		case wasCheck || 2*(hi-lo) <= before:
			stalled = 0
		case !estimated:
			stalled++ // an interpolation that did not halve the bracket
		}
	}
	if hi-lo <= 1 {
		return hi, hi, nil
	}
	return lo + 1, hi, nil
}
