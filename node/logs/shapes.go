package logs

import (
	"regexp"
	"strconv"
	"strings"
)

// kind is what an error means for the next request.
type kind int

const (
	kindFatal   kind = iota // unknown or a query no range can fix: fail at once
	kindTooWide             // the provider caps the blocks per query
	kindTooMany             // too many results (or too large a response) for this range: depends on log density
	kindRetry               // passing trouble (rate limit, overload, a node lagging the head): same request later
)

// shape is one provider's way of saying an eth_getLogs request cannot be answered as asked.
type shape struct {
	provider string
	re       *regexp.Regexp
	kind     kind
	what     string // for the error sentence
	// next derives the number of blocks to ask for next from the match and the blocks just asked for;
	// 0 = no better idea than halving.
	next func(m []string, asked uint64) uint64
	// ceiling: the number is the provider's fixed cap, so the range never grows past it again.
	ceiling bool
}

// Helpers for next. Providers write numbers as 10000, 10,000 or 10.000.
func num(i int) func([]string, uint64) uint64 {
	return func(m []string, _ uint64) uint64 { return parseNum(m[i]) }
}

// distance is for providers whose number is to-from, one less than the blocks allowed.
func distance(i int) func([]string, uint64) uint64 {
	return func(m []string, _ uint64) uint64 {
		if n := parseNum(m[i]); n > 0 {
			return n + 1
		}
		return 0
	}
}

// span reads a suggested inclusive range [0xa, 0xb].
func span(i, j int) func([]string, uint64) uint64 {
	return func(m []string, _ uint64) uint64 {
		a, err1 := strconv.ParseUint(m[i], 16, 64)
		b, err2 := strconv.ParseUint(m[j], 16, 64)
		if err1 != nil || err2 != nil || b < a {
			return 0
		}
		return b - a + 1
	}
}

func fixed(n uint64) func([]string, uint64) uint64 {
	return func([]string, uint64) uint64 { return n }
}

func parseNum(s string) uint64 {
	n, err := strconv.ParseUint(strings.NewReplacer(",", "", ".", "", "_", "").Replace(s), 10, 64)
	if err != nil {
		return 0
	}
	return n
}

func re(expr string) *regexp.Regexp { return regexp.MustCompile("(?i)" + expr) }

const (
	whatTooWide  = "block range too wide"
	whatTooMany  = "too many results"
	whatTooLarge = "response too large"
	whatTimeout  = "query timed out"
)

// shapes is every refusal we recognise, matched in order against the error text (message, JSON-RPC data and
// an HTTP error's body) so the more specific come first. The range ones follow Ponder's
// getLogsRetryHelper (ponder-sh/ponder, packages/utils); the messages the test fake and testnet/faultproxy
// produce for each provider are in faultproxy.Shapes. Anvil has no limits of its own: forking, it relays
// its upstream's refusal inside "server returned an error response: error code N: <message>", which the
// same entries match.
var shapes = []shape{
	// Alchemy's free tier names its cap on blocks before the range it suggests (its paid tiers' "up to a 2K
	// block range" refusal is about the results: the next entry).
	{"alchemy (free tier)", re(`eth_getLogs requests with up to a ([\d,.]+) block range`), kindTooWide, whatTooWide, num(1), true},

	// Suggested ranges: use exactly what the provider says would work.
	{"alchemy", re(`this block range should work: \[0x([0-9a-f]+),\s*0x([0-9a-f]+)\]`), kindTooMany, whatTooLarge, span(1, 2), false},
	{"infura, zksync", re(`try with this block range \[0x([0-9a-f]+),\s*0x([0-9a-f]+)\]`), kindTooMany, whatTooMany, span(1, 2), false},

	// A named cap on blocks per query.
	{"avalanche", re(`requested too many blocks from \d+ to \d+, maximum is set to ([\d,.]+)`), kindTooWide, whatTooWide, num(1), true},
	{"cloudflare", re(`max range: ([\d,.]+)`), kindTooWide, whatTooWide, num(1), true},
	{"thirdweb", re(`maximum allowed number of requested blocks is ([\d,.]+)`), kindTooWide, whatTooWide, num(1), true},
	{"quicknode, 1rpc, blast", re(`limited to a ([\d,.]+)`), kindTooWide, whatTooWide, num(1), true},
	{"blockpi", re(`limited to ([\d,.]+) block`), kindTooWide, whatTooWide, num(1), true},
	{"moonbeam (frontier), ankr", re(`block range is too wide[ ,(:]*maximum:? ([\d,.]+)`), kindTooWide, whatTooWide, num(1), true},
	{"geth --rpc.rangelimit", re(`exceed maximum block range:? ([\d,.]+)`), kindTooWide, whatTooWide, distance(1), true},
	{"hyperliquid", re(`query exceeds max block range ([\d,.]+)`), kindTooWide, whatTooWide, num(1), true},
	{"blast (paid)", re(`exceeds the range allowed for your plan \(\d+ > ([\d,.]+)\)`), kindTooWide, whatTooWide, num(1), true},
	{"coinbase", re(`please limit the query to at most ([\d,.]+) blocks`), kindTooWide, whatTooWide, num(1), true},
	{"publicnode", re(`maximum block range: ([\d,.]+)`), kindTooWide, whatTooWide, num(1), true},
	{"swell", re(`block range greater than ([\d,.]+) max`), kindTooWide, whatTooWide, num(1), true},
	{"somnia", re(`block range exceeds ([\d,.]+)`), kindTooWide, whatTooWide, num(1), true},
	{"harmony", re(`query must be smaller than size ([\d,.]+)`), kindTooWide, whatTooWide, num(1), true},
	{"aurora", re(`up to a ([\d,.]+) block range`), kindTooWide, whatTooWide, num(1), true},
	{"ankr (tac)", re(`maximum \[from, to\] blocks distance: (\d+)`), kindTooWide, whatTooWide, distance(1), true},
	{"merkle", re(`range is too large, max is 10k blocks`), kindTooWide, whatTooWide, fixed(10_000), true},

	// A cap we know without a number in the message (not a ceiling: it is a guess).
	{"ankr", re(`block range is too wide`), kindTooWide, whatTooWide, fixed(3_000), false},
	{"base", re(`block range too large`), kindTooWide, whatTooWide, fixed(2_000), false},
	{"chainstack", re(`block range limit exceeded`), kindTooWide, whatTooWide, func(_ []string, asked uint64) uint64 {
		// Free plans allow 100 blocks, paid ones 10,000.
		if asked <= 10_000 {
			return 100
		}
		return 10_000
	}, false},

	// Too much for this range: halve.
	{"optimism", re(`block range is too large`), kindTooWide, whatTooWide, nil, false},
	{"geth-derived (bor, zkevm)", re(`query returned more than \d+ results`), kindTooMany, whatTooMany, nil, false},
	{"llamarpc, ankr", re(`query exceeds max results`), kindTooMany, whatTooMany, nil, false},
	{"arbitrum", re(`logs matched by query exceeds limit of \d+`), kindTooMany, whatTooMany, nil, false},
	{"1rpc", re(`response size should not greater than \d+ bytes`), kindTooMany, whatTooLarge, nil, false},
	{"optimism", re(`backend response too large`), kindTooMany, whatTooLarge, nil, false},
	{"base", re(`no backend is currently healthy to serve traffic`), kindTooMany, "no healthy backend", nil, false},
	{"drpc, chainstack and others", re(`query timeout exceeded`), kindTooMany, whatTimeout, nil, false},
	{"any", re(`(block )?range (is )?too (large|wide|big)`), kindTooWide, whatTooWide, nil, false},
	{"any", re(`too many (results|logs)|log response size exceeded|response (size )?(is )?too (large|big)`), kindTooMany, whatTooMany, nil, false},

	// Queries no range can fix.
	{"geth", re(`exceed max (topics|addresses)`), kindFatal, "too many addresses or topics in the filter", nil, false},

	// Passing trouble, retried with backoff.
	{"alchemy", re(`exceeded its compute units|exceeded .*capacity`), kindRetry, "rate limited", nil, false},
	{"any", re(`rate.?limit|too many requests|request limit reached|throttl`), kindRetry, "rate limited", nil, false},
	{"geth", re(`header not found|unknown block`), kindRetry, "node behind the head", nil, false},
	{"anvil", re(`blockoutofrangeerror|block range extends beyond current head`), kindRetry, "node behind the head", nil, false},
	{"any", re(`service unavailable|bad gateway|gateway time-?out|internal server error|temporarily unavailable`), kindRetry, "server error", nil, false},
}

// matchShape returns the first shape matching text and its submatches.
func matchShape(text string) (*shape, []string) {
	for i := range shapes {
		if m := shapes[i].re.FindStringSubmatch(text); m != nil {
			return &shapes[i], m
		}
	}
	return nil, nil
}
