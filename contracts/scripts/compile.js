#!/usr/bin/env node
// Compiles contracts/src with the pinned solc-js and writes, byte-stable (paths relative to contracts/):
//   out/<Contract>.abi.json, out/<Contract>.bin      ABI and creation bytecode of each deployable contract
//   out/combined/<pkg>.json                          the combined-json shape abigen reads, one per Go package
//   out/<Contract>.runtime.json                      escrow and extension: runtime code and where its immutables
//                                                    sit, so a deployment's code can be checked (node/deploy)
//   out/HongbaoEscrow.input.json                     the exact standard-JSON compiler input of the escrow and its
//                                                    extension (every source inlined): what Sourcify or a block
//                                                    explorer needs to verify a deployment
//   abi/<Contract>.json, abi/<Contract>.ts           the ABIs for JS/TS users (TS: `export const xAbi = [...] as const`)
//   abi/index.ts                                     re-exports every abi/<Contract>.ts
//   index.js, index.mjs, index.d.ts, index.d.mts     the npm package entry (CommonJS, ESM, their types): works
//                                                    without a TypeScript build
// Usage: node scripts/compile.js [--check]   (--check compiles in memory and fails if any of these files differ,
// or abi/ holds a file this script would not write; both modes then load the JS entry as a smoke test)
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
const abiDir = path.join(root, 'abi');
const MAX_RUNTIME = 24576; // EIP-170

// Which deployable contracts go into which Go bindings package.
const packages = {
  escrow: ['HongbaoEscrow', 'HongbaoAdmin'],
  tokens: ['TestStablecoin'],
  mocks: ['MockERC20', 'FeeOnTransferToken', 'NoReturnToken', 'FalseReturnToken', 'BlocklistToken', 'TestActor',
    'SimulationAwareToken', 'FeeOnTopToken', 'PlainDelegate', 'HookToken', 'DrawIdentity', 'DrawCrowd', 'DrawStrategist',
    'DrawSybil'],
};

// The contracts a dApp talks to, shipped as JS/TS ABIs (abi/ and the package entry). The export name is the
// contract name in lowerCamelCase + "Abi", as wagmi and viem users expect (hongbaoEscrowAbi).
const jsContracts = ['HongbaoEscrow', 'TestStablecoin'];

// The escrow forwards what it does not define to its extension by delegatecall (see HongbaoBase.sol): its
// published ABI is its own plus the extension's functions, events and errors, so one ABI serves one address.
const extensions = { HongbaoEscrow: 'HongbaoAdmin' };

// The sources of the deployed contracts (the escrow's verification input holds these and what they import).
const deployedSources = ['src/HongbaoEscrow.sol', 'src/HongbaoAdmin.sol'];
const deployedContracts = ['HongbaoEscrow', 'HongbaoAdmin'];

const settings = {
  evmVersion: 'osaka',
  viaIR: true,
  optimizer: { enabled: true, runs: 1000 },
  metadata: { bytecodeHash: 'none', appendCBOR: false },
};

function listSol(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listSol(p);
    return e.name.endsWith('.sol') ? [p] : [];
  }).sort();
}

function findImports(importPath) {
  for (const base of [root, path.join(root, 'node_modules')]) {
    const p = path.join(base, importPath);
    if (fs.existsSync(p)) return { contents: fs.readFileSync(p, 'utf8') };
  }
  return { error: `not found: ${importPath}` };
}

function compile() {
  const sources = {};
  for (const f of listSol(srcDir)) {
    sources[path.relative(root, f).split(path.sep).join('/')] = { content: fs.readFileSync(f, 'utf8') };
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      ...settings,
      outputSelection: {
        '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.deployedBytecode.immutableReferences', 'evm.methodIdentifiers', 'storageLayout'] },
      },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  for (const e of output.errors || []) {
    // OpenZeppelin's transient reentrancy guard triggers solc's generic tstore warning: expected, not ours.
    if (e.severity === 'warning' && e.sourceLocation && e.sourceLocation.file.startsWith('@openzeppelin/')) continue;
    process.stderr.write(e.formattedMessage + '\n');
  }
  if (errors.length) throw new Error(`solc: ${errors.length} error(s)`);

  const files = {};
  const sizes = {};
  const abis = {};
  const byName = (name) => {
    const found = Object.entries(output.contracts).find(([, cs]) => cs[name]);
    if (!found) throw new Error(`contract ${name} not found in sources`);
    return found[1][name];
  };
  for (const [name, ext] of Object.entries(extensions)) checkSameLayout(name, byName(name), ext, byName(ext));
  for (const [pkg, names] of Object.entries(packages)) {
    const combined = { contracts: {}, version: solc.version() };
    for (const name of names) {
      const found = Object.entries(output.contracts).find(([, cs]) => cs[name]);
      if (!found) throw new Error(`contract ${name} not found in sources`);
      const [file, cs] = found;
      const { evm } = cs[name];
      const abi = extensions[name] ? mergeAbi(cs[name].abi, byName(extensions[name]).abi) : cs[name].abi;
      const runtime = evm.deployedBytecode.object.length / 2;
      if (runtime > MAX_RUNTIME) throw new Error(`${name}: runtime code is ${runtime} bytes, above the EIP-170 limit ${MAX_RUNTIME}`);
      sizes[name] = runtime;
      abis[name] = abi;
      files[`out/${name}.abi.json`] = JSON.stringify(abi, null, 2) + '\n';
      files[`out/${name}.bin`] = evm.bytecode.object + '\n';
      // An extension's functions are bound through the escrow's merged ABI; its own binding only deploys it
      // (two full copies in one Go package would declare the same output types twice).
      const isExt = Object.values(extensions).includes(name);
      const bound = isExt ? abi.filter((e) => e.type === 'constructor') : abi;
      combined.contracts[`${file}:${name}`] = { abi: bound, bin: evm.bytecode.object };
    }
    files[`out/combined/${pkg}.json`] = JSON.stringify(combined, null, 2) + '\n';
  }
  for (const name of deployedContracts) {
    const { object, immutableReferences } = byName(name).evm.deployedBytecode;
    // immutables as [start, length] byte ranges, sorted: the parts of the code that differ per deployment
    const ranges = Object.values(immutableReferences).flat().map((r) => [r.start, r.length]).sort((a, b) => a[0] - b[0]);
    files[`out/${name}.runtime.json`] = JSON.stringify({ runtime: object, immutables: ranges }, null, 2) + '\n';
  }
  const vinput = verificationInput();
  files['out/HongbaoEscrow.input.json'] = JSON.stringify(vinput, null, 2) + '\n';
  if (!process.argv.includes('--check')) checkVerificationInput(vinput, output);
  process.stderr.write(`runtime code size: ${Object.entries(sizes).map(([n, b]) => `${n} ${b} B`).join(', ')}\n`);
  return { ...files, ...jsFiles(abis) };
}

/**
 * checkSameLayout fails unless a contract and the extension it delegatecalls use the same storage slots for the
 * same variables: a mismatch would let the extension write over the escrow's books.
 */
function checkSameLayout(name, c, extName, ext) {
  const norm = (l) => JSON.stringify(l.storageLayout.storage.map(({ label, slot, offset, type }) => ({ label, slot, offset, type })));
  if (norm(c) !== norm(ext)) throw new Error(`${name} and ${extName} have different storage layouts`);
  // A selector of both must be the same function in both (inherited ones: owner(), the constants, ...): else the
  // contract's would shadow the extension's, and the merged ABI would promise a function that never runs.
  const bySelector = new Map(Object.entries(c.evm.methodIdentifiers).map(([sig, sel]) => [sel, sig]));
  for (const [sig, sel] of Object.entries(ext.evm.methodIdentifiers)) {
    if (bySelector.has(sel) && bySelector.get(sel) !== sig) {
      throw new Error(`${extName}.${sig} has the selector 0x${sel} of ${name}.${bySelector.get(sel)}: rename one`);
    }
  }
}

/** mergeAbi is abi plus the entries of extAbi it lacks (functions by selector signature; events, errors by name). */
function mergeAbi(abi, extAbi) {
  const key = (e) => `${e.type}:${e.name || ''}(${(e.inputs || []).map((i) => i.type).join(',')})`;
  const have = new Set(abi.map(key));
  const merged = [...abi];
  for (const e of extAbi) {
    if (e.type === 'constructor' || have.has(key(e))) continue;
    merged.push(e);
    have.add(key(e));
  }
  return merged;
}

/** verificationInput is the standard-JSON input that reproduces the deployed contracts, every source inlined. */
function verificationInput() {
  const found = {};
  const walk = (f) => {
    if (found[f]) return;
    const r = findImports(f);
    if (r.error) throw new Error(`verification input: ${r.error}`);
    found[f] = r.contents;
    for (const m of r.contents.matchAll(/^import\s+[^"']*["']([^"']+)["']/gm)) {
      walk(m[1].startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(f), m[1])) : m[1]);
    }
  };
  deployedSources.forEach(walk);
  const sources = {};
  for (const f of Object.keys(found).sort()) sources[f] = { content: found[f] };
  return {
    language: 'Solidity',
    sources,
    settings: { ...settings, outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } } },
  };
}

/** checkVerificationInput compiles the verification input alone and fails unless it gives the same bytecode. */
function checkVerificationInput(vinput, output) {
  const out = JSON.parse(solc.compile(JSON.stringify(vinput)));
  const errs = (out.errors || []).filter((e) => e.severity === 'error');
  if (errs.length) throw new Error(`verification input does not compile: ${errs[0].formattedMessage}`);
  for (const f of deployedSources) {
    for (const [name, c] of Object.entries(out.contracts[f])) {
      if (c.evm.bytecode.object !== output.contracts[f][name].evm.bytecode.object) {
        throw new Error(`verification input gives other bytecode for ${name}`);
      }
    }
  }
}

// ---------------------------------------------------------------- JS/TS artifacts

/** exportName is the name a contract's ABI is exported under: HongbaoEscrow -> hongbaoEscrowAbi. */
function exportName(contract) {
  return contract[0].toLowerCase() + contract.slice(1) + 'Abi';
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * tsType writes the type that `value as const` has, as a declaration file needs it: arrays become readonly
 * tuples, objects readonly properties, strings/numbers/booleans their literal types. viem and abitype infer
 * function names, argument and return types from exactly this shape.
 */
function tsType(value, ind) {
  const next = ind + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'readonly []';
    return `readonly [\n${value.map((v) => next + tsType(v, next)).join(',\n')}\n${ind}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const props = entries.map(([k, v]) => `${next}readonly ${IDENT.test(k) ? k : JSON.stringify(k)}: ${tsType(v, next)};`);
    return `{\n${props.join('\n')}\n${ind}}`;
  }
  return JSON.stringify(value);
}

/** jsFiles returns abi/ and the package entry files for the contracts in jsContracts. */
function jsFiles(abis) {
  const note = `// Generated by contracts/scripts/compile.js from contracts/src (solc ${solc.version()}).\n` +
    '// Do not edit: change the Solidity sources and run `make generate`.\n';
  const files = {};
  const cjs = [note, "'use strict';\n"];
  const esm = [note];
  const dts = [note];
  const index = [note];
  for (const name of jsContracts) {
    const abi = abis[name];
    if (!abi) throw new Error(`jsContracts names ${name}, which is not compiled for any Go package`);
    const json = JSON.stringify(abi, null, 2);
    const id = exportName(name);
    files[`abi/${name}.json`] = json + '\n';
    files[`abi/${name}.ts`] = `${note}export const ${id} = ${json} as const;\n`;
    index.push(`export { ${id} } from './${name}.js';\n`);
    cjs.push(`\nexports.${id} = ${json};\n`);
    esm.push(`\nexport const ${id} = ${json};\n`);
    dts.push(`\nexport declare const ${id}: ${tsType(abi, '')};\n`);
  }
  files['abi/index.ts'] = index.join('');
  files['index.js'] = cjs.join('');
  files['index.mjs'] = esm.join('');
  files['index.d.ts'] = dts.join('');
  files['index.d.mts'] = dts.join(''); // the same declarations, marked ESM by the extension for `import`
  return files;
}

/** listFiles lists the files under dir (relative to root, with forward slashes); none when dir is missing. */
function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [path.relative(root, p).split(path.sep).join('/')];
  });
}

/**
 * smokeTest loads the package entry as a user would, once with require and once with import, and checks that
 * both export every ABI exactly as abi/<Contract>.json has it and that the escrow ABI has the claim functions.
 */
async function smokeTest(files) {
  const cjs = require(path.join(root, 'index.js'));
  const esm = await import(require('url').pathToFileURL(path.join(root, 'index.mjs')).href);
  for (const name of jsContracts) {
    const want = JSON.parse(files[`abi/${name}.json`]);
    for (const [entry, mod] of [['index.js', cjs], ['index.mjs', esm]]) {
      assert.deepStrictEqual(mod[exportName(name)], want, `${entry}: ${exportName(name)} differs from abi/${name}.json`);
    }
  }
  const fns = new Set(cjs.hongbaoEscrowAbi.filter((e) => e.type === 'function').map((e) => e.name));
  for (const f of ['send', 'claim', 'claimFor', 'getPacket']) {
    if (!fns.has(f)) throw new Error(`index.js: hongbaoEscrowAbi has no function ${f}`);
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const files = compile();
  const drift = [];
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    if (check) {
      if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== content) drift.push(rel);
    } else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
    }
  }
  // abi/ is generated as a whole: a file this run did not write is left over from a removed contract.
  for (const rel of listFiles(abiDir)) {
    if (rel in files) continue;
    if (check) drift.push(`${rel} (not generated)`);
    else fs.unlinkSync(path.join(root, rel));
  }
  if (check && drift.length) {
    console.error(`generated contract files are stale (${drift.join(', ')}): run \`make generate\` and commit`);
    process.exit(1);
  }
  await smokeTest(files);
  const n = Object.keys(files).length;
  if (check) {
    console.log(`contracts/out, contracts/abi and the JS entry match the sources (${n} files, solc ${solc.version()})`);
  } else {
    console.log(`wrote ${n} files to contracts/out, contracts/abi and the JS entry (solc ${solc.version()})`);
  }
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
