// Browser wallets: EIP-6963 discovery of the injected EIP-1193 providers (several wallets side by side, each
// announcing itself), with window.ethereum as the fallback of older wallets; connecting to one; switching
// it to the page's chain (adding the chain when the wallet does not know it); and following its account and
// chain as the visitor changes them in the wallet.
import { createWalletClient, custom, getAddress, numberToHex } from 'viem'
import { UserError } from './errors.js'

/**
 * discoverWallets collects the wallets that announce themselves (EIP-6963) and calls onChange with the list
 * ({info: {uuid, name, icon, rdns}, provider}) whenever one more arrives. It returns the live list.
 */
export function discoverWallets(onChange = () => {}) {
  const list = []
  const add = (info, provider) => {
    if (!provider || typeof provider.request !== 'function') return
    if (list.some((w) => w.info.uuid === info.uuid || w.provider === provider)) return
    list.push({ info, provider })
    onChange(list)
  }
  window.addEventListener('eip6963:announceProvider', (e) => add(e.detail?.info ?? {}, e.detail?.provider))
  window.dispatchEvent(new Event('eip6963:requestProvider'))
  // A wallet that predates EIP-6963 only sets window.ethereum; one that announces itself is listed once.
  const legacy = window.ethereum
  if (legacy && typeof legacy.request === 'function') {
    queueMicrotask(() => add({ uuid: 'window.ethereum', name: 'Browser wallet', rdns: 'window.ethereum', icon: '' }, legacy))
  }
  return list
}

/** chainIdOf asks the wallet for its current chain. */
export async function chainIdOf(provider) {
  return Number(BigInt(await provider.request({ method: 'eth_chainId' })))
}

/**
 * ensureChain asks the wallet to switch to chain (and to add it when it does not know it): wallets sign and
 * send only for their current chain. A refusal in the wallet keeps its code 4001.
 */
export async function ensureChain(provider, chain) {
  if ((await chainIdOf(provider)) === chain.id) return
  const chainId = numberToHex(chain.id)
  try {
    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId }] })
  } catch (err) {
    const rpc = chain.rpcUrls.default.http
    if (err?.code === 4001) throw err
    if (err?.code !== 4902 || rpc.length === 0) {
      throw new UserError('WrongChain', `switch your wallet to chain ${chain.id}; it did not switch (${err?.message ?? err})`)
    }
    await provider.request({
      method: 'wallet_addEthereumChain',
      params: [{ chainId, chainName: chain.name, nativeCurrency: chain.nativeCurrency, rpcUrls: rpc }],
    })
    if ((await chainIdOf(provider)) !== chain.id) {
      await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId }] })
    }
  }
}

/**
 * connectWallet asks the wallet for its accounts and returns a signer of the first one. Its chain and
 * account are read again before each signature (ensureChain), so a wallet switched in between is caught.
 */
export async function connectWallet(entry, chain) {
  const { provider, info } = entry
  const accounts = await provider.request({ method: 'eth_requestAccounts' })
  if (!accounts?.length) throw new UserError('NoAccount', 'your wallet shared no account; unlock it and try again')
  const address = getAddress(accounts[0])
  const chainId = await chainIdOf(provider)
  const wc = createWalletClient({ account: address, chain, transport: custom(provider) })
  return {
    kind: 'wallet',
    name: info.name,
    uuid: info.uuid,
    provider,
    address,
    chainId,
    signTypedData: async (td) => {
      await ensureChain(provider, chain)
      return wc.signTypedData({ account: address, ...td })
    },
    walletClient: async () => {
      await ensureChain(provider, chain)
      return wc
    },
  }
}

/**
 * followWallet calls onAccounts(addresses) and onChain(chainId) when the visitor changes them in the wallet
 * (EIP-1193 events), and returns the function that stops following.
 */
export function followWallet(provider, { onAccounts, onChain }) {
  const acc = (a) => onAccounts((a ?? []).map((x) => getAddress(x)))
  const ch = (id) => onChain(Number(BigInt(id)))
  provider.on?.('accountsChanged', acc)
  provider.on?.('chainChanged', ch)
  return () => {
    provider.removeListener?.('accountsChanged', acc)
    provider.removeListener?.('chainChanged', ch)
  }
}
