package client

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/devkeys"
)

func TestClaimCodeRoundTrip(t *testing.T) {
	for i := range 50 {
		key, err := crypto.GenerateKey()
		require.NoError(t, err)
		if i == 0 { // a key with leading zero bytes still encodes to 36 bytes
			key, err = crypto.ToECDSA(common.LeftPadBytes([]byte{1, 2, 3}, 32))
			require.NoError(t, err)
		}
		code := FormatClaimCode(key)
		require.True(t, strings.HasPrefix(code, "hb1"))
		back, err := ParseClaimCode(code)
		require.NoError(t, err)
		require.Equal(t, key.D, back.D)
		again, err := ParseClaimCode("  " + code + "\n") // pasted with whitespace around
		require.NoError(t, err)
		require.Equal(t, key.D, again.D)
	}
}

func TestParseClaimCodeRejects(t *testing.T) {
	key := DeriveClaimKey(devkeys.Key(1), big.NewInt(1337), common.HexToAddress("0x1"), 7)
	good := FormatClaimCode(key)
	typo := []byte(good)
	typo[10] = map[bool]byte{true: '2', false: '3'}[typo[10] == '3']
	zero := "hb1" + base58Encode(append(make([]byte, 32), checksum(make([]byte, 32))...))
	tests := []struct {
		code, msg string
	}{
		{"", "the claim code is empty; paste the code the sender shared (it starts with hb1)"},
		{"hb2" + good[3:], `"hb2` + good[3:20] + `…" is not a claim code: claim codes start with "hb1"`},
		{"hb1", `the claim code "hb1" has a character that cannot be in a code (nothing after the prefix); check for typos`},
		{"hb10OIl", `the claim code "hb10OIl" has a character that cannot be in a code ('0'); check for typos`},
		{good[:30], `the claim code "` + good[:20] + `…" has the wrong length; check it was copied whole`},
		{good + "z", `the claim code "` + good[:20] + `…" has the wrong length; check it was copied whole`},
		{string(typo), `the claim code "` + string(typo[:20]) + `…" has a typo (its checksum does not match); copy it again`},
		{zero, `the claim code "` + zero[:20] + `…" does not hold a valid key`},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			_, err := ParseClaimCode(tc.code)
			requireErr(t, err, CodeBadClaimCode, tc.msg)
		})
	}
}

func TestDeriveClaimKey(t *testing.T) {
	sender, chain, escrow := devkeys.Key(1), big.NewInt(1337), common.HexToAddress("0xE5c0")
	base := DeriveClaimKey(sender, chain, escrow, 5)
	require.Equal(t, base.D, DeriveClaimKey(sender, chain, escrow, 5).D, "deterministic")
	others := []*big.Int{
		DeriveClaimKey(sender, chain, escrow, 6).D,
		DeriveClaimKey(devkeys.Key(2), chain, escrow, 5).D,
		DeriveClaimKey(sender, big.NewInt(1), escrow, 5).D,
		DeriveClaimKey(sender, chain, common.HexToAddress("0xE5c1"), 5).D,
	}
	for _, d := range others {
		require.NotEqual(t, base.D, d, "every input matters")
	}
	// Pin the derivation: a change would make every code already shared unrecoverable.
	h := crypto.Keccak256([]byte("hongbao claim key v1"), common.LeftPadBytes(sender.D.Bytes(), 32),
		common.LeftPadBytes(chain.Bytes(), 32), escrow.Bytes(), []byte{0, 0, 0, 0, 0, 0, 0, 5})
	n1 := new(big.Int).Sub(crypto.S256().Params().N, big.NewInt(1))
	want := new(big.Int).Add(new(big.Int).Mod(new(big.Int).SetBytes(h), n1), big.NewInt(1))
	require.Equal(t, want, base.D)
}

func TestClaimCodeRederived(t *testing.T) {
	e := newEnv(t)
	c1 := e.client(1)
	// Another transaction first, so that the send's nonce is not 0.
	_, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	sent, err := c1.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2})
	require.NoError(t, err)
	// A fresh client of the same key (a later run of the tool) prints the same code.
	code, err := e.client(1).ClaimCode(e.ctx, sent.ID)
	require.NoError(t, err)
	require.Equal(t, sent.ClaimCode, code)
	tx, _, err := e.Backend.Client().TransactionByHash(e.ctx, sent.TxHash)
	require.NoError(t, err)
	require.Equal(t, uint64(1), tx.Nonce())
	require.Equal(t, FormatClaimCode(DeriveClaimKey(e.Key(1), e.ChainID, e.Escrow, 1)), code)
	// And it works.
	_, err = e.client(4).Claim(e.ctx, sent.ID, ClaimAuth{Code: code})
	require.NoError(t, err)
}

func TestClaimCodeErrors(t *testing.T) {
	e := newEnv(t)
	c1 := e.client(1)
	direct, err := c1.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	open, err := c1.Send(e.ctx, SendRequest{Kind: Lucky, Amount: eth(1), Shares: 2, Auth: Open})
	require.NoError(t, err)
	keyed, err := c1.Send(e.ctx, SendRequest{Kind: Lucky, Amount: eth(1), Shares: 2})
	require.NoError(t, err)
	// A claim-key packet whose key another tool made (not derived).
	foreign, _, err := e.SendPacket(e.Key(1), contracttest.GroupParams(contracttest.Equal, 2, eth(1), e.Addr(9)))
	require.NoError(t, err)

	_, err = c1.ClaimCode(e.ctx, direct.ID)
	requireErr(t, err, CodeInvalidRequest, "packet 1 has no claim code: it is a direct packet (only its recipient can claim it)")
	_, err = c1.ClaimCode(e.ctx, open.ID)
	requireErr(t, err, CodeInvalidRequest, "packet 2 has no claim code: it is a lucky packet with open claims")
	_, err = e.client(2).ClaimCode(e.ctx, keyed.ID)
	requireErr(t, err, "NotSender", "packet 3 was sent by "+e.Addr(1).Hex()+", not by you ("+e.Addr(2).Hex()+"); only its sender can show its claim code")
	_, err = c1.ClaimCode(e.ctx, foreign)
	requireErr(t, err, CodeNotFound, "the claim key of packet 4 was not derived from your key (another tool made it), so its code cannot be shown again")
	_, err = c1.ClaimCode(e.ctx, big.NewInt(50))
	requireErr(t, err, "PacketNotFound", "there is no packet 50 on this escrow; check the id (`hongbao list` shows your packets)")

	// A scan that starts after the send cannot find its log.
	late, err := New(e.ctx, e.backend, e.Escrow, e.Key(1), WithFromBlock(keyed.Block+1))
	require.NoError(t, err)
	_, err = late.ClaimCode(e.ctx, keyed.ID)
	requireErr(t, err, CodeNotFound, "the PacketSent log of packet 3 is not on this node (is it pruned, or is the scan starting after block "+
		big.NewInt(int64(keyed.Block+1)).String()+"?)")
}
