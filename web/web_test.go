package web_test

import (
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/web"
)

// index is the embedded index.html, and the script it loads.
func index(t *testing.T) (string, string) {
	t.Helper()
	data, err := fs.ReadFile(web.Files(), "index.html")
	require.NoError(t, err)
	m := regexp.MustCompile(`src="/(assets/index-[A-Za-z0-9_-]+\.js)"`).FindStringSubmatch(string(data))
	require.NotNil(t, m, "index.html loads its bundle from /assets/")
	return string(data), m[1]
}

func do(t *testing.T, h http.Handler, method, path string) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	res := rec.Result()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, string(body)
}

// apiStub stands for the relayer: it answers every request with its method and path.
var apiStub = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"api":"`+r.Method+" "+r.URL.Path+`"}`)
})

func TestHandlerRoutes(t *testing.T) {
	page, script := index(t)
	bundle, err := fs.ReadFile(web.Files(), script)
	require.NoError(t, err)
	h := web.Handler(web.Config{ChainID: 31337, RPCURL: "http://127.0.0.1:8545", API: apiStub})
	const escrow = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	tests := []struct {
		name, method, path string
		status             int
		body               string // exact body, when set
		contains           string // part of the body, when set
		contentType, cache string
	}{
		{"start page", "GET", "/", 200, page, "", "text/html; charset=utf-8", "no-cache"},
		{"claim link", "GET", "/claim/31337/" + escrow + "/7", 200, page, "", "text/html; charset=utf-8", "no-cache"},
		{"claim link, trailing slash", "GET", "/claim/31337/" + escrow + "/7/", 200, page, "", "text/html; charset=utf-8", "no-cache"},
		{"any claim path", "GET", "/claim/whatever", 200, page, "", "text/html; charset=utf-8", "no-cache"},
		{"index.html", "GET", "/index.html", 200, page, "", "text/html; charset=utf-8", "no-cache"},
		{"config", "GET", "/config.json", 200, `{"chainId":31337,"rpcUrl":"http://127.0.0.1:8545"}`, "", "application/json", "no-store"},
		{"bundle", "GET", "/" + script, 200, string(bundle), "", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"},
		{"favicon", "GET", "/favicon.svg", 200, "", "<svg", "image/svg+xml", "no-cache"},
		{"head of a claim link", "HEAD", "/claim/1/" + escrow + "/1", 200, "", "", "text/html; charset=utf-8", "no-cache"},
		{"missing asset", "GET", "/assets/nope.js", 404, "", "not found", "text/plain; charset=utf-8", ""},
		{"assets directory", "GET", "/assets", 404, "", "not found", "text/plain; charset=utf-8", ""},
		{"other path", "GET", "/wallet", 404, "", "claim links look like /claim/", "text/plain; charset=utf-8", ""},
		{"dot-dot", "GET", "/assets/../../web.go", 404, "", "not found", "text/plain; charset=utf-8", ""},
		{"post to the page", "POST", "/claim/1/" + escrow + "/1", 405, "", "only answers GET", "text/plain; charset=utf-8", ""},
		{"api get", "GET", "/v1/info", 200, `{"api":"GET /v1/info"}`, "", "application/json", ""},
		{"api post", "POST", "/v1/claims", 200, `{"api":"POST /v1/claims"}`, "", "application/json", ""},
		{"api root", "GET", "/v1", 200, `{"api":"GET /v1"}`, "", "application/json", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, body := do(t, h, tc.method, tc.path)
			require.Equal(t, tc.status, res.StatusCode, body)
			if tc.body != "" {
				require.Equal(t, tc.body, body)
			}
			if tc.contains != "" {
				require.Contains(t, body, tc.contains)
			}
			if tc.method == "HEAD" {
				require.Empty(t, body)
			}
			require.Equal(t, tc.contentType, res.Header.Get("Content-Type"))
			require.Equal(t, tc.cache, res.Header.Get("Cache-Control"))
		})
	}
}

func TestPageHeaders(t *testing.T) {
	h := web.Handler(web.Config{})
	res, _ := do(t, h, "GET", "/claim/1/0x5FbDB2315678afecb367f032d93F642f64180aa3/1")
	csp := res.Header.Get("Content-Security-Policy")
	require.Contains(t, csp, "script-src 'self'")
	require.Contains(t, csp, "frame-ancestors 'none'")
	require.NotContains(t, csp, "unsafe-inline")
	require.Equal(t, "no-referrer", res.Header.Get("Referrer-Policy"))
	require.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
	require.Equal(t, "DENY", res.Header.Get("X-Frame-Options"))
}

func TestConfigDefaults(t *testing.T) {
	// No RPC and no API: the page reads through a relayer on its own origin (or one named in the link).
	h := web.Handler(web.Config{})
	_, body := do(t, h, "GET", "/config.json")
	require.JSONEq(t, `{}`, body)
	res, body := do(t, h, "GET", "/v1/info")
	require.Equal(t, http.StatusNotFound, res.StatusCode, "no API mounted: /v1/ is not the page's")
	require.Contains(t, body, "not found")

	h = web.Handler(web.Config{ChainID: 5, RPCURL: "/rpc", RelayerURL: "https://relay.example"})
	_, body = do(t, h, "GET", "/config.json")
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(body), &got))
	require.Equal(t, map[string]any{"chainId": float64(5), "rpcUrl": "/rpc", "relayerUrl": "https://relay.example"}, got)
}

func TestBuildIsSelfContained(t *testing.T) {
	// Every file the page loads is embedded, and none names a path of the machine that built it.
	page, _ := index(t)
	for _, m := range regexp.MustCompile(`(?:src|href)="/([^"]+)"`).FindAllStringSubmatch(page, -1) {
		_, err := fs.Stat(web.Files(), m[1])
		require.NoError(t, err, "index.html loads /%s", m[1])
	}
	require.NoError(t, fs.WalkDir(web.Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(web.Files(), p)
		require.NoError(t, err)
		for _, bad := range []string{"/work/", "/root/", "/home/", "node_modules"} {
			require.False(t, strings.Contains(string(data), bad), "%s contains %q", p, bad)
		}
		return nil
	}))
}

// The app's paths answer the page; Routes are served by the longest prefix; /config.json names the escrow,
// tokens, explorer and whether /api/ answers.
func TestAppRoutes(t *testing.T) {
	stub := func(name string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(name)) })
	}
	h := web.Handler(web.Config{ChainID: 31337, Escrow: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
		Tokens: []web.Token{{Symbol: "tCNY", Address: "0x0000000000000000000000000000000000000001"}}, ExplorerURL: "https://x.example",
		Routes: map[string]http.Handler{"/api/": stub("index"), "/api/risk/": stub("risk")}})
	for _, p := range []string{"/send", "/mine", "/packet/31337/0x5FbDB2315678afecb367f032d93F642f64180aa3/7", "/respond/1/0x5FbDB2315678afecb367f032d93F642f64180aa3/7"} {
		res, body := do(t, h, "GET", p)
		require.Equal(t, http.StatusOK, res.StatusCode, p)
		require.Contains(t, body, "<html", p)
	}
	for path, want := range map[string]string{"/api/packets": "index", "/api/risk": "risk", "/api/risk/": "risk", "/api/riskier": "index"} {
		_, body := do(t, h, "POST", path)
		require.Equal(t, want, body, path)
	}
	res, _ := do(t, h, "GET", "/sender")
	require.Equal(t, http.StatusNotFound, res.StatusCode)
	_, conf := do(t, h, "GET", "/config.json")
	require.JSONEq(t, `{"chainId":31337,"escrow":"0x5FbDB2315678afecb367f032d93F642f64180aa3","tokens":[{"symbol":"tCNY","address":"0x0000000000000000000000000000000000000001"}],"explorerUrl":"https://x.example","api":true}`, conf)
}
