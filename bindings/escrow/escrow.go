// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package escrow

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IHongbaoEscrowLock is an auto generated low-level Go binding around an user-defined struct.
type IHongbaoEscrowLock struct {
	Threshold        *big.Int
	MinDelay         uint32
	PendingAt        *big.Int
	PendingThreshold *big.Int
	PendingMinDelay  uint32
}

// IHongbaoEscrowMemberView is an auto generated low-level Go binding around an user-defined struct.
type IHongbaoEscrowMemberView struct {
	Active       bool
	PerPacketCap *big.Int
	DailyCap     *big.Int
	SpentToday   *big.Int
	DayResetsAt  *big.Int
}

// IHongbaoEscrowOrgView is an auto generated low-level Go binding around an user-defined struct.
type IHongbaoEscrowOrgView struct {
	Id               uint64
	Treasury         common.Address
	PendingTreasury  common.Address
	TreasuryChangeAt *big.Int
	AdminCount       uint32
}

// IHongbaoEscrowPacketView is an auto generated low-level Go binding around an user-defined struct.
type IHongbaoEscrowPacketView struct {
	Id            *big.Int
	Status        uint8
	Kind          uint8
	Auth          uint8
	Sender        common.Address
	Token         common.Address
	Remaining     *big.Int
	Shares        uint16
	Claimed       uint16
	MinShare      *big.Int
	Recipient     common.Address
	Root          [32]byte
	Guardian      common.Address
	OrgId         uint64
	CreatedAt     *big.Int
	ReleaseAt     *big.Int
	ExpiresAt     *big.Int
	UndoUntil     *big.Int
	UndoConsent   bool
	UndoRequested bool
}

// IHongbaoEscrowSendParams is an auto generated low-level Go binding around an user-defined struct.
type IHongbaoEscrowSendParams struct {
	Token     common.Address
	Kind      uint8
	Auth      uint8
	Shares    uint16
	Delay     uint32
	Ttl       uint32
	Amount    *big.Int
	Recipient common.Address
	Root      [32]byte
	Guardian  common.Address
}

// IHongbaoEscrowTier is an auto generated low-level Go binding around an user-defined struct.
type IHongbaoEscrowTier struct {
	MaxAmount *big.Int
	Window    uint32
	Consent   bool
}

// HongbaoEscrowMetaData contains all meta data concerning the HongbaoEscrow contract.
var HongbaoEscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"AmountTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"}],\"name\":\"CoolOffOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requiredDelay\",\"type\":\"uint256\"}],\"name\":\"DelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientBudget\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"InvalidClaimerSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rem\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"InvalidLuckyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidShares\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ttl\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidTtl\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"name\":\"LastAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MissingAuthority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoUndoRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoUndoWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotClaimer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotDirect\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"NotInAllowlist\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotOrgAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotOrgMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"NotRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"}],\"name\":\"NotYetReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"name\":\"OrgNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"resetsAt\",\"type\":\"uint40\"}],\"name\":\"OverDailyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"OverPacketCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"PacketClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"}],\"name\":\"PacketExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"PacketNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RelayDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ReturnExceedsClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UndoAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"}],\"name\":\"UndoWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedAuthority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ValueMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"AllowlistSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CoolOffWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Declined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"GuardianSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Intercepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"LockLoosenRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"}],\"name\":\"LockSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"OrgAdminAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"OrgAdminRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrgBudgetCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrgBudgetWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"OrgCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrgFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"OrgMemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perPacketCap\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"dailyCap\",\"type\":\"uint128\"}],\"name\":\"OrgMemberSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"OrgPacketSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"OrgTreasuryChangeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"}],\"name\":\"PacketSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"RelayFeePaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"Returned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"indexed\":false,\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"name\":\"TokenPolicySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UndoApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"UndoRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Undone\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_FOR_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SHARES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUSH_GAS_NATIVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUSH_GAS_TOKEN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"addOrgAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"approveUndo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"auth\",\"type\":\"bytes\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"claimDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"auth\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"claimFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"claimForDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"createOrg\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decline\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fundOrg\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"name\":\"getOrg\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pendingTreasury\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"treasuryChangeAt\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"adminCount\",\"type\":\"uint32\"}],\"internalType\":\"structIHongbaoEscrow.OrgView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getPacket\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIHongbaoEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"claimed\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"createdAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"undoRequested\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.PacketView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"getPacketMany\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIHongbaoEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"claimed\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"createdAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"undoRequested\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.PacketView[]\",\"name\":\"views\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasClaimedMany\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"claimed\",\"type\":\"bool[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"intercept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isOrgAdmin\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOrgId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastPacketId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"pendingAt\",\"type\":\"uint40\"},{\"internalType\":\"uint128\",\"name\":\"pendingThreshold\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"pendingMinDelay\",\"type\":\"uint32\"}],\"internalType\":\"structIHongbaoEscrow.Lock\",\"name\":\"lock\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rem\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"luckyAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"orgBudget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"orgMember\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint128\",\"name\":\"perPacketCap\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"dailyCap\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"spentToday\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"dayResetsAt\",\"type\":\"uint40\"}],\"internalType\":\"structIHongbaoEscrow.MemberView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"refundMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"removeOrgAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"removeOrgMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"requestTreasuryChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"returnFunds\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"send\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"sendFromOrg\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"sendWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"}],\"name\":\"setLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"perPacketCap\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"dailyCap\",\"type\":\"uint128\"}],\"name\":\"setOrgMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"name\":\"setTokenPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenPolicy\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"undo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"undoTier\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdrawCoolOff\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawOrgBudget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawOwed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"enumIHongbaoEscrow.Clause\",\"name\":\"clause\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"until\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "e32f21b535fb38be4862d2f169b0e68e4c",
	Bin: "0x61018080604052346101cf57602081615b20803803809161002082856101d3565b8339810103126101cf57516001600160a01b038116908190036101cf5760405161004b6040826101d3565b60078152602081019066486f6e6762616f60c81b8252604051916100706040846101d3565b600183526020830191603160f81b83526100898161020a565b610120526100968461020a565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100ff60c0826101d3565b5190206080523060c05280156101bc57600380546001600160a01b0319908116909155600280549182168317905560405191906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a343610160526158aa908161027682396080518161567d015260a0518161573a015260c0518161564e015260e051816156cc015261010051816156f2015261012051816127d701526101405181612803015261016051816114280152f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176101f657604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610235576020815191015160208210610226571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f5f3560e01c806301cc9be11461341157806307c3d4af146133f65780630ebda832146133da57806317a5e220146133b65780631ed1483b1461337c57806320b9693414613208578063246c14c8146131b4578063278ecde11461313857806328079e4a146130e457806337cd2f7e14612f0c578063381e4a0514612ec457806338926b6d14612e735780633a30963f14612d6d5780633ced370d14612c955780633e8ff57b14612c795780633ec3829b14612bfd5780634125ff9014612b9057806343a3e3ec14612bd75780634640d92614612bbb578063619a6b8914612b9557806365b1342c14612b905780636b0509b114612b565780637033d0b6146129b3578063715018a61461294a57806379ba5097146128a857806384b0196e146127bf578063873f6f9e14612778578063884fe98e146126a357806389a7f163146125cb5780638a8cbd811461242c5780638b13447d146123d75780638da5cb5b146123b15780638e49a49f1461238b57806392b6cf3a1461193457806393f8ecd0146118e8578063956607f61461176b57806396d725df146115c0578063981642ac146114d3578063a0355f4e1461144b578063a3ec191a14611411578063a59455dc146113da578063b913abac14611381578063ba11db2f1461127a578063c2cff68414611148578063c4be25541461112b578063c4c32c1e146110e3578063ca676dcf1461100e578063cd561da814610eef578063cffccdbe14610dd2578063d82faebf14610c4d578063d83b9c4414610aac578063e01b402d14610a8f578063e30c397814610a69578063e88cfdbc14610a32578063f03bcd0d14610716578063f0995da3146105e8578063f11988e0146105a3578063f2fde38b14610533578063f698da2514610510578063f988e343146104075763fdfac567146102b9575f80fd5b34610404576040366003190112610404576004356001600160401b038111610402576102e99036906004016136e6565b6102f161344e565b926102fb82613acd565b926103096040519485613931565b82845261031583613acd565b602085019590601f190136873761032b84613acd565b936103396040519586613931565b808552601f1961034882613acd565b013660208701376001600160a01b03849216915b8181106103b6575050505060405192604084019060408552518091526060840194915b81811061039e57848061039a88878382036020850152613538565b0390f35b8251151586526020958601959092019160010161037f565b806103c760019284879a989a613d83565b358852600960205260408820845f5260205260405f20548015156103eb8389613b1b565b52821c6103f88289613b1b565b520195939561035c565b505b80fd5b5034610404576020366003190112610404576004356001600160401b038111610402576104389036906004016136e6565b9061044282613acd565b916104506040519384613931565b808352601f1961045f82613acd565b01845b8181106104f9575050835b8181106104c6578385604051918291602083016020845282518091526020604085019301915b8181106104a1575050500390f35b919350916020610280826104b86001948851613593565b019401910191849392610493565b806104dd6104d76001938587613d83565b35615363565b6104e78287613b1b565b526104f28186613b1b565b500161046d565b602090610504613b43565b82828801015201610462565b5034610404578060031936011261040457602061052b615644565b604051908152f35b5034610404576020366003190112610404576001600160a01b03610555613464565b61055d614b30565b16806001600160a01b031960035416176003556001600160a01b03600254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b503461040457602036600319011261040457606064ffffffffff6105c8600435613e3a565b90604093929351936105d98161356b565b84526020840152166040820152f35b50346107125736600319016101c08112610712576101401361071257610164359060ff82168092036107125761061c613f8b565b610624614bfc565b600435916001600160a01b03831692838103610712575060c435906001600160801b038216918281036107125750833b156107125760e45f928360405196879485937fd505accf000000000000000000000000000000000000000000000000000000008552336004860152306024860152604485015261014435606485015260848401526101843560a48401526101a43560c48401525af16106ff575b6020906106d46106cf614df5565b614e6f565b907f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b505f61070a91613931565b60205f6106c1565b5f80fd5b346107125760603660031901126107125761072f613464565b6024356001600160601b0381169081810361071257604435906001600160401b0382116107125736602383011215610712578160040135906001600160401b038211610712576024830192602436916060850201011161071257610791614b30565b83158015610a28575b6109ac576001600160a01b035f9516945b8281106108ed57508461088c576001600160401b036004541673ffffffffffffffffffffffff00000000000000008360a01b9260401b1617176004555b80604051936040850190855260406020860152526060830191905f905b80821061083557857f815e42f8bf5dfd31a8a44d3c8e3baac4ed76a49f1d47b35e4f591f89c46a4c0286860387a2005b90919283356001600160801b038116809103610712578152602084013563ffffffff811680910361071257602082015260408401359081151580920361071257606081600193604083940152019401920190610805565b5060405161089981613916565b8381526020810160ff83168152855f52600b6020526001600160601b0360405f209251166cff0000000000000000000000008354925160601b16916cffffffffffffffffffffffffff1916171790556107e8565b801515806109d4575b6109ac57610905818486613e2a565b90865f52600c60205260405f20815f5260205260405f206001600160801b0361092d84613b07565b169281549060208101359063ffffffff821682036107125760400135801515809103610712576001957fffffffffffffffffffffff00000000000000000000000000000000000000000074ff000000000000000000000000000000000000000063ffffffff60801b9360a01b169416179160801b1617179055016107ab565b7fd06b96b1000000000000000000000000000000000000000000000000000000005f5260045ffd5b506109e86109e3828587613e2a565b613b07565b5f198201828111610a14576001600160801b03610a0a6109e38293888a613e2a565b16911611156108f6565b634e487b7160e01b5f52601160045260245ffd5b506008821161079a565b346107125760a036600319011261071257602061052b610a5061344e565b610a5861347a565b906084359160643591600435613dc4565b34610712575f3660031901126107125760206001600160a01b0360035416604051908152f35b34610712575f36600319011261071257602060405162278d008152f35b3461071257606036600319011261071257610ac5613438565b610acd61344e565b90610ad661347a565b916001600160401b03610ae7613952565b921692835f52601160205260405f206001600160a01b0383165f5260205260405f20549160018084161492835f14610c4557855f52601260205260405f206001600160a01b0383165f5260205260405f20905f5260205260405f206001600160a01b0383165f5260205260405f2054945b5f5260136020526001600160a01b0360405f2091165f526020526001600160a01b0360405f2091165f5260205260405f20549062015180420490835260208301916001600160801b0385168352604084019460801c8552818160801c145f14610c3d576001600160801b0316935b6001600160801b03606085019516855260018201809211610a145762015180820291808304620151801490151715610a145760a0946001600160801b0380928164ffffffffff968760808a019716875260405198511515895251166020880152511660408601525116606084015251166080820152f35b505f93610bc6565b505f94610b58565b346107125760a036600319011261071257610c66613438565b610c6e61344e565b90610c7761347a565b606435926001600160801b03841680940361071257608435916001600160801b03831691828403610712576001600160a01b0390610cb4866140cb565b16938415610daa576001600160401b031692835f52601160205260405f20855f5260205260405f20546001811615610d77575b917f10d357b880d7ba726286c83fe208b361e5f367d77e5f28a0cdd754ffab2fb343936001600160a01b0392604094875f526012602052855f20895f52602052855f20905f52602052845f208484165f526020527fffffffffffffffffffffffffffffffff00000000000000000000000000000000855f209160801b1689179055835197885260208801521694a4005b90915f198214610a14575f8581526011602090815260408083208984529091529020600192909201918290559190610ce7565b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b346107125760403660031901126107125760a06001600160801b0363ffffffff6080610dfc613464565b610e0461344e565b6001600160a01b03610e14613952565b92610e1f838261559b565b971684528560208501971687521690815f52600d60205260405f206001600160a01b0382165f5260205264ffffffffff60405f2054881c1690428211610eaa575b50505082604051946001600160801b0383511686525116602085015264ffffffffff60408201511660408501526001600160801b0360608201511660608501520151166080820152f35b85925f52600e6020526001600160a01b0360405f2091165f5260205260405f20549060408401526001600160801b0381166060840152831c1682820152858080610e60565b3461071257604036600319011261071257610f08613438565b6001600160a01b03610f1861344e565b610f21836140cb565b16908115610daa576001600160401b0316805f52601060205260405f20825f5260205260ff60405f205416610fe057805f52601060205260405f20825f5260205260405f20600160ff19825416179055805f52600f60205260405f2063ffffffff815460c81c169063ffffffff8214610a14576001610fba920163ffffffff60c81b1963ffffffff60c81b83549260c81b169116179055565b7f620a50c42d9f112c0f97e393edce9c9d399dfc68fe1379909f7745e10f4a67fc5f80a3005b7ff688846c000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b34610712576020366003190112610712576004356001600160401b0381116107125761103e9036906004016136e6565b90611047613f8b565b5f905f925b808410611081576020835f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b909161108e848385613d83565b35805f52600660205260405f205490811580156110d0575b6110c557916110b96001939284936141d2565b01935b0192919061104c565b5050926001906110bc565b5064ffffffffff8260a81c1642106110a6565b34610712576060366003190112610712576110fc613464565b6024356001600160801b0381168103610712576044359063ffffffff821682036107125761112992613be4565b005b34610712575f366003190112610712576020604051620249f08152f35b3461071257604036600319011261071257611161613464565b61116961344e565b90611172613f8b565b6001600160a01b038216908115610daa576001600160a01b031691825f52600a60205260405f206001600160a01b0333165f5260205260405f205491821561124a57835f52600a60205260405f206001600160a01b0333165f526020525f6040812055604051908152826020820152837f862bd5b58d76df76b7c2e7990b4cb56a94e8bf0b4fd816592500fd3100117f1160403393a38261123c576112179250615552565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b611245926154d4565b611217565b837f53ead58b000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b611283366134bd565b9161128c613f8b565b611295816140cb565b826001600160a01b0383169283155f14611347575080340361133157506001600160401b03905b16805f52601460205260405f20825f5260205260405f206112de848254613ae4565b90556040519283527f2c9f2590dfbc22c4a52e3af4a9e5f26a0336d773532e1bd6b1e8732c06dcadc960203394a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b630626ade360e41b5f523460045260245260445ffd5b909193503461136a576001600160401b0391611364913390614236565b926112bc565b630626ade360e41b5f52346004525f60245260445ffd5b346107125760403660031901126107125761139a613438565b6001600160401b036113aa61344e565b91165f5260106020526001600160a01b0360405f2091165f52602052602060ff60405f2054166040519015158152f35b34610712576020366003190112610712576113f3613b43565b50610280611402600435615363565b61140f6040518092613593565bf35b34610712575f3660031901126107125760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346107125760203660031901126107125761121760043561146a613f8b565b61147381614b44565b90805f5260066020525f604081205561148c8183614bce565b906001600160801b03831692604051848152827f9ac853bf8a368b327a217cb33373cac776d93c200c4d6e29fc4f275ab1ef670660206001600160a01b03871693a3614077565b34610712576040366003190112610712576114ec613438565b6001600160a01b036114fc61344e565b611505836140cb565b16908115610daa576001600160401b03811691825f52600f6020526001600160a01b0361153560405f20936149dc565b166001600160a01b031983541617825560018201816001600160a01b031982541617905562015180420190814211610a1457825464ffffffffff60a01b191660a083901b64ffffffffff60a01b16179092557f0e563f7efafec0b9fb82cb65ee2c4db38bc047f4dcb66779724b2572b7cd73289160409164ffffffffff1682519182526020820152a2005b34610712576020366003190112610712576115d9613464565b6115e281615252565b80516001600160601b03168061175f575060ff6020600193925b0151169061160982613acd565b916116176040519384613931565b808352611626601f1991613acd565b015f5b8181106117305750506001600160a01b03165f5b82518110156116b157600190825f52600c60205260405f20815f5260205260405f2060ff6040519161166e836138fb565b546001600160801b038116835263ffffffff8160801c16602084015260a01c161515604082015261169f8286613b1b565b526116aa8185613b1b565b500161163d565b5050906040519182916001600160601b0360408401911683526040602084015281518091526020606084019201905f5b8181106116ef575050500390f35b9193509160206060600192604087516001600160801b03815116835263ffffffff8582015116858401520151151560408201520194019101918493926116e1565b602090604095939551611742816138fb565b5f81525f838201525f604082015282828701015201939193611629565b602060ff9193926115fc565b3461071257602036600319011261071257600435611787613f8b565b805f52600660205260405f205480156118e257815f5260086020526001600160a01b0360405f2054168033148015906118da575b611852575b5064ffffffffff8160a81c16918242101561183b576112179250805f5260066020525f60408120556117f28183614bce565b906001600160801b038316926040518481526001600160a01b03841690837f41bef2bba8fc0ea7519b46c8cc4df4d7660678af4ec2d7e3dc8e537bac6998a460203393a4614077565b905063122ec4d760e21b5f5260045260245260445ffd5b600160f71b8216158015611895575b156117c057827f2c00bbe9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50825f5260066020526001600160401b03600360405f20015460a01c165f52601060205260405f206001600160a01b0333165f5260205260ff60405f20541615611861565b5080156117bb565b5061415b565b34610712576040366003190112610712576040611920611906613464565b6024359060ff602061191783615252565b015116906152d8565b63ffffffff83519216825215156020820152f35b61016036600319011261071257611949613438565b6101403660231901126107125761195e613f8b565b3461136a5761ffff6084351660843503610712576003604435101561071257611988604435613589565b60443561227e57600161ffff608435160361226057610104356001600160a01b038116908181036107125750156122385761012435612229575b60a4359063ffffffff821682141580610712576201518063ffffffff8416116122095760c4359063ffffffff821682141591826107125761012c63ffffffff82161080156121f4575b6121c757602435926001600160a01b0384168403610712576001600160801b03611a33613af1565b166001600160401b0386165f52600f6020526001600160a01b0360405f205416156121ab576001600160401b0386165f52601160205260405f206001600160a01b0333165f5260205260405f2054600181161561217e576001600160401b0387165f52601260205260405f206001600160a01b0333165f5260205260405f20905f5260205260405f206001600160a01b0386165f5260205260405f2054801561217e576001600160801b03811680831161214f5750620151804204906001600160401b0388165f52601360205260405f206001600160a01b0333165f5260205260405f206001600160a01b0388165f5260205260405f2054828160801c145f14612140576001600160801b038091165b169060801c80611b538584613ae4565b116120cb575082611b6391613ae4565b6001600160401b0388165f52601360205260405f206001600160a01b0333165f5260205260405f206001600160a01b0388165f5260205260405f209160801b1790556001600160401b0386165f52601460205260405f206001600160a01b0386165f5260205260405f20548082116120a85790611bdf916138bf565b6001600160401b0386165f52601460205260405f206001600160a01b0386165f5260205260405f20556001600160801b03611c18613af1565b1692600454966001600160a01b038616155f14612076576001600160601b038860401c169160ff8960a01c16905b831561206d575b611c5d61ffff6084351685613db1565b87106120475761071257611c71873361559b565b9080881180612038575b61201f57505085611c8c91886152d8565b959060016001600160401b0381818d1601169a01600455611cae604435613589565b611cb9604435613589565b604435612004575f945b6107125780611ffc57505f935b6001600160a01b038816611ff1575f955b8715611feb57600160f51b5b6001600160401b038b16611fe0575f905b8c5f52600660205260405f209817178260f21b60443560f01b61ffff60d01b60843560d01b1663ffffffff851663ffffffff891642010160a81b63ffffffff8916420160801b8817171717171787556001600160a01b0361010435166101043503610712576001600160601b0364ffffffffff979563ffffffff9485948a988e8e8560a01b6001600160a01b0361010435161760018401558360f81b8d60443560f01b9060c81b4260a01b331717171760028401556001600160a01b03811615156001600160a01b03821615611fce575b611f94575b505050611de081613589565b6001600160a01b036040519d168d52611dfa604435613589565b60443560208e0152611e0b81613589565b60408d015260608c015261ffff6084351660808c01521660a08a01528482851642011660c08a01521691164201011660e08501521661010083015215156101208201526001600160a01b03610104351690837fc684aa51934d9386f74c42ee499e7b4eb9d220f554837e31280ee7546a45975e6101403393a4816101243580611f55575b505061014435916001600160a01b0383168084036107125760209381611f0d575b5050604051916001600160401b03339116827f971737b0f1d886cec0e617c5adcdb011708a8c9db259d268bcae8ef8c4db8b405f80a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d8152f35b825f526008855260405f20826001600160a01b031982541617905550817f65b71688ffda6ebbb7a73faa75353a6a2d6b7c6fc15c0571374dea43e62214175f80a38380611eb0565b60207fcc7b35b1894b398b0cfe282351fcc5a2b0cb247ba99771b9a03252394ffefe5f91835f52600782528060405f2055604051908152a28183611e8f565b6001600160a01b037bffffffffffffffff000000000000000000000000000000000000000060039360a01b169116179101558f8e8e611dd4565b506001600160401b0382161515611dcf565b600160f71b90611cfe565b5f611ced565b600160f41b95611ce1565b420193611cd0565b60643560038110156107125761201981613589565b94611cc3565b8763bed6c6d160e01b5f5260045260245260445260645ffd5b508163ffffffff851610611c7b565b8661205860843561ffff1686613db1565b90625a5b2760e31b5f5260045260245260445ffd5b60019350611c4d565b6001600160a01b0386165f908152600b60205260409020546001600160601b0381169260609190911c60ff1690611c46565b906001600160401b038763520e008760e01b5f521660045260245260445260645ffd5b9080821115612138576120dd916138bf565b60018201809211610a145762015180820291808304620151801490151715610a145764ffffffffff927f0627b733000000000000000000000000000000000000000000000000000000005f526004526024521660445260645ffd5b50505f6120dd565b506001600160801b035f611b43565b827f391156d3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001600160a01b03866001600160401b03896327240f5f60e01b5f5216600452336024521660445260645ffd5b6001600160401b0386630240bc8b60e21b5f521660045260245ffd5b82610712578063ffffffff9150632eabc97b60e21b5f521660045261012c60245262278d0060445260645ffd5b505f925062278d0063ffffffff821611611a0b565b63ffffffff8363d474bb7f60e01b5f52166004526201518060245260445ffd5b6368efef7b60e01b5f5260045ffd5b7fac9e9589000000000000000000000000000000000000000000000000000000005f5260045ffd5b635f9742e360e01b5f5261ffff60843516600452600160245260445ffd5b61ffff6084351615801561237a575b61235b576064356003811015610712576122a681613589565b806122d65750610104356001600160a01b038116908181036107125750156122385761012435612229575b6119c2565b6001906122e281613589565b0361231b57610124351561223857610104356001600160a01b038116908181036107125750156119c2576368efef7b60e01b5f5260045ffd5b610104356001600160a01b0381169081810361071257501580159061234f575b156122d1576368efef7b60e01b5f5260045ffd5b5061012435151561233b565b635f9742e360e01b5f5261ffff6084351660045261271060245260445ffd5b5061271061ffff608435161161228d565b34610712575f3660031901126107125760206001600160401b0360045416604051908152f35b34610712575f3660031901126107125760206001600160a01b0360025416604051908152f35b610140366003190112610712576123ec613f8b565b6123f4614bfc565b60206124016106cf614df5565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b34610712576020366003190112610712576001600160a01b0361244d613464565b168015610daa576005546001600160401b038116916001600160401b038314610a14576001600160401b036001602094011680926001600160401b0319161760055560405161249b816138cc565b8181526001600160a01b036001818684015f815261253463ffffffff6040870185815261251464ffffffffff60608a01955f87528c5f52600f8e52878060405f209c5116166001600160a01b03198c5416178b555116899064ffffffffff60a01b1964ffffffffff60a01b83549260a01b169116179055565b51875463ffffffff60c81b1916911660c81b63ffffffff60c81b16178655565b5116920191166001600160a01b0319825416179055815f526010835260405f206001600160a01b0333165f52835260405f20600160ff19825416179055604051908152817fcbefd3770bdf95ac7fde151091be76475afe101e63117697b82e97383df8c1dd843393a36040519033817f620a50c42d9f112c0f97e393edce9c9d399dfc68fe1379909f7745e10f4a67fc5f80a38152f35b34610712576040366003190112610712576125e4613438565b6001600160401b036125f461344e565b916125fe816140cb565b1690815f52601160205260405f206001600160a01b0382165f5260205260405f205490600182161561267f5760018201809211610a14576001600160a01b0391835f52601160205260405f208383165f5260205260405f205516907f5957e688c5003a6d8d0c7fa9bde40eda4940e573216a002b1ab13962c578017f5f80a3005b6001600160a01b0390836327240f5f60e01b5f52600452166024525f60445260645ffd5b34610712576020366003190112610712576004356126bf613f8b565b6126c881614b44565b600160f61b81161561274c5764ffffffffff8160a81c16918242101561183b576112179250805f5260066020525f60408120556127058183614bce565b906001600160801b03831692604051848152827f07263dc7128bb65a30f904ecdceb6e62d79dba90aca7ad6dbab84c755144b2b560206001600160a01b03871693a3614077565b507f10702dac000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346107125760403660031901126107125761279161344e565b6004355f5260096020526001600160a01b0360405f2091165f52602052602060405f20541515604051908152f35b34610712575f3660031901126107125761287a6127fb7f0000000000000000000000000000000000000000000000000000000000000000615794565b61039a6128277f0000000000000000000000000000000000000000000000000000000000000000615794565b61288860405191612839602084613931565b5f83525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e0602088015260e0870190613514565b908582036040870152613514565b904660608501523060808501525f60a085015283820360c0850152613538565b34610712575f36600319011261071257336001600160a01b03600354160361291e576001600160a01b031960035416600355600254336001600160a01b03198216176002556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610712575f36600319011261071257612962614b30565b6001600160a01b0319600354166003555f6001600160a01b036002546001600160a01b03198116600255167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b346107125760c0366003190112610712576004356129cf61344e565b604435906064356084356001600160401b038111610712576129f5903690600401613490565b9160a4356001600160401b03811161071257612a15903690600401613490565b91612a1e613f8b565b804211612b2b5790612a37612a3d93928833898c613dc4565b86614a75565b15612af65790612a4e9183866145a7565b93909283811015612aef575b604051818152827fd8c8385171aebab7815b872da530169bb110f08ecbfecf1fd07eb1d4c84fee2160203393a380612adf575b808403612ab9575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b612ac9612acf92612ad596614b06565b936138bf565b916143e9565b8080808080611217565b612aea8183876149a1565b612a8d565b5082612a5a565b6001600160a01b03837f59602465000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7f3499c5ce000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610712575f3660031901126107125760206040517f1ba478f2745cfe179a54cf4a13d5137a2a141403e74a004410f4c49774a02d4d8152f35b6134f7565b3461071257604036600319011261071257602061052b612bb361344e565b600435613a70565b34610712575f36600319011261071257602060405161012c8152f35b34610712575f3660031901126107125760206001600160401b0360055416604051908152f35b346107125760203660031901126107125760a0612c20612c1b613438565b61398c565b63ffffffff6080604051926001600160401b0381511684526001600160a01b0360208201511660208501526001600160a01b03604082015116604085015264ffffffffff60608201511660608501520151166080820152f35b34610712575f3660031901126107125760206040516127108152f35b3461071257602036600319011261071257600435612cb1613f8b565b612cba81613fff565b9164ffffffffff8260801c169283421015612d3d575f828152600660205260408120556112179350600160f71b8316612d3557905b6001600160801b03831692604051848152827fbd9683704f1bef2882adc628824892505cb0e01d35a42e7cc1c915e03f6c3fcc60206001600160a01b03871693a3614077565b505f90612cef565b83827f39b488c0000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461071257612d7b366134bd565b90612d84613f8b565b612d8d836140cb565b6001600160401b03831690815f52601460205260405f206001600160a01b0382165f5260205260405f2054938315612e5c57848411612e4257612dfc90612dd785611217976138bf565b845f52601460205260405f206001600160a01b0385165f5260205260405f20556149dc565b916040518481526001600160a01b038416917fbc20156f3be54ee1bd4e597f2bd07ab5344ff4ce0b95307b432cc49ec82df83960206001600160a01b03861693a46143e9565b505063520e008760e01b5f5260045260245260445260645ffd5b625a5b2760e31b5f525f600452600160245260445ffd5b34610712576040366003190112610712576024356004356001600160401b03821161071257612ebc612eac611217933690600401613490565b90612eb5613f8b565b33846145a7565b9190916149a1565b3461071257604036600319011261071257612edd61344e565b6004355f5260096020526001600160a01b0360405f2091165f52602052602060405f205460011c604051908152f35b604036600319011261071257602435600435612f26613f8b565b805f52600960205260405f206001600160a01b0333165f5260205260405f205480156130b45760011c8215612e5c5780831161308557612f68836001926138bf565b811b17815f52600960205260405f206001600160a01b0333165f5260205260405f2055805f526006602052600360405f200154906001600160a01b038216839281155f146130655784340361304e576001600160401b03905b60a01c16938415801561304757612fed845f5260066020526001600160a01b03600260405f2001541690565b915b6040519081528560208201526001600160a01b03831690857fb7e37b8a15405103967d2155fcee22e8988767eace53d13eb33ce7a79cfa2c7060403393a461303b575061121793614540565b915061124593506143e9565b5f91612fef565b84630626ade360e41b5f523460045260245260445ffd5b92503461136a576001600160401b0361307f853384614236565b93612fc1565b907fb1d4fec3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f906fe24a000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b34610712576040366003190112610712576130fd613464565b6001600160a01b0361310d61344e565b91165f52600a6020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b3461071257602036600319011261071257600435613154613f8b565b805f52600660205260405f205480156118e25764ffffffffff8160a81c16918242106131845761121792506141d2565b90507f9bbe56c8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b34610712576040366003190112610712576131cd613438565b6001600160401b036131dd61344e565b91165f5260146020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b3461071257604036600319011261071257613221613438565b6001600160401b0361323161344e565b9161323b816140cb565b1690815f52601060205260405f206001600160a01b0382165f5260205260ff60405f2054161561334457815f52600f602052600163ffffffff60405f205460c81c161461331857815f52601060205260405f206001600160a01b0382165f5260205260405f2060ff198154169055815f52600f60205260405f209063ffffffff825460c81c168015610a1457825463ffffffff60c81b19165f1990910160c81b63ffffffff60c81b16179091556001600160a01b0316907fada3fc4f782602de54524f049d269a55e67f628eae76f11326168c9ac96c72f15f80a3005b507f7975c0ef000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160a01b03917f360f2bb0000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b34610712575f3660031901126107125760206040517fe6005dc29cf05c859a4e090e0b62b660ac28545b9497c3a7cbc6489325f7f5c38152f35b34610712576020366003190112610712576133cf613f8b565b611217600435613716565b34610712575f36600319011261071257602060405161c3508152f35b34610712575f36600319011261071257602060405160088152f35b3461071257608036600319011261071257602061052b606435604435602435600435613f06565b600435906001600160401b038216820361071257565b602435906001600160a01b038216820361071257565b600435906001600160a01b038216820361071257565b604435906001600160a01b038216820361071257565b9181601f84011215610712578235916001600160401b038311610712576020838186019501011161071257565b6060906003190112610712576004356001600160401b038116810361071257906024356001600160a01b0381168103610712579060443590565b34610712575f366003190112610712576020604051620151808152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b90602080835192838152019201905f5b8181106135555750505090565b8251845260209384019390920191600101613548565b6005111561357557565b634e487b7160e01b5f52602160045260245ffd5b6003111561357557565b61026080918051845260208101516135aa8161356b565b602085015260408101516135bd81613589565b604085015260608101516135d081613589565b60608501526001600160a01b0360808201511660808501526001600160a01b0360a08201511660a085015260c081015160c085015261ffff60e08201511660e085015261ffff610100820151166101008501526001600160601b03610120820151166101208501526001600160a01b03610140820151166101408501526101608101516101608501526001600160a01b03610180820151166101808501526001600160401b036101a0820151166101a085015264ffffffffff6101c0820151166101c085015264ffffffffff6101e0820151166101e085015264ffffffffff6102008201511661020085015264ffffffffff61022082015116610220850152610240810151151561024085015201511515910152565b9181601f84011215610712578235916001600160401b038311610712576020808501948460051b01011161071257565b61371f81613fff565b91805f52600660205264ffffffffff600260405f20015460c81c1680156138935780421015613864575060038260f01c161580613855575b6137ca575f818152600660205260408120556137c092600160f71b83166137c257905b6001600160801b03831692604051848152827f4e779001472ae0568fbfbcd04c3d762ce549ea84aec67078097f473c3213a4ae60206001600160a01b03871693a3614077565b565b505f9061377a565b90600160f61b8116613829575f828152600660205260408120600160f61b9290921782556001909101546001600160a01b03908116931691907f7e878589f0e08f130bec75fc12915fa2f781ccd25a80db0dc7ef7203320f64659080a4565b507f86a85fe8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50600160f51b82161515613757565b907f1d0dc5f2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507fdfacd5f9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b91908203918211610a1457565b608081019081106001600160401b038211176138e757604052565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b038211176138e757604052565b604081019081106001600160401b038211176138e757604052565b90601f801991011681019081106001600160401b038211176138e757604052565b6040519060a082018281106001600160401b038211176138e7576040525f6080838281528260208201528260408201528260608201520152565b90613995613952565b916001600160401b03811690815f52600f60205260405f2091604051916139bb836138cc565b8354916001600160a01b03831680855260606001600160a01b036001602088019864ffffffffff8860a01c168a5263ffffffff60408a019860c81c168852015416950194855215613a6957916001600160a01b03613a2263ffffffff938296958a526149dc565b1660208801525116608086015251169081151580613a58575b613a43575050565b64ffffffffff91604085015251166060830152565b5064ffffffffff8151164210613a3b565b5050505050565b613aca916001600160a01b036040519160208301937f1ba478f2745cfe179a54cf4a13d5137a2a141403e74a004410f4c49774a02d4d8552604084015216606082015260608152613ac2608082613931565b519020614a34565b90565b6001600160401b0381116138e75760051b60200190565b91908201809211610a1457565b60e4356001600160801b03811681036107125790565b356001600160801b03811681036107125790565b8051821015613b2f5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b6040519061028082018281106001600160401b038211176138e7576040525f610260838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201520152565b63ffffffff8316620151808111613d6a57613bff823361559b565b90918181101580613d4f575b613cc15762015180420191824211610a14576001600160a01b039564ffffffffff946001600160801b0392335f52600d60205260405f208989165f5260205260405f20918660a01b9160801b171790551695335f52600e60205260405f208686165f5260205263ffffffff60801b60405f209160801b1687179055604051958652602086015216604084015216907f587e31914a8cf3abf2cca5f9da5d2a17593228d66ea405899caffaf51136bf1a60603392a3565b9150506001600160801b036001600160a01b03931693335f52600d60205260405f208484165f5260205263ffffffff60801b60405f209160801b1685179055335f52600e60205260405f208383165f526020525f6040812055604051938452602084015216907f17a15b2f84589a6801496b517cf87e0a5c30fbff0aa60a30abe20c3cf4228fbd60403392a3565b506001600160801b03851683101580613c0b57508115613c0b565b63d474bb7f60e01b5f526004526201518060245260445ffd5b9190811015613b2f5760051b0190565b8115613d9d570490565b634e487b7160e01b5f52601260045260245ffd5b81810292918115918404141715610a1457565b926001600160a01b03613aca959293816040519560208701977fe6005dc29cf05c859a4e090e0b62b660ac28545b9497c3a7cbc6489325f7f5c38952604088015216606086015216608084015260a083015260c082015260c08152613ac260e082613931565b9190811015613b2f576060020190565b805f52600660205260405f2054908115613efc576001600160801b038216905f52600660205264ffffffffff600260405f20015460c81c1664ffffffffff8360801c16804210613ef1575064ffffffffff8360a81c169283421015613ee457814210613eaa575050505f915f9190565b91939092509060f081901c600316159081613ed4575b5015613ecd576004929190565b6003929190565b600160f51b91501615155f613ec0565b5050919050600191905f90565b925050916002929190565b50505f905f905f90565b92919281158015613f79575b613f455760018214613f3e57600191613f2a91613d93565b811b83821b900301908115613d9d57060190565b9250505090565b9091507f4e7cea4f000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b5083613f858383613d93565b10613f12565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c613fd75760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b805f52600660205260405f20549182156118e257614032825f5260066020526001600160a01b03600260405f2001541690565b916001600160a01b03831690813303614049575050565b7f19743c13000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b92919092600160f71b8116156140b9575050816137c0925f526006602052600360405f2001546001600160401b036001600160a01b0382169160a01c16614540565b6137c0936140c691614b06565b6143e9565b6001600160401b0316805f52600f6020526001600160a01b0360405f2054161561414957805f52601060205260405f206001600160a01b0333165f5260205260ff60405f2054161561411a5750565b7f33039711000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b630240bc8b60e21b5f5260045260245ffd5b801580156141be575b614193577f86b11995000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f3b479a9e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160401b03600454168111614164565b906137c091805f5260066020525f60408120556141ef8183614bce565b906001600160801b03831692604051848152827f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c460206001600160a01b03871693a3614077565b6001600160a01b039092919216604051916370a0823160e01b8352306004840152602083602481855afa928315614379575f936143b5575b506001600160a01b03604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004523060245260445260205f60648180855af160015f5114811615614396575b836040525f6060521561438457826024816020936370a0823160e01b82523060048301525afa8015614379575f90614345575b6142fd92506138bf565b906001600160801b03821161430e57565b507f7f162703000000000000000000000000000000000000000000000000000000005f526004526001600160801b0360245260445ffd5b506020823d602011614371575b8161435f60209383613931565b81010312610712576142fd91516142f3565b3d9150614352565b6040513d5f823e3d90fd5b635274afe760e01b5f5260045260245ffd5b60018115166143ac57813b15153d1516166142c0565b833d5f823e3d90fd5b9092506020813d6020116143e1575b816143d160209383613931565b810103126107125751915f61426e565b3d91506143c4565b916001600160a01b0382169233841461451c576001600160a01b0381169283159182156145135761c3505b6144235a91603f810490613ae4565b90619c408201809211610a1457106144eb578392156144a057505f808093819361c350f15b1561445257505050565b60207f5e6777bbce5269e6bf9b6dbe08117b87391de5da8bd1cf9430e4fe3911ee436a91835f52600a825260405f20855f52825260405f20614495828254613ae4565b9055604051908152a3565b9150506040519063a9059cbb60e01b5f52846004528260245260205f6044818085620249f0f19060015f51148216156144de575b5090604052614448565b3b15153d1516165f6144d4565b7f1c26714c000000000000000000000000000000000000000000000000000000005f5260045ffd5b620249f0614414565b6001600160a01b031692509082614537576137c09250615552565b6137c0926154d4565b60206001600160a01b036001600160401b037f595ecb8a4b38aa3bcd45e95b5c01b9d9e8873ccfb947a877c7947f100ce46734939695961693845f526014835260405f208282165f52835260405f2061459a878254613ae4565b90556040519586521693a4565b939193805f52600660205260405f20805494851561499b5764ffffffffff8660801c1680421061496c575064ffffffffff8660a81c1680421015614956575060018201549060038760f01c169788155f146147a55750506001600160a01b038116806001600160a01b0386160361478f57505b825f52600960205260405f20966001600160a01b0385165f528760205260405f2054614756576001600160801b0387169161ffff8860e01c166146648161ffff8b60d01c166138bf565b9260018403614709575050505080965b6001600160a01b0385165f5260205260405f20600188811b17905586145f146146d2575f905b557f4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed02660206001600160a01b03604051948886521693a3565b6146dc86866138bf565b7c01000000000000000000000000000000000000000000000000000000008101809111610a14579061469a565b60010361472257505061471c9082613d93565b96614674565b91608061471c936040519044825288602083015260408201526001600160a01b0389166060820152209160a01c9084613f06565b6001600160a01b0385857fa9214540000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b836304ef08e960e21b5f5260045260245260445ffd5b60038860f21c1680155f1461481257506001600160a01b036147d58185169384936147d08a8a613a70565b615760565b505016036147e3575061461a565b837fbfe1fba4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b600114614821575b505061461a565b5f91604081101580614943575b61490f575b50604001845f52600760205260405f20549060405192602084016001600160a01b038916948582526020815261486a604082613931565b5190206040516020810191825260208152614886604082613931565b519020915f915b8083106148d157505050036148a2578061481a565b837f67445441000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9091926148df848385613d83565b3590818110156148fe575f52602052600160405f205b9301919061488d565b905f52602052600160405f206148f5565b8092506040116107125760208101358092603f198101908111610a145760051c1061493b575b5f614833565b5f9150614935565b508060201161071257602082351461482e565b8363122ec4d760e21b5f5260045260245260445ffd5b837f28e0cfd7000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b8261415b565b909190600160f41b166149b9576137c0915033615552565b6137c0915f5260066020526001600160a01b03600360405f2001541633906154d4565b6001600160401b03165f52600f60205260405f206001600160a01b036001820154169081151580614a1f575b614a1b576001600160a01b039150541690565b5090565b5064ffffffffff815460a01c16421015614a08565b604290614a3f615644565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b929190833b614ab25790614a899291615760565b50600481101561357557159182614a9f57505090565b6001600160a01b03919250811691161490565b6064835f946020969460405194630b135d3f60e11b8652600486015260406024860152816044860152838501378281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d11161690565b600160f41b16614b1557505f90565b5f5260066020526001600160a01b03600360405f2001541690565b6001600160a01b0360025416330361291e57565b90815f52600660205260405f2054918215614bc95760038360f01c16614b9e57805f5260066020526001600160a01b03600160405f2001541690813303614b89575050565b6304ef08e960e21b5f5260045260245260445ffd5b7f7ce9354c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61415b565b600160f71b16614bf757613aca905f5260066020526001600160a01b03600260405f2001541690565b505f90565b60643561ffff8116908181036107125750602435600381101561071257614c2281613589565b614cfd5760018103614ce6575060e4356001600160a01b038116908181036107125750156122385761010435612229575b60843563ffffffff81169081810361071257620151808211614ccc57505060a43563ffffffff81169081811415806107125761012c83108015614cbe575b614c9a57505050565b6107125750632eabc97b60e21b5f5260045261012c60245262278d0060445260645ffd5b50505f62278d008311614c91565b5063d474bb7f60e01b5f526004526201518060245260445ffd5b635f9742e360e01b5f52600452600160245260445ffd5b80158015614dea575b614dd25750604435600381101561071257614d2081613589565b80614d4f575060e4356001600160a01b038116908181036107125750156122385761010435612229575b614c53565b600190614d5b81613589565b03614d935761010435156122385760e4356001600160a01b03811690818103610712575015614c53576368efef7b60e01b5f5260045ffd5b60e4356001600160a01b03811690818103610712575015801590614dc6575b15614d4a576368efef7b60e01b5f5260045ffd5b50610104351515614db2565b635f9742e360e01b5f5260045261271060245260445ffd5b506127108111614d06565b6004356001600160a01b0381168082036107125715614e35573461136a5760c435906001600160801b0382169081830361071257613aca92503390614236565b5060c4356001600160801b0381169081810361071257813403614e585750503490565b50630626ade360e41b5f523460045260245260445ffd5b906004356001600160a01b03811681036107125761ffff606435166064350361071257600454926001600160a01b038216615222576001600160601b038460401c169060ff8560a01c16915b801561521a575b614ed261ffff6064351682613db1565b8210615209576084359163ffffffff83169384840361071257614ef5863361559b565b9080841180615200575b6151e757505081614f1091876152d8565b9460016001600160401b0381818c16011699016004556003602435101561071257614f3c602435613589565b614f47602435613589565b6024356151cc575f945b5060a4359163ffffffff8316928381036107125750806151c457505f935b6001600160a01b0388166151b9575f905b87156151b257600160f51b945b8b5f52600660205260405f209560243560f01b93178860f21b8461ffff60d01b60643560d01b16888842010160a81b88420160801b8617171717171786556001600160a01b0360e4351660e435036107125764ffffffffff9788966001600160601b03948460a01b6001600160a01b0360e435161760018301558260f81b908a60c81b4260a01b331717171760028201556001600160a01b038c1615156001600160a01b038d16156151ab575b615196575b5061504981613589565b6001600160a01b036040519b168b52615063602435613589565b60243560208c015261507481613589565b60408b015260608a015261ffff6064351660808a01521660a0880152828142011660c08801524201011660e08501521661010083015215156101208201526001600160a01b0360e4351690837fc684aa51934d9386f74c42ee499e7b4eb9d220f554837e31280ee7546a45975e6101403393a4816101043580615157575b5050610124356001600160a01b038116908181036107125781615113575050565b835f52600860205260405f20826001600160a01b031982541617905550827f65b71688ffda6ebbb7a73faa75353a6a2d6b7c6fc15c0571374dea43e62214175f80a3565b60207fcc7b35b1894b398b0cfe282351fcc5a2b0cb247ba99771b9a03252394ffefe5f91835f52600782528060405f2055604051908152a2815f6150f2565b60036001600160a01b038d169101555f61503f565b505f61503a565b5f94614f8d565b600160f41b90614f80565b420193614f6f565b6044356003811015610712576151e181613589565b94614f51565b8363bed6c6d160e01b5f5260045260245260445260645ffd5b50818710614eff565b6120589061ffff6064351690613db1565b506001614ec2565b6001600160a01b0382165f908152600b6020526040902054606081901c60ff1691906001600160601b0316614ebb565b6001600160a01b039060405161526781613916565b5f81525f60208201525016806152a5575060045460ff6040519161528a83613916565b6001600160601b038160401c16835260a01c16602082015290565b5f52600b60205260405f2060ff604051916152bf83613916565b546001600160601b038116835260601c16602082015290565b9091906001600160a01b03165f5b8381106152f757505050505f905f90565b815f52600c60205260405f20815f526020526040805f2081519061531a826138fb565b54906001600160801b0382169081815260ff63ffffffff8460801c169384602084015260a01c16151593849101528511156153595750506001016152e6565b9590945092505050565b9061536c613b43565b91805f52600660205260405f209060028201549081156154cf57829164ffffffffff916001600160a01b03600160f61b9554946001600160401b0360036001830154920154848b526153bd886157eb565b6153c68161356b565b60208c015260ff8660f01c166153db81613589565b6153e481613589565b60408c01528560f81c6153f681613589565b6153ff81613589565b60608c015283861660808c015283811660a08c015260a01c166101a08a01526001600160801b03861660c08a015261ffff8660d01c1660e08a015261ffff8660e01c166101008a01528060a01c6101208a015216610140880152805f52600760205260405f20546101608801525f5260086020526001600160a01b0360405f205416610180870152818160a01c166101c0870152818360801c166101e0870152818360a81c1661020087015260c81c16610220850152600160f51b81161515610240850152161515610260830152565b505050565b916001600160a01b036040519263a9059cbb60e01b5f521660045260245260205f60448180865af19060015f5114821615615531575b604052156155155750565b6001600160a01b0390635274afe760e01b5f521660045260245ffd5b90600181151661554957823b15153d1516169061550a565b503d5f823e3d90fd5b5f80808085855af115615563575050565b6001600160a01b03907fa5b05eec000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b6001600160a01b03909291921691825f52600d60205260405f206001600160a01b0382165f5260205260405f205492831561563a5764ffffffffff8460a01c16801515908161562f575b50615604575b505063ffffffff6001600160801b0383169260801c1690565b909192505f52600e6020526001600160a01b0360405f2091165f5260205260405f2054905f806155eb565b90504210155f6155e5565b505090505f905f90565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480615737575b1561569f577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261573160c082613931565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614615676565b906041830361578a576157839250602081013591604082359201355f1a90615828565b9192909190565b50505f9160029190565b60ff811690601f82116157c357604051916157b0604084613931565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b80156158225764ffffffffff8160801c16421061581c5760a81c64ffffffffff16421061581757600390565b600290565b50600190565b50600490565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161589f579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15614379575f516001600160a01b0381161561589557905f905f90565b505f906001905f90565b5050505f916003919056",
}

// HongbaoEscrow is an auto generated Go binding around an Ethereum contract.
type HongbaoEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HongbaoEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewHongbaoEscrow creates a new instance of HongbaoEscrow.
func NewHongbaoEscrow() *HongbaoEscrow {
	parsed, err := HongbaoEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HongbaoEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HongbaoEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (hongbaoEscrow *HongbaoEscrow) PackConstructor(initialOwner common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCHANGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65b1342c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHANGE_DELAY() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackCHANGEDELAY() []byte {
	enc, err := hongbaoEscrow.abi.Pack("CHANGE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHANGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65b1342c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHANGE_DELAY() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackCHANGEDELAY() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("CHANGE_DELAY")
}

// UnpackCHANGEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65b1342c.
//
// Solidity: function CHANGE_DELAY() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackCHANGEDELAY(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("CHANGE_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCLAIMFORTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ed1483b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLAIM_FOR_TYPEHASH() view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) PackCLAIMFORTYPEHASH() []byte {
	enc, err := hongbaoEscrow.abi.Pack("CLAIM_FOR_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLAIMFORTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ed1483b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLAIM_FOR_TYPEHASH() view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) TryPackCLAIMFORTYPEHASH() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("CLAIM_FOR_TYPEHASH")
}

// UnpackCLAIMFORTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ed1483b.
//
// Solidity: function CLAIM_FOR_TYPEHASH() view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) UnpackCLAIMFORTYPEHASH(data []byte) ([32]byte, error) {
	out, err := hongbaoEscrow.abi.Unpack("CLAIM_FOR_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) PackCLAIMTYPEHASH() []byte {
	enc, err := hongbaoEscrow.abi.Pack("CLAIM_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) TryPackCLAIMTYPEHASH() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("CLAIM_TYPEHASH")
}

// UnpackCLAIMTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0509b1.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) UnpackCLAIMTYPEHASH(data []byte) ([32]byte, error) {
	out, err := hongbaoEscrow.abi.Unpack("CLAIM_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4125ff90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DELAY() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackMAXDELAY() []byte {
	enc, err := hongbaoEscrow.abi.Pack("MAX_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4125ff90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DELAY() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackMAXDELAY() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("MAX_DELAY")
}

// UnpackMAXDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4125ff90.
//
// Solidity: function MAX_DELAY() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackMAXDELAY(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("MAX_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSHARES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8ff57b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SHARES() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackMAXSHARES() []byte {
	enc, err := hongbaoEscrow.abi.Pack("MAX_SHARES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSHARES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8ff57b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SHARES() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackMAXSHARES() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("MAX_SHARES")
}

// UnpackMAXSHARES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e8ff57b.
//
// Solidity: function MAX_SHARES() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackMAXSHARES(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("MAX_SHARES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTIERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07c3d4af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TIERS() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackMAXTIERS() []byte {
	enc, err := hongbaoEscrow.abi.Pack("MAX_TIERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTIERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07c3d4af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TIERS() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackMAXTIERS() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("MAX_TIERS")
}

// UnpackMAXTIERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07c3d4af.
//
// Solidity: function MAX_TIERS() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackMAXTIERS(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("MAX_TIERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe01b402d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TTL() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackMAXTTL() []byte {
	enc, err := hongbaoEscrow.abi.Pack("MAX_TTL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe01b402d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TTL() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackMAXTTL() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("MAX_TTL")
}

// UnpackMAXTTL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe01b402d.
//
// Solidity: function MAX_TTL() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackMAXTTL(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("MAX_TTL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4640d926.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_TTL() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackMINTTL() []byte {
	enc, err := hongbaoEscrow.abi.Pack("MIN_TTL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4640d926.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_TTL() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackMINTTL() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("MIN_TTL")
}

// UnpackMINTTL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4640d926.
//
// Solidity: function MIN_TTL() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackMINTTL(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("MIN_TTL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPUSHGASNATIVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ebda832.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PUSH_GAS_NATIVE() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackPUSHGASNATIVE() []byte {
	enc, err := hongbaoEscrow.abi.Pack("PUSH_GAS_NATIVE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPUSHGASNATIVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ebda832.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PUSH_GAS_NATIVE() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackPUSHGASNATIVE() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("PUSH_GAS_NATIVE")
}

// UnpackPUSHGASNATIVE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ebda832.
//
// Solidity: function PUSH_GAS_NATIVE() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackPUSHGASNATIVE(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("PUSH_GAS_NATIVE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPUSHGASTOKEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4be2554.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PUSH_GAS_TOKEN() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackPUSHGASTOKEN() []byte {
	enc, err := hongbaoEscrow.abi.Pack("PUSH_GAS_TOKEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPUSHGASTOKEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4be2554.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PUSH_GAS_TOKEN() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackPUSHGASTOKEN() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("PUSH_GAS_TOKEN")
}

// UnpackPUSHGASTOKEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4be2554.
//
// Solidity: function PUSH_GAS_TOKEN() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackPUSHGASTOKEN(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("PUSH_GAS_TOKEN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (hongbaoEscrow *HongbaoEscrow) PackAcceptOwnership() []byte {
	enc, err := hongbaoEscrow.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackAcceptOwnership() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("acceptOwnership")
}

// PackAddOrgAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd561da8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addOrgAdmin(uint64 orgId, address admin) returns()
func (hongbaoEscrow *HongbaoEscrow) PackAddOrgAdmin(orgId uint64, admin common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("addOrgAdmin", orgId, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddOrgAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd561da8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addOrgAdmin(uint64 orgId, address admin) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackAddOrgAdmin(orgId uint64, admin common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("addOrgAdmin", orgId, admin)
}

// PackApproveUndo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x884fe98e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveUndo(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) PackApproveUndo(id *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("approveUndo", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveUndo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x884fe98e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveUndo(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackApproveUndo(id *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("approveUndo", id)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38926b6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 id, bytes auth) returns()
func (hongbaoEscrow *HongbaoEscrow) PackClaim(id *big.Int, auth []byte) []byte {
	enc, err := hongbaoEscrow.abi.Pack("claim", id, auth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38926b6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 id, bytes auth) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackClaim(id *big.Int, auth []byte) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("claim", id, auth)
}

// PackClaimDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x619a6b89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimDigest(uint256 id, address claimer) view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) PackClaimDigest(id *big.Int, claimer common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("claimDigest", id, claimer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x619a6b89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimDigest(uint256 id, address claimer) view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) TryPackClaimDigest(id *big.Int, claimer common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("claimDigest", id, claimer)
}

// UnpackClaimDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x619a6b89.
//
// Solidity: function claimDigest(uint256 id, address claimer) view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) UnpackClaimDigest(data []byte) ([32]byte, error) {
	out, err := hongbaoEscrow.abi.Unpack("claimDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaimFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7033d0b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimFor(uint256 id, address claimer, uint256 maxFee, uint256 deadline, bytes auth, bytes signature) returns()
func (hongbaoEscrow *HongbaoEscrow) PackClaimFor(id *big.Int, claimer common.Address, maxFee *big.Int, deadline *big.Int, auth []byte, signature []byte) []byte {
	enc, err := hongbaoEscrow.abi.Pack("claimFor", id, claimer, maxFee, deadline, auth, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7033d0b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimFor(uint256 id, address claimer, uint256 maxFee, uint256 deadline, bytes auth, bytes signature) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackClaimFor(id *big.Int, claimer common.Address, maxFee *big.Int, deadline *big.Int, auth []byte, signature []byte) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("claimFor", id, claimer, maxFee, deadline, auth, signature)
}

// PackClaimForDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88cfdbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimForDigest(uint256 id, address claimer, address relayer, uint256 maxFee, uint256 deadline) view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) PackClaimForDigest(id *big.Int, claimer common.Address, relayer common.Address, maxFee *big.Int, deadline *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("claimForDigest", id, claimer, relayer, maxFee, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimForDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88cfdbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimForDigest(uint256 id, address claimer, address relayer, uint256 maxFee, uint256 deadline) view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) TryPackClaimForDigest(id *big.Int, claimer common.Address, relayer common.Address, maxFee *big.Int, deadline *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("claimForDigest", id, claimer, relayer, maxFee, deadline)
}

// UnpackClaimForDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe88cfdbc.
//
// Solidity: function claimForDigest(uint256 id, address claimer, address relayer, uint256 maxFee, uint256 deadline) view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) UnpackClaimForDigest(data []byte) ([32]byte, error) {
	out, err := hongbaoEscrow.abi.Unpack("claimForDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaimedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x381e4a05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimedAmount(uint256 id, address account) view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackClaimedAmount(id *big.Int, account common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("claimedAmount", id, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x381e4a05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimedAmount(uint256 id, address account) view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackClaimedAmount(id *big.Int, account common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("claimedAmount", id, account)
}

// UnpackClaimedAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x381e4a05.
//
// Solidity: function claimedAmount(uint256 id, address account) view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackClaimedAmount(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("claimedAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateOrg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a8cbd81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createOrg(address treasury) returns(uint64 orgId)
func (hongbaoEscrow *HongbaoEscrow) PackCreateOrg(treasury common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("createOrg", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateOrg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a8cbd81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createOrg(address treasury) returns(uint64 orgId)
func (hongbaoEscrow *HongbaoEscrow) TryPackCreateOrg(treasury common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("createOrg", treasury)
}

// UnpackCreateOrg is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a8cbd81.
//
// Solidity: function createOrg(address treasury) returns(uint64 orgId)
func (hongbaoEscrow *HongbaoEscrow) UnpackCreateOrg(data []byte) (uint64, error) {
	out, err := hongbaoEscrow.abi.Unpack("createOrg", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDecline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0355f4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decline(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) PackDecline(id *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("decline", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0355f4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decline(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackDecline(id *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("decline", id)
}

// PackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployBlock() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackDeployBlock() []byte {
	enc, err := hongbaoEscrow.abi.Pack("deployBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec191a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployBlock() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackDeployBlock() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("deployBlock")
}

// UnpackDeployBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3ec191a.
//
// Solidity: function deployBlock() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackDeployBlock(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("deployBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) PackDomainSeparator() []byte {
	enc, err := hongbaoEscrow.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) TryPackDomainSeparator() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (hongbaoEscrow *HongbaoEscrow) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := hongbaoEscrow.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (hongbaoEscrow *HongbaoEscrow) PackEip712Domain() []byte {
	enc, err := hongbaoEscrow.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (hongbaoEscrow *HongbaoEscrow) TryPackEip712Domain() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (hongbaoEscrow *HongbaoEscrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := hongbaoEscrow.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFundOrg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba11db2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundOrg(uint64 orgId, address token, uint256 amount) payable returns()
func (hongbaoEscrow *HongbaoEscrow) PackFundOrg(orgId uint64, token common.Address, amount *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("fundOrg", orgId, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundOrg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba11db2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundOrg(uint64 orgId, address token, uint256 amount) payable returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackFundOrg(orgId uint64, token common.Address, amount *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("fundOrg", orgId, token, amount)
}

// PackGetOrg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ec3829b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOrg(uint64 orgId) view returns((uint64,address,address,uint40,uint32) v)
func (hongbaoEscrow *HongbaoEscrow) PackGetOrg(orgId uint64) []byte {
	enc, err := hongbaoEscrow.abi.Pack("getOrg", orgId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOrg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ec3829b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOrg(uint64 orgId) view returns((uint64,address,address,uint40,uint32) v)
func (hongbaoEscrow *HongbaoEscrow) TryPackGetOrg(orgId uint64) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("getOrg", orgId)
}

// UnpackGetOrg is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ec3829b.
//
// Solidity: function getOrg(uint64 orgId) view returns((uint64,address,address,uint40,uint32) v)
func (hongbaoEscrow *HongbaoEscrow) UnpackGetOrg(data []byte) (IHongbaoEscrowOrgView, error) {
	out, err := hongbaoEscrow.abi.Unpack("getOrg", data)
	if err != nil {
		return *new(IHongbaoEscrowOrgView), err
	}
	out0 := *abi.ConvertType(out[0], new(IHongbaoEscrowOrgView)).(*IHongbaoEscrowOrgView)
	return out0, nil
}

// PackGetPacket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa59455dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPacket(uint256 id) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool))
func (hongbaoEscrow *HongbaoEscrow) PackGetPacket(id *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("getPacket", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPacket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa59455dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPacket(uint256 id) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool))
func (hongbaoEscrow *HongbaoEscrow) TryPackGetPacket(id *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("getPacket", id)
}

// UnpackGetPacket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa59455dc.
//
// Solidity: function getPacket(uint256 id) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool))
func (hongbaoEscrow *HongbaoEscrow) UnpackGetPacket(data []byte) (IHongbaoEscrowPacketView, error) {
	out, err := hongbaoEscrow.abi.Unpack("getPacket", data)
	if err != nil {
		return *new(IHongbaoEscrowPacketView), err
	}
	out0 := *abi.ConvertType(out[0], new(IHongbaoEscrowPacketView)).(*IHongbaoEscrowPacketView)
	return out0, nil
}

// PackGetPacketMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf988e343.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPacketMany(uint256[] ids) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool)[] views)
func (hongbaoEscrow *HongbaoEscrow) PackGetPacketMany(ids []*big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("getPacketMany", ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPacketMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf988e343.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPacketMany(uint256[] ids) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool)[] views)
func (hongbaoEscrow *HongbaoEscrow) TryPackGetPacketMany(ids []*big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("getPacketMany", ids)
}

// UnpackGetPacketMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf988e343.
//
// Solidity: function getPacketMany(uint256[] ids) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool)[] views)
func (hongbaoEscrow *HongbaoEscrow) UnpackGetPacketMany(data []byte) ([]IHongbaoEscrowPacketView, error) {
	out, err := hongbaoEscrow.abi.Unpack("getPacketMany", data)
	if err != nil {
		return *new([]IHongbaoEscrowPacketView), err
	}
	out0 := *abi.ConvertType(out[0], new([]IHongbaoEscrowPacketView)).(*[]IHongbaoEscrowPacketView)
	return out0, nil
}

// PackHasClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873f6f9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasClaimed(uint256 id, address account) view returns(bool)
func (hongbaoEscrow *HongbaoEscrow) PackHasClaimed(id *big.Int, account common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("hasClaimed", id, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873f6f9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasClaimed(uint256 id, address account) view returns(bool)
func (hongbaoEscrow *HongbaoEscrow) TryPackHasClaimed(id *big.Int, account common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("hasClaimed", id, account)
}

// UnpackHasClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x873f6f9e.
//
// Solidity: function hasClaimed(uint256 id, address account) view returns(bool)
func (hongbaoEscrow *HongbaoEscrow) UnpackHasClaimed(data []byte) (bool, error) {
	out, err := hongbaoEscrow.abi.Unpack("hasClaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHasClaimedMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdfac567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasClaimedMany(uint256[] ids, address account) view returns(bool[] claimed, uint256[] amounts)
func (hongbaoEscrow *HongbaoEscrow) PackHasClaimedMany(ids []*big.Int, account common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("hasClaimedMany", ids, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasClaimedMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdfac567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasClaimedMany(uint256[] ids, address account) view returns(bool[] claimed, uint256[] amounts)
func (hongbaoEscrow *HongbaoEscrow) TryPackHasClaimedMany(ids []*big.Int, account common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("hasClaimedMany", ids, account)
}

// HasClaimedManyOutput serves as a container for the return parameters of contract
// method HasClaimedMany.
type HasClaimedManyOutput struct {
	Claimed []bool
	Amounts []*big.Int
}

// UnpackHasClaimedMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdfac567.
//
// Solidity: function hasClaimedMany(uint256[] ids, address account) view returns(bool[] claimed, uint256[] amounts)
func (hongbaoEscrow *HongbaoEscrow) UnpackHasClaimedMany(data []byte) (HasClaimedManyOutput, error) {
	out, err := hongbaoEscrow.abi.Unpack("hasClaimedMany", data)
	outstruct := new(HasClaimedManyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Claimed = *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	outstruct.Amounts = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackIntercept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x956607f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function intercept(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) PackIntercept(id *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("intercept", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIntercept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x956607f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function intercept(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackIntercept(id *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("intercept", id)
}

// PackIsOrgAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb913abac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOrgAdmin(uint64 orgId, address account) view returns(bool)
func (hongbaoEscrow *HongbaoEscrow) PackIsOrgAdmin(orgId uint64, account common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("isOrgAdmin", orgId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOrgAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb913abac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOrgAdmin(uint64 orgId, address account) view returns(bool)
func (hongbaoEscrow *HongbaoEscrow) TryPackIsOrgAdmin(orgId uint64, account common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("isOrgAdmin", orgId, account)
}

// UnpackIsOrgAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb913abac.
//
// Solidity: function isOrgAdmin(uint64 orgId, address account) view returns(bool)
func (hongbaoEscrow *HongbaoEscrow) UnpackIsOrgAdmin(data []byte) (bool, error) {
	out, err := hongbaoEscrow.abi.Unpack("isOrgAdmin", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastOrgId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43a3e3ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastOrgId() view returns(uint64)
func (hongbaoEscrow *HongbaoEscrow) PackLastOrgId() []byte {
	enc, err := hongbaoEscrow.abi.Pack("lastOrgId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastOrgId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43a3e3ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastOrgId() view returns(uint64)
func (hongbaoEscrow *HongbaoEscrow) TryPackLastOrgId() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("lastOrgId")
}

// UnpackLastOrgId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43a3e3ec.
//
// Solidity: function lastOrgId() view returns(uint64)
func (hongbaoEscrow *HongbaoEscrow) UnpackLastOrgId(data []byte) (uint64, error) {
	out, err := hongbaoEscrow.abi.Unpack("lastOrgId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastPacketId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e49a49f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastPacketId() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackLastPacketId() []byte {
	enc, err := hongbaoEscrow.abi.Pack("lastPacketId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastPacketId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e49a49f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastPacketId() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackLastPacketId() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("lastPacketId")
}

// UnpackLastPacketId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e49a49f.
//
// Solidity: function lastPacketId() view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackLastPacketId(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("lastPacketId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcffccdbe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockOf(address sender, address token) view returns((uint128,uint32,uint40,uint128,uint32) lock)
func (hongbaoEscrow *HongbaoEscrow) PackLockOf(sender common.Address, token common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("lockOf", sender, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcffccdbe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockOf(address sender, address token) view returns((uint128,uint32,uint40,uint128,uint32) lock)
func (hongbaoEscrow *HongbaoEscrow) TryPackLockOf(sender common.Address, token common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("lockOf", sender, token)
}

// UnpackLockOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcffccdbe.
//
// Solidity: function lockOf(address sender, address token) view returns((uint128,uint32,uint40,uint128,uint32) lock)
func (hongbaoEscrow *HongbaoEscrow) UnpackLockOf(data []byte) (IHongbaoEscrowLock, error) {
	out, err := hongbaoEscrow.abi.Unpack("lockOf", data)
	if err != nil {
		return *new(IHongbaoEscrowLock), err
	}
	out0 := *abi.ConvertType(out[0], new(IHongbaoEscrowLock)).(*IHongbaoEscrowLock)
	return out0, nil
}

// PackLuckyAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01cc9be1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function luckyAmount(uint256 rem, uint256 k, uint256 m, uint256 r) pure returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackLuckyAmount(rem *big.Int, k *big.Int, m *big.Int, r *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("luckyAmount", rem, k, m, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLuckyAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01cc9be1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function luckyAmount(uint256 rem, uint256 k, uint256 m, uint256 r) pure returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackLuckyAmount(rem *big.Int, k *big.Int, m *big.Int, r *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("luckyAmount", rem, k, m, r)
}

// UnpackLuckyAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01cc9be1.
//
// Solidity: function luckyAmount(uint256 rem, uint256 k, uint256 m, uint256 r) pure returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackLuckyAmount(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("luckyAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOrgBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x246c14c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orgBudget(uint64 orgId, address token) view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackOrgBudget(orgId uint64, token common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("orgBudget", orgId, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrgBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x246c14c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orgBudget(uint64 orgId, address token) view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackOrgBudget(orgId uint64, token common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("orgBudget", orgId, token)
}

// UnpackOrgBudget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x246c14c8.
//
// Solidity: function orgBudget(uint64 orgId, address token) view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgBudget(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("orgBudget", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOrgMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd83b9c44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orgMember(uint64 orgId, address member, address token) view returns((bool,uint128,uint128,uint128,uint40) v)
func (hongbaoEscrow *HongbaoEscrow) PackOrgMember(orgId uint64, member common.Address, token common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("orgMember", orgId, member, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrgMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd83b9c44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orgMember(uint64 orgId, address member, address token) view returns((bool,uint128,uint128,uint128,uint40) v)
func (hongbaoEscrow *HongbaoEscrow) TryPackOrgMember(orgId uint64, member common.Address, token common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("orgMember", orgId, member, token)
}

// UnpackOrgMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd83b9c44.
//
// Solidity: function orgMember(uint64 orgId, address member, address token) view returns((bool,uint128,uint128,uint128,uint40) v)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgMember(data []byte) (IHongbaoEscrowMemberView, error) {
	out, err := hongbaoEscrow.abi.Unpack("orgMember", data)
	if err != nil {
		return *new(IHongbaoEscrowMemberView), err
	}
	out0 := *abi.ConvertType(out[0], new(IHongbaoEscrowMemberView)).(*IHongbaoEscrowMemberView)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28079e4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address token, address account) view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) PackOwed(token common.Address, account common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("owed", token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28079e4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address token, address account) view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) TryPackOwed(token common.Address, account common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("owed", token, account)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28079e4a.
//
// Solidity: function owed(address token, address account) view returns(uint256)
func (hongbaoEscrow *HongbaoEscrow) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (hongbaoEscrow *HongbaoEscrow) PackOwner() []byte {
	enc, err := hongbaoEscrow.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (hongbaoEscrow *HongbaoEscrow) TryPackOwner() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (hongbaoEscrow *HongbaoEscrow) UnpackOwner(data []byte) (common.Address, error) {
	out, err := hongbaoEscrow.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (hongbaoEscrow *HongbaoEscrow) PackPendingOwner() []byte {
	enc, err := hongbaoEscrow.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (hongbaoEscrow *HongbaoEscrow) TryPackPendingOwner() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (hongbaoEscrow *HongbaoEscrow) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := hongbaoEscrow.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) PackRefund(id *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("refund", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackRefund(id *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("refund", id)
}

// PackRefundMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca676dcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundMany(uint256[] ids) returns(uint256 count)
func (hongbaoEscrow *HongbaoEscrow) PackRefundMany(ids []*big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("refundMany", ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca676dcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundMany(uint256[] ids) returns(uint256 count)
func (hongbaoEscrow *HongbaoEscrow) TryPackRefundMany(ids []*big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("refundMany", ids)
}

// UnpackRefundMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca676dcf.
//
// Solidity: function refundMany(uint256[] ids) returns(uint256 count)
func (hongbaoEscrow *HongbaoEscrow) UnpackRefundMany(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("refundMany", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemoveOrgAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b96934.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeOrgAdmin(uint64 orgId, address admin) returns()
func (hongbaoEscrow *HongbaoEscrow) PackRemoveOrgAdmin(orgId uint64, admin common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("removeOrgAdmin", orgId, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveOrgAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b96934.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeOrgAdmin(uint64 orgId, address admin) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackRemoveOrgAdmin(orgId uint64, admin common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("removeOrgAdmin", orgId, admin)
}

// PackRemoveOrgMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89a7f163.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeOrgMember(uint64 orgId, address member) returns()
func (hongbaoEscrow *HongbaoEscrow) PackRemoveOrgMember(orgId uint64, member common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("removeOrgMember", orgId, member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveOrgMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89a7f163.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeOrgMember(uint64 orgId, address member) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackRemoveOrgMember(orgId uint64, member common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("removeOrgMember", orgId, member)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (hongbaoEscrow *HongbaoEscrow) PackRenounceOwnership() []byte {
	enc, err := hongbaoEscrow.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackRenounceOwnership() ([]byte, error) {
	return hongbaoEscrow.abi.Pack("renounceOwnership")
}

// PackRequestTreasuryChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x981642ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestTreasuryChange(uint64 orgId, address treasury) returns()
func (hongbaoEscrow *HongbaoEscrow) PackRequestTreasuryChange(orgId uint64, treasury common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("requestTreasuryChange", orgId, treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestTreasuryChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x981642ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestTreasuryChange(uint64 orgId, address treasury) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackRequestTreasuryChange(orgId uint64, treasury common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("requestTreasuryChange", orgId, treasury)
}

// PackReturnFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37cd2f7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function returnFunds(uint256 id, uint256 amount) payable returns()
func (hongbaoEscrow *HongbaoEscrow) PackReturnFunds(id *big.Int, amount *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("returnFunds", id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReturnFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37cd2f7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function returnFunds(uint256 id, uint256 amount) payable returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackReturnFunds(id *big.Int, amount *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("returnFunds", id, amount)
}

// PackSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b13447d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function send((address,uint8,uint8,uint16,uint32,uint32,uint128,address,bytes32,address) p) payable returns(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) PackSend(p IHongbaoEscrowSendParams) []byte {
	enc, err := hongbaoEscrow.abi.Pack("send", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b13447d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function send((address,uint8,uint8,uint16,uint32,uint32,uint128,address,bytes32,address) p) payable returns(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) TryPackSend(p IHongbaoEscrowSendParams) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("send", p)
}

// UnpackSend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b13447d.
//
// Solidity: function send((address,uint8,uint8,uint16,uint32,uint32,uint128,address,bytes32,address) p) payable returns(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) UnpackSend(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("send", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSendFromOrg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92b6cf3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sendFromOrg(uint64 orgId, (address,uint8,uint8,uint16,uint32,uint32,uint128,address,bytes32,address) p) payable returns(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) PackSendFromOrg(orgId uint64, p IHongbaoEscrowSendParams) []byte {
	enc, err := hongbaoEscrow.abi.Pack("sendFromOrg", orgId, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSendFromOrg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92b6cf3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sendFromOrg(uint64 orgId, (address,uint8,uint8,uint16,uint32,uint32,uint128,address,bytes32,address) p) payable returns(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) TryPackSendFromOrg(orgId uint64, p IHongbaoEscrowSendParams) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("sendFromOrg", orgId, p)
}

// UnpackSendFromOrg is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92b6cf3a.
//
// Solidity: function sendFromOrg(uint64 orgId, (address,uint8,uint8,uint16,uint32,uint32,uint128,address,bytes32,address) p) payable returns(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) UnpackSendFromOrg(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("sendFromOrg", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSendWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0995da3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sendWithPermit((address,uint8,uint8,uint16,uint32,uint32,uint128,address,bytes32,address) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) PackSendWithPermit(p IHongbaoEscrowSendParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := hongbaoEscrow.abi.Pack("sendWithPermit", p, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSendWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0995da3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sendWithPermit((address,uint8,uint8,uint16,uint32,uint32,uint128,address,bytes32,address) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) TryPackSendWithPermit(p IHongbaoEscrowSendParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("sendWithPermit", p, deadline, v, r, s)
}

// UnpackSendWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0995da3.
//
// Solidity: function sendWithPermit((address,uint8,uint8,uint16,uint32,uint32,uint128,address,bytes32,address) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) UnpackSendWithPermit(data []byte) (*big.Int, error) {
	out, err := hongbaoEscrow.abi.Unpack("sendWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4c32c1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLock(address token, uint128 threshold, uint32 minDelay) returns()
func (hongbaoEscrow *HongbaoEscrow) PackSetLock(token common.Address, threshold *big.Int, minDelay uint32) []byte {
	enc, err := hongbaoEscrow.abi.Pack("setLock", token, threshold, minDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4c32c1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLock(address token, uint128 threshold, uint32 minDelay) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackSetLock(token common.Address, threshold *big.Int, minDelay uint32) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("setLock", token, threshold, minDelay)
}

// PackSetOrgMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd82faebf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOrgMember(uint64 orgId, address member, address token, uint128 perPacketCap, uint128 dailyCap) returns()
func (hongbaoEscrow *HongbaoEscrow) PackSetOrgMember(orgId uint64, member common.Address, token common.Address, perPacketCap *big.Int, dailyCap *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("setOrgMember", orgId, member, token, perPacketCap, dailyCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOrgMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd82faebf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOrgMember(uint64 orgId, address member, address token, uint128 perPacketCap, uint128 dailyCap) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackSetOrgMember(orgId uint64, member common.Address, token common.Address, perPacketCap *big.Int, dailyCap *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("setOrgMember", orgId, member, token, perPacketCap, dailyCap)
}

// PackSetTokenPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf03bcd0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTokenPolicy(address token, uint96 minShare, (uint128,uint32,bool)[] tiers) returns()
func (hongbaoEscrow *HongbaoEscrow) PackSetTokenPolicy(token common.Address, minShare *big.Int, tiers []IHongbaoEscrowTier) []byte {
	enc, err := hongbaoEscrow.abi.Pack("setTokenPolicy", token, minShare, tiers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTokenPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf03bcd0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTokenPolicy(address token, uint96 minShare, (uint128,uint32,bool)[] tiers) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackSetTokenPolicy(token common.Address, minShare *big.Int, tiers []IHongbaoEscrowTier) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("setTokenPolicy", token, minShare, tiers)
}

// PackTokenPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96d725df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenPolicy(address token) view returns(uint96 minShare, (uint128,uint32,bool)[] tiers)
func (hongbaoEscrow *HongbaoEscrow) PackTokenPolicy(token common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("tokenPolicy", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96d725df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenPolicy(address token) view returns(uint96 minShare, (uint128,uint32,bool)[] tiers)
func (hongbaoEscrow *HongbaoEscrow) TryPackTokenPolicy(token common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("tokenPolicy", token)
}

// TokenPolicyOutput serves as a container for the return parameters of contract
// method TokenPolicy.
type TokenPolicyOutput struct {
	MinShare *big.Int
	Tiers    []IHongbaoEscrowTier
}

// UnpackTokenPolicy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96d725df.
//
// Solidity: function tokenPolicy(address token) view returns(uint96 minShare, (uint128,uint32,bool)[] tiers)
func (hongbaoEscrow *HongbaoEscrow) UnpackTokenPolicy(data []byte) (TokenPolicyOutput, error) {
	out, err := hongbaoEscrow.abi.Unpack("tokenPolicy", data)
	outstruct := new(TokenPolicyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MinShare = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Tiers = *abi.ConvertType(out[1], new([]IHongbaoEscrowTier)).(*[]IHongbaoEscrowTier)
	return *outstruct, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (hongbaoEscrow *HongbaoEscrow) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("transferOwnership", newOwner)
}

// PackUndo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17a5e220.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function undo(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) PackUndo(id *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("undo", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUndo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17a5e220.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function undo(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackUndo(id *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("undo", id)
}

// PackUndoTier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93f8ecd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function undoTier(address token, uint256 amount) view returns(uint32 window, bool consent)
func (hongbaoEscrow *HongbaoEscrow) PackUndoTier(token common.Address, amount *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("undoTier", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUndoTier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93f8ecd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function undoTier(address token, uint256 amount) view returns(uint32 window, bool consent)
func (hongbaoEscrow *HongbaoEscrow) TryPackUndoTier(token common.Address, amount *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("undoTier", token, amount)
}

// UndoTierOutput serves as a container for the return parameters of contract
// method UndoTier.
type UndoTierOutput struct {
	Window  uint32
	Consent bool
}

// UnpackUndoTier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93f8ecd0.
//
// Solidity: function undoTier(address token, uint256 amount) view returns(uint32 window, bool consent)
func (hongbaoEscrow *HongbaoEscrow) UnpackUndoTier(data []byte) (UndoTierOutput, error) {
	out, err := hongbaoEscrow.abi.Unpack("undoTier", data)
	outstruct := new(UndoTierOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Window = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Consent = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackWithdrawCoolOff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ced370d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCoolOff(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) PackWithdrawCoolOff(id *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("withdrawCoolOff", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCoolOff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ced370d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCoolOff(uint256 id) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackWithdrawCoolOff(id *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("withdrawCoolOff", id)
}

// PackWithdrawOrgBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a30963f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawOrgBudget(uint64 orgId, address token, uint256 amount) returns()
func (hongbaoEscrow *HongbaoEscrow) PackWithdrawOrgBudget(orgId uint64, token common.Address, amount *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("withdrawOrgBudget", orgId, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawOrgBudget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a30963f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawOrgBudget(uint64 orgId, address token, uint256 amount) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackWithdrawOrgBudget(orgId uint64, token common.Address, amount *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("withdrawOrgBudget", orgId, token, amount)
}

// PackWithdrawOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2cff684.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawOwed(address token, address to) returns()
func (hongbaoEscrow *HongbaoEscrow) PackWithdrawOwed(token common.Address, to common.Address) []byte {
	enc, err := hongbaoEscrow.abi.Pack("withdrawOwed", token, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2cff684.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawOwed(address token, address to) returns()
func (hongbaoEscrow *HongbaoEscrow) TryPackWithdrawOwed(token common.Address, to common.Address) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("withdrawOwed", token, to)
}

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11988e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(uint256 id) view returns(uint8 clause, uint256 amount, uint40 until)
func (hongbaoEscrow *HongbaoEscrow) PackWithdrawable(id *big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("withdrawable", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11988e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawable(uint256 id) view returns(uint8 clause, uint256 amount, uint40 until)
func (hongbaoEscrow *HongbaoEscrow) TryPackWithdrawable(id *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("withdrawable", id)
}

// WithdrawableOutput serves as a container for the return parameters of contract
// method Withdrawable.
type WithdrawableOutput struct {
	Clause uint8
	Amount *big.Int
	Until  *big.Int
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf11988e0.
//
// Solidity: function withdrawable(uint256 id) view returns(uint8 clause, uint256 amount, uint40 until)
func (hongbaoEscrow *HongbaoEscrow) UnpackWithdrawable(data []byte) (WithdrawableOutput, error) {
	out, err := hongbaoEscrow.abi.Unpack("withdrawable", data)
	outstruct := new(WithdrawableOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Clause = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Until = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// HongbaoEscrowAllowlistSet represents a AllowlistSet event raised by the HongbaoEscrow contract.
type HongbaoEscrowAllowlistSet struct {
	Id   *big.Int
	Root [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowAllowlistSetEventName = "AllowlistSet"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowAllowlistSet) ContractEventName() string {
	return HongbaoEscrowAllowlistSetEventName
}

// UnpackAllowlistSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AllowlistSet(uint256 indexed id, bytes32 root)
func (hongbaoEscrow *HongbaoEscrow) UnpackAllowlistSetEvent(log *types.Log) (*HongbaoEscrowAllowlistSet, error) {
	event := "AllowlistSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowAllowlistSet)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowClaimed represents a Claimed event raised by the HongbaoEscrow contract.
type HongbaoEscrowClaimed struct {
	Id      *big.Int
	Claimer common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowClaimed) ContractEventName() string {
	return HongbaoEscrowClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed id, address indexed claimer, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackClaimedEvent(log *types.Log) (*HongbaoEscrowClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowClaimed)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowCoolOffWithdrawn represents a CoolOffWithdrawn event raised by the HongbaoEscrow contract.
type HongbaoEscrowCoolOffWithdrawn struct {
	Id     *big.Int
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowCoolOffWithdrawnEventName = "CoolOffWithdrawn"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowCoolOffWithdrawn) ContractEventName() string {
	return HongbaoEscrowCoolOffWithdrawnEventName
}

// UnpackCoolOffWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CoolOffWithdrawn(uint256 indexed id, address indexed to, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackCoolOffWithdrawnEvent(log *types.Log) (*HongbaoEscrowCoolOffWithdrawn, error) {
	event := "CoolOffWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowCoolOffWithdrawn)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowDeclined represents a Declined event raised by the HongbaoEscrow contract.
type HongbaoEscrowDeclined struct {
	Id     *big.Int
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowDeclinedEventName = "Declined"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowDeclined) ContractEventName() string {
	return HongbaoEscrowDeclinedEventName
}

// UnpackDeclinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Declined(uint256 indexed id, address indexed to, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackDeclinedEvent(log *types.Log) (*HongbaoEscrowDeclined, error) {
	event := "Declined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowDeclined)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the HongbaoEscrow contract.
type HongbaoEscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowEIP712DomainChanged) ContractEventName() string {
	return HongbaoEscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (hongbaoEscrow *HongbaoEscrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*HongbaoEscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowGuardianSet represents a GuardianSet event raised by the HongbaoEscrow contract.
type HongbaoEscrowGuardianSet struct {
	Id       *big.Int
	Guardian common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowGuardianSetEventName = "GuardianSet"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowGuardianSet) ContractEventName() string {
	return HongbaoEscrowGuardianSetEventName
}

// UnpackGuardianSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardianSet(uint256 indexed id, address indexed guardian)
func (hongbaoEscrow *HongbaoEscrow) UnpackGuardianSetEvent(log *types.Log) (*HongbaoEscrowGuardianSet, error) {
	event := "GuardianSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowGuardianSet)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowIntercepted represents a Intercepted event raised by the HongbaoEscrow contract.
type HongbaoEscrowIntercepted struct {
	Id       *big.Int
	Guardian common.Address
	To       common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowInterceptedEventName = "Intercepted"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowIntercepted) ContractEventName() string {
	return HongbaoEscrowInterceptedEventName
}

// UnpackInterceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Intercepted(uint256 indexed id, address indexed guardian, address indexed to, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackInterceptedEvent(log *types.Log) (*HongbaoEscrowIntercepted, error) {
	event := "Intercepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowIntercepted)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowLockLoosenRequested represents a LockLoosenRequested event raised by the HongbaoEscrow contract.
type HongbaoEscrowLockLoosenRequested struct {
	Sender      common.Address
	Token       common.Address
	Threshold   *big.Int
	MinDelay    uint32
	EffectiveAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowLockLoosenRequestedEventName = "LockLoosenRequested"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowLockLoosenRequested) ContractEventName() string {
	return HongbaoEscrowLockLoosenRequestedEventName
}

// UnpackLockLoosenRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockLoosenRequested(address indexed sender, address indexed token, uint128 threshold, uint32 minDelay, uint40 effectiveAt)
func (hongbaoEscrow *HongbaoEscrow) UnpackLockLoosenRequestedEvent(log *types.Log) (*HongbaoEscrowLockLoosenRequested, error) {
	event := "LockLoosenRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowLockLoosenRequested)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowLockSet represents a LockSet event raised by the HongbaoEscrow contract.
type HongbaoEscrowLockSet struct {
	Sender    common.Address
	Token     common.Address
	Threshold *big.Int
	MinDelay  uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowLockSetEventName = "LockSet"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowLockSet) ContractEventName() string {
	return HongbaoEscrowLockSetEventName
}

// UnpackLockSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockSet(address indexed sender, address indexed token, uint128 threshold, uint32 minDelay)
func (hongbaoEscrow *HongbaoEscrow) UnpackLockSetEvent(log *types.Log) (*HongbaoEscrowLockSet, error) {
	event := "LockSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowLockSet)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgAdminAdded represents a OrgAdminAdded event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgAdminAdded struct {
	OrgId uint64
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgAdminAddedEventName = "OrgAdminAdded"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgAdminAdded) ContractEventName() string {
	return HongbaoEscrowOrgAdminAddedEventName
}

// UnpackOrgAdminAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgAdminAdded(uint64 indexed orgId, address indexed admin)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgAdminAddedEvent(log *types.Log) (*HongbaoEscrowOrgAdminAdded, error) {
	event := "OrgAdminAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgAdminAdded)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgAdminRemoved represents a OrgAdminRemoved event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgAdminRemoved struct {
	OrgId uint64
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgAdminRemovedEventName = "OrgAdminRemoved"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgAdminRemoved) ContractEventName() string {
	return HongbaoEscrowOrgAdminRemovedEventName
}

// UnpackOrgAdminRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgAdminRemoved(uint64 indexed orgId, address indexed admin)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgAdminRemovedEvent(log *types.Log) (*HongbaoEscrowOrgAdminRemoved, error) {
	event := "OrgAdminRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgAdminRemoved)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgBudgetCredited represents a OrgBudgetCredited event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgBudgetCredited struct {
	OrgId  uint64
	Token  common.Address
	Id     *big.Int
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgBudgetCreditedEventName = "OrgBudgetCredited"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgBudgetCredited) ContractEventName() string {
	return HongbaoEscrowOrgBudgetCreditedEventName
}

// UnpackOrgBudgetCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgBudgetCredited(uint64 indexed orgId, address indexed token, uint256 indexed id, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgBudgetCreditedEvent(log *types.Log) (*HongbaoEscrowOrgBudgetCredited, error) {
	event := "OrgBudgetCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgBudgetCredited)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgBudgetWithdrawn represents a OrgBudgetWithdrawn event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgBudgetWithdrawn struct {
	OrgId  uint64
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgBudgetWithdrawnEventName = "OrgBudgetWithdrawn"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgBudgetWithdrawn) ContractEventName() string {
	return HongbaoEscrowOrgBudgetWithdrawnEventName
}

// UnpackOrgBudgetWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgBudgetWithdrawn(uint64 indexed orgId, address indexed token, address indexed to, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgBudgetWithdrawnEvent(log *types.Log) (*HongbaoEscrowOrgBudgetWithdrawn, error) {
	event := "OrgBudgetWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgBudgetWithdrawn)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgCreated represents a OrgCreated event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgCreated struct {
	OrgId    uint64
	Creator  common.Address
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgCreatedEventName = "OrgCreated"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgCreated) ContractEventName() string {
	return HongbaoEscrowOrgCreatedEventName
}

// UnpackOrgCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgCreated(uint64 indexed orgId, address indexed creator, address treasury)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgCreatedEvent(log *types.Log) (*HongbaoEscrowOrgCreated, error) {
	event := "OrgCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgCreated)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgFunded represents a OrgFunded event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgFunded struct {
	OrgId  uint64
	Token  common.Address
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgFundedEventName = "OrgFunded"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgFunded) ContractEventName() string {
	return HongbaoEscrowOrgFundedEventName
}

// UnpackOrgFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgFunded(uint64 indexed orgId, address indexed token, address indexed from, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgFundedEvent(log *types.Log) (*HongbaoEscrowOrgFunded, error) {
	event := "OrgFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgFunded)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgMemberRemoved represents a OrgMemberRemoved event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgMemberRemoved struct {
	OrgId  uint64
	Member common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgMemberRemovedEventName = "OrgMemberRemoved"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgMemberRemoved) ContractEventName() string {
	return HongbaoEscrowOrgMemberRemovedEventName
}

// UnpackOrgMemberRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgMemberRemoved(uint64 indexed orgId, address indexed member)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgMemberRemovedEvent(log *types.Log) (*HongbaoEscrowOrgMemberRemoved, error) {
	event := "OrgMemberRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgMemberRemoved)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgMemberSet represents a OrgMemberSet event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgMemberSet struct {
	OrgId        uint64
	Member       common.Address
	Token        common.Address
	PerPacketCap *big.Int
	DailyCap     *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgMemberSetEventName = "OrgMemberSet"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgMemberSet) ContractEventName() string {
	return HongbaoEscrowOrgMemberSetEventName
}

// UnpackOrgMemberSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgMemberSet(uint64 indexed orgId, address indexed member, address indexed token, uint128 perPacketCap, uint128 dailyCap)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgMemberSetEvent(log *types.Log) (*HongbaoEscrowOrgMemberSet, error) {
	event := "OrgMemberSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgMemberSet)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgPacketSent represents a OrgPacketSent event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgPacketSent struct {
	Id     *big.Int
	OrgId  uint64
	Member common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgPacketSentEventName = "OrgPacketSent"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgPacketSent) ContractEventName() string {
	return HongbaoEscrowOrgPacketSentEventName
}

// UnpackOrgPacketSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgPacketSent(uint256 indexed id, uint64 indexed orgId, address indexed member)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgPacketSentEvent(log *types.Log) (*HongbaoEscrowOrgPacketSent, error) {
	event := "OrgPacketSent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgPacketSent)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOrgTreasuryChangeRequested represents a OrgTreasuryChangeRequested event raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgTreasuryChangeRequested struct {
	OrgId       uint64
	Treasury    common.Address
	EffectiveAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOrgTreasuryChangeRequestedEventName = "OrgTreasuryChangeRequested"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOrgTreasuryChangeRequested) ContractEventName() string {
	return HongbaoEscrowOrgTreasuryChangeRequestedEventName
}

// UnpackOrgTreasuryChangeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrgTreasuryChangeRequested(uint64 indexed orgId, address treasury, uint40 effectiveAt)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgTreasuryChangeRequestedEvent(log *types.Log) (*HongbaoEscrowOrgTreasuryChangeRequested, error) {
	event := "OrgTreasuryChangeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOrgTreasuryChangeRequested)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOwedCredited represents a OwedCredited event raised by the HongbaoEscrow contract.
type HongbaoEscrowOwedCredited struct {
	Token   common.Address
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOwedCreditedEventName = "OwedCredited"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOwedCredited) ContractEventName() string {
	return HongbaoEscrowOwedCreditedEventName
}

// UnpackOwedCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwedCredited(address indexed token, address indexed account, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackOwedCreditedEvent(log *types.Log) (*HongbaoEscrowOwedCredited, error) {
	event := "OwedCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOwedCredited)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOwedWithdrawn represents a OwedWithdrawn event raised by the HongbaoEscrow contract.
type HongbaoEscrowOwedWithdrawn struct {
	Token   common.Address
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOwedWithdrawnEventName = "OwedWithdrawn"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOwedWithdrawn) ContractEventName() string {
	return HongbaoEscrowOwedWithdrawnEventName
}

// UnpackOwedWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwedWithdrawn(address indexed token, address indexed account, address to, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackOwedWithdrawnEvent(log *types.Log) (*HongbaoEscrowOwedWithdrawn, error) {
	event := "OwedWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOwedWithdrawn)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the HongbaoEscrow contract.
type HongbaoEscrowOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOwnershipTransferStarted) ContractEventName() string {
	return HongbaoEscrowOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (hongbaoEscrow *HongbaoEscrow) UnpackOwnershipTransferStartedEvent(log *types.Log) (*HongbaoEscrowOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowOwnershipTransferred represents a OwnershipTransferred event raised by the HongbaoEscrow contract.
type HongbaoEscrowOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowOwnershipTransferred) ContractEventName() string {
	return HongbaoEscrowOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (hongbaoEscrow *HongbaoEscrow) UnpackOwnershipTransferredEvent(log *types.Log) (*HongbaoEscrowOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowPacketSent represents a PacketSent event raised by the HongbaoEscrow contract.
type HongbaoEscrowPacketSent struct {
	Id          *big.Int
	Sender      common.Address
	Recipient   common.Address
	Token       common.Address
	Kind        uint8
	Auth        uint8
	Total       *big.Int
	Shares      uint16
	MinShare    *big.Int
	ReleaseAt   *big.Int
	ExpiresAt   *big.Int
	UndoUntil   *big.Int
	UndoConsent bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowPacketSentEventName = "PacketSent"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowPacketSent) ContractEventName() string {
	return HongbaoEscrowPacketSentEventName
}

// UnpackPacketSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PacketSent(uint256 indexed id, address indexed sender, address indexed recipient, address token, uint8 kind, uint8 auth, uint256 total, uint16 shares, uint96 minShare, uint40 releaseAt, uint40 expiresAt, uint40 undoUntil, bool undoConsent)
func (hongbaoEscrow *HongbaoEscrow) UnpackPacketSentEvent(log *types.Log) (*HongbaoEscrowPacketSent, error) {
	event := "PacketSent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowPacketSent)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowRefunded represents a Refunded event raised by the HongbaoEscrow contract.
type HongbaoEscrowRefunded struct {
	Id     *big.Int
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowRefunded) ContractEventName() string {
	return HongbaoEscrowRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(uint256 indexed id, address indexed to, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackRefundedEvent(log *types.Log) (*HongbaoEscrowRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowRefunded)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowRelayFeePaid represents a RelayFeePaid event raised by the HongbaoEscrow contract.
type HongbaoEscrowRelayFeePaid struct {
	Id      *big.Int
	Relayer common.Address
	Fee     *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowRelayFeePaidEventName = "RelayFeePaid"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowRelayFeePaid) ContractEventName() string {
	return HongbaoEscrowRelayFeePaidEventName
}

// UnpackRelayFeePaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RelayFeePaid(uint256 indexed id, address indexed relayer, uint256 fee)
func (hongbaoEscrow *HongbaoEscrow) UnpackRelayFeePaidEvent(log *types.Log) (*HongbaoEscrowRelayFeePaid, error) {
	event := "RelayFeePaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowRelayFeePaid)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowReturned represents a Returned event raised by the HongbaoEscrow contract.
type HongbaoEscrowReturned struct {
	Id       *big.Int
	Claimer  common.Address
	To       common.Address
	Amount   *big.Int
	Received *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowReturnedEventName = "Returned"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowReturned) ContractEventName() string {
	return HongbaoEscrowReturnedEventName
}

// UnpackReturnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Returned(uint256 indexed id, address indexed claimer, address indexed to, uint256 amount, uint256 received)
func (hongbaoEscrow *HongbaoEscrow) UnpackReturnedEvent(log *types.Log) (*HongbaoEscrowReturned, error) {
	event := "Returned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowReturned)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowTokenPolicySet represents a TokenPolicySet event raised by the HongbaoEscrow contract.
type HongbaoEscrowTokenPolicySet struct {
	Token    common.Address
	MinShare *big.Int
	Tiers    []IHongbaoEscrowTier
	Raw      *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowTokenPolicySetEventName = "TokenPolicySet"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowTokenPolicySet) ContractEventName() string {
	return HongbaoEscrowTokenPolicySetEventName
}

// UnpackTokenPolicySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenPolicySet(address indexed token, uint96 minShare, (uint128,uint32,bool)[] tiers)
func (hongbaoEscrow *HongbaoEscrow) UnpackTokenPolicySetEvent(log *types.Log) (*HongbaoEscrowTokenPolicySet, error) {
	event := "TokenPolicySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowTokenPolicySet)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowUndoApproved represents a UndoApproved event raised by the HongbaoEscrow contract.
type HongbaoEscrowUndoApproved struct {
	Id     *big.Int
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowUndoApprovedEventName = "UndoApproved"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowUndoApproved) ContractEventName() string {
	return HongbaoEscrowUndoApprovedEventName
}

// UnpackUndoApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UndoApproved(uint256 indexed id, address indexed to, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackUndoApprovedEvent(log *types.Log) (*HongbaoEscrowUndoApproved, error) {
	event := "UndoApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowUndoApproved)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowUndoRequested represents a UndoRequested event raised by the HongbaoEscrow contract.
type HongbaoEscrowUndoRequested struct {
	Id        *big.Int
	Sender    common.Address
	Recipient common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowUndoRequestedEventName = "UndoRequested"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowUndoRequested) ContractEventName() string {
	return HongbaoEscrowUndoRequestedEventName
}

// UnpackUndoRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UndoRequested(uint256 indexed id, address indexed sender, address indexed recipient)
func (hongbaoEscrow *HongbaoEscrow) UnpackUndoRequestedEvent(log *types.Log) (*HongbaoEscrowUndoRequested, error) {
	event := "UndoRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowUndoRequested)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HongbaoEscrowUndone represents a Undone event raised by the HongbaoEscrow contract.
type HongbaoEscrowUndone struct {
	Id     *big.Int
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowUndoneEventName = "Undone"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowUndone) ContractEventName() string {
	return HongbaoEscrowUndoneEventName
}

// UnpackUndoneEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Undone(uint256 indexed id, address indexed to, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackUndoneEvent(log *types.Log) (*HongbaoEscrowUndone, error) {
	event := "Undone"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hongbaoEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HongbaoEscrowUndone)
	if len(log.Data) > 0 {
		if err := hongbaoEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hongbaoEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (hongbaoEscrow *HongbaoEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["AdminAlreadyAdded"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackAdminAlreadyAddedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["AdminNotFound"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackAdminNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["AmountTooSmall"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackAmountTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["CoolOffOver"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackCoolOffOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["DelayTooShort"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InsufficientBudget"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInsufficientBudgetError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InvalidClaimSignature"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInvalidClaimSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InvalidClaimerSignature"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInvalidClaimerSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InvalidDelay"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInvalidDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InvalidLuckyInput"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInvalidLuckyInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InvalidPolicy"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInvalidPolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InvalidShares"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInvalidSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["InvalidTtl"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackInvalidTtlError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["LastAdmin"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackLastAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["MissingAuthority"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackMissingAuthorityError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NativeTransferFailed"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNativeTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NoUndoRequest"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNoUndoRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NoUndoWindow"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNoUndoWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotClaimer"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotClaimerError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotDirect"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotDirectError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotGuardian"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotInAllowlist"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotInAllowlistError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotOrgAdmin"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotOrgAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotOrgMember"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotOrgMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotRecipient"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotSender"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NotYetReleased"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNotYetReleasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["NothingOwed"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackNothingOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["OrgNotFound"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackOrgNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["OverDailyCap"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackOverDailyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["OverPacketCap"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackOverPacketCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["PacketClosed"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackPacketClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["PacketExpired"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackPacketExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["PacketNotFound"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackPacketNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["RelayDeadlinePassed"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackRelayDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["ReturnExceedsClaim"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackReturnExceedsClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["UndoAlreadyRequested"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackUndoAlreadyRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["UndoWindowClosed"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackUndoWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["UnexpectedAuthority"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackUnexpectedAuthorityError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["ValueMismatch"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackValueMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], hongbaoEscrow.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return hongbaoEscrow.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HongbaoEscrowAdminAlreadyAdded represents a AdminAlreadyAdded error raised by the HongbaoEscrow contract.
type HongbaoEscrowAdminAlreadyAdded struct {
	OrgId uint64
	Admin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdminAlreadyAdded(uint64 orgId, address admin)
func HongbaoEscrowAdminAlreadyAddedErrorID() common.Hash {
	return common.HexToHash("0xf688846cc16063a659e835671e366d568de8c8a97648390be17df2ec7602ee92")
}

// UnpackAdminAlreadyAddedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdminAlreadyAdded(uint64 orgId, address admin)
func (hongbaoEscrow *HongbaoEscrow) UnpackAdminAlreadyAddedError(raw []byte) (*HongbaoEscrowAdminAlreadyAdded, error) {
	out := new(HongbaoEscrowAdminAlreadyAdded)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "AdminAlreadyAdded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowAdminNotFound represents a AdminNotFound error raised by the HongbaoEscrow contract.
type HongbaoEscrowAdminNotFound struct {
	OrgId uint64
	Admin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdminNotFound(uint64 orgId, address admin)
func HongbaoEscrowAdminNotFoundErrorID() common.Hash {
	return common.HexToHash("0x360f2bb0e2b37f33806c1643cc0c2423a87c36e445a2424ad955e5c732ffe845")
}

// UnpackAdminNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdminNotFound(uint64 orgId, address admin)
func (hongbaoEscrow *HongbaoEscrow) UnpackAdminNotFoundError(raw []byte) (*HongbaoEscrowAdminNotFound, error) {
	out := new(HongbaoEscrowAdminNotFound)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "AdminNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowAlreadyClaimed represents a AlreadyClaimed error raised by the HongbaoEscrow contract.
type HongbaoEscrowAlreadyClaimed struct {
	Id      *big.Int
	Claimer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 id, address claimer)
func HongbaoEscrowAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xa9214540dbdab41c9e79b3f2188acea45d13e6ac15f24990e9f6ddf7cc0e4180")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 id, address claimer)
func (hongbaoEscrow *HongbaoEscrow) UnpackAlreadyClaimedError(raw []byte) (*HongbaoEscrowAlreadyClaimed, error) {
	out := new(HongbaoEscrowAlreadyClaimed)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowAmountTooLarge represents a AmountTooLarge error raised by the HongbaoEscrow contract.
type HongbaoEscrowAmountTooLarge struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount, uint256 max)
func HongbaoEscrowAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x7f162703b1fbad455ee7087f54e476f5f7b21f668d715d2aa1b9371e813d293d")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount, uint256 max)
func (hongbaoEscrow *HongbaoEscrow) UnpackAmountTooLargeError(raw []byte) (*HongbaoEscrowAmountTooLarge, error) {
	out := new(HongbaoEscrowAmountTooLarge)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowAmountTooSmall represents a AmountTooSmall error raised by the HongbaoEscrow contract.
type HongbaoEscrowAmountTooSmall struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooSmall(uint256 amount, uint256 minimum)
func HongbaoEscrowAmountTooSmallErrorID() common.Hash {
	return common.HexToHash("0x02d2d938aeb2f9cd1f66e07490b42aedb7d22047607c56af8241ca8b0ccd537a")
}

// UnpackAmountTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooSmall(uint256 amount, uint256 minimum)
func (hongbaoEscrow *HongbaoEscrow) UnpackAmountTooSmallError(raw []byte) (*HongbaoEscrowAmountTooSmall, error) {
	out := new(HongbaoEscrowAmountTooSmall)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "AmountTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowCoolOffOver represents a CoolOffOver error raised by the HongbaoEscrow contract.
type HongbaoEscrowCoolOffOver struct {
	Id        *big.Int
	ReleaseAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CoolOffOver(uint256 id, uint40 releaseAt)
func HongbaoEscrowCoolOffOverErrorID() common.Hash {
	return common.HexToHash("0x39b488c03911d92709c593fa984f6553fc3b4f58cababb3e1794cd2e722b33b4")
}

// UnpackCoolOffOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CoolOffOver(uint256 id, uint40 releaseAt)
func (hongbaoEscrow *HongbaoEscrow) UnpackCoolOffOverError(raw []byte) (*HongbaoEscrowCoolOffOver, error) {
	out := new(HongbaoEscrowCoolOffOver)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "CoolOffOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowDelayTooShort represents a DelayTooShort error raised by the HongbaoEscrow contract.
type HongbaoEscrowDelayTooShort struct {
	Amount        *big.Int
	Threshold     *big.Int
	RequiredDelay *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayTooShort(uint256 amount, uint256 threshold, uint256 requiredDelay)
func HongbaoEscrowDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xbed6c6d1841826d876aa512d2ae5339164d5424ab4cacfa53042901007fc731d")
}

// UnpackDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayTooShort(uint256 amount, uint256 threshold, uint256 requiredDelay)
func (hongbaoEscrow *HongbaoEscrow) UnpackDelayTooShortError(raw []byte) (*HongbaoEscrowDelayTooShort, error) {
	out := new(HongbaoEscrowDelayTooShort)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "DelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInsufficientBudget represents a InsufficientBudget error raised by the HongbaoEscrow contract.
type HongbaoEscrowInsufficientBudget struct {
	OrgId     uint64
	Amount    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBudget(uint64 orgId, uint256 amount, uint256 available)
func HongbaoEscrowInsufficientBudgetErrorID() common.Hash {
	return common.HexToHash("0x520e00876334640050b7de592ee44c59a9196ae37edf2176d7a2d269c543f01e")
}

// UnpackInsufficientBudgetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBudget(uint64 orgId, uint256 amount, uint256 available)
func (hongbaoEscrow *HongbaoEscrow) UnpackInsufficientBudgetError(raw []byte) (*HongbaoEscrowInsufficientBudget, error) {
	out := new(HongbaoEscrowInsufficientBudget)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InsufficientBudget", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInsufficientGas represents a InsufficientGas error raised by the HongbaoEscrow contract.
type HongbaoEscrowInsufficientGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas()
func HongbaoEscrowInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x1c26714c035362f785e44b6773a87881da86705e5698c55bb550907617bb1353")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas()
func (hongbaoEscrow *HongbaoEscrow) UnpackInsufficientGasError(raw []byte) (*HongbaoEscrowInsufficientGas, error) {
	out := new(HongbaoEscrowInsufficientGas)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInvalidClaimSignature represents a InvalidClaimSignature error raised by the HongbaoEscrow contract.
type HongbaoEscrowInvalidClaimSignature struct {
	Id       *big.Int
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidClaimSignature(uint256 id, address expected)
func HongbaoEscrowInvalidClaimSignatureErrorID() common.Hash {
	return common.HexToHash("0xbfe1fba47c7787e3595313954071b476936144bf045035327e869c306f66ccb9")
}

// UnpackInvalidClaimSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidClaimSignature(uint256 id, address expected)
func (hongbaoEscrow *HongbaoEscrow) UnpackInvalidClaimSignatureError(raw []byte) (*HongbaoEscrowInvalidClaimSignature, error) {
	out := new(HongbaoEscrowInvalidClaimSignature)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InvalidClaimSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInvalidClaimerSignature represents a InvalidClaimerSignature error raised by the HongbaoEscrow contract.
type HongbaoEscrowInvalidClaimerSignature struct {
	Claimer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidClaimerSignature(address claimer)
func HongbaoEscrowInvalidClaimerSignatureErrorID() common.Hash {
	return common.HexToHash("0x5960246526c1f72c97357a483c153290023086a7915d9a212ba02e6909f48a4b")
}

// UnpackInvalidClaimerSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidClaimerSignature(address claimer)
func (hongbaoEscrow *HongbaoEscrow) UnpackInvalidClaimerSignatureError(raw []byte) (*HongbaoEscrowInvalidClaimerSignature, error) {
	out := new(HongbaoEscrowInvalidClaimerSignature)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InvalidClaimerSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInvalidDelay represents a InvalidDelay error raised by the HongbaoEscrow contract.
type HongbaoEscrowInvalidDelay struct {
	Delay *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDelay(uint256 delay, uint256 max)
func HongbaoEscrowInvalidDelayErrorID() common.Hash {
	return common.HexToHash("0xd474bb7f76cee51c3769a090f97cab0f44614396ad101b011b0d886196dd1539")
}

// UnpackInvalidDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDelay(uint256 delay, uint256 max)
func (hongbaoEscrow *HongbaoEscrow) UnpackInvalidDelayError(raw []byte) (*HongbaoEscrowInvalidDelay, error) {
	out := new(HongbaoEscrowInvalidDelay)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InvalidDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInvalidLuckyInput represents a InvalidLuckyInput error raised by the HongbaoEscrow contract.
type HongbaoEscrowInvalidLuckyInput struct {
	Rem *big.Int
	K   *big.Int
	M   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLuckyInput(uint256 rem, uint256 k, uint256 m)
func HongbaoEscrowInvalidLuckyInputErrorID() common.Hash {
	return common.HexToHash("0x4e7cea4faebdfe43a6884e15f3b4800ae110c7b0f0423013654886ac6390049e")
}

// UnpackInvalidLuckyInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLuckyInput(uint256 rem, uint256 k, uint256 m)
func (hongbaoEscrow *HongbaoEscrow) UnpackInvalidLuckyInputError(raw []byte) (*HongbaoEscrowInvalidLuckyInput, error) {
	out := new(HongbaoEscrowInvalidLuckyInput)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InvalidLuckyInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInvalidPolicy represents a InvalidPolicy error raised by the HongbaoEscrow contract.
type HongbaoEscrowInvalidPolicy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPolicy()
func HongbaoEscrowInvalidPolicyErrorID() common.Hash {
	return common.HexToHash("0xd06b96b1115b9e92763e754ca172e49828c93297522e340979d4243da3748bec")
}

// UnpackInvalidPolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPolicy()
func (hongbaoEscrow *HongbaoEscrow) UnpackInvalidPolicyError(raw []byte) (*HongbaoEscrowInvalidPolicy, error) {
	out := new(HongbaoEscrowInvalidPolicy)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InvalidPolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInvalidShares represents a InvalidShares error raised by the HongbaoEscrow contract.
type HongbaoEscrowInvalidShares struct {
	Shares *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShares(uint256 shares, uint256 max)
func HongbaoEscrowInvalidSharesErrorID() common.Hash {
	return common.HexToHash("0x5f9742e30e997eaeea6e1d1b901bb99131d71e0ac4ec2bde875a79aba9b329c9")
}

// UnpackInvalidSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShares(uint256 shares, uint256 max)
func (hongbaoEscrow *HongbaoEscrow) UnpackInvalidSharesError(raw []byte) (*HongbaoEscrowInvalidShares, error) {
	out := new(HongbaoEscrowInvalidShares)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InvalidShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInvalidShortString represents a InvalidShortString error raised by the HongbaoEscrow contract.
type HongbaoEscrowInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func HongbaoEscrowInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (hongbaoEscrow *HongbaoEscrow) UnpackInvalidShortStringError(raw []byte) (*HongbaoEscrowInvalidShortString, error) {
	out := new(HongbaoEscrowInvalidShortString)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowInvalidTtl represents a InvalidTtl error raised by the HongbaoEscrow contract.
type HongbaoEscrowInvalidTtl struct {
	Ttl *big.Int
	Min *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTtl(uint256 ttl, uint256 min, uint256 max)
func HongbaoEscrowInvalidTtlErrorID() common.Hash {
	return common.HexToHash("0xbaaf25ec3fdd5e1190c6406b55c1d4a6cd1e5c43841f8cce2a8ce4d9fe484283")
}

// UnpackInvalidTtlError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTtl(uint256 ttl, uint256 min, uint256 max)
func (hongbaoEscrow *HongbaoEscrow) UnpackInvalidTtlError(raw []byte) (*HongbaoEscrowInvalidTtl, error) {
	out := new(HongbaoEscrowInvalidTtl)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "InvalidTtl", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowLastAdmin represents a LastAdmin error raised by the HongbaoEscrow contract.
type HongbaoEscrowLastAdmin struct {
	OrgId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LastAdmin(uint64 orgId)
func HongbaoEscrowLastAdminErrorID() common.Hash {
	return common.HexToHash("0x7975c0efcd61104d6d826c60e20d9b9f14d32b495436b2eafc7f201e3987286a")
}

// UnpackLastAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LastAdmin(uint64 orgId)
func (hongbaoEscrow *HongbaoEscrow) UnpackLastAdminError(raw []byte) (*HongbaoEscrowLastAdmin, error) {
	out := new(HongbaoEscrowLastAdmin)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "LastAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowMissingAuthority represents a MissingAuthority error raised by the HongbaoEscrow contract.
type HongbaoEscrowMissingAuthority struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingAuthority()
func HongbaoEscrowMissingAuthorityErrorID() common.Hash {
	return common.HexToHash("0xac9e9589a0a72fe4c5b56e8caeb9af7b7847f8c89ee52deff7a5872b5019309a")
}

// UnpackMissingAuthorityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingAuthority()
func (hongbaoEscrow *HongbaoEscrow) UnpackMissingAuthorityError(raw []byte) (*HongbaoEscrowMissingAuthority, error) {
	out := new(HongbaoEscrowMissingAuthority)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "MissingAuthority", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNativeTransferFailed represents a NativeTransferFailed error raised by the HongbaoEscrow contract.
type HongbaoEscrowNativeTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NativeTransferFailed(address to, uint256 amount)
func HongbaoEscrowNativeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0xa5b05eec8040da65485bf3ab248b47c42271aa50a9234ed8f116e568dc285cc6")
}

// UnpackNativeTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NativeTransferFailed(address to, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackNativeTransferFailedError(raw []byte) (*HongbaoEscrowNativeTransferFailed, error) {
	out := new(HongbaoEscrowNativeTransferFailed)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NativeTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNoUndoRequest represents a NoUndoRequest error raised by the HongbaoEscrow contract.
type HongbaoEscrowNoUndoRequest struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoUndoRequest(uint256 id)
func HongbaoEscrowNoUndoRequestErrorID() common.Hash {
	return common.HexToHash("0x10702dacf34777ecdbb9ceab486499d4ab94c67b13217743412f57fb0d79dc57")
}

// UnpackNoUndoRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoUndoRequest(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) UnpackNoUndoRequestError(raw []byte) (*HongbaoEscrowNoUndoRequest, error) {
	out := new(HongbaoEscrowNoUndoRequest)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NoUndoRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNoUndoWindow represents a NoUndoWindow error raised by the HongbaoEscrow contract.
type HongbaoEscrowNoUndoWindow struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoUndoWindow(uint256 id)
func HongbaoEscrowNoUndoWindowErrorID() common.Hash {
	return common.HexToHash("0xdfacd5f9490b4022fcc8c716ae394da6940b8a49aadb478b8100ac78e7bd6d38")
}

// UnpackNoUndoWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoUndoWindow(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) UnpackNoUndoWindowError(raw []byte) (*HongbaoEscrowNoUndoWindow, error) {
	out := new(HongbaoEscrowNoUndoWindow)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NoUndoWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotClaimer represents a NotClaimer error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotClaimer struct {
	Id      *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClaimer(uint256 id, address account)
func HongbaoEscrowNotClaimerErrorID() common.Hash {
	return common.HexToHash("0x906fe24a1b88c15df4d92fbe06bee2d67bde2893b79628a76f0f98425696af07")
}

// UnpackNotClaimerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClaimer(uint256 id, address account)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotClaimerError(raw []byte) (*HongbaoEscrowNotClaimer, error) {
	out := new(HongbaoEscrowNotClaimer)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotClaimer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotDirect represents a NotDirect error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotDirect struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDirect(uint256 id)
func HongbaoEscrowNotDirectErrorID() common.Hash {
	return common.HexToHash("0x7ce9354cd0820c3c94c1a6b0bd050683240b99fd6d4c5dcb1c956c09a67b116e")
}

// UnpackNotDirectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDirect(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotDirectError(raw []byte) (*HongbaoEscrowNotDirect, error) {
	out := new(HongbaoEscrowNotDirect)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotDirect", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotExpired represents a NotExpired error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotExpired struct {
	Id        *big.Int
	ExpiresAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExpired(uint256 id, uint40 expiresAt)
func HongbaoEscrowNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x9bbe56c8da2c93a07204b551a23d8caf23d23a7a74a931e1108631fb1c86fb45")
}

// UnpackNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExpired(uint256 id, uint40 expiresAt)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotExpiredError(raw []byte) (*HongbaoEscrowNotExpired, error) {
	out := new(HongbaoEscrowNotExpired)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotGuardian represents a NotGuardian error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotGuardian struct {
	Id       *big.Int
	Guardian common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuardian(uint256 id, address guardian)
func HongbaoEscrowNotGuardianErrorID() common.Hash {
	return common.HexToHash("0x2c00bbe95ab2933b8d90e5bd72526f2f2477c509b4846c3fa76522ac733c6525")
}

// UnpackNotGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuardian(uint256 id, address guardian)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotGuardianError(raw []byte) (*HongbaoEscrowNotGuardian, error) {
	out := new(HongbaoEscrowNotGuardian)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotInAllowlist represents a NotInAllowlist error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotInAllowlist struct {
	Id      *big.Int
	Claimer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInAllowlist(uint256 id, address claimer)
func HongbaoEscrowNotInAllowlistErrorID() common.Hash {
	return common.HexToHash("0x674454415279e6bfcae151412774f93f31ae8a1d4576e0df70830ff9b2047b58")
}

// UnpackNotInAllowlistError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInAllowlist(uint256 id, address claimer)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotInAllowlistError(raw []byte) (*HongbaoEscrowNotInAllowlist, error) {
	out := new(HongbaoEscrowNotInAllowlist)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotInAllowlist", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotOrgAdmin represents a NotOrgAdmin error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotOrgAdmin struct {
	OrgId   uint64
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOrgAdmin(uint64 orgId, address account)
func HongbaoEscrowNotOrgAdminErrorID() common.Hash {
	return common.HexToHash("0x33039711000c16cdd9e2629f40bd265fa9282346409626b11d2cefaac1a02fe5")
}

// UnpackNotOrgAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOrgAdmin(uint64 orgId, address account)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotOrgAdminError(raw []byte) (*HongbaoEscrowNotOrgAdmin, error) {
	out := new(HongbaoEscrowNotOrgAdmin)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotOrgAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotOrgMember represents a NotOrgMember error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotOrgMember struct {
	OrgId   uint64
	Account common.Address
	Token   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOrgMember(uint64 orgId, address account, address token)
func HongbaoEscrowNotOrgMemberErrorID() common.Hash {
	return common.HexToHash("0x27240f5f337420306bad083550c027ba740c0d2d686719f30737c2b01d64809e")
}

// UnpackNotOrgMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOrgMember(uint64 orgId, address account, address token)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotOrgMemberError(raw []byte) (*HongbaoEscrowNotOrgMember, error) {
	out := new(HongbaoEscrowNotOrgMember)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotOrgMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotRecipient represents a NotRecipient error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotRecipient struct {
	Id        *big.Int
	Recipient common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRecipient(uint256 id, address recipient)
func HongbaoEscrowNotRecipientErrorID() common.Hash {
	return common.HexToHash("0x13bc23a4bd7f92bd521ad51cf82ac164cad37d0fe3cd5146174a4296c9592171")
}

// UnpackNotRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRecipient(uint256 id, address recipient)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotRecipientError(raw []byte) (*HongbaoEscrowNotRecipient, error) {
	out := new(HongbaoEscrowNotRecipient)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotSender represents a NotSender error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotSender struct {
	Id     *big.Int
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSender(uint256 id, address sender)
func HongbaoEscrowNotSenderErrorID() common.Hash {
	return common.HexToHash("0x19743c132d2e7f3adb252f049b92d5f9e97a1914c9ba7b80700eff5362ab40b1")
}

// UnpackNotSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSender(uint256 id, address sender)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotSenderError(raw []byte) (*HongbaoEscrowNotSender, error) {
	out := new(HongbaoEscrowNotSender)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNotYetReleased represents a NotYetReleased error raised by the HongbaoEscrow contract.
type HongbaoEscrowNotYetReleased struct {
	Id        *big.Int
	ReleaseAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYetReleased(uint256 id, uint40 releaseAt)
func HongbaoEscrowNotYetReleasedErrorID() common.Hash {
	return common.HexToHash("0x28e0cfd7c5034c8cc115ea553bfad3c47494c45b77abf9181b37681d0a21b258")
}

// UnpackNotYetReleasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYetReleased(uint256 id, uint40 releaseAt)
func (hongbaoEscrow *HongbaoEscrow) UnpackNotYetReleasedError(raw []byte) (*HongbaoEscrowNotYetReleased, error) {
	out := new(HongbaoEscrowNotYetReleased)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NotYetReleased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowNothingOwed represents a NothingOwed error raised by the HongbaoEscrow contract.
type HongbaoEscrowNothingOwed struct {
	Token   common.Address
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingOwed(address token, address account)
func HongbaoEscrowNothingOwedErrorID() common.Hash {
	return common.HexToHash("0x53ead58b9dd0aab1182d5d452f526630aea1357722828935e9a3e43863d2bc41")
}

// UnpackNothingOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingOwed(address token, address account)
func (hongbaoEscrow *HongbaoEscrow) UnpackNothingOwedError(raw []byte) (*HongbaoEscrowNothingOwed, error) {
	out := new(HongbaoEscrowNothingOwed)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "NothingOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowOrgNotFound represents a OrgNotFound error raised by the HongbaoEscrow contract.
type HongbaoEscrowOrgNotFound struct {
	OrgId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OrgNotFound(uint64 orgId)
func HongbaoEscrowOrgNotFoundErrorID() common.Hash {
	return common.HexToHash("0x0902f22c4e4d77561c00d2bcf9f0c3198f7a87d87e942861cde30fcd30705c7d")
}

// UnpackOrgNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OrgNotFound(uint64 orgId)
func (hongbaoEscrow *HongbaoEscrow) UnpackOrgNotFoundError(raw []byte) (*HongbaoEscrowOrgNotFound, error) {
	out := new(HongbaoEscrowOrgNotFound)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "OrgNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowOverDailyCap represents a OverDailyCap error raised by the HongbaoEscrow contract.
type HongbaoEscrowOverDailyCap struct {
	Amount   *big.Int
	Left     *big.Int
	ResetsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverDailyCap(uint256 amount, uint256 left, uint40 resetsAt)
func HongbaoEscrowOverDailyCapErrorID() common.Hash {
	return common.HexToHash("0x0627b73338ad8023a4ea9778a9cc21abcc2c03915fcfc4f3c4dd230717a1b933")
}

// UnpackOverDailyCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverDailyCap(uint256 amount, uint256 left, uint40 resetsAt)
func (hongbaoEscrow *HongbaoEscrow) UnpackOverDailyCapError(raw []byte) (*HongbaoEscrowOverDailyCap, error) {
	out := new(HongbaoEscrowOverDailyCap)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "OverDailyCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowOverPacketCap represents a OverPacketCap error raised by the HongbaoEscrow contract.
type HongbaoEscrowOverPacketCap struct {
	Amount *big.Int
	Cap    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverPacketCap(uint256 amount, uint256 cap)
func HongbaoEscrowOverPacketCapErrorID() common.Hash {
	return common.HexToHash("0x391156d3dc464e2cf5540b851d6dd9dc13db323cc77631362c324a08eab4928f")
}

// UnpackOverPacketCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverPacketCap(uint256 amount, uint256 cap)
func (hongbaoEscrow *HongbaoEscrow) UnpackOverPacketCapError(raw []byte) (*HongbaoEscrowOverPacketCap, error) {
	out := new(HongbaoEscrowOverPacketCap)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "OverPacketCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the HongbaoEscrow contract.
type HongbaoEscrowOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func HongbaoEscrowOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (hongbaoEscrow *HongbaoEscrow) UnpackOwnableInvalidOwnerError(raw []byte) (*HongbaoEscrowOwnableInvalidOwner, error) {
	out := new(HongbaoEscrowOwnableInvalidOwner)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the HongbaoEscrow contract.
type HongbaoEscrowOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func HongbaoEscrowOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (hongbaoEscrow *HongbaoEscrow) UnpackOwnableUnauthorizedAccountError(raw []byte) (*HongbaoEscrowOwnableUnauthorizedAccount, error) {
	out := new(HongbaoEscrowOwnableUnauthorizedAccount)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowPacketClosed represents a PacketClosed error raised by the HongbaoEscrow contract.
type HongbaoEscrowPacketClosed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PacketClosed(uint256 id)
func HongbaoEscrowPacketClosedErrorID() common.Hash {
	return common.HexToHash("0x86b119953c3aac6b26588a5ced773b7e200f2331f3ddd608e9ca1d701eba57b5")
}

// UnpackPacketClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PacketClosed(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) UnpackPacketClosedError(raw []byte) (*HongbaoEscrowPacketClosed, error) {
	out := new(HongbaoEscrowPacketClosed)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "PacketClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowPacketExpired represents a PacketExpired error raised by the HongbaoEscrow contract.
type HongbaoEscrowPacketExpired struct {
	Id        *big.Int
	ExpiresAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PacketExpired(uint256 id, uint40 expiresAt)
func HongbaoEscrowPacketExpiredErrorID() common.Hash {
	return common.HexToHash("0x48bb135c96dbee24e781fc6650725036571331da8fea5d9184db9049772c9650")
}

// UnpackPacketExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PacketExpired(uint256 id, uint40 expiresAt)
func (hongbaoEscrow *HongbaoEscrow) UnpackPacketExpiredError(raw []byte) (*HongbaoEscrowPacketExpired, error) {
	out := new(HongbaoEscrowPacketExpired)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "PacketExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowPacketNotFound represents a PacketNotFound error raised by the HongbaoEscrow contract.
type HongbaoEscrowPacketNotFound struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PacketNotFound(uint256 id)
func HongbaoEscrowPacketNotFoundErrorID() common.Hash {
	return common.HexToHash("0x3b479a9e1001d5f4bcb020d5b5f0b5ebbcbe792533aab37e5d3f453eb2241c5a")
}

// UnpackPacketNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PacketNotFound(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) UnpackPacketNotFoundError(raw []byte) (*HongbaoEscrowPacketNotFound, error) {
	out := new(HongbaoEscrowPacketNotFound)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "PacketNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the HongbaoEscrow contract.
type HongbaoEscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func HongbaoEscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (hongbaoEscrow *HongbaoEscrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*HongbaoEscrowReentrancyGuardReentrantCall, error) {
	out := new(HongbaoEscrowReentrancyGuardReentrantCall)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowRelayDeadlinePassed represents a RelayDeadlinePassed error raised by the HongbaoEscrow contract.
type HongbaoEscrowRelayDeadlinePassed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RelayDeadlinePassed(uint256 deadline)
func HongbaoEscrowRelayDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x3499c5ceb370d5f7b7605246791d711d9f13a5612f23e81ad90ea74e7a11609b")
}

// UnpackRelayDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RelayDeadlinePassed(uint256 deadline)
func (hongbaoEscrow *HongbaoEscrow) UnpackRelayDeadlinePassedError(raw []byte) (*HongbaoEscrowRelayDeadlinePassed, error) {
	out := new(HongbaoEscrowRelayDeadlinePassed)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "RelayDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowReturnExceedsClaim represents a ReturnExceedsClaim error raised by the HongbaoEscrow contract.
type HongbaoEscrowReturnExceedsClaim struct {
	Id  *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReturnExceedsClaim(uint256 id, uint256 max)
func HongbaoEscrowReturnExceedsClaimErrorID() common.Hash {
	return common.HexToHash("0xb1d4fec3416aa2979c9f5e6080897ac7e8e97ff6edb5b454bb975385db816448")
}

// UnpackReturnExceedsClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReturnExceedsClaim(uint256 id, uint256 max)
func (hongbaoEscrow *HongbaoEscrow) UnpackReturnExceedsClaimError(raw []byte) (*HongbaoEscrowReturnExceedsClaim, error) {
	out := new(HongbaoEscrowReturnExceedsClaim)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "ReturnExceedsClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the HongbaoEscrow contract.
type HongbaoEscrowSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func HongbaoEscrowSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (hongbaoEscrow *HongbaoEscrow) UnpackSafeERC20FailedOperationError(raw []byte) (*HongbaoEscrowSafeERC20FailedOperation, error) {
	out := new(HongbaoEscrowSafeERC20FailedOperation)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowStringTooLong represents a StringTooLong error raised by the HongbaoEscrow contract.
type HongbaoEscrowStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func HongbaoEscrowStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (hongbaoEscrow *HongbaoEscrow) UnpackStringTooLongError(raw []byte) (*HongbaoEscrowStringTooLong, error) {
	out := new(HongbaoEscrowStringTooLong)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowUndoAlreadyRequested represents a UndoAlreadyRequested error raised by the HongbaoEscrow contract.
type HongbaoEscrowUndoAlreadyRequested struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UndoAlreadyRequested(uint256 id)
func HongbaoEscrowUndoAlreadyRequestedErrorID() common.Hash {
	return common.HexToHash("0x86a85fe80befa4e3be190c3e41e118576f03bdb058e9317ab17bf3ebf8db4066")
}

// UnpackUndoAlreadyRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UndoAlreadyRequested(uint256 id)
func (hongbaoEscrow *HongbaoEscrow) UnpackUndoAlreadyRequestedError(raw []byte) (*HongbaoEscrowUndoAlreadyRequested, error) {
	out := new(HongbaoEscrowUndoAlreadyRequested)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "UndoAlreadyRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowUndoWindowClosed represents a UndoWindowClosed error raised by the HongbaoEscrow contract.
type HongbaoEscrowUndoWindowClosed struct {
	Id        *big.Int
	UndoUntil *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UndoWindowClosed(uint256 id, uint40 undoUntil)
func HongbaoEscrowUndoWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x1d0dc5f2724d1aa96c4e26e8ae1b3923b81293b1cad087daa1969b26e29ecd7d")
}

// UnpackUndoWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UndoWindowClosed(uint256 id, uint40 undoUntil)
func (hongbaoEscrow *HongbaoEscrow) UnpackUndoWindowClosedError(raw []byte) (*HongbaoEscrowUndoWindowClosed, error) {
	out := new(HongbaoEscrowUndoWindowClosed)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "UndoWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowUnexpectedAuthority represents a UnexpectedAuthority error raised by the HongbaoEscrow contract.
type HongbaoEscrowUnexpectedAuthority struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedAuthority()
func HongbaoEscrowUnexpectedAuthorityErrorID() common.Hash {
	return common.HexToHash("0x68efef7b9d7135da3c5e5a147822dc4d94ef83cf29018344fc64840c7dcf39a7")
}

// UnpackUnexpectedAuthorityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedAuthority()
func (hongbaoEscrow *HongbaoEscrow) UnpackUnexpectedAuthorityError(raw []byte) (*HongbaoEscrowUnexpectedAuthority, error) {
	out := new(HongbaoEscrowUnexpectedAuthority)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "UnexpectedAuthority", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowValueMismatch represents a ValueMismatch error raised by the HongbaoEscrow contract.
type HongbaoEscrowValueMismatch struct {
	Value  *big.Int
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueMismatch(uint256 value, uint256 amount)
func HongbaoEscrowValueMismatchErrorID() common.Hash {
	return common.HexToHash("0x626ade30b602bf9a3b5aab29d4b89b4e805bf63222f673c9b10b2f6ca4f2b089")
}

// UnpackValueMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueMismatch(uint256 value, uint256 amount)
func (hongbaoEscrow *HongbaoEscrow) UnpackValueMismatchError(raw []byte) (*HongbaoEscrowValueMismatch, error) {
	out := new(HongbaoEscrowValueMismatch)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "ValueMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HongbaoEscrowZeroAddress represents a ZeroAddress error raised by the HongbaoEscrow contract.
type HongbaoEscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func HongbaoEscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (hongbaoEscrow *HongbaoEscrow) UnpackZeroAddressError(raw []byte) (*HongbaoEscrowZeroAddress, error) {
	out := new(HongbaoEscrowZeroAddress)
	if err := hongbaoEscrow.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
