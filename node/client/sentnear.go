package client

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// findSentNear is findSent with a free first guess. On a chain whose block timestamps strictly increase (every
// Ethereum-style chain but a few L2s), block lo+k is stamped loTime+k or later, so a packet created within
// `window` seconds of the span's first block is within `window` blocks of it: one eth_getLogs over those
// blocks finds its PacketSent log without a header read. The timestamp search costs a number of header reads
// that grows with the chain on chains where many blocks share a timestamp (bursts, dev chains' mining of empty
// blocks), which is where a young escrow's packets otherwise send it. A guess that misses (a chain with
// several blocks a second) costs that one request, and the search runs as before.
func (c *Client) findSentNear(ctx context.Context, id *big.Int, createdAt uint64, sp span) (*types.Log, *escrow.HongbaoEscrowPacketSent, error) {
	if createdAt > sp.loTime && createdAt-sp.loTime < c.window() {
		from, to := sp.lo+1, min(sp.lo+(createdAt-sp.loTime), sp.hi)
		logs, err := c.fetch(ctx, [][]common.Hash{{topicSent}, {common.BigToHash(id)}}, from, to)
		if err != nil {
			return nil, nil, err
		}
		for i := range logs {
			if ev, err := c.abi.UnpackPacketSentEvent(&logs[i]); err == nil {
				return &logs[i], ev, nil
			}
		}
	}
	return c.findSent(ctx, id, createdAt, sp)
}
