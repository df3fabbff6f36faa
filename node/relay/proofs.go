package relay

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/merkle"
)

// ProofsFile is the format of an allowlist proofs file (what `hongbao send --allow` writes): every allowed
// address's proof for one packet. ChainID and Escrow are optional.
type ProofsFile struct {
	ChainID  uint64                   `json:"chainId,omitempty"`
	Escrow   common.Address           `json:"escrow,omitempty"`
	PacketID string                   `json:"packetId"`
	Root     common.Hash              `json:"root"`
	Proofs   map[string][]common.Hash `json:"proofs"`
}

// tree is one proofs file, checked and indexed by address.
type tree struct {
	file   string
	root   common.Hash
	proofs map[common.Address][]common.Hash
}

// proofStore holds the proofs files of a directory, per packet id.
type proofStore struct {
	dir     string
	chainID *big.Int
	escrow  common.Address
	log     *slog.Logger
	rescan  time.Duration // the least time between two reads of the directory on misses

	mu       sync.Mutex
	byPacket map[string][]*tree
	loadedAt time.Time
}

// rescanEvery bounds how often a miss makes the store read the directory again.
const rescanEvery = time.Second

func newProofStore(dir string, chainID *big.Int, escrowAddr common.Address, log *slog.Logger) (*proofStore, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("relay: the proofs directory: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("relay: the proofs directory %s is not a directory", dir)
	}
	s := &proofStore{dir: dir, chainID: chainID, escrow: escrowAddr, log: log, rescan: rescanEvery}
	if err := s.load(); err != nil {
		return nil, err
	}
	return s, nil
}

// load reads every *.json file of the directory. Files that are not proofs files of this escrow are skipped
// (and logged): the directory may hold other things.
func (s *proofStore) load() error {
	paths, err := filepath.Glob(filepath.Join(s.dir, "*.json"))
	if err != nil {
		return fmt.Errorf("relay: list the proofs directory: %w", err)
	}
	byPacket := map[string][]*tree{}
	for _, path := range paths {
		id, t, err := s.readFile(path)
		if err != nil {
			s.log.Warn("relay: skipping proofs file", "file", path, "reason", err.Error())
			continue
		}
		byPacket[id] = append(byPacket[id], t)
	}
	s.byPacket, s.loadedAt = byPacket, time.Now()
	return nil
}

func (s *proofStore) readFile(path string) (string, *tree, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", nil, err
	}
	var f ProofsFile
	if err := json.Unmarshal(data, &f); err != nil {
		return "", nil, fmt.Errorf("not a proofs file: %w", err)
	}
	id, ok := new(big.Int).SetString(f.PacketID, 10)
	if !ok || f.Proofs == nil {
		return "", nil, fmt.Errorf("not a proofs file: it needs packetId (decimal) and proofs")
	}
	if f.ChainID != 0 && f.ChainID != s.chainID.Uint64() {
		return "", nil, fmt.Errorf("it is for chain %d, not %s", f.ChainID, s.chainID)
	}
	if f.Escrow != (common.Address{}) && f.Escrow != s.escrow {
		return "", nil, fmt.Errorf("it is for escrow %s, not %s", f.Escrow.Hex(), s.escrow.Hex())
	}
	t := &tree{file: path, root: f.Root, proofs: make(map[common.Address][]common.Hash, len(f.Proofs))}
	for k, p := range f.Proofs {
		if !common.IsHexAddress(k) || !merkle.Verify(f.Root, common.HexToAddress(k), p) {
			return "", nil, fmt.Errorf("the proof of %q does not lead to the root %s", k, f.Root.Hex())
		}
		t.proofs[common.HexToAddress(k)] = p
	}
	return id.String(), t, nil
}

// trees returns the files of packet id, reading the directory again on a miss (at most once a second).
func (s *proofStore) trees(id string) []*tree {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.byPacket[id]) == 0 && time.Since(s.loadedAt) >= s.rescan {
		if err := s.load(); err != nil {
			s.log.Warn("relay: cannot read the proofs directory", "err", err)
		}
	}
	return s.byPacket[id]
}

// proofResponse is the answer of GET /v1/proofs/{id}/{address}.
type proofResponse struct {
	PacketID string         `json:"packetId"`
	Address  common.Address `json:"address"`
	Root     common.Hash    `json:"root"`
	Proof    []common.Hash  `json:"proof"`
	Auth     string         `json:"auth"`
}

// handleProof is GET /v1/proofs/{id}/{address}.
func (r *Relayer) handleProof(w http.ResponseWriter, req *http.Request, idStr, addrStr string) *apiError {
	id, e := uintFromString(idStr, "packet id")
	if e != nil {
		return e
	}
	addr, e := addressFromString(addrStr, "address")
	if e != nil {
		return e
	}
	root, e := r.allowlistRoot(req.Context(), id)
	if e != nil {
		return e
	}
	t, e := r.treeFor(id, root)
	if e != nil {
		return e
	}
	proof, ok := t.proofs[addr]
	if !ok {
		return errorf(http.StatusNotFound, "NotInAllowlist", "%s is not on the allowlist of packet %s; only the listed addresses can claim it", addr.Hex(), id)
	}
	writeJSON(w, http.StatusOK, proofResponse{PacketID: id.String(), Address: addr, Root: root, Proof: proof,
		Auth: "0x" + common.Bytes2Hex(merkle.EncodeProof(proof))})
	return nil
}

// allowlistRoot reads packet id's Merkle root from the chain; the packet must be an allowlist packet.
func (r *Relayer) allowlistRoot(ctx context.Context, id *big.Int) (common.Hash, *apiError) {
	p, e := r.readPacket(ctx, id)
	if e != nil {
		return common.Hash{}, e
	}
	if client.Kind(p.view.Kind) == client.Direct || client.AuthMode(p.view.Auth) != client.Allowlist {
		return common.Hash{}, errorf(http.StatusConflict, codeNotAllowlist, "packet %s is not an allowlist packet: its claims need no proof", id)
	}
	return p.view.Root, nil
}

// treeFor picks the proofs file of packet id whose root is the packet's root on chain.
func (r *Relayer) treeFor(id *big.Int, root common.Hash) (*tree, *apiError) {
	if r.proofs == nil {
		return nil, errorf(http.StatusNotFound, codeNoProofs, "this relayer serves no allowlist proofs; ask the sender of packet %s for your proof", id)
	}
	trees := r.proofs.trees(id.String())
	for _, t := range trees {
		if t.root == root {
			return t, nil
		}
	}
	if len(trees) > 0 {
		files := make([]string, len(trees))
		for i, t := range trees {
			files[i] = filepath.Base(t.file)
		}
		return nil, errorf(http.StatusConflict, codeRootMismatch,
			"the proofs this relayer holds for packet %s (%s) do not match the packet's root %s on chain; ask the sender for your proof",
			id, strings.Join(files, ", "), root.Hex())
	}
	return nil, errorf(http.StatusNotFound, codeNoProofs, "this relayer holds no proofs for packet %s; ask the sender for your proof", id)
}
