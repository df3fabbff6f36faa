package relay

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/client"
)

// The sealed draw (rules §3) at the relayer: a relayed claim of a sealed lucky packet takes an index and
// pays nothing yet; the share, and the relayer's fee, are paid when it is drawn from the hash of the next
// block. The relayer draws it itself in the background once it can (client.WaitDrawn: it waits for the next
// block, settles, or reads the draw when the claimer, the packet's next claim or a keeper came first). The
// background work is bounded: at most Config.MaxSettling draws wait at once (a claim beyond that is left to
// the others who draw), each for at most Config.SettleTimeout.

// Defaults of the sealed draw.
const (
	DefaultMaxSettling   = 64
	DefaultSettleTimeout = 10 * time.Minute
)

// settler runs the background draws.
type settler struct {
	slots chan struct{}
	wg    sync.WaitGroup
}

func newSettler(n int) *settler { return &settler{slots: make(chan struct{}, n)} }

// settleLater draws the share of a relayed sealed claim in the background; false when every slot is busy.
func (r *Relayer) settleLater(res *client.ClaimResult) bool {
	select {
	case r.settler.slots <- struct{}{}:
	default:
		r.log.Warn("too many draws waiting; this one is left to the claimer, the next claim or a keeper",
			"packet", res.ID.String(), "claimer", res.Claimer.Hex(), "index", res.Index)
		return false
	}
	r.settler.wg.Add(1)
	go func() {
		defer r.settler.wg.Done()
		defer func() { <-r.settler.slots }()
		ctx, cancel := context.WithTimeout(context.Background(), r.cfg.SettleTimeout)
		defer cancel()
		d, err := r.cl.WaitDrawn(ctx, res)
		if err != nil {
			r.log.Warn("could not draw a relayed sealed share", "packet", res.ID.String(), "claimer", res.Claimer.Hex(),
				"index", res.Index, "err", err)
			return
		}
		r.log.Info("relayed sealed share drawn", "packet", res.ID.String(), "claimer", res.Claimer.Hex(), "index", d.Index,
			"amount", d.Amount.String(), "fee", d.Fee.String(), "tx", d.DrawTx.TxHash.Hex(), "by_relayer", d.ByMe)
	}()
	return true
}

// WaitSettles waits until the background draws started so far are done (for a clean shutdown, and tests).
func (r *Relayer) WaitSettles() { r.settler.wg.Wait() }

// pendingInfo is a share of a sealed packet waiting for its draw ("drawing…").
type pendingInfo struct {
	Index   uint64         `json:"index"`
	Claimer common.Address `json:"claimer"`
	Block   uint64         `json:"block"`
	ReadyAt uint64         `json:"readyAt"`
}

func pendingInfos(ps []client.PendingShare) []pendingInfo {
	out := []pendingInfo{}
	for _, p := range ps {
		out = append(out, pendingInfo{Index: p.Index, Claimer: p.Claimer, Block: p.Block, ReadyAt: p.ReadyAt})
	}
	return out
}
