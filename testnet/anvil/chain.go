package anvil

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// HistoryContract is the EIP-2935 block-hash history system contract. Anvil calls it for every
// block, and its storage writes are what make mining empty blocks slow.
var HistoryContract = common.HexToAddress("0x0000F90827F1C53a10cb7A02335B175320002935")

// AgeChunk is how many blocks Age mines per anvil_mine call: small enough that a cancelled ctx
// stops the aging soon, large enough that the round trips do not count.
const AgeChunk = 5000

// Mine mines n blocks at once (empty unless transactions are waiting).
func (a *Anvil) Mine(ctx context.Context, n uint64) error {
	if n == 0 {
		return nil
	}
	if err := a.rpc.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(n)); err != nil {
		return fmt.Errorf("anvil_mine %d: %w", n, err)
	}
	return nil
}

// Age adds blocks empty blocks quickly, to give a test chain the length of a real one (for
// eth_getLogs paging, deployment-block searches, confirmations). While mining it empties the
// EIP-2935 history contract's code, which makes Anvil skip its per-block storage write (an order of
// magnitude faster), and puts the code back afterwards, also when ctx ends. Consequences: the
// contract's ring buffer holds no hashes for the aged blocks (the BLOCKHASH opcode is unaffected),
// and the aged blocks share timestamps close to the current time rather than being 12 s apart.
//
// Speed (Anvil 1.7.1, 2 busy cores): about 2,000-6,000 blocks/s up to a chain of ~50,000 blocks,
// then a cliff to ~100 blocks/s (each block copies Anvil's ever-growing block-hash map), so 100,000
// blocks take ~9 minutes. For hundreds of thousands of blocks, Lengthen appends them to Anvil's saved state
// instead (a million in about two minutes).
func (a *Anvil) Age(ctx context.Context, blocks uint64) (err error) {
	if blocks == 0 {
		return nil
	}
	var code hexutil.Bytes
	if err := a.rpc.CallContext(ctx, &code, "eth_getCode", HistoryContract, "latest"); err != nil {
		return fmt.Errorf("age: read history contract code: %w", err)
	}
	if err := a.setCode(ctx, HistoryContract, nil); err != nil {
		return fmt.Errorf("age: empty history contract: %w", err)
	}
	defer func() {
		// Restore even if ctx has ended: the chain outlives this call.
		if rerr := a.setCode(context.WithoutCancel(ctx), HistoryContract, code); rerr != nil {
			err = errors.Join(err, fmt.Errorf("age: restore history contract: %w", rerr))
		}
	}()

	for left := blocks; left > 0; {
		n := min(left, AgeChunk)
		if err := a.Mine(ctx, n); err != nil {
			return fmt.Errorf("age by %d blocks (%d done): %w", blocks, blocks-left, err)
		}
		left -= n
	}
	return nil
}

func (a *Anvil) setCode(ctx context.Context, addr common.Address, code []byte) error {
	return a.rpc.CallContext(ctx, nil, "anvil_setCode", addr, hexutil.Bytes(code))
}

// IncreaseTime moves the chain clock forward by d (whole seconds); it shows in the next block's
// timestamp, so mine one to see it at once.
func (a *Anvil) IncreaseTime(ctx context.Context, d time.Duration) error {
	if d < 0 {
		return fmt.Errorf("increase time by %v: negative", d)
	}
	if err := a.rpc.CallContext(ctx, nil, "evm_increaseTime", hexutil.Uint64(d/time.Second)); err != nil {
		return fmt.Errorf("evm_increaseTime %v: %w", d, err)
	}
	return nil
}

// Reorg replaces the last depth blocks with as many new, empty ones: the head keeps its number and
// changes its hash, and the transactions of the dropped blocks are gone (not back in the pool),
// as in anvil_reorg. depth may not exceed the states kept (Options.KeepStates).
func (a *Anvil) Reorg(ctx context.Context, depth uint64) error {
	if depth == 0 {
		return nil
	}
	// Anvil wants depth as a JSON number here, not a hex quantity.
	if err := a.rpc.CallContext(ctx, nil, "anvil_reorg", depth, []any{}); err != nil {
		return fmt.Errorf("anvil_reorg depth %d: %w", depth, err)
	}
	return nil
}
