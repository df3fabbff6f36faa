package transport

import (
	"net/url"
	"strings"
)

// secretSegmentLen is the length from which a path segment is taken for a key: provider keys and
// tokens (Infura, Alchemy, QuickNode, Ankr) are 20+ characters, real path words are short.
const secretSegmentLen = 16

// Redact returns rawURL fit for logs and error messages: the password, query values and long path
// segments (where providers put API keys) become "***". IPC paths come back unchanged.
func Redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme == "" || u.Host == "" {
		if err != nil && strings.Contains(rawURL, "://") {
			// Unparsable but URL-shaped: show no more than the scheme.
			return rawURL[:strings.Index(rawURL, "://")] + "://***"
		}
		return rawURL
	}
	if u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "***")
		}
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			q[k] = []string{"***"}
		}
		u.RawQuery = q.Encode()
	}
	segs := strings.Split(u.Path, "/")
	for i, s := range segs {
		if len(s) >= secretSegmentLen {
			segs[i] = "***"
		}
	}
	u.Path, u.RawPath = strings.Join(segs, "/"), ""
	u.Fragment, u.RawFragment = "", ""
	// Unescape so "***" reads as such rather than percent-encoded.
	s, err := url.PathUnescape(u.String())
	if err != nil {
		return u.String()
	}
	return s
}
