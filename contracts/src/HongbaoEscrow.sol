// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {IHongbaoEscrow} from "./interfaces/IHongbaoEscrow.sol";
import {LuckySplit} from "./libraries/LuckySplit.sol";

/// @title HongbaoEscrow
/// @notice Red packets (红包) as an on-chain escrow. A sender locks ETH or an ERC-20 into a packet for one
///         recipient (Direct) or a group (Equal, Lucky); the money leaves only through a claim or one of the
///         withdrawal clauses C1–C6 of SPEC §4, each a named function with its own event.
/// @dev Storage is packed by hand so that a claim reads two slots and writes one plus the claimer's record:
///      - `core`  (slot 0): remaining u128 | releaseAt u40 | expiresAt u40 | shares u16 | claimed u16 |
///                kind u2 | auth u2 | flags u4. Zeroed when the packet closes; zero means closed.
///      - `auth`  (slot 1): recipient or claim key u160 | minShare u96. Kept as the record.
///      - `info`  (slot 2): sender u160 | createdAt u40 | undoUntil u40 | kind u8 | auth u8. Kept.
///      - `extra` (slot 3): token u160 | orgId u64. Written only for ERC-20 (or organisation) packets.
///      Allowlist roots and guardians live in their own mappings, written only when used.
///      Not upgradeable; no admin path can move escrowed funds.
contract HongbaoEscrow is IHongbaoEscrow, EIP712, Ownable2Step, ReentrancyGuardTransient {
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

    /// @notice EIP-712 type a claim key signs: a claim of `packetId` by `claimer`.
    bytes32 public constant CLAIM_TYPEHASH = keccak256("Claim(uint256 packetId,address claimer)");
    /// @notice EIP-712 type a claimer signs so that `relayer` may submit the claim for a fee of at most `maxFee`.
    bytes32 public constant CLAIM_FOR_TYPEHASH =
        keccak256("ClaimFor(uint256 packetId,address claimer,address relayer,uint256 maxFee,uint256 deadline)");

    // core slot layout
    uint256 private constant _REL = 128;
    uint256 private constant _EXP = 168;
    uint256 private constant _SHARES = 208;
    uint256 private constant _CLAIMED = 224;
    uint256 private constant _KIND = 240;
    uint256 private constant _AUTH = 242;
    uint256 private constant _F_TOKEN = 1 << 244;
    uint256 private constant _F_CONSENT = 1 << 245;
    uint256 private constant _F_REQUESTED = 1 << 246;
    uint256 private constant _F_ORG = 1 << 247;
    uint256 private constant _ONE_CLAIM = 1 << _CLAIMED;
    uint256 private constant _M40 = (1 << 40) - 1;
    uint256 private constant _M16 = (1 << 16) - 1;
    uint256 private constant _M160 = (1 << 160) - 1;

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
    uint256 private constant _M96 = (1 << 96) - 1;

    /// lastPacketId u64 | ETH minShare u96 << 64 | ETH tier count u8 << 160: an ETH send reads one global word.
    uint256 private _global;
    uint64 private _lastOrgId;
    mapping(uint256 id => Packet) private _packets;
    mapping(uint256 id => bytes32) private _roots;
    mapping(uint256 id => address) private _guardians;
    /// claimer record: (amount claimed and not yet returned) << 1 | 1, so "has claimed" survives a full return.
    mapping(uint256 id => mapping(address claimer => uint256)) private _claims;
    mapping(address token => mapping(address account => uint256)) private _owed;
    mapping(address token => Policy) private _policies; // ERC-20 only; ETH's lives in _global
    mapping(address token => mapping(uint256 index => Tier)) private _tiers;
    /// security lock: threshold u128 | minDelay u32 << 128 | pendingAt u40 << 160; pending values in _pendingLocks
    mapping(address sender => mapping(address token => uint256)) private _locks;
    mapping(address sender => mapping(address token => uint256)) private _pendingLocks;
    mapping(uint64 orgId => Org) private _orgs;
    mapping(uint64 orgId => mapping(address => bool)) private _orgAdmins;
    /// membership generation: odd = active. Caps are kept per generation, so a removed and re-added member
    /// starts with no caps at all.
    mapping(uint64 orgId => mapping(address => uint256)) private _memberGen;
    /// member caps: perPacket u128 | daily u128 << 128; spend: spent today u128 | UTC day number << 128
    mapping(uint64 orgId => mapping(address member => mapping(uint256 gen => mapping(address token => uint256))))
        private _memberCaps;
    mapping(uint64 orgId => mapping(address member => mapping(address token => uint256))) private _memberSpend;
    mapping(uint64 orgId => mapping(address token => uint256)) private _budgets;

    /// @notice The block this escrow was deployed in (SPEC §5b): scans of its logs start here, never at block 0.
    /// @dev An immutable: part of the runtime code, so reading it costs no storage access and other functions
    ///      nothing at all.
    uint256 public immutable deployBlock;

    /// @param initialOwner The policy admin (two-step transfer). It can only change policy for future packets.
    constructor(address initialOwner) EIP712("Hongbao", "1") Ownable(initialOwner) {
        deployBlock = block.number;
    }

    // ================================================================ send

    /// @notice Lock ETH (msg.value) or an ERC-20 (pulled with transferFrom) into a new packet.
    /// @param p What to send; see {SendParams}.
    /// @return id The new packet's id (sequential from 1).
    function send(SendParams calldata p) external payable nonReentrant returns (uint256 id) {
        _validate(p);
        return _create(p, _fund(p), 0);
    }

    /// @notice Like {send}, after an EIP-2612 permit of `p.amount` for this contract, in one transaction.
    /// @dev A failing permit is ignored (it may have been front-run); the transferFrom then decides.
    function sendWithPermit(SendParams calldata p, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (uint256 id)
    {
        _validate(p);
        try IERC20Permit(p.token).permit(msg.sender, address(this), p.amount, deadline, v, r, s) {} catch {}
        return _create(p, _fund(p), 0);
    }

    /// @notice Send a packet from the budget of organisation `orgId`, as one of its members (SPEC §5). Every
    ///         refund, withdraw, decline, intercept or return of the packet goes back to the budget, and every
    ///         admin of the organisation may intercept it.
    /// @dev Payable only so that ETH sent by mistake is refused with ValueMismatch rather than a bare revert.
    function sendFromOrg(uint64 orgId, SendParams calldata p) external payable nonReentrant returns (uint256 id) {
        if (msg.value != 0) revert ValueMismatch(msg.value, 0);
        _validate(p);
        _spendBudget(orgId, p.token, p.amount);
        id = _create(p, p.amount, orgId);
        emit OrgPacketSent(id, orgId, msg.sender);
    }

    function _validate(SendParams calldata p) private pure {
        uint256 shares = p.shares;
        if (p.kind == Kind.Direct) {
            if (shares != 1) revert InvalidShares(shares, 1);
            if (p.recipient == address(0)) revert MissingAuthority();
            if (p.root != bytes32(0)) revert UnexpectedAuthority();
        } else {
            if (shares == 0 || shares > MAX_SHARES) revert InvalidShares(shares, MAX_SHARES);
            if (p.auth == AuthMode.ClaimKey) {
                if (p.recipient == address(0)) revert MissingAuthority();
                if (p.root != bytes32(0)) revert UnexpectedAuthority();
            } else if (p.auth == AuthMode.Allowlist) {
                if (p.root == bytes32(0)) revert MissingAuthority();
                if (p.recipient != address(0)) revert UnexpectedAuthority();
            } else if (p.recipient != address(0) || p.root != bytes32(0)) {
                revert UnexpectedAuthority();
            }
        }
        if (p.delay > MAX_DELAY) revert InvalidDelay(p.delay, MAX_DELAY);
        if (p.ttl < MIN_TTL || p.ttl > MAX_TTL) revert InvalidTtl(p.ttl, MIN_TTL, MAX_TTL);
    }

    /// @dev Takes the sender's money: msg.value for ETH, transferFrom for an ERC-20 (credited as received).
    function _fund(SendParams calldata p) private returns (uint256 amount) {
        if (p.token == address(0)) {
            if (msg.value != p.amount) revert ValueMismatch(msg.value, p.amount);
            return msg.value;
        }
        if (msg.value != 0) revert ValueMismatch(msg.value, 0);
        return _pull(p.token, msg.sender, p.amount);
    }

    function _create(SendParams calldata p, uint256 amount, uint64 orgId) private returns (uint256 id) {
        address token = p.token;
        uint256 shares = p.shares;
        uint256 g = _global;
        (uint256 minShare, uint256 tierCount) = token == address(0)
            ? ((g >> 64) & _M96, (g >> 160) & 0xff)
            : (uint256(_policies[token].minShare), uint256(_policies[token].tierCount));
        if (minShare == 0) minShare = 1;
        if (amount < minShare * shares) revert AmountTooSmall(amount, minShare * shares);
        _checkLock(token, amount, p.delay);
        (uint256 window, bool consent) = _tierFor(token, tierCount, amount);

        unchecked {
            id = uint64(g) + 1;
            _global = g + 1;
            uint256 kind = uint256(p.kind);
            uint256 mode = p.kind == Kind.Direct ? 0 : uint256(p.auth);
            uint256 releaseAt = block.timestamp + p.delay;
            uint256 expiresAt = releaseAt + p.ttl;
            uint256 undoUntil = window == 0 ? 0 : block.timestamp + window;
            uint256 flags =
                (token == address(0) ? 0 : _F_TOKEN) | (consent ? _F_CONSENT : 0) | (orgId == 0 ? 0 : _F_ORG);
            Packet storage pk = _packets[id];
            pk.core = amount | (releaseAt << _REL) | (expiresAt << _EXP) | (shares << _SHARES) | (kind << _KIND)
                | (mode << _AUTH) | flags;
            pk.auth = uint160(p.recipient) | (minShare << 160);
            pk.info =
                uint160(msg.sender) | (block.timestamp << 160) | (undoUntil << 200) | (kind << 240) | (mode << 248);
            if (token != address(0) || orgId != 0) pk.extra = uint160(token) | (uint256(orgId) << 160);
            emit PacketSent(
                id,
                msg.sender,
                p.recipient,
                token,
                p.kind,
                AuthMode(mode),
                amount,
                p.shares,
                uint96(minShare),
                uint40(releaseAt),
                uint40(expiresAt),
                uint40(undoUntil),
                consent
            );
            if (p.root != bytes32(0)) {
                _roots[id] = p.root;
                emit AllowlistSet(id, p.root);
            }
            if (p.guardian != address(0)) {
                _guardians[id] = p.guardian;
                emit GuardianSet(id, p.guardian);
            }
        }
    }

    /// @dev SPEC §4 security lock: a send above the sender's threshold needs at least the lock's delay.
    function _checkLock(address token, uint256 amount, uint256 delay) private view {
        (uint256 threshold, uint256 minDelay) = _effectiveLock(msg.sender, token);
        if (amount > threshold && delay < minDelay) revert DelayTooShort(amount, threshold, minDelay);
    }

    function _effectiveLock(address sender, address token) private view returns (uint256 threshold, uint256 minDelay) {
        uint256 w = _locks[sender][token];
        if (w == 0) return (0, 0);
        uint256 pendingAt = (w >> 160) & _M40;
        if (pendingAt != 0 && block.timestamp >= pendingAt) w = _pendingLocks[sender][token];
        return (uint128(w), uint32(w >> 128));
    }

    // ================================================================ claims

    /// @notice Claim a share of packet `id` for yourself.
    /// @param id The packet.
    /// @param auth Direct and open packets: empty. Claim-key packets: the claim key's 65-byte EIP-712 signature
    ///        of `Claim(id, msg.sender)`. Allowlist packets: `abi.encode(bytes32[] proof)`.
    function claim(uint256 id, bytes calldata auth) external nonReentrant {
        (uint256 share, uint256 core) = _take(id, msg.sender, auth);
        _payCaller(core, id, share);
    }

    /// @notice Submit a claim for `claimer`, who signed `ClaimFor(id, claimer, msg.sender, maxFee, deadline)`.
    ///         Every check of {claim} applies to `claimer`. The relayer (msg.sender) is paid min(maxFee, share)
    ///         out of the share; the claimer gets the rest.
    /// @param signature The claimer's signature (ECDSA, or ERC-1271 for a contract wallet).
    function claimFor(
        uint256 id,
        address claimer,
        uint256 maxFee,
        uint256 deadline,
        bytes calldata auth,
        bytes calldata signature
    ) external nonReentrant {
        if (block.timestamp > deadline) revert RelayDeadlinePassed(deadline);
        bytes32 digest = claimForDigest(id, claimer, msg.sender, maxFee, deadline);
        if (!SignatureChecker.isValidSignatureNowCalldata(claimer, digest, signature)) {
            revert InvalidClaimerSignature(claimer);
        }
        (uint256 share, uint256 core) = _take(id, claimer, auth);
        uint256 fee = maxFee < share ? maxFee : share;
        emit RelayFeePaid(id, msg.sender, fee);
        if (fee != 0) _payCaller(core, id, fee);
        if (share != fee) _push(_tokenOf(core, id), claimer, share - fee);
    }

    /// @dev All checks and effects of a claim; returns the share and the packet's core word as it was.
    function _take(uint256 id, address claimer, bytes calldata auth) private returns (uint256 share, uint256 core) {
        Packet storage pk = _packets[id];
        core = pk.core;
        if (core == 0) _revertGone(id);
        if (block.timestamp < (core >> _REL) & _M40) revert NotYetReleased(id, uint40(core >> _REL));
        if (block.timestamp >= (core >> _EXP) & _M40) revert PacketExpired(id, uint40(core >> _EXP));

        uint256 authWord = pk.auth;
        uint256 kind = (core >> _KIND) & 3;
        if (kind == uint256(Kind.Direct)) {
            if (claimer != address(uint160(authWord))) revert NotRecipient(id, address(uint160(authWord)));
        } else {
            uint256 mode = (core >> _AUTH) & 3;
            if (mode == uint256(AuthMode.ClaimKey)) {
                address key = address(uint160(authWord));
                (address signer,,) = ECDSA.tryRecoverCalldata(claimDigest(id, claimer), auth);
                if (signer != key) revert InvalidClaimSignature(id, key);
            } else if (mode == uint256(AuthMode.Allowlist)) {
                if (!MerkleProof.verifyCalldata(_proof(auth), _roots[id], _leaf(claimer))) {
                    revert NotInAllowlist(id, claimer);
                }
            }
        }

        mapping(address => uint256) storage claims = _claims[id];
        if (claims[claimer] != 0) revert AlreadyClaimed(id, claimer);

        uint256 rem = uint128(core);
        uint256 claimed = (core >> _CLAIMED) & _M16;
        uint256 left = ((core >> _SHARES) & _M16) - claimed;
        if (left == 1) {
            share = rem;
        } else if (kind == uint256(Kind.Equal)) {
            share = rem / left;
        } else {
            share = LuckySplit.amount(rem, left, authWord >> 160, LuckySplit.seed(id, claimed, claimer));
        }

        claims[claimer] = (share << 1) | 1;
        // remaining sits in the low bits and share <= remaining: the subtraction cannot borrow.
        pk.core = share == rem ? 0 : core - share + _ONE_CLAIM;
        emit Claimed(id, claimer, share);
    }

    // ================================================================ withdrawal clauses

    /// @notice C1: after expiry, send the unclaimed rest of packet `id` back to its sender. Anyone may call.
    function refund(uint256 id) external nonReentrant {
        uint256 core = _packets[id].core;
        if (core == 0) _revertGone(id);
        if (block.timestamp < (core >> _EXP) & _M40) revert NotExpired(id, uint40(core >> _EXP));
        _refund(id, core);
    }

    /// @notice C1 in bulk: refund every id that is refundable now and skip the rest without reverting.
    /// @return count How many packets were refunded.
    function refundMany(uint256[] calldata ids) external nonReentrant returns (uint256 count) {
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            uint256 core = _packets[id].core;
            if (core == 0 || block.timestamp < (core >> _EXP) & _M40) continue;
            _refund(id, core);
            unchecked {
                ++count;
            }
        }
    }

    function _refund(uint256 id, uint256 core) private {
        _packets[id].core = 0;
        address to = _payee(core, id);
        emit Refunded(id, to, uint128(core));
        _payBack(core, id, to, uint128(core));
    }

    /// @notice C2: during the cool-off (before release) the sender takes the whole packet back, unilaterally.
    function withdrawCoolOff(uint256 id) external nonReentrant {
        (uint256 core, address sender) = _liveOfSender(id);
        if (block.timestamp >= (core >> _REL) & _M40) revert CoolOffOver(id, uint40(core >> _REL));
        _packets[id].core = 0;
        address to = core & _F_ORG == 0 ? sender : address(0);
        emit CoolOffWithdrawn(id, to, uint128(core));
        _payBack(core, id, to, uint128(core));
    }

    /// @notice C3: within the undo window. Equal/Lucky (and Direct without consent): the unclaimed rest goes
    ///         back at once. Direct with consent: records a request that the recipient may approve; the request
    ///         never blocks the recipient's claim.
    function undo(uint256 id) external nonReentrant {
        (uint256 core, address sender) = _liveOfSender(id);
        uint256 undoUntil = (_packets[id].info >> 200) & _M40;
        if (undoUntil == 0) revert NoUndoWindow(id);
        if (block.timestamp >= undoUntil) revert UndoWindowClosed(id, uint40(undoUntil));
        if ((core >> _KIND) & 3 == uint256(Kind.Direct) && core & _F_CONSENT != 0) {
            if (core & _F_REQUESTED != 0) revert UndoAlreadyRequested(id);
            _packets[id].core = core | _F_REQUESTED;
            emit UndoRequested(id, sender, address(uint160(_packets[id].auth)));
            return;
        }
        _packets[id].core = 0;
        address to = core & _F_ORG == 0 ? sender : address(0);
        emit Undone(id, to, uint128(core));
        _payBack(core, id, to, uint128(core));
    }

    /// @notice C3/C4: the Direct recipient approves the sender's pending undo request; the packet goes back.
    ///         Possible until the claim or expiry, even after the undo window.
    function approveUndo(uint256 id) external nonReentrant {
        uint256 core = _liveDirectOfRecipient(id);
        if (core & _F_REQUESTED == 0) revert NoUndoRequest(id);
        if (block.timestamp >= (core >> _EXP) & _M40) revert PacketExpired(id, uint40(core >> _EXP));
        _packets[id].core = 0;
        address to = _payee(core, id);
        emit UndoApproved(id, to, uint128(core));
        _payBack(core, id, to, uint128(core));
    }

    /// @notice C4: the Direct recipient declines the packet before claiming it; it goes back to the sender.
    function decline(uint256 id) external nonReentrant {
        uint256 core = _liveDirectOfRecipient(id);
        _packets[id].core = 0;
        address to = _payee(core, id);
        emit Declined(id, to, uint128(core));
        _payBack(core, id, to, uint128(core));
    }

    /// @notice C5: a claimer sends (part of) what they claimed straight back to the sender.
    /// @param amount For ETH it must equal msg.value; for ERC-20 it is pulled with transferFrom.
    function returnFunds(uint256 id, uint256 amount) external payable nonReentrant {
        uint256 rec = _claims[id][msg.sender];
        if (rec == 0) revert NotClaimer(id, msg.sender);
        uint256 max = rec >> 1;
        if (amount == 0) revert AmountTooSmall(0, 1);
        if (amount > max) revert ReturnExceedsClaim(id, max);
        _claims[id][msg.sender] = ((max - amount) << 1) | 1;

        uint256 extra = _packets[id].extra;
        address token = address(uint160(extra));
        uint256 received = amount;
        if (token == address(0)) {
            if (msg.value != amount) revert ValueMismatch(msg.value, amount);
        } else {
            if (msg.value != 0) revert ValueMismatch(msg.value, 0);
            received = _pull(token, msg.sender, amount);
        }
        uint64 orgId = uint64(extra >> 160);
        address to = orgId == 0 ? _senderOf(id) : address(0);
        emit Returned(id, msg.sender, to, amount, received);
        if (orgId != 0) _creditBudget(orgId, token, id, received);
        else _push(token, to, received);
    }

    /// @notice C6: the packet's guardian (or, for an organisation's packet, any of its admins) stops it before
    ///         expiry (Direct: before the claim); the unclaimed rest goes back to the sender (or the budget).
    function intercept(uint256 id) external nonReentrant {
        uint256 core = _packets[id].core;
        if (core == 0) _revertGone(id);
        address guardian = _guardians[id];
        if (msg.sender != guardian || guardian == address(0)) {
            // every admin of the packet's organisation is a guardian of it (SPEC §5)
            if (core & _F_ORG == 0 || !_orgAdmins[uint64(_packets[id].extra >> 160)][msg.sender]) {
                revert NotGuardian(id, guardian);
            }
        }
        if (block.timestamp >= (core >> _EXP) & _M40) revert PacketExpired(id, uint40(core >> _EXP));
        _packets[id].core = 0;
        address to = _payee(core, id);
        emit Intercepted(id, msg.sender, to, uint128(core));
        _payBack(core, id, to, uint128(core));
    }

    /// @notice Pay out what a failed push left owed to you in `token`, to `to`.
    function withdrawOwed(address token, address to) external nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = _owed[token][msg.sender];
        if (amount == 0) revert NothingOwed(token, msg.sender);
        _owed[token][msg.sender] = 0;
        emit OwedWithdrawn(token, msg.sender, to, amount);
        if (token == address(0)) {
            _sendNative(to, amount);
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }

    // ================================================================ security lock (SPEC §4)

    /// @notice Set your security lock for `token`: any send of more than `threshold` base units must use a
    ///         cool-off of at least `minDelay` seconds. Tightening (a lower or equal threshold and a longer or equal
    ///         delay) applies at once; anything else is a loosening that takes effect CHANGE_DELAY later.
    function setLock(address token, uint128 threshold, uint32 minDelay) external {
        if (minDelay > MAX_DELAY) revert InvalidDelay(minDelay, MAX_DELAY);
        (uint256 curThreshold, uint256 curDelay) = _effectiveLock(msg.sender, token);
        bool tighter = minDelay >= curDelay && (threshold <= curThreshold || curDelay == 0);
        if (tighter) {
            _locks[msg.sender][token] = uint256(threshold) | (uint256(minDelay) << 128);
            delete _pendingLocks[msg.sender][token];
            emit LockSet(msg.sender, token, threshold, minDelay);
            return;
        }
        uint256 effectiveAt = block.timestamp + CHANGE_DELAY;
        _locks[msg.sender][token] = curThreshold | (curDelay << 128) | (effectiveAt << 160);
        _pendingLocks[msg.sender][token] = uint256(threshold) | (uint256(minDelay) << 128);
        emit LockLoosenRequested(msg.sender, token, threshold, minDelay, uint40(effectiveAt));
    }

    /// @notice `sender`'s lock for `token`: the threshold and delay in effect now, and a loosening still pending.
    function lockOf(address sender, address token) external view returns (Lock memory lock) {
        (uint256 threshold, uint256 minDelay) = _effectiveLock(sender, token);
        lock.threshold = uint128(threshold);
        lock.minDelay = uint32(minDelay);
        uint256 pendingAt = (_locks[sender][token] >> 160) & _M40;
        if (pendingAt > block.timestamp) {
            uint256 pw = _pendingLocks[sender][token];
            lock.pendingAt = uint40(pendingAt);
            lock.pendingThreshold = uint128(pw);
            lock.pendingMinDelay = uint32(pw >> 128);
        }
    }

    // ================================================================ organisations (SPEC §5)

    /// @notice Create an organisation with you as its first admin and `treasury` as the only address unused
    ///         budget can return to.
    /// @return orgId The new organisation's id (sequential from 1).
    function createOrg(address treasury) external returns (uint64 orgId) {
        if (treasury == address(0)) revert ZeroAddress();
        orgId = ++_lastOrgId;
        _orgs[orgId] = Org(treasury, 0, 1, address(0));
        _orgAdmins[orgId][msg.sender] = true;
        emit OrgCreated(orgId, msg.sender, treasury);
        emit OrgAdminAdded(orgId, msg.sender);
    }

    /// @notice Make `admin` an admin of `orgId` (admins only).
    function addOrgAdmin(uint64 orgId, address admin) external {
        _onlyOrgAdmin(orgId);
        if (admin == address(0)) revert ZeroAddress();
        if (_orgAdmins[orgId][admin]) revert AdminAlreadyAdded(orgId, admin);
        _orgAdmins[orgId][admin] = true;
        ++_orgs[orgId].adminCount;
        emit OrgAdminAdded(orgId, admin);
    }

    /// @notice Remove `admin` from the admins of `orgId` (admins only; the last admin stays).
    function removeOrgAdmin(uint64 orgId, address admin) external {
        _onlyOrgAdmin(orgId);
        if (!_orgAdmins[orgId][admin]) revert AdminNotFound(orgId, admin);
        if (_orgs[orgId].adminCount == 1) revert LastAdmin(orgId);
        _orgAdmins[orgId][admin] = false;
        --_orgs[orgId].adminCount;
        emit OrgAdminRemoved(orgId, admin);
    }

    /// @notice Let `member` send packets of `token` from the budget of `orgId`, each at most `perPacketCap`
    ///         and at most `dailyCap` per UTC calendar day (admins only). Calling it again changes the caps.
    function setOrgMember(uint64 orgId, address member, address token, uint128 perPacketCap, uint128 dailyCap)
        external
    {
        _onlyOrgAdmin(orgId);
        if (member == address(0)) revert ZeroAddress();
        uint256 gen = _memberGen[orgId][member];
        if (gen & 1 == 0) _memberGen[orgId][member] = ++gen;
        _memberCaps[orgId][member][gen][token] = uint256(perPacketCap) | (uint256(dailyCap) << 128);
        emit OrgMemberSet(orgId, member, token, perPacketCap, dailyCap);
    }

    /// @notice Stop `member` from sending from the budget of `orgId` (admins only). Live packets stay as they are.
    function removeOrgMember(uint64 orgId, address member) external {
        _onlyOrgAdmin(orgId);
        uint256 gen = _memberGen[orgId][member];
        if (gen & 1 == 0) revert NotOrgMember(orgId, member, address(0));
        _memberGen[orgId][member] = gen + 1;
        emit OrgMemberRemoved(orgId, member);
    }

    /// @notice Deposit `amount` of `token` (ETH: msg.value) into the budget of `orgId` (admins only).
    function fundOrg(uint64 orgId, address token, uint256 amount) external payable nonReentrant {
        _onlyOrgAdmin(orgId);
        uint256 received = amount;
        if (token == address(0)) {
            if (msg.value != amount) revert ValueMismatch(msg.value, amount);
        } else {
            if (msg.value != 0) revert ValueMismatch(msg.value, 0);
            received = _pull(token, msg.sender, amount);
        }
        _budgets[orgId][token] += received;
        emit OrgFunded(orgId, token, msg.sender, received);
    }

    /// @notice Return `amount` of unused budget in `token` to the treasury of `orgId` (admins only).
    function withdrawOrgBudget(uint64 orgId, address token, uint256 amount) external nonReentrant {
        _onlyOrgAdmin(orgId);
        uint256 budget = _budgets[orgId][token];
        if (amount == 0) revert AmountTooSmall(0, 1);
        if (amount > budget) revert InsufficientBudget(orgId, amount, budget);
        _budgets[orgId][token] = budget - amount;
        address to = _treasuryOf(orgId);
        emit OrgBudgetWithdrawn(orgId, token, to, amount);
        _push(token, to, amount);
    }

    /// @notice Ask to change the treasury of `orgId` to `treasury`; it takes effect CHANGE_DELAY later (admins only).
    function requestTreasuryChange(uint64 orgId, address treasury) external {
        _onlyOrgAdmin(orgId);
        if (treasury == address(0)) revert ZeroAddress();
        Org storage o = _orgs[orgId];
        o.treasury = _treasuryOf(orgId); // settle a change that already came due
        o.pendingTreasury = treasury;
        uint256 effectiveAt = block.timestamp + CHANGE_DELAY;
        o.treasuryChangeAt = uint40(effectiveAt);
        emit OrgTreasuryChangeRequested(orgId, treasury, uint40(effectiveAt));
    }

    /// @notice Organisation `orgId` with the treasury in effect now.
    function getOrg(uint64 orgId) external view returns (OrgView memory v) {
        Org memory o = _orgs[orgId];
        if (o.treasury == address(0)) return v;
        v.id = orgId;
        v.treasury = _treasuryOf(orgId);
        v.adminCount = o.adminCount;
        if (o.pendingTreasury != address(0) && block.timestamp < o.treasuryChangeAt) {
            v.pendingTreasury = o.pendingTreasury;
            v.treasuryChangeAt = o.treasuryChangeAt;
        }
    }

    /// @notice The id of the newest organisation (0 before the first).
    function lastOrgId() external view returns (uint64) {
        return _lastOrgId;
    }

    /// @notice Whether `account` is an admin of `orgId`.
    function isOrgAdmin(uint64 orgId, address account) external view returns (bool) {
        return _orgAdmins[orgId][account];
    }

    /// @notice `member`'s caps in `token` for `orgId` and what it has spent in the current UTC day.
    function orgMember(uint64 orgId, address member, address token) external view returns (MemberView memory v) {
        uint256 gen = _memberGen[orgId][member];
        uint256 caps = gen & 1 == 1 ? _memberCaps[orgId][member][gen][token] : 0;
        uint256 spend = _memberSpend[orgId][member][token];
        uint256 today = block.timestamp / 1 days;
        v.active = gen & 1 == 1;
        v.perPacketCap = uint128(caps);
        v.dailyCap = uint128(caps >> 128);
        v.spentToday = (spend >> 128) == today ? uint128(spend) : 0;
        v.dayResetsAt = uint40((today + 1) * 1 days);
    }

    /// @notice The unused budget of `orgId` in `token`.
    function orgBudget(uint64 orgId, address token) external view returns (uint256) {
        return _budgets[orgId][token];
    }

    function _onlyOrgAdmin(uint64 orgId) private view {
        if (_orgs[orgId].treasury == address(0)) revert OrgNotFound(orgId);
        if (!_orgAdmins[orgId][msg.sender]) revert NotOrgAdmin(orgId, msg.sender);
    }

    function _treasuryOf(uint64 orgId) private view returns (address) {
        Org storage o = _orgs[orgId];
        address pending = o.pendingTreasury;
        if (pending != address(0) && block.timestamp >= o.treasuryChangeAt) return pending;
        return o.treasury;
    }

    /// @dev Checks the member's caps (daily cap per UTC calendar day) and takes the amount from the budget.
    function _spendBudget(uint64 orgId, address token, uint256 amount) private {
        if (_orgs[orgId].treasury == address(0)) revert OrgNotFound(orgId);
        uint256 gen = _memberGen[orgId][msg.sender];
        if (gen & 1 == 0) revert NotOrgMember(orgId, msg.sender, token);
        uint256 caps = _memberCaps[orgId][msg.sender][gen][token];
        if (caps == 0) revert NotOrgMember(orgId, msg.sender, token);
        if (amount > uint128(caps)) revert OverPacketCap(amount, uint128(caps));
        uint256 today = block.timestamp / 1 days;
        uint256 spend = _memberSpend[orgId][msg.sender][token];
        uint256 spent = (spend >> 128) == today ? uint128(spend) : 0;
        uint256 daily = caps >> 128;
        if (spent + amount > daily) {
            revert OverDailyCap(amount, daily > spent ? daily - spent : 0, uint40((today + 1) * 1 days));
        }
        _memberSpend[orgId][msg.sender][token] = (spent + amount) | (today << 128);
        uint256 budget = _budgets[orgId][token];
        if (amount > budget) revert InsufficientBudget(orgId, amount, budget);
        _budgets[orgId][token] = budget - amount;
    }

    // ================================================================ policy (admin)

    /// @notice Set `token`'s minimum share and undo tiers for packets sent from now on. Live packets keep the
    ///         values snapshotted at their send.
    /// @param tiers Sorted by strictly increasing `maxAmount`; at most MAX_TIERS.
    function setTokenPolicy(address token, uint96 minShare, Tier[] calldata tiers) external onlyOwner {
        if (minShare == 0 || tiers.length > MAX_TIERS) revert InvalidPolicy();
        for (uint256 i; i < tiers.length; ++i) {
            if (i > 0 && tiers[i].maxAmount <= tiers[i - 1].maxAmount) revert InvalidPolicy();
            _tiers[token][i] = tiers[i];
        }
        if (token == address(0)) {
            _global = uint64(_global) | (uint256(minShare) << 64) | (tiers.length << 160);
        } else {
            _policies[token] = Policy(minShare, uint8(tiers.length));
        }
        emit TokenPolicySet(token, minShare, tiers);
    }

    // ================================================================ views

    /// @notice The id of the newest packet (0 before the first).
    function lastPacketId() external view returns (uint256) {
        return uint64(_global);
    }

    /// @notice Everything about packet `id` in one call. A closed packet (status Closed) keeps sender, kind, auth,
    ///         token, organisation, recipient or claim key, minimum share, createdAt and undoUntil; its remaining,
    ///         shares, claimed count, releaseAt and expiresAt read zero (the events have them).
    function getPacket(uint256 id) external view returns (PacketView memory) {
        return _packetView(id);
    }

    /// @notice {getPacket} for each of `ids`, in one call: the views in the order of `ids` (an unknown id gives
    ///         the all-zero view, status None, as getPacket does). Duplicates are allowed.
    /// @param ids The packets to read; the caller keeps the list short enough for its node's eth_call gas cap.
    /// @return views One PacketView per id.
    function getPacketMany(uint256[] calldata ids) external view returns (PacketView[] memory views) {
        views = new PacketView[](ids.length);
        for (uint256 i; i < ids.length; ++i) {
            views[i] = _packetView(ids[i]);
        }
    }

    /// @notice {hasClaimed} and {claimedAmount} of `account` for each of `ids`, in one call, in the order of `ids`.
    /// @param ids The packets to look at (unknown ids read as not claimed).
    /// @param account The claimer to look for.
    /// @return claimed Whether `account` claimed that packet (true also after a full C5 return).
    /// @return amounts What `account` claimed from that packet and has not returned yet.
    function hasClaimedMany(uint256[] calldata ids, address account)
        external
        view
        returns (bool[] memory claimed, uint256[] memory amounts)
    {
        claimed = new bool[](ids.length);
        amounts = new uint256[](ids.length);
        for (uint256 i; i < ids.length; ++i) {
            uint256 rec = _claims[ids[i]][account];
            claimed[i] = rec != 0;
            amounts[i] = rec >> 1;
        }
    }

    function _packetView(uint256 id) private view returns (PacketView memory v) {
        Packet storage pk = _packets[id];
        uint256 info = pk.info;
        if (info == 0) return v;
        uint256 core = pk.core;
        uint256 authWord = pk.auth;
        uint256 extra = pk.extra;
        v.id = id;
        v.status = _status(core);
        v.kind = Kind(uint8(info >> 240));
        v.auth = AuthMode(uint8(info >> 248));
        v.sender = address(uint160(info));
        v.token = address(uint160(extra));
        v.orgId = uint64(extra >> 160);
        v.remaining = uint128(core);
        v.shares = uint16(core >> _SHARES);
        v.claimed = uint16(core >> _CLAIMED);
        v.minShare = uint96(authWord >> 160);
        v.recipient = address(uint160(authWord));
        v.root = _roots[id];
        v.guardian = _guardians[id];
        v.createdAt = uint40(info >> 160);
        v.releaseAt = uint40(core >> _REL);
        v.expiresAt = uint40(core >> _EXP);
        v.undoUntil = uint40(info >> 200);
        v.undoConsent = core & _F_CONSENT != 0;
        v.undoRequested = core & _F_REQUESTED != 0;
    }

    /// @notice Whether `account` has claimed packet `id`.
    function hasClaimed(uint256 id, address account) external view returns (bool) {
        return _claims[id][account] != 0;
    }

    /// @notice What `account` claimed from packet `id` and has not returned yet (C5 can return up to this).
    function claimedAmount(uint256 id, address account) external view returns (uint256) {
        return _claims[id][account] >> 1;
    }

    /// @notice What the sender of packet `id` may take back right now, and under which clause.
    /// @return clause The clause that applies now (None if none does).
    /// @return amount What it would move (for UndoRequest: what the recipient's approval would move).
    /// @return until When the clause stops applying (CoolOff, Undo, UndoRequest); for None while the packet is
    ///         live, when a refund becomes possible; 0 for Refund (open-ended) and for a closed packet.
    function withdrawable(uint256 id) external view returns (Clause clause, uint256 amount, uint40 until) {
        uint256 core = _packets[id].core;
        if (core == 0) return (Clause.None, 0, 0);
        amount = uint128(core);
        uint256 undoUntil = (_packets[id].info >> 200) & _M40;
        if (block.timestamp < (core >> _REL) & _M40) return (Clause.CoolOff, amount, uint40(core >> _REL));
        if (block.timestamp >= (core >> _EXP) & _M40) return (Clause.Refund, amount, 0);
        if (block.timestamp < undoUntil) {
            bool request = (core >> _KIND) & 3 == uint256(Kind.Direct) && core & _F_CONSENT != 0;
            return (request ? Clause.UndoRequest : Clause.Undo, amount, uint40(undoUntil));
        }
        return (Clause.None, 0, uint40(core >> _EXP));
    }

    /// @notice What a failed push left owed to `account` in `token`.
    function owed(address token, address account) external view returns (uint256) {
        return _owed[token][account];
    }

    /// @notice `token`'s minimum share and undo tiers (minShare 1 and no tiers when it has no policy).
    function tokenPolicy(address token) external view returns (uint96 minShare, Tier[] memory tiers) {
        Policy memory pol = _policyOf(token);
        minShare = pol.minShare == 0 ? 1 : pol.minShare;
        tiers = new Tier[](pol.tierCount);
        for (uint256 i; i < tiers.length; ++i) {
            tiers[i] = _tiers[token][i];
        }
    }

    /// @notice The undo window and consent flag a packet of `amount` in `token` would get if sent now.
    function undoTier(address token, uint256 amount) external view returns (uint32 window, bool consent) {
        (uint256 w, bool c) = _tierFor(token, _policyOf(token).tierCount, amount);
        return (uint32(w), c);
    }

    /// @notice The lucky split of SPEC §3 as a pure function (see {LuckySplit-amount}).
    function luckyAmount(uint256 rem, uint256 k, uint256 m, uint256 r) external pure returns (uint256) {
        return LuckySplit.amount(rem, k, m, r);
    }

    /// @notice The EIP-712 digest a claim key signs for a claim of `id` by `claimer`.
    function claimDigest(uint256 id, address claimer) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(CLAIM_TYPEHASH, id, claimer)));
    }

    /// @notice The EIP-712 digest a claimer signs to let `relayer` submit their claim.
    function claimForDigest(uint256 id, address claimer, address relayer, uint256 maxFee, uint256 deadline)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(CLAIM_FOR_TYPEHASH, id, claimer, relayer, maxFee, deadline)));
    }

    /// @notice The EIP-712 domain separator (name "Hongbao", version "1", this chain and contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ================================================================ internals

    function _status(uint256 core) private view returns (Status) {
        if (core == 0) return Status.Closed;
        if (block.timestamp < (core >> _REL) & _M40) return Status.CoolOff;
        if (block.timestamp < (core >> _EXP) & _M40) return Status.Open;
        return Status.Expired;
    }

    function _policyOf(address token) private view returns (Policy memory) {
        if (token != address(0)) return _policies[token];
        uint256 g = _global;
        return Policy(uint96(g >> 64), uint8(g >> 160));
    }

    function _tierFor(address token, uint256 count, uint256 amount) private view returns (uint256, bool) {
        for (uint256 i; i < count; ++i) {
            Tier memory t = _tiers[token][i];
            if (amount <= t.maxAmount) return (t.window, t.consent);
        }
        return (0, false);
    }

    /// @dev Distinguishes a packet that never existed from one that closed.
    function _revertGone(uint256 id) private view {
        if (id == 0 || id > uint64(_global)) revert PacketNotFound(id);
        revert PacketClosed(id);
    }

    /// @dev The `bytes32[]` inside `abi.encode(proof)`, read in place; malformed input gives an empty proof,
    ///      which then fails verification with NotInAllowlist instead of an opaque decoding revert.
    function _proof(bytes calldata auth) private pure returns (bytes32[] calldata proof) {
        uint256 n;
        if (auth.length >= 64 && uint256(bytes32(auth[0:32])) == 32) {
            n = uint256(bytes32(auth[32:64]));
            if (n > (auth.length - 64) / 32) n = 0;
        }
        assembly ("memory-safe") {
            proof.offset := add(auth.offset, 64)
            proof.length := n
        }
    }

    /// @dev OpenZeppelin StandardMerkleTree leaf of an `address`: keccak256(bytes.concat(keccak256(abi.encode(a)))).
    function _leaf(address account) private pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account))));
    }

    /// @dev Where money going back goes: the sender, or zero for an organisation's packet (its budget).
    function _payee(uint256 core, uint256 id) private view returns (address) {
        return core & _F_ORG == 0 ? _senderOf(id) : address(0);
    }

    function _senderOf(uint256 id) private view returns (address) {
        return address(uint160(_packets[id].info));
    }

    function _tokenOf(uint256 core, uint256 id) private view returns (address) {
        return core & _F_TOKEN == 0 ? address(0) : address(uint160(_packets[id].extra));
    }

    function _liveOfSender(uint256 id) private view returns (uint256 core, address sender) {
        core = _packets[id].core;
        if (core == 0) _revertGone(id);
        sender = _senderOf(id);
        if (msg.sender != sender) revert NotSender(id, sender);
    }

    function _liveDirectOfRecipient(uint256 id) private view returns (uint256 core) {
        core = _packets[id].core;
        if (core == 0) _revertGone(id);
        if ((core >> _KIND) & 3 != uint256(Kind.Direct)) revert NotDirect(id);
        address recipient = address(uint160(_packets[id].auth));
        if (msg.sender != recipient) revert NotRecipient(id, recipient);
    }

    /// @dev Money going back to the packet's sender, or into its organisation's budget.
    function _payBack(uint256 core, uint256 id, address to, uint256 amount) private {
        if (core & _F_ORG == 0) return _push(_tokenOf(core, id), to, amount);
        uint256 extra = _packets[id].extra;
        _creditBudget(uint64(extra >> 160), address(uint160(extra)), id, amount);
    }

    function _creditBudget(uint64 orgId, address token, uint256 id, uint256 amount) private {
        _budgets[orgId][token] += amount;
        emit OrgBudgetCredited(orgId, token, id, amount);
    }

    /// @dev Pay msg.sender (the claimer or relayer): all gas forwarded, a failure reverts the caller's own tx.
    function _payCaller(uint256 core, uint256 id, uint256 amount) private {
        if (core & _F_TOKEN == 0) {
            _sendNative(msg.sender, amount);
        } else {
            IERC20(address(uint160(_packets[id].extra))).safeTransfer(msg.sender, amount);
        }
    }

    /// @dev Pay `to` on behalf of someone else: to msg.sender with all gas, else a capped push without copying
    ///      return data; if the push fails the amount is owed to `to` (withdrawOwed), so no receiver can make
    ///      another's transaction fail and nothing gets stuck.
    function _push(address token, address to, uint256 amount) private {
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

    function _sendNative(address to, uint256 amount) private {
        bool ok;
        assembly ("memory-safe") {
            ok := call(gas(), to, amount, 0, 0, 0, 0)
        }
        if (!ok) revert NativeTransferFailed(to, amount);
    }

    /// @dev Pull `amount` of `token` from `from` and return what actually arrived (fee-on-transfer tokens).
    function _pull(address token, address from, uint256 amount) private returns (uint256 received) {
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(from, address(this), amount);
        received = IERC20(token).balanceOf(address(this)) - before;
        if (received > type(uint128).max) revert AmountTooLarge(received, type(uint128).max);
    }
}
