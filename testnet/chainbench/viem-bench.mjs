// Drives several chains through one viem client setup, in one run, and prints JSON figures per chain.
//
//   node viem-bench.mjs '{"chains":[{"name":"devnet","url":"http://127.0.0.1:1234"},...],"seq":200,"pipe":200,"rounds":3}'
//
// Per round and chain, alternating chains so that machine load hits both alike:
//   - seq: send-and-wait, one after the other (in chunks of 20 alternating between the chains): walletClient.sendTransaction({to, value}) (viem fills nonce, gas
//     and fees, as a dapp does) then publicClient.waitForTransactionReceipt({hash});
//   - pipe: N sends of ETH transfers fired at once with explicit nonces, gas and fees (nothing to fill), then the
//     receipt of the last one (one sender: nonces are mined in order) and a check that all N landed. viem signs
//     each as it sends it (and asks eth_chainId for each), in JavaScript: that is much of the time;
//   - raw: the same N transfers signed beforehand (not timed), then N eth_sendRawTransaction at once and the last
//     receipt: the chains' own part of pipelined sending.
// viem comes from web/node_modules (the claim page's pinned version).
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(path.join(here, '..', '..', 'web', 'package.json'))
const viem = require('viem')
const { privateKeyToAccount } = require('viem/accounts')

// The public Anvil/Hardhat dev keys (node/devkeys): account 1 sends sequentially, account 2 pipelines, account 4
// sends pre-signed transactions.
const keys = [
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
]
const to = '0x90F79bf6EB2c4f870365E785982E1f101E93b906' // dev account 3

const opts = JSON.parse(process.argv[2])
// A short polling interval: a receipt that is not there at the first look costs one interval, on both chains.
const pollingInterval = opts.pollingInterval ?? 10
// A receipt not there within a minute is a transaction the chain lost or left in its pool: fail, and say where.
const timeout = 60_000

function clients(url) {
  const chain = viem.defineChain({
    id: 31337, name: 'dev', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [url] } },
  })
  const transport = viem.http(url)
  const pub = viem.createPublicClient({ chain, transport, pollingInterval })
  const wallets = keys.map((k) => viem.createWalletClient({ chain, transport, account: privateKeyToAccount(k), pollingInterval }))
  return { pub, wallets }
}

// seq sends n transactions one after the other and returns the seconds it took.
async function seq({ pub, wallets }, n) {
  const w = wallets[0]
  const t0 = performance.now()
  for (let i = 0; i < n; i++) {
    const hash = await w.sendTransaction({ to, value: 1n })
    const r = await pub.waitForTransactionReceipt({ hash, pollingInterval, timeout })
    if (r.status !== 'success') throw new Error(`seq tx ${hash} ${r.status}`)
  }
  return (performance.now() - t0) / 1000
}

// seqRound runs n sequential transactions on every chain, in chunks that alternate between the chains, so
// that a change in the machine's load hits all of them alike; it returns each chain's rate.
async function seqRound(chains, n) {
  const chunk = 20
  const secs = chains.map(() => 0)
  for (let done = 0; done < n; done += chunk) {
    for (const [i, ch] of chains.entries()) secs[i] += await named(ch, 'seq', () => seq(ch.c, Math.min(chunk, n - done)))
  }
  return secs.map((s) => n / s)
}

async function pipe({ pub, wallets }, n) {
  const w = wallets[1]
  const from = w.account.address
  const t0 = performance.now()
  const nonce = await pub.getTransactionCount({ address: from, blockTag: 'pending' })
  const fees = await pub.estimateFeesPerGas()
  const sends = []
  for (let i = 0; i < n; i++) {
    sends.push(w.sendTransaction({
      to, value: 1n, nonce: nonce + i, gas: 21000n,
      maxFeePerGas: fees.maxFeePerGas * 2n, maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    }))
  }
  const hashes = await Promise.all(sends)
  const r = await pub.waitForTransactionReceipt({ hash: hashes[n - 1], pollingInterval, timeout })
  const elapsed = (performance.now() - t0) / 1000
  if (r.status !== 'success') throw new Error(`pipe tx ${hashes[n - 1]} ${r.status}`)
  const after = await pub.getTransactionCount({ address: from, blockTag: 'latest' })
  if (after !== nonce + n) throw new Error(`pipe: nonce ${after} after ${n} sends from ${nonce}`)
  return n / elapsed
}

async function raw({ pub, wallets }, n) {
  const w = wallets[2]
  const from = w.account.address
  const nonce = await pub.getTransactionCount({ address: from, blockTag: 'pending' })
  const fees = await pub.estimateFeesPerGas()
  const signed = []
  for (let i = 0; i < n; i++) {
    signed.push(await w.account.signTransaction({
      chainId: 31337, type: 'eip1559', to, value: 1n, nonce: nonce + i, gas: 21000n,
      maxFeePerGas: fees.maxFeePerGas * 2n, maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    }))
  }
  const t0 = performance.now()
  const hashes = await Promise.all(signed.map((serializedTransaction) => w.sendRawTransaction({ serializedTransaction })))
  const r = await pub.waitForTransactionReceipt({ hash: hashes[n - 1], pollingInterval, timeout })
  const elapsed = (performance.now() - t0) / 1000
  if (r.status !== 'success') throw new Error(`raw tx ${hashes[n - 1]} ${r.status}`)
  const after = await pub.getTransactionCount({ address: from, blockTag: 'latest' })
  if (after !== nonce + n) throw new Error(`raw: nonce ${after} after ${n} sends from ${nonce}`)
  return n / elapsed
}

// named runs fn and, when it fails, says on which chain and what its nonces were (a transaction left in the pool
// shows as a pending nonce above the latest).
async function named(ch, what, fn) {
  try {
    return await fn()
  } catch (err) {
    const nonces = []
    for (const w of ch.c.wallets) {
      const address = w.account.address
      const [latest, pending] = await Promise.all(['latest', 'pending'].map((blockTag) =>
        ch.c.pub.getTransactionCount({ address, blockTag }).catch(() => '?')))
      nonces.push(`${address} latest ${latest} pending ${pending}`)
    }
    throw new Error(`${ch.name} ${what}: ${err.shortMessage ?? err.message}\n  ${nonces.join('\n  ')}`)
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }

const chains = opts.chains.map((c) => ({ ...c, c: clients(c.url), seq: [], pipe: [], raw: [] }))
for (const ch of chains) { // warm-up: connections, JIT, caches
  await named(ch, 'warm-up', async () => { await seq(ch.c, 10); await pipe(ch.c, 20); await raw(ch.c, 20) })
}
for (let round = 0; round < opts.rounds; round++) {
  const rates = await seqRound(chains, opts.seq)
  for (const [i, ch] of chains.entries()) ch.seq.push(rates[i])
  for (const ch of chains) ch.pipe.push(await named(ch, 'pipe', () => pipe(ch.c, opts.pipe)))
  for (const ch of chains) ch.raw.push(await named(ch, 'raw', () => raw(ch.c, opts.pipe)))
}
const out = {}
for (const ch of chains) {
  out[ch.name] = {
    seq: ch.seq, pipe: ch.pipe, raw: ch.raw,
    seqMedian: median(ch.seq), pipeMedian: median(ch.pipe), rawMedian: median(ch.raw),
  }
}
console.log(JSON.stringify(out))
