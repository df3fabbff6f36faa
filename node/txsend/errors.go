package txsend

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// RPCError is a node call that failed before anything was signed and sent: Send may simply be called again.
type RPCError struct {
	Op  string // what the sender asked the node, as a verb phrase: "suggest a gas tip"
	Err error
}

func (e *RPCError) Error() string { return fmt.Sprintf("the node failed to %s: %v", e.Op, e.Err) }
func (e *RPCError) Unwrap() error { return e.Err }

// Reason is why a node refused a transaction.
type Reason int

// Reasons of RejectedError.
const (
	ReasonOther             Reason = iota // a refusal none of the others describe
	ReasonInsufficientFunds               // the key cannot pay value + gas * fee cap
	ReasonNonceTooLow                     // the nonce was used by another transaction (also after a resync and retry)
	ReasonUnderpriced                     // the tip is below the node's minimum, or a replacement's bump too small
	ReasonGas                             // the gas limit is below the intrinsic gas or above the block's
)

// RejectedError is a transaction the node refused: nothing is pending under its hash, and sending it again
// does not help.
type RejectedError struct {
	Reason Reason
	From   common.Address
	Nonce  uint64
	Hash   common.Hash // of the refused transaction
	Err    error       // the node's answer
}

func (e *RejectedError) Error() string {
	switch e.Reason {
	case ReasonInsufficientFunds:
		return fmt.Sprintf("%s cannot pay for the transaction (value plus gas at the fee cap): %v; fund the account", e.From.Hex(), e.Err)
	case ReasonNonceTooLow:
		return fmt.Sprintf("nonce %d of %s was used by another transaction (another program sends from this key?): %v", e.Nonce, e.From.Hex(), e.Err)
	case ReasonUnderpriced:
		return fmt.Sprintf("the node refused the fee of the transaction: %v; raise the tip", e.Err)
	case ReasonGas:
		return fmt.Sprintf("the node refused the gas limit of the transaction: %v", e.Err)
	}
	return fmt.Sprintf("the node refused the transaction: %v", e.Err)
}

func (e *RejectedError) Unwrap() error { return e.Err }

// FeeCapError is a send refused before signing: the fee the network needs now is above the configured limit.
type FeeCapError struct {
	Need    *big.Int // base fee + tip: the least max fee per gas that can be included now
	Limit   *big.Int // WithFeeCapLimit
	BaseFee *big.Int
	Tip     *big.Int
}

func (e *FeeCapError) Error() string {
	return fmt.Sprintf("the network needs a max fee per gas of at least %s (base fee %s plus a tip of %s), above the limit of %s; "+
		"raise the limit or wait for lower fees", gwei(e.Need), gwei(e.BaseFee), gwei(e.Tip), gwei(e.Limit))
}

// NotMinedError is a transaction that was sent, or may have been, and has no receipt (yet): the wait ended
// (ctx), the node kept failing to answer, or the node's answer to the send was lost. Any of Hashes may still
// be mined; sending the same thing again could do it twice.
type NotMinedError struct {
	From   common.Address
	Nonce  uint64
	Hashes []common.Hash // every signed version, oldest first (fee bumps re-sign the same nonce)
	// Accepted: the node took at least one version. False: the send's answer was lost (a timeout, a
	// dropped connection), so the node may or may not have it.
	Accepted bool
	// Mined is set when a version was mined but not yet as deep as WithConfirmations asks.
	Mined *types.Receipt
	Err   error // why the wait ended: ctx.Err(), or the node's last error
}

func (e *NotMinedError) Error() string {
	var b strings.Builder
	switch {
	case e.Mined != nil:
		fmt.Fprintf(&b, "sent as %s, mined in block %s but not confirmed yet (%v)", e.Mined.TxHash.Hex(), e.Mined.BlockNumber, e.Err)
	case e.Accepted:
		fmt.Fprintf(&b, "sent as %s, not mined yet (%v)", HashList(e.Hashes), e.Err)
	default:
		fmt.Fprintf(&b, "maybe sent as %s (the node's answer was lost: %v), not mined yet", HashList(e.Hashes), e.Err)
	}
	fmt.Fprintf(&b, "; it may still be mined: check with eth_getTransactionReceipt or a block explorer (nonce %d of %s); do not resend blindly",
		e.Nonce, e.From.Hex())
	return b.String()
}

func (e *NotMinedError) Unwrap() error { return e.Err }

// ReplacedError is a transaction that can no longer be mined: the key's nonce moved past it, but none of its
// versions has a receipt, so another transaction from the key (another program) took the nonce.
type ReplacedError struct {
	From   common.Address
	Nonce  uint64
	Hashes []common.Hash
}

func (e *ReplacedError) Error() string {
	return fmt.Sprintf("transaction %s was not mined: nonce %d of %s was used by another transaction (another program sends from this key?)",
		HashList(e.Hashes), e.Nonce, e.From.Hex())
}

// HashList names a transaction by its versions: "0xA", or "0xA (re-sent with a higher fee as 0xB, 0xC)".
func HashList(hs []common.Hash) string {
	if len(hs) == 0 {
		return "(no hash)"
	}
	s := hs[0].Hex()
	if len(hs) > 1 {
		rest := make([]string, len(hs)-1)
		for i, h := range hs[1:] {
			rest[i] = h.Hex()
		}
		s += " (re-sent with a higher fee as " + strings.Join(rest, ", ") + ")"
	}
	return s
}

// gwei formats wei as gwei, exactly.
func gwei(wei *big.Int) string {
	if wei == nil {
		return "0 gwei"
	}
	r := new(big.Rat).SetFrac(wei, big.NewInt(params.GWei))
	s := r.FloatString(9)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s + " gwei"
}

// outcome is what a SendTransaction answer means for the sender.
type outcome int

const (
	accepted     outcome = iota // nil, or "already known": the node has it
	nonceTooLow                 // the nonce is used (by this transaction, mined, or by another)
	replaceUnder                // a transaction with this nonce is pending and this one does not pay enough more
	underpriced                 // the tip is below the node's minimum
	feeBelowBase                // the fee cap is below the base fee (some nodes refuse instead of queueing)
	rejected                    // a refusal a resend does not fix
	ambiguous                   // anything else: a timeout or a lost connection; the node may have taken it
)

// Error texts of geth's transaction pool, which most other clients copied.
func classify(err error) (outcome, Reason) {
	if err == nil {
		return accepted, 0
	}
	s := strings.ToLower(err.Error())
	has := func(subs ...string) bool {
		for _, sub := range subs {
			if strings.Contains(s, sub) {
				return true
			}
		}
		return false
	}
	switch {
	case has("already known", "known transaction", "already imported", "transaction already exists"):
		return accepted, 0
	case has("nonce too low", "nonce is too low", "nonce has already been used", "oldnonce"):
		return nonceTooLow, ReasonNonceTooLow
	case has("replacement transaction underpriced", "replacement underpriced", "replacement fee too low"):
		return replaceUnder, ReasonUnderpriced
	case has("transaction underpriced", "gas price below minimum", "gas tip cap below minimum", "max priority fee per gas higher", "priority fee too low"):
		return underpriced, ReasonUnderpriced
	case has("max fee per gas less than block base fee", "fee cap less than block base fee", "feecap too low", "less than block base fee"):
		return feeBelowBase, ReasonUnderpriced
	case has("insufficient funds", "insufficient balance"):
		return rejected, ReasonInsufficientFunds
	case has("intrinsic gas too low", "exceeds block gas limit", "gas limit reached", "gas limit too high", "exceeds the configured cap", "floor data gas"):
		return rejected, ReasonGas
	case has("invalid sender", "invalid chain id", "only replay-protected", "nonce too high", "tip higher than fee cap",
		"max priority fee per gas higher than max fee per gas", "oversized data", "txpool is full", "account limit exceeded",
		"future transaction tries to replace pending", "delegation"):
		return rejected, ReasonOther
	}
	return ambiguous, 0
}

// minimumNeeded reads the least tip a node's "underpriced" answer names (geth: "minimum needed 2000000000").
var minimumNeededRE = regexp.MustCompile(`minimum needed (\d+)`)

func minimumNeeded(err error) (*big.Int, bool) {
	m := minimumNeededRE.FindStringSubmatch(err.Error())
	if m == nil {
		return nil, false
	}
	return new(big.Int).SetString(m[1], 10)
}

// isNotFound: a receipt lookup that found nothing (yet). A node still indexing answers with an error that
// means the same.
func isNotFound(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ethereum.NotFound) {
		return true
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "not found") || strings.Contains(s, "indexing is in progress")
}
