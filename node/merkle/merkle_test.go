package merkle

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func addrs(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = common.BigToAddress(big.NewInt(int64(1000 + i)))
	}
	return out
}

func TestEveryMemberProvesAndOutsidersDoNot(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		list := addrs(n)
		tree, err := New(list)
		require.NoError(t, err)
		for _, a := range list {
			p, ok := tree.Proof(a)
			require.True(t, ok)
			require.True(t, Verify(tree.Root(), a, p), "n=%d %s", n, a)
		}
		_, ok := tree.Proof(common.HexToAddress("0xdead"))
		require.False(t, ok)
		p, _ := tree.Proof(list[0])
		require.False(t, Verify(tree.Root(), common.HexToAddress("0xdead"), p))
	}
}

// The root @openzeppelin/merkle-tree 1.x gives for StandardMerkleTree.of([[a],[b],[c]], ["address"]) with the
// three addresses below (computed with the JavaScript library).
func TestMatchesOpenZeppelinJS(t *testing.T) {
	tree, err := New([]common.Address{
		common.HexToAddress("0x1111111111111111111111111111111111111111"),
		common.HexToAddress("0x2222222222222222222222222222222222222222"),
		common.HexToAddress("0x3333333333333333333333333333333333333333"),
	})
	require.NoError(t, err)
	require.Equal(t, ozRoot3, tree.Root().Hex())
}

func TestRejectsEmptyAndDuplicates(t *testing.T) {
	_, err := New(nil)
	require.ErrorContains(t, err, "empty")
	a := common.HexToAddress("0x01")
	_, err = New([]common.Address{a, a})
	require.ErrorContains(t, err, "twice")
}

const ozRoot3 = "0xae6afff7b7c4d883d5efd44afa0b98e80317697e8984b4c2de7c54b49c1c4dd4"

func hashes(hexes ...string) []common.Hash {
	out := make([]common.Hash, len(hexes))
	for i, h := range hexes {
		out[i] = common.HexToHash(h)
	}
	return out
}

// Roots and proofs @openzeppelin/merkle-tree 1.0.8 gives for StandardMerkleTree.of(values, ["uint256", "address"])
// with values [i, 0x1111…11 * (i+1)] for i in 0..n-1 (computed with the JavaScript library: tree.root,
// tree.getProof(i)).
func TestTicketTreeMatchesOpenZeppelinJS(t *testing.T) {
	ticketAddr := func(i int) common.Address {
		var a common.Address
		for j := range a {
			a[j] = byte(0x11 * (i + 1))
		}
		return a
	}
	tests := []struct {
		n      int
		root   string
		proofs [][]common.Hash // nil: not checked
	}{
		{n: 1, root: "0x53d1ea11c02bccf00efa13950923d7ec0991024794dcc0a5de4788c13baf062c", proofs: [][]common.Hash{{}}},
		{n: 2, root: "0x3240c86f751f8d996187613ec9d2dfe7a6d0155da0b13a82d05b94ea59838d94", proofs: [][]common.Hash{
			hashes("0x7b4e4429a12d7c7f52f97ac3310a7f766c8a424a830a3b5423010430bc468c18"),
			hashes("0x53d1ea11c02bccf00efa13950923d7ec0991024794dcc0a5de4788c13baf062c"),
		}},
		{n: 3, root: "0x67d1588ee46edc7d8cf54c2f58983de0cbe128f5ca63d2df29ac0d1ee333bcd2"},
		{n: 5, root: "0x2437c5e19af555cac3a09611cd86d09c831bd1bae43a364ceeba05fc764f0b14", proofs: [][]common.Hash{
			hashes("0x0cbb6eb1853daf8519c4402c080f1eea521b2c7b948dd3fa19840f908c41be1c",
				"0xf450839c8a16c609eeebc87c8f4f91a943de08a4a2f3688d8c1c89d3638ffe69",
				"0x0161dfc817c6d09585ce717aec2490539e7db5774c3adeef020738487bfbd1fe"),
			hashes("0x8d613f9f57d96ed74d7ff6ae6a942604d014f22da8c17ecc75f32a96e16dc35e",
				"0x99d4c6c5c09ea02f11cee87916a1bc8fb00f80cde685193e06986b952a2f4d80"),
			hashes("0x53d1ea11c02bccf00efa13950923d7ec0991024794dcc0a5de4788c13baf062c",
				"0xf450839c8a16c609eeebc87c8f4f91a943de08a4a2f3688d8c1c89d3638ffe69",
				"0x0161dfc817c6d09585ce717aec2490539e7db5774c3adeef020738487bfbd1fe"),
			hashes("0x7b4e4429a12d7c7f52f97ac3310a7f766c8a424a830a3b5423010430bc468c18",
				"0x99d4c6c5c09ea02f11cee87916a1bc8fb00f80cde685193e06986b952a2f4d80"),
			hashes("0x93597baba1ce6562815b37de66dcb585ebf06bb5040b73c7a19204b30412e8b7",
				"0x0161dfc817c6d09585ce717aec2490539e7db5774c3adeef020738487bfbd1fe"),
		}},
	}
	for _, tc := range tests {
		list := make([]common.Address, tc.n)
		for i := range list {
			list[i] = ticketAddr(i)
		}
		tree, err := NewTickets(list)
		require.NoError(t, err)
		require.Equal(t, tc.root, tree.Root().Hex(), "n=%d", tc.n)
		for i, want := range tc.proofs {
			got, ok := tree.Proof(i)
			require.True(t, ok)
			require.Equal(t, want, got, "n=%d proof of %d", tc.n, i)
		}
	}
}

func TestEveryTicketProvesOnlyItsOwnIndex(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 16, 257} {
		list := addrs(n)
		tree, err := NewTickets(list)
		require.NoError(t, err)
		require.Equal(t, n, tree.Len())
		for i, a := range list {
			p, ok := tree.Proof(i)
			require.True(t, ok)
			require.True(t, VerifyTicket(tree.Root(), uint64(i), a, p), "n=%d i=%d", n, i)
			require.Equal(t, a, tree.Address(i))
			if n > 1 {
				other := (i + 1) % n
				require.False(t, VerifyTicket(tree.Root(), uint64(other), a, p), "ticket %d's proof must not prove index %d", i, other)
				require.False(t, VerifyTicket(tree.Root(), uint64(i), list[other], p), "another key must not use ticket %d", i)
			}
		}
		_, ok := tree.Proof(n)
		require.False(t, ok)
		_, ok = tree.Proof(-1)
		require.False(t, ok)
	}
}

func TestTicketTreeLimits(t *testing.T) {
	_, err := NewTickets(nil)
	require.ErrorContains(t, err, "at least one")
	_, err = NewTickets(make([]common.Address, MaxTickets+1))
	require.ErrorContains(t, err, "10000")
	same := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x01")}
	tree, err := NewTickets(same)
	require.NoError(t, err, "the index tells equal addresses apart")
	require.NotEqual(t, tree.nodes[1], tree.nodes[2])
}
