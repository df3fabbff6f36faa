package keeper

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

var (
	testChain  = big.NewInt(1337)
	testEscrow = common.HexToAddress("0x00000000000000000000000000000000000e5c20")
)

// A saved checkpoint loads back to the same state, and the file is the documented JSON.
func TestCheckpointRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keeper.json")
	s, err := loadState(path, testChain, testEscrow)
	require.NoError(t, err)
	require.False(t, s.scanned)
	require.Equal(t, uint64(7), s.nextBlock(7))

	s.scanned, s.lastBlock = true, 41
	s.open[3] = &openPacket{expiresAt: 1_800_000_000, remaining: big.NewInt(500)}
	s.open[12] = &openPacket{expiresAt: 1_700_000_000, remaining: new(big.Int).Lsh(big.NewInt(1), 127)}
	s.pass = 9
	s.quarantine[12] = &quarantined{failures: 2, retryPass: 15, reason: "refundMany reverts in simulation"}
	require.NoError(t, s.save())

	var raw map[string]any
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &raw))
	require.Equal(t, map[string]any{
		"version": 1.0, "chainId": "1337", "escrow": testEscrow.Hex(), "lastBlock": 41.0,
		"open": map[string]any{
			"3":  map[string]any{"expiresAt": 1.8e9, "remaining": "500"},
			"12": map[string]any{"expiresAt": 1.7e9, "remaining": "170141183460469231731687303715884105728"},
		},
		"pass":       9.0,
		"quarantine": map[string]any{"12": map[string]any{"failures": 2.0, "retryPass": 15.0, "reason": "refundMany reverts in simulation"}},
	}, raw)

	back, err := loadState(path, testChain, testEscrow)
	require.NoError(t, err)
	require.Equal(t, uint64(42), back.nextBlock(7))
	require.Equal(t, s.open, back.open)
	require.Equal(t, s.quarantine, back.quarantine)
	require.Equal(t, uint64(9), back.pass)
	require.Equal(t, []uint64{12, 3}, back.due(1_800_000_000), "due lists by expiry")
	require.Equal(t, []uint64{12}, back.due(1_799_999_999))

	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary file left behind")
}

// A checkpoint that does not belong here, or is damaged, stops the keeper instead of being overwritten.
func TestCheckpointRejects(t *testing.T) {
	good := `{"version":1,"chainId":"1337","escrow":"` + testEscrow.Hex() + `","lastBlock":5,"open":{}}`
	for _, tc := range []struct{ name, body, want string }{
		{"other chain", `{"version":1,"chainId":"1","escrow":"` + testEscrow.Hex() + `","lastBlock":5,"open":{}}`, "belongs to escrow"},
		{"other escrow", `{"version":1,"chainId":"1337","escrow":"0x0000000000000000000000000000000000000001","lastBlock":5}`, "belongs to escrow"},
		{"other version", `{"version":2,"chainId":"1337","escrow":"` + testEscrow.Hex() + `"}`, "version 2"},
		{"torn file", good[:40], "not valid JSON"},
		{"bad id", `{"version":1,"chainId":"1337","escrow":"` + testEscrow.Hex() + `","open":{"x":{"expiresAt":1,"remaining":"1"}}}`, "bad packet id"},
		{"bad amount", `{"version":1,"chainId":"1337","escrow":"` + testEscrow.Hex() + `","open":{"1":{"expiresAt":1,"remaining":"0"}}}`, "bad remaining"},
		{"bad quarantined id", `{"version":1,"chainId":"1337","escrow":"` + testEscrow.Hex() + `","quarantine":{"x":{"failures":1,"retryPass":3}}}`, "bad quarantined packet id"},
		{"bad failure count", `{"version":1,"chainId":"1337","escrow":"` + testEscrow.Hex() + `","quarantine":{"1":{"failures":0,"retryPass":3}}}`, "bad failure count"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "keeper.json")
			require.NoError(t, os.WriteFile(path, []byte(tc.body), 0o600))
			_, err := loadState(path, testChain, testEscrow)
			require.ErrorContains(t, err, tc.want)
		})
	}
	path := filepath.Join(t.TempDir(), "keeper.json")
	require.NoError(t, os.WriteFile(path, []byte(good), 0o600))
	s, err := loadState(path, testChain, testEscrow)
	require.NoError(t, err)
	require.Equal(t, uint64(6), s.nextBlock(0))
}

// An in-memory keeper (no checkpoint path) never writes a file.
func TestCheckpointInMemory(t *testing.T) {
	s, err := loadState("", testChain, testEscrow)
	require.NoError(t, err)
	s.scanned = true
	require.NoError(t, s.save())
}

// A checkpoint with nothing set aside is written as before the quarantine was kept (no pass, no quarantine),
// and a checkpoint of an older keeper, without them, loads with an empty quarantine.
func TestCheckpointWithoutQuarantine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keeper.json")
	s, err := loadState(path, testChain, testEscrow)
	require.NoError(t, err)
	s.scanned, s.lastBlock, s.pass = true, 8, 5
	require.NoError(t, s.save())
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NotContains(t, string(data), "quarantine")
	require.NotContains(t, string(data), "pass")

	back, err := loadState(path, testChain, testEscrow)
	require.NoError(t, err)
	require.Empty(t, back.quarantine)
	require.Zero(t, back.pass)
}
