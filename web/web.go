// Package web serves the browser claim page: the Vite build in dist/ (embedded), the page's runtime
// configuration at /config.json, and optionally the relayer API under /v1/ on the same origin.
//
// The page is a single-page app: "/" and every "/claim/..." path answer index.html, which reads the link
// from the address bar (see README.md for the link format). Rebuild dist/ with `npm ci && npx vite build`
// in this directory after changing the sources; the build is deterministic and committed.
package web

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"sort"
	"strings"
	"time"
)

//go:embed all:dist
var dist embed.FS

// Config is what a server tells the page at run time.
type Config struct {
	// ChainID is the chain that RPCURL serves. The page uses RPCURL only for links of this chain.
	ChainID uint64
	// RPCURL is a JSON-RPC endpoint the browser can reach (absolute, or relative to the page's origin). The
	// page reads packets over it when no relayer answers, and sends direct claims from a browser key
	// through it. Empty: the page reads through the relayer (or an injected wallet) only.
	RPCURL string
	// RelayerURL is the relayer's base URL (the API is under RelayerURL/v1/). Empty: the page's own origin.
	// A link's ?relayer= query parameter overrides it.
	RelayerURL string
	// API, when set, is served under /v1/ (the relayer, node/relay.Relayer), so that page and API share an
	// origin and need no CORS.
	API http.Handler
	// Routes are more handlers on the same origin, by path prefix ending in "/" (e.g. "/api/" for
	// node/webapi, the index API of the "My packets" screen, and the risk checks before a send).
	Routes map[string]http.Handler
	// Escrow is the escrow that the send form and "My packets" use (chain ChainID); empty: they are off.
	Escrow string
	// Tokens are the ERC-20 tokens the send form offers besides ETH (the deployment's), by symbol.
	Tokens []Token
	// ExplorerURL, when set, is a block explorer's base URL: the page links transactions to
	// ExplorerURL/tx/<hash> and addresses to ExplorerURL/address/<address>.
	ExplorerURL string
}

// Token is an ERC-20 the send form offers.
type Token struct {
	Symbol  string `json:"symbol"`
	Address string `json:"address"`
}

// pageConfig is /config.json.
type pageConfig struct {
	ChainID     uint64  `json:"chainId,omitempty"`
	RPCURL      string  `json:"rpcUrl,omitempty"`
	RelayerURL  string  `json:"relayerUrl,omitempty"`
	ExplorerURL string  `json:"explorerUrl,omitempty"`
	Escrow      string  `json:"escrow,omitempty"`
	Tokens      []Token `json:"tokens,omitempty"`
	// API says whether the index API (/api/) answers on this origin.
	API bool `json:"api,omitempty"`
}

// Files is the built page (index.html, assets/...).
func Files() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil { // "dist" is a valid path: cannot happen
		panic(err)
	}
	return sub
}

type handler struct {
	files  fs.FS
	index  []byte
	config []byte
	api    http.Handler
	routes []route // longest prefix first
}

type route struct {
	prefix string
	h      http.Handler
}

// Handler serves the claim page with cfg as its runtime configuration.
func Handler(cfg Config) http.Handler {
	files := Files()
	// A missing index.html (dist/ not built) is answered with 503 and what to run; see serveIndex.
	index, _ := fs.ReadFile(files, "index.html")
	conf, err := json.Marshal(pageConfig{ChainID: cfg.ChainID, RPCURL: cfg.RPCURL, RelayerURL: cfg.RelayerURL,
		ExplorerURL: cfg.ExplorerURL, Escrow: cfg.Escrow, Tokens: cfg.Tokens, API: cfg.Routes["/api/"] != nil})
	if err != nil { // strings and a number: cannot happen
		panic(fmt.Sprintf("web: encode the page configuration: %v", err))
	}
	var routes []route
	for p, rh := range cfg.Routes {
		if rh != nil {
			routes = append(routes, route{p, rh})
		}
	}
	sort.Slice(routes, func(i, j int) bool { return len(routes[i].prefix) > len(routes[j].prefix) })
	return &handler{files: files, index: index, config: conf, api: cfg.API, routes: routes}
}

// contentSecurityPolicy lets the page run only its own script and style. Connections may go anywhere over
// HTTP(S): the relayer can be another origin (?relayer=) and the RPC endpoint usually is.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self' http: https: ws: wss:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if h.api != nil && (p == "/v1" || strings.HasPrefix(p, "/v1/")) {
		h.api.ServeHTTP(w, r)
		return
	}
	for _, rt := range h.routes {
		if p == strings.TrimSuffix(rt.prefix, "/") || strings.HasPrefix(p, rt.prefix) {
			rt.h.ServeHTTP(w, r)
			return
		}
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, fmt.Sprintf("%s is not allowed here; the claim page only answers GET", r.Method), http.StatusMethodNotAllowed)
		return
	}
	hdr := w.Header()
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
	switch {
	case p == "/config.json":
		hdr.Set("Cache-Control", "no-store")
		serveBytes(w, r, "config.json", h.config)
	case isPage(p):
		h.serveIndex(w, r)
	default:
		h.serveFile(w, r, strings.TrimPrefix(path.Clean(p), "/"))
	}
}

// pages are the page's own paths (see README.md): each answers index.html, which routes in the browser.
var pages = []string{"/claim", "/packet", "/respond", "/send", "/mine"}

func isPage(p string) bool {
	if p == "/" || p == "/index.html" {
		return true
	}
	for _, pre := range pages {
		if p == pre || strings.HasPrefix(p, pre+"/") {
			return true
		}
	}
	return false
}

// serveIndex answers the page itself. It is never cached, so that a new build is picked up at once.
func (h *handler) serveIndex(w http.ResponseWriter, r *http.Request) {
	if len(h.index) == 0 {
		http.Error(w, "the claim page is not built: run `npm ci && npx vite build` in web/ and rebuild", http.StatusServiceUnavailable)
		return
	}
	hdr := w.Header()
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("Content-Security-Policy", contentSecurityPolicy)
	hdr.Set("X-Frame-Options", "DENY")
	serveBytes(w, r, "index.html", h.index)
}

// serveFile answers a built file. Files under assets/ have content hashes in their names: cache them for good.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	data, err := fs.ReadFile(h.files, name)
	if name == "" || name == "index.html" || err != nil {
		http.Error(w, fmt.Sprintf("%s: not found; claim links look like /claim/<chainId>/<escrow>/<id>#code=<code>", r.URL.Path), http.StatusNotFound)
		return
	}
	if strings.HasPrefix(name, "assets/") {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	serveBytes(w, r, name, data)
}

// serveBytes writes data with the content type of name; http.ServeContent handles HEAD, ranges and
// If-Modified-Since (the embedded files have no time, so no Last-Modified is sent).
func serveBytes(w http.ResponseWriter, r *http.Request, name string, data []byte) {
	if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}
