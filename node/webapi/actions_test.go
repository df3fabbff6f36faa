package webapi

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/indexer"
)

func names(as []Action) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestActions(t *testing.T) {
	sender, recipient, guardian, claimer, stranger := common.HexToAddress("0x1"), common.HexToAddress("0x2"),
		common.HexToAddress("0x3"), common.HexToAddress("0x4"), common.HexToAddress("0x5")
	base := indexer.Packet{ID: 1, Sender: sender, Kind: indexer.KindEqual, CreatedAt: 100, ReleaseAt: 100, ExpiresAt: 1000,
		Total: big.NewInt(10), Remaining: big.NewInt(10)}
	with := func(f func(p *indexer.Packet)) *indexer.Packet { p := base; f(&p); return &p }
	claim := []indexer.Claim{{Claimer: claimer, Amount: big.NewInt(5), Returned: big.NewInt(2)}}
	tests := []struct {
		name   string
		p      *indexer.Packet
		claims []indexer.Claim
		v      Viewer
		now    uint64
		want   []string
		until  uint64
	}{
		{"cool-off: the sender withdraws (C2) until release", with(func(p *indexer.Packet) { p.ReleaseAt = 200; p.UndoUntil = 150 }), nil, Viewer{Address: sender}, 120, []string{"withdraw"}, 200},
		{"group in its undo window: undo (C3)", with(func(p *indexer.Packet) { p.UndoUntil = 400 }), nil, Viewer{Address: sender}, 300, []string{"undo"}, 400},
		{"the undo window closed: nothing", with(func(p *indexer.Packet) { p.UndoUntil = 400 }), nil, Viewer{Address: sender}, 400, []string{}, 0},
		{"Direct with consent: request undo", with(func(p *indexer.Packet) {
			p.Kind, p.Recipient, p.UndoUntil, p.UndoConsent = indexer.KindDirect, recipient, 400, true
		}), nil, Viewer{Address: sender}, 300, []string{"request-undo"}, 400},
		{"Direct, requested: nothing more for the sender", with(func(p *indexer.Packet) {
			p.Kind, p.Recipient, p.UndoUntil, p.UndoConsent, p.UndoRequested = indexer.KindDirect, recipient, 400, true, true
		}), nil, Viewer{Address: sender}, 300, []string{}, 0},
		{"Direct recipient: claim and decline", with(func(p *indexer.Packet) { p.Kind, p.Recipient = indexer.KindDirect, recipient }), nil, Viewer{Address: recipient}, 300, []string{"claim", "decline"}, 1000},
		{"Direct recipient with a request: approve too", with(func(p *indexer.Packet) { p.Kind, p.Recipient, p.UndoRequested = indexer.KindDirect, recipient, true }), nil, Viewer{Address: recipient}, 300, []string{"claim", "approve-undo", "decline"}, 1000},
		{"guardian intercepts until expiry", with(func(p *indexer.Packet) { p.Guardian = guardian }), nil, Viewer{Address: guardian}, 300, []string{"intercept"}, 1000},
		{"org admin intercepts", with(func(p *indexer.Packet) { p.OrgID = 7 }), nil, Viewer{Address: stranger, OrgAdmin: true}, 300, []string{"intercept"}, 1000},
		{"a stranger: nothing", with(func(p *indexer.Packet) { p.Guardian = guardian }), nil, Viewer{Address: stranger}, 300, []string{}, 0},
		{"expired: anyone refunds (C1)", &base, nil, Viewer{Address: stranger}, 1000, []string{"refund"}, 0},
		{"claimer returns what is left of the share (C5), even closed", with(func(p *indexer.Packet) { p.Closed = true }), claim, Viewer{Address: claimer}, 300, []string{"return"}, 0},
		{"closed: nothing for the sender", with(func(p *indexer.Packet) { p.Closed = true; p.UndoUntil = 400 }), nil, Viewer{Address: sender}, 300, []string{}, 0},
		{"no viewer: nothing", &base, nil, Viewer{}, 1000, []string{}, 0},
		{"sealed with claims waiting: anyone draws them", with(func(p *indexer.Packet) { p.Kind, p.Pending = indexer.KindSealedLucky, 2 }), nil, Viewer{Address: stranger}, 300, []string{"settle"}, 0},
		{"sealed, expired, claims waiting: draw, then refund", with(func(p *indexer.Packet) { p.Kind, p.Pending = indexer.KindSealedLucky, 1 }), nil, Viewer{Address: stranger}, 1000, []string{"settle", "refund"}, 0},
		{"sealed, nothing waiting: nothing", with(func(p *indexer.Packet) { p.Kind = indexer.KindSealedLucky }), nil, Viewer{Address: stranger}, 300, []string{}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Actions(tc.p, tc.claims, tc.v, tc.now)
			require.Equal(t, tc.want, names(got))
			if len(got) > 0 && tc.until != 0 {
				require.Equal(t, tc.until, got[0].Until)
			}
			if len(got) > 0 && got[0].Name == "return" {
				require.Equal(t, "3", got[0].Max)
			}
		})
	}
}
