package anvil

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// maxSpan bounds the appended blocks' time (in nanoseconds, 100 years) so that it cannot overflow.
const maxSpan = uint64(100 * 365 * 24 * time.Hour)

// historyWindow is the EIP-2935 ring buffer's length: the contract keeps the hashes of the last 8,191 blocks.
const historyWindow = 8191

// Extended is what ExtendState appended, and what Lengthen's steps took.
type Extended struct {
	From, Head uint64      // the first appended block and the new head
	HeadHash   common.Hash // the new head's hash
	HeadTime   uint64      // the new head's timestamp
	Checked    int         // parent links of the dump's own blocks that the hashing reproduced

	// Set by Lengthen.
	StateBytes        int64         // the state file Anvil loaded
	Dump, Write, Load time.Duration // anvil_dumpState; ExtendState; the restart until Anvil answers
}

// ExtendState writes to w the Anvil state read from state (the JSON of --dump-state, or anvil_dumpState's
// answer gunzipped) with blocks empty blocks appended after its best block: about what `anvil_mine` of as many
// blocks would leave (but for the base fee and the timestamps, below), made in seconds rather than hours
// (Anvil's cost per mined block grows with the chain).
// Anvil started with --load-state on the result has them as its chain: eth_blockNumber, eth_getBlockByNumber,
// eth_getLogs over them, new blocks on top.
//
// The appended headers are the best block's header with no transactions (gas used 0, empty roots, an empty
// bloom), parent-linked and numbered in turn, the same base fee (an empty block leaves it unchanged here
// rather than lowering it by an eighth), and timestamps interval apart after the best block's, in whole seconds
// (with an interval under a second, blocks share a second, as on chains faster than a block a second). A block
// is hashed as Anvil hashes it (the Keccak of the header's RLP, go-ethereum's Header.Hash); that is checked on
// the dump's own blocks first (each parent's hash against its child's parentHash), and ExtendState fails
// rather than write a chain Anvil would not link. The EIP-2935 history contract's storage gets the hashes the
// blocks' system calls would have written (the last 8,191), and the state's block environment the new head.
func ExtendState(w io.Writer, state []byte, blocks uint64, interval time.Duration) (Extended, error) {
	var ext Extended
	if blocks == 0 {
		return ext, errors.New("extend state: no blocks to append")
	}
	if interval < 0 || interval > 0 && blocks > maxSpan/uint64(interval) {
		return ext, fmt.Errorf("extend state: %d blocks %v apart: out of range", blocks, interval)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(state, &top); err != nil {
		return ext, fmt.Errorf("extend state: decode: %w", err)
	}
	best, err := quantity(top["best_block_number"])
	if err != nil {
		return ext, fmt.Errorf("extend state: best_block_number: %w", err)
	}
	var rawBlocks []json.RawMessage
	if err := json.Unmarshal(top["blocks"], &rawBlocks); err != nil {
		return ext, fmt.Errorf("extend state: blocks: %w", err)
	}

	// The dump's blocks come in no order: index them by number, hash them, and check the hashing on every
	// parent link they hold.
	type known struct {
		raw    json.RawMessage
		header *types.Header
		hash   common.Hash
	}
	byNumber := make(map[uint64]known, len(rawBlocks))
	for i, raw := range rawBlocks {
		var b struct {
			Header json.RawMessage `json:"header"`
		}
		if err := json.Unmarshal(raw, &b); err != nil {
			return ext, fmt.Errorf("extend state: block %d of the dump: %w", i, err)
		}
		h := new(types.Header)
		if err := json.Unmarshal(b.Header, h); err != nil {
			return ext, fmt.Errorf("extend state: header of block %d of the dump: %w", i, err)
		}
		byNumber[h.Number.Uint64()] = known{raw: raw, header: h, hash: h.Hash()}
	}
	for n, k := range byNumber {
		if parent, ok := byNumber[n-1]; ok && n > 0 {
			if parent.hash != k.header.ParentHash {
				return ext, fmt.Errorf("extend state: block %d's parentHash is %s, but its parent hashes to %s here: "+
					"this Anvil hashes headers differently (a header field go-ethereum does not know?)", n, k.header.ParentHash, parent.hash)
			}
			ext.Checked++
		}
	}
	head, ok := byNumber[best]
	if !ok {
		return ext, fmt.Errorf("extend state: the best block %d is not among the dump's %d blocks", best, len(rawBlocks))
	}
	if ext.Checked == 0 {
		return ext, errors.New("extend state: the dump has no parent link to check the hashing on (mine a block first)")
	}

	gen, err := newBlockGen(head.raw, head.header, interval)
	if err != nil {
		return ext, err
	}
	ext.From, ext.Head = best+1, best+blocks
	ext.HeadTime = gen.time(ext.Head)

	// The blocks first: the history contract's storage, among the accounts, wants the hashes of the last ones
	// (a JSON object's keys come in any order).
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString("{")
	writeKey(bw, "blocks")
	bw.WriteString("[")
	for i, raw := range rawBlocks {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.Write(raw)
	}
	recent := make(map[uint64]common.Hash, min(blocks, historyWindow))
	parent := head.hash
	for n := ext.From; n <= ext.Head; n++ {
		if ext.Head-n < historyWindow {
			recent[n-1] = parent // block n's system call stores its parent's hash
		}
		bw.WriteString(",")
		parent = gen.write(bw, n, parent)
	}
	ext.HeadHash = parent
	bw.WriteString("]")
	if gen.err != nil {
		return ext, gen.err
	}

	for k, v := range top {
		switch k {
		case "blocks":
			continue
		case "best_block_number":
			v = json.RawMessage(strconv.FormatUint(ext.Head, 10))
		case "block":
			if v, err = setBlockEnv(v, ext.Head, ext.HeadTime); err != nil {
				return ext, err
			}
		case "accounts":
			if v, err = setHistory(v, recent); err != nil {
				return ext, err
			}
		}
		bw.WriteString(",")
		writeKey(bw, k)
		bw.Write(v)
	}
	bw.WriteString("}")
	if err := bw.Flush(); err != nil {
		return ext, fmt.Errorf("extend state: write: %w", err)
	}
	return ext, nil
}

// setHistory writes block hashes into the EIP-2935 contract's ring buffer (slot number mod 8,191), as the
// appended blocks' system calls would have. A state without the contract is left as it is.
func setHistory(raw json.RawMessage, hashes map[uint64]common.Hash) (json.RawMessage, error) {
	var accounts map[string]json.RawMessage
	if err := json.Unmarshal(raw, &accounts); err != nil {
		return nil, fmt.Errorf("extend state: accounts: %w", err)
	}
	key := strings.ToLower(HistoryContract.Hex())
	acct, ok := accounts[key]
	if !ok {
		return raw, nil
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(acct, &fields); err != nil {
		return nil, fmt.Errorf("extend state: history contract: %w", err)
	}
	storage := map[string]string{}
	if s, ok := fields["storage"]; ok {
		if err := json.Unmarshal(s, &storage); err != nil {
			return nil, fmt.Errorf("extend state: history contract's storage: %w", err)
		}
	}
	for n, h := range hashes {
		storage[fmt.Sprintf("0x%064x", n%historyWindow)] = strings.ToLower(h.Hex())
	}
	var err error
	if fields["storage"], err = json.Marshal(storage); err != nil {
		return nil, err
	}
	if accounts[key], err = json.Marshal(fields); err != nil {
		return nil, err
	}
	return json.Marshal(accounts)
}

// blockGen writes appended blocks: the best block's JSON with three fields that change per block.
type blockGen struct {
	prefix   []byte // `{...the block's fixed fields...,"header":{...the header's fixed fields...`
	base     types.Header
	interval uint64 // nanoseconds
	buf      []byte
	checked  bool
	err      error
}

func newBlockGen(rawHead json.RawMessage, head *types.Header, interval time.Duration) (*blockGen, error) {
	var block map[string]json.RawMessage
	if err := json.Unmarshal(rawHead, &block); err != nil {
		return nil, fmt.Errorf("extend state: best block: %w", err)
	}
	var header map[string]json.RawMessage
	if err := json.Unmarshal(block["header"], &header); err != nil {
		return nil, fmt.Errorf("extend state: best block's header: %w", err)
	}
	base := types.CopyHeader(head)
	base.GasUsed = 0
	base.TxHash, base.ReceiptHash, base.Bloom = types.EmptyTxsHash, types.EmptyReceiptsHash, types.Bloom{}
	set := func(k string, v any) {
		b, _ := json.Marshal(v)
		header[k] = b
	}
	set("gasUsed", hexutil.Uint64(0))
	set("transactionsRoot", base.TxHash)
	set("receiptsRoot", base.ReceiptHash)
	set("logsBloom", base.Bloom)
	if base.BlobGasUsed != nil {
		zero := uint64(0)
		base.BlobGasUsed = &zero
		set("blobGasUsed", hexutil.Uint64(0))
	}
	for _, k := range []string{"parentHash", "number", "timestamp", "hash"} {
		delete(header, k)
	}
	hb, err := json.Marshal(header)
	if err != nil {
		return nil, fmt.Errorf("extend state: header template: %w", err)
	}
	delete(block, "header")
	block["transactions"] = json.RawMessage("[]")
	bb, err := json.Marshal(block)
	if err != nil {
		return nil, fmt.Errorf("extend state: block template: %w", err)
	}
	// `{"a":1}` + `{"h":2}` -> `{"a":1,"header":{"h":2` : the per-block fields and two braces follow.
	prefix := append(append(bytes.TrimSuffix(bb, []byte("}")), `,"header":`...), bytes.TrimSuffix(hb, []byte("}"))...)
	return &blockGen{prefix: prefix, base: *base, interval: uint64(interval)}, nil
}

// write appends block n with the given parent to w and returns its hash. The first block's JSON is decoded
// back and hashed again, so that the JSON Anvil reads and the header hashed here cannot differ.
func (g *blockGen) write(w *bufio.Writer, n uint64, parent common.Hash) common.Hash {
	h := g.base
	h.ParentHash = parent
	h.Number = new(big.Int).SetUint64(n)
	h.Time = g.time(n)
	hash := h.Hash()

	b := append(g.buf[:0], g.prefix...)
	b = append(b, `,"parentHash":"`...)
	b = append(b, parent.Hex()...)
	b = append(b, `","number":"`...)
	b = append(b, hexutil.EncodeUint64(n)...)
	b = append(b, `","timestamp":"`...)
	b = append(b, hexutil.EncodeUint64(h.Time)...)
	b = append(b, `"}}`...)
	g.buf = b
	w.Write(b)

	if !g.checked {
		g.checked = true
		var back struct {
			Header types.Header `json:"header"`
		}
		if err := json.Unmarshal(b, &back); err != nil {
			g.err = fmt.Errorf("extend state: an appended block does not decode: %w", err)
		} else if back.Header.Hash() != hash {
			g.err = fmt.Errorf("extend state: an appended block's JSON hashes to %s, its header to %s", back.Header.Hash(), hash)
		}
	}
	return hash
}

// time is block n's timestamp: the best block's plus the whole seconds of n-best intervals.
func (g *blockGen) time(n uint64) uint64 {
	return g.base.Time + (n-g.base.Number.Uint64())*g.interval/uint64(time.Second)
}

// setBlockEnv points the state's block environment (the block the next one is built on) at the new head.
func setBlockEnv(raw json.RawMessage, number, ts uint64) (json.RawMessage, error) {
	var env map[string]json.RawMessage
	if err := json.Unmarshal(raw, &env); err != nil {
		return nil, fmt.Errorf("extend state: block environment: %w", err)
	}
	env["number"], _ = json.Marshal(hexutil.EncodeUint64(number))
	env["timestamp"], _ = json.Marshal(hexutil.EncodeUint64(ts))
	return json.Marshal(env)
}

func writeKey(w *bufio.Writer, k string) {
	b, _ := json.Marshal(k)
	w.Write(b)
	w.WriteString(":")
}

// quantity reads a JSON number or a hex string.
func quantity(raw json.RawMessage) (uint64, error) {
	s := strings.TrimSpace(string(raw))
	if strings.HasPrefix(s, `"`) {
		var str string
		if err := json.Unmarshal(raw, &str); err != nil {
			return 0, err
		}
		return hexutil.DecodeUint64(str)
	}
	return strconv.ParseUint(s, 10, 64)
}

// Lengthen appends blocks empty blocks to the chain, interval apart (see ExtendState), in about the time it
// takes to write and read them rather than anvil_mine's (hours for a million, its cost per block growing with
// the chain): it dumps Anvil's state (anvil_dumpState), appends the blocks to it (ExtendState), and restarts
// Anvil on the same port with --load-state, so that RPC(), Client() and anything pointed at them keep working.
// Then it sets Anvil's clock to the new head's time: the blocks it mines next follow the appended ones.
//
// What does not survive the restart: the transaction pool, the states kept for past blocks (eth_call and
// reorgs reach back to the new head only), impersonations and clock offsets (evm_increaseTime). The chain's
// blocks, transactions, receipts and logs, the accounts and their storage do.
func (a *Anvil) Lengthen(ctx context.Context, blocks uint64, interval time.Duration) (Extended, error) {
	start := time.Now()
	var dump hexutil.Bytes
	if err := a.rpc.CallContext(ctx, &dump, "anvil_dumpState"); err != nil {
		return Extended{}, fmt.Errorf("lengthen: anvil_dumpState: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(dump))
	if err != nil {
		return Extended{}, fmt.Errorf("lengthen: the dump is not gzip: %w", err)
	}
	state, err := io.ReadAll(zr)
	if err != nil {
		return Extended{}, fmt.Errorf("lengthen: gunzip the dump: %w", err)
	}
	dumped := time.Since(start)

	path := filepath.Join(a.dir, "lengthened-state.json")
	f, err := os.Create(path)
	if err != nil {
		return Extended{}, fmt.Errorf("lengthen: %w", err)
	}
	defer os.Remove(path) // read once at start-up: no need to keep a file of ~1.6 KB a block
	ext, err := ExtendState(f, state, blocks, interval)
	ext.Dump = dumped
	if err == nil {
		var info os.FileInfo
		if info, err = f.Stat(); err == nil {
			ext.StateBytes = info.Size()
		}
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return ext, fmt.Errorf("lengthen: write the state: %w", err)
	}
	ext.Write = time.Since(start) - ext.Dump

	_, port, err := net.SplitHostPort(strings.TrimPrefix(a.url, "http://"))
	if err != nil {
		return ext, fmt.Errorf("lengthen: port of %s: %w", a.url, err)
	}
	loading := time.Now()
	a.stop()
	if err := a.launch(port, "--load-state", path); err != nil {
		return ext, fmt.Errorf("lengthen: restart: %w", err)
	}
	if _, err := a.awaitListening(ctx); err != nil {
		return ext, fmt.Errorf("lengthen: restart on port %s with the state loaded: %w", port, err)
	}
	if err := a.awaitReady(ctx); err != nil {
		return ext, fmt.Errorf("lengthen: restart: %w", err)
	}
	ext.Load = time.Since(loading)
	// Anvil stamps new blocks by its clock, not after the loaded head: without this they would go back in time.
	if err := a.rpc.CallContext(ctx, nil, "anvil_setTime", ext.HeadTime+1); err != nil {
		return ext, fmt.Errorf("lengthen: anvil_setTime: %w", err)
	}
	var head hexutil.Uint64
	if err := a.rpc.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return ext, fmt.Errorf("lengthen: eth_blockNumber: %w", err)
	}
	if uint64(head) != ext.Head {
		return ext, fmt.Errorf("lengthen: Anvil's head is %d after the restart, want %d", head, ext.Head)
	}
	return ext, nil
}
