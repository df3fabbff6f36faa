// Types of codes.mjs (`@hongbao/contracts/codes`): claim codes (hb1), one-time claim tickets (hbt1), the auth of a
// ticket claim. Hand-written; scripts/compile.js copies it to codes.d.cts for `require`.
import type { Hex } from './types.js'

export { domainOf, eip712Types } from './index.mjs'

/** A malformed claim code or ticket; its message is a sentence for the user; code is "BadClaimCode". */
export declare class ClaimCodeError extends Error {
  readonly code: 'BadClaimCode'
}

/** Encodes a 32-byte claim key as a claim code ("hb1…"). */
export declare function formatClaimCode(key: Uint8Array): string
/** Decodes a claim code into the claim key (0x hex private key); throws ClaimCodeError. */
export declare function parseClaimCode(input: string): Hex

/** Whether input looks like a ticket ("hbt1…") rather than a claim code. */
export declare function isTicketCode(input: string): boolean
/** Encodes a ticket: its key (32 bytes), index (0..65535) and Merkle proof. */
export declare function formatTicketCode(key: Uint8Array, index: number, proof: readonly Hex[]): string
/** Decodes a ticket; throws ClaimCodeError. */
export declare function parseTicketCode(input: string): { key: Hex; index: number; proof: Hex[] }

/**
 * The `auth` bytes of a ticket claim of packetId by claimer: abi.encode(uint256 index, bytes32 r, bytes32 vs,
 * bytes32[] proof), the ticket key's compact signature of Claim(packetId, claimer) and the ticket's proof.
 */
export declare function ticketAuth(args: {
  packetId: bigint | number | string
  claimer: Hex
  chainId: number
  escrow: Hex
  code: string
}): Promise<Hex>

/** The most tickets one packet can have (one per share; a packet has at most 10,000 shares). */
export declare const maxTickets: 10000
/** The leaf hash of ticket index with key address: keccak256(keccak256(abi.encode(uint256 index, address))). */
export declare function ticketLeaf(index: number | bigint, address: Hex): Hex
/**
 * The ticket tree of node/merkle (OpenZeppelin StandardMerkleTree, leaves ["uint256", "address"] = [i, addresses[i]]):
 * the packet's root and each ticket's proof.
 */
export declare function ticketTree(addresses: readonly Hex[]): { root: Hex; proofs: Hex[][] }
/** One ticket of a packet: its index, key, key address, Merkle proof and ticket code ("hbt1…"). */
export interface Ticket {
  index: number
  key: Hex
  address: Hex
  proof: Hex[]
  code: string
}
/** The tickets of the given keys (ticket i is keys[i]) and the root the packet commits to. */
export declare function makeTickets(keys: readonly Hex[]): { root: Hex; tickets: Ticket[] }
/** n tickets (1..10,000) with fresh random keys, as makeTickets returns them. */
export declare function newTickets(n: number): { root: Hex; tickets: Ticket[] }
