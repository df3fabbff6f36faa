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
	require.Contains(t, h.ok("help", "org", "create"), "hongbao org create - ", "help of the subcommand, not all of org")
}

// A Direct packet to the zero address is refused before anything is sent; one to yourself is a warning that
// needs a confirmation; argument counts read as words; a tightening that drops a pending loosening says so.
func TestSendWordsAndLockTightening(t *testing.T) {
	h := newHarness(t)
	before := h.snapshot(addr(0))
	h.fails("ZeroAddress", args("send", "--to", "0x0000000000000000000000000000000000000000", "--amount", "1", "--yes", as(0))...)
	h.requireUnchanged(addr(0), before)

	res := h.fails("ConfirmationNeeded", args("send", "--to", addr(0).Hex(), "--amount", "1", as(0))...)
	require.Contains(t, res.err.Error(), "[self]")
	require.NotContains(t, res.err.Error(), "[new-recipient]")
	h.requireUnchanged(addr(0), before)

	res = h.fails("InvalidArgs", "show", "1", "2")
	require.Contains(t, res.err.Error(), "not 2 arguments")
	res = h.fails("InvalidArgs", "org", "add-admin", "1")
	require.True(t, strings.HasSuffix(res.err.Error(), "not 1 argument"), res.err.Error())

	h.okJSON(args("lock", "set", "--token", "tCNY", "--threshold", "500", "--min-delay", "2h", as(0))...)
	loosen := h.okJSON(args("lock", "loosen", "--token", "tCNY", "--threshold", "900", as(0))...)
	require.Equal(t, true, loosen["deferred"])
	tight := h.okJSON(args("lock", "set", "--token", "tCNY", "--threshold", "400", "--min-delay", "2h", as(0))...)
	require.Equal(t, true, tight["droppedLoosening"])
	require.NotContains(t, h.ok("lock", "show", "--token", "tCNY", "--of", addr(0).Hex()), "loosening pending")
}

// JSON as a standing setting (HONGBAO_JSON) does not stop an explicit --csv; both typed on the command line
// conflict. Organisation ids are strings in JSON, as packet ids are.
func TestCSVOverStandingJSON(t *testing.T) {
	h := newHarness(t)
	h.okJSON(args("send", "--shares", "2", "--amount", "0.2", "--open", as(0))...)
	env := map[string]string{envJSON: "true"}
	res := h.runAt(h.now, env, "export", "--from", "2020-01-01", "--csv")
	require.NoError(t, res.err, res.stderr)
	require.True(t, strings.HasPrefix(res.stdout, "block_number,block_time,"), res.stdout)
	res = h.runAt(h.now, env, "history", "--address", addr(0).Hex(), "--csv")
	require.NoError(t, res.err, res.stderr)
	require.Contains(t, res.stdout, "PacketSent")
	res = h.runAt(h.now, nil, "export", "--from", "2020-01-01", "--csv", "--json")
	require.Error(t, res.err)
	require.Equal(t, "InvalidFlag", asError(res.err).Code)
}
