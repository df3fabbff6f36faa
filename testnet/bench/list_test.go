package bench

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
)

// listSizes are the packet counts of the one sender that `list` is measured at.
var listSizes = []int{10, 100, 1_000}

const (
	runFirst    = "first (index sync)"
	runSecond   = "second (index current)"
	listRepeats = 3
)

// listRow is a `hongbao list` run, repeated.
type listRow struct {
	packets int
	run     string
	blocks  uint64 // the chain's blocks since the escrow's deployment, at the last repeat
	samples []listSample
}

type listSample struct {
	wall, cpu time.Duration
	counts    map[string]int
}

// median is the sample of the median wall time, and the median CPU time.
func (r listRow) median() (listSample, time.Duration) {
	s := append([]listSample(nil), r.samples...)
	sort.Slice(s, func(i, j int) bool { return s[i].cpu < s[j].cpu })
	cpu := s[len(s)/2].cpu
	sort.Slice(s, func(i, j int) bool { return s[i].wall < s[j].wall })
	return s[len(s)/2], cpu
}

// calls is the calls of the runs: "7", or "7-8" when they differed.
func (r listRow) calls() string {
	lo, hi := -1, -1
	for _, s := range r.samples {
		n := total(s.counts)
		if lo < 0 || n < lo {
			lo = n
		}
		hi = max(hi, n)
	}
	if lo == hi {
		return strconv.Itoa(lo)
	}
	return fmt.Sprintf("%d–%d", lo, hi)
}

// TestListBench: `hongbao list --sent-by` (the built binary, through the proxy) for a sender of 10, 100 and
// 1,000 packets: the first run on a machine without an index (it syncs the index from the deployment), and
// the second right after (the index is current: it reads the new blocks only). The packets are sent with
// Anvil mining every 100 ms; the runs are measured with a block a second.
func TestListBench(t *testing.T) {
	requireRun(t)
	info := machine(t)
	c := newChain(t)
	chainID := c.chainID(t)
	const sender, recipient = 1, 2
	amount, err := deploy.ParseAmount("100000", 2)
	require.NoError(t, err)
	c.mint(t, amount, sender)
	c.approve(t, chainID, sender)

	var rows []listRow
	have := 0
	for _, n := range listSizes {
		c.mineEvery(t, setupBlockTime)
		start := time.Now()
		c.sendFrom(t, chainID, []int{sender}, []int{n - have}, recipient)
		t.Logf("sent %d packets in %v", n-have, time.Since(start).Round(time.Millisecond))
		have = n
		c.mineEvery(t, blockTime)

		p, url := c.proxy(t)
		// Each run three times, the median reported: the first on a fresh index file each time, the second on
		// the index the last first run made.
		var db string
		for _, run := range []string{runFirst, runSecond} {
			row := listRow{packets: n, run: run}
			for range listRepeats {
				if run == runFirst {
					db = filepath.Join(t.TempDir(), "index.db") // no index yet
				}
				head, _ := c.head(t)
				p.Reset()
				began := time.Now()
				out, cpu := c.hongbaoCPU(t, url, "list", "--sent-by", devkeys.Address(sender).Hex(), "--db", db, "--json")
				wall := time.Since(began)
				var l struct {
					Packets []json.RawMessage `json:"packets"`
				}
				require.NoError(t, json.Unmarshal([]byte(out), &l))
				require.Len(t, l.Packets, n, "list shows every packet of the sender")
				row.blocks = head - c.deploy
				row.samples = append(row.samples, listSample{wall: wall, cpu: cpu, counts: p.Counts()})
				t.Logf("list of %d packets, %s run: %v (CPU %v), %d calls", n, run, wall.Round(time.Millisecond),
					cpu.Round(time.Millisecond), total(p.Counts()))
			}
			rows = append(rows, row)
		}
	}
	report(t, "list", listReport(info, rows))
}

func listReport(info string, rows []listRow) string {
	var b strings.Builder
	fmt.Fprintf(&b, "`hongbao list --sent-by` (built binary, through faultproxy as %s: at most %d blocks and %d results per "+
		"eth_getLogs), a block a second. %s.\n\n", provider, providerRange, providerResults, info)
	fmt.Fprintf(&b, "Median of %d runs each (wall time, and the CPU time of the hongbao process); the calls of every run (a range "+
		"when they differed), the methods of the median run.\n\n", listRepeats)
	b.WriteString("| packets of the sender | run | blocks since deployment | wall time | CPU time | RPC calls | methods |\n")
	b.WriteString("|---:|---|---:|---:|---:|---:|---|\n")
	for _, r := range rows {
		m, cpu := r.median()
		fmt.Fprintf(&b, "| %s | %s | %s | %v | %v | %s | %s |\n", group(uint64(r.packets)), r.run, group(r.blocks),
			m.wall.Round(time.Millisecond), cpu.Round(time.Millisecond), r.calls(), topMethods(m.counts))
	}
	return b.String()
}
