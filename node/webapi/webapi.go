// Package webapi is the hongbao server's read API for the browser: a viewer's sent and received packets and
// the packets it guards (paged), one packet with its claims and the actions the viewer may take now, and what the escrow keeps
// owed to an address. It reads node/indexer's database (the audit trail the CLI keeps too) and, when given
// the indexer, brings it up to the head first, or to the block the page names (minBlock: the block of its own
// transaction, or a new head it saw), so that the page sees what it did.
//
//	GET /api/packets?address=0x…&role=sent|received|guarding[&before=ID][&limit=N][&minBlock=N]
//	GET /api/packets/{id}[?viewer=0x…][&minBlock=N]
//	GET /api/owed?address=0x…[&minBlock=N]
//
// Every answer carries "block" (the last indexed block) and "now" (that block's time, the chain's clock);
// errors are {"error": {"code", "message"}} with a sentence. Ids and amounts are strings of base units.
package webapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/node/indexer"
)

// Prefix is where the API is mounted.
const Prefix = "/api/"

// DefaultLimit and MaxLimit bound a page of packets.
const (
	DefaultLimit = 20
	MaxLimit     = 100
)

// Chain is what the API reads from the node: the time of an indexed block.
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Syncer brings the index up to the head (an *indexer.Indexer).
type Syncer interface {
	Sync(ctx context.Context) (indexer.Progress, error)
}

// Config is what the API serves from.
type Config struct {
	DB    *indexer.DB
	Chain Chain
	// Sync, when set, is run before answering a request without minBlock or whose minBlock is above the last
	// indexed block.
	Sync Syncer
	// SyncTimeout bounds that catch-up (default 30 s): a slow node makes the request fail with a sentence
	// instead of hanging.
	SyncTimeout time.Duration
}

// Handler serves the API.
type Handler struct {
	cfg Config
}

// New returns the API handler.
func New(cfg Config) (*Handler, error) {
	if cfg.DB == nil || cfg.Chain == nil {
		return nil, errors.New("webapi: a database and a chain are needed")
	}
	if cfg.SyncTimeout == 0 {
		cfg.SyncTimeout = 30 * time.Second
	}
	return &Handler{cfg: cfg}, nil
}

type apiError struct {
	status  int
	code    string
	message string
}

func (e *apiError) Error() string { return e.message }

func badRequest(code, format string, a ...any) error {
	return &apiError{http.StatusBadRequest, code, fmt.Sprintf(format, a...)}
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, &apiError{http.StatusMethodNotAllowed, "MethodNotAllowed", r.Method + " is not allowed; this API only answers GET"})
		return
	}
	path := strings.TrimPrefix(r.URL.Path, strings.TrimSuffix(Prefix, "/"))
	var (
		out any
		err error
	)
	switch {
	case path == "/packets":
		out, err = h.list(r)
	case strings.HasPrefix(path, "/packets/"):
		out, err = h.packet(r, strings.TrimPrefix(path, "/packets/"))
	case path == "/owed":
		out, err = h.owed(r)
	default:
		err = &apiError{http.StatusNotFound, "NotFound", r.URL.Path + " is not an endpoint of this API (see /api/packets, /api/packets/{id}, /api/owed)"}
	}
	if err != nil {
		writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(out)
}

func writeError(w http.ResponseWriter, err error) {
	var ae *apiError
	if !errors.As(err, &ae) {
		ae = &apiError{http.StatusServiceUnavailable, "IndexUnavailable", "the index cannot answer now: " + err.Error()}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(ae.status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"code": ae.code, "message": ae.message}})
}

func addressParam(r *http.Request, name string, required bool) (common.Address, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		if required {
			return common.Address{}, badRequest("InvalidAddress", "%s is missing: give ?%s=0x… (an address)", name, name)
		}
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, badRequest("InvalidAddress", "%s=%q is not an address (0x and 40 hex digits)", name, s)
	}
	return common.HexToAddress(s), nil
}

func uintParam(r *http.Request, name string) (uint64, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return 0, nil
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, badRequest("InvalidNumber", "%s=%q is not a whole number", name, s)
	}
	return v, nil
}

// head brings the index up to minBlock when asked (and possible) and returns its last block and time.
func (h *Handler) head(r *http.Request) (block, now uint64, err error) {
	minBlock, err := uintParam(r, "minBlock")
	if err != nil {
		return 0, 0, err
	}
	ctx := r.Context()
	cp, err := h.cfg.DB.Checkpoint(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("read the index's checkpoint: %w", err)
	}
	// No minBlock: the caller wants the head (a page's first load); a minBlock the index has reached needs
	// no node call at all (a page following new blocks asks for each one once).
	if h.cfg.Sync != nil && (minBlock == 0 || minBlock > cp.Block || !cp.Set) {
		sctx, cancel := context.WithTimeout(ctx, h.cfg.SyncTimeout)
		defer cancel()
		if _, err := h.cfg.Sync.Sync(sctx); err != nil {
			return 0, 0, fmt.Errorf("bring the index up to block %d: %w", minBlock, err)
		}
		if cp, err = h.cfg.DB.Checkpoint(ctx); err != nil {
			return 0, 0, fmt.Errorf("read the index's checkpoint: %w", err)
		}
	}
	if minBlock > cp.Block {
		return 0, 0, &apiError{http.StatusServiceUnavailable, "IndexBehind",
			fmt.Sprintf("the index has reached block %d, not yet block %d; try again in a moment", cp.Block, minBlock)}
	}
	hd, err := h.cfg.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(cp.Block))
	if err != nil {
		return 0, 0, fmt.Errorf("read block %d: %w", cp.Block, err)
	}
	return cp.Block, hd.Time, nil
}

// PacketJSON is a packet as the page shows it.
type PacketJSON struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"` // direct, equal, lucky, sealed-lucky
	Auth      string `json:"auth"` // claim-key, allowlist, open, tickets
	Status    string `json:"status"`
	Sender    string `json:"sender"`
	Token     string `json:"token"`
	Symbol    string `json:"symbol"`
	Decimals  uint8  `json:"decimals"`
	Total     string `json:"total"`
	Remaining string `json:"remaining"`
	Shares    uint16 `json:"shares"`
	Claimed   uint16 `json:"claimed"`
	// Pending (a sealed lucky packet) counts the claims whose share waits for its draw; Claimed counts drawn
	// shares only, as the escrow does.
	Pending       uint16      `json:"pending,omitempty"`
	ClaimedAmount string      `json:"claimedAmount"`
	Returned      string      `json:"returned"`
	Recipient     string      `json:"recipient,omitempty"`
	Guardian      string      `json:"guardian,omitempty"`
	OrgID         string      `json:"orgId,omitempty"`
	CreatedAt     uint64      `json:"createdAt"`
	ReleaseAt     uint64      `json:"releaseAt"`
	ExpiresAt     uint64      `json:"expiresAt"`
	UndoUntil     uint64      `json:"undoUntil"`
	UndoConsent   bool        `json:"undoConsent"`
	UndoRequested bool        `json:"undoRequested"`
	CloseReason   string      `json:"closeReason,omitempty"`
	ClosedAmount  string      `json:"closedAmount,omitempty"`
	ClosedAt      uint64      `json:"closedAt,omitempty"`
	ClosedTx      string      `json:"closedTx,omitempty"`
	SentTx        string      `json:"sentTx"`
	Claims        []ClaimJSON `json:"claims"`
	Actions       []Action    `json:"actions"`
}

// ClaimJSON is one claim.
type ClaimJSON struct {
	Claimer  string `json:"claimer"`
	Amount   string `json:"amount"` // gross, relay fee included
	RelayFee string `json:"relayFee"`
	Returned string `json:"returned"`
	TxHash   string `json:"txHash"`
	// A sealed lucky packet's claim: the share's index, and Pending until it is drawn (Amount is "0" then).
	Index   *uint64 `json:"index,omitempty"`
	Pending bool    `json:"pending,omitempty"`
}

// kindName is the kind as the relayer's API names it (sealed-lucky for SealedLucky).
func kindName(k indexer.Kind) string {
	if k == indexer.KindSealedLucky {
		return "sealed-lucky"
	}
	return strings.ToLower(k.String())
}

var statusNames = map[indexer.Status]string{indexer.StatusCoolOff: "cool-off", indexer.StatusOpen: "open",
	indexer.StatusExpired: "expired", indexer.StatusClosed: "closed"}

var authNames = map[indexer.AuthMode]string{indexer.AuthClaimKey: "claim-key", indexer.AuthAllowlist: "allowlist",
	indexer.AuthOpen: "open", indexer.AuthTickets: "tickets"}

func hexOrEmpty(a common.Address) string {
	if a == (common.Address{}) {
		return ""
	}
	return a.Hex()
}

func (h *Handler) packetJSON(ctx context.Context, p *indexer.Packet, viewer common.Address, now uint64) (*PacketJSON, error) {
	claims, err := h.cfg.DB.Claims(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	tok, _, err := h.cfg.DB.Token(ctx, p.Token)
	if err != nil {
		return nil, err
	}
	if p.Token == (common.Address{}) {
		tok.Symbol, tok.Decimals = "ETH", 18
	}
	v := Viewer{Address: viewer}
	if p.OrgID != 0 && viewer != (common.Address{}) {
		org, err := h.cfg.DB.Org(ctx, p.OrgID)
		if err != nil && !errors.Is(err, indexer.ErrNotFound) {
			return nil, err
		}
		for _, a := range orgAdmins(org) {
			v.OrgAdmin = v.OrgAdmin || a == viewer
		}
	}
	out := &PacketJSON{
		ID: strconv.FormatUint(p.ID, 10), Kind: kindName(p.Kind), Auth: authNames[p.Auth],
		Status: statusNames[p.StatusAt(now)], Sender: p.Sender.Hex(), Token: p.Token.Hex(), Symbol: tok.Symbol,
		Decimals: tok.Decimals, Total: p.Total.String(), Remaining: p.Remaining.String(), Shares: p.Shares,
		Claimed: p.Claimed, Pending: p.Pending, ClaimedAmount: p.ClaimedAmount.String(), Returned: p.Returned.String(),
		Guardian: hexOrEmpty(p.Guardian), CreatedAt: p.CreatedAt, ReleaseAt: p.ReleaseAt, ExpiresAt: p.ExpiresAt,
		UndoUntil: p.UndoUntil, UndoConsent: p.UndoConsent, UndoRequested: p.UndoRequested, SentTx: p.SentTx.Hex(),
		Claims: []ClaimJSON{}, Actions: Actions(p, claims, v, now),
	}
	if out.Actions == nil {
		out.Actions = []Action{}
	}
	if p.Kind == indexer.KindDirect {
		out.Recipient = p.Recipient.Hex()
	}
	if p.OrgID != 0 {
		out.OrgID = strconv.FormatUint(p.OrgID, 10)
	}
	if p.Closed {
		out.CloseReason, out.ClosedAmount, out.ClosedAt = p.CloseReason, p.ClosedAmount.String(), p.ClosedAt
		if p.ClosedTx != (common.Hash{}) {
			out.ClosedTx = p.ClosedTx.Hex()
		}
	}
	for _, c := range claims {
		cj := ClaimJSON{Claimer: c.Claimer.Hex(), Amount: c.Amount.String(),
			RelayFee: c.RelayFee.String(), Returned: c.Returned.String(), TxHash: c.TxHash.Hex()}
		if c.Sealed {
			index := c.Index
			cj.Index, cj.Pending = &index, c.Pending
		}
		out.Claims = append(out.Claims, cj)
	}
	return out, nil
}

func orgAdmins(o *indexer.Org) []common.Address {
	if o == nil {
		return nil
	}
	return o.Admins
}

// ListJSON is a page of packets.
type ListJSON struct {
	Block   uint64        `json:"block"`
	Now     uint64        `json:"now"`
	Total   int           `json:"total"`
	Packets []*PacketJSON `json:"packets"`
	// Next is the before= of the next page; empty on the last page.
	Next string `json:"next,omitempty"`
}

func (h *Handler) list(r *http.Request) (any, error) {
	addr, err := addressParam(r, "address", true)
	if err != nil {
		return nil, err
	}
	f := indexer.PacketFilter{Newest: true}
	switch role := r.URL.Query().Get("role"); role {
	case "sent", "":
		f.Sender = addr
	case "received":
		f.ReceivedBy = addr
	case "guarding":
		// what the viewer may intercept (C6) as the packet's guardian or an admin of its organisation now
		f.GuardedBy = addr
	default:
		return nil, badRequest("InvalidRole", "role=%q: give role=sent, role=received or role=guarding", role)
	}
	if f.BeforeID, err = uintParam(r, "before"); err != nil {
		return nil, err
	}
	limit, err := uintParam(r, "limit")
	if err != nil {
		return nil, err
	}
	if limit == 0 {
		limit = DefaultLimit
	}
	if limit > MaxLimit {
		return nil, badRequest("InvalidNumber", "limit=%d is above the most a page holds (%d)", limit, MaxLimit)
	}
	block, now, err := h.head(r)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	f.Limit = int(limit) + 1 // one more tells whether there is a next page
	ps, err := h.cfg.DB.Packets(ctx, f)
	if err != nil {
		return nil, err
	}
	total, err := h.cfg.DB.CountPackets(ctx, f)
	if err != nil {
		return nil, err
	}
	out := &ListJSON{Block: block, Now: now, Total: total, Packets: []*PacketJSON{}}
	if len(ps) > int(limit) {
		ps = ps[:limit]
		out.Next = strconv.FormatUint(ps[len(ps)-1].ID, 10)
	}
	for _, p := range ps {
		j, err := h.packetJSON(ctx, p, addr, now)
		if err != nil {
			return nil, err
		}
		out.Packets = append(out.Packets, j)
	}
	return out, nil
}

// OnePacketJSON is one packet.
type OnePacketJSON struct {
	Block  uint64      `json:"block"`
	Now    uint64      `json:"now"`
	Packet *PacketJSON `json:"packet"`
}

func (h *Handler) packet(r *http.Request, idText string) (any, error) {
	id, err := strconv.ParseUint(idText, 10, 64)
	if err != nil || id == 0 {
		return nil, badRequest("InvalidPacketId", "%q is not a packet id (a whole number from 1)", idText)
	}
	viewer, err := addressParam(r, "viewer", false)
	if err != nil {
		return nil, err
	}
	block, now, err := h.head(r)
	if err != nil {
		return nil, err
	}
	p, err := h.cfg.DB.Packet(r.Context(), id)
	if errors.Is(err, indexer.ErrNotFound) {
		return nil, &apiError{http.StatusNotFound, "PacketNotFound", fmt.Sprintf("there is no packet %d on this escrow (as of block %d)", id, block)}
	}
	if err != nil {
		return nil, err
	}
	j, err := h.packetJSON(r.Context(), p, viewer, now)
	if err != nil {
		return nil, err
	}
	return &OnePacketJSON{Block: block, Now: now, Packet: j}, nil
}

// OwedJSON is what the escrow keeps for an address (payouts it did not accept, rules §1).
type OwedJSON struct {
	Block uint64     `json:"block"`
	Now   uint64     `json:"now"`
	Owed  []OwedLine `json:"owed"`
}

// OwedLine is one token's owed balance.
type OwedLine struct {
	Token    string `json:"token"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	Amount   string `json:"amount"`
}

func (h *Handler) owed(r *http.Request) (any, error) {
	addr, err := addressParam(r, "address", true)
	if err != nil {
		return nil, err
	}
	block, now, err := h.head(r)
	if err != nil {
		return nil, err
	}
	all, err := h.cfg.DB.Owed(r.Context())
	if err != nil {
		return nil, err
	}
	out := &OwedJSON{Block: block, Now: now, Owed: []OwedLine{}}
	for _, b := range all {
		if b.Account != addr || b.Amount.Sign() == 0 {
			continue
		}
		tok, _, err := h.cfg.DB.Token(r.Context(), b.Token)
		if err != nil {
			return nil, err
		}
		if b.Token == (common.Address{}) {
			tok.Symbol, tok.Decimals = "ETH", 18
		}
		out.Owed = append(out.Owed, OwedLine{Token: b.Token.Hex(), Symbol: tok.Symbol, Decimals: tok.Decimals, Amount: b.Amount.String()})
	}
	return out, nil
}
