// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MockERC20} from "./MockERC20.sol";

/// @title SimulationAwareToken
/// @notice An ERC-20 that behaves one way under simulation and another on chain: a transfer to a marked
///         receiver burns all the gas it is given when `tx.gasprice > 0` (a real transaction) and is an ordinary,
///         cheap transfer when the gas price is 0 (eth_call and eth_estimateGas). A keeper that trusts its gas
///         estimate for a refund batch holding such payouts runs short in the real transaction. Tests only.
contract SimulationAwareToken is MockERC20 {
    /// @notice Receivers whose incoming transfers burn all gas in a real transaction.
    mapping(address => bool) public trapped;

    constructor() MockERC20("Simulation Aware Token", "SIM", 18) {}

    /// @notice Mark or unmark `account` as a receiver whose transfers burn all gas on chain (anyone; test token).
    function setTrapped(address account, bool on) external {
        trapped[account] = on;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && trapped[to] && tx.gasprice > 0) {
            while (true) {}
        }
        super._update(from, to, value);
    }
}
