package cli

import (
	"fmt"
	"io"
	"log/slog"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devchain"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/units"
)

func (r *runner) devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local dev chain with the escrow, tCNY and the ten test accounts (like anvil)",
		Description: `A block per transaction, chain id 31337, the ten Anvil/Hardhat test accounts with 10,000 ETH and
100,000.00 tCNY each, the escrow and tCNY deployed with the default undo policy, and the test methods
evm_increaseTime, evm_setNextBlockTimestamp, evm_mine, evm_snapshot, evm_revert, anvil_setBalance.
It records the deployment, so other commands on this machine find the escrow without --escrow.
Without --datadir the chain is gone when it stops. Stop it with Ctrl-C (SIGINT) or SIGTERM.

EXAMPLES:
   hongbao devnet
   hongbao devnet --port 8546 --datadir ./chain`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "host", Value: devchain.DefaultHost, Usage: "address to listen on"},
			&cli.IntFlag{Name: "port", Value: devchain.DefaultPort, Usage: "HTTP and WebSocket port (0: any free port)"},
			&cli.StringFlag{Name: "datadir", Usage: "keep the chain in this directory across restarts"},
			&cli.BoolFlag{Name: "log", Usage: "log the node's activity to stderr"},
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
		cfg.Logger = slog.New(slog.NewTextHandler(r.stderr, nil))
	}
	r.note("starting the dev chain…")
	chain, err := devchain.Start(c.Context, cfg)
	if err != nil {
		return failf("DevnetFailed", "the dev chain did not start: %v; try another --port (or --port 0 for any free port)", err)
	}
	out := devnetJSON(chain, g.home)
	if err := r.emit(out, func(w io.Writer) { printDevnet(w, out) }); err != nil {
		chain.Close()
		return err
	}
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
	fmt.Fprintln(w, "\nTry, in another terminal:")
	fmt.Fprintf(w, "  hongbao send --shares 3 --lucky --amount 100 --token tCNY --private-key %s%s\n", out.Accounts[0].PrivateKey, rpcNote(out.RPC))
	fmt.Fprintln(w, "\nPress Ctrl-C to stop.")
}

// rpcNote is the --rpc flag to add to a printed command line when the endpoint is not the default.
func rpcNote(url string) string {
	if url == DefaultRPC {
		return ""
	}
	return " --rpc " + url
}
