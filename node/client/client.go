// Package client is the typed Go client of the hongbao escrow: it sends packets, claims them, runs the
// withdrawal clauses of rules §4, and reads packets back, over the abigen v2 bindings.
//
// Every write estimates gas against the pending block first; a revert there is decoded into an *Error (a
// sentence a user understands) and nothing is sent. Otherwise the transaction is signed with the client's
// key, sent, and its receipt awaited (polling); the result carries the transaction and the amounts taken
// from the escrow's events.
//
// A Client is safe for concurrent use. Concurrent writes from one key get distinct nonces from a nonce
// manager seeded from the pending nonce and resynced after a failed send.
package client

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/node/logs"
	"github.com/hongbao/hongbao/node/sig"
	"github.com/hongbao/hongbao/node/transport"
)

// Backend is what the client needs from a node. *ethclient.Client and simulated.Client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.PendingContractCaller
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// pendingEstimator is implemented by *ethclient.Client (and the simulated client, which wraps one): gas
// estimation against a chosen block. The client estimates against the pending block, where the transaction
// will run, so that time-dependent checks (release, expiry) see the right timestamp.
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// Option configures a Client.
type Option func(*Client)

// WithEndpoint records the RPC endpoint the backend talks to, so that connection errors can name it.
func WithEndpoint(url string) Option { return func(c *Client) { c.endpoint = url } }

// WithChainID gives the chain id the caller has already read from the backend (New then does not ask).
func WithChainID(id *big.Int) Option { return func(c *Client) { c.chainID = new(big.Int).Set(id) } }

// WithPollInterval sets how often a sent transaction's receipt is polled (default 50 ms).
func WithPollInterval(d time.Duration) Option { return func(c *Client) { c.poll = d } }

// WithFromBlock sets the first block that log scans look at (default: the escrow's deployBlock(), read once
// by New; a deployment file or --from-block saves that call).
func WithFromBlock(n uint64) Option {
	return func(c *Client) { c.fromBlock, c.fromBlockSet = n, true }
}

// Client talks to one escrow deployment, optionally with a key to sign transactions.
type Client struct {
	backend   Backend
	escrow    common.Address
	key       *ecdsa.PrivateKey // nil: read-only
	from      common.Address
	chainID   *big.Int
	domain    sig.Domain
	endpoint  string
	poll      time.Duration
	fromBlock uint64
	// fromBlockSet: WithFromBlock was given; else New reads the escrow's deployBlock().
	fromBlockSet bool

	abi   *escrow.HongbaoEscrow
	erc20 *mocks.MockERC20
	tcny  *tokens.TestStablecoin
	inst  *bind.BoundContract

	txs      txPath
	logs     LogReader                       // paged and adaptive eth_getLogs (node/logs)
	times    blockTimes                      // block timestamps seen, for time-bounded log windows
	tokenMu  sync.Mutex                      // serialises ERC-20 sends: allowance, permit nonce and transferFrom belong together
	tokenMap sync.Map                        // common.Address -> tokenInfo
	shapes   sync.Map                        // packet id (decimal) -> packetShape: what never changes once a packet exists
	nudge    func(ctx context.Context) error // WithBlockNudge: asks a dev chain for a block
}

// Dial connects to an RPC endpoint and returns a client of the escrow there (see New).
func Dial(ctx context.Context, url string, escrowAddr common.Address, key *ecdsa.PrivateKey, opts ...Option) (*Client, error) {
	ec, err := transport.Dial(ctx, url, transport.WithoutProbe())
	if err != nil {
		cause := err // the transport names the endpoint (redacted) too: say it once
		if inner := errors.Unwrap(err); inner != nil {
			cause = inner
		}
		return nil, &Error{Code: CodeRPCUnavailable, Message: fmt.Sprintf("cannot reach the RPC endpoint %s: %v", transport.Redact(url), cause), Err: err}
	}
	c, err := New(ctx, ec, escrowAddr, key, append([]Option{WithEndpoint(url)}, opts...)...)
	if err != nil {
		ec.Close()
		return nil, err
	}
	return c, nil
}

// New returns a client of the escrow at escrowAddr. key signs transactions; nil makes a read-only client.
// It checks that there is an escrow contract at the address and reads the chain id.
func New(ctx context.Context, backend Backend, escrowAddr common.Address, key *ecdsa.PrivateKey, opts ...Option) (*Client, error) {
	c := &Client{
		backend: backend,
		escrow:  escrowAddr,
		key:     key,
		poll:    50 * time.Millisecond,
		abi:     escrow.NewHongbaoEscrow(),
		erc20:   mocks.NewMockERC20(),
		tcny:    tokens.NewTestStablecoin(),
	}
	for _, o := range opts {
		o(c)
	}
	if key != nil {
		c.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	c.txs.backend = backend
	if c.logs == nil {
		c.logs = logs.New(backend, logs.WithEndpoint(c.endpoint))
	}
	c.inst = c.abi.Instance(backend, escrowAddr)
	if c.chainID == nil {
		id, err := backend.ChainID(ctx)
		if err != nil {
			return nil, c.wrapRPC(err, "read the chain id")
		}
		c.chainID = id
	}
	id := c.chainID
	c.domain = sig.Domain{ChainID: id, Escrow: escrowAddr}
	if err := c.checkEscrow(ctx); err != nil {
		return nil, err
	}
	if !c.fromBlockSet {
		n, err := c.DeployBlock(ctx)
		if err != nil {
			return nil, err
		}
		c.fromBlock = n
	}
	return c, nil
}

// checkEscrow makes sure the address answers as the hongbao escrow: one eth_call of eip712Domain() in the
// usual case; the code is read only to say why it did not.
func (c *Client) checkEscrow(ctx context.Context) error {
	dom, err := bind.Call(c.inst, &bind.CallOpts{Context: ctx}, c.abi.PackEip712Domain(), c.abi.UnpackEip712Domain)
	if err == nil && dom.Name == "Hongbao" {
		return nil
	}
	if err != nil && !isRevert(err) && isUnreachable(err) {
		return c.wrapRPC(err, "read the escrow's EIP-712 domain")
	}
	code, cerr := c.backend.CodeAt(ctx, c.escrow, nil)
	if cerr != nil {
		return c.wrapRPC(cerr, "read the escrow's code")
	}
	if len(code) == 0 {
		return &Error{Code: CodeNoContract, Message: fmt.Sprintf(
			"no escrow contract at %s on chain %s; check the escrow address and the RPC endpoint", c.escrow.Hex(), c.chainID)}
	}
	return &Error{Code: CodeNotEscrow, Message: fmt.Sprintf(
		"the contract at %s on chain %s is not a hongbao escrow; check the escrow address", c.escrow.Hex(), c.chainID), Err: err}
}

// Address is the client's own address (zero for a read-only client).
func (c *Client) Address() common.Address { return c.from }

// ChainID is the chain id read at New.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Escrow is the escrow's address.
func (c *Client) Escrow() common.Address { return c.escrow }

// Domain is the EIP-712 domain of the escrow (for node/sig).
func (c *Client) Domain() sig.Domain { return c.domain }

// Backend is the backend the client uses.
func (c *Client) Backend() Backend { return c.backend }

// ReadOnly reports whether the client has no key.
func (c *Client) ReadOnly() bool { return c.key == nil }
