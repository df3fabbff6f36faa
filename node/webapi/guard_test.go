package webapi

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/indexer"
)

// The accounts of the test.
const (
	admin     = 1 // creates the organisation
	member    = 2 // sends from its budget
	guardian  = 3 // guardian of a plain packet
	recipient = 4
	outsider  = 5
)

// role=guarding lists what the viewer may intercept, with the intercept among its actions while the escrow
// allows it and nothing once the packet is closed; a member who is not an admin guards nothing.
func TestGuardingList(t *testing.T) {
	env, err := contracttest.New(outsider + 1)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	esc := contracttest.EscrowABI
	tx := func(from int, value *big.Int, data []byte) *types.Receipt {
		t.Helper()
		r, err := env.Tx(env.Key(from), value, data)
		require.NoError(t, err)
		return r
	}
	sentID := func(r *types.Receipt) string {
		t.Helper()
		for _, l := range r.Logs {
			if ev, err := esc.UnpackPacketSentEvent(l); err == nil {
				return ev.Id.String()
			}
		}
		t.Fatal("no PacketSent")
		return ""
	}
	one := contracttest.Ether(1)
	tx(admin, nil, esc.PackCreateOrg(env.Addr(admin)))
	tx(admin, contracttest.Ether(10), esc.PackFundOrg(1, common.Address{}, contracttest.Ether(10)))
	tx(admin, nil, esc.PackSetOrgMember(1, env.Addr(member), common.Address{}, contracttest.Ether(5), contracttest.Ether(5)))
	orgPacket := sentID(tx(member, nil, esc.PackSendFromOrg(1, contracttest.DirectParams(env.Addr(recipient), one))))
	guarded := contracttest.DirectParams(env.Addr(recipient), one)
	guarded.Guardian = env.Addr(guardian)
	plainPacket := sentID(tx(outsider, one, esc.PackSend(guarded)))

	ctx := context.Background()
	db, err := indexer.Open(ctx, filepath.Join(t.TempDir(), "index.db"))
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	ix, err := indexer.New(db, env.Client, indexer.Config{Escrow: env.Escrow})
	require.NoError(t, err)
	h, err := New(Config{DB: db, Chain: env.Client, Sync: ix})
	require.NoError(t, err)
	list := func(who int, query string) ListJSON {
		t.Helper()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/packets?role=guarding&address="+env.Addr(who).Hex()+query, nil))
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		var out ListJSON
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &out))
		return out
	}
	type card struct {
		ID, Status, OrgID string
		Actions           []string
	}
	cards := func(l ListJSON) []card {
		out := []card{}
		for _, p := range l.Packets {
			out = append(out, card{ID: p.ID, Status: p.Status, OrgID: p.OrgID, Actions: names(p.Actions)})
		}
		return out
	}
	intercept := []string{"intercept"}
	for _, tc := range []struct {
		name  string
		who   int
		want  []card
		total int
	}{
		{"the admin: the member's packet, with the intercept", admin, []card{{orgPacket, "open", "1", intercept}}, 1},
		{"the guardian: the plain packet, with the intercept", guardian, []card{{plainPacket, "open", "", intercept}}, 1},
		{"the member guards nothing", member, []card{}, 0},
		{"nor does the recipient", recipient, []card{}, 0},
		{"nor the plain packet's sender", outsider, []card{}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := list(tc.who, "")
			require.Equal(t, tc.want, cards(l))
			require.Equal(t, tc.total, l.Total)
			require.Empty(t, l.Next)
		})
	}

	// The admin intercepts: the packet stays in its list, closed, with nothing left to do.
	r := tx(admin, nil, esc.PackIntercept(big.NewInt(1)))
	ic, err := esc.UnpackInterceptedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, 0, ic.Amount.Cmp(one))
	l := list(admin, "&minBlock="+r.BlockNumber.String())
	require.Equal(t, []card{{orgPacket, "closed", "1", []string{}}}, cards(l))
	require.Equal(t, indexer.ReasonIntercepted, l.Packets[0].CloseReason)
	require.Equal(t, "0", l.Packets[0].Remaining)
	require.Equal(t, []card{{plainPacket, "open", "", intercept}}, cards(list(guardian, "")), "the other packet is untouched")

	// Paging: a second organisation packet; pages of one, newest first.
	third := sentID(tx(member, nil, esc.PackSendFromOrg(1, contracttest.DirectParams(env.Addr(recipient), one))))
	first := list(admin, "&limit=1")
	require.Equal(t, []card{{third, "open", "1", intercept}}, cards(first))
	require.Equal(t, 2, first.Total)
	require.Equal(t, third, first.Next)
	second := list(admin, "&limit=1&before="+first.Next)
	require.Equal(t, []card{{orgPacket, "closed", "1", []string{}}}, cards(second))
	require.Empty(t, second.Next)
}
