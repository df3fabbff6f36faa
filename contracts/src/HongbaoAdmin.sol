// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {HongbaoBase} from "./HongbaoBase.sol";
import {LuckySplit} from "./libraries/LuckySplit.sol";

/// @title HongbaoAdmin
/// @notice The escrow's extension: organisations (rules §5), security locks (rules §4), token policy and the cold
///         views. {HongbaoEscrow} forwards every selector it does not know here by delegatecall, so these
///         functions run on the escrow's storage and balance and are called at the escrow's address (its ABI
///         includes them). Called directly, every state-changing function refuses with NotThroughEscrow.
contract HongbaoAdmin is HongbaoBase {
    using SafeERC20 for IERC20;

    address private immutable _SELF = address(this);

    /// @dev The owner and EIP-712 name of this deployment are never used: only the escrow's storage counts.
    ///      msg.sender is the deployer (the deterministic deployment proxy), so the address is the same on
    ///      every chain.
    constructor() EIP712("Hongbao", "1") Ownable(msg.sender) {}

    modifier throughEscrow() {
        if (address(this) == _SELF) revert NotThroughEscrow();
        _;
    }

    /// @notice Set your security lock for `token`: any send of more than `threshold` base units must use a
    ///         cool-off of at least `minDelay` seconds. Tightening (a lower or equal threshold and a longer or equal
    ///         delay) applies at once; anything else is a loosening that takes effect CHANGE_DELAY later.
    function setLock(address token, uint128 threshold, uint32 minDelay) external throughEscrow {
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

    /// @notice Create an organisation with you as its first admin and `treasury` as the only address unused
    ///         budget can return to.
    /// @return orgId The new organisation's id (sequential from 1).
    function createOrg(address treasury) external throughEscrow returns (uint64 orgId) {
        _checkTreasury(treasury);
        orgId = ++_lastOrgId;
        _orgs[orgId] = Org(treasury, 0, 1, address(0));
        _orgAdmins[orgId][msg.sender] = true;
        emit OrgCreated(orgId, msg.sender, treasury);
        emit OrgAdminAdded(orgId, msg.sender);
    }

    /// @notice Make `admin` an admin of `orgId` (admins only).
    function addOrgAdmin(uint64 orgId, address admin) external throughEscrow {
        _onlyOrgAdmin(orgId);
        if (admin == address(0)) revert ZeroAddress();
        if (_orgAdmins[orgId][admin]) revert AdminAlreadyAdded(orgId, admin);
        _orgAdmins[orgId][admin] = true;
        ++_orgs[orgId].adminCount;
        emit OrgAdminAdded(orgId, admin);
    }

    /// @notice Remove `admin` from the admins of `orgId` (admins only; the last admin stays).
    function removeOrgAdmin(uint64 orgId, address admin) external throughEscrow {
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
        throughEscrow
    {
        _onlyOrgAdmin(orgId);
        if (member == address(0)) revert ZeroAddress();
        uint256 gen = _memberGen[orgId][member];
        if (gen & 1 == 0) _memberGen[orgId][member] = ++gen;
        _memberCaps[orgId][member][gen][token] = uint256(perPacketCap) | (uint256(dailyCap) << 128);
        emit OrgMemberSet(orgId, member, token, perPacketCap, dailyCap);
    }

    /// @notice Stop `member` from sending from the budget of `orgId` (admins only). Live packets stay as they are.
    function removeOrgMember(uint64 orgId, address member) external throughEscrow {
        _onlyOrgAdmin(orgId);
        uint256 gen = _memberGen[orgId][member];
        if (gen & 1 == 0) revert NotOrgMember(orgId, member, address(0));
        _memberGen[orgId][member] = gen + 1;
        emit OrgMemberRemoved(orgId, member);
    }

    /// @notice Deposit `amount` of `token` (ETH: msg.value) into the budget of `orgId` (admins only).
    function fundOrg(uint64 orgId, address token, uint256 amount) external throughEscrow payable nonReentrant {
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
    function withdrawOrgBudget(uint64 orgId, address token, uint256 amount) external throughEscrow nonReentrant {
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
    function requestTreasuryChange(uint64 orgId, address treasury) external throughEscrow {
        _onlyOrgAdmin(orgId);
        _checkTreasury(treasury);
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

    /// @notice Set `token`'s minimum share and undo tiers for packets sent from now on. Live packets keep the
    ///         values snapshotted at their send.
    /// @param tiers Sorted by strictly increasing `maxAmount`; at most MAX_TIERS.
    function setTokenPolicy(address token, uint96 minShare, Tier[] calldata tiers) external throughEscrow onlyOwner {
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

    /// @notice What the sender of packet `id` may take back right now, and under which clause.
    /// @return clause The clause that applies now (None if none does).
    /// @return amount What it would move (for UndoRequest: what the recipient's approval would move).
    /// @return until When the clause stops applying: CoolOff at release, Undo at the end of the undo window,
    ///         UndoRequest at the end of the window while no request is pending and at expiry once one is (the
    ///         recipient may approve it until the claim or expiry, rules §4 C3); for None while the packet is live,
    ///         when a refund becomes possible; 0 for Refund (open-ended) and for a closed packet.
    function withdrawable(uint256 id) external view returns (Clause clause, uint256 amount, uint40 until) {
        uint256 core = _packets[id].core;
        if (core == 0) return (Clause.None, 0, 0);
        (amount,,) = _unheld(id, core); // a sealed packet's pending claims are drawn first or keep their part
        if (amount == 0) return (Clause.None, 0, 0);
        uint256 undoUntil = (_packets[id].info >> 200) & _M40;
        uint40 expiresAt = uint40(core >> _EXP);
        if (block.timestamp < (core >> _REL) & _M40) return (Clause.CoolOff, amount, uint40(core >> _REL));
        if (block.timestamp >= expiresAt) return (Clause.Refund, amount, 0);
        if (core & _F_REQUESTED != 0) return (Clause.UndoRequest, amount, expiresAt);
        if (block.timestamp < undoUntil) {
            bool request = (core >> _KIND) & 3 == uint256(Kind.Direct) && core & _F_CONSENT != 0;
            return (request ? Clause.UndoRequest : Clause.Undo, amount, uint40(undoUntil));
        }
        return (Clause.None, 0, expiresAt);
    }

    /// @notice Whether ticket `index` of packet `id` (a Tickets packet) has been used; indices from `shares` on,
    ///         and tickets of other packets, read as used.
    function ticketUsed(uint256 id, uint256 index) external view returns (bool) {
        return _tickets[id][index >> 8] & (1 << (index & 255)) == 0;
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

    /// @notice The lucky split of rules §3 as a pure function (see {LuckySplit-amount}).
    function luckyAmount(uint256 rem, uint256 k, uint256 m, uint256 r) external pure returns (uint256) {
        return LuckySplit.amount(rem, k, m, r);
    }

    /// @notice Whether `account` has claimed packet `id`.
    function hasClaimed(uint256 id, address account) external view returns (bool) {
        return _claims[id][account] != 0;
    }

    /// @notice What `account` claimed from packet `id` and has not returned yet (C5 can return up to this); 0 while
    ///         the share of a sealed packet waits for its draw.
    function claimedAmount(uint256 id, address account) external view returns (uint256) {
        uint256 rec = _claims[id][account];
        return rec & _PENDING == 0 ? rec >> 1 : 0;
    }

    /// @notice The claims of SealedLucky packet `id` whose shares are not drawn yet, oldest (lowest index) first,
    ///         a page at a time. Each can be drawn ({settle}) from block `blockNumber + 2` on; after 256 more
    ///         blocks it gets exactly the current average.
    /// @param id The packet.
    /// @param start How many pending claims to skip (0: from the oldest).
    /// @param max The most to return.
    /// @return draws Pending claims `start` .. `start + max - 1` (fewer at the end).
    /// @return total How many claims are pending in all.
    function pendingDraws(uint256 id, uint256 start, uint256 max)
        external
        view
        returns (PendingDraw[] memory draws, uint256 total)
    {
        uint256 d = _draws[id];
        total = (d >> _D_PENDING) & _M16;
        uint256 settled = (_packets[id].core >> _CLAIMED) & _M16;
        uint256 n = start >= total ? 0 : total - start;
        if (n > max) n = max;
        draws = new PendingDraw[](n);
        for (uint256 j; j < n; ++j) {
            uint256 pos = start + j;
            uint256 e = pos + 1 == total ? d : _queue[id][settled + pos];
            address c = address(uint160(e));
            draws[j] = PendingDraw(settled + pos, c, uint64((e >> 160) & _M40), uint96(_claims[id][c] >> 1));
        }
    }

    function _checkTreasury(address treasury) private view {
        if (treasury == address(0)) revert ZeroAddress();
        if (treasury == address(this)) revert InvalidTreasury(treasury);
    }
}
