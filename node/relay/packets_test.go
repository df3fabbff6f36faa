package relay

import (
	"encoding/json"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/merkle"
)

func TestInfo(t *testing.T) {
	e := newEnv(t, nil)
	token := e.deployToken("MCK", 6, big.NewInt(1)) // the chain exists only once the env does: configure a second relayer
	e = withConfig(t, e, func(c *Config) {
		c.MinFee[token] = big.NewInt(2500)
		c.ClaimsPerClaimer = Limit{Burst: 5, Every: 30 * time.Second}
		c.ReadsPerIP = Limit{Burst: 100, Every: time.Second}
	})

	var info infoResponse
	e.get("/v1/info", &info)
	require.Equal(t, e.relayer(), info.Relayer)
	require.Equal(t, e.ChainID.Uint64(), info.ChainID)
	require.Equal(t, e.Escrow, info.Escrow)
	require.Equal(t, e.Balance(e.relayer()).String(), info.Balance)
	require.Equal(t, []feeInfo{
		{Token: common.Address{}, Symbol: "ETH", Decimals: 18, MinFee: milli(1).String()},
		{Token: token, Symbol: "MCK", Decimals: 6, MinFee: "2500"},
	}, info.Fees)
	require.Nil(t, info.OtherTokensMinFee)
	require.Equal(t, int64(DefaultMaxBodyBytes), info.Limits.MaxBodyBytes)
	require.Equal(t, uint64(15), info.Limits.MinTimeLeftSeconds)
	require.Equal(t, limitInfo{Burst: 5, EverySeconds: 30}, info.Limits.ClaimsPerClaimer)
	require.Equal(t, limitInfo{Burst: -1}, info.Limits.ClaimsPerIP)
	require.Equal(t, limitInfo{Burst: 100, EverySeconds: 1}, info.Limits.ReadsPerIP)
}

// withConfig makes a second relayer on e's chain with e's config changed by configure.
func withConfig(t *testing.T, e *env, configure func(*Config)) *env {
	t.Helper()
	cfg := e.relay.cfg
	cfg.MinFee = map[common.Address]*big.Int{}
	for k, v := range e.relay.cfg.MinFee {
		cfg.MinFee[k] = v
	}
	configure(&cfg)
	r, err := New(e.ctx, cfg)
	require.NoError(t, err)
	e2 := *e
	e2.relay = r
	e2.srv = newServer(t, r)
	return &e2
}

// TestPacketView: what a claim page shows, before and after a relayed claim, with the visitor's own state.
func TestPacketView(t *testing.T) {
	e := newEnv(t, nil)
	key := newClaimer(t, "viewer")
	guardian := e.Addr(otherIdx)
	res := e.send(client.SendRequest{Kind: client.Equal, Amount: eth(3), Shares: 3, Guardian: guardian})
	out := e.mustClaim(e.signedClaim(key, res, milli(1), e.deadline()))
	v := e.Packet(res.ID)

	var p packetResponse
	e.get("/v1/packets/"+res.ID.String()+"?claimer="+addrOf(key).Hex(), &p)
	fee := milli(1).String()
	require.Equal(t, packetResponse{
		ID: res.ID.String(), Kind: "equal", Auth: "claim-key", Status: "open", Sender: e.Addr(senderIdx),
		Token: common.Address{}, Symbol: "ETH", Decimals: 18, Total: eth(3).String(), Remaining: eth(2).String(),
		Shares: 3, Claimed: 1, MinShare: "1", ClaimKey: &res.ClaimKey, Guardian: &guardian,
		CreatedAt: v.CreatedAt.Int64(), ReleaseAt: v.ReleaseAt.Int64(), ExpiresAt: v.ExpiresAt.Int64(), UndoUntil: 0,
		Now:      int64(e.Now()),
		Claims:   []claimInfo{{Claimer: addrOf(key), Amount: eth(1).String(), TxHash: out.TxHash}},
		TakeBack: p.TakeBack, // checked below
		Relay:    relayInfo{Available: true, MinFee: &fee},
		Claimer:  &claimerInfo{Address: addrOf(key), Claimed: true, Amount: eth(1).String()},
	}, p)
	require.Contains(t, p.TakeBack, takeBackInfo{Clause: "intercept", Who: "guardian", By: &guardian, Until: v.ExpiresAt.Int64()})

	var stranger packetResponse
	e.get("/v1/packets/"+res.ID.String()+"?claimer="+e.Addr(4).Hex(), &stranger)
	require.Equal(t, &claimerInfo{Address: e.Addr(4), Amount: "0"}, stranger.Claimer)

	direct := e.send(client.SendRequest{Kind: client.Direct, Amount: eth(1), Recipient: addrOf(key), Delay: time.Hour})
	var d packetResponse
	e.get("/v1/packets/"+direct.ID.String(), &d)
	require.Equal(t, "direct", d.Kind)
	require.Equal(t, "cool-off", d.Status)
	require.Equal(t, addrOf(key), *d.Recipient)
	require.Nil(t, d.ClaimKey)
	require.Nil(t, d.Claimer)
	require.False(t, d.Relay.Available)
	require.Contains(t, d.Relay.Reason, "cool-off")

	status, _, body := e.do("GET", "/v1/packets/999", "", nil, nil)
	requireAPIError(t, status, body, http.StatusNotFound, "PacketNotFound", "there is no packet 999 on this escrow; check the link")
	status, _, body = e.do("GET", "/v1/packets/1?claimer=0x12", "", nil, nil)
	requireAPIError(t, status, body, http.StatusBadRequest, "InvalidField", `field "claimer" must be a 0x-hex address of 20 bytes`)
}

// TestProofs: the relayer serves allowlist proofs from the files it was given; the served auth claims.
func TestProofs(t *testing.T) {
	dir := t.TempDir()
	e := newEnv(t, func(c *Config) { c.ProofsDir = dir })
	e.relay.proofs.rescan = 0 // read the directory again on every miss: files are written while it runs
	key := newClaimer(t, "on the list")
	listed := []common.Address{addrOf(key), e.Addr(otherIdx), e.Addr(4)}
	res := e.send(client.SendRequest{Kind: client.Equal, Auth: client.Allowlist, Amount: eth(3), Shares: 3, Allowlist: listed})
	open := e.send(client.SendRequest{Kind: client.Equal, Auth: client.Open, Amount: eth(1), Shares: 1})
	other := e.send(client.SendRequest{Kind: client.Equal, Auth: client.Allowlist, Amount: eth(1), Shares: 1, Allowlist: listed[1:]})
	path := func(id *big.Int, a common.Address) string { return "/v1/proofs/" + id.String() + "/" + a.Hex() }

	status, _, body := e.do("GET", path(res.ID, addrOf(key)), "", nil, nil)
	requireAPIError(t, status, body, http.StatusNotFound, "NoProofs", "this relayer holds no proofs for packet "+res.ID.String()+"; ask the sender for your proof")

	writeProofs(t, filepath.Join(dir, "friends.proofs.json"), e.ChainID.Uint64(), e.Escrow, res.ID, res.Tree, listed)
	writeProofs(t, filepath.Join(dir, "elsewhere.proofs.json"), 1, e.Escrow, other.ID, other.Tree, listed[1:])
	stale, err := merkle.New(listed[:2]) // a list that is not the packet's
	require.NoError(t, err)
	writeProofs(t, filepath.Join(dir, "stale.proofs.json"), 0, common.Address{}, other.ID, stale, listed[:2])
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.json"), []byte(`{"hello": 1}`), 0o644))

	var p proofResponse
	e.get(path(res.ID, addrOf(key)), &p)
	want, _ := res.Tree.Proof(addrOf(key))
	require.Equal(t, proofResponse{PacketID: res.ID.String(), Address: addrOf(key), Root: res.Tree.Root(), Proof: want,
		Auth: hexOf(merkle.EncodeProof(want))}, p)

	c := e.signedFor(key, addrOf(key), res.ID, common.FromHex(p.Auth), e.relayer(), milli(1), e.deadline())
	out := e.mustClaim(c)
	require.Equal(t, eth(1).String(), out.Amount)

	tests := []struct {
		name   string
		path   string
		status int
		code   string
		msg    string
	}{
		{"not on the list", path(res.ID, e.Addr(0)), 404, "NotInAllowlist",
			e.Addr(0).Hex() + " is not on the allowlist of packet " + res.ID.String() + "; only the listed addresses can claim it"},
		{"not an allowlist packet", path(open.ID, addrOf(key)), 409, "NotAllowlistPacket",
			"packet " + open.ID.String() + " is not an allowlist packet: its claims need no proof"},
		{"only a stale file (the other chain's is ignored)", path(other.ID, e.Addr(otherIdx)), 409, "RootMismatch",
			"the proofs this relayer holds for packet " + other.ID.String() + " (stale.proofs.json) do not match the packet's root " +
				other.Tree.Root().Hex() + " on chain; ask the sender for your proof"},
		{"no such packet", path(big.NewInt(999), addrOf(key)), 404, "PacketNotFound", "~there is no packet 999"},
		{"bad address", "/v1/proofs/1/0xzz", 400, "InvalidField", `field "address" must be a 0x-hex address of 20 bytes`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, _, body := e.do("GET", tc.path, "", nil, nil)
			requireAPIError(t, status, body, tc.status, tc.code, tc.msg)
		})
	}

	bare := newEnv(t, nil) // no proofs directory
	res = bare.send(client.SendRequest{Kind: client.Equal, Auth: client.Allowlist, Amount: eth(3), Shares: 3, Allowlist: listed})
	status, _, body = bare.do("GET", path(res.ID, addrOf(key)), "", nil, nil)
	requireAPIError(t, status, body, http.StatusNotFound, "NoProofs",
		"this relayer serves no allowlist proofs; ask the sender of packet "+res.ID.String()+" for your proof")
}

// TestProofsFileChecked: a file whose proofs do not lead to its root is skipped as a whole.
func TestProofsFileChecked(t *testing.T) {
	dir := t.TempDir()
	e := newEnv(t, nil)
	listed := []common.Address{e.Addr(otherIdx), e.Addr(4)}
	res := e.send(client.SendRequest{Kind: client.Equal, Auth: client.Allowlist, Amount: eth(2), Shares: 2, Allowlist: listed})
	f := writeProofs(t, filepath.Join(dir, "tampered.json"), 0, common.Address{}, res.ID, res.Tree, listed)
	f.Proofs[listed[0].Hex()] = []common.Hash{{1}}
	data, err := json.Marshal(f)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "tampered.json"), data, 0o644))

	s, err := newProofStore(dir, e.ChainID, e.Escrow, e.relay.log)
	require.NoError(t, err)
	require.Empty(t, s.byPacket)
	require.Contains(t, e.logs.String(), "does not lead to the root")
}

// writeProofs writes a proofs file as `hongbao send --allow` does and returns it.
func writeProofs(t *testing.T, path string, chainID uint64, escrowAddr common.Address, id *big.Int, tr *merkle.Tree, addrs []common.Address) ProofsFile {
	t.Helper()
	f := ProofsFile{ChainID: chainID, Escrow: escrowAddr, PacketID: id.String(), Root: tr.Root(), Proofs: map[string][]common.Hash{}}
	for _, a := range addrs {
		p, ok := tr.Proof(a)
		require.True(t, ok)
		f.Proofs[a.Hex()] = p
	}
	data, err := json.MarshalIndent(f, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return f
}
