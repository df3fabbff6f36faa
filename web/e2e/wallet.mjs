// The browser tests' wallet: EIP-1193 providers injected into the page and announced with EIP-6963 (several
// side by side), each holding a dev key. The provider in the page forwards every request to this process
// (page.exposeFunction), where viem's local account signs typed data and real transactions for the dev chain
// and every other call goes to the dev chain's RPC. Each wallet keeps its own current chain (it can start on
// another one, and knows only the chains it was given or added), emits accountsChanged and chainChanged, and
// can be told to refuse the next signature as a person would (code 4001).
import { createWalletClient, http, toHex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'

const icon = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><rect width="20" height="20" rx="4" fill="#345"/></svg>')

function makeWallet(spec, { rpcUrl, chain }) {
  const w = {
    info: { uuid: spec.uuid, name: spec.name, rdns: spec.rdns, icon },
    account: privateKeyToAccount(spec.key),
    chainId: spec.chainId ?? chain.id,
    known: new Set(spec.knownChains ?? [chain.id, spec.chainId ?? chain.id]),
    calls: [],
    rejectNext: false,
    page: null,
  }
  Object.defineProperty(w, 'address', { get: () => w.account.address })
  const wc = () => createWalletClient({ account: w.account, chain, transport: http(rpcUrl) })
  const emit = (event, value) => setTimeout(() => w.page.evaluate(([u, e, v]) => window.__hbProviders[u]._emit(e, v), [w.info.uuid, event, value]).catch(() => {}), 0)
  w.emit = emit
  w.setAccount = (key) => {
    w.account = privateKeyToAccount(key)
    emit('accountsChanged', [w.account.address])
  }
  w.setChain = (id) => {
    w.chainId = id
    emit('chainChanged', toHex(id))
  }
  const refuse = () => {
    if (!w.rejectNext) return null
    w.rejectNext = false
    return { error: { code: 4001, message: 'User rejected the request.' } }
  }
  w.handle = async ({ method, params = [] }) => {
    w.calls.push(method)
    switch (method) {
      case 'eth_requestAccounts':
      case 'eth_accounts':
        return { result: [w.account.address] }
      case 'eth_chainId':
        return { result: toHex(w.chainId) }
      case 'wallet_switchEthereumChain': {
        const id = Number(BigInt(params[0].chainId))
        if (!w.known.has(id)) return { error: { code: 4902, message: `Unrecognized chain ID ${params[0].chainId}. Try adding the chain using wallet_addEthereumChain first.` } }
        if (id !== w.chainId) w.setChain(id)
        return { result: null }
      }
      case 'wallet_addEthereumChain': {
        const id = Number(BigInt(params[0].chainId))
        w.known.add(id)
        if (id !== w.chainId) w.setChain(id) // as MetaMask does: adding switches
        return { result: null }
      }
      case 'eth_signTypedData_v4': {
        const no = refuse()
        if (no) return no
        const td = JSON.parse(params[1])
        if (Number(td.domain.chainId) !== w.chainId) return { error: { code: -32000, message: `the domain's chain ${td.domain.chainId} is not the wallet's chain ${w.chainId}` } }
        const { EIP712Domain, ...types } = td.types
        const fields = Object.fromEntries(types[td.primaryType].map((f) => [f.name, f.type]))
        const message = Object.fromEntries(Object.entries(td.message).map(([k, v]) => [k, /int/.test(fields[k]) ? BigInt(v) : v]))
        return { result: await w.account.signTypedData({ domain: { ...td.domain, chainId: Number(td.domain.chainId) }, types, primaryType: td.primaryType, message }) }
      }
      case 'eth_sendTransaction': {
        const no = refuse()
        if (no) return no
        if (w.chainId !== chain.id) return { error: { code: -32000, message: `the wallet is on chain ${w.chainId}, which it cannot reach` } }
        const [tx] = params
        const hash = await wc().sendTransaction({ to: tx.to, data: tx.data, value: tx.value ? BigInt(tx.value) : 0n, gas: tx.gas ? BigInt(tx.gas) : undefined })
        return { result: hash }
      }
      default: {
        const res = await fetch(rpcUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
        const body = await res.json()
        return body.error ? { error: body.error } : { result: body.result }
      }
    }
  }
  return w
}

/**
 * installWallets injects one provider per spec ({key, name, rdns, uuid, chainId, knownChains}) into page
 * (before any of its scripts run) and returns their controls: address, calls, rejectNext, setAccount(key),
 * setChain(id). legacy: also set window.ethereum to the first one, as older wallets do.
 */
export async function installWallets(page, specs, dev, { legacy = false } = {}) {
  const wallets = specs.map((s, i) => makeWallet({ uuid: `test-wallet-${i}`, name: `Test Wallet ${i + 1}`, rdns: `org.hongbao.test${i + 1}`, ...s }, dev))
  for (const w of wallets) w.page = page
  await page.exposeFunction('__hbWallet', async (uuid, json) => {
    const w = wallets.find((x) => x.info.uuid === uuid)
    try {
      return JSON.stringify(await w.handle(JSON.parse(json)))
    } catch (e) {
      return JSON.stringify({ error: { code: -32603, message: e.shortMessage || e.message } })
    }
  })
  await page.addInitScript(([infos, legacyToo]) => {
    window.__hbProviders = {}
    for (const info of infos) {
      const listeners = {}
      const provider = {
        async request({ method, params }) {
          const out = JSON.parse(await window.__hbWallet(info.uuid, JSON.stringify({ method, params })))
          if (out.error) throw Object.assign(new Error(out.error.message), { code: out.error.code, data: out.error.data })
          return out.result
        },
        on(event, fn) {
          ;(listeners[event] ??= []).push(fn)
          return provider
        },
        removeListener(event, fn) {
          listeners[event] = (listeners[event] ?? []).filter((f) => f !== fn)
          return provider
        },
        _emit(event, value) {
          for (const fn of listeners[event] ?? []) fn(value)
        },
      }
      window.__hbProviders[info.uuid] = provider
      const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }))
      window.addEventListener('eip6963:requestProvider', announce)
      announce()
      if (legacyToo && !window.ethereum) window.ethereum = provider
    }
  }, [wallets.map((w) => w.info), legacy])
  return wallets
}
