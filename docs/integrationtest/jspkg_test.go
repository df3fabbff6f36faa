package integrationtest

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// jsContracts are the contracts the npm package exports, with their export names (contracts/scripts/compile.js).
var jsContracts = map[string]string{"HongbaoEscrow": "hongbaoEscrowAbi", "TestStablecoin": "testStablecoinAbi"}

// TestABIFiles checks the files compile.js writes for JS/TS users against the compiled ABI.
func TestABIFiles(t *testing.T) {
	index := string(readRepoFile(t, "contracts/abi/index.ts"))
	for name, export := range jsContracts {
		t.Run(name, func(t *testing.T) {
			abiJSON := readRepoFile(t, "contracts/out/"+name+".abi.json")
			require.Equal(t, string(abiJSON), string(readRepoFile(t, "contracts/abi/"+name+".json")),
				"abi/%s.json must be the ABI of out/%s.abi.json", name, name)
			ts := string(readRepoFile(t, "contracts/abi/"+name+".ts"))
			want := "export const " + export + " = " + strings.TrimSuffix(string(abiJSON), "\n") + " as const;\n"
			require.True(t, strings.HasSuffix(ts, want), "abi/%s.ts must be `export const %s = <the ABI> as const;`", name, export)
			require.Contains(t, index, "export { "+export+" } from './"+name+".js';")
			for _, entry := range []string{"index.d.ts", "index.d.mts"} {
				require.True(t, strings.Contains(string(readRepoFile(t, "contracts/"+entry)), "export declare const "+export+": readonly ["),
					"%s must declare %s", entry, export)
			}
		})
	}
}

// TestPackageJSON checks that the package entry points exist and that "files" ships them.
func TestPackageJSON(t *testing.T) {
	var pkg struct {
		Main    string                     `json:"main"`
		Types   string                     `json:"types"`
		Exports map[string]json.RawMessage `json:"exports"`
		Files   []string                   `json:"files"`
	}
	require.NoError(t, json.Unmarshal(readRepoFile(t, "contracts/package.json"), &pkg))
	var root struct {
		Import  map[string]string `json:"import"`
		Require map[string]string `json:"require"`
	}
	require.NoError(t, json.Unmarshal(pkg.Exports["."], &root), `exports["."] must have import and require conditions`)
	for _, p := range []string{pkg.Main, pkg.Types, root.Import["types"], root.Import["default"], root.Require["types"], root.Require["default"]} {
		require.NotEmpty(t, p)
		_, err := os.Stat(filepath.Join(repoRoot(t), "contracts", filepath.FromSlash(p)))
		require.NoError(t, err, "package.json points at %s", p)
		require.Contains(t, pkg.Files, strings.TrimPrefix(p, "./"), "package.json files must ship %s", p)
	}
	require.Contains(t, pkg.Files, "abi/")
	require.Contains(t, pkg.Exports, "./abi/*")
}

// TestJSPackageLoads requires and imports the package entry with node, as a user would, and checks that the
// escrow ABI it exports is the compiled one and has claimFor.
func TestJSPackageLoads(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	const script = `
const assert = require('assert');
const fs = require('fs');
const cjs = require('./index.js');
import('./index.mjs').then((esm) => {
  const out = {};
  for (const [file, name] of [['HongbaoEscrow', 'hongbaoEscrowAbi'], ['TestStablecoin', 'testStablecoinAbi']]) {
    const want = JSON.parse(fs.readFileSync('out/' + file + '.abi.json', 'utf8'));
    assert.deepStrictEqual(cjs[name], want, 'index.js ' + name);
    assert.deepStrictEqual(esm[name], want, 'index.mjs ' + name);
    out[name] = cjs[name].filter((e) => e.type === 'function').map((e) => e.name);
  }
  console.log(JSON.stringify(out));
}).catch((e) => { console.error(e); process.exit(1); });
`
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "-e", script)
	cmd.Dir = filepath.Join(repoRoot(t), "contracts")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "node: %s", stderr.String())
	var fns map[string][]string
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &fns))
	require.Contains(t, fns["hongbaoEscrowAbi"], "claimFor")
	require.Contains(t, fns["hongbaoEscrowAbi"], "claim")
	require.Contains(t, fns["testStablecoinAbi"], "permit")
}

// TestNpmPackShipsArtifacts asks npm what `npm pack` would put in the tarball.
func TestNpmPackShipsArtifacts(t *testing.T) {
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not installed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "pack", "--dry-run", "--json", "--ignore-scripts")
	cmd.Dir = filepath.Join(repoRoot(t), "contracts")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "npm pack --dry-run: %s", stderr.String())
	var packs []struct {
		Files []struct {
			Path string `json:"path"`
		} `json:"files"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &packs), "npm pack --json printed:\n%s", stdout.String())
	require.Len(t, packs, 1)
	shipped := map[string]bool{}
	for _, f := range packs[0].Files {
		shipped[f.Path] = true
		require.False(t, strings.HasPrefix(f.Path, "src/test/"), "test contracts must not ship: %s", f.Path)
		require.False(t, strings.HasPrefix(f.Path, "node_modules/"), "%s must not ship", f.Path)
	}
	for _, p := range []string{"package.json", "index.js", "index.mjs", "index.d.ts", "index.d.mts", "abi/index.ts",
		"abi/HongbaoEscrow.json", "abi/HongbaoEscrow.ts", "abi/TestStablecoin.json", "abi/TestStablecoin.ts",
		"out/HongbaoEscrow.abi.json", "out/HongbaoEscrow.bin", "src/HongbaoEscrow.sol", "src/interfaces/IHongbaoEscrow.sol"} {
		require.True(t, shipped[p], "npm pack would not ship %s", p)
	}
}
