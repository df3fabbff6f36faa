package indexer

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/testnet/anvil"
)

// anvilChain is the escrow on an Anvil node (a real JSON-RPC server with real reorgs).
type anvilChain struct {
	t      *testing.T
	a      *anvil.Anvil
	ec     *ethclient.Client
	escrow common.Address
	start  uint64
}

func newAnvilChain(t *testing.T) *anvilChain {
	a := anvil.StartT(t, anvil.Options{}) // skips when the binary is missing and CI is unset
	ctx := t.Context()
	escrow, block, err := deploy.DeployEscrow(ctx, a.Client(), devkeys.Key(0))
	require.NoError(t, err)
	return &anvilChain{t: t, a: a, ec: a.Client(), escrow: escrow, start: block}
}

// send has dev account `from` send a 0.01 ETH Direct packet to account 2, mined in its own block.
func (c *anvilChain) send(from int) {
	p := contracttest.DirectParams(devkeys.Address(2), big.NewInt(1e16))
	c.tx(devkeys.Key(from), p.Amount, esc.PackSend(p))
}

func (c *anvilChain) tx(key *ecdsa.PrivateKey, value *big.Int, data []byte) {
	ctx := c.t.Context()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.ec.PendingNonceAt(ctx, from)
	require.NoError(c.t, err)
	head, err := c.ec.HeaderByNumber(ctx, nil)
	require.NoError(c.t, err)
	tip := big.NewInt(1e9)
	gas, err := c.ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &c.escrow, Value: value, Data: data})
	require.NoError(c.t, err)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(anvil.ChainID), Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip), Gas: gas * 2,
		To: &c.escrow, Value: value, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(anvil.ChainID)), key)
	require.NoError(c.t, err)
	require.NoError(c.t, c.ec.SendTransaction(ctx, signed))
	r, err := deploy.WaitMined(ctx, c.ec, signed.Hash())
	require.NoError(c.t, err)
	require.Equal(c.t, types.ReceiptStatusSuccessful, r.Status)
}

func (c *anvilChain) indexer(db *DB, cfg Config) *Indexer {
	cfg.Escrow, cfg.StartBlock = c.escrow, c.start
	ix, err := New(db, c.ec, cfg)
	require.NoError(c.t, err)
	return ix
}

// assertCanonical checks the index against the chain: every stored event's block is on it, the checkpoint is
// the head, and a fresh index of the chain is identical.
func (c *anvilChain) assertCanonical(db *DB, packets int) {
	t := c.t
	ctx := t.Context()
	rows, err := db.SQL().QueryContext(ctx, `SELECT DISTINCT block_number, block_hash FROM events`)
	require.NoError(t, err)
	type ref struct {
		n int64
		h string
	}
	var refs []ref
	for rows.Next() {
		var r ref
		require.NoError(t, rows.Scan(&r.n, &r.h))
		refs = append(refs, r)
	}
	require.NoError(t, rows.Close())
	for _, r := range refs {
		h, err := c.ec.HeaderByNumber(ctx, big.NewInt(r.n))
		require.NoError(t, err)
		require.Equal(t, h.Hash().Hex(), r.h, "event of block %d is from another branch", r.n)
	}
	head, err := c.ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	cp, err := db.Checkpoint(ctx)
	require.NoError(t, err)
	require.Equal(t, Checkpoint{Block: head.Number.Uint64(), Hash: head.Hash(), Set: true}, cp)
	n, err := db.CountPackets(ctx, PacketFilter{})
	require.NoError(t, err)
	require.Equal(t, packets, n)
	fresh, _ := openDB(t, "fresh.db")
	syncAll(t, c.indexer(fresh, Config{MaxRange: 500}))
	require.Equal(t, dump(t, fresh), dump(t, db), "the index differs from a fresh index of the chain")
}

// stopAfter is a log reader that cancels the sync once n pages have been committed (a kill between pages).
type stopAfter struct {
	LogReader
	n      int
	cancel context.CancelFunc
}

func (s *stopAfter) Scan(ctx context.Context, q ethereum.FilterQuery, fn func(from, to uint64, logs []types.Log) error) error {
	return s.LogReader.Scan(ctx, q, func(from, to uint64, logs []types.Log) error {
		if err := fn(from, to, logs); err != nil {
			return err
		}
		if s.n--; s.n == 0 {
			s.cancel()
		}
		return nil
	})
}

// TestAnvilReorg follows an escrow on Anvil, aged by a few thousand blocks and read 500 blocks a page (a
// provider's cap over a long chain, scaled down), through real reorgs (anvil_reorg replaces the last blocks
// with empty ones, dropping their transactions): one after a sync, and one after a sync killed between pages,
// which replaces the block the killed sync was heading for. Each time the index must end on the new chain,
// identical to a fresh index of it.
func TestAnvilReorg(t *testing.T) {
	t.Parallel()
	c := newAnvilChain(t)
	ctx := t.Context()
	require.NoError(t, c.a.Age(ctx, 3000))
	for range 3 {
		c.send(1)
	}
	db, _ := openDB(t, "index.db")
	ix := c.indexer(db, Config{MaxRange: 500})
	pr := syncAll(t, ix)
	require.GreaterOrEqual(t, pr.Batches, 6, "pages of 500 blocks over an aged chain")
	c.assertCanonical(db, 3)

	// Two more packets, indexed; then a reorg drops their blocks.
	c.send(1)
	c.send(3)
	syncAll(t, ix)
	c.assertCanonical(db, 5)
	require.NoError(t, c.a.Reorg(ctx, 2))
	pr = syncAll(t, ix)
	require.Equal(t, 1, pr.Reorgs, "the index did not notice the reorg")
	require.Equal(t, 2, pr.RolledBack, "the two packets' PacketSent events")
	c.assertCanonical(db, 3)

	// A packet, a thousand empty blocks, a packet at the head; a sync killed after two of its pages; a reorg
	// that replaces the head, the block that sync was heading for.
	c.send(1)
	require.NoError(t, c.a.Age(ctx, 1000))
	c.send(3)
	killCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	killed := c.indexer(db, Config{MaxRange: 200})
	killed.logs = &stopAfter{LogReader: killed.logs, n: 2, cancel: cancel}
	_, err := killed.Sync(killCtx)
	require.ErrorIs(t, err, context.Canceled)
	st, err := db.state(ctx)
	require.NoError(t, err)
	require.True(t, st.pending(), "the killed sync left no pages between a base and an anchor")
	require.NoError(t, c.a.Reorg(ctx, 1))
	pr = syncAll(t, ix)
	require.Positive(t, pr.Reorgs, "the index did not notice that the anchor left the chain")
	c.assertCanonical(db, 4)
}
