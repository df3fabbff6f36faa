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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"AmountTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"}],\"name\":\"CoolOffOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"InvalidClaimerSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rem\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"InvalidLuckyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidShares\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ttl\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidTtl\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MissingAuthority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NativeTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoUndoRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoUndoWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotClaimer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotDirect\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"NotInAllowlist\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"NotRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"}],\"name\":\"NotYetReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"PacketClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"}],\"name\":\"PacketExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"PacketNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RelayDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ReturnExceedsClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UndoAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"}],\"name\":\"UndoWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedAuthority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ValueMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CoolOffWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Declined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Intercepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OwedWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"}],\"name\":\"PacketSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"RelayFeePaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Returned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"indexed\":false,\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"name\":\"TokenPolicySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UndoApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"UndoRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Undone\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLAIM_FOR_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SHARES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUSH_GAS_NATIVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUSH_GAS_TOKEN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"approveUndo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"auth\",\"type\":\"bytes\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"}],\"name\":\"claimDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"auth\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"claimFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"claimForDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"decline\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getPacket\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIHongbaoEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"claimed\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"orgId\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"createdAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"releaseAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"expiresAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"undoUntil\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"undoConsent\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"undoRequested\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.PacketView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"intercept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastPacketId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rem\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"luckyAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"refundMany\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"returnFunds\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"send\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"enumIHongbaoEscrow.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumIHongbaoEscrow.AuthMode\",\"name\":\"auth\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"shares\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structIHongbaoEscrow.SendParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"sendWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"name\":\"setTokenPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenPolicy\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"minShare\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"maxAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"internalType\":\"structIHongbaoEscrow.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"undo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"undoTier\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"consent\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdrawCoolOff\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawOwed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"enumIHongbaoEscrow.Clause\",\"name\":\"clause\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"until\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "e32f21b535fb38be4862d2f169b0e68e4c",
	Bin: "0x61016080604052346101c057602081613f2a803803809161002082856101c4565b8339810103126101c057516001600160a01b038116908190036101c05760405161004b6040826101c4565b60078152602081019066486f6e6762616f60c81b8252604051916100706040846101c4565b600183526020830191603160f81b8352610089816101fb565b61012052610096846101fb565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100ff60c0826101c4565b5190206080523060c05280156101ad57600380546001600160a01b0319908116909155600280549182168317905560405191906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3613cc39081610267823960805181613ad3015260a05181613b90015260c05181613aa4015260e05181613b2201526101005181613b48015261012051816111f0015261014051816112190152f35b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176101e757604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610226576020815191015160208210610217571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f5f3560e01c806301cc9be114611b9357806307c3d4af14611b785780630ebda83214611b5c57806317a5e22014611b385780631ed1483b14611afe578063278ecde114611a8257806328079e4a14611a2e57806337cd2f7e14611817578063381e4a05146117cf57806338926b6d1461177d5780633ced370d146116b15780633e8ff57b146116955780634125ff90146116785780634640d9261461165c578063619a6b89146116365780636b0509b1146115fc5780637033d0b614611457578063715018a6146113be57806379ba5097146112ec57806384b0196e146111d8578063873f6f9e14611191578063884fe98e1461108f5780638b13447d146110455780638da5cb5b1461101f5780638e49a49f1461100257806393f8ecd014610fab578063956607f614610e5d57806396d725df14610c69578063a0355f4e14610bc8578063a59455dc14610a4b578063c2cff684146108f1578063c4be2554146108d4578063ca676dcf146107d9578063e01b402d146107bc578063e30c397814610796578063e88cfdbc14610752578063f03bcd0d146103f6578063f0995da3146102cf578063f11988e01461028a578063f2fde38b146102025763f698da25146101dd575f80fd5b346101ff57806003193601126101ff5760206101f7613a9a565b604051908152f35b80fd5b50346101ff5760206003193601126101ff576001600160a01b03610224611bba565b61022c612ffd565b16807fffffffffffffffffffffffff000000000000000000000000000000000000000060035416176003556001600160a01b03600254167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b50346101ff5760206003193601126101ff57606064ffffffffff6102af6004356122e2565b90604093929351936102c081611c57565b84526020840152166040820152f35b50346103f25760031936016101c081126103f257610140136103f257610164359060ff82168092036103f25761030361248e565b600435916001600160a01b038316928381036103f2575060c435906fffffffffffffffffffffffffffffffff8216918281036103f25750833b156103f25760e45f928360405196879485937fd505accf000000000000000000000000000000000000000000000000000000008552336004860152306024860152604485015261014435606485015260848401526101843560a48401526101a43560c48401525af16103df575b6020906103b46130c7565b907f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b505f6103ea91611efc565b60205f6103a9565b5f80fd5b346103f25760606003193601126103f25761040f611bba565b6024356bffffffffffffffffffffffff81168091036103f25760443567ffffffffffffffff81116103f257366023820112156103f257806004013567ffffffffffffffff81116103f257602482019160243691606084020101116103f257610475612ffd565b82158015610748575b61068b576001600160a01b035f9416935b8181106105b657506040516104a381611e97565b8381526020810160ff83168152855f52600a6020526bffffffffffffffffffffffff60405f209251167fffffffffffffffffffffffffffffffffffffff000000000000000000000000006cff0000000000000000000000008454935160601b1692161717905580604051936040850190855260406020860152526060830191905f905b80821061055657857f815e42f8bf5dfd31a8a44d3c8e3baac4ed76a49f1d47b35e4f591f89c46a4c0286860387a2005b90919283356fffffffffffffffffffffffffffffffff81168091036103f2578152602084013563ffffffff81168091036103f25760208201526040840135908115158092036103f257606081600193604083940152019401920190610526565b801515806106b3575b61068b576105ce8183856122b5565b90855f52600b60205260405f20815f5260205260405f206fffffffffffffffffffffffffffffffff6105ff846122c5565b169281549060208101359063ffffffff821682036103f257604001358015158091036103f2576001957fffffffffffffffffffffff00000000000000000000000000000000000000000074ff000000000000000000000000000000000000000073ffffffff000000000000000000000000000000009360a01b169416179160801b16171790550161048f565b7fd06b96b1000000000000000000000000000000000000000000000000000000005f5260045ffd5b506106c76106c28284866122b5565b6122c5565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820182811161071b576fffffffffffffffffffffffffffffffff6107116106c2829387896122b5565b16911611156105bf565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b506008811161047e565b346103f25760a06003193601126103f25761076b611bd0565b604435906001600160a01b03821682036103f2576020916101f791608435916064359160043561224f565b346103f2575f6003193601126103f25760206001600160a01b0360035416604051908152f35b346103f2575f6003193601126103f257602060405162278d008152f35b346103f25760206003193601126103f25760043567ffffffffffffffff81116103f257366023820112156103f25780600401359067ffffffffffffffff82116103f2576024810190602436918460051b0101116103f25761083861248e565b5f905f925b808410610872576020835f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b909161087f84838561223f565b35805f52600560205260405f205490811580156108c1575b6108b657916108aa6001939284936125ea565b01935b0192919061083d565b5050926001906108ad565b5064ffffffffff8260a81c164210610897565b346103f2575f6003193601126103f2576020604051620249f08152f35b346103f25760406003193601126103f25761090a611bba565b610912611bd0565b9061091b61248e565b6001600160a01b038216908115610a23576001600160a01b031691825f52600960205260405f206001600160a01b0333165f5260205260405f20549182156109f357835f52600960205260405f206001600160a01b0333165f526020525f6040812055604051908152826020820152837f862bd5b58d76df76b7c2e7990b4cb56a94e8bf0b4fd816592500fd3100117f1160403393a3826109e5576109c09250613a51565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6109ee926139a1565b6109c0565b837f53ead58b000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b346103f25760206003193601126103f257610280610a6a600435611ff3565b61026060405191805183526020810151610a8381611c57565b60208401526040810151610a9681611c8e565b60408401526060810151610aa981611c8e565b60608401526001600160a01b0360808201511660808401526001600160a01b0360a08201511660a084015260c081015160c084015261ffff60e08201511660e084015261ffff610100820151166101008401526bffffffffffffffffffffffff610120820151166101208401526001600160a01b03610140820151166101408401526101608101516101608401526001600160a01b036101808201511661018084015267ffffffffffffffff6101a0820151166101a084015264ffffffffff6101c0820151166101c084015264ffffffffff6101e0820151166101e084015264ffffffffff6102008201511661020084015264ffffffffff61022082015116610220840152610240810151151561024084015201511515610260820152f35b346103f25760206003193601126103f2576109c0600435610be761248e565b610bf081613011565b5f82815260056020526040812090815560020154909190610c64906001600160a01b0316916fffffffffffffffffffffffffffffffff841693604051858152827f9ac853bf8a368b327a217cb33373cac776d93c200c4d6e29fc4f275ab1ef670660206001600160a01b03881693a3612fb8565b61287e565b346103f25760206003193601126103f2576001600160a01b03610c8a611bba565b16805f52600a602052602060405f2060405190610ca682611e97565b549060ff6bffffffffffffffffffffffff83169283835260601c16928391015280155f14610e5757506001915b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0610d16610d0084611f9a565b93610d0e6040519586611efc565b808552611f9a565b015f5b818110610e2e5750505f5b8251811015610da157600190825f52600b60205260405f20815f5260205260405f2060ff60405191610d5583611ee0565b546fffffffffffffffffffffffffffffffff8116835263ffffffff8160801c16602084015260a01c1615156040820152610d8f8286611fb2565b52610d9a8185611fb2565b5001610d24565b5050906040519182916bffffffffffffffffffffffff60408401911683526040602084015281518091526020606084019201905f5b818110610de4575050500390f35b9193509160206060600192604087516fffffffffffffffffffffffffffffffff815116835263ffffffff858201511685840152015115156040820152019401910191849392610dd6565b602090604051610e3d81611ee0565b5f81525f838201525f604082015282828701015201610d19565b91610cd3565b346103f25760206003193601126103f257600435610e7961248e565b805f52600560205260405f20548015610fa557815f5260076020526001600160a01b0360405f205416803314801590610f9d575b610f6e575064ffffffffff8160a81c169182421015610f3e575f818152600560205260408120908155600201546109c09350610c64906001600160a01b0316916fffffffffffffffffffffffffffffffff8416936040518581526001600160a01b03851690837f41bef2bba8fc0ea7519b46c8cc4df4d7660678af4ec2d7e3dc8e537bac6998a460203393a4612fb8565b90507f48bb135c000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827f2c00bbe9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b508015610ead565b5061257c565b346103f25760406003193601126103f2576040610fee610fc9611bba565b6001600160a01b0381165f52600a6020526024359060ff845f205460601c16906138d0565b63ffffffff83519216825215156020820152f35b346103f2575f6003193601126103f2576020600454604051908152f35b346103f2575f6003193601126103f25760206001600160a01b0360025416604051908152f35b6101406003193601126103f25761105a61248e565b60206110646130c7565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b346103f25760206003193601126103f2576004356110ab61248e565b6110b481613011565b7e400000000000000000000000000000000000000000000000000000000000008116156111655764ffffffffff8160a81c169182421015610f3e575f818152600560205260408120908155600201546109c09350610c64906001600160a01b0316916fffffffffffffffffffffffffffffffff841693604051858152827f07263dc7128bb65a30f904ecdceb6e62d79dba90aca7ad6dbab84c755144b2b560206001600160a01b03881693a3612fb8565b507f10702dac000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346103f25760406003193601126103f2576111aa611bd0565b6004355f5260086020526001600160a01b0360405f2091165f52602052602060405f20541515604051908152f35b346103f2575f6003193601126103f2576112906112147f0000000000000000000000000000000000000000000000000000000000000000613bea565b61123d7f0000000000000000000000000000000000000000000000000000000000000000613bea565b602061129e604051926112508385611efc565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190611c14565b908582036040870152611c14565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106112d557505050500390f35b8351855286955093810193928101926001016112c6565b346103f2575f6003193601126103f257336001600160a01b036003541603611392577fffffffffffffffffffffffff000000000000000000000000000000000000000060035416600355600254337fffffffffffffffffffffffff00000000000000000000000000000000000000008216176002556001600160a01b033391167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346103f2575f6003193601126103f2576113d6612ffd565b7fffffffffffffffffffffffff0000000000000000000000000000000000000000600354166003555f6001600160a01b036002547fffffffffffffffffffffffff00000000000000000000000000000000000000008116600255167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b346103f25760c06003193601126103f257600435611473611bd0565b6044359060643560843567ffffffffffffffff81116103f25761149a903690600401611be6565b9160a43567ffffffffffffffff81116103f2576114bb903690600401611be6565b916114c461248e565b8042116115d157906114dd6114e393928833898c61224f565b86612ed8565b1561159c57906114f49183866129ee565b93909283811015611595575b604051818152827fd8c8385171aebab7815b872da530169bb110f08ecbfecf1fd07eb1d4c84fee2160203393a380611585575b80840361155f575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b61156f6115759261157b96612fb8565b93611e8a565b9161287e565b80808080806109c0565b611590818387612e41565b611533565b5082611500565b6001600160a01b03837f59602465000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7f3499c5ce000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346103f2575f6003193601126103f25760206040517f1ba478f2745cfe179a54cf4a13d5137a2a141403e74a004410f4c49774a02d4d8152f35b346103f25760406003193601126103f25760206101f7611654611bd0565b600435611f3d565b346103f2575f6003193601126103f257602060405161012c8152f35b346103f2575f6003193601126103f2576020604051620151808152f35b346103f2575f6003193601126103f25760206040516127108152f35b346103f25760206003193601126103f2576004356116cd61248e565b6116d681612502565b64ffffffffff8260801c168042101561174e5750610c64836109c0945f5260056020525f60408120556fffffffffffffffffffffffffffffffff841693604051858152827fbd9683704f1bef2882adc628824892505cb0e01d35a42e7cc1c915e03f6c3fcc60206001600160a01b03881693a3612fb8565b837f39b488c0000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346103f25760406003193601126103f25760243560043567ffffffffffffffff82116103f2576117c76117b76109c0933690600401611be6565b906117c061248e565b33846129ee565b919091612e41565b346103f25760406003193601126103f2576117e8611bd0565b6004355f5260086020526001600160a01b0360405f2091165f52602052602060405f205460011c604051908152f35b60406003193601126103f25760243560043561183161248e565b805f52600860205260405f206001600160a01b0333165f5260205260405f205480156119fe5760011c82156119cd5780831161199e5761187383600192611e8a565b811b17815f52600860205260405f206001600160a01b0333165f5260205260405f2055805f5260056020526001600160a01b03600360405f2001541690829180155f1461195357833403611923576109c093505b6118e6825f5260056020526001600160a01b03600260405f2001541690565b916040518481526001600160a01b038416917fa0a2b7d8d6ec4e7583933f9e057ef3228946049cd7c2185b0e3b70faff7bf8ab60203393a461287e565b837f626ade30000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b91503461196e576119686109c0933384612661565b916118c7565b7f626ade30000000000000000000000000000000000000000000000000000000005f52346004525f60245260445ffd5b907fb1d4fec3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f02d2d938000000000000000000000000000000000000000000000000000000005f525f600452600160245260445ffd5b507f906fe24a000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b346103f25760406003193601126103f257611a47611bba565b6001600160a01b03611a57611bd0565b91165f5260096020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b346103f25760206003193601126103f257600435611a9e61248e565b805f52600560205260405f20548015610fa55764ffffffffff8160a81c1691824210611ace576109c092506125ea565b90507f9bbe56c8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346103f2575f6003193601126103f25760206040517fe6005dc29cf05c859a4e090e0b62b660ac28545b9497c3a7cbc6489325f7f5c38152f35b346103f25760206003193601126103f257611b5161248e565b6109c0600435611c98565b346103f2575f6003193601126103f257602060405161c3508152f35b346103f2575f6003193601126103f257602060405160088152f35b346103f25760806003193601126103f25760206101f7606435604435602435600435612409565b600435906001600160a01b03821682036103f257565b602435906001600160a01b03821682036103f257565b9181601f840112156103f25782359167ffffffffffffffff83116103f257602083818601950101116103f257565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b60051115611c6157565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60031115611c6157565b611ca181612502565b91805f52600560205264ffffffffff600260405f20015460c81c168015611e5e5780421015611e2f575060038260f01c161580611e05575b611d445791610c6483611d42945f5260056020525f60408120556fffffffffffffffffffffffffffffffff841693604051858152827f4e779001472ae0568fbfbcd04c3d762ce549ea84aec67078097f473c3213a4ae60206001600160a01b03881693a3612fb8565b565b907e400000000000000000000000000000000000000000000000000000000000008116611dd9575f8281526005602052604081207e400000000000000000000000000000000000000000000000000000000000009290921782556001909101546001600160a01b03908116931691907f7e878589f0e08f130bec75fc12915fa2f781ccd25a80db0dc7ef7203320f64659080a4565b507f86a85fe8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507e2000000000000000000000000000000000000000000000000000000000000082161515611cd9565b907f1d0dc5f2000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507fdfacd5f9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9190820391821161071b57565b6040810190811067ffffffffffffffff821117611eb357604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6060810190811067ffffffffffffffff821117611eb357604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117611eb357604052565b611f97916001600160a01b036040519160208301937f1ba478f2745cfe179a54cf4a13d5137a2a141403e74a004410f4c49774a02d4d8552604084015216606082015260608152611f8f608082611efc565b519020612e97565b90565b67ffffffffffffffff8111611eb35760051b60200190565b8051821015611fc65760209160051b010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b9060405191610280830183811067ffffffffffffffff821117611eb3576040525f83525f60208401525f60408401525f60608401525f60808401525f60a08401525f60c08401525f60e08401525f6101008401525f6101208401525f6101408401525f6101608401525f6101808401525f6101a08401525f6101c08401525f6101e08401525f6102008401525f6102208401525f6102408401525f61026084015282815f52600560205260405f209160028301549182156122385750829164ffffffffff916001600160a01b037e4000000000000000000000000000000000000000000000000000000000000095549467ffffffffffffffff60036001830154920154848b5261210288613964565b61210b81611c57565b60208c015260ff8660f01c1661212081611c8e565b61212981611c8e565b60408c01528560f81c61213b81611c8e565b61214481611c8e565b60608c015283861660808c015283811660a08c015260a01c166101a08a01526fffffffffffffffffffffffffffffffff861660c08a015261ffff8660d01c1660e08a015261ffff8660e01c166101008a01528060a01c6101208a015216610140880152805f52600660205260405f20546101608801525f5260076020526001600160a01b0360405f205416610180870152818160a01c166101c0870152818360801c166101e0870152818360a81c1661020087015260c81c166102208501527e2000000000000000000000000000000000000000000000000000000000000081161515610240850152161515610260830152565b9450505050565b9190811015611fc65760051b0190565b926001600160a01b03611f97959293816040519560208701977fe6005dc29cf05c859a4e090e0b62b660ac28545b9497c3a7cbc6489325f7f5c38952604088015216606086015216608084015260a083015260c082015260c08152611f8f60e082611efc565b9190811015611fc6576060020190565b356fffffffffffffffffffffffffffffffff811681036103f25790565b805f52600560205260405f20549081156123c8576fffffffffffffffffffffffffffffffff8216905f52600560205264ffffffffff600260405f20015460c81c1664ffffffffff8360801c168042106123bd575064ffffffffff8360a81c1692834210156123b05781421061235b575050505f915f9190565b91939092509060f081901c600316159081612385575b501561237e576004929190565b6003929190565b7e2000000000000000000000000000000000000000000000000000000000000091501615155f612371565b5050919050600191905f90565b925050916002929190565b50505f905f905f90565b81156123dc570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b9291928115801561247c575b61244857600182146124415760019161242d916123d2565b811b83821b9003019081156123dc57060190565b9250505090565b9091507f4e7cea4f000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b508361248883836123d2565b10612415565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6124da5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b805f52600560205260405f205491821561257a57612535825f5260056020526001600160a01b03600260405f2001541690565b916001600160a01b0383169081330361254c575050565b7f19743c13000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b505b801580156125df575b6125b4577f86b11995000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f3b479a9e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506004548111612585565b5f81815260056020526040812090815560020154611d42929190610c64906001600160a01b0316916fffffffffffffffffffffffffffffffff841693604051858152827f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c460206001600160a01b03881693a3612fb8565b6001600160a01b039092919216604051917f70a08231000000000000000000000000000000000000000000000000000000008352306004840152602083602481855afa9283156127e8575f9361283d575b506001600160a01b03604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004523060245260445260205f60648180855af160015f511481161561281e575b836040525f606052156127f357826024816020937f70a082310000000000000000000000000000000000000000000000000000000082523060048301525afa80156127e8575f906127b4575b61275a9250611e8a565b906fffffffffffffffffffffffffffffffff821161277457565b507f7f162703000000000000000000000000000000000000000000000000000000005f526004526fffffffffffffffffffffffffffffffff60245260445ffd5b506020823d6020116127e0575b816127ce60209383611efc565b810103126103f25761275a9151612750565b3d91506127c1565b6040513d5f823e3d90fd5b7f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600181151661283457813b15153d151616612704565b833d5f823e3d90fd5b9092506020813d602011612869575b8161285960209383611efc565b810103126103f25751915f6126b2565b3d915061284c565b9190820180921161071b57565b916001600160a01b038216923384146129ca576001600160a01b0381169283159182156129c15761c3505b6128b85a91603f810490612871565b90619c40820180921161071b57106129995783921561293557505f808093819361c350f15b156128e757505050565b60207f5e6777bbce5269e6bf9b6dbe08117b87391de5da8bd1cf9430e4fe3911ee436a91835f526009825260405f20855f52825260405f2061292a828254612871565b9055604051908152a3565b915050604051907fa9059cbb000000000000000000000000000000000000000000000000000000005f52846004528260245260205f6044818085620249f0f19060015f511482161561298c575b50906040526128dd565b3b15153d1516165f612982565b7f1c26714c000000000000000000000000000000000000000000000000000000005f5260045ffd5b620249f06128a9565b6001600160a01b0316925090826129e557611d429250613a51565b611d42926139a1565b939193805f52600560205260405f208054948515612e3b5764ffffffffff8660801c16804210612e0c575064ffffffffff8660a81c1680421015612ddd575060018201549060038760f01c169788155f14612c0e5750506001600160a01b038116806001600160a01b03861603612bdf57505b825f52600860205260405f20966001600160a01b0385165f528760205260405f2054612ba6576fffffffffffffffffffffffffffffffff87169161ffff8860e01c16612ab48161ffff8b60d01c16611e8a565b9260018403612b59575050505080965b6001600160a01b0385165f5260205260405f20600188811b17905586145f14612b22575f905b557f4ec90e965519d92681267467f775ada5bd214aa92c0dc93d90a5e880ce9ed02660206001600160a01b03604051948886521693a3565b612b2c8686611e8a565b7c0100000000000000000000000000000000000000000000000000000000810180911161071b5790612aea565b600103612b72575050612b6c90826123d2565b96612ac4565b916080612b6c936040519044825288602083015260408201526001600160a01b0389166060820152209160a01c9084612409565b6001600160a01b0385857fa9214540000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b837f13bc23a4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b60038860f21c1680155f14612c7b57506001600160a01b03612c3e818516938493612c398a8a611f3d565b613bb6565b50501603612c4c5750612a61565b837fbfe1fba4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b600114612c8a575b5050612a61565b5f91604081101580612dca575b612d78575b50604001845f52600660205260405f20549060405192602084016001600160a01b0389169485825260208152612cd3604082611efc565b5190206040516020810191825260208152612cef604082611efc565b519020915f915b808310612d3a5750505003612d0b5780612c83565b837f67445441000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b909192612d4884838561223f565b359081811015612d67575f52602052600160405f205b93019190612cf6565b905f52602052600160405f20612d5e565b8092506040116103f257602081013580927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0810190811161071b5760051c10612dc2575b5f612c9c565b5f9150612dbc565b50806020116103f2576020823514612c97565b837f48bb135c000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b837f28e0cfd7000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b8261257c565b9091907e1000000000000000000000000000000000000000000000000000000000000016612e7457611d42915033613a51565b611d42915f5260056020526001600160a01b03600360405f2001541633906139a1565b604290612ea2613a9a565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b929190833b612f155790612eec9291613bb6565b506004811015611c6157159182612f0257505090565b6001600160a01b03919250811691161490565b60647fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f855f9660209896604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161690565b7e1000000000000000000000000000000000000000000000000000000000000016612fe257505f90565b5f5260056020526001600160a01b03600360405f2001541690565b6001600160a01b0360025416330361139257565b90815f52600560205260405f20549182156130af5760038360f01c1661308457805f5260056020526001600160a01b03600160405f2001541690813303613056575050565b7f13bc23a4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f7ce9354c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61257c565b8181029291811591840414171561071b57565b61ffff60643516606435036103f257600360243510156103f2576130ec602435611c8e565b6003604435101590816103f257613104604435611c8e565b604435613112602435611c8e565b6024356137795750600161ffff60643516036137425760e4356001600160a01b038116908181036103f257501561371a57610104356136f2575f5b60843563ffffffff8116141592836103f2576201518063ffffffff60843516116136b75760a43563ffffffff8116141591826103f25761012c63ffffffff60a435161080156136a0575b61365a576001600160a01b0360043516600435036103f2576004356001600160a01b03166136245760c4356fffffffffffffffffffffffffffffffff8116908181036103f2578134036135f457505034905b6001600160a01b03600435165f52600a60205260405f20906040519161320e83611e97565b5460ff6bffffffffffffffffffffffff82169182855260601c16602084015280155f146135ee57506001915b61325861ffff606435166bffffffffffffffffffffffff85166130b4565b84106135a0578360ff6020613272930151166004356138d0565b9390600160045401968760045587996103f2576103f2578061359857505f915b6004356001600160a01b0316613572575f905b851561356c577e200000000000000000000000000000000000000000000000000000000000005b885f52600560205260405f2092178160f21b60243560f01b7bffff000000000000000000000000000000000000000000000000000060643560d01b1663ffffffff60a4351663ffffffff6084351642010160a81b63ffffffff60843516420160801b8817171717171782556001600160a01b0360e4351660e435036103f2577fffffffffffffffffffffffff00000000000000000000000000000000000000008560a01b166001600160a01b0360e4351617600183015560f81b60243560f01b8460c81b4260a01b331717171760028201556001600160a01b0360043516613555575b506101043561353f575b610124356001600160a01b038116141594856103f2576001600160a01b0361012435166134f7575b6133ec602435611c8e565b6024356134ea57505f945b6103f25764ffffffffff926bffffffffffffffffffffffff91604051966001600160a01b0360043516885261342d602435611c8e565b602435602089015261343e81611c8e565b6040880152606087015261ffff6064351660808701521660a08501526101043560c08501526001600160a01b03610124351660e08501528163ffffffff608435164201166101008501528163ffffffff60a4351663ffffffff60843516420101166101208501521661014083015215156101608201526001600160a01b0360e43516917fb053d47e872cb5909a5de0777d47f2f4e16ab6c56fbbaff2e1f0163c0a1f9f676101803393a4565b6103f257604435946133f7565b5f87815260076020526040812080547fffffffffffffffffffffffff000000000000000000000000000000000000000016610124356001600160a01b031617905595506133e1565b855f5260066020526101043560405f20556133b9565b60036001600160a01b03600435169101555f6133af565b5f6132cc565b7e10000000000000000000000000000000000000000000000000000000000000906132a5565b420191613292565b836135bf60643561ffff166bffffffffffffffffffffffff86166130b4565b907f02d2d938000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9161323a565b507f626ade30000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b3461196e5760c4356fffffffffffffffffffffffffffffffff81168082036103f257613654915033600435612661565b906131e9565b826103f2577fbaaf25ec000000000000000000000000000000000000000000000000000000005f5263ffffffff60a4351660045261012c60245262278d0060445260645ffd5b505f925062278d0060a43563ffffffff1611613197565b7fd474bb7f000000000000000000000000000000000000000000000000000000005f5263ffffffff608435166004526201518060245260445ffd5b7f68efef7b000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fac9e9589000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f5f9742e3000000000000000000000000000000000000000000000000000000005f5261ffff60643516600452600160245260445ffd5b915061ffff606435161580156138bf575b613887575f9161379b604435611c8e565b6044356137cb5760e4356001600160a01b038116908181036103f257501561371a57610104356136f2575b61314d565b5f92506137d9604435611c8e565b60443560010361382f57610104351561371a5760e4356001600160a01b038116908181036103f257501561314d577f68efef7b000000000000000000000000000000000000000000000000000000005f5260045ffd5b60e4356001600160a01b038116908181036103f257501580159061387b575b156137c6577f68efef7b000000000000000000000000000000000000000000000000000000005f5260045ffd5b5061010435151561384e565b7f5f9742e3000000000000000000000000000000000000000000000000000000005f5261ffff6064351660045261271060245260445ffd5b5061271061ffff606435161161378a565b9091906001600160a01b03165f5b8381106138ef57505050505f905f90565b815f52600b60205260405f20815f526020526040805f2081519061391282611ee0565b54906fffffffffffffffffffffffffffffffff82169081815260ff63ffffffff8460801c169384602084015260a01c161515938491015285111561395a5750506001016138de565b9590945092505050565b801561399b5764ffffffffff8160801c1642106139955760a81c64ffffffffff16421061399057600390565b600290565b50600190565b50600490565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615613a30575b604052156139fb5750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b906001811516613a4857823b15153d151616906139f0565b503d5f823e3d90fd5b5f80808085855af115613a62575050565b6001600160a01b03907fa5b05eec000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480613b8d575b15613af5577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152613b8760c082611efc565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614613acc565b9060418303613be057613bd99250602081013591604082359201355f1a90613c41565b9192909190565b50505f9160029190565b60ff811690601f8211613c195760405191613c06604084611efc565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411613cb8579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156127e8575f516001600160a01b03811615613cae57905f905f90565b505f906001905f90565b5050505f916003919056",
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
	Root        [32]byte
	Guardian    common.Address
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
// Solidity: event PacketSent(uint256 indexed id, address indexed sender, address indexed recipient, address token, uint8 kind, uint8 auth, uint256 total, uint16 shares, uint96 minShare, bytes32 root, address guardian, uint40 releaseAt, uint40 expiresAt, uint40 undoUntil, bool undoConsent)
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
	Id      *big.Int
	Claimer common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HongbaoEscrowReturnedEventName = "Returned"

// ContractEventName returns the user-defined event name.
func (HongbaoEscrowReturned) ContractEventName() string {
	return HongbaoEscrowReturnedEventName
}

// UnpackReturnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Returned(uint256 indexed id, address indexed claimer, address indexed to, uint256 amount)
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
