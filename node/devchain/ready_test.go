package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/deploy"
)

// freePort returns a port that nothing listens on right now.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	return port
}

// rawCall is one JSON-RPC call over a fresh HTTP connection, as a shell script's curl makes it.
func rawCall(ctx context.Context, url, method string, params ...any) (json.RawMessage, error) {
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	var out struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if out.Error != nil {
		return nil, fmt.Errorf("rpc error: %s", out.Error.Message)
	}
	return out.Result, nil
}

// readiness is what a poller found at its first successful eth_chainId.
type readiness struct {
	failedBefore int    // attempts that got no answer before it
	chainID      string // the answer
	err          error  // what was wrong at that moment (nil: everything was there)
}

// pollUntilReady calls eth_chainId on url until it answers, then checks at once that the deployment file is
// in home and that the escrow and tCNY it names have code, over HTTP and over a new WebSocket connection.
// started is closed after the first attempt, which must fail (nothing may answer before Start).
func pollUntilReady(ctx context.Context, url, wsURL, home string, chainID uint64, started chan<- struct{}) readiness {
	var r readiness
	for {
		res, err := rawCall(ctx, url, "eth_chainId")
		if r.failedBefore == 0 {
			close(started)
		}
		if err == nil {
			if r.failedBefore == 0 {
				return readiness{err: fmt.Errorf("eth_chainId answered before Start was called")}
			}
			r.chainID = string(res)
			r.err = checkReady(ctx, url, wsURL, home, chainID)
			return r
		}
		if ctx.Err() != nil {
			r.err = fmt.Errorf("no answer: %w (last: %v)", ctx.Err(), err)
			return r
		}
		r.failedBefore++
		time.Sleep(time.Millisecond)
	}
}

func checkReady(ctx context.Context, url, wsURL, home string, chainID uint64) error {
	if _, err := os.Stat(deploy.Path(home, chainID)); err != nil {
		return fmt.Errorf("no deployment file yet: %w", err)
	}
	d, err := deploy.Load(home, chainID)
	if err != nil {
		return err
	}
	for name, addr := range map[string]common.Address{"escrow": d.Escrow, "tCNY": d.Tokens["tCNY"]} {
		res, err := rawCall(ctx, url, "eth_getCode", addr, "latest")
		if err != nil {
			return fmt.Errorf("eth_getCode of %s: %w", name, err)
		}
		var code hexutil.Bytes
		if err := json.Unmarshal(res, &code); err != nil {
			return fmt.Errorf("eth_getCode of %s: %w", name, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("no code at the %s %s yet", name, addr)
		}
	}
	ws, err := ethclient.DialContext(ctx, wsURL)
	if err != nil {
		return fmt.Errorf("WebSocket: %w", err)
	}
	defer ws.Close()
	if _, err := ws.ChainID(ctx); err != nil {
		return fmt.Errorf("WebSocket eth_chainId: %w", err)
	}
	return nil
}

// TestRPCAnswersOnlyWhenDeployed: a script that polls eth_chainId from before the chain starts gets its first
// answer only when the escrow and tCNY are on chain and the deployment file is written; WebSocket is up too.
// Before that the port does not even accept connections.
func TestRPCAnswersOnlyWhenDeployed(t *testing.T) {
	restartDir := t.TempDir()
	tests := []struct {
		name    string
		dataDir string
		before  func(t *testing.T) // runs before the poller starts
	}{
		{"in memory", "", nil},
		{"fresh data dir", t.TempDir(), nil},
		{"restart on a data dir", restartDir, func(t *testing.T) {
			first, err := Start(testCtx(t), Config{DataDir: restartDir, Home: t.TempDir()})
			require.NoError(t, err)
			require.NoError(t, first.Close())
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.before != nil {
				tc.before(t)
			}
			ctx := testCtx(t)
			port, home := freePort(t), t.TempDir()
			url, wsURL := fmt.Sprintf("http://127.0.0.1:%d", port), fmt.Sprintf("ws://127.0.0.1:%d", port)
			started := make(chan struct{})
			done := make(chan readiness, 1)
			go func() { done <- pollUntilReady(ctx, url, wsURL, home, DefaultChainID, started) }()
			<-started // the poller is running and has found nothing listening

			c := start(t, Config{Port: port, Home: home, DataDir: tc.dataDir})
			require.Equal(t, url, c.HTTPURL)
			require.Equal(t, wsURL, c.WSURL)
			r := <-done
			require.NoError(t, r.err)
			require.Equal(t, `"0x7a69"`, r.chainID)
			require.Positive(t, r.failedBefore)
		})
	}
}

// TestPortServesWhatItAlwaysDid: the port opened after the deployment serves what go-ethereum's node server
// served before the dev chain had its own: the public modules over HTTP and WebSocket, any CORS origin
// (preflights included) and Host header, and nothing of admin, debug, miner or txpool.
func TestPortServesWhatItAlwaysDid(t *testing.T) {
	c := start(t, Config{})
	ctx := testCtx(t)
	for _, method := range []string{"eth_chainId", "net_version", "web3_clientVersion", "eth_blockNumber"} {
		_, err := rawCall(ctx, c.HTTPURL, method)
		require.NoError(t, err, method)
	}
	_, err := rawCall(ctx, c.HTTPURL, "evm_mine")
	require.NoError(t, err, "the test methods")
	for _, method := range []string{"admin_nodeInfo", "admin_startHTTP", "debug_gcStats", "miner_setGasPrice", "txpool_status"} {
		_, err := rawCall(ctx, c.HTTPURL, method)
		require.ErrorContains(t, err, "does not exist", method)
	}

	body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.HTTPURL, bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", "http://dapp.example")
	req.Host = "devnet.example:8545" // a container or a tunnel: any virtual host
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.NotEmpty(t, resp.Header.Get("Access-Control-Allow-Origin"), "CORS for any origin")

	// A browser's preflight for a JSON POST from another origin (the claim page, a dapp).
	req, err = http.NewRequestWithContext(ctx, http.MethodOptions, c.HTTPURL, nil)
	require.NoError(t, err)
	req.Header.Set("Origin", "http://dapp.example")
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "content-type")
	pre, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer pre.Body.Close()
	require.Equal(t, http.StatusOK, pre.StatusCode)
	require.Equal(t, "*", pre.Header.Get("Access-Control-Allow-Origin"))
	require.Equal(t, "POST", pre.Header.Get("Access-Control-Allow-Methods"))
	require.Equal(t, "content-type", pre.Header.Get("Access-Control-Allow-Headers"))

	// Answers go out uncompressed even to a client that accepts gzip (a client on this machine gains
	// nothing), and a GET of "/" is the health check it always was.
	req, err = http.NewRequestWithContext(ctx, http.MethodPost, c.HTTPURL, bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept-Encoding", "gzip")
	plain, err := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Do(req)
	require.NoError(t, err)
	defer plain.Body.Close()
	require.Empty(t, plain.Header.Get("Content-Encoding"))
	var answer struct {
		Result hexutil.Uint64 `json:"result"`
	}
	require.NoError(t, json.NewDecoder(plain.Body).Decode(&answer))
	require.Equal(t, hexutil.Uint64(DefaultChainID), answer.Result)
	health, err := http.Get(c.HTTPURL)
	require.NoError(t, err)
	health.Body.Close()
	require.Equal(t, http.StatusOK, health.StatusCode)
	notFound, err := http.Post(c.HTTPURL+"/other", "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	notFound.Body.Close()
	require.Equal(t, http.StatusNotFound, notFound.StatusCode)

	ws, err := rpc.DialOptions(ctx, c.WSURL, rpc.WithHeader("Origin", "http://dapp.example"))
	require.NoError(t, err, "WebSocket from a browser origin")
	defer ws.Close()
	var id hexutil.Uint64
	require.NoError(t, ws.CallContext(ctx, &id, "eth_chainId"))
	require.Equal(t, hexutil.Uint64(DefaultChainID), id)
	require.ErrorContains(t, ws.CallContext(ctx, &id, "admin_nodeInfo"), "does not exist")
}
