package lucky

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// BlockHashWindow is how many recent blocks the EVM's BLOCKHASH can read: a sealed share not drawn while the
// hash of the block after its claim is among them gets exactly the current average (rules §3).
const BlockHashWindow = 256

// DrawPerClaim is how many ready pending shares a claim of a sealed packet draws before taking its own index
// (the escrow's _DRAWS_PER_CLAIM).
const DrawPerClaim = 2

// DrawPerSettle is how many shares of one packet a settle or settleMany call draws at most (_DRAWS_PER_SETTLE).
const DrawPerSettle = 50

// SealedSeed is the random word of sealed share `index` of packet `id` claimed by `claimer`:
// uint256(keccak256(abi.encode(h, id, index, claimer))), where h is the hash of the block after the claim's.
func SealedSeed(h common.Hash, id *big.Int, index uint64, claimer common.Address) *uint256.Int {
	var buf [128]byte
	copy(buf[0:32], h[:])
	copy(buf[32:64], math.U256Bytes(new(big.Int).Set(id)))
	binary.BigEndian.PutUint64(buf[88:96], index)
	copy(buf[96+12:128], claimer[:])
	return new(uint256.Int).SetBytes32(crypto.Keccak256(buf[:]))
}

// PendingClaim is a claim of a sealed packet whose share is not drawn yet.
type PendingClaim struct {
	Index   uint64
	Claimer common.Address
	Block   uint64 // the claim's block b; its share is drawn from the hash of block b + 1
}

// ReadyAt is the first block in which the share can be drawn (the hash of b + 1 is readable from b + 2 on).
func (p PendingClaim) ReadyAt() uint64 { return p.Block + 2 }

// Drawn is one share drawn by Sealed.Draw.
type Drawn struct {
	PendingClaim
	Amount   *uint256.Int
	Averaged bool // drawn too late: got exactly the current average
}

// Sealed is the draw state of a SealedLucky packet as the escrow keeps it: what is left, the shares, how many
// were drawn, the minimum share, and the pending claims in index order. Draw and Unheld change it exactly as the
// contract's settlement and take-backs do, so tools can say what a settlement will pay and tests can compare.
type Sealed struct {
	ID      *big.Int
	Rem     *uint256.Int
	Shares  uint64
	Settled uint64
	Min     *uint256.Int
	Pending []PendingClaim
}

// Claim appends a claim by `claimer` at block `b` (the caller checked that a share is free).
func (s *Sealed) Claim(claimer common.Address, b uint64) PendingClaim {
	p := PendingClaim{Index: s.Settled + uint64(len(s.Pending)), Claimer: claimer, Block: b}
	s.Pending = append(s.Pending, p)
	return p
}

// Draw draws, oldest first, at most max (<= 0: all) of the pending shares that are ready in block `head` (the
// block that runs the settlement), reading block hashes with hashOf; a hash older than BlockHashWindow blocks
// reads as zero, and the share gets the current average. It stops at the first share that is not ready.
func (s *Sealed) Draw(head uint64, max int, hashOf func(uint64) common.Hash) ([]Drawn, error) {
	var out []Drawn
	for len(s.Pending) > 0 && (max <= 0 || len(out) < max) {
		p := s.Pending[0]
		if p.Block+1 >= head {
			break
		}
		var h common.Hash
		if p.Block+1+BlockHashWindow >= head {
			h = hashOf(p.Block + 1)
		}
		amt, averaged, err := SealedAmount(s.Rem, s.Shares-s.Settled, s.Min, h, s.ID, p.Index, p.Claimer)
		if err != nil {
			return out, fmt.Errorf("draw share %d of packet %s: %w", p.Index, s.ID, err)
		}
		s.Rem = new(uint256.Int).Sub(s.Rem, amt)
		s.Settled++
		s.Pending = s.Pending[1:]
		out = append(out, Drawn{PendingClaim: p, Amount: amt, Averaged: averaged})
	}
	return out, nil
}

// SealedAmount is the share drawn for sealed share `index` with `rem` left over `k` undrawn shares and minimum m:
// the whole rest when k == 1; exactly the current average rem / k when h is zero (the hash was no longer
// readable); else Amount(rem, k, m, SealedSeed(h, id, index, claimer)).
func SealedAmount(rem *uint256.Int, k uint64, m *uint256.Int, h common.Hash, id *big.Int, index uint64, claimer common.Address) (*uint256.Int, bool, error) {
	kk := uint256.NewInt(k)
	if k == 1 {
		amt, err := Amount(rem, kk, m, new(uint256.Int))
		return amt, false, err
	}
	if h == (common.Hash{}) {
		if k == 0 {
			return nil, false, fmt.Errorf("%w: k = 0", ErrInvalidInput)
		}
		return new(uint256.Int).Div(rem, kk), true, nil
	}
	amt, err := Amount(rem, kk, m, SealedSeed(h, id, index, claimer))
	return amt, false, err
}

// DrawsReady says whether the oldest pending share can be drawn in block `head`: then a refund, undo or intercept
// reverts with DrawsReady (the escrow's _unheld), since the draw is knowable and a take-back must not replace it.
func (s *Sealed) DrawsReady(head uint64) bool {
	return len(s.Pending) > 0 && s.Pending[0].Block+1 < head
}

// Unheld is what a refund, undo or intercept takes back now (when DrawsReady is false), as the contract's _unheld: everything when nothing
// is pending; else each pending claim keeps the current average floor(rem / k), the shares are cut to the claims
// taken, and the rest goes back (zero, and ok false, when pending claims hold every share left). It updates s.
func (s *Sealed) Unheld() (back *uint256.Int, ok bool) {
	p := uint64(len(s.Pending))
	if p == 0 {
		back, s.Rem = s.Rem, new(uint256.Int)
		return back, true
	}
	k := s.Shares - s.Settled
	if k == p {
		return new(uint256.Int), false
	}
	keep := new(uint256.Int).Div(s.Rem, uint256.NewInt(k))
	keep.Mul(keep, uint256.NewInt(p))
	back = new(uint256.Int).Sub(s.Rem, keep)
	s.Rem = keep
	s.Shares = s.Settled + p
	return back, true
}
