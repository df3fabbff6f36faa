// The npm package as a user gets it: imported by name (`import` and `require`), its exports checked against the
// compiled contracts, the Go reference's test vectors (docs/integration.md) and what `npm pack` would ship.
// Run: cd contracts && node --test test/
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { test } from 'node:test'
import { getContractAddress, hashTypedData, keccak256, stringToBytes, concat, encodeAbiParameters } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'

import * as esm from '@hongbao/contracts'
import * as esmCodes from '@hongbao/contracts/codes'

const require = createRequire(import.meta.url)
const cjs = require('@hongbao/contracts')
const cjsCodes = require('@hongbao/contracts/codes')

const root = new URL('../', import.meta.url)
const read = (rel) => readFileSync(new URL(rel, root), 'utf8')
const pkg = JSON.parse(read('package.json'))

// The test vectors the Go reference code made (node/sig, node/client), kept in docs/integration.md.
const vectors = JSON.parse(read('../docs/integration.md').match(/BEGIN GENERATED vectors[^\n]*\n```json\n([\s\S]*?)\n```/)[1])

const mainExports = ['deployments', 'devnet', 'domainOf', 'eip712Types', 'hongbaoEscrowAbi', 'testStablecoinAbi']
const codesExports = ['ClaimCodeError', 'domainOf', 'eip712Types', 'formatClaimCode', 'formatTicketCode', 'isTicketCode',
  'makeTickets', 'maxTickets', 'newTickets', 'parseClaimCode', 'parseTicketCode', 'ticketAuth', 'ticketLeaf', 'ticketTree']

test('import and require give the same exports, and only these', () => {
  assert.deepEqual(Object.keys(esm).sort(), mainExports)
  assert.deepEqual(Object.keys(cjs).sort(), mainExports)
  assert.deepEqual(Object.keys(esmCodes).sort(), codesExports)
  assert.deepEqual(Object.keys(cjsCodes).sort(), codesExports)
  for (const name of mainExports.filter((n) => typeof esm[n] !== 'function')) assert.deepEqual(cjs[name], esm[name], name)
  // codes re-exports the entry's EIP-712 pieces: one definition
  assert.equal(esmCodes.eip712Types, esm.eip712Types)
  assert.equal(esmCodes.domainOf, esm.domainOf)
})

test('the ABIs are the compiled ones', () => {
  for (const [name, file] of [['hongbaoEscrowAbi', 'HongbaoEscrow'], ['testStablecoinAbi', 'TestStablecoin']]) {
    assert.deepEqual(esm[name], JSON.parse(read(`out/${file}.abi.json`)), name)
  }
  const fns = new Set(esm.hongbaoEscrowAbi.filter((e) => e.type === 'function').map((e) => e.name))
  for (const f of ['send', 'claim', 'claimFor', 'getPacket', 'deployBlock', 'eip712Domain']) assert.ok(fns.has(f), f)
})

test('the dev chain deployment is dev account 0\'s deterministic escrow', () => {
  const d = esm.deployments[31337]
  assert.equal(d.chainId, 31337)
  assert.equal(d.owner, privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80').address)
  // CREATE2 through the deterministic deployment proxy, salt keccak256("hongbao") (node/deploy/create2.go)
  const proxy = '0x4e59b44847b379578588920ca78fbf26c0b4956c'
  const salt = keccak256(stringToBytes('hongbao'))
  const bin = (name) => `0x${read(`out/${name}.bin`).trim()}`
  const extension = getContractAddress({ opcode: 'CREATE2', from: proxy, salt, bytecode: bin('HongbaoAdmin') })
  const args = encodeAbiParameters([{ type: 'address' }, { type: 'address' }], [d.owner, extension])
  assert.equal(d.extension, extension)
  assert.equal(d.escrow, getContractAddress({ opcode: 'CREATE2', from: proxy, salt, bytecode: concat([bin('HongbaoEscrow'), args]) }))
  assert.equal(d.block, 0)
  assert.equal(esm.devnet.id, 31337)
  assert.equal(esm.devnet.contracts.hongbaoEscrow.address, d.escrow)
  assert.deepEqual(esm.devnet.rpcUrls.default.http, ['http://127.0.0.1:8545'])
})

test('domainOf and eip712Types give the Go reference\'s digests', () => {
  const domain = esm.domainOf(vectors.chainId, vectors.escrow)
  assert.deepEqual(domain, { name: 'Hongbao', version: '1', chainId: vectors.chainId, verifyingContract: vectors.escrow })
  const packetId = BigInt(vectors.packetId)
  const types = esm.eip712Types
  assert.equal(hashTypedData({ domain, types, primaryType: 'Claim', message: { packetId, claimer: vectors.claimer } }), vectors.claimDigest)
  const message = { packetId, claimer: vectors.claimer, relayer: vectors.relayer, maxFee: BigInt(vectors.maxFee), deadline: BigInt(vectors.deadline) }
  assert.equal(hashTypedData({ domain, types, primaryType: 'ClaimFor', message }), vectors.claimForDigest)
  // the contract's typehash strings, as in its source
  const src = read('src/HongbaoEscrow.sol')
  for (const [name, fields] of Object.entries(types)) {
    assert.ok(src.includes(`"${name}(${fields.map((f) => `${f.type} ${f.name}`).join(',')})"`), `${name} in HongbaoEscrow.sol`)
  }
})

test('the claim-code and ticket parsers, by import and by require, read the Go reference\'s codes', async () => {
  for (const codes of [esmCodes, cjsCodes]) {
    assert.equal(privateKeyToAccount(codes.parseClaimCode(vectors.claimCode)).address, vectors.claimKey)
    assert.throws(() => codes.parseClaimCode(vectors.claimCode.slice(0, -1) + 'x'), (e) => e.name === 'ClaimCodeError')
    assert.ok(codes.isTicketCode(vectors.tickets[1]))
    assert.equal(privateKeyToAccount(codes.parseTicketCode(vectors.tickets[1]).key).address, vectors.ticketAddresses[1])
    const auth = await codes.ticketAuth({ packetId: vectors.packetId, claimer: vectors.claimer, chainId: vectors.chainId, escrow: vectors.escrow, code: vectors.tickets[1] })
    assert.equal(auth, vectors.ticketAuth)
    // the Go reference's tickets, rebuilt from their keys alone: same tree, same codes
    const keys = vectors.tickets.map((c) => codes.parseTicketCode(c).key)
    const made = codes.makeTickets(keys)
    assert.deepEqual(made.tickets.map((t) => t.code), vectors.tickets)
    assert.deepEqual(made.tickets.map((t) => t.address), vectors.ticketAddresses)
    assert.equal(made.root, vectors.ticketRoot)
  }
})

test('the declarations declare every export', () => {
  const declared = (file) => [...read(file).matchAll(/^export declare (?:const|function|class) (\w+)/gm)].map((m) => m[1])
  const reexported = (file) => [...read(file).matchAll(/^export \{([^}]+)\} from/gm)].flatMap((m) => m[1].split(',').map((s) => s.trim()))
  for (const file of ['index.d.mts', 'index.d.cts']) assert.deepEqual(declared(file).sort(), mainExports, file)
  for (const file of ['codes.d.mts', 'codes.d.cts']) assert.deepEqual([...declared(file), ...reexported(file)].sort(), codesExports, file)
})

test('npm pack ships exactly the package files', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  const shipped = JSON.parse(out)[0].files.map((f) => f.path).sort()
  assert.deepEqual(shipped, ['README.md', 'package.json', ...pkg.files].sort())
  assert.equal(pkg.private, undefined)
  assert.equal(pkg.dependencies, undefined, 'the package has no runtime dependency (viem is an optional peer)')
  for (const cond of Object.values(pkg.exports).filter((e) => typeof e === 'object')) {
    for (const { types, default: file } of [cond.import, cond.require]) {
      assert.ok(pkg.files.includes(types.slice(2)) && pkg.files.includes(file.slice(2)), `${types}, ${file} shipped`)
    }
  }
})
