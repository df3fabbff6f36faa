package risk

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/indexer"
	"github.com/hongbao/hongbao/node/logs"
)

// page is the log reader's range in these tests: a provider that answers 10 blocks per eth_getLogs, so that a
// few hundred empty blocks play the part of a long absence.
const page = 10

// world is an escrow on a simulated chain, its index, and the sources over them.
type world struct {
	t      *testing.T
	env    *contracttest.Env
	db     *indexer.DB
	reader *logs.Reader
	from   uint64
}

func newWorld(t *testing.T) *world {
	env, err := contracttest.New(4)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	from, err := env.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	db, err := indexer.Open(context.Background(), filepath.Join(t.TempDir(), "index.db"))
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	return &world{t: t, env: env, db: db, from: from, reader: logs.New(env.Client, logs.WithMaxRange(page), logs.WithPrefetch(1))}
}

func (w *world) pay(from, to int) {
	_, _, err := w.env.SendPacket(w.env.Key(from), contracttest.DirectParams(w.env.Addr(to), contracttest.Ether(1)))
	require.NoError(w.t, err)
}

func (w *world) mine(n int) {
	for range n {
		w.env.Backend.Commit()
	}
}

func (w *world) head() uint64 {
	n, err := w.env.Client.BlockNumber(context.Background())
	require.NoError(w.t, err)
	return n
}

func (w *world) window(pages int) *ChainWindow {
	return &ChainWindow{Escrow: w.env.Escrow, FromBlock: w.from, Logs: w.reader, Headers: w.env.Client, Pages: pages}
}

// indexed is the index as the CLI uses it: caught up whole within 3 pages, else moved on by 2 and the last 2
// read from the chain.
func (w *world) indexed() *Indexed {
	return &Indexed{DB: w.db, Chain: w.window(2), FullPages: 3, CatchUpPages: 2,
		CatchUp: func(ctx context.Context, confirmations uint64) error {
			ix, err := indexer.New(w.db, w.env.Client, indexer.Config{Escrow: w.env.Escrow, StartBlock: w.from, Logs: w.reader,
				Confirmations: confirmations, ChainID: w.env.ChainID})
			if err != nil {
				return err
			}
			_, err = ix.Sync(ctx)
			return err
		}}
}

// calls is how many eth_getLogs requests f made.
func (w *world) calls(f func()) uint64 {
	before := w.reader.Stats().Calls
	f()
	return w.reader.Stats().Calls - before
}

func recipients(h *History) []common.Address {
	var out []common.Address
	for _, s := range h.Sends {
		out = append(out, s.Recipient)
	}
	return out
}

// An index far behind the head is moved on by a bounded number of pages and the last pages come from the
// chain; the blocks in between are unread, the Window says so, and the rules word their findings for it. The
// calls do not grow with the absence; a few checks later the index has caught up and the history is whole.
func TestIndexedFarBehind(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	src := w.indexed()
	sender := w.env.Addr(1)

	w.pay(1, 2) // known to the index
	h, err := src.History(ctx, sender)
	require.NoError(t, err)
	require.True(t, h.Window.Complete, "a young chain is caught up whole")
	require.Equal(t, []common.Address{w.env.Addr(2)}, recipients(h))
	indexedTo := h.Window.Indexed.To

	w.mine(100)
	w.pay(1, 3) // in the blocks the check will leave unread
	w.mine(200)
	w.pay(1, 0) // in the recent window
	w.mine(5)
	head := w.head()

	var far *History
	calls := w.calls(func() { far, err = src.History(ctx, sender) })
	require.NoError(t, err)
	require.LessOrEqual(t, calls, uint64(2+2+1), "two pages of catch-up and two of the recent window (one more if they do not align)")
	require.False(t, far.Window.Complete)
	require.Equal(t, "index", far.Window.Source)
	require.Equal(t, &BlockRange{From: w.from, To: indexedTo + 2*page}, far.Window.Indexed, "moved on by two pages")
	require.Equal(t, &BlockRange{From: head - 2*page + 1, To: head}, far.Window.Recent)
	require.Equal(t, &BlockRange{From: indexedTo + 2*page + 1, To: head - 2*page}, far.Window.Unread)
	require.ElementsMatch(t, []common.Address{w.env.Addr(2), w.env.Addr(0)}, recipients(far), "the gap's payment is not seen")
	require.Equal(t, 2, far.Window.Sends)
	require.Contains(t, far.Window.Sentence(), "the index is still catching up")

	eth := Token{Symbol: "ETH", Decimals: 18}
	in := Input{Sender: sender, Token: eth, Amount: contracttest.Ether(1), Kind: client.Direct, Recipient: w.env.Addr(3), LocalTime: noon}
	got, err := Check(ctx, only(RuleNewRecipient, nil), in, far, fakePolicies{})
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Contains(t, got[0].Sentence, "no earlier payment to "+w.env.Addr(3).Hex()+" in the history read")

	// The cost is the same after a ten times longer absence.
	w.mine(1000)
	calls = w.calls(func() { _, err = src.History(ctx, sender) })
	require.NoError(t, err)
	require.LessOrEqual(t, calls, uint64(5), "flat in the absence's length")

	// Each check moves the index on; once the rest fits in three pages it is caught up whole.
	for i := 0; ; i++ {
		require.Less(t, i, 100, "the index never caught up")
		h, err = src.History(ctx, sender)
		require.NoError(t, err)
		if h.Window.Complete {
			break
		}
	}
	require.Nil(t, h.Window.Unread)
	require.ElementsMatch(t, []common.Address{w.env.Addr(2), w.env.Addr(3), w.env.Addr(0)}, recipients(h))
	got, err = Check(ctx, only(RuleNewRecipient, nil), in, h, fakePolicies{})
	require.NoError(t, err)
	require.Empty(t, got, "the payment to account 3 is in the index now")
}

// Without an index, ChainWindow reads the last pages only, and the whole history when the escrow is that young;
// the sends it decodes carry what the rules need.
func TestChainWindow(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	sender := w.env.Addr(1)
	w.pay(1, 2)
	_, _, err := w.env.SendPacket(w.env.Key(1), contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(3), w.env.Addr(3)))
	require.NoError(t, err)
	w.pay(2, 3) // another sender's

	h, err := w.window(5).History(ctx, sender)
	require.NoError(t, err)
	require.True(t, h.Window.Complete, "the escrow is younger than the window")
	require.Equal(t, "logs", h.Window.Source)
	require.Len(t, h.Sends, 2)
	d, g := h.Sends[0], h.Sends[1]
	require.True(t, d.Direct)
	require.Equal(t, w.env.Addr(2), d.Recipient)
	require.Equal(t, contracttest.Ether(1), d.Total)
	require.False(t, g.Direct)
	require.Equal(t, contracttest.Ether(3), g.Total)
	require.Equal(t, common.Address{}, g.Token)
	require.Less(t, d.ID, g.ID)
	require.False(t, d.CreatedAt.IsZero())
	require.False(t, h.Now.Before(g.CreatedAt), "chain time")

	w.mine(100)
	var old *History
	calls := w.calls(func() { old, err = w.window(5).History(ctx, sender) })
	require.NoError(t, err)
	require.LessOrEqual(t, calls, uint64(5))
	require.False(t, old.Window.Complete)
	require.Empty(t, old.Sends)
	require.Equal(t, &BlockRange{From: w.from, To: w.head() - 5*page}, old.Window.Unread)
	require.Equal(t, "risk checks used the last 50 blocks ("+big.NewInt(int64(w.head()-49)).String()+"-"+big.NewInt(int64(w.head())).String()+
		"); blocks "+big.NewInt(int64(w.from)).String()+"-"+big.NewInt(int64(w.head()-50)).String()+" ("+big.NewInt(int64(w.head()-50-w.from+1)).String()+") were not read",
		old.Window.Sentence())
}
