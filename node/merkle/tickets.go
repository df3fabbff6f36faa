package merkle

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxTickets is the most tickets one packet can have: one per share, and a packet has at most 10,000 shares.
const MaxTickets = 10_000

// TicketTree commits to the ticket keys of a Tickets packet: OpenZeppelin's StandardMerkleTree with leaf
// encoding ["uint256", "address"] and values [index, ticket address], index 0..n-1 in the order given.
type TicketTree struct {
	nodes []common.Hash
	pos   []int // index -> position in nodes
	addrs []common.Address
}

// TicketLeaf is the leaf hash of ticket index with key address addr: keccak256(keccak256(abi.encode(index, addr))).
func TicketLeaf(index uint64, addr common.Address) common.Hash {
	inner := crypto.Keccak256(common.LeftPadBytes(new(big.Int).SetUint64(index).Bytes(), 32), common.LeftPadBytes(addr.Bytes(), 32))
	return crypto.Keccak256Hash(inner)
}

// NewTickets builds the tree of ticket addresses; ticket i is addrs[i]. The addresses need not be distinct
// (the index tells the leaves apart), but there must be 1 to MaxTickets of them.
func NewTickets(addrs []common.Address) (*TicketTree, error) {
	if len(addrs) == 0 {
		return nil, errors.New("merkle: a ticket packet needs at least one ticket")
	}
	if len(addrs) > MaxTickets {
		return nil, fmt.Errorf("merkle: %d tickets, more than the %d shares a packet can have", len(addrs), MaxTickets)
	}
	leaves := make([]common.Hash, len(addrs))
	for i, a := range addrs {
		leaves[i] = TicketLeaf(uint64(i), a)
	}
	nodes, pos := build(leaves)
	return &TicketTree{nodes: nodes, pos: pos, addrs: append([]common.Address(nil), addrs...)}, nil
}

// Root is the Merkle root to store in the packet.
func (t *TicketTree) Root() common.Hash { return t.nodes[0] }

// Len is the number of tickets.
func (t *TicketTree) Len() int { return len(t.pos) }

// Address is the key address of ticket index.
func (t *TicketTree) Address(index int) common.Address { return t.addrs[index] }

// Proof returns the proof of ticket index, or false when there is no such ticket.
func (t *TicketTree) Proof(index int) ([]common.Hash, bool) {
	if index < 0 || index >= len(t.pos) {
		return nil, false
	}
	return proofAt(t.nodes, t.pos[index]), true
}

// VerifyTicket checks the proof of ticket (index, addr) against a root, as the escrow does.
func VerifyTicket(root common.Hash, index uint64, addr common.Address, proof []common.Hash) bool {
	return verify(root, TicketLeaf(index, addr), proof)
}
