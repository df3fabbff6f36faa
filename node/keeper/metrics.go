package keeper

import (
	"bufio"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
)

// LagBuckets are the upper bounds (seconds) of the refund-lag histogram: from expiry to the refund's block.
var LagBuckets = []float64{5, 15, 30, 60, 120, 300, 900, 1800, 3600, 7200, 21600, 86400}

// Metrics are the keeper's counters and gauges, written in the Prometheus text exposition format (0.0.4).
// Safe for concurrent use.
type Metrics struct {
	mu sync.Mutex

	passes, passesFailed     uint64
	packetsRefunded          uint64
	batchesSent, batchesFail uint64
	batchesSkipped           uint64
	dropped, preempted       uint64
	gasUsed                  uint64
	gasCostWei               *big.Int
	rpcErrors                uint64
	batchesSplit             uint64
	batchesStopped, leftOver uint64
	quarantinedTotal         uint64
	feeBumps                 uint64
	bootstraps               map[string]uint64 // by BootstrapLogs / BootstrapViews
	quarantinedNow, inFlight int
	settle                   settleCounters // the settle pass (settle.go)

	lagCounts      []uint64 // per LagBuckets, not cumulative
	lagCount       uint64
	lagSum         float64
	lagLast        float64
	lagMax         float64
	lastScanned    uint64
	headBlock      uint64
	open, dueNow   int
	scannedAtLeast bool
}

// NewMetrics returns an empty metric set.
func NewMetrics() *Metrics {
	return &Metrics{gasCostWei: new(big.Int), lagCounts: make([]uint64, len(LagBuckets)), bootstraps: map[string]uint64{}}
}

func (m *Metrics) locked(f func()) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f()
}

func (m *Metrics) passStarted()       { m.locked(func() { m.passes++ }) }
func (m *Metrics) passFailed()        { m.locked(func() { m.passesFailed++ }) }
func (m *Metrics) rpcError()          { m.locked(func() { m.rpcErrors++ }) }
func (m *Metrics) batchSkipped()      { m.locked(func() { m.batchesSkipped++ }) }
func (m *Metrics) batchFailed()       { m.locked(func() { m.batchesFail++ }) }
func (m *Metrics) idsDropped(n int)   { m.locked(func() { m.dropped += uint64(n) }) }
func (m *Metrics) idsPreempted(n int) { m.locked(func() { m.preempted += uint64(n) }) }
func (m *Metrics) setOpen(n int)      { m.locked(func() { m.open = n }) }
func (m *Metrics) setDue(n int)       { m.locked(func() { m.dueNow = n }) }
func (m *Metrics) batchSplit()        { m.locked(func() { m.batchesSplit++ }) }
func (m *Metrics) batchStopped(left int) {
	m.locked(func() { m.batchesStopped++; m.leftOver += uint64(left) })
}
func (m *Metrics) packetQuarantined() { m.locked(func() { m.quarantinedTotal++ }) }
func (m *Metrics) feeBumped()         { m.locked(func() { m.feeBumps++ }) }
func (m *Metrics) bootstrapped(how string) {
	m.locked(func() { m.bootstraps[how]++ })
}
func (m *Metrics) setQuarantined(n int) {
	m.locked(func() { m.quarantinedNow = n })
}
func (m *Metrics) setInFlight(n int) { m.locked(func() { m.inFlight = n }) }
func (m *Metrics) setScan(last, head uint64) {
	m.locked(func() { m.lastScanned, m.headBlock, m.scannedAtLeast = last, head, true })
}

// batchSent counts a mined refund transaction and the gas it paid for.
func (m *Metrics) batchSent(r *types.Receipt) {
	m.locked(func() {
		m.batchesSent++
		m.gasUsed += r.GasUsed
		if r.EffectiveGasPrice != nil {
			m.gasCostWei.Add(m.gasCostWei, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
		}
	})
}

// refunded counts one refunded packet with its lag in seconds (negative: unknown, not timed).
func (m *Metrics) refunded(lag float64) {
	m.locked(func() {
		m.packetsRefunded++
		if lag < 0 {
			return
		}
		m.lagCount++
		m.lagSum += lag
		m.lagLast = lag
		m.lagMax = max(m.lagMax, lag)
		for i, le := range LagBuckets {
			if lag <= le {
				m.lagCounts[i]++
				break
			}
		}
	})
}

// Handler serves the metrics (GET /metrics).
func (m *Metrics) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		_ = m.WriteText(w)
	})
}

// WriteText writes every metric in the Prometheus text format.
func (m *Metrics) WriteText(w io.Writer) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	b := bufio.NewWriter(w)
	p := promWriter{w: b}
	p.counter("hongbao_keeper_passes_total", "Scan-and-refund passes started.", u(m.passes))
	p.counter("hongbao_keeper_passes_failed_total", "Passes of Run that stopped on an error (then backed off).", u(m.passesFailed))
	p.counter("hongbao_keeper_packets_refunded_total", "Packets refunded by this keeper's transactions (Refunded events in its receipts).", u(m.packetsRefunded))
	p.counter("hongbao_keeper_batches_sent_total", "refundMany transactions sent and mined.", u(m.batchesSent))
	p.counter("hongbao_keeper_batches_failed_total", "refundMany transactions mined with a failed status.", u(m.batchesFail))
	p.counter("hongbao_keeper_batches_skipped_total", "Batches not sent because the simulation said nothing would be refunded.", u(m.batchesSkipped))
	p.counter("hongbao_keeper_ids_dropped_total", "Due ids dropped before sending because the simulation found them no longer refundable.", u(m.dropped))
	p.counter("hongbao_keeper_ids_preempted_total", "Ids sent in a batch but refunded or closed by someone else first (skipped by refundMany).", u(m.preempted))
	p.counter("hongbao_keeper_gas_used_total", "Gas used by this keeper's refund transactions.", u(m.gasUsed))
	p.counter("hongbao_keeper_gas_cost_wei_total", "Wei paid for that gas.", m.gasCostWei.String())
	p.counter("hongbao_keeper_rpc_errors_total", "Failed RPC calls (each retry counts).", u(m.rpcErrors))
	p.counter("hongbao_keeper_batches_split_total", "Batches split in two because refundMany reverted (in simulation or on chain).", u(m.batchesSplit))
	p.counter("hongbao_keeper_batches_stopped_total", "refundMany transactions that stopped early because the gas left could not cover the next payout (RefundBatchStopped); the rest is refunded by a later pass.", u(m.batchesStopped))
	p.counter("hongbao_keeper_ids_left_by_stopped_batches_total", "Ids a stopped batch did not reach, left open for a later pass.", u(m.leftOver))
	p.counter("hongbao_keeper_packets_quarantined_total", "Times a packet was set aside because its refund alone reverts.", u(m.quarantinedTotal))
	p.counter("hongbao_keeper_fee_bumps_total", "Refund transactions re-sent with a higher fee because they were not mined.", u(m.feeBumps))
	p.header("hongbao_keeper_bootstraps_total", "counter", "Open sets built without a usable checkpoint, by how: from the escrow's logs or from its views (bootstrap.go).")
	for _, how := range []string{BootstrapLogs, BootstrapViews} {
		p.sample(`hongbao_keeper_bootstraps_total{from="`+how+`"}`, u(m.bootstraps[how]))
	}
	m.writeLag(&p)
	m.settle.write(&p)
	if m.scannedAtLeast {
		p.gauge("hongbao_keeper_last_scanned_block", "Last block whose logs the keeper applied.", u(m.lastScanned))
		p.gauge("hongbao_keeper_head_block", "Head block at the last scan.", u(m.headBlock))
		p.gauge("hongbao_keeper_scan_lag_blocks", "Head block minus the last scanned block.", u(m.headBlock-min(m.headBlock, m.lastScanned)))
	}
	p.gauge("hongbao_keeper_open_packets", "Packets with money left that the keeper follows.", strconv.Itoa(m.open))
	p.gauge("hongbao_keeper_due_packets", "Of them, expired at the start of the last pass's refunds.", strconv.Itoa(m.dueNow))
	p.gauge("hongbao_keeper_quarantined_packets", "Packets set aside because their refund reverts, until a later pass tries them again.", strconv.Itoa(m.quarantinedNow))
	p.gauge("hongbao_keeper_batches_in_flight", "Refund transactions sent and waiting for their receipts.", strconv.Itoa(m.inFlight))
	if p.err != nil {
		return p.err
	}
	return b.Flush()
}

// writeLag writes the refund-lag histogram and its last and largest observation.
func (m *Metrics) writeLag(p *promWriter) {
	const name = "hongbao_keeper_refund_lag_seconds"
	p.header(name, "histogram", "Seconds from a packet's expiry to the block of its refund.")
	var cum uint64
	for i, le := range LagBuckets {
		cum += m.lagCounts[i]
		p.sample(name+`_bucket{le="`+f(le)+`"}`, u(cum))
	}
	p.sample(name+`_bucket{le="+Inf"}`, u(m.lagCount))
	p.sample(name+"_sum", f(m.lagSum))
	p.sample(name+"_count", u(m.lagCount))
	p.gauge("hongbao_keeper_refund_lag_last_seconds", "Lag of the last refunded packet.", f(m.lagLast))
	p.gauge("hongbao_keeper_refund_lag_max_seconds", "Largest lag seen since the keeper started.", f(m.lagMax))
}

// promWriter writes samples and remembers the first write error.
type promWriter struct {
	w   io.Writer
	err error
}

func (p *promWriter) printf(format string, a ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, a...)
	}
}

func (p *promWriter) header(name, typ, help string) {
	p.printf("# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

func (p *promWriter) sample(series, value string) { p.printf("%s %s\n", series, value) }

func (p *promWriter) counter(name, help, value string) {
	p.header(name, "counter", help)
	p.sample(name, value)
}

func (p *promWriter) gauge(name, help, value string) {
	p.header(name, "gauge", help)
	p.sample(name, value)
}

func u(v uint64) string  { return strconv.FormatUint(v, 10) }
func f(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
