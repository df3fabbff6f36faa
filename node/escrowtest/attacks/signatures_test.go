package attacks

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/escrow"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/sig"
)

var secp256k1N = crypto.S256().Params().N

// malleate turns a valid 65-byte r||s||v signature into its twin (r, n-s, flipped v), which plain ecrecover accepts
// for the same signer.
func malleate(s []byte) []byte {
	out := append([]byte{}, s...)
	hi := new(big.Int).Sub(secp256k1N, new(big.Int).SetBytes(s[32:64]))
	hi.FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64] // flip the parity: 27 <-> 28
	return out
}

// ecrecoverPrecompile recovers the signer of digest with the chain's ecrecover precompile, which (unlike
// OpenZeppelin's ECDSA) does not reject high-s signatures.
func (w *world) ecrecoverPrecompile(digest common.Hash, s []byte) common.Address {
	w.t.Helper()
	in := make([]byte, 128)
	copy(in, digest[:])
	in[63] = s[64]
	copy(in[64:], s[:64])
	out, err := w.Call(common.BytesToAddress([]byte{1}), in)
	require.NoError(w.t, err)
	return common.BytesToAddress(out)
}

func newKey(t *testing.T) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

// Attacks on claim-key signatures. Each forged, copied or replayed `auth` must fail with InvalidClaimSignature
// naming the packet's claim key, leave the packet as it was, and leave the honest claim possible.
func TestClaimSignatureAttacks(t *testing.T) {
	const victim, thief = 3, 4
	cases := []struct {
		name string
		// attack returns who submits, on which of the two packets (0 or 1), with which auth.
		attack func(w *world, ck *ecdsa.PrivateKey, ids []*big.Int) (from, packet int, auth []byte)
	}{
		{"copied from the mempool by another address", func(w *world, ck *ecdsa.PrivateKey, ids []*big.Int) (int, int, []byte) {
			return thief, 0, w.ClaimSig(ck, ids[0], w.Addr(victim))
		}},
		{"replayed on another packet with the same key", func(w *world, ck *ecdsa.PrivateKey, ids []*big.Int) (int, int, []byte) {
			return victim, 1, w.ClaimSig(ck, ids[0], w.Addr(victim))
		}},
		{"from another escrow deployment", func(w *world, ck *ecdsa.PrivateKey, ids []*big.Int) (int, int, []byte) {
			// The same claim key and packet id on a second deployment, where the signature is valid and used.
			other, _, err := w.DeployEscrow(0)
			require.NoError(w.t, err)
			p := contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(2), crypto.PubkeyToAddress(ck.PublicKey))
			w.ok(w.Key(5), other, p.Amount, esc.PackSend(p))
			s, err := sig.Domain{ChainID: w.ChainID, Escrow: other}.SignClaim(ck, ids[0], w.Addr(victim))
			require.NoError(w.t, err)
			w.ok(w.Key(victim), other, nil, esc.PackClaim(ids[0], s))
			return victim, 0, s
		}},
		{"for another chain id", func(w *world, ck *ecdsa.PrivateKey, ids []*big.Int) (int, int, []byte) {
			s, err := sig.Domain{ChainID: big.NewInt(1), Escrow: w.Escrow}.SignClaim(ck, ids[0], w.Addr(victim))
			require.NoError(w.t, err)
			return victim, 0, s
		}},
		{"high-s twin of a valid signature", func(w *world, ck *ecdsa.PrivateKey, ids []*big.Int) (int, int, []byte) {
			s := w.ClaimSig(ck, ids[0], w.Addr(victim))
			twin := malleate(s)
			h, err := w.Domain.ClaimDigest(ids[0], w.Addr(victim))
			require.NoError(w.t, err)
			require.Equal(w.t, crypto.PubkeyToAddress(ck.PublicKey), w.ecrecoverPrecompile(h, twin), "twin must fool raw ecrecover")
			return victim, 0, twin
		}},
		{"signed by a different key", func(w *world, _ *ecdsa.PrivateKey, ids []*big.Int) (int, int, []byte) {
			return victim, 0, w.ClaimSig(w.Key(victim), ids[0], w.Addr(victim))
		}},
		{"empty auth (recovers nothing)", func(*world, *ecdsa.PrivateKey, []*big.Int) (int, int, []byte) {
			return victim, 0, nil
		}},
		{"garbage auth", func(*world, *ecdsa.PrivateKey, []*big.Int) (int, int, []byte) {
			return victim, 0, common.LeftPadBytes([]byte{0x1b}, 65)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, 10)
			ck, ckAddr := newKey(t)
			ids := []*big.Int{
				w.send(w.Key(2), contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(2), ckAddr)),
				w.send(w.Key(2), contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(2), ckAddr)),
			}
			from, packet, auth := tc.attack(w, ck, ids)
			id := ids[packet]

			_, err := w.Claim(w.Key(from), id, auth)
			e := escrowErr[escrow.HongbaoEscrowInvalidClaimSignature](t, err)
			requireBig(t, id, e.Id)
			require.Equal(t, ckAddr, e.Expected)
			requireBig(t, contracttest.Ether(2), w.Packet(id).Remaining)
			requireBig(t, contracttest.Ether(4), w.Balance(w.Escrow))

			// The honest claim still works.
			before := w.Balance(w.Addr(from))
			r, err := w.ClaimWithKey(w.Key(from), ck, id)
			require.NoError(t, err)
			requireBig(t, sub(add(before, contracttest.Ether(1)), gasCost(r)), w.Balance(w.Addr(from)))
		})
	}
}

func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// relay is one claimFor submission.
type relay struct {
	from     int
	id       *big.Int
	claimer  common.Address
	fee      *big.Int
	deadline *big.Int
	auth     []byte
	sig      []byte
}

func (w *world) submit(r relay) (*types.Receipt, error) {
	return w.Tx(w.Key(r.from), nil, esc.PackClaimFor(r.id, r.claimer, r.fee, r.deadline, r.auth, r.sig))
}

// Attacks on relayed claims. The honest request: claimer 3 lets relayer 4 submit its claim of Direct packet
// ids[0] for at most `fee` until `deadline`. Each variant must fail and move nothing.
func TestClaimForAttacks(t *testing.T) {
	const claimer, relayer, thief = 3, 4, 5
	fee := big.NewInt(1e15)
	cases := []struct {
		name   string
		attack func(w *world, honest relay, ids []*big.Int, a actor) relay
		check  func(t *testing.T, err error, r relay)
	}{
		{"copied by another relayer", func(_ *world, h relay, _ []*big.Int, _ actor) relay {
			h.from = thief
			return h
		}, invalidClaimer},
		{"relayer raises its fee", func(_ *world, h relay, _ []*big.Int, _ actor) relay {
			h.fee = new(big.Int).Mul(h.fee, big.NewInt(100))
			return h
		}, invalidClaimer},
		{"relayer extends the deadline", func(_ *world, h relay, _ []*big.Int, _ actor) relay {
			h.deadline = new(big.Int).Add(h.deadline, big.NewInt(86400))
			return h
		}, invalidClaimer},
		{"signature pointed at another claimer", func(w *world, h relay, _ []*big.Int, _ actor) relay {
			h.from, h.claimer = thief, w.Addr(thief)
			return h
		}, invalidClaimer},
		{"replayed on another packet", func(_ *world, h relay, ids []*big.Int, _ actor) relay {
			h.id = ids[1]
			return h
		}, invalidClaimer},
		{"from another escrow deployment", func(w *world, h relay, _ []*big.Int, _ actor) relay {
			other, _, err := w.DeployEscrow(0)
			require.NoError(w.t, err)
			h.sig, err = sig.Domain{ChainID: w.ChainID, Escrow: other}.SignClaimFor(w.Key(claimer), h.id, w.Addr(relayer), h.fee, h.deadline)
			require.NoError(w.t, err)
			return h
		}, invalidClaimer},
		{"for another chain id", func(w *world, h relay, _ []*big.Int, _ actor) relay {
			var err error
			h.sig, err = sig.Domain{ChainID: big.NewInt(1), Escrow: w.Escrow}.SignClaimFor(w.Key(claimer), h.id, w.Addr(relayer), h.fee, h.deadline)
			require.NoError(w.t, err)
			return h
		}, invalidClaimer},
		{"high-s twin", func(w *world, h relay, _ []*big.Int, _ actor) relay {
			twin := malleate(h.sig)
			d, err := w.Domain.ClaimForDigest(h.id, h.claimer, w.Addr(relayer), h.fee, h.deadline)
			require.NoError(w.t, err)
			require.Equal(w.t, h.claimer, w.ecrecoverPrecompile(d, twin), "twin must fool raw ecrecover")
			h.sig = twin
			return h
		}, invalidClaimer},
		{"forged ERC-1271 approval of a contract claimer", func(w *world, h relay, ids []*big.Int, a actor) relay {
			d, err := w.Domain.ClaimForDigest(ids[2], a.addr, w.Addr(relayer), h.fee, h.deadline)
			require.NoError(w.t, err)
			h.id, h.claimer = ids[2], a.addr
			h.sig, err = sig.Sign(w.Key(thief), d)
			require.NoError(w.t, err)
			return h
		}, invalidClaimer},
		{"submitted after its deadline", func(w *world, h relay, _ []*big.Int, _ actor) relay {
			require.NoError(w.t, w.Warp(2*time.Hour))
			return h
		}, func(t *testing.T, err error, r relay) {
			e := escrowErr[escrow.HongbaoEscrowRelayDeadlinePassed](t, err)
			requireBig(t, r.deadline, e.Deadline)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, 10)
			a := w.newActor(w.Key(1), modeAccept)
			amount := contracttest.Ether(1)
			ids := []*big.Int{
				w.send(w.Key(2), contracttest.DirectParams(w.Addr(claimer), amount)),
				w.send(w.Key(2), contracttest.DirectParams(w.Addr(claimer), amount)),
				w.send(w.Key(2), contracttest.DirectParams(a.addr, amount)),
			}
			honest := relay{from: relayer, id: ids[0], claimer: w.Addr(claimer), fee: fee,
				deadline: new(big.Int).SetUint64(w.Now() + 3600)}
			var err error
			honest.sig, err = w.Domain.SignClaimFor(w.Key(claimer), honest.id, w.Addr(relayer), fee, honest.deadline)
			require.NoError(t, err)

			bad := tc.attack(w, honest, ids, a)
			_, err = w.submit(bad)
			tc.check(t, err, bad)
			for _, id := range ids {
				requireBig(t, amount, w.Packet(id).Remaining)
			}
			requireBig(t, new(big.Int).Mul(amount, big.NewInt(3)), w.Balance(w.Escrow))
		})
	}
}

func invalidClaimer(t *testing.T, err error, r relay) {
	t.Helper()
	e := escrowErr[escrow.HongbaoEscrowInvalidClaimerSignature](t, err)
	require.Equal(t, r.claimer, e.Claimer)
}

// The same relayed claim submitted twice (a relayer retrying, or anyone re-broadcasting it) pays once.
func TestClaimForSubmittedTwice(t *testing.T) {
	w := newWorld(t, 10)
	ck, ckAddr := newKey(t)
	id := w.send(w.Key(2), contracttest.GroupParams(contracttest.Equal, 2, contracttest.Ether(2), ckAddr))
	fee := big.NewInt(1e15)
	req := relay{from: 4, id: id, claimer: w.Addr(3), fee: fee, deadline: new(big.Int).SetUint64(w.Now() + 600),
		auth: w.ClaimSig(ck, id, w.Addr(3))}
	var err error
	req.sig, err = w.Domain.SignClaimFor(w.Key(3), id, w.Addr(4), fee, req.deadline)
	require.NoError(t, err)

	claimerBefore := w.Balance(w.Addr(3))
	r, err := w.submit(req)
	require.NoError(t, err)
	requireBig(t, fee, oneEvent[escrow.HongbaoEscrowRelayFeePaid](t, r).Fee)
	requireBig(t, add(claimerBefore, sub(contracttest.Ether(1), fee)), w.Balance(w.Addr(3)))

	_, err = w.submit(req)
	e := escrowErr[escrow.HongbaoEscrowAlreadyClaimed](t, err)
	requireBig(t, id, e.Id)
	require.Equal(t, w.Addr(3), e.Claimer)
	requireBig(t, contracttest.Ether(1), w.Packet(id).Remaining)
	requireBig(t, add(claimerBefore, sub(contracttest.Ether(1), fee)), w.Balance(w.Addr(3)))

	// A relayer holding a valid ClaimFor cannot swap in a claim-key signature made for someone else.
	req2 := relay{from: 4, id: id, claimer: w.Addr(5), fee: fee, deadline: req.deadline, auth: w.ClaimSig(ck, id, w.Addr(4))}
	req2.sig, err = w.Domain.SignClaimFor(w.Key(5), id, w.Addr(4), fee, req.deadline)
	require.NoError(t, err)
	_, err = w.submit(req2)
	escrowErr[escrow.HongbaoEscrowInvalidClaimSignature](t, err)
}

// An allowlist proof belongs to its member: another address presenting it, or the member presenting it on a
// packet with another list, fails with NotInAllowlist.
func TestAllowlistProofTheft(t *testing.T) {
	w := newWorld(t, 10)
	member, outsider := w.Addr(3), w.Addr(4)
	tree, err := merkle.New([]common.Address{member, w.Addr(5), w.Addr(6)})
	require.NoError(t, err)
	other, err := merkle.New([]common.Address{w.Addr(5), w.Addr(6), w.Addr(7)})
	require.NoError(t, err)
	p := openParams(2, contracttest.Ether(2))
	p.Auth, p.Root = contracttest.Allowlist, tree.Root()
	id := w.send(w.Key(2), p)
	p.Root = other.Root()
	otherID := w.send(w.Key(2), p)
	proof, ok := tree.Proof(member)
	require.True(t, ok)
	auth := merkle.EncodeProof(proof)

	_, err = w.Claim(w.Key(4), id, auth)
	e := escrowErr[escrow.HongbaoEscrowNotInAllowlist](t, err)
	require.Equal(t, outsider, e.Claimer)
	_, err = w.Claim(w.Key(3), otherID, auth)
	escrowErr[escrow.HongbaoEscrowNotInAllowlist](t, err)
	requireBig(t, contracttest.Ether(4), w.Balance(w.Escrow))

	_, err = w.Claim(w.Key(3), id, auth)
	require.NoError(t, err)
	requireBig(t, contracttest.Ether(1), w.ClaimedAmount(id, member))
}
