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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"AmountTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"}],\"name\":\"CoolOffOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requiredDelay\",\"type\":\"uint256\"}],\"name\":\"DelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientBudget\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"InvalidClaimerSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rem\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"InvalidLuckyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidShares\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ttl\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidTtl\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"name\":\"LastAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MissingAuthority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoUndoRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoUndoWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotClaimer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotDirect\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"NotInAllowlist\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotOrgAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotOrgMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"NotRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"}],\"name\":\"NotYetReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"name\":\"OrgNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"resetsAt\",\"type\":\"uint40\"}],\"name\":\"OverDailyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"OverPacketCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"PacketClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"}],\"name\":\"PacketExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"PacketNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RelayDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ReturnExceedsClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UndoAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"}],\"name\":\"UndoWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedAuthority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ValueMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"AllowlistSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CoolOffWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Declined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"GuardianSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Intercepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"LockLoosenRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"}],\"name\":\"LockSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"OrgAdminAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"OrgAdminRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrgBudgetCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrgBudgetWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"OrgCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrgFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"OrgMemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perPacketCap\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"dailyCap\",\"type\":\"uint128\"}],\"name\":\"OrgMemberSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"OrgPacketSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"OrgTreasuryChangeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"}],\"name\":\"PacketSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"RelayFeePaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"Returned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"indexed\":false,\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"name\":\"TokenPolicySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UndoApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"UndoRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Undone\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_FOR_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SHARES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUSH_GAS_NATIVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUSH_GAS_TOKEN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"addOrgAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"approveUndo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"auth\",\"type\":\"bytes\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"claimDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"auth\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"claimFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"claimForDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"createOrg\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decline\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fundOrg\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"name\":\"getOrg\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pendingTreasury\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"treasuryChangeAt\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"adminCount\",\"type\":\"uint32\"}],\"internalType\":\"structIHongbaoEscrow.OrgView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getPacket\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIHongbaoEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"claimed\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"createdAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"undoRequested\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.PacketView\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"getPackets\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIHongbaoEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"claimed\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"createdAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"undoRequested\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.PacketView[]\",\"name\":\"views\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasClaimedMany\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"claimed\",\"type\":\"bool[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"intercept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isOrgAdmin\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOrgId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastPacketId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"pendingAt\",\"type\":\"uint40\"},{\"internalType\":\"uint128\",\"name\":\"pendingThreshold\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"pendingMinDelay\",\"type\":\"uint32\"}],\"internalType\":\"structIHongbaoEscrow.Lock\",\"name\":\"lock\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rem\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"luckyAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"orgBudget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"orgMember\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint128\",\"name\":\"perPacketCap\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"dailyCap\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"spentToday\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"dayResetsAt\",\"type\":\"uint40\"}],\"internalType\":\"structIHongbaoEscrow.MemberView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"refundMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"removeOrgAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"removeOrgMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"requestTreasuryChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"returnFunds\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"send\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"sendFromOrg\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"sendWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"}],\"name\":\"setLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"perPacketCap\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"dailyCap\",\"type\":\"uint128\"}],\"name\":\"setOrgMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"name\":\"setTokenPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenPolicy\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"undo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"undoTier\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdrawCoolOff\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawOrgBudget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawOwed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"enumIHongbaoEscrow.Clause\",\"name\":\"clause\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"until\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "e32f21b535fb38be4862d2f169b0e68e4c",
	Bin: "0x61018080604052346101cf57602081615b1e803803809161002082856101d3565b8339810103126101cf57516001600160a01b038116908190036101cf5760405161004b6040826101d3565b60078152602081019066486f6e6762616f60c81b8252604051916100706040846101d3565b600183526020830191603160f81b83526100898161020a565b610120526100968461020a565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100ff60c0826101d3565b5190206080523060c05280156101bc57600380546001600160a01b0319908116909155600280549182168317905560405191906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a343610160526158a8908161027682396080518161567b015260a05181615738015260c0518161564c015260e051816156ca015261010051816156f0015261012051816126ce015261014051816126fa0152610160518161131f0152f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176101f657604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610235576020815191015160208210610226571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f5f3560e01c806301cc9be11461340f57806307c3d4af146133f45780630ebda832146133d857806317a5e220146133b45780631ed1483b1461337a57806320b9693414613206578063246c14c8146131b2578063278ecde11461313657806328079e4a146130e257806337cd2f7e14612f0a578063381e4a0514612ec257806338926b6d14612e715780633a30963f14612d6b5780633ced370d14612c935780633e8ff57b14612c775780633ec3829b14612bfb5780634125ff9014612a8757806343a3e3ec14612bd55780634640d92614612bb957806350c13a2814612ab2578063619a6b8914612a8c57806365b1342c14612a875780636b0509b114612a4d5780637033d0b6146128aa578063715018a61461284157806379ba50971461279f57806384b0196e146126b6578063873f6f9e1461266f578063884fe98e1461259a57806389a7f163146124c25780638a8cbd81146123235780638b13447d146122ce5780638da5cb5b146122a85780638e49a49f1461228257806392b6cf3a1461182b57806393f8ecd0146117df578063956607f61461166257806396d725df146114b7578063981642ac146113ca578063a0355f4e14611342578063a3ec191a14611308578063a59455dc146112d1578063b913abac14611278578063ba11db2f14611171578063c2cff6841461103f578063c4be255414611022578063c4c32c1e14610fda578063ca676dcf14610f05578063cd561da814610de6578063cffccdbe14610cc9578063d82faebf14610b44578063d83b9c44146109a3578063e01b402d14610986578063e30c397814610960578063e88cfdbc14610929578063f03bcd0d1461060d578063f0995da3146104df578063f11988e01461049a578063f2fde38b1461042a578063f698da25146104075763fdfac567146102b9575f80fd5b34610404576040366003190112610404576004356001600160401b038111610402576102e9903690600401613512565b6102f161344c565b926102fb82613a6e565b92610309604051948561392f565b82845261031583613a6e565b602085019590601f190136873761032b84613a6e565b93610339604051958661392f565b808552601f1961034882613a6e565b013660208701376001600160a01b03849216915b8181106103b6575050505060405192604084019060408552518091526060840194915b81811061039e57848061039a888783820360208501526136e1565b0390f35b8251151586526020958601959092019160010161037f565b806103c760019284879a989a613b26565b358852600960205260408820845f5260205260405f20548015156103eb8389613b4a565b52821c6103f88289613b4a565b520195939561035c565b505b80fd5b50346104045780600319360112610404576020610422615642565b604051908152f35b5034610404576020366003190112610404576001600160a01b0361044c613462565b610454614c9f565b16806001600160a01b031960035416176003556001600160a01b03600254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b503461040457602036600319011261040457606064ffffffffff6104bf600435613e38565b90604093929351936104d081613542565b84526020840152166040820152f35b50346106095736600319016101c08112610609576101401361060957610164359060ff821680920361060957610513613f89565b61051b614d6b565b600435916001600160a01b03831692838103610609575060c435906001600160801b038216918281036106095750833b156106095760e45f928360405196879485937fd505accf000000000000000000000000000000000000000000000000000000008552336004860152306024860152604485015261014435606485015260848401526101843560a48401526101a43560c48401525af16105f6575b6020906105cb6105c6614f64565b614fde565b907f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b505f6106019161392f565b60205f6105b8565b5f80fd5b3461060957606036600319011261060957610626613462565b6024356001600160601b0381169081810361060957604435906001600160401b0382116106095736602383011215610609578160040135906001600160401b038211610609576024830192602436916060850201011161060957610688614c9f565b8315801561091f575b6108a3576001600160a01b035f9516945b8281106107e4575084610783576001600160401b036004541673ffffffffffffffffffffffff00000000000000008360a01b9260401b1617176004555b80604051936040850190855260406020860152526060830191905f905b80821061072c57857f815e42f8bf5dfd31a8a44d3c8e3baac4ed76a49f1d47b35e4f591f89c46a4c0286860387a2005b90919283356001600160801b038116809103610609578152602084013563ffffffff8116809103610609576020820152604084013590811515809203610609576060816001936040839401520194019201906106fc565b5060405161079081613914565b8381526020810160ff83168152855f52600b6020526001600160601b0360405f209251166cff0000000000000000000000008354925160601b16916cffffffffffffffffffffffffff1916171790556106df565b801515806108cb575b6108a3576107fc818486613e28565b90865f52600c60205260405f20815f5260205260405f206001600160801b0361082484613bde565b169281549060208101359063ffffffff821682036106095760400135801515809103610609576001957fffffffffffffffffffffff00000000000000000000000000000000000000000074ff000000000000000000000000000000000000000063ffffffff60801b9360a01b169416179160801b1617179055016106a2565b7fd06b96b1000000000000000000000000000000000000000000000000000000005f5260045ffd5b506108df6108da828587613e28565b613bde565b5f19820182811161090b576001600160801b036109016108da8293888a613e28565b16911611156107ed565b634e487b7160e01b5f52601160045260245ffd5b5060088211610691565b346106095760a036600319011261060957602061042261094761344c565b61094f613478565b906084359160643591600435613dc2565b34610609575f3660031901126106095760206001600160a01b0360035416604051908152f35b34610609575f36600319011261060957602060405162278d008152f35b34610609576060366003190112610609576109bc613436565b6109c461344c565b906109cd613478565b916001600160401b036109de613950565b921692835f52601160205260405f206001600160a01b0383165f5260205260405f20549160018084161492835f14610b3c57855f52601260205260405f206001600160a01b0383165f5260205260405f20905f5260205260405f206001600160a01b0383165f5260205260405f2054945b5f5260136020526001600160a01b0360405f2091165f526020526001600160a01b0360405f2091165f5260205260405f20549062015180420490835260208301916001600160801b0385168352604084019460801c8552818160801c145f14610b34576001600160801b0316935b6001600160801b0360608501951685526001820180921161090b576201518082029180830462015180149015171561090b5760a0946001600160801b0380928164ffffffffff968760808a019716875260405198511515895251166020880152511660408601525116606084015251166080820152f35b505f93610abd565b505f94610a4f565b346106095760a036600319011261060957610b5d613436565b610b6561344c565b90610b6e613478565b606435926001600160801b03841680940361060957608435916001600160801b03831691828403610609576001600160a01b0390610bab866140c9565b16938415610ca1576001600160401b031692835f52601160205260405f20855f5260205260405f20546001811615610c6e575b917f10d357b880d7ba726286c83fe208b361e5f367d77e5f28a0cdd754ffab2fb343936001600160a01b0392604094875f526012602052855f20895f52602052855f20905f52602052845f208484165f526020527fffffffffffffffffffffffffffffffff00000000000000000000000000000000855f209160801b1689179055835197885260208801521694a4005b90915f19821461090b575f8581526011602090815260408083208984529091529020600192909201918290559190610bde565b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b346106095760403660031901126106095760a06001600160801b0363ffffffff6080610cf3613462565b610cfb61344c565b6001600160a01b03610d0b613950565b92610d168382615599565b971684528560208501971687521690815f52600d60205260405f206001600160a01b0382165f5260205264ffffffffff60405f2054881c1690428211610da1575b50505082604051946001600160801b0383511686525116602085015264ffffffffff60408201511660408501526001600160801b0360608201511660608501520151166080820152f35b85925f52600e6020526001600160a01b0360405f2091165f5260205260405f20549060408401526001600160801b0381166060840152831c1682820152858080610d57565b3461060957604036600319011261060957610dff613436565b6001600160a01b03610e0f61344c565b610e18836140c9565b16908115610ca1576001600160401b0316805f52601060205260405f20825f5260205260ff60405f205416610ed757805f52601060205260405f20825f5260205260405f20600160ff19825416179055805f52600f60205260405f2063ffffffff815460c81c169063ffffffff821461090b576001610eb1920163ffffffff60c81b1963ffffffff60c81b83549260c81b169116179055565b7f620a50c42d9f112c0f97e393edce9c9d399dfc68fe1379909f7745e10f4a67fc5f80a3005b7ff688846c000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b34610609576020366003190112610609576004356001600160401b03811161060957610f35903690600401613512565b90610f3e613f89565b5f905f925b808410610f78576020835f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b9091610f85848385613b26565b35805f52600660205260405f20549081158015610fc7575b610fbc5791610fb06001939284936141d0565b01935b01929190610f43565b505092600190610fb3565b5064ffffffffff8260a81c164210610f9d565b3461060957606036600319011261060957610ff3613462565b6024356001600160801b0381168103610609576044359063ffffffff821682036106095761102092613bf2565b005b34610609575f366003190112610609576020604051620249f08152f35b3461060957604036600319011261060957611058613462565b61106061344c565b90611069613f89565b6001600160a01b038216908115610ca1576001600160a01b031691825f52600a60205260405f206001600160a01b0333165f5260205260405f205491821561114157835f52600a60205260405f206001600160a01b0333165f526020525f6040812055604051908152826020820152837f862bd5b58d76df76b7c2e7990b4cb56a94e8bf0b4fd816592500fd3100117f1160403393a3826111335761110e9250615550565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b61113c926154d2565b61110e565b837f53ead58b000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b61117a366134bb565b91611183613f89565b61118c816140c9565b826001600160a01b0383169283155f1461123e575080340361122857506001600160401b03905b16805f52601460205260405f20825f5260205260405f206111d5848254613bbb565b90556040519283527f2c9f2590dfbc22c4a52e3af4a9e5f26a0336d773532e1bd6b1e8732c06dcadc960203394a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b630626ade360e41b5f523460045260245260445ffd5b9091935034611261576001600160401b039161125b913390614234565b926111b3565b630626ade360e41b5f52346004525f60245260445ffd5b3461060957604036600319011261060957611291613436565b6001600160401b036112a161344c565b91165f5260106020526001600160a01b0360405f2091165f52602052602060ff60405f2054166040519015158152f35b34610609576020366003190112610609576112ea613a85565b506102806112f9600435614a32565b611306604051809261356a565bf35b34610609575f3660031901126106095760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346106095760203660031901126106095761110e600435611361613f89565b61136a81614cb3565b90805f5260066020525f60408120556113838183614d3d565b906001600160801b03831692604051848152827f9ac853bf8a368b327a217cb33373cac776d93c200c4d6e29fc4f275ab1ef670660206001600160a01b03871693a3614075565b34610609576040366003190112610609576113e3613436565b6001600160a01b036113f361344c565b6113fc836140c9565b16908115610ca1576001600160401b03811691825f52600f6020526001600160a01b0361142c60405f20936149da565b166001600160a01b031983541617825560018201816001600160a01b03198254161790556201518042019081421161090b57825464ffffffffff60a01b191660a083901b64ffffffffff60a01b16179092557f0e563f7efafec0b9fb82cb65ee2c4db38bc047f4dcb66779724b2572b7cd73289160409164ffffffffff1682519182526020820152a2005b34610609576020366003190112610609576114d0613462565b6114d9816153c1565b80516001600160601b031680611656575060ff6020600193925b0151169061150082613a6e565b9161150e604051938461392f565b80835261151d601f1991613a6e565b015f5b8181106116275750506001600160a01b03165f5b82518110156115a857600190825f52600c60205260405f20815f5260205260405f2060ff60405191611565836138f9565b546001600160801b038116835263ffffffff8160801c16602084015260a01c16151560408201526115968286613b4a565b526115a18185613b4a565b5001611534565b5050906040519182916001600160601b0360408401911683526040602084015281518091526020606084019201905f5b8181106115e6575050500390f35b9193509160206060600192604087516001600160801b03815116835263ffffffff8582015116858401520151151560408201520194019101918493926115d8565b602090604095939551611639816138f9565b5f81525f838201525f604082015282828701015201939193611520565b602060ff9193926114f3565b346106095760203660031901126106095760043561167e613f89565b805f52600660205260405f205480156117d957815f5260086020526001600160a01b0360405f2054168033148015906117d1575b611749575b5064ffffffffff8160a81c1691824210156117325761110e9250805f5260066020525f60408120556116e98183614d3d565b906001600160801b038316926040518481526001600160a01b03841690837f41bef2bba8fc0ea7519b46c8cc4df4d7660678af4ec2d7e3dc8e537bac6998a460203393a4614075565b905063122ec4d760e21b5f5260045260245260445ffd5b600160f71b821615801561178c575b156116b757827f2c00bbe9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50825f5260066020526001600160401b03600360405f20015460a01c165f52601060205260405f206001600160a01b0333165f5260205260ff60405f20541615611758565b5080156116b2565b50614159565b346106095760403660031901126106095760406118176117fd613462565b6024359060ff602061180e836153c1565b01511690615447565b63ffffffff83519216825215156020820152f35b61016036600319011261060957611840613436565b61014036602319011261060957611855613f89565b346112615761ffff608435166084350361060957600360443510156106095761187f604435613560565b60443561217557600161ffff608435160361215757610104356001600160a01b0381169081810361060957501561212f5761012435612120575b60a4359063ffffffff821682141580610609576201518063ffffffff8416116121005760c4359063ffffffff821682141591826106095761012c63ffffffff82161080156120eb575b6120be57602435926001600160a01b0384168403610609576001600160801b0361192a613bc8565b166001600160401b0386165f52600f6020526001600160a01b0360405f205416156120a2576001600160401b0386165f52601160205260405f206001600160a01b0333165f5260205260405f20546001811615612075576001600160401b0387165f52601260205260405f206001600160a01b0333165f5260205260405f20905f5260205260405f206001600160a01b0386165f5260205260405f20548015612075576001600160801b0381168083116120465750620151804204906001600160401b0388165f52601360205260405f206001600160a01b0333165f5260205260405f206001600160a01b0388165f5260205260405f2054828160801c145f14612037576001600160801b038091165b169060801c80611a4a8584613bbb565b11611fc2575082611a5a91613bbb565b6001600160401b0388165f52601360205260405f206001600160a01b0333165f5260205260405f206001600160a01b0388165f5260205260405f209160801b1790556001600160401b0386165f52601460205260405f206001600160a01b0386165f5260205260405f2054808211611f9f5790611ad6916138bd565b6001600160401b0386165f52601460205260405f206001600160a01b0386165f5260205260405f20556001600160801b03611b0f613bc8565b1692600454966001600160a01b038616155f14611f6d576001600160601b038860401c169160ff8960a01c16905b8315611f64575b611b5461ffff6084351685613daf565b8710611f3e5761060957611b688733615599565b9080881180611f2f575b611f1657505085611b839188615447565b959060016001600160401b0381818d1601169a01600455611ba5604435613560565b611bb0604435613560565b604435611efb575f945b6106095780611ef357505f935b6001600160a01b038816611ee8575f955b8715611ee257600160f51b5b6001600160401b038b16611ed7575f905b8c5f52600660205260405f209817178260f21b60443560f01b61ffff60d01b60843560d01b1663ffffffff851663ffffffff891642010160a81b63ffffffff8916420160801b8817171717171787556001600160a01b0361010435166101043503610609576001600160601b0364ffffffffff979563ffffffff9485948a988e8e8560a01b6001600160a01b0361010435161760018401558360f81b8d60443560f01b9060c81b4260a01b331717171760028401556001600160a01b03811615156001600160a01b03821615611ec5575b611e8b575b505050611cd781613560565b6001600160a01b036040519d168d52611cf1604435613560565b60443560208e0152611d0281613560565b60408d015260608c015261ffff6084351660808c01521660a08a01528482851642011660c08a01521691164201011660e08501521661010083015215156101208201526001600160a01b03610104351690837fc684aa51934d9386f74c42ee499e7b4eb9d220f554837e31280ee7546a45975e6101403393a4816101243580611e4c575b505061014435916001600160a01b0383168084036106095760209381611e04575b5050604051916001600160401b03339116827f971737b0f1d886cec0e617c5adcdb011708a8c9db259d268bcae8ef8c4db8b405f80a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d8152f35b825f526008855260405f20826001600160a01b031982541617905550817f65b71688ffda6ebbb7a73faa75353a6a2d6b7c6fc15c0571374dea43e62214175f80a38380611da7565b60207fcc7b35b1894b398b0cfe282351fcc5a2b0cb247ba99771b9a03252394ffefe5f91835f52600782528060405f2055604051908152a28183611d86565b6001600160a01b037bffffffffffffffff000000000000000000000000000000000000000060039360a01b169116179101558f8e8e611ccb565b506001600160401b0382161515611cc6565b600160f71b90611bf5565b5f611be4565b600160f41b95611bd8565b420193611bc7565b606435600381101561060957611f1081613560565b94611bba565b8763bed6c6d160e01b5f5260045260245260445260645ffd5b508163ffffffff851610611b72565b86611f4f60843561ffff1686613daf565b90625a5b2760e31b5f5260045260245260445ffd5b60019350611b44565b6001600160a01b0386165f908152600b60205260409020546001600160601b0381169260609190911c60ff1690611b3d565b906001600160401b038763520e008760e01b5f521660045260245260445260645ffd5b908082111561202f57611fd4916138bd565b6001820180921161090b576201518082029180830462015180149015171561090b5764ffffffffff927f0627b733000000000000000000000000000000000000000000000000000000005f526004526024521660445260645ffd5b50505f611fd4565b506001600160801b035f611a3a565b827f391156d3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001600160a01b03866001600160401b03896327240f5f60e01b5f5216600452336024521660445260645ffd5b6001600160401b0386630240bc8b60e21b5f521660045260245ffd5b82610609578063ffffffff9150632eabc97b60e21b5f521660045261012c60245262278d0060445260645ffd5b505f925062278d0063ffffffff821611611902565b63ffffffff8363d474bb7f60e01b5f52166004526201518060245260445ffd5b6368efef7b60e01b5f5260045ffd5b7fac9e9589000000000000000000000000000000000000000000000000000000005f5260045ffd5b635f9742e360e01b5f5261ffff60843516600452600160245260445ffd5b61ffff60843516158015612271575b6122525760643560038110156106095761219d81613560565b806121cd5750610104356001600160a01b0381169081810361060957501561212f5761012435612120575b6118b9565b6001906121d981613560565b0361221257610124351561212f57610104356001600160a01b038116908181036106095750156118b9576368efef7b60e01b5f5260045ffd5b610104356001600160a01b03811690818103610609575015801590612246575b156121c8576368efef7b60e01b5f5260045ffd5b50610124351515612232565b635f9742e360e01b5f5261ffff6084351660045261271060245260445ffd5b5061271061ffff6084351611612184565b34610609575f3660031901126106095760206001600160401b0360045416604051908152f35b34610609575f3660031901126106095760206001600160a01b0360025416604051908152f35b610140366003190112610609576122e3613f89565b6122eb614d6b565b60206122f86105c6614f64565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b34610609576020366003190112610609576001600160a01b03612344613462565b168015610ca1576005546001600160401b038116916001600160401b03831461090b576001600160401b036001602094011680926001600160401b03191617600555604051612392816138ca565b8181526001600160a01b036001818684015f815261242b63ffffffff6040870185815261240b64ffffffffff60608a01955f87528c5f52600f8e52878060405f209c5116166001600160a01b03198c5416178b555116899064ffffffffff60a01b1964ffffffffff60a01b83549260a01b169116179055565b51875463ffffffff60c81b1916911660c81b63ffffffff60c81b16178655565b5116920191166001600160a01b0319825416179055815f526010835260405f206001600160a01b0333165f52835260405f20600160ff19825416179055604051908152817fcbefd3770bdf95ac7fde151091be76475afe101e63117697b82e97383df8c1dd843393a36040519033817f620a50c42d9f112c0f97e393edce9c9d399dfc68fe1379909f7745e10f4a67fc5f80a38152f35b34610609576040366003190112610609576124db613436565b6001600160401b036124eb61344c565b916124f5816140c9565b1690815f52601160205260405f206001600160a01b0382165f5260205260405f2054906001821615612576576001820180921161090b576001600160a01b0391835f52601160205260405f208383165f5260205260405f205516907f5957e688c5003a6d8d0c7fa9bde40eda4940e573216a002b1ab13962c578017f5f80a3005b6001600160a01b0390836327240f5f60e01b5f52600452166024525f60445260645ffd5b34610609576020366003190112610609576004356125b6613f89565b6125bf81614cb3565b600160f61b8116156126435764ffffffffff8160a81c1691824210156117325761110e9250805f5260066020525f60408120556125fc8183614d3d565b906001600160801b03831692604051848152827f07263dc7128bb65a30f904ecdceb6e62d79dba90aca7ad6dbab84c755144b2b560206001600160a01b03871693a3614075565b507f10702dac000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346106095760403660031901126106095761268861344c565b6004355f5260096020526001600160a01b0360405f2091165f52602052602060405f20541515604051908152f35b34610609575f366003190112610609576127716126f27f00000000000000000000000000000000000000000000000000000000000000006157cf565b61039a61271e7f00000000000000000000000000000000000000000000000000000000000000006157cf565b61277f6040519161273060208461392f565b5f83525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e0602088015260e08701906136bd565b9085820360408701526136bd565b904660608501523060808501525f60a085015283820360c08501526136e1565b34610609575f36600319011261060957336001600160a01b036003541603612815576001600160a01b031960035416600355600254336001600160a01b03198216176002556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610609575f36600319011261060957612859614c9f565b6001600160a01b0319600354166003555f6001600160a01b036002546001600160a01b03198116600255167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b346106095760c0366003190112610609576004356128c661344c565b604435906064356084356001600160401b038111610609576128ec90369060040161348e565b9160a4356001600160401b0381116106095761290c90369060040161348e565b91612915613f89565b804211612a22579061292e61293493928833898c613dc2565b86614be4565b156129ed57906129459183866145a5565b939092838110156129e6575b604051818152827fd8c8385171aebab7815b872da530169bb110f08ecbfecf1fd07eb1d4c84fee2160203393a3806129d6575b8084036129b0575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6129c06129c6926129cc96614c75565b936138bd565b916143e7565b808080808061110e565b6129e181838761499f565b612984565b5082612951565b6001600160a01b03837f59602465000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7f3499c5ce000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610609575f3660031901126106095760206040517f1ba478f2745cfe179a54cf4a13d5137a2a141403e74a004410f4c49774a02d4d8152f35b6134f5565b34610609576040366003190112610609576020610422612aaa61344c565b600435613b5e565b34610609576020366003190112610609576004356001600160401b03811161060957612ae2903690600401613512565b90612aec82613a6e565b91612afa604051938461392f565b808352601f19612b0982613a6e565b015f5b818110612ba25750505f5b818110612b6f57836040518091602082016020835281518091526020604084019201905f5b818110612b4a575050500390f35b91935091602061028082612b61600194885161356a565b019401910191849392612b3c565b80612b86612b806001938587613b26565b35614a32565b612b908287613b4a565b52612b9b8186613b4a565b5001612b17565b602090612bad613a85565b82828801015201612b0c565b34610609575f36600319011261060957602060405161012c8152f35b34610609575f3660031901126106095760206001600160401b0360055416604051908152f35b346106095760203660031901126106095760a0612c1e612c19613436565b61398a565b63ffffffff6080604051926001600160401b0381511684526001600160a01b0360208201511660208501526001600160a01b03604082015116604085015264ffffffffff60608201511660608501520151166080820152f35b34610609575f3660031901126106095760206040516127108152f35b3461060957602036600319011261060957600435612caf613f89565b612cb881613ffd565b9164ffffffffff8260801c169283421015612d3b575f8281526006602052604081205561110e9350600160f71b8316612d3357905b6001600160801b03831692604051848152827fbd9683704f1bef2882adc628824892505cb0e01d35a42e7cc1c915e03f6c3fcc60206001600160a01b03871693a3614075565b505f90612ced565b83827f39b488c0000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461060957612d79366134bb565b90612d82613f89565b612d8b836140c9565b6001600160401b03831690815f52601460205260405f206001600160a01b0382165f5260205260405f2054938315612e5a57848411612e4057612dfa90612dd58561110e976138bd565b845f52601460205260405f206001600160a01b0385165f5260205260405f20556149da565b916040518481526001600160a01b038416917fbc20156f3be54ee1bd4e597f2bd07ab5344ff4ce0b95307b432cc49ec82df83960206001600160a01b03861693a46143e7565b505063520e008760e01b5f5260045260245260445260645ffd5b625a5b2760e31b5f525f600452600160245260445ffd5b34610609576040366003190112610609576024356004356001600160401b03821161060957612eba612eaa61110e93369060040161348e565b90612eb3613f89565b33846145a5565b91909161499f565b3461060957604036600319011261060957612edb61344c565b6004355f5260096020526001600160a01b0360405f2091165f52602052602060405f205460011c604051908152f35b604036600319011261060957602435600435612f24613f89565b805f52600960205260405f206001600160a01b0333165f5260205260405f205480156130b25760011c8215612e5a5780831161308357612f66836001926138bd565b811b17815f52600960205260405f206001600160a01b0333165f5260205260405f2055805f526006602052600360405f200154906001600160a01b038216839281155f146130635784340361304c576001600160401b03905b60a01c16938415801561304557612feb845f5260066020526001600160a01b03600260405f2001541690565b915b6040519081528560208201526001600160a01b03831690857fb7e37b8a15405103967d2155fcee22e8988767eace53d13eb33ce7a79cfa2c7060403393a4613039575061110e9361453e565b915061113c93506143e7565b5f91612fed565b84630626ade360e41b5f523460045260245260445ffd5b925034611261576001600160401b0361307d853384614234565b93612fbf565b907fb1d4fec3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f906fe24a000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b34610609576040366003190112610609576130fb613462565b6001600160a01b0361310b61344c565b91165f52600a6020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b3461060957602036600319011261060957600435613152613f89565b805f52600660205260405f205480156117d95764ffffffffff8160a81c16918242106131825761110e92506141d0565b90507f9bbe56c8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b34610609576040366003190112610609576131cb613436565b6001600160401b036131db61344c565b91165f5260146020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b346106095760403660031901126106095761321f613436565b6001600160401b0361322f61344c565b91613239816140c9565b1690815f52601060205260405f206001600160a01b0382165f5260205260ff60405f2054161561334257815f52600f602052600163ffffffff60405f205460c81c161461331657815f52601060205260405f206001600160a01b0382165f5260205260405f2060ff198154169055815f52600f60205260405f209063ffffffff825460c81c16801561090b57825463ffffffff60c81b19165f1990910160c81b63ffffffff60c81b16179091556001600160a01b0316907fada3fc4f782602de54524f049d269a55e67f628eae76f11326168c9ac96c72f15f80a3005b507f7975c0ef000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160a01b03917f360f2bb0000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b34610609575f3660031901126106095760206040517fe6005dc29cf05c859a4e090e0b62b660ac28545b9497c3a7cbc6489325f7f5c38152f35b34610609576020366003190112610609576133cd613f89565b61110e600435613714565b34610609575f36600319011261060957602060405161c3508152f35b34610609575f36600319011261060957602060405160088152f35b34610609576080366003190112610609576020610422606435604435602435600435613f04565b600435906001600160401b038216820361060957565b602435906001600160a01b038216820361060957565b600435906001600160a01b038216820361060957565b604435906001600160a01b038216820361060957565b9181601f84011215610609578235916001600160401b038311610609576020838186019501011161060957565b6060906003190112610609576004356001600160401b038116810361060957906024356001600160a01b0381168103610609579060443590565b34610609575f366003190112610609576020604051620151808152f35b9181601f84011215610609578235916001600160401b038311610609576020808501948460051b01011161060957565b6005111561354c57565b634e487b7160e01b5f52602160045260245ffd5b6003111561354c57565b610260809180518452602081015161358181613542565b6020850152604081015161359481613560565b604085015260608101516135a781613560565b60608501526001600160a01b0360808201511660808501526001600160a01b0360a08201511660a085015260c081015160c085015261ffff60e08201511660e085015261ffff610100820151166101008501526001600160601b03610120820151166101208501526001600160a01b03610140820151166101408501526101608101516101608501526001600160a01b03610180820151166101808501526001600160401b036101a0820151166101a085015264ffffffffff6101c0820151166101c085015264ffffffffff6101e0820151166101e085015264ffffffffff6102008201511661020085015264ffffffffff61022082015116610220850152610240810151151561024085015201511515910152565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b90602080835192838152019201905f5b8181106136fe5750505090565b82518452602093840193909201916001016136f1565b61371d81613ffd565b91805f52600660205264ffffffffff600260405f20015460c81c1680156138915780421015613862575060038260f01c161580613853575b6137c8575f818152600660205260408120556137be92600160f71b83166137c057905b6001600160801b03831692604051848152827f4e779001472ae0568fbfbcd04c3d762ce549ea84aec67078097f473c3213a4ae60206001600160a01b03871693a3614075565b565b505f90613778565b90600160f61b8116613827575f828152600660205260408120600160f61b9290921782556001909101546001600160a01b03908116931691907f7e878589f0e08f130bec75fc12915fa2f781ccd25a80db0dc7ef7203320f64659080a4565b507f86a85fe8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50600160f51b82161515613755565b907f1d0dc5f2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507fdfacd5f9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9190820391821161090b57565b608081019081106001600160401b038211176138e557604052565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b038211176138e557604052565b604081019081106001600160401b038211176138e557604052565b90601f801991011681019081106001600160401b038211176138e557604052565b6040519060a082018281106001600160401b038211176138e5576040525f6080838281528260208201528260408201528260608201520152565b90613993613950565b916001600160401b03811690815f52600f60205260405f2091604051916139b9836138ca565b8354916001600160a01b03831680855260606001600160a01b036001602088019864ffffffffff8860a01c168a5263ffffffff60408a019860c81c168852015416950194855215613a6757916001600160a01b03613a2063ffffffff938296958a526149da565b1660208801525116608086015251169081151580613a56575b613a41575050565b64ffffffffff91604085015251166060830152565b5064ffffffffff8151164210613a39565b5050505050565b6001600160401b0381116138e55760051b60200190565b6040519061028082018281106001600160401b038211176138e5576040525f610260838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201520152565b9190811015613b365760051b0190565b634e487b7160e01b5f52603260045260245ffd5b8051821015613b365760209160051b010190565b613bb8916001600160a01b036040519160208301937f1ba478f2745cfe179a54cf4a13d5137a2a141403e74a004410f4c49774a02d4d8552604084015216606082015260608152613bb060808261392f565b519020614ba3565b90565b9190820180921161090b57565b60e4356001600160801b03811681036106095790565b356001600160801b03811681036106095790565b63ffffffff8316620151808111613d7857613c0d8233615599565b90918181101580613d5d575b613ccf576201518042019182421161090b576001600160a01b039564ffffffffff946001600160801b0392335f52600d60205260405f208989165f5260205260405f20918660a01b9160801b171790551695335f52600e60205260405f208686165f5260205263ffffffff60801b60405f209160801b1687179055604051958652602086015216604084015216907f587e31914a8cf3abf2cca5f9da5d2a17593228d66ea405899caffaf51136bf1a60603392a3565b9150506001600160801b036001600160a01b03931693335f52600d60205260405f208484165f5260205263ffffffff60801b60405f209160801b1685179055335f52600e60205260405f208383165f526020525f6040812055604051938452602084015216907f17a15b2f84589a6801496b517cf87e0a5c30fbff0aa60a30abe20c3cf4228fbd60403392a3565b506001600160801b03851683101580613c1957508115613c19565b63d474bb7f60e01b5f526004526201518060245260445ffd5b8115613d9b570490565b634e487b7160e01b5f52601260045260245ffd5b8181029291811591840414171561090b57565b926001600160a01b03613bb8959293816040519560208701977fe6005dc29cf05c859a4e090e0b62b660ac28545b9497c3a7cbc6489325f7f5c38952604088015216606086015216608084015260a083015260c082015260c08152613bb060e08261392f565b9190811015613b36576060020190565b805f52600660205260405f2054908115613efa576001600160801b038216905f52600660205264ffffffffff600260405f20015460c81c1664ffffffffff8360801c16804210613eef575064ffffffffff8360a81c169283421015613ee257814210613ea8575050505f915f9190565b91939092509060f081901c600316159081613ed2575b5015613ecb576004929190565b6003929190565b600160f51b91501615155f613ebe565b5050919050600191905f90565b925050916002929190565b50505f905f905f90565b92919281158015613f77575b613f435760018214613f3c57600191613f2891613d91565b811b83821b900301908115613d9b57060190565b9250505090565b9091507f4e7cea4f000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b5083613f838383613d91565b10613f10565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c613fd55760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b805f52600660205260405f20549182156117d957614030825f5260066020526001600160a01b03600260405f2001541690565b916001600160a01b03831690813303614047575050565b7f19743c13000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b92919092600160f71b8116156140b7575050816137be925f526006602052600360405f2001546001600160401b036001600160a01b0382169160a01c1661453e565b6137be936140c491614c75565b6143e7565b6001600160401b0316805f52600f6020526001600160a01b0360405f2054161561414757805f52601060205260405f206001600160a01b0333165f5260205260ff60405f205416156141185750565b7f33039711000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b630240bc8b60e21b5f5260045260245ffd5b801580156141bc575b614191577f86b11995000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f3b479a9e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160401b03600454168111614162565b906137be91805f5260066020525f60408120556141ed8183614d3d565b906001600160801b03831692604051848152827f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c460206001600160a01b03871693a3614075565b6001600160a01b039092919216604051916370a0823160e01b8352306004840152602083602481855afa928315614377575f936143b3575b506001600160a01b03604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004523060245260445260205f60648180855af160015f5114811615614394575b836040525f6060521561438257826024816020936370a0823160e01b82523060048301525afa8015614377575f90614343575b6142fb92506138bd565b906001600160801b03821161430c57565b507f7f162703000000000000000000000000000000000000000000000000000000005f526004526001600160801b0360245260445ffd5b506020823d60201161436f575b8161435d6020938361392f565b81010312610609576142fb91516142f1565b3d9150614350565b6040513d5f823e3d90fd5b635274afe760e01b5f5260045260245ffd5b60018115166143aa57813b15153d1516166142be565b833d5f823e3d90fd5b9092506020813d6020116143df575b816143cf6020938361392f565b810103126106095751915f61426c565b3d91506143c2565b916001600160a01b0382169233841461451a576001600160a01b0381169283159182156145115761c3505b6144215a91603f810490613bbb565b90619c40820180921161090b57106144e95783921561449e57505f808093819361c350f15b1561445057505050565b60207f5e6777bbce5269e6bf9b6dbe08117b87391de5da8bd1cf9430e4fe3911ee436a91835f52600a825260405f20855f52825260405f20614493828254613bbb565b9055604051908152a3565b9150506040519063a9059cbb60e01b5f52846004528260245260205f6044818085620249f0f19060015f51148216156144dc575b5090604052614446565b3b15153d1516165f6144d2565b7f1c26714c000000000000000000000000000000000000000000000000000000005f5260045ffd5b620249f0614412565b6001600160a01b031692509082614535576137be9250615550565b6137be926154d2565b60206001600160a01b036001600160401b037f595ecb8a4b38aa3bcd45e95b5c01b9d9e8873ccfb947a877c7947f100ce46734939695961693845f526014835260405f208282165f52835260405f20614598878254613bbb565b90556040519586521693a4565b939193805f52600660205260405f2080549485156149995764ffffffffff8660801c1680421061496a575064ffffffffff8660a81c1680421015614954575060018201549060038760f01c169788155f146147a35750506001600160a01b038116806001600160a01b0386160361478d57505b825f52600960205260405f20966001600160a01b0385165f528760205260405f2054614754576001600160801b0387169161ffff8860e01c166146628161ffff8b60d01c166138bd565b9260018403614707575050505080965b6001600160a01b0385165f5260205260405f20600188811b17905586145f146146d0575f905b557f4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed02660206001600160a01b03604051948886521693a3565b6146da86866138bd565b7c0100000000000000000000000000000000000000000000000000000000810180911161090b5790614698565b60010361472057505061471a9082613d91565b96614672565b91608061471a936040519044825288602083015260408201526001600160a01b0389166060820152209160a01c9084613f04565b6001600160a01b0385857fa9214540000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b836304ef08e960e21b5f5260045260245260445ffd5b60038860f21c1680155f1461481057506001600160a01b036147d38185169384936147ce8a8a613b5e565b61575e565b505016036147e15750614618565b837fbfe1fba4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b60011461481f575b5050614618565b5f91604081101580614941575b61490d575b50604001845f52600760205260405f20549060405192602084016001600160a01b038916948582526020815261486860408261392f565b519020604051602081019182526020815261488460408261392f565b519020915f915b8083106148cf57505050036148a05780614818565b837f67445441000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9091926148dd848385613b26565b3590818110156148fc575f52602052600160405f205b9301919061488b565b905f52602052600160405f206148f3565b8092506040116106095760208101358092603f19810190811161090b5760051c10614939575b5f614831565b5f9150614933565b508060201161060957602082351461482c565b8363122ec4d760e21b5f5260045260245260445ffd5b837f28e0cfd7000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b82614159565b909190600160f41b166149b7576137be915033615550565b6137be915f5260066020526001600160a01b03600360405f2001541633906154d2565b6001600160401b03165f52600f60205260405f206001600160a01b036001820154169081151580614a1d575b614a19576001600160a01b039150541690565b5090565b5064ffffffffff815460a01c16421015614a06565b90614a3b613a85565b91805f52600660205260405f20906002820154908115614b9e57829164ffffffffff916001600160a01b03600160f61b9554946001600160401b0360036001830154920154848b52614a8c88615792565b614a9581613542565b60208c015260ff8660f01c16614aaa81613560565b614ab381613560565b60408c01528560f81c614ac581613560565b614ace81613560565b60608c015283861660808c015283811660a08c015260a01c166101a08a01526001600160801b03861660c08a015261ffff8660d01c1660e08a015261ffff8660e01c166101008a01528060a01c6101208a015216610140880152805f52600760205260405f20546101608801525f5260086020526001600160a01b0360405f205416610180870152818160a01c166101c0870152818360801c166101e0870152818360a81c1661020087015260c81c16610220850152600160f51b81161515610240850152161515610260830152565b505050565b604290614bae615642565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b929190833b614c215790614bf8929161575e565b50600481101561354c57159182614c0e57505090565b6001600160a01b03919250811691161490565b6064835f946020969460405194630b135d3f60e11b8652600486015260406024860152816044860152838501378281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d11161690565b600160f41b16614c8457505f90565b5f5260066020526001600160a01b03600360405f2001541690565b6001600160a01b0360025416330361281557565b90815f52600660205260405f2054918215614d385760038360f01c16614d0d57805f5260066020526001600160a01b03600160405f2001541690813303614cf8575050565b6304ef08e960e21b5f5260045260245260445ffd5b7f7ce9354c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b614159565b600160f71b16614d6657613bb8905f5260066020526001600160a01b03600260405f2001541690565b505f90565b60643561ffff8116908181036106095750602435600381101561060957614d9181613560565b614e6c5760018103614e55575060e4356001600160a01b0381169081810361060957501561212f5761010435612120575b60843563ffffffff81169081810361060957620151808211614e3b57505060a43563ffffffff81169081811415806106095761012c83108015614e2d575b614e0957505050565b6106095750632eabc97b60e21b5f5260045261012c60245262278d0060445260645ffd5b50505f62278d008311614e00565b5063d474bb7f60e01b5f526004526201518060245260445ffd5b635f9742e360e01b5f52600452600160245260445ffd5b80158015614f59575b614f415750604435600381101561060957614e8f81613560565b80614ebe575060e4356001600160a01b0381169081810361060957501561212f5761010435612120575b614dc2565b600190614eca81613560565b03614f0257610104351561212f5760e4356001600160a01b03811690818103610609575015614dc2576368efef7b60e01b5f5260045ffd5b60e4356001600160a01b03811690818103610609575015801590614f35575b15614eb9576368efef7b60e01b5f5260045ffd5b50610104351515614f21565b635f9742e360e01b5f5260045261271060245260445ffd5b506127108111614e75565b6004356001600160a01b0381168082036106095715614fa457346112615760c435906001600160801b0382169081830361060957613bb892503390614234565b5060c4356001600160801b0381169081810361060957813403614fc75750503490565b50630626ade360e41b5f523460045260245260445ffd5b906004356001600160a01b03811681036106095761ffff606435166064350361060957600454926001600160a01b038216615391576001600160601b038460401c169060ff8560a01c16915b8015615389575b61504161ffff6064351682613daf565b8210615378576084359163ffffffff831693848403610609576150648633615599565b908084118061536f575b6153565750508161507f9187615447565b9460016001600160401b0381818c160116990160045560036024351015610609576150ab602435613560565b6150b6602435613560565b60243561533b575f945b5060a4359163ffffffff83169283810361060957508061533357505f935b6001600160a01b038816615328575f905b871561532157600160f51b945b8b5f52600660205260405f209560243560f01b93178860f21b8461ffff60d01b60643560d01b16888842010160a81b88420160801b8617171717171786556001600160a01b0360e4351660e435036106095764ffffffffff9788966001600160601b03948460a01b6001600160a01b0360e435161760018301558260f81b908a60c81b4260a01b331717171760028201556001600160a01b038c1615156001600160a01b038d161561531a575b615305575b506151b881613560565b6001600160a01b036040519b168b526151d2602435613560565b60243560208c01526151e381613560565b60408b015260608a015261ffff6064351660808a01521660a0880152828142011660c08801524201011660e08501521661010083015215156101208201526001600160a01b0360e4351690837fc684aa51934d9386f74c42ee499e7b4eb9d220f554837e31280ee7546a45975e6101403393a48161010435806152c6575b5050610124356001600160a01b038116908181036106095781615282575050565b835f52600860205260405f20826001600160a01b031982541617905550827f65b71688ffda6ebbb7a73faa75353a6a2d6b7c6fc15c0571374dea43e62214175f80a3565b60207fcc7b35b1894b398b0cfe282351fcc5a2b0cb247ba99771b9a03252394ffefe5f91835f52600782528060405f2055604051908152a2815f615261565b60036001600160a01b038d169101555f6151ae565b505f6151a9565b5f946150fc565b600160f41b906150ef565b4201936150de565b60443560038110156106095761535081613560565b946150c0565b8363bed6c6d160e01b5f5260045260245260445260645ffd5b5081871061506e565b611f4f9061ffff6064351690613daf565b506001615031565b6001600160a01b0382165f908152600b6020526040902054606081901c60ff1691906001600160601b031661502a565b6001600160a01b03906040516153d681613914565b5f81525f6020820152501680615414575060045460ff604051916153f983613914565b6001600160601b038160401c16835260a01c16602082015290565b5f52600b60205260405f2060ff6040519161542e83613914565b546001600160601b038116835260601c16602082015290565b9091906001600160a01b03165f5b83811061546657505050505f905f90565b815f52600c60205260405f20815f526020526040805f20815190615489826138f9565b54906001600160801b0382169081815260ff63ffffffff8460801c169384602084015260a01c16151593849101528511156154c8575050600101615455565b9590945092505050565b916001600160a01b036040519263a9059cbb60e01b5f521660045260245260205f60448180865af19060015f511482161561552f575b604052156155135750565b6001600160a01b0390635274afe760e01b5f521660045260245ffd5b90600181151661554757823b15153d15161690615508565b503d5f823e3d90fd5b5f80808085855af115615561575050565b6001600160a01b03907fa5b05eec000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b6001600160a01b03909291921691825f52600d60205260405f206001600160a01b0382165f5260205260405f20549283156156385764ffffffffff8460a01c16801515908161562d575b50615602575b505063ffffffff6001600160801b0383169260801c1690565b909192505f52600e6020526001600160a01b0360405f2091165f5260205260405f2054905f806155e9565b90504210155f6155e3565b505090505f905f90565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480615735575b1561569d577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261572f60c08261392f565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614615674565b9060418303615788576157819250602081013591604082359201355f1a90615826565b9192909190565b50505f9160029190565b80156157c95764ffffffffff8160801c1642106157c35760a81c64ffffffffff1642106157be57600390565b600290565b50600190565b50600490565b60ff811690601f82116157fe57604051916157eb60408461392f565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161589d579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15614377575f516001600160a01b0381161561589357905f905f90565b505f906001905f90565b5050505f916003919056",
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

// PackGetPackets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c13a28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPackets(uint256[] ids) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool)[] views)
func (hongbaoEscrow *HongbaoEscrow) PackGetPackets(ids []*big.Int) []byte {
	enc, err := hongbaoEscrow.abi.Pack("getPackets", ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPackets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c13a28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPackets(uint256[] ids) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool)[] views)
func (hongbaoEscrow *HongbaoEscrow) TryPackGetPackets(ids []*big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("getPackets", ids)
}

// UnpackGetPackets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50c13a28.
//
// Solidity: function getPackets(uint256[] ids) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool)[] views)
func (hongbaoEscrow *HongbaoEscrow) UnpackGetPackets(data []byte) ([]IHongbaoEscrowPacketView, error) {
	out, err := hongbaoEscrow.abi.Unpack("getPackets", data)
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
