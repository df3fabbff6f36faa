package logs

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/assert"

	"github.com/hongbao/hongbao/testnet/faultproxy"
)

// Providers' messages as quoted in their docs, issues and Ponder's table, and what the reader makes of them
// when it has just asked for 20,000 blocks.
func TestClassifyProviderMessages(t *testing.T) {
	const asked = 20_000
	tests := []struct {
		name     string
		err      error
		kind     kind
		next     uint64 // 0 = halve
		ceiling  bool
		provider string
	}{
		{"alchemy", msg("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x1c9c380, 0x1c9d2f4]"), kindTooMany, 0xf75, false, "alchemy"},
		{"alchemy free tier", msg("Under the Free tier plan, you can make eth_getLogs requests with up to a 500 block range. Based on your parameters, this block range should work: [0x1c9c380, 0x1c9c573]"), kindTooWide, 500, true, "alchemy (free tier)"},
		{"infura", &faultproxy.RPCError{Code: -32005, Message: "query returned more than 10000 results. Try with this block range [0x1A2B3C, 0x1A2D00].", Data: map[string]any{"from": "0x1A2B3C", "limit": 10000, "to": "0x1A2D00"}}, kindTooMany, 0x1c5, false, "infura, zksync"},
		{"infura, range only in data", &faultproxy.RPCError{Code: -32005, Message: "query returned more than 10000 results", Data: "Try with this block range [0x10, 0x1f]."}, kindTooMany, 16, false, "infura, zksync"},
		{"quicknode", msg("eth_getLogs is limited to a 10000 range"), kindTooWide, 10_000, true, "quicknode, 1rpc, blast"},
		{"quicknode grouped", msg("eth_getLogs is limited to a 10,000 range"), kindTooWide, 10_000, true, "quicknode, 1rpc, blast"},
		{"cloudflare", msg("Invalid eth_getLogs request. 'fromBlock'-'toBlock' range too large. Max range: 3500"), kindTooWide, 3500, true, "cloudflare"},
		{"geth range limit", msg("exceed maximum block range 1000"), kindTooWide, 1001, true, "geth --rpc.rangelimit"},
		{"geth-derived results", msg("query returned more than 10000 results"), kindTooMany, 0, false, "geth-derived (bor, zkevm)"},
		{"moonbeam", msg("block range is too wide (maximum 1024)"), kindTooWide, 1024, true, "moonbeam (frontier), ankr"},
		{"too wide, maximum", msg("block range is too wide, maximum 2000"), kindTooWide, 2000, true, "moonbeam (frontier), ankr"},
		{"ankr without a number", &faultproxy.RPCError{Code: -32600, Message: "block range is too wide"}, kindTooWide, 3000, false, "ankr"},
		{"hyperliquid", msg("query exceeds max block range 100000"), kindTooWide, 100_000, true, "hyperliquid"},
		{"query timeout", msg("Query timeout exceeded. Consider reducing your block range"), kindTooMany, 0, false, "drpc, chainstack and others"},
		{"avalanche", msg("requested too many blocks from 0 to 16777216, maximum is set to 2048"), kindTooWide, 2048, true, "avalanche"},
		{"thirdweb", msg("Maximum allowed number of requested blocks is 1000"), kindTooWide, 1000, true, "thirdweb"},
		{"blockpi", msg("eth_getLogs is limited to 1,024 block range"), kindTooWide, 1024, true, "blockpi"},
		{"coinbase", msg("please limit the query to at most 1,000 blocks"), kindTooWide, 1000, true, "coinbase"},
		{"publicnode", msg("maximum block range: 50000"), kindTooWide, 50_000, true, "publicnode"},
		{"blast paid", msg("eth_getLogs range exceeds the range allowed for your plan (20000 > 5000)"), kindTooWide, 5000, true, "blast (paid)"},
		{"chainstack", msg("Block range limit exceeded."), kindTooWide, 10_000, false, "chainstack"},
		{"base", msg("block range too large"), kindTooWide, 2000, false, "base"},
		{"optimism", msg("Block range is too large"), kindTooWide, 0, false, "optimism"},
		{"arbitrum", msg("logs matched by query exceeds limit of 10000"), kindTooMany, 0, false, "arbitrum"},
		{"llamarpc", msg("query exceeds max results 20000, retry with the range 1-100"), kindTooMany, 0, false, "llamarpc, ankr"},
		{"1rpc", msg("response size should not greater than 10000000 bytes"), kindTooMany, 0, false, "1rpc"},
		{"aurora", msg("up to a 2000 block range"), kindTooWide, 2000, true, "aurora"},
		{"anvil relaying its fork", msg("server returned an error response: error code -32602: exceed maximum block range 499"), kindTooWide, 500, true, "geth --rpc.rangelimit"},
		{"in an HTTP 400 body", rpc.HTTPError{StatusCode: 400, Status: "400 Bad Request", Body: []byte(`{"jsonrpc":"2.0","error":{"code":-32600,"message":"Max range: 800"}}`)}, kindTooWide, 800, true, "cloudflare"},
		{"geth topics", msg("exceed max topics"), kindFatal, 0, false, "geth"},
		{"rate limit", msg("Your app has exceeded its compute units per second capacity"), kindRetry, 0, false, "alchemy"},
		{"unknown", msg("invalid argument 0: json: cannot unmarshal"), kindFatal, 0, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := classify(tt.err, asked)
			assert.Equal(t, tt.kind, v.kind)
			assert.Equal(t, tt.next, v.next)
			assert.Equal(t, tt.ceiling, v.ceiling)
			assert.Equal(t, tt.provider, v.provider)
		})
	}
}

// The proxy's and the fake's words are the reader's: every shape is recognised, with the number it names.
func TestEveryProxyShapeIsRecognised(t *testing.T) {
	for _, p := range faultproxy.Providers() {
		s, err := faultproxy.ShapeOf(p)
		assert.NoError(t, err)
		wide := classify(s.TooWide(100, 1099, 250), 1000)
		assert.Contains(t, []kind{kindTooWide, kindTooMany}, wide.kind, "%s too wide", p)
		if wide.next != 0 {
			assert.Equal(t, uint64(250), wide.next, "%s names the limit", p)
		}
		many := classify(s.TooMany(100, 1099, 40, 180), 1000)
		assert.Contains(t, []kind{kindTooWide, kindTooMany}, many.kind, "%s too many", p)
		if many.next != 0 {
			assert.Equal(t, uint64(81), many.next, "%s suggests [100, 180]", p)
		}
	}
}

func TestRetryAfterParse(t *testing.T) {
	tests := []struct {
		text string
		want int64 // ms
	}{
		{"retry after 2", 2000},
		{"Retry-After: 1.5", 1500},
		{`"retryAfter":250ms`, 250},
		{"try again in 3 seconds", 3000},
		{"no hint here", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, retryAfter(tt.text).Milliseconds(), tt.text)
	}
}

func TestRedact(t *testing.T) {
	tests := map[string]string{
		"https://eth-mainnet.g.alchemy.com/v2/AbCdEfGhIjKlMnOpQrStUv": "https://eth-mainnet.g.alchemy.com/v2/***",
		"https://user:pass@rpc.example.org/?apikey=123":               "https://rpc.example.org/",
		"http://127.0.0.1:8545":                                       "http://127.0.0.1:8545",
		"not a url":                                                   "not a url",
	}
	for in, want := range tests {
		assert.Equal(t, want, redact(in))
	}
}

func TestErrorSentence(t *testing.T) {
	inner := errors.New("query returned more than 10000 results")
	e := &Error{Endpoint: "https://x", Method: methodGetLogs, From: 100, To: 200, Tries: 7, What: "too many results",
		Action: "narrowed the range to 1 block (150) and gave up", Err: inner}
	assert.Equal(t, "the RPC endpoint https://x refused eth_getLogs for blocks 100–200 (too many results); "+
		"narrowed the range to 1 block (150) and gave up after 7 tries: query returned more than 10000 results", e.Error())
	assert.ErrorIs(t, e, inner)
	head := &Error{Method: methodBlockNumber, Tries: 1, What: "rejected", Action: "gave up at once", Err: inner}
	assert.Equal(t, "the RPC endpoint refused eth_blockNumber (rejected); gave up at once: query returned more than 10000 results", head.Error())
}

func msg(s string) error { return &faultproxy.RPCError{Code: -32000, Message: s} }
