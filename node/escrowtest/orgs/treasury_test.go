package orgs

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// rules §5: a treasury is never the zero address nor the escrow itself (a budget withdrawn to the escrow would be
// credited to a pull balance that nobody can withdraw). createOrg and requestTreasuryChange refuse both, with
// ZeroAddress and InvalidTreasury(escrow), and change nothing; a pending change survives a refused request.
func TestTreasuryNeverZeroNorEscrow(t *testing.T) {
	f := newFx(t)

	_, err := f.tx(adminA, nil, esc.PackCreateOrg(f.Escrow))
	require.Equal(t, f.Escrow, reverted[escrow.HongbaoEscrowInvalidTreasury](t, err).Treasury)
	_, err = f.tx(adminA, nil, esc.PackCreateOrg(common.Address{}))
	reverted[escrow.HongbaoEscrowZeroAddress](t, err)
	require.Zero(t, f.lastOrgID(), "a refused createOrg creates nothing")

	org := f.newOrg(adminA, treasuryA)
	_, err = f.tx(adminA, nil, esc.PackRequestTreasuryChange(org, f.Escrow))
	require.Equal(t, f.Escrow, reverted[escrow.HongbaoEscrowInvalidTreasury](t, err).Treasury)
	_, err = f.tx(adminA, nil, esc.PackRequestTreasuryChange(org, common.Address{}))
	reverted[escrow.HongbaoEscrowZeroAddress](t, err)
	requireOrg(t, escrow.IHongbaoEscrowOrgView{Id: org, Treasury: f.Addr(treasuryA), AdminCount: 1}, f.org(org))

	// With a valid change pending, a refused request leaves it pending as it was.
	r := f.must(adminA, nil, esc.PackRequestTreasuryChange(org, f.Addr(treasuryA2)))
	pending := escrow.IHongbaoEscrowOrgView{Id: org, Treasury: f.Addr(treasuryA), PendingTreasury: f.Addr(treasuryA2),
		TreasuryChangeAt: big64(f.blockTime(r) + day), AdminCount: 1}
	_, err = f.tx(adminA, nil, esc.PackRequestTreasuryChange(org, f.Escrow))
	require.Equal(t, f.Escrow, reverted[escrow.HongbaoEscrowInvalidTreasury](t, err).Treasury)
	_, err = f.tx(adminA, nil, esc.PackRequestTreasuryChange(org, common.Address{}))
	reverted[escrow.HongbaoEscrowZeroAddress](t, err)
	requireOrg(t, pending, f.org(org))
	require.Equal(t, uint64(1), f.lastOrgID())
}
