package risk

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
)

// fixedHistory is a Source that answers the same history for the sender it knows, and counts its reads.
type fixedHistory struct {
	h     *History
	err   error
	reads int
}

func (f *fixedHistory) History(_ context.Context, sender common.Address) (*History, error) {
	f.reads++
	if f.err != nil {
		return nil, f.err
	}
	if sender != me {
		return complete(), nil
	}
	return f.h, nil
}

// fakeChain is fakePolicies with tokens: tCNY (2 decimals) and ETH; any other address is not a token.
type fakeChain struct{ fakePolicies }

func (fakeChain) TokenInfo(_ context.Context, token common.Address) (string, uint8, error) {
	switch token {
	case common.Address{}:
		return "ETH", 18, nil
	case tcny.Address:
		return "tCNY", 2, nil
	}
	return "", 0, &client.Error{Code: client.CodeNotToken, Message: token.Hex() + " does not answer decimals() as an ERC-20 token does; check the token address"}
}

func post(t *testing.T, h http.Handler, body string) (int, map[string]any) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	res, err := http.Post(srv.URL+"/v1/risk", "application/json", strings.NewReader(body))
	require.NoError(t, err)
	defer res.Body.Close()
	require.Equal(t, "application/json", res.Header.Get("Content-Type"))
	var out map[string]any
	require.NoError(t, json.NewDecoder(res.Body).Decode(&out))
	return res.StatusCode, out
}

// The handler gives the browser the warnings the CLI gives, from the same Check, with the sender's local time
// as the browser tells it.
func TestHandler(t *testing.T) {
	src := &fixedHistory{h: complete(usualOne...)}
	// The server's clock: 19:30 UTC, which is 03:30 the next day in UTC+8.
	serverNow := func() time.Time { return time.Date(2026, 5, 1, 19, 30, 0, 0, time.UTC) }
	h := Handler(src, fakeChain{}, DefaultConfig(), WithClock(serverNow))
	type warning struct {
		code    string
		confirm bool
	}
	codes := func(out map[string]any) []warning {
		var ws []warning
		for _, w := range out["warnings"].([]any) {
			m := w.(map[string]any)
			require.NotEmpty(t, m["sentence"])
			ws = append(ws, warning{m["code"].(string), m["needsConfirm"].(bool)})
		}
		return ws
	}
	tcnyHex := tcny.Address.Hex()
	cases := []struct {
		name    string
		body    string
		want    []warning
		confirm bool
	}{
		{name: "a quiet send", body: `{"sender":"` + me.Hex() + `","token":"` + tcnyHex + `","amount":"100","kind":"equal","auth":"open","localTime":"2026-05-02T12:00:00+08:00"}`,
			want: nil},
		{name: "far above usual, at night in the browser's zone", confirm: true,
			body: `{"sender":"` + me.Hex() + `","token":"` + tcnyHex + `","amount":"90000","kind":"lucky","auth":"open","localTime":"2026-05-02T03:10:00+08:00"}`,
			want: []warning{{RuleFarAboveUsual, true}, {RuleNightSend, true}, {RuleSealedDraw, false}}},
		{name: "the same instant is evening in New York", confirm: true,
			body: `{"sender":"` + me.Hex() + `","token":"` + tcnyHex + `","amount":"90000","kind":"lucky","auth":"open","localTime":"2026-05-01T15:10:00-04:00"}`,
			want: []warning{{RuleFarAboveUsual, true}, {RuleSealedDraw, false}}},
		{name: "tzOffsetMinutes applies the server's clock", confirm: true,
			body: `{"sender":"` + me.Hex() + `","token":"` + tcnyHex + `","amount":"301","kind":"equal","auth":"open","tzOffsetMinutes":480}`,
			want: []warning{{RuleNightSend, true}}},
		{name: "a first payment, lowercase address", confirm: true,
			body: `{"sender":"` + strings.ToLower(me.Hex()) + `","amount":"1","kind":"direct","recipient":"` + friend.Hex() + `","tzOffsetMinutes":0}`,
			want: []warning{{RuleNewRecipient, true}}},
		{name: "to yourself", confirm: true,
			body: `{"sender":"` + me.Hex() + `","token":"ETH","amount":"1","kind":"direct","recipient":"` + me.Hex() + `","delay":"2h","tzOffsetMinutes":0}`,
			want: []warning{{RuleSelf, true}}},
		{name: "advice needs no confirmation", confirm: false,
			body: `{"sender":"` + other.Hex() + `","token":"` + tcnyHex + `","amount":"25000","kind":"equal","tzOffsetMinutes":0}`,
			want: []warning{{RuleBearerCode, false}}},
		{name: "a lucky packet of value is advised to seal its draw", confirm: false,
			body: `{"sender":"` + other.Hex() + `","token":"` + tcnyHex + `","amount":"25000","kind":"lucky","auth":"tickets","tzOffsetMinutes":0}`,
			want: []warning{{RuleSealedDraw, false}}},
		{name: "a sealed lucky packet is not", confirm: false,
			body: `{"sender":"` + other.Hex() + `","token":"` + tcnyHex + `","amount":"25000","kind":"sealed-lucky","auth":"tickets","tzOffsetMinutes":0}`,
			want: []warning(nil)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, out := post(t, h, tc.body)
			require.Equal(t, http.StatusOK, status, "%v", out)
			require.Equal(t, tc.want, codes(out))
			require.Equal(t, tc.confirm, out["needsConfirm"])
			hist := out["history"].(map[string]any)
			require.Equal(t, true, hist["complete"])
			require.Equal(t, "index", hist["source"])
			require.NotContains(t, out, "note", "a complete history has no note")
		})
	}
}

// A partial history comes with its sentence; bad requests are refused with a sentence and read nothing.
func TestHandlerRefusals(t *testing.T) {
	partial := complete()
	partial.Window = Window{Source: "logs", Head: 9000, Recent: &BlockRange{From: 6001, To: 9000}, Unread: &BlockRange{From: 1, To: 6000}}
	src := &fixedHistory{h: partial}
	h := Handler(src, fakeChain{}, DefaultConfig(), WithClock(func() time.Time { return noon }))
	status, out := post(t, h, `{"sender":"`+me.Hex()+`","amount":"1","kind":"equal","localTime":"2026-05-02T12:00:00Z"}`)
	require.Equal(t, http.StatusOK, status)
	require.Equal(t, "risk checks used the last 3000 blocks (6001-9000); blocks 1-6000 (6000) were not read", out["note"])
	require.Equal(t, false, out["history"].(map[string]any)["complete"])
	require.Equal(t, []any{}, out["warnings"], "an empty list, not null")

	reads := src.reads
	for _, tc := range []struct{ body, code string }{
		{`{"sender":"0x12","amount":"1","kind":"equal","tzOffsetMinutes":0}`, "InvalidSender"},
		{`{"sender":"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266","amount":"1","kind":"equal","tzOffsetMinutes":0}`, "InvalidSender"},
		{`{"sender":"0x0000000000000000000000000000000000000000","amount":"1","kind":"equal","tzOffsetMinutes":0}`, "InvalidSender"},
		{`{"sender":"` + me.Hex() + `","amount":"1.5","kind":"equal","tzOffsetMinutes":0}`, "InvalidAmount"},
		{`{"sender":"` + me.Hex() + `","amount":"0","kind":"equal","tzOffsetMinutes":0}`, "InvalidAmount"},
		{`{"sender":"` + me.Hex() + `","amount":"1","kind":"sealed","tzOffsetMinutes":0}`, "InvalidKind"},
		{`{"sender":"` + me.Hex() + `","amount":"1","kind":"direct","tzOffsetMinutes":0}`, "InvalidRecipient"},
		{`{"sender":"` + me.Hex() + `","amount":"1","kind":"direct","recipient":"0x0000000000000000000000000000000000000000","tzOffsetMinutes":0}`, "InvalidRecipient"},
		{`{"sender":"` + me.Hex() + `","amount":"1","kind":"equal","auth":"password","tzOffsetMinutes":0}`, "InvalidAuth"},
		{`{"sender":"` + me.Hex() + `","amount":"1","kind":"equal","delay":"soon","tzOffsetMinutes":0}`, "InvalidDelay"},
		{`{"sender":"` + me.Hex() + `","amount":"1","kind":"equal"}`, "MissingLocalTime"},
		{`{"sender":"` + me.Hex() + `","amount":"1","kind":"equal","localTime":"03:10"}`, "InvalidLocalTime"},
		{`{"sender":"` + me.Hex() + `","amount":"1","kind":"equal","tzOffsetMinutes":900}`, "InvalidTimeZone"},
		{`{"sender":"` + me.Hex() + `","token":"` + other.Hex() + `","amount":"1","kind":"equal","tzOffsetMinutes":0}`, "InvalidToken"},
		{`{"sender":"` + me.Hex() + `","amount":"1","kind":"equal","tzOffsetMinutes":0,"extra":1}`, "InvalidRequest"},
		{`not json`, "InvalidRequest"},
	} {
		status, out := post(t, h, tc.body)
		require.Equal(t, http.StatusBadRequest, status, tc.body)
		e := out["error"].(map[string]any)
		require.Equal(t, tc.code, e["code"], "%s: %v", tc.body, e["message"])
		require.NotEmpty(t, e["message"])
	}
	require.Equal(t, reads, src.reads, "a bad request reads no history")

	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := http.Get(srv.URL)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusMethodNotAllowed, res.StatusCode)
	require.Equal(t, "POST", res.Header.Get("Allow"))

	down := Handler(&fixedHistory{err: errors.New("connection refused")}, fakeChain{}, DefaultConfig())
	status, out = post(t, down, `{"sender":"`+me.Hex()+`","amount":"1","kind":"equal","tzOffsetMinutes":0}`)
	require.Equal(t, http.StatusBadGateway, status)
	require.Equal(t, "HistoryUnavailable", out["error"].(map[string]any)["code"])
	require.Contains(t, out["error"].(map[string]any)["message"], "connection refused")
}
