// The sender's and the recipient's screens: wallet, send form, "My packets", the packet page and the
// recipient's "respond" page. Routes (history API, one page): /, /send, /mine, /packet/<chain>/<escrow>/<id>,
// /respond/<chain>/<escrow>/<id>. The claim page (/claim/...) is main.js's.
import { getAddress, hexToBytes, isAddress, zeroAddress } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { IndexAPI, Relayer } from './api.js'
import { chainOf, escrowAbi, publicClientOf } from './chain.js'
import { claimViaRelayer, settle } from './claim.js'
import { formatClaimCode, newTickets } from './claimcode.js'
import { h } from './dom.js'
import { UserError, sentence } from './errors.js'
import { formatAmount, formatDuration, formatTime, kindLabels, shortAddress } from './format.js'
import { getLang, setLang, t } from './i18n.js'
import { adopt, claimCodeRecord, claimLinkOf, codesOf, kept, keepPending, keepSent, pending, ticketsRecord, ticketsText } from './keep.js'
import { auths, clauses, delays, readForm } from './sendform.js'
import { approveFor, balanceOf, sendPacket, tokenInfo, write } from './txs.js'
import { browserSigner } from './wallet.js'
import { connectWallet, discoverWallets, followWallet } from './wallets.js'

const eq = (a, b) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase()
const walletKey = 'hongbao.wallet'
// pageSize is how many packets one page of "My packets" shows.
const pageSize = 10
// ticketsShown is how many tickets the page lists (each with its link and copy buttons); the download has all.
const ticketsShown = 200
// sealedDrawRule is the risk check's advice for the sealed draw (node/risk): the form ticks the option for it.
const sealedDrawRule = 'sealed-draw'

// storage is the browser's localStorage, or null where it has none (the kept codes, keep.js, then say so).
function storage() {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

const S = {
  app: null,
  config: {},
  chain: null,
  rpcUrl: '',
  pc: null,
  escrow: '',
  api: null,
  relayer: null,
  relayerInfo: null,
  wallets: [],
  choosing: false,
  signer: null,
  walletChain: null,
  unfollow: null,
  route: { name: 'home' },
  skew: 0, // chain time minus wall-clock time, seconds (from the index API's "now")
  lastBlock: 0,
  error: '',
  notice: null,
  busy: '',
  send: null,
  mine: { role: 'sent', packets: [], next: '', total: 0, owed: [], loaded: false, error: '' },
  packet: { data: null, error: '' },
  unwatch: null,
  errs: {}, // the last action's error by packet id: it stays while live updates replace the packet
  shown: {}, // packet id -> its kept codes, shown on its card in My packets or on its page (keep.js)
}

const nowChain = () => Date.now() / 1000 + S.skew

// ---- routing -----------------------------------------------------------------------------------------------

function parseRoute(pathname) {
  const parts = pathname.split('/').filter(Boolean)
  if (parts.length === 0) return { name: 'home' }
  if (parts[0] === 'send') return { name: 'send' }
  if (parts[0] === 'mine') return { name: 'mine' }
  if ((parts[0] === 'packet' || parts[0] === 'respond') && parts.length === 4) {
    const [name, chain, escrow, id] = parts
    if (!/^[0-9]+$/.test(chain) || !isAddress(escrow, { strict: false }) || !/^[0-9]+$/.test(id) || BigInt(id) === 0n) {
      return { name: 'bad', why: `this ${name} link is malformed: it should look like /${name}/<chain id>/<escrow address>/<packet id>` }
    }
    return { name, chainId: Number(chain), escrow: getAddress(escrow), id }
  }
  return { name: 'bad', why: `${pathname} is not a page of this site` }
}

export function go(path) {
  history.pushState(null, '', path)
  enter()
}

function link(path, label, attrs = {}) {
  return h('a', { href: path, ...attrs, onclick: (e) => { if (e.button === 0 && !e.metaKey && !e.ctrlKey) { e.preventDefault(); go(path) } } }, label)
}

async function enter() {
  S.route = parseRoute(location.pathname)
  S.error = ''
  S.notice = null
  if (S.route.name === 'send' && !S.send) S.send = newSendState()
  render()
  await load()
}

// ---- start -----------------------------------------------------------------------------------------------

export async function startApp(app, config) {
  S.app = app
  S.config = config
  setLang(getLang())
  const abs = (u) => (u ? new URL(u, location.href).toString().replace(/\/+$/, '') : '')
  S.rpcUrl = abs(config.rpcUrl)
  S.escrow = config.escrow ? getAddress(config.escrow) : ''
  if (config.chainId) {
    S.chain = chainOf(Number(config.chainId), S.rpcUrl)
    S.pc = publicClientOf(S.chain, S.rpcUrl, null)
  }
  if (config.api) S.api = new IndexAPI(location.origin)
  S.relayer = new Relayer(abs(config.relayerUrl || location.origin))
  S.relayer.info().then((info) => { if (eq(info.escrow, S.escrow)) S.relayerInfo = info }, () => {})
  S.wallets = discoverWallets((list) => {
    S.wallets = list
    reconnect()
    render()
  })
  if (localStorage.getItem('hongbao.useBrowserKey') === '1' && !localStorage.getItem(walletKey)) S.signer = browserSigner()
  window.addEventListener('popstate', enter)
  setInterval(tick, 1000)
  if (S.pc) {
    S.unwatch = S.pc.watchBlockNumber({ emitOnBegin: false, poll: true, pollingInterval: 1000, onBlockNumber: (n) => onBlock(Number(n)), onError: () => {} })
  }
  await enter()
}

// reconnect finds the wallet the visitor connected last time and asks it for its accounts without a prompt.
let reconnecting = false
async function reconnect() {
  const want = localStorage.getItem(walletKey)
  if (!want || S.signer || reconnecting) return
  const entry = S.wallets.find((w) => w.info.uuid === want || w.info.rdns === want)
  if (!entry) return
  reconnecting = true
  try {
    const accounts = await entry.provider.request({ method: 'eth_accounts' })
    if (accounts?.length) await useWallet(entry)
  } catch {
    // the wallet asks again on the next action
  }
  reconnecting = false
}

async function useWallet(entry) {
  S.error = ''
  try {
    const signer = await connectWallet(entry, S.chain)
    S.unfollow?.()
    S.signer = signer
    S.walletChain = signer.chainId
    localStorage.setItem(walletKey, entry.info.rdns || entry.info.uuid)
    localStorage.removeItem('hongbao.useBrowserKey')
    S.choosing = false
    S.unfollow = followWallet(entry.provider, {
      onAccounts: async (accounts) => {
        if (!accounts.length) {
          disconnect()
          return
        }
        S.signer = await connectWallet(entry, S.chain)
        S.walletChain = S.signer.chainId
        onSignerChanged()
      },
      onChain: (id) => {
        S.walletChain = id
        if (S.signer) S.signer.chainId = id
        render()
      },
    })
  } catch (err) {
    S.error = sentence(err)
  }
  onSignerChanged()
}

function useBrowserKey() {
  S.unfollow?.()
  S.signer = browserSigner()
  S.walletChain = null
  localStorage.setItem('hongbao.useBrowserKey', '1')
  localStorage.removeItem(walletKey)
  S.choosing = false
  onSignerChanged()
}

function disconnect() {
  S.unfollow?.()
  S.signer = null
  S.walletChain = null
  localStorage.removeItem(walletKey)
  localStorage.removeItem('hongbao.useBrowserKey')
  onSignerChanged()
}

function onSignerChanged() {
  S.mine = { ...S.mine, packets: [], next: '', loaded: false, owed: [] }
  if (S.send) S.send.review = null
  render()
  load()
}

// ---- data ------------------------------------------------------------------------------------------------

async function load(minBlock = 0) {
  const r = S.route
  try {
    if (r.name === 'mine') await loadMine(minBlock)
    else if (r.name === 'packet' || r.name === 'respond') await loadPacket(minBlock)
    else if (r.name === 'send') await loadSendToken()
  } catch (err) {
    if (r.name === 'mine') S.mine.error = sentence(err)
    else if (r.name === 'send') S.send.error = sentence(err)
    else S.packet.error = sentence(err)
  }
  render()
}

function onBlock(n) {
  if (n <= S.lastBlock) return
  S.lastBlock = n
  if (S.busy) return // the action refreshes itself when its receipt is in
  if (S.route.name === 'mine' || S.route.name === 'packet' || S.route.name === 'respond') load(n)
}

function setNow(now) {
  S.skew = Number(now) - Date.now() / 1000
}

async function loadMine(minBlock) {
  if (!S.api || !S.signer) return
  const me = S.signer.address
  const role = S.mine.role
  const [page, owed] = await Promise.all([
    S.api.packets({ address: me, role, limit: pageSize, minBlock }),
    S.api.owed(me, minBlock),
  ])
  // an answer for another account or another tab (the visitor switched while it came) is dropped
  if (!S.signer || !eq(S.signer.address, me) || S.mine.role !== role) return
  setNow(page.now)
  // A refresh keeps the older pages the visitor opened: it replaces the first page and the rest's updates.
  const more = S.mine.packets.filter((p) => page.next && BigInt(p.id) < BigInt(page.next) && !page.packets.some((q) => q.id === p.id))
  S.mine = { ...S.mine, packets: [...page.packets, ...more], next: more.length ? S.mine.next : page.next, total: page.total, owed: owed.owed, loaded: true, error: '' }
  if (S.mine.role === 'sent') await adoptPending(page.packets)
}

// adoptPending gives the codes kept before a send whose receipt this browser never saw (the tab was closed) to
// their packet: the one whose claim key or tickets' root is theirs. It reads the chain only while such codes wait.
async function adoptPending(packets) {
  if (!S.chain || !S.pc) return
  const where = { chainId: S.chain.id, escrow: S.escrow }
  if (!pending(storage(), where).length) return
  for (const p of packets) {
    if (p.kind === 'direct' || !['claim-key', 'tickets'].includes(p.auth) || kept(storage(), { ...where, id: p.id })) continue
    const v = await S.pc.readContract({ address: S.escrow, abi: escrowAbi, functionName: 'getPacket', args: [BigInt(p.id)] })
    adopt(storage(), { ...where, id: p.id }, p.auth === 'tickets' ? v.root : v.recipient)
  }
}

async function loadMore() {
  const role = S.mine.role
  const page = await S.api.packets({ address: S.signer.address, role, limit: pageSize, before: S.mine.next })
  if (S.mine.role !== role) return
  S.mine.packets.push(...page.packets)
  S.mine.next = page.next ?? ''
  render()
}

async function loadPacket(minBlock) {
  const r = S.route
  if (r.chainId !== S.chain?.id || !eq(r.escrow, S.escrow)) {
    throw new UserError('OtherEscrow', `this link is for escrow ${r.escrow} on chain ${r.chainId}; this server serves ${S.escrow || 'no escrow'} on chain ${S.chain?.id ?? '?'}`)
  }
  if (!S.api) throw new UserError('NoApi', t('mine.noApi'))
  const res = await S.api.packet(r.id, { viewer: S.signer?.address, minBlock })
  setNow(res.now)
  S.packet = { data: res.packet, error: '' }
}

// ---- actions ---------------------------------------------------------------------------------------------

async function act(p, a, extra = {}) {
  S.busy = `${p.id}:${a.action}`
  S.notice = null
  delete S.errs[p.id]
  render()
  const id = /^[0-9]+$/.test(p.id) ? BigInt(p.id) : 0n // owed balances are not packets
  const common = { signer: S.signer, pc: S.pc, chain: S.chain, rpcUrl: S.rpcUrl, address: S.escrow }
  try {
    let res
    switch (a.action) {
      case 'withdraw':
        res = await write({ ...common, functionName: 'withdrawCoolOff', args: [id] })
        break
      case 'undo':
      case 'request-undo':
        res = await write({ ...common, functionName: 'undo', args: [id] })
        break
      case 'approve-undo':
        res = await write({ ...common, functionName: 'approveUndo', args: [id] })
        break
      case 'decline':
        res = await write({ ...common, functionName: 'decline', args: [id] })
        break
      case 'intercept':
        res = await write({ ...common, functionName: 'intercept', args: [id] })
        break
      case 'refund':
        res = await write({ ...common, functionName: 'refund', args: [id] })
        break
      case 'return': {
        const amount = extra.amount
        if (p.token !== zeroAddress) await approveFor({ ...common, escrow: S.escrow, token: p.token, amount })
        res = await write({ ...common, functionName: 'returnFunds', args: [id, amount], value: p.token === zeroAddress ? amount : undefined })
        break
      }
      case 'claim':
        res = await accept(p)
        break
      case 'settle': {
        // a sealed packet's waiting shares, all of them (each may pay its claimer and a relayer)
        const receipt = await settle({ signer: S.signer, publicClient: S.pc, chain: S.chain, rpcUrl: S.rpcUrl, escrow: S.escrow, id, before: Math.max(0, (p.pending ?? 1) - 1) })
        res = { hash: receipt.transactionHash, block: Number(receipt.blockNumber) }
        break
      }
      case 'withdraw-owed':
        res = await write({ ...common, functionName: 'withdrawOwed', args: [p.token, S.signer.address] })
        break
      default:
        throw new UserError('UnknownAction', `unknown action ${a.action}`)
    }
    S.notice = { what: t(`action.${a.action === 'withdraw-owed' ? 'withdraw' : a.action}`, { amount: '' }).trim(), tx: res.hash }
    await load(res.block ?? Number(res.receipt?.blockNumber ?? 0))
  } catch (err) {
    S.errs[p.id] = sentence(err, { claimer: S.signer?.address, symbol: p.symbol, decimals: p.decimals, packetId: p.id })
  }
  S.busy = ''
  render()
}

// accept claims a Direct packet: from a wallet (or a browser key with ETH) directly, else through the relayer.
async function accept(p) {
  const direct = S.signer.kind === 'wallet' || (await S.pc.getBalance({ address: S.signer.address })) > 0n
  if (direct) return write({ signer: S.signer, pc: S.pc, chain: S.chain, rpcUrl: S.rpcUrl, address: S.escrow, functionName: 'claim', args: [BigInt(p.id), '0x'] })
  if (!S.relayerInfo) throw new UserError('NoRelayer', t('wallet.browserKeyNoGas'))
  const rp = await S.relayer.packet(p.id, S.signer.address)
  const out = await claimViaRelayer({ signer: S.signer, relayer: S.relayer, info: S.relayerInfo, packet: rp, link: { chainId: S.chain.id, escrow: S.escrow }, auth: '0x' })
  return { hash: out.txHash, block: out.block }
}

// ---- send ------------------------------------------------------------------------------------------------

function newSendState() {
  return { kind: 'lucky', sealed: false, sealedTouched: false, auth: auths[0], token: zeroAddress, amount: '', to: '', shares: '3', delay: 'none', guardian: '', info: null, balance: null,
    tiers: [], lock: null, minShare: 1n, error: '', review: null, confirmed: {}, step: '', result: null }
}

async function loadSendToken() {
  const f = S.send
  if (!S.pc) return
  const info = await tokenInfo(S.pc, f.token)
  const [pol, lock, balance] = await Promise.all([
    S.pc.readContract({ address: S.escrow, abi: escrowAbi, functionName: 'tokenPolicy', args: [f.token] }),
    S.signer ? S.pc.readContract({ address: S.escrow, abi: escrowAbi, functionName: 'lockOf', args: [S.signer.address, f.token] }) : null,
    S.signer ? balanceOf(S.pc, info, S.signer.address) : null,
  ])
  Object.assign(f, { info, minShare: pol[0], tiers: pol[1], lock, balance })
}

function formValues() {
  const f = S.send
  for (const k of ['amount', 'to', 'shares', 'guardian']) {
    const el = document.getElementById(`send-${k}`)
    if (el) f[k] = el.value
  }
  return f
}

async function review() {
  const f = formValues()
  f.error = ''
  f.review = null
  f.confirmed = {}
  try {
    if (!S.signer) throw new UserError('NoSigner', t('mine.connect'))
    if (!f.info) await loadSendToken()
    const read = () => readForm({ ...f, token: f.info, balance: f.balance, minShare: f.minShare })
    const clausesOf = (p) => clauses({ ...p, token: f.info, tiers: f.tiers, lock: f.lock, now })
    let p = read()
    const head = await S.pc.getBlock({ blockTag: 'latest' })
    const now = Number(head.timestamp)
    const c = clausesOf(p)
    if (c.lockProblem) throw new UserError('DelayTooShort', c.lockProblem)
    const r = { p, lines: c.lines, warnings: null, riskProblem: '' }
    f.review = r
    render()
    const warnings = await riskCheck(p)
    if (f.review !== r) return // the form changed while the server answered
    // The server advises the sealed draw (a Lucky packet above the token's first undo tier): the option is ticked
    // for it, unless the sender chose.
    if (p.kind === 'lucky' && !f.sealedTouched && warnings.some((w) => w.code === sealedDrawRule)) {
      f.sealed = true
      p = read()
      Object.assign(r, { p, lines: clausesOf(p).lines })
    }
    r.warnings = warnings
  } catch (err) {
    if (f.review) f.review.riskProblem = t('send.riskUnavailable', { why: sentence(err) })
    else f.error = sentence(err)
  }
  render()
}

function localTime() {
  const d = new Date()
  const off = -d.getTimezoneOffset()
  const p = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0')
  const local = new Date(d.getTime() + off * 60000).toISOString().slice(0, 19)
  return `${local}${off >= 0 ? '+' : '-'}${p(off / 60)}:${p(off % 60)}`
}

async function riskCheck(p) {
  if (!S.api) throw new UserError('NoApi', 'this server has no risk check')
  const res = await S.api.risk({
    sender: S.signer.address,
    token: p.token === zeroAddress ? '' : p.token,
    amount: String(p.amount),
    kind: p.kind,
    recipient: p.kind === 'direct' ? p.recipient : undefined,
    auth: p.kind === 'direct' ? undefined : p.auth,
    delay: `${p.delay}s`,
    localTime: localTime(),
  })
  return res.warnings ?? []
}

function canSend() {
  const r = S.send.review
  if (!r || r.warnings === null) return false
  if (r.riskProblem && !S.send.confirmed.risk) return false
  return r.warnings.every((w, i) => !w.needsConfirm || S.send.confirmed[i])
}

async function doSend() {
  const f = S.send
  const r = f.review
  f.error = ''
  S.busy = 'send'
  render()
  try {
    // The claim code or the tickets are made, and kept in this browser, before anything is sent: a send must
    // never leave a packet nobody can claim.
    const where = { chainId: S.chain.id, escrow: S.escrow }
    let claimKey = null
    let code = ''
    let tickets = null
    let record = null
    if (r.p.kind !== 'direct' && r.p.auth === 'tickets') {
      f.step = 'tickets'
      render()
      await new Promise((ok) => setTimeout(ok, 0)) // the step is on screen while the keys are made
      tickets = newTickets(r.p.shares)
      record = ticketsRecord(tickets)
    } else if (r.p.kind !== 'direct') {
      claimKey = generatePrivateKey()
      code = formatClaimCode(hexToBytes(claimKey))
      record = claimCodeRecord(code, privateKeyToAccount(claimKey).address)
    }
    if (record) keepPending(storage(), where, record)
    const res = await sendPacket({
      signer: S.signer, pc: S.pc, chain: S.chain, rpcUrl: S.rpcUrl, escrow: S.escrow, token: f.info,
      p: { ...r.p, claimKey: claimKey ? privateKeyToAccount(claimKey).address : undefined, root: tickets?.root },
      onStep: (s) => { f.step = s; render() },
    })
    const id = String(res.id)
    const base = `${location.origin}`
    const path = (kind) => `/${kind}/${S.chain.id}/${S.escrow}/${id}`
    f.result = {
      id, hash: res.hash,
      claimLink: code ? claimLinkOf(base, { ...where, id }, code) : '',
      tickets: tickets ? tickets.tickets.map((tk) => tk.code) : null,
      kept: record ? keepSent(storage(), { ...where, id }, record) : true,
      respondLink: r.p.kind === 'direct' ? `${base}${path('respond')}` : '',
      packetLink: `${base}${path('packet')}`,
    }
    f.review = null
  } catch (err) {
    f.error = sentence(err, { symbol: f.info?.symbol, decimals: f.info?.decimals })
  }
  f.step = ''
  S.busy = ''
  render()
}

// ---- rendering -------------------------------------------------------------------------------------------

function txRef(hash) {
  const short = shortAddress(hash)
  if (S.config.explorerUrl) return h('a', { href: `${S.config.explorerUrl}/tx/${hash}`, target: '_blank', rel: 'noopener', class: 'mono', 'data-testid': 'tx-link' }, short)
  return h('span', { class: 'mono', title: hash }, short)
}

function copyButton(text, testid, label) {
  return h('button', { class: 'secondary small-btn', type: 'button', 'data-testid': testid, 'aria-label': label, onclick: async (e) => {
    try {
      await navigator.clipboard.writeText(text)
      e.target.textContent = t('copied')
    } catch {
      // no clipboard permission: the text is selectable next to the button
    }
  } }, t('copy'))
}

export function render() {
  if (!S.app) return
  const focused = document.activeElement?.id
  document.title = `${t('app.title')} · hongbao`
  S.app.replaceChildren(header(), walletCard(), ...screen())
  if (focused) document.getElementById(focused)?.focus()
}

function header() {
  const r = S.route.name
  const nav = (path, key, name) => link(path, t(key), { id: `nav-${name}`, class: r === name ? 'tab current' : 'tab', 'aria-current': r === name ? 'page' : false, 'data-testid': `nav-${name}` })
  return h('header', { class: 'top' },
    h('span', { class: 'seal', 'aria-hidden': 'true' }, '红'), h('span', {}, 'hongbao'),
    h('nav', { class: 'tabs', 'aria-label': 'hongbao' }, nav('/send', 'nav.send', 'send'), nav('/mine', 'nav.mine', 'mine')),
    h('button', { id: 'lang', class: 'link lang', type: 'button', 'data-testid': 'lang', lang: getLang() === 'en' ? 'zh-CN' : 'en',
      onclick: () => { setLang(getLang() === 'en' ? 'zh' : 'en'); render() } }, t('lang.switch')))
}

function walletCard() {
  const s = S.signer
  const parts = []
  if (s) {
    parts.push(h('div', { class: 'row spread' },
      h('div', {}, h('div', { class: 'small muted' }, s.kind === 'wallet' ? t('wallet.connected', { name: s.name }) : t('wallet.browserKey')),
        h('div', { class: 'mono addr', 'data-testid': 'account' }, s.address)),
      h('button', { id: 'disconnect', class: 'link', type: 'button', onclick: disconnect, 'data-testid': 'disconnect' }, t('wallet.disconnect'))))
    if (s.kind === 'wallet' && S.chain && S.walletChain !== null && S.walletChain !== S.chain.id) {
      parts.push(h('p', { class: 'error', role: 'alert', 'data-testid': 'wrong-chain' }, t('wallet.wrongChain', { have: S.walletChain, want: S.chain.id })),
        h('button', { class: 'secondary', type: 'button', 'data-testid': 'switch-chain', onclick: async () => {
          try {
            await s.walletClient()
          } catch (err) {
            S.error = sentence(err)
          }
          render()
        } }, t('wallet.switch', { want: S.chain.id })))
    }
  } else if (S.choosing || S.wallets.length > 0) {
    parts.push(h('div', { class: 'small muted' }, t('wallet.choose')))
    for (const w of S.wallets) {
      parts.push(h('button', { class: 'secondary wallet-option', type: 'button', 'data-testid': 'wallet-option', 'data-rdns': w.info.rdns, onclick: () => useWallet(w) },
        w.info.icon ? h('img', { src: w.info.icon, alt: '', width: 20, height: 20 }) : null, ' ', w.info.name))
    }
    parts.push(h('button', { class: 'link', type: 'button', 'data-testid': 'use-browser-key', onclick: useBrowserKey }, t('wallet.browserKey')))
  } else {
    parts.push(h('p', { class: 'small muted' }, t('wallet.none')),
      h('button', { class: 'secondary', type: 'button', 'data-testid': 'use-browser-key', onclick: useBrowserKey }, t('wallet.browserKey')))
  }
  if (S.error) parts.push(h('p', { class: 'error', role: 'alert', 'data-testid': 'error' }, S.error))
  return h('section', { class: 'card wallet', 'aria-label': t('wallet.connect') }, ...parts)
}

function screen() {
  switch (S.route.name) {
    case 'send':
      return sendScreen()
    case 'mine':
      return mineScreen()
    case 'packet':
    case 'respond':
      return packetScreen()
    case 'bad':
      return [h('section', { class: 'card' }, h('p', { class: 'error', 'data-testid': 'error' }, S.route.why))]
    default:
      return homeScreen()
  }
}

function homeScreen() {
  const input = h('input', { id: 'link', type: 'url', placeholder: 'https://…/claim/…', autocomplete: 'off' })
  return [h('section', { class: 'card' },
    h('h1', {}, t('app.title')),
    h('p', {}, link('/send', t('nav.send'), { class: 'button primary', 'data-testid': 'go-send' })),
    h('p', {}, link('/mine', t('nav.mine'), { class: 'button secondary', 'data-testid': 'go-mine' })),
    h('form', { onsubmit: (e) => { e.preventDefault(); if (input.value.trim()) location.href = input.value.trim() } },
      h('label', { for: 'link' }, t('nav.claim')), input, h('button', { class: 'secondary', type: 'submit' }, t('home.open'))))]
}

function field(id, label, input, hint) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('p', { class: 'muted small', id: `${id}-hint` }, hint) : null)
}

function sendScreen() {
  const f = S.send
  if (f.result) return [sentCard(f.result)]
  const tokens = [{ symbol: 'ETH', address: zeroAddress }, ...(S.config.tokens ?? [])]
  const onChange = (k) => (e) => {
    formValues()
    f[k] = e.target.value
    f.review = null
    if (k === 'token') {
      f.info = null
      f.balance = null
      load()
    }
    render()
  }
  // Typing changes the state only: a re-render (a token read finishing) keeps what was typed.
  const onInput = (k) => (e) => {
    f[k] = e.target.value
    if (f.review) {
      f.review = null
      render()
    }
  }
  const sym = f.info?.symbol ?? ''
  const form = h('form', { class: 'card', 'aria-labelledby': 'send-title', novalidate: true, onsubmit: (e) => { e.preventDefault(); review() } },
    h('h1', { id: 'send-title' }, t('send.title')),
    field('send-kind', t('send.kind'), h('select', { id: 'send-kind', onchange: onChange('kind') },
      ['lucky', 'equal', 'direct'].map((k) => h('option', { value: k, selected: f.kind === k }, t(`send.kind.${k}`))))),
    field('send-token', t('send.token'), h('select', { id: 'send-token', onchange: onChange('token') },
      tokens.map((tk) => h('option', { value: tk.address, selected: eq(f.token, tk.address) }, tk.symbol)))),
    field('send-amount', `${t('send.amount')}${sym ? ` (${sym})` : ''}`,
      h('input', { id: 'send-amount', inputmode: 'decimal', autocomplete: 'off', value: f.amount, 'aria-describedby': 'send-amount-hint', oninput: onInput('amount') }),
      f.balance !== null && f.info ? t('send.balance', { amount: formatAmount(f.balance, f.info.decimals, f.info.symbol) }) : ''),
    f.kind === 'direct'
      ? field('send-to', t('send.to'), h('input', { id: 'send-to', autocomplete: 'off', spellcheck: 'false', class: 'mono', value: f.to, placeholder: '0x…', oninput: onInput('to') }))
      : field('send-shares', t('send.shares'), h('input', { id: 'send-shares', inputmode: 'numeric', value: f.shares, oninput: onInput('shares') })),
    f.kind !== 'direct' && field('send-auth', t('send.auth'), h('select', { id: 'send-auth', 'aria-describedby': 'send-auth-hint', onchange: onChange('auth') },
      auths.map((a) => h('option', { value: a, selected: f.auth === a }, t(`send.auth.${a}`)))), t('send.authHint')),
    f.kind === 'lucky' && h('label', { class: 'check', for: 'send-sealed' },
      h('input', { type: 'checkbox', id: 'send-sealed', 'data-testid': 'send-sealed', checked: f.sealed,
        onchange: (e) => { formValues(); f.sealed = e.target.checked; f.sealedTouched = true; f.review = null; render() } }), ' ', t('send.sealed')),
    field('send-delay', t('send.delay'), h('select', { id: 'send-delay', onchange: onChange('delay') },
      Object.keys(delays).map((d) => h('option', { value: d, selected: f.delay === d }, t(`send.delay.${d}`))))),
    field('send-guardian', t('send.guardian'), h('input', { id: 'send-guardian', autocomplete: 'off', spellcheck: 'false', class: 'mono', value: f.guardian, placeholder: '0x…', oninput: onInput('guardian') })),
    f.error && h('p', { class: 'error', role: 'alert', 'data-testid': 'form-error' }, f.error),
    h('button', { id: 'review', class: 'primary', type: 'submit', 'data-testid': 'review', disabled: !!S.busy }, t('send.review')))
  return [form, reviewCard()].filter(Boolean)
}

function reviewCard() {
  const f = S.send
  const r = f.review
  if (!r) return null
  const amt = formatAmount(r.p.amount, f.info.decimals, f.info.symbol)
  const parts = [h('h2', {}, t('send.clauses')), h('ul', { class: 'clauses', 'data-testid': 'clauses' }, r.lines.map((l) => h('li', {}, l)))]
  if (r.warnings === null && !r.riskProblem) parts.push(h('p', { class: 'muted', 'data-testid': 'risk-checking' }, t('send.checking')))
  if (r.riskProblem) {
    parts.push(h('p', { class: 'error', 'data-testid': 'warning' }, r.riskProblem),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'confirm-risk', 'data-testid': 'confirm-warning', checked: !!f.confirmed.risk,
        onchange: (e) => { f.confirmed.risk = e.target.checked; render() } }), ' ', t('send.confirm')))
  }
  if (r.warnings?.length) {
    parts.push(h('h2', {}, t('send.warnings')))
    r.warnings.forEach((w, i) => {
      // The sealed-draw advice says whether the option it advises is ticked.
      const sealed = w.code === sealedDrawRule
      parts.push(h('div', { class: w.needsConfirm ? 'warning' : 'advice', 'data-testid': sealed ? 'sealed-advice' : w.needsConfirm ? 'warning' : 'advice', 'data-rule': w.code },
        h('p', {}, h('strong', {}, `[${w.code}] `), w.sentence, sealed && `${/[.。!?]$/.test(w.sentence) ? '' : '.'} ${t(r.p.kind === 'sealed-lucky' ? 'send.sealedOn' : 'send.sealedOff')}`),
        w.needsConfirm && h('label', { class: 'check' }, h('input', { type: 'checkbox', id: `confirm-${i}`, 'data-testid': 'confirm-warning', checked: !!f.confirmed[i],
          onchange: (e) => { f.confirmed[i] = e.target.checked; render() } }), ' ', t('send.confirm'))))
    })
  }
  if (f.info.address !== zeroAddress) parts.push(h('p', { class: 'muted small', 'data-testid': 'token-steps' }, f.info.permit ? t('send.permit', { amount: amt }) : t('send.twoSteps', { amount: amt })))
  const step = () => {
    if (f.step === 'tickets') return t('send.step.tickets', { n: r.p.shares })
    if (f.step === 'approve') return t('send.step.approve', { amount: amt })
    return f.step === 'send' && !f.info.permit && f.info.address !== zeroAddress ? t('send.step.send') : t('busy')
  }
  if (f.step) parts.push(h('p', { class: 'muted', 'data-testid': 'step' }, step()))
  parts.push(h('button', { id: 'send', class: 'primary', type: 'button', 'data-testid': 'send', disabled: !canSend() || !!S.busy, onclick: doSend }, t('send.go', { amount: amt })))
  return h('section', { class: 'card review', 'aria-live': 'polite' }, ...parts)
}

function sentCard(r) {
  const row = (label, url, testid) => url && h('div', { class: 'linkrow' }, h('div', { class: 'small muted' }, label),
    h('div', { class: 'mono addr', 'data-testid': testid }, url), copyButton(url, `${testid}-copy`))
  return h('section', { class: 'card result', 'data-testid': 'sent' },
    h('div', { class: 'big' }, t('send.sent', { id: r.id })),
    h('p', { class: 'small' }, txRef(r.hash)),
    row(t('send.claimLink'), r.claimLink, 'claim-link'),
    r.claimLink && h('p', { class: 'note' }, t('send.codeNote')),
    r.claimLink && !r.kept && h('p', { class: 'error', role: 'alert', 'data-testid': 'not-kept' }, t('code.notKept')),
    r.tickets && ticketsBlock(r.id, r.tickets, r.kept),
    row(t('send.respondLink'), r.respondLink, 'respond-link'),
    row(t('send.packetLink'), r.packetLink, 'packet-link'),
    h('button', { class: 'secondary', type: 'button', 'data-testid': 'send-another', onclick: () => { S.send = newSendState(); load() } }, t('send.another')))
}

function mineScreen() {
  if (!S.api) return [h('section', { class: 'card' }, h('p', {}, t('mine.noApi')))]
  if (!S.signer) return [h('section', { class: 'card' }, h('p', {}, t('mine.connect')))]
  const m = S.mine
  const tab = (role) => h('button', { id: `tab-${role}`, type: 'button', role: 'tab', 'aria-selected': m.role === role ? 'true' : 'false', class: m.role === role ? 'tab current' : 'tab',
    'data-testid': `tab-${role}`, onclick: () => { S.mine = { ...m, role, packets: [], next: '', loaded: false }; render(); load() } }, t(`mine.${role}`))
  const parts = [h('section', { class: 'card' }, h('h1', {}, t('mine.title')), h('div', { class: 'row', role: 'tablist' }, tab('sent'), tab('received'), tab('guarding')),
    m.role === 'guarding' && h('p', { class: 'muted small', 'data-testid': 'guarding-note' }, t('mine.guardingNote')),
    m.error && h('p', { class: 'error', role: 'alert' }, m.error),
    S.notice && h('p', { class: 'ok', role: 'status', 'data-testid': 'notice' }, t('action.done', { what: S.notice.what, tx: '' }), txRef(S.notice.tx)))]
  if (m.owed.length) {
    parts.push(h('section', { class: 'card', 'data-testid': 'owed' }, h('h2', {}, t('mine.owed')),
      m.owed.map((o) => {
        const p = { id: `owed-${o.token}`, token: o.token, symbol: o.symbol, decimals: o.decimals }
        return h('div', {}, h('button', { id: `owed-${o.token}`, class: 'secondary', type: 'button', 'data-testid': 'action-withdraw-owed', disabled: !!S.busy,
          onclick: () => act(p, { action: 'withdraw-owed' }) }, t('mine.withdrawOwed', { amount: formatAmount(o.amount, o.decimals, o.symbol) })),
        S.errs[p.id] && h('p', { class: 'error', role: 'alert', 'data-testid': 'action-error' }, S.errs[p.id]))
      })))
  }
  if (m.loaded && m.packets.length === 0) parts.push(h('section', { class: 'card' }, h('p', { class: 'muted', 'data-testid': 'empty' }, t(m.role === 'guarding' ? 'mine.emptyGuarding' : 'mine.empty'))))
  for (const p of m.packets) parts.push(packetCard(p, true))
  if (m.next) parts.push(h('button', { id: 'more', class: 'secondary', type: 'button', 'data-testid': 'more', onclick: loadMore }, t('mine.more')))
  return parts
}

function packetScreen() {
  const { data, error } = S.packet
  const parts = []
  if (S.route.name === 'respond') parts.push(h('h1', { class: 'screen-title' }, t('packet.respond')))
  if (error) parts.push(h('section', { class: 'card' }, h('p', { class: 'error', role: 'alert', 'data-testid': 'error' }, error)))
  if (data) {
    parts.push(packetCard(data, false))
    if (S.notice) parts.push(h('p', { class: 'ok', role: 'status', 'data-testid': 'notice' }, t('action.done', { what: S.notice.what, tx: '' }), txRef(S.notice.tx)))
  }
  return parts
}

function countdown(label, until) {
  return h('span', { 'data-until': until, 'data-label': label }, t(label, { d: formatDuration(until - nowChain()) }))
}

function packetCard(p, compact) {
  const amt = (v) => formatAmount(v, p.decimals, p.symbol)
  const k = kindLabels[p.kind] ?? { en: p.kind, zh: p.kind }
  const now = nowChain()
  const times = []
  if (p.status !== 'closed') {
    if (now < p.releaseAt) times.push(countdown('time.opensIn', p.releaseAt))
    if (p.undoUntil && now < p.undoUntil && now < p.expiresAt) times.push(countdown('time.undoLeft', p.undoUntil))
    if (now < p.expiresAt) times.push(countdown('time.expiresIn', p.expiresAt))
    else times.push(h('span', {}, t('time.expired')))
  }
  const me = S.signer?.address
  const path = `/packet/${S.chain?.id}/${S.escrow}/${p.id}`
  const actions = (p.actions ?? []).filter((a) => (!a.until || now < a.until) && (!a.from || now >= a.from))
  return h('article', { class: 'card pk', 'data-testid': 'packet', 'data-id': p.id, 'aria-labelledby': `pk-${p.id}` },
    h('div', { class: 'row spread' },
      h('h2', { id: `pk-${p.id}` }, compact ? link(path, t('packet.title', { id: p.id })) : t('packet.title', { id: p.id })),
      h('span', { class: `status s-${p.status}`, 'data-testid': 'status' }, t(`status.${p.status}`))),
    h('div', { class: 'muted small' }, getLang() === 'zh' ? k.zh : k.en),
    h('div', { class: 'amount-line', 'data-testid': 'total' }, amt(p.total)),
    p.kind !== 'direct' && h('div', { class: 'small' }, `${p.claimed + (p.pending ?? 0)} / ${p.shares} · ${amt(p.remaining)}`),
    // A sealed lucky packet: claims whose share waits for its draw from the next block's hash.
    p.pending > 0 && h('p', { class: 'small', 'data-testid': 'drawing' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' ',
      t('packet.drawing'), ` (${t('packet.pending', { n: p.pending })})`),
    h('dl', { class: 'facts' },
      h('dt', {}, t('packet.from')), h('dd', { class: 'mono' }, eq(p.sender, me) ? `${p.sender} ✓` : p.sender),
      p.recipient && [h('dt', {}, t('packet.to')), h('dd', { class: 'mono' }, p.recipient)],
      p.guardian && [h('dt', {}, t('packet.guardian')), h('dd', { class: 'mono' }, eq(p.guardian, me) ? `${p.guardian} ✓` : p.guardian)]),
    // An organisation's packet: its admins may intercept it (C6, rules §5), as the claim page says too.
    p.orgId && h('p', { class: 'small', 'data-testid': 'org' }, t(['open', 'cool-off'].includes(p.status) ? 'packet.org' : 'packet.orgClosed', { org: p.orgId })),
    times.length > 0 && h('p', { class: 'times small', 'data-testid': 'times' }, times.map((x, i) => [i ? ' · ' : '', x])),
    p.undoRequested && p.status !== 'closed' && h('p', { class: 'note', 'data-testid': 'undo-requested' }, t('packet.undoRequested')),
    p.status === 'closed' && h('p', { class: 'small', 'data-testid': 'closed' }, t('packet.closed', { reason: t(`reason.${p.closeReason}`) }), p.closedTx ? [' ', txRef(p.closedTx)] : null),
    !compact && claimsList(p),
    keptCodes(p),
    actionsBlock(p, actions),
    S.errs[p.id] && h('p', { class: 'error', role: 'alert', 'data-testid': 'action-error' }, S.errs[p.id]))
}

// ---- kept codes: a packet's claim code or tickets, made and kept in this browser (keep.js) ------------------

/** ticketsBlock lists a ticket packet's tickets (codes in index order) with their links, copy buttons and a download. */
function ticketsBlock(id, codes, keptHere = true) {
  const where = { chainId: S.chain.id, escrow: S.escrow, id }
  const links = codes.map((c) => claimLinkOf(location.origin, where, c))
  const shown = Math.min(codes.length, ticketsShown)
  const text = () => ticketsText({ heading: t('tickets.file', { id, chain: where.chainId, escrow: where.escrow }), label: (i) => t('tickets.item', { i }), codes, links })
  return h('div', { class: 'tickets', 'data-testid': 'tickets' },
    h('h2', {}, t('tickets.title', { n: codes.length })),
    h('p', { class: 'note', 'data-testid': 'tickets-note' }, t('tickets.note')),
    !keptHere && h('p', { class: 'error', role: 'alert', 'data-testid': 'not-kept' }, t('tickets.notKept')),
    h('button', { class: 'secondary small-btn', type: 'button', 'data-testid': 'tickets-download', onclick: () => download(`hongbao-tickets-${where.chainId}-${id}.txt`, text()) }, t('tickets.download')),
    shown < codes.length && h('p', { class: 'muted small' }, t('tickets.more', { shown, n: codes.length })),
    h('ul', { class: 'ticket-list' }, codes.slice(0, shown).map((c, i) => {
      const name = t('tickets.item', { i })
      return h('li', { 'data-testid': 'ticket', 'data-index': i },
        h('div', { class: 'small muted' }, name),
        h('div', { class: 'mono addr', 'data-testid': 'ticket-code' }, c),
        copyButton(c, 'ticket-code-copy', `${t('copy')}: ${name}, ${t('tickets.code')}`),
        h('div', { class: 'mono addr', 'data-testid': 'ticket-link' }, links[i]),
        copyButton(links[i], 'ticket-link-copy', `${t('copy')}: ${name}, ${t('tickets.link')}`))
    })))
}

/** download saves text as a file named name (the browser's download). */
function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
  const a = h('a', { href: url, download: name, hidden: true })
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * keptCodes is the "Show the claim code / tickets" button of a group packet the signer sent from this browser,
 * and the codes once shown.
 */
function keptCodes(p) {
  if (!S.signer || !eq(p.sender, S.signer.address) || p.kind === 'direct') return null
  const where = { chainId: S.chain.id, escrow: S.escrow, id: p.id }
  const record = kept(storage(), where)
  if (!record) return null
  const open = S.shown[p.id]
  const label = open ? t('mine.hideCodes') : t(record.auth === 'tickets' ? 'mine.showTickets' : 'mine.showCode')
  const parts = [h('button', { id: `codes-${p.id}`, class: 'secondary small-btn', type: 'button', 'data-testid': 'show-codes', 'aria-expanded': open ? 'true' : 'false',
    onclick: () => {
      // the codes are rebuilt once per showing (tickets: their tree), not on each block's redraw
      S.shown[p.id] = open ? undefined : codesOf(record)
      render()
    } }, label)]
  if (open && record.auth === 'tickets') parts.push(ticketsBlock(p.id, open))
  if (open && record.auth === 'claim-key') {
    const url = claimLinkOf(location.origin, where, open[0])
    parts.push(h('div', { class: 'linkrow' }, h('div', { class: 'small muted' }, t('send.claimLink')),
      h('div', { class: 'mono addr', 'data-testid': 'kept-claim-link' }, url), copyButton(url, 'kept-claim-link-copy')),
    h('p', { class: 'note' }, t('send.codeNote'), ' ', t('mine.keptNote')))
  }
  return h('div', { class: 'kept', 'data-testid': 'kept-codes' }, parts)
}

function claimsList(p) {
  if (!p.claims.length) return h('p', { class: 'muted small' }, t('packet.noClaims'))
  return [h('h3', {}, t('packet.claims')), h('ul', { class: 'claims', 'data-testid': 'claims' }, p.claims.map((c) =>
    h('li', c.pending ? { 'data-testid': 'pending-share' } : {}, h('span', { class: 'mono' }, c.index !== undefined ? `#${c.index} ${shortAddress(c.claimer)}` : shortAddress(c.claimer)),
      h('span', c.pending ? { class: 'muted' } : {}, c.pending ? t('packet.drawing') : formatAmount(c.amount, p.decimals, p.symbol)))))]
}

function actionsBlock(p, actions) {
  if (!S.signer) return null
  if (!actions.length) return h('p', { class: 'muted small', 'data-testid': 'no-actions' }, t('packet.noActions'))
  return h('div', { class: 'actions', 'data-testid': 'actions' }, actions.map((a) => {
    const busy = S.busy === `${p.id}:${a.action}`
    const label = t(`action.${a.action}`, { amount: a.max ? formatAmount(a.max, p.decimals, p.symbol) : '' })
    const until = a.until ? h('span', { class: 'small muted', 'data-until': a.until, 'data-label': 'action.until', 'data-t': formatTime(a.until) },
      t('action.until', { t: formatTime(a.until), d: formatDuration(a.until - nowChain()) })) : null
    const danger = ['decline', 'intercept', 'undo', 'withdraw'].includes(a.action)
    return h('div', { class: 'action', 'data-action': a.action, 'data-until-action': a.until || false },
      h('button', { id: `act-${p.id}-${a.action}`, class: danger ? 'secondary' : 'primary', type: 'button', 'data-testid': `action-${a.action}`, disabled: !!S.busy,
        onclick: () => act(p, a, a.action === 'return' ? { amount: BigInt(a.max) } : {}) }, busy ? t('busy') : label),
      until)
  }))
}

// tick moves the countdowns and drops an action the second its window closes (by the chain's clock).
function tick() {
  const now = nowChain()
  let closed = false
  for (const el of document.querySelectorAll('[data-until]')) {
    const until = Number(el.dataset.until)
    if (now >= until) {
      closed = true
      continue
    }
    const d = formatDuration(until - now)
    el.textContent = el.dataset.label === 'action.until' ? t('action.until', { t: el.dataset.t, d }) : t(el.dataset.label, { d })
  }
  for (const el of document.querySelectorAll('[data-until-action]')) {
    if (now >= Number(el.dataset.untilAction)) closed = true
  }
  if (closed) render()
}
