// Package merkle builds the escrow's Merkle trees in the format of OpenZeppelin's StandardMerkleTree, so that
// proofs made here, by @openzeppelin/merkle-tree in a browser, and checked by the escrow agree:
//
//   - allowlists (Tree): one `address` per leaf, leaf = keccak256(keccak256(abi.encode(address)));
//   - claim tickets (TicketTree): leaf encoding ["uint256", "address"], values [index, ticket address] for
//     index 0..n-1, leaf = keccak256(keccak256(abi.encode(index, address))).
//
// Inner node: keccak256 of the sorted pair; leaves sorted by hash and laid out as a complete binary tree in
// an array (leaf i of the sorted list at position len-1-i), as the JavaScript library does.
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
	hashes := make([]common.Hash, len(leaves))
	for i, l := range leaves {
		hashes[i] = l.hash
	}
	nodes, pos := build(hashes)
	t := &Tree{nodes: nodes, index: make(map[common.Address]int, len(leaves))}
	for i, l := range leaves {
		t.index[l.addr] = pos[i]
	}
	return t, nil
}

// build lays out leaf hashes as OpenZeppelin's StandardMerkleTree does: sorted by hash, the i-th smallest at
// position len-1-i of a complete binary tree of 2n-1 nodes, inner nodes the hash of their sorted children.
// pos[i] is where leaves[i] went.
func build(leaves []common.Hash) (nodes []common.Hash, pos []int) {
	n := len(leaves)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return bytes.Compare(leaves[order[a]][:], leaves[order[b]][:]) < 0 })
	nodes, pos = make([]common.Hash, 2*n-1), make([]int, n)
	for rank, i := range order {
		p := len(nodes) - 1 - rank
		nodes[p] = leaves[i]
		pos[i] = p
	}
	for i := len(nodes) - 1 - n; i >= 0; i-- {
		nodes[i] = hashPair(nodes[2*i+1], nodes[2*i+2])
	}
	return nodes, pos
}

// proofAt is the proof of the node at position j: the sibling at each level up to the root.
func proofAt(nodes []common.Hash, j int) []common.Hash {
	proof := []common.Hash{}
	for j > 0 {
		sib := j + 1
		if j%2 == 0 {
			sib = j - 1
		}
		proof = append(proof, nodes[sib])
		j = (j - 1) / 2
	}
	return proof
}

// verify folds a proof into a leaf and compares with the root, as OpenZeppelin's MerkleProof does.
func verify(root, leaf common.Hash, proof []common.Hash) bool {
	for _, p := range proof {
		leaf = hashPair(leaf, p)
	}
	return leaf == root
}

// Root is the Merkle root to store in the packet.
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Proof returns the proof of addr, or false when addr is not in the list.
func (t *Tree) Proof(addr common.Address) ([]common.Hash, bool) {
	j, ok := t.index[addr]
	if !ok {
		return nil, false
	}
	return proofAt(t.nodes, j), true
}

// Verify checks a proof against a root, as the contract does.
func Verify(root common.Hash, addr common.Address, proof []common.Hash) bool {
	return verify(root, Leaf(addr), proof)
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
