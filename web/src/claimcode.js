// Claim codes, ported from node/client/claimcode.go (the Go code is the reference; test/claimcode.test.mjs
// checks this port against vectors the Go code made).
//
// A code is "hb1" followed by the base58 (Bitcoin alphabet) encoding of the 32-byte claim key and a 4-byte
// checksum, the first 4 bytes of keccak256("hongbao claim code" || key).
import { bytesToHex, concatBytes, keccak256, stringToBytes } from 'viem'

const prefix = 'hb1'
const checksumDomain = 'hongbao claim code'
const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
// The order of secp256k1: a key must be 1 <= d < n.
const curveOrder = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n

/** ClaimCodeError is a malformed claim code; its message is a sentence for the user. */
export class ClaimCodeError extends Error {
  constructor(message) {
    super(message)
    this.name = 'ClaimCodeError'
    this.code = 'BadClaimCode'
  }
}

function short(s) {
  return s.length <= 24 ? s : s.slice(0, 20) + '…'
}

function checksum(key) {
  return keccak256(concatBytes([stringToBytes(checksumDomain), key]), 'bytes').slice(0, 4)
}

function base58Encode(bytes) {
  let x = 0n
  for (const b of bytes) x = (x << 8n) | BigInt(b)
  let out = ''
  while (x > 0n) {
    out = alphabet[Number(x % 58n)] + out
    x /= 58n
  }
  for (const b of bytes) {
    if (b !== 0) break
    out = alphabet[0] + out
  }
  return out
}

// base58Decode mirrors the Go decoder: leading '1's become zero bytes, the rest is the big-endian minimal
// encoding of the number.
function base58Decode(s) {
  if (s === '') throw new Error('nothing after the prefix')
  let x = 0n
  for (const ch of s) {
    const i = alphabet.indexOf(ch)
    if (i < 0) throw new Error(`'${ch}'`)
    x = x * 58n + BigInt(i)
  }
  let zeros = 0
  while (zeros < s.length && s[zeros] === alphabet[0]) zeros++
  const body = []
  while (x > 0n) {
    body.unshift(Number(x & 0xffn))
    x >>= 8n
  }
  return Uint8Array.from([...new Array(zeros).fill(0), ...body])
}

/** formatClaimCode encodes a 32-byte claim key (Uint8Array) as a claim code. */
export function formatClaimCode(key) {
  if (!(key instanceof Uint8Array) || key.length !== 32) throw new Error('a claim key is 32 bytes')
  return prefix + base58Encode(concatBytes([key, checksum(key)]))
}

/**
 * parseClaimCode decodes a claim code into the claim key as 0x-hex (a private key viem takes). It throws a
 * ClaimCodeError for a wrong prefix, characters outside base58, a wrong length or a checksum mismatch.
 */
export function parseClaimCode(input) {
  const code = String(input ?? '').trim()
  if (code === '') {
    throw new ClaimCodeError('the claim code is empty; paste the code the sender shared (it starts with hb1)')
  }
  if (!code.startsWith(prefix)) {
    throw new ClaimCodeError(`"${short(code)}" is not a claim code: claim codes start with "${prefix}"`)
  }
  let raw
  try {
    raw = base58Decode(code.slice(prefix.length))
  } catch (err) {
    throw new ClaimCodeError(
      `the claim code "${short(code)}" has a character that cannot be in a code (${err.message}); check for typos`,
    )
  }
  if (raw.length !== 36) {
    throw new ClaimCodeError(`the claim code "${short(code)}" has the wrong length; check it was copied whole`)
  }
  const key = raw.slice(0, 32)
  const sum = checksum(key)
  if (sum.some((b, i) => b !== raw[32 + i])) {
    throw new ClaimCodeError(`the claim code "${short(code)}" has a typo (its checksum does not match); copy it again`)
  }
  const d = BigInt(bytesToHex(key))
  if (d === 0n || d >= curveOrder) {
    throw new ClaimCodeError(`the claim code "${short(code)}" does not hold a valid key`)
  }
  return bytesToHex(key)
}
