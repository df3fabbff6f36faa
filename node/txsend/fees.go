package txsend

import (
	"context"
	"fmt"
	"math/big"
)

// fees are the fee fields of a transaction about to be signed, and the head they were read at.
type fees struct {
	tip, feeCap *big.Int
	base        *big.Int // base fee of the head block
	head        uint64   // its number
}

// fees reads the market: the tip (the override, or the node's suggestion but at least the minimum, within
// the tip limit) and the fee cap (the override, or twice the base fee plus the tip: valid through a run of
// fuller blocks, since the base fee rises at most 12.5% a block).
func (s *Sender) fees(ctx context.Context) (fees, error) {
	tip, base, head, err := s.market(ctx)
	if err != nil {
		return fees{}, err
	}
	if s.cfg.tip != nil {
		tip = new(big.Int).Set(s.cfg.tip)
		if s.cfg.tipLimit != nil && tip.Cmp(s.cfg.tipLimit) > 0 {
			return fees{}, fmt.Errorf("txsend: the tip %s is above the tip limit %s", gwei(tip), gwei(s.cfg.tipLimit))
		}
	}
	feeCap, err := s.capFor(base, tip)
	if err != nil {
		return fees{}, err
	}
	if s.cfg.feeCap != nil {
		if s.cfg.feeCap.Cmp(tip) < 0 {
			return fees{}, fmt.Errorf("txsend: the fee cap %s is below the tip %s", gwei(s.cfg.feeCap), gwei(tip))
		}
		feeCap = new(big.Int).Set(s.cfg.feeCap)
		if s.cfg.feeCapLimit != nil && feeCap.Cmp(s.cfg.feeCapLimit) > 0 {
			return fees{}, fmt.Errorf("txsend: the fee cap %s is above the fee cap limit %s", gwei(feeCap), gwei(s.cfg.feeCapLimit))
		}
	}
	return fees{tip: tip, feeCap: feeCap, base: base, head: head}, nil
}

// market reads the suggested tip (at least the minimum, at most the limit) and the head's base fee.
func (s *Sender) market(ctx context.Context) (tip, base *big.Int, head uint64, err error) {
	tip, err = s.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, 0, &RPCError{Op: "suggest a gas tip", Err: err}
	}
	tip = new(big.Int).Set(tip)
	if s.cfg.minTip != nil && tip.Cmp(s.cfg.minTip) < 0 {
		tip.Set(s.cfg.minTip)
	}
	if s.cfg.tipLimit != nil && tip.Cmp(s.cfg.tipLimit) > 0 {
		tip.Set(s.cfg.tipLimit)
	}
	h, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, 0, &RPCError{Op: "read the head block", Err: err}
	}
	base = new(big.Int)
	if h.BaseFee != nil {
		base.Set(h.BaseFee)
	}
	return tip, base, h.Number.Uint64(), nil
}

// capFor is the fee cap for a tip at a base fee: twice the base fee plus the tip, cut to the limit. It fails
// with a *FeeCapError when the limit is below what the next block needs (base fee plus tip).
func (s *Sender) capFor(base, tip *big.Int) (*big.Int, error) {
	feeCap := new(big.Int).Add(new(big.Int).Lsh(base, 1), tip)
	if lim := s.cfg.feeCapLimit; lim != nil {
		if need := new(big.Int).Add(base, tip); need.Cmp(lim) > 0 {
			return nil, &FeeCapError{Need: need, Limit: new(big.Int).Set(lim), BaseFee: new(big.Int).Set(base), Tip: new(big.Int).Set(tip)}
		}
		if feeCap.Cmp(lim) > 0 {
			feeCap.Set(lim)
		}
	}
	return feeCap, nil
}

// raise is v plus 12.5%, rounded up: geth's pool replaces a pending transaction only if both its tip and
// its fee cap are at least 10% higher, and other clients ask up to 12.5%.
func raise(v *big.Int) *big.Int {
	r := new(big.Int).Add(v, new(big.Int).Rsh(v, 3))
	if new(big.Int).Mod(v, big.NewInt(8)).Sign() != 0 || v.Sign() == 0 {
		r.Add(r, big.NewInt(1))
	}
	return r
}

// bumpFees returns the fees of a replacement for a transaction with oldTip and oldCap: at least 12.5% more
// of each, and at least what the market asks now (the suggested tip; twice the base fee plus the tip), within
// the limits. ok is false when the limits leave no room for a valid replacement.
func (s *Sender) bumpFees(oldTip, oldCap, marketTip, base *big.Int) (tip, feeCap *big.Int, ok bool) {
	minTip, minCap := raise(oldTip), raise(oldCap)
	tip = maxBig(minTip, marketTip)
	if s.cfg.tipLimit != nil && tip.Cmp(s.cfg.tipLimit) > 0 {
		tip = new(big.Int).Set(s.cfg.tipLimit)
	}
	feeCap = maxBig(minCap, new(big.Int).Add(new(big.Int).Lsh(base, 1), tip))
	if s.cfg.feeCapLimit != nil && feeCap.Cmp(s.cfg.feeCapLimit) > 0 {
		feeCap = new(big.Int).Set(s.cfg.feeCapLimit)
	}
	if tip.Cmp(minTip) < 0 || feeCap.Cmp(minCap) < 0 || feeCap.Cmp(tip) < 0 {
		return nil, nil, false
	}
	return tip, feeCap, true
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
