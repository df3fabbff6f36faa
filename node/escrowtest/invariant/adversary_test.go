package invariant

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
)

// ---------------------------------------------------------------- EIP-7702: the smart EOA

// setupDelegate deploys PlainDelegate and delegates the smart EOA to it with a SetCode transaction that another
// account (eoa0) sends and pays for: the authorization is the smart EOA's, signed with its key for its current nonce.
func (w *world) setupDelegate() {
	w.plainDelegate = w.deployMock("PlainDelegate", mocks.PlainDelegateMetaData.Bin, nil)
	smart := w.actors[w.smartEOA]
	nonce, err := w.env.Client.PendingNonceAt(context.Background(), smart.addr)
	require.NoError(w.t, err)
	auth := w.authorize(smart.key, w.plainDelegate, nonce)
	r, err := w.sendTx(w.env.Key(0), &smart.addr, nil, nil, txOpts{gas: 200_000, auths: []types.SetCodeAuthorization{auth}})
	require.NoError(w.t, err, "delegate the smart EOA")
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "delegate the smart EOA")
	w.delegated = true
	w.checkDelegation()
	w.adv.delegations++
}

// authorize signs an EIP-7702 authorization of key's account to run the code at target (zero: no code).
func (w *world) authorize(key *ecdsa.PrivateKey, target common.Address, nonce uint64) types.SetCodeAuthorization {
	auth, err := types.SignSetCode(key, types.SetCodeAuthorization{
		ChainID: *uint256.MustFromBig(w.env.ChainID), Address: target, Nonce: nonce,
	})
	require.NoError(w.t, err)
	return auth
}

// checkDelegation compares the smart EOA's code with what the run set: 0xef0100 || PlainDelegate, or none.
func (w *world) checkDelegation() {
	code, err := w.env.Client.CodeAt(context.Background(), w.actors[w.smartEOA].addr, nil)
	require.NoError(w.t, err)
	if !w.delegated {
		require.Empty(w.t, code, "%s: the smart EOA still has code", w.where())
		return
	}
	target, ok := types.ParseDelegation(code)
	require.True(w.t, ok, "%s: the smart EOA's code 0x%x is no delegation", w.where(), code)
	require.Equal(w.t, w.plainDelegate, target, "%s: the smart EOA delegates elsewhere", w.where())
}

// opDelegate has the smart EOA send its own SetCode transaction (self-sponsored: the authorization's nonce is the
// transaction's plus one): mostly it delegates again, at times it drops its code and becomes a plain EOA, and a
// plain one delegates again. Claims by it and for it must work either way.
func (w *world) opDelegate() {
	smart := w.actors[w.smartEOA]
	nonce, err := w.env.Client.PendingNonceAt(context.Background(), smart.addr)
	require.NoError(w.t, err)
	on := !w.delegated || !w.chance(0.35)
	target := w.plainDelegate
	if !on {
		target = common.Address{}
	}
	auth := w.authorize(smart.key, target, nonce+1)
	r, err := w.sendTx(smart.key, &smart.addr, nil, nil, txOpts{gas: 200_000, auths: []types.SetCodeAuthorization{auth}})
	require.NoError(w.t, err, "%s: SetCode", w.where())
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "%s: SetCode", w.where())
	w.delegated = on
	w.checkDelegation()
	w.adv.delegations++
	w.statsOf().ok++
}

// ---------------------------------------------------------------- the blocklisting token

// opBlocklist blocks or unblocks an account in BLK (half the time one that is blocked gets unblocked, so that a
// few are blocked at any time): mostly someone a live BLK packet would pay back (its sender) or pay (a Direct
// recipient), now and then the escrow itself, which freezes every BLK transfer in and out of it.
func (w *world) opBlocklist() {
	var payees []common.Address
	for _, p := range w.ghost.live() {
		if p.token == w.tokens[w.blk].addr {
			payees = append(payees, p.sender)
			if p.kind == contracttest.Direct {
				payees = append(payees, p.recipient)
			}
		}
	}
	var target common.Address
	switch blocked := w.blockedList(); {
	case len(blocked) > 0 && w.chance(0.5):
		target = blocked[w.rng.IntN(len(blocked))]
	case w.chance(0.08):
		target = w.env.Escrow
	case len(payees) > 0 && w.chance(0.6):
		target = payees[w.rng.IntN(len(payees))]
	default:
		target = w.actors[w.randActor()].addr
	}
	w.setBlocked(target, !w.blocked[target])
	w.adv.blockToggles++
	w.statsOf().ok++
}

// blockedList is the blocked accounts in a fixed order (so that a replay picks the same).
func (w *world) blockedList() []common.Address {
	var out []common.Address
	for a := range w.blocked {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

func (w *world) setBlocked(a common.Address, on bool) {
	w.tx(w.env.Key(0), w.tokens[w.blk].addr, blockABI.PackSetBlocked(a, on), "setBlocked(%s, %v)", a, on)
	if on {
		w.blocked[a] = true
	} else {
		delete(w.blocked, a)
	}
}

// ---------------------------------------------------------------- the re-entering receiver

// opRearm gives the re-enterer another call to try when ETH or HOOK reach it (its receive function runs for ETH
// and for HOOK's hooks): a claim, a refund, a batch refund, a withdrawal of what it is owed, a cool-off withdraw,
// a return, a send. Each one moves money if it gets through; the escrow's guard must stop every one of them.
func (w *world) opRearm() {
	re := w.actors[w.reenterer]
	e := contracttest.EscrowABI
	live := w.ghost.live()
	anyID := func() *big.Int {
		if len(live) == 0 {
			return w.idOf(nil)
		}
		return w.idOf(live[w.rng.IntN(len(live))])
	}
	var data []byte
	switch w.rng.IntN(7) {
	case 0:
		var p *ghostPacket
		if len(live) > 0 {
			p = live[w.rng.IntN(len(live))]
		}
		data = e.PackClaim(w.idOf(p), w.claimAuth(p, re.addr))
	case 1:
		data = e.PackRefund(anyID())
	case 2:
		var ids []*big.Int
		for _, p := range live[:min(len(live), 10)] {
			ids = append(ids, w.idOf(p))
		}
		data = e.PackRefundMany(ids)
	case 3:
		data = e.PackWithdrawOwed(w.tokens[w.rng.IntN(len(w.tokens))].addr, re.addr)
	case 4:
		data = e.PackWithdrawCoolOff(anyID())
	case 5:
		data = e.PackReturnFunds(anyID(), big.NewInt(1))
	default:
		data = e.PackSend(w.planSend(w.reenterer).p)
	}
	w.tx(re.key, re.addr, contracttest.Actor.PackSetReenter(w.env.Escrow, data), "rearm the re-enterer")
	w.statsOf().ok++
}

// checkReentry reads what the re-enterer's last attempt did (reads from the invariant check): whenever ETH reached
// its receive function or a HOOK hook ran on it in this step, it tried its call into the escrow, and that call
// must have failed with the guard's ReentrancyGuardReentrantCall.
func (w *world) checkReentry(received *big.Int, reentered bool, reenterError []byte) {
	fired := w.rc.hooked > 0 || (w.received != nil && received.Cmp(w.received) != 0)
	w.received = received
	if !fired {
		return
	}
	require.False(w.t, reentered, "%s: the re-enterer got into the escrow", w.where())
	require.Equal(w.t, common.Bytes2Hex(guardError), common.Bytes2Hex(reenterError), "%s: the re-entry failed, but not on the guard", w.where())
	w.adv.guardTrips++
}

// ---------------------------------------------------------------- tickets

// randTickets draws n ticket keys and their tree; one packet in ten gets two tickets more than it has shares
// (those can never be used: the escrow only marks tickets 0..shares-1 unused).
func (w *world) randTickets(n int) ([]*ecdsa.PrivateKey, *merkle.TicketTree) {
	if w.chance(0.1) {
		n += 2
	}
	keys := make([]*ecdsa.PrivateKey, n)
	addrs := make([]common.Address, n)
	for i := range keys {
		keys[i] = newKey(w)
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	tree, err := merkle.NewTickets(addrs)
	require.NoError(w.t, err)
	return keys, tree
}

// ticketAuth is the auth of a ticket claim of p by claimer: mostly an unused ticket, at times a used one, a
// signature for another claimer or a proof of another ticket. w.presented is the index when the signature and
// proof are right.
func (w *world) ticketAuth(p *ghostPacket, claimer common.Address) []byte {
	var unused, used []int
	for i := range p.tickets {
		if p.ticketUsed[uint64(i)] {
			used = append(used, i)
		} else {
			unused = append(unused, i)
		}
	}
	n := w.rng.IntN(20)
	idx := 0
	switch {
	case len(used) > 0 && (n == 17 || len(unused) == 0):
		idx = used[w.rng.IntN(len(used))]
	case len(unused) > 0:
		idx = unused[w.rng.IntN(len(unused))]
	}
	signFor, proofOf := claimer, idx
	switch n {
	case 18:
		signFor = w.actors[w.randActor()].addr
	case 19:
		proofOf = w.rng.IntN(len(p.tickets))
	}
	if signFor == claimer && proofOf == idx {
		w.presented = idx
	}
	return w.encodeTicket(p, idx, proofOf, signFor)
}

// encodeTicket is abi.encode(uint256 index, bytes32 r, bytes32 vs, bytes32[] proof) with ticket idx's compact
// signature of Claim(id, signFor) and the proof of ticket proofOf, encoded with go-ethereum's ABI packer (not the
// client's hand-made encoding, so that the two are checked against each other by the escrow).
func (w *world) encodeTicket(p *ghostPacket, idx, proofOf int, signFor common.Address) []byte {
	digest, err := w.env.Domain.ClaimDigest(p.bigID(), signFor)
	require.NoError(w.t, err)
	r, vs, err := sig.SignCompact(p.tickets[idx], digest)
	require.NoError(w.t, err)
	proof, ok := p.ticketTree.Proof(proofOf)
	require.True(w.t, ok)
	hashes := make([][32]byte, len(proof))
	for i, h := range proof {
		hashes[i] = h
	}
	out, err := ticketArgs.Pack(big.NewInt(int64(idx)), [32]byte(r), [32]byte(vs), hashes)
	require.NoError(w.t, err)
	return out
}

var ticketArgs = func() abi.Arguments {
	mk := func(t string) abi.Type {
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			panic(err)
		}
		return typ
	}
	return abi.Arguments{{Type: mk("uint256")}, {Type: mk("bytes32")}, {Type: mk("bytes32")}, {Type: mk("bytes32[]")}}
}()

// opTicketReuse presents a ticket that already paid its share, with a right signature and proof, for a claimer
// who has not claimed (itself or through a relayer): it must fail with TicketAlreadyUsed. One ticket, one share.
func (w *world) opTicketReuse() {
	now := w.now()
	var c []*ghostPacket
	for _, p := range w.ghost.live() {
		if p.auth == authTickets && p.kind != contracttest.Direct && len(p.ticketUsed) > 0 && p.releaseAt <= now && now < p.expiresAt && w.hasClaimer(p) {
			c = append(c, p)
		}
	}
	if len(c) == 0 {
		w.skipped = true
		return
	}
	p := c[w.rng.IntN(len(c))]
	var used []int
	for i := range p.tickets {
		if p.ticketUsed[uint64(i)] {
			used = append(used, i)
		}
	}
	idx := used[w.rng.IntN(len(used))]
	var claimer int
	for {
		claimer = w.randActor()
		if _, done := p.claimedBy[w.actors[claimer].addr]; !done {
			break
		}
	}
	auth := w.encodeTicket(p, idx, idx, w.actors[claimer].addr)
	id := w.idOf(p)
	var r *types.Receipt
	if w.chance(0.3) {
		relayer := w.randEOAExcept(w.actors[claimer].addr)
		deadline := new(big.Int).SetUint64(now + 3600)
		signature := w.claimForSig(claimer, id, w.actors[relayer].addr, new(big.Int), deadline)
		r = w.exec(relayer, nil, contracttest.EscrowABI.PackClaimFor(id, w.actors[claimer].addr, new(big.Int), deadline, auth, signature))
	} else {
		r = w.exec(claimer, nil, contracttest.EscrowABI.PackClaim(id, auth))
	}
	require.Nil(w.t, r, "%s: packet %d: ticket %d paid a second share", w.where(), p.id, idx)
	require.Equal(w.t, "TicketAlreadyUsed", w.lastRevert, "%s: packet %d: reused ticket %d", w.where(), p.id, idx)
	w.adv.ticketReuses++
}
