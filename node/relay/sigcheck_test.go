package relay

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/sig"
)

// TestWrongDomainSignatures: a ClaimFor or a claim-code signature made under another EIP-712 domain than the
// relayer's (another chain id, another escrow) is refused before anything is sent; when it was made for the
// relayer's escrow on one of the common chains, the message names that chain and the one this relayer serves.
func TestWrongDomainSignatures(t *testing.T) {
	e := newEnv(t, nil)
	a := newClaimer(t, "domain")
	group := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(2), Shares: 2})
	dl := e.deadline()
	chain := e.Domain.ChainID
	require.NotEqual(t, uint64(31337), chain.Uint64(), "the test chain must not be one of the tried chains' ids used below")
	escrowHex, rel := e.Escrow.Hex(), e.relayer().Hex()

	on := func(chainID int64, escrow common.Address) sig.Domain {
		return sig.Domain{ChainID: big.NewInt(chainID), Escrow: escrow}
	}
	// claimFor signs ClaimFor under d (the claimer's signature) with the claim code's auth under codeDomain.
	claimFor := func(d, codeDomain sig.Domain) claimJSON {
		key, err := client.ParseClaimCode(group.ClaimCode)
		require.NoError(t, err)
		auth, err := codeDomain.SignClaim(key, group.ID, addrOf(a))
		require.NoError(t, err)
		s, err := d.SignClaimFor(a, group.ID, e.relayer(), milli(1), big.NewInt(dl))
		require.NoError(t, err)
		return claimJSON{PacketID: group.ID.String(), Claimer: addrOf(a).Hex(), MaxFee: milli(1).String(), Deadline: dl,
			Auth: hexOf(auth), Signature: hexOf(s)}
	}
	// Another escrow, or a chain not among the common ones, cannot be told from a wrong signer.
	generic := "the ClaimFor signature is not by " + addrOf(a).Hex() + " for relayer " + rel +
		" with this maxFee and deadline (signed for another chain or escrow? this relayer serves chain " + e.ChainID.String() +
		", escrow " + e.Escrow.Hex() + "); sign it again for relayer " + rel
	otherEscrow := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3") // where Anvil account 0 creates its first contract
	require.NotEqual(t, e.Escrow, otherEscrow)
	tests := []struct {
		name string
		body claimJSON
		code string
		msg  string
	}{
		{"ClaimFor signed on a common other chain", claimFor(on(31337, e.Escrow), e.Domain), "InvalidClaimerSignature",
			"the ClaimFor signature of " + addrOf(a).Hex() + " is for chain 31337, but this relayer serves chain " + chain.String() +
				" (escrow " + escrowHex + "); sign it again with chainId " + chain.String() + " in the domain"},
		{"ClaimFor signed for another escrow", claimFor(on(chain.Int64(), otherEscrow), e.Domain), "InvalidClaimerSignature", generic},
		{"ClaimFor signed on an uncommon chain", claimFor(on(424242, e.Escrow), e.Domain), "InvalidClaimerSignature", generic},
		{"claim code signed on a common other chain", claimFor(e.Domain, on(11155111, e.Escrow)), "InvalidClaimSignature",
			"the auth is packet " + group.ID.String() + "'s claim code signed for chain 11155111, but this relayer serves chain " +
				chain.String() + " (escrow " + escrowHex + "); sign it again with chainId " + chain.String() + " in the domain"},
		{"claim code signed for another escrow", claimFor(e.Domain, on(chain.Int64(), otherEscrow)), "InvalidClaimSignature",
			"the auth is not the signature of packet " + group.ID.String() + "'s claim code for " + addrOf(a).Hex() +
				"; check that the link was copied whole"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := e.relayerState()
			status, answer := e.postClaim(tc.body)
			requireAPIError(t, status, answer, 422, tc.code, tc.msg)
			e.requireNothingSent(before)
			require.False(t, e.hasClaimed(group.ID, addrOf(a)))
		})
	}

	// The same claim under the relayer's own domain goes through: the refusals above were the domain's doing.
	res := e.mustClaim(claimFor(e.Domain, e.Domain))
	require.Equal(t, addrOf(a), res.Claimer)
	require.True(t, e.hasClaimed(group.ID, addrOf(a)))
}
