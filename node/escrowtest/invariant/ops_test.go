package invariant

import (
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
)

// operation is one kind of step with its relative weight.
type operation struct {
	name   string
	weight int
	run    func(w *world)
}

var operations = []operation{
	{"send", 18, (*world).opSend},
	{"claim", 22, (*world).opClaim},
	{"claimFor", 8, (*world).opClaimFor},
	{"withdrawCoolOff", 4, (*world).opWithdrawCoolOff},
	{"undo", 6, (*world).opUndo},
	{"approveUndo", 5, (*world).opApproveUndo},
	{"decline", 3, (*world).opDecline},
	{"returnFunds", 5, (*world).opReturnFunds},
	{"intercept", 4, (*world).opIntercept},
	{"refund", 5, (*world).opRefund},
	{"refundMany", 4, (*world).opRefundMany},
	{"settle", 4, (*world).opSettle},
	{"settleMany", 2, (*world).opSettleMany},
	{"withdrawOwed", 4, (*world).opWithdrawOwed},
	{"orgSend", 7, (*world).opOrgSend},
	{"orgFund", 3, (*world).opOrgFund},
	{"orgWithdraw", 2, (*world).opOrgWithdraw},
	{"setLock", 1, (*world).opSetLock},
	{"warp", 12, (*world).opWarp},
	{"age", 1, (*world).opAge},
	{"ticketReuse", 2, (*world).opTicketReuse},
	{"blocklist", 2, (*world).opBlocklist},
	{"rearm", 2, (*world).opRearm},
	{"delegate", 1, (*world).opDelegate},
}

func (w *world) pickOp() operation {
	total := 0
	for _, o := range operations {
		total += o.weight
	}
	n := w.rng.IntN(total)
	for _, o := range operations {
		if n < o.weight {
			return o
		}
		n -= o.weight
	}
	panic("unreachable")
}

// ---------------------------------------------------------------- random choices

func (w *world) chance(p float64) bool { return w.rng.Float64() < p }

func (w *world) randActor() int { return w.rng.IntN(len(w.actors)) }

// randSender favours the Reject-mode actor and the burner, so that pushes to them fail and the owed ledger
// fills.
func (w *world) randSender() int {
	switch n := w.rng.IntN(100); {
	case n < 12:
		return w.rejecter
	case n < 20:
		return w.burner
	}
	return w.randActor()
}

// randOther is an actor other than i, mostly.
func (w *world) randOther(i int) int {
	if w.chance(0.05) {
		return i
	}
	j := w.rng.IntN(len(w.actors) - 1)
	if j >= i {
		j++
	}
	return j
}

func (w *world) randEOAExcept(addr common.Address) int {
	for {
		i := w.eoas[w.rng.IntN(len(w.eoas))]
		if w.actors[i].addr != addr {
			return i
		}
	}
}

// randAmount spans the undo tiers: 1 to 700 hundredths of a coin plus dust.
func (w *world) randAmount(tk token) *big.Int {
	a := new(big.Int).Mul(tk.unit, big.NewInt(1+w.rng.Int64N(700)))
	return a.Add(a, big.NewInt(w.rng.Int64N(tk.unit.Int64())))
}

func (w *world) randDelay() uint32 {
	switch n := w.rng.IntN(20); {
	case n < 11:
		return 0
	case n < 17:
		return 1 + w.rng.Uint32N(3600)
	case n < 19:
		return 3600 + w.rng.Uint32N(82800)
	default:
		return 86400
	}
}

func (w *world) randTTL() uint32 {
	switch n := w.rng.IntN(10); {
	case n < 4:
		return 300 + w.rng.Uint32N(3300)
	case n < 8:
		return 3600 + w.rng.Uint32N(82800)
	default:
		return 86400 + w.rng.Uint32N(2*86400)
	}
}

func (w *world) randShares() uint16 {
	if w.chance(0.85) {
		return 1 + uint16(w.rng.IntN(10))
	}
	return 11 + uint16(w.rng.IntN(190))
}

// pickPacket returns a random live packet that fits, mostly; sometimes any packet (closed ones included), or
// nil for a missing id. When no packet fits, the step is usually skipped instead (w.skipped, and nil), so that
// most operations are valid ones.
func (w *world) pickPacket(fits func(p *ghostPacket) bool) *ghostPacket {
	if !w.chance(0.1) {
		var c []*ghostPacket
		for _, p := range w.ghost.live() {
			if fits(p) {
				c = append(c, p)
			}
		}
		if len(c) > 0 {
			return c[w.rng.IntN(len(c))]
		}
		if w.chance(0.85) {
			w.skipped = true
			return nil
		}
	}
	if w.ghost.lastID == 0 || w.chance(0.05) {
		return nil
	}
	return w.ghost.packets[1+w.rng.Uint64N(w.ghost.lastID)]
}

// idOf is the packet's id, or for nil a missing one (0 or past the last).
func (w *world) idOf(p *ghostPacket) *big.Int {
	if p != nil {
		w.touched[p.id] = true
		return p.bigID()
	}
	if w.chance(0.3) {
		return new(big.Int)
	}
	return new(big.Int).SetUint64(w.ghost.lastID + 1 + w.rng.Uint64N(3))
}

// actorOr is actor index of addr with probability p, else a random actor.
func (w *world) actorOr(addr common.Address, p float64) int {
	if i, ok := w.byAddr[addr]; ok && w.chance(p) {
		return i
	}
	return w.randActor()
}

// pickClaimer is someone who may claim p, mostly.
func (w *world) pickClaimer(p *ghostPacket) int {
	if p == nil {
		return w.randActor()
	}
	if p.kind == contracttest.Direct {
		return w.actorOr(p.recipient, 0.9)
	}
	var c []int
	if p.auth == contracttest.Allowlist && w.chance(0.9) {
		for _, a := range p.allow {
			if _, done := p.claimedBy[a]; !done {
				c = append(c, w.byAddr[a])
			}
		}
	} else if w.chance(0.9) {
		for i, a := range w.actors {
			if _, done := p.claimedBy[a.addr]; !done {
				c = append(c, i)
			}
		}
	}
	if len(c) == 0 {
		return w.randActor()
	}
	return c[w.rng.IntN(len(c))]
}

// claimAuth is the `auth` bytes of a claim of p by claimer: right, mostly.
func (w *world) claimAuth(p *ghostPacket, claimer common.Address) []byte {
	if p == nil || p.kind == contracttest.Direct {
		return nil
	}
	if p.auth == authTickets {
		return w.ticketAuth(p, claimer)
	}
	switch p.auth {
	case contracttest.ClaimKey:
		signFor := claimer
		if w.chance(0.05) {
			signFor = w.actors[w.randActor()].addr // a signature for someone else
		}
		return w.env.ClaimSig(p.claimKey, p.bigID(), signFor)
	case contracttest.Allowlist:
		proof, ok := p.tree.Proof(claimer)
		if !ok {
			proof, _ = p.tree.Proof(p.allow[0]) // a proof for someone else
		}
		return merkle.EncodeProof(proof)
	default:
		return nil
	}
}

// ---------------------------------------------------------------- operations

// sendPlan is a send and the secrets its sender keeps.
type sendPlan struct {
	p          escrow.IHongbaoEscrowSendParams
	tk         token
	claimKey   *ecdsa.PrivateKey
	allow      []common.Address
	tree       *merkle.Tree
	tickets    []*ecdsa.PrivateKey
	ticketTree *merkle.TicketTree
}

// planSend draws the parameters of a send by actor s: every kind and authorisation, with and without delay
// and guardian, in every token; 4% are invalid in one field.
func (w *world) planSend(s int) sendPlan {
	tk := w.tokens[w.rng.IntN(len(w.tokens))]
	sp := sendPlan{tk: tk, claimKey: newKey(w)}
	sp.p = escrow.IHongbaoEscrowSendParams{
		Token: tk.addr, Kind: uint8(w.rng.IntN(4)), Shares: 1, Delay: w.randDelay(), Ttl: w.randTTL(),
		Amount: w.randAmount(tk),
	}
	p := &sp.p
	if p.Kind == contracttest.Direct {
		p.Recipient = w.actors[w.randOther(s)].addr
	} else {
		p.Shares = w.randShares()
		p.Auth = uint8(w.rng.IntN(4))
		switch p.Auth {
		case contracttest.ClaimKey:
			p.Recipient = crypto.PubkeyToAddress(sp.claimKey.PublicKey)
		case contracttest.Allowlist:
			sp.allow, sp.tree = w.randAllowlist()
			p.Root = sp.tree.Root()
		case authTickets:
			if p.Shares > 40 {
				p.Shares = 1 + uint16(w.rng.IntN(40)) // tickets cost a key each: keep them few
			}
			sp.tickets, sp.ticketTree = w.randTickets(int(p.Shares))
			p.Root = sp.ticketTree.Root()
		}
	}
	if w.chance(0.4) {
		p.Guardian = w.actors[w.randActor()].addr
	}
	w.maybeBreak(p)
	return sp
}

// booked attaches the plan's secrets to the packet just sent and checks what the events recorded.
func (w *world) booked(sp sendPlan, s int, org uint64, total *big.Int) {
	g := w.ghost.packets[w.ghost.lastID]
	g.claimKey, g.allow, g.tree = sp.claimKey, sp.allow, sp.tree
	g.tickets, g.ticketTree = sp.tickets, sp.ticketTree
	require.Equal(w.t, total.String(), g.total.String(), "%s: credited total", w.where())
	require.Equal(w.t, w.actors[s].addr, g.sender, "%s: sender", w.where())
	require.Equal(w.t, org, g.org, "%s: organisation", w.where())
	require.Equal(w.t, sp.p.Guardian, g.guardian, "%s: guardian", w.where())
	if sp.tree != nil {
		require.Equal(w.t, [32]byte(sp.tree.Root()), g.root, "%s: allowlist root", w.where())
	}
	if sp.ticketTree != nil {
		require.Equal(w.t, [32]byte(sp.ticketTree.Root()), g.root, "%s: ticket root", w.where())
	}
}

func (w *world) opSend() {
	s := w.randSender()
	sp := w.planSend(s)
	var value *big.Int
	if sp.tk.addr == (common.Address{}) {
		value = sp.p.Amount
	}
	if w.exec(s, value, contracttest.EscrowABI.PackSend(sp.p)) == nil {
		return
	}
	total := new(big.Int).Set(sp.p.Amount)
	if sp.tk.name == "FEE" { // 1% burnt on the way in: the packet holds what arrived
		total.Sub(total, new(big.Int).Div(sp.p.Amount, big.NewInt(100)))
	}
	w.booked(sp, s, 0, total)
}

// opOrgSend has a member (mostly) send a packet from the organisation's budget.
func (w *world) opOrgSend() {
	s := w.randActor()
	if w.chance(0.9) {
		s = w.org.members[w.rng.IntN(len(w.org.members))]
	}
	sp := w.planSend(s)
	if w.exec(s, nil, contracttest.EscrowABI.PackSendFromOrg(w.org.id, sp.p)) == nil {
		return
	}
	w.booked(sp, s, w.org.id, sp.p.Amount)
}

// opOrgFund has an admin (mostly) deposit into the budget.
func (w *world) opOrgFund() {
	s := w.randActor()
	if w.chance(0.9) {
		s = w.org.admins[w.rng.IntN(len(w.org.admins))]
	}
	tk := w.tokens[w.rng.IntN(len(w.tokens))]
	amount := new(big.Int).Mul(w.randAmount(tk), big.NewInt(5))
	var value *big.Int
	if tk.addr == (common.Address{}) {
		value = amount
	}
	w.exec(s, value, contracttest.EscrowABI.PackFundOrg(w.org.id, tk.addr, amount))
}

// opOrgWithdraw has an admin (mostly) return part of the budget to the treasury.
func (w *world) opOrgWithdraw() {
	tk := w.tokens[w.rng.IntN(len(w.tokens))]
	budget := w.ghost.budgetOf(w.org.id, tk.addr)
	if budget.Sign() == 0 && w.chance(0.85) {
		w.skipped = true
		return
	}
	s := w.randActor()
	if w.chance(0.9) {
		s = w.org.admins[w.rng.IntN(len(w.org.admins))]
	}
	amount := new(big.Int).Add(budget, big.NewInt(1)) // more than there is
	switch n := w.rng.IntN(10); {
	case n < 7 && budget.Sign() > 0:
		amount.Mod(new(big.Int).SetUint64(w.rng.Uint64()), budget).Add(amount, big.NewInt(1))
	case n < 9:
		amount.Set(budget)
	}
	w.exec(s, nil, contracttest.EscrowABI.PackWithdrawOrgBudget(w.org.id, tk.addr, amount))
}

// newKey is a claim key drawn from the run's generator, so that a replay makes the same keys.
func newKey(w *world) *ecdsa.PrivateKey {
	var b [32]byte
	for i := range 4 {
		binary.BigEndian.PutUint64(b[8*i:], w.rng.Uint64())
	}
	k, err := crypto.ToECDSA(crypto.Keccak256(b[:]))
	require.NoError(w.t, err)
	return k
}

// randAllowlist is 2 to 8 distinct actors and their tree.
func (w *world) randAllowlist() ([]common.Address, *merkle.Tree) {
	n := 2 + w.rng.IntN(7)
	var allow []common.Address
	for _, i := range w.rng.Perm(len(w.actors))[:n] {
		allow = append(allow, w.actors[i].addr)
	}
	tree, err := merkle.New(allow)
	require.NoError(w.t, err)
	return allow, tree
}

// maybeBreak makes 4% of sends invalid in one field.
func (w *world) maybeBreak(p *escrow.IHongbaoEscrowSendParams) {
	if !w.chance(0.04) {
		return
	}
	switch w.rng.IntN(5) {
	case 0:
		p.Shares = 0
	case 1:
		p.Ttl = 60
	case 2:
		p.Delay = 86401
	case 3:
		p.Amount = new(big.Int)
	default:
		p.Recipient, p.Root = common.Address{}, [32]byte{}
	}
}

// claimable fits open packets that someone may still claim.
func (w *world) claimable(now uint64) func(p *ghostPacket) bool {
	return func(p *ghostPacket) bool {
		if p.sealed != nil && p.sealed.Settled+uint64(len(p.sealed.Pending)) >= p.sealed.Shares && !w.chance(0.05) {
			return false // every share taken (a few tries still go, for AllSharesTaken)
		}
		return p.releaseAt <= now && now < p.expiresAt && w.hasClaimer(p)
	}
}

// hasClaimer says whether an actor who has not claimed p yet is allowed to.
func (w *world) hasClaimer(p *ghostPacket) bool {
	if p.kind == contracttest.Direct {
		return true
	}
	if p.auth == contracttest.Allowlist {
		for _, a := range p.allow {
			if _, done := p.claimedBy[a]; !done {
				return true
			}
		}
		return false
	}
	return len(p.claimedBy) < len(w.actors)
}

func (w *world) opClaim() {
	p := w.pickPacket(w.claimable(w.now()))
	if w.skipped {
		return
	}
	id := w.idOf(p)
	c := w.pickClaimer(p)
	w.presented = -1
	if w.exec(c, nil, contracttest.EscrowABI.PackClaim(id, w.claimAuth(p, w.actors[c].addr))) == nil {
		return
	}
	w.claimed(p, c)
	if c == w.smartEOA && w.delegated {
		w.adv.smartClaims++
	}
}

// claimed checks a successful claim of p by actor c with a ticket: the ticket presented is the one used, and the
// escrow says it is used.
func (w *world) claimed(p *ghostPacket, c int) {
	if p.auth != authTickets || p.kind == contracttest.Direct {
		return
	}
	require.GreaterOrEqual(w.t, w.presented, 0, "%s: a ticket claim passed without a valid ticket", w.where())
	idx := uint64(w.presented)
	require.True(w.t, p.ticketUsed[idx], "%s: packet %d: ticket %d presented, another used", w.where(), p.id, idx)
	out, err := w.env.Call(w.env.Escrow, contracttest.EscrowABI.PackTicketUsed(p.bigID(), new(big.Int).SetUint64(idx)))
	require.NoError(w.t, err)
	used, err := contracttest.EscrowABI.UnpackTicketUsed(out)
	require.NoError(w.t, err)
	require.True(w.t, used, "%s: packet %d: ticket %d not marked used", w.where(), p.id, idx)
	w.adv.ticketClaims++
}

func (w *world) opClaimFor() {
	now := w.now()
	p := w.pickPacket(w.claimable(now))
	if w.skipped {
		return
	}
	id := w.idOf(p)
	c := w.pickClaimer(p)
	claimer := w.actors[c]
	relayer := w.randEOAExcept(claimer.addr)
	var maxFee *big.Int
	switch n := w.rng.IntN(10); {
	case n < 3:
		maxFee = new(big.Int)
	case n < 7:
		maxFee = big.NewInt(w.rng.Int64N(50 * 1e16))
	default:
		maxFee = new(big.Int).Lsh(big.NewInt(1), 200) // more than any share: the relayer takes it all
	}
	deadline := new(big.Int).SetUint64(now + 3600)
	if w.chance(0.08) {
		deadline.SetUint64(now - 1)
	}
	signature := w.claimForSig(c, id, w.actors[relayer].addr, maxFee, deadline)
	w.presented = -1
	data := contracttest.EscrowABI.PackClaimFor(id, claimer.addr, maxFee, deadline, w.claimAuth(p, claimer.addr), signature)
	if p != nil && p.sealed != nil {
		// a sealed claim records the fee, min(maxFee, minShare), in its SharePending event, paid at the draw
		fee := new(big.Int).Set(maxFee)
		if fee.Cmp(p.minShare) > 0 {
			fee.Set(p.minShare)
		}
		w.expectFee = &expectedFee{claimer: claimer.addr, relayer: w.actors[relayer].addr, fee: fee}
	}
	r := w.exec(relayer, nil, data)
	w.expectFee = nil
	if r == nil {
		return
	}
	w.claimed(p, c)
	if c == w.smartEOA && w.delegated {
		w.adv.smartClaimsFor++
	}
	if p.sealed != nil {
		return // the fee was checked in SharePending, and is checked again when the share is drawn
	}
	share := p.claimedBy[claimer.addr]
	fee := new(big.Int).Set(maxFee)
	if fee.Cmp(share) > 0 {
		fee.Set(share)
	}
	require.NotNil(w.t, p.lastFee, "%s: no RelayFeePaid", w.where())
	require.Equal(w.t, fee.String(), p.lastFee.String(), "%s: relay fee must be min(maxFee, share)", w.where())
	p.lastFee = nil
}

// claimForSig is the claimer's ClaimFor signature: ECDSA for an EOA, the owner's for a contract (ERC-1271).
func (w *world) claimForSig(c int, id *big.Int, relayer common.Address, maxFee, deadline *big.Int) []byte {
	a := w.actors[c]
	digest, err := w.env.Domain.ClaimForDigest(id, a.addr, relayer, maxFee, deadline)
	require.NoError(w.t, err)
	s, err := sig.Sign(a.key, digest)
	require.NoError(w.t, err)
	return s
}

func (w *world) opWithdrawCoolOff() {
	now := w.now()
	p := w.pickPacket(func(p *ghostPacket) bool { return now < p.releaseAt })
	if w.skipped {
		return
	}
	w.exec(w.senderOr(p, 0.9), nil, contracttest.EscrowABI.PackWithdrawCoolOff(w.idOf(p)))
}

func (w *world) opUndo() {
	now := w.now()
	// Most of the time aim at Direct packets with consent, whose undo is a request that approveUndo completes.
	request := w.chance(0.6)
	p := w.pickPacket(func(p *ghostPacket) bool {
		return now < p.undoUntil && !p.requested && (!request || p.kind == contracttest.Direct && p.consent)
	})
	if w.skipped {
		return
	}
	w.exec(w.senderOr(p, 0.9), nil, contracttest.EscrowABI.PackUndo(w.idOf(p)))
}

func (w *world) opApproveUndo() {
	now := w.now()
	p := w.pickPacket(func(p *ghostPacket) bool { return p.requested && now < p.expiresAt })
	if w.skipped {
		return
	}
	w.exec(w.recipientOr(p, 0.9), nil, contracttest.EscrowABI.PackApproveUndo(w.idOf(p)))
}

func (w *world) opDecline() {
	p := w.pickPacket(func(p *ghostPacket) bool { return p.kind == contracttest.Direct })
	if w.skipped {
		return
	}
	w.exec(w.recipientOr(p, 0.9), nil, contracttest.EscrowABI.PackDecline(w.idOf(p)))
}

// opIntercept has the guardian or, for an org packet, an admin (mostly) stop a packet.
func (w *world) opIntercept() {
	now := w.now()
	p := w.pickPacket(func(p *ghostPacket) bool {
		return (p.guardian != (common.Address{}) || p.org != 0) && now < p.expiresAt
	})
	if w.skipped {
		return
	}
	from := w.randActor()
	if p != nil && w.chance(0.9) {
		switch {
		case p.org != 0 && (p.guardian == (common.Address{}) || w.chance(0.5)):
			from = w.org.admins[w.rng.IntN(len(w.org.admins))]
		case p.guardian != (common.Address{}):
			from = w.actorOr(p.guardian, 1)
		}
	}
	w.exec(from, nil, contracttest.EscrowABI.PackIntercept(w.idOf(p)))
}

func (w *world) opRefund() {
	now := w.now()
	p := w.pickPacket(func(p *ghostPacket) bool { return now >= p.expiresAt })
	if w.skipped {
		return
	}
	w.exec(w.randActor(), nil, contracttest.EscrowABI.PackRefund(w.idOf(p)))
}

// opSettle draws the ready shares of a sealed packet with pending claims: mostly by an actor who is not the
// claimer, sometimes by the oldest pending claimer itself (paid with all gas), now and then too early
// (DrawNotReady) or on a packet with nothing pending (NothingToDraw).
func (w *world) opSettle() {
	p := w.pickPacket(func(p *ghostPacket) bool { return p.sealed != nil && len(p.sealed.Pending) > 0 })
	if w.skipped {
		return
	}
	from := w.randActor()
	if p != nil && p.sealed != nil && len(p.sealed.Pending) > 0 && w.chance(0.3) {
		from = w.actorOr(p.sealed.Pending[0].Claimer, 1)
	}
	w.exec(from, nil, contracttest.EscrowABI.PackSettle(w.idOf(p)))
}

// opSettleMany draws what is ready in every sealed packet with pending claims (up to 12), mixed with other ids;
// it never reverts for a packet.
func (w *world) opSettleMany() {
	var ids []*big.Int
	for _, p := range w.ghost.live() {
		if p.sealed != nil && len(p.sealed.Pending) > 0 && len(ids) < 12 {
			ids = append(ids, p.bigID())
		}
	}
	if len(ids) == 0 && w.chance(0.8) {
		w.skipped = true
		return
	}
	if w.ghost.lastID > 0 {
		ids = append(ids, new(big.Int).SetUint64(1+w.rng.Uint64N(w.ghost.lastID)), big.NewInt(0))
	}
	w.rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	w.exec(w.eoas[w.rng.IntN(len(w.eoas))], nil, contracttest.EscrowABI.PackSettleMany(ids))
}

// opRefundMany mixes every refundable packet (up to 15) with live, closed, duplicate and missing ids. Four in ten
// batches are sent by an EOA with a gas limit that covers the loop over the ids but only some of the payouts
// (the burner eats its whole allowance on chain, so fewer fit than the pre-check at gas price 0 thought): such a
// batch may stop early, and then it must stop (RefundBatchStopped) at a refundable id, having refunded exactly
// the refundable ids before it; the rest stays live and refundable. Any other batch refunds exactly the
// refundable ids.
func (w *world) opRefundMany() {
	now, block := w.now(), w.nextBlock()
	var ids []*big.Int
	for _, p := range w.ghost.live() {
		if refundableAt(p, now, block) && len(ids) < 15 {
			ids = append(ids, w.idOf(p))
		}
	}
	if len(ids) == 0 && w.chance(0.85) {
		w.skipped = true
		return
	}
	for range w.rng.IntN(4) {
		p := w.pickPacket(func(*ghostPacket) bool { return true })
		w.skipped = false
		ids = append(ids, w.idOf(p))
	}
	w.rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	// A position is refundable when it names a live, expired packet for the first time.
	refundable := make([]*ghostPacket, len(ids))
	seen := map[uint64]bool{}
	allowance := 0
	before := map[uint64]string{}
	for k, id := range ids {
		if p := w.ghost.open[id.Uint64()]; id.IsUint64() && p != nil && refundableAt(p, now, block) && !seen[p.id] {
			refundable[k], seen[p.id] = p, true
			allowance += batchGas(p)
			before[p.id] = p.refunded.String()
		}
	}
	data := contracttest.EscrowABI.PackRefundMany(ids)
	caller, o := w.randActor(), txOpts{}
	if w.chance(0.4) {
		caller = w.eoas[w.rng.IntN(len(w.eoas))]
		// intrinsic gas and calldata, the loop over every id (a cold packet slot each), the call's own overhead
		floor := 21_000 + 16*len(data) + 2_600*len(ids) + 12_000
		o.gas = uint64(floor + w.rng.IntN(allowance+1))
		w.adv.batchesShortGas++
	} else if caller == w.burner {
		o.gas = burnerGas // its wallet's limit: enough for a few payouts only
	}
	if w.execWith(caller, nil, data, o) == nil {
		return
	}
	refunded := 0
	for _, p := range refundable {
		if p != nil && p.refunded.String() != before[p.id] {
			refunded++
		}
	}
	stop := len(ids)
	if st := w.rc.stopped; st != nil {
		require.NotZero(w.t, o.gas, "%s: a batch with gas for everything stopped early", w.where())
		require.Equal(w.t, int64(len(ids)), st.Total.Int64(), "%s: RefundBatchStopped total", w.where())
		stop = int(st.Next.Int64())
		require.NotNil(w.t, refundable[stop], "%s: batch stopped at id %s, which is not refundable", w.where(), ids[stop])
		w.adv.batchesStopped++
		w.adv.refundsInStopped += refunded
	}
	want := 0
	for k, p := range refundable {
		if p == nil {
			continue
		}
		done := p.refunded.String() != before[p.id]
		require.Equal(w.t, k < stop, done, "%s: packet %d at %d of the batch (stopped at %d): refunded %v", w.where(), p.id, k, stop, done)
		if k < stop {
			want++
		}
	}
	require.Equal(w.t, want, refunded, "%s: refundMany must refund exactly the due ids before it stops", w.where())
}

// refundableAt says whether a refund of live packet p goes through at time now in block `block`: after expiry,
// unless p is sealed and a pending share can be drawn (DrawsReady) or pending claims hold every share left
// (SharesPending).
func refundableAt(p *ghostPacket, now, block uint64) bool {
	if now < p.expiresAt {
		return false
	}
	s := p.sealed
	return s == nil || len(s.Pending) == 0 || !s.DrawsReady(block) && s.Settled+uint64(len(s.Pending)) < s.Shares
}

// batchGas is what refundMany wants left before it refunds p: the push allowance, the 1/63 a call keeps back, the
// margin the push checks for and the refund's own writes (HongbaoBase._BATCH_NATIVE and _BATCH_TOKEN).
func batchGas(p *ghostPacket) int {
	if p.token == (common.Address{}) {
		return 50_000 + 50_000/63 + 40_000 + 15_000
	}
	return 150_000 + 150_000/63 + 40_000 + 15_000
}

// opReturnFunds has a claimer send back part of (or, at times, more than) what they claimed.
func (w *world) opReturnFunds() {
	// every claim not returned in full, in the order of the claims (so that a replay picks the same)
	var c []claimRef
	kept := w.ghost.claimList[:0]
	for _, r := range w.ghost.claimList {
		if r.p.claimedBy[r.who].Sign() > 0 {
			c = append(c, r)
			kept = append(kept, r)
		}
	}
	w.ghost.claimList = kept
	var pick claimRef
	if len(c) > 0 && w.chance(0.9) {
		pick = c[w.rng.IntN(len(c))]
	} else if len(c) == 0 && w.chance(0.85) || w.ghost.lastID == 0 {
		w.skipped = true
		return
	} else {
		pick = claimRef{w.ghost.packets[1+w.rng.Uint64N(w.ghost.lastID)], w.actors[w.randActor()].addr}
	}
	max := pick.p.claimedBy[pick.who]
	if max == nil {
		max = new(big.Int)
	}
	amount := new(big.Int).Set(max)
	switch n := w.rng.IntN(20); {
	case max.Sign() == 0 || n < 2:
		amount.Add(amount, big.NewInt(1)) // more than was claimed
	case n < 17: // 1..max, from one draw so that a replay stays in step
		amount.Mod(new(big.Int).SetUint64(w.rng.Uint64()), max).Add(amount, big.NewInt(1))
	}
	var value *big.Int
	if pick.p.token == (common.Address{}) {
		value = amount
	}
	if w.exec(w.byAddr[pick.who], value, contracttest.EscrowABI.PackReturnFunds(w.idOf(pick.p), amount)) == nil {
		return
	}
	max.Sub(max, amount)
	require.Equal(w.t, max.String(), w.env.ClaimedAmount(pick.p.bigID(), pick.who).String(), "%s: claimedAmount after a return", w.where())
}

// opWithdrawOwed withdraws an owed balance, mostly one that exists, to an address that accepts it, mostly.
func (w *world) opWithdrawOwed() {
	type ref struct {
		tok common.Address
		who int
	}
	var c []ref
	for _, tk := range w.tokens {
		for i, a := range w.actors {
			if o := w.ghost.owed[tk.addr][a.addr]; o != nil && o.Sign() > 0 {
				c = append(c, ref{tk.addr, i})
			}
		}
	}
	if len(c) == 0 && w.chance(0.85) {
		w.skipped = true
		return
	}
	pick := ref{w.tokens[w.rng.IntN(len(w.tokens))].addr, w.randActor()}
	if len(c) > 0 && w.chance(0.9) {
		pick = c[w.rng.IntN(len(c))]
	}
	a := w.actors[pick.who]
	to := a.addr
	switch n := w.rng.IntN(20); {
	case n == 0:
		to = common.Address{}
	case (pick.who == w.rejecter || pick.who == w.burner) && n < 18:
		to = a.owner() // the rejecter refuses ETH, the burner burns ETH and SIM: its owner takes them
	case n < 5:
		to = w.actors[w.eoas[w.rng.IntN(len(w.eoas))]].addr
	case n < 6:
		to = w.actors[w.randActor()].addr // perhaps a blocked, trapped or re-entering one
	}
	w.payTo = to
	w.exec(pick.who, nil, contracttest.EscrowABI.PackWithdrawOwed(pick.tok, to))
}

// opSetLock has an actor set its security lock for a token (rules §4): sends above the threshold then need a
// cool-off; loosening waits 24 h. It moves no money; it makes some later sends revert with DelayTooShort.
func (w *world) opSetLock() {
	s := w.randActor()
	tk := w.tokens[w.rng.IntN(len(w.tokens))]
	threshold := new(big.Int).Mul(tk.unit, big.NewInt(200+w.rng.Int64N(600)))
	minDelay := uint32(60 + w.rng.IntN(7200))
	w.exec(s, nil, contracttest.EscrowABI.PackSetLock(tk.addr, threshold, minDelay))
}

// opWarp moves time on by seconds to days.
func (w *world) opWarp() {
	var d int64
	switch n := w.rng.IntN(100); {
	case n < 50:
		d = 1 + w.rng.Int64N(60)
	case n < 80:
		d = 60 + w.rng.Int64N(900)
	case n < 96:
		d = 900 + w.rng.Int64N(4*3600)
	default:
		d = 4*3600 + w.rng.Int64N(3*86400)
	}
	require.NoError(w.t, w.env.Warp(time.Duration(d)*time.Second), "%s", w.where())
	w.statsOf().ok++
}

// opAge mines 258 empty blocks, so that the hash of the block after every pending sealed claim
// so far is out of BLOCKHASH's reach: those shares then get exactly the current average when drawn.
func (w *world) opAge() {
	require.NoError(w.t, w.env.Warp(time.Second), "%s", w.where()) // waits out a pool still settling
	for range 257 {
		w.env.Backend.Commit() // an empty block, a second after its parent
	}
	w.statsOf().ok++
}

func (w *world) senderOr(p *ghostPacket, prob float64) int {
	if p == nil {
		return w.randActor()
	}
	return w.actorOr(p.sender, prob)
}

func (w *world) recipientOr(p *ghostPacket, prob float64) int {
	if p == nil {
		return w.randActor()
	}
	return w.actorOr(p.recipient, prob)
}
