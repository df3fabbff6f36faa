// Transactions from the visitor's signer (a wallet, or the browser key when it holds ETH): every write is
// simulated first, so that what the escrow would refuse (a window that just closed, a packet someone else
// closed first) is explained by its decoded error and costs nothing; then sent and waited for.
import { erc20Abi, maxUint256, parseEventLogs, parseSignature, zeroAddress } from 'viem'
import { escrowAbi } from './chain.js'
import { UserError } from './errors.js'

const permitAbi = [
  { type: 'function', name: 'nonces', stateMutability: 'view', inputs: [{ name: 'owner', type: 'address' }], outputs: [{ type: 'uint256' }] },
  { type: 'function', name: 'DOMAIN_SEPARATOR', stateMutability: 'view', inputs: [], outputs: [{ type: 'bytes32' }] },
  { type: 'function', name: 'eip712Domain', stateMutability: 'view', inputs: [], outputs: [
    { name: 'fields', type: 'bytes1' }, { name: 'name', type: 'string' }, { name: 'version', type: 'string' },
    { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' }, { name: 'salt', type: 'bytes32' },
    { name: 'extensions', type: 'uint256[]' }] },
]

/** write simulates and sends one call of the escrow (or of abi/address) and returns the receipt and its events. */
export async function write({ signer, pc, chain, rpcUrl, address, abi = escrowAbi, functionName, args, value }) {
  const wc = await signer.walletClient(chain, rpcUrl)
  const account = wc.account ?? signer.address
  const { request } = await pc.simulateContract({ account, address, abi, functionName, args, value, chain })
  const hash = await wc.writeContract({ ...request, chain })
  const receipt = await pc.waitForTransactionReceipt({ hash })
  if (receipt.status !== 'success') throw new UserError('TxFailed', `the transaction ${hash} failed on chain`)
  const events = parseEventLogs({ abi: escrowAbi, logs: receipt.logs, strict: false })
  return { hash, receipt, events }
}

/** tokenInfo reads an ERC-20's symbol and decimals, and whether it takes EIP-2612 permits. */
export async function tokenInfo(pc, address) {
  if (!address || address === zeroAddress) return { address: zeroAddress, symbol: 'ETH', decimals: 18, permit: false }
  const [symbol, decimals, nonce, dom] = await Promise.all([
    pc.readContract({ address, abi: erc20Abi, functionName: 'symbol' }).catch(() => ''),
    pc.readContract({ address, abi: erc20Abi, functionName: 'decimals' }),
    pc.readContract({ address, abi: permitAbi, functionName: 'nonces', args: [zeroAddress] }).then(() => true, () => false),
    pc.readContract({ address, abi: permitAbi, functionName: 'eip712Domain' }).catch(() => null),
  ])
  return { address, symbol: symbol || address, decimals: Number(decimals), permit: nonce && !!dom, domain: dom }
}

/** balanceOf is what the address holds of the token. */
export function balanceOf(pc, token, owner) {
  if (token.address === zeroAddress) return pc.getBalance({ address: owner })
  return pc.readContract({ address: token.address, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })
}

/**
 * sendPacket sends the packet p ({kind, token, amount, shares, delay, recipient, guardian, auth, claimKey, root}):
 * a claim-key packet carries its claim key's address, a ticket packet the root of its tickets' tree.
 * ERC-20: a permit signature when the token takes one (one transaction), else an approval first (step 1) and
 * the send (step 2); onStep names the step. Returns the packet id and the receipt.
 */
export async function sendPacket({ signer, pc, chain, rpcUrl, escrow, token, p, onStep = () => {} }) {
  const kinds = { direct: 0, equal: 1, lucky: 2, 'sealed-lucky': 3 }
  const auths = { 'claim-key': 0, allowlist: 1, open: 2, tickets: 3 }
  const params = {
    token: token.address, kind: kinds[p.kind], auth: p.kind === 'direct' ? 0 : auths[p.auth ?? 'claim-key'],
    shares: p.shares, delay: p.delay, ttl: p.ttl ?? 24 * 3600, amount: p.amount,
    recipient: p.kind === 'direct' ? p.recipient : p.claimKey ?? zeroAddress, root: p.root ?? '0x' + '0'.repeat(64), guardian: p.guardian,
  }
  const common = { signer, pc, chain, rpcUrl, address: escrow }
  let res
  if (token.address === zeroAddress) {
    onStep('send')
    res = await write({ ...common, functionName: 'send', args: [params], value: p.amount })
  } else if (token.permit) {
    onStep('permit')
    const head = await pc.getBlock({ blockTag: 'latest' })
    const deadline = head.timestamp + 3600n
    const nonce = await pc.readContract({ address: token.address, abi: permitAbi, functionName: 'nonces', args: [signer.address] })
    const [, name, version, chainId, verifyingContract] = token.domain
    const sig = await signer.signTypedData({
      domain: { name, version, chainId: Number(chainId), verifyingContract },
      types: { Permit: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' },
        { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }] },
      primaryType: 'Permit',
      message: { owner: signer.address, spender: escrow, value: p.amount, nonce, deadline },
    })
    const { r, s, v, yParity } = parseSignature(sig)
    onStep('send')
    res = await write({ ...common, functionName: 'sendWithPermit', args: [params, deadline, Number(v ?? 27n + BigInt(yParity)), r, s] })
  } else {
    const allowance = await pc.readContract({ address: token.address, abi: erc20Abi, functionName: 'allowance', args: [signer.address, escrow] })
    if (allowance < p.amount) {
      onStep('approve')
      await write({ ...common, address: token.address, abi: erc20Abi, functionName: 'approve', args: [escrow, p.amount] })
    }
    onStep('send')
    res = await write({ ...common, functionName: 'send', args: [params] })
  }
  const sent = res.events.find((e) => e.eventName === 'PacketSent')
  if (!sent) throw new UserError('TxFailed', `the send ${res.hash} emitted no PacketSent event`)
  return { ...res, id: sent.args.id }
}

/** approveFor lets the escrow pull amount of token (C5 returns of an ERC-20 have no permit variant). */
export async function approveFor({ signer, pc, chain, rpcUrl, escrow, token, amount }) {
  const allowance = await pc.readContract({ address: token, abi: erc20Abi, functionName: 'allowance', args: [signer.address, escrow] })
  if (allowance >= amount) return null
  return write({ signer, pc, chain, rpcUrl, address: token, abi: erc20Abi, functionName: 'approve', args: [escrow, amount] })
}

export { maxUint256 }
