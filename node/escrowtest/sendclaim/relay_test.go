package sendclaim

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
	"github.com/hongbao/hongbao/node/simchain"
)

// relayReq is one claimFor call: the claim of `claimer`, with its claim auth and ClaimFor signature.
type relayReq struct {
	id       *big.Int
	claimer  common.Address
	maxFee   *big.Int
	deadline *big.Int
	auth     []byte
	sig      []byte
}

// signedRelay builds a claimFor for account `claimer`, signed by that account for account `relayer`.
func (e *env) signedRelay(claimer, relayer int, id, maxFee *big.Int, auth []byte) relayReq {
	e.t.Helper()
	deadline := u64(e.Now() + 3600)
	s, err := e.Domain.SignClaimFor(e.Key(claimer), id, e.Addr(relayer), maxFee, deadline)
	require.NoError(e.t, err, "sign ClaimFor")
	return relayReq{id: id, claimer: e.Addr(claimer), maxFee: maxFee, deadline: deadline, auth: auth, sig: s}
}

func (q relayReq) pack() []byte {
	return abiEscrow.PackClaimFor(q.id, q.claimer, q.maxFee, q.deadline, q.auth, q.sig)
}

// relayOK submits q from account `relayer` and checks the events (Claimed, then RelayFeePaid), that the relayer
// got min(maxFee, share) and paid the gas, that the claimer got the rest without paying anything, and the
// claim records. It returns the share and the fee.
func (e *env) relayOK(relayer int, q relayReq) (share, fee *big.Int) {
	e.t.Helper()
	pk := e.Packet(q.id)
	rel := e.Addr(relayer)
	before := e.snapshot(pk.Token, rel, q.claimer, e.Escrow)
	r, err := e.Tx(e.Key(relayer), nil, q.pack())
	require.NoError(e.t, err, "claimFor")

	claimed := oneEvent(e.t, r, abiEscrow.UnpackClaimedEvent)
	paid := oneEvent(e.t, r, abiEscrow.UnpackRelayFeePaidEvent)
	require.Less(e.t, claimed.Raw.Index, paid.Raw.Index, "Claimed comes before RelayFeePaid")
	share = claimed.Amount
	fee = q.maxFee
	if share.Cmp(fee) < 0 {
		fee = share
	}
	requireSame(e.t, &escrow.HongbaoEscrowClaimed{Id: q.id, Claimer: q.claimer, Amount: share}, claimed)
	requireSame(e.t, &escrow.HongbaoEscrowRelayFeePaid{Id: q.id, Relayer: rel, Fee: fee}, paid)

	rest := sub(share, fee)
	requireBig(e.t, sub(add(before.eth[rel], ethPart(pk.Token, fee)), simchain.GasCost(r)), e.Balance(rel), "relayer ETH")
	requireBig(e.t, add(before.eth[q.claimer], ethPart(pk.Token, rest)), e.Balance(q.claimer), "claimer ETH")
	requireBig(e.t, sub(before.eth[e.Escrow], ethPart(pk.Token, share)), e.Balance(e.Escrow), "escrow ETH")
	if pk.Token != eth {
		requireBig(e.t, add(before.tok[rel], fee), e.TokenBalance(pk.Token, rel), "relayer tokens")
		requireBig(e.t, add(before.tok[q.claimer], rest), e.TokenBalance(pk.Token, q.claimer), "claimer tokens")
		requireBig(e.t, sub(before.tok[e.Escrow], share), e.TokenBalance(pk.Token, e.Escrow), "escrow tokens")
	}
	e.requireClaimRecorded(q.id, q.claimer, share, pk)
	return share, fee
}

// requireRelayRejected submits q from account `relayer` and requires exactly `want`, with nothing moved.
func (e *env) requireRelayRejected(relayer int, q relayReq, want any) {
	e.t.Helper()
	token := eth
	if pk := e.Packet(q.id); pk.Id.Sign() != 0 {
		token = pk.Token
	}
	before := e.snapshot(token, e.Addr(relayer), q.claimer, e.Escrow)
	packetBefore := e.Packet(q.id)
	claimedBefore := e.ClaimedAmount(q.id, q.claimer)

	_, err := e.Tx(e.Key(relayer), nil, q.pack())

	got, derr := contracttest.DecodeError(err)
	require.NoError(e.t, derr, "decode %v", err)
	require.IsType(e.t, want, got)
	requireSame(e.t, want, got)
	e.requireUnchanged(token, before)
	requireSame(e.t, packetBefore, e.Packet(q.id), "packet unchanged")
	requireBig(e.t, claimedBefore, e.ClaimedAmount(q.id, q.claimer), "no claim recorded")
}

// TestClaimForFees: the relayer gets min(maxFee, share), the claimer the rest, for fees of 0, below, equal to
// and above the share.
func TestClaimForFees(t *testing.T) {
	e := newEnv(t, 4)
	key, keyAddr := newClaimKey(t)
	shareWant := contracttest.Ether(1)
	cases := []struct {
		name   string
		maxFee *big.Int
	}{
		{"fee 0", new(big.Int)},
		{"fee below share", big.NewInt(1e15)},
		{"fee equal to share", shareWant},
		{"fee above share", contracttest.Ether(5)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			id, _ := e.send(e.Key(1), contracttest.GroupParams(contracttest.Equal, 3, contracttest.Ether(3), keyAddr))
			q := e.signedRelay(2, 3, id, tc.maxFee, e.ClaimSig(key, id, e.Addr(2)))
			share, fee := e.relayOK(3, q)
			requireBig(t, shareWant, share, "share")
			want := tc.maxFee
			if want.Cmp(shareWant) > 0 {
				want = shareWant
			}
			requireBig(t, want, fee, "fee")
			require.False(t, e.hasClaimed(id, e.Addr(3)), "the relayer did not claim for itself")
		})
	}
}

// TestClaimForSignatureAndDeadline: the claimer's ClaimFor signature binds relayer, fee and deadline; a
// deadline in the past is refused; a deadline equal to the block time is still good.
func TestClaimForSignatureAndDeadline(t *testing.T) {
	e := newEnv(t, 6)
	key, keyAddr := newClaimKey(t)
	id, _ := e.send(e.Key(1), contracttest.GroupParams(contracttest.Equal, 3, contracttest.Ether(3), keyAddr))
	fee := big.NewInt(1e15)
	good := e.signedRelay(2, 3, id, fee, e.ClaimSig(key, id, e.Addr(2)))
	badSig := &escrow.HongbaoEscrowInvalidClaimerSignature{Claimer: e.Addr(2)}

	mutate := func(f func(*relayReq)) relayReq {
		q := good
		f(&q)
		return q
	}
	cases := []struct {
		name    string
		relayer int
		q       relayReq
		want    any
	}{
		{"copied by another relayer", 4, good, badSig},
		{"fee raised", 3, mutate(func(q *relayReq) { q.maxFee = add(fee, big.NewInt(1)) }), badSig},
		{"deadline moved", 3, mutate(func(q *relayReq) { q.deadline = add(q.deadline, big.NewInt(1)) }), badSig},
		{"signed by someone else", 3, mutate(func(q *relayReq) {
			h, err := e.Domain.ClaimForDigest(id, e.Addr(2), e.Addr(3), fee, q.deadline)
			require.NoError(t, err)
			q.sig, err = sig.Sign(e.Key(4), h)
			require.NoError(t, err)
		}), badSig},
		{"claimer swapped", 3, mutate(func(q *relayReq) { q.claimer = e.Addr(5) }),
			&escrow.HongbaoEscrowInvalidClaimerSignature{Claimer: e.Addr(5)}},
		{"empty signature", 3, mutate(func(q *relayReq) { q.sig = nil }), badSig},
		{"deadline passed", 3, mutate(func(q *relayReq) {
			q.deadline = u64(e.Now())
			s, err := e.Domain.SignClaimFor(e.Key(2), id, e.Addr(3), fee, q.deadline)
			require.NoError(t, err)
			q.sig = s
		}), &escrow.HongbaoEscrowRelayDeadlinePassed{Deadline: u64(e.Now())}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e.on(t).requireRelayRejected(tc.relayer, tc.q, tc.want)
		})
	}
	t.Run("deadline equal to block time", func(t *testing.T) {
		e := e.on(t)
		q := e.signedRelay(2, 3, id, fee, e.ClaimSig(key, id, e.Addr(2)))
		q.deadline = u64(e.Now() + 10)
		s, err := e.Domain.SignClaimFor(e.Key(2), id, e.Addr(3), fee, q.deadline)
		require.NoError(t, err)
		q.sig = s
		require.NoError(t, e.NextAt(q.deadline.Uint64()))
		e.relayOK(3, q)
	})
}

// TestClaimForClaimChecks: every check of a normal claim applies to the claimer of a relayed claim.
func TestClaimForClaimChecks(t *testing.T) {
	e := newEnv(t, 7)
	key, keyAddr := newClaimKey(t)
	fee := big.NewInt(1000)
	tree, err := merkle.New([]common.Address{e.Addr(2), e.Addr(3)})
	require.NoError(t, err)
	proof := func(a common.Address) []byte {
		pr, ok := tree.Proof(a)
		require.True(t, ok)
		return merkle.EncodeProof(pr)
	}

	keyed, _ := e.send(e.Key(1), contracttest.GroupParams(contracttest.Lucky, 3, contracttest.Ether(3), keyAddr))
	listed, _ := e.send(e.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Allowlist, Shares: 2, Ttl: 86400, Amount: contracttest.Ether(2), Root: tree.Root()})
	direct, _ := e.send(e.Key(1), contracttest.DirectParams(e.Addr(2), contracttest.Ether(1)))
	delayedP := contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(2), keyAddr)
	delayedP.Delay = 3600
	delayed, r := e.send(e.Key(1), delayedP)
	releaseAt := u64(e.blockTime(r) + 3600)
	shortP := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 2, Ttl: 300, Amount: big.NewInt(2000)}
	short, r := e.send(e.Key(1), shortP)
	expiresAt := u64(e.blockTime(r) + 300)
	oneShare, _ := e.send(e.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 1, Ttl: 86400, Amount: big.NewInt(500)})
	e.claimOK(5, oneShare, nil)
	e.claimWithKeyOK(4, key, keyed) // account 4 has claimed `keyed` itself
	require.NoError(t, e.Warp(400*time.Second))
	missing := add(e.lastPacketID(), big.NewInt(1))

	cases := []struct {
		name    string
		claimer int
		id      *big.Int
		auth    []byte
		want    any
	}{
		{"claim key signed for the relayer, not the claimer", 2, keyed, e.ClaimSig(key, keyed, e.Addr(3)),
			&escrow.HongbaoEscrowInvalidClaimSignature{Id: keyed, Expected: keyAddr}},
		{"no claim key signature", 2, keyed, nil, &escrow.HongbaoEscrowInvalidClaimSignature{Id: keyed, Expected: keyAddr}},
		{"claimer outside the allowlist with the relayer's proof", 6, listed, proof(e.Addr(3)),
			&escrow.HongbaoEscrowNotInAllowlist{Id: listed, Claimer: e.Addr(6)}},
		{"listed claimer with the relayer's proof", 2, listed, proof(e.Addr(3)),
			&escrow.HongbaoEscrowNotInAllowlist{Id: listed, Claimer: e.Addr(2)}},
		{"direct packet for someone else", 6, direct, nil, &escrow.HongbaoEscrowNotRecipient{Id: direct, Recipient: e.Addr(2)}},
		{"claimer already claimed", 4, keyed, e.ClaimSig(key, keyed, e.Addr(4)), &escrow.HongbaoEscrowAlreadyClaimed{Id: keyed, Claimer: e.Addr(4)}},
		{"cool-off", 2, delayed, e.ClaimSig(key, delayed, e.Addr(2)), &escrow.HongbaoEscrowNotYetReleased{Id: delayed, ReleaseAt: releaseAt}},
		{"expired", 2, short, nil, &escrow.HongbaoEscrowPacketExpired{Id: short, ExpiresAt: expiresAt}},
		{"closed", 2, oneShare, nil, &escrow.HongbaoEscrowPacketClosed{Id: oneShare}},
		{"not found", 2, missing, nil, &escrow.HongbaoEscrowPacketNotFound{Id: missing}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			e.requireRelayRejected(3, e.signedRelay(tc.claimer, 3, tc.id, fee, tc.auth), tc.want)
		})
	}
	t.Run("valid relays of each authorisation", func(t *testing.T) {
		e := e.on(t)
		before := e.Packet(keyed)
		share, _ := e.relayOK(3, e.signedRelay(2, 3, keyed, fee, e.ClaimSig(key, keyed, e.Addr(2))))
		requireLuckyBounds(t, before, share)
		share, _ = e.relayOK(3, e.signedRelay(2, 3, listed, fee, proof(e.Addr(2))))
		requireBig(t, contracttest.Ether(1), share, "allowlist share")
		share, _ = e.relayOK(3, e.signedRelay(2, 3, direct, fee, nil))
		requireBig(t, contracttest.Ether(1), share, "direct share")
	})
}

// TestClaimForERC1271: a contract wallet claims through a relayer; its owner signs ClaimFor and the escrow
// accepts it by ERC-1271. The rest of the share is pushed to the wallet.
func TestClaimForERC1271(t *testing.T) {
	e := newEnv(t, 6)
	actor := e.deployActor(4)
	key, keyAddr := newClaimKey(t)
	id, _ := e.send(e.Key(1), contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(2), keyAddr))
	fee := big.NewInt(1e16)
	deadline := u64(e.Now() + 3600)
	signAs := func(signer int) relayReq {
		h, err := e.Domain.ClaimForDigest(id, actor, e.Addr(3), fee, deadline)
		require.NoError(t, err)
		s, err := sig.Sign(e.Key(signer), h)
		require.NoError(t, err)
		return relayReq{id: id, claimer: actor, maxFee: fee, deadline: deadline, auth: e.ClaimSig(key, id, actor), sig: s}
	}

	t.Run("signed by a non-owner", func(t *testing.T) {
		e.on(t).requireRelayRejected(3, signAs(5), &escrow.HongbaoEscrowInvalidClaimerSignature{Claimer: actor})
	})
	t.Run("signed by the owner", func(t *testing.T) {
		e := e.on(t)
		share, got := e.relayOK(3, signAs(4))
		requireBig(t, contracttest.Ether(1), share, "share")
		requireBig(t, fee, got, "fee")
		out, err := e.Call(actor, abiActor.PackReceived())
		require.NoError(t, err)
		received, err := abiActor.UnpackReceived(out)
		require.NoError(t, err)
		requireBig(t, sub(share, fee), received, "the wallet's receive() ran")
	})
}

// TestClaimForERC20: a relayed claim of a token packet pays relayer and claimer in the token.
func TestClaimForERC20(t *testing.T) {
	e := newEnv(t, 4)
	token := e.deployMockERC20()
	e.fundMock(token, 1, big.NewInt(9000), big.NewInt(9000))
	id, _ := e.send(e.Key(1), escrow.IHongbaoEscrowSendParams{Token: token, Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 3, Ttl: 86400, Amount: big.NewInt(9000)})
	share, fee := e.relayOK(3, e.signedRelay(2, 3, id, big.NewInt(250), nil))
	requireBig(t, big.NewInt(3000), share, "share")
	requireBig(t, big.NewInt(250), fee, "fee")
	requireBig(t, big.NewInt(2750), e.TokenBalance(token, e.Addr(2)), "claimer tokens")
	requireBig(t, big.NewInt(250), e.TokenBalance(token, e.Addr(3)), "relayer tokens")
}
