// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IHongbaoEscrow} from "../interfaces/IHongbaoEscrow.sol";

/// @dev The part of the escrow the draw attackers use.
interface IDrawEscrow {
    function claim(uint256 id, bytes calldata auth) external;
    function settle(uint256 id) external returns (uint256);
    function settleMany(uint256[] calldata ids) external returns (uint256);
    function getPacket(uint256 id) external view returns (IHongbaoEscrow.PacketView memory);
    function claimedAmount(uint256 id, address account) external view returns (uint256);
}

/// @title DrawIdentity
/// @notice One claimer address: claims an Open packet when its owner says so and keeps what it is paid. Tests only.
contract DrawIdentity {
    error NotOwner();

    address public immutable owner;

    constructor() {
        owner = msg.sender;
    }

    function claim(IDrawEscrow escrow, uint256 id) external {
        if (msg.sender != owner) revert NotOwner();
        escrow.claim(id, "");
    }

    receive() external payable {}
}

/// @title DrawCrowd
/// @notice Honest claimers in bulk: `n` identities that claim whenever told, without looking at any draw, so that
///         one transaction carries many honest claims of many packets (adversarial draw tests). Tests only.
contract DrawCrowd {
    DrawIdentity[] public identities;

    constructor(uint256 n) {
        for (uint256 i; i < n; ++i) {
            identities.push(new DrawIdentity());
        }
    }

    /// @notice Identity who[i] claims packet ids[i], in order; any revert bubbles (the test wants to know).
    function claim(IDrawEscrow escrow, uint256[] calldata ids, uint256[] calldata who) external {
        for (uint256 i; i < ids.length; ++i) {
            identities[who[i]].claim(escrow, ids[i]);
        }
    }
}

/// @dev What a strategic claimer believes its draw will be: the instant Lucky draw of `who` in this block
///      (LuckySplit.amount over LuckySplit.seed). For a SealedLucky packet the same formula is only a guess: the
///      real draw uses the hash of the next block, which nobody can read yet.
function predictDraw(IHongbaoEscrow.PacketView memory p, uint256 id, address who)
    view
    returns (uint256 draw, uint256 avg)
{
    uint256 left = uint256(p.shares) - p.claimed;
    if (left == 0) return (0, 0);
    avg = p.remaining / left;
    if (left == 1) return (p.remaining, avg);
    uint256 r = uint256(keccak256(abi.encode(block.prevrandao, id, uint256(p.claimed), who)));
    uint256 m = p.minShare;
    draw = m + (r % (2 * avg - 2 * m + 1));
}

/// @title DrawStrategist
/// @notice A strategic claimer (issue 11): (a) claim only when the draw it can compute now is at least `bps`/10,000
///         of the current average, else wait for a later block; (b) claim, and revert when what it was paid is
///         below that; (d) for sealed packets, settle its own share only when the draw is good, else withhold and
///         hope that nobody draws it within 256 blocks (it would then get exactly the average). Tests only.
contract DrawStrategist {
    error Small(uint256 got, uint256 want);
    error NotSelf();

    /// @notice Packets it holds a claim of; and of those, packets whose share it saw drawn by its own settle.
    mapping(uint256 => bool) public done;
    mapping(uint256 => bool) public settled;
    /// @notice Refused or reverted tries so far (what the patience costs).
    uint256 public tries;

    /// @notice (a) For each packet not claimed yet: claim when the predicted draw >= bps/10,000 of the average.
    function patient(IDrawEscrow escrow, uint256[] calldata ids, uint256 bps) external {
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            if (done[id]) continue;
            (uint256 draw, uint256 avg) = predictDraw(escrow.getPacket(id), id, address(this));
            if (draw * 10_000 >= avg * bps) {
                done[id] = true;
                escrow.claim(id, "");
            } else {
                ++tries;
            }
        }
    }

    /// @notice Claim every packet not claimed yet (an attacker that ran out of patience).
    function force(IDrawEscrow escrow, uint256[] calldata ids) external {
        for (uint256 i; i < ids.length; ++i) {
            if (done[ids[i]]) continue;
            done[ids[i]] = true;
            escrow.claim(ids[i], "");
        }
    }

    /// @notice (b) For each packet not claimed yet: claim and undo the claim (revert) when paid less than
    ///         bps/10,000 of the average before the claim. A sealed claim pays nothing at once: it learns nothing
    ///         and keeps it.
    function claimOrRevert(IDrawEscrow escrow, uint256[] calldata ids, uint256 bps) external {
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            if (done[id]) continue;
            IHongbaoEscrow.PacketView memory p = escrow.getPacket(id);
            uint256 want = p.remaining / (uint256(p.shares) - p.claimed) * bps / 10_000;
            try this.claimChecked(escrow, id, want) {
                done[id] = true;
            } catch {
                ++tries;
            }
        }
    }

    function claimChecked(IDrawEscrow escrow, uint256 id, uint256 want) external {
        if (msg.sender != address(this)) revert NotSelf();
        uint256 before = address(this).balance;
        escrow.claim(id, "");
        uint256 got = address(this).balance - before;
        if (got != 0 && got < want) revert Small(got, want);
    }

    /// @notice (d) For each sealed packet it claimed whose share is not drawn yet: settle, and revert unless its
    ///         own share was drawn and is at least wants[i]. Refused tries leave the share pending.
    function settleIfGood(IDrawEscrow escrow, uint256[] calldata ids, uint256[] calldata wants) external {
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            if (!done[id] || settled[id] || escrow.claimedAmount(id, address(this)) != 0) continue;
            try this.settleChecked(escrow, id, wants[i]) {
                settled[id] = true;
            } catch {
                ++tries;
            }
        }
    }

    function settleChecked(IDrawEscrow escrow, uint256 id, uint256 want) external {
        if (msg.sender != address(this)) revert NotSelf();
        escrow.settle(id);
        uint256 got = escrow.claimedAmount(id, address(this));
        if (got < want) revert Small(got, want);
    }

    receive() external payable {}
}

/// @title DrawSybil
/// @notice (c) Many identities in one transaction: for each packet it evaluates the draw of each of its identities
///         in this block and lets the best one claim. Tests only.
contract DrawSybil {
    DrawIdentity[] public identities;
    /// @notice Which identity claimed a packet, plus one (0: none yet).
    mapping(uint256 => uint256) public chosen;

    constructor(uint256 n) {
        for (uint256 i; i < n; ++i) {
            identities.push(new DrawIdentity());
        }
    }

    function claimBest(IDrawEscrow escrow, uint256[] calldata ids) external {
        uint256 n = identities.length;
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            if (chosen[id] != 0) continue;
            IHongbaoEscrow.PacketView memory p = escrow.getPacket(id);
            uint256 best;
            uint256 bestDraw;
            for (uint256 j; j < n; ++j) {
                (uint256 draw,) = predictDraw(p, id, address(identities[j]));
                if (draw > bestDraw) (best, bestDraw) = (j, draw);
            }
            chosen[id] = best + 1;
            identities[best].claim(escrow, id);
        }
    }
}
