package sendclaim

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/tokens"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/simchain"
)

// sendCase is one successful send: what goes in, and the authorisation mode the packet must store.
type sendCase struct {
	name       string
	erc20      bool
	p          escrow.IHongbaoEscrowSendParams
	storedAuth uint8
}

func sendCases(claimKey, recipient, guardian common.Address, root [32]byte) []sendCase {
	amt := contracttest.Ether(3)
	return []sendCase{
		{name: "direct ETH with guardian", p: escrow.IHongbaoEscrowSendParams{
			Kind: contracttest.Direct, Shares: 1, Ttl: 86400, Amount: amt, Recipient: recipient, Guardian: guardian,
		}},
		// Direct ignores the auth field: the packet stores ClaimKey (0). Longest delay, shortest ttl.
		{name: "direct ETH auth ignored, max delay, min ttl", p: escrow.IHongbaoEscrowSendParams{
			Kind: contracttest.Direct, Auth: contracttest.Open, Shares: 1, Delay: 86400, Ttl: 300, Amount: amt,
			Recipient: recipient,
		}},
		{name: "equal ETH claim key, cool-off, max ttl", p: escrow.IHongbaoEscrowSendParams{
			Kind: contracttest.Equal, Auth: contracttest.ClaimKey, Shares: 5, Delay: 7200, Ttl: 30 * 86400,
			Amount: amt, Recipient: claimKey,
		}},
		{name: "lucky ETH allowlist, max shares", storedAuth: contracttest.Allowlist,
			p: escrow.IHongbaoEscrowSendParams{
				Kind: contracttest.Lucky, Auth: contracttest.Allowlist, Shares: 10_000, Ttl: 86400, Amount: amt,
				Root: root, Guardian: guardian,
			}},
		{name: "equal ETH open, one share", storedAuth: contracttest.Open, p: escrow.IHongbaoEscrowSendParams{
			Kind: contracttest.Equal, Auth: contracttest.Open, Shares: 1, Ttl: 86400, Amount: big.NewInt(1),
		}},
		{name: "direct ERC-20", erc20: true, p: escrow.IHongbaoEscrowSendParams{
			Kind: contracttest.Direct, Shares: 1, Ttl: 86400, Amount: amt, Recipient: recipient,
		}},
		{name: "lucky ERC-20 claim key", erc20: true, p: escrow.IHongbaoEscrowSendParams{
			Kind: contracttest.Lucky, Auth: contracttest.ClaimKey, Shares: 7, Delay: 60, Ttl: 3600, Amount: amt,
			Recipient: claimKey, Guardian: guardian,
		}},
		{name: "equal ERC-20 allowlist", erc20: true, storedAuth: contracttest.Allowlist,
			p: escrow.IHongbaoEscrowSendParams{
				Kind: contracttest.Equal, Auth: contracttest.Allowlist, Shares: 3, Ttl: 86400, Amount: amt, Root: root,
			}},
	}
}

// TestSendSuccess sends every kind in ETH and ERC-20 and checks the event, the stored packet, the balances and
// that ids run 1, 2, 3, ...
func TestSendSuccess(t *testing.T) {
	e := newEnv(t, 4)
	token := e.deployMockERC20()
	e.fundMock(token, 1, contracttest.Ether(100), contracttest.Ether(100))
	_, claimKey := newClaimKey(t)
	root := common.HexToHash("0x1234")
	sender := e.Addr(1)
	requireBig(t, new(big.Int), e.lastPacketID(), "lastPacketId before the first packet")

	for i, tc := range sendCases(claimKey, e.Addr(2), e.Addr(3), root) {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			p := tc.p
			if tc.erc20 {
				p.Token = token
			}
			before := e.snapshot(token, sender, e.Escrow)
			if !tc.erc20 {
				before = e.snapshot(eth, sender, e.Escrow)
			}
			created := e.Now() + 5
			require.NoError(t, e.NextAt(created))
			id, r := e.send(e.Key(1), p)

			wantID := big.NewInt(int64(i + 1))
			requireBig(t, wantID, id, "sequential id")
			requireBig(t, wantID, e.lastPacketID(), "lastPacketId")
			require.Equal(t, created, e.blockTime(r))

			release := u64(created + uint64(p.Delay))
			expires := add(release, u64(uint64(p.Ttl)))
			requireSame(t, &escrow.HongbaoEscrowPacketSent{
				Id: wantID, Sender: sender, Recipient: p.Recipient, Token: p.Token, Kind: p.Kind,
				Auth: tc.storedAuth, Total: p.Amount, Shares: p.Shares, MinShare: big.NewInt(1),
				ReleaseAt: release, ExpiresAt: expires, UndoUntil: new(big.Int),
			}, oneEvent(t, r, abiEscrow.UnpackPacketSentEvent), "PacketSent")
			// Root and guardian have their own events, emitted only when set.
			if p.Root != ([32]byte{}) {
				require.Equal(t, p.Root, oneEvent(t, r, abiEscrow.UnpackAllowlistSetEvent).Root, "AllowlistSet")
			}
			if p.Guardian != eth {
				require.Equal(t, p.Guardian, oneEvent(t, r, abiEscrow.UnpackGuardianSetEvent).Guardian, "GuardianSet")
			}

			status := contracttest.StatusOpen
			if p.Delay > 0 {
				status = contracttest.StatusCoolOff
			}
			requireSame(t, escrow.IHongbaoEscrowPacketView{
				Id: wantID, Status: status, Kind: p.Kind, Auth: tc.storedAuth, Sender: sender, Token: p.Token,
				Remaining: p.Amount, Shares: p.Shares, MinShare: big.NewInt(1), Recipient: p.Recipient,
				Root: p.Root, Guardian: p.Guardian, CreatedAt: u64(created), ReleaseAt: release, ExpiresAt: expires,
				UndoUntil: new(big.Int),
			}, e.Packet(id), "getPacket")

			requireSendMoved(t, e, r, p, before)
		})
	}
}

// requireSendMoved checks that exactly the amount went from the sender to the escrow, and the sender paid gas.
func requireSendMoved(t *testing.T, e *env, r *types.Receipt, p escrow.IHongbaoEscrowSendParams, before balances) {
	t.Helper()
	sender := e.Addr(1)
	gas := simchain.GasCost(r)
	if p.Token == eth {
		requireBig(t, sub(before.eth[sender], add(p.Amount, gas)), e.Balance(sender), "sender ETH")
		requireBig(t, add(before.eth[e.Escrow], p.Amount), e.Balance(e.Escrow), "escrow ETH")
		return
	}
	requireBig(t, sub(before.eth[sender], gas), e.Balance(sender), "sender ETH pays only gas")
	requireBig(t, before.eth[e.Escrow], e.Balance(e.Escrow), "escrow ETH")
	requireBig(t, sub(before.tok[sender], p.Amount), e.TokenBalance(p.Token, sender), "sender tokens")
	requireBig(t, add(before.tok[e.Escrow], p.Amount), e.TokenBalance(p.Token, e.Escrow), "escrow tokens")
}

// TestSendWithPermit sends tCNY with an EIP-2612 permit signed in Go, without any prior approve, for each
// kind; with the rules §4 default policy the amount picks the undo tier.
func TestSendWithPermit(t *testing.T) {
	e := newEnv(t, 4)
	tcny := e.deployTCNY()
	e.setPolicy(tcny, big.NewInt(1), defaultTCNYTiers)
	e.mintTCNY(tcny, 1, big.NewInt(10_000_00))
	_, claimKey := newClaimKey(t)

	cases := []struct {
		name    string
		p       escrow.IHongbaoEscrowSendParams
		window  uint64
		consent bool
	}{
		{"direct 100.00 (5 min, consent)", contracttest.DirectParams(e.Addr(2), big.NewInt(100_00)), 300, true},
		{"equal 300.00 (2 min, consent)", contracttest.GroupParams(contracttest.Equal, 3, big.NewInt(300_00), claimKey), 120, true},
		{"lucky 600.00 (no undo)", contracttest.GroupParams(contracttest.Lucky, 6, big.NewInt(600_00), claimKey), 0, false},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.on(t)
			p := tc.p
			p.Token = tcny
			nonce := e.permitNonce(tcny, e.Addr(1))
			requireBig(t, big.NewInt(int64(i)), nonce, "permit nonce before")
			before := e.snapshot(tcny, e.Addr(1), e.Escrow)
			pm := e.signPermit(e.Key(1), tcny, p.Amount, nonce, u64(e.Now()+3600))

			created := e.Now() + 3
			require.NoError(t, e.NextAt(created))
			r := e.mustTx(e.Key(1), nil, abiEscrow.PackSendWithPermit(p, pm.Deadline, pm.V, pm.R, pm.S))

			ev := oneEvent(t, r, abiEscrow.UnpackPacketSentEvent)
			requireBig(t, big.NewInt(int64(i+1)), ev.Id, "id")
			require.Equal(t, tcny, ev.Token)
			require.Equal(t, p.Kind, ev.Kind)
			requireBig(t, p.Amount, ev.Total, "total")
			undoUntil := new(big.Int)
			if tc.window > 0 {
				undoUntil = u64(created + tc.window)
			}
			requireBig(t, undoUntil, ev.UndoUntil, "event undoUntil")
			require.Equal(t, tc.consent, ev.UndoConsent, "event undoConsent")

			pk := e.Packet(ev.Id)
			requireBig(t, undoUntil, pk.UndoUntil, "packet undoUntil")
			require.Equal(t, tc.consent, pk.UndoConsent, "packet undoConsent")
			requireBig(t, p.Amount, pk.Remaining, "remaining")
			require.Equal(t, tcny, pk.Token)

			requireBig(t, add(nonce, big.NewInt(1)), e.permitNonce(tcny, e.Addr(1)), "permit consumed")
			requireBig(t, new(big.Int), e.allowance(tcny, e.Addr(1)), "allowance used up")
			requireSendMoved(t, e, r, p, before)
		})
	}
}

// TestSendWithPermitFailingPermit: a permit that fails (bad signer, expired, already used by a front-runner) is
// ignored, and an allowance that exists anyway still funds the packet.
func TestSendWithPermitFailingPermit(t *testing.T) {
	amount := big.NewInt(50_00)
	cases := []struct {
		name string
		// prepare returns the permit to pass; it may approve or front-run first.
		prepare func(e *env, tcny common.Address) permit
		// nonceAfter is the sender's permit nonce after the send.
		nonceAfter int64
	}{
		{"signed by another key, approved before", func(e *env, tcny common.Address) permit {
			e.mustTxTo(e.Key(1), tcny, nil, abiTCNY.PackApprove(e.Escrow, amount))
			return e.signPermit(e.Key(2), tcny, amount, new(big.Int), u64(e.Now()+3600))
		}, 0},
		{"expired deadline, approved before", func(e *env, tcny common.Address) permit {
			e.mustTxTo(e.Key(1), tcny, nil, abiTCNY.PackApprove(e.Escrow, amount))
			return e.signPermit(e.Key(1), tcny, amount, new(big.Int), u64(e.Now()-1))
		}, 0},
		{"front-run: permit already submitted to the token", func(e *env, tcny common.Address) permit {
			pm := e.signPermit(e.Key(1), tcny, amount, new(big.Int), u64(e.Now()+3600))
			// Anyone may submit a permit; account 3 does it first, so the escrow's own permit call fails.
			e.mustTxTo(e.Key(3), tcny, nil, abiTCNY.PackPermit(e.Addr(1), e.Escrow, amount, pm.Deadline, pm.V, pm.R, pm.S))
			return pm
		}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, 4)
			tcny := e.deployTCNY()
			e.mintTCNY(tcny, 1, big.NewInt(1_000_00))
			pm := tc.prepare(e, tcny)
			p := contracttest.DirectParams(e.Addr(2), amount)
			p.Token = tcny
			before := e.snapshot(tcny, e.Addr(1), e.Escrow)

			r := e.mustTx(e.Key(1), nil, abiEscrow.PackSendWithPermit(p, pm.Deadline, pm.V, pm.R, pm.S))

			requireBig(t, big.NewInt(1), oneEvent(t, r, abiEscrow.UnpackPacketSentEvent).Id, "packet sent")
			requireBig(t, big.NewInt(tc.nonceAfter), e.permitNonce(tcny, e.Addr(1)), "permit nonce")
			requireBig(t, new(big.Int), e.allowance(tcny, e.Addr(1)), "allowance used up")
			requireSendMoved(t, e, r, p, before)
		})
	}
}

// TestSendWithPermitFailingPermitNoAllowance: a failing permit with no allowance leaves transferFrom to revert
// with the token's own error; nothing moves and no packet exists.
func TestSendWithPermitFailingPermitNoAllowance(t *testing.T) {
	e := newEnv(t, 3)
	tcny := e.deployTCNY()
	e.mintTCNY(tcny, 1, big.NewInt(1_000_00))
	amount := big.NewInt(50_00)
	p := contracttest.DirectParams(e.Addr(2), amount)
	p.Token = tcny
	pm := e.signPermit(e.Key(2), tcny, amount, new(big.Int), u64(e.Now()+3600))
	before := e.snapshot(tcny, e.Addr(1), e.Escrow)

	_, err := e.Tx(e.Key(1), nil, abiEscrow.PackSendWithPermit(p, pm.Deadline, pm.V, pm.R, pm.S))

	data := revertData(t, err)
	require.GreaterOrEqual(t, len(data), 4)
	got, uerr := abiTCNY.UnpackError(data)
	require.NoError(t, uerr)
	requireSame(t, &tokens.TestStablecoinERC20InsufficientAllowance{
		Spender: e.Escrow, Allowance: new(big.Int), Needed: amount,
	}, got)
	e.requireUnchanged(tcny, before)
	requireBig(t, new(big.Int), e.lastPacketID(), "no packet")
	requireBig(t, new(big.Int), e.permitNonce(tcny, e.Addr(1)), "permit nonce")
}
