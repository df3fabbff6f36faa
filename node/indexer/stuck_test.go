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

// stuckCases: the node calls a sync makes, each where it happens. Headers: the second call is the check that
// the checkpoint is still on the chain (the first reads the head). CallContract: symbol() of a token the page
// names first.
var stuckCases = []struct {
	method string
	skip   int64
}{{"HeaderByNumber", 1}, {"FilterLogs", 0}, {"CallContract", 0}}

// moreWithTokensForgotten runs 30 more operations and makes the index forget the ERC-20 tokens, so that the
// next batch reads their symbol and decimals from the node again.
func moreWithTokensForgotten(t *testing.T, w *world, db *DB) {
	w.run(30)
	_, err := db.SQL().Exec(`DELETE FROM tokens WHERE address != ?`, addrText(common.Address{}))
	require.NoError(t, err)
}

// TestStuckNodeCall: a node call that does not answer (a dead connection) at each place a sync calls the node.
// While the sync waits on it, the database is free: History, Export, Reconcile and Packets complete; released,
// the sync finishes and the index matches the chain. With a CallTimeout the call fails instead, Sync returns
// the error (for Run to retry) rather than hang, and the checkpoint has not moved.
func TestStuckNodeCall(t *testing.T) {
	t.Parallel()
	for _, tc := range stuckCases {
		t.Run(tc.method, func(t *testing.T) {
			w := newWorld(t, 51)
			w.run(30)
			db, _ := openDB(t, "index.db")
			syncAll(t, w.indexer(db, Config{}))
			ctx := hangGuard(t, 3*time.Minute)

			moreWithTokensForgotten(t, w, db)
			readersRunWhileStuck(ctx, t, w, db, newStuck(w.env.Client, tc.method, tc.skip))
			w.assertMatchesChain(db)

			moreWithTokensForgotten(t, w, db)
			before, err := db.Checkpoint(ctx)
			require.NoError(t, err)
			ix, err := New(db, newStuck(w.env.Client, tc.method, tc.skip), Config{Escrow: w.env.Escrow, CallTimeout: 50 * time.Millisecond})
			require.NoError(t, err)
			_, err = ix.Sync(ctx)
			require.ErrorIs(t, err, context.DeadlineExceeded)
			require.NoError(t, ctx.Err(), "the hang guard ended the sync, not the call timeout")
			after, err := db.Checkpoint(ctx)
			require.NoError(t, err)
			require.Equal(t, before, after)
		})
	}
}

// readersRunWhileStuck syncs through stuck (no call timeout) and, once the sync waits on the stuck call, reads
// the index every way the CLI does; then it releases the call and waits for the sync.
func readersRunWhileStuck(ctx context.Context, t *testing.T, w *world, db *DB, stuck *stuckBackend) {
	ix, err := New(db, stuck, Config{Escrow: w.env.Escrow, CallTimeout: -1})
	require.NoError(t, err)
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
}
