package indexer

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// queryFixture: packets around account 2 (X), in id order:
//
//	1 Direct 1→X, live              2 Direct 1→X, claimed by X       3 Equal open, 3 shares, X and 4 claimed
//	4 Equal open, 2 shares, unclaimed  5 Lucky claim-key from 1, unclaimed  6 Direct 1→4, live
//	7 Direct 1→X in a 10-minute cool-off   8 Equal open, 1 share, claimed out by 4
type queryFixture struct {
	env *contracttest.Env
	db  *DB
	ids []uint64
}

func newQueryFixture(t *testing.T) *queryFixture {
	env, err := contracttest.New(5)
	require.NoError(t, err)
	t.Cleanup(env.Close)
	f := &queryFixture{env: env}
	x := env.Addr(2)
	open := func(shares uint16) escrow.IHongbaoEscrowSendParams {
		p := contracttest.GroupParams(contracttest.Equal, shares, contracttest.Ether(1), common.Address{})
		p.Auth = contracttest.Open
		return p
	}
	coolOff := contracttest.DirectParams(x, contracttest.Ether(1))
	coolOff.Delay = 600
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	for _, s := range []struct {
		from     int
		p        escrow.IHongbaoEscrowSendParams
		claimers []int
	}{
		{1, contracttest.DirectParams(x, contracttest.Ether(1)), nil},
		{1, contracttest.DirectParams(x, contracttest.Ether(1)), []int{2}},
		{3, open(3), []int{2, 4}},
		{3, open(2), nil},
		{1, contracttest.GroupParams(contracttest.Lucky, 2, contracttest.Ether(1), crypto.PubkeyToAddress(key.PublicKey)), nil},
		{1, contracttest.DirectParams(env.Addr(4), contracttest.Ether(1)), nil},
		{1, coolOff, nil},
		{3, open(1), []int{4}},
	} {
		id, _, err := env.SendPacket(env.Key(s.from), s.p)
		require.NoError(t, err)
		for _, c := range s.claimers {
			_, err := env.Claim(env.Key(c), id, nil)
			require.NoError(t, err)
		}
		f.ids = append(f.ids, id.Uint64())
	}
	require.Equal(t, []uint64{1, 2, 3, 4, 5, 6, 7, 8}, f.ids)
	f.db, _ = openDB(t, "index.db")
	ix, err := New(f.db, env.Client, Config{Escrow: env.Escrow})
	require.NoError(t, err)
	syncAll(t, ix)
	return f
}

func packetIDs(ps []*Packet) []uint64 {
	out := []uint64{}
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func TestPacketFilters(t *testing.T) {
	t.Parallel()
	f := newQueryFixture(t)
	ctx := context.Background()
	x := f.env.Addr(2)
	now := f.env.Now()
	for _, tc := range []struct {
		name   string
		filter PacketFilter
		want   []uint64
	}{
		{"everything", PacketFilter{}, []uint64{1, 2, 3, 4, 5, 6, 7, 8}},
		{"sent by 1", PacketFilter{Sender: f.env.Addr(1)}, []uint64{1, 2, 5, 6, 7}},
		{"Direct to X", PacketFilter{Recipient: x}, []uint64{1, 2, 7}},
		{"claimed by X", PacketFilter{Claimer: x}, []uint64{2, 3}},
		{"claimed by 4", PacketFilter{Claimer: f.env.Addr(4)}, []uint64{3, 8}},
		{"received by X: Direct to X or claimed by X", PacketFilter{ReceivedBy: x}, []uint64{1, 2, 3, 7}},
		{"received by 4", PacketFilter{ReceivedBy: f.env.Addr(4)}, []uint64{3, 6, 8}},
		{"claimable by X: live Direct to X, open packets with a share left X has not claimed",
			PacketFilter{ClaimableBy: x}, []uint64{1, 4, 7}},
		{"claimable by X now (the cool-off packet is not open yet)", PacketFilter{ClaimableBy: x, OpenAt: now}, []uint64{1, 4}},
		{"claimable by 4", PacketFilter{ClaimableBy: f.env.Addr(4)}, []uint64{4, 6}},
		{"claimable by 1 (sender may claim open packets)", PacketFilter{ClaimableBy: f.env.Addr(1)}, []uint64{3, 4}},
		{"open now", PacketFilter{OpenAt: now}, []uint64{1, 3, 4, 5, 6}},
		{"open after the cool-off", PacketFilter{OpenAt: now + 600}, []uint64{1, 3, 4, 5, 6, 7}},
		{"open after expiry: none", PacketFilter{OpenAt: now + 2*86400}, []uint64{}},
		{"live", PacketFilter{LiveOnly: true}, []uint64{1, 3, 4, 5, 6, 7}},
		{"sent by 1 and claimed by X", PacketFilter{Sender: f.env.Addr(1), Claimer: x}, []uint64{2}},
		{"first page of 3", PacketFilter{Limit: 3}, []uint64{1, 2, 3}},
		{"next page after 3", PacketFilter{Limit: 3, AfterID: 3}, []uint64{4, 5, 6}},
		{"last page after 6", PacketFilter{Limit: 3, AfterID: 6}, []uint64{7, 8}},
		{"newest first", PacketFilter{Newest: true, Limit: 3}, []uint64{8, 7, 6}},
		{"newest first, before 6", PacketFilter{Newest: true, Limit: 3, BeforeID: 6}, []uint64{5, 4, 3}},
		{"a page of what X received, newest first", PacketFilter{ReceivedBy: x, Newest: true, Limit: 2, BeforeID: 7}, []uint64{3, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := f.db.Packets(ctx, tc.filter)
			require.NoError(t, err)
			require.Equal(t, tc.want, packetIDs(ps))
			n, err := f.db.CountPackets(ctx, tc.filter)
			require.NoError(t, err)
			all := tc.filter
			all.Limit, all.AfterID, all.BeforeID = 0, 0, 0
			ps, err = f.db.Packets(ctx, all)
			require.NoError(t, err)
			require.Equal(t, len(ps), n, "CountPackets ignores paging")
		})
	}
}

func TestTokenLookup(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 62)
	db, _ := openDB(t, "index.db")
	ctx := context.Background()
	mcny := w.curs[1].addr
	_, ok, err := db.Token(ctx, mcny)
	require.NoError(t, err)
	require.False(t, ok, "nothing indexed yet")
	syncAll(t, w.indexer(db, Config{}))
	for _, tc := range []struct {
		token common.Address
		want  TokenInfo
		ok    bool
	}{
		{common.Address{}, TokenInfo{Symbol: "ETH", Decimals: 18}, true},
		{mcny, TokenInfo{Address: mcny, Symbol: "mCNY", Decimals: 2}, true},
		{common.HexToAddress("0x00000000000000000000000000000000000000aa"), TokenInfo{Address: common.HexToAddress("0xaa")}, false},
	} {
		got, ok, err := db.Token(ctx, tc.token)
		require.NoError(t, err)
		require.Equal(t, tc.ok, ok, tc.token.Hex())
		require.Equal(t, tc.want, got)
	}
}
