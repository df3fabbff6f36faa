// Helpers of org.spec.mjs: an organisation set up on the dev chain with viem (the calls `hongbao org create|fund|
// add-member` and `send --org` make), and the WCAG 2.x contrast measure. The measure's maths is one function
// (wcag) that runs both in node (test/contrast.test.mjs, over the colour variables of src/style.css) and in
// the page (measureContrast, over the computed styles). This module starts nothing: it does not import
// harness.mjs, so the unit test can use it without a browser or a chain.
import { createWalletClient, erc20Abi, http, parseEventLogs, zeroAddress } from 'viem'
import { mnemonicToAccount, privateKeyToAccount } from 'viem/accounts'
import { hongbaoEscrowAbi } from '@hongbao/contracts'

// The ten public dev accounts of Anvil and Hardhat (node/devkeys): the server's ready line gives only the keys
// of the two test wallets, and the organisation uses others so that it leaves their balances alone.
const devMnemonic = 'test test test test test test test test test test test junk'

/** devKey is the 0x private key of dev account i (0..9). */
export function devKey(i) {
  const key = mnemonicToAccount(devMnemonic, { addressIndex: i }).getHdKey().privateKey
  return `0x${Buffer.from(key).toString('hex')}`
}

/**
 * chainActor is a dev key that sends transactions to the escrow and tokens and waits for each receipt.
 * dev: { pc (public client), rpcUrl, escrow }.
 */
export function chainActor(key, { pc, rpcUrl, escrow }) {
  const wc = createWalletClient({ account: privateKeyToAccount(key), chain: pc.chain, transport: http(rpcUrl) })
  const mined = async (hash) => {
    const r = await pc.waitForTransactionReceipt({ hash })
    if (r.status !== 'success') throw new Error(`transaction ${hash} reverted`)
    return r
  }
  return {
    address: wc.account.address,
    /** escrow calls functionName on the escrow and returns the receipt with its decoded escrow events. */
    async escrow(functionName, args, value) {
      const r = await mined(await wc.writeContract({ address: escrow, abi: hongbaoEscrowAbi, functionName, args, value }))
      return { receipt: r, events: parseEventLogs({ abi: hongbaoEscrowAbi, logs: r.logs.filter((l) => l.address.toLowerCase() === escrow.toLowerCase()) }) }
    },
    async approve(token, amount) {
      return mined(await wc.writeContract({ address: token, abi: erc20Abi, functionName: 'approve', args: [escrow, amount] }))
    },
  }
}

/**
 * setUpOrg creates an organisation (admin as its first admin, treasury fixed), funds its budget with `budget`
 * of token and adds member with the caps, as `hongbao org create`, `org fund` and `org add-member` do.
 * Returns { orgId }.
 */
export async function setUpOrg({ admin, treasury, token, budget, member, perPacket, daily }) {
  const created = await admin.escrow('createOrg', [treasury])
  const ev = created.events.find((e) => e.eventName === 'OrgCreated')
  if (!ev) throw new Error('createOrg emitted no OrgCreated')
  const orgId = ev.args.orgId
  if (token !== zeroAddress) await admin.approve(token, budget)
  await admin.escrow('fundOrg', [orgId, token, budget], token === zeroAddress ? budget : undefined)
  await admin.escrow('setOrgMember', [orgId, member, token, perPacket, daily])
  return { orgId }
}

/** Kind and AuthMode as the escrow numbers them (IHongbaoEscrow). */
export const Kind = { Direct: 0, Equal: 1, Lucky: 2, SealedLucky: 3 }

/** sendDirectFromOrg sends a Direct packet of amount to recipient from the budget of orgId (`send --org`). */
export async function sendDirectFromOrg(member, orgId, { token, amount, recipient, ttl = 24 * 3600 }) {
  const p = { token, kind: Kind.Direct, auth: 0, shares: 1, delay: 0, ttl, amount, recipient,
    root: `0x${'0'.repeat(64)}`, guardian: zeroAddress }
  const { events, receipt } = await member.escrow('sendFromOrg', [orgId, p])
  const sent = events.find((e) => e.eventName === 'PacketSent')
  if (!sent) throw new Error('sendFromOrg emitted no PacketSent')
  return { id: sent.args.id, receipt, events }
}

/**
 * sendDirect sends a plain Direct packet (not an organisation's) of amount to recipient from actor's own funds,
 * with guardian (`send --guardian`); ETH only (token = zero address). Returns { id, receipt, events }.
 */
export async function sendDirect(actor, { amount, recipient, guardian = zeroAddress, ttl = 24 * 3600 }) {
  const p = { token: zeroAddress, kind: Kind.Direct, auth: 0, shares: 1, delay: 0, ttl, amount, recipient,
    root: `0x${'0'.repeat(64)}`, guardian }
  const { events, receipt } = await actor.escrow('send', [p], amount)
  const sent = events.find((e) => e.eventName === 'PacketSent')
  if (!sent) throw new Error('send emitted no PacketSent')
  return { id: sent.args.id, receipt, events }
}

// ---- contrast (WCAG 2.x) -----------------------------------------------------------------------------------

/**
 * wcag returns the contrast maths: parseColor (CSS colour -> [r, g, b, a], or null), over (alpha-composite a
 * colour onto an opaque one), luminance, ratio (the WCAG 2.x contrast ratio of two opaque colours),
 * gradientColors (every colour named in a gradient), isLarge and minRatio (the WCAG 1.4.3 AA thresholds:
 * 3 for large text, 24 px or 18.66 px bold, else 4.5). It closes over nothing, so that its source can be
 * evaluated in the page as it is.
 */
export function wcag() {
  const named = { white: [255, 255, 255, 1], black: [0, 0, 0, 1], transparent: [0, 0, 0, 0], red: [255, 0, 0, 1] }
  function parseColor(s) {
    if (!s) return null
    s = String(s).trim().toLowerCase()
    if (named[s]) return named[s].slice()
    let m = /^#([0-9a-f]{3,8})$/.exec(s)
    if (m) {
      let hex = m[1]
      if (hex.length === 3 || hex.length === 4) hex = [...hex].map((c) => c + c).join('')
      if (hex.length !== 6 && hex.length !== 8) return null
      const n = (i) => parseInt(hex.slice(i, i + 2), 16)
      return [n(0), n(2), n(4), hex.length === 8 ? n(6) / 255 : 1]
    }
    m = /^rgba?\(([^)]*)\)$/.exec(s)
    if (m) {
      const parts = m[1].split(/[\s,/]+/).filter(Boolean)
      const num = (p, scale) => (p.endsWith('%') ? (parseFloat(p) / 100) * scale : parseFloat(p))
      const [r, g, b] = parts.slice(0, 3).map((p) => num(p, 255))
      const a = parts.length > 3 ? num(parts[3], 1) : 1
      return [r, g, b, a]
    }
    return null
  }
  function over(fg, bg) {
    const a = fg[3]
    return [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a)).concat(1)
  }
  function channel(c) {
    c /= 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  function luminance(c) {
    return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
  }
  function ratio(a, b) {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi + 0.05) / (lo + 0.05)
  }
  function gradientColors(s) {
    return (String(s).match(/rgba?\([^)]*\)|#[0-9a-fA-F]{3,8}\b|\b(?:white|black|transparent)\b/g) ?? []).map(parseColor).filter(Boolean)
  }
  const isLarge = (px, weight) => px >= 24 || (px >= 18.66 && weight >= 700)
  const minRatio = (px, weight) => (isLarge(px, weight) ? 3 : 4.5)
  const hex = (c) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')
  return { parseColor, over, luminance, ratio, gradientColors, isLarge, minRatio, hex }
}

/**
 * measureContrast runs in the page (pass it to page.evaluate with the source of wcag, see contrastIn): every
 * visible element with text of its own (a non-blank text node child, or a text field or select with a value)
 * is measured: its computed colour against its effective background, found by compositing, from the root
 * down, every ancestor's background colour and gradient (each gradient colour is a candidate: the worst one
 * counts) at the ancestors' opacity. The text's own alpha and opacity are applied on top. Left out, as WCAG
 * 1.4.3 exempts them: disabled controls (and their contents), and decorative text hidden from assistive
 * technology (aria-hidden, the 红 seal, a logo). Returns one row per element.
 */
export function measureContrast(W) {
  const rows = []
  const opacityOf = (el) => {
    let op = 1
    for (let a = el; a && a.nodeType === 1; a = a.parentElement) op *= parseFloat(getComputedStyle(a).opacity)
    return op
  }
  const describe = (el) => {
    const id = el.dataset?.testid ? `[data-testid=${el.dataset.testid}]` : el.id ? `#${el.id}` : ''
    const cls = el.classList.length ? '.' + [...el.classList].join('.') : ''
    const parent = el.parentElement
    const pcls = parent && parent !== document.body ? (parent.classList.length ? `${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')} > ` : `${parent.tagName.toLowerCase()} > `) : ''
    return `${pcls}${el.tagName.toLowerCase()}${cls}${id}`
  }
  const ownText = (el) => {
    if (el.matches('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea')) return el.value
    if (el.matches('select')) return el.selectedOptions?.[0]?.textContent ?? ''
    if (el.matches('option, script, style, noscript')) return ''
    return [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('')
  }
  for (const el of document.body.querySelectorAll('*')) {
    const text = ownText(el).trim()
    if (!text) continue
    const cs = getComputedStyle(el)
    if (cs.visibility !== 'visible' || cs.display === 'none' || el.getClientRects().length === 0) continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) continue
    if (el.closest(':disabled, [aria-hidden=true], [hidden]')) continue
    const op = opacityOf(el)
    if (op === 0) continue
    // the layers under the text, root first
    const chain = []
    for (let a = el; a && a.nodeType === 1; a = a.parentElement) chain.unshift(a)
    let bgs = [[255, 255, 255, 1]] // the canvas
    for (const a of chain) {
      const acs = getComputedStyle(a)
      const aop = opacityOf(a)
      const color = W.parseColor(acs.backgroundColor)
      if (color && color[3] > 0) bgs = bgs.map((b) => W.over([...color.slice(0, 3), color[3] * aop], b))
      if (/gradient\(/.test(acs.backgroundImage)) {
        const stops = W.gradientColors(acs.backgroundImage)
        if (stops.length) bgs = bgs.flatMap((b) => stops.map((g) => W.over([...g.slice(0, 3), g[3] * aop], b)))
      }
    }
    const fg = W.parseColor(cs.color)
    if (!fg) continue
    let worst = null
    for (const b of bgs) {
      const text = W.over([...fg.slice(0, 3), fg[3] * op], b)
      const ratio = W.ratio(text, b)
      if (!worst || ratio < worst.ratio) worst = { ratio, fg: W.hex(text), bg: W.hex(b) }
    }
    const px = parseFloat(cs.fontSize)
    const weight = parseInt(cs.fontWeight, 10) || 400
    rows.push({ el: describe(el), text: text.slice(0, 40), px, weight, need: W.minRatio(px, weight), ...worst, ratio: Math.round(worst.ratio * 100) / 100 })
  }
  return rows
}

/** contrastIn measures the page as it is now (see measureContrast). */
export function contrastIn(page) {
  return page.evaluate(`(${measureContrast.toString()})((${wcag.toString()})())`)
}

/** hasDarkScheme tells whether the page's style sheets have rules for prefers-color-scheme: dark. */
export function hasDarkScheme(page) {
  return page.evaluate(() => {
    const walk = (rules) => [...rules].some((r) => (r.media && /prefers-color-scheme:\s*dark/.test(r.media.mediaText)) || (r.cssRules && walk(r.cssRules)))
    return [...document.styleSheets].some((s) => { try { return walk(s.cssRules) } catch { return false } })
  })
}
