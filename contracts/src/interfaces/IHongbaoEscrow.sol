// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IHongbaoEscrow
/// @notice Types, events and errors of the hongbao red-packet escrow (rules §1–§4, §6).
/// @dev Every rejection is a distinct custom error that carries what a tool needs to explain it.
interface IHongbaoEscrow {
    // ---------------------------------------------------------------- types

    /// @notice Direct: one named recipient. Equal: remaining / shares left. Lucky: "double average", drawn at the
    ///         claim. SealedLucky: "double average" drawn from the hash of the block after the claim (rules §3
    ///         "Sealed draw"), so nobody can know or choose a share when claiming.
    enum Kind {
        Direct,
        Equal,
        Lucky,
        SealedLucky
    }

    /// @notice How a group packet (Equal, Lucky) authorises a claim. Direct packets ignore it.
    ///         ClaimKey: one shared claim code (a bearer secret for the whole group). Allowlist: named addresses.
    ///         Open: anyone. Tickets: one single-use claim code per share.
    enum AuthMode {
        ClaimKey,
        Allowlist,
        Open,
        Tickets
    }

    /// @notice Derived life-cycle state of a packet.
    enum Status {
        None, // no such packet
        CoolOff, // now < releaseAt
        Open, // releaseAt <= now < expiresAt
        Expired, // now >= expiresAt, money left: refundable (C1)
        Closed // nothing left: fully claimed, refunded, withdrawn, declined or intercepted
    }

    /// @notice The withdrawal clause of rules §4 that applies to the sender right now.
    enum Clause {
        None,
        Refund, // C1
        CoolOff, // C2
        Undo, // C3 (Equal/Lucky, or Direct without consent: at once)
        UndoRequest // C3 Direct with consent: a request the recipient approves
    }

    /// @notice What `send` takes.
    /// @param token ERC-20 address, or address(0) for native ETH.
    /// @param kind Direct, Equal, Lucky or SealedLucky (Lucky drawn from the next block's hash, rules §3).
    /// @param auth Claim authorisation of a group packet (ignored for Direct).
    /// @param shares Number of shares: 1 for Direct, 1..10,000 for groups.
    /// @param delay Cool-off in seconds before claims open (0..24h).
    /// @param ttl Seconds claims stay open after release (5 min..30 days).
    /// @param amount Total in base units (for ETH it must equal msg.value; for ERC-20 it is pulled and the
    ///        balance actually received is credited).
    /// @param recipient Direct: the recipient. Group with ClaimKey: the claim key address. Else zero.
    /// @param root Allowlist: Merkle root (OpenZeppelin StandardMerkleTree of `address` leaves). Tickets: Merkle
    ///        root of the ticket keys (StandardMerkleTree of `(uint256 index, address ticket)` leaves, indices
    ///        0..shares-1). Else zero.
    /// @param guardian Optional address that may intercept the packet (C6); zero for none.
    struct SendParams {
        address token;
        Kind kind;
        AuthMode auth;
        uint16 shares;
        uint32 delay;
        uint32 ttl;
        uint128 amount;
        address recipient;
        bytes32 root;
        address guardian;
    }

    /// @notice One undo tier of a token's policy (rules §4). Tiers are sorted by `maxAmount`, ascending.
    struct Tier {
        uint128 maxAmount;
        uint32 window;
        bool consent;
    }

    /// @notice A sender's security lock for one token (rules §4): a send above `threshold` needs a delay of at
    ///         least `minDelay`. A loosening waits in `pending*` until `pendingAt`.
    struct Lock {
        uint128 threshold;
        uint32 minDelay;
        uint40 pendingAt;
        uint128 pendingThreshold;
        uint32 pendingMinDelay;
    }

    /// @notice An organisation (rules §5) as the tools show it.
    struct OrgView {
        uint64 id;
        address treasury; // in effect now
        address pendingTreasury; // zero when no change is pending
        uint40 treasuryChangeAt;
        uint32 adminCount;
    }

    /// @notice A member's caps in one token, and what the member spent in the current UTC day.
    struct MemberView {
        bool active;
        uint128 perPacketCap;
        uint128 dailyCap;
        uint128 spentToday;
        uint40 dayResetsAt;
    }

    /// @notice A claim of a SealedLucky packet whose share is not drawn yet (see {pendingDraws}).
    /// @param index The claim's 0-based index in the packet; shares are drawn in index order.
    /// @param claimer Who claimed.
    /// @param blockNumber The claim's block b: the draw uses blockhash(b + 1), readable from block b + 2 on.
    /// @param relayFee The relay fee agreed for a relayed claim, paid out of the share when it is drawn.
    struct PendingDraw {
        uint256 index;
        address claimer;
        uint64 blockNumber;
        uint96 relayFee;
    }

    /// @notice A packet as the tools show it: everything in one call.
    struct PacketView {
        uint256 id;
        Status status;
        Kind kind;
        AuthMode auth;
        address sender;
        address token;
        uint256 remaining;
        uint16 shares;
        uint16 claimed;
        uint96 minShare;
        address recipient; // Direct recipient, or the claim key of a ClaimKey group packet
        bytes32 root;
        address guardian;
        uint64 orgId;
        uint40 createdAt;
        uint40 releaseAt;
        uint40 expiresAt;
        uint40 undoUntil;
        bool undoConsent;
        bool undoRequested;
    }

    // ---------------------------------------------------------------- events
    // In the events that move money back (Refunded, CoolOffWithdrawn, Undone, UndoApproved, Declined, Returned,
    // Intercepted), `to` is the sender, or zero for an organisation's packet: the money went into its budget,
    // and OrgBudgetCredited follows.

    /// @notice A packet was created. With GuardianSet / AllowlistSet / OrgPacketSent (emitted only when they
    ///         apply) and the claim and close events below, it rebuilds the packet's full state.
    /// @dev `recipient` is indexed so that a wallet can find the Direct packets sent to it (for a ClaimKey group
    ///      packet it is the claim key's address; zero for allowlist and open packets).
    event PacketSent(
        uint256 indexed id,
        address indexed sender,
        address indexed recipient,
        address token,
        Kind kind,
        AuthMode auth,
        uint256 total,
        uint16 shares,
        uint96 minShare,
        uint40 releaseAt,
        uint40 expiresAt,
        uint40 undoUntil,
        bool undoConsent
    );
    /// @notice `claimer` took a share of `amount` (gross: any relayer fee is part of it). For a SealedLucky packet it
    ///         is emitted when the share is drawn (in the transaction of whoever draws it), in index order.
    event Claimed(uint256 indexed id, address indexed claimer, uint256 amount);
    /// @notice A claim of SealedLucky packet `id` took share `index`; its amount is drawn later from the hash of the
    ///         block after this one, and a Claimed event with the amount follows then (shares are drawn in index
    ///         order, so the n-th Claimed of a sealed packet is share n).
    /// @param id The packet.
    /// @param claimer Who claimed.
    /// @param index The share's 0-based index.
    /// @param relayer For a relayed claim (claimFor), the relayer that will be paid `fee` at the draw; else zero.
    /// @param fee The relay fee agreed, min(maxFee, the packet's minimum share), paid out of the share at the draw.
    event SharePending(uint256 indexed id, address indexed claimer, uint256 index, address relayer, uint256 fee);
    /// @notice Share `index` of SealedLucky packet `id` was not drawn while its block hash was readable (256
    ///         blocks): it got exactly the current average (rules §3). Emitted before its Claimed event.
    /// @param id The packet.
    /// @param index The share's 0-based index.
    event DrawAveraged(uint256 indexed id, uint256 index);
    /// @notice A relayer submitted a claim for a claimer and was paid `fee` out of the share (for a sealed packet:
    ///         when the share is drawn).
    event RelayFeePaid(uint256 indexed id, address indexed relayer, uint256 fee);
    /// @notice C1: the unclaimed rest went back after expiry.
    event Refunded(uint256 indexed id, address indexed to, uint256 amount);
    /// @notice C2: the sender took the packet back during its cool-off.
    event CoolOffWithdrawn(uint256 indexed id, address indexed to, uint256 amount);
    /// @notice C3: the sender took the unclaimed rest back within the undo window.
    event Undone(uint256 indexed id, address indexed to, uint256 amount);
    /// @notice C3 (Direct, with consent): the sender asked the recipient to give the packet back.
    event UndoRequested(uint256 indexed id, address indexed sender, address indexed recipient);
    /// @notice C3/C4: the recipient approved the sender's undo request; the packet went back.
    event UndoApproved(uint256 indexed id, address indexed to, uint256 amount);
    /// @notice C4: the recipient declined the packet; it went back.
    event Declined(uint256 indexed id, address indexed to, uint256 amount);
    /// @notice C5: a claimer sent `amount` back (its claim record goes down by that much); `received` arrived and
    ///         went on to the sender or the budget (less than `amount` only for a fee-on-transfer token). Outside the
    ///         packet's own balance.
    event Returned(uint256 indexed id, address indexed claimer, address indexed to, uint256 amount, uint256 received);
    /// @notice C6: a guardian stopped the packet; the unclaimed rest went back.
    event Intercepted(uint256 indexed id, address indexed guardian, address indexed to, uint256 amount);
    /// @notice A push payout failed; `amount` is now owed to `account`, paid by `withdrawOwed`.
    event OwedCredited(address indexed token, address indexed account, uint256 amount);
    /// @notice `account` withdrew what it was owed.
    event OwedWithdrawn(address indexed token, address indexed account, address to, uint256 amount);
    /// @notice `sender` set or tightened its lock for `token`; it applies at once. (A loosening comes due silently
    ///         at the `effectiveAt` its LockLoosenRequested announced.)
    event LockSet(address indexed sender, address indexed token, uint128 threshold, uint32 minDelay);
    /// @notice `sender` asked to loosen its lock for `token`; it takes effect at `effectiveAt`.
    event LockLoosenRequested(
        address indexed sender, address indexed token, uint128 threshold, uint32 minDelay, uint40 effectiveAt
    );
    /// @notice Organisation `orgId` was created by `creator` (its first admin) with `treasury`.
    event OrgCreated(uint64 indexed orgId, address indexed creator, address treasury);
    /// @notice `admin` became an admin of `orgId`.
    event OrgAdminAdded(uint64 indexed orgId, address indexed admin);
    /// @notice `admin` is no longer an admin of `orgId`.
    event OrgAdminRemoved(uint64 indexed orgId, address indexed admin);
    /// @notice `member` may send packets of `token` from the budget of `orgId` within these caps.
    event OrgMemberSet(
        uint64 indexed orgId, address indexed member, address indexed token, uint128 perPacketCap, uint128 dailyCap
    );
    /// @notice `member` can no longer send from `orgId`'s budget (live packets stay as they are).
    event OrgMemberRemoved(uint64 indexed orgId, address indexed member);
    /// @notice `from` deposited `amount` of `token` into the budget of `orgId`.
    event OrgFunded(uint64 indexed orgId, address indexed token, address indexed from, uint256 amount);
    /// @notice Unused budget went back to the treasury `to`.
    event OrgBudgetWithdrawn(uint64 indexed orgId, address indexed token, address indexed to, uint256 amount);
    /// @notice Money of packet `id` went back into the budget of `orgId` (refund, withdraw, decline, intercept,
    ///         return).
    event OrgBudgetCredited(uint64 indexed orgId, address indexed token, uint256 indexed id, uint256 amount);
    /// @notice An admin asked to change the treasury of `orgId`; it takes effect at `effectiveAt`.
    event OrgTreasuryChangeRequested(uint64 indexed orgId, address treasury, uint40 effectiveAt);
    /// @notice Packet `id` was sent by `member` from the budget of `orgId`.
    event OrgPacketSent(uint256 indexed id, uint64 indexed orgId, address indexed member);
    /// @notice Packet `id` can be intercepted by `guardian` (C6) until it expires.
    event GuardianSet(uint256 indexed id, address indexed guardian);
    /// @notice Packet `id` can be claimed by the addresses of the allowlist with this Merkle root.
    event AllowlistSet(uint256 indexed id, bytes32 root);
    /// @notice Packet `id` is claimed with single-use tickets: the keys in the Merkle tree with this root.
    event TicketsSet(uint256 indexed id, bytes32 root);
    /// @notice Ticket `index` of packet `id` was used (by the claim in the same transaction).
    event TicketUsed(uint256 indexed id, uint256 index);
    /// @notice A refundMany ran short of gas before `ids[next]` and stopped there (of `total` ids), refunding
    ///         what came before; call it again with the rest.
    event RefundBatchStopped(uint256 next, uint256 total);
    /// @notice The policy of `token` for packets sent from now on.
    event TokenPolicySet(address indexed token, uint96 minShare, Tier[] tiers);

    // ---------------------------------------------------------------- errors

    /// @notice No packet has this id.
    error PacketNotFound(uint256 id);
    /// @notice The packet has nothing left (claimed out, refunded, withdrawn, declined or intercepted).
    error PacketClosed(uint256 id);
    /// @notice Claims open at `releaseAt` (the packet is in its cool-off).
    error NotYetReleased(uint256 id, uint40 releaseAt);
    /// @notice Claims closed at `expiresAt`; the rest can be refunded.
    error PacketExpired(uint256 id, uint40 expiresAt);
    /// @notice A refund is possible from `expiresAt` on.
    error NotExpired(uint256 id, uint40 expiresAt);
    /// @notice `claimer` has already claimed this packet.
    error AlreadyClaimed(uint256 id, address claimer);
    /// @notice Only `recipient` may claim, decline or approve this Direct packet.
    error NotRecipient(uint256 id, address recipient);
    /// @notice The claim signature was not made by the packet's claim key `expected`.
    error InvalidClaimSignature(uint256 id, address expected);
    /// @notice `claimer` is not in the packet's allowlist (or the proof is wrong).
    error NotInAllowlist(uint256 id, address claimer);
    /// @notice Only the packet's `sender` may do this.
    error NotSender(uint256 id, address sender);
    /// @notice The cool-off ended at `releaseAt`; the sender can no longer withdraw unilaterally.
    error CoolOffOver(uint256 id, uint40 releaseAt);
    /// @notice The packet had no undo window (its amount was above every undo tier of the policy).
    error NoUndoWindow(uint256 id);
    /// @notice The undo window ended at `undoUntil`.
    error UndoWindowClosed(uint256 id, uint40 undoUntil);
    /// @notice An undo request is already pending.
    error UndoAlreadyRequested(uint256 id);
    /// @notice `approveUndo` needs a pending undo request.
    error NoUndoRequest(uint256 id);
    /// @notice The action is only for packets of kind Direct.
    error NotDirect(uint256 id);
    /// @notice Only the packet's guardian `guardian` may intercept it (zero: the packet has none).
    error NotGuardian(uint256 id, address guardian);
    /// @notice `account` has not claimed this packet.
    error NotClaimer(uint256 id, address account);
    /// @notice A claimer can return at most what they claimed and have not yet returned: `max`.
    error ReturnExceedsClaim(uint256 id, uint256 max);
    /// @notice The relayed claim's deadline `deadline` has passed.
    error RelayDeadlinePassed(uint256 deadline);
    /// @notice The `ClaimFor` signature is not by `claimer` for this relayer, fee and deadline.
    error InvalidClaimerSignature(address claimer);
    /// @notice Shares must be 1 for Direct and 1..`max` for group packets.
    error InvalidShares(uint256 shares, uint256 max);
    /// @notice The cool-off must be at most `max` seconds.
    error InvalidDelay(uint256 delay, uint256 max);
    /// @notice The claim period must be within [`min`, `max`] seconds.
    error InvalidTtl(uint256 ttl, uint256 min, uint256 max);
    /// @notice The total must be at least `minimum` (= minimum share x shares).
    error AmountTooSmall(uint256 amount, uint256 minimum);
    /// @notice The amount received, `amount`, exceeds the largest packet, `max` (2^128 - 1).
    error AmountTooLarge(uint256 amount, uint256 max);
    /// @notice Too little gas left to give a receiver its full push allowance; retry with a higher gas limit.
    error InsufficientGas();
    /// @notice For ETH, msg.value must equal the amount; for ERC-20, msg.value must be zero.
    error ValueMismatch(uint256 value, uint256 amount);
    /// @notice A Direct packet needs a recipient; a ClaimKey packet needs a claim key; an allowlist a root.
    error MissingAuthority();
    /// @notice The `recipient` / `root` fields must be empty for this kind and authorisation.
    error UnexpectedAuthority();
    /// @notice Nothing to withdraw: `account` is owed nothing in `token`.
    error NothingOwed(address token, address account);
    /// @notice Sending ETH to `to` failed.
    error NativeTransferFailed(address to, uint256 amount);
    /// @notice A policy must have 1 <= minShare < 2^96 and tiers sorted by maxAmount.
    error InvalidPolicy();
    /// @notice A send of `amount` above the sender's lock threshold needs a delay of at least `requiredDelay`.
    error DelayTooShort(uint256 amount, uint256 threshold, uint256 requiredDelay);
    /// @notice No organisation has this id.
    error OrgNotFound(uint64 orgId);
    /// @notice Only an admin of organisation `orgId` may do this.
    error NotOrgAdmin(uint64 orgId, address account);
    /// @notice `account` is not an active member of `orgId` for `token`.
    error NotOrgMember(uint64 orgId, address account, address token);
    /// @notice `admin` is already an admin of `orgId` / is not one.
    error AdminAlreadyAdded(uint64 orgId, address admin);
    error AdminNotFound(uint64 orgId, address admin);
    /// @notice The last admin of an organisation cannot be removed.
    error LastAdmin(uint64 orgId);
    /// @notice The packet is above the member's per-packet cap `cap`.
    error OverPacketCap(uint256 amount, uint256 cap);
    /// @notice The packet is above what the member may still send today, `left`, until `resetsAt`.
    error OverDailyCap(uint256 amount, uint256 left, uint40 resetsAt);
    /// @notice The organisation's budget in this token, `available`, is too small.
    error InsufficientBudget(uint64 orgId, uint256 amount, uint256 available);
    /// @notice Zero address where an address is required.
    error ZeroAddress();
    /// @notice The ticket (its signature, index or Merkle proof) is not one of the packet's tickets.
    error InvalidTicket(uint256 id);
    /// @notice Ticket `index` of the packet has already claimed its share.
    error TicketAlreadyUsed(uint256 id, uint256 index);
    /// @notice A treasury can be neither the zero address nor the escrow itself (money sent there is lost).
    error InvalidTreasury(address treasury);
    /// @notice The extension's functions run only through the escrow (delegatecall), never on their own.
    error NotThroughEscrow();
    /// @notice Every share of sealed packet `id` is taken; `pending` of them wait for their draw.
    error AllSharesTaken(uint256 id, uint256 pending);
    /// @notice Every share left in sealed packet `id` is held by a pending claim: nothing can go back
    ///         (refund, undo and intercept take only what no claim holds); it closes with its last draw.
    error SharesPending(uint256 id, uint256 pending);
    /// @notice Sealed packet `id` has no share waiting for its draw.
    error NothingToDraw(uint256 id);
    /// @notice Packet `id` is not a SealedLucky packet: its shares are paid at the claim.
    error NotSealed(uint256 id);
    /// @notice Pending shares of packet `id` can be drawn now: draw them first ({settle}); a refund, undo or intercept
    ///         then takes what is left. (Only claims whose draw nobody can know yet keep the current average.)
    error DrawsReady(uint256 id);
    /// @notice The oldest pending share of packet `id` can be drawn from block `readyAt` on.
    error DrawNotReady(uint256 id, uint256 readyAt);
    /// @notice `claimer`'s share of packet `id` is not drawn yet: nothing to return until it is.
    error ShareNotDrawn(uint256 id, address claimer);
}
