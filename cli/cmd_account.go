package cli

import (
	"bufio"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/urfave/cli/v2"
)

// Accounts are go-ethereum keystore files (the format geth, clef and Foundry's cast read), in --keystore or
// <home>/keystore. Passwords are never echoed or taken from the command line: a terminal prompt, or the first
// line of --password-file, or of stdin when it is not a terminal.

func (r *runner) accountCommand() *cli.Command {
	kdf := &cli.BoolFlag{Name: "light-kdf", Usage: "weaker, faster key encryption (scrypt N=4096): for throwaway dev keys only"}
	return &cli.Command{
		Name:  "account",
		Usage: "make, import or list the keys you sign with (an encrypted keystore, as geth and cast use)",
		Description: `Keys live in the keystore directory: --keystore, or <home>/keystore (~/.hongbao/keystore). Sign with one by
giving its address: --account ADDR (the keystore directory defaults the same way), or HONGBAO_ACCOUNT.

EXAMPLES:
   hongbao account new
   hongbao account import my-key.txt          # a file holding the hex private key
   hongbao account list
   hongbao send --account 0x… --to 0x… --amount 1`,
		Subcommands: []*cli.Command{
			{
				Name:        "new",
				Usage:       "make a new key, encrypted with a password you choose, and print its address",
				Description: "The password is asked twice without echo (or read from --password-file). Keep it: without it the key cannot be used.\n\nEXAMPLE:\n   hongbao account new",
				Flags:       []cli.Flag{kdf},
				Action:      r.accountNew,
			},
			{
				Name:      "import",
				Usage:     "encrypt an existing hex private key into the keystore",
				ArgsUsage: "[KEYFILE]",
				Description: `KEYFILE holds the private key as 64 hex digits (0x optional). Without KEYFILE the key is asked for
without echo. The key never goes on the command line, where the shell history would keep it.

EXAMPLE:
   hongbao account import my-key.txt`,
				Flags:  []cli.Flag{kdf},
				Action: r.accountImport,
			},
			{
				Name:        "list",
				Usage:       "list the addresses of the keystore's keys",
				Description: "EXAMPLE:\n   hongbao account list --json",
				Action:      r.accountList,
			},
		},
	}
}

// keystoreDir is --keystore, or <home>/keystore.
func (g *globals) keystoreDir() string {
	if g.keystore != "" {
		return g.keystore
	}
	return filepath.Join(g.home, "keystore")
}

type accountOutput struct {
	Address  string `json:"address"`
	Keystore string `json:"keystore"`
	File     string `json:"file"`
}

type accountListOutput struct {
	Keystore string           `json:"keystore"`
	Accounts []*accountOutput `json:"accounts"`
}

func (r *runner) accountNew(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "account new takes no arguments (got %q)", c.Args().First())
	}
	g, err := r.resolveGlobals(c)
	if err != nil {
		return err
	}
	pw, err := r.newPassword(g)
	if err != nil {
		return err
	}
	acc, err := keystoreFor(c, g).NewAccount(pw)
	if err != nil {
		return failf("KeystoreFailed", "cannot write the new key to %s: %v", g.keystoreDir(), unwrapPathError(err))
	}
	return r.emitAccount(acc, g, "new key")
}

func (r *runner) accountImport(c *cli.Context) error {
	if c.NArg() > 1 {
		return usagef("InvalidArgs", "account import takes at most one key file, not %s", plural(c.NArg(), "argument", "arguments"))
	}
	g, err := r.resolveGlobals(c)
	if err != nil {
		return err
	}
	key, err := r.importedKey(c.Args().First())
	if err != nil {
		return err
	}
	pw, err := r.newPassword(g)
	if err != nil {
		return err
	}
	acc, err := keystoreFor(c, g).ImportECDSA(key, pw)
	if errors.Is(err, keystore.ErrAccountAlreadyExists) {
		return usagef("AccountExists", "the keystore %s already has the key of %s; nothing was changed", g.keystoreDir(), keyAddress(key).Hex())
	}
	if err != nil {
		return failf("KeystoreFailed", "cannot write the key to %s: %v", g.keystoreDir(), unwrapPathError(err))
	}
	return r.emitAccount(acc, g, "imported key")
}

func (r *runner) accountList(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "account list takes no arguments (got %q)", c.Args().First())
	}
	g, err := r.resolveGlobals(c)
	if err != nil {
		return err
	}
	dir := g.keystoreDir()
	out := &accountListOutput{Keystore: dir, Accounts: []*accountOutput{}}
	if _, err := os.Stat(dir); err == nil {
		// Reading the directory needs no password; the light parameters only matter for writing.
		ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
		for _, a := range ks.Accounts() {
			out.Accounts = append(out.Accounts, &accountOutput{Address: a.Address.Hex(), Keystore: dir, File: a.URL.Path})
		}
		sort.Slice(out.Accounts, func(i, j int) bool { return out.Accounts[i].Address < out.Accounts[j].Address })
	}
	return r.emit(out, func(w io.Writer) {
		if len(out.Accounts) == 0 {
			fmt.Fprintf(w, "no keys in %s; make one with `hongbao account new`\n", dir)
			return
		}
		for _, a := range out.Accounts {
			fmt.Fprintln(w, a.Address)
		}
	})
}

func (r *runner) emitAccount(acc accounts.Account, g *globals, what string) error {
	out := &accountOutput{Address: acc.Address.Hex(), Keystore: g.keystoreDir(), File: acc.URL.Path}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "%s %s\n  file %s\n", what, out.Address, out.File)
		fmt.Fprintf(w, "sign with it: --account %s (or HONGBAO_ACCOUNT=%s)\n", out.Address, out.Address)
		fmt.Fprintln(w, "keep the password: without it the key cannot be used, and nobody can recover it")
	})
}

// keystoreFor is the keystore that new key files are written to, with --light-kdf's weaker scrypt if asked.
func keystoreFor(c *cli.Context, g *globals) *keystore.KeyStore {
	if c.Bool("light-kdf") {
		return keystore.NewKeyStore(g.keystoreDir(), keystore.LightScryptN, keystore.LightScryptP)
	}
	return keystore.NewKeyStore(g.keystoreDir(), keystore.StandardScryptN, keystore.StandardScryptP)
}

// newPassword reads the password for a new key file: --password-file, else asked twice without echo on a
// terminal, else the first line of stdin. An empty password is refused.
func (r *runner) newPassword(g *globals) (string, error) {
	var pw string
	switch f, tty := r.stdin.(*os.File); {
	case g.passwordFile != "":
		p, err := readPasswordFile(g.passwordFile)
		if err != nil {
			return "", err
		}
		pw = p
	case tty && isTerminal(f):
		fmt.Fprint(r.stderr, "Password for the new key: ")
		first, err := readPasswordNoEcho(f)
		fmt.Fprintln(r.stderr)
		if err != nil {
			return "", failf("NoPassword", "cannot read the password: %v; use --password-file", err)
		}
		fmt.Fprint(r.stderr, "Repeat it: ")
		second, err := readPasswordNoEcho(f)
		fmt.Fprintln(r.stderr)
		if err != nil {
			return "", failf("NoPassword", "cannot read the password: %v; use --password-file", err)
		}
		if first != second {
			return "", usagef("PasswordMismatch", "the two passwords differ; nothing was written")
		}
		pw = first
	default:
		line, err := readLine(bufio.NewReader(r.stdin))
		if err != nil && !errors.Is(err, io.EOF) {
			return "", failf("NoPassword", "cannot read the password: %v; use --password-file", err)
		}
		pw = line
	}
	if pw == "" {
		return "", usagef("NoPassword", "an empty password would leave the key unprotected: give one at the prompt or with --password-file")
	}
	return pw, nil
}

// importedKey reads the hex private key to import: from path, or asked without echo on a terminal, or the
// first line of stdin.
func (r *runner) importedKey(path string) (*ecdsa.PrivateKey, error) {
	var s string
	switch f, tty := r.stdin.(*os.File); {
	case path != "":
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, usagef("InvalidKeyFile", "cannot read the key file %s: %v", path, unwrapPathError(err))
		}
		s, _, _ = strings.Cut(string(data), "\n")
	case tty && isTerminal(f):
		fmt.Fprint(r.stderr, "Private key (hex): ")
		k, err := readPasswordNoEcho(f)
		fmt.Fprintln(r.stderr)
		if err != nil {
			return nil, failf("NoKey", "cannot read the key: %v; give a key file", err)
		}
		s = k
	default:
		line, err := readLine(bufio.NewReader(r.stdin))
		if err != nil {
			return nil, usagef("NoKey", "no key to import: give a key file, or type the key at the prompt in a terminal")
		}
		s = line
	}
	key, err := parsePrivateKey(s)
	if err != nil {
		return nil, usagef("InvalidPrivateKey", "the key to import is not a private key: 64 hex digits (0x optional) expected")
	}
	return key, nil
}
