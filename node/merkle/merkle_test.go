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
