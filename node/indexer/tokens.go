package indexer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hongbao/hongbao/bindings/mocks"
)

var erc20ABI = mocks.NewMockERC20()

// TokenInfo is how records show a token: its symbol and decimals as the token reported them when first seen.
type TokenInfo struct {
	Address  common.Address
	Symbol   string // empty when the token has no symbol(); records then show the address
	Decimals uint8  // 0 when the token has no decimals(): amounts are then shown in base units
}

// Label is the symbol, or the address when the token has none.
func (t TokenInfo) Label() string {
	if t.Symbol != "" {
		return t.Symbol
	}
	return t.Address.Hex()
}

// tokenSlot is where an event carries its `token` argument: a topic, or a 32-byte word of the data when every
// data argument before it is one word; otherwise (slow) the data is decoded.
type tokenSlot struct {
	topic int // 1.. for an indexed argument; 0: in the data
	word  int
	slow  bool
}

// tokenEvents are the topics of the events with a `token` argument (the only places a token first appears)
// and where each carries it.
var tokenEvents = func() map[common.Hash]tokenSlot {
	out := map[common.Hash]tokenSlot{}
	for _, ev := range escrowABI.GetABI().Events {
		topic, word, slow := 0, 0, false
		for _, in := range ev.Inputs {
			if in.Name == "token" {
				if in.Indexed {
					out[ev.ID] = tokenSlot{topic: topic + 1}
				} else {
					out[ev.ID] = tokenSlot{word: word, slow: slow}
				}
				break
			}
			switch {
			case in.Indexed:
				topic++
			case oneWord(in.Type):
				word++
			default:
				slow = true
			}
		}
	}
	return out
}()

// oneWord reports whether an ABI type takes exactly one 32-byte word in event data.
func oneWord(t abi.Type) bool {
	switch t.T {
	case abi.IntTy, abi.UintTy, abi.BoolTy, abi.AddressTy, abi.FixedBytesTy:
		return true
	}
	return false
}

// pageTokens lists the tokens named by a page's logs.
func pageTokens(logs []types.Log) ([]common.Address, error) {
	seen := map[common.Address]bool{}
	var out []common.Address
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) == 0 {
			continue
		}
		slot, ok := tokenEvents[l.Topics[0]]
		if !ok {
			continue
		}
		t, err := slot.token(l)
		if err != nil {
			return nil, err
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out, nil
}

func (s tokenSlot) token(l *types.Log) (common.Address, error) {
	switch {
	case s.topic > 0 && s.topic < len(l.Topics):
		return common.BytesToAddress(l.Topics[s.topic].Bytes()), nil
	case s.topic == 0 && !s.slow && len(l.Data) >= 32*(s.word+1):
		return common.BytesToAddress(l.Data[32*s.word : 32*(s.word+1)]), nil
	}
	ev := escrowABI.GetABI().Events[handlers[l.Topics[0]].name]
	m := map[string]any{}
	if err := ev.Inputs.NonIndexed().UnpackIntoMap(m, l.Data); err != nil {
		return common.Address{}, fmt.Errorf("decode %s: %w", ev.Name, err)
	}
	t, ok := m["token"].(common.Address)
	if !ok {
		return common.Address{}, fmt.Errorf("decode %s: no token", ev.Name)
	}
	return t, nil
}

// newTokens reads symbol and decimals of the page's tokens the database does not know yet. It runs before the
// page's transaction so that no node call happens while the database is locked; each look-up is one statement
// whose row is read before the node is called.
func (ix *Indexer) newTokens(ctx context.Context, logs []types.Log) ([]TokenInfo, error) {
	tokens, err := pageTokens(logs)
	if err != nil {
		return nil, err
	}
	var out []TokenInfo
	for _, t := range tokens {
		var one int
		err := ix.db.db.QueryRowContext(ctx, `SELECT 1 FROM tokens WHERE address = ?`, addrText(t)).Scan(&one)
		if err == nil {
			continue
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("read token %s: %w", t.Hex(), err)
		}
		info, err := readTokenInfo(ctx, ix.node(), t)
		if err != nil {
			return nil, err
		}
		out = append(out, info)
	}
	return out, nil
}

// readTokenInfo calls symbol() and decimals(). A token without them (a revert or an empty answer) is recorded
// without; a node error is returned so that the page is retried rather than cached wrong.
func readTokenInfo(ctx context.Context, b nodeCalls, t common.Address) (TokenInfo, error) {
	info := TokenInfo{Address: t}
	out, ok, err := tokenCall(ctx, b, t, erc20ABI.PackSymbol())
	if err != nil {
		return info, err
	}
	if ok {
		info.Symbol = decodeSymbol(out)
	}
	out, ok, err = tokenCall(ctx, b, t, erc20ABI.PackDecimals())
	if err != nil {
		return info, err
	}
	if ok {
		if d, err := erc20ABI.UnpackDecimals(out); err == nil {
			info.Decimals = d
		}
	}
	return info, nil
}

func tokenCall(ctx context.Context, b nodeCalls, t common.Address, data []byte) ([]byte, bool, error) {
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &t, Data: data}, nil)
	if err == nil {
		return out, len(out) > 0, nil
	}
	var de rpc.DataError
	if errors.As(err, &de) || strings.Contains(err.Error(), "execution reverted") {
		return nil, false, nil
	}
	return nil, false, fmt.Errorf("read token %s: %w", t.Hex(), err)
}

// decodeSymbol accepts the ERC-20 string, or a bytes32 as some older tokens return.
func decodeSymbol(out []byte) string {
	if s, err := erc20ABI.UnpackSymbol(out); err == nil {
		return printable(s)
	}
	if len(out) == 32 {
		return printable(strings.TrimRight(string(out), "\x00"))
	}
	return ""
}

// printable drops control characters so that a hostile symbol cannot break a CSV line or a terminal.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// Token returns what the index knows of token (symbol and decimals as read when first seen; the zero address
// is the native coin); ok is false for a token the index has not seen.
func (d *DB) Token(ctx context.Context, token common.Address) (TokenInfo, bool, error) {
	info := TokenInfo{Address: token}
	var decimals int64
	err := d.db.QueryRowContext(ctx, `SELECT symbol, decimals FROM tokens WHERE address = ?`, addrText(token)).Scan(&info.Symbol, &decimals)
	if errors.Is(err, sql.ErrNoRows) {
		return TokenInfo{Address: token}, false, nil
	}
	if err != nil {
		return TokenInfo{Address: token}, false, fmt.Errorf("read token %s: %w", token.Hex(), err)
	}
	info.Decimals = uint8(decimals)
	return info, true, nil
}

// Tokens returns every token the index has seen, the native coin first.
func (d *DB) Tokens(ctx context.Context) ([]TokenInfo, error) {
	return readTokens(ctx, d.db)
}

func readTokens(ctx context.Context, q querier) ([]TokenInfo, error) {
	rows, err := q.QueryContext(ctx, `SELECT address, symbol, decimals FROM tokens ORDER BY address`)
	if err != nil {
		return nil, fmt.Errorf("read tokens: %w", err)
	}
	defer rows.Close()
	var out []TokenInfo
	for rows.Next() {
		var t TokenInfo
		var addr string
		var decimals int64
		if err := rows.Scan(&addr, &t.Symbol, &decimals); err != nil {
			return nil, fmt.Errorf("read tokens: %w", err)
		}
		t.Address, t.Decimals = common.HexToAddress(addr), uint8(decimals)
		out = append(out, t)
	}
	return out, rows.Err()
}

func tokenMap(ctx context.Context, q querier) (map[common.Address]TokenInfo, error) {
	list, err := readTokens(ctx, q)
	if err != nil {
		return nil, err
	}
	m := make(map[common.Address]TokenInfo, len(list))
	for _, t := range list {
		m[t.Address] = t
	}
	return m, nil
}

// FormatUnits renders base units with the given decimals, exactly: no rounding, trailing zeros dropped.
func FormatUnits(v *big.Int, decimals uint8) string {
	if v == nil {
		return ""
	}
	digits := new(big.Int).Abs(v).String()
	d := int(decimals)
	if len(digits) <= d {
		digits = strings.Repeat("0", d-len(digits)+1) + digits
	}
	whole, frac := digits[:len(digits)-d], strings.TrimRight(digits[len(digits)-d:], "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if v.Sign() < 0 {
		out = "-" + out
	}
	return out
}
