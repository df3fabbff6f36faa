// Package merkle builds allowlists in the format of OpenZeppelin's StandardMerkleTree with one `address` per
// leaf, so that proofs made here, by @openzeppelin/merkle-tree in a browser, and checked by the escrow agree.
// Leaf: keccak256(keccak256(abi.encode(address))); inner node: keccak256 of the sorted pair; leaves sorted
// by hash and laid out as a complete binary tree in an array, as the JavaScript library does.
package merkle

import (
	"bytes"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Tree is an allowlist of addresses.
type Tree struct {
	nodes []common.Hash
	index map[common.Address]int // address -> position in nodes
}

// Leaf returns the leaf hash of an address.
func Leaf(a common.Address) common.Hash {
	inner := crypto.Keccak256(common.LeftPadBytes(a.Bytes(), 32))
	return crypto.Keccak256Hash(inner)
}

func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// New builds the tree of a non-empty list of distinct addresses.
func New(addrs []common.Address) (*Tree, error) {
	if len(addrs) == 0 {
		return nil, errors.New("merkle: the allowlist is empty")
	}
	type leaf struct {
		hash common.Hash
		addr common.Address
	}
	leaves := make([]leaf, len(addrs))
	seen := make(map[common.Address]bool, len(addrs))
	for i, a := range addrs {
		if seen[a] {
			return nil, fmt.Errorf("merkle: %s appears twice in the allowlist", a)
		}
		seen[a] = true
		leaves[i] = leaf{Leaf(a), a}
	}
	sort.Slice(leaves, func(i, j int) bool { return bytes.Compare(leaves[i].hash[:], leaves[j].hash[:]) < 0 })
	n := len(leaves)
	t := &Tree{nodes: make([]common.Hash, 2*n-1), index: make(map[common.Address]int, n)}
	for i, l := range leaves {
		pos := len(t.nodes) - 1 - i
		t.nodes[pos] = l.hash
		t.index[l.addr] = pos
	}
	for i := len(t.nodes) - 1 - n; i >= 0; i-- {
		t.nodes[i] = hashPair(t.nodes[2*i+1], t.nodes[2*i+2])
	}
	return t, nil
}

// Root is the Merkle root to store in the packet.
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Proof returns the proof of addr, or false when addr is not in the list.
func (t *Tree) Proof(addr common.Address) ([]common.Hash, bool) {
	j, ok := t.index[addr]
	if !ok {
		return nil, false
	}
	proof := []common.Hash{}
	for j > 0 {
		sib := j + 1
		if j%2 == 0 {
			sib = j - 1
		}
		proof = append(proof, t.nodes[sib])
		j = (j - 1) / 2
	}
	return proof, true
}

// Verify checks a proof against a root, as the contract does.
func Verify(root common.Hash, addr common.Address, proof []common.Hash) bool {
	h := Leaf(addr)
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

// EncodeProof returns abi.encode(bytes32[] proof): the `auth` argument of a claim on an allowlist packet.
func EncodeProof(proof []common.Hash) []byte {
	out := make([]byte, 0, 64+32*len(proof))
	out = append(out, common.LeftPadBytes([]byte{0x20}, 32)...)
	out = append(out, common.LeftPadBytes(bigEndian(uint64(len(proof))), 32)...)
	for _, p := range proof {
		out = append(out, p[:]...)
	}
	return out
}

func bigEndian(v uint64) []byte {
	b := make([]byte, 8)
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
	return b
}
