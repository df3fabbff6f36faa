package relay

import (
	"context"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
)

// recoverSigner recovers who signed digest, as the escrow's OpenZeppelin ECDSA.tryRecover does: 65 bytes,
// v 27 or 28, s in the lower half of the curve order. A v of 0 or 1 (what some signers return) is rewritten
// to 27/28 in place first: the signature is the same, only its encoding differs. ok is false for a
// signature the escrow would reject whoever signed it.
func recoverSigner(digest common.Hash, signature []byte) (common.Address, bool) {
	if len(signature) != 65 {
		return common.Address{}, false
	}
	if signature[64] < 2 {
		signature[64] += 27
	}
	v := signature[64]
	r, s := new(big.Int).SetBytes(signature[:32]), new(big.Int).SetBytes(signature[32:64])
	if (v != 27 && v != 28) || !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return common.Address{}, false
	}
	raw := append(append([]byte{}, signature[:64]...), v-27)
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil {
		return common.Address{}, false
	}
	return crypto.PubkeyToAddress(*pub), true
}

// checkSigner refuses a ClaimFor signature that does not recover to the claimer, unless the claimer has
// code: then the escrow asks the claimer (ERC-1271), which only the simulation can do.
func (r *Relayer) checkSigner(ctx context.Context, c *claimRequest) *apiError {
	e := r.checkClaimerSignature(c)
	if e == nil {
		return nil
	}
	contract, ce := r.hasCode(ctx, c.Claimer)
	if ce != nil {
		return ce
	}
	if contract {
		return nil
	}
	return e
}

// checkClaimerSignature verifies the claimer's ClaimFor signature off chain, for this relayer, fee and
// deadline. Only for accounts without code: a contract claimer's signature is ERC-1271's, checked by the
// simulation.
func (r *Relayer) checkClaimerSignature(c *claimRequest) *apiError {
	digestOn := func(d sig.Domain) (common.Hash, error) {
		return d.ClaimForDigest(c.ID, c.Claimer, r.address, c.MaxFee, c.Deadline)
	}
	digest, err := digestOn(r.domain)
	if err != nil {
		return errorf(http.StatusBadRequest, codeInvalidField, "the claim cannot be hashed: %v", err)
	}
	signer, ok := recoverSigner(digest, c.Signature)
	if !ok {
		return errorf(http.StatusUnprocessableEntity, "InvalidClaimerSignature",
			"the ClaimFor signature is malformed (it needs r, s in the lower half of the curve order, and v 27 or 28); sign the claim again")
	}
	if signer == c.Claimer {
		return nil
	}
	if chain, ok := r.signedOnOtherChain(digestOn, c.Signature, c.Claimer); ok {
		return errorf(http.StatusUnprocessableEntity, "InvalidClaimerSignature",
			"the ClaimFor signature of %s is for chain %d, but this relayer serves chain %d (escrow %s); sign it again with chainId %d in the domain",
			c.Claimer.Hex(), chain, r.chainID, r.escrow.Hex(), r.chainID)
	}
	return errorf(http.StatusUnprocessableEntity, "InvalidClaimerSignature",
		"the ClaimFor signature is not by %s for relayer %s with this maxFee and deadline (signed for another chain or escrow? this relayer serves chain %d, escrow %s); sign it again for relayer %s",
		c.Claimer.Hex(), r.address.Hex(), r.chainID, r.escrow.Hex(), r.address.Hex())
}

// otherChains are the chain ids tried when a signature does not recover under this relayer's domain: the
// escrow has the same address on every chain (deterministic deployment), so a page or wallet that put its
// own network's chain id in the domain made a signature that recovers to the right signer under one of these
// (the networks most used, their test networks, and the dev chains).
var otherChains = []uint64{1, 10, 56, 100, 137, 8453, 42161, 43114, 59144, 11155111, 17000, 84532, 421614, 11155420, 31337, 1337}

// signedOnOtherChain says for which chain of otherChains (with this relayer's escrow) signature is want's,
// if any. Only a failed check pays for it, once per candidate: a hash and an ecrecover.
func (r *Relayer) signedOnOtherChain(digestOn func(sig.Domain) (common.Hash, error), signature []byte, want common.Address) (uint64, bool) {
	for _, id := range otherChains {
		if r.chainID.IsUint64() && r.chainID.Uint64() == id {
			continue
		}
		digest, err := digestOn(sig.Domain{ChainID: new(big.Int).SetUint64(id), Escrow: r.escrow})
		if err != nil {
			return 0, false
		}
		if signer, ok := recoverSigner(digest, signature); ok && signer == want {
			return id, true
		}
	}
	return 0, false
}

// checkAuth verifies the claim's own authorisation off chain: the recipient of a Direct packet, the claim
// key's signature, the allowlist proof, or the ticket's signature and proof, exactly as the escrow will.
func (r *Relayer) checkAuth(c *claimRequest, p packetState) *apiError {
	v := p.view
	if client.Kind(v.Kind) == client.Direct {
		if c.Claimer != v.Recipient {
			return errorf(http.StatusUnprocessableEntity, "NotRecipient", "only %s can claim packet %s", v.Recipient.Hex(), c.ID)
		}
		return nil
	}
	switch client.AuthMode(v.Auth) {
	case client.ClaimKey:
		digest, err := r.domain.ClaimDigest(c.ID, c.Claimer)
		if err != nil {
			return errorf(http.StatusBadRequest, codeInvalidField, "the claim cannot be hashed: %v", err)
		}
		if signer, ok := recoverSigner(digest, c.Auth); !ok || signer != v.Recipient {
			claimOn := func(d sig.Domain) (common.Hash, error) { return d.ClaimDigest(c.ID, c.Claimer) }
			if chain, other := r.signedOnOtherChain(claimOn, c.Auth, v.Recipient); ok && other {
				return errorf(http.StatusUnprocessableEntity, "InvalidClaimSignature",
					"the auth is packet %s's claim code signed for chain %d, but this relayer serves chain %d (escrow %s); sign it again with chainId %d in the domain",
					c.ID, chain, r.chainID, r.escrow.Hex(), r.chainID)
			}
			return errorf(http.StatusUnprocessableEntity, "InvalidClaimSignature",
				"the auth is not the signature of packet %s's claim code for %s; check that the link was copied whole", c.ID, c.Claimer.Hex())
		}
	case client.Allowlist:
		if !merkle.Verify(v.Root, c.Claimer, decodeProof(c.Auth)) {
			return errorf(http.StatusUnprocessableEntity, "NotInAllowlist",
				"%s is not on the allowlist of packet %s (or the proof is wrong); ask the sender for your proof", c.Claimer.Hex(), c.ID)
		}
	case client.Tickets:
		return r.checkTicket(c, v.Root)
	}
	return nil
}

// checkTicket verifies a ticket claim's auth as the escrow's _useTicket does: the encoding, the ticket key's
// compact signature of Claim(packetId, claimer), and the proof of (index, ticket address) to the packet's
// root. Whether the ticket is still unused is left to the simulation (TicketAlreadyUsed).
func (r *Relayer) checkTicket(c *claimRequest, root common.Hash) *apiError {
	invalid := errorf(http.StatusUnprocessableEntity, "InvalidTicket",
		"the auth is not a ticket of packet %s signed for %s; check that the ticket code or link was copied whole", c.ID, c.Claimer.Hex())
	index, rr, vs, proof, ok := client.DecodeTicketAuth(c.Auth)
	if !ok || !index.IsUint64() {
		return invalid
	}
	digest, err := r.domain.ClaimDigest(c.ID, c.Claimer)
	if err != nil {
		return errorf(http.StatusBadRequest, codeInvalidField, "the claim cannot be hashed: %v", err)
	}
	signer, ok := recoverSigner(digest, sig.ExpandCompact(rr, vs))
	if !ok || !merkle.VerifyTicket(root, index.Uint64(), signer, proof) {
		return invalid
	}
	return nil
}

// decodeProof reads the abi-encoded bytes32[] of an allowlist claim the way the escrow's _proof does: a
// malformed encoding is an empty proof.
func decodeProof(auth []byte) []common.Hash {
	if len(auth) < 64 || new(big.Int).SetBytes(auth[:32]).Cmp(big.NewInt(32)) != 0 {
		return nil
	}
	n := new(big.Int).SetBytes(auth[32:64])
	if max := big.NewInt(int64((len(auth) - 64) / 32)); n.Cmp(max) > 0 {
		return nil
	}
	proof := make([]common.Hash, n.Int64())
	for i := range proof {
		proof[i] = common.BytesToHash(auth[64+32*i : 96+32*i])
	}
	return proof
}
