package sealed

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/lucky"
)

// batchGas is the gas limit of each transaction of a block (block gas limit 60M: five full transactions fit).
const batchGas = 11_000_000

// call is one transaction of a block: from key to `to` with data and value.
type call struct {
	from  *ecdsa.PrivateKey
	to    common.Address
	value *big.Int
	data  []byte
	gas   uint64 // 0: batchGas
}

// mine puts the calls, in order, in one new block and returns their receipts; every one must succeed. It
// skips simchain's pending-call check (a failed receipt is reported instead), so a block costs one execution.
func mine(t testing.TB, e *contracttest.Env, calls ...call) []*types.Receipt {
	t.Helper()
	ctx := context.Background()
	head, err := e.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)
	txs := make([]*types.Transaction, len(calls))
	for i, c := range calls {
		from := crypto.PubkeyToAddress(c.from.PublicKey)
		nonce, err := e.Client.PendingNonceAt(ctx, from)
		require.NoError(t, err)
		to := c.to
		v := c.value
		if v == nil {
			v = new(big.Int)
		}
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID: e.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: cmp.Or(c.gas, batchGas), To: &to, Value: v, Data: c.data,
		}), types.LatestSignerForChainID(e.ChainID), c.from)
		require.NoError(t, err)
		require.NoError(t, e.Client.SendTransaction(ctx, tx))
		awaitPending(t, e, from, nonce)
		txs[i] = tx
	}
	e.Backend.Commit()
	out := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		r, err := e.Receipt(tx.Hash())
		require.NoError(t, err)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %d of block %d failed (gas used %d)", i, r.BlockNumber, r.GasUsed)
		}
		out[i] = r
	}
	return out
}

// awaitPending waits until the pool has promoted the transaction with `nonce` of `from` to pending (it does so
// asynchronously; a block sealed before that would leave it out). simchain.AwaitPending gives up after two
// seconds, which a loaded machine can exceed; this waits on the pool itself, checking every 5 ms.
func awaitPending(t testing.TB, e *contracttest.Env, from common.Address, nonce uint64) {
	t.Helper()
	for tries := 0; ; tries++ {
		n, err := e.Client.PendingNonceAt(context.Background(), from)
		require.NoError(t, err)
		if n > nonce {
			return
		}
		require.Less(t, tries, 12_000, "the pool never took nonce %d of %s", nonce, from)
		time.Sleep(5 * time.Millisecond)
	}
}

// sendMany sends packets (in blocks of up to 100 sends from account 0) and returns their ids in order.
func sendMany(t testing.TB, e *contracttest.Env, ps []escrow.IHongbaoEscrowSendParams) []*big.Int {
	t.Helper()
	var ids []*big.Int
	for len(ps) > 0 {
		n := min(len(ps), 100)
		calls := make([]call, n)
		for i, p := range ps[:n] {
			v := new(big.Int)
			if p.Token == (common.Address{}) {
				v = p.Amount
			}
			calls[i] = call{from: e.Key(0), to: e.Escrow, value: v, data: contracttest.EscrowABI.PackSend(p)}
		}
		for _, r := range mine(t, e, calls...) {
			found := false
			for _, l := range r.Logs {
				if ev, err := contracttest.EscrowABI.UnpackPacketSentEvent(l); err == nil {
					ids, found = append(ids, ev.Id), true
				}
			}
			require.True(t, found, "no PacketSent")
		}
		ps = ps[n:]
	}
	return ids
}

// chunks splits ids into slices of at most n.
func chunks(ids []*big.Int, n int) [][]*big.Int {
	var out [][]*big.Int
	for len(ids) > 0 {
		k := min(n, len(ids))
		out = append(out, ids[:k])
		ids = ids[k:]
	}
	return out
}

// hashOf reads the hash of block n (for the Go mirror).
func hashOf(t testing.TB, e *contracttest.Env) func(uint64) common.Hash {
	return func(n uint64) common.Hash {
		h, err := e.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
		require.NoError(t, err)
		return h.Hash()
	}
}

// warpBlocks mines n empty blocks, one second apart.
func warpBlocks(t testing.TB, e *contracttest.Env, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		e.Backend.Commit()
	}
}

// head is the head block number.
func head(t testing.TB, e *contracttest.Env) uint64 {
	n, err := e.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	return n
}

// claimedEvents are the Claimed events of receipts, in order.
func claimedEvents(rs ...*types.Receipt) []*escrow.HongbaoEscrowClaimed {
	var out []*escrow.HongbaoEscrowClaimed
	for _, r := range rs {
		for _, ev := range contracttest.Events(r) {
			if c, ok := ev.(*escrow.HongbaoEscrowClaimed); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// eventsOf are the escrow events of type T in receipts, in order.
func eventsOf[T any](rs ...*types.Receipt) []T {
	var out []T
	for _, r := range rs {
		for _, ev := range contracttest.Events(r) {
			if c, ok := ev.(T); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// mirror is the Go mirror of a sealed packet's draw state, as sent.
func mirror(id, total *big.Int, shares uint64) *lucky.Sealed {
	return &lucky.Sealed{ID: id, Rem: uint256.MustFromBig(total), Shares: shares, Min: uint256.NewInt(1)}
}

// errName is the escrow's custom error of a revert, as its Go type name (for tables).
func errName(err error) string {
	if err == nil {
		return ""
	}
	v, derr := contracttest.DecodeError(err)
	if derr != nil {
		return "?" + err.Error()
	}
	return fmt.Sprintf("%T", v)
}

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}
