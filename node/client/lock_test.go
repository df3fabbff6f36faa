package client

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// requireLock reads account i's ETH lock and compares it with the lock in effect and the pending one.
func requireLock(t *testing.T, e *testEnv, c *Client, threshold *big.Int, minDelay time.Duration, pendingAt time.Time) *Lock {
	t.Helper()
	l, err := c.Lock(e.ctx, c.Address(), common.Address{})
	require.NoError(t, err)
	require.Equal(t, threshold.String(), l.Threshold.String())
	require.Equal(t, minDelay, l.MinDelay)
	require.Equal(t, pendingAt, l.PendingAt)
	require.Equal(t, "ETH", l.Symbol)
	return l
}

// TestSetLockTightenAndLoosen: a tightening applies at once; a loosening waits 24h, to the second, and the
// lock in effect keeps applying to sends until then.
func TestSetLockTightenAndLoosen(t *testing.T) {
	e := newEnv(t)
	c := e.client(1)
	l, err := c.Lock(e.ctx, e.Addr(1), common.Address{})
	require.NoError(t, err)
	require.False(t, l.Active(), "no lock by default")

	set, err := c.SetLock(e.ctx, common.Address{}, eth(2), 2*time.Hour)
	require.NoError(t, err)
	require.False(t, set.Pending, "from no lock, any lock is a tightening")
	require.Equal(t, int64(e.Now()), set.EffectiveAt.Unix(), "in effect from the transaction's block")
	requireLock(t, e, c, eth(2), 2*time.Hour, time.Time{})

	set, err = c.SetLock(e.ctx, common.Address{}, eth(1), 3*time.Hour)
	require.NoError(t, err)
	require.False(t, set.Pending, "lower threshold and longer delay: tighter")
	requireLock(t, e, c, eth(1), 3*time.Hour, time.Time{})

	loose, err := c.SetLock(e.ctx, common.Address{}, eth(5), time.Hour)
	require.NoError(t, err)
	require.True(t, loose.Pending)
	require.Equal(t, eth(5), loose.Threshold)
	require.Equal(t, time.Hour, loose.MinDelay)
	require.Equal(t, int64(e.Now())+86_400, loose.EffectiveAt.Unix())
	l = requireLock(t, e, c, eth(1), 3*time.Hour, loose.EffectiveAt)
	require.Equal(t, eth(5), l.PendingThreshold)
	require.Equal(t, time.Hour, l.PendingMinDelay)

	// One second before the loosening: the tight lock still raises a 3 ETH send to 3h.
	e.nextAt(big.NewInt(loose.EffectiveAt.Unix() - 1))
	res, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(3), Recipient: e.Addr(2)})
	require.NoError(t, err)
	require.Equal(t, &LockRaise{Threshold: eth(1), From: 0, To: 3 * time.Hour}, res.LockApplied)
	requireDelay(t, e, res, 3*time.Hour)

	// From the effective time (the next block): 3 ETH is under the new threshold, 6 ETH needs 1h.
	res, err = c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(3), Recipient: e.Addr(2)})
	require.NoError(t, err)
	require.Equal(t, loose.EffectiveAt.Unix(), int64(e.Packet(res.ID).CreatedAt.Uint64()))
	require.Nil(t, res.LockApplied)
	requireDelay(t, e, res, 0)
	requireLock(t, e, c, eth(5), time.Hour, time.Time{})
	res, err = c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(6), Recipient: e.Addr(2), Delay: 10 * time.Minute})
	require.NoError(t, err)
	require.Equal(t, &LockRaise{Threshold: eth(5), From: 10 * time.Minute, To: time.Hour}, res.LockApplied)
	requireDelay(t, e, res, time.Hour)
}

// requireDelay checks a sent packet's cool-off on chain.
func requireDelay(t *testing.T, e *testEnv, res *SendResult, d time.Duration) {
	t.Helper()
	v := e.Packet(res.ID)
	require.Equal(t, int64(d/time.Second), v.ReleaseAt.Int64()-v.CreatedAt.Int64())
	require.Equal(t, v.ReleaseAt.Int64(), res.ReleaseAt.Unix())
}

// TestSetLockCancelLoosening: setting the lock in effect again cancels a pending loosening.
func TestSetLockCancelLoosening(t *testing.T) {
	e := newEnv(t)
	c := e.client(1)
	_, err := c.SetLock(e.ctx, common.Address{}, eth(1), time.Hour)
	require.NoError(t, err)
	loose, err := c.SetLock(e.ctx, common.Address{}, eth(1), 0)
	require.NoError(t, err)
	require.True(t, loose.Pending, "removing the lock is a loosening")
	_, err = c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(2), Recipient: e.Addr(2), StrictDelay: true})
	requireErr(t, err, "DelayTooShort", "your security lock needs a cool-off of at least 1h for sends above 1 ETH, and this send of 2 ETH has a shorter one; send it with a cool-off of 1h or more"+
		" (the loosening you asked for, no lock, takes effect at "+loose.EffectiveAt.Format(timeFormat)+")")
	back, err := c.SetLock(e.ctx, common.Address{}, eth(1), time.Hour)
	require.NoError(t, err)
	require.False(t, back.Pending)
	requireLock(t, e, c, eth(1), time.Hour, time.Time{})
	e.warp(25 * time.Hour)
	requireLock(t, e, c, eth(1), time.Hour, time.Time{}) // the cancelled loosening never takes effect
}

func TestSetLockRejected(t *testing.T) {
	e := newEnv(t)
	c := e.client(1)
	tests := []struct {
		name, code, msg string
		threshold       *big.Int
		delay           time.Duration
	}{
		{"delay above 24h", "InvalidDelay", "a security lock can ask for a cool-off of at most 24h (the longest a packet can have), not 25h",
			eth(1), 25 * time.Hour},
		{"negative delay", CodeInvalidRequest, "the lock's cool-off cannot be negative", eth(1), -time.Second},
		{"fractional delay", CodeInvalidRequest, "the lock's cool-off must be whole seconds, not 1.5s", eth(1), 1500 * time.Millisecond},
		{"no threshold", CodeInvalidRequest, "the lock's threshold must be between 0 and 2^128 - 1 base units", nil, time.Hour},
		{"negative threshold", CodeInvalidRequest, "the lock's threshold must be between 0 and 2^128 - 1 base units", big.NewInt(-1), time.Hour},
		{"huge threshold", CodeInvalidRequest, "the lock's threshold must be between 0 and 2^128 - 1 base units",
			new(big.Int).Lsh(big.NewInt(1), 128), time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := e.nonce(1)
			_, err := c.SetLock(e.ctx, common.Address{}, tc.threshold, tc.delay)
			requireErr(t, err, tc.code, tc.msg)
			require.Equal(t, before, e.nonce(1), "nothing was sent")
		})
	}
	requireLock(t, e, c, new(big.Int), 0, time.Time{})
}

// TestSendAppliesLock: Send raises a short cool-off above the threshold and says so; at the threshold, or
// with a long enough cool-off, it changes nothing.
func TestSendAppliesLock(t *testing.T) {
	e := newEnv(t)
	c := e.client(1)
	_, err := c.SetLock(e.ctx, common.Address{}, eth(2), 2*time.Hour)
	require.NoError(t, err)
	tests := []struct {
		name   string
		amount *big.Int
		delay  time.Duration
		raise  *LockRaise
		want   time.Duration
	}{
		{"above, no delay", eth(3), 0, &LockRaise{Threshold: eth(2), From: 0, To: 2 * time.Hour}, 2 * time.Hour},
		{"above, short delay", new(big.Int).Add(eth(2), big.NewInt(1)), time.Hour, &LockRaise{Threshold: eth(2), From: time.Hour, To: 2 * time.Hour}, 2 * time.Hour},
		{"above, one second short", eth(3), 2*time.Hour - time.Second, &LockRaise{Threshold: eth(2), From: 2*time.Hour - time.Second, To: 2 * time.Hour}, 2 * time.Hour},
		{"above, exactly the delay", eth(3), 2 * time.Hour, nil, 2 * time.Hour},
		{"above, longer delay", eth(3), 5 * time.Hour, nil, 5 * time.Hour},
		{"at the threshold", eth(2), 0, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := c.Send(e.ctx, SendRequest{Kind: Equal, Amount: tc.amount, Shares: 2, Auth: Open, Delay: tc.delay})
			require.NoError(t, err)
			require.Equal(t, tc.raise, res.LockApplied)
			requireDelay(t, e, res, tc.want)
		})
	}
}

// TestSendStrictDelay: with StrictDelay the send is refused with the required delay, and a pending
// loosening is mentioned with the time it takes effect; nothing is sent.
func TestSendStrictDelay(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(100_000, 1)
	c := e.client(1)
	_, err := c.SetLock(e.ctx, tcny, big.NewInt(10_000), 24*time.Hour)
	require.NoError(t, err)
	req := SendRequest{Kind: Direct, Token: tcny, Amount: big.NewInt(20_000), Recipient: e.Addr(2), Delay: 2 * time.Hour, StrictDelay: true}
	before := e.nonce(1)
	_, err = c.Send(e.ctx, req)
	requireErr(t, err, "DelayTooShort", "your security lock needs a cool-off of at least 24h for sends above 100.00 tCNY, and this send of 200.00 tCNY has a shorter one; send it with a cool-off of 24h or more")
	var ce *Error
	require.ErrorAs(t, err, &ce)
	lock, ok := ce.Revert.(*escrow.HongbaoEscrowDelayTooShort)
	require.True(t, ok, "the typed error is kept for tools")
	require.Equal(t, int64(86_400), lock.RequiredDelay.Int64())
	require.Equal(t, before, e.nonce(1), "nothing was sent")

	loose, err := c.SetLock(e.ctx, tcny, big.NewInt(50_000), time.Hour)
	require.NoError(t, err)
	require.True(t, loose.Pending)
	before = e.nonce(1)
	_, err = c.Send(e.ctx, req)
	requireErr(t, err, "DelayTooShort", "your security lock needs a cool-off of at least 24h for sends above 100.00 tCNY, and this send of 200.00 tCNY has a shorter one; send it with a cool-off of 24h or more"+
		" (the loosening you asked for, a cool-off of 1h above 500.00 tCNY, takes effect at "+loose.EffectiveAt.Format(timeFormat)+")")
	require.Equal(t, before, e.nonce(1))

	// Without StrictDelay the same send goes through the permit path with the lock's delay.
	req.StrictDelay = false
	res, err := c.Send(e.ctx, req)
	require.NoError(t, err)
	require.True(t, res.Permit)
	require.Equal(t, &LockRaise{Threshold: big.NewInt(10_000), From: 2 * time.Hour, To: 24 * time.Hour}, res.LockApplied)
	requireDelay(t, e, res, 24*time.Hour)
	require.Equal(t, big.NewInt(20_000), e.TokenBalance(tcny, e.Escrow))
}

// TestSendFromOrgAppliesMemberLock: the lock of the member who sends from a budget applies to the send.
func TestSendFromOrgAppliesMemberLock(t *testing.T) {
	f := newOrg(t)
	f.fundETH(eth(10), 1, eth(5), eth(5))
	c := f.client(1)
	_, err := c.SetLock(f.ctx, common.Address{}, eth(1), 6*time.Hour)
	require.NoError(t, err)
	res, err := c.Send(f.ctx, SendRequest{Org: f.id, Kind: Direct, Amount: eth(2), Recipient: f.Addr(2)})
	require.NoError(t, err)
	require.Equal(t, uint64(1), res.Org)
	require.Equal(t, &LockRaise{Threshold: eth(1), From: 0, To: 6 * time.Hour}, res.LockApplied)
	requireDelay(t, f.testEnv, res, 6*time.Hour)

	_, err = c.Send(f.ctx, SendRequest{Org: f.id, Kind: Direct, Amount: eth(2), Recipient: f.Addr(2), StrictDelay: true})
	requireErr(t, err, "DelayTooShort", "your security lock needs a cool-off of at least 6h for sends above 1 ETH, and this send of 2 ETH has a shorter one; send it with a cool-off of 6h or more")
}
