// Reading a packet straight from the chain with viem, for when no relayer answers. The answer has the
// shape of the relayer's GET /v1/packets/{id}, so that the page renders either the same way.
import { createPublicClient, custom, defineChain, erc20Abi, http, zeroAddress } from 'viem'
import { escrowAbi } from 'virtual:hongbao-abi'
import { UserError } from './errors.js'

export { escrowAbi }

const statusNames = ['none', 'cool-off', 'open', 'expired', 'closed']
const kindNames = ['direct', 'equal', 'lucky', 'sealed-lucky']
const authNames = ['claim-key', 'allowlist', 'open', 'tickets']

/** chainOf describes the link's chain to viem and to wallets (rpcUrl may be empty). */
export function chainOf(chainId, rpcUrl) {
  return defineChain({
    id: chainId,
    name: chainId === 31337 || chainId === 1337 ? 'hongbao devnet' : `chain ${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: rpcUrl ? [rpcUrl] : [] } },
  })
}

/** publicClientOf reads over rpcUrl, or else through the injected wallet, or returns null. */
export function publicClientOf(chain, rpcUrl, provider) {
  if (rpcUrl) return createPublicClient({ chain, pollingInterval: 1000, transport: http(rpcUrl, { retryCount: 1, timeout: 20_000 }) })
  if (provider) return createPublicClient({ chain, pollingInterval: 1000, transport: custom(provider) })
  return null
}

async function tokenInfo(pc, token) {
  if (token === zeroAddress) return { symbol: 'ETH', decimals: 18 }
  const [symbol, decimals] = await Promise.all([
    pc.readContract({ address: token, abi: erc20Abi, functionName: 'symbol' }).catch(() => ''),
    pc.readContract({ address: token, abi: erc20Abi, functionName: 'decimals' }).catch(() => 18),
  ])
  return { symbol, decimals: Number(decimals) }
}

/** readPacket reads packet id of the escrow at the head block; claimer (optional) adds what it claimed. */
export async function readPacket(pc, escrow, id, claimer) {
  const v = await pc.readContract({ address: escrow, abi: escrowAbi, functionName: 'getPacket', args: [id] })
  if (Number(v.status) === 0) {
    throw new UserError('PacketNotFound', `there is no packet ${id} on this escrow; check the link`)
  }
  const [token, head, sent, claimed] = await Promise.all([
    tokenInfo(pc, v.token),
    pc.getBlock({ blockTag: 'latest' }),
    pc.getContractEvents({ address: escrow, abi: escrowAbi, eventName: 'PacketSent', args: { id }, fromBlock: 0n }).catch(() => []),
    pc.getContractEvents({ address: escrow, abi: escrowAbi, eventName: 'Claimed', args: { id }, fromBlock: 0n }).catch(() => []),
  ])
  const kind = kindNames[Number(v.kind)] ?? 'unknown'
  const auth = authNames[Number(v.auth)] ?? 'unknown'
  const out = {
    id: String(v.id),
    kind,
    auth,
    status: statusNames[Number(v.status)] ?? 'unknown',
    sender: v.sender,
    token: v.token,
    symbol: token.symbol,
    decimals: token.decimals,
    total: sent[0] ? String(sent[0].args.total) : null,
    remaining: String(v.remaining),
    shares: Number(v.shares),
    claimed: Number(v.claimed),
    minShare: String(v.minShare),
    guardian: v.guardian === zeroAddress ? undefined : v.guardian,
    orgId: Number(v.orgId),
    createdAt: Number(v.createdAt),
    releaseAt: Number(v.releaseAt),
    expiresAt: Number(v.expiresAt),
    undoUntil: Number(v.undoUntil),
    now: Number(head.timestamp),
    claims: claimed.map((l) => ({ claimer: l.args.claimer, amount: String(l.args.amount), txHash: l.transactionHash })),
    takeBack: [],
    relay: { available: false, minFee: null, reason: 'no relayer' },
  }
  if (kind === 'direct') out.recipient = v.recipient
  else if (auth === 'claim-key') out.claimKey = v.recipient
  else if (auth === 'allowlist') out.root = v.root
  if (kind === 'sealed-lucky' && out.status !== 'closed') {
    // The shares claimed but not drawn yet (the first page of them: the page shows "drawing…" for these).
    const [draws] = await pc.readContract({ address: escrow, abi: escrowAbi, functionName: 'pendingDraws', args: [id, 0n, 100n] })
    out.pending = draws.map((d) => ({ index: Number(d.index), claimer: d.claimer, block: Number(d.blockNumber), readyAt: Number(d.blockNumber) + 2 }))
  }
  if (claimer) {
    const amount = await pc.readContract({ address: escrow, abi: escrowAbi, functionName: 'claimedAmount', args: [id, claimer] })
    const has = await pc.readContract({ address: escrow, abi: escrowAbi, functionName: 'hasClaimed', args: [id, claimer] })
    out.claimer = { address: claimer, claimed: has, amount: String(amount) }
    const waiting = out.pending?.find((d) => d.claimer.toLowerCase() === claimer.toLowerCase())
    if (waiting) Object.assign(out.claimer, { pending: true, index: waiting.index })
  }
  return out
}
