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
      return t('revert.PacketNotFound', { v0: id })
    case 'PacketClosed':
      return t('revert.PacketClosed', { v0: id })
    case 'NotYetReleased':
      return t('revert.NotYetReleased', { v0: id, v1: formatTime(a[1]) })
    case 'PacketExpired':
      return t('revert.PacketExpired', { v0: id, v1: formatTime(a[1]) })
    case 'AlreadyClaimed':
      return same(a[1], ctx.claimer)
        ? t('revert.AlreadyClaimed', { v0: id })
        : t('revert.AlreadyClaimed.2', { v0: a[1], v1: id })
    case 'NotRecipient':
      return t('revert.NotRecipient', { v0: a[1], v1: id })
    case 'InvalidClaimSignature':
      return t('revert.InvalidClaimSignature', { v0: id })
    case 'NotInAllowlist':
      return t('revert.NotInAllowlist', { v0: a[1], v1: id })
    case 'InvalidTicket':
      return t('revert.InvalidTicket', { v0: id })
    case 'TicketAlreadyUsed':
      return t('revert.TicketAlreadyUsed', { v0: id, v1: String(a[1]) })
    case 'RelayDeadlinePassed':
      return t('revert.RelayDeadlinePassed', { v0: formatTime(a[0]) })
    case 'InvalidClaimerSignature':
      return t('revert.InvalidClaimerSignature', { v0: a[0] })
    case 'InsufficientGas':
      return t('revert.InsufficientGas')
    case 'NativeTransferFailed':
      return t('revert.NativeTransferFailed', { v0: formatAmount(a[1], 18, 'ETH'), v1: a[0] })
    case 'SafeERC20FailedOperation':
      return t('revert.SafeERC20FailedOperation', { v0: a[0] })
    case 'ReentrancyGuardReentrantCall':
      return t('revert.ReentrancyGuardReentrantCall')
    case 'NotExpired':
      return t('revert.NotExpired', { v0: id, v1: formatTime(a[1]) })
    case 'NotSender':
      return t('revert.NotSender', { v0: a[1], v1: id })
    case 'CoolOffOver':
      return t('revert.CoolOffOver', { v0: id, v1: formatTime(a[1]) })
    case 'NoUndoWindow':
      return t('revert.NoUndoWindow', { v0: id })
    case 'UndoWindowClosed':
      return t('revert.UndoWindowClosed', { v0: id, v1: formatTime(a[1]) })
    case 'UndoAlreadyRequested':
      return t('revert.UndoAlreadyRequested', { v0: id })
    case 'NoUndoRequest':
      return t('revert.NoUndoRequest', { v0: id })
    case 'NotDirect':
      return t('revert.NotDirect', { v0: id })
    case 'NotGuardian':
      return a[1] && !/^0x0{40}$/i.test(a[1])
        ? t('revert.NotGuardian', { v0: a[1], v1: id })
        : t('revert.NotGuardian.2', { v0: id })
    case 'NotClaimer':
      return t('revert.NotClaimer', { v0: a[1], v1: id })
    case 'ReturnExceedsClaim':
      return t('revert.ReturnExceedsClaim', { v0: amount(a[1]), v1: id })
    case 'NothingOwed':
      return t('revert.NothingOwed', { v0: a[1] })
    case 'DelayTooShort':
      return t('revert.DelayTooShort')
    case 'AmountTooSmall':
      return t('revert.AmountTooSmall')
    case 'ZeroAddress':
      return t('revert.ZeroAddress')
    case 'InvalidLuckyInput':
      return t('revert.InvalidLuckyInput', { v0: amount(a[0]), v1: a[1] })
    // The sealed draw (rules §3).
    case 'DrawNotReady':
      return t('revert.DrawNotReady', { v0: id, v1: String(a[1]) })
    case 'NothingToDraw':
      return t('revert.NothingToDraw', { v0: id })
    case 'NotSealed':
      return t('revert.NotSealed', { v0: id })
    case 'DrawsReady':
      return t('revert.DrawsReady', { v0: id })
    case 'AllSharesTaken':
      return t('revert.AllSharesTaken', { v0: id, v1: String(a[1]) })
    case 'SharesPending':
      return t('revert.SharesPending', { v0: id, v1: String(a[1]) })
    case 'ShareNotDrawn':
      return t('revert.ShareNotDrawn', { v0: id })
    default:
      return t('revert.other', { name: errorName })
  }
}

/** revertName is the escrow's custom error in a viem error's cause chain ("DrawNotReady"), or "". */
export function revertName(err) {
  for (let e = err, depth = 0; e && depth < 12; depth++, e = e.cause) {
    if (e.data?.errorName) return e.data.errorName
  }
  return ''
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
