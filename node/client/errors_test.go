package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"
)

// revert packs a custom error of the escrow ABI as revert data.
func revert(t *testing.T, name string, args ...any) []byte {
	t.Helper()
	e, ok := escrowABI.Errors[name]
	require.True(t, ok, name)
	data, err := e.Inputs.Pack(args...)
	require.NoError(t, err)
	return append(append([]byte{}, e.ID[:4]...), data...)
}

func tokenRevert(t *testing.T, name string, args ...any) []byte {
	t.Helper()
	e := tokenABI.GetABI().Errors[name]
	data, err := e.Inputs.Pack(args...)
	require.NoError(t, err)
	return append(append([]byte{}, e.ID[:4]...), data...)
}

// TestExplainEveryEscrowError decodes every custom error of the escrow's ABI (its own and OpenZeppelin's)
// into its sentence. A new error in the contract fails this test until it has a sentence here.
func TestExplainEveryEscrowError(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(1, 0)
	c := e.client(3)
	me, a := e.Addr(3), e.Addr(4)
	id := big.NewInt(42)
	ts := big.NewInt(1_795_788_300) // 2026-11-27 14:05 UTC
	when := "2026-11-27 14:05 UTC"
	ethCtx := errContext{op: "send", token: &common.Address{}}
	pk := errContext{op: "claim", id: id}
	tests := []struct {
		name string
		args []any
		ec   errContext
		msg  string
	}{
		{"AlreadyClaimed", []any{id, me}, pk, "you already claimed packet 42 (one claim per address)"},
		{"AmountTooLarge", []any{eth(5), eth(1)}, ethCtx, "the amount 5 ETH is larger than the largest possible packet (1 ETH)"},
		{"AmountTooSmall", []any{milli(5), milli(10)}, ethCtx,
			"the amount 0.005 ETH is too small: at least 0.01 ETH is needed (the token's minimum share times the number of shares)"},
		{"CoolOffOver", []any{id, ts}, pk, "the cool-off of packet 42 ended at " + when + "; run `hongbao withdraw 42` to use the clause that applies now"},
		{"InsufficientGas", nil, pk, "the transaction had too little gas to pay the receiver safely; retry with a higher gas limit"},
		{"InvalidClaimSignature", []any{id, a}, pk, "this claim code is not the code of packet 42; check that you copied the code of this packet"},
		{"InvalidClaimerSignature", []any{a}, pk, "the relay signature is not by " + a.Hex() + " for this relayer, fee and deadline; ask the claimer to sign it for relayer " + me.Hex()},
		{"InvalidDelay", []any{big.NewInt(90_000), big.NewInt(86_400)}, ethCtx, "the cool-off can be at most 24h, not 25h"},
		{"InvalidLuckyInput", []any{big.NewInt(5), big.NewInt(10), big.NewInt(1)}, pk, "invalid lucky split input: 5 left for 10 shares is below the minimum share 1 each"},
		{"InvalidPolicy", nil, ethCtx, "invalid policy: the minimum share must be at least 1 base unit (below 2^96), and at most 8 tiers sorted by strictly increasing maximum amount"},
		{"InvalidShares", []any{big.NewInt(0), big.NewInt(10_000)}, ethCtx, "a group packet needs 1 to 10000 shares, not 0"},
		{"InvalidShortString", nil, ethCtx, "the contract read an invalid short string"},
		{"InvalidTtl", []any{big.NewInt(90), big.NewInt(300), big.NewInt(2_592_000)}, ethCtx, "the claim period must be between 5m and 30 days, not 1m30s"},
		{"MissingAuthority", nil, ethCtx, "the packet needs a recipient (Direct), a claim key (claim-key group) or an allowlist root (allowlist group)"},
		{"NativeTransferFailed", []any{a, eth(1)}, pk, "sending 1 ETH to " + a.Hex() + " failed: that account rejects ETH; use an address that can receive ETH"},
		{"NoUndoRequest", []any{id}, pk, "the sender has not asked for packet 42 back; to give it back anyway run `hongbao decline 42`"},
		{"NoUndoWindow", []any{id}, pk, "packet 42 has no undo window (its amount was above every undo tier of the token's policy); it can be refunded once it expires"},
		{"NotClaimer", []any{id, me}, pk, me.Hex() + " has not claimed packet 42, so there is nothing to return"},
		{"NotDirect", []any{id}, pk, "packet 42 is a group packet; only a Direct packet can be declined or have an undo approved"},
		{"NotExpired", []any{id, ts}, pk, "packet 42 has not expired: it can be refunded from " + when},
		{"NotGuardian", []any{id, a}, pk, "only the guardian " + a.Hex() + " can intercept packet 42; you are " + me.Hex()},
		{"NotInAllowlist", []any{id, me}, pk, me.Hex() + " is not on the allowlist of packet 42 (or the proof is wrong); ask the sender for your proof"},
		{"NotRecipient", []any{id, a}, pk, "only " + a.Hex() + " can claim packet 42"},
		{"NotSender", []any{id, a}, errContext{op: "withdraw", id: id}, "only the sender " + a.Hex() + " can withdraw packet 42; you are " + me.Hex()},
		{"NotYetReleased", []any{id, ts}, pk, "packet 42 is in its cool-off until " + when + "; claims open then"},
		{"NothingOwed", []any{tcny, me}, pk, me.Hex() + " is owed nothing in tCNY"},
		{"OwnableInvalidOwner", []any{common.Address{}}, ethCtx, "0x0000000000000000000000000000000000000000 cannot become the policy admin"},
		{"OwnableUnauthorizedAccount", []any{me}, errContext{op: "set the token policy"}, "only the policy admin " + e.Addr(0).Hex() + " can set the token policy; you are " + me.Hex()},
		{"PacketClosed", []any{id}, pk, "packet 42 is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)"},
		{"PacketExpired", []any{id, ts}, pk, "packet 42 expired at " + when + "; anyone can now run `hongbao refund 42`"},
		{"PacketNotFound", []any{id}, pk, "there is no packet 42 on this escrow; check the id (`hongbao list` shows your packets)"},
		{"ReentrancyGuardReentrantCall", nil, pk, "the escrow refused a re-entrant call: a contract tried to call back into the escrow during a payout"},
		{"RelayDeadlinePassed", []any{ts}, pk, "the relayed claim's deadline passed at " + when + "; ask the claimer to sign a new one"},
		{"ReturnExceedsClaim", []any{id, milli(500)}, errContext{op: "return funds to", id: id, token: &common.Address{}},
			"you can return at most 0.5 ETH of packet 42 (what you claimed and have not returned yet)"},
		{"SafeERC20FailedOperation", []any{tcny}, ethCtx, "the token tCNY (" + tcny.Hex() + ") refused the transfer; check the balance and allowance, and whether the token blocks one of the addresses"},
		{"StringTooLong", []any{"a very long name"}, ethCtx, `the string "a very long name" is too long for the contract`},
		{"UndoAlreadyRequested", []any{id}, pk, "you already asked for packet 42 back; it goes back when the recipient approves"},
		{"UndoWindowClosed", []any{id, ts}, pk, "the undo window of packet 42 closed at " + when + "; run `hongbao withdraw 42` to see what still applies"},
		{"UnexpectedAuthority", nil, ethCtx, "this kind of packet takes no recipient or allowlist root: give a recipient only for Direct packets, a list only for allowlist packets"},
		{"ValueMismatch", []any{eth(1), eth(2)}, ethCtx, "the ETH attached (1 ETH) does not match what is needed (2 ETH); ERC-20 sends attach no ETH"},
		{"ZeroAddress", nil, ethCtx, "an address is required here, but the zero address was given"},
		{"InvalidTicket", []any{id}, pk, "this ticket does not belong to packet 42 (wrong ticket code, or it was changed in transit); ask the sender for your ticket again"},
		{"TicketAlreadyUsed", []any{id, big.NewInt(3)}, pk, "ticket 3 of packet 42 has already been used to claim a share; each ticket claims once"},
		{"InvalidTreasury", []any{a}, ethCtx, a.Hex() + " cannot be a treasury: it is the escrow itself, and money sent there could never be withdrawn; give the organisation's own wallet"},
		{"NotThroughEscrow", nil, ethCtx, "this is the escrow's extension contract: call the escrow's address instead"},
		{"DelayTooShort", []any{eth(3), eth(2), big.NewInt(7200)}, ethCtx,
			"your security lock needs a cool-off of at least 2h for sends above 2 ETH, and this send of 3 ETH has a shorter one; send it with a cool-off of 2h or more"},
		{"OrgNotFound", []any{uint64(9)}, ethCtx, "there is no organisation 9 on this escrow; check the id"},
		{"NotOrgAdmin", []any{uint64(9), me}, ethCtx, me.Hex() + " is not an admin of organisation 9; ask one of its admins to do this"},
		{"NotOrgMember", []any{uint64(9), me, tcny}, ethCtx, me.Hex() + " is not an active member of organisation 9 for tCNY; an admin can add it with caps for that token"},
		{"AdminAlreadyAdded", []any{uint64(9), a}, ethCtx, a.Hex() + " is already an admin of organisation 9"},
		{"AdminNotFound", []any{uint64(9), a}, ethCtx, a.Hex() + " is not an admin of organisation 9, so it cannot be removed"},
		{"LastAdmin", []any{uint64(9)}, ethCtx, "the last admin of organisation 9 cannot be removed; add another admin first"},
		{"OverPacketCap", []any{eth(3), eth(2)}, ethCtx, "the packet of 3 ETH is above your per-packet cap of 2 ETH in this organisation"},
		{"OverDailyCap", []any{eth(3), eth(1), ts}, ethCtx, "the packet of 3 ETH is above what you may still send today (1 ETH); your daily cap resets at " + when},
		{"InsufficientBudget", []any{uint64(9), eth(3), eth(1)}, ethCtx, "organisation 9 has only 1 ETH in its budget but 3 ETH is needed; ask an admin to fund it"},
		{"DrawNotReady", []any{id, big.NewInt(1234)}, pk,
			"packet 42: the next share waiting is drawn from the next block's hash; it can be drawn from block 1,234 on"},
		{"NothingToDraw", []any{id}, pk, "packet 42 has no share waiting for its draw: every claim of it is drawn"},
		{"NotSealed", []any{id}, pk,
			"packet 42 is not a sealed lucky packet: its shares are paid at the claim, there is nothing to draw"},
		{"DrawsReady", []any{id}, pk,
			"packet 42 has claims whose share can be drawn now: they are drawn first (`hongbao settle 42`), then the rest can go back"},
		{"AllSharesTaken", []any{id, big.NewInt(3)}, pk, "every share of packet 42 is taken; 3 wait for their draw"},
		{"SharesPending", []any{id, big.NewInt(3)}, pk,
			"nothing can go back from packet 42 yet: the 3 shares left are held by claims waiting for their draw, and go to those claimers when drawn (anyone can run `hongbao settle 42`)"},
		{"ShareNotDrawn", []any{id, a}, pk,
			a.Hex() + "'s share of packet 42 is not drawn yet: there is nothing to return until it is (run `hongbao settle 42`)"},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		covered[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			cause := errors.New("execution reverted")
			err := c.decodeRevert(e.ctx, revert(t, tc.name, tc.args...), tc.ec, cause)
			requireErr(t, err, tc.name, tc.msg)
			require.ErrorIs(t, err, cause, "the node's error stays in the chain")
			var ce *Error
			require.ErrorAs(t, err, &ce)
			require.NotNil(t, ce.Revert, "the typed custom error is kept")
		})
	}
	var missing []string
	for name := range escrowABI.Errors {
		if !covered[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	require.Empty(t, missing, "custom errors without a tested sentence")
}

// TestExplainVariants covers the sentences that depend on who asks or on the operation.
func TestExplainVariants(t *testing.T) {
	e := newEnv(t)
	c := e.client(3)
	a := e.Addr(4)
	id := big.NewInt(7)
	tests := []struct {
		name, code string
		data       []byte
		ec         errContext
		msg        string
	}{
		{"someone else claimed", "AlreadyClaimed", revert(t, "AlreadyClaimed", id, a), errContext{op: "claim", id: id},
			a.Hex() + " already claimed packet 7 (one claim per address)"},
		{"no guardian", "NotGuardian", revert(t, "NotGuardian", id, common.Address{}), errContext{op: "intercept", id: id},
			"packet 7 has no guardian, so nobody can intercept it"},
		{"decline by another", "NotRecipient", revert(t, "NotRecipient", id, a), errContext{op: "decline", id: id},
			"only the recipient " + a.Hex() + " can decline packet 7"},
		{"not sender without op", "NotSender", revert(t, "NotSender", id, a), errContext{id: id},
			"only the sender " + a.Hex() + " can take back packet 7; you are " + e.Addr(3).Hex()},
		{"return of zero", "AmountTooSmall", revert(t, "AmountTooSmall", big.NewInt(0), big.NewInt(1)), errContext{op: "return funds to", id: id},
			"the amount must be more than 0"},
		{"direct shares", "InvalidShares", revert(t, "InvalidShares", big.NewInt(3), big.NewInt(1)), errContext{op: "send"},
			"a Direct packet has exactly 1 share, not 3"},
		{"amount without a known token", "AmountTooSmall", revert(t, "AmountTooSmall", big.NewInt(5), big.NewInt(10)), errContext{op: "send"},
			"the amount 5 base units is too small: at least 10 base units is needed (the token's minimum share times the number of shares)"},
		{"amount of a packet that does not exist", "ReturnExceedsClaim", revert(t, "ReturnExceedsClaim", id, big.NewInt(10)), errContext{op: "return funds to", id: id},
			"you can return at most 10 base units of packet 7 (what you claimed and have not returned yet)"},
		{"amount in a token that is not one", "AmountTooSmall", revert(t, "AmountTooSmall", big.NewInt(5), big.NewInt(10)), errContext{op: "send", token: &a},
			"the amount 5 base units of " + a.Hex() + " is too small: at least 10 base units of " + a.Hex() + " is needed (the token's minimum share times the number of shares)"},
		{"nothing owed in a non-token", "NothingOwed", revert(t, "NothingOwed", a, a), errContext{},
			a.Hex() + " is owed nothing in " + a.Hex()},
		{"huge duration", "InvalidDelay", revert(t, "InvalidDelay", new(big.Int).Lsh(big.NewInt(1), 70), big.NewInt(86_400)), errContext{},
			"the cool-off can be at most 24h, not 1180591620717411303424s"},
		{"odd duration", "InvalidTtl", revert(t, "InvalidTtl", big.NewInt(61), big.NewInt(300), big.NewInt(2*86_400+3600)), errContext{},
			"the claim period must be between 5m and 49h, not 1m1s"},
		{"Error(string)", CodeReverted, append([]byte{0x08, 0xc3, 0x79, 0xa0}, mustPack(t, "string", "owner")...), errContext{},
			"the transaction would revert: owner"},
		{"Error(string) undecodable", CodeReverted, []byte{0x08, 0xc3, 0x79, 0xa0, 1}, errContext{},
			"the transaction would revert: (undecodable reason)"},
		{"Panic(uint256)", "Panic", append([]byte{0x4e, 0x48, 0x7b, 0x71}, mustPack(t, "uint256", big.NewInt(0x11))...), errContext{},
			"the contract panicked (code 0x11); this is a bug in the contract, please report it"},
		{"unknown selector", CodeReverted, []byte{0xde, 0xad, 0xbe, 0xef}, errContext{op: "claim", id: id},
			"the transaction would revert with an unknown error 0xdeadbeef (claim packet 7)"},
		{"shorter than a selector", CodeReverted, []byte{0x01, 0x02}, errContext{op: "send"},
			"the transaction would revert without giving a reason (send)"},
		{"no data", CodeReverted, nil, errContext{},
			"the transaction would revert without giving a reason"},
		{"ERC20InsufficientAllowance", "ERC20InsufficientAllowance", tokenRevert(t, "ERC20InsufficientAllowance", e.Escrow, big.NewInt(1), big.NewInt(5)),
			errContext{token: &common.Address{}}, "the escrow may spend only 0.000000000000000001 ETH of your tokens but 0.000000000000000005 ETH is needed; approve it first (or retry: the client approves when needed)"},
		{"ERC20InvalidReceiver", "ERC20InvalidReceiver", tokenRevert(t, "ERC20InvalidReceiver", a), errContext{}, "the token refuses to send to " + a.Hex()},
		{"ERC20InvalidSender", "ERC20InvalidSender", tokenRevert(t, "ERC20InvalidSender", a), errContext{}, "the token refuses to send from " + a.Hex()},
		{"ERC20InvalidSpender", "ERC20InvalidSpender", tokenRevert(t, "ERC20InvalidSpender", a), errContext{}, "the token refuses " + a.Hex() + " as a spender"},
		{"ERC20InvalidApprover", "ERC20InvalidApprover", tokenRevert(t, "ERC20InvalidApprover", a), errContext{}, "the token refuses " + a.Hex() + " as an approver"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			requireErr(t, c.decodeRevert(e.ctx, tc.data, tc.ec, nil), tc.code, tc.msg)
		})
	}
	// Values no decoder produces still get a sentence rather than a panic.
	requireErr(t, c.explain(e.ctx, 42, errContext{}), CodeReverted, "the transaction would revert with int")
	requireErr(t, c.explainToken(e.ctx, "x", errContext{}), CodeReverted, "the token reverted with string")
}

func mustPack(t *testing.T, typ string, v any) []byte {
	ty, err := abi.NewType(typ, "", nil)
	require.NoError(t, err)
	out, err := abi.Arguments{{Type: ty}}.Pack(v)
	require.NoError(t, err)
	return out
}

// closedPort returns a local TCP port with nothing listening on it.
func closedPort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	return port
}

func TestDeadEndpoint(t *testing.T) {
	url := fmt.Sprintf("http://127.0.0.1:%d", closedPort(t))
	_, err := Dial(context.Background(), url, common.HexToAddress("0x1"), nil)
	requireErr(t, err, CodeRPCUnavailable, "cannot reach the RPC endpoint "+url+": is the node running?")

	_, err = Dial(context.Background(), "foo://bar", common.HexToAddress("0x1"), nil)
	requireErr(t, err, CodeRPCUnavailable, `cannot reach the RPC endpoint foo://bar: no known transport for URL scheme "foo"`)
}

func TestNewChecksTheEscrow(t *testing.T) {
	e := newEnv(t)
	_, err := New(e.ctx, e.backend, e.Addr(5), nil)
	requireErr(t, err, CodeNoContract, "no escrow contract at "+e.Addr(5).Hex()+" on chain 1337; check the escrow address and the RPC endpoint")
	tcny := e.deployTCNY(1, 0)
	_, err = New(e.ctx, e.backend, tcny, nil)
	requireErr(t, err, CodeNotEscrow, "the contract at "+tcny.Hex()+" on chain 1337 is not a hongbao escrow; check the escrow address")
	mock := e.deployMockToken("M", 2, big.NewInt(1), 0)
	_, err = New(e.ctx, e.backend, mock, nil)
	requireErr(t, err, CodeNotEscrow, "the contract at "+mock.Hex()+" on chain 1337 is not a hongbao escrow; check the escrow address")

	c, err := New(e.ctx, e.backend, e.Escrow, e.Key(2))
	require.NoError(t, err)
	require.Equal(t, e.Addr(2), c.Address())
	require.Equal(t, big.NewInt(1337), c.ChainID())
	require.Equal(t, e.Escrow, c.Escrow())
	require.Equal(t, e.Domain, c.Domain())
	require.Equal(t, Backend(e.backend), c.Backend())
}

func TestInsufficientFunds(t *testing.T) {
	e := newEnv(t)
	poor, err := crypto.GenerateKey()
	require.NoError(t, err)
	addr := crypto.PubkeyToAddress(poor.PublicKey)
	c := e.clientWithKey(poor)

	// Estimation already fails: the value alone is more than the balance.
	_, err = c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	requireErr(t, err, CodeInsufficientFunds, addr.Hex()+" does not have enough ETH to pay 1 ETH plus gas (it has 0 ETH); fund the account first")

	// The value fits but value + gas does not: the node refuses the transaction.
	_, err = e.Chain.Send(e.Key(0), &addr, eth(1), nil)
	require.NoError(t, err)
	_, err = c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	requireErr(t, err, CodeInsufficientFunds, addr.Hex()+" does not have enough ETH to pay 1 ETH plus gas (it has 1 ETH); fund the account first")

	// Gas alone.
	_, err = c.Refund(e.ctx, big.NewInt(1), big.NewInt(2))
	require.NoError(t, err, "1 ETH pays for a refundMany")
	broke, err := crypto.GenerateKey()
	require.NoError(t, err)
	_, err = e.clientWithKey(broke).Refund(e.ctx, big.NewInt(1), big.NewInt(2))
	requireErr(t, err, CodeInsufficientFunds, crypto.PubkeyToAddress(broke.PublicKey).Hex()+" does not have enough ETH to pay gas (it has 0 ETH); fund the account first")
}

// TestNonceResync: another program sends from the same key; the client's next send is refused as "nonce
// too low", resyncs, and goes through.
func TestNonceResync(t *testing.T) {
	e := newEnv(t)
	c := e.client(1)
	_, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	to := e.Addr(3)
	_, err = e.Chain.Send(e.Key(1), &to, big.NewInt(1), nil) // behind the client's back
	require.NoError(t, err)
	res, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	tx, _, err := e.Backend.Client().TransactionByHash(e.ctx, res.TxHash)
	require.NoError(t, err)
	require.Equal(t, uint64(2), tx.Nonce())
}

// faultyBackend wraps the auto-committing backend and can fail or falsify chosen calls.
type faultyBackend struct {
	*autoCommit
	staleNonce  bool   // PendingNonceAt always answers 0
	fixedGas    uint64 // EstimateGasAtBlock answers this without running the call
	replayOK    bool   // CallContract at a block succeeds
	noMining    bool   // SendTransaction does not commit
	onSent      func() // called after the node took a transaction (noMining only)
	receiptErr  error
	logsErr     error
	tipErr      error
	headErr     error
	codeErr     error
	chainIDErr  error
	estimateErr error
}

func (f *faultyBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if f.staleNonce {
		return 0, nil
	}
	return f.autoCommit.PendingNonceAt(ctx, a)
}

func (f *faultyBackend) EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, n *big.Int) (uint64, error) {
	if f.estimateErr != nil {
		return 0, f.estimateErr
	}
	if f.fixedGas != 0 {
		return f.fixedGas, nil
	}
	return f.autoCommit.EstimateGasAtBlock(ctx, msg, n)
}

func (f *faultyBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if f.replayOK && n != nil {
		return nil, nil
	}
	return f.autoCommit.CallContract(ctx, msg, n)
}

func (f *faultyBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.noMining {
		err := f.autoCommit.Client.SendTransaction(ctx, tx)
		if err == nil && f.onSent != nil {
			f.onSent()
		}
		return err
	}
	return f.autoCommit.SendTransaction(ctx, tx)
}

func (f *faultyBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if f.receiptErr != nil {
		return nil, f.receiptErr
	}
	return f.autoCommit.TransactionReceipt(ctx, h)
}

func (f *faultyBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f.logsErr != nil {
		return nil, f.logsErr
	}
	return f.autoCommit.FilterLogs(ctx, q)
}

func (f *faultyBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if f.tipErr != nil {
		return nil, f.tipErr
	}
	return f.autoCommit.SuggestGasTipCap(ctx)
}

func (f *faultyBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if f.headErr != nil {
		return nil, f.headErr
	}
	return f.autoCommit.HeaderByNumber(ctx, n)
}

func (f *faultyBackend) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	if f.codeErr != nil {
		return nil, f.codeErr
	}
	return f.autoCommit.CodeAt(ctx, a, n)
}

func (f *faultyBackend) ChainID(ctx context.Context) (*big.Int, error) {
	if f.chainIDErr != nil {
		return nil, f.chainIDErr
	}
	return f.autoCommit.ChainID(ctx)
}

func (e *testEnv) faulty(i int, f *faultyBackend) *Client {
	e.t.Helper()
	f.autoCommit = e.backend
	c, err := New(e.ctx, f, e.Escrow, e.Key(i), WithPollInterval(5*time.Millisecond), WithEndpoint("http://node.test:8545"))
	require.NoError(e.t, err)
	return c
}

func TestNonceTooLow(t *testing.T) {
	e := newEnv(t)
	_, err := e.client(1).Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	c := e.faulty(1, &faultyBackend{staleNonce: true})
	_, err = c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	requireErr(t, err, CodeNonceTooLow, "the nonce of "+e.Addr(1).Hex()+" is out of date (another program sent from this key meanwhile); retry")
	require.Equal(t, int64(1), e.lastID().Int64(), "nothing was sent")
}

func TestFailedTransactions(t *testing.T) {
	e := newEnv(t)
	sent, err := e.client(1).Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	require.NoError(t, err)
	_, err = e.client(2).Claim(e.ctx, sent.ID, ClaimAuth{})
	require.NoError(t, err)

	t.Run("revert replayed and decoded", func(t *testing.T) {
		c := e.faulty(2, &faultyBackend{fixedGas: 200_000})
		_, err := c.Decline(e.ctx, sent.ID)
		require.Error(t, err)
		var ce *Error
		require.ErrorAs(t, err, &ce)
		require.Equal(t, "PacketClosed", ce.Code)
		require.Regexp(t, `^transaction 0x[0-9a-f]{64} failed in block \d+: packet 1 is closed: nothing is left in it`, ce.Message)
	})
	t.Run("out of gas", func(t *testing.T) {
		c := e.faulty(1, &faultyBackend{fixedGas: 21_000})
		_, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
		require.Error(t, err)
		var ce *Error
		require.ErrorAs(t, err, &ce)
		require.Equal(t, CodeTxFailed, ce.Code)
		require.Regexp(t, `^transaction 0x[0-9a-f]{64} ran out of gas \(limit 36250\) in block \d+; retry, the estimate may have been too low$`, ce.Message)
	})
	t.Run("failed but the replay passes", func(t *testing.T) {
		c := e.faulty(2, &faultyBackend{fixedGas: 200_000, replayOK: true})
		_, err := c.Decline(e.ctx, sent.ID)
		require.Error(t, err)
		var ce *Error
		require.ErrorAs(t, err, &ce)
		require.Equal(t, CodeTxFailed, ce.Code)
		require.Regexp(t, `^transaction 0x[0-9a-f]{64} failed in block \d+; the state changed between the estimate and the block, retry$`, ce.Message)
	})
}

func TestNodeFailures(t *testing.T) {
	e := newEnv(t)
	boom := errors.New("boom")
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: connection refused")}
	send := func(c *Client) error {
		_, err := c.Send(e.ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
		return err
	}
	tests := []struct {
		name string
		f    *faultyBackend
		op   func(c *Client) error
		code string
		msg  string
	}{
		{"tip", &faultyBackend{tipErr: boom}, send, CodeRPC, "the node failed to suggest a gas tip: boom"},
		{"receipt", &faultyBackend{receiptErr: boom}, send, CodeRPC, ""},
		{"logs", &faultyBackend{logsErr: boom}, func(c *Client) error { _, err := c.List(e.ctx, ListFilter{}); return err },
			CodeRPCRefused, ""},
		{"connection refused", &faultyBackend{estimateErr: refused}, send, CodeRPCUnavailable,
			"cannot reach the RPC endpoint http://node.test:8545: is the node running?"},
		{"estimate", &faultyBackend{estimateErr: boom}, send, CodeRPC, "the node failed to send the transaction: boom"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := e.faulty(1, tc.f)
			err := tc.op(c)
			requireErr(t, err, tc.code, tc.msg)
			require.ErrorIs(t, err, tc.f.firstErr())
		})
	}

	// Failures while connecting. (The code is read only when the escrow's eip712Domain() does not answer.)
	for name, f := range map[string]*faultyBackend{
		"chain id": {chainIDErr: boom},
	} {
		t.Run(name, func(t *testing.T) {
			f.autoCommit = e.backend
			_, err := New(e.ctx, f, e.Escrow, nil)
			require.Equal(t, CodeRPC, CodeOf(err))
			require.ErrorIs(t, err, boom)
		})
	}
	f := &faultyBackend{autoCommit: e.backend, chainIDErr: refused}
	_, err := New(e.ctx, f, e.Escrow, nil)
	requireErr(t, err, CodeRPCUnavailable, "cannot reach the RPC endpoint (unknown address): is the node running?")
}

func (f *faultyBackend) firstErr() error {
	for _, err := range []error{f.receiptErr, f.logsErr, f.tipErr, f.headErr, f.codeErr, f.chainIDErr, f.estimateErr} {
		if err != nil {
			return err
		}
	}
	return nil
}

func TestReceiptWaitCancelled(t *testing.T) {
	e := newEnv(t)
	// The deadline passes when the node has taken the transaction, not after a wall-clock interval: on a
	// busy machine a short timeout could end the send before it left.
	ctx := newExpiringCtx(e.ctx)
	c := e.faulty(1, &faultyBackend{noMining: true, onSent: ctx.expire})
	_, err := c.Send(ctx, SendRequest{Kind: Direct, Amount: eth(1), Recipient: e.Addr(2)})
	var ce *Error
	require.ErrorAs(t, err, &ce)
	require.Equal(t, CodeRPC, ce.Code)
	require.Regexp(t, `^transaction 0x[0-9a-f]{64} was sent but is not mined yet \(context deadline exceeded\); check it later, do not resend blindly$`, ce.Message)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	e.Backend.Commit() // the transaction was really sent: it mines now
	require.Equal(t, int64(1), e.lastID().Int64())
}

// expiringCtx is a context whose deadline passes when expire is called: Err is then DeadlineExceeded.
type expiringCtx struct {
	context.Context
	done chan struct{}
	once sync.Once
}

func newExpiringCtx(parent context.Context) *expiringCtx {
	return &expiringCtx{Context: parent, done: make(chan struct{})}
}

func (c *expiringCtx) expire() { c.once.Do(func() { close(c.done) }) }

func (c *expiringCtx) Done() <-chan struct{} { return c.done }

func (c *expiringCtx) Err() error {
	select {
	case <-c.done:
		return context.DeadlineExceeded
	default:
		return nil
	}
}

// The node client and the simulated client are both Backends, and the node client estimates at a block.
var (
	_ Backend          = (*ethclient.Client)(nil)
	_ Backend          = simulated.Client(nil)
	_ pendingEstimator = (*ethclient.Client)(nil)
)
