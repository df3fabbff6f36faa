package cli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Words a newcomer meets first: a key that is hex but not a key, and the help of a command whose actions are
// words (lock show --help is the help of lock, not of the top-level show).
func TestNewcomerWords(t *testing.T) {
	h := newHarness(t)
	res := h.fails("InvalidPrivateKey", args("send", "--to", addr(2).Hex(), "--amount", "1", "--yes", "--private-key", "0x"+strings.Repeat("0", 64))...)
	require.Contains(t, res.err.Error(), "64 hex digits but not a usable key")
	res = h.fails("InvalidPrivateKey", args("send", "--to", addr(2).Hex(), "--amount", "1", "--yes", "--private-key", "0x1234")...)
	require.Contains(t, res.err.Error(), "not 64 hex digits")

	for _, cmd := range [][]string{{"lock", "show", "--help"}, {"lock", "set", "-h"}, {"policy", "show", "--help"}} {
		out := h.ok(cmd...)
		require.Contains(t, out, "hongbao "+cmd[0]+" - ", "%v", cmd)
	}
}
