package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/testnet/anvil"
)

// deploy puts the escrow of another owner (and tCNY) on the chain, at the address --predict gave before, and
// records it in a fresh home; a second run finds it, verifies it and sends nothing.
func TestDeploy(t *testing.T) {
	h := newHarness(t)
	owner := h.snapshot(addr(9))

	// --predict needs neither a chain nor a key; --dry-run is the same, from the signer's address.
	p := h.okJSON("deploy", "--predict", "--owner", addr(9).Hex())
	esc, ext := deploy.PredictEscrow(addr(9))
	require.Equal(t, esc.Hex(), str(t, p, "escrow"))
	require.Equal(t, ext.Hex(), str(t, p, "extension"))
	require.Equal(t, deploy.Proxy.Hex(), str(t, p, "proxy"))
	require.Equal(t, deploy.Salt.Hex(), str(t, p, "salt"))
	require.Equal(t, "0x"+strings.Repeat("0", 24)+strings.ToLower(addr(9).Hex()[2:])+strings.Repeat("0", 24)+strings.ToLower(ext.Hex()[2:]),
		str(t, p, "constructorArgs"), "abi.encode(owner, extension)")
	require.Equal(t, p, h.okJSON(args("deploy", "--dry-run", as(9))...))
	out := h.ok("deploy", "--predict", "--owner", addr(9).Hex(), "--rpc", "http://127.0.0.1:1")
	require.Contains(t, out, "The escrow of "+addr(9).Hex()+" goes to "+esc.Hex())
	require.Contains(t, out, "Nothing was sent")
	h.requireUnchanged(addr(9), owner)
	h.fails("InvalidFlag", "deploy", "--owner", addr(9).Hex())
	h.fails("NoSigner", "deploy", "--predict")

	home2 := t.TempDir()
	res := h.run(args("deploy", "--test-token", "--home", home2, as(9))...)
	require.NoError(t, res.err, res.stderr)
	require.Contains(t, res.stderr, "the escrow of "+addr(9).Hex()+" goes to "+esc.Hex(), "the address is printed before sending")
	require.Contains(t, res.stdout, "Escrow deployed at "+esc.Hex())
	require.Contains(t, res.stdout, "code verified")
	dep, err := deploy.Load(home2, h.chain.ChainID)
	require.NoError(t, err)
	require.Equal(t, esc, dep.Escrow)
	require.NotEqual(t, h.chain.Deployment.Escrow, esc)
	require.Equal(t, addr(9), dep.Owner)
	require.Contains(t, dep.Tokens, "tCNY")
	// The new home's deployment is what commands use by default there.
	pol := h.okJSON("policy", "show", "--token", "tCNY", "--home", home2)["policies"].([]any)[0].(map[string]any)
	require.Len(t, pol["tiers"], 2)
	s := h.okJSON(args("send", "--shares", "1", "--amount", "1", "--token", "tCNY", "--home", home2, as(9))...)
	require.Equal(t, "1", str(t, s, "packetId"), "a fresh escrow numbers from 1")

	// Again, into a third home: nothing is sent, and the deployment is recorded with the same block.
	before := h.snapshot(addr(9))
	home3 := t.TempDir()
	again := h.okJSON(args("deploy", "--home", home3, as(9))...)
	require.Equal(t, esc.Hex(), str(t, again, "escrow"))
	require.Equal(t, ext.Hex(), str(t, again, "extension"))
	require.Equal(t, true, again["alreadyDeployed"])
	require.Equal(t, float64(dep.Block), again["block"])
	require.FileExists(t, str(t, again, "deploymentFile"))
	h.requireUnchanged(addr(9), before)
	human := h.run(args("deploy", "--home", home3, as(9))...)
	require.NoError(t, human.err, human.stderr)
	require.Contains(t, human.stderr, "already deployed at "+esc.Hex())
	require.Contains(t, human.stdout, "Escrow already deployed at "+esc.Hex())
	require.Contains(t, human.stdout, "code verified: nothing sent")
	h.requireUnchanged(addr(9), before)
}

// On a real node (Anvil): other code at the escrow's address is a failed verification, and a chain without
// the deterministic deployment proxy a clear error; neither sends anything.
func TestDeployRefusesOnAnvil(t *testing.T) {
	hermetic(t)
	a := anvil.StartT(t, anvil.Options{})
	ctx := t.Context()
	run := func(args ...string) result {
		full := append([]string{"hongbao", "--rpc", a.RPC(), "--home", t.TempDir()}, args...)
		var out, errb bytes.Buffer
		err := Run(ctx, full, strings.NewReader(""), &out, &errb)
		return result{stdout: out.String(), stderr: errb.String(), err: err, code: ExitCode(err)}
	}
	nonce := func(a2 common.Address) uint64 {
		n, err := a.Client().NonceAt(ctx, a2, nil)
		require.NoError(t, err)
		return n
	}
	setCode := func(at common.Address, code []byte) {
		require.NoError(t, a.RPCClient().CallContext(ctx, nil, "anvil_setCode", at, hexutil.Bytes(code)))
	}

	res := run(args("deploy", as(0))...)
	require.NoError(t, res.err, res.stderr)
	esc0, _ := deploy.PredictEscrow(addr(0))
	code, err := a.Client().CodeAt(ctx, esc0, nil)
	require.NoError(t, err)

	for _, tc := range []struct {
		name    string
		account int
		prepare func(esc common.Address)
		code    string
		want    []string
	}{
		{"tampered code at the escrow's address", 7, func(esc common.Address) {
			bad := append([]byte(nil), code...)
			bad[len(bad)-1] ^= 0x01
			setCode(esc, bad)
		}, "VerifyFailed", []string{"already deployed at", "does not verify", "differs from HongbaoEscrow's runtime", "do not use it"}},
		{"no deployment proxy", 6, func(common.Address) { setCode(deploy.Proxy, nil) },
			"NoDeployProxy", []string{"deterministic deployment proxy at " + deploy.Proxy.Hex(), "nothing was sent",
				"https://github.com/Arachnid/deterministic-deployment-proxy"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			esc, _ := deploy.PredictEscrow(addr(tc.account))
			tc.prepare(esc)
			before := nonce(addr(tc.account))
			res := run(args("deploy", as(tc.account))...)
			require.Error(t, res.err)
			require.Equal(t, 1, res.code)
			require.Equal(t, tc.code, asError(res.err).Code, res.stderr)
			for _, w := range tc.want {
				require.Contains(t, res.stderr, w)
			}
			require.Equal(t, before, nonce(addr(tc.account)), "nothing sent")
		})
	}
}
