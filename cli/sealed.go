package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

// The sealed draw (rules §3) in the CLI: `send --lucky --sealed`, a claim that waits for its draw, `show`'s
// pending shares, and `settle`.

// devChainIDs are the chain ids of local dev chains (hongbao devnet, anvil, hardhat), which mine only when a
// transaction comes: a claim waiting for the next block asks them for one.
var devChainIDs = map[uint64]bool{31337: true, 1337: true}

// devChainNudge is evm_mine on a dev chain, nil elsewhere.
func devChainNudge(ec *ethclient.Client, chainID uint64) func(ctx context.Context) error {
	if ec == nil || !devChainIDs[chainID] {
		return nil
	}
	return func(ctx context.Context) error { return ec.Client().CallContext(ctx, nil, "evm_mine") }
}

// sealedClaimOutput is the JSON of a sealed claim: the claim's fields, the index taken, and the draw.
type sealedClaimOutput struct {
	*amountOutput
	Sealed bool   `json:"sealed"`
	Index  uint64 `json:"index"`
	// Pending: the share is taken and waits for its draw (--no-wait); ReadyAt is the first block it can be
	// drawn in. Drawn: the amount is known; DrawTx is the transaction that drew it (DrawnByMe: this claim's
	// own settle).
	Pending         bool   `json:"pending"`
	Drawn           bool   `json:"drawn"`
	ReadyAt         uint64 `json:"readyAt,omitempty"`
	AmountFormatted string `json:"amountFormatted,omitempty"`
	DrawTx          string `json:"drawTxHash,omitempty"`
	DrawBlock       uint64 `json:"drawBlock,omitempty"`
	DrawnByMe       bool   `json:"drawnByMe,omitempty"`
	Averaged        bool   `json:"averaged,omitempty"`
	Fee             string `json:"fee,omitempty"`
	Relayer         string `json:"relayer,omitempty"`
}

// finishSealedClaim waits for the draw of a sealed claim's share (settling it once it can), unless --no-wait,
// and writes the result.
func (r *runner) finishSealedClaim(c *cli.Context, s *session, p *client.Packet, m money, res *client.ClaimResult) error {
	r.note("Took share %d (index %d) of packet %s; it is drawn from the hash of block %d (the next one)", res.Index+1, res.Index, res.ID, res.Block+1)
	out := &sealedClaimOutput{amountOutput: newAmountOutput(res.ID, res.TxInfo, res.Amount, p.Token, m, res.Claimer, "SharePending", res.Owed),
		Sealed: true, Index: res.Index, Pending: true, ReadyAt: res.ReadyAt}
	if c.Bool("no-wait") {
		return r.emit(out, func(w io.Writer) {
			fmt.Fprintf(w, "Took share %d (index %d) of packet %s: drawing… (it can be drawn from block %d on; `hongbao settle %s` draws it)\n",
				res.Index+1, res.Index, res.ID, res.ReadyAt, res.ID)
			printTx(w, res.TxInfo)
		})
	}
	var d *client.DrawResult
	err := r.spin("drawing…", func() (err error) {
		d, err = s.cl.WaitDrawn(c.Context, res)
		return err
	})
	if err != nil {
		return err
	}
	fillDraw(out, d, m)
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Claimed %s from packet %s (sealed lucky share %d of %d, from %s)\n", m.fmt(d.Net()), res.ID, d.Index+1, p.Shares, p.Sender.Hex())
		printTx(w, res.TxInfo)
		printDraw(w, d, m)
		printOwed(w, d.Owed, m)
	})
}

func fillDraw(out *sealedClaimOutput, d *client.DrawResult, m money) {
	out.Pending, out.Drawn, out.ReadyAt = false, true, 0
	out.Event = "Claimed"
	out.Amount, out.AmountFormatted = baseUnits(d.Amount), m.fmt(d.Amount)
	out.DrawTx, out.DrawBlock, out.DrawnByMe, out.Averaged = d.DrawTx.TxHash.Hex(), d.DrawTx.Block, d.ByMe, d.Averaged
	if d.Owed.Sign() > 0 {
		out.Owed = d.Owed.String()
	}
	if d.Relayer != ([20]byte{}) {
		out.Fee, out.Relayer = baseUnits(d.Fee), d.Relayer.Hex()
	}
}

func printDraw(w io.Writer, d *client.DrawResult, m money) {
	by := "drawn by a later claim or a settler"
	if d.ByMe {
		by = "drawn by your settle"
	}
	fmt.Fprintf(w, "  draw %s (block %d, %s)\n", d.DrawTx.TxHash.Hex(), d.DrawTx.Block, by)
	if d.Averaged {
		fmt.Fprintln(w, "  note: the share was not drawn within 256 blocks of its claim, so it got exactly the average share (rules §3)")
	}
	if d.Relayer != ([20]byte{}) {
		fmt.Fprintf(w, "  relay fee %s paid to %s out of the share of %s\n", m.fmt(d.Fee), d.Relayer.Hex(), m.fmt(d.Amount))
	}
}

func (r *runner) settleCommand() *cli.Command {
	return &cli.Command{
		Name:      "settle",
		Usage:     "draw the shares of a sealed lucky packet that wait for their draw (anyone may)",
		ArgsUsage: "ID",
		Description: `A claim of a sealed packet (send --lucky --sealed) takes a share whose amount is drawn from the hash of
the block after the claim. settle draws every share that can be drawn now and pays it; the packet's next
claim, the claimer's own claim command, the keeper and the relayer do it too, so it is rarely needed.

EXAMPLES:
   hongbao settle 7`,
		Action: r.settle,
	}
}

// settleOutput is the JSON of settle.
type settleOutput struct {
	PacketID string            `json:"packetId"`
	TxHash   string            `json:"txHash"`
	GasUsed  uint64            `json:"gasUsed"`
	Block    uint64            `json:"block"`
	Token    string            `json:"token"`
	Symbol   string            `json:"symbol"`
	Decimals uint8             `json:"decimals"`
	Drawn    []drawnShareJSON  `json:"drawn"`
	Pending  []pendingDrawJSON `json:"pending"`
}

type drawnShareJSON struct {
	Index           uint64 `json:"index"`
	Claimer         string `json:"claimer"`
	Amount          string `json:"amount"`
	AmountFormatted string `json:"amountFormatted"`
	Fee             string `json:"fee,omitempty"`
	Relayer         string `json:"relayer,omitempty"`
	Averaged        bool   `json:"averaged,omitempty"`
	Owed            string `json:"owed,omitempty"`
}

type pendingDrawJSON struct {
	Index   uint64 `json:"index"`
	Claimer string `json:"claimer"`
	Block   uint64 `json:"block"`
	ReadyAt uint64 `json:"readyAt"`
	Fee     string `json:"relayFee,omitempty"`
}

func pendingJSON(ps []client.PendingShare) []pendingDrawJSON {
	out := []pendingDrawJSON{}
	for _, p := range ps {
		j := pendingDrawJSON{Index: p.Index, Claimer: p.Claimer.Hex(), Block: p.Block, ReadyAt: p.ReadyAt}
		if p.Fee != nil && p.Fee.Sign() > 0 {
			j.Fee = p.Fee.String()
		}
		out = append(out, j)
	}
	return out
}

func (r *runner) settle(c *cli.Context) error {
	id, err := oneID(c)
	if err != nil {
		return err
	}
	s, err := r.open(c, signing)
	if err != nil {
		return err
	}
	defer s.Close()
	p, m, err := s.packet(c.Context, id)
	if err != nil {
		return err
	}
	var res *client.SettleResult
	if err := r.spin("drawing…", func() (err error) {
		res, err = s.cl.Settle(c.Context, id)
		return err
	}); err != nil {
		return err
	}
	left, err := s.cl.PendingDraws(c.Context, id)
	if err != nil {
		return err
	}
	out := &settleOutput{PacketID: id.String(), TxHash: res.TxHash.Hex(), GasUsed: res.GasUsed, Block: res.Block,
		Token: p.Token.Hex(), Symbol: m.symbol, Decimals: m.decimals, Drawn: []drawnShareJSON{}, Pending: pendingJSON(left)}
	for _, d := range res.Drawn {
		j := drawnShareJSON{Index: d.Index, Claimer: d.Claimer.Hex(), Amount: baseUnits(d.Amount), AmountFormatted: m.fmt(d.Amount), Averaged: d.Averaged}
		if d.Relayer != ([20]byte{}) {
			j.Fee, j.Relayer = baseUnits(d.Fee), d.Relayer.Hex()
		}
		if d.Owed.Sign() > 0 {
			j.Owed = d.Owed.String()
		}
		out.Drawn = append(out.Drawn, j)
	}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Drew %s of packet %s\n", plural(len(res.Drawn), "share", "shares"), id)
		printTx(w, res.TxInfo)
		for _, d := range res.Drawn {
			avg := ""
			if d.Averaged {
				avg = " (the average: not drawn within 256 blocks)"
			}
			fmt.Fprintf(w, "  share %d  %s  %s%s\n", d.Index+1, d.Claimer.Hex(), padLeft(m.fmt(d.Amount), 16), avg)
		}
		if len(left) > 0 {
			fmt.Fprintf(w, "%s still waiting (claimed in the last block).\n", plural(len(left), "share", "shares"))
		}
	})
}

// addPending puts the pending shares of a live sealed packet into p (show reads them from the chain: the
// index keeps what is drawn).
func addPending(ctx context.Context, s *session, p *client.Packet) error {
	if p.Kind != client.SealedLucky || p.Status == client.StatusClosed || p.Pending != nil {
		return nil
	}
	ps, err := s.cl.PendingDraws(ctx, p.ID)
	if err != nil {
		return err
	}
	p.Pending = ps
	p.TakeBack = client.TakeBacks(p)
	return nil
}

// printPending lists the shares of a sealed packet that wait for their draw.
func printPending(w io.Writer, p *client.Packet) {
	if len(p.Pending) == 0 {
		return
	}
	fmt.Fprintf(w, "Waiting for their draw (%d):\n", len(p.Pending))
	for _, d := range p.Pending {
		fmt.Fprintf(w, "  share %d  %s  drawing… (claimed in block %d, can be drawn from block %d on)\n", d.Index+1, d.Claimer.Hex(), d.Block, d.ReadyAt)
	}
}

// sealedIndex is the index of the i-th drawn claim of p: a sealed packet's shares are drawn in index order.
func sealedIndex(p *client.Packet, i int) *uint64 {
	if p.Kind != client.SealedLucky {
		return nil
	}
	v := uint64(i)
	return &v
}

// emitRelayedSealed reports a relayed claim of a sealed packet: the index taken, then (unless --no-wait) the
// draw, which the relayer makes (the claimer may have no ETH: it only watches).
func (r *runner) emitRelayedSealed(c *cli.Context, s *session, res *relayResponse, p *client.Packet, m money, base string, rc *client.RelayedClaim) error {
	tx := client.TxInfo{TxHash: res.TxHash, GasUsed: res.GasUsed, Block: res.Block}
	claim := &client.ClaimResult{TxInfo: tx, ID: p.ID, Claimer: res.Claimer, Sealed: true, Pending: true, Index: *res.Index,
		ReadyAt: res.Block + 2, Amount: new(big.Int), Fee: new(big.Int), Owed: new(big.Int)}
	out := &sealedClaimOutput{amountOutput: newAmountOutput(p.ID, tx, claim.Amount, p.Token, m, res.Claimer, "SharePending", nil),
		Sealed: true, Index: claim.Index, Pending: true, ReadyAt: claim.ReadyAt, Relayer: rc.Relayer.Hex()}
	r.note("Took share %d (index %d) of packet %s through the relayer %s; it is drawn from the hash of block %d (the next one)",
		claim.Index+1, claim.Index, p.ID, short(rc.Relayer), res.Block+1)
	if c.Bool("no-wait") {
		return r.emit(out, func(w io.Writer) {
			fmt.Fprintf(w, "Took share %d (index %d) of packet %s through the relayer %s (%s): drawing… the relayer draws it from block %d on\n",
				claim.Index+1, claim.Index, p.ID, short(rc.Relayer), base, claim.ReadyAt)
			printTx(w, tx)
		})
	}
	var d *client.DrawResult
	if err := r.spin("drawing…", func() (err error) {
		d, err = s.cl.WatchDrawn(c.Context, claim)
		return err
	}); err != nil {
		return err
	}
	fillDraw(out, d, m)
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Claimed %s from packet %s (sealed lucky share %d of %d, from %s) through the relayer %s: it took a fee of %s and paid the gas; you received %s\n",
			m.fmt(d.Amount), p.ID, d.Index+1, p.Shares, p.Sender.Hex(), short(rc.Relayer), m.fmt(d.Fee), m.fmt(d.Net()))
		printTx(w, tx)
		printDraw(w, d, m)
		printOwed(w, d.Owed, m)
	})
}

// pendingClaimOf is the caller's claim of sealed packet p while its share waits for its draw (a claim made
// with --no-wait): claiming again waits for that draw.
func (r *runner) pendingClaimOf(c *cli.Context, s *session, p *client.Packet) (*client.ClaimResult, bool, error) {
	pending, err := s.cl.PendingDraws(c.Context, p.ID)
	if err != nil {
		return nil, false, err
	}
	for _, d := range pending {
		if d.Claimer == s.me() {
			return &client.ClaimResult{TxInfo: client.TxInfo{Block: d.Block}, ID: p.ID, Claimer: d.Claimer, Sealed: true,
				Pending: true, Index: d.Index, ReadyAt: d.ReadyAt, Amount: new(big.Int), Fee: new(big.Int), Owed: new(big.Int)}, true, nil
		}
	}
	return nil, false, nil
}

// noteDrawn says which waiting shares of a sealed packet a take-back drew first (rules §4: a draw that can be
// made comes first).
func (r *runner) noteDrawn(drawn []client.DrawResult, m money) {
	for _, d := range drawn {
		r.note("note: drew share %d (index %d) of %s first (%s): a share that can be drawn is drawn before anything goes back",
			d.Index+1, d.Index, d.Claimer.Hex(), m.fmt(d.Amount))
	}
}
