package anvil

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
)

// stateFixture is anvil_dumpState of Anvil 1.7.1 after one transfer (block 1) and three more blocks: blocks 0-3
// in the dump's own order (not by number), the transfer's receipt, the history contract's storage.
const stateFixture = "testdata/state-anvil-1.7.1.json"

// dumped is a state as ExtendState writes it, decoded for the checks.
type dumped struct {
	Best     uint64                     `json:"best_block_number"`
	Block    map[string]json.RawMessage `json:"block"`
	Accounts map[string]struct {
		Storage map[string]string `json:"storage"`
	} `json:"accounts"`
	Blocks []struct {
		Header       types.Header      `json:"header"`
		Transactions []json.RawMessage `json:"transactions"`
	} `json:"blocks"`
	Transactions []json.RawMessage `json:"transactions"`
}

func TestExtendState(t *testing.T) {
	in, err := os.ReadFile(stateFixture)
	require.NoError(t, err)
	var before dumped
	require.NoError(t, json.Unmarshal(in, &before))
	require.EqualValues(t, 3, before.Best)

	// More than the history contract's 8,191 blocks, 12 seconds apart.
	const n, interval = 10_000, 12
	var out bytes.Buffer
	ext, err := ExtendState(&out, in, n, interval*time.Second)
	require.NoError(t, err)
	require.Equal(t, 3, ext.Checked, "the dump's three parent links hash as Anvil hashed them")
	require.EqualValues(t, 4, ext.From)
	require.EqualValues(t, 3+n, ext.Head)

	var after dumped
	require.NoError(t, json.Unmarshal(out.Bytes(), &after))
	require.Equal(t, ext.Head, after.Best)
	require.Len(t, after.Blocks, 4+n)
	require.Equal(t, before.Transactions, after.Transactions, "the receipts are kept")

	byNumber := map[uint64]*types.Header{}
	for i := range after.Blocks {
		b := &after.Blocks[i]
		num := b.Header.Number.Uint64()
		byNumber[num] = &b.Header
		if num >= ext.From {
			require.Empty(t, b.Transactions, "block %d", num)
			require.Zero(t, b.Header.GasUsed)
			require.Equal(t, types.EmptyTxsHash, b.Header.TxHash)
		}
	}
	old := byNumber[3]
	for num := uint64(1); num <= ext.Head; num++ {
		h := byNumber[num]
		require.NotNil(t, h, "block %d", num)
		require.Equal(t, byNumber[num-1].Hash(), h.ParentHash, "block %d links to its parent", num)
		if num >= ext.From {
			require.Equal(t, old.Time+(num-3)*interval, h.Time, "block %d's timestamp", num)
			require.Equal(t, old.BaseFee, h.BaseFee, "the base fee stays")
		}
	}
	require.Equal(t, byNumber[ext.Head].Hash(), ext.HeadHash)
	require.Equal(t, byNumber[ext.Head].Time, ext.HeadTime)
	require.Equal(t, fmt.Sprintf(`"%s"`, hexutil.EncodeUint64(ext.Head)), string(after.Block["number"]), "the block environment is the head's")

	// The history contract holds the hashes of the last 8,191 blocks before the head, as the blocks' system
	// calls would have left them.
	storage := after.Accounts[strings.ToLower(HistoryContract.Hex())].Storage
	for _, num := range []uint64{ext.Head - 1, ext.Head - historyWindow, 3} {
		want := byNumber[num].Hash().Hex()
		if ext.Head-num > historyWindow {
			want = strings.ToLower(byNumber[num+historyWindow].Hash().Hex()) // overwritten by a later block
		}
		require.Equal(t, strings.ToLower(want), storage[fmt.Sprintf("0x%064x", num%historyWindow)], "block %d", num)
	}
}

// Four blocks a second: they share seconds, and the head is 10/4 seconds (2 whole ones) after the best block.
func TestExtendStateSubSecond(t *testing.T) {
	in, err := os.ReadFile(stateFixture)
	require.NoError(t, err)
	var out bytes.Buffer
	ext, err := ExtendState(&out, in, 10, 250*time.Millisecond)
	require.NoError(t, err)
	var after dumped
	require.NoError(t, json.Unmarshal(out.Bytes(), &after))
	times := map[uint64]uint64{}
	for _, b := range after.Blocks {
		times[b.Header.Number.Uint64()] = b.Header.Time
	}
	var got []uint64
	for n := ext.From; n <= ext.Head; n++ {
		got = append(got, times[n]-times[3])
	}
	require.Equal(t, []uint64{0, 0, 0, 1, 1, 1, 1, 2, 2, 2}, got)
	require.Equal(t, times[3]+2, ext.HeadTime)
}

func TestExtendStateRefuses(t *testing.T) {
	in, err := os.ReadFile(stateFixture)
	require.NoError(t, err)
	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(in, &state))
	with := func(key, value string) []byte {
		c := map[string]json.RawMessage{}
		for k, v := range state {
			c[k] = v
		}
		c[key] = json.RawMessage(value)
		b, err := json.Marshal(c)
		require.NoError(t, err)
		return b
	}
	// Block 2's parentHash changed: the hashing here would not reproduce the dump's links.
	var blocks []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(state["blocks"], &blocks))
	for _, b := range blocks {
		var h map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(b["header"], &h))
		if string(h["number"]) == `"0x2"` {
			h["parentHash"] = json.RawMessage(`"` + common.Hash{1}.Hex() + `"`)
			b["header"], err = json.Marshal(h)
			require.NoError(t, err)
		}
	}
	broken, err := json.Marshal(blocks)
	require.NoError(t, err)

	for _, tc := range []struct {
		name     string
		state    []byte
		blocks   uint64
		interval time.Duration
		want     string
	}{
		{name: "nothing to append", state: in, blocks: 0, want: "no blocks to append"},
		{name: "a negative interval", state: in, blocks: 1, interval: -time.Second, want: "out of range"},
		{name: "a span too long", state: in, blocks: 1 << 40, interval: time.Hour, want: "out of range"},
		{name: "not a state", state: []byte("[]"), blocks: 1, want: "decode"},
		{name: "the best block is not in the dump", state: with("best_block_number", "99"), blocks: 1, want: "best block 99"},
		{name: "a parent link the hashing does not reproduce", state: with("blocks", string(broken)), blocks: 1,
			want: "hashes headers differently"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			_, err := ExtendState(&out, tc.state, tc.blocks, tc.interval)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// logInit is the init code of a contract that emits one log (LOG1 with topic logTopic) and keeps no code.
var logTopic = common.HexToHash("0x68b6a0c2b7d4a6b3c2f1e0d9c8b7a6f5e4d3c2b1a09f8e7d6c5b4a3928170605")

func deployLogger(t *testing.T, ec *ethclient.Client) *types.Receipt {
	t.Helper()
	ctx := t.Context()
	nonce, err := ec.PendingNonceAt(ctx, devkeys.Address(0))
	require.NoError(t, err)
	head, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	code := append(append([]byte{0x7f}, logTopic.Bytes()...), 0x60, 0x00, 0x60, 0x00, 0xa1) // PUSH32 topic, PUSH1 0, PUSH1 0, LOG1
	tx, err := types.SignNewTx(devkeys.Key(0), types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: nonce, Gas: 100_000, Data: code,
		GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Add(big.NewInt(1), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
	})
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, tx))
	rcpt, err := bind.WaitMined(ctx, ec, tx.Hash())
	require.NoError(t, err)
	require.Len(t, rcpt.Logs, 1)
	return rcpt
}

// TestLengthen appends 20,000 blocks to a running Anvil and checks what the tools see: the head, the links and
// timestamps, the old logs, the history contract, and new transactions on top.
func TestLengthen(t *testing.T) {
	a := StartT(t, Options{})
	ctx := t.Context()
	ec := a.Client()
	url := a.RPC()
	rcpt := deployLogger(t, ec)
	before, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)

	const n, interval = 20_000, 12
	start := time.Now()
	ext, err := a.Lengthen(ctx, n, interval*time.Second)
	require.NoError(t, err)
	rss, _, err := a.Memory()
	require.NoError(t, err)
	t.Logf("lengthened by %d blocks in %v (dump %v, write %v, load %v; %d MB of state; Anvil %d MB)", n,
		time.Since(start).Round(time.Millisecond), ext.Dump, ext.Write, ext.Load, ext.StateBytes>>20, rss>>20)

	require.Equal(t, url, a.RPC(), "same endpoint")
	head, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, before.Number.Uint64()+n, head.Number.Uint64())
	require.Equal(t, ext.HeadHash, head.Hash())
	require.Equal(t, before.Time+n*interval, head.Time)

	// The seam: the first appended block links to the old head, and a block in the middle to its parent.
	first, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(ext.From))
	require.NoError(t, err)
	require.Equal(t, before.Hash(), first.ParentHash)
	mid, err := ec.HeaderByNumber(ctx, big.NewInt(int64(ext.From+n/2)))
	require.NoError(t, err)
	prev, err := ec.HeaderByNumber(ctx, big.NewInt(int64(ext.From+n/2-1)))
	require.NoError(t, err)
	require.Equal(t, prev.Hash(), mid.ParentHash)

	// The old log, found over the whole chain.
	logs, err := ec.FilterLogs(ctx, filterAll(rcpt.ContractAddress, head.Number))
	require.NoError(t, err)
	require.Len(t, logs, 1)
	require.Equal(t, rcpt.TxHash, logs[0].TxHash)
	require.Equal(t, rcpt.BlockNumber.Uint64(), logs[0].BlockNumber)

	// A transaction mines on top, stamped after the appended blocks.
	tx := sendValue(t, ec)
	r, err := bind.WaitMined(ctx, ec, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, head.Number.Uint64()+1, r.BlockNumber.Uint64())
	top, err := ec.HeaderByNumber(ctx, r.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, head.Hash(), top.ParentHash)
	require.Greater(t, top.Time, head.Time)

	// EIP-2935: the history contract answers with the hashes of the appended blocks, the old head's included.
	for _, num := range []uint64{head.Number.Uint64(), head.Number.Uint64() - 1, top.Number.Uint64() - historyWindow + 1} {
		want, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(num))
		require.NoError(t, err)
		got, err := ec.CallContract(ctx, callHistory(num), nil)
		require.NoError(t, err, "block %d", num)
		require.Equal(t, want.Hash(), common.BytesToHash(got), "block %d", num)
	}
}

func filterAll(addr common.Address, to *big.Int) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: to, Addresses: []common.Address{addr}}
}

// callHistory asks the EIP-2935 contract for a block's hash (its get: the number as 32 bytes of calldata).
func callHistory(num uint64) ethereum.CallMsg {
	return ethereum.CallMsg{To: &HistoryContract, Data: common.BigToHash(new(big.Int).SetUint64(num)).Bytes()}
}
