// The colour pairs of src/style.css meet WCAG 2.x AA contrast (4.5:1; 3:1 for large text, 24 px or 18.66 px
// bold), read from the style sheet itself: each pair below names the rule that gives the text its colour and
// the rule(s) that give what is under it, and the values (var(--…) resolved from :root) come from the file.
// A cheap guard without a browser; e2e/org.spec.mjs measures every text of the rendered screens in Chromium.
// When the CSS has a prefers-color-scheme: dark block, its :root variables are checked the same way.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { wcag } from '../e2e/org.mjs'

const css = readFileSync(new URL('../src/style.css', import.meta.url), 'utf8')
const W = wcag()

/** parse lists the style rules: { selector (one of a comma list), media ('' at the top level), decls }. */
function parse(text) {
  const src = text.replace(/\/\*[\s\S]*?\*\//g, '')
  const out = []
  let i = 0
  const block = (media) => {
    while (i < src.length) {
      const open = src.indexOf('{', i)
      const close = src.indexOf('}', i)
      if (close !== -1 && (open === -1 || close < open)) {
        i = close + 1
        return
      }
      if (open === -1) {
        i = src.length
        return
      }
      const head = src.slice(i, open).trim()
      i = open + 1
      if (head.startsWith('@')) {
        block(head) // @media, @keyframes: their rules belong to that context
        continue
      }
      const end = src.indexOf('}', i)
      const decls = {}
      for (const d of src.slice(i, end).split(';')) {
        const at = d.indexOf(':')
        if (at > 0) decls[d.slice(0, at).trim()] = d.slice(at + 1).trim()
      }
      i = end + 1
      for (const selector of head.split(',')) out.push({ selector: selector.trim().replace(/\s+/g, ' '), media, decls })
    }
  }
  block('')
  return out
}

const rules = parse(css)
const darkMedia = (m) => /prefers-color-scheme:\s*dark/.test(m)
// light: the top-level rules (the other @media blocks here are layout and motion); dark: those and the dark block
const schemes = { light: (m) => m === '' }
if (rules.some((r) => darkMedia(r.media))) schemes.dark = (m) => m === '' || darkMedia(m)

/** variables are the custom properties of :root in a scheme (the dark block's override the top level's). */
function variables(inScheme) {
  const vars = {}
  for (const r of rules) {
    if (r.selector !== ':root' || !inScheme(r.media)) continue
    for (const [k, v] of Object.entries(r.decls)) if (k.startsWith('--')) vars[k] = v
  }
  return vars
}

/** decl is the last value of prop in a rule with exactly selector, in the scheme, var() resolved. */
function decl(selector, props, inScheme, vars) {
  let value
  for (const r of rules) {
    if (r.selector !== selector || !inScheme(r.media)) continue
    for (const p of props) if (r.decls[p] !== undefined) value = r.decls[p]
  }
  if (value === undefined) return undefined
  for (let n = 0; n < 10 && /var\(/.test(value); n++) {
    value = value.replace(/var\((--[\w-]+)(?:\s*,\s*([^)]*))?\)/g, (_, name, fallback) => vars[name] ?? fallback ?? `var(${name})`)
  }
  return value
}

// The pairs: text [selector of its colour], on [selectors of the backgrounds under it, topmost first; the last
// one opaque]; size: the selector whose font-size and font-weight make it large text (default: the text's);
// group: a selector whose opacity fades the text and every background above the bottom one.
// Left out: the 红 seal (gold on red, aria-hidden: a logo, which WCAG 1.4.3 exempts) and disabled buttons
// (opacity 0.45: inactive controls are exempt too).
const pairs = [
  { what: 'body text on the page', text: ':root', on: [':root'] },
  { what: 'text on a card', text: ':root', on: ['.card', ':root'] },
  { what: 'muted text on a card', text: '.muted', on: ['.card'] },
  { what: 'muted text on the page (the header)', text: '.muted', on: [':root'] },
  { what: 'the packet\'s text (sender, claimed, time)', text: '.packet', on: ['.packet'] },
  { what: 'the packet\'s kind', text: '.packet .kind', on: ['.packet'] },
  { what: 'the packet\'s total', text: '.packet .total', on: ['.packet'] },
  { what: 'the packet\'s id line', text: '.packet .id', on: ['.packet'] },
  { what: 'muted text on the packet', text: '.packet .muted', on: ['.packet'] },
  { what: 'a take-back note on the packet', text: '.packet', on: ['.packet .note', '.packet'], size: '.packet .note' },
  { what: 'the copy button on the packet', text: '.packet button.copy', on: ['.packet button.copy', '.packet'], group: '.packet .from', size: '.packet button.copy' },
  { what: 'the sender on the packet', text: '.packet', on: ['.packet'], group: '.packet .from', size: '.packet .from' },
  { what: 'a primary button', text: 'button.primary', on: ['button.primary'] },
  { what: 'a primary button, hovered', text: 'button.primary', on: ['button.primary:hover:not(:disabled)'] },
  { what: 'a secondary button', text: 'button.secondary', on: ['button.secondary'] },
  { what: 'a link button on a card', text: 'button.link', on: ['.card'] },
  { what: 'a primary link button', text: 'a.button.primary', on: ['a.button.primary'] },
  { what: 'a secondary link button', text: 'a.button.secondary', on: ['a.button.secondary'] },
  { what: 'a tab in the header', text: '.top .tab', on: [':root'] },
  { what: 'the current tab in the header', text: '.top .tab.current', on: ['.top .tab.current'] },
  { what: 'a tab button (My packets)', text: 'button.tab', on: ['button.tab'] },
  { what: 'the current tab button', text: 'button.tab.current', on: ['button.tab.current'] },
  { what: 'a hint on a card', text: '.hint', on: ['.card'] },
  { what: 'an error on a card', text: '.error', on: ['.card'] },
  { what: 'an error on the page', text: '.error', on: [':root'] },
  { what: 'a notice (done) on a card', text: '.ok', on: ['.card'] },
  { what: 'a risk warning\'s text', text: ':root', on: ['.warning'] },
  { what: 'an error in a risk warning', text: '.error', on: ['.warning'] },
  { what: 'the amount received', text: '.result .amount', on: ['.card'] },
  { what: 'the exact amount received', text: '.result .exact', on: ['.card'] },
  { what: 'my claim in the list', text: '.claims li.me', on: ['.card'] },
  { what: 'status: open', text: '.s-open', on: ['.card'], size: '.status' },
  { what: 'status: cool-off', text: '.s-cool-off', on: ['.card'], size: '.status' },
  { what: 'status: expired', text: '.s-expired', on: ['.card'], size: '.status' },
  { what: 'status: closed', text: '.s-closed', on: ['.card'], size: '.status' },
  { what: 'a packet\'s amount in My packets', text: '.amount-line', on: ['.card'] },
  { what: 'a fact\'s name (from, to, guardian)', text: 'dl.facts dt', on: ['.card'] },
  { what: 'a select\'s text', text: 'select', on: ['select'] },
]

/** sizeOf reads font-size (rem/px) and font-weight of a rule: the text is large when both say so. */
function sizeOf(selector, inScheme, vars) {
  const size = decl(selector, ['font-size'], inScheme, vars)
  const weight = decl(selector, ['font-weight'], inScheme, vars)
  const px = !size ? 16 : size.endsWith('rem') ? parseFloat(size) * 16 : size.endsWith('px') ? parseFloat(size) : 16
  return { px, weight: weight === 'bold' ? 700 : parseInt(weight ?? '400', 10) || 400 }
}

/** check returns the worst contrast of a pair in a scheme: { ratio, need, fg, bg }. */
function check(pair, inScheme, vars) {
  const color = decl(pair.text, ['color'], inScheme, vars)
  assert.ok(color, `${pair.what}: no color in a "${pair.text}" rule (a renamed selector? update the pairs)`)
  const op = pair.group ? parseFloat(decl(pair.group, ['opacity'], inScheme, vars) ?? '1') : 1
  const fade = (c) => [...c.slice(0, 3), c[3] * op]
  const fg = W.parseColor(color)
  assert.ok(fg, `${pair.what}: "${color}" is not a colour this test reads`)
  // backgrounds, bottom first; a gradient makes one candidate per colour
  let bgs = null
  for (const sel of [...pair.on].reverse()) {
    const bg = decl(sel, ['background', 'background-color'], inScheme, vars)
    assert.ok(bg, `${pair.what}: no background in a "${sel}" rule`)
    const layer = /gradient\(/.test(bg) ? W.gradientColors(bg) : [W.parseColor(bg)]
    assert.ok(layer.length && layer.every(Boolean), `${pair.what}: background "${bg}" of "${sel}" is not a colour this test reads`)
    if (bgs === null) {
      assert.ok(layer.every((c) => c[3] === 1), `${pair.what}: the bottom background "${bg}" (${sel}) is not opaque`)
      bgs = layer
    } else {
      bgs = bgs.flatMap((b) => layer.map((c) => W.over(fade(c), b)))
    }
  }
  const { px, weight } = sizeOf(pair.size ?? pair.text, inScheme, vars)
  const need = W.minRatio(px, weight)
  let worst = null
  for (const b of bgs) {
    const ratio = W.ratio(W.over(fade(fg), b), b)
    if (!worst || ratio < worst.ratio) worst = { ratio, need, fg: color, bg: W.hex(b) }
  }
  return worst
}

test('the maths: WCAG examples', () => {
  assert.equal(W.ratio([0, 0, 0, 1], [255, 255, 255, 1]), 21)
  assert.equal(W.ratio([255, 255, 255, 1], [255, 255, 255, 1]), 1)
  assert.equal(W.ratio(W.parseColor('#767676'), W.parseColor('#fff')).toFixed(2), '4.54') // the well-known grey on white
  assert.deepEqual(W.over(W.parseColor('rgba(255, 255, 255, 0.5)'), [0, 0, 0, 1]), [127.5, 127.5, 127.5, 1])
  assert.deepEqual(W.gradientColors('linear-gradient(160deg, #c8102e 0%, rgb(1, 2, 3) 100%)'), [[200, 16, 46, 1], [1, 2, 3, 1]])
  assert.equal(W.minRatio(24, 400), 3)
  assert.equal(W.minRatio(19, 700), 3)
  assert.equal(W.minRatio(19, 600), 4.5)
  assert.equal(W.minRatio(16, 700), 4.5)
})

test('the parser reads the colour variables of :root', () => {
  const vars = variables(schemes.light)
  for (const v of ['--red', '--red-dark', '--gold', '--ink', '--muted', '--line', '--bg', '--ok', '--bad']) {
    assert.ok(W.parseColor(vars[v]), `${v}: ${vars[v]}`)
  }
})

for (const [scheme, inScheme] of Object.entries(schemes)) {
  test(`every declared text/background pair meets WCAG AA (${scheme} scheme)`, (t) => {
    const vars = variables(inScheme)
    const failing = []
    let lowest = null
    for (const pair of pairs) {
      const w = check(pair, inScheme, vars)
      const line = `${pair.what} ("${pair.text}" ${w.fg} on ${w.bg}): ${w.ratio.toFixed(2)}:1, needs ${w.need}:1`
      if (w.ratio < w.need) failing.push(line)
      if (!lowest || w.ratio / w.need < lowest.margin) lowest = { margin: w.ratio / w.need, line }
    }
    t.diagnostic(`${pairs.length} pairs; the closest to its threshold: ${lowest.line}`)
    assert.deepEqual(failing, [])
  })
}
