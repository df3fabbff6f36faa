package clauses

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// returnFunds sends `amount` back for packet id from account `from`: ETH as msg.value, an ERC-20 after an
// approval of exactly `amount`.
func (f *fx) returnFunds(from int, a asset, id, amount *big.Int) (*types.Receipt, error) {
	value := amount
	if a.token != eth {
		f.mustTo(from, a.token, nil, erc20ABI.PackApprove(f.Escrow, amount))
		value = nil
	}
	return f.tx(from, value, esc.PackReturnFunds(id, amount))
}

// C5: a claimer returns part, then the rest, straight to the sender, after the packet closed; claimedAmount
// goes down, hasClaimed stays true, and the escrow's balance does not change.
func TestReturnFunds(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		id := f.send(sender, group(a, contracttest.Equal, 2, a.free))
		share := f.claim(claimerA, id)
		f.claim(claimerB, id)
		require.Equal(t, contracttest.StatusClosed, f.view(id).Status, "claimed out before any return")

		part := new(big.Int).Div(share, big.NewInt(3))
		for _, amount := range []*big.Int{part, sub(share, part)} {
			before := f.ClaimedAmount(id, f.Addr(claimerA))
			s := f.snap(a.token, f.Addr(sender), f.Addr(claimerA), f.Addr(claimerB), f.Escrow)
			r, err := f.returnFunds(claimerA, a, id, amount)
			require.NoError(t, err)
			ev := one[escrow.HongbaoEscrowReturned](t, r)
			requireEq(t, id, ev.Id, "Returned id")
			require.Equal(t, f.Addr(claimerA), ev.Claimer)
			require.Equal(t, f.Addr(sender), ev.To)
			requireEq(t, amount, ev.Amount, "Returned amount")
			requireEq(t, amount, ev.Received, "Returned received (no transfer fee)")
			none[escrow.HongbaoEscrowOwedCredited](t, r)
			f.moved(s, map[common.Address]*big.Int{f.Addr(sender): amount, f.Addr(claimerA): neg(amount)})
			requireEq(t, sub(before, amount), f.ClaimedAmount(id, f.Addr(claimerA)), "claimedAmount after return")
			require.True(t, f.hasClaimed(id, f.Addr(claimerA)), "still counts as claimed")
		}
		require.Zero(t, f.ClaimedAmount(id, f.Addr(claimerA)).Sign())

		// Everything is back: another unit exceeds the claim, and the claimer still cannot claim again.
		_, err := f.returnFunds(claimerA, a, id, big.NewInt(1))
		e := reverted[escrow.HongbaoEscrowReturnExceedsClaim](t, err)
		requireEq(t, id, e.Id, "ReturnExceedsClaim id")
		require.Zero(t, e.Max.Sign())
		requireEq(t, share, f.ClaimedAmount(id, f.Addr(claimerB)), "the other claimer is untouched")
	})
}

// C5 rejections: a non-claimer (NotClaimer), zero (AmountTooSmall), more than claimed (ReturnExceedsClaim with
// the maximum), and msg.value that does not match (ValueMismatch). Nothing moves.
func TestReturnFundsRejections(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		id := f.send(sender, direct(a, a.free, f.Addr(recipient)))
		share := f.claim(recipient, id)
		s := f.snap(a.token, f.Addr(sender), f.Addr(recipient), f.Addr(keeper), f.Escrow)

		for _, who := range []int{keeper, sender} {
			_, err := f.returnFunds(who, a, id, big.NewInt(1))
			e := reverted[escrow.HongbaoEscrowNotClaimer](t, err)
			requireEq(t, id, e.Id, "NotClaimer id")
			require.Equal(t, f.Addr(who), e.Account)
		}

		_, err := f.tx(recipient, nil, esc.PackReturnFunds(id, big.NewInt(0)))
		small := reverted[escrow.HongbaoEscrowAmountTooSmall](t, err)
		require.Zero(t, small.Amount.Sign())
		requireEq(t, big.NewInt(1), small.Minimum, "AmountTooSmall minimum")

		_, err = f.returnFunds(recipient, a, id, add(share, big.NewInt(1)))
		exceeds := reverted[escrow.HongbaoEscrowReturnExceedsClaim](t, err)
		requireEq(t, id, exceeds.Id, "ReturnExceedsClaim id")
		requireEq(t, share, exceeds.Max, "ReturnExceedsClaim max")

		amount := big.NewInt(1000)
		wrongValue, wantAmount := sub(amount, big.NewInt(1)), amount // ETH: value must equal the amount
		if a.token != eth {
			f.mustTo(recipient, a.token, nil, erc20ABI.PackApprove(f.Escrow, amount))
			wrongValue, wantAmount = big.NewInt(1), big.NewInt(0) // ERC-20: value must be zero
		}
		_, err = f.tx(recipient, wrongValue, esc.PackReturnFunds(id, amount))
		vm := reverted[escrow.HongbaoEscrowValueMismatch](t, err)
		requireEq(t, wrongValue, vm.Value, "ValueMismatch value")
		requireEq(t, wantAmount, vm.Amount, "ValueMismatch amount")

		f.moved(s, nil)
		requireEq(t, share, f.ClaimedAmount(id, f.Addr(recipient)), "claimedAmount untouched")
	})
}

// C5 works on a packet that was refunded after expiry, too (the claim record outlives the packet).
func TestReturnFundsAfterRefund(t *testing.T) {
	forAssets(t, func(t *testing.T, f *fx, a asset) {
		id := f.send(sender, group(a, contracttest.Lucky, 4, a.none))
		share := f.claim(claimerA, id)
		f.at(f.view(id).ExpiresAt.Uint64())
		f.must(keeper, nil, esc.PackRefund(id))

		s := f.snap(a.token, f.Addr(sender), f.Addr(claimerA), f.Escrow)
		_, err := f.returnFunds(claimerA, a, id, share)
		require.NoError(t, err)
		f.moved(s, map[common.Address]*big.Int{f.Addr(sender): share, f.Addr(claimerA): neg(share)})
		require.Zero(t, f.ClaimedAmount(id, f.Addr(claimerA)).Sign())
		require.True(t, f.hasClaimed(id, f.Addr(claimerA)))
	})
}
