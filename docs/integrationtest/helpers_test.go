package integrationtest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the generated parts of docs/integration.md")

// repoRoot is the module root: the tests run in docs/integrationtest.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	_, err = os.Stat(filepath.Join(root, "go.mod"))
	require.NoError(t, err, "the tests must run from docs/integrationtest inside the repository")
	return root
}

func docPath(t *testing.T) string { return filepath.Join(repoRoot(t), "docs", "integration.md") }

func readDoc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(docPath(t))
	require.NoError(t, err, "read docs/integration.md")
	return string(b)
}

func readRepoFile(t *testing.T, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(t), filepath.FromSlash(rel)))
	require.NoError(t, err, "read %s", rel)
	return b
}

func beginMarker(name string) string {
	return fmt.Sprintf("<!-- BEGIN GENERATED %s (go test ./docs/integrationtest -update) -->", name)
}

func endMarker(name string) string { return fmt.Sprintf("<!-- END GENERATED %s -->", name) }

// region returns the text between the markers of a generated part, without the marker lines.
func region(doc, name string) (string, error) {
	begin, end := beginMarker(name), endMarker(name)
	i := strings.Index(doc, begin)
	if i < 0 {
		return "", fmt.Errorf("docs/integration.md has no line %q", begin)
	}
	if strings.Count(doc, begin) > 1 {
		return "", fmt.Errorf("docs/integration.md has the line %q twice", begin)
	}
	rest := doc[i+len(begin):]
	j := strings.Index(rest, end)
	if j < 0 {
		return "", fmt.Errorf("docs/integration.md has no line %q after its BEGIN line", end)
	}
	return strings.TrimPrefix(rest[:j], "\n"), nil
}

// replaceRegion puts body (which ends with a newline) between the markers of a generated part.
func replaceRegion(doc, name, body string) (string, error) {
	old, err := region(doc, name)
	if err != nil {
		return "", err
	}
	begin := beginMarker(name)
	i := strings.Index(doc, begin) + len(begin) + 1
	return doc[:i] + body + doc[i+len(old):], nil
}

// checkRegion compares a generated part of the document with want, or rewrites it under -update.
func checkRegion(t *testing.T, name, want string) {
	t.Helper()
	doc := readDoc(t)
	if *update {
		next, err := replaceRegion(doc, name, want)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(docPath(t), []byte(next), 0o644))
		return
	}
	got, err := region(doc, name)
	require.NoError(t, err)
	require.Equal(t, want, got, "the generated part %q of docs/integration.md is stale: run go test ./docs/integrationtest -update", name)
}
