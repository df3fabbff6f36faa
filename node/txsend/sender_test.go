package txsend

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

var (
	testKey, _ = crypto.ToECDSA(crypto.Keccak256([]byte("txsend test key")))
	testFrom   = crypto.PubkeyToAddress(testKey.PublicKey)
	testTo     = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	testChain  = big.NewInt(1337)
)

func gweis(n int64) *big.Int { return big.NewInt(n * params.GWei) }

// sender is a Sender over b with fast polls and resends, reporting to ev (if not nil).
func sender(b Backend, ev *events, opts ...Option) *Sender {
	base := []Option{WithPollInterval(time.Millisecond), WithResend(3, func(int) time.Duration { return time.Millisecond })}
	if ev != nil {
		base = append(base, WithObserver(ev.observe))
	}
	return New(b, testKey, testChain, append(base, opts...)...)
}

func transfer() Request { return Request{To: &testTo, Value: big.NewInt(1), Gas: 21_000} }

// The first version's fees: the suggested tip raised to the 1 gwei floor, or cut to the limit, and a fee
// cap of twice the base fee (30 gwei here) plus the tip, cut to the limit; overrides replace the suggestions.
func TestFees(t *testing.T) {
	for _, tc := range []struct {
		name        string
		suggested   int64 // hundredths of a gwei
		opts        []Option
		tip, feeCap *big.Int
		wantErr     string
	}{
		{name: "floor", suggested: 50, tip: gweis(1), feeCap: gweis(61)},
		{name: "suggested above the floor", suggested: 300, tip: gweis(3), feeCap: gweis(63)},
		{name: "custom floor", suggested: 50, opts: []Option{WithMinTip(gweis(2))}, tip: gweis(2), feeCap: gweis(62)},
		{name: "tip limit", suggested: 900, opts: []Option{WithTipCapLimit(gweis(4))}, tip: gweis(4), feeCap: gweis(64)},
		{name: "fee cap limit cuts", suggested: 50, opts: []Option{WithFeeCapLimit(gweis(40))}, tip: gweis(1), feeCap: gweis(40)},
		{name: "overrides", suggested: 50, opts: []Option{WithGasTipCap(gweis(7)), WithGasFeeCap(gweis(90))}, tip: gweis(7), feeCap: gweis(90)},
		{name: "fee cap limit below the need", suggested: 50, opts: []Option{WithFeeCapLimit(gweis(25))},
			wantErr: "the network needs a max fee per gas of at least 31 gwei (base fee 30 gwei plus a tip of 1 gwei), " +
				"above the limit of 25 gwei; raise the limit or wait for lower fees"},
		{name: "tip override above its limit", suggested: 50, opts: []Option{WithGasTipCap(gweis(5)), WithTipCapLimit(gweis(4))},
			wantErr: "txsend: the tip 5 gwei is above the tip limit 4 gwei"},
		{name: "fee cap override below the tip", suggested: 50, opts: []Option{WithGasFeeCap(big.NewInt(params.GWei / 2))},
			wantErr: "txsend: the fee cap 0.5 gwei is below the tip 1 gwei"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake()
			f.tip = big.NewInt(tc.suggested * params.GWei / 100)
			p, err := sender(f, nil, tc.opts...).Send(context.Background(), transfer())
			if tc.wantErr != "" {
				require.EqualError(t, err, tc.wantErr)
				require.Empty(t, f.sends(), "nothing is sent")
				return
			}
			require.NoError(t, err)
			tx := p.Transaction()
			require.Equal(t, tc.tip, tx.GasTipCap())
			require.Equal(t, tc.feeCap, tx.GasFeeCap())
			require.Equal(t, types.DynamicFeeTxType, int(tx.Type()))
		})
	}
}

func TestFeeCapErrorFields(t *testing.T) {
	f := newFake()
	_, err := sender(f, nil, WithFeeCapLimit(gweis(25))).Send(context.Background(), transfer())
	var fe *FeeCapError
	require.ErrorAs(t, err, &fe)
	require.Equal(t, gweis(31), fe.Need)
	require.Equal(t, gweis(25), fe.Limit)
	require.Equal(t, gweis(30), fe.BaseFee)
	require.Equal(t, gweis(1), fe.Tip)
}

var (
	errKnown    = errors.New("already known")
	errLow      = errors.New("nonce too low: next nonce 5, tx nonce 4")
	errReplUnd  = errors.New("replacement transaction underpriced")
	errFunds    = errors.New("insufficient funds for gas * price + value: balance 0, tx cost 61000")
	errMinTip   = errors.New("transaction gas price below minimum: gas tip cap 1000000000, minimum needed 2500000000")
	errUnderpr  = errors.New("transaction underpriced")
	errIntrinsc = errors.New("intrinsic gas too low: gas 21000, minimum needed 21600")
)

// The node's answers to a new transaction (pending nonce 4), one case each.
func TestSendAnswers(t *testing.T) {
	for _, tc := range []struct {
		name       string
		answers    []error                              // to the successive SendTransaction calls
		afterFirst func(f *fake, tx *types.Transaction) // what the node does after the first answer
		wantSends  int                                  // SendTransaction calls
		wantSame   bool                                 // every call carried the very same signed transaction
		wantBuilt  []uint64                             // the nonces Build was called with
		wantErr    string                               // a substring of the error; "" for success
		check      func(t *testing.T, sends []*types.Transaction, err error)
	}{
		{name: "accepted", answers: []error{nil}, wantSends: 1, wantBuilt: []uint64{4}},
		{name: "already known", answers: []error{errKnown}, wantSends: 1, wantBuilt: []uint64{4}},
		{name: "lost answers: the same transaction again", answers: []error{errTimeout, errTimeout, nil},
			wantSends: 3, wantSame: true, wantBuilt: []uint64{4}},
		{name: "lost answer, then already known", answers: []error{errTimeout, errKnown},
			wantSends: 2, wantSame: true, wantBuilt: []uint64{4}},
		{name: "lost answer, then nonce too low with a receipt", answers: []error{errTimeout, errLow},
			afterFirst: func(f *fake, tx *types.Transaction) { f.mine(tx) },
			wantSends:  2, wantSame: true, wantBuilt: []uint64{4}},
		{name: "lost answer, then nonce too low without a receipt yet: pending, Wait decides", answers: []error{errTimeout, errLow},
			wantSends: 2, wantSame: true, wantBuilt: []uint64{4}},
		{name: "nonce too low on a new transaction: resynced, built and signed again", answers: []error{errLow, nil},
			afterFirst: func(f *fake, _ *types.Transaction) { f.setPending(9) },
			wantSends:  2, wantBuilt: []uint64{4, 9}},
		{name: "replacement underpriced on a new transaction: resynced, built and signed again", answers: []error{errReplUnd, nil},
			afterFirst: func(f *fake, _ *types.Transaction) { f.setPending(5) },
			wantSends:  2, wantBuilt: []uint64{4, 5}},
		{name: "nonce too low twice", answers: []error{errLow, errLow}, wantSends: 2, wantBuilt: []uint64{4, 4},
			wantErr: "nonce 4 of " + testFrom.Hex() + " was used by another transaction (another program sends from this key?): nonce too low",
			check: func(t *testing.T, _ []*types.Transaction, err error) {
				var re *RejectedError
				require.ErrorAs(t, err, &re)
				require.Equal(t, ReasonNonceTooLow, re.Reason)
			}},
		{name: "insufficient funds", answers: []error{errFunds}, wantSends: 1, wantBuilt: []uint64{4},
			wantErr: testFrom.Hex() + " cannot pay for the transaction (value plus gas at the fee cap): " + errFunds.Error() + "; fund the account",
			check: func(t *testing.T, _ []*types.Transaction, err error) {
				var re *RejectedError
				require.ErrorAs(t, err, &re)
				require.Equal(t, ReasonInsufficientFunds, re.Reason)
				require.ErrorIs(t, err, errFunds)
			}},
		{name: "intrinsic gas", answers: []error{errIntrinsc}, wantSends: 1, wantBuilt: []uint64{4},
			wantErr: "the node refused the gas limit of the transaction: intrinsic gas too low"},
		{name: "tip below the node's minimum, which it names: signed again with it", answers: []error{errMinTip, nil},
			wantSends: 2, wantBuilt: []uint64{4, 4},
			check: func(t *testing.T, sends []*types.Transaction, _ error) {
				require.Equal(t, big.NewInt(2_500_000_000), sends[1].GasTipCap())
				require.Equal(t, new(big.Int).Add(gweis(60), big.NewInt(2_500_000_000)), sends[1].GasFeeCap())
			}},
		{name: "tip below the node's minimum, unnamed", answers: []error{errUnderpr}, wantSends: 1, wantBuilt: []uint64{4},
			wantErr: "the node refused the fee of the transaction: transaction underpriced; raise the tip"},
		{name: "every answer lost", answers: []error{errTimeout, errTimeout, errTimeout}, wantSends: 3, wantSame: true,
			wantBuilt: []uint64{4}, wantErr: "maybe sent as 0x",
			check: func(t *testing.T, sends []*types.Transaction, err error) {
				var nm *NotMinedError
				require.ErrorAs(t, err, &nm)
				require.False(t, nm.Accepted)
				require.Equal(t, []common.Hash{sends[0].Hash()}, nm.Hashes)
				require.Equal(t, uint64(4), nm.Nonce)
				require.Contains(t, err.Error(), "do not resend blindly")
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake()
			f.pendingNonce = 4
			f.answer(tc.answers...)
			f.afterSend = func(n int, tx *types.Transaction) {
				if n == 1 && tc.afterFirst != nil {
					tc.afterFirst(f, tx)
				}
			}
			var built []uint64
			req := transfer()
			req.Build = func(n uint64) ([]byte, error) {
				built = append(built, n)
				return []byte{byte(n)}, nil
			}
			p, err := sender(f, nil).Send(context.Background(), req)
			sends := f.sends()
			require.Len(t, sends, tc.wantSends)
			require.Equal(t, tc.wantBuilt, built)
			if tc.wantSame {
				for _, tx := range sends {
					require.Equal(t, sends[0].Hash(), tx.Hash())
				}
			}
			if tc.check != nil {
				tc.check(t, sends, err)
			}
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				require.Nil(t, p)
				return
			}
			require.NoError(t, err)
			last := sends[len(sends)-1]
			require.Equal(t, last.Nonce(), p.Nonce())
			require.Equal(t, last.Hash(), p.Hash())
			require.Equal(t, []byte{byte(last.Nonce())}, p.Data())
		})
	}
}
