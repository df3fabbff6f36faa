package txsend

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Event is what an observer (WithObserver) is told: Sent, Bumped, BumpFailed or Mined.
type Event interface{ event() }

// Sent: the node took a new transaction.
type Sent struct {
	Hash                 common.Hash
	Nonce                uint64
	GasTipCap, GasFeeCap *big.Int
}

// Bumped: a transaction not mined after WithBumpAfter blocks was re-signed with higher fees and the node took
// the new version. Either version may be the one mined.
type Bumped struct {
	Old, New             common.Hash
	Nonce                uint64
	GasTipCap, GasFeeCap *big.Int // of the new version
}

// BumpFailed: a bump was due but not made (the fee limits leave no room, or the node refused it); the
// versions sent so far stay in play and the bump is tried again after WithBumpAfter more blocks.
type BumpFailed struct {
	Hash  common.Hash // the newest version
	Nonce uint64
	Err   error
}

// Mined: a version has a receipt (successful or not). With confirmations, Wait returns later; after a
// reorganisation the same transaction can be reported again from another block.
type Mined struct {
	Receipt *types.Receipt
}

func (Sent) event()       {}
func (Bumped) event()     {}
func (BumpFailed) event() {}
func (Mined) event()      {}
