package devchain

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// publicModules are the RPC namespaces served on the port (never admin, debug, miner or txpool).
var publicModules = []string{"eth", "net", "web3", "evm", "anvil", "hardhat"}

// rpcServer serves JSON-RPC over HTTP and WebSocket on one listener, from an rpc.Server of its own that holds
// only the public modules. It replaces go-ethereum's node HTTP server, which wraps every HTTP response in
// gzip when the client accepts it (undici and browsers do), allocating a compressor per response: about a
// twentieth of the dev chain's CPU per transaction went into compressing answers of a few hundred bytes to
// a client on the same machine. What else that server did is kept: any CORS origin (the claim page and
// dapps on other origins), any Host header, WebSocket upgrades on the same port from any origin, JSON-RPC
// on "/" only, the same batch, body and timeout limits, HTTP/1.1 and cleartext HTTP/2.
type rpcServer struct {
	rpc  *rpc.Server
	http *http.Server
	ln   net.Listener
	done chan struct{} // closed when Serve returns
}

// newRPCServer registers apis (in order: a later method of the same name replaces an earlier one) of the
// public modules.
func newRPCServer(apis []rpc.API) (*rpcServer, error) {
	srv := rpc.NewServer()
	srv.SetBatchLimits(node.DefaultConfig.BatchRequestLimit, node.DefaultConfig.BatchResponseMaxSize)
	srv.SetHTTPBodyLimit(node.DefaultConfig.HTTPBodyLimit)
	if err := node.RegisterApis(apis, publicModules, srv); err != nil {
		srv.Stop()
		return nil, fmt.Errorf("devchain: register RPC APIs: %w", err)
	}
	return &rpcServer{rpc: srv}, nil
}

// listen opens addr and serves on it.
func (s *rpcServer) listen(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	t := rpc.DefaultHTTPTimeouts
	s.http = &http.Server{
		Handler:           s.handler(),
		ReadTimeout:       t.ReadTimeout,
		ReadHeaderTimeout: t.ReadHeaderTimeout,
		WriteTimeout:      t.WriteTimeout,
		IdleTimeout:       t.IdleTimeout,
		Protocols:         new(http.Protocols),
	}
	s.http.Protocols.SetHTTP1(true)
	s.http.Protocols.SetUnencryptedHTTP2(true)
	s.ln, s.done = ln, make(chan struct{})
	go func() {
		defer close(s.done)
		_ = s.http.Serve(ln) // returns ErrServerClosed on close
	}()
	return nil
}

// handler routes WebSocket upgrades to the WebSocket handler and the rest, with CORS, to JSON-RPC over HTTP.
func (s *rpcServer) handler() http.Handler {
	ws := s.rpc.WebsocketHandler([]string{"*"})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		if isWebsocket(r) {
			ws.ServeHTTP(w, r)
			return
		}
		if corsAnyOrigin(w, r) {
			return // a preflight, answered
		}
		s.rpc.ServeHTTP(w, r)
	})
}

func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket") &&
		strings.Contains(strings.ToLower(r.Header.Get("Connection")), "upgrade")
}

// corsAnyOrigin allows every origin to POST and GET with any header, as go-ethereum's node does with
// --http.corsdomain "*" (github.com/rs/cors with those options): it answers a preflight itself (true), and
// marks an actual request from a page of any origin as allowed.
func corsAnyOrigin(w http.ResponseWriter, r *http.Request) bool {
	h := w.Header()
	origin := r.Header.Get("Origin")
	if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
		h.Add("Vary", "Origin")
		h.Add("Vary", "Access-Control-Request-Method")
		h.Add("Vary", "Access-Control-Request-Headers")
		method := strings.ToUpper(r.Header.Get("Access-Control-Request-Method"))
		if origin != "" && (method == http.MethodPost || method == http.MethodGet || method == http.MethodOptions) {
			h.Set("Access-Control-Allow-Origin", "*")
			h.Set("Access-Control-Allow-Methods", method)
			if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
				h.Set("Access-Control-Allow-Headers", req)
			}
			h.Set("Access-Control-Max-Age", "600")
		}
		w.WriteHeader(http.StatusOK)
		return true
	}
	h.Add("Vary", "Origin")
	if origin != "" && (r.Method == http.MethodPost || r.Method == http.MethodGet || r.Method == http.MethodOptions) {
		h.Set("Access-Control-Allow-Origin", "*")
	}
	return false
}

// url is the listener's address under scheme ("http", "ws").
func (s *rpcServer) url(scheme string) string {
	return scheme + "://" + s.ln.Addr().String()
}

// shutdownTimeout bounds how long close waits for HTTP requests in flight.
const shutdownTimeout = 5 * time.Second

// close stops the RPC server (ending WebSocket connections and subscriptions), then the HTTP server, freeing
// the port.
func (s *rpcServer) close() error {
	s.rpc.Stop()
	if s.http == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err := s.http.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		err = s.http.Close()
	}
	<-s.done
	return err
}

// web3API is the web3 namespace that go-ethereum's node serves (its own type is unexported).
type web3API struct{ stack *node.Node }

// ClientVersion is web3_clientVersion: the node's name, as go-ethereum reports it.
func (a *web3API) ClientVersion() string { return a.stack.Server().Name }

// Sha3 is web3_sha3: the Keccak-256 of the input.
func (a *web3API) Sha3(input hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(input) }
