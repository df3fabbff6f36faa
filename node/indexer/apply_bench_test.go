package indexer

import (
	"context"
	"database/sql"
	"math/big"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// BenchmarkApply measures the local side of a catch-up, per event: decoding the dense benchmark shape's logs
// (sends with a guardian, then refunds) and committing them into a fresh database in pages of 600 events.
//
//	go test -run '^$' -bench Apply -benchtime 5x ./node/indexer/
func BenchmarkApply(b *testing.B) {
	t := &testing.T{}
	env, _ := benchChain(t, 21)
	defer env.Close()
	ids := sendRounds(t, env, 40, 20)
	require.NoError(b, env.Warp(2*24*time.Hour))
	refundAll(t, env, ids)
	logs, err := env.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{env.Escrow}})
	require.NoError(b, err)
	ctx := context.Background()
	var cpu time.Duration
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		db, err := Open(ctx, filepath.Join(b.TempDir(), "apply.db"))
		require.NoError(b, err)
		require.NoError(b, db.bind(ctx, Binding{ChainID: env.ChainID, Escrow: env.Escrow}, "ETH"))
		page := make([]types.Log, len(logs))
		copy(page, logs)
		b.StartTimer()
		before := cpuTime()
		m := newMemo()
		for i := 0; i < len(page); i += 600 {
			part := page[i:min(i+600, len(page))]
			require.NoError(b, db.write(ctx, func(tx *sql.Tx) error {
				a := newApplierMemo(ctx, tx, m)
				for j := range part {
					if err := a.apply(&part[j]); err != nil {
						return err
					}
				}
				return a.flush()
			}))
		}
		cpu += cpuTime() - before
		b.StopTimer()
		require.NoError(b, db.Close())
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(logs)), "ns/event")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*len(logs)), "cpu-ns/event")
}

// cpuTime is the CPU time this process has used (user and system, all threads).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
