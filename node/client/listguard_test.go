package client

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

// List's GuardedBy: the packets an address may intercept (C6, rules §5) — those it is the guardian of, and
// those sent from the budget of an organisation it is an admin of at read time. Closed packets stay in.
func TestListGuardedBy(t *testing.T) {
	f := newOrg(t) // admin 5
	const member, guardian, plain, later = 1, 7, 2, 8
	f.fundETH(eth(5), member, eth(1), eth(3))
	send := func(who int, r SendRequest) int64 {
		t.Helper()
		res, err := f.client(who).Send(f.ctx, r)
		require.NoError(t, err)
		return res.ID.Int64()
	}
	guarded := send(plain, SendRequest{Kind: Direct, Amount: eth(1), Recipient: f.Addr(3), Guardian: f.Addr(guardian)})
	orgOpen := send(member, SendRequest{Org: f.id, Kind: Equal, Amount: eth(1), Shares: 2, Auth: Open})
	orgBoth := send(member, SendRequest{Org: f.id, Kind: Direct, Amount: eth(1), Recipient: f.Addr(3), Guardian: f.Addr(guardian)})
	unguarded := send(plain, SendRequest{Kind: Direct, Amount: eth(1), Recipient: f.Addr(3)})
	require.Equal(t, []int64{1, 2, 3, 4}, []int64{guarded, orgOpen, orgBoth, unguarded})
	// The admin intercepts one: closed, it stays in the list.
	_, err := f.admin.Intercept(f.ctx, big.NewInt(orgBoth))
	require.NoError(t, err)

	ids := func(lf ListFilter) []int64 {
		t.Helper()
		ps, err := f.client(9).List(f.ctx, lf)
		require.NoError(t, err)
		out := []int64{}
		for _, p := range ps {
			out = append(out, p.ID.Int64())
			if p.ID.Int64() == orgBoth {
				require.Equal(t, StatusClosed, p.Status)
			}
		}
		return out
	}
	admin := func(who int, want bool) {
		t.Helper()
		ok, err := f.admin.IsOrgAdmin(f.ctx, f.id, f.Addr(who))
		require.NoError(t, err)
		require.Equal(t, want, ok)
	}

	tests := []struct {
		name string
		f    ListFilter
		want []int64
	}{
		{"a guardian: its packets, its own or an organisation's", ListFilter{GuardedBy: f.Addr(guardian)}, []int64{guarded, orgBoth}},
		{"an admin: the organisation's packets, the intercepted one too", ListFilter{GuardedBy: f.Addr(orgAdmin)}, []int64{orgOpen, orgBoth}},
		{"a member guards none of them", ListFilter{GuardedBy: f.Addr(member)}, []int64{}},
		{"a plain sender guards nothing", ListFilter{GuardedBy: f.Addr(plain)}, []int64{}},
		{"AND sent by", ListFilter{GuardedBy: f.Addr(guardian), SentBy: f.Addr(plain)}, []int64{guarded}},
		{"AND received by", ListFilter{GuardedBy: f.Addr(orgAdmin), ReceivedBy: f.Addr(3)}, []int64{orgBoth}},
		{"AND claimable by: live only", ListFilter{GuardedBy: f.Addr(guardian), ClaimableBy: f.Addr(3)}, []int64{guarded}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { require.Equal(t, tt.want, ids(tt.f)) })
	}

	t.Run("admins are read now: one added later guards earlier packets, a removed one none", func(t *testing.T) {
		admin(later, false)
		require.Empty(t, ids(ListFilter{GuardedBy: f.Addr(later)}))
		_, err := f.admin.AddOrgAdmin(f.ctx, f.id, f.Addr(later))
		require.NoError(t, err)
		admin(later, true)
		require.Equal(t, []int64{orgOpen, orgBoth}, ids(ListFilter{GuardedBy: f.Addr(later)}))
		_, err = f.admin.RemoveOrgAdmin(f.ctx, f.id, f.Addr(later))
		require.NoError(t, err)
		admin(later, false)
		require.Empty(t, ids(ListFilter{GuardedBy: f.Addr(later)}))
	})

	t.Run("IsOrgAdmin of an organisation that does not exist", func(t *testing.T) {
		ok, err := f.admin.IsOrgAdmin(f.ctx, 9, f.Addr(orgAdmin))
		require.NoError(t, err)
		require.False(t, ok)
	})
}
