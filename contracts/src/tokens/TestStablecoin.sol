// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title TestStablecoin
/// @notice `tCNY`, the dev chain's test stablecoin: 2 decimals like the yuan, EIP-2612 permit, owner-minted.
/// @dev For dev chains and tests only; it has no value.
contract TestStablecoin is ERC20, ERC20Permit, Ownable {
    constructor(address initialOwner) ERC20("Test Yuan", "tCNY") ERC20Permit("Test Yuan") Ownable(initialOwner) {}

    /// @notice Two decimals: 1 tCNY = 100 base units (fen).
    function decimals() public pure override returns (uint8) {
        return 2;
    }

    /// @notice Mint `amount` base units to `to`. Owner only.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
