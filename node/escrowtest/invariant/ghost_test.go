package invariant

import (
	"crypto/ecdsa"
	"math/big"

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
	packets  map[uint64]*ghostPacket
	lastID   uint64
	owed     map[common.Address]map[common.Address]*big.Int // token -> account -> amount
	credits  int                                            // OwedCredited events seen
	payouts  int                                            // OwedWithdrawn events seen
	requests int                                            // UndoRequested events seen
	budgets  map[uint64]map[common.Address]*big.Int         // org -> token -> unused budget
	closures map[string]int                                 // closing events by name
}

func newGhost() *ghost {
	return &ghost{
		packets: map[uint64]*ghostPacket{}, owed: map[common.Address]map[common.Address]*big.Int{},
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
	var out []*ghostPacket
	for id := uint64(1); id <= g.lastID; id++ {
		if p := g.packets[id]; !p.closed {
			out = append(out, p)
		}
	}
	return out
}

// apply updates the ghost from the escrow's events in a receipt, checking each event against the model.
func (w *world) apply(r *types.Receipt) {
	var logs []*types.Log
	for _, l := range r.Logs {
		if l.Address == w.env.Escrow {
			logs = append(logs, l)
		}
	}
	for _, l := range logs {
		w.applyEvent(r, decodeEvent(w, l))
	}
	for _, p := range w.ghost.packets {
		if p.pendingCredit != nil {
			w.t.Fatalf("%s: packet %d of org %d: %s never credited to the budget", w.where(), p.id, p.org, p.pendingCredit)
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
	case *escrow.HongbaoEscrowRelayFeePaid:
		w.packet(ev.Id).lastFee = new(big.Int).Set(ev.Fee)
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
	case *escrow.HongbaoEscrowOwedCredited:
		require.Positive(w.t, ev.Amount.Sign(), "%s: empty credit", w.where())
		o := g.owedOf(ev.Token, ev.Account)
		o.Add(o, ev.Amount)
		g.credits++
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
		claimedBy: map[common.Address]*big.Int{},
	}
	g.packets[p.id] = p
	w.touched[p.id] = true
}

// onClaimed checks the share against SPEC §1/§3 (node/lucky for Lucky packets) and books it.
func (w *world) onClaimed(r *types.Receipt, ev *escrow.HongbaoEscrowClaimed) {
	p := w.packet(ev.Id)
	require.False(w.t, p.closed, "%s: claim of a closed packet", w.where())
	_, again := p.claimedBy[ev.Claimer]
	require.False(w.t, again, "%s: %s claimed twice", w.where(), ev.Claimer)
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
	if p.remaining().Sign() == 0 {
		require.Equal(w.t, p.shares, p.claims, "%s: packet %d emptied before its last share", w.where(), p.id)
		p.closed = true
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
	require.Equal(w.t, p.remaining().String(), amount.String(), "%s: %s must move the whole rest", w.where(), name)
	p.closed = true
	w.ghost.closures[name]++
	w.expectCredit(p, amount)
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
}
