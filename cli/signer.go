package cli

import (
	"bufio"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// signerAddress is the address the settings sign with, known without decrypting anything (for read-only
// defaults such as `list`). ok is false when no key is configured.
func (g *globals) signerAddress() (common.Address, bool, error) {
	switch {
	case g.privateKey != "":
		key, err := parsePrivateKey(g.privateKey)
		if err != nil {
			return common.Address{}, false, err
		}
		return crypto.PubkeyToAddress(key.PublicKey), true, nil
	case g.account != "":
		a, err := parseAddress("--account", g.account)
		return a, err == nil, err
	}
	return common.Address{}, false, nil
}

// loadKey returns the key that signs transactions: --private-key, or the --account key of --keystore
// decrypted with --password-file or a password typed at the prompt.
func (r *runner) loadKey(g *globals) (*ecdsa.PrivateKey, error) {
	switch {
	case g.privateKey != "" && (g.keystore != "" || g.account != ""):
		return nil, usagef("InvalidFlag", "give either --private-key or --keystore with --account, not both")
	case g.privateKey != "":
		return parsePrivateKey(g.privateKey)
	case g.keystore != "" || g.account != "":
		return r.keystoreKey(g)
	}
	return nil, usagef("NoSigner", "this command sends a transaction and needs a key; give --account ADDR (a key of `hongbao account new` or `account import`, or of --keystore DIR), or --private-key 0x… on a dev chain (`hongbao devnet` prints its keys)")
}

func parsePrivateKey(s string) (*ecdsa.PrivateKey, error) {
	h := strings.TrimPrefix(strings.TrimSpace(s), "0x")
	if _, err := hex.DecodeString(h); err != nil || len(h) != 64 {
		return nil, usagef("InvalidPrivateKey", "the private key is not 64 hex digits (0x optional); check --private-key")
	}
	key, err := crypto.HexToECDSA(h)
	if err != nil {
		return nil, usagef("InvalidPrivateKey", "the private key is 64 hex digits but not a usable key (zero, or not below the order of secp256k1); check --private-key")
	}
	return key, nil
}

func (r *runner) keystoreKey(g *globals) (*ecdsa.PrivateKey, error) {
	if g.account == "" {
		return nil, usagef("InvalidFlag", "--keystore DIR needs --account ADDR: the address of the key to use (`hongbao account list` shows them)")
	}
	addr, err := parseAddress("--account", g.account)
	if err != nil {
		return nil, err
	}
	dir := g.keystoreDir() // --keystore, else <home>/keystore, where `hongbao account new` puts keys
	blob, err := findKeyFile(dir, addr)
	if err != nil {
		return nil, err
	}
	password, err := r.password(g, addr)
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(blob, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, failf("WrongPassword", "wrong password for %s in keystore %s; check the password (or the --password-file)", addr.Hex(), dir)
	}
	if err != nil {
		return nil, failf("BadKeyFile", "cannot decrypt the key of %s in keystore %s: %v; check the key file", addr.Hex(), dir, err)
	}
	return k.PrivateKey, nil
}

// findKeyFile returns the key file of addr in a keystore directory (geth's layout: one JSON file per key,
// with its address in the "address" field).
func findKeyFile(dir string, addr common.Address) ([]byte, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, usagef("InvalidKeystore", "cannot read the keystore directory %s: %v; check --keystore", dir, unwrapPathError(err))
	}
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		blob, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue // an unreadable stray file is not the key we want
		}
		var head struct {
			Address string `json:"address"`
		}
		if json.Unmarshal(blob, &head) == nil && common.IsHexAddress(head.Address) && common.HexToAddress(head.Address) == addr {
			return blob, nil
		}
	}
	return nil, usagef("NoKey", "keystore %s has no key for %s; check --account (the key files name their address)", dir, addr.Hex())
}

// password reads the keystore password: from --password-file, else from the terminal without echo, else
// (stdin is a pipe) the first line of stdin.
func (r *runner) password(g *globals, addr common.Address) (string, error) {
	if g.passwordFile != "" {
		return readPasswordFile(g.passwordFile)
	}
	if f, ok := r.stdin.(*os.File); ok && isTerminal(f) {
		fmt.Fprintf(r.stderr, "Password for %s: ", addr.Hex())
		pw, err := readPasswordNoEcho(f)
		fmt.Fprintln(r.stderr)
		if err != nil {
			return "", failf("NoPassword", "cannot read the password: %v; use --password-file", err)
		}
		return pw, nil
	}
	pw, err := readLine(bufio.NewReader(r.stdin))
	if err != nil || pw == "" {
		return "", usagef("NoPassword", "no password for %s: give --password-file FILE, or type it at the prompt in a terminal", addr.Hex())
	}
	return pw, nil
}

// readPasswordFile reads a password: the first line of the file at path.
func readPasswordFile(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", usagef("InvalidPasswordFile", "cannot read the password file %s: %v; check --password-file", path, unwrapPathError(err))
	}
	first, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimRight(first, "\r"), nil
}

// readLine reads one line without its line ending. A last line without a newline counts.
func readLine(br *bufio.Reader) (string, error) {
	line, err := br.ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}
