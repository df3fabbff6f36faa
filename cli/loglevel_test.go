package cli

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// A one-shot command's output is its result: keeper --once logs only warnings unless --log-level asks for more,
// and a wrong level is refused before anything runs.
func TestLogLevel(t *testing.T) {
	h := newHarness(t)
	h.okJSON(args("send", "--shares", "2", "--amount", "0.2", "--open", as(0))...)
	h.timeTravel(24*time.Hour + time.Minute)

	quiet := h.run(args("keeper", "--once", as(7))...)
	require.NoError(t, quiet.err, quiet.stderr)
	require.Contains(t, quiet.stdout, "1")
	require.NotContains(t, quiet.stderr, "level=INFO", "the default for a one-shot run is warn")

	h.okJSON(args("send", "--shares", "2", "--amount", "0.2", "--open", as(0))...)
	h.timeTravel(24*time.Hour + time.Minute)
	loud := h.run(args("keeper", "--once", "--log-level", "info", as(7))...)
	require.NoError(t, loud.err, loud.stderr)
	require.Contains(t, loud.stderr, "level=INFO")

	h.fails("InvalidFlag", args("keeper", "--once", "--log-level", "chatty", as(7))...)
}
