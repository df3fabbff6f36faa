package indexer

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hongbao/hongbao/bindings/escrow"
)

var escrowABI = escrow.NewHongbaoEscrow()

// unknownEvent names a log whose first topic is not an event of the escrow's ABI. It is kept (every log of the
// escrow is), but changes no state.
const unknownEvent = "Unknown"

// row is one events row: the log, its decoded name and arguments, and the columns History filters on.
type row struct {
	log          *types.Log
	name         string
	packet       uint64
	org          uint64
	hasToken     bool
	token        common.Address
	account      common.Address
	counterparty common.Address
	amount       *big.Int // nil: the event moves no money
	details      string   // JSON object of every argument
}

func (r *row) setToken(t common.Address) { r.hasToken, r.token = true, t }

// handler decodes one event with its generated binding and applies it to the state.
type handler struct {
	name string
	fn   func(a *applier, l *types.Log, r *row) error
}

// handlerFuncs rebuilds the state from each event of the escrow's ABI, by name.
var handlerFuncs = map[string]func(a *applier, l *types.Log, r *row) error{
	"PacketSent":                 onPacketSent,
	"AllowlistSet":               onAllowlistSet,
	"TicketsSet":                 onTicketsSet,
	"TicketUsed":                 onTicketUsed,
	"GuardianSet":                onGuardianSet,
	"OrgPacketSent":              onOrgPacketSent,
	"Claimed":                    onClaimed,
	"SharePending":               onSharePending,
	"DrawAveraged":               onDrawAveraged,
	"RelayFeePaid":               onRelayFeePaid,
	"Refunded":                   onRefunded,
	"CoolOffWithdrawn":           onCoolOffWithdrawn,
	"Undone":                     onUndone,
	"UndoRequested":              onUndoRequested,
	"UndoApproved":               onUndoApproved,
	"Declined":                   onDeclined,
	"Returned":                   onReturned,
	"Intercepted":                onIntercepted,
	"OwedCredited":               onOwedCredited,
	"OwedWithdrawn":              onOwedWithdrawn,
	"LockSet":                    onLockSet,
	"LockLoosenRequested":        onLockLoosenRequested,
	"OrgCreated":                 onOrgCreated,
	"OrgAdminAdded":              onOrgAdminAdded,
	"OrgAdminRemoved":            onOrgAdminRemoved,
	"OrgMemberSet":               onOrgMemberSet,
	"OrgMemberRemoved":           onOrgMemberRemoved,
	"OrgFunded":                  onOrgFunded,
	"OrgBudgetWithdrawn":         onOrgBudgetWithdrawn,
	"OrgBudgetCredited":          onOrgBudgetCredited,
	"OrgTreasuryChangeRequested": onOrgTreasuryChangeRequested,
	"TokenPolicySet":             onTokenPolicySet,
	"OwnershipTransferStarted":   onOwnershipTransferStarted,
	"OwnershipTransferred":       onOwnershipTransferred,
	"EIP712DomainChanged":        recordOnly,
	"RefundBatchStopped":         recordOnly, // how far a refundMany got; each refund has its Refunded event
}

// handlers maps an event's topic to its handler. An ABI event without a handler is still stored, with all its
// arguments, but changes no state; a test fails when that happens, so that the index keeps up with the
// contract.
var handlers = func() map[common.Hash]handler {
	out := map[common.Hash]handler{}
	for name, ev := range escrowABI.GetABI().Events {
		fn, ok := handlerFuncs[name]
		if !ok {
			fn = recordOnly
		}
		out[ev.ID] = handler{name: name, fn: fn}
	}
	return out
}()

func recordOnly(*applier, *types.Log, *row) error { return nil }

// decodeRow fills a row's name and details from the ABI and runs its handler.
func (a *applier) decodeRow(l *types.Log) (*row, error) {
	r := &row{log: l, name: unknownEvent, details: "{}"}
	if len(l.Topics) == 0 {
		return r, nil
	}
	h, ok := handlers[l.Topics[0]]
	if !ok {
		return r, nil
	}
	r.name = h.name
	d, err := a.details(h.name, l)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", h.name, err)
	}
	r.details = d
	if err := h.fn(a, l, r); err != nil {
		return nil, fmt.Errorf("%s: %w", h.name, err)
	}
	return r, nil
}

// details is detailsJSON, written straight from the log's words for events whose arguments are all one-word
// values (every escrow event but TokenPolicySet): the same text without the reflection.
func (a *applier) details(name string, l *types.Log) (string, error) {
	if f := wordEvents[l.Topics[0]]; f != nil {
		if s, ok := f.json(l, a.hex); ok {
			return s, nil
		}
	}
	return detailsJSON(escrowABI.GetABI().Events[name], l)
}

// wordEvent is an event whose arguments each take one 32-byte word: a topic or a word of the data.
type wordEvent struct {
	args   []wordArg // sorted by name, the order encoding/json writes a map's keys in
	topics int       // indexed arguments
	words  int       // data words
}

type wordArg struct {
	name  string
	field string // the binding struct's field
	typ   abi.Type
	topic int // 1.. for an indexed argument, else 0
	word  int // the data word of a non-indexed one
}

// wordEvents are the escrow's events that details can write directly, by topic.
var wordEvents = func() map[common.Hash]*wordEvent {
	out := map[common.Hash]*wordEvent{}
	for _, ev := range escrowABI.GetABI().Events {
		f := &wordEvent{}
		for _, in := range ev.Inputs {
			switch in.Type.T {
			case abi.UintTy, abi.BoolTy, abi.AddressTy, abi.FixedBytesTy:
			default:
				f = nil
			}
			if f == nil {
				break
			}
			arg := wordArg{name: in.Name, field: abi.ToCamelCase(in.Name), typ: in.Type}
			if in.Indexed {
				f.topics++
				arg.topic = f.topics
			} else {
				arg.word = f.words
				f.words++
			}
			f.args = append(f.args, arg)
		}
		if f != nil {
			slices.SortFunc(f.args, func(x, y wordArg) int { return strings.Compare(x.name, y.name) })
			out[ev.ID] = f
		}
	}
	return out
}()

// json writes the details object; ok is false for a log that does not have the event's shape or holds a value
// out of its type's range (the ABI decoder then says what is wrong).
func (f *wordEvent) json(l *types.Log, hex func(common.Address) string) (string, bool) {
	if len(l.Topics) != f.topics+1 || len(l.Data) < 32*f.words {
		return "", false
	}
	var b strings.Builder
	b.Grow(32 + 80*len(f.args))
	b.WriteByte('{')
	for i, arg := range f.args {
		w := f.word(l, arg)
		if w == nil {
			return "", false
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('"')
		b.WriteString(arg.name)
		b.WriteString(`":`)
		switch arg.typ.T {
		case abi.UintTy:
			b.WriteByte('"')
			if arg.typ.Size <= 64 {
				b.WriteString(strconv.FormatUint(binary.BigEndian.Uint64(w[24:]), 10))
			} else {
				b.WriteString(new(big.Int).SetBytes(w).String())
			}
			b.WriteByte('"')
		case abi.BoolTy:
			b.WriteString(strconv.FormatBool(w[31] == 1))
		case abi.AddressTy:
			b.WriteByte('"')
			b.WriteString(hex(common.BytesToAddress(w[12:])))
			b.WriteByte('"')
		case abi.FixedBytesTy:
			b.WriteByte('"')
			b.WriteString(hexutil.Encode(w[:arg.typ.Size]))
			b.WriteByte('"')
		}
	}
	b.WriteByte('}')
	return b.String(), true
}

// word is argument arg's 32-byte word in l, or nil when it holds a value out of its type's range.
func (f *wordEvent) word(l *types.Log, arg wordArg) []byte {
	var w []byte
	if arg.topic > 0 {
		w = l.Topics[arg.topic][:]
	} else {
		w = l.Data[32*arg.word : 32*arg.word+32]
	}
	var ok bool
	switch arg.typ.T {
	case abi.UintTy:
		ok = zeros(w[:32-arg.typ.Size/8])
	case abi.BoolTy:
		ok = zeros(w[:31]) && w[31] <= 1
	case abi.AddressTy:
		ok = zeros(w[:12])
	case abi.FixedBytesTy:
		ok = zeros(w[arg.typ.Size:])
	}
	if !ok {
		return nil
	}
	return w
}

var (
	logPtrType = reflect.TypeOf((*types.Log)(nil))
	hash32Type = reflect.TypeOf([32]byte{})
)

// unpack decodes l into the binding's event struct: straight from the words for events wordEvents describes
// (the binding's decoder maps argument names to fields by reflection on every call), else with slow, the
// binding's own decoder.
func unpack[E any](l *types.Log, slow func(*types.Log) (*E, error)) (*E, error) {
	out := new(E)
	if !fill(reflect.ValueOf(out).Elem(), l) {
		return slow(l)
	}
	return out, nil
}

// fill sets the fields of v, a binding's event struct, from l's words; false when l is not an event wordEvents
// describes, does not have its shape, or v's fields are not what it expects.
func fill(v reflect.Value, l *types.Log) bool {
	if len(l.Topics) == 0 {
		return false
	}
	f := wordEvents[l.Topics[0]]
	if f == nil || len(l.Topics) != f.topics+1 || len(l.Data) < 32*f.words {
		return false
	}
	for _, arg := range f.args {
		w := f.word(l, arg)
		fv := v.FieldByName(arg.field)
		if w == nil || !fv.IsValid() {
			return false
		}
		switch {
		case arg.typ.T == abi.UintTy && fv.Type() == bigIntType:
			fv.Set(reflect.ValueOf(new(big.Int).SetBytes(w)))
		case arg.typ.T == abi.UintTy && fv.Kind() >= reflect.Uint8 && fv.Kind() <= reflect.Uint64 && arg.typ.Size == fv.Type().Bits():
			fv.SetUint(binary.BigEndian.Uint64(w[24:]))
		case arg.typ.T == abi.BoolTy && fv.Kind() == reflect.Bool:
			fv.SetBool(w[31] == 1)
		case arg.typ.T == abi.AddressTy && fv.Type() == addressType:
			fv.Set(reflect.ValueOf(common.BytesToAddress(w[12:])))
		case arg.typ.T == abi.FixedBytesTy && arg.typ.Size == 32 && fv.Type() == hash32Type:
			fv.Set(reflect.ValueOf([32]byte(w)))
		default:
			return false
		}
	}
	if raw := v.FieldByName("Raw"); raw.IsValid() && raw.Type() == logPtrType {
		raw.Set(reflect.ValueOf(l))
	}
	return true
}

func zeros(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// detailsJSON is every argument of the event, indexed or not, as a JSON object with numbers as decimal strings
// and byte arrays as hex: enough to rebuild the state without the raw log.
func detailsJSON(ev abi.Event, l *types.Log) (string, error) {
	m := map[string]any{}
	if len(l.Data) > 0 {
		if err := ev.Inputs.NonIndexed().UnpackIntoMap(m, l.Data); err != nil {
			return "", err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ev.Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopicsIntoMap(m, indexed, l.Topics[1:]); err != nil {
		return "", err
	}
	for k, v := range m {
		m[k] = plain(reflect.ValueOf(v))
	}
	b, err := json.Marshal(m)
	return string(b), err
}

var (
	bigIntType  = reflect.TypeOf((*big.Int)(nil))
	addressType = reflect.TypeOf(common.Address{})
)

// plain turns a decoded ABI value into JSON-friendly values: integers as decimal strings (uint256 does not fit
// a JSON number), addresses checksummed, byte arrays hex, structs as objects keyed by their JSON names.
func plain(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	switch {
	case v.Type() == bigIntType:
		return v.Interface().(*big.Int).String()
	case v.Type() == addressType:
		return v.Interface().(common.Address).Hex()
	}
	switch v.Kind() {
	case reflect.Bool:
		return v.Bool()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.String:
		return v.String()
	case reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return hexutil.Encode(b)
		}
		return plainList(v)
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return hexutil.Encode(v.Bytes())
		}
		return plainList(v)
	case reflect.Struct:
		out := map[string]any{}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			name := strings.Split(f.Tag.Get("json"), ",")[0]
			if name == "" {
				name = lowerFirst(f.Name)
			}
			out[name] = plain(v.Field(i))
		}
		return out
	case reflect.Pointer, reflect.Interface:
		return plain(v.Elem())
	}
	return fmt.Sprint(v.Interface())
}

func plainList(v reflect.Value) []any {
	out := make([]any, v.Len())
	for i := range out {
		out[i] = plain(v.Index(i))
	}
	return out
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// id64 converts a uint256 packet id (sequential from 1; the contract keeps it in 64 bits) to uint64.
func id64(id *big.Int) (uint64, error) {
	if id == nil || !id.IsUint64() || id.Sign() == 0 {
		return 0, fmt.Errorf("packet id %v out of range", id)
	}
	return id.Uint64(), nil
}

// topicsText is the raw topics as comma-separated hex; parseTopics reverses it.
func topicsText(ts []common.Hash) string {
	if len(ts) == 0 {
		return ""
	}
	b := make([]byte, 0, len(ts)*67-1)
	for i, t := range ts {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "0x"...)
		b = hex.AppendEncode(b, t[:])
	}
	return string(b)
}

func parseTopics(s string) []common.Hash {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	out := make([]common.Hash, len(parts))
	for i, p := range parts {
		out[i] = common.HexToHash(p)
	}
	return out
}
