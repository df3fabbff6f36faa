// Claim codes (hb1), one-time claim tickets (hbt1) with their Merkle tree, and the auth of a ticket claim, for dApps,
// the claim page and the send page:
// `@hongbao/contracts/codes`. The Go code (node/client) is the reference; docs/integration.md has the formats and
// test vectors. Needs viem (a peer dependency); the package's main entry does not.
//
// Hand-written ESM; scripts/compile.js makes codes.cjs from it, so keep to the forms it converts: one-line
// `import {…} from '…'`, `export function|async function|class|const NAME`, `export {…}`.
//
// A claim code is "hb1" followed by the base58 (Bitcoin alphabet) encoding of the 32-byte claim key and a 4-byte
// checksum, the first 4 bytes of keccak256("hongbao claim code" || key).
import { bytesToHex, concatBytes, encodeAbiParameters, hexToBytes, keccak256, parseSignature, stringToBytes } from 'viem'
import { generatePrivateKey, privateKeyToAccount, privateKeyToAddress } from 'viem/accounts'
import { domainOf, eip712Types } from './index.mjs'

// The EIP-712 domain and types, also exported here: the claim page (web/src/typed.js) takes them from this module.
export { domainOf, eip712Types }

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

// Tickets, ported from node/client (the Go code is the reference). A ticket code is "hbt1" followed by the
// base58 encoding of: the ticket key (32 bytes) || its index (2 bytes, big-endian) || its Merkle proof (32
// bytes per step) || a 4-byte checksum, the first 4 bytes of keccak256("hongbao ticket code" || everything
// before it). Each ticket claims one share, once.
const ticketPrefix = 'hbt1'
const ticketChecksumDomain = 'hongbao ticket code'

function ticketChecksum(body) {
  return keccak256(concatBytes([stringToBytes(ticketChecksumDomain), body]), 'bytes').slice(0, 4)
}

/** isTicketCode says whether input looks like a ticket code (by its prefix) rather than a claim code. */
export function isTicketCode(input) {
  return String(input ?? '').trim().startsWith(ticketPrefix)
}

/** formatTicketCode encodes a ticket: key (32-byte Uint8Array), index (number), proof (0x-hex strings). */
export function formatTicketCode(key, index, proof) {
  if (!(key instanceof Uint8Array) || key.length !== 32) throw new Error('a ticket key is 32 bytes')
  if (!Number.isInteger(index) || index < 0 || index > 0xffff) throw new Error('a ticket index is 0..65535')
  const body = concatBytes([key, Uint8Array.from([index >> 8, index & 0xff]), ...proof.map((p) => hexToBytes(p))])
  return ticketPrefix + base58Encode(concatBytes([body, ticketChecksum(body)]))
}

/**
 * parseTicketCode decodes a ticket code into { key (0x-hex private key), index (number), proof (0x-hex
 * strings) }. It throws a ClaimCodeError for a wrong prefix, characters outside base58, a wrong length, a
 * checksum mismatch or an invalid key.
 */
export function parseTicketCode(input) {
  const code = String(input ?? '').trim()
  if (code === '') {
    throw new ClaimCodeError('the ticket code is empty; paste the ticket the sender gave you (it starts with hbt1)')
  }
  if (!code.startsWith(ticketPrefix)) {
    throw new ClaimCodeError(`"${short(code)}" is not a ticket code: ticket codes start with "${ticketPrefix}"`)
  }
  let raw
  try {
    raw = base58Decode(code.slice(ticketPrefix.length))
  } catch (err) {
    throw new ClaimCodeError(
      `the ticket code "${short(code)}" has a character that cannot be in a code (${err.message}); check for typos`,
    )
  }
  if (raw.length < 38 || (raw.length - 38) % 32 !== 0) {
    throw new ClaimCodeError(`the ticket code "${short(code)}" has the wrong length; check it was copied whole`)
  }
  const body = raw.slice(0, raw.length - 4)
  const sum = ticketChecksum(body)
  if (sum.some((b, i) => b !== raw[body.length + i])) {
    throw new ClaimCodeError(`the ticket code "${short(code)}" has a typo (its checksum does not match); copy it again`)
  }
  const key = body.slice(0, 32)
  const d = BigInt(bytesToHex(key))
  if (d === 0n || d >= curveOrder) {
    throw new ClaimCodeError(`the ticket code "${short(code)}" does not hold a valid key`)
  }
  const proof = []
  for (let i = 34; i < body.length; i += 32) proof.push(bytesToHex(body.slice(i, i + 32)))
  return { key: bytesToHex(key), index: (body[32] << 8) | body[33], proof }
}

// The ticket tree, ported from node/merkle (TicketTree): OpenZeppelin's StandardMerkleTree with leaf encoding
// ["uint256", "address"] and values [index, ticket address] for index 0..n-1. Leaves are sorted by hash and laid
// out as a complete binary tree in an array (the i-th smallest at position 2n-2-i); an inner node is the hash of
// its two children, smaller first. The escrow checks a proof against the packet's root (OpenZeppelin MerkleProof).

/** maxTickets is the most tickets one packet can have: one per share, and a packet has at most 10,000 shares. */
export const maxTickets = 10000

/** ticketLeaf is the leaf hash of ticket index with key address: keccak256(keccak256(abi.encode(index, address))). */
export function ticketLeaf(index, address) {
  return keccak256(keccak256(encodeAbiParameters([{ type: 'uint256' }, { type: 'address' }], [BigInt(index), address])))
}

// Equal-length lowercase hex compares as the bytes do.
function hashPair(a, b) {
  return a <= b ? keccak256(concatBytes([hexToBytes(a), hexToBytes(b)])) : keccak256(concatBytes([hexToBytes(b), hexToBytes(a)]))
}

/**
 * ticketTree builds the tree of the ticket addresses (ticket i is addresses[i]; 1 to maxTickets of them) and
 * returns { root, proofs }, proofs[i] being ticket i's proof (0x-hex hashes, leaf to root).
 */
export function ticketTree(addresses) {
  const n = addresses.length
  if (n === 0) throw new Error('a ticket packet needs at least one ticket')
  if (n > maxTickets) throw new Error(`${n} tickets, more than the ${maxTickets} shares a packet can have`)
  const leaves = addresses.map((a, i) => ticketLeaf(i, a))
  const order = leaves.map((_, i) => i).sort((x, y) => (leaves[x] < leaves[y] ? -1 : leaves[x] > leaves[y] ? 1 : x - y))
  const nodes = new Array(2 * n - 1)
  const pos = new Array(n)
  order.forEach((i, rank) => {
    pos[i] = nodes.length - 1 - rank
    nodes[pos[i]] = leaves[i]
  })
  for (let i = nodes.length - 1 - n; i >= 0; i--) nodes[i] = hashPair(nodes[2 * i + 1], nodes[2 * i + 2])
  const proofs = pos.map((j) => {
    const proof = []
    for (; j > 0; j = (j - 1) >> 1) proof.push(nodes[j % 2 === 0 ? j - 1 : j + 1])
    return proof
  })
  return { root: nodes[0], proofs }
}

/**
 * makeTickets turns ticket keys (0x-hex private keys; ticket i is keys[i]) into the tickets of one packet:
 * { root (the packet's `root`), tickets: [{ index, key, address, proof, code }] } in index order.
 */
export function makeTickets(keys) {
  const addresses = keys.map((k) => privateKeyToAddress(k))
  const { root, proofs } = ticketTree(addresses)
  const tickets = keys.map((key, index) => ({
    index, key, address: addresses[index], proof: proofs[index], code: formatTicketCode(hexToBytes(key), index, proofs[index]),
  }))
  return { root, tickets }
}

/** newTickets makes n tickets with fresh random keys (crypto.getRandomValues), as makeTickets returns them. */
export function newTickets(n) {
  if (!Number.isInteger(n) || n < 1 || n > maxTickets) throw new Error(`a ticket packet has 1 to ${maxTickets} tickets, not ${n}`)
  return makeTickets(Array.from({ length: n }, () => generatePrivateKey()))
}

/**
 * ticketAuth is the auth of a ticket claim: abi.encode(uint256 index, bytes32 r, bytes32 vs, bytes32[] proof),
 * the ticket key's compact (EIP-2098) signature of Claim(packetId, claimer) and the ticket's Merkle proof.
 */
export async function ticketAuth({ packetId, claimer, chainId, escrow, code }) {
  const t = parseTicketCode(code)
  const sig = await privateKeyToAccount(t.key).signTypedData({
    domain: domainOf(chainId, escrow),
    types: eip712Types,
    primaryType: 'Claim',
    message: { packetId: BigInt(packetId), claimer },
  })
  const { r, s, yParity } = parseSignature(sig)
  const vs = '0x' + ((BigInt(yParity) << 255n) | BigInt(s)).toString(16).padStart(64, '0')
  return encodeAbiParameters(
    [{ type: 'uint256' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32[]' }],
    [BigInt(t.index), r, vs, t.proof],
  )
}
