// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title PlainDelegate
/// @notice Account code for an EOA delegated with EIP-7702 (a "smart EOA"): it receives ETH and lets the
///         account batch calls, and it has no ERC-1271 `isValidSignature`. The account still signs with its own
///         key, so the escrow must accept its ECDSA signatures although the address has code. Tests only.
contract PlainDelegate {
    /// @notice One call of a batch.
    struct Call {
        address target;
        uint256 value;
        bytes data;
    }

    error NotSelf();

    /// @notice ETH this account has received while delegated (kept in the account's own storage).
    uint256 public received;

    /// @notice Run `calls` in order, as the account itself (only the account may call it: a transaction the
    ///         account sends to its own address). Bubbles the first revert.
    function execute(Call[] calldata calls) external payable {
        if (msg.sender != address(this)) revert NotSelf();
        for (uint256 i; i < calls.length; ++i) {
            (bool ok, bytes memory ret) = calls[i].target.call{value: calls[i].value}(calls[i].data);
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(ret, 32), mload(ret))
                }
            }
        }
    }

    receive() external payable {
        received += msg.value;
    }
}
