// Browser tests of an organisation's packet (rules §5, C6) and of the colour contrast of the screens, in headless
// Chromium against the dev chain. Run from claim.spec.mjs after app.spec.mjs (one server, one chain), or alone:
//
//	node web/e2e/org.spec.mjs        (from the repository root; same environment as claim.spec.mjs)
//
// The organisation uses dev accounts 5 (admin), 6 (member), 8 (the Direct recipient) and 9 (treasury), which
// the other tests leave alone. Its set-up is made on chain with viem (org.mjs), as `hongbao org create|fund|
// add-member` and `send --org` make it; the intercept is made from the Guarding tab of My packets, and checked
// on chain. The guardian test: account 9 sends a plain packet to 6 with account 8 as its guardian.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { erc20Abi, zeroAddress } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { hongbaoEscrowAbi } from '@hongbao/contracts'
import { H, newPage, outDir, shot, wallets } from './harness.mjs'
import { chainActor, contrastIn, devKey, hasDarkScheme, sendDirect, sendDirectFromOrg, setUpOrg } from './org.mjs'

const keys = { admin: devKey(5), member: devKey(6), recipient: devKey(8), treasury: devKey(9) }
const addr = (key) => privateKeyToAccount(key).address
const actor = (key) => chainActor(key, { pc: H.pc, rpcUrl: H.ready.rpcUrl, escrow: H.ready.escrow })
const escrowRead = (functionName, args) => H.pc.readContract({ address: H.ready.escrow, abi: hongbaoEscrowAbi, functionName, args })
const tcnyOf = (owner) => H.pc.readContract({ address: H.ready.token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })
const escrowEvents = (eventName, args) => H.pc.getContractEvents({ address: H.ready.escrow, abi: hongbaoEscrowAbi, eventName, args, fromBlock: 0n })
const packetPath = (id) => `/packet/${H.ready.chainId}/${H.ready.escrow}/${id}`
const respondPath = (id) => `/respond/${H.ready.chainId}/${H.ready.escrow}/${id}`
const card = (page, id) => page.locator(`[data-testid=packet][data-id="${id}"]`)
const Closed = 4 // IHongbaoEscrow.Status

/** walletPage opens path with a test wallet holding key and connects it. */
async function walletPage(path, key, options) {
  let w
  const pg = await newPage(async (p) => { [w] = await wallets(p, [{ key }]) }, options)
  await pg.page.goto(`${H.ready.url}${path}`)
  await pg.page.getByTestId('wallet-option').first().click()
  await pg.page.getByTestId('account').filter({ hasText: w.address }).waitFor()
  return { ...pg, w }
}

/**
 * actionsOf waits until packet id's card shows the viewer's first action `sign` (an action only this viewer
 * gets, so the card is the one loaded for it, not an earlier render without a viewer), or, with no sign, until
 * the card says the packet is closed; then returns the names of all its actions.
 */
async function actionsOf(page, id, sign) {
  const c = card(page, id)
  await c.locator(sign ? `[data-action="${sign}"]` : '[data-testid=closed]').waitFor({ timeout: 30_000 })
  return c.locator('[data-action]').evaluateAll((els) => els.map((e) => e.dataset.action))
}

/**
 * guardingTab opens the Guarding tab of My packets on page (already on /mine) and waits until it is loaded for
 * this viewer: the tab's note, then a packet card or the empty line.
 */
async function guardingTab(page) {
  await page.getByTestId('tab-guarding').click()
  await page.getByTestId('guarding-note').waitFor()
  await page.locator('[data-testid=packet], [data-testid=empty]').first().waitFor({ timeout: 30_000 })
}

/** The organisation of the tests in this file, set up once (the first test that needs it). */
let org
async function theOrg() {
  if (org) return org
  const admin = actor(keys.admin)
  const member = actor(keys.member)
  // 500.00 tCNY of budget; the member may send up to 200.00 a packet and 300.00 a day
  const { orgId } = await setUpOrg({ admin, treasury: addr(keys.treasury), token: H.ready.token, budget: 500_00n,
    member: member.address, perPacket: 200_00n, daily: 300_00n })
  org = { orgId, admin, member, budget: () => escrowRead('orgBudget', [orgId, H.ready.token]) }
  return org
}

test('an organisation admin finds a member\'s Direct packet in the Guarding tab of My packets and intercepts it there (C6): the budget gets it back, the recipient nothing', async () => {
  const { orgId, admin, member, budget } = await theOrg()
  const recipient = addr(keys.recipient)
  assert.equal(await escrowRead('isOrgAdmin', [orgId, admin.address]), true)
  assert.equal(await escrowRead('isOrgAdmin', [orgId, member.address]), false, 'the member is not an admin')
  assert.equal(await budget(), 500_00n)
  const memberBefore = await tcnyOf(member.address)
  const recipientBefore = await tcnyOf(recipient)
  const escrowBefore = await tcnyOf(H.ready.escrow)

  const { id } = await sendDirectFromOrg(member, orgId, { token: H.ready.token, amount: 120_00n, recipient })
  const [sent] = await escrowEvents('OrgPacketSent', { id })
  assert.equal(sent.args.orgId, orgId)
  assert.equal(sent.args.member, member.address)
  assert.equal(await budget(), 380_00n, 'the packet came out of the budget')
  assert.equal(await tcnyOf(member.address), memberBefore, 'not out of the member\'s pocket')
  const orgNote = `From organisation ${orgId}'s budget; its admins can intercept it until it is claimed or expires.`

  // The member (not an admin) sees the packet in My packets, with its own take-back but no intercept, and the
  // card says whose budget it is from; the packet is not in the member's Guarding tab.
  const m = await walletPage('/mine', keys.member)
  await m.page.getByTestId('tab-sent').click()
  const memberActions = await actionsOf(m.page, id, 'request-undo')
  assert.ok(!memberActions.includes('intercept'), `the member is offered ${memberActions}`)
  assert.deepEqual(memberActions, ['request-undo'], 'a Direct packet of 120.00 tCNY: undo with the recipient\'s consent')
  assert.equal((await card(m.page, id).getByTestId('org').textContent()).trim(), orgNote)
  await guardingTab(m.page)
  assert.equal(await card(m.page, id).count(), 0, 'the member does not guard it')
  assert.equal(await m.page.getByTestId('tab-guarding').getAttribute('aria-selected'), 'true')
  await m.page.goto(`${H.ready.url}${packetPath(id)}`)
  await m.page.getByTestId('account').filter({ hasText: member.address }).waitFor()
  assert.deepEqual(await actionsOf(m.page, id, 'request-undo'), ['request-undo'], 'nor on the packet page')
  await shot(m.page, 'org-member-no-intercept.png')
  // Nor the recipient.
  const r = await walletPage(respondPath(id), keys.recipient)
  assert.deepEqual(await actionsOf(r.page, id, 'claim'), ['claim', 'decline'])

  // The admin: nothing of its own in the Sent tab; in the Guarding tab, the member's packet with the intercept.
  const a = await walletPage('/mine', keys.admin)
  await a.page.getByTestId('tab-sent').click()
  await a.page.getByTestId('packet').or(a.page.getByText('No packets yet.')).first().waitFor()
  assert.equal(await card(a.page, id).count(), 0, 'not the admin\'s own packet')
  await guardingTab(a.page)
  assert.deepEqual(await actionsOf(a.page, id, 'intercept'), ['intercept'])
  assert.equal((await card(a.page, id).getByTestId('org').textContent()).trim(), orgNote)
  assert.equal(await card(a.page, id).getByTestId('status').textContent(), 'Open')
  const button = card(a.page, id).getByTestId('action-intercept')
  assert.match((await button.textContent()).trim(), /^Intercept/)
  await shot(a.page, 'mine-guarding.png')
  await a.page.getByTestId('lang').click()
  assert.equal(await a.page.getByTestId('tab-guarding').textContent(), '可拦截的')
  assert.equal((await card(a.page, id).getByTestId('org').textContent()).trim(), `由组织 ${orgId} 的预算发出；其管理员可在领取前、过期前拦截。`)
  await shot(a.page, 'mine-guarding-zh.png')
  await a.page.getByTestId('lang').click()
  await button.click()
  await a.page.getByTestId('notice').waitFor({ timeout: 60_000 })
  if (await a.page.getByTestId('action-error').count()) assert.fail(await a.page.getByTestId('action-error').textContent())

  // On chain: intercepted by the admin, into the budget (to = zero), nothing left, the recipient unpaid.
  const [ic, ...more] = await escrowEvents('Intercepted', { id })
  assert.equal(more.length, 0)
  assert.equal(ic.args.guardian, admin.address)
  assert.equal(ic.args.to, zeroAddress, 'an organisation\'s packet goes back to its budget, not to a wallet')
  assert.equal(ic.args.amount, 120_00n)
  const receipt = await H.pc.getTransactionReceipt({ hash: ic.transactionHash })
  assert.equal(receipt.from.toLowerCase(), admin.address.toLowerCase(), 'the admin\'s wallet sent it from the page')
  const [credited] = await escrowEvents('OrgBudgetCredited', { orgId, id })
  assert.equal(credited.transactionHash, ic.transactionHash)
  assert.equal(credited.args.amount, 120_00n)
  const p = await escrowRead('getPacket', [id])
  assert.equal(p.remaining, 0n)
  assert.equal(p.status, Closed)
  assert.equal(await budget(), 500_00n, 'the budget is back up by 120.00 tCNY')
  assert.equal(await tcnyOf(recipient), recipientBefore, 'the recipient got nothing')
  assert.equal(await escrowRead('hasClaimed', [id, recipient]), false)
  assert.deepEqual(await escrowEvents('Claimed', { id }), [])
  assert.equal(await tcnyOf(member.address), memberBefore, 'nor did the member')
  assert.equal(await tcnyOf(H.ready.escrow), escrowBefore, 'the 120.00 tCNY stayed in the escrow, in the budget')

  // The Guarding tab follows: the packet stays, closed, intercepted, with nothing left to do; the recipient's
  // respond page offers nothing any more.
  await card(a.page, id).getByTestId('closed').filter({ hasText: /intercept/i }).waitFor({ timeout: 30_000 })
  assert.equal(await card(a.page, id).getByTestId('status').textContent(), 'Closed')
  assert.deepEqual(await actionsOf(a.page, id), [])
  await card(a.page, id).getByTestId('no-actions').waitFor()
  assert.equal((await card(a.page, id).getByTestId('org').textContent()).trim(), `From organisation ${orgId}'s budget.`)
  assert.equal(await a.page.getByTestId('tab-guarding').getAttribute('aria-selected'), 'true', 'still on the Guarding tab')
  await shot(a.page, 'org-intercepted.png')
  await r.page.reload()
  assert.deepEqual(await actionsOf(r.page, id), [], 'the recipient can no longer claim it')
  for (const pg of [m, r, a]) assert.deepEqual(pg.errors, [])
})

test('a guardian finds a plain packet it guards in the Guarding tab of My packets and intercepts it there (C6): the sender gets it back', async () => {
  const sender = actor(keys.treasury)
  const guardian = addr(keys.recipient)
  const to = addr(keys.member)
  const amount = 10n ** 16n // 0.01 ETH
  const { id } = await sendDirect(sender, { amount, recipient: to, guardian })
  const [set] = await escrowEvents('GuardianSet', { id })
  assert.equal(set.args.guardian, guardian)
  const senderBefore = await H.pc.getBalance({ address: sender.address })

  // The recipient does not guard it.
  const m = await walletPage('/mine', keys.member)
  await guardingTab(m.page)
  assert.equal(await card(m.page, id).count(), 0, 'the recipient does not guard it')

  const g = await walletPage('/mine', keys.recipient)
  await guardingTab(g.page)
  assert.deepEqual(await actionsOf(g.page, id, 'intercept'), ['intercept'])
  assert.equal(await card(g.page, id).getByTestId('org').count(), 0, 'not an organisation\'s packet')
  await card(g.page, id).getByText(`${guardian} ✓`).waitFor()
  await shot(g.page, 'mine-guarding-guardian.png')
  await card(g.page, id).getByTestId('action-intercept').click()
  await g.page.getByTestId('notice').waitFor({ timeout: 60_000 })
  if (await g.page.getByTestId('action-error').count()) assert.fail(await g.page.getByTestId('action-error').textContent())

  const [ic, ...more] = await escrowEvents('Intercepted', { id })
  assert.equal(more.length, 0)
  assert.equal(ic.args.guardian, guardian)
  assert.equal(ic.args.to, sender.address, 'a plain packet goes back to its sender')
  assert.equal(ic.args.amount, amount)
  const receipt = await H.pc.getTransactionReceipt({ hash: ic.transactionHash })
  assert.equal(receipt.from.toLowerCase(), guardian.toLowerCase())
  assert.equal(await H.pc.getBalance({ address: sender.address }), senderBefore + amount, 'the sender has it back (the guardian paid the gas)')
  assert.equal(await escrowRead('hasClaimed', [id, to]), false)
  assert.equal((await escrowRead('getPacket', [id])).remaining, 0n)
  await card(g.page, id).getByTestId('closed').filter({ hasText: /intercept/i }).waitFor({ timeout: 30_000 })
  assert.deepEqual(await actionsOf(g.page, id), [])
  for (const pg of [m, g]) assert.deepEqual(pg.errors, [])
})

// ---- contrast ---------------------------------------------------------------------------------------------

/** measure records the contrast of every text on page now as screen (both colour schemes the CSS has). */
async function measure(t, report, screen, page) {
  const schemes = (await hasDarkScheme(page)) ? ['light', 'dark'] : ['light']
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme })
    const rows = await contrastIn(page)
    const name = `${screen} (${scheme})`
    assert.ok(rows.length >= 5, `${name}: only ${rows.length} texts measured`)
    const low = rows.reduce((x, y) => (y.ratio < x.ratio ? y : x))
    report[name] = { texts: rows.length, lowest: low, failing: rows.filter((r) => r.ratio < r.need), rows }
    t.diagnostic(`${name}: lowest ${low.ratio.toFixed(2)}:1 (needs ${low.need}) — ${low.el} "${low.text}" ${low.fg} on ${low.bg}, ${low.px}px/${low.weight}; ${rows.length} texts`)
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

/** fillSend fills the send form ({kind, token, amount, to, shares}) and asks for the review. */
async function fillSend(page, f) {
  await page.locator('#send-kind').selectOption(f.kind)
  await page.locator('#send-token').selectOption({ label: f.token })
  await page.locator('#send-amount-hint').filter({ hasText: f.token }).waitFor()
  await page.locator('#send-amount').fill(f.amount)
  if (f.kind === 'direct') await page.locator('#send-to').fill(f.to)
  else await page.locator('#send-shares').fill(String(f.shares))
  await page.getByTestId('review').click()
}

/** sendReviewed confirms every warning of the review on page, sends, and returns the sent screen's links. */
async function sendReviewed(page) {
  await page.getByTestId('risk-checking').waitFor({ state: 'detached' })
  for (const box of await page.getByTestId('confirm-warning').all()) await box.check()
  await page.getByTestId('send').click()
  await page.locator('[data-testid=sent], [data-testid=form-error]').first().waitFor({ timeout: 60_000 })
  if (await page.getByTestId('form-error').count()) assert.fail(await page.getByTestId('form-error').textContent())
  const links = {}
  for (const k of ['claim-link', 'respond-link', 'packet-link']) {
    if (await page.getByTestId(k).count()) links[k] = (await page.getByTestId(k).textContent()).trim()
  }
  return links
}

test('contrast, measured in Chromium: every visible text meets WCAG AA (4.5:1, large text 3:1) on the claim page, the send form, My packets and the packet page', async (t) => {
  const report = {}
  const { orgId, member } = await theOrg()
  // A live packet of the organisation, so that My packets and the packet page show buttons and countdowns.
  const { id } = await sendDirectFromOrg(member, orgId, { token: H.ready.token, amount: 50_00n, recipient: addr(keys.recipient) })

  // The send form (the member's own wallet): a refused input, a review with its clauses and a risk warning,
  // the sent screen; then a group packet whose claim link the claim page opens.
  const s = await walletPage('/send', keys.member)
  await fillSend(s.page, { kind: 'direct', token: 'tCNY', amount: '1.5.1', to: addr(keys.treasury) })
  await s.page.getByTestId('form-error').waitFor()
  await measure(t, report, 'send form, refused input', s.page)
  await fillSend(s.page, { kind: 'direct', token: 'tCNY', amount: '10.00', to: addr(keys.treasury) })
  await s.page.getByTestId('clauses').waitFor()
  await s.page.getByTestId('warning').first().waitFor({ timeout: 30_000 })
  await measure(t, report, 'send form, review', s.page)
  await shot(s.page, 'contrast-send-review.png')
  await sendReviewed(s.page)
  await measure(t, report, 'send form, sent', s.page)
  await s.page.getByTestId('send-another').click()
  await fillSend(s.page, { kind: 'equal', token: 'ETH', amount: '0.2', shares: 2 })
  await s.page.getByTestId('clauses').waitFor()
  const { 'claim-link': claimLink } = await sendReviewed(s.page)
  assert.ok(claimLink, 'a group packet has a claim link')

  // The claim page, as a visitor with no wallet opens it, then after a claim through the relayer.
  const v = await newPage()
  await v.page.goto(claimLink)
  await v.page.getByTestId('claim-relay').waitFor()
  await measure(t, report, 'claim page', v.page)
  await v.page.getByTestId('claim-relay').click()
  await v.page.getByTestId('received').waitFor({ timeout: 60_000 })
  await measure(t, report, 'claim page, received', v.page)
  await shot(v.page, 'contrast-claimed.png')

  // My packets: the member's (an open packet and an intercepted one), the recipient's received tab.
  const m = await walletPage('/mine', keys.member)
  await m.page.getByTestId('tab-sent').click()
  await card(m.page, id).getByTestId('actions').waitFor({ timeout: 30_000 })
  await measure(t, report, 'My packets, sent', m.page)
  await shot(m.page, 'contrast-mine.png')
  const r = await walletPage('/mine', keys.recipient)
  await r.page.getByTestId('tab-received').click()
  await card(r.page, id).getByTestId('actions').waitFor({ timeout: 30_000 })
  await measure(t, report, 'My packets, received', r.page)

  // The packet page, as the organisation's admin sees it (the intercept button), and its Guarding tab.
  const a = await walletPage(packetPath(id), keys.admin)
  await card(a.page, id).getByTestId('action-intercept').waitFor({ timeout: 30_000 })
  await measure(t, report, 'packet page, admin', a.page)
  await a.page.getByTestId('nav-mine').click()
  await guardingTab(a.page)
  await card(a.page, id).getByTestId('action-intercept').waitFor({ timeout: 30_000 })
  await measure(t, report, 'My packets, guarding', a.page)

  writeFileSync(join(outDir, 'contrast.json'), JSON.stringify(report, null, 2))
  const failing = Object.entries(report).flatMap(([name, r]) => r.failing.map((f) =>
    `${name}: ${f.el} "${f.text}" ${f.fg} on ${f.bg} = ${f.ratio}:1, needs ${f.need}:1 (${f.px}px, weight ${f.weight})`))
  assert.deepEqual(failing, [], `texts below WCAG AA (all rows in ${join(outDir, 'contrast.json')})`)
  for (const pg of [v, s, m, r, a]) assert.deepEqual(pg.errors, [])
})
