// Browser tests of the sender's and the recipient's screens (web/src/app.js) against the dev chain: wallets
// discovered with EIP-6963, the send form, "My packets" with every action, the links. Run from claim.spec.mjs
// (one server, one chain).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { createWalletClient, erc20Abi, http, parseAbi, parseEventLogs } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { H, newPage, shot, wallets } from './harness.mjs'
import { hongbaoEscrowAbi } from '../../contracts/index.mjs'
import { makeTickets, parseClaimCode, parseTicketCode } from '../src/claimcode.js'
import { domainOf, eip712Types } from '../src/typed.js'

test('wallets: several announced side by side (EIP-6963), the wrong chain switched (added first), account changes followed live', async () => {
  let w
  const { page, errors } = await newPage(async (p) => {
    w = await wallets(p, [
      { key: H.ready.wallet.key, name: 'Alpha Wallet', rdns: 'org.example.alpha', chainId: 1, knownChains: [1] },
      { key: H.ready.wallet2.key, name: 'Beta Wallet', rdns: 'org.example.beta' },
    ])
  })
  await page.goto(`${H.ready.url}/mine`)
  const options = page.getByTestId('wallet-option')
  await options.nth(1).waitFor()
  assert.deepEqual((await options.allTextContents()).map((s) => s.trim()), ['Alpha Wallet', 'Beta Wallet'])
  assert.equal(await page.getByTestId('use-browser-key').count(), 1, 'the browser key stays on offer')
  await shot(page, 'wallets.png')

  await options.filter({ hasText: 'Alpha Wallet' }).click()
  await page.getByTestId('account').filter({ hasText: w[0].address }).waitFor()
  // Alpha is on chain 1 and does not know the dev chain: the page says so, and switching adds it first.
  await page.getByTestId('wrong-chain').waitFor()
  assert.match(await page.getByTestId('wrong-chain').textContent(), new RegExp(`on chain 1; this page works on chain ${H.ready.chainId}`))
  await shot(page, 'wrong-chain.png')
  await page.getByTestId('switch-chain').click()
  await page.getByTestId('wrong-chain').waitFor({ state: 'detached' })
  assert.equal(w[0].chainId, H.ready.chainId)
  assert.ok(w[0].calls.includes('wallet_switchEthereumChain') && w[0].calls.includes('wallet_addEthereumChain'), w[0].calls.join(','))

  // The visitor switches chain and account in the wallet: the page follows.
  w[0].setChain(1)
  await page.getByTestId('wrong-chain').waitFor()
  w[0].setChain(H.ready.chainId)
  await page.getByTestId('wrong-chain').waitFor({ state: 'detached' })
  w[0].setAccount(H.ready.wallet2.key)
  await page.getByTestId('account').filter({ hasText: H.ready.wallet2.address }).waitFor()

  // Disconnect, and use a browser key instead.
  await page.getByTestId('disconnect').click()
  await page.getByTestId('use-browser-key').click()
  const key = await page.evaluate(() => localStorage.getItem('hongbao.browserKey.v1'))
  assert.match(key, /^0x[0-9a-f]{64}$/)
  await page.getByTestId('account').waitFor()
  assert.deepEqual(errors, [])
})

// ---- helpers of the lifecycle tests ----------------------------------------------------------------------

const escrowEvents = parseAbi([
  'event Claimed(uint256 indexed id, address indexed claimer, uint256 amount)',
  'event CoolOffWithdrawn(uint256 indexed id, address indexed to, uint256 amount)',
  'event Declined(uint256 indexed id, address indexed to, uint256 amount)',
  'event Intercepted(uint256 indexed id, address indexed guardian, address indexed to, uint256 amount)',
  'event PacketSent(uint256 indexed id, address indexed sender, address indexed recipient, address token, uint8 kind, uint8 auth, uint256 total, uint16 shares, uint96 minShare, uint40 releaseAt, uint40 expiresAt, uint40 undoUntil, bool undoConsent)',
  'event Refunded(uint256 indexed id, address indexed to, uint256 amount)',
  'event Returned(uint256 indexed id, address indexed claimer, address indexed to, uint256 amount, uint256 received)',
  'event UndoApproved(uint256 indexed id, address indexed to, uint256 amount)',
  'event UndoRequested(uint256 indexed id, address indexed sender, address indexed recipient)',
  'event Undone(uint256 indexed id, address indexed to, uint256 amount)',
])

/** events are the escrow's events of one name about packet id. */
async function events(name, id) {
  const all = await H.pc.getContractEvents({ address: H.ready.escrow, abi: escrowEvents, eventName: name, fromBlock: 0n })
  return all.filter((l) => l.args.id === BigInt(id))
}

const tokenBalance = (owner) => H.pc.readContract({ address: H.ready.token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })

/** walletPage opens path with test wallet(s) and connects the first one. */
async function walletPage(path, specs) {
  let w
  const pg = await newPage(async (p) => { w = await wallets(p, specs) })
  await pg.page.goto(`${H.ready.url}${path}`)
  await pg.page.getByTestId('wallet-option').first().click()
  await pg.page.getByTestId('account').filter({ hasText: w[0].address }).waitFor()
  return { ...pg, w }
}

/** fillSend fills the send form ({kind, token, amount, to, shares, auth, delay, guardian}) and asks for the review. */
async function fillSend(page, f) {
  await page.locator('#send-kind').selectOption(f.kind ?? 'lucky')
  await page.locator('#send-token').selectOption({ label: f.token ?? 'ETH' })
  await page.locator('#send-amount-hint').filter({ hasText: f.token ?? 'ETH' }).waitFor()
  await page.locator('#send-amount').fill(f.amount)
  if ((f.kind ?? 'lucky') === 'direct') await page.locator('#send-to').fill(f.to)
  else {
    await page.locator('#send-shares').fill(String(f.shares ?? 2))
    await page.locator('#send-auth').selectOption(f.auth ?? 'claim-key')
  }
  await page.locator('#send-delay').selectOption(f.delay ?? 'none')
  await page.locator('#send-guardian').fill(f.guardian ?? '')
  await page.getByTestId('review').click()
}

/** confirmAll waits for the review's risk check and ticks every warning's confirmation. */
async function confirmAll(page) {
  await page.getByTestId('clauses').waitFor()
  await page.getByTestId('risk-checking').waitFor({ state: 'detached' })
  for (const box of await page.getByTestId('confirm-warning').all()) await box.check()
}

/** sendViaForm sends a packet from the page, confirming every warning, and returns its id. */
async function sendViaForm(page, f) {
  await fillSend(page, f)
  await confirmAll(page)
  await page.getByTestId('send').click()
  const sent = page.getByTestId('sent')
  await page.locator('[data-testid=sent], [data-testid=form-error]').first().waitFor({ timeout: 60_000 })
  if (await page.getByTestId('form-error').count()) assert.fail(`send ${JSON.stringify(f)}: ${await page.getByTestId('form-error').textContent()}`)
  const id = /Packet (\d+) sent/.exec(await sent.textContent())[1]
  H.lastLinks = {}
  for (const k of ['claim-link', 'respond-link', 'packet-link']) {
    if (await page.getByTestId(k).count()) H.lastLinks[k] = (await page.getByTestId(k).textContent()).trim()
  }
  if (f.shot) await shot(page, f.shot)
  await page.getByTestId('send-another').click()
  return id
}

test('the send form refuses bad input with a sentence and sends nothing', async () => {
  const { page, w, errors } = await walletPage('/send')
  const nonce = await H.pc.getTransactionCount({ address: w[0].address })
  const checksummed = H.ready.wallet2.address
  const flipped = checksummed.replace(/[a-f]/, (c) => c.toUpperCase())
  const cases = [
    [{ amount: '1.1234567890123456789' }, 'ETH has 18 decimals; "1.1234567890123456789" has 19'],
    [{ amount: '100000' }, 'is more than your balance of'],
    [{ amount: '1', shares: 0 }, 'shares must be a whole number from 1 to 10000, not "0"'],
    [{ amount: '1', shares: 10001 }, 'shares must be a whole number from 1 to 10000, not "10001"'],
    [{ amount: '1.5.1' }, 'is not an amount'],
    [{ kind: 'direct', amount: '1', to: '0x1234' }, 'the recipient "0x1234" is not an address'],
    [{ kind: 'direct', amount: '1', to: flipped }, 'has a wrong checksum'],
    [{ kind: 'direct', amount: '1', to: '0x0000000000000000000000000000000000000000' }, 'the recipient is the zero address'],
    [{ kind: 'equal', amount: '0.01', token: 'tCNY', shares: 2 }, 'cannot be split into 2 shares'],
    [{ kind: 'equal', amount: '0.001', token: 'tCNY', shares: 2 }, 'tCNY has 2 decimals; "0.001" has 3'],
    [{ amount: '1', guardian: '0xZZ' }, 'the guardian "0xZZ" is not an address'],
  ]
  for (const [f, want] of cases) {
    await fillSend(page, f)
    const err = page.getByTestId('form-error')
    await err.waitFor()
    assert.ok((await err.textContent()).includes(want), `${JSON.stringify(f)}: ${await err.textContent()}`)
    assert.equal(await page.getByTestId('send').count(), 0, 'no send button for bad input')
  }
  await shot(page, 'send-bad-input.png')
  assert.equal(await H.pc.getTransactionCount({ address: w[0].address }), nonce, 'nothing was sent')
  assert.deepEqual(w[0].calls.filter((m) => m === 'eth_sendTransaction' || m === 'eth_signTypedData_v4'), [])
  assert.deepEqual(errors, [])
})

test('a Direct send in tCNY: clauses shown, a risk warning blocks it until confirmed, a refused signature sends nothing, then the permit and the send', async () => {
  const { page, w, errors } = await walletPage('/send')
  const me = w[0].address
  const before = await tokenBalance(me)
  await fillSend(page, { kind: 'direct', token: 'tCNY', amount: '100.00', to: H.ready.wallet2.address })
  const clauses = page.getByTestId('clauses')
  await clauses.waitFor()
  const text = await clauses.textContent()
  assert.match(text, /You can undo until \d{4}-\d\d-\d\d \d\d:\d\d \(5 min\) with the recipient's consent\./)
  assert.match(text, /No undo above 500(\.00)? tCNY\./)
  const warning = page.getByTestId('warning').filter({ hasText: 'new-recipient' })
  await warning.waitFor()
  assert.match(await warning.textContent(), new RegExp(`first payment to ${H.ready.wallet2.address}`))
  assert.equal(await page.getByTestId('send').isDisabled(), true, 'the warning blocks the send')
  await shot(page, 'send-review.png')

  // A refusal in the wallet: explained, nothing sent.
  await page.getByTestId('confirm-warning').check()
  assert.equal(await page.getByTestId('send').isEnabled(), true)
  w[0].rejectNext = true
  await page.getByTestId('send').click()
  const err = page.getByTestId('form-error')
  await err.waitFor()
  assert.equal(await err.textContent(), 'you cancelled the request in your wallet')
  assert.equal(await tokenBalance(me), before)

  await page.getByTestId('send').click()
  await page.getByTestId('sent').waitFor({ timeout: 60_000 })
  const id = /Packet (\d+) sent/.exec(await page.getByTestId('sent').textContent())[1]
  const respond = await page.getByTestId('respond-link').textContent()
  assert.equal(respond, `${H.ready.url}/respond/${H.ready.chainId}/${H.ready.escrow}/${id}`)
  const [ev] = await events('PacketSent', id)
  assert.equal(ev.args.sender, me)
  assert.equal(ev.args.total, 10000n)
  assert.equal(await tokenBalance(me), before - 10000n, 'one send of 100.00 tCNY (permit: no approval)')
  assert.ok(w[0].calls.includes('eth_signTypedData_v4'), 'the permit was signed')
  await shot(page, 'send-done.png')
  H.directTcny = id
  assert.deepEqual(errors, [])
})

const card = (page, id) => page.locator(`[data-testid=packet][data-id="${id}"]`)
const respondPath = (id) => `/respond/${H.ready.chainId}/${H.ready.escrow}/${id}`
const packetPath = (id) => `/packet/${H.ready.chainId}/${H.ready.escrow}/${id}`
const gasOf = (r) => r.gasUsed * r.effectiveGasPrice
const eth = (milli) => BigInt(milli) * 10n ** 15n

/** clickAction clicks an action of packet id's card and waits for the page's notice (the receipt is in). */
async function clickAction(page, id, action) {
  await card(page, id).getByTestId(`action-${action}`).click()
  await page.getByTestId('notice').waitFor({ timeout: 60_000 })
}

async function toMine(page, role = 'sent') {
  await page.getByTestId('nav-mine').click()
  await page.getByTestId(`tab-${role}`).click()
}

test('send: the server advises the sealed draw for a Lucky packet above the first undo tier, and the option is preselected; My packets shows drawing… and draws the share', async () => {
  const { page, w, errors } = await walletPage('/send')
  const risk = () => page.waitForResponse((r) => r.url().endsWith('/api/risk'))
  let answered = risk()
  await fillSend(page, { kind: 'lucky', token: 'tCNY', amount: '300.00', shares: 2 })
  const first = await answered
  assert.equal(JSON.parse(first.request().postData()).kind, 'lucky', 'asked about a Lucky packet, not ticked yet')
  const advised = (await first.json()).warnings.find((x) => x.code === 'sealed-draw')
  assert.ok(advised, 'the server advises the sealed draw')
  assert.equal(advised.needsConfirm, false, 'an advice, no confirmation')
  await page.getByTestId('clauses').waitFor()
  const advice = page.getByTestId('sealed-advice')
  await advice.waitFor()
  assert.equal((await advice.textContent()).trim(), `[sealed-draw] ${advised.sentence.replace(/[^.]$/, '$&.')} The sealed draw is selected.`)
  assert.match(advised.sentence, /300\.00 tCNY is above 200\.00 tCNY/)
  assert.equal(await page.getByTestId('send-sealed').isChecked(), true, 'preselected by the advice')
  assert.match(await page.getByTestId('clauses').textContent(), /Sealed draw: each share is drawn from the hash of the block after its claim\./)
  await shot(page, 'send-sealed.png')
  // Reviewed again with the option ticked: the server is asked about a sealed-lucky packet and advises nothing more.
  answered = risk()
  await page.getByTestId('review').click()
  const second = await answered
  assert.equal(JSON.parse(second.request().postData()).kind, 'sealed-lucky')
  assert.deepEqual((await second.json()).warnings.filter((x) => x.code === 'sealed-draw'), [])
  await confirmAll(page)
  assert.equal(await page.getByTestId('sealed-advice').count(), 0)
  assert.equal(await page.getByTestId('send-sealed').isChecked(), true)
  await page.getByTestId('send').click()
  await page.getByTestId('sent').waitFor({ timeout: 60_000 })
  const id = /Packet (\d+) sent/.exec(await page.getByTestId('sent').textContent())[1]
  const claimLink = (await page.getByTestId('claim-link').textContent()).trim()
  const [ev] = await events('PacketSent', id)
  assert.equal(ev.args.kind, 3, 'Kind 3 = SealedLucky')
  assert.equal(ev.args.sender, w[0].address)
  assert.equal(ev.args.total, 30000n)

  // A browser key claims it through the relayer, which draws it once the next block is in.
  const visitor = await newPage()
  await visitor.page.goto(claimLink)
  await visitor.page.getByTestId('claim-relay').click()
  await visitor.page.locator('[data-testid=drawing], [data-testid=received]').first().waitFor({ timeout: 60_000 }) // the claim is in
  await H.pc.request({ method: 'evm_mine', params: [] }) // the block after the claim: the relayer draws the share
  await visitor.page.getByTestId('received').waitFor({ timeout: 60_000 })
  await page.getByTestId('send-another').click()
  await toMine(page, 'sent')
  const drawing = card(page, id).getByTestId('drawing')
  const me = (await visitor.page.getByTestId('account').textContent()).trim()
  const claimed = (await events('Claimed', id)).filter((l) => l.args.claimer === me)
  assert.equal(claimed.length, 1)
  await card(page, id).filter({ hasText: '1 / 2' }).waitFor({ timeout: 30_000 })
  assert.equal(await drawing.count(), 0)

  // The second share, claimed by another wallet outside the page (nobody else draws it): My packets shows it
  // drawing…, and the sender draws it from there.
  const claimer = privateKeyToAccount(H.ready.wallet2.key)
  const claimKey = privateKeyToAccount(parseClaimCode(new URL(claimLink).hash.replace(/^#code=/, '')))
  const auth = await claimKey.signTypedData({ domain: domainOf(H.ready.chainId, H.ready.escrow), types: eip712Types, primaryType: 'Claim',
    message: { packetId: BigInt(id), claimer: claimer.address } })
  const other = createWalletClient({ account: claimer, chain: H.pc.chain, transport: http(H.ready.rpcUrl) })
  await H.pc.waitForTransactionReceipt({ hash: await other.writeContract({ address: H.ready.escrow, abi: parseAbi(['function claim(uint256 id, bytes auth)']),
    functionName: 'claim', args: [BigInt(id), auth] }) })
  await card(page, id).getByTestId('action-settle').waitFor({ timeout: 30_000 })
  assert.match(await drawing.textContent(), /drawing… \(1 waiting for the draw\)/)
  assert.match(await card(page, id).textContent(), /2 \/ 2/, 'the waiting claim holds its share')
  await shot(page, 'mine-drawing.png')
  await H.pc.request({ method: 'evm_mine', params: [] })
  await clickAction(page, id, 'settle')
  const [last] = (await events('Claimed', id)).filter((l) => l.args.claimer === claimer.address)
  assert.equal(last.args.amount, 30000n - claimed[0].args.amount, 'the last share is the rest')
  assert.equal((await H.pc.getTransactionReceipt({ hash: last.transactionHash })).from.toLowerCase(), w[0].address.toLowerCase(), 'drawn by the sender from the page')
  await card(page, id).getByTestId('closed').waitFor({ timeout: 30_000 })
  assert.deepEqual(errors, [])
  assert.deepEqual(visitor.errors, [])
})

test('tickets: an Equal tCNY packet with one ticket per share; the page shows them (kept for My packets); a ticket claims one share once, and a second use is refused', async () => {
  const { page, w, errors } = await walletPage('/send')
  const me = w[0].address
  const before = await tokenBalance(me)
  // Above the first undo tier a claim code gets the bearer-code advice; with tickets it is gone, and the risk
  // check is told so.
  await fillSend(page, { kind: 'equal', token: 'tCNY', amount: '300.00', shares: 3 })
  await confirmAll(page)
  await page.locator('[data-rule=bearer-code]').waitFor()
  const asked = page.waitForRequest((r) => r.url().endsWith('/api/risk'))
  await fillSend(page, { kind: 'equal', token: 'tCNY', amount: '300.00', shares: 3, auth: 'tickets' })
  assert.equal(JSON.parse((await asked).postData()).auth, 'tickets')
  await confirmAll(page)
  assert.equal(await page.locator('[data-rule=bearer-code]').count(), 0, 'no bearer-code advice for tickets')
  assert.match(await page.getByTestId('clauses').textContent(), /3 one-time tickets, one per share: each ticket claims one share, once\./)
  await page.getByTestId('send').click()
  await page.getByTestId('sent').waitFor({ timeout: 60_000 })
  const id = /Packet (\d+) sent/.exec(await page.getByTestId('sent').textContent())[1]
  assert.equal(await page.getByTestId('claim-link').count(), 0, 'no shared claim code')
  const codes = (await page.getByTestId('ticket-code').allTextContents()).map((c) => c.trim())
  const links = (await page.getByTestId('ticket-link').allTextContents()).map((c) => c.trim())
  assert.equal(codes.length, 3)
  assert.deepEqual(links, codes.map((c) => `${H.ready.url}/claim/${H.ready.chainId}/${H.ready.escrow}/${id}#code=${c}`))
  assert.match(await page.getByTestId('tickets-note').textContent(), /each ticket claims one share, once.*kept only in this browser/)
  await shot(page, 'send-tickets.png')

  // On chain: a ticket packet (auth 3) whose root is the tree of the tickets' keys.
  const [ev] = await events('PacketSent', id)
  assert.equal(ev.args.auth, 3, 'AuthMode 3 = Tickets')
  assert.equal(ev.args.shares, 3)
  assert.equal(ev.args.total, 30000n)
  assert.equal(await tokenBalance(me), before - 30000n)
  const keys = codes.map((c) => parseTicketCode(c).key)
  assert.deepEqual(codes.map((c) => parseTicketCode(c).index), [0, 1, 2])
  const onChain = await H.pc.readContract({ address: H.ready.escrow, abi: hongbaoEscrowAbi, functionName: 'getPacket', args: [BigInt(id)] })
  assert.equal(onChain.root, makeTickets(keys).root)
  assert.equal(new Set(keys).size, 3, 'three different keys')

  // The download has every ticket and its link.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tickets-download').click()])
  assert.equal(file.suggestedFilename(), `hongbao-tickets-${H.ready.chainId}-${id}.txt`)
  const text = await readFile(await file.path(), 'utf8')
  for (const [i, c] of codes.entries()) assert.ok(text.includes(`Ticket ${i}\n${c}\n${links[i]}\n`), `ticket ${i} in the download`)

  // My packets shows them again (from this browser's storage), after a reload too.
  await page.getByTestId('send-another').click()
  await page.reload()
  await toMine(page, 'sent')
  await card(page, id).getByTestId('show-codes').click()
  assert.deepEqual((await card(page, id).getByTestId('ticket-code').allTextContents()).map((c) => c.trim()), codes)
  await shot(page, 'mine-tickets.png')

  // Ticket 0 claims one share for a browser key, through the relayer.
  const visitor = await newPage()
  await visitor.page.goto(links[0])
  await visitor.page.getByTestId('claim-relay').click()
  await visitor.page.getByTestId('received').waitFor({ timeout: 60_000 })
  const claimer = (await visitor.page.getByTestId('account').textContent()).trim()
  const [cl] = (await events('Claimed', id)).filter((l) => l.args.claimer === claimer)
  assert.equal(cl.args.amount, 10000n, 'one equal share: 100.00 tCNY')
  const receipt = await H.pc.getTransactionReceipt({ hash: cl.transactionHash })
  const fee = parseEventLogs({ abi: parseAbi(['event RelayFeePaid(uint256 indexed id, address indexed relayer, uint256 fee)']), logs: receipt.logs })[0]?.args.fee ?? 0n
  assert.equal(await tokenBalance(claimer), 10000n - fee, 'the share less the relayer fee')
  const used = (i) => H.pc.readContract({ address: H.ready.escrow, abi: hongbaoEscrowAbi, functionName: 'ticketUsed', args: [BigInt(id), BigInt(i)] })
  assert.deepEqual([await used(0), await used(1), await used(2)], [true, false, false], 'ticket 0 is used, the others not')

  // The same ticket from another account (a wallet): the page reads the escrow's ticketUsed and refuses it at
  // once, with the sentence of the escrow's TicketAlreadyUsed, the claim buttons disabled: nothing is signed,
  // nothing reaches the relayer, no transaction is sent.
  let w2
  const other = await newPage(async (p) => { [w2] = await wallets(p, [{ key: H.ready.wallet2.key }]) })
  const otherBefore = await tokenBalance(H.ready.wallet2.address)
  const otherNonce = await H.pc.getTransactionCount({ address: H.ready.wallet2.address })
  const relayed = []
  other.page.on('request', (r) => { if (r.url().includes('/v1/claims')) relayed.push(r.url()) })
  const usedSentence = `ticket 0 of packet ${id} has already been used to claim a share; each ticket claims once`
  const hint = other.page.getByTestId('code-problem')
  const claimDirect = other.page.getByTestId('claim-direct')
  const refusedAtOnce = async () => {
    await hint.filter({ hasText: usedSentence }).waitFor({ timeout: 30_000 })
    assert.equal((await hint.textContent()).trim(), usedSentence)
    assert.ok(await claimDirect.isDisabled(), 'the direct claim is disabled')
    assert.ok(await other.page.getByTestId('claim-relay').isDisabled(), 'the relayed claim is disabled')
  }
  // The link with ticket 0 in it.
  await other.page.goto(links[0])
  await other.page.getByTestId('connect-wallet').click()
  await other.page.getByTestId('account').filter({ hasText: H.ready.wallet2.address }).waitFor()
  await refusedAtOnce()
  await shot(other.page, 'ticket-used.png')
  // Pasted: an unused ticket (1) is taken, ticket 0 again is refused as soon as it is entered.
  await other.page.locator('#code').fill(codes[1])
  await hint.waitFor({ state: 'hidden' })
  await other.page.waitForFunction(() => !document.querySelector('[data-testid=claim-direct]').disabled)
  await other.page.locator('#code').fill(codes[0])
  await refusedAtOnce()
  await claimDirect.click({ force: true }) // a disabled button does nothing
  assert.deepEqual(relayed, [], 'no claim reached the relayer')
  assert.deepEqual(w2.calls.filter((m) => m === 'eth_signTypedData_v4' || m === 'eth_sendTransaction'), [], 'nothing signed or sent by the wallet')
  assert.equal(await H.pc.getTransactionCount({ address: H.ready.wallet2.address }), otherNonce, 'no transaction from wallet2')
  assert.equal(await other.page.getByTestId('error').count(), 0, 'no claim was tried')
  assert.equal((await events('Claimed', id)).length, 1, 'one share claimed')
  assert.equal(await tokenBalance(H.ready.wallet2.address), otherBefore)
  assert.deepEqual([...errors, ...visitor.errors, ...other.errors], [])
})

test('my packets: the sender withdraws in the cool-off (C2) and undoes a group packet (C3); checked on chain', async () => {
  const { page, w, errors } = await walletPage('/send')
  const me = w[0].address
  const coolOff = await sendViaForm(page, { kind: 'lucky', amount: '0.5', shares: 2, delay: '2h' })
  const group = await sendViaForm(page, { kind: 'equal', token: 'tCNY', amount: '50.00', shares: 2 })
  await toMine(page)
  const c = card(page, coolOff)
  await c.getByTestId('action-withdraw').waitFor()
  assert.equal(await c.getByTestId('status').textContent(), 'In its cool-off')
  assert.match(await c.getByTestId('times').textContent(), /opens in 1 h 59 min|opens in 2 h/)
  assert.deepEqual(await c.locator('[data-testid^=action-]').evaluateAll((els) => els.map((e) => e.dataset.testid)), ['action-withdraw'])
  await shot(page, 'mine-sent.png')
  // A keyboard user's focus stays on the button while new blocks redraw the list.
  await c.getByTestId('action-withdraw').focus()
  const redrawn = page.waitForResponse((r) => r.url().includes('/api/packets?') && r.url().includes('minBlock='))
  await H.pc.request({ method: 'evm_mine', params: [] })
  await redrawn
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), 'action-withdraw')

  let before = await H.pc.getBalance({ address: me })
  await clickAction(page, coolOff, 'withdraw')
  const [wd] = await events('CoolOffWithdrawn', coolOff)
  assert.equal(wd.args.to, me)
  assert.equal(wd.args.amount, eth(500))
  const r1 = await H.pc.getTransactionReceipt({ hash: wd.transactionHash })
  assert.equal(await H.pc.getBalance({ address: me }), before + eth(500) - gasOf(r1))
  await c.getByTestId('closed').waitFor()
  assert.equal(await c.getByTestId('no-actions').count(), 1, 'no action left on a closed packet')

  const g = card(page, group)
  await g.getByTestId('action-undo').waitFor()
  assert.match(await g.getByTestId('times').textContent(), /undo window: \d+ min/)
  before = await tokenBalance(me)
  await clickAction(page, group, 'undo')
  const [ud] = await events('Undone', group)
  assert.equal(ud.args.amount, 5000n)
  assert.equal(await tokenBalance(me), before + 5000n)
  assert.deepEqual(errors, [])
})

test('a Direct packet: the sender asks for it back (C3), the recipient approves from the respond link (C4)', async () => {
  const id = H.directTcny
  assert.ok(id, 'the Direct tCNY packet of the send test')
  const sender = await walletPage('/mine')
  const c = card(sender.page, id)
  await c.getByTestId('action-request-undo').click()
  await sender.page.getByTestId('notice').waitFor({ timeout: 60_000 })
  const [req] = await events('UndoRequested', id)
  assert.equal(req.args.recipient, H.ready.wallet2.address)
  await c.getByTestId('no-actions').waitFor()

  const recipient = await walletPage(respondPath(id), [{ key: H.ready.wallet2.key }])
  const rc = card(recipient.page, id)
  await rc.getByTestId('action-approve-undo').waitFor()
  assert.deepEqual(await rc.locator('[data-testid^=action-]').evaluateAll((els) => els.map((e) => e.dataset.testid)),
    ['action-claim', 'action-approve-undo', 'action-decline'])
  await shot(recipient.page, 'respond.png')
  const before = await tokenBalance(H.ready.wallet.address)
  await clickAction(recipient.page, id, 'approve-undo')
  const [ok] = await events('UndoApproved', id)
  assert.equal(ok.args.to, H.ready.wallet.address)
  assert.equal(await tokenBalance(H.ready.wallet.address), before + 10000n)
  // The sender's page, open all along, follows the chain: the packet is closed, by the recipient's approval.
  await c.getByTestId('closed').filter({ hasText: 'undo approved by the recipient' }).waitFor({ timeout: 30_000 })
  assert.deepEqual(sender.errors, [])
  assert.deepEqual(recipient.errors, [])
})

test('Direct packets: the recipient declines one (C4), accepts another and returns it (C5); a guardian intercepts (C6)', async () => {
  const { page, errors } = await walletPage('/send')
  const declined = await sendViaForm(page, { kind: 'direct', amount: '0.2', to: H.ready.wallet2.address })
  const kept = await sendViaForm(page, { kind: 'direct', amount: '0.1', to: H.ready.wallet2.address })
  const guarded = await sendViaForm(page, { kind: 'lucky', amount: '0.3', shares: 3, guardian: H.ready.wallet2.address })
  const sender = H.ready.wallet.address

  const r = await walletPage(respondPath(declined), [{ key: H.ready.wallet2.key }])
  let before = await H.pc.getBalance({ address: sender })
  await clickAction(r.page, declined, 'decline')
  const [d] = await events('Declined', declined)
  assert.equal(d.args.amount, eth(200))
  assert.equal(await H.pc.getBalance({ address: sender }), before + eth(200), 'the sender got it back and paid nothing')

  await r.page.goto(`${H.ready.url}${respondPath(kept)}`)
  await clickAction(r.page, kept, 'claim')
  const [cl] = await events('Claimed', kept)
  assert.equal(cl.args.claimer, H.ready.wallet2.address)
  await toMine(r.page, 'received')
  const rc = card(r.page, kept)
  await rc.getByTestId('action-return').waitFor()
  assert.equal((await rc.getByTestId('action-return').textContent()).trim(), 'Return 0.1 ETH')
  await shot(r.page, 'mine-received.png')
  before = await H.pc.getBalance({ address: sender })
  await clickAction(r.page, kept, 'return')
  const [ret] = await events('Returned', kept)
  assert.equal(ret.args.amount, eth(100))
  assert.equal(await H.pc.getBalance({ address: sender }), before + eth(100))

  await r.page.goto(`${H.ready.url}${packetPath(guarded)}`)
  await card(r.page, guarded).getByTestId('action-intercept').waitFor()
  before = await H.pc.getBalance({ address: sender })
  await clickAction(r.page, guarded, 'intercept')
  const [ic] = await events('Intercepted', guarded)
  assert.equal(ic.args.guardian, H.ready.wallet2.address)
  assert.equal(await H.pc.getBalance({ address: sender }), before + eth(300))
  await shot(r.page, 'packet-intercepted.png')
  assert.deepEqual(errors, [])
  assert.deepEqual(r.errors, [])
})

test('a race: the recipient declines while the sender asks for it back; the page shows the decoded revert', async () => {
  const { page, errors } = await walletPage('/send')
  const id = await sendViaForm(page, { kind: 'direct', token: 'tCNY', amount: '50.00', to: H.ready.wallet2.address })
  await toMine(page)
  const c = card(page, id)
  await c.getByTestId('action-request-undo').waitFor()
  // The page stops hearing from the index (as if the update had not arrived yet) while the recipient declines.
  await page.route('**/api/**', (route) => route.abort())
  const recipient = createWalletClient({ account: privateKeyToAccount(H.ready.wallet2.key), chain: H.pc.chain, transport: http(H.ready.rpcUrl) })
  const hash = await recipient.writeContract({ address: H.ready.escrow, abi: parseAbi(['function decline(uint256 id)']), functionName: 'decline', args: [BigInt(id)] })
  await H.pc.waitForTransactionReceipt({ hash })
  await c.getByTestId('action-request-undo').click()
  const err = c.getByTestId('action-error')
  await err.waitFor({ timeout: 30_000 })
  assert.equal(await err.textContent(), `packet ${id} is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)`)
  assert.equal((await events('UndoRequested', id)).length, 0)
  await shot(page, 'race.png')
  await page.unroute('**/api/**')
  assert.deepEqual(errors, [])
})

test('the undo button vanishes when the window closes (evm_increaseTime); after expiry anyone refunds (C1)', async () => {
  const { page, errors } = await walletPage('/send')
  const undoable = await sendViaForm(page, { kind: 'equal', token: 'tCNY', amount: '20.00', shares: 2 })
  const left = await sendViaForm(page, { kind: 'lucky', amount: '0.2', shares: 2 })
  await toMine(page)
  const c = card(page, undoable)
  await c.getByTestId('action-undo').waitFor()
  await H.pc.request({ method: 'evm_increaseTime', params: [301] })
  await H.pc.request({ method: 'evm_mine', params: [] })
  await c.getByTestId('action-undo').waitFor({ state: 'detached', timeout: 30_000 })
  assert.equal(await c.getByTestId('no-actions').count(), 1)
  await shot(page, 'undo-closed.png')

  await H.pc.request({ method: 'evm_increaseTime', params: [25 * 3600] })
  await H.pc.request({ method: 'evm_mine', params: [] })
  const l = card(page, left)
  await l.getByTestId('action-refund').waitFor({ timeout: 30_000 })
  assert.equal(await l.getByTestId('status').textContent(), 'Expired')
  const before = await H.pc.getBalance({ address: H.ready.wallet.address })
  await clickAction(page, left, 'refund')
  const [rf] = await events('Refunded', left)
  assert.equal(rf.args.amount, eth(200))
  const receipt = await H.pc.getTransactionReceipt({ hash: rf.transactionHash })
  assert.equal(await H.pc.getBalance({ address: H.ready.wallet.address }), before + eth(200) - gasOf(receipt))
  assert.deepEqual(errors, [])
})

test('links: the claim link of a sent packet claims with a fresh browser key; the packet page is read-only; a browser key accepts a Direct packet from its respond link', async () => {
  const { page, errors } = await walletPage('/send')
  const id = await sendViaForm(page, { kind: 'lucky', amount: '0.2', shares: 2, shot: 'send-links.png' })
  const { 'claim-link': claimLink, 'packet-link': packetLink } = H.lastLinks
  assert.match(claimLink, new RegExp(`/claim/${H.ready.chainId}/${H.ready.escrow}/${id}#code=hb1`))

  const visitor = await newPage()
  await visitor.page.goto(claimLink)
  await visitor.page.getByTestId('claim-relay').click()
  await visitor.page.getByTestId('received').waitFor({ timeout: 60_000 })
  const me = (await visitor.page.getByTestId('account').textContent()).trim()
  const [cl] = (await events('Claimed', id)).filter((e) => e.args.claimer === me)
  assert.ok(cl, 'the browser key claimed on chain')

  const reader = await newPage()
  await reader.page.goto(packetLink)
  const c = card(reader.page, id)
  await c.getByTestId('claims').waitFor()
  assert.equal(await reader.page.locator('[data-testid^=action-]').count(), 0, 'no actions without a wallet or key')
  assert.match(await c.getByTestId('claims').textContent(), new RegExp(me.slice(0, 6)))
  await shot(reader.page, 'packet-readonly.png')

  // A browser key with no ETH accepts a Direct packet from its respond link: the relayer submits the claim.
  const key = await newPage()
  await key.page.goto(`${H.ready.url}/mine`)
  await key.page.getByTestId('use-browser-key').click()
  const keyAddr = (await key.page.getByTestId('account').textContent()).trim()
  const direct = await sendViaForm(page, { kind: 'direct', amount: '0.05', to: keyAddr })
  await key.page.goto(`${H.ready.url}${respondPath(direct)}`)
  await card(key.page, direct).getByTestId('action-claim').click()
  await key.page.getByTestId('notice').waitFor({ timeout: 60_000 })
  const [dc] = await events('Claimed', direct)
  assert.equal(dc.args.claimer, keyAddr)
  assert.equal(await H.pc.getBalance({ address: keyAddr }), eth(50) - BigInt(H.ready.minFee), 'the share less the relayer fee')
  await shot(key.page, 'respond-browser-key.png')
  // The sender's My packets shows the claim code's link again (kept in this browser), and only for its packets.
  await toMine(page, 'sent')
  await card(page, id).getByTestId('show-codes').click()
  assert.equal((await card(page, id).getByTestId('kept-claim-link').textContent()).trim(), claimLink)
  assert.equal(await card(page, direct).getByTestId('show-codes').count(), 0, 'a Direct packet has no code')
  for (const p of [page, visitor.page, reader.page, key.page]) assert.ok(p)
  assert.deepEqual([...errors, ...visitor.errors, ...reader.errors, ...key.errors], [])
})

test('Chinese for a Chinese browser, switchable and remembered; every form field labelled; keyboard reaches the send button', async () => {
  let w
  const { page, errors } = await newPage(async (p) => { w = await wallets(p) }, { locale: 'zh-CN' })
  await page.goto(`${H.ready.url}/send`)
  await page.getByTestId('wallet-option').click()
  await page.getByTestId('account').filter({ hasText: w[0].address }).waitFor()
  assert.equal(await page.locator('h1').textContent(), '发红包')
  assert.equal(await page.getByTestId('nav-mine').textContent(), '我的红包')
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN')
  await fillSend(page, { kind: 'equal', token: 'tCNY', amount: '1.234', shares: 2 })
  await page.getByTestId('form-error').filter({ hasText: 'tCNY 有 2 位小数；"1.234" 有 3 位' }).waitFor()
  await fillSend(page, { kind: 'equal', token: 'tCNY', amount: '10.00', shares: 2 })
  await page.getByTestId('clauses').filter({ hasText: '可撤回' }).waitFor()
  await shot(page, 'send-zh.png')
  // Every input and select has a label.
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select')]
    .filter((el) => el.type !== 'checkbox' && !(el.labels?.length) && !el.getAttribute('aria-label')).map((el) => el.id))
  assert.deepEqual(unlabelled, [])
  // The keyboard reaches the review button from the amount field.
  await page.locator('#send-amount').focus()
  let reached = false
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await page.evaluate(() => document.activeElement?.dataset?.testid === 'review')
  }
  assert.ok(reached, 'Tab reaches the review button')

  await page.getByTestId('lang').click()
  assert.equal(await page.locator('h1').textContent(), 'Send a red packet')
  await page.reload()
  await page.locator('h1').filter({ hasText: 'Send a red packet' }).waitFor()
  await page.getByTestId('lang').click()
  await page.goto(`${H.ready.url}/mine`)
  await page.getByTestId('tab-sent').waitFor()
  assert.equal((await page.getByTestId('tab-sent').textContent()), '发出的')
  await page.getByTestId('packet').or(page.getByText('还没有红包。')).first().waitFor()
  await shot(page, 'mine-zh.png')
  assert.deepEqual(errors, [])
})

test('my packets come in pages of 10, newest first', async () => {
  const res = await fetch(`${H.ready.url}/api/packets?address=${H.ready.wallet.address}&role=sent&limit=100`)
  const all = (await res.json()).packets.map((p) => p.id)
  assert.ok(all.length > 10, `the tests sent ${all.length} packets from the wallet: more than a page`)
  const { page, errors } = await walletPage('/mine')
  await page.getByTestId('packet').nth(9).waitFor()
  const ids = () => page.getByTestId('packet').evaluateAll((els) => els.map((e) => e.dataset.id))
  assert.deepEqual(await ids(), all.slice(0, 10))
  await page.getByTestId('more').click()
  await page.getByTestId('packet').nth(10).waitFor()
  assert.deepEqual(await ids(), all.slice(0, 20))
  assert.deepEqual(errors, [])
})

test('a token without permit: approve, then send (two steps); a payout the sender cannot receive is kept owed, and withdrawn from My packets', async () => {
  const blk = H.ready.blk
  const blkAbi = parseAbi(['function balanceOf(address) view returns (uint256)', 'function setBlocked(address account, bool isBlocked)',
    'event OwedCredited(address indexed token, address indexed account, uint256 amount)',
    'event OwedWithdrawn(address indexed token, address indexed account, address to, uint256 amount)'])
  const blkOf = (a) => H.pc.readContract({ address: blk, abi: blkAbi, functionName: 'balanceOf', args: [a] })
  const { page, w, errors } = await walletPage('/send')
  const me = w[0].address
  const before = await blkOf(me)
  await fillSend(page, { kind: 'direct', token: 'BLK', amount: '10', to: H.ready.wallet2.address })
  await page.getByTestId('token-steps').filter({ hasText: 'two transactions' }).waitFor()
  const sends = () => w[0].calls.filter((m) => m === 'eth_sendTransaction').length
  const n0 = sends()
  await confirmAll(page)
  await page.getByTestId('send').click()
  await page.getByTestId('sent').waitFor({ timeout: 60_000 })
  const id = /Packet (\d+) sent/.exec(await page.getByTestId('sent').textContent())[1]
  assert.equal(sends() - n0, 2, 'an approval, then the send')
  assert.ok(!w[0].calls.includes('eth_signTypedData_v4'), 'no permit for BLK')
  assert.equal(await blkOf(me), before - 10n ** 19n)

  // The token refuses the sender; the recipient declines: the escrow keeps the 10 BLK owed to the sender.
  const anyone = createWalletClient({ account: privateKeyToAccount(H.ready.wallet2.key), chain: H.pc.chain, transport: http(H.ready.rpcUrl) })
  const block = async (b) => H.pc.waitForTransactionReceipt({ hash: await anyone.writeContract({ address: blk, abi: blkAbi, functionName: 'setBlocked', args: [me, b] }) })
  await block(true)
  const r = await walletPage(respondPath(id), [{ key: H.ready.wallet2.key }])
  await clickAction(r.page, id, 'decline')
  const credited = await H.pc.getContractEvents({ address: H.ready.escrow, abi: blkAbi, eventName: 'OwedCredited', args: { token: blk, account: me }, fromBlock: 0n })
  assert.equal(credited.length, 1)
  assert.equal(credited[0].args.amount, 10n ** 19n)
  await block(false)

  await page.getByTestId('nav-mine').click()
  const owed = page.getByTestId('action-withdraw-owed')
  await owed.waitFor({ timeout: 30_000 })
  assert.equal((await owed.textContent()).trim(), 'Withdraw 10 BLK')
  await shot(page, 'owed.png')
  await owed.click()
  await page.locator('[data-testid=notice], [data-testid=owed] [data-testid=action-error]').first().waitFor({ timeout: 60_000 })
  if (await page.getByTestId('action-error').count()) assert.fail(await page.getByTestId('action-error').first().textContent())
  const out = await H.pc.getContractEvents({ address: H.ready.escrow, abi: blkAbi, eventName: 'OwedWithdrawn', args: { token: blk, account: me }, fromBlock: 0n })
  assert.equal(out.length, 1)
  assert.equal(await blkOf(me), before, 'the 10 BLK are back')
  await page.getByTestId('owed').waitFor({ state: 'detached', timeout: 30_000 })
  assert.deepEqual(errors, [])
  assert.deepEqual(r.errors, [])
})

test('the claim page lists several wallets (EIP-6963) and connects the one chosen', async () => {
  const lucky = H.ready.packets.find((p) => p.name === 'lucky')
  let w
  const { page, errors } = await newPage(async (p) => {
    w = await wallets(p, [{ key: H.ready.wallet.key, name: 'Alpha Wallet' }, { key: H.ready.wallet2.key, name: 'Beta Wallet' }])
  })
  await page.goto(lucky.link)
  await page.getByTestId('connect-wallet').click()
  await page.getByTestId('wallet-option').nth(1).waitFor()
  assert.deepEqual((await page.getByTestId('wallet-option').allTextContents()).map((s) => s.trim()), ['Alpha Wallet', 'Beta Wallet'])
  await shot(page, 'claim-wallets.png')
  await page.getByTestId('wallet-option').filter({ hasText: 'Beta Wallet' }).click()
  await page.getByTestId('account').filter({ hasText: w[1].address }).waitFor()
  assert.deepEqual(w[0].calls.filter((m) => m === 'eth_requestAccounts'), [], 'Alpha was not asked')
  assert.deepEqual(errors, [])
})
