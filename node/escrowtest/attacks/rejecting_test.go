package attacks

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/sig"
	"github.com/hongbao/hongbao/node/simchain"
)

// A claimer that rejects ETH can only fail its own claim: the claim reverts with NativeTransferFailed and the
// packet is untouched, so the claimer can still take it once it accepts ETH.
func TestRejectingClaimerRevertsOwnClaim(t *testing.T) {
	ck, err := crypto.GenerateKey()
	require.NoError(t, err)
	cases := []struct {
		name   string
		params func(w *world, a actor) escrow.IHongbaoEscrowSendParams
		auth   func(w *world, a actor, id *big.Int) []byte
		share  *big.Int
	}{
		{"direct", func(_ *world, a actor) escrow.IHongbaoEscrowSendParams {
			return contracttest.DirectParams(a.addr, contracttest.Ether(2))
		}, func(*world, actor, *big.Int) []byte { return nil }, contracttest.Ether(2)},
		{"equal with claim key", func(*world, actor) escrow.IHongbaoEscrowSendParams {
			return contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(2), crypto.PubkeyToAddress(ck.PublicKey))
		}, func(w *world, a actor, id *big.Int) []byte { return w.ClaimSig(ck, id, a.addr) }, contracttest.Ether(1)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, 10)
			a := w.newActor(w.Key(1), modeReject)
			id := w.send(w.Key(2), tc.params(w, a))
			call := esc.PackClaim(id, tc.auth(w, a, id))

			_, err := w.exec(a, w.Escrow, nil, call)
			e := escrowErr[escrow.HongbaoEscrowNativeTransferFailed](t, err)
			require.Equal(t, a.addr, e.To)
			requireBig(t, tc.share, e.Amount)
			requireBig(t, contracttest.Ether(2), w.Packet(id).Remaining)
			requireBig(t, new(big.Int), w.ClaimedAmount(id, a.addr))
			requireBig(t, new(big.Int), w.Owed(ethToken, a.addr))

			w.ok(a.owner, a.addr, nil, actorABI.PackSetMode(modeAccept))
			w.execOK(a, w.Escrow, nil, call)
			requireBig(t, tc.share, w.Balance(a.addr))
		})
	}
}

// claimForSig1271 is a ClaimFor signature for a contract claimer, made by its owner (the actor answers
// ERC-1271 for its owner's signatures).
func (w *world) claimForSig1271(a actor, id *big.Int, relayer common.Address, fee, deadline *big.Int) []byte {
	w.t.Helper()
	h, err := w.Domain.ClaimForDigest(id, a.addr, relayer, fee, deadline)
	require.NoError(w.t, err)
	s, err := sig.Sign(a.owner, h)
	require.NoError(w.t, err)
	return s
}

// A Direct recipient that rejects ETH cannot make its relayer's transaction fail: the relayer is paid its fee,
// the claimer's part is owed, and the recipient later withdraws it to an EOA.
func TestRejectingRecipientViaRelayer(t *testing.T) {
	w := newWorld(t, 10)
	a := w.newActor(w.Key(1), modeReject)
	relayer, payee := w.Key(4), w.Addr(7)
	amount, fee := contracttest.Ether(2), contracttest.Ether(1)
	fee.Div(fee, big.NewInt(100))
	id := w.send(w.Key(2), contracttest.DirectParams(a.addr, amount))
	deadline := new(big.Int).SetUint64(w.Now() + 600)
	s := w.claimForSig1271(a, id, w.Addr(4), fee, deadline)

	relayerBefore := w.Balance(w.Addr(4))
	r := w.okEscrow(relayer, esc.PackClaimFor(id, a.addr, fee, deadline, nil, s))

	c := oneEvent[escrow.HongbaoEscrowClaimed](t, r)
	require.Equal(t, a.addr, c.Claimer)
	requireBig(t, amount, c.Amount)
	requireBig(t, fee, oneEvent[escrow.HongbaoEscrowRelayFeePaid](t, r).Fee)
	owed := oneEvent[escrow.HongbaoEscrowOwedCredited](t, r)
	require.Equal(t, a.addr, owed.Account)
	requireBig(t, sub(amount, fee), owed.Amount)
	requireBig(t, sub(add(relayerBefore, fee), simchain.GasCost(r)), w.Balance(w.Addr(4)))
	requireBig(t, new(big.Int), w.Balance(a.addr))
	requireBig(t, sub(amount, fee), w.Owed(ethToken, a.addr))
	w.requireSolvent(ethToken, []*big.Int{id}, []common.Address{a.addr})

	payeeBefore := w.Balance(payee)
	r = w.execOK(a, w.Escrow, nil, esc.PackWithdrawOwed(ethToken, payee))
	wd := oneEvent[escrow.HongbaoEscrowOwedWithdrawn](t, r)
	require.Equal(t, a.addr, wd.Account)
	require.Equal(t, payee, wd.To)
	requireBig(t, add(payeeBefore, sub(amount, fee)), w.Balance(payee))
	requireBig(t, new(big.Int), w.Owed(ethToken, a.addr))
	requireBig(t, new(big.Int), w.Balance(w.Escrow))
}

// A sender that rejects ETH cannot block a keeper's refund: the refund succeeds, the amount is owed, and only
// the sender can withdraw it (to an EOA of its choice), once.
func TestRejectingSenderKeeperRefund(t *testing.T) {
	w := newWorld(t, 10)
	a := w.newActor(w.Key(1), modeReject)
	id := w.actorSend(a, openParams(2, contracttest.Ether(4)))
	_, err := w.Claim(w.Key(3), id, nil)
	require.NoError(t, err)
	w.expire()

	rest := contracttest.Ether(2)
	r := w.okEscrow(w.Key(8), esc.PackRefund(id))
	ref := oneEvent[escrow.HongbaoEscrowRefunded](t, r)
	require.Equal(t, a.addr, ref.To)
	requireBig(t, rest, ref.Amount)
	owed := oneEvent[escrow.HongbaoEscrowOwedCredited](t, r)
	require.Equal(t, a.addr, owed.Account)
	requireBig(t, rest, owed.Amount)
	require.Equal(t, contracttest.StatusClosed, w.Packet(id).Status)
	w.requireSolvent(ethToken, []*big.Int{id}, []common.Address{a.addr})

	// A bystander cannot take it; the actor cannot send it to the zero address.
	_, err = w.Tx(w.Key(8), nil, esc.PackWithdrawOwed(ethToken, w.Addr(8)))
	escrowErr[escrow.HongbaoEscrowNothingOwed](t, err)
	_, err = w.exec(a, w.Escrow, nil, esc.PackWithdrawOwed(ethToken, common.Address{}))
	escrowErr[escrow.HongbaoEscrowZeroAddress](t, err)

	payee := w.Addr(7)
	before := w.Balance(payee)
	w.execOK(a, w.Escrow, nil, esc.PackWithdrawOwed(ethToken, payee))
	requireBig(t, add(before, rest), w.Balance(payee))
	requireBig(t, new(big.Int), w.Balance(w.Escrow))

	_, err = w.exec(a, w.Escrow, nil, esc.PackWithdrawOwed(ethToken, payee))
	e := escrowErr[escrow.HongbaoEscrowNothingOwed](t, err)
	require.Equal(t, a.addr, e.Account)
}
