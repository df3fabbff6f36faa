package logs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// Error is a request the endpoint would not answer, after what the reader tried. Its message is one sentence
// for the person running the program.
type Error struct {
	Endpoint  string      // the endpoint as named by WithEndpoint (secrets in the path hidden); "" = unnamed
	Method    string      // "eth_getLogs", "eth_blockNumber"
	From, To  uint64      // the blocks of the refused request (eth_getLogs over a range)
	BlockHash common.Hash // the block of a refused block-hash eth_getLogs; zero for a range
	Tries     int         // requests made for it
	What      string      // what went wrong: "too many results", "rate limited", ...
	Action    string      // what the reader did: "narrowed the range to 1 block and gave up"
	Err       error       // the last error from the endpoint
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("the RPC endpoint ")
	if e.Endpoint != "" {
		b.WriteString(e.Endpoint + " ")
	}
	b.WriteString("refused " + e.Method)
	switch {
	case e.Method != methodGetLogs:
	case e.BlockHash != (common.Hash{}):
		fmt.Fprintf(&b, " for block %s", e.BlockHash.Hex())
	default:
		if e.From == e.To {
			fmt.Fprintf(&b, " for block %d", e.From)
		} else {
			fmt.Fprintf(&b, " for blocks %d–%d", e.From, e.To)
		}
	}
	if e.What != "" {
		fmt.Fprintf(&b, " (%s)", e.What)
	}
	if e.Action != "" {
		b.WriteString("; " + e.Action)
		if e.Tries > 1 {
			fmt.Fprintf(&b, " after %d tries", e.Tries)
		}
	}
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

const (
	methodGetLogs     = "eth_getLogs"
	methodBlockNumber = "eth_blockNumber"
)

// verdict is what one failed request means.
type verdict struct {
	kind       kind
	what       string
	provider   string
	next       uint64 // blocks to ask for next (too wide / too many); 0 = halve
	ceiling    bool
	retryAfter time.Duration // what the endpoint asked us to wait; 0 = unknown
}

// classify reads a failed request's error. asked is the number of blocks it covered.
func classify(err error, asked uint64) verdict {
	text := errorText(err)
	s, m := matchShape(text)
	if s != nil && s.kind != kindRetry {
		v := verdict{kind: s.kind, what: s.what, provider: s.provider, ceiling: s.ceiling}
		if s.next != nil {
			v.next = s.next(m, asked)
		}
		if v.next == 0 {
			v.ceiling = false // nothing learnt about a cap
		}
		return v
	}
	// Passing trouble: named by its type when it has one (HTTP status, network), else by its words.
	if what, ok := transient(err); ok {
		return verdict{kind: kindRetry, what: what, retryAfter: retryAfter(text)}
	}
	if s != nil {
		return verdict{kind: kindRetry, what: s.what, provider: s.provider, retryAfter: retryAfter(text)}
	}
	return verdict{kind: kindFatal, what: "rejected"}
}

// errorText is everything a provider may have put its words in: the message, the JSON-RPC error data (Infura
// puts the range there too) and an HTTP error's body (which rpc.HTTPError's message already holds).
func errorText(err error) string {
	text := err.Error()
	var de rpc.DataError
	if errors.As(err, &de) && de.ErrorData() != nil {
		if b, jerr := json.Marshal(de.ErrorData()); jerr == nil {
			text += " " + string(b)
		}
	}
	return text
}

// transient recognises passing trouble by its type: HTTP status, network failures, timeouts.
func transient(err error) (string, bool) {
	var he rpc.HTTPError
	if errors.As(err, &he) {
		switch {
		case he.StatusCode == 429:
			return "rate limited", true
		case he.StatusCode == 408 || he.StatusCode >= 500:
			return fmt.Sprintf("HTTP %d", he.StatusCode), true
		}
		return "", false
	}
	var rerr rpc.Error
	if errors.As(err, &rerr) && rerr.ErrorCode() == 429 {
		return "rate limited", true
	}
	var ne net.Error
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.EPIPE):
		return "connection lost", true
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		// Only a deadline of the transport's: the caller's own context is checked before classify.
		return "timed out", true
	}
	// Some transports flatten errors into strings.
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"connection reset", "connection refused", "broken pipe", "eof", "timeout", "server closed"} {
		if strings.Contains(msg, s) {
			return "connection lost", true
		}
	}
	return "", false
}

// retryAfterRE finds a wait in an error text: a Retry-After echoed in a body, "retry after 2s",
// "retryAfter":1500ms, "try again in 3 seconds".
var retryAfterRE = regexp.MustCompile(`(?i)(?:retry[-_ ]?after|try again in)["':= ]*(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?)?`)

// maxRetryAfter bounds what an endpoint may make us wait for one retry.
const maxRetryAfter = 2 * time.Minute

func retryAfter(text string) time.Duration {
	m := retryAfterRE.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil || v <= 0 {
		return 0
	}
	unit := time.Second
	if strings.HasPrefix(strings.ToLower(m[2]), "m") {
		unit = time.Millisecond
	}
	return min(time.Duration(v*float64(unit)), maxRetryAfter)
}

// redact names an endpoint without the secrets providers put in URLs: credentials, the query, and long
// path segments (API keys such as Alchemy's /v2/<key>).
func redact(endpoint string) string {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" {
		return endpoint
	}
	segs := strings.Split(u.EscapedPath(), "/")
	for i, s := range segs {
		if len(s) >= 16 {
			segs[i] = "***"
		}
	}
	return u.Scheme + "://" + u.Host + strings.Join(segs, "/")
}
