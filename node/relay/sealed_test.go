package relay

import (
	"fmt"
	"math/big"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
)

// TestRelayedSealedClaim: a relayed claim of a sealed packet takes an index and pays nothing; the answer
// says pending and the index, GET /v1/packets shows the share drawing; once the next block is there the
// relayer draws it in the background and the claimer (who has no ETH) gets the share less the fee, which
// the relayer earns at the draw.
func TestRelayedSealedClaim(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MinFee = map[common.Address]*big.Int{{}: big.NewInt(1)} })
	res := e.send(client.SendRequest{Kind: client.SealedLucky, Auth: client.Open, Amount: eth(3), Shares: 3})
	key := newClaimer(t, "sealed")
	claimer := addrOf(key)

	out := e.mustClaim(e.signedClaim(key, res, milli(5), e.deadline()))
	require.True(t, out.Sealed)
	require.True(t, out.Pending)
	require.NotNil(t, out.Index)
	require.Equal(t, uint64(0), *out.Index)
	require.Equal(t, "0", out.Amount)
	require.Equal(t, out.Block+2, out.ReadyAt)

	var p packetResponse
	e.get(fmt.Sprintf("/v1/packets/%s?claimer=%s", res.ID, claimer.Hex()), &p)
	require.Len(t, p.Pending, 1)
	require.Equal(t, claimer, p.Pending[0].Claimer)
	require.True(t, p.Claimer.Claimed)
	require.True(t, p.Claimer.Pending)
	require.Equal(t, "0", p.Claimer.Amount)
	require.True(t, p.Relay.Available)

	e.backend.mu.Lock()
	e.Backend.Commit() // the next block: its hash draws the share
	e.backend.mu.Unlock()
	e.relay.WaitSettles()

	p = packetResponse{}
	e.get(fmt.Sprintf("/v1/packets/%s?claimer=%s", res.ID, claimer.Hex()), &p)
	require.Empty(t, p.Pending, e.logs.String())
	require.False(t, p.Claimer.Pending)
	require.Equal(t, uint64(0), *p.Claimer.Index)
	amount := bigOf(t, p.Claimer.Amount)
	require.Positive(t, amount.Sign())
	fee := minBig(milli(5), res.MinShare) // a sealed claim's fee is capped at the minimum share
	requireBig(t, sub(amount, fee), e.balanceOf(common.Address{}, claimer), "the claimer got the share less the fee")
	require.Equal(t, amount, e.ClaimedAmount(res.ID, claimer))
}

// A relayer whose minimum fee is above a sealed packet's minimum share refuses its claims: the fee of a
// sealed claim is capped there.
func TestRelayedSealedClaimFeeCap(t *testing.T) {
	e := newEnv(t, nil) // minimum fee 0.001 ETH
	res := e.send(client.SendRequest{Kind: client.SealedLucky, Auth: client.Open, Amount: eth(3), Shares: 3})
	require.Negative(t, res.MinShare.Cmp(milli(1)))
	var p packetResponse
	e.get("/v1/packets/"+res.ID.String(), &p)
	require.False(t, p.Relay.Available)
	require.Equal(t, "a sealed packet's relay fee is at most its minimum share, below this relayer's minimum fee", p.Relay.Reason)
	before := e.relayerState()
	status, body := e.postClaim(e.signedClaim(newClaimer(t, "capped"), res, milli(5), e.deadline()))
	requireAPIError(t, status, body, http.StatusUnprocessableEntity, "ShareBelowFee",
		fmt.Sprintf("~packet %s is a sealed lucky packet: a relayed claim's fee is at most its minimum share", res.ID))
	e.requireNothingSent(before)
}

// Every share of a sealed packet taken, one waiting for its draw: a further claim is refused before anything
// is sent, with how many wait.
func TestRelayedSealedAllTaken(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MinFee = map[common.Address]*big.Int{{}: big.NewInt(1)} })
	res := e.send(client.SendRequest{Kind: client.SealedLucky, Auth: client.Open, Amount: eth(1), Shares: 1})
	e.mustClaim(e.signedClaim(newClaimer(t, "first"), res, milli(1), e.deadline()))
	before := e.relayerState()
	status, body := e.postClaim(e.signedClaim(newClaimer(t, "second"), res, milli(1), e.deadline()))
	requireAPIError(t, status, body, http.StatusConflict, "AllSharesTaken",
		fmt.Sprintf("every share of packet %s is taken; 1 waits for its draw", res.ID))
	e.requireNothingSent(before)
	var p packetResponse
	e.get("/v1/packets/"+res.ID.String(), &p)
	require.Equal(t, "every share is taken; the last ones wait for their draw", p.Relay.Reason)
	e.backend.mu.Lock()
	e.Backend.Commit()
	e.backend.mu.Unlock()
	e.relay.WaitSettles()
	require.Equal(t, eth(1), e.ClaimedAmount(res.ID, addrOf(newClaimer(t, "first"))), "the one share is the whole packet")
}
