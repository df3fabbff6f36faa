package indexer

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
)

// A random mix of every escrow operation. Each is tried blindly with mostly sensible arguments; a revert is
// checked before sending and sends nothing, so the chain only holds state changes (and their events).

type operation struct {
	name   string
	weight int
	run    func(w *world)
}

var operations = []operation{
	{"send", 18, (*world).opSend},
	{"orgSend", 6, (*world).opOrgSend},
	{"claim", 22, (*world).opClaim},
	{"claimFor", 8, (*world).opClaimFor},
	{"withdrawCoolOff", 3, (*world).opWithdrawCoolOff},
	{"undo", 8, (*world).opUndo},
	{"approveUndo", 5, (*world).opApproveUndo},
	{"decline", 3, (*world).opDecline},
	{"returnFunds", 6, (*world).opReturnFunds},
	{"intercept", 3, (*world).opIntercept},
	{"refund", 4, (*world).opRefund},
	{"refundMany", 2, (*world).opRefundMany},
	{"settle", 3, (*world).opSettle},
	{"settleMany", 1, (*world).opSettleMany},
	{"withdrawOwed", 4, (*world).opWithdrawOwed},
	{"orgFund", 2, (*world).opOrgFund},
	{"orgWithdraw", 2, (*world).opOrgWithdraw},
	{"orgAdmin", 2, (*world).opOrgAdmin},
	{"orgMember", 3, (*world).opOrgMember},
	{"treasury", 1, (*world).opTreasury},
	{"setLock", 2, (*world).opSetLock},
	{"policy", 1, (*world).opPolicy},
	{"block", 1, (*world).opBlock},
	{"warp", 10, (*world).opWarp},
}

// run performs n random operations.
func (w *world) run(n int) {
	total := 0
	for _, o := range operations {
		total += o.weight
	}
	for range n {
		k := w.rng.IntN(total)
		for _, o := range operations {
			if k < o.weight {
				o.run(w)
				break
			}
			k -= o.weight
		}
	}
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// plan draws a send by actor s.
func (w *world) plan(s int) (*sentPacket, escrow.IHongbaoEscrowSendParams) {
	c := w.randCur()
	sp := &sentPacket{cur: c, sender: s, kind: uint8(w.rng.IntN(4))} // SealedLucky (3) included
	p := escrow.IHongbaoEscrowSendParams{Token: c.addr, Kind: sp.kind, Shares: 1, Ttl: 300 + w.rng.Uint32N(3300),
		Amount: w.randAmount(c)}
	if w.chance(0.3) {
		p.Ttl = 3600 + w.rng.Uint32N(86400)
	}
	switch n := w.rng.IntN(10); {
	case n < 3:
		p.Delay = 1 + w.rng.Uint32N(600)
	case n < 4:
		p.Delay = 3600
	}
	if sp.kind == contracttest.Direct {
		p.Recipient = w.actors[w.randActor()].addr
	} else {
		p.Shares = 1 + uint16(w.rng.IntN(5))
		p.Auth = uint8(w.rng.IntN(3))
		switch p.Auth {
		case contracttest.ClaimKey:
			sp.claimKey = newKey(w.t)
			p.Recipient = crypto.PubkeyToAddress(sp.claimKey.PublicKey)
		case contracttest.Allowlist:
			for _, i := range w.rng.Perm(len(w.actors))[:2+w.rng.IntN(5)] {
				sp.allow = append(sp.allow, w.actors[i].addr)
			}
			var err error
			sp.tree, err = merkle.New(sp.allow)
			require.NoError(w.t, err)
			p.Root = sp.tree.Root()
		}
	}
	if w.chance(0.4) {
		p.Guardian = w.actors[w.randActor()].addr
	}
	sp.auth, sp.recipient, sp.guardian = p.Auth, p.Recipient, p.Guardian
	return sp, p
}

// record remembers the packet a successful send created.
func (w *world) record(sp *sentPacket, r *types.Receipt) {
	if r == nil {
		return
	}
	for _, l := range r.Logs {
		if ev, err := esc.UnpackPacketSentEvent(l); err == nil {
			sp.id, sp.consent = ev.Id, ev.UndoConsent
			w.packets = append(w.packets, sp)
			return
		}
	}
	w.t.Fatal("send without PacketSent")
}

func (w *world) opSend() {
	s := w.randActor()
	if w.chance(0.15) {
		s = w.rejecter
	}
	sp, p := w.plan(s)
	var value *big.Int
	if p.Token == (common.Address{}) {
		value = p.Amount
	}
	w.record(sp, w.exec(s, value, esc.PackSend(p)))
}

func (w *world) opOrgSend() {
	s := w.members[w.rng.IntN(len(w.members))]
	if w.chance(0.1) {
		s = w.randActor()
	}
	sp, p := w.plan(s)
	sp.org = true
	w.record(sp, w.exec(s, nil, esc.PackSendFromOrg(w.org, p)))
}

func (w *world) opClaim() {
	p := w.pickPacket()
	if p == nil {
		return
	}
	c := w.claimer(p)
	w.exec(c, nil, esc.PackClaim(p.id, w.auth(p, w.actors[c].addr)))
}

func (w *world) opClaimFor() {
	p := w.pickPacket()
	if p == nil {
		return
	}
	c := w.claimer(p)
	relayer := w.randEOA()
	maxFee := big.NewInt(w.rng.Int64N(50 * p.cur.unit.Int64()))
	if w.chance(0.2) {
		maxFee = new(big.Int).Lsh(big.NewInt(1), 200) // the relayer takes the whole share
	}
	deadline := new(big.Int).SetUint64(w.now() + 3600)
	sig, err := w.env.Domain.SignClaimFor(w.actors[c].key, p.id, w.env.Addr(relayer), maxFee, deadline)
	require.NoError(w.t, err)
	w.exec(relayer, nil, esc.PackClaimFor(p.id, w.actors[c].addr, maxFee, deadline, w.auth(p, w.actors[c].addr), sig))
}

// claimer is someone who may claim p, mostly.
func (w *world) claimer(p *sentPacket) int {
	if w.chance(0.8) {
		if p.kind == contracttest.Direct {
			if i, ok := w.byAddr[p.recipient]; ok {
				return i
			}
		}
		if p.auth == contracttest.Allowlist && p.kind != contracttest.Direct {
			return w.byAddr[p.allow[w.rng.IntN(len(p.allow))]]
		}
	}
	return w.randActor()
}

func (w *world) auth(p *sentPacket, claimer common.Address) []byte {
	if p.kind == contracttest.Direct {
		return nil
	}
	switch p.auth {
	case contracttest.ClaimKey:
		return w.env.ClaimSig(p.claimKey, p.id, claimer)
	case contracttest.Allowlist:
		proof, ok := p.tree.Proof(claimer)
		if !ok {
			proof, _ = p.tree.Proof(p.allow[0])
		}
		return merkle.EncodeProof(proof)
	}
	return nil
}

func (w *world) opWithdrawCoolOff() {
	if p := w.pickPacket(); p != nil {
		w.exec(p.sender, nil, esc.PackWithdrawCoolOff(p.id))
	}
}

// opUndo has the sender undo a recent packet, often the newest (undo windows last minutes).
func (w *world) opUndo() {
	p := w.pickPacket()
	if p == nil {
		return
	}
	if w.chance(0.5) {
		p = w.packets[len(w.packets)-1]
		for i := len(w.packets) - 1; i >= max(0, len(w.packets)-5); i-- {
			if q := w.packets[i]; q.kind == contracttest.Direct && q.consent && !q.requested {
				p = q
				break
			}
		}
	}
	if r := w.exec(p.sender, nil, esc.PackUndo(p.id)); r != nil {
		for _, l := range r.Logs {
			if _, err := esc.UnpackUndoRequestedEvent(l); err == nil {
				p.requested = true
			}
		}
	}
}

func (w *world) recipientOf(p *sentPacket) int {
	if i, ok := w.byAddr[p.recipient]; ok && w.chance(0.9) {
		return i
	}
	return w.randActor()
}

// opApproveUndo has the recipient approve a pending undo request, mostly.
func (w *world) opApproveUndo() {
	p := w.pickPacket()
	for _, q := range w.packets {
		if q.requested && w.chance(0.8) {
			p = q
		}
	}
	if p != nil {
		w.exec(w.recipientOf(p), nil, esc.PackApproveUndo(p.id))
	}
}

func (w *world) opDecline() {
	if p := w.pickPacket(); p != nil {
		w.exec(w.recipientOf(p), nil, esc.PackDecline(p.id))
	}
}

// opReturnFunds has a claimer (found through the claimedAmount view) send back part of its share.
func (w *world) opReturnFunds() {
	p := w.pickPacket()
	if p == nil {
		return
	}
	for _, i := range w.rng.Perm(len(w.actors)) {
		got, err := esc.UnpackClaimedAmount(w.view(esc.PackClaimedAmount(p.id, w.actors[i].addr)))
		require.NoError(w.t, err)
		if got.Sign() == 0 {
			continue
		}
		amount := new(big.Int).Add(w.below(got), big.NewInt(1))
		var value *big.Int
		if p.cur.addr == (common.Address{}) {
			value = amount
		}
		w.exec(i, value, esc.PackReturnFunds(p.id, amount))
		return
	}
}

func (w *world) opIntercept() {
	p := w.pickPacket()
	if p == nil {
		return
	}
	from := w.randActor()
	if i, ok := w.byAddr[p.guardian]; ok && w.chance(0.7) {
		from = i
	} else if p.org && w.chance(0.8) {
		from = w.admins[w.rng.IntN(len(w.admins))]
	}
	w.exec(from, nil, esc.PackIntercept(p.id))
}

func (w *world) opRefund() {
	if p := w.pickPacket(); p != nil {
		w.exec(w.randActor(), nil, esc.PackRefund(p.id))
	}
}

// opSettle draws the ready pending shares of a packet (reverts when none is pending or ready).
func (w *world) opSettle() {
	if p := w.pickPacket(); p != nil {
		w.exec(w.randActor(), nil, esc.PackSettle(p.id))
	}
}

func (w *world) opSettleMany() {
	var ids []*big.Int
	for i := max(0, len(w.packets)-40); i < len(w.packets); i++ {
		ids = append(ids, w.packets[i].id)
	}
	w.exec(w.randEOA(), nil, esc.PackSettleMany(ids))
}

func (w *world) opRefundMany() {
	var ids []*big.Int
	for i := max(0, len(w.packets)-40); i < len(w.packets); i++ {
		ids = append(ids, w.packets[i].id)
	}
	w.exec(w.randEOA(), nil, esc.PackRefundMany(ids))
}

// opWithdrawOwed pays out an owed balance, found through the owed view, to an address that accepts it.
func (w *world) opWithdrawOwed() {
	for _, c := range w.curs {
		for i, a := range w.actors {
			got, err := esc.UnpackOwed(w.view(esc.PackOwed(c.addr, a.addr)))
			require.NoError(w.t, err)
			if got.Sign() == 0 || w.chance(0.3) {
				continue
			}
			to := w.env.Addr(w.randEOA())
			if a.contract {
				to = crypto.PubkeyToAddress(a.key.PublicKey)
			}
			w.exec(i, nil, esc.PackWithdrawOwed(c.addr, to))
			return
		}
	}
}

func (w *world) opOrgFund() {
	c := w.randCur()
	w.fund(w.admins[w.rng.IntN(len(w.admins))], c, new(big.Int).Mul(w.randAmount(c), big.NewInt(3)))
}

func (w *world) opOrgWithdraw() {
	c := w.randCur()
	budget, err := esc.UnpackOrgBudget(w.view(esc.PackOrgBudget(w.org, c.addr)))
	require.NoError(w.t, err)
	if budget.Sign() == 0 {
		return
	}
	amount := new(big.Int).Add(w.below(budget), big.NewInt(1))
	w.exec(w.admins[w.rng.IntN(len(w.admins))], nil, esc.PackWithdrawOrgBudget(w.org, c.addr, amount))
}

// opOrgAdmin adds or removes an admin among accounts 2 to 5 (a small pool, so that removals find admins).
func (w *world) opOrgAdmin() {
	a := 2 + w.rng.IntN(4)
	if w.chance(0.5) {
		w.exec(w.admins[0], nil, esc.PackAddOrgAdmin(w.org, w.env.Addr(a)))
		return
	}
	w.exec(w.admins[0], nil, esc.PackRemoveOrgAdmin(w.org, w.env.Addr(a)))
}

// opOrgMember sets or removes a member among accounts 3 to 6 and the rejecter.
func (w *world) opOrgMember() {
	pool := []int{3, 4, 5, 6, w.rejecter}
	m := w.actors[pool[w.rng.IntN(len(pool))]].addr
	if w.chance(0.3) {
		w.exec(w.admins[0], nil, esc.PackRemoveOrgMember(w.org, m))
		return
	}
	c := w.randCur()
	cap := new(big.Int).Mul(c.unit, big.NewInt(1+w.rng.Int64N(800)))
	w.exec(w.admins[0], nil, esc.PackSetOrgMember(w.org, m, c.addr, cap, new(big.Int).Mul(cap, big.NewInt(4))))
}

func (w *world) opTreasury() {
	to := w.actors[w.randActor()].addr
	if w.chance(0.5) {
		to = w.actors[w.rejecter].addr
	}
	w.exec(w.admins[0], nil, esc.PackRequestTreasuryChange(w.org, to))
}

// opSetLock tightens or loosens the lock of accounts 5 and 6 in ETH or mCNY (few pairs, so that later calls
// find a lock to loosen).
func (w *world) opSetLock() {
	c := w.curs[w.rng.IntN(2)]
	threshold := w.randAmount(c)
	w.exec(5+w.rng.IntN(2), nil, esc.PackSetLock(c.addr, threshold, w.rng.Uint32N(7200)))
}

func (w *world) opPolicy() {
	c := w.randCur()
	if c.fee {
		return // FEE keeps no policy
	}
	minShare := new(big.Int).Div(c.unit, big.NewInt(1+w.rng.Int64N(100)))
	tiers := []escrow.IHongbaoEscrowTier{{MaxAmount: new(big.Int).Mul(c.unit, big.NewInt(300)), Window: 60 + w.rng.Uint32N(600), Consent: w.chance(0.5)}}
	w.exec(0, nil, esc.PackSetTokenPolicy(c.addr, minShare, tiers))
}

// opBlock blocks or unblocks accounts 7 and 8 in BLK, so that BLK pushes to them fail into the owed ledger.
func (w *world) opBlock() {
	_, err := w.env.TxTo(w.env.Key(0), w.blk, nil, blkABI.PackSetBlocked(w.env.Addr(7+w.rng.IntN(2)), w.chance(0.6)))
	require.NoError(w.t, err)
}

func (w *world) opWarp() {
	d := 1 + w.rng.Int64N(120)
	switch n := w.rng.IntN(20); {
	case n < 3:
		d = 300 + w.rng.Int64N(3600)
	case n < 4:
		d = 86400 + w.rng.Int64N(86400)
	}
	require.NoError(w.t, w.env.Warp(time.Duration(d)*time.Second))
}

// below is a random value in [0, n) (n > 0).
func (w *world) below(n *big.Int) *big.Int {
	v := new(big.Int)
	for range 4 {
		v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(w.rng.Uint64()))
	}
	return v.Mod(v, n)
}
