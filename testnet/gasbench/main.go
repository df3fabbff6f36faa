// Command gasbench prints the escrow's receipt gas for every common operation as a markdown table (the source
// of docs/gas.md; run it with `make bench-gas`). It runs on the simulated chain under the fork rules of
// Ethereum mainnet today (Osaka, with go-ethereum's experimental Amsterdam/Bogota schedule switched off).
// Sends are measured after a first packet, so the packet counter's first write is not charged to them.
package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/client"
	ct "github.com/hongbao/hongbao/node/contracttest"
)

type row struct {
	op     string
	gas    uint64
	target uint64 // 0: no target
	note   string
}

type bench struct {
	e     *ct.Env
	rows  []row
	token common.Address
	key   *ecdsa.PrivateKey // claim key of the group packets
	// tickets are the tickets of each ticket packet, by id
	tickets map[string][]client.Ticket
	// luckyClaim is the instant Lucky ETH claim (5th claim, claim key), the yardstick of the sealed claim's target
	luckyClaim uint64
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gasbench:", err)
		os.Exit(1)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func (b *bench) add(op string, r *types.Receipt, target uint64, note string) {
	b.rows = append(b.rows, row{op, r.GasUsed, target, note})
}

func (b *bench) send(p escrow.IHongbaoEscrowSendParams) (*big.Int, *types.Receipt) {
	id, r, err := b.e.SendPacket(b.e.Key(0), p)
	if err != nil {
		panic(fmt.Errorf("send: %w", err))
	}
	return id, r
}

// sendTickets sends a Lucky ETH packet of n tickets, derived from account 0's key and the packet's number
// (in place of the send's nonce: only the derivation's determinism matters here).
func (b *bench) sendTickets(n int) (*big.Int, *types.Receipt) {
	next := must(lastID(b.e))
	ts, tree := must2(client.DeriveTickets(b.e.Key(0), b.e.Domain.ChainID, b.e.Escrow, next.Uint64()+1, n))
	p := ct.GroupParams(ct.Lucky, uint16(n), ct.Ether(1), common.Address{})
	p.Auth, p.Root = uint8(client.Tickets), tree.Root()
	id, r := b.send(p)
	b.tickets[id.String()] = ts
	return id, r
}

// claimTicket claims packet id with ticket t for the claimer's own address.
func (b *bench) claimTicket(claimer *ecdsa.PrivateKey, id *big.Int, t client.Ticket) *types.Receipt {
	auth := must(client.SignTicketClaim(b.e.Domain, &t, id, crypto.PubkeyToAddress(claimer.PublicKey)))
	return must(b.e.Tx(claimer, nil, ct.EscrowABI.PackClaim(id, auth)))
}

// longestProof is the index of the ticket with the longest proof (the dearest claim).
func longestProof(ts []client.Ticket) int {
	deep := 0
	for i, t := range ts {
		if len(t.Proof) > len(ts[deep].Proof) {
			deep = i
		}
	}
	return deep
}

func must2[T, U any](t T, u U, err error) (T, U) {
	if err != nil {
		panic(err)
	}
	return t, u
}

func run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	e, err := ct.New(24)
	if err != nil {
		return err
	}
	defer e.Close()
	b := &bench{e: e, key: must(crypto.GenerateKey()), tickets: map[string][]client.Ticket{}}
	claimKey := crypto.PubkeyToAddress(b.key.PublicKey)

	// Deploy cost, measured on a second escrow.
	_, dr, err := e.DeployEscrow(1)
	if err != nil {
		return err
	}
	ext := must(ct.EscrowABI.UnpackExtension(must(e.Call(e.Escrow, ct.EscrowABI.PackExtension()))))
	b.add("deploy escrow", dr, 0, fmt.Sprintf("%d bytes of runtime code; its extension (%d bytes) is deployed once per chain and shared",
		len(must(e.Client.CodeAt(context.Background(), e.Escrow, nil))), len(must(e.Client.CodeAt(context.Background(), ext, nil)))))

	// An ERC-20 (OpenZeppelin ERC20), funded and approved once.
	b.token = must(e.DeployMock(mocks.MockERC20MetaData.Bin, ct.ERC20ABI.PackConstructor("Test Token", "TT", 18)))
	must(e.TxTo(e.Key(0), b.token, nil, ct.ERC20ABI.PackMint(e.Addr(0), ct.Ether(1_000_000))))
	must(e.TxTo(e.Key(0), b.token, nil, ct.ERC20ABI.PackApprove(e.Escrow, new(big.Int).Lsh(big.NewInt(1), 255))))

	// Warm-up packets: the first send also pays for the packet counter's first write, the first ERC-20 send
	// for the escrow's first token balance.
	erc := func(p escrow.IHongbaoEscrowSendParams) escrow.IHongbaoEscrowSendParams { p.Token = b.token; return p }
	b.send(ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey))
	b.send(erc(ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey)))
	_, r := b.send(ct.DirectParams(e.Addr(1), ct.Ether(1)))
	b.add("send Direct, ETH", r, 0, "")
	_, r = b.send(ct.GroupParams(ct.Equal, 10, ct.Ether(1), claimKey))
	b.add("send Equal, ETH, 10 shares", r, 0, "")
	luckyID, r := b.send(ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey))
	b.add("send Lucky, ETH, 10 shares", r, 105_000, "claim key")
	_, r = b.send(erc(ct.DirectParams(e.Addr(1), ct.Ether(1))))
	b.add("send Direct, ERC-20", r, 0, "allowance set beforehand")
	_, r = b.send(erc(ct.GroupParams(ct.Equal, 10, ct.Ether(1), claimKey)))
	b.add("send Equal, ERC-20, 10 shares", r, 0, "")
	ercLucky, r := b.send(erc(ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey)))
	b.add("send Lucky, ERC-20, 10 shares", r, 0, "")

	// Claims of the lucky ETH packet by funded accounts claiming for themselves.
	for i := 1; i <= 10; i++ {
		r := must(e.ClaimWithKey(e.Key(i), b.key, luckyID))
		switch i {
		case 1:
			b.add("claim Lucky ETH, 1st", r, 70_000, "key-signed claimer, for itself")
		case 5:
			b.add("claim Lucky ETH, 5th", r, 70_000, "")
			b.luckyClaim = r.GasUsed
		case 10:
			b.add("claim Lucky ETH, 10th (last)", r, 70_000, "takes the rest, clears the packet")
		}
	}
	// ERC-20 claim by a claimer holding none of the token.
	r = must(e.ClaimWithKey(e.Key(11), b.key, ercLucky))
	b.add("claim Lucky ERC-20, claimer holds none", r, 95_000, "new token balance slot")

	directID, _ := b.send(ct.DirectParams(e.Addr(2), ct.Ether(1)))
	r = must(e.Claim(e.Key(2), directID, nil))
	b.add("claim Direct, ETH", r, 0, "")

	// Relayed claim: account 12 signs ClaimFor, account 13 relays.
	relayID, _ := b.send(ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey))
	deadline := new(big.Int).SetUint64(e.Now() + 3600)
	fee := big.NewInt(1e15)
	claimerSig := must(e.Domain.SignClaimFor(e.Key(12), relayID, e.Addr(13), fee, deadline))
	r = must(e.Tx(e.Key(13), nil, ct.EscrowABI.PackClaimFor(relayID, e.Addr(12), fee, deadline,
		e.ClaimSig(b.key, relayID, e.Addr(12)), claimerSig)))
	b.add("claimFor (relayed), Lucky ETH", r, 0, "relayer paid from the share")

	// Tickets (rules §1): one single-use ticket per share, derived as the client derives them, so that the
	// calldata (and the figures) are the same every run.
	ticketID, r := b.sendTickets(10)
	b.add("send Lucky, ETH, 10 tickets", r, 0, "root and the unused-ticket bitmap word")
	ts := b.tickets[ticketID.String()]
	deep := longestProof(ts)
	r = b.claimTicket(e.Key(14), ticketID, ts[deep])
	b.add("claim Lucky ETH with a ticket, 1st", r, 80_000, fmt.Sprintf("ticket %d of 10 (%d-hash proof), for itself", deep, len(ts[deep].Proof)))
	relayed := (deep + 1) % len(ts)
	auth := must(client.SignTicketClaim(e.Domain, &ts[relayed], ticketID, e.Addr(12)))
	claimerSig = must(e.Domain.SignClaimFor(e.Key(12), ticketID, e.Addr(13), fee, deadline))
	r = must(e.Tx(e.Key(13), nil, ct.EscrowABI.PackClaimFor(ticketID, e.Addr(12), fee, deadline, auth, claimerSig)))
	b.add("claimFor (relayed) with a ticket, Lucky ETH", r, 0, fmt.Sprintf("relayer paid from the share; %d-hash proof", len(ts[relayed].Proof)))
	bigID, r := b.sendTickets(10_000)
	b.add("send Lucky, ETH, 10,000 tickets", r, 0, "40 bitmap words")
	all := b.tickets[bigID.String()]
	deep = longestProof(all)
	r = b.claimTicket(e.Key(15), bigID, all[deep])
	b.add("claim Lucky ETH with a ticket of 10,000", r, 0, fmt.Sprintf("%d-hash proof, the longest a packet can need", len(all[deep].Proof)))

	// C2: withdraw during the cool-off.
	p := ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey)
	p.Delay = 7200
	coolID, _ := b.send(p)
	r = must(e.Tx(e.Key(0), nil, ct.EscrowABI.PackWithdrawCoolOff(coolID)))
	b.add("withdraw, C2 cool-off", r, 0, "")

	// C3: undo a group packet within its window (an ETH policy with a 5-minute tier).
	must(e.Tx(e.Key(0), nil, ct.EscrowABI.PackSetTokenPolicy(common.Address{}, big.NewInt(1),
		[]escrow.IHongbaoEscrowTier{{MaxAmount: ct.Ether(1000), Window: 300, Consent: true}})))
	undoID, _ := b.send(ct.GroupParams(ct.Equal, 10, ct.Ether(1), claimKey))
	r = must(e.Tx(e.Key(0), nil, ct.EscrowABI.PackUndo(undoID)))
	b.add("withdraw, C3 undo (group)", r, 0, "")
	must(e.Tx(e.Key(0), nil, ct.EscrowABI.PackSetTokenPolicy(common.Address{}, big.NewInt(1), nil)))

	// C4: decline.
	declineID, _ := b.send(ct.DirectParams(e.Addr(3), ct.Ether(1)))
	r = must(e.Tx(e.Key(3), nil, ct.EscrowABI.PackDecline(declineID)))
	b.add("decline, C4", r, 0, "")

	// C1: single refund by a keeper, then refundMany over 50 packets.
	refundID, _ := b.send(ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey))
	var many []*big.Int
	for i := 0; i < 50; i++ {
		id, _ := b.send(ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey))
		many = append(many, id)
	}
	if err := e.Warp(25 * time.Hour); err != nil {
		return err
	}
	r = must(e.Tx(e.Key(5), nil, ct.EscrowABI.PackRefund(refundID)))
	b.add("refund, C1 (keeper)", r, 40_000, "")
	r = must(e.Tx(e.Key(5), nil, ct.EscrowABI.PackRefundMany(many)))
	b.rows = append(b.rows, row{"refundMany, per packet (50 packets)", r.GasUsed / 50, 20_000,
		fmt.Sprintf("%d in all", r.GasUsed)})

	// Organisations (rules §5): account 6 admin, account 7 member; an org send and an admin intercept.
	must(e.Tx(e.Key(6), nil, ct.EscrowABI.PackCreateOrg(e.Addr(6))))
	must(e.Tx(e.Key(6), ct.Ether(100), ct.EscrowABI.PackFundOrg(1, common.Address{}, ct.Ether(100))))
	must(e.Tx(e.Key(6), nil, ct.EscrowABI.PackSetOrgMember(1, e.Addr(7), common.Address{}, ct.Ether(10), ct.Ether(50))))
	must(e.Tx(e.Key(7), nil, ct.EscrowABI.PackSendFromOrg(1, ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey))))
	r = must(e.Tx(e.Key(7), nil, ct.EscrowABI.PackSendFromOrg(1, ct.GroupParams(ct.Lucky, 10, ct.Ether(1), claimKey))))
	b.add("send Lucky, ETH, from an organisation budget", r, 0, "member within caps")
	orgPacket := must(lastID(e))
	r = must(e.Tx(e.Key(6), nil, ct.EscrowABI.PackIntercept(orgPacket)))
	b.add("intercept by an organisation admin, C6", r, 0, "rest back to the budget")

	b.sealed(claimKey)

	fmt.Print(b.table())
	for _, r := range b.rows {
		if r.target != 0 && r.gas > r.target {
			return fmt.Errorf("%s: %d gas is above the target %d", r.op, r.gas, r.target)
		}
	}
	return nil
}

func (b *bench) table() string {
	var sb strings.Builder
	sb.WriteString("# Gas\n\n")
	sb.WriteString("Receipt gas of the escrow's operations, printed by `make bench-gas` (testnet/gasbench) on the simulated\n")
	sb.WriteString("chain under Ethereum mainnet's fork rules (Osaka; go-ethereum's experimental Amsterdam/Bogota gas schedule\n")
	sb.WriteString("switched off). ETH amounts of 1 ether, ERC-20 = OpenZeppelin ERC20; sends after a first packet; claims by\n")
	sb.WriteString("funded accounts for themselves with a claim-key signature unless noted; ticket claims carry the ticket\n")
	sb.WriteString("key's compact signature and the ticket's Merkle proof.\n\n")
	sb.WriteString("| operation | gas | target | note |\n|---|---:|---:|---|\n")
	for _, r := range b.rows {
		target := "-"
		if r.target != 0 {
			mark := "ok"
			if r.gas > r.target {
				mark = "OVER"
			}
			target = fmt.Sprintf("<= %s (%s)", group(r.target), mark)
		}
		fmt.Fprintf(&sb, "| %s | %s | %s | %s |\n", r.op, group(r.gas), target, r.note)
	}
	sb.WriteString("\nSealed draw (rules §3): a claim at block b takes an index and pays nothing; its share is drawn from\n")
	sb.WriteString("blockhash(b + 1) by a later claim of the packet (up to two ready shares each), a settle or a keeper's\n")
	sb.WriteString("settleMany. When claims come at least two blocks apart, each claim draws and pays the one before it, so\n")
	sb.WriteString("\"claim Sealed ETH that draws the previous share\" is a claim and a settlement, amortised. Where the keeper's\n")
	sb.WriteString("gas per share goes is in docs/design.md, \"Sealed draw\".\n")
	return sb.String()
}

func lastID(e *ct.Env) (*big.Int, error) {
	out, err := e.Call(e.Escrow, ct.EscrowABI.PackLastPacketId())
	if err != nil {
		return nil, err
	}
	return ct.EscrowABI.UnpackLastPacketId(out)
}

func group(v uint64) string {
	s := fmt.Sprint(v)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// sealed measures the sealed draw (rules §3 "Sealed draw"): claims by accounts 16... with a claim key, blocks
// one second apart. A claim at block b is ready from b + 2 on; a claim that finds the previous one ready draws
// and pays it, so in steady state each claim pays for one claim plus one settlement.
func (b *bench) sealed(claimKey common.Address) {
	e := b.e
	claim := func(i int, id *big.Int) *types.Receipt { return must(e.ClaimWithKey(e.Key(i), b.key, id)) }
	empty := func() { e.Backend.Commit() }

	id, r := b.send(ct.GroupParams(ct.SealedLucky, 10, ct.Ether(1), claimKey))
	b.add("send SealedLucky, ETH, 10 shares", r, 0, "claim key; also writes the packet's draw word")
	r = claim(16, id)
	b.add("claim Sealed ETH, 1st", r, 0, "takes index 0, pays nothing yet")
	empty()
	r = claim(17, id)
	b.add("claim Sealed ETH that draws the previous share", r, b.luckyClaim*135/100, fmt.Sprintf(
		"claims >= 2 blocks apart: its own index plus the previous share's draw and payout (a claim and a settlement, amortised); %.2fx the Lucky ETH claim (target 1.35x)",
		float64(r.GasUsed)/float64(b.luckyClaim)))
	r = claim(18, id)
	b.add("claim Sealed ETH, previous claim not ready", r, 0, "in the next block (as in the same block): moves the previous claim to the queue")
	empty()
	r = claim(19, id)
	b.add("claim Sealed ETH that draws 2 shares", r, 0, "one from the queue, one from the draw word")
	empty()
	empty()
	r = must(e.Tx(e.Key(19), nil, ct.EscrowABI.PackSettle(id)))
	b.add("settle by the claimer, 1 share", r, 0, "the packet stays open")

	two, _ := b.send(ct.GroupParams(ct.SealedLucky, 2, ct.Ether(1), claimKey))
	claim(16, two)
	empty()
	claim(17, two)
	empty()
	r = must(e.Tx(e.Key(5), nil, ct.EscrowABI.PackSettle(two)))
	b.add("settle by a third party, last share", r, 0, "the packet closes (its draw word cleared)")

	// A relayed sealed claim: the fee (capped at the minimum share) is paid with the share when it is drawn.
	relayID, _ := b.send(ct.GroupParams(ct.SealedLucky, 10, ct.Ether(1), claimKey))
	deadline := new(big.Int).SetUint64(e.Now() + 3600)
	claimerSig := must(e.Domain.SignClaimFor(e.Key(20), relayID, e.Addr(13), big.NewInt(1), deadline))
	r = must(e.Tx(e.Key(13), nil, ct.EscrowABI.PackClaimFor(relayID, e.Addr(20), big.NewInt(1), deadline,
		e.ClaimSig(b.key, relayID, e.Addr(20)), claimerSig)))
	b.add("claimFor (relayed), Sealed ETH, 1st", r, 0, "fee recorded, paid at the draw")
	empty()
	r = must(e.Tx(e.Key(13), nil, ct.EscrowABI.PackSettle(relayID)))
	b.add("settle of a relayed share by its relayer", r, 0, "two payouts: the fee and the share")

	// Keeper settlement in batches of 50: Open packets claimed by DrawCrowd identities (contract accounts:
	// a payout to them costs what one to a fresh EOA does, the account being cold either way).
	crowdABI := mocks.NewDrawCrowd()
	crowd := must(e.DeployMock(mocks.DrawCrowdMetaData.Bin, crowdABI.PackConstructor(big.NewInt(50))))
	open := func(shares uint16) escrow.IHongbaoEscrowSendParams {
		return escrow.IHongbaoEscrowSendParams{Kind: ct.SealedLucky, Auth: ct.Open, Shares: shares, Ttl: 86400, Amount: ct.Ether(1)}
	}
	var ids, who []*big.Int
	for i := 0; i < 50; i++ {
		id, _ := b.send(open(10))
		ids, who = append(ids, id), append(who, big.NewInt(int64(i)))
	}
	must(e.TxTo(e.Key(21), crowd, nil, crowdABI.PackClaim(e.Escrow, ids, who)))
	empty()
	r = must(e.Tx(e.Key(5), nil, ct.EscrowABI.PackSettleMany(ids)))
	b.rows = append(b.rows, row{"settleMany, per share (50 packets x 1 pending share)", r.GasUsed / 50, 20_000,
		fmt.Sprintf("%d in all; 50 claimers; packets stay open", r.GasUsed)})

	one, _ := b.send(open(51))
	ids, who = nil, nil
	for i := 0; i < 50; i++ {
		ids, who = append(ids, one), append(who, big.NewInt(int64(i)))
	}
	must(e.TxTo(e.Key(21), crowd, nil, crowdABI.PackClaim(e.Escrow, ids, who))) // 50 claims in one block
	empty()
	r = must(e.Tx(e.Key(5), nil, ct.EscrowABI.PackSettleMany([]*big.Int{one})))
	b.rows = append(b.rows, row{"settleMany, per share (1 packet x 50 pending shares)", r.GasUsed / 50, 20_000,
		fmt.Sprintf("%d in all; 49 from the queue", r.GasUsed)})
}
