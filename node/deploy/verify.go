package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/contracts"
)

// ErrVerify is returned (wrapped) when the code at a deployment's address, or one of its immutables, is not
// what this version of the contracts deploys.
var ErrVerify = errors.New("deployment does not verify")

// VerifyCode checks code read from a chain against the compiled runtime of contract (contracts.Escrow or
// contracts.Extension): the same bytes outside the immutables, whose values are checked through the
// escrow's getters (see EnsureEscrow). A mismatch wraps ErrVerify.
func VerifyCode(contract string, code []byte) error {
	rt, err := contracts.LoadRuntime(contract)
	if err != nil {
		return err
	}
	if err := rt.Check(code); err != nil {
		return fmt.Errorf("%w: %v", ErrVerify, err)
	}
	return nil
}

// verifyEscrow checks the escrow at esc as of block at (nil: the latest): the extension's code and the
// escrow's against the compiled runtimes, then the escrow's immutables and owner through its getters:
// extension() must be ext and owner() must be owner. It returns deployBlock(), for the caller to check or
// record. Mismatches wrap ErrVerify; other errors are failed reads.
func verifyEscrow(ctx context.Context, c bind.ContractCaller, esc, ext, owner common.Address, at *big.Int) (uint64, error) {
	for _, x := range []struct {
		name string
		addr common.Address
	}{{contracts.Extension, ext}, {contracts.Escrow, esc}} {
		code, err := c.CodeAt(ctx, x.addr, at)
		if err != nil {
			return 0, fmt.Errorf("read code of %s: %w", x.addr, err)
		}
		if err := VerifyCode(x.name, code); err != nil {
			return 0, fmt.Errorf("%s at %s: %w", x.name, x.addr, err)
		}
	}
	got, err := callAddress(ctx, c, esc, at, "extension()", escrowABI.PackExtension(), escrowABI.UnpackExtension)
	if err != nil {
		return 0, err
	}
	if got != ext {
		return 0, fmt.Errorf("%w: escrow %s: extension() is %s, not %s", ErrVerify, esc, got, ext)
	}
	if got, err = callAddress(ctx, c, esc, at, "owner()", escrowABI.PackOwner(), escrowABI.UnpackOwner); err != nil {
		return 0, err
	}
	if got != owner {
		return 0, fmt.Errorf("%w: escrow %s: owner() is %s, not %s (was its ownership transferred?)", ErrVerify, esc, got, owner)
	}
	return deployBlockAt(ctx, c, esc, at)
}

func callAddress(ctx context.Context, c bind.ContractCaller, to common.Address, at *big.Int, what string, data []byte,
	unpack func([]byte) (common.Address, error)) (common.Address, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, at)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s of %s: %w", what, to, err)
	}
	a, err := unpack(out)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %s of %s: %v", ErrVerify, what, to, err)
	}
	return a, nil
}

// verifyCreated checks a freshly created escrow as of its creation block: verifyEscrow, and deployBlock()
// must be that block. A node behind a load balancer may not serve the block for a moment after the receipt
// appeared, so failed reads are retried (a few times, briefly) before they count; a mismatch fails at once.
func verifyCreated(ctx context.Context, c bind.ContractCaller, esc, ext, owner common.Address, block uint64) error {
	at := new(big.Int).SetUint64(block)
	return settle(ctx, func() error {
		got, err := verifyEscrow(ctx, c, esc, ext, owner, at)
		if err != nil {
			return err
		}
		return checkBlock(esc, got, block)
	})
}

func checkBlock(esc common.Address, got, block uint64) error {
	if got != block {
		return fmt.Errorf("%w: escrow %s says it was deployed in block %d, but it was created in block %d", ErrVerify, esc, got, block)
	}
	return nil
}

// settle runs read until it succeeds, fails with ErrVerify (a mismatch: final), or has failed 20 times
// (backing off from pollStart to pollMax), and returns its last error.
func settle(ctx context.Context, read func() error) error {
	const attempts = 20
	delay := pollStart
	var lastErr error
	for range attempts {
		lastErr = read()
		if lastErr == nil || errors.Is(lastErr, ErrVerify) {
			return lastErr
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			return fmt.Errorf("read back the deployment: %w (last error: %v)", ctx.Err(), lastErr)
		case <-timer.C:
		}
		delay = min(delay*2, pollMax)
	}
	return fmt.Errorf("read back the deployment: %w", lastErr)
}
