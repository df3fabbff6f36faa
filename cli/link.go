package cli

import (
	"fmt"
	"math/big"
	"net/url"

	"github.com/ethereum/go-ethereum/common"
)

// claimLink is the link that opens packet id on the claim page at base (hongbao web): base/claim/<chain
// id>/<escrow>/<id>, with the claim code in the fragment (#code=...), which browsers never send to a server.
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
