package cli

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/units"
)

var (
	demoHeader     = regexp.MustCompile(`(?m)^== (\d+)\. (.+) ==$`)
	demoStepRef    = regexp.MustCompile(`step (\d+)(?:: ([^)]+))?`)
	demoAliceTCNY  = regexp.MustCompile(`Alice (\d+\.\d\d) tCNY`)
	demoBudgetMove = regexp.MustCompile(`budget (\d+\.\d\d) tCNY → (\d+\.\d\d) tCNY · Alice (\d+\.\d\d) tCNY → (\d+\.\d\d) tCNY`)
	demoRoundTrip  = regexp.MustCompile(`round trip: (\d+\.\d\d) tCNY in, .* = (\d+\.\d\d) tCNY back`)
	demoTCNY       = regexp.MustCompile(`(\d+\.\d\d) tCNY`)
	demoTooPrecise = regexp.MustCompile(`\d\.\d{7,}`)
	demoSealedSent = regexp.MustCompile(`Alice sends packet (\d+): sealed-lucky, (\d+\.\d\d) tCNY`)
	demoDrawn      = regexp.MustCompile(`drawn: (\w+) (\d+\.\d\d) tCNY \(share (\d) of 3, from the hash of block (\d+)`)
	demoSealedSum  = regexp.MustCompile(`Bob (\d+\.\d\d) tCNY \+ Carol (\d+\.\d\d) tCNY \+ left (\d+\.\d\d) tCNY = (\d+\.\d\d) tCNY`)
	demoBalanceOf  = regexp.MustCompile(`(\w+) (\d+\.\d\d) tCNY`)
)

// The demo as a reader sees it: every "step N" it points at is that step, every amount is readable, and the
// balances it prints add up — Alice's tCNY trail runs through the organisation's budget and back, and the
// cast ends with the tCNY it started with.
func TestDemoNarrationAddsUp(t *testing.T) {
	hermetic(t)
	var out, errb strings.Builder
	err := Run(t0(), []string{"hongbao", "demo"}, strings.NewReader(""), &out, &errb)
	require.NoError(t, err, errb.String())
	text := out.String()
	require.Empty(t, errb.String(), "the demo's output is the narration; nothing on stderr at the default level")

	t.Run("steps are numbered in order", func(t *testing.T) {
		titles := demoTitles(t, text)
		require.Len(t, titles, 15)
	})

	t.Run("every step reference names the step it points at", func(t *testing.T) {
		titles := demoTitles(t, text)
		refs := demoStepRef.FindAllStringSubmatch(text, -1)
		require.GreaterOrEqual(t, len(refs), 4, "the packets left for the expiry refund point at it")
		for _, r := range refs {
			n, err := strconv.Atoi(r[1])
			require.NoError(t, err)
			require.Contains(t, titles, n, "%q points at a step that does not exist", r[0])
			require.NotEmpty(t, r[2], "%q: a reference says which step it means", r[0])
			require.True(t, strings.HasPrefix(titles[n], r[2]), "%q, but step %d is %q", r[0], n, titles[n])
		}
	})

	t.Run("ETH amounts are readable", func(t *testing.T) {
		require.Empty(t, demoTooPrecise.FindAllString(text, -1), "no amount with more than %d decimals", shownDigits)
		require.Contains(t, text, "Bob 10000 ETH", "an exact whole balance prints without decimals")
	})

	t.Run("Alice's tCNY trail is unbroken through the budget's round trip", func(t *testing.T) {
		var last *big.Int // the last balance of Alice the narration printed
		in, back := new(big.Int), new(big.Int)
		moves := 0
		var budget *big.Int
		for _, line := range strings.Split(text, "\n") {
			if m := demoBudgetMove.FindStringSubmatch(line); m != nil {
				b0, b1, a0, a1 := tcny(t, m[1]), tcny(t, m[2]), tcny(t, m[3]), tcny(t, m[4])
				require.NotNil(t, last, "a balance of Alice before the budget moves")
				require.Equal(t, last, a0, "%q starts from the balance printed last", line)
				require.Equal(t, new(big.Int).Sub(b1, b0), new(big.Int).Sub(a0, a1), "%q: what the budget gains Alice loses", line)
				if b1.Cmp(b0) > 0 {
					in.Add(in, new(big.Int).Sub(b1, b0))
				} else {
					back.Add(back, new(big.Int).Sub(a1, a0))
				}
				last, budget = a1, b1
				moves++
				continue
			}
			if strings.Contains(line, "balances:") {
				if m := demoAliceTCNY.FindStringSubmatch(line); m != nil {
					last = tcny(t, m[1])
				}
			}
			if m := demoRoundTrip.FindStringSubmatch(line); m != nil {
				require.Equal(t, in, tcny(t, m[1]), line)
				require.Equal(t, back, tcny(t, m[2]), line)
			}
		}
		require.Equal(t, 3, moves, "fund, return the unused budget, return the expiry refund")
		require.Equal(t, in, back, "everything Alice put into the budget came back")
		require.Equal(t, tcny(t, "1000.00"), in)
		require.Equal(t, new(big.Int), budget, "the budget ends empty")
		require.Regexp(t, demoRoundTrip, text)
	})

	t.Run("the sealed packet's draws add up", func(t *testing.T) {
		sec := demoSection(t, text, "Sealed lucky packet")
		sent := demoSealedSent.FindStringSubmatch(sec)
		require.NotNil(t, sent, sec)
		total := tcny(t, sent[2])
		draws := demoDrawn.FindAllStringSubmatch(sec, -1)
		require.Len(t, draws, 2, "two claims, two draws:\n%s", sec)
		require.Equal(t, []string{"Bob", "Carol"}, []string{draws[0][1], draws[1][1]}, "drawn in index order")
		require.Equal(t, []string{"1", "2"}, []string{draws[0][3], draws[1][3]})
		drawn := map[string]*big.Int{draws[0][1]: tcny(t, draws[0][2]), draws[1][1]: tcny(t, draws[1][2])}
		for _, d := range draws {
			require.Positive(t, tcny(t, d[2]).Sign(), "a sealed share pays something: %s", d[0])
		}

		var bal []map[string]*big.Int // the balances lines of the step: after the send, at the end
		for _, line := range strings.Split(sec, "\n") {
			if strings.Contains(line, "balances:") {
				m := map[string]*big.Int{}
				for _, b := range demoBalanceOf.FindAllStringSubmatch(line, -1) {
					m[b[1]] = tcny(t, b[2])
				}
				bal = append(bal, m)
			}
		}
		require.Len(t, bal, 2, "balances after the send and at the end:\n%s", sec)
		for _, who := range []string{"Bob", "Carol"} {
			require.Equal(t, drawn[who], new(big.Int).Sub(bal[1][who], bal[0][who]), "%s's balance moves by the amount drawn for him or her", who)
		}
		require.Equal(t, bal[0]["Alice"], bal[1]["Alice"], "Alice paid at the send; the claims cost her nothing more")

		sum := demoSealedSum.FindStringSubmatch(sec)
		require.NotNil(t, sum, sec)
		require.Equal(t, drawn["Bob"], tcny(t, sum[1]))
		require.Equal(t, drawn["Carol"], tcny(t, sum[2]))
		left := tcny(t, sum[3])
		require.Equal(t, total, tcny(t, sum[4]))
		require.Equal(t, total, new(big.Int).Add(left, new(big.Int).Add(drawn["Bob"], drawn["Carol"])), "Bob + Carol + left = the packet")
		require.Contains(t, demoSection(t, text, "C1 expiry refund"), "packet "+sent[1]+": the unclaimed "+sum[3]+" tCNY went back to Alice",
			"the share nobody claimed goes back at the expiry refund")

		for _, want := range []string{"drawing…", "her claim draws Bob's share first", "Why this is fair", "nobody knows when claiming"} {
			require.Contains(t, sec, want)
		}
	})

	t.Run("the cast ends with the tCNY it started with", func(t *testing.T) {
		opening := demoLine(t, text, "opening balances:", "tCNY")
		closing := demoLine(t, text, "closing balances:", "tCNY")
		require.Equal(t, demoSum(t, opening), demoSum(t, closing), "the escrow holds nothing at the end:\n%s\n%s", opening, closing)
		require.Equal(t, tcny(t, "500000.00"), demoSum(t, closing))
		require.Contains(t, text, "tCNY  on chain 0.00 tCNY = live packets 0.00 tCNY (0) + budgets 0.00 tCNY")
	})
}

// demo --json: what ran, and an escrow that ends empty (every packet closed, the budget back in the treasury).
func TestDemoJSON(t *testing.T) {
	hermetic(t)
	var out, errb strings.Builder
	err := Run(t0(), []string{"hongbao", "demo", "--json"}, strings.NewReader(""), &out, &errb)
	require.NoError(t, err, errb.String())
	m := decodeOne(t, out.String())
	require.Equal(t, true, m["ok"])
	require.Len(t, m["steps"], 15)
	require.Equal(t, map[string]any{"tCNY": "0", "ETH": "0"}, m["escrowBalance"])

	// The sealed step lists its two draws: Bob's drawn by Carol's claim in its block, Carol's by her own settle
	// at least two blocks after her claim (the hash of the block after it must exist).
	var draws []any
	for _, s := range m["steps"].([]any) {
		step := s.(map[string]any)
		if d, ok := step["draws"]; ok {
			require.Nil(t, draws, "one step draws sealed shares")
			require.True(t, strings.HasPrefix(step["title"].(string), "Sealed lucky packet"), step["title"])
			require.Equal(t, step["packetIds"].([]any)[0], d.([]any)[0].(map[string]any)["packetId"])
			draws = d.([]any)
		}
	}
	require.Len(t, draws, 2)
	bob, carol := draws[0].(map[string]any), draws[1].(map[string]any)
	require.Equal(t, "Bob", bob["claimer"])
	require.Equal(t, "Carol", carol["claimer"])
	require.EqualValues(t, 0, bob["index"])
	require.EqualValues(t, 1, carol["index"])
	require.Equal(t, "Carol", bob["drawnBy"])
	require.Equal(t, carol["claimTxHash"], bob["drawTxHash"], "Carol's claim drew Bob's share on its way")
	require.Equal(t, carol["claimBlock"], bob["drawBlock"])
	require.Greater(t, carol["claimBlock"].(float64), bob["claimBlock"].(float64)+1, "a block passed between the claims")
	require.Equal(t, "Carol", carol["drawnBy"])
	require.NotEqual(t, carol["claimTxHash"], carol["drawTxHash"])
	require.GreaterOrEqual(t, carol["drawBlock"].(float64), carol["claimBlock"].(float64)+2, "drawn once the block after the claim is out")
	sum := new(big.Int)
	for _, d := range []map[string]any{bob, carol} {
		a, ok := new(big.Int).SetString(d["amount"].(string), 10)
		require.True(t, ok)
		require.Positive(t, a.Sign())
		sum.Add(sum, a)
		require.Len(t, d["blockHash"], 66)
	}
	require.Less(t, sum.Cmp(big.NewInt(9000)), 0, "two of three shares of 90.00 tCNY leave something for the third")
}

// demoSection is the text of the step whose title starts with title, up to the next step.
func demoSection(t *testing.T, text, title string) string {
	t.Helper()
	heads := demoHeader.FindAllStringSubmatchIndex(text, -1)
	for i, h := range heads {
		if strings.HasPrefix(text[h[4]:h[5]], title) {
			end := len(text)
			if i+1 < len(heads) {
				end = heads[i+1][0]
			}
			return text[h[0]:end]
		}
	}
	require.Failf(t, "no such step", "no step titled %q", title)
	return ""
}

// demoTitles maps step numbers to titles and checks they run 1, 2, 3, … without gaps.
func demoTitles(t *testing.T, text string) map[int]string {
	t.Helper()
	titles := map[int]string{}
	for i, m := range demoHeader.FindAllStringSubmatch(text, -1) {
		n, err := strconv.Atoi(m[1])
		require.NoError(t, err)
		require.Equal(t, i+1, n, "step %q is out of order", m[0])
		titles[n] = m[2]
	}
	return titles
}

// demoLine is the one line starting with label (after the indent) that mentions token.
func demoLine(t *testing.T, text, label, token string) string {
	t.Helper()
	var found []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), label) && strings.Contains(line, " "+token) {
			found = append(found, line)
		}
	}
	require.Len(t, found, 1, "one %q line in %s", label, token)
	return found[0]
}

// demoSum adds up the tCNY amounts of a balances line.
func demoSum(t *testing.T, line string) *big.Int {
	t.Helper()
	sum := new(big.Int)
	ms := demoTCNY.FindAllStringSubmatch(line, -1)
	require.Len(t, ms, 5, "a balance for each of the five: %s", line)
	for _, m := range ms {
		sum.Add(sum, tcny(t, m[1]))
	}
	return sum
}

func tcny(t *testing.T, s string) *big.Int {
	t.Helper()
	v, err := units.Parse(s, 2)
	require.NoError(t, err)
	return v
}

func TestShownRoundsLongBalances(t *testing.T) {
	eth := money{symbol: "ETH", decimals: 18}
	tc := money{symbol: "tCNY", decimals: 2}
	for _, c := range []struct {
		m    money
		v    string
		want string
	}{
		{eth, "10000000000000000000000", "10000 ETH"},
		{eth, "150000000000000000", "0.15 ETH"},
		{eth, "9999685433000000000000", "9999.685433 ETH"},
		{eth, "9999685433469080567585", "≈9999.685433 ETH"},
		{eth, "9999685433500000000000", "≈9999.685434 ETH"}, // half rounds up
		{eth, "69245426429010", "≈0.000069 ETH"},
		{eth, "400000000000", "≈0 ETH"},
		{eth, "-69245426429010", "≈-0.000069 ETH"},
		{tc, "9978500", "99785.00 tCNY"},
	} {
		v, ok := new(big.Int).SetString(c.v, 10)
		require.True(t, ok)
		require.Equal(t, c.want, shown(c.m, v), c.v)
	}
}
