package indexer

import (
	"context"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// TestDetailsFastPath: the details written straight from a log's words are byte for byte what the ABI decoder
// and encoding/json write, and the event structs filled from them equal the bindings' decoding, for every
// event of a random run; a malformed log falls back to the decoder.
func TestDetailsFastPath(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 71)
	w.run(150)
	logs, err := w.env.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{w.env.Escrow}})
	require.NoError(t, err)
	a := newApplier(context.Background(), nil)
	seen := map[string]int{}
	for i := range logs {
		l := &logs[i]
		h := handlers[l.Topics[0]]
		want, err := detailsJSON(escrowABI.GetABI().Events[h.name], l)
		require.NoError(t, err)
		got, err := a.details(h.name, l)
		require.NoError(t, err)
		require.Equal(t, want, got, "%s at block %d", h.name, l.BlockNumber)
		if wordEvents[l.Topics[0]] == nil {
			continue
		}
		seen[h.name]++
		// The event struct too: what the binding's decoder fills.
		out := reflect.ValueOf(escrowABI).MethodByName("Unpack" + h.name + "Event").Call([]reflect.Value{reflect.ValueOf(l)})
		require.Nil(t, out[1].Interface(), "%s", h.name)
		fast := reflect.New(out[0].Type().Elem())
		require.True(t, fill(fast.Elem(), l), "%s decoded from its words", h.name)
		require.Equal(t, out[0].Interface(), fast.Interface(), "%s at block %d", h.name, l.BlockNumber)
	}
	require.GreaterOrEqual(t, len(seen), 15, "the run covers most events: %v", seen)

	// A bool word that is neither 0 nor 1, and data cut short: not written directly.
	for _, l := range logs {
		f := wordEvents[l.Topics[0]]
		if f == nil || handlers[l.Topics[0]].name != "PacketSent" {
			continue
		}
		short := l
		short.Data = l.Data[:len(l.Data)-32]
		_, ok := f.json(&short, addrText)
		require.False(t, ok, "short data")
		bad := l
		bad.Data = append([]byte(nil), l.Data...)
		bad.Data[len(bad.Data)-1] = 2 // undoConsent, the last word
		_, ok = f.json(&bad, addrText)
		require.False(t, ok, "a bool of 2")
		break
	}
}
