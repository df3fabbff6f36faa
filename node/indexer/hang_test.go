package indexer

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// hangGrace is how long a test may still run after its hang guard cancelled its context before the guard gives
// up on it and panics (a wait that ignores the context would otherwise hang until go test's global timeout).
const hangGrace = 30 * time.Second

// hangGuard returns a context that the guard cancels once limit has passed. A deadlock then fails the test,
// with the stack of every goroutine of this package or database/sql (the place each one waits), instead of
// hanging the whole package until go test's ten-minute timeout. The full dump of all goroutines goes to a file
// named in the failure. The limit is a hang detector, not a performance assertion: set it far above the time
// the work needs on a loaded machine.
func hangGuard(t *testing.T, limit time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	finished, exited := make(chan struct{}), make(chan struct{})
	t.Cleanup(func() {
		close(finished)
		cancel()
		<-exited // the guard never reports after the test has completed
	})
	go func() {
		defer close(exited)
		select {
		case <-finished:
			return
		case <-time.After(limit):
		}
		all := goroutineDump()
		path := saveDump(t.Name(), all)
		t.Errorf("still running after %s: deadlock? Full dump: %s\n%s", limit, path, relevantStacks(all))
		cancel()
		select {
		case <-finished:
		case <-time.After(hangGrace):
			panic(fmt.Sprintf("%s ignored its cancelled context for %s; goroutines:\n%s", t.Name(), hangGrace, relevantStacks(goroutineDump())))
		}
	}()
	return ctx
}

// goroutineDump is the stack of every goroutine (runtime.Stack grows its buffer until the dump fits).
func goroutineDump() []byte {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// relevantStacks keeps the goroutines that run this package's code or wait in database/sql: the go-ethereum
// node's hundreds of idle goroutines would bury them.
func relevantStacks(dump []byte) string {
	var out []string
	for _, g := range bytes.Split(dump, []byte("\n\n")) {
		s := string(g)
		if strings.Contains(s, "node/indexer") || strings.Contains(s, "database/sql") {
			out = append(out, s)
		}
	}
	return strings.Join(out, "\n\n")
}

// saveDump writes the full goroutine dump to a file outside the test's temporary directory (which is removed)
// and returns its path, or a note when it cannot be written.
func saveDump(name string, dump []byte) string {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("indexer-hang-%s-%d.txt", strings.ReplaceAll(name, "/", "_"), time.Now().UnixNano()))
	if err := os.WriteFile(path, dump, 0o644); err != nil {
		return fmt.Sprintf("(not saved: %v)", err)
	}
	return path
}
