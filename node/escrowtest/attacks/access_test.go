package attacks

import (
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// One claim per address per packet (rules §1), whatever route the second attempt takes.
func TestDoubleClaim(t *testing.T) {
	t.Run("claim key, claimed twice directly and through a relayer", func(t *testing.T) {
		w := newWorld(t, 10)
		ck, ckAddr := newKey(t)
		id := w.send(w.Key(2), contracttest.GroupParams(contracttest.Equal, 3, contracttest.Ether(3), ckAddr))
		_, err := w.ClaimWithKey(w.Key(3), ck, id)
		require.NoError(t, err)

		_, err = w.ClaimWithKey(w.Key(3), ck, id)
		e := escrowErr[escrow.HongbaoEscrowAlreadyClaimed](t, err)
		require.Equal(t, w.Addr(3), e.Claimer)

		req := relay{from: 4, id: id, claimer: w.Addr(3), fee: new(big.Int), deadline: new(big.Int).SetUint64(w.Now() + 600),
			auth: w.ClaimSig(ck, id, w.Addr(3))}
		req.sig, err = w.Domain.SignClaimFor(w.Key(3), id, w.Addr(4), req.fee, req.deadline)
		require.NoError(t, err)
		_, err = w.submit(req)
		escrowErr[escrow.HongbaoEscrowAlreadyClaimed](t, err)
		requireBig(t, contracttest.Ether(2), w.Packet(id).Remaining)
		requireBig(t, contracttest.Ether(1), w.ClaimedAmount(id, w.Addr(3)))
	})

	t.Run("claim, return everything, claim again", func(t *testing.T) {
		w := newWorld(t, 10)
		id := w.send(w.Key(2), openParams(2, contracttest.Ether(2)))
		_, err := w.Claim(w.Key(3), id, nil)
		require.NoError(t, err)
		one := contracttest.Ether(1)
		w.ok(w.Key(3), w.Escrow, one, esc.PackReturnFunds(id, one))
		requireBig(t, new(big.Int), w.ClaimedAmount(id, w.Addr(3)))

		_, err = w.Claim(w.Key(3), id, nil)
		escrowErr[escrow.HongbaoEscrowAlreadyClaimed](t, err)
		// Nor can it return more than it still holds from the packet.
		_, err = w.Tx(w.Key(3), one, esc.PackReturnFunds(id, one))
		e := escrowErr[escrow.HongbaoEscrowReturnExceedsClaim](t, err)
		requireBig(t, new(big.Int), e.Max)
		requireBig(t, one, w.Packet(id).Remaining)
		requireBig(t, one, w.Balance(w.Escrow))
	})

	t.Run("direct claimed twice", func(t *testing.T) {
		w := newWorld(t, 10)
		id := w.send(w.Key(2), contracttest.DirectParams(w.Addr(3), contracttest.Ether(1)))
		_, err := w.Claim(w.Key(3), id, nil)
		require.NoError(t, err)
		_, err = w.Claim(w.Key(3), id, nil)
		e := escrowErr[escrow.HongbaoEscrowPacketClosed](t, err)
		requireBig(t, id, e.Id)
		requireBig(t, new(big.Int), w.Balance(w.Escrow))
	})
}

// fixture holds the packets of TestUnauthorizedActions.
type fixture struct{ live, cooling, group *big.Int }

// Accounts reaching for a packet that is not theirs to move. Fixture: sender 2, recipient 3, guardian 6,
// policy owner 0 and a stranger 5. Packets: "live" (Direct, open, guardian, undo requested), "cooling"
// (Direct in its cool-off, guardian), "group" (open Equal, no guardian, in its undo window).
func TestUnauthorizedActions(t *testing.T) {
	const owner, sender, recipient, stranger, guardian = 0, 2, 3, 5, 6
	cases := []struct {
		name  string
		from  int
		call  func(f fixture) []byte
		check func(t *testing.T, w *world, f fixture, err error)
	}{
		{"stranger claims a Direct packet", stranger, claimOf(func(f fixture) *big.Int { return f.live }), notRecipient},
		{"policy owner claims a Direct packet", owner, claimOf(func(f fixture) *big.Int { return f.live }), notRecipient},
		{"sender claims its own Direct packet", sender, claimOf(func(f fixture) *big.Int { return f.live }), notRecipient},
		{"stranger declines", stranger, func(f fixture) []byte { return esc.PackDecline(f.live) }, notRecipient},
		{"sender declines for the recipient", sender, func(f fixture) []byte { return esc.PackDecline(f.live) }, notRecipient},
		{"stranger approves the undo request", stranger, func(f fixture) []byte { return esc.PackApproveUndo(f.live) }, notRecipient},
		{"sender approves its own undo request", sender, func(f fixture) []byte { return esc.PackApproveUndo(f.live) }, notRecipient},
		{"stranger intercepts", stranger, func(f fixture) []byte { return esc.PackIntercept(f.live) }, notGuardian(guardian)},
		{"sender intercepts (not guardian)", sender, func(f fixture) []byte { return esc.PackIntercept(f.live) }, notGuardian(guardian)},
		{"recipient intercepts", recipient, func(f fixture) []byte { return esc.PackIntercept(f.live) }, notGuardian(guardian)},
		{"policy owner intercepts", owner, func(f fixture) []byte { return esc.PackIntercept(f.live) }, notGuardian(guardian)},
		{"sender intercepts a packet without guardian", sender, func(f fixture) []byte { return esc.PackIntercept(f.group) }, notGuardian(-1)},
		{"stranger refunds before expiry", stranger, func(f fixture) []byte { return esc.PackRefund(f.live) }, notExpired},
		{"sender refunds before expiry", sender, func(f fixture) []byte { return esc.PackRefund(f.live) }, notExpired},
		{"policy owner refunds before expiry", owner, func(f fixture) []byte { return esc.PackRefund(f.group) }, notExpired},
		{"stranger withdraws another's cool-off", stranger, func(f fixture) []byte { return esc.PackWithdrawCoolOff(f.cooling) }, notSender(sender)},
		{"recipient withdraws the cool-off", recipient, func(f fixture) []byte { return esc.PackWithdrawCoolOff(f.cooling) }, notSender(sender)},
		{"guardian withdraws the cool-off", guardian, func(f fixture) []byte { return esc.PackWithdrawCoolOff(f.cooling) }, notSender(sender)},
		{"policy owner withdraws the cool-off", owner, func(f fixture) []byte { return esc.PackWithdrawCoolOff(f.cooling) }, notSender(sender)},
		{"stranger undoes another's packet", stranger, func(f fixture) []byte { return esc.PackUndo(f.group) }, notSender(sender)},
		{"policy owner undoes another's packet", owner, func(f fixture) []byte { return esc.PackUndo(f.group) }, notSender(sender)},
		{"recipient undoes the sender's request", recipient, func(f fixture) []byte { return esc.PackUndo(f.live) }, notSender(sender)},
		{"policy owner withdraws owed it is not", owner, func(fixture) []byte { return esc.PackWithdrawOwed(ethToken, common.Address{1}) }, func(t *testing.T, w *world, _ fixture, err error) {
			e := escrowErr[escrow.HongbaoEscrowNothingOwed](t, err)
			require.Equal(t, w.Addr(owner), e.Account)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, 10)
			tiers := []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(100), Window: 600, Consent: true}}
			w.okEscrow(w.Key(owner), esc.PackSetTokenPolicy(ethToken, big.NewInt(1), tiers))
			p := contracttest.DirectParams(w.Addr(recipient), contracttest.Ether(1))
			p.Guardian = w.Addr(guardian)
			var f fixture
			f.live = w.send(w.Key(sender), p)
			w.okEscrow(w.Key(sender), esc.PackUndo(f.live)) // a pending request
			p.Delay, p.Amount = 3600, contracttest.Ether(2)
			f.cooling = w.send(w.Key(sender), p)
			f.group = w.send(w.Key(sender), openParams(3, contracttest.Ether(3)))

			_, err := w.Tx(w.Key(tc.from), nil, tc.call(f))
			tc.check(t, w, f, err)
			requireBig(t, contracttest.Ether(1), w.Packet(f.live).Remaining)
			requireBig(t, contracttest.Ether(2), w.Packet(f.cooling).Remaining)
			requireBig(t, contracttest.Ether(3), w.Packet(f.group).Remaining)
			requireBig(t, contracttest.Ether(6), w.Balance(w.Escrow))
		})
	}
}

func claimOf(id func(fixture) *big.Int) func(fixture) []byte {
	return func(f fixture) []byte { return esc.PackClaim(id(f), nil) }
}

func notRecipient(t *testing.T, w *world, _ fixture, err error) {
	t.Helper()
	e := escrowErr[escrow.HongbaoEscrowNotRecipient](t, err)
	require.Equal(t, w.Addr(3), e.Recipient)
}

func notExpired(t *testing.T, _ *world, _ fixture, err error) {
	t.Helper()
	escrowErr[escrow.HongbaoEscrowNotExpired](t, err)
}

// notGuardian expects NotGuardian naming account i (-1: the zero address, no guardian).
func notGuardian(i int) func(*testing.T, *world, fixture, error) {
	return func(t *testing.T, w *world, _ fixture, err error) {
		t.Helper()
		e := escrowErr[escrow.HongbaoEscrowNotGuardian](t, err)
		want := common.Address{}
		if i >= 0 {
			want = w.Addr(i)
		}
		require.Equal(t, want, e.Guardian)
	}
}

func notSender(i int) func(*testing.T, *world, fixture, error) {
	return func(t *testing.T, w *world, _ fixture, err error) {
		t.Helper()
		e := escrowErr[escrow.HongbaoEscrowNotSender](t, err)
		require.Equal(t, w.Addr(i), e.Sender)
	}
}

// The policy owner changes the policy after a send: the live packet keeps its snapshot (minimum share, undo
// window), a packet sent without an undo window does not gain one, and only future sends see the change.
func TestPolicyChangeAfterSend(t *testing.T) {
	w := newWorld(t, 10)
	minShare := big.NewInt(1e15)
	tiers := []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(10), Window: 600}}
	w.okEscrow(w.Key(0), esc.PackSetTokenPolicy(ethToken, minShare, tiers))
	ck, ckAddr := newKey(t)
	lucky := w.send(w.Key(2), contracttest.GroupParams(contracttest.Lucky, 5, contracttest.Ether(1), ckAddr))
	big20 := w.send(w.Key(2), openParams(2, contracttest.Ether(20)))
	snapLucky, snapBig := w.Packet(lucky), w.Packet(big20)
	require.Positive(t, snapLucky.UndoUntil.Sign(), "1 ETH is in the undo tier")
	require.Zero(t, snapBig.UndoUntil.Sign(), "20 ETH is above every undo tier")

	// The owner now demands a 0.5 ETH minimum share and a day-long undo with consent for everything.
	half := new(big.Int).Div(contracttest.Ether(1), big.NewInt(2))
	newTiers := []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(100), Window: 86400, Consent: true}}
	w.okEscrow(w.Key(0), esc.PackSetTokenPolicy(ethToken, half, newTiers))

	require.Equal(t, snapLucky, w.Packet(lucky))
	require.Equal(t, snapBig, w.Packet(big20))
	_, err := w.Tx(w.Key(2), nil, esc.PackUndo(big20))
	escrowErr[escrow.HongbaoEscrowNoUndoWindow](t, err)

	// Lucky claims still run on the snapshotted minimum (5 x 0.5 ETH would exceed the 1 ETH packet).
	claimed := new(big.Int)
	for i := 3; i <= 4; i++ {
		_, err := w.ClaimWithKey(w.Key(i), ck, lucky)
		require.NoError(t, err)
		got := w.ClaimedAmount(lucky, w.Addr(i))
		require.GreaterOrEqual(t, got.Cmp(minShare), 0)
		claimed.Add(claimed, got)
	}
	// The snapshotted undo still works for the sender, without the new consent flag.
	rest := sub(contracttest.Ether(1), claimed)
	r := w.okEscrow(w.Key(2), esc.PackUndo(lucky))
	requireBig(t, rest, oneEvent[escrow.HongbaoEscrowUndone](t, r).Amount)

	// Future sends see the new policy.
	_, err = w.Tx(w.Key(2), contracttest.Ether(1), esc.PackSend(contracttest.GroupParams(contracttest.Lucky, 5, contracttest.Ether(1), ckAddr)))
	e := escrowErr[escrow.HongbaoEscrowAmountTooSmall](t, err)
	requireBig(t, new(big.Int).Mul(half, big.NewInt(5)), e.Minimum)
	requireBig(t, contracttest.Ether(20), w.Balance(w.Escrow))
}

// The escrow's state-changing functions are exactly the documented ones: the money paths of rules §4 (each
// paying only a sender, a rightful claimer or an owed account) and the policy admin's setTokenPolicy plus
// Ownable2Step. If this list grows, review the new function for a way to move escrowed funds.
func TestABIHasNoHiddenMoneyPath(t *testing.T) {
	// Reviewed for money paths: the organisation functions move budget only into the escrow (fundOrg), back
	// to the fixed treasury (withdrawOrgBudget) or into packets (sendFromOrg); setLock moves nothing; settle and
	// settleMany pay sealed shares only to the claimers who took them (and a relayer the fee its claimer signed).
	want := []string{
		"acceptOwnership", "addOrgAdmin", "approveUndo", "claim", "claimFor", "createOrg", "decline", "fundOrg",
		"intercept", "refund", "refundMany", "removeOrgAdmin", "removeOrgMember", "renounceOwnership",
		"requestTreasuryChange", "returnFunds", "send", "sendFromOrg", "sendWithPermit", "setLock",
		"setOrgMember", "setTokenPolicy", "settle", "settleMany", "transferOwnership", "undo", "withdrawCoolOff", "withdrawOrgBudget",
		"withdrawOwed",
	}
	a := esc.GetABI()
	var got, payable []string
	for name, m := range a.Methods {
		if m.IsConstant() {
			continue
		}
		got = append(got, name)
		if m.IsPayable() {
			payable = append(payable, name)
		}
	}
	sort.Strings(got)
	sort.Strings(payable)
	require.Equal(t, want, got)
	// sendFromOrg is payable only to refuse stray ETH with ValueMismatch.
	require.Equal(t, []string{"fundOrg", "returnFunds", "send", "sendFromOrg"}, payable)
	// The fallback only delegates to the extension, whose functions are all in this (merged) ABI and so in the
	// list above; receive refuses plain ETH (TestStrayCallsRefused).
	require.True(t, a.HasFallback())
	require.True(t, a.HasReceive())
}

// Nothing reaches the escrow's books outside the documented functions: plain ETH is refused, an unknown
// selector reverts in the extension, and the extension called on its own refuses every state change.
func TestStrayCallsRefused(t *testing.T) {
	w := newWorld(t, 3)
	before := w.Balance(w.Escrow)
	_, err := w.Send(w.Key(1), &w.Escrow, contracttest.Ether(1), nil)
	e := escrowErr[escrow.HongbaoEscrowValueMismatch](t, err)
	requireBig(t, contracttest.Ether(1), e.Value)
	_, err = w.Send(w.Key(1), &w.Escrow, contracttest.Ether(1), []byte{0xde, 0xad, 0xbe, 0xef})
	require.Error(t, err, "an unknown selector with ETH")
	requireBig(t, before, w.Balance(w.Escrow))

	ext, err := w.Call(w.Escrow, esc.PackExtension())
	require.NoError(t, err)
	extAddr, err := esc.UnpackExtension(ext)
	require.NoError(t, err)
	for _, data := range [][]byte{
		esc.PackCreateOrg(w.Addr(1)),
		esc.PackSetLock(common.Address{}, big.NewInt(1), 60),
		esc.PackSetTokenPolicy(common.Address{}, big.NewInt(1), nil),
	} {
		_, err = w.Send(w.Key(1), &extAddr, nil, data)
		escrowErr[escrow.HongbaoEscrowNotThroughEscrow](t, err)
	}
	_, err = w.Send(w.Key(1), &extAddr, contracttest.Ether(1), esc.PackFundOrg(1, common.Address{}, contracttest.Ether(1)))
	escrowErr[escrow.HongbaoEscrowNotThroughEscrow](t, err)
}

// The policy owner uses every admin power it has, including handing over and renouncing ownership: no
// escrowed wei moves, live packets are untouched, and after renouncing, claims and refunds still work.
func TestPolicyOwnerCannotMoveFunds(t *testing.T) {
	w := newWorld(t, 10)
	live := w.send(w.Key(2), contracttest.DirectParams(w.Addr(3), contracttest.Ether(1)))
	group := w.send(w.Key(2), openParams(2, contracttest.Ether(2)))
	snap := w.Packet(group)
	held := w.Balance(w.Escrow)

	tiers := []escrow.IHongbaoEscrowTier{{MaxAmount: contracttest.Ether(1000), Window: 86400, Consent: false}}
	w.okEscrow(w.Key(0), esc.PackSetTokenPolicy(ethToken, big.NewInt(1e18), tiers))
	w.okEscrow(w.Key(0), esc.PackTransferOwnership(w.Addr(5)))
	w.okEscrow(w.Key(5), esc.PackAcceptOwnership())
	_, err := w.Tx(w.Key(0), nil, esc.PackSetTokenPolicy(ethToken, big.NewInt(1), nil))
	e := escrowErr[escrow.HongbaoEscrowOwnableUnauthorizedAccount](t, err)
	require.Equal(t, w.Addr(0), e.Account)
	w.okEscrow(w.Key(5), esc.PackRenounceOwnership())
	_, err = w.Tx(w.Key(5), nil, esc.PackSetTokenPolicy(ethToken, big.NewInt(1), nil))
	escrowErr[escrow.HongbaoEscrowOwnableUnauthorizedAccount](t, err)

	requireBig(t, held, w.Balance(w.Escrow))
	require.Equal(t, snap, w.Packet(group))
	// A new owner cannot use the undo it just configured on someone else's packet either.
	_, err = w.Tx(w.Key(5), nil, esc.PackUndo(group))
	escrowErr[escrow.HongbaoEscrowNotSender](t, err)

	before := w.Balance(w.Addr(3))
	r, err := w.Claim(w.Key(3), live, nil)
	require.NoError(t, err)
	requireBig(t, sub(add(before, contracttest.Ether(1)), gasCost(r)), w.Balance(w.Addr(3)))
	w.expire()
	senderBefore := w.Balance(w.Addr(2))
	w.okEscrow(w.Key(8), esc.PackRefund(group))
	requireBig(t, add(senderBefore, contracttest.Ether(2)), w.Balance(w.Addr(2)))
	requireBig(t, new(big.Int), w.Balance(w.Escrow))
}
