// The claim page: reads the link, shows the packet, claims it through the relayer or a wallet, and shows
// what the visitor received. See web/README.md for the link format and the runtime configuration.
import './style.css'
import { Relayer } from './api.js'
import { chainOf, publicClientOf, readPacket } from './chain.js'
import { claimAuth, claimDirect, claimViaRelayer, settle, ticketUsed } from './claim.js'
import { getAddress, isAddress } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { parseClaimCode, parseTicketCode } from './claimcode.js'
import { h } from './dom.js'
import { UserError, revertName, sentence } from './errors.js'
import { formatAmount, formatAmountShort, formatDuration, formatTime, kindLabels, shortAddress } from './format.js'
import { parseLink } from './link.js'
import { getLang, setLang, t } from './i18n.js'
import { browserSigner, storageKey } from './wallet.js'
import { connectWallet, discoverWallets } from './wallets.js'
import { startApp } from './app.js'

const app = document.getElementById('app')
const eq = (a, b) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase()
// The relayer answers addresses in lower case; show them with their EIP-55 checksum.
const checksummed = (a) => (isAddress(a, { strict: false }) ? getAddress(a) : a)

const state = {
  config: {},
  link: null,
  chain: null,
  rpcUrl: '',
  pc: null,
  relayer: null,
  info: null,
  relayerProblem: '',
  wallets: [],
  choosing: false,
  signer: null,
  balance: null,
  packet: null,
  skew: 0, // chain time minus wall-clock time, seconds
  code: '',
  ticket: null, // { code, used }: what the escrow said of the entered ticket (used: the refusal's sentence, or '')
  busy: '',
  error: '',
  fatal: '',
  result: null,
  showKey: false,
  following: false, // a refresh while a sealed share waits for its draw is under way
  settledAt: -1, // the head block of this page's last settle of a sealed share it claimed directly
}

async function loadConfig() {
  try {
    const res = await fetch('/config.json', { cache: 'no-store' })
    if (res.ok) return await res.json()
  } catch {
    // no runtime configuration: defaults
  }
  return {}
}

function absolute(url) {
  return url ? new URL(url, location.href).toString().replace(/\/+$/, '') : ''
}

async function boot() {
  state.config = await loadConfig()
  setLang(getLang())
  try {
    state.link = parseLink(location.href)
  } catch (err) {
    state.fatal = sentence(err)
    return render()
  }
  if (!state.link) return startApp(app, state.config)
  const { link, config } = state
  state.code = link.code
  state.rpcUrl = Number(config.chainId) === link.chainId ? absolute(config.rpcUrl) : ''
  state.chain = chainOf(link.chainId, state.rpcUrl)
  state.wallets = discoverWallets((list) => {
    state.wallets = list
    if (!state.pc && list.length) state.pc = publicClientOf(state.chain, state.rpcUrl, list[0].provider)
    render()
  })
  // Wallets announce themselves in an event round trip: let them, before deciding there is none.
  await new Promise((ok) => setTimeout(ok, 0))
  state.pc = publicClientOf(state.chain, state.rpcUrl, state.wallets[0]?.provider)
  await connectRelayer(absolute(link.relayer || config.relayerUrl || location.origin))
  if (!state.wallets.length) state.signer = browserSigner()
  else if (localStorage.getItem('hongbao.useBrowserKey') === '1') state.signer = browserSigner()
  await refresh()
  setInterval(tick, 1000)
  setInterval(follow, 1500)
  // A new code typed into the address bar changes only the fragment: start over with it.
  window.addEventListener('hashchange', () => location.reload())
}

async function connectRelayer(base) {
  const r = new Relayer(base)
  try {
    const info = await r.info()
    if (Number(info.chainId) !== state.link.chainId || !eq(info.escrow, state.link.escrow)) {
      state.relayerProblem = `the relayer at ${base} serves another escrow (chain ${info.chainId}, ${info.escrow}), so it cannot relay this packet`
      return
    }
    state.relayer = r
    state.info = info
  } catch (err) {
    state.relayerProblem = `no relayer: ${sentence(err)}`
  }
}

// loadPacket reads the packet from the relayer, or else from the chain.
async function loadPacket() {
  const { link } = state
  const claimer = state.signer?.address
  if (state.relayer) state.packet = await state.relayer.packet(link.packetId, claimer)
  else if (state.pc) state.packet = await readPacket(state.pc, link.escrow, link.packetId, claimer)
  else throw new UserError('NoSource', `this packet cannot be read: ${state.relayerProblem || 'no relayer'}, and no chain node is configured for chain ${link.chainId}`)
  state.skew = state.packet.now - Date.now() / 1000
}

async function refresh() {
  try {
    await loadPacket()
    state.fatal = ''
  } catch (err) {
    state.fatal = sentence(err)
  }
  await readTicket()
  if (state.signer?.kind === 'browser' && state.pc && state.rpcUrl) {
    state.balance = await state.pc.getBalance({ address: state.signer.address }).catch(() => null)
  }
  drawnNow()
  render()
}

// readTicket asks the escrow whether the entered ticket is used already, so that a used ticket is refused
// (and the claim buttons disabled) before anything is signed or relayed. A failed read says nothing: the
// escrow decides at the claim anyway.
async function readTicket() {
  const p = state.packet
  const code = state.code
  if (!p || p.kind === 'direct' || p.auth !== 'tickets' || !state.pc || !code) return
  try {
    parseTicketCode(code)
  } catch {
    return // codeProblem says what is wrong with it
  }
  try {
    const used = await ticketUsed({ publicClient: state.pc, escrow: state.link.escrow, packet: p, code })
    if (state.code === code) state.ticket = { code, used }
  } catch {
    // no answer: left to the escrow at the claim
  }
}

// waiting is the visitor's share of a sealed packet while it waits for its draw ("drawing…"), else null.
function waiting() {
  const p = state.packet
  const me = state.signer?.address
  if (!p || !me) return null
  if (p.claimer && eq(p.claimer.address, me) && p.claimer.pending) {
    return p.pending?.find((d) => eq(d.claimer, me)) ?? { index: p.claimer.index, claimer: me }
  }
  return p.pending?.find((d) => eq(d.claimer, me)) ?? null
}

// drawnNow completes the result of a sealed claim once its share is drawn: the amount is the Claimed event's
// (the relayer's fee, fixed at the claim, comes out of it).
function drawnNow() {
  const r = state.result
  const p = state.packet
  if (!r?.pending || !p || !eq(r.claimer, state.signer?.address) || waiting()) return
  const amount = p.claimer && eq(p.claimer.address, r.claimer) && p.claimer.claimed ? p.claimer.amount : p.claims?.find((c) => eq(c.claimer, r.claimer))?.amount
  if (amount === undefined) return
  const draw = p.claims?.find((c) => eq(c.claimer, r.claimer))
  state.result = { ...r, pending: false, amount: String(amount), claimerReceived: String(BigInt(amount) - BigInt(r.fee ?? 0)), txHash: draw?.txHash ?? r.txHash }
}

// follow reads the packet again while the visitor's sealed share waits for its draw, and draws it itself
// (settle) once the block after the claim is in, when the visitor claimed it from their own account; a
// relayed claim is drawn by the relayer (or the next claim, or a keeper).
async function follow() {
  const w = waiting()
  if (!w || state.following || state.busy) return
  state.following = true
  try {
    const r = state.result
    if (r?.pending && r.direct && state.pc) {
      const head = Number(await state.pc.getBlockNumber())
      if (head + 1 >= r.readyAt && head !== state.settledAt) {
        state.settledAt = head
        const before = Math.max(0, (state.packet.pending ?? []).findIndex((d) => eq(d.claimer, r.claimer)))
        await settle({ signer: state.signer, publicClient: state.pc, chain: state.chain, rpcUrl: state.rpcUrl, escrow: state.link.escrow, id: state.link.packetId, before })
          .catch((err) => {
            // someone else drew it first, or the chain is not there yet: the next round sees
            if (!['NothingToDraw', 'DrawNotReady'].includes(revertName(err))) throw err
          })
      }
    }
    await refresh()
  } catch (err) {
    state.error = sentence(err, ctx())
    render()
  } finally {
    state.following = false
  }
}

// drawNow is the visitor's own settle of a waiting share (a claim made elsewhere, or before a reload).
async function drawNow() {
  state.busy = 'settle'
  state.error = ''
  render()
  try {
    const before = Math.max(0, (state.packet.pending ?? []).findIndex((d) => eq(d.claimer, state.signer.address)))
    await settle({ signer: state.signer, publicClient: state.pc, chain: state.chain, rpcUrl: state.rpcUrl, escrow: state.link.escrow, id: state.link.packetId, before })
  } catch (err) {
    state.error = sentence(err, ctx())
  }
  state.busy = ''
  await refresh()
}

function ctx() {
  const p = state.packet ?? {}
  return { claimer: state.signer?.address, symbol: p.symbol, decimals: p.decimals, packetId: String(state.link?.packetId) }
}

async function claim(via) {
  const { link, signer } = state
  state.busy = via
  state.error = ''
  render()
  try {
    // Read the packet again first: the deadline of a relayed claim counts from the chain's current time,
    // and a claim of a packet that changed since the page loaded is refused by the relayer or the escrow
    // with the reason.
    await loadPacket()
    const packet = state.packet
    // A ticket used since it was entered: refused here rather than signed and refused by the escrow.
    await readTicket()
    if (state.ticket?.code === state.code && state.ticket.used) throw new UserError('TicketAlreadyUsed', state.ticket.used)
    const auth = await claimAuth({ packet, link, claimer: signer.address, code: state.code, relayer: state.relayer })
    state.result =
      via === 'relay'
        ? await claimViaRelayer({ signer, relayer: state.relayer, info: state.info, packet, link, auth })
        : await claimDirect({ signer, publicClient: state.pc, chain: state.chain, rpcUrl: state.rpcUrl, link, packet, auth })
    if (state.result.pending && via === 'relay') {
      // A sealed claim's fee is fixed at the claim, at most the packet's minimum share, and paid at the draw.
      const maxFee = BigInt(packet.relay?.minFee ?? 0)
      const min = BigInt(packet.minShare ?? maxFee)
      state.result.fee = String(maxFee < min ? maxFee : min)
    }
  } catch (err) {
    state.error = sentence(err, ctx())
  }
  state.busy = ''
  render() // a sealed claim's "drawing…" at once, before the packet is read again
  await refresh()
}

async function chooseWallet() {
  if (state.wallets.length === 1) return useWallet(state.wallets[0])
  state.choosing = true
  render()
}

async function useWallet(entry) {
  state.error = ''
  state.choosing = false
  try {
    state.signer = await connectWallet(entry, state.chain)
    localStorage.removeItem('hongbao.useBrowserKey')
    state.result = null
  } catch (err) {
    state.error = sentence(err)
  }
  await refresh()
}

async function useBrowserKey() {
  state.signer = browserSigner()
  localStorage.setItem('hongbao.useBrowserKey', '1')
  state.result = null
  await refresh()
}

// ---- rendering -------------------------------------------------------------------------------------------

function render() {
  const focused = document.activeElement?.id
  app.replaceChildren(
    h('header', { class: 'top' }, h('span', { class: 'seal', 'aria-hidden': 'true' }, '红'), h('span', {}, 'hongbao'), h('span', { class: 'muted' }, '红包'),
      h('button', { class: 'link lang', type: 'button', 'data-testid': 'lang', lang: getLang() === 'en' ? 'zh-CN' : 'en',
        onclick: () => { setLang(getLang() === 'en' ? 'zh' : 'en'); render() } }, t('lang.switch'))),
    ...(state.link ? claimScreen() : startScreen()),
  )
  if (focused) document.getElementById(focused)?.focus()
}

function startScreen() {
  const input = h('input', { id: 'link', type: 'url', placeholder: 'https://…/claim/31337/0x…/7#code=hb1…', autocomplete: 'off' })
  return [
    h('section', { class: 'card' },
      h('h1', {}, 'Claim a red packet'),
      state.fatal && h('p', { class: 'error', 'data-testid': 'error' }, state.fatal),
      h('p', {}, 'Open the link the sender shared, or paste it here.'),
      h('form', { onsubmit: (e) => { e.preventDefault(); if (input.value.trim()) location.href = input.value.trim() } },
        input, h('button', { class: 'primary', type: 'submit' }, 'Open'))),
  ]
}

function claimScreen() {
  if (!state.packet) {
    return [h('section', { class: 'card' }, state.fatal
      ? h('p', { class: 'error', 'data-testid': 'error' }, state.fatal)
      : h('p', { class: 'muted' }, 'Reading the packet…'))]
  }
  return [packetCard(), resultCard(), claimCard(), accountCard(), claimsList()].filter(Boolean)
}

function packetCard() {
  const p = state.packet
  const k = kindLabels[p.kind] ?? { en: p.kind, zh: '' }
  const amt = (v) => formatAmountShort(v, p.decimals, p.symbol)
  const total = p.total ?? p.remaining
  return h('section', { class: 'packet', 'data-testid': 'packet' },
    h('div', { class: 'kind', 'data-testid': 'packet-kind' }, `${k.en} · ${k.zh}`),
    h('div', { class: 'from' }, t('claim.from'), ' ', h('span', { class: 'mono', 'data-testid': 'sender' }, checksummed(p.sender)), ' ',
      h('button', { class: 'copy', type: 'button', 'data-testid': 'copy-sender', 'aria-label': 'Copy the sender\'s address',
        onclick: (e) => navigator.clipboard?.writeText(checksummed(p.sender)).then(() => { e.target.textContent = t('copied') }, () => {}) }, t('copy'))),
    h('div', { class: 'total', 'data-testid': 'packet-total' }, amt(total)),
    h('div', { class: 'meta', 'data-testid': 'packet-claimed' },
      p.kind === 'direct'
        ? t('claim.for', { a: shortAddress(checksummed(p.recipient)) })
        // a sealed packet's claims waiting for their draw count as claimed (their share is taken)
        : t('claim.progress', { n: p.claimed + (p.pending?.length ?? 0), of: p.shares, left: amt(p.remaining) }) + (p.pending?.length ? ` · ${t('packet.pending', { n: p.pending.length })}` : '')),
    h('div', { class: 'time', 'data-testid': 'packet-time', 'data-countdown': '' }, timeText()),
    ...takeBackNotes(p).map((n) => h('div', { class: 'note', 'data-testid': 'take-back' }, n)),
    h('div', { class: 'id muted' }, `packet ${p.id} · ${p.auth === 'claim-key' ? 'claim code' : p.auth === 'tickets' ? 'one ticket per share' : p.auth} · chain ${state.link.chainId}`),
  )
}

// takeBackNotes says who can still take the packet back, and until when (rules §4: a recipient always
// knows). The relayer lists it; a packet read from the chain only shows its guardian.
function takeBackNotes(p) {
  const until = (x) => (x.until ? t('claim.until', { t: formatTime(x.until) }) : '')
  const list = p.takeBack?.length ? p.takeBack : p.guardian ? [{ clause: 'intercept', who: 'guardian', by: p.guardian, until: p.expiresAt }] : []
  const notes = []
  for (const x of list) {
    switch (x.clause) {
      case 'cool-off':
        notes.push(t('claim.note.coolOff', { until: until(x) }))
        break
      case 'undo':
        notes.push(t('claim.note.undo', { until: until(x) }))
        break
      case 'undo-request':
        notes.push(t('claim.note.undoRequest', { until: until(x) }))
        break
      case 'approve-undo':
        notes.push(t('claim.note.approve', { until: until(x) }))
        break
      case 'intercept':
        notes.push(x.who === 'org admin'
          ? t('claim.note.org', { org: p.orgId, until: until(x) })
          : t('claim.note.guardian', { a: shortAddress(checksummed(x.by)), until: until(x) }))
        break
    }
  }
  return notes
}

function timeText() {
  const p = state.packet
  const now = Date.now() / 1000 + state.skew
  switch (p.status) {
    case 'cool-off':
      return t('claim.opensIn', { d: formatDuration(p.releaseAt - now), t: formatTime(p.releaseAt) })
    case 'open':
      return now < p.expiresAt ? t('claim.left', { d: formatDuration(p.expiresAt - now) }) : t('status.expired')
    case 'expired':
      return t('claim.expiredAt', { t: formatTime(p.expiresAt) })
    case 'closed':
      return t('claim.closed')
    default:
      return p.status
  }
}

function tick() {
  const el = document.querySelector('[data-countdown]')
  if (el && state.packet) el.textContent = timeText()
}

function mine() {
  const p = state.packet
  const me = state.signer?.address
  if (!p || !me) return null
  if (waiting()) return null
  if (p.claimer && eq(p.claimer.address, me)) return p.claimer.claimed ? p.claimer.amount : null
  return p.claims?.find((c) => eq(c.claimer, me))?.amount ?? null
}

function resultCard() {
  const p = state.packet
  const r = state.result
  const amt = (v) => formatAmount(v, p.decimals, p.symbol)
  // The headline is cut to a few decimals; the exact amount follows when it differs.
  const headline = (v, testid) => {
    const short = formatAmountShort(v, p.decimals, p.symbol)
    if (short === amt(v)) return h('div', { class: 'amount', 'data-testid': testid }, short)
    return [h('div', { class: 'amount', title: amt(v) }, short), h('div', { class: 'exact mono', 'data-testid': testid }, amt(v))]
  }
  const w = waiting()
  if (w || (r?.pending && eq(r.claimer, state.signer?.address))) return drawingCard(w ?? r)
  if (r && eq(r.claimer, state.signer?.address)) {
    return h('section', { class: 'card result', role: 'status', 'data-testid': 'result' },
      h('div', { class: 'big' }, t('claim.youReceived')),
      headline(r.claimerReceived, 'received'),
      h('dl', { class: 'amounts' },
        h('dt', {}, t('claim.gross')), h('dd', { 'data-testid': 'claimed-gross' }, amt(r.amount)),
        h('dt', {}, t('claim.fee')), h('dd', { 'data-testid': 'relay-fee' }, amt(r.fee ?? 0)),
        h('dt', {}, t('claim.net')), h('dd', { 'data-testid': 'received-net' }, amt(r.claimerReceived))),
      BigInt(r.fee ?? 0) > 0n && h('p', { class: 'muted' }, `Your share was ${amt(r.amount)}; the relayer kept ${amt(r.fee)} for paying the gas.`),
      BigInt(r.owed ?? 0) > 0n && h('p', { class: 'note' }, `${amt(r.owed)} of it is held for you in the escrow (your address did not accept the payment); withdraw it with withdrawOwed.`),
      h('p', { class: 'muted small' }, t('claim.sentTo'), ' ', h('span', { class: 'mono', 'data-testid': 'received-by' }, checksummed(r.claimer)), ' ', t('claim.inTx'), ' ',
        txRef(r.txHash), '.'))
  }
  const m = mine()
  if (m !== null) {
    return h('section', { class: 'card result', role: 'status', 'data-testid': 'result' },
      h('div', { class: 'big' }, t('claim.youClaimed')),
      headline(m, 'received'),
      h('p', { class: 'muted small' }, t('claim.grossNote')))
  }
  return null
}

// drawingCard is a sealed share taken and waiting for its draw: the amount comes from the next block's hash.
function drawingCard(w) {
  const r = state.result
  const readyAt = w.readyAt ?? r?.readyAt
  const canPay = state.pc && (state.signer?.kind === 'wallet' || (state.balance !== null && state.balance > 0n))
  return h('section', { class: 'card result', role: 'status', 'aria-live': 'polite', 'data-testid': 'drawing' },
    h('div', { class: 'big' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' ', t('claim.drawing')),
    h('p', { class: 'muted small' }, t('claim.drawingNote', { index: w.index ?? r?.index ?? '?', block: readyAt ?? '?' })),
    r?.txHash && h('p', { class: 'muted small' }, t('claim.inTx'), ' ', txRef(r.txHash)),
    canPay && !(r?.pending && r.direct) && h('button', { class: 'secondary', disabled: !!state.busy, onclick: drawNow, 'data-testid': 'settle' },
      state.busy === 'settle' ? t('claim.claiming') : t('claim.settle')),
    state.error && h('p', { class: 'error', role: 'alert', 'data-testid': 'error' }, state.error))
}

// txRef is a transaction hash, linked to the explorer when /config.json names one.
function txRef(hash) {
  const ex = state.config.explorerUrl
  if (ex) return h('a', { href: `${ex.replace(/\/+$/, '')}/tx/${hash}`, class: 'mono', target: '_blank', rel: 'noopener', 'data-testid': 'tx' }, hash)
  return h('span', { class: 'mono', 'data-testid': 'tx' }, hash)
}

function codeProblem() {
  const p = state.packet
  if (p.kind === 'direct' || (p.auth !== 'claim-key' && p.auth !== 'tickets')) return ''
  if (p.auth === 'tickets') {
    if (!state.code) return t('claim.pasteTicket')
    try {
      parseTicketCode(state.code)
    } catch (err) {
      return sentence(err)
    }
    return state.ticket?.code === state.code ? state.ticket.used : ''
  }
  if (!state.code) return t('claim.pasteCode')
  let key
  try {
    key = parseClaimCode(state.code)
  } catch (err) {
    return sentence(err)
  }
  if (p.claimKey && !eq(privateKeyToAccount(key).address, p.claimKey)) {
    return `this claim code is not the code of packet ${p.id}; check that you copied the code of this packet`
  }
  return ''
}

// onCodeInput checks the code as it is typed, updating the hint and the buttons in place (a full render
// would replace the input under the caret).
function onCodeInput(e) {
  state.code = e.target.value.trim()
  showCodeProblem()
  // A ticket: the escrow's word on whether it is used, shown as soon as it answers.
  if (state.packet?.auth === 'tickets' && state.ticket?.code !== state.code) {
    readTicket().then(() => {
      if (state.ticket?.code === state.code) showCodeProblem()
    })
  }
}

function showCodeProblem() {
  const problem = codeProblem()
  const hint = document.querySelector('[data-testid=code-problem]')
  if (!hint) return problem && render() // the code came with the link and had no input: show one with the problem
  hint.textContent = problem
  hint.hidden = !problem
  for (const b of document.querySelectorAll('button[data-claim]')) {
    b.disabled = !!problem || !!state.busy || (b.dataset.claim === 'relay' && !b.dataset.ok)
  }
}

function claimCard() {
  const p = state.packet
  if (mine() !== null || waiting()) return null
  const parts = []
  if (!state.error && (p.status === 'cool-off' || p.status === 'expired' || p.status === 'closed')) {
    parts.push(h('p', { class: 'muted' }, timeText()))
  }
  if (p.kind !== 'direct' && (p.auth === 'claim-key' || p.auth === 'tickets')) {
    const problem = codeProblem()
    const ticket = p.auth === 'tickets'
    if (problem || !state.link.code) {
      parts.push(h('label', { for: 'code' }, ticket ? t('claim.ticket') : t('claim.code')),
        h('input', { id: 'code', value: state.code, placeholder: ticket ? 'hbt1…' : 'hb1…', autocomplete: 'off', spellcheck: 'false',
          oninput: onCodeInput }),
        h('p', { class: 'hint', 'data-testid': 'code-problem', hidden: !problem }, problem))
    }
  }
  if (p.auth === 'open' && p.kind !== 'direct') {
    parts.push(h('p', { class: 'note' }, t('claim.open')))
  }
  if (!state.signer) {
    parts.push(h('p', {}, t('claim.how')),
      h('button', { class: 'primary', onclick: chooseWallet, 'data-testid': 'connect-wallet' }, t('claim.connect')),
      ...walletChoices(),
      h('button', { class: 'secondary', onclick: useBrowserKey, 'data-testid': 'use-browser-key' }, t('wallet.browserKey')))
  } else if (p.status === 'open') {
    const blocked = !!codeProblem() || !!state.busy
    const relayOK = state.relayer && p.relay?.available
    const fee = p.relay?.minFee
    parts.push(h('button', { class: 'primary', disabled: blocked || !relayOK, onclick: () => claim('relay'), 'data-testid': 'claim-relay', 'data-claim': 'relay', 'data-ok': relayOK ? '1' : false },
      state.busy === 'relay' ? t('claim.claiming') : t('claim.relay')))
    if (relayOK && fee && BigInt(fee) > 0n) {
      parts.push(h('p', { class: 'muted small' }, t('claim.relayFee', { fee: formatAmount(fee, p.decimals, p.symbol) })))
    } else if (!relayOK) {
      parts.push(h('p', { class: 'muted small' }, state.relayerProblem || p.relay?.reason || 'the relayer cannot relay this claim'))
    }
    const canDirect = state.pc && (state.signer.kind === 'wallet' || (state.balance !== null && state.balance > 0n))
    if (canDirect) {
      parts.push(h('button', { class: 'secondary', disabled: blocked, onclick: () => claim('direct'), 'data-testid': 'claim-direct', 'data-claim': 'direct' },
        state.busy === 'direct' ? t('claim.claiming') : state.signer.kind === 'wallet' ? t('claim.directWallet') : t('claim.directKey')))
    }
  }
  if (state.error) parts.push(h('p', { class: 'error', role: 'alert', 'data-testid': 'error' }, state.error))
  if (parts.length === 0) return null
  return h('section', { class: 'card claim' }, ...parts)
}

function accountCard() {
  const s = state.signer
  if (!s) return null
  if (s.kind === 'wallet') {
    return h('section', { class: 'card account' },
      h('div', {}, t('claim.withWallet')),
      h('div', { class: 'mono addr', 'data-testid': 'account' }, s.address),
      h('button', { class: 'link', onclick: useBrowserKey }, t('claim.keyInstead')))
  }
  const key = state.showKey ? s.exportKey() : ''
  return h('section', { class: 'card account' },
    h('div', {}, t('claim.withKey')),
    h('div', { class: 'mono addr', 'data-testid': 'account' }, s.address),
    h('p', { class: 'note' }, s.saved
      ? t('claim.keySaved')
      : t('claim.keyNotSaved')),
    state.showKey
      ? h('div', { class: 'export' },
          h('textarea', { readonly: true, rows: 2, class: 'mono', 'data-testid': 'private-key' }, key),
          h('div', { class: 'row' },
            h('button', { class: 'secondary', onclick: () => navigator.clipboard?.writeText(key) }, t('copy')),
            h('button', { class: 'secondary', onclick: () => download(s.address, key) }, t('claim.download')),
            h('button', { class: 'link', onclick: () => { state.showKey = false; render() } }, t('claim.hide'))),
          h('p', { class: 'hint' }, t('claim.keyWarning')))
      : h('button', { class: 'secondary', onclick: () => { state.showKey = true; render() }, 'data-testid': 'export-key' }, t('claim.export')),
    state.wallets.length > 0 && h('button', { class: 'link', onclick: chooseWallet }, t('claim.walletInstead')),
    ...(state.signer?.kind === 'browser' ? walletChoices() : []),
    h('p', { class: 'muted small' }, t('claim.storedUnder', { key: storageKey })))
}

// walletChoices lists the announced wallets (EIP-6963) once the visitor asked to connect one of several.
function walletChoices() {
  if (!state.choosing) return []
  return state.wallets.map((w) => h('button', { class: 'secondary', 'data-testid': 'wallet-option', 'data-rdns': w.info.rdns, onclick: () => useWallet(w) },
    w.info.icon ? h('img', { src: w.info.icon, alt: '', width: 20, height: 20 }) : null, ' ', w.info.name))
}

function download(address, key) {
  const blob = new Blob([`hongbao browser key\naddress: ${address}\nprivate key: ${key}\n`], { type: 'text/plain' })
  const a = h('a', { href: URL.createObjectURL(blob), download: `hongbao-key-${address.slice(2, 10)}.txt` })
  a.click()
  setTimeout(() => URL.revokeObjectURL(a.href), 1000)
}

function claimsList() {
  const p = state.packet
  if (!p.claims?.length && !p.pending?.length) return null
  const me = state.signer?.address
  const who = (a) => h('span', { class: 'mono', title: checksummed(a) }, eq(a, me) ? 'you' : shortAddress(checksummed(a)))
  return h('section', { class: 'card' },
    h('h2', {}, t('packet.claims')),
    h('ul', { class: 'claims', 'data-testid': 'claims' }, (p.claims ?? []).map((c) =>
      h('li', { class: eq(c.claimer, me) ? 'me' : '' }, who(c.claimer),
        h('span', { title: formatAmount(c.amount, p.decimals, p.symbol) }, formatAmountShort(c.amount, p.decimals, p.symbol)))),
    // A sealed packet's shares taken and not drawn yet, in index order after the drawn ones.
    (p.pending ?? []).map((d) => h('li', { class: eq(d.claimer, me) ? 'me' : '', 'data-testid': 'pending-share' }, who(d.claimer),
      h('span', { class: 'muted' }, t('packet.drawing'))))))
}

boot().catch((err) => {
  state.fatal = sentence(err)
  render()
})
