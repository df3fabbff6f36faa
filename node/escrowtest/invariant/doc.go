// Package invariant runs a stateful invariant test of the escrow, in the style of Sablier's tests/invariant:
// a seeded random sequence of thousands of operations of every kind by a dozen actors, with a ghost model
// rebuilt from the events alone, and the invariants below checked after every single step.
//
// Invariants, in plain words:
//
//  1. Per packet (rules §4, conservation): what was put in equals what went out plus what is left.
//     total == claimed (relayer fees included) + refunded + withdrawn (cool-off withdraw, undo, approved
//     undo) + declined + intercepted + remaining, where every term but `remaining` is the sum of the amounts
//     of the packet's events, and `remaining` is getPacket().remaining on chain.
//  2. Per token (rules §4, solvency): the escrow's balance on chain == the sum of `remaining` over live
//     packets + the organisation's budget + every pull balance (owed). Nobody sends dust to the escrow in this
//     test, so it is exact. The budget on chain equals the one rebuilt from OrgFunded, OrgPacketSent,
//     OrgBudgetCredited and OrgBudgetWithdrawn events.
//  3. The owed ledger on chain equals the ledger rebuilt from OwedCredited / OwedWithdrawn events, and a
//     withdrawal pays out the whole balance.
//  4. A packet is closed (status Closed, remaining 0) exactly when the events say it is; a closing clause
//     (refund, cool-off withdraw, undo, approval, decline, intercept) moves the whole rest to the sender, or
//     for a packet sent from an organisation's budget (rules §5) into that budget, in the same transaction, as
//     does a voluntary return (C5). Only the guardian or an org admin intercepts.
//  5. Shares follow rules §1/§3: Direct takes all, Equal takes rem / left, Lucky takes node/lucky's Amount with
//     the seed of the claim block's prevrandao; the last share takes the rest; a relayer's fee is
//     min(maxFee, share); one claim per address per packet; what a claimer may still return
//     (claimedAmount) is the claim minus what they returned.
//  6. No operation ever fails with a Solidity panic (overflow, division by zero) or an undecodable revert.
//  7. At the end, after every packet is refunded, the budget returned to the treasury and every owed balance
//     withdrawn, the escrow holds nothing.
//
// Operations: send (Direct/Equal/Lucky; claim key, allowlist, open; with and without delay and guardian; ETH,
// MockERC20, FeeOnTransferToken, NoReturnToken), sendFromOrg, claim, claimFor (EOA and ERC-1271 claimers),
// withdrawCoolOff, undo, approveUndo, decline, returnFunds, intercept, refund, refundMany, withdrawOwed,
// fundOrg, withdrawOrgBudget, setLock, and time jumps of seconds to days, by ten EOAs and two TestActor
// contracts (one rejects ETH, so pushes to it land in the owed ledger; it is also the org's treasury).
//
// Operations may legitimately revert (a claim after expiry, an undo without a window, ...): they are picked
// mostly valid from the ghost state, and the reverts are counted per kind and reported.
//
// The seed is printed at the start and on failure; HONGBAO_INVARIANT_SEED replays a run and
// HONGBAO_INVARIANT_OPS changes the number of operations (default 2,500; 400 with -short). A replay makes the
// same choices, but the simulated chain draws each block's prevrandao at random, so Lucky shares (and what
// depends on their size) differ from run to run.
package invariant
