// Both languages have every message, with the same placeholders.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { messages, t } from '../src/i18n.js'

const holes = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',')

test('English and Chinese have the same keys and placeholders', () => {
  assert.deepEqual(Object.keys(messages.zh).sort(), Object.keys(messages.en).sort())
  for (const [k, en] of Object.entries(messages.en)) assert.equal(holes(messages.zh[k]), holes(en), k)
})

test('t fills placeholders in the language asked for', () => {
  assert.equal(t('send.sent', { id: 7 }, 'en'), 'Packet 7 sent')
  assert.equal(t('send.sent', { id: 7 }, 'zh'), '红包 7 已发出')
})

test('the sealed draw waits as drawing… / 抽取中…', () => {
  assert.equal(t('claim.drawing', {}, 'en'), 'drawing…')
  assert.equal(t('claim.drawing', {}, 'zh'), '抽取中…')
  assert.equal(t('packet.drawing', {}, 'zh'), '抽取中…')
})
