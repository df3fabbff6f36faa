package relay

import (
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
)

// TestRelayedClaims: a claimer with no ETH at all signs, the relayer submits and pays the gas; the claimer
// gets the share minus the fee, the relayer the fee minus its gas, and the receipt's events say so.
func TestRelayedClaims(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.DefaultMinFee = big.NewInt(100) })
	token := e.deployToken("MCK", 6, big.NewInt(1_000_000_000))
	listed := newClaimer(t, "listed")
	tests := []struct {
		name    string
		req     client.SendRequest
		claimer string
		maxFee  *big.Int
		share   func(total *big.Int) *big.Int // nil: a lucky draw, checked against the event
	}{
		{"equal, claim key", client.SendRequest{Kind: client.Equal, Amount: eth(2), Shares: 2}, "equal", milli(2), half},
		{"direct", client.SendRequest{Kind: client.Direct, Amount: eth(1)}, "direct", milli(1), same},
		{"lucky, open", client.SendRequest{Kind: client.Lucky, Auth: client.Open, Amount: eth(3), Shares: 3}, "lucky", milli(5), nil},
		{"allowlist", client.SendRequest{Kind: client.Equal, Auth: client.Allowlist, Amount: eth(2), Shares: 2,
			Allowlist: []common.Address{addrOf(listed), e.Addr(otherIdx)}}, "listed", milli(1), half},
		{"tickets", client.SendRequest{Kind: client.Equal, Auth: client.Tickets, Amount: eth(2), Shares: 2}, "ticket", milli(1), half},
		{"lucky, tickets", client.SendRequest{Kind: client.Lucky, Auth: client.Tickets, Amount: eth(3), Shares: 3}, "lucky ticket", milli(1), nil},
		{"maxFee above the share: the relayer takes it all", client.SendRequest{Kind: client.Equal, Amount: milli(4), Shares: 2},
			"greedy", eth(5), half},
		{"ERC-20 under the default minimum fee", client.SendRequest{Kind: client.Equal, Token: token, Amount: big.NewInt(5_000_000), Shares: 5},
			"token", big.NewInt(250), fifth},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			key := newClaimer(t, tc.claimer)
			claimer := addrOf(key)
			if tc.req.Kind == client.Direct {
				tc.req.Recipient = claimer
			}
			res := e.send(tc.req)
			before := e.relayerState()
			relayerTokens := e.balanceOf(tc.req.Token, e.relayer())

			out := e.mustClaim(e.signedClaim(key, res, tc.maxFee, e.deadline()))

			r := e.receipt(out.TxHash)
			amount := bigOf(t, out.Amount)
			if tc.share != nil {
				require.Equal(t, tc.share(res.Total), amount)
			}
			fee := minBig(tc.maxFee, amount)
			require.Equal(t, fee.String(), out.Fee)
			require.Equal(t, sub(amount, fee).String(), out.ClaimerReceived)
			require.Equal(t, "0", out.Owed)
			require.Equal(t, res.ID.String(), out.PacketID)
			require.Equal(t, claimer, out.Claimer)
			require.Equal(t, tc.req.Token, out.Token)
			require.Equal(t, r.BlockNumber.Uint64(), out.Block)
			require.Equal(t, r.GasUsed, out.GasUsed)

			claimed, fees := claimEvents(t, r)
			require.Equal(t, []any{[3]any{res.ID.String(), claimer, amount.String()}}, claimed)
			require.Equal(t, []any{[3]any{res.ID.String(), e.relayer(), fee.String()}}, fees)

			requireBig(t, sub(amount, fee), e.balanceOf(tc.req.Token, claimer), "the claimer got the share minus the fee")
			if tc.req.Token != (common.Address{}) {
				require.Zero(t, e.Balance(claimer).Sign(), "a token claimer still holds no ETH")
			}
			after := e.relayerState()
			require.Equal(t, before.nonce+1, after.nonce)
			if tc.req.Token == (common.Address{}) {
				requireBig(t, sub(fee, gasCost(r)), sub(after.balance, before.balance), "the relayer got the fee and paid the gas")
			} else {
				requireBig(t, fee, sub(e.balanceOf(tc.req.Token, e.relayer()), relayerTokens), "the relayer got the fee in the token")
				requireBig(t, gasCost(r), sub(before.balance, after.balance), "and paid the gas in ETH")
			}
		})
	}
	require.Contains(t, e.logs.String(), `msg="relay request" method=POST path=/v1/claims status=200 ip=127.0.0.1`)
	require.Contains(t, e.logs.String(), "msg=\"relayed claim\"")
}

// TestRelayedClaimContractWallet: a contract claimer (ERC-1271) cannot be checked off chain; the
// simulation checks it. Its owner's signature goes through; anyone else's is refused with nothing sent.
func TestRelayedClaimContractWallet(t *testing.T) {
	e := newEnv(t, nil)
	owner := newClaimer(t, "wallet owner")
	wallet := e.deployActor(addrOf(owner))
	res := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(2), Shares: 2})
	auth := e.authFor(res, wallet)

	before := e.relayerState()
	forged := e.signedFor(newClaimer(t, "not the owner"), wallet, res.ID, auth, e.relayer(), milli(1), e.deadline())
	status, body := e.postClaim(forged)
	requireAPIError(t, status, body, http.StatusUnprocessableEntity, "InvalidClaimerSignature",
		"the relay signature is not by "+wallet.Hex()+" for this relayer, fee and deadline; ask the claimer to sign it for relayer "+e.relayer().Hex())
	e.requireNothingSent(before)

	out := e.mustClaim(e.signedFor(owner, wallet, res.ID, auth, e.relayer(), milli(1), e.deadline()))
	require.Equal(t, eth(1).String(), out.Amount)
	requireBig(t, sub(eth(1), milli(1)), e.Balance(wallet))
}

// TestSignatureV01: a signature with v 0/1 (as some signers encode it) is accepted and sent as 27/28.
func TestSignatureV01(t *testing.T) {
	e := newEnv(t, nil)
	key := newClaimer(t, "v01")
	res := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(2), Shares: 2})
	c := e.signedClaim(key, res, milli(1), e.deadline())
	sig := common.FromHex(c.Signature)
	sig[64] -= 27
	c.Signature = hexOf(sig)
	auth := common.FromHex(c.Auth)
	auth[64] -= 27
	c.Auth = hexOf(auth)
	out := e.mustClaim(c)
	require.Equal(t, sub(eth(1), milli(1)).String(), out.ClaimerReceived)
}

// TestRefusals: every refusal answers with the reason, and the relayer sends nothing (nonce and balance
// unchanged) and the claimer has not claimed.
func TestRefusals(t *testing.T) {
	e := newEnv(t, nil)
	a, b := newClaimer(t, "a"), newClaimer(t, "b")
	group := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(4), Shares: 4})
	other := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(4), Shares: 4})
	direct := e.send(client.SendRequest{Kind: client.Direct, Amount: eth(1), Recipient: addrOf(a)})
	list := e.send(client.SendRequest{Kind: client.Equal, Auth: client.Allowlist, Amount: eth(2), Shares: 2,
		Allowlist: []common.Address{addrOf(a), e.Addr(otherIdx)}})
	closed := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(1), Shares: 1})
	_, err := e.clientFor(e.Key(otherIdx)).Claim(e.ctx, closed.ID, client.ClaimAuth{Code: closed.ClaimCode})
	require.NoError(t, err)
	coolOff := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(2), Shares: 2, Delay: time.Hour})
	tiny := e.send(client.SendRequest{Kind: client.Equal, Amount: big.NewInt(1000), Shares: 2})
	token := e.deployToken("MCK", 6, big.NewInt(1_000_000))
	unrelayed := e.send(client.SendRequest{Kind: client.Equal, Token: token, Amount: big.NewInt(1_000_000), Shares: 2})
	wallet := e.deployActor(addrOf(b))

	now := int64(e.Now())
	dl := e.deadline()
	rel := e.relayer().Hex()
	tickets := e.send(client.SendRequest{Kind: client.Equal, Auth: client.Tickets, Amount: eth(3), Shares: 3})
	otherTickets := e.send(client.SendRequest{Kind: client.Equal, Auth: client.Tickets, Amount: eth(3), Shares: 3})
	_, err = e.clientFor(e.Key(otherIdx)).Claim(e.ctx, tickets.ID, client.ClaimAuth{Code: tickets.Tickets[1]})
	require.NoError(t, err)
	badTicket := "the auth is not a ticket of packet " + tickets.ID.String() + " signed for " + addrOf(a).Hex() +
		"; check that the ticket code or link was copied whole"
	withTicket := func(auth []byte) func() claimJSON {
		return func() claimJSON { return e.signedFor(a, addrOf(a), tickets.ID, auth, e.relayer(), milli(1), dl) }
	}
	tamperedProof := e.ticketAuth(tickets, 2, addrOf(a))
	tamperedProof[len(tamperedProof)-1] ^= 1
	claim := func(key int, res *client.SendResult) claimJSON {
		return e.signedClaim([]*ecdsaKey{a, b}[key], res, milli(1), dl)
	}
	tests := []struct {
		name   string
		body   func() claimJSON
		status int
		code   string
		msg    string
	}{
		{"signed by someone else", func() claimJSON {
			c := claim(0, group)
			c.Signature = claim(1, group).Signature
			return c
		}, 422, "InvalidClaimerSignature", "the ClaimFor signature is not by " + addrOf(a).Hex() + " for relayer " + rel +
			" with this maxFee and deadline (signed for another chain or escrow? this relayer serves chain " + e.ChainID.String() +
			", escrow " + e.Escrow.Hex() + "); sign it again for relayer " + rel},
		{"signed for another relayer", func() claimJSON {
			return e.signedFor(a, addrOf(a), group.ID, e.authFor(group, addrOf(a)), e.Addr(otherIdx), milli(1), dl)
		}, 422, "InvalidClaimerSignature", "~is not by " + addrOf(a).Hex()},
		{"fee raised after signing", func() claimJSON {
			c := claim(0, group)
			c.MaxFee = milli(2).String()
			return c
		}, 422, "InvalidClaimerSignature", "~is not by"},
		{"high-s signature", func() claimJSON {
			c := claim(0, group)
			c.Signature = hexOf(highS(common.FromHex(c.Signature)))
			return c
		}, 422, "InvalidClaimerSignature", "the ClaimFor signature is malformed (it needs r, s in the lower half of the curve order, and v 27 or 28); sign the claim again"},
		{"claim code of another packet", func() claimJSON {
			return e.signedFor(a, addrOf(a), group.ID, e.authFor(other, addrOf(a)), e.relayer(), milli(1), dl)
		}, 422, "InvalidClaimSignature", "the auth is not the signature of packet " + group.ID.String() + "'s claim code for " +
			addrOf(a).Hex() + "; check that the link was copied whole"},
		{"no claim code", func() claimJSON {
			return e.signedFor(a, addrOf(a), group.ID, nil, e.relayer(), milli(1), dl)
		}, 422, "InvalidClaimSignature", "~is not the signature of packet"},
		{"not on the allowlist", func() claimJSON {
			return e.signedFor(b, addrOf(b), list.ID, e.authFor(list, addrOf(a)), e.relayer(), milli(1), dl)
		}, 422, "NotInAllowlist", addrOf(b).Hex() + " is not on the allowlist of packet " + list.ID.String() +
			" (or the proof is wrong); ask the sender for your proof"},
		{"ticket of another packet", withTicket(e.ticketAuth(otherTickets, 2, addrOf(a))), 422, "InvalidTicket", badTicket},
		{"ticket signed for another claimer", withTicket(e.ticketAuth(tickets, 2, addrOf(b))), 422, "InvalidTicket", badTicket},
		{"ticket with a changed proof", withTicket(tamperedProof), 422, "InvalidTicket", badTicket},
		{"ticket auth cut short", withTicket(e.ticketAuth(tickets, 2, addrOf(a))[:150]), 422, "InvalidTicket", badTicket},
		{"no ticket", withTicket(nil), 422, "InvalidTicket", badTicket},
		{"ticket already used", withTicket(e.ticketAuth(tickets, 1, addrOf(a))), 409, "TicketAlreadyUsed",
			"ticket 1 of packet " + tickets.ID.String() + " has already been used to claim a share; each ticket claims once"},
		{"not the recipient", func() claimJSON { return claim(1, direct) }, 422, "NotRecipient",
			"only " + addrOf(a).Hex() + " can claim packet " + direct.ID.String()},
		{"deadline passed", func() claimJSON { return e.signedClaim(a, group, milli(1), now-60) }, 422, "RelayDeadlinePassed",
			"the claim's deadline passed at " + fmtUnix(big.NewInt(now-60)) + "; sign the claim again with a later deadline"},
		{"deadline too soon", func() claimJSON { return e.signedClaim(a, group, milli(1), now+5) }, 422, "DeadlineTooSoon",
			"~is less than 15 s away"},
		{"fee below the minimum", func() claimJSON { return e.signedClaim(a, group, sub(milli(1), big.NewInt(1)), dl) }, 422, "FeeTooLow",
			"the fee of 0.000999999999999999 ETH is below this relayer's minimum of 0.001 ETH; sign the claim again with maxFee of at least 1000000000000000"},
		{"token not relayed", func() claimJSON { return claim(0, unrelayed) }, 422, "TokenNotRelayed",
			"this relayer does not relay packets of MCK (" + token.Hex() + "); claim packet " + unrelayed.ID.String() + " directly"},
		{"share below the minimum fee", func() claimJSON { return claim(0, tiny) }, 422, "ShareBelowFee",
			"the share of packet " + tiny.ID.String() + " (0.0000000000000005 ETH) is smaller than this relayer's minimum fee of 0.001 ETH; claim it directly"},
		{"no such packet", func() claimJSON {
			return e.signedFor(a, addrOf(a), big.NewInt(999), nil, e.relayer(), milli(1), dl)
		}, 404, "PacketNotFound", "there is no packet 999 on this escrow; check the link"},
		{"closed", func() claimJSON { return claim(0, closed) }, 409, "PacketClosed",
			"packet " + closed.ID.String() + " is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)"},
		{"in its cool-off", func() claimJSON { return claim(0, coolOff) }, 409, "NotYetReleased",
			"~packet " + coolOff.ID.String() + " is in its cool-off until "},
		{"contract claimer, simulation reverts", func() claimJSON {
			return e.signedFor(a, wallet, group.ID, e.authFor(group, wallet), e.relayer(), milli(1), dl)
		}, 422, "InvalidClaimerSignature", "the relay signature is not by " + wallet.Hex() + " for this relayer, fee and deadline; ask the claimer to sign it for relayer " + rel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := tc.body()
			before := e.relayerState()
			status, answer := e.postClaim(body)
			requireAPIError(t, status, answer, tc.status, tc.code, tc.msg)
			e.requireNothingSent(before)
			if id, ok := new(big.Int).SetString(body.PacketID, 10); ok && id.Cmp(big.NewInt(999)) != 0 {
				require.False(t, e.hasClaimed(id, common.HexToAddress(body.Claimer)))
			}
		})
	}
}

// TestRefusalsAroundExpiry: a packet about to expire is refused (the claim might be mined too late), an
// expired one too; nothing is sent.
func TestRefusalsAroundExpiry(t *testing.T) {
	e := newEnv(t, nil)
	key := newClaimer(t, "late")
	res := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(2), Shares: 2, TTL: 5 * time.Minute})
	expires := e.Packet(res.ID).ExpiresAt
	c := e.signedClaim(key, res, milli(1), e.deadline()+86400)
	before := e.relayerState()

	require.NoError(t, e.NextAt(expires.Uint64()-10))
	status, body := e.postClaim(c)
	requireAPIError(t, status, body, http.StatusConflict, "PacketExpiring", "packet "+res.ID.String()+" closes for claims at "+
		fmtUnix(expires)+", too soon for a relayed claim to be mined in time; claim it directly")

	require.NoError(t, e.Warp(time.Minute))
	status, body = e.postClaim(c)
	requireAPIError(t, status, body, http.StatusConflict, "PacketExpired", "packet "+res.ID.String()+" expired at "+
		fmtUnix(expires)+"; it can no longer be claimed")
	e.requireNothingSent(before)
	require.False(t, e.hasClaimed(res.ID, addrOf(key)))
}

// TestDuplicateSubmission: the same signed claim sent twice: the second is refused as already claimed and
// costs nothing; sent twice at once, exactly one goes through.
func TestDuplicateSubmission(t *testing.T) {
	e := newEnv(t, nil)
	key := newClaimer(t, "dup")
	res := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(3), Shares: 3})
	c := e.signedClaim(key, res, milli(1), e.deadline())
	e.mustClaim(c)

	before := e.relayerState()
	status, body := e.postClaim(c)
	requireAPIError(t, status, body, http.StatusConflict, "AlreadyClaimed",
		addrOf(key).Hex()+" already claimed packet "+res.ID.String()+" (one claim per address)")
	e.requireNothingSent(before)
	requireBig(t, sub(eth(1), milli(1)), e.Balance(addrOf(key)), "paid once")

	twin := e.signedClaim(newClaimer(t, "twin"), res, milli(1), e.deadline())
	before = e.relayerState()
	results := parallel(2, func(int) (int, []byte) { return e.post(twin) })
	var ok, refused int
	for _, r := range results {
		if r.status == http.StatusOK {
			ok++
			continue
		}
		refused++
		code := errCode(t, r.body)
		require.Equal(t, http.StatusConflict, r.status, "answer: %s", r.body)
		require.Contains(t, []string{"AlreadyClaimed", "ClaimInProgress"}, code)
	}
	require.Equal(t, [2]int{1, 1}, [2]int{ok, refused})
	require.Equal(t, before.nonce+1, e.relayerState().nonce, "one transaction for the two requests")
}

// TestConcurrentClaims: many claimers at once on two packets; one packet has fewer shares than claimers.
// Every claim that fits is paid, the others are refused as closed, and no transaction reverts (the nonce
// moved by exactly the number of successful claims).
func TestConcurrentClaims(t *testing.T) {
	e := newEnv(t, nil)
	lucky := e.send(client.SendRequest{Kind: client.Lucky, Amount: eth(10), Shares: 12})
	equal := e.send(client.SendRequest{Kind: client.Equal, Auth: client.Open, Amount: eth(6), Shares: 3})
	const nLucky, nEqual = 12, 6
	keys := make([]*ecdsaKey, nLucky+nEqual)
	claims := make([]claimJSON, len(keys))
	for i := range keys {
		keys[i] = newClaimer(t, "crowd "+string(rune('A'+i)))
		res := lucky
		if i >= nLucky {
			res = equal
		}
		claims[i] = e.signedClaim(keys[i], res, milli(1), e.deadline())
	}
	before := e.relayerState()

	results := parallel(len(claims), func(i int) (int, []byte) { return e.post(claims[i]) })

	luckySum, gas, fees := new(big.Int), new(big.Int), new(big.Int)
	var equalPaid, equalClosed int
	for i, r := range results {
		if i >= nLucky && r.status != http.StatusOK {
			requireAPIError(t, r.status, r.body, http.StatusConflict, "PacketClosed", "~is closed")
			equalClosed++
			continue
		}
		out := requireClaimed(t, r.status, r.body)
		gas.Add(gas, gasCost(e.receipt(out.TxHash)))
		// the fee is min(maxFee, share): a lucky share can (rarely) be below the 0.001 ETH asked
		fee := bigOf(t, out.Fee)
		require.LessOrEqual(t, fee.Cmp(milli(1)), 0)
		require.Equal(t, fee.Cmp(minBig(milli(1), bigOf(t, out.Amount))), 0)
		fees.Add(fees, fee)
		requireBig(t, bigOf(t, out.ClaimerReceived), e.Balance(addrOf(keys[i])))
		if i < nLucky {
			luckySum.Add(luckySum, bigOf(t, out.Amount))
		} else {
			require.Equal(t, eth(2).String(), out.Amount)
			equalPaid++
		}
	}
	requireBig(t, eth(10), luckySum, "the lucky packet paid out exactly its total")
	require.Equal(t, [2]int{3, 3}, [2]int{equalPaid, equalClosed})
	after := e.relayerState()
	paid := uint64(nLucky + equalPaid)
	require.Equal(t, before.nonce+paid, after.nonce, "one successful transaction per paid claim, none reverted")
	requireBig(t, sub(fees, gas), sub(after.balance, before.balance))
	require.Equal(t, int64(0), e.Packet(lucky.ID).Remaining.Int64())
}

func half(v *big.Int) *big.Int  { return new(big.Int).Div(v, big.NewInt(2)) }
func fifth(v *big.Int) *big.Int { return new(big.Int).Div(v, big.NewInt(5)) }
func same(v *big.Int) *big.Int  { return v }

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
}
