// Package lucky mirrors, bit for bit, the share rules of the escrow's group packets (rules §3): the "double
// average" (二倍均值法) split of Lucky packets, its random word, and the Equal split. Tools use it to explain
// or predict a claim; tests compare it against the contract's pure `luckyAmount` on random inputs.
//
// All arithmetic is on 256-bit words (github.com/holiman/uint256), exactly as the EVM computes it.
package lucky

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// ErrInvalidInput is returned by Amount exactly when the contract reverts with InvalidLuckyInput(rem, k, m):
// no share is left (k == 0) or the rest cannot give every share its minimum (rem / k < m, i.e. rem < m*k).
var ErrInvalidInput = errors.New("lucky: invalid input (need k >= 1 and rem >= m*k)")

// Amount is the share of the next claim of a Lucky packet with `rem` left over `k` shares, minimum share `m`
// and random word `r` (see Seed), as LuckySplit.amount computes it:
//
//   - k == 1: the last claimer takes the whole rest, rem;
//   - otherwise, with the current average a = floor(rem / k): m + r mod (2a - 2m + 1).
//
// The draw is uniform on [m, 2a - m], so its mean is a and, because 2a - m <= rem - m*(k-1), every later
// share can still get at least m and the shares sum to the total exactly. For k >= 2, a <= rem/2 < 2^255, so
// 2a - 2m + 1 never overflows a word. The inputs are not modified.
func Amount(rem, k, m, r *uint256.Int) (*uint256.Int, error) {
	if k.IsZero() {
		return nil, fmt.Errorf("%w: k = 0 (rem %s, m %s)", ErrInvalidInput, rem.Dec(), m.Dec())
	}
	a := new(uint256.Int).Div(rem, k)
	if a.Lt(m) {
		return nil, fmt.Errorf("%w: rem %s / k %s < m %s", ErrInvalidInput, rem.Dec(), k.Dec(), m.Dec())
	}
	if k.IsUint64() && k.Uint64() == 1 {
		return rem.Clone(), nil
	}
	// span = 2a - 2m + 1, the number of possible draws; wrapping ops as in the contract's unchecked block.
	span := new(uint256.Int).Lsh(a, 1)
	span.Sub(span, new(uint256.Int).Lsh(m, 1))
	span.AddUint64(span, 1)
	share := new(uint256.Int).Mod(r, span)
	return share.Add(share, m), nil
}

// Equal is the share of the next claim of an Equal packet with `rem` left over `k` shares: rem / k, and the
// whole rest for the last share (k == 1), so the rounding dust goes to the last claimer. It returns
// ErrInvalidInput for k == 0 (the contract never gets there: a packet with no share left is closed).
func Equal(rem, k *uint256.Int) (*uint256.Int, error) {
	if k.IsZero() {
		return nil, fmt.Errorf("%w: k = 0 (rem %s)", ErrInvalidInput, rem.Dec())
	}
	if k.IsUint64() && k.Uint64() == 1 {
		return rem.Clone(), nil
	}
	return new(uint256.Int).Div(rem, k), nil
}

// Seed is the random word r of the claim with 0-based index `index` (the number of claims before it) of
// packet `id` by `claimer`: uint256(keccak256(abi.encode(prevrandao, id, index, claimer))), where prevrandao
// is the claim block's PREVRANDAO (the MixDigest field of its header after the Merge).
//
// `id` is taken as a 256-bit word (two's complement mod 2^256, as the EVM would see it); real ids are small.
func Seed(prevrandao common.Hash, id *big.Int, index uint64, claimer common.Address) *uint256.Int {
	var buf [128]byte
	copy(buf[0:32], prevrandao[:])
	copy(buf[32:64], math.U256Bytes(new(big.Int).Set(id)))
	binary.BigEndian.PutUint64(buf[88:96], index)
	copy(buf[96+12:128], claimer[:])
	return new(uint256.Int).SetBytes32(crypto.Keccak256(buf[:]))
}
