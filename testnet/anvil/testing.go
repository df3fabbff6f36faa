package anvil

import (
	"os"
	"testing"
)

// Require returns the anvil binary's path, or ends the test when it is missing: a failure when $CI
// is set (CI must not pass by skipping the real-network tests), a skip otherwise. Both say to run
// `make deps`.
func Require(t testing.TB) string {
	t.Helper()
	p, err := BinaryPath()
	if err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("anvil is required in CI: %v", err)
		return "" // only reached with a fake testing.TB
	}
	t.Skipf("skipping: %v", err)
	return ""
}

// StartT starts Anvil for a test (Require first) and stops it in t.Cleanup. Start-up is bounded by
// the test's context only.
func StartT(t testing.TB, opts Options) *Anvil {
	t.Helper()
	if opts.Binary == "" {
		opts.Binary = Require(t)
	}
	a, err := Start(t.Context(), opts)
	if err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() {
		if err := a.Close(); err != nil {
			t.Errorf("stop anvil: %v", err)
		}
	})
	return a
}
