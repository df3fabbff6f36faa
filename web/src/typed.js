// The escrow's EIP-712 claim types and the auth of a ticket claim, from the contracts package
// (contracts/codes.mjs): no chain access, so node tests import them.
import { ticketAuth as packageTicketAuth } from '../../contracts/codes.mjs'

export { domainOf, eip712Types } from '../../contracts/codes.mjs'

/** ticketAuth is the auth bytes of a ticket claim of packet id by claimer, for the link's chain and escrow. */
export function ticketAuth({ id, link, claimer, code }) {
  return packageTicketAuth({ packetId: id, claimer, chainId: link.chainId, escrow: link.escrow, code })
}
