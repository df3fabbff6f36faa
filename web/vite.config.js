// Vite build of the claim page. The escrow's ABI is read at build time from the compiled contract
// (contracts/out/HongbaoEscrow.abi.json) and trimmed to what the page uses: the claim, the reads, the
// events it shows and every custom error (so that any revert decodes to its name).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const abiPath = fileURLToPath(new URL('../contracts/out/HongbaoEscrow.abi.json', import.meta.url))
const usedFunctions = new Set(['claim', 'getPacket', 'hasClaimed', 'claimedAmount', 'send', 'sendWithPermit', 'withdrawCoolOff', 'undo',
  'approveUndo', 'decline', 'returnFunds', 'intercept', 'refund', 'withdrawOwed', 'lockOf', 'tokenPolicy', 'undoTier', 'owed', 'settle', 'pendingDraws', 'ticketUsed'])
const usedEvents = new Set(['PacketSent', 'Claimed', 'RelayFeePaid', 'OwedCredited', 'CoolOffWithdrawn', 'Undone', 'UndoRequested',
  'UndoApproved', 'Declined', 'Returned', 'Intercepted', 'Refunded', 'OwedWithdrawn', 'SharePending'])

// Strip internalType (Solidity struct names): it is not needed to encode or decode, and it is bulky.
function strip(entry) {
  const { internalType, ...rest } = entry
  for (const k of ['inputs', 'outputs', 'components']) {
    if (rest[k]) rest[k] = rest[k].map(strip)
  }
  return rest
}

export function escrowAbi() {
  const abi = JSON.parse(readFileSync(abiPath, 'utf8'))
  return abi
    .filter(
      (e) =>
        e.type === 'error' ||
        (e.type === 'function' && usedFunctions.has(e.name)) ||
        (e.type === 'event' && usedEvents.has(e.name)),
    )
    .map(strip)
}

const virtualId = 'virtual:hongbao-abi'

function abiPlugin() {
  return {
    name: 'hongbao-abi',
    resolveId(id) {
      if (id === virtualId) return '\0' + virtualId
    },
    load(id) {
      if (id !== '\0' + virtualId) return
      this.addWatchFile(abiPath)
      return `export const escrowAbi = ${JSON.stringify(escrowAbi())}\n`
    },
  }
}

export default defineConfig({
  base: '/',
  plugins: [abiPlugin()],
  // contracts/codes.mjs (claim codes and tickets) imports viem from the contracts package's own install: use the
  // page's one copy.
  resolve: { dedupe: ['viem'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One small bundle: the page is a single screen.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
})
