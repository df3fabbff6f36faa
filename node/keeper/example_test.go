package keeper_test

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"os/signal"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hongbao/hongbao/node/keeper"
)

// How `hongbao keeper` wires the library: a node, the escrow, a key of its own, a checkpoint file, /metrics,
// and Run until interrupted (RunOnce for --once).
func Example() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ec, err := ethclient.DialContext(ctx, "http://127.0.0.1:8545")
	if err != nil {
		slog.Error("dial", "err", err)
		return
	}
	key, _ := crypto.HexToECDSA(os.Getenv("KEEPER_KEY"))
	k, err := keeper.New(ctx, keeper.Config{
		Backend:    ec,
		Escrow:     common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		Key:        key,
		Checkpoint: "keeper.json",
		Logger:     slog.New(slog.NewJSONHandler(os.Stderr, nil)),
	})
	if err != nil {
		slog.Error("keeper", "err", err)
		return
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", k.MetricsHandler())
	go func() { _ = http.ListenAndServe("127.0.0.1:9464", mux) }()
	if os.Getenv("ONCE") != "" {
		sum, err := k.RunOnce(ctx)
		slog.Info("pass", "refunded", sum.Refunded, "batches", sum.Batches, "err", err)
		return
	}
	_ = k.Run(ctx)
}
