package relay

import (
	"context"
	"net/http"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
)

type feeInfo struct {
	Token    common.Address `json:"token"`
	Symbol   string         `json:"symbol"`
	Decimals uint8          `json:"decimals"`
	MinFee   string         `json:"minFee"`
}

type limitInfo struct {
	Burst        int     `json:"burst"`
	EverySeconds float64 `json:"everySeconds"`
}

func limitOf(l Limit) limitInfo {
	if l.off() {
		return limitInfo{Burst: -1}
	}
	return limitInfo{Burst: l.Burst, EverySeconds: l.Every.Seconds()}
}

type infoResponse struct {
	Relayer           common.Address `json:"relayer"`
	ChainID           uint64         `json:"chainId"`
	Escrow            common.Address `json:"escrow"`
	Balance           string         `json:"balance"`
	Fees              []feeInfo      `json:"fees"`
	OtherTokensMinFee *string        `json:"otherTokensMinFee"`
	Limits            struct {
		MaxBodyBytes       int64     `json:"maxBodyBytes"`
		MinTimeLeftSeconds uint64    `json:"minTimeLeftSeconds"`
		ClaimsPerClaimer   limitInfo `json:"claimsPerClaimer"`
		ClaimsPerIP        limitInfo `json:"claimsPerIP"`
		ReadsPerIP         limitInfo `json:"readsPerIP"`
	} `json:"limits"`
}

// handleInfo is GET /v1/info.
func (r *Relayer) handleInfo(w http.ResponseWriter, req *http.Request) *apiError {
	ctx := req.Context()
	bal, err := r.backend.BalanceAt(ctx, r.address, nil)
	if err != nil {
		return nodeError("read its balance", err)
	}
	out := infoResponse{Relayer: r.address, ChainID: r.chainID.Uint64(), Escrow: r.escrow, Balance: bal.String(), Fees: r.fees(ctx)}
	if r.cfg.DefaultMinFee != nil {
		s := r.cfg.DefaultMinFee.String()
		out.OtherTokensMinFee = &s
	}
	out.Limits.MaxBodyBytes = r.cfg.MaxBodyBytes
	out.Limits.MinTimeLeftSeconds = r.minLeft()
	out.Limits.ClaimsPerClaimer = limitOf(r.cfg.ClaimsPerClaimer)
	out.Limits.ClaimsPerIP = limitOf(r.cfg.ClaimsPerIP)
	out.Limits.ReadsPerIP = limitOf(r.cfg.ReadsPerIP)
	writeJSON(w, http.StatusOK, out)
	return nil
}

// fees lists the relayed tokens, ETH first, then by address.
func (r *Relayer) fees(ctx context.Context) []feeInfo {
	out := make([]feeInfo, 0, len(r.cfg.MinFee))
	for token, fee := range r.cfg.MinFee {
		symbol, decimals := r.tokenInfo(ctx, token)
		out = append(out, feeInfo{Token: token, Symbol: symbol, Decimals: decimals, MinFee: fee.String()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Token.Cmp(out[j].Token) < 0 })
	return out
}

type claimInfo struct {
	Claimer common.Address `json:"claimer"`
	Amount  string         `json:"amount"`
	TxHash  common.Hash    `json:"txHash"`
}

type takeBackInfo struct {
	Clause string          `json:"clause"`
	Who    string          `json:"who"`
	By     *common.Address `json:"by,omitempty"`
	From   int64           `json:"from"`
	Until  int64           `json:"until"`
}

type relayInfo struct {
	Available bool    `json:"available"`
	MinFee    *string `json:"minFee"`
	Reason    string  `json:"reason,omitempty"`
}

type claimerInfo struct {
	Address common.Address `json:"address"`
	Claimed bool           `json:"claimed"`
	Amount  string         `json:"amount"`
	// A sealed packet: the index of the claimer's share, and Pending while it waits for its draw (Amount is
	// "0" until then).
	Index   *uint64 `json:"index,omitempty"`
	Pending bool    `json:"pending,omitempty"`
}

type packetResponse struct {
	ID        string          `json:"id"`
	Kind      string          `json:"kind"`
	Auth      string          `json:"auth"`
	Status    string          `json:"status"`
	Sender    common.Address  `json:"sender"`
	Token     common.Address  `json:"token"`
	Symbol    string          `json:"symbol"`
	Decimals  uint8           `json:"decimals"`
	Total     string          `json:"total"`
	Remaining string          `json:"remaining"`
	Shares    uint16          `json:"shares"`
	Claimed   uint16          `json:"claimed"`
	MinShare  string          `json:"minShare"`
	Recipient *common.Address `json:"recipient,omitempty"`
	ClaimKey  *common.Address `json:"claimKey,omitempty"`
	Root      *common.Hash    `json:"root,omitempty"`
	Guardian  *common.Address `json:"guardian,omitempty"`
	OrgID     uint64          `json:"orgId"`
	CreatedAt int64           `json:"createdAt"`
	ReleaseAt int64           `json:"releaseAt"`
	ExpiresAt int64           `json:"expiresAt"`
	UndoUntil int64           `json:"undoUntil"`
	Now       int64           `json:"now"`
	Claims    []claimInfo     `json:"claims"`
	TakeBack  []takeBackInfo  `json:"takeBack"`
	Relay     relayInfo       `json:"relay"`
	Claimer   *claimerInfo    `json:"claimer,omitempty"`
	// Pending (a sealed lucky packet) are the claims whose share waits for its draw ("drawing…").
	Pending []pendingInfo `json:"pending,omitempty"`
}

// handlePacket is GET /v1/packets/{id}[?claimer=0x…].
func (r *Relayer) handlePacket(w http.ResponseWriter, req *http.Request, idStr string) *apiError {
	id, e := uintFromString(idStr, "packet id")
	if e != nil {
		return e
	}
	var claimer *common.Address
	if q := req.URL.Query().Get("claimer"); q != "" {
		a, e := addressFromString(q, "claimer")
		if e != nil {
			return e
		}
		claimer = &a
	}
	p, err := r.cl.Packet(req.Context(), id)
	if client.CodeOf(err) == "PacketNotFound" {
		return errorf(http.StatusNotFound, "PacketNotFound", "there is no packet %s on this escrow; check the link", id)
	}
	if err != nil {
		return fromClientError(err)
	}
	out := packetAnswer(p)
	out.Relay = r.relayability(p)
	if claimer != nil {
		out.Claimer = claimerOf(p, *claimer)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func packetAnswer(p *client.Packet) packetResponse {
	out := packetResponse{
		ID: p.ID.String(), Kind: p.Kind.String(), Auth: p.Auth.String(), Status: p.Status.String(), Sender: p.Sender,
		Token: p.Token, Symbol: p.Symbol, Decimals: p.Decimals, Total: p.Total.String(), Remaining: p.Remaining.String(),
		Shares: p.Shares, Claimed: p.Claimed, MinShare: p.MinShare.String(), OrgID: p.OrgID,
		CreatedAt: unix(p.CreatedAt), ReleaseAt: unix(p.ReleaseAt), ExpiresAt: unix(p.ExpiresAt), UndoUntil: unix(p.UndoUntil),
		Now: unix(p.Now), Claims: []claimInfo{}, TakeBack: []takeBackInfo{},
	}
	switch {
	case p.Kind == client.Direct:
		out.Recipient = &p.Recipient
	case p.Auth == client.ClaimKey:
		out.ClaimKey = &p.Recipient
	case p.Auth == client.Allowlist, p.Auth == client.Tickets:
		out.Root = &p.Root
	}
	if p.Guardian != (common.Address{}) {
		out.Guardian = &p.Guardian
	}
	for _, c := range p.Claims {
		out.Claims = append(out.Claims, claimInfo{Claimer: c.Claimer, Amount: c.Amount.String(), TxHash: c.TxHash})
	}
	if p.Kind == client.SealedLucky && p.Status != client.StatusClosed {
		out.Pending = pendingInfos(p.Pending)
	}
	for _, t := range p.TakeBack {
		tb := takeBackInfo{Clause: t.Clause, Who: t.Who, From: unix(t.From), Until: unix(t.Until)}
		if t.By != (common.Address{}) {
			by := t.By
			tb.By = &by
		}
		out.TakeBack = append(out.TakeBack, tb)
	}
	return out
}

// relayability says whether this relayer would take a claim of p now, and if not why.
func (r *Relayer) relayability(p *client.Packet) relayInfo {
	min, ok := r.cfg.minFeeFor(p.Token)
	if !ok {
		return relayInfo{Reason: "this relayer does not relay packets of " + p.Symbol}
	}
	fee := min.String()
	info := relayInfo{MinFee: &fee}
	now := uint64(unix(p.Now))
	switch {
	case p.Status == client.StatusClosed:
		info.Reason = "the packet is closed"
	case p.Status == client.StatusCoolOff:
		info.Reason = "the packet is in its cool-off until " + p.ReleaseAt.Format(time.RFC3339)
	case p.Status == client.StatusExpired || now+r.minLeft() >= uint64(unix(p.ExpiresAt)):
		info.Reason = "the packet has expired or closes too soon for a relayed claim"
	case p.Kind == client.SealedLucky && p.MinShare.Cmp(min) < 0:
		info.Reason = "a sealed packet's relay fee is at most its minimum share, below this relayer's minimum fee"
	case p.Kind == client.SealedLucky && int(p.Shares)-int(p.Claimed) <= len(p.Pending):
		info.Reason = "every share is taken; the last ones wait for their draw"
	default:
		info.Available = true
	}
	return info
}

func claimerOf(p *client.Packet, who common.Address) *claimerInfo {
	out := &claimerInfo{Address: who, Amount: "0"}
	for i, c := range p.Claims {
		if c.Claimer == who {
			out.Claimed, out.Amount = true, c.Amount.String()
			if p.Kind == client.SealedLucky {
				index := uint64(i) // drawn in index order
				out.Index = &index
			}
		}
	}
	for _, d := range p.Pending {
		if d.Claimer == who {
			index := d.Index
			out.Claimed, out.Pending, out.Index = true, true, &index
		}
	}
	return out
}

// unix is t in unix seconds, 0 for the zero time.
func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}
