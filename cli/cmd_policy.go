package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/units"
)

func (r *runner) policyCommand() *cli.Command {
	return &cli.Command{
		Name:      "policy",
		Usage:     "show or set a token's undo tiers and minimum share (for packets sent from now on)",
		UsageText: "hongbao policy show [--token T]\nhongbao policy set (--token T (--default | [--min-share X] [--tier MAX:WINDOW[:consent]]...) | --file FILE)",
		Description: `show: the policy of a token (default: ETH and every token of the deployment).
set: the escrow's policy admin sets a token's policy. Live packets keep the policy they were sent under.
A tier MAX:WINDOW[:consent] gives packets up to MAX (in the token's units) an undo window of WINDOW;
with consent, undoing a Direct packet is a request the recipient approves. Above the last tier: no undo.

EXAMPLES:
   hongbao policy show
   hongbao policy show --token tCNY --json
   # rules §4 default: <= 200.00: 5 minutes with consent; <= 500.00: 2 minutes with consent
   hongbao policy set --token tCNY --default
   hongbao policy set --token tCNY --min-share 0.01 --tier 200:5m:consent --tier 500:2m:consent
   hongbao policy set --token ETH --min-share 0.0001          # no undo tiers
   hongbao policy set --file policy.json                      # {"tokens": {"tCNY": {...}}}`,
		ArgsUsage: "show|set",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "token", Usage: "ETH, a symbol of the deployment, or an ERC-20 address"},
			&cli.StringFlag{Name: "min-share", Usage: "set: smallest share of a group packet (default: 1 base unit)"},
			&cli.StringSliceFlag{Name: "tier", Usage: "set: an undo tier MAX:WINDOW[:consent], e.g. 200:5m:consent (repeat, increasing MAX)"},
			&cli.BoolFlag{Name: "default", Usage: "set: the rules §4 default tiers"},
			&cli.StringFlag{Name: "file", Usage: "set: a policy file for several tokens (the format of node/deploy)"},
		},
		Action: r.policy,
	}
}

// policy dispatches `policy show` and `policy set`: one command with an action argument, so that one help
// page shows both.
func (r *runner) policy(c *cli.Context) error {
	switch action := c.Args().First(); {
	case c.NArg() > 1:
		return usagef("InvalidArgs", "policy takes one action, show or set, not %s", plural(c.NArg(), "argument", "arguments"))
	case action == "show":
		if c.IsSet("min-share") || c.IsSet("tier") || c.Bool("default") || c.IsSet("file") {
			return usagef("InvalidFlag", "policy show takes only --token; the other options are for policy set")
		}
		return r.policyShow(c)
	case action == "set":
		return r.policySet(c)
	case action == "":
		return usagef("InvalidArgs", "policy what? run `hongbao policy show` or `hongbao policy set ...` (see `hongbao help policy`)")
	default:
		return usagef("InvalidArgs", "unknown policy action %q: use show or set", action)
	}
}

type policyOutput struct {
	Token    string       `json:"token"`
	Symbol   string       `json:"symbol"`
	Decimals uint8        `json:"decimals"`
	MinShare string       `json:"minShare"`
	Tiers    []tierOutput `json:"tiers"`
	TxHash   string       `json:"txHash,omitempty"`
	GasUsed  uint64       `json:"gasUsed,omitempty"`
}

type tierOutput struct {
	MaxAmount string `json:"maxAmount"`
	Window    int64  `json:"window"` // seconds
	Consent   bool   `json:"consent"`
}

type policiesOutput struct {
	Policies []*policyOutput `json:"policies"`
}

func (r *runner) policyShow(c *cli.Context) error {
	s, err := r.open(c, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	tokens := []common.Address{{}}
	if spec := c.String("token"); spec != "" {
		t, _, err := s.resolveToken(ctx, spec)
		if err != nil {
			return err
		}
		tokens = []common.Address{t}
	} else {
		for _, sym := range s.knownSymbols()[1:] {
			t, _ := s.symbol(sym)
			tokens = append(tokens, t)
		}
	}
	out := &policiesOutput{}
	for _, t := range tokens {
		po, err := s.readPolicy(ctx, t)
		if err != nil {
			return err
		}
		out.Policies = append(out.Policies, po)
	}
	return r.emit(out, func(w io.Writer) {
		for _, po := range out.Policies {
			printPolicy(w, po)
		}
	})
}

func (s *session) readPolicy(ctx context.Context, token common.Address) (*policyOutput, error) {
	m, err := s.money(ctx, token)
	if err != nil {
		return nil, err
	}
	p, err := s.cl.Policy(ctx, token)
	if err != nil {
		return nil, err
	}
	return policyJSON(token, m, p), nil
}

func policyJSON(token common.Address, m money, p *client.Policy) *policyOutput {
	out := &policyOutput{Token: token.Hex(), Symbol: m.symbol, Decimals: m.decimals, MinShare: baseUnits(p.MinShare), Tiers: []tierOutput{}}
	for _, t := range p.Tiers {
		out.Tiers = append(out.Tiers, tierOutput{MaxAmount: t.MaxAmount.String(), Window: int64(t.Window / time.Second), Consent: t.Consent})
	}
	return out
}

func printPolicy(w io.Writer, po *policyOutput) {
	m := money{symbol: po.Symbol, decimals: po.Decimals}
	minShare, _ := new(big.Int).SetString(po.MinShare, 10)
	fmt.Fprintf(w, "%s (%s)\n", po.Symbol, po.Token)
	if minShare == nil || minShare.Sign() == 0 {
		fmt.Fprintln(w, "  no policy set: minimum share 1 base unit, no undo window")
	} else {
		fmt.Fprintf(w, "  minimum share  %s\n", m.fmt(minShare))
	}
	prev := "0"
	for _, t := range po.Tiers {
		max, _ := new(big.Int).SetString(t.MaxAmount, 10)
		consent := ""
		if t.Consent {
			consent = ", Direct packets need the recipient's approval"
		}
		fmt.Fprintf(w, "  above %s up to %s: undo within %s%s\n", prev, m.fmt(max), fmtSpan(time.Duration(t.Window)*time.Second), consent)
		prev = units.Format(max, po.Decimals)
	}
	if len(po.Tiers) > 0 {
		fmt.Fprintf(w, "  above %s: no undo (cool-off, decline, guardian and expiry refund still apply)\n", prev)
	} else if minShare != nil && minShare.Sign() > 0 {
		fmt.Fprintln(w, "  no undo tiers")
	}
	if po.TxHash != "" {
		fmt.Fprintf(w, "  set in tx %s (gas used %d)\n", po.TxHash, po.GasUsed)
	}
}

func (r *runner) policySet(c *cli.Context) error {
	if c.IsSet("file") && (c.IsSet("token") || c.IsSet("tier") || c.IsSet("min-share") || c.Bool("default")) {
		return usagef("InvalidFlag", "--file sets every token it names; give either --file or --token with its settings")
	}
	if !c.IsSet("file") && c.String("token") == "" {
		return usagef("InvalidFlag", "which token? give --token ETH|SYMBOL|ADDRESS (or --file policy.json)")
	}
	if c.Bool("default") && (c.IsSet("tier") || c.IsSet("min-share")) {
		return usagef("InvalidFlag", "--default sets the tiers and minimum share itself; drop --tier and --min-share")
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	var plans []policyPlan
	if path := c.String("file"); path != "" {
		plans, err = s.plansFromFile(ctx, path)
	} else {
		plans, err = s.planFromFlags(c)
	}
	if err != nil {
		return err
	}
	out := &policiesOutput{}
	for _, pl := range plans {
		po, err := r.applyPolicy(ctx, s, pl)
		if err != nil {
			return err
		}
		out.Policies = append(out.Policies, po)
	}
	return r.emit(out, func(w io.Writer) {
		for _, po := range out.Policies {
			printPolicy(w, po)
		}
	})
}

// policyPlan is one token's policy to set.
type policyPlan struct {
	token  common.Address
	m      money
	policy client.Policy
}

func (r *runner) applyPolicy(ctx context.Context, s *session, pl policyPlan) (*policyOutput, error) {
	var tx *client.TxInfo
	err := r.spin("setting the policy of "+pl.m.symbol+"…", func() (err error) {
		tx, err = s.cl.SetPolicy(ctx, pl.token, pl.policy)
		return err
	})
	if err != nil {
		return nil, err
	}
	po := policyJSON(pl.token, pl.m, &pl.policy)
	po.TxHash, po.GasUsed = tx.TxHash.Hex(), tx.GasUsed
	return po, nil
}

func (s *session) planFromFlags(c *cli.Context) ([]policyPlan, error) {
	token, m, err := s.resolveToken(c.Context, c.String("token"))
	if err != nil {
		return nil, err
	}
	if c.Bool("default") {
		return []policyPlan{{token: token, m: m, policy: client.DefaultPolicy(m.decimals)}}, nil
	}
	p := client.Policy{MinShare: big.NewInt(1), Tiers: []client.Tier{}}
	if v := c.String("min-share"); v != "" {
		if p.MinShare, err = parseAmount("min-share", v, m); err != nil {
			return nil, err
		}
	}
	for _, spec := range c.StringSlice("tier") {
		t, err := parseTier(spec, m)
		if err != nil {
			return nil, err
		}
		if n := len(p.Tiers); n > 0 && p.Tiers[n-1].MaxAmount.Cmp(t.MaxAmount) >= 0 {
			return nil, usagef("InvalidTier", "--tier %s: tiers must be given by increasing maximum amount", spec)
		}
		p.Tiers = append(p.Tiers, t)
	}
	if len(p.Tiers) > deploy.MaxTiers {
		return nil, usagef("InvalidTier", "%d tiers: the escrow allows at most %d", len(p.Tiers), deploy.MaxTiers)
	}
	return []policyPlan{{token: token, m: m, policy: p}}, nil
}

// parseTier reads MAX:WINDOW[:consent].
func parseTier(spec string, m money) (client.Tier, error) {
	parts := strings.Split(spec, ":")
	if len(parts) < 2 || len(parts) > 3 || (len(parts) == 3 && parts[2] != "consent") {
		return client.Tier{}, usagef("InvalidTier", "--tier %q is not MAX:WINDOW[:consent], e.g. 200:5m:consent", spec)
	}
	max, err := parseAmount("tier", parts[0], m)
	if err != nil {
		return client.Tier{}, err
	}
	window, err := parseDuration("tier", parts[1])
	if err != nil {
		return client.Tier{}, err
	}
	if window <= 0 {
		return client.Tier{}, usagef("InvalidTier", "--tier %q: the undo window must be longer than 0", spec)
	}
	return client.Tier{MaxAmount: max, Window: window, Consent: len(parts) == 3}, nil
}

func (s *session) plansFromFile(ctx context.Context, path string) ([]policyPlan, error) {
	p, err := deploy.LoadPolicy(path)
	if err != nil {
		return nil, usagef("InvalidPolicy", "%v", err)
	}
	rules, err := deploy.ResolvePolicy(ctx, s.ec, p, s.tokens())
	if err != nil {
		return nil, usagef("InvalidPolicy", "policy %s: %v", path, err)
	}
	plans := make([]policyPlan, 0, len(rules))
	for _, rl := range rules {
		m, err := s.money(ctx, rl.Token)
		if err != nil {
			return nil, err
		}
		pol := client.Policy{MinShare: rl.MinShare, Tiers: []client.Tier{}}
		for _, t := range rl.Tiers {
			pol.Tiers = append(pol.Tiers, client.Tier{MaxAmount: t.MaxAmount, Window: time.Duration(t.Window) * time.Second, Consent: t.Consent})
		}
		plans = append(plans, policyPlan{token: rl.Token, m: m, policy: pol})
	}
	return plans, nil
}
