package bench

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
)

// listSizes are the packet counts of the one sender that `list` is measured at.
var listSizes = []int{10, 100, 1_000}

// listRow is one `hongbao list` run.
type listRow struct {
	packets int
	run     string
	blocks  uint64 // the chain's blocks since the escrow's deployment
	wall    time.Duration
	counts  map[string]int
}

// TestListBench: `hongbao list --sent-by` (the built binary, through the proxy) for a sender of 10, 100 and
// 1,000 packets: the first run on a machine without an index (it syncs the index from the deployment), and
// the second right after (the index is current: it reads the new blocks only). The packets are sent with
// Anvil mining a block per transaction; the runs are measured with a block a second.
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
		c.automine(t)
		start := time.Now()
		c.sendFrom(t, chainID, []int{sender}, []int{n - have}, recipient)
		t.Logf("sent %d packets in %v", n-have, time.Since(start).Round(time.Millisecond))
		have = n
		c.everySecond(t)

		p, url := c.proxy(t)
		db := filepath.Join(t.TempDir(), "index.db") // no index yet
		for _, run := range []string{"first (index sync)", "second (index current)"} {
			head, _ := c.head(t)
			p.Reset()
			began := time.Now()
			out := c.hongbao(t, url, "list", "--sent-by", devkeys.Address(sender).Hex(), "--db", db, "--json")
			wall := time.Since(began)
			var l struct {
				Packets []json.RawMessage `json:"packets"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &l))
			require.Len(t, l.Packets, n, "list shows every packet of the sender")
			rows = append(rows, listRow{packets: n, run: run, blocks: head - c.deploy, wall: wall, counts: p.Counts()})
			t.Logf("list of %d packets, %s run: %v, %d calls", n, run, wall.Round(time.Millisecond), total(p.Counts()))
		}
	}
	report(t, "list", listReport(info, rows))
}

func listReport(info string, rows []listRow) string {
	var b strings.Builder
	fmt.Fprintf(&b, "`hongbao list --sent-by` (built binary, through faultproxy as %s: at most %d blocks and %d results per "+
		"eth_getLogs), a block a second. %s.\n\n", provider, providerRange, providerResults, info)
	b.WriteString("| packets of the sender | run | blocks since deployment | wall time | RPC calls | methods |\n")
	b.WriteString("|---:|---|---:|---:|---:|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %v | %d | %s |\n", group(uint64(r.packets)), r.run, group(r.blocks),
			r.wall.Round(time.Millisecond), total(r.counts), topMethods(r.counts))
	}
	return b.String()
}
