package sendclaim

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
)

// requireClaimRejected claims as account i and requires exactly `want`, with nothing moved.
func (e *env) requireClaimRejected(i int, id *big.Int, auth []byte, want any) {
	e.t.Helper()
	token := eth
	if pk := e.Packet(id); pk.Id.Sign() != 0 {
		token = pk.Token
	}
	before := e.snapshot(token, e.Addr(i), e.Escrow)
	claimedBefore := e.ClaimedAmount(id, e.Addr(i))
	packetBefore := e.Packet(id)
	_, err := e.Claim(e.Key(i), id, auth)
	got, derr := contracttest.DecodeError(err)
	require.NoError(e.t, derr, "decode %v", err)
	require.IsType(e.t, want, got)
	requireSame(e.t, want, got)
	e.requireUnchanged(token, before)
	requireBig(e.t, claimedBefore, e.ClaimedAmount(id, e.Addr(i)), "no claim recorded")
	requireSame(e.t, packetBefore, e.Packet(id), "packet unchanged")
}

// TestClaimDirect: only the named recipient can claim, and gets the whole amount.
func TestClaimDirect(t *testing.T) {
	for _, erc20 := range []bool{false, true} {
		name := map[bool]string{false: "ETH", true: "ERC-20"}[erc20]
		t.Run(name, func(t *testing.T) {
			e := newEnv(t, 4)
			p := contracttest.DirectParams(e.Addr(2), contracttest.Ether(2))
			if erc20 {
				p.Token = e.deployMockERC20()
				e.fundMock(p.Token, 1, p.Amount, p.Amount)
			}
			p.Guardian = e.Addr(3)
			id, r := e.send(e.Key(1), p)

			e.requireClaimRejected(3, id, nil, &escrow.HongbaoEscrowNotRecipient{Id: id, Recipient: e.Addr(2)})
			e.requireClaimRejected(1, id, nil, &escrow.HongbaoEscrowNotRecipient{Id: id, Recipient: e.Addr(2)})
			share := e.claimOK(2, id, nil)
			requireBig(t, p.Amount, share, "the whole amount")
			// A closed packet keeps its record: sender, kind, token, recipient, guardian, minShare, createdAt.
			pk := e.Packet(id)
			require.Equal(t, contracttest.StatusClosed, pk.Status)
			require.Equal(t, e.Addr(1), pk.Sender)
			require.Equal(t, contracttest.Direct, pk.Kind)
			require.Equal(t, p.Token, pk.Token)
			require.Equal(t, e.Addr(2), pk.Recipient)
			require.Equal(t, e.Addr(3), pk.Guardian)
			requireBig(t, big.NewInt(1), pk.MinShare, "minShare")
			requireBig(t, u64(e.blockTime(r)), pk.CreatedAt, "createdAt")
			// Once claimed the packet is closed: a second claim fails on that first.
			e.requireClaimRejected(3, id, nil, &escrow.HongbaoEscrowPacketClosed{Id: id})
			_, err := e.Claim(e.Key(2), id, nil)
			requireSame(t, &escrow.HongbaoEscrowPacketClosed{Id: id}, revertAs[escrow.HongbaoEscrowPacketClosed](t, err))
		})
	}
}

// TestClaimEqual: every share is floor(rem / k) of the state before it, the last claimer takes the rest, and the
// shares add up to the total exactly.
func TestClaimEqual(t *testing.T) {
	for _, erc20 := range []bool{false, true} {
		name := map[bool]string{false: "ETH", true: "ERC-20"}[erc20]
		t.Run(name, func(t *testing.T) {
			e := newEnv(t, 7)
			key, keyAddr := newClaimKey(t)
			total := add(contracttest.Ether(1), big.NewInt(5)) // 5 wei that do not divide by 4 shares
			p := contracttest.GroupParams(contracttest.Equal, 4, total, keyAddr)
			if erc20 {
				p.Token = e.deployMockERC20()
				e.fundMock(p.Token, 1, total, total)
			}
			id, _ := e.send(e.Key(1), p)

			sum := new(big.Int)
			for i := 2; i <= 5; i++ {
				before := e.Packet(id)
				k := big.NewInt(int64(before.Shares - before.Claimed))
				want := new(big.Int).Div(before.Remaining, k)
				if k.Int64() == 1 {
					want = before.Remaining
				}
				share := e.claimWithKeyOK(i, key, id)
				requireBig(t, want, share, "share of claim %d", i-1)
				sum.Add(sum, share)
			}
			requireBig(t, total, sum, "shares add up to the total")
			// 1e18+5 over 4: three shares of 250000000000000001 and the rest 250000000000000002.
			requireBig(t, big.NewInt(250000000000000002), e.ClaimedAmount(id, e.Addr(5)), "last claimer takes the rest")
			e.requireClaimRejected(6, id, e.ClaimSig(key, id, e.Addr(6)), &escrow.HongbaoEscrowPacketClosed{Id: id})
		})
	}
}

// TestClaimLucky checks every lucky share by arithmetic (rules §3), not by the contract's own luckyAmount:
// within [m, 2a - m] of the state before it, the last takes the rest, the sum is exact.
func TestClaimLucky(t *testing.T) {
	cases := []struct {
		name     string
		erc20    bool
		minShare *big.Int // nil: no policy, m = 1
		shares   uint16
		total    *big.Int
	}{
		{"ETH, m = 1", false, nil, 10, contracttest.Ether(1)},
		{"ETH, m = 0.001 ETH", false, big.NewInt(1e15), 10, big.NewInt(1e17)},
		// rem == m * k leaves no room: every share must be exactly m.
		{"ETH, total = m x shares", false, big.NewInt(1e15), 6, big.NewInt(6e15)},
		{"ERC-20, m = 7, odd total", true, big.NewInt(7), 9, big.NewInt(1_000_003)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, 12)
			p := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Lucky, Auth: contracttest.Open, Shares: tc.shares, Ttl: 86400, Amount: tc.total}
			if tc.erc20 {
				p.Token = e.deployMockERC20()
				e.fundMock(p.Token, 1, tc.total, tc.total)
			}
			m := big.NewInt(1)
			if tc.minShare != nil {
				m = tc.minShare
				e.setPolicy(p.Token, m, nil)
			}
			id, _ := e.send(e.Key(1), p)
			requireBig(t, m, e.Packet(id).MinShare, "minShare")

			sum := new(big.Int)
			distinct := map[string]bool{}
			for i := 0; i < int(tc.shares); i++ {
				before := e.Packet(id)
				share := e.claimOK(2+i, id, nil)
				requireLuckyBounds(t, before, share)
				sum.Add(sum, share)
				distinct[share.String()] = true
			}
			requireBig(t, tc.total, sum, "shares add up to the total")
			if tc.name == "ETH, total = m x shares" {
				require.Len(t, distinct, 1, "every share is m")
				require.True(t, distinct[m.String()])
			}
			if tc.name == "ETH, m = 1" {
				// An equal split would pass the bounds too; ten random draws from ~1e17-wide ranges never coincide.
				require.Greater(t, len(distinct), 5, "lucky shares vary")
			}
		})
	}
}

// TestClaimKeySignatures: a claim-key packet needs the claim key's EIP-712 signature over (id, claimer) of this
// chain and escrow; anything else is InvalidClaimSignature naming the expected key.
func TestClaimKeySignatures(t *testing.T) {
	e := newEnv(t, 5)
	key, keyAddr := newClaimKey(t)
	other, _ := newClaimKey(t)
	id, _ := e.send(e.Key(1), contracttest.GroupParams(contracttest.Equal, 3, contracttest.Ether(3), keyAddr))
	id2, _ := e.send(e.Key(1), contracttest.GroupParams(contracttest.Equal, 3, contracttest.Ether(3), keyAddr))
	want := &escrow.HongbaoEscrowInvalidClaimSignature{Id: id, Expected: keyAddr}
	signWith := func(d sig.Domain, k *ecdsa.PrivateKey, pid *big.Int, claimer common.Address) []byte {
		s, err := d.SignClaim(k, pid, claimer)
		require.NoError(t, err)
		return s
	}
	otherChain := sig.Domain{ChainID: big.NewInt(1), Escrow: e.Escrow}
	otherEscrow := sig.Domain{ChainID: e.ChainID, Escrow: e.Addr(0)}

	cases := []struct {
		name string
		auth []byte
	}{
		{"signed by another key", signWith(e.Domain, other, id, e.Addr(3))},
		{"copied from another claimer", signWith(e.Domain, key, id, e.Addr(2))},
		{"for another packet", signWith(e.Domain, key, id2, e.Addr(3))},
		{"for another chain", signWith(otherChain, key, id, e.Addr(3))},
		{"for another escrow", signWith(otherEscrow, key, id, e.Addr(3))},
		{"empty", nil},
		{"64 bytes", make([]byte, 64)},
		{"65 zero bytes", make([]byte, 65)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e.on(t).requireClaimRejected(3, id, tc.auth, want)
		})
	}
	t.Run("valid", func(t *testing.T) {
		e := e.on(t)
		requireBig(t, contracttest.Ether(1), e.claimWithKeyOK(3, key, id), "share")
		requireBig(t, contracttest.Ether(1), e.claimOK(2, id, signWith(e.Domain, key, id, e.Addr(2))), "share")
	})
}

// TestClaimAllowlist: proofs from node/merkle work for listed addresses; an outsider, someone else's proof,
// and malformed auth bytes all give NotInAllowlist with the claimer.
func TestClaimAllowlist(t *testing.T) {
	e := newEnv(t, 8)
	listed := []common.Address{e.Addr(2), e.Addr(3), e.Addr(4), e.Addr(5)}
	tree, err := merkle.New(listed)
	require.NoError(t, err)
	proof := func(a common.Address) []byte {
		pr, ok := tree.Proof(a)
		require.True(t, ok)
		return merkle.EncodeProof(pr)
	}
	p := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Lucky, Auth: contracttest.Allowlist, Shares: 4, Ttl: 86400, Amount: contracttest.Ether(4), Root: tree.Root()}
	id, _ := e.send(e.Key(1), p)
	pk := e.Packet(id)
	require.Equal(t, contracttest.Allowlist, pk.Auth)
	require.Equal(t, [32]byte(tree.Root()), pk.Root)

	good := proof(e.Addr(2))
	pr2, _ := tree.Proof(e.Addr(2))
	badOffset := append([]byte{}, good...)
	badOffset[31] = 0x40
	tooLong := append([]byte{}, good...)
	tooLong[63] = byte(len(pr2) + 1) // claims one element more than the bytes hold
	cases := []struct {
		name    string
		account int
		auth    []byte
	}{
		{"outsider with a listed proof", 6, good},
		{"outsider without proof", 6, nil},
		{"someone else's proof", 3, good},
		{"empty auth", 2, nil},
		{"ten random bytes", 2, []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
		{"wrong offset word", 2, badOffset},
		{"length beyond the data", 2, tooLong},
		{"proof cut short", 2, merkle.EncodeProof(pr2[:len(pr2)-1])},
		{"raw proof without abi encoding", 2, pr2[0][:]},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e.on(t).requireClaimRejected(tc.account, id, tc.auth, &escrow.HongbaoEscrowNotInAllowlist{Id: id, Claimer: e.Addr(tc.account)})
		})
	}
	t.Run("every listed address claims", func(t *testing.T) {
		e := e.on(t)
		sum := new(big.Int)
		for i := 2; i <= 5; i++ {
			before := e.Packet(id)
			share := e.claimOK(i, id, proof(e.Addr(i)))
			requireLuckyBounds(t, before, share)
			sum.Add(sum, share)
		}
		requireBig(t, p.Amount, sum, "sum")
	})
	t.Run("single-address list, empty proof", func(t *testing.T) {
		e := e.on(t)
		one, err := merkle.New([]common.Address{e.Addr(7)})
		require.NoError(t, err)
		pr, ok := one.Proof(e.Addr(7))
		require.True(t, ok)
		require.Empty(t, pr)
		p := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Allowlist, Shares: 1, Ttl: 86400, Amount: big.NewInt(77), Root: one.Root()}
		id, _ := e.send(e.Key(1), p)
		e.requireClaimRejected(6, id, merkle.EncodeProof(pr), &escrow.HongbaoEscrowNotInAllowlist{Id: id, Claimer: e.Addr(6)})
		requireBig(t, big.NewInt(77), e.claimOK(7, id, merkle.EncodeProof(pr)), "share")
	})
}

// TestClaimOpen: anyone claims an open packet; the auth bytes are ignored; one claim per address.
func TestClaimOpen(t *testing.T) {
	e := newEnv(t, 5)
	p := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 3, Ttl: 86400, Amount: big.NewInt(300)}
	id, _ := e.send(e.Key(1), p)
	requireBig(t, big.NewInt(100), e.claimOK(2, id, nil), "share")
	e.requireClaimRejected(2, id, nil, &escrow.HongbaoEscrowAlreadyClaimed{Id: id, Claimer: e.Addr(2)})
	requireBig(t, big.NewInt(100), e.claimOK(3, id, []byte("ignored")), "share")
	// The sender may claim an open packet too: it is just an address.
	requireBig(t, big.NewInt(100), e.claimOK(1, id, nil), "share")
	e.requireClaimRejected(4, id, nil, &escrow.HongbaoEscrowPacketClosed{Id: id})
}

// TestClaimStateRejections: unknown ids, duplicate claims, closed, not yet released and expired packets.
func TestClaimStateRejections(t *testing.T) {
	e := newEnv(t, 5)
	key, keyAddr := newClaimKey(t)
	open := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 3, Ttl: 86400, Amount: big.NewInt(3000)}
	live, _ := e.send(e.Key(1), open)
	e.claimOK(2, live, nil)

	small := open
	small.Shares = 1
	closed, _ := e.send(e.Key(1), small)
	e.claimOK(2, closed, nil)

	delayed := contracttest.GroupParams(contracttest.Lucky, 2, big.NewInt(1000), keyAddr)
	delayed.Delay = 3600
	coolID, r := e.send(e.Key(1), delayed)
	releaseAt := u64(e.blockTime(r) + 3600)

	short := open
	short.Ttl = 300
	expID, r := e.send(e.Key(1), short)
	expiresAt := u64(e.blockTime(r) + 300)
	require.NoError(t, e.Warp(400*time.Second))
	last := e.lastPacketID()

	cases := []struct {
		name    string
		account int
		id      *big.Int
		auth    []byte
		want    any
	}{
		{"id 0", 3, new(big.Int), nil, &escrow.HongbaoEscrowPacketNotFound{Id: new(big.Int)}},
		{"id after the last", 3, add(last, big.NewInt(1)), nil, &escrow.HongbaoEscrowPacketNotFound{Id: add(last, big.NewInt(1))}},
		{"huge id", 3, new(big.Int).Lsh(big.NewInt(1), 200), nil, &escrow.HongbaoEscrowPacketNotFound{Id: new(big.Int).Lsh(big.NewInt(1), 200)}},
		{"already claimed", 2, live, nil, &escrow.HongbaoEscrowAlreadyClaimed{Id: live, Claimer: e.Addr(2)}},
		{"fully claimed", 3, closed, nil, &escrow.HongbaoEscrowPacketClosed{Id: closed}},
		{"in its cool-off", 3, coolID, e.ClaimSig(key, coolID, e.Addr(3)), &escrow.HongbaoEscrowNotYetReleased{Id: coolID, ReleaseAt: releaseAt}},
		{"expired", 3, expID, nil, &escrow.HongbaoEscrowPacketExpired{Id: expID, ExpiresAt: expiresAt}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e.on(t).requireClaimRejected(tc.account, tc.id, tc.auth, tc.want)
		})
	}
	t.Run("released after the cool-off", func(t *testing.T) {
		e := e.on(t)
		require.NoError(t, e.Warp(3600*time.Second))
		before := e.Packet(coolID)
		requireLuckyBounds(t, before, e.claimWithKeyOK(3, key, coolID))
	})
}
