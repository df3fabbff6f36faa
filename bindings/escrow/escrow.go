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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"AmountTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"}],\"name\":\"CoolOffOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requiredDelay\",\"type\":\"uint256\"}],\"name\":\"DelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientBudget\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"InvalidClaimerSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rem\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"InvalidLuckyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidShares\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ttl\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidTtl\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"name\":\"LastAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MissingAuthority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoUndoRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoUndoWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotClaimer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotDirect\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"NotInAllowlist\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotOrgAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotOrgMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"NotRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"}],\"name\":\"NotYetReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"name\":\"OrgNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"resetsAt\",\"type\":\"uint40\"}],\"name\":\"OverDailyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"OverPacketCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"PacketClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"}],\"name\":\"PacketExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"PacketNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RelayDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ReturnExceedsClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UndoAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"}],\"name\":\"UndoWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedAuthority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ValueMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"AllowlistSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CoolOffWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Declined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"GuardianSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Intercepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"LockLoosenRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"}],\"name\":\"LockSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"OrgAdminAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"OrgAdminRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrgBudgetCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrgBudgetWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"OrgCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrgFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"OrgMemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perPacketCap\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"dailyCap\",\"type\":\"uint128\"}],\"name\":\"OrgMemberSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"OrgPacketSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"OrgTreasuryChangeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"}],\"name\":\"PacketSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"RelayFeePaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"}],\"name\":\"Returned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"indexed\":false,\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"name\":\"TokenPolicySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UndoApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"UndoRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Undone\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_FOR_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SHARES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUSH_GAS_NATIVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUSH_GAS_TOKEN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"addOrgAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"approveUndo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"auth\",\"type\":\"bytes\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"claimDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"auth\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"claimFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"claimForDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"createOrg\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decline\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fundOrg\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"}],\"name\":\"getOrg\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pendingTreasury\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"treasuryChangeAt\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"adminCount\",\"type\":\"uint32\"}],\"internalType\":\"structIHongbaoEscrow.OrgView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getPacket\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIHongbaoEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"claimed\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"createdAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"undoRequested\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.PacketView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"intercept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isOrgAdmin\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOrgId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastPacketId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"pendingAt\",\"type\":\"uint40\"},{\"internalType\":\"uint128\",\"name\":\"pendingThreshold\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"pendingMinDelay\",\"type\":\"uint32\"}],\"internalType\":\"structIHongbaoEscrow.Lock\",\"name\":\"lock\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rem\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"luckyAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"orgBudget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"orgMember\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint128\",\"name\":\"perPacketCap\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"dailyCap\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"spentToday\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"dayResetsAt\",\"type\":\"uint40\"}],\"internalType\":\"structIHongbaoEscrow.MemberView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"refundMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"removeOrgAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"removeOrgMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"requestTreasuryChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"returnFunds\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"send\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"sendFromOrg\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"sendWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"threshold\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minDelay\",\"type\":\"uint32\"}],\"name\":\"setLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"perPacketCap\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"dailyCap\",\"type\":\"uint128\"}],\"name\":\"setOrgMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"name\":\"setTokenPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenPolicy\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"undo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"undoTier\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdrawCoolOff\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawOrgBudget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawOwed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"enumIHongbaoEscrow.Clause\",\"name\":\"clause\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"until\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "e32f21b535fb38be4862d2f169b0e68e4c",
	Bin: "0x61016080604052346101c057602081615833803803809161002082856101c4565b8339810103126101c057516001600160a01b038116908190036101c05760405161004b6040826101c4565b60078152602081019066486f6e6762616f60c81b8252604051916100706040846101c4565b600183526020830191603160f81b8352610089816101fb565b61012052610096846101fb565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100ff60c0826101c4565b5190206080523060c05280156101ad57600380546001600160a01b0319908116909155600280549182168317905560405191906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a36155cc90816102678239608051816153dc015260a05181615499015260c051816153ad015260e0518161542b015261010051816154510152610120518161268b015261014051816126b40152f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176101e757604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610226576020815191015160208210610217571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f5f3560e01c806301cc9be1146132f057806307c3d4af146132d55780630ebda832146132b957806317a5e220146132955780631ed1483b1461325b57806320b96934146130e7578063246c14c814613093578063278ecde11461301757806328079e4a14612fc357806337cd2f7e14612deb578063381e4a0514612da357806338926b6d14612d525780633a30963f14612c4c5780633ced370d14612b745780633e8ff57b14612b585780633ec3829b14612adc5780634125ff9014612a6f57806343a3e3ec14612ab65780634640d92614612a9a578063619a6b8914612a7457806365b1342c14612a6f5780636b0509b114612a355780637033d0b614612892578063715018a61461282957806379ba50971461278757806384b0196e14612673578063873f6f9e1461262c578063884fe98e1461255757806389a7f1631461247f5780638a8cbd81146122e05780638b13447d1461228b5780638da5cb5b146122655780638e49a49f1461223f57806392b6cf3a146117e857806393f8ecd01461179c578063956607f61461161f57806396d725df14611474578063981642ac14611387578063a0355f4e146112ff578063a59455dc14611188578063b913abac1461112f578063ba11db2f14611028578063c2cff68414610ef6578063c4be255414610ed9578063c4c32c1e14610e91578063ca676dcf14610d98578063cd561da814610c79578063cffccdbe14610b5c578063d82faebf146109d7578063d83b9c4414610836578063e01b402d14610819578063e30c3978146107f3578063e88cfdbc146107bc578063f03bcd0d146104a0578063f0995da314610372578063f11988e01461032d578063f2fde38b146102bd5763f698da2514610298575f80fd5b346102ba57806003193601126102ba5760206102b26153a3565b604051908152f35b80fd5b50346102ba5760203660031901126102ba576001600160a01b036102df613343565b6102e76149c3565b16806001600160a01b031960035416176003556001600160a01b03600254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b50346102ba5760203660031901126102ba57606064ffffffffff610352600435613ccd565b906040939293519361036381613417565b84526020840152166040820152f35b503461049c5736600319016101c0811261049c576101401361049c57610164359060ff821680920361049c576103a6613e1e565b6103ae614a8f565b600435916001600160a01b0383169283810361049c575060c435906001600160801b0382169182810361049c5750833b1561049c5760e45f928360405196879485937fd505accf000000000000000000000000000000000000000000000000000000008552336004860152306024860152604485015261014435606485015260848401526101843560a48401526101a43560c48401525af1610489575b60209061045e610459614c88565b614d02565b907f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b505f6104949161365a565b60205f61044b565b5f80fd5b3461049c57606036600319011261049c576104b9613343565b6024356001600160601b0381169081810361049c57604435906001600160401b03821161049c573660238301121561049c578160040135906001600160401b03821161049c576024830192602436916060850201011161049c5761051b6149c3565b831580156107b2575b610736576001600160a01b035f9516945b828110610677575084610616576001600160401b036004541673ffffffffffffffffffffffff00000000000000008360a01b9260401b1617176004555b80604051936040850190855260406020860152526060830191905f905b8082106105bf57857f815e42f8bf5dfd31a8a44d3c8e3baac4ed76a49f1d47b35e4f591f89c46a4c0286860387a2005b90919283356001600160801b03811680910361049c578152602084013563ffffffff811680910361049c57602082015260408401359081151580920361049c5760608160019360408394015201940192019061058f565b506040516106238161363f565b8381526020810160ff83168152855f52600b6020526001600160601b0360405f209251166cff0000000000000000000000008354925160601b16916cffffffffffffffffffffffffff191617179055610572565b8015158061075e575b6107365761068f818486613cbd565b90865f52600c60205260405f20815f5260205260405f206001600160801b036106b784613830565b169281549060208101359063ffffffff8216820361049c576040013580151580910361049c576001957fffffffffffffffffffffff00000000000000000000000000000000000000000074ff000000000000000000000000000000000000000063ffffffff60801b9360a01b169416179160801b161717905501610535565b7fd06b96b1000000000000000000000000000000000000000000000000000000005f5260045ffd5b5061077261076d828587613cbd565b613830565b5f19820182811161079e576001600160801b0361079461076d8293888a613cbd565b1691161115610680565b634e487b7160e01b5f52601160045260245ffd5b5060088211610524565b3461049c5760a036600319011261049c5760206102b26107da61332d565b6107e2613359565b906084359160643591600435613c57565b3461049c575f36600319011261049c5760206001600160a01b0360035416604051908152f35b3461049c575f36600319011261049c57602060405162278d008152f35b3461049c57606036600319011261049c5761084f613317565b61085761332d565b90610860613359565b916001600160401b0361087161367b565b921692835f52601160205260405f206001600160a01b0383165f5260205260405f20549160018084161492835f146109cf57855f52601260205260405f206001600160a01b0383165f5260205260405f20905f5260205260405f206001600160a01b0383165f5260205260405f2054945b5f5260136020526001600160a01b0360405f2091165f526020526001600160a01b0360405f2091165f5260205260405f20549062015180420490835260208301916001600160801b0385168352604084019460801c8552818160801c145f146109c7576001600160801b0316935b6001600160801b0360608501951685526001820180921161079e576201518082029180830462015180149015171561079e5760a0946001600160801b0380928164ffffffffff968760808a019716875260405198511515895251166020880152511660408601525116606084015251166080820152f35b505f93610950565b505f946108e2565b3461049c5760a036600319011261049c576109f0613317565b6109f861332d565b90610a01613359565b606435926001600160801b03841680940361049c57608435916001600160801b0383169182840361049c576001600160a01b0390610a3e86613f5e565b16938415610b34576001600160401b031692835f52601160205260405f20855f5260205260405f20546001811615610b01575b917f10d357b880d7ba726286c83fe208b361e5f367d77e5f28a0cdd754ffab2fb343936001600160a01b0392604094875f526012602052855f20895f52602052855f20905f52602052845f208484165f526020527fffffffffffffffffffffffffffffffff00000000000000000000000000000000855f209160801b1689179055835197885260208801521694a4005b90915f19821461079e575f8581526011602090815260408083208984529091529020600192909201918290559190610a71565b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461049c57604036600319011261049c5760a06001600160801b0363ffffffff6080610b86613343565b610b8e61332d565b6001600160a01b03610b9e61367b565b92610ba983826152fa565b971684528560208501971687521690815f52600d60205260405f206001600160a01b0382165f5260205264ffffffffff60405f2054881c1690428211610c34575b50505082604051946001600160801b0383511686525116602085015264ffffffffff60408201511660408501526001600160801b0360608201511660608501520151166080820152f35b85925f52600e6020526001600160a01b0360405f2091165f5260205260405f20549060408401526001600160801b0381166060840152831c1682820152858080610bea565b3461049c57604036600319011261049c57610c92613317565b6001600160a01b03610ca261332d565b610cab83613f5e565b16908115610b34576001600160401b0316805f52601060205260405f20825f5260205260ff60405f205416610d6a57805f52601060205260405f20825f5260205260405f20600160ff19825416179055805f52600f60205260405f2063ffffffff815460c81c169063ffffffff821461079e576001610d44920163ffffffff60c81b1963ffffffff60c81b83549260c81b169116179055565b7f620a50c42d9f112c0f97e393edce9c9d399dfc68fe1379909f7745e10f4a67fc5f80a3005b7ff688846c000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461049c57602036600319011261049c576004356001600160401b03811161049c573660238201121561049c578060040135906001600160401b03821161049c576024810190602436918460051b01011161049c57610df5613e1e565b5f905f925b808410610e2f576020835f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b9091610e3c848385613c16565b35805f52600660205260405f20549081158015610e7e575b610e735791610e67600193928493614065565b01935b01929190610dfa565b505092600190610e6a565b5064ffffffffff8260a81c164210610e54565b3461049c57606036600319011261049c57610eaa613343565b6024356001600160801b038116810361049c576044359063ffffffff8216820361049c57610ed792613a77565b005b3461049c575f36600319011261049c576020604051620249f08152f35b3461049c57604036600319011261049c57610f0f613343565b610f1761332d565b90610f20613e1e565b6001600160a01b038216908115610b34576001600160a01b031691825f52600a60205260405f206001600160a01b0333165f5260205260405f2054918215610ff857835f52600a60205260405f206001600160a01b0333165f526020525f6040812055604051908152826020820152837f862bd5b58d76df76b7c2e7990b4cb56a94e8bf0b4fd816592500fd3100117f1160403393a382610fea57610fc592506152b1565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b610ff392615233565b610fc5565b837f53ead58b000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b6110313661339c565b9161103a613e1e565b61104381613f5e565b826001600160a01b0383169283155f146110f557508034036110df57506001600160401b03905b16805f52601460205260405f20825f5260205260405f2061108c84825461380d565b90556040519283527f2c9f2590dfbc22c4a52e3af4a9e5f26a0336d773532e1bd6b1e8732c06dcadc960203394a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b630626ade360e41b5f523460045260245260445ffd5b9091935034611118576001600160401b03916111129133906140c9565b9261106a565b630626ade360e41b5f52346004525f60245260445ffd5b3461049c57604036600319011261049c57611148613317565b6001600160401b0361115861332d565b91165f5260106020526001600160a01b0360405f2091165f52602052602060ff60405f2054166040519015158152f35b3461049c57602036600319011261049c576102806111a760043561386c565b610260604051918051835260208101516111c081613417565b602084015260408101516111d381613435565b604084015260608101516111e681613435565b60608401526001600160a01b0360808201511660808401526001600160a01b0360a08201511660a084015260c081015160c084015261ffff60e08201511660e084015261ffff610100820151166101008401526001600160601b03610120820151166101208401526001600160a01b03610140820151166101408401526101608101516101608401526001600160a01b03610180820151166101808401526001600160401b036101a0820151166101a084015264ffffffffff6101c0820151166101c084015264ffffffffff6101e0820151166101e084015264ffffffffff6102008201511661020084015264ffffffffff61022082015116610220840152610240810151151561024084015201511515610260820152f35b3461049c57602036600319011261049c57610fc560043561131e613e1e565b611327816149d7565b90805f5260066020525f60408120556113408183614a61565b906001600160801b03831692604051848152827f9ac853bf8a368b327a217cb33373cac776d93c200c4d6e29fc4f275ab1ef670660206001600160a01b03871693a3613f0a565b3461049c57604036600319011261049c576113a0613317565b6001600160a01b036113b061332d565b6113b983613f5e565b16908115610b34576001600160401b03811691825f52600f6020526001600160a01b036113e960405f209361486f565b166001600160a01b031983541617825560018201816001600160a01b03198254161790556201518042019081421161079e57825464ffffffffff60a01b191660a083901b64ffffffffff60a01b16179092557f0e563f7efafec0b9fb82cb65ee2c4db38bc047f4dcb66779724b2572b7cd73289160409164ffffffffff1682519182526020820152a2005b3461049c57602036600319011261049c5761148d613343565b611496816150e5565b80516001600160601b031680611613575060ff6020600193925b015116906114bd826137f6565b916114cb604051938461365a565b8083526114da601f19916137f6565b015f5b8181106115e45750506001600160a01b03165f5b825181101561156557600190825f52600c60205260405f20815f5260205260405f2060ff6040519161152283613624565b546001600160801b038116835263ffffffff8160801c16602084015260a01c16151560408201526115538286613844565b5261155e8185613844565b50016114f1565b5050906040519182916001600160601b0360408401911683526040602084015281518091526020606084019201905f5b8181106115a3575050500390f35b9193509160206060600192604087516001600160801b03815116835263ffffffff858201511685840152015115156040820152019401910191849392611595565b6020906040959395516115f681613624565b5f81525f838201525f6040820152828287010152019391936114dd565b602060ff9193926114b0565b3461049c57602036600319011261049c5760043561163b613e1e565b805f52600660205260405f2054801561179657815f5260086020526001600160a01b0360405f20541680331480159061178e575b611706575b5064ffffffffff8160a81c1691824210156116ef57610fc59250805f5260066020525f60408120556116a68183614a61565b906001600160801b038316926040518481526001600160a01b03841690837f41bef2bba8fc0ea7519b46c8cc4df4d7660678af4ec2d7e3dc8e537bac6998a460203393a4613f0a565b905063122ec4d760e21b5f5260045260245260445ffd5b600160f71b8216158015611749575b1561167457827f2c00bbe9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50825f5260066020526001600160401b03600360405f20015460a01c165f52601060205260405f206001600160a01b0333165f5260205260ff60405f20541615611715565b50801561166f565b50613fee565b3461049c57604036600319011261049c5760406117d46117ba613343565b6024359060ff60206117cb836150e5565b0151169061516b565b63ffffffff83519216825215156020820152f35b61016036600319011261049c576117fd613317565b61014036602319011261049c57611812613e1e565b346111185761ffff608435166084350361049c576003604435101561049c5761183c604435613435565b60443561213257600161ffff608435160361211457610104356001600160a01b0381169081810361049c5750156120ec57610124356120dd575b60a4359063ffffffff82168214158061049c576201518063ffffffff8416116120bd5760c4359063ffffffff8216821415918261049c5761012c63ffffffff82161080156120a8575b61207b57602435926001600160a01b038416840361049c576001600160801b036118e761381a565b166001600160401b0386165f52600f6020526001600160a01b0360405f2054161561205f576001600160401b0386165f52601160205260405f206001600160a01b0333165f5260205260405f20546001811615612032576001600160401b0387165f52601260205260405f206001600160a01b0333165f5260205260405f20905f5260205260405f206001600160a01b0386165f5260205260405f20548015612032576001600160801b0381168083116120035750620151804204906001600160401b0388165f52601360205260405f206001600160a01b0333165f5260205260405f206001600160a01b0388165f5260205260405f2054828160801c145f14611ff4576001600160801b038091165b169060801c80611a07858461380d565b11611f7f575082611a179161380d565b6001600160401b0388165f52601360205260405f206001600160a01b0333165f5260205260405f206001600160a01b0388165f5260205260405f209160801b1790556001600160401b0386165f52601460205260405f206001600160a01b0386165f5260205260405f2054808211611f5c5790611a93916135e8565b6001600160401b0386165f52601460205260405f206001600160a01b0386165f5260205260405f20556001600160801b03611acc61381a565b1692600454966001600160a01b038616155f14611f2a576001600160601b038860401c169160ff8960a01c16905b8315611f21575b611b1161ffff6084351685613c44565b8710611efb5761049c57611b2587336152fa565b9080881180611eec575b611ed357505085611b40918861516b565b959060016001600160401b0381818d1601169a01600455611b62604435613435565b611b6d604435613435565b604435611eb8575f945b61049c5780611eb057505f935b6001600160a01b038816611ea5575f955b8715611e9f57600160f51b5b6001600160401b038b16611e94575f905b8c5f52600660205260405f209817178260f21b60443560f01b61ffff60d01b60843560d01b1663ffffffff851663ffffffff891642010160a81b63ffffffff8916420160801b8817171717171787556001600160a01b036101043516610104350361049c576001600160601b0364ffffffffff979563ffffffff9485948a988e8e8560a01b6001600160a01b0361010435161760018401558360f81b8d60443560f01b9060c81b4260a01b331717171760028401556001600160a01b03811615156001600160a01b03821615611e82575b611e48575b505050611c9481613435565b6001600160a01b036040519d168d52611cae604435613435565b60443560208e0152611cbf81613435565b60408d015260608c015261ffff6084351660808c01521660a08a01528482851642011660c08a01521691164201011660e08501521661010083015215156101208201526001600160a01b03610104351690837fc684aa51934d9386f74c42ee499e7b4eb9d220f554837e31280ee7546a45975e6101403393a4816101243580611e09575b505061014435916001600160a01b03831680840361049c5760209381611dc1575b5050604051916001600160401b03339116827f971737b0f1d886cec0e617c5adcdb011708a8c9db259d268bcae8ef8c4db8b405f80a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d8152f35b825f526008855260405f20826001600160a01b031982541617905550817f65b71688ffda6ebbb7a73faa75353a6a2d6b7c6fc15c0571374dea43e62214175f80a38380611d64565b60207fcc7b35b1894b398b0cfe282351fcc5a2b0cb247ba99771b9a03252394ffefe5f91835f52600782528060405f2055604051908152a28183611d43565b6001600160a01b037bffffffffffffffff000000000000000000000000000000000000000060039360a01b169116179101558f8e8e611c88565b506001600160401b0382161515611c83565b600160f71b90611bb2565b5f611ba1565b600160f41b95611b95565b420193611b84565b606435600381101561049c57611ecd81613435565b94611b77565b8763bed6c6d160e01b5f5260045260245260445260645ffd5b508163ffffffff851610611b2f565b86611f0c60843561ffff1686613c44565b90625a5b2760e31b5f5260045260245260445ffd5b60019350611b01565b6001600160a01b0386165f908152600b60205260409020546001600160601b0381169260609190911c60ff1690611afa565b906001600160401b038763520e008760e01b5f521660045260245260445260645ffd5b9080821115611fec57611f91916135e8565b6001820180921161079e576201518082029180830462015180149015171561079e5764ffffffffff927f0627b733000000000000000000000000000000000000000000000000000000005f526004526024521660445260645ffd5b50505f611f91565b506001600160801b035f6119f7565b827f391156d3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001600160a01b03866001600160401b03896327240f5f60e01b5f5216600452336024521660445260645ffd5b6001600160401b0386630240bc8b60e21b5f521660045260245ffd5b8261049c578063ffffffff9150632eabc97b60e21b5f521660045261012c60245262278d0060445260645ffd5b505f925062278d0063ffffffff8216116118bf565b63ffffffff8363d474bb7f60e01b5f52166004526201518060245260445ffd5b6368efef7b60e01b5f5260045ffd5b7fac9e9589000000000000000000000000000000000000000000000000000000005f5260045ffd5b635f9742e360e01b5f5261ffff60843516600452600160245260445ffd5b61ffff6084351615801561222e575b61220f57606435600381101561049c5761215a81613435565b8061218a5750610104356001600160a01b0381169081810361049c5750156120ec57610124356120dd575b611876565b60019061219681613435565b036121cf5761012435156120ec57610104356001600160a01b0381169081810361049c575015611876576368efef7b60e01b5f5260045ffd5b610104356001600160a01b0381169081810361049c575015801590612203575b15612185576368efef7b60e01b5f5260045ffd5b506101243515156121ef565b635f9742e360e01b5f5261ffff6084351660045261271060245260445ffd5b5061271061ffff6084351611612141565b3461049c575f36600319011261049c5760206001600160401b0360045416604051908152f35b3461049c575f36600319011261049c5760206001600160a01b0360025416604051908152f35b61014036600319011261049c576122a0613e1e565b6122a8614a8f565b60206122b5610459614c88565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b3461049c57602036600319011261049c576001600160a01b03612301613343565b168015610b34576005546001600160401b038116916001600160401b03831461079e576001600160401b036001602094011680926001600160401b0319161760055560405161234f816135f5565b8181526001600160a01b036001818684015f81526123e863ffffffff604087018581526123c864ffffffffff60608a01955f87528c5f52600f8e52878060405f209c5116166001600160a01b03198c5416178b555116899064ffffffffff60a01b1964ffffffffff60a01b83549260a01b169116179055565b51875463ffffffff60c81b1916911660c81b63ffffffff60c81b16178655565b5116920191166001600160a01b0319825416179055815f526010835260405f206001600160a01b0333165f52835260405f20600160ff19825416179055604051908152817fcbefd3770bdf95ac7fde151091be76475afe101e63117697b82e97383df8c1dd843393a36040519033817f620a50c42d9f112c0f97e393edce9c9d399dfc68fe1379909f7745e10f4a67fc5f80a38152f35b3461049c57604036600319011261049c57612498613317565b6001600160401b036124a861332d565b916124b281613f5e565b1690815f52601160205260405f206001600160a01b0382165f5260205260405f2054906001821615612533576001820180921161079e576001600160a01b0391835f52601160205260405f208383165f5260205260405f205516907f5957e688c5003a6d8d0c7fa9bde40eda4940e573216a002b1ab13962c578017f5f80a3005b6001600160a01b0390836327240f5f60e01b5f52600452166024525f60445260645ffd5b3461049c57602036600319011261049c57600435612573613e1e565b61257c816149d7565b600160f61b8116156126005764ffffffffff8160a81c1691824210156116ef57610fc59250805f5260066020525f60408120556125b98183614a61565b906001600160801b03831692604051848152827f07263dc7128bb65a30f904ecdceb6e62d79dba90aca7ad6dbab84c755144b2b560206001600160a01b03871693a3613f0a565b507f10702dac000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461049c57604036600319011261049c5761264561332d565b6004355f5260096020526001600160a01b0360405f2091165f52602052602060405f20541515604051908152f35b3461049c575f36600319011261049c5761272b6126af7f00000000000000000000000000000000000000000000000000000000000000006154f3565b6126d87f00000000000000000000000000000000000000000000000000000000000000006154f3565b6020612739604051926126eb838561365a565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906133f3565b9085820360408701526133f3565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061277057505050500390f35b835185528695509381019392810192600101612761565b3461049c575f36600319011261049c57336001600160a01b0360035416036127fd576001600160a01b031960035416600355600254336001600160a01b03198216176002556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461049c575f36600319011261049c576128416149c3565b6001600160a01b0319600354166003555f6001600160a01b036002546001600160a01b03198116600255167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b3461049c5760c036600319011261049c576004356128ae61332d565b604435906064356084356001600160401b03811161049c576128d490369060040161336f565b9160a4356001600160401b03811161049c576128f490369060040161336f565b916128fd613e1e565b804211612a0a579061291661291c93928833898c613c57565b86614908565b156129d5579061292d91838661443a565b939092838110156129ce575b604051818152827fd8c8385171aebab7815b872da530169bb110f08ecbfecf1fd07eb1d4c84fee2160203393a3806129be575b808403612998575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6129a86129ae926129b496614999565b936135e8565b9161427c565b8080808080610fc5565b6129c9818387614834565b61296c565b5082612939565b6001600160a01b03837f59602465000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7f3499c5ce000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461049c575f36600319011261049c5760206040517f1ba478f2745cfe179a54cf4a13d5137a2a141403e74a004410f4c49774a02d4d8152f35b6133d6565b3461049c57604036600319011261049c5760206102b2612a9261332d565b600435613799565b3461049c575f36600319011261049c57602060405161012c8152f35b3461049c575f36600319011261049c5760206001600160401b0360055416604051908152f35b3461049c57602036600319011261049c5760a0612aff612afa613317565b6136b5565b63ffffffff6080604051926001600160401b0381511684526001600160a01b0360208201511660208501526001600160a01b03604082015116604085015264ffffffffff60608201511660608501520151166080820152f35b3461049c575f36600319011261049c5760206040516127108152f35b3461049c57602036600319011261049c57600435612b90613e1e565b612b9981613e92565b9164ffffffffff8260801c169283421015612c1c575f82815260066020526040812055610fc59350600160f71b8316612c1457905b6001600160801b03831692604051848152827fbd9683704f1bef2882adc628824892505cb0e01d35a42e7cc1c915e03f6c3fcc60206001600160a01b03871693a3613f0a565b505f90612bce565b83827f39b488c0000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461049c57612c5a3661339c565b90612c63613e1e565b612c6c83613f5e565b6001600160401b03831690815f52601460205260405f206001600160a01b0382165f5260205260405f2054938315612d3b57848411612d2157612cdb90612cb685610fc5976135e8565b845f52601460205260405f206001600160a01b0385165f5260205260405f205561486f565b916040518481526001600160a01b038416917fbc20156f3be54ee1bd4e597f2bd07ab5344ff4ce0b95307b432cc49ec82df83960206001600160a01b03861693a461427c565b505063520e008760e01b5f5260045260245260445260645ffd5b625a5b2760e31b5f525f600452600160245260445ffd5b3461049c57604036600319011261049c576024356004356001600160401b03821161049c57612d9b612d8b610fc593369060040161336f565b90612d94613e1e565b338461443a565b919091614834565b3461049c57604036600319011261049c57612dbc61332d565b6004355f5260096020526001600160a01b0360405f2091165f52602052602060405f205460011c604051908152f35b604036600319011261049c57602435600435612e05613e1e565b805f52600960205260405f206001600160a01b0333165f5260205260405f20548015612f935760011c8215612d3b57808311612f6457612e47836001926135e8565b811b17815f52600960205260405f206001600160a01b0333165f5260205260405f2055805f526006602052600360405f200154906001600160a01b038216839281155f14612f4457843403612f2d576001600160401b03905b60a01c169384158015612f2657612ecc845f5260066020526001600160a01b03600260405f2001541690565b915b6040519081528560208201526001600160a01b03831690857fb7e37b8a15405103967d2155fcee22e8988767eace53d13eb33ce7a79cfa2c7060403393a4612f1a5750610fc5936143d3565b9150610ff3935061427c565b5f91612ece565b84630626ade360e41b5f523460045260245260445ffd5b925034611118576001600160401b03612f5e8533846140c9565b93612ea0565b907fb1d4fec3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f906fe24a000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b3461049c57604036600319011261049c57612fdc613343565b6001600160a01b03612fec61332d565b91165f52600a6020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b3461049c57602036600319011261049c57600435613033613e1e565b805f52600660205260405f205480156117965764ffffffffff8160a81c169182421061306357610fc59250614065565b90507f9bbe56c8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461049c57604036600319011261049c576130ac613317565b6001600160401b036130bc61332d565b91165f5260146020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b3461049c57604036600319011261049c57613100613317565b6001600160401b0361311061332d565b9161311a81613f5e565b1690815f52601060205260405f206001600160a01b0382165f5260205260ff60405f2054161561322357815f52600f602052600163ffffffff60405f205460c81c16146131f757815f52601060205260405f206001600160a01b0382165f5260205260405f2060ff198154169055815f52600f60205260405f209063ffffffff825460c81c16801561079e57825463ffffffff60c81b19165f1990910160c81b63ffffffff60c81b16179091556001600160a01b0316907fada3fc4f782602de54524f049d269a55e67f628eae76f11326168c9ac96c72f15f80a3005b507f7975c0ef000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160a01b03917f360f2bb0000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b3461049c575f36600319011261049c5760206040517fe6005dc29cf05c859a4e090e0b62b660ac28545b9497c3a7cbc6489325f7f5c38152f35b3461049c57602036600319011261049c576132ae613e1e565b610fc560043561343f565b3461049c575f36600319011261049c57602060405161c3508152f35b3461049c575f36600319011261049c57602060405160088152f35b3461049c57608036600319011261049c5760206102b2606435604435602435600435613d99565b600435906001600160401b038216820361049c57565b602435906001600160a01b038216820361049c57565b600435906001600160a01b038216820361049c57565b604435906001600160a01b038216820361049c57565b9181601f8401121561049c578235916001600160401b03831161049c576020838186019501011161049c57565b606090600319011261049c576004356001600160401b038116810361049c57906024356001600160a01b038116810361049c579060443590565b3461049c575f36600319011261049c576020604051620151808152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b6005111561342157565b634e487b7160e01b5f52602160045260245ffd5b6003111561342157565b61344881613e92565b91805f52600660205264ffffffffff600260405f20015460c81c1680156135bc578042101561358d575060038260f01c16158061357e575b6134f3575f818152600660205260408120556134e992600160f71b83166134eb57905b6001600160801b03831692604051848152827f4e779001472ae0568fbfbcd04c3d762ce549ea84aec67078097f473c3213a4ae60206001600160a01b03871693a3613f0a565b565b505f906134a3565b90600160f61b8116613552575f828152600660205260408120600160f61b9290921782556001909101546001600160a01b03908116931691907f7e878589f0e08f130bec75fc12915fa2f781ccd25a80db0dc7ef7203320f64659080a4565b507f86a85fe8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50600160f51b82161515613480565b907f1d0dc5f2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507fdfacd5f9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9190820391821161079e57565b608081019081106001600160401b0382111761361057604052565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b0382111761361057604052565b604081019081106001600160401b0382111761361057604052565b90601f801991011681019081106001600160401b0382111761361057604052565b6040519060a082018281106001600160401b03821117613610576040525f6080838281528260208201528260408201528260608201520152565b906136be61367b565b916001600160401b03811690815f52600f60205260405f2091604051916136e4836135f5565b8354916001600160a01b03831680855260606001600160a01b036001602088019864ffffffffff8860a01c168a5263ffffffff60408a019860c81c16885201541695019485521561379257916001600160a01b0361374b63ffffffff938296958a5261486f565b1660208801525116608086015251169081151580613781575b61376c575050565b64ffffffffff91604085015251166060830152565b5064ffffffffff8151164210613764565b5050505050565b6137f3916001600160a01b036040519160208301937f1ba478f2745cfe179a54cf4a13d5137a2a141403e74a004410f4c49774a02d4d85526040840152166060820152606081526137eb60808261365a565b5190206148c7565b90565b6001600160401b0381116136105760051b60200190565b9190820180921161079e57565b60e4356001600160801b038116810361049c5790565b356001600160801b038116810361049c5790565b80518210156138585760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b906040519161028083018381106001600160401b03821117613610576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a08401525f6101c08401525f6101e08401525f6102008401525f6102208401525f6102408401525f61026084015282815f52600660205260405f20916002830154918215613a705750829164ffffffffff916001600160a01b03600160f61b9554946001600160401b0360036001830154920154848b5261395e886151f6565b61396781613417565b60208c015260ff8660f01c1661397c81613435565b61398581613435565b60408c01528560f81c61399781613435565b6139a081613435565b60608c015283861660808c015283811660a08c015260a01c166101a08a01526001600160801b03861660c08a015261ffff8660d01c1660e08a015261ffff8660e01c166101008a01528060a01c6101208a015216610140880152805f52600760205260405f20546101608801525f5260086020526001600160a01b0360405f205416610180870152818160a01c166101c0870152818360801c166101e0870152818360a81c1661020087015260c81c16610220850152600160f51b81161515610240850152161515610260830152565b9450505050565b63ffffffff8316620151808111613bfd57613a9282336152fa565b90918181101580613be2575b613b54576201518042019182421161079e576001600160a01b039564ffffffffff946001600160801b0392335f52600d60205260405f208989165f5260205260405f20918660a01b9160801b171790551695335f52600e60205260405f208686165f5260205263ffffffff60801b60405f209160801b1687179055604051958652602086015216604084015216907f587e31914a8cf3abf2cca5f9da5d2a17593228d66ea405899caffaf51136bf1a60603392a3565b9150506001600160801b036001600160a01b03931693335f52600d60205260405f208484165f5260205263ffffffff60801b60405f209160801b1685179055335f52600e60205260405f208383165f526020525f6040812055604051938452602084015216907f17a15b2f84589a6801496b517cf87e0a5c30fbff0aa60a30abe20c3cf4228fbd60403392a3565b506001600160801b03851683101580613a9e57508115613a9e565b63d474bb7f60e01b5f526004526201518060245260445ffd5b91908110156138585760051b0190565b8115613c30570490565b634e487b7160e01b5f52601260045260245ffd5b8181029291811591840414171561079e57565b926001600160a01b036137f3959293816040519560208701977fe6005dc29cf05c859a4e090e0b62b660ac28545b9497c3a7cbc6489325f7f5c38952604088015216606086015216608084015260a083015260c082015260c081526137eb60e08261365a565b9190811015613858576060020190565b805f52600660205260405f2054908115613d8f576001600160801b038216905f52600660205264ffffffffff600260405f20015460c81c1664ffffffffff8360801c16804210613d84575064ffffffffff8360a81c169283421015613d7757814210613d3d575050505f915f9190565b91939092509060f081901c600316159081613d67575b5015613d60576004929190565b6003929190565b600160f51b91501615155f613d53565b5050919050600191905f90565b925050916002929190565b50505f905f905f90565b92919281158015613e0c575b613dd85760018214613dd157600191613dbd91613c26565b811b83821b900301908115613c3057060190565b9250505090565b9091507f4e7cea4f000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b5083613e188383613c26565b10613da5565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c613e6a5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b805f52600660205260405f205491821561179657613ec5825f5260066020526001600160a01b03600260405f2001541690565b916001600160a01b03831690813303613edc575050565b7f19743c13000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b92919092600160f71b811615613f4c575050816134e9925f526006602052600360405f2001546001600160401b036001600160a01b0382169160a01c166143d3565b6134e993613f5991614999565b61427c565b6001600160401b0316805f52600f6020526001600160a01b0360405f20541615613fdc57805f52601060205260405f206001600160a01b0333165f5260205260ff60405f20541615613fad5750565b7f33039711000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b630240bc8b60e21b5f5260045260245ffd5b80158015614051575b614026577f86b11995000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f3b479a9e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160401b03600454168111613ff7565b906134e991805f5260066020525f60408120556140828183614a61565b906001600160801b03831692604051848152827f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c460206001600160a01b03871693a3613f0a565b6001600160a01b039092919216604051916370a0823160e01b8352306004840152602083602481855afa92831561420c575f93614248575b506001600160a01b03604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004523060245260445260205f60648180855af160015f5114811615614229575b836040525f6060521561421757826024816020936370a0823160e01b82523060048301525afa801561420c575f906141d8575b61419092506135e8565b906001600160801b0382116141a157565b507f7f162703000000000000000000000000000000000000000000000000000000005f526004526001600160801b0360245260445ffd5b506020823d602011614204575b816141f26020938361365a565b8101031261049c576141909151614186565b3d91506141e5565b6040513d5f823e3d90fd5b635274afe760e01b5f5260045260245ffd5b600181151661423f57813b15153d151616614153565b833d5f823e3d90fd5b9092506020813d602011614274575b816142646020938361365a565b8101031261049c5751915f614101565b3d9150614257565b916001600160a01b038216923384146143af576001600160a01b0381169283159182156143a65761c3505b6142b65a91603f81049061380d565b90619c40820180921161079e571061437e5783921561433357505f808093819361c350f15b156142e557505050565b60207f5e6777bbce5269e6bf9b6dbe08117b87391de5da8bd1cf9430e4fe3911ee436a91835f52600a825260405f20855f52825260405f2061432882825461380d565b9055604051908152a3565b9150506040519063a9059cbb60e01b5f52846004528260245260205f6044818085620249f0f19060015f5114821615614371575b50906040526142db565b3b15153d1516165f614367565b7f1c26714c000000000000000000000000000000000000000000000000000000005f5260045ffd5b620249f06142a7565b6001600160a01b0316925090826143ca576134e992506152b1565b6134e992615233565b60206001600160a01b036001600160401b037f595ecb8a4b38aa3bcd45e95b5c01b9d9e8873ccfb947a877c7947f100ce46734939695961693845f526014835260405f208282165f52835260405f2061442d87825461380d565b90556040519586521693a4565b939193805f52600660205260405f20805494851561482e5764ffffffffff8660801c168042106147ff575064ffffffffff8660a81c16804210156147e9575060018201549060038760f01c169788155f146146385750506001600160a01b038116806001600160a01b0386160361462257505b825f52600960205260405f20966001600160a01b0385165f528760205260405f20546145e9576001600160801b0387169161ffff8860e01c166144f78161ffff8b60d01c166135e8565b926001840361459c575050505080965b6001600160a01b0385165f5260205260405f20600188811b17905586145f14614565575f905b557f4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed02660206001600160a01b03604051948886521693a3565b61456f86866135e8565b7c0100000000000000000000000000000000000000000000000000000000810180911161079e579061452d565b6001036145b55750506145af9082613c26565b96614507565b9160806145af936040519044825288602083015260408201526001600160a01b0389166060820152209160a01c9084613d99565b6001600160a01b0385857fa9214540000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b836304ef08e960e21b5f5260045260245260445ffd5b60038860f21c1680155f146146a557506001600160a01b036146688185169384936146638a8a613799565b6154bf565b5050160361467657506144ad565b837fbfe1fba4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001146146b4575b50506144ad565b5f916040811015806147d6575b6147a2575b50604001845f52600760205260405f20549060405192602084016001600160a01b03891694858252602081526146fd60408261365a565b519020604051602081019182526020815261471960408261365a565b519020915f915b808310614764575050500361473557806146ad565b837f67445441000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b909192614772848385613c16565b359081811015614791575f52602052600160405f205b93019190614720565b905f52602052600160405f20614788565b80925060401161049c5760208101358092603f19810190811161079e5760051c106147ce575b5f6146c6565b5f91506147c8565b508060201161049c5760208235146146c1565b8363122ec4d760e21b5f5260045260245260445ffd5b837f28e0cfd7000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b82613fee565b909190600160f41b1661484c576134e99150336152b1565b6134e9915f5260066020526001600160a01b03600360405f200154163390615233565b6001600160401b03165f52600f60205260405f206001600160a01b0360018201541690811515806148b2575b6148ae576001600160a01b039150541690565b5090565b5064ffffffffff815460a01c1642101561489b565b6042906148d26153a3565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b929190833b614945579061491c92916154bf565b5060048110156134215715918261493257505090565b6001600160a01b03919250811691161490565b6064835f946020969460405194630b135d3f60e11b8652600486015260406024860152816044860152838501378281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d11161690565b600160f41b166149a857505f90565b5f5260066020526001600160a01b03600360405f2001541690565b6001600160a01b036002541633036127fd57565b90815f52600660205260405f2054918215614a5c5760038360f01c16614a3157805f5260066020526001600160a01b03600160405f2001541690813303614a1c575050565b6304ef08e960e21b5f5260045260245260445ffd5b7f7ce9354c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b613fee565b600160f71b16614a8a576137f3905f5260066020526001600160a01b03600260405f2001541690565b505f90565b60643561ffff81169081810361049c5750602435600381101561049c57614ab581613435565b614b905760018103614b79575060e4356001600160a01b0381169081810361049c5750156120ec57610104356120dd575b60843563ffffffff81169081810361049c57620151808211614b5f57505060a43563ffffffff811690818114158061049c5761012c83108015614b51575b614b2d57505050565b61049c5750632eabc97b60e21b5f5260045261012c60245262278d0060445260645ffd5b50505f62278d008311614b24565b5063d474bb7f60e01b5f526004526201518060245260445ffd5b635f9742e360e01b5f52600452600160245260445ffd5b80158015614c7d575b614c655750604435600381101561049c57614bb381613435565b80614be2575060e4356001600160a01b0381169081810361049c5750156120ec57610104356120dd575b614ae6565b600190614bee81613435565b03614c265761010435156120ec5760e4356001600160a01b0381169081810361049c575015614ae6576368efef7b60e01b5f5260045ffd5b60e4356001600160a01b0381169081810361049c575015801590614c59575b15614bdd576368efef7b60e01b5f5260045ffd5b50610104351515614c45565b635f9742e360e01b5f5260045261271060245260445ffd5b506127108111614b99565b6004356001600160a01b03811680820361049c5715614cc857346111185760c435906001600160801b0382169081830361049c576137f3925033906140c9565b5060c4356001600160801b0381169081810361049c57813403614ceb5750503490565b50630626ade360e41b5f523460045260245260445ffd5b906004356001600160a01b038116810361049c5761ffff606435166064350361049c57600454926001600160a01b0382166150b5576001600160601b038460401c169060ff8560a01c16915b80156150ad575b614d6561ffff6064351682613c44565b821061509c576084359163ffffffff83169384840361049c57614d8886336152fa565b9080841180615093575b61507a57505081614da3918761516b565b9460016001600160401b0381818c16011699016004556003602435101561049c57614dcf602435613435565b614dda602435613435565b60243561505f575f945b5060a4359163ffffffff83169283810361049c57508061505757505f935b6001600160a01b03881661504c575f905b871561504557600160f51b945b8b5f52600660205260405f209560243560f01b93178860f21b8461ffff60d01b60643560d01b16888842010160a81b88420160801b8617171717171786556001600160a01b0360e4351660e4350361049c5764ffffffffff9788966001600160601b03948460a01b6001600160a01b0360e435161760018301558260f81b908a60c81b4260a01b331717171760028201556001600160a01b038c1615156001600160a01b038d161561503e575b615029575b50614edc81613435565b6001600160a01b036040519b168b52614ef6602435613435565b60243560208c0152614f0781613435565b60408b015260608a015261ffff6064351660808a01521660a0880152828142011660c08801524201011660e08501521661010083015215156101208201526001600160a01b0360e4351690837fc684aa51934d9386f74c42ee499e7b4eb9d220f554837e31280ee7546a45975e6101403393a4816101043580614fea575b5050610124356001600160a01b0381169081810361049c5781614fa6575050565b835f52600860205260405f20826001600160a01b031982541617905550827f65b71688ffda6ebbb7a73faa75353a6a2d6b7c6fc15c0571374dea43e62214175f80a3565b60207fcc7b35b1894b398b0cfe282351fcc5a2b0cb247ba99771b9a03252394ffefe5f91835f52600782528060405f2055604051908152a2815f614f85565b60036001600160a01b038d169101555f614ed2565b505f614ecd565b5f94614e20565b600160f41b90614e13565b420193614e02565b604435600381101561049c5761507481613435565b94614de4565b8363bed6c6d160e01b5f5260045260245260445260645ffd5b50818710614d92565b611f0c9061ffff6064351690613c44565b506001614d55565b6001600160a01b0382165f908152600b6020526040902054606081901c60ff1691906001600160601b0316614d4e565b6001600160a01b03906040516150fa8161363f565b5f81525f6020820152501680615138575060045460ff6040519161511d8361363f565b6001600160601b038160401c16835260a01c16602082015290565b5f52600b60205260405f2060ff604051916151528361363f565b546001600160601b038116835260601c16602082015290565b9091906001600160a01b03165f5b83811061518a57505050505f905f90565b815f52600c60205260405f20815f526020526040805f208151906151ad82613624565b54906001600160801b0382169081815260ff63ffffffff8460801c169384602084015260a01c16151593849101528511156151ec575050600101615179565b9590945092505050565b801561522d5764ffffffffff8160801c1642106152275760a81c64ffffffffff16421061522257600390565b600290565b50600190565b50600490565b916001600160a01b036040519263a9059cbb60e01b5f521660045260245260205f60448180865af19060015f5114821615615290575b604052156152745750565b6001600160a01b0390635274afe760e01b5f521660045260245ffd5b9060018115166152a857823b15153d15161690615269565b503d5f823e3d90fd5b5f80808085855af1156152c2575050565b6001600160a01b03907fa5b05eec000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b6001600160a01b03909291921691825f52600d60205260405f206001600160a01b0382165f5260205260405f20549283156153995764ffffffffff8460a01c16801515908161538e575b50615363575b505063ffffffff6001600160801b0383169260801c1690565b909192505f52600e6020526001600160a01b0360405f2091165f5260205260405f2054905f8061534a565b90504210155f615344565b505090505f905f90565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480615496575b156153fe577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261549060c08261365a565b51902090565b507f000000000000000000000000000000000000000000000000000000000000000046146153d5565b90604183036154e9576154e29250602081013591604082359201355f1a9061554a565b9192909190565b50505f9160029190565b60ff811690601f8211615522576040519161550f60408461365a565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116155c1579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561420c575f516001600160a01b038116156155b757905f905f90565b505f906001905f90565b5050505f916003919056",
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
// Solidity: function getPacket(uint256 id) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool) v)
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
// Solidity: function getPacket(uint256 id) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool) v)
func (hongbaoEscrow *HongbaoEscrow) TryPackGetPacket(id *big.Int) ([]byte, error) {
	return hongbaoEscrow.abi.Pack("getPacket", id)
}

// UnpackGetPacket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa59455dc.
//
// Solidity: function getPacket(uint256 id) view returns((uint256,uint8,uint8,uint8,address,address,uint256,uint16,uint16,uint96,address,bytes32,address,uint64,uint40,uint40,uint40,uint40,bool,bool) v)
func (hongbaoEscrow *HongbaoEscrow) UnpackGetPacket(data []byte) (IHongbaoEscrowPacketView, error) {
	out, err := hongbaoEscrow.abi.Unpack("getPacket", data)
	if err != nil {
		return *new(IHongbaoEscrowPacketView), err
	}
	out0 := *abi.ConvertType(out[0], new(IHongbaoEscrowPacketView)).(*IHongbaoEscrowPacketView)
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
