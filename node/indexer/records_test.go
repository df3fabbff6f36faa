package indexer

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
)

// recordsFixture: account 1 sends 123.45 mCNY to account 2, who claims it; then account 3 sends an Equal
// packet of 1 ETH in two shares with a claim key, and account 1 claims half.
type recordsFixture struct {
	w              *world
	db             *DB
	direct, group  uint64
	claimA, claimB *types.Receipt
	groupSent      *types.Receipt
}

func newRecordsFixture(t *testing.T) *recordsFixture {
	w := newWorld(t, 41)
	env := w.env
	mcny := w.curs[1].addr
	f := &recordsFixture{w: w}
	id, _, err := env.SendPacket(env.Key(1), escrow.IHongbaoEscrowSendParams{Token: mcny, Kind: contracttest.Direct,
		Shares: 1, Ttl: 86400, Amount: big.NewInt(12345), Recipient: env.Addr(2)})
	require.NoError(t, err)
	f.direct = id.Uint64()
	f.claimA, err = env.Claim(env.Key(2), id, nil)
	require.NoError(t, err)
	require.NoError(t, env.Warp(time.Hour)) // so that a time range can split the two packets
	key := newKey(t)
	id, f.groupSent, err = env.SendPacket(env.Key(3), contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(1), crypto.PubkeyToAddress(key.PublicKey)))
	require.NoError(t, err)
	f.group = id.Uint64()
	f.claimB, err = env.ClaimWithKey(env.Key(1), key, id)
	require.NoError(t, err)
	f.db, _ = openDB(t, "index.db")
	syncAll(t, w.indexer(f.db, Config{}))
	return f
}

type brief struct {
	Event  string
	Packet uint64
}

func briefs(rs []Record) []brief {
	out := make([]brief, len(rs))
	for i, r := range rs {
		out[i] = brief{r.Event, r.PacketID}
	}
	return out
}

// packetBriefs keeps the events about packets.
func packetBriefs(rs []Record) []brief {
	var out []brief
	for _, b := range briefs(rs) {
		if b.Packet != 0 {
			out = append(out, b)
		}
	}
	return out
}

func TestHistory(t *testing.T) {
	t.Parallel()
	f := newRecordsFixture(t)
	ctx := context.Background()
	env := f.w.env
	acct1 := env.Addr(1)

	rs, err := f.db.History(ctx, Filter{Address: acct1, PacketID: f.direct})
	require.NoError(t, err)
	require.Equal(t, []brief{{"PacketSent", f.direct}, {"Claimed", f.direct}}, briefs(rs), "the sender sees the claim of its packet")

	rs, err = f.db.History(ctx, Filter{PacketID: f.group})
	require.NoError(t, err)
	require.Equal(t, []brief{{"PacketSent", f.group}, {"Claimed", f.group}}, briefs(rs))

	rs, err = f.db.History(ctx, Filter{Address: acct1, PacketID: f.group})
	require.NoError(t, err)
	require.Equal(t, []brief{{"Claimed", f.group}}, briefs(rs), "a claimer sees its claim, not the send")

	// Account 2 is also an organisation admin (OrgAdminAdded names it); its packet events are its packet's.
	rs, err = f.db.History(ctx, Filter{Address: env.Addr(2)})
	require.NoError(t, err)
	require.Equal(t, []brief{{"PacketSent", f.direct}, {"Claimed", f.direct}}, packetBriefs(rs), "the recipient sees its packet")
	require.Contains(t, briefs(rs), brief{"OrgAdminAdded", 0})

	rs, err = f.db.History(ctx, Filter{Address: acct1})
	require.NoError(t, err)
	require.Equal(t, []brief{{"PacketSent", f.direct}, {"Claimed", f.direct}, {"Claimed", f.group}}, packetBriefs(rs))
	for _, r := range rs {
		require.True(t, r.Account == acct1 || r.Counterparty == acct1 || r.PacketID == f.direct, "%s names no account 1", r.Event)
	}

	// The claim of 123.45 mCNY in full: block, time, transaction, amounts, token.
	rs, err = f.db.History(ctx, Filter{PacketID: f.direct})
	require.NoError(t, err)
	c := rs[1]
	hdr, err := env.Client.HeaderByNumber(ctx, f.claimA.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, f.claimA.BlockNumber.Uint64(), c.Block)
	require.Equal(t, hdr.Hash(), c.BlockHash)
	require.Equal(t, time.Unix(int64(hdr.Time), 0).UTC(), c.Time)
	require.Equal(t, f.claimA.TxHash, c.TxHash)
	require.Equal(t, env.Addr(2), c.Account)
	require.Equal(t, "12345", c.Amount.String())
	require.Equal(t, "123.45 mCNY", c.HumanAmount())
	require.True(t, c.HasToken)
	require.Equal(t, f.w.curs[1].addr, c.Token.Address)

	var j map[string]any
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &j))
	require.Equal(t, "12345", j["amountBase"])
	require.Equal(t, "123.45", j["amount"])
	require.Equal(t, "mCNY", j["symbol"])
	require.Equal(t, "Claimed", j["event"])
	require.Equal(t, map[string]any{"id": "1", "claimer": env.Addr(2).Hex(), "amount": "12345"}, j["details"])
}

func TestExport(t *testing.T) {
	t.Parallel()
	f := newRecordsFixture(t)
	ctx := context.Background()
	env := f.w.env

	var all bytes.Buffer
	require.NoError(t, f.db.Export(ctx, time.Time{}, time.Time{}, &all))
	lines, err := csv.NewReader(&all).ReadAll()
	require.NoError(t, err)
	require.Equal(t, csvHeader, lines[0])
	require.Len(t, lines, count(t, f.db, "events")+1, "one line per event")

	col := map[string]int{}
	for i, h := range lines[0] {
		col[h] = i
	}
	var claim []string
	for _, l := range lines[1:] {
		if l[col["tx_hash"]] == f.claimB.TxHash.Hex() && l[col["event"]] == "Claimed" {
			claim = l
		}
	}
	require.NotNil(t, claim, "the ETH claim is not in the export")
	hdr, err := env.Client.HeaderByNumber(ctx, f.claimB.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, time.Unix(int64(hdr.Time), 0).UTC().Format(time.RFC3339), claim[col["block_time"]])
	require.Equal(t, f.claimB.BlockNumber.String(), claim[col["block_number"]])
	require.Equal(t, "500000000000000000", claim[col["amount_base"]])
	require.Equal(t, "0.5", claim[col["amount"]])
	require.Equal(t, "ETH", claim[col["symbol"]])
	require.Equal(t, "18", claim[col["decimals"]])
	require.Equal(t, common.Address{}.Hex(), claim[col["token"]])
	require.Equal(t, env.Addr(1).Hex(), claim[col["account"]])

	// [from, to): from the group packet's block on, up to (not including) the second after its claim.
	sent, err := env.Client.HeaderByNumber(ctx, f.groupSent.BlockNumber)
	require.NoError(t, err)
	from, to := time.Unix(int64(sent.Time), 0), time.Unix(int64(hdr.Time), 0)
	var part bytes.Buffer
	require.NoError(t, f.db.Export(ctx, from, to, &part))
	lines, err = csv.NewReader(&part).ReadAll()
	require.NoError(t, err)
	require.Len(t, lines, 2, "only the send: the claim's block time is the excluded end")
	require.Equal(t, "PacketSent", lines[1][col["event"]])
	require.Equal(t, f.groupSent.TxHash.Hex(), lines[1][col["tx_hash"]])
}

func TestFormatUnits(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		v    string
		d    uint8
		want string
	}{
		{"0", 18, "0"}, {"1", 18, "0.000000000000000001"}, {"1500000000000000000", 18, "1.5"}, {"12345", 2, "123.45"},
		{"12300", 2, "123"}, {"-5", 2, "-0.05"}, {"7", 0, "7"},
	} {
		v, ok := new(big.Int).SetString(c.v, 10)
		require.True(t, ok)
		require.Equal(t, c.want, FormatUnits(v, c.d), "%s with %d decimals", c.v, c.d)
	}
}

func TestPacketQueries(t *testing.T) {
	t.Parallel()
	f := newRecordsFixture(t)
	ctx := context.Background()
	env := f.w.env
	ids := func(ps []*Packet) []uint64 {
		var out []uint64
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	ps, err := f.db.Packets(ctx, PacketFilter{Sender: env.Addr(1)})
	require.NoError(t, err)
	require.Equal(t, []uint64{f.direct}, ids(ps))
	ps, err = f.db.Packets(ctx, PacketFilter{Recipient: env.Addr(2)})
	require.NoError(t, err)
	require.Equal(t, []uint64{f.direct}, ids(ps))
	ps, err = f.db.Packets(ctx, PacketFilter{LiveOnly: true})
	require.NoError(t, err)
	require.Equal(t, []uint64{f.group}, ids(ps), "the Equal packet has a share left; the Direct one was claimed")

	g := ps[0]
	require.Equal(t, KindEqual, g.Kind)
	require.Equal(t, AuthClaimKey, g.Auth)
	require.Equal(t, uint16(2), g.Shares)
	require.Equal(t, uint16(1), g.Claimed)
	require.Equal(t, "500000000000000000", g.Remaining.String())
	require.Equal(t, StatusOpen, g.StatusAt(g.CreatedAt))
	require.Equal(t, StatusExpired, g.StatusAt(g.ExpiresAt))
	require.Equal(t, f.groupSent.TxHash, g.SentTx)

	d, err := f.db.Packet(ctx, f.direct)
	require.NoError(t, err)
	require.True(t, d.Closed)
	require.Equal(t, ReasonClaimed, d.CloseReason)
	require.Equal(t, StatusClosed, d.StatusAt(d.CreatedAt))
	require.Equal(t, f.claimA.TxHash, d.ClosedTx)
	_, err = f.db.Packet(ctx, 99)
	require.ErrorIs(t, err, ErrNotFound)
}

// TestRebuildRejectsInconsistentLogs: a stored refund that moves more than the packet holds is refused, not
// silently booked.
func TestRebuildRejectsInconsistentLogs(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 42)
	id, _, err := w.env.SendPacket(w.env.Key(1), contracttest.DirectParams(w.env.Addr(2), contracttest.Ether(1)))
	require.NoError(t, err)
	_, err = w.env.Tx(w.env.Key(2), nil, esc.PackDecline(id))
	require.NoError(t, err)
	db, _ := openDB(t, "index.db")
	syncAll(t, w.indexer(db, Config{}))
	more := common.BigToHash(new(big.Int).Add(contracttest.Ether(1), big.NewInt(1)))
	res, err := db.SQL().Exec(`UPDATE events SET data = ? WHERE name = 'Declined' AND packet_id = ?`, more.Hex(), id.Int64())
	require.NoError(t, err)
	n, err := res.RowsAffected()
	require.NoError(t, err)
	require.EqualValues(t, 1, n)
	err = db.Rebuild(context.Background())
	require.ErrorContains(t, err, "closes with 1000000000000000001 but the index holds 1000000000000000000")
}
