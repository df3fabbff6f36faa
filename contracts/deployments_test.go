package contracts_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
)

// The npm package's dev chain deployment (index.mjs and index.cjs, computed by scripts/compile.js with viem) is
// where the Go deployer puts dev account 0's escrow and its extension: two independent computations of one
// CREATE2 address.
func TestPackageDeploymentsArePredicted(t *testing.T) {
	esc, ext := deploy.PredictEscrow(devkeys.Address(0))
	for _, file := range []string{"index.mjs", "index.cjs"} {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		for field, want := range map[string]common.Address{"escrow": esc, "extension": ext, "owner": devkeys.Address(0)} {
			m := regexp.MustCompile(`"31337": \{[^}]*"` + field + `": "(0x[0-9a-fA-F]{40})"`).FindSubmatch(src)
			require.NotNil(t, m, "%s: deployments[31337].%s not found", file, field)
			require.Equal(t, want.Hex(), string(m[1]), "%s: deployments[31337].%s (run `make generate`)", file, field)
		}
	}
}
