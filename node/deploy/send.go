package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hongbao/hongbao/node/txsend"
)

// ReceiptPoll is how often a Deployer checks the head block while it waits for a receipt, unless a
// txsend.WithPollInterval passed to NewDeployer says otherwise: a dev chain mines within milliseconds, and
// txsend's default (a second) would make a 13-transaction deployment take 13 s.
const ReceiptPoll = 50 * time.Millisecond

// Deployer deploys and configures the contracts from one key. Every transaction goes through its one
// txsend.Sender: the key's nonces follow one another in the order of the calls (so the addresses of the
// contracts it creates are those of the key's next nonces), and fees, resends, fee bumps and receipts are
// txsend's. A receipt counts once the head has reached its block (txsend's depth check), so a call or gas
// estimate against "latest" right after, the next step, sees the state it made.
//
// Make one Deployer per key and run a deployment's steps through it in order.
type Deployer struct {
	b      Backend
	sender *txsend.Sender
}

// NewDeployer returns a Deployer sending from key on the chain b is connected to (it reads the chain id).
// opts go to the txsend.Sender after the Deployer's own (txsend.WithPollInterval(ReceiptPoll)), so they win:
// fee limits and overrides, confirmations, fee bumps, an observer.
func NewDeployer(ctx context.Context, b Backend, key *ecdsa.PrivateKey, opts ...txsend.Option) (*Deployer, error) {
	if key == nil {
		return nil, errors.New("no signing key")
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	all := append([]txsend.Option{txsend.WithPollInterval(ReceiptPoll)}, opts...)
	return &Deployer{b: b, sender: txsend.New(txBackend{b}, key, id, all...)}, nil
}

// Address is the deploying account: the owner of what it deploys.
func (d *Deployer) Address() common.Address { return d.sender.Address() }

// call is one contract transaction of a batch.
type call struct {
	what   string // for errors: "mint to 0x…"
	to     common.Address
	data   []byte
	unpack func([]byte) (any, error) // decodes the contract's custom errors
}

// create deploys code (the creation bytecode followed by the constructor's arguments) and waits for it. The
// contract's address follows from the key and the nonce the Sender gave the transaction.
func (d *Deployer) create(ctx context.Context, what string, code []byte, unpack func([]byte) (any, error)) (common.Address, *types.Receipt, error) {
	p, err := d.send(ctx, what, nil, code, unpack)
	if err != nil {
		return common.Address{}, nil, err
	}
	addr := crypto.CreateAddress(d.Address(), p.Nonce())
	r, err := d.wait(ctx, what, p)
	if err != nil {
		return common.Address{}, nil, err
	}
	if r.ContractAddress != (common.Address{}) && r.ContractAddress != addr {
		return common.Address{}, nil, fmt.Errorf("%s: the receipt names contract %s, but nonce %d of %s creates %s",
			what, r.ContractAddress, p.Nonce(), d.Address(), addr)
	}
	return addr, r, nil
}

// sendAll sends the calls one after the other (consecutive nonces), then waits for every receipt and fails
// on the first that reverted. A call that cannot be sent ends the batch; the ones sent before it are still
// waited for, so that the key's next nonce is not left dangling.
func (d *Deployer) sendAll(ctx context.Context, calls []call) error {
	sent := make([]*txsend.Pending, 0, len(calls))
	for _, c := range calls {
		to := c.to
		p, err := d.send(ctx, c.what, &to, c.data, c.unpack)
		if err != nil {
			return errors.Join(err, d.waitAll(ctx, calls, sent))
		}
		sent = append(sent, p)
	}
	return d.waitAll(ctx, calls, sent)
}

func (d *Deployer) waitAll(ctx context.Context, calls []call, sent []*txsend.Pending) error {
	for i, p := range sent {
		if _, err := d.wait(ctx, calls[i].what, p); err != nil {
			return err
		}
	}
	return nil
}

// send estimates the gas of a transaction (to nil: a contract creation) and sends it through the Sender. A
// call to an address without code fails (bind.ErrNoCode) rather than succeeding at doing nothing; a revert at
// estimation comes back as a *RevertError, decoded with unpack. Either way nothing is sent.
func (d *Deployer) send(ctx context.Context, what string, to *common.Address, data []byte, unpack func([]byte) (any, error)) (*txsend.Pending, error) {
	if to != nil {
		code, err := d.b.PendingCodeAt(ctx, *to)
		if err != nil {
			return nil, fmt.Errorf("%s: read code of %s: %w", what, *to, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("%s: %s: %w", what, *to, bind.ErrNoCode)
		}
	}
	gas, err := d.b.EstimateGas(ctx, ethereum.CallMsg{From: d.Address(), To: to, Data: data})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, explain(err, unpack))
	}
	p, err := d.sender.Send(ctx, txsend.Request{To: to, Data: data, Gas: gas})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return p, nil
}

// wait waits for p's receipt (txsend's Pending.Wait) and fails if the transaction reverted.
func (d *Deployer) wait(ctx context.Context, what string, p *txsend.Pending) (*types.Receipt, error) {
	r, err := p.Wait(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%s: transaction %s reverted in block %d (gas used %d of %d)",
			what, r.TxHash, r.BlockNumber, r.GasUsed, p.Transaction().Gas())
	}
	return r, nil
}

// txBackend gives txsend what Backend does not list, from the backend when it has it (*ethclient.Client
// and simulated.Client do): the head's number (else the head header's) and the key's mined nonce.
type txBackend struct{ Backend }

type nonceReader interface {
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

func (b txBackend) BlockNumber(ctx context.Context) (uint64, error) {
	if br, ok := b.Backend.(ethereum.BlockNumberReader); ok {
		return br.BlockNumber(ctx)
	}
	h, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}

// NonceAt is the backend's; without one it answers 0, which only means that a transaction another program
// took the nonce of is waited for until ctx ends instead of being reported as replaced.
func (b txBackend) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	if nr, ok := b.Backend.(nonceReader); ok {
		return nr.NonceAt(ctx, account, blockNumber)
	}
	return 0, nil
}
