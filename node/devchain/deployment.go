package devchain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/devkeys"
	"github.com/hongbao/hongbao/node/txsend"
)

// ensureDeployment returns the chain's deployment: the one recorded in dataDir when its contracts are still
// on chain, otherwise a fresh one (recorded in dataDir when there is one).
func (c *Chain) ensureDeployment(ctx context.Context, dataDir string) (deploy.Deployment, error) {
	if dataDir != "" {
		d, err := c.existingDeployment(ctx, dataDir)
		if err != nil {
			return deploy.Deployment{}, err
		}
		if d != nil {
			c.log.Info("reusing deployment", "escrow", d.Escrow, "dataDir", dataDir)
			return *d, nil
		}
	}
	d, err := c.deployFresh(ctx)
	if err != nil {
		return deploy.Deployment{}, err
	}
	if dataDir != "" {
		data, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			return deploy.Deployment{}, fmt.Errorf("encode deployment: %w", err)
		}
		if err := deploy.WriteFileAtomic(filepath.Join(dataDir, deploymentFile), append(data, '\n'), 0o644); err != nil {
			return deploy.Deployment{}, fmt.Errorf("record deployment in data dir: %w", err)
		}
	}
	return d, nil
}

// existingDeployment reads the deployment recorded in dataDir; nil when there is none, or when its
// contracts are not on this chain (a data dir whose chain was wiped), which calls for a fresh deployment.
func (c *Chain) existingDeployment(ctx context.Context, dataDir string) (*deploy.Deployment, error) {
	path := filepath.Join(dataDir, deploymentFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var d deploy.Deployment
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	if d.ChainID != c.ChainID {
		return nil, fmt.Errorf("%s is for chain %d, but this chain is %d", path, d.ChainID, c.ChainID)
	}
	contracts := []common.Address{d.Escrow}
	for _, a := range d.Tokens {
		contracts = append(contracts, a)
	}
	for _, a := range contracts {
		code, err := c.client.CodeAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("check contract %s: %w", a, err)
		}
		if len(code) == 0 {
			c.log.Warn("recorded deployment is not on chain; deploying again", "missing", a)
			return nil, nil
		}
	}
	return &d, nil
}

// deployFresh deploys the escrow and tCNY from dev account 0, mints tCNY to every dev account and applies
// the default policy.
func (c *Chain) deployFresh(ctx context.Context) (deploy.Deployment, error) {
	// The chain's block number and receipts wait for the mining of what was sent (txAPI): the receipt is there
	// at the first look, so look after a millisecond rather than deploy.ReceiptPoll (50 ms a transaction).
	d, err := deploy.NewDeployer(ctx, c.client, devkeys.Key(0), txsend.WithPollInterval(time.Millisecond))
	if err != nil {
		return deploy.Deployment{}, err
	}
	esc, block, err := d.DeployEscrow(ctx)
	if err != nil {
		return deploy.Deployment{}, err
	}
	token, err := d.DeployTestStablecoin(ctx)
	if err != nil {
		return deploy.Deployment{}, err
	}
	if err := d.MintTestStablecoin(ctx, token, c.Accounts, MintPerAccount); err != nil {
		return deploy.Deployment{}, err
	}
	tokens := map[string]common.Address{"tCNY": token}
	if err := d.ApplyPolicy(ctx, esc, deploy.DefaultPolicy(), tokens); err != nil {
		return deploy.Deployment{}, err
	}
	return deploy.Deployment{ChainID: c.ChainID, Escrow: esc, Owner: devkeys.Address(0), Block: block, Tokens: tokens}, nil
}
