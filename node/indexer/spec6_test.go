package indexer

import (
	"context"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// TestReturnedEventRebuildsClaimRecord (rules §6: every state change emits an event that carries enough to
// rebuild the full state from logs alone; rules §1: fee-on-transfer tokens work).
//
// returnFunds(id, amount) lowers the claimer's record (claimedAmount, the most it may still return) by
// `amount`, but Returned carries `received`, what arrived after the token's fee. With a fee-on-transfer token
// the two differ, so the claim record cannot be rebuilt from the logs. Expected: the index's claimed-minus-
// returned equals claimedAmount() on chain. This fails until Returned also carries the amount deducted from the
// claim (or the record is lowered by what was received).
func TestReturnedEventRebuildsClaimRecord(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 51)
	env := w.env
	fee := w.curs[2]
	require.True(t, fee.fee)
	amount := new(big.Int).Mul(fee.unit, big.NewInt(100)) // 1 FEE; 1% is burnt on the way in
	id, _, err := env.SendPacket(env.Key(1), escrow.IHongbaoEscrowSendParams{Token: fee.addr, Kind: contracttest.Direct,
		Shares: 1, Ttl: 86400, Amount: amount, Recipient: env.Addr(2)})
	require.NoError(t, err)
	_, err = env.Claim(env.Key(2), id, nil)
	require.NoError(t, err)
	back := new(big.Int).Mul(fee.unit, big.NewInt(50))
	_, err = env.Tx(env.Key(2), nil, esc.PackReturnFunds(id, back))
	require.NoError(t, err)

	db, _ := openDB(t, "index.db")
	syncAll(t, w.indexer(db, Config{}))
	claims, err := db.Claims(context.Background(), id.Uint64())
	require.NoError(t, err)
	require.Len(t, claims, 1)
	onChain := env.ClaimedAmount(id, env.Addr(2))
	fromLogs := new(big.Int).Sub(claims[0].Amount, claims[0].Returned)
	require.Equal(t, onChain.String(), fromLogs.String(),
		"claimedAmount on chain (share %s - returned %s) vs from the logs (share %s - Returned event %s)",
		claims[0].Amount, back, claims[0].Amount, claims[0].Returned)
}

// TestEveryEventHasHandler: each event of the escrow's ABI rebuilds state (or is knowingly record-only), and no
// handler names an event the ABI no longer has. A new event in the contract fails here until the index
// handles it.
func TestEveryEventHasHandler(t *testing.T) {
	t.Parallel()
	abiEvents := escrowABI.GetABI().Events
	for name := range abiEvents {
		_, ok := handlerFuncs[name]
		require.True(t, ok, "escrow event %s has no indexer handler", name)
	}
	for name := range handlerFuncs {
		_, ok := abiEvents[name]
		require.True(t, ok, "handler for %s, which the escrow's ABI does not have", name)
	}
	require.Len(t, handlers, len(abiEvents))
}
