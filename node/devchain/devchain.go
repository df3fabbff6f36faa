// Package devchain runs an in-process go-ethereum dev node, in the spirit of anvil: a block per transaction,
// the ten well-known dev accounts funded, the hongbao escrow and the tCNY test stablecoin deployed with the
// rules §4 default policy, JSON-RPC over HTTP and WebSocket on one port, and the test methods that viem's test
// client and Hardhat/ethers users call (evm_increaseTime, evm_setNextBlockTimestamp, evm_mine, evm_snapshot,
// evm_revert, anvil_setBalance, anvil_mine).
//
// Blocks are sealed by this package rather than by catalyst.SimulatedBeacon: the beacon seals at
// max(wall clock, parent+1) and its AdjustTime refuses to run while transactions are pending, so it cannot
// put a transaction into a block at "wall clock + offset". The sealer here builds each block with the
// miner at exactly the timestamp it chooses and inserts it as canonical (what go-ethereum's
// testing_commitBlockV1 does), which makes time offsets persistent, as in anvil.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
)

// Defaults.
const (
	DefaultHost    = "127.0.0.1"
	DefaultPort    = 8545 // what tools expect; Config.Port 0 picks a free port instead
	DefaultChainID = 31337
	// GasLimit is the block gas limit (a transaction is capped at 2^24 by EIP-7825).
	GasLimit = 60_000_000
)

// MintPerAccount is the tCNY each dev account receives at deployment: 100,000.00 tCNY in fen.
var MintPerAccount = big.NewInt(10_000_000)

// AccountFunds is the genesis balance of each dev account: 10,000 ETH.
var AccountFunds = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

// FeeRecipient receives block fees; it is none of the dev accounts, so their balances only move by what
// they send and pay.
var FeeRecipient = common.HexToAddress("0x0000000000000000000000000000000000000fee")

// faucetFunds is the genesis balance of the faucet that anvil_setBalance pays from.
var faucetFunds = new(big.Int).Lsh(big.NewInt(1), 200)

// deploymentFile is the copy of the deployment kept in the data directory, so that a restart reuses it.
const deploymentFile = "hongbao-deployment.json"

// nodeName names the node's directory inside DataDir (geth otherwise uses the executable's name).
const nodeName = "hongbao-devchain"

// Config configures a dev chain.
type Config struct {
	Host    string       // listen address; "" = 127.0.0.1
	Port    int          // HTTP and WebSocket port (one port serves both); 0 = pick a free port
	DataDir string       // "" = ephemeral, in memory
	ChainID uint64       // 0 = 31337
	Home    string       // where the deployment file is saved; "" = deploy.Home()
	Logger  *slog.Logger // nil = quiet
}

// Chain is a running dev chain.
type Chain struct {
	HTTPURL string
	WSURL   string // the same port as HTTPURL
	ChainID uint64
	// Deployment is the escrow and tCNY of this chain, also saved to Home.
	Deployment deploy.Deployment
	// Accounts are the ten dev accounts (keys in node/devkeys), 10,000 ETH and 100,000.00 tCNY each.
	Accounts []common.Address
	// Faucet is the extra genesis account that anvil_setBalance pays from.
	Faucet common.Address

	stack     *node.Node
	eth       *eth.Ethereum
	public    []rpc.API  // what the port serves (publicModules of these), in registration order
	rpc       *rpcServer // nil until openRPC
	sealer    *sealer
	client    *ethclient.Client
	log       *slog.Logger
	closeOnce sync.Once
	closeErr  error
}

// Start runs a dev chain until Close. On a fresh chain it deploys the escrow (owner: dev account 0) and tCNY,
// mints tCNY to every dev account, applies deploy.DefaultPolicy and saves the deployment to cfg.Home. With a
// DataDir that already holds a deployed chain it reuses that deployment instead. ctx bounds the startup
// (the deployment transactions), not the chain's life.
//
// The chain is ready when its port answers: the deployment runs over the in-process RPC client, and only
// once the contracts are on chain and the deployment file is written does the chain open its HTTP/WebSocket
// port. Until then the port accepts no connection, so a script that waits for eth_chainId cannot start early.
func Start(ctx context.Context, cfg Config) (*Chain, error) {
	cfg, err := withDefaults(cfg)
	if err != nil {
		return nil, err
	}
	c := &Chain{ChainID: cfg.ChainID, log: cfg.Logger, Faucet: crypto.PubkeyToAddress(faucetKey().PublicKey)}
	for i := range devkeys.Count {
		c.Accounts = append(c.Accounts, devkeys.Address(i))
	}
	if err := c.startNode(cfg); err != nil {
		c.Close()
		return nil, err
	}
	d, err := c.ensureDeployment(ctx, cfg.DataDir)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("devchain: %w", err)
	}
	if err := deploy.Save(cfg.Home, d); err != nil {
		c.Close()
		return nil, fmt.Errorf("devchain: save deployment: %w", err)
	}
	c.Deployment = d
	if err := c.openRPC(cfg.Host, cfg.Port); err != nil {
		c.Close()
		return nil, err
	}
	c.log.Info("dev chain running", "http", c.HTTPURL, "ws", c.WSURL, "chainId", c.ChainID,
		"escrow", d.Escrow, "tCNY", d.Tokens["tCNY"], "deployment", deploy.Path(cfg.Home, c.ChainID))
	return c, nil
}

func withDefaults(cfg Config) (Config, error) {
	if cfg.Host == "" {
		cfg.Host = DefaultHost
	}
	if cfg.Port < 0 || cfg.Port > 65535 {
		return cfg, fmt.Errorf("devchain: port %d out of range", cfg.Port)
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.Home == "" {
		cfg.Home = deploy.Home()
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg, nil
}

// startNode builds and starts the geth node, the eth service, the RPC APIs and the sealer.
func (c *Chain) startNode(cfg Config) error {
	if err := checkPortFree(cfg.Host, cfg.Port); err != nil {
		return err
	}
	if cfg.DataDir != "" {
		if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
			return fmt.Errorf("devchain: create data dir: %w", err)
		}
	}
	stack, err := node.New(nodeConfig(cfg))
	if err != nil {
		return fmt.Errorf("devchain: node: %w", err)
	}
	c.stack = stack
	backend, err := eth.New(stack, ethConfig(cfg.ChainID, c.genesisAlloc()))
	if err != nil {
		return fmt.Errorf("devchain: eth service: %w", err)
	}
	c.eth = backend
	keys := map[common.Address]*ecdsa.PrivateKey{c.Faucet: faucetKey()}
	for i := range devkeys.Count {
		keys[devkeys.Address(i)] = devkeys.Key(i)
	}
	c.sealer = newSealer(backend, FeeRecipient, faucetKey(), keys, cfg.Logger)
	tx, err := newTxAPI(backend, c.sealer)
	if err != nil {
		return err
	}
	// eth.New registers no log filters: eth_getLogs, eth_newFilter and eth_subscribe("logs") come from here.
	filterAPI := newFilterAPI(filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{})))
	stack.RegisterLifecycle(filterCloser{api: filterAPI})
	// Registered after eth.New's APIs: a method of the same name replaces theirs (txAPI's).
	ours := []rpc.API{
		{Namespace: "eth", Service: filterAPI},
		{Namespace: "eth", Service: tx},
		{Namespace: "evm", Service: &evmAPI{s: c.sealer}},
		{Namespace: "anvil", Service: &anvilAPI{s: c.sealer}},
		{Namespace: "hardhat", Service: &anvilAPI{s: c.sealer}}, // viem's test client in hardhat mode
	}
	stack.RegisterAPIs(ours)
	// The port's server (openRPC) gets the same, in the same order, plus the node's web3 namespace.
	c.public = append(append(backend.APIs(), rpc.API{Namespace: "web3", Service: &web3API{stack: stack}}), ours...)
	if err := stack.Start(); err != nil {
		return fmt.Errorf("devchain: start node on %s: %w", net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port)), err)
	}
	backend.SetSynced() // there is no one to sync from: this node is the chain
	c.sealer.start()
	c.client = ethclient.NewClient(stack.Attach())
	return nil
}

// newTxAPI finds the methods txAPI wraps among the eth service's APIs.
func newTxAPI(backend *eth.Ethereum, s *sealer) (*txAPI, error) {
	a := &txAPI{s: s}
	for _, api := range backend.APIs() {
		if api.Namespace != "eth" {
			continue
		}
		if v, ok := api.Service.(rawSender); ok {
			a.send = v
		}
		if v, ok := api.Service.(receiptReader); ok {
			a.receipt = v
		}
		if v, ok := api.Service.(blockNumberReader); ok {
			a.number = v
		}
	}
	if a.send == nil || a.receipt == nil || a.number == nil {
		return nil, errors.New("devchain: go-ethereum's eth API lacks eth_sendRawTransaction, eth_getTransactionReceipt or eth_blockNumber")
	}
	return a, nil
}

// openRPC opens JSON-RPC over HTTP and WebSocket on host:port, one listener serving both (rpcServer), with
// the public modules only.
func (c *Chain) openRPC(host string, port int) error {
	srv, err := newRPCServer(c.public)
	if err != nil {
		return err
	}
	c.rpc = srv
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	if err := srv.listen(addr); err != nil {
		return fmt.Errorf("devchain: cannot listen on %s (is another node running there?): %w", addr, err)
	}
	c.HTTPURL, c.WSURL = srv.url("http"), srv.url("ws")
	return nil
}

// checkPortFree fails early when the port is taken (another dev chain, anvil, hardhat), before the node
// starts and deploys: the listener itself opens only after the deployment (openRPC).
func checkPortFree(host string, port int) error {
	if port == 0 {
		return nil // the system picks a free one
	}
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("devchain: cannot listen on %s (is another node running there?): %w", addr, err)
	}
	return l.Close()
}

// nodeConfig configures the node without HTTP or WebSocket listeners: openRPC opens the dev chain's own (both
// on cfg.Host and cfg.Port, one listener, as anvil does) once the contracts are deployed.
func nodeConfig(cfg Config) *node.Config {
	nc := node.DefaultConfig
	nc.Name = nodeName
	nc.DataDir = cfg.DataDir
	nc.IPCPath = ""
	nc.HTTPHost, nc.WSHost = "", "" // go-ethereum's own HTTP and WebSocket servers stay off
	nc.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	if cfg.Logger != nil {
		nc.Logger = log.NewLogger(cfg.Logger.Handler())
	}
	return &nc
}

func ethConfig(chainID uint64, alloc types.GenesisAlloc) *ethconfig.Config {
	ec := ethconfig.Defaults
	ec.NetworkId = chainID
	ec.SyncMode = ethconfig.FullSync
	ec.Genesis = genesis(chainID, alloc)
	ec.Miner.GasCeil = GasLimit
	ec.Miner.GasPrice = big.NewInt(1) // as geth --dev: a 1-wei tip is enough to be mined
	ec.TxPool.NoLocals = true
	// Room for what a script fires at once from one account (geth keeps 16 executable and 64 future
	// transactions per account and silently drops the rest of a burst that arrives out of nonce order;
	// anvil keeps them all).
	ec.TxPool.AccountSlots, ec.TxPool.AccountQueue = 4096, 4096
	ec.TxPool.GlobalSlots, ec.TxPool.GlobalQueue = 8192, 8192
	ec.LogNoHistory = true // no background log indexer: eth_getLogs scans blocks, which a dev chain can afford
	// Sized for a dev chain, not mainnet (2 GB database cache, 614 MB clean and 1 GB dirty trie caches by
	// default): a few MB of state, so the caches need no more, and a --datadir chain does not reserve
	// mainnet-sized database buffers.
	ec.DatabaseCache, ec.TrieCleanCache, ec.TrieDirtyCache, ec.SnapshotCache = 16, 16, 32, 16
	ec.NoPrefetch = true // prefetching trie nodes in parallel pays on disk, not on a state this small in memory
	// The tip oracle looks back 20 blocks by default, re-reading them for every eth_maxPriorityFeePerGas and
	// eth_gasPrice after each new block (here: after every transaction); a few blocks say the same on a dev
	// chain.
	ec.GPO.Blocks = 4
	return &ec
}

// OsakaConfig is go-ethereum's dev-chain config with the experimental Amsterdam/Bogota forks switched off
// (mainnet gas rules) and the given chain id. The shared global is copied, never modified.
func OsakaConfig(chainID uint64) *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	cfg.ChainID = new(big.Int).SetUint64(chainID)
	return &cfg
}

// genesis is geth's developer genesis (precompiles and system contracts funded) with our accounts. It is
// deterministic, so a restart on the same DataDir finds the same genesis hash. The chain id is written into
// the extra data because the config is not part of the genesis hash: without it, geth would quietly reuse a
// data dir of another chain id.
func genesis(chainID uint64, alloc types.GenesisAlloc) *core.Genesis {
	g := core.DeveloperGenesisBlock(GasLimit, nil)
	g.Config = OsakaConfig(chainID)
	g.ExtraData = []byte("hongbao devchain " + strconv.FormatUint(chainID, 10))
	for addr, acct := range alloc {
		g.Alloc[addr] = acct
	}
	return g
}

// genesisAlloc funds the faucet and the accounts, and holds the deterministic deployment proxy (as Anvil and
// most chains do) that node/deploy creates the escrow through: the escrow of account 0 has the same address
// here as on Anvil or any other chain. (geth's developer genesis has it too, as an EIP-7997 system contract,
// with the same values, so the genesis hash is the same as without this entry.)
func (c *Chain) genesisAlloc() types.GenesisAlloc {
	alloc := types.GenesisAlloc{
		c.Faucet:                           {Balance: new(big.Int).Set(faucetFunds)},
		params.DeterministicFactoryAddress: {Nonce: 1, Code: params.DeterministicFactoryCode, Balance: common.Big0},
	}
	for _, a := range c.Accounts {
		alloc[a] = types.Account{Balance: new(big.Int).Set(AccountFunds)}
	}
	return alloc
}

// faucetKey is the key of the setBalance faucet: derived from a fixed phrase, public like the dev keys.
func faucetKey() *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("hongbao devchain faucet")))
	if err != nil {
		panic(err) // constant input
	}
	return k
}

// Client is an RPC client connected in-process (no HTTP round trip). Close closes it.
func (c *Chain) Client() *ethclient.Client { return c.client }

// Close stops the sealer, the RPC servers and the node, freeing the port. It is safe to call more than once.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		var rpcErr error
		if c.rpc != nil {
			rpcErr = c.rpc.close() // first: no call reaches a chain that is stopping
		}
		if c.sealer != nil {
			c.sealer.stop()
		}
		if c.client != nil {
			c.client.Close()
		}
		if c.stack != nil {
			err := c.stack.Close()
			if errors.Is(err, node.ErrNodeStopped) {
				err = nil // a node that failed to start has nothing to stop
			}
			c.closeErr = err
		}
		if c.closeErr == nil && rpcErr != nil {
			c.closeErr = fmt.Errorf("devchain: close RPC server: %w", rpcErr)
		}
	})
	return c.closeErr
}
