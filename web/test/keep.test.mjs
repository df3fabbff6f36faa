// The codes a sender keeps in this browser (src/keep.js): kept by chain, escrow and packet id, pending until the
// send's receipt, adopted by their commitment when the receipt was missed, and the tickets rebuilt from their keys.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { makeTickets, parseTicketCode } from '../src/claimcode.js'
import { adopt, claimCodeRecord, claimLinkOf, codesOf, keepPending, keepSent, kept, pending, ticketsRecord, ticketsText } from '../src/keep.js'

// memory is a localStorage stand-in; quota (characters) makes setItem throw as a full storage does.
function memory(quota = Infinity) {
  const m = new Map()
  return {
    get length() { return m.size },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => (m.has(k) ? m.get(k) : null),
    setItem: (k, v) => {
      const used = [...m.entries()].filter(([x]) => x !== k).reduce((n, [x, y]) => n + x.length + y.length, 0)
      if (used + k.length + v.length > quota) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
      m.set(k, String(v))
    },
    removeItem: (k) => m.delete(k),
  }
}

const where = { chainId: 31337, escrow: '0x5FbDB2315678afecb367f032d93F642f64180aa3' }
const keys = ['0x' + '11'.repeat(32), '0x' + '22'.repeat(32), '0x' + '33'.repeat(32)]

test('tickets: kept pending before the send, moved to the packet id after it, rebuilt code for code', () => {
  const s = memory()
  const made = makeTickets(keys)
  const record = ticketsRecord(made)
  assert.equal(record.keys.length, 3 * 64, 'the keys only: the tree and codes are rebuilt')
  assert.ok(keepPending(s, where, record))
  assert.equal(pending(s, where).length, 1)
  assert.equal(kept(s, { ...where, id: '7' }), null)
  assert.ok(keepSent(s, { ...where, id: '7' }, record))
  assert.equal(pending(s, where).length, 0, 'the pending entry is gone')
  assert.deepEqual(codesOf(kept(s, { ...where, id: '7' })), made.tickets.map((t) => t.code))
  assert.equal(kept(s, { ...where, escrow: where.escrow.toLowerCase(), id: '7' })?.auth, 'tickets', 'the escrow in any case')
  assert.equal(kept(s, { ...where, chainId: 1, id: '7' }), null, 'another chain')
  assert.equal(kept(s, { ...where, id: '8' }), null, 'another packet')
})

test('a claim code is kept the same way; a pending entry is adopted by the packet that commits to it', () => {
  const s = memory()
  const rec = claimCodeRecord('hb1abc', '0x70997970C51812dc3A010C7d01b50e0d17dc79C8')
  assert.ok(keepPending(s, where, rec))
  assert.equal(adopt(s, { ...where, id: '3' }, '0x' + '00'.repeat(20)), null, 'not its packet')
  assert.deepEqual(adopt(s, { ...where, id: '4' }, '0x70997970c51812dc3a010c7d01b50e0d17dc79c8'), rec)
  assert.deepEqual(codesOf(kept(s, { ...where, id: '4' })), ['hb1abc'])
  assert.equal(pending(s, where).length, 0)
})

test('a full or missing storage says so (false, null) and never throws', () => {
  const made = makeTickets(keys)
  const full = memory(100)
  assert.equal(keepPending(full, where, ticketsRecord(made)), false)
  assert.equal(keepSent(full, { ...where, id: '1' }, ticketsRecord(made)), false)
  assert.equal(kept(null, { ...where, id: '1' }), null)
  assert.equal(keepSent(null, { ...where, id: '1' }, ticketsRecord(made)), false)
  assert.deepEqual(pending(null, where), [])
  const junk = memory()
  junk.setItem(`hongbao.codes.v1:31337:${where.escrow.toLowerCase()}:9`, '{not json')
  assert.equal(kept(junk, { ...where, id: '9' }), null)
})

test('ticket links carry the ticket in the fragment; the text file has every ticket and link', () => {
  const { tickets } = makeTickets(keys)
  const links = tickets.map((t) => claimLinkOf('http://127.0.0.1:8080', { ...where, id: '5' }, t.code))
  assert.equal(links[0], `http://127.0.0.1:8080/claim/31337/${where.escrow}/5#code=${tickets[0].code}`)
  assert.deepEqual(parseTicketCode(new URL(links[2]).hash.replace('#code=', '')).key, keys[2])
  const text = ticketsText({ heading: 'Tickets of packet 5', label: (i) => `Ticket ${i}`, codes: tickets.map((t) => t.code), links })
  const lines = text.split('\n')
  assert.equal(lines[0], 'Tickets of packet 5')
  for (const [i, t] of tickets.entries()) {
    assert.equal(lines[2 + 4 * i], `Ticket ${i}`)
    assert.equal(lines[3 + 4 * i], t.code)
    assert.equal(lines[4 + 4 * i], links[i])
  }
})
