package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/relay"
	"github.com/hongbao/hongbao/node/units"
	"github.com/hongbao/hongbao/node/webapi"
	"github.com/hongbao/hongbao/web"
)

// Default listen addresses of relay and web (and devnet --web).
const (
	defaultRelayAddr = "127.0.0.1:8547"
	defaultWebAddr   = "127.0.0.1:8080"
)

// defaultETHFee is the relayer's minimum fee for ETH claims when --min-fee names none: 0.0001 ETH.
var defaultETHFee = big.NewInt(100_000_000_000_000)

// relayFlags are the relayer's options, shared by relay and web.
func relayFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "min-fee", Usage: "[TOKEN=]AMOUNT: the smallest fee per claim the relayer accepts in a token (ETH when TOKEN is left out); " +
			"repeat per token; tokens not named are not relayed (default: 0.0001 ETH and 0.01 of each token of the deployment)"},
		&cli.StringFlag{Name: "proofs", Usage: "directory of allowlist proofs files to serve (default <home>/proofs/<chain id>, where send --allow copies them)"},
		&cli.StringSliceFlag{Name: "origin", Usage: "a browser origin allowed to call the API from another origin (* for any; repeat)"},
	}
}

func (r *runner) relayCommand() *cli.Command {
	return &cli.Command{
		Name:  "relay",
		Usage: "run the gasless-claim relayer: claimers sign, the relayer submits and pays the gas for a fee",
		Description: `Serves the relayer's HTTP JSON API under /v1/ (GET /v1/info, GET /v1/packets/ID, GET /v1/proofs/ID/ADDR,
POST /v1/claims; see node/relay). A claimer signs ClaimFor(packet, claimer, relayer, maxFee, deadline) for
this relayer's address (the signing key); the relayer checks it, simulates it, submits it, pays the gas and
is paid min(maxFee, share) from the share. It never spends gas on a claim that would revert. One log line
per request on stderr. Runs until Ctrl-C (SIGINT) or SIGTERM.

EXAMPLES:
   hongbao relay --private-key 0x… --min-fee 0.0002 --min-fee tCNY=0.10
   hongbao claim 7 --code hb1… --relayer http://127.0.0.1:8547 --private-key 0x…   # a claimer with no ETH`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "addr", Value: defaultRelayAddr, Usage: "host:port to listen on (port 0: any free port)"},
		}, relayFlags()...),
		Action: r.relay,
	}
}

func (r *runner) webCommand() *cli.Command {
	return &cli.Command{
		Name:  "web",
		Usage: "serve the web page (claim, send, my packets) with the relayer (/v1/) and the index API (/api/) on one origin",
		Description: `Serves the browser page: a link /claim/<chain id>/<escrow>/<id>#code=<claim code> shows the packet
and lets the visitor claim with a wallet, or through the relayer with no ETH at all; /send sends a packet from
a browser wallet (with the risk warnings of send, from /api/risk); /mine lists the visitor's packets from the
index (<home>/index or --db; /api/packets) with the actions the rules allow now; /respond/... lets a Direct
recipient accept, decline or approve an undo. With a key (--private-key,
--keystore) the relayer runs under /v1/ on the same origin and pays the gas from that key; without one the page
can only claim through the visitor's own wallet. Give send --web-url (or HONGBAO_WEB_URL) the printed URL
and it prints each packet's claim link. Runs until Ctrl-C (SIGINT) or SIGTERM.

EXAMPLES:
   hongbao web --private-key 0x…
   hongbao web --addr 0.0.0.0:8080 --page-rpc https://rpc.example --keystore ~/keys --account 0x…`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "addr", Value: defaultWebAddr, Usage: "host:port to listen on (port 0: any free port)"},
			&cli.StringFlag{Name: "page-rpc", Usage: "the JSON-RPC endpoint the visitors' browsers use (default: --rpc)"},
			&cli.StringFlag{Name: "explorer", Usage: "a block explorer's base URL: the page links transactions to URL/tx/HASH"},
		}, relayFlags()...),
		Action: r.web,
	}
}

// serverOutput is the JSON of relay, web (and the web part of devnet --web).
type serverOutput struct {
	URL     string    `json:"url"`
	API     string    `json:"api,omitempty"`
	ChainID uint64    `json:"chainId"`
	Escrow  string    `json:"escrow"`
	Relayer string    `json:"relayer,omitempty"`
	Fees    []feeLine `json:"fees,omitempty"`
	Proofs  string    `json:"proofs,omitempty"`
	PageRPC string    `json:"pageRpc,omitempty"`
	// ClaimLink is the shape of a claim link on this server.
	ClaimLink string `json:"claimLink,omitempty"`
}

type feeLine struct {
	Token    string `json:"token"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	MinFee   string `json:"minFee"`
}

// relayOptions are the checked relayer flags.
type relayOptions struct {
	fees    map[common.Address]*big.Int
	proofs  string
	origins []string
}

// readRelayOptions reads --min-fee, --proofs and --origin against the session's tokens.
func readRelayOptions(c *cli.Context, s *session) (*relayOptions, error) {
	o := &relayOptions{fees: map[common.Address]*big.Int{}, proofs: c.String("proofs"), origins: c.StringSlice("origin")}
	for _, spec := range c.StringSlice("min-fee") {
		token, fee, err := parseMinFee(c.Context, s, spec)
		if err != nil {
			return nil, err
		}
		o.fees[token] = fee
	}
	if len(o.fees) == 0 {
		if err := defaultFees(c.Context, s, o.fees); err != nil {
			return nil, err
		}
	}
	if o.proofs == "" {
		o.proofs = proofsDir(s.g.home, s.chainID)
	}
	if err := os.MkdirAll(o.proofs, 0o755); err != nil {
		return nil, usagef("InvalidFlag", "cannot use the proofs directory %s: %v; check --proofs", o.proofs, unwrapPathError(err))
	}
	return o, nil
}

// parseMinFee reads one --min-fee: [TOKEN=]AMOUNT, in the token's units.
func parseMinFee(ctx context.Context, s *session, spec string) (common.Address, *big.Int, error) {
	tokenSpec, amount, ok := strings.Cut(spec, "=")
	if !ok {
		tokenSpec, amount = "ETH", spec
	}
	token, m, err := s.resolveToken(ctx, tokenSpec)
	if err != nil {
		return common.Address{}, nil, err
	}
	fee, err := units.Parse(strings.TrimSpace(amount), m.decimals)
	if err != nil || fee.Sign() < 0 {
		return common.Address{}, nil, usagef("InvalidAmount", "--min-fee %q: %q is not an amount of %s (e.g. --min-fee %s=0.01)", spec, amount, m.symbol, m.symbol)
	}
	return token, fee, nil
}

// defaultFees: 0.0001 ETH, and 0.01 of each token of the deployment.
func defaultFees(ctx context.Context, s *session, fees map[common.Address]*big.Int) error {
	fees[common.Address{}] = new(big.Int).Set(defaultETHFee)
	for _, token := range s.tokens() {
		_, dec, err := s.cl.TokenInfo(ctx, token)
		if err != nil {
			return err
		}
		if dec >= 2 {
			fees[token] = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dec)-2), nil)
		} else {
			fees[token] = big.NewInt(1)
		}
	}
	return nil
}

// newRelayer makes the relayer API of client cl (its key pays the gas).
func (r *runner) newRelayer(ctx context.Context, cl *client.Client, o *relayOptions, logger *slog.Logger) (*relay.Relayer, error) {
	rl, err := relay.New(ctx, relay.Config{Client: cl, MinFee: o.fees, ProofsDir: o.proofs, AllowedOrigins: o.origins, Logger: logger})
	if err != nil {
		return nil, failf("RelayFailed", "the relayer did not start: %s", strings.TrimPrefix(err.Error(), "relay: "))
	}
	return rl, nil
}

// feeLines lists the relayed tokens for the output.
func feeLines(ctx context.Context, cl *client.Client, fees map[common.Address]*big.Int) []feeLine {
	out := make([]feeLine, 0, len(fees))
	for token, fee := range fees {
		sym, dec, err := cl.TokenInfo(ctx, token)
		if err != nil {
			sym = token.Hex()
		}
		out = append(out, feeLine{Token: token.Hex(), Symbol: sym, Decimals: dec, MinFee: fee.String()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Token < out[j].Token })
	return out
}

func (r *runner) relay(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "relay takes no arguments, only flags (got %q)", c.Args().First())
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	o, err := readRelayOptions(c, s)
	if err != nil {
		return err
	}
	rl, err := r.newRelayer(c.Context, s.cl, o, r.logger())
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/v1/", rl)
	url, stop, err := serve(c.String("addr"), mux)
	if err != nil {
		return err
	}
	defer stop()
	out := &serverOutput{URL: url, API: url + "/v1/", ChainID: s.chainID, Escrow: s.cl.Escrow().Hex(), Relayer: rl.Address().Hex(),
		Fees: feeLines(c.Context, s.cl, o.fees), Proofs: o.proofs}
	if err := r.emit(out, func(w io.Writer) { printServer(w, "Relayer", out) }); err != nil {
		return err
	}
	<-c.Context.Done() // Main cancels it on SIGINT / SIGTERM
	r.note("stopping the relayer…")
	return nil
}

func (r *runner) web(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "web takes no arguments, only flags (got %q)", c.Args().First())
	}
	n, err := r.keyIfConfigured(c)
	if err != nil {
		return err
	}
	s, err := r.open(c, n)
	if err != nil {
		return err
	}
	defer s.Close()
	pageRPC := c.String("page-rpc")
	if pageRPC == "" {
		pageRPC = s.g.rpc
	}
	out := &serverOutput{ChainID: s.chainID, Escrow: s.cl.Escrow().Hex(), PageRPC: pageRPC}
	var api http.Handler
	if s.key != nil {
		o, err := readRelayOptions(c, s)
		if err != nil {
			return err
		}
		rl, err := r.newRelayer(c.Context, s.cl, o, r.logger())
		if err != nil {
			return err
		}
		api, out.Relayer, out.Fees, out.Proofs = rl, rl.Address().Hex(), feeLines(c.Context, s.cl, o.fees), o.proofs
	}
	cfg, closeIndex, err := r.pageConfig(c.Context, s, pageRPC, strings.TrimRight(c.String("explorer"), "/"), api)
	if err != nil {
		return err
	}
	defer closeIndex()
	url, stop, err := serve(c.String("addr"), web.Handler(cfg))
	if err != nil {
		return err
	}
	defer stop()
	out.URL = url
	out.ClaimLink = claimLink(url, s.chainID, s.cl.Escrow(), big.NewInt(1), "") + "#code=…"
	if api != nil {
		out.API = url + "/v1/"
	}
	if err := r.emit(out, func(w io.Writer) { printServer(w, "Claim page", out) }); err != nil {
		return err
	}
	<-c.Context.Done()
	r.note("stopping the claim page…")
	return nil
}

// pageConfig is what the page is served with on session s: its chain and escrow, the tokens of the send form,
// the relayer (api, may be nil), and the index API and risk checks under /api/; the caller calls the returned
// func when done.
func (r *runner) pageConfig(ctx context.Context, s *session, pageRPC, explorer string, api http.Handler) (web.Config, func(), error) {
	index, closeIndex, err := r.indexAPI(ctx, s)
	if err != nil {
		return web.Config{}, nil, err
	}
	riskChecks, err := r.riskHandler(s)
	if err != nil {
		closeIndex()
		return web.Config{}, nil, err
	}
	return web.Config{ChainID: s.chainID, RPCURL: pageRPC, API: api, ExplorerURL: explorer,
		Routes: map[string]http.Handler{webapi.Prefix: index, riskPath: riskChecks},
		Escrow: s.cl.Escrow().Hex(), Tokens: r.pageTokens(s)}, closeIndex, nil
}

// riskPath is where the page asks for the risk warnings of a send before it is signed (docs/risk.md).
const riskPath = "/api/risk/"

// indexAPI serves the page's "My packets" from the session's index (node/webapi), which it brings up to the
// block a request names; the caller calls the returned func when done.
func (r *runner) indexAPI(ctx context.Context, s *session) (http.Handler, func(), error) {
	db, err := s.openIndex(ctx)
	if err != nil {
		return nil, nil, err
	}
	ix, err := s.indexer(db, 0, nil)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	h, err := webapi.New(webapi.Config{DB: db, Chain: s.ec, Sync: ix})
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("index API: %w", err)
	}
	return h, func() { db.Close() }, nil
}

// pageTokens are the deployment's tokens for the page's send form.
func (r *runner) pageTokens(s *session) []web.Token {
	var out []web.Token
	for sym, t := range s.tokens() {
		out = append(out, web.Token{Symbol: sym, Address: t.Hex()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Symbol < out[j].Symbol })
	return out
}

// keyIfConfigured is what web needs from its session: a key when one is configured (it runs the relayer),
// else none (the page alone).
func (r *runner) keyIfConfigured(c *cli.Context) (needs, error) {
	g, err := r.resolveGlobals(c)
	if err != nil {
		return readOnly, err
	}
	_, ok, err := g.signerAddress()
	if err != nil {
		return readOnly, err
	}
	if ok || g.keystore != "" { // a keystore without --account is an error loadKey explains
		return signing, nil
	}
	return readOnly, nil
}

func printServer(w io.Writer, what string, out *serverOutput) {
	fmt.Fprintf(w, "%s of escrow %s (chain %d) is running\n\n", what, out.Escrow, out.ChainID)
	fmt.Fprintf(w, "  URL          %s\n", out.URL)
	if out.ClaimLink != "" {
		fmt.Fprintf(w, "  claim links  %s\n", out.ClaimLink)
	}
	if out.API != "" {
		fmt.Fprintf(w, "  relayer API  %s (relayer %s pays the gas)\n", out.API, out.Relayer)
		for _, f := range out.Fees {
			v, _ := new(big.Int).SetString(f.MinFee, 10)
			fmt.Fprintf(w, "  min fee      %s per claim\n", money{symbol: f.Symbol, decimals: f.Decimals}.fmt(v))
		}
		fmt.Fprintf(w, "  proofs       %s\n", out.Proofs)
	} else if what == "Claim page" {
		fmt.Fprintln(w, "  relayer      off (no key): visitors claim with their own wallet and pay their own gas")
	}
	if what == "Claim page" {
		fmt.Fprintf(w, "\nsend prints claim links with --web-url %s (or HONGBAO_WEB_URL=%s).\n", out.URL, out.URL)
	}
	fmt.Fprintln(w, "Press Ctrl-C to stop.")
}
