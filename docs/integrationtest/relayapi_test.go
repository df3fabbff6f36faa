package integrationtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// relayErrorCodes reads the relayer's own error codes (the string constants named code… in node/relay) from
// its source: the codes a client may get besides the escrow's custom error names.
func relayErrorCodes(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "node", "relay")
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		require.NoError(t, err, "parse %s", f)
		ast.Inspect(file, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, name := range vs.Names {
				if !strings.HasPrefix(name.Name, "code") || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					v, err := strconv.Unquote(lit.Value)
					require.NoError(t, err)
					seen[v] = true
				}
			}
			return true
		})
	}
	codes := make([]string, 0, len(seen))
	for c := range seen {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

var routeRe = regexp.MustCompile(`/v1/[a-z]+(?:/\{[a-z]+\})*`)

// TestRelayAPIDocumented checks that the document names every route, request field and error code the
// relayer in node/relay has, so that a change to the relayer cannot leave the document behind.
func TestRelayAPIDocumented(t *testing.T) {
	doc := readDoc(t)
	_, section, ok := strings.Cut(doc, "\n## Relayer HTTP API\n")
	require.True(t, ok, "docs/integration.md has no section \"## Relayer HTTP API\"")
	section, _, _ = strings.Cut(section, "\n## ")

	codes := relayErrorCodes(t)
	require.GreaterOrEqual(t, len(codes), 10, "node/relay should have its error codes as code… constants")
	for _, c := range codes {
		assert.True(t, strings.Contains(section, "`"+c+"`"), "the relayer error code %s is not in the relayer section of docs/integration.md", c)
	}

	relaySrc := string(readRepoFile(t, "node/relay/relay.go"))
	routes := map[string]bool{}
	for _, r := range routeRe.FindAllString(relaySrc, -1) {
		routes[r] = true
	}
	require.NotEmpty(t, routes, "node/relay/relay.go should name its routes (/v1/…)")
	for r := range routes {
		assert.True(t, strings.Contains(section, r), "the route %s is not in the relayer section of docs/integration.md", r)
	}

	claims := string(readRepoFile(t, "node/relay/claims.go"))
	fields := regexp.MustCompile(`json:"([a-zA-Z]+)"`).FindAllStringSubmatch(claims, -1)
	require.NotEmpty(t, fields)
	for _, f := range fields {
		assert.True(t, strings.Contains(section, `"`+f[1]+`"`), "the JSON field %q of node/relay/claims.go is not in docs/integration.md", f[1])
	}
}
