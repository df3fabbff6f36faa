// The browser tests' harness: builds and starts web/e2e/server (dev chain + relayer + index API + page on one
// origin), launches headless Chromium, and gives the tests phone-sized pages, screenshots and the test wallet.
// The server's log goes to <out>/server.log; the console gets only the tests' results.
import { after, before } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, execFileSync } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { createPublicClient, defineChain, http } from 'viem'
import { installWallets } from './wallet.mjs'

const here = dirname(fileURLToPath(import.meta.url))
export const webDir = resolve(here, '..')
const repo = resolve(webDir, '..')
export const outDir = resolve(process.env.HONGBAO_E2E_OUT || join(here, 'out'))
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium'
// The flags this machine needs (no sandbox as root, no background connections to the closed network).
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync']

/**
 * middayZone names a fixed-offset zone in which now is between 11:00 and 13:00 (testnet/e2e does the same): the
 * page sends its local time to the risk check, whose night-send warning (rules §7) fires for large sends
 * between 00:00 and 05:00; the tests are about the page, so they run at midday whenever they run.
 */
export function middayZone(now = new Date()) {
  const offset = 12 - now.getUTCHours() // -11..+12
  if (offset === 0) return 'Etc/GMT'
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}` // POSIX sign: Etc/GMT-5 is UTC+5
}

export const mobile = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US',
  timezoneId: middayZone() }

/** H holds what the tests share once before() ran: ready (the server's line), pc (a public client), browser. */
export const H = { ready: null, pc: null, browser: null }
let server
let serverLog

async function startServer() {
  let bin = process.env.HONGBAO_E2E_SERVER
  if (!bin) {
    bin = join(mkdtempSync(join(tmpdir(), 'hongbao-e2e-bin-')), 'server')
    execFileSync('go', ['build', '-o', bin, './web/e2e/server'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  serverLog = createWriteStream(join(outDir, 'server.log'))
  server = spawn(bin, ['-log-level', process.env.HONGBAO_E2E_LOG_LEVEL || 'info'], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] })
  server.stderr.pipe(serverLog)
  const lines = createInterface({ input: server.stdout })
  return new Promise((ok, fail) => {
    server.on('exit', (code) => fail(new Error(`the e2e server exited (${code}); see ${join(outDir, 'server.log')}`)))
    lines.once('line', (l) => ok(JSON.parse(l)))
  })
}

before(async () => {
  assert.ok(existsSync(join(webDir, 'dist', 'index.html')), 'web/dist is not built: run `npm ci && npx vite build` in web/')
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: apt-get install -y chromium`)
  mkdirSync(outDir, { recursive: true })
  H.ready = await startServer()
  const { ready } = H
  const chain = defineChain({ id: ready.chainId, name: 'devnet', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [ready.rpcUrl] } } })
  H.pc = createPublicClient({ chain, transport: http(ready.rpcUrl), pollingInterval: 200 })
  H.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
})

after(async () => {
  await H.browser?.close()
  if (server && server.exitCode === null) {
    const exited = new Promise((ok) => server.once('exit', ok))
    server.stdin.end()
    await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))])
    if (server.exitCode === null) server.kill('SIGTERM')
  }
  serverLog?.end()
})

export const packet = (name) => H.ready.packets.find((p) => p.name === name)

/** shot checks that nothing is wider than the phone's screen and writes a screenshot to outDir. */
export async function shot(page, name) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  assert.ok(width <= mobile.viewport.width, `${name}: the page is ${width} px wide on a ${mobile.viewport.width} px screen`)
  const path = join(outDir, name)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** newPage opens a phone-sized page in a fresh context; init runs before the first navigation. */
export async function newPage(init, options = {}) {
  const context = await H.browser.newContext({ ...mobile, ...options })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e))
  if (init) await init(page)
  return { context, page, errors }
}

/** wallets installs test wallets in page (see wallet.mjs); specs default to one wallet of dev account 3. */
export function wallets(page, specs = [{ key: H.ready.wallet.key }]) {
  return installWallets(page, specs, { rpcUrl: H.ready.rpcUrl, chain: H.pc.chain })
}

/** mockWallet is one test wallet holding key (the claim tests' wallet). */
export async function mockWallet(page, key = H.ready.wallet.key) {
  const [w] = await wallets(page, [{ key }])
  return w
}
