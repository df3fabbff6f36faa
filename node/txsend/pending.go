package txsend

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

const (
	// maxPollErrors is how many node failures in a row end a Wait (with a *NotMinedError; Wait may be called
	// again).
	maxPollErrors = 5
	// replacedDepth is how many blocks past the one where the key's nonce first moved past a transaction its
	// receipt may still be missing before Wait calls it replaced: a node indexes receipts a moment after the
	// block, so the nonce alone proves nothing.
	replacedDepth = 3
	// maxBumpTries bounds the "replacement underpriced, bump more" loop of one bump.
	maxBumpTries = 4
)

// Pending is a sent transaction: one nonce, and every version of it signed so far (fee bumps re-sign the
// same nonce with higher fees; whichever version is mined is the answer).
type Pending struct {
	s     *Sender
	nonce uint64
	to    *common.Address
	value *big.Int
	gas   uint64
	data  []byte

	mu       sync.Mutex // guards txs, accepted, sentAt
	txs      []*types.Transaction
	accepted bool   // the node took a version (false: only a lost answer and a "nonce too low")
	sentAt   uint64 // head when the newest version was sent

	waitMu sync.Mutex // one Wait at a time: a Wait may bump
}

// Nonce is the transaction's nonce.
func (p *Pending) Nonce() uint64 { return p.nonce }

// Hash is the hash of the newest version.
func (p *Pending) Hash() common.Hash {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.txs[len(p.txs)-1].Hash()
}

// Hashes are the hashes of every version, oldest first.
func (p *Pending) Hashes() []common.Hash {
	p.mu.Lock()
	defer p.mu.Unlock()
	return hashesOf(p.txs)
}

// Transaction is the newest signed version.
func (p *Pending) Transaction() *types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.txs[len(p.txs)-1]
}

// Data is the calldata (the same in every version).
func (p *Pending) Data() []byte { return p.data }

func hashesOf(txs []*types.Transaction) []common.Hash {
	out := make([]common.Hash, len(txs))
	for i, tx := range txs {
		out[i] = tx.Hash()
	}
	return out
}

// Wait waits until a version is mined and as deep as WithConfirmations asks, and returns its receipt
// (successful or not: a failed status is no error here). It checks the head block every poll interval and
// asks for receipts (and the key's nonce) only when the head has moved, and not while it is still the block
// the newest version was sent at: no version can be in a block that was the head before it left. A version
// not mined after WithBumpAfter blocks is replaced by one with higher fees.
//
// When ctx ends, or the node fails maxPollErrors times in a row, the error is a *NotMinedError with every
// hash (Wait may be called again); when another transaction took the nonce, a *ReplacedError.
func (p *Pending) Wait(ctx context.Context) (*types.Receipt, error) {
	p.waitMu.Lock()
	defer p.waitMu.Unlock()
	var (
		seen      bool   // a head has been read
		lastHead  uint64 // the head at the last receipt check
		mined     *types.Receipt
		passed    bool   // the key's mined nonce is past ours but no receipt was found
		passedAt  uint64 // head at which that was first seen
		failures  int
		lastError error
		wait      = p.s.cfg.poll // pause before the next head check
		lastSeen  uint64         // head at the previous check
	)
	// The first look comes one poll interval after the send: a transaction is never in the block it was sent
	// at, and a node that mines at once has mined it by then.
	if err := sleep(ctx, wait); err != nil {
		return nil, p.notMined(err, mined)
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, p.notMined(err, mined)
		}
		head, err := p.s.backend.BlockNumber(ctx)
		if err == nil && head != p.sentHead() && (!seen || head != lastHead || passed) {
			var r *types.Receipt
			if r, err = p.receipt(ctx, mined); err == nil {
				if r != nil {
					if mined == nil || mined.BlockHash != r.BlockHash {
						p.s.emit(Mined{Receipt: r})
					}
					mined, passed = r, false
					if depth(head, r) >= p.s.cfg.confirmations {
						return r, nil
					}
				} else {
					mined = nil
					err = p.checkNonce(ctx, head, &passed, &passedAt)
				}
			}
			if err == nil {
				seen, lastHead = true, head
				if mined == nil && !passed && p.dueForBump(head) {
					p.bump(ctx, head)
				}
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, p.notMined(ctx.Err(), mined)
			}
			var rep *ReplacedError
			if errors.As(err, &rep) {
				return nil, rep
			}
			failures, lastError = failures+1, err
			if failures >= maxPollErrors {
				return nil, p.notMined(fmt.Errorf("the node failed %d times in a row: %w", failures, lastError), mined)
			}
		} else {
			failures = 0
		}
		// Poll again soon after the send, then less and less often while nothing changes: a dev chain
		// answers in the first milliseconds, a real one in seconds, and neither should be asked 20 times a
		// block. A new head brings the pause back down to a few polls a block.
		if err := sleep(ctx, wait); err != nil {
			return nil, p.notMined(err, mined)
		}
		if seen && head != lastSeen {
			wait = max(p.s.cfg.poll, wait/4)
		} else {
			wait = min(2*wait, max(p.s.cfg.poll, min(maxPoll, 64*p.s.cfg.poll)))
		}
		lastSeen = head
	}
}

// maxPoll is the longest pause between two head checks of a Wait that started with a shorter one (at most 64
// times the poll interval).
const maxPoll = 2 * time.Second

// depth is how many blocks deep r's block is at head (1: it is the head).
func depth(head uint64, r *types.Receipt) uint64 {
	if r.BlockNumber == nil || r.BlockNumber.Uint64() > head {
		return 0 // the receipt came from a node ahead of the one that answered the head
	}
	return head - r.BlockNumber.Uint64() + 1
}

// receipt looks for a receipt of any version, the one seen last time first. Not found is (nil, nil).
func (p *Pending) receipt(ctx context.Context, last *types.Receipt) (*types.Receipt, error) {
	hashes := p.Hashes()
	if last != nil {
		for i, h := range hashes {
			if h == last.TxHash {
				hashes[0], hashes[i] = hashes[i], hashes[0]
			}
		}
	}
	for _, h := range hashes {
		r, err := p.s.backend.TransactionReceipt(ctx, h)
		switch {
		case err == nil && r != nil:
			return r, nil
		case err != nil && !isNotFound(err):
			return nil, &RPCError{Op: "read the receipt of " + h.Hex(), Err: err}
		}
	}
	return nil, nil
}

// checkNonce notes when the key's mined nonce has passed this transaction's while no version has a receipt,
// and reports a *ReplacedError once that has lasted replacedDepth blocks.
func (p *Pending) checkNonce(ctx context.Context, head uint64, passed *bool, passedAt *uint64) error {
	n, err := p.s.backend.NonceAt(ctx, p.s.from, nil)
	if err != nil {
		return &RPCError{Op: "read the account nonce", Err: err}
	}
	switch {
	case n <= p.nonce:
		*passed = false
	case !*passed:
		*passed, *passedAt = true, head
	case head >= *passedAt+replacedDepth:
		return &ReplacedError{From: p.s.from, Nonce: p.nonce, Hashes: p.Hashes()}
	}
	return nil
}

// sentHead is the head the newest version was sent at.
func (p *Pending) sentHead() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.sentAt
}

func (p *Pending) dueForBump(head uint64) bool {
	if p.s.cfg.bumpAfter == 0 {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return head >= p.sentAt+p.s.cfg.bumpAfter
}

// bump re-signs the newest version with higher fees and sends it. Whatever happens, the next bump is due
// WithBumpAfter blocks from now.
func (p *Pending) bump(ctx context.Context, head uint64) {
	old := p.Transaction()
	p.mu.Lock()
	p.sentAt = head
	p.mu.Unlock()
	fail := func(err error) { p.s.emit(BumpFailed{Hash: old.Hash(), Nonce: p.nonce, Err: err}) }
	marketTip, base, _, err := p.s.market(ctx)
	if err != nil {
		fail(err)
		return
	}
	tip, feeCap, ok := p.s.bumpFees(old.GasTipCap(), old.GasFeeCap(), marketTip, base)
	for tries := 0; ; tries++ {
		if !ok {
			fail(fmt.Errorf("the fee limits (tip %s, fee cap %s) leave no room for a replacement of %s",
				gwei(p.s.cfg.tipLimit), gwei(p.s.cfg.feeCapLimit), old.Hash().Hex()))
			return
		}
		tx, err := p.s.sign(p.nonce, p.to, p.value, p.gas, p.data, tip, feeCap)
		if err != nil {
			fail(err)
			return
		}
		err = p.s.backend.SendTransaction(ctx, tx)
		switch out, _ := classify(err); out {
		case accepted:
			p.add(tx, true)
			p.s.emit(Bumped{Old: old.Hash(), New: tx.Hash(), Nonce: p.nonce, GasTipCap: tip, GasFeeCap: feeCap})
			return
		case ambiguous:
			p.add(tx, false) // the node may have it: its receipt counts as much as the others'
			fail(fmt.Errorf("send the replacement %s: %w", tx.Hash().Hex(), err))
			return
		case replaceUnder:
			// The pool holds a version we did not price against (another client's rule, or a lost answer of
			// ours): bump more.
			if tries+1 >= maxBumpTries {
				fail(fmt.Errorf("send the replacement: %w", err))
				return
			}
			tip, feeCap, ok = p.s.bumpFees(tip, feeCap, tip, base)
		case nonceTooLow:
			return // a version (or another transaction) was mined meanwhile: the next check sees which
		default:
			fail(fmt.Errorf("send the replacement: %w", err))
			return
		}
	}
}

func (p *Pending) add(tx *types.Transaction, accepted bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.txs = append(p.txs, tx)
	p.accepted = p.accepted || accepted
}

func (p *Pending) notMined(err error, mined *types.Receipt) *NotMinedError {
	p.mu.Lock()
	defer p.mu.Unlock()
	return &NotMinedError{From: p.s.from, Nonce: p.nonce, Hashes: hashesOf(p.txs), Accepted: p.accepted, Mined: mined, Err: err}
}
