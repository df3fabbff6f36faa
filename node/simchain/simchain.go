// Package simchain runs an in-memory chain (go-ethereum's ethclient/simulated) under the fork rules of Ethereum
// mainnet today (Osaka), with funded accounts, exact control of block time, and transactions that are checked
// against the pending block first so that a revert comes back as its data instead of a mined failure.
package simchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hongbao/hongbao/node/devkeys"
)

// TxGasLimit is the gas limit of every transaction Send makes (under the 2^24 cap of EIP-7825).
const TxGasLimit = 12_000_000

// OsakaConfig returns a copy of go-ethereum's dev-chain config with the experimental Amsterdam/Bogota forks
// switched off, so gas follows mainnet rules (a new storage slot costs 22,100, not ~110,000). The original
// is a shared global and is never modified.
func OsakaConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	return &cfg
}

// Account is a funded key on the chain.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
}

// Chain is a simulated chain. It is not safe for concurrent Send calls.
type Chain struct {
	Backend  *simulated.Backend
	Client   simulated.Client
	ChainID  *big.Int
	Accounts []Account
}

// New starts a chain with n accounts, each holding `funds` wei: the ten dev accounts first, then keys
// derived from a fixed phrase. Block time starts an hour ahead of the wall clock so that every new block
// is exactly one second after its parent unless the test moves time on.
func New(n int, funds *big.Int) (*Chain, error) {
	accounts := make([]Account, n)
	alloc := types.GenesisAlloc{}
	for i := range accounts {
		var key *ecdsa.PrivateKey
		if i < devkeys.Count {
			key = devkeys.Key(i)
		} else {
			var err error
			key, err = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("hongbao simchain account %d", i))))
			if err != nil {
				return nil, err
			}
		}
		accounts[i] = Account{Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey)}
		alloc[accounts[i].Addr] = types.Account{Balance: new(big.Int).Set(funds)}
	}
	// The deterministic deployment proxy, as on most chains and in Anvil: node/deploy creates the escrow
	// through it (rules §5b), so an owner's escrow has the same address here as everywhere. (go-ethereum's
	// simulated genesis has it too, as an EIP-7997 system contract; this does not depend on that.)
	alloc[params.DeterministicFactoryAddress] = types.Account{Nonce: 1, Code: params.DeterministicFactoryCode}
	backend := simulated.NewBackend(alloc, func(_ *node.Config, ethConf *ethconfig.Config) {
		ethConf.Genesis.Config = OsakaConfig()
		ethConf.Genesis.GasLimit = 60_000_000
		ethConf.Miner.GasCeil = 60_000_000
	})
	c := &Chain{Backend: backend, Client: backend.Client(), Accounts: accounts}
	ctx := context.Background()
	id, err := c.Client.ChainID(ctx)
	if err != nil {
		backend.Close()
		return nil, fmt.Errorf("chain id: %w", err)
	}
	c.ChainID = id
	head := c.Now()
	ahead := uint64(time.Now().Unix()) + 3600
	if head < ahead {
		if err := c.adjust(time.Duration(ahead-head) * time.Second); err != nil {
			backend.Close()
			return nil, err
		}
	}
	return c, nil
}

// Close stops the chain.
func (c *Chain) Close() { _ = c.Backend.Close() }

// Now returns the time of the head block.
func (c *Chain) Now() uint64 {
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		panic(fmt.Sprintf("simchain: head: %v", err)) // in-memory chain: cannot fail short of a bug
	}
	return h.Time
}

// Warp mines an empty block d later than the head.
func (c *Chain) Warp(d time.Duration) error {
	return c.adjust(d)
}

// adjust retries AdjustTime while a just-mined transaction still shows as pending in the pool (the pool
// catches up with a new head asynchronously, and AdjustTime refuses to run over a non-empty pool).
func (c *Chain) adjust(d time.Duration) error {
	var err error
	for i := 0; i < 200; i++ {
		if err = c.Backend.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
	return err
}

// NextAt arranges that the next transaction's block has timestamp t (which must be after the head).
func (c *Chain) NextAt(t uint64) error {
	head := c.Now()
	if t <= head {
		return fmt.Errorf("simchain: time %d is not after the head block time %d", t, head)
	}
	if t-1 > head {
		return c.adjust(time.Duration(t-1-head) * time.Second)
	}
	return nil
}

// RevertError is a call that reverted, with its return data (a custom error, usually).
type RevertError struct {
	Data []byte
	Err  error
}

func (e *RevertError) Error() string {
	return fmt.Sprintf("execution reverted (data 0x%x): %v", e.Data, e.Err)
}

func (e *RevertError) Unwrap() error { return e.Err }

// Send runs a call from `from` in the pending block (where it will be mined) and, if it does not revert,
// signs, sends and mines it and returns the receipt. A revert returns a *RevertError and sends nothing.
func (c *Chain) Send(from *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	ctx := context.Background()
	addr := crypto.PubkeyToAddress(from.PublicKey)
	msg := ethereum.CallMsg{From: addr, To: to, Value: value, Data: data, Gas: TxGasLimit}
	if _, err := c.Client.PendingCallContract(ctx, msg); err != nil {
		return nil, asRevert(err)
	}
	return c.SendUnchecked(from, to, value, data)
}

// SendUnchecked signs, sends and mines a transaction without the pending-block check (a revert then shows as
// a failed receipt).
func (c *Chain) SendUnchecked(from *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	ctx := context.Background()
	addr := crypto.PubkeyToAddress(from.PublicKey)
	nonce, err := c.Client.PendingNonceAt(ctx, addr)
	if err != nil {
		return nil, err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	if value == nil {
		value = new(big.Int)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: TxGasLimit,
		To: to, Value: value, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.ChainID), from)
	if err != nil {
		return nil, err
	}
	if err := c.Client.SendTransaction(ctx, signed); err != nil {
		return nil, err
	}
	// The pool promotes a new transaction to "pending" asynchronously; a Commit before that would seal a
	// block without it. Wait (briefly) until the sender's pending nonce has moved past it.
	for tries := 0; tries < 400; tries++ {
		if n, err := c.Client.PendingNonceAt(ctx, addr); err == nil && n > nonce {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	c.Backend.Commit()
	r, err := c.Receipt(signed.Hash())
	if err != nil {
		return nil, fmt.Errorf("receipt of %s: %w", signed.Hash(), err)
	}
	return r, nil
}

// Receipt returns the receipt of a mined transaction. Transactions are indexed asynchronously after a block,
// so under load a receipt can be "not found" for a moment right after Commit: it retries for a few seconds.
func (c *Chain) Receipt(hash common.Hash) (*types.Receipt, error) {
	r, err := c.Client.TransactionReceipt(context.Background(), hash)
	for tries := 0; err != nil && errors.Is(err, ethereum.NotFound) && tries < 1000; tries++ {
		time.Sleep(5 * time.Millisecond)
		r, err = c.Client.TransactionReceipt(context.Background(), hash)
	}
	return r, err
}

// Deploy sends a contract creation of bytecode+args and returns the new address.
func (c *Chain) Deploy(from *ecdsa.PrivateKey, bytecode []byte, args []byte) (common.Address, *types.Receipt, error) {
	code := append(append([]byte{}, bytecode...), args...)
	r, err := c.Send(from, nil, nil, code)
	if err != nil {
		return common.Address{}, nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, r, errors.New("simchain: deployment failed")
	}
	return r.ContractAddress, r, nil
}

// Call runs a read-only call against the pending block (the state and time the next transaction sees).
func (c *Chain) Call(to common.Address, data []byte) ([]byte, error) {
	out, err := c.Client.PendingCallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data, Gas: TxGasLimit})
	if err != nil {
		return nil, asRevert(err)
	}
	return out, nil
}

// Balance returns the ETH balance of addr at the head.
func (c *Chain) Balance(addr common.Address) *big.Int {
	b, err := c.Client.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		panic(fmt.Sprintf("simchain: balance: %v", err))
	}
	return b
}

// GasCost is what a receipt's transaction paid for gas, in wei.
func GasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

func asRevert(err error) error {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			data := common.FromHex(s)
			return &RevertError{Data: data, Err: err}
		}
	}
	return err
}

// AutoMine is the chain's client with a block mined right after every transaction it takes, as a dev chain
// does, so that code which sends and then waits for receipts (node/txsend, node/deploy) works on it.
type AutoMine struct {
	simulated.Client
	Backend *simulated.Backend
}

// AutoMine returns the chain's auto-mining client.
func (c *Chain) AutoMine() AutoMine { return AutoMine{Client: c.Client, Backend: c.Backend} }

// SendTransaction sends tx and mines it in a block of its own.
func (a AutoMine) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	AwaitPending(ctx, a.Client, tx)
	a.Backend.Commit()
	return nil
}

// AwaitPending waits (up to two seconds) until the pool has promoted tx to pending, judged by its sender's
// pending nonce. The simulated backend's pool promotes new transactions asynchronously, so a Commit right
// after SendTransaction can seal a block without it; wrappers that mine on send call this first.
func AwaitPending(ctx context.Context, c interface {
	PendingNonceAt(context.Context, common.Address) (uint64, error)
}, tx *types.Transaction) {
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return
	}
	for tries := 0; tries < 400; tries++ {
		if n, err := c.PendingNonceAt(ctx, from); err == nil && n > tx.Nonce() {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}
