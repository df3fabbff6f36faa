package attacks

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// owedSetup leaves the actor owed `amount` ETH: it sends a Direct packet while rejecting ETH and a keeper refunds
// it after expiry. Returns the id of that packet.
func (w *world) owedSetup(a actor, amount *big.Int) *big.Int {
	w.t.Helper()
	w.ok(a.owner, a.addr, nil, actorABI.PackSetMode(modeReject))
	id := w.actorSend(a, contracttest.DirectParams(w.Addr(9), amount))
	w.expire()
	r := w.okEscrow(w.Key(8), esc.PackRefund(id))
	ev := oneEvent[escrow.HongbaoEscrowOwedCredited](w.t, r)
	require.Equal(w.t, a.addr, ev.Account)
	requireBig(w.t, amount, w.Owed(ethToken, a.addr))
	return id
}

// A contract claimer re-enters the escrow from its receive() while its claim pays it. Every re-entry must hit
// the reentrancy guard; the claim itself completes with exact balances, and nothing else moves.
func TestReentrantClaimer(t *testing.T) {
	cases := []struct {
		name string
		// data builds the re-entry calldata from the packet being claimed, the second packet and signatures.
		data func(w *world, id, other *big.Int, sigID, sigOther []byte, self common.Address) []byte
	}{
		{"claim same packet again", func(_ *world, id, _ *big.Int, sig, _ []byte, _ common.Address) []byte {
			return esc.PackClaim(id, sig)
		}},
		{"claim another packet", func(_ *world, _, other *big.Int, _, sig []byte, _ common.Address) []byte {
			return esc.PackClaim(other, sig)
		}},
		{"refund the packet", func(_ *world, id, _ *big.Int, _, _ []byte, _ common.Address) []byte {
			return esc.PackRefund(id)
		}},
		{"refundMany", func(_ *world, id, other *big.Int, _, _ []byte, _ common.Address) []byte {
			return esc.PackRefundMany([]*big.Int{id, other})
		}},
		{"withdraw owed", func(_ *world, _, _ *big.Int, _, _ []byte, self common.Address) []byte {
			return esc.PackWithdrawOwed(ethToken, self)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, 10)
			a := w.newActor(w.Key(1), modeAccept)
			owed := contracttest.Ether(1)
			oldID := w.owedSetup(a, owed)

			ck, err := crypto.GenerateKey()
			require.NoError(t, err)
			ckAddr := crypto.PubkeyToAddress(ck.PublicKey)
			id := w.send(w.Key(2), contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(4), ckAddr))
			other := w.send(w.Key(3), contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(6), ckAddr))
			sigID, sigOther := w.ClaimSig(ck, id, a.addr), w.ClaimSig(ck, other, a.addr)
			w.reenter(a, tc.data(w, id, other, sigID, sigOther, a.addr))

			before := w.Balance(a.addr)
			r := w.execOK(a, w.Escrow, nil, esc.PackClaim(id, sigID))

			w.requireGuardTripped(a)
			c := oneEvent[escrow.HongbaoEscrowClaimed](t, r)
			require.Equal(t, a.addr, c.Claimer)
			requireBig(t, contracttest.Ether(2), c.Amount)
			require.Len(t, eventsOf[escrow.HongbaoEscrowClaimed](r), 1, "a second claim slipped in")
			noEvent[escrow.HongbaoEscrowRefunded](t, r)
			noEvent[escrow.HongbaoEscrowOwedWithdrawn](t, r)
			requireBig(t, add(before, contracttest.Ether(2)), w.Balance(a.addr))
			requireBig(t, contracttest.Ether(2), w.actorReceived(a))
			requireBig(t, contracttest.Ether(2), w.Packet(id).Remaining)
			requireBig(t, contracttest.Ether(6), w.Packet(other).Remaining)
			requireBig(t, owed, w.Owed(ethToken, a.addr))
			w.requireSolvent(ethToken, []*big.Int{oldID, id, other}, []common.Address{a.addr})

			// The refused re-entry burnt nothing: the actor can still claim the other packet normally.
			w.ok(a.owner, a.addr, nil, actorABI.PackSetMode(modeAccept))
			w.execOK(a, w.Escrow, nil, esc.PackClaim(other, sigOther))
			requireBig(t, contracttest.Ether(3), w.Packet(other).Remaining)
		})
	}
}

// A contract relayer is paid its fee with all gas; it re-enters claimFor with the same signed request and
// must be stopped by the guard (the request is then spent once, the claimer paid once).
func TestReentrantRelayer(t *testing.T) {
	w := newWorld(t, 10)
	relayer := w.newActor(w.Key(1), modeAccept)
	claimer := w.Addr(2)
	amount := contracttest.Ether(1)
	id := w.send(w.Key(3), contracttest.DirectParams(claimer, amount))
	fee := big.NewInt(1e15)
	deadline := new(big.Int).SetUint64(w.Now() + 3600)
	sig, err := w.Domain.SignClaimFor(w.Key(2), id, relayer.addr, fee, deadline)
	require.NoError(t, err)
	call := esc.PackClaimFor(id, claimer, fee, deadline, nil, sig)
	w.reenter(relayer, call)

	claimerBefore, relayerBefore := w.Balance(claimer), w.Balance(relayer.addr)
	r := w.execOK(relayer, w.Escrow, nil, call)

	w.requireGuardTripped(relayer)
	require.Len(t, eventsOf[escrow.HongbaoEscrowClaimed](r), 1)
	requireBig(t, fee, oneEvent[escrow.HongbaoEscrowRelayFeePaid](t, r).Fee)
	requireBig(t, add(relayerBefore, fee), w.Balance(relayer.addr))
	requireBig(t, add(claimerBefore, sub(amount, fee)), w.Balance(claimer))
	requireBig(t, new(big.Int), w.Balance(w.Escrow))
}

// The sender itself triggers a payout to itself (cool-off withdrawal C2, undo C3): it gets all gas and tries to
// re-enter. The guard refuses; the sender receives the packet exactly once.
func TestReentrantSenderSelfPayout(t *testing.T) {
	actions := []struct {
		name  string
		setup func(w *world, a actor) *big.Int
		call  func(id *big.Int) []byte
	}{
		{
			name: "withdrawCoolOff",
			setup: func(w *world, a actor) *big.Int {
				p := contracttest.DirectParams(w.Addr(5), contracttest.Ether(3))
				p.Delay = 3600
				return w.actorSend(a, p)
			},
			call: esc.PackWithdrawCoolOff,
		},
		{
			name: "undo",
			setup: func(w *world, a actor) *big.Int {
				w.setUndoPolicy(600)
				return w.actorSend(a, contracttest.GroupParams(contracttest.Lucky, 3, contracttest.Ether(3), w.Addr(6)))
			},
			call: esc.PackUndo,
		},
	}
	reentries := []struct {
		name string
		data func(id, other *big.Int) []byte
	}{
		{"same clause again", nil},
		{"refund", func(id, _ *big.Int) []byte { return esc.PackRefund(id) }},
		{"claim another packet", func(_, other *big.Int) []byte { return esc.PackClaim(other, nil) }},
	}
	for _, act := range actions {
		for _, re := range reentries {
			t.Run(act.name+"/"+re.name, func(t *testing.T) {
				w := newWorld(t, 10)
				a := w.newActor(w.Key(1), modeAccept)
				other := w.send(w.Key(2), openParams(2, contracttest.Ether(2)))
				id := act.setup(w, a)
				data := act.call(id)
				if re.data != nil {
					data = re.data(id, other)
				}
				w.reenter(a, data)

				before := w.Balance(a.addr)
				r := w.execOK(a, w.Escrow, nil, act.call(id))

				w.requireGuardTripped(a)
				requireBig(t, add(before, contracttest.Ether(3)), w.Balance(a.addr))
				requireBig(t, contracttest.Ether(3), w.actorReceived(a))
				require.Equal(t, contracttest.StatusClosed, w.Packet(id).Status)
				requireBig(t, contracttest.Ether(2), w.Packet(other).Remaining)
				noEvent[escrow.HongbaoEscrowClaimed](t, r)
				noEvent[escrow.HongbaoEscrowOwedCredited](t, r)
				w.requireSolvent(ethToken, []*big.Int{id, other}, []common.Address{a.addr})
			})
		}
	}
}

// openParams is an open Equal packet of ETH (anyone may claim).
func openParams(shares uint16, amount *big.Int) escrow.IHongbaoEscrowSendParams {
	p := contracttest.GroupParams(contracttest.Equal, shares, amount, common.Address{})
	p.Auth = contracttest.Open
	return p
}

// setUndoPolicy gives ETH one undo tier (up to 1,000 ETH, `window` seconds, no consent), set by the owner.
func (w *world) setUndoPolicy(window uint32) {
	w.t.Helper()
	tiers := []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(1000), Window: window}}
	w.okEscrow(w.Key(0), esc.PackSetTokenPolicy(ethToken, big.NewInt(1), tiers))
}

// A contract sender re-enters the escrow when a payout that someone else triggers reaches it (keeper refund,
// guardian intercept, recipient decline or undo approval, a claimer's voluntary return). Such payouts are pushed
// with a 50,000 gas cap. A fresh actor cannot pay for its re-entry attempt (it writes new storage) within the
// cap, so the push fails and the amount is owed; a warm actor can, so it is paid and the guard refuses the
// re-entry. Either way the third party's transaction succeeds and the sender gets its money exactly once.
func TestReentrantSenderThirdPartyPayout(t *testing.T) {
	const recipient, guardian, keeper = 5, 6, 8
	amount := contracttest.Ether(3)
	payouts := []struct {
		name string
		// trigger prepares the payout and returns the call that someone other than the sender makes.
		trigger func(w *world, a actor, id *big.Int) thirdPartyCall
	}{
		{"keeper refund", func(w *world, _ actor, id *big.Int) thirdPartyCall {
			w.expire()
			return thirdPartyCall{from: keeper, data: esc.PackRefund(id), paid: amount}
		}},
		{"guardian intercept", func(_ *world, _ actor, id *big.Int) thirdPartyCall {
			return thirdPartyCall{from: guardian, data: esc.PackIntercept(id), paid: amount}
		}},
		{"recipient decline", func(_ *world, _ actor, id *big.Int) thirdPartyCall {
			return thirdPartyCall{from: recipient, data: esc.PackDecline(id), paid: amount}
		}},
		{"recipient approves undo", func(w *world, a actor, id *big.Int) thirdPartyCall {
			// The request pays nothing, so the armed re-entry does not fire here.
			w.execOK(a, w.Escrow, nil, esc.PackUndo(id))
			return thirdPartyCall{from: recipient, data: esc.PackApproveUndo(id), paid: amount}
		}},
		{"claimer returns part", func(w *world, _ actor, id *big.Int) thirdPartyCall {
			_, err := w.Claim(w.Key(recipient), id, nil)
			require.NoError(w.t, err)
			one := contracttest.Ether(1)
			return thirdPartyCall{from: recipient, data: esc.PackReturnFunds(id, one), value: one, paid: one}
		}},
	}
	for _, warm := range []bool{false, true} {
		for _, pc := range payouts {
			name := "fresh actor/" + pc.name
			if warm {
				name = "warm actor/" + pc.name
			}
			t.Run(name, func(t *testing.T) {
				w := newWorld(t, 10)
				tiers := []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(1000), Window: 600, Consent: true}}
				w.okEscrow(w.Key(0), esc.PackSetTokenPolicy(ethToken, big.NewInt(1), tiers))
				a := w.newActor(w.Key(1), modeAccept)
				p := contracttest.DirectParams(w.Addr(recipient), amount)
				p.Guardian = w.Addr(guardian)
				id := w.actorSend(a, p)
				w.reenter(a, esc.PackRefund(id))
				if warm {
					// A plain transfer makes the actor write its records once (the escrow call is not nested
					// then, so it fails with NotExpired instead of the guard).
					w.ok(w.Key(2), a.addr, big.NewInt(1), nil)
					_, data := w.reentry(a)
					escrowErrData[escrow.HongbaoEscrowNotExpired](t, data)
				}

				call := pc.trigger(w, a, id)
				paid := call.paid
				before, recvBefore := w.Balance(a.addr), w.actorReceived(a)
				r := w.ok(w.Key(call.from), w.Escrow, call.value, call.data)
				t.Logf("payout gas used: %d", r.GasUsed)
				require.Equal(t, contracttest.StatusClosed, w.Packet(id).Status, "packet must not stay live")

				if !warm {
					// The push failed inside its gas cap: the whole amount is owed, nothing arrived.
					ev := oneEvent[escrow.HongbaoEscrowOwedCredited](t, r)
					require.Equal(t, a.addr, ev.Account)
					require.Equal(t, ethToken, ev.Token)
					requireBig(t, paid, ev.Amount)
					requireBig(t, paid, w.Owed(ethToken, a.addr))
					requireBig(t, before, w.Balance(a.addr))
					w.requireSolvent(ethToken, []*big.Int{id}, []common.Address{a.addr})
					w.withdrawOwedReentrant(a, paid)
					return
				}
				noEvent[escrow.HongbaoEscrowOwedCredited](t, r)
				w.requireGuardTripped(a)
				requireBig(t, add(before, paid), w.Balance(a.addr))
				requireBig(t, add(recvBefore, paid), w.actorReceived(a))
				requireBig(t, new(big.Int), w.Owed(ethToken, a.addr))
				w.requireSolvent(ethToken, []*big.Int{id}, []common.Address{a.addr})
			})
		}
	}
}

// thirdPartyCall is a call by account `from` that pays `paid` to a packet's sender.
type thirdPartyCall struct {
	from  int
	data  []byte
	value *big.Int
	paid  *big.Int
}

// withdrawOwedReentrant has the actor withdraw what it is owed to itself while re-entering withdrawOwed: it is
// paid once, the re-entry hits the guard, and the ledger ends at zero.
func (w *world) withdrawOwedReentrant(a actor, owed *big.Int) {
	w.t.Helper()
	call := esc.PackWithdrawOwed(ethToken, a.addr)
	w.reenter(a, call)
	before := w.Balance(a.addr)
	r := w.execOK(a, w.Escrow, nil, call)
	w.requireGuardTripped(a)
	ev := oneEvent[escrow.HongbaoEscrowOwedWithdrawn](w.t, r)
	require.Equal(w.t, a.addr, ev.Account)
	require.Equal(w.t, a.addr, ev.To)
	requireBig(w.t, owed, ev.Amount)
	requireBig(w.t, add(before, owed), w.Balance(a.addr))
	requireBig(w.t, new(big.Int), w.Owed(ethToken, a.addr))
	requireBig(w.t, new(big.Int), w.Balance(w.Escrow))
}
