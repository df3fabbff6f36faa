// Browser tests of the sender's and the recipient's screens (web/src/app.js) against the dev chain: wallets
// discovered with EIP-6963, the send form, "My packets" with every action, the links. Run from claim.spec.mjs
// (one server, one chain).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { H, newPage, shot, wallets } from './harness.mjs'

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
