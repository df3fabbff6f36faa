// Package deploy deploys the hongbao escrow (through the deterministic deployment proxy, so that an owner's
// escrow has the same address on every chain, and verifies the code it finds or creates there) and the dev
// chain's test stablecoin, applies token policies written in human units, and keeps a record of each chain's
// deployment under the hongbao home directory (~/.hongbao/deployments/<chainID>.json) so that every tool
// finds the contracts without flags.
package deploy

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// HomeEnv is the environment variable that overrides the hongbao home directory.
const HomeEnv = "HONGBAO_HOME"

// Deployment records where the contracts of one chain live.
type Deployment struct {
	ChainID uint64         `json:"chainId"`
	Escrow  common.Address `json:"escrow"`
	Owner   common.Address `json:"owner"`
	// Block is the block that created the escrow, as its own deployBlock() also says: log scans start there.
	Block uint64 `json:"block"`
	// Tokens maps a symbol (e.g. "tCNY") to its ERC-20 address.
	Tokens map[string]common.Address `json:"tokens"`
}

// Home returns the hongbao home directory: $HONGBAO_HOME, or ~/.hongbao.
func Home() string {
	if h := os.Getenv(HomeEnv); h != "" {
		return h
	}
	dir, err := os.UserHomeDir()
	if err != nil {
		// No home directory (a bare container): fall back to the working directory rather than failing.
		return ".hongbao"
	}
	return filepath.Join(dir, ".hongbao")
}

// Path is the deployment file of chainID under home.
func Path(home string, chainID uint64) string {
	return filepath.Join(home, "deployments", strconv.FormatUint(chainID, 10)+".json")
}

// Save writes d to Path(home, d.ChainID), creating the directories. The write is atomic: readers see the old
// file or the new one, never a torn one.
func Save(home string, d Deployment) error {
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encode deployment: %w", err)
	}
	return WriteFileAtomic(Path(home, d.ChainID), append(data, '\n'), 0o644)
}

// Load reads the deployment of chainID from home. A missing file gives an error that wraps os.ErrNotExist.
func Load(home string, chainID uint64) (*Deployment, error) {
	p := Path(home, chainID)
	data, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no deployment of chain %d at %s (start the dev chain or deploy the escrow first): %w",
			chainID, p, err)
	}
	if err != nil {
		return nil, fmt.Errorf("read deployment: %w", err)
	}
	var d Deployment
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("parse deployment %s: %w", p, err)
	}
	if d.ChainID != chainID {
		return nil, fmt.Errorf("deployment %s is for chain %d, not %d", p, d.ChainID, chainID)
	}
	if d.Escrow == (common.Address{}) {
		return nil, fmt.Errorf("deployment %s has no escrow address", p)
	}
	return &d, nil
}

// WriteFileAtomic writes data to path through a temporary file in the same directory and a rename, creating
// the directory if needed.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("create temporary file: %w", err)
	}
	// Remove the temporary file on every failure path; after the rename it no longer exists.
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("sync %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp.Name(), err)
	}
	// CreateTemp makes the file 0600; set the mode asked for.
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		return fmt.Errorf("chmod %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("rename to %s: %w", path, err)
	}
	return nil
}
