package sendclaim

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// TestWithdrawablePhases: withdrawable() names the clause that applies now, what it moves and until when, in
// every phase: cool-off, undo window (a request for Direct with consent, at once for groups and Direct without
// consent), open, expired, closed, unknown. getPacket's status follows the same phases.
func TestWithdrawablePhases(t *testing.T) {
	e := newEnv(t, 4)
	// ETH policy: up to 1 ETH five minutes with consent, up to 5 ETH ten minutes without, above no undo.
	e.setPolicy(eth, big.NewInt(1), []escrow.IHongbaoEscrowTier{
		{MaxAmount: contracttest.Ether(1), Window: 300, Consent: true},
		{MaxAmount: contracttest.Ether(5), Window: 600, Consent: false},
	})
	_, keyAddr := newClaimKey(t)
	one, two, ten := contracttest.Ether(1), contracttest.Ether(2), contracttest.Ether(10)

	sendAt := func(p escrow.IHongbaoEscrowSendParams) (*big.Int, uint64) {
		id, r := e.send(e.Key(1), p)
		return id, e.blockTime(r)
	}
	directConsent, t1 := sendAt(contracttest.DirectParams(e.Addr(2), one))
	group, t2 := sendAt(contracttest.GroupParams(contracttest.Equal, 3, one, keyAddr))
	directNoConsent, t3 := sendAt(contracttest.DirectParams(e.Addr(2), two))
	noUndo, t4 := sendAt(contracttest.DirectParams(e.Addr(2), ten))
	delayedP := contracttest.DirectParams(e.Addr(2), one)
	delayedP.Delay = 3600
	delayed, t5 := sendAt(delayedP)
	shortP := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 3, Ttl: 900, Amount: big.NewInt(3000)}
	short, _ := sendAt(shortP)
	e.claimOK(3, short, nil) // 1000 claimed, 2000 left to refund after expiry
	closed, _ := sendAt(contracttest.DirectParams(e.Addr(2), ten))
	e.claimOK(2, closed, nil)
	unknown := add(e.lastPacketID(), big.NewInt(1))

	type phase struct {
		id     *big.Int
		clause uint8
		amount *big.Int
		until  uint64
		status uint8
	}
	check := func(t *testing.T, ps map[string]phase) {
		for name, p := range ps {
			t.Run(name, func(t *testing.T) {
				e := e.on(t)
				requireSame(t, escrow.WithdrawableOutput{Clause: p.clause, Amount: p.amount, Until: u64(p.until)}, e.withdrawable(p.id))
				require.Equal(t, p.status, e.Packet(p.id).Status, "status")
			})
		}
	}
	zero := new(big.Int)
	t.Run("at send", func(t *testing.T) {
		check(t, map[string]phase{
			"direct with consent: undo request": {directConsent, clauseUndoRequest, one, t1 + 300, contracttest.StatusOpen},
			"group: undo at once":               {group, clauseUndo, one, t2 + 300, contracttest.StatusOpen},
			"direct without consent: undo":      {directNoConsent, clauseUndo, two, t3 + 600, contracttest.StatusOpen},
			"no undo tier: none until expiry":   {noUndo, clauseNone, zero, t4 + 86400, contracttest.StatusOpen},
			"cool-off":                          {delayed, clauseCoolOff, one, t5 + 3600, contracttest.StatusCoolOff},
			"closed":                            {closed, clauseNone, zero, 0, contracttest.StatusClosed},
			"unknown id":                        {unknown, clauseNone, zero, 0, contracttest.StatusNone},
		})
	})
	require.NoError(t, e.Warp(1000*time.Second))
	t.Run("after the undo windows", func(t *testing.T) {
		check(t, map[string]phase{
			"direct with consent": {directConsent, clauseNone, zero, t1 + 86400, contracttest.StatusOpen},
			"group":               {group, clauseNone, zero, t2 + 86400, contracttest.StatusOpen},
			"direct no consent":   {directNoConsent, clauseNone, zero, t3 + 86400, contracttest.StatusOpen},
			"expired, partly claimed: refund the rest": {short, clauseRefund, big.NewInt(2000), 0, contracttest.StatusExpired},
			"still in cool-off":                        {delayed, clauseCoolOff, one, t5 + 3600, contracttest.StatusCoolOff},
		})
	})
	require.NoError(t, e.Warp(3600*time.Second))
	t.Run("after the cool-off", func(t *testing.T) {
		check(t, map[string]phase{
			"released, undo window long over": {delayed, clauseNone, zero, t5 + 3600 + 86400, contracttest.StatusOpen},
		})
	})
}

// TestDigestsAndDomain: the contract's EIP-712 digests equal node/sig's, and its domain separator equals one
// computed here from name "Hongbao", version "1", the chain id and the escrow address.
func TestDigestsAndDomain(t *testing.T) {
	e := newEnv(t, 3)
	typeHash := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	want := crypto.Keccak256Hash(typeHash, crypto.Keccak256([]byte("Hongbao")), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(e.ChainID.Bytes(), 32), common.LeftPadBytes(e.Escrow.Bytes(), 32))
	require.Equal(t, [32]byte(want), view(e, abiEscrow.PackDomainSeparator(), abiEscrow.UnpackDomainSeparator))

	dom := view(e, abiEscrow.PackEip712Domain(), abiEscrow.UnpackEip712Domain)
	require.Equal(t, "Hongbao", dom.Name)
	require.Equal(t, "1", dom.Version)
	requireBig(t, e.ChainID, dom.ChainId, "chain id")
	require.Equal(t, e.Escrow, dom.VerifyingContract)

	require.Equal(t, [32]byte(crypto.Keccak256Hash([]byte("Claim(uint256 packetId,address claimer)"))),
		view(e, abiEscrow.PackCLAIMTYPEHASH(), abiEscrow.UnpackCLAIMTYPEHASH))
	require.Equal(t, [32]byte(crypto.Keccak256Hash([]byte("ClaimFor(uint256 packetId,address claimer,address relayer,uint256 maxFee,uint256 deadline)"))),
		view(e, abiEscrow.PackCLAIMFORTYPEHASH(), abiEscrow.UnpackCLAIMFORTYPEHASH))

	maxU := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, id := range []*big.Int{new(big.Int), big.NewInt(1), big.NewInt(123456), maxU} {
		for _, who := range []common.Address{e.Addr(1), {}, common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")} {
			goClaim, err := e.Domain.ClaimDigest(id, who)
			require.NoError(t, err)
			require.Equal(t, [32]byte(goClaim), view(e, abiEscrow.PackClaimDigest(id, who), abiEscrow.UnpackClaimDigest), "claimDigest(%s, %s)", id, who)

			for _, fee := range []*big.Int{new(big.Int), big.NewInt(1e15), maxU} {
				deadline := u64(e.Now() + 60)
				goFor, err := e.Domain.ClaimForDigest(id, who, e.Addr(2), fee, deadline)
				require.NoError(t, err)
				got := view(e, abiEscrow.PackClaimForDigest(id, who, e.Addr(2), fee, deadline), abiEscrow.UnpackClaimForDigest)
				require.Equal(t, [32]byte(goFor), got, "claimForDigest(%s, %s, fee %s)", id, who, fee)
			}
		}
	}
}

// TestLuckyAmount: the pure luckyAmount view on hand-computed cases, and InvalidLuckyInput for k = 0 and for
// rem < m * k (the range check is rem / k < m).
func TestLuckyAmount(t *testing.T) {
	e := newEnv(t, 1)
	maxU := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	ok := []struct {
		name         string
		rem, k, m, r *big.Int
		want         *big.Int
	}{
		{"last share takes the rest", big.NewInt(100), big.NewInt(1), big.NewInt(1), maxU, big.NewInt(100)},
		{"r = 0 gives m", big.NewInt(100), big.NewInt(4), big.NewInt(1), new(big.Int), big.NewInt(1)},
		// a = 25, range size 2a - 2m + 1 = 49: r = 48 gives the top, 2a - m = 49; r = 49 wraps to m.
		{"top of the range", big.NewInt(100), big.NewInt(4), big.NewInt(1), big.NewInt(48), big.NewInt(49)},
		{"wraps around", big.NewInt(100), big.NewInt(4), big.NewInt(1), big.NewInt(49), big.NewInt(1)},
		{"floor of the average", big.NewInt(103), big.NewInt(4), big.NewInt(1), big.NewInt(48), big.NewInt(49)},
		{"no room: rem = m * k", big.NewInt(40), big.NewInt(4), big.NewInt(10), maxU, big.NewInt(10)},
		{"m = a - 1", big.NewInt(40), big.NewInt(4), big.NewInt(9), big.NewInt(2), big.NewInt(11)},
		{"huge r", contracttest.Ether(1), big.NewInt(10), big.NewInt(1), maxU,
			add(big.NewInt(1), new(big.Int).Mod(maxU, big.NewInt(2e17-1)))},
	}
	for _, tc := range ok {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			got := view(e, abiEscrow.PackLuckyAmount(tc.rem, tc.k, tc.m, tc.r), abiEscrow.UnpackLuckyAmount)
			requireBig(t, tc.want, got, "luckyAmount")
		})
	}
	bad := []struct {
		name      string
		rem, k, m *big.Int
	}{
		{"k = 0", big.NewInt(100), new(big.Int), big.NewInt(1)},
		{"rem below m * k", big.NewInt(39), big.NewInt(4), big.NewInt(10)},
		{"rem 0", new(big.Int), big.NewInt(1), big.NewInt(1)},
		{"k = 1 but rem < m", big.NewInt(5), big.NewInt(1), big.NewInt(6)},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.Call(e.Escrow, abiEscrow.PackLuckyAmount(tc.rem, tc.k, tc.m, big.NewInt(7)))
			got := revertAs[escrow.HongbaoEscrowInvalidLuckyInput](t, err)
			requireSame(t, &escrow.HongbaoEscrowInvalidLuckyInput{Rem: tc.rem, K: tc.k, M: tc.m}, got)
		})
	}
}
