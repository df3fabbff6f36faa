package attacks

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

var plainDelegate = mocks.NewPlainDelegate()

// delegate7702 makes the EOA of `authority` delegate its code to `target` (EIP-7702): a SetCode transaction
// that `sponsor` sends and pays, carrying the authority's signed authorization. Afterwards the EOA has code
// (0xef0100 || target) and still signs with its own key.
func (w *world) delegate7702(authority, sponsor *ecdsa.PrivateKey, target common.Address) {
	w.t.Helper()
	ctx := context.Background()
	addr := crypto.PubkeyToAddress(authority.PublicKey)
	authNonce, err := w.Client.PendingNonceAt(ctx, addr)
	require.NoError(w.t, err)
	auth, err := types.SignSetCode(authority, types.SetCodeAuthorization{
		ChainID: *uint256.MustFromBig(w.ChainID), Address: target, Nonce: authNonce})
	require.NoError(w.t, err)
	nonce, err := w.Client.PendingNonceAt(ctx, crypto.PubkeyToAddress(sponsor.PublicKey))
	require.NoError(w.t, err)
	head, err := w.Client.HeaderByNumber(ctx, nil)
	require.NoError(w.t, err)
	tip := big.NewInt(params.GWei)
	tx := types.NewTx(&types.SetCodeTx{
		ChainID: uint256.MustFromBig(w.ChainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(tip),
		GasFeeCap: uint256.MustFromBig(add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)),
		Gas:       200_000, To: addr, Value: new(uint256.Int), AuthList: []types.SetCodeAuthorization{auth},
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(w.ChainID), sponsor)
	require.NoError(w.t, err)
	require.NoError(w.t, w.Client.SendTransaction(ctx, signed))
	simchain.AwaitPending(ctx, w.Client, signed)
	w.Backend.Commit()
	r, err := w.Receipt(signed.Hash())
	require.NoError(w.t, err)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "SetCode transaction")
	code, err := w.Client.CodeAt(ctx, addr, nil)
	require.NoError(w.t, err)
	require.Equal(w.t, types.AddressToDelegation(target), code, "the EOA delegates to %s", target)
}

// An EOA delegated with EIP-7702 to account code that has no isValidSignature (PlainDelegate) has code, but
// still signs with its key: a relayed claim with its ECDSA signature succeeds (Direct, and a claim-key group
// packet), and so does a direct claim, whose all-gas payout runs the delegate's receive(). A ClaimFor
// signature by any other key is refused: ERC-1271 is asked only after ECDSA fails, and the delegate has no
// answer.
func TestEIP7702DelegatedClaimer(t *testing.T) {
	const claimer, relayer, sponsor, sender, thief = 5, 4, 6, 2, 7
	w := newWorld(t, 10)
	dlg := w.deployToken(mocks.PlainDelegateMetaData.Bin)
	w.delegate7702(w.Key(claimer), w.Key(sponsor), dlg)
	who := w.Addr(claimer)
	ck, ckAddr := newKey(t)

	amount, fee := contracttest.Ether(2), big.NewInt(1e15)
	relayed := w.send(w.Key(sender), contracttest.DirectParams(who, amount))
	direct := w.send(w.Key(sender), contracttest.DirectParams(who, amount))
	group := w.send(w.Key(sender), contracttest.GroupParams(contracttest.Equal, 2, amount, ckAddr))
	deadline := new(big.Int).SetUint64(w.Now() + 3600)

	// A stranger's signature for the delegated account: ECDSA does not recover it, and the delegate has no
	// ERC-1271 answer.
	forged, err := w.Domain.SignClaimFor(w.Key(thief), relayed, w.Addr(relayer), fee, deadline)
	require.NoError(t, err)
	_, err = w.Tx(w.Key(relayer), nil, esc.PackClaimFor(relayed, who, fee, deadline, nil, forged))
	require.Equal(t, who, escrowErr[escrow.HongbaoEscrowInvalidClaimerSignature](t, err).Claimer)

	// Relayed (gasless) claim of the Direct packet, signed by the account's own key.
	s, err := w.Domain.SignClaimFor(w.Key(claimer), relayed, w.Addr(relayer), fee, deadline)
	require.NoError(t, err)
	before, relayerBefore := w.Balance(who), w.Balance(w.Addr(relayer))
	r := w.okEscrow(w.Key(relayer), esc.PackClaimFor(relayed, who, fee, deadline, nil, s))
	c := oneEvent[escrow.HongbaoEscrowClaimed](t, r)
	require.Equal(t, who, c.Claimer)
	requireBig(t, amount, c.Amount)
	requireBig(t, fee, oneEvent[escrow.HongbaoEscrowRelayFeePaid](t, r).Fee)
	noEvent[escrow.HongbaoEscrowOwedCredited](t, r)
	requireBig(t, add(before, sub(amount, fee)), w.Balance(who), "the claimer's part reached the delegated account")
	requireBig(t, sub(add(relayerBefore, fee), gasCost(r)), w.Balance(w.Addr(relayer)))

	// Relayed claim of the claim-key group packet: the claim key's signature and the account's own.
	s, err = w.Domain.SignClaimFor(w.Key(claimer), group, w.Addr(relayer), fee, deadline)
	require.NoError(t, err)
	before = w.Balance(who)
	r = w.okEscrow(w.Key(relayer), esc.PackClaimFor(group, who, fee, deadline, w.ClaimSig(ck, group, who), s))
	share := oneEvent[escrow.HongbaoEscrowClaimed](t, r).Amount
	requireBig(t, contracttest.Ether(1), share)
	requireBig(t, add(before, sub(share, fee)), w.Balance(who))

	// Direct claim from the delegated account itself: the escrow pays msg.sender with all gas, into the
	// delegate's receive().
	before = w.Balance(who)
	r, err = w.Claim(w.Key(claimer), direct, nil)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	requireBig(t, amount, oneEvent[escrow.HongbaoEscrowClaimed](t, r).Amount)
	requireBig(t, sub(add(before, amount), gasCost(r)), w.Balance(who))

	out, err := w.Call(who, plainDelegate.PackReceived())
	require.NoError(t, err)
	got, err := plainDelegate.UnpackReceived(out)
	require.NoError(t, err)
	requireBig(t, add(sub(amount, fee), sub(share, fee), amount), got, "every payout ran the delegate's receive()")
	for _, id := range []*big.Int{relayed, direct} {
		require.Equal(t, contracttest.StatusClosed, w.Packet(id).Status)
	}
	requireBig(t, contracttest.Ether(1), w.Balance(w.Escrow), "the group packet's second share")
}

// A smart-contract wallet without a key of its own (TestActor, which answers ERC-1271 for its owner's
// signatures) still claims through a relayer: ECDSA does not recover the wallet's address, the wallet has
// code, and its isValidSignature approves. A signature by anyone else is refused.
func TestERC1271WalletClaimsViaRelayer(t *testing.T) {
	const relayer, sender, thief = 4, 2, 7
	w := newWorld(t, 10)
	a := w.newActor(w.Key(1), modeAccept)
	amount, fee := contracttest.Ether(2), big.NewInt(1e15)
	id := w.send(w.Key(sender), contracttest.DirectParams(a.addr, amount))
	deadline := new(big.Int).SetUint64(w.Now() + 3600)

	d, err := w.Domain.ClaimForDigest(id, a.addr, w.Addr(relayer), fee, deadline)
	require.NoError(t, err)
	forged, err := crypto.Sign(d.Bytes(), w.Key(thief))
	require.NoError(t, err)
	forged[64] += 27
	_, err = w.Tx(w.Key(relayer), nil, esc.PackClaimFor(id, a.addr, fee, deadline, nil, forged))
	require.Equal(t, a.addr, escrowErr[escrow.HongbaoEscrowInvalidClaimerSignature](t, err).Claimer)

	s := w.claimForSig1271(a, id, w.Addr(relayer), fee, deadline)
	r := w.okEscrow(w.Key(relayer), esc.PackClaimFor(id, a.addr, fee, deadline, nil, s))
	c := oneEvent[escrow.HongbaoEscrowClaimed](t, r)
	require.Equal(t, a.addr, c.Claimer)
	requireBig(t, amount, c.Amount)
	noEvent[escrow.HongbaoEscrowOwedCredited](t, r)
	requireBig(t, sub(amount, fee), w.Balance(a.addr))
	requireBig(t, sub(amount, fee), w.actorReceived(a))
	requireBig(t, new(big.Int), w.Balance(w.Escrow))
}
