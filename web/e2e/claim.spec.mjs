// Browser test of the claim page, in headless Chromium (Debian's chromium, driven by playwright-core; no
// browser is downloaded). It builds and starts web/e2e/server (dev chain + relayer + page on one origin,
// packets sent by node/client), opens claim links like a visitor, claims, and checks the chain.
//
//	node web/e2e/claim.spec.mjs        (from the repository root, after `npm ci` and `npx vite build` in web/)
//
// Environment: CHROMIUM (default /usr/bin/chromium), HONGBAO_E2E_OUT (default web/e2e/out: screenshots and
// the server's log), HONGBAO_E2E_SERVER (a prebuilt server binary; default: go build it). The sender's and the
// recipient's screens are tested in app.spec.mjs, and an organisation's packet and the screens' contrast in
// org.spec.mjs, both run from here after the claim tests.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseAbi, parseEther, parseEventLogs } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { H, mockWallet, newPage, packet, shot } from './harness.mjs'

const escrowAbi = parseAbi([
  'event Claimed(uint256 indexed id, address indexed claimer, uint256 amount)',
  'event RelayFeePaid(uint256 indexed id, address indexed relayer, uint256 fee)',
  'function hasClaimed(uint256 id, address account) view returns (bool)',
  'function claimedAmount(uint256 id, address account) view returns (uint256)',
  'event SharePending(uint256 indexed id, address indexed claimer, uint256 index, address relayer, uint256 fee)',
])

// claimedEvent reads the Claimed (and RelayFeePaid) events of a claim transaction.
async function claimTx(packetId, claimer) {
  const logs = await H.pc.getContractEvents({ address: H.ready.escrow, abi: escrowAbi, eventName: 'Claimed',
    args: { id: BigInt(packetId), claimer }, fromBlock: 0n })
  assert.equal(logs.length, 1, `one Claimed event of packet ${packetId} for ${claimer}`)
  const receipt = await H.pc.getTransactionReceipt({ hash: logs[0].transactionHash })
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
  assert.equal(await H.pc.getBalance({ address: me }), 0n, 'the browser key starts with no ETH')
  const stored = await page.evaluate(() => localStorage.getItem('hongbao.browserKey.v1'))
  assert.equal(privateKeyToAccount(stored).address, me, 'the key is saved in localStorage')
  assert.equal(await page.getByTestId('claim-direct').count(), 0, 'no direct claim offered to a key without ETH')

  await page.getByTestId('claim-relay').click()
  await page.getByTestId('received').waitFor({ timeout: 60_000 })
  const received = amountOf(await page.getByTestId('received').textContent())
  assert.equal((await page.getByTestId('received-by').textContent()).trim(), me)

  // On chain: the share went to the browser key, less the relayer's fee, sent by the relayer.
  const { amount, fee, receipt } = await claimTx(lucky.id, me)
  assert.equal(fee, BigInt(H.ready.minFee), 'the relayer took its minimum fee')
  assert.equal(received, amount - fee, 'the page shows what the claimer received')
  assert.equal(await H.pc.getBalance({ address: me }), amount - fee, 'the browser key holds exactly that')
  assert.equal(receipt.from.toLowerCase(), H.ready.relayer.toLowerCase(), 'the relayer sent (and paid for) the transaction')
  assert.equal(await H.pc.readContract({ address: H.ready.escrow, abi: escrowAbi, functionName: 'hasClaimed', args: [BigInt(lucky.id), me] }), true)
  await page.getByTestId('packet-claimed').filter({ hasText: '1 of 5 claimed' }).waitFor()
  // The sender's full address (with a copy button), the transaction linked to the explorer, gross and net labelled.
  assert.equal((await page.getByTestId('sender').textContent()).trim(), H.ready.sender)
  assert.equal(await page.getByTestId('copy-sender').count(), 1)
  assert.equal(await page.getByTestId('tx').getAttribute('href'), `${H.ready.explorer}/tx/${receipt.transactionHash}`)
  assert.equal(amountOf(await page.getByTestId('claimed-gross').textContent()), amount)
  assert.equal(amountOf(await page.getByTestId('received-net').textContent()), amount - fee)
  await shot(page, 'claim.png')

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

test('an injected wallet claims directly and pays the gas', async () => {
  const equal = packet('equal')
  let wallet
  const { page, errors } = await newPage(async (p) => { wallet = await mockWallet(p) })
  await page.goto(equal.link)
  await page.getByTestId('connect-wallet').click()
  await page.getByTestId('account').filter({ hasText: wallet.address }).waitFor()
  const before = await H.pc.getBalance({ address: wallet.address })
  await page.getByTestId('claim-direct').click()
  await page.getByTestId('received').waitFor({ timeout: 60_000 })
  assert.equal(await page.getByTestId('received').textContent(), '0.1 ETH', 'an equal share of 0.3 ETH in 3')
  const { amount, fee, receipt } = await claimTx(equal.id, wallet.address)
  assert.equal(amount, parseEther('0.1'))
  assert.equal(fee, 0n)
  assert.equal(receipt.from.toLowerCase(), wallet.address.toLowerCase())
  const gas = receipt.gasUsed * receipt.effectiveGasPrice
  assert.equal(await H.pc.getBalance({ address: wallet.address }), before + amount - gas)
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
  const before = await H.pc.getBalance({ address: wallet.address })
  await page.getByTestId('claim-relay').click()
  await page.getByTestId('received').waitFor({ timeout: 60_000 })
  const received = amountOf(await page.getByTestId('received').textContent())
  const { amount, fee } = await claimTx(lucky.id, wallet.address)
  assert.equal(received, amount - fee)
  assert.equal(await H.pc.getBalance({ address: wallet.address }), before + received, 'the wallet paid no gas')
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
  const { page, errors } = await newPage(async (p) => { wallet = await mockWallet(p, H.ready.wallet2.key) })
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
  assert.equal(await H.pc.readContract({ address: H.ready.escrow, abi: escrowAbi, functionName: 'hasClaimed', args: [BigInt(list.id), me] }), false)
  await shot(stranger.page, 'allowlist-stranger.png')

  let wallet
  const { page, errors } = await newPage(async (p) => { wallet = await mockWallet(p) })
  await page.goto(list.link)
  assert.equal(await page.locator('#code').count(), 0, 'no claim code is asked for')
  await page.getByTestId('connect-wallet').click()
  await page.getByTestId('account').filter({ hasText: wallet.address }).waitFor()
  await page.getByTestId('claim-relay').click()
  await page.getByTestId('received').waitFor({ timeout: 60_000 })
  const want = parseEther('0.1') - BigInt(H.ready.minFee)
  assert.equal(amountOf(await page.getByTestId('received').textContent()), want)
  const { amount, fee } = await claimTx(list.id, wallet.address)
  assert.equal(amount - fee, want)
  assert.deepEqual(stranger.errors, [])
  assert.deepEqual(errors, [])
})

test('malformed links are explained', async () => {
  const { page, errors } = await newPage()
  await page.goto(`${H.ready.url}/claim/${H.ready.chainId}/0x1234/1`)
  assert.equal(await page.getByTestId('error').textContent(), '"0x1234" in this claim link is not an escrow address')
  await page.goto(`${H.ready.url}/claim/${H.ready.chainId}/${H.ready.escrow}/999`)
  await page.getByTestId('error').waitFor()
  assert.match(await page.getByTestId('error').textContent(), /packet 999/)
  await page.goto(`${H.ready.url}/`)
  assert.equal(await page.locator('h1').textContent(), 'Red packets')
  await shot(page, 'home.png')
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
  await H.pc.request({ method: 'evm_increaseTime', params: [2 * 3600] })
  await H.pc.request({ method: 'evm_mine', params: [] })

  await relayed.page.getByTestId('claim-relay').click()
  const e1 = relayed.page.getByTestId('error')
  await e1.waitFor({ timeout: 30_000 })
  assert.match(await e1.textContent(), new RegExp(`^packet ${exp.id} (expired at|has expired)`), await e1.textContent())
  await direct.page.getByTestId('claim-direct').click()
  const e2 = direct.page.getByTestId('error')
  await e2.waitFor({ timeout: 30_000 })
  assert.match(await e2.textContent(), new RegExp(`^packet ${exp.id} expired at .*it can no longer be claimed`))
  assert.equal(await H.pc.readContract({ address: H.ready.escrow, abi: escrowAbi, functionName: 'hasClaimed', args: [BigInt(exp.id), wallet.address] }), false)
  await shot(relayed.page, 'expired-relayed.png')
  await shot(direct.page, 'expired-direct.png')
  assert.deepEqual(relayed.errors, [])
  assert.deepEqual(direct.errors, [])
})

// sawDrawing records in the page the text of the first "drawing…" it showed (window.sawDrawing).
const sawDrawing = (page) => page.addInitScript(() => {
  new MutationObserver(() => {
    const el = document.querySelector('[data-testid=drawing] .big')
    if (el && !window.sawDrawing) window.sawDrawing = el.textContent.trim()
  }).observe(document, { childList: true, subtree: true })
})

// cents parses "12.34 tCNY" from the page into base units; tcny reads a tCNY balance.
function cents(text) {
  const m = /^([0-9]+)\.([0-9]{2}) tCNY$/.exec(text.trim())
  assert.ok(m, `a tCNY amount, not ${JSON.stringify(text)}`)
  return BigInt(m[1] + m[2])
}
const tcny = (who) => H.pc.readContract({ address: H.ready.token, abi: parseAbi(['function balanceOf(address) view returns (uint256)']), functionName: 'balanceOf', args: [who] })

test('a sealed lucky packet: drawing… after the claim, then the amount drawn on chain (relayed, and with a wallet that draws it)', async () => {
  const sealed = packet('sealed')
  const mine = () => H.pc.request({ method: 'evm_mine', params: [] })
  // 1. A browser key with no ETH, through the relayer: the relayer draws the share once the next block is in.
  const key = await newPage(sawDrawing)
  await key.page.goto(sealed.link)
  await key.page.getByTestId('packet-kind').waitFor()
  assert.equal(await key.page.getByTestId('packet-kind').textContent(), 'Lucky packet, sealed draw · 拼手气红包（密封抽取）')
  assert.equal(await key.page.getByTestId('packet-total').textContent(), '1000.00 tCNY')
  const me = (await key.page.getByTestId('account').textContent()).trim()
  await key.page.getByTestId('claim-relay').click()
  // "drawing…" from the claim's answer on (the draw needs the next block, which only the test makes here; the
  // page records what it showed, in case a block came sooner)
  await key.page.waitForFunction(() => window.sawDrawing === 'drawing…', null, { timeout: 60_000 })
  if (await key.page.getByTestId('drawing').count()) await shot(key.page, 'sealed-drawing.png')
  await mine() // the block after the claim: its hash draws the share
  await key.page.getByTestId('received').waitFor({ timeout: 60_000 })
  const { amount, fee, receipt } = await claimTx(sealed.id, me)
  // On chain: the claim took share 0 and paid nothing; the relayer's settle paid it from a later block.
  const [taken] = await H.pc.getContractEvents({ address: H.ready.escrow, abi: escrowAbi, eventName: 'SharePending', args: { id: BigInt(sealed.id), claimer: me }, fromBlock: 0n })
  assert.equal(taken.args.index, 0n)
  assert.ok(receipt.blockNumber >= taken.blockNumber + 2n, `drawn in block ${receipt.blockNumber}, claimed in ${taken.blockNumber}`)
  assert.equal(receipt.from.toLowerCase(), H.ready.relayer.toLowerCase(), 'the relayer drew it')
  assert.equal(fee, 1n, 'the relayer was paid its fee (0.01 tCNY, the minimum share) at the draw')
  assert.equal(cents(await key.page.getByTestId('received').textContent()), amount - fee)
  assert.equal(cents(await key.page.getByTestId('claimed-gross').textContent()), amount)
  assert.equal(await tcny(me), amount - fee)
  await shot(key.page, 'sealed-drawn.png')

  // 2. A wallet claims directly, and the page draws its share itself (settle) after the next block.
  let wallet
  const { page, errors } = await newPage(async (p) => { await sawDrawing(p); wallet = await mockWallet(p, H.ready.wallet2.key) })
  await page.goto(sealed.link)
  await page.getByTestId('connect-wallet').click()
  await page.getByTestId('account').filter({ hasText: wallet.address }).waitFor()
  await page.getByTestId('claim-direct').click()
  await page.waitForFunction(() => window.sawDrawing === 'drawing…', null, { timeout: 60_000 })
  // The read-only packet page lists the drawn share and the one waiting.
  const viewer = await newPage()
  await viewer.page.goto(`${H.ready.url}/packet/${H.ready.chainId}/${H.ready.escrow}/${sealed.id}`)
  await viewer.page.getByTestId('pending-share').waitFor({ timeout: 30_000 })
  assert.equal(await viewer.page.getByTestId('pending-share').count(), 1)
  assert.match(await viewer.page.getByTestId('pending-share').textContent(), /drawing…/)
  assert.equal(await viewer.page.locator('[data-testid=claims] li:not([data-testid=pending-share])').count(), 1, 'the share drawn above')
  await shot(viewer.page, 'sealed-packet-page.png')
  await mine()
  await page.locator('[data-testid=received], [data-testid=drawing] [data-testid=error]').first().waitFor({ timeout: 60_000 })
  assert.equal(await page.getByTestId('error').count(), 0, await page.getByTestId('drawing').textContent().catch(() => ''))
  const drawn = await claimTx(sealed.id, wallet.address)
  assert.equal(drawn.fee, 0n)
  assert.equal(cents(await page.getByTestId('received').textContent()), drawn.amount)
  assert.equal(drawn.receipt.from.toLowerCase(), wallet.address.toLowerCase(), 'the page drew it from the wallet (settle)')
  assert.equal(wallet.calls.filter((c) => c === 'eth_sendTransaction').length, 2, 'the claim, then the settle')
  await viewer.page.reload()
  await viewer.page.locator('[data-testid=claims] li').nth(1).waitFor()
  assert.equal(await viewer.page.getByTestId('pending-share').count(), 0)
  assert.deepEqual(key.errors, [])
  assert.deepEqual(errors, [])
  assert.deepEqual(viewer.errors, [])
})

// The sender's and the recipient's screens, on the same server and chain (after the claims above).
await import('./app.spec.mjs')
// An organisation admin's intercept, and the contrast of the screens measured (after the tests above).
await import('./org.spec.mjs')
