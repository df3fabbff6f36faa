// Types of codes.mjs: claim codes (hb1), one-time claim tickets (hbt1) and the escrow's EIP-712 claim types.
import type { Hex } from 'viem'

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

/** The EIP-712 types a claim key or ticket key (Claim) and a claimer (ClaimFor) sign. */
export declare const eip712Types: {
  readonly Claim: readonly [{ name: 'packetId'; type: 'uint256' }, { name: 'claimer'; type: 'address' }]
  readonly ClaimFor: readonly [
    { name: 'packetId'; type: 'uint256' },
    { name: 'claimer'; type: 'address' },
    { name: 'relayer'; type: 'address' },
    { name: 'maxFee'; type: 'uint256' },
    { name: 'deadline'; type: 'uint256' },
  ]
}
/** The escrow's EIP-712 domain (name "Hongbao", version "1"). */
export declare function domainOf(chainId: number, escrow: Hex): {
  name: 'Hongbao'
  version: '1'
  chainId: number
  verifyingContract: Hex
}
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
