package relay

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
)

// TestBadRequests: malformed requests get a 4xx with a clear message, as JSON, and nothing is sent.
func TestBadRequests(t *testing.T) {
	e := newEnv(t, nil)
	res := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(2), Shares: 2})
	good := e.signedClaim(newClaimer(t, "bad requests"), res, milli(1), e.deadline())
	goodJSON, err := json.Marshal(good)
	require.NoError(t, err)
	with := func(field, value string) string { // the good claim with one field's raw JSON replaced
		var m map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(goodJSON, &m))
		if value == "" {
			delete(m, field)
		} else {
			m[field] = json.RawMessage(value)
		}
		out, err := json.Marshal(m)
		require.NoError(t, err)
		return string(out)
	}
	huge := `{"packetId": "1", "auth": "0x` + strings.Repeat("ab", 9000) + `"}`
	fields := `the accepted fields are "packetId", "claimer", "maxFee", "deadline", "auth" and "signature"`
	lower := strings.ToLower(good.Claimer)
	badSum := "0x" + strings.ToUpper(lower[2:3]) + lower[3:]
	if strings.ToUpper(lower[2:3]) == lower[2:3] { // the first digit is not a letter: flip the first letter instead
		i := strings.IndexAny(lower[2:], "abcdef") + 2
		badSum = lower[:i] + strings.ToUpper(lower[i:i+1]) + lower[i+1:]
	}

	tests := []struct {
		name        string
		method      string
		path        string
		contentType string
		body        io.Reader
		status      int
		code        string
		msg         string
	}{
		{"oversized body", "POST", "/v1/claims", "application/json", strings.NewReader(huge), 413, "BodyTooLarge",
			"the request body is larger than 16384 bytes"},
		{"oversized body without a length", "POST", "/v1/claims", "application/json", io.MultiReader(strings.NewReader(huge)), 413,
			"BodyTooLarge", "the request body is larger than 16384 bytes"},
		{"wrong content type", "POST", "/v1/claims", "text/plain", bytes.NewReader(goodJSON), 415, "UnsupportedMediaType",
			"the body must be JSON sent with Content-Type: application/json (got text/plain)"},
		{"form content type", "POST", "/v1/claims", "application/x-www-form-urlencoded", strings.NewReader("packetId=1"), 415,
			"UnsupportedMediaType", "~got application/x-www-form-urlencoded"},
		{"no content type", "POST", "/v1/claims", "", bytes.NewReader(goodJSON), 415, "UnsupportedMediaType", "~(got none)"},
		{"empty body", "POST", "/v1/claims", "application/json", nil, 400, "BadJSON",
			`the request body is empty; send a JSON object with "packetId", "claimer", "maxFee", "deadline", "auth" and "signature"`},
		{"broken JSON", "POST", "/v1/claims", "application/json", strings.NewReader(`{"packetId": `), 400, "BadJSON",
			"the body is not valid JSON: it ends in the middle of a value"},
		{"syntax error", "POST", "/v1/claims", "application/json", strings.NewReader(`{"packetId": 1,}`), 400, "BadJSON",
			"~the body is not valid JSON (at byte"},
		{"not an object", "POST", "/v1/claims", "application/json", strings.NewReader(`[1, 2]`), 400, "BadJSON",
			"~must be a JSON object"},
		{"two objects", "POST", "/v1/claims", "application/json", strings.NewReader(string(goodJSON) + string(goodJSON)), 400, "BadJSON",
			"the body must be a single JSON object, but more follows it"},
		{"unknown field", "POST", "/v1/claims", "application/json", strings.NewReader(with("fee", `"1"`)), 400, "UnknownField",
			`unknown field "fee"; ` + fields},
		{"missing signature", "POST", "/v1/claims", "application/json", strings.NewReader(with("signature", "")), 400, "MissingField",
			`field "signature" is required`},
		{"null claimer", "POST", "/v1/claims", "application/json", strings.NewReader(with("claimer", "null")), 400, "MissingField",
			`field "claimer" is required`},
		{"claimer not an address", "POST", "/v1/claims", "application/json", strings.NewReader(with("claimer", `"0x1234"`)), 400,
			"InvalidField", `field "claimer" must be a 0x-hex address of 20 bytes`},
		{"claimer with a wrong checksum", "POST", "/v1/claims", "application/json", strings.NewReader(with("claimer", `"`+badSum+`"`)), 400,
			"InvalidField", `~field "claimer" has a wrong EIP-55 checksum`},
		{"negative fee", "POST", "/v1/claims", "application/json", strings.NewReader(with("maxFee", `"-1"`)), 400, "InvalidField",
			`field "maxFee" must be a whole number of base units (decimal digits, or 0x-hex)`},
		{"fractional fee", "POST", "/v1/claims", "application/json", strings.NewReader(with("maxFee", `1.5`)), 400, "InvalidField",
			`~field "maxFee" must be a whole number`},
		{"fee above uint256", "POST", "/v1/claims", "application/json", strings.NewReader(with("maxFee", `"0x1`+strings.Repeat("0", 64)+`"`)),
			400, "InvalidField", `field "maxFee" is larger than a uint256`},
		{"deadline as an object", "POST", "/v1/claims", "application/json", strings.NewReader(with("deadline", `{}`)), 400, "InvalidField",
			`~field "deadline" must be`},
		{"signature with odd hex", "POST", "/v1/claims", "application/json", strings.NewReader(with("signature", `"0xabc"`)), 400,
			"InvalidField", `field "signature" must be 0x-hex bytes with an even number of digits`},
		{"signature without 0x", "POST", "/v1/claims", "application/json", strings.NewReader(with("signature", `"abcd"`)), 400,
			"InvalidField", `field "signature" must be 0x-hex bytes`},
		{"short signature", "POST", "/v1/claims", "application/json", strings.NewReader(with("signature", `"0x`+strings.Repeat("11", 64)+`"`)),
			400, "InvalidField", `field "signature" must be a 65-byte signature (r, s, v), not 64 bytes`},
		{"GET of claims", "GET", "/v1/claims", "", nil, 405, "MethodNotAllowed", "GET /v1/claims is not allowed; use POST"},
		{"POST of info", "POST", "/v1/info", "application/json", strings.NewReader("{}"), 405, "MethodNotAllowed",
			"POST /v1/info is not allowed; use GET"},
		{"unknown path", "GET", "/v1/nothing", "", nil, 404, "NotFound", "~no such API path /v1/nothing"},
		{"other version", "GET", "/v2/info", "", nil, 404, "NotFound", "~no such API path /v2/info"},
		{"packet id not a number", "GET", "/v1/packets/abc", "", nil, 400, "InvalidField",
			`field "packet id" must be a whole number of base units (decimal digits, or 0x-hex)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := e.relayerState()
			status, header, body := e.do(tc.method, tc.path, tc.contentType, tc.body, nil)
			requireAPIError(t, status, body, tc.status, tc.code, tc.msg)
			require.Equal(t, "application/json; charset=utf-8", header.Get("Content-Type"))
			if tc.status == http.StatusMethodNotAllowed {
				require.NotEmpty(t, header.Get("Allow"))
			}
			e.requireNothingSent(before)
		})
	}
	require.False(t, e.hasClaimed(res.ID, common.HexToAddress(good.Claimer)))

	// The same claim, well formed, with a charset and numbers where strings are usual, goes through.
	relaxed := with("packetId", res.ID.String())
	status, _, body := e.do("POST", "/v1/claims", "application/json; charset=utf-8", strings.NewReader(relaxed), nil)
	out := requireClaimed(t, status, body)
	require.Equal(t, sub(eth(1), milli(1)).String(), out.ClaimerReceived)
}

// TestRateLimits: per claimer and per IP token buckets; a refused request says when to retry.
func TestRateLimits(t *testing.T) {
	e := newEnv(t, func(c *Config) {
		c.ClaimsPerClaimer = Limit{Burst: 2, Every: time.Hour}
		c.ClaimsPerIP = Limit{Burst: 6, Every: time.Hour}
		c.ReadsPerIP = Limit{Burst: 3, Every: time.Hour}
	})
	res := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(2), Shares: 2})
	a, b, c := newClaimer(t, "rate a"), newClaimer(t, "rate b"), newClaimer(t, "rate c")
	cheap := func(key *ecdsaKey) claimJSON { return e.signedClaim(key, res, milli(1), int64(e.Now())-60) } // refused: deadline passed
	before := e.relayerState()

	for range 2 {
		status, body := e.postClaim(cheap(a))
		require.Equal(t, http.StatusUnprocessableEntity, status, "answer: %s", body)
	}
	data, err := json.Marshal(cheap(a))
	require.NoError(t, err)
	status, header, body := e.do("POST", "/v1/claims", "application/json", bytes.NewReader(data), nil)
	requireAPIError(t, status, body, http.StatusTooManyRequests, "RateLimited", "too many claims for "+addrOf(a).Hex()+"; try again in 3600 s")
	require.Equal(t, "3600", header.Get("Retry-After"))

	forged := cheap(b)
	forged.Signature = cheap(a).Signature // a tries to use up b's allowance: it counts against a's IP only
	status, body = e.postClaim(forged)
	requireAPIError(t, status, body, http.StatusUnprocessableEntity, "InvalidClaimerSignature", "")
	for range 2 { // b's own bucket is whole; the 5th and 6th claims from this IP
		status, body = e.postClaim(cheap(b))
		require.Equal(t, http.StatusUnprocessableEntity, status, "answer: %s", body)
	}
	status, body = e.postClaim(cheap(c)) // the 7th from this IP
	requireAPIError(t, status, body, http.StatusTooManyRequests, "RateLimited", "too many claims from your address; try again in 3600 s")
	e.requireNothingSent(before)

	for range 3 {
		var info infoResponse
		e.get("/v1/info", &info)
	}
	status, _, body = e.do("GET", "/v1/info", "", nil, nil)
	requireAPIError(t, status, body, http.StatusTooManyRequests, "RateLimited", "too many requests from your address; try again in 3600 s")
}

// TestRateLimitForwardedFor: behind a proxy the client IP is the proxy's last X-Forwarded-For entry.
func TestRateLimitForwardedFor(t *testing.T) {
	e := newEnv(t, func(c *Config) {
		c.ReadsPerIP = Limit{Burst: 1, Every: time.Hour}
		c.TrustForwardedFor = true
	})
	get := func(xff string) int {
		status, _, _ := e.do("GET", "/v1/info", "", nil, map[string]string{"X-Forwarded-For": xff})
		return status
	}
	require.Equal(t, http.StatusOK, get("1.1.1.1, 10.0.0.1"))
	require.Equal(t, http.StatusTooManyRequests, get("2.2.2.2, 10.0.0.1"), "the forged first entry does not count")
	require.Equal(t, http.StatusOK, get("10.0.0.2"))
}

func TestLimiterRefills(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	l := newLimiter(Limit{Burst: 2, Every: 10 * time.Second})
	l.now = func() time.Time { return now }
	allow := func() (bool, time.Duration) { return l.allow("k") }
	for range 2 {
		ok, _ := allow()
		require.True(t, ok)
	}
	ok, wait := allow()
	require.False(t, ok)
	require.Equal(t, 10*time.Second, wait)
	now = now.Add(4 * time.Second)
	ok, wait = allow()
	require.False(t, ok)
	require.Equal(t, 6*time.Second, wait)
	now = now.Add(6 * time.Second)
	ok, _ = allow()
	require.True(t, ok, "one token back after 10 s")
	ok, _ = l.allow("other")
	require.True(t, ok, "keys have their own buckets")

	now = now.Add(time.Hour)
	l.sweep(now)
	require.Empty(t, l.buckets, "full buckets are forgotten")
	require.True(t, newLimiter(Limit{Burst: -1}).limit.off())
}

// TestCORS: a claim page served from an allowed origin can call the API; others cannot.
func TestCORS(t *testing.T) {
	const page = "https://claim.example"
	e := newEnv(t, func(c *Config) { c.AllowedOrigins = []string{page} })
	origin := func(o string) map[string]string {
		return map[string]string{"Origin": o, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
	}

	status, header, body := e.do("OPTIONS", "/v1/claims", "", nil, origin(page))
	require.Equal(t, http.StatusNoContent, status, "answer: %s", body)
	require.Equal(t, page, header.Get("Access-Control-Allow-Origin"))
	require.Contains(t, header.Get("Access-Control-Allow-Methods"), "POST")
	require.Contains(t, header.Get("Access-Control-Allow-Headers"), "Content-Type")
	require.Equal(t, "Origin", header.Get("Vary"))

	status, header, body = e.do("OPTIONS", "/v1/claims", "", nil, origin("https://evil.example"))
	requireAPIError(t, status, body, http.StatusForbidden, "OriginNotAllowed", "this relayer does not accept requests from pages of https://evil.example")
	require.Empty(t, header.Get("Access-Control-Allow-Origin"))

	status, header, _ = e.do("GET", "/v1/info", "", nil, map[string]string{"Origin": page})
	require.Equal(t, http.StatusOK, status)
	require.Equal(t, page, header.Get("Access-Control-Allow-Origin"))
	require.Equal(t, "Origin", header.Get("Vary"))

	status, header, body = e.do("POST", "/v1/claims", "text/plain", strings.NewReader("{}"), map[string]string{"Origin": page})
	requireAPIError(t, status, body, http.StatusUnsupportedMediaType, "UnsupportedMediaType", "~text/plain")
	require.Equal(t, page, header.Get("Access-Control-Allow-Origin"), "the page can read the error")

	status, header, _ = e.do("GET", "/v1/info", "", nil, map[string]string{"Origin": "https://evil.example"})
	require.Equal(t, http.StatusOK, status)
	require.Empty(t, header.Get("Access-Control-Allow-Origin"), "the browser keeps the answer from that page")

	anyOrigin := newEnv(t, func(c *Config) { c.AllowedOrigins = []string{"*"} })
	status, header, _ = anyOrigin.do("OPTIONS", "/v1/claims", "", nil, origin("http://localhost:5173"))
	require.Equal(t, http.StatusNoContent, status)
	require.Equal(t, "http://localhost:5173", header.Get("Access-Control-Allow-Origin"))
}

func TestNewRefusesBadConfig(t *testing.T) {
	e := newEnv(t, nil)
	relayer := e.clientFor(e.Key(relayerIdx))
	readOnly, err := client.New(e.ctx, e.backend, e.Escrow, nil)
	require.NoError(t, err)
	tests := []struct {
		name string
		cfg  Config
		msg  string
	}{
		{"no client", Config{}, "relay: Config.Client is required"},
		{"no key", Config{Client: readOnly, DefaultMinFee: milli(1)}, "~has no key"},
		{"no token", Config{Client: relayer}, "~no token is relayed"},
		{"negative fee", Config{Client: relayer, DefaultMinFee: milli(-1)}, "relay: Config.DefaultMinFee must be zero or more"},
		{"half a limit", Config{Client: relayer, DefaultMinFee: milli(1), ClaimsPerIP: Limit{Burst: 3}}, "~ClaimsPerIP must have a positive burst"},
		{"missing proofs dir", Config{Client: relayer, DefaultMinFee: milli(1), ProofsDir: t.TempDir() + "/nope"}, "~the proofs directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(e.ctx, tc.cfg)
			require.Error(t, err)
			if contains, ok := strings.CutPrefix(tc.msg, "~"); ok {
				require.Contains(t, err.Error(), contains)
			} else {
				require.Equal(t, tc.msg, err.Error())
			}
		})
	}
}
