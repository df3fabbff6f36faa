package cli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func strs(t *testing.T, m map[string]any, k string) []string {
	t.Helper()
	raw, ok := m[k].([]any)
	require.True(t, ok, "%s is not a list: %v", k, m[k])
	out := make([]string, len(raw))
	for i, v := range raw {
		out[i] = v.(string)
	}
	return out
}

// A ticket packet: send --tickets prints one ticket per share (and links with --web-url); each ticket claims
// once, from the code or the link; a used, tampered or foreign ticket is refused with nothing sent; show counts
// the unused tickets and the sender prints them again.
func TestTicketsSendClaimShow(t *testing.T) {
	h := newHarness(t)
	const web = "http://127.0.0.1:8080"
	sent := h.okJSON(args("send", "--shares", "3", "--amount", "300", "--token", "tCNY", "--tickets", "--web-url", web, as(0))...)
	id := str(t, sent, "packetId")
	require.Equal(t, "tickets", str(t, sent, "auth"))
	tickets, links := strs(t, sent, "tickets"), strs(t, sent, "ticketLinks")
	require.Len(t, tickets, 3)
	require.Len(t, links, 3)
	for i, tk := range tickets {
		require.True(t, strings.HasPrefix(tk, "hbt1"), tk)
		require.True(t, strings.HasSuffix(links[i], "/"+id+"#code="+tk), links[i])
	}
	require.Empty(t, sent["claimCode"])
	require.Empty(t, sent["claimLink"])
	require.Nil(t, sent["advice"], "tickets need no advice")
	require.NotEmpty(t, str(t, sent, "root"))
	require.Equal(t, "hongbao claim "+id+" --code <ticket> --rpc "+h.chain.HTTPURL, str(t, sent, "claimCommand"))

	c := h.okJSON(args("claim", id, "--code", tickets[0], as(1))...)
	require.Equal(t, "10000", str(t, c, "amount"))
	c = h.okJSON(args("claim", links[1], as(2))...)
	require.Equal(t, "10000", str(t, c, "amount"), "the link names the packet and carries the ticket")

	tampered := []byte(tickets[2])
	tampered[20] = map[bool]byte{true: 'A', false: 'B'}[tampered[20] == 'B']
	tests := []struct {
		name    string
		args    []string
		code    string
		message string
	}{
		{"the same ticket again", args("claim", id, "--code", tickets[0], as(3)), "TicketAlreadyUsed",
			"ticket 0 of packet " + id + " has already been used to claim a share; each ticket claims once"},
		{"a tampered ticket", args("claim", id, "--code", string(tampered), as(3)), "BadTicketCode", "has a typo (its checksum does not match)"},
		{"a link of another packet", args("claim", "7", "--code", links[2], as(3)), "InvalidClaimLink",
			"the claim link is for packet " + id + ", not packet 7; check which packet you mean"},
		{"a link of another chain", args("claim", strings.Replace(links[2], "/claim/", "/claim/9", 1), as(3)), "InvalidClaimLink",
			"but this endpoint is the escrow"},
		{"not a claim link", args("claim", web+"/elsewhere/3", as(3)), "InvalidClaimLink", "is not a claim link"},
		{"no ticket", args("claim", id, as(3)), "InvalidRequest", "is claimed with tickets: each share has its own one-time ticket code"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := h.snapshot(addr(3))
			res := h.fails(tc.code, tc.args...)
			require.Contains(t, asError(res.err).Message, tc.message)
			h.requireUnchanged(addr(3), before)
		})
	}

	show := h.okJSON("show", id)
	require.Equal(t, "tickets", str(t, show, "auth"))
	require.EqualValues(t, 1, show["ticketsUnused"])
	require.Contains(t, h.ok("show", id), "one-time tickets, one per share, each claims once (root "+str(t, show, "root")+"); 1 of 3 unused")
	again := h.okJSON(args("show", id, "--code", "--web-url", web, as(0))...)
	require.Equal(t, tickets, strs(t, again, "tickets"), "the sender prints the same tickets again")
	require.Equal(t, links, strs(t, again, "ticketLinks"))
	human := h.ok(args("show", id, "--code", as(0))...)
	require.Contains(t, human, "Tickets (3 tickets; hand each person their own: each ticket claims one share, once; keep the others private):\n  ticket 0  "+tickets[0]+"\n")
	h.fails("NotSender", args("show", id, "--code", as(1))...)

	h.okJSON(args("claim", id, "--code", tickets[2], as(3))...)
	closed := h.okJSON("show", id)
	require.Nil(t, closed["ticketsUnused"], "a closed packet's tickets claim nothing")
}

// The human send output of a ticket packet lists the tickets with what each one does.
func TestTicketsSendHuman(t *testing.T) {
	h := newHarness(t)
	out := h.ok(args("send", "--shares", "2", "--lucky", "--amount", "2", "--token", "tCNY", "--tickets", as(1))...)
	require.Contains(t, out, "lucky, 2.00 tCNY in 2 shares (one-time tickets)")
	require.Contains(t, out, "Tickets (2 tickets; hand each person their own: each ticket claims one share, once; keep the others private):\n  ticket 0  hbt1")
	require.Contains(t, out, "\n  ticket 1  hbt1")
	require.Contains(t, out, "hongbao claim 1 --code <their ticket>")
	require.NotContains(t, out, "Claim code")
	for _, bad := range [][]string{
		args("send", "--shares", "2", "--amount", "2", "--tickets", "--open", as(1)),
		args("send", "--to", addr(2).Hex(), "--amount", "2", "--tickets", as(1)),
	} {
		h.fails("InvalidFlag", bad...)
	}
}

// Wherever a group claim code is shown, so is what it lets its holder do (rules §1); a claim-code packet
// above the token's first undo tier gets the bearer-code advice (no confirmation asked), tickets and small
// packets do not, and the config can switch it off.
func TestBearerCodeNote(t *testing.T) {
	h := newHarness(t)
	out := h.ok(args("send", "--shares", "2", "--amount", "300", "--token", "tCNY", as(1))...)
	require.Contains(t, out, "Claim code (share it with the group; "+bearerNote+"):")
	require.Contains(t, out, "note        [bearer-code] 300.00 tCNY is above 200.00 tCNY (the first undo tier of tCNY) and one claim code goes with it: "+
		"whoever holds the code can claim every share, from many addresses; for packets of real value choose tickets (one per share) or an allowlist (--tickets or --allowlist)")
	require.Contains(t, h.ok(args("show", "1", "--code", as(1))...), "("+bearerNote+")")

	tests := []struct {
		name   string
		extra  []string
		amount string
		advice bool
	}{
		{"above the first tier", nil, "200.01", true},
		{"at the first tier", nil, "200.00", false},
		{"tickets", []string{"--tickets"}, "900", false},
		{"switched off", []string{"--risk-config", riskFile(t, `{"bearer-code": {"enabled": false}}`)}, "900", false},
		{"ETH: no undo tier", nil, "5", false},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			token := []string{"--token", "tCNY"}
			if tc.name == "ETH: no undo tier" {
				token = nil
			}
			res := h.okJSON(args("send", "--shares", "2", "--amount", tc.amount, token, tc.extra, as(2+i))...)
			if !tc.advice {
				require.Nil(t, res["advice"])
				return
			}
			advice := res["advice"].([]any)
			require.Len(t, advice, 1)
			require.Equal(t, ruleBearerCode, advice[0].(map[string]any)["rule"])
			require.Nil(t, res["risks"], "advice asks for no confirmation")
		})
	}
}
