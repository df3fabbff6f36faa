package client

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/contracttest"
)

func TestClaimErrors(t *testing.T) {
	e := newEnv(t)
	c1 := e.client(1)
	direct, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	group, err := c1.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2})
	require.NoError(t, err)
	other, err := c1.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2})
	require.NoError(t, err)
	list, err := c1.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2, Auth: Allowlist,
		Allowlist: []common.Address{e.Addr(2), e.Addr(3)}})
	require.NoError(t, err)
	_, err = e.client(3).Claim(e.ctx, group.ID, ClaimAuth{Code: group.ClaimCode})
	require.NoError(t, err)
	proof3, _ := list.Tree.Proof(e.Addr(3))

	tests := []struct {
		name    string
		claimer int
		id      *big.Int
		auth    ClaimAuth
		code    string
		msg     string
	}{
		{"not the recipient", 3, direct.ID, ClaimAuth{}, "NotRecipient", "only " + e.Addr(2).Hex() + " can claim packet 1"},
		{"no such packet", 3, big.NewInt(99), ClaimAuth{}, "PacketNotFound",
			"there is no packet 99 on this escrow; check the id (`hongbao list` shows your packets)"},
		{"missing code", 4, group.ID, ClaimAuth{}, CodeInvalidRequest,
			"packet 2 needs its claim code to be claimed; ask the sender for it (it starts with hb1)"},
		{"malformed code", 4, group.ID, ClaimAuth{Code: "hello"}, CodeBadClaimCode,
			`"hello" is not a claim code: claim codes start with "hb1"`},
		{"code of another packet", 4, group.ID, ClaimAuth{Code: other.ClaimCode}, "InvalidClaimSignature",
			"this claim code is not the code of packet 2; check that you copied the code of this packet"},
		{"claimed twice", 3, group.ID, ClaimAuth{Code: group.ClaimCode}, "AlreadyClaimed",
			"you already claimed packet 2 (one claim per address)"},
		{"not on the allowlist", 4, list.ID, ClaimAuth{Proof: proof3}, "NotInAllowlist",
			e.Addr(4).Hex() + " is not on the allowlist of packet 4 (or the proof is wrong); ask the sender for your proof"},
		{"wrong proof", 2, list.ID, ClaimAuth{Proof: proof3}, "NotInAllowlist",
			e.Addr(2).Hex() + " is not on the allowlist of packet 4 (or the proof is wrong); ask the sender for your proof"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := e.ethBalance(e.Addr(tc.claimer))
			_, err := e.client(tc.claimer).Claim(e.ctx, tc.id, tc.auth)
			requireErr(t, err, tc.code, tc.msg)
			require.Equal(t, before, e.ethBalance(e.Addr(tc.claimer)), "nothing was sent, no gas spent")
		})
	}
}

// TestClaimTimes: a claim before release and after expiry is refused with the time; exactly at release it
// goes through (the client estimates against the pending block, where the claim will run).
func TestClaimTimes(t *testing.T) {
	e := newEnv(t)
	res, err := e.client(1).Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2),
		Delay: 2 * time.Hour, TTL: time.Hour})
	require.NoError(t, err)
	v := e.Packet(res.ID)
	c2 := e.client(2)

	_, err = c2.Claim(e.ctx, res.ID, ClaimAuth{})
	requireErr(t, err, "NotYetReleased", "packet 1 is in its cool-off until "+fmtU(v.ReleaseAt)+"; claims open then")

	e.nextAt(v.ReleaseAt)
	cl, err := c2.Claim(e.ctx, res.ID, ClaimAuth{})
	require.NoError(t, err)
	require.Equal(t, eth(1), cl.Amount)
	h, err := e.Backend.Client().HeaderByNumber(e.ctx, new(big.Int).SetUint64(cl.Block))
	require.NoError(t, err)
	require.Equal(t, v.ReleaseAt.Uint64(), h.Time, "claimed in the very first second")

	late, err := e.client(1).Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2), TTL: 5 * time.Minute})
	require.NoError(t, err)
	lv := e.Packet(late.ID)
	e.nextAt(lv.ExpiresAt)
	_, err = c2.Claim(e.ctx, late.ID, ClaimAuth{})
	requireErr(t, err, "PacketExpired", "packet 2 expired at "+fmtU(lv.ExpiresAt)+"; anyone can now run `hongbao refund 2`")
}

func TestClaimClosedPacket(t *testing.T) {
	e := newEnv(t)
	res, err := e.client(1).Send(e.ctx, SendRequest{Kind: Lucky, Amount: eth(1), Shares: 1, Auth: Open})
	require.NoError(t, err)
	_, err = e.client(2).Claim(e.ctx, res.ID, ClaimAuth{})
	require.NoError(t, err)
	_, err = e.client(3).Claim(e.ctx, res.ID, ClaimAuth{})
	requireErr(t, err, "PacketClosed", "packet 1 is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)")
}

// TestClaimForRelayed: the claimer signs, the relayer submits and pays the gas; the relayer gets the fee
// and the claimer the rest.
func TestClaimForRelayed(t *testing.T) {
	e := newEnv(t)
	res, err := e.client(1).Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2})
	require.NoError(t, err)
	claimer, relayer := e.client(2), e.client(3)
	deadline := time.Unix(int64(e.Chain.Now())+3600, 0)
	rc, err := claimer.SignClaimFor(e.ctx, res.ID, ClaimAuth{Code: res.ClaimCode}, e.Addr(3), milli(10), deadline)
	require.NoError(t, err)
	require.Equal(t, e.Addr(2), rc.Claimer)

	claimerBefore, relayerBefore := e.ethBalance(e.Addr(2)), e.ethBalance(e.Addr(3))
	cl, err := relayer.ClaimFor(e.ctx, rc)
	require.NoError(t, err)
	require.Equal(t, eth(1), cl.Amount)
	require.Equal(t, milli(10), cl.Fee)
	require.Equal(t, e.Addr(3), cl.Relayer)
	require.Equal(t, milli(990), cl.Net())
	require.Equal(t, int64(0), cl.Owed.Int64())
	require.Equal(t, new(big.Int).Add(claimerBefore, milli(990)), e.ethBalance(e.Addr(2)), "the claimer paid no gas")
	gotRelayer := new(big.Int).Sub(e.ethBalance(e.Addr(3)), relayerBefore)
	require.Equal(t, new(big.Int).Sub(milli(10), cl.GasCost), gotRelayer)
	require.True(t, hasClaimed(t, e, res.ID, e.Addr(2)))
}

func TestClaimForErrors(t *testing.T) {
	e := newEnv(t)
	res, err := e.client(1).Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2})
	require.NoError(t, err)
	claimer, relayer := e.client(2), e.client(3)
	now := time.Unix(int64(e.Chain.Now()), 0)
	sign := func(deadline time.Time) *RelayedClaim {
		rc, err := claimer.SignClaimFor(e.ctx, res.ID, ClaimAuth{Code: res.ClaimCode}, e.Addr(3), milli(10), deadline)
		require.NoError(t, err)
		return rc
	}

	_, err = claimer.SignClaimFor(e.ctx, res.ID, ClaimAuth{Code: res.ClaimCode}, common.Address{}, milli(1), now)
	requireErr(t, err, CodeInvalidRequest, "a relayed claim needs the relayer's address")
	_, err = claimer.SignClaimFor(e.ctx, res.ID, ClaimAuth{Code: res.ClaimCode}, e.Addr(3), big.NewInt(-1), now)
	requireErr(t, err, CodeInvalidRequest, "the relay fee must be zero or more")
	_, err = claimer.SignClaimFor(e.ctx, res.ID, ClaimAuth{Code: "hb1xyz"}, e.Addr(3), milli(1), now)
	requireErr(t, err, CodeBadClaimCode, `the claim code "hb1xyz" has the wrong length; check it was copied whole`)

	_, err = e.client(4).ClaimFor(e.ctx, sign(now.Add(time.Hour)))
	requireErr(t, err, CodeInvalidRequest, "this relayed claim was signed for relayer "+e.Addr(3).Hex()+", not for you ("+e.Addr(4).Hex()+"); only that relayer can submit it")
	_, err = relayer.ClaimFor(e.ctx, &RelayedClaim{ID: res.ID})
	requireErr(t, err, CodeInvalidRequest, "the relayed claim is incomplete (id, maxFee and deadline are required)")

	rc := sign(now.Add(-time.Minute))
	_, err = relayer.ClaimFor(e.ctx, rc)
	requireErr(t, err, "RelayDeadlinePassed", "the relayed claim's deadline passed at "+fmtUnix(rc.Deadline.Int64())+"; ask the claimer to sign a new one")

	tampered := sign(now.Add(time.Hour))
	tampered.MaxFee = eth(1) // the relayer tries to take more than was signed
	_, err = relayer.ClaimFor(e.ctx, tampered)
	requireErr(t, err, "InvalidClaimerSignature", "the relay signature is not by "+e.Addr(2).Hex()+
		" for this relayer, fee and deadline; ask the claimer to sign it for relayer "+e.Addr(3).Hex())

	wrongCode := sign(now.Add(time.Hour))
	other, err := e.client(1).Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2})
	require.NoError(t, err)
	key, err := ParseClaimCode(other.ClaimCode)
	require.NoError(t, err)
	wrongCode.Auth = e.ClaimSig(key, res.ID, e.Addr(2))
	_, err = relayer.ClaimFor(e.ctx, wrongCode)
	requireErr(t, err, "InvalidClaimSignature", "this claim code is not the code of packet 1; check that you copied the code of this packet")
	require.False(t, hasClaimed(t, e, res.ID, e.Addr(2)))
}

func TestClaimReadOnly(t *testing.T) {
	e := newEnv(t)
	ro, err := New(e.ctx, e.backend, e.Escrow, nil)
	require.NoError(t, err)
	require.True(t, ro.ReadOnly())
	require.Equal(t, common.Address{}, ro.Address())
	msg := "no private key is configured, so this client cannot send transactions; give it a key"
	_, err = ro.Claim(e.ctx, big.NewInt(1), ClaimAuth{})
	requireErr(t, err, CodeReadOnly, msg)
	_, err = ro.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	requireErr(t, err, CodeReadOnly, msg)
	_, err = ro.SignClaimFor(e.ctx, big.NewInt(1), ClaimAuth{}, e.Addr(3), big.NewInt(0), time.Now())
	requireErr(t, err, CodeReadOnly, msg)
	_, err = ro.ClaimFor(e.ctx, &RelayedClaim{})
	requireErr(t, err, CodeReadOnly, msg)
	for name, op := range map[string]func() error{
		"withdraw":  func() error { _, err := ro.Withdraw(e.ctx, big.NewInt(1)); return err },
		"cool-off":  func() error { _, err := ro.WithdrawCoolOff(e.ctx, big.NewInt(1)); return err },
		"undo":      func() error { _, err := ro.Undo(e.ctx, big.NewInt(1)); return err },
		"approve":   func() error { _, err := ro.ApproveUndo(e.ctx, big.NewInt(1)); return err },
		"decline":   func() error { _, err := ro.Decline(e.ctx, big.NewInt(1)); return err },
		"intercept": func() error { _, err := ro.Intercept(e.ctx, big.NewInt(1)); return err },
		"return":    func() error { _, err := ro.Return(e.ctx, big.NewInt(1), big.NewInt(1)); return err },
		"refund":    func() error { _, err := ro.Refund(e.ctx, big.NewInt(1)); return err },
		"owed":      func() error { _, err := ro.WithdrawOwed(e.ctx, common.Address{}, common.Address{}); return err },
		"policy":    func() error { _, err := ro.SetPolicy(e.ctx, common.Address{}, Policy{}); return err },
		"transact":  func() error { _, err := ro.transact(e.ctx, call{to: e.Escrow}); return err },
	} {
		t.Run(name, func(t *testing.T) { requireErr(t, op(), CodeReadOnly, msg) })
	}
	_, err = ro.ClaimCode(e.ctx, big.NewInt(1))
	requireErr(t, err, CodeReadOnly, "the claim code is derived from the sender's key, and this client has no key")
}

func hasClaimed(t *testing.T, e *testEnv, id *big.Int, who common.Address) bool {
	out, err := e.Call(e.Escrow, contracttest.EscrowABI.PackHasClaimed(id, who))
	require.NoError(t, err)
	v, err := contracttest.EscrowABI.UnpackHasClaimed(out)
	require.NoError(t, err)
	return v
}
