package integrationtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
)

// vectors are the test vectors of the document: fixed inputs (public dev keys, a made-up deployment) and
// what the reference Go code makes of them. A JS or other implementation reproduces these to know it signs
// and encodes exactly as the escrow expects.
type vectors struct {
	ChainID         uint64   `json:"chainId"`
	Escrow          string   `json:"escrow"`
	PacketID        string   `json:"packetId"`
	ClaimCode       string   `json:"claimCode"`
	ClaimKey        string   `json:"claimKey"`
	ClaimerKey      string   `json:"claimerKey"`
	Claimer         string   `json:"claimer"`
	Relayer         string   `json:"relayer"`
	MaxFee          string   `json:"maxFee"`
	Deadline        uint64   `json:"deadline"`
	DomainSeparator string   `json:"domainSeparator"`
	ClaimDigest     string   `json:"claimDigest"`
	Auth            string   `json:"auth"`
	ClaimForDigest  string   `json:"claimForDigest"`
	Signature       string   `json:"signature"`
	Link            string   `json:"link"`
	Allowlist       []string `json:"allowlist"`
	AllowlistRoot   string   `json:"allowlistRoot"`
	AllowlistProof  []string `json:"allowlistProof"`
	AllowlistAuth   string   `json:"allowlistAuth"`
	// A packet of 3 tickets sent by account 0 with nonce 6: the ticket codes, the keys' addresses, the
	// tree's root, and ticket 1's auth for claimer.
	Tickets         []string `json:"tickets"`
	TicketAddresses []string `json:"ticketAddresses"`
	TicketRoot      string   `json:"ticketRoot"`
	TicketAuth      string   `json:"ticketAuth"`
}

// Inputs of the vectors. The escrow address is where Anvil account 0 deploys its first contract; the claim
// key is derived as `hongbao send` derives it (node/client/claimcode.go) for a send with nonce 5.
const (
	vecChainID     = 31337
	vecPacketID    = 7
	vecNonce       = 5
	vecTicketNonce = 6
	vecDeadline    = 1767225600 // 2026-01-01 00:00 UTC
)

var vecMaxFee = big.NewInt(1_000_000_000_000_000) // 0.001 ETH

func domainSeparator(chainID *big.Int, escrow common.Address) common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte(domainTypes)),
		crypto.Keccak256([]byte("Hongbao")),
		crypto.Keccak256([]byte("1")),
		math.U256Bytes(new(big.Int).Set(chainID)),
		common.LeftPadBytes(escrow.Bytes(), 32),
	)
}

func computeVectors(t *testing.T) vectors {
	t.Helper()
	chainID := big.NewInt(vecChainID)
	escrow := crypto.CreateAddress(devkeys.Address(0), 0)
	id := big.NewInt(vecPacketID)
	deadline := new(big.Int).SetUint64(vecDeadline)
	claimKey := client.DeriveClaimKey(devkeys.Key(0), chainID, escrow, vecNonce)
	claimer, relayer := devkeys.Address(1), devkeys.Address(2)
	d := sig.Domain{ChainID: chainID, Escrow: escrow}

	claimDigest, err := d.ClaimDigest(id, claimer)
	require.NoError(t, err)
	auth, err := d.SignClaim(claimKey, id, claimer)
	require.NoError(t, err)
	claimForDigest, err := d.ClaimForDigest(id, claimer, relayer, vecMaxFee, deadline)
	require.NoError(t, err)
	signature, err := d.SignClaimFor(devkeys.Key(1), id, relayer, vecMaxFee, deadline)
	require.NoError(t, err)

	list := []common.Address{devkeys.Address(1), devkeys.Address(2), devkeys.Address(3), devkeys.Address(4)}
	tree, err := merkle.New(list)
	require.NoError(t, err)
	proof, ok := tree.Proof(claimer)
	require.True(t, ok)

	code := client.FormatClaimCode(claimKey)
	v := vectors{
		ChainID: vecChainID, Escrow: escrow.Hex(), PacketID: id.String(),
		ClaimCode: code, ClaimKey: crypto.PubkeyToAddress(claimKey.PublicKey).Hex(),
		ClaimerKey: devkeys.HexKey(1), Claimer: claimer.Hex(), Relayer: relayer.Hex(),
		MaxFee: vecMaxFee.String(), Deadline: vecDeadline,
		DomainSeparator: domainSeparator(chainID, escrow).Hex(),
		ClaimDigest:     claimDigest.Hex(), Auth: hexutil.Encode(auth),
		ClaimForDigest: claimForDigest.Hex(), Signature: hexutil.Encode(signature),
		Link:          fmt.Sprintf("/claim/%d/%s/%s#code=%s", vecChainID, escrow.Hex(), id, code),
		AllowlistRoot: tree.Root().Hex(), AllowlistAuth: hexutil.Encode(merkle.EncodeProof(proof)),
	}
	for _, a := range list {
		v.Allowlist = append(v.Allowlist, a.Hex())
	}
	for _, p := range proof {
		v.AllowlistProof = append(v.AllowlistProof, p.Hex())
	}
	tickets, ticketTree, err := client.DeriveTickets(devkeys.Key(0), chainID, escrow, vecTicketNonce, 3)
	require.NoError(t, err)
	v.Tickets = client.FormatTicketCodes(tickets)
	for _, tk := range tickets {
		v.TicketAddresses = append(v.TicketAddresses, tk.Address().Hex())
	}
	v.TicketRoot = ticketTree.Root().Hex()
	ticketAuth, err := client.SignTicketClaim(d, &tickets[1], id, claimer)
	require.NoError(t, err)
	v.TicketAuth = hexutil.Encode(ticketAuth)
	return v
}

func renderVectors(t *testing.T, v vectors) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	return "```json\n" + string(b) + "\n```\n"
}

func TestVectors(t *testing.T) {
	checkRegion(t, "vectors", renderVectors(t, computeVectors(t)))
}

// TestVectorsAreConsistent checks the vectors against each other by other routes than the ones that made
// them: the digests by hand from the EIP-712 rules, the signatures by recovery, the claim code by parsing.
func TestVectorsAreConsistent(t *testing.T) {
	v := computeVectors(t)
	require.Equal(t, "0x5FbDB2315678afecb367f032d93F642f64180aa3", v.Escrow, "Anvil account 0's first contract")
	require.True(t, strings.HasPrefix(v.ClaimCode, "hb1"))

	key, err := client.ParseClaimCode(v.ClaimCode)
	require.NoError(t, err)
	require.Equal(t, v.ClaimKey, crypto.PubkeyToAddress(key.PublicKey).Hex())

	sep := common.HexToHash(v.DomainSeparator)
	hashStruct := func(typ string, words ...[]byte) []byte {
		return crypto.Keccak256(append([][]byte{crypto.Keccak256([]byte(typ))}, words...)...)
	}
	word := func(x *big.Int) []byte { return math.U256Bytes(new(big.Int).Set(x)) }
	addr := func(s string) []byte { return common.LeftPadBytes(common.HexToAddress(s).Bytes(), 32) }
	digest := func(h []byte) string { return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], h).Hex() }
	id := big.NewInt(vecPacketID)
	src := readEIP712Source(t)
	require.Equal(t, digest(hashStruct(src.claimType, word(id), addr(v.Claimer))), v.ClaimDigest)
	require.Equal(t, digest(hashStruct(src.claimFor, word(id), addr(v.Claimer), addr(v.Relayer), word(vecMaxFee),
		word(new(big.Int).SetUint64(v.Deadline)))), v.ClaimForDigest)

	recover := func(digest, signature string) string {
		s := hexutil.MustDecode(signature)
		require.Len(t, s, 65)
		require.Contains(t, []byte{27, 28}, s[64], "v must be 27 or 28, as the escrow's ecrecover wants")
		s[64] -= 27
		pub, err := crypto.SigToPub(common.HexToHash(digest).Bytes(), s)
		require.NoError(t, err)
		return crypto.PubkeyToAddress(*pub).Hex()
	}
	require.Equal(t, v.ClaimKey, recover(v.ClaimDigest, v.Auth))
	require.Equal(t, v.Claimer, recover(v.ClaimForDigest, v.Signature))

	var proof []common.Hash
	for _, p := range v.AllowlistProof {
		proof = append(proof, common.HexToHash(p))
	}
	require.True(t, merkle.Verify(common.HexToHash(v.AllowlistRoot), common.HexToAddress(v.Claimer), proof))
	require.Len(t, hexutil.MustDecode(v.AllowlistAuth), 64+32*len(proof), "abi.encode(bytes32[]): offset, length, items")

	// The ticket auth: index 1, a compact signature of the Claim digest by ticket 1's key, its proof to the root.
	index, r, vs, ticketProof, ok := client.DecodeTicketAuth(hexutil.MustDecode(v.TicketAuth))
	require.True(t, ok)
	require.Equal(t, int64(1), index.Int64())
	require.Equal(t, v.TicketAddresses[1], recover(v.ClaimDigest, hexutil.Encode(sig.ExpandCompact(r, vs))))
	require.True(t, merkle.VerifyTicket(common.HexToHash(v.TicketRoot), 1, common.HexToAddress(v.TicketAddresses[1]), ticketProof))
	parsed, err := client.ParseTicketCode(v.Tickets[1])
	require.NoError(t, err)
	require.Equal(t, ticketProof, parsed.Proof)
}

const exampleMarker = "<!-- example: viem (run by docs/integrationtest) -->"

// exampleCode is the first ```js block after the example marker.
func exampleCode(t *testing.T, doc string) string {
	t.Helper()
	_, rest, ok := strings.Cut(doc, exampleMarker)
	require.True(t, ok, "docs/integration.md has no line %q", exampleMarker)
	_, rest, ok = strings.Cut(rest, "```js\n")
	require.True(t, ok, "no ```js block after the example marker")
	code, _, ok := strings.Cut(rest, "\n```")
	require.True(t, ok, "the example's code block is not closed")
	return code
}

// TestViemExample runs the document's viem example with the claim page's viem (web/node_modules) and checks
// that it prints exactly the test vectors: the example a dApp developer copies signs what the escrow checks.
func TestViemExample(t *testing.T) {
	code := exampleCode(t, readDoc(t))
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	webDir := filepath.Join(repoRoot(t), "web")
	if _, err := os.Stat(filepath.Join(webDir, "node_modules", "viem", "package.json")); err != nil {
		t.Skip("viem is not installed in web/node_modules (npm ci in web/)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// --eval code resolves bare imports from the working directory, so web/node_modules/viem is found.
	cmd := exec.CommandContext(ctx, node, "--input-type=module", "-e", code)
	cmd.Dir = webDir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "the example failed:\n%s", stderr.String())

	var got map[string]any
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &got), "the example must print one JSON object, printed:\n%s", stdout.String())
	raw, err := json.Marshal(computeVectors(t))
	require.NoError(t, err)
	var want map[string]any
	require.NoError(t, json.Unmarshal(raw, &want))
	for _, k := range []string{"claimKey", "domainSeparator", "claimDigest", "auth", "claimForDigest", "signature", "link", "allowlistAuth"} {
		require.Contains(t, got, k, "the example must print %s", k)
	}
	for k, g := range got {
		require.Contains(t, want, k, "the example prints %s, which is not a test vector", k)
		require.Equal(t, want[k], g, "the example's %s differs from the test vector", k)
	}
}
