package client

import (
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// findSentNear reads a packet created within a page of seconds of the deployment from the blocks its time
// allows, with no header read; a guess that misses (as on a chain with several blocks a second) and a packet
// created later go through the timestamp search, and every case finds the same PacketSent log.
func TestFindSentNear(t *testing.T) {
	e := newEnv(t)
	sender := e.client(1)
	send := func() *big.Int {
		s, err := sender.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(3)})
		require.NoError(t, err)
		return s.ID
	}
	e.backend.sim.Commit()
	early := send() // a few blocks and seconds after the deployment
	require.NoError(t, e.backend.sim.AdjustTime(3*defaultWindow*time.Second))
	e.backend.sim.Commit()
	late := send() // more than a page of seconds after it
	for range 50 {
		e.backend.sim.Commit()
	}

	cb := &countingBackend{autoCommit: e.backend}
	reader, err := New(e.ctx, cb, e.Escrow, nil)
	require.NoError(t, err)
	tests := []struct {
		name        string
		id          *big.Int
		denser      bool // pretend the deployment block is stamped later: blocks denser than one a second
		wantHeaders int  // header reads of the search (the span's ends are read before); -1: not checked
		wantLogs    int  // eth_getLogs to find the PacketSent log
	}{
		{name: "near the deployment: one eth_getLogs, no header read", id: early, wantHeaders: 0, wantLogs: 1},
		{name: "a guess that misses: the search finds it", id: early, denser: true, wantHeaders: -1, wantLogs: 2},
		{name: "a page of seconds later: the search, no guess", id: late, wantHeaders: -1, wantLogs: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := New(e.ctx, cb, e.Escrow, nil, WithFromBlock(reader.FromBlock()))
			require.NoError(t, err)
			v, err := c.existing(e.ctx, tt.id)
			require.NoError(t, err)
			sp, err := c.chainSpan(e.ctx)
			require.NoError(t, err)
			want, _, err := c.findSent(e.ctx, tt.id, v.CreatedAt.Uint64(), sp)
			require.NoError(t, err)
			if tt.denser {
				sp.loTime = v.CreatedAt.Uint64() - 1 // the guess covers the block after the deployment only
				require.Greater(t, want.BlockNumber, sp.lo+1, "the packet is past the guessed block")
			}
			fresh, err := New(e.ctx, cb, e.Escrow, nil, WithFromBlock(reader.FromBlock())) // no cached headers
			require.NoError(t, err)
			cb.reset()
			got, ev, err := fresh.findSentNear(e.ctx, tt.id, v.CreatedAt.Uint64(), sp)
			require.NoError(t, err)
			require.Equal(t, tt.id, ev.Id)
			require.Equal(t, want.TxHash, got.TxHash)
			require.Equal(t, want.BlockNumber, got.BlockNumber)
			require.Equal(t, tt.wantLogs, cb.getLogs, "eth_getLogs")
			if tt.wantHeaders >= 0 { // else the search's own (few on this short chain: not what is tested)
				require.Equal(t, tt.wantHeaders, cb.headers, "header reads")
			}
		})
	}
}
