// Tickets in the send page and the claim page (src/claimcode.js, src/claim.js): the tree and codes a ticket packet
// is sent with, checked against test/tickets-vectors.json (made by the Go code, kept true by
// web/tickets_vectors_test.go), the round trip, the refusals, and the auth layout the escrow reads.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { decodeAbiParameters, hexToBytes, recoverTypedDataAddress, serializeSignature } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { ClaimCodeError, formatTicketCode, isTicketCode, makeTickets, newTickets, parseTicketCode, ticketTree } from '../src/claimcode.js'
import { domainOf, eip712Types, ticketAuth } from '../src/typed.js'

const key = '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d'
const proof = ['0x' + '11'.repeat(32), '0x' + 'ab'.repeat(32), '0x' + '00'.repeat(31) + '01']

test('a ticket code round-trips key, index and proof', () => {
  for (const [index, pr] of [[0, []], [7, proof.slice(0, 1)], [65535, proof]]) {
    const code = formatTicketCode(hexToBytes(key), index, pr)
    assert.ok(code.startsWith('hbt1'))
    assert.ok(isTicketCode(code))
    assert.deepEqual(parseTicketCode(`  ${code}\n`), { key, index, proof: pr })
  }
})

test('bad tickets are refused with a sentence', () => {
  const code = formatTicketCode(hexToBytes(key), 3, proof)
  const typo = code.slice(0, 10) + (code[10] === '2' ? '3' : '2') + code.slice(11)
  const cases = [
    ['', /ticket code is empty/],
    ['hb1abc', /is not a ticket/],
    ['hbt1abc0', /character that cannot be/],
    [code.slice(0, -3), /wrong length|checksum/],
    [typo, /typo|wrong length/],
  ]
  for (const [input, re] of cases) {
    assert.throws(() => parseTicketCode(input), (err) => err instanceof ClaimCodeError && re.test(err.message), input)
  }
})

test('ticket auth is abi.encode(index, r, vs, proof) signed by the ticket key over Claim(id, claimer)', async () => {
  const link = { chainId: 31337, escrow: '0x5FbDB2315678afecb367f032d93F642f64180aa3' }
  const claimer = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
  const code = formatTicketCode(hexToBytes(key), 5, proof)
  const auth = await ticketAuth({ id: 42n, link, claimer, code })
  const [index, r, vs, pr] = decodeAbiParameters(
    [{ type: 'uint256' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32[]' }], auth)
  assert.equal(index, 5n)
  assert.deepEqual(pr, proof)
  const v = BigInt(vs)
  const s = '0x' + (v & ((1n << 255n) - 1n)).toString(16).padStart(64, '0')
  const signature = serializeSignature({ r, s, yParity: Number(v >> 255n) })
  const signer = await recoverTypedDataAddress({
    domain: domainOf(link.chainId, link.escrow), types: eip712Types, primaryType: 'Claim',
    message: { packetId: 42n, claimer }, signature,
  })
  assert.equal(signer, privateKeyToAccount(key).address)
})

test('a ticket made by the Go code (node/client ticketVector) parses: ticket 1 of 3, key, index and proof round-trip', () => {
  const t = parseTicketCode('hbt17ULXfAsNPF4MaJuFQMB7qGAQxjcxuwWgQW51RLEaGj33vfTkzhqRfY35qZ48m4A6v4fSz8BJxa26aLZaeD1o36FyxCWqsAMt')
  assert.equal(t.index, 1)
  assert.ok(t.proof.length >= 1 && t.proof.length <= 2)
  assert.match(t.key, /^0x[0-9a-f]{64}$/)
  assert.equal(formatTicketCode(hexToBytes(t.key), t.index, t.proof),
    'hbt17ULXfAsNPF4MaJuFQMB7qGAQxjcxuwWgQW51RLEaGj33vfTkzhqRfY35qZ48m4A6v4fSz8BJxa26aLZaeD1o36FyxCWqsAMt')
})

const vectors = JSON.parse(readFileSync(new URL('./tickets-vectors.json', import.meta.url), 'utf8'))

test('the tickets vectors file has cases', () => {
  assert.deepEqual(vectors.sets.map((s) => s.codes.length), [1, 2, 3, 4, 5, 7, 8, 9, 16, 33, 4])
  assert.equal(vectors.bad.length, 11)
})

for (const s of vectors.sets) {
  test(`${s.keys.length} tickets: the tree, the proofs and the codes of the Go code`, () => {
    const tree = ticketTree(s.addresses)
    assert.equal(tree.root, s.root.toLowerCase())
    assert.deepEqual(tree.proofs, s.proofs.map((p) => p.map((h) => h.toLowerCase())))
    const made = makeTickets(s.keys)
    assert.equal(made.root, tree.root)
    assert.deepEqual(made.tickets.map((t) => t.address), s.addresses)
    assert.deepEqual(made.tickets.map((t) => t.code), s.codes)
    for (const [i, code] of s.codes.entries()) {
      assert.deepEqual(parseTicketCode(code), { key: s.keys[i], index: i, proof: tree.proofs[i] })
    }
  })
}

for (const v of vectors.bad) {
  test(`refuses the ticket ${JSON.stringify(v.code.slice(0, 24))} with the Go sentence`, () => {
    assert.throws(() => parseTicketCode(v.code), (err) => {
      assert.ok(err instanceof ClaimCodeError)
      assert.equal(err.code, 'BadClaimCode')
      assert.equal(err.message, v.message)
      return true
    })
  })
}

test('newTickets: n fresh keys, all different, whose codes carry a proof to the root', () => {
  const { root, tickets } = newTickets(5)
  assert.equal(tickets.length, 5)
  assert.equal(new Set(tickets.map((t) => t.key)).size, 5)
  assert.equal(makeTickets(tickets.map((t) => t.key)).root, root, 'the root is a function of the keys')
  assert.notEqual(newTickets(5).root, root, 'fresh keys each time')
  for (const t of tickets) assert.deepEqual(parseTicketCode(t.code), { key: t.key, index: t.index, proof: t.proof })
  assert.throws(() => newTickets(0), /1 to 10000 tickets, not 0/)
  assert.throws(() => newTickets(10001), /1 to 10000 tickets, not 10001/)
  assert.throws(() => ticketTree([]), /at least one ticket/)
})
