package relay

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/units"
)

const claimFields = `"packetId", "claimer", "maxFee", "deadline", "auth" and "signature"`

// claimBody is the raw body of POST /v1/claims; each field is parsed on its own so that errors name it.
type claimBody struct {
	PacketID  json.RawMessage `json:"packetId"`
	Claimer   json.RawMessage `json:"claimer"`
	MaxFee    json.RawMessage `json:"maxFee"`
	Deadline  json.RawMessage `json:"deadline"`
	Auth      json.RawMessage `json:"auth"`
	Signature json.RawMessage `json:"signature"`
}

// claimRequest is a parsed relayed claim.
type claimRequest struct {
	ID        *big.Int
	Claimer   common.Address
	MaxFee    *big.Int
	Deadline  *big.Int
	Auth      []byte
	Signature []byte
}

// claimResponse is the answer to a submitted claim.
type claimResponse struct {
	TxHash          common.Hash    `json:"txHash"`
	Block           uint64         `json:"block"`
	GasUsed         uint64         `json:"gasUsed"`
	PacketID        string         `json:"packetId"`
	Claimer         common.Address `json:"claimer"`
	Token           common.Address `json:"token"`
	Symbol          string         `json:"symbol"`
	Decimals        uint8          `json:"decimals"`
	Amount          string         `json:"amount"`
	Fee             string         `json:"fee"`
	ClaimerReceived string         `json:"claimerReceived"`
	Owed            string         `json:"owed"`
	// A sealed lucky packet: the claim took share Index and Pending is true: the amount (and the fee) are
	// paid when the share is drawn from the hash of the next block (from block ReadyAt on), which the
	// relayer does in the background; GET /v1/packets/{id}?claimer= shows the amount then.
	Sealed  bool    `json:"sealed,omitempty"`
	Pending bool    `json:"pending,omitempty"`
	Index   *uint64 `json:"index,omitempty"`
	ReadyAt uint64  `json:"readyAt,omitempty"`
}

func parseClaim(body []byte) (*claimRequest, *apiError) {
	var b claimBody
	if e := decodeStrict(body, &b, claimFields); e != nil {
		return nil, e
	}
	var c claimRequest
	var e *apiError
	if c.ID, e = parseUint256(b.PacketID, "packetId"); e != nil {
		return nil, e
	}
	if c.Claimer, e = parseAddress(b.Claimer, "claimer"); e != nil {
		return nil, e
	}
	if c.MaxFee, e = parseUint256(b.MaxFee, "maxFee"); e != nil {
		return nil, e
	}
	if c.Deadline, e = parseUint256(b.Deadline, "deadline"); e != nil {
		return nil, e
	}
	if c.Auth, e = parseHex(b.Auth, "auth", true); e != nil {
		return nil, e
	}
	if c.Signature, e = parseHex(b.Signature, "signature", false); e != nil {
		return nil, e
	}
	if len(c.Signature) != 65 {
		return nil, errorf(http.StatusBadRequest, codeInvalidField,
			"field \"signature\" must be a 65-byte signature (r, s, v), not %d bytes", len(c.Signature))
	}
	return &c, nil
}

// handleClaim is POST /v1/claims: parse, rate-limit, check, reserve a place, simulate and submit.
func (r *Relayer) handleClaim(w http.ResponseWriter, req *http.Request) *apiError {
	body, e := readJSONBody(req, r.cfg.MaxBodyBytes)
	if e != nil {
		return e
	}
	c, e := parseClaim(body)
	if e != nil {
		return e
	}
	// The request's context ends when the browser goes away; a submitted claim must still be seen through.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(req.Context()), r.cfg.SubmitTimeout)
	defer cancel()
	if e := r.checkSigner(ctx, c); e != nil {
		return e
	}
	// Counted only once the claimer's signature checks out, so that nobody can use up someone else's
	// allowance with forged requests (those count against their own IP).
	if ok, wait := r.claimerLimit.allow(c.Claimer.Hex()); !ok {
		return rateLimited(fmt.Sprintf("too many claims for %s", c.Claimer.Hex()), wait)
	}
	res, token, e := r.submit(ctx, c)
	if e != nil {
		return e
	}
	writeJSON(w, http.StatusOK, r.claimAnswer(ctx, res, token))
	return nil
}

// submit checks the packet, reserves a place among the packet's claims in flight, and has the client
// simulate and send the claim.
func (r *Relayer) submit(ctx context.Context, c *claimRequest) (*client.ClaimResult, common.Address, *apiError) {
	t := r.slots.open(c.ID.String())
	defer t.done()
	var held *ticket // a ticket packet's claim: its ticket, held while the claim is in flight
	defer func() {
		if held != nil {
			held.release(c.Claimer)
			held.done()
		}
	}()
	for {
		gen := t.generation()
		p, e := r.readPacket(ctx, c.ID)
		if e != nil {
			return nil, common.Address{}, e
		}
		if e := r.checkClaim(ctx, c, p); e != nil {
			return nil, common.Address{}, e
		}
		if held == nil && client.Kind(p.view.Kind) != client.Direct && client.AuthMode(p.view.Auth) == client.Tickets {
			if held, e = r.holdTicket(c); e != nil {
				return nil, common.Address{}, e
			}
		}
		res, wait := t.reserve(c.Claimer, p.left(), gen)
		switch res {
		case duplicate:
			return nil, common.Address{}, errorf(http.StatusConflict, codeClaimInProgress,
				"a claim of packet %s for %s is being submitted right now; wait for its result", c.ID, c.Claimer.Hex())
		case full:
			select {
			case <-wait:
			case <-ctx.Done():
				return nil, common.Address{}, errorf(http.StatusServiceUnavailable, codeUnavailable,
					"packet %s has as many claims in flight as shares left; try again in a moment", c.ID)
			}
			continue
		case stale:
			continue
		}
		out, err := r.sendReserved(ctx, t, c)
		if err != nil {
			return nil, common.Address{}, fromClientError(err)
		}
		return out, p.view.Token, nil
	}
}

// holdTicket reserves the ticket of a ticket claim (checked by checkAuth) while the claim is in flight: two
// claims with one ticket (from two addresses) would both pass the simulation, and the second revert on
// chain at the relayer's cost. The second is refused with TicketInProgress instead.
func (r *Relayer) holdTicket(c *claimRequest) (*ticket, *apiError) {
	index, _, _, _, _ := client.DecodeTicketAuth(c.Auth)
	t := r.slots.open(c.ID.String() + "/ticket/" + index.String())
	for {
		switch res, _ := t.reserve(c.Claimer, 1, t.generation()); res {
		case reserved:
			return t, nil
		case stale: // a claim with this ticket just finished; the simulation will say whether it was used
			continue
		}
		t.done()
		return nil, errorf(http.StatusConflict, codeTicketInProgress,
			"a claim with ticket %s of packet %s is being submitted right now; each ticket claims once", index, c.ID)
	}
}

// sendReserved sends a claim that holds a place, and gives the place back however the send ends.
func (r *Relayer) sendReserved(ctx context.Context, t *ticket, c *claimRequest) (*client.ClaimResult, error) {
	defer t.release(c.Claimer)
	return r.send(ctx, c)
}

// send simulates claimFor from the relayer's address against the pending block (the client's gas
// estimate) and, if it does not revert, submits it and waits for the receipt.
func (r *Relayer) send(ctx context.Context, c *claimRequest) (*client.ClaimResult, error) {
	res, err := r.cl.ClaimFor(ctx, &client.RelayedClaim{
		ID: c.ID, Claimer: c.Claimer, Relayer: r.address, MaxFee: c.MaxFee, Deadline: c.Deadline,
		Auth: c.Auth, Signature: c.Signature,
	})
	if err != nil {
		return nil, err
	}
	r.log.Info("relayed claim", "packet", c.ID.String(), "claimer", c.Claimer.Hex(), "tx", res.TxHash.Hex(),
		"amount", res.Amount.String(), "fee", res.Fee.String(), "gasUsed", res.GasUsed, "gasCost", res.GasCost.String(),
		"pending", res.Pending)
	if res.Pending {
		r.settleLater(res) // the fee is earned at the draw
	}
	return res, nil
}

// checkClaim refuses, before any simulation, a claim of a packet that cannot pay it now, whose deadline is
// too close, whose fee is below the minimum, or whose claim authorisation is wrong.
func (r *Relayer) checkClaim(ctx context.Context, c *claimRequest, p packetState) *apiError {
	if p.pending > 0 && p.left() <= 0 && p.view.Remaining.Sign() > 0 {
		waits := fmt.Sprintf("%d wait for their draw", p.pending)
		if p.pending == 1 {
			waits = "1 waits for its draw"
		}
		return errorf(http.StatusConflict, "AllSharesTaken", "every share of packet %s is taken; %s", c.ID, waits)
	}
	if e := r.checkDeadline(c, p.now); e != nil {
		return e
	}
	if e := r.checkTimes(c.ID, p); e != nil {
		return e
	}
	if e := r.checkFee(ctx, c, p); e != nil {
		return e
	}
	return r.checkAuth(c, p)
}

func (r *Relayer) checkDeadline(c *claimRequest, now uint64) *apiError {
	if c.Deadline.Cmp(new(big.Int).SetUint64(now)) < 0 {
		return errorf(http.StatusUnprocessableEntity, codeDeadlinePassed,
			"the claim's deadline passed at %s; sign the claim again with a later deadline", fmtUnix(c.Deadline))
	}
	if c.Deadline.Cmp(new(big.Int).SetUint64(now+r.minLeft())) < 0 {
		return errorf(http.StatusUnprocessableEntity, codeDeadlineTooSoon,
			"the claim's deadline %s is less than %d s away, too soon to be mined in time; sign it again with a later deadline",
			fmtUnix(c.Deadline), r.minLeft())
	}
	return nil
}

// checkTimes refuses packets that are closed, in their cool-off, expired, or expiring before a claim
// submitted now is safely mined.
func (r *Relayer) checkTimes(id *big.Int, p packetState) *apiError {
	v := p.view
	switch {
	case v.Remaining.Sign() == 0:
		return errorf(http.StatusConflict, "PacketClosed",
			"packet %s is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)", id)
	case p.now < v.ReleaseAt.Uint64():
		return errorf(http.StatusConflict, "NotYetReleased", "packet %s is in its cool-off until %s; claims open then",
			id, fmtUnix(v.ReleaseAt))
	case p.now >= v.ExpiresAt.Uint64():
		return errorf(http.StatusConflict, "PacketExpired", "packet %s expired at %s; it can no longer be claimed", id, fmtUnix(v.ExpiresAt))
	case p.now+r.minLeft() >= v.ExpiresAt.Uint64():
		return errorf(http.StatusConflict, codePacketExpiring,
			"packet %s closes for claims at %s, too soon for a relayed claim to be mined in time; claim it directly", id, fmtUnix(v.ExpiresAt))
	}
	return nil
}

// checkFee refuses tokens the relayer does not relay, a maxFee below the token's minimum, and a share
// (when it is known in advance) smaller than that minimum, which would leave the claimer nothing.
func (r *Relayer) checkFee(ctx context.Context, c *claimRequest, p packetState) *apiError {
	token := p.view.Token
	min, ok := r.cfg.minFeeFor(token)
	symbol, decimals := r.tokenInfo(ctx, token)
	if !ok {
		return errorf(http.StatusUnprocessableEntity, codeTokenNotRelayed,
			"this relayer does not relay packets of %s (%s); claim packet %s directly", symbol, token.Hex(), c.ID)
	}
	if c.MaxFee.Cmp(min) < 0 {
		return errorf(http.StatusUnprocessableEntity, codeFeeTooLow,
			"the fee of %s is below this relayer's minimum of %s; sign the claim again with maxFee of at least %s",
			units.FormatAmount(c.MaxFee, decimals, symbol), units.FormatAmount(min, decimals, symbol), min)
	}
	if client.Kind(p.view.Kind) == client.SealedLucky && p.view.MinShare.Cmp(min) < 0 {
		// a sealed claim's fee is capped at the packet's minimum share (it is paid at the draw)
		return errorf(http.StatusUnprocessableEntity, codeShareBelowFee,
			"packet %s is a sealed lucky packet: a relayed claim's fee is at most its minimum share (%s), below this relayer's minimum fee of %s; claim it directly",
			c.ID, units.FormatAmount(p.view.MinShare, decimals, symbol), units.FormatAmount(min, decimals, symbol))
	}
	if share := knownShare(p); share != nil && share.Cmp(min) < 0 {
		return errorf(http.StatusUnprocessableEntity, codeShareBelowFee,
			"the share of packet %s (%s) is smaller than this relayer's minimum fee of %s; claim it directly",
			c.ID, units.FormatAmount(share, decimals, symbol), units.FormatAmount(min, decimals, symbol))
	}
	return nil
}

// knownShare is the share the next claim gets when it does not depend on chance: the whole rest of a
// Direct packet, the equal part of an Equal one, the rest for the last share. Nil for a Lucky draw.
func knownShare(p packetState) *big.Int {
	left := p.left()
	switch {
	case left <= 1 || client.Kind(p.view.Kind) == client.Direct:
		return p.view.Remaining
	case client.Kind(p.view.Kind) == client.Equal:
		return new(big.Int).Div(p.view.Remaining, big.NewInt(int64(left)))
	}
	return nil
}

// claimAnswer is the response of a submitted claim.
func (r *Relayer) claimAnswer(ctx context.Context, res *client.ClaimResult, token common.Address) claimResponse {
	symbol, decimals := r.tokenInfo(ctx, token)
	out := claimResponse{
		TxHash: res.TxHash, Block: res.Block, GasUsed: res.GasUsed, PacketID: res.ID.String(), Claimer: res.Claimer,
		Token: token, Symbol: symbol, Decimals: decimals, Amount: res.Amount.String(), Fee: res.Fee.String(),
		ClaimerReceived: res.Net().String(), Owed: res.Owed.String(),
	}
	if res.Sealed {
		index := res.Index
		out.Sealed, out.Pending, out.Index, out.ReadyAt = true, res.Pending, &index, res.ReadyAt
	}
	return out
}

// tokenInfo is a token's symbol and decimals, best effort (the client caches them).
func (r *Relayer) tokenInfo(ctx context.Context, token common.Address) (string, uint8) {
	symbol, decimals, err := r.cl.TokenInfo(ctx, token)
	if err != nil {
		return token.Hex()[:10], 0
	}
	return symbol, decimals
}

func (r *Relayer) minLeft() uint64 { return uint64(r.cfg.MinTimeLeft / time.Second) }

func fmtUnix(v *big.Int) string {
	if !v.IsInt64() {
		return v.String()
	}
	return time.Unix(v.Int64(), 0).UTC().Format("2006-01-02 15:04:05 UTC")
}
