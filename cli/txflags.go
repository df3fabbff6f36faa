package cli

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/txsend"
	"github.com/hongbao/hongbao/node/units"
)

// Transaction settings of every command that sends (node/txsend does the work): fee overrides and a limit,
// the depth to wait for, and when to bump the fees of a transaction that is not mined.
const (
	envGasPrice      = "HONGBAO_GAS_PRICE"
	envPriorityPrice = "HONGBAO_PRIORITY_GAS_PRICE"
	envMaxGasPrice   = "HONGBAO_MAX_GAS_PRICE"
	envTxConfirm     = "HONGBAO_TX_CONFIRMATIONS"
	envBumpAfter     = "HONGBAO_BUMP_AFTER"
)

func txFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "gas-price", Usage: "max fee per gas in gwei, instead of twice the base fee plus the tip (env " + envGasPrice + ")"},
		&cli.StringFlag{Name: "priority-gas-price", Usage: "tip per gas in gwei, instead of the node's suggestion (env " + envPriorityPrice + ")"},
		&cli.StringFlag{Name: "max-gas-price", Usage: "never pay more than this per gas, in gwei, bumps included: refuse to send instead (env " + envMaxGasPrice + ")"},
		&cli.StringFlag{Name: "tx-confirmations", Usage: "wait until a transaction is this many blocks deep (env " + envTxConfirm + "; default 1)"},
		&cli.StringFlag{Name: "bump-after", Usage: "re-sign a transaction not mined after this many blocks with fees raised by 12.5% (env " + envBumpAfter + "; default 3, 0: never)"},
	}
}

// txSettings are the resolved transaction settings.
type txSettings struct {
	gasPrice, priority, maxGasPrice *big.Int // wei; nil: not set
	confirmations                   uint64
	bumpAfter                       *uint64
}

// resolveTxSettings reads the transaction flags (flag, else environment, else .env).
func resolveTxSettings(get func(flag, env, def string) string) (txSettings, error) {
	var t txSettings
	gwei := func(flag, env string) (*big.Int, error) {
		s := strings.TrimSpace(get(flag, env, ""))
		if s == "" {
			return nil, nil
		}
		v, err := units.Parse(s, 9)
		if err != nil || v.Sign() <= 0 {
			return nil, usagef("InvalidFlag", "--%s %q is not a price in gwei; give e.g. 1.5", flag, s)
		}
		return v, nil
	}
	var err error
	if t.gasPrice, err = gwei("gas-price", envGasPrice); err != nil {
		return t, err
	}
	if t.priority, err = gwei("priority-gas-price", envPriorityPrice); err != nil {
		return t, err
	}
	if t.maxGasPrice, err = gwei("max-gas-price", envMaxGasPrice); err != nil {
		return t, err
	}
	if t.gasPrice != nil && t.priority != nil && t.priority.Cmp(t.gasPrice) > 0 {
		return t, usagef("InvalidFlag", "--priority-gas-price is above --gas-price: the tip is part of the fee per gas")
	}
	count := func(flag, env string) (*uint64, error) {
		s := strings.TrimSpace(get(flag, env, ""))
		if s == "" {
			return nil, nil
		}
		n, err := strconv.ParseUint(s, 10, 32)
		if err != nil {
			return nil, usagef("InvalidFlag", "--%s %q is not a number of blocks", flag, s)
		}
		return &n, nil
	}
	conf, err := count("tx-confirmations", envTxConfirm)
	if err != nil {
		return t, err
	}
	if conf != nil {
		t.confirmations = *conf
	}
	if t.bumpAfter, err = count("bump-after", envBumpAfter); err != nil {
		return t, err
	}
	return t, nil
}

// options are the client options of the settings, with obs watching what is sent.
func (t txSettings) options(obs *sentLog) client.Option {
	return client.WithTxOptions(t.txOptions(obs)...)
}

// txOptions are the settings as node/txsend options (the keeper takes them as they are).
func (t txSettings) txOptions(obs *sentLog) []txsend.Option {
	opts := []txsend.Option{txsend.WithObserver(obs.observe)}
	if t.gasPrice != nil {
		opts = append(opts, txsend.WithGasFeeCap(t.gasPrice))
	}
	if t.priority != nil {
		opts = append(opts, txsend.WithGasTipCap(t.priority))
	}
	if t.maxGasPrice != nil {
		opts = append(opts, txsend.WithFeeCapLimit(t.maxGasPrice))
	}
	if t.confirmations > 1 {
		opts = append(opts, txsend.WithConfirmations(t.confirmations))
	}
	if t.bumpAfter != nil {
		opts = append(opts, txsend.WithBumpAfter(*t.bumpAfter))
	}
	return opts
}

// sentLog remembers the transactions a command has sent, so that an interrupted command can say whether
// anything left, and a spinner can say what it waits for.
type sentLog struct {
	mu     sync.Mutex
	hashes []common.Hash
	onSent func(common.Hash)
}

func (l *sentLog) observe(e txsend.Event) {
	var h common.Hash
	switch ev := e.(type) {
	case txsend.Sent:
		h = ev.Hash
	case txsend.Bumped:
		h = ev.New
	default:
		return
	}
	l.mu.Lock()
	l.hashes = append(l.hashes, h)
	f := l.onSent
	l.mu.Unlock()
	if f != nil {
		f(h)
	}
}

// sent returns the hashes sent so far.
func (l *sentLog) sent() []common.Hash {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]common.Hash(nil), l.hashes...)
}

// interrupted is the sentence for a command stopped (Ctrl-C) while it worked: nothing sent, or what was.
func (l *sentLog) interrupted() string {
	hs := l.sent()
	if len(hs) == 0 {
		return "interrupted before any transaction was sent: nothing was sent"
	}
	list := make([]string, len(hs))
	for i, h := range hs {
		list[i] = h.Hex()
	}
	return fmt.Sprintf("interrupted after sending %s, before it was mined; it may still be mined: look it up (`hongbao show`, or a block explorer) before you retry",
		strings.Join(list, ", "))
}
