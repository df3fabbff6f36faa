package relay

import (
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
)

// Defaults of the Config fields left at their zero value.
const (
	DefaultMaxBodyBytes  = 16 << 10
	DefaultMinTimeLeft   = 15 * time.Second
	DefaultSubmitTimeout = 2 * time.Minute
)

// Default rate limits. A chat group often claims from one place (one IP behind a NAT), so the per-IP limit
// is looser than the per-claimer one.
var (
	DefaultClaimsPerClaimer = Limit{Burst: 5, Every: 30 * time.Second}
	DefaultClaimsPerIP      = Limit{Burst: 30, Every: 2 * time.Second}
	DefaultReadsPerIP       = Limit{Burst: 120, Every: 250 * time.Millisecond}
)

// Limit is a token bucket: Burst requests at once, then one more every Every. The zero Limit means the
// field's default; a negative Burst turns the limit off.
type Limit struct {
	Burst int
	Every time.Duration
}

func (l Limit) orDefault(def Limit) Limit {
	if l == (Limit{}) {
		return def
	}
	return l
}

func (l Limit) off() bool { return l.Burst < 0 }

func (l Limit) validate(name string) error {
	if l.off() {
		return nil
	}
	if l.Burst == 0 || l.Every <= 0 {
		return fmt.Errorf("relay: %s must have a positive burst and refill interval (or burst -1 to turn it off), not %d per %s",
			name, l.Burst, l.Every)
	}
	return nil
}

// Config configures a Relayer.
type Config struct {
	// Client submits the claims. Its key is the relayer: the address claimers sign ClaimFor for, which pays
	// the gas and is paid the fees. Required, with a key.
	Client *client.Client
	// MinFee is, per token (the zero address for ETH), the smallest maxFee the relayer accepts, in the
	// token's base units. Packets of tokens not listed are refused unless DefaultMinFee is set.
	MinFee map[common.Address]*big.Int
	// DefaultMinFee is the minimum for tokens not in MinFee; nil refuses them.
	DefaultMinFee *big.Int
	// ProofsDir, when set, is a directory of allowlist proofs files served by GET /v1/proofs (see the
	// package documentation for the format).
	ProofsDir string
	// AllowedOrigins are the browser origins (e.g. "https://hongbao.example") allowed to call the API from
	// another origin; "*" allows any. Empty: same-origin pages only.
	AllowedOrigins []string
	// ClaimsPerClaimer limits POST /v1/claims per claimer address; ClaimsPerIP per client IP; ReadsPerIP the
	// GET requests per client IP.
	ClaimsPerClaimer Limit
	ClaimsPerIP      Limit
	ReadsPerIP       Limit
	// TrustForwardedFor takes the client IP from the last X-Forwarded-For entry (the one the reverse proxy in
	// front of the relayer added) instead of the connection's address. Set it only behind such a proxy.
	TrustForwardedFor bool
	// MaxBodyBytes caps request bodies (default 16 KiB).
	MaxBodyBytes int64
	// MinTimeLeft is how long before a claim's deadline and before the packet's expiry the relayer stops
	// accepting it, so that the transaction is mined in time (default 15 s).
	MinTimeLeft time.Duration
	// SubmitTimeout bounds the wait for a submitted claim's receipt (default 2 min).
	SubmitTimeout time.Duration
	// MaxSettling bounds the relayed sealed claims whose draw the relayer waits for at once (default 64);
	// SettleTimeout bounds each wait (default 10 min). See sealed.go.
	MaxSettling   int
	SettleTimeout time.Duration
	// Logger gets one line per request and per submitted claim; nil logs nothing.
	Logger *slog.Logger
}

// withDefaults fills in the defaults and checks the values.
func (c Config) withDefaults() (Config, error) {
	if c.Client == nil {
		return c, errors.New("relay: Config.Client is required")
	}
	if c.Client.ReadOnly() {
		return c, errors.New("relay: Config.Client has no key; the relayer needs a key to submit claims and pay their gas")
	}
	if len(c.MinFee) == 0 && c.DefaultMinFee == nil {
		return c, errors.New("relay: no token is relayed; set Config.MinFee (the zero address for ETH) or Config.DefaultMinFee")
	}
	for token, fee := range c.MinFee {
		if fee == nil || fee.Sign() < 0 {
			return c, fmt.Errorf("relay: the minimum fee of token %s must be zero or more", token.Hex())
		}
	}
	if c.DefaultMinFee != nil && c.DefaultMinFee.Sign() < 0 {
		return c, errors.New("relay: Config.DefaultMinFee must be zero or more")
	}
	c.ClaimsPerClaimer = c.ClaimsPerClaimer.orDefault(DefaultClaimsPerClaimer)
	c.ClaimsPerIP = c.ClaimsPerIP.orDefault(DefaultClaimsPerIP)
	c.ReadsPerIP = c.ReadsPerIP.orDefault(DefaultReadsPerIP)
	for name, l := range map[string]Limit{"ClaimsPerClaimer": c.ClaimsPerClaimer, "ClaimsPerIP": c.ClaimsPerIP, "ReadsPerIP": c.ReadsPerIP} {
		if err := l.validate(name); err != nil {
			return c, err
		}
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MinTimeLeft <= 0 {
		c.MinTimeLeft = DefaultMinTimeLeft
	}
	if c.SubmitTimeout <= 0 {
		c.SubmitTimeout = DefaultSubmitTimeout
	}
	if c.MaxSettling <= 0 {
		c.MaxSettling = DefaultMaxSettling
	}
	if c.SettleTimeout <= 0 {
		c.SettleTimeout = DefaultSettleTimeout
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

// minFeeFor is the minimum fee for token, and whether the token is relayed at all.
func (c Config) minFeeFor(token common.Address) (*big.Int, bool) {
	if fee, ok := c.MinFee[token]; ok {
		return fee, true
	}
	if c.DefaultMinFee != nil {
		return c.DefaultMinFee, true
	}
	return nil, false
}
