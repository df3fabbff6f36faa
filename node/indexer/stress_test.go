package indexer

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// indexProbe is an export destination that reads the index on every write, as a server that records progress or
// a pipe whose reader queries the index would. An export that still held the database's only connection while
// writing would deadlock on it.
type indexProbe struct {
	ctx    context.Context
	db     *DB
	buf    bytes.Buffer
	writes int
}

func (p *indexProbe) Write(b []byte) (int, error) {
	if _, err := p.db.Checkpoint(p.ctx); err != nil {
		return 0, fmt.Errorf("read the index while exporting: %w", err)
	}
	p.writes++
	return p.buf.Write(b)
}

// TestExportWriterMayReadTheIndex: Export writes into a writer that reads the index back on every write. The
// export must complete, with every stored event, and the writer must have been called more than once (while
// events were still being read, not only at the final flush).
func TestExportWriterMayReadTheIndex(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 33)
	w.run(100)
	db, _ := openDB(t, "index.db")
	pr := syncAll(t, w.indexer(db, Config{}))
	require.Greater(t, pr.Events, 40, "enough events for several buffered writes")

	ctx := hangGuard(t, 2*time.Minute)
	probe := &indexProbe{ctx: ctx, db: db}
	require.NoError(t, db.Export(ctx, time.Time{}, time.Time{}, probe))
	require.Greater(t, probe.writes, 1, "the CSV writer flushed only once: the test proves nothing")
	lines, err := csv.NewReader(&probe.buf).ReadAll()
	require.NoError(t, err)
	require.Len(t, lines, 1+count(t, db, "events"), "header and one line per event")
}

// stressOp is one kind of concurrent index access: run returns an error for anything wrong.
type stressOp struct {
	name string
	run  func(ctx context.Context, rng *rand.Rand) error
}

// TestConcurrentSyncAndReads runs, at the same time and under a hang guard, what hung before: two followers
// syncing one index (two Indexers on one DB) while the chain grows, and readers calling History, Export (into a
// writer that reads the index back), Reconcile, Packets, Claims and every other query, plus Rebuild. Every
// reconciliation must balance (sums and checkpoint come from one snapshot) and at the end the index must match
// the chain exactly.
func TestConcurrentSyncAndReads(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 31)
	w.run(40)
	db, _ := openDB(t, "index.db")
	// Caught up first: Reconcile reads the chain at the checkpoint, and the node keeps only recent states.
	syncAll(t, w.indexer(db, Config{}))
	ctx := hangGuard(t, 5*time.Minute)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	runs := map[string]*atomic.Int64{}
	loop := func(op stressOp, seed uint64) {
		n := &atomic.Int64{}
		runs[op.name] = n
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, seed))
			for {
				select {
				case <-stop:
					return
				default:
				}
				if err := op.run(ctx, rng); err != nil {
					errs <- fmt.Errorf("%s: %w", op.name, err)
					return
				}
				n.Add(1)
			}
		}()
	}
	var logs bytes.Buffer // one handler for both followers: it serialises their writes
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	for i, op := range append(followers(w, db, logger), readers(w, db)...) {
		loop(op, uint64(i+1))
	}

	for range 8 { // the chain grows while everything above runs
		w.run(15)
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	for name, n := range runs {
		require.Positive(t, n.Load(), "%s never completed a round", name)
		t.Logf("%-10s %d rounds", name, n.Load())
	}
	t.Logf("batches dropped because the other follower committed first: %d",
		strings.Count(logs.String(), "another sync committed first"))
	syncAll(t, w.indexer(db, Config{}))
	w.assertMatchesChain(db)
}

// followers are two Indexers on the same database, with small batches so that many transactions interleave.
func followers(w *world, db *DB, logger *slog.Logger) []stressOp {
	var out []stressOp
	for _, name := range []string{"follow-a", "follow-b"} {
		ix := w.indexer(db, Config{MaxRange: 4, Logger: logger})
		out = append(out, stressOp{name, func(ctx context.Context, _ *rand.Rand) error {
			_, err := ix.Sync(ctx)
			return err
		}})
	}
	return out
}

// readers are the record and query calls of the CLI and the demo, and a rebuild.
func readers(w *world, db *DB) []stressOp {
	actor := func(rng *rand.Rand) common.Address { return w.actors[rng.IntN(len(w.actors))].addr }
	return []stressOp{
		{"history", func(ctx context.Context, rng *rand.Rand) error {
			if _, err := db.History(ctx, Filter{Address: actor(rng)}); err != nil {
				return err
			}
			_, err := db.History(ctx, Filter{PacketID: 1 + rng.Uint64N(20)})
			return err
		}},
		{"export", func(ctx context.Context, _ *rand.Rand) error {
			return db.Export(ctx, time.Time{}, time.Time{}, &indexProbe{ctx: ctx, db: db})
		}},
		{"reconcile", func(ctx context.Context, _ *rand.Rand) error {
			rec, err := db.Reconcile(ctx, w.env.Client)
			if errors.Is(err, ErrNotSynced) {
				return nil
			}
			if err != nil {
				return err
			}
			if !rec.Balanced() {
				return fmt.Errorf("the books do not balance at block %d: %+v", rec.Block, rec.Tokens)
			}
			return nil
		}},
		{"packets", func(ctx context.Context, _ *rand.Rand) error {
			ps, err := db.Packets(ctx, PacketFilter{LiveOnly: true})
			if err != nil {
				return err
			}
			for _, p := range ps[:min(len(ps), 5)] {
				if _, err := db.Claims(ctx, p.ID); err != nil {
					return err
				}
			}
			return nil
		}},
		{"state", func(ctx context.Context, _ *rand.Rand) error { return readState(ctx, w, db) }},
		{"rebuild", func(ctx context.Context, _ *rand.Rand) error { return db.Rebuild(ctx) }},
	}
}

// readState calls every other query once.
func readState(ctx context.Context, w *world, db *DB) error {
	calls := []func() error{
		func() error { _, err := db.Owed(ctx); return err },
		func() error { _, err := db.Budgets(ctx); return err },
		func() error { _, err := db.Locks(ctx); return err },
		func() error { _, err := db.Tokens(ctx); return err },
		func() error { _, err := db.Members(ctx, w.org); return err },
		func() error { _, err := db.Checkpoint(ctx); return err },
		func() error { _, _, err := db.Binding(ctx); return err },
		func() error { return notFoundIsFine(db.Org(ctx, w.org)) },
		func() error { return notFoundIsFine(db.Policy(ctx, common.Address{})) },
		func() error { return notFoundIsFine(db.Packet(ctx, 1)) },
	}
	for _, c := range calls {
		if err := c(); err != nil {
			return err
		}
	}
	return nil
}

// notFoundIsFine accepts ErrNotFound: a query can run before the first sync stored the thing.
func notFoundIsFine[T any](_ T, err error) error {
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	return err
}

// smallExportPages makes exports read n records at a time for the rest of the test.
func smallExportPages(t *testing.T, n int) {
	old := exportPage
	exportPage = n
	t.Cleanup(func() { exportPage = old })
}

// TestExportPagesAreSeamless: an export read a few records at a time is byte for byte the export read in one
// page (no record lost or repeated at a page boundary, including a boundary inside one block).
func TestExportPagesAreSeamless(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 34)
	w.run(40)
	db, _ := openDB(t, "index.db")
	syncAll(t, w.indexer(db, Config{}))
	ctx := context.Background()
	var whole bytes.Buffer
	require.NoError(t, db.Export(ctx, time.Time{}, time.Time{}, &whole))
	for _, n := range []int{1, 2, 7} {
		smallExportPages(t, n)
		var paged bytes.Buffer
		require.NoError(t, db.Export(ctx, time.Time{}, time.Time{}, &paged))
		require.Equal(t, whole.String(), paged.String(), "pages of %d", n)
	}
}

// rollbackProbe rolls the index back to nothing on its first write, as a reorg handled by a concurrent sync
// would, after the export has already read (and is now writing) its first records.
type rollbackProbe struct {
	ctx  context.Context
	db   *DB
	done bool
}

func (p *rollbackProbe) Write(b []byte) (int, error) {
	if !p.done {
		p.done = true
		st, err := p.db.state(p.ctx)
		if err != nil {
			return 0, err
		}
		if _, err := p.db.rollback(p.ctx, st, Checkpoint{}); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}

// TestExportFailsWhenRecordsWrittenAreRolledBack: an export whose written records a rollback removes fails
// with errExportRolledBack instead of continuing on another branch.
func TestExportFailsWhenRecordsWrittenAreRolledBack(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 35)
	w.run(40)
	db, _ := openDB(t, "index.db")
	syncAll(t, w.indexer(db, Config{}))
	smallExportPages(t, 2) // the CSV writer's 4 KiB buffer fills after about ten records: several pages
	ctx := hangGuard(t, 2*time.Minute)
	probe := &rollbackProbe{ctx: ctx, db: db}
	err := db.Export(ctx, time.Time{}, time.Time{}, probe)
	require.True(t, probe.done, "the export never wrote while reading")
	require.ErrorIs(t, err, errExportRolledBack)
	require.Zero(t, count(t, db, "events"), "the rollback removed every event")
}
