package txsend

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// initCode creates a contract whose code is the single byte 0x2a: MSTORE8(0, 0x2a), RETURN(0, 1).
var initCode = common.FromHex("0x602a60005360016000f3")

// A Request without To is a contract creation: the contract lands at the address of the key and the nonce
// the Sender gave the transaction.
func TestSimContractCreation(t *testing.T) {
	e := newSim(t)
	s := e.sender(0)
	first, err := s.Send(e.ctx, e.transfer()) // nonce 0: the creation below gets nonce 1
	require.NoError(t, err)
	p, err := s.Send(e.ctx, Request{Data: initCode, Gas: 100_000})
	require.NoError(t, err)
	require.Nil(t, p.Transaction().To())
	require.Equal(t, uint64(1), p.Nonce())
	e.mine(p.Transaction())
	_, err = first.Wait(e.ctx)
	require.NoError(t, err)
	r, err := p.Wait(e.ctx)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	addr := crypto.CreateAddress(s.Address(), 1)
	require.Equal(t, addr, r.ContractAddress)
	code, err := e.chain.Client.CodeAt(e.ctx, addr, nil)
	require.NoError(t, err)
	require.Equal(t, []byte{0x2a}, code)
}

// A creation's fee bump is a creation too, with the same nonce and code.
func TestCreationBumped(t *testing.T) {
	f := newFake()
	ev := newEvents()
	p, err := sender(f, ev).Send(context.Background(), Request{Data: initCode, Gas: 100_000})
	require.NoError(t, err)
	done := waitAsync(context.Background(), p)
	f.advance(3)
	b := next[Bumped](ev)
	sent := f.sends()
	require.Len(t, sent, 2)
	require.Equal(t, b.New, sent[1].Hash())
	for _, tx := range sent {
		require.Nil(t, tx.To())
		require.Equal(t, initCode, tx.Data())
		require.Equal(t, uint64(0), tx.Nonce())
	}
	f.mine(sent[1])
	require.NoError(t, (<-done).err)
}

// A node may serve a receipt before its head has reached the receipt's block (geth indexes a block's
// receipts a moment before it moves its head marker). Wait counts the receipt only once the head is there,
// so that a call against "latest" right after sees the state the transaction made.
func TestReceiptAheadOfHead(t *testing.T) {
	f := newFake()
	ev := newEvents()
	p, err := sender(f, ev).Send(context.Background(), transfer()) // at head 100
	require.NoError(t, err)
	f.advance(1)                 // block 101 without it
	r := f.mine(p.Transaction()) // block 102
	f.mu.Lock()
	f.head = 101 // the receipt is indexed, the head not moved yet
	f.mu.Unlock()
	done := waitAsync(context.Background(), p)
	require.Equal(t, r, next[Mined](ev).Receipt)
	requireWaiting(t, done)
	f.advance(1)
	res := <-done
	require.NoError(t, res.err)
	require.Equal(t, r, res.r)
	require.Equal(t, big.NewInt(102), res.r.BlockNumber)
}

// While the head is the block a transaction was sent at, Wait asks for nothing but the head: the transaction
// cannot be in a block that was the head before it left.
func TestNoLookBeforeANewBlock(t *testing.T) {
	f := newFake()
	p, err := sender(f, nil).Send(context.Background(), transfer()) // at head 100
	require.NoError(t, err)
	looked, heads := make(chan uint64, 16), make(chan uint64, 16)
	f.mu.Lock()
	f.onReceipt = func(common.Hash) {
		f.mu.Lock()
		h := f.head
		f.mu.Unlock()
		looked <- h
	}
	f.onHead = func(h uint64) {
		select {
		case heads <- h:
		default:
		}
	}
	f.mu.Unlock()
	done := waitAsync(context.Background(), p)
	require.Equal(t, uint64(100), <-heads)
	require.Equal(t, uint64(100), <-heads, "polled twice at the head it was sent at")
	r := f.mine(p.Transaction()) // block 101
	require.Equal(t, uint64(101), <-looked, "the first receipt lookup is at the new head")
	res := <-done
	require.NoError(t, res.err)
	require.Equal(t, r, res.r)
	f.mu.Lock()
	defer f.mu.Unlock()
	require.Equal(t, uint64(0), f.nonceAskedAt, "the receipt was there: no nonce read")
}
