package relay

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/sig"
)

// Relayer is the HTTP API of the package documentation. It is an http.Handler, safe for concurrent use.
type Relayer struct {
	cfg     Config
	cl      *client.Client
	backend client.Backend
	abi     *escrow.HongbaoEscrow
	escrow  common.Address
	address common.Address
	chainID *big.Int
	domain  sig.Domain
	log     *slog.Logger

	proofs       *proofStore
	claimerLimit *limiter
	claimIPLimit *limiter
	readIPLimit  *limiter
	slots        *inflight
	settler      *settler // background draws of relayed sealed claims (sealed.go)
	anyOrigin    bool
	origins      map[string]bool
}

// New makes a relayer from cfg: it fills in the defaults, checks the values and reads the proofs directory.
func New(ctx context.Context, cfg Config) (*Relayer, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	r := &Relayer{
		cfg:          cfg,
		cl:           cfg.Client,
		backend:      cfg.Client.Backend(),
		abi:          escrow.NewHongbaoEscrow(),
		escrow:       cfg.Client.Escrow(),
		address:      cfg.Client.Address(),
		chainID:      cfg.Client.ChainID(),
		domain:       cfg.Client.Domain(),
		log:          cfg.Logger,
		claimerLimit: newLimiter(cfg.ClaimsPerClaimer),
		claimIPLimit: newLimiter(cfg.ClaimsPerIP),
		readIPLimit:  newLimiter(cfg.ReadsPerIP),
		slots:        newInflight(),
		settler:      newSettler(cfg.MaxSettling),
		origins:      map[string]bool{},
	}
	for _, o := range cfg.AllowedOrigins {
		if o == "*" {
			r.anyOrigin = true
		}
		r.origins[strings.TrimRight(o, "/")] = true
	}
	if cfg.ProofsDir != "" {
		r.proofs, err = newProofStore(cfg.ProofsDir, r.chainID, r.escrow, r.log)
		if err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Address is the relayer's address: the one claimers sign ClaimFor for.
func (r *Relayer) Address() common.Address { return r.address }

// ServeHTTP answers the API of the package documentation, and logs the request.
func (r *Relayer) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("relay: panic", "path", req.URL.Path, "panic", fmt.Sprint(p))
			writeError(rec, errorf(http.StatusInternalServerError, codeInternal, "the relayer failed unexpectedly; try again"))
		}
		attrs := []any{"method", req.Method, "path", req.URL.Path, "status", rec.status}
		if rec.code != "" {
			attrs = append(attrs, "code", rec.code)
		}
		attrs = append(attrs, "ip", clientIP(req, r.cfg.TrustForwardedFor))
		if o := req.Header.Get("Origin"); o != "" {
			attrs = append(attrs, "origin", o)
		}
		r.log.Info("relay request", append(attrs, "ms", time.Since(start).Milliseconds())...)
	}()
	if e := r.serve(rec, req); e != nil {
		rec.code = e.Code
		if e.Err != nil {
			r.log.Warn("relay refused", "path", req.URL.Path, "code", e.Code, "err", e.Err)
		}
		writeError(rec, e)
	}
}

// serve routes a request; an error is answered by ServeHTTP.
func (r *Relayer) serve(w http.ResponseWriter, req *http.Request) *apiError {
	if e := r.cors(w, req); e != nil || req.Method == http.MethodOptions {
		return e
	}
	parts := strings.Split(strings.Trim(req.URL.Path, "/"), "/")
	if len(parts) < 2 || parts[0] != "v1" {
		return notFound(req)
	}
	switch {
	case len(parts) == 2 && parts[1] == "info":
		return r.route(w, req, http.MethodGet, func() *apiError { return r.handleInfo(w, req) })
	case len(parts) == 3 && parts[1] == "packets":
		return r.route(w, req, http.MethodGet, func() *apiError { return r.handlePacket(w, req, parts[2]) })
	case len(parts) == 4 && parts[1] == "proofs":
		return r.route(w, req, http.MethodGet, func() *apiError { return r.handleProof(w, req, parts[2], parts[3]) })
	case len(parts) == 2 && parts[1] == "claims":
		return r.route(w, req, http.MethodPost, func() *apiError { return r.handleClaim(w, req) })
	}
	return notFound(req)
}

// route checks the method and the per-IP limit of the request's kind, then runs h.
func (r *Relayer) route(w http.ResponseWriter, req *http.Request, method string, h func() *apiError) *apiError {
	if req.Method != method && !(method == http.MethodGet && req.Method == http.MethodHead) {
		w.Header().Set("Allow", method+", OPTIONS")
		return errorf(http.StatusMethodNotAllowed, codeMethodNotAllowed, "%s %s is not allowed; use %s", req.Method, req.URL.Path, method)
	}
	lim, what := r.readIPLimit, "requests"
	if method == http.MethodPost {
		lim, what = r.claimIPLimit, "claims"
	}
	if ok, wait := lim.allow(clientIP(req, r.cfg.TrustForwardedFor)); !ok {
		return rateLimited(fmt.Sprintf("too many %s from your address", what), wait)
	}
	return h()
}

func rateLimited(what string, wait time.Duration) *apiError {
	secs := int((wait + time.Second - 1) / time.Second)
	return &apiError{Status: http.StatusTooManyRequests, Code: codeRateLimited, RetryAfter: wait,
		Message: fmt.Sprintf("%s; try again in %d s", what, secs)}
}

func notFound(req *http.Request) *apiError {
	return errorf(http.StatusNotFound, codeNotFound,
		"no such API path %s; the paths are /v1/info, /v1/packets/{id}, /v1/proofs/{id}/{address} and /v1/claims", req.URL.Path)
}

// cors adds the CORS headers for an allowed origin and answers preflight requests. Requests without an
// Origin header (same origin, curl) need nothing.
func (r *Relayer) cors(w http.ResponseWriter, req *http.Request) *apiError {
	origin := req.Header.Get("Origin")
	w.Header().Add("Vary", "Origin")
	allowed := origin != "" && (r.anyOrigin || r.origins[origin])
	if allowed {
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Expose-Headers", "Retry-After")
	}
	if req.Method != http.MethodOptions {
		return nil
	}
	if origin != "" && !allowed {
		return errorf(http.StatusForbidden, codeOriginNotAllowed, "this relayer does not accept requests from pages of %s", origin)
	}
	w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
	w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
	w.Header().Set("Access-Control-Max-Age", "600")
	w.Header().Set("Allow", "GET, POST, OPTIONS")
	w.WriteHeader(http.StatusNoContent)
	return nil
}
