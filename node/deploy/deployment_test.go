package deploy

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func sampleDeployment(chainID uint64) Deployment {
	return Deployment{
		ChainID: chainID,
		Escrow:  common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		Owner:   common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
		Block:   1,
		Tokens:  map[string]common.Address{"tCNY": common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")},
	}
}

func TestHome(t *testing.T) {
	t.Run("env", func(t *testing.T) {
		t.Setenv(HomeEnv, "/somewhere/else")
		require.Equal(t, "/somewhere/else", Home())
	})
	t.Run("default", func(t *testing.T) {
		t.Setenv(HomeEnv, "")
		t.Setenv("HOME", "/home/alice")
		require.Equal(t, "/home/alice/.hongbao", Home())
	})
}

func TestPath(t *testing.T) {
	require.Equal(t, filepath.Join("/h", "deployments", "31337.json"), Path("/h", 31337))
	require.Equal(t, filepath.Join("h", "deployments", "1.json"), Path("h", 1))
}

func TestSaveLoadRoundTrip(t *testing.T) {
	home := filepath.Join(t.TempDir(), "not", "yet", "there")
	d := sampleDeployment(31337)
	require.NoError(t, Save(home, d))

	got, err := Load(home, 31337)
	require.NoError(t, err)
	require.Equal(t, d, *got)

	info, err := os.Stat(Path(home, 31337))
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o644), info.Mode().Perm())

	// Overwrite: the new content wins and no temporary file is left behind.
	d.Block = 42
	d.Tokens["USDT"] = common.HexToAddress("0x01")
	require.NoError(t, Save(home, d))
	got, err = Load(home, 31337)
	require.NoError(t, err)
	require.Equal(t, d, *got)
	entries, err := os.ReadDir(filepath.Dir(Path(home, 31337)))
	require.NoError(t, err)
	require.Len(t, entries, 1)
	require.Equal(t, "31337.json", entries[0].Name())
}

func TestSaveWritesReadableJSON(t *testing.T) {
	home := t.TempDir()
	require.NoError(t, Save(home, sampleDeployment(7)))
	data, err := os.ReadFile(Path(home, 7))
	require.NoError(t, err)
	require.Contains(t, string(data), `"chainId": 7`)
	require.Contains(t, string(data), `"escrow": "0x5fbdb2315678afecb367f032d93f642f64180aa3"`)
	require.Contains(t, string(data), `"tCNY": "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"`)
}

func TestLoadErrors(t *testing.T) {
	home := t.TempDir()

	_, err := Load(home, 5)
	require.Error(t, err)
	require.True(t, errors.Is(err, os.ErrNotExist), "missing file must wrap os.ErrNotExist: %v", err)
	require.Contains(t, err.Error(), "no deployment of chain 5")
	require.Contains(t, err.Error(), Path(home, 5))

	write := func(id uint64, content string) {
		t.Helper()
		require.NoError(t, WriteFileAtomic(Path(home, id), []byte(content), 0o644))
	}
	write(6, "{not json")
	_, err = Load(home, 6)
	require.ErrorContains(t, err, "parse deployment")

	// A file copied under the wrong name must not be trusted.
	require.NoError(t, Save(home, sampleDeployment(8)))
	require.NoError(t, os.Rename(Path(home, 8), Path(home, 9)))
	_, err = Load(home, 9)
	require.ErrorContains(t, err, "is for chain 8, not 9")

	write(10, `{"chainId": 10}`)
	_, err = Load(home, 10)
	require.ErrorContains(t, err, "no escrow address")
}
