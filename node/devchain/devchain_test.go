package devchain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
)

var (
	escrowABI = escrow.NewHongbaoEscrow()
	tokenABI  = tokens.NewTestStablecoin()
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// start runs a chain on a free port with a temporary home; it is closed when the test ends.
func start(t *testing.T, cfg Config) *Chain {
	t.Helper()
	if cfg.Home == "" {
		cfg.Home = t.TempDir()
	}
	c, err := Start(testCtx(t), cfg)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, c.Close()) })
	return c
}

func dialHTTP(t *testing.T, c *Chain) (*ethclient.Client, *rpc.Client) {
	t.Helper()
	rc, err := rpc.Dial(c.HTTPURL)
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	return ethclient.NewClient(rc), rc
}

func rpcCall[T any](t *testing.T, rc *rpc.Client, method string, args ...any) T {
	t.Helper()
	var out T
	require.NoError(t, rc.CallContext(testCtx(t), &out, method, args...), method)
	return out
}

func view[T any](t *testing.T, ec *ethclient.Client, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := ec.CallContract(testCtx(t), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(t, err)
	v, err := unpack(out)
	require.NoError(t, err)
	return v
}

// send signs and sends a transaction with the given nonce and waits for its receipt.
func sendTx(t *testing.T, ec *ethclient.Client, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	ctx := testCtx(t)
	id, err := ec.ChainID(ctx)
	require.NoError(t, err)
	head, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tip := big.NewInt(params.GWei)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas: 500_000, To: &to, Value: value, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(id), key)
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, signed))
	r, err := deploy.WaitMined(ctx, ec, signed.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

func transfer(t *testing.T, ec *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, value *big.Int) *types.Receipt {
	t.Helper()
	nonce, err := ec.PendingNonceAt(testCtx(t), crypto.PubkeyToAddress(key.PublicKey))
	require.NoError(t, err)
	return sendTx(t, ec, key, nonce, to, value, nil)
}

func balance(t *testing.T, ec *ethclient.Client, addr common.Address) *big.Int {
	t.Helper()
	b, err := ec.BalanceAt(testCtx(t), addr, nil)
	require.NoError(t, err)
	return b
}

func head(t *testing.T, ec *ethclient.Client) *types.Header {
	t.Helper()
	h, err := ec.HeaderByNumber(testCtx(t), nil)
	require.NoError(t, err)
	return h
}

func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

func TestStartDeploysEverything(t *testing.T) {
	home := t.TempDir()
	c := start(t, Config{Home: home})
	ec, _ := dialHTTP(t, c)
	ctx := testCtx(t)

	id, err := ec.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(31337), id.Uint64())
	require.Equal(t, uint64(31337), c.ChainID)

	// The ten dev accounts: 10,000 ETH each (account 0 paid for the deployment) and 100,000.00 tCNY.
	require.Len(t, c.Accounts, devkeys.Count)
	d := c.Deployment
	tcny := d.Tokens["tCNY"]
	for i, a := range c.Accounts {
		require.Equal(t, devkeys.Address(i), a)
		if i == 0 {
			b := balance(t, ec, a)
			require.Equal(t, -1, b.Cmp(AccountFunds), "account 0 paid gas")
			require.Equal(t, 1, b.Cmp(ether(9_999)))
		} else {
			require.Equal(t, AccountFunds, balance(t, ec, a), "account %d", i)
		}
		require.Equal(t, big.NewInt(10_000_000), view(t, ec, tcny, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf))
	}
	// Block fees went to the fee address, which is none of the accounts.
	require.NotContains(t, c.Accounts, FeeRecipient)
	require.Equal(t, 1, balance(t, ec, FeeRecipient).Sign())

	// Escrow owned by account 0, created in d.Block; tCNY with the default policy.
	require.Equal(t, devkeys.Address(0), d.Owner)
	require.Equal(t, devkeys.Address(0), view(t, ec, d.Escrow, escrowABI.PackOwner(), escrowABI.UnpackOwner))
	code, err := ec.CodeAt(ctx, d.Escrow, new(big.Int).SetUint64(d.Block))
	require.NoError(t, err)
	require.NotEmpty(t, code)
	code, err = ec.CodeAt(ctx, d.Escrow, new(big.Int).SetUint64(d.Block-1))
	require.NoError(t, err)
	require.Empty(t, code)
	require.Equal(t, d.Block, view(t, ec, d.Escrow, escrowABI.PackDeployBlock(), escrowABI.UnpackDeployBlock).Uint64(),
		"the deployment's block is the escrow's own deployBlock()")
	require.Equal(t, "tCNY", view(t, ec, tcny, tokenABI.PackSymbol(), tokenABI.UnpackSymbol))
	pol := view(t, ec, d.Escrow, escrowABI.PackTokenPolicy(tcny), escrowABI.UnpackTokenPolicy)
	require.Equal(t, big.NewInt(1), pol.MinShare)
	require.Equal(t, []escrow.IHongbaoEscrowTier{
		{MaxAmount: big.NewInt(20000), Window: 300, Consent: true},
		{MaxAmount: big.NewInt(50000), Window: 120, Consent: true},
	}, pol.Tiers)

	// The deployment file is in the home directory.
	saved, err := deploy.Load(home, 31337)
	require.NoError(t, err)
	require.Equal(t, d, *saved)

	// The in-process client sees the same chain.
	inproc, err := c.Client().ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, id, inproc)
}

// requireClock checks that block hash has the time wall clock + offset, the wall clock being read between
// before and after, unless its parent was already later (a block is always after its parent).
func requireClock(t *testing.T, ec *ethclient.Client, hash common.Hash, before, after, offset int64) {
	t.Helper()
	blk := mustHeader(t, ec, hash)
	parent := mustHeader(t, ec, blk.ParentHash)
	require.GreaterOrEqual(t, blk.Time, max(uint64(before+offset), parent.Time+1))
	require.LessOrEqual(t, blk.Time, max(uint64(after+offset), parent.Time+1))
}

func TestIncreaseTimePersists(t *testing.T) {
	c := start(t, Config{})
	ec, rc := dialHTTP(t, c)

	// By number: the next block is an hour ahead of the wall clock.
	before := time.Now().Unix()
	require.Equal(t, "3600", rpcCall[string](t, rc, "evm_increaseTime", 3600))
	require.Equal(t, "0x0", rpcCall[string](t, rc, "evm_mine"))
	after := time.Now().Unix()
	mined := head(t, ec)
	requireClock(t, ec, mined.Hash(), before, after, 3600)
	require.Greater(t, mined.Time, uint64(before+3000), "the jump happened")

	// By hex string, as viem sends it: the offsets add up, and transactions' own blocks carry them, block
	// after block (the offset is persistent, not a one-off jump).
	require.Equal(t, "7200", rpcCall[string](t, rc, "evm_increaseTime", "0xe10"))
	for range 3 {
		before = time.Now().Unix()
		r := transfer(t, ec, devkeys.Key(1), devkeys.Address(2), big.NewInt(1))
		after = time.Now().Unix()
		requireClock(t, ec, r.BlockHash, before, after, 7200)
	}

	require.Equal(t, "7260", rpcCall[string](t, rc, "evm_increaseTime", "60"))
	for _, bad := range []any{-5, "soon", "0x", 1.5} {
		var out string
		require.Error(t, rc.CallContext(testCtx(t), &out, "evm_increaseTime", bad), "%v", bad)
	}
}

func TestSetNextBlockTimestamp(t *testing.T) {
	c := start(t, Config{})
	ec, rc := dialHTTP(t, c)

	h := head(t, ec).Time
	target := h + 100_000
	var null any
	require.NoError(t, rc.CallContext(testCtx(t), &null, "evm_setNextBlockTimestamp", hexutil.EncodeUint64(target)))
	r := transfer(t, ec, devkeys.Key(1), devkeys.Address(2), big.NewInt(1))
	require.Equal(t, target, mustHeader(t, ec, r.BlockHash).Time, "the transaction's block has exactly the pinned time")

	// Later blocks continue from the pinned time, not from the wall clock.
	before := time.Now().Unix()
	rpcCall[string](t, rc, "evm_mine")
	after := time.Now().Unix()
	next := head(t, ec).Time
	require.Greater(t, next, target)
	require.LessOrEqual(t, next, target+1+uint64(after-before))

	// evm_mine with a timestamp.
	require.Equal(t, "0x0", rpcCall[string](t, rc, "evm_mine", next+500))
	require.Equal(t, next+500, head(t, ec).Time)

	// Not after the head: rejected.
	err := rc.CallContext(testCtx(t), &null, "evm_setNextBlockTimestamp", next+500)
	require.ErrorContains(t, err, "not after the head block's timestamp")
	err = rc.CallContext(testCtx(t), &null, "evm_mine", next)
	require.ErrorContains(t, err, "not after")
}

func mustHeader(t *testing.T, ec *ethclient.Client, hash common.Hash) *types.Header {
	t.Helper()
	h, err := ec.HeaderByHash(testCtx(t), hash)
	require.NoError(t, err)
	return h
}

func TestAnvilMine(t *testing.T) {
	c := start(t, Config{})
	ec, rc := dialHTTP(t, c)
	h := head(t, ec)
	var null any
	require.NoError(t, rc.CallContext(testCtx(t), &null, "anvil_mine", "0x3", "0x3c"))
	got := head(t, ec)
	require.Equal(t, h.Number.Uint64()+3, got.Number.Uint64())
	first, err := ec.HeaderByNumber(testCtx(t), new(big.Int).Add(h.Number, big.NewInt(1)))
	require.NoError(t, err)
	require.Equal(t, first.Time+120, got.Time, "60 s between the mined blocks")

	require.NoError(t, rc.CallContext(testCtx(t), &null, "anvil_mine"))
	require.Equal(t, got.Number.Uint64()+1, head(t, ec).Number.Uint64())
}

func TestSnapshotRevert(t *testing.T) {
	c := start(t, Config{})
	ec, rc := dialHTTP(t, c)
	from, to := devkeys.Address(1), devkeys.Address(2)
	fromBal, toBal := balance(t, ec, from), balance(t, ec, to)
	nonce, err := ec.NonceAt(testCtx(t), from, nil)
	require.NoError(t, err)
	h := head(t, ec)

	id := rpcCall[string](t, rc, "evm_snapshot")
	require.Equal(t, "0x1", id)
	r := transfer(t, ec, devkeys.Key(1), to, ether(1))
	require.Equal(t, new(big.Int).Add(toBal, ether(1)), balance(t, ec, to))
	inner := rpcCall[string](t, rc, "evm_snapshot")
	transfer(t, ec, devkeys.Key(1), to, ether(2))

	require.True(t, rpcCall[bool](t, rc, "evm_revert", id))
	require.Equal(t, fromBal, balance(t, ec, from))
	require.Equal(t, toBal, balance(t, ec, to))
	require.Equal(t, h.Number, head(t, ec).Number)
	_, err = ec.TransactionReceipt(testCtx(t), r.TxHash)
	require.ErrorIs(t, err, ethereum.NotFound)

	// Used up: the snapshot itself and the one taken after it.
	require.False(t, rpcCall[bool](t, rc, "evm_revert", id))
	require.False(t, rpcCall[bool](t, rc, "evm_revert", inner))

	// The reverted transactions are gone from the pool too: the same nonce is free for a new transaction (a
	// replayed or pooled old one would make this fail with "nonce too low" or "replacement underpriced").
	r2 := sendTx(t, ec, devkeys.Key(1), nonce, to, big.NewInt(5), nil)
	require.Equal(t, h.Number.Uint64()+1, r2.BlockNumber.Uint64())
	require.Equal(t, new(big.Int).Add(toBal, big.NewInt(5)), balance(t, ec, to))
}

func TestSetBalance(t *testing.T) {
	c := start(t, Config{})
	ec, rc := dialHTTP(t, c)
	var null any
	set := func(method string, addr common.Address, v any) error {
		return rc.CallContext(testCtx(t), &null, method, addr, v)
	}

	fresh := common.HexToAddress("0x1234567890123456789012345678901234567890")
	require.NoError(t, set("hardhat_setBalance", fresh, "42"))
	require.Equal(t, big.NewInt(42), balance(t, ec, fresh))
	want, _ := new(big.Int).SetString("123456789000000000000000007", 10)
	require.NoError(t, set("anvil_setBalance", fresh, hexutil.EncodeBig(want)))
	require.Equal(t, want, balance(t, ec, fresh))
	// Lowering needs the account's key, which the chain has only for the dev accounts.
	err := set("anvil_setBalance", fresh, "0x0")
	require.ErrorContains(t, err, "holds no key")
	require.Equal(t, want, balance(t, ec, fresh))

	// A dev account can go down to 1 wei and 0 (the fee of the cut is topped up first), and back up.
	dev := devkeys.Address(5)
	for _, v := range []*big.Int{big.NewInt(1), big.NewInt(0), ether(3), ether(3)} {
		require.NoError(t, set("anvil_setBalance", dev, hexutil.EncodeBig(v)))
		require.Equal(t, v.String(), balance(t, ec, dev).String())
	}
	// The account still works: it can spend what it was given.
	r := transfer(t, ec, devkeys.Key(5), fresh, ether(1))
	require.Equal(t, new(big.Int).Sub(ether(2), gasCost(r)), balance(t, ec, dev))

	require.ErrorContains(t, set("anvil_setBalance", c.Faucet, "0x1"), "faucet")
	// A contract that refuses ETH (the escrow has no receive function) cannot be funded by a transfer.
	require.ErrorContains(t, set("anvil_setBalance", c.Deployment.Escrow, "0x1"), "reverted")
	require.Equal(t, 0, balance(t, ec, c.Deployment.Escrow).Sign())
	require.Error(t, set("anvil_setBalance", dev, "-1"))
}

func TestLogsOverHTTPAndWebSocket(t *testing.T) {
	c := start(t, Config{})
	ec, rc := dialHTTP(t, c)
	ctx := testCtx(t)
	d := c.Deployment

	// eth_getLogs finds the escrow's history: its ownership at creation, then the policy the deployment applied.
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(d.Block), Addresses: []common.Address{d.Escrow}})
	require.NoError(t, err)
	require.Len(t, logs, 2)
	owner, err := escrowABI.UnpackOwnershipTransferredEvent(&logs[0])
	require.NoError(t, err)
	require.Equal(t, devkeys.Address(0), owner.NewOwner)
	require.Equal(t, d.Block, logs[0].BlockNumber)
	ev, err := escrowABI.UnpackTokenPolicySetEvent(&logs[1])
	require.NoError(t, err)
	require.Equal(t, d.Tokens["tCNY"], ev.Token)
	require.Equal(t, big.NewInt(1), ev.MinShare)
	require.Len(t, ev.Tiers, 2)

	// A WebSocket subscription and an installed filter both see a new packet.
	ws, err := ethclient.Dial(c.WSURL)
	require.NoError(t, err)
	defer ws.Close()
	sink := make(chan types.Log, 4)
	sub, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.Escrow}}, sink)
	require.NoError(t, err)
	defer sub.Unsubscribe()
	filterID := rpcCall[string](t, rc, "eth_newFilter", map[string]any{"address": d.Escrow})

	p := escrow.IHongbaoEscrowSendParams{Kind: 0, Shares: 1, Ttl: 86400, Amount: ether(1), Recipient: devkeys.Address(2)}
	nonce, err := ec.PendingNonceAt(ctx, devkeys.Address(1))
	require.NoError(t, err)
	sent := sendTx(t, ec, devkeys.Key(1), nonce, d.Escrow, ether(1), escrowABI.PackSend(p))

	select {
	case l := <-sink:
		got, err := escrowABI.UnpackPacketSentEvent(&l)
		require.NoError(t, err)
		require.Equal(t, devkeys.Address(1), got.Sender)
		require.Equal(t, devkeys.Address(2), got.Recipient)
		require.Equal(t, ether(1), got.Total)
		require.Equal(t, sent.TxHash, l.TxHash)
	case err := <-sub.Err():
		t.Fatalf("subscription: %v", err)
	case <-ctx.Done():
		t.Fatal("no log over WebSocket")
	}
	// The installed filter collects the log on its own goroutine, possibly a moment after the subscription
	// delivered it: poll until it has it, as a client of eth_getFilterChanges does.
	var changes []types.Log
	for len(changes) == 0 {
		changes = rpcCall[[]types.Log](t, rc, "eth_getFilterChanges", filterID)
		if len(changes) == 0 {
			time.Sleep(5 * time.Millisecond)
		}
	}
	require.Len(t, changes, 1)
	require.Equal(t, sent.TxHash, changes[0].TxHash)
}

func TestDataDirRestart(t *testing.T) {
	dataDir := t.TempDir()
	home1, home2 := t.TempDir(), t.TempDir()
	stranger := common.HexToAddress("0x00000000000000000000000000000000000be5e5")

	c1, err := Start(testCtx(t), Config{DataDir: dataDir, Home: home1})
	require.NoError(t, err)
	ec1 := c1.Client()
	transfer(t, ec1, devkeys.Key(3), stranger, big.NewInt(1_500_000_000))
	head1 := head(t, ec1).Number.Uint64()
	d1 := c1.Deployment
	require.NoError(t, c1.Close())

	c2, err := Start(testCtx(t), Config{DataDir: dataDir, Home: home2})
	require.NoError(t, err)
	defer func() { require.NoError(t, c2.Close()) }()
	ec2, _ := dialHTTP(t, c2)

	require.Equal(t, d1, c2.Deployment, "the deployment is reused, not redone")
	require.Equal(t, big.NewInt(1_500_000_000), balance(t, ec2, stranger))
	require.Equal(t, head1, head(t, ec2).Number.Uint64(), "no new blocks: nothing was deployed again")
	require.Equal(t, big.NewInt(10_000_000),
		view(t, ec2, d1.Tokens["tCNY"], tokenABI.PackBalanceOf(devkeys.Address(0)), tokenABI.UnpackBalanceOf))
	saved, err := deploy.Load(home2, DefaultChainID)
	require.NoError(t, err)
	require.Equal(t, d1, *saved)

	// The chain goes on: new transactions mine on top of the restored head.
	r := transfer(t, ec2, devkeys.Key(3), stranger, big.NewInt(1))
	require.Equal(t, head1+1, r.BlockNumber.Uint64())
}

func TestDataDirOfAnotherChain(t *testing.T) {
	dataDir := t.TempDir()
	c, err := Start(testCtx(t), Config{DataDir: dataDir, Home: t.TempDir(), ChainID: 4242})
	require.NoError(t, err)
	ec, _ := dialHTTP(t, c)
	id, err := ec.ChainID(testCtx(t))
	require.NoError(t, err)
	require.Equal(t, uint64(4242), id.Uint64())
	require.Equal(t, uint64(4242), c.Deployment.ChainID)
	require.NoError(t, c.Close())

	_, err = Start(testCtx(t), Config{DataDir: dataDir, Home: t.TempDir(), ChainID: 31337})
	require.ErrorContains(t, err, "incompatible genesis", "a data dir of chain 4242 cannot start chain 31337")
	requireNoChainGoroutines(t)
}

func TestCloseFreesPort(t *testing.T) {
	c, err := Start(testCtx(t), Config{Home: t.TempDir()})
	require.NoError(t, err)
	u, err := url.Parse(c.HTTPURL)
	require.NoError(t, err)
	ws, err := url.Parse(c.WSURL)
	require.NoError(t, err)
	require.Equal(t, u.Host, ws.Host, "HTTP and WebSocket share the port")
	require.NoError(t, c.Close())
	require.NoError(t, c.Close(), "closing twice is fine")

	l, err := net.Listen("tcp", u.Host)
	require.NoError(t, err, "the port is free after Close")
	require.NoError(t, l.Close())
}

// Close must stop every goroutine the chain started: the sealer's, the RPC servers', the node's services'.
// go-ethereum keeps a few process-wide workers (the sender cache), so the check looks for goroutines running
// in the packages a chain starts, not at a bare count.
func TestCloseLeavesNoGoroutines(t *testing.T) {
	c, err := Start(testCtx(t), Config{Home: t.TempDir(), DataDir: t.TempDir()})
	require.NoError(t, err)
	ws, err := ethclient.Dial(c.WSURL) // a live WebSocket connection must not keep anything alive either
	require.NoError(t, err)
	_, err = ws.BlockNumber(testCtx(t))
	require.NoError(t, err)
	// Clients that never clean up: a log subscription and an installed filter, both still live at Close.
	sub, err := ws.SubscribeFilterLogs(testCtx(t), ethereum.FilterQuery{}, make(chan types.Log, 1))
	require.NoError(t, err)
	defer sub.Unsubscribe()
	_, rc := dialHTTP(t, c)
	rpcCall[string](t, rc, "eth_newFilter", map[string]any{})
	rpcCall[string](t, rc, "eth_newBlockFilter")
	require.NotEmpty(t, chainGoroutines(), "the check must see a running chain's goroutines")
	require.NoError(t, c.Close())
	ws.Close()

	requireNoChainGoroutines(t)
}

// requireNoChainGoroutines fails if goroutines of a dev chain are still running. They finish shortly after
// Close returns; it waits for them, within a generous bound.
func requireNoChainGoroutines(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	left := chainGoroutines()
	for len(left) > 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		left = chainGoroutines()
	}
	require.Empty(t, left, "goroutines left after Close")
}

// chainGoroutines returns the stacks of goroutines running code of a dev chain, other than the caller's.
func chainGoroutines() []string {
	markers := []string{
		"node/devchain.(*sealer)", "go-ethereum/rpc.", "go-ethereum/node.", "go-ethereum/eth.",
		"go-ethereum/eth/filters.", "go-ethereum/core/txpool", "go-ethereum/core.(*BlockChain)", "go-ethereum/miner.",
	}
	buf := make([]byte, 4<<20)
	all := string(buf[:runtime.Stack(buf, true)])
	var found []string
	for i, g := range strings.Split(all, "\n\n") {
		if i == 0 {
			continue // the caller
		}
		for _, m := range markers {
			if strings.Contains(g, m) {
				found = append(found, g)
				break
			}
		}
	}
	return found
}

func TestStartOnBusyPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	_, err = Start(testCtx(t), Config{Port: port, Home: t.TempDir()})
	require.ErrorContains(t, err, "cannot listen")
	requireNoChainGoroutines(t) // a failed start leaves nothing running

	_, err = Start(testCtx(t), Config{Port: 70000, Home: t.TempDir()})
	require.ErrorContains(t, err, "out of range")
}

func TestDeploymentFileGoesToHome(t *testing.T) {
	home := filepath.Join(t.TempDir(), "h")
	t.Setenv(deploy.HomeEnv, home)
	c, err := Start(testCtx(t), Config{}) // Home "" = deploy.Home() = $HONGBAO_HOME
	require.NoError(t, err)
	defer c.Close()
	_, err = os.Stat(deploy.Path(home, c.ChainID))
	require.NoError(t, err)
}

func TestQuantity(t *testing.T) {
	good := map[string]uint64{`3600`: 3600, `"0xe10"`: 3600, `"0x0E10"`: 3600, `"3600"`: 3600, `0`: 0, `"0x0"`: 0}
	for in, want := range good {
		var q Quantity
		require.NoError(t, q.UnmarshalJSON([]byte(in)), in)
		require.Equal(t, Quantity(want), q, in)
	}
	for _, in := range []string{`-1`, `1.5`, `1e3`, `"0x"`, `""`, `"abc"`, `"0xg1"`, `null`, `"18446744073709551616"`} {
		var q Quantity
		require.Error(t, q.UnmarshalJSON([]byte(in)), in)
	}
	var b Big
	require.NoError(t, b.UnmarshalJSON([]byte(`"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"`)))
	require.Equal(t, 256, b.Int().BitLen())
	require.Error(t, b.UnmarshalJSON([]byte(`"0x1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"`)))
}
