package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/merkle"
)

// readAllowlist reads the addresses of an --allow file: one per line (or separated by commas or spaces),
// with # comments, or a JSON array of addresses.
func readAllowlist(path string) ([]common.Address, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("InvalidAllowlist", "cannot read the allowlist %s: %v; give a file of addresses, one per line", path, unwrapPathError(err))
	}
	words, err := allowlistWords(data)
	if err != nil {
		return nil, usagef("InvalidAllowlist", "allowlist %s: %v", path, err)
	}
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, w := range words {
		a, err := parseAddress("allowlist entry", w)
		if err != nil {
			return nil, usagef("InvalidAllowlist", "allowlist %s: %s", path, err.(*Error).Message)
		}
		if seen[a] {
			return nil, usagef("InvalidAllowlist", "allowlist %s lists %s twice; remove the duplicate", path, a.Hex())
		}
		seen[a] = true
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, usagef("InvalidAllowlist", "allowlist %s has no addresses; put one address per line", path)
	}
	return out, nil
}

func allowlistWords(data []byte) ([]string, error) {
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '[' {
		var words []string
		if err := json.Unmarshal(trimmed, &words); err != nil {
			return nil, fmt.Errorf("not a JSON array of address strings: %v", err)
		}
		return words, nil
	}
	var words []string
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		words = append(words, strings.FieldsFunc(line, func(r rune) bool {
			return r == ',' || r == ' ' || r == '\t' || r == '\r' || r == ';'
		})...)
	}
	return words, nil
}

// proofsFile is what send --allow writes next to the list: every address's proof for the packet.
type proofsFile struct {
	ChainID  uint64                   `json:"chainId"`
	Escrow   common.Address           `json:"escrow"`
	PacketID string                   `json:"packetId"`
	Root     common.Hash              `json:"root"`
	Proofs   map[string][]common.Hash `json:"proofs"`
}

// proofsPath is where the proofs of list file `list` go: friends.txt -> friends.proofs.json.
func proofsPath(list string) string {
	ext := filepath.Ext(list)
	return strings.TrimSuffix(list, ext) + ".proofs.json"
}

// writeProofs writes the proofs of every allowed address of a sent packet next to the list.
func writeProofs(list string, s *session, res *client.SendResult, addrs []common.Address) (string, error) {
	pf := proofsFile{ChainID: s.chainID, Escrow: s.cl.Escrow(), PacketID: res.ID.String(), Root: res.Tree.Root(),
		Proofs: make(map[string][]common.Hash, len(addrs))}
	for _, a := range addrs {
		p, ok := res.Tree.Proof(a)
		if !ok {
			return "", failf("InvalidAllowlist", "the allowlist tree has no proof for %s; this is a bug, please report it", a.Hex())
		}
		pf.Proofs[a.Hex()] = p
	}
	data, err := json.MarshalIndent(pf, "", "  ")
	if err != nil {
		return "", fmt.Errorf("encode proofs: %w", err)
	}
	path := proofsPath(list)
	if err := deploy.WriteFileAtomic(path, append(data, '\n'), 0o644); err != nil {
		return "", failf("WriteFailed", "packet %s was sent, but its proofs could not be written to %s: %v; the root is %s", res.ID, path, err, pf.Root.Hex())
	}
	return path, nil
}

// proofsDir is where the local claim page server (hongbao web, relay, devnet --web) finds allowlist proofs:
// <home>/proofs/<chain id>.
func proofsDir(home string, chainID uint64) string {
	return filepath.Join(home, "proofs", strconv.FormatUint(chainID, 10))
}

// shareProofs copies a packet's proofs file into proofsDir, so that a claim page served from this machine
// can hand each listed visitor their proof. A failure only costs that convenience: it is noted, not fatal.
func (r *runner) shareProofs(s *session, path string) {
	data, err := os.ReadFile(path)
	if err == nil {
		var pf proofsFile
		if err = json.Unmarshal(data, &pf); err == nil {
			dir := proofsDir(s.g.home, s.chainID)
			if err = os.MkdirAll(dir, 0o755); err == nil {
				err = deploy.WriteFileAtomic(filepath.Join(dir, pf.Escrow.Hex()+"-"+pf.PacketID+".json"), data, 0o644)
			}
		}
	}
	if err != nil {
		r.note("note: the proofs were not copied for the claim page server (%v); give it --proofs %s", err, filepath.Dir(path))
	}
}

// readProof reads the proof of `me` from a --proof file: a proofs file written by send, or a bare JSON
// array of hashes.
func readProof(path string, me common.Address) ([]common.Hash, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("InvalidProof", "cannot read the proof file %s: %v; give the .proofs.json file the sender shared", path, unwrapPathError(err))
	}
	var bare []common.Hash
	if json.Unmarshal(data, &bare) == nil {
		return bare, nil
	}
	var pf proofsFile
	if err := json.Unmarshal(data, &pf); err != nil || pf.Proofs == nil {
		return nil, usagef("InvalidProof", "%s is not a proofs file (expected the JSON that `hongbao send --allow` wrote)", path)
	}
	for k, p := range pf.Proofs {
		if common.IsHexAddress(k) && common.HexToAddress(k) == me {
			if !merkle.Verify(pf.Root, me, p) {
				return nil, usagef("InvalidProof", "the proof of %s in %s does not match its root; ask the sender for the file again", me.Hex(), path)
			}
			return p, nil
		}
	}
	return nil, failf("NotInAllowlist", "%s is not in the allowlist of %s; only the listed addresses can claim (sign with the listed account)", me.Hex(), path)
}
