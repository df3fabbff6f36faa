// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title TestActor
/// @notice A contract account for attack tests: it forwards calls from its owner (so it can send, claim and
///         withdraw as a sender or claimer) and reacts to incoming ETH as configured: accept, reject, burn all
///         gas, return a huge payload, re-enter a target with stored calldata, or burn all gas only in a real
///         transaction (gas price above zero) while accepting cheaply under simulation (eth_call and
///         eth_estimateGas run with gas price 0): the receiver that poisons a keeper's gas estimate. It also
///         answers ERC-1271 for signatures by its owner. Tests only.
contract TestActor {
    enum Mode {
        Accept,
        Reject,
        BurnGas,
        HugeReturn,
        Reenter,
        BurnGasOnChain
    }

    error NotOwner();
    error Rejected();

    address public immutable owner;
    Mode public mode;
    address public reenterTarget;
    bytes public reenterData;
    /// @notice Whether the last re-entry attempt succeeded, and what it reverted with.
    bool public reentered;
    bytes public reenterError;
    uint256 public received;

    constructor(address owner_) payable {
        owner = owner_;
    }

    /// @notice How to react to incoming ETH.
    function setMode(Mode m) external {
        mode = m;
    }

    /// @notice In Reenter mode, call `target` with `data` when ETH arrives.
    function setReenter(address target, bytes calldata data) external {
        mode = Mode.Reenter;
        reenterTarget = target;
        reenterData = data;
    }

    /// @notice Forward a call (owner only); bubbles the revert data.
    function execute(address target, uint256 value, bytes calldata data) external payable returns (bytes memory) {
        if (msg.sender != owner) revert NotOwner();
        (bool ok, bytes memory ret) = target.call{value: value}(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    /// @notice ERC-1271: valid when signed by the owner.
    function isValidSignature(bytes32 hash, bytes calldata sig) external view returns (bytes4) {
        (address signer,,) = ECDSA.tryRecoverCalldata(hash, sig);
        return signer == owner ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }

    // solhint-disable-next-line no-complex-fallback
    receive() external payable {
        Mode m = mode;
        if (m == Mode.Reject) revert Rejected();
        if (m == Mode.BurnGas || (m == Mode.BurnGasOnChain && tx.gasprice > 0)) {
            while (true) {}
        }
        if (m == Mode.HugeReturn) {
            assembly {
                return(0, 1000000)
            }
        }
        if (m == Mode.Reenter) {
            (bool ok, bytes memory err) = reenterTarget.call(reenterData);
            reentered = ok;
            reenterError = err;
        }
        received += msg.value;
    }
}
