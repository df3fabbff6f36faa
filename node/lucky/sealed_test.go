package lucky

import (
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// FuzzSealedDraw plays an arbitrary sequence of claims, block steps, draws and take-backs on a Sealed state and
// checks, after every step, what the escrow guarantees: money is conserved (drawn + taken back + rem == total),
// every drawn share is at least the minimum and at most what the later shares leave (rem - m*(k-1)), a share
// drawn after its hash left the window is exactly the average, and the last share takes the rest. Take-backs
// happen only where the escrow allows them (no draw knowable yet; the packet not closed by an earlier one).
//
// ops: each byte is one step: 0-3 claim, 4 next block, 5 jump 300 blocks, 6 draw up to 4 (a claim's own
// draws), 7 draw all (settle), 8 take back (Unheld).
func FuzzSealedDraw(f *testing.F) {
	f.Add(uint64(10_000), uint16(5), uint64(1), []byte{0, 4, 0, 4, 4, 6, 0, 0, 4, 4, 7, 8, 4, 4, 7}, []byte{1})
	f.Add(uint64(1_000_000_007), uint16(40), uint64(3), []byte{0, 1, 2, 3, 5, 7, 0, 4, 4, 6, 8, 5, 7}, []byte{9, 9})
	f.Add(uint64(6), uint16(3), uint64(2), []byte{0, 0, 0, 4, 4, 8, 7}, []byte{})
	f.Fuzz(func(t *testing.T, total uint64, shares uint16, m uint64, ops, salt []byte) {
		if shares == 0 || m == 0 || total/uint64(shares) < m {
			return // the escrow refuses such a packet at send
		}
		s := &Sealed{ID: big.NewInt(7), Rem: uint256.NewInt(total), Shares: uint64(shares), Min: uint256.NewInt(m)}
		hashOf := func(n uint64) common.Hash {
			var b [8]byte
			binary.BigEndian.PutUint64(b[:], n)
			return crypto.Keccak256Hash(salt, b[:])
		}
		block := uint64(100)
		drawn, back := new(uint256.Int), new(uint256.Int)
		claimers := uint64(0)
		closed := false
		check := func(ds []Drawn, remBefore *uint256.Int, kBefore uint64) {
			rem, k := remBefore.Clone(), kBefore
			for _, d := range ds {
				require.False(t, d.Amount.Lt(s.Min), "share below the minimum")
				if k == 1 {
					require.Equal(t, rem, d.Amount, "the last share takes the rest")
				} else {
					most := new(uint256.Int).Sub(rem, new(uint256.Int).Mul(s.Min, uint256.NewInt(k-1)))
					require.False(t, d.Amount.Gt(most), "share leaves less than the minimum to the others")
					if d.Averaged {
						require.Equal(t, new(uint256.Int).Div(rem, uint256.NewInt(k)), d.Amount)
						require.Greater(t, block, d.Block+1+BlockHashWindow)
					}
				}
				rem.Sub(rem, d.Amount)
				k--
				drawn.Add(drawn, d.Amount)
			}
		}
		for _, op := range ops {
			switch op % 9 {
			case 0, 1, 2, 3:
				if !closed && s.Settled+uint64(len(s.Pending)) < s.Shares {
					claimers++
					s.Claim(common.BigToAddress(new(big.Int).SetUint64(claimers)), block)
				}
			case 4:
				block++
			case 5:
				block += 300
			case 6, 7:
				max := 0
				if op%9 == 6 {
					max = DrawPerClaim
				}
				remBefore, kBefore, pBefore := s.Rem.Clone(), s.Shares-s.Settled, len(s.Pending)
				ds, err := s.Draw(block, max, hashOf)
				require.NoError(t, err)
				require.Equal(t, pBefore-len(ds), len(s.Pending))
				check(ds, remBefore, kBefore)
				if len(s.Pending) > 0 && (max == 0 || len(ds) < max) {
					require.GreaterOrEqual(t, s.Pending[0].Block+1, block, "a ready share was left")
				}
			case 8:
				if closed || s.DrawsReady(block) {
					continue // the escrow refuses: the packet is gone, or a knowable draw must be made first
				}
				p, k := uint64(len(s.Pending)), s.Shares-s.Settled
				b, ok := s.Unheld()
				closed = closed || p == 0 // a take-back with nothing pending closes the packet
				require.Equal(t, p == 0 || k > p, ok)
				back.Add(back, b)
				if ok && p > 0 {
					require.Equal(t, s.Settled+p, s.Shares, "shares cut to the claims taken")
					require.False(t, new(uint256.Int).Div(s.Rem, uint256.NewInt(p)).Lt(s.Min), "pending claims keep at least the minimum")
				}
			}
			got := new(uint256.Int).Add(drawn, back)
			got.Add(got, s.Rem)
			require.Equal(t, uint256.NewInt(total), got, "conservation")
			require.LessOrEqual(t, s.Settled+uint64(len(s.Pending)), s.Shares)
		}
	})
}

// TestSealedDrawEverythingClosesExactly: claims spread over blocks and drawn by later claims and a final settle
// pay out the whole packet.
func TestSealedDrawEverythingClosesExactly(t *testing.T) {
	for _, shares := range []uint64{1, 2, 3, 10, 100} {
		s := &Sealed{ID: big.NewInt(1), Rem: uint256.NewInt(1_000_003), Shares: shares, Min: uint256.NewInt(1)}
		hashOf := func(n uint64) common.Hash { return crypto.Keccak256Hash(big.NewInt(int64(n)).Bytes()) }
		total := new(uint256.Int)
		block := uint64(10)
		for i := uint64(0); i < shares; i++ {
			ds, err := s.Draw(block, DrawPerClaim, hashOf)
			require.NoError(t, err)
			for _, d := range ds {
				total.Add(total, d.Amount)
			}
			s.Claim(common.BigToAddress(new(big.Int).SetUint64(i+1)), block)
			block += i % 3
		}
		ds, err := s.Draw(block+2, 0, hashOf)
		require.NoError(t, err)
		for _, d := range ds {
			total.Add(total, d.Amount)
		}
		require.Empty(t, s.Pending)
		require.Equal(t, shares, s.Settled)
		require.Equal(t, uint256.NewInt(1_000_003), total, "shares %d", shares)
	}
}
