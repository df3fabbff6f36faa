package sendclaim

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/contracttest"
)

// rejectCase is a send that must revert with exactly `want` (a pointer to an escrow custom error value).
type rejectCase struct {
	name  string
	p     escrow.IHongbaoEscrowSendParams
	value *big.Int // msg.value when it must differ from what SendPacket would pass
	want  any
}

func bigs(xs ...int64) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = big.NewInt(x)
	}
	return out
}

func invalidShares(shares, max int64) *escrow.HongbaoEscrowInvalidShares {
	b := bigs(shares, max)
	return &escrow.HongbaoEscrowInvalidShares{Shares: b[0], Max: b[1]}
}

func invalidTtl(ttl int64) *escrow.HongbaoEscrowInvalidTtl {
	b := bigs(ttl, 300, 30*86400)
	return &escrow.HongbaoEscrowInvalidTtl{Ttl: b[0], Min: b[1], Max: b[2]}
}

func tooSmall(amount, minimum *big.Int) *escrow.HongbaoEscrowAmountTooSmall {
	return &escrow.HongbaoEscrowAmountTooSmall{Amount: amount, Minimum: minimum}
}

// shapeRejections are the parameter checks: shares, authority, delay, ttl (ETH, msg.value = amount).
func shapeRejections(to, key common.Address, root [32]byte) []rejectCase {
	one := contracttest.Ether(1)
	direct := func(f func(*escrow.IHongbaoEscrowSendParams)) escrow.IHongbaoEscrowSendParams {
		p := contracttest.DirectParams(to, one)
		f(&p)
		return p
	}
	group := func(kind, auth uint8, f func(*escrow.IHongbaoEscrowSendParams)) escrow.IHongbaoEscrowSendParams {
		p := escrow.IHongbaoEscrowSendParams{Kind: kind, Auth: auth, Shares: 3, Ttl: 86400, Amount: one}
		f(&p)
		return p
	}
	missing, unexpected := &escrow.HongbaoEscrowMissingAuthority{}, &escrow.HongbaoEscrowUnexpectedAuthority{}
	cases := []rejectCase{
		{"direct 0 shares", direct(func(p *escrow.IHongbaoEscrowSendParams) { p.Shares = 0 }), nil, invalidShares(0, 1)},
		{"direct 2 shares", direct(func(p *escrow.IHongbaoEscrowSendParams) { p.Shares = 2 }), nil, invalidShares(2, 1)},
		{"direct without recipient", direct(func(p *escrow.IHongbaoEscrowSendParams) { p.Recipient = common.Address{} }), nil, missing},
		{"direct with root", direct(func(p *escrow.IHongbaoEscrowSendParams) { p.Root = root }), nil, unexpected},
		{"direct delay 24h+1", direct(func(p *escrow.IHongbaoEscrowSendParams) { p.Delay = 86401 }), nil,
			&escrow.HongbaoEscrowInvalidDelay{Delay: big.NewInt(86401), Max: big.NewInt(86400)}},
		{"direct ttl 0", direct(func(p *escrow.IHongbaoEscrowSendParams) { p.Ttl = 0 }), nil, invalidTtl(0)},
		{"direct ttl 5min-1", direct(func(p *escrow.IHongbaoEscrowSendParams) { p.Ttl = 299 }), nil, invalidTtl(299)},
		{"direct ttl 30d+1", direct(func(p *escrow.IHongbaoEscrowSendParams) { p.Ttl = 30*86400 + 1 }), nil, invalidTtl(30*86400 + 1)},
	}
	for _, kind := range []struct {
		name string
		k    uint8
	}{{"equal", contracttest.Equal}, {"lucky", contracttest.Lucky}} {
		k := kind.k
		cases = append(cases,
			rejectCase{kind.name + " 0 shares", group(k, contracttest.Open, func(p *escrow.IHongbaoEscrowSendParams) { p.Shares = 0 }), nil, invalidShares(0, 10_000)},
			rejectCase{kind.name + " 10001 shares", group(k, contracttest.Open, func(p *escrow.IHongbaoEscrowSendParams) { p.Shares = 10_001 }), nil, invalidShares(10_001, 10_000)},
			rejectCase{kind.name + " claim key missing", group(k, contracttest.ClaimKey, func(*escrow.IHongbaoEscrowSendParams) {}), nil, missing},
			rejectCase{kind.name + " claim key with root", group(k, contracttest.ClaimKey, func(p *escrow.IHongbaoEscrowSendParams) { p.Recipient, p.Root = key, root }), nil, unexpected},
			rejectCase{kind.name + " allowlist without root", group(k, contracttest.Allowlist, func(*escrow.IHongbaoEscrowSendParams) {}), nil, missing},
			rejectCase{kind.name + " allowlist with recipient", group(k, contracttest.Allowlist, func(p *escrow.IHongbaoEscrowSendParams) { p.Root, p.Recipient = root, key }), nil, unexpected},
			rejectCase{kind.name + " open with recipient", group(k, contracttest.Open, func(p *escrow.IHongbaoEscrowSendParams) { p.Recipient = key }), nil, unexpected},
			rejectCase{kind.name + " open with root", group(k, contracttest.Open, func(p *escrow.IHongbaoEscrowSendParams) { p.Root = root }), nil, unexpected},
			rejectCase{kind.name + " delay 24h+1", group(k, contracttest.Open, func(p *escrow.IHongbaoEscrowSendParams) { p.Delay = 86401 }), nil,
				&escrow.HongbaoEscrowInvalidDelay{Delay: big.NewInt(86401), Max: big.NewInt(86400)}},
			rejectCase{kind.name + " ttl 5min-1", group(k, contracttest.Open, func(p *escrow.IHongbaoEscrowSendParams) { p.Ttl = 299 }), nil, invalidTtl(299)},
			rejectCase{kind.name + " ttl 30d+1", group(k, contracttest.Open, func(p *escrow.IHongbaoEscrowSendParams) { p.Ttl = 30*86400 + 1 }), nil, invalidTtl(30*86400 + 1)},
		)
	}
	return cases
}

// amountRejections are the money checks: minimum, msg.value. `token` has a policy with minShare 1000.
// AmountTooLarge is not reachable here: `amount` is a uint128, ETH must match it exactly, and no test token
// credits more than transferFrom was asked to move.
func amountRejections(to common.Address, token common.Address) []rejectCase {
	eth1, eth2 := contracttest.Ether(1), contracttest.Ether(2)
	open := func(tok common.Address, kind uint8, shares uint16, amount *big.Int) escrow.IHongbaoEscrowSendParams {
		return escrow.IHongbaoEscrowSendParams{Token: tok, Kind: kind, Auth: contracttest.Open, Shares: shares, Ttl: 86400, Amount: amount}
	}
	erc20Direct := contracttest.DirectParams(to, big.NewInt(5000))
	erc20Direct.Token = token
	return []rejectCase{
		{"ETH direct of 0 (no policy: minShare 1)", contracttest.DirectParams(to, new(big.Int)), nil, tooSmall(new(big.Int), big.NewInt(1))},
		{"ETH equal 9 wei over 10 shares", open(eth, contracttest.Equal, 10, big.NewInt(9)), nil, tooSmall(big.NewInt(9), big.NewInt(10))},
		{"ERC-20 lucky below minShare x shares", open(token, contracttest.Lucky, 5, big.NewInt(4999)), nil, tooSmall(big.NewInt(4999), big.NewInt(5000))},
		{"ERC-20 direct below minShare", func() escrow.IHongbaoEscrowSendParams {
			p := contracttest.DirectParams(to, big.NewInt(999))
			p.Token = token
			return p
		}(), nil, tooSmall(big.NewInt(999), big.NewInt(1000))},
		{"ETH value below amount", contracttest.DirectParams(to, eth2), eth1, &escrow.HongbaoEscrowValueMismatch{Value: eth1, Amount: eth2}},
		{"ETH value above amount", contracttest.DirectParams(to, eth1), eth2, &escrow.HongbaoEscrowValueMismatch{Value: eth2, Amount: eth1}},
		{"ETH no value", contracttest.DirectParams(to, eth1), new(big.Int), &escrow.HongbaoEscrowValueMismatch{Value: new(big.Int), Amount: eth1}},
		{"ERC-20 with value", erc20Direct, big.NewInt(1), &escrow.HongbaoEscrowValueMismatch{Value: big.NewInt(1), Amount: new(big.Int)}},
	}
}

// TestSendRejections checks that every invalid send reverts with its exact custom error and fields, and that
// nothing moved and no packet was made.
func TestSendRejections(t *testing.T) {
	e := newEnv(t, 3)
	token := e.deployMockERC20()
	e.fundMock(token, 1, contracttest.Ether(10), contracttest.Ether(10))
	e.setPolicy(token, big.NewInt(1000), nil)
	_, key := newClaimKey(t)
	root := common.HexToHash("0xabcd")

	cases := append(shapeRejections(e.Addr(2), key, root), amountRejections(e.Addr(2), token)...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			value := tc.value
			if value == nil && tc.p.Token == eth {
				value = tc.p.Amount
			}
			before := e.snapshot(token, e.Addr(1), e.Escrow)
			lastBefore := e.lastPacketID()

			_, err := e.Tx(e.Key(1), value, abiEscrow.PackSend(tc.p))

			got, derr := contracttest.DecodeError(err)
			require.NoError(t, derr, "decode %v", err)
			require.IsType(t, tc.want, got)
			requireSame(t, tc.want, got)
			e.requireUnchanged(token, before)
			requireBig(t, lastBefore, e.lastPacketID(), "no packet made")
		})
	}

	// The boundaries just inside the limits are accepted (so the rejections above are not blanket failures).
	t.Run("minimum exactly met", func(t *testing.T) {
		e := e.on(t)
		p := escrow.IHongbaoEscrowSendParams{Token: token, Kind: contracttest.Lucky, Auth: contracttest.Open, Shares: 5, Ttl: 86400, Amount: big.NewInt(5000)}
		id, _ := e.send(e.Key(1), p)
		requireBig(t, big.NewInt(1000), e.Packet(id).MinShare, "minShare snapshotted")
		id, _ = e.send(e.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 10, Ttl: 86400, Amount: big.NewInt(10)})
		requireBig(t, big.NewInt(1), e.Packet(id).MinShare, "ETH without policy: minShare 1")
	})
}

// TestSendTokenTransferFailures: without allowance or balance, the token's own error (OpenZeppelin ERC20) is
// bubbled up; a token that returns false gives SafeERC20FailedOperation. Nothing moves.
func TestSendTokenTransferFailures(t *testing.T) {
	e := newEnv(t, 3)
	mock := e.deployMockERC20()
	falseTok, err := e.DeployMock(mocks.FalseReturnTokenMetaData.Bin, nil)
	require.NoError(t, err, "deploy FalseReturnToken")
	amount := contracttest.Ether(1)
	// Account 1 holds tokens but approved nothing; account 2 approved but holds too little.
	e.fundMock(mock, 1, contracttest.Ether(5), nil)
	e.fundMock(mock, 2, big.NewInt(10), amount)
	e.mustTxTo(e.Key(1), falseTok, nil, abiFalse.PackMint(e.Addr(1), contracttest.Ether(5)))

	cases := []struct {
		name   string
		from   int
		token  common.Address
		decode func([]byte) (any, error)
		want   any
	}{
		{"no allowance", 1, mock, abiERC20.UnpackError,
			&mocks.MockERC20ERC20InsufficientAllowance{Spender: e.Escrow, Allowance: new(big.Int), Needed: amount}},
		{"allowance but balance too low", 2, mock, abiERC20.UnpackError,
			&mocks.MockERC20ERC20InsufficientBalance{Sender: e.Addr(2), Balance: big.NewInt(10), Needed: amount}},
		{"false-returning token", 1, falseTok, abiEscrow.UnpackError,
			&escrow.HongbaoEscrowSafeERC20FailedOperation{Token: falseTok}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			p := contracttest.DirectParams(e.Addr(0), amount)
			p.Token = tc.token
			before := e.snapshot(tc.token, e.Addr(tc.from), e.Escrow)

			_, err := e.Tx(e.Key(tc.from), nil, abiEscrow.PackSend(p))

			data := revertData(t, err)
			require.GreaterOrEqual(t, len(data), 4, "custom error expected")
			got, uerr := tc.decode(data)
			require.NoError(t, uerr)
			require.IsType(t, tc.want, got)
			requireSame(t, tc.want, got)
			e.requireUnchanged(tc.token, before)
			requireBig(t, new(big.Int), e.lastPacketID(), "no packet made")
		})
	}
}
