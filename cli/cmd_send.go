package cli

import (
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

// Limits of rules §1 and §2, checked before anything is sent so that the message can name the flag.
const (
	maxShares = 10_000
	maxDelay  = 24 * time.Hour
	minTTL    = 5 * time.Minute
	maxTTL    = 30 * 24 * time.Hour
)

const sendExamples = `Send a packet into the escrow. It carries its withdrawal clauses: a cool-off (--delay) during which you
take it back alone, the undo window of the token's policy, a guardian who may stop it (--guardian), and
the refund of whatever is unclaimed when it expires (--expires after release; anyone can trigger it).

EXAMPLES:
   # Direct transfer (转账) of 0.5 ETH to one address
   hongbao send --to 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --amount 0.5

   # Lucky packet (拼手气红包): 100 tCNY in 3 random shares; prints the claim code to share with the group
   # (whoever holds the code can claim every share, from many addresses)
   hongbao send --shares 3 --lucky --amount 100 --token tCNY
   # Sealed lucky packet: each share is drawn from the hash of the block after its claim (nobody can foresee it)
   hongbao send --shares 3 --lucky --sealed --amount 1000 --token tCNY

   # 5 one-time tickets, one per share: hand each person their own ticket; a ticket claims one share, once
   hongbao send --shares 5 --amount 500 --token tCNY --tickets

   # Equal shares, delayed by a 2h cool-off (延时到账), claims open for 7 days after that
   hongbao send --shares 5 --amount 50 --token tCNY --delay 2h --expires 7d

   # 24h cool-off, with a guardian who may stop it until it is claimed
   hongbao send --to 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC --amount 300 --token tCNY --delay 24h \
       --guardian 0x90F79bf6EB2c4f870365E785982E1f101E93b906

   # Only the addresses listed in friends.txt may claim; writes friends.proofs.json to share
   hongbao send --shares 4 --amount 0.4 --allow friends.txt

   # Anyone may claim (bots can drain it)
   hongbao send --shares 10 --lucky --amount 1 --open`

func (r *runner) sendCommand() *cli.Command {
	return &cli.Command{
		Name:        "send",
		Usage:       "send a packet: --to ADDR (Direct) or --shares N [--lucky] (group)",
		UsageText:   "hongbao send (--to ADDR | --shares N [--lucky [--sealed]] [--tickets | --allow FILE | --open]) --amount X [--token T] [--delay D] [--expires D] [--guardian ADDR]",
		Description: sendExamples,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "to", Usage: "the one recipient of a Direct packet (转账)"},
			&cli.IntFlag{Name: "shares", Usage: "number of shares of a group packet, 1 to 10000"},
			&cli.BoolFlag{Name: "lucky", Usage: "random shares (拼手气红包) instead of equal ones (普通红包)"},
			&cli.BoolFlag{Name: "sealed", Usage: "with --lucky: each share is drawn from the hash of the block after its claim, so nobody can foresee or choose it (for packets of real value)"},
			&cli.StringFlag{Name: "amount", Usage: "the total, in the token's units, e.g. 88.88"},
			&cli.StringFlag{Name: "token", Value: "ETH", Usage: "ETH, a token symbol of the deployment (tCNY), or an ERC-20 address"},
			&cli.StringFlag{Name: "delay", Value: "0", Usage: "cool-off before claims open (延时到账): e.g. 2h or 24h (at most 24h); you can take the packet back until then"},
			&cli.StringFlag{Name: "expires", Value: "24h", Usage: "how long claims stay open after the cool-off (5m to 30d); then the rest can be refunded"},
			&cli.StringFlag{Name: "guardian", Usage: "an address that may stop the packet (return the unclaimed rest to you) until it expires"},
			&cli.BoolFlag{Name: "tickets", Usage: "group packet: one one-time ticket per share instead of one claim code; each ticket claims one share, once (for packets of real value)"},
			&cli.StringFlag{Name: "allow", Aliases: []string{"allowlist"}, Usage: "group packet: only the addresses in FILE (one per line) may claim; writes the proofs next to FILE"},
			&cli.BoolFlag{Name: "open", Usage: "group packet: anyone may claim, no code needed (bots can drain it)"},
			&cli.BoolFlag{Name: "strict-delay", Usage: "refuse the send instead of raising --delay when your security lock (hongbao lock) needs a longer cool-off"},
			&cli.Uint64Flag{Name: "org", Usage: "send from the budget of this organisation, as one of its members"},
		},
		Action: r.send,
	}
}

// sendFlags is a send request read from the command line, before the chain is asked anything.
type sendFlags struct {
	req       client.SendRequest
	amount    string
	token     string
	allowFile string
}

func readSendFlags(c *cli.Context) (*sendFlags, error) {
	if c.NArg() > 0 {
		return nil, usagef("InvalidArgs", "send takes no arguments, only flags (got %q); see `hongbao help send`", c.Args().First())
	}
	f := &sendFlags{amount: c.String("amount"), token: c.String("token"), allowFile: c.String("allow")}
	if f.amount == "" {
		return nil, usagef("MissingAmount", "--amount is required: the total to send, e.g. --amount 10")
	}
	if err := readKind(c, &f.req); err != nil {
		return nil, err
	}
	if err := readTimes(c, &f.req); err != nil {
		return nil, err
	}
	f.req.StrictDelay, f.req.Org = c.Bool("strict-delay"), c.Uint64("org")
	if g := c.String("guardian"); g != "" {
		a, err := parseAddress("--guardian", g)
		if err != nil {
			return nil, err
		}
		f.req.Guardian = a
	}
	if f.req.Auth == client.Allowlist {
		list, err := readAllowlist(f.allowFile)
		if err != nil {
			return nil, err
		}
		f.req.Allowlist = list
	}
	return f, nil
}

// readKind reads --to / --shares / --lucky / --allow / --open into the kind and authorisation.
func readKind(c *cli.Context, req *client.SendRequest) error {
	to, shares := c.String("to"), c.Int("shares")
	group := c.IsSet("shares")
	switch {
	case to != "" && group:
		return usagef("InvalidFlag", "give either --to (a Direct packet) or --shares (a group packet), not both")
	case to == "" && !group:
		return usagef("InvalidFlag", "whom to? give --to ADDR for a Direct packet, or --shares N for a group packet")
	case to != "":
		if c.Bool("lucky") || c.Bool("sealed") || c.IsSet("allow") || c.Bool("open") || c.Bool("tickets") {
			return usagef("InvalidFlag", "--lucky, --sealed, --tickets, --allow and --open are for group packets (--shares N), not for --to")
		}
		a, err := parseAddress("--to", to)
		if err != nil {
			return err
		}
		if a == (common.Address{}) {
			return usagef("ZeroAddress", "--to is the zero address: nobody holds its key, so nobody could ever claim the packet; check the recipient's address")
		}
		req.Kind, req.Recipient, req.Shares = client.Direct, a, 1
		return nil
	}
	if shares < 1 || shares > maxShares {
		return usagef("InvalidShares", "--shares %d is out of range: a group packet has 1 to %d shares", shares, maxShares)
	}
	req.Kind, req.Shares = client.Equal, uint16(shares)
	if c.Bool("lucky") {
		req.Kind = client.Lucky
	}
	if c.Bool("sealed") {
		if !c.Bool("lucky") {
			return usagef("InvalidFlag", "--sealed is a kind of lucky draw: give it with --lucky (equal shares have nothing to draw)")
		}
		req.Kind = client.SealedLucky
	}
	modes := 0
	for _, set := range []bool{c.IsSet("allow"), c.Bool("open"), c.Bool("tickets")} {
		if set {
			modes++
		}
	}
	switch {
	case modes > 1:
		return usagef("InvalidFlag", "give one of --tickets (one ticket per share), --allow FILE (only listed addresses) or --open (anyone), not several")
	case c.Bool("tickets"):
		req.Auth = client.Tickets
	case c.IsSet("allow"):
		req.Auth = client.Allowlist
	case c.Bool("open"):
		req.Auth = client.Open
	default:
		req.Auth = client.ClaimKey
	}
	return nil
}

func readTimes(c *cli.Context, req *client.SendRequest) error {
	delay, err := parseDuration("delay", c.String("delay"))
	if err != nil {
		return err
	}
	if delay > maxDelay {
		return usagef("InvalidDelay", "--delay %s is too long: the cool-off is at most 24h (tools offer 2h and 24h)", c.String("delay"))
	}
	ttl, err := parseDuration("expires", c.String("expires"))
	if err != nil {
		return err
	}
	if ttl < minTTL || ttl > maxTTL {
		return usagef("InvalidTtl", "--expires %s is out of range: claims stay open between 5m and 30d", c.String("expires"))
	}
	req.Delay, req.TTL = delay, ttl
	return nil
}

func (r *runner) send(c *cli.Context) error {
	f, err := readSendFlags(c)
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	token, m, err := s.resolveToken(ctx, f.token)
	if err != nil {
		return err
	}
	amount, err := parseAmount("amount", f.amount, m)
	if err != nil {
		return err
	}
	f.req.Token, f.req.Amount = token, amount
	risks, err := r.checkRisks(ctx, s, f.req, m)
	if err != nil {
		return err
	}
	for _, a := range risks.advice {
		r.note("note: %s", a)
	}
	if err := r.confirm(risks.warnings, amount, m); err != nil {
		return err
	}
	var res *client.SendResult
	err = r.spin("sending the packet…", func() (err error) {
		res, err = s.cl.Send(ctx, f.req)
		return err
	})
	if err != nil {
		return err
	}
	proofs := ""
	if res.Tree != nil {
		if proofs, err = writeProofs(f.allowFile, s, res, f.req.Allowlist); err != nil {
			return err
		}
		r.shareProofs(s, proofs)
	}
	out := sendJSON(res, f.req, m, risks.warnings)
	out.Advice = risks.advice
	out.RiskSource, out.RiskHistory = risks.window.Source, &risks.window
	out.ProofsFile = proofs
	out.ClaimCommand = claimCommand(s.g, res, proofs)
	if len(res.Tickets) > 0 {
		out.TicketLinks = ticketLinks(s.g.webURL, s.chainID, s.cl.Escrow(), res.ID, res.Tickets)
	} else {
		out.ClaimLink = claimLink(s.g.webURL, s.chainID, s.cl.Escrow(), res.ID, res.ClaimCode)
	}
	return r.emit(out, func(w io.Writer) { printSend(w, res, f.req, m, out) })
}

// sendOutput is the JSON of send.
type sendOutput struct {
	PacketID    string `json:"packetId"`
	TxHash      string `json:"txHash"`
	GasUsed     uint64 `json:"gasUsed"`
	Block       uint64 `json:"block"`
	Kind        string `json:"kind"`
	Auth        string `json:"auth,omitempty"`
	Token       string `json:"token"`
	Symbol      string `json:"symbol"`
	Decimals    uint8  `json:"decimals"`
	Total       string `json:"total"`
	Shares      uint16 `json:"shares"`
	MinShare    string `json:"minShare"`
	Recipient   string `json:"recipient,omitempty"`
	Guardian    string `json:"guardian,omitempty"`
	ReleaseAt   int64  `json:"releaseAt"`
	ExpiresAt   int64  `json:"expiresAt"`
	UndoUntil   int64  `json:"undoUntil"`
	UndoConsent bool   `json:"undoConsent"`
	ClaimCode   string `json:"claimCode,omitempty"`
	// Tickets: a ticket packet's ticket codes, one per share (Tickets[i] is ticket i; each claims one share,
	// once), and with --web-url their claim links.
	Tickets      []string `json:"tickets,omitempty"`
	TicketLinks  []string `json:"ticketLinks,omitempty"`
	ClaimCommand string   `json:"claimCommand"`
	// ClaimLink opens the packet on the claim page (hongbao web) when --web-url is known.
	ClaimLink  string   `json:"claimLink,omitempty"`
	Root       string   `json:"root,omitempty"`
	ProofsFile string   `json:"proofsFile,omitempty"`
	Permit     bool     `json:"permit,omitempty"`
	ApprovalTx string   `json:"approvalTxHash,omitempty"`
	Warnings   []string `json:"warnings,omitempty"`
	// Risks are the risk rules that fired (rules §7), which --yes or a typed confirmation accepted; RiskSource
	// says where the sender's history was read: "index" or "logs".
	Risks      []riskWarning `json:"risks,omitempty"`
	RiskSource string        `json:"riskSource"`
	// RiskHistory: the blocks the risk checks read, and those they could not yet (node/risk.Window).
	RiskHistory *riskWindow `json:"riskHistory,omitempty"`
	// Advice is what the tools suggest without asking for a confirmation (the bearer-code rule: a claim code
	// for a packet of real value).
	Advice []riskWarning `json:"advice,omitempty"`
	Org    uint64        `json:"org,omitempty"`
	// LockApplied: the sender's security lock raised the cool-off (seconds) from what was asked.
	LockApplied *lockRaiseOutput `json:"lockApplied,omitempty"`
}

type lockRaiseOutput struct {
	Threshold string `json:"threshold"`
	From      int64  `json:"from"`
	To        int64  `json:"to"`
}

func sendJSON(res *client.SendResult, req client.SendRequest, m money, risks []riskWarning) *sendOutput {
	var warnings []string
	for _, w := range risks {
		warnings = append(warnings, w.String())
	}
	out := &sendOutput{
		PacketID: res.ID.String(), TxHash: res.TxHash.Hex(), GasUsed: res.GasUsed, Block: res.Block,
		Kind: res.Kind.String(), Token: res.Token.Hex(), Symbol: m.symbol, Decimals: m.decimals,
		Total: baseUnits(res.Total), Shares: res.Shares, MinShare: baseUnits(res.MinShare),
		ReleaseAt: unixOrZero(res.ReleaseAt), ExpiresAt: unixOrZero(res.ExpiresAt), UndoUntil: unixOrZero(res.UndoUntil),
		UndoConsent: res.UndoConsent, ClaimCode: res.ClaimCode, Tickets: res.Tickets, Permit: res.Permit, Warnings: warnings, Risks: risks,
	}
	if res.Kind != client.Direct {
		out.Auth = res.Auth.String()
	} else {
		out.Recipient = req.Recipient.Hex()
	}
	if req.Guardian != (common.Address{}) {
		out.Guardian = req.Guardian.Hex()
	}
	if res.Tree != nil {
		out.Root = res.Tree.Root().Hex()
	}
	if res.TicketTree != nil {
		out.Root = res.TicketTree.Root().Hex()
	}
	if res.Approval != nil {
		out.ApprovalTx = res.Approval.TxHash.Hex()
	}
	if l := res.LockApplied; l != nil {
		out.LockApplied = &lockRaiseOutput{Threshold: baseUnits(l.Threshold), From: int64(l.From / time.Second), To: int64(l.To / time.Second)}
	}
	out.Org = res.Org
	return out
}

// claimCommand is the command line a claimer runs; it names the endpoint unless it is the default.
func claimCommand(g *globals, res *client.SendResult, proofs string) string {
	parts := []string{"hongbao", "claim", res.ID.String()}
	switch {
	case res.ClaimCode != "":
		parts = append(parts, "--code", res.ClaimCode)
	case len(res.Tickets) > 0:
		parts = append(parts, "--code", "<ticket>")
	case proofs != "":
		parts = append(parts, "--proof", proofs)
	}
	if g.rpc != DefaultRPC {
		parts = append(parts, "--rpc", g.rpc)
	}
	return strings.Join(parts, " ")
}

func printSend(w io.Writer, res *client.SendResult, req client.SendRequest, m money, out *sendOutput) {
	fmt.Fprintf(w, "Sent packet %s: %s\n", res.ID, describeSend(res, req, m))
	fmt.Fprintf(w, "  tx          %s (block %d, gas used %d)\n", res.TxHash.Hex(), res.Block, res.GasUsed)
	if res.Approval != nil {
		fmt.Fprintf(w, "  approval    %s (gas used %d)\n", res.Approval.TxHash.Hex(), res.Approval.GasUsed)
	}
	if l := res.LockApplied; l != nil {
		fmt.Fprintf(w, "  lock        your security lock needs a %s cool-off above %s: raised from %s\n", fmtSpan(l.To), m.fmt(l.Threshold), spanOrNone(l.From))
	}
	if res.Org != 0 {
		fmt.Fprintf(w, "  budget      organisation %d paid; every way back leads to its budget\n", res.Org)
	}
	if req.Delay > 0 || res.LockApplied != nil {
		fmt.Fprintf(w, "  cool-off    until %s: claims open then, and you can take it back alone until then\n", fmtTime(res.ReleaseAt))
	} else {
		fmt.Fprintf(w, "  claims      open now\n")
	}
	fmt.Fprintf(w, "  expires     %s; the unclaimed rest can then be refunded\n", fmtTime(res.ExpiresAt))
	if res.UndoUntil.IsZero() {
		fmt.Fprintf(w, "  undo        none (no undo tier of the %s policy covers this amount; a token without tiers has no undo window)\n", m.symbol)
	} else {
		fmt.Fprintf(w, "  undo        until %s%s\n", fmtTime(res.UndoUntil), consentNote(res))
	}
	if req.Guardian != (common.Address{}) {
		fmt.Fprintf(w, "  guardian    %s may stop it until it expires\n", req.Guardian.Hex())
	}
	for _, warn := range out.Warnings {
		fmt.Fprintf(w, "  warning     %s\n", warn)
	}
	for _, a := range out.Advice {
		fmt.Fprintf(w, "  note        %s\n", a)
	}
	printShare(w, res, out)
}

// bearerNote says what a group claim code lets its holder do (rules §1), wherever a claim code is shown.
const bearerNote = "whoever holds this code can claim every share, from many addresses; for packets of real value use --tickets or --allowlist"

// printTickets prints a ticket packet's tickets (or their claim links), one per share, and how each is used.
func printTickets(w io.Writer, id string, tickets, links []string) {
	fmt.Fprintf(w, "Tickets (%s; hand each person their own: each ticket claims one share, once; keep the others private):\n",
		plural(len(tickets), "ticket", "tickets"))
	for i, t := range tickets {
		if len(links) == len(tickets) {
			t = links[i]
		}
		fmt.Fprintf(w, "  ticket %d  %s\n", i, t)
	}
	fmt.Fprintf(w, "Each person runs (or opens their link):\n  hongbao claim %s --code <their ticket>\n", id)
}

func consentNote(res *client.SendResult) string {
	if res.Kind == client.Direct && res.UndoConsent {
		return " (a request the recipient approves)"
	}
	return ""
}

func describeSend(res *client.SendResult, req client.SendRequest, m money) string {
	switch res.Kind {
	case client.Direct:
		return fmt.Sprintf("direct, %s to %s", m.fmt(res.Total), req.Recipient.Hex())
	}
	auth := map[client.AuthMode]string{client.ClaimKey: "claim code", client.Allowlist: "allowlist", client.Open: "open to anyone",
		client.Tickets: "one-time tickets"}[res.Auth]
	return fmt.Sprintf("%s, %s in %s (%s)", res.Kind, m.fmt(res.Total), plural(int(res.Shares), "share", "shares"), auth)
}

func printShare(w io.Writer, res *client.SendResult, out *sendOutput) {
	fmt.Fprintln(w)
	if out.ClaimLink != "" {
		fmt.Fprintf(w, "Claim link (opens the claim page; no ETH needed to claim through its relayer):\n  %s\n", out.ClaimLink)
	}
	switch {
	case res.ClaimCode != "":
		fmt.Fprintf(w, "Claim code (share it with the group; %s):\n  %s\n", bearerNote, res.ClaimCode)
		fmt.Fprintf(w, "Each claimer runs:\n  %s\n", out.ClaimCommand)
		fmt.Fprintf(w, "(`hongbao show %s --code` prints the code again.)\n", res.ID)
	case len(res.Tickets) > 0:
		printTickets(w, res.ID.String(), res.Tickets, out.TicketLinks)
		fmt.Fprintf(w, "(`hongbao show %s --code` prints the tickets again.)\n", res.ID)
	case out.ProofsFile != "":
		fmt.Fprintf(w, "Proofs written to %s; share that file. Each listed address runs:\n  %s\n", out.ProofsFile, out.ClaimCommand)
	case res.Kind == client.Direct:
		fmt.Fprintf(w, "The recipient runs:\n  %s\n", out.ClaimCommand)
	default:
		fmt.Fprintf(w, "Anyone can claim (bots too):\n  %s\n", out.ClaimCommand)
	}
}

// totalOf is a helper for risk checks: a packet's total (falls back to remaining if unknown).
func totalOf(p *client.Packet) *big.Int {
	if p.Total != nil && p.Total.Sign() > 0 {
		return p.Total
	}
	return p.Remaining
}

func spanOrNone(d time.Duration) string {
	if d == 0 {
		return "none"
	}
	return fmtSpan(d)
}
