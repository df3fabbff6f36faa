// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {HongbaoBase} from "./HongbaoBase.sol";
import {LuckySplit} from "./libraries/LuckySplit.sol";

/// @title HongbaoEscrow
/// @notice Red packets (红包) as an on-chain escrow. A sender locks ETH or an ERC-20 into a packet for one
///         recipient (Direct) or a group (Equal, Lucky); the money leaves only through a claim or one of the
///         withdrawal clauses C1–C6 of rules §4, each a named function with its own event.
/// @dev Storage layout and shared internals: {HongbaoBase}. Organisations, security locks, token policy and the
///      cold views live in {HongbaoAdmin}, reached by delegatecall from the fallback: they are part of this
///      contract's interface (and ABI) at this address. Not upgradeable: the extension is fixed at construction.
contract HongbaoEscrow is HongbaoBase {
    using SafeERC20 for IERC20;

    /// @notice The block this escrow was deployed in (rules §5b): scans of its logs start here, never at block 0.
    /// @dev An immutable: part of the runtime code, so reading it costs no storage access and other functions
    ///      nothing at all.
    uint256 public immutable deployBlock;

    /// @notice The {HongbaoAdmin} extension this escrow delegates organisations, locks, policy and cold views to.
    address public immutable extension;

    /// @notice EIP-712 type a claim key (or a ticket key) signs: a claim of `packetId` by `claimer`.
    bytes32 public constant CLAIM_TYPEHASH = keccak256("Claim(uint256 packetId,address claimer)");
    /// @notice EIP-712 type a claimer signs so that `relayer` may submit the claim for a fee of at most `maxFee`.
    bytes32 public constant CLAIM_FOR_TYPEHASH =
        keccak256("ClaimFor(uint256 packetId,address claimer,address relayer,uint256 maxFee,uint256 deadline)");

    /// @dev Most pending shares a claim of a sealed packet draws before taking its own index: a claim usually draws
    ///      the one before it; more would make honest claimers pay for others' (possibly hostile) payouts.
    uint256 private constant _DRAWS_PER_CLAIM = 2;
    /// @dev Most shares one packet gets drawn in one settle or settleMany call (bounds the memory of the payouts).
    uint256 private constant _DRAWS_PER_SETTLE = 50;
    /// @dev Gas a claim still needs after its draws, before their payouts: the queue entry, draw and core words.
    uint256 private constant _CLAIM_TAIL = 50_000;

    /// @dev The payouts decided while drawing sealed shares, made after every effect is written: payout i pays
    ///      `amounts[i]` to `to[i]` (two flat arrays, allocated once).
    struct Pays {
        address[] to;
        uint256[] amounts;
    }

    /// @param initialOwner The policy admin (two-step transfer). It can only change policy for future packets.
    /// @param extension_ The {HongbaoAdmin} deployment (code that holds no state of its own).
    constructor(address initialOwner, address extension_) EIP712("Hongbao", "1") Ownable(initialOwner) {
        if (extension_.code.length == 0) revert ZeroAddress();
        deployBlock = block.number;
        extension = extension_;
    }

    /// @notice Plain ETH transfers are refused: money enters only with a packet, a return or a budget deposit.
    receive() external payable {
        revert ValueMismatch(msg.value, 0);
    }

    /// @notice Every function this contract does not define runs in {HongbaoAdmin}, on this contract's storage.
    // A delegating fallback is the point of the split (see HongbaoBase), not an accident of complexity.
    // solhint-disable-next-line no-complex-fallback
    fallback() external payable {
        address ext = extension;
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), ext, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
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

    /// @notice Send a packet from the budget of organisation `orgId`, as one of its members (rules §5). Every
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
            } else if (p.auth == AuthMode.Allowlist || p.auth == AuthMode.Tickets) {
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
                if (mode == uint256(AuthMode.Tickets)) {
                    // every ticket starts unused: bits 0..shares-1 set, one word per 256 tickets
                    for (uint256 w; w << 8 < shares; ++w) {
                        uint256 bits = shares - (w << 8);
                        _tickets[id][w] = bits >= 256 ? type(uint256).max : (1 << bits) - 1;
                    }
                    emit TicketsSet(id, p.root);
                } else {
                    emit AllowlistSet(id, p.root);
                }
            }
            // a sealed packet's draw word starts nonzero, so that its first claim rewrites a warm-priced word
            if (kind == uint256(Kind.SealedLucky)) _draws[id] = _PENDING;
            if (p.guardian != address(0)) {
                _guardians[id] = p.guardian;
                emit GuardianSet(id, p.guardian);
            }
        }
    }

    /// @dev rules §4 security lock: a send above the sender's threshold needs at least the lock's delay.
    function _checkLock(address token, uint256 amount, uint256 delay) private view {
        (uint256 threshold, uint256 minDelay) = _effectiveLock(msg.sender, token);
        if (amount > threshold && delay < minDelay) revert DelayTooShort(amount, threshold, minDelay);
    }

    // ================================================================ claims

    /// @notice Claim a share of packet `id` for yourself.
    /// @param id The packet.
    /// @param auth Direct and open packets: empty. Claim-key packets: the claim key's 65-byte EIP-712 signature
    ///        of `Claim(id, msg.sender)`. Allowlist packets: `abi.encode(bytes32[] proof)`. Ticket packets:
    ///        `abi.encode(uint256 index, bytes32 r, bytes32 vs, bytes32[] proof)`: the ticket key's compact
    ///        (EIP-2098) signature of `Claim(id, msg.sender)` and the proof of leaf `(index, ticket address)`.
    ///        A SealedLucky claim takes the next index and pays nothing yet: the share is drawn from the hash of
    ///        the next block and paid when settled ({settle}, or the packet's next claim); it first draws (at most
    ///        four) earlier shares that are ready.
    function claim(uint256 id, bytes calldata auth) external nonReentrant {
        (uint256 share, uint256 core) = _take(id, msg.sender, auth, 0);
        if (share != 0) _payCaller(core, id, share);
    }

    /// @notice Submit a claim for `claimer`, who signed `ClaimFor(id, claimer, msg.sender, maxFee, deadline)`.
    ///         Every check of {claim} applies to `claimer`. The relayer (msg.sender) is paid min(maxFee, share)
    ///         out of the share; the claimer gets the rest.
    ///         For a SealedLucky packet the fee is capped at the packet's minimum share and paid, like the share,
    ///         when the share is drawn.
    /// @param signature The claimer's signature: ECDSA for every address (EIP-7702 delegated accounts included);
    ///        ERC-1271 is asked only when ECDSA does not recover `claimer` and `claimer` has code.
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
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (err != ECDSA.RecoverError.NoError || signer != claimer) {
            if (
                claimer.code.length == 0
                    || !SignatureChecker.isValidERC1271SignatureNowCalldata(claimer, digest, signature)
            ) revert InvalidClaimerSignature(claimer);
        }
        (uint256 share, uint256 core) = _take(id, claimer, auth, maxFee);
        if (share == 0) return; // sealed: drawn and paid later
        uint256 fee = maxFee < share ? maxFee : share;
        emit RelayFeePaid(id, msg.sender, fee);
        if (fee != 0) _payCaller(core, id, fee);
        if (share != fee) _push(_tokenOf(core, id), claimer, share - fee);
    }

    /// @dev All checks and effects of a claim; returns the share and the packet's core word as it was. A sealed
    ///      claim returns share 0: it takes an index (and makes the payouts of the draws it settles on the way).
    function _take(uint256 id, address claimer, bytes calldata auth, uint256 maxFee)
        private
        returns (uint256 share, uint256 core)
    {
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
            } else if (mode == uint256(AuthMode.Tickets)) {
                _useTicket(id, claimer, auth);
            }
        }

        mapping(address => uint256) storage claims = _claims[id];
        if (claims[claimer] != 0) revert AlreadyClaimed(id, claimer);
        if (kind == uint256(Kind.SealedLucky)) {
            _takeSealed(id, core, claimer, maxFee < authWord >> 160 ? maxFee : authWord >> 160);
            return (0, core);
        }

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

    /// @dev A sealed claim: the claimer takes the next index at this block (final; its amount is drawn from
    ///      blockhash(block.number + 1) later). Draws the earlier shares that are ready first, so that a claim
    ///      usually settles the one before it and the queue stays in _draws.
    function _takeSealed(uint256 id, uint256 core, address claimer, uint256 fee) private {
        uint256 d = _draws[id];
        uint256 taken = ((core >> _CLAIMED) & _M16) + ((d >> _D_PENDING) & _M16);
        if (taken == (core >> _SHARES) & _M16) revert AllSharesTaken(id, (d >> _D_PENDING) & _M16);
        _claims[id][claimer] = _PENDING | (fee << 1) | 1;
        address relayer = fee != 0 ? msg.sender : address(0);
        if (fee != 0) _relayers[id][claimer] = relayer;
        emit SharePending(id, claimer, taken, relayer, fee);

        (uint256 newCore, uint256 nd, Pays memory pays, uint256 n, uint256 drawn) =
            _drawReady(id, core, d, _DRAWS_PER_CLAIM, _CLAIM_TAIL);
        uint256 pending = (nd >> _D_PENDING) & _M16;
        // the newest pending claim moves from the draw word to the queue, at its index (taken - 1)
        if (pending != 0) _queue[id][taken - 1] = nd & (_M160 | (_M40 << 160));
        _draws[id] = uint160(claimer) | (block.number << 160) | ((pending + 1) << _D_PENDING) | _PENDING;
        if (drawn != 0) _packets[id].core = newCore;
        _pay(core, id, pays, n);
    }

    /// @dev Draws, oldest first, at most `max` pending shares of sealed packet `id` whose block hash is known, while
    ///      the gas left covers their payouts plus `tail` (what the caller still spends before paying); writes the
    ///      claimer records, the queue and the events, and returns the packet's core and draw words after them (for
    ///      the caller to write) and the payouts to make.
    function _drawReady(uint256 id, uint256 core, uint256 d, uint256 max, uint256 tail)
        private
        returns (uint256, uint256, Pays memory pays, uint256 n, uint256 drawn)
    {
        uint256 pending = (d >> _D_PENDING) & _M16;
        if (max > pending) max = pending;
        pays.to = new address[](2 * max);
        pays.amounts = new uint256[](2 * max);
        mapping(uint256 index => uint256) storage queue = _queue[id];
        mapping(address claimer => uint256) storage claims = _claims[id];
        uint256 m = type(uint256).max; // the minimum share, read once when first needed
        uint256 settled = (core >> _CLAIMED) & _M16;
        uint256 shares = (core >> _SHARES) & _M16;
        uint256 rem = uint128(core);
        uint256 reserve = core & _F_TOKEN == 0 ? _BATCH_NATIVE : _BATCH_TOKEN;
        for (; drawn < max; ++drawn) {
            uint256 e = pending - drawn == 1 ? d : queue[settled];
            uint256 b = (e >> 160) & _M40;
            if (b + 1 >= block.number || gasleft() < (n + 2) * reserve + tail) break;
            address claimer = address(uint160(e));
            uint256 k = shares - settled;
            uint256 amt;
            if (k == 1) {
                amt = rem;
            } else {
                bytes32 h = blockhash(b + 1);
                if (h == 0) {
                    // not drawn while its block hash was readable: exactly the current average (rules §3)
                    amt = rem / k;
                    emit DrawAveraged(id, settled);
                } else {
                    if (m == type(uint256).max) m = _packets[id].auth >> 160;
                    amt = LuckySplit.amount(rem, k, m, LuckySplit.sealedSeed(h, id, settled, claimer));
                }
            }
            if (pending - drawn != 1) delete queue[settled];
            uint256 fee = (claims[claimer] >> 1) & _M96;
            claims[claimer] = (amt << 1) | 1;
            emit Claimed(id, claimer, amt);
            if (fee != 0) {
                address relayer = _relayers[id][claimer];
                delete _relayers[id][claimer];
                emit RelayFeePaid(id, relayer, fee);
                pays.to[n] = relayer;
                pays.amounts[n] = fee;
                ++n;
            }
            pays.to[n] = claimer;
            pays.amounts[n] = amt - fee;
            unchecked {
                ++n;
                rem -= amt;
                ++settled;
            }
        }
        if (drawn != 0) {
            d = (d & ~(_M16 << _D_PENDING)) | ((pending - drawn) << _D_PENDING);
            core = settled == shares
                ? 0
                : (core & ~(uint256(type(uint128).max) | (_M16 << _CLAIMED))) | rem | (settled << _CLAIMED);
        }
        return (core, d, pays, n, drawn);
    }

    /// @dev Makes the payouts of sealed draws: to msg.sender with all gas, to anyone else by a capped push.
    function _pay(uint256 core, uint256 id, Pays memory pays, uint256 n) private {
        if (n == 0) return;
        address token = _tokenOf(core, id);
        for (uint256 i; i < n; ++i) {
            if (pays.amounts[i] != 0) _push(token, pays.to[i], pays.amounts[i]);
        }
    }

    /// @dev Draws and pays what is ready in sealed packet `id`; returns how many shares were drawn.
    function _settle(uint256 id, uint256 core, uint256 d) private returns (uint256 drawn) {
        (uint256 newCore, uint256 nd, Pays memory pays, uint256 n, uint256 count) =
            _drawReady(id, core, d, _DRAWS_PER_SETTLE, 10_000);
        if (count == 0) return 0;
        _packets[id].core = newCore;
        _draws[id] = newCore == 0 ? 0 : nd; // a closed packet's draw word is cleared (a gas refund)
        _pay(core, id, pays, n);
        return count;
    }

    /// @notice Draw the pending shares of SealedLucky packet `id` whose block hash is known (a claim at block b
    ///         can be drawn from block b + 2 on), oldest first, at most 50 per call, and pay them: each claimer its
    ///         share (less any relay fee, which goes to the relayer). Anyone may call: the claimer, the keeper, a
    ///         relayer; the packet's next claim draws up to two too. The result does not depend on who draws or
    ///         when, except that a share not drawn within 256 blocks gets exactly the current average (rules §3).
    /// @param id The packet.
    /// @return count How many shares were drawn.
    function settle(uint256 id) external nonReentrant returns (uint256 count) {
        uint256 core = _packets[id].core;
        if (core == 0) _revertGone(id);
        if ((core >> _KIND) & 3 != uint256(Kind.SealedLucky)) revert NotSealed(id);
        uint256 d = _draws[id];
        uint256 pending = (d >> _D_PENDING) & _M16;
        if (pending == 0) revert NothingToDraw(id);
        count = _settle(id, core, d);
        if (count == 0) {
            uint256 e = pending == 1 ? d : _queue[id][(core >> _CLAIMED) & _M16];
            if (((e >> 160) & _M40) + 1 < block.number) revert InsufficientGas();
            revert DrawNotReady(id, ((e >> 160) & _M40) + 2);
        }
    }

    /// @notice {settle} in bulk, for keepers: draws what is ready in each of `ids` (at most 50 per packet) and skips
    ///         the rest (packets that are not sealed, have nothing pending or nothing ready) without reverting;
    ///         stops drawing when the gas left no longer covers the payouts so far plus two more (each payout
    ///         reserves PUSH_GAS_* + 60,000 gas; a relayed share has two payouts), so an estimate alone draws fewer.
    /// @param ids The packets.
    /// @return count How many shares were drawn in all.
    function settleMany(uint256[] calldata ids) external nonReentrant returns (uint256 count) {
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            uint256 core = _packets[id].core;
            if (core == 0 || (core >> _KIND) & 3 != uint256(Kind.SealedLucky)) continue;
            uint256 d = _draws[id];
            if ((d >> _D_PENDING) & _M16 == 0) continue;
            count += _settle(id, core, d);
        }
    }

    /// @dev Checks a ticket claim (signature by a ticket key of the packet's tree) and marks the ticket used.
    function _useTicket(uint256 id, address claimer, bytes calldata auth) private {
        if (auth.length < 160 || uint256(bytes32(auth[96:128])) != 128) revert InvalidTicket(id);
        uint256 index = uint256(bytes32(auth[0:32]));
        (address ticket,,) = ECDSA.tryRecover(claimDigest(id, claimer), bytes32(auth[32:64]), bytes32(auth[64:96]));
        uint256 n = uint256(bytes32(auth[128:160]));
        if (n > (auth.length - 160) / 32) revert InvalidTicket(id);
        bytes32[] calldata proof;
        assembly ("memory-safe") {
            proof.offset := add(auth.offset, 160)
            proof.length := n
        }
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(index, ticket))));
        if (ticket == address(0) || !MerkleProof.verifyCalldata(proof, _roots[id], leaf)) revert InvalidTicket(id);
        uint256 word = _tickets[id][index >> 8];
        uint256 bit = 1 << (index & 255);
        if (word & bit == 0) revert TicketAlreadyUsed(id, index);
        _tickets[id][index >> 8] = word ^ bit;
        emit TicketUsed(id, index);
    }

    // ================================================================ withdrawal clauses

    /// @notice C1: after expiry, send the unclaimed rest of packet `id` back to its sender. Anyone may call.
    ///         A SealedLucky packet's pending shares that can be drawn must be drawn first (DrawsReady); claims
    ///         whose draw nobody knows yet keep the current average each, and the shares are cut to the claims
    ///         taken (SharesPending when they hold every share left).
    function refund(uint256 id) external nonReentrant {
        uint256 core = _packets[id].core;
        if (core == 0) _revertGone(id);
        if (block.timestamp < (core >> _EXP) & _M40) revert NotExpired(id, uint40(core >> _EXP));
        (uint256 back, uint256 newCore) = _unheldOrRevert(id, core);
        _refund(id, core, back, newCore);
    }

    /// @notice C1 in bulk: refund every id that is refundable now and skip the rest without reverting. No packet
    ///         can make the batch revert: before each payout it checks that the gas left covers the receiver's full
    ///         push allowance, and if not it stops there (RefundBatchStopped) and returns what it did.
    /// @dev A caller that wants the whole batch gives each packet PUSH_GAS_* + 60,000 gas: a simulation (gas
    ///      estimate) of a batch that stops early succeeds, so an estimate alone may be too low.
    /// @return count How many packets were refunded.
    /// @return next Where it stopped in `ids`: `ids.length` when it went through all of them.
    function refundMany(uint256[] calldata ids) external nonReentrant returns (uint256 count, uint256 next) {
        for (; next < ids.length; ++next) {
            uint256 id = ids[next];
            uint256 core = _packets[id].core;
            if (core == 0 || block.timestamp < (core >> _EXP) & _M40) continue;
            (uint256 back, uint256 newCore,) = _unheld(id, core);
            if (back == 0) continue; // a sealed packet with draws to make first, or every share left pending
            if (gasleft() < (core & _F_TOKEN == 0 ? _BATCH_NATIVE : _BATCH_TOKEN)) {
                emit RefundBatchStopped(next, ids.length);
                return (count, next);
            }
            _refund(id, core, back, newCore);
            unchecked {
                ++count;
            }
        }
    }

    function _refund(uint256 id, uint256 core, uint256 back, uint256 newCore) private {
        _packets[id].core = newCore;
        address to = _payee(core, id);
        emit Refunded(id, to, back);
        _payBack(core, id, to, back);
    }

    /// @dev {_unheld}, reverting with DrawsReady when pending shares can be drawn now and with SharesPending when
    ///      pending claims hold everything left.
    function _unheldOrRevert(uint256 id, uint256 core) private view returns (uint256 back, uint256 newCore) {
        bool ready;
        (back, newCore, ready) = _unheld(id, core);
        if (ready) revert DrawsReady(id);
        if (back == 0) revert SharesPending(id, (_draws[id] >> _D_PENDING) & _M16);
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
    ///         back at once (SealedLucky: as for {refund}, pending claims are drawn first or keep their part).
    ///         Direct with consent: records a request that the recipient may approve; the request never blocks
    ///         the recipient's claim.
    function undo(uint256 id) external nonReentrant {
        (uint256 core, address sender) = _liveOfSender(id);
        uint256 undoUntil = (_packets[id].info >> 200) & _M40;
        if (undoUntil == 0) revert NoUndoWindow(id);
        if (block.timestamp >= undoUntil) revert UndoWindowClosed(id, uint40(undoUntil));
        // after expiry the money goes back by refund (C1); a request then could never be approved
        if (block.timestamp >= (core >> _EXP) & _M40) revert PacketExpired(id, uint40(core >> _EXP));
        if ((core >> _KIND) & 3 == uint256(Kind.Direct) && core & _F_CONSENT != 0) {
            if (core & _F_REQUESTED != 0) revert UndoAlreadyRequested(id);
            _packets[id].core = core | _F_REQUESTED;
            emit UndoRequested(id, sender, address(uint160(_packets[id].auth)));
            return;
        }
        (uint256 back, uint256 newCore) = _unheldOrRevert(id, core);
        _packets[id].core = newCore;
        address to = core & _F_ORG == 0 ? sender : address(0);
        emit Undone(id, to, back);
        _payBack(core, id, to, back);
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
        if (rec & _PENDING != 0) revert ShareNotDrawn(id, msg.sender);
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
    ///         expiry (Direct: before the claim); the unclaimed rest goes back to the sender (or the budget)
    ///         (SealedLucky: as for {refund}, pending claims are drawn first or keep their part).
    function intercept(uint256 id) external nonReentrant {
        uint256 core = _packets[id].core;
        if (core == 0) _revertGone(id);
        address guardian = _guardians[id];
        if (msg.sender != guardian || guardian == address(0)) {
            // every admin of the packet's organisation is a guardian of it (rules §5)
            if (core & _F_ORG == 0 || !_orgAdmins[uint64(_packets[id].extra >> 160)][msg.sender]) {
                revert NotGuardian(id, guardian);
            }
        }
        if (block.timestamp >= (core >> _EXP) & _M40) revert PacketExpired(id, uint40(core >> _EXP));
        (uint256 back, uint256 newCore) = _unheldOrRevert(id, core);
        _packets[id].core = newCore;
        address to = _payee(core, id);
        emit Intercepted(id, msg.sender, to, back);
        _payBack(core, id, to, back);
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

    // ================================================================ organisations (rules §5)

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

    // ================================================================ views

    /// @notice The id of the newest packet (0 before the first).
    function lastPacketId() external view returns (uint256) {
        return uint64(_global);
    }

    /// @notice Everything about packet `id` in one call. A closed packet (status Closed) keeps sender, kind, auth,
    ///         token, organisation, recipient or claim key, minimum share, createdAt and undoUntil; its remaining,
    ///         shares, claimed count, releaseAt and expiresAt read zero (the events have them). For a SealedLucky
    ///         packet `claimed` counts the shares drawn, and `remaining` includes what pending claims will be drawn
    ///         from (see {pendingDraws}).
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
            amounts[i] = rec & _PENDING == 0 ? rec >> 1 : 0;
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

}
