// The send form's checks and clauses (src/sendform.js).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { clauses, parseAddress, parseAmount, parseShares, readForm } from '../src/sendform.js'

const tCNY = { address: '0x5FbDB2315678afecb367f032d93F642f64180aa3', symbol: 'tCNY', decimals: 2 }
const tiers = [{ maxAmount: 20000n, window: 300, consent: true }, { maxAmount: 50000n, window: 120, consent: true }]

test('amounts: decimals, syntax, zero, balance', () => {
  assert.equal(parseAmount('88.88', 2, 'tCNY'), 8888n)
  assert.equal(parseAmount('1', 18, 'ETH'), 10n ** 18n)
  assert.equal(parseAmount('.5', 2, 'tCNY'), 50n)
  for (const [text, want] of [['1.234', 'tCNY has 2 decimals; "1.234" has 3'], ['', 'enter an amount'], ['0', 'more than 0'], ['1e3', 'is not an amount'], ['-1', 'is not an amount']]) {
    assert.throws(() => parseAmount(text, 2, 'tCNY'), (e) => e.message.includes(want), text)
  }
  assert.throws(() => readForm({ kind: 'equal', token: tCNY, amount: '10', shares: '2', balance: 999n }), /more than your balance of 9.99 tCNY/)
})

test('addresses: malformed, checksum, zero', () => {
  const good = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
  assert.equal(parseAddress(good), good)
  assert.equal(parseAddress(good.toLowerCase()), good)
  assert.throws(() => parseAddress('0x1234'), /is not an address/)
  assert.throws(() => parseAddress(good.replace('C5', 'c5')), /wrong checksum/)
  assert.throws(() => parseAddress('0x' + '0'.repeat(40)), /zero address/)
})

test('shares', () => {
  assert.equal(parseShares('10000'), 10000)
  for (const s of ['0', '10001', '1.5', 'x']) assert.throws(() => parseShares(s), /from 1 to 10000/)
})

test('clauses: undo window with consent, no undo above, lock, no tiers', () => {
  const now = 1_700_000_000
  const c = clauses({ kind: 'direct', amount: 10000n, delay: 0, token: tCNY, tiers, lock: { threshold: 5000n, minDelay: 7200 }, now })
  assert.match(c.lines.join('\n'), /with the recipient's consent/)
  assert.match(c.lines.join('\n'), /No undo above 500.00 tCNY/)
  assert.match(c.lockProblem, /security lock needs a cool-off of at least 2 h for sends above 50.00 tCNY/)
  const big = clauses({ kind: 'equal', amount: 60000n, delay: 7200, token: tCNY, tiers, lock: null, now })
  assert.match(big.lines.join('\n'), /No undo: 600.00 tCNY is above 500.00 tCNY/)
  assert.match(big.lines.join('\n'), /none set for tCNY/)
  assert.equal(big.lockProblem, '')
  const eth = clauses({ kind: 'lucky', amount: 1n, delay: 0, token: { symbol: 'ETH', decimals: 18 }, tiers: [], now })
  assert.match(eth.lines[0], /ETH has no undo tiers/)
})

test('the sealed option makes a Lucky packet sealed-lucky; a group packet claims with a claim code or tickets', () => {
  const token = { address: '0x5FbDB2315678afecb367f032d93F642f64180aa3', symbol: 'tCNY', decimals: 2 }
  const f = { kind: 'lucky', token, amount: '300.00', shares: '2', delay: 'none', guardian: '', balance: null }
  assert.equal(readForm({ ...f, sealed: true }).kind, 'sealed-lucky')
  assert.equal(readForm({ ...f, sealed: false }).kind, 'lucky')
  assert.equal(readForm({ ...f, kind: 'equal', sealed: true }).kind, 'equal', 'only a Lucky packet is sealed')
  assert.equal(readForm(f).auth, 'claim-key', 'the claim code is the default')
  assert.equal(readForm({ ...f, auth: 'tickets' }).auth, 'tickets')
  assert.equal(readForm({ ...f, auth: 'open' }).auth, 'claim-key', 'the form offers claim codes and tickets only')
  assert.equal(readForm({ ...f, kind: 'direct', to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', auth: 'tickets' }).auth, undefined, 'a Direct packet has no claim mode')
  const now = 1_700_000_000
  const p = readForm({ ...f, kind: 'equal', shares: '5', auth: 'tickets' })
  const c = clauses({ ...p, token, tiers, now })
  assert.ok(c.lines.includes('5 one-time tickets, one per share: each ticket claims one share, once.'), c.lines.join('\n'))
  const code = clauses({ ...readForm({ ...f, kind: 'equal' }), token, tiers, now })
  assert.ok(!code.lines.some((l) => /ticket/.test(l)), 'a claim-code packet has no ticket clause')
})
