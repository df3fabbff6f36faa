// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {IHongbaoEscrow} from "./interfaces/IHongbaoEscrow.sol";

/// @title HongbaoBase
/// @notice The storage, constants and shared internals of the hongbao escrow. Two contracts inherit it, in the
///         same order and with nothing else, so their storage layouts are identical (compile.js checks it):
///         {HongbaoEscrow}, which holds the money and runs sends, claims and the withdrawal clauses, and
///         {HongbaoAdmin}, its extension for organisations, security locks, token policy and cold views, which
///         the escrow reaches by delegatecall. One address, one balance, one event stream; the split only keeps
///         the escrow's code well under the EIP-170 limit.
/// @dev Storage is packed by hand so that a claim reads two slots and writes one plus the claimer's record:
///      - `core`  (slot 0): remaining u128 | releaseAt u40 | expiresAt u40 | shares u16 | claimed u16 |
///                kind u2 | auth u2 | flags u4. Zeroed when the packet closes; zero means closed.
///      - `auth`  (slot 1): recipient or claim key u160 | minShare u96. Kept as the record.
///      - `info`  (slot 2): sender u160 | createdAt u40 | undoUntil u40 | kind u8 | auth u8. Kept.
///      - `extra` (slot 3): token u160 | orgId u64. Written only for ERC-20 (or organisation) packets.
///      Allowlist and ticket roots, unused-ticket bitmaps and guardians live in their own mappings, written only
///      when used. Not upgradeable; no admin path can move escrowed funds.
abstract contract HongbaoBase is IHongbaoEscrow, EIP712, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Largest number of shares of a group packet.
    uint256 public constant MAX_SHARES = 10_000;
    /// @notice Longest cool-off before claims open.
    uint256 public constant MAX_DELAY = 24 hours;
    /// @notice Shortest and longest claim period.
    uint256 public constant MIN_TTL = 5 minutes;
    uint256 public constant MAX_TTL = 30 days;
    /// @notice Most undo tiers a token policy may have.
    uint256 public constant MAX_TIERS = 8;
    /// @notice Gas given to a receiver when a third party triggers an ETH payout to it.
    uint256 public constant PUSH_GAS_NATIVE = 50_000;
    /// @notice Gas given to a token's `transfer` when a third party triggers a token payout.
    uint256 public constant PUSH_GAS_TOKEN = 150_000;

    /// @dev Gas a refundMany keeps for one more packet: the push allowance, the 1/63 a call withholds, the
    ///      margin {_push} asks for, and the refund's own storage writes and event.
    uint256 internal constant _BATCH_NATIVE = PUSH_GAS_NATIVE + PUSH_GAS_NATIVE / 63 + 40_000 + 15_000;
    uint256 internal constant _BATCH_TOKEN = PUSH_GAS_TOKEN + PUSH_GAS_TOKEN / 63 + 40_000 + 15_000;

    // core slot layout
    uint256 internal constant _REL = 128;
    uint256 internal constant _EXP = 168;
    uint256 internal constant _SHARES = 208;
    uint256 internal constant _CLAIMED = 224;
    uint256 internal constant _KIND = 240;
    uint256 internal constant _AUTH = 242;
    uint256 internal constant _F_TOKEN = 1 << 244;
    uint256 internal constant _F_CONSENT = 1 << 245;
    uint256 internal constant _F_REQUESTED = 1 << 246;
    uint256 internal constant _F_ORG = 1 << 247;
    uint256 internal constant _ONE_CLAIM = 1 << _CLAIMED;
    uint256 internal constant _M40 = (1 << 40) - 1;
    uint256 internal constant _M16 = (1 << 16) - 1;
    uint256 internal constant _M160 = (1 << 160) - 1;
    /// claimer record of a sealed claim not drawn yet: _PENDING | relay fee u96 << 1 | 1
    uint256 internal constant _PENDING = 1 << 255;
    uint256 internal constant _D_PENDING = 200;

    struct Packet {
        uint256 core;
        uint256 auth;
        uint256 info;
        uint256 extra;
    }

    struct Policy {
        uint96 minShare; // 0 means "no policy": minimum share 1, no undo tier
        uint8 tierCount;
    }

    struct Org {
        address treasury;
        uint40 treasuryChangeAt;
        uint32 adminCount;
        address pendingTreasury;
    }

    /// @notice A loosening of a security lock or a treasury change waits this long.
    uint256 public constant CHANGE_DELAY = 24 hours;
    uint256 internal constant _M96 = (1 << 96) - 1;

    /// lastPacketId u64 | ETH minShare u96 << 64 | ETH tier count u8 << 160: an ETH send reads one global word.
    uint256 internal _global;
    uint64 internal _lastOrgId;
    mapping(uint256 id => Packet) internal _packets;
    mapping(uint256 id => bytes32) internal _roots;
    mapping(uint256 id => address) internal _guardians;
    /// claimer record: (amount claimed and not yet returned) << 1 | 1, so "has claimed" survives a full return.
    mapping(uint256 id => mapping(address claimer => uint256)) internal _claims;
    mapping(address token => mapping(address account => uint256)) internal _owed;
    mapping(address token => Policy) internal _policies; // ERC-20 only; ETH's lives in _global
    mapping(address token => mapping(uint256 index => Tier)) internal _tiers;
    /// security lock: threshold u128 | minDelay u32 << 128 | pendingAt u40 << 160; pending values in _pendingLocks
    mapping(address sender => mapping(address token => uint256)) internal _locks;
    mapping(address sender => mapping(address token => uint256)) internal _pendingLocks;
    mapping(uint64 orgId => Org) internal _orgs;
    mapping(uint64 orgId => mapping(address => bool)) internal _orgAdmins;
    /// membership generation: odd = active. Caps are kept per generation, so a removed and re-added member
    /// starts with no caps at all.
    mapping(uint64 orgId => mapping(address => uint256)) internal _memberGen;
    /// member caps: perPacket u128 | daily u128 << 128; spend: spent today u128 | UTC day number << 128
    mapping(uint64 orgId => mapping(address member => mapping(uint256 gen => mapping(address token => uint256))))
        internal _memberCaps;
    mapping(uint64 orgId => mapping(address member => mapping(address token => uint256))) internal _memberSpend;
    mapping(uint64 orgId => mapping(address token => uint256)) internal _budgets;
    /// unused tickets of a Tickets packet: bit i of word i / 256 is set while ticket i is unused (set at send,
    /// so that a ticket claim rewrites a warm nonzero word instead of paying for a fresh slot)
    mapping(uint256 id => mapping(uint256 word => uint256)) internal _tickets;
    /// sealed draws (Kind.SealedLucky): the newest pending claim (claimer u160 | its block u40 << 160) | the number
    /// of pending claims u16 << 200 | bit 255 (set at send, so that a claim rewrites a nonzero word). The shares
    /// drawn so far are the core's `claimed` count; pending claim j (0-based from the oldest) has index claimed + j.
    mapping(uint256 id => uint256) internal _draws;
    /// the older pending claims of a sealed packet, by index (claimer u160 | block u40 << 160); the newest lives
    /// in _draws, so a packet whose claims are two blocks apart never writes here
    mapping(uint256 id => mapping(uint256 index => uint256)) internal _queue;
    /// the relayer of a pending relayed claim of a sealed packet (the fee sits in the claimer's record)
    mapping(uint256 id => mapping(address claimer => address)) internal _relayers;

    function _effectiveLock(address sender, address token) internal view returns (uint256 threshold, uint256 minDelay) {
        uint256 w = _locks[sender][token];
        if (w == 0) return (0, 0);
        uint256 pendingAt = (w >> 160) & _M40;
        if (pendingAt != 0 && block.timestamp >= pendingAt) w = _pendingLocks[sender][token];
        return (uint128(w), uint32(w >> 128));
    }

    /// @dev What a refund, undo or intercept of live packet `id` may take back, and the packet's core word after
    ///      it (0: closed). A sealed packet's pending claims must be drawn first once their draw is knowable (else
    ///      `back` is 0 and `ready` true: a take-back must not turn a known small draw into the average, nor a known
    ///      large one); the claims whose draw nobody knows yet (this block's and the previous one's) keep the
    ///      current average floor(rem / k) each, and the shares are cut to the claims taken. `back` is 0 when
    ///      pending claims hold every share left.
    function _unheld(uint256 id, uint256 core) internal view returns (uint256 back, uint256 newCore, bool ready) {
        uint256 rem = uint128(core);
        if ((core >> _KIND) & 3 != uint256(Kind.SealedLucky)) return (rem, 0, false);
        uint256 d = _draws[id];
        uint256 pending = (d >> _D_PENDING) & _M16;
        if (pending == 0) return (rem, 0, false);
        uint256 settled = (core >> _CLAIMED) & _M16;
        uint256 oldest = pending == 1 ? d : _queue[id][settled];
        if (((oldest >> 160) & _M40) + 1 < block.number) return (0, core, true);
        uint256 k = ((core >> _SHARES) & _M16) - settled;
        if (k == pending) return (0, core, false);
        uint256 keep = pending * (rem / k);
        newCore = (core & ~(uint256(type(uint128).max) | (_M16 << _SHARES))) | keep | ((settled + pending) << _SHARES);
        return (rem - keep, newCore, false);
    }

    function _onlyOrgAdmin(uint64 orgId) internal view {
        if (_orgs[orgId].treasury == address(0)) revert OrgNotFound(orgId);
        if (!_orgAdmins[orgId][msg.sender]) revert NotOrgAdmin(orgId, msg.sender);
    }

    function _treasuryOf(uint64 orgId) internal view returns (address) {
        Org storage o = _orgs[orgId];
        address pending = o.pendingTreasury;
        if (pending != address(0) && block.timestamp >= o.treasuryChangeAt) return pending;
        return o.treasury;
    }

    function _policyOf(address token) internal view returns (Policy memory) {
        if (token != address(0)) return _policies[token];
        uint256 g = _global;
        return Policy(uint96(g >> 64), uint8(g >> 160));
    }

    function _tierFor(address token, uint256 count, uint256 amount) internal view returns (uint256, bool) {
        for (uint256 i; i < count; ++i) {
            Tier memory t = _tiers[token][i];
            if (amount <= t.maxAmount) return (t.window, t.consent);
        }
        return (0, false);
    }

    /// @dev Pay `to` on behalf of someone else: to msg.sender with all gas, else a capped push without copying
    ///      return data; if the push fails the amount is owed to `to` (withdrawOwed), so no receiver can make
    ///      another's transaction fail and nothing gets stuck.
    function _push(address token, address to, uint256 amount) internal {
        if (to == msg.sender) {
            if (token == address(0)) _sendNative(to, amount);
            else IERC20(token).safeTransfer(to, amount);
            return;
        }
        uint256 cap = token == address(0) ? PUSH_GAS_NATIVE : PUSH_GAS_TOKEN;
        // A caller must not be able to starve the receiver into failing (and so divert it to the owed ledger).
        if (gasleft() < cap + cap / 63 + 40_000) revert InsufficientGas();
        bool ok;
        if (token == address(0)) {
            assembly ("memory-safe") {
                ok := call(PUSH_GAS_NATIVE, to, amount, 0, 0, 0, 0)
            }
        } else {
            assembly ("memory-safe") {
                let fmp := mload(0x40)
                mstore(0x00, 0xa9059cbb00000000000000000000000000000000000000000000000000000000)
                mstore(0x04, and(to, 0xffffffffffffffffffffffffffffffffffffffff))
                mstore(0x24, amount)
                ok := call(PUSH_GAS_TOKEN, token, 0, 0x00, 0x44, 0x00, 0x20)
                if iszero(and(ok, eq(mload(0x00), 1))) {
                    ok := and(ok, and(iszero(returndatasize()), gt(extcodesize(token), 0)))
                }
                mstore(0x40, fmp)
            }
        }
        if (!ok) {
            _owed[token][to] += amount;
            emit OwedCredited(token, to, amount);
        }
    }

    function _sendNative(address to, uint256 amount) internal {
        bool ok;
        assembly ("memory-safe") {
            ok := call(gas(), to, amount, 0, 0, 0, 0)
        }
        if (!ok) revert NativeTransferFailed(to, amount);
    }

    /// @dev Pull `amount` of `token` from `from` and return what actually arrived (fee-on-transfer tokens).
    function _pull(address token, address from, uint256 amount) internal returns (uint256 received) {
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(from, address(this), amount);
        received = IERC20(token).balanceOf(address(this)) - before;
        if (received > type(uint128).max) revert AmountTooLarge(received, type(uint128).max);
    }
}
