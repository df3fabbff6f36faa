package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// hermeticEnv names the variables TestMain empties: every HONGBAO_* setting hongbao reads (empty means unset to
// hongbao). The settings file points at an empty one, so a developer's ./.env stays out too.
var hermeticEnv = []string{envRPC, envEscrow, envChainID, envHome, envKeystore, envAccount, envPasswordFile,
	envPrivateKey, envJSON, envYes, envWebURL, envRiskConfig, envIndexDB, envLogLevel}

// TestMain makes the environment hermetic once for the whole package, instead of per test with t.Setenv:
// a test that uses t.Setenv cannot run in parallel, and the harness's tests run in parallel (each has its own
// chain and home; most of their time is spent waiting for receipts).
func TestMain(m *testing.M) {
	os.Exit(runHermetic(m))
}

func runHermetic(m *testing.M) int {
	dir, err := os.MkdirTemp("", "hongbao-cli-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	empty := filepath.Join(dir, "empty.env")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	for _, k := range hermeticEnv {
		if err := os.Setenv(k, ""); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	if err := os.Setenv(envEnvFile, empty); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}
