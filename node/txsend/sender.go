package txsend

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// Backend is what a Sender needs from a node. *ethclient.Client and simulated.Client satisfy it.
type Backend interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BlockNumber(ctx context.Context) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Defaults of the options.
const (
	DefaultPollInterval = time.Second // a real network mines every few seconds at best
	DefaultBumpAfter    = 3           // blocks without inclusion before a fee bump
	DefaultResends      = 3           // tries of one signed transaction when the node's answer is lost
)

// DefaultMinTip is the least tip a Sender offers unless WithMinTip says otherwise (1 gwei): below it, many
// networks' nodes do not relay or include a transaction.
var DefaultMinTip = big.NewInt(params.GWei)

// config is what the options set.
type config struct {
	poll          time.Duration
	confirmations uint64
	bumpAfter     uint64
	minTip        *big.Int
	tip, feeCap   *big.Int // overrides of the first version's fields
	tipLimit      *big.Int // hard limits, bumps included
	feeCapLimit   *big.Int
	observers     []func(Event)
	resends       int
	resendDelay   func(attempt int) time.Duration
}

// Option configures a Sender.
type Option func(*config)

// WithPollInterval sets the pause between two checks of the head block while waiting for a receipt (default
// 1 s; a dev chain that mines at once wants a few milliseconds). The receipt itself is asked for only when
// the head has moved.
func WithPollInterval(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.poll = d
		}
	}
}

// WithConfirmations makes Wait return only once the receipt's block has n-1 blocks on top of it (n <= 1: as
// soon as it is mined). The receipt is read again at that depth, so a transaction reorganised into another
// block is reported from the block it is in now.
func WithConfirmations(n uint64) Option { return func(c *config) { c.confirmations = max(n, 1) } }

// WithBumpAfter sets after how many blocks without inclusion Wait re-signs the transaction (same nonce) with
// a tip and fee cap raised by at least 12.5% (default 3; 0 never bumps).
func WithBumpAfter(blocks uint64) Option { return func(c *config) { c.bumpAfter = blocks } }

// WithMinTip sets the least tip offered when the node suggests less (default 1 gwei).
func WithMinTip(wei *big.Int) Option { return func(c *config) { c.minTip = copyBig(wei) } }

// WithGasTipCap sets the tip (max priority fee per gas) of the first version instead of the node's
// suggestion. Bumps raise it, within WithTipCapLimit.
func WithGasTipCap(wei *big.Int) Option { return func(c *config) { c.tip = copyBig(wei) } }

// WithGasFeeCap sets the fee cap (max fee per gas) of the first version instead of twice the base fee plus
// the tip. Bumps raise it, within WithFeeCapLimit.
func WithGasFeeCap(wei *big.Int) Option { return func(c *config) { c.feeCap = copyBig(wei) } }

// WithTipCapLimit caps the tip of every version, bumps included: a higher suggestion is cut down to it.
func WithTipCapLimit(wei *big.Int) Option { return func(c *config) { c.tipLimit = copyBig(wei) } }

// WithFeeCapLimit caps the fee cap of every version, bumps included. A send for which the network needs
// more right now (base fee plus tip) fails with a *FeeCapError.
func WithFeeCapLimit(wei *big.Int) Option { return func(c *config) { c.feeCapLimit = copyBig(wei) } }

// WithObserver adds a function that is told what happens to each transaction (Sent, Bumped, BumpFailed,
// Mined). It is called synchronously from Send and Wait, from whichever goroutine runs them: it must be
// quick and safe for concurrent use.
func WithObserver(f func(Event)) Option {
	return func(c *config) {
		if f != nil {
			c.observers = append(c.observers, f)
		}
	}
}

// WithResend sets how often Send tries the very same signed transaction when the node's answer is lost (a
// timeout, a dropped connection: the node may have taken it), and the pause before try n (from 0). Default:
// 3 tries, 1 s then 2 s apart.
func WithResend(tries int, delay func(attempt int) time.Duration) Option {
	return func(c *config) {
		c.resends = max(tries, 1)
		if delay != nil {
			c.resendDelay = delay
		}
	}
}

func copyBig(v *big.Int) *big.Int {
	if v == nil {
		return nil
	}
	return new(big.Int).Set(v)
}

// Sender sends the transactions of one key on one chain. It is safe for concurrent use: concurrent sends
// get distinct nonces, and reach the node in nonce order.
type Sender struct {
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	cfg     config

	mu     sync.Mutex // held from the nonce's assignment to the node's answer
	next   uint64
	synced bool
}

// New returns a Sender for key on the chain chainID.
func New(backend Backend, key *ecdsa.PrivateKey, chainID *big.Int, opts ...Option) *Sender {
	cfg := config{
		poll: DefaultPollInterval, confirmations: 1, bumpAfter: DefaultBumpAfter, minTip: copyBig(DefaultMinTip),
		resends: DefaultResends, resendDelay: func(n int) time.Duration { return time.Second << min(n, 6) },
	}
	for _, o := range opts {
		o(&cfg)
	}
	return &Sender{
		backend: backend, key: key, from: crypto.PubkeyToAddress(key.PublicKey),
		chainID: new(big.Int).Set(chainID), signer: types.LatestSignerForChainID(chainID), cfg: cfg,
	}
}

// Address is the sending account.
func (s *Sender) Address() common.Address { return s.from }

// Request is a transaction to send.
type Request struct {
	To    *common.Address // nil: a contract creation
	Value *big.Int        // nil: none
	Data  []byte
	// Build, when set, returns the calldata for the nonce the transaction gets (instead of Data). It runs
	// right before signing, with the nonce lock held; an error aborts the send with nothing sent and the
	// nonce left for the next one, and is returned wrapped. It may run twice when a nonce turns out to be
	// taken (see Send).
	Build func(nonce uint64) ([]byte, error)
	Gas   uint64 // the gas limit; required (estimate it first)
}

// SendAndWait sends req and waits for its receipt (see Send and Pending.Wait). A receipt with a failed status
// is returned without an error: what a revert means is the caller's to say.
func (s *Sender) SendAndWait(ctx context.Context, req Request) (*types.Receipt, error) {
	p, err := s.Send(ctx, req)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// Send signs req with the next nonce and sends it. It returns once the node has taken the transaction; use
// Pending.Wait for the receipt.
//
// The node's answer decides what happens next:
//   - "already known": the node has it; success.
//   - a lost answer (a timeout, a dropped connection): the very same signed transaction is sent again
//     (WithResend), so that it is never sent twice under two nonces. If every try is lost, the error is a
//     *NotMinedError with the hash, which may still be mined.
//   - "nonce too low": if one of the tries got through and was mined, that is success. Otherwise the key
//     was used elsewhere: the nonce is read from the node again and a transaction never sent before is
//     signed once more with the new nonce (Build runs again).
//   - "replacement transaction underpriced" for a new transaction: another pending transaction holds the
//     nonce; as for "nonce too low".
//   - a tip below the node's minimum that the node names, or a fee cap below the base fee: signed once more
//     with the fee the node wants, within the limits.
//   - insufficient funds, a bad gas limit and the like: a *RejectedError with a sentence.
//
// An error before the transaction left (reading the fees or the nonce) is an *RPCError, and nothing was sent.
func (s *Sender) Send(ctx context.Context, req Request) (*Pending, error) {
	if req.Gas == 0 {
		return nil, errors.New("txsend: no gas limit; estimate the gas first")
	}
	if req.Value == nil {
		req.Value = new(big.Int)
	}
	f, err := s.fees(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sendLocked(ctx, req, f)
}

// sendLocked runs with the nonce lock held.
func (s *Sender) sendLocked(ctx context.Context, req Request, f fees) (*Pending, error) {
	retriedNonce, retriedFee := false, false
	for {
		if !s.synced {
			n, err := s.backend.PendingNonceAt(ctx, s.from)
			if err != nil {
				return nil, &RPCError{Op: "read the account nonce", Err: err}
			}
			s.next, s.synced = n, true
		}
		nonce := s.next
		data := req.Data
		if req.Build != nil {
			var err error
			if data, err = req.Build(nonce); err != nil {
				return nil, fmt.Errorf("build the transaction: %w", err)
			}
		}
		tx, err := s.sign(nonce, req.To, req.Value, req.Gas, data, f.tip, f.feeCap)
		if err != nil {
			return nil, err
		}
		maybeSent, out, reason, err := s.broadcast(ctx, tx)
		switch out {
		case accepted:
			s.next++
			p := &Pending{s: s, nonce: nonce, to: req.To, value: req.Value, gas: req.Gas, data: data,
				txs: []*types.Transaction{tx}, accepted: true, sentAt: f.head}
			s.emit(Sent{Hash: tx.Hash(), Nonce: nonce, GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap()})
			return p, nil
		case ambiguous:
			s.synced = false // the node's pending nonce tells whether it took it
			return nil, &NotMinedError{From: s.from, Nonce: nonce, Hashes: []common.Hash{tx.Hash()}, Err: err}
		}
		s.synced = false
		switch {
		case out == nonceTooLow && maybeSent:
			// A lost try may have got through and been mined; its receipt can lag the nonce. Wait finds out
			// (the receipt, or another transaction with this nonce).
			p := &Pending{s: s, nonce: nonce, to: req.To, value: req.Value, gas: req.Gas, data: data,
				txs: []*types.Transaction{tx}, sentAt: f.head}
			s.emit(Sent{Hash: tx.Hash(), Nonce: nonce, GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap()})
			return p, nil
		case (out == nonceTooLow || out == replaceUnder) && !retriedNonce:
			retriedNonce = true
			continue
		case out == underpriced && !retriedFee:
			need, ok := minimumNeeded(err)
			if !ok || need.Cmp(f.tip) <= 0 || (s.cfg.tipLimit != nil && need.Cmp(s.cfg.tipLimit) > 0) {
				break
			}
			retriedFee = true
			f.tip = need
			if f.feeCap, err = s.capFor(f.base, need); err != nil {
				return nil, err
			}
			continue
		case out == feeBelowBase && !retriedFee:
			retriedFee = true
			if f, err = s.fees(ctx); err != nil {
				return nil, err
			}
			continue
		}
		return nil, &RejectedError{Reason: reason, From: s.from, Nonce: nonce, Hash: tx.Hash(), Err: err}
	}
}

// broadcast sends tx, and the same tx again while the node's answer is lost. maybeSent reports whether a
// lost answer came before the final one.
func (s *Sender) broadcast(ctx context.Context, tx *types.Transaction) (maybeSent bool, out outcome, reason Reason, err error) {
	for attempt := 0; ; attempt++ {
		err = s.backend.SendTransaction(ctx, tx)
		out, reason = classify(err)
		if out == nonceTooLow && maybeSent {
			if r, rerr := s.backend.TransactionReceipt(ctx, tx.Hash()); rerr == nil && r != nil {
				return true, accepted, 0, nil // an earlier try got through and is mined
			}
		}
		if out != ambiguous {
			return maybeSent, out, reason, err
		}
		maybeSent = true
		if attempt+1 >= s.cfg.resends || ctx.Err() != nil {
			return true, ambiguous, 0, err
		}
		if serr := sleep(ctx, s.cfg.resendDelay(attempt)); serr != nil {
			return true, ambiguous, 0, fmt.Errorf("%w (after: %v)", serr, err)
		}
	}
}

// sign builds and signs an EIP-1559 transaction.
func (s *Sender) sign(nonce uint64, to *common.Address, value *big.Int, gas uint64, data []byte, tip, feeCap *big.Int) (*types.Transaction, error) {
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
		To: to, Value: value, Data: data,
	})
	signed, err := types.SignTx(tx, s.signer, s.key)
	if err != nil {
		return nil, fmt.Errorf("sign the transaction: %w", err)
	}
	return signed, nil
}

func (s *Sender) emit(e Event) {
	for _, f := range s.cfg.observers {
		f(e)
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
