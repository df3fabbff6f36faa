package web_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/devkeys"
)

// The claim page ports node/client's claim codes to JavaScript (src/claimcode.js). test/claimcode-vectors.json
// holds codes and refusals made by the Go code; this test keeps the file true to the Go code, and
// test/claimcode.test.mjs checks the JavaScript port against the same file.

var update = flag.Bool("update", false, "rewrite test/claimcode-vectors.json from the Go code")

const vectorsFile = "test/claimcode-vectors.json"

type goodVector struct {
	Key  string `json:"key"`
	Code string `json:"code"`
}

type badVector struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type vectors struct {
	Comment string       `json:"comment"`
	Good    []goodVector `json:"good"`
	Bad     []badVector  `json:"bad"`
}

func keyOf(t *testing.T, d *big.Int) string {
	t.Helper()
	k, err := crypto.ToECDSA(math.PaddedBigBytes(d, 32))
	require.NoError(t, err)
	return hexKey(k.D)
}

func hexKey(d *big.Int) string { return "0x" + common.Bytes2Hex(math.PaddedBigBytes(d, 32)) }

// makeVectors computes the vectors from the Go code.
func makeVectors(t *testing.T) vectors {
	n := crypto.S256().Params().N
	keys := []*big.Int{
		big.NewInt(1),                        // 31 leading zero bytes: many leading '1's
		big.NewInt(0x010203),                 // leading zero bytes again
		new(big.Int).Sub(n, big.NewInt(1)),   // the largest key
		new(big.Int).Lsh(big.NewInt(1), 248), // one leading byte, the rest zero
	}
	for i := range 3 {
		keys = append(keys, devkeys.Key(i).D)
		keys = append(keys, client.DeriveClaimKey(devkeys.Key(i), big.NewInt(31337),
			common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), uint64(i)).D)
	}
	v := vectors{Comment: "made by `go test ./web -run TestClaimCodeVectors -update` from node/client; do not edit"}
	for _, d := range keys {
		k, err := crypto.ToECDSA(math.PaddedBigBytes(d, 32))
		require.NoError(t, err)
		v.Good = append(v.Good, goodVector{Key: keyOf(t, d), Code: client.FormatClaimCode(k)})
	}
	good := v.Good[5].Code
	typo := []byte(good)
	typo[10] = map[bool]byte{true: '2', false: '3'}[typo[10] == '3']
	bad := []string{
		"", "   ", "hb2" + good[3:], "HB1" + good[3:], "hb1", "hb10OIl", good[:30], good + "z", string(typo),
		withChecksum(new(big.Int)),                       // key 0
		withChecksum(n),                                  // key = n: not below the order
		withChecksum(new(big.Int).Add(n, big.NewInt(5))), // above the order
	}
	for _, code := range bad {
		_, err := client.ParseClaimCode(code)
		require.Error(t, err, code)
		v.Bad = append(v.Bad, badVector{Code: code, Message: err.Error()})
	}
	return v
}

// withChecksum encodes a 32-byte value (valid key or not) as a claim code with a correct checksum.
func withChecksum(d *big.Int) string {
	raw := math.PaddedBigBytes(d, 32)
	sum := crypto.Keccak256([]byte("hongbao claim code"), raw)[:4]
	return "hb1" + base58(append(raw, sum...))
}

func base58(b []byte) string {
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	x := new(big.Int).SetBytes(b)
	var out []byte
	for x.Sign() > 0 {
		m := new(big.Int)
		x.DivMod(x, big.NewInt(58), m)
		out = append([]byte{alphabet[m.Int64()]}, out...)
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append([]byte{'1'}, out...)
	}
	return string(out)
}

// golden compares the vectors file with want (what the Go code makes now), after writing it with -update, and
// returns what the file holds.
func golden[T any](t *testing.T, file string, want T) T {
	t.Helper()
	rerun := fmt.Sprintf("run `go test ./web -run %s -update`", t.Name())
	if *update {
		data, err := json.MarshalIndent(want, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(file, append(data, '\n'), 0o644))
	}
	data, err := os.ReadFile(file)
	require.NoError(t, err, rerun)
	var got T
	require.NoError(t, json.Unmarshal(data, &got))
	require.Equal(t, want, got, "%s is out of date with the Go code: %s", file, rerun)
	return got
}

func TestClaimCodeVectors(t *testing.T) {
	got := golden(t, vectorsFile, makeVectors(t))
	// The file's good codes parse back to their keys in Go (the JavaScript test checks the same).
	for _, g := range got.Good {
		k, err := client.ParseClaimCode(g.Code)
		require.NoError(t, err)
		require.Equal(t, g.Key, hexKey(k.D))
	}
	require.Len(t, got.Good, 10)
	require.Len(t, got.Bad, 12)
}
