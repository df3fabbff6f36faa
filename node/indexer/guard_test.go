package indexer

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// Accounts of the guarding test.
const (
	gAdminA = 1 // creates organisation 1
	gMember = 2 // member of organisations 1 and 2, never an admin
	gGuard  = 3 // guardian of packets 2 and 3
	gAdminB = 4 // admin of organisation 1 from the second phase, removed in the third
	gPlain  = 5 // recipient of the organisations' packets, sender of plain packets with a guardian
	gAdminC = 6 // creates organisation 2
	gNobody = 7 // recipient of the plain packets
)

// guardFixture: two organisations and packets around them, in id order:
//
//	1 org 1 (member → plain), intercepted by admin A     2 plain → nobody, guardian G
//	3 org 1 (member → plain), guardian G                 4 member's own, no guardian
//	5 org 2 (member → plain)                             6 plain → nobody, guardian A (also admin of org 1)
type guardFixture struct {
	env *contracttest.Env
	db  *DB
	ix  *Indexer
}

func (f *guardFixture) tx(t *testing.T, from int, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	r, err := f.env.Tx(f.env.Key(from), value, data)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

func (f *guardFixture) newOrg(t *testing.T, admin, member int) uint64 {
	t.Helper()
	esc := contracttest.EscrowABI
	var id uint64
	for _, l := range f.tx(t, admin, nil, esc.PackCreateOrg(f.env.Addr(admin))).Logs {
		if ev, err := esc.UnpackOrgCreatedEvent(l); err == nil {
			id = ev.OrgId
		}
	}
	require.NotZero(t, id, "OrgCreated")
	f.tx(t, admin, contracttest.Ether(10), esc.PackFundOrg(id, common.Address{}, contracttest.Ether(10)))
	f.tx(t, admin, nil, esc.PackSetOrgMember(id, f.env.Addr(member), common.Address{}, contracttest.Ether(5), contracttest.Ether(5)))
	return id
}

func (f *guardFixture) send(t *testing.T, from int, org uint64, p escrow.IHongbaoEscrowSendParams) uint64 {
	t.Helper()
	esc := contracttest.EscrowABI
	var r *types.Receipt
	if org == 0 {
		r = f.tx(t, from, p.Amount, esc.PackSend(p))
	} else {
		r = f.tx(t, from, nil, esc.PackSendFromOrg(org, p))
	}
	for _, l := range r.Logs {
		if ev, err := esc.UnpackPacketSentEvent(l); err == nil {
			return ev.Id.Uint64()
		}
	}
	t.Fatal("no PacketSent")
	return 0
}

func newGuardFixture(t *testing.T) *guardFixture {
	env, err := contracttest.New(gNobody + 1)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	f := &guardFixture{env: env}
	one := contracttest.Ether(1)
	toPlain := contracttest.DirectParams(env.Addr(gPlain), one)
	guarded := func(to common.Address, guardian int) escrow.IHongbaoEscrowSendParams {
		p := contracttest.DirectParams(to, one)
		p.Guardian = env.Addr(guardian)
		return p
	}
	org1 := f.newOrg(t, gAdminA, gMember)
	org2 := f.newOrg(t, gAdminC, gMember)
	require.Equal(t, []uint64{1, 2}, []uint64{org1, org2})
	ids := []uint64{
		f.send(t, gMember, org1, toPlain),
		f.send(t, gPlain, 0, guarded(env.Addr(gNobody), gGuard)),
		f.send(t, gMember, org1, guarded(env.Addr(gPlain), gGuard)),
		f.send(t, gMember, 0, toPlain),
		f.send(t, gMember, org2, toPlain),
		f.send(t, gPlain, 0, guarded(env.Addr(gNobody), gAdminA)),
	}
	require.Equal(t, []uint64{1, 2, 3, 4, 5, 6}, ids)
	r := f.tx(t, gAdminA, nil, contracttest.EscrowABI.PackIntercept(big.NewInt(1)))
	ev, err := contracttest.EscrowABI.UnpackInterceptedEvent(r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, env.Addr(gAdminA), ev.Guardian)
	require.Equal(t, common.Address{}, ev.To, "back to the budget")
	f.db, _ = openDB(t, "index.db")
	f.ix, err = New(f.db, env.Client, Config{Escrow: env.Escrow})
	require.NoError(t, err)
	syncAll(t, f.ix)
	return f
}

// GuardedBy lists the packets a guardian or a current admin of the packet's organisation may intercept (or
// could have: closed ones stay), newest first; admins come and go with the logs.
func TestGuardedBy(t *testing.T) {
	t.Parallel()
	f := newGuardFixture(t)
	ctx := context.Background()
	esc := contracttest.EscrowABI
	everyone := []int{gAdminA, gMember, gGuard, gAdminB, gPlain, gAdminC, gNobody}
	for _, phase := range []struct {
		name string
		do   func(t *testing.T)
		want map[int][]uint64 // newest first; accounts left out guard nothing
	}{
		{"as sent", nil, map[int][]uint64{
			gAdminA: {6, 3, 1}, // guardian of 6; admin of organisation 1 (1 is closed, intercepted, and listed)
			gGuard:  {3, 2},    // 3 is also organisation 1's
			gAdminC: {5},
		}},
		{"B added as an admin of organisation 1: it guards the packets sent before", func(t *testing.T) {
			f.tx(t, gAdminA, nil, esc.PackAddOrgAdmin(1, f.env.Addr(gAdminB)))
		}, map[int][]uint64{gAdminA: {6, 3, 1}, gGuard: {3, 2}, gAdminB: {3, 1}, gAdminC: {5}}},
		{"B removed: it guards nothing any more", func(t *testing.T) {
			f.tx(t, gAdminA, nil, esc.PackRemoveOrgAdmin(1, f.env.Addr(gAdminB)))
		}, map[int][]uint64{gAdminA: {6, 3, 1}, gGuard: {3, 2}, gAdminC: {5}}},
		{"C added to organisation 1, then A removed: A keeps only the packet it is the guardian of", func(t *testing.T) {
			f.tx(t, gAdminA, nil, esc.PackAddOrgAdmin(1, f.env.Addr(gAdminC)))
			f.tx(t, gAdminC, nil, esc.PackRemoveOrgAdmin(1, f.env.Addr(gAdminA)))
		}, map[int][]uint64{gAdminA: {6}, gGuard: {3, 2}, gAdminC: {5, 3, 1}}},
	} {
		t.Run(phase.name, func(t *testing.T) {
			if phase.do != nil {
				phase.do(t)
				syncAll(t, f.ix)
			}
			for _, who := range everyone {
				want := phase.want[who]
				if want == nil {
					want = []uint64{}
				}
				fl := PacketFilter{GuardedBy: f.env.Addr(who), Newest: true}
				ps, err := f.db.Packets(ctx, fl)
				require.NoError(t, err)
				require.Equal(t, want, packetIDs(ps), "account %d", who)
				n, err := f.db.CountPackets(ctx, fl)
				require.NoError(t, err)
				require.Equal(t, len(want), n, "account %d", who)
			}
		})
	}
}

// GuardedBy pages like the other filters and combines with them.
func TestGuardedByPages(t *testing.T) {
	t.Parallel()
	f := newGuardFixture(t)
	ctx := context.Background()
	a := f.env.Addr(gAdminA)
	for _, tc := range []struct {
		name   string
		filter PacketFilter
		want   []uint64
		total  int
	}{
		{"first page of 2", PacketFilter{GuardedBy: a, Newest: true, Limit: 2}, []uint64{6, 3}, 3},
		{"next page, before 3", PacketFilter{GuardedBy: a, Newest: true, Limit: 2, BeforeID: 3}, []uint64{1}, 3},
		{"live only: the intercepted one drops out", PacketFilter{GuardedBy: a, LiveOnly: true}, []uint64{3, 6}, 2},
		{"sent by the member and guarded by A", PacketFilter{GuardedBy: a, Sender: f.env.Addr(gMember)}, []uint64{1, 3}, 2},
		{"guarded by G and received by plain", PacketFilter{GuardedBy: f.env.Addr(gGuard), ReceivedBy: f.env.Addr(gPlain)}, []uint64{3}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := f.db.Packets(ctx, tc.filter)
			require.NoError(t, err)
			require.Equal(t, tc.want, packetIDs(ps))
			n, err := f.db.CountPackets(ctx, tc.filter)
			require.NoError(t, err)
			require.Equal(t, tc.total, n)
		})
	}
}
