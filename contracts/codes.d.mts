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
