package transport

import (
	"bytes"
	"encoding/json"
	"maps"
	"sync"
)

// Counter counts JSON-RPC calls per method, as sent over HTTP by a client dialled WithCounter: a
// batch of five calls counts five. A call is counted once however many tries it takes, so the
// figures are what the code asked for (what a provider's quota is about), not network attempts.
// Safe for concurrent use; the zero value is ready.
type Counter struct {
	mu     sync.Mutex
	counts map[string]int
	total  int
}

// Counts returns a copy of the per-method counts.
func (c *Counter) Counts() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := maps.Clone(c.counts)
	if out == nil {
		out = map[string]int{}
	}
	return out
}

// Count returns the number of calls to method.
func (c *Counter) Count(method string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[method]
}

// Total returns the number of calls to all methods.
func (c *Counter) Total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.total
}

// Reset sets every count to zero.
func (c *Counter) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts, c.total = nil, 0
}

func (c *Counter) add(method string, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	c.counts[method] += n
	c.total += n
}

type rpcCall struct {
	Method string `json:"method"`
}

// observe counts the calls in one request body. Bodies that are not JSON-RPC are not counted.
func (c *Counter) observe(body []byte) {
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return
	}
	if body[0] == '[' {
		var batch []rpcCall
		if json.Unmarshal(body, &batch) != nil {
			return
		}
		for _, call := range batch {
			if call.Method != "" {
				c.add(call.Method, 1)
			}
		}
		return
	}
	var call rpcCall
	if json.Unmarshal(body, &call) == nil && call.Method != "" {
		c.add(call.Method, 1)
	}
}
