// Claim links: /claim/<chainId>/<escrow>/<id>#code=<claim code>[&relayer=<url>], or ?relayer=<url> in the
// query. The claim code travels in the fragment, which browsers never send to a server.
import { getAddress, isAddress } from 'viem'
import { UserError } from './errors.js'

/**
 * parseLink reads a claim link from a URL (a URL object or string). It returns null for a URL that is not
 * a claim link (the start page), and throws a UserError for a claim link that is malformed.
 */
export function parseLink(href) {
  const url = new URL(href)
  const parts = url.pathname.split('/').filter(Boolean)
  if (parts[0] !== 'claim') return null
  if (parts.length !== 4) {
    throw new UserError('BadLink', 'this claim link is incomplete: it should look like /claim/<chain id>/<escrow address>/<packet id>')
  }
  const [, chain, escrow, id] = parts
  if (!/^[0-9]{1,20}$/.test(chain) || BigInt(chain) === 0n) {
    throw new UserError('BadLink', `"${chain}" in this claim link is not a chain id`)
  }
  if (!isAddress(escrow, { strict: false })) {
    throw new UserError('BadLink', `"${escrow}" in this claim link is not an escrow address`)
  }
  if (!/^[0-9]{1,78}$/.test(id) || BigInt(id) === 0n) {
    throw new UserError('BadLink', `"${id}" in this claim link is not a packet id`)
  }
  const frag = new URLSearchParams(url.hash.replace(/^#/, ''))
  return {
    chainId: Number(chain),
    escrow: getAddress(escrow),
    packetId: BigInt(id),
    code: frag.get('code') ?? '',
    relayer: url.searchParams.get('relayer') || frag.get('relayer') || '',
  }
}

/** claimPath is the path of a claim link (without the code). */
export function claimPath(chainId, escrow, id) {
  return `/claim/${chainId}/${escrow}/${id}`
}
