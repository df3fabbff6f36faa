package cli

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

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

// The index's progress, as the spinner shows it during a first sync: blocks left, then a rate.
func TestSyncProgressNote(t *testing.T) {
	r := &runner{}
	p := r.syncProgress()
	p(1_000, 101_000)
	require.Equal(t, "indexing the escrow's logs: 100,000 blocks left", *r.spinNote.Load())
	time.Sleep(250 * time.Millisecond) // a rate needs elapsed time; the assertion does not depend on how much
	p(51_000, 101_000)
	note := *r.spinNote.Load()
	require.True(t, strings.HasPrefix(note, "indexing the escrow's logs: 50,000 blocks left, "), note)
	require.True(t, strings.HasSuffix(note, " blocks/s"), note)
	require.Equal(t, "0", groupDigits(0))
	require.Equal(t, "999", groupDigits(999))
	require.Equal(t, "1,234,567", groupDigits(1_234_567))
}
