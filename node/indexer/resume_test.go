package indexer

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// flakyBackend wraps a backend to inject failures: it cancels the sync's context on the n-th FilterLogs call
// (a kill between node calls), refuses log ranges wider than maxSpan, and fails the first failHeaders header
// reads.
type flakyBackend struct {
	Backend
	cancelAt    int64
	cancel      context.CancelFunc
	calls       atomic.Int64
	maxSpan     uint64
	widest      atomic.Uint64
	failHeaders atomic.Int64
}

func (f *flakyBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n := f.calls.Add(1)
	if f.cancel != nil && n == f.cancelAt {
		f.cancel()
		return nil, ctx.Err()
	}
	span := q.ToBlock.Uint64() - q.FromBlock.Uint64() + 1
	if f.maxSpan > 0 && span > f.maxSpan {
		return nil, errors.New("query returned more than 10000 results")
	}
	for {
		w := f.widest.Load()
		if span <= w || f.widest.CompareAndSwap(w, span) {
			break
		}
	}
	return f.Backend.FilterLogs(ctx, q)
}

func (f *flakyBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if f.failHeaders.Add(-1) >= 0 {
		return nil, errors.New("connection refused")
	}
	return f.Backend.HeaderByNumber(ctx, n)
}

// TestKilledMidSyncResumes kills a catch-up again and again (in the middle of a batch's transaction, and
// between node calls), reopens the database each time, and checks that the finished index is identical,
// table by table, to a clean full sync.
func TestKilledMidSyncResumes(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 11)
	w.run(300)

	clean, _ := openDB(t, "clean.db")
	pr := syncAll(t, w.indexer(clean, Config{}))
	require.Greater(t, pr.Events, 200, "the run must leave enough events to kill a sync several times")
	want := dump(t, clean)

	dir := t.TempDir()
	path := dir + "/killed.db"
	kills := 0
	for attempt := 0; ; attempt++ {
		require.Less(t, attempt, 200, "the sync never finished")
		db, err := Open(context.Background(), path)
		require.NoError(t, err)
		ctx, cancel := context.WithCancel(context.Background())
		fb := &flakyBackend{Backend: w.env.Client}
		ix, err := New(db, fb, Config{Escrow: w.env.Escrow, MaxRange: 5})
		require.NoError(t, err)
		if attempt%3 == 2 {
			fb.cancel, fb.cancelAt = cancel, 4 // killed between node calls (the reader fetches ahead)
		} else {
			// Killed in the middle of a page's transaction: halfway through the (2 + attempt%3)-th page with
			// logs, so that every attempt commits at least one page first.
			pages := 0
			ix.testHookApplied = func(i, n int) {
				if i == 0 {
					pages++
				}
				if pages == 2+attempt%3 && i == n/2 {
					cancel()
				}
			}
		}
		_, err = ix.Sync(ctx)
		cancel()
		require.NoError(t, db.Close())
		if err == nil {
			break
		}
		require.Error(t, ctx.Err(), "the sync failed without being killed: %v", err)
		kills++
	}
	require.GreaterOrEqual(t, kills, 10, "too few kills to mean anything")
	db, err := Open(context.Background(), path)
	require.NoError(t, err)
	defer db.Close()
	require.Equal(t, want, dump(t, db), "the resumed index differs from a clean full sync")
	w.assertMatchesChain(db)
	t.Logf("%d events, %d kills", pr.Events, kills)
}

// TestNarrowsRefusedRanges: a node that refuses wide eth_getLogs ranges gets narrower ones, and the index comes
// out the same as with a node that accepts any range.
func TestNarrowsRefusedRanges(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 12)
	w.run(60)
	clean, _ := openDB(t, "clean.db")
	syncAll(t, w.indexer(clean, Config{}))

	db, _ := openDB(t, "narrow.db")
	fb := &flakyBackend{Backend: w.env.Client, maxSpan: 7}
	ix, err := New(db, fb, Config{Escrow: w.env.Escrow, MaxRange: 100})
	require.NoError(t, err)
	syncAll(t, ix)
	require.LessOrEqual(t, fb.widest.Load(), uint64(7), "a refused range was used")
	require.Equal(t, dump(t, clean), dump(t, db))
}

// TestNodeErrorsAreReturnedAndRetried: Sync returns a node error; Run retries it and indexes once the node
// answers.
func TestNodeErrorsAreReturnedAndRetried(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 13)
	w.run(30)
	db, _ := openDB(t, "index.db")
	fb := &flakyBackend{Backend: w.env.Client}
	fb.failHeaders.Store(1)
	ix, err := New(db, fb, Config{Escrow: w.env.Escrow})
	require.NoError(t, err)
	_, err = ix.Sync(context.Background())
	require.ErrorContains(t, err, "connection refused")
	cp, err := db.Checkpoint(context.Background())
	require.NoError(t, err)
	require.False(t, cp.Set, "a failed sync moved the checkpoint")

	// Run: three more failures, then it catches up; the test stops it once the checkpoint reaches the head.
	head, err := w.env.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	fb.failHeaders.Store(3)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stopper := &stopAt{Backend: fb, db: db, block: head, cancel: cancel}
	ix.backend = stopper
	require.NoError(t, ix.Run(ctx, 0))
	w.assertMatchesChain(db)
}

// stopAt cancels Run once the index has reached block.
type stopAt struct {
	Backend
	db     *DB
	block  uint64
	cancel context.CancelFunc
}

func (s *stopAt) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if cp, err := s.db.Checkpoint(ctx); err == nil && cp.Set && cp.Block >= s.block {
		s.cancel()
	}
	return s.Backend.HeaderByNumber(ctx, n)
}
