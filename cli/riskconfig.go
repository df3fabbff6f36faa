package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/hongbao/hongbao/node/risk"
)

// Names of the risk rules of rules §7 (node/risk), as warnings and the config file name them.
const (
	ruleFarAboveUsual = risk.RuleFarAboveUsual
	ruleNightSend     = risk.RuleNightSend
	ruleNewRecipient  = risk.RuleNewRecipient
	ruleBurst         = risk.RuleBurst
	ruleBearerCode    = risk.RuleBearerCode
)

// riskConfigName is the file looked for in the home directory when --risk-config is not given.
const riskConfigName = "risk.json"

// loadRiskConfig reads the thresholds: --risk-config (which must exist), else <home>/risk.json if it exists,
// else the defaults. It returns where they came from ("defaults" or the path).
func loadRiskConfig(g *globals) (risk.Config, string, error) {
	path, explicit := g.riskConfig, g.riskConfig != ""
	if !explicit {
		path = filepath.Join(g.home, riskConfigName)
	}
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !explicit:
		return risk.DefaultConfig(), "defaults", nil
	case err != nil:
		return risk.Config{}, "", usagef("InvalidRiskConfig", "cannot read the risk config %s: %v; fix --risk-config (see docs/risk.md)", path, unwrapPathError(err))
	}
	cfg, err := risk.ParseConfig(data)
	var ce *risk.ConfigError
	switch {
	case err == nil:
		return cfg, path, nil
	case errors.As(err, &ce) && ce.Kind == risk.ConfigSeveral:
		return cfg, "", usagef("InvalidRiskConfig", "the risk config %s has more than one JSON object", path)
	case errors.As(err, &ce) && ce.Kind == risk.ConfigBadValue:
		return cfg, "", usagef("InvalidRiskConfig", "the risk config %s: %v (see docs/risk.md)", path, err)
	}
	return cfg, "", usagef("InvalidRiskConfig", "the risk config %s is not valid: %v (see docs/risk.md for the fields)", path, err)
}
