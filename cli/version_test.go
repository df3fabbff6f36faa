package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// --version and `version` need no chain; they name the contracts the binary was built for by their code hash.
func TestVersion(t *testing.T) {
	hermetic(t)
	run := func(args ...string) result {
		var out, errb bytes.Buffer
		err := Run(context.Background(), append([]string{"hongbao"}, args...), strings.NewReader(""), &out, &errb)
		return result{stdout: out.String(), stderr: errb.String(), err: err, code: ExitCode(err)}
	}
	res := run("version", "--json")
	require.NoError(t, res.err, res.stderr)
	v := decodeOne(t, res.stdout)
	require.Equal(t, version, v["version"])
	require.Equal(t, crypto.Keccak256Hash(common.FromHex(escrow.HongbaoEscrowMetaData.Bin)).Hex(), v["escrowCodeHash"])
	require.Equal(t, crypto.Keccak256Hash(common.FromHex(escrow.HongbaoAdminMetaData.Bin)).Hex(), v["extensionCodeHash"])
	require.NotEmpty(t, v["commit"])
	for _, flag := range []string{"--version", "-V"} {
		res = run(flag)
		require.NoError(t, res.err, res.stderr)
		require.Contains(t, res.stdout, "hongbao "+version+" (commit ")
		require.Contains(t, res.stdout, "escrow code    0x")
	}
}
