package client

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Reading many packets by id through the escrow's batch views (getPacketMany, hasClaimedMany, lastPacketId):
// for `list` when the local index is far behind the head. Packets have sequential ids, so the packets sent
// since the index's newest are the ids after it; their cost grows with the number of packets sent meanwhile,
// not with the blocks, as a log scan's does.

// ViewPage is how many packets one getPacketMany or hasClaimedMany call reads: a few million gas of
// eth_call, well under the gas caps of nodes and providers (50M on geth and most of them).
const ViewPage = 100

// LastPacketID is the id of the newest packet of the escrow (0: none yet).
func (c *Client) LastPacketID(ctx context.Context) (uint64, error) {
	n, err := read(ctx, c, c.abi.PackLastPacketId(), c.abi.UnpackLastPacketId, false, "lastPacketId")
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// PacketViews reads packets ids as the escrow holds them now (one call per ViewPage ids, and each new
// token's symbol and decimals once), in the order of ids, as of time now. What a view lacks is left for the
// caller: no claims, and a zero Total (only the PacketSent log has it); a closed packet's shares and times
// read zero. An id that does not exist gives nil.
func (c *Client) PacketViews(ctx context.Context, ids []*big.Int, now time.Time) ([]*Packet, error) {
	out := make([]*Packet, 0, len(ids))
	for start := 0; start < len(ids); start += ViewPage {
		page := ids[start:min(start+ViewPage, len(ids))]
		views, err := read(ctx, c, c.abi.PackGetPacketMany(page), c.abi.UnpackGetPacketMany, false, "getPacketMany")
		if err != nil {
			return nil, err
		}
		for i := range views {
			if views[i].Sender == (common.Address{}) {
				out = append(out, nil)
				continue
			}
			if views[i].Id == nil || views[i].Id.Sign() == 0 {
				views[i].Id = page[i]
			}
			p, err := c.packetFromView(ctx, views[i], now)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
	}
	return out, nil
}

// ClaimedBy reports, for each of ids in order, whether who claimed a share of it (true also after a full
// return, rules C5): one hasClaimedMany call per ViewPage ids.
func (c *Client) ClaimedBy(ctx context.Context, ids []*big.Int, who common.Address) ([]bool, error) {
	out := make([]bool, 0, len(ids))
	for start := 0; start < len(ids); start += ViewPage {
		page := ids[start:min(start+ViewPage, len(ids))]
		got, err := read(ctx, c, c.abi.PackHasClaimedMany(page, who), c.abi.UnpackHasClaimedMany, false, "hasClaimedMany")
		if err != nil {
			return nil, err
		}
		out = append(out, got.Claimed...)
	}
	return out, nil
}
