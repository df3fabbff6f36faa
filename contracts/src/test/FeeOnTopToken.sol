// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MockERC20} from "./MockERC20.sol";

/// @title FeeOnTopToken
/// @notice Takes a fee of 1% (rounded down) from the payer on top of every transfer: the receiver gets the full
///         amount and the payer pays amount + fee (burnt). When the escrow pays out, it loses more than its books
///         say; the hongbao escrow does not support such tokens, and `reconcile` names the deficit. Tests only.
contract FeeOnTopToken is MockERC20 {
    constructor(string memory name_, string memory symbol_, uint8 decimals_) MockERC20(name_, symbol_, decimals_) {}

    /// @notice The fee a transfer of `amount` takes from the payer on top of it.
    function feeOf(uint256 amount) public pure returns (uint256) {
        return amount / 100;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0) && to != address(0)) {
            uint256 fee = feeOf(value);
            if (fee != 0) super._update(from, address(0), fee);
        }
    }
}
