package txsend

import (
	"context"
	"errors"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// fake is a scripted node: the test sets the head, the fees and the nonces, scripts the answers to
// SendTransaction, and decides which transactions have receipts. Every method is safe for concurrent use.
type fake struct {
	mu           sync.Mutex
	head         uint64
	base, tip    *big.Int
	pendingNonce uint64
	minedNonce   uint64
	sendAnswers  []error // answers to the next SendTransaction calls, in order; nil (or none left): accepted
	sent         []*types.Transaction
	receipts     map[common.Hash]*types.Receipt
	failHeads    int // the next BlockNumber calls that fail
	failReceipts int // the next TransactionReceipt calls that fail
	failTip      error
	onReceipt    func(hash common.Hash)             // called (without the lock) on every receipt lookup
	onHead       func(head uint64)                  // called (without the lock) on every head read it answers
	afterSend    func(n int, tx *types.Transaction) // called (without the lock) after the n-th send (from 1)
	nonceAskedAt uint64                             // head at the last NonceAt (from 1; 0: never)
	nonceAsked   *sync.Cond                         // signalled on every NonceAt
}

var errTimeout = errors.New("Post \"http://node.test:8545\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")

func newFake() *fake {
	f := &fake{head: 100, base: big.NewInt(30 * params.GWei), tip: big.NewInt(params.GWei / 2), receipts: map[common.Hash]*types.Receipt{}}
	f.nonceAsked = sync.NewCond(&f.mu)
	return f
}

// step moves the head one block on and waits until Wait has checked the new head: it asks for the receipts,
// and then, finding none, for the key's nonce.
func (f *fake) step() {
	f.mu.Lock()
	f.head++
	f.mu.Unlock()
	f.checked()
}

// checked waits until Wait has found no receipt at the current head and asked for the nonce.
func (f *fake) checked() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for f.nonceAskedAt < f.head+1 {
		f.nonceAsked.Wait()
	}
}

func (f *fake) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.pendingNonce, nil
}

func (f *fake) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nonceAskedAt = f.head + 1
	f.nonceAsked.Broadcast()
	return f.minedNonce, nil
}

func (f *fake) SuggestGasTipCap(context.Context) (*big.Int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failTip != nil {
		return nil, f.failTip
	}
	return new(big.Int).Set(f.tip), nil
}

func (f *fake) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return &types.Header{Number: new(big.Int).SetUint64(f.head), BaseFee: new(big.Int).Set(f.base)}, nil
}

func (f *fake) BlockNumber(ctx context.Context) (uint64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	f.mu.Lock()
	if f.failHeads > 0 {
		f.failHeads--
		f.mu.Unlock()
		return 0, errors.New("502 bad gateway")
	}
	head, hook := f.head, f.onHead
	f.mu.Unlock()
	if hook != nil {
		hook(head)
	}
	return head, nil
}

func (f *fake) SendTransaction(_ context.Context, tx *types.Transaction) error {
	f.mu.Lock()
	f.sent = append(f.sent, tx)
	n := len(f.sent)
	var err error
	if len(f.sendAnswers) > 0 {
		err, f.sendAnswers = f.sendAnswers[0], f.sendAnswers[1:]
	}
	if err == nil {
		f.pendingNonce = max(f.pendingNonce, tx.Nonce()+1)
	}
	hook := f.afterSend
	f.mu.Unlock()
	if hook != nil {
		hook(n, tx)
	}
	return err
}

func (f *fake) TransactionReceipt(_ context.Context, h common.Hash) (*types.Receipt, error) {
	f.mu.Lock()
	hook := f.onReceipt
	var r *types.Receipt
	var err error
	if f.failReceipts > 0 {
		f.failReceipts--
		err = errors.New("connection reset by peer")
	} else if r = f.receipts[h]; r == nil {
		err = ethereum.NotFound
	}
	f.mu.Unlock()
	if hook != nil {
		hook(h)
	}
	return r, err
}

// answer scripts the answers to the next sends.
func (f *fake) answer(errs ...error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sendAnswers = append(f.sendAnswers, errs...)
}

// mine gives tx a receipt in the next block and moves the head there.
func (f *fake) mine(tx *types.Transaction) *types.Receipt {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.head++
	r := &types.Receipt{TxHash: tx.Hash(), Status: types.ReceiptStatusSuccessful, BlockNumber: new(big.Int).SetUint64(f.head),
		BlockHash: common.BigToHash(new(big.Int).SetUint64(f.head)), GasUsed: 21_000}
	f.receipts[tx.Hash()] = r
	f.minedNonce = max(f.minedNonce, tx.Nonce()+1)
	return r
}

func (f *fake) setPending(n uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pendingNonce = n
}

// advance moves the head n empty blocks on.
func (f *fake) advance(n uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.head += n
}

func (f *fake) sends() []*types.Transaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*types.Transaction(nil), f.sent...)
}

// events collects what a Sender reports, and lets a test wait for an event of a kind.
type events struct {
	mu  sync.Mutex
	all []Event
	ch  chan Event
}

func newEvents() *events { return &events{ch: make(chan Event, 1024)} }

func (e *events) observe(ev Event) {
	e.mu.Lock()
	e.all = append(e.all, ev)
	e.mu.Unlock()
	e.ch <- ev
}

// next waits for the next event of type T, skipping others.
func next[T Event](e *events) T {
	for ev := range e.ch {
		if v, ok := ev.(T); ok {
			return v
		}
	}
	panic("events channel closed")
}
