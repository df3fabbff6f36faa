#!/usr/bin/env node
// Compiles contracts/src with the pinned solc-js and writes, byte-stable (paths relative to contracts/):
//   out/<Contract>.abi.json, out/<Contract>.bin      ABI and creation bytecode of each deployable contract
//   out/combined/<pkg>.json                          the combined-json shape abigen reads, one per Go package
//   out/<Contract>.runtime.json                      escrow and extension: runtime code and where its immutables
//                                                    sit, so a deployment's code can be checked (node/deploy)
//   out/HongbaoEscrow.input.json                     the exact standard-JSON compiler input of the escrow and its
//                                                    extension (every source inlined): what Sourcify or a block
//                                                    explorer needs to verify a deployment
// and the npm package @hongbao/contracts (out/ is for Go and deployers; the package ships none of it):
//   index.mjs, index.cjs                             the ABIs (once per module format), the deployments per chain,
//                                                    the dev chain's definition, the EIP-712 domain and types
//   abi.d.ts                                         the ABIs' exact `as const` types, once, for viem/abitype
//   index.d.mts, index.d.cts                         the entry's declarations (import / require)
//   codes.cjs, codes.d.cts                           the CommonJS twin of the hand-written codes.mjs / codes.d.mts
// Usage: node scripts/compile.js [--check]   (--check compiles in memory and fails if any of these files differ;
// both modes then load the package entries as a smoke test)
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
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
  const bins = {};
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
      bins[name] = evm.bytecode.object;
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
  return { ...files, ...jsFiles(abis, bins, sources) };
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

// ---------------------------------------------------------------- the npm package (@hongbao/contracts)

// The deterministic deployment (node/deploy/create2.go): the escrow and its extension are created with CREATE2
// through Arachnid's proxy with the salt keccak256("hongbao"), so their addresses follow from the bytecode and
// the owner alone. The package's deployments are derived here from the code just compiled, never typed in.
const deployProxy = '0x4e59b44847b379578588920ca78fbf26c0b4956c';
const deploySaltText = 'hongbao';

// The dev chain: `hongbao devnet` and Anvil both have chain id 31337, the proxy, and the public test account 0
// (the first key of the mnemonic "test … junk"), which deploys the escrow on both.
const devChainId = 31337;
const devAccount0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

/** exportName is the name a contract's ABI is exported under: HongbaoEscrow -> hongbaoEscrowAbi. */
function exportName(contract) {
  return contract[0].toLowerCase() + contract.slice(1) + 'Abi';
}

/** typeName is the name of its type in abi.d.ts: HongbaoEscrow -> HongbaoEscrowAbi. */
function typeName(contract) {
  return contract + 'Abi';
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * tsType writes, on one line, the type that `value as const` has: arrays become readonly tuples, objects
 * readonly properties, strings/numbers/booleans their literal types. viem and abitype infer function names,
 * argument and return types from exactly this shape.
 */
function tsType(value) {
  if (Array.isArray(value)) return `readonly [${value.map(tsType).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const props = Object.entries(value).map(([k, v]) => `readonly ${IDENT.test(k) ? k : JSON.stringify(k)}: ${tsType(v)}`);
    return props.length ? `{ ${props.join('; ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/**
 * pretty writes a JSON value as JS source: a value that fits on a line of 110 characters on that line, a larger
 * object or array one member per line.
 */
function pretty(value, ind = '') {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Array.isArray(value) ? value.map((v) => ['', v]) : Object.entries(value).map(([k, v]) => [JSON.stringify(k) + ': ', v]);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  const flat = entries.length ? open + entries.map(([k, v]) => k + pretty(v, '')).join(', ') + close : open.trim() + close.trim();
  if (!flat.includes('\n') && ind.length + flat.length <= 110) return flat;
  const next = ind + '  ';
  return `${open.trim()}\n${entries.map(([k, v]) => next + k + pretty(v, next)).join(',\n')},\n${ind}${close.trim()}`;
}

/** jsArray writes an array as JS/JSON with one element per line: compact, and still a readable diff. */
function jsArray(arr, fmt = JSON.stringify) {
  return arr.length ? `[\n${arr.map((e) => '  ' + fmt(e)).join(',\n')},\n]` : '[]';
}

/**
 * eip712TypesOf reads the EIP-712 struct types from the escrow's typehash constants (`X_TYPEHASH =
 * keccak256("Name(type name,...)")`), so that the package's types are the contract's by construction.
 */
function eip712TypesOf(source) {
  const types = {};
  for (const m of source.matchAll(/bytes32\s+public\s+constant\s+\w+_TYPEHASH\s*=\s*keccak256\(\s*"(\w+)\(([^)"]*)\)"\s*\)/g)) {
    types[m[1]] = m[2].split(',').map((f) => {
      const [type, name] = f.trim().split(/\s+/);
      return { name, type };
    });
  }
  for (const want of ['Claim', 'ClaimFor']) {
    if (!types[want]) throw new Error(`src/HongbaoEscrow.sol: no ${want} typehash constant (keccak256("${want}(...)"))`);
  }
  return { Claim: types.Claim, ClaimFor: types.ClaimFor };
}

/** devDeployment is where dev account 0's escrow is on the dev chain (and on every other chain). */
function devDeployment(bins) {
  const { concat, encodeAbiParameters, getContractAddress, keccak256, stringToBytes } = require('viem');
  const salt = keccak256(stringToBytes(deploySaltText));
  const create2 = (initCode) => getContractAddress({ opcode: 'CREATE2', from: deployProxy, salt, bytecode: initCode });
  const extension = create2('0x' + bins.HongbaoAdmin);
  const args = encodeAbiParameters([{ type: 'address' }, { type: 'address' }], [devAccount0, extension]);
  const escrow = create2(concat(['0x' + bins.HongbaoEscrow, args]));
  return { escrow, extension, owner: devAccount0 };
}

/**
 * packageData is what the package entry exports besides the ABIs, as plain data: the dev chain's viem-style
 * chain definition and the deployments per chain id.
 */
function packageData(bins, sources) {
  const dev = devDeployment(bins);
  const devnet = {
    id: devChainId,
    name: 'hongbao devnet',
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: ['http://127.0.0.1:8545'], webSocket: ['ws://127.0.0.1:8545'] } },
    contracts: { hongbaoEscrow: { address: dev.escrow } },
    testnet: true,
  };
  // block 0 on the dev chain: its escrow is created wherever the chain's history puts it (a fresh devnet, or an
  // Anvil that ran other transactions first); 0 is a correct start for any log scan there, and the escrow's
  // deployBlock() says the exact block.
  const deployments = { [devChainId]: { chainId: devChainId, ...dev, block: 0 } };
  return { devnet, deployments, eip712Types: eip712TypesOf(sources['src/HongbaoEscrow.sol'].content) };
}

/**
 * cjsOf turns the hand-written ESM module codes.mjs into CommonJS, line by line. It knows exactly the forms
 * codes.mjs uses (single-line `import {…} from`, `export function|async function|class|const NAME`,
 * `export {…}`) and fails on any other import or export, so that it can never emit a half-converted module.
 */
function cjsOf(esm, file, note) {
  const names = [];
  const out = esm.split('\n').map((line, i) => {
    let m;
    if ((m = line.match(/^import \{([^}]+)\} from '([^']+)'$/))) {
      const from = m[2].replace(/\.mjs$/, '.cjs');
      return `const {${m[1].replace(/\s+as\s+/g, ': ')}} = require('${from}')`;
    }
    if ((m = line.match(/^export ((?:async )?function|class|const) ([A-Za-z_$][\w$]*)(.*)$/))) {
      names.push(m[2]);
      return `${m[1]} ${m[2]}${m[3]}`;
    }
    if ((m = line.match(/^export \{([^}]+)\}$/))) {
      names.push(...m[1].split(',').map((n) => n.trim()).filter(Boolean));
      return null; // the names are exported at the end
    }
    if (/^\s*(import|export)\b/.test(line) || /\bimport\s*\(|import\.meta/.test(line)) {
      throw new Error(`${file}:${i + 1}: compile.js cannot turn this line into CommonJS: ${line.trim()}`);
    }
    return line;
  });
  const body = out.filter((l) => l !== null).join('\n').replace(/\n\n\n+/g, '\n\n').replace(/\n+$/, '\n');
  return `${note}'use strict'\n${body}\n${names.map((n) => `exports.${n} = ${n}`).join('\n')}\n`;
}

/** jsFiles returns the package's generated files. */
function jsFiles(abis, bins, sources) {
  const note = `// Generated by contracts/scripts/compile.js from contracts/src (solc ${solc.version()}).\n` +
    '// Do not edit: change the Solidity sources and run `make generate`.\n';
  const copyNote = (from) => `// Generated by contracts/scripts/compile.js from contracts/${from}.\n` +
    `// Do not edit: change ${from} and run \`make generate\`.\n`;
  const values = packageData(bins, sources);
  const { devnet, deployments, eip712Types } = values;
  const data = {
    devnet: pretty(devnet),
    deployments: pretty(deployments),
    eip712Types: pretty(eip712Types),
  };
  const domainOf = 'function domainOf(chainId, escrow) {\n' +
    "  return { name: 'Hongbao', version: '1', chainId, verifyingContract: escrow }\n}\n";
  const esm = [note];
  const cjs = [note, "'use strict'\n"];
  const abiTypes = [note];
  const dts = [note];
  for (const name of jsContracts) {
    const abi = abis[name];
    if (!abi) throw new Error(`jsContracts names ${name}, which is not compiled for any Go package`);
    esm.push(`\n/** The ABI of ${name}. */\nexport const ${exportName(name)} = ${jsArray(abi)}\n`);
    cjs.push(`\n/** The ABI of ${name}. */\nexports.${exportName(name)} = ${jsArray(abi)}\n`);
    abiTypes.push(`\n/** The ABI of ${name}, as \`as const\` types it. */\nexport type ${typeName(name)} = readonly ${jsArray(abi, tsType)}\n`);
  }
  const entries = [
    ['devnet', 'The dev chain (`hongbao devnet`, Anvil): a viem chain definition; contracts.hongbaoEscrow is dev account 0\'s escrow.'],
    ['deployments', 'The escrow per chain id: address, extension, owner, and the block to start log scans at.'],
    ['eip712Types', 'The EIP-712 types the escrow checks (its CLAIM_TYPEHASH and CLAIM_FOR_TYPEHASH).'],
  ];
  for (const [id, doc] of entries) {
    esm.push(`\n/** ${doc} */\nexport const ${id} = ${data[id]}\n`);
    cjs.push(`\n/** ${doc} */\nexports.${id} = ${data[id]}\n`);
  }
  const domainDoc = '\n/** domainOf is the escrow\'s EIP-712 domain: name "Hongbao", version "1", the chain id, the escrow. */\n';
  esm.push(`${domainDoc}export ${domainOf}`);
  cjs.push(`${domainDoc}${domainOf}exports.domainOf = domainOf\n`);

  const abiNames = jsContracts.map(typeName).join(', ');
  dts.push(`\nimport type { ${abiNames} } from './abi.js'\n`);
  dts.push("import type { Address, Eip712Domain } from './types.js'\n");
  dts.push("\nexport type * from './types.js'\n");
  dts.push(`export type { ${abiNames} } from './abi.js'\n`);
  for (const name of jsContracts) dts.push(`\n/** The ABI of ${name}. */\nexport declare const ${exportName(name)}: ${typeName(name)}\n`);
  for (const [id, doc] of entries) dts.push(`\n/** ${doc} */\nexport declare const ${id}: ${tsType(values[id])}\n`);
  dts.push(`${domainDoc}export declare function domainOf<C extends number | bigint, E extends Address>(chainId: C, escrow: E): Eip712Domain<C, E>\n`);

  const codes = fs.readFileSync(path.join(root, 'codes.mjs'), 'utf8');
  const codesTypes = fs.readFileSync(path.join(root, 'codes.d.mts'), 'utf8');
  return {
    'index.mjs': esm.join(''),
    'index.cjs': cjs.join(''),
    'abi.d.ts': abiTypes.join(''),
    'index.d.mts': dts.join(''),
    'index.d.cts': dts.join(''), // the same declarations; the extension marks them CommonJS for `require`
    'codes.cjs': cjsOf(codes, 'codes.mjs', copyNote('codes.mjs')),
    'codes.d.cts': copyNote('codes.d.mts') + codesTypes.replace(/'\.\/index\.mjs'/g, "'./index.cjs'"),
  };
}

// Files earlier versions of this script wrote: a run removes them (--check reports them), so that a stale copy of
// the ABI cannot linger next to the package.
const retired = ['abi', 'index.js', 'index.d.ts'];

/**
 * smokeTest loads the package entries as a user would, with require and with import, and checks that both
 * export every ABI exactly as compiled, the deployments and the claim-code parsers.
 */
async function smokeTest(files) {
  const { pathToFileURL } = require('url');
  const cjs = require(path.join(root, 'index.cjs'));
  const esm = await import(pathToFileURL(path.join(root, 'index.mjs')).href);
  for (const name of jsContracts) {
    const want = JSON.parse(files[`out/${name}.abi.json`]);
    for (const [entry, mod] of [['index.cjs', cjs], ['index.mjs', esm]]) {
      assert.deepStrictEqual(mod[exportName(name)], want, `${entry}: ${exportName(name)} differs from out/${name}.abi.json`);
    }
  }
  assert.deepStrictEqual(esm.deployments, cjs.deployments, 'index.mjs and index.cjs: deployments differ');
  const fns = new Set(cjs.hongbaoEscrowAbi.filter((e) => e.type === 'function').map((e) => e.name));
  for (const f of ['send', 'claim', 'claimFor', 'getPacket']) {
    if (!fns.has(f)) throw new Error(`index.cjs: hongbaoEscrowAbi has no function ${f}`);
  }
  const codesCjs = require(path.join(root, 'codes.cjs'));
  const codesEsm = await import(pathToFileURL(path.join(root, 'codes.mjs')).href);
  assert.deepStrictEqual(Object.keys(codesCjs).sort(), Object.keys(codesEsm).sort(), 'codes.cjs and codes.mjs export different names');
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
  for (const rel of retired) {
    const p = path.join(root, rel);
    if (!fs.existsSync(p)) continue;
    if (check) drift.push(`${rel} (no longer generated: remove it)`);
    else fs.rmSync(p, { recursive: true });
  }
  if (check && drift.length) {
    console.error(`generated contract files are stale (${drift.join(', ')}): run \`make generate\` and commit`);
    process.exit(1);
  }
  await smokeTest(files);
  const n = Object.keys(files).length;
  if (check) {
    console.log(`contracts/out and the npm package files match the sources (${n} files, solc ${solc.version()})`);
  } else {
    console.log(`wrote ${n} files to contracts/out and the npm package (solc ${solc.version()})`);
  }
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
