package cli

import (
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

const orgDescription = `An organisation (企业微信, rules §5) has admins, members and a treasury fixed at creation. Admins fund a
budget per token and let members send packets from it (send --org ID) under a per-packet and a daily cap
(a UTC calendar day). Every way back of such a packet (refund, withdraw, decline, intercept) leads to the
budget, and every admin can intercept every packet of the organisation until it is claimed (Direct) or
expires (group packets). Unused budget can only go back to the treasury; changing the treasury takes
effect 24h after it is asked.

EXAMPLES:
   hongbao org create --treasury 0x90F79bf6EB2c4f870365E785982E1f101E93b906
   hongbao org add-admin 1 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC
   hongbao org fund 1 --amount 1000 --token tCNY
   hongbao org add-member 1 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --token tCNY --per-packet 200 --daily 500
   hongbao send --org 1 --shares 5 --amount 100 --token tCNY          # as the member
   hongbao intercept 7                                                # as any admin
   hongbao org show 1
   hongbao org withdraw 1 --all --token tCNY                          # to the treasury
   hongbao org treasury 1 0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65  # takes effect in 24h`

func (r *runner) orgCommand() *cli.Command {
	tokenFlag := func(usage string) cli.Flag {
		return &cli.StringFlag{Name: "token", Value: "ETH", Usage: usage}
	}
	return withSubcommandHelp(&cli.Command{
		Name:        "org",
		Usage:       "organisations (企业微信): a budget, admins who can intercept, members who send under caps",
		UsageText:   "hongbao org create|show|add-admin|remove-admin|add-member|remove-member|fund|withdraw|treasury ...",
		Description: orgDescription,
		Subcommands: []*cli.Command{
			{Name: "create", Usage: "create an organisation with you as its first admin", UsageText: "hongbao org create --treasury ADDR",
				Flags:  []cli.Flag{&cli.StringFlag{Name: "treasury", Usage: "the only address unused budget can go back to"}},
				Action: r.orgCreate},
			{Name: "show", Usage: "show an organisation: treasury, admins, members with their caps, budgets", ArgsUsage: "ID",
				Action: r.orgShow},
			{Name: "add-admin", Usage: "make an address an admin (admins only)", ArgsUsage: "ID ADDR",
				Action: r.orgAdmin(true)},
			{Name: "remove-admin", Usage: "remove an admin (admins only; the last admin stays)", ArgsUsage: "ID ADDR",
				Action: r.orgAdmin(false)},
			{Name: "add-member", Usage: "let an address send packets of a token from the budget, under caps (or change its caps)",
				UsageText: "hongbao org add-member ID ADDR --token T --per-packet X --daily Y",
				Flags: []cli.Flag{tokenFlag("the token the caps are for"),
					&cli.StringFlag{Name: "per-packet", Usage: "the largest packet the member may send"},
					&cli.StringFlag{Name: "daily", Usage: "how much the member may send per UTC day"}},
				Action: r.orgAddMember},
			{Name: "remove-member", Usage: "stop a member from sending (its live packets stay as they are)", ArgsUsage: "ID ADDR",
				Action: r.orgRemoveMember},
			{Name: "fund", Usage: "deposit into the budget (admins only)", UsageText: "hongbao org fund ID --amount X [--token T]",
				Flags:  []cli.Flag{tokenFlag("the token to deposit"), &cli.StringFlag{Name: "amount", Usage: "how much to deposit"}},
				Action: r.orgFund},
			{Name: "withdraw", Usage: "return unused budget to the treasury (admins only)",
				UsageText: "hongbao org withdraw ID (--amount X | --all) [--token T]",
				Flags: []cli.Flag{tokenFlag("the budget's token"), &cli.StringFlag{Name: "amount", Usage: "how much to return"},
					&cli.BoolFlag{Name: "all", Usage: "return the whole unused budget of the token"}},
				Action: r.orgWithdraw},
			{Name: "treasury", Usage: "ask to change the treasury; it takes effect 24h later (admins only)", ArgsUsage: "ID ADDR",
				Action: r.orgTreasury},
		},
		Action: func(c *cli.Context) error {
			if c.Args().First() == "help" || c.Args().First() == "h" {
				return showSubcommandHelp(c, c.Args().Get(1))
			}
			if c.NArg() == 0 {
				return usagef("InvalidArgs", "org what? run `hongbao org show ID`, `hongbao org create --treasury ADDR`, ... (see `hongbao help org`)")
			}
			return usagef("InvalidArgs", "unknown org action %q: use create, show, add-admin, remove-admin, add-member, remove-member, fund, withdraw or treasury", c.Args().First())
		},
	})
}

// txOutput is the transaction part of a command's JSON.
type txOutput struct {
	TxHash  string `json:"txHash"`
	GasUsed uint64 `json:"gasUsed"`
	Block   uint64 `json:"block"`
}

func txJSON(tx client.TxInfo) txOutput {
	return txOutput{TxHash: tx.TxHash.Hex(), GasUsed: tx.GasUsed, Block: tx.Block}
}

// parseOrgID reads an organisation id: a positive whole number.
func parseOrgID(s string) (uint64, error) {
	id, err := strconv.ParseUint(strings.TrimPrefix(strings.TrimSpace(s), "#"), 10, 64)
	if err != nil || id == 0 {
		return 0, usagef("InvalidOrgID", "%q is not an organisation id: ids are whole numbers from 1 (`hongbao org create` prints it)", s)
	}
	return id, nil
}

// orgArgs reads the positional arguments of an org subcommand: the id, and an address when withAddr.
func orgArgs(c *cli.Context, withAddr bool) (uint64, common.Address, error) {
	want, usage := 1, "ID"
	if withAddr {
		want, usage = 2, "ID ADDR"
	}
	if c.NArg() != want {
		return 0, common.Address{}, usagef("InvalidArgs", "hongbao org %s takes %s, not %s", c.Command.Name, usage, plural(c.NArg(), "argument", "arguments"))
	}
	id, err := parseOrgID(c.Args().Get(0))
	if err != nil || !withAddr {
		return id, common.Address{}, err
	}
	a, err := parseAddress("address", c.Args().Get(1))
	return id, a, err
}

type orgCreateOutput struct {
	OrgID    uint64 `json:"orgId,string"`
	Creator  string `json:"creator"`
	Treasury string `json:"treasury"`
	txOutput
}

func (r *runner) orgCreate(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "org create takes no arguments, only --treasury ADDR (got %q)", c.Args().First())
	}
	if c.String("treasury") == "" {
		return usagef("InvalidFlag", "--treasury is required: the only address the organisation's unused budget can go back to")
	}
	treasury, err := parseAddress("--treasury", c.String("treasury"))
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	var res *client.CreateOrgResult
	if err := r.spin("creating the organisation…", func() (err error) {
		res, err = s.cl.CreateOrg(c.Context, treasury)
		return err
	}); err != nil {
		return err
	}
	out := &orgCreateOutput{OrgID: res.ID, Creator: res.Creator.Hex(), Treasury: res.Treasury.Hex(), txOutput: txJSON(res.TxInfo)}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Created organisation %d: you (%s) are its first admin; unused budget can only go back to the treasury %s\n",
			res.ID, res.Creator.Hex(), res.Treasury.Hex())
		printTx(w, res.TxInfo)
		fmt.Fprintf(w, "Next: `hongbao org fund %d --amount X --token T`, then `hongbao org add-member %d ADDR --token T --per-packet X --daily Y`.\n", res.ID, res.ID)
	})
}

// orgOutput is the JSON of org show.
type orgOutput struct {
	OrgID            uint64         `json:"orgId,string"`
	Creator          string         `json:"creator,omitempty"`
	CreatedBlock     uint64         `json:"createdBlock,omitempty"`
	Treasury         string         `json:"treasury"`
	PendingTreasury  string         `json:"pendingTreasury,omitempty"`
	TreasuryChangeAt int64          `json:"treasuryChangeAt,omitempty"`
	AdminCount       uint32         `json:"adminCount"`
	Admins           []string       `json:"admins"`
	Members          []memberOutput `json:"members"`
	Budgets          []budgetOutput `json:"budgets"`
	Now              int64          `json:"now"`
}

type memberOutput struct {
	OrgID        uint64 `json:"orgId,string"`
	Member       string `json:"member"`
	Token        string `json:"token"`
	Symbol       string `json:"symbol"`
	Decimals     uint8  `json:"decimals"`
	Active       bool   `json:"active"`
	PerPacketCap string `json:"perPacketCap"`
	DailyCap     string `json:"dailyCap"`
	SpentToday   string `json:"spentToday"`
	LeftToday    string `json:"leftToday"`
	DayResetsAt  int64  `json:"dayResetsAt"`
}

type budgetOutput struct {
	Token    string `json:"token"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	Amount   string `json:"amount"`
}

func orgJSON(o *client.Org) *orgOutput {
	out := &orgOutput{OrgID: o.ID, CreatedBlock: o.CreatedBlock, Treasury: o.Treasury.Hex(), AdminCount: o.AdminCount,
		Admins: hexes(o.Admins), Members: []memberOutput{}, Budgets: []budgetOutput{}, Now: unixOrZero(o.Now)}
	if o.Creator != (common.Address{}) {
		out.Creator = o.Creator.Hex()
	}
	if o.PendingTreasury != (common.Address{}) {
		out.PendingTreasury, out.TreasuryChangeAt = o.PendingTreasury.Hex(), unixOrZero(o.TreasuryChangeAt)
	}
	for _, m := range o.Members {
		out.Members = append(out.Members, memberOutput{OrgID: m.Org, Member: m.Member.Hex(), Token: m.Token.Hex(), Symbol: m.Symbol,
			Decimals: m.Decimals, Active: m.Active, PerPacketCap: baseUnits(m.PerPacketCap), DailyCap: baseUnits(m.DailyCap),
			SpentToday: baseUnits(m.SpentToday), LeftToday: baseUnits(m.LeftToday), DayResetsAt: unixOrZero(m.DayResetsAt)})
	}
	for _, b := range o.Budgets {
		out.Budgets = append(out.Budgets, budgetOutput{Token: b.Token.Hex(), Symbol: b.Symbol, Decimals: b.Decimals, Amount: baseUnits(b.Amount)})
	}
	return out
}

func hexes(as []common.Address) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Hex()
	}
	return out
}

func (r *runner) orgShow(c *cli.Context) error {
	id, _, err := orgArgs(c, false)
	if err != nil {
		return err
	}
	s, err := r.open(c, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	o, err := r.indexedOrg(c.Context, s, id)
	if err != nil {
		return err
	}
	return r.emit(orgJSON(o), func(w io.Writer) { printOrg(w, o) })
}

func printOrg(w io.Writer, o *client.Org) {
	fmt.Fprintf(w, "Organisation %d\n", o.ID)
	row := func(k, format string, args ...any) { fmt.Fprintf(w, "  %-11s %s\n", k, fmt.Sprintf(format, args...)) }
	if o.Creator != (common.Address{}) {
		row("creator", "%s (block %d)", o.Creator.Hex(), o.CreatedBlock)
	}
	row("treasury", "%s: the only address unused budget can go back to", o.Treasury.Hex())
	if o.PendingTreasury != (common.Address{}) {
		row("", "changing to %s from %s", o.PendingTreasury.Hex(), fmtWhen(o.TreasuryChangeAt, o.Now))
	}
	row("admins", "%d; each can intercept every packet of the organisation until it is claimed or expires", o.AdminCount)
	for _, a := range o.Admins {
		row("", "%s", a.Hex())
	}
	if len(o.Budgets) == 0 {
		row("budget", "none yet (`hongbao org fund %d --amount X`)", o.ID)
	}
	for i, b := range o.Budgets {
		k := ""
		if i == 0 {
			k = "budget"
		}
		row(k, "%s", money{symbol: b.Symbol, decimals: b.Decimals}.fmt(b.Amount))
	}
	if len(o.Members) == 0 {
		fmt.Fprintln(w, "No members yet.")
		return
	}
	fmt.Fprintf(w, "Members (%d):\n", len(o.Members))
	for _, m := range o.Members {
		fmt.Fprintf(w, "  %s  %s\n", m.Member.Hex(), memberNote(&m, o.Now))
	}
}

// memberNote says what a member may send: its caps and what is left today, or that it cannot send.
func memberNote(m *client.OrgMember, now time.Time) string {
	mm := money{symbol: m.Symbol, decimals: m.Decimals}
	switch {
	case !m.Active:
		return fmt.Sprintf("%s: removed, cannot send", m.Symbol)
	case !m.CanSend():
		return fmt.Sprintf("%s: no caps, cannot send", m.Symbol)
	}
	return fmt.Sprintf("%s: up to %s a packet, %s a day; %s spent today, %s left (resets %s)", m.Symbol, mm.fmt(m.PerPacketCap),
		mm.fmt(m.DailyCap), mm.fmt(m.SpentToday), mm.fmt(m.LeftToday), fmtWhen(m.DayResetsAt, now))
}

type orgAdminOutput struct {
	OrgID uint64 `json:"orgId,string"`
	Admin string `json:"admin"`
	Event string `json:"event"`
	txOutput
}

// orgAdmin is the action of add-admin (add) or remove-admin.
func (r *runner) orgAdmin(add bool) cli.ActionFunc {
	return func(c *cli.Context) error {
		id, who, err := orgArgs(c, true)
		if err != nil {
			return err
		}
		s, err := r.open(c, signing)
		if err != nil {
			return err
		}
		defer s.Close()
		var res *client.OrgAdminResult
		err = r.spin("updating the admins…", func() (err error) {
			if add {
				res, err = s.cl.AddOrgAdmin(c.Context, id, who)
			} else {
				res, err = s.cl.RemoveOrgAdmin(c.Context, id, who)
			}
			return err
		})
		if err != nil {
			return err
		}
		out := &orgAdminOutput{OrgID: id, Admin: res.Admin.Hex(), Event: res.Event, txOutput: txJSON(res.TxInfo)}
		return r.emit(out, func(w io.Writer) {
			if add {
				fmt.Fprintf(w, "%s is now an admin of organisation %d: it can intercept every packet of the organisation\n", res.Admin.Hex(), id)
			} else {
				fmt.Fprintf(w, "%s is no longer an admin of organisation %d\n", res.Admin.Hex(), id)
			}
			printTx(w, res.TxInfo)
		})
	}
}

type orgMemberOutput struct {
	OrgID        uint64 `json:"orgId,string"`
	Member       string `json:"member"`
	Removed      bool   `json:"removed"`
	Token        string `json:"token,omitempty"`
	Symbol       string `json:"symbol,omitempty"`
	Decimals     uint8  `json:"decimals,omitempty"`
	PerPacketCap string `json:"perPacketCap,omitempty"`
	DailyCap     string `json:"dailyCap,omitempty"`
	txOutput
}

func (r *runner) orgAddMember(c *cli.Context) error {
	id, member, err := orgArgs(c, true)
	if err != nil {
		return err
	}
	if c.String("per-packet") == "" || c.String("daily") == "" {
		return usagef("InvalidFlag", "add-member needs --per-packet X and --daily Y: the largest packet and the daily total the member may send")
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
	perPacket, err := parseAmount("per-packet", c.String("per-packet"), m)
	if err != nil {
		return err
	}
	daily, err := parseAmount("daily", c.String("daily"), m)
	if err != nil {
		return err
	}
	if daily.Cmp(perPacket) < 0 {
		return usagef("InvalidFlag", "--daily %s is below --per-packet %s: the member could never send a full packet", m.fmt(daily), m.fmt(perPacket))
	}
	var res *client.OrgMemberResult
	if err := r.spin("setting the member's caps…", func() (err error) {
		res, err = s.cl.SetOrgMember(c.Context, id, member, token, perPacket, daily)
		return err
	}); err != nil {
		return err
	}
	out := &orgMemberOutput{OrgID: id, Member: res.Member.Hex(), Token: res.Token.Hex(), Symbol: m.symbol, Decimals: m.decimals,
		PerPacketCap: baseUnits(res.PerPacketCap), DailyCap: baseUnits(res.DailyCap), txOutput: txJSON(res.TxInfo)}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "%s may send %s from the budget of organisation %d: up to %s a packet, %s a UTC day (`hongbao send --org %d ...`)\n",
			res.Member.Hex(), m.symbol, id, m.fmt(res.PerPacketCap), m.fmt(res.DailyCap), id)
		printTx(w, res.TxInfo)
	})
}

func (r *runner) orgRemoveMember(c *cli.Context) error {
	id, member, err := orgArgs(c, true)
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	var res *client.OrgMemberResult
	if err := r.spin("removing the member…", func() (err error) {
		res, err = s.cl.RemoveOrgMember(c.Context, id, member)
		return err
	}); err != nil {
		return err
	}
	out := &orgMemberOutput{OrgID: id, Member: res.Member.Hex(), Removed: true, txOutput: txJSON(res.TxInfo)}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "%s can no longer send from organisation %d; its live packets stay as they are\n", res.Member.Hex(), id)
		printTx(w, res.TxInfo)
	})
}

// budgetMoveOutput is the JSON of org fund and org withdraw.
type budgetMoveOutput struct {
	OrgID    uint64 `json:"orgId,string"`
	Token    string `json:"token"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	Amount   string `json:"amount"`
	// Budget is the organisation's budget in the token right after.
	Budget     string `json:"budget"`
	From       string `json:"from,omitempty"`
	To         string `json:"to,omitempty"`
	Owed       string `json:"owed,omitempty"`
	ApprovalTx string `json:"approvalTxHash,omitempty"`
	txOutput
}

func (r *runner) orgFund(c *cli.Context) error {
	id, _, err := orgArgs(c, false)
	if err != nil {
		return err
	}
	if c.String("amount") == "" {
		return usagef("MissingAmount", "--amount is required: how much to deposit into the budget, e.g. --amount 1000")
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
	amount, err := parseAmount("amount", c.String("amount"), m)
	if err != nil {
		return err
	}
	var res *client.FundOrgResult
	if err := r.spin("funding the budget…", func() (err error) {
		res, err = s.cl.FundOrg(c.Context, id, token, amount)
		return err
	}); err != nil {
		return err
	}
	out := &budgetMoveOutput{OrgID: id, Token: token.Hex(), Symbol: m.symbol, Decimals: m.decimals, Amount: baseUnits(res.Amount),
		Budget: baseUnits(res.Budget), From: res.From.Hex(), txOutput: txJSON(res.TxInfo)}
	if res.Approval != nil {
		out.ApprovalTx = res.Approval.TxHash.Hex()
	}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Funded organisation %d with %s; its %s budget is now %s\n", id, m.fmt(res.Amount), m.symbol, m.fmt(res.Budget))
		if res.Approval != nil {
			fmt.Fprintf(w, "  approval    %s (gas used %d)\n", res.Approval.TxHash.Hex(), res.Approval.GasUsed)
		}
		printTx(w, res.TxInfo)
	})
}

func (r *runner) orgWithdraw(c *cli.Context) error {
	id, _, err := orgArgs(c, false)
	if err != nil {
		return err
	}
	all := c.Bool("all")
	if all == (c.String("amount") != "") {
		return usagef("InvalidFlag", "give --amount X (part of the budget) or --all (the whole unused budget), one of the two")
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
	amount, err := withdrawAmount(c, s, id, token, m)
	if err != nil {
		return err
	}
	var res *client.OrgWithdrawResult
	if err := r.spin("returning budget to the treasury…", func() (err error) {
		res, err = s.cl.WithdrawOrgBudget(ctx, id, token, amount)
		return err
	}); err != nil {
		return err
	}
	left, err := s.cl.OrgBudget(ctx, id, token)
	if err != nil {
		return err
	}
	out := &budgetMoveOutput{OrgID: id, Token: token.Hex(), Symbol: m.symbol, Decimals: m.decimals, Amount: baseUnits(res.Amount),
		Budget: baseUnits(left), To: res.To.Hex(), txOutput: txJSON(res.TxInfo)}
	if res.Owed.Sign() > 0 {
		out.Owed = res.Owed.String()
	}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Returned %s of organisation %d's budget to its treasury %s; %s left\n", m.fmt(res.Amount), id, res.To.Hex(), m.fmt(left))
		printTx(w, res.TxInfo)
		printOwed(w, res.Owed, m)
	})
}

// withdrawAmount is --amount, or with --all the whole budget (an empty budget is an error: nothing to send).
func withdrawAmount(c *cli.Context, s *session, id uint64, token common.Address, m money) (*big.Int, error) {
	if !c.Bool("all") {
		return parseAmount("amount", c.String("amount"), m)
	}
	b, err := s.cl.OrgBudget(c.Context, id, token)
	if err != nil {
		return nil, err
	}
	if b.Sign() == 0 {
		return nil, failf("EmptyBudget", "organisation %d has no unused %s budget; nothing to return", id, m.symbol)
	}
	return b, nil
}

type treasuryOutput struct {
	OrgID       uint64 `json:"orgId,string"`
	Treasury    string `json:"treasury"`
	EffectiveAt int64  `json:"effectiveAt"`
	txOutput
}

func (r *runner) orgTreasury(c *cli.Context) error {
	id, treasury, err := orgArgs(c, true)
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	var res *client.TreasuryChangeResult
	if err := r.spin("asking for the treasury change…", func() (err error) {
		res, err = s.cl.RequestTreasuryChange(c.Context, id, treasury)
		return err
	}); err != nil {
		return err
	}
	out := &treasuryOutput{OrgID: id, Treasury: res.Treasury.Hex(), EffectiveAt: unixOrZero(res.EffectiveAt), txOutput: txJSON(res.TxInfo)}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Asked to change the treasury of organisation %d to %s; it takes effect at %s (24h), the current one stays until then\n",
			id, res.Treasury.Hex(), fmtTime(res.EffectiveAt))
		printTx(w, res.TxInfo)
	})
}
