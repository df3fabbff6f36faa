// The JavaScript claim codes against vectors made by the Go code (node/client), kept true by
// web/claimcode_vectors_test.go.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { ClaimCodeError, formatClaimCode, parseClaimCode } from '../src/claimcode.js'
import { hexToBytes } from 'viem'

const vectors = JSON.parse(readFileSync(new URL('./claimcode-vectors.json', import.meta.url), 'utf8'))

test('the vectors file has cases', () => {
  assert.equal(vectors.good.length, 10)
  assert.equal(vectors.bad.length, 12)
})

for (const v of vectors.good) {
  test(`formats and parses ${v.code}`, () => {
    assert.equal(formatClaimCode(hexToBytes(v.key)), v.code)
    assert.equal(parseClaimCode(v.code), v.key)
    assert.equal(parseClaimCode(`  ${v.code}\n`), v.key, 'pasted with whitespace around')
  })
}

for (const v of vectors.bad) {
  test(`refuses ${JSON.stringify(v.code)} with the Go sentence`, () => {
    assert.throws(() => parseClaimCode(v.code), (err) => {
      assert.ok(err instanceof ClaimCodeError)
      assert.equal(err.code, 'BadClaimCode')
      assert.equal(err.message, v.message)
      return true
    })
  })
}
