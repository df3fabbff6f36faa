package keeper

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// countingBackend counts the calls whose number depends on how the open set is built: eth_getLogs and
// eth_call at a block number (the view bootstrap's) or against the pending block.
type countingBackend struct {
	*chainBackend
	mu                     sync.Mutex
	logs, callsAt, pending int
	atBlocks               map[uint64]int // block numbers the eth_calls at a block asked for
}

func newCounting(b *chainBackend) *countingBackend {
	return &countingBackend{chainBackend: b, atBlocks: map[uint64]int{}}
}

func (b *countingBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.mu.Lock()
	b.logs++
	b.mu.Unlock()
	return b.chainBackend.FilterLogs(ctx, q)
}

func (b *countingBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	b.mu.Lock()
	b.callsAt++
	if n != nil {
		b.atBlocks[n.Uint64()]++
	}
	b.mu.Unlock()
	return b.chainBackend.CallContract(ctx, msg, n)
}

func (b *countingBackend) PendingCallContract(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
	b.mu.Lock()
	b.pending++
	b.mu.Unlock()
	return b.chainBackend.PendingCallContract(ctx, msg)
}

// mine commits n empty blocks.
func (h *harness) mine(n int) {
	for range n {
		h.env.Backend.Commit()
	}
}

func (h *harness) head() uint64 {
	h.t.Helper()
	n, err := h.env.Client.BlockNumber(context.Background())
	require.NoError(h.t, err)
	return n
}

// must sends calldata to the escrow from account from and requires it to succeed.
func (h *harness) must(from int, value *big.Int, data []byte) *types.Receipt {
	h.t.Helper()
	r, err := h.env.Tx(h.env.Key(from), value, data)
	require.NoError(h.t, err)
	require.Equal(h.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// orgPacket creates an organisation (account admin), funds it with ETH, makes member a member and sends a
// Direct packet of amount from its budget with the given ttl.
func (h *harness) orgPacket(admin, member, to int, amount *big.Int, ttl uint32) *big.Int {
	h.t.Helper()
	org := one[escrow.HongbaoEscrowOrgCreated](h.t, h.must(admin, nil, esc.PackCreateOrg(h.env.Addr(admin)))).OrgId
	h.must(admin, amount, esc.PackFundOrg(org, common.Address{}, amount))
	h.must(admin, nil, esc.PackSetOrgMember(org, h.env.Addr(member), common.Address{}, amount, amount))
	p := contracttest.DirectParams(h.env.Addr(to), amount)
	p.Ttl = ttl
	return one[escrow.HongbaoEscrowPacketSent](h.t, h.must(member, nil, esc.PackSendFromOrg(org, p))).Id
}

// scanOnly runs the first part of a pass, the scan up to the head, and returns its summary.
func scanOnly(t *testing.T, k *Keeper) Summary {
	t.Helper()
	ctx := context.Background()
	head, err := k.head(ctx)
	require.NoError(t, err)
	var sum Summary
	require.NoError(t, k.scan(ctx, head.Number.Uint64(), &sum))
	return sum
}

func ids(bs ...*big.Int) []uint64 {
	out := make([]uint64, len(bs))
	for i, b := range bs {
		out[i] = b.Uint64()
	}
	return out
}

// A chain a thousand blocks past a mix of packets: live, expired, partly claimed and expired, claimed out,
// declined, refunded by hand, sealed with claims waiting for their draw (expired and live), an organisation's
// (expired and live). A keeper whose log reader pages 50 blocks (21 pages) builds its open set from the views
// in 3 calls at one block, the same open set and pending claims as a keeper that reads the logs; a fresh keeper
// then refunds exactly the expired packets (the sealed one after drawing its claims) and settles every pending
// share in one pass.
func TestBootstrapByViews(t *testing.T) {
	h := newHarness(t, testAccounts)
	ctx := context.Background()
	const hour, twoDays = 3600, 2 * day
	live := h.sendMany(h.ethPackets(3, twoDays))
	expired := h.sendMany(h.ethPackets(4, hour))
	out := h.sendMany(h.ethPackets(2, hour)) // [0] claimed out, [1] refunded by hand after the expiry
	h.must(firstSender+(1)%h.senders, nil, esc.PackClaim(new(big.Int).SetUint64(out[0].id), nil))
	declined := h.sendMany(h.ethPackets(1, twoDays))[0]
	h.must(firstSender+1%h.senders, nil, esc.PackDecline(new(big.Int).SetUint64(declined.id)))
	partP := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 3, Ttl: hour, Amount: contracttest.Ether(3)}
	part, _, err := h.env.SendPacket(h.env.Key(firstSender), partP)
	require.NoError(t, err)
	h.must(firstSender+9, nil, esc.PackClaim(part, nil))
	sealedExp := h.sealed(3, hour, firstSender+5, firstSender+6) // one share left after the draws
	sealedLive := h.sealed(3, twoDays, firstSender+7)
	orgExp := h.orgPacket(firstSender+10, firstSender+11, firstSender+12, contracttest.Ether(1), hour)
	orgLive := h.orgPacket(firstSender+13, firstSender+14, firstSender+15, contracttest.Ether(1), twoDays)
	require.NoError(t, h.env.Warp(2*time.Hour))
	h.must(firstSender+2, nil, esc.PackRefund(new(big.Int).SetUint64(out[1].id)))
	h.mine(1000)

	// Both ways on the same chain: a reader of 10,000 blocks a page needs one page (logs); one of 50, 21 (views).
	byLogs := h.keeper(h.config(h.backend(), keeperA, "logs.json"))
	sumL := scanOnly(t, byLogs)
	require.Equal(t, BootstrapLogs, sumL.Bootstrap)
	vb := newCounting(h.backend())
	cfg := h.config(vb, keeperB, "views.json")
	cfg.MaxBlockRange = 50
	byViews := h.keeper(cfg)
	sumV := scanOnly(t, byViews)
	require.Equal(t, BootstrapViews, sumV.Bootstrap)
	require.Equal(t, h.head(), sumV.ToBlock)
	require.Zero(t, vb.logs, "no eth_getLogs")
	// lastPacketId, one getPacketMany, one pendingDraws per sealed packet holding money: all at the head
	require.Equal(t, 4, vb.callsAt)
	require.Equal(t, map[uint64]int{h.head(): 4}, vb.atBlocks)

	wantOpen := append(ids(part, sealedExp, sealedLive, orgExp, orgLive), live[0].id, live[1].id, live[2].id)
	for _, p := range expired {
		wantOpen = append(wantOpen, p.id)
	}
	require.ElementsMatch(t, wantOpen, keys(byViews.state.open))
	require.Equal(t, byLogs.state.open, byViews.state.open, "the same expiries and amounts left")
	require.Equal(t, contracttest.Ether(2), byViews.state.open[part.Uint64()].remaining)
	require.Equal(t, byLogs.state.pending, byViews.state.pending, "the same oldest pending claim per sealed packet")
	require.ElementsMatch(t, ids(sealedExp, sealedLive), keys(byViews.state.pending))
	require.Equal(t, byViews.state.lastBlock, byLogs.state.lastBlock)

	// The whole first pass of a fresh keeper that bootstraps from the views.
	cfg = h.config(h.backend(), keeperB, "fresh.json")
	cfg.MaxBlockRange = 50
	fresh := h.keeper(cfg)
	sum, err := fresh.RunOnce(ctx)
	require.NoError(t, err)
	require.Equal(t, BootstrapViews, sum.Bootstrap)
	require.Equal(t, 3, sum.Settled, "two shares of the expired sealed packet, one of the live one")
	require.Equal(t, 7, sum.Refunded)
	require.Zero(t, sum.Quarantined)
	require.Zero(t, sum.Dropped)
	wantRefunded := map[uint64]int{part.Uint64(): 1, sealedExp.Uint64(): 1, orgExp.Uint64(): 1, out[1].id: 1}
	for _, p := range expired {
		wantRefunded[p.id] = 1
	}
	require.Equal(t, wantRefunded, h.refunds(expired))
	require.Zero(t, h.pendingOf(sealedExp))
	require.Zero(t, h.pendingOf(sealedLive))
	require.ElementsMatch(t, append(ids(sealedLive, orgLive), live[0].id, live[1].id, live[2].id), keys(fresh.state.open))
	require.Equal(t, 5, sum.Open)
	for _, p := range live {
		require.Equal(t, contracttest.StatusOpen, h.env.Packet(new(big.Int).SetUint64(p.id)).Status)
	}
	var metrics bytes.Buffer
	require.NoError(t, fresh.Metrics().WriteText(&metrics))
	require.Contains(t, metrics.String(), `hongbao_keeper_bootstraps_total{from="views"} 1`+"\n")
	require.Contains(t, metrics.String(), `hongbao_keeper_bootstraps_total{from="logs"} 0`+"\n")

	// The next pass of the same keeper reads only the new blocks: no second bootstrap.
	h.mine(3)
	sum, err = fresh.RunOnce(ctx)
	require.NoError(t, err)
	require.Empty(t, sum.Bootstrap)
	require.Zero(t, sum.Refunded)
}

func keys[V any](m map[uint64]V) []uint64 {
	out := make([]uint64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// The views are read at head - Confirmations and the scan goes on from the next block: a claim and a new packet
// in that block are applied once (a view of the head would already hold them and the scan would count the
// claim twice and lose nothing but the packet's amount).
func TestBootstrapTargetSeam(t *testing.T) {
	h := newHarness(t, testAccounts)
	p := escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 4, Ttl: day, Amount: contracttest.Ether(4)}
	id, _, err := h.env.SendPacket(h.env.Key(firstSender), p)
	require.NoError(t, err)
	h.mine(300)
	claimBlock := h.must(firstSender+5, nil, esc.PackClaim(id, nil)).BlockNumber.Uint64() // the block after the target
	later := h.sendMany(h.ethPackets(1, day))[0]                                          // a block after that
	require.Greater(t, mustReceipt(t, h, later.id).BlockNumber.Uint64(), claimBlock)

	b := newCounting(h.backend())
	cfg := h.config(b, keeperA, "seam.json")
	cfg.MaxBlockRange = 50
	cfg.Confirmations = h.head() - claimBlock + 1
	k := h.keeper(cfg)
	sum := scanOnly(t, k)
	require.Equal(t, BootstrapViews, sum.Bootstrap)
	require.Equal(t, claimBlock-1, k.state.lastBlock)
	require.Equal(t, map[uint64]int{claimBlock - 1: 2}, b.atBlocks, "lastPacketId and getPacketMany at the target")
	require.Equal(t, contracttest.Ether(4), k.state.open[id.Uint64()].remaining, "as of the target: before the claim")
	require.NotContains(t, k.state.open, later.id)

	h.mine(int(cfg.Confirmations)) // both blocks are now confirmed
	sum = scanOnly(t, k)
	require.Empty(t, sum.Bootstrap)
	require.Equal(t, contracttest.Ether(3), k.state.open[id.Uint64()].remaining, "the claim counted once")
	require.Equal(t, h.env.Packet(id).Remaining, k.state.open[id.Uint64()].remaining)
	require.Equal(t, later.total, k.state.open[later.id].remaining, "the new packet once")
}

// mustReceipt is the receipt of the transaction that sent packet id, found by its PacketSent log.
func mustReceipt(t *testing.T, h *harness, id uint64) *types.Receipt {
	t.Helper()
	logs, err := h.env.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{h.env.Escrow},
		Topics:    [][]common.Hash{{eventID(escrow.HongbaoEscrowPacketSentEventName)}, {common.BigToHash(new(big.Int).SetUint64(id))}},
	})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	r, err := h.env.Client.TransactionReceipt(context.Background(), logs[0].TxHash)
	require.NoError(t, err)
	return r
}

// The choice follows the estimated calls: 401 packets are 3 getPacketMany batches (plus lastPacketId, spent
// either way), against one eth_getLogs per page of blocks. A young chain read in 2 or 3 pages is scanned; in 4
// or more, the views are cheaper. Whichever it takes, the open set is the same and the calls are the estimate.
func TestBootstrapChoice(t *testing.T) {
	h := newHarness(t, testAccounts)
	h.sendMany(h.ethPackets(401, day))
	h.mine(int(799 - h.head()))
	blocks := h.head() + 1 // StartBlock 0: 800 blocks
	require.EqualValues(t, 800, blocks)
	var want map[uint64]*openPacket
	for _, tc := range []struct {
		pages     uint64
		bootstrap string
		logs      int // eth_getLogs
		calls     int // eth_call at the target
	}{
		{pages: 1, bootstrap: BootstrapLogs, logs: 1, calls: 0},
		{pages: 2, bootstrap: BootstrapLogs, logs: 2, calls: 0},       // not even lastPacketId
		{pages: 3, bootstrap: BootstrapLogs, logs: 3, calls: 1},       // 3 batches are no cheaper than 3 pages
		{pages: 4, bootstrap: BootstrapViews, logs: 0, calls: 1 + 3},  // lastPacketId and 3 batches
		{pages: 40, bootstrap: BootstrapViews, logs: 0, calls: 1 + 3}, // the same on an older chain
	} {
		t.Run(fmt.Sprintf("%d pages", tc.pages), func(t *testing.T) {
			b := newCounting(h.backend())
			cfg := h.config(b, keeperA, fmt.Sprintf("choice-%d.json", tc.pages))
			cfg.MaxBlockRange = (blocks + tc.pages - 1) / tc.pages
			require.Equal(t, tc.pages, logPages(blocks, cfg.MaxBlockRange))
			k := h.keeper(cfg)
			sum := scanOnly(t, k)
			require.Equal(t, tc.bootstrap, sum.Bootstrap)
			require.Equal(t, tc.logs, b.logs)
			require.Equal(t, tc.calls, b.callsAt)
			require.Len(t, k.state.open, 401)
			if want == nil {
				want = k.state.open
			}
			require.Equal(t, want, k.state.open)
		})
	}
}

// The calls of a first pass that bootstraps from the views do not depend on the chain's age: the same at 300
// and at 3,000 blocks past the packets, where the log scan's pages grow tenfold. (The passes' refunds and draws
// are left out: nothing has expired, and the settle pass is off so that both passes see the same packets.)
func TestBootstrapCallsFlat(t *testing.T) {
	h := newHarness(t, testAccounts)
	h.sendMany(h.ethPackets(250, day))
	h.sealed(3, day, firstSender+5)
	type count struct{ logs, callsAt, pending int }
	measure := func(name string) (count, uint64) {
		b := newCounting(h.backend())
		cfg := h.config(b, keeperA, name)
		cfg.MaxBlockRange = 50
		cfg.Settle.Disabled = true // the chain stays as it was for the second keeper
		sum, err := h.keeper(cfg).RunOnce(context.Background())
		require.NoError(t, err)
		require.Equal(t, BootstrapViews, sum.Bootstrap)
		require.Equal(t, 251, sum.Open)
		return count{b.logs, b.callsAt, b.pending}, logPages(h.head()+1, 50)
	}
	h.mine(300)
	young, youngPages := measure("young.json")
	h.mine(2700)
	old, oldPages := measure("old.json")
	t.Logf("first pass at %d and %d log pages: %+v and %+v", youngPages, oldPages, young, old)
	require.Equal(t, young, old)
	require.Equal(t, 1+2+1, young.callsAt, "lastPacketId, two batches, one pendingDraws")
	require.GreaterOrEqual(t, oldPages, 10*youngPages-10)
}

// TestViewBatchGas measures getPacketMany's gas per packet and checks that a full ViewBatch stays far below
// the eth_call gas caps of nodes (geth's default is 50M; 10M is a margin for stricter providers).
func TestViewBatchGas(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(ViewBatch, day))
	gas := func(n int) uint64 {
		var idl []uint64
		for _, p := range ps[:n] {
			idl = append(idl, p.id)
		}
		g, err := h.env.Client.EstimateGas(context.Background(), ethereum.CallMsg{To: &h.env.Escrow, Data: esc.PackGetPacketMany(bigs(idl))})
		require.NoError(t, err)
		return g
	}
	one, full := gas(1), gas(ViewBatch)
	per := (full - one) / (ViewBatch - 1)
	t.Logf("getPacketMany: 1 id %d gas, %d ids %d gas, %d per id", one, ViewBatch, full, per)
	require.Less(t, full, uint64(10_000_000))
}

// stateless is a node that no longer holds the state of past blocks (a full node past its 128 blocks, or
// Anvil after a restart): an eth_call at a block number fails.
type stateless struct{ *chainBackend }

func (b stateless) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if n != nil {
		return nil, fmt.Errorf("missing trie node for block %d (path )", n)
	}
	return b.chainBackend.CallContract(ctx, msg, n)
}

// A view bootstrap that fails falls back to the log scan: the pass still builds the open set and refunds.
func TestBootstrapViewsFail(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(5, day))
	h.mine(300)
	h.warpPast(ps)
	cfg := h.config(stateless{h.backend()}, keeperA, "a.json")
	cfg.MaxBlockRange = 50
	k := h.keeper(cfg)
	sum, err := k.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, BootstrapLogs, sum.Bootstrap)
	require.Equal(t, 5, sum.Refunded)
	h.requireAllOnce(ps)
}

// A checkpoint so far behind that its logs cost more calls than the views is brought up to date from the
// views too: the packets closed and sent meanwhile are as a log scan has them.
func TestBootstrapFarBehindCheckpoint(t *testing.T) {
	h := newHarness(t, testAccounts)
	ps := h.sendMany(h.ethPackets(5, day))
	cfg := h.config(h.backend(), keeperA, "behind.json")
	cfg.MaxBlockRange = 50
	k := h.keeper(cfg)
	require.Equal(t, BootstrapLogs, scanOnly(t, k).Bootstrap, "a young chain: one page")
	require.Len(t, k.state.open, 5)

	h.must(firstSender+1%h.senders, nil, esc.PackClaim(new(big.Int).SetUint64(ps[0].id), nil)) // closes packet 1
	more := h.sendMany(h.ethPackets(2, day))
	h.mine(300)
	sum := scanOnly(t, k)
	require.Equal(t, BootstrapViews, sum.Bootstrap, "7 pages behind: the views cost 2 calls")
	byLogs := h.keeper(h.config(h.backend(), keeperB, "logs.json"))
	require.Equal(t, BootstrapLogs, scanOnly(t, byLogs).Bootstrap)
	require.Equal(t, byLogs.state.open, k.state.open)
	require.NotContains(t, k.state.open, ps[0].id)
	require.Contains(t, k.state.open, more[1].id)
	require.Len(t, k.state.open, 6)
}
