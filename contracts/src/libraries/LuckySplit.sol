// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title LuckySplit
/// @notice The "double average" (二倍均值法) split of rules §3. The Go mirror in node/lucky must match it bit for bit.
library LuckySplit {
    /// @notice `luckyAmount` needs k >= 1 and rem >= m * k.
    error InvalidLuckyInput(uint256 rem, uint256 k, uint256 m);

    /// @notice The share of a claim when `rem` is left over `k` shares with minimum `m` and random word `r`.
    /// @dev k == 1 takes the rest; otherwise m + r mod (2a - 2m + 1) with a = floor(rem / k), so every share
    ///      lies in [m, 2a - m] and every later share can still get at least m. a <= rem / 2 for k >= 2, so
    ///      2a cannot overflow.
    function amount(uint256 rem, uint256 k, uint256 m, uint256 r) internal pure returns (uint256) {
        if (k == 0 || rem / k < m) revert InvalidLuckyInput(rem, k, m);
        if (k == 1) return rem;
        unchecked {
            uint256 a = rem / k;
            return m + (r % (2 * a - 2 * m + 1));
        }
    }

    /// @notice The random word of the claim with 0-based index `index`: keccak256(prevrandao, id, index, claimer).
    function seed(uint256 id, uint256 index, address claimer) internal view returns (uint256 r) {
        // Same bytes as abi.encode(block.prevrandao, id, index, claimer), hashed in scratch memory.
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, prevrandao())
            mstore(add(p, 0x20), id)
            mstore(add(p, 0x40), index)
            mstore(add(p, 0x60), and(claimer, 0xffffffffffffffffffffffffffffffffffffffff))
            r := keccak256(p, 0x80)
        }
    }

    /// @notice The random word of sealed share `index` claimed by `claimer`: keccak256(abi.encode(h, id, index,
    ///         claimer)) where h is the hash of the block after the claim's (rules §3 "Sealed draw").
    function sealedSeed(bytes32 h, uint256 id, uint256 index, address claimer) internal pure returns (uint256 r) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, h)
            mstore(add(p, 0x20), id)
            mstore(add(p, 0x40), index)
            mstore(add(p, 0x60), and(claimer, 0xffffffffffffffffffffffffffffffffffffffff))
            r := keccak256(p, 0x80)
        }
    }
}
