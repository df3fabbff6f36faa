package devchain

import (
	"context"
	"crypto/ecdsa"
	crand "crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// maxBlocksPerWake bounds how many blocks the auto-miner seals before it lets other callers (RPC test
// methods) take the lock; it then wakes itself up again.
const maxBlocksPerWake = 64

// maxOffset bounds the time offset (about 34,000 years), far beyond the escrow's uint40 times anyway.
const maxOffset = int64(1) << 40

// sealer produces the chain's blocks: one as soon as a transaction is minable, or on request (evm_mine),
// at a timestamp it controls. All block production and time state is serialised by mu.
type sealer struct {
	eth    *eth.Ethereum
	fee    common.Address
	faucet *ecdsa.PrivateKey
	keys   map[common.Address]*ecdsa.PrivateKey // accounts whose balance setBalance can lower
	log    *slog.Logger
	now    func() time.Time

	mu       sync.Mutex
	offset   int64  // seconds added to the wall clock (evm_increaseTime)
	next     uint64 // timestamp of the next block (evm_setNextBlockTimestamp); 0 = none
	snaps    map[uint64]snapshot
	lastSnap uint64

	// sent counts transactions accepted by eth_sendRawTransaction; sealed is the count up to which the
	// auto-miner has had a pass (sealedCh is closed when it moves): reads wait on it (awaitSends).
	sent     atomic.Uint64
	sealedMu sync.Mutex
	sealed   uint64
	sealedCh chan struct{}

	// syncMu serialises the pool's Sync: with two callers at once, go-ethereum's pool loop keeps only the
	// second one's reply channel, and the first waits forever.
	syncMu sync.Mutex

	kick chan struct{}
	quit chan struct{}
	wg   sync.WaitGroup
}

// snapshot is what evm_revert restores: the head and the clock.
type snapshot struct {
	head   uint64
	offset int64
	next   uint64
}

func newSealer(backend *eth.Ethereum, fee common.Address, faucet *ecdsa.PrivateKey, keys map[common.Address]*ecdsa.PrivateKey, logger *slog.Logger) *sealer {
	return &sealer{
		eth: backend, fee: fee, faucet: faucet, keys: keys, log: logger, now: time.Now,
		snaps:    map[uint64]snapshot{},
		sealedCh: make(chan struct{}),
		kick:     make(chan struct{}, 1),
		quit:     make(chan struct{}),
	}
}

// start runs the auto-miner. Two goroutines: one drains the pool's transaction feed without ever blocking
// (the pool sends events while holding up its own reorg loop, which sealing waits on), the other seals.
func (s *sealer) start() {
	txs := make(chan core.NewTxsEvent, 64)
	sub := s.eth.TxPool().SubscribeTransactions(txs, true)
	s.wg.Add(2)
	go func() {
		defer s.wg.Done()
		defer sub.Unsubscribe()
		for {
			select {
			case <-txs:
				s.wake()
			case <-sub.Err():
				return
			case <-s.quit:
				return
			}
		}
	}()
	go func() {
		defer s.wg.Done()
		for {
			select {
			case <-s.kick:
				// Every send counted before this pass is in the pool by now: the pass's TxPool().Sync
				// promotes it, and the pass mines it (or finds it unminable).
				r := s.sent.Load()
				s.mu.Lock()
				if err := s.minePendingLocked(); err != nil {
					s.log.Warn("sealing failed", "err", err)
				}
				s.mu.Unlock()
				s.markSealed(r)
			case <-s.quit:
				return
			}
		}
	}()
}

// wake queues a pass of the auto-miner.
func (s *sealer) wake() {
	select {
	case s.kick <- struct{}{}:
	default: // a wake-up is already queued; it will see this transaction too
	}
}

// stop ends the auto-miner and waits for a seal in progress.
func (s *sealer) stop() {
	close(s.quit)
	s.wg.Wait()
}

// sendDone counts a transaction accepted by eth_sendRawTransaction and wakes the auto-miner.
func (s *sealer) sendDone() {
	s.sent.Add(1)
	s.wake()
}

// markSealed records that every send counted up to r has had its mining pass.
func (s *sealer) markSealed(r uint64) {
	s.sealedMu.Lock()
	defer s.sealedMu.Unlock()
	if r > s.sealed {
		s.sealed = r
		close(s.sealedCh)
		s.sealedCh = make(chan struct{})
	}
}

// syncPool runs the pool's Sync (a forced reset of its subpools, after any reset in progress), one caller at a
// time.
func (s *sealer) syncPool() error {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	return s.eth.TxPool().Sync()
}

// catchUp waits until the pool has processed every block sealed so far: it validates a new transaction
// against the state of its last reset, which runs in the background after each new head, so without this a
// transaction sent right after a block that funded its sender is refused ("insufficient funds"), and one
// from an account that a test method sent from gets a stale nonce. One Sync is not enough: the pool's loop
// may take the sync request before the head event, and then runs the forced reset on the old head and the
// head's reset after it; by the end of a second Sync, both have run.
func (s *sealer) catchUp() error {
	for range 2 {
		if err := s.syncPool(); err != nil {
			return fmt.Errorf("sync txpool: %w", err)
		}
	}
	return nil
}

// awaitSends waits until every transaction sent so far has had its mining pass, so that a read right after
// a send (its receipt, the block number) sees the block the send made, as if the send had mined it. It
// returns early when ctx ends or the chain stops.
func (s *sealer) awaitSends(ctx context.Context) {
	target := s.sent.Load()
	for {
		s.sealedMu.Lock()
		done, ch := s.sealed >= target, s.sealedCh
		s.sealedMu.Unlock()
		if done {
			return
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return
		case <-s.quit:
			return
		}
	}
}

// minePendingLocked seals blocks while the pool holds transactions the miner would include.
func (s *sealer) minePendingLocked() error {
	for range maxBlocksPerWake {
		if pending, queued := s.eth.TxPool().Stats(); pending+queued == 0 {
			// An empty pool has nothing to promote or mine: skip the sync, a full reset of both subpools.
			// (A transaction added before this pass is in the pool already, pending or queued.)
			return nil
		}
		if err := s.syncPool(); err != nil {
			return fmt.Errorf("sync txpool: %w", err)
		}
		n := s.minableLocked()
		if n == 0 {
			return nil
		}
		b, err := s.sealLocked(nil, false)
		if err != nil {
			return err
		}
		if len(b.Transactions()) == 0 {
			return nil // nothing fitted after all; do not spin on empty blocks
		}
		if len(b.Transactions()) >= n {
			// It took all there was: done, without another pool sync (a transaction that came meanwhile
			// wakes the miner again).
			return nil
		}
	}
	// Still more: let other callers in between, then go on.
	s.wake()
	return nil
}

// minableLocked counts the pool's transactions that pay the next block's base fee and the 1-wei minimum tip
// (an underpriced one stays in the pool without producing empty blocks).
func (s *sealer) minableLocked() int {
	parent := s.eth.BlockChain().CurrentBlock()
	baseFee := eip1559.CalcBaseFee(s.eth.BlockChain().Config(), parent)
	filter := txpool.PendingFilter{MinTip: uint256.NewInt(1), BaseFee: uint256.MustFromBig(baseFee), GasLimitCap: params.MaxTxGas}
	_, n := s.eth.TxPool().Pending(filter)
	// The chain runs Osaka from genesis: blob transactions carry version-1 sidecars.
	filter.BlobTxs, filter.BlobVersion = true, types.BlobSidecarVersion1
	_, blobs := s.eth.TxPool().Pending(filter)
	return n + blobs
}

// sealLocked builds a block on the head at the next timestamp and makes it the head: with exactly txs when
// given, otherwise with what the pool has (none when empty is set).
func (s *sealer) sealLocked(txs []*types.Transaction, empty bool) (*types.Block, error) {
	bc := s.eth.BlockChain()
	parent := bc.CurrentBlock()
	ts, pinned := s.timestampLocked(parent.Time)
	var random common.Hash
	_, _ = crand.Read(random[:]) // prevrandao: crypto/rand never fails on supported platforms
	args := &miner.BuildPayloadArgs{
		Parent:       parent.Hash(),
		Timestamp:    ts,
		FeeRecipient: s.fee,
		Random:       random,
		BeaconRoot:   &common.Hash{},
	}
	block, _, err := s.eth.Miner().BuildTestingPayload(args, txs, empty, nil)
	if err != nil {
		return nil, fmt.Errorf("build block %d: %w", parent.Number.Uint64()+1, err)
	}
	if _, err := bc.InsertBlockWithoutSetHead(context.Background(), block, false); err != nil {
		return nil, fmt.Errorf("insert block %d: %w", block.NumberU64(), err)
	}
	if _, err := bc.SetCanonical(block); err != nil {
		return nil, fmt.Errorf("set head %d: %w", block.NumberU64(), err)
	}
	// Instant finality, as on anvil: "safe" and "finalized" are the head.
	bc.SetSafe(block.Header())
	bc.SetFinalized(block.Header())
	if pinned {
		// Later blocks continue from the pinned time (Hardhat and anvil do the same).
		s.offset = int64(ts) - s.now().Unix()
	}
	s.next = 0
	return block, nil
}

// timestampLocked is the next block's time: the pinned one, else wall clock + offset, never at or before the
// parent's.
func (s *sealer) timestampLocked(parent uint64) (ts uint64, pinned bool) {
	if s.next > parent {
		return s.next, true
	}
	t := s.now().Unix() + s.offset
	if t <= int64(parent) {
		return parent + 1, false
	}
	return uint64(t), false
}

// increaseTime moves the clock forward by secs for every later block and returns the total offset.
func (s *sealer) increaseTime(secs uint64) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if secs > uint64(maxOffset) || s.offset+int64(secs) > maxOffset {
		return 0, fmt.Errorf("time offset would exceed %d seconds", maxOffset)
	}
	s.offset += int64(secs)
	return s.offset, nil
}

// setNextTimestamp pins the next block's time, which must be after the head's.
func (s *sealer) setNextTimestamp(ts uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.setNextLocked(ts)
}

func (s *sealer) setNextLocked(ts uint64) error {
	head := s.eth.BlockChain().CurrentBlock().Time
	if ts <= head {
		return fmt.Errorf("timestamp %d is not after the head block's timestamp %d", ts, head)
	}
	if ts > uint64(maxOffset) {
		return fmt.Errorf("timestamp %d is too large", ts)
	}
	s.next = ts
	return nil
}

// mine seals one block with the pool's transactions, at ts when given.
func (s *sealer) mine(ts *uint64) (*types.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ts != nil {
		if err := s.setNextLocked(*ts); err != nil {
			return nil, err
		}
	}
	if err := s.syncPool(); err != nil {
		return nil, fmt.Errorf("sync txpool: %w", err)
	}
	b, err := s.sealLocked(nil, false)
	if err != nil {
		return nil, err
	}
	return b, s.catchUp()
}

// mineMany seals n blocks; with interval > 0 each after the first is interval seconds after the previous.
func (s *sealer) mineMany(n, interval uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range n {
		if i > 0 && interval > 0 {
			if err := s.setNextLocked(s.eth.BlockChain().CurrentBlock().Time + interval); err != nil {
				return err
			}
		}
		if err := s.syncPool(); err != nil {
			return fmt.Errorf("sync txpool: %w", err)
		}
		if _, err := s.sealLocked(nil, false); err != nil {
			return err
		}
	}
	return s.catchUp()
}

// snapshot records the head and clock and returns an id for revert.
func (s *sealer) snapshot() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lastSnap++
	s.snaps[s.lastSnap] = snapshot{head: s.eth.BlockChain().CurrentBlock().Number.Uint64(), offset: s.offset, next: s.next}
	return s.lastSnap
}

// revert rewinds the chain to snapshot id, dropping pending transactions. The snapshot and every later one
// are used up (as in Hardhat and anvil). An unknown id returns false.
func (s *sealer) revert(id uint64) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	snap, ok := s.snaps[id]
	if !ok {
		return false, nil
	}
	bc := s.eth.BlockChain()
	pool := s.eth.TxPool()
	if err := bc.SetHead(snap.head); err != nil {
		return false, fmt.Errorf("rewind to block %d: %w", snap.head, err)
	}
	// The pool re-injects the transactions of the dropped blocks when it resets to the new head: let it
	// finish (Sync), then drop everything, so that the auto-miner does not replay what was reverted.
	if err := s.syncPool(); err != nil {
		return false, fmt.Errorf("sync txpool: %w", err)
	}
	s.syncMu.Lock() // Clear syncs too
	pool.Clear()
	s.syncMu.Unlock()
	head := bc.CurrentBlock()
	bc.SetSafe(head)
	bc.SetFinalized(head)
	s.offset, s.next = snap.offset, snap.next
	for k := range s.snaps {
		if k >= id {
			delete(s.snaps, k)
		}
	}
	return true, nil
}

// Errors of setBalance.
var (
	errNoKey    = errors.New("the dev chain holds no key for this account, so it cannot lower its balance")
	errIsFaucet = errors.New("cannot set the balance of the dev chain's faucet")
)

// setBalance makes addr's balance exactly target, by transactions (a geth chain has no state edits outside
// blocks): a raise is a transfer from the faucet, which pays the gas; a cut is a transfer from addr to the
// faucet whose gas is known exactly (a 21,000-gas legacy transfer at a fixed price), possibly after a
// top-up so that addr can pay it. Cuts need addr's key: the dev accounts only.
func (s *sealer) setBalance(addr common.Address, target *big.Int) error {
	faucet := crypto.PubkeyToAddress(s.faucet.PublicKey)
	if addr == faucet {
		return errIsFaucet
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// Mine what is pending first, so that nonces read from the head state are the ones to use.
	if err := s.minePendingLocked(); err != nil {
		return err
	}
	cur, err := s.balanceLocked(addr)
	if err != nil {
		return err
	}
	switch cur.Cmp(target) {
	case 0:
		return nil
	case -1:
		if err := s.transferLocked(s.faucet, addr, new(big.Int).Sub(target, cur)); err != nil {
			return err
		}
	default:
		if err := s.lowerLocked(addr, faucet, new(big.Int).Sub(cur, target)); err != nil {
			return err
		}
	}
	got, err := s.balanceLocked(addr)
	if err != nil {
		return err
	}
	if got.Cmp(target) != 0 {
		return fmt.Errorf("balance of %s is %s after the transfer, not %s", addr, got, target)
	}
	// The caller's next transaction is likely to spend the new balance (or come from addr, whose nonce the
	// cut used).
	return s.catchUp()
}

// lowerLocked takes excess wei from addr (to the faucet), paying the gas out of the excess.
func (s *sealer) lowerLocked(addr, faucet common.Address, excess *big.Int) error {
	key, ok := s.keys[addr]
	if !ok {
		return fmt.Errorf("lower the balance of %s: %w", addr, errNoKey)
	}
	fee := new(big.Int).Mul(big.NewInt(transferGas), s.gasPriceLocked())
	if excess.Cmp(fee) < 0 {
		// Not enough to pay for the transfer: top up by the fee first, then send the rest back.
		if err := s.transferLocked(s.faucet, addr, fee); err != nil {
			return err
		}
		excess = new(big.Int).Add(excess, fee)
		fee = new(big.Int).Mul(big.NewInt(transferGas), s.gasPriceLocked())
	}
	return s.transferLocked(key, faucet, new(big.Int).Sub(excess, fee))
}

// transferGas is the gas of a plain transfer to an account without code.
const transferGas = 21_000

// transferLocked seals a block with one legacy transfer from key to `to` and checks it succeeded. A
// transfer to a contract gets gas for its receive function.
func (s *sealer) transferLocked(key *ecdsa.PrivateKey, to common.Address, value *big.Int) error {
	bc := s.eth.BlockChain()
	st, err := bc.State()
	if err != nil {
		return fmt.Errorf("head state: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas := uint64(transferGas)
	if len(st.GetCode(to)) > 0 {
		gas = 1_000_000
	}
	tx := types.NewTx(&types.LegacyTx{
		Nonce: st.GetNonce(from), GasPrice: s.gasPriceLocked(), Gas: gas, To: &to, Value: value,
	})
	signed, err := types.SignTx(tx, types.LatestSigner(bc.Config()), key)
	if err != nil {
		return fmt.Errorf("sign transfer: %w", err)
	}
	block, err := s.sealLocked([]*types.Transaction{signed}, false)
	if err != nil {
		return fmt.Errorf("transfer %s wei from %s to %s: %w", value, from, to, err)
	}
	receipts := bc.GetReceiptsByHash(block.Hash())
	if len(receipts) != 1 || receipts[0].Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transfer of %s wei to %s reverted (a contract that refuses ETH?)", value, to)
	}
	return nil
}

// gasPriceLocked is the legacy gas price for the next block: its base fee plus the 1-wei minimum tip.
func (s *sealer) gasPriceLocked() *big.Int {
	bc := s.eth.BlockChain()
	base := eip1559.CalcBaseFee(bc.Config(), bc.CurrentBlock())
	return base.Add(base, big.NewInt(1))
}

func (s *sealer) balanceLocked(addr common.Address) (*big.Int, error) {
	st, err := s.eth.BlockChain().State()
	if err != nil {
		return nil, fmt.Errorf("head state: %w", err)
	}
	return st.GetBalance(addr).ToBig(), nil
}
