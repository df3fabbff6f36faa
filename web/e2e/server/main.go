// Command server is the back end of the claim page's browser test (web/e2e/claim.spec.mjs): an in-process
// dev chain (node/devchain), the relayer (node/relay) and the claim page (package web) on one origin, with
// packets already sent by node/client. It prints one JSON line on stdout when everything is up, logs the
// relayer's requests on stderr, and runs until stdin closes or it gets SIGINT/SIGTERM.
//
//	go run ./web/e2e/server [-home DIR] [-fee WEI]
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/devchain"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/indexer"
	"github.com/hongbao/hongbao/node/logs"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/relay"
	"github.com/hongbao/hongbao/node/risk"
	"github.com/hongbao/hongbao/node/transport"
	"github.com/hongbao/hongbao/node/txsend"
	"github.com/hongbao/hongbao/node/webapi"
	"github.com/hongbao/hongbao/web"
)

// Dev accounts: who sends the packets, whose key the relayer uses, and which account the test's injected
// wallet holds.
const (
	senderIdx  = 1
	relayerIdx = 2
	walletIdx  = 3
	wallet2Idx = 4
	tokenIdx   = 7 // deploys BLK
)

// packetInfo is one packet sent for the test.
type packetInfo struct {
	Name   string `json:"name"`
	ID     string `json:"id"`
	Kind   string `json:"kind"`
	Total  string `json:"total"`
	Shares uint16 `json:"shares"`
	Code   string `json:"code"`
	Link   string `json:"link"` // absolute, with the code in the fragment
}

// ready is the line printed on stdout once everything runs.
type ready struct {
	URL     string `json:"url"`
	RPCURL  string `json:"rpcUrl"`
	ChainID uint64 `json:"chainId"`
	Escrow  string `json:"escrow"`
	Relayer string `json:"relayer"`
	MinFee  string `json:"minFee"`
	Sender  string `json:"sender"`
	Token   string `json:"token"` // tCNY, 2 decimals, with permit
	// BLK is an 18-decimal token without permit whose holders can be blocked (a receiver that refuses a
	// payout, so the escrow keeps it owed); the wallet holds 1,000 BLK.
	BLK      string       `json:"blk"`
	Explorer string       `json:"explorer"`
	Wallet   walletInfo   `json:"wallet"`
	Wallet2  walletInfo   `json:"wallet2"`
	Packets  []packetInfo `json:"packets"`
}

func walletOf(i int) walletInfo {
	return walletInfo{Address: devkeys.Address(i).Hex(), Key: fmt.Sprintf("0x%064x", devkeys.Key(i).D)}
}

// walletInfo is a funded dev account the test's mock EIP-1193 wallet signs with.
type walletInfo struct {
	Address string `json:"address"`
	Key     string `json:"key"`
}

func main() {
	home := flag.String("home", "", "directory for the dev chain's deployment file (default: a temporary directory)")
	fee := flag.String("fee", "100000000000000", "the relayer's minimum fee for ETH claims, in wei")
	explorer := flag.String("explorer", "https://explorer.example", "the block explorer the page links transactions to")
	logLevel := flag.String("log-level", "warn", "the relayer's log level on stderr (debug, info, warn, error)")
	flag.Parse()
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintln(os.Stderr, "e2e server: -log-level:", err)
		os.Exit(2)
	}
	if err := run(*home, *fee, *explorer, level); err != nil {
		fmt.Fprintln(os.Stderr, "e2e server:", err)
		os.Exit(1)
	}
}

func run(home, feeStr, explorer string, level slog.Level) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fee, ok := new(big.Int).SetString(feeStr, 10)
	if !ok || fee.Sign() < 0 {
		return fmt.Errorf("-fee %q is not a number of wei", feeStr)
	}
	if home == "" {
		dir, err := os.MkdirTemp("", "hongbao-e2e-")
		if err != nil {
			return fmt.Errorf("temporary home: %w", err)
		}
		defer os.RemoveAll(dir)
		home = dir
	}
	chain, err := devchain.Start(ctx, devchain.Config{Port: 0, Home: home})
	if err != nil {
		return fmt.Errorf("start the dev chain: %w", err)
	}
	defer chain.Close()
	escrowAddr := chain.Deployment.Escrow

	proofsDir := filepath.Join(home, "proofs")
	if err := os.MkdirAll(proofsDir, 0o755); err != nil {
		return fmt.Errorf("proofs directory: %w", err)
	}
	relayer, err := startRelayer(ctx, chain.HTTPURL, escrowAddr, chain.Deployment.Tokens["tCNY"], fee, proofsDir, level)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	blk, err := deployBLK(ctx, chain.HTTPURL, chain.ChainID, devkeys.Address(walletIdx))
	if err != nil {
		return err
	}
	api, riskChecks, closeAPI, err := startIndexAPI(ctx, chain.HTTPURL, escrowAddr, chain.Deployment.Block, filepath.Join(home, "index.db"))
	if err != nil {
		return err
	}
	defer closeAPI()
	srv := &http.Server{
		Handler: web.Handler(web.Config{ChainID: chain.ChainID, RPCURL: chain.HTTPURL, API: relayer, ExplorerURL: explorer,
			Escrow: escrowAddr.Hex(), Tokens: []web.Token{{Symbol: "tCNY", Address: chain.Deployment.Tokens["tCNY"].Hex()}, {Symbol: "BLK", Address: blk.Hex()}},
			Routes: map[string]http.Handler{webapi.Prefix: api, "/api/risk/": riskChecks}}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	packets, err := sendPackets(ctx, chain, escrowAddr, base, proofsDir)
	if err != nil {
		return err
	}
	out := ready{
		URL: base, RPCURL: chain.HTTPURL, ChainID: chain.ChainID, Escrow: escrowAddr.Hex(),
		Relayer: relayer.Address().Hex(), MinFee: fee.String(), Sender: devkeys.Address(senderIdx).Hex(),
		Token: chain.Deployment.Tokens["tCNY"].Hex(), BLK: blk.Hex(), Explorer: explorer,
		Wallet:  walletOf(walletIdx),
		Wallet2: walletOf(wallet2Idx),
		Packets: packets,
	}
	line, err := json.Marshal(out)
	if err != nil {
		return fmt.Errorf("encode the ready line: %w", err)
	}
	fmt.Println(string(line))

	// Run until the test closes stdin (or a signal).
	done := make(chan struct{})
	go func() {
		io.Copy(io.Discard, os.Stdin)
		close(done)
	}()
	select {
	case <-ctx.Done():
	case <-done:
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("stop the page server: %w", err)
	}
	return nil
}

// startRelayer runs the relayer with dev account relayerIdx's key, relaying ETH and tCNY; its log (one line per request and per
// submitted claim) goes to stderr.
func startRelayer(ctx context.Context, rpcURL string, escrowAddr, tcny common.Address, fee *big.Int, proofsDir string, level slog.Level) (*relay.Relayer, error) {
	cl, err := client.Dial(ctx, rpcURL, escrowAddr, devkeys.Key(relayerIdx))
	if err != nil {
		return nil, fmt.Errorf("relayer client: %w", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	r, err := relay.New(ctx, relay.Config{
		Client:    cl,
		MinFee:    map[common.Address]*big.Int{{}: fee, tcny: big.NewInt(1)}, // tCNY: 0.01, as devnet --web
		ProofsDir: proofsDir,
		Logger:    logger,
	})
	if err != nil {
		return nil, fmt.Errorf("start the relayer: %w", err)
	}
	return r, nil
}

// deployBLK deploys the BlocklistToken (no permit: sends approve first) from dev account tokenIdx and mints
// 1,000 BLK to holder.
func deployBLK(ctx context.Context, rpcURL string, chainID uint64, holder common.Address) (common.Address, error) {
	ec, err := transport.Dial(ctx, rpcURL, transport.WithoutProbe())
	if err != nil {
		return common.Address{}, fmt.Errorf("BLK client: %w", err)
	}
	defer ec.Close()
	key := devkeys.Key(tokenIdx)
	tx := txsend.New(ec, key, new(big.Int).SetUint64(chainID))
	r, err := tx.SendAndWait(ctx, txsend.Request{Data: common.FromHex(mocks.BlocklistTokenMetaData.Bin), Gas: 3_000_000})
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy BLK: %w", err)
	}
	blk := r.ContractAddress
	thousand := new(big.Int).Mul(big.NewInt(1000), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	if _, err := tx.SendAndWait(ctx, txsend.Request{To: &blk, Data: mocks.NewBlocklistToken().PackMint(holder, thousand), Gas: 200_000}); err != nil {
		return common.Address{}, fmt.Errorf("mint BLK: %w", err)
	}
	return blk, nil
}

// startIndexAPI serves node/webapi over an index of the escrow in dbPath, synced on demand (the page names
// the block it waits for), and the risk checks of node/risk over the same index, as `hongbao web` does.
func startIndexAPI(ctx context.Context, rpcURL string, escrowAddr common.Address, fromBlock uint64, dbPath string) (http.Handler, http.Handler, func(), error) {
	ec, err := transport.Dial(ctx, rpcURL, transport.WithoutProbe())
	if err != nil {
		return nil, nil, nil, fmt.Errorf("index client: %w", err)
	}
	db, err := indexer.Open(ctx, dbPath)
	if err != nil {
		ec.Close()
		return nil, nil, nil, fmt.Errorf("open the index: %w", err)
	}
	closeAll := func() { db.Close(); ec.Close() }
	reader := logs.New(ec)
	ix, err := indexer.New(db, ec, indexer.Config{Escrow: escrowAddr, StartBlock: fromBlock, Logs: reader})
	if err != nil {
		closeAll()
		return nil, nil, nil, fmt.Errorf("make the indexer: %w", err)
	}
	h, err := webapi.New(webapi.Config{DB: db, Chain: ec, Sync: ix})
	if err != nil {
		closeAll()
		return nil, nil, nil, err
	}
	cl, err := client.New(ctx, ec, escrowAddr, nil)
	if err != nil {
		closeAll()
		return nil, nil, nil, fmt.Errorf("risk client: %w", err)
	}
	src := &risk.Indexed{DB: db, Chain: &risk.ChainWindow{Escrow: escrowAddr, FromBlock: fromBlock, Logs: reader, Headers: ec},
		CatchUp: func(ctx context.Context, _ uint64) error { _, err := ix.Sync(ctx); return err }}
	return h, risk.Handler(src, cl, risk.DefaultConfig()), closeAll, nil
}

// sendPackets sends the test's packets from dev account senderIdx with node/client. The proofs of the
// allowlist packet go to proofsDir, where the relayer serves them from.
func sendPackets(ctx context.Context, chain *devchain.Chain, escrowAddr common.Address, base, proofsDir string) ([]packetInfo, error) {
	sender, err := client.Dial(ctx, chain.HTTPURL, escrowAddr, devkeys.Key(senderIdx))
	if err != nil {
		return nil, fmt.Errorf("sender client: %w", err)
	}
	eth := func(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }
	reqs := []struct {
		name string
		req  client.SendRequest
	}{
		{"lucky", client.SendRequest{Kind: client.Lucky, Amount: eth(1000), Shares: 5}},
		{"equal", client.SendRequest{Kind: client.Equal, Amount: eth(300), Shares: 3}},
		{"expiring", client.SendRequest{Kind: client.Equal, Amount: eth(200), Shares: 2, TTL: time.Hour}},
		{"allowlist", client.SendRequest{Kind: client.Equal, Amount: eth(300), Shares: 3, Auth: client.Allowlist,
			Allowlist: []common.Address{devkeys.Address(walletIdx), devkeys.Address(wallet2Idx), devkeys.Address(5)}}},
		// the sealed draw (rules §3): each claim waits for the block after it; the test mines that block
		// (in tCNY: a relayed sealed claim's fee is at most the packet's minimum share, 0.01 tCNY here)
		{"sealed", client.SendRequest{Kind: client.SealedLucky, Token: chain.Deployment.Tokens["tCNY"], Amount: big.NewInt(1000_00), Shares: 5}},
	}
	var out []packetInfo
	for _, r := range reqs {
		res, err := sender.Send(ctx, r.req)
		if err != nil {
			return nil, fmt.Errorf("send the %s packet: %w", r.name, err)
		}
		link := fmt.Sprintf("%s/claim/%d/%s/%s", base, chain.ChainID, escrowAddr.Hex(), res.ID)
		if res.ClaimCode != "" {
			link += "#code=" + res.ClaimCode
		}
		if res.Tree != nil {
			if err := writeProofs(proofsDir, chain.ChainID, escrowAddr, res.ID, r.req.Allowlist, res.Tree); err != nil {
				return nil, err
			}
		}
		out = append(out, packetInfo{
			Name: r.name, ID: res.ID.String(), Kind: res.Kind.String(), Total: res.Total.String(), Shares: res.Shares,
			Code: res.ClaimCode, Link: link,
		})
	}
	return out, nil
}

// writeProofs writes the proofs file of an allowlist packet in the format the relayer reads.
func writeProofs(dir string, chainID uint64, escrowAddr common.Address, id *big.Int, list []common.Address, tree *merkle.Tree) error {
	f := relay.ProofsFile{ChainID: chainID, Escrow: escrowAddr, PacketID: id.String(), Root: tree.Root(),
		Proofs: map[string][]common.Hash{}}
	for _, a := range list {
		proof, ok := tree.Proof(a)
		if !ok {
			return fmt.Errorf("no proof for %s in the tree of packet %s", a.Hex(), id)
		}
		f.Proofs[a.Hex()] = proof
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("encode the proofs of packet %s: %w", id, err)
	}
	if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("packet-%s.json", id)), data, 0o644); err != nil {
		return fmt.Errorf("write the proofs of packet %s: %w", id, err)
	}
	return nil
}
