package indexer

import (
	"context"
	"crypto/ecdsa"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
)

// TestTicketPacketIndexed: a ticket packet (AuthMode 3) is indexed with auth Tickets and its root (from
// TicketsSet), and each TicketUsed is filed under the packet next to its claim.
func TestTicketPacketIndexed(t *testing.T) {
	t.Parallel()
	w := newWorld(t, 52)
	env := w.env
	keys := make([]*ecdsa.PrivateKey, 3)
	addrs := make([]common.Address, len(keys))
	for i := range keys {
		keys[i] = newKey(t)
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	tree, err := merkle.NewTickets(addrs)
	require.NoError(t, err)
	id, _, err := env.SendPacket(env.Key(1), escrow.IHongbaoEscrowSendParams{Kind: contracttest.Equal, Auth: uint8(AuthTickets),
		Shares: 3, Ttl: 86400, Amount: contracttest.Ether(3), Root: tree.Root()})
	require.NoError(t, err)
	for i, claimer := range []int{2, 3} {
		proof, _ := tree.Proof(i)
		auth, err := client.SignTicketClaim(env.Domain, &client.Ticket{Index: uint16(i), Key: keys[i], Proof: proof}, id, env.Addr(claimer))
		require.NoError(t, err)
		_, err = env.Claim(env.Key(claimer), id, auth)
		require.NoError(t, err)
	}

	db, _ := openDB(t, "index.db")
	syncAll(t, w.indexer(db, Config{}))
	p, err := db.Packet(context.Background(), id.Uint64())
	require.NoError(t, err)
	require.Equal(t, AuthTickets, p.Auth)
	require.Equal(t, "Tickets", p.Auth.String())
	require.Equal(t, tree.Root(), p.Root)
	require.Equal(t, uint16(2), p.Claimed)
	require.Equal(t, contracttest.Ether(1).String(), p.Remaining.String())
	records, err := db.History(context.Background(), Filter{PacketID: id.Uint64()})
	require.NoError(t, err)
	var names []string
	for _, r := range records {
		names = append(names, r.Event)
	}
	require.Equal(t, []string{"PacketSent", "TicketsSet", "TicketUsed", "Claimed", "TicketUsed", "Claimed"}, names)
}
