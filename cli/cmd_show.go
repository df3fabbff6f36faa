package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

func (r *runner) showCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     "show a packet: every field, its clause windows with the time left, who can take it back, its claims",
		ArgsUsage: "ID",
		Description: `EXAMPLES:
   hongbao show 3
   hongbao show 3 --code     # the sender prints the claim code (or a ticket packet's tickets) again
   hongbao show 3 --json`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "code", Usage: "also print the claim code, or a ticket packet's tickets (only the sender's key can derive them)"},
		},
		Action: r.show,
	}
}

// packetOutput is the JSON of a packet (show, and each entry of list).
type packetOutput struct {
	PacketID      string        `json:"packetId"`
	Status        string        `json:"status"`
	Kind          string        `json:"kind"`
	Auth          string        `json:"auth,omitempty"`
	Sender        string        `json:"sender"`
	Recipient     string        `json:"recipient,omitempty"`
	ClaimKey      string        `json:"claimKey,omitempty"`
	Root          string        `json:"root,omitempty"`
	Guardian      string        `json:"guardian,omitempty"`
	Token         string        `json:"token"`
	Symbol        string        `json:"symbol"`
	Decimals      uint8         `json:"decimals"`
	Total         string        `json:"total"`
	Remaining     string        `json:"remaining"`
	Shares        uint16        `json:"shares"`
	Claimed       uint16        `json:"claimed"`
	MinShare      string        `json:"minShare"`
	CreatedAt     int64         `json:"createdAt"`
	ReleaseAt     int64         `json:"releaseAt"`
	ExpiresAt     int64         `json:"expiresAt"`
	UndoUntil     int64         `json:"undoUntil"`
	UndoConsent   bool          `json:"undoConsent"`
	UndoRequested bool          `json:"undoRequested"`
	Now           int64         `json:"now"`
	Claims        []claimOutput `json:"claims"`
	// ClosedBy (a closed packet, unless it was claimed out) is the clause that closed it and what it moved.
	ClosedBy  *closedOutput  `json:"closedBy,omitempty"`
	TakeBack  []takeBackJSON `json:"takeBack"`
	ClaimCode string         `json:"claimCode,omitempty"`
	// TicketsUnused (a live ticket packet) is how many of its tickets can still claim: shares - claimed, as
	// every claim of a ticket packet uses one ticket.
	TicketsUnused *int `json:"ticketsUnused,omitempty"`
	// Tickets and TicketLinks (--code, a ticket packet): its ticket codes again, one per share, and their links.
	Tickets     []string `json:"tickets,omitempty"`
	TicketLinks []string `json:"ticketLinks,omitempty"`
	// OrgID is the organisation whose budget paid for the packet (0: none); every way back leads there.
	OrgID uint64 `json:"orgId,omitempty,string"`
	// OrgAdmins (show only) are the organisation's admins: each can intercept the packet (rules §5).
	OrgAdmins []string `json:"orgAdmins,omitempty"`
	// Interceptors (show only) are who can still intercept the packet now: its guardian and its
	// organisation's admins.
	Interceptors []string `json:"interceptors,omitempty"`
	ClaimLink    string   `json:"claimLink,omitempty"`
	// Pending (a sealed lucky packet) are the claims whose share waits for its draw ("drawing…"); Claims are
	// the drawn ones, with their index.
	Pending []pendingDrawJSON `json:"pending,omitempty"`
}

type claimOutput struct {
	Index   *uint64 `json:"index,omitempty"` // a sealed packet's share index
	Claimer string  `json:"claimer"`
	Amount  string  `json:"amount"`
	Block   uint64  `json:"block"`
	TxHash  string  `json:"txHash"`
}

type closedOutput struct {
	Reason string `json:"reason"` // refunded, withdrawn, undone, approved, declined, intercepted
	Amount string `json:"amount"`
	To     string `json:"to"` // the sender, or the zero address: the organisation's budget
	Block  uint64 `json:"block"`
	TxHash string `json:"txHash"`
}

type takeBackJSON struct {
	Clause string `json:"clause"`
	Who    string `json:"who"`
	By     string `json:"by,omitempty"`
	From   int64  `json:"from"`
	Until  int64  `json:"until"`
}

func packetJSON(p *client.Packet) *packetOutput {
	out := &packetOutput{
		PacketID: p.ID.String(), Status: p.Status.String(), Kind: p.Kind.String(), Sender: p.Sender.Hex(),
		Token: p.Token.Hex(), Symbol: p.Symbol, Decimals: p.Decimals, Total: baseUnits(p.Total),
		Remaining: baseUnits(p.Remaining), Shares: p.Shares, Claimed: p.Claimed, MinShare: baseUnits(p.MinShare),
		CreatedAt: unixOrZero(p.CreatedAt), ReleaseAt: unixOrZero(p.ReleaseAt), ExpiresAt: unixOrZero(p.ExpiresAt),
		UndoUntil: unixOrZero(p.UndoUntil), UndoConsent: p.UndoConsent, UndoRequested: p.UndoRequested,
		Now: unixOrZero(p.Now), Claims: []claimOutput{}, TakeBack: []takeBackJSON{}, OrgID: p.OrgID,
	}
	switch {
	case p.Kind == client.Direct:
		out.Recipient = p.Recipient.Hex()
	default:
		out.Auth = p.Auth.String()
		if p.Auth == client.ClaimKey {
			out.ClaimKey = p.Recipient.Hex()
		}
		if p.Auth == client.Allowlist || p.Auth == client.Tickets {
			out.Root = p.Root.Hex()
		}
		if p.Auth == client.Tickets && p.Status != client.StatusClosed && p.Shares >= p.Claimed {
			unused := int(p.Shares - p.Claimed)
			out.TicketsUnused = &unused
		}
	}
	if p.Guardian != (common.Address{}) {
		out.Guardian = p.Guardian.Hex()
	}
	for i, c := range p.Claims {
		out.Claims = append(out.Claims, claimOutput{Index: sealedIndex(p, i), Claimer: c.Claimer.Hex(), Amount: c.Amount.String(), Block: c.Block, TxHash: c.TxHash.Hex()})
	}
	if p.Kind == client.SealedLucky && p.Status != client.StatusClosed {
		out.Pending = pendingJSON(p.Pending)
	}
	if cl := p.Closing; cl != nil {
		out.ClosedBy = &closedOutput{Reason: cl.Reason, Amount: baseUnits(cl.Amount), To: cl.To.Hex(), Block: cl.Block, TxHash: cl.TxHash.Hex()}
	}
	for _, t := range p.TakeBack {
		tb := takeBackJSON{Clause: t.Clause, Who: t.Who, From: unixOrZero(t.From), Until: unixOrZero(t.Until)}
		if t.By != (common.Address{}) {
			tb.By = t.By.Hex()
		}
		out.TakeBack = append(out.TakeBack, tb)
	}
	return out
}

func (r *runner) show(c *cli.Context) error {
	id, err := oneID(c)
	if err != nil {
		return err
	}
	n := readOnly
	if c.Bool("code") {
		n = signing
	}
	s, err := r.open(c, n)
	if err != nil {
		return err
	}
	defer s.Close()
	p, admins, indexed, err := r.indexedPacket(c.Context, s, id)
	if err != nil {
		return err
	}
	if !indexed {
		if p, err = s.cl.Packet(c.Context, id); err != nil {
			return err
		}
		if admins, err = orgAdmins(c, s, p); err != nil {
			return err
		}
	}
	if err := addPending(c.Context, s, p); err != nil {
		return err
	}
	out := packetJSON(p)
	out.OrgAdmins = hexesOrNil(admins)
	out.Interceptors = hexesOrNil(interceptors(p, admins))
	switch {
	case c.Bool("code") && p.Kind != client.Direct && p.Auth == client.Tickets:
		if out.Tickets, err = s.cl.TicketCodes(c.Context, id); err != nil {
			return err
		}
		out.TicketLinks = ticketLinks(s.g.webURL, s.chainID, s.cl.Escrow(), p.ID, out.Tickets)
	case c.Bool("code"):
		if out.ClaimCode, err = s.cl.ClaimCode(c.Context, id); err != nil {
			return err
		}
	}
	if len(out.Tickets) == 0 {
		out.ClaimLink = claimLink(s.g.webURL, s.chainID, s.cl.Escrow(), p.ID, out.ClaimCode)
	}
	return r.emit(out, func(w io.Writer) { printPacket(w, r.atWallClock(p), admins, out) })
}

// orgAdmins are the admins of the packet's organisation (nil for a packet of the sender's own money).
func orgAdmins(c *cli.Context, s *session, p *client.Packet) ([]common.Address, error) {
	if p.OrgID == 0 {
		return nil, nil
	}
	o, err := s.cl.Org(c.Context, p.OrgID)
	if err != nil {
		return nil, err
	}
	return o.Admins, nil
}

// interceptors are who can still intercept p (C6): its guardian, and every admin of its organisation.
func interceptors(p *client.Packet, admins []common.Address) []common.Address {
	var out []common.Address
	for _, t := range p.TakeBack {
		switch {
		case t.Clause != "intercept":
		case t.Who == "guardian":
			out = append(out, t.By)
		case t.Who == "org admin":
			out = append(out, admins...)
		}
	}
	return out
}

func hexesOrNil(as []common.Address) []string {
	if len(as) == 0 {
		return nil
	}
	return hexes(as)
}

// atWallClock returns p as of the later of its head time and the wall clock: a dev chain mines only when
// there is a transaction, so its head can be hours old while the next block will be stamped now.
func (r *runner) atWallClock(p *client.Packet) *client.Packet {
	now := r.now().UTC()
	if !now.After(p.Now) {
		return p
	}
	cp := *p
	cp.Now = now
	return &cp
}

func printPacket(w io.Writer, p *client.Packet, admins []common.Address, out *packetOutput) {
	code := out.ClaimCode
	m := money{symbol: p.Symbol, decimals: p.Decimals}
	now := p.Now
	fmt.Fprintf(w, "Packet %s: %s, %s\n", p.ID, p.Kind, p.Status)
	row := func(k, format string, args ...any) { fmt.Fprintf(w, "  %-11s %s\n", k, fmt.Sprintf(format, args...)) }
	row("sender", "%s", p.Sender.Hex())
	if p.Kind == client.Direct {
		row("recipient", "%s", p.Recipient.Hex())
	} else {
		row("claims by", "%s", authNote(p))
	}
	row("token", "%s (%s, %d decimals)", p.Symbol, tokenNote(p.Token), p.Decimals)
	if p.Status == client.StatusClosed {
		// A closed packet's slot is cleared on chain: only what the logs and the remaining fields keep is shown.
		row("total", "%s", m.fmt(p.Total))
		row("remaining", "%s (closed)", m.fmt(p.Remaining))
		row("created", "%s", fmtWhen(p.CreatedAt, now))
		if cl := p.Closing; cl != nil {
			where := cl.To.Hex()
			if cl.To == (common.Address{}) {
				where = fmt.Sprintf("the budget of organisation %d", p.OrgID)
			}
			row("closed", "%s: %s back to %s (block %d, tx %s)", closingClause(cl.Reason), m.fmt(cl.Amount), where, cl.Block, cl.TxHash.Hex())
		} else if len(p.Claims) > 0 {
			row("closed", "claimed out: every share went to its claimer (below)")
		}
	} else {
		printTimes(row, p, m)
	}
	if p.Guardian != (common.Address{}) {
		row("guardian", "%s", p.Guardian.Hex())
	} else {
		row("guardian", "none")
	}
	if p.OrgID != 0 {
		row("organisation", "%d: paid from its budget; every way back goes to that budget, and its %s can intercept it",
			p.OrgID, plural(len(admins), "admin", "admins"))
	}
	fmt.Fprintln(w)
	printTakeBack(w, p, admins)
	printClaims(w, p, m)
	printPending(w, p)
	if code != "" {
		fmt.Fprintf(w, "\nClaim code: %s\n  (%s)\nClaim with: hongbao claim %s --code %s\n", code, bearerNote, p.ID, code)
	}
	if len(out.Tickets) > 0 {
		fmt.Fprintln(w)
		printTickets(w, p.ID.String(), out.Tickets, out.TicketLinks)
	}
	if out.ClaimLink != "" {
		fmt.Fprintf(w, "Claim link: %s\n", out.ClaimLink)
	}
}

// printTimes prints the amounts and clause windows of a live packet.
func printTimes(row func(k, format string, args ...any), p *client.Packet, m money) {
	now := p.Now
	row("total", "%s in %s (minimum share %s)", m.fmt(p.Total), plural(int(p.Shares), "share", "shares"), m.fmt(p.MinShare))
	if p.Kind == client.SealedLucky {
		row("remaining", "%s; %d of %d shares drawn, %d waiting for their draw", m.fmt(p.Remaining), p.Claimed, p.Shares, len(p.Pending))
	} else {
		row("remaining", "%s; %d of %d shares claimed", m.fmt(p.Remaining), p.Claimed, p.Shares)
	}
	row("created", "%s", fmtWhen(p.CreatedAt, now))
	if p.ReleaseAt.After(p.CreatedAt) {
		row("cool-off", "until %s", fmtWhen(p.ReleaseAt, now))
	}
	row("expires", "%s", fmtWhen(p.ExpiresAt, now))
	if p.UndoUntil.IsZero() {
		row("undo", "none (no undo tier of the %s policy covers this amount; a token without tiers has no undo window)", p.Symbol)
	} else {
		row("undo", "until %s%s", fmtWhen(p.UndoUntil, now), requestNote(p))
	}
}

func authNote(p *client.Packet) string {
	switch p.Auth {
	case client.ClaimKey:
		return "claim code (claim key " + p.Recipient.Hex() + ")"
	case client.Allowlist:
		return "allowlist (root " + p.Root.Hex() + ")"
	case client.Tickets:
		note := "one-time tickets, one per share, each claims once (root " + p.Root.Hex() + ")"
		if p.Status != client.StatusClosed && p.Shares >= p.Claimed {
			note += fmt.Sprintf("; %d of %d unused", p.Shares-p.Claimed, p.Shares)
		}
		return note
	}
	return "anyone (open)"
}

func tokenNote(token common.Address) string {
	if token == (common.Address{}) {
		return "native"
	}
	return token.Hex()
}

func requestNote(p *client.Packet) string {
	switch {
	case p.UndoRequested:
		return "; the sender asked for it back: the recipient can approve"
	case p.Kind == client.Direct && p.UndoConsent:
		return "; needs the recipient's approval"
	}
	return ""
}

// printTakeBack says who can still take the packet back and until when (rules §4: a recipient always knows).
func printTakeBack(w io.Writer, p *client.Packet, admins []common.Address) {
	if len(p.TakeBack) == 0 && p.Status != client.StatusClosed && len(p.Pending) > 0 {
		fmt.Fprintln(w, "Nobody can take it back: every share left is held by a claim waiting for its draw.")
		return
	}
	if len(p.TakeBack) == 0 {
		fmt.Fprintln(w, "Nobody can take it back any more: it is closed.")
		return
	}
	fmt.Fprintln(w, "Who can still take it back:")
	for _, t := range p.TakeBack {
		fmt.Fprintf(w, "  %s\n", takeBackLine(p, t, admins))
	}
}

// takeBackLine says who can take p back by clause t, until when, and how. admins are the admins of p's
// organisation (nil for none).
func takeBackLine(p *client.Packet, t client.TakeBack, admins []common.Address) string {
	id := p.ID.String()
	back := "the sender"
	if p.OrgID != 0 {
		back = fmt.Sprintf("organisation %d's budget", p.OrgID)
	}
	until := func(tm time.Time) string {
		if p.Kind == client.Direct && (t.Who == "recipient" || t.Who == "guardian" || t.Who == "org admin") {
			return "until claimed"
		}
		if tm.IsZero() {
			return "until it closes"
		}
		return "until " + fmtWhen(tm, p.Now)
	}
	switch t.Clause {
	case "cool-off":
		return fmt.Sprintf("revocable by %s (sender) %s: the whole packet, cool-off (`hongbao withdraw %s`)", short(t.By), until(t.Until), id)
	case "undo":
		return fmt.Sprintf("revocable by %s (sender) %s: the unclaimed rest, undo window (`hongbao withdraw %s`)", short(t.By), until(t.Until), id)
	case "undo-request":
		if p.UndoRequested {
			return fmt.Sprintf("requested back by %s (sender): it returns if the recipient approves", short(t.By))
		}
		return fmt.Sprintf("revocable by %s (sender) %s with the recipient's approval: undo request (`hongbao withdraw %s`)", short(t.By), until(t.Until), id)
	case "approve-undo":
		return fmt.Sprintf("returnable by %s (recipient) %s: approve the sender's undo request (`hongbao approve %s`)", short(t.By), until(t.Until), id)
	case "decline":
		return fmt.Sprintf("returnable by %s (recipient) %s: decline it (`hongbao decline %s`)", short(t.By), until(t.Until), id)
	case "intercept":
		if t.Who == "org admin" {
			return fmt.Sprintf("revocable by any admin of organisation %d (%s) %s: intercept, back to its budget (`hongbao intercept %s`)",
				p.OrgID, shortList(admins), until(t.Until), id)
		}
		return fmt.Sprintf("revocable by %s (guardian) %s: intercept (`hongbao intercept %s`)", short(t.By), until(t.Until), id)
	case "refund":
		if t.From.IsZero() {
			return fmt.Sprintf("refundable by anyone now: the unclaimed rest goes back to %s (`hongbao refund %s`)", back, id)
		}
		return fmt.Sprintf("refundable by anyone from %s: the unclaimed rest goes back to %s", fmtWhen(t.From, p.Now), back)
	}
	return fmt.Sprintf("%s by %s %s (%s)", t.Clause, t.Who, short(t.By), until(t.Until))
}

// shortList abbreviates addresses for a sentence: "0xf39F…2266, 0x7099…79C8".
func shortList(as []common.Address) string {
	if len(as) == 0 {
		return "see `hongbao org show`"
	}
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = short(a)
	}
	return strings.Join(parts, ", ")
}

func printClaims(w io.Writer, p *client.Packet, m money) {
	if len(p.Claims) == 0 {
		if len(p.Pending) == 0 {
			fmt.Fprintln(w, "No claims yet.")
		}
		return
	}
	fmt.Fprintf(w, "Claims so far (%d):\n", len(p.Claims))
	for i, c := range p.Claims {
		if idx := sealedIndex(p, i); idx != nil {
			fmt.Fprintf(w, "  share %d  %s  %s  (drawn in block %d)\n", *idx+1, c.Claimer.Hex(), padLeft(m.fmt(c.Amount), 16), c.Block)
			continue
		}
		fmt.Fprintf(w, "  %s  %s  (block %d)\n", c.Claimer.Hex(), padLeft(m.fmt(c.Amount), 16), c.Block)
	}
}

func padLeft(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat(" ", n-len(s)) + s
}

// closingClause names the clause of a closing reason as the rules do.
func closingClause(reason string) string {
	switch reason {
	case "refunded":
		return "refunded after expiry (C1)"
	case "withdrawn":
		return "withdrawn in its cool-off (C2)"
	case "undone":
		return "undone by the sender (C3)"
	case "approved":
		return "given back on the recipient's approval (C3/C4)"
	case "declined":
		return "declined by the recipient (C4)"
	case "intercepted":
		return "intercepted (C6)"
	}
	return reason
}
