package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// A newcomer makes a key, imports an existing one, lists them, and sends with an imported key by its address
// alone: the keystore defaults to <home>/keystore, the password comes from a file, and mistakes are refused
// before anything is written or sent.
func TestAccountNewImportListAndSign(t *testing.T) {
	h := newHarness(t)
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("correct horse\n"), 0o600))
	keyFile := filepath.Join(dir, "key.txt")
	require.NoError(t, os.WriteFile(keyFile, []byte(key(5)+"\n"), 0o600))

	made := h.okJSON("account", "new", "--light-kdf", "--password-file", pw)
	require.Equal(t, filepath.Join(h.home, "keystore"), made["keystore"])
	require.FileExists(t, str(t, made, "file"))
	imported := h.okJSON("account", "import", keyFile, "--light-kdf", "--password-file", pw)
	require.Equal(t, addr(5).Hex(), imported["address"])

	list := h.okJSON("account", "list")
	var got []string
	for _, a := range list["accounts"].([]any) {
		got = append(got, a.(map[string]any)["address"].(string))
	}
	require.ElementsMatch(t, []string{str(t, made, "address"), addr(5).Hex()}, got)

	before := h.ethBalance(addr(2))
	sent := h.okJSON(args("send", "--to", addr(2).Hex(), "--amount", "0.5", "--yes", "--account", addr(5).Hex(), "--password-file", pw)...)
	require.NotEmpty(t, str(t, sent, "packetId"))
	require.Equal(t, addr(5), h.packet(str(t, sent, "packetId")).Sender)
	require.Equal(t, before, h.ethBalance(addr(2)), "a Direct packet waits for its claim")

	// Mistakes: nothing written, nothing sent.
	h.fails("AccountExists", "account", "import", keyFile, "--light-kdf", "--password-file", pw)
	wrong := filepath.Join(dir, "wrong")
	require.NoError(t, os.WriteFile(wrong, []byte("battery staple\n"), 0o600))
	h.fails("WrongPassword", args("send", "--to", addr(2).Hex(), "--amount", "0.5", "--yes", "--account", addr(5).Hex(), "--password-file", wrong)...)
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.WriteFile(empty, nil, 0o600))
	h.fails("NoPassword", "account", "new", "--light-kdf", "--password-file", empty)
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("0x1234\n"), 0o600))
	h.fails("InvalidPrivateKey", "account", "import", bad, "--light-kdf", "--password-file", pw)
	h.fails("NoKey", args("send", "--to", addr(2).Hex(), "--amount", "0.5", "--yes", "--account", addr(7).Hex(), "--password-file", pw)...)
	require.Len(t, h.okJSON("account", "list")["accounts"], 2)
	// The password can come from stdin when it is not a terminal.
	res := h.runIn("another pw\n", "account", "new", "--light-kdf")
	require.NoError(t, res.err, res.stderr)
	require.Len(t, h.okJSON("account", "list")["accounts"], 3)
}
