// Package invariant runs a stateful invariant test of the escrow, in the style of Sablier's tests/invariant:
// a seeded random sequence of thousands of operations of every kind by fifteen actors, adversaries among them,
// with a ghost model rebuilt from the events alone, and the invariants below checked after every single step.
//
// Invariants, in plain words:
//
//  1. Per packet (SPEC §4, conservation): what was put in equals what went out plus what is left.
//     total == claimed (relayer fees included) + refunded + withdrawn (cool-off withdraw, undo, approved
//     undo) + declined + intercepted + remaining, where every term but `remaining` is the sum of the amounts
//     of the packet's events, and `remaining` is getPacket().remaining on chain.
//  2. Per token (SPEC §4, solvency): the escrow's balance on chain == the sum of `remaining` over live
//     packets + the organisation's budget + every pull balance (owed). Nobody sends dust to the escrow in this
//     test, so it is exact. The budget on chain equals the one rebuilt from OrgFunded, OrgPacketSent,
//     OrgBudgetCredited and OrgBudgetWithdrawn events.
//  3. The owed ledger on chain equals the ledger rebuilt from OwedCredited / OwedWithdrawn events, and a
//     withdrawal pays out the whole balance.
//  4. A packet is closed (status Closed, remaining 0) exactly when the events say it is; a closing clause
//     (refund, cool-off withdraw, undo, approval, decline, intercept) moves the whole rest to the sender, or
//     for a packet sent from an organisation's budget (SPEC §5) into that budget, in the same transaction, as
//     does a voluntary return (C5). Only the guardian or an org admin intercepts.
//  5. Shares follow SPEC §1/§3: Direct takes all, Equal takes rem / left, Lucky takes node/lucky's Amount with
//     the seed of the claim block's prevrandao; the last share takes the rest; a relayer's fee is
//     min(maxFee, share); one claim per address per packet; what a claimer may still return
//     (claimedAmount) is the claim minus what they returned.
//  6. No operation ever fails with a Solidity panic (overflow, division by zero) or an undecodable revert (the
//     escrow's own errors, or a token's or account's error it passes on, such as a blocklisted transfer).
//  7. At the end, after BLK unblocks everyone, every packet is refunded, the budget returned to the treasury and
//     every owed balance withdrawn, the escrow holds exactly nothing, in every token.
//  8. Money paid on someone else's behalf (a refund, intercept, decline, approval, the claimer's part of a relayed
//     claim, a C5 return, a budget withdrawal) either reaches the receiver or is credited to its owed balance in
//     the same transaction, never both and never neither: every OwedCredited matches one such payout of the same
//     amount, and a payout is credited exactly when it must fail (ETH to an account that rejects it or burns its
//     gas, SIM to an account it burns the gas of, BLK to a blocked account or out of a blocked escrow). No
//     receiver makes the caller's transaction fail: a transaction that passed its check at gas price 0 must
//     succeed on chain, unless the burner itself is the one paid with all gas (its own loss).
//  9. Re-entry gets nowhere: whenever ETH or a HOOK hook reaches the re-entering receiver, its call back into
//     the escrow fails with the guard's ReentrancyGuardReentrantCall, and nothing moves twice (1–4 and 8 hold).
//  10. One ticket, one share: every ticket claim uses exactly one ticket (TicketUsed) and pays exactly one share,
//     the ticket used is the one presented, the escrow marks it used, a ticket is never used twice, a used ticket
//     presented again fails with TicketAlreadyUsed (directly or relayed), and a live ticket packet has as many
//     used tickets as claims. A claim with a bad ticket signature or proof fails.
//  11. refundMany never reverts for want of gas in its payouts: with a gas limit that covers the loop but not
//     every payout it stops early (RefundBatchStopped(next, total), total = the batch's length) at a refundable
//     id, having refunded exactly the refundable ids before it, and the rest stays live and refundable; with
//     enough gas it refunds exactly the refundable ids.
//  12. Sealed draw (rules §3): a claim of a SealedLucky packet takes the next index and pays nothing; shares are
//     drawn in index order, each exactly as node/lucky's Sealed mirror draws it from the hash of the block after
//     its claim (the plain average, with DrawAveraged, once that hash is older than 256 blocks), by settle,
//     settleMany or a later claim of the packet, whoever calls; pendingDraws equals the mirror's queue (index,
//     claimer, block, relay fee); a relayed claim's fee is min(maxFee, minShare), paid to its relayer at the draw.
//     A refund, undo or intercept with pending claims leaves each of them the current average, moves only the
//     rest, and keeps the packet live (SharesPending when pending claims hold every share left); remaining and
//     shares on chain equal the mirror's after every step.
//
// Operations: send (Direct/Equal/Lucky/SealedLucky; claim key, allowlist, tickets, open; with and without delay and guardian;
// ETH, MockERC20, FeeOnTransferToken, NoReturnToken, BlocklistToken (BLK), HookToken (HOOK) and
// SimulationAwareToken (SIM)), sendFromOrg, claim, claimFor (EOA, ERC-1271 and EIP-7702 claimers), ticketReuse,
// withdrawCoolOff, undo, approveUndo, decline, returnFunds, intercept, refund, refundMany (four in ten with a
// small gas limit), settle, settleMany, withdrawOwed, fundOrg, withdrawOrgBudget, setLock, blocklist (BLK blocks or unblocks an
// actor, at times the escrow), rearm (the re-enterer picks another escrow call to try), delegate (the smart
// EOA's own SetCode transaction: delegate again or drop its code), time jumps of seconds to days, and age (258
// empty blocks, so that pending sealed draws fall out of BLOCKHASH's reach).
//
// Actors: ten EOAs, and
//   - rejecter: a TestActor that refuses ETH (pushes to it land in the owed ledger; it is also the org's treasury);
//   - wallet: a TestActor that accepts everything and signs relayed claims with ERC-1271;
//   - burner: a TestActor in BurnGasOnChain mode, trapped in SIM: the simulated chain's transactions have a gas
//     price above 0, so it burns all the gas it is given for ETH and SIM in real transactions while it is cheap
//     in the pre-check (gas price 0, like eth_estimateGas); its own transactions carry a 1,000,000 gas limit;
//   - reenterer: a TestActor in Reenter mode with HOOK's hooks on, re-entering the escrow on every ETH payout and
//     every HOOK transfer in or out of it;
//   - smartEOA: an EOA delegated to PlainDelegate (no ERC-1271) by a real SetCode transaction (types.SetCodeTx
//     with a signed authorization, sponsored at setup, self-sponsored later); it claims directly and through
//     relayers (ECDSA first), and sends some of its transactions through PlainDelegate.execute.
//
// FeeOnTopToken stays out: it takes more from the escrow than the escrow's books say, so it breaks solvency by
// design (SPEC §1: unsupported).
//
// Operations may legitimately revert (a claim after expiry, an undo without a window, a blocklisted transfer,
// ...): they are picked mostly valid from the ghost state, and the reverts are counted per kind and reported.
//
// The seed is printed at the start and on failure; HONGBAO_INVARIANT_SEED replays a run and
// HONGBAO_INVARIANT_OPS changes the number of operations (default 5,000; 400 with -short). A replay makes the
// same choices, but the simulated chain draws each block's prevrandao at random, so Lucky shares (and what
// depends on their size) differ from run to run.
//
// The deep run (`make fuzz-deep`, TestFuzzDeep, skipped unless HONGBAO_FUZZ_DEEP is set) does the same with
// HONGBAO_FUZZ_OPS operations (default 100,000) and a progress line every HONGBAO_FUZZ_PROGRESS (2,000).
package invariant
