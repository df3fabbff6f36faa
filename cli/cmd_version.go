package cli

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// version is this release of the hongbao tools.
const version = "0.2.0-dev"

// buildCommit is the git revision, set by the Makefile's linker flags (-X …/cli.buildCommit=REV) for builds
// where Go's own VCS stamping is off (GOFLAGS=-buildvcs=false); empty otherwise.
var buildCommit string

type versionOutput struct {
	Version string `json:"version"`
	Commit  string `json:"commit"` // the git revision it was built from ("unknown" outside a checkout)
	Go      string `json:"go"`
	// EscrowCodeHash and ExtensionCodeHash are keccak256 of the creation code of the escrow and its extension
	// that this binary deploys and talks to: the same hashes mean the same contracts (and, with the same owner,
	// the same addresses on every chain).
	EscrowCodeHash    string `json:"escrowCodeHash"`
	ExtensionCodeHash string `json:"extensionCodeHash"`
}

func (r *runner) versionCommand() *cli.Command {
	return &cli.Command{
		Name:        "version",
		Usage:       "print the version, the commit it was built from, and the hashes of the contracts it was built for",
		Description: "The same as `hongbao --version`.\n\nEXAMPLE:\n   hongbao version --json",
		Action:      func(c *cli.Context) error { return r.printVersion() },
	}
}

func buildVersion() *versionOutput {
	out := &versionOutput{Version: version, Commit: "unknown", Go: runtime.Version(),
		EscrowCodeHash:    crypto.Keccak256Hash(common.FromHex(escrow.HongbaoEscrowMetaData.Bin)).Hex(),
		ExtensionCodeHash: crypto.Keccak256Hash(common.FromHex(escrow.HongbaoAdminMetaData.Bin)).Hex()}
	if buildCommit != "" {
		out.Commit = buildCommit
	} else if bi, ok := debug.ReadBuildInfo(); ok {
		rev, dirty := "", false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if rev != "" {
			out.Commit = rev
			if dirty {
				out.Commit += "-dirty"
			}
		}
	}
	return out
}

func (r *runner) printVersion() error {
	v := buildVersion()
	return r.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "hongbao %s (commit %s, %s)\n", v.Version, v.Commit, v.Go)
		fmt.Fprintf(w, "  escrow code    %s\n  extension code %s\n", v.EscrowCodeHash, v.ExtensionCodeHash)
	})
}
