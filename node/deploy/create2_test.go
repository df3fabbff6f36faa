package deploy

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/contracts"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/simchain"
	"github.com/hongbao/hongbao/node/txsend"
)

// chainWith is a simulated chain (mainnet rules) whose genesis holds alloc and dev account 0's funds, and
// no deterministic deployment proxy unless alloc has it (the simulated backend's genesis has it otherwise).
func chainWith(t *testing.T, alloc types.GenesisAlloc) Backend {
	t.Helper()
	alloc[devkeys.Address(0)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	_, keepProxy := alloc[Proxy]
	backend := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		if !keepProxy {
			delete(ec.Genesis.Alloc, Proxy)
		}
		ec.Genesis.Config = simchain.OsakaConfig()
		ec.Genesis.GasLimit = 60_000_000
		ec.Miner.GasCeil = 60_000_000
	})
	t.Cleanup(func() { _ = backend.Close() })
	return simchain.AutoMine{Client: backend.Client(), Backend: backend}
}

// withProxy is alloc with the deterministic deployment proxy.
func withProxy(alloc types.GenesisAlloc) types.GenesisAlloc {
	alloc[Proxy] = types.Account{Nonce: 1, Code: ProxyCode}
	return alloc
}

func codeAt(t *testing.T, b Backend, addr common.Address) []byte {
	t.Helper()
	code, err := b.CodeAt(testCtx(t), addr, nil)
	require.NoError(t, err)
	return code
}

func nonceOf(t *testing.T, b Backend, addr common.Address) uint64 {
	t.Helper()
	n, err := b.PendingNonceAt(testCtx(t), addr)
	require.NoError(t, err)
	return n
}

func TestSalt(t *testing.T) {
	require.Equal(t, crypto.Keccak256Hash([]byte("hongbao")), Salt, "the salt the docs name")
}

// PredictEscrow is pure arithmetic: the extension's address is the same for every owner, the escrow's
// differs per owner, and both are where EnsureEscrow puts them. The extension is sent once per chain.
func TestPredictionIsTheAddress(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	_, ext := PredictEscrow(common.Address{})
	seen := map[common.Address]int{}
	for _, tc := range []struct {
		name     string
		key      int
		wantSent int
	}{
		{"first owner: extension and escrow", 0, 2},
		{"second owner: the extension is there", 1, 1},
		{"third owner", 5, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			esc, e := PredictEscrow(devkeys.Address(tc.key))
			require.Equal(t, ext, e, "one extension for every owner")
			require.NotContains(t, seen, esc, "one escrow per owner")
			seen[esc] = tc.key

			d, err := NewDeployer(ctx, b, devkeys.Key(tc.key))
			require.NoError(t, err)
			res, err := d.EnsureEscrow(ctx, Salt)
			require.NoError(t, err)
			require.Equal(t, esc, res.Escrow)
			require.Equal(t, ext, res.Extension)
			require.False(t, res.Existed)
			require.Equal(t, tc.wantSent, res.Sent)
			require.Equal(t, res.Block, res.Receipt.BlockNumber.Uint64())
			require.NoError(t, VerifyCode(contracts.Escrow, codeAt(t, b, esc)))
			require.NoError(t, VerifyCode(contracts.Extension, codeAt(t, b, ext)))
			require.Equal(t, devkeys.Address(tc.key), view(t, b, esc, escrowABI.PackOwner(), escrowABI.UnpackOwner))
			require.Equal(t, ext, view(t, b, esc, escrowABI.PackExtension(), escrowABI.UnpackExtension))
		})
	}
}

// A second run finds the escrow, verifies it and sends nothing, whichever Deployer runs it.
func TestEnsureEscrowIsIdempotent(t *testing.T) {
	_, b := newChain(t)
	ctx := testCtx(t)
	var first sentLog
	d, err := NewDeployer(ctx, b, devkeys.Key(0), txsend.WithObserver(first.observe))
	require.NoError(t, err)
	created, err := d.EnsureEscrow(ctx, Salt)
	require.NoError(t, err)
	require.Len(t, first.nonces(), 2, "extension and escrow")

	for _, tc := range []struct {
		name  string
		again func(observe func(txsend.Event)) (common.Address, uint64, error)
	}{
		{"function", func(observe func(txsend.Event)) (common.Address, uint64, error) {
			d, err := NewDeployer(ctx, b, devkeys.Key(0), txsend.WithObserver(observe))
			require.NoError(t, err)
			return d.DeployEscrow(ctx)
		}},
		{"the same Deployer", func(func(txsend.Event)) (common.Address, uint64, error) { return d.DeployEscrow(ctx) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var log sentLog
			before := nonceOf(t, b, devkeys.Address(0))
			esc, block, err := tc.again(log.observe)
			require.NoError(t, err)
			require.Equal(t, created.Escrow, esc)
			require.Equal(t, created.Block, block, "deployBlock() read back")
			require.Empty(t, log.nonces(), "no transaction sent")
			require.Equal(t, before, nonceOf(t, b, devkeys.Address(0)))
		})
	}
	require.Len(t, first.nonces(), 2, "the first Deployer sent nothing more")

	res, err := d.EnsureEscrow(ctx, Salt)
	require.NoError(t, err)
	require.True(t, res.Existed)
	require.Zero(t, res.Sent)
	require.Nil(t, res.Receipt)
}

// VerifyCode compares with the compiled runtime outside the immutables only.
func TestVerifyCode(t *testing.T) {
	_, b := newChain(t)
	esc, _, err := DeployEscrow(testCtx(t), b, devkeys.Key(0))
	require.NoError(t, err)
	_, ext := PredictEscrow(devkeys.Address(0))
	code, extCode := codeAt(t, b, esc), codeAt(t, b, ext)
	rt, err := contracts.LoadRuntime(contracts.Escrow)
	require.NoError(t, err)
	require.NotEmpty(t, rt.Immutables)
	imm := rt.Immutables[0]
	// The first byte that is code, not an immutable, past the first immutable.
	plain := imm.Start + imm.Len
	for _, r := range rt.Immutables[1:] {
		if r.Start == plain {
			plain += r.Len
		}
	}
	edit := func(f func(c []byte) []byte) []byte { return f(append([]byte(nil), code...)) }

	for _, tc := range []struct {
		name     string
		contract string
		code     []byte
		errLike  string // "" means it verifies
	}{
		{"as deployed", contracts.Escrow, code, ""},
		{"extension as deployed", contracts.Extension, extCode, ""},
		{"an immutable changed", contracts.Escrow, edit(func(c []byte) []byte { c[imm.Start+imm.Len-1] ^= 0xff; return c }), ""},
		{"one byte of code changed", contracts.Escrow, edit(func(c []byte) []byte { c[plain] ^= 0x01; return c }),
			"differs from HongbaoEscrow's runtime at byte"},
		{"last byte changed", contracts.Escrow, edit(func(c []byte) []byte { c[len(c)-1] ^= 0x01; return c }), "differs"},
		{"truncated", contracts.Escrow, code[:len(code)-1], fmt.Sprintf("the code is %d bytes long", len(code)-1)},
		{"one byte more", contracts.Escrow, append(append([]byte(nil), code...), 0), "bytes long"},
		{"empty", contracts.Escrow, nil, "no code"},
		{"the extension's code as the escrow's", contracts.Escrow, extCode, "bytes long"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := VerifyCode(tc.contract, tc.code)
			if tc.errLike == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrVerify)
			require.ErrorContains(t, err, tc.errLike)
		})
	}
}

// Code already at a predicted address that is not this version's escrow (or extension), or whose immutables
// or owner are wrong, is reported, and nothing is sent. CREATE2 cannot put other code there, so the genesis
// of each chain does.
func TestEnsureEscrowRefusesWrongCode(t *testing.T) {
	// A reference chain: the real code, and an escrow (plain CREATE) whose extension is another address.
	_, ref := newChain(t)
	ctx := testCtx(t)
	d, err := NewDeployer(ctx, ref, devkeys.Key(0))
	require.NoError(t, err)
	esc, ext := PredictEscrow(devkeys.Address(0))
	_, _, err = d.DeployEscrow(ctx)
	require.NoError(t, err)
	good, goodExt := codeAt(t, ref, esc), codeAt(t, ref, ext)
	otherExt, _, err := d.create(ctx, "another extension", extensionInitCode(), nil)
	require.NoError(t, err)
	stray, _, err := d.create(ctx, "an escrow of another extension", escrowInitCode(devkeys.Address(0), otherExt), nil)
	require.NoError(t, err)
	strayCode := codeAt(t, ref, stray)
	tampered := append([]byte(nil), good...)
	tampered[len(tampered)-1] ^= 0x01

	for _, tc := range []struct {
		name    string
		alloc   types.GenesisAlloc
		errLike string
	}{
		{"tampered escrow code", types.GenesisAlloc{esc: {Code: tampered}, ext: {Code: goodExt}},
			"already deployed at " + esc.Hex() + ", but: HongbaoEscrow at"},
		{"tampered extension under a good escrow", types.GenesisAlloc{esc: {Code: good}, ext: {Code: tampered[:len(goodExt)]}},
			"HongbaoAdmin at " + ext.Hex()},
		{"tampered extension, no escrow yet", types.GenesisAlloc{ext: {Code: good[:len(goodExt)]}},
			"the escrow extension is already deployed at " + ext.Hex() + ", but"},
		{"the escrow's code with another extension", types.GenesisAlloc{esc: {Code: strayCode}, ext: {Code: goodExt}},
			"extension() is " + otherExt.Hex() + ", not " + ext.Hex()},
		{"the escrow's code without its owner", types.GenesisAlloc{esc: {Code: good}, ext: {Code: goodExt}},
			"owner() is 0x0000000000000000000000000000000000000000, not " + devkeys.Address(0).Hex()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := chainWith(t, withProxy(tc.alloc))
			var log sentLog
			d, err := NewDeployer(ctx, b, devkeys.Key(0), txsend.WithObserver(log.observe))
			require.NoError(t, err)
			_, _, err = d.DeployEscrow(ctx)
			require.ErrorIs(t, err, ErrVerify)
			require.ErrorContains(t, err, tc.errLike)
			require.Empty(t, log.nonces(), "nothing sent")
			require.Zero(t, nonceOf(t, b, devkeys.Address(0)))
		})
	}
}

// A chain without the proxy (or with other code at its address) gets a clear error, and nothing is sent.
func TestEnsureEscrowWithoutProxy(t *testing.T) {
	ctx := testCtx(t)
	for _, tc := range []struct {
		name    string
		alloc   types.GenesisAlloc
		errLike []string
	}{
		{"no proxy", types.GenesisAlloc{}, []string{
			"no deterministic deployment proxy at " + Proxy.Hex(), "nothing was sent", "presigned transaction",
			"https://github.com/Arachnid/deterministic-deployment-proxy"}},
		{"other code at the proxy's address", types.GenesisAlloc{Proxy: {Code: []byte{0x00}}}, []string{
			"no deterministic deployment proxy: " + Proxy.Hex() + " holds other code"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := chainWith(t, tc.alloc)
			var log sentLog
			d, err := NewDeployer(ctx, b, devkeys.Key(0), txsend.WithObserver(log.observe))
			require.NoError(t, err)
			_, _, err = d.DeployEscrow(ctx)
			require.ErrorIs(t, err, ErrNoProxy)
			for _, s := range tc.errLike {
				require.ErrorContains(t, err, s)
			}
			require.Empty(t, log.nonces(), "nothing sent")
			esc, ext := PredictEscrow(devkeys.Address(0))
			require.Empty(t, codeAt(t, b, esc))
			require.Empty(t, codeAt(t, b, ext))
		})
	}
}

// Deploying the escrow through the proxy costs what it costs: logged for the record (not asserted, so that
// a contract change does not fail it).
func TestDeployGasThroughProxy(t *testing.T) {
	c, b := newChain(t)
	ctx := context.Background()
	d, err := NewDeployer(ctx, b, devkeys.Key(0))
	require.NoError(t, err)
	res, err := d.EnsureEscrow(ctx, Salt)
	require.NoError(t, err)
	var extGas uint64
	for n := uint64(1); n < res.Block; n++ {
		blk, err := c.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		for _, tx := range blk.Transactions() {
			r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
			require.NoError(t, err)
			if tx.To() != nil && *tx.To() == Proxy {
				extGas += r.GasUsed
			}
		}
	}
	t.Logf("gas through the proxy: extension %d, escrow %d", extGas, res.Receipt.GasUsed)
}
