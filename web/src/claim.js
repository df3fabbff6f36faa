// Claiming: the claim's own authorisation (claim-key signature, allowlist proof, nothing), then either a
// relayed claim (the visitor signs EIP-712 ClaimFor and the relayer submits it and pays the gas) or a
// direct call of the escrow's claim(id, auth) from the visitor's wallet.
import { parseEventLogs } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { escrowAbi } from './chain.js'
import { parseClaimCode, parseTicketCode } from './claimcode.js'
import { domainOf, eip712Types, ticketAuth } from './typed.js'
import { UserError, explainRevert } from './errors.js'

export { domainOf, eip712Types }

/** How long a relayed claim's signature stays valid. */
export const relayDeadlineSeconds = 600

const eq = (a, b) => String(a).toLowerCase() === String(b).toLowerCase()

/**
 * claimAuth builds the auth bytes of a claim of packet by claimer: the claim key's signature of
 * Claim(packetId, claimer) for a claim-key packet (code is the claim code), the allowlist proof from the
 * relayer's server, or "0x" for Direct and open packets. It refuses early, with a sentence, what the escrow
 * would refuse: the wrong code, a visitor who is not the Direct recipient.
 */
export async function claimAuth({ packet, link, claimer, code, relayer }) {
  const id = BigInt(packet.id)
  if (packet.kind === 'direct') {
    if (packet.recipient && !eq(packet.recipient, claimer)) {
      throw new UserError('NotRecipient', `only ${packet.recipient} can claim packet ${id}; you are ${claimer}`)
    }
    return '0x'
  }
  if (packet.auth === 'open') return '0x'
  if (packet.auth === 'allowlist') {
    if (!relayer) {
      throw new UserError('NoProof', 'this packet is for an allowlist, and the proofs come from the relayer, which cannot be reached')
    }
    const p = await relayer.proof(id, claimer)
    return p.auth
  }
  if (packet.auth === 'tickets') return ticketAuth({ id, link, claimer, code })
  const key = parseClaimCode(code)
  const claimKey = privateKeyToAccount(key)
  if (packet.claimKey && !eq(packet.claimKey, claimKey.address)) {
    throw new UserError('InvalidClaimSignature', `this claim code is not the code of packet ${id}; check that you copied the code of this packet`)
  }
  return claimKey.signTypedData({
    domain: domainOf(link.chainId, link.escrow),
    types: eip712Types,
    primaryType: 'Claim',
    message: { packetId: id, claimer },
  })
}

/**
 * ticketUsed reads the escrow's ticketUsed(id, index) for the ticket of code (a ticket packet's code) and
 * returns the sentence of the escrow's TicketAlreadyUsed refusal when it is used, else ''. It lets the page
 * refuse a used ticket before anything is signed; the escrow still decides at the claim (another claim may
 * use the ticket first). A ticket whose index is beyond the packet's shares is left to the escrow, which
 * refuses it as not of this packet (the view reads such an index as used).
 */
export async function ticketUsed({ publicClient, escrow, packet, code }) {
  const id = BigInt(packet.id)
  const { index } = parseTicketCode(code)
  if (packet.shares !== undefined && index >= Number(packet.shares)) return ''
  const used = await publicClient.readContract({ address: escrow, abi: escrowAbi, functionName: 'ticketUsed', args: [id, BigInt(index)] })
  return used ? explainRevert('TicketAlreadyUsed', [id, BigInt(index)]) : ''
}

/**
 * claimViaRelayer signs ClaimFor(packetId, claimer, relayer, maxFee, deadline) with the visitor's signer and
 * has the relayer submit it. maxFee is the relayer's minimum for the packet's token. It returns the
 * relayer's answer (txHash, amount, fee, claimerReceived, owed, …).
 */
export async function claimViaRelayer({ signer, relayer, info, packet, link, auth }) {
  const id = BigInt(packet.id)
  const minFee = packet.relay?.minFee ?? info.fees?.find((f) => eq(f.token, packet.token))?.minFee ?? info.otherTokensMinFee
  if (minFee === null || minFee === undefined) {
    throw new UserError('TokenNotRelayed', packet.relay?.reason || `this relayer does not relay packets of ${packet.symbol}`)
  }
  const maxFee = BigInt(minFee)
  // The deadline is on the chain's clock (a dev chain may run ahead of the wall clock).
  const deadline = BigInt(packet.now) + BigInt(relayDeadlineSeconds)
  const signature = await signer.signTypedData({
    domain: domainOf(link.chainId, link.escrow),
    types: eip712Types,
    primaryType: 'ClaimFor',
    message: { packetId: id, claimer: signer.address, relayer: info.relayer, maxFee, deadline },
  })
  return relayer.claim({ packetId: id, claimer: signer.address, maxFee, deadline, auth, signature })
}

/**
 * claimDirect calls the escrow's claim(id, auth) from the visitor's own account (which pays the gas): it
 * simulates first, so that a claim the escrow would refuse is explained and costs nothing, then sends and
 * waits for the receipt. It returns what the Claimed event says.
 */
export async function claimDirect({ signer, publicClient, chain, rpcUrl, link, packet, auth }) {
  const id = BigInt(packet.id)
  const wc = await signer.walletClient(chain, rpcUrl)
  const { request } = await publicClient.simulateContract({
    account: wc.account ?? signer.address,
    address: link.escrow,
    abi: escrowAbi,
    functionName: 'claim',
    args: [id, auth],
    chain,
  })
  const hash = await wc.writeContract({ ...request, chain })
  const receipt = await publicClient.waitForTransactionReceipt({ hash })
  if (receipt.status !== 'success') {
    throw new UserError('TxFailed', `the claim transaction ${hash} failed on chain`)
  }
  const logs = parseEventLogs({ abi: escrowAbi, logs: receipt.logs, eventName: ['Claimed', 'OwedCredited', 'SharePending'] })
  // A sealed claim takes an index and pays nothing yet (it may draw earlier shares of others on the way).
  const taken = logs.find((l) => l.eventName === 'SharePending' && eq(l.args.claimer, signer.address) && l.args.id === id)
  const claimed = logs.find((l) => l.eventName === 'Claimed' && eq(l.args.claimer, signer.address) && l.args.id === id)
  const owed = logs.find((l) => l.eventName === 'OwedCredited' && eq(l.args.account, signer.address))
  const amount = claimed ? claimed.args.amount : 0n
  return {
    txHash: hash,
    block: Number(receipt.blockNumber),
    packetId: String(id),
    claimer: signer.address,
    token: packet.token,
    symbol: packet.symbol,
    decimals: packet.decimals,
    amount: String(amount),
    fee: '0',
    claimerReceived: String(amount),
    owed: String(owed ? owed.args.amount : 0n),
    direct: true,
    ...(taken ? { sealed: true, pending: true, index: Number(taken.args.index), readyAt: Number(receipt.blockNumber) + 2 } : {}),
  }
}

/** pushReserve is node/client's PushReserve: the gas kept for each capped payout to a third party. */
export const pushReserve = 150_000n + 150_000n / 63n + 40_000n + 15_000n

/**
 * settle draws the ready shares of a sealed packet (settle(id)) from the visitor's account, simulated first.
 * before is how many shares wait ahead of the visitor's: each draw may push to its claimer and a relayer, so
 * the transaction keeps gas for those payouts (the escrow draws fewer rather than fail when it is short).
 * It returns the receipt.
 */
export async function settle({ signer, publicClient, chain, rpcUrl, escrow, id, before = 0 }) {
  const wc = await signer.walletClient(chain, rpcUrl)
  const account = wc.account ?? signer.address
  // Against the pending block, where the settle goes: at "latest" the block after the claim would still be
  // the one whose hash is not known yet.
  const { request } = await publicClient.simulateContract({ account, address: escrow, abi: escrowAbi, functionName: 'settle', args: [BigInt(id)], chain, blockTag: 'pending' })
  const estimate = await publicClient.estimateContractGas({ account, address: escrow, abi: escrowAbi, functionName: 'settle', args: [BigInt(id)], blockTag: 'pending' })
  const pushes = BigInt(Math.min(2 * (before + 1), 8))
  const hash = await wc.writeContract({ ...request, gas: estimate + pushes * pushReserve, chain })
  const receipt = await publicClient.waitForTransactionReceipt({ hash })
  if (receipt.status !== 'success') throw new UserError('TxFailed', `the draw transaction ${hash} failed on chain`)
  return receipt
}
