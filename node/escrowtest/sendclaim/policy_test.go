package sendclaim

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// TestTokenPolicyDefaultTCNY: without a policy a token has minShare 1 and no undo; with the rules §4 default
// the undo window follows the amount: <= 200.00 five minutes with consent, <= 500.00 two minutes with consent,
// above none. Checked on the undoTier view and on real sends at each boundary.
func TestTokenPolicyDefaultTCNY(t *testing.T) {
	e := newEnv(t, 3)
	tcny := e.deployTCNY()

	requireSame(t, escrow.TokenPolicyOutput{MinShare: big.NewInt(1), Tiers: []escrow.IHongbaoEscrowTier{}}, e.tokenPolicy(tcny))
	requireSame(t, escrow.UndoTierOutput{}, e.undoTier(tcny, big.NewInt(100)))

	r := e.setPolicy(tcny, big.NewInt(1), defaultTCNYTiers)
	requireSame(t, &escrow.HongbaoEscrowTokenPolicySet{Token: tcny, MinShare: big.NewInt(1), Tiers: defaultTCNYTiers},
		oneEvent(t, r, abiEscrow.UnpackTokenPolicySetEvent))
	requireSame(t, escrow.TokenPolicyOutput{MinShare: big.NewInt(1), Tiers: defaultTCNYTiers}, e.tokenPolicy(tcny))
	// Other tokens keep no policy.
	requireSame(t, escrow.TokenPolicyOutput{MinShare: big.NewInt(1), Tiers: []escrow.IHongbaoEscrowTier{}}, e.tokenPolicy(eth))

	e.mintTCNY(tcny, 1, big.NewInt(10_000_00))
	e.mustTxTo(e.Key(1), tcny, nil, abiTCNY.PackApprove(e.Escrow, big.NewInt(10_000_00)))
	cases := []struct {
		name    string
		amount  int64
		window  uint32
		consent bool
	}{
		{"0.01", 1, 300, true},
		{"200.00", 200_00, 300, true},
		{"200.01", 200_01, 120, true},
		{"500.00", 500_00, 120, true},
		{"500.01", 500_01, 0, false},
		{"5000.00", 5000_00, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			amount := big.NewInt(tc.amount)
			requireSame(t, escrow.UndoTierOutput{Window: tc.window, Consent: tc.consent}, e.undoTier(tcny, amount))
			p := contracttest.DirectParams(e.Addr(2), amount)
			p.Token = tcny
			id, r := e.send(e.Key(1), p)
			pk := e.Packet(id)
			undoUntil := new(big.Int)
			if tc.window > 0 {
				undoUntil = u64(e.blockTime(r) + uint64(tc.window))
			}
			requireBig(t, undoUntil, pk.UndoUntil, "undoUntil")
			require.Equal(t, tc.consent, pk.UndoConsent, "undoConsent")
			ev := oneEvent(t, r, abiEscrow.UnpackPacketSentEvent)
			requireBig(t, undoUntil, ev.UndoUntil, "event undoUntil")
			require.Equal(t, tc.consent, ev.UndoConsent, "event undoConsent")
		})
	}
}

// TestSetTokenPolicyRejections: only the owner sets policy; minShare 0, unsorted or repeated tiers and more than
// MAX_TIERS are InvalidPolicy; a rejected call leaves the policy as it was.
func TestSetTokenPolicyRejections(t *testing.T) {
	e := newEnv(t, 3)
	token := e.deployMockERC20()
	e.setPolicy(token, big.NewInt(5), defaultTCNYTiers)
	maxTiers := view(e, abiEscrow.PackMAXTIERS(), abiEscrow.UnpackMAXTIERS)
	requireBig(t, big.NewInt(8), maxTiers, "MAX_TIERS")

	tiers := func(n int) []escrow.IHongbaoEscrowTier {
		out := make([]escrow.IHongbaoEscrowTier, n)
		for i := range out {
			out[i] = escrow.IHongbaoEscrowTier{MaxAmount: big.NewInt(int64(100 * (i + 1))), Window: uint32(60 * (i + 1))}
		}
		return out
	}
	tier := func(max int64) escrow.IHongbaoEscrowTier {
		return escrow.IHongbaoEscrowTier{MaxAmount: big.NewInt(max), Window: 60}
	}
	cases := []struct {
		name     string
		from     int
		minShare *big.Int
		tiers    []escrow.IHongbaoEscrowTier
		want     any
	}{
		{"not the owner", 1, big.NewInt(1), nil, &escrow.HongbaoEscrowOwnableUnauthorizedAccount{Account: e.Addr(1)}},
		{"minShare 0", 0, new(big.Int), nil, &escrow.HongbaoEscrowInvalidPolicy{}},
		{"tiers unsorted", 0, big.NewInt(1), []escrow.IHongbaoEscrowTier{tier(500), tier(200)}, &escrow.HongbaoEscrowInvalidPolicy{}},
		{"tiers repeated", 0, big.NewInt(1), []escrow.IHongbaoEscrowTier{tier(200), tier(200)}, &escrow.HongbaoEscrowInvalidPolicy{}},
		{"unsorted at the end", 0, big.NewInt(1), append(tiers(7), tier(1)), &escrow.HongbaoEscrowInvalidPolicy{}},
		{"more than MAX_TIERS", 0, big.NewInt(1), tiers(9), &escrow.HongbaoEscrowInvalidPolicy{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			_, err := e.Tx(e.Key(tc.from), nil, abiEscrow.PackSetTokenPolicy(token, tc.minShare, tc.tiers))
			got, derr := contracttest.DecodeError(err)
			require.NoError(t, derr, "decode %v", err)
			require.IsType(t, tc.want, got)
			requireSame(t, tc.want, got)
			requireSame(t, escrow.TokenPolicyOutput{MinShare: big.NewInt(5), Tiers: defaultTCNYTiers}, e.tokenPolicy(token), "policy unchanged")
		})
	}
	t.Run("exactly MAX_TIERS, then fewer", func(t *testing.T) {
		e := e.on(t)
		e.setPolicy(token, big.NewInt(2), tiers(8))
		requireSame(t, escrow.TokenPolicyOutput{MinShare: big.NewInt(2), Tiers: tiers(8)}, e.tokenPolicy(token))
		requireSame(t, escrow.UndoTierOutput{Window: 480}, e.undoTier(token, big.NewInt(800)))
		// A shorter list replaces the longer one: the old tiers beyond it no longer count.
		e.setPolicy(token, big.NewInt(3), tiers(1))
		requireSame(t, escrow.TokenPolicyOutput{MinShare: big.NewInt(3), Tiers: tiers(1)}, e.tokenPolicy(token))
		requireSame(t, escrow.UndoTierOutput{}, e.undoTier(token, big.NewInt(800)))
		// No tiers at all: no undo for any amount.
		e.setPolicy(token, big.NewInt(3), nil)
		requireSame(t, escrow.UndoTierOutput{}, e.undoTier(token, big.NewInt(1)))
	})
}

// TestPolicyChangeSparesLivePackets: minShare and the undo window are snapshotted at send; a later policy
// change applies to new packets only (rules §4).
func TestPolicyChangeSparesLivePackets(t *testing.T) {
	e := newEnv(t, 13)
	e.setPolicy(eth, big.NewInt(1e15), []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(10), Window: 300, Consent: true}})
	lucky, _ := e.send(e.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.Lucky, Auth: contracttest.Open, Shares: 10, Ttl: 86400, Amount: contracttest.Ether(1)})
	direct, r := e.send(e.Key(1), contracttest.DirectParams(e.Addr(2), contracttest.Ether(1)))
	undoUntil := u64(e.blockTime(r) + 300)
	luckyBefore, directBefore := e.Packet(lucky), e.Packet(direct)

	// The new minimum (0.5 ETH) is far above the lucky packet's average share (0.1 ETH): if the contract used the
	// live policy, every claim would revert in the split.
	e.setPolicy(eth, big.NewInt(5e17), nil)

	requireSame(t, luckyBefore, e.Packet(lucky), "lucky packet untouched")
	requireSame(t, directBefore, e.Packet(direct), "direct packet untouched")
	requireBig(t, undoUntil, e.Packet(direct).UndoUntil, "undo window kept")
	require.True(t, e.Packet(direct).UndoConsent, "consent kept")
	requireSame(t, escrow.WithdrawableOutput{Clause: clauseUndoRequest, Amount: contracttest.Ether(1), Until: undoUntil}, e.withdrawable(direct))

	sum := new(big.Int)
	for i := 3; i < 13; i++ {
		before := e.Packet(lucky)
		requireBig(t, big.NewInt(1e15), before.MinShare, "snapshotted m")
		share := e.claimOK(i, lucky, nil)
		requireLuckyBounds(t, before, share)
		sum.Add(sum, share)
	}
	requireBig(t, contracttest.Ether(1), sum, "sum")

	// New packets get the new policy.
	_, err := e.Tx(e.Key(1), contracttest.Ether(1), abiEscrow.PackSend(escrow.IHongbaoEscrowSendParams{
		Kind: contracttest.Lucky, Auth: contracttest.Open, Shares: 10, Ttl: 86400, Amount: contracttest.Ether(1)}))
	requireSame(t, &escrow.HongbaoEscrowAmountTooSmall{Amount: contracttest.Ether(1), Minimum: contracttest.Ether(5)},
		revertAs[escrow.HongbaoEscrowAmountTooSmall](t, err))
	id, _ := e.send(e.Key(1), contracttest.DirectParams(e.Addr(2), contracttest.Ether(1)))
	pk := e.Packet(id)
	requireBig(t, big.NewInt(5e17), pk.MinShare, "new minShare")
	requireBig(t, new(big.Int), pk.UndoUntil, "no undo under the new policy")
	require.False(t, pk.UndoConsent)
}

// TestOwnable2Step: the policy admin hands over in two steps; until the new owner accepts, the old one stays in
// charge, and nobody else can accept.
func TestOwnable2Step(t *testing.T) {
	e := newEnv(t, 4)
	require.Equal(t, e.Addr(0), e.owner())
	setFrom := func(i int) error {
		_, err := e.Tx(e.Key(i), nil, abiEscrow.PackSetTokenPolicy(eth, big.NewInt(7), nil))
		return err
	}

	_, err := e.Tx(e.Key(1), nil, abiEscrow.PackTransferOwnership(e.Addr(2)))
	requireSame(t, &escrow.HongbaoEscrowOwnableUnauthorizedAccount{Account: e.Addr(1)},
		revertAs[escrow.HongbaoEscrowOwnableUnauthorizedAccount](t, err), "only the owner starts a transfer")

	r := e.mustTx(e.Key(0), nil, abiEscrow.PackTransferOwnership(e.Addr(1)))
	requireSame(t, &escrow.HongbaoEscrowOwnershipTransferStarted{PreviousOwner: e.Addr(0), NewOwner: e.Addr(1)},
		oneEvent(t, r, abiEscrow.UnpackOwnershipTransferStartedEvent))
	require.Equal(t, e.Addr(0), e.owner(), "owner unchanged until accepted")
	require.Equal(t, e.Addr(1), e.pendingOwner())
	requireSame(t, &escrow.HongbaoEscrowOwnableUnauthorizedAccount{Account: e.Addr(1)},
		revertAs[escrow.HongbaoEscrowOwnableUnauthorizedAccount](t, setFrom(1)), "pending owner has no power yet")

	_, err = e.Tx(e.Key(2), nil, abiEscrow.PackAcceptOwnership())
	requireSame(t, &escrow.HongbaoEscrowOwnableUnauthorizedAccount{Account: e.Addr(2)},
		revertAs[escrow.HongbaoEscrowOwnableUnauthorizedAccount](t, err), "a stranger cannot accept")

	r = e.mustTx(e.Key(1), nil, abiEscrow.PackAcceptOwnership())
	requireSame(t, &escrow.HongbaoEscrowOwnershipTransferred{PreviousOwner: e.Addr(0), NewOwner: e.Addr(1)},
		oneEvent(t, r, abiEscrow.UnpackOwnershipTransferredEvent))
	require.Equal(t, e.Addr(1), e.owner())
	require.Equal(t, common.Address{}, e.pendingOwner(), "pending owner cleared")

	requireSame(t, &escrow.HongbaoEscrowOwnableUnauthorizedAccount{Account: e.Addr(0)},
		revertAs[escrow.HongbaoEscrowOwnableUnauthorizedAccount](t, setFrom(0)), "the old owner lost the policy")
	require.NoError(t, setFrom(1), "the new owner sets policy")
	requireBig(t, big.NewInt(7), e.tokenPolicy(eth).MinShare, "policy set by the new owner")
}
