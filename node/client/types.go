package client

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/merkle"
)

// Kind is a packet kind, numbered as the contract numbers it.
type Kind uint8

// Packet kinds (rules §1).
const (
	Direct Kind = iota // one named recipient takes the whole amount (转账)
	Equal              // up to N claimers, equal shares (普通红包)
	Lucky              // up to N claimers, random "double average" shares (拼手气红包)
	// SealedLucky is Lucky with the sealed draw (rules §3): a claim takes an index, and its share is drawn
	// from the hash of the block after the claim when it is settled, so nobody can know or choose it.
	SealedLucky
)

var kindNames = []string{"direct", "equal", "lucky", "sealed-lucky"}

// String returns "direct", "equal", "lucky" or "sealed-lucky".
func (k Kind) String() string { return enumName(kindNames, uint8(k), "kind") }

// ParseKind parses "direct", "equal" or "lucky" (any case).
func ParseKind(s string) (Kind, error) {
	i, err := parseEnum(kindNames, s, "packet kind")
	return Kind(i), err
}

// AuthMode is how a group packet authorises a claim, numbered as the contract numbers it.
type AuthMode uint8

// Claim authorisation of group packets (rules §1). The zero value, ClaimKey, is the default.
const (
	ClaimKey  AuthMode = iota // a claim carries a signature by the packet's claim key (the "claim code")
	Allowlist                 // a claim carries a Merkle proof that the claimer is on the list
	Open                      // anyone may claim (bots can drain it)
	Tickets                   // one single-use ticket per share: a claim carries a ticket's signature and proof
)

var authNames = []string{"claim-key", "allowlist", "open", "tickets"}

// String returns "claim-key", "allowlist", "open" or "tickets".
func (a AuthMode) String() string { return enumName(authNames, uint8(a), "auth") }

// ParseAuthMode parses "claim-key", "allowlist", "open" or "tickets" (any case).
func ParseAuthMode(s string) (AuthMode, error) {
	i, err := parseEnum(authNames, s, "claim authorisation")
	return AuthMode(i), err
}

// Status is a packet's derived life-cycle state, numbered as the contract numbers it.
type Status uint8

// Packet statuses.
const (
	StatusNone    Status = iota // no such packet
	StatusCoolOff               // before releaseAt: claims not open yet
	StatusOpen                  // releaseAt <= now < expiresAt
	StatusExpired               // now >= expiresAt with money left: refundable
	StatusClosed                // nothing left
)

var statusNames = []string{"none", "cool-off", "open", "expired", "closed"}

// String returns "none", "cool-off", "open", "expired" or "closed".
func (s Status) String() string { return enumName(statusNames, uint8(s), "status") }

// Clause is the withdrawal clause that applies to a packet's sender right now (the contract's withdrawable()).
type Clause uint8

// Clauses, numbered as the contract numbers them.
const (
	ClauseNone        Clause = iota // nothing the sender can do now
	ClauseRefund                    // C1: expired, anyone can refund
	ClauseCoolOff                   // C2: before release, the sender withdraws unilaterally
	ClauseUndo                      // C3: within the undo window, the unclaimed rest goes back at once
	ClauseUndoRequest               // C3 for a Direct packet with consent: a request the recipient approves
)

var clauseNames = []string{"none", "refund", "cool-off", "undo", "undo-request"}

// String returns "none", "refund", "cool-off", "undo" or "undo-request".
func (c Clause) String() string { return enumName(clauseNames, uint8(c), "clause") }

func enumName(names []string, v uint8, what string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", what, v)
}

func parseEnum(names []string, s, what string) (uint8, error) {
	for i, n := range names {
		if strings.EqualFold(s, n) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("unknown %s %q (one of %s)", what, s, strings.Join(names, ", "))
}

// DefaultTTL is the claim period of a packet when SendRequest.TTL is zero (rules §2).
const DefaultTTL = 24 * time.Hour

// SendRequest describes a packet to send. Amounts are in base units (see node/units to parse human input).
type SendRequest struct {
	Kind      Kind
	Token     common.Address   // zero: native ETH
	Amount    *big.Int         // total, in base units
	Shares    uint16           // group packets: 1..10,000; Direct: 0 or 1
	Recipient common.Address   // Direct only
	Auth      AuthMode         // group packets only; the zero value is ClaimKey; Tickets: one ticket per share
	Allowlist []common.Address // Auth == Allowlist: the addresses that may claim
	Delay     time.Duration    // cool-off before claims open, whole seconds, 0..24h
	TTL       time.Duration    // how long claims stay open after release; zero means DefaultTTL
	Guardian  common.Address   // optional: may intercept the packet (C6)
	// Org, when not zero, sends from the budget of this organisation as one of its members (rules §5): no
	// money leaves the client's address, and every way back leads to the budget.
	Org uint64
	// StrictDelay refuses a send that the sender's security lock (rules §4) would delay further: Send then
	// returns the DelayTooShort error instead of raising Delay to the lock's minimum (the default).
	StrictDelay bool
}

// TxInfo identifies a mined transaction.
type TxInfo struct {
	TxHash  common.Hash
	GasUsed uint64
	Block   uint64
	GasCost *big.Int // wei paid for gas
}

// SendResult is what Send did.
type SendResult struct {
	TxInfo
	ID          *big.Int
	Kind        Kind
	Auth        AuthMode
	Token       common.Address
	Total       *big.Int // credited total (for fee-on-transfer tokens less than the amount sent)
	Shares      uint16
	MinShare    *big.Int
	ReleaseAt   time.Time
	ExpiresAt   time.Time
	UndoUntil   time.Time // zero when the packet has no undo window
	UndoConsent bool
	// ClaimKey packets: the claim code to share, and the claim key's address stored in the packet.
	ClaimCode string
	ClaimKey  common.Address
	// Allowlist packets: the tree, so that the caller can hand every address its proof.
	Tree *merkle.Tree
	// Tickets packets: the ticket codes to hand out, one per share (Tickets[i] is ticket i; each claims one
	// share, once), and the tree of the ticket keys whose root the packet stores.
	Tickets    []string
	TicketTree *merkle.TicketTree
	// ERC-20 packets: how the escrow got its allowance.
	Permit   bool    // an EIP-2612 permit was signed and sendWithPermit used
	Approval *TxInfo // the approve transaction sent first, if one was needed
	// LockApplied is set when the sender's security lock raised the cool-off asked for (nil otherwise).
	LockApplied *LockRaise
	// Org is the organisation whose budget paid for the packet (from OrgPacketSent; 0 for the sender's own money).
	Org uint64
}

// ClaimAuth is what a claim needs besides the claimer: the claim code of a claim-key packet (hb1…), a ticket
// code of a ticket packet (hbt1…), or the Merkle proof of an allowlist packet. Direct and open packets need
// none of them.
type ClaimAuth struct {
	Code  string
	Proof []common.Hash
}

// ClaimResult is what a claim (direct or relayed) did.
type ClaimResult struct {
	TxInfo
	ID      *big.Int
	Claimer common.Address
	Amount  *big.Int       // the gross share (relayer fee included)
	Fee     *big.Int       // relayed claims: what the relayer was paid (zero otherwise)
	Relayer common.Address // relayed claims: the relayer
	Owed    *big.Int       // relayed claims: part of the share credited to the claimer's pull balance (push failed)
	// Sealed packets: the claim took share Index and Pending is true: the amount is drawn from the hash of the
	// next block (from block ReadyAt on), by WaitDrawn, Settle, the packet's next claim, a keeper or a
	// relayer; Amount, Fee and Owed are zero until then.
	Pending bool
	Sealed  bool
	Index   uint64
	ReadyAt uint64
	// DrawnOthers is how many earlier pending shares of the packet this claim drew on the way (sealed).
	DrawnOthers int
}

// Net is what the claimer received: Amount - Fee.
func (r *ClaimResult) Net() *big.Int { return new(big.Int).Sub(r.Amount, r.Fee) }

// RelayedClaim is a claim signed by the claimer (SignClaimFor) for a relayer to submit (ClaimFor). It is
// plain data: it can travel as JSON.
type RelayedClaim struct {
	ID        *big.Int       `json:"id"`
	Claimer   common.Address `json:"claimer"`
	Relayer   common.Address `json:"relayer"`
	MaxFee    *big.Int       `json:"maxFee"`
	Deadline  *big.Int       `json:"deadline"`  // unix seconds
	Auth      []byte         `json:"auth"`      // the claim's auth bytes (claim-key signature or encoded proof)
	Signature []byte         `json:"signature"` // the claimer's EIP-712 ClaimFor signature
}

// WithdrawResult is what a clause that moves a packet back (or records an undo request) did.
type WithdrawResult struct {
	TxInfo
	ID *big.Int
	// Event is the escrow event that recorded it: "CoolOffWithdrawn", "Undone", "UndoRequested",
	// "UndoApproved", "Declined", "Intercepted" or "Refunded".
	Event  string
	Amount *big.Int       // what went back (zero for an undo request)
	To     common.Address // who it went to (the sender), or for an undo request the recipient asked
	Owed   *big.Int       // part of Amount credited to To's pull balance because the push failed
	Budget uint64         // an organisation's packet: the money went back to this organisation's budget
	// Drawn (a sealed packet) are the pending shares that had to be drawn first (DrawsReady), by a settle
	// transaction of the client's before this one.
	Drawn []DrawResult
}

// Refund is one packet a refund transaction refunded.
type Refund struct {
	ID     *big.Int
	To     common.Address
	Amount *big.Int
	Owed   bool   // the push failed; the amount is in To's pull balance (WithdrawOwed)
	Budget uint64 // an organisation's packet: the amount went back to this organisation's budget
}

// RefundResult is what Refund did: which ids were refunded and which were skipped (not refundable).
type RefundResult struct {
	TxInfo
	Refunded []Refund
	Skipped  []*big.Int
}

// ReturnResult is what a voluntary return (C5) did.
type ReturnResult struct {
	TxInfo
	ID     *big.Int
	Amount *big.Int // what reached the escrow and was forwarded
	To     common.Address
	Owed   *big.Int // credited to To's pull balance because the push failed
	Budget uint64   // an organisation's packet: the amount went to this organisation's budget
}

// OwedResult is what WithdrawOwed paid out.
type OwedResult struct {
	TxInfo
	Token  common.Address
	Amount *big.Int
	To     common.Address
}

// ClaimRecord is one claim of a packet, from its Claimed log.
type ClaimRecord struct {
	Claimer common.Address
	Amount  *big.Int
	Block   uint64
	TxHash  common.Hash
}

// TakeBack is one way a live packet can still go back to its sender, who can do it, and when.
type TakeBack struct {
	// Clause: "cool-off" (C2), "undo" / "undo-request" (C3), "decline" (C4), "intercept" (C6), "refund" (C1).
	Clause string
	Who    string         // "sender", "recipient", "guardian", "org admin" or "anyone"
	By     common.Address // the address that can act (zero for anyone and for an organisation's admins)
	From   time.Time      // zero: already possible
	Until  time.Time      // zero: no end (until the packet closes)
}

// Packet is a packet as the tools show it.
type Packet struct {
	ID        *big.Int
	Status    Status
	Kind      Kind
	Auth      AuthMode
	Sender    common.Address
	Token     common.Address
	Symbol    string
	Decimals  uint8
	Total     *big.Int // credited at send (from PacketSent)
	Remaining *big.Int
	Shares    uint16
	Claimed   uint16
	MinShare  *big.Int
	// Recipient is the Direct recipient, or the claim key's address of a claim-key group packet.
	Recipient     common.Address
	Root          common.Hash
	Guardian      common.Address
	OrgID         uint64
	CreatedAt     time.Time
	ReleaseAt     time.Time
	ExpiresAt     time.Time
	UndoUntil     time.Time // zero: no undo window
	UndoConsent   bool
	UndoRequested bool
	SentBlock     uint64
	SentTx        common.Hash
	Claims        []ClaimRecord
	// Pending lists the claims of a sealed packet whose share is not drawn yet, oldest first ("drawing…");
	// Claims are the drawn ones, in index order (Claims[i] is share i).
	Pending []PendingShare
	// TakeBack lists who can still take the packet back and until when (empty once it is closed).
	TakeBack []TakeBack
	// Closing is how a closed packet's rest left the escrow (nil while it is live, and when it was claimed out:
	// the claims say where that went).
	Closing *Closing
	// Now is the chain time the packet was read at.
	Now time.Time
}

// Closing is the clause that closed a packet and what it moved: Reason is "refunded" (C1), "withdrawn" (C2),
// "undone" (C3), "approved" (C3/C4), "declined" (C4) or "intercepted" (C6); To is the sender, or zero when the
// money went back into the organisation's budget (OrgID of the packet).
type Closing struct {
	Reason string
	Amount *big.Int
	To     common.Address
	Block  uint64
	TxHash common.Hash
}

// ListFilter selects packets for List. Set fields combine with AND; an empty filter lists every packet.
type ListFilter struct {
	SentBy common.Address // packets sent by this address
	// ReceivedBy: Direct packets addressed to this address, and packets it claimed a share of.
	ReceivedBy common.Address
	// ClaimableBy: live packets this address can claim now or after their cool-off, that it has not claimed:
	// Direct packets to it and open group packets. Claim-key and allowlist packets are not included (who
	// may claim them is not visible on chain).
	ClaimableBy common.Address
	// GuardedBy: packets this address may intercept (C6, rules §5): those it is the guardian of, and those
	// sent from the budget of an organisation it is an admin of now (an admin added later guards earlier
	// packets too, a removed one none). Closed packets stay in.
	GuardedBy common.Address
	FromBlock uint64 // first block to scan
}

// Tier is an undo tier of a token policy (rules §4): packets up to MaxAmount get an undo window of Window.
type Tier struct {
	MaxAmount *big.Int
	Window    time.Duration
	Consent   bool // Direct packets: the undo is a request the recipient must approve
}

// Policy is a token's minimum share and undo tiers (for packets sent from now on).
type Policy struct {
	MinShare *big.Int
	Tiers    []Tier
}

// DefaultPolicy is rules §4's default for a token with `decimals` decimals: minimum share 1 base unit;
// amount <= 200: 5 minutes with consent; 200 < amount <= 500: 2 minutes with consent; above: no undo.
func DefaultPolicy(decimals uint8) Policy {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	return Policy{
		MinShare: big.NewInt(1),
		Tiers: []Tier{
			{MaxAmount: new(big.Int).Mul(big.NewInt(200), unit), Window: 5 * time.Minute, Consent: true},
			{MaxAmount: new(big.Int).Mul(big.NewInt(500), unit), Window: 2 * time.Minute, Consent: true},
		},
	}
}
