package risk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
)

// Chain is what the handler reads of a token besides the history: its symbol and decimals for the sentences,
// its undo tiers for the rules. *client.Client has both.
type Chain interface {
	Policies
	TokenInfo(ctx context.Context, token common.Address) (string, uint8, error)
}

// Request is the body of POST to the handler (docs/risk.md): the send the page is about to make.
type Request struct {
	Sender string `json:"sender"`
	// Token is the token's address; "" or "ETH" for ETH.
	Token string `json:"token"`
	// Amount is the packet's total in base units, a decimal string ("8888" is 88.88 tCNY).
	Amount string `json:"amount"`
	// Kind is "direct", "equal", "lucky" or "sealed-lucky".
	Kind      string `json:"kind"`
	Recipient string `json:"recipient,omitempty"` // direct packets
	// Auth is a group packet's claim authorisation: "claim-key" (the default), "tickets", "allowlist", "open".
	Auth string `json:"auth,omitempty"`
	// Delay is the cool-off the send asks for ("2h"); accepted so that the page can send the whole form, read
	// by no rule today.
	Delay string `json:"delay,omitempty"`
	// LocalTime is the sender's wall clock with its UTC offset, RFC 3339 ("2026-12-07T03:10:00+08:00"). Else
	// TZOffsetMinutes, minutes east of UTC (-new Date().getTimezoneOffset()), applied to the server's clock.
	LocalTime       string `json:"localTime,omitempty"`
	TZOffsetMinutes *int   `json:"tzOffsetMinutes,omitempty"`
}

// Response is the handler's answer: the warnings (each with whether the page must ask for a confirmation
// before the send), and the history they were drawn from.
type Response struct {
	Warnings []Warning `json:"warnings"`
	// NeedsConfirm is true when any warning needs one.
	NeedsConfirm bool `json:"needsConfirm"`
	// History says which blocks were read; Note is its sentence when some were not ("" when complete).
	History Window `json:"history"`
	Note    string `json:"note,omitempty"`
}

// errorBody is the answer to a request that cannot be checked.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// HandlerOption adjusts a Handler.
type HandlerOption func(*handler)

// WithClock sets the server's clock, read only for a request that gives tzOffsetMinutes and no localTime.
func WithClock(now func() time.Time) HandlerOption { return func(h *handler) { h.now = now } }

// WithLogger logs the requests that fail on the server's side.
func WithLogger(l *slog.Logger) HandlerOption { return func(h *handler) { h.log = l } }

type handler struct {
	src   Source
	chain Chain
	cfg   Config
	now   func() time.Time
	log   *slog.Logger
}

// maxBody bounds a request: a few hundred bytes is a send.
const maxBody = 16 << 10

// Handler answers POST with the warnings of the send in the body, as the CLI's send gives them (one
// implementation: Check). It sends nothing and holds no key. A bad request is a 400 with a sentence.
func Handler(src Source, chain Chain, cfg Config, opts ...HandlerOption) http.Handler {
	h := &handler{src: src, chain: chain, cfg: cfg, now: time.Now, log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		o(h)
	}
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		h.fail(w, http.StatusMethodNotAllowed, "MethodNotAllowed", "POST the send to check as JSON (see docs/risk.md)")
		return
	}
	var req Request
	dec := json.NewDecoder(io.LimitReader(r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		h.fail(w, http.StatusBadRequest, "InvalidRequest", fmt.Sprintf("the body is not a send to check: %v (see docs/risk.md)", err))
		return
	}
	in, err := h.input(r.Context(), req)
	if err != nil {
		var bad *badRequest
		if errors.As(err, &bad) {
			h.fail(w, http.StatusBadRequest, bad.code, bad.msg)
			return
		}
		h.log.Warn("risk check: token", "err", err)
		h.fail(w, http.StatusBadGateway, "ChainUnavailable", fmt.Sprintf("cannot read the token: %v", err))
		return
	}
	hist, err := h.src.History(r.Context(), in.Sender)
	if err != nil {
		h.log.Warn("risk check: history", "err", err)
		h.fail(w, http.StatusBadGateway, "HistoryUnavailable", fmt.Sprintf("cannot read the sender's history: %v", err))
		return
	}
	warnings, err := Check(r.Context(), h.cfg, in, hist, h.chain)
	if err != nil {
		h.log.Warn("risk check", "err", err)
		h.fail(w, http.StatusBadGateway, "ChainUnavailable", fmt.Sprintf("cannot check the send: %v", err))
		return
	}
	out := Response{Warnings: warnings, History: hist.Window, Note: hist.Window.Sentence()}
	if out.Warnings == nil {
		out.Warnings = []Warning{}
	}
	for _, w := range warnings {
		out.NeedsConfirm = out.NeedsConfirm || w.NeedsConfirm
	}
	h.write(w, http.StatusOK, out)
}

type badRequest struct{ code, msg string }

func (b *badRequest) Error() string { return b.msg }

func bad(code, format string, args ...any) error {
	return &badRequest{code: code, msg: fmt.Sprintf(format, args...)}
}

// input turns a request into the rules' input; a request error is a *badRequest.
func (h *handler) input(ctx context.Context, req Request) (Input, error) {
	var in Input
	var err error
	if in.Sender, err = address("sender", req.Sender); err != nil {
		return in, err
	}
	if in.Sender == (common.Address{}) {
		return in, bad("InvalidSender", "sender is the zero address: give the address that sends")
	}
	if t := strings.TrimSpace(req.Token); t != "" && !strings.EqualFold(t, "ETH") {
		if in.Token.Address, err = address("token", t); err != nil {
			return in, err
		}
	}
	amount, ok := new(big.Int).SetString(strings.TrimSpace(req.Amount), 10)
	if !ok || amount.Sign() <= 0 {
		return in, bad("InvalidAmount", "amount %q is not a positive whole number of base units (e.g. \"8888\" for 88.88 of a token with 2 decimals)", req.Amount)
	}
	in.Amount = amount
	if in.Kind, err = client.ParseKind(req.Kind); err != nil {
		return in, bad("InvalidKind", "kind %q is not one of direct, equal, lucky, sealed-lucky", req.Kind)
	}
	if in.Kind == client.Direct {
		if in.Recipient, err = address("recipient", req.Recipient); err != nil {
			return in, err
		}
		if in.Recipient == (common.Address{}) {
			return in, bad("InvalidRecipient", "recipient is the zero address: nobody could claim the packet")
		}
	} else if req.Auth != "" {
		if in.Auth, err = client.ParseAuthMode(req.Auth); err != nil {
			return in, bad("InvalidAuth", "auth %q is not one of claim-key, tickets, allowlist, open", req.Auth)
		}
	}
	if req.Delay != "" {
		if d, err := time.ParseDuration(req.Delay); err != nil || d < 0 {
			return in, bad("InvalidDelay", "delay %q is not a duration such as 2h", req.Delay)
		}
	}
	if in.LocalTime, err = h.localTime(req); err != nil {
		return in, err
	}
	symbol, decimals, err := h.chain.TokenInfo(ctx, in.Token.Address)
	if err != nil {
		var ce *client.Error
		if errors.As(err, &ce) && ce.Code == client.CodeNotToken {
			return in, bad("InvalidToken", "%s", ce.Message)
		}
		return in, err
	}
	in.Token.Symbol, in.Token.Decimals = symbol, decimals
	return in, nil
}

// localTime is the sender's wall clock in the sender's zone: the night rule needs both, and only the browser
// knows them.
func (h *handler) localTime(req Request) (time.Time, error) {
	if req.LocalTime != "" {
		t, err := time.Parse(time.RFC3339, req.LocalTime)
		if err != nil {
			return t, bad("InvalidLocalTime", "localTime %q is not an RFC 3339 time with its offset, e.g. 2026-12-07T03:10:00+08:00", req.LocalTime)
		}
		return t, nil
	}
	if req.TZOffsetMinutes != nil {
		off := *req.TZOffsetMinutes
		if off < -14*60 || off > 14*60 {
			return time.Time{}, bad("InvalidTimeZone", "tzOffsetMinutes %d is not a UTC offset (between -840 and 840 minutes east of UTC)", off)
		}
		return h.now().In(time.FixedZone("", off*60)), nil
	}
	return time.Time{}, bad("MissingLocalTime", "give localTime (the sender's clock with its offset) or tzOffsetMinutes: the night rule needs the sender's local time")
}

func address(field, s string) (common.Address, error) {
	s = strings.TrimSpace(s)
	if !common.IsHexAddress(s) {
		return common.Address{}, bad("Invalid"+strings.ToUpper(field[:1])+field[1:], "%s %q is not an address (0x and 40 hex digits)", field, s)
	}
	if s != strings.ToLower(s) && s != "0x"+strings.ToUpper(s[2:]) && common.HexToAddress(s).Hex() != s {
		return common.Address{}, bad("Invalid"+strings.ToUpper(field[:1])+field[1:], "%s %q has a wrong checksum (a mistyped letter?)", field, s)
	}
	return common.HexToAddress(s), nil
}

func (h *handler) fail(w http.ResponseWriter, status int, code, msg string) {
	var b errorBody
	b.Error.Code, b.Error.Message = code, msg
	h.write(w, status, b)
}

func (h *handler) write(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
