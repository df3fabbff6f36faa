package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// A payout that someone else triggered (a keeper's refund, an intercept, a recipient's decline, the claimer's
// part of a relayed claim) is pushed with a gas cap; when the receiver rejects it, the escrow keeps the amount
// for the receiver instead of failing the other's transaction (rules §1). `owed` shows and pays out those
// amounts.
func (r *runner) owedCommand() *cli.Command {
	return &cli.Command{
		Name:      "owed",
		Usage:     "show, or withdraw with --withdraw, what the escrow keeps for you because a payout to you failed",
		ArgsUsage: "[ADDR]",
		Description: `When a payout that someone else triggered (a refund by the keeper, an intercept, a decline, a relayed
claim) is rejected by the receiving account, the escrow keeps the amount for that account: nothing is lost.
Without --withdraw this shows what ADDR (default: your account) is owed in ETH and the deployment's tokens
(or only in --token). With --withdraw it pays out everything you are owed (or only --token) to --to
(default: your account), one transaction per token.

EXAMPLES:
   hongbao owed
   hongbao owed 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --token tCNY
   hongbao owed --withdraw --to 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "token", Usage: "only this token: ETH, a symbol of the deployment, or an ERC-20 address"},
			&cli.BoolFlag{Name: "withdraw", Usage: "pay out what you are owed (a transaction per token)"},
			&cli.StringFlag{Name: "to", Usage: "with --withdraw: the address that receives it (default: your account)"},
		},
		Action: r.owed,
	}
}

type owedEntry struct {
	Token     string `json:"token"`
	Symbol    string `json:"symbol"`
	Decimals  uint8  `json:"decimals"`
	Amount    string `json:"amount"`
	Formatted string `json:"formatted"`
	// Withdrawn (with --withdraw) is the transaction that paid it out, and To who received it.
	TxHash string `json:"txHash,omitempty"`
	To     string `json:"to,omitempty"`
}

type owedOutput struct {
	Account   string       `json:"account"`
	Owed      []*owedEntry `json:"owed"`
	Withdrawn bool         `json:"withdrawn"`
}

func (r *runner) owed(c *cli.Context) error {
	if c.NArg() > 1 {
		return usagef("InvalidArgs", "owed takes at most one address, not %s", plural(c.NArg(), "argument", "arguments"))
	}
	withdraw := c.Bool("withdraw")
	if !withdraw && c.IsSet("to") {
		return usagef("InvalidArgs", "--to is for --withdraw: it names who receives the payout")
	}
	var who common.Address
	if c.NArg() == 1 {
		if withdraw {
			return usagef("InvalidArgs", "--withdraw pays out what your own account is owed; drop the address (or sign with its key)")
		}
		a, err := parseAddress("the address", c.Args().First())
		if err != nil {
			return err
		}
		who = a
	}
	var to common.Address
	if c.IsSet("to") {
		a, err := parseAddress("--to", c.String("to"))
		if err != nil {
			return err
		}
		if a == (common.Address{}) {
			return usagef("ZeroAddress", "--to cannot be the zero address: the payout would be burnt")
		}
		to = a
	}
	need := readOnly
	if withdraw {
		need = signing
	}
	s, err := r.open(c, need)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	if who == (common.Address{}) {
		me, ok, err := s.g.signerAddress()
		if err != nil {
			return err
		}
		if !ok {
			return usagef("NoAccount", "whose balance? give an address, or an account (--account or --private-key)")
		}
		who = me
	}
	if withdraw && to == (common.Address{}) {
		to = who
	}
	entries, err := s.owedBalances(ctx, who, c.String("token"), c.IsSet("token"))
	if err != nil {
		return err
	}
	out := &owedOutput{Account: who.Hex(), Owed: entries, Withdrawn: withdraw}
	if withdraw {
		for _, e := range entries {
			var hash common.Hash
			err := r.spin(fmt.Sprintf("withdrawing %s…", e.Formatted), func() error {
				got, err := s.cl.WithdrawOwed(ctx, common.HexToAddress(e.Token), to)
				if err == nil {
					hash = got.TxHash
				}
				return err
			})
			if err != nil {
				return err
			}
			e.TxHash, e.To = hash.Hex(), to.Hex()
		}
	}
	return r.emit(out, func(w io.Writer) {
		switch {
		case len(entries) == 0:
			fmt.Fprintf(w, "%s is owed nothing by the escrow\n", who.Hex())
		case withdraw:
			for _, e := range entries {
				fmt.Fprintf(w, "withdrew %s to %s\n  tx %s\n", e.Formatted, e.To, e.TxHash)
			}
		default:
			fmt.Fprintf(w, "the escrow keeps for %s:\n", who.Hex())
			for _, e := range entries {
				fmt.Fprintf(w, "  %s\n", e.Formatted)
			}
			fmt.Fprintln(w, "run `hongbao owed --withdraw` with that account's key to pay it out")
		}
	})
}

// owedBalances reads what who is owed, on chain: in the one token spec names (only), else in every token the
// escrow has held (ETH, the deployment's tokens and every token of the local index). Zero balances are left out.
func (s *session) owedBalances(ctx context.Context, who common.Address, spec string, only bool) ([]*owedEntry, error) {
	var tokens []common.Address
	if only {
		t, _, err := s.resolveToken(ctx, spec)
		if err != nil {
			return nil, err
		}
		tokens = []common.Address{t}
	} else {
		seen, err := s.seenTokens(ctx)
		if err != nil {
			return nil, err
		}
		tokens = seen
	}
	entries := []*owedEntry{}
	for _, t := range tokens {
		amount, err := s.cl.Owed(ctx, t, who)
		if err != nil {
			return nil, err
		}
		if amount.Sign() == 0 {
			continue
		}
		m, err := s.money(ctx, t)
		if err != nil {
			return nil, err
		}
		entries = append(entries, &owedEntry{Token: t.Hex(), Symbol: m.symbol, Decimals: m.decimals,
			Amount: baseUnits(amount), Formatted: m.fmt(new(big.Int).Set(amount))})
	}
	return entries, nil
}

// seenTokens are ETH, the deployment's tokens and every token the local index has seen (the index is brought up
// to date first, as list does), sorted by address after ETH.
func (s *session) seenTokens(ctx context.Context) ([]common.Address, error) {
	set := map[common.Address]bool{}
	for _, a := range s.tokens() {
		set[a] = true
	}
	db, err := s.currentIndex(ctx)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	infos, err := db.Tokens(ctx)
	if err != nil {
		return nil, failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	for _, ti := range infos {
		set[ti.Address] = true
	}
	delete(set, common.Address{})
	out := make([]common.Address, 0, len(set)+1)
	for a := range set {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return append([]common.Address{{}}, out...), nil
}
