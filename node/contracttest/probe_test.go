package contracttest

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

func TestProbeGas(t *testing.T) {
	e, err := New(12)
	require.NoError(t, err)
	defer e.Close()
	ck, _ := crypto.GenerateKey()
	id, r, err := e.SendPacket(e.Key(0), GroupParams(Lucky, 10, Ether(1), crypto.PubkeyToAddress(ck.PublicKey)))
	require.NoError(t, err)
	t.Logf("send lucky eth: %d", r.GasUsed)
	_, r, _ = e.SendPacket(e.Key(0), GroupParams(Lucky, 10, Ether(1), crypto.PubkeyToAddress(ck.PublicKey)))
	t.Logf("2nd send lucky eth: %d", r.GasUsed)
	for i := 1; i <= 10; i++ {
		r, err := e.ClaimWithKey(e.Key(i), ck, id)
		require.NoError(t, err)
		t.Logf("claim %d: %d", i, r.GasUsed)
	}
	id, r, err = e.SendPacket(e.Key(0), GroupParams(Lucky, 10, Ether(1), crypto.PubkeyToAddress(ck.PublicKey)))
	require.NoError(t, err)
	require.NoError(t, e.Warp(2*24*time.Hour))
	r, err = e.Tx(e.Key(5), nil, EscrowABI.PackRefund(id))
	require.NoError(t, err)
	t.Logf("refund: %d", r.GasUsed)
	var ids []*big.Int
	for i := 0; i < 50; i++ {
		id, _, err = e.SendPacket(e.Key(0), GroupParams(Lucky, 10, Ether(1), crypto.PubkeyToAddress(ck.PublicKey)))
		require.NoError(t, err)
		ids = append(ids, id)
	}
	require.NoError(t, e.Warp(2*24*time.Hour))
	r, err = e.Tx(e.Key(5), nil, EscrowABI.PackRefundMany(ids))
	require.NoError(t, err)
	t.Logf("refundMany 50: %d per packet", r.GasUsed/50)
}
