// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title HookToken
/// @notice An ERC-20 with ERC-777-style hooks: an account that opts in (`setHooks`) is called in the middle of every
///         transfer it takes part in, before its balance goes down (as ERC-777's `tokensToSend`) and after its
///         balance went up (`tokensReceived`). The hook is a plain call of the account (no data, no value, all gas
///         the token has), so a contract account's `receive` runs inside the transfer: it can re-enter whoever moved
///         the tokens (the escrow) or revert, which makes the transfer revert (HookRejected). Mints do not call
///         hooks. Each hook that ran emits `Hooked`. Tests only.
contract HookToken is ERC20 {
    /// @notice Accounts whose hooks run.
    mapping(address => bool) public hooked;

    /// @notice The hook of `account` ran (`sending`: before it paid, else after it received).
    event Hooked(address indexed account, bool sending);

    error HookRejected(address account);

    constructor() ERC20("Hook Token", "HOOK") {}

    /// @notice Mint `amount` to `to` (anyone; test token).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Turn the caller's own hooks on or off.
    function setHooks(bool on) external {
        hooked[msg.sender] = on;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0)) return super._update(from, to, value);
        if (hooked[from]) _hook(from, true);
        super._update(from, to, value);
        if (to != address(0) && hooked[to]) _hook(to, false);
    }

    function _hook(address account, bool sending) private {
        (bool ok,) = account.call("");
        if (!ok) revert HookRejected(account);
        emit Hooked(account, sending);
    }
}
