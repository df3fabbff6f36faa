package risk

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/client"
)

// fakePolicies answers the undo tiers of tCNY (200.00 and 500.00, the devnet's) and none for ETH.
type fakePolicies struct{ err error }

var (
	tcny   = Token{Address: common.HexToAddress("0x7c1c0000000000000000000000000000000000c1"), Symbol: "tCNY", Decimals: 2}
	eth    = Token{Symbol: "ETH", Decimals: 18}
	me     = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	friend = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	other  = common.HexToAddress("0x00000000000000000000000000000000000000c3")
)

func (f fakePolicies) Policy(_ context.Context, token common.Address) (*client.Policy, error) {
	if f.err != nil {
		return nil, f.err
	}
	if token != tcny.Address {
		return &client.Policy{MinShare: big.NewInt(1), Tiers: []client.Tier{}}, nil
	}
	return &client.Policy{MinShare: big.NewInt(1), Tiers: []client.Tier{{MaxAmount: big.NewInt(20000)}, {MaxAmount: big.NewInt(50000)}}}, nil
}

// chainNow is the chain's clock in every case (the head block's time); the sender's wall clock is given per
// case, in the sender's own zone: nothing here reads the machine's clock.
var chainNow = time.Date(2026, 5, 2, 4, 0, 0, 0, time.UTC)

func zone(hours int) *time.Location { return time.FixedZone("", hours*3600) }

// at is a wall clock reading hh:mm in a zone hours east of UTC.
func at(hh, mm, hours int) time.Time { return time.Date(2026, 5, 2, hh, mm, 0, 0, zone(hours)) }

var noon = at(12, 0, 8)

func sent(token Token, total int64, to common.Address, ago time.Duration) Sent {
	return Sent{Token: token.Address, Total: big.NewInt(total), Direct: to != (common.Address{}), Recipient: to, CreatedAt: chainNow.Add(-ago)}
}

// three earlier group sends of 1.00 tCNY an hour ago: a usual amount of 1.00.
var usualOne = []Sent{sent(tcny, 100, common.Address{}, time.Hour), sent(tcny, 100, common.Address{}, time.Hour), sent(tcny, 100, common.Address{}, time.Hour)}

func group(token Token, amount int64, local time.Time) Input {
	return Input{Sender: me, Token: token, Amount: big.NewInt(amount), Kind: client.Equal, Auth: client.Open, LocalTime: local}
}

func direct(to common.Address, amount int64, local time.Time) Input {
	in := group(tcny, amount, local)
	in.Kind, in.Recipient = client.Direct, to
	return in
}

// only switches every rule off but the one given.
func only(rule string, edit func(*Config)) Config {
	c := DefaultConfig()
	c.FarAboveUsual.Enabled = rule == RuleFarAboveUsual
	c.NightSend.Enabled = rule == RuleNightSend
	c.NewRecipient.Enabled = rule == RuleNewRecipient
	c.Burst.Enabled = rule == RuleBurst
	c.BearerCode.Enabled = rule == RuleBearerCode
	c.SealedDraw.Enabled = rule == RuleSealedDraw
	if edit != nil {
		edit(&c)
	}
	return c
}

func complete(sends ...Sent) *History {
	return &History{Sends: sends, Now: chainNow, Window: Window{Source: "index", Complete: true, Sends: len(sends)}}
}

func TestCheck(t *testing.T) {
	partial := complete()
	partial.Window = Window{Source: "index", Head: 9000, Indexed: &BlockRange{From: 1, To: 100}, Recent: &BlockRange{From: 6001, To: 9000},
		Unread: &BlockRange{From: 101, To: 6000}}
	cases := []struct {
		name  string
		cfg   Config
		in    Input
		h     *History
		pol   Policies
		want  []Warning // nil: no warning
		codes []string  // when the sentences are checked elsewhere
	}{
		// far-above-usual
		{name: "fewer than minHistory sends make no usual", cfg: only(RuleFarAboveUsual, nil), in: group(tcny, 100000, noon), h: complete(usualOne[:2]...)},
		{name: "exactly factor times the usual is not above it", cfg: only(RuleFarAboveUsual, nil), in: group(tcny, 1000, noon), h: complete(usualOne...)},
		{name: "above factor times the usual", cfg: only(RuleFarAboveUsual, nil), in: group(tcny, 1002, noon), h: complete(usualOne...),
			want: []Warning{{Code: RuleFarAboveUsual, NeedsConfirm: true,
				Sentence: "10.02 tCNY is far above your usual 1.00 tCNY (more than 10 times the median of your 3 earlier tCNY sends)"}}},
		{name: "the median, not the mean", cfg: only(RuleFarAboveUsual, nil), in: group(tcny, 1001, noon),
			h: complete(append(usualOne[:2:2], sent(tcny, 1_000_000, common.Address{}, time.Hour))...), codes: []string{RuleFarAboveUsual}},
		{name: "other tokens' history never counts", cfg: only(RuleFarAboveUsual, nil), in: group(eth, 5000, noon), h: complete(usualOne...)},
		{name: "a configured factor", cfg: only(RuleFarAboveUsual, func(c *Config) { c.FarAboveUsual.Factor = 100 }), in: group(tcny, 5000, noon), h: complete(usualOne...)},
		{name: "a decimal factor", cfg: only(RuleFarAboveUsual, func(c *Config) { c.FarAboveUsual.Factor = 2.5 }), in: group(tcny, 251, noon), h: complete(usualOne...),
			codes: []string{RuleFarAboveUsual}},
		{name: "a partial history says so", cfg: only(RuleFarAboveUsual, nil), in: group(tcny, 1002, noon), h: func() *History { h := *partial; h.Sends = usualOne; return &h }(),
			want: []Warning{{Code: RuleFarAboveUsual, NeedsConfirm: true,
				Sentence: "10.02 tCNY is far above your usual 1.00 tCNY (more than 10 times the median of your 3 earlier tCNY sends in the history read)"}}},

		// night-send: the sender's local time, in the sender's zone
		{name: "03:00 local, above every undo tier", cfg: only(RuleNightSend, nil), in: group(tcny, 60000, at(3, 0, 8)), h: complete(),
			want: []Warning{{Code: RuleNightSend, NeedsConfirm: true, Sentence: "it is 03:00 at night where you are, and 600.00 tCNY is a large send"}}},
		{name: "the same instant is day in another zone", cfg: only(RuleNightSend, nil), in: group(tcny, 60000, at(3, 0, 8).In(zone(-4))), h: complete()},
		{name: "small at night", cfg: only(RuleNightSend, nil), in: group(tcny, 10000, at(3, 0, 8)), h: complete()},
		{name: "large at noon", cfg: only(RuleNightSend, nil), in: group(tcny, 60000, noon), h: complete()},
		{name: "00:00 is night", cfg: only(RuleNightSend, nil), in: group(tcny, 60000, at(0, 0, 0)), h: complete(), codes: []string{RuleNightSend}},
		{name: "05:00 is day (the end is exclusive)", cfg: only(RuleNightSend, nil), in: group(tcny, 60000, at(5, 0, -7)), h: complete()},
		{name: "04:59 is night", cfg: only(RuleNightSend, nil), in: group(tcny, 60000, at(4, 59, -7)), h: complete(), codes: []string{RuleNightSend}},
		{name: "a night that wraps midnight", cfg: only(RuleNightSend, func(c *Config) { c.NightSend.From, c.NightSend.To = "23:00", "06:00" }),
			in: group(tcny, 70000, at(23, 30, 1)), h: complete(), codes: []string{RuleNightSend}},
		{name: "the wrapped night ends at 06:00", cfg: only(RuleNightSend, func(c *Config) { c.NightSend.From, c.NightSend.To = "23:00", "06:00" }),
			in: group(tcny, 70000, at(6, 0, 1)), h: complete()},
		{name: "with a usual amount, factor times it is large", cfg: only(RuleNightSend, nil), in: group(tcny, 301, at(2, 0, 8)), h: complete(usualOne...),
			codes: []string{RuleNightSend}},
		{name: "with a usual amount, the tiers do not count", cfg: only(RuleNightSend, nil), in: group(tcny, 300, at(2, 0, 8)), h: complete(usualOne...)},
		{name: "a token without tiers and no usual: nothing says large", cfg: only(RuleNightSend, nil), in: group(eth, 1e18, at(2, 0, 8)), h: complete()},
		{name: "an unreadable policy keeps the night rule quiet", cfg: only(RuleNightSend, nil), in: group(tcny, 60000, at(3, 0, 8)), h: complete(),
			pol: fakePolicies{err: errors.New("down")}},

		// new-recipient and self
		{name: "a first payment", cfg: only(RuleNewRecipient, nil), in: direct(friend, 100, noon), h: complete(sent(tcny, 100, other, time.Hour)),
			want: []Warning{{Code: RuleNewRecipient, NeedsConfirm: true, Sentence: "this is your first payment to " + friend.Hex() + "; check the address"}}},
		{name: "paid before", cfg: only(RuleNewRecipient, nil), in: direct(friend, 100, noon), h: complete(sent(eth, 1, friend, 24*time.Hour))},
		{name: "a group packet has no recipient", cfg: only(RuleNewRecipient, nil), in: group(tcny, 100, noon), h: complete()},
		{name: "a first payment in a partial history says what was read", cfg: only(RuleNewRecipient, nil), in: direct(friend, 100, noon), h: partial,
			want: []Warning{{Code: RuleNewRecipient, NeedsConfirm: true, Sentence: "no earlier payment to " + friend.Hex() +
				" in the history read (risk checks used the index up to block 100 and the last 3000 blocks (6001-9000); blocks 101-6000 (5900) were not read: the index is still catching up); check the address"}}},
		{name: "to yourself, not a new recipient", cfg: DefaultConfig(), in: direct(me, 100, noon), h: complete(),
			want: []Warning{{Code: RuleSelf, NeedsConfirm: true, Sentence: "the recipient " + me.Hex() + " is your own account: the packet would come back to you"}}},
		{name: "to yourself fires with every rule off", cfg: only("", nil), in: direct(me, 100, noon), h: complete(), codes: []string{RuleSelf}},

		// burst, in chain time
		{name: "count sends in the window", cfg: only(RuleBurst, func(c *Config) { c.Burst.Count = 2 }), in: group(tcny, 100, noon),
			h:    complete(sent(tcny, 100, common.Address{}, time.Minute), sent(tcny, 100, common.Address{}, 4*time.Minute)),
			want: []Warning{{Code: RuleBurst, NeedsConfirm: true, Sentence: "you sent 2 packets in the last 5m"}}},
		{name: "the window has passed", cfg: only(RuleBurst, func(c *Config) { c.Burst.Count = 2 }), in: group(tcny, 100, noon),
			h: complete(sent(tcny, 100, common.Address{}, time.Minute), sent(tcny, 100, common.Address{}, 5*time.Minute))},
		{name: "fewer sends than count", cfg: only(RuleBurst, nil), in: group(tcny, 100, noon),
			h: complete(sent(tcny, 100, common.Address{}, time.Minute), sent(tcny, 100, common.Address{}, time.Minute))},

		// bearer-code: advice, no confirmation
		{name: "a claim code above the first tier", cfg: only(RuleBearerCode, nil), in: func() Input { in := group(tcny, 20001, noon); in.Auth = client.ClaimKey; return in }(),
			h: complete(), want: []Warning{{Code: RuleBearerCode, NeedsConfirm: false, Sentence: "200.01 tCNY is above 200.00 tCNY (the first undo tier of tCNY) and one claim code goes with it: " +
				"whoever holds the code can claim every share, from many addresses; for packets of real value choose tickets (one per share) or an allowlist"}}},
		{name: "a claim code at the first tier", cfg: only(RuleBearerCode, nil), in: func() Input { in := group(tcny, 20000, noon); in.Auth = client.ClaimKey; return in }(), h: complete()},
		{name: "tickets", cfg: only(RuleBearerCode, nil), in: func() Input { in := group(tcny, 90000, noon); in.Auth = client.Tickets; return in }(), h: complete()},
		{name: "a token without tiers", cfg: only(RuleBearerCode, nil), in: func() Input { in := group(eth, 9e18, noon); in.Auth = client.ClaimKey; return in }(), h: complete()},

		// sealed-draw: advice, no confirmation
		{name: "a lucky packet above the first tier", cfg: only(RuleSealedDraw, nil), in: func() Input { in := group(tcny, 20001, noon); in.Kind = client.Lucky; return in }(),
			h: complete(), want: []Warning{{Code: RuleSealedDraw, NeedsConfirm: false, Sentence: "200.01 tCNY is above 200.00 tCNY (the first undo tier of tCNY): " +
				"a lucky share drawn at the claim can be foreseen and chosen by a claimer who times it; choose the sealed draw, so that each share is drawn from the hash of the block after its claim"}}},
		{name: "a lucky packet at the first tier", cfg: only(RuleSealedDraw, nil), in: func() Input { in := group(tcny, 20000, noon); in.Kind = client.Lucky; return in }(), h: complete()},
		{name: "a sealed lucky packet", cfg: only(RuleSealedDraw, nil), in: func() Input { in := group(tcny, 90000, noon); in.Kind = client.SealedLucky; return in }(), h: complete()},
		{name: "an equal packet", cfg: only(RuleSealedDraw, nil), in: func() Input { in := group(tcny, 90000, noon); in.Kind = client.Equal; return in }(), h: complete()},
		{name: "a lucky packet of a token without tiers", cfg: only(RuleSealedDraw, nil), in: func() Input { in := group(eth, 9e18, noon); in.Kind = client.Lucky; return in }(), h: complete()},
		{name: "a lucky packet with tickets: only the draw's advice", cfg: DefaultConfig(),
			in: func() Input {
				in := group(tcny, 20001, noon)
				in.Kind, in.Auth = client.Lucky, client.Tickets
				return in
			}(), h: complete(), codes: []string{RuleSealedDraw}},

		// several at once, and none
		{name: "several rules name themselves, warnings before advice", cfg: DefaultConfig(),
			in: func() Input { in := group(tcny, 90000, at(3, 0, 8)); in.Auth = client.ClaimKey; return in }(),
			h:  complete(usualOne...), codes: []string{RuleFarAboveUsual, RuleNightSend, RuleBearerCode}},
		{name: "a lucky packet with a claim code gets both pieces of advice", cfg: DefaultConfig(),
			in: func() Input {
				in := group(tcny, 20001, noon)
				in.Kind, in.Auth = client.Lucky, client.ClaimKey
				return in
			}(), h: complete(), codes: []string{RuleBearerCode, RuleSealedDraw}},
		{name: "every rule off", cfg: only("", nil), in: direct(friend, 90000, at(3, 0, 8)), h: complete(usualOne...)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pol := tc.pol
			if pol == nil {
				pol = fakePolicies{}
			}
			got, err := Check(context.Background(), tc.cfg, tc.in, tc.h, pol)
			require.NoError(t, err)
			if tc.codes != nil {
				var codes []string
				for _, w := range got {
					codes = append(codes, w.Code)
					require.Equal(t, w.Code != RuleBearerCode && w.Code != RuleSealedDraw, w.NeedsConfirm, w.Code)
				}
				require.Equal(t, tc.codes, codes)
				return
			}
			require.Equal(t, tc.want, got)
		})
	}
}

// The advice needs the token's policy: one that cannot be read fails the check with the reason.
func TestCheckPolicyUnreadable(t *testing.T) {
	in := group(tcny, 90000, noon)
	in.Auth = client.ClaimKey
	_, err := Check(context.Background(), DefaultConfig(), in, complete(), fakePolicies{err: errors.New("endpoint down")})
	require.ErrorContains(t, err, "read the undo tiers of tCNY: endpoint down")
}
