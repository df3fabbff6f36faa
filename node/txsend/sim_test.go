package txsend

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/simchain"
)

// simEnv is a simulated chain that mines only when the test says so, as a real network mines on its own clock.
type simEnv struct {
	t     *testing.T
	chain *simchain.Chain
	ctx   context.Context
}

func newSim(t *testing.T) *simEnv {
	t.Helper()
	c, err := simchain.New(3, new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether)))
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return &simEnv{t: t, chain: c, ctx: context.Background()}
}

func (e *simEnv) sender(i int, opts ...Option) *Sender {
	base := []Option{WithPollInterval(2 * time.Millisecond)}
	return New(e.chain.Client, e.chain.Accounts[i].Key, e.chain.ChainID, append(base, opts...)...)
}

// mine waits until the pool has promoted tx (it does so asynchronously), then seals a block.
func (e *simEnv) mine(tx *types.Transaction) {
	simchain.AwaitPending(e.ctx, e.chain.Client, tx)
	e.chain.Backend.Commit()
}

func (e *simEnv) head() *types.Header {
	h, err := e.chain.Client.HeaderByNumber(e.ctx, nil)
	require.NoError(e.t, err)
	return h
}

func (e *simEnv) to() *common.Address { a := e.chain.Accounts[2].Addr; return &a }

func (e *simEnv) transfer() Request { return Request{To: e.to(), Value: big.NewInt(1), Gas: 21_000} }

// A transaction whose fee cap is below the base fee waits in the pool and is never mined as it is. After
// three blocks Wait re-signs it with fees the market takes; the new version is mined and its receipt is the
// answer.
func TestSimStuckTransactionBumped(t *testing.T) {
	e := newSim(t)
	base := e.head().BaseFee
	require.Greater(t, base.Int64(), int64(1e8), "base fee of the test chain")
	ev := newEvents()
	// The base fee falls 12.5% per empty block: half of it stays out of reach for the next four blocks.
	s := e.sender(0, WithGasTipCap(new(big.Int).Div(base, big.NewInt(4))), WithGasFeeCap(new(big.Int).Div(base, big.NewInt(2))),
		WithObserver(ev.observe))
	p, err := s.Send(e.ctx, e.transfer())
	require.NoError(t, err)
	first := p.Transaction()
	done := waitAsync(e.ctx, p)
	e.mine(first)
	e.chain.Backend.Commit()
	e.chain.Backend.Commit()
	b := next[Bumped](ev)
	require.Equal(t, first.Hash(), b.Old)
	// The pool took the replacement synchronously (a pending nonce's replacement is swapped in place): the
	// next block has it.
	e.chain.Backend.Commit()
	res := <-done
	require.NoError(t, res.err)
	require.Equal(t, b.New, res.r.TxHash)
	require.Equal(t, types.ReceiptStatusSuccessful, res.r.Status)
	require.Equal(t, []common.Hash{first.Hash(), b.New}, p.Hashes())
	_, err = e.chain.Client.TransactionReceipt(e.ctx, first.Hash())
	require.Error(t, err, "the first version is gone")
}

// Concurrent sends from one key get distinct nonces in order, and all are mined.
func TestSimConcurrentSends(t *testing.T) {
	e := newSim(t)
	s := e.sender(0)
	const n = 16
	pend := make([]*Pending, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			p, err := s.Send(e.ctx, e.transfer())
			require.NoError(t, err)
			pend[i] = p
		})
	}
	wg.Wait()
	nonces := map[uint64]bool{}
	var last *types.Transaction
	for _, p := range pend {
		nonces[p.Nonce()] = true
		if last == nil || p.Nonce() > last.Nonce() {
			last = p.Transaction()
		}
	}
	require.Len(t, nonces, n)
	e.mine(last)
	for _, p := range pend {
		r, err := p.Wait(e.ctx)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	got, err := e.chain.Client.NonceAt(e.ctx, s.Address(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(n), got)
}

// WithConfirmations(3): Wait returns once two blocks sit on the receipt's block.
func TestSimConfirmations(t *testing.T) {
	e := newSim(t)
	ev := newEvents()
	p, err := e.sender(0, WithConfirmations(3), WithObserver(ev.observe)).Send(e.ctx, e.transfer())
	require.NoError(t, err)
	done := waitAsync(e.ctx, p)
	e.mine(p.Transaction())
	mined := next[Mined](ev).Receipt
	requireWaiting(t, done)
	e.chain.Backend.Commit()
	requireWaiting(t, done) // two deep at most
	e.chain.Backend.Commit()
	res := <-done
	require.NoError(t, res.err)
	require.Equal(t, mined.TxHash, res.r.TxHash)
	require.Equal(t, mined.BlockHash, res.r.BlockHash)
}

// Ctrl-C while waiting: the error names the transaction, which is in the pool and is mined afterwards.
func TestSimCancelledWaitCarriesHash(t *testing.T) {
	e := newSim(t)
	p, err := e.sender(0).Send(e.ctx, e.transfer())
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(e.ctx)
	cancel()
	_, err = p.Wait(ctx)
	var nm *NotMinedError
	require.ErrorAs(t, err, &nm)
	require.ErrorIs(t, err, context.Canceled)
	require.Equal(t, []common.Hash{p.Hash()}, nm.Hashes)
	require.Contains(t, err.Error(), "sent as "+p.Hash().Hex()+", not mined yet (context canceled); it may still be mined")
	e.mine(p.Transaction())
	r, err := e.chain.Receipt(p.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
}

// Another program sends from the key (nonce 1 behind the Sender's back): the Sender's next transaction is
// refused as "nonce too low", and it resyncs and sends with nonce 2.
func TestSimNonceTooLowResync(t *testing.T) {
	e := newSim(t)
	s := e.sender(0)
	p, err := s.Send(e.ctx, e.transfer()) // nonce 0; the Sender now expects 1
	require.NoError(t, err)
	e.mine(p.Transaction())
	_, err = p.Wait(e.ctx)
	require.NoError(t, err)
	_, err = e.chain.SendUnchecked(e.chain.Accounts[0].Key, e.to(), big.NewInt(1), nil) // nonce 1, mined
	require.NoError(t, err)

	p, err = s.Send(e.ctx, e.transfer())
	require.NoError(t, err)
	require.Equal(t, uint64(2), p.Nonce())
	e.mine(p.Transaction())
	_, err = p.Wait(e.ctx)
	require.NoError(t, err)
}

// Another program's transaction holds the Sender's next nonce in the pool, with a higher fee: the pool
// answers "replacement transaction underpriced", and the Sender resyncs and sends with the nonce after it.
func TestSimReplacementUnderpriced(t *testing.T) {
	e := newSim(t)
	key := e.chain.Accounts[0].Key
	s := e.sender(0)
	p, err := s.Send(e.ctx, e.transfer()) // syncs the Sender: it expects nonce 1 next
	require.NoError(t, err)
	e.mine(p.Transaction())
	_, err = p.Wait(e.ctx)
	require.NoError(t, err)

	other := signTransfer(t, e, key, 1, big.NewInt(5*params.GWei))
	require.NoError(t, e.chain.Client.SendTransaction(e.ctx, other))
	simchain.AwaitPending(e.ctx, e.chain.Client, other)

	p, err = s.Send(e.ctx, e.transfer())
	require.NoError(t, err)
	require.Equal(t, uint64(2), p.Nonce())
	e.mine(p.Transaction())
	_, err = p.Wait(e.ctx)
	require.NoError(t, err)
	_, err = e.chain.Receipt(other.Hash())
	require.NoError(t, err, "the other program's transaction was not replaced")
}

// signTransfer signs a 1-wei transfer with the given nonce and tip.
func signTransfer(t *testing.T, e *simEnv, key *ecdsa.PrivateKey, nonce uint64, tip *big.Int) *types.Transaction {
	t.Helper()
	feeCap := new(big.Int).Add(new(big.Int).Mul(e.head().BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: e.chain.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: e.to(), Value: big.NewInt(1),
	}), types.LatestSignerForChainID(e.chain.ChainID), key)
	require.NoError(t, err)
	return tx
}

// twice sends every transaction to the node two times and answers with the second answer: the pool's
// "already known", as after a resend whose first answer was lost.
type twice struct{ Backend }

func (b twice) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := b.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	return b.Backend.SendTransaction(ctx, tx)
}

func TestSimAlreadyKnown(t *testing.T) {
	e := newSim(t)
	ev := newEvents()
	s := New(twice{e.chain.Client}, e.chain.Accounts[0].Key, e.chain.ChainID, WithPollInterval(2*time.Millisecond), WithObserver(ev.observe))
	p, err := s.Send(e.ctx, e.transfer())
	require.NoError(t, err)
	require.Equal(t, p.Hash(), next[Sent](ev).Hash)
	e.mine(p.Transaction())
	r, err := p.Wait(e.ctx)
	require.NoError(t, err)
	require.Equal(t, p.Hash(), r.TxHash)
}

// A key without the ETH to pay for gas: refused, with a sentence.
func TestSimInsufficientFunds(t *testing.T) {
	e := newSim(t)
	poor, err := crypto.GenerateKey()
	require.NoError(t, err)
	s := New(e.chain.Client, poor, e.chain.ChainID)
	_, err = s.Send(e.ctx, e.transfer())
	var re *RejectedError
	require.ErrorAs(t, err, &re)
	require.Equal(t, ReasonInsufficientFunds, re.Reason)
	require.Contains(t, err.Error(), crypto.PubkeyToAddress(poor.PublicKey).Hex()+" cannot pay for the transaction (value plus gas at the fee cap): insufficient funds")
}
