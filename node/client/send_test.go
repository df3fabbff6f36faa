package client

import (
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/node/contracttest"
)

func TestSendDirectETH(t *testing.T) {
	e := newEnv(t)
	c := e.client(1)
	before, escrowBefore := e.ethBalance(e.Addr(1)), e.ethBalance(e.Escrow)
	guardian := e.Addr(5)
	res, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(2), Recipient: e.Addr(2), Delay: 2 * time.Hour,
		TTL: time.Hour, Guardian: guardian})
	require.NoError(t, err)

	require.Equal(t, int64(1), res.ID.Int64())
	require.Equal(t, Direct, res.Kind)
	require.Equal(t, eth(2), res.Total)
	require.Equal(t, uint16(1), res.Shares)
	require.Empty(t, res.ClaimCode)
	require.Nil(t, res.Tree)
	require.NotZero(t, res.GasUsed)
	require.Equal(t, e.Chain.Now(), uint64(res.ReleaseAt.Add(-2*time.Hour).Unix()), "release = block time + delay")
	require.Equal(t, res.ReleaseAt.Add(time.Hour), res.ExpiresAt)
	require.True(t, res.UndoUntil.IsZero(), "ETH has no policy, so no undo window")

	// The money moved: sender paid amount + gas, the escrow holds the amount.
	paid := new(big.Int).Sub(before, e.ethBalance(e.Addr(1)))
	require.Equal(t, new(big.Int).Add(eth(2), res.GasCost), paid)
	require.Equal(t, new(big.Int).Add(escrowBefore, eth(2)), e.ethBalance(e.Escrow))

	v := e.Packet(res.ID)
	require.Equal(t, e.Addr(2), v.Recipient)
	require.Equal(t, guardian, v.Guardian)
	require.Equal(t, e.Addr(1), v.Sender)
}

func TestSendGroupAuthModes(t *testing.T) {
	for _, kind := range []Kind{Equal, Lucky} {
		for _, auth := range []AuthMode{ClaimKey, Allowlist, Open} {
			t.Run(fmt.Sprintf("%s/%s", kind, auth), func(t *testing.T) {
				e := newEnv(t)
				c := e.client(1)
				req := SendRequest{Kind: kind, Amount: eth(3), Shares: 3, Auth: auth}
				if auth == Allowlist {
					req.Allowlist = []common.Address{e.Addr(2), e.Addr(3), e.Addr(4)}
				}
				res, err := c.Send(e.ctx, req)
				require.NoError(t, err)
				require.Equal(t, kind, res.Kind)
				require.Equal(t, auth, res.Auth)
				require.Equal(t, uint16(3), res.Shares)

				sum := new(big.Int)
				for i := 2; i <= 4; i++ {
					ca := ClaimAuth{}
					switch auth {
					case ClaimKey:
						require.NotEmpty(t, res.ClaimCode)
						key, err := ParseClaimCode(res.ClaimCode)
						require.NoError(t, err)
						require.Equal(t, res.ClaimKey, crypto.PubkeyToAddress(key.PublicKey))
						require.Equal(t, res.ClaimKey, e.Packet(res.ID).Recipient)
						ca.Code = res.ClaimCode
					case Allowlist:
						require.Equal(t, common.Hash(e.Packet(res.ID).Root), res.Tree.Root())
						proof, ok := res.Tree.Proof(e.Addr(i))
						require.True(t, ok)
						ca.Proof = proof
					case Open:
						require.Empty(t, res.ClaimCode)
					}
					before := e.ethBalance(e.Addr(i))
					cl, err := e.client(i).Claim(e.ctx, res.ID, ca)
					require.NoError(t, err)
					require.Equal(t, e.Addr(i), cl.Claimer)
					got := new(big.Int).Sub(e.ethBalance(e.Addr(i)), before)
					require.Equal(t, new(big.Int).Sub(cl.Amount, cl.GasCost), got, "the claimer received the share")
					if kind == Equal {
						require.Equal(t, eth(1), cl.Amount)
					}
					sum.Add(sum, cl.Amount)
				}
				require.Equal(t, eth(3), sum, "the shares add up to the total")
				require.Equal(t, uint8(contracttest.StatusClosed), e.Packet(res.ID).Status)
			})
		}
	}
}

// TestSendERC20Permit: tCNY supports EIP-2612, so the client signs a permit and calls sendWithPermit in one
// transaction; no approve is sent and no allowance is left behind.
func TestSendERC20Permit(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(100_000, 2) // 1000.00 tCNY each
	c := e.client(1)
	nonceBefore, err := e.Backend.Client().NonceAt(e.ctx, e.Addr(1), nil)
	require.NoError(t, err)

	res, err := c.Send(e.ctx, SendRequest{Kind: Direct, Token: tcny, Amount: big.NewInt(15_050), Recipient: e.Addr(2)})
	require.NoError(t, err)
	require.True(t, res.Permit)
	require.Nil(t, res.Approval)
	require.Equal(t, big.NewInt(15_050), res.Total)
	require.Equal(t, tcny, res.Token)

	nonceAfter, err := e.Backend.Client().NonceAt(e.ctx, e.Addr(1), nil)
	require.NoError(t, err)
	require.Equal(t, nonceBefore+1, nonceAfter, "one transaction only")
	require.Equal(t, big.NewInt(100_000-15_050), e.TokenBalance(tcny, e.Addr(1)))
	require.Equal(t, big.NewInt(15_050), e.TokenBalance(tcny, e.Escrow))
	require.Equal(t, int64(0), tokenAllowance(t, e, tcny, e.Addr(1)).Int64())
	require.Equal(t, int64(1), permitNonce(t, e, tcny, e.Addr(1)).Int64(), "the permit was used")

	// The recipient claims it.
	cl, err := e.client(2).Claim(e.ctx, res.ID, ClaimAuth{})
	require.NoError(t, err)
	require.Equal(t, big.NewInt(15_050), cl.Amount)
	require.Equal(t, big.NewInt(100_000+15_050), e.TokenBalance(tcny, e.Addr(2)))
}

// TestSendERC20Approve: MockERC20 has no permit, so the client approves exactly the amount first.
func TestSendERC20Approve(t *testing.T) {
	e := newEnv(t)
	tok := e.deployMockToken("MOCK", 6, big.NewInt(10_000_000), 2)
	c := e.client(1)
	res, err := c.Send(e.ctx, SendRequest{Kind: Equal, Token: tok, Amount: big.NewInt(3_000_000), Shares: 2, Auth: Open})
	require.NoError(t, err)
	require.False(t, res.Permit)
	require.NotNil(t, res.Approval)
	require.NotEqual(t, res.Approval.TxHash, res.TxHash)
	require.Less(t, res.Approval.Block, res.Block)
	require.Equal(t, int64(0), tokenAllowance(t, e, tok, e.Addr(1)).Int64(), "exactly the amount was approved")
	require.Equal(t, big.NewInt(3_000_000), e.TokenBalance(tok, e.Escrow))

	// With a standing allowance that suffices, no approve is sent.
	_, err = e.TxTo(e.Key(1), tok, nil, mocks.NewMockERC20().PackApprove(e.Escrow, big.NewInt(5_000_000)))
	require.NoError(t, err)
	res, err = c.Send(e.ctx, SendRequest{Kind: Equal, Token: tok, Amount: big.NewInt(1_000_000), Shares: 2, Auth: Open})
	require.NoError(t, err)
	require.Nil(t, res.Approval)
	require.False(t, res.Permit)
	require.Equal(t, int64(4_000_000), tokenAllowance(t, e, tok, e.Addr(1)).Int64())
}

// TestSendERC20PermitSkippedWithAllowance: a token with permit but a standing allowance needs neither.
func TestSendERC20PermitSkippedWithAllowance(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(100_000, 1)
	_, err := e.TxTo(e.Key(1), tcny, nil, tokens.NewTestStablecoin().PackApprove(e.Escrow, big.NewInt(1_000)))
	require.NoError(t, err)
	res, err := e.client(1).Send(e.ctx, SendRequest{Kind: Direct, Token: tcny, Amount: big.NewInt(1_000), Recipient: e.Addr(2)})
	require.NoError(t, err)
	require.False(t, res.Permit)
	require.Nil(t, res.Approval)
	require.Equal(t, int64(0), permitNonce(t, e, tcny, e.Addr(1)).Int64())
}

func TestSendFeeOnTransferCreditsReceived(t *testing.T) {
	e := newEnv(t)
	fee := mocks.NewFeeOnTransferToken()
	tok, err := e.DeployMock(mocks.FeeOnTransferTokenMetaData.Bin, nil)
	require.NoError(t, err)
	_, err = e.TxTo(e.Key(0), tok, nil, fee.PackMint(e.Addr(1), eth(10)))
	require.NoError(t, err)
	res, err := e.client(1).Send(e.ctx, SendRequest{Kind: Direct, Token: tok, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	require.Equal(t, milli(990), res.Total, "1% fee: the packet holds what arrived")
	require.NotNil(t, res.Approval)
}

func TestSendRejectedLocally(t *testing.T) {
	e := newEnv(t)
	c := e.client(1)
	a2, a3 := e.Addr(2), e.Addr(3)
	tests := []struct {
		name string
		req  SendRequest
		msg  string
	}{
		{"nil amount", SendRequest{Kind: Direct, Recipient: a2}, "the amount must be greater than 0"},
		{"zero amount", SendRequest{Kind: Direct, Recipient: a2, Amount: new(big.Int)}, "the amount must be greater than 0"},
		{"huge amount", SendRequest{Kind: Direct, Recipient: a2, Amount: new(big.Int).Lsh(big.NewInt(1), 128)},
			"the amount is larger than the largest possible packet (2^128 - 1 base units)"},
		{"direct without recipient", SendRequest{Kind: Direct, Amount: eth(1)}, "a Direct packet needs a recipient address"},
		{"direct with allowlist", SendRequest{Kind: Direct, Amount: eth(1), Recipient: a2, Allowlist: []common.Address{a3}},
			"a Direct packet goes to its recipient only: it takes no allowlist or claim mode"},
		{"direct with open", SendRequest{Kind: Direct, Amount: eth(1), Recipient: a2, Auth: Open},
			"a Direct packet goes to its recipient only: it takes no allowlist or claim mode"},
		{"group without shares", SendRequest{Kind: Lucky, Amount: eth(1)}, "a group packet needs a number of shares (1 to 10000)"},
		{"group with recipient", SendRequest{Kind: Equal, Amount: eth(1), Shares: 2, Recipient: a2},
			"a group packet has no recipient; to name who may claim, use an allowlist"},
		{"allowlist without list", SendRequest{Kind: Equal, Amount: eth(1), Shares: 2, Auth: Allowlist},
			"cannot build the allowlist: merkle: the allowlist is empty"},
		{"list without allowlist mode", SendRequest{Kind: Equal, Amount: eth(1), Shares: 2, Allowlist: []common.Address{a2}},
			"an allowlist was given but the claim mode is claim-key; use the allowlist mode"},
		{"duplicate in allowlist", SendRequest{Kind: Equal, Amount: eth(1), Shares: 2, Auth: Allowlist, Allowlist: []common.Address{a2, a2}},
			"cannot build the allowlist: merkle: " + a2.Hex() + " appears twice in the allowlist"},
		{"unknown kind", SendRequest{Kind: 7, Amount: eth(1)}, "unknown packet kind 7"},
		{"unknown auth", SendRequest{Kind: Equal, Amount: eth(1), Shares: 1, Auth: 9}, "unknown claim mode 9"},
		{"negative delay", SendRequest{Kind: Direct, Amount: eth(1), Recipient: a2, Delay: -time.Second}, "the cool-off cannot be negative"},
		{"fractional delay", SendRequest{Kind: Direct, Amount: eth(1), Recipient: a2, Delay: 1500 * time.Millisecond},
			"the cool-off must be whole seconds, not 1.5s"},
		{"absurd ttl", SendRequest{Kind: Direct, Amount: eth(1), Recipient: a2, TTL: (1 << 33) * time.Second},
			"the claim period 2386092h56m32s is far too long"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.Send(e.ctx, tc.req)
			requireErr(t, err, CodeInvalidRequest, tc.msg)
		})
	}
	require.Equal(t, int64(0), e.lastID().Int64(), "nothing was sent")
}

// TestSendRevertsAtEstimation: the escrow's own checks come back decoded and nothing is sent.
func TestSendRevertsAtEstimation(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(100_000, 1)
	_, err := e.client(0).SetPolicy(e.ctx, tcny, Policy{MinShare: big.NewInt(10)})
	require.NoError(t, err)
	c := e.client(1)
	a2 := e.Addr(2)
	tests := []struct {
		name, code, msg string
		req             SendRequest
	}{
		{"too many shares", "InvalidShares", "a group packet needs 1 to 10000 shares, not 10001",
			SendRequest{Kind: Lucky, Amount: eth(1), Shares: 10_001}},
		{"direct with two shares", "InvalidShares", "a Direct packet has exactly 1 share, not 2",
			SendRequest{Kind: Direct, Amount: eth(1), Recipient: a2, Shares: 2}},
		{"delay too long", "InvalidDelay", "the cool-off can be at most 24h, not 25h",
			SendRequest{Kind: Direct, Amount: eth(1), Recipient: a2, Delay: 25 * time.Hour}},
		{"ttl too short", "InvalidTtl", "the claim period must be between 5m and 30 days, not 1m",
			SendRequest{Kind: Direct, Amount: eth(1), Recipient: a2, TTL: time.Minute}},
		{"ttl too long", "InvalidTtl", "the claim period must be between 5m and 30 days, not 31 days",
			SendRequest{Kind: Direct, Amount: eth(1), Recipient: a2, TTL: 31 * 24 * time.Hour}},
		{"below the minimum share", "AmountTooSmall",
			"the amount 0.50 tCNY is too small: at least 1.00 tCNY is needed (the token's minimum share times the number of shares)",
			SendRequest{Kind: Equal, Token: tcny, Amount: big.NewInt(50), Shares: 10, Auth: Open}},
		{"more than the balance", "ERC20InsufficientBalance",
			e.Addr(1).Hex() + " has only 1000.00 tCNY but 2000.00 tCNY is needed; get more first",
			SendRequest{Kind: Direct, Token: tcny, Amount: big.NewInt(200_000), Recipient: a2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			nonce, err := e.Backend.Client().PendingNonceAt(e.ctx, e.Addr(1))
			require.NoError(t, err)
			_, err = c.Send(e.ctx, tc.req)
			requireErr(t, err, tc.code, tc.msg)
			after, err := e.Backend.Client().PendingNonceAt(e.ctx, e.Addr(1))
			require.NoError(t, err)
			require.Equal(t, nonce, after, "nothing was sent")
		})
	}
	require.Equal(t, int64(0), e.lastID().Int64())
}

// TestConcurrentSends: 20 goroutines send from one key through one client; every send gets its own nonce
// and its own packet.
func TestConcurrentSends(t *testing.T) {
	e := newEnv(t)
	c := e.client(1)
	const n = 20
	results := make([]*SendResult, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req := SendRequest{Kind: Lucky, Amount: milli(int64(100 + i)), Shares: 2}
			results[i], errs[i] = c.Send(e.ctx, req)
		}()
	}
	wg.Wait()
	ids := map[int64]bool{}
	codes := map[string]bool{}
	for i := range n {
		require.NoError(t, errs[i])
		ids[results[i].ID.Int64()] = true
		codes[results[i].ClaimCode] = true
		require.Equal(t, milli(int64(100+i)), results[i].Total, "each result belongs to its own request")
		require.Equal(t, results[i].ClaimKey, e.Packet(results[i].ID).Recipient)
	}
	require.Len(t, ids, n, "distinct packet ids")
	require.Len(t, codes, n, "distinct claim codes (one per nonce)")
	require.Equal(t, int64(n), e.lastID().Int64())
	nonce, err := e.Backend.Client().NonceAt(e.ctx, e.Addr(1), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(n), nonce, "no nonce was skipped or reused")
	for i := range n { // every code re-derives
		code, err := c.ClaimCode(e.ctx, results[i].ID)
		require.NoError(t, err)
		require.Equal(t, results[i].ClaimCode, code)
	}
}

// TestConcurrentTokenSends: permit sends from one key do not trip over each other's permit nonce.
func TestConcurrentTokenSends(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(100_000, 1)
	c := e.client(1)
	const n = 6
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = c.Send(e.ctx, SendRequest{Kind: Direct, Token: tcny, Amount: big.NewInt(100), Recipient: e.Addr(2)})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	require.Equal(t, big.NewInt(n*100), e.TokenBalance(tcny, e.Escrow))
	require.Equal(t, int64(n), permitNonce(t, e, tcny, e.Addr(1)).Int64())
}

func tokenAllowance(t *testing.T, e *testEnv, token, owner common.Address) *big.Int {
	out, err := e.Call(token, mocks.NewMockERC20().PackAllowance(owner, e.Escrow))
	require.NoError(t, err)
	v, err := mocks.NewMockERC20().UnpackAllowance(out)
	require.NoError(t, err)
	return v
}

func permitNonce(t *testing.T, e *testEnv, token, owner common.Address) *big.Int {
	out, err := e.Call(token, tokens.NewTestStablecoin().PackNonces(owner))
	require.NoError(t, err)
	v, err := tokens.NewTestStablecoin().UnpackNonces(out)
	require.NoError(t, err)
	return v
}

// TestSendSecurityLock: with StrictDelay, a send above the sender's lock threshold with a shorter cool-off is
// refused with the required delay (kept typed in Error.Revert so that a tool can apply it); with that delay it goes through.
func TestSendSecurityLock(t *testing.T) {
	e := newEnv(t)
	_, err := e.Tx(e.Key(1), nil, contracttest.EscrowABI.PackSetLock(common.Address{}, eth(2), 7200))
	require.NoError(t, err)
	c := e.client(1)
	req := SendRequest{Kind: Direct, Amount: eth(3), Recipient: e.Addr(2), Delay: time.Hour, StrictDelay: true}
	_, err = c.Send(e.ctx, req)
	requireErr(t, err, "DelayTooShort", "your security lock needs a cool-off of at least 2h for sends above 2 ETH, and this send of 3 ETH has a shorter one; send it with a cool-off of 2h or more")
	var ce *Error
	require.ErrorAs(t, err, &ce)
	lock, ok := ce.Revert.(*escrow.HongbaoEscrowDelayTooShort)
	require.True(t, ok)
	req.Delay = time.Duration(lock.RequiredDelay.Int64()) * time.Second
	res, err := c.Send(e.ctx, req)
	require.NoError(t, err)
	require.Equal(t, res.ReleaseAt.Add(-2*time.Hour).Unix(), int64(e.Packet(res.ID).CreatedAt.Uint64()))
	small, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(2), Recipient: e.Addr(2)})
	require.NoError(t, err, "at the threshold no delay is needed")
	require.Equal(t, int64(2), small.ID.Int64())
}
