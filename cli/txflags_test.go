package cli

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/txsend"
)

// Ctrl-C while a command works: before anything was sent it says nothing was; after a send it names the
// transaction (and a fee bump's new version) so that the user looks it up instead of sending again.
func TestInterruptedSaysWhatWasSent(t *testing.T) {
	cancelled := fmt.Errorf("estimate gas: %w", context.Canceled)
	var out, errb bytes.Buffer
	r := &runner{stdout: &out, stderr: &errb}
	ce := asError(r.report(cancelled))
	require.Equal(t, "Interrupted", ce.Code)
	require.Equal(t, "interrupted before any transaction was sent: nothing was sent", ce.Message)

	first, second := common.HexToHash("0x01"), common.HexToHash("0x02")
	r.sent.observe(txsend.Sent{Hash: first})
	r.sent.observe(txsend.Bumped{Old: first, New: second})
	r.sent.observe(txsend.Mined{}) // not a send
	errb.Reset()
	ce = asError(r.report(cancelled))
	require.Equal(t, "Interrupted", ce.Code)
	require.Contains(t, ce.Message, "after sending "+first.Hex()+", "+second.Hex()+", before it was mined")
	require.Contains(t, errb.String(), "look it up")

	// The client's own sentence for a transaction that left wins: it knows more (mined, not confirmed…).
	nm := &txsend.NotMinedError{Hashes: []common.Hash{first}, Accepted: true, Err: context.Canceled}
	ce = asError(r.report(fmt.Errorf("wait: %w", nm)))
	require.NotEqual(t, "interrupted before any transaction was sent: nothing was sent", ce.Message)
}
