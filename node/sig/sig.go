// Package sig builds and signs the EIP-712 messages of the escrow: Claim (signed by a packet's claim key) and
// ClaimFor (signed by a claimer to let a relayer submit the claim). Domain: name "Hongbao", version "1",
// the chain id and the escrow address.
package sig

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Domain identifies one escrow deployment.
type Domain struct {
	ChainID *big.Int
	Escrow  common.Address
}

var types712 = apitypes.Types{
	"EIP712Domain": {
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "verifyingContract", Type: "address"},
	},
	"Claim": {
		{Name: "packetId", Type: "uint256"},
		{Name: "claimer", Type: "address"},
	},
	"ClaimFor": {
		{Name: "packetId", Type: "uint256"},
		{Name: "claimer", Type: "address"},
		{Name: "relayer", Type: "address"},
		{Name: "maxFee", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	},
}

func (d Domain) typed(primary string, msg apitypes.TypedDataMessage) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       types712,
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name:              "Hongbao",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(d.ChainID),
			VerifyingContract: d.Escrow.Hex(),
		},
		Message: msg,
	}
}

func digest(td apitypes.TypedData) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("eip-712 hash: %w", err)
	}
	return common.BytesToHash(h), nil
}

// ClaimDigest is the digest a claim key signs for a claim of packet id by claimer.
func (d Domain) ClaimDigest(id *big.Int, claimer common.Address) (common.Hash, error) {
	return digest(d.typed("Claim", apitypes.TypedDataMessage{
		"packetId": (*math.HexOrDecimal256)(id),
		"claimer":  claimer.Hex(),
	}))
}

// ClaimForDigest is the digest a claimer signs to let relayer submit their claim for at most maxFee until deadline.
func (d Domain) ClaimForDigest(id *big.Int, claimer, relayer common.Address, maxFee, deadline *big.Int) (common.Hash, error) {
	return digest(d.typed("ClaimFor", apitypes.TypedDataMessage{
		"packetId": (*math.HexOrDecimal256)(id),
		"claimer":  claimer.Hex(),
		"relayer":  relayer.Hex(),
		"maxFee":   (*math.HexOrDecimal256)(maxFee),
		"deadline": (*math.HexOrDecimal256)(deadline),
	}))
}

// Sign signs a digest and returns the 65-byte r || s || v signature with v in {27, 28}, as ecrecover wants.
func Sign(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	s, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	s[64] += 27
	return s, nil
}

// SignCompact signs a digest and returns the EIP-2098 compact signature (r, vs), vs = s | (v - 27) << 255,
// the form OpenZeppelin's ECDSA.tryRecover(hash, r, vs) reads (claim tickets carry it). s is always in the
// lower half of the curve order, so the top bit of s is free for v.
func SignCompact(key *ecdsa.PrivateKey, digest common.Hash) (r, vs common.Hash, err error) {
	s, err := crypto.Sign(digest[:], key)
	if err != nil {
		return r, vs, err
	}
	copy(r[:], s[:32])
	copy(vs[:], s[32:64])
	vs[0] |= s[64] << 7
	return r, vs, nil
}

// ExpandCompact turns an EIP-2098 compact signature (r, vs) into the 65-byte r || s || v form, v 27 or 28.
func ExpandCompact(r, vs common.Hash) []byte {
	out := make([]byte, 65)
	copy(out, r[:])
	copy(out[32:], vs[:])
	out[32] &= 0x7f
	out[64] = 27 + vs[0]>>7
	return out
}

// SignClaim signs Claim(id, claimer) with a packet's claim key.
func (d Domain) SignClaim(claimKey *ecdsa.PrivateKey, id *big.Int, claimer common.Address) ([]byte, error) {
	h, err := d.ClaimDigest(id, claimer)
	if err != nil {
		return nil, err
	}
	return Sign(claimKey, h)
}

// SignClaimFor signs ClaimFor(...) with the claimer's own key.
func (d Domain) SignClaimFor(claimerKey *ecdsa.PrivateKey, id *big.Int, relayer common.Address, maxFee, deadline *big.Int) ([]byte, error) {
	claimer := crypto.PubkeyToAddress(claimerKey.PublicKey)
	h, err := d.ClaimForDigest(id, claimer, relayer, maxFee, deadline)
	if err != nil {
		return nil, err
	}
	return Sign(claimerKey, h)
}
