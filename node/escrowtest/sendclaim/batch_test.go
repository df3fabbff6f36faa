package sendclaim

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
)

// TestDeployBlock: deployBlock() is the block of the escrow's creation receipt (rules §5b), the first block
// with its code, and it stays the same as the chain grows.
func TestDeployBlock(t *testing.T) {
	e := newEnv(t, 3)
	deployBlock := func(addr common.Address) *big.Int {
		out, err := e.Call(addr, abiEscrow.PackDeployBlock())
		require.NoError(t, err, "deployBlock() of %s", addr)
		n, err := abiEscrow.UnpackDeployBlock(out)
		require.NoError(t, err)
		return n
	}
	// A few blocks first, so that the deployment is not in block 1 by accident.
	for range 3 {
		e.send(e.Key(1), contracttest.DirectParams(e.Addr(2), big.NewInt(1)))
	}
	addr, r, err := e.DeployEscrow(1)
	require.NoError(t, err)
	requireBig(t, r.BlockNumber, deployBlock(addr), "deployBlock is the creation receipt's block")

	code, err := e.Client.CodeAt(t.Context(), addr, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	require.NoError(t, err)
	require.Empty(t, code, "no code before deployBlock")

	e.send(e.Key(1), contracttest.DirectParams(e.Addr(2), big.NewInt(1)))
	requireBig(t, r.BlockNumber, deployBlock(addr), "unchanged by later blocks")
	require.Less(t, deployBlock(e.Escrow).Uint64(), r.BlockNumber.Uint64(), "the first escrow was deployed earlier")
}

// TestGetPacketManyMatchesGetPacket: getPacketMany(ids) is getPacket(id) for each id, in order, for packets in every
// status (cool-off, open, expired, closed), of every kind and authorisation, with a token, a guardian, an
// allowlist root and a pending undo request, and for unknown ids (zero, past the last, 2^256-1); duplicates
// and an empty list work.
func TestGetPacketManyMatchesGetPacket(t *testing.T) {
	e := newEnv(t, 6)
	// ETH: up to 1 ETH five minutes of undo with consent (a Direct undo is then a request).
	e.setPolicy(eth, big.NewInt(1), []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(1), Window: 300, Consent: true}})
	_, keyAddr := newClaimKey(t)
	one := contracttest.Ether(1)

	direct, _ := e.send(e.Key(1), contracttest.DirectParams(e.Addr(2), one))
	requested, _ := e.send(e.Key(1), contracttest.DirectParams(e.Addr(2), one))
	e.mustTx(e.Key(1), nil, abiEscrow.PackUndo(requested))

	lucky, _ := e.send(e.Key(1), contracttest.GroupParams(contracttest.Lucky, 5, contracttest.Ether(5), keyAddr))
	coolOffP := contracttest.GroupParams(contracttest.Equal, 3, contracttest.Ether(3), keyAddr)
	coolOffP.Delay = 3600
	coolOff, _ := e.send(e.Key(2), coolOffP)

	tree, err := merkle.New([]common.Address{e.Addr(3), e.Addr(4)})
	require.NoError(t, err)
	allowlist, _ := e.send(e.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Allowlist,
		Shares: 2, Ttl: 86400, Amount: big.NewInt(1000), Root: tree.Root()})

	token := e.deployMockERC20()
	e.fundMock(token, 3, big.NewInt(1_000_000), big.NewInt(1_000_000))
	guarded, _ := e.send(e.Key(3), escrow.IHongbaoEscrowSendParams{Token: token, Kind: contracttest.Equal, Auth: contracttest.Open,
		Shares: 4, Ttl: 86400, Amount: big.NewInt(4000), Guardian: e.Addr(5)})

	closedDirect, _ := e.send(e.Key(1), contracttest.DirectParams(e.Addr(4), contracttest.Ether(2)))
	e.claimOK(4, closedDirect, nil)
	closedGroup, _ := e.send(e.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open,
		Shares: 2, Ttl: 86400, Amount: big.NewInt(200)})
	e.claimOK(2, closedGroup, nil)
	e.claimOK(3, closedGroup, nil)

	expiringP := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 3, Ttl: 300, Amount: big.NewInt(300)}
	expired, _ := e.send(e.Key(1), expiringP)
	e.claimOK(4, expired, nil)
	require.NoError(t, e.Warp(400*time.Second)) // past its expiry, still inside the other cool-off

	last := e.lastPacketID()
	unknown := []*big.Int{big.NewInt(0), add(last, big.NewInt(1)), add(last, big.NewInt(1000)), math.MaxBig256}
	ids := []*big.Int{direct, requested, lucky, coolOff, allowlist, guarded, closedDirect, closedGroup, expired}
	ids = append(ids, unknown...)
	ids = append(ids, lucky, direct) // duplicates, out of order

	got := view(e, abiEscrow.PackGetPacketMany(ids), abiEscrow.UnpackGetPacketMany)
	require.Len(t, got, len(ids))
	statuses := map[uint8]bool{}
	for i, id := range ids {
		want := e.Packet(id)
		requireSame(t, want, got[i], "getPacketMany[%d] (id %s) differs from getPacket", i, id)
		statuses[got[i].Status] = true
	}
	for _, s := range []uint8{contracttest.StatusNone, contracttest.StatusCoolOff, contracttest.StatusOpen,
		contracttest.StatusExpired, contracttest.StatusClosed} {
		require.True(t, statuses[s], "the mix covers status %d", s)
	}
	// Spot checks that the mix holds what it claims to.
	require.True(t, got[1].UndoRequested, "a pending undo request")
	require.Equal(t, token, got[5].Token)
	require.Equal(t, e.Addr(5), got[5].Guardian)
	require.Equal(t, [32]byte(tree.Root()), got[4].Root)
	for i := range unknown {
		requireSame(t, packetView{Id: new(big.Int), Remaining: new(big.Int), MinShare: new(big.Int), CreatedAt: new(big.Int),
			ReleaseAt: new(big.Int), ExpiresAt: new(big.Int), UndoUntil: new(big.Int)}, got[9+i], "unknown id %s: the zero view", unknown[i])
	}

	require.Empty(t, view(e, abiEscrow.PackGetPacketMany(nil), abiEscrow.UnpackGetPacketMany), "an empty list")
}

// TestHasClaimedManyMatchesPerID: hasClaimedMany(ids, account) is hasClaimed and claimedAmount for each id, in
// order: claimed, claimed and partly returned, claimed and fully returned (still claimed, amount 0), closed by
// the claim, not claimed, unknown ids; for a claimer, an account that claimed nothing and the zero address.
func TestHasClaimedManyMatchesPerID(t *testing.T) {
	e := newEnv(t, 5)
	open := func(shares uint16, amount int64) *big.Int {
		id, _ := e.send(e.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open,
			Shares: shares, Ttl: 86400, Amount: big.NewInt(amount)})
		return id
	}
	claimed, partly, fully, notClaimed := open(3, 300), open(3, 3000), open(3, 30), open(3, 3)
	lastShare := open(1, 7)
	for _, id := range []*big.Int{claimed, partly, fully, lastShare} {
		e.claimOK(2, id, nil)
	}
	e.claimOK(3, notClaimed, nil) // someone else's claim
	e.mustTx(e.Key(2), big.NewInt(400), abiEscrow.PackReturnFunds(partly, big.NewInt(400)))
	e.mustTx(e.Key(2), big.NewInt(10), abiEscrow.PackReturnFunds(fully, big.NewInt(10)))

	ids := []*big.Int{claimed, partly, fully, notClaimed, lastShare, big.NewInt(0), add(e.lastPacketID(), big.NewInt(1)), claimed}
	for _, tc := range []struct {
		name        string
		account     common.Address
		wantClaimed []bool
		wantAmounts []int64
	}{
		{"claimer", e.Addr(2), []bool{true, true, true, false, true, false, false, true}, []int64{100, 600, 0, 0, 7, 0, 0, 100}},
		{"other claimer", e.Addr(3), []bool{false, false, false, true, false, false, false, false}, []int64{0, 0, 0, 1, 0, 0, 0, 0}},
		{"claimed nothing", e.Addr(4), make([]bool, len(ids)), make([]int64, len(ids))},
		{"zero address", common.Address{}, make([]bool, len(ids)), make([]int64, len(ids))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			got := view(e, abiEscrow.PackHasClaimedMany(ids, tc.account), abiEscrow.UnpackHasClaimedMany)
			require.Len(t, got.Claimed, len(ids))
			require.Len(t, got.Amounts, len(ids))
			for i, id := range ids {
				require.Equal(t, e.hasClaimed(id, tc.account), got.Claimed[i], "claimed[%d] (id %s) vs hasClaimed", i, id)
				requireBig(t, e.ClaimedAmount(id, tc.account), got.Amounts[i], "amounts[%d] (id %s) vs claimedAmount", i, id)
				require.Equal(t, tc.wantClaimed[i], got.Claimed[i], "claimed[%d]", i)
				requireBig(t, big.NewInt(tc.wantAmounts[i]), got.Amounts[i], "amounts[%d]", i)
			}
		})
	}
	t.Run("empty list", func(t *testing.T) {
		got := view(e.on(t), abiEscrow.PackHasClaimedMany(nil, e.Addr(2)), abiEscrow.UnpackHasClaimedMany)
		require.Empty(t, got.Claimed)
		require.Empty(t, got.Amounts)
	})
}
