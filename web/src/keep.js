// The codes a sender made in this browser, kept in its storage (localStorage) so that My packets can show them
// again: a packet's claim code, or a ticket packet's tickets. The page makes them from random keys (the CLI
// derives them from the sender's key instead), so this browser is the only place they are kept.
//
// One entry per packet, keyed by chain id, escrow and packet id: {auth: "claim-key", code} or {auth: "tickets",
// keys} (the ticket keys, 64 hex digits each, concatenated: 10,000 tickets take 640 kB; the tree and the codes
// are rebuilt from them). Before the send, when the packet's id is not known yet, the entry waits under
// "pending" with what the packet commits to (the claim key's address or the tickets' root); the send's receipt
// moves it to the id. An entry left pending (the tab closed while the send was in flight) is matched to its
// packet later by that commitment.
import { makeTickets } from './claimcode.js'

const prefix = 'hongbao.codes.v1'

const base = ({ chainId, escrow }) => `${prefix}:${chainId}:${String(escrow).toLowerCase()}:`

// Every function takes the storage (localStorage, or null where the browser has none) and never throws.

function read(storage, key) {
  if (!storage) return null
  try {
    const v = JSON.parse(storage.getItem(key) ?? 'null')
    return v && (v.auth === 'claim-key' || v.auth === 'tickets') ? v : null
  } catch {
    return null
  }
}

function write(storage, key, record) {
  if (!storage) return false
  try {
    storage.setItem(key, JSON.stringify(record))
    return true
  } catch {
    return false // storage full or refused: the caller tells the sender to save the codes now
  }
}

/** ticketsRecord is the entry of a ticket packet's tickets ({root, tickets} as makeTickets returns them). */
export function ticketsRecord({ root, tickets }) {
  return { auth: 'tickets', commit: root, keys: tickets.map((t) => t.key.slice(2)).join('') }
}

/** claimCodeRecord is the entry of a claim-key packet: its claim code and the claim key's address. */
export function claimCodeRecord(code, claimKeyAddress) {
  return { auth: 'claim-key', commit: claimKeyAddress, code }
}

/** keepPending keeps a record before the send (where: {chainId, escrow}); false when the browser refused it. */
export function keepPending(storage, where, record) {
  return write(storage, `${base(where)}pending:${String(record.commit).toLowerCase()}`, record)
}

/**
 * keepSent keeps the record of packet id (where: {chainId, escrow, id}) and drops its pending entry; false
 * when the browser refused it.
 */
export function keepSent(storage, where, record) {
  const ok = write(storage, base(where) + where.id, record)
  if (ok) storage.removeItem(`${base(where)}pending:${String(record.commit).toLowerCase()}`)
  return ok
}

/** kept is the record of packet id (where: {chainId, escrow, id}), or null. */
export function kept(storage, where) {
  return read(storage, base(where) + where.id)
}

/** pending lists the records still waiting for their packet id on this chain and escrow. */
export function pending(storage, where) {
  const out = []
  if (!storage) return out
  const head = `${base(where)}pending:`
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)
    if (k?.startsWith(head)) {
      const r = read(storage, k)
      if (r) out.push(r)
    }
  }
  return out
}

/**
 * adopt moves the pending record whose commitment is commit (a packet's claim key address or root, read from
 * the chain) to packet id; it returns the record, or null when none matches.
 */
export function adopt(storage, where, commit) {
  const r = pending(storage, where).find((p) => String(p.commit).toLowerCase() === String(commit).toLowerCase())
  if (!r || !keepSent(storage, where, r)) return null
  return r
}

/** codesOf are the codes of a record: [claim code], or the tickets' codes in index order. */
export function codesOf(record) {
  if (record.auth === 'claim-key') return [record.code]
  const keys = record.keys.match(/[0-9a-f]{64}/g) ?? []
  return makeTickets(keys.map((k) => `0x${k}`)).tickets.map((t) => t.code)
}

/** claimLinkOf is the claim link of packet id carrying code (a claim code or a ticket) in its fragment. */
export function claimLinkOf(origin, { chainId, escrow, id }, code) {
  return `${origin}/claim/${chainId}/${escrow}/${id}#code=${encodeURIComponent(code)}`
}

/**
 * ticketsText is the text file of a ticket packet's tickets: a heading and, per ticket, its name (label(i);
 * tickets are numbered from 0, as the escrow numbers them), code and claim link.
 */
export function ticketsText({ heading, label, codes, links }) {
  const lines = [heading, '']
  codes.forEach((c, i) => lines.push(label(i), c, links[i], ''))
  return lines.join('\n')
}
