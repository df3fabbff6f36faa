// Display helpers, mirroring node/units (amounts) so that the page and the CLI print the same numbers.

const fixedDisplayDecimals = 2

/**
 * formatUnits renders base units (bigint or decimal string) with `decimals` decimals: tokens with at most
 * 2 decimals always show every decimal ("200.00"), others drop trailing zeros ("1.5", "1").
 */
export function formatUnits(value, decimals) {
  let v = BigInt(value ?? 0)
  const neg = v < 0n
  if (neg) v = -v
  let digits = v.toString()
  const d = Number(decimals)
  if (digits.length <= d) digits = '0'.repeat(d - digits.length + 1) + digits
  const whole = digits.slice(0, digits.length - d)
  let frac = digits.slice(digits.length - d)
  if (d > fixedDisplayDecimals) frac = frac.replace(/0+$/, '')
  let out = whole
  if (frac !== '') out += '.' + frac
  return neg ? '-' + out : out
}

/** formatAmount is formatUnits followed by a space and the symbol, e.g. "1.50 tCNY". */
export function formatAmount(value, decimals, symbol) {
  const n = formatUnits(value, decimals)
  return symbol ? `${n} ${symbol}` : n
}

/**
 * formatAmountShort is formatAmount cut to at most `places` decimals for headlines, marked "≈" when digits
 * were cut (never rounded up: the page does not promise more than there is).
 */
export function formatAmountShort(value, decimals, symbol, places = 6) {
  const full = formatUnits(value, decimals)
  const [whole, frac = ''] = full.split('.')
  if (frac.length <= places) return formatAmount(value, decimals, symbol)
  const cut = frac.slice(0, places).replace(/0+$/, '')
  const n = cut ? `${whole}.${cut}` : whole
  return `≈ ${symbol ? `${n} ${symbol}` : n}`
}

/** shortAddress abbreviates 0x1234567890… as 0x1234…7890. */
export function shortAddress(a) {
  if (!a || a.length < 12) return a ?? ''
  return `${a.slice(0, 6)}…${a.slice(-4)}`
}

/** formatDuration renders whole seconds as "2 d 3 h", "5 h 12 min", "4 min 10 s" or "42 s". */
export function formatDuration(seconds) {
  let s = Math.max(0, Math.floor(Number(seconds)))
  const d = Math.floor(s / 86400)
  s -= d * 86400
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`
  return `${s} s`
}

/** formatTime renders unix seconds as a local date and time, e.g. "2025-01-02 15:04". */
export function formatTime(unix) {
  const t = new Date(Number(unix) * 1000)
  const p = (n) => String(n).padStart(2, '0')
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())} ${p(t.getHours())}:${p(t.getMinutes())}`
}

export const kindLabels = {
  lucky: { en: 'Lucky packet', zh: '拼手气红包', hint: 'random shares' },
  'sealed-lucky': { en: 'Lucky packet, sealed draw', zh: '拼手气红包（密封抽取）', hint: 'random shares drawn after each claim' },
  equal: { en: 'Equal packet', zh: '普通红包', hint: 'equal shares' },
  direct: { en: 'Transfer', zh: '转账', hint: 'for one named recipient' },
}
