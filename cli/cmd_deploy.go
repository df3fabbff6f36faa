package cli

import (
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/deploy"
)

// testTokenMint is what `deploy --test-token` mints to the deployer: 100,000.00 tCNY.
const testTokenMint = "100000"

func (r *runner) deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy the escrow (and optionally tCNY and a policy file) to the RPC endpoint, and record it",
		Description: `Deploys HongbaoEscrow and its extension from your account, which becomes the escrow's policy admin,
through the deterministic deployment proxy 0x4e59b44847b379578588920ca78fbf26c0b4956c: the escrow of an
owner has the same address on every chain (the extension is the same for everyone). The addresses are
printed before anything is sent. A second run finds the escrow there, verifies its code and sends
nothing. Then applies a policy file, and writes the deployment file of the chain (under --home) that every
other command reads by default. docs/networks.md says how to verify the contracts on an explorer.

EXAMPLES:
   hongbao deploy --predict --owner 0xYou…   # the addresses, without a chain or a key
   hongbao deploy --rpc https://rpc.example.org --keystore ~/.ethereum/keystore --account 0xYou…
   hongbao deploy --test-token --policy policy.json --private-key 0x…   # a test chain
   hongbao deploy --json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "policy", Usage: `policy file: {"tokens": {"SYMBOL": {"minShare": "0.01", "tiers": [...]}}}`},
			&cli.BoolFlag{Name: "test-token", Usage: "also deploy the test stablecoin tCNY, mint 100,000 tCNY to you, and apply the default tCNY policy (unless --policy)"},
			&cli.BoolFlag{Name: "no-save", Usage: "do not write the deployment file"},
			&cli.BoolFlag{Name: "predict", Aliases: []string{"dry-run"}, Usage: "only print the addresses the escrow and its extension get (on every chain); send nothing, ask no chain"},
			&cli.StringFlag{Name: "owner", Usage: "with --predict: the escrow's owner, instead of your account"},
		},
		Action: r.deploy,
	}
}

type deployOutput struct {
	Escrow          string            `json:"escrow"`
	Extension       string            `json:"extension"`
	ChainID         uint64            `json:"chainId"`
	Owner           string            `json:"owner"`
	Block           uint64            `json:"block"`
	AlreadyDeployed bool              `json:"alreadyDeployed"`
	Tokens          map[string]string `json:"tokens"`
	DeploymentFile  string            `json:"deploymentFile,omitempty"`
}

type predictOutput struct {
	Escrow    string `json:"escrow"`
	Extension string `json:"extension"`
	Owner     string `json:"owner"`
	Proxy     string `json:"proxy"`
	Salt      string `json:"salt"`
	// ConstructorArgs are the escrow's ABI-encoded constructor arguments, which explorers ask for.
	ConstructorArgs string `json:"constructorArgs"`
}

func (r *runner) deploy(c *cli.Context) error {
	g, err := r.resolveGlobals(c)
	if err != nil {
		return err
	}
	if c.Bool("predict") {
		return r.predictDeploy(c, g)
	}
	if c.IsSet("owner") {
		return usagef("InvalidFlag", "--owner goes with --predict only: a deployment belongs to the key that sends it")
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
	esc, ext := deploy.PredictEscrow(d.Owner)
	r.note("the escrow of %s goes to %s (its extension to %s): the same addresses on every chain", d.Owner.Hex(), esc.Hex(), ext.Hex())
	deployer, err := deploy.NewDeployer(ctx, ec, key)
	if err != nil {
		return err
	}
	var res *deploy.EscrowDeployment
	err = r.spin("deploying the escrow…", func() (err error) {
		res, err = deployer.EnsureEscrow(ctx, deploy.Salt)
		return err
	})
	switch {
	case errors.Is(err, deploy.ErrNoProxy):
		return failf("NoDeployProxy", "%v", err)
	case errors.Is(err, deploy.ErrVerify):
		return failf("VerifyFailed", "%v; this is not the escrow this version of hongbao deploys: do not use it", err)
	case err != nil:
		return failf("DeployFailed", "deploying the escrow failed: %v; check that %s has ETH for gas", err, d.Owner.Hex())
	}
	d.Escrow, d.Block = res.Escrow, res.Block
	if res.Existed {
		r.note("already deployed at %s (block %d), code verified: nothing sent", d.Escrow.Hex(), d.Block)
	} else {
		r.note("escrow deployed at %s (block %d), code verified", d.Escrow.Hex(), d.Block)
	}
	if c.Bool("test-token") {
		if err := r.deployTestToken(c, deployer, &d); err != nil {
			return err
		}
		if policy == nil {
			policy = deploy.DefaultPolicy()
		}
	}
	if policy != nil {
		err = r.spin("applying the policy…", func() error { return deployer.ApplyPolicy(ctx, d.Escrow, policy, d.Tokens) })
		if err != nil {
			return failf("PolicyFailed", "the escrow is deployed at %s, but applying the policy failed: %v; fix the policy and run `hongbao policy set --file FILE --escrow %s`",
				d.Escrow.Hex(), err, d.Escrow.Hex())
		}
	}
	out := &deployOutput{Escrow: d.Escrow.Hex(), Extension: res.Extension.Hex(), ChainID: chainID, Owner: d.Owner.Hex(),
		Block: d.Block, AlreadyDeployed: res.Existed, Tokens: map[string]string{}}
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

// predictDeploy prints where the escrow of --owner (or of the configured account) goes, from CREATE2
// arithmetic alone: no key is decrypted and no chain is asked.
func (r *runner) predictDeploy(c *cli.Context, g *globals) error {
	var owner common.Address
	if s := c.String("owner"); s != "" {
		a, err := parseAddress("--owner", s)
		if err != nil {
			return err
		}
		owner = a
	} else {
		a, ok, err := g.signerAddress()
		if err != nil {
			return err
		}
		if !ok {
			return usagef("NoSigner", "--predict needs the escrow's owner: give --owner ADDR, or your account (--account, or --private-key)")
		}
		owner = a
	}
	esc, ext := deploy.PredictEscrow(owner)
	out := &predictOutput{Escrow: esc.Hex(), Extension: ext.Hex(), Owner: owner.Hex(), Proxy: deploy.Proxy.Hex(), Salt: deploy.Salt.Hex(),
		ConstructorArgs: hexutil.Encode(deploy.EscrowConstructorArgs(owner))}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "The escrow of %s goes to %s on every chain with the deterministic deployment proxy\n", out.Owner, out.Escrow)
		fmt.Fprintf(w, "  extension     %s\n", out.Extension)
		fmt.Fprintf(w, "  proxy         %s (CREATE2, salt %s)\n", out.Proxy, out.Salt)
		fmt.Fprintf(w, "  constructor arguments of the escrow (for explorers): %s\n", out.ConstructorArgs)
		fmt.Fprintln(w, "Nothing was sent (--predict).")
	})
}

func (r *runner) deployTestToken(c *cli.Context, deployer *deploy.Deployer, d *deploy.Deployment) error {
	ctx := c.Context
	var token common.Address
	err := r.spin("deploying tCNY…", func() (err error) {
		token, err = deployer.DeployTestStablecoin(ctx)
		if err != nil {
			return err
		}
		amount, _ := deploy.ParseAmount(testTokenMint, 2)
		return deployer.MintTestStablecoin(ctx, token, []common.Address{d.Owner}, amount)
	})
	if err != nil {
		return failf("DeployFailed", "the escrow is deployed at %s, but deploying tCNY failed: %v", d.Escrow.Hex(), err)
	}
	d.Tokens["tCNY"] = token
	return nil
}

func printDeploy(w io.Writer, out *deployOutput) {
	if out.AlreadyDeployed {
		fmt.Fprintf(w, "Escrow already deployed at %s on chain %d (block %d), code verified: nothing sent\n", out.Escrow, out.ChainID, out.Block)
	} else {
		fmt.Fprintf(w, "Escrow deployed at %s on chain %d (block %d), code verified\n", out.Escrow, out.ChainID, out.Block)
	}
	fmt.Fprintf(w, "  extension     %s\n", out.Extension)
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
