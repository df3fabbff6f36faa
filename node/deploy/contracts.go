package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/tokens"
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

// Receipt polling: a dev chain mines within milliseconds, so start fast and settle at pollMax (bind.WaitMined
// polls once a second, which would make a 13-transaction deployment take 13 s).
const (
	pollStart = 5 * time.Millisecond
	pollMax   = 50 * time.Millisecond
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

// DeployEscrow deploys HongbaoEscrow owned (policy admin) by key's address and returns its address and the
// block that created it. It reads the escrow's own deployBlock() back and fails unless it names that block, so
// a Deployment's Block and the contract always agree.
func DeployEscrow(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (common.Address, uint64, error) {
	opts, err := transactor(ctx, b, key)
	if err != nil {
		return common.Address{}, 0, err
	}
	bin := common.FromHex(escrow.HongbaoEscrowMetaData.Bin)
	addr, tx, err := bind.DeployContract(opts, bin, b, escrowABI.PackConstructor(opts.From))
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("deploy escrow: %w", explain(err, escrowABI.UnpackError))
	}
	r, err := waitSuccess(ctx, b, tx, "deploy escrow")
	if err != nil {
		return common.Address{}, 0, err
	}
	block := r.BlockNumber.Uint64()
	if err := checkDeployBlock(ctx, b, addr, block); err != nil {
		return common.Address{}, 0, fmt.Errorf("deploy escrow: %w", err)
	}
	return addr, block, nil
}

// DeployTestStablecoin deploys tCNY (2 decimals, owner-minted) owned by key's address.
func DeployTestStablecoin(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (common.Address, error) {
	opts, err := transactor(ctx, b, key)
	if err != nil {
		return common.Address{}, err
	}
	bin := common.FromHex(tokens.TestStablecoinMetaData.Bin)
	addr, tx, err := bind.DeployContract(opts, bin, b, tokenABI.PackConstructor(opts.From))
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy tCNY: %w", explain(err, tokenABI.UnpackError))
	}
	if _, err := waitSuccess(ctx, b, tx, "deploy tCNY"); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// MintTestStablecoin mints amount base units of the test stablecoin at token to each address in to. key must
// be the token's owner. The mints are sent back to back and then awaited, so a dev chain mines them together.
func MintTestStablecoin(ctx context.Context, b Backend, key *ecdsa.PrivateKey, token common.Address, to []common.Address, amount *big.Int) error {
	if amount == nil || amount.Sign() <= 0 {
		return errors.New("mint: amount must be positive")
	}
	inst := tokenABI.Instance(b, token)
	calls := make([]call, len(to))
	for i, addr := range to {
		calls[i] = call{what: fmt.Sprintf("mint to %s", addr), to: inst, data: tokenABI.PackMint(addr, amount),
			unpack: tokenABI.UnpackError}
	}
	return sendAll(ctx, b, key, calls)
}

// ApplyPolicy sets the policy of every token in p on the escrow (setTokenPolicy; key must be the escrow's
// owner). tokens maps symbols to addresses (a Deployment's Tokens). Every entry is resolved and checked
// before the first transaction, so a bad entry changes nothing.
func ApplyPolicy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, escrowAddr common.Address, p *Policy, tokens map[string]common.Address) error {
	rules, err := ResolvePolicy(ctx, b, p, tokens)
	if err != nil {
		return err
	}
	inst := escrowABI.Instance(b, escrowAddr)
	calls := make([]call, len(rules))
	for i, r := range rules {
		calls[i] = call{what: fmt.Sprintf("set policy of %s", r.Key), to: inst,
			data: escrowABI.PackSetTokenPolicy(r.Token, r.MinShare, r.Tiers), unpack: escrowABI.UnpackError}
	}
	return sendAll(ctx, b, key, calls)
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

// headReader is what a backend needs to tell whether a receipt has settled: *ethclient.Client and
// simulated.Client have it.
type headReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// WaitMined polls for a transaction's receipt until it appears or ctx ends: first after a few milliseconds,
// then every 50 ms. When b can read the head block, the receipt counts only once the head has reached its
// block: geth indexes a receipt a moment before it moves its head, and a call or gas estimate against
// "latest" right after (the next deployment step) would otherwise still see the state before it.
func WaitMined(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	heads, _ := b.(headReader)
	delay := pollStart
	var lastErr error
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			settled, herr := receiptSettled(ctx, heads, r)
			if herr == nil && settled {
				return r, nil
			}
			err = herr // nil while the head is merely behind
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			lastErr = err // e.g. a node still indexing transactions: keep trying, but report it on timeout
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			if lastErr != nil {
				return nil, fmt.Errorf("waiting for transaction %s: %w (last error: %v)", hash, ctx.Err(), lastErr)
			}
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash, ctx.Err())
		case <-timer.C:
		}
		delay = min(delay*2, pollMax)
	}
}

// receiptSettled reports whether the head has reached r's block (always true when heads is nil).
func receiptSettled(ctx context.Context, heads headReader, r *types.Receipt) (bool, error) {
	if heads == nil || r.BlockNumber == nil {
		return true, nil
	}
	h, err := heads.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("read the head block: %w", err)
	}
	return h.Number.Cmp(r.BlockNumber) >= 0, nil
}

// call is one contract transaction of a batch.
type call struct {
	what   string
	to     *bind.BoundContract
	data   []byte
	unpack func([]byte) (any, error)
}

// sendAll sends the calls from key with consecutive nonces, then waits for every receipt and fails on the
// first that reverted.
func sendAll(ctx context.Context, b Backend, key *ecdsa.PrivateKey, calls []call) error {
	if len(calls) == 0 {
		return nil
	}
	opts, err := transactor(ctx, b, key)
	if err != nil {
		return err
	}
	nonce, err := b.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return fmt.Errorf("nonce of %s: %w", opts.From, err)
	}
	txs := make([]*types.Transaction, 0, len(calls))
	for i, c := range calls {
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		tx, err := bind.Transact(c.to, opts, c.data)
		if err != nil {
			// Wait for the ones already sent so that the caller's next nonce is not left dangling.
			waitErr := waitAll(ctx, b, calls, txs)
			return errors.Join(fmt.Errorf("%s: %w", c.what, explain(err, c.unpack)), waitErr)
		}
		txs = append(txs, tx)
	}
	return waitAll(ctx, b, calls, txs)
}

func waitAll(ctx context.Context, b Backend, calls []call, txs []*types.Transaction) error {
	for i, tx := range txs {
		if _, err := waitSuccess(ctx, b, tx, calls[i].what); err != nil {
			return err
		}
	}
	return nil
}

// waitSuccess waits for tx and fails if it reverted.
func waitSuccess(ctx context.Context, b bind.DeployBackend, tx *types.Transaction, what string) (*types.Receipt, error) {
	r, err := WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: transaction %s reverted in block %d (gas used %d of %d)",
			what, tx.Hash(), r.BlockNumber, r.GasUsed, tx.Gas())
	}
	return r, nil
}

func transactor(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	if key == nil {
		return nil, errors.New("no signing key")
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	opts := bind.NewKeyedTransactor(key, id)
	opts.Context = ctx
	return opts, nil
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
