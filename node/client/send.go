package client

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
)

// maxAmount is the largest packet total the escrow stores (uint128).
var maxAmount = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// permitTypehash is EIP-2612's Permit type.
var permitTypehash = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))

// permitValidity is how long a permit signed for a send stays valid (it is used at once).
const permitValidity = time.Hour

// Send sends a packet: Direct, Equal or Lucky, of ETH or an ERC-20, from the client's own funds or (Org set)
// from an organisation's budget. For an ERC-20 of its own funds the allowance is taken care of: nothing when it already suffices, an EIP-2612 permit (sendWithPermit) when the token supports it,
// else an approve of exactly the amount first. A group packet with claim-key authorisation gets a claim key
// derived from the sender's key (see DeriveClaimKey); the result carries its claim code. A ticket packet
// (Auth Tickets) gets one ticket per share, derived likewise (see DeriveTicketKey); the result carries the
// ticket codes. An allowlist packet's result carries the Merkle tree, so that the caller can hand out the proofs. The sender's security
// lock for the token is applied (rules §4): a send above its threshold with a shorter cool-off gets the lock's
// cool-off, and the result's LockApplied says so; with StrictDelay such a send is refused with DelayTooShort.
func (c *Client) Send(ctx context.Context, req SendRequest) (*SendResult, error) {
	if c.key == nil {
		return nil, readOnly()
	}
	p, tree, err := sendParams(req)
	if err != nil {
		return nil, err
	}
	raise, err := c.applyLock(ctx, req, &p)
	if err != nil {
		return nil, err
	}
	res := &SendResult{Tree: tree, LockApplied: raise}
	var mu sync.Mutex
	var lastNonce uint64
	tickets := map[common.Hash]ticketSet{}  // by root: the send's nonce may change before it is mined
	ticketRoots := map[uint64]common.Hash{} // by nonce: derived once per nonce
	var ticketErr error
	pack := func(p escrow.IHongbaoEscrowSendParams, nonce uint64) escrow.IHongbaoEscrowSendParams {
		if req.Kind == Direct {
			return p
		}
		mu.Lock()
		defer mu.Unlock()
		switch req.Auth {
		case ClaimKey:
			lastNonce = nonce
			p.Recipient = crypto.PubkeyToAddress(c.claimKey(nonce).PublicKey)
		case Tickets:
			root, ok := ticketRoots[nonce]
			if !ok {
				set, err := c.deriveTickets(nonce, int(p.Shares))
				if err != nil { // checked in sendParams: cannot happen
					ticketErr = err
					return p
				}
				root = set.tree.Root()
				tickets[root], ticketRoots[nonce] = set, root
			}
			p.Root = root
		}
		return p
	}
	var r *types.Receipt
	switch {
	case req.Org != 0:
		r, err = c.transact(ctx, call{to: c.escrow, ctx: orgSendContext(p, req.Org),
			build: func(n uint64) ([]byte, error) { return c.abi.PackSendFromOrg(req.Org, pack(p, n)), nil }})
	case p.Token == (common.Address{}):
		r, err = c.transact(ctx, call{to: c.escrow, value: p.Amount, ctx: sendContext(p),
			build: func(n uint64) ([]byte, error) { return c.abi.PackSend(pack(p, n)), nil }})
	default:
		r, err = c.sendToken(ctx, p, pack, res)
	}
	if err == nil && ticketErr != nil {
		err = ticketErr
	}
	if err != nil {
		return nil, err
	}
	if err := c.fillSendResult(res, r, req); err != nil {
		return nil, err
	}
	res.Org = c.orgOfSend(r)
	if res.Auth == Tickets && req.Kind != Direct {
		if err := c.fillTickets(res, r, tickets); err != nil {
			return nil, err
		}
	}
	if res.Auth == ClaimKey && req.Kind != Direct {
		key := c.claimKey(lastNonce)
		if crypto.PubkeyToAddress(key.PublicKey) != res.ClaimKey {
			return nil, &Error{Code: CodeTxFailed, Message: fmt.Sprintf(
				"packet %s was sent but its claim key does not match the derived one; run `hongbao code %s` to check", res.ID, res.ID)}
		}
		res.ClaimCode = FormatClaimCode(key)
	}
	return res, nil
}

// fillTickets puts the tickets whose root the receipt's TicketsSet event names into the result.
func (c *Client) fillTickets(res *SendResult, r *types.Receipt, sets map[common.Hash]ticketSet) error {
	for _, l := range c.escrowLogs(r) {
		ev, err := c.abi.UnpackTicketsSetEvent(l)
		if err != nil {
			continue
		}
		set, ok := sets[ev.Root]
		if !ok {
			break
		}
		res.TicketTree, res.Tickets = set.tree, FormatTicketCodes(set.tickets)
		return nil
	}
	return &Error{Code: CodeTxFailed, Message: fmt.Sprintf(
		"packet %s was sent but its ticket root is not the one derived; run `hongbao show %s --code` to check", res.ID, res.ID)}
}

func readOnly() error {
	return &Error{Code: CodeReadOnly, Message: "no private key is configured, so this client cannot send transactions; give it a key"}
}

func (c *Client) claimKey(nonce uint64) *ecdsa.PrivateKey {
	return DeriveClaimKey(c.key, c.chainID, c.escrow, nonce)
}

func sendContext(p escrow.IHongbaoEscrowSendParams) errContext {
	token := p.Token
	return errContext{op: "send", token: &token}
}

// sendParams checks a request and turns it into the contract's parameters (the claim key is filled in
// later, per nonce).
func sendParams(req SendRequest) (escrow.IHongbaoEscrowSendParams, *merkle.Tree, error) {
	var p escrow.IHongbaoEscrowSendParams
	if err := checkAmount(req.Amount); err != nil {
		return p, nil, err
	}
	delay, err := seconds(req.Delay, "cool-off")
	if err != nil {
		return p, nil, err
	}
	ttl := req.TTL
	if ttl == 0 {
		ttl = DefaultTTL
	}
	ttlSec, err := seconds(ttl, "claim period")
	if err != nil {
		return p, nil, err
	}
	p = escrow.IHongbaoEscrowSendParams{Token: req.Token, Kind: uint8(req.Kind), Shares: req.Shares, Delay: delay,
		Ttl: ttlSec, Amount: new(big.Int).Set(req.Amount), Guardian: req.Guardian}
	tree, err := authParams(req, &p)
	return p, tree, err
}

// authParams fills in who may claim.
func authParams(req SendRequest, p *escrow.IHongbaoEscrowSendParams) (*merkle.Tree, error) {
	zero := common.Address{}
	switch req.Kind {
	case Direct:
		if req.Recipient == zero {
			return nil, invalid("a Direct packet needs a recipient address")
		}
		if len(req.Allowlist) > 0 || req.Auth != ClaimKey {
			return nil, invalid("a Direct packet goes to its recipient only: it takes no allowlist or claim mode")
		}
		if p.Shares == 0 {
			p.Shares = 1
		}
		p.Recipient = req.Recipient
		return nil, nil
	case Equal, Lucky, SealedLucky:
	default:
		return nil, invalid(fmt.Sprintf("unknown packet kind %d", req.Kind))
	}
	if p.Shares == 0 {
		return nil, invalid("a group packet needs a number of shares (1 to 10000)")
	}
	if req.Recipient != zero {
		return nil, invalid("a group packet has no recipient; to name who may claim, use an allowlist")
	}
	p.Auth = uint8(req.Auth)
	switch req.Auth {
	case ClaimKey, Open, Tickets:
		if len(req.Allowlist) > 0 {
			return nil, invalid(fmt.Sprintf("an allowlist was given but the claim mode is %s; use the allowlist mode", req.Auth))
		}
		if req.Auth == Tickets && p.Shares > merkle.MaxTickets {
			return nil, invalid(fmt.Sprintf("a ticket packet has one ticket per share, at most %d; %d shares is too many", merkle.MaxTickets, p.Shares))
		}
		return nil, nil // the claim key or the ticket root depends on the send's nonce: filled in then
	case Allowlist:
		tree, err := merkle.New(req.Allowlist)
		if err != nil {
			return nil, &Error{Code: CodeInvalidRequest, Message: fmt.Sprintf("cannot build the allowlist: %v", err), Err: err}
		}
		p.Root = tree.Root()
		return tree, nil
	}
	return nil, invalid(fmt.Sprintf("unknown claim mode %d", req.Auth))
}

func invalid(msg string) error { return &Error{Code: CodeInvalidRequest, Message: msg} }

func checkAmount(v *big.Int) error {
	if v == nil || v.Sign() <= 0 {
		return invalid("the amount must be greater than 0")
	}
	if v.Cmp(maxAmount) > 0 {
		return invalid("the amount is larger than the largest possible packet (2^128 - 1 base units)")
	}
	return nil
}

// seconds converts a duration of whole seconds to the contract's uint32.
func seconds(d time.Duration, what string) (uint32, error) {
	if d < 0 {
		return 0, invalid(fmt.Sprintf("the %s cannot be negative", what))
	}
	if d%time.Second != 0 {
		return 0, invalid(fmt.Sprintf("the %s must be whole seconds, not %s", what, d))
	}
	if d/time.Second > math.MaxUint32 {
		return 0, invalid(fmt.Sprintf("the %s %s is far too long", what, d))
	}
	return uint32(d / time.Second), nil
}

// sendToken sends an ERC-20 packet, taking care of the allowance. ERC-20 sends of one client are serialised:
// the allowance check, the permit's nonce and the transferFrom must not interleave with another send.
func (c *Client) sendToken(ctx context.Context, p escrow.IHongbaoEscrowSendParams,
	pack func(escrow.IHongbaoEscrowSendParams, uint64) escrow.IHongbaoEscrowSendParams, res *SendResult) (*types.Receipt, error) {
	c.tokenMu.Lock()
	defer c.tokenMu.Unlock()
	ec := sendContext(p)
	allowance, err := c.allowance(ctx, p.Token)
	if err != nil {
		return nil, err
	}
	if allowance.Cmp(p.Amount) < 0 {
		permit, err := c.signPermit(ctx, p.Token, p.Amount)
		if err != nil {
			return nil, err
		}
		if permit != nil {
			res.Permit = true
			return c.transact(ctx, call{to: c.escrow, ctx: ec, build: func(n uint64) ([]byte, error) {
				return c.abi.PackSendWithPermit(pack(p, n), permit.deadline, permit.v, permit.r, permit.s), nil
			}})
		}
		r, err := c.approve(ctx, p.Token, p.Amount)
		if err != nil {
			return nil, err
		}
		ti := info(r)
		res.Approval = &ti
	}
	return c.transact(ctx, call{to: c.escrow, ctx: ec, build: func(n uint64) ([]byte, error) {
		return c.abi.PackSend(pack(p, n)), nil
	}})
}

// allowance is what the escrow may pull from the client's address.
func (c *Client) allowance(ctx context.Context, token common.Address) (*big.Int, error) {
	out, err := c.callAt(ctx, token, c.erc20.PackAllowance(c.from, c.escrow), true)
	if err != nil {
		return nil, c.decodeErr(ctx, err, errContext{op: "read the allowance", token: &token}, nil)
	}
	v, err := c.erc20.UnpackAllowance(out)
	if err != nil {
		return nil, &Error{Code: CodeNotToken, Message: fmt.Sprintf("%s does not answer allowance() as an ERC-20 token does", token.Hex()), Err: err}
	}
	return v, nil
}

// approve lets the escrow pull exactly amount of token.
func (c *Client) approve(ctx context.Context, token common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, call{to: token, data: c.erc20.PackApprove(c.escrow, amount),
		ctx: errContext{op: "approve the escrow", token: &token}})
}

// ensureAllowance approves exactly amount when the allowance is short (returnFunds has no permit variant).
func (c *Client) ensureAllowance(ctx context.Context, token common.Address, amount *big.Int) error {
	allowance, err := c.allowance(ctx, token)
	if err != nil {
		return err
	}
	if allowance.Cmp(amount) >= 0 {
		return nil
	}
	_, err = c.approve(ctx, token, amount)
	return err
}

type permitSig struct {
	deadline *big.Int
	v        uint8
	r, s     [32]byte
}

// signPermit signs an EIP-2612 permit of amount for the escrow, or returns nil when the token does not
// support permits (nonces() and DOMAIN_SEPARATOR() do not both answer).
func (c *Client) signPermit(ctx context.Context, token common.Address, amount *big.Int) (*permitSig, error) {
	nonce, domain, ok := c.permitSupport(ctx, token)
	if !ok {
		return nil, nil
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, c.wrapRPC(err, "read the head block")
	}
	deadline := new(big.Int).SetUint64(head.Time + uint64(permitValidity/time.Second))
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	structHash := crypto.Keccak256(permitTypehash[:], word(c.from[:]), word(c.escrow[:]), word(amount.Bytes()),
		word(nonce.Bytes()), word(deadline.Bytes()))
	digest := crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], structHash)
	sg, err := sig.Sign(c.key, digest)
	if err != nil {
		return nil, fmt.Errorf("sign the permit: %w", err)
	}
	ps := &permitSig{deadline: deadline, v: sg[64]}
	copy(ps.r[:], sg[:32])
	copy(ps.s[:], sg[32:64])
	return ps, nil
}

func (c *Client) permitSupport(ctx context.Context, token common.Address) (*big.Int, [32]byte, bool) {
	var domain [32]byte
	out, err := c.callAt(ctx, token, c.tcny.PackNonces(c.from), true)
	if err != nil {
		return nil, domain, false
	}
	nonce, err := c.tcny.UnpackNonces(out)
	if err != nil {
		return nil, domain, false
	}
	out, err = c.callAt(ctx, token, c.tcny.PackDOMAINSEPARATOR(), true)
	if err != nil {
		return nil, domain, false
	}
	domain, err = c.tcny.UnpackDOMAINSEPARATOR(out)
	return nonce, domain, err == nil
}

// fillSendResult reads the PacketSent event of a send receipt.
func (c *Client) fillSendResult(res *SendResult, r *types.Receipt, req SendRequest) error {
	res.TxInfo = info(r)
	for _, l := range c.escrowLogs(r) {
		ev, err := c.abi.UnpackPacketSentEvent(l)
		if err != nil {
			continue
		}
		res.ID, res.Kind, res.Auth, res.Token, res.Total = ev.Id, Kind(ev.Kind), AuthMode(ev.Auth), ev.Token, ev.Total
		res.Shares, res.MinShare, res.UndoConsent = ev.Shares, ev.MinShare, ev.UndoConsent
		res.ReleaseAt, res.ExpiresAt, res.UndoUntil = unixTime(ev.ReleaseAt), unixTime(ev.ExpiresAt), unixTime(ev.UndoUntil)
		if req.Kind != Direct && req.Auth == ClaimKey {
			res.ClaimKey = ev.Recipient
		}
		return nil
	}
	return &Error{Code: CodeTxFailed, Message: fmt.Sprintf("transaction %s succeeded but has no PacketSent event", r.TxHash.Hex())}
}

// escrowLogs are the receipt's logs emitted by the escrow.
func (c *Client) escrowLogs(r *types.Receipt) []*types.Log {
	var out []*types.Log
	for _, l := range r.Logs {
		if l.Address == c.escrow {
			out = append(out, l)
		}
	}
	return out
}
