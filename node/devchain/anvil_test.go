package devchain

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/contracts"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/testnet/anvil"
)

// The escrow `hongbao devnet` deploys for account 0 is at the address the same owner's escrow gets on Anvil,
// a real node with the deterministic deployment proxy predeployed, even under another chain id: the address
// follows from the code and the owner alone (rules §5b). A second deployment on either chain sends nothing.
func TestEscrowAddressSameOnAnvil(t *testing.T) {
	a := anvil.StartT(t, anvil.Options{}) // skips when the binary is missing and CI is unset
	c := start(t, Config{ChainID: 4242})
	ctx := testCtx(t)
	require.NotEqual(t, uint64(anvil.ChainID), c.ChainID)

	esc, ext := deploy.PredictEscrow(devkeys.Address(0))
	require.Equal(t, esc, c.Deployment.Escrow, "devnet: where PredictEscrow says")

	onAnvil, block, err := deploy.DeployEscrow(ctx, a.Client(), devkeys.Key(0))
	require.NoError(t, err)
	require.Equal(t, c.Deployment.Escrow, onAnvil, "the same address on Anvil as on the devnet")
	t.Logf("escrow of %s: %s on the devnet (chain %d, block %d) and on Anvil (chain %d, block %d); extension %s",
		devkeys.Address(0), esc, c.ChainID, c.Deployment.Block, anvil.ChainID, block, ext)

	for name, b := range map[string]deploy.Backend{"devnet": c.Client(), "anvil": a.Client()} {
		for contract, addr := range map[string]common.Address{contracts.Escrow: esc, contracts.Extension: ext} {
			code, err := b.CodeAt(ctx, addr, nil)
			require.NoError(t, err)
			require.NoError(t, deploy.VerifyCode(contract, code), "%s: %s", name, contract)
		}
		nonce, err := b.PendingNonceAt(ctx, devkeys.Address(0))
		require.NoError(t, err)
		again, _, err := deploy.DeployEscrow(ctx, b, devkeys.Key(0))
		require.NoError(t, err)
		require.Equal(t, esc, again, name)
		after, err := b.PendingNonceAt(ctx, devkeys.Address(0))
		require.NoError(t, err)
		require.Equal(t, nonce, after, "%s: the second deployment sends nothing", name)
	}
}
