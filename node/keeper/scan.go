package keeper

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// closingEvents are the events after which a packet holds nothing: every withdrawal clause that takes the
// whole rest. (Claimed closes a packet only when it takes the last of it; Returned never touches it.)
var closingEvents = []string{
	escrow.HongbaoEscrowRefundedEventName,
	escrow.HongbaoEscrowCoolOffWithdrawnEventName,
	escrow.HongbaoEscrowUndoneEventName,
	escrow.HongbaoEscrowUndoApprovedEventName,
	escrow.HongbaoEscrowDeclinedEventName,
	escrow.HongbaoEscrowInterceptedEventName,
}

// eventTopics are the topic ids the scan asks for.
type eventTopics struct {
	sent, claimed, refunded common.Hash
	pending                 common.Hash // SharePending: a sealed claim waiting for its draw (settle.go)
	stopped                 common.Hash // RefundBatchStopped: read from the keeper's own receipts, not scanned
	closing                 map[common.Hash]bool
	all                     []common.Hash
}

func newEventTopics() (eventTopics, error) {
	parsed, err := escrow.HongbaoEscrowMetaData.ParseABI()
	if err != nil {
		return eventTopics{}, fmt.Errorf("keeper: parse the escrow ABI: %w", err)
	}
	id := func(name string) common.Hash { return parsed.Events[name].ID }
	t := eventTopics{
		sent:     id(escrow.HongbaoEscrowPacketSentEventName),
		claimed:  id(escrow.HongbaoEscrowClaimedEventName),
		refunded: id(escrow.HongbaoEscrowRefundedEventName),
		pending:  id(escrow.HongbaoEscrowSharePendingEventName),
		stopped:  id(escrow.HongbaoEscrowRefundBatchStoppedEventName),
		closing:  map[common.Hash]bool{},
	}
	t.all = []common.Hash{t.sent, t.claimed, t.pending}
	for _, name := range closingEvents {
		t.closing[id(name)] = true
		t.all = append(t.all, id(name))
	}
	return t, nil
}

// head reads the head block header.
func (k *Keeper) head(ctx context.Context) (*types.Header, error) {
	var h *types.Header
	err := k.retry(ctx, "read the head block", func(ctx context.Context) (err error) {
		h, err = k.backend.HeaderByNumber(ctx, nil)
		return err
	})
	return h, err
}

// scan applies the escrow's logs from the checkpoint up to head - Confirmations, page by page as the log
// reader fetches them (it narrows the range when the node refuses one and grows it back after), saving the
// checkpoint after each page. Without a checkpoint, or with one far behind, it first lets bootstrap rebuild the
// open set from the escrow's views when that costs fewer calls (bootstrap.go).
func (k *Keeper) scan(ctx context.Context, head uint64, sum *Summary) error {
	from := k.state.nextBlock(k.cfg.StartBlock)
	defer func() { k.metrics.setScan(k.state.lastBlock, head) }()
	if head < k.cfg.Confirmations {
		return nil
	}
	target := head - k.cfg.Confirmations
	if from > target {
		return nil
	}
	sum.FromBlock, sum.Scanned = from, true
	if done, err := k.bootstrap(ctx, from, target, sum); err != nil || done {
		return err
	}
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(target),
		Addresses: []common.Address{k.cfg.Escrow},
		Topics:    [][]common.Hash{k.topics.all},
	}
	err := k.logs.Scan(ctx, q, func(pageFrom, pageTo uint64, logs []types.Log) error {
		for i := range logs {
			k.apply(&logs[i])
		}
		k.state.scanned, k.state.lastBlock = true, pageTo
		sum.ToBlock = pageTo
		if err := k.state.save(); err != nil {
			return err
		}
		k.log.Debug("scanned", "from", pageFrom, "to", pageTo, "logs", len(logs), "open", len(k.state.open))
		return nil
	})
	if err != nil {
		k.metrics.rpcError()
		return fmt.Errorf("scan blocks %d-%d: %w", from, target, err)
	}
	return nil
}

// apply updates the open set with one log. Logs that do not decode are ignored with a warning: they cannot
// come from this escrow's ABI, and refunds are simulated anyway.
func (k *Keeper) apply(l *types.Log) {
	if l.Address != k.cfg.Escrow || len(l.Topics) < 2 || l.Removed {
		return
	}
	id, ok := packetID(l.Topics[1])
	if !ok {
		k.log.Warn("packet id out of range; ignored", "tx", l.TxHash, "topic", l.Topics[1])
		return
	}
	switch topic := l.Topics[0]; {
	case topic == k.topics.sent:
		ev, err := k.abi.UnpackPacketSentEvent(l)
		if err != nil || !ev.ExpiresAt.IsUint64() {
			k.log.Warn("undecodable PacketSent; ignored", "tx", l.TxHash, "err", err)
			return
		}
		if ev.Total.Sign() > 0 {
			k.state.open[id] = &openPacket{expiresAt: ev.ExpiresAt.Uint64(), remaining: new(big.Int).Set(ev.Total)}
		}
	case topic == k.topics.claimed:
		ev, err := k.abi.UnpackClaimedEvent(l)
		if err != nil {
			k.log.Warn("undecodable Claimed; ignored", "tx", l.TxHash, "err", err)
			return
		}
		if p := k.state.open[id]; p != nil {
			p.remaining.Sub(p.remaining, ev.Amount)
			if p.remaining.Sign() <= 0 {
				delete(k.state.open, id)
			}
		}
	case topic == k.topics.pending:
		k.state.notePending(id, l.BlockNumber)
	case k.topics.closing[topic]:
		delete(k.state.open, id)
	}
}

// packetID reads an indexed uint256 packet id; the escrow numbers packets with a uint64 counter.
func packetID(topic common.Hash) (uint64, bool) {
	v := new(big.Int).SetBytes(topic.Bytes())
	return v.Uint64(), v.IsUint64()
}

// callPending makes msg as an eth_call against the pending block and decodes its answer (callAt).
func callPending[T any](ctx context.Context, k *Keeper, what, method string, msg ethereum.CallMsg, decode func([]byte) (T, error)) (T, error) {
	return callAt(ctx, k, nil, what, method, msg, decode)
}

// callAt makes msg as an eth_call at block number block (nil: the pending block) and decodes its answer: node
// failures are retried (k.retry, named by what), a revert or an answer that does not decode is permanent.
func callAt[T any](ctx context.Context, k *Keeper, block *big.Int, what, method string, msg ethereum.CallMsg, decode func([]byte) (T, error)) (T, error) {
	var out T
	err := k.retry(ctx, what, func(ctx context.Context) error {
		var raw []byte
		var err error
		if block == nil {
			raw, err = k.backend.PendingCallContract(ctx, msg)
		} else {
			raw, err = k.backend.CallContract(ctx, msg, block)
		}
		if err != nil {
			if isRevert(err) {
				return permanent(fmt.Errorf("%s reverted: %w", method, err))
			}
			return err
		}
		if out, err = decode(raw); err != nil {
			return permanent(fmt.Errorf("decode the answer of %s: %w", method, err))
		}
		return nil
	})
	return out, err
}

// packetView reads getPacket(id) in the pending block.
func (k *Keeper) packetView(ctx context.Context, id uint64) (escrow.IHongbaoEscrowPacketView, error) {
	msg := ethereum.CallMsg{To: &k.cfg.Escrow, Data: k.abi.PackGetPacket(new(big.Int).SetUint64(id))}
	return callPending(ctx, k, fmt.Sprintf("read packet %d", id), "getPacket", msg, k.abi.UnpackGetPacket)
}
