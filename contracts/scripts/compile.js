#!/usr/bin/env node
// Compiles contracts/src with the pinned solc-js and writes, byte-stable:
//   out/<Contract>.abi.json, out/<Contract>.bin      ABI and creation bytecode of each deployable contract
//   out/combined/<pkg>.json                          the combined-json shape abigen reads, one per Go package
// Usage: node scripts/compile.js [--check]   (--check compiles in memory and fails if out/ differs)
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
const outDir = path.join(root, 'out');
const MAX_RUNTIME = 24576; // EIP-170

// Which deployable contracts go into which Go bindings package.
const packages = {
  escrow: ['HongbaoEscrow'],
  tokens: ['TestStablecoin'],
  mocks: ['MockERC20', 'FeeOnTransferToken', 'NoReturnToken', 'FalseReturnToken', 'BlocklistToken', 'TestActor'],
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
      evmVersion: 'osaka',
      viaIR: true,
      optimizer: { enabled: true, runs: 1000 },
      metadata: { bytecodeHash: 'none', appendCBOR: false },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
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
  for (const [pkg, names] of Object.entries(packages)) {
    const combined = { contracts: {}, version: solc.version() };
    for (const name of names) {
      const found = Object.entries(output.contracts).find(([, cs]) => cs[name]);
      if (!found) throw new Error(`contract ${name} not found in sources`);
      const [file, cs] = found;
      const { abi, evm } = cs[name];
      const runtime = evm.deployedBytecode.object.length / 2;
      if (runtime > MAX_RUNTIME) throw new Error(`${name}: runtime code is ${runtime} bytes, above the EIP-170 limit ${MAX_RUNTIME}`);
      sizes[name] = runtime;
      files[`${name}.abi.json`] = JSON.stringify(abi, null, 2) + '\n';
      files[`${name}.bin`] = evm.bytecode.object + '\n';
      combined.contracts[`${file}:${name}`] = { abi, bin: evm.bytecode.object };
    }
    files[`combined/${pkg}.json`] = JSON.stringify(combined, null, 2) + '\n';
  }
  process.stderr.write(`runtime code size: ${Object.entries(sizes).map(([n, b]) => `${n} ${b} B`).join(', ')}\n`);
  return files;
}

function main() {
  const check = process.argv.includes('--check');
  const files = compile();
  let drift = [];
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(outDir, rel);
    if (check) {
      if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== content) drift.push(rel);
    } else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
    }
  }
  if (check) {
    if (drift.length) {
      console.error(`contracts/out is stale (${drift.join(', ')}): run \`make generate\` and commit`);
      process.exit(1);
    }
    console.log(`contracts/out matches the sources (${Object.keys(files).length} files, solc ${solc.version()})`);
  } else {
    console.log(`wrote ${Object.keys(files).length} files to contracts/out (solc ${solc.version()})`);
  }
}

main();
