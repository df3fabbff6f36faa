package cli

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// freshKey is a new account with no ETH at all, as --private-key and its address.
func freshKey(t *testing.T) (string, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return "0x" + hex.EncodeToString(crypto.FromECDSA(k)), crypto.PubkeyToAddress(k.PublicKey)
}

// Gasless claims (rules §1): an account with no ETH signs, `hongbao relay` submits and is paid its fee.
func TestRelayedClaim(t *testing.T) {
	h := newHarness(t)
	rl := h.start(args("relay", "--addr", "127.0.0.1:0", as(9))...)
	url := str(t, rl.info, "url")
	require.Equal(t, addr(9).Hex(), str(t, rl.info, "relayer"))
	require.Equal(t, url+"/v1/", str(t, rl.info, "api"))

	sent := h.okJSON(args("send", "--shares", "3", "--amount", "0.3", as(0))...)
	id, code := str(t, sent, "packetId"), str(t, sent, "claimCode")
	key, who := freshKey(t)
	require.Zero(t, h.ethBalance(who).Sign())
	relayerBefore := h.ethBalance(addr(9))
	c := h.okJSON("claim", id, "--code", code, "--private-key", key, "--relayer", url)
	require.Equal(t, "100000000000000000", str(t, c, "amount"))
	require.Equal(t, "100000000000000", str(t, c, "fee"), "the relayer's minimum, 0.0001 ETH")
	require.Equal(t, "99900000000000000", str(t, c, "received"))
	require.Equal(t, addr(9).Hex(), str(t, c, "relayer"))
	require.Equal(t, bigOf(t, "99900000000000000"), h.ethBalance(who), "the claimer got the share less the fee, and paid no gas")
	require.Zero(t, h.nonce(who), "the claimer sent nothing itself")
	require.Positive(t, h.ethBalance(addr(9)).Cmp(sub(relayerBefore, big.NewInt(1e15))), "the relayer paid the gas and got the fee")
	require.Contains(t, h.ok("show", id), "Claims so far (1)")

	relayerNonce := h.nonce(addr(9))
	refused := func(code string, a ...string) {
		t.Helper()
		res := h.fails(code, a...)
		require.Equal(t, relayerNonce, h.nonce(addr(9)), "%s: the relayer sent nothing", code)
		require.Empty(t, res.stdout)
	}
	refused("AlreadyClaimed", "claim", id, "--code", code, "--private-key", key, "--relayer", url)
	key2, who2 := freshKey(t)
	refused("FeeTooLow", "claim", id, "--code", code, "--private-key", key2, "--relayer", url, "--max-fee", "0.00001")
	other := h.okJSON(args("send", "--shares", "2", "--amount", "0.2", as(0))...)
	refused("InvalidClaimSignature", "claim", id, "--code", str(t, other, "claimCode"), "--private-key", key2, "--relayer", url)
	refused("RelayerUnavailable", "claim", id, "--code", code, "--private-key", key2, "--relayer", deadEndpoint(t))
	refused("InvalidRelayer", "claim", id, "--code", code, "--private-key", key2, "--relayer", "relayer.example")
	refused("InvalidFlag", "claim", id, "--code", code, "--private-key", key2, "--max-fee", "0.001")
	refused("InvalidDuration", "claim", id, "--code", code, "--private-key", key2, "--relayer", url, "--deadline", "10s")
	require.Zero(t, h.ethBalance(who2).Sign())
	res := h.fails("InsufficientFunds", "claim", id, "--code", code, "--private-key", key2)
	require.Contains(t, res.stderr, "--relayer URL", "a claimer without ETH learns about the relayer")

	// A tCNY packet: the default fee is 0.01 tCNY; a higher --max-fee caps what the relayer may take.
	tc := h.okJSON(args("send", "--shares", "2", "--amount", "10", "--token", "tCNY", as(0))...)
	ct := h.okJSON("claim", str(t, tc, "packetId"), "--code", str(t, tc, "claimCode"), "--private-key", key2, "--relayer", url+"/v1/", "--max-fee", "0.05")
	require.Equal(t, "5", str(t, ct, "fee"), "min(maxFee, share): the relayer takes its offered 0.05")
	require.Equal(t, big.NewInt(495), h.tokenBalance(who2))

	// A relayer of another escrow is refused before anything is signed.
	relayerNonce = h.nonce(addr(9))
	home2 := t.TempDir()
	h.okJSON(args("deploy", "--test-token", "--home", home2, as(8))...)
	s2 := h.okJSON(args("send", "--shares", "1", "--amount", "0.1", "--home", home2, as(8))...)
	refused("WrongRelayer", "claim", str(t, s2, "packetId"), "--code", str(t, s2, "claimCode"), "--home", home2, "--private-key", key2, "--relayer", url)
	rl.stop()
	require.Contains(t, rl.errb.String(), `"path":"/v1/claims"`, "one log line per request (JSON lines under --json)")
}

// An allowlist packet's proofs reach the local relayer, which serves them and relays the claim.
func TestRelayedAllowlistClaim(t *testing.T) {
	h := newHarness(t)
	rl := h.start(args("relay", "--addr", "127.0.0.1:0", "--min-fee", "0.001", as(9))...)
	url := str(t, rl.info, "url")
	fees := rl.info["fees"].([]any)
	require.Len(t, fees, 1, "--min-fee names ETH only")
	require.Equal(t, "1000000000000000", fees[0].(map[string]any)["minFee"])
	key, who := freshKey(t)
	list := filepath.Join(t.TempDir(), "team.txt")
	require.NoError(t, os.WriteFile(list, []byte(who.Hex()+"\n"+addr(2).Hex()+"\n"), 0o644))
	s := h.okJSON(args("send", "--shares", "2", "--amount", "0.2", "--allow", list, as(0))...)
	id := str(t, s, "packetId")
	require.FileExists(t, filepath.Join(proofsDir(h.home, h.chain.ChainID), h.chain.Deployment.Escrow.Hex()+"-"+id+".json"))
	// The relayer rereads its proofs directory (at most once a second) when a packet's proofs are missing.
	require.Eventually(t, func() bool {
		status, _ := get(t, fmt.Sprintf("%s/v1/proofs/%s/%s", url, id, who.Hex()))
		return status == 200
	}, 30*time.Second, 100*time.Millisecond)
	c := h.okJSON("claim", id, "--proof", str(t, s, "proofsFile"), "--private-key", key, "--relayer", url)
	require.Equal(t, "1000000000000000", str(t, c, "fee"))
	require.Equal(t, bigOf(t, "99000000000000000"), h.ethBalance(who))
	open := h.okJSON(args("send", "--shares", "1", "--amount", "1", "--token", "tCNY", "--open", "--yes", as(0))...)
	relayerNonce := h.nonce(addr(9))
	h.fails("TokenNotRelayed", args("claim", str(t, open, "packetId"), "--relayer", url, as(3))...)
	require.Equal(t, relayerNonce, h.nonce(addr(9)))
}

// web serves the claim page and the relayer on one origin; send and show print claim links.
func TestWebAndClaimLinks(t *testing.T) {
	h := newHarness(t)
	w := h.start(args("web", "--addr", "127.0.0.1:0", as(8))...)
	url := str(t, w.info, "url")
	require.Equal(t, url+"/v1/", str(t, w.info, "api"))
	require.Equal(t, h.chain.HTTPURL, str(t, w.info, "pageRpc"))
	status, home := get(t, url+"/")
	require.Equal(t, 200, status)
	require.Contains(t, home, "<html")
	esc := h.chain.Deployment.Escrow.Hex()
	status, _ = get(t, fmt.Sprintf("%s/claim/%d/%s/1", url, h.chain.ChainID, esc))
	require.Equal(t, 200, status, "claim links answer the page")
	status, info := get(t, url+"/v1/info")
	require.Equal(t, 200, status)
	var ri relayerInfo
	require.NoError(t, json.Unmarshal([]byte(info), &ri))
	require.Equal(t, addr(8), ri.Relayer)
	_, conf := get(t, url+"/config.json")
	require.Contains(t, conf, fmt.Sprintf(`"chainId":%d`, h.chain.ChainID))

	s := h.okJSON(args("send", "--shares", "2", "--amount", "0.2", "--web-url", url+"/", "--yes", as(0))...)
	link := fmt.Sprintf("%s/claim/%d/%s/%s#code=%s", url, h.chain.ChainID, esc, str(t, s, "packetId"), str(t, s, "claimCode"))
	require.Equal(t, link, str(t, s, "claimLink"))
	require.Contains(t, h.ok(args("send", "--shares", "1", "--amount", "0.1", "--web-url", url, "--yes", as(0))...), "Claim link (opens the claim page")
	shown := h.okJSON(args("show", str(t, s, "packetId"), "--code", "--web-url", url, as(0))...)
	require.Equal(t, link, str(t, shown, "claimLink"))
	direct := h.okJSON(args("send", "--to", addr(1).Hex(), "--amount", "0.1", "--yes", "--web-url", url, as(0))...)
	require.False(t, strings.Contains(str(t, direct, "claimLink"), "#"), "a Direct packet needs no code")
	// The index API lists the sender's packets (newest first) with what the viewer may do, and the risk
	// checks answer the send form.
	status, list := get(t, fmt.Sprintf("%s/api/packets?address=%s&role=sent&limit=2", url, addr(0).Hex()))
	require.Equal(t, 200, status, list)
	var page struct {
		Packets []struct {
			ID      string `json:"id"`
			Actions []struct {
				Action string `json:"action"`
			} `json:"actions"`
		} `json:"packets"`
		Next string `json:"next"`
	}
	require.NoError(t, json.Unmarshal([]byte(list), &page))
	require.Len(t, page.Packets, 2)
	require.Equal(t, str(t, direct, "packetId"), page.Packets[0].ID)
	require.NotEmpty(t, page.Next, "more than one page")
	status, body := get(t, url+"/api/packets?address=0x1234")
	require.Equal(t, 400, status)
	require.Contains(t, body, `is not an address (0x and 40 hex digits)`)
	res, err := http.Post(url+"/api/risk", "application/json", strings.NewReader(fmt.Sprintf(
		`{"sender":%q,"amount":"1000","kind":"direct","recipient":%q,"tzOffsetMinutes":0}`, addr(0).Hex(), addr(0).Hex())))
	require.NoError(t, err)
	riskBody, _ := io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, 200, res.StatusCode, string(riskBody))
	require.Contains(t, string(riskBody), `"code":"self"`)
	noLink := h.okJSON(args("send", "--shares", "1", "--amount", "0.1", "--yes", as(0))...)
	require.NotContains(t, noLink, "claimLink", "no web URL, no link")
	before := h.snapshot(addr(0))
	require.Equal(t, ExitUsage, h.fails("InvalidWebURL", args("send", "--shares", "1", "--amount", "0.1", "--web-url", "claims.example", as(0))...).code)
	h.requireUnchanged(addr(0), before)
	w.stop()

	// Without a key the page runs alone: no relayer API.
	alone := h.start("web", "--addr", "127.0.0.1:0")
	require.NotContains(t, alone.info, "api")
	status, _ = get(t, str(t, alone.info, "url")+"/v1/info")
	require.Equal(t, 404, status)
	alone.stop()
	h.fails("ListenFailed", args("relay", "--addr", "256.1.1.1:1", as(9))...)
	h.fails("InvalidAmount", args("relay", "--addr", "127.0.0.1:0", "--min-fee", "tCNY=lots", as(9))...)
	h.fails("UnknownToken", args("web", "--addr", "127.0.0.1:0", "--min-fee", "USDX=1", as(9))...)
}

// devnet --web runs the chain, the claim page and the relayer (dev account 9) together.
func TestDevnetWeb(t *testing.T) {
	h := newHarness(t)
	home := t.TempDir()
	d := h.start("devnet", "--port", "0", "--web", "--web-addr", "127.0.0.1:0", "--home", home)
	require.Equal(t, addr(devnetRelayer).Hex(), str(t, d.info, "relayer"))
	web := str(t, d.info, "web")
	status, body := get(t, web+"/v1/info")
	require.Equal(t, 200, status)
	require.Contains(t, body, strings.ToLower(addr(devnetRelayer).Hex()))
	status, _ = get(t, web+"/")
	require.Equal(t, 200, status)

	// A packet on that chain, claimed through its relayer by an account with no ETH.
	rpc := str(t, d.info, "rpc")
	on := func(a ...string) map[string]any {
		return h.okJSON(append(a, "--rpc", rpc, "--home", home)...)
	}
	s := on(args("send", "--shares", "1", "--amount", "0.1", "--web-url", web, as(0))...)
	require.True(t, strings.HasPrefix(str(t, s, "claimLink"), web+"/claim/31337/"))
	key, _ := freshKey(t)
	c := on("claim", str(t, s, "packetId"), "--code", str(t, s, "claimCode"), "--private-key", key, "--relayer", web)
	require.Equal(t, "99900000000000000", str(t, c, "received"))

	// The page gets what `hongbao web` gives it, on the dev chain (not the --rpc of the environment): the
	// escrow and tokens of the send form, the index API of My packets, and the risk checks.
	status, conf := get(t, web+"/config.json")
	require.Equal(t, 200, status)
	var cfg struct {
		Escrow string `json:"escrow"`
		Tokens []struct {
			Symbol string `json:"symbol"`
		} `json:"tokens"`
	}
	require.NoError(t, json.Unmarshal([]byte(conf), &cfg), conf)
	require.Equal(t, str(t, d.info, "escrow"), cfg.Escrow)
	require.Len(t, cfg.Tokens, 1)
	require.Equal(t, "tCNY", cfg.Tokens[0].Symbol)
	status, list := get(t, fmt.Sprintf("%s/api/packets?address=%s&role=sent", web, addr(0).Hex()))
	require.Equal(t, 200, status, list)
	var page struct {
		Packets []struct {
			ID     string `json:"id"`
			Claims []struct {
				Amount string `json:"amount"`
			} `json:"claims"`
		} `json:"packets"`
	}
	require.NoError(t, json.Unmarshal([]byte(list), &page), list)
	require.Len(t, page.Packets, 1)
	require.Equal(t, str(t, s, "packetId"), page.Packets[0].ID)
	require.Len(t, page.Packets[0].Claims, 1)
	require.Equal(t, "100000000000000000", page.Packets[0].Claims[0].Amount)
	res, err := http.Post(web+"/api/risk", "application/json", strings.NewReader(fmt.Sprintf(
		`{"sender":%q,"amount":"1000","kind":"direct","recipient":%q,"tzOffsetMinutes":0}`, addr(0).Hex(), addr(0).Hex())))
	require.NoError(t, err)
	riskBody, _ := io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, 200, res.StatusCode, string(riskBody))
	require.Contains(t, string(riskBody), `"code":"self"`)
	d.stop()
}
