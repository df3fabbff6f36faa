package contracts

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The embedded runtimes parse, and their immutables are zeros (the compiler leaves them for the constructor),
// so that Check masks exactly the bytes a deployment fills in.
func TestRuntimes(t *testing.T) {
	for _, name := range []string{Escrow, Extension} {
		r, err := LoadRuntime(name)
		require.NoError(t, err)
		require.NotEmpty(t, r.Code, name)
		require.NotEmpty(t, r.Immutables, name)
		for _, rg := range r.Immutables {
			require.Equal(t, make([]byte, rg.Len), r.Code[rg.Start:rg.Start+rg.Len], "%s: immutable at %d", name, rg.Start)
		}
		require.NoError(t, r.Check(r.Code))
	}
	_, err := LoadRuntime("Nope")
	require.ErrorContains(t, err, `no runtime artifact of "Nope"`)
}
