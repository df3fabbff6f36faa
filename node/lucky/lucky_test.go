package lucky

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func u(v uint64) *uint256.Int { return uint256.NewInt(v) }

// pow2 is 2^n as a word (n < 256).
func pow2(n uint) *uint256.Int { return new(uint256.Int).Lsh(u(1), n) }

// maxWord is 2^256 - 1.
func maxWord() *uint256.Int { return new(uint256.Int).SetAllOne() }

func sub(a *uint256.Int, b uint64) *uint256.Int { return new(uint256.Int).Sub(a, u(b)) }

func TestAmountEdges(t *testing.T) {
	tests := []struct {
		name      string
		rem, k, m *uint256.Int
		r         *uint256.Int
		want      *uint256.Int // nil: only the bounds and the math/big reference are checked
		wantErr   bool         // ErrInvalidInput expected
	}{
		{name: "k == 1 takes rem", rem: u(12345), k: u(1), m: u(7), r: maxWord(), want: u(12345)},
		{name: "k == 1 with rem == m", rem: u(7), k: u(1), m: u(7), r: u(3), want: u(7)},
		{name: "k == 1 takes 2^256-1", rem: maxWord(), k: u(1), m: u(1), r: u(0), want: maxWord()},
		{name: "k == 1 rem < m reverts", rem: u(6), k: u(1), m: u(7), r: u(0), wantErr: true},
		{name: "k == 0 reverts", rem: u(100), k: u(0), m: u(0), r: u(0), wantErr: true},
		{name: "k == 0 with zeros reverts", rem: u(0), k: u(0), m: u(0), r: u(0), wantErr: true},
		{name: "rem < m*k reverts", rem: u(29), k: u(3), m: u(10), r: u(0), wantErr: true},
		{name: "rem == m*k gives m", rem: u(30), k: u(3), m: u(10), r: maxWord(), want: u(10)},
		{name: "rem == m*k at 10,000 shares", rem: u(10_000 * 99), k: u(10_000), m: u(99), r: u(123456789), want: u(99)},
		{name: "m == 0 draws r mod (2a+1)", rem: u(10), k: u(3), m: u(0), r: u(100), want: u(2)}, // a=3, span 7
		{name: "m == 0 may draw 0", rem: u(10), k: u(3), m: u(0), r: u(7), want: u(0)},
		{name: "m == 0 top of range 2a", rem: u(10), k: u(3), m: u(0), r: u(6), want: u(6)},
		{name: "empty packet with m == 0", rem: u(0), k: u(5), m: u(0), r: u(42), want: u(0)},
		{name: "empty packet with m == 1 reverts", rem: u(0), k: u(1), m: u(1), r: u(0), wantErr: true},
		{name: "r == 0 gives m", rem: u(1000), k: u(4), m: u(5), r: u(0), want: u(5)},
		{name: "r == span-1 gives 2a-m", rem: u(1000), k: u(4), m: u(5), r: u(490), want: u(495)}, // a=250, span 491
		{name: "r == span wraps to m", rem: u(1000), k: u(4), m: u(5), r: u(491), want: u(5)},
		{name: "k = 10,000 bottom", rem: u(1e18), k: u(10_000), m: u(1), r: u(0), want: u(1)},
		{name: "k = 10,000 top", rem: u(1e18), k: u(10_000), m: u(1), r: u(2e14 - 2), want: u(2e14 - 1)},
		{name: "k = 10,000 middle", rem: u(1e18), k: u(10_000), m: u(1), r: u(2e14 + 5), want: u(7)},
		{
			name: "2^128-1 over 2 shares, top draw", rem: sub(pow2(128), 1), k: u(2), m: u(1),
			r: sub(pow2(128), 4), want: sub(pow2(128), 3), // a = 2^127-1, span 2^128-3, 2a-m = 2^128-3
		},
		{
			name: "2^128-1 over 2 shares, wrap", rem: sub(pow2(128), 1), k: u(2), m: u(1),
			r: sub(pow2(128), 3), want: u(1),
		},
		{
			name: "2^128 over 3 shares, m 2^96", rem: pow2(128), k: u(3), m: pow2(96), r: maxWord(),
		},
		{name: "2^128 over 3 shares, m too big", rem: pow2(128), k: u(3), m: pow2(127), wantErr: true},
		{
			name: "2^256-1 over 2 shares, r max wraps to 0", rem: maxWord(), k: u(2), m: u(0), r: maxWord(),
			want: u(0), // a = 2^255-1, span = 2^256-1: no overflow, r mod span = 0
		},
		{
			name: "2^256-1 over 2 shares, r max-1 is 2a", rem: maxWord(), k: u(2), m: u(0), r: sub(maxWord(), 1),
			want: sub(maxWord(), 1),
		},
		{
			name: "2^256-1 over 2 shares, m 2^254", rem: maxWord(), k: u(2), m: pow2(254), r: maxWord(),
		},
		{name: "2^256-1 over 2^256-1 shares", rem: maxWord(), k: maxWord(), m: u(1), r: maxWord(), want: u(1)},
		{name: "2^256-1 shares of 0", rem: u(0), k: maxWord(), m: u(0), r: maxWord(), want: u(0)},
		{name: "2^256-1 shares, m 1, too little", rem: sub(maxWord(), 1), k: maxWord(), m: u(1), r: u(0), wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r
			if r == nil {
				r = u(0)
			}
			remBefore, rBefore := tc.rem.Clone(), r.Clone()
			got, err := Amount(tc.rem, tc.k, tc.m, r)
			require.Equal(t, remBefore, tc.rem, "Amount must not modify rem")
			require.Equal(t, rBefore, r, "Amount must not modify r")
			require.Equal(t, tc.wantErr, !validInput(tc.rem, tc.k, tc.m), "table entry contradicts the precondition")
			if tc.wantErr {
				require.ErrorIs(t, err, ErrInvalidInput)
				require.Nil(t, got)
				return
			}
			require.NoError(t, err)
			checkBounds(t, tc.rem, tc.k, tc.m, got)
			if tc.want != nil {
				require.Equal(t, tc.want.Dec(), got.Dec())
			}
			require.Equal(t, reference(tc.rem, tc.k, tc.m, r).String(), got.Dec(), "math/big reference")
		})
	}
}

// A whole packet with rem == m*k: every share is exactly m, the last one included, and the sum is exact.
func TestAmountTightPacketEveryShareIsMinimum(t *testing.T) {
	const k, m = 10_000, 3
	rem := u(k * m)
	for i := uint64(0); i < k; i++ {
		share, err := Amount(rem, u(k-i), u(m), Seed(common.Hash{1}, big.NewInt(7), i, common.Address{byte(i)}))
		require.NoError(t, err)
		require.Equal(t, uint64(m), share.Uint64(), "share %d", i)
		rem.Sub(rem, share)
	}
	require.True(t, rem.IsZero())
}

// A whole 10,000-share packet drawn with real seeds: every share in bounds, and the sum is the total.
func TestAmountFullPacketSumsExactly(t *testing.T) {
	const k = 10_000
	total := new(uint256.Int).Mul(u(1e18), u(1000))
	rem, m := total.Clone(), u(1e9)
	sum := new(uint256.Int)
	for i := uint64(0); i < k; i++ {
		share, err := Amount(rem, u(k-i), m, Seed(common.Hash{9}, big.NewInt(42), i, common.BigToAddress(big.NewInt(int64(i)+1))))
		require.NoError(t, err)
		checkBounds(t, rem, u(k-i), m, share)
		rem.Sub(rem, share)
		sum.Add(sum, share)
	}
	require.True(t, rem.IsZero())
	require.Equal(t, total, sum)
}

func TestEqual(t *testing.T) {
	tests := []struct {
		rem, k uint64
		want   uint64
	}{
		{rem: 100, k: 3, want: 33},
		{rem: 100, k: 1, want: 100},
		{rem: 2, k: 3, want: 0},
		{rem: 10_000, k: 10_000, want: 1},
	}
	for _, tc := range tests {
		got, err := Equal(u(tc.rem), u(tc.k))
		require.NoError(t, err)
		require.Equal(t, tc.want, got.Uint64(), "Equal(%d, %d)", tc.rem, tc.k)
	}
	_, err := Equal(u(5), u(0))
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestSeedIsKeccakOfABIEncoding(t *testing.T) {
	prev := common.HexToHash("0x8f1ad5f0f16a1a3d7b4e4c2d6f2b3a9e0c1d2e3f405162738495a6b7c8d9eaf0")
	claimer := common.HexToAddress("0x70997970C51812dc3A04C010d9b95e4Ee9A6e2F2")
	// abi.encode(bytes32, uint256, uint256, address): four 32-byte words, the address left-padded.
	want := crypto.Keccak256(
		prev[:],
		common.LeftPadBytes(big.NewInt(123456).Bytes(), 32),
		common.LeftPadBytes(big.NewInt(17).Bytes(), 32),
		common.LeftPadBytes(claimer[:], 32),
	)
	got := Seed(prev, big.NewInt(123456), 17, claimer)
	require.Equal(t, common.BytesToHash(want), common.Hash(got.Bytes32()))

	// Each input matters.
	require.NotEqual(t, got, Seed(common.Hash{}, big.NewInt(123456), 17, claimer))
	require.NotEqual(t, got, Seed(prev, big.NewInt(123457), 17, claimer))
	require.NotEqual(t, got, Seed(prev, big.NewInt(123456), 18, claimer))
	require.NotEqual(t, got, Seed(prev, big.NewInt(123456), 17, common.Address{}))
}

func TestAmountErrorWrapsSentinel(t *testing.T) {
	_, err := Amount(u(5), u(2), u(3), u(0))
	require.True(t, errors.Is(err, ErrInvalidInput))
	require.Contains(t, err.Error(), "rem 5")
}

// FuzzAmount checks the bounds of rules §3 on arbitrary 256-bit inputs: invalid exactly when k == 0 or
// rem < m*k; the last share takes the rest; other shares lie in [m, 2a - m]; every later share can still get
// m; and the result equals a math/big reference.
func FuzzAmount(f *testing.F) {
	max := maxWord().Bytes32()
	f.Add([]byte{0x30, 0x39}, uint64(1), []byte{7}, []byte{1})
	f.Add([]byte{0x03, 0xe8}, uint64(4), []byte{5}, []byte{0x01, 0xea})
	f.Add(max[:], uint64(2), []byte{}, max[:])
	f.Add(pow2(128).Bytes(), uint64(3), pow2(96).Bytes(), max[:])
	f.Add([]byte{0x75, 0x30}, uint64(10_000), []byte{3}, []byte{0xff})
	f.Add([]byte{}, uint64(0), []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, remB []byte, k64 uint64, mB, rB []byte) {
		rem, m, r := word(remB), word(mB), word(rB)
		k := u(k64)
		got, err := Amount(rem, k, m, r)
		if !validInput(rem, k, m) {
			require.ErrorIs(t, err, ErrInvalidInput)
			return
		}
		require.NoError(t, err)
		checkBounds(t, rem, k, m, got)
		require.Equal(t, reference(rem, k, m, r).String(), got.Dec())
	})
}

// word reads up to the last 32 bytes of b as a big-endian word.
func word(b []byte) *uint256.Int {
	if len(b) > 32 {
		b = b[len(b)-32:]
	}
	return new(uint256.Int).SetBytes(b)
}

// validInput is the contract's precondition, computed without word arithmetic: k >= 1 and rem >= m*k.
func validInput(rem, k, m *uint256.Int) bool {
	if k.IsZero() {
		return false
	}
	return rem.ToBig().Cmp(new(big.Int).Mul(m.ToBig(), k.ToBig())) >= 0
}

// checkBounds asserts the guarantees of rules §3 for a valid draw, in math/big so nothing can wrap.
func checkBounds(t *testing.T, rem, k, m, got *uint256.Int) {
	t.Helper()
	R, K, M, G := rem.ToBig(), k.ToBig(), m.ToBig(), got.ToBig()
	if K.Cmp(big.NewInt(1)) == 0 {
		require.Zero(t, G.Cmp(R), "k == 1 must take rem: got %s, rem %s", G, R)
		return
	}
	a := new(big.Int).Div(R, K)
	hi := new(big.Int).Sub(new(big.Int).Lsh(a, 1), M)
	require.True(t, G.Cmp(M) >= 0, "share %s below m %s", G, M)
	require.True(t, G.Cmp(hi) <= 0, "share %s above 2a-m %s", G, hi)
	left := new(big.Int).Sub(R, G)
	need := new(big.Int).Mul(M, new(big.Int).Sub(K, big.NewInt(1)))
	require.True(t, left.Cmp(need) >= 0, "rest %s cannot give %s later shares m %s", left, new(big.Int).Sub(K, big.NewInt(1)), M)
}

// reference is rules §3 in math/big, for valid inputs.
func reference(rem, k, m, r *uint256.Int) *big.Int {
	if k.Uint64() == 1 && k.IsUint64() {
		return rem.ToBig()
	}
	a := new(big.Int).Div(rem.ToBig(), k.ToBig())
	span := new(big.Int).Sub(new(big.Int).Lsh(a, 1), new(big.Int).Lsh(m.ToBig(), 1))
	span.Add(span, big.NewInt(1))
	return new(big.Int).Add(m.ToBig(), new(big.Int).Mod(r.ToBig(), span))
}
