package cli

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/units"
)

// parseAddress reads a 0x address given as `what` (a flag name or "address"). Mixed-case input must carry
// a valid EIP-55 checksum, which catches most typos.
func parseAddress(what, s string) (common.Address, error) {
	s = strings.TrimSpace(s)
	if !common.IsHexAddress(s) || !strings.HasPrefix(strings.ToLower(s), "0x") {
		return common.Address{}, usagef("InvalidAddress", "%s %q is not an address: an address is 0x followed by 40 hex digits", what, s)
	}
	a := common.HexToAddress(s)
	hexPart := s[2:]
	if hexPart != strings.ToLower(hexPart) && hexPart != strings.ToUpper(hexPart) && a.Hex()[2:] != hexPart {
		return common.Address{}, usagef("InvalidAddress", "%s %s has a wrong checksum (mixed case that does not match EIP-55): probably a typo; copy the address again", what, s)
	}
	return a, nil
}

// parseID reads a packet id: a positive decimal number.
func parseID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(strings.TrimPrefix(strings.TrimSpace(s), "#"), 10)
	if !ok || id.Sign() <= 0 {
		return nil, usagef("InvalidPacketID", "%q is not a packet id: ids are whole numbers from 1 (`hongbao list` shows yours)", s)
	}
	return id, nil
}

// oneID reads the single packet id argument of a command.
func oneID(c *cli.Context) (*big.Int, error) {
	switch c.NArg() {
	case 0:
		return nil, usagef("MissingPacketID", "which packet? give its id: hongbao %s ID", c.Command.Name)
	case 1:
		return parseID(c.Args().First())
	}
	return nil, usagef("InvalidArgs", "%s takes one packet id, not %s: hongbao %s ID", c.Command.Name, plural(c.NArg(), "argument", "arguments"), c.Command.Name)
}

// parseDuration reads a duration such as "2h", "30m", "90s" or "7d" (days, which Go durations lack).
func parseDuration(flag, s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "0" {
		return 0, nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseUint(days, 10, 16)
		if err == nil {
			return time.Duration(n) * 24 * time.Hour, nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, usagef("InvalidDuration", "--%s %q is not a duration: write e.g. 2h, 30m, 90s or 7d", flag, s)
	}
	if d%time.Second != 0 {
		return 0, usagef("InvalidDuration", "--%s %q is not a whole number of seconds", flag, s)
	}
	return d, nil
}

// resolveToken reads --token: ETH (default), a symbol of the chain's deployment (case-insensitive), or an
// ERC-20 address (checked on chain).
func (s *session) resolveToken(ctx context.Context, spec string) (common.Address, money, error) {
	spec = strings.TrimSpace(spec)
	var token common.Address
	switch {
	case spec == "" || strings.EqualFold(spec, "ETH"):
	case strings.HasPrefix(spec, "0x") || strings.HasPrefix(spec, "0X"):
		a, err := parseAddress("--token", spec)
		if err != nil {
			return common.Address{}, money{}, err
		}
		token = a
	default:
		a, ok := s.symbol(spec)
		if !ok {
			return common.Address{}, money{}, usagef("UnknownToken", "unknown token %q on chain %d: known are %s; or give the token's 0x address",
				spec, s.chainID, strings.Join(s.knownSymbols(), ", "))
		}
		token = a
	}
	m, err := s.money(ctx, token)
	return token, m, err
}

func (s *session) symbol(sym string) (common.Address, bool) {
	for k, a := range s.tokens() {
		if strings.EqualFold(k, sym) {
			return a, true
		}
	}
	return common.Address{}, false
}

func (s *session) knownSymbols() []string {
	out := []string{"ETH"}
	for k := range s.tokens() {
		out = append(out, k)
	}
	sort.Strings(out[1:])
	return out
}

// parseAmount reads a human amount of a token, which must be positive and fit its decimals.
func parseAmount(flag, s string, m money) (*big.Int, error) {
	v, err := units.ParsePositive(s, m.decimals)
	if err != nil {
		return nil, usagef("InvalidAmount", "--%s: %v (%s has %d decimals)", flag, err, m.symbol, m.decimals)
	}
	return v, nil
}

// parseIDs reads the packet id arguments of refund.
func parseIDs(args []string) ([]*big.Int, error) {
	if len(args) == 0 {
		return nil, usagef("MissingPacketID", "which packets? give one or more ids: hongbao refund ID [ID...]")
	}
	ids := make([]*big.Int, 0, len(args))
	seen := map[string]bool{}
	for _, a := range args {
		id, err := parseID(a)
		if err != nil {
			return nil, err
		}
		if seen[id.String()] {
			return nil, usagef("InvalidArgs", "packet %s is listed twice", id)
		}
		seen[id.String()] = true
		ids = append(ids, id)
	}
	return ids, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
