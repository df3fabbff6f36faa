package cli

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/joho/godotenv"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/logs"
)

// DefaultRPC is the endpoint used when neither --rpc, HONGBAO_RPC nor .env names one: `hongbao devnet`.
const DefaultRPC = "http://127.0.0.1:8545"

// Environment variables of the global flags (documented in testnet/.env.example).
const (
	envRPC          = "HONGBAO_RPC"
	envEscrow       = "HONGBAO_ESCROW"
	envChainID      = "HONGBAO_CHAIN_ID"
	envHome         = deploy.HomeEnv // HONGBAO_HOME
	envKeystore     = "HONGBAO_KEYSTORE"
	envAccount      = "HONGBAO_ACCOUNT"
	envPasswordFile = "HONGBAO_PASSWORD_FILE"
	envPrivateKey   = "HONGBAO_PRIVATE_KEY"
	envJSON         = "HONGBAO_JSON"
	envYes          = "HONGBAO_YES"
	envEnvFile      = "HONGBAO_ENV_FILE"
	envWebURL       = "HONGBAO_WEB_URL"
	envRiskConfig   = "HONGBAO_RISK_CONFIG"
	envIndexDB      = "HONGBAO_INDEX_DB"
	envLogLevel     = "HONGBAO_LOG_LEVEL"
	envFromBlock    = "HONGBAO_FROM_BLOCK"
	envMaxRange     = "HONGBAO_MAX_BLOCK_RANGE"
)

// globals are the resolved global settings. Each comes from its flag, else its environment variable, else
// the .env file, else its default.
type globals struct {
	rpc          string
	escrow       string // "" -> the deployment file of the chain
	chainID      uint64 // 0 -> any chain
	home         string // where deployment files live
	keystore     string
	account      string
	passwordFile string
	privateKey   string
	json         bool
	yes          bool
	webURL       string // the claim page's base URL, for the claim links send and show print ("" -> none)
	riskConfig   string // the risk warnings' thresholds file ("" -> <home>/risk.json if it exists, else defaults)
	indexDB      string // the index database ("" -> <home>/index/<chain>-<escrow>.db)
	// fromBlock is the first block log scans read; nil -> the deployment file's block, else the escrow's own
	// deployBlock(). Never 0 by default: a scan from genesis is what public providers refuse.
	fromBlock *uint64
	// maxRange is the widest eth_getLogs request of every log read (narrowed further when the endpoint
	// refuses one): 10,000 blocks, what public providers commonly allow.
	maxRange uint64
	// maxRangeSet: --max-block-range (or its variable) was given; the range remembered for the endpoint (see
	// session.rangeMemo) is then neither used nor updated.
	maxRangeSet bool
	tx          txSettings // fees, confirmations and bumps of the transactions commands send
}

// globalFlags are defined once on the app; reorder lets the user write them anywhere on the line.
func globalFlags() []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC endpoint (env " + envRPC + ")", Value: DefaultRPC},
		&cli.StringFlag{Name: "escrow", Usage: "escrow address (env " + envEscrow + "); default: the deployment file of the endpoint's chain"},
		&cli.Uint64Flag{Name: "chain-id", Usage: "refuse to talk to an endpoint of another chain (env " + envChainID + ")"},
		&cli.StringFlag{Name: "home", Usage: "directory of the deployment files (env " + envHome + "; default ~/.hongbao)"},
		&cli.StringFlag{Name: "keystore", Usage: "keystore directory to sign with (env " + envKeystore + ")"},
		&cli.StringFlag{Name: "account", Usage: "address of the keystore account (env " + envAccount + ")"},
		&cli.StringFlag{Name: "password-file", Usage: "file with the keystore password (env " + envPasswordFile + "); default: ask"},
		&cli.StringFlag{Name: "private-key", Usage: "0x hex private key to sign with, for dev chains (env " + envPrivateKey + ")"},
		&cli.BoolFlag{Name: "json", Usage: "print one JSON object (stable field names; amounts in base units) (env " + envJSON + ")"},
		&cli.BoolFlag{Name: "yes", Aliases: []string{"y"}, Usage: "answer yes to risk warnings: needed when not interactive (env " + envYes + ")"},
		&cli.StringFlag{Name: "env-file", Usage: "read settings from this file instead of ./.env (env " + envEnvFile + ")"},
		&cli.StringFlag{Name: "web-url", Usage: "base URL of the claim page (hongbao web), for the claim links send prints (env " + envWebURL + ")"},
		&cli.StringFlag{Name: "log-level", Usage: "what the logs on stderr show: debug, info, warn, error or off (env " + envLogLevel + "; default info for the daemons, warn for one-shot commands)"},
		&cli.StringFlag{Name: "risk-config", Usage: "JSON file of the risk warnings' thresholds (env " + envRiskConfig + "; default <home>/risk.json, see docs/risk.md)"},
		&cli.StringFlag{Name: "db", Usage: "the index database (env " + envIndexDB + "; default <home>/index/<chain id>-<escrow>.db)"},
		&cli.StringFlag{Name: "from-block", Usage: "first block that log scans read (env " + envFromBlock + "); default: the escrow's deployment block"},
		&cli.StringFlag{Name: "max-block-range", Usage: "widest block range of one eth_getLogs request (env " + envMaxRange + "; default 10000, or what the endpoint was last found to answer); narrower when the endpoint refuses"},
	}, txFlags()...)
}

// resolveGlobals reads the global settings for command context c (and remembers them on the runner).
func (r *runner) resolveGlobals(c *cli.Context) (*globals, error) {
	if r.g != nil {
		return r.g, nil
	}
	dotenv, err := r.readDotenv(c)
	if err != nil {
		return nil, err
	}
	get := func(flag, env, def string) string {
		if c.IsSet(flag) {
			return c.String(flag)
		}
		if v, ok := r.lookupEnv(env); ok && v != "" {
			return v
		}
		if v := dotenv[env]; v != "" {
			return v
		}
		return def
	}
	getBool := func(flag, env string) bool {
		if c.IsSet(flag) {
			return c.Bool(flag)
		}
		return parseBoolish(get(flag, env, "false"))
	}
	g := &globals{
		rpc:          get("rpc", envRPC, DefaultRPC),
		escrow:       get("escrow", envEscrow, ""),
		home:         get("home", envHome, ""),
		keystore:     get("keystore", envKeystore, ""),
		account:      get("account", envAccount, ""),
		passwordFile: get("password-file", envPasswordFile, ""),
		privateKey:   get("private-key", envPrivateKey, ""),
		json:         getBool("json", envJSON),
		yes:          getBool("yes", envYes),
		webURL:       strings.TrimRight(get("web-url", envWebURL, ""), "/"),
		riskConfig:   get("risk-config", envRiskConfig, ""),
		indexDB:      get("db", envIndexDB, ""),
	}
	r.jsonOut = g.json
	lvl, err := parseLogLevel(get("log-level", envLogLevel, ""))
	if err != nil {
		return nil, err
	}
	r.logLevel = lvl
	if err := checkWebURL(g.webURL); err != nil {
		return nil, err
	}
	if g.home == "" {
		g.home = deploy.Home()
	}
	if s := get("chain-id", envChainID, ""); s != "" && s != "0" {
		id, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return nil, usagef("InvalidFlag", "chain id %q is not a number; give the decimal chain id, e.g. 31337", s)
		}
		g.chainID = id
	}
	if s := get("from-block", envFromBlock, ""); s != "" {
		n, err := strconv.ParseUint(strings.TrimSpace(s), 0, 64)
		if err != nil {
			return nil, usagef("InvalidFlag", "--from-block %q is not a block number; give a decimal or 0x hex block number, e.g. 19000000", s)
		}
		g.fromBlock = &n
	}
	g.maxRange = logs.DefaultMaxRange
	if s := get("max-block-range", envMaxRange, ""); s != "" && s != "0" {
		n, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, usagef("InvalidFlag", "--max-block-range %q is not a number of blocks; give e.g. 2000", s)
		}
		g.maxRange, g.maxRangeSet = n, true
	}
	if g.tx, err = resolveTxSettings(get); err != nil {
		return nil, err
	}
	r.g = g
	return g, nil
}

// readDotenv reads ./.env (or --env-file). A missing ./.env is normal; a missing --env-file is an error.
func (r *runner) readDotenv(c *cli.Context) (map[string]string, error) {
	path := ".env"
	explicit := false
	if c.IsSet("env-file") {
		path, explicit = c.String("env-file"), true
	} else if v, ok := r.lookupEnv(envEnvFile); ok && v != "" {
		path, explicit = v, true
	}
	m, err := godotenv.Read(path)
	if errors.Is(err, fs.ErrNotExist) && !explicit {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, usagef("InvalidEnvFile", "cannot read the settings file %s: %v; fix it or point --env-file elsewhere", path, unwrapPathError(err))
	}
	return m, nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parseBoolish reads the usual spellings of true in environment variables.
func parseBoolish(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1", "t", "true", "y", "yes", "on":
		return true
	}
	return false
}
