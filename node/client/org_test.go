package client

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/mocks"
)

// orgFixture is an organisation on a fresh chain: admin is account 5, the treasury account 6.
type orgFixture struct {
	*testEnv
	admin *Client
	id    uint64
}

const (
	orgAdmin    = 5
	orgTreasury = 6
)

func newOrg(t *testing.T) *orgFixture {
	t.Helper()
	e := newEnv(t)
	admin := e.client(orgAdmin)
	res, err := admin.CreateOrg(e.ctx, e.Addr(orgTreasury))
	require.NoError(t, err)
	return &orgFixture{testEnv: e, admin: admin, id: res.ID}
}

// fundETH funds the organisation's ETH budget and lets account `member` send up to perPacket / daily of it.
func (f *orgFixture) fundETH(budget *big.Int, member int, perPacket, daily *big.Int) {
	f.t.Helper()
	_, err := f.admin.FundOrg(f.ctx, f.id, common.Address{}, budget)
	require.NoError(f.t, err)
	_, err = f.admin.SetOrgMember(f.ctx, f.id, f.Addr(member), common.Address{}, perPacket, daily)
	require.NoError(f.t, err)
}

func (f *orgFixture) budget(token common.Address) *big.Int {
	f.t.Helper()
	b, err := f.admin.OrgBudget(f.ctx, f.id, token)
	require.NoError(f.t, err)
	return b
}

// nonce is account i's pending nonce: unchanged across a call means nothing was sent.
func (e *testEnv) nonce(i int) uint64 {
	e.t.Helper()
	n, err := e.Backend.Client().PendingNonceAt(e.ctx, e.Addr(i))
	require.NoError(e.t, err)
	return n
}

func TestCreateOrg(t *testing.T) {
	f := newOrg(t)
	require.Equal(t, uint64(1), f.id)
	second, err := f.client(7).CreateOrg(f.ctx, f.Addr(8))
	require.NoError(t, err)
	require.Equal(t, uint64(2), second.ID, "sequential ids")
	require.Equal(t, f.Addr(7), second.Creator)
	require.Equal(t, f.Addr(8), second.Treasury)

	o, err := f.client(1).Org(f.ctx, 1)
	require.NoError(t, err)
	require.Equal(t, uint64(1), o.ID)
	require.Equal(t, f.Addr(orgAdmin), o.Creator)
	require.NotZero(t, o.CreatedBlock)
	require.Equal(t, f.Addr(orgTreasury), o.Treasury)
	require.Equal(t, common.Address{}, o.PendingTreasury)
	require.True(t, o.TreasuryChangeAt.IsZero())
	require.Equal(t, []common.Address{f.Addr(orgAdmin)}, o.Admins, "the creator is the first admin")
	require.Equal(t, uint32(1), o.AdminCount)
	require.Empty(t, o.Members)
	require.Empty(t, o.Budgets)

	_, err = f.admin.CreateOrg(f.ctx, common.Address{})
	requireErr(t, err, CodeInvalidRequest, "an organisation needs a treasury address: unused budget can only go back there")
	ro, err := New(f.ctx, f.backend, f.Escrow, nil)
	require.NoError(t, err)
	_, err = ro.CreateOrg(f.ctx, f.Addr(1))
	requireErr(t, err, CodeReadOnly, "")
}

func TestOrgNotFound(t *testing.T) {
	f := newOrg(t)
	msg := "there is no organisation 9 on this escrow; check the id"
	_, err := f.admin.Org(f.ctx, 9)
	requireErr(t, err, "OrgNotFound", msg)
	_, err = f.admin.OrgBudget(f.ctx, 9, common.Address{})
	requireErr(t, err, "OrgNotFound", msg)
	_, err = f.admin.OrgMember(f.ctx, 9, f.Addr(1), common.Address{})
	requireErr(t, err, "OrgNotFound", msg)
	_, err = f.admin.AddOrgAdmin(f.ctx, 9, f.Addr(1))
	requireErr(t, err, "OrgNotFound", msg)
	_, err = f.admin.FundOrg(f.ctx, 9, common.Address{}, eth(1))
	requireErr(t, err, "OrgNotFound", msg)
	tcny := f.deployTCNY(100_000, orgAdmin)
	before := f.nonce(orgAdmin)
	_, err = f.admin.FundOrg(f.ctx, 9, tcny, big.NewInt(100))
	requireErr(t, err, "OrgNotFound", msg)
	require.Equal(t, before, f.nonce(orgAdmin), "no approve was spent on it")
}

// TestOrgAdmins: admins are added and removed, listed from the logs in order, and the last one stays.
func TestOrgAdmins(t *testing.T) {
	f := newOrg(t)
	a5, a7, a8, a9 := f.Addr(5), f.Addr(7), f.Addr(8), f.Addr(9)
	res, err := f.admin.AddOrgAdmin(f.ctx, f.id, a7)
	require.NoError(t, err)
	require.Equal(t, OrgAdminResult{TxInfo: res.TxInfo, Org: 1, Admin: a7, Event: "OrgAdminAdded"}, *res)
	_, err = f.client(7).AddOrgAdmin(f.ctx, f.id, a8)
	require.NoError(t, err, "a new admin can add admins")
	requireAdmins(t, f, a5, a7, a8)

	_, err = f.admin.AddOrgAdmin(f.ctx, f.id, a7)
	requireErr(t, err, "AdminAlreadyAdded", a7.Hex()+" is already an admin of organisation 1")
	_, err = f.client(9).AddOrgAdmin(f.ctx, f.id, a9)
	requireErr(t, err, "NotOrgAdmin", "only an admin of organisation 1 can add an admin, and "+a9.Hex()+
		" is not one; `hongbao org show 1` lists its admins")
	_, err = f.admin.AddOrgAdmin(f.ctx, f.id, common.Address{})
	requireErr(t, err, CodeInvalidRequest, "give the address of the new admin")

	out, err := f.client(7).RemoveOrgAdmin(f.ctx, f.id, a5)
	require.NoError(t, err)
	require.Equal(t, "OrgAdminRemoved", out.Event)
	require.Equal(t, a5, out.Admin)
	requireAdmins(t, f, a7, a8)
	_, err = f.client(7).RemoveOrgAdmin(f.ctx, f.id, a5)
	requireErr(t, err, "AdminNotFound", a5.Hex()+" is not an admin of organisation 1, so it cannot be removed")
	_, err = f.admin.RemoveOrgAdmin(f.ctx, f.id, a8)
	requireErr(t, err, "NotOrgAdmin", "only an admin of organisation 1 can remove an admin, and "+a5.Hex()+
		" is not one; `hongbao org show 1` lists its admins")
	_, err = f.client(8).RemoveOrgAdmin(f.ctx, f.id, a8)
	require.NoError(t, err, "an admin may remove itself while another stays")
	_, err = f.client(7).RemoveOrgAdmin(f.ctx, f.id, a7)
	requireErr(t, err, "LastAdmin", "the last admin of organisation 1 cannot be removed; add another admin first")

	_, err = f.client(7).AddOrgAdmin(f.ctx, f.id, a5)
	require.NoError(t, err)
	requireAdmins(t, f, a7, a5) // in the order of their latest addition
}

func requireAdmins(t *testing.T, f *orgFixture, want ...common.Address) {
	t.Helper()
	o, err := f.admin.Org(f.ctx, f.id)
	require.NoError(t, err)
	require.Equal(t, want, o.Admins)
	require.Equal(t, uint32(len(want)), o.AdminCount)
	for _, a := range want {
		out, err := f.Call(f.Escrow, escrowBinding.PackIsOrgAdmin(f.id, a))
		require.NoError(t, err)
		ok, err := escrowBinding.UnpackIsOrgAdmin(out)
		require.NoError(t, err)
		require.True(t, ok, "%s is an admin on chain", a.Hex())
	}
}

// TestFundOrgETH: ETH goes in as the value; the result carries the credited amount and the budget after.
func TestFundOrgETH(t *testing.T) {
	f := newOrg(t)
	escrowBefore, adminBefore := f.ethBalance(f.Escrow), f.ethBalance(f.Addr(orgAdmin))
	res, err := f.admin.FundOrg(f.ctx, f.id, common.Address{}, eth(3))
	require.NoError(t, err)
	require.Equal(t, eth(3), res.Amount)
	require.Equal(t, eth(3), res.Budget)
	require.Equal(t, f.Addr(orgAdmin), res.From)
	require.Nil(t, res.Approval)
	require.Equal(t, new(big.Int).Add(escrowBefore, eth(3)), f.ethBalance(f.Escrow))
	require.Equal(t, new(big.Int).Sub(adminBefore, new(big.Int).Add(eth(3), res.GasCost)), f.ethBalance(f.Addr(orgAdmin)))

	res, err = f.admin.FundOrg(f.ctx, f.id, common.Address{}, milli(500))
	require.NoError(t, err)
	require.Equal(t, milli(3500), res.Budget, "budgets add up")
	require.Equal(t, milli(3500), f.budget(common.Address{}))

	_, err = f.client(9).FundOrg(f.ctx, f.id, common.Address{}, eth(1))
	requireErr(t, err, "NotOrgAdmin", "only an admin of organisation 1 can fund the budget, and "+f.Addr(9).Hex()+
		" is not one; `hongbao org show 1` lists its admins")
	_, err = f.admin.FundOrg(f.ctx, f.id, common.Address{}, new(big.Int))
	requireErr(t, err, CodeInvalidRequest, "the amount to fund must be greater than 0")
}

// TestFundOrgERC20: the escrow is approved for exactly the amount (fundOrg has no permit variant), and a
// fee-on-transfer token is credited with what arrived. The checks run before an approve is spent.
func TestFundOrgERC20(t *testing.T) {
	e := newEnv(t)
	tcny := e.deployTCNY(100_000, 2) // 1000.00 tCNY to accounts 1 and 2
	admin := e.client(1)
	created, err := admin.CreateOrg(e.ctx, e.Addr(orgTreasury))
	require.NoError(t, err)
	id := created.ID

	res, err := admin.FundOrg(e.ctx, id, tcny, big.NewInt(50_000))
	require.NoError(t, err)
	require.NotNil(t, res.Approval)
	require.Less(t, res.Approval.Block, res.Block)
	require.Equal(t, big.NewInt(50_000), res.Amount)
	require.Equal(t, big.NewInt(50_000), res.Budget)
	require.Equal(t, int64(0), tokenAllowance(t, e, tcny, e.Addr(1)).Int64(), "exactly the amount was approved")
	require.Equal(t, big.NewInt(50_000), e.TokenBalance(tcny, e.Addr(1)))
	require.Equal(t, big.NewInt(50_000), e.TokenBalance(tcny, e.Escrow))

	// A standing allowance is used as it is.
	_, err = e.TxTo(e.Key(1), tcny, nil, mocks.NewMockERC20().PackApprove(e.Escrow, big.NewInt(20_000)))
	require.NoError(t, err)
	res, err = admin.FundOrg(e.ctx, id, tcny, big.NewInt(10_000))
	require.NoError(t, err)
	require.Nil(t, res.Approval)
	require.Equal(t, big.NewInt(60_000), res.Budget)

	fot, err := e.DeployMock(mocks.FeeOnTransferTokenMetaData.Bin, nil)
	require.NoError(t, err)
	_, err = e.TxTo(e.Key(0), fot, nil, mocks.NewFeeOnTransferToken().PackMint(e.Addr(1), eth(10)))
	require.NoError(t, err)
	res, err = admin.FundOrg(e.ctx, id, fot, eth(1))
	require.NoError(t, err)
	require.Equal(t, milli(990), res.Amount, "1% fee: the budget holds what arrived")
	require.Equal(t, milli(990), res.Budget)

	before := e.nonce(2)
	_, err = e.client(2).FundOrg(e.ctx, id, tcny, big.NewInt(100))
	requireErr(t, err, "NotOrgAdmin", "only an admin of organisation 1 can fund the budget, and "+e.Addr(2).Hex()+
		" is not one; `hongbao org show 1` lists its admins")
	require.Equal(t, before, e.nonce(2), "no approve was spent on a funding that cannot succeed")
	before = e.nonce(1)
	_, err = admin.FundOrg(e.ctx, id, tcny, big.NewInt(60_000))
	requireErr(t, err, "ERC20InsufficientBalance", e.Addr(1).Hex()+" has only 400.00 tCNY but 600.00 tCNY is needed; get more first")
	require.Equal(t, before, e.nonce(1))

	o, err := admin.Org(e.ctx, id)
	require.NoError(t, err)
	require.Equal(t, []Budget{
		{Token: tcny, Symbol: "tCNY", Decimals: 2, Amount: big.NewInt(60_000)},
		{Token: fot, Symbol: "FEE", Decimals: 18, Amount: milli(990)},
	}, o.Budgets)
}

// TestWithdrawOrgBudget: unused budget goes only to the treasury; a treasury the token blocks is credited.
func TestWithdrawOrgBudget(t *testing.T) {
	f := newOrg(t)
	treasury := f.Addr(orgTreasury)
	_, err := f.admin.FundOrg(f.ctx, f.id, common.Address{}, eth(5))
	require.NoError(t, err)
	before := f.ethBalance(treasury)
	res, err := f.admin.WithdrawOrgBudget(f.ctx, f.id, common.Address{}, eth(2))
	require.NoError(t, err)
	require.Equal(t, treasury, res.To)
	require.Equal(t, eth(2), res.Amount)
	require.Equal(t, int64(0), res.Owed.Int64())
	require.Equal(t, new(big.Int).Add(before, eth(2)), f.ethBalance(treasury))
	require.Equal(t, eth(3), f.budget(common.Address{}))

	_, err = f.admin.WithdrawOrgBudget(f.ctx, f.id, common.Address{}, eth(4))
	requireErr(t, err, "InsufficientBudget", "organisation 1 has only 3 ETH of unused budget, so 4 ETH cannot be withdrawn")
	_, err = f.admin.WithdrawOrgBudget(f.ctx, f.id, common.Address{}, new(big.Int))
	requireErr(t, err, CodeInvalidRequest, "the amount to withdraw must be greater than 0")
	_, err = f.client(orgTreasury).WithdrawOrgBudget(f.ctx, f.id, common.Address{}, eth(1))
	requireErr(t, err, "NotOrgAdmin", "only an admin of organisation 1 can withdraw from the budget, and "+treasury.Hex()+
		" is not one; `hongbao org show 1` lists its admins")

	// A treasury the token blocks: the amount waits in the treasury's pull balance.
	blk := mocks.NewBlocklistToken()
	tok, err := f.DeployMock(mocks.BlocklistTokenMetaData.Bin, nil)
	require.NoError(t, err)
	_, err = f.TxTo(f.Key(0), tok, nil, blk.PackMint(f.Addr(orgAdmin), big.NewInt(1_000)))
	require.NoError(t, err)
	_, err = f.admin.FundOrg(f.ctx, f.id, tok, big.NewInt(1_000))
	require.NoError(t, err)
	_, err = f.TxTo(f.Key(0), tok, nil, blk.PackSetBlocked(treasury, true))
	require.NoError(t, err)
	res, err = f.admin.WithdrawOrgBudget(f.ctx, f.id, tok, big.NewInt(700))
	require.NoError(t, err)
	require.Equal(t, treasury, res.To)
	require.Equal(t, big.NewInt(700), res.Owed)
	require.Equal(t, big.NewInt(700), f.Owed(tok, treasury))
	require.Equal(t, int64(0), f.TokenBalance(tok, treasury).Int64())
	require.Equal(t, big.NewInt(300), f.budget(tok))
}

// TestTreasuryChange: a new treasury takes effect 24h after it is asked, to the second.
func TestTreasuryChange(t *testing.T) {
	f := newOrg(t)
	oldT, newT := f.Addr(orgTreasury), f.Addr(8)
	_, err := f.admin.FundOrg(f.ctx, f.id, common.Address{}, eth(5))
	require.NoError(t, err)
	res, err := f.admin.RequestTreasuryChange(f.ctx, f.id, newT)
	require.NoError(t, err)
	at, err := f.admin.blockTime(f.ctx, new(big.Int).SetUint64(res.Block))
	require.NoError(t, err)
	require.Equal(t, at.Add(24*time.Hour), res.EffectiveAt)
	require.Equal(t, newT, res.Treasury)

	o, err := f.admin.Org(f.ctx, f.id)
	require.NoError(t, err)
	require.Equal(t, oldT, o.Treasury)
	require.Equal(t, newT, o.PendingTreasury)
	require.Equal(t, res.EffectiveAt, o.TreasuryChangeAt)

	f.nextAt(big.NewInt(res.EffectiveAt.Unix() - 1))
	w, err := f.admin.WithdrawOrgBudget(f.ctx, f.id, common.Address{}, eth(1))
	require.NoError(t, err)
	require.Equal(t, oldT, w.To, "one second before, the old treasury")
	w, err = f.admin.WithdrawOrgBudget(f.ctx, f.id, common.Address{}, eth(1))
	require.NoError(t, err)
	require.Equal(t, newT, w.To, "from the effective time, the new one")
	o, err = f.admin.Org(f.ctx, f.id)
	require.NoError(t, err)
	require.Equal(t, newT, o.Treasury)
	require.Equal(t, common.Address{}, o.PendingTreasury)

	_, err = f.admin.RequestTreasuryChange(f.ctx, f.id, common.Address{})
	requireErr(t, err, CodeInvalidRequest, "give the address of the new treasury")
	_, err = f.client(9).RequestTreasuryChange(f.ctx, f.id, f.Addr(9))
	requireErr(t, err, "NotOrgAdmin", "only an admin of organisation 1 can change the treasury, and "+f.Addr(9).Hex()+
		" is not one; `hongbao org show 1` lists its admins")
}

// TestOrgMemberSendsFromBudget: a member sends with SendRequest.Org; the budget pays, the caps count it.
func TestOrgMemberSendsFromBudget(t *testing.T) {
	f := newOrg(t)
	tcny := f.deployTCNY(100_000, orgAdmin) // accounts 1..5
	set, err := f.admin.SetOrgMember(f.ctx, f.id, f.Addr(1), tcny, big.NewInt(20_000), big.NewInt(30_000))
	require.NoError(t, err)
	require.Equal(t, OrgMemberResult{TxInfo: set.TxInfo, Org: 1, Member: f.Addr(1), Token: tcny,
		PerPacketCap: big.NewInt(20_000), DailyCap: big.NewInt(30_000)}, *set)
	_, err = f.admin.FundOrg(f.ctx, f.id, tcny, big.NewInt(50_000))
	require.NoError(t, err)

	member := f.client(1)
	memberNonce := f.nonce(1)
	res, err := member.Send(f.ctx, SendRequest{Org: f.id, Kind: Lucky, Token: tcny, Amount: big.NewInt(12_000), Shares: 3})
	require.NoError(t, err)
	require.Equal(t, uint64(1), res.Org)
	require.Equal(t, big.NewInt(12_000), res.Total)
	require.Nil(t, res.Approval, "no money leaves the member: nothing to approve")
	require.False(t, res.Permit)
	require.Equal(t, memberNonce+1, f.nonce(1))
	require.Equal(t, big.NewInt(38_000), f.budget(tcny))
	require.Equal(t, big.NewInt(100_000), f.TokenBalance(tcny, f.Addr(1)), "the member's own tokens stay")
	require.NotEmpty(t, res.ClaimCode, "claim codes work for organisation packets too")
	cl, err := f.client(2).Claim(f.ctx, res.ID, ClaimAuth{Code: res.ClaimCode})
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(big.NewInt(100_000), cl.Amount), f.TokenBalance(tcny, f.Addr(2)))

	m, err := member.OrgMember(f.ctx, f.id, f.Addr(1), tcny)
	require.NoError(t, err)
	require.True(t, m.Active)
	require.True(t, m.CanSend())
	require.Equal(t, "tCNY", m.Symbol)
	require.Equal(t, big.NewInt(20_000), m.PerPacketCap)
	require.Equal(t, big.NewInt(30_000), m.DailyCap)
	require.Equal(t, big.NewInt(12_000), m.SpentToday)
	require.Equal(t, big.NewInt(18_000), m.LeftToday)
	now := f.Now()
	require.Equal(t, int64(now-now%86_400+86_400), m.DayResetsAt.Unix(), "the next UTC midnight")

	own, err := member.Send(f.ctx, SendRequest{Kind: Direct, Amount: milli(1), Recipient: f.Addr(2)})
	require.NoError(t, err)
	require.Zero(t, own.Org, "a send of one's own money belongs to no organisation")

	_, err = f.admin.SetOrgMember(f.ctx, f.id, f.Addr(1), tcny, nil, big.NewInt(1))
	requireErr(t, err, CodeInvalidRequest, "a member's per-packet and daily caps must be between 0 and 2^128 - 1 base units")
	_, err = f.admin.SetOrgMember(f.ctx, f.id, common.Address{}, tcny, big.NewInt(1), big.NewInt(1))
	requireErr(t, err, CodeInvalidRequest, "give the address of the member")
	_, err = f.client(1).SetOrgMember(f.ctx, f.id, f.Addr(1), tcny, big.NewInt(1), big.NewInt(1))
	requireErr(t, err, "NotOrgAdmin", "only an admin of organisation 1 can set a member's caps, and "+f.Addr(1).Hex()+
		" is not one; `hongbao org show 1` lists its admins")
}

// TestOrgCapsAcrossTheDay: the per-packet and daily caps hold at their boundaries, and the daily cap starts
// over at the next UTC midnight.
func TestOrgCapsAcrossTheDay(t *testing.T) {
	f := newOrg(t)
	f.fundETH(eth(10), 1, eth(2), eth(3))
	c := f.client(1)
	m, err := c.OrgMember(f.ctx, f.id, f.Addr(1), common.Address{})
	require.NoError(t, err)
	midnight := m.DayResetsAt.Unix()
	send := func(amount *big.Int) error {
		_, err := c.Send(f.ctx, SendRequest{Org: f.id, Kind: Direct, Amount: amount, Recipient: f.Addr(2)})
		return err
	}
	plusWei := func(v *big.Int) *big.Int { return new(big.Int).Add(v, big.NewInt(1)) }

	f.nextAt(big.NewInt(midnight - 10))
	require.NoError(t, send(eth(2)), "exactly the per-packet cap")
	requireErr(t, send(plusWei(eth(2))), "OverPacketCap", "the packet of 2.000000000000000001 ETH is above your per-packet cap of 2 ETH in organisation 1; send at most that, or ask an admin to raise the cap")
	resets := fmtUnix(midnight)
	requireErr(t, send(plusWei(eth(1))), "OverDailyCap", "the packet of 1.000000000000000001 ETH is above what you may still send today from organisation 1 (1 ETH left of your daily cap of 3 ETH); the cap resets at "+resets)
	require.NoError(t, send(eth(1)), "exactly what is left of the daily cap")

	f.nextAt(big.NewInt(midnight - 1))
	requireErr(t, send(big.NewInt(1)), "OverDailyCap", "the packet of 0.000000000000000001 ETH is above what you may still send today from organisation 1 (0 ETH left of your daily cap of 3 ETH); the cap resets at "+resets)
	f.nextAt(big.NewInt(midnight))
	require.NoError(t, send(eth(2)), "a new UTC day starts over")
	m, err = c.OrgMember(f.ctx, f.id, f.Addr(1), common.Address{})
	require.NoError(t, err)
	require.Equal(t, eth(2), m.SpentToday)
	require.Equal(t, eth(1), m.LeftToday)
	require.Equal(t, midnight+86_400, m.DayResetsAt.Unix())
	require.Equal(t, eth(5), f.budget(common.Address{}))
}

// TestOrgBudgetExhausted: a send within the caps but above the budget is refused with what is left.
func TestOrgBudgetExhausted(t *testing.T) {
	f := newOrg(t)
	f.fundETH(eth(1), 1, eth(5), eth(5))
	_, err := f.client(1).Send(f.ctx, SendRequest{Org: f.id, Kind: Equal, Amount: eth(2), Shares: 2, Auth: Open})
	requireErr(t, err, "InsufficientBudget", "organisation 1 has only 1 ETH in its budget but 2 ETH is needed; ask an admin to fund it")
	_, err = f.client(1).Send(f.ctx, SendRequest{Org: f.id, Kind: Equal, Amount: eth(1), Shares: 2, Auth: Open})
	require.NoError(t, err, "the whole budget can go")
	require.Equal(t, int64(0), f.budget(common.Address{}).Int64())
}

// TestOrgRemovedMember: removal stops new sends; a live packet of the member stays claimable and its way
// back still leads to the budget.
func TestOrgRemovedMember(t *testing.T) {
	f := newOrg(t)
	f.fundETH(eth(10), 1, eth(5), eth(5))
	c := f.client(1)
	live, err := c.Send(f.ctx, SendRequest{Org: f.id, Kind: Equal, Amount: eth(2), Shares: 2, Auth: Open, TTL: 5 * time.Minute})
	require.NoError(t, err)

	res, err := f.admin.RemoveOrgMember(f.ctx, f.id, f.Addr(1))
	require.NoError(t, err)
	require.True(t, res.Removed)
	require.Equal(t, f.Addr(1), res.Member)
	_, err = c.Send(f.ctx, SendRequest{Org: f.id, Kind: Direct, Amount: eth(1), Recipient: f.Addr(2)})
	requireErr(t, err, "NotOrgMember", f.Addr(1).Hex()+" is not an active member of organisation 1 for ETH; an admin can add it with caps for that token")
	_, err = f.admin.RemoveOrgMember(f.ctx, f.id, f.Addr(1))
	requireErr(t, err, "NotOrgMember", f.Addr(1).Hex()+" is not a member of organisation 1, so it cannot be removed")
	m, err := f.admin.OrgMember(f.ctx, f.id, f.Addr(1), common.Address{})
	require.NoError(t, err)
	require.False(t, m.Active)
	require.False(t, m.CanSend())

	cl, err := f.client(2).Claim(f.ctx, live.ID, ClaimAuth{})
	require.NoError(t, err)
	require.Equal(t, eth(1), cl.Amount)
	f.warp(10 * time.Minute)
	ref, err := f.client(9).Refund(f.ctx, live.ID)
	require.NoError(t, err)
	require.Len(t, ref.Refunded, 1)
	require.Equal(t, eth(1), ref.Refunded[0].Amount)
	require.Equal(t, uint64(1), ref.Refunded[0].Budget)
	require.Equal(t, eth(9), f.budget(common.Address{}), "the unclaimed rest went back to the budget")

	o, err := f.admin.Org(f.ctx, f.id)
	require.NoError(t, err)
	require.Len(t, o.Members, 1)
	require.Equal(t, f.Addr(1), o.Members[0].Member)
	require.False(t, o.Members[0].Active, "a removed member is listed as inactive")
	require.Equal(t, []Budget{{Token: common.Address{}, Symbol: "ETH", Decimals: 18, Amount: eth(9)}}, o.Budgets)

	// Re-added for another token, the member starts with no caps for the old one.
	tcny := f.deployTCNY(1, 0)
	_, err = f.admin.SetOrgMember(f.ctx, f.id, f.Addr(1), tcny, big.NewInt(100), big.NewInt(100))
	require.NoError(t, err)
	o, err = f.admin.Org(f.ctx, f.id)
	require.NoError(t, err)
	require.Len(t, o.Members, 2)
	require.Equal(t, common.Address{}, o.Members[0].Token)
	require.True(t, o.Members[0].Active)
	require.False(t, o.Members[0].CanSend(), "no ETH caps in the new membership")
	require.Equal(t, tcny, o.Members[1].Token)
	require.True(t, o.Members[1].CanSend())
	_, err = c.Send(f.ctx, SendRequest{Org: f.id, Kind: Direct, Amount: eth(1), Recipient: f.Addr(2)})
	requireErr(t, err, "NotOrgMember", f.Addr(1).Hex()+" is not an active member of organisation 1 for ETH; an admin can add it with caps for that token")
}

// TestOrgIntercept: any admin of the packet's organisation can intercept it, back into the budget; nobody
// else can (an admin of another organisation included), and a fully claimed packet is closed.
func TestOrgIntercept(t *testing.T) {
	f := newOrg(t)
	f.fundETH(eth(10), 1, eth(5), eth(10))
	other, err := f.client(7).CreateOrg(f.ctx, f.Addr(7))
	require.NoError(t, err)
	require.Equal(t, uint64(2), other.ID)
	member := f.client(1)
	plain, err := member.Send(f.ctx, SendRequest{Org: f.id, Kind: Direct, Amount: eth(1), Recipient: f.Addr(2)})
	require.NoError(t, err)
	guarded, err := member.Send(f.ctx, SendRequest{Org: f.id, Kind: Direct, Amount: eth(1), Recipient: f.Addr(2), Guardian: f.Addr(8)})
	require.NoError(t, err)

	notAdmin := func(who int) string {
		return "only an admin of organisation 1 can intercept packet 1, and you (" + f.Addr(who).Hex() +
			") are not one; `hongbao org show 1` lists its admins"
	}
	_, err = f.client(9).Intercept(f.ctx, plain.ID)
	requireErr(t, err, "NotGuardian", notAdmin(9))
	_, err = f.client(7).Intercept(f.ctx, plain.ID)
	requireErr(t, err, "NotGuardian", notAdmin(7))
	_, err = f.client(9).Intercept(f.ctx, guarded.ID)
	requireErr(t, err, "NotGuardian", "only its guardian "+f.Addr(8).Hex()+" or an admin of organisation 1 can intercept packet 2, and you ("+
		f.Addr(9).Hex()+") are neither; `hongbao org show 1` lists its admins")

	p, err := f.admin.Packet(f.ctx, plain.ID)
	require.NoError(t, err)
	require.Contains(t, p.TakeBack, TakeBack{Clause: "intercept", Who: "org admin", Until: p.ExpiresAt})
	in, err := f.admin.Intercept(f.ctx, plain.ID)
	require.NoError(t, err)
	require.Equal(t, "Intercepted", in.Event)
	require.Equal(t, eth(1), in.Amount)
	require.Equal(t, uint64(1), in.Budget)
	require.Equal(t, eth(9), f.budget(common.Address{}), "restored: 10 - 2 sent + 1 intercepted")

	_, err = f.client(2).Claim(f.ctx, guarded.ID, ClaimAuth{})
	require.NoError(t, err)
	_, err = f.admin.Intercept(f.ctx, guarded.ID)
	requireErr(t, err, "PacketClosed", "packet 2 is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)")
}

// TestExplainOrgAndLockContexts: the sentences that depend on the operation, decoded from revert data.
func TestExplainOrgAndLockContexts(t *testing.T) {
	e := newEnv(t)
	c := e.client(3)
	me, a := e.Addr(3), e.Addr(4)
	eth0 := common.Address{}
	fund := errContext{op: opFundOrg, org: 4, token: &eth0}
	tests := []struct {
		name, code string
		data       []byte
		ec         errContext
		msg        string
	}{
		{"not admin in an org op", "NotOrgAdmin", revert(t, "NotOrgAdmin", uint64(4), me), fund,
			"only an admin of organisation 4 can fund the budget, and " + me.Hex() + " is not one; `hongbao org show 4` lists its admins"},
		{"not admin elsewhere", "NotOrgAdmin", revert(t, "NotOrgAdmin", uint64(4), me), errContext{},
			me.Hex() + " is not an admin of organisation 4; ask one of its admins to do this"},
		{"remove a non-member", "NotOrgMember", revert(t, "NotOrgMember", uint64(4), a, eth0), errContext{op: opRemoveMember, org: 4},
			a.Hex() + " is not a member of organisation 4, so it cannot be removed"},
		{"over the packet cap of a known org", "OverPacketCap", revert(t, "OverPacketCap", eth(3), eth(2)),
			errContext{op: "send", org: 4, token: &eth0},
			"the packet of 3 ETH is above your per-packet cap of 2 ETH in organisation 4; send at most that, or ask an admin to raise the cap"},
		{"over the daily cap, caps unreadable", "OverDailyCap", revert(t, "OverDailyCap", eth(3), eth(1), big.NewInt(1_795_824_000)),
			errContext{op: "send", org: 4, token: &eth0},
			"the packet of 3 ETH is above what you may still send today from organisation 4 (1 ETH left of your daily cap); the cap resets at 2026-11-28 00:00 UTC"},
		{"withdraw above the budget", "InsufficientBudget", revert(t, "InsufficientBudget", uint64(4), eth(3), eth(1)),
			errContext{op: opWithdrawBudget, org: 4, token: &eth0},
			"organisation 4 has only 1 ETH of unused budget, so 3 ETH cannot be withdrawn"},
		{"lock delay too long", "InvalidDelay", revert(t, "InvalidDelay", big.NewInt(90_000), big.NewInt(86_400)),
			errContext{op: opSetLock, token: &eth0},
			"a security lock can ask for a cool-off of at most 24h (the longest a packet can have), not 25h"},
		{"intercept of a packet that does not exist", "NotGuardian", revert(t, "NotGuardian", big.NewInt(7), eth0),
			errContext{op: "intercept", id: big.NewInt(7)}, "packet 7 has no guardian, so nobody can intercept it"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := c.decodeRevert(e.ctx, tc.data, tc.ec, nil)
			requireErr(t, err, tc.code, tc.msg)
			var ce *Error
			require.ErrorAs(t, err, &ce)
			require.NotNil(t, ce.Revert)
		})
	}
}
