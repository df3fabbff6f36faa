package sealed

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/lucky"
	"github.com/hongbao/hongbao/node/simchain"
)

var esc = contracttest.EscrowABI

// fx is a chain with the escrow and the sealed packets a test sent, for the conservation check.
type fx struct {
	*contracttest.Env
	t   *testing.T
	ids []*big.Int
	// owedTo are accounts that may hold an owed balance (ETH)
	owedTo []common.Address
}

func newFx(t *testing.T, n int) *fx {
	e, err := contracttest.New(n)
	require.NoError(t, err)
	t.Cleanup(e.Close)
	return &fx{Env: e, t: t}
}

// sealedParams is an Open SealedLucky ETH packet of `shares` shares and `amount` wei, a day to claim.
func sealedParams(shares uint16, amount *big.Int) escrow.IHongbaoEscrowSendParams {
	return escrow.IHongbaoEscrowSendParams{Kind: contracttest.SealedLucky, Auth: contracttest.Open, Shares: shares, Ttl: 86400, Amount: amount}
}

// send sends p from account `from` and returns its id and the mirror of its draw state (minimum share 1 unless
// the policy says otherwise: callers that set one adjust st.Min).
func (f *fx) send(from int, p escrow.IHongbaoEscrowSendParams) (*big.Int, *lucky.Sealed) {
	f.t.Helper()
	id, _, err := f.SendPacket(f.Key(from), p)
	require.NoError(f.t, err)
	f.ids = append(f.ids, id)
	return id, mirror(id, p.Amount, uint64(p.Shares))
}

// ok sends data to the escrow from account `from`; it must succeed.
func (f *fx) ok(from int, data []byte) *types.Receipt {
	f.t.Helper()
	r, err := f.Tx(f.Key(from), nil, data)
	require.NoError(f.t, err)
	return r
}

// fail sends data to the escrow from account `from`; it must revert, and the custom error is returned.
func (f *fx) fail(from int, data []byte) any {
	f.t.Helper()
	_, err := f.Tx(f.Key(from), nil, data)
	require.Error(f.t, err)
	v, derr := contracttest.DecodeError(err)
	require.NoError(f.t, derr, "%v", err)
	return v
}

// claim claims id from account i (Open auth) and checks the draws the claim made against the mirror.
func (f *fx) claim(i int, id *big.Int, st *lucky.Sealed) *types.Receipt {
	f.t.Helper()
	r := f.ok(i, esc.PackClaim(id, nil))
	f.checkClaim(r, st)
	return r
}

// checkClaim mirrors a mined claim: the ready shares it drew (at most four), then its index.
func (f *fx) checkClaim(r *types.Receipt, st *lucky.Sealed) {
	f.t.Helper()
	b := r.BlockNumber.Uint64()
	exp, err := st.Draw(b, lucky.DrawPerClaim, hashOf(f.t, f.Env))
	require.NoError(f.t, err)
	compareDraws(f.t, "claim", exp, r)
	sp := eventsOf[*escrow.HongbaoEscrowSharePending](r)
	require.Len(f.t, sp, 1)
	pc := st.Claim(sp[0].Claimer, b)
	require.Equal(f.t, pc.Index, sp[0].Index.Uint64())
}

// settle settles id from account i and checks the draws against the mirror; returns the draws.
func (f *fx) settle(i int, id *big.Int, st *lucky.Sealed) ([]lucky.Drawn, *types.Receipt) {
	f.t.Helper()
	r := f.ok(i, esc.PackSettle(id))
	exp, err := st.Draw(r.BlockNumber.Uint64(), lucky.DrawPerSettle, hashOf(f.t, f.Env))
	require.NoError(f.t, err)
	compareDraws(f.t, "settle", exp, r)
	return exp, r
}

// conserve: the escrow's ETH is exactly what its packets have not paid out (pending shares included) plus
// what it owes.
func (f *fx) conserve() {
	f.t.Helper()
	want := new(big.Int)
	for _, id := range f.ids {
		want.Add(want, f.Packet(id).Remaining)
	}
	for _, a := range f.owedTo {
		want.Add(want, f.Owed(common.Address{}, a))
	}
	require.Equal(f.t, want.String(), f.Balance(f.Escrow).String(), "escrow balance == remaining + owed")
}

// TestSealedClaimTiming: claims in the same block, the next block and later blocks; each claim draws the ready
// earlier shares (at most four) before taking its index, exactly as the Go mirror says; a final settle by a
// third party draws the rest. Every claimer's balance moves by its share less its own gas, the packet closes
// and the escrow is left with nothing.
func TestSealedClaimTiming(t *testing.T) {
	f := newFx(t, 12)
	d := lucky.DrawPerClaim
	type group struct {
		gap int   // empty blocks before
		who []int // claimers in one block, in order
	}
	cases := []struct {
		name   string
		groups []group
		// perClaim: Claimed events expected in each claim's receipt, in claim order (-1: do not check)
		perClaim []int
	}{
		{"all in one block", []group{{0, []int{1, 2, 3, 4}}}, []int{0, 0, 0, 0}},
		{"each in the next block", []group{{0, []int{1}}, {0, []int{2}}, {0, []int{3}}, {0, []int{4}}}, []int{0, 0, 1, 1}},
		{"later blocks", []group{{0, []int{1}}, {1, []int{2}}, {3, []int{3}}, {1, []int{4}}}, []int{0, 1, 1, 1}},
		{"mixed", []group{{0, []int{1, 2}}, {0, []int{3}}, {2, []int{4, 5}}, {0, []int{6}}}, []int{0, 0, 0, min(3, d), 3 - min(3, d), 0}},
		{"six ready: a claim draws at most DrawPerClaim", []group{{0, []int{1, 2, 3, 4, 5, 6}}, {1, []int{7}}}, []int{0, 0, 0, 0, 0, 0, d}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f.t = t
			n := 0
			for _, g := range c.groups {
				n += len(g.who)
			}
			total := new(big.Int).Add(contracttest.Ether(int64(n)), big.NewInt(12345))
			id, st := f.send(0, sealedParams(uint16(n), total))
			before := map[int]*big.Int{}
			gas := map[int]*big.Int{}
			got := map[common.Address]*big.Int{}
			k := 0
			for _, g := range c.groups {
				warpBlocks(t, f.Env, g.gap)
				calls := make([]call, len(g.who))
				for i, w := range g.who {
					before[w] = f.Balance(f.Addr(w))
					calls[i] = call{from: f.Key(w), to: f.Escrow, data: esc.PackClaim(id, nil)}
				}
				for i, r := range mine(t, f.Env, calls...) {
					f.checkClaim(r, st)
					gas[g.who[i]] = simchain.GasCost(r)
					require.Len(t, claimedEvents(r), c.perClaim[k], "claim %d", k)
					k++
					for _, ev := range claimedEvents(r) {
						got[ev.Claimer] = ev.Amount
					}
				}
				f.conserve()
			}
			require.Equal(t, uint16(0), f.Packet(id).Claimed+uint16(len(st.Pending))-uint16(n), "every index taken")
			warpBlocks(t, f.Env, 1)
			ds, _ := f.settle(11, id, st)
			for _, d := range ds {
				got[d.Claimer] = d.Amount.ToBig()
			}
			require.Len(t, got, n)
			require.Equal(t, total, sum(mapValues(got)...))
			for w, b := range before {
				want := new(big.Int).Sub(b, gas[w])
				want.Add(want, got[f.Addr(w)])
				require.Equal(t, want, f.Balance(f.Addr(w)), "balance of claimer %d", w)
				require.Equal(t, got[f.Addr(w)], f.ClaimedAmount(id, f.Addr(w)))
			}
			require.Equal(t, contracttest.StatusClosed, f.Packet(id).Status)
			require.Zero(t, f.Balance(f.Escrow).Sign())
		})
	}
}

func mapValues[K comparable, V any](m map[K]V) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// TestSealedSettledBy: the claimer, a third party or the packet's next claim may draw a share; the amount is
// the same whoever draws it, the claimer is paid it in full, and whoever drew it pays only gas.
func TestSealedSettledBy(t *testing.T) {
	f := newFx(t, 8)
	for _, by := range []string{"claimer", "third party", "next claim"} {
		t.Run(by, func(t *testing.T) {
			f.t = t
			id, st := f.send(0, sealedParams(3, contracttest.Ether(3)))
			b1 := f.Balance(f.Addr(1))
			r1 := f.claim(1, id, st)
			warpBlocks(t, f.Env, 1)
			var r *types.Receipt
			var drawer int
			switch by {
			case "claimer":
				drawer = 1
				_, r = f.settle(1, id, st)
			case "third party":
				drawer = 5
				_, r = f.settle(5, id, st)
			case "next claim":
				drawer = 2
				r = f.claim(2, id, st)
			}
			ev := claimedEvents(r)
			require.Len(t, ev, 1)
			require.Equal(t, f.Addr(1), ev[0].Claimer)
			want := new(big.Int).Sub(b1, simchain.GasCost(r1))
			want.Add(want, ev[0].Amount)
			if drawer == 1 {
				want.Sub(want, simchain.GasCost(r))
			}
			require.Equal(t, want, f.Balance(f.Addr(1)))
			require.Equal(t, uint16(1), f.Packet(id).Claimed)
			f.conserve()
		})
	}
}

// TestSealedErrors: every refusal of the sealed draw, with its custom error and fields.
func TestSealedErrors(t *testing.T) {
	f := newFx(t, 8)
	cases := []struct {
		name string
		want string                 // the custom error
		run  func(t *testing.T) any // the failing call's decoded error
	}{
		{"settle with nothing pending: NothingToDraw", "NothingToDraw", func(t *testing.T) any {
			id, _ := f.send(0, sealedParams(3, contracttest.Ether(3)))
			return f.fail(5, esc.PackSettle(id))
		}},
		{"settle of an instant Lucky packet: NotSealed", "NotSealed", func(t *testing.T) any {
			p := sealedParams(3, contracttest.Ether(3))
			p.Kind = contracttest.Lucky
			id, _ := f.send(0, p)
			f.ok(1, esc.PackClaim(id, nil))
			return f.fail(5, esc.PackSettle(id))
		}},
		{"settle in the block after the claim: DrawNotReady", "DrawNotReady", func(t *testing.T) any {
			id, st := f.send(0, sealedParams(3, contracttest.Ether(3)))
			r := f.claim(1, id, st)
			err := f.fail(5, esc.PackSettle(id))
			e := err.(*escrow.HongbaoEscrowDrawNotReady)
			require.Equal(t, r.BlockNumber.Uint64()+2, e.ReadyAt.Uint64())
			require.Equal(t, id, e.Id)
			return err
		}},
		{"settle of a closed packet: PacketClosed", "PacketClosed", func(t *testing.T) any {
			id, st := f.send(0, sealedParams(1, contracttest.Ether(1)))
			f.claim(1, id, st)
			warpBlocks(t, f.Env, 1)
			f.settle(5, id, st)
			return f.fail(5, esc.PackSettle(id))
		}},
		{"settle of an unknown packet: PacketNotFound", "PacketNotFound", func(t *testing.T) any {
			return f.fail(5, esc.PackSettle(big.NewInt(1_000_000)))
		}},
		{"claim when pending claims hold every share: AllSharesTaken", "AllSharesTaken", func(t *testing.T) any {
			id, st := f.send(0, sealedParams(2, contracttest.Ether(2)))
			f.claim(1, id, st)
			f.claim(2, id, st)
			err := f.fail(3, esc.PackClaim(id, nil))
			require.Equal(t, uint64(2), err.(*escrow.HongbaoEscrowAllSharesTaken).Pending.Uint64())
			return err
		}},
		{"claim twice: AlreadyClaimed", "AlreadyClaimed", func(t *testing.T) any {
			id, st := f.send(0, sealedParams(3, contracttest.Ether(3)))
			f.claim(1, id, st)
			return f.fail(1, esc.PackClaim(id, nil))
		}},
		{"return of a pending share: ShareNotDrawn", "ShareNotDrawn", func(t *testing.T) any {
			id, st := f.send(0, sealedParams(3, contracttest.Ether(3)))
			f.claim(1, id, st)
			_, err := f.Tx(f.Key(1), big.NewInt(1), esc.PackReturnFunds(id, big.NewInt(1)))
			v, derr := contracttest.DecodeError(err)
			require.NoError(t, derr)
			require.Equal(t, f.Addr(1), v.(*escrow.HongbaoEscrowShareNotDrawn).Claimer)
			return v
		}},
		{"refund when a pending share could be drawn: DrawsReady", "DrawsReady", func(t *testing.T) any {
			id, st := f.send(0, sealedParams(3, contracttest.Ether(3)))
			f.claim(1, id, st)
			require.NoError(t, f.Warp(25*time.Hour))
			err := f.fail(5, esc.PackRefund(id))
			require.Equal(t, id, err.(*escrow.HongbaoEscrowDrawsReady).Id)
			// drawn first, the rest goes back
			f.settle(5, id, st)
			r := f.ok(5, esc.PackRefund(id))
			require.Equal(t, st.Rem.ToBig(), one[*escrow.HongbaoEscrowRefunded](t, r).Amount)
			return err
		}},
		{"refund when pending claims hold every share left: SharesPending", "SharesPending", func(t *testing.T) any {
			id, st := f.send(0, sealedParams(2, contracttest.Ether(2)))
			exp := f.Packet(id).ExpiresAt.Uint64()
			require.NoError(t, f.NextAt(exp-1))
			for _, r := range mine(t, f.Env, call{from: f.Key(1), to: f.Escrow, data: esc.PackClaim(id, nil)},
				call{from: f.Key(2), to: f.Escrow, data: esc.PackClaim(id, nil)}) {
				f.checkClaim(r, st)
			}
			err := f.fail(5, esc.PackRefund(id)) // the next block: expired, neither claim's draw knowable yet
			require.Equal(t, uint64(2), err.(*escrow.HongbaoEscrowSharesPending).Pending.Uint64())
			// the pending shares are still drawn after expiry, and that closes the packet
			warpBlocks(t, f.Env, 1)
			f.settle(5, id, st)
			require.Equal(t, contracttest.StatusClosed, f.Packet(id).Status)
			return err
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f.t = t
			err := c.run(t)
			require.Equal(t, "*escrow.HongbaoEscrow"+c.want, fmt.Sprintf("%T", err))
			f.conserve()
		})
	}
}
