package attacks

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

var blocklistABI = mocks.NewBlocklistToken()

func lastPacketID(t *testing.T, w *world) *big.Int {
	t.Helper()
	out, err := w.Call(w.Escrow, esc.PackLastPacketId())
	require.NoError(t, err)
	id, err := esc.UnpackLastPacketId(out)
	require.NoError(t, err)
	return id
}

// A fee-on-transfer token: the packet is credited with what actually arrived, and every claim, return and
// refund keeps the escrow's balance equal to what it still holds for packets (nothing is paid out of others').
func TestFeeOnTransferToken(t *testing.T) {
	w := newWorld(t, 10)
	token := w.deployToken(mocks.FeeOnTransferTokenMetaData.Bin)
	sent := big.NewInt(1_000_000)
	w.fund(token, w.Key(2), sent)
	ck, err := crypto.GenerateKey()
	require.NoError(t, err)

	id, r, err := w.SendPacket(w.Key(2), tokenParams(contracttest.GroupParams(contracttest.Equal, 2, sent, crypto.PubkeyToAddress(ck.PublicKey)), token))
	require.NoError(t, err)
	credited := big.NewInt(990_000) // 1% burnt on the way in
	requireBig(t, credited, oneEvent[escrow.HongbaoEscrowPacketSent](t, r).Total)
	requireBig(t, credited, w.Packet(id).Remaining)
	w.requireSolvent(token, []*big.Int{id}, nil)

	// Claim: the share comes out of the packet; the claimer bears the token's fee.
	r, err = w.ClaimWithKey(w.Key(3), ck, id)
	require.NoError(t, err)
	share := big.NewInt(495_000)
	requireBig(t, share, oneEvent[escrow.HongbaoEscrowClaimed](t, r).Amount)
	requireBig(t, big.NewInt(490_050), w.TokenBalance(token, w.Addr(3)))
	w.requireSolvent(token, []*big.Int{id}, nil)

	// Voluntary return: what arrives is forwarded to the sender, recorded as the received amount.
	back := big.NewInt(100_000)
	w.ok(w.Key(3), token, nil, contracttest.ERC20ABI.PackApprove(w.Escrow, back))
	r = w.okEscrow(w.Key(3), esc.PackReturnFunds(id, back))
	requireBig(t, big.NewInt(99_000), oneEvent[escrow.HongbaoEscrowReturned](t, r).Received)
	requireBig(t, big.NewInt(98_010), w.TokenBalance(token, w.Addr(2)))
	requireBig(t, sub(share, back), w.ClaimedAmount(id, w.Addr(3)))
	w.requireSolvent(token, []*big.Int{id}, nil)

	// Refund of the rest by a keeper.
	w.expire()
	r = w.okEscrow(w.Key(8), esc.PackRefund(id))
	requireBig(t, big.NewInt(495_000), oneEvent[escrow.HongbaoEscrowRefunded](t, r).Amount)
	noEvent[escrow.HongbaoEscrowOwedCredited](t, r)
	requireBig(t, big.NewInt(98_010+490_050), w.TokenBalance(token, w.Addr(2)))
	requireBig(t, new(big.Int), w.TokenBalance(token, w.Escrow))
}

// A USDT-style token that returns no bool: sending, claiming and a keeper's refund all work and pay in full.
func TestNoReturnToken(t *testing.T) {
	w := newWorld(t, 10)
	token := w.deployToken(mocks.NoReturnTokenMetaData.Bin)
	amount := big.NewInt(1_000_000)
	w.fund(token, w.Key(2), new(big.Int).Mul(amount, big.NewInt(2)))

	direct := w.send(w.Key(2), tokenParams(contracttest.DirectParams(w.Addr(3), amount), token))
	group := w.send(w.Key(2), tokenParams(openParams(2, amount), token))
	requireBig(t, new(big.Int).Mul(amount, big.NewInt(2)), w.TokenBalance(token, w.Escrow))

	_, err := w.Claim(w.Key(3), direct, nil)
	require.NoError(t, err)
	requireBig(t, amount, w.TokenBalance(token, w.Addr(3)))
	_, err = w.Claim(w.Key(4), group, nil)
	require.NoError(t, err)
	half := new(big.Int).Div(amount, big.NewInt(2))
	requireBig(t, half, w.TokenBalance(token, w.Addr(4)))

	w.expire()
	r := w.okEscrow(w.Key(8), esc.PackRefund(group))
	noEvent[escrow.HongbaoEscrowOwedCredited](t, r)
	requireBig(t, half, w.TokenBalance(token, w.Addr(2)))
	requireBig(t, new(big.Int), w.TokenBalance(token, w.Escrow))
}

// A token that returns false instead of reverting: a failed pull reverts the send with SafeERC20FailedOperation;
// a failed push of a keeper's refund is owed instead of being silently lost; a claimer's own claim and
// withdrawOwed revert rather than "succeeding" with nothing paid.
func TestFalseReturnToken(t *testing.T) {
	w := newWorld(t, 10)
	token := w.deployToken(mocks.FalseReturnTokenMetaData.Bin)
	frt := mocks.NewFalseReturnToken()
	amount := big.NewInt(1_000_000)

	// Sender without balance or allowance: transferFrom returns false.
	_, err := w.Tx(w.Key(3), nil, esc.PackSend(tokenParams(openParams(1, amount), token)))
	e := escrowErr[escrow.HongbaoEscrowSafeERC20FailedOperation](t, err)
	require.Equal(t, token, e.Token)
	requireBig(t, new(big.Int), lastPacketID(t, w))

	w.fund(token, w.Key(2), amount)
	ck, err := crypto.GenerateKey()
	require.NoError(t, err)
	id := w.send(w.Key(2), tokenParams(contracttest.GroupParams(contracttest.Equal, 2, amount, crypto.PubkeyToAddress(ck.PublicKey)), token))
	w.ok(w.Key(9), token, nil, frt.PackSetRefuseAll(true))

	// The claimer's own claim must revert, not close its share for nothing.
	_, err = w.ClaimWithKey(w.Key(4), ck, id)
	escrowErr[escrow.HongbaoEscrowSafeERC20FailedOperation](t, err)
	requireBig(t, amount, w.Packet(id).Remaining)

	w.expire()
	r := w.okEscrow(w.Key(8), esc.PackRefund(id))
	owed := oneEvent[escrow.HongbaoEscrowOwedCredited](t, r)
	require.Equal(t, token, owed.Token)
	require.Equal(t, w.Addr(2), owed.Account)
	requireBig(t, amount, owed.Amount)
	requireBig(t, new(big.Int), w.TokenBalance(token, w.Addr(2)))
	w.requireSolvent(token, []*big.Int{id}, []common.Address{w.Addr(2)})

	payee := w.Addr(7)
	_, err = w.Tx(w.Key(2), nil, esc.PackWithdrawOwed(token, payee))
	escrowErr[escrow.HongbaoEscrowSafeERC20FailedOperation](t, err)
	requireBig(t, amount, w.Owed(token, w.Addr(2)))

	w.ok(w.Key(9), token, nil, frt.PackSetRefuseAll(false))
	w.okEscrow(w.Key(2), esc.PackWithdrawOwed(token, payee))
	requireBig(t, amount, w.TokenBalance(token, payee))
	requireBig(t, new(big.Int), w.TokenBalance(token, w.Escrow))
}

// blockedErr decodes a revert bubbled up from the blocklist token.
func blockedErr(t *testing.T, err error) *mocks.BlocklistTokenBlocked {
	t.Helper()
	var re *simchain.RevertError
	require.True(t, errors.As(err, &re), "not a revert: %v", err)
	require.GreaterOrEqual(t, len(re.Data), 4)
	v, derr := blocklistABI.UnpackError(re.Data)
	require.NoError(t, derr)
	b, ok := v.(*mocks.BlocklistTokenBlocked)
	require.Truef(t, ok, "got %T", v)
	return b
}

// A blocklisting token: a blocked receiver of a payout someone else triggers is owed (the trigger succeeds),
// and withdraws to another address; a blocked claimer's own claim reverts with the token's error.
func TestBlocklistToken(t *testing.T) {
	const sender, recipient, relayer, guardian, keeper, payee = 2, 3, 4, 6, 8, 7
	amount := big.NewInt(1_000_000)
	cases := []struct {
		name    string
		blocked int
		// act triggers the payout; it returns what the blocked account ends up owed.
		act func(w *world, token common.Address, id *big.Int) *big.Int
	}{
		{"keeper refund to blocked sender", sender, func(w *world, _ common.Address, id *big.Int) *big.Int {
			w.expire()
			w.okEscrow(w.Key(keeper), esc.PackRefund(id))
			return amount
		}},
		{"guardian intercept to blocked sender", sender, func(w *world, _ common.Address, id *big.Int) *big.Int {
			w.okEscrow(w.Key(guardian), esc.PackIntercept(id))
			return amount
		}},
		{"relayed claim to blocked recipient", recipient, func(w *world, token common.Address, id *big.Int) *big.Int {
			fee := big.NewInt(10_000)
			deadline := new(big.Int).SetUint64(w.Now() + 600)
			s, err := w.Domain.SignClaimFor(w.Key(recipient), id, w.Addr(relayer), fee, deadline)
			require.NoError(w.t, err)
			r := w.okEscrow(w.Key(relayer), esc.PackClaimFor(id, w.Addr(recipient), fee, deadline, nil, s))
			requireBig(w.t, fee, oneEvent[escrow.HongbaoEscrowRelayFeePaid](w.t, r).Fee)
			requireBig(w.t, fee, w.TokenBalance(token, w.Addr(relayer)))
			return sub(amount, fee)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, 10)
			token := w.deployToken(mocks.BlocklistTokenMetaData.Bin)
			w.fund(token, w.Key(sender), amount)
			p := tokenParams(contracttest.DirectParams(w.Addr(recipient), amount), token)
			p.Guardian = w.Addr(guardian)
			id := w.send(w.Key(sender), p)
			blockedAddr := w.Addr(tc.blocked)
			w.ok(w.Key(9), token, nil, blocklistABI.PackSetBlocked(blockedAddr, true))

			owed := tc.act(w, token, id)
			requireBig(t, owed, w.Owed(token, blockedAddr))
			requireBig(t, new(big.Int), w.TokenBalance(token, blockedAddr))
			require.Equal(t, contracttest.StatusClosed, w.Packet(id).Status)
			w.requireSolvent(token, []*big.Int{id}, []common.Address{blockedAddr})

			// Withdrawing to itself hits the blocklist again (its own tx); to another address it works.
			_, err := w.Tx(w.Key(tc.blocked), nil, esc.PackWithdrawOwed(token, blockedAddr))
			require.Equal(t, blockedAddr, blockedErr(t, err).Account)
			r := w.okEscrow(w.Key(tc.blocked), esc.PackWithdrawOwed(token, w.Addr(payee)))
			requireBig(t, owed, oneEvent[escrow.HongbaoEscrowOwedWithdrawn](t, r).Amount)
			requireBig(t, owed, w.TokenBalance(token, w.Addr(payee)))
			requireBig(t, new(big.Int), w.TokenBalance(token, w.Escrow))
		})
	}

	t.Run("blocked claimer claiming for itself", func(t *testing.T) {
		w := newWorld(t, 10)
		token := w.deployToken(mocks.BlocklistTokenMetaData.Bin)
		w.fund(token, w.Key(sender), amount)
		id := w.send(w.Key(sender), tokenParams(contracttest.DirectParams(w.Addr(recipient), amount), token))
		w.ok(w.Key(9), token, nil, blocklistABI.PackSetBlocked(w.Addr(recipient), true))

		_, err := w.Claim(w.Key(recipient), id, nil)
		require.Equal(t, w.Addr(recipient), blockedErr(t, err).Account)
		requireBig(t, amount, w.Packet(id).Remaining)
		requireBig(t, new(big.Int), w.Owed(token, w.Addr(recipient)))
		require.Equal(t, contracttest.StatusOpen, w.Packet(id).Status)
	})
}
