package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/devkeys"
)

// orgBudget reads an organisation's tCNY budget with `org show --json`.
func (u *user) orgBudget(org string) *big.Int {
	u.t.Helper()
	o := u.okJSON("org", "show", org)
	for _, b := range o["budgets"].([]any) {
		if m := b.(map[string]any); common.HexToAddress(m["token"].(string)) == u.tcny {
			v, ok := new(big.Int).SetString(m["amount"].(string), 10)
			require.True(u.t, ok)
			return v
		}
	}
	return new(big.Int)
}

// orgFlow is rules §5 through the binary: a budget, an employee's packet to the wrong group, an admin's
// intercept back to the budget, a cap, and a packet left to expire for the keeper. It returns the
// organisation and that packet.
func orgFlow(t *testing.T, u *user) (string, string) {
	u.t = t
	admin, employee, admin2, stranger := 4, 5, 6, 7
	created := u.okJSON(cat("org", "create", "--treasury", devkeys.Address(9).Hex(), as(admin))...)
	org := fmt.Sprint(created["orgId"])
	u.okJSON(cat("org", "fund", org, "--amount", "500", "--token", "tCNY", as(admin))...)
	u.okJSON(cat("org", "add-member", org, devkeys.Address(employee).Hex(), "--token", "tCNY", "--per-packet", "200", "--daily", "300", as(admin))...)
	u.okJSON(cat("org", "add-admin", org, devkeys.Address(admin2).Hex(), as(admin))...)
	require.Equal(t, big.NewInt(50000), u.orgBudget(org))

	own := u.tokenBalance(devkeys.Address(employee))
	sent := u.okJSON(cat("send", "--org", org, "--shares", "3", "--amount", "150", "--token", "tCNY", "--yes", as(employee))...)
	id := sent["packetId"].(string)
	require.Equal(t, own, u.tokenBalance(devkeys.Address(employee)), "the budget paid, not the employee")
	require.Equal(t, big.NewInt(35000), u.orgBudget(org))
	require.Contains(t, u.ok("show", id), "revocable by any admin of organisation "+org)

	o := u.run(cat("intercept", id, as(stranger))...)
	require.Equal(t, 1, o.code)
	require.Contains(t, o.stderr, "an admin of organisation "+org)
	ic := u.okJSON(cat("intercept", id, as(admin2))...)
	require.Equal(t, "Intercepted", ic["event"])
	require.Equal(t, big.NewInt(50000), u.orgBudget(org), "the intercept restored the budget")

	over := u.run(cat("send", "--org", org, "--shares", "1", "--amount", "250", "--token", "tCNY", "--yes", as(employee))...)
	require.Equal(t, 1, over.code)
	require.Contains(t, over.stderr, "per-packet cap")

	late := u.okJSON(cat("send", "--org", org, "--to", devkeys.Address(stranger).Hex(), "--amount", "20", "--token", "tCNY",
		"--expires", "5m", "--yes", as(employee))...)
	treasury := u.tokenBalance(devkeys.Address(9))
	u.okJSON(cat("org", "withdraw", org, "--amount", "100", "--token", "tCNY", as(admin))...)
	require.Equal(t, new(big.Int).Add(treasury, big.NewInt(10000)), u.tokenBalance(devkeys.Address(9)), "only to the treasury")
	require.Equal(t, big.NewInt(38000), u.orgBudget(org))
	return org, late["packetId"].(string)
}

// keeperAndRecords: after the expiry the keeper refunds once (the organisation's packet back to its budget),
// a second pass sends nothing, and the records balance.
func keeperAndRecords(t *testing.T, u *user, org, late string) {
	u.t = t
	before := u.orgBudget(org)
	u.rpcCall("evm_increaseTime", 10*60)
	u.rpcCall("evm_mine")
	pass := u.okJSON(cat("keeper", "--once", "--batch", "10", as(8))...)
	require.GreaterOrEqual(t, pass["refunded"].(float64), 1.0)
	require.Equal(t, new(big.Int).Add(before, big.NewInt(2000)), u.orgBudget(org), "the refund went back to the budget")
	require.Contains(t, u.ok("show", late), "Nobody can take it back any more")
	nonce, err := u.ec.NonceAt(u.ctx, devkeys.Address(8), nil)
	require.NoError(t, err)
	again := u.okJSON(cat("keeper", "--once", as(8))...)
	require.EqualValues(t, 0, again["refunded"])
	after, err := u.ec.NonceAt(u.ctx, devkeys.Address(8), nil)
	require.NoError(t, err)
	require.Equal(t, nonce, after, "a second pass sends no transaction")

	ix := u.okJSON("index")
	require.Positive(t, ix["packets"].(float64))
	hist := u.okJSON("history", "--packet", late)["records"].([]any)
	var events []string
	for _, r := range hist {
		events = append(events, r.(map[string]any)["event"].(string))
	}
	require.Contains(t, events, "Refunded")
	rows, err := csv.NewReader(strings.NewReader(u.ok("export", "--from", "2000-01-01", "--csv"))).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 10)
	rec := u.okJSON("reconcile")
	require.Equal(t, false, rec["deficit"])
	require.Equal(t, true, rec["balanced"], "the escrow holds exactly what the index says it owes: %v", rec)
}

// relayedClaim: `hongbao web` serves the claim page and the relayer; send prints the claim link; an account
// with no ETH claims through the relayer.
func relayedClaim(t *testing.T, u *user) {
	u.t = t
	port := freePort(t)
	srv := startServer(t, u, cat("web", "--addr", "127.0.0.1:"+strconv.Itoa(port), as(9))...)
	url := srv.info["url"].(string)
	require.Equal(t, fmt.Sprintf("http://127.0.0.1:%d", port), url)

	s := u.okJSON(cat("send", "--shares", "2", "--amount", "0.2", "--web-url", url, "--yes", as(0))...)
	link := s["claimLink"].(string)
	require.True(t, strings.HasPrefix(link, url+"/claim/31337/"), link)
	require.True(t, strings.HasSuffix(link, "#code="+s["claimCode"].(string)), link)

	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	who := crypto.PubkeyToAddress(k.PublicKey)
	c := u.okJSON("claim", s["packetId"].(string), "--code", s["claimCode"].(string), "--relayer", url,
		"--private-key", "0x"+hex.EncodeToString(crypto.FromECDSA(k)))
	require.Equal(t, c["received"], u.ethBalance(who).String(), "the claimer holds exactly what it received, and paid no gas")
	require.Equal(t, "99900000000000000", c["received"])
	srv.stop(t)
	require.Contains(t, srv.stderr.String(), "/v1/claims", "the relayer's request log")
}

// startServer starts a long-running hongbao command with --json and waits for its JSON description.
func startServer(t *testing.T, u *user, args ...string) *devnet {
	t.Helper()
	cmd := exec.Command(u.bin, append(args, "--json")...)
	cmd.Dir, cmd.Env = u.dir, u.env
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	d := &devnet{cmd: cmd, stderr: &bytes.Buffer{}}
	cmd.Stderr = d.stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	ready := make(chan error, 1)
	go func() { ready <- json.NewDecoder(bufio.NewReader(stdout)).Decode(&d.info) }()
	ctx, cancel := context.WithTimeout(u.ctx, 2*time.Minute)
	defer cancel()
	select {
	case err := <-ready:
		require.NoError(t, err, "hongbao %v output; stderr: %s", args, d.stderr)
	case <-ctx.Done():
		t.Fatalf("hongbao %v did not start: %v; stderr: %s", args, ctx.Err(), d.stderr)
	}
	return d
}
