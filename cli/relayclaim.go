package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
)

// A gasless claim (rules §1): the claimer signs ClaimFor with client.SignClaimFor and a relayer (hongbao relay,
// hongbao web) submits it and pays the gas, for min(maxFee, share) out of the share.

// relayTimeout bounds one exchange with the relayer; a claim waits for its receipt, which takes a block.
const relayTimeout = 3 * time.Minute

// relayerInfo is the part of GET /v1/info the claimer needs.
type relayerInfo struct {
	Relayer common.Address `json:"relayer"`
	ChainID uint64         `json:"chainId"`
	Escrow  common.Address `json:"escrow"`
	Fees    []struct {
		Token  common.Address `json:"token"`
		MinFee string         `json:"minFee"`
	} `json:"fees"`
	OtherTokensMinFee *string `json:"otherTokensMinFee"`
}

// minFee is the relayer's minimum fee for token, and whether it relays the token at all.
func (ri *relayerInfo) minFee(token common.Address) (*big.Int, bool) {
	for _, f := range ri.Fees {
		if f.Token == token {
			v, ok := new(big.Int).SetString(f.MinFee, 10)
			return v, ok
		}
	}
	if ri.OtherTokensMinFee != nil {
		v, ok := new(big.Int).SetString(*ri.OtherTokensMinFee, 10)
		return v, ok
	}
	return nil, false
}

// relayedClaimOutput is the JSON of claim --relayer: the claim, and the relayer's part.
type relayedClaimOutput struct {
	amountOutput
	Fee        string `json:"fee"`
	Received   string `json:"received"`
	Relayer    string `json:"relayer"`
	RelayerURL string `json:"relayerUrl"`
	MaxFee     string `json:"maxFee"`
}

// relayFlags of claim.
func relayClaimFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "relayer", Usage: "claim without gas: sign the claim and have this relayer (its base URL) submit it"},
		&cli.StringFlag{Name: "max-fee", Usage: "--relayer: the most the relayer may take from your share (default: its minimum)"},
		&cli.StringFlag{Name: "deadline", Value: "10m", Usage: "--relayer: how long the signed claim stays valid"},
	}
}

// relayedClaim signs packet id's claim for the relayer at c.String("relayer") and has it submitted.
func (r *runner) relayedClaim(c *cli.Context, s *session, p *client.Packet, m money, auth client.ClaimAuth) error {
	ctx := c.Context
	base, err := relayerURL(c.String("relayer"))
	if err != nil {
		return err
	}
	ttl, err := parseDuration("deadline", c.String("deadline"))
	if err != nil {
		return err
	}
	if ttl < time.Minute {
		return usagef("InvalidDuration", "--deadline %s is too short: give the relayer at least 1m to get the claim mined", c.String("deadline"))
	}
	info, err := fetchRelayerInfo(ctx, base)
	if err != nil {
		return err
	}
	if info.ChainID != s.chainID || info.Escrow != s.cl.Escrow() {
		return failf("WrongRelayer", "the relayer at %s serves escrow %s on chain %d, not escrow %s on chain %d; check --relayer (or --rpc)",
			base, info.Escrow.Hex(), info.ChainID, s.cl.Escrow().Hex(), s.chainID)
	}
	maxFee, err := relayFee(c, info, p, m, base)
	if err != nil {
		return err
	}
	deadline := r.now().UTC()
	head, err := s.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return unreachable(s.g.rpc, err)
	}
	if chainNow := time.Unix(int64(head.Time), 0).UTC(); chainNow.After(deadline) {
		deadline = chainNow // a dev chain moved ahead with evm_increaseTime: the relayer checks chain time
	}
	rc, err := s.cl.SignClaimFor(ctx, p.ID, auth, info.Relayer, maxFee, deadline.Add(ttl))
	if err != nil {
		return err
	}
	var res *relayResponse
	if err := r.spin("the relayer is submitting your claim…", func() (err error) {
		res, err = postClaim(ctx, base, rc)
		return err
	}); err != nil {
		return err
	}
	if res.Pending && res.Index != nil {
		return r.emitRelayedSealed(c, s, res, p, m, base, rc)
	}
	return r.emitRelayed(res, p, m, base, rc)
}

// relayFee is --max-fee (at least the relayer's minimum), or the minimum.
func relayFee(c *cli.Context, info *relayerInfo, p *client.Packet, m money, base string) (*big.Int, error) {
	least, ok := info.minFee(p.Token)
	if !ok {
		return nil, failf("TokenNotRelayed", "the relayer at %s does not relay %s claims; claim with your own gas (leave out --relayer) or use another relayer", base, m.symbol)
	}
	if c.String("max-fee") == "" {
		return least, nil
	}
	fee, err := parseAmount("max-fee", c.String("max-fee"), m)
	if err != nil {
		return nil, err
	}
	if fee.Cmp(least) < 0 {
		return nil, failf("FeeTooLow", "--max-fee %s is below the relayer's minimum of %s; offer at least that", m.fmt(fee), m.fmt(least))
	}
	return fee, nil
}

// relayerURL checks --relayer: an http(s) base URL (a trailing /v1 is accepted).
func relayerURL(s string) (string, error) {
	s = strings.TrimSuffix(strings.TrimRight(strings.TrimSpace(s), "/"), "/v1")
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", usagef("InvalidRelayer", "--relayer %q is not a relayer's URL: give its base URL, e.g. http://127.0.0.1:8547", s)
	}
	return s, nil
}

func fetchRelayerInfo(ctx context.Context, base string) (*relayerInfo, error) {
	var info relayerInfo
	if err := relayCall(ctx, http.MethodGet, base+"/v1/info", nil, &info); err != nil {
		return nil, err
	}
	if info.Relayer == (common.Address{}) {
		return nil, failf("RelayerError", "%s/v1/info does not name a relayer address; is --relayer a hongbao relayer?", base)
	}
	return &info, nil
}

// relayResponse is the relayer's answer to a submitted claim.
type relayResponse struct {
	TxHash          common.Hash    `json:"txHash"`
	Block           uint64         `json:"block"`
	GasUsed         uint64         `json:"gasUsed"`
	Claimer         common.Address `json:"claimer"`
	Amount          string         `json:"amount"`
	Fee             string         `json:"fee"`
	ClaimerReceived string         `json:"claimerReceived"`
	Owed            string         `json:"owed"`
	// A sealed packet: the share taken, drawn later (the relayer draws it).
	Sealed  bool    `json:"sealed"`
	Pending bool    `json:"pending"`
	Index   *uint64 `json:"index"`
}

// postClaim submits the signed claim (POST /v1/claims) and waits for the relayer's answer.
func postClaim(ctx context.Context, base string, rc *client.RelayedClaim) (*relayResponse, error) {
	body := map[string]any{
		"packetId": rc.ID.String(), "claimer": rc.Claimer.Hex(), "maxFee": rc.MaxFee.String(), "deadline": rc.Deadline.Uint64(),
		"auth": hexutil.Encode(rc.Auth), "signature": hexutil.Encode(rc.Signature),
	}
	data, err := json.Marshal(body)
	if err != nil {
		return nil, fmt.Errorf("encode the claim: %w", err)
	}
	var res relayResponse
	if err := relayCall(ctx, http.MethodPost, base+"/v1/claims", data, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// relayCall does one request to the relayer and decodes its JSON answer into out; a refusal becomes an
// *Error with the relayer's code and sentence.
func relayCall(ctx context.Context, method, u string, body []byte, out any) error {
	ctx, cancel := context.WithTimeout(ctx, relayTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(body))
	if err != nil {
		return usagef("InvalidRelayer", "cannot make a request to %s: %v", u, err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return err
		}
		return failf("RelayerUnavailable", "cannot reach the relayer at %s (%s); is `hongbao relay` (or `hongbao web`) running there? Check --relayer", u, shortErr(err))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return failf("RelayerUnavailable", "the relayer at %s did not answer completely: %v", u, err)
	}
	if resp.StatusCode != http.StatusOK {
		return relayRefusal(u, resp.StatusCode, data)
	}
	if err := json.Unmarshal(data, out); err != nil {
		return failf("RelayerError", "the answer of %s is not the JSON of a hongbao relayer: %v", u, err)
	}
	return nil
}

// relayRefusal turns the relayer's {"error": {"code", "message"}} into an *Error (nothing was claimed).
func relayRefusal(u string, status int, data []byte) error {
	var e struct {
		Error struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if json.Unmarshal(data, &e) != nil || e.Error.Code == "" {
		return failf("RelayerError", "the relayer at %s answered HTTP %d without a hongbao error; is --relayer a hongbao relayer?", u, status)
	}
	return failf(e.Error.Code, "the relayer refused the claim: %s", strings.TrimSuffix(e.Error.Message, "."))
}

func (r *runner) emitRelayed(res *relayResponse, p *client.Packet, m money, base string, rc *client.RelayedClaim) error {
	amount, fee, received := bigOrZero(res.Amount), bigOrZero(res.Fee), bigOrZero(res.ClaimerReceived)
	tx := client.TxInfo{TxHash: res.TxHash, GasUsed: res.GasUsed, Block: res.Block}
	out := &relayedClaimOutput{
		amountOutput: *newAmountOutput(p.ID, tx, amount, p.Token, m, res.Claimer, "Claimed", bigOrZero(res.Owed)),
		Fee:          fee.String(), Received: received.String(), Relayer: rc.Relayer.Hex(), RelayerURL: base, MaxFee: rc.MaxFee.String(),
	}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Claimed %s from packet %s (%s) through the relayer %s: it took a fee of %s and paid the gas; you received %s\n",
			m.fmt(amount), p.ID, shareNote(p), short(rc.Relayer), m.fmt(fee), m.fmt(received))
		printTx(w, tx)
		printOwed(w, bigOrZero(res.Owed), m)
	})
}

func bigOrZero(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}
