package relay

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// inflight tracks the claims being submitted, per packet, so that concurrent claims never race each other
// into a revert: no more claims of a packet are in flight than it has shares left, and a claimer has at
// most one claim of a packet in flight.
//
// A claim reads the packet's shares left from the chain and then reserves. The read is only trusted if no
// claim of the packet finished in between (the slot's generation did not move): a finished claim has
// taken a share that a read made before it may still count as free. Claims mined but not yet finished are
// counted both as taken on chain and as in flight, which errs on the safe side.
type inflight struct {
	mu    sync.Mutex
	slots map[string]*slot
}

type slot struct {
	refs     int                     // tickets open on this packet (keeps gen alive while claims look at it)
	gen      uint64                  // bumped each time a claim of the packet finishes
	claimers map[common.Address]bool // claims in flight
	changed  chan struct{}           // closed (and replaced) each time a claim finishes
}

func newInflight() *inflight { return &inflight{slots: map[string]*slot{}} }

// ticket is one request's hold on a packet's slot.
type ticket struct {
	f   *inflight
	key string
	s   *slot
}

// open takes a ticket on packet key; close it with done.
func (f *inflight) open(key string) *ticket {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, ok := f.slots[key]
	if !ok {
		s = &slot{claimers: map[common.Address]bool{}, changed: make(chan struct{})}
		f.slots[key] = s
	}
	s.refs++
	return &ticket{f: f, key: key, s: s}
}

// done gives the ticket back; the slot goes when no request holds it.
func (t *ticket) done() {
	t.f.mu.Lock()
	defer t.f.mu.Unlock()
	t.s.refs--
	if t.s.refs == 0 {
		delete(t.f.slots, t.key)
	}
}

// generation is read before the shares left are read from the chain.
func (t *ticket) generation() uint64 {
	t.f.mu.Lock()
	defer t.f.mu.Unlock()
	return t.s.gen
}

// reserveResult is what reserve decided.
type reserveResult int

const (
	reserved  reserveResult = iota // go ahead; call release when the claim is finished
	duplicate                      // this claimer already has a claim of the packet in flight
	stale                          // a claim finished since gen was read: read the chain again
	full                           // as many claims in flight as shares left: wait on the channel, then read again
)

// reserve claims a place for claimer, given the shares left read from the chain at generation gen.
func (t *ticket) reserve(claimer common.Address, left int, gen uint64) (reserveResult, <-chan struct{}) {
	t.f.mu.Lock()
	defer t.f.mu.Unlock()
	s := t.s
	switch {
	case s.claimers[claimer]:
		return duplicate, nil
	case s.gen != gen:
		return stale, nil
	case len(s.claimers) >= left:
		return full, s.changed
	}
	s.claimers[claimer] = true
	return reserved, nil
}

// release ends claimer's claim in flight and wakes the claims waiting for a place.
func (t *ticket) release(claimer common.Address) {
	t.f.mu.Lock()
	defer t.f.mu.Unlock()
	s := t.s
	delete(s.claimers, claimer)
	s.gen++
	close(s.changed)
	s.changed = make(chan struct{})
}
