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
)

// Claim codes.
//
// A group packet with claim-key authorisation stores the address of a claim key; whoever holds the private
// half can sign claims, so the private half travels in the chat as the packet's "claim code".
//
// The claim key is derived, so that the sender can print the code again later from their own key alone:
//
//	h   = keccak256("hongbao claim key v1" || sender private key (32 bytes) || chain id (32 bytes, big-endian)
//	                || escrow address (20 bytes) || nonce of the send transaction (8 bytes, big-endian))
//	key = (h mod (n - 1)) + 1, with n the order of secp256k1 (so 1 <= key < n, always a valid key)
//
// The code is "hb1" followed by the base58 (Bitcoin alphabet) encoding of the 32-byte key and a 4-byte
// checksum, the first 4 bytes of keccak256("hongbao claim code" || key). A typo is caught by the checksum
// before anything is sent; a well-formed code of another packet is caught by the escrow
// (InvalidClaimSignature, "this claim code is not the code of packet 42").

const (
	claimCodePrefix = "hb1"
	claimKeyDomain  = "hongbao claim key v1"
	checksumDomain  = "hongbao claim code"
	base58Alphabet  = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
)

// DeriveClaimKey derives the claim key of a claim-key packet sent from senderKey to the escrow on chain
// chainID by the transaction with the given nonce (see the claim code format above).
func DeriveClaimKey(senderKey *ecdsa.PrivateKey, chainID *big.Int, escrowAddr common.Address, nonce uint64) *ecdsa.PrivateKey {
	return deriveKey(claimKeyDomain, senderKey, chainID, escrowAddr, nonce)
}

// deriveKey is the key (h mod (n - 1)) + 1 of h = keccak256(domain || sender private key (32) || chain id (32,
// big-endian) || escrow address (20) || nonce (8, big-endian) || extra), for claim keys and ticket keys.
func deriveKey(domain string, senderKey *ecdsa.PrivateKey, chainID *big.Int, escrowAddr common.Address, nonce uint64, extra ...byte) *ecdsa.PrivateKey {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], nonce)
	h := crypto.Keccak256([]byte(domain), math.PaddedBigBytes(senderKey.D, 32),
		math.PaddedBigBytes(chainID, 32), escrowAddr.Bytes(), n[:], extra)
	order := crypto.S256().Params().N
	d := new(big.Int).SetBytes(h)
	d.Mod(d, new(big.Int).Sub(order, big.NewInt(1))).Add(d, big.NewInt(1))
	key, err := crypto.ToECDSA(math.PaddedBigBytes(d, 32))
	if err != nil { // 1 <= d < n: cannot happen
		panic(fmt.Sprintf("%s derivation: %v", domain, err))
	}
	return key
}

// FormatClaimCode encodes a claim key as a claim code ("hb1…").
func FormatClaimCode(key *ecdsa.PrivateKey) string {
	raw := math.PaddedBigBytes(key.D, 32)
	return claimCodePrefix + base58Encode(append(raw, checksum(raw)...))
}

// ParseClaimCode decodes a claim code into the claim key. It rejects codes that are malformed: wrong prefix,
// characters outside base58, wrong length, or a checksum mismatch (a typo).
func ParseClaimCode(code string) (*ecdsa.PrivateKey, error) {
	code = strings.TrimSpace(code)
	if code == "" {
		return nil, badCode("the claim code is empty; paste the code the sender shared (it starts with hb1)")
	}
	if !strings.HasPrefix(code, claimCodePrefix) {
		return nil, badCode(fmt.Sprintf("%q is not a claim code: claim codes start with %q", short(code), claimCodePrefix))
	}
	raw, err := base58Decode(code[len(claimCodePrefix):])
	if err != nil {
		return nil, badCode(fmt.Sprintf("the claim code %q has a character that cannot be in a code (%v); check for typos", short(code), err))
	}
	if len(raw) != 36 {
		return nil, badCode(fmt.Sprintf("the claim code %q has the wrong length; check it was copied whole", short(code)))
	}
	if !bytes.Equal(checksum(raw[:32]), raw[32:]) {
		return nil, badCode(fmt.Sprintf("the claim code %q has a typo (its checksum does not match); copy it again", short(code)))
	}
	key, err := crypto.ToECDSA(raw[:32])
	if err != nil {
		return nil, badCode(fmt.Sprintf("the claim code %q does not hold a valid key", short(code)))
	}
	return key, nil
}

func badCode(msg string) error { return &Error{Code: CodeBadClaimCode, Message: msg} }

// short abbreviates a long bad input for an error message.
func short(s string) string {
	if len(s) <= 24 {
		return s
	}
	return s[:20] + "…"
}

func checksum(key []byte) []byte {
	return crypto.Keccak256([]byte(checksumDomain), key)[:4]
}

func base58Encode(b []byte) string {
	x := new(big.Int).SetBytes(b)
	radix, mod := big.NewInt(58), new(big.Int)
	var out []byte
	for x.Sign() > 0 {
		x.DivMod(x, radix, mod)
		out = append(out, base58Alphabet[mod.Int64()])
	}
	for _, c := range b { // leading zero bytes are written as leading '1's
		if c != 0 {
			break
		}
		out = append(out, base58Alphabet[0])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func base58Decode(s string) ([]byte, error) {
	if s == "" {
		return nil, fmt.Errorf("nothing after the prefix")
	}
	x, radix := new(big.Int), big.NewInt(58)
	for _, r := range s {
		i := strings.IndexRune(base58Alphabet, r)
		if i < 0 {
			return nil, fmt.Errorf("%q", r)
		}
		x.Mul(x, radix).Add(x, big.NewInt(int64(i)))
	}
	zeros := 0
	for zeros < len(s) && s[zeros] == base58Alphabet[0] {
		zeros++
	}
	return append(make([]byte, zeros), x.Bytes()...), nil
}

// ClaimCode re-derives the claim code of packet id, a claim-key group packet sent by this client's key: it
// finds the packet's PacketSent log and send transaction, takes that transaction's nonce, and derives.
func (c *Client) ClaimCode(ctx context.Context, id *big.Int) (string, error) {
	if c.key == nil {
		return "", &Error{Code: CodeReadOnly, Message: "the claim code is derived from the sender's key, and this client has no key"}
	}
	v, err := c.existing(ctx, id)
	if err != nil {
		return "", err
	}
	if Kind(v.Kind) == Direct || AuthMode(v.Auth) != ClaimKey {
		return "", &Error{Code: CodeInvalidRequest, Message: fmt.Sprintf(
			"packet %s has no claim code: it is a %s packet%s", id, Kind(v.Kind), authSuffix(v.Kind, v.Auth))}
	}
	if v.Sender != c.from {
		return "", &Error{Code: "NotSender", Message: fmt.Sprintf(
			"packet %s was sent by %s, not by you (%s); only its sender can show its claim code", id, v.Sender.Hex(), c.from.Hex())}
	}
	l, _, err := c.packetSentLog(ctx, id)
	if err != nil {
		return "", err
	}
	tx, _, err := c.backend.TransactionByHash(ctx, l.TxHash)
	if err != nil {
		return "", c.wrapRPC(err, "read the send transaction "+l.TxHash.Hex())
	}
	key := DeriveClaimKey(c.key, c.chainID, c.escrow, tx.Nonce())
	if crypto.PubkeyToAddress(key.PublicKey) != v.Recipient {
		return "", &Error{Code: CodeNotFound, Message: fmt.Sprintf(
			"the claim key of packet %s was not derived from your key (another tool made it), so its code cannot be shown again", id)}
	}
	return FormatClaimCode(key), nil
}

func authSuffix(kind, auth uint8) string {
	if Kind(kind) == Direct {
		return " (only its recipient can claim it)"
	}
	return fmt.Sprintf(" with %s claims", AuthMode(auth))
}
