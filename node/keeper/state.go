package keeper

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// checkpointVersion is the version of the checkpoint file format.
const checkpointVersion = 1

// openPacket is a packet that still holds money, as the logs tell it.
type openPacket struct {
	expiresAt uint64
	remaining *big.Int
}

// state is what the keeper knows: how far it scanned, which packets are open, and which of them are set
// aside because their refund reverts. The quarantine is in the checkpoint with the pass count it is measured
// in, so a restarted keeper neither retries a poison packet at once nor forgets how often it failed.
type state struct {
	path       string // checkpoint file; "" keeps the state in memory only
	chainID    *big.Int
	escrow     common.Address
	scanned    bool   // lastBlock is meaningful
	lastBlock  uint64 // last block whose logs were applied
	open       map[uint64]*openPacket
	pass       uint64 // passes started, over restarts: the quarantine's clock
	quarantine map[uint64]*quarantined
	// sealed packets with claims waiting for their draw: packet -> block of its oldest such claim known (from the
	// SharePending logs; the settle pass drops a packet once nothing of it waits)
	pending map[uint64]uint64
}

// notePending records a sealed claim of packet id in block b that waits for its draw.
func (s *state) notePending(id, b uint64) {
	if old, seen := s.pending[id]; !seen || b < old {
		s.pending[id] = b
	}
}

// checkpointFile is the JSON form of state:
//
//	{"version": 1, "chainId": "1337", "escrow": "0x…", "lastBlock": 123,
//	 "open": {"17": {"expiresAt": 1767225600, "remaining": "1000000000000000000"}},
//	 "pass": 9, "quarantine": {"17": {"failures": 2, "retryPass": 15, "reason": "refundMany reverts in simulation"}},
//	 "sealedPending": {"21": 118}}
//
// Ids are decimal strings (JSON object keys), amounts are decimal strings in base units, times are Unix seconds.
// pass counts the keeper's passes; a quarantined packet is tried again from pass retryPass on. Both are
// optional (a checkpoint of an older keeper has neither: nothing is set aside). sealedPending maps a sealed packet
// to the block of its oldest claim known to wait for its draw (optional too).
type checkpointFile struct {
	Version    int                             `json:"version"`
	ChainID    string                          `json:"chainId"`
	Escrow     common.Address                  `json:"escrow"`
	LastBlock  uint64                          `json:"lastBlock"`
	Open       map[string]checkpointPacket     `json:"open"`
	Pass       uint64                          `json:"pass,omitempty"`
	Quarantine map[string]checkpointQuarantine `json:"quarantine,omitempty"`
	Pending    map[string]uint64               `json:"sealedPending,omitempty"`
}

type checkpointPacket struct {
	ExpiresAt uint64 `json:"expiresAt"`
	Remaining string `json:"remaining"`
}

type checkpointQuarantine struct {
	Failures  int    `json:"failures"`
	RetryPass uint64 `json:"retryPass"`
	Reason    string `json:"reason"`
}

// loadState reads the checkpoint at path, or starts empty if there is none (or path is "").
func loadState(path string, chainID *big.Int, escrowAddr common.Address) (*state, error) {
	s := &state{path: path, chainID: chainID, escrow: escrowAddr, open: map[uint64]*openPacket{}, quarantine: map[uint64]*quarantined{},
		pending: map[uint64]uint64{}}
	if path == "" {
		return s, nil
	}
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("keeper: read checkpoint: %w", err)
	}
	var f checkpointFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("keeper: checkpoint %s is not valid JSON: %w", path, err)
	}
	if err := s.restore(f); err != nil {
		return nil, fmt.Errorf("keeper: checkpoint %s: %w", path, err)
	}
	return s, nil
}

// restore takes over a decoded checkpoint after checking that it belongs to this chain and escrow.
func (s *state) restore(f checkpointFile) error {
	if f.Version != checkpointVersion {
		return fmt.Errorf("version %d, want %d", f.Version, checkpointVersion)
	}
	if f.ChainID != s.chainID.String() || f.Escrow != s.escrow {
		return fmt.Errorf("it belongs to escrow %s on chain %s, not %s on chain %s",
			f.Escrow.Hex(), f.ChainID, s.escrow.Hex(), s.chainID)
	}
	for key, p := range f.Open {
		id, err := strconv.ParseUint(key, 10, 64)
		if err != nil {
			return fmt.Errorf("bad packet id %q", key)
		}
		rem, ok := new(big.Int).SetString(p.Remaining, 10)
		if !ok || rem.Sign() <= 0 {
			return fmt.Errorf("packet %s: bad remaining %q", key, p.Remaining)
		}
		s.open[id] = &openPacket{expiresAt: p.ExpiresAt, remaining: rem}
	}
	for key, q := range f.Quarantine {
		id, err := strconv.ParseUint(key, 10, 64)
		if err != nil {
			return fmt.Errorf("bad quarantined packet id %q", key)
		}
		if q.Failures <= 0 {
			return fmt.Errorf("quarantined packet %s: bad failure count %d", key, q.Failures)
		}
		s.quarantine[id] = &quarantined{failures: q.Failures, retryPass: q.RetryPass, reason: q.Reason}
	}
	for key, b := range f.Pending {
		id, err := strconv.ParseUint(key, 10, 64)
		if err != nil {
			return fmt.Errorf("bad sealed packet id %q", key)
		}
		s.pending[id] = b
	}
	s.scanned, s.lastBlock, s.pass = true, f.LastBlock, f.Pass
	return nil
}

// nextBlock is the first block the next scan reads.
func (s *state) nextBlock(start uint64) uint64 {
	if !s.scanned {
		return start
	}
	return max(s.lastBlock+1, start)
}

// due lists the open packets that expired at or before t, by expiry then id.
func (s *state) due(t uint64) []uint64 {
	var ids []uint64
	for id, p := range s.open {
		if p.expiresAt <= t {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := s.open[ids[i]], s.open[ids[j]]
		if a.expiresAt != b.expiresAt {
			return a.expiresAt < b.expiresAt
		}
		return ids[i] < ids[j]
	})
	return ids
}

// save writes the checkpoint atomically: a temporary file in the same directory, synced, then renamed over
// the old one, so a crash leaves either the old or the new checkpoint, never a torn one.
func (s *state) save() error {
	if s.path == "" || !s.scanned {
		return nil
	}
	f := checkpointFile{
		Version: checkpointVersion, ChainID: s.chainID.String(), Escrow: s.escrow, LastBlock: s.lastBlock,
		Open: make(map[string]checkpointPacket, len(s.open)),
	}
	for id, p := range s.open {
		f.Open[strconv.FormatUint(id, 10)] = checkpointPacket{ExpiresAt: p.expiresAt, Remaining: p.remaining.String()}
	}
	if len(s.quarantine) > 0 {
		f.Pass = s.pass
		f.Quarantine = make(map[string]checkpointQuarantine, len(s.quarantine))
		for id, q := range s.quarantine {
			f.Quarantine[strconv.FormatUint(id, 10)] = checkpointQuarantine{Failures: q.failures, RetryPass: q.retryPass, Reason: q.reason}
		}
	}
	if len(s.pending) > 0 {
		f.Pending = make(map[string]uint64, len(s.pending))
		for id, b := range s.pending {
			f.Pending[strconv.FormatUint(id, 10)] = b
		}
	}
	raw, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return fmt.Errorf("keeper: encode checkpoint: %w", err)
	}
	if err := writeAtomic(s.path, append(raw, '\n')); err != nil {
		return fmt.Errorf("keeper: write checkpoint: %w", err)
	}
	return nil
}

// writeAtomic replaces path with data via a synced temporary file and a rename.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	// Make the rename itself durable. Some filesystems cannot sync a directory; the file is in place anyway.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
