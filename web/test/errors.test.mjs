import { test } from 'node:test'
import assert from 'node:assert/strict'
import { explainRevert, sentence, UserError } from '../src/errors.js'

const me = '0x90F79bf6EB2c4f870365E785982E1f101E93b906'
const other = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

test('the claim errors of the escrow read as sentences', () => {
  const cases = [
    ['PacketNotFound', [9n], 'there is no packet 9 on this escrow; check the link'],
    ['PacketClosed', [7n], 'packet 7 is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)'],
    ['AlreadyClaimed', [7n, me], 'you already claimed packet 7 (one claim per address)'],
    ['AlreadyClaimed', [7n, other], `${other} already claimed packet 7 (one claim per address)`],
    ['InvalidClaimSignature', [7n, other], 'this claim code is not the code of packet 7; check that you copied the code of this packet'],
    ['NotRecipient', [7n, other], `only ${other} can claim packet 7`],
    ['NotInAllowlist', [7n, me], `${me} is not on the allowlist of packet 7 (or the proof is wrong); ask the sender to add you`],
    ['InvalidTicket', [7n], 'this ticket does not belong to packet 7 (wrong ticket code, or it was changed in transit); ask the sender for your ticket again'],
    ['TicketAlreadyUsed', [7n, 2n], 'ticket 2 of packet 7 has already been used to claim a share; each ticket claims once'],
    ['SomethingNew', [], 'the escrow refused it (SomethingNew)'],
  ]
  for (const [name, args, want] of cases) assert.equal(explainRevert(name, args, { claimer: me }), want, name)
  assert.match(explainRevert('PacketExpired', [7n, 1700000000]), /^packet 7 expired at \d{4}-\d\d-\d\d \d\d:\d\d; it can no longer be claimed/)
  assert.match(explainRevert('NotYetReleased', [7n, 1700000000]), /^packet 7 is in its cool-off until \d{4}-\d\d-\d\d \d\d:\d\d; claims open then$/)
})

test('sentence finds the revert in a viem error chain, and wallet refusals', () => {
  const viemErr = { name: 'ContractFunctionExecutionError', shortMessage: 'x', cause: { name: 'ContractFunctionRevertedError', data: { errorName: 'PacketClosed', args: [3n] } } }
  assert.equal(sentence(viemErr), 'packet 3 is closed: nothing is left in it (claimed, refunded, withdrawn, declined or intercepted)')
  assert.equal(sentence({ name: 'TransactionExecutionError', cause: { code: 4001, message: 'User rejected' } }), 'you cancelled the request in your wallet')
  assert.equal(sentence(new UserError('X', 'a sentence')), 'a sentence')
  assert.equal(sentence(Object.assign(new Error('the relayer says no'), { name: 'RelayerError' })), 'the relayer says no')
})

test('the sealed draw errors read as sentences', () => {
  const cases = [
    ['DrawNotReady', [5n, 24n], "packet 5: the next share waiting is drawn from the next block's hash; it can be drawn from block 24 on"],
    ['NothingToDraw', [5n], 'packet 5 has no share waiting for its draw: every claim of it is drawn'],
    ['DrawsReady', [5n], 'packet 5 has claims whose share can be drawn now: they are drawn first, then the rest can go back; try again in a moment'],
    ['AllSharesTaken', [5n, 2n], 'every share of packet 5 is taken; 2 wait for their draw'],
    ['ShareNotDrawn', [5n, me], 'your share of packet 5 is not drawn yet: there is nothing to return until it is'],
  ]
  for (const [name, args, want] of cases) assert.equal(explainRevert(name, args, { claimer: me }), want, name)
})
