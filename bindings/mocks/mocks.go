// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package mocks

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

// PlainDelegateCall is an auto generated low-level Go binding around an user-defined struct.
type PlainDelegateCall struct {
	Target common.Address
	Value  *big.Int
	Data   []byte
}

// BlocklistTokenMetaData contains all meta data concerning the BlocklistToken contract.
var BlocklistTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Blocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"blocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isBlocked\",\"type\":\"bool\"}],\"name\":\"setBlocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "848619325d94308bc7998cc7ea896ea2c3",
	Bin: "0x60806040523461032e57604080519081016001600160401b03811182821017610236576040908152600f82526e213637b1b5b634b9ba102a37b5b2b760891b602083015280519081016001600160401b03811182821017610236576040526003815262424c4b60e81b602082015281516001600160401b03811161023657600354600181811c91168015610324575b602082101461021857601f81116102b6575b50602092601f821160011461025557928192935f9261024a575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161023657600454600181811c9116801561022c575b602082101461021857601f81116101aa575b50602091601f821160011461014a579181925f9261013f575b50508160011b915f199060031b1c1916176004555b60405161084f90816103338239f35b015190505f8061011b565b601f1982169260045f52805f20915f5b8581106101925750836001951061017a575b505050811b01600455610130565b01515f1960f88460031b161c191690555f808061016c565b9192602060018192868501518155019401920161015a565b818111156101025760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610210575b81601f9101920160051c03905f5b828110610203575050610102565b5f828201556001016101f5565b5f91506101e7565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f0565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100ba565b601f1982169360035f52805f20915f5b86811061029e5750836001959610610286575b505050811b016003556100cf565b01515f1960f88460031b161c191690555f8080610278565b91926020600181928685015181550194019201610265565b818111156100a05760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b6020841061031c575b81601f9101920160051c03905f5b82811061030f5750506100a0565b5f82820155600101610301565b5f91506102f3565b90607f169061008e565b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80620af2a11461069657806306fdde03146105c4578063095ea7b31461054257806318160ddd1461052557806323b872dd146103f5578063313ce567146103da57806340c10f19146102b457806370a082311461027d57806395d89b4114610162578063a9059cbb14610131578063dd62ed3e146100dd5763e59621951461009c575f80fd5b346100d95760203660031901126100d9576001600160a01b036100bd6106e2565b165f526005602052602060ff60405f2054166040519015158152f35b5f80fd5b346100d95760403660031901126100d9576100f66106e2565b6001600160a01b036101066106f8565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b346100d95760403660031901126100d95761015761014d6106e2565b6024359033610738565b602060405160018152f35b346100d9575f3660031901126100d9576040515f6004548060011c90600181168015610273575b60208310811461025f5782855290811561024357506001146101ee575b50819003601f01601f191681019067ffffffffffffffff8211818310176101da576101d68291826040528261070e565b0390f35b634e487b7160e01b5f52604160045260245ffd5b905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5f905b82821061022d575060209150820101826101a6565b6001816020925483858801015201910190610218565b90506020925060ff191682840152151560051b820101826101a6565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610189565b346100d95760203660031901126100d9576001600160a01b0361029e6106e2565b165f525f602052602060405f2054604051908152f35b346100d95760403660031901126100d9576102cd6106e2565b6001600160a01b031660243581156103ae575f805260056020527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc5460ff1661039b57815f52600560205260ff60405f20541661038857600254908082018092116103745760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b506375e91ce760e01b5f5260045260245ffd5b6375e91ce760e01b5f525f60045260245ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346100d9575f3660031901126100d957602060405160128152f35b346100d95760603660031901126100d95761040e6106e2565b6104166106f8565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f198110610459575b506101579350610738565b8381106104f15784156104c557331561049957610157945f52600160205260405f206001600160a01b0333165f526020528360405f20910390558461044e565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100d9575f3660031901126100d9576020600254604051908152f35b346100d95760403660031901126100d95761055b6106e2565b6024359033156104c5576001600160a01b031690811561049957335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100d9575f3660031901126100d9576040515f6003548060011c9060018116801561068c575b60208310811461025f5782855290811561024357506001146106375750819003601f01601f191681019067ffffffffffffffff8211818310176101da576101d68291826040528261070e565b905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5f905b828210610676575060209150820101826101a6565b6001816020925483858801015201910190610661565b91607f16916105eb565b346100d95760403660031901126100d9576106af6106e2565b602435908115158092036100d9576001600160a01b03165f52600560205260405f209060ff801983541691161790555f80f35b600435906001600160a01b03821682036100d957565b602435906001600160a01b03821682036100d957565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b6001600160a01b0316908115610823576001600160a01b03169182156103ae57815f52600560205260ff60405f20541661038857825f52600560205260ff60405f20541661081057815f525f60205260405f20548181106107de57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b826375e91ce760e01b5f5260045260245ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd",
}

// BlocklistToken is an auto generated Go binding around an Ethereum contract.
type BlocklistToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BlocklistToken) GetABI() abi.ABI {
	return c.abi
}

// NewBlocklistToken creates a new instance of BlocklistToken.
func NewBlocklistToken() *BlocklistToken {
	parsed, err := BlocklistTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BlocklistToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BlocklistToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blocklistToken *BlocklistToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := blocklistToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blocklistToken *BlocklistToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return blocklistToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blocklistToken *BlocklistToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := blocklistToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := blocklistToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return blocklistToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) UnpackApprove(data []byte) (bool, error) {
	out, err := blocklistToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blocklistToken *BlocklistToken) PackBalanceOf(account common.Address) []byte {
	enc, err := blocklistToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blocklistToken *BlocklistToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return blocklistToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blocklistToken *BlocklistToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := blocklistToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocked(address ) view returns(bool)
func (blocklistToken *BlocklistToken) PackBlocked(arg0 common.Address) []byte {
	enc, err := blocklistToken.abi.Pack("blocked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocked(address ) view returns(bool)
func (blocklistToken *BlocklistToken) TryPackBlocked(arg0 common.Address) ([]byte, error) {
	return blocklistToken.abi.Pack("blocked", arg0)
}

// UnpackBlocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5962195.
//
// Solidity: function blocked(address ) view returns(bool)
func (blocklistToken *BlocklistToken) UnpackBlocked(data []byte) (bool, error) {
	out, err := blocklistToken.abi.Unpack("blocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (blocklistToken *BlocklistToken) PackDecimals() []byte {
	enc, err := blocklistToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (blocklistToken *BlocklistToken) TryPackDecimals() ([]byte, error) {
	return blocklistToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (blocklistToken *BlocklistToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := blocklistToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (blocklistToken *BlocklistToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := blocklistToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (blocklistToken *BlocklistToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return blocklistToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (blocklistToken *BlocklistToken) PackName() []byte {
	enc, err := blocklistToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (blocklistToken *BlocklistToken) TryPackName() ([]byte, error) {
	return blocklistToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (blocklistToken *BlocklistToken) UnpackName(data []byte) (string, error) {
	out, err := blocklistToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBlocked(address account, bool isBlocked) returns()
func (blocklistToken *BlocklistToken) PackSetBlocked(account common.Address, isBlocked bool) []byte {
	enc, err := blocklistToken.abi.Pack("setBlocked", account, isBlocked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBlocked(address account, bool isBlocked) returns()
func (blocklistToken *BlocklistToken) TryPackSetBlocked(account common.Address, isBlocked bool) ([]byte, error) {
	return blocklistToken.abi.Pack("setBlocked", account, isBlocked)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (blocklistToken *BlocklistToken) PackSymbol() []byte {
	enc, err := blocklistToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (blocklistToken *BlocklistToken) TryPackSymbol() ([]byte, error) {
	return blocklistToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (blocklistToken *BlocklistToken) UnpackSymbol(data []byte) (string, error) {
	out, err := blocklistToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (blocklistToken *BlocklistToken) PackTotalSupply() []byte {
	enc, err := blocklistToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (blocklistToken *BlocklistToken) TryPackTotalSupply() ([]byte, error) {
	return blocklistToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (blocklistToken *BlocklistToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := blocklistToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := blocklistToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return blocklistToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := blocklistToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := blocklistToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return blocklistToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := blocklistToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// BlocklistTokenApproval represents a Approval event raised by the BlocklistToken contract.
type BlocklistTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlocklistTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (BlocklistTokenApproval) ContractEventName() string {
	return BlocklistTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (blocklistToken *BlocklistToken) UnpackApprovalEvent(log *types.Log) (*BlocklistTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistTokenApproval)
	if len(log.Data) > 0 {
		if err := blocklistToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistToken.abi.Events[event].Inputs {
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

// BlocklistTokenTransfer represents a Transfer event raised by the BlocklistToken contract.
type BlocklistTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const BlocklistTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (BlocklistTokenTransfer) ContractEventName() string {
	return BlocklistTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (blocklistToken *BlocklistToken) UnpackTransferEvent(log *types.Log) (*BlocklistTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistTokenTransfer)
	if len(log.Data) > 0 {
		if err := blocklistToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistToken.abi.Events[event].Inputs {
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
func (blocklistToken *BlocklistToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["Blocked"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackBlockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BlocklistTokenBlocked represents a Blocked error raised by the BlocklistToken contract.
type BlocklistTokenBlocked struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Blocked(address account)
func BlocklistTokenBlockedErrorID() common.Hash {
	return common.HexToHash("0x75e91ce73c1d3352d8dd3610443539cd33dfe13b1de8f8caae54ec26dd0dc9cb")
}

// UnpackBlockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Blocked(address account)
func (blocklistToken *BlocklistToken) UnpackBlockedError(raw []byte) (*BlocklistTokenBlocked, error) {
	out := new(BlocklistTokenBlocked)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "Blocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the BlocklistToken contract.
type BlocklistTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func BlocklistTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (blocklistToken *BlocklistToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*BlocklistTokenERC20InsufficientAllowance, error) {
	out := new(BlocklistTokenERC20InsufficientAllowance)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the BlocklistToken contract.
type BlocklistTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func BlocklistTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (blocklistToken *BlocklistToken) UnpackERC20InsufficientBalanceError(raw []byte) (*BlocklistTokenERC20InsufficientBalance, error) {
	out := new(BlocklistTokenERC20InsufficientBalance)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the BlocklistToken contract.
type BlocklistTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func BlocklistTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (blocklistToken *BlocklistToken) UnpackERC20InvalidApproverError(raw []byte) (*BlocklistTokenERC20InvalidApprover, error) {
	out := new(BlocklistTokenERC20InvalidApprover)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the BlocklistToken contract.
type BlocklistTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func BlocklistTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (blocklistToken *BlocklistToken) UnpackERC20InvalidReceiverError(raw []byte) (*BlocklistTokenERC20InvalidReceiver, error) {
	out := new(BlocklistTokenERC20InvalidReceiver)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the BlocklistToken contract.
type BlocklistTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func BlocklistTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (blocklistToken *BlocklistToken) UnpackERC20InvalidSenderError(raw []byte) (*BlocklistTokenERC20InvalidSender, error) {
	out := new(BlocklistTokenERC20InvalidSender)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the BlocklistToken contract.
type BlocklistTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func BlocklistTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (blocklistToken *BlocklistToken) UnpackERC20InvalidSpenderError(raw []byte) (*BlocklistTokenERC20InvalidSpender, error) {
	out := new(BlocklistTokenERC20InvalidSpender)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DrawCrowdMetaData contains all meta data concerning the DrawCrowd contract.
var DrawCrowdMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"contractIDrawEscrow\",\"name\":\"escrow\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"who\",\"type\":\"uint256[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"identities\",\"outputs\":[{\"internalType\":\"contractDrawIdentity\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "2ee8bbbe45a1471573afa8ed9ec1d56607",
	Bin: "0x60803461012857601f61056238819003918201601f19168301916001600160401b038311848410176101095780849260209460405283398101031261012857516101f96103695f5b83811061005d5760405161023c908161012d8239f35b6040518381016001600160401b038111828210176101095781908585833903905ff090811561011d575f5491680100000000000000008310156101095760018301805f558310156100f5575f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56390920180546001600160a01b0319166001600160a01b0390931692909217909155600101610047565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806363d05442146100805763eaaf77e61461002f575f80fd5b3461007c57602036600319011261007c576004355f5481101561007c5773ffffffffffffffffffffffffffffffffffffffff61006c602092610202565b90549060031b1c16604051908152f35b5f80fd5b3461007c57606036600319011261007c5760043573ffffffffffffffffffffffffffffffffffffffff811680910361007c5760243567ffffffffffffffff811161007c576100d29036906004016101d1565b909160443567ffffffffffffffff811161007c576100f49036906004016101d1565b905f5b84811061010057005b73ffffffffffffffffffffffffffffffffffffffff61012961012383868661022c565b35610202565b90549060031b1c169061013d81878961022c565b35823b1561007c575f926044849260405195869384927faad3ec960000000000000000000000000000000000000000000000000000000084528b600485015260248401525af180156101c657610198575b60019150016100f7565b67ffffffffffffffff82116101b25760019160405261018e565b634e487b7160e01b5f52604160045260245ffd5b6040513d5f823e3d90fd5b9181601f8401121561007c5782359167ffffffffffffffff831161007c576020808501948460051b01011161007c57565b5f54811015610218575f805260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b91908110156102185760051b01905660a08060405234602857336080526101cc908161002d8239608051818181608301526101a80152f35b5f80fdfe608080604052600436101561001c575b50361561001a575f80fd5b005b5f905f3560e01c9081638da5cb5b1461017e575063aad3ec960361000f57346101525760403660031901126101525760043573ffffffffffffffffffffffffffffffffffffffff81168091036101525773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361015657803b15610152575f80916064604051809481937f38926b6d0000000000000000000000000000000000000000000000000000000083526024356004840152604060248401528160448401525af1801561014757610104575080f35b905067ffffffffffffffff811161011a57604052005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fd5b7f30cd7471000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610152575f3660031901126101525760209073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f3",
}

// DrawCrowd is an auto generated Go binding around an Ethereum contract.
type DrawCrowd struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DrawCrowd) GetABI() abi.ABI {
	return c.abi
}

// NewDrawCrowd creates a new instance of DrawCrowd.
func NewDrawCrowd() *DrawCrowd {
	parsed, err := DrawCrowdMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DrawCrowd{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DrawCrowd) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 n) returns()
func (drawCrowd *DrawCrowd) PackConstructor(n *big.Int) []byte {
	enc, err := drawCrowd.abi.Pack("", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63d05442.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address escrow, uint256[] ids, uint256[] who) returns()
func (drawCrowd *DrawCrowd) PackClaim(escrow common.Address, ids []*big.Int, who []*big.Int) []byte {
	enc, err := drawCrowd.abi.Pack("claim", escrow, ids, who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63d05442.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address escrow, uint256[] ids, uint256[] who) returns()
func (drawCrowd *DrawCrowd) TryPackClaim(escrow common.Address, ids []*big.Int, who []*big.Int) ([]byte, error) {
	return drawCrowd.abi.Pack("claim", escrow, ids, who)
}

// PackIdentities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaaf77e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identities(uint256 ) view returns(address)
func (drawCrowd *DrawCrowd) PackIdentities(arg0 *big.Int) []byte {
	enc, err := drawCrowd.abi.Pack("identities", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaaf77e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identities(uint256 ) view returns(address)
func (drawCrowd *DrawCrowd) TryPackIdentities(arg0 *big.Int) ([]byte, error) {
	return drawCrowd.abi.Pack("identities", arg0)
}

// UnpackIdentities is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaaf77e6.
//
// Solidity: function identities(uint256 ) view returns(address)
func (drawCrowd *DrawCrowd) UnpackIdentities(data []byte) (common.Address, error) {
	out, err := drawCrowd.abi.Unpack("identities", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DrawIdentityMetaData contains all meta data concerning the DrawIdentity contract.
var DrawIdentityMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"contractIDrawEscrow\",\"name\":\"escrow\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "f53388874eada595c739b5bdfffbf158eb",
	Bin: "0x60a08060405234602857336080526101cc908161002d8239608051818181608301526101a80152f35b5f80fdfe608080604052600436101561001c575b50361561001a575f80fd5b005b5f905f3560e01c9081638da5cb5b1461017e575063aad3ec960361000f57346101525760403660031901126101525760043573ffffffffffffffffffffffffffffffffffffffff81168091036101525773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361015657803b15610152575f80916064604051809481937f38926b6d0000000000000000000000000000000000000000000000000000000083526024356004840152604060248401528160448401525af1801561014757610104575080f35b905067ffffffffffffffff811161011a57604052005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fd5b7f30cd7471000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610152575f3660031901126101525760209073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f3",
}

// DrawIdentity is an auto generated Go binding around an Ethereum contract.
type DrawIdentity struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DrawIdentity) GetABI() abi.ABI {
	return c.abi
}

// NewDrawIdentity creates a new instance of DrawIdentity.
func NewDrawIdentity() *DrawIdentity {
	parsed, err := DrawIdentityMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DrawIdentity{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DrawIdentity) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaad3ec96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address escrow, uint256 id) returns()
func (drawIdentity *DrawIdentity) PackClaim(escrow common.Address, id *big.Int) []byte {
	enc, err := drawIdentity.abi.Pack("claim", escrow, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaad3ec96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address escrow, uint256 id) returns()
func (drawIdentity *DrawIdentity) TryPackClaim(escrow common.Address, id *big.Int) ([]byte, error) {
	return drawIdentity.abi.Pack("claim", escrow, id)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (drawIdentity *DrawIdentity) PackOwner() []byte {
	enc, err := drawIdentity.abi.Pack("owner")
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
func (drawIdentity *DrawIdentity) TryPackOwner() ([]byte, error) {
	return drawIdentity.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (drawIdentity *DrawIdentity) UnpackOwner(data []byte) (common.Address, error) {
	out, err := drawIdentity.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (drawIdentity *DrawIdentity) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], drawIdentity.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return drawIdentity.UnpackNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DrawIdentityNotOwner represents a NotOwner error raised by the DrawIdentity contract.
type DrawIdentityNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func DrawIdentityNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (drawIdentity *DrawIdentity) UnpackNotOwnerError(raw []byte) (*DrawIdentityNotOwner, error) {
	out := new(DrawIdentityNotOwner)
	if err := drawIdentity.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DrawStrategistMetaData contains all meta data concerning the DrawStrategist contract.
var DrawStrategistMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NotSelf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"Small\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"contractIDrawEscrow\",\"name\":\"escrow\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"claimChecked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDrawEscrow\",\"name\":\"escrow\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"claimOrRevert\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"done\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDrawEscrow\",\"name\":\"escrow\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"force\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDrawEscrow\",\"name\":\"escrow\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"patient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDrawEscrow\",\"name\":\"escrow\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"settleChecked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDrawEscrow\",\"name\":\"escrow\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"wants\",\"type\":\"uint256[]\"}],\"name\":\"settleIfGood\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "fb664af3894123903faf3a896f8a48fb64",
	Bin: "0x60808060405234601557610d26908161001a8239f35b5f80fdfe608080604052600436101561001c575b50361561001a575f80fd5b005b5f3560e01c908163146e61ed146108a15750806328345780146108725780634ca68cfb1461077657806358a743c714610748578063711e49a2146105d557806383c483e214610464578063a0247f1e146103ce578063afbc47df146101f75763d84ae3891461008b575f61000f565b34610185576100993661094a565b913033036101cf576001600160a01b0316906040517f8df828000000000000000000000000000000000000000000000000000000000081528160048201526020816024815f875af180156101915761019c575b5060405163381e4a0560e01b8152600481019190915230602482015290602090829060449082905afa908115610191575f9161015b575b5081811061012d57005b7f5469765a000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b90506020813d602011610189575b8161017660209383610998565b8101031261018557515f610123565b5f80fd5b3d9150610169565b6040513d5f823e3d90fd5b906020823d6020116101c7575b816101b660209383610998565b8101031261018557905060206100ec565b3d91506101a9565b7f29c3b7ee000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610185576060366003190112610185576102106108bb565b60243567ffffffffffffffff8111610185576102309036906004016108d1565b60443567ffffffffffffffff8111610185576102509036906004016108d1565b90915f5b81811061025d57005b610268818387610974565b3590815f525f60205260ff60405f2054161580156103b8575b8015610344575b61033b57610297818587610974565b3591303b15610185576040517fd84ae3890000000000000000000000000000000000000000000000000000000081526001600160a01b03891660048201526024810182905260448101939093526001925f8160648183305af1908161032b575b506103125750610308600254610bec565b6002555b01610254565b5f528160205260405f208260ff1982541617905561030c565b5f61033591610998565b896102f7565b6001915061030c565b5060405163381e4a0560e01b8152600481018390523060248201526020816044816001600160a01b038c165afa908115610191575f91610387575b501515610288565b90506020813d82116103b0575b816103a160209383610998565b8101031261018557518861037f565b3d9150610394565b50815f52600160205260ff60405f205416610281565b34610185576103dc3661094a565b913033036101cf576001600160a01b03479116803b1561018557604080516338926b6d60e01b8152600481019490945260248401525f60448401819052908390606490829084905af19182156101915761043c92610454575b5047610bae565b8015158061044b575b61012d57005b50818110610445565b5f61045e91610998565b83610435565b346101855761047236610902565b926001600160a01b0316905f5b81811061048857005b610493818386610974565b3590815f525f60205260ff60405f2054166105cc57604051632965157760e21b815282600482015261028081602481885afa8015610191576104df915f9161059d575b50833091610bfa565b612710820291808304612710149015171561058957876104fe91610bd9565b1161057257815f525f60205260405f20600160ff19825416179055833b1561018557604080516338926b6d60e01b8152600481019390935260248301525f604483018190528260648183885af191821561019157600192610562575b505b0161047f565b5f61056c91610998565b8661055a565b60019150610581600254610bec565b60025561055c565b634e487b7160e01b5f52601160045260245ffd5b6105bf91506102803d81116105c5575b6105b78183610998565b810190610a10565b886104d6565b503d6105ad565b6001915061055c565b34610185576105e336610902565b6001600160a01b038416915f5b8181106105f957005b610604818387610974565b3590815f525f60205260ff60405f20541661073f57604051632965157760e21b815282600482015261028081602481895afa90811561019157856106776127109361067c935f91610720575b5061067160c08201519161ffff6101008160e0840151169201511690610bae565b90610bbb565b610bd9565b0491303b15610185576040517fa0247f1e0000000000000000000000000000000000000000000000000000000081526001600160a01b03891660048201526024810182905260448101939093526001925f8160648183305af19081610710575b506106f757506106ed600254610bec565b6002555b016105f0565b5f525f60205260405f208260ff198254161790556106f1565b5f61071a91610998565b896106dc565b61073991506102803d81116105c5576105b78183610998565b8c610650565b600191506106f1565b34610185576020366003190112610185576004355f525f602052602060ff60405f2054166040519015158152f35b346101855760403660031901126101855761078f6108bb565b60243567ffffffffffffffff8111610185576107af9036906004016108d1565b6001600160a01b035f9316925b8181106107c557005b6107d0818385610974565b355f525f60205260ff60405f20541661086a576107ee818385610974565b355f525f60205260405f20600160ff1982541617905561080f818385610974565b3590843b1561018557604080516338926b6d60e01b8152600481019390935260248301525f604483018190528260648183895af19182156101915760019261085a575b505b016107bc565b5f61086491610998565b85610852565b600190610854565b34610185576020366003190112610185576004355f526001602052602060ff60405f2054166040519015158152f35b34610185575f366003190112610185576020906002548152f35b600435906001600160a01b038216820361018557565b9181601f840112156101855782359167ffffffffffffffff8311610185576020808501948460051b01011161018557565b906060600319830112610185576004356001600160a01b038116810361018557916024359067ffffffffffffffff821161018557610942916004016108d1565b909160443590565b6060906003190112610185576004356001600160a01b038116810361018557906024359060443590565b91908110156109845760051b0190565b634e487b7160e01b5f52603260045260245ffd5b90601f8019910116810190811067ffffffffffffffff8211176109ba57604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361018557565b519061ffff8216820361018557565b519064ffffffffff8216820361018557565b5190811515820361018557565b90816102809103126101855760405190610280820182811067ffffffffffffffff8211176109ba5760405280518252602081015160058110156101855760208301526040810151600481101561018557604083015260608101516004811015610185576060830152610a84608082016109ce565b6080830152610a9560a082016109ce565b60a083015260c081015160c0830152610ab060e082016109e2565b60e0830152610ac261010082016109e2565b6101008301526101208101516bffffffffffffffffffffffff8116810361018557610120830152610af661014082016109ce565b610140830152610160810151610160830152610b1561018082016109ce565b6101808301526101a081015167ffffffffffffffff8116810361018557610ba591610260916101a0850152610b4d6101c082016109f1565b6101c0850152610b606101e082016109f1565b6101e0850152610b7361020082016109f1565b610200850152610b8661022082016109f1565b610220850152610b996102408201610a03565b61024085015201610a03565b61026082015290565b9190820391821161058957565b8115610bc5570490565b634e487b7160e01b5f52601260045260245ffd5b8181029291811591840414171561058957565b5f1981146105895760010190565b9291909261ffff60e08201511693610c1d61010083019561ffff87511690610bae565b928315610d1a5760c083016001610c35868351610bbb565b9514610d0f57506001600160a01b0361ffff610120949596975116916040519260208401944486526040850152606084015216608082015260808152610c7c60a082610998565b519020910151906bffffffffffffffffffffffff8216917f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff84168403610589576bffffffffffffffffffffffff81168303610589576c01fffffffffffffffffffffffe610cf09160011b168460011b610bae565b9060018201809211610589578115610bc5570681018091116105895791565b939550505050519190565b5050505090505f905f9056",
}

// DrawStrategist is an auto generated Go binding around an Ethereum contract.
type DrawStrategist struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DrawStrategist) GetABI() abi.ABI {
	return c.abi
}

// NewDrawStrategist creates a new instance of DrawStrategist.
func NewDrawStrategist() *DrawStrategist {
	parsed, err := DrawStrategistMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DrawStrategist{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DrawStrategist) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackClaimChecked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0247f1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimChecked(address escrow, uint256 id, uint256 want) returns()
func (drawStrategist *DrawStrategist) PackClaimChecked(escrow common.Address, id *big.Int, want *big.Int) []byte {
	enc, err := drawStrategist.abi.Pack("claimChecked", escrow, id, want)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimChecked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0247f1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimChecked(address escrow, uint256 id, uint256 want) returns()
func (drawStrategist *DrawStrategist) TryPackClaimChecked(escrow common.Address, id *big.Int, want *big.Int) ([]byte, error) {
	return drawStrategist.abi.Pack("claimChecked", escrow, id, want)
}

// PackClaimOrRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x711e49a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimOrRevert(address escrow, uint256[] ids, uint256 bps) returns()
func (drawStrategist *DrawStrategist) PackClaimOrRevert(escrow common.Address, ids []*big.Int, bps *big.Int) []byte {
	enc, err := drawStrategist.abi.Pack("claimOrRevert", escrow, ids, bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOrRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x711e49a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOrRevert(address escrow, uint256[] ids, uint256 bps) returns()
func (drawStrategist *DrawStrategist) TryPackClaimOrRevert(escrow common.Address, ids []*big.Int, bps *big.Int) ([]byte, error) {
	return drawStrategist.abi.Pack("claimOrRevert", escrow, ids, bps)
}

// PackDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58a743c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function done(uint256 ) view returns(bool)
func (drawStrategist *DrawStrategist) PackDone(arg0 *big.Int) []byte {
	enc, err := drawStrategist.abi.Pack("done", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58a743c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function done(uint256 ) view returns(bool)
func (drawStrategist *DrawStrategist) TryPackDone(arg0 *big.Int) ([]byte, error) {
	return drawStrategist.abi.Pack("done", arg0)
}

// UnpackDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58a743c7.
//
// Solidity: function done(uint256 ) view returns(bool)
func (drawStrategist *DrawStrategist) UnpackDone(data []byte) (bool, error) {
	out, err := drawStrategist.abi.Unpack("done", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackForce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ca68cfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function force(address escrow, uint256[] ids) returns()
func (drawStrategist *DrawStrategist) PackForce(escrow common.Address, ids []*big.Int) []byte {
	enc, err := drawStrategist.abi.Pack("force", escrow, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ca68cfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function force(address escrow, uint256[] ids) returns()
func (drawStrategist *DrawStrategist) TryPackForce(escrow common.Address, ids []*big.Int) ([]byte, error) {
	return drawStrategist.abi.Pack("force", escrow, ids)
}

// PackPatient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83c483e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function patient(address escrow, uint256[] ids, uint256 bps) returns()
func (drawStrategist *DrawStrategist) PackPatient(escrow common.Address, ids []*big.Int, bps *big.Int) []byte {
	enc, err := drawStrategist.abi.Pack("patient", escrow, ids, bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPatient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83c483e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function patient(address escrow, uint256[] ids, uint256 bps) returns()
func (drawStrategist *DrawStrategist) TryPackPatient(escrow common.Address, ids []*big.Int, bps *big.Int) ([]byte, error) {
	return drawStrategist.abi.Pack("patient", escrow, ids, bps)
}

// PackSettleChecked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd84ae389.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleChecked(address escrow, uint256 id, uint256 want) returns()
func (drawStrategist *DrawStrategist) PackSettleChecked(escrow common.Address, id *big.Int, want *big.Int) []byte {
	enc, err := drawStrategist.abi.Pack("settleChecked", escrow, id, want)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleChecked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd84ae389.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleChecked(address escrow, uint256 id, uint256 want) returns()
func (drawStrategist *DrawStrategist) TryPackSettleChecked(escrow common.Address, id *big.Int, want *big.Int) ([]byte, error) {
	return drawStrategist.abi.Pack("settleChecked", escrow, id, want)
}

// PackSettleIfGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafbc47df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleIfGood(address escrow, uint256[] ids, uint256[] wants) returns()
func (drawStrategist *DrawStrategist) PackSettleIfGood(escrow common.Address, ids []*big.Int, wants []*big.Int) []byte {
	enc, err := drawStrategist.abi.Pack("settleIfGood", escrow, ids, wants)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleIfGood is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafbc47df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleIfGood(address escrow, uint256[] ids, uint256[] wants) returns()
func (drawStrategist *DrawStrategist) TryPackSettleIfGood(escrow common.Address, ids []*big.Int, wants []*big.Int) ([]byte, error) {
	return drawStrategist.abi.Pack("settleIfGood", escrow, ids, wants)
}

// PackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28345780.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settled(uint256 ) view returns(bool)
func (drawStrategist *DrawStrategist) PackSettled(arg0 *big.Int) []byte {
	enc, err := drawStrategist.abi.Pack("settled", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28345780.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settled(uint256 ) view returns(bool)
func (drawStrategist *DrawStrategist) TryPackSettled(arg0 *big.Int) ([]byte, error) {
	return drawStrategist.abi.Pack("settled", arg0)
}

// UnpackSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28345780.
//
// Solidity: function settled(uint256 ) view returns(bool)
func (drawStrategist *DrawStrategist) UnpackSettled(data []byte) (bool, error) {
	out, err := drawStrategist.abi.Unpack("settled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x146e61ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tries() view returns(uint256)
func (drawStrategist *DrawStrategist) PackTries() []byte {
	enc, err := drawStrategist.abi.Pack("tries")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x146e61ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tries() view returns(uint256)
func (drawStrategist *DrawStrategist) TryPackTries() ([]byte, error) {
	return drawStrategist.abi.Pack("tries")
}

// UnpackTries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x146e61ed.
//
// Solidity: function tries() view returns(uint256)
func (drawStrategist *DrawStrategist) UnpackTries(data []byte) (*big.Int, error) {
	out, err := drawStrategist.abi.Unpack("tries", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (drawStrategist *DrawStrategist) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], drawStrategist.abi.Errors["NotSelf"].ID.Bytes()[:4]) {
		return drawStrategist.UnpackNotSelfError(raw[4:])
	}
	if bytes.Equal(raw[:4], drawStrategist.abi.Errors["Small"].ID.Bytes()[:4]) {
		return drawStrategist.UnpackSmallError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DrawStrategistNotSelf represents a NotSelf error raised by the DrawStrategist contract.
type DrawStrategistNotSelf struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSelf()
func DrawStrategistNotSelfErrorID() common.Hash {
	return common.HexToHash("0x29c3b7ee14a7adaa7fba7b043229509fe963f719303620e91e88c61c6b12de34")
}

// UnpackNotSelfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSelf()
func (drawStrategist *DrawStrategist) UnpackNotSelfError(raw []byte) (*DrawStrategistNotSelf, error) {
	out := new(DrawStrategistNotSelf)
	if err := drawStrategist.abi.UnpackIntoInterface(out, "NotSelf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DrawStrategistSmall represents a Small error raised by the DrawStrategist contract.
type DrawStrategistSmall struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Small(uint256 got, uint256 want)
func DrawStrategistSmallErrorID() common.Hash {
	return common.HexToHash("0x5469765aefbd8aa0a66e7ce5343744908d0e05bc974abc55ae036253766ecf12")
}

// UnpackSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Small(uint256 got, uint256 want)
func (drawStrategist *DrawStrategist) UnpackSmallError(raw []byte) (*DrawStrategistSmall, error) {
	out := new(DrawStrategistSmall)
	if err := drawStrategist.abi.UnpackIntoInterface(out, "Small", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DrawSybilMetaData contains all meta data concerning the DrawSybil contract.
var DrawSybilMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"chosen\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDrawEscrow\",\"name\":\"escrow\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"claimBest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"identities\",\"outputs\":[{\"internalType\":\"contractDrawIdentity\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "906ed0e33afea8bc817e76034ec238e82e",
	Bin: "0x60803461012857601f61096738819003918201601f19168301916001600160401b038311848410176101095780849260209460405283398101031261012857516101f961076e5f5b83811061005d57604051610641908161012d8239f35b6040518381016001600160401b038111828210176101095781908585833903905ff090811561011d575f5491680100000000000000008310156101095760018301805f558310156100f5575f80527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56390920180546001600160a01b0319166001600160a01b0390931692909217909155600101610047565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063b3e8a8f1146100a8578063ca25d3851461007e5763eaaf77e61461003a575f80fd5b3461007a57602036600319011261007a576004355f5481101561007a576001600160a01b0361006a60209261046d565b90549060031b1c16604051908152f35b5f80fd5b3461007a57602036600319011261007a576004355f526001602052602060405f2054604051908152f35b3461007a57604036600319011261007a576004356001600160a01b03811680910361007a576024359067ffffffffffffffff821161007a573660238301121561007a5781600401359067ffffffffffffffff821161007a573660248360051b8501011161007a575f54925f5b8381101561046b5760248160051b8301013590815f52600160205260405f2054610462576040517fa59455dc00000000000000000000000000000000000000000000000000000000815282600482015261028081602481885afa90811561022c575f9161028d575b505f905f905f5b89811061024b5750505060018101808211610237576001600160a01b03916101b791855f52600160205260405f205561046d565b90549060031b1c1691823b1561007a575f926044849260405195869384927faad3ec960000000000000000000000000000000000000000000000000000000084528a600485015260248401525af191821561022c5760019261021c575b505b01610114565b5f61022691610497565b86610214565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b61026e6001600160a01b0361025f8361046d565b90549060031b1c168784610508565b50838111610280575b50600101610183565b9093509150826001610277565b9050610280813d821161045a575b816102a96102809383610497565b8101031261007a5760405190610280820182811067ffffffffffffffff82111761044657604052805182526020810151600581101561007a5760208301526040810151600481101561007a5760408301526060810151600481101561007a576060830152610319608082016104b9565b608083015261032a60a082016104b9565b60a083015260c081015160c083015261034560e082016104cd565b60e083015261035761010082016104cd565b6101008301526101208101516bffffffffffffffffffffffff8116810361007a5761012083015261038b61014082016104b9565b6101408301526101608101516101608301526103aa61018082016104b9565b6101808301526101a081015167ffffffffffffffff8116810361007a5761043a91610260916101a08501526103e26101c082016104dc565b6101c08501526103f56101e082016104dc565b6101e085015261040861020082016104dc565b61020085015261041b61022082016104dc565b61022085015261042e61024082016104ee565b610240850152016104ee565b6102608201528761017c565b634e487b7160e01b5f52604160045260245ffd5b3d915061029b565b60019150610216565b005b5f54811015610483575f805260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761044657604052565b51906001600160a01b038216820361007a57565b519061ffff8216820361007a57565b519064ffffffffff8216820361007a57565b5190811515820361007a57565b9190820391821161023757565b9291909261ffff60e0820151169361052b61010083019561ffff875116906104fb565b9283156106355760c08301600185825104951461062a57506001600160a01b0361ffff61012094959697511691604051926020840194448652604085015260608401521660808201526080815261058360a082610497565b519020910151906bffffffffffffffffffffffff8216917f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff84168403610237576bffffffffffffffffffffffff81168303610237576c01fffffffffffffffffffffffe6105f79160011b168460011b6104fb565b9060018201809211610237578115610616570681018091116102375791565b634e487b7160e01b5f52601260045260245ffd5b939550505050519190565b5050505090505f905f905660a08060405234602857336080526101cc908161002d8239608051818181608301526101a80152f35b5f80fdfe608080604052600436101561001c575b50361561001a575f80fd5b005b5f905f3560e01c9081638da5cb5b1461017e575063aad3ec960361000f57346101525760403660031901126101525760043573ffffffffffffffffffffffffffffffffffffffff81168091036101525773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361015657803b15610152575f80916064604051809481937f38926b6d0000000000000000000000000000000000000000000000000000000083526024356004840152604060248401528160448401525af1801561014757610104575080f35b905067ffffffffffffffff811161011a57604052005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fd5b7f30cd7471000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610152575f3660031901126101525760209073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f3",
}

// DrawSybil is an auto generated Go binding around an Ethereum contract.
type DrawSybil struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DrawSybil) GetABI() abi.ABI {
	return c.abi
}

// NewDrawSybil creates a new instance of DrawSybil.
func NewDrawSybil() *DrawSybil {
	parsed, err := DrawSybilMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DrawSybil{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DrawSybil) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 n) returns()
func (drawSybil *DrawSybil) PackConstructor(n *big.Int) []byte {
	enc, err := drawSybil.abi.Pack("", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackChosen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca25d385.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chosen(uint256 ) view returns(uint256)
func (drawSybil *DrawSybil) PackChosen(arg0 *big.Int) []byte {
	enc, err := drawSybil.abi.Pack("chosen", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChosen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca25d385.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chosen(uint256 ) view returns(uint256)
func (drawSybil *DrawSybil) TryPackChosen(arg0 *big.Int) ([]byte, error) {
	return drawSybil.abi.Pack("chosen", arg0)
}

// UnpackChosen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca25d385.
//
// Solidity: function chosen(uint256 ) view returns(uint256)
func (drawSybil *DrawSybil) UnpackChosen(data []byte) (*big.Int, error) {
	out, err := drawSybil.abi.Unpack("chosen", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimBest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3e8a8f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBest(address escrow, uint256[] ids) returns()
func (drawSybil *DrawSybil) PackClaimBest(escrow common.Address, ids []*big.Int) []byte {
	enc, err := drawSybil.abi.Pack("claimBest", escrow, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3e8a8f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBest(address escrow, uint256[] ids) returns()
func (drawSybil *DrawSybil) TryPackClaimBest(escrow common.Address, ids []*big.Int) ([]byte, error) {
	return drawSybil.abi.Pack("claimBest", escrow, ids)
}

// PackIdentities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaaf77e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identities(uint256 ) view returns(address)
func (drawSybil *DrawSybil) PackIdentities(arg0 *big.Int) []byte {
	enc, err := drawSybil.abi.Pack("identities", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaaf77e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identities(uint256 ) view returns(address)
func (drawSybil *DrawSybil) TryPackIdentities(arg0 *big.Int) ([]byte, error) {
	return drawSybil.abi.Pack("identities", arg0)
}

// UnpackIdentities is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaaf77e6.
//
// Solidity: function identities(uint256 ) view returns(address)
func (drawSybil *DrawSybil) UnpackIdentities(data []byte) (common.Address, error) {
	out, err := drawSybil.abi.Unpack("identities", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// FalseReturnTokenMetaData contains all meta data concerning the FalseReturnToken contract.
var FalseReturnTokenMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refuseAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"refuse\",\"type\":\"bool\"}],\"name\":\"setRefuseAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "2c9af5a4ab94802449fbe05c526a539a6f",
	Bin: "0x60808060405234601557610593908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806306fdde0314610388578063095ea7b31461031057806318160ddd146102f457806323b872dd146102c5578063313ce567146102aa57806340c10f1914610231578063659bb9151461020f57806370a08231146101d757806395d89b4114610157578063a9059cbb14610125578063dd62ed3e146100d15763eb22713a1461009d575f80fd5b346100cd5760203660031901126100cd576004358015158091036100cd5760ff8019600154169116176001555f80f35b5f80fd5b346100cd5760403660031901126100cd576100ea610416565b6001600160a01b036100fa61042c565b91165f5260036020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b346100cd5760403660031901126100cd57602061014d610143610416565b60243590336104f0565b6040519015158152f35b346100cd575f3660031901126100cd57604051604081019080821067ffffffffffffffff8311176101c3576101bf91604052600381527f46525400000000000000000000000000000000000000000000000000000000006020820152604051918291826103ec565b0390f35b634e487b7160e01b5f52604160045260245ffd5b346100cd5760203660031901126100cd576001600160a01b036101f8610416565b165f526002602052602060405f2054604051908152f35b346100cd575f3660031901126100cd57602060ff600154166040519015158152f35b346100cd5760403660031901126100cd5761024a610416565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60206001600160a01b0360243594169384845260028252604084206102928282546104e3565b905561029f8185546104e3565b8455604051908152a3005b346100cd575f3660031901126100cd57602060405160128152f35b346100cd5760603660031901126100cd57602061014d6102e3610416565b6102eb61042c565b60443591610463565b346100cd575f3660031901126100cd5760205f54604051908152f35b346100cd5760403660031901126100cd57610329610416565b6001600160a01b0360243591335f52600360205260405f208282165f526020528260405f205560405192835216907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100cd575f3660031901126100cd57604051604081019080821067ffffffffffffffff8311176101c3576101bf91604052601281527f46616c73652052657475726e20546f6b656e00000000000000000000000000006020820152604051918291825b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100cd57565b602435906001600160a01b03821682036100cd57565b9190820391821161044f57565b634e487b7160e01b5f52601160045260245ffd5b906001600160a01b03821691825f52600360205260405f206001600160a01b0333165f526020528360405f2054106104db576104a09184916104f0565b156104d5575f52600360205260405f206001600160a01b0333165f526020526104ce60405f20918254610442565b9055600190565b50505f90565b505050505f90565b9190820180921161044f57565b60ff600154168015610575575b61056e5760206001600160a01b03807fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef931693845f526002835260405f20610546878254610442565b90551693845f526002825260405f206105608282546104e3565b9055604051908152a3600190565b5050505f90565b506001600160a01b0381165f5260026020528260405f2054106104fd56",
}

// FalseReturnToken is an auto generated Go binding around an Ethereum contract.
type FalseReturnToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FalseReturnToken) GetABI() abi.ABI {
	return c.abi
}

// NewFalseReturnToken creates a new instance of FalseReturnToken.
func NewFalseReturnToken() *FalseReturnToken {
	parsed, err := FalseReturnTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FalseReturnToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FalseReturnToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (falseReturnToken *FalseReturnToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := falseReturnToken.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (falseReturnToken *FalseReturnToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return falseReturnToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (falseReturnToken *FalseReturnToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := falseReturnToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (falseReturnToken *FalseReturnToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := falseReturnToken.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (falseReturnToken *FalseReturnToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return falseReturnToken.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (falseReturnToken *FalseReturnToken) UnpackApprove(data []byte) (bool, error) {
	out, err := falseReturnToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (falseReturnToken *FalseReturnToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := falseReturnToken.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (falseReturnToken *FalseReturnToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return falseReturnToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (falseReturnToken *FalseReturnToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := falseReturnToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (falseReturnToken *FalseReturnToken) PackDecimals() []byte {
	enc, err := falseReturnToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (falseReturnToken *FalseReturnToken) TryPackDecimals() ([]byte, error) {
	return falseReturnToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (falseReturnToken *FalseReturnToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := falseReturnToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (falseReturnToken *FalseReturnToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := falseReturnToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (falseReturnToken *FalseReturnToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return falseReturnToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (falseReturnToken *FalseReturnToken) PackName() []byte {
	enc, err := falseReturnToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (falseReturnToken *FalseReturnToken) TryPackName() ([]byte, error) {
	return falseReturnToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (falseReturnToken *FalseReturnToken) UnpackName(data []byte) (string, error) {
	out, err := falseReturnToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackRefuseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x659bb915.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refuseAll() view returns(bool)
func (falseReturnToken *FalseReturnToken) PackRefuseAll() []byte {
	enc, err := falseReturnToken.abi.Pack("refuseAll")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefuseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x659bb915.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refuseAll() view returns(bool)
func (falseReturnToken *FalseReturnToken) TryPackRefuseAll() ([]byte, error) {
	return falseReturnToken.abi.Pack("refuseAll")
}

// UnpackRefuseAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x659bb915.
//
// Solidity: function refuseAll() view returns(bool)
func (falseReturnToken *FalseReturnToken) UnpackRefuseAll(data []byte) (bool, error) {
	out, err := falseReturnToken.abi.Unpack("refuseAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetRefuseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb22713a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRefuseAll(bool refuse) returns()
func (falseReturnToken *FalseReturnToken) PackSetRefuseAll(refuse bool) []byte {
	enc, err := falseReturnToken.abi.Pack("setRefuseAll", refuse)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRefuseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb22713a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRefuseAll(bool refuse) returns()
func (falseReturnToken *FalseReturnToken) TryPackSetRefuseAll(refuse bool) ([]byte, error) {
	return falseReturnToken.abi.Pack("setRefuseAll", refuse)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (falseReturnToken *FalseReturnToken) PackSymbol() []byte {
	enc, err := falseReturnToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (falseReturnToken *FalseReturnToken) TryPackSymbol() ([]byte, error) {
	return falseReturnToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (falseReturnToken *FalseReturnToken) UnpackSymbol(data []byte) (string, error) {
	out, err := falseReturnToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (falseReturnToken *FalseReturnToken) PackTotalSupply() []byte {
	enc, err := falseReturnToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (falseReturnToken *FalseReturnToken) TryPackTotalSupply() ([]byte, error) {
	return falseReturnToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (falseReturnToken *FalseReturnToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := falseReturnToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (falseReturnToken *FalseReturnToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := falseReturnToken.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (falseReturnToken *FalseReturnToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return falseReturnToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (falseReturnToken *FalseReturnToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := falseReturnToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (falseReturnToken *FalseReturnToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := falseReturnToken.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (falseReturnToken *FalseReturnToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return falseReturnToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (falseReturnToken *FalseReturnToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := falseReturnToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// FalseReturnTokenApproval represents a Approval event raised by the FalseReturnToken contract.
type FalseReturnTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FalseReturnTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (FalseReturnTokenApproval) ContractEventName() string {
	return FalseReturnTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (falseReturnToken *FalseReturnToken) UnpackApprovalEvent(log *types.Log) (*FalseReturnTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != falseReturnToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FalseReturnTokenApproval)
	if len(log.Data) > 0 {
		if err := falseReturnToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range falseReturnToken.abi.Events[event].Inputs {
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

// FalseReturnTokenTransfer represents a Transfer event raised by the FalseReturnToken contract.
type FalseReturnTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const FalseReturnTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (FalseReturnTokenTransfer) ContractEventName() string {
	return FalseReturnTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (falseReturnToken *FalseReturnToken) UnpackTransferEvent(log *types.Log) (*FalseReturnTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != falseReturnToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FalseReturnTokenTransfer)
	if len(log.Data) > 0 {
		if err := falseReturnToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range falseReturnToken.abi.Events[event].Inputs {
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

// FeeOnTopTokenMetaData contains all meta data concerning the FeeOnTopToken contract.
var FeeOnTopTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"feeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "eb21ec59248f9ca7cc69e1f9d3e6f732a9",
	Bin: "0x60a06040523461034657610c06803803806100198161034a565b9283398101906060818303126103465780516001600160401b038111610346578261004591830161036f565b60208201519092906001600160401b0381116103465760409161006991840161036f565b91015160ff811681036103465782516001600160401b03811161024c57600354600181811c9116801561033c575b602082101461022e57601f81116102ce575b506020601f821160011461026b57819293945f92610260575b50508160011b915f199060031b1c1916176003555b81516001600160401b03811161024c57600454600181811c91168015610242575b602082101461022e57601f81116101c0575b50602092601f821160011461015f57928192935f92610154575b50508160011b915f199060031b1c1916176004555b60805260405161084590816103c182396080518161030d0152f35b015190505f80610124565b601f1982169360045f52805f20915f5b8681106101a85750836001959610610190575b505050811b01600455610139565b01515f1960f88460031b161c191690555f8080610182565b9192602060018192868501518155019401920161016f565b8181111561010a5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610226575b81601f9101920160051c03905f5b82811061021957505061010a565b5f8282015560010161020b565b5f91506101fd565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f8565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c2565b601f1982169060035f52805f20915f5b8181106102b65750958360019596971061029e575b505050811b016003556100d7565b01515f1960f88460031b161c191690555f8080610290565b9192602060018192868b01518155019401920161027b565b818111156100a95760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610334575b81601f9101920160051c03905f5b8281106103275750506100a9565b5f82820155600101610319565b5f915061030b565b90607f1690610097565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761024c57604052565b81601f82011215610346578051906001600160401b03821161024c5761039e601f8301601f191660200161034a565b928284526020838301011161034657815f9260208093018386015e830101529056fe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461050057508063095ea7b31461047e57806318160ddd1461046157806323b872dd14610331578063313ce567146102f457806340c10f191461029057806370a082311461025957806395d89b411461013e578063a9059cbb1461010d578063af9e3a36146100ed5763dd62ed3e14610095575f80fd5b346100e95760403660031901126100e9576100ae6105f9565b6001600160a01b036100be61060f565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346100e95760203660031901126100e95760206040516064600435048152f35b346100e95760403660031901126100e9576101336101296105f9565b6024359033610625565b602060405160018152f35b346100e9575f3660031901126100e9576040515f6004548060011c9060018116801561024f575b60208310811461023b5782855290811561021f57506001146101ca575b50819003601f01601f191681019067ffffffffffffffff8211818310176101b6576101b2829182604052826105cf565b0390f35b634e487b7160e01b5f52604160045260245ffd5b905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5f905b82821061020957506020915082010182610182565b60018160209254838588010152019101906101f4565b90506020925060ff191682840152151560051b82010182610182565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610165565b346100e95760203660031901126100e9576001600160a01b0361027a6105f9565b165f525f602052602060405f2054604051908152f35b346100e95760403660031901126100e9576102a96105f9565b6001600160a01b038116156102c8576102c690602435905f61075c565b005b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346100e9575f3660031901126100e957602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100e95760603660031901126100e95761034a6105f9565b61035261060f565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f198110610395575b506101339350610625565b83811061042d5784156104015733156103d557610133945f52600160205260405f206001600160a01b0333165f526020528360405f20910390558461038a565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100e9575f3660031901126100e9576020600254604051908152f35b346100e95760403660031901126100e9576104976105f9565b602435903315610401576001600160a01b03169081156103d557335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100e9575f3660031901126100e9575f6003548060011c906001811680156105c5575b60208310811461023b5782855290811561021f57506001146105705750819003601f01601f191681019067ffffffffffffffff8211818310176101b6576101b2829182604052826105cf565b905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5f905b8282106105af57506020915082010182610182565b600181602092548385880101520191019061059a565b91607f1691610524565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100e957565b602435906001600160a01b03821682036100e957565b916001600160a01b03831615610730576001600160a01b038216156102c857610651816064938561075c565b04908161065c575050565b6001600160a01b0316806106c757600254918083018093116106b35760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f946002555b8060025403600255604051908152a3565b634e487b7160e01b5f52601160045260245ffd5b805f939293525f60205260405f2054838110610716576020845f94957fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef938587528684520360408620556106a2565b915063391434e360e21b5f5260045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b6001600160a01b031690816107d857600254908382018092116106b3576001600160a01b036020917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef936002555b1693846107c35780600254036002555b604051908152a3565b845f525f825260405f208181540190556107ba565b815f525f60205260405f205483811061082a576001600160a01b037fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9285602093865f525f85520360405f20556107aa565b91905063391434e360e21b5f5260045260245260445260645ffd",
}

// FeeOnTopToken is an auto generated Go binding around an Ethereum contract.
type FeeOnTopToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeeOnTopToken) GetABI() abi.ABI {
	return c.abi
}

// NewFeeOnTopToken creates a new instance of FeeOnTopToken.
func NewFeeOnTopToken() *FeeOnTopToken {
	parsed, err := FeeOnTopTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeeOnTopToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeeOnTopToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_) returns()
func (feeOnTopToken *FeeOnTopToken) PackConstructor(name_ string, symbol_ string, decimals_ uint8) []byte {
	enc, err := feeOnTopToken.abi.Pack("", name_, symbol_, decimals_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (feeOnTopToken *FeeOnTopToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := feeOnTopToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (feeOnTopToken *FeeOnTopToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return feeOnTopToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (feeOnTopToken *FeeOnTopToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := feeOnTopToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (feeOnTopToken *FeeOnTopToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := feeOnTopToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (feeOnTopToken *FeeOnTopToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return feeOnTopToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (feeOnTopToken *FeeOnTopToken) UnpackApprove(data []byte) (bool, error) {
	out, err := feeOnTopToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (feeOnTopToken *FeeOnTopToken) PackBalanceOf(account common.Address) []byte {
	enc, err := feeOnTopToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (feeOnTopToken *FeeOnTopToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return feeOnTopToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (feeOnTopToken *FeeOnTopToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := feeOnTopToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (feeOnTopToken *FeeOnTopToken) PackDecimals() []byte {
	enc, err := feeOnTopToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (feeOnTopToken *FeeOnTopToken) TryPackDecimals() ([]byte, error) {
	return feeOnTopToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (feeOnTopToken *FeeOnTopToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := feeOnTopToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFeeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf9e3a36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeOf(uint256 amount) pure returns(uint256)
func (feeOnTopToken *FeeOnTopToken) PackFeeOf(amount *big.Int) []byte {
	enc, err := feeOnTopToken.abi.Pack("feeOf", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf9e3a36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeOf(uint256 amount) pure returns(uint256)
func (feeOnTopToken *FeeOnTopToken) TryPackFeeOf(amount *big.Int) ([]byte, error) {
	return feeOnTopToken.abi.Pack("feeOf", amount)
}

// UnpackFeeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf9e3a36.
//
// Solidity: function feeOf(uint256 amount) pure returns(uint256)
func (feeOnTopToken *FeeOnTopToken) UnpackFeeOf(data []byte) (*big.Int, error) {
	out, err := feeOnTopToken.abi.Unpack("feeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (feeOnTopToken *FeeOnTopToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := feeOnTopToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (feeOnTopToken *FeeOnTopToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return feeOnTopToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (feeOnTopToken *FeeOnTopToken) PackName() []byte {
	enc, err := feeOnTopToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (feeOnTopToken *FeeOnTopToken) TryPackName() ([]byte, error) {
	return feeOnTopToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (feeOnTopToken *FeeOnTopToken) UnpackName(data []byte) (string, error) {
	out, err := feeOnTopToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (feeOnTopToken *FeeOnTopToken) PackSymbol() []byte {
	enc, err := feeOnTopToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (feeOnTopToken *FeeOnTopToken) TryPackSymbol() ([]byte, error) {
	return feeOnTopToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (feeOnTopToken *FeeOnTopToken) UnpackSymbol(data []byte) (string, error) {
	out, err := feeOnTopToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (feeOnTopToken *FeeOnTopToken) PackTotalSupply() []byte {
	enc, err := feeOnTopToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (feeOnTopToken *FeeOnTopToken) TryPackTotalSupply() ([]byte, error) {
	return feeOnTopToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (feeOnTopToken *FeeOnTopToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := feeOnTopToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (feeOnTopToken *FeeOnTopToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := feeOnTopToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (feeOnTopToken *FeeOnTopToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return feeOnTopToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (feeOnTopToken *FeeOnTopToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := feeOnTopToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (feeOnTopToken *FeeOnTopToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := feeOnTopToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (feeOnTopToken *FeeOnTopToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return feeOnTopToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (feeOnTopToken *FeeOnTopToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := feeOnTopToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// FeeOnTopTokenApproval represents a Approval event raised by the FeeOnTopToken contract.
type FeeOnTopTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeeOnTopTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (FeeOnTopTokenApproval) ContractEventName() string {
	return FeeOnTopTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (feeOnTopToken *FeeOnTopToken) UnpackApprovalEvent(log *types.Log) (*FeeOnTopTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTopToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTopTokenApproval)
	if len(log.Data) > 0 {
		if err := feeOnTopToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTopToken.abi.Events[event].Inputs {
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

// FeeOnTopTokenTransfer represents a Transfer event raised by the FeeOnTopToken contract.
type FeeOnTopTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const FeeOnTopTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (FeeOnTopTokenTransfer) ContractEventName() string {
	return FeeOnTopTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (feeOnTopToken *FeeOnTopToken) UnpackTransferEvent(log *types.Log) (*FeeOnTopTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTopToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTopTokenTransfer)
	if len(log.Data) > 0 {
		if err := feeOnTopToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTopToken.abi.Events[event].Inputs {
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
func (feeOnTopToken *FeeOnTopToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], feeOnTopToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return feeOnTopToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTopToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return feeOnTopToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTopToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return feeOnTopToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTopToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return feeOnTopToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTopToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return feeOnTopToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTopToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return feeOnTopToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FeeOnTopTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the FeeOnTopToken contract.
type FeeOnTopTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func FeeOnTopTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (feeOnTopToken *FeeOnTopToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*FeeOnTopTokenERC20InsufficientAllowance, error) {
	out := new(FeeOnTopTokenERC20InsufficientAllowance)
	if err := feeOnTopToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTopTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the FeeOnTopToken contract.
type FeeOnTopTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func FeeOnTopTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (feeOnTopToken *FeeOnTopToken) UnpackERC20InsufficientBalanceError(raw []byte) (*FeeOnTopTokenERC20InsufficientBalance, error) {
	out := new(FeeOnTopTokenERC20InsufficientBalance)
	if err := feeOnTopToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTopTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the FeeOnTopToken contract.
type FeeOnTopTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func FeeOnTopTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (feeOnTopToken *FeeOnTopToken) UnpackERC20InvalidApproverError(raw []byte) (*FeeOnTopTokenERC20InvalidApprover, error) {
	out := new(FeeOnTopTokenERC20InvalidApprover)
	if err := feeOnTopToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTopTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the FeeOnTopToken contract.
type FeeOnTopTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func FeeOnTopTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (feeOnTopToken *FeeOnTopToken) UnpackERC20InvalidReceiverError(raw []byte) (*FeeOnTopTokenERC20InvalidReceiver, error) {
	out := new(FeeOnTopTokenERC20InvalidReceiver)
	if err := feeOnTopToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTopTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the FeeOnTopToken contract.
type FeeOnTopTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func FeeOnTopTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (feeOnTopToken *FeeOnTopToken) UnpackERC20InvalidSenderError(raw []byte) (*FeeOnTopTokenERC20InvalidSender, error) {
	out := new(FeeOnTopTokenERC20InvalidSender)
	if err := feeOnTopToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTopTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the FeeOnTopToken contract.
type FeeOnTopTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func FeeOnTopTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (feeOnTopToken *FeeOnTopToken) UnpackERC20InvalidSpenderError(raw []byte) (*FeeOnTopTokenERC20InvalidSpender, error) {
	out := new(FeeOnTopTokenERC20InvalidSpender)
	if err := feeOnTopToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferTokenMetaData contains all meta data concerning the FeeOnTransferToken contract.
var FeeOnTransferTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "092ba5146a83c3826c183dd502cc9e48f0",
	Bin: "0x60806040523461032857604080519081016001600160401b0381118282101761023057604090815260098252682332b2902a37b5b2b760b91b602083015280519081016001600160401b0381118282101761023057604052600381526246454560e81b602082015281516001600160401b03811161023057600354600181811c9116801561031e575b602082101461021257601f81116102b0575b50602092601f821160011461024f57928192935f92610244575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161023057600454600181811c91168015610226575b602082101461021257601f81116101a4575b50602091601f8211600114610144579181925f92610139575b50508160011b915f199060031b1c1916176004555b604051610815908161032d8239f35b015190505f80610115565b601f1982169260045f52805f20915f5b85811061018c57508360019510610174575b505050811b0160045561012a565b01515f1960f88460031b161c191690555f8080610166565b91926020600181928685015181550194019201610154565b818111156100fc5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020841061020a575b81601f9101920160051c03905f5b8281106101fd5750506100fc565b5f828201556001016101ef565b5f91506101e1565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ea565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b4565b601f1982169360035f52805f20915f5b8681106102985750836001959610610280575b505050811b016003556100c9565b01515f1960f88460031b161c191690555f8080610272565b9192602060018192868501518155019401920161025f565b8181111561009a5760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610316575b81601f9101920160051c03905f5b82811061030957505061009a565b5f828201556001016102fb565b5f91506102ed565b90607f1690610088565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde03146104b257508063095ea7b31461043057806318160ddd1461041357806323b872dd146102e3578063313ce567146102c857806340c10f191461026557806370a082311461022e57806395d89b4114610113578063a9059cbb146100e25763dd62ed3e1461008a575f80fd5b346100de5760403660031901126100de576100a36105ab565b6001600160a01b036100b36105c1565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346100de5760403660031901126100de576101086100fe6105ab565b60243590336105d7565b602060405160018152f35b346100de575f3660031901126100de576040515f6004548060011c90600181168015610224575b602083108114610210578285529081156101f4575060011461019f575b50819003601f01601f191681019067ffffffffffffffff82118183101761018b5761018782918260405282610581565b0390f35b634e487b7160e01b5f52604160045260245ffd5b905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5f905b8282106101de57506020915082010182610157565b60018160209254838588010152019101906101c9565b90506020925060ff191682840152151560051b82010182610157565b634e487b7160e01b5f52602260045260245ffd5b91607f169161013a565b346100de5760203660031901126100de576001600160a01b0361024f6105ab565b165f525f602052602060405f2054604051908152f35b346100de5760403660031901126100de5761027e6105ab565b6001600160a01b0381161561029c5761029a906024359061062e565b005b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346100de575f3660031901126100de57602060405160128152f35b346100de5760603660031901126100de576102fc6105ab565b6103046105c1565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f198110610347575b5061010893506105d7565b8381106103df5784156103b357331561038757610108945f52600160205260405f206001600160a01b0333165f526020528360405f20910390558461033c565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100de575f3660031901126100de576020600254604051908152f35b346100de5760403660031901126100de576104496105ab565b6024359033156103b3576001600160a01b031690811561038757335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100de575f3660031901126100de575f6003548060011c90600181168015610577575b602083108114610210578285529081156101f457506001146105225750819003601f01601f191681019067ffffffffffffffff82118183101761018b5761018782918260405282610581565b905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5f905b82821061056157506020915082010182610157565b600181602092548385880101520191019061054c565b91607f16916104d6565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100de57565b602435906001600160a01b03821682036100de57565b91906001600160a01b03831615610602576001600160a01b0381161561029c5761060092610639565b565b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b90610600915f61072c565b91906001600160a01b03831615801561071b575b61071257606482046001600160a01b038416806106d057600254908282018092116106bc575f916002555b82600254036002557fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020604051858152a382039182116106bc576106009261072c565b634e487b7160e01b5f52601160045260245ffd5b805f525f60205260405f20548281106106f95790825f9282845283602052036040832055610678565b9063391434e360e21b5f5260045260245260445260645ffd5b6106009261072c565b506001600160a01b0381161561064d565b6001600160a01b031690816107a857600254908382018092116106bc576001600160a01b036020917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef936002555b1693846107935780600254036002555b604051908152a3565b845f525f825260405f2081815401905561078a565b815f525f60205260405f20548381106107fa576001600160a01b037fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9285602093865f525f85520360405f205561077a565b91905063391434e360e21b5f5260045260245260445260645ffd",
}

// FeeOnTransferToken is an auto generated Go binding around an Ethereum contract.
type FeeOnTransferToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeeOnTransferToken) GetABI() abi.ABI {
	return c.abi
}

// NewFeeOnTransferToken creates a new instance of FeeOnTransferToken.
func NewFeeOnTransferToken() *FeeOnTransferToken {
	parsed, err := FeeOnTransferTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeeOnTransferToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeeOnTransferToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := feeOnTransferToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := feeOnTransferToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := feeOnTransferToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) UnpackApprove(data []byte) (bool, error) {
	out, err := feeOnTransferToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) PackBalanceOf(account common.Address) []byte {
	enc, err := feeOnTransferToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := feeOnTransferToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (feeOnTransferToken *FeeOnTransferToken) PackDecimals() []byte {
	enc, err := feeOnTransferToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (feeOnTransferToken *FeeOnTransferToken) TryPackDecimals() ([]byte, error) {
	return feeOnTransferToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (feeOnTransferToken *FeeOnTransferToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := feeOnTransferToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (feeOnTransferToken *FeeOnTransferToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := feeOnTransferToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (feeOnTransferToken *FeeOnTransferToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (feeOnTransferToken *FeeOnTransferToken) PackName() []byte {
	enc, err := feeOnTransferToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (feeOnTransferToken *FeeOnTransferToken) TryPackName() ([]byte, error) {
	return feeOnTransferToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (feeOnTransferToken *FeeOnTransferToken) UnpackName(data []byte) (string, error) {
	out, err := feeOnTransferToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (feeOnTransferToken *FeeOnTransferToken) PackSymbol() []byte {
	enc, err := feeOnTransferToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (feeOnTransferToken *FeeOnTransferToken) TryPackSymbol() ([]byte, error) {
	return feeOnTransferToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (feeOnTransferToken *FeeOnTransferToken) UnpackSymbol(data []byte) (string, error) {
	out, err := feeOnTransferToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) PackTotalSupply() []byte {
	enc, err := feeOnTransferToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) TryPackTotalSupply() ([]byte, error) {
	return feeOnTransferToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (feeOnTransferToken *FeeOnTransferToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := feeOnTransferToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := feeOnTransferToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := feeOnTransferToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := feeOnTransferToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return feeOnTransferToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (feeOnTransferToken *FeeOnTransferToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := feeOnTransferToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// FeeOnTransferTokenApproval represents a Approval event raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferTokenApproval) ContractEventName() string {
	return FeeOnTransferTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (feeOnTransferToken *FeeOnTransferToken) UnpackApprovalEvent(log *types.Log) (*FeeOnTransferTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferTokenApproval)
	if len(log.Data) > 0 {
		if err := feeOnTransferToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferToken.abi.Events[event].Inputs {
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

// FeeOnTransferTokenTransfer represents a Transfer event raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const FeeOnTransferTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (FeeOnTransferTokenTransfer) ContractEventName() string {
	return FeeOnTransferTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (feeOnTransferToken *FeeOnTransferToken) UnpackTransferEvent(log *types.Log) (*FeeOnTransferTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feeOnTransferToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeeOnTransferTokenTransfer)
	if len(log.Data) > 0 {
		if err := feeOnTransferToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feeOnTransferToken.abi.Events[event].Inputs {
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
func (feeOnTransferToken *FeeOnTransferToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], feeOnTransferToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return feeOnTransferToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return feeOnTransferToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return feeOnTransferToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return feeOnTransferToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return feeOnTransferToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], feeOnTransferToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return feeOnTransferToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FeeOnTransferTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func FeeOnTransferTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (feeOnTransferToken *FeeOnTransferToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*FeeOnTransferTokenERC20InsufficientAllowance, error) {
	out := new(FeeOnTransferTokenERC20InsufficientAllowance)
	if err := feeOnTransferToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func FeeOnTransferTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (feeOnTransferToken *FeeOnTransferToken) UnpackERC20InsufficientBalanceError(raw []byte) (*FeeOnTransferTokenERC20InsufficientBalance, error) {
	out := new(FeeOnTransferTokenERC20InsufficientBalance)
	if err := feeOnTransferToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func FeeOnTransferTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (feeOnTransferToken *FeeOnTransferToken) UnpackERC20InvalidApproverError(raw []byte) (*FeeOnTransferTokenERC20InvalidApprover, error) {
	out := new(FeeOnTransferTokenERC20InvalidApprover)
	if err := feeOnTransferToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func FeeOnTransferTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (feeOnTransferToken *FeeOnTransferToken) UnpackERC20InvalidReceiverError(raw []byte) (*FeeOnTransferTokenERC20InvalidReceiver, error) {
	out := new(FeeOnTransferTokenERC20InvalidReceiver)
	if err := feeOnTransferToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func FeeOnTransferTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (feeOnTransferToken *FeeOnTransferToken) UnpackERC20InvalidSenderError(raw []byte) (*FeeOnTransferTokenERC20InvalidSender, error) {
	out := new(FeeOnTransferTokenERC20InvalidSender)
	if err := feeOnTransferToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeeOnTransferTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the FeeOnTransferToken contract.
type FeeOnTransferTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func FeeOnTransferTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (feeOnTransferToken *FeeOnTransferToken) UnpackERC20InvalidSpenderError(raw []byte) (*FeeOnTransferTokenERC20InvalidSpender, error) {
	out := new(FeeOnTransferTokenERC20InvalidSpender)
	if err := feeOnTransferToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenMetaData contains all meta data concerning the HookToken contract.
var HookTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"HookRejected\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"sending\",\"type\":\"bool\"}],\"name\":\"Hooked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"hooked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"setHooks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "d37018d1d6e57aae391e250331da78f648",
	Bin: "0x60806040523461032a57604080519081016001600160401b03811182821017610232576040908152600a8252692437b7b5902a37b5b2b760b11b602083015280519081016001600160401b03811182821017610232576040526004815263484f4f4b60e01b602082015281516001600160401b03811161023257600354600181811c91168015610320575b602082101461021457601f81116102b2575b50602092601f821160011461025157928192935f92610246575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161023257600454600181811c91168015610228575b602082101461021457601f81116101a6575b50602091601f8211600114610146579181925f9261013b575b50508160011b915f199060031b1c1916176004555b604051610979908161032f8239f35b015190505f80610117565b601f1982169260045f52805f20915f5b85811061018e57508360019510610176575b505050811b0160045561012c565b01515f1960f88460031b161c191690555f8080610168565b91926020600181928685015181550194019201610156565b818111156100fe5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020841061020c575b81601f9101920160051c03905f5b8281106101ff5750506100fe565b5f828201556001016101f1565b5f91506101e3565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ec565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b6565b601f1982169360035f52805f20915f5b86811061029a5750836001959610610282575b505050811b016003556100cb565b01515f1960f88460031b161c191690555f8080610274565b91926020600181928685015181550194019201610261565b8181111561009c5760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610318575b81601f9101920160051c03905f5b82811061030b57505061009c565b5f828201556001016102fd565b5f91506102ef565b90607f169061008a565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461052957508063095ea7b3146104a757806318160ddd1461048a57806323b872dd1461035a578063313ce5671461033f57806340c10f19146102dc57806370a08231146102a55780638c46092c1461026857806395d89b4114610164578063a9059cbb14610133578063c76da044146100f85763dd62ed3e146100a0575f80fd5b346100f45760403660031901126100f4576100b961060b565b6001600160a01b036100c9610621565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346100f45760203660031901126100f4576004358015158091036100f457335f52600560205260405f209060ff801983541691161790555f80f35b346100f45760403660031901126100f45761015961014f61060b565b602435903361066d565b602060405160018152f35b346100f4575f3660031901126100f4576040515f6004548060011c9060018116801561025e575b60208310811461024a5782855290811561022657506001146101c8575b6101c4836101b881850382610637565b604051918291826105e1565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b80821061020c575090915081016020016101b86101a8565b9192600181602092548385880101520191019092916101f4565b60ff191660208086019190915291151560051b840190910191506101b890506101a8565b634e487b7160e01b5f52602260045260245ffd5b91607f169161018b565b346100f45760203660031901126100f4576001600160a01b0361028961060b565b165f526005602052602060ff60405f2054166040519015158152f35b346100f45760203660031901126100f4576001600160a01b036102c661060b565b165f525f602052602060405f2054604051908152f35b346100f45760403660031901126100f4576102f561060b565b6001600160a01b038116156103135761031190602435906106c4565b005b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346100f4575f3660031901126100f457602060405160128152f35b346100f45760603660031901126100f45761037361060b565b61037b610621565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f1981106103be575b50610159935061066d565b83811061045657841561042a5733156103fe57610159945f52600160205260405f206001600160a01b0333165f526020528360405f2091039055846103b3565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100f4575f3660031901126100f4576020600254604051908152f35b346100f45760403660031901126100f4576104c061060b565b60243590331561042a576001600160a01b03169081156103fe57335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100f4575f3660031901126100f4575f6003548060011c906001811680156105d7575b60208310811461024a578285529081156102265750600114610579576101c4836101b881850382610637565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106105bd575090915081016020016101b86101a8565b9192600181602092548385880101520191019092916105a5565b91607f169161054d565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100f457565b602435906001600160a01b03821682036100f457565b90601f8019910116810190811067ffffffffffffffff82111761065957604052565b634e487b7160e01b5f52604160045260245ffd5b91906001600160a01b03831615610698576001600160a01b0381161561031357610696926106cf565b565b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b90610696915f610863565b90916001600160a01b03821691821561085b578390835f52600560205260ff60405f2054166107d6575b6107039350610863565b6001600160a01b03811690811515806107c0575b61071f575050565b5f80808080945af13d156107bb573d67ffffffffffffffff81116106595760405190610755601f8201601f191660200183610637565b81525f60203d92013e5b15610790577f40e377c42903df209b0225a47a3eea41e882588d272d4b01686d3acd57541cf660206040515f8152a2565b7f9ae8fdf2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61075f565b50815f52600560205260ff60405f205416610717565b919290505f80808080865af13d15610856573d67ffffffffffffffff81116106595760405190610810601f8201601f191660200183610637565b81525f60203d92013e5b1561079057610703929184917f40e377c42903df209b0225a47a3eea41e882588d272d4b01686d3acd57541cf6602060405160018152a26106f9565b61081a565b610696939192505b6001600160a01b031690816108f357600254908382018092116108df576001600160a01b036020917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef936002555b1693846108ca5780600254036002555b604051908152a3565b845f525f825260405f208181540190556108c1565b634e487b7160e01b5f52601160045260245ffd5b815f525f60205260405f2054838110610945576001600160a01b037fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9285602093865f525f85520360405f20556108b1565b9190507fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd",
}

// HookToken is an auto generated Go binding around an Ethereum contract.
type HookToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HookToken) GetABI() abi.ABI {
	return c.abi
}

// NewHookToken creates a new instance of HookToken.
func NewHookToken() *HookToken {
	parsed, err := HookTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HookToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HookToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookToken *HookToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := hookToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookToken *HookToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return hookToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookToken *HookToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := hookToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hookToken *HookToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := hookToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hookToken *HookToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hookToken *HookToken) UnpackApprove(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hookToken *HookToken) PackBalanceOf(account common.Address) []byte {
	enc, err := hookToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hookToken *HookToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return hookToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hookToken *HookToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := hookToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (hookToken *HookToken) PackDecimals() []byte {
	enc, err := hookToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (hookToken *HookToken) TryPackDecimals() ([]byte, error) {
	return hookToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (hookToken *HookToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := hookToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackHooked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c46092c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hooked(address ) view returns(bool)
func (hookToken *HookToken) PackHooked(arg0 common.Address) []byte {
	enc, err := hookToken.abi.Pack("hooked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHooked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c46092c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hooked(address ) view returns(bool)
func (hookToken *HookToken) TryPackHooked(arg0 common.Address) ([]byte, error) {
	return hookToken.abi.Pack("hooked", arg0)
}

// UnpackHooked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c46092c.
//
// Solidity: function hooked(address ) view returns(bool)
func (hookToken *HookToken) UnpackHooked(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("hooked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (hookToken *HookToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := hookToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (hookToken *HookToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (hookToken *HookToken) PackName() []byte {
	enc, err := hookToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (hookToken *HookToken) TryPackName() ([]byte, error) {
	return hookToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (hookToken *HookToken) UnpackName(data []byte) (string, error) {
	out, err := hookToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSetHooks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc76da044.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setHooks(bool on) returns()
func (hookToken *HookToken) PackSetHooks(on bool) []byte {
	enc, err := hookToken.abi.Pack("setHooks", on)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetHooks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc76da044.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setHooks(bool on) returns()
func (hookToken *HookToken) TryPackSetHooks(on bool) ([]byte, error) {
	return hookToken.abi.Pack("setHooks", on)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (hookToken *HookToken) PackSymbol() []byte {
	enc, err := hookToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (hookToken *HookToken) TryPackSymbol() ([]byte, error) {
	return hookToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (hookToken *HookToken) UnpackSymbol(data []byte) (string, error) {
	out, err := hookToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookToken *HookToken) PackTotalSupply() []byte {
	enc, err := hookToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookToken *HookToken) TryPackTotalSupply() ([]byte, error) {
	return hookToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookToken *HookToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := hookToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hookToken *HookToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := hookToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hookToken *HookToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hookToken *HookToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hookToken *HookToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := hookToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hookToken *HookToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hookToken *HookToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// HookTokenApproval represents a Approval event raised by the HookToken contract.
type HookTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (HookTokenApproval) ContractEventName() string {
	return HookTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (hookToken *HookToken) UnpackApprovalEvent(log *types.Log) (*HookTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookTokenApproval)
	if len(log.Data) > 0 {
		if err := hookToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookToken.abi.Events[event].Inputs {
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

// HookTokenHooked represents a Hooked event raised by the HookToken contract.
type HookTokenHooked struct {
	Account common.Address
	Sending bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookTokenHookedEventName = "Hooked"

// ContractEventName returns the user-defined event name.
func (HookTokenHooked) ContractEventName() string {
	return HookTokenHookedEventName
}

// UnpackHookedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Hooked(address indexed account, bool sending)
func (hookToken *HookToken) UnpackHookedEvent(log *types.Log) (*HookTokenHooked, error) {
	event := "Hooked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookTokenHooked)
	if len(log.Data) > 0 {
		if err := hookToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookToken.abi.Events[event].Inputs {
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

// HookTokenTransfer represents a Transfer event raised by the HookToken contract.
type HookTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const HookTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (HookTokenTransfer) ContractEventName() string {
	return HookTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (hookToken *HookToken) UnpackTransferEvent(log *types.Log) (*HookTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookTokenTransfer)
	if len(log.Data) > 0 {
		if err := hookToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookToken.abi.Events[event].Inputs {
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
func (hookToken *HookToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["HookRejected"].ID.Bytes()[:4]) {
		return hookToken.UnpackHookRejectedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HookTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the HookToken contract.
type HookTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func HookTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (hookToken *HookToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*HookTokenERC20InsufficientAllowance, error) {
	out := new(HookTokenERC20InsufficientAllowance)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the HookToken contract.
type HookTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func HookTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (hookToken *HookToken) UnpackERC20InsufficientBalanceError(raw []byte) (*HookTokenERC20InsufficientBalance, error) {
	out := new(HookTokenERC20InsufficientBalance)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the HookToken contract.
type HookTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func HookTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (hookToken *HookToken) UnpackERC20InvalidApproverError(raw []byte) (*HookTokenERC20InvalidApprover, error) {
	out := new(HookTokenERC20InvalidApprover)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the HookToken contract.
type HookTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func HookTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (hookToken *HookToken) UnpackERC20InvalidReceiverError(raw []byte) (*HookTokenERC20InvalidReceiver, error) {
	out := new(HookTokenERC20InvalidReceiver)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the HookToken contract.
type HookTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func HookTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (hookToken *HookToken) UnpackERC20InvalidSenderError(raw []byte) (*HookTokenERC20InvalidSender, error) {
	out := new(HookTokenERC20InvalidSender)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the HookToken contract.
type HookTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func HookTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (hookToken *HookToken) UnpackERC20InvalidSpenderError(raw []byte) (*HookTokenERC20InvalidSpender, error) {
	out := new(HookTokenERC20InvalidSpender)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenHookRejected represents a HookRejected error raised by the HookToken contract.
type HookTokenHookRejected struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HookRejected(address account)
func HookTokenHookRejectedErrorID() common.Hash {
	return common.HexToHash("0x9ae8fdf20d09e6f9cd5137b2e623031768a6310fdaa551309c94592cb4827519")
}

// UnpackHookRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HookRejected(address account)
func (hookToken *HookToken) UnpackHookRejectedError(raw []byte) (*HookTokenHookRejected, error) {
	out := new(HookTokenHookRejected)
	if err := hookToken.abi.UnpackIntoInterface(out, "HookRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20MetaData contains all meta data concerning the MockERC20 contract.
var MockERC20MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "db0066fb5a21412cdf338ef78793902259",
	Bin: "0x60a06040523461034657610aee803803806100198161034a565b9283398101906060818303126103465780516001600160401b038111610346578261004591830161036f565b60208201519092906001600160401b0381116103465760409161006991840161036f565b91015160ff811681036103465782516001600160401b03811161024c57600354600181811c9116801561033c575b602082101461022e57601f81116102ce575b506020601f821160011461026b57819293945f92610260575b50508160011b915f199060031b1c1916176003555b81516001600160401b03811161024c57600454600181811c91168015610242575b602082101461022e57601f81116101c0575b50602092601f821160011461015f57928192935f92610154575b50508160011b915f199060031b1c1916176004555b60805260405161072d90816103c18239608051816103390152f35b015190505f80610124565b601f1982169360045f52805f20915f5b8681106101a85750836001959610610190575b505050811b01600455610139565b01515f1960f88460031b161c191690555f8080610182565b9192602060018192868501518155019401920161016f565b8181111561010a5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610226575b81601f9101920160051c03905f5b82811061021957505061010a565b5f8282015560010161020b565b5f91506101fd565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f8565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c2565b601f1982169060035f52805f20915f5b8181106102b65750958360019596971061029e575b505050811b016003556100d7565b01515f1960f88460031b161c191690555f8080610290565b9192602060018192868b01518155019401920161027b565b818111156100a95760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610334575b81601f9101920160051c03905f5b8281106103275750506100a9565b5f82820155600101610319565b5f915061030b565b90607f1690610097565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761024c57604052565b81601f82011215610346578051906001600160401b03821161024c5761039e601f8301601f191660200161034a565b928284526020838301011161034657815f9260208093018386015e830101529056fe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461052c57508063095ea7b3146104aa57806318160ddd1461048d57806323b872dd1461035d578063313ce5671461032057806340c10f191461026557806370a082311461022e57806395d89b4114610113578063a9059cbb146100e25763dd62ed3e1461008a575f80fd5b346100de5760403660031901126100de576100a3610625565b6001600160a01b036100b361063b565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346100de5760403660031901126100de576101086100fe610625565b6024359033610651565b602060405160018152f35b346100de575f3660031901126100de576040515f6004548060011c90600181168015610224575b602083108114610210578285529081156101f4575060011461019f575b50819003601f01601f191681019067ffffffffffffffff82118183101761018b57610187829182604052826105fb565b0390f35b634e487b7160e01b5f52604160045260245ffd5b905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5f905b8282106101de57506020915082010182610157565b60018160209254838588010152019101906101c9565b90506020925060ff191682840152151560051b82010182610157565b634e487b7160e01b5f52602260045260245ffd5b91607f169161013a565b346100de5760203660031901126100de576001600160a01b0361024f610625565b165f525f602052602060405f2054604051908152f35b346100de5760403660031901126100de5761027e610625565b6001600160a01b031660243581156102f457600254908082018092116102e05760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346100de575f3660031901126100de57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100de5760603660031901126100de57610376610625565b61037e61063b565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f1981106103c1575b506101089350610651565b83811061045957841561042d57331561040157610108945f52600160205260405f206001600160a01b0333165f526020528360405f2091039055846103b6565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100de575f3660031901126100de576020600254604051908152f35b346100de5760403660031901126100de576104c3610625565b60243590331561042d576001600160a01b031690811561040157335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100de575f3660031901126100de575f6003548060011c906001811680156105f1575b602083108114610210578285529081156101f4575060011461059c5750819003601f01601f191681019067ffffffffffffffff82118183101761018b57610187829182604052826105fb565b905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5f905b8282106105db57506020915082010182610157565b60018160209254838588010152019101906105c6565b91607f1691610550565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100de57565b602435906001600160a01b03821682036100de57565b6001600160a01b0316908115610701576001600160a01b03169182156102f457815f525f60205260405f20548181106106cf57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd",
}

// MockERC20 is an auto generated Go binding around an Ethereum contract.
type MockERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockERC20) GetABI() abi.ABI {
	return c.abi
}

// NewMockERC20 creates a new instance of MockERC20.
func NewMockERC20() *MockERC20 {
	parsed, err := MockERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_) returns()
func (mockERC20 *MockERC20) PackConstructor(name_ string, symbol_ string, decimals_ uint8) []byte {
	enc, err := mockERC20.abi.Pack("", name_, symbol_, decimals_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (mockERC20 *MockERC20) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := mockERC20.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (mockERC20 *MockERC20) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return mockERC20.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (mockERC20 *MockERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := mockERC20.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (mockERC20 *MockERC20) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (mockERC20 *MockERC20) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (mockERC20 *MockERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := mockERC20.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (mockERC20 *MockERC20) PackBalanceOf(account common.Address) []byte {
	enc, err := mockERC20.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (mockERC20 *MockERC20) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return mockERC20.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (mockERC20 *MockERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := mockERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (mockERC20 *MockERC20) PackDecimals() []byte {
	enc, err := mockERC20.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (mockERC20 *MockERC20) TryPackDecimals() ([]byte, error) {
	return mockERC20.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (mockERC20 *MockERC20) UnpackDecimals(data []byte) (uint8, error) {
	out, err := mockERC20.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (mockERC20 *MockERC20) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (mockERC20 *MockERC20) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (mockERC20 *MockERC20) PackName() []byte {
	enc, err := mockERC20.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (mockERC20 *MockERC20) TryPackName() ([]byte, error) {
	return mockERC20.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (mockERC20 *MockERC20) UnpackName(data []byte) (string, error) {
	out, err := mockERC20.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (mockERC20 *MockERC20) PackSymbol() []byte {
	enc, err := mockERC20.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (mockERC20 *MockERC20) TryPackSymbol() ([]byte, error) {
	return mockERC20.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (mockERC20 *MockERC20) UnpackSymbol(data []byte) (string, error) {
	out, err := mockERC20.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockERC20 *MockERC20) PackTotalSupply() []byte {
	enc, err := mockERC20.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockERC20 *MockERC20) TryPackTotalSupply() ([]byte, error) {
	return mockERC20.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockERC20 *MockERC20) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := mockERC20.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := mockERC20.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := mockERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// MockERC20Approval represents a Approval event raised by the MockERC20 contract.
type MockERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MockERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (MockERC20Approval) ContractEventName() string {
	return MockERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (mockERC20 *MockERC20) UnpackApprovalEvent(log *types.Log) (*MockERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockERC20Approval)
	if len(log.Data) > 0 {
		if err := mockERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockERC20.abi.Events[event].Inputs {
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

// MockERC20Transfer represents a Transfer event raised by the MockERC20 contract.
type MockERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MockERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (MockERC20Transfer) ContractEventName() string {
	return MockERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (mockERC20 *MockERC20) UnpackTransferEvent(log *types.Log) (*MockERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockERC20Transfer)
	if len(log.Data) > 0 {
		if err := mockERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockERC20.abi.Events[event].Inputs {
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
func (mockERC20 *MockERC20) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MockERC20ERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the MockERC20 contract.
type MockERC20ERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func MockERC20ERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (mockERC20 *MockERC20) UnpackERC20InsufficientAllowanceError(raw []byte) (*MockERC20ERC20InsufficientAllowance, error) {
	out := new(MockERC20ERC20InsufficientAllowance)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the MockERC20 contract.
type MockERC20ERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func MockERC20ERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (mockERC20 *MockERC20) UnpackERC20InsufficientBalanceError(raw []byte) (*MockERC20ERC20InsufficientBalance, error) {
	out := new(MockERC20ERC20InsufficientBalance)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InvalidApprover represents a ERC20InvalidApprover error raised by the MockERC20 contract.
type MockERC20ERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func MockERC20ERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (mockERC20 *MockERC20) UnpackERC20InvalidApproverError(raw []byte) (*MockERC20ERC20InvalidApprover, error) {
	out := new(MockERC20ERC20InvalidApprover)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the MockERC20 contract.
type MockERC20ERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func MockERC20ERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (mockERC20 *MockERC20) UnpackERC20InvalidReceiverError(raw []byte) (*MockERC20ERC20InvalidReceiver, error) {
	out := new(MockERC20ERC20InvalidReceiver)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InvalidSender represents a ERC20InvalidSender error raised by the MockERC20 contract.
type MockERC20ERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func MockERC20ERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (mockERC20 *MockERC20) UnpackERC20InvalidSenderError(raw []byte) (*MockERC20ERC20InvalidSender, error) {
	out := new(MockERC20ERC20InvalidSender)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InvalidSpender represents a ERC20InvalidSpender error raised by the MockERC20 contract.
type MockERC20ERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func MockERC20ERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (mockERC20 *MockERC20) UnpackERC20InvalidSpenderError(raw []byte) (*MockERC20ERC20InvalidSpender, error) {
	out := new(MockERC20ERC20InvalidSpender)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NoReturnTokenMetaData contains all meta data concerning the NoReturnToken contract.
var NoReturnTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7cb8170097ad230d76d6dc63d666302341",
	Bin: "0x60808060405234601557610539908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806306fdde03146103a5578063095ea7b31461033657806318160ddd1461031a57806323b872dd14610253578063313ce5671461023857806340c10f19146101bf57806370a082311461018757806395d89b4114610107578063a9059cbb146100df5763dd62ed3e14610087575f80fd5b346100db5760403660031901126100db576100a0610433565b6001600160a01b036100b0610449565b91165f5260026020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346100db5760403660031901126100db576101056100fb610433565b602435903361048d565b005b346100db575f3660031901126100db57604051604081019080821067ffffffffffffffff8311176101735761016f91604052600381527f4e52540000000000000000000000000000000000000000000000000000000000602082015260405191829182610409565b0390f35b634e487b7160e01b5f52604160045260245ffd5b346100db5760203660031901126100db576001600160a01b036101a8610433565b165f526001602052602060405f2054604051908152f35b346100db5760403660031901126100db576101d8610433565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60206001600160a01b036024359416938484526001825260408420610220828254610480565b905561022d818554610480565b8455604051908152a3005b346100db575f3660031901126100db57602060405160068152f35b346100db5760603660031901126100db5761026c610433565b610274610449565b604435906001600160a01b03831692835f52600260205260405f206001600160a01b0333165f5260205260405f2054938385106102f2576101059484600182016102c1575b50505061048d565b6102ca9161045f565b905f52600260205260405f206001600160a01b0333165f5260205260405f20558480846102b9565b7f13be252b000000000000000000000000000000000000000000000000000000005f5260045ffd5b346100db575f3660031901126100db5760205f54604051908152f35b346100db5760403660031901126100db5761034f610433565b6001600160a01b0360243591335f52600260205260405f208282165f526020528260405f205560405192835216907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3005b346100db575f3660031901126100db57604051604081019080821067ffffffffffffffff8311176101735761016f91604052600f81527f4e6f2052657475726e20546f6b656e00000000000000000000000000000000006020820152604051918291825b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100db57565b602435906001600160a01b03821682036100db57565b9190820391821161046c57565b634e487b7160e01b5f52601160045260245ffd5b9190820180921161046c57565b6001600160a01b031690815f5260016020528260405f2054106105115760206001600160a01b037fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92845f526001835260405f206104ec87825461045f565b90551693845f526001825260405f20610506828254610480565b9055604051908152a3565b7ff4d678b8000000000000000000000000000000000000000000000000000000005f5260045ffd",
}

// NoReturnToken is an auto generated Go binding around an Ethereum contract.
type NoReturnToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NoReturnToken) GetABI() abi.ABI {
	return c.abi
}

// NewNoReturnToken creates a new instance of NoReturnToken.
func NewNoReturnToken() *NoReturnToken {
	parsed, err := NoReturnTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NoReturnToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NoReturnToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (noReturnToken *NoReturnToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := noReturnToken.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (noReturnToken *NoReturnToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return noReturnToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (noReturnToken *NoReturnToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := noReturnToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns()
func (noReturnToken *NoReturnToken) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := noReturnToken.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns()
func (noReturnToken *NoReturnToken) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return noReturnToken.abi.Pack("approve", spender, amount)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (noReturnToken *NoReturnToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := noReturnToken.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (noReturnToken *NoReturnToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return noReturnToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (noReturnToken *NoReturnToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := noReturnToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (noReturnToken *NoReturnToken) PackDecimals() []byte {
	enc, err := noReturnToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (noReturnToken *NoReturnToken) TryPackDecimals() ([]byte, error) {
	return noReturnToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (noReturnToken *NoReturnToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := noReturnToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := noReturnToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return noReturnToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (noReturnToken *NoReturnToken) PackName() []byte {
	enc, err := noReturnToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (noReturnToken *NoReturnToken) TryPackName() ([]byte, error) {
	return noReturnToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (noReturnToken *NoReturnToken) UnpackName(data []byte) (string, error) {
	out, err := noReturnToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (noReturnToken *NoReturnToken) PackSymbol() []byte {
	enc, err := noReturnToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (noReturnToken *NoReturnToken) TryPackSymbol() ([]byte, error) {
	return noReturnToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (noReturnToken *NoReturnToken) UnpackSymbol(data []byte) (string, error) {
	out, err := noReturnToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (noReturnToken *NoReturnToken) PackTotalSupply() []byte {
	enc, err := noReturnToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (noReturnToken *NoReturnToken) TryPackTotalSupply() ([]byte, error) {
	return noReturnToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (noReturnToken *NoReturnToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := noReturnToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := noReturnToken.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return noReturnToken.abi.Pack("transfer", to, amount)
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := noReturnToken.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns()
func (noReturnToken *NoReturnToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return noReturnToken.abi.Pack("transferFrom", from, to, amount)
}

// NoReturnTokenApproval represents a Approval event raised by the NoReturnToken contract.
type NoReturnTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const NoReturnTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (NoReturnTokenApproval) ContractEventName() string {
	return NoReturnTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (noReturnToken *NoReturnToken) UnpackApprovalEvent(log *types.Log) (*NoReturnTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != noReturnToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NoReturnTokenApproval)
	if len(log.Data) > 0 {
		if err := noReturnToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range noReturnToken.abi.Events[event].Inputs {
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

// NoReturnTokenTransfer represents a Transfer event raised by the NoReturnToken contract.
type NoReturnTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const NoReturnTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (NoReturnTokenTransfer) ContractEventName() string {
	return NoReturnTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (noReturnToken *NoReturnToken) UnpackTransferEvent(log *types.Log) (*NoReturnTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != noReturnToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NoReturnTokenTransfer)
	if len(log.Data) > 0 {
		if err := noReturnToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range noReturnToken.abi.Events[event].Inputs {
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
func (noReturnToken *NoReturnToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], noReturnToken.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return noReturnToken.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], noReturnToken.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return noReturnToken.UnpackInsufficientBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NoReturnTokenInsufficientAllowance represents a InsufficientAllowance error raised by the NoReturnToken contract.
type NoReturnTokenInsufficientAllowance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance()
func NoReturnTokenInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x13be252bc8f22c3de689f75d88d90b4c4aeb9cd39d50c39ae82df3b19f85cf73")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance()
func (noReturnToken *NoReturnToken) UnpackInsufficientAllowanceError(raw []byte) (*NoReturnTokenInsufficientAllowance, error) {
	out := new(NoReturnTokenInsufficientAllowance)
	if err := noReturnToken.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NoReturnTokenInsufficientBalance represents a InsufficientBalance error raised by the NoReturnToken contract.
type NoReturnTokenInsufficientBalance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance()
func NoReturnTokenInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xf4d678b8ce6b5157126b1484a53523762a93571537a7d5ae97d8014a44715c94")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance()
func (noReturnToken *NoReturnToken) UnpackInsufficientBalanceError(raw []byte) (*NoReturnTokenInsufficientBalance, error) {
	out := new(NoReturnTokenInsufficientBalance)
	if err := noReturnToken.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainDelegateMetaData contains all meta data concerning the PlainDelegate contract.
var PlainDelegateMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NotSelf\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structPlainDelegate.Call[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "a85afe52825fbaea0ab7818761576ec22e",
	Bin: "0x60808060405234601557610244908161001a8239f35b5f80fdfe6080604052600436101561003c575b3615610018575f80fd5b5f54348101809111610028575f55005b634e487b7160e01b5f52601160045260245ffd5b5f3560e01c80633f707e6b14610076576383a6deb50361000e5734610072575f3660031901126100725760205f54604051908152f35b5f80fd5b60203660031901126100725760043567ffffffffffffffff811161007257366023820112156100725780600401359067ffffffffffffffff8211610072576024810190602436918460051b010111610072573033036101e6575f5b8281106100da57005b6100e581848461020e565b3573ffffffffffffffffffffffffffffffffffffffff8116810361007257602061011083868661020e565b01359061011e83868661020e565b604081013590601e198136030182121561007257019081359167ffffffffffffffff831161007257602001918036038313610072575f938493826040519384928337810185815203925af13d156101de573d9067ffffffffffffffff82116101ca5760405191601f8101601f19908116603f0116830167ffffffffffffffff8111848210176101ca5760405282523d5f602084013e5b156101c257506001016100d1565b602081519101fd5b634e487b7160e01b5f52604160045260245ffd5b6060906101b4565b7f29c3b7ee000000000000000000000000000000000000000000000000000000005f5260045ffd5b91908110156102305760051b81013590605e1981360301821215610072570190565b634e487b7160e01b5f52603260045260245ffd",
}

// PlainDelegate is an auto generated Go binding around an Ethereum contract.
type PlainDelegate struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PlainDelegate) GetABI() abi.ABI {
	return c.abi
}

// NewPlainDelegate creates a new instance of PlainDelegate.
func NewPlainDelegate() *PlainDelegate {
	parsed, err := PlainDelegateMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PlainDelegate{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PlainDelegate) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f707e6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute((address,uint256,bytes)[] calls) payable returns()
func (plainDelegate *PlainDelegate) PackExecute(calls []PlainDelegateCall) []byte {
	enc, err := plainDelegate.abi.Pack("execute", calls)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f707e6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute((address,uint256,bytes)[] calls) payable returns()
func (plainDelegate *PlainDelegate) TryPackExecute(calls []PlainDelegateCall) ([]byte, error) {
	return plainDelegate.abi.Pack("execute", calls)
}

// PackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function received() view returns(uint256)
func (plainDelegate *PlainDelegate) PackReceived() []byte {
	enc, err := plainDelegate.abi.Pack("received")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function received() view returns(uint256)
func (plainDelegate *PlainDelegate) TryPackReceived() ([]byte, error) {
	return plainDelegate.abi.Pack("received")
}

// UnpackReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (plainDelegate *PlainDelegate) UnpackReceived(data []byte) (*big.Int, error) {
	out, err := plainDelegate.abi.Unpack("received", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (plainDelegate *PlainDelegate) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], plainDelegate.abi.Errors["NotSelf"].ID.Bytes()[:4]) {
		return plainDelegate.UnpackNotSelfError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PlainDelegateNotSelf represents a NotSelf error raised by the PlainDelegate contract.
type PlainDelegateNotSelf struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSelf()
func PlainDelegateNotSelfErrorID() common.Hash {
	return common.HexToHash("0x29c3b7ee14a7adaa7fba7b043229509fe963f719303620e91e88c61c6b12de34")
}

// UnpackNotSelfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSelf()
func (plainDelegate *PlainDelegate) UnpackNotSelfError(raw []byte) (*PlainDelegateNotSelf, error) {
	out := new(PlainDelegateNotSelf)
	if err := plainDelegate.abi.UnpackIntoInterface(out, "NotSelf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimulationAwareTokenMetaData contains all meta data concerning the SimulationAwareToken contract.
var SimulationAwareTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"setTrapped\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"trapped\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "46c20b98ae398d292fcd62a5c4fac09dfe",
	Bin: "0x60a06040523461034a57604080519081016001600160401b03811182821017610252576040908152601682527f53696d756c6174696f6e20417761726520546f6b656e00000000000000000000602083015280519081016001600160401b0381118282101761025257604052600381526253494d60e81b602082015281516001600160401b03811161025257600354600181811c91168015610340575b602082101461023457601f81116102d2575b50602092601f821160011461027157928192935f92610266575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161025257600454600181811c91168015610248575b602082101461023457601f81116101c6575b50602091601f8211600114610166579181925f9261015b575b50508160011b915f199060031b1c1916176004555b60126080526040516107f5908161034f82396080518161038c0152f35b015190505f80610129565b601f1982169260045f52805f20915f5b8581106101ae57508360019510610196575b505050811b0160045561013e565b01515f1960f88460031b161c191690555f8080610188565b91926020600181928685015181550194019201610176565b818111156101105760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6020841061022c575b81601f9101920160051c03905f5b82811061021f575050610110565b5f82820155600101610211565b5f9150610203565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100fe565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100c8565b601f1982169360035f52805f20915f5b8681106102ba57508360019596106102a2575b505050811b016003556100dd565b01515f1960f88460031b161c191690555f8080610294565b91926020600181928685015181550194019201610281565b818111156100ae5760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610338575b81601f9101920160051c03905f5b82811061032b5750506100ae565b5f8282015560010161031d565b5f915061030f565b90607f169061009c565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde03146105cb57508063095ea7b31461054957806318160ddd1461052c57806323b872dd146103fc5780632f5092f6146103b0578063313ce5671461037357806340c10f19146102b857806370a082311461028157806395d89b4114610166578063a9059cbb14610135578063be2a8d84146100f85763dd62ed3e146100a0575f80fd5b346100f45760403660031901126100f4576100b96106c4565b6001600160a01b036100c96106da565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346100f45760203660031901126100f4576001600160a01b036101196106c4565b165f526005602052602060ff60405f2054166040519015158152f35b346100f45760403660031901126100f45761015b6101516106c4565b60243590336106f0565b602060405160018152f35b346100f4575f3660031901126100f4576040515f6004548060011c90600181168015610277575b6020831081146102635782855290811561024757506001146101f2575b50819003601f01601f191681019067ffffffffffffffff8211818310176101de576101da8291826040528261069a565b0390f35b634e487b7160e01b5f52604160045260245ffd5b905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5f905b828210610231575060209150820101826101aa565b600181602092548385880101520191019061021c565b90506020925060ff191682840152151560051b820101826101aa565b634e487b7160e01b5f52602260045260245ffd5b91607f169161018d565b346100f45760203660031901126100f4576001600160a01b036102a26106c4565b165f525f602052602060405f2054604051908152f35b346100f45760403660031901126100f4576102d16106c4565b6001600160a01b0316602435811561034757600254908082018092116103335760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b346100f4575f3660031901126100f457602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100f45760403660031901126100f4576103c96106c4565b602435908115158092036100f4576001600160a01b03165f52600560205260405f209060ff801983541691161790555f80f35b346100f45760603660031901126100f4576104156106c4565b61041d6106da565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f198110610460575b5061015b93506106f0565b8381106104f85784156104cc5733156104a05761015b945f52600160205260405f206001600160a01b0333165f526020528360405f209103905584610455565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b346100f4575f3660031901126100f4576020600254604051908152f35b346100f45760403660031901126100f4576105626106c4565b6024359033156104cc576001600160a01b03169081156104a057335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100f4575f3660031901126100f4575f6003548060011c90600181168015610690575b60208310811461026357828552908115610247575060011461063b5750819003601f01601f191681019067ffffffffffffffff8211818310176101de576101da8291826040528261069a565b905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5f905b82821061067a575060209150820101826101aa565b6001816020925483858801015201910190610665565b91607f16916105ef565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036100f457565b602435906001600160a01b03821682036100f457565b6001600160a01b03169081156107c9576001600160a01b031691821561034757825f52600560205260ff60405f205416806107c0575b6107ba57815f525f60205260405f205481811061078857817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b5b6107bb565b503a1515610726565b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd",
}

// SimulationAwareToken is an auto generated Go binding around an Ethereum contract.
type SimulationAwareToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SimulationAwareToken) GetABI() abi.ABI {
	return c.abi
}

// NewSimulationAwareToken creates a new instance of SimulationAwareToken.
func NewSimulationAwareToken() *SimulationAwareToken {
	parsed, err := SimulationAwareTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SimulationAwareToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SimulationAwareToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (simulationAwareToken *SimulationAwareToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := simulationAwareToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (simulationAwareToken *SimulationAwareToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return simulationAwareToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (simulationAwareToken *SimulationAwareToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := simulationAwareToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (simulationAwareToken *SimulationAwareToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := simulationAwareToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (simulationAwareToken *SimulationAwareToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return simulationAwareToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (simulationAwareToken *SimulationAwareToken) UnpackApprove(data []byte) (bool, error) {
	out, err := simulationAwareToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (simulationAwareToken *SimulationAwareToken) PackBalanceOf(account common.Address) []byte {
	enc, err := simulationAwareToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (simulationAwareToken *SimulationAwareToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return simulationAwareToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (simulationAwareToken *SimulationAwareToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := simulationAwareToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (simulationAwareToken *SimulationAwareToken) PackDecimals() []byte {
	enc, err := simulationAwareToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (simulationAwareToken *SimulationAwareToken) TryPackDecimals() ([]byte, error) {
	return simulationAwareToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (simulationAwareToken *SimulationAwareToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := simulationAwareToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (simulationAwareToken *SimulationAwareToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := simulationAwareToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (simulationAwareToken *SimulationAwareToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return simulationAwareToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (simulationAwareToken *SimulationAwareToken) PackName() []byte {
	enc, err := simulationAwareToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (simulationAwareToken *SimulationAwareToken) TryPackName() ([]byte, error) {
	return simulationAwareToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (simulationAwareToken *SimulationAwareToken) UnpackName(data []byte) (string, error) {
	out, err := simulationAwareToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSetTrapped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f5092f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTrapped(address account, bool on) returns()
func (simulationAwareToken *SimulationAwareToken) PackSetTrapped(account common.Address, on bool) []byte {
	enc, err := simulationAwareToken.abi.Pack("setTrapped", account, on)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTrapped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f5092f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTrapped(address account, bool on) returns()
func (simulationAwareToken *SimulationAwareToken) TryPackSetTrapped(account common.Address, on bool) ([]byte, error) {
	return simulationAwareToken.abi.Pack("setTrapped", account, on)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (simulationAwareToken *SimulationAwareToken) PackSymbol() []byte {
	enc, err := simulationAwareToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (simulationAwareToken *SimulationAwareToken) TryPackSymbol() ([]byte, error) {
	return simulationAwareToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (simulationAwareToken *SimulationAwareToken) UnpackSymbol(data []byte) (string, error) {
	out, err := simulationAwareToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (simulationAwareToken *SimulationAwareToken) PackTotalSupply() []byte {
	enc, err := simulationAwareToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (simulationAwareToken *SimulationAwareToken) TryPackTotalSupply() ([]byte, error) {
	return simulationAwareToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (simulationAwareToken *SimulationAwareToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := simulationAwareToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (simulationAwareToken *SimulationAwareToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := simulationAwareToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (simulationAwareToken *SimulationAwareToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return simulationAwareToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (simulationAwareToken *SimulationAwareToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := simulationAwareToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (simulationAwareToken *SimulationAwareToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := simulationAwareToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (simulationAwareToken *SimulationAwareToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return simulationAwareToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (simulationAwareToken *SimulationAwareToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := simulationAwareToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTrapped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe2a8d84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trapped(address ) view returns(bool)
func (simulationAwareToken *SimulationAwareToken) PackTrapped(arg0 common.Address) []byte {
	enc, err := simulationAwareToken.abi.Pack("trapped", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrapped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe2a8d84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trapped(address ) view returns(bool)
func (simulationAwareToken *SimulationAwareToken) TryPackTrapped(arg0 common.Address) ([]byte, error) {
	return simulationAwareToken.abi.Pack("trapped", arg0)
}

// UnpackTrapped is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe2a8d84.
//
// Solidity: function trapped(address ) view returns(bool)
func (simulationAwareToken *SimulationAwareToken) UnpackTrapped(data []byte) (bool, error) {
	out, err := simulationAwareToken.abi.Unpack("trapped", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// SimulationAwareTokenApproval represents a Approval event raised by the SimulationAwareToken contract.
type SimulationAwareTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SimulationAwareTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (SimulationAwareTokenApproval) ContractEventName() string {
	return SimulationAwareTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (simulationAwareToken *SimulationAwareToken) UnpackApprovalEvent(log *types.Log) (*SimulationAwareTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simulationAwareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimulationAwareTokenApproval)
	if len(log.Data) > 0 {
		if err := simulationAwareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simulationAwareToken.abi.Events[event].Inputs {
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

// SimulationAwareTokenTransfer represents a Transfer event raised by the SimulationAwareToken contract.
type SimulationAwareTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const SimulationAwareTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (SimulationAwareTokenTransfer) ContractEventName() string {
	return SimulationAwareTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (simulationAwareToken *SimulationAwareToken) UnpackTransferEvent(log *types.Log) (*SimulationAwareTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != simulationAwareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SimulationAwareTokenTransfer)
	if len(log.Data) > 0 {
		if err := simulationAwareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range simulationAwareToken.abi.Events[event].Inputs {
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
func (simulationAwareToken *SimulationAwareToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], simulationAwareToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return simulationAwareToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], simulationAwareToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return simulationAwareToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], simulationAwareToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return simulationAwareToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], simulationAwareToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return simulationAwareToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], simulationAwareToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return simulationAwareToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], simulationAwareToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return simulationAwareToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SimulationAwareTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the SimulationAwareToken contract.
type SimulationAwareTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func SimulationAwareTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (simulationAwareToken *SimulationAwareToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*SimulationAwareTokenERC20InsufficientAllowance, error) {
	out := new(SimulationAwareTokenERC20InsufficientAllowance)
	if err := simulationAwareToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimulationAwareTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the SimulationAwareToken contract.
type SimulationAwareTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func SimulationAwareTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (simulationAwareToken *SimulationAwareToken) UnpackERC20InsufficientBalanceError(raw []byte) (*SimulationAwareTokenERC20InsufficientBalance, error) {
	out := new(SimulationAwareTokenERC20InsufficientBalance)
	if err := simulationAwareToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimulationAwareTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the SimulationAwareToken contract.
type SimulationAwareTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func SimulationAwareTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (simulationAwareToken *SimulationAwareToken) UnpackERC20InvalidApproverError(raw []byte) (*SimulationAwareTokenERC20InvalidApprover, error) {
	out := new(SimulationAwareTokenERC20InvalidApprover)
	if err := simulationAwareToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimulationAwareTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the SimulationAwareToken contract.
type SimulationAwareTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func SimulationAwareTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (simulationAwareToken *SimulationAwareToken) UnpackERC20InvalidReceiverError(raw []byte) (*SimulationAwareTokenERC20InvalidReceiver, error) {
	out := new(SimulationAwareTokenERC20InvalidReceiver)
	if err := simulationAwareToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimulationAwareTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the SimulationAwareToken contract.
type SimulationAwareTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func SimulationAwareTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (simulationAwareToken *SimulationAwareToken) UnpackERC20InvalidSenderError(raw []byte) (*SimulationAwareTokenERC20InvalidSender, error) {
	out := new(SimulationAwareTokenERC20InvalidSender)
	if err := simulationAwareToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SimulationAwareTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the SimulationAwareToken contract.
type SimulationAwareTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func SimulationAwareTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (simulationAwareToken *SimulationAwareToken) UnpackERC20InvalidSpenderError(raw []byte) (*SimulationAwareTokenERC20InvalidSpender, error) {
	out := new(SimulationAwareTokenERC20InvalidSpender)
	if err := simulationAwareToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestActorMetaData contains all meta data concerning the TestActor contract.
var TestActorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Rejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumTestActor.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterTarget\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumTestActor.Mode\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setReenter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "5da2796dfebedf800f6b6a97471214614b",
	Bin: "0x60a0601f610c5838819003918201601f19168301916001600160401b03831184841017607457808492602094604052833981010312607057516001600160a01b0381168103607057608052604051610bcf908161008982396080518181816102d7015281816105b9015261061c0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610022575b3615610018575f80fd5b6100206109ff565b005b5f3560e01c806302bcc1dd146100d15780631626ba7e146100cc57806321175b4a146100c7578063295a5212146100c25780633f09775e146100bd57806383a6deb5146100b85780638ae45e4a146100b35780638da5cb5b146100ae578063b61d27f6146100a9578063cc6e8454146100a45763e150ef490361000e576106d3565b6106ab565b6105dd565b61059a565b6104c0565b61040b565b6103e9565b6103c1565b610376565b61028d565b61011e565b600435906001600160a01b03821682036100ec57565b5f80fd5b9181601f840112156100ec5782359167ffffffffffffffff83116100ec57602083818601950101116100ec57565b346100ec5760403660031901126100ec576101376100d6565b60243567ffffffffffffffff81116100ec576101579036906004016100f0565b9091610169600460ff195f5416175f55565b7fffffffffffffffffffffff0000000000000000000000000000000000000000ff74ffffffffffffffffffffffffffffffffffffffff005f549260081b169116175f5567ffffffffffffffff8111610288576101cf816101ca600154610428565b610778565b5f601f821160011461020c5781906101fc935f92610201575b50508160011b915f199060031b1c19161790565b600155005b013590505f806101e8565b60015f52601f198216927fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f5b85811061027057508360019510610257575b505050811b01600155005b01355f19600384901b60f8161c191690555f808061024c565b9092602060018192868601358155019401910161023a565b610460565b346100ec5760403660031901126100ec5760243567ffffffffffffffff81116100ec576102c16102ca9136906004016100f0565b90600435610b0e565b50506001600160a01b03807f0000000000000000000000000000000000000000000000000000000000000000169116145f14610350577f1626ba7e000000000000000000000000000000000000000000000000000000005b6040517fffffffff000000000000000000000000000000000000000000000000000000009091168152602090f35b7fffffffff00000000000000000000000000000000000000000000000000000000610322565b346100ec5760203660031901126100ec5760043560068110156100ec5760ff80195f54169116175f555f80f35b600611156103ad57565b634e487b7160e01b5f52602160045260245ffd5b346100ec575f3660031901126100ec5760ff5f541660405160068210156103ad576020918152f35b346100ec575f3660031901126100ec57602060ff600254166040519015158152f35b346100ec575f3660031901126100ec576020600454604051908152f35b90600182811c92168015610456575b602083101461044257565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610437565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761028857604052565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b346100ec575f3660031901126100ec576040515f6003546104e081610428565b80845290600181169081156105765750600114610518575b6105148361050881850382610474565b60405191829182610496565b0390f35b60035f9081527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b939250905b80821061055c575090915081016020016105086104f8565b919260018160209254838588010152019101909291610544565b60ff191660208086019190915291151560051b8401909101915061050890506104f8565b346100ec575f3660031901126100ec5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b60603660031901126100ec576105f16100d6565b60443567ffffffffffffffff81116100ec576106119036906004016100f0565b916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361068357825f93928493604051928392833781018481520391602435905af1610665610835565b901561067b576105149060405191829182610496565b602081519101fd5b7f30cd7471000000000000000000000000000000000000000000000000000000005f5260045ffd5b346100ec575f3660031901126100ec5760206001600160a01b035f5460081c16604051908152f35b346100ec575f3660031901126100ec576040515f6001546106f381610428565b8084529060018116908115610576575060011461071a576105148361050881850382610474565b60015f9081527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b80821061075e575090915081016020016105086104f8565b919260018160209254838588010152019101909291610746565b90601f8211610785575050565b808211610790575050565b60015f5260205f206020601f830160051c92106107cf575b81601f9101920160051c03905f5b8281106107c257505050565b5f828201556001016107b6565b5f91506107a8565b919091601f83116107e8575b505050565b8183116107f457505050565b5f5260205f206020601f830160051c921061082d575b81601f9101920160051c03905f5b828110156107e3575f82820155600101610818565b5f915061080a565b3d1561086f573d9067ffffffffffffffff82116102885760405191610864601f8201601f191660200184610474565b82523d5f602084013e565b606090565b6001545f929161088382610428565b91600181169081156108e9575060011461089b575050565b60015f90815292935090917fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b8382106108d55750500190565b6001816020925484860152019101906108c8565b60ff1916825250811515909102019150565b90815167ffffffffffffffff8111610288576109238161091c600354610428565b60036107d7565b602092601f821160011461096257610952929382915f926109575750508160011b915f199060031b1c19161790565b600355565b015190505f806101e8565b60035f52601f198216937fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f5b8681106109c657508360019596106109ae575b505050811b01600355565b01515f1960f88460031b161c191690555f80806109a3565b91926020600181928685015181550194019201610990565b919082018092116109eb57565b634e487b7160e01b5f52601160045260245ffd5b5f5460ff8116610a0e816103a3565b60018114610ae657610a1f816103a3565b600281148015610ac9575b610ac357610a37816103a3565b60038114610abc5780610a4b6004926103a3565b14610a68575b50610a66610a61346004546109de565b600455565b565b5f80610a81610ab6936001600160a01b039060081c1690565b6040518281610a8f81610874565b03925af1610ab1610a9e610835565b9160ff8019600254169115151617600255565b6108fb565b5f610a51565b620f42405ff35b5b610ac4565b50610ad3816103a3565b600581148015610a2a57503a1515610a2a565b7fefde6dcf000000000000000000000000000000000000000000000000000000005f5260045ffd5b9060418303610b3857610b319250602081013591604082359201355f1a90610b42565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411610bc4579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610bb9575f516001600160a01b03811615610baf57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
}

// TestActor is an auto generated Go binding around an Ethereum contract.
type TestActor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestActor) GetABI() abi.ABI {
	return c.abi
}

// NewTestActor creates a new instance of TestActor.
func NewTestActor() *TestActor {
	parsed, err := TestActorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestActor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestActor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) payable returns()
func (testActor *TestActor) PackConstructor(owner_ common.Address) []byte {
	enc, err := testActor.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb61d27f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, uint256 value, bytes data) payable returns(bytes)
func (testActor *TestActor) PackExecute(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := testActor.abi.Pack("execute", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb61d27f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, uint256 value, bytes data) payable returns(bytes)
func (testActor *TestActor) TryPackExecute(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return testActor.abi.Pack("execute", target, value, data)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) payable returns(bytes)
func (testActor *TestActor) UnpackExecute(data []byte) ([]byte, error) {
	out, err := testActor.abi.Unpack("execute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 hash, bytes sig) view returns(bytes4)
func (testActor *TestActor) PackIsValidSignature(hash [32]byte, sig []byte) []byte {
	enc, err := testActor.abi.Pack("isValidSignature", hash, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 hash, bytes sig) view returns(bytes4)
func (testActor *TestActor) TryPackIsValidSignature(hash [32]byte, sig []byte) ([]byte, error) {
	return testActor.abi.Pack("isValidSignature", hash, sig)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes sig) view returns(bytes4)
func (testActor *TestActor) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := testActor.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (testActor *TestActor) PackMode() []byte {
	enc, err := testActor.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (testActor *TestActor) TryPackMode() ([]byte, error) {
	return testActor.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (testActor *TestActor) UnpackMode(data []byte) (uint8, error) {
	out, err := testActor.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (testActor *TestActor) PackOwner() []byte {
	enc, err := testActor.abi.Pack("owner")
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
func (testActor *TestActor) TryPackOwner() ([]byte, error) {
	return testActor.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (testActor *TestActor) UnpackOwner(data []byte) (common.Address, error) {
	out, err := testActor.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function received() view returns(uint256)
func (testActor *TestActor) PackReceived() []byte {
	enc, err := testActor.abi.Pack("received")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function received() view returns(uint256)
func (testActor *TestActor) TryPackReceived() ([]byte, error) {
	return testActor.abi.Pack("received")
}

// UnpackReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (testActor *TestActor) UnpackReceived(data []byte) (*big.Int, error) {
	out, err := testActor.abi.Unpack("received", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterData() view returns(bytes)
func (testActor *TestActor) PackReenterData() []byte {
	enc, err := testActor.abi.Pack("reenterData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterData() view returns(bytes)
func (testActor *TestActor) TryPackReenterData() ([]byte, error) {
	return testActor.abi.Pack("reenterData")
}

// UnpackReenterData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe150ef49.
//
// Solidity: function reenterData() view returns(bytes)
func (testActor *TestActor) UnpackReenterData(data []byte) ([]byte, error) {
	out, err := testActor.abi.Unpack("reenterData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReenterError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ae45e4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterError() view returns(bytes)
func (testActor *TestActor) PackReenterError() []byte {
	enc, err := testActor.abi.Pack("reenterError")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ae45e4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterError() view returns(bytes)
func (testActor *TestActor) TryPackReenterError() ([]byte, error) {
	return testActor.abi.Pack("reenterError")
}

// UnpackReenterError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ae45e4a.
//
// Solidity: function reenterError() view returns(bytes)
func (testActor *TestActor) UnpackReenterError(data []byte) ([]byte, error) {
	out, err := testActor.abi.Unpack("reenterError", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterTarget() view returns(address)
func (testActor *TestActor) PackReenterTarget() []byte {
	enc, err := testActor.abi.Pack("reenterTarget")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterTarget() view returns(address)
func (testActor *TestActor) TryPackReenterTarget() ([]byte, error) {
	return testActor.abi.Pack("reenterTarget")
}

// UnpackReenterTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc6e8454.
//
// Solidity: function reenterTarget() view returns(address)
func (testActor *TestActor) UnpackReenterTarget(data []byte) (common.Address, error) {
	out, err := testActor.abi.Unpack("reenterTarget", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentered() view returns(bool)
func (testActor *TestActor) PackReentered() []byte {
	enc, err := testActor.abi.Pack("reentered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentered() view returns(bool)
func (testActor *TestActor) TryPackReentered() ([]byte, error) {
	return testActor.abi.Pack("reentered")
}

// UnpackReentered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (testActor *TestActor) UnpackReentered(data []byte) (bool, error) {
	out, err := testActor.abi.Unpack("reentered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 m) returns()
func (testActor *TestActor) PackSetMode(m uint8) []byte {
	enc, err := testActor.abi.Pack("setMode", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 m) returns()
func (testActor *TestActor) TryPackSetMode(m uint8) ([]byte, error) {
	return testActor.abi.Pack("setMode", m)
}

// PackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testActor *TestActor) PackSetReenter(target common.Address, data []byte) []byte {
	enc, err := testActor.abi.Pack("setReenter", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testActor *TestActor) TryPackSetReenter(target common.Address, data []byte) ([]byte, error) {
	return testActor.abi.Pack("setReenter", target, data)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testActor *TestActor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testActor.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return testActor.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], testActor.abi.Errors["Rejected"].ID.Bytes()[:4]) {
		return testActor.UnpackRejectedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestActorNotOwner represents a NotOwner error raised by the TestActor contract.
type TestActorNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func TestActorNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (testActor *TestActor) UnpackNotOwnerError(raw []byte) (*TestActorNotOwner, error) {
	out := new(TestActorNotOwner)
	if err := testActor.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestActorRejected represents a Rejected error raised by the TestActor contract.
type TestActorRejected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rejected()
func TestActorRejectedErrorID() common.Hash {
	return common.HexToHash("0xefde6dcf3c2196c5705e848c09f0659d33de3ca0248be3ab40852d1bafc0f1e3")
}

// UnpackRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rejected()
func (testActor *TestActor) UnpackRejectedError(raw []byte) (*TestActorRejected, error) {
	out := new(TestActorRejected)
	if err := testActor.abi.UnpackIntoInterface(out, "Rejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}
