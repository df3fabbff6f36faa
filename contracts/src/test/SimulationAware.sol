// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title SimulationAwareToken
/// @notice An ERC-20 that behaves one way under simulation and another on chain: a transfer to a marked
///         receiver burns all the gas it is given when `tx.gasprice > 0` (a real transaction) and is an ordinary,
///         cheap transfer when the gas price is 0 (eth_call and eth_estimateGas). A keeper that trusts its gas
///         estimate for a refund batch holding such payouts runs short in the real transaction. Tests only.
contract SimulationAwareToken is ERC20 {
    /// @notice Receivers whose incoming transfers burn all gas in a real transaction.
    mapping(address => bool) public trapped;

    constructor() ERC20("Simulation Aware Token", "SIM") {}

    /// @notice Mint `amount` to `to` (anyone; test token).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

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

/// @title FeeOnTopToken
/// @notice Takes a fee of 1% (rounded down) from the payer on top of every transfer: the receiver gets the full
///         amount and the payer pays amount + fee (burnt). When the escrow pays out, it loses more than its books
///         say; the hongbao escrow does not support such tokens, and `reconcile` names the deficit. Tests only.
contract FeeOnTopToken is ERC20 {
    uint8 private immutable _decimals;

    constructor(string memory name_, string memory symbol_, uint8 decimals_) ERC20(name_, symbol_) {
        _decimals = decimals_;
    }

    /// @notice Token decimals given at deployment.
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mint `amount` to `to` (anyone; test token).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

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
