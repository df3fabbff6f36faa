import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseLink } from '../src/link.js'

const escrow = '0x5FbDB2315678afecb367f032d93F642f64180aa3'

test('parses a claim link with the code in the fragment', () => {
  const l = parseLink(`https://hb.example/claim/31337/${escrow.toLowerCase()}/7#code=hb1abc`)
  assert.deepEqual(l, { chainId: 31337, escrow, packetId: 7n, code: 'hb1abc', relayer: '' })
})

test('takes the relayer from the query or the fragment', () => {
  assert.equal(parseLink(`https://a/claim/1/${escrow}/1?relayer=https://r.example#code=x`).relayer, 'https://r.example')
  assert.equal(parseLink(`https://a/claim/1/${escrow}/1#code=x&relayer=https://r2.example`).relayer, 'https://r2.example')
})

test('a page that is not a claim link is the start page', () => {
  assert.equal(parseLink('https://a/'), null)
  assert.equal(parseLink('https://a/other'), null)
})

test('refuses malformed claim links with a sentence', () => {
  const cases = [
    [`https://a/claim/1/${escrow}`, /incomplete/],
    [`https://a/claim/x/${escrow}/1`, /"x" in this claim link is not a chain id/],
    [`https://a/claim/0/${escrow}/1`, /not a chain id/],
    ['https://a/claim/1/0x1234/1', /"0x1234" in this claim link is not an escrow address/],
    [`https://a/claim/1/${escrow}/0`, /"0" in this claim link is not a packet id/],
    [`https://a/claim/1/${escrow}/-3`, /not a packet id/],
  ]
  for (const [url, want] of cases) {
    assert.throws(() => parseLink(url), (err) => err.code === 'BadLink' && want.test(err.message), url)
  }
})
