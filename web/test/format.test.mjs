import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatAmount, formatAmountShort, formatDuration, formatUnits } from '../src/format.js'

// The same display rule as node/units.Format: at most 2 decimals keep every digit, more drop trailing zeros.
test('formatUnits mirrors node/units', () => {
  const cases = [
    [0n, 18, '0'],
    [1n, 18, '0.000000000000000001'],
    [10n ** 18n, 18, '1'],
    [15n * 10n ** 17n, 18, '1.5'],
    [20000n, 2, '200.00'],
    [1n, 2, '0.01'],
    [0n, 2, '0.00'],
    [-150n, 2, '-1.50'],
    [123n, 0, '123'],
    ['77942247165425985', 18, '0.077942247165425985'],
  ]
  for (const [v, d, want] of cases) assert.equal(formatUnits(v, d), want, `${v} with ${d} decimals`)
})

test('formatAmount adds the symbol', () => {
  assert.equal(formatAmount(150n, 2, 'tCNY'), '1.50 tCNY')
  assert.equal(formatAmount(150n, 2, ''), '1.50')
})

test('formatAmountShort cuts, never rounds up, and marks the cut', () => {
  assert.equal(formatAmountShort('77942247165425985', 18, 'ETH'), '≈ 0.077942 ETH')
  assert.equal(formatAmountShort('999999999999999999', 18, 'ETH'), '≈ 0.999999 ETH')
  assert.equal(formatAmountShort('100000000000000000', 18, 'ETH'), '0.1 ETH')
  assert.equal(formatAmountShort('1', 18, 'ETH'), '≈ 0 ETH')
  assert.equal(formatAmountShort(20000n, 2, 'tCNY'), '200.00 tCNY')
})

test('formatDuration', () => {
  const cases = [[0, '0 s'], [42, '42 s'], [60, '1 min'], [250, '4 min 10 s'], [3600, '1 h'], [86399, '23 h 59 min'],
    [86400, '1 d'], [2 * 86400 + 3 * 3600 + 5, '2 d 3 h'], [-5, '0 s']]
  for (const [s, want] of cases) assert.equal(formatDuration(s), want, String(s))
})
