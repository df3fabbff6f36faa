package sealed

import (
	"math"
	"math/big"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
)

// The adversarial draw tests of issue 11: strategic claimers (contracts in contracts/src/test/DrawAttackers.sol)
// against the instant Lucky draw and the sealed one, each over many packets, measuring the strategist's mean
// share over the packet's average (total / shares). Every packet has 6 shares of 1 ETH on average: 4 honest
// claimers (DrawCrowd identities, one claim per block), the strategist, and one share left over, so that the
// strategist never faces the deterministic last share. The strategist's transaction comes first in each block:
// it always has the first look.
//
// HONGBAO_LUCKY_ATTACKS=1 runs 1,000 packets per strategy and draw (a few minutes); a number runs that many;
// the default is a small sample (30 packets, ~20 s) with a bound loosened by its standard error, and without
// the no-keeper run (257 empty blocks per wave).

var (
	strategistABI = mocks.NewDrawStrategist()
	sybilABI      = mocks.NewDrawSybil()
	crowdABI      = mocks.NewDrawCrowd()
)

const (
	attackShares  = 6
	attackHonest  = 4
	attackBps     = 18_000 // claim only when the draw is >= 1.8x the average (the attacker)
	attackPatient = 60     // rounds a patient strategist waits before it claims anyway (0.9^60 < 0.2%)
	attackWave    = 100    // packets played at the same time (one strategist transaction per block)
	sybilChunk    = 50     // packets a sybil transaction evaluates (16 identities each)
	sybilCount    = 16
)

func attackPackets(t *testing.T) int {
	switch v := os.Getenv("HONGBAO_LUCKY_ATTACKS"); v {
	case "":
		if testing.Short() {
			return 16
		}
		return 30
	case "1":
		return 1000
	default:
		n, err := strconv.Atoi(v)
		require.NoError(t, err, "HONGBAO_LUCKY_ATTACKS: 1 or a number of packets")
		return n
	}
}

type strategy string

const (
	patient  strategy = "claim-if-large"        // (a) computes its draw, claims when >= 1.8x, else waits a block
	reverter strategy = "claim-and-revert"      // (b) claims, reverts when paid < 1.8x, retries next block
	sybil    strategy = "16-identities"         // (c) evaluates 16 identities in one transaction, best one claims
	settler  strategy = "withholding-settler"   // (d) sealed: settles its own share only when >= average
	loner    strategy = "withholding-no-keeper" // (d) with nobody else drawing for 256 blocks: the keeper's job
)

// attackResult is one run's per-packet ratios (share / packet average).
type attackResult struct {
	strat, honest []float64
	tries         uint64 // refused or reverted tries
	averaged      int    // DrawAveraged events
	blocks        int
}

func meanSE(xs []float64) (mean, se float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	var v float64
	for _, x := range xs {
		v += (x - mean) * (x - mean)
	}
	v /= float64(len(xs) - 1)
	return mean, math.Sqrt(v / float64(len(xs)))
}

func TestDrawAttacks(t *testing.T) {
	n := attackPackets(t)
	e, err := contracttest.New(4)
	require.NoError(t, err)
	defer e.Close()
	crowd, err := e.DeployMock(mocks.DrawCrowdMetaData.Bin, crowdABI.PackConstructor(big.NewInt(attackHonest)))
	require.NoError(t, err)

	cases := []struct {
		kind uint8
		s    strategy
	}{
		{contracttest.Lucky, patient},
		{contracttest.Lucky, reverter},
		{contracttest.Lucky, sybil},
		{contracttest.SealedLucky, patient},
		{contracttest.SealedLucky, reverter},
		{contracttest.SealedLucky, sybil},
		{contracttest.SealedLucky, settler},
		{contracttest.SealedLucky, loner},
	}
	for _, c := range cases {
		name := "instant/" + string(c.s)
		if c.kind == contracttest.SealedLucky {
			name = "sealed/" + string(c.s)
		}
		t.Run(name, func(t *testing.T) {
			packets := n
			if c.s == loner {
				if os.Getenv("HONGBAO_LUCKY_ATTACKS") == "" {
					t.Skip("HONGBAO_LUCKY_ATTACKS=1 runs it (257 empty blocks per wave)")
				}
				packets = min(n, 200) // the figure only shows what the keeper prevents
			}
			res := runAttack(t, e, crowd, c.kind, c.s, packets)
			m, se := meanSE(res.strat)
			hm, hse := meanSE(res.honest)
			t.Logf("%-8s %-22s packets %4d: strategist %.3fx ± %.3f (se), honest %.3fx ± %.3f, refused/reverted tries %d, averaged draws %d, blocks %d",
				map[bool]string{true: "sealed", false: "instant"}[c.kind == contracttest.SealedLucky], c.s,
				len(res.strat), m, se, hm, hse, res.tries, res.averaged, res.blocks)
			switch {
			case c.kind == contracttest.Lucky:
				// Only printed for comparison (~1.9x); this floor shows the harness can see an attack at all.
				require.Greater(t, m, 1.5)
			case c.s == loner:
				// Nobody else draws for 256 blocks: each withheld share gets exactly the average, so the strategist
				// gets max(draw, average): ~1.25x. This is what the keeper (and every later claim) prevents.
				require.Positive(t, res.averaged)
			default:
				// A fair draw has mean 1: each share is uniform on [m, 2a - m] around the current average a, whose
				// expectation is the packet's average at every index. The sample mean has standard error
				// se = sd / sqrt(n), sd taken from the sample: ~0.6 for a uniform draw on [0, 2a], ~0.8 here because
				// the current average itself wanders with the earlier draws (se ~0.15 at 30 packets, ~0.025 at
				// 1,000). The test fails above 1.05 + 3 se: a fair draw exceeds that with probability < 0.2% (so
				// the test is not flaky), while the instant draw's 1.9x exceeds it by > 5 se even at 30 packets.
				// mean + 3 se, the one-sided 99.9% upper bound that the sample itself proves, is printed.
				t.Logf("upper bound (mean + 3 se): %.3f", m+3*se)
				require.LessOrEqual(t, m, 1.05+3*se, "strategist %.3fx over %d packets", m, len(res.strat))
				require.Zero(t, res.averaged, "a share got the average: the keeper did not draw it in time")
			}
		})
	}
}

// runAttack plays `packets` packets of `kind` in waves of attackWave against strategy s and returns the ratios.
func runAttack(t *testing.T, e *contracttest.Env, crowd common.Address, kind uint8, s strategy, packets int) attackResult {
	var (
		res      attackResult
		attacker common.Address
		err      error
	)
	strat := map[common.Address]bool{}
	if s == sybil {
		attacker, err = e.DeployMock(mocks.DrawSybilMetaData.Bin, sybilABI.PackConstructor(big.NewInt(sybilCount)))
		require.NoError(t, err)
		for i := 0; i < sybilCount; i++ {
			out, err := e.Call(attacker, sybilABI.PackIdentities(big.NewInt(int64(i))))
			require.NoError(t, err)
			a, err := sybilABI.UnpackIdentities(out)
			require.NoError(t, err)
			strat[a] = true
		}
	} else {
		attacker, err = e.DeployMock(mocks.DrawStrategistMetaData.Bin, nil)
		require.NoError(t, err)
		strat[attacker] = true
	}
	avg := contracttest.Ether(1)
	total := new(big.Int).Mul(avg, big.NewInt(attackShares))
	sealed := kind == contracttest.SealedLucky
	for done := 0; done < packets; {
		w := min(attackWave, packets-done)
		ps := make([]escrow.IHongbaoEscrowSendParams, w)
		for i := range ps {
			ps[i] = escrow.IHongbaoEscrowSendParams{Kind: kind, Auth: contracttest.Open, Shares: attackShares, Ttl: 86400, Amount: total}
		}
		ids := sendMany(t, e, ps)
		got := map[string]map[common.Address]*big.Int{} // id -> claimer -> amount
		pending := 0
		wants := make([]*big.Int, w)
		for i := range wants {
			wants[i] = avg
		}
		stratClaimed := func() int {
			c := 0
			for _, m := range got {
				for a := range m {
					if strat[a] {
						c++
					}
				}
			}
			return c
		}
		stratTook := 0 // claims (sealed: pending included) by the strategist
		for r := 0; ; r++ {
			var calls []call
			// the strategist first: it has the first look in every block
			switch s {
			case patient:
				data := strategistABI.PackPatient(e.Escrow, ids, big.NewInt(attackBps))
				if r >= attackPatient {
					data = strategistABI.PackForce(e.Escrow, ids)
				}
				calls = append(calls, call{from: e.Key(1), to: attacker, data: data})
			case reverter:
				data := strategistABI.PackClaimOrRevert(e.Escrow, ids, big.NewInt(attackBps))
				if r >= attackPatient {
					data = strategistABI.PackForce(e.Escrow, ids)
				}
				calls = append(calls, call{from: e.Key(1), to: attacker, data: data})
			case sybil:
				if r == 0 {
					for _, ch := range chunks(ids, sybilChunk) {
						calls = append(calls, call{from: e.Key(1), to: attacker, data: sybilABI.PackClaimBest(e.Escrow, ch)})
					}
				}
			case settler, loner:
				// it claims after the honest claims, so that no later claim draws its share: only the keeper
				if r == attackHonest {
					calls = append(calls, call{from: e.Key(1), to: attacker, data: strategistABI.PackForce(e.Escrow, ids)})
				}
				if r > attackHonest+1 && (s == settler || r == attackHonest+2) {
					calls = append(calls, call{from: e.Key(1), to: attacker, data: strategistABI.PackSettleIfGood(e.Escrow, ids, wants)})
				}
			}
			if r < attackHonest {
				for _, ch := range chunks(ids, 50) {
					who := make([]*big.Int, len(ch))
					for i := range who {
						who[i] = big.NewInt(int64(r))
					}
					calls = append(calls, call{from: e.Key(2), to: crowd, data: crowdABI.PackClaim(e.Escrow, ch, who)})
				}
			}
			// the keeper settles every third block (so a withholding settler gets two refusals per share)
			keeper := sealed && pending > 0 && r%3 == 2
			if s == loner && r <= attackHonest+2 {
				keeper = false
			}
			if keeper {
				calls = append(calls, call{from: e.Key(3), to: e.Escrow, data: contracttest.EscrowABI.PackSettleMany(ids)})
			}
			if len(calls) == 0 {
				e.Backend.Commit()
			} else {
				rs := mine(t, e, calls...)
				res.tally(rs, got, sealed, &pending, &stratTook, strat)
			}
			res.blocks++
			if s == loner && r == attackHonest+2 {
				warpBlocks(t, e, 257) // nobody draws the withheld shares while their hash is readable
				res.blocks += 257
			}
			if r >= attackHonest && stratTook == w && pending == 0 {
				break
			}
			require.Less(t, r, attackPatient+300, "the wave does not end")
		}
		require.Equal(t, w, stratClaimed())
		for _, id := range ids {
			m := got[id.String()]
			require.Len(t, m, attackHonest+1, "packet %s", id)
			for a, amt := range m {
				f, _ := new(big.Float).Quo(new(big.Float).SetInt(amt), new(big.Float).SetInt(avg)).Float64()
				if strat[a] {
					res.strat = append(res.strat, f)
				} else {
					res.honest = append(res.honest, f)
				}
			}
		}
		done += w
	}
	if s != sybil {
		out, err := e.Call(attacker, strategistABI.PackTries())
		require.NoError(t, err)
		tries, err := strategistABI.UnpackTries(out)
		require.NoError(t, err)
		res.tries = tries.Uint64()
	}
	return res
}

// tally records the Claimed, SharePending and DrawAveraged events of a block: what each claimer got, how many
// shares are pending, and how many packets the strategist holds a claim of.
func (res *attackResult) tally(rs []*types.Receipt, got map[string]map[common.Address]*big.Int, sealed bool, pending, took *int, strat map[common.Address]bool) {
	for _, r := range rs {
		for _, ev := range contracttest.Events(r) {
			switch ev := ev.(type) {
			case *escrow.HongbaoEscrowSharePending:
				*pending++
				if strat[ev.Claimer] {
					*took++
				}
			case *escrow.HongbaoEscrowClaimed:
				if got[ev.Id.String()] == nil {
					got[ev.Id.String()] = map[common.Address]*big.Int{}
				}
				got[ev.Id.String()][ev.Claimer] = ev.Amount
				if sealed {
					*pending--
				} else if strat[ev.Claimer] {
					*took++
				}
			case *escrow.HongbaoEscrowDrawAveraged:
				res.averaged++
			}
		}
	}
}
