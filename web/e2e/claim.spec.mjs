// Browser test of the claim page, in headless Chromium (Debian's chromium, driven by playwright-core; no
// browser is downloaded). It builds and starts web/e2e/server (dev chain + relayer + page on one origin,
// packets sent by node/client), opens claim links like a visitor, claims, and checks the chain.
//
//	node web/e2e/claim.spec.mjs        (from the repository root, after `npm ci` and `npx vite build` in web/)
//
// Environment: CHROMIUM (default /usr/bin/chromium), HONGBAO_E2E_OUT (default web/e2e/out: screenshots and
// the relayer's log), HONGBAO_E2E_SERVER (a prebuilt server binary; default: go build it).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { createPublicClient, createWalletClient, defineChain, http, parseAbi, parseEther, parseEventLogs, toHex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'

const here = dirname(fileURLToPath(import.meta.url))
const webDir = resolve(here, '..')
const repo = resolve(webDir, '..')
const outDir = resolve(process.env.HONGBAO_E2E_OUT || join(here, 'out'))
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium'
// The flags this machine needs (no sandbox as root, no background connections to the closed network).
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync']
const mobile = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

const escrowAbi = parseAbi([
  'event Claimed(uint256 indexed id, address indexed claimer, uint256 amount)',
  'event RelayFeePaid(uint256 indexed id, address indexed relayer, uint256 fee)',
  'function hasClaimed(uint256 id, address account) view returns (bool)',
  'function claimedAmount(uint256 id, address account) view returns (uint256)',
])

let server // child process
let ready // the server's ready line
let serverLog = [] // the server's stderr: the relayer's request log
let browser
let pc // public client of the dev chain
const screenshots = []

function log(...a) {
  console.log(...a)
}

async function startServer() {
  let bin = process.env.HONGBAO_E2E_SERVER
  if (!bin) {
    bin = join(mkdtempSync(join(tmpdir(), 'hongbao-e2e-bin-')), 'server')
    log(`building the e2e server: go build -o ${bin} ./web/e2e/server`)
    execFileSync('go', ['build', '-o', bin, './web/e2e/server'], { cwd: repo, stdio: 'inherit' })
  }
  server = spawn(bin, [], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] })
  createInterface({ input: server.stderr }).on('line', (l) => serverLog.push(l))
  const lines = createInterface({ input: server.stdout })
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('the e2e server did not start within 120 s:\n' + serverLog.join('\n'))), 120_000)
    server.on('exit', (code) => fail(new Error(`the e2e server exited (${code}):\n${serverLog.join('\n')}`)))
    lines.once('line', (l) => {
      clearTimeout(timer)
      ok(JSON.parse(l))
    })
  })
}

before(async () => {
  assert.ok(existsSync(join(webDir, 'dist', 'index.html')), 'web/dist is not built: run `npm ci && npx vite build` in web/')
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: apt-get install -y chromium`)
  mkdirSync(outDir, { recursive: true })
  ready = await startServer()
  log(`page server ${ready.url}, RPC ${ready.rpcUrl}, escrow ${ready.escrow}, relayer ${ready.relayer}`)
  const chain = defineChain({ id: ready.chainId, name: 'devnet', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [ready.rpcUrl] } } })
  pc = createPublicClient({ chain, transport: http(ready.rpcUrl), pollingInterval: 200 })
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
})

after(async () => {
  await browser?.close()
  if (server && server.exitCode === null) {
    const exited = new Promise((ok) => server.once('exit', ok))
    server.stdin.end()
    await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))])
    if (server.exitCode === null) server.kill('SIGTERM')
  }
  const logFile = join(outDir, 'relayer.log')
  writeFileSync(logFile, serverLog.join('\n') + '\n')
  log(`\nrelayer request log (${serverLog.length} lines, also in ${logFile}):`)
  for (const l of serverLog) log('  ' + l)
  log('\nscreenshots:')
  for (const s of screenshots) log('  ' + s)
})

const packet = (name) => ready.packets.find((p) => p.name === name)

async function shot(page, name) {
  // Mobile width first: nothing may push the page wider than the phone's screen.
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  assert.ok(width <= mobile.viewport.width, `${name}: the page is ${width} px wide on a ${mobile.viewport.width} px screen`)
  const path = join(outDir, name)
  await page.screenshot({ path, fullPage: true })
  screenshots.push(path)
  return path
}

async function newPage(init) {
  const context = await browser.newContext(mobile)
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e))
  if (init) await init(page)
  return { context, page, errors }
}

// claimedEvent reads the Claimed (and RelayFeePaid) events of a claim transaction.
async function claimTx(packetId, claimer) {
  const logs = await pc.getContractEvents({ address: ready.escrow, abi: escrowAbi, eventName: 'Claimed',
    args: { id: BigInt(packetId), claimer }, fromBlock: 0n })
  assert.equal(logs.length, 1, `one Claimed event of packet ${packetId} for ${claimer}`)
  const receipt = await pc.getTransactionReceipt({ hash: logs[0].transactionHash })
  const parsed = parseEventLogs({ abi: escrowAbi, logs: receipt.logs })
  const fee = parsed.find((l) => l.eventName === 'RelayFeePaid')?.args.fee ?? 0n
  return { amount: logs[0].args.amount, fee, receipt }
}

// amountOf parses "0.123 ETH" from the page into wei.
function amountOf(text) {
  const m = /^([0-9.]+) ETH$/.exec(text.trim())
  assert.ok(m, `an ETH amount, not ${JSON.stringify(text)}`)
  return parseEther(m[1])
}

test('a fresh browser key with no ETH claims a lucky packet through the relayer', async () => {
  const lucky = packet('lucky')
  const { page, errors } = await newPage()
  await page.goto(lucky.link)
  await page.getByTestId('packet-kind').waitFor()
  assert.equal(await page.getByTestId('packet-kind').textContent(), 'Lucky packet · 拼手气红包')
  assert.equal(await page.getByTestId('packet-total').textContent(), '1 ETH')
  assert.match(await page.getByTestId('packet-claimed').textContent(), /^0 of 5 claimed · 1 ETH left$/)
  assert.match(await page.getByTestId('packet-time').textContent(), /^23 h 5\d min left to claim$|^1 d left to claim$/)

  const me = (await page.getByTestId('account').textContent()).trim()
  assert.match(me, /^0x[0-9a-fA-F]{40}$/)
  assert.equal(await pc.getBalance({ address: me }), 0n, 'the browser key starts with no ETH')
  const stored = await page.evaluate(() => localStorage.getItem('hongbao.browserKey.v1'))
  assert.equal(privateKeyToAccount(stored).address, me, 'the key is saved in localStorage')
  assert.equal(await page.getByTestId('claim-direct').count(), 0, 'no direct claim offered to a key without ETH')

  await page.getByTestId('claim-relay').click()
  await page.getByTestId('received').waitFor({ timeout: 60_000 })
  const received = amountOf(await page.getByTestId('received').textContent())
  assert.equal((await page.getByTestId('received-by').textContent()).trim(), me)

  // On chain: the share went to the browser key, less the relayer's fee, sent by the relayer.
  const { amount, fee, receipt } = await claimTx(lucky.id, me)
  assert.equal(fee, BigInt(ready.minFee), 'the relayer took its minimum fee')
  assert.equal(received, amount - fee, 'the page shows what the claimer received')
  assert.equal(await pc.getBalance({ address: me }), amount - fee, 'the browser key holds exactly that')
  assert.equal(receipt.from.toLowerCase(), ready.relayer.toLowerCase(), 'the relayer sent (and paid for) the transaction')
  assert.equal(await pc.readContract({ address: ready.escrow, abi: escrowAbi, functionName: 'hasClaimed', args: [BigInt(lucky.id), me] }), true)
  await page.getByTestId('packet-claimed').filter({ hasText: '1 of 5 claimed' }).waitFor()
  log(`claimed ${received} wei (share ${amount}, fee ${fee}) to ${me}; screenshot ${await shot(page, 'claim.png')}`)

  // The key stays: a reload finds the claim again, and the key can be exported.
  await page.reload()
  await page.getByTestId('received').waitFor()
  assert.equal(amountOf(await page.getByTestId('received').textContent()), amount)
  assert.equal((await page.getByTestId('account').textContent()).trim(), me)
  await page.getByTestId('export-key').click()
  assert.equal((await page.getByTestId('private-key').inputValue()).trim(), stored)
  assert.deepEqual(errors, [])
})

test('a wrong claim code is explained before anything is signed', async () => {
  const lucky = packet('lucky')
  const other = packet('equal')
  const base = lucky.link.split('#')[0]
  const typo = lucky.code.slice(0, -3) + (lucky.code.endsWith('2') ? '3' : '2') + lucky.code.slice(-2)
  const cases = [
    { code: other.code, want: `this claim code is not the code of packet ${lucky.id}` },
    { code: typo, want: 'has a typo (its checksum does not match)' },
    { code: lucky.code.replace(/^hb1/, 'hb2'), want: 'is not a claim code: claim codes start with "hb1"' },
    { code: lucky.code.slice(0, 20), want: 'has the wrong length' },
  ]
  const { page, errors } = await newPage()
  for (const c of cases) {
    await page.goto('about:blank')
    await page.goto(`${base}#code=${c.code}`)
    await page.getByTestId('packet-kind').waitFor()
    const hint = page.getByTestId('code-problem')
    await hint.waitFor()
    assert.ok((await hint.textContent()).includes(c.want), `${c.code}: ${await hint.textContent()}`)
    assert.equal(await page.getByTestId('claim-relay').isDisabled(), true)
  }
  // Typing the right code enables the claim.
  await page.locator('#code').fill(lucky.code)
  assert.equal(await page.getByTestId('code-problem').isHidden(), true)
  assert.equal(await page.getByTestId('claim-relay').isEnabled(), true)
  await shot(page, 'wrong-code.png')
  assert.deepEqual(errors, [])
})

// mockWallet installs an EIP-1193 provider in the page that signs with the dev account the server named and
// forwards everything else to the dev chain. It records the methods the page called.
async function mockWallet(page, key = ready.wallet.key) {
  const account = privateKeyToAccount(key)
  const wc = createWalletClient({ account, chain: pc.chain, transport: http(ready.rpcUrl) })
  const calls = []
  await page.exposeFunction('__hongbaoWallet', async (json) => {
    const { method, params = [] } = JSON.parse(json)
    calls.push(method)
    try {
      switch (method) {
        case 'eth_requestAccounts':
        case 'eth_accounts':
          return JSON.stringify({ result: [account.address] })
        case 'eth_chainId':
          return JSON.stringify({ result: toHex(ready.chainId) })
        case 'eth_signTypedData_v4': {
          const td = JSON.parse(params[1])
          const { EIP712Domain, ...types } = td.types
          const fields = Object.fromEntries(types[td.primaryType].map((f) => [f.name, f.type]))
          const message = Object.fromEntries(Object.entries(td.message).map(([k, v]) => [k, /int/.test(fields[k]) ? BigInt(v) : v]))
          const sig = await account.signTypedData({ domain: { ...td.domain, chainId: Number(td.domain.chainId) }, types, primaryType: td.primaryType, message })
          return JSON.stringify({ result: sig })
        }
        case 'eth_sendTransaction': {
          const [tx] = params
          const hash = await wc.sendTransaction({ to: tx.to, data: tx.data, value: tx.value ? BigInt(tx.value) : 0n, gas: tx.gas ? BigInt(tx.gas) : undefined })
          return JSON.stringify({ result: hash })
        }
        default: {
          const res = await fetch(ready.rpcUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
          const body = await res.json()
          return JSON.stringify(body.error ? { error: body.error } : { result: body.result })
        }
      }
    } catch (e) {
      return JSON.stringify({ error: { code: -32603, message: e.shortMessage || e.message } })
    }
  })
  await page.addInitScript(() => {
    window.ethereum = {
      async request({ method, params }) {
        const out = JSON.parse(await window.__hongbaoWallet(JSON.stringify({ method, params })))
        if (out.error) throw Object.assign(new Error(out.error.message), { code: out.error.code, data: out.error.data })
        return out.result
      },
      on() {},
      removeListener() {},
    }
  })
  return { address: account.address, calls }
}

test('an injected wallet claims directly and pays the gas', async () => {
  const equal = packet('equal')
  let wallet
  const { page, errors } = await newPage(async (p) => { wallet = await mockWallet(p) })
  await page.goto(equal.link)
  await page.getByTestId('connect-wallet').click()
  await page.getByTestId('account').filter({ hasText: wallet.address }).waitFor()
  const before = await pc.getBalance({ address: wallet.address })
  await page.getByTestId('claim-direct').click()
  await page.getByTestId('received').waitFor({ timeout: 60_000 })
  assert.equal(await page.getByTestId('received').textContent(), '0.1 ETH', 'an equal share of 0.3 ETH in 3')
  const { amount, fee, receipt } = await claimTx(equal.id, wallet.address)
  assert.equal(amount, parseEther('0.1'))
  assert.equal(fee, 0n)
  assert.equal(receipt.from.toLowerCase(), wallet.address.toLowerCase())
  const gas = receipt.gasUsed * receipt.effectiveGasPrice
  assert.equal(await pc.getBalance({ address: wallet.address }), before + amount - gas)
  assert.ok(wallet.calls.includes('eth_sendTransaction'), wallet.calls.join(','))
  await shot(page, 'wallet-direct.png')
  assert.deepEqual(errors, [])
})

test('an injected wallet signs ClaimFor (eth_signTypedData_v4) for a relayed claim', async () => {
  const lucky = packet('lucky')
  let wallet
  const { page, errors } = await newPage(async (p) => { wallet = await mockWallet(p) })
  await page.goto(lucky.link)
  await page.getByTestId('connect-wallet').click()
  await page.getByTestId('account').filter({ hasText: wallet.address }).waitFor()
  const before = await pc.getBalance({ address: wallet.address })
  await page.getByTestId('claim-relay').click()
  await page.getByTestId('received').waitFor({ timeout: 60_000 })
  const received = amountOf(await page.getByTestId('received').textContent())
  const { amount, fee } = await claimTx(lucky.id, wallet.address)
  assert.equal(received, amount - fee)
  assert.equal(await pc.getBalance({ address: wallet.address }), before + received, 'the wallet paid no gas')
  assert.ok(wallet.calls.includes('eth_signTypedData_v4'), wallet.calls.join(','))
  assert.ok(!wallet.calls.includes('eth_sendTransaction'))
  assert.deepEqual(errors, [])
})

test('without a relayer the page reads the chain, and a wallet claims directly', async () => {
  const lucky = packet('lucky')
  const [path, code] = lucky.link.split('#')
  // A relayer that cannot be reached: the page falls back to the RPC endpoint of /config.json.
  const link = `${path}?relayer=http://127.0.0.1:9#${code}`
  const fresh = await newPage()
  await fresh.page.goto(link)
  await fresh.page.getByTestId('packet-kind').waitFor()
  assert.equal(await fresh.page.getByTestId('packet-kind').textContent(), 'Lucky packet · 拼手气红包')
  assert.equal(await fresh.page.getByTestId('packet-total').textContent(), '1 ETH')
  assert.match(await fresh.page.getByTestId('packet-claimed').textContent(), /^2 of 5 claimed · /)
  assert.equal(await fresh.page.getByTestId('claim-relay').isDisabled(), true)
  assert.equal(await fresh.page.getByTestId('claim-direct').count(), 0, 'a browser key without ETH cannot pay the gas')
  assert.match(await fresh.page.locator('.claim').textContent(), /no relayer: the relayer at http:\/\/127\.0\.0\.1:9 cannot be reached/)

  let wallet
  const { page, errors } = await newPage(async (p) => { wallet = await mockWallet(p, ready.wallet2.key) })
  await page.goto(link)
  await page.getByTestId('connect-wallet').click()
  await page.getByTestId('account').filter({ hasText: wallet.address }).waitFor()
  await page.getByTestId('claim-direct').click()
  await page.getByTestId('received').waitFor({ timeout: 60_000 })
  const { amount, fee } = await claimTx(lucky.id, wallet.address)
  assert.equal(fee, 0n)
  assert.equal(amountOf(await page.getByTestId('received').textContent()), amount)
  await page.getByTestId('packet-claimed').filter({ hasText: '3 of 5 claimed' }).waitFor()
  await shot(page, 'no-relayer.png')
  assert.deepEqual(fresh.errors, [])
  assert.deepEqual(errors, [])
})

test('an allowlist packet: the relayer serves the proof of a listed address, and refuses others', async () => {
  const list = packet('allowlist')
  const stranger = await newPage()
  await stranger.page.goto(list.link)
  await stranger.page.getByTestId('claim-relay').click()
  await stranger.page.getByTestId('error').waitFor({ timeout: 30_000 })
  const me = (await stranger.page.getByTestId('account').textContent()).trim()
  assert.match(await stranger.page.getByTestId('error').textContent(), new RegExp(`^${me} is not on the allowlist of packet ${list.id}`, 'i'))
  assert.equal(await pc.readContract({ address: ready.escrow, abi: escrowAbi, functionName: 'hasClaimed', args: [BigInt(list.id), me] }), false)
  await shot(stranger.page, 'allowlist-stranger.png')

  let wallet
  const { page, errors } = await newPage(async (p) => { wallet = await mockWallet(p) })
  await page.goto(list.link)
  assert.equal(await page.locator('#code').count(), 0, 'no claim code is asked for')
  await page.getByTestId('connect-wallet').click()
  await page.getByTestId('account').filter({ hasText: wallet.address }).waitFor()
  await page.getByTestId('claim-relay').click()
  await page.getByTestId('received').waitFor({ timeout: 60_000 })
  const want = parseEther('0.1') - BigInt(ready.minFee)
  assert.equal(amountOf(await page.getByTestId('received').textContent()), want)
  const { amount, fee } = await claimTx(list.id, wallet.address)
  assert.equal(amount - fee, want)
  assert.deepEqual(stranger.errors, [])
  assert.deepEqual(errors, [])
})

test('malformed links are explained', async () => {
  const { page, errors } = await newPage()
  await page.goto(`${ready.url}/claim/${ready.chainId}/0x1234/1`)
  assert.equal(await page.getByTestId('error').textContent(), '"0x1234" in this claim link is not an escrow address')
  await page.goto(`${ready.url}/claim/${ready.chainId}/${ready.escrow}/999`)
  await page.getByTestId('error').waitFor()
  assert.match(await page.getByTestId('error').textContent(), /packet 999/)
  await page.goto(`${ready.url}/`)
  assert.equal(await page.locator('h1').textContent(), 'Claim a red packet')
  assert.deepEqual(errors, [])
})

test('contract refusals are shown as sentences (expired packet, relayed and direct)', async () => {
  const exp = packet('expiring')
  const relayed = await newPage()
  let wallet
  const direct = await newPage(async (p) => { wallet = await mockWallet(p) })
  await relayed.page.goto(exp.link)
  await direct.page.goto(exp.link)
  await direct.page.getByTestId('connect-wallet').click()
  await direct.page.getByTestId('account').filter({ hasText: wallet.address }).waitFor()
  await relayed.page.getByTestId('claim-relay').waitFor()
  assert.match(await relayed.page.getByTestId('packet-time').textContent(), /left to claim$/)

  // Both pages were loaded while the packet was open; then its hour runs out.
  await pc.request({ method: 'evm_increaseTime', params: [2 * 3600] })
  await pc.request({ method: 'evm_mine', params: [] })

  await relayed.page.getByTestId('claim-relay').click()
  const e1 = relayed.page.getByTestId('error')
  await e1.waitFor({ timeout: 30_000 })
  assert.match(await e1.textContent(), new RegExp(`^packet ${exp.id} (expired at|has expired)`), await e1.textContent())
  await direct.page.getByTestId('claim-direct').click()
  const e2 = direct.page.getByTestId('error')
  await e2.waitFor({ timeout: 30_000 })
  assert.match(await e2.textContent(), new RegExp(`^packet ${exp.id} expired at .*it can no longer be claimed`))
  assert.equal(await pc.readContract({ address: ready.escrow, abi: escrowAbi, functionName: 'hasClaimed', args: [BigInt(exp.id), wallet.address] }), false)
  await shot(relayed.page, 'expired-relayed.png')
  await shot(direct.page, 'expired-direct.png')
  assert.deepEqual(relayed.errors, [])
  assert.deepEqual(direct.errors, [])
})
