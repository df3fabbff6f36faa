package txsend

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

// waitResult is what a Wait in a goroutine came back with.
type waitResult struct {
	r   *types.Receipt
	err error
}

func waitAsync(ctx context.Context, p *Pending) <-chan waitResult {
	done := make(chan waitResult, 1)
	go func() {
		r, err := p.Wait(ctx)
		done <- waitResult{r, err}
	}()
	return done
}

// requireWaiting checks that Wait has not returned. It cannot prove it never will; the tests call it only
// where returning would be a bug whatever the timing.
func requireWaiting(t *testing.T, done <-chan waitResult) {
	t.Helper()
	select {
	case res := <-done:
		t.Fatalf("Wait returned early: %v, %v", res.r, res.err)
	default:
	}
}

// A transaction not mined after three blocks is re-signed with the same nonce and fees at least 12.5%
// higher (here: what the market asks now, which is more); the receipt of the version that is mined is the
// answer, and every hash is kept.
func TestBumpAfterBlocks(t *testing.T) {
	f := newFake()
	ev := newEvents()
	p, err := sender(f, ev).Send(context.Background(), transfer())
	require.NoError(t, err)
	first := p.Transaction()
	require.Equal(t, Sent{Hash: first.Hash(), Nonce: 0, GasTipCap: gweis(1), GasFeeCap: gweis(61)}, next[Sent](ev))
	done := waitAsync(context.Background(), p)

	f.advance(2)
	f.mu.Lock()
	f.base = gweis(40) // fees went up
	f.mu.Unlock()
	f.advance(1)
	b := next[Bumped](ev)
	require.Equal(t, first.Hash(), b.Old)
	require.Equal(t, uint64(0), b.Nonce)
	require.Equal(t, raise(gweis(1)), b.GasTipCap, "the tip rises by 12.5%")
	require.Equal(t, new(big.Int).Add(gweis(80), raise(gweis(1))), b.GasFeeCap, "the fee cap follows the base fee")
	second := f.sends()[1]
	require.Equal(t, b.New, second.Hash())
	require.Equal(t, first.Nonce(), second.Nonce())
	require.Equal(t, first.Data(), second.Data())
	require.Equal(t, []common.Hash{first.Hash(), second.Hash()}, p.Hashes())
	requireWaiting(t, done)

	want := f.mine(second)
	res := <-done
	require.NoError(t, res.err)
	require.Equal(t, want, res.r)
	require.Equal(t, Mined{Receipt: want}, next[Mined](ev))
}

// The first version may be mined after the bump: its receipt is the answer just the same.
func TestOldVersionMinedAfterBump(t *testing.T) {
	f := newFake()
	ev := newEvents()
	p, err := sender(f, ev).Send(context.Background(), transfer())
	require.NoError(t, err)
	first := p.Transaction()
	done := waitAsync(context.Background(), p)
	f.advance(3)
	next[Bumped](ev)
	want := f.mine(first)
	res := <-done
	require.NoError(t, res.err)
	require.Equal(t, first.Hash(), res.r.TxHash)
	require.Equal(t, want, res.r)
}

// "Replacement transaction underpriced" (the pool holds a version we did not price against) bumps again,
// 12.5% over the refused one.
func TestBumpReplacementUnderpriced(t *testing.T) {
	f := newFake()
	ev := newEvents()
	p, err := sender(f, ev).Send(context.Background(), transfer())
	require.NoError(t, err)
	first := p.Transaction()
	f.answer(errReplUnd, errReplUnd) // the next two sends are the bump's
	done := waitAsync(context.Background(), p)
	f.advance(3)
	b := next[Bumped](ev)
	sends := f.sends()
	require.Len(t, sends, 4)
	tip, feeCap := first.GasTipCap(), first.GasFeeCap()
	for i, tx := range sends[1:] {
		require.Equal(t, first.Nonce(), tx.Nonce())
		tip, feeCap = raise(tip), raise(feeCap)
		if i == 0 {
			feeCap = maxBig(feeCap, new(big.Int).Add(gweis(60), tip)) // the first try also meets the market
		}
		require.Equal(t, tip, tx.GasTipCap(), "try %d", i)
		require.Equal(t, feeCap, tx.GasFeeCap(), "try %d", i)
	}
	require.Equal(t, sends[3].Hash(), b.New)
	require.Equal(t, []common.Hash{first.Hash(), sends[3].Hash()}, p.Hashes(), "refused versions are not kept")
	f.mine(sends[3])
	require.NoError(t, (<-done).err)
}

// Bumps stay within the limits; when the limits leave no room for a valid replacement, the observer hears
// why and the transaction keeps waiting as it is.
func TestBumpWithinLimits(t *testing.T) {
	f := newFake()
	ev := newEvents()
	limit := gweis(70)
	p, err := sender(f, ev, WithFeeCapLimit(limit)).Send(context.Background(), transfer())
	require.NoError(t, err)
	done := waitAsync(context.Background(), p)

	f.advance(3)
	b := next[Bumped](ev)
	require.Equal(t, raise(gweis(61)), b.GasFeeCap, "61 gwei + 12.5% = 68.625 gwei, within the limit")
	f.advance(3) // 68.625 gwei + 12.5% is above the limit
	bf := next[BumpFailed](ev)
	require.ErrorContains(t, bf.Err, "leave no room for a replacement")
	require.Equal(t, p.Hash(), bf.Hash)
	for _, tx := range f.sends() {
		require.LessOrEqual(t, tx.GasFeeCap().Cmp(limit), 0, "fee cap %s above the limit", tx.GasFeeCap())
	}
	requireWaiting(t, done)
	f.mine(p.Transaction())
	require.NoError(t, (<-done).err)
}

// WithBumpAfter(0) never bumps.
func TestNoBump(t *testing.T) {
	f := newFake()
	ev := newEvents()
	p, err := sender(f, ev, WithBumpAfter(0)).Send(context.Background(), transfer())
	require.NoError(t, err)
	done := waitAsync(context.Background(), p)
	for range 10 {
		f.step()
	}
	require.Len(t, f.sends(), 1)
	f.mine(p.Transaction())
	require.NoError(t, (<-done).err)
}

// WithConfirmations: Wait returns when the receipt is three blocks deep, and reads it again there. A
// version reorganised out of its block and mined in another is reported from the block it is in now.
func TestConfirmationsAndReorg(t *testing.T) {
	f := newFake()
	ev := newEvents()
	p, err := sender(f, ev, WithConfirmations(3)).Send(context.Background(), transfer())
	require.NoError(t, err)
	tx := p.Transaction()
	done := waitAsync(context.Background(), p)

	first := f.mine(tx) // block 101, head 101: one deep
	require.Equal(t, first, next[Mined](ev).Receipt)
	requireWaiting(t, done)

	// Two blocks later the receipt would be three deep, but a reorganisation dropped it: the node has no
	// receipt at head 103. Wait must look again rather than trust what it saw at 101.
	looked := make(chan struct{})
	var once sync.Once
	f.mu.Lock()
	delete(f.receipts, tx.Hash())
	f.minedNonce = 0
	f.head = 103
	f.onReceipt = func(common.Hash) {
		f.mu.Lock()
		h := f.head
		f.mu.Unlock()
		if h == 103 {
			once.Do(func() { close(looked) })
		}
	}
	f.mu.Unlock()
	<-looked
	requireWaiting(t, done)

	// Mined again, in block 104; Wait returns at head 106 with that receipt.
	again := f.mine(tx)
	require.Equal(t, again, next[Mined](ev).Receipt)
	requireWaiting(t, done)
	f.advance(1)
	requireWaiting(t, done) // two deep
	f.advance(1)
	res := <-done
	require.NoError(t, res.err)
	require.Equal(t, again, res.r)
	require.Equal(t, uint64(104), res.r.BlockNumber.Uint64())
}

// When ctx ends during Wait, the error carries every hash and says what to do; Wait can be called again.
func TestWaitCancelledCarriesHashes(t *testing.T) {
	f := newFake()
	ev := newEvents()
	p, err := sender(f, ev).Send(context.Background(), transfer())
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := waitAsync(ctx, p)
	f.advance(3)
	next[Bumped](ev)
	cancel()
	res := <-done
	require.Nil(t, res.r)
	var nm *NotMinedError
	require.ErrorAs(t, res.err, &nm)
	require.ErrorIs(t, res.err, context.Canceled)
	hashes := p.Hashes()
	require.Len(t, hashes, 2)
	require.Equal(t, hashes, nm.Hashes)
	require.True(t, nm.Accepted)
	require.Equal(t, testFrom, nm.From)
	require.Equal(t, fmt.Sprintf("sent as %s (re-sent with a higher fee as %s), not mined yet (context canceled); it may still be mined: "+
		"check with eth_getTransactionReceipt or a block explorer (nonce 0 of %s); do not resend blindly",
		hashes[0].Hex(), hashes[1].Hex(), testFrom.Hex()), res.err.Error())

	// Nothing is lost: a new Wait picks it up.
	f.mine(p.Transaction())
	r, err := p.Wait(context.Background())
	require.NoError(t, err)
	require.Equal(t, hashes[1], r.TxHash)
}

// Mined but not deep enough when ctx ends: the error says so, with the block.
func TestWaitCancelledWhileConfirming(t *testing.T) {
	f := newFake()
	ev := newEvents()
	p, err := sender(f, ev, WithConfirmations(5)).Send(context.Background(), transfer())
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := waitAsync(ctx, p)
	r := f.mine(p.Transaction())
	next[Mined](ev)
	cancel()
	var nm *NotMinedError
	require.ErrorAs(t, (<-done).err, &nm)
	require.Equal(t, r, nm.Mined)
	require.Contains(t, nm.Error(), fmt.Sprintf("sent as %s, mined in block 101 but not confirmed yet (context canceled)", r.TxHash.Hex()))
}

// Another transaction of the key takes the nonce (the key's nonce moves on, no version has a receipt): after a
// few blocks, to let a lagging receipt index catch up, Wait says so.
func TestReplacedByAnotherTransaction(t *testing.T) {
	f := newFake()
	p, err := sender(f, nil, WithBumpAfter(0)).Send(context.Background(), transfer())
	require.NoError(t, err)
	done := waitAsync(context.Background(), p)
	f.mu.Lock()
	f.minedNonce = 1
	f.mu.Unlock()
	for i := 0; i < replacedDepth; i++ {
		f.step()
	}
	requireWaiting(t, done) // the first head after the nonce moved, and replacedDepth-1 more
	f.advance(1)
	res := <-done
	var re *ReplacedError
	require.ErrorAs(t, res.err, &re)
	require.Equal(t, uint64(0), re.Nonce)
	require.Equal(t, p.Hashes(), re.Hashes)
	require.Equal(t, fmt.Sprintf("transaction %s was not mined: nonce 0 of %s was used by another transaction (another program sends from this key?)",
		p.Hash().Hex(), testFrom.Hex()), re.Error())
}

// A node that fails a few times in a row is asked again; one that keeps failing ends the Wait with the hash.
func TestWaitNodeFailures(t *testing.T) {
	t.Run("a few", func(t *testing.T) {
		f := newFake()
		p, err := sender(f, nil).Send(context.Background(), transfer())
		require.NoError(t, err)
		want := f.mine(p.Transaction())
		f.mu.Lock()
		f.failHeads, f.failReceipts = 2, maxPollErrors-3 // four failures in a row
		f.mu.Unlock()
		r, err := p.Wait(context.Background())
		require.NoError(t, err)
		require.Equal(t, want, r)
	})
	t.Run("too many", func(t *testing.T) {
		f := newFake()
		p, err := sender(f, nil).Send(context.Background(), transfer())
		require.NoError(t, err)
		f.mu.Lock()
		f.head++ // a block since the send: Wait looks for receipts
		f.failReceipts = maxPollErrors
		f.mu.Unlock()
		_, err = p.Wait(context.Background())
		var nm *NotMinedError
		require.ErrorAs(t, err, &nm)
		require.Equal(t, p.Hashes(), nm.Hashes)
		var re *RPCError
		require.ErrorAs(t, err, &re)
		require.ErrorContains(t, err, "connection reset by peer")
	})
}

// Concurrent sends from one key get distinct nonces, and reach the node in nonce order.
func TestConcurrentNonces(t *testing.T) {
	f := newFake()
	f.pendingNonce = 7
	s := sender(f, nil)
	const n = 40
	var wg sync.WaitGroup
	nonces := make([]uint64, n)
	for i := range n {
		wg.Go(func() {
			p, err := s.Send(context.Background(), transfer())
			require.NoError(t, err)
			nonces[i] = p.Nonce()
		})
	}
	wg.Wait()
	seen := map[uint64]bool{}
	for _, x := range nonces {
		require.False(t, seen[x], "nonce %d twice", x)
		seen[x] = true
	}
	for i, tx := range f.sends() {
		require.Equal(t, uint64(7+i), tx.Nonce(), "send %d", i)
	}
}

// An error before sending leaves the nonce alone (Build, reading the fees) and says nothing was sent.
func TestNothingSent(t *testing.T) {
	f := newFake()
	s := sender(f, nil)
	boom := errors.New("boom")
	req := transfer()
	req.Build = func(uint64) ([]byte, error) { return nil, boom }
	_, err := s.Send(context.Background(), req)
	require.ErrorIs(t, err, boom)
	require.EqualError(t, err, "build the transaction: boom")

	f.mu.Lock()
	f.failTip = boom
	f.mu.Unlock()
	_, err = s.Send(context.Background(), transfer())
	var re *RPCError
	require.ErrorAs(t, err, &re)
	require.EqualError(t, err, "the node failed to suggest a gas tip: boom")
	require.Empty(t, f.sends())

	f.mu.Lock()
	f.failTip = nil
	f.mu.Unlock()
	p, err := s.Send(context.Background(), transfer())
	require.NoError(t, err)
	require.Equal(t, uint64(0), p.Nonce(), "the nonce was not used up")

	_, err = s.Send(context.Background(), Request{To: &testTo})
	require.EqualError(t, err, "txsend: no gas limit; estimate the gas first")
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		msg    string
		out    outcome
		reason Reason
	}{
		{"already known", accepted, 0},
		{"Known transaction: 0xabc", accepted, 0},
		{"nonce too low: next nonce 5, tx nonce 4", nonceTooLow, ReasonNonceTooLow},
		{"replacement transaction underpriced", replaceUnder, ReasonUnderpriced},
		{"transaction underpriced", underpriced, ReasonUnderpriced},
		{"transaction gas price below minimum: gas tip cap 1, minimum needed 2", underpriced, ReasonUnderpriced},
		{"max fee per gas less than block base fee: address 0x.., maxFeePerGas: 1, baseFee: 7", feeBelowBase, ReasonUnderpriced},
		{"insufficient funds for gas * price + value", rejected, ReasonInsufficientFunds},
		{"intrinsic gas too low", rejected, ReasonGas},
		{"exceeds block gas limit", rejected, ReasonGas},
		{"tx fee (1.50 ether) exceeds the configured cap (1.00 ether)", rejected, ReasonGas},
		{"invalid sender", rejected, ReasonOther},
		{"connection reset by peer", ambiguous, 0},
		{"context deadline exceeded", ambiguous, 0},
		{"502 Bad Gateway", ambiguous, 0},
	} {
		t.Run(tc.msg, func(t *testing.T) {
			out, reason := classify(errors.New(tc.msg))
			require.Equal(t, tc.out, out)
			require.Equal(t, tc.reason, reason)
		})
	}
}

func TestRaise(t *testing.T) {
	for _, tc := range []struct{ in, want int64 }{
		{0, 1}, {1, 2}, {8, 9}, {9, 11}, {params.GWei, params.GWei + params.GWei/8}, {61 * params.GWei, 68_625_000_000},
	} {
		got := raise(big.NewInt(tc.in))
		require.Equal(t, big.NewInt(tc.want), got, "raise(%d)", tc.in)
		// geth's pool takes a replacement whose fields are at least 10% higher.
		require.GreaterOrEqual(t, got.Int64()*100, tc.in*110, "raise(%d)", tc.in)
	}
}
