// Errors shown as sentences. Contract errors are ported from node/client/explain.go (the claim-related ones);
// the relayer's errors already carry a sentence (its "message"), which is shown as is.
import { formatAmount, formatTime } from './format.js'
import { t } from './i18n.js'

/** UserError is an error whose message is already a sentence for the visitor. */
export class UserError extends Error {
  constructor(code, message) {
    super(message)
    this.name = 'UserError'
    this.code = code
  }
}

const same = (a, b) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase()

/**
 * explainRevert turns a decoded escrow error (its name and arguments, as viem decodes them) into a
 * sentence. ctx may give the claimer (the visitor's address) and the packet's token symbol and decimals.
 */
export function explainRevert(errorName, args = [], ctx = {}) {
  const a = Array.isArray(args) ? args : []
  const id = a[0] !== undefined ? String(a[0]) : ctx.packetId ?? '?'
  const amount = (v) => (ctx.decimals !== undefined ? formatAmount(v, ctx.decimals, ctx.symbol) : String(v))
  switch (errorName) {
    case 'PacketNotFound':
      return `there is no packet ${id} on this escrow; check the link`
    case 'PacketClosed':
      return `packet ${id} is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)`
    case 'NotYetReleased':
      return `packet ${id} is in its cool-off until ${formatTime(a[1])}; claims open then`
    case 'PacketExpired':
      return `packet ${id} expired at ${formatTime(a[1])}; it can no longer be claimed, and the rest goes back to the sender`
    case 'AlreadyClaimed':
      return same(a[1], ctx.claimer)
        ? `you already claimed packet ${id} (one claim per address)`
        : `${a[1]} already claimed packet ${id} (one claim per address)`
    case 'NotRecipient':
      return `only ${a[1]} can claim packet ${id}`
    case 'InvalidClaimSignature':
      return `this claim code is not the code of packet ${id}; check that you copied the code of this packet`
    case 'NotInAllowlist':
      return `${a[1]} is not on the allowlist of packet ${id} (or the proof is wrong); ask the sender to add you`
    case 'RelayDeadlinePassed':
      return `the relayed claim's deadline passed at ${formatTime(a[0])}; claim again to sign a new one`
    case 'InvalidClaimerSignature':
      return `the relay signature is not by ${a[0]} for this relayer, fee and deadline; claim again to sign a new one`
    case 'InsufficientGas':
      return 'the transaction had too little gas to pay the receiver safely; retry with a higher gas limit'
    case 'NativeTransferFailed':
      return `sending ${formatAmount(a[1], 18, 'ETH')} to ${a[0]} failed: that account rejects ETH; use an address that can receive ETH`
    case 'SafeERC20FailedOperation':
      return `the token ${a[0]} refused the transfer; the token may block one of the addresses`
    case 'ReentrancyGuardReentrantCall':
      return 'the escrow refused a re-entrant call: a contract tried to call back into the escrow during a payout'
    case 'NotExpired':
      return `packet ${id} has not expired: it can be refunded from ${formatTime(a[1])}`
    case 'NotSender':
      return `only the sender ${a[1]} can take packet ${id} back`
    case 'CoolOffOver':
      return `the cool-off of packet ${id} ended at ${formatTime(a[1])}; it can no longer be withdrawn that way`
    case 'NoUndoWindow':
      return `packet ${id} has no undo window (its amount was above every undo tier of its token, or the token has none)`
    case 'UndoWindowClosed':
      return `the undo window of packet ${id} closed at ${formatTime(a[1])}`
    case 'UndoAlreadyRequested':
      return `you already asked for packet ${id} back; it goes back when the recipient approves`
    case 'NoUndoRequest':
      return `the sender has not asked for packet ${id} back; you can still decline it`
    case 'NotDirect':
      return `packet ${id} is a group packet; only a Direct packet can be declined or have an undo approved`
    case 'NotGuardian':
      return a[1] && !/^0x0{40}$/i.test(a[1])
        ? `only the guardian ${a[1]} can intercept packet ${id}`
        : `packet ${id} has no guardian, so nobody can intercept it`
    case 'NotClaimer':
      return `${a[1]} has not claimed packet ${id}, so there is nothing to return`
    case 'ReturnExceedsClaim':
      return `you can return at most ${amount(a[1])} of packet ${id} (what you claimed and have not returned yet)`
    case 'NothingOwed':
      return `${a[1]} is owed nothing in this token`
    case 'DelayTooShort':
      return 'your security lock needs a longer cool-off for a send this large; choose a longer cool-off'
    case 'AmountTooSmall':
      return 'the amount is too small for this many shares (each share needs at least the token\'s minimum share)'
    case 'ZeroAddress':
      return 'an address is required here, but the zero address was given'
    case 'InvalidLuckyInput':
      return `invalid lucky split input: ${amount(a[0])} left for ${a[1]} shares is below the minimum share`
    default:
      return `the escrow refused it (${errorName})`
  }
}

/**
 * sentence finds the most useful sentence in any error the page meets: a UserError, a relayer error, a
 * contract revert (viem's ContractFunctionRevertedError somewhere in the cause chain), a wallet refusal, or
 * a network failure.
 */
export function sentence(err, ctx = {}) {
  if (!err) return 'something went wrong'
  if (err instanceof UserError || err.name === 'ClaimCodeError' || err.name === 'RelayerError') return err.message
  // viem errors: walk the cause chain.
  let revert = null
  let rejected = false
  let e = err
  for (let depth = 0; e && depth < 12; depth++, e = e.cause) {
    if (e.data?.errorName) revert = e.data
    if (e.code === 4001 || e.name === 'UserRejectedRequestError') rejected = true
  }
  if (rejected) return t('err.cancelled')
  if (revert) return explainRevert(revert.errorName, revert.args, ctx)
  if (err.name === 'TypeError' && /fetch/i.test(err.message)) {
    return t('err.server')
  }
  if (err.name === 'HttpRequestError' || err.name === 'TimeoutError') {
    return t('err.node')
  }
  return err.shortMessage || err.message || String(err)
}
