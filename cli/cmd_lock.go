package cli

import (
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

func (r *runner) lockCommand() *cli.Command {
	return &cli.Command{
		Name:  "lock",
		Usage: "show, set or loosen your security lock: sends above a threshold need a cool-off (rules §4, 每次验证)",
		UsageText: "hongbao lock show [--token T] [--of ADDR]\nhongbao lock set --token T --threshold X --min-delay D\n" +
			"hongbao lock loosen --token T [--threshold X] [--min-delay D | --remove | --cancel]",
		ArgsUsage: "show|set|loosen",
		Description: `A guard against mistakes and rash sends: every send of more than the threshold gets at least the
cool-off, during which you can take it back alone (` + "`hongbao withdraw`" + `). send applies it and says so
(--strict-delay refuses instead). Tightening (set) applies at once. Loosening (a higher threshold, a shorter
cool-off, or removing the lock) takes effect only 24h after you ask, so that a rash moment cannot undo the
lock right before a rash send; the current lock holds until then. loosen keeps what you do not give from
the current lock; --cancel drops a pending loosening.

EXAMPLES:
   hongbao lock set --token tCNY --threshold 500 --min-delay 24h
   hongbao lock show --token tCNY
   hongbao lock loosen --token tCNY --threshold 2000     # 24h from now
   hongbao lock loosen --token tCNY --remove             # no lock, 24h from now
   hongbao lock loosen --token tCNY --cancel             # keep the current lock`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "token", Value: "ETH", Usage: "ETH, a symbol of the deployment, or an ERC-20 address"},
			&cli.StringFlag{Name: "of", Usage: "show: whose lock (default: yours)"},
			&cli.StringFlag{Name: "threshold", Usage: "set, loosen: sends above this amount need the cool-off"},
			&cli.StringFlag{Name: "min-delay", Usage: "set, loosen: the cool-off they need, e.g. 2h or 24h (0 removes the lock)"},
			&cli.BoolFlag{Name: "remove", Usage: "loosen: remove the lock (24h from now)"},
			&cli.BoolFlag{Name: "cancel", Usage: "loosen: cancel a pending loosening; the current lock stays"},
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
	// Deferred (set, loosen): the change is a loosening; it takes effect at EffectiveAt, the lock in effect
	// holds until then. (In show, the pending* fields describe such a loosening.)
	Deferred    bool  `json:"deferred"`
	EffectiveAt int64 `json:"effectiveAt,omitempty"`
	// Cancelled (loosen --cancel): a pending loosening was dropped; the lock in effect stays.
	Cancelled bool `json:"cancelled,omitempty"`
	// DroppedLoosening (set): the tightening also cancelled a loosening that was pending.
	DroppedLoosening bool `json:"droppedLoosening,omitempty"`
}

func (r *runner) lock(c *cli.Context) error {
	switch action := c.Args().First(); {
	case c.NArg() > 1:
		return usagef("InvalidArgs", "lock takes one action, show, set or loosen, not %s", plural(c.NArg(), "argument", "arguments"))
	case action != "loosen" && (c.Bool("remove") || c.Bool("cancel")):
		return usagef("InvalidFlag", "--remove and --cancel are for `hongbao lock loosen`")
	case action == "show":
		return r.lockShow(c)
	case action == "set":
		return r.lockSet(c)
	case action == "loosen":
		return r.lockLoosen(c)
	case action == "":
		return usagef("InvalidArgs", "lock what? run `hongbao lock show`, `hongbao lock set ...` or `hongbao lock loosen ...` (see `hongbao help lock`)")
	default:
		return usagef("InvalidArgs", "unknown lock action %q: use show, set or loosen", action)
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
	delay, err := lockDelay(c)
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	token, m, err := s.resolveToken(c.Context, c.String("token"))
	if err != nil {
		return err
	}
	threshold, err := parseAmount("threshold", c.String("threshold"), m)
	if err != nil {
		return err
	}
	// A tightening applies at once and drops a pending loosening: read it first, so that we can say so.
	before, err := s.cl.Lock(c.Context, s.me(), token)
	if err != nil {
		return err
	}
	return r.setLock(c, s, token, m, threshold, delay, "", before)
}

// lockDelay reads --min-delay (at most 24h, the longest cool-off).
func lockDelay(c *cli.Context) (time.Duration, error) {
	delay, err := parseDuration("min-delay", c.String("min-delay"))
	if err != nil {
		return 0, err
	}
	if delay > maxDelay {
		return 0, usagef("InvalidDelay", "--min-delay %s is too long: a cool-off is at most 24h", c.String("min-delay"))
	}
	return delay, nil
}

// lockLoosen asks for a looser lock (or cancels a pending loosening). What the user leaves out is kept from
// the lock in effect, and a change that is not a loosening is refused: set applies those at once.
func (r *runner) lockLoosen(c *cli.Context) error {
	cancel, remove := c.Bool("cancel"), c.Bool("remove")
	switch {
	case cancel && (remove || c.IsSet("threshold") || c.IsSet("min-delay")):
		return usagef("InvalidFlag", "--cancel takes no other lock option: it keeps the lock in effect")
	case remove && c.IsSet("min-delay"):
		return usagef("InvalidFlag", "give --remove or --min-delay, not both")
	case !cancel && !remove && !c.IsSet("threshold") && !c.IsSet("min-delay"):
		return usagef("InvalidFlag", "loosen how? give a higher --threshold, a shorter --min-delay, --remove, or --cancel")
	}
	var delay time.Duration
	if c.IsSet("min-delay") {
		d, err := lockDelay(c)
		if err != nil {
			return err
		}
		delay = d
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	token, m, err := s.resolveToken(c.Context, c.String("token"))
	if err != nil {
		return err
	}
	cur, err := s.cl.Lock(c.Context, s.me(), token)
	if err != nil {
		return err
	}
	if cancel {
		if cur.PendingAt.IsZero() {
			return failf("NothingPending", "no loosening of your %s lock is pending; nothing to cancel", m.symbol)
		}
		return r.setLock(c, s, token, m, cur.Threshold, cur.MinDelay, "cancel", nil)
	}
	if !cur.Active() {
		return failf("NoLock", "you have no security lock for %s, so there is nothing to loosen; `hongbao lock set` creates one", m.symbol)
	}
	threshold := cur.Threshold
	if c.IsSet("threshold") {
		if threshold, err = parseAmount("threshold", c.String("threshold"), m); err != nil {
			return err
		}
	}
	if !c.IsSet("min-delay") && !remove {
		delay = cur.MinDelay
	}
	if threshold.Cmp(cur.Threshold) <= 0 && delay >= cur.MinDelay {
		return failf("NotALoosening", "that is not looser than your lock (more than %s needs a %s cool-off); `hongbao lock set` applies a tighter lock at once",
			m.fmt(cur.Threshold), fmtSpan(cur.MinDelay))
	}
	return r.setLock(c, s, token, m, threshold, delay, "loosen", nil)
}

// setLock sends the lock and reports it. mode is "" (set), "loosen" or "cancel" (of a pending loosening).
// setLock sends the lock change; before, when known, is the lock it replaces (its pending loosening, if any, is
// dropped by a tightening, and the output says so).
func (r *runner) setLock(c *cli.Context, s *session, token common.Address, m money, threshold *big.Int, delay time.Duration, mode string, before *client.Lock) error {
	var res *client.LockResult
	err := r.spin("setting the lock…", func() (err error) {
		res, err = s.cl.SetLock(c.Context, token, threshold, delay)
		return err
	})
	if err != nil {
		return err
	}
	out := &lockOutput{Sender: s.me().Hex(), Token: token.Hex(), Symbol: m.symbol, Decimals: m.decimals,
		Threshold: baseUnits(res.Threshold), MinDelay: int64(res.MinDelay / time.Second), TxHash: res.TxHash.Hex(),
		GasUsed: res.GasUsed, Deferred: res.Pending, EffectiveAt: unixOrZero(res.EffectiveAt), Cancelled: mode == "cancel"}
	dropped := mode == "" && !res.Pending && before != nil && !before.PendingAt.IsZero()
	out.DroppedLoosening = dropped
	return r.emit(out, func(w io.Writer) {
		what := fmt.Sprintf("sends of more than %s need a %s cool-off", m.fmt(res.Threshold), fmtSpan(res.MinDelay))
		if res.MinDelay == 0 {
			what = "no lock"
		}
		switch {
		case mode == "cancel":
			fmt.Fprintf(w, "Cancelled the pending loosening: the lock stays as it is (%s)\n", what)
		case res.Pending:
			fmt.Fprintf(w, "Loosening asked: %s from %s (24h from now); the current lock holds until then\n", what, fmtTime(res.EffectiveAt))
			fmt.Fprintf(w, "  (changed your mind? `hongbao lock loosen --token %s --cancel`)\n", m.symbol)
		default:
			fmt.Fprintf(w, "Lock set: %s, from now on\n", what)
			if dropped {
				fmt.Fprintf(w, "  the loosening you asked for (due %s) is cancelled: a tightening replaces it\n", fmtTime(before.PendingAt))
			}
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
