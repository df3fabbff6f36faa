package web_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/merkle"
)

// The send page makes a ticket packet's tickets in JavaScript (contracts/codes.mjs: ticketTree, makeTickets):
// random keys, the Merkle tree of node/merkle's TicketTree and node/client's hbt1 codes. test/tickets-vectors.json
// holds trees, proofs and codes made by the Go code, and the Go sentences for malformed codes; this test keeps the
// file true to the Go code (run with -update to rewrite it), test/tickets.test.mjs checks the JavaScript against it.

const ticketVectorsFile = "test/tickets-vectors.json"

type ticketSet struct {
	Keys      []string   `json:"keys"`
	Addresses []string   `json:"addresses"`
	Root      string     `json:"root"`
	Proofs    [][]string `json:"proofs"`
	Codes     []string   `json:"codes"`
}

type ticketVectors struct {
	Comment string      `json:"comment"`
	Sets    []ticketSet `json:"sets"`
	Bad     []badVector `json:"bad"`
}

func hexes(hs []common.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Hex()
	}
	return out
}

// ticketSetOf builds the tree and codes of the given ticket keys with node/merkle and node/client.
func ticketSetOf(t *testing.T, keys []*big.Int) ticketSet {
	t.Helper()
	var s ticketSet
	addrs := make([]common.Address, len(keys))
	for i, d := range keys {
		k, err := crypto.ToECDSA(common.LeftPadBytes(d.Bytes(), 32))
		require.NoError(t, err)
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
		s.Keys = append(s.Keys, hexKey(d))
		s.Addresses = append(s.Addresses, addrs[i].Hex())
	}
	tree, err := merkle.NewTickets(addrs)
	require.NoError(t, err)
	s.Root = tree.Root().Hex()
	for i, d := range keys {
		proof, ok := tree.Proof(i)
		require.True(t, ok)
		require.True(t, merkle.VerifyTicket(tree.Root(), uint64(i), addrs[i], proof), "ticket %d of %d", i, len(keys))
		k, err := crypto.ToECDSA(common.LeftPadBytes(d.Bytes(), 32))
		require.NoError(t, err)
		s.Proofs = append(s.Proofs, hexes(proof))
		s.Codes = append(s.Codes, client.FormatTicketCode(client.Ticket{Index: uint16(i), Key: k, Proof: proof}))
	}
	return s
}

func makeTicketVectors(t *testing.T) ticketVectors {
	v := ticketVectors{Comment: "made by `go test ./web -run TestTicketVectors -update` from node/merkle and node/client; do not edit"}
	escrow := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	// Sizes around the powers of two (an unbalanced last level), keys derived as the CLI derives them.
	for i, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 16, 33} {
		ts, tree, err := client.DeriveTickets(devkeys.Key(i%3), big.NewInt(31337), escrow, uint64(i), n)
		require.NoError(t, err)
		keys := make([]*big.Int, n)
		for j, tk := range ts {
			keys[j] = tk.Key.D
		}
		s := ticketSetOf(t, keys)
		require.Equal(t, tree.Root().Hex(), s.Root)
		require.Equal(t, client.FormatTicketCodes(ts), s.Codes)
		v.Sets = append(v.Sets, s)
	}
	// Small keys (leading zero bytes: leading '1's in the code), and one key twice (the index tells the leaves apart).
	n := crypto.S256().Params().N
	v.Sets = append(v.Sets, ticketSetOf(t, []*big.Int{big.NewInt(1), big.NewInt(0x010203), new(big.Int).Sub(n, big.NewInt(1)), big.NewInt(1)}))

	good := v.Sets[4].Codes[2]
	typo := []byte(good)
	typo[10] = map[bool]byte{true: '2', false: '3'}[typo[10] == '3']
	bad := []string{"", "  ", "hb1" + good[4:], "HBT1" + good[4:], "hbt1", "hbt10OIl", good[:40], good + "z", string(typo),
		ticketWithChecksum(new(big.Int), 0), // key 0
		ticketWithChecksum(n, 1),            // key = n: not below the order
	}
	for _, code := range bad {
		_, err := client.ParseTicketCode(code)
		require.Error(t, err, code)
		v.Bad = append(v.Bad, badVector{Code: code, Message: err.Error()})
	}
	return v
}

// ticketWithChecksum encodes a 32-byte value (valid key or not) and an index, no proof, as a ticket code with a
// correct checksum.
func ticketWithChecksum(d *big.Int, index byte) string {
	raw := append(common.LeftPadBytes(d.Bytes(), 32), 0, index)
	sum := crypto.Keccak256([]byte("hongbao ticket code"), raw)[:4]
	return "hbt1" + base58(append(raw, sum...))
}

func TestTicketVectors(t *testing.T) {
	got := golden(t, ticketVectorsFile, makeTicketVectors(t))
	// The file's codes parse back to their keys, indices and proofs in Go (the JavaScript test checks the same).
	for _, s := range got.Sets {
		for i, code := range s.Codes {
			tk, err := client.ParseTicketCode(code)
			require.NoError(t, err)
			require.Equal(t, s.Keys[i], hexKey(tk.Key.D))
			require.Equal(t, uint16(i), tk.Index)
			require.Equal(t, s.Proofs[i], hexes(tk.Proof))
		}
	}
	require.Len(t, got.Sets, 11)
	require.Len(t, got.Bad, 11)
}
