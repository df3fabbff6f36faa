package deploy

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hongbao/hongbao/bindings/escrow"
)

// Deterministic deployment (rules §5b). The escrow and its extension are created with CREATE2 by the
// deterministic deployment proxy, so their addresses follow from the code alone: the extension (no
// constructor arguments) has the same address on every chain, and the escrow's depends only on its owner
// (its constructor takes the owner and the extension).
var (
	// Proxy is Arachnid's deterministic deployment proxy (https://github.com/Arachnid/deterministic-deployment-proxy):
	// called with a 32-byte salt followed by init code, it creates the contract with CREATE2 and returns its
	// 20-byte address. It is on most EVM chains, in Anvil and Hardhat, and in the genesis of `hongbao devnet`
	// and of the simulated chains of the tests.
	Proxy = params.DeterministicFactoryAddress
	// ProxyCode is the proxy's runtime code.
	ProxyCode = params.DeterministicFactoryCode
	// Salt is the CREATE2 salt of every hongbao deployment, fixed so that addresses never depend on who sends
	// or when: keccak256("hongbao") = 0xd48302347c6f26c2fd4d80797878587d3d73b76516b259d0f7338f91a15ab6a7.
	Salt = common.HexToHash("0xd48302347c6f26c2fd4d80797878587d3d73b76516b259d0f7338f91a15ab6a7")
)

// ErrNoProxy is returned (wrapped) when the chain has no deterministic deployment proxy. Nothing was sent.
var ErrNoProxy = errors.New("no deterministic deployment proxy")

// PredictEscrow returns where DeployEscrow puts the escrow owned by owner, and its extension, on any chain
// (pure CREATE2 arithmetic: no chain is asked).
func PredictEscrow(owner common.Address) (esc, extension common.Address) {
	return PredictEscrowWithSalt(owner, Salt)
}

// PredictEscrowWithSalt is PredictEscrow for an escrow created with another salt (the extension always has
// Salt). Only tests that need several escrows of one owner on one chain use another salt.
func PredictEscrowWithSalt(owner common.Address, salt common.Hash) (esc, extension common.Address) {
	extension = create2Address(Salt, extensionInitCode())
	return create2Address(salt, escrowInitCode(owner, extension)), extension
}

func extensionInitCode() []byte { return common.FromHex(escrow.HongbaoAdminMetaData.Bin) }

func escrowInitCode(owner, extension common.Address) []byte {
	return append(common.FromHex(escrow.HongbaoEscrowMetaData.Bin), escrowABI.PackConstructor(owner, extension)...)
}

// EscrowConstructorArgs are the ABI-encoded constructor arguments of owner's escrow (owner, extension), as
// explorers ask for them when they verify the source.
func EscrowConstructorArgs(owner common.Address) []byte {
	_, ext := PredictEscrow(owner)
	return escrowABI.PackConstructor(owner, ext)
}

func create2Address(salt common.Hash, initCode []byte) common.Address {
	return crypto.CreateAddress2(Proxy, salt, crypto.Keccak256(initCode))
}

// checkProxy fails with ErrNoProxy unless the proxy's code is at its address.
func checkProxy(ctx context.Context, b Backend) error {
	code, err := b.CodeAt(ctx, Proxy, nil)
	if err != nil {
		return fmt.Errorf("read code of the deterministic deployment proxy %s: %w", Proxy, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w at %s on this chain: nothing was sent. Have it deployed first: fund its deployer "+
			"0x3fab184622dc19b6109349b94811493bf2a45362 with 0.01 ETH (gas price 100 gwei, gas 100,000) and send its "+
			"presigned transaction with eth_sendRawTransaction, see https://github.com/Arachnid/deterministic-deployment-proxy "+
			"(on chains that require EIP-155 replay protection, ask the chain's operators: many predeploy it)", ErrNoProxy, Proxy)
	}
	if !bytes.Equal(code, ProxyCode) {
		return fmt.Errorf("%w: %s holds other code (%d bytes) on this chain; nothing was sent", ErrNoProxy, Proxy, len(code))
	}
	return nil
}

// create2 sends initCode with salt to the proxy, which creates it with CREATE2 at
// create2Address(salt, initCode), and waits for the receipt. The proxy reverts when the creation fails (the
// gas estimate then fails, and nothing is sent).
func (d *Deployer) create2(ctx context.Context, what string, salt common.Hash, initCode []byte) (*types.Receipt, error) {
	to := Proxy
	data := append(append(make([]byte, 0, len(salt)+len(initCode)), salt[:]...), initCode...)
	p, err := d.send(ctx, what, &to, data, escrowABI.UnpackError)
	if err != nil {
		return nil, err
	}
	return d.wait(ctx, what, p)
}
