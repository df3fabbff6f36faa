package client

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/txsend"
)

// txEvents collects what the client's sender reports.
type txEvents chan txsend.Event

func (ch txEvents) observe(ev txsend.Event) { ch <- ev }

// nextTx waits for the next event of type T, skipping others.
func nextTx[T txsend.Event](ch txEvents) T {
	for ev := range ch {
		if v, ok := ev.(T); ok {
			return v
		}
	}
	panic("closed")
}

// clientWith is a client of account i over b (default: the auto-mining backend) with txsend options.
func (e *testEnv) clientWith(i int, b Backend, opts ...txsend.Option) *Client {
	e.t.Helper()
	if b == nil {
		b = e.backend
	}
	c, err := New(e.ctx, b, e.Escrow, e.Key(i), WithPollInterval(5*time.Millisecond), WithTxOptions(opts...))
	require.NoError(e.t, err)
	return c
}

// awaitNonce waits until the pool shows a transaction of addr with nonce n as pending (it promotes new
// transactions asynchronously).
func (e *testEnv) awaitNonce(addr common.Address, n uint64) {
	e.t.Helper()
	for {
		got, err := e.Client.PendingNonceAt(e.ctx, addr)
		require.NoError(e.t, err)
		if got > n {
			return
		}
	}
}

// The observer hears of the transaction a write sends and of its receipt.
func TestTxObserver(t *testing.T) {
	e := newEnv(t)
	ev := make(txEvents, 16)
	res, err := e.clientWith(1, nil, txsend.WithObserver(ev.observe)).Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	sent := nextTx[txsend.Sent](ev)
	require.Equal(t, res.TxHash, sent.Hash)
	require.Equal(t, uint64(0), sent.Nonce)
	require.Equal(t, res.TxHash, nextTx[txsend.Mined](ev).Receipt.TxHash)
}

// A fee limit below what the network needs: nothing is sent, and the error says both figures.
func TestTxFeeLimit(t *testing.T) {
	e := newEnv(t)
	head, err := e.Client.HeaderByNumber(e.ctx, nil)
	require.NoError(t, err)
	c := e.clientWith(1, nil, txsend.WithFeeCapLimit(big.NewInt(1000)))
	_, err = c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	requireErr(t, err, CodeFeeTooHigh, fmt.Sprintf("the network needs a max fee per gas of at least %s gwei (base fee %s gwei plus a tip of 1 gwei), "+
		"above the limit of 0.000001 gwei; raise the limit or wait for lower fees",
		gweiText(new(big.Int).Add(head.BaseFee, big.NewInt(1e9))), gweiText(head.BaseFee)))
	require.Zero(t, e.lastID().Int64(), "nothing was sent")
}

func gweiText(wei *big.Int) string {
	s := strings.TrimRight(new(big.Rat).SetFrac(wei, big.NewInt(1e9)).FloatString(9), "0")
	return strings.TrimSuffix(s, ".")
}

// A write whose fee cap is below the base fee is not mined; after three blocks the sender re-signs it with
// fees the market takes, the new version is mined, and the write returns its result. Ctrl-C before that
// names both versions.
func TestTxBumpedThroughClient(t *testing.T) {
	e := newEnv(t)
	// stuck prices a transaction below the base fee for the next four blocks (it falls 12.5% per empty block).
	stuck := func() []txsend.Option {
		head, err := e.Client.HeaderByNumber(e.ctx, nil)
		require.NoError(t, err)
		return []txsend.Option{
			txsend.WithGasTipCap(new(big.Int).Div(head.BaseFee, big.NewInt(4))),
			txsend.WithGasFeeCap(new(big.Int).Div(head.BaseFee, big.NewInt(2))),
		}
	}

	t.Run("mined after the bump", func(t *testing.T) {
		ev := make(txEvents, 16)
		c := e.clientWith(1, &faultyBackend{autoCommit: e.backend, noMining: true}, append(stuck(), txsend.WithObserver(ev.observe))...)
		type result struct {
			res *SendResult
			err error
		}
		done := make(chan result, 1)
		go func() {
			res, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
			done <- result{res, err}
		}()
		sent := nextTx[txsend.Sent](ev)
		e.awaitNonce(e.Addr(1), sent.Nonce)
		for range 3 {
			e.Backend.Commit() // empty: the fee cap is below the base fee
		}
		b := nextTx[txsend.Bumped](ev)
		require.Equal(t, sent.Hash, b.Old)
		e.Backend.Commit()
		r := <-done
		require.NoError(t, r.err)
		require.Equal(t, b.New, r.res.TxHash)
		require.Equal(t, eth(1), r.res.Total)
	})

	t.Run("interrupted", func(t *testing.T) {
		ev := make(txEvents, 16)
		c := e.clientWith(3, &faultyBackend{autoCommit: e.backend, noMining: true}, append(stuck(), txsend.WithObserver(ev.observe))...)
		ctx, cancel := context.WithCancel(e.ctx)
		done := make(chan error, 1)
		go func() {
			_, err := c.Send(ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
			done <- err
		}()
		sent := nextTx[txsend.Sent](ev)
		e.awaitNonce(e.Addr(3), sent.Nonce)
		for range 3 {
			e.Backend.Commit()
		}
		b := nextTx[txsend.Bumped](ev)
		cancel()
		err := <-done
		requireErr(t, err, CodeRPC, fmt.Sprintf("transaction %s (re-sent with a higher fee as %s) was sent but is not mined yet (context canceled); "+
			"check it later, do not resend blindly", b.Old.Hex(), b.New.Hex()))
		var nm *txsend.NotMinedError
		require.ErrorAs(t, err, &nm)
		require.Equal(t, []common.Hash{b.Old, b.New}, nm.Hashes)
		require.ErrorIs(t, err, context.Canceled)
	})
}

// WithConfirmations: a write returns once its block has the asked number of blocks on top.
func TestTxConfirmations(t *testing.T) {
	e := newEnv(t)
	ev := make(txEvents, 16)
	c := e.clientWith(1, nil, txsend.WithConfirmations(2), txsend.WithObserver(ev.observe))
	done := make(chan error, 1)
	go func() {
		_, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
		done <- err
	}()
	mined := nextTx[txsend.Mined](ev).Receipt
	select {
	case err := <-done:
		t.Fatalf("returned with the receipt one block deep: %v", err)
	default:
	}
	e.Backend.Commit()
	require.NoError(t, <-done)
	head, err := e.Client.BlockNumber(e.ctx)
	require.NoError(t, err)
	require.Equal(t, mined.BlockNumber.Uint64()+1, head)
}
