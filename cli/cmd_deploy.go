package cli

import (
	"crypto/ecdsa"
	"fmt"
	"io"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/deploy"
)

// testTokenMint is what `deploy --test-token` mints to the deployer: 100,000.00 tCNY.
const testTokenMint = "100000"

func (r *runner) deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy the escrow (and optionally tCNY and a policy file) to the RPC endpoint, and record it",
		Description: `Deploys HongbaoEscrow from your account, which becomes its policy admin, applies a policy file, and
writes the deployment file of the chain (under --home) that every other command reads by default.

EXAMPLES:
   hongbao deploy --rpc https://rpc.example.org --keystore ~/.ethereum/keystore --account 0xYou…
   hongbao deploy --test-token --policy policy.json --private-key 0x…   # a test chain
   hongbao deploy --json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "policy", Usage: `policy file: {"tokens": {"SYMBOL": {"minShare": "0.01", "tiers": [...]}}}`},
			&cli.BoolFlag{Name: "test-token", Usage: "also deploy the test stablecoin tCNY, mint 100,000 tCNY to you, and apply the default tCNY policy (unless --policy)"},
			&cli.BoolFlag{Name: "no-save", Usage: "do not write the deployment file"},
		},
		Action: r.deploy,
	}
}

type deployOutput struct {
	Escrow         string            `json:"escrow"`
	ChainID        uint64            `json:"chainId"`
	Owner          string            `json:"owner"`
	Block          uint64            `json:"block"`
	Tokens         map[string]string `json:"tokens"`
	DeploymentFile string            `json:"deploymentFile,omitempty"`
}

func (r *runner) deploy(c *cli.Context) error {
	g, err := r.resolveGlobals(c)
	if err != nil {
		return err
	}
	var policy *deploy.Policy
	if path := c.String("policy"); path != "" {
		if policy, err = deploy.LoadPolicy(path); err != nil {
			return usagef("InvalidPolicy", "%v", err)
		}
	}
	key, err := r.loadKey(g)
	if err != nil {
		return err
	}
	ctx := c.Context
	ec, chainID, err := dialChain(ctx, g)
	if err != nil {
		return err
	}
	defer ec.Close()
	d := deploy.Deployment{ChainID: chainID, Owner: keyAddress(key), Tokens: map[string]common.Address{}}
	err = r.spin("deploying the escrow…", func() (err error) {
		d.Escrow, d.Block, err = deploy.DeployEscrow(ctx, ec, key)
		return err
	})
	if err != nil {
		return failf("DeployFailed", "deploying the escrow failed: %v; check that %s has ETH for gas", err, d.Owner.Hex())
	}
	r.note("escrow deployed at %s (block %d)", d.Escrow.Hex(), d.Block)
	if c.Bool("test-token") {
		if err := r.deployTestToken(c, ec, key, &d); err != nil {
			return err
		}
		if policy == nil {
			policy = deploy.DefaultPolicy()
		}
	}
	if policy != nil {
		err = r.spin("applying the policy…", func() error { return deploy.ApplyPolicy(ctx, ec, key, d.Escrow, policy, d.Tokens) })
		if err != nil {
			return failf("PolicyFailed", "the escrow is deployed at %s, but applying the policy failed: %v; fix the policy and run `hongbao policy set --file FILE --escrow %s`",
				d.Escrow.Hex(), err, d.Escrow.Hex())
		}
	}
	out := &deployOutput{Escrow: d.Escrow.Hex(), ChainID: chainID, Owner: d.Owner.Hex(), Block: d.Block, Tokens: map[string]string{}}
	for sym, a := range d.Tokens {
		out.Tokens[sym] = a.Hex()
	}
	if !c.Bool("no-save") {
		if err := deploy.Save(g.home, d); err != nil {
			return failf("WriteFailed", "the escrow is deployed at %s, but the deployment file could not be written: %v; pass --escrow %s to later commands",
				d.Escrow.Hex(), err, d.Escrow.Hex())
		}
		out.DeploymentFile = deploy.Path(g.home, chainID)
	}
	return r.emit(out, func(w io.Writer) { printDeploy(w, out) })
}

func (r *runner) deployTestToken(c *cli.Context, ec deploy.Backend, key *ecdsa.PrivateKey, d *deploy.Deployment) error {
	ctx := c.Context
	var token common.Address
	err := r.spin("deploying tCNY…", func() (err error) {
		token, err = deploy.DeployTestStablecoin(ctx, ec, key)
		if err != nil {
			return err
		}
		amount, _ := deploy.ParseAmount(testTokenMint, 2)
		return deploy.MintTestStablecoin(ctx, ec, key, token, []common.Address{d.Owner}, amount)
	})
	if err != nil {
		return failf("DeployFailed", "the escrow is deployed at %s, but deploying tCNY failed: %v", d.Escrow.Hex(), err)
	}
	d.Tokens["tCNY"] = token
	return nil
}

func printDeploy(w io.Writer, out *deployOutput) {
	fmt.Fprintf(w, "Escrow deployed at %s on chain %d (block %d)\n", out.Escrow, out.ChainID, out.Block)
	fmt.Fprintf(w, "  policy admin  %s\n", out.Owner)
	syms := make([]string, 0, len(out.Tokens))
	for s := range out.Tokens {
		syms = append(syms, s)
	}
	sort.Strings(syms)
	for _, s := range syms {
		fmt.Fprintf(w, "  token         %s %s\n", s, out.Tokens[s])
	}
	if out.DeploymentFile != "" {
		fmt.Fprintf(w, "  recorded in   %s (commands on this chain use it by default)\n", out.DeploymentFile)
	}
}
