package indexer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Kind is a packet kind, numbered as the contract numbers it.
type Kind uint8

// Packet kinds (rules §1).
const (
	KindDirect Kind = iota
	KindEqual
	KindLucky
	KindSealedLucky // Lucky with the sealed draw (rules §3): a claim takes an index, its share is drawn later
)

var kindNames = []string{"Direct", "Equal", "Lucky", "SealedLucky"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// AuthMode is how a group packet authorises a claim, numbered as the contract numbers it.
type AuthMode uint8

// Claim authorisations (rules §1). Direct packets always record AuthClaimKey (0), as the contract does.
const (
	AuthClaimKey AuthMode = iota
	AuthAllowlist
	AuthOpen
	AuthTickets // one single-use ticket per share
)

var authNames = []string{"ClaimKey", "Allowlist", "Open", "Tickets"}

func (a AuthMode) String() string {
	if int(a) < len(authNames) {
		return authNames[a]
	}
	return fmt.Sprintf("AuthMode(%d)", uint8(a))
}

// Status is a packet's life-cycle state at a given time, numbered as the contract's getPacket() numbers it.
type Status uint8

// Packet statuses.
const (
	StatusNone Status = iota
	StatusCoolOff
	StatusOpen
	StatusExpired
	StatusClosed
)

var statusNames = []string{"None", "CoolOff", "Open", "Expired", "Closed"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// Close reasons stored in packets.close_reason: how the packet's money ran out.
const (
	ReasonClaimed     = "claimed"     // the last share was claimed
	ReasonRefunded    = "refunded"    // C1
	ReasonWithdrawn   = "withdrawn"   // C2
	ReasonUndone      = "undone"      // C3, at once
	ReasonApproved    = "approved"    // C3/C4, the recipient approved an undo request
	ReasonDeclined    = "declined"    // C4
	ReasonIntercepted = "intercepted" // C6
)

// Packet is a packet as the index rebuilt it from the logs. Unlike getPacket() on chain, a closed packet keeps
// its shares, claimed count and times.
type Packet struct {
	ID            uint64
	Sender        common.Address // for an organisation's packet: the member who sent it
	Token         common.Address // zero for ETH
	Kind          Kind
	Auth          AuthMode
	Total         *big.Int // credited at send (what arrived, for fee-on-transfer tokens)
	Shares        uint16
	Claimed       uint16   // number of claims (a sealed packet: of drawn shares)
	Pending       uint16   // a sealed packet: claims whose share is not drawn yet (their money is in Remaining)
	Remaining     *big.Int // zero once closed
	ClaimedAmount *big.Int // gross sum of claims, relay fees included
	RelayFees     *big.Int // part of ClaimedAmount paid to relayers
	Returned      *big.Int // C5: what claimers sent back (outside the packet's balance)
	MinShare      *big.Int
	Recipient     common.Address // Direct recipient or claim key; zero for allowlist and open packets
	Root          common.Hash    // allowlist root; zero otherwise
	Guardian      common.Address // zero for none
	OrgID         uint64         // zero for none
	CreatedAt     uint64
	ReleaseAt     uint64
	ExpiresAt     uint64
	UndoUntil     uint64 // zero: no undo window
	UndoConsent   bool
	UndoRequested bool
	Closed        bool
	CloseReason   string   // one of the Reason* constants once closed
	ClosedAmount  *big.Int // what the closing clause moved (zero when claimed out)
	ClosedAt      uint64
	SentBlock     uint64
	SentTx        common.Hash
	ClosedBlock   uint64
	ClosedTx      common.Hash
}

// StatusAt is the packet's status at time t (unix seconds), by the contract's rule.
func (p *Packet) StatusAt(t uint64) Status {
	switch {
	case p.Closed:
		return StatusClosed
	case t < p.ReleaseAt:
		return StatusCoolOff
	case t < p.ExpiresAt:
		return StatusOpen
	default:
		return StatusExpired
	}
}

// Claim is one claimer's share of a packet.
type Claim struct {
	PacketID uint64
	Claimer  common.Address
	Amount   *big.Int       // gross share, relay fee included
	RelayFee *big.Int       // zero for a direct claim
	Relayer  common.Address // zero for a direct claim
	Returned *big.Int       // C5: sum of the Returned events' amounts
	Block    uint64
	TxHash   common.Hash
	// A sealed packet's claim: Index is the share it took; Pending while the share is not drawn (Amount is
	// zero then); ClaimBlock and ClaimTx are the claim's own (Block and TxHash are the draw's once drawn).
	Sealed     bool
	Index      uint64
	Pending    bool
	ClaimBlock uint64
	ClaimTx    common.Hash
}

// Lock is a sender's security lock for one token as stored (rules §4).
type Lock struct {
	Sender           common.Address
	Token            common.Address
	Threshold        *big.Int
	MinDelay         uint32
	PendingThreshold *big.Int // nil when no loosening was asked
	PendingMinDelay  uint32
	PendingAt        uint64
}

// At is the lock in effect at time t and the loosening still pending then (PendingAt zero when none), as the
// contract's lockOf() computes it.
func (l Lock) At(t uint64) Lock {
	out := Lock{Sender: l.Sender, Token: l.Token, Threshold: l.Threshold, MinDelay: l.MinDelay}
	if l.PendingAt == 0 {
		return out
	}
	if t >= l.PendingAt {
		out.Threshold, out.MinDelay = l.PendingThreshold, l.PendingMinDelay
		return out
	}
	out.PendingThreshold, out.PendingMinDelay, out.PendingAt = l.PendingThreshold, l.PendingMinDelay, l.PendingAt
	return out
}

// Org is an organisation as stored; TreasuryAt resolves a pending change.
type Org struct {
	ID               uint64
	Creator          common.Address
	Treasury         common.Address
	PendingTreasury  common.Address // zero when no change was asked
	TreasuryChangeAt uint64
	CreatedAt        uint64
	Admins           []common.Address
}

// TreasuryAt is the treasury in effect at time t.
func (o Org) TreasuryAt(t uint64) common.Address {
	if o.PendingTreasury != (common.Address{}) && t >= o.TreasuryChangeAt {
		return o.PendingTreasury
	}
	return o.Treasury
}
