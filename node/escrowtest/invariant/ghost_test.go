package invariant

import (
	"crypto/ecdsa"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/lucky"
	"github.com/hongbao/hongbao/node/merkle"
)

// ghostPacket is a packet as rebuilt from its events (plus the secrets its sender keeps: the claim key and the
// allowlist).
type ghostPacket struct {
	id                              uint64
	token                           common.Address
	kind, auth                      uint8
	sender, recipient, guardian     common.Address // recipient: Direct recipient or claim key address
	shares, claims                  uint16
	minShare                        *big.Int
	releaseAt, expiresAt, undoUntil uint64
	consent, requested, closed      bool
	org                             uint64   // organisation whose budget funded it (0: none)
	root                            [32]byte // allowlist root from AllowlistSet
	pendingCredit                   *big.Int // money of this org packet that must reach the budget in this receipt

	total                                               *big.Int
	claimed, refunded, withdrawn, declined, intercepted *big.Int
	returned                                            *big.Int // C5, outside the packet's balance
	claimedBy                                           map[common.Address]*big.Int
	lastFee                                             *big.Int // fee of the last RelayFeePaid event

	claimKey *ecdsa.PrivateKey
	allow    []common.Address
	tree     *merkle.Tree

	// sealed draw (Kind SealedLucky): the mirror of the escrow's draw state, the fee and relayer each relayed
	// pending claim agreed to, and the index of a DrawAveraged event waiting for its Claimed
	sealed        *lucky.Sealed
	sealedFee     map[common.Address]*big.Int
	sealedRelayer map[common.Address]common.Address
	averaged      *uint64

	tickets    []*ecdsa.PrivateKey // ticket keys of a Tickets packet (index = position)
	ticketTree *merkle.TicketTree
	ticketUsed map[uint64]bool // from TicketUsed events
}

// claimRef is a claim of packet p by who.
type claimRef struct {
	p   *ghostPacket
	who common.Address
}

// out is everything that left the packet.
func (p *ghostPacket) out() *big.Int {
	s := new(big.Int).Add(p.claimed, p.refunded)
	s.Add(s, p.withdrawn)
	s.Add(s, p.declined)
	return s.Add(s, p.intercepted)
}

// remaining is what the events say is still in the packet.
func (p *ghostPacket) remaining() *big.Int { return new(big.Int).Sub(p.total, p.out()) }

func (p *ghostPacket) bigID() *big.Int { return new(big.Int).SetUint64(p.id) }

// ghost is the model of the whole escrow.
type ghost struct {
	packets map[uint64]*ghostPacket
	open    map[uint64]*ghostPacket // packets not closed yet
	lastID  uint64
	claims  int // Claimed events seen
	// claimList is every claim that may still be returned (in part), in claim order; opReturnFunds drops
	// those returned in full.
	claimList []claimRef
	owed      map[common.Address]map[common.Address]*big.Int // token -> account -> amount
	credits   int                                            // OwedCredited events seen
	payouts   int                                            // OwedWithdrawn events seen
	requests  int                                            // UndoRequested events seen
	budgets   map[uint64]map[common.Address]*big.Int         // org -> token -> unused budget
	closures  map[string]int                                 // closing events by name
	// sealed draws: claims that took an index, shares drawn, and of those drawn as the plain average
	pendingClaims, drawn, averagedDraws int
}

func newGhost() *ghost {
	return &ghost{
		packets: map[uint64]*ghostPacket{}, open: map[uint64]*ghostPacket{}, owed: map[common.Address]map[common.Address]*big.Int{},
		closures: map[string]int{}, budgets: map[uint64]map[common.Address]*big.Int{},
	}
}

func (g *ghost) budgetOf(org uint64, tok common.Address) *big.Int {
	m := g.budgets[org]
	if m == nil {
		m = map[common.Address]*big.Int{}
		g.budgets[org] = m
	}
	if m[tok] == nil {
		m[tok] = new(big.Int)
	}
	return m[tok]
}

func (g *ghost) owedOf(tok, acct common.Address) *big.Int {
	m := g.owed[tok]
	if m == nil {
		m = map[common.Address]*big.Int{}
		g.owed[tok] = m
	}
	if m[acct] == nil {
		m[acct] = new(big.Int)
	}
	return m[acct]
}

// live lists the packets the events say still hold money, in id order.
func (g *ghost) live() []*ghostPacket {
	out := make([]*ghostPacket, 0, len(g.open))
	for _, p := range g.open {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// markClosed books that p holds nothing any more.
func (g *ghost) markClosed(p *ghostPacket) {
	p.closed = true
	delete(g.open, p.id)
}

// receiptState is what one receipt did, gathered while its events are applied and checked at its end.
type receiptState struct {
	pushes    []push                                  // payouts to someone other than the caller (capped pushes)
	credits   []push                                  // OwedCredited events
	lastClaim map[uint64]*escrow.HongbaoEscrowClaimed // the receipt's last claim per packet (for RelayFeePaid)
	tickets   map[uint64][]uint64                     // TicketUsed not yet followed by their Claimed
	pending   []*ghostPacket                          // org packets with money that must reach the budget
	stopped   *escrow.HongbaoEscrowRefundBatchStopped
	hooked    int    // HOOK hooks that ran on the re-enterer
	block     uint64 // the receipt's block
}

// push is money the escrow sent (or, failing that, credited) to an account in a token.
type push struct {
	token, to common.Address
	amount    *big.Int
	matched   bool
}

// apply updates the ghost from the escrow's events in a receipt, checking each event against the model, then
// checks where the receipt's third-party payouts went (pushes and owed credits) and that every ticket used paid
// exactly one share.
func (w *world) apply(r *types.Receipt) {
	w.rc = receiptState{lastClaim: map[uint64]*escrow.HongbaoEscrowClaimed{}, tickets: map[uint64][]uint64{}, block: r.BlockNumber.Uint64()}
	hookAddr := w.tokens[w.hook].addr
	for _, l := range r.Logs {
		switch l.Address {
		case w.env.Escrow:
			w.applyEvent(r, decodeEvent(w, l))
		case hookAddr:
			if ev, err := hookABI.UnpackHookedEvent(l); err == nil && ev.Account == w.actors[w.reenterer].addr {
				w.rc.hooked++
			}
		}
	}
	for _, p := range w.rc.pending {
		if p.pendingCredit != nil {
			w.t.Fatalf("%s: packet %d of org %d: %s never credited to the budget", w.where(), p.id, p.org, p.pendingCredit)
		}
	}
	for id, idx := range w.rc.tickets {
		w.t.Fatalf("%s: packet %d: tickets %v used without a share", w.where(), id, idx)
	}
	w.checkPushes()
	w.adv.hookCalls += w.rc.hooked
}

// push books a payout of amount in token to `to` on someone else's behalf: it is either paid or, when the
// push fails, credited to the owed ledger in the same receipt. Money for the caller itself is paid with all gas
// (a failure reverts the caller's own transaction), and zero `to` means the budget: neither is a push.
func (w *world) push(tok, to common.Address, amount *big.Int) {
	if to == (common.Address{}) || to == w.caller || amount.Sign() == 0 {
		return
	}
	w.rc.pushes = append(w.rc.pushes, push{token: tok, to: to, amount: new(big.Int).Set(amount)})
}

// pushFails says whether a capped push of token to `to` must fail: ETH to the rejecter or to the burner (which
// burns all gas in a real transaction), SIM to the burner (trapped: the token burns all gas on chain), BLK to a
// blocked account or out of a blocked escrow.
func (w *world) pushFails(tok, to common.Address) bool {
	switch {
	case tok == (common.Address{}):
		return to == w.actors[w.rejecter].addr || to == w.actors[w.burner].addr
	case tok == w.tokens[w.sim].addr:
		return to == w.actors[w.burner].addr
	case tok == w.tokens[w.blk].addr:
		return w.blocked[to] || w.blocked[w.env.Escrow]
	}
	return false
}

// checkPushes matches every owed credit of the receipt to one push of the same token, account and amount, and
// requires that a push was credited exactly when it must fail. (Pushes to the re-enterer may fail or not: its
// re-entry attempt costs gas out of the push's allowance.)
func (w *world) checkPushes() {
	for _, c := range w.rc.credits {
		found := false
		for k := range w.rc.pushes {
			p := &w.rc.pushes[k]
			if !p.matched && p.token == c.token && p.to == c.to && p.amount.Cmp(c.amount) == 0 {
				p.matched, found = true, true
				break
			}
		}
		require.True(w.t, found, "%s: owed credit of %s to %s in %s without a payout that failed", w.where(), c.amount, c.to, c.token)
	}
	for _, p := range w.rc.pushes {
		if p.to == w.actors[w.reenterer].addr {
			continue
		}
		fails := w.pushFails(p.token, p.to)
		require.Equal(w.t, fails, p.matched, "%s: push of %s in %s to %s: must fail %v, credited %v", w.where(), p.amount, p.token, p.to, fails, p.matched)
		switch {
		case !p.matched:
		case p.to == w.actors[w.burner].addr:
			w.adv.burnerCredits++
		case p.token == w.tokens[w.blk].addr:
			w.adv.blockedCredits++
		}
	}
}

// eventDecoders are the unpackers of every escrow event.
var eventDecoders = func() []func(*types.Log) (any, error) {
	e := contracttest.EscrowABI
	return []func(*types.Log) (any, error){
		func(l *types.Log) (any, error) { return e.UnpackPacketSentEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackClaimedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackRelayFeePaidEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackRefundedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackCoolOffWithdrawnEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackUndoneEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackUndoRequestedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackUndoApprovedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackDeclinedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackReturnedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackInterceptedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackOwedCreditedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackOwedWithdrawnEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackGuardianSetEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackAllowlistSetEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackOrgPacketSentEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackOrgFundedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackOrgBudgetCreditedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackOrgBudgetWithdrawnEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackLockSetEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackLockLoosenRequestedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackTicketsSetEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackTicketUsedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackRefundBatchStoppedEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackSharePendingEvent(l) },
		func(l *types.Log) (any, error) { return e.UnpackDrawAveragedEvent(l) },
	}
}()

// decodeEvent decodes an escrow log that an operation of this test can cause; anything else fails the run.
func decodeEvent(w *world, l *types.Log) any {
	for _, f := range eventDecoders {
		if ev, err := f(l); err == nil {
			return ev
		}
	}
	w.t.Fatalf("%s: unexpected escrow log with topic %s", w.where(), l.Topics[0])
	return nil
}

func (w *world) applyEvent(r *types.Receipt, ev any) {
	g := w.ghost
	switch ev := ev.(type) {
	case *escrow.HongbaoEscrowPacketSent:
		w.onSent(ev)
	case *escrow.HongbaoEscrowClaimed:
		w.onClaimed(r, ev)
	case *escrow.HongbaoEscrowSharePending:
		w.onSharePending(r, ev)
	case *escrow.HongbaoEscrowDrawAveraged:
		p := w.packet(ev.Id)
		require.Nil(w.t, p.averaged, "%s: two DrawAveraged without a claim", w.where())
		idx := ev.Index.Uint64()
		p.averaged = &idx
	case *escrow.HongbaoEscrowRelayFeePaid:
		p := w.packet(ev.Id)
		if p.sealed != nil {
			c := w.rc.lastClaim[p.id]
			require.NotNil(w.t, c, "%s: RelayFeePaid without a draw", w.where())
			require.Equal(w.t, p.sealedRelayer[c.Claimer], ev.Relayer, "%s: sealed relay fee to the wrong relayer", w.where())
			require.Equal(w.t, p.sealedFee[c.Claimer].String(), ev.Fee.String(), "%s: sealed relay fee", w.where())
			delete(p.sealedFee, c.Claimer)
			break
		}
		p.lastFee = new(big.Int).Set(ev.Fee)
		c := w.rc.lastClaim[p.id]
		require.NotNil(w.t, c, "%s: RelayFeePaid without a claim", w.where())
		require.LessOrEqual(w.t, ev.Fee.Cmp(c.Amount), 0, "%s: relay fee above the share", w.where())
		w.push(p.token, c.Claimer, new(big.Int).Sub(c.Amount, ev.Fee))
	case *escrow.HongbaoEscrowRefunded:
		p := w.close(ev.Id, "Refunded", ev.To, ev.Amount)
		p.refunded.Add(p.refunded, ev.Amount)
	case *escrow.HongbaoEscrowCoolOffWithdrawn:
		p := w.close(ev.Id, "CoolOffWithdrawn", ev.To, ev.Amount)
		p.withdrawn.Add(p.withdrawn, ev.Amount)
	case *escrow.HongbaoEscrowUndone:
		p := w.close(ev.Id, "Undone", ev.To, ev.Amount)
		p.withdrawn.Add(p.withdrawn, ev.Amount)
	case *escrow.HongbaoEscrowUndoApproved:
		p := w.packet(ev.Id)
		require.True(w.t, p.requested, "%s: approval without a request", w.where())
		w.close(ev.Id, "UndoApproved", ev.To, ev.Amount)
		p.withdrawn.Add(p.withdrawn, ev.Amount)
	case *escrow.HongbaoEscrowDeclined:
		p := w.close(ev.Id, "Declined", ev.To, ev.Amount)
		p.declined.Add(p.declined, ev.Amount)
	case *escrow.HongbaoEscrowIntercepted:
		p := w.packet(ev.Id)
		byAdmin := p.org != 0 && w.isOrgAdmin(ev.Guardian)
		require.True(w.t, ev.Guardian == p.guardian || byAdmin, "%s: intercepted by %s, neither guardian nor org admin", w.where(), ev.Guardian)
		w.close(ev.Id, "Intercepted", ev.To, ev.Amount)
		p.intercepted.Add(p.intercepted, ev.Amount)
	case *escrow.HongbaoEscrowUndoRequested:
		p := w.packet(ev.Id)
		require.False(w.t, p.requested || p.closed, "%s: second request or closed packet", w.where())
		require.Equal(w.t, p.recipient, ev.Recipient, "%s", w.where())
		p.requested = true
		w.ghost.requests++
	case *escrow.HongbaoEscrowReturned:
		p := w.packet(ev.Id)
		require.Equal(w.t, w.payee(p), ev.To, "%s: return not to the sender (or the budget)", w.where())
		p.returned.Add(p.returned, ev.Received)
		w.expectCredit(p, ev.Received)
		w.push(p.token, ev.To, ev.Received)
	case *escrow.HongbaoEscrowOwedCredited:
		require.Positive(w.t, ev.Amount.Sign(), "%s: empty credit", w.where())
		o := g.owedOf(ev.Token, ev.Account)
		o.Add(o, ev.Amount)
		g.credits++
		w.rc.credits = append(w.rc.credits, push{token: ev.Token, to: ev.Account, amount: new(big.Int).Set(ev.Amount)})
	case *escrow.HongbaoEscrowOwedWithdrawn:
		o := g.owedOf(ev.Token, ev.Account)
		require.Equal(w.t, o.String(), ev.Amount.String(), "%s: withdrawOwed must pay the whole balance", w.where())
		o.SetInt64(0)
		g.payouts++
	case *escrow.HongbaoEscrowGuardianSet:
		p := w.packet(ev.Id)
		require.Equal(w.t, common.Address{}, p.guardian, "%s: second guardian", w.where())
		p.guardian = ev.Guardian
	case *escrow.HongbaoEscrowAllowlistSet:
		p := w.packet(ev.Id)
		require.Equal(w.t, contracttest.Allowlist, p.auth, "%s: allowlist on a non-allowlist packet", w.where())
		p.root = ev.Root
	case *escrow.HongbaoEscrowOrgPacketSent:
		p := w.packet(ev.Id)
		require.Equal(w.t, p.sender, ev.Member, "%s: org packet member", w.where())
		p.org = ev.OrgId
		b := g.budgetOf(ev.OrgId, p.token)
		b.Sub(b, p.total)
		require.GreaterOrEqual(w.t, b.Sign(), 0, "%s: budget of org %d below zero", w.where(), ev.OrgId)
	case *escrow.HongbaoEscrowOrgFunded:
		b := g.budgetOf(ev.OrgId, ev.Token)
		b.Add(b, ev.Amount)
	case *escrow.HongbaoEscrowOrgBudgetCredited:
		p := w.packet(ev.Id)
		require.Equal(w.t, p.org, ev.OrgId, "%s: credit to the wrong org", w.where())
		require.Equal(w.t, p.token, ev.Token, "%s: credit in the wrong token", w.where())
		require.NotNil(w.t, p.pendingCredit, "%s: unexpected budget credit for packet %d", w.where(), p.id)
		require.Equal(w.t, p.pendingCredit.String(), ev.Amount.String(), "%s: budget credit of packet %d", w.where(), p.id)
		p.pendingCredit = nil
		b := g.budgetOf(ev.OrgId, ev.Token)
		b.Add(b, ev.Amount)
	case *escrow.HongbaoEscrowOrgBudgetWithdrawn:
		b := g.budgetOf(ev.OrgId, ev.Token)
		b.Sub(b, ev.Amount)
		require.GreaterOrEqual(w.t, b.Sign(), 0, "%s: budget of org %d below zero", w.where(), ev.OrgId)
		require.Equal(w.t, w.org.treasury, ev.To, "%s: budget withdrawn to a non-treasury", w.where())
		w.push(ev.Token, ev.To, ev.Amount)
	case *escrow.HongbaoEscrowTicketsSet:
		p := w.packet(ev.Id)
		require.Equal(w.t, authTickets, p.auth, "%s: tickets on a non-ticket packet", w.where())
		p.root = ev.Root
	case *escrow.HongbaoEscrowTicketUsed:
		p := w.packet(ev.Id)
		require.Equal(w.t, authTickets, p.auth, "%s: ticket used on a non-ticket packet", w.where())
		idx := ev.Index.Uint64()
		require.True(w.t, ev.Index.IsUint64() && idx < uint64(p.shares), "%s: packet %d: ticket %s beyond its %d shares", w.where(), p.id, ev.Index, p.shares)
		require.False(w.t, p.ticketUsed[idx], "%s: packet %d: ticket %d used twice", w.where(), p.id, idx)
		p.ticketUsed[idx] = true
		w.rc.tickets[p.id] = append(w.rc.tickets[p.id], idx)
	case *escrow.HongbaoEscrowRefundBatchStopped:
		require.Nil(w.t, w.rc.stopped, "%s: a batch stopped twice", w.where())
		require.Less(w.t, ev.Next.Cmp(ev.Total), 0, "%s: batch stopped at %s of %s", w.where(), ev.Next, ev.Total)
		w.rc.stopped = ev
	case *escrow.HongbaoEscrowLockSet, *escrow.HongbaoEscrowLockLoosenRequested:
		// security lock: no money moves
	default:
		w.t.Fatalf("%s: unexpected event %T", w.where(), ev)
	}
}

// packet is the ghost packet of an event's id; it must exist.
func (w *world) packet(id *big.Int) *ghostPacket {
	p := w.ghost.packets[id.Uint64()]
	require.NotNil(w.t, p, "%s: event for unknown packet %s", w.where(), id)
	w.touched[p.id] = true
	return p
}

func (w *world) onSent(ev *escrow.HongbaoEscrowPacketSent) {
	g := w.ghost
	require.Equal(w.t, g.lastID+1, ev.Id.Uint64(), "%s: ids must be sequential", w.where())
	g.lastID++
	p := &ghostPacket{
		id: g.lastID, token: ev.Token, kind: ev.Kind, auth: ev.Auth, sender: ev.Sender, recipient: ev.Recipient,
		shares: ev.Shares, minShare: ev.MinShare, releaseAt: ev.ReleaseAt.Uint64(),
		expiresAt: ev.ExpiresAt.Uint64(), undoUntil: ev.UndoUntil.Uint64(), consent: ev.UndoConsent,
		total: new(big.Int).Set(ev.Total), claimed: new(big.Int), refunded: new(big.Int), withdrawn: new(big.Int),
		declined: new(big.Int), intercepted: new(big.Int), returned: new(big.Int),
		claimedBy: map[common.Address]*big.Int{}, ticketUsed: map[uint64]bool{},
	}
	if p.kind == contracttest.SealedLucky {
		p.sealed = &lucky.Sealed{ID: ev.Id, Rem: uint256.MustFromBig(ev.Total), Shares: uint64(ev.Shares), Min: uint256.MustFromBig(ev.MinShare)}
		p.sealedFee, p.sealedRelayer = map[common.Address]*big.Int{}, map[common.Address]common.Address{}
	}
	g.packets[p.id] = p
	g.open[p.id] = p
	w.touched[p.id] = true
}

// onClaimed checks the share against rules §1/§3 (node/lucky for Lucky packets) and books it.
func (w *world) onClaimed(r *types.Receipt, ev *escrow.HongbaoEscrowClaimed) {
	p := w.packet(ev.Id)
	require.False(w.t, p.closed, "%s: claim of a closed packet", w.where())
	if p.sealed != nil {
		w.onDrawn(r, p, ev)
		return
	}
	_, again := p.claimedBy[ev.Claimer]
	require.False(w.t, again, "%s: %s claimed twice", w.where(), ev.Claimer)
	if p.auth == authTickets && p.kind != contracttest.Direct {
		used := w.rc.tickets[p.id]
		require.Len(w.t, used, 1, "%s: packet %d: a ticket claim must use exactly one ticket", w.where(), p.id)
		delete(w.rc.tickets, p.id)
	}
	w.rc.lastClaim[p.id] = ev
	w.ghost.claims++
	rem := uint256.MustFromBig(p.remaining())
	left := uint256.NewInt(uint64(p.shares - p.claims))
	var want *uint256.Int
	var err error
	switch p.kind {
	case contracttest.Direct:
		want = rem
	case contracttest.Equal:
		want, err = lucky.Equal(rem, left)
	default:
		seed := lucky.Seed(w.mixDigest(r.BlockNumber), ev.Id, uint64(p.claims), ev.Claimer)
		want, err = lucky.Amount(rem, left, uint256.MustFromBig(p.minShare), seed)
	}
	require.NoError(w.t, err, "%s: share rule", w.where())
	require.Equal(w.t, want.ToBig().String(), ev.Amount.String(), "%s: share of claim %d of packet %d (kind %d)", w.where(), p.claims, p.id, p.kind)
	p.claimed.Add(p.claimed, ev.Amount)
	p.claims++
	p.claimedBy[ev.Claimer] = new(big.Int).Set(ev.Amount)
	w.ghost.claimList = append(w.ghost.claimList, claimRef{p, ev.Claimer})
	if p.remaining().Sign() == 0 {
		require.Equal(w.t, p.shares, p.claims, "%s: packet %d emptied before its last share", w.where(), p.id)
		w.ghost.markClosed(p)
		w.ghost.closures["ClaimedOut"]++
	}
}

// onSharePending books a claim of a sealed packet: it takes the next index, pays nothing, and uses its ticket.
func (w *world) onSharePending(r *types.Receipt, ev *escrow.HongbaoEscrowSharePending) {
	p := w.packet(ev.Id)
	require.NotNil(w.t, p.sealed, "%s: SharePending on a packet that is not sealed", w.where())
	require.False(w.t, p.closed, "%s: claim of a closed packet", w.where())
	_, again := p.claimedBy[ev.Claimer]
	require.False(w.t, again, "%s: %s claimed twice", w.where(), ev.Claimer)
	want := p.sealed.Settled + uint64(len(p.sealed.Pending))
	require.Equal(w.t, want, ev.Index.Uint64(), "%s: packet %d: index of the sealed claim", w.where(), p.id)
	require.Less(w.t, want, p.sealed.Shares, "%s: packet %d: claim beyond its shares", w.where(), p.id)
	if p.auth == authTickets {
		require.Len(w.t, w.rc.tickets[p.id], 1, "%s: packet %d: a ticket claim must use exactly one ticket", w.where(), p.id)
		delete(w.rc.tickets, p.id)
	}
	wantFee, relayer := new(big.Int), common.Address{}
	if f := w.expectFee; f != nil && f.claimer == ev.Claimer && f.fee.Sign() > 0 {
		wantFee, relayer = f.fee, f.relayer
	}
	require.Equal(w.t, wantFee.String(), ev.Fee.String(), "%s: packet %d: SharePending fee", w.where(), p.id)
	require.Equal(w.t, relayer, ev.Relayer, "%s: packet %d: SharePending relayer", w.where(), p.id)
	if wantFee.Sign() > 0 {
		p.sealedFee[ev.Claimer], p.sealedRelayer[ev.Claimer] = wantFee, relayer
	}
	p.sealed.Claim(ev.Claimer, r.BlockNumber.Uint64())
	p.claimedBy[ev.Claimer] = new(big.Int) // nothing to return until the share is drawn
	w.ghost.claimList = append(w.ghost.claimList, claimRef{p, ev.Claimer})
	w.ghost.pendingClaims++
}

// onDrawn checks a drawn sealed share against the mirror (node/lucky's Sealed, bit for bit: index order, the
// hash of the block after the claim, the average after 256 blocks) and books where its money went.
func (w *world) onDrawn(r *types.Receipt, p *ghostPacket, ev *escrow.HongbaoEscrowClaimed) {
	ds, err := p.sealed.Draw(r.BlockNumber.Uint64(), 1, w.blockHash)
	require.NoError(w.t, err, "%s: sealed draw", w.where())
	require.Len(w.t, ds, 1, "%s: packet %d: a draw the mirror says is not ready", w.where(), p.id)
	d := ds[0]
	require.Equal(w.t, d.Claimer, ev.Claimer, "%s: packet %d: share %d drawn out of order", w.where(), p.id, d.Index)
	require.Equal(w.t, d.Amount.ToBig().String(), ev.Amount.String(), "%s: packet %d: sealed share %d", w.where(), p.id, d.Index)
	require.Equal(w.t, d.Averaged, p.averaged != nil && *p.averaged == d.Index, "%s: packet %d: share %d averaged", w.where(), p.id, d.Index)
	if d.Averaged {
		w.ghost.averagedDraws++
	}
	p.averaged = nil
	w.rc.lastClaim[p.id] = ev
	w.ghost.claims++
	w.ghost.drawn++
	p.claimed.Add(p.claimed, ev.Amount)
	p.claims++
	p.claimedBy[ev.Claimer] = new(big.Int).Set(ev.Amount)
	net := new(big.Int).Set(ev.Amount)
	if fee := p.sealedFee[ev.Claimer]; fee != nil && fee.Sign() > 0 {
		net.Sub(net, fee)
		w.push(p.token, p.sealedRelayer[ev.Claimer], fee)
	}
	w.push(p.token, ev.Claimer, net)
	if p.remaining().Sign() == 0 {
		require.Equal(w.t, uint64(p.claims), p.sealed.Shares, "%s: packet %d emptied before its last share", w.where(), p.id)
		w.ghost.markClosed(p)
		w.ghost.closures["ClaimedOut"]++
	}
}

// payee is where money going back must go: the sender, or zero (the budget) for an organisation's packet.
func (w *world) payee(p *ghostPacket) common.Address {
	if p.org != 0 {
		return common.Address{}
	}
	return p.sender
}

// close books a closing clause: it must move the whole rest to the sender.
func (w *world) close(id *big.Int, name string, to common.Address, amount *big.Int) *ghostPacket {
	p := w.packet(id)
	require.False(w.t, p.closed, "%s: %s of a closed packet", w.where(), name)
	require.Equal(w.t, w.payee(p), to, "%s: %s not to the sender (or the budget)", w.where(), name)
	if p.sealed != nil && len(p.sealed.Pending) > 0 {
		// pending claims whose draw nobody knows yet keep the current average each (a knowable draw must be
		// made first: DrawsReady); only the rest goes back, and the packet stays live
		require.False(w.t, p.sealed.DrawsReady(w.rc.block), "%s: %s of packet %d with a draw ready", w.where(), name, p.id)
		back, ok := p.sealed.Unheld()
		require.True(w.t, ok, "%s: %s of packet %d whose every share left is pending", w.where(), name, p.id)
		require.Equal(w.t, back.ToBig().String(), amount.String(), "%s: %s of sealed packet %d with pending claims", w.where(), name, p.id)
		w.ghost.closures[name+"KeepingPending"]++
		w.expectCredit(p, amount)
		w.push(p.token, to, amount)
		return p
	}
	require.Equal(w.t, p.remaining().String(), amount.String(), "%s: %s must move the whole rest", w.where(), name)
	if p.sealed != nil {
		p.sealed.Unheld()
	}
	w.ghost.markClosed(p)
	w.ghost.closures[name]++
	w.expectCredit(p, amount)
	w.push(p.token, to, amount)
	return p
}

// expectCredit records that money of an org packet must go into the budget (an OrgBudgetCredited event of the
// same receipt) instead of to the sender.
func (w *world) expectCredit(p *ghostPacket, amount *big.Int) {
	if p.org == 0 {
		return
	}
	require.Nil(w.t, p.pendingCredit, "%s: two credits pending for packet %d", w.where(), p.id)
	p.pendingCredit = new(big.Int).Set(amount)
	w.rc.pending = append(w.rc.pending, p)
}
