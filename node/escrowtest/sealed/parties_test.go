package sealed

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/simchain"
)

// TestSealedRelayed: a relayed claim of a sealed packet records a fee of min(maxFee, minShare) and pays nothing;
// when the share is drawn (by anyone) RelayFeePaid names the relayer, the relayer gets the fee and the claimer
// the rest.
func TestSealedRelayed(t *testing.T) {
	f := newFx(t, 8)
	const relayer, keeper = 6, 5
	minShare := big.NewInt(1e15)
	f.ok(0, esc.PackSetTokenPolicy(common.Address{}, minShare, nil))
	cases := []struct {
		name   string
		maxFee *big.Int
		fee    *big.Int
	}{
		{"fee above the minimum share: capped at it", big.NewInt(5e15), minShare},
		{"fee below the minimum share: as signed", big.NewInt(3e14), big.NewInt(3e14)},
		{"no fee", new(big.Int), new(big.Int)},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f.t = t
			id, st := f.send(0, sealedParams(3, contracttest.Ether(3)))
			st.Min = uint256.MustFromBig(minShare)
			claimer := 1 + i
			deadline := new(big.Int).SetUint64(f.Now() + 3600)
			s, err := f.Domain.SignClaimFor(f.Key(claimer), id, f.Addr(relayer), c.maxFee, deadline)
			require.NoError(t, err)
			cb := f.Balance(f.Addr(claimer))
			r := f.ok(relayer, esc.PackClaimFor(id, f.Addr(claimer), c.maxFee, deadline, nil, s))
			f.checkClaim(r, st)
			require.Empty(t, eventsOf[*escrow.HongbaoEscrowRelayFeePaid](r), "nothing paid at the claim")
			sp := one[*escrow.HongbaoEscrowSharePending](t, r)
			require.Equal(t, c.fee.String(), sp.Fee.String())
			if c.fee.Sign() != 0 {
				require.Equal(t, f.Addr(relayer), sp.Relayer)
			} else {
				require.Equal(t, common.Address{}, sp.Relayer)
			}
			require.Equal(t, cb, f.Balance(f.Addr(claimer)))
			out, err := f.Call(f.Escrow, esc.PackPendingDraws(id, new(big.Int), big.NewInt(1000)))
			require.NoError(t, err)
			page, err := esc.UnpackPendingDraws(out)
			require.NoError(t, err)
			pd := page.Draws
			require.Len(t, pd, 1)
			require.Equal(t, c.fee.String(), pd[0].RelayFee.String())
			f.conserve()

			warpBlocks(t, f.Env, 1)
			rb := f.Balance(f.Addr(relayer))
			ds, sr := f.settle(keeper, id, st)
			require.Len(t, ds, 1)
			fees := eventsOf[*escrow.HongbaoEscrowRelayFeePaid](sr)
			if c.fee.Sign() == 0 {
				require.Empty(t, fees)
			} else {
				require.Len(t, fees, 1)
				require.Equal(t, f.Addr(relayer), fees[0].Relayer)
				require.Equal(t, c.fee.String(), fees[0].Fee.String())
			}
			require.Equal(t, new(big.Int).Add(rb, c.fee), f.Balance(f.Addr(relayer)), "relayer paid the fee")
			require.Equal(t, new(big.Int).Add(cb, new(big.Int).Sub(ds[0].Amount.ToBig(), c.fee)), f.Balance(f.Addr(claimer)), "claimer paid the rest")
			f.conserve()
		})
	}
	f.ok(0, esc.PackSetTokenPolicy(common.Address{}, big.NewInt(1), nil))
}

// TestSealedERC20: a sealed packet of an ERC-20: the draws pay token balances equal to the Claimed amounts and
// the escrow keeps nothing once every share is drawn.
func TestSealedERC20(t *testing.T) {
	f := newFx(t, 8)
	token, err := f.DeployMock(mocks.MockERC20MetaData.Bin, contracttest.ERC20ABI.PackConstructor("T", "T", 18))
	require.NoError(t, err)
	_, err = f.TxTo(f.Key(0), token, nil, contracttest.ERC20ABI.PackMint(f.Addr(0), contracttest.Ether(100)))
	require.NoError(t, err)
	_, err = f.TxTo(f.Key(0), token, nil, contracttest.ERC20ABI.PackApprove(f.Escrow, contracttest.Ether(100)))
	require.NoError(t, err)
	total := new(big.Int).Add(contracttest.Ether(4), big.NewInt(3))
	p := sealedParams(4, total)
	p.Token = token
	id, st := f.send(0, p)
	require.Equal(t, total, f.TokenBalance(token, f.Escrow))
	got := map[common.Address]*big.Int{}
	for i := 1; i <= 4; i++ {
		r := f.claim(i, id, st)
		for _, ev := range claimedEvents(r) {
			got[ev.Claimer] = ev.Amount
		}
		if i%2 == 0 {
			warpBlocks(t, f.Env, 1)
		}
	}
	warpBlocks(t, f.Env, 1)
	ds, _ := f.settle(5, id, st)
	for _, d := range ds {
		got[d.Claimer] = d.Amount.ToBig()
	}
	require.Len(t, got, 4)
	for a, amt := range got {
		require.Equal(t, amt, f.TokenBalance(token, a))
	}
	require.Zero(t, f.TokenBalance(token, f.Escrow).Sign())
	require.Equal(t, contracttest.StatusClosed, f.Packet(id).Status)
}

// TestSealedHostileReceivers: a claimer contract that rejects ETH gets its draw credited to the owed ledger (the
// claim or settle that drew it succeeds, and so does everyone else's payout); a claimer contract that re-enters
// the escrow when paid cannot get in (the guard refuses) and is paid once.
func TestSealedHostileReceivers(t *testing.T) {
	f := newFx(t, 8)
	const modeReject = 1
	actor := func(mode uint8) common.Address {
		a, err := f.DeployMock(mocks.TestActorMetaData.Bin, contracttest.Actor.PackConstructor(f.Addr(1)))
		require.NoError(t, err)
		if mode != 0 {
			_, err = f.TxTo(f.Key(1), a, nil, contracttest.Actor.PackSetMode(mode))
			require.NoError(t, err)
		}
		return a
	}
	claimAs := func(a common.Address, id *big.Int) {
		_, err := f.TxTo(f.Key(1), a, nil, contracttest.Actor.PackExecute(f.Escrow, new(big.Int), esc.PackClaim(id, nil)))
		require.NoError(t, err)
	}

	t.Run("rejecting receiver: owed, nobody else fails", func(t *testing.T) {
		f.t = t
		bad := actor(modeReject)
		f.owedTo = append(f.owedTo, bad)
		id, st := f.send(0, sealedParams(3, contracttest.Ether(3)))
		claimAs(bad, id)
		st.Claim(bad, head(t, f.Env))
		f.claim(2, id, st) // next block: not ready yet
		warpBlocks(t, f.Env, 1)
		b3 := f.Balance(f.Addr(3))
		r := f.claim(3, id, st) // draws the rejecting actor's share and claimer 2's
		ev := claimedEvents(r)
		require.Len(t, ev, 2)
		owed := one[*escrow.HongbaoEscrowOwedCredited](t, r)
		require.Equal(t, bad, owed.Account)
		require.Equal(t, ev[0].Amount, owed.Amount)
		require.Equal(t, ev[0].Amount, f.Owed(common.Address{}, bad))
		require.Equal(t, new(big.Int).Sub(b3, simchain.GasCost(r)), f.Balance(f.Addr(3)), "the drawer paid only gas")
		f.conserve()
	})

	// A re-entering receiver drawn by someone else gets a capped push: its attempt and its bookkeeping run out of
	// that gas, so the push fails and the share goes to the owed ledger. Drawing its own share (settle as the
	// caller) it is paid with all gas: the re-entry is refused by the guard and it is paid exactly once.
	for _, self := range []bool{false, true} {
		name := "re-entering receiver drawn by a keeper: owed"
		if self {
			name = "re-entering receiver settling itself: refused, paid once"
		}
		t.Run(name, func(t *testing.T) {
			f.t = t
			id, st := f.send(0, sealedParams(3, contracttest.Ether(3)))
			re := actor(0)
			f.owedTo = append(f.owedTo, re)
			_, err := f.TxTo(f.Key(1), re, nil, contracttest.Actor.PackSetReenter(f.Escrow, esc.PackClaim(id, nil)))
			require.NoError(t, err)
			claimAs(re, id)
			st.Claim(re, head(t, f.Env))
			warpBlocks(t, f.Env, 1)
			var amount *big.Int
			if self {
				r, err := f.TxTo(f.Key(1), re, nil, contracttest.Actor.PackExecute(f.Escrow, new(big.Int), esc.PackSettle(id)))
				require.NoError(t, err)
				ds, err := st.Draw(r.BlockNumber.Uint64(), 0, hashOf(t, f.Env))
				require.NoError(t, err)
				compareDraws(t, "self settle", ds, r)
				amount = ds[0].Amount.ToBig()
			} else {
				ds, _ := f.settle(5, id, st)
				require.Len(t, ds, 1)
				amount = ds[0].Amount.ToBig()
			}
			out, err := f.Call(re, contracttest.Actor.PackReentered())
			require.NoError(t, err)
			ok, err := contracttest.Actor.UnpackReentered(out)
			require.NoError(t, err)
			require.False(t, ok, "no re-entry got through")
			out, err = f.Call(re, contracttest.Actor.PackReceived())
			require.NoError(t, err)
			got, err := contracttest.Actor.UnpackReceived(out)
			require.NoError(t, err)
			owed := f.Owed(common.Address{}, re)
			if self {
				require.Equal(t, amount, got, "paid once, in full")
				require.Zero(t, owed.Sign())
			} else {
				require.Equal(t, amount, owed, "the capped push failed: owed")
				require.Zero(t, got.Sign())
			}
			require.Equal(t, uint16(1), f.Packet(id).Claimed, "drawn once")
			f.conserve()
		})
	}
}

// TestSealedAuthModes: a sealed packet checks the claimer as a Lucky one does (claim key, allowlist, tickets):
// a valid claim takes an index, an invalid one is refused with the mode's error and takes nothing.
func TestSealedAuthModes(t *testing.T) {
	f := newFx(t, 8)
	claimKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	tree, err := merkle.New([]common.Address{f.Addr(1), f.Addr(2)})
	require.NoError(t, err)
	proof := func(a common.Address) []byte {
		pr, ok := tree.Proof(a)
		require.True(t, ok)
		return merkle.EncodeProof(pr)
	}
	cases := []struct {
		name      string
		params    func() escrow.IHongbaoEscrowSendParams
		good, bad func(id *big.Int) []byte // auth of claimer 1 (valid) and claimer 3 (invalid)
		err       string
	}{
		{"claim key", func() escrow.IHongbaoEscrowSendParams {
			p := sealedParams(2, contracttest.Ether(2))
			p.Auth, p.Recipient = contracttest.ClaimKey, crypto.PubkeyToAddress(claimKey.PublicKey)
			return p
		}, func(id *big.Int) []byte { return f.ClaimSig(claimKey, id, f.Addr(1)) },
			func(id *big.Int) []byte { return f.ClaimSig(claimKey, id, f.Addr(1)) }, // signed for someone else
			"*escrow.HongbaoEscrowInvalidClaimSignature"},
		{"allowlist", func() escrow.IHongbaoEscrowSendParams {
			p := sealedParams(2, contracttest.Ether(2))
			p.Auth, p.Root = contracttest.Allowlist, tree.Root()
			return p
		}, func(*big.Int) []byte { return proof(f.Addr(1)) },
			func(*big.Int) []byte { return proof(f.Addr(2)) }, // not listed
			"*escrow.HongbaoEscrowNotInAllowlist"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f.t = t
			id, st := f.send(0, c.params())
			_, err := f.Tx(f.Key(3), nil, esc.PackClaim(id, c.bad(id)))
			v, derr := contracttest.DecodeError(err)
			require.NoError(t, derr)
			require.Equal(t, c.err, typeOf(v))
			r := f.ok(1, esc.PackClaim(id, c.good(id)))
			f.checkClaim(r, st)
			warpBlocks(t, f.Env, 1)
			f.settle(5, id, st)
			require.Equal(t, uint16(1), f.Packet(id).Claimed)
			f.conserve()
		})
	}

	t.Run("tickets", func(t *testing.T) {
		f.t = t
		next, err := f.Call(f.Escrow, esc.PackLastPacketId())
		require.NoError(t, err)
		last, err := esc.UnpackLastPacketId(next)
		require.NoError(t, err)
		ts, tt, err := client.DeriveTickets(f.Key(0), f.ChainID, f.Escrow, last.Uint64()+1, 2)
		require.NoError(t, err)
		p := sealedParams(2, contracttest.Ether(2))
		p.Auth, p.Root = uint8(client.Tickets), tt.Root()
		id, st := f.send(0, p)
		auth, err := client.SignTicketClaim(f.Domain, &ts[0], id, f.Addr(1))
		require.NoError(t, err)
		r := f.ok(1, esc.PackClaim(id, auth))
		f.checkClaim(r, st)
		// the same ticket for another claimer: used
		auth2, err := client.SignTicketClaim(f.Domain, &ts[0], id, f.Addr(2))
		require.NoError(t, err)
		_, err = f.Tx(f.Key(2), nil, esc.PackClaim(id, auth2))
		v, derr := contracttest.DecodeError(err)
		require.NoError(t, derr)
		require.Equal(t, "*escrow.HongbaoEscrowTicketAlreadyUsed", typeOf(v))
		auth2, err = client.SignTicketClaim(f.Domain, &ts[1], id, f.Addr(2))
		require.NoError(t, err)
		f.checkClaim(f.ok(2, esc.PackClaim(id, auth2)), st)
		warpBlocks(t, f.Env, 1)
		f.settle(5, id, st)
		require.Equal(t, contracttest.StatusClosed, f.Packet(id).Status)
		f.conserve()
	})
}

// TestSealedOrgPacket: a sealed packet sent from an organisation's budget; an admin's intercept with a claim
// pending sends back to the budget only what the pending claim does not hold, and the pending share is drawn
// afterwards.
func TestSealedOrgPacket(t *testing.T) {
	f := newFx(t, 8)
	const admin, member = 6, 7
	f.ok(admin, esc.PackCreateOrg(f.Addr(admin)))
	_, err := f.Tx(f.Key(admin), contracttest.Ether(10), esc.PackFundOrg(1, common.Address{}, contracttest.Ether(10)))
	require.NoError(t, err)
	f.ok(admin, esc.PackSetOrgMember(1, f.Addr(member), common.Address{}, contracttest.Ether(10), contracttest.Ether(10)))
	budget := func() *big.Int {
		out, err := f.Call(f.Escrow, esc.PackOrgBudget(1, common.Address{}))
		require.NoError(t, err)
		v, err := esc.UnpackOrgBudget(out)
		require.NoError(t, err)
		return v
	}
	p := sealedParams(4, contracttest.Ether(4))
	r := f.ok(member, esc.PackSendFromOrg(1, p))
	id := one[*escrow.HongbaoEscrowPacketSent](t, r).Id
	f.ids = append(f.ids, id)
	st := mirror(id, p.Amount, 4)
	check := func() {
		require.Equal(t, new(big.Int).Add(f.Packet(id).Remaining, budget()), f.Balance(f.Escrow), "escrow == packet + budget")
	}
	check()
	f.claim(1, id, st)
	warpBlocks(t, f.Env, 1)
	f.claim(2, id, st) // draws claim 1; claim 2 pending
	check()
	before := budget()
	expBack, ok := st.Unheld()
	require.True(t, ok)
	r = f.ok(admin, esc.PackIntercept(id))
	ev := one[*escrow.HongbaoEscrowIntercepted](t, r)
	require.Equal(t, common.Address{}, ev.To, "back to the budget")
	require.Equal(t, expBack.ToBig(), ev.Amount)
	require.Equal(t, new(big.Int).Add(before, expBack.ToBig()), budget())
	check()
	warpBlocks(t, f.Env, 1)
	ds, _ := f.settle(5, id, st)
	require.Len(t, ds, 1)
	require.Equal(t, contracttest.StatusClosed, f.Packet(id).Status)
	check()
}

func typeOf(v any) string { return fmt.Sprintf("%T", v) }
