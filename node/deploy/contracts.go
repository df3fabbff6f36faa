package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/contracts"
)

// Backend is what deploying and configuring needs: *ethclient.Client and simulated.Client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

var (
	escrowABI = escrow.NewHongbaoEscrow()
	tokenABI  = tokens.NewTestStablecoin()
)

// RevertError is a transaction that the chain rejected with revert data, decoded when the data is one of the
// contract's custom errors.
type RevertError struct {
	Data    []byte
	Decoded any // e.g. *escrow.HongbaoEscrowOwnableUnauthorizedAccount; nil when the data is not a known error
	Err     error
}

func (e *RevertError) Error() string {
	if e.Decoded != nil {
		name := fmt.Sprintf("%T", e.Decoded)
		name = name[strings.LastIndex(name, ".")+1:]
		return fmt.Sprintf("reverted: %s%+v: %v", name, e.Decoded, e.Err)
	}
	return fmt.Sprintf("reverted (data 0x%x): %v", e.Data, e.Err)
}

func (e *RevertError) Unwrap() error { return e.Err }

// DeployEscrow deploys HongbaoEscrow owned (policy admin) by key's address, through the deterministic
// deployment proxy, and returns its address (PredictEscrow's) and the block that created it. When the escrow
// is already there it is verified and returned with nothing sent. See Deployer.EnsureEscrow. A deployment of
// several steps should make one Deployer and call its methods instead.
func DeployEscrow(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (common.Address, uint64, error) {
	d, err := NewDeployer(ctx, b, key)
	if err != nil {
		return common.Address{}, 0, err
	}
	return d.DeployEscrow(ctx)
}

// DeployEscrow deploys HongbaoEscrow owned (policy admin) by the Deployer's key, or finds it deployed; see
// EnsureEscrow.
func (d *Deployer) DeployEscrow(ctx context.Context) (common.Address, uint64, error) {
	r, err := d.EnsureEscrow(ctx, Salt)
	if err != nil {
		return common.Address{}, 0, err
	}
	return r.Escrow, r.Block, nil
}

// EscrowDeployment is what EnsureEscrow found or did.
type EscrowDeployment struct {
	Escrow, Extension common.Address
	// Block is the block that created the escrow, as its deployBlock() says.
	Block uint64
	// Existed: the escrow was already at its address, and verified; nothing was sent.
	Existed bool
	// Sent counts the transactions sent: 0 (it existed), 1 (the extension existed) or 2.
	Sent int
	// Receipt is the receipt of the escrow's creation; nil when it existed.
	Receipt *types.Receipt
}

// EnsureEscrow makes sure the escrow owned by the Deployer's key is at PredictEscrowWithSalt(owner, salt)
// (salt is Salt except in tests that need several escrows of one owner), on any chain with the
// deterministic deployment proxy:
//
//   - no proxy on the chain: ErrNoProxy, and nothing is sent;
//   - code already at the escrow's address: it is verified (below) and returned with its deployBlock(),
//     nothing is sent;
//   - otherwise the extension is created through the proxy unless it is already there (its code verified
//     first), then the escrow; the escrow is verified as of its creation block, and its deployBlock() must be
//     that block.
//
// Verifying means: the code of the escrow and of the extension equals the compiled runtime (embedded from
// contracts/out) outside the immutables, and the escrow's getters give the immutables and owner expected:
// extension() and owner(). A mismatch wraps ErrVerify.
func (d *Deployer) EnsureEscrow(ctx context.Context, salt common.Hash) (*EscrowDeployment, error) {
	if err := checkProxy(ctx, d.b); err != nil {
		return nil, err
	}
	owner := d.Address()
	esc, ext := PredictEscrowWithSalt(owner, salt)
	res := &EscrowDeployment{Escrow: esc, Extension: ext}
	code, err := d.b.CodeAt(ctx, esc, nil)
	if err != nil {
		return nil, fmt.Errorf("read code of %s: %w", esc, err)
	}
	if len(code) > 0 {
		if res.Block, err = verifyEscrow(ctx, d.b, esc, ext, owner, nil); err != nil {
			return nil, fmt.Errorf("the escrow is already deployed at %s, but: %w", esc, err)
		}
		res.Existed = true
		return res, nil
	}
	code, err = d.b.CodeAt(ctx, ext, nil)
	if err != nil {
		return nil, fmt.Errorf("read code of %s: %w", ext, err)
	}
	if len(code) > 0 {
		if err := VerifyCode(contracts.Extension, code); err != nil {
			return nil, fmt.Errorf("the escrow extension is already deployed at %s, but: %w", ext, err)
		}
	} else {
		if _, err := d.create2(ctx, "deploy escrow extension", Salt, extensionInitCode()); err != nil {
			return nil, err
		}
		res.Sent++
	}
	r, err := d.create2(ctx, "deploy escrow", salt, escrowInitCode(owner, ext))
	if err != nil {
		return nil, err
	}
	res.Sent++
	res.Block, res.Receipt = r.BlockNumber.Uint64(), r
	if err := verifyCreated(ctx, d.b, esc, ext, owner, res.Block); err != nil {
		return nil, fmt.Errorf("deploy escrow: %w", err)
	}
	return res, nil
}

// DeployTestStablecoin deploys tCNY (2 decimals, owner-minted) owned by key's address.
func DeployTestStablecoin(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (common.Address, error) {
	d, err := NewDeployer(ctx, b, key)
	if err != nil {
		return common.Address{}, err
	}
	return d.DeployTestStablecoin(ctx)
}

// DeployTestStablecoin deploys tCNY (2 decimals, owner-minted) owned by the Deployer's key.
func (d *Deployer) DeployTestStablecoin(ctx context.Context) (common.Address, error) {
	code := append(common.FromHex(tokens.TestStablecoinMetaData.Bin), tokenABI.PackConstructor(d.Address())...)
	addr, _, err := d.create(ctx, "deploy tCNY", code, tokenABI.UnpackError)
	return addr, err
}

// MintTestStablecoin mints amount base units of the test stablecoin at token to each address in to. key must
// be the token's owner. The mints are sent back to back and then awaited, so a dev chain mines them together.
func MintTestStablecoin(ctx context.Context, b Backend, key *ecdsa.PrivateKey, token common.Address, to []common.Address, amount *big.Int) error {
	if err := checkAmount(amount); err != nil || len(to) == 0 {
		return err
	}
	d, err := NewDeployer(ctx, b, key)
	if err != nil {
		return err
	}
	return d.MintTestStablecoin(ctx, token, to, amount)
}

// MintTestStablecoin mints amount base units of the test stablecoin at token to each address in to; the
// Deployer's key must be the token's owner. See the function MintTestStablecoin.
func (d *Deployer) MintTestStablecoin(ctx context.Context, token common.Address, to []common.Address, amount *big.Int) error {
	if err := checkAmount(amount); err != nil {
		return err
	}
	calls := make([]call, len(to))
	for i, addr := range to {
		calls[i] = call{what: fmt.Sprintf("mint to %s", addr), to: token, data: tokenABI.PackMint(addr, amount),
			unpack: tokenABI.UnpackError}
	}
	return d.sendAll(ctx, calls)
}

func checkAmount(amount *big.Int) error {
	if amount == nil || amount.Sign() <= 0 {
		return errors.New("mint: amount must be positive")
	}
	return nil
}

// ApplyPolicy sets the policy of every token in p on the escrow (setTokenPolicy; key must be the escrow's
// owner). tokens maps symbols to addresses (a Deployment's Tokens). Every entry is resolved and checked
// before the first transaction, so a bad entry changes nothing.
func ApplyPolicy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, escrowAddr common.Address, p *Policy, tokens map[string]common.Address) error {
	rules, err := ResolvePolicy(ctx, b, p, tokens)
	if err != nil {
		return err
	}
	d, err := NewDeployer(ctx, b, key)
	if err != nil {
		return err
	}
	return d.applyRules(ctx, escrowAddr, rules)
}

// ApplyPolicy sets the policy of every token in p on the escrow; the Deployer's key must be the escrow's
// owner. See the function ApplyPolicy.
func (d *Deployer) ApplyPolicy(ctx context.Context, escrowAddr common.Address, p *Policy, tokens map[string]common.Address) error {
	rules, err := ResolvePolicy(ctx, d.b, p, tokens)
	if err != nil {
		return err
	}
	return d.applyRules(ctx, escrowAddr, rules)
}

func (d *Deployer) applyRules(ctx context.Context, escrowAddr common.Address, rules []TokenRules) error {
	calls := make([]call, len(rules))
	for i, r := range rules {
		calls[i] = call{what: fmt.Sprintf("set policy of %s", r.Key), to: escrowAddr,
			data: escrowABI.PackSetTokenPolicy(r.Token, r.MinShare, r.Tiers), unpack: escrowABI.UnpackError}
	}
	return d.sendAll(ctx, calls)
}

// ResolvePolicy turns a policy into base units: it finds each key's token address (a symbol in tokens, "ETH",
// or a 0x address) and reads the token's decimals on chain (ETH has 18).
func ResolvePolicy(ctx context.Context, caller bind.ContractCaller, p *Policy, tokens map[string]common.Address) ([]TokenRules, error) {
	if p == nil {
		return nil, errors.New("no policy")
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	seen := map[common.Address]string{}
	var rules []TokenRules
	for _, key := range p.keys() {
		token, err := TokenAddress(key, tokens)
		if err != nil {
			return nil, err
		}
		if other, dup := seen[token]; dup {
			return nil, fmt.Errorf("token %s appears twice in the policy (as %q and %q)", token, other, key)
		}
		seen[token] = key
		decimals, err := TokenDecimals(ctx, caller, token)
		if err != nil {
			return nil, fmt.Errorf("token %q: %w", key, err)
		}
		minShare, tiers, err := p.Tokens[key].Resolve(decimals)
		if err != nil {
			return nil, fmt.Errorf("token %q (%d decimals): %w", key, decimals, err)
		}
		rules = append(rules, TokenRules{Key: key, Token: token, MinShare: minShare, Tiers: tiers})
	}
	return rules, nil
}

// TokenAddress resolves a policy key: "ETH" is the zero address, a 0x key is taken as is, anything else must
// be a symbol in tokens.
func TokenAddress(key string, tokens map[string]common.Address) (common.Address, error) {
	switch {
	case strings.EqualFold(key, ETHSymbol):
		return common.Address{}, nil
	case common.IsHexAddress(key):
		return common.HexToAddress(key), nil
	}
	if addr, ok := tokens[key]; ok {
		return addr, nil
	}
	known := make([]string, 0, len(tokens))
	for k := range tokens {
		known = append(known, k)
	}
	sort.Strings(known)
	return common.Address{}, fmt.Errorf("unknown token %q: not ETH, a 0x address, or a symbol of this deployment (%s)",
		key, strings.Join(known, ", "))
}

// TokenDecimals reads decimals() of an ERC-20; the zero address (native ETH) has 18.
func TokenDecimals(ctx context.Context, caller bind.ContractCaller, token common.Address) (uint8, error) {
	if token == (common.Address{}) {
		return ETHDecimals, nil
	}
	code, err := caller.CodeAt(ctx, token, nil)
	if err != nil {
		return 0, fmt.Errorf("read code of %s: %w", token, err)
	}
	if len(code) == 0 {
		return 0, fmt.Errorf("no contract at %s", token)
	}
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &token, Data: tokenABI.PackDecimals()}, nil)
	if err != nil {
		return 0, fmt.Errorf("decimals() of %s: %w", token, err)
	}
	d, err := tokenABI.UnpackDecimals(out)
	if err != nil {
		return 0, fmt.Errorf("decimals() of %s: %w", token, err)
	}
	return d, nil
}

// explain wraps an error that carries revert data in a *RevertError, decoding the data with unpack.
func explain(err error, unpack func([]byte) (any, error)) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data := common.FromHex(s)
	re := &RevertError{Data: data, Err: err}
	// The generated UnpackError slices data[:4] unchecked: guard short data.
	if len(data) >= 4 && unpack != nil {
		if v, uerr := unpack(data); uerr == nil {
			re.Decoded = v
		}
	}
	return re
}
