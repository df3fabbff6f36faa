package client

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
)

func TestTicketCodeRoundTrip(t *testing.T) {
	for _, n := range []int{1, 2, 3, 10, 300} {
		ts, tree, err := DeriveTickets(devkeys.Key(1), big.NewInt(1337), common.HexToAddress("0xE5c0"), 4, n)
		require.NoError(t, err)
		require.Len(t, ts, n)
		for i, tk := range ts {
			code := FormatTicketCode(tk)
			require.True(t, strings.HasPrefix(code, "hbt1"))
			back, err := ParseTicketCode("  " + code + "\n") // pasted with whitespace around
			require.NoError(t, err)
			require.Equal(t, uint16(i), back.Index)
			require.Equal(t, tk.Key.D, back.Key.D)
			require.Equal(t, tk.Proof, back.Proof)
			require.True(t, merkle.VerifyTicket(tree.Root(), uint64(i), back.Address(), back.Proof))
		}
	}
	// A key with leading zero bytes keeps its 32 bytes.
	key, err := crypto.ToECDSA(common.LeftPadBytes([]byte{1, 2, 3}, 32))
	require.NoError(t, err)
	back, err := ParseTicketCode(FormatTicketCode(Ticket{Index: 9, Key: key}))
	require.NoError(t, err)
	require.Equal(t, key.D, back.Key.D)
	require.Equal(t, uint16(9), back.Index)
	require.Empty(t, back.Proof)
}

func TestParseTicketCodeRejects(t *testing.T) {
	ts, _, err := DeriveTickets(devkeys.Key(1), big.NewInt(1337), common.HexToAddress("0x1"), 7, 5)
	require.NoError(t, err)
	good := FormatTicketCode(ts[2])
	typo := []byte(good)
	typo[40] = map[bool]byte{true: '2', false: '3'}[typo[40] == '3']
	body := append(make([]byte, 32), 0, 1)
	zero := "hbt1" + base58Encode(append(body, ticketChecksum(body)...))
	long := append(append([]byte{}, body...), 5) // 35 bytes before the checksum: not 34 + 32k
	odd := "hbt1" + base58Encode(append(long, ticketChecksum(long)...))
	tests := []struct {
		name, code, msg string
	}{
		{"empty", "", "the ticket code is empty; paste the ticket the sender gave you (it starts with hbt1)"},
		{"prefix", "hbt2" + good[4:], `"hbt2` + good[4:20] + `…" is not a ticket code: ticket codes start with "hbt1"`},
		{"nothing after the prefix", "hbt1", `the ticket code "hbt1" has a character that cannot be in a code (nothing after the prefix); check for typos`},
		{"bad character", "hbt10OIl", `the ticket code "hbt10OIl" has a character that cannot be in a code ('0'); check for typos`},
		{"cut short", good[:40], `the ticket code "` + good[:20] + `…" has the wrong length; check it was copied whole`},
		{"not 34 + 32k + 4", odd, `the ticket code "` + odd[:20] + `…" has the wrong length; check it was copied whole`},
		{"typo", string(typo), `the ticket code "` + string(typo[:20]) + `…" has a typo (its checksum does not match); copy it again`},
		{"zero key", zero, `the ticket code "` + zero[:20] + `…" does not hold a valid key`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseTicketCode(tc.code)
			requireErr(t, err, CodeBadTicketCode, tc.msg)
		})
	}
}

// TestDeriveTicketKey pins the derivation and the code format: a change would make every ticket already
// handed out unrecoverable, and the claim page reads the same format.
func TestDeriveTicketKey(t *testing.T) {
	sender, chain, escrow := devkeys.Key(1), big.NewInt(1337), common.HexToAddress("0xE5c0")
	base := DeriveTicketKey(sender, chain, escrow, 5, 1)
	require.Equal(t, base.D, DeriveTicketKey(sender, chain, escrow, 5, 1).D, "deterministic")
	for _, d := range []*big.Int{
		DeriveTicketKey(sender, chain, escrow, 5, 2).D,
		DeriveTicketKey(sender, chain, escrow, 6, 1).D,
		DeriveTicketKey(devkeys.Key(2), chain, escrow, 5, 1).D,
		DeriveTicketKey(sender, big.NewInt(1), escrow, 5, 1).D,
		DeriveTicketKey(sender, chain, common.HexToAddress("0xE5c1"), 5, 1).D,
		DeriveClaimKey(sender, chain, escrow, 5).D,
	} {
		require.NotEqual(t, base.D, d, "every input matters")
	}
	h := crypto.Keccak256([]byte("hongbao ticket key v1"), common.LeftPadBytes(sender.D.Bytes(), 32),
		common.LeftPadBytes(chain.Bytes(), 32), escrow.Bytes(), []byte{0, 0, 0, 0, 0, 0, 0, 5}, []byte{0, 0, 0, 1})
	n1 := new(big.Int).Sub(crypto.S256().Params().N, big.NewInt(1))
	want := new(big.Int).Add(new(big.Int).Mod(new(big.Int).SetBytes(h), n1), big.NewInt(1))
	require.Equal(t, want, base.D)

	// The bytes under the base58 of ticket 1 of 3: key, index, proof, checksum of all before it.
	ts, _, err := DeriveTickets(sender, chain, escrow, 5, 3)
	require.NoError(t, err)
	tk := ts[1]
	require.Equal(t, base.D, tk.Key.D)
	raw, err := base58Decode(strings.TrimPrefix(FormatTicketCode(tk), "hbt1"))
	require.NoError(t, err)
	require.Len(t, raw, 34+32*len(tk.Proof)+4)
	require.Equal(t, common.LeftPadBytes(base.D.Bytes(), 32), raw[:32])
	require.Equal(t, []byte{0, 1}, raw[32:34])
	for i, p := range tk.Proof {
		require.Equal(t, p[:], raw[34+32*i:66+32*i])
	}
	require.Equal(t, crypto.Keccak256([]byte("hongbao ticket code"), raw[:len(raw)-4])[:4], raw[len(raw)-4:])
	require.Equal(t, ticketVector, FormatTicketCode(tk), "the code of ticket 1 of 3 (sender devkey 1, chain 1337, escrow 0xE5c0, nonce 5)")
}

// ticketVector is a ticket code for the claim page's port to check against.
const ticketVector = "hbt17ULXfAsNPF4MaJuFQMB7qGAQxjcxuwWgQW51RLEaGj33vfTkzhqRfY35qZ48m4A6v4fSz8BJxa26aLZaeD1o36FyxCWqsAMt"

func TestTicketAuthEncoding(t *testing.T) {
	proof := []common.Hash{common.HexToHash("0xaa"), common.HexToHash("0xbb")}
	r, vs := common.HexToHash("0x01"), common.HexToHash("0x02")
	auth := EncodeTicketAuth(7, r, vs, proof)
	require.Len(t, auth, 160+64)
	index, r2, vs2, proof2, ok := DecodeTicketAuth(auth)
	require.True(t, ok)
	require.Equal(t, int64(7), index.Int64())
	require.Equal(t, r, r2)
	require.Equal(t, vs, vs2)
	require.Equal(t, proof, proof2)
	for _, bad := range [][]byte{auth[:159], auth[:190], append(append([]byte{}, auth[:96]...), make([]byte, 128)...)} {
		_, _, _, _, ok := DecodeTicketAuth(bad)
		require.False(t, ok)
	}
	_, _, _, p, ok := DecodeTicketAuth(auth[:160])
	require.False(t, ok, "two proof hashes announced, none there")
	require.Nil(t, p)

	// The compact signature recovers the ticket's address, as the escrow's ECDSA.tryRecover(hash, r, vs) does.
	for i := range 20 {
		key := DeriveTicketKey(devkeys.Key(1), big.NewInt(1), common.Address{}, 1, uint32(i))
		digest := crypto.Keccak256Hash([]byte{byte(i)})
		r, vs, err := sig.SignCompact(key, digest)
		require.NoError(t, err)
		pub, err := crypto.SigToPub(digest[:], append(sig.ExpandCompact(r, vs)[:64], sig.ExpandCompact(r, vs)[64]-27))
		require.NoError(t, err)
		require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), crypto.PubkeyToAddress(*pub))
	}
}

// TestTicketClaims: a ticket packet's tickets each claim one share once; a ticket of another packet, a used
// ticket, a tampered code, a claim code, and no code at all are refused with sentences, the last three before
// anything is sent.
func TestTicketClaims(t *testing.T) {
	e := newEnv(t)
	sender := e.client(1)
	res, err := sender.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(3), Shares: 3, Auth: Tickets})
	require.NoError(t, err)
	require.Equal(t, Tickets, res.Auth)
	require.Len(t, res.Tickets, 3)
	require.Empty(t, res.ClaimCode)
	require.Equal(t, common.Hash(e.Packet(res.ID).Root), res.TicketTree.Root())
	other, err := sender.Send(e.ctx, SendRequest{Kind: Lucky, Amount: eth(2), Shares: 2, Auth: Tickets})
	require.NoError(t, err)
	keyed, err := sender.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2})
	require.NoError(t, err)

	for i, claimer := range []int{2, 3} {
		cl, err := e.client(claimer).Claim(e.ctx, res.ID, ClaimAuth{Code: res.Tickets[i]})
		require.NoError(t, err, "ticket %d", i)
		require.Equal(t, eth(1), cl.Amount)
		used, err := sender.TicketUsed(e.ctx, res.ID, uint16(i))
		require.NoError(t, err)
		require.True(t, used)
	}
	unused, err := sender.TicketUsed(e.ctx, res.ID, 2)
	require.NoError(t, err)
	require.False(t, unused)

	typo := []byte(res.Tickets[2])
	typo[30] = map[bool]byte{true: '2', false: '3'}[typo[30] == '3']
	tests := []struct {
		name    string
		claimer int
		id      *big.Int
		code    string
		errCode string
		msg     string
	}{
		{"the same ticket again, from another address", 4, res.ID, res.Tickets[0], "TicketAlreadyUsed",
			"ticket 0 of packet 1 has already been used to claim a share; each ticket claims once"},
		{"a ticket of another packet", 4, res.ID, other.Tickets[0], "InvalidTicket",
			"this ticket does not belong to packet 1 (wrong ticket code, or it was changed in transit); ask the sender for your ticket again"},
		{"a tampered code", 4, res.ID, string(typo), CodeBadTicketCode,
			`the ticket code "` + string(typo[:20]) + `…" has a typo (its checksum does not match); copy it again`},
		{"a claim code", 4, res.ID, keyed.ClaimCode, CodeInvalidRequest,
			"that is a claim code (hb1…), but packet 1 is claimed with one-time tickets (they start with hbt1); ask the sender for your ticket"},
		{"no code", 4, res.ID, "", CodeInvalidRequest,
			"packet 1 is claimed with tickets: each share has its own one-time ticket code (it starts with hbt1); ask the sender for yours"},
		{"a ticket on a claim-key packet", 4, keyed.ID, res.Tickets[2], CodeInvalidRequest,
			"that is a ticket code (hbt1…), but packet 3 is claimed with its claim code (it starts with hb1); check that you have the code of this packet"},
		{"a used ticket by its first claimer", 2, res.ID, res.Tickets[0], "TicketAlreadyUsed",
			"ticket 0 of packet 1 has already been used to claim a share; each ticket claims once"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := e.client(tc.claimer)
			nonce, err := e.backend.NonceAt(e.ctx, e.Addr(tc.claimer), nil)
			require.NoError(t, err)
			before := e.ethBalance(e.Addr(tc.claimer))
			_, err = c.Claim(e.ctx, tc.id, ClaimAuth{Code: tc.code})
			requireErr(t, err, tc.errCode, tc.msg)
			require.Equal(t, before, e.ethBalance(e.Addr(tc.claimer)), "nothing was sent, no gas spent")
			after, err := e.backend.NonceAt(e.ctx, e.Addr(tc.claimer), nil)
			require.NoError(t, err)
			require.Equal(t, nonce, after)
		})
	}

	// The last ticket takes the rest.
	cl, err := e.client(4).Claim(e.ctx, res.ID, ClaimAuth{Code: res.Tickets[2]})
	require.NoError(t, err)
	require.Equal(t, eth(1), cl.Amount)
	p, err := sender.PacketState(e.ctx, res.ID)
	require.NoError(t, err)
	require.Equal(t, StatusClosed, p.Status)
	require.Equal(t, Tickets, p.Auth)
}

// TestTicketTamperedBeforeAnyRead: a ticket code with a typo is refused without asking the chain anything
// (not even which packet it is).
func TestTicketTamperedBeforeAnyRead(t *testing.T) {
	ts, _, err := DeriveTickets(devkeys.Key(1), big.NewInt(1337), common.HexToAddress("0x1"), 1, 2)
	require.NoError(t, err)
	code := []byte(FormatTicketCode(ts[0]))
	code[len(code)-3] = map[bool]byte{true: 'x', false: 'y'}[code[len(code)-3] == 'y']
	c := &Client{} // no backend: any read would panic
	_, err = c.claimAuthBytes(t.Context(), big.NewInt(1), ClaimAuth{Code: string(code)}, common.Address{})
	requireErr(t, err, CodeBadTicketCode, "")
}

// TestTicketClaimRelayed: a ticket claim goes through a relayer like any other claim: the claimer signs
// ClaimFor, the relayer submits the ticket's auth with it; the ticket is then used.
func TestTicketClaimRelayed(t *testing.T) {
	e := newEnv(t)
	res, err := e.client(1).Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(2), Shares: 2, Auth: Tickets})
	require.NoError(t, err)
	claimer, relayer := e.client(2), e.client(3)
	deadline := time.Unix(int64(e.Chain.Now())+3600, 0)
	rc, err := claimer.SignClaimFor(e.ctx, res.ID, ClaimAuth{Code: res.Tickets[1]}, e.Addr(3), milli(10), deadline)
	require.NoError(t, err)
	index, _, _, proof, ok := DecodeTicketAuth(rc.Auth)
	require.True(t, ok)
	require.Equal(t, int64(1), index.Int64())
	require.Equal(t, res.TicketTree.Root(), common.Hash(e.Packet(res.ID).Root))
	p1, _ := res.TicketTree.Proof(1)
	require.Equal(t, p1, proof)

	before := e.ethBalance(e.Addr(2))
	cl, err := relayer.ClaimFor(e.ctx, rc)
	require.NoError(t, err)
	require.Equal(t, eth(1), cl.Amount)
	require.Equal(t, milli(10), cl.Fee)
	require.Equal(t, new(big.Int).Add(before, milli(990)), e.ethBalance(e.Addr(2)), "the claimer paid no gas")
	used, err := relayer.TicketUsed(e.ctx, res.ID, 1)
	require.NoError(t, err)
	require.True(t, used)

	// The same ticket, signed by someone else for the relayer: refused by the escrow's simulation.
	rc4, err := e.client(4).SignClaimFor(e.ctx, res.ID, ClaimAuth{Code: res.Tickets[1]}, e.Addr(3), milli(10), deadline)
	require.NoError(t, err)
	_, err = relayer.ClaimFor(e.ctx, rc4)
	requireErr(t, err, "TicketAlreadyUsed", "ticket 1 of packet 1 has already been used to claim a share; each ticket claims once")
}

// TestTicketCodesShownAgain: the sender re-derives exactly the tickets the send printed, before and after
// the packet closes; nobody else can.
func TestTicketCodesShownAgain(t *testing.T) {
	e := newEnv(t)
	tc := e.deployTCNY(1_000_00, 2)
	sender := e.client(1)
	sends := []SendRequest{
		{Kind: Equal, Amount: eth(1), Shares: 1, Auth: Tickets},
		{Kind: Lucky, Amount: eth(5), Shares: 5, Auth: Tickets},
		{Kind: Equal, Token: tc, Amount: big.NewInt(100_00), Shares: 4, Auth: Tickets}, // an approve goes first
	}
	for _, req := range sends {
		res, err := sender.Send(e.ctx, req)
		require.NoError(t, err)
		require.Len(t, res.Tickets, int(req.Shares))
		again, err := sender.TicketCodes(e.ctx, res.ID)
		require.NoError(t, err)
		require.Equal(t, res.Tickets, again, "packet %s", res.ID)
	}
	// After the only ticket of packet 1 claimed it (the packet is closed), its ticket is still shown.
	first, err := sender.TicketCodes(e.ctx, big.NewInt(1))
	require.NoError(t, err)
	_, err = e.client(2).Claim(e.ctx, big.NewInt(1), ClaimAuth{Code: first[0]})
	require.NoError(t, err)
	again, err := sender.TicketCodes(e.ctx, big.NewInt(1))
	require.NoError(t, err)
	require.Equal(t, first, again)

	_, err = e.client(2).TicketCodes(e.ctx, big.NewInt(2))
	requireErr(t, err, "NotSender", "packet 2 was sent by "+e.Addr(1).Hex()+", not by you ("+e.Addr(2).Hex()+"); only its sender can show its tickets")
	keyed, err := sender.Send(e.ctx, SendRequest{Kind: Equal, Amount: eth(1), Shares: 1})
	require.NoError(t, err)
	_, err = sender.TicketCodes(e.ctx, keyed.ID)
	requireErr(t, err, CodeInvalidRequest, "packet 4 has no tickets: it is a equal packet with claim-key claims")
	_, err = sender.ClaimCode(e.ctx, big.NewInt(2))
	requireErr(t, err, CodeInvalidRequest, "packet 2 has no claim code: it is a lucky packet with tickets claims")
}

func TestTicketSendChecks(t *testing.T) {
	tests := []struct {
		name string
		req  SendRequest
		msg  string
	}{
		{"no shares", SendRequest{Kind: Equal, Amount: eth(1), Auth: Tickets}, "a group packet needs a number of shares (1 to 10000)"},
		{"too many", SendRequest{Kind: Equal, Amount: eth(1), Shares: 10_001, Auth: Tickets},
			"a ticket packet has one ticket per share, at most 10000; 10001 shares is too many"},
		{"with an allowlist", SendRequest{Kind: Equal, Amount: eth(1), Shares: 1, Auth: Tickets, Allowlist: []common.Address{{1}}},
			"an allowlist was given but the claim mode is tickets; use the allowlist mode"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := sendParams(tc.req)
			requireErr(t, err, CodeInvalidRequest, tc.msg)
		})
	}
	m, err := ParseAuthMode("Tickets")
	require.NoError(t, err)
	require.Equal(t, Tickets, m)
	require.Equal(t, "tickets", Tickets.String())
}
