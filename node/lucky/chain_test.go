package lucky

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// diffCase is one input of the differential test.
type diffCase struct{ rem, k, m, r *uint256.Int }

// contractAmount calls the escrow's pure luckyAmount at the head block. It returns the share, or the decoded
// InvalidLuckyInput revert (any other failure is a test error).
func contractAmount(ctx context.Context, e *contracttest.Env, c diffCase) (*uint256.Int, *escrow.HongbaoEscrowInvalidLuckyInput, error) {
	data := contracttest.EscrowABI.PackLuckyAmount(c.rem.ToBig(), c.k.ToBig(), c.m.ToBig(), c.r.ToBig())
	out, err := e.Client.CallContract(ctx, ethereum.CallMsg{To: &e.Escrow, Data: data}, nil)
	if err != nil {
		var de rpc.DataError
		if !errors.As(err, &de) {
			return nil, nil, fmt.Errorf("luckyAmount call: %w", err)
		}
		hexData, _ := de.ErrorData().(string)
		raw := common.FromHex(hexData)
		if len(raw) < 4 {
			return nil, nil, fmt.Errorf("luckyAmount reverted without a custom error: %w", err)
		}
		decoded, derr := contracttest.EscrowABI.UnpackError(raw)
		if derr != nil {
			return nil, nil, fmt.Errorf("decode revert: %w", derr)
		}
		inv, ok := decoded.(*escrow.HongbaoEscrowInvalidLuckyInput)
		if !ok {
			return nil, nil, fmt.Errorf("unexpected revert %T", decoded)
		}
		return nil, inv, nil
	}
	v, err := contracttest.EscrowABI.UnpackLuckyAmount(out)
	if err != nil {
		return nil, nil, fmt.Errorf("unpack luckyAmount: %w", err)
	}
	return uint256.MustFromBig(v), nil, nil
}

// randWord is a full 256-bit word.
func randWord(rng *rand.Rand) *uint256.Int {
	return &uint256.Int{rng.Uint64(), rng.Uint64(), rng.Uint64(), rng.Uint64()}
}

// randBits is a word below 2^bits.
func randBits(rng *rand.Rand, bits uint) *uint256.Int {
	w := randWord(rng)
	return w.Rsh(w, 256-bits)
}

// randomCase draws inputs from several families: small numbers (many of them invalid), valid packets of up to
// 10,000 shares, totals near 2^128 (the largest packet), and full 256-bit words.
func randomCase(rng *rand.Rand) diffCase {
	switch rng.IntN(6) {
	case 0: // small: every branch, invalid inputs included
		return diffCase{u(rng.Uint64N(1000)), u(rng.Uint64N(20)), u(rng.Uint64N(60)), u(rng.Uint64N(1 << 20))}
	case 1: // a valid packet state with ETH-like amounts
		k := 1 + rng.Uint64N(10_000)
		m := u(rng.Uint64N(1e12))
		rem := new(uint256.Int).Mul(m, u(k))
		rem.Add(rem, randBits(rng, 1+uint(rng.IntN(80))))
		return diffCase{rem, u(k), m, randWord(rng)}
	case 2: // totals near 2^128
		rem := new(uint256.Int).Sub(pow2(128), u(rng.Uint64N(1<<32)))
		k := u(1 + rng.Uint64N(10_000))
		return diffCase{rem, k, randBits(rng, 96), randWord(rng)}
	case 3: // tight: rem == m*k, or one below (invalid)
		k := 1 + rng.Uint64N(10_000)
		m := randBits(rng, 1+uint(rng.IntN(110)))
		rem := new(uint256.Int).Mul(m, u(k))
		if rng.IntN(2) == 0 && !rem.IsZero() {
			rem.SubUint64(rem, 1)
		}
		return diffCase{rem, u(k), m, randWord(rng)}
	case 4: // full words with a small k
		rem := randWord(rng)
		k := u(1 + rng.Uint64N(4))
		m := new(uint256.Int).Div(rem, u(1+rng.Uint64N(8)))
		return diffCase{rem, k, m, randWord(rng)}
	default: // everything a random word
		return diffCase{randWord(rng), randBits(rng, uint(1+rng.IntN(256))), randBits(rng, uint(1+rng.IntN(256))), randWord(rng)}
	}
}

// edgeCases are the unit-test edges, also run against the contract.
func edgeCases() []diffCase {
	max := maxWord()
	return []diffCase{
		{u(12345), u(1), u(7), max}, {u(6), u(1), u(7), u(0)}, {u(100), u(0), u(0), u(0)}, {u(0), u(0), u(0), u(0)},
		{u(29), u(3), u(10), u(0)}, {u(30), u(3), u(10), max}, {u(10), u(3), u(0), u(100)}, {u(0), u(5), u(0), u(42)},
		{u(1000), u(4), u(5), u(490)}, {u(1000), u(4), u(5), u(491)}, {u(1e18), u(10_000), u(1), u(2e14 - 2)},
		{sub(pow2(128), 1), u(2), u(1), sub(pow2(128), 4)}, {pow2(128), u(3), pow2(96), max}, {pow2(128), u(3), pow2(127), u(0)},
		{max, u(2), u(0), max}, {max, u(2), u(0), sub(max, 1)}, {max, u(2), pow2(254), max}, {max, max, u(1), max},
		{u(0), max, u(0), max}, {sub(max, 1), max, u(1), u(0)}, {max, u(1), u(1), u(0)}, {max, u(3), new(uint256.Int).Div(max, u(3)), max},
	}
}

// seedFromEnv returns HONGBAO_LUCKY_SEED if set, else a time-based seed.
func seedFromEnv(t *testing.T) uint64 {
	if s := os.Getenv("HONGBAO_LUCKY_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		require.NoError(t, err, "HONGBAO_LUCKY_SEED")
		return v
	}
	return uint64(time.Now().UnixNano())
}

// TestAmountMatchesContract compares Amount with the contract's luckyAmount on the edges and 10,000 random
// inputs: the same share, or ErrInvalidInput exactly when the contract reverts InvalidLuckyInput(rem, k, m).
func TestAmountMatchesContract(t *testing.T) {
	e, err := contracttest.New(1)
	require.NoError(t, err)
	defer e.Close()

	seed := seedFromEnv(t)
	t.Logf("seed %d (rerun with HONGBAO_LUCKY_SEED=%d)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	cases := edgeCases()
	for range 10_000 {
		cases = append(cases, randomCase(rng))
	}

	ctx := context.Background()
	start := time.Now()
	var reverts int
	for i, c := range cases {
		want, inv, err := contractAmount(ctx, e, c)
		require.NoError(t, err, "case %d", i)
		got, gotErr := Amount(c.rem, c.k, c.m, c.r)
		msg := fmt.Sprintf("case %d (seed %d): rem %s k %s m %s r %s", i, seed, c.rem.Hex(), c.k.Hex(), c.m.Hex(), c.r.Hex())
		if inv != nil {
			reverts++
			require.ErrorIs(t, gotErr, ErrInvalidInput, msg)
			require.Equal(t, c.rem.ToBig(), inv.Rem, msg)
			require.Equal(t, c.k.ToBig(), inv.K, msg)
			require.Equal(t, c.m.ToBig(), inv.M, msg)
			continue
		}
		require.NoError(t, gotErr, msg)
		require.Equal(t, want.Hex(), got.Hex(), msg)
	}
	t.Logf("%d inputs, %d reverts, %s of calls", len(cases), reverts, time.Since(start).Round(time.Millisecond))
	// Both outcomes must be well represented, or the comparison says little.
	require.Greater(t, reverts, len(cases)/20)
	require.Greater(t, len(cases)-reverts, len(cases)/2)
}

// TestSeedReproducesOnChainClaims sends a Lucky packet, claims it out with five accounts and recomputes each
// share from the claim block's prevrandao (its header's MixDigest), the packet id, the claim index and the
// claimer; an Equal packet is checked with Equal alongside.
func TestSeedReproducesOnChainClaims(t *testing.T) {
	e, err := contracttest.New(8)
	require.NoError(t, err)
	defer e.Close()
	ck, err := crypto.GenerateKey()
	require.NoError(t, err)
	ckAddr := crypto.PubkeyToAddress(ck.PublicKey)

	for _, kind := range []uint8{contracttest.Lucky, contracttest.Equal} {
		const shares = 7
		total := new(big.Int).Add(contracttest.Ether(3), big.NewInt(12345))
		id, _, err := e.SendPacket(e.Key(0), contracttest.GroupParams(kind, shares, total, ckAddr))
		require.NoError(t, err)
		pkt := e.Packet(id)
		m := uint256.MustFromBig(pkt.MinShare)
		rem := uint256.MustFromBig(total)
		sum := new(big.Int)
		seedMattered := false
		for i := uint64(0); i < shares; i++ {
			claimer := e.Key(int(i) + 1)
			claimerAddr := e.Addr(int(i) + 1)
			r, err := e.ClaimWithKey(claimer, ck, id)
			require.NoError(t, err)
			amount := claimedAmount(t, r.Logs)
			header, err := e.Client.HeaderByNumber(context.Background(), r.BlockNumber)
			require.NoError(t, err)

			k := u(shares - i)
			var want *uint256.Int
			if kind == contracttest.Lucky {
				want, err = Amount(rem, k, m, Seed(header.MixDigest, id, i, claimerAddr))
				require.NoError(t, err)
				// A draw from another prevrandao should differ for at least one non-final claim.
				other, err := Amount(rem, k, m, Seed(header.ParentHash, id, i, claimerAddr))
				require.NoError(t, err)
				seedMattered = seedMattered || !other.Eq(want)
			} else {
				want, err = Equal(rem, k)
				require.NoError(t, err)
			}
			require.Equal(t, want.ToBig().String(), amount.String(), "kind %d claim %d", kind, i)
			rem.Sub(rem, want)
			sum.Add(sum, amount)
		}
		require.True(t, rem.IsZero())
		require.Equal(t, total, sum)
		require.Equal(t, contracttest.StatusClosed, e.Packet(id).Status)
		if kind == contracttest.Lucky {
			require.True(t, seedMattered, "the draws never depended on prevrandao")
		}
	}
}

// claimedAmount is the amount of the single Claimed event in logs.
func claimedAmount(t *testing.T, logs []*types.Log) *big.Int {
	t.Helper()
	var found *big.Int
	for _, l := range logs {
		if ev, err := contracttest.EscrowABI.UnpackClaimedEvent(l); err == nil {
			require.Nil(t, found, "two Claimed events")
			found = ev.Amount
		}
	}
	require.NotNil(t, found, "no Claimed event")
	return found
}
