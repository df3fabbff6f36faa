package keeper

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// counters is a copy of the metric values tests look at.
type counters struct {
	packetsRefunded, batchesSkipped, preempted, rpcErrors, passes, passesFailed uint64
	batchesStopped, leftOver                                                    uint64
}

func (m *Metrics) snapshot() counters {
	m.mu.Lock()
	defer m.mu.Unlock()
	return counters{
		packetsRefunded: m.packetsRefunded, batchesSkipped: m.batchesSkipped, preempted: m.preempted,
		rpcErrors: m.rpcErrors, passes: m.passes, passesFailed: m.passesFailed,
		batchesStopped: m.batchesStopped, leftOver: m.leftOver,
	}
}

// exposition is a parsed Prometheus text exposition: the TYPE of each family and the value of each series.
type exposition struct {
	types  map[string]string
	values map[string]float64
}

var (
	metricName = `[a-zA-Z_:][a-zA-Z0-9_:]*`
	label      = `[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"`
	sampleLine = regexp.MustCompile(`^(` + metricName + `)(\{` + label + `(?:,` + label + `)*\})? (\S+)$`)
	helpLine   = regexp.MustCompile(`^# HELP (` + metricName + `) \S.*$`)
	typeLine   = regexp.MustCompile(`^# TYPE (` + metricName + `) (counter|gauge|histogram|summary|untyped)$`)
)

// parseExposition checks the text format strictly: every line a HELP, TYPE or sample; every sample of a
// family declared before it; counters named *_total; no series twice; values that parse as floats.
func parseExposition(r io.Reader) (*exposition, error) {
	e := &exposition{types: map[string]string{}, values: map[string]float64{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# HELP "):
			if !helpLine.MatchString(line) {
				return nil, fmt.Errorf("line %d: bad HELP: %q", n, line)
			}
		case strings.HasPrefix(line, "# TYPE "):
			m := typeLine.FindStringSubmatch(line)
			if m == nil {
				return nil, fmt.Errorf("line %d: bad TYPE: %q", n, line)
			}
			if _, dup := e.types[m[1]]; dup {
				return nil, fmt.Errorf("line %d: family %s declared twice", n, m[1])
			}
			e.types[m[1]] = m[2]
		default:
			if err := e.sample(line); err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
		}
	}
	return e, sc.Err()
}

func (e *exposition) sample(line string) error {
	m := sampleLine.FindStringSubmatch(line)
	if m == nil {
		return fmt.Errorf("not a sample: %q", line)
	}
	name, series, raw := m[1], m[1]+m[2], m[len(m)-1]
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return fmt.Errorf("value %q: %w", raw, err)
	}
	family, typ := name, e.types[name]
	for _, suffix := range []string{"_bucket", "_sum", "_count"} {
		if base := strings.TrimSuffix(name, suffix); base != name && e.types[base] == "histogram" {
			family, typ = base, "histogram"
		}
	}
	switch {
	case typ == "":
		return fmt.Errorf("sample %s before its TYPE", name)
	case typ == "counter" && !strings.HasSuffix(family, "_total"):
		return fmt.Errorf("counter %s not named *_total", family)
	case typ == "counter" && v < 0:
		return fmt.Errorf("counter %s is negative", family)
	}
	if _, dup := e.values[series]; dup {
		return fmt.Errorf("series %s twice", series)
	}
	e.values[series] = v
	return nil
}

func (e *exposition) value(t *testing.T, series string) float64 {
	t.Helper()
	v, ok := e.values[series]
	require.True(t, ok, "series %s missing", series)
	return v
}

func scrape(t *testing.T, h http.Handler) *exposition {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "text/plain; version=0.0.4; charset=utf-8", resp.Header.Get("Content-Type"))
	e, err := parseExposition(resp.Body)
	require.NoError(t, err)
	return e
}

// /metrics parses, and its counters match what happened on chain: packets, batches, gas and wei from the
// receipts, and the lag histogram from the packets' expiries and the refund blocks' times.
func TestMetricsMatchChain(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(120, 3600))
	h.warpPast(ps)
	k := h.keeper(h.config(h.backend(), keeperA, "a.json"))

	before := scrape(t, k.MetricsHandler())
	require.Zero(t, before.value(t, "hongbao_keeper_packets_refunded_total"))
	require.Zero(t, before.value(t, `hongbao_keeper_refund_lag_seconds_bucket{le="+Inf"}`))

	_, err := k.RunOnce(context.Background())
	require.NoError(t, err)
	e := scrape(t, k.MetricsHandler())

	txs := h.keeperTxs()
	require.Len(t, txs, 3)
	var gas uint64
	cost := new(big.Int)
	var lagSum float64
	expiry := map[uint64]uint64{}
	for _, p := range ps {
		expiry[p.id] = p.expiresAt
	}
	var lags []float64
	for _, tx := range txs {
		gas += tx.gasUsed
		cost.Add(cost, tx.cost)
		r, err := h.env.Client.TransactionReceipt(context.Background(), tx.hash)
		require.NoError(t, err)
		head, err := h.env.Client.HeaderByNumber(context.Background(), r.BlockNumber)
		require.NoError(t, err)
		for _, id := range tx.refunded {
			lag := float64(head.Time - expiry[id])
			lags = append(lags, lag)
			lagSum += lag
		}
	}
	costF, _ := new(big.Float).SetInt(cost).Float64()

	for _, tc := range []struct {
		series string
		want   float64
	}{
		{"hongbao_keeper_passes_total", 1},
		{"hongbao_keeper_packets_refunded_total", 120},
		{"hongbao_keeper_batches_sent_total", 3},
		{"hongbao_keeper_batches_failed_total", 0},
		{"hongbao_keeper_batches_skipped_total", 0},
		{"hongbao_keeper_ids_dropped_total", 0},
		{"hongbao_keeper_ids_preempted_total", 0},
		{"hongbao_keeper_gas_used_total", float64(gas)},
		{"hongbao_keeper_gas_cost_wei_total", costF},
		{"hongbao_keeper_rpc_errors_total", 0},
		{"hongbao_keeper_refund_lag_seconds_count", 120},
		{`hongbao_keeper_refund_lag_seconds_bucket{le="+Inf"}`, 120},
		{"hongbao_keeper_refund_lag_seconds_sum", lagSum},
		{"hongbao_keeper_refund_lag_max_seconds", maxOf(lags)},
		{"hongbao_keeper_scan_lag_blocks", 0},
		{"hongbao_keeper_open_packets", 0},
		{"hongbao_keeper_due_packets", 120},
	} {
		require.Equal(t, tc.want, e.value(t, tc.series), tc.series)
	}
	require.Equal(t, "counter", e.types["hongbao_keeper_packets_refunded_total"])
	require.Equal(t, "histogram", e.types["hongbao_keeper_refund_lag_seconds"])
	require.Equal(t, "gauge", e.types["hongbao_keeper_scan_lag_blocks"])

	// Buckets are cumulative and each holds exactly the lags at or below its bound.
	prev := 0.0
	for _, le := range LagBuckets {
		got := e.value(t, `hongbao_keeper_refund_lag_seconds_bucket{le="`+strconv.FormatFloat(le, 'g', -1, 64)+`"}`)
		want := 0.0
		for _, l := range lags {
			if l <= le {
				want++
			}
		}
		require.Equal(t, want, got, "bucket le=%v", le)
		require.GreaterOrEqual(t, got, prev)
		prev = got
	}
}

func maxOf(v []float64) float64 {
	m := math.Inf(-1)
	for _, x := range v {
		m = max(m, x)
	}
	return m
}

// The parser used above rejects what Prometheus rejects, so that passing it means something.
func TestExpositionParserRejects(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"sample before TYPE", "x_total 1\n"},
		{"counter without _total", "# TYPE x counter\nx 1\n"},
		{"bad value", "# TYPE x_total counter\nx_total one\n"},
		{"bad label", "# TYPE x gauge\nx{le=5} 1\n"},
		{"duplicate series", "# TYPE x gauge\nx 1\nx 2\n"},
		{"unknown type", "# TYPE x meter\nx 1\n"},
		{"negative counter", "# TYPE x_total counter\nx_total -1\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseExposition(strings.NewReader(tc.text))
			require.Error(t, err)
		})
	}
	_, err := parseExposition(strings.NewReader("# HELP x_total Things.\n# TYPE x_total counter\nx_total 3\n"))
	require.NoError(t, err)
}
