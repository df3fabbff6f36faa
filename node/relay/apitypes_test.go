package relay

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The npm package's types of this API (contracts/types.d.ts) and the /v1/info example of docs/integration.md are
// written by hand; these tests hold them to the structs the relayer encodes, so that a field added, renamed or
// retyped here fails until they say the same.

// tsMember is a property of a TypeScript interface or inline object type.
type tsMember struct {
	optional bool
	typ      string
}

var (
	tsComment   = regexp.MustCompile(`(?s)/\*.*?\*/|//[^\n]*`)
	tsInterface = regexp.MustCompile(`export interface (\w+)(?:<[^>{]*>)?\s*\{`)
	tsProperty  = regexp.MustCompile(`(?s)^(?:readonly\s+)?(\w+)(\?)?:\s*(.+)$`)
)

// tsInterfaces reads the interfaces of a declaration file: name -> members.
func tsInterfaces(t *testing.T, src string) map[string]map[string]tsMember {
	src = tsComment.ReplaceAllString(src, "")
	out := map[string]map[string]tsMember{}
	for _, m := range tsInterface.FindAllStringSubmatchIndex(src, -1) {
		open := m[1] - 1
		out[src[m[2]:m[3]]] = tsMembers(t, src[open+1:closing(t, src, open)])
	}
	return out
}

// closing is the index of the brace that closes the one at open.
func closing(t *testing.T, s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	t.Fatalf("unbalanced braces after %q", s[open:min(open+40, len(s))])
	return 0
}

// tsMembers splits an object type's body into its properties (separated by ";" or new lines outside braces).
func tsMembers(t *testing.T, body string) map[string]tsMember {
	out := map[string]tsMember{}
	depth, start := 0, 0
	add := func(part string) {
		part = strings.TrimSpace(part)
		if part == "" {
			return
		}
		m := tsProperty.FindStringSubmatch(part)
		require.NotNil(t, m, "not a property: %q", part)
		out[m[1]] = tsMember{optional: m[2] == "?", typ: strings.TrimSpace(m[3])}
	}
	for i, c := range body {
		switch {
		case c == '{' || c == '(' || c == '[':
			depth++
		case c == '}' || c == ')' || c == ']':
			depth--
		case depth == 0 && (c == ';' || c == '\n'):
			add(body[start:i])
			start = i + 1
		}
	}
	add(body[start:])
	return out
}

var (
	addressType = reflect.TypeOf(common.Address{})
	hashType    = reflect.TypeOf(common.Hash{})
	rawType     = reflect.TypeOf(json.RawMessage{})
)

// compareTS checks a Go struct that is encoded as JSON against the TypeScript object type members: the same
// field names, optional exactly where Go omits empty values, and a TypeScript type of the same JSON kind.
func compareTS(t *testing.T, where string, goType reflect.Type, members map[string]tsMember, ifaces map[string]map[string]tsMember) {
	seen := map[string]bool{}
	for i := 0; i < goType.NumField(); i++ {
		f := goType.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		seen[name] = true
		m, ok := members[name]
		if !assert.True(t, ok, "%s has no field %q (Go %s.%s): add it to contracts/types.d.ts", where, name, goType.Name(), f.Name) {
			continue
		}
		if f.Type != rawType { // request fields are parsed by hand: which may be left out is the parser's business
			assert.Equal(t, strings.Contains(opts, "omitempty"), m.optional, "%s.%s: optional in TypeScript exactly when Go omits it", where, name)
		}
		compareKind(t, where+"."+name, f.Type, m.typ, ifaces)
	}
	for name := range members {
		assert.True(t, seen[name], "%s has a field %q that the relayer (Go %s) does not have", where, name, goType.Name())
	}
}

func compareKind(t *testing.T, where string, goType reflect.Type, ts string, ifaces map[string]map[string]tsMember) {
	if goType == rawType {
		return
	}
	if goType.Kind() == reflect.Pointer {
		goType = goType.Elem()
	}
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(ts, w) {
				return true
			}
		}
		return false
	}
	objectMembers := func(ts string) map[string]tsMember {
		if strings.HasPrefix(ts, "{") {
			return tsMembers(t, ts[1:strings.LastIndex(ts, "}")])
		}
		m, ok := ifaces[ts]
		require.True(t, ok, "%s: %q is neither an inline object type nor an interface of contracts/types.d.ts", where, ts)
		return m
	}
	switch {
	case goType == addressType:
		assert.True(t, has("Address"), "%s: an address, not %s", where, ts)
	case goType == hashType:
		assert.True(t, has("Hex"), "%s: 0x-hex, not %s", where, ts)
	case goType.Kind() == reflect.String:
		assert.True(t, has("string", "DecimalString", "Hex", "Address", "'"), "%s: a string, not %s", where, ts)
	case goType.Kind() >= reflect.Int && goType.Kind() <= reflect.Float64:
		assert.True(t, has("number"), "%s: a number, not %s", where, ts)
	case goType.Kind() == reflect.Bool:
		assert.True(t, has("boolean"), "%s: a boolean, not %s", where, ts)
	case goType.Kind() == reflect.Slice:
		elem, ok := strings.CutSuffix(ts, "[]")
		if assert.True(t, ok, "%s: an array, not %s", where, ts) {
			compareKind(t, where+"[]", goType.Elem(), strings.TrimSpace(elem), ifaces)
		}
	case goType.Kind() == reflect.Struct:
		compareTS(t, where, goType, objectMembers(ts), ifaces)
	default:
		t.Errorf("%s: no rule for Go type %s", where, goType)
	}
}

// TestPackageTypesMatchAPI: the types @hongbao/contracts gives the relayer's JSON are the relayer's.
func TestPackageTypesMatchAPI(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "contracts", "types.d.ts"))
	require.NoError(t, err)
	ifaces := tsInterfaces(t, string(src))
	for ts, goValue := range map[string]any{
		"RelayInfoResponse":   infoResponse{},
		"RelayClaimRequest":   claimBody{},
		"RelayClaimResponse":  claimResponse{},
		"RelayPacketResponse": packetResponse{},
		"RelayProofResponse":  proofResponse{},
		"RelayErrorResponse":  errorBody{},
	} {
		t.Run(ts, func(t *testing.T) {
			members, ok := ifaces[ts]
			require.True(t, ok, "contracts/types.d.ts has no interface %s", ts)
			compareTS(t, ts, reflect.TypeOf(goValue), members, ifaces)
		})
	}
}

// shape is a JSON value's structure: object keys (recursively), array elements, and the kind of each scalar.
func shape(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			out[k] = shape(e)
		}
		return out
	case []any:
		if len(x) == 0 {
			return "[]"
		}
		return []any{shape(x[0])}
	case nil:
		return "null"
	default:
		return fmt.Sprintf("%T", x)
	}
}

// TestInfoExampleInDocs: the /v1/info example of docs/integration.md has the structure the relayer answers
// with (every key, nested ones and those of each fee included, and each value's JSON kind).
func TestInfoExampleInDocs(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "integration.md"))
	require.NoError(t, err)
	_, after, ok := strings.Cut(string(doc), "**`GET /v1/info`**")
	require.True(t, ok, "docs/integration.md has no **`GET /v1/info`** paragraph")
	_, after, ok = strings.Cut(after, "```json\n")
	require.True(t, ok, "no JSON example after **`GET /v1/info`**")
	example, _, _ := strings.Cut(after, "```")
	var documented map[string]any
	require.NoError(t, json.Unmarshal([]byte(example), &documented), "the /v1/info example is not JSON")

	e := newEnv(t, nil)
	var answered map[string]any
	e.get("/v1/info", &answered)
	require.Equal(t, shape(answered), shape(documented), "the /v1/info example's structure differs from the answer")
	fees, ok := documented["fees"].([]any)
	require.True(t, ok)
	for _, f := range fees {
		require.Equal(t, shape(answered["fees"].([]any)[0]), shape(f))
	}
	keys := make([]string, 0, len(answered))
	for k := range answered {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t.Logf("/v1/info keys: %s", strings.Join(keys, ", "))
}
