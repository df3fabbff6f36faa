package cli

import (
	"fmt"
	"io"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

func (r *runner) listCommand() *cli.Command {
	return &cli.Command{
		Name:  "list",
		Usage: "list packets sent by, received by, claimable by, or guarded by an address (default: sent by you)",
		Description: `Without a filter it lists the packets sent by your account (--account or --private-key), or every
packet when no account is configured. Filters combine. --claimable-by shows Direct packets to the address
and open group packets; claim-code and allowlist packets are not visible as claimable on chain. --guarded-by
shows the packets the address may intercept (hongbao intercept): those it is the guardian of, and those sent from the budget
of an organisation it is an admin of now (an admin added later guards earlier packets too, a removed one
none); closed packets stay in, with their status.

EXAMPLES:
   hongbao list
   hongbao list --received-by 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
   hongbao list --claimable-by 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json
   hongbao list --guarded-by 0x70997970C51812dc3A010C7d01b50e0d17dc79C8`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "sent-by", Usage: "packets this address sent"},
			&cli.StringFlag{Name: "received-by", Usage: "Direct packets to this address, and packets it claimed from"},
			&cli.StringFlag{Name: "claimable-by", Usage: "live Direct packets to this address and open packets it has not claimed"},
			&cli.StringFlag{Name: "guarded-by", Usage: "packets this address may intercept: it is their guardian, or an admin of their organisation now"},
			&cli.BoolFlag{Name: "all", Usage: "every packet of the escrow"},
		},
		Action: r.list,
	}
}

type listOutput struct {
	Packets []*packetOutput `json:"packets"`
	// Index is set when the local index was far behind and list read the newer packets from the escrow's
	// views instead of catching it up: what it holds, and what the list therefore lacks.
	Index *listIndexState `json:"index,omitempty"`
}

func (r *runner) list(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "list takes no arguments, only filters such as --sent-by ADDR (got %q)", c.Args().First())
	}
	f, err := readListFilter(c)
	if err != nil {
		return err
	}
	s, err := r.open(c, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	if f == (client.ListFilter{}) && !c.Bool("all") {
		if me, ok, err := s.g.signerAddress(); err != nil {
			return err
		} else if ok {
			f.SentBy = me
		}
	}
	packets, state, err := r.indexedList(c.Context, s, f)
	if err != nil {
		return err
	}
	out := &listOutput{Packets: []*packetOutput{}, Index: state}
	for _, p := range packets {
		j := packetJSON(p)
		if p.Total == nil {
			j.Total = "" // not known until the index has the packet's PacketSent log (see out.Index)
		}
		out.Packets = append(out.Packets, j)
	}
	if state != nil {
		r.note("note: %s", state.Note)
	}
	return r.emit(out, func(w io.Writer) {
		shown := make([]*client.Packet, len(packets))
		for i, p := range packets {
			shown[i] = r.atWallClock(p)
		}
		printList(w, shown, f, state)
	})
}

func readListFilter(c *cli.Context) (client.ListFilter, error) {
	var f client.ListFilter
	for _, x := range []struct {
		flag string
		dst  *common.Address
	}{{"sent-by", &f.SentBy}, {"received-by", &f.ReceivedBy}, {"claimable-by", &f.ClaimableBy}, {"guarded-by", &f.GuardedBy}} {
		if v := c.String(x.flag); v != "" {
			a, err := parseAddress("--"+x.flag, v)
			if err != nil {
				return f, err
			}
			*x.dst = a
		}
	}
	return f, nil
}

// printList prints packets as a table; state (nil: the index was current) marks what list could not know.
func printList(w io.Writer, packets []*client.Packet, f client.ListFilter, state *listIndexState) {
	if len(packets) == 0 {
		fmt.Fprintf(w, "No packets%s.\n", filterNote(f))
		return
	}
	fmt.Fprintf(w, "%s%s:\n", plural(len(packets), "packet", "packets"), filterNote(f))
	fmt.Fprintf(w, "  %5s  %-6s  %-8s  %18s  %18s  %7s  %s\n", "ID", "KIND", "STATUS", "TOTAL", "REMAINING", "CLAIMED", "EXPIRES")
	for _, p := range packets {
		m := money{symbol: p.Symbol, decimals: p.Decimals}
		claimed, expires := fmt.Sprintf("%d/%d", p.Claimed, p.Shares), fmtWhen(p.ExpiresAt, p.Now)
		if p.Status == client.StatusClosed {
			// A closed packet's slot is cleared on chain: its shares and times are gone.
			claimed, expires = strconv.Itoa(len(p.Claims)), "-"
			if state.claimsUnknown(p.ID) {
				claimed = "?" // closed since the index's last block: its claims are in the logs
			}
		}
		total := "?" // a packet read from the escrow's view after claims: its total is in its PacketSent log
		if p.Total != nil {
			total = m.fmt(p.Total)
		}
		fmt.Fprintf(w, "  %5s  %-6s  %-8s  %18s  %18s  %7s  %s\n", p.ID, p.Kind, p.Status, total, m.fmt(p.Remaining),
			claimed, expires)
	}
}

func filterNote(f client.ListFilter) string {
	note := ""
	if f.SentBy != (common.Address{}) {
		note += " sent by " + short(f.SentBy)
	}
	if f.ReceivedBy != (common.Address{}) {
		note += " received by " + short(f.ReceivedBy)
	}
	if f.ClaimableBy != (common.Address{}) {
		note += " claimable by " + short(f.ClaimableBy)
	}
	if f.GuardedBy != (common.Address{}) {
		note += " guarded by " + short(f.GuardedBy)
	}
	return note
}
