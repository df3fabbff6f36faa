package cli

import (
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// claimLink is the link that opens packet id on the claim page at base (hongbao web): base/claim/<chain
// id>/<escrow>/<id>, with the claim code or a ticket code in the fragment (#code=...), which browsers never
// send to a server.
// It is "" when no page is known.
func claimLink(base string, chainID uint64, escrow common.Address, id *big.Int, code string) string {
	if base == "" || id == nil {
		return ""
	}
	link := fmt.Sprintf("%s/claim/%d/%s/%s", base, chainID, escrow.Hex(), id)
	if code != "" {
		link += "#code=" + url.QueryEscape(code)
	}
	return link
}

// ticketLinks are the claim links of a ticket packet's tickets, one per ticket, each with its ticket code in
// the fragment (#code=hbt1…), as a claim code travels; nil when no page is known.
func ticketLinks(base string, chainID uint64, escrow common.Address, id *big.Int, tickets []string) []string {
	if base == "" {
		return nil
	}
	out := make([]string, len(tickets))
	for i, t := range tickets {
		out[i] = claimLink(base, chainID, escrow, id, t)
	}
	return out
}

// checkWebURL checks a --web-url: an absolute http(s) URL without a query or fragment.
func checkWebURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return usagef("InvalidWebURL", "--web-url %q is not the base URL of a claim page: give e.g. http://127.0.0.1:8080 (what `hongbao web` prints)", s)
	}
	return nil
}

// claimLinkParts is what a claim link names.
type claimLinkParts struct {
	chainID uint64
	escrow  common.Address
	id      *big.Int
	code    string // "" when the link carries none (Direct, open and allowlist packets)
}

// isLink reports whether s looks like a URL (a claim link) rather than a code or an id.
func isLink(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// parseClaimLink reads a claim link: <base>/claim/<chain id>/<escrow>/<id>[#code=<claim code or ticket code>].
func parseClaimLink(flag, s string) (*claimLinkParts, error) {
	bad := func(why string) error {
		return usagef("InvalidClaimLink", "%s %q is not a claim link (%s): a link looks like http://host/claim/<chain id>/<escrow>/<id>#code=…", flag, abbrev(s), why)
	}
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return nil, bad("it does not parse as a URL")
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) < 4 || parts[len(parts)-4] != "claim" {
		return nil, bad("its path does not end in /claim/<chain id>/<escrow>/<id>")
	}
	parts = parts[len(parts)-3:]
	chainID, err := strconv.ParseUint(parts[0], 10, 64)
	if err != nil {
		return nil, bad("no chain id")
	}
	if !common.IsHexAddress(parts[1]) {
		return nil, bad("no escrow address")
	}
	id, ok := new(big.Int).SetString(parts[2], 10)
	if !ok || id.Sign() <= 0 {
		return nil, bad("no packet id")
	}
	frag, err := url.ParseQuery(u.Fragment)
	if err != nil {
		return nil, bad("its #code= part is garbled")
	}
	return &claimLinkParts{chainID: chainID, escrow: common.HexToAddress(parts[1]), id: id, code: strings.TrimSpace(frag.Get("code"))}, nil
}

// check refuses a link of another packet, chain or escrow than the claim's.
func (l *claimLinkParts) check(id *big.Int, chainID uint64, escrow common.Address) error {
	switch {
	case l.id.Cmp(id) != 0:
		return usagef("InvalidClaimLink", "the claim link is for packet %s, not packet %s; check which packet you mean", l.id, id)
	case l.chainID != chainID || l.escrow != escrow:
		return usagef("InvalidClaimLink", "the claim link is for the escrow %s on chain %d, but this endpoint is the escrow %s on chain %d; use --rpc (and --escrow) of that chain",
			l.escrow.Hex(), l.chainID, escrow.Hex(), chainID)
	}
	return nil
}

// abbrev shortens a long bad input for a message.
func abbrev(s string) string {
	if len(s) <= 48 {
		return s
	}
	return s[:44] + "…"
}
