package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

func (r *runner) claimCommand() *cli.Command {
	return &cli.Command{
		Name:      "claim",
		Usage:     "claim a packet (or your share of a group packet)",
		ArgsUsage: "ID",
		Description: `A Direct packet is claimed by its recipient. A group packet needs the claim code the sender shared
(--code hb1…), a ticket packet one of its one-time tickets (--code hbt1…: each ticket claims one share,
once), an allowlist packet the proofs file (--proof); an open packet needs none of them. --code also takes
the claim link the sender shared (…/claim/<chain>/<escrow>/<id>#code=…), and so does ID.

With --relayer the claim costs no gas: you sign it (EIP-712 ClaimFor, bound to that relayer, a fee cap and a
deadline) and the relayer submits it, paying the gas for a fee out of your share. An account with no ETH
can claim this way.

A sealed lucky packet's share is drawn from the hash of the block after the claim: the claim prints the
index it took, waits for the next block ("drawing…"), draws its share and prints the amount (--no-wait
returns at once; anyone can draw it later with ` + "`hongbao settle ID`" + `).

EXAMPLES:
   hongbao claim 7
   hongbao claim 3 --code hb1Xy…
   hongbao claim 5 --code hbt1Qm…                                          # a ticket
   hongbao claim 'http://127.0.0.1:8080/claim/1337/0x…/5#code=hbt1Qm…'     # a claim link
   hongbao claim 4 --proof friends.proofs.json
   hongbao claim 3 --code hb1Xy… --relayer http://127.0.0.1:8547          # no ETH needed`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "code", Usage: "the claim code of a group packet (hb1…), a ticket of a ticket packet (hbt1…), or a claim link carrying one"},
			&cli.StringFlag{Name: "proof", Usage: "the proofs file of an allowlist packet (or a JSON array of your proof's hashes)"},
			&cli.BoolFlag{Name: "no-wait", Usage: "a sealed lucky packet: take the share and return; its amount is drawn later (`hongbao settle ID`)"},
		}, relayClaimFlags()...),
		Action: r.claim,
	}
}

// amountOutput is the JSON of the commands that move money out of one packet.
type amountOutput struct {
	PacketID string `json:"packetId"`
	TxHash   string `json:"txHash"`
	GasUsed  uint64 `json:"gasUsed"`
	Block    uint64 `json:"block"`
	Amount   string `json:"amount"`
	Token    string `json:"token"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	// To is who received the amount (the claimer, or the sender for the take-back clauses).
	To string `json:"to"`
	// Event is the escrow event that recorded it (Claimed, CoolOffWithdrawn, Undone, UndoRequested, ...).
	Event string `json:"event"`
	// Owed is the part credited to To's pull balance because the push failed (withdrawOwed pays it).
	Owed string `json:"owed,omitempty"`
	// Budget is the organisation whose budget received the amount (a packet sent from a budget; To is then
	// the zero address).
	Budget uint64 `json:"budget,omitempty,string"`
}

func newAmountOutput(id *big.Int, tx client.TxInfo, amount *big.Int, token common.Address, m money, to common.Address, event string, owed *big.Int) *amountOutput {
	out := &amountOutput{PacketID: id.String(), TxHash: tx.TxHash.Hex(), GasUsed: tx.GasUsed, Block: tx.Block,
		Amount: baseUnits(amount), Token: token.Hex(), Symbol: m.symbol, Decimals: m.decimals, To: to.Hex(), Event: event}
	if owed != nil && owed.Sign() > 0 {
		out.Owed = owed.String()
	}
	return out
}

func (r *runner) claim(c *cli.Context) error {
	id, code, link, err := claimTarget(c)
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	if link != nil {
		if err := link.check(id, s.chainID, s.cl.Escrow()); err != nil {
			return err
		}
	}
	ctx := c.Context
	// A claim needs the packet's kind, sender and token to say what it took, not the head's time.
	p, err := s.cl.PacketStateAt(ctx, id, r.now())
	if err != nil {
		return err
	}
	m := money{symbol: p.Symbol, decimals: p.Decimals}
	auth := client.ClaimAuth{Code: code}
	if path := c.String("proof"); path != "" {
		if auth.Proof, err = readProof(path, s.me()); err != nil {
			return err
		}
	}
	if c.String("relayer") != "" {
		return r.relayedClaim(c, s, p, m, auth)
	}
	if c.IsSet("max-fee") || c.IsSet("deadline") {
		return usagef("InvalidFlag", "--max-fee and --deadline are for a gasless claim through --relayer URL")
	}
	var res *client.ClaimResult
	err = r.spin("claiming…", func() (err error) {
		res, err = s.cl.Claim(ctx, id, auth)
		return err
	})
	if client.CodeOf(err) == "AlreadyClaimed" && p.Kind == client.SealedLucky && !c.Bool("no-wait") {
		if mine, ok, perr := r.pendingClaimOf(c, s, p); perr != nil {
			return perr
		} else if ok { // claimed before (--no-wait): wait for that share's draw instead
			return r.finishSealedClaim(c, s, p, m, mine)
		}
	}
	if client.CodeOf(err) == "InsufficientFunds" {
		ce := asError(err)
		return &Error{Code: ce.Code, Err: err, Message: strings.TrimSuffix(ce.Message, ".") +
			", or claim without gas through a relayer: add --relayer URL (the claim page's server, `hongbao web`)"}
	}
	if err != nil {
		return err
	}
	if res.Sealed {
		return r.finishSealedClaim(c, s, p, m, res)
	}
	out := newAmountOutput(id, res.TxInfo, res.Amount, p.Token, m, res.Claimer, "Claimed", res.Owed)
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Claimed %s from packet %s (%s)\n", m.fmt(res.Amount), id, shareNote(p))
		printTx(w, res.TxInfo)
		printOwed(w, res.Owed, m)
	})
}

// claimTarget reads which packet to claim and with which code: ID and --code, either of which may be a claim
// link (…/claim/<chain>/<escrow>/<id>#code=…; the link is returned to be checked against the endpoint).
func claimTarget(c *cli.Context) (*big.Int, string, *claimLinkParts, error) {
	code := strings.TrimSpace(c.String("code"))
	if c.NArg() == 1 && isLink(c.Args().First()) {
		l, err := parseClaimLink("ID", c.Args().First())
		if err != nil {
			return nil, "", nil, err
		}
		if code != "" && l.code != "" && code != l.code {
			return nil, "", nil, usagef("InvalidFlag", "the claim link carries a code and --code gives another; give one of them")
		}
		if code == "" {
			code = l.code
		}
		return l.id, code, l, nil
	}
	id, err := oneID(c)
	if err != nil {
		return nil, "", nil, err
	}
	if !isLink(code) {
		return id, code, nil, nil
	}
	l, err := parseClaimLink("--code", code)
	if err != nil {
		return nil, "", nil, err
	}
	if l.code == "" {
		return nil, "", nil, usagef("InvalidClaimLink", "the claim link given to --code carries no code (#code=…); give the code, or the link the sender shared")
	}
	return id, l.code, l, nil
}

// shareNote says which share a claim took: "share 2 of 3", or "the whole packet".
func shareNote(p *client.Packet) string {
	if p.Kind == client.Direct {
		return "the whole packet, from " + p.Sender.Hex()
	}
	return fmt.Sprintf("%s share %d of %d, from %s", p.Kind, int(p.Claimed)+1, p.Shares, p.Sender.Hex())
}

func printTx(w io.Writer, tx client.TxInfo) {
	fmt.Fprintf(w, "  tx  %s (block %d, gas used %d)\n", tx.TxHash.Hex(), tx.Block, tx.GasUsed)
}

func printOwed(w io.Writer, owed *big.Int, m money) {
	if owed != nil && owed.Sign() > 0 {
		fmt.Fprintf(w, "  note: the payout of %s could not be pushed; the escrow keeps it for the receiver, who withdraws it with `hongbao owed --withdraw`\n", m.fmt(owed))
	}
}

// packet reads a packet's state (not its logs: commands that act on a packet need no history) and how its
// amounts are shown.
func (s *session) packet(ctx context.Context, id *big.Int) (*client.Packet, money, error) {
	p, err := s.cl.PacketState(ctx, id)
	if err != nil {
		return nil, money{}, err
	}
	return p, money{symbol: p.Symbol, decimals: p.Decimals}, nil
}
