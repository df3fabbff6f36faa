package risk

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/indexer"
)

// History is the sender's earlier sends, the chain's time, and which blocks they were read from.
type History struct {
	Sends []Sent
	// Now is the head block's time: bursts are counted in chain time, the packets' own clock.
	Now    time.Time
	Window Window
}

// BlockRange is an inclusive range of blocks.
type BlockRange struct {
	From uint64 `json:"from"`
	To   uint64 `json:"to"`
}

// Blocks is how many blocks the range holds.
func (r BlockRange) Blocks() uint64 { return r.To - r.From + 1 }

// Window says which blocks the history was read from, so that a warning (or its absence) can be taken for
// what it is worth: a history with blocks left unread may miss an earlier payment or send.
type Window struct {
	Source    string      `json:"source"`    // "index" when the local index was read, else "logs"
	Head      uint64      `json:"head"`      // the head block when the history was read
	FromBlock uint64      `json:"fromBlock"` // the escrow's first block: nothing is older
	Indexed   *BlockRange `json:"indexed,omitempty"`
	Recent    *BlockRange `json:"recent,omitempty"` // read from the chain's logs, the sender's sends only
	Unread    *BlockRange `json:"unread,omitempty"` // neither: the rules did not see these blocks
	Complete  bool        `json:"complete"`         // every block from FromBlock to Head was read
	Sends     int         `json:"sends"`            // the sender's earlier sends found
}

// Sentence says what the history was, for a note beside the warnings: "" when it is complete.
func (w Window) Sentence() string {
	if w.Complete {
		return ""
	}
	var parts []string
	if w.Indexed != nil {
		parts = append(parts, fmt.Sprintf("the index up to block %d", w.Indexed.To))
	}
	if w.Recent != nil {
		parts = append(parts, fmt.Sprintf("the last %d blocks (%d-%d)", w.Recent.Blocks(), w.Recent.From, w.Recent.To))
	}
	s := "risk checks used " + strings.Join(parts, " and ")
	if w.Unread != nil {
		s += fmt.Sprintf("; blocks %d-%d (%d) were not read", w.Unread.From, w.Unread.To, w.Unread.Blocks())
	}
	if w.Source == "index" {
		s += ": the index is still catching up"
	}
	return s
}

// seen qualifies a count of earlier sends when part of the history was not read.
func (w Window) seen() string {
	if w.Complete {
		return ""
	}
	return " in the history read"
}

// Parts of a Source a ReadError names.
const (
	PartHead  = "head"  // a header read (the head, a block's time)
	PartLogs  = "logs"  // the chain's logs
	PartIndex = "index" // the local index database
)

// ReadError is a history that could not be read, with the part that failed (callers phrase each their way:
// an endpoint that does not answer, an index to rebuild).
type ReadError struct {
	Part string
	Err  error
}

func (e *ReadError) Error() string { return e.Err.Error() }
func (e *ReadError) Unwrap() error { return e.Err }

// Source gives the sender's history.
type Source interface {
	History(ctx context.Context, sender common.Address) (*History, error)
}

// LogReader is the node's one way to read logs (*logs.Reader): paged to what the endpoint accepts.
type LogReader interface {
	Fetch(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	// Range is the page size in blocks the endpoint accepts (0: unbounded).
	Range() uint64
}

// HeaderReader reads block headers (nil: the head).
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Defaults of the windows, in pages of the log reader's range, so that their cost in calls is the same
// behind any provider: a send's risk checks must fit its budget (docs/performance.md) at any chain age.
const (
	// DefaultRecentPages is how many pages back from the head ChainWindow reads.
	DefaultRecentPages = 2
	// DefaultFullPages: an index at most this many pages behind is caught up whole before it is read.
	DefaultFullPages = 10
	// DefaultCatchUpPages: an index further behind is moved on by this many pages, and the blocks between it
	// and the recent window are left for later (the next sends, or `hongbao index`).
	DefaultCatchUpPages = 4
)

var (
	escrowBinding = escrow.NewHongbaoEscrow()
	topicSent     = escrowBinding.GetABI().Events["PacketSent"].ID
)

// ChainWindow reads the sender's sends of the last few pages of blocks from the chain's logs (the PacketSent
// events with the sender's topic): a bounded cost, and a partial history unless the escrow is that young.
type ChainWindow struct {
	Escrow    common.Address
	FromBlock uint64 // the escrow's deployment block: nothing older is read
	Logs      LogReader
	Headers   HeaderReader
	Pages     int // DefaultRecentPages when 0
}

// History reads the window ending at the head.
func (c *ChainWindow) History(ctx context.Context, sender common.Address) (*History, error) {
	head, err := c.Headers.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, &ReadError{Part: PartHead, Err: fmt.Errorf("read the head: %w", err)}
	}
	sends, r, err := c.read(ctx, sender, head.Number.Uint64(), c.FromBlock)
	if err != nil {
		return nil, err
	}
	w := Window{Source: "logs", Head: head.Number.Uint64(), FromBlock: c.FromBlock, Recent: r, Sends: len(sends)}
	w.Complete = r == nil || r.From <= c.FromBlock
	if !w.Complete {
		w.Unread = &BlockRange{From: c.FromBlock, To: r.From - 1}
	}
	return &History{Sends: sends, Now: blockTime(head), Window: w}, nil
}

// read reads the sender's sends in the window's pages before head, not below lowest; r is nil when there is
// nothing to read (lowest above head).
func (c *ChainWindow) read(ctx context.Context, sender common.Address, head, lowest uint64) ([]Sent, *BlockRange, error) {
	if lowest > head {
		return nil, nil, nil
	}
	from := lowest
	pages := uint64(c.Pages)
	if pages == 0 {
		pages = DefaultRecentPages
	}
	if page := c.Logs.Range(); page != 0 && head-lowest+1 > pages*page {
		from = head - pages*page + 1
	}
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{c.Escrow},
		Topics:    [][]common.Hash{{topicSent}, nil, {common.BytesToHash(sender.Bytes())}},
	}
	logs, err := c.Logs.Fetch(ctx, q)
	if err != nil {
		return nil, nil, &ReadError{Part: PartLogs, Err: fmt.Errorf("read your sends of blocks %d-%d: %w", from, head, err)}
	}
	times := map[uint64]time.Time{} // blocks of nodes whose logs carry no blockTimestamp
	sends := make([]Sent, 0, len(logs))
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		ev, err := escrowBinding.UnpackPacketSentEvent(l)
		if err != nil {
			return nil, nil, fmt.Errorf("decode the PacketSent log of block %d: %w", l.BlockNumber, err)
		}
		at := time.Unix(int64(l.BlockTimestamp), 0).UTC()
		if l.BlockTimestamp == 0 {
			t, ok := times[l.BlockNumber]
			if !ok {
				h, err := c.Headers.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
				if err != nil {
					return nil, nil, &ReadError{Part: PartHead, Err: fmt.Errorf("read the time of block %d: %w", l.BlockNumber, err)}
				}
				t = blockTime(h)
				times[l.BlockNumber] = t
			}
			at = t
		}
		if !ev.Id.IsUint64() {
			continue // not an id this escrow hands out
		}
		sends = append(sends, Sent{ID: ev.Id.Uint64(), Token: ev.Token, Total: ev.Total,
			Direct: client.Kind(ev.Kind) == client.Direct, Recipient: ev.Recipient, CreatedAt: at})
	}
	return sends, &BlockRange{From: from, To: head}, nil
}

func blockTime(h *types.Header) time.Time { return time.Unix(int64(h.Time), 0).UTC() }

// Indexed reads the history from the local index (hongbao index), brought up to date first when that is
// cheap. An index far behind the head (the first send after a long while, or on a new machine) is moved on by
// a bounded number of pages, and the last pages before the head are read from the chain instead; the blocks
// in between are left unread, and the Window says so. The cost of a check is then bounded by the pages,
// whatever the chain's age and the sender's history; the index catches up over the next sends (or at once
// with `hongbao index`).
type Indexed struct {
	DB *indexer.DB
	// CatchUp syncs DB up to the head less confirmations blocks (the caller's indexer: it knows the endpoint,
	// the escrow and where to show progress).
	CatchUp func(ctx context.Context, confirmations uint64) error
	// Chain reads the recent window when the index stays behind, and the head.
	Chain        *ChainWindow
	FullPages    int // DefaultFullPages when 0
	CatchUpPages int // DefaultCatchUpPages when 0
}

// History brings the index up to date (or on by CatchUpPages), reads the sender's packets from it, and adds
// the recent window from the chain when the index is still behind.
func (x *Indexed) History(ctx context.Context, sender common.Address) (*History, error) {
	top, err := x.Chain.Headers.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, &ReadError{Part: PartHead, Err: fmt.Errorf("read the head: %w", err)}
	}
	head := top.Number.Uint64()
	cp, err := x.DB.Checkpoint(ctx)
	if err != nil {
		return nil, &ReadError{Part: PartIndex, Err: fmt.Errorf("read the index's checkpoint: %w", err)}
	}
	start := x.Chain.FromBlock // the first block the index lacks
	if cp.Set {
		start = cp.Block + 1
	}
	full, step := pagesOr(x.FullPages, DefaultFullPages), pagesOr(x.CatchUpPages, DefaultCatchUpPages)
	page := x.Chain.Logs.Range()
	behind := head >= start && page != 0 && head-start+1 > full*page
	confirmations := uint64(0)
	if target := start + step*page - 1; behind && target < head {
		confirmations = head - target
	} else {
		behind = false // CatchUpPages reaches the head: a whole catch-up
	}
	if err := x.CatchUp(ctx, confirmations); err != nil {
		return nil, err
	}
	if cp, err = x.DB.Checkpoint(ctx); err != nil {
		return nil, &ReadError{Part: PartIndex, Err: fmt.Errorf("read the index's checkpoint: %w", err)}
	}
	packets, err := x.DB.Packets(ctx, indexer.PacketFilter{Sender: sender})
	if err != nil {
		return nil, &ReadError{Part: PartIndex, Err: fmt.Errorf("read your packets from the index: %w", err)}
	}
	h := &History{Now: blockTime(top), Window: Window{Source: "index", Head: head, FromBlock: x.Chain.FromBlock, Complete: true}}
	seen := map[uint64]bool{}
	for _, p := range packets {
		seen[p.ID] = true
		h.Sends = append(h.Sends, Sent{ID: p.ID, Token: p.Token, Total: p.Total, Direct: p.Kind == indexer.KindDirect,
			Recipient: p.Recipient, CreatedAt: time.Unix(int64(p.CreatedAt), 0).UTC()})
	}
	indexedTo := x.Chain.FromBlock
	if cp.Set {
		indexedTo = cp.Block + 1
		h.Window.Indexed = &BlockRange{From: x.Chain.FromBlock, To: cp.Block}
	}
	if indexedTo <= head {
		if !behind {
			// Caught up whole, to the head the indexer read (at least ours): nothing can be missing; a
			// checkpoint below our head is the index's confirmation depth, not a gap.
			h.Window.Sends = len(h.Sends)
			return h, nil
		}
		recent, r, err := x.Chain.read(ctx, sender, head, indexedTo)
		if err != nil {
			return nil, err
		}
		for _, s := range recent {
			if !seen[s.ID] {
				h.Sends = append(h.Sends, s)
			}
		}
		h.Window.Recent = r
		if r != nil && r.From > indexedTo {
			h.Window.Unread, h.Window.Complete = &BlockRange{From: indexedTo, To: r.From - 1}, false
		}
	}
	h.Window.Sends = len(h.Sends)
	return h, nil
}

func pagesOr(n, def int) uint64 {
	if n <= 0 {
		return uint64(def)
	}
	return uint64(n)
}
