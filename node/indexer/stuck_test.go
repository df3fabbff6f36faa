package indexer

import (
	"bytes"
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// stuckBackend is a node one of whose methods stops answering: from its (skip+1)-th call on, the call waits until
// release is closed or its context ends, as a call on a dead TCP connection does.
type stuckBackend struct {
	Backend
	method  string // "HeaderByNumber", "FilterLogs" or "CallContract"
	skip    int64
	calls   atomic.Int64
	entered chan struct{} // closed when the first call gets stuck
	once    atomic.Bool
	release chan struct{}
}

func newStuck(b Backend, method string, skip int64) *stuckBackend {
	return &stuckBackend{Backend: b, method: method, skip: skip, entered: make(chan struct{}), release: make(chan struct{})}
}

func (s *stuckBackend) hang(ctx context.Context, method string) error {
	if method != s.method || s.calls.Add(1) <= s.skip {
		return nil
	}
	if s.once.CompareAndSwap(false, true) {
		close(s.entered)
	}
	select {
	case <-s.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *stuckBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := s.hang(ctx, "HeaderByNumber"); err != nil {
		return nil, err
	}
	return s.Backend.HeaderByNumber(ctx, n)
}

func (s *stuckBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := s.hang(ctx, "FilterLogs"); err != nil {
		return nil, err
	}
	return s.Backend.FilterLogs(ctx, q)
}

func (s *stuckBackend) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if err := s.hang(ctx, "CallContract"); err != nil {
		return nil, err
	}
	return s.Backend.CallContract(ctx, call, n)
}

// stuckCases: the node calls a sync makes, each where it happens. Headers: the fourth call is the re-check of
// the batch's top block after its logs arrived. CallContract: symbol() of a token the batch names first.
var stuckCases = []struct {
	method string
	skip   int64
}{{"HeaderByNumber", 3}, {"FilterLogs", 0}, {"CallContract", 0}}

// syncedWithMore is an index synced over 30 operations, with 30 more on the chain, and the ERC-20 tokens
// forgotten so that the next batch reads their symbol and decimals from the node again.
func syncedWithMore(t *testing.T) (*world, *DB) {
	w := newWorld(t, 51)
	w.run(30)
	db, _ := openDB(t, "index.db")
	syncAll(t, w.indexer(db, Config{}))
	w.run(30)
	_, err := db.SQL().Exec(`DELETE FROM tokens WHERE address != ?`, addrText(common.Address{}))
	require.NoError(t, err)
	return w, db
}

// TestStuckNodeCallHoldsNoConnection: while a sync waits on a node call that does not answer, the database is
// free: History, Export, Reconcile and Packets complete. Released, the sync finishes and the index matches the
// chain.
func TestStuckNodeCallHoldsNoConnection(t *testing.T) {
	for _, tc := range stuckCases {
		t.Run(tc.method, func(t *testing.T) {
			w, db := syncedWithMore(t)
			stuck := newStuck(w.env.Client, tc.method, tc.skip)
			ix, err := New(db, stuck, Config{Escrow: w.env.Escrow, CallTimeout: -1})
			require.NoError(t, err)
			ctx := hangGuard(t, 2*time.Minute)
			done := make(chan error, 1)
			go func() {
				_, err := ix.Sync(ctx)
				done <- err
			}()
			select {
			case <-stuck.entered:
			case err := <-done:
				t.Fatalf("the sync finished without making the call that hangs: %v", err)
			}

			recs, err := db.History(ctx, Filter{})
			require.NoError(t, err)
			require.NotEmpty(t, recs)
			var csv bytes.Buffer
			require.NoError(t, db.Export(ctx, time.Time{}, time.Time{}, &csv))
			require.Equal(t, len(recs)+1, bytes.Count(csv.Bytes(), []byte("\n")), "export: header and one line per record")
			rec, err := db.Reconcile(ctx, w.env.Client)
			require.NoError(t, err)
			require.True(t, rec.Balanced(), "reconcile at block %d", rec.Block)
			_, err = db.Packets(ctx, PacketFilter{})
			require.NoError(t, err)

			close(stuck.release)
			require.NoError(t, <-done)
			w.assertMatchesChain(db)
		})
	}
}

// TestStuckNodeCallTimesOut: a node call that never answers fails after CallTimeout, so Sync returns the error
// (for Run to retry) instead of hanging, and the checkpoint has not moved.
func TestStuckNodeCallTimesOut(t *testing.T) {
	for _, tc := range stuckCases {
		t.Run(tc.method, func(t *testing.T) {
			w, db := syncedWithMore(t)
			before, err := db.Checkpoint(context.Background())
			require.NoError(t, err)
			stuck := newStuck(w.env.Client, tc.method, tc.skip)
			ix, err := New(db, stuck, Config{Escrow: w.env.Escrow, CallTimeout: 50 * time.Millisecond})
			require.NoError(t, err)
			ctx := hangGuard(t, 2*time.Minute)
			_, err = ix.Sync(ctx)
			require.ErrorIs(t, err, context.DeadlineExceeded)
			require.NoError(t, ctx.Err(), "the hang guard ended the sync, not the call timeout")
			after, err := db.Checkpoint(ctx)
			require.NoError(t, err)
			require.Equal(t, before, after)
		})
	}
}
