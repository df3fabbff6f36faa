// Who claims: an injected wallet (EIP-1193, window.ethereum) or a key made in this browser.
//
// The browser key is made with viem's generatePrivateKey (the Web Crypto random source) and kept in
// localStorage, so that the visitor finds the same address (and what it received) when they come back. The
// page shows it and lets the visitor copy it out to import into a wallet.
import { createWalletClient, custom, getAddress, http, isHex, numberToHex } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { UserError } from './errors.js'

export const storageKey = 'hongbao.browserKey.v1'

function storage() {
  try {
    return window.localStorage
  } catch {
    return null // storage blocked (private mode in some browsers): the key lives for this visit only
  }
}

/** browserSigner returns the browser key's signer, making and saving the key on first use. */
export function browserSigner() {
  const st = storage()
  let key = st?.getItem(storageKey) ?? ''
  let fresh = false
  if (!isHex(key) || key.length !== 66) {
    key = generatePrivateKey()
    fresh = true
    st?.setItem(storageKey, key)
  }
  const account = privateKeyToAccount(key)
  return {
    kind: 'browser',
    address: account.address,
    fresh,
    saved: !!st && st.getItem(storageKey) === key,
    exportKey: () => key,
    signTypedData: (td) => account.signTypedData(td),
    walletClient: async (chain, rpcUrl) => createWalletClient({ account, chain, transport: http(rpcUrl) }),
  }
}

/** injectedProvider is the EIP-1193 provider of a browser wallet, if there is one. */
export function injectedProvider() {
  return typeof window !== 'undefined' && window.ethereum && typeof window.ethereum.request === 'function'
    ? window.ethereum
    : null
}

/**
 * ensureChain asks the wallet to switch to the link's chain (and to add it when it does not know it), since
 * wallets sign EIP-712 messages and send transactions only for their current chain.
 */
async function ensureChain(provider, chain) {
  const current = await provider.request({ method: 'eth_chainId' })
  if (BigInt(current) === BigInt(chain.id)) return
  const chainId = numberToHex(chain.id)
  try {
    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId }] })
  } catch (err) {
    const rpc = chain.rpcUrls.default.http
    if (err?.code !== 4902 || rpc.length === 0) {
      throw err?.code === 4001
        ? err
        : new UserError('WrongChain', `switch your wallet to chain ${chain.id} to claim this packet`)
    }
    await provider.request({
      method: 'wallet_addEthereumChain',
      params: [{ chainId, chainName: chain.name, nativeCurrency: chain.nativeCurrency, rpcUrls: rpc }],
    })
  }
}

/** injectedSigner connects to the browser wallet (the wallet asks the visitor) and returns its signer. */
export async function injectedSigner(provider, chain) {
  const accounts = await provider.request({ method: 'eth_requestAccounts' })
  if (!accounts?.length) throw new UserError('NoAccount', 'your wallet shared no account; unlock it and try again')
  const address = getAddress(accounts[0])
  const wc = createWalletClient({ account: address, chain, transport: custom(provider) })
  return {
    kind: 'wallet',
    address,
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
