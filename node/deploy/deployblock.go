package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// ErrNoContract is returned (wrapped) when an address that should hold the escrow has no code.
var ErrNoContract = errors.New("no contract at this address")

// DeployBlock reads, from the escrow at addr itself, the block it was deployed in (its deployBlock(), rules
// §5b). A tool given an escrow address but no deployment file starts its log scans there, never at block 0.
func DeployBlock(ctx context.Context, caller bind.ContractCaller, addr common.Address) (uint64, error) {
	return deployBlockAt(ctx, caller, addr, nil)
}

// ScanStart returns the first block whose logs can concern the escrow at addr: the Block of d when d is the
// deployment of that escrow, otherwise the escrow's own deployBlock(). d may be nil (no deployment file, as
// with `--escrow ADDR` on a chain this machine never deployed to).
func ScanStart(ctx context.Context, caller bind.ContractCaller, d *Deployment, addr common.Address) (uint64, error) {
	if d != nil && d.Escrow == addr && d.Block != 0 {
		return d.Block, nil
	}
	return DeployBlock(ctx, caller, addr)
}

// deployBlockAt reads deployBlock() of the escrow at addr as of block at (nil: the latest block).
func deployBlockAt(ctx context.Context, caller bind.ContractCaller, addr common.Address, at *big.Int) (uint64, error) {
	code, err := caller.CodeAt(ctx, addr, at)
	if err != nil {
		return 0, fmt.Errorf("read code of %s: %w", addr, err)
	}
	if len(code) == 0 {
		return 0, fmt.Errorf("escrow %s: %w", addr, ErrNoContract)
	}
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: escrowABI.PackDeployBlock()}, at)
	if err != nil {
		return 0, fmt.Errorf("deployBlock() of %s (is it a hongbao escrow?): %w", addr, err)
	}
	n, err := escrowABI.UnpackDeployBlock(out)
	if err != nil {
		return 0, fmt.Errorf("deployBlock() of %s (is it a hongbao escrow?): %w", addr, err)
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("deployBlock() of %s is %s, not a block number", addr, n)
	}
	return n.Uint64(), nil
}
