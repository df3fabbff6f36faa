package cli

import (
	"fmt"
	"io"
	"math/big"
	"os"
	"runtime/debug"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devchain"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/units"
	"github.com/hongbao/hongbao/web"
)

func (r *runner) devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local dev chain with the escrow, tCNY and the ten test accounts (like anvil)",
		Description: `A block per transaction, chain id 31337, the ten Anvil/Hardhat test accounts with 10,000 ETH and
100,000.00 tCNY each, the escrow and tCNY deployed with the default undo policy, and the test methods
evm_increaseTime, evm_setNextBlockTimestamp, evm_mine, evm_snapshot, evm_revert, anvil_setBalance.
It records the deployment, so other commands on this machine find the escrow without --escrow. The port
opens only once the contracts are deployed and the deployment file is written: a script may simply wait
until eth_chainId answers.
Without --datadir the chain is gone when it stops. Stop it with Ctrl-C (SIGINT) or SIGTERM.

With --web it also serves the claim page and the relayer API (/v1/) on one origin (--web-addr); the
relayer is dev account 9, which pays the gas of relayed claims. It prints the URL; give it to send as
--web-url (or HONGBAO_WEB_URL) and send prints each packet's claim link.

EXAMPLES:
   hongbao devnet
   hongbao devnet --port 8546 --datadir ./chain
   hongbao devnet --web`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "host", Value: devchain.DefaultHost, Usage: "address to listen on"},
			&cli.IntFlag{Name: "port", Value: devchain.DefaultPort, Usage: "HTTP and WebSocket port (0: any free port)"},
			&cli.StringFlag{Name: "datadir", Usage: "keep the chain in this directory across restarts"},
			&cli.BoolFlag{Name: "log", Usage: "log the node's activity to stderr"},
			&cli.BoolFlag{Name: "web", Usage: "also serve the claim page and the relayer (dev account 9 pays the gas)"},
			&cli.StringFlag{Name: "web-addr", Value: defaultWebAddr, Usage: "--web: host:port of the claim page (port 0: any free port)"},
		},
		Action: r.devnet,
	}
}

type devnetOutput struct {
	RPC            string            `json:"rpc"`
	WS             string            `json:"ws"`
	ChainID        uint64            `json:"chainId"`
	Escrow         string            `json:"escrow"`
	Owner          string            `json:"owner"`
	Tokens         map[string]string `json:"tokens"`
	DeploymentFile string            `json:"deploymentFile"`
	Accounts       []devAccount      `json:"accounts"`
	// Web is the claim page's URL and Relayer the relayer's address (--web).
	Web     string `json:"web,omitempty"`
	Relayer string `json:"relayer,omitempty"`
}

type devAccount struct {
	Address    string `json:"address"`
	PrivateKey string `json:"privateKey"` // dev only: the public Anvil/Hardhat keys
}

func (r *runner) devnet(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "devnet takes no arguments (got %q); see `hongbao help devnet`", c.Args().First())
	}
	g, err := r.resolveGlobals(c)
	if err != nil {
		return err
	}
	cfg := devchain.Config{Host: c.String("host"), Port: c.Int("port"), DataDir: c.String("datadir"), ChainID: g.chainID, Home: g.home}
	if c.Bool("log") {
		cfg.Logger = r.logger()
	}
	r.note("starting the dev chain…")
	// Start-up allocates some 60 MB, nearly all short-lived, on a heap of a few MB: collecting as it went (about
	// 15 times) took a third of the start-up. Collect once afterwards (ReleaseStartupMemory); the limit bounds
	// the heap meanwhile.
	gcPercent, memLimit := debug.SetGCPercent(-1), debug.SetMemoryLimit(256<<20)
	chain, err := devchain.Start(c.Context, cfg)
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memLimit)
	if err != nil {
		return failf("DevnetFailed", "the dev chain did not start: %v; try another --port (or --port 0 for any free port)", err)
	}
	out := devnetJSON(chain, g.home)
	if c.Bool("web") {
		stop, err := r.devnetWeb(c, chain, g, out)
		if err != nil {
			chain.Close()
			return err
		}
		defer stop()
	}
	if err := r.emit(out, func(w io.Writer) { printDevnet(w, out) }); err != nil {
		chain.Close()
		return err
	}
	// The chain runs until stopped: give back what start-up used (heap garbage, pages of the binary that only
	// start-up ran), which is most of an idle dev chain's resident memory.
	devchain.ReleaseStartupMemory()
	<-c.Context.Done() // Main cancels it on SIGINT / SIGTERM
	r.note("stopping the dev chain…")
	if err := chain.Close(); err != nil {
		return failf("DevnetFailed", "the dev chain did not stop cleanly: %v", err)
	}
	r.note("stopped.")
	return nil
}

func devnetJSON(chain *devchain.Chain, home string) *devnetOutput {
	d := chain.Deployment
	out := &devnetOutput{RPC: chain.HTTPURL, WS: chain.WSURL, ChainID: chain.ChainID, Escrow: d.Escrow.Hex(), Owner: d.Owner.Hex(),
		Tokens: map[string]string{}, DeploymentFile: deploy.Path(home, chain.ChainID)}
	for sym, a := range d.Tokens {
		out.Tokens[sym] = a.Hex()
	}
	for i := range devkeys.Count {
		out.Accounts = append(out.Accounts, devAccount{Address: devkeys.Address(i).Hex(), PrivateKey: devkeys.HexKey(i)})
	}
	return out
}

func printDevnet(w io.Writer, out *devnetOutput) {
	fmt.Fprintf(w, "hongbao dev chain %d is running\n\n", out.ChainID)
	fmt.Fprintf(w, "  RPC (HTTP)   %s\n", out.RPC)
	fmt.Fprintf(w, "  RPC (WS)     %s\n", out.WS)
	fmt.Fprintf(w, "  escrow       %s (policy admin: account 0)\n", out.Escrow)
	syms := make([]string, 0, len(out.Tokens))
	for s := range out.Tokens {
		syms = append(syms, s)
	}
	sort.Strings(syms)
	for _, s := range syms {
		fmt.Fprintf(w, "  %-12s %s\n", s, out.Tokens[s])
	}
	fmt.Fprintf(w, "  deployment   %s\n\n", out.DeploymentFile)
	fmt.Fprintf(w, "Accounts (%s ETH and %s tCNY each):\n", units.Format(devchain.AccountFunds, 18), units.Format(devchain.MintPerAccount, 2))
	for i, a := range out.Accounts {
		fmt.Fprintf(w, "  (%d) %s  key %s\n", i, a.Address, a.PrivateKey)
	}
	fmt.Fprintln(w, "\nThese keys are the public Anvil/Hardhat test keys: DEV ONLY, anyone can spend from them on a real chain.")
	if out.Web != "" {
		fmt.Fprintf(w, "\nClaim page   %s (relayer %s, dev account %d, pays the gas of relayed claims)\n", out.Web, out.Relayer, devnetRelayer)
	}
	fmt.Fprintln(w, "\nTry, in another terminal:")
	fmt.Fprintf(w, "  hongbao send --shares 3 --lucky --amount 100 --token tCNY --private-key %s%s%s\n", out.Accounts[0].PrivateKey, rpcNote(out.RPC), webNote(out.Web))
	fmt.Fprintln(w, "\nPress Ctrl-C to stop.")
}

// rpcNote is the --rpc flag to add to a printed command line when the endpoint is not the default.
func rpcNote(url string) string {
	if url == DefaultRPC {
		return ""
	}
	return " --rpc " + url
}

// devnetRelayer is the dev account whose key the relayer of devnet --web uses.
const devnetRelayer = 9

func webNote(url string) string {
	if url == "" {
		return ""
	}
	return " --web-url " + url
}

// devnetWeb serves the claim page and the relayer on the dev chain; it returns how to stop them.
func (r *runner) devnetWeb(c *cli.Context, chain *devchain.Chain, g *globals, out *devnetOutput) (func(), error) {
	dep := chain.Deployment
	// The dev chain mines only when a transaction comes: the relayer's draw of a relayed sealed claim asks it
	// for the next block.
	cl, err := client.New(c.Context, settledBackend{chain.Client()}, dep.Escrow, devkeys.Key(devnetRelayer),
		client.WithEndpoint(chain.HTTPURL), client.WithFromBlock(dep.Block),
		client.WithBlockNudge(devChainNudge(chain.Client(), chain.ChainID)))
	if err != nil {
		return nil, err
	}
	fees := map[common.Address]*big.Int{{}: new(big.Int).Set(defaultETHFee)}
	for _, token := range dep.Tokens {
		fees[token] = big.NewInt(1) // tCNY has 2 decimals: 0.01
	}
	dir := proofsDir(g.home, chain.ChainID)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, failf("DevnetFailed", "cannot create the proofs directory %s: %v", dir, unwrapPathError(err))
	}
	rl, err := r.newRelayer(c.Context, cl, &relayOptions{fees: fees, proofs: dir}, r.logger())
	if err != nil {
		return nil, err
	}
	// The send form, My packets and the risk checks read the dev chain as `hongbao web` reads its chain: through
	// a session, opened on the dev chain's endpoint and escrow whatever --rpc and --escrow say.
	dg := *g
	dg.rpc, dg.escrow, dg.chainID, dg.fromBlock = chain.HTTPURL, dep.Escrow.Hex(), chain.ChainID, nil
	r.g = &dg
	s, err := r.open(c, readOnly)
	if err != nil {
		return nil, err
	}
	cfg, closeIndex, err := r.pageConfig(c.Context, s, chain.HTTPURL, "", rl)
	if err != nil {
		s.Close()
		return nil, err
	}
	url, stop, err := serve(c.String("web-addr"), web.Handler(cfg))
	if err != nil {
		closeIndex()
		s.Close()
		return nil, err
	}
	out.Web, out.Relayer = url, rl.Address().Hex()
	return func() { stop(); closeIndex(); s.Close() }, nil
}
