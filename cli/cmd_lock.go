package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

func (r *runner) lockCommand() *cli.Command {
	return &cli.Command{
		Name:      "lock",
		Usage:     "show or set your security lock: sends above a threshold need a cool-off (SPEC §4, 每次验证)",
		UsageText: "hongbao lock show [--token T] [--of ADDR]\nhongbao lock set --token T --threshold X --min-delay D",
		ArgsUsage: "show|set",
		Description: `A guard against mistakes and rash sends: every send of more than the threshold gets at least the
cool-off, during which you can take it back alone (` + "`hongbao withdraw`" + `). send applies it and says so
(--strict-delay refuses instead). Tightening applies at once; loosening (a higher threshold, a shorter
cool-off, or --min-delay 0 to remove it) takes effect 24h after you ask.

EXAMPLES:
   hongbao lock set --token tCNY --threshold 500 --min-delay 24h
   hongbao lock show --token tCNY
   hongbao lock set --token tCNY --threshold 500 --min-delay 0     # remove it, 24h from now`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "token", Value: "ETH", Usage: "ETH, a symbol of the deployment, or an ERC-20 address"},
			&cli.StringFlag{Name: "of", Usage: "show: whose lock (default: yours)"},
			&cli.StringFlag{Name: "threshold", Usage: "set: sends above this amount need the cool-off"},
			&cli.StringFlag{Name: "min-delay", Usage: "set: the cool-off they need, e.g. 2h or 24h (0 removes the lock)"},
		},
		Action: r.lock,
	}
}

// lockOutput is the JSON of lock show and lock set.
type lockOutput struct {
	Sender           string `json:"sender"`
	Token            string `json:"token"`
	Symbol           string `json:"symbol"`
	Decimals         uint8  `json:"decimals"`
	Threshold        string `json:"threshold"`
	MinDelay         int64  `json:"minDelay"` // seconds; 0: no lock
	PendingAt        int64  `json:"pendingAt,omitempty"`
	PendingThreshold string `json:"pendingThreshold,omitempty"`
	PendingMinDelay  int64  `json:"pendingMinDelay,omitempty"`
	TxHash           string `json:"txHash,omitempty"`
	GasUsed          uint64 `json:"gasUsed,omitempty"`
	// Pending (set): the change is a loosening that takes effect at EffectiveAt.
	Pending     bool  `json:"pending"`
	EffectiveAt int64 `json:"effectiveAt,omitempty"`
}

func (r *runner) lock(c *cli.Context) error {
	switch action := c.Args().First(); {
	case c.NArg() > 1:
		return usagef("InvalidArgs", "lock takes one action, show or set, not %d arguments", c.NArg())
	case action == "show":
		return r.lockShow(c)
	case action == "set":
		return r.lockSet(c)
	case action == "":
		return usagef("InvalidArgs", "lock what? run `hongbao lock show` or `hongbao lock set ...` (see `hongbao help lock`)")
	default:
		return usagef("InvalidArgs", "unknown lock action %q: use show or set", action)
	}
}

func (r *runner) lockShow(c *cli.Context) error {
	s, err := r.open(c, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	who, err := lockOwner(c, s)
	if err != nil {
		return err
	}
	token, _, err := s.resolveToken(c.Context, c.String("token"))
	if err != nil {
		return err
	}
	l, err := s.cl.Lock(c.Context, who, token)
	if err != nil {
		return err
	}
	out := lockJSON(l)
	return r.emit(out, func(w io.Writer) { printLock(w, l) })
}

// lockOwner is whose lock to show: --of, else the configured account.
func lockOwner(c *cli.Context, s *session) (common.Address, error) {
	if of := c.String("of"); of != "" {
		return parseAddress("--of", of)
	}
	me, ok, err := s.g.signerAddress()
	if err != nil {
		return common.Address{}, err
	}
	if !ok {
		return common.Address{}, usagef("InvalidFlag", "whose lock? give --of ADDR, or your account (--private-key or --account)")
	}
	return me, nil
}

func (r *runner) lockSet(c *cli.Context) error {
	if c.String("threshold") == "" || c.String("min-delay") == "" {
		return usagef("InvalidFlag", "lock set needs --threshold AMOUNT and --min-delay DURATION, e.g. --threshold 500 --min-delay 24h")
	}
	delay, err := parseDuration("min-delay", c.String("min-delay"))
	if err != nil {
		return err
	}
	if delay > maxDelay {
		return usagef("InvalidDelay", "--min-delay %s is too long: a cool-off is at most 24h", c.String("min-delay"))
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	token, m, err := s.resolveToken(ctx, c.String("token"))
	if err != nil {
		return err
	}
	threshold, err := parseAmount("threshold", c.String("threshold"), m)
	if err != nil {
		return err
	}
	var res *client.LockResult
	err = r.spin("setting the lock…", func() (err error) {
		res, err = s.cl.SetLock(ctx, token, threshold, delay)
		return err
	})
	if err != nil {
		return err
	}
	out := &lockOutput{Sender: s.me().Hex(), Token: token.Hex(), Symbol: m.symbol, Decimals: m.decimals,
		Threshold: baseUnits(res.Threshold), MinDelay: int64(res.MinDelay / time.Second), TxHash: res.TxHash.Hex(),
		GasUsed: res.GasUsed, Pending: res.Pending, EffectiveAt: unixOrZero(res.EffectiveAt)}
	return r.emit(out, func(w io.Writer) {
		what := fmt.Sprintf("sends of more than %s need a %s cool-off", m.fmt(res.Threshold), fmtSpan(res.MinDelay))
		if res.MinDelay == 0 {
			what = "no lock"
		}
		if res.Pending {
			fmt.Fprintf(w, "Loosening asked: %s from %s (24h from now); the current lock holds until then\n", what, fmtTime(res.EffectiveAt))
		} else {
			fmt.Fprintf(w, "Lock set: %s, from now on\n", what)
		}
		printTx(w, res.TxInfo)
	})
}

func lockJSON(l *client.Lock) *lockOutput {
	out := &lockOutput{Sender: l.Sender.Hex(), Token: l.Token.Hex(), Symbol: l.Symbol, Decimals: l.Decimals,
		Threshold: baseUnits(l.Threshold), MinDelay: int64(l.MinDelay / time.Second)}
	if !l.PendingAt.IsZero() {
		out.PendingAt = l.PendingAt.Unix()
		out.PendingThreshold = baseUnits(l.PendingThreshold)
		out.PendingMinDelay = int64(l.PendingMinDelay / time.Second)
	}
	return out
}

func printLock(w io.Writer, l *client.Lock) {
	m := money{symbol: l.Symbol, decimals: l.Decimals}
	if l.Active() {
		fmt.Fprintf(w, "Security lock of %s for %s: sends of more than %s need a %s cool-off\n", l.Sender.Hex(), l.Symbol, m.fmt(l.Threshold), fmtSpan(l.MinDelay))
	} else {
		fmt.Fprintf(w, "%s has no security lock for %s\n", l.Sender.Hex(), l.Symbol)
	}
	if !l.PendingAt.IsZero() {
		next := "no lock"
		if l.PendingMinDelay > 0 {
			next = fmt.Sprintf("more than %s needs a %s cool-off", m.fmt(l.PendingThreshold), fmtSpan(l.PendingMinDelay))
		}
		fmt.Fprintf(w, "  loosening pending: from %s, %s\n", fmtTime(l.PendingAt), next)
	}
}
