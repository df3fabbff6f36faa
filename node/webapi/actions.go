package webapi

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/indexer"
)

// Action is something a viewer may do to a packet now (rules §4), with the window it is allowed in: the page
// shows it from From (zero: already) and drops it at Until (zero: no end) by the chain's clock.
type Action struct {
	Name   string `json:"action"` // claim, withdraw, undo, request-undo, approve-undo, decline, return, intercept, refund, settle
	Clause string `json:"clause,omitempty"`
	From   uint64 `json:"from,omitempty"`
	Until  uint64 `json:"until,omitempty"`
	// Max is the most a claimer can return (C5), in base units.
	Max string `json:"max,omitempty"`
}

// Viewer is who looks at a packet: an address, and whether it administers the packet's organisation.
type Viewer struct {
	Address  common.Address
	OrgAdmin bool
}

// Actions lists what viewer may do to p at chain time now, in the contract's terms (HongbaoEscrow.sol):
// the take-back clause that applies to the sender (C2 in the cool-off, else C3 in the undo window, as
// `hongbao withdraw` picks it), the Direct recipient's claim, decline and approval (C4), the guardian's or
// an org admin's intercept (C6), a claimer's return (C5), anyone's refund after expiry (C1) and anyone's draw
// of a sealed packet's waiting shares (settle, rules §3). claims are
// the packet's claims (for C5).
func Actions(p *indexer.Packet, claims []indexer.Claim, v Viewer, now uint64) []Action {
	var out []Action
	zero := common.Address{}
	if v.Address == zero {
		return nil
	}
	for _, c := range claims {
		if c.Claimer != v.Address {
			continue
		}
		left := new(big.Int).Sub(c.Amount, c.Returned)
		if left.Sign() > 0 {
			out = append(out, Action{Name: "return", Clause: "C5", Max: left.String()})
		}
	}
	if p.Closed {
		return out
	}
	// A sealed packet's claims waiting for their draw: anyone may draw them (settle), and a take-back waits
	// for that once they are ready (DrawsReady).
	if p.Kind == indexer.KindSealedLucky && p.Pending > 0 {
		out = append(out, Action{Name: "settle"})
	}
	live := now < p.ExpiresAt
	if !live {
		return append(out, Action{Name: "refund", Clause: "C1", From: p.ExpiresAt})
	}
	if v.Address == p.Sender {
		switch {
		case now < p.ReleaseAt:
			out = append(out, Action{Name: "withdraw", Clause: "C2", Until: p.ReleaseAt})
		case p.UndoUntil != 0 && now < p.UndoUntil:
			until := min(p.UndoUntil, p.ExpiresAt)
			if p.Kind == indexer.KindDirect && p.UndoConsent {
				if !p.UndoRequested {
					out = append(out, Action{Name: "request-undo", Clause: "C3", Until: until})
				}
			} else {
				out = append(out, Action{Name: "undo", Clause: "C3", Until: until})
			}
		}
	}
	if p.Kind == indexer.KindDirect && v.Address == p.Recipient {
		if now >= p.ReleaseAt {
			out = append(out, Action{Name: "claim", Until: p.ExpiresAt})
		} else {
			out = append(out, Action{Name: "claim", From: p.ReleaseAt, Until: p.ExpiresAt})
		}
		if p.UndoRequested {
			out = append(out, Action{Name: "approve-undo", Clause: "C4", Until: p.ExpiresAt})
		}
		out = append(out, Action{Name: "decline", Clause: "C4", Until: p.ExpiresAt})
	}
	if (p.Guardian != zero && v.Address == p.Guardian) || (p.OrgID != 0 && v.OrgAdmin) {
		out = append(out, Action{Name: "intercept", Clause: "C6", Until: p.ExpiresAt})
	}
	return out
}
