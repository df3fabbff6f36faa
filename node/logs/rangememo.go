package logs

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/hongbao/hongbao/node/transport"
)

// RangeMemo remembers between processes the eth_getLogs block range each endpoint answers, so that a
// command behind a provider with a narrow cap (free tiers: 500–2,000 blocks) starts its reader there instead
// of learning the cap anew (a refusal, then narrower pages) every time. It is one small JSON file:
//
//	{"getLogsBlocks": {"https://eth-mainnet.g.alchemy.com/v2/*** chain 1": 1000}}
//
// Endpoints are named without their secrets (transport.Redact), so two keys of one provider share an entry.
// The file is a hint, never a reason to fail: one that cannot be read or parsed counts as empty, and a
// write replaces it whole (a temporary file renamed over it), so a reader never sees half a file. Two
// processes writing at once may lose one's entry; the loser learns it again. A nil *RangeMemo remembers
// nothing.
type RangeMemo struct{ path string }

// RangeMemoFile is the memo's file name in a program's home directory.
const RangeMemoFile = "getlogs-ranges.json"

// NewRangeMemo returns the memo kept in the file at path.
func NewRangeMemo(path string) *RangeMemo { return &RangeMemo{path: path} }

// MemoKey names an endpoint of a chain in the memo: its URL without secrets, and the chain id.
func MemoKey(endpoint string, chainID uint64) string {
	return fmt.Sprintf("%s chain %d", transport.Redact(endpoint), chainID)
}

// memoFile is the file's shape.
type memoFile struct {
	GetLogsBlocks map[string]uint64 `json:"getLogsBlocks"`
}

// read returns the file's entries; an absent, unreadable or corrupt file has none.
func (m *RangeMemo) read() map[string]uint64 {
	var f memoFile
	if b, err := os.ReadFile(m.path); err == nil && json.Unmarshal(b, &f) == nil && f.GetLogsBlocks != nil {
		return f.GetLogsBlocks
	}
	return map[string]uint64{}
}

// Load returns the range remembered for key; 0 = none.
func (m *RangeMemo) Load(key string) uint64 {
	if m == nil {
		return 0
	}
	return m.read()[key]
}

// Store remembers blocks for key (0 forgets it). It writes only when the entry changes.
func (m *RangeMemo) Store(key string, blocks uint64) error {
	if m == nil {
		return nil
	}
	entries := m.read()
	if entries[key] == blocks {
		return nil
	}
	if blocks == 0 {
		delete(entries, key)
	} else {
		entries[key] = blocks
	}
	b, err := json.MarshalIndent(memoFile{GetLogsBlocks: entries}, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(m.path, append(b, '\n'))
}

// Options are the reader options that start a reader of key at its remembered range: none when nothing is
// remembered. The reader still widens from there (up to its max range), so a raised cap is found again.
func (m *RangeMemo) Options(key string) []Option {
	if n := m.Load(key); n > 0 {
		return []Option{WithInitialRange(n)}
	}
	return nil
}

// Remember stores what r learnt of key's cap (Reader.Learned), if it learnt anything.
func (m *RangeMemo) Remember(key string, r *Reader) error {
	n, ok := r.Learned()
	if !ok {
		return nil
	}
	return m.Store(key, n)
}

// writeAtomic replaces the file at path with b: a temporary file in the same directory renamed over it.
func writeAtomic(path string, b []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	_, werr := tmp.Write(b)
	if err := errors.Join(werr, tmp.Close()); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
