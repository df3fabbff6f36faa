// The send form's checks and the clauses a packet will carry, as pure functions (test/sendform.test.mjs):
// bad input is refused with a sentence before anything is signed. The rules are the contract's
// (HongbaoEscrow: shares 1..MAX_SHARES, delay <= MAX_DELAY, the undo tier of the amount, the security lock)
// and node/units' amount syntax.
import { getAddress, isAddress, zeroAddress } from 'viem'
import { UserError } from './errors.js'
import { formatAmount, formatDuration, formatTime } from './format.js'
import { t } from './i18n.js'

export const maxShares = 10000
export const delays = { none: 0, '2h': 2 * 3600, '24h': 24 * 3600 }

/** parseAmount reads an amount in the token's units ("88.88") into base units, or says what is wrong. */
export function parseAmount(text, decimals, symbol) {
  const s = String(text ?? '').trim().replace(/,/g, '')
  if (s === '') throw new UserError('InvalidAmount', t('form.noAmount'))
  if (!/^[0-9]*\.?[0-9]*$/.test(s) || s === '.') {
    throw new UserError('InvalidAmount', t('form.notAmount', { text }))
  }
  const [whole, frac = ''] = s.split('.')
  if (frac.length > decimals) {
    throw new UserError('InvalidAmount', t('form.decimals', { symbol, decimals, text, n: frac.length }))
  }
  const v = BigInt((whole || '0') + frac.padEnd(decimals, '0'))
  if (v === 0n) throw new UserError('InvalidAmount', t('form.zero'))
  return v
}

/** checkAmount refuses an amount above the balance (base units). */
export function checkAmount(amount, balance, decimals, symbol) {
  if (balance !== null && balance !== undefined && amount > balance) {
    throw new UserError('AboveBalance', t('form.balance', { amount: formatAmount(amount, decimals, symbol), balance: formatAmount(balance, decimals, symbol) }))
  }
}

/**
 * parseAddress reads an address typed by a person: 0x and 40 hex digits, its EIP-55 checksum right when it
 * has mixed case, and not the zero address.
 */
export function parseAddress(text, what = 'form.theAddress') {
  const s = String(text ?? '').trim()
  if (!/^0x[0-9a-fA-F]{40}$/.test(s)) {
    throw new UserError('InvalidAddress', t('form.notAddress', { what: t(what), s }))
  }
  if (!isAddress(s, { strict: true })) {
    throw new UserError('InvalidAddress', t('form.checksum', { what: t(what), s }))
  }
  const a = getAddress(s)
  if (a === zeroAddress) throw new UserError('ZeroAddress', t('form.zeroAddress', { what: t(what) }))
  return a
}

/** parseShares reads the number of shares of a group packet. */
export function parseShares(text) {
  const s = String(text ?? '').trim()
  if (!/^[0-9]+$/.test(s) || Number(s) < 1 || Number(s) > maxShares) {
    throw new UserError('InvalidShares', t('form.shares', { max: maxShares, s }))
  }
  return Number(s)
}

/** auths are the claim authorisations the form offers a group packet (rules §1); the first is the default. */
export const auths = ['claim-key', 'tickets']

/**
 * readForm checks the whole form ({kind, sealed, auth, token: {address, symbol, decimals}, amount, to, shares,
 * delay, guardian, balance, minShare}) and returns the send's parameters, or throws the first problem as a
 * sentence. A group packet's auth is "claim-key" (one claim code for the group) or "tickets" (one ticket per
 * share); a Direct packet has none.
 */
export function readForm(f) {
  const { token } = f
  const amount = parseAmount(f.amount, token.decimals, token.symbol)
  checkAmount(amount, f.balance, token.decimals, token.symbol)
  const kind = f.kind === 'lucky' && f.sealed ? 'sealed-lucky' : f.kind
  const out = { kind, token: token.address ?? zeroAddress, amount, shares: 1, delay: delays[f.delay] ?? 0, recipient: zeroAddress, guardian: zeroAddress }
  if (f.kind === 'direct') out.recipient = parseAddress(f.to, 'form.theRecipient')
  else {
    out.shares = parseShares(f.shares)
    out.auth = auths.includes(f.auth) ? f.auth : auths[0]
  }
  if (out.shares > 1 && amount < BigInt(out.shares) * BigInt(f.minShare ?? 1)) {
    throw new UserError('AmountTooSmall', t('form.split', { amount: formatAmount(amount, token.decimals, token.symbol), n: out.shares, min: formatAmount(f.minShare ?? 1, token.decimals, token.symbol) }))
  }
  if (String(f.guardian ?? '').trim() !== '') out.guardian = parseAddress(f.guardian, 'form.theGuardian')
  return out
}

/**
 * clauses are the sentences of what the packet will carry (readForm's parameters and {tiers, lock, now}: the
 * token's undo tiers [{maxAmount, window, consent}], the sender's security lock {threshold, minDelay}, the
 * chain's time): its cool-off, its undo window and when it ends, the amount above which there is no undo, the
 * sealed draw, the tickets, what the security lock requires. lockProblem is set when the lock refuses the send
 * as it stands.
 */
export function clauses({ kind, auth, shares, amount, delay, guardian, token, tiers = [], lock, now, ttl = 24 * 3600 }) {
  const amt = (v) => formatAmount(v, token.decimals, token.symbol)
  const lines = []
  let lockProblem = ''
  if (delay > 0) lines.push(t('clause.coolOff', { t: formatTime(now + delay), d: formatDuration(delay) }))
  const tier = tiers.find((t) => amount <= BigInt(t.maxAmount))
  if (tiers.length === 0) {
    lines.push(t('clause.noTiers', { symbol: token.symbol }))
  } else if (!tier) {
    lines.push(t('clause.aboveTiers', { amount: amt(amount), max: amt(tiers[tiers.length - 1].maxAmount) }))
  } else {
    const until = formatTime(now + Number(tier.window))
    const vars = { t: until, d: formatDuration(Number(tier.window)) }
    lines.push(tier.consent && kind === 'direct' ? t('clause.undoConsent', vars) : t('clause.undo', vars))
    lines.push(t('clause.noUndoAbove', { max: amt(tiers[tiers.length - 1].maxAmount) }))
  }
  if (kind === 'sealed-lucky') lines.push(t('send.clause.sealed'))
  if (kind !== 'direct' && auth === 'tickets') lines.push(t('clause.tickets', { n: shares }))
  if (guardian && guardian !== zeroAddress) lines.push(t('clause.guardian', { a: guardian }))
  lines.push(t('clause.expiry', { t: formatTime(now + delay + ttl) }))
  if (!lock || (BigInt(lock.threshold ?? 0) === 0n && Number(lock.minDelay ?? 0) === 0)) {
    lines.push(t('clause.noLock', { symbol: token.symbol }))
  } else {
    const need = Number(lock.minDelay)
    if (amount > BigInt(lock.threshold)) {
      lines.push(t('clause.lock', { max: amt(lock.threshold), d: formatDuration(need) }))
      if (delay < need) lockProblem = `your security lock needs a cool-off of at least ${formatDuration(need)} for sends above ${amt(lock.threshold)}; choose a longer cool-off`
    } else {
      lines.push(t('clause.lockBelow', { max: amt(lock.threshold), d: formatDuration(need) }))
    }
  }
  return { lines, lockProblem }
}
