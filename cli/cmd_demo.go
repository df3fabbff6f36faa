package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/devchain"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/indexer"
	"github.com/hongbao/hongbao/node/lucky"
	"github.com/hongbao/hongbao/node/units"
)

func (r *runner) demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "walk through every packet kind and withdrawal clause on a throwaway in-process chain",
		Description: `Starts a private dev chain inside this process (any free port, nothing saved), then sends Direct,
Equal, Lucky, sealed Lucky (two claims, the drawing, the amounts, why it is fair), allowlist and open packets
and uses each clause C1–C6 of rules §4, runs an organisation
(a budget, an employee's mistaken packet, an admin's intercept), lets a day pass and runs the keeper once
(the expiry refunds), returns the budget to the treasury, and ends with the records: the index rebuilt
from the logs and a reconcile that balances. It narrates every step with the balances. Every step checks its outcome on chain; any surprise
makes the demo fail (exit code 1).`,
		Action: r.demo,
	}
}

// demoOutput is the JSON of demo: what ran, and the escrow's balances at the end (all packets closed).
type demoOutput struct {
	OK            bool              `json:"ok"`
	ChainID       uint64            `json:"chainId"`
	Escrow        string            `json:"escrow"`
	Steps         []demoStep        `json:"steps"`
	EscrowBalance map[string]string `json:"escrowBalance"`
}

type demoStep struct {
	Title     string   `json:"title"`
	PacketIDs []string `json:"packetIds"`
	// Draws are the sealed shares the step drew (the sealed lucky step): who claimed when, and which
	// transaction drew the share from which block's hash.
	Draws []demoDraw `json:"draws,omitempty"`
}

// demoDraw is one sealed share of the demo: claimed in ClaimBlock, drawn from the hash of ClaimBlock + 1 by
// DrawTx (in DrawBlock, sent by DrawnBy).
type demoDraw struct {
	PacketID   string `json:"packetId"`
	Index      uint64 `json:"index"`
	Claimer    string `json:"claimer"` // the cast member's name
	Address    string `json:"address"`
	ClaimBlock uint64 `json:"claimBlock"`
	ClaimTx    string `json:"claimTxHash"`
	BlockHash  string `json:"blockHash"` // the hash of ClaimBlock + 1, which the amount is drawn from
	DrawBlock  uint64 `json:"drawBlock"`
	DrawTx     string `json:"drawTxHash"`
	DrawnBy    string `json:"drawnBy"`
	Amount     string `json:"amount"` // base units, as the Claimed event says
}

func (r *runner) demo(c *cli.Context) error {
	home, err := os.MkdirTemp("", "hongbao-demo-")
	if err != nil {
		return fmt.Errorf("create a temporary home: %w", err)
	}
	defer os.RemoveAll(home)
	w := r.stdout
	if r.jsonOut {
		w = io.Discard
	}
	fmt.Fprintln(w, "Starting a throwaway dev chain in this process…")
	chain, err := devchain.Start(c.Context, devchain.Config{Port: 0, Home: home})
	if err != nil {
		return failf("DevnetFailed", "the demo chain did not start: %v", err)
	}
	defer chain.Close()
	d, err := newDemo(c.Context, w, chain)
	if err != nil {
		return err
	}
	d.home = home
	if err := d.run(); err != nil {
		return failf("DemoFailed", "the demo failed at step %q: %v", d.current, asError(err).Message)
	}
	return r.emit(d.out, func(io.Writer) {})
}

// demo is the walkthrough's state: the chain, one client per person, and what ran.
type demo struct {
	ctx       context.Context
	w         io.Writer
	chain     *devchain.Chain
	tcny      common.Address
	mT, mE    money
	alice     *client.Client // the sender, and the escrow's policy admin
	bob       *client.Client
	carol     *client.Client
	dave      *client.Client // a guardian
	erin      *client.Client // a stranger, and a keeper bot
	names     map[common.Address]string
	out       *demoOutput
	current   string
	live      []*big.Int        // packets left for the expiry refund at the end
	first     *big.Int          // the Direct packet Bob claimed, for the voluntary return
	org       uint64            // the organisation of the organisation chapter
	trip      budgetTrip        // what Alice put into the organisation's budget and got back
	orgRefund *big.Int          // what the expiry refund put back into the budget
	refs      map[string]string // step key -> "step N: name", for cross-references
	home      string            // the demo's temporary home (the keeper's checkpoint and the index live there)
	recon     *indexer.Reconciliation
	draws     map[string][]demoDraw // step key -> the sealed shares it drew
}

func newDemo(ctx context.Context, w io.Writer, chain *devchain.Chain) (*demo, error) {
	dep := chain.Deployment
	d := &demo{ctx: ctx, w: w, chain: chain, tcny: dep.Tokens["tCNY"], names: map[common.Address]string{}, draws: map[string][]demoDraw{},
		out: &demoOutput{ChainID: chain.ChainID, Escrow: dep.Escrow.Hex(), Steps: []demoStep{}, EscrowBalance: map[string]string{}}}
	people := []struct {
		name string
		dst  **client.Client
	}{{"Alice", &d.alice}, {"Bob", &d.bob}, {"Carol", &d.carol}, {"Dave", &d.dave}, {"Erin", &d.erin}}
	for i, p := range people {
		// The nudge: a sealed claim's tool waits for the next block, which the dev chain mines only on request.
		cl, err := client.New(ctx, settledBackend{chain.Client()}, dep.Escrow, devkeys.Key(i), client.WithFromBlock(dep.Block),
			client.WithPollInterval(5*time.Millisecond), client.WithBlockNudge(devChainNudge(chain.Client(), chain.ChainID)))
		if err != nil {
			return nil, err
		}
		*p.dst = cl
		d.names[cl.Address()] = p.name
	}
	var err error
	if d.mT, err = moneyOf(ctx, d.alice, d.tcny); err != nil {
		return nil, err
	}
	d.mE = money{symbol: "ETH", decimals: 18}
	return d, nil
}

func moneyOf(ctx context.Context, cl *client.Client, token common.Address) (money, error) {
	sym, dec, err := cl.TokenInfo(ctx, token)
	return money{symbol: sym, decimals: dec}, err
}

// demoChapter is one numbered step of the walkthrough. key names it for cross-references (d.ref), so a step
// that points at another one always names the right number, whatever is added or moved.
type demoChapter struct {
	key   string
	short string // what a reference calls it: the start of title
	title string
	fn    func() ([]*big.Int, error)
}

func (d *demo) chapters() []demoChapter {
	return []demoChapter{
		{"direct", "Direct transfer", "Direct transfer (转账)", d.direct},
		{"equal", "Equal packet", "Equal packet (普通红包) with a claim code", d.equal},
		{"lucky", "Lucky packet", "Lucky packet (拼手气红包)", d.lucky},
		{"sealed", "Sealed lucky packet", "Sealed lucky packet (拼手气红包, sealed draw): nobody can foresee or choose a share", d.sealed},
		{"allowlist", "Allowlist packet", "Allowlist packet", d.allowlist},
		{"open", "Open packet", "Open packet", d.open},
		{"coolOff", "C2 cool-off withdraw", "C2 cool-off withdraw (临时冻结)", d.coolOff},
		{"undoGroup", "C3 undo of a group packet", "C3 undo of a group packet (分级撤回)", d.undoGroup},
		{"undoDirect", "C3 undo request of a Direct packet", "C3 undo request of a Direct packet, approved by the recipient (双方确认)", d.undoDirect},
		{"decline", "C4 decline by the recipient", "C4 decline by the recipient (接收方退还)", d.decline},
		{"giveBack", "C5 voluntary return", "C5 voluntary return by a claimer", d.giveBack},
		{"intercept", "C6 guardian intercept", "C6 guardian intercept (企业拦截)", d.intercept},
		{"org", "Organisation", "Organisation (企业微信): a budget, an employee's mistake, an admin's intercept", d.organisation},
		{"refund", "C1 expiry refund", "C1 expiry refund (24小时自动退回): a day later the keeper runs once (hongbao keeper --once), and the budget goes home", d.refund},
		{"records", "Records", "Records (交易凭证): the index rebuilds every packet from the logs, and the books balance", d.records},
	}
}

// ref is how the narration points at another step: "step 13: C1 expiry refund".
func (d *demo) ref(key string) string {
	c, ok := d.refs[key]
	if !ok {
		panic("demo: no step " + key) // a typo in the demo's own text
	}
	return c
}

func (d *demo) run() error {
	fmt.Fprintf(d.w, "Chain %d at %s; escrow %s; tCNY %s (2 decimals).\n", d.chain.ChainID, d.chain.HTTPURL, d.out.Escrow, d.tcny.Hex())
	fmt.Fprintln(d.w, "Cast: Alice sends; Bob, Carol, Dave and Erin receive. Dave is a guardian, Erin a keeper bot.")
	everyone := []*client.Client{d.alice, d.bob, d.carol, d.dave, d.erin}
	if err := d.balancesAs("opening balances", d.tcny, d.mT, everyone...); err != nil {
		return err
	}
	if err := d.balancesAs("opening balances", common.Address{}, d.mE, everyone...); err != nil {
		return err
	}
	opening, err := d.total(d.tcny, everyone)
	if err != nil {
		return err
	}
	steps := d.chapters()
	d.refs = make(map[string]string, len(steps))
	for i, s := range steps {
		d.refs[s.key] = fmt.Sprintf("step %d: %s", i+1, s.short)
	}
	for i, s := range steps {
		d.current = s.title
		fmt.Fprintf(d.w, "\n== %d. %s ==\n", i+1, s.title)
		ids, err := s.fn()
		if err != nil {
			return err
		}
		step := demoStep{Title: s.title, PacketIDs: []string{}, Draws: d.draws[s.key]}
		for _, id := range ids {
			step.PacketIDs = append(step.PacketIDs, id.String())
		}
		d.out.Steps = append(d.out.Steps, step)
	}
	d.current = "closing balances"
	fmt.Fprintln(d.w)
	if err := d.closing(everyone, opening); err != nil {
		return err
	}
	d.out.OK = true
	fmt.Fprintln(d.w, "\nDemo complete: every packet kind and clause C1–C6 worked as rules §4 says, the organisation's budget made")
	fmt.Fprintln(d.w, "its round trip back to the treasury, and the escrow holds exactly what it owes: nothing.")
	return nil
}

// closing prints everyone's final balances and checks that the tCNY the escrow handed around is all back with
// the cast: the five hold what they held at the start (the escrow is empty).
func (d *demo) closing(everyone []*client.Client, opening *big.Int) error {
	if err := d.balancesAs("closing balances", d.tcny, d.mT, everyone...); err != nil {
		return err
	}
	if err := d.balancesAs("closing balances", common.Address{}, d.mE, everyone...); err != nil {
		return err
	}
	closing, err := d.total(d.tcny, everyone)
	if err != nil {
		return err
	}
	if closing.Cmp(opening) != 0 {
		return fmt.Errorf("the cast holds %s, but held %s at the start", d.mT.fmt(closing), d.mT.fmt(opening))
	}
	d.say("tCNY in total: %s at the start, %s now.", d.mT.fmt(opening), d.mT.fmt(closing))
	return nil
}

// total is what people hold of token together.
func (d *demo) total(token common.Address, people []*client.Client) (*big.Int, error) {
	sum := new(big.Int)
	for _, p := range people {
		b, err := d.balance(token, p)
		if err != nil {
			return nil, err
		}
		sum.Add(sum, b)
	}
	return sum, nil
}

// say narrates.
func (d *demo) say(format string, args ...any) { fmt.Fprintf(d.w, "  "+format+"\n", args...) }

func (d *demo) name(a common.Address) string {
	if n, ok := d.names[a]; ok {
		return n
	}
	return short(a)
}

// balances prints the balances of people in a token.
func (d *demo) balances(token common.Address, m money, people ...*client.Client) error {
	return d.balancesAs("balances", token, m, people...)
}

func (d *demo) balancesAs(label string, token common.Address, m money, people ...*client.Client) error {
	parts := make([]string, 0, len(people))
	for _, p := range people {
		b, err := d.alice.Balance(d.ctx, token, p.Address())
		if err != nil {
			return err
		}
		parts = append(parts, fmt.Sprintf("%s %s", d.name(p.Address()), shown(m, b)))
	}
	d.say("%s: %s", label, strings.Join(parts, " · "))
	return nil
}

// shownDigits is how many decimals the demo shows of an 18-decimal balance: gas makes ETH balances use all
// 18, which nobody reads; a millionth of an ETH is below any amount the demo moves.
const shownDigits = 6

// shown renders a balance for reading: tokens with few decimals exactly, others rounded to shownDigits
// decimals and marked "≈" when the rounding dropped something. The demo's checks use the exact integers.
func shown(m money, v *big.Int) string {
	if int(m.decimals) <= shownDigits {
		return m.fmt(v)
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(m.decimals)-shownDigits), nil)
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(v), unit, new(big.Int))
	if r.Sign() == 0 {
		return m.fmt(v)
	}
	if new(big.Int).Lsh(r, 1).Cmp(unit) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, unit)
	if v.Sign() < 0 {
		q.Neg(q)
	}
	return "≈" + m.fmt(q)
}

func (d *demo) balance(token common.Address, who *client.Client) (*big.Int, error) {
	return d.alice.Balance(d.ctx, token, who.Address())
}

// expectDelta checks that who's token balance moved from before by want (gas included for ETH).
func (d *demo) expectDelta(token common.Address, m money, who *client.Client, before, want *big.Int) error {
	after, err := d.balance(token, who)
	if err != nil {
		return err
	}
	got := new(big.Int).Sub(after, before)
	if got.Cmp(want) != 0 {
		return fmt.Errorf("%s's balance moved by %s, expected %s", d.name(who.Address()), m.fmt(got), m.fmt(want))
	}
	return nil
}

// expectCode checks that err is the client error `code`, and narrates its message.
func (d *demo) expectCode(err error, code string) error {
	if err == nil {
		return fmt.Errorf("expected the escrow to refuse with %s, but it went through", code)
	}
	if got := client.CodeOf(err); got != code {
		return fmt.Errorf("expected %s, got %s: %v", code, got, err)
	}
	d.say("refused, as it should be: %s", sentence(err.Error()))
	return nil
}

func (d *demo) tCNY(s string) *big.Int {
	v, err := units.Parse(s, d.mT.decimals)
	if err != nil {
		panic(err) // constant demo amounts
	}
	return v
}

func (d *demo) eth(s string) *big.Int {
	v, err := units.Parse(s, 18)
	if err != nil {
		panic(err) // constant demo amounts
	}
	return v
}

func (d *demo) send(req client.SendRequest) (*client.SendResult, error) {
	res, err := d.alice.Send(d.ctx, req)
	if err != nil {
		return nil, err
	}
	m := d.mT
	if req.Token == (common.Address{}) {
		m = d.mE
	}
	d.say("Alice sends packet %s: %s, %s (tx %s, gas %d)", res.ID, res.Kind, m.fmt(res.Total), short20(res.TxHash), res.GasUsed)
	return res, nil
}

func short20(h common.Hash) string { return h.Hex()[:12] + "…" }

func (d *demo) direct() ([]*big.Int, error) {
	d.say("Alice pays Bob 88.88 tCNY. Only Bob can claim it.")
	before, err := d.balance(d.tcny, d.bob)
	if err != nil {
		return nil, err
	}
	res, err := d.send(client.SendRequest{Kind: client.Direct, Token: d.tcny, Amount: d.tCNY("88.88"), Recipient: d.bob.Address()})
	if err != nil {
		return nil, err
	}
	_, err = d.carol.Claim(d.ctx, res.ID, client.ClaimAuth{})
	if err := d.expectCode(err, "NotRecipient"); err != nil {
		return nil, err
	}
	c, err := d.bob.Claim(d.ctx, res.ID, client.ClaimAuth{})
	if err != nil {
		return nil, err
	}
	d.say("Bob claims %s.", d.mT.fmt(c.Amount))
	if err := d.expectDelta(d.tcny, d.mT, d.bob, before, d.tCNY("88.88")); err != nil {
		return nil, err
	}
	d.first = res.ID
	return []*big.Int{res.ID}, d.balances(d.tcny, d.mT, d.alice, d.bob)
}

func (d *demo) equal() ([]*big.Int, error) {
	d.say("Alice puts 30.00 tCNY in 3 equal shares. Her tool makes a claim code for the group chat.")
	res, err := d.send(client.SendRequest{Kind: client.Equal, Token: d.tcny, Amount: d.tCNY("30"), Shares: 3})
	if err != nil {
		return nil, err
	}
	d.say("claim code: %s (%s)", res.ClaimCode, bearerNote)
	_, err = d.erin.Claim(d.ctx, res.ID, client.ClaimAuth{Code: client.FormatClaimCode(devkeys.Key(9))})
	if err := d.expectCode(err, "InvalidClaimSignature"); err != nil {
		return nil, err
	}
	for _, p := range []*client.Client{d.bob, d.carol, d.dave} {
		c, err := p.Claim(d.ctx, res.ID, client.ClaimAuth{Code: res.ClaimCode})
		if err != nil {
			return nil, err
		}
		if c.Amount.Cmp(d.tCNY("10")) != 0 {
			return nil, fmt.Errorf("an equal share of 30.00 in 3 should be 10.00, %s got %s", d.name(p.Address()), d.mT.fmt(c.Amount))
		}
		d.say("%s claims %s with the code.", d.name(p.Address()), d.mT.fmt(c.Amount))
	}
	return []*big.Int{res.ID}, d.balances(d.tcny, d.mT, d.alice, d.bob, d.carol, d.dave)
}

func (d *demo) lucky() ([]*big.Int, error) {
	d.say("Alice puts 100.00 tCNY in 3 lucky shares: each claim draws a random share (double-average method).")
	res, err := d.send(client.SendRequest{Kind: client.Lucky, Token: d.tcny, Amount: d.tCNY("100"), Shares: 3})
	if err != nil {
		return nil, err
	}
	sum := new(big.Int)
	for _, p := range []*client.Client{d.bob, d.carol} {
		c, err := p.Claim(d.ctx, res.ID, client.ClaimAuth{Code: res.ClaimCode})
		if err != nil {
			return nil, err
		}
		if c.Amount.Cmp(res.MinShare) < 0 {
			return nil, fmt.Errorf("a lucky share of %s is below the minimum share %s", d.mT.fmt(c.Amount), d.mT.fmt(res.MinShare))
		}
		sum.Add(sum, c.Amount)
		d.say("%s draws %s.", d.name(p.Address()), d.mT.fmt(c.Amount))
	}
	d.say("The third share stays unclaimed: %s waits for the expiry refund (%s).", d.mT.fmt(new(big.Int).Sub(res.Total, sum)), d.ref("refund"))
	d.live = append(d.live, res.ID)
	return []*big.Int{res.ID}, d.balances(d.tcny, d.mT, d.alice, d.bob, d.carol)
}

// sealed: a sealed lucky packet (rules §3). Bob's claim takes a share and pays nothing; a block later Carol's
// claim draws Bob's share on its way and takes her own; Carol's tool waits for the next block ("drawing…") and
// draws hers. Each amount is recomputed from the block hash it came from (node/lucky, the escrow's mirror),
// and each balance moves by exactly what its Claimed event says.
func (d *demo) sealed() ([]*big.Int, error) {
	d.say("Alice puts 90.00 tCNY in 3 sealed lucky shares (`hongbao send --shares 3 --lucky --sealed`): a claim takes a share")
	d.say("at once, but its amount is drawn afterwards, from the hash of the block after the claim.")
	res, err := d.send(client.SendRequest{Kind: client.SealedLucky, Token: d.tcny, Amount: d.tCNY("90"), Shares: 3})
	if err != nil {
		return nil, err
	}
	if err := d.balances(d.tcny, d.mT, d.alice, d.bob, d.carol); err != nil {
		return nil, err
	}
	bob0, err := d.balance(d.tcny, d.bob)
	if err != nil {
		return nil, err
	}
	carol0, err := d.balance(d.tcny, d.carol)
	if err != nil {
		return nil, err
	}

	bc, err := d.bob.Claim(d.ctx, res.ID, client.ClaimAuth{Code: res.ClaimCode})
	if err != nil {
		return nil, err
	}
	if !bc.Sealed || !bc.Pending || bc.Amount.Sign() != 0 {
		return nil, fmt.Errorf("a sealed claim should take a share and pay nothing yet; Bob's claim paid %s (pending %v)", d.mT.fmt(bc.Amount), bc.Pending)
	}
	d.say("Bob claims in block %d (`hongbao claim %s --no-wait`): he holds share %d of 3 but is paid nothing yet (SharePending);", bc.Block, res.ID, bc.Index+1)
	d.say("his amount comes from the hash of block %d, which does not exist yet.", bc.Block+1)
	if err := d.expectDelta(d.tcny, d.mT, d.bob, bob0, new(big.Int)); err != nil {
		return nil, err
	}
	if err := d.mine(); err != nil {
		return nil, err
	}
	d.say("A block passes (block %d): its hash now fixes Bob's share; nobody has drawn it yet.", bc.Block+1)

	cc, err := d.carol.Claim(d.ctx, res.ID, client.ClaimAuth{Code: res.ClaimCode})
	if err != nil {
		return nil, err
	}
	if !cc.Pending || cc.DrawnOthers != 1 {
		return nil, fmt.Errorf("Carol's claim should draw Bob's share on its way and wait for its own; it drew %d (pending %v)", cc.DrawnOthers, cc.Pending)
	}
	bd, err := d.bob.WaitDrawn(d.ctx, bc) // drawn already: read from its Claimed event
	if err != nil {
		return nil, err
	}
	if bd.DrawTx.TxHash != cc.TxHash {
		return nil, fmt.Errorf("Bob's share should be drawn by Carol's claim %s, but transaction %s drew it", short20(cc.TxHash), short20(bd.DrawTx.TxHash))
	}
	d.say("Carol claims in block %d: on its way her claim draws Bob's share first (it is ready), then takes share %d of 3.", cc.Block, cc.Index+1)
	if err := d.checkDraw(res, bc, bd, res.Total, 3, bob0, d.bob, d.carol, "Carol's claim"); err != nil {
		return nil, err
	}

	d.say("Carol's tool (`hongbao claim %s` waits for the draw) shows “drawing…” until block %d is out, whose hash draws", res.ID, cc.Block+1)
	d.say("her share; then it draws the share itself (a settle, as `hongbao settle %s` does).", res.ID)
	cd, err := d.carol.WaitDrawn(d.ctx, cc)
	if err != nil {
		return nil, err
	}
	if !cd.ByMe {
		return nil, fmt.Errorf("Carol's tool should draw her share itself; transaction %s drew it", short20(cd.DrawTx.TxHash))
	}
	if err := d.checkDraw(res, cc, cd, new(big.Int).Sub(res.Total, bd.Amount), 2, carol0, d.carol, d.carol, "Carol's own settle"); err != nil {
		return nil, err
	}

	left := new(big.Int).Sub(res.Total, new(big.Int).Add(bd.Amount, cd.Amount))
	p, err := d.alice.Packet(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	if p.Claimed != 2 || len(p.Pending) != 0 || p.Remaining.Cmp(left) != 0 {
		return nil, fmt.Errorf("after two draws the packet should have 2 shares drawn, none waiting and %s left; it has %d drawn, %d waiting, %s left",
			d.mT.fmt(left), p.Claimed, len(p.Pending), d.mT.fmt(p.Remaining))
	}
	d.say("The third share stays unclaimed: %s waits for the expiry refund (%s).", d.mT.fmt(left), d.ref("refund"))
	d.say("Bob %s + Carol %s + left %s = %s.", d.mT.fmt(bd.Amount), d.mT.fmt(cd.Amount), d.mT.fmt(left), d.mT.fmt(res.Total))
	d.live = append(d.live, res.ID)
	if err := d.balances(d.tcny, d.mT, d.alice, d.bob, d.carol); err != nil {
		return nil, err
	}
	d.say("Why this is fair:")
	d.say("  - The amount is drawn from the hash of the block after the claim, which nobody knows when claiming: a claimer")
	d.say("    cannot pick or foresee a large share. With the instant draw (%s) one who times or retries the claim can.", d.ref("lucky"))
	d.say("  - Anyone can draw a share once that block is out: the next claim (Carol's drew Bob's), the claimer (Carol's tool),")
	d.say("    or a keeper. Nobody can change it, and anyone can check it: the demo recomputed both amounts from their block hashes.")
	d.say("  - A take-back (refund, undo, intercept) never replaces a draw that can be known: such shares are drawn first;")
	d.say("    only the shares nobody holds go back.")
	return []*big.Int{res.ID}, nil
}

// checkDraw checks one sealed share: the escrow drew what the block hash after the claim gives (rem left over
// k undrawn shares), at least the minimum share, and the claimer's balance moved by exactly that; it narrates
// the draw and records it for the JSON (drawer sent the drawing transaction, which the caller checked).
func (d *demo) checkDraw(res *client.SendResult, claim *client.ClaimResult, draw *client.DrawResult, rem *big.Int, k uint64,
	before *big.Int, who, drawer *client.Client, by string) error {
	h, err := d.chain.Client().HeaderByNumber(d.ctx, new(big.Int).SetUint64(claim.Block+1))
	if err != nil {
		return fmt.Errorf("read block %d: %w", claim.Block+1, err)
	}
	want, _, err := lucky.SealedAmount(uint256.MustFromBig(rem), k, uint256.MustFromBig(res.MinShare), h.Hash(), res.ID, claim.Index, claim.Claimer)
	if err != nil {
		return fmt.Errorf("recompute %s's share: %w", d.name(claim.Claimer), err)
	}
	if want.ToBig().Cmp(draw.Amount) != 0 {
		return fmt.Errorf("the escrow drew %s for %s, but the hash of block %d gives %s", d.mT.fmt(draw.Amount), d.name(claim.Claimer), claim.Block+1, d.mT.fmt(want.ToBig()))
	}
	if draw.Amount.Cmp(res.MinShare) < 0 {
		return fmt.Errorf("a sealed share of %s is below the minimum share %s", d.mT.fmt(draw.Amount), d.mT.fmt(res.MinShare))
	}
	if err := d.expectDelta(d.tcny, d.mT, who, before, draw.Amount); err != nil {
		return err
	}
	d.say("drawn: %s %s (share %d of 3, from the hash of block %d, %s; drawn by %s in block %d)", d.name(claim.Claimer), d.mT.fmt(draw.Amount),
		claim.Index+1, claim.Block+1, short20(h.Hash()), by, draw.DrawTx.Block)
	d.draws["sealed"] = append(d.draws["sealed"], demoDraw{PacketID: res.ID.String(), Index: claim.Index, Claimer: d.name(claim.Claimer),
		Address: claim.Claimer.Hex(), ClaimBlock: claim.Block, ClaimTx: claim.TxHash.Hex(), BlockHash: h.Hash().Hex(),
		DrawBlock: draw.DrawTx.Block, DrawTx: draw.DrawTx.TxHash.Hex(), DrawnBy: d.name(drawer.Address()), Amount: draw.Amount.String()})
	return nil
}

// mine lets a block pass: the dev chain mines only when a transaction comes, or on request (evm_mine).
func (d *demo) mine() error {
	if err := d.chain.Client().Client().CallContext(d.ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("evm_mine: %w", err)
	}
	return nil
}

func (d *demo) allowlist() ([]*big.Int, error) {
	d.say("Alice puts 0.3 ETH in 2 shares that only Bob and Carol may claim (a Merkle allowlist).")
	res, err := d.send(client.SendRequest{Kind: client.Equal, Amount: d.eth("0.3"), Shares: 2, Auth: client.Allowlist,
		Allowlist: []common.Address{d.bob.Address(), d.carol.Address()}})
	if err != nil {
		return nil, err
	}
	before, err := d.balance(common.Address{}, d.bob)
	if err != nil {
		return nil, err
	}
	proof, _ := res.Tree.Proof(d.bob.Address())
	c, err := d.bob.Claim(d.ctx, res.ID, client.ClaimAuth{Proof: proof})
	if err != nil {
		return nil, err
	}
	d.say("Bob claims %s with his proof (and pays %s gas).", d.mE.fmt(c.Amount), shown(d.mE, c.GasCost))
	if err := d.expectDelta(common.Address{}, d.mE, d.bob, before, new(big.Int).Sub(d.eth("0.15"), c.GasCost)); err != nil {
		return nil, err
	}
	_, err = d.erin.Claim(d.ctx, res.ID, client.ClaimAuth{Proof: proof})
	if err := d.expectCode(err, "NotInAllowlist"); err != nil {
		return nil, err
	}
	d.say("Carol does not claim; her share waits for the expiry refund (%s).", d.ref("refund"))
	d.live = append(d.live, res.ID)
	return []*big.Int{res.ID}, d.balances(common.Address{}, d.mE, d.alice, d.bob)
}

func (d *demo) open() ([]*big.Int, error) {
	d.say("Alice puts 0.1 ETH in 2 shares that anyone may claim (bots can drain such packets).")
	res, err := d.send(client.SendRequest{Kind: client.Equal, Amount: d.eth("0.1"), Shares: 2, Auth: client.Open})
	if err != nil {
		return nil, err
	}
	c, err := d.erin.Claim(d.ctx, res.ID, client.ClaimAuth{})
	if err != nil {
		return nil, err
	}
	d.say("Erin, a stranger, claims %s: no code needed. The other share waits for the expiry refund (%s).", d.mE.fmt(c.Amount), d.ref("refund"))
	d.live = append(d.live, res.ID)
	return []*big.Int{res.ID}, d.balances(common.Address{}, d.mE, d.alice, d.erin)
}

func (d *demo) coolOff() ([]*big.Int, error) {
	d.say("Alice sends Bob 50.00 tCNY with a 2h cool-off (延时到账): nobody can claim yet, and she can still take it back alone.")
	before, err := d.balance(d.tcny, d.alice)
	if err != nil {
		return nil, err
	}
	res, err := d.send(client.SendRequest{Kind: client.Direct, Token: d.tcny, Amount: d.tCNY("50"), Recipient: d.bob.Address(), Delay: 2 * time.Hour})
	if err != nil {
		return nil, err
	}
	_, err = d.bob.Claim(d.ctx, res.ID, client.ClaimAuth{})
	if err := d.expectCode(err, "NotYetReleased"); err != nil {
		return nil, err
	}
	w, err := d.alice.Withdraw(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	if w.Event != "CoolOffWithdrawn" {
		return nil, fmt.Errorf("withdraw in the cool-off should be C2 (CoolOffWithdrawn), got %s", w.Event)
	}
	d.say("Alice changes her mind: `hongbao withdraw %s` takes %s back (C2).", res.ID, d.mT.fmt(w.Amount))
	if err := d.expectDelta(d.tcny, d.mT, d.alice, before, new(big.Int)); err != nil {
		return nil, err
	}
	return []*big.Int{res.ID}, d.balances(d.tcny, d.mT, d.alice, d.bob)
}

func (d *demo) undoGroup() ([]*big.Int, error) {
	d.say("Alice puts 20.00 tCNY in 4 equal shares; tCNY's policy gives packets up to 200.00 a 5-minute undo window.")
	res, err := d.send(client.SendRequest{Kind: client.Equal, Token: d.tcny, Amount: d.tCNY("20"), Shares: 4})
	if err != nil {
		return nil, err
	}
	c, err := d.bob.Claim(d.ctx, res.ID, client.ClaimAuth{Code: res.ClaimCode})
	if err != nil {
		return nil, err
	}
	d.say("Bob claims %s. Then Alice notices she posted in the wrong group.", d.mT.fmt(c.Amount))
	w, err := d.alice.Withdraw(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	if w.Event != "Undone" || w.Amount.Cmp(d.tCNY("15")) != 0 {
		return nil, fmt.Errorf("the undo should return the unclaimed 15.00 (Undone), got %s %s", w.Event, d.mT.fmt(w.Amount))
	}
	d.say("`hongbao withdraw %s` undoes it (C3): the unclaimed %s comes back; Bob keeps his share.", res.ID, d.mT.fmt(w.Amount))
	return []*big.Int{res.ID}, d.balances(d.tcny, d.mT, d.alice, d.bob)
}

func (d *demo) undoDirect() ([]*big.Int, error) {
	d.say("Alice pays Carol 100.00 tCNY, then asks for it back within the 5-minute window. A Direct undo needs Carol's consent.")
	res, err := d.send(client.SendRequest{Kind: client.Direct, Token: d.tcny, Amount: d.tCNY("100"), Recipient: d.carol.Address()})
	if err != nil {
		return nil, err
	}
	w, err := d.alice.Withdraw(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	if w.Event != "UndoRequested" {
		return nil, fmt.Errorf("a Direct undo with consent should record a request, got %s", w.Event)
	}
	d.say("Alice's `hongbao withdraw %s` records an undo request; the money stays until Carol decides.", res.ID)
	before, err := d.balance(d.tcny, d.alice)
	if err != nil {
		return nil, err
	}
	a, err := d.carol.ApproveUndo(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	d.say("Carol runs `hongbao approve %s`: %s goes back to Alice.", res.ID, d.mT.fmt(a.Amount))
	if err := d.expectDelta(d.tcny, d.mT, d.alice, before, d.tCNY("100")); err != nil {
		return nil, err
	}
	return []*big.Int{res.ID}, d.balances(d.tcny, d.mT, d.alice, d.carol)
}

func (d *demo) decline() ([]*big.Int, error) {
	d.say("Alice pays Dave 66.00 tCNY; Dave does not want it.")
	res, err := d.send(client.SendRequest{Kind: client.Direct, Token: d.tcny, Amount: d.tCNY("66"), Recipient: d.dave.Address()})
	if err != nil {
		return nil, err
	}
	before, err := d.balance(d.tcny, d.alice)
	if err != nil {
		return nil, err
	}
	w, err := d.dave.Decline(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	d.say("Dave runs `hongbao decline %s`: %s goes back to Alice (C4).", res.ID, d.mT.fmt(w.Amount))
	if err := d.expectDelta(d.tcny, d.mT, d.alice, before, d.tCNY("66")); err != nil {
		return nil, err
	}
	return []*big.Int{res.ID}, d.balances(d.tcny, d.mT, d.alice, d.dave)
}

func (d *demo) giveBack() ([]*big.Int, error) {
	d.say("Bob gives 8.88 tCNY of Alice's 88.88 back (after claiming, any claimer may return part of it).")
	before, err := d.balance(d.tcny, d.alice)
	if err != nil {
		return nil, err
	}
	_, err = d.bob.Return(d.ctx, d.first, d.tCNY("100"))
	if err := d.expectCode(err, "ReturnExceedsClaim"); err != nil {
		return nil, err
	}
	r, err := d.bob.Return(d.ctx, d.first, d.tCNY("8.88"))
	if err != nil {
		return nil, err
	}
	d.say("Bob runs `hongbao return %s --amount 8.88`: %s straight to Alice (C5).", d.first, d.mT.fmt(r.Amount))
	if err := d.expectDelta(d.tcny, d.mT, d.alice, before, d.tCNY("8.88")); err != nil {
		return nil, err
	}
	return []*big.Int{d.first}, d.balances(d.tcny, d.mT, d.alice, d.bob)
}

func (d *demo) intercept() ([]*big.Int, error) {
	d.say("Alice pays Erin 1000.00 tCNY, above every undo tier, with Dave as guardian.")
	res, err := d.send(client.SendRequest{Kind: client.Direct, Token: d.tcny, Amount: d.tCNY("1000"), Recipient: d.erin.Address(), Guardian: d.dave.Address()})
	if err != nil {
		return nil, err
	}
	p, err := d.alice.Packet(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	for _, t := range p.TakeBack {
		d.say("  %s", takeBackLine(p, t, nil))
	}
	_, err = d.alice.Withdraw(d.ctx, res.ID)
	if err := d.expectCode(err, client.CodeNoClause); err != nil {
		return nil, err
	}
	before, err := d.balance(d.tcny, d.alice)
	if err != nil {
		return nil, err
	}
	w, err := d.dave.Intercept(d.ctx, res.ID)
	if err != nil {
		return nil, err
	}
	d.say("Dave, the guardian, suspects a scam and runs `hongbao intercept %s`: %s goes back to Alice (C6).", res.ID, d.mT.fmt(w.Amount))
	if err := d.expectDelta(d.tcny, d.mT, d.alice, before, d.tCNY("1000")); err != nil {
		return nil, err
	}
	return []*big.Int{res.ID}, d.balances(d.tcny, d.mT, d.alice, d.erin)
}
