package cli

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/logs"
	"github.com/hongbao/hongbao/node/transport"
)

// connectTimeout bounds the first calls to the endpoint, so that a dead or silent endpoint fails fast.
const connectTimeout = 10 * time.Second

// session is a command's connection to the chain: the endpoint, the escrow, and the signer if it needs one.
type session struct {
	g       *globals
	ec      *ethclient.Client
	cl      *client.Client
	chainID uint64
	dep     *deploy.Deployment // the deployment file of the chain, if any
	key     *ecdsa.PrivateKey  // nil for read-only commands
	// fromBlock is where log scans (the client, the index, the keeper) start: --from-block, the deployment
	// file's block, or the escrow's deployBlock().
	fromBlock uint64
	// logs is the session's one log reader: the client, the index and the keeper share what it learns of
	// the endpoint's limits.
	logs *logs.Reader
	// sent records what the session's client sends (the runner's log).
	sent *sentLog
	// progress receives the index's progress (the runner's spinner shows it).
	progress func(indexed, target uint64)
}

// Close remembers what the session's log reader learnt of the endpoint's limit and releases the connection.
func (s *session) Close() {
	_ = s.rangeMemo().Remember(s.memoKey(), s.logs) // a hint: failing to keep it costs the next command a relearning
	s.ec.Close()
}

// rangeMemo is where the eth_getLogs block range each endpoint answers is remembered between commands
// (<home>/getlogs-ranges.json), so that a command behind a provider with a narrow limit does not learn it anew
// each time; nil (nothing remembered, nothing used) when --max-block-range says the range.
func (s *session) rangeMemo() *logs.RangeMemo {
	if s.g.maxRangeSet {
		return nil
	}
	return logs.NewRangeMemo(filepath.Join(s.g.home, logs.RangeMemoFile))
}

// memoKey names the session's endpoint and chain in the range memo.
func (s *session) memoKey() string { return logs.MemoKey(s.g.rpc, s.chainID) }

// me is the signer's address.
func (s *session) me() common.Address { return s.cl.Address() }

// needs says what a command needs from its session.
type needs int

const (
	readOnly needs = iota // no key
	signing               // a key that signs transactions
	maybeKey              // a key if one is configured (e.g. `show --code`, `list` defaults)
)

// open resolves the globals and the key, connects, checks the chain, and finds the escrow. The key is
// loaded before anything touches the network, so a wrong password fails first and sends nothing.
func (r *runner) open(c *cli.Context, n needs) (*session, error) {
	g, err := r.resolveGlobals(c)
	if err != nil {
		return nil, err
	}
	var key *ecdsa.PrivateKey
	if n == signing {
		if key, err = r.loadKey(g); err != nil {
			return nil, err
		}
	}
	ec, chainID, err := dialChain(c.Context, g)
	if err != nil {
		return nil, err
	}
	s := &session{g: g, ec: ec, chainID: chainID, key: key, sent: &r.sent, progress: r.syncProgress()}
	opts := []logs.Option{logs.WithEndpoint(g.rpc), logs.WithMaxRange(g.maxRange), logs.WithPrefetch(2),
		logs.WithCallTimeout(logCallTimeout)}
	s.logs = logs.New(ec, append(opts, s.rangeMemo().Options(s.memoKey())...)...)
	if err := s.findEscrow(c.Context); err != nil {
		ec.Close()
		return nil, err
	}
	return s, nil
}

// dialChain connects to the endpoint and reads its chain id, checking it against --chain-id.
func dialChain(ctx context.Context, g *globals) (*ethclient.Client, uint64, error) {
	// One dial for every command: HTTP endpoints get retries of 429/5xx and dropped connections (with the
	// provider's Retry-After). The chain id read below is the probe.
	ec, err := transport.Dial(ctx, g.rpc, transport.WithoutProbe())
	if err != nil {
		return nil, 0, usagef("InvalidRPC", "cannot use the RPC endpoint %q: %v; give an http(s):// or ws(s):// URL with --rpc", g.rpc, err)
	}
	cctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	id, err := ec.ChainID(cctx)
	if err != nil {
		ec.Close()
		return nil, 0, unreachable(g.rpc, err)
	}
	if g.chainID != 0 && id.Uint64() != g.chainID {
		ec.Close()
		return nil, 0, failf("WrongChain", "the RPC endpoint %s is chain %s, not chain %d as --chain-id asks; check --rpc (or --chain-id)", g.rpc, id, g.chainID)
	}
	return ec, id.Uint64(), nil
}

func unreachable(url string, err error) *Error {
	if errors.Is(err, context.Canceled) {
		return asError(err)
	}
	return &Error{Code: client.CodeRPCUnavailable, Err: err, Message: fmt.Sprintf(
		"cannot reach the RPC endpoint %s (%s); is `hongbao devnet` (or your node) running there? Set it with --rpc or %s",
		url, shortErr(err), envRPC)}
}

// shortErr keeps the last part of a wrapped network error ("connection refused").
func shortErr(err error) string {
	msg := strings.Join(strings.Fields(err.Error()), " ") // one line, whatever the transport wrote
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		return msg[i+2:]
	}
	return msg
}

// findEscrow picks the escrow (--escrow, else the chain's deployment file) and makes the client.
func (s *session) findEscrow(ctx context.Context) error {
	dep, derr := deploy.Load(s.g.home, s.chainID)
	if derr == nil {
		s.dep = dep
	}
	var addr common.Address
	var opts []client.Option
	switch {
	case s.g.escrow != "":
		a, err := parseAddress("--escrow", s.g.escrow)
		if err != nil {
			return err
		}
		addr = a
		if dep != nil && dep.Escrow == a {
			opts = append(opts, client.WithFromBlock(dep.Block))
		}
	case dep != nil:
		addr = dep.Escrow
		opts = append(opts, client.WithFromBlock(dep.Block))
	case errors.Is(derr, os.ErrNotExist):
		return failf("NoDeployment", "no escrow is known for chain %d (no file %s); start `hongbao devnet`, run `hongbao deploy`, or give --escrow ADDR",
			s.chainID, deploy.Path(s.g.home, s.chainID))
	default:
		return failf("BadDeployment", "%v; fix or delete that file, or give --escrow ADDR", derr)
	}
	// Where log scans start: --from-block, else the deployment file's block, else the client reads the
	// escrow's deployBlock(). Never block 0 by default.
	if s.g.fromBlock != nil {
		opts = append(opts, client.WithFromBlock(*s.g.fromBlock))
	}
	opts = append(opts, client.WithEndpoint(s.g.rpc), client.WithLogReader(s.logs), s.g.tx.options(s.sent),
		client.WithChainID(new(big.Int).SetUint64(s.chainID)), client.WithPollInterval(100*time.Millisecond))
	if nudge := devChainNudge(s.ec, s.chainID); nudge != nil {
		opts = append(opts, client.WithBlockNudge(nudge))
	}
	cl, err := client.New(ctx, s.ec, addr, s.key, opts...) // txsend waits for the head to reach a receipt's block
	if err != nil {
		return err
	}
	s.cl, s.fromBlock = cl, cl.FromBlock()
	return nil
}

// tokens are the symbols the session knows: the deployment's tokens.
func (s *session) tokens() map[string]common.Address {
	if s.dep == nil || s.dep.Tokens == nil {
		return map[string]common.Address{}
	}
	return s.dep.Tokens
}

// money returns how amounts of token are shown.
func (s *session) money(ctx context.Context, token common.Address) (money, error) {
	sym, dec, err := s.cl.TokenInfo(ctx, token)
	if err != nil {
		return money{}, err
	}
	return money{symbol: sym, decimals: dec}, nil
}

// keyAddress is the address of a key.
func keyAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// logCallTimeout bounds one eth_getLogs (or head read) of the session's log reader: an endpoint that stops
// answering mid-scan fails the request, which the reader retries, instead of hanging the command.
const logCallTimeout = time.Minute

// settledBackend reports a receipt only once the node's head has reached its block. A node can index a
// receipt a moment before it moves its head (geth writes the lookup entries, then the head marker), and a
// read of "latest" right after would miss the transaction's effects: the next command, or the next step of
// the demo, would see the state before it.
type settledBackend struct{ *ethclient.Client }

// TransactionReceipt returns the receipt of hash once its block is at or below the head.
func (b settledBackend) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	r, err := b.Client.TransactionReceipt(ctx, hash)
	if err != nil || r == nil || r.BlockNumber == nil {
		return r, err
	}
	head, err := b.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	if head < r.BlockNumber.Uint64() {
		return nil, ethereum.NotFound // not settled yet: the client polls again
	}
	return r, nil
}
