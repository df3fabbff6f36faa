// The escrow's EIP-712 claim types and the auth of a ticket claim: no chain access, so node tests import it.
import { encodeAbiParameters, parseSignature } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { parseTicketCode } from './claimcode.js'

/** The EIP-712 types of node/sig (the escrow's CLAIM_TYPEHASH and CLAIM_FOR_TYPEHASH). */
export const eip712Types = {
  Claim: [
    { name: 'packetId', type: 'uint256' },
    { name: 'claimer', type: 'address' },
  ],
  ClaimFor: [
    { name: 'packetId', type: 'uint256' },
    { name: 'claimer', type: 'address' },
    { name: 'relayer', type: 'address' },
    { name: 'maxFee', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
  ],
}

/** domainOf is the escrow's EIP-712 domain. */
export function domainOf(chainId, escrow) {
  return { name: 'Hongbao', version: '1', chainId, verifyingContract: escrow }
}

/**
 * ticketAuth is the auth of a ticket claim: abi.encode(uint256 index, bytes32 r, bytes32 vs, bytes32[] proof),
 * the ticket key's compact (EIP-2098) signature of Claim(packetId, claimer) and the ticket's Merkle proof.
 */
export async function ticketAuth({ id, link, claimer, code }) {
  const t = parseTicketCode(code)
  const sig = await privateKeyToAccount(t.key).signTypedData({
    domain: domainOf(link.chainId, link.escrow),
    types: eip712Types,
    primaryType: 'Claim',
    message: { packetId: id, claimer },
  })
  const { r, s, yParity } = parseSignature(sig)
  const vs = '0x' + ((BigInt(yParity) << 255n) | BigInt(s)).toString(16).padStart(64, '0')
  return encodeAbiParameters(
    [{ type: 'uint256' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32[]' }],
    [BigInt(t.index), r, vs, t.proof],
  )
}
