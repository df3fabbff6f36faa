// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IHongbaoEscrow
/// @notice Types, events and errors of the hongbao red-packet escrow (SPEC §1–§4, §6).
/// @dev Every rejection is a distinct custom error that carries what a tool needs to explain it.
interface IHongbaoEscrow {
    // ---------------------------------------------------------------- types

    /// @notice Direct: one named recipient. Equal: remaining / shares left. Lucky: "double average".
    enum Kind {
        Direct,
        Equal,
        Lucky
    }

    /// @notice How a group packet (Equal, Lucky) authorises a claim. Direct packets ignore it.
    enum AuthMode {
        ClaimKey,
        Allowlist,
        Open
    }

    /// @notice Derived life-cycle state of a packet.
    enum Status {
        None, // no such packet
        CoolOff, // now < releaseAt
        Open, // releaseAt <= now < expiresAt
        Expired, // now >= expiresAt, money left: refundable (C1)
        Closed // nothing left: fully claimed, refunded, withdrawn, declined or intercepted
    }

    /// @notice The withdrawal clause of SPEC §4 that applies to the sender right now.
    enum Clause {
        None,
        Refund, // C1
        CoolOff, // C2
        Undo, // C3 (Equal/Lucky, or Direct without consent: at once)
        UndoRequest // C3 Direct with consent: a request the recipient approves
    }

    /// @notice What `send` takes.
    /// @param token ERC-20 address, or address(0) for native ETH.
    /// @param kind Direct, Equal or Lucky.
    /// @param auth Claim authorisation of a group packet (ignored for Direct).
    /// @param shares Number of shares: 1 for Direct, 1..10,000 for groups.
    /// @param delay Cool-off in seconds before claims open (0..24h).
    /// @param ttl Seconds claims stay open after release (5 min..30 days).
    /// @param amount Total in base units (for ETH it must equal msg.value; for ERC-20 it is pulled and the
    ///        balance actually received is credited).
    /// @param recipient Direct: the recipient. Group with ClaimKey: the claim key address. Else zero.
    /// @param root Allowlist: Merkle root (OpenZeppelin StandardMerkleTree of `address` leaves). Else zero.
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

    /// @notice One undo tier of a token's policy (SPEC §4). Tiers are sorted by `maxAmount`, ascending.
    struct Tier {
        uint128 maxAmount;
        uint32 window;
        bool consent;
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

    /// @notice A packet was created. With the claim / close events below it rebuilds the packet's full state.
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
        bytes32 root,
        address guardian,
        uint40 releaseAt,
        uint40 expiresAt,
        uint40 undoUntil,
        bool undoConsent
    );
    /// @notice `claimer` took a share of `amount` (gross: any relayer fee is part of it).
    event Claimed(uint256 indexed id, address indexed claimer, uint256 amount);
    /// @notice A relayer submitted a claim for a claimer and was paid `fee` out of the share.
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
    /// @notice C5: a claimer sent `amount` back to the sender (outside the packet's own balance).
    event Returned(uint256 indexed id, address indexed claimer, address indexed to, uint256 amount);
    /// @notice C6: a guardian stopped the packet; the unclaimed rest went back.
    event Intercepted(uint256 indexed id, address indexed guardian, address indexed to, uint256 amount);
    /// @notice A push payout failed; `amount` is now owed to `account`, paid by `withdrawOwed`.
    event OwedCredited(address indexed token, address indexed account, uint256 amount);
    /// @notice `account` withdrew what it was owed.
    event OwedWithdrawn(address indexed token, address indexed account, address to, uint256 amount);
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
    /// @notice Zero address where an address is required.
    error ZeroAddress();
}
