package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
)

// Claim tickets.
//
// A group packet with ticket authorisation (AuthMode Tickets) has one single-use ticket per share. Ticket i
// is a key pair; the packet stores the Merkle root of OpenZeppelin's StandardMerkleTree with leaf encoding
// ["uint256", "address"] and values [i, ticket i's address] for i in 0..shares-1 (node/merkle TicketTree).
// A claim's auth is abi.encode(uint256 index, bytes32 r, bytes32 vs, bytes32[] proof): the ticket key's
// EIP-2098 compact signature (vs = s | (v - 27) << 255) of the same EIP-712 Claim(packetId, claimer) digest
// a claim key signs, and the ticket's proof. Each ticket claims one share, once: whoever holds one ticket
// gets one share, never more (rules §1).
//
// Ticket keys are derived, so that the sender can print the tickets again later from their own key alone:
//
//	h   = keccak256("hongbao ticket key v1" || sender private key (32 bytes) || chain id (32 bytes, big-endian)
//	                || escrow address (20 bytes) || nonce of the send transaction (8 bytes, big-endian)
//	                || index (4 bytes, big-endian))
//	key = (h mod (n - 1)) + 1, with n the order of secp256k1 (the construction of DeriveClaimKey)
//
// A ticket travels as a ticket code: "hbt1" followed by the base58 (Bitcoin alphabet, as the hb1 claim code)
// encoding of
//
//	key (32 bytes) || index (2 bytes, big-endian) || proof (32 bytes per hash, k hashes, in proof order)
//	|| checksum (4 bytes: the first 4 bytes of keccak256("hongbao ticket code" || every byte before it))
//
// so a code is 34 + 32k + 4 bytes before base58 (k = 0 for a packet of one share; k <= 14 for 10,000). The
// base58 encoding keeps leading zero bytes as leading '1's, as the claim code does. Parsing checks the prefix,
// the alphabet, the length (34 + 32k + 4 for some k >= 0), then the checksum (a typo is caught before anything
// is sent), then that the key is a valid secp256k1 key. A well-formed ticket of another packet is caught by
// the escrow (InvalidTicket), a used one too (TicketAlreadyUsed). In a claim link the ticket code travels in
// the fragment, #code=hbt1…, exactly as a claim code does.

const (
	ticketCodePrefix     = "hbt1"
	ticketKeyDomain      = "hongbao ticket key v1"
	ticketChecksumDomain = "hongbao ticket code"
	ticketHead           = 32 + 2 // key and index
	checksumLen          = 4
)

// Ticket is one claim ticket: its index in the packet's tree, its key, and its Merkle proof.
type Ticket struct {
	Index uint16
	Key   *ecdsa.PrivateKey
	Proof []common.Hash
}

// Address is the ticket key's address (the one in the packet's tree).
func (t *Ticket) Address() common.Address { return crypto.PubkeyToAddress(t.Key.PublicKey) }

// DeriveTicketKey derives the key of ticket index of a ticket packet sent from senderKey to the escrow on
// chain chainID by the transaction with the given nonce (see the format above).
func DeriveTicketKey(senderKey *ecdsa.PrivateKey, chainID *big.Int, escrowAddr common.Address, nonce uint64, index uint32) *ecdsa.PrivateKey {
	var i [4]byte
	binary.BigEndian.PutUint32(i[:], index)
	return deriveKey(ticketKeyDomain, senderKey, chainID, escrowAddr, nonce, i[:]...)
}

// DeriveTickets derives the n tickets of a ticket packet (keys, tree and proofs) sent from senderKey by the
// transaction with the given nonce.
func DeriveTickets(senderKey *ecdsa.PrivateKey, chainID *big.Int, escrowAddr common.Address, nonce uint64, n int) ([]Ticket, *merkle.TicketTree, error) {
	keys := make([]*ecdsa.PrivateKey, n)
	addrs := make([]common.Address, n)
	for i := range keys {
		keys[i] = DeriveTicketKey(senderKey, chainID, escrowAddr, nonce, uint32(i))
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	tree, err := merkle.NewTickets(addrs)
	if err != nil {
		return nil, nil, err
	}
	out := make([]Ticket, n)
	for i := range out {
		proof, _ := tree.Proof(i)
		out[i] = Ticket{Index: uint16(i), Key: keys[i], Proof: proof}
	}
	return out, tree, nil
}

// FormatTicketCode encodes a ticket as a ticket code ("hbt1…").
func FormatTicketCode(t Ticket) string {
	raw := make([]byte, 0, ticketHead+32*len(t.Proof)+checksumLen)
	raw = append(raw, math.PaddedBigBytes(t.Key.D, 32)...)
	raw = binary.BigEndian.AppendUint16(raw, t.Index)
	for _, p := range t.Proof {
		raw = append(raw, p[:]...)
	}
	return ticketCodePrefix + base58Encode(append(raw, ticketChecksum(raw)...))
}

// FormatTicketCodes encodes every ticket, in index order.
func FormatTicketCodes(ts []Ticket) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = FormatTicketCode(t)
	}
	return out
}

// IsTicketCode reports whether s looks like a ticket code (starts with hbt1), whether or not it is well formed.
func IsTicketCode(s string) bool { return strings.HasPrefix(strings.TrimSpace(s), ticketCodePrefix) }

// ParseTicketCode decodes a ticket code. It rejects codes that are malformed: wrong prefix, characters
// outside base58, a length that is not 34 + 32k + 4 bytes, a checksum mismatch (a typo), or a key that is not
// a valid key.
func ParseTicketCode(code string) (*Ticket, error) {
	code = strings.TrimSpace(code)
	if code == "" {
		return nil, badTicket("the ticket code is empty; paste the ticket the sender gave you (it starts with hbt1)")
	}
	if !strings.HasPrefix(code, ticketCodePrefix) {
		return nil, badTicket(fmt.Sprintf("%q is not a ticket code: ticket codes start with %q", short(code), ticketCodePrefix))
	}
	raw, err := base58Decode(code[len(ticketCodePrefix):])
	if err != nil {
		return nil, badTicket(fmt.Sprintf("the ticket code %q has a character that cannot be in a code (%v); check for typos", short(code), err))
	}
	if len(raw) < ticketHead+checksumLen || (len(raw)-ticketHead-checksumLen)%32 != 0 {
		return nil, badTicket(fmt.Sprintf("the ticket code %q has the wrong length; check it was copied whole", short(code)))
	}
	body, sum := raw[:len(raw)-checksumLen], raw[len(raw)-checksumLen:]
	if !bytes.Equal(ticketChecksum(body), sum) {
		return nil, badTicket(fmt.Sprintf("the ticket code %q has a typo (its checksum does not match); copy it again", short(code)))
	}
	key, err := crypto.ToECDSA(body[:32])
	if err != nil {
		return nil, badTicket(fmt.Sprintf("the ticket code %q does not hold a valid key", short(code)))
	}
	t := &Ticket{Index: binary.BigEndian.Uint16(body[32:34]), Key: key, Proof: make([]common.Hash, (len(body)-ticketHead)/32)}
	for i := range t.Proof {
		t.Proof[i] = common.BytesToHash(body[ticketHead+32*i : ticketHead+32*(i+1)])
	}
	return t, nil
}

func badTicket(msg string) error { return &Error{Code: CodeBadTicketCode, Message: msg} }

func ticketChecksum(body []byte) []byte {
	return crypto.Keccak256([]byte(ticketChecksumDomain), body)[:checksumLen]
}

// EncodeTicketAuth is the `auth` of a ticket claim: abi.encode(uint256 index, bytes32 r, bytes32 vs, bytes32[] proof).
func EncodeTicketAuth(index uint64, r, vs common.Hash, proof []common.Hash) []byte {
	out := make([]byte, 0, 160+32*len(proof))
	out = append(out, common.LeftPadBytes(new(big.Int).SetUint64(index).Bytes(), 32)...)
	out = append(out, r[:]...)
	out = append(out, vs[:]...)
	out = append(out, common.LeftPadBytes([]byte{128}, 32)...)
	out = append(out, common.LeftPadBytes(new(big.Int).SetUint64(uint64(len(proof))).Bytes(), 32)...)
	for _, p := range proof {
		out = append(out, p[:]...)
	}
	return out
}

// DecodeTicketAuth reads the auth of a ticket claim the way the escrow's _useTicket does; ok is false for an
// encoding the escrow refuses (InvalidTicket).
func DecodeTicketAuth(auth []byte) (index *big.Int, r, vs common.Hash, proof []common.Hash, ok bool) {
	if len(auth) < 160 || new(big.Int).SetBytes(auth[96:128]).Cmp(big.NewInt(128)) != 0 {
		return nil, r, vs, nil, false
	}
	n := new(big.Int).SetBytes(auth[128:160])
	if n.Cmp(big.NewInt(int64((len(auth)-160)/32))) > 0 {
		return nil, r, vs, nil, false
	}
	proof = make([]common.Hash, n.Int64())
	for i := range proof {
		proof[i] = common.BytesToHash(auth[160+32*i : 192+32*i])
	}
	return new(big.Int).SetBytes(auth[:32]), common.BytesToHash(auth[32:64]), common.BytesToHash(auth[64:96]), proof, true
}

// SignTicketClaim is the auth of a claim of packet id by claimer with ticket t (see the format above).
func SignTicketClaim(d sig.Domain, t *Ticket, id *big.Int, claimer common.Address) ([]byte, error) {
	digest, err := d.ClaimDigest(id, claimer)
	if err != nil {
		return nil, err
	}
	r, vs, err := sig.SignCompact(t.Key, digest)
	if err != nil {
		return nil, fmt.Errorf("sign the ticket claim: %w", err)
	}
	return EncodeTicketAuth(uint64(t.Index), r, vs, t.Proof), nil
}

// ticketSet is the tickets derived for one nonce of a ticket packet's send.
type ticketSet struct {
	tickets []Ticket
	tree    *merkle.TicketTree
}

func (c *Client) deriveTickets(nonce uint64, n int) (ticketSet, error) {
	ts, tree, err := DeriveTickets(c.key, c.chainID, c.escrow, nonce, n)
	return ticketSet{ts, tree}, err
}

// TicketCodes re-derives the ticket codes of packet id, a ticket packet sent by this client's key, in index
// order: it finds the packet's PacketSent log and send transaction, takes that transaction's nonce, derives
// the tickets and checks their root against the packet's.
func (c *Client) TicketCodes(ctx context.Context, id *big.Int) ([]string, error) {
	if c.key == nil {
		return nil, &Error{Code: CodeReadOnly, Message: "the tickets are derived from the sender's key, and this client has no key"}
	}
	v, err := c.existing(ctx, id)
	if err != nil {
		return nil, err
	}
	if Kind(v.Kind) == Direct || AuthMode(v.Auth) != Tickets {
		return nil, &Error{Code: CodeInvalidRequest, Message: fmt.Sprintf(
			"packet %s has no tickets: it is a %s packet%s", id, Kind(v.Kind), authSuffix(v.Kind, v.Auth))}
	}
	if v.Sender != c.from {
		return nil, &Error{Code: "NotSender", Message: fmt.Sprintf(
			"packet %s was sent by %s, not by you (%s); only its sender can show its tickets", id, v.Sender.Hex(), c.from.Hex())}
	}
	l, ev, err := c.packetSentLog(ctx, id)
	if err != nil {
		return nil, err
	}
	tx, _, err := c.backend.TransactionByHash(ctx, l.TxHash)
	if err != nil {
		return nil, c.wrapRPC(err, "read the send transaction "+l.TxHash.Hex())
	}
	set, err := c.deriveTickets(tx.Nonce(), int(ev.Shares))
	if err != nil {
		return nil, &Error{Code: CodeInvalidRequest, Message: fmt.Sprintf("cannot derive the tickets of packet %s: %v", id, err), Err: err}
	}
	if set.tree.Root() != common.Hash(v.Root) {
		return nil, &Error{Code: CodeNotFound, Message: fmt.Sprintf(
			"the tickets of packet %s were not derived from your key (another tool made them), so they cannot be shown again", id)}
	}
	return FormatTicketCodes(set.tickets), nil
}

// TicketUsed reports whether ticket index of packet id has claimed its share (the escrow's ticketUsed; indices
// past the packet's shares, and packets without tickets, read as used).
func (c *Client) TicketUsed(ctx context.Context, id *big.Int, index uint16) (bool, error) {
	return read(ctx, c, c.abi.PackTicketUsed(id, big.NewInt(int64(index))), c.abi.UnpackTicketUsed, false, "ticketUsed")
}
