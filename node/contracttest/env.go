// Package contracttest deploys the escrow and test tokens on a simulated chain (mainnet/Osaka rules) and gives
// tests and benchmarks short helpers over the generated bindings: send a packet, claim, sign, read state,
// and decode custom errors.
package contracttest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/sig"
	"github.com/hongbao/hongbao/node/simchain"
	"github.com/hongbao/hongbao/node/txsend"
)

// Kinds and auth modes, as the contract numbers them.
const (
	Direct uint8 = 0
	Equal  uint8 = 1
	Lucky  uint8 = 2
	// SealedLucky is Lucky with the sealed draw (rules §3): shares drawn from the hash of the block after the claim.
	SealedLucky uint8 = 3

	ClaimKey  uint8 = 0
	Allowlist uint8 = 1
	Open      uint8 = 2
)

// Packet statuses, as the contract numbers them.
const (
	StatusNone uint8 = iota
	StatusCoolOff
	StatusOpen
	StatusExpired
	StatusClosed
)

// ABIs shared by every Env.
var (
	EscrowABI = escrow.NewHongbaoEscrow()
	ERC20ABI  = mocks.NewMockERC20()
	Actor     = mocks.NewTestActor()
	TCNY      = tokens.NewTestStablecoin()
)

// Env is a chain with the escrow deployed by account 0 (also its policy owner).
type Env struct {
	*simchain.Chain
	Escrow common.Address
	Domain sig.Domain

	escrows int // escrows deployed by DeployEscrow
}

// Ether is n * 10^18 wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// New starts a chain with n accounts of 1,000,000 ETH each and deploys the escrow.
func New(n int) (*Env, error) {
	c, err := simchain.New(n, Ether(1_000_000))
	if err != nil {
		return nil, err
	}
	e := &Env{Chain: c}
	addr, _, err := e.DeployEscrow(0)
	if err != nil {
		c.Close()
		return nil, err
	}
	e.Escrow = addr
	e.Domain = sig.Domain{ChainID: c.ChainID, Escrow: addr}
	return e, nil
}

// Key is the key of account i.
func (e *Env) Key(i int) *ecdsa.PrivateKey { return e.Accounts[i].Key }

// Addr is the address of account i.
func (e *Env) Addr(i int) common.Address { return e.Accounts[i].Addr }

// DeployEscrow deploys an escrow owned by account i the way every tool does (node/deploy: through the
// deterministic deployment proxy, code verified after), and returns the receipt of its creation. The Env's
// first escrow (New's) gets deploy.Salt, so its address is the one account i's escrow has on every chain;
// each later call uses another salt, so that it always deploys another escrow (the extension is shared).
func (e *Env) DeployEscrow(i int) (common.Address, *types.Receipt, error) {
	ctx := context.Background()
	d, err := deploy.NewDeployer(ctx, e.AutoMine(), e.Key(i), txsend.WithPollInterval(time.Millisecond))
	if err != nil {
		return common.Address{}, nil, err
	}
	salt := deploy.Salt
	if e.escrows > 0 {
		salt = crypto.Keccak256Hash([]byte(fmt.Sprintf("hongbao contracttest escrow %d", e.escrows)))
	}
	res, err := d.EnsureEscrow(ctx, salt)
	if err != nil {
		return common.Address{}, nil, err
	}
	e.escrows++
	return res.Escrow, res.Receipt, nil
}

// DeployMock deploys a mock contract by its metadata and packed constructor args.
func (e *Env) DeployMock(bin string, args []byte) (common.Address, error) {
	a, _, err := e.Deploy(e.Key(0), common.FromHex(bin), args)
	return a, err
}

// Tx sends calldata to the escrow from account key with value.
func (e *Env) Tx(from *ecdsa.PrivateKey, value *big.Int, data []byte) (*types.Receipt, error) {
	return e.Send(from, &e.Escrow, value, data)
}

// TxTo sends calldata to any contract.
func (e *Env) TxTo(from *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	return e.Send(from, &to, value, data)
}

// SendPacket sends a packet and returns its id from the PacketSent event.
func (e *Env) SendPacket(from *ecdsa.PrivateKey, p escrow.IHongbaoEscrowSendParams) (*big.Int, *types.Receipt, error) {
	value := new(big.Int)
	if p.Token == (common.Address{}) {
		value = p.Amount
	}
	r, err := e.Tx(from, value, EscrowABI.PackSend(p))
	if err != nil {
		return nil, nil, err
	}
	for _, l := range r.Logs {
		if ev, err := EscrowABI.UnpackPacketSentEvent(l); err == nil {
			return ev.Id, r, nil
		}
	}
	return nil, r, errors.New("contracttest: no PacketSent event")
}

// GroupParams is a group packet of ETH with a claim key, no delay, a day to claim.
func GroupParams(kind uint8, shares uint16, amount *big.Int, claimKey common.Address) escrow.IHongbaoEscrowSendParams {
	return escrow.IHongbaoEscrowSendParams{
		Kind: kind, Auth: ClaimKey, Shares: shares, Delay: 0, Ttl: 86400, Amount: amount, Recipient: claimKey,
	}
}

// DirectParams is a Direct packet of ETH to `to`, no delay, a day to claim.
func DirectParams(to common.Address, amount *big.Int) escrow.IHongbaoEscrowSendParams {
	return escrow.IHongbaoEscrowSendParams{Kind: Direct, Shares: 1, Ttl: 86400, Amount: amount, Recipient: to}
}

// ClaimSig signs Claim(id, claimer) with a claim key.
func (e *Env) ClaimSig(claimKey *ecdsa.PrivateKey, id *big.Int, claimer common.Address) []byte {
	s, err := e.Domain.SignClaim(claimKey, id, claimer)
	if err != nil {
		panic(err)
	}
	return s
}

// Claim claims packet id from account key with auth data.
func (e *Env) Claim(from *ecdsa.PrivateKey, id *big.Int, auth []byte) (*types.Receipt, error) {
	return e.Tx(from, nil, EscrowABI.PackClaim(id, auth))
}

// ClaimWithKey claims a claim-key packet, signing with claimKey for the claimer `from`.
func (e *Env) ClaimWithKey(from, claimKey *ecdsa.PrivateKey, id *big.Int) (*types.Receipt, error) {
	return e.Claim(from, id, e.ClaimSig(claimKey, id, crypto.PubkeyToAddress(from.PublicKey)))
}

// Packet reads the packet view.
func (e *Env) Packet(id *big.Int) escrow.IHongbaoEscrowPacketView {
	out, err := e.Call(e.Escrow, EscrowABI.PackGetPacket(id))
	if err != nil {
		panic(err)
	}
	v, err := EscrowABI.UnpackGetPacket(out)
	if err != nil {
		panic(err)
	}
	return v
}

// TokenBalance is an ERC-20 balance.
func (e *Env) TokenBalance(token, who common.Address) *big.Int {
	out, err := e.Call(token, ERC20ABI.PackBalanceOf(who))
	if err != nil {
		panic(err)
	}
	v, err := ERC20ABI.UnpackBalanceOf(out)
	if err != nil {
		panic(err)
	}
	return v
}

// Owed reads the escrow's pull balance of who in token.
func (e *Env) Owed(token, who common.Address) *big.Int {
	out, err := e.Call(e.Escrow, EscrowABI.PackOwed(token, who))
	if err != nil {
		panic(err)
	}
	v, _ := EscrowABI.UnpackOwed(out)
	return v
}

// ClaimedAmount reads what who claimed (and has not returned) from packet id.
func (e *Env) ClaimedAmount(id *big.Int, who common.Address) *big.Int {
	out, err := e.Call(e.Escrow, EscrowABI.PackClaimedAmount(id, who))
	if err != nil {
		panic(err)
	}
	v, _ := EscrowABI.UnpackClaimedAmount(out)
	return v
}

// DecodeError turns an error from Send into the escrow's custom error value (e.g. *escrow.HongbaoEscrowPacketExpired).
func DecodeError(err error) (any, error) {
	var re *simchain.RevertError
	if !errors.As(err, &re) {
		return nil, fmt.Errorf("not a revert: %w", err)
	}
	if len(re.Data) < 4 {
		return nil, fmt.Errorf("revert without a custom error (data 0x%x)", re.Data)
	}
	return EscrowABI.UnpackError(re.Data)
}

// Events returns every escrow event of a receipt, decoded, in order.
func Events(r *types.Receipt) []any {
	var out []any
	for _, l := range r.Logs {
		if ev := decodeEvent(l); ev != nil {
			out = append(out, ev)
		}
	}
	return out
}

func decodeEvent(l *types.Log) any {
	try := []func(*types.Log) (any, error){
		func(l *types.Log) (any, error) { return EscrowABI.UnpackPacketSentEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackClaimedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackRelayFeePaidEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackSharePendingEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackDrawAveragedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackRefundedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackCoolOffWithdrawnEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackUndoneEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackUndoRequestedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackUndoApprovedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackDeclinedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackReturnedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackInterceptedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOwedCreditedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOwedWithdrawnEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackTokenPolicySetEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackGuardianSetEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackAllowlistSetEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackLockSetEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackLockLoosenRequestedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgCreatedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgAdminAddedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgAdminRemovedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgMemberSetEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgMemberRemovedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgFundedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgBudgetWithdrawnEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgBudgetCreditedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgTreasuryChangeRequestedEvent(l) },
		func(l *types.Log) (any, error) { return EscrowABI.UnpackOrgPacketSentEvent(l) },
	}
	for _, f := range try {
		if ev, err := f(l); err == nil {
			return ev
		}
	}
	return nil
}
