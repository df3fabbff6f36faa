package faultproxy

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
)

// RPCError is a JSON-RPC error object as a provider sends it. It satisfies go-ethereum's rpc.Error and
// rpc.DataError, so a fake node in a test can return it where ethclient would.
type RPCError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

func (e *RPCError) Error() string  { return e.Message }
func (e *RPCError) ErrorCode() int { return e.Code }
func (e *RPCError) ErrorData() any { return e.Data }

// Shape is how one provider refuses an eth_getLogs it will not answer. Limits are in blocks and logs.
type Shape struct {
	Provider string
	// TooWide answers a query of blocks [from, to] when the provider serves at most max blocks per query.
	TooWide func(from, to, max uint64) *RPCError
	// TooMany answers a query of [from, to] that matched more than max logs; fit is the last block such
	// that [from, fit] holds at most max (providers that suggest a range compute one like it).
	TooMany func(from, to, max, fit uint64) *RPCError
}

// The refusals below are the providers' own words as far as they are documented or quoted (Ponder's
// getLogsRetryHelper and its tests collect them); where a provider has only one way to refuse, it refuses
// both ways with it, and a provider without a result limit of its own answers like the geth-derived nodes.

func gethTooMany(_, _, max, _ uint64) *RPCError {
	return &RPCError{Code: -32005, Message: fmt.Sprintf("query returned more than %d results", max)}
}

// grouped writes 10000 as 10,000 (QuickNode does).
func grouped(n uint64) string {
	s := strconv.FormatUint(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func hexRange(from, to uint64) string { return fmt.Sprintf("[0x%x, 0x%x]", from, to) }

// shapes returns every provider's shape, keyed by name.
func shapes() map[string]Shape {
	list := []Shape{
		{
			// geth --rpc.rangelimit N refuses to-from > N, so N+1 blocks are allowed. geth has no result
			// limit; its derivatives (bor, zkevm) use the message below.
			Provider: "geth",
			TooWide: func(_, _, max uint64) *RPCError {
				return &RPCError{Code: -32602, Message: fmt.Sprintf("exceed maximum block range %d", max-1)}
			},
			TooMany: gethTooMany,
		},
		{
			// Anvil has no limits of its own; forking, it relays its upstream's refusal through alloy.
			Provider: "anvil",
			TooWide: func(_, _, max uint64) *RPCError {
				return &RPCError{Code: -32603, Message: fmt.Sprintf(
					"server returned an error response: error code -32602: exceed maximum block range %d", max-1)}
			},
			TooMany: func(_, _, max, _ uint64) *RPCError {
				return &RPCError{Code: -32603, Message: fmt.Sprintf(
					"server returned an error response: error code -32005: query returned more than %d results", max)}
			},
		},
		{
			Provider: "alchemy",
			TooWide: func(from, _, max uint64) *RPCError {
				return &RPCError{Code: -32600, Message: fmt.Sprintf("Under the Free tier plan, you can make eth_getLogs "+
					"requests with up to a %d block range. Based on your parameters, this block range should work: %s",
					max, hexRange(from, from+max-1))}
			},
			TooMany: func(from, _, max, fit uint64) *RPCError {
				return &RPCError{Code: -32602, Message: fmt.Sprintf("Log response size exceeded. You can make eth_getLogs "+
					"requests with up to a 2K block range and no limit on the response size, or you can request any "+
					"block range with a cap of %d logs in the response. Based on your parameters, this block range "+
					"should work: %s", max, hexRange(from, fit))}
			},
		},
		{
			// Infura puts the suggestion in the message and in data.
			Provider: "infura",
			TooWide: func(from, _, max uint64) *RPCError {
				return infuraTooMany(from, from+max-1, 10_000)
			},
			TooMany: func(from, _, max, fit uint64) *RPCError { return infuraTooMany(from, fit, max) },
		},
		{
			Provider: "quicknode",
			TooWide: func(_, _, max uint64) *RPCError {
				return &RPCError{Code: -32614, Message: fmt.Sprintf("eth_getLogs is limited to a %s range", grouped(max))}
			},
			TooMany: gethTooMany,
		},
		{
			Provider: "cloudflare",
			TooWide: func(_, _, max uint64) *RPCError {
				return &RPCError{Code: -32047, Message: fmt.Sprintf(
					"Invalid eth_getLogs request. 'fromBlock'-'toBlock' range too large. Max range: %d", max)}
			},
			TooMany: gethTooMany,
		},
		{
			Provider: "moonbeam",
			TooWide: func(_, _, max uint64) *RPCError {
				return &RPCError{Code: -32603, Message: fmt.Sprintf("block range is too wide (maximum %d)", max)}
			},
			TooMany: gethTooMany,
		},
		{
			Provider: "avalanche",
			TooWide: func(from, to, max uint64) *RPCError {
				return &RPCError{Code: -32000, Message: fmt.Sprintf(
					"requested too many blocks from %d to %d, maximum is set to %d", from, to, max)}
			},
			TooMany: gethTooMany,
		},
		{
			Provider: "hyperliquid",
			TooWide: func(_, _, max uint64) *RPCError {
				return &RPCError{Code: -32000, Message: fmt.Sprintf("query exceeds max block range %d", max)}
			},
			TooMany: gethTooMany,
		},
		{
			Provider: "coinbase",
			TooWide: func(_, _, max uint64) *RPCError {
				return &RPCError{Code: -32000, Message: fmt.Sprintf("please limit the query to at most %s blocks", grouped(max))}
			},
			TooMany: gethTooMany,
		},
		{
			// No number: the reader can only halve.
			Provider: "optimism",
			TooWide: func(uint64, uint64, uint64) *RPCError {
				return &RPCError{Code: -32000, Message: "Block range is too large"}
			},
			TooMany: func(uint64, uint64, uint64, uint64) *RPCError {
				return &RPCError{Code: -32000, Message: "backend response too large"}
			},
		},
		{
			Provider: "arbitrum",
			TooWide: func(_, _, max uint64) *RPCError {
				return &RPCError{Code: -32000, Message: fmt.Sprintf("maximum block range: %d", max)} // via publicnode
			},
			TooMany: func(_, _, max, _ uint64) *RPCError {
				return &RPCError{Code: -32000, Message: fmt.Sprintf("logs matched by query exceeds limit of %d", max)}
			},
		},
		{
			// Reported by several hosted providers when a query runs long.
			Provider: "timeout",
			TooWide: func(uint64, uint64, uint64) *RPCError {
				return &RPCError{Code: -32002, Message: "Query timeout exceeded. Consider reducing your block range."}
			},
			TooMany: func(uint64, uint64, uint64, uint64) *RPCError {
				return &RPCError{Code: -32002, Message: "Query timeout exceeded. Consider reducing your block range."}
			},
		},
	}
	m := make(map[string]Shape, len(list))
	for _, s := range list {
		m[s.Provider] = s
	}
	return m
}

func infuraTooMany(from, fit, max uint64) *RPCError {
	return &RPCError{
		Code: -32005,
		Message: fmt.Sprintf("query returned more than %d results. Try with this block range %s.",
			max, hexRange(from, fit)),
		Data: map[string]any{"from": fmt.Sprintf("0x%x", from), "to": fmt.Sprintf("0x%x", fit), "limit": max},
	}
}

// Providers lists the providers whose refusals the proxy can play, sorted; the first six are the ones the
// project tests against first (geth, anvil, alchemy, infura, quicknode, cloudflare) in that order.
func Providers() []string {
	primary := []string{"geth", "anvil", "alchemy", "infura", "quicknode", "cloudflare"}
	seen := map[string]bool{}
	for _, p := range primary {
		seen[p] = true
	}
	var rest []string
	for p := range shapes() {
		if !seen[p] {
			rest = append(rest, p)
		}
	}
	sort.Strings(rest)
	return append(primary, rest...)
}

// ShapeOf returns a provider's shape; "" is geth.
func ShapeOf(provider string) (Shape, error) {
	if provider == "" {
		provider = "geth"
	}
	s, ok := shapes()[provider]
	if !ok {
		return Shape{}, fmt.Errorf("faultproxy: unknown provider %q (known: %v)", provider, Providers())
	}
	return s, nil
}

// errorBody is a JSON-RPC error response.
func errorBody(id json.RawMessage, e *RPCError) []byte {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	b, _ := json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   *RPCError       `json:"error"`
	}{"2.0", id, e})
	return b
}
