package clauses

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
)

// actorReject is TestActor's mode that reverts on incoming ETH.
const actorReject uint8 = 1

// withdrawOwed with nothing owed is NothingOwed (per token and account); a zero destination is ZeroAddress.
func TestWithdrawOwedRejections(t *testing.T) {
	f := newFx(t)
	for _, tok := range []common.Address{eth, f.token} {
		for _, who := range []int{sender, keeper} {
			_, err := f.tx(who, nil, esc.PackWithdrawOwed(tok, f.Addr(payee)))
			e := reverted[escrow.HongbaoEscrowNothingOwed](t, err)
			require.Equal(t, tok, e.Token)
			require.Equal(t, f.Addr(who), e.Account)
		}
		_, err := f.tx(sender, nil, esc.PackWithdrawOwed(tok, common.Address{}))
		reverted[escrow.HongbaoEscrowZeroAddress](t, err)
	}
}

// A sender that rejects ETH cannot make the keeper's refund fail: the refund is credited to its pull balance
// (OwedCredited), the escrow keeps the money, and the sender later withdraws it to another address.
func TestOwedFromRejectingSender(t *testing.T) {
	f := newFx(t)
	actor := f.deploy(mocks.TestActorMetaData.Bin, actorABI.PackConstructor(f.Addr(sender)))
	amount := contracttest.Ether(2)
	p := direct(f.asset(false), amount, f.Addr(recipient))
	p.Ttl = 300

	r := f.mustTo(sender, actor, amount, actorABI.PackExecute(f.Escrow, amount, esc.PackSend(p)))
	sent := one[escrow.HongbaoEscrowPacketSent](t, r)
	require.Equal(t, actor, sent.Sender)
	id := sent.Id
	f.mustTo(sender, actor, nil, actorABI.PackSetMode(actorReject))

	f.at(f.view(id).ExpiresAt.Uint64())
	s := f.snap(eth, actor, f.Addr(keeper), f.Addr(sender), f.Escrow)
	r = f.must(keeper, nil, esc.PackRefund(id))
	ref := one[escrow.HongbaoEscrowRefunded](t, r)
	require.Equal(t, actor, ref.To)
	requireEq(t, amount, ref.Amount, "Refunded amount")
	credit := one[escrow.HongbaoEscrowOwedCredited](t, r)
	require.Equal(t, eth, credit.Token)
	require.Equal(t, actor, credit.Account)
	requireEq(t, amount, credit.Amount, "OwedCredited amount")
	f.moved(s, nil) // nothing left the escrow: it is owed now
	requireEq(t, amount, f.Owed(eth, actor), "owed after the refund")
	f.conserve()

	// ZeroAddress is checked even with money owed, and changes nothing.
	_, err := f.txTo(sender, actor, nil, actorABI.PackExecute(f.Escrow, new(big.Int), esc.PackWithdrawOwed(eth, common.Address{})))
	reverted[escrow.HongbaoEscrowZeroAddress](t, err)

	s = f.snap(eth, actor, f.Addr(sender), f.Addr(payee), f.Escrow)
	r = f.mustTo(sender, actor, nil, actorABI.PackExecute(f.Escrow, new(big.Int), esc.PackWithdrawOwed(eth, f.Addr(payee))))
	w := one[escrow.HongbaoEscrowOwedWithdrawn](t, r)
	require.Equal(t, eth, w.Token)
	require.Equal(t, actor, w.Account)
	require.Equal(t, f.Addr(payee), w.To)
	requireEq(t, amount, w.Amount, "OwedWithdrawn amount")
	f.moved(s, map[common.Address]*big.Int{f.Addr(payee): amount, f.Escrow: neg(amount)})
	require.Zero(t, f.Owed(eth, actor).Sign())

	_, err = f.txTo(sender, actor, nil, actorABI.PackExecute(f.Escrow, new(big.Int), esc.PackWithdrawOwed(eth, f.Addr(payee))))
	e := reverted[escrow.HongbaoEscrowNothingOwed](t, err)
	require.Equal(t, actor, e.Account)
}

// The same for an ERC-20 that reverts transfers to a blocklisted sender: the recipient's decline still goes
// through, the amount is owed to the sender, who withdraws it to another address.
func TestOwedFromBlockedTokenSender(t *testing.T) {
	f := newFx(t)
	blk := f.deploy(mocks.BlocklistTokenMetaData.Bin, nil)
	f.tokens = append(f.tokens, blk)
	a := asset{name: "BLK", token: blk}
	amount := big.NewInt(5_000)
	id := f.send(sender, direct(a, amount, f.Addr(recipient)))
	f.mustTo(keeper, blk, nil, mocks.NewBlocklistToken().PackSetBlocked(f.Addr(sender), true))

	s := f.snap(blk, f.Addr(sender), f.Addr(recipient), f.Escrow)
	r := f.must(recipient, nil, esc.PackDecline(id))
	requireEq(t, amount, one[escrow.HongbaoEscrowDeclined](t, r).Amount, "Declined amount")
	credit := one[escrow.HongbaoEscrowOwedCredited](t, r)
	require.Equal(t, blk, credit.Token)
	require.Equal(t, f.Addr(sender), credit.Account)
	requireEq(t, amount, credit.Amount, "OwedCredited amount")
	f.moved(s, nil)
	f.conserve()

	s = f.snap(blk, f.Addr(sender), f.Addr(payee), f.Escrow)
	r = f.must(sender, nil, esc.PackWithdrawOwed(blk, f.Addr(payee)))
	w := one[escrow.HongbaoEscrowOwedWithdrawn](t, r)
	require.Equal(t, f.Addr(payee), w.To)
	requireEq(t, amount, w.Amount, "OwedWithdrawn amount")
	f.moved(s, map[common.Address]*big.Int{f.Addr(payee): amount, f.Escrow: neg(amount)})
}
