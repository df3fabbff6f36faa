// Package bindings holds the Go bindings abigen --v2 generates from contracts/out. This test regenerates them
// in memory from the committed combined-json files and fails when the committed Go differs, so bindings that
// drift from the contracts cannot land (the solc side is checked by `node contracts/scripts/compile.js --check`).
package bindings_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/ethereum/go-ethereum/common/compiler"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

func TestBindingsMatchArtifacts(t *testing.T) {
	for _, pkg := range []string{"escrow", "tokens", "mocks"} {
		t.Run(pkg, func(t *testing.T) {
			combined, err := os.ReadFile(filepath.Join("..", "contracts", "out", "combined", pkg+".json"))
			require.NoError(t, err)
			contracts, err := compiler.ParseCombinedJSON(combined, "", "", "", "")
			require.NoError(t, err)

			// The same steps as cmd/abigen with --combined-json --v2.
			var types, abis, bins []string
			libs := make(map[string]string)
			for name, c := range contracts {
				abiJSON, err := json.Marshal(c.Info.AbiDefinition)
				require.NoError(t, err)
				parts := strings.Split(name, ":")
				types = append(types, parts[len(parts)-1])
				abis = append(abis, string(abiJSON))
				bins = append(bins, c.Code)
				libs[crypto.Keccak256Hash([]byte(name)).String()[2:36]] = parts[len(parts)-1]
			}
			want, err := abigen.BindV2(types, abis, bins, pkg, libs, map[string]string{})
			require.NoError(t, err)

			got, err := os.ReadFile(filepath.Join(pkg, pkg+".go"))
			require.NoError(t, err)
			require.True(t, string(got) == want,
				"bindings/%s/%s.go differs from what abigen makes of contracts/out: run `make generate` and commit", pkg, pkg)
		})
	}
}
