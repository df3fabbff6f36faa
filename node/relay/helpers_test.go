package relay

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/contracttest"
	"github.com/hongbao/hongbao/node/merkle"
	"github.com/hongbao/hongbao/node/simchain"
)

// autoCommit is the simulated client with a block mined after every accepted transaction, as a dev node
// does. It keeps the pending-block gas estimation of the wrapped ethclient, which the client simulates with.
type autoCommit struct {
	simulated.Client
	sim *simulated.Backend
	mu  sync.Mutex
}

type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, n *big.Int) (uint64, error)
}

func (a *autoCommit) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	simchain.AwaitPending(ctx, a.Client, tx)
	a.sim.Commit()
	return nil
}

func (a *autoCommit) EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, n *big.Int) (uint64, error) {
	return a.Client.(pendingEstimator).EstimateGasAtBlock(ctx, msg, n)
}

// Accounts of the test chain.
const (
	senderIdx  = 1 // sends the packets
	relayerIdx = 2 // the relayer's key
	otherIdx   = 3 // claims directly, or signs what it should not
)

// env is a simulated chain with the escrow, a relayer served over HTTP, and a sender.
type env struct {
	*contracttest.Env
	t       *testing.T
	ctx     context.Context
	backend *autoCommit
	sender  *client.Client
	relay   *Relayer
	srv     *httptest.Server
	logs    *syncBuffer
}

// syncBuffer is a bytes.Buffer the relayer's log writes to from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newEnv starts a chain and a relayer with a minimum fee of 0.001 ETH and no rate limits; configure
// changes the config before New.
func newEnv(t *testing.T, configure func(*Config)) *env {
	t.Helper()
	ce, err := contracttest.New(5)
	require.NoError(t, err)
	t.Cleanup(ce.Close)
	e := &env{Env: ce, t: t, ctx: context.Background(), backend: &autoCommit{Client: ce.Client, sim: ce.Backend}, logs: &syncBuffer{}}
	e.sender = e.clientFor(e.Key(senderIdx))
	off := Limit{Burst: -1}
	cfg := Config{
		Client:           e.clientFor(e.Key(relayerIdx)),
		MinFee:           map[common.Address]*big.Int{{}: milli(1)},
		ClaimsPerClaimer: off, ClaimsPerIP: off, ReadsPerIP: off,
		Logger: slog.New(slog.NewTextHandler(e.logs, nil)),
	}
	if configure != nil {
		configure(&cfg)
	}
	e.relay, err = New(e.ctx, cfg)
	require.NoError(t, err)
	e.srv = newServer(t, e.relay)
	return e
}

// newServer serves h over HTTP until the test ends.
func newServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func (e *env) clientFor(key *ecdsa.PrivateKey) *client.Client {
	e.t.Helper()
	c, err := client.New(e.ctx, e.backend, e.Escrow, key, client.WithPollInterval(5*time.Millisecond))
	require.NoError(e.t, err)
	return c
}

func (e *env) relayer() common.Address { return e.Addr(relayerIdx) }

// send sends a packet from the sender.
func (e *env) send(req client.SendRequest) *client.SendResult {
	e.t.Helper()
	res, err := e.sender.Send(e.ctx, req)
	require.NoError(e.t, err)
	return res
}

// newClaimer is a fresh key that holds no ETH at all: its claims can only be relayed.
func newClaimer(t *testing.T, name string) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("relay test claimer " + name)))
	require.NoError(t, err)
	return key
}

func addrOf(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }

// claimJSON is the body of POST /v1/claims as a browser sends it.
type claimJSON struct {
	PacketID  string `json:"packetId"`
	Claimer   string `json:"claimer"`
	MaxFee    string `json:"maxFee"`
	Deadline  int64  `json:"deadline"`
	Auth      string `json:"auth"`
	Signature string `json:"signature"`
}

// authFor is a packet's claim authorisation for claimer: the claim code's signature, ticket 0's signature
// and proof, or the allowlist proof.
func (e *env) authFor(res *client.SendResult, claimer common.Address) []byte {
	e.t.Helper()
	switch {
	case res.ClaimCode != "":
		key, err := client.ParseClaimCode(res.ClaimCode)
		require.NoError(e.t, err)
		return e.ClaimSig(key, res.ID, claimer)
	case len(res.Tickets) > 0:
		return e.ticketAuth(res, 0, claimer)
	case res.Tree != nil:
		proof, ok := res.Tree.Proof(claimer)
		if !ok {
			proof = []common.Hash{}
		}
		return merkle.EncodeProof(proof)
	}
	return []byte{}
}

// ticketAuth is the auth of a claim of ticket packet res by claimer with ticket i.
func (e *env) ticketAuth(res *client.SendResult, i int, claimer common.Address) []byte {
	e.t.Helper()
	tk, err := client.ParseTicketCode(res.Tickets[i])
	require.NoError(e.t, err)
	auth, err := client.SignTicketClaim(e.Domain, tk, res.ID, claimer)
	require.NoError(e.t, err)
	return auth
}

// signedClaim is a claim of packet res by claimerKey for this relayer, fee and deadline.
func (e *env) signedClaim(claimerKey *ecdsa.PrivateKey, res *client.SendResult, maxFee *big.Int, deadline int64) claimJSON {
	e.t.Helper()
	claimer := addrOf(claimerKey)
	return e.signedFor(claimerKey, claimer, res.ID, e.authFor(res, claimer), e.relayer(), maxFee, deadline)
}

// signedFor signs ClaimFor(id, claimer, relayer, maxFee, deadline) with signer (the claimer, or a contract
// claimer's owner).
func (e *env) signedFor(signer *ecdsa.PrivateKey, claimer common.Address, id *big.Int, auth []byte, relayer common.Address,
	maxFee *big.Int, deadline int64) claimJSON {
	e.t.Helper()
	digest, err := e.Domain.ClaimForDigest(id, claimer, relayer, maxFee, big.NewInt(deadline))
	require.NoError(e.t, err)
	s, err := crypto.Sign(digest[:], signer)
	require.NoError(e.t, err)
	s[64] += 27
	return claimJSON{PacketID: id.String(), Claimer: claimer.Hex(), MaxFee: maxFee.String(), Deadline: deadline,
		Auth: hexOf(auth), Signature: hexOf(s)}
}

func hexOf(b []byte) string { return "0x" + common.Bytes2Hex(b) }

// deadline is an hour after the head block.
func (e *env) deadline() int64 { return int64(e.Now()) + 3600 }

// do sends a request to the relayer and returns the status, headers and body.
func (e *env) do(method, path, contentType string, body io.Reader, header map[string]string) (int, http.Header, []byte) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, body)
	require.NoError(e.t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := e.srv.Client().Do(req)
	require.NoError(e.t, err)
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	require.NoError(e.t, err)
	return resp.StatusCode, resp.Header, out
}

// postClaim posts a claim as JSON.
func (e *env) postClaim(c claimJSON) (int, []byte) {
	e.t.Helper()
	data, err := json.Marshal(c)
	require.NoError(e.t, err)
	status, _, body := e.do(http.MethodPost, "/v1/claims", "application/json", bytes.NewReader(data), nil)
	return status, body
}

// get fetches a path and decodes a 200 answer into out.
func (e *env) get(path string, out any) {
	e.t.Helper()
	status, _, body := e.do(http.MethodGet, path, "", nil, nil)
	require.Equal(e.t, http.StatusOK, status, "GET %s: %s", path, body)
	require.NoError(e.t, json.Unmarshal(body, out))
}

// mustClaim posts a claim that must be paid and returns the answer.
func (e *env) mustClaim(c claimJSON) claimResponse {
	e.t.Helper()
	status, body := e.postClaim(c)
	return requireClaimed(e.t, status, body)
}

// requireClaimed decodes a successful claim answer.
func requireClaimed(t *testing.T, status int, body []byte) claimResponse {
	t.Helper()
	require.Equal(t, http.StatusOK, status, "answer: %s", body)
	var out claimResponse
	require.NoError(t, json.Unmarshal(body, &out))
	return out
}

// requireAPIError checks an error answer: status, code, and the message (exact, or containing msg when it
// starts with "~").
func requireAPIError(t *testing.T, status int, body []byte, wantStatus int, code, msg string) {
	t.Helper()
	require.Equal(t, wantStatus, status, "answer: %s", body)
	var eb errorBody
	require.NoError(t, json.Unmarshal(body, &eb), "answer: %s", body)
	require.Equal(t, code, eb.Error.Code, "message: %s", eb.Error.Message)
	if contains, ok := strings.CutPrefix(msg, "~"); ok {
		require.Contains(t, eb.Error.Message, contains)
	} else if msg != "" {
		require.Equal(t, msg, eb.Error.Message)
	}
}

// relayerState is the relayer's nonce and ETH balance: both unchanged means no transaction was sent.
type relayerState struct {
	nonce   uint64
	balance *big.Int
}

func (e *env) relayerState() relayerState {
	e.t.Helper()
	n, err := e.Client.NonceAt(e.ctx, e.relayer(), nil)
	require.NoError(e.t, err)
	return relayerState{nonce: n, balance: e.Balance(e.relayer())}
}

// requireNothingSent checks that the relayer sent no transaction and spent no gas since before.
func (e *env) requireNothingSent(before relayerState) {
	e.t.Helper()
	after := e.relayerState()
	require.Equal(e.t, before.nonce, after.nonce, "the relayer sent a transaction")
	require.Equal(e.t, before.balance, after.balance, "the relayer spent gas")
}

// receipt is the receipt of a relayed claim.
func (e *env) receipt(hash common.Hash) *types.Receipt {
	e.t.Helper()
	r, err := e.Client.TransactionReceipt(e.ctx, hash)
	require.NoError(e.t, err)
	require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// claimEvents returns the Claimed and RelayFeePaid events of a receipt.
func claimEvents(t *testing.T, r *types.Receipt) (claimed []any, fees []any) {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := contracttest.EscrowABI.UnpackClaimedEvent(l); err == nil {
			claimed = append(claimed, [3]any{ev.Id.String(), ev.Claimer, ev.Amount.String()})
		}
		if ev, err := contracttest.EscrowABI.UnpackRelayFeePaidEvent(l); err == nil {
			fees = append(fees, [3]any{ev.Id.String(), ev.Relayer, ev.Fee.String()})
		}
	}
	return claimed, fees
}

func (e *env) hasClaimed(id *big.Int, who common.Address) bool {
	e.t.Helper()
	out, err := e.Call(e.Escrow, contracttest.EscrowABI.PackHasClaimed(id, who))
	require.NoError(e.t, err)
	v, err := contracttest.EscrowABI.UnpackHasClaimed(out)
	require.NoError(e.t, err)
	return v
}

// deployToken deploys a MockERC20 and mints `amount` to the sender.
func (e *env) deployToken(symbol string, decimals uint8, amount *big.Int) common.Address {
	e.t.Helper()
	m := mocks.NewMockERC20()
	addr, err := e.DeployMock(mocks.MockERC20MetaData.Bin, m.PackConstructor("Mock "+symbol, symbol, decimals))
	require.NoError(e.t, err)
	_, err = e.TxTo(e.Key(0), addr, nil, m.PackMint(e.Addr(senderIdx), amount))
	require.NoError(e.t, err)
	return addr
}

// deployActor deploys a TestActor (a contract wallet answering ERC-1271 for owner's signatures).
func (e *env) deployActor(owner common.Address) common.Address {
	e.t.Helper()
	addr, err := e.DeployMock(mocks.TestActorMetaData.Bin, contracttest.Actor.PackConstructor(owner))
	require.NoError(e.t, err)
	return addr
}

func eth(n int64) *big.Int { return contracttest.Ether(n) }

// milli is n/1000 ETH.
func milli(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }

// requireBig compares two amounts by value (require.Equal would also compare big.Int's internal form).
func requireBig(t *testing.T, want, got *big.Int, msgAndArgs ...any) {
	t.Helper()
	require.Equal(t, want.String(), got.String(), msgAndArgs...)
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

func bigOf(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, "not a decimal: %q", s)
	return v
}

// gasCost is what a receipt's transaction paid for gas.
func gasCost(r *types.Receipt) *big.Int { return simchain.GasCost(r) }

// ecdsaKey is a private key.
type ecdsaKey = ecdsa.PrivateKey

func (e *env) balanceOf(token, who common.Address) *big.Int {
	if token == (common.Address{}) {
		return e.Balance(who)
	}
	return e.TokenBalance(token, who)
}

// result is one answer of a request made in parallel.
type result struct {
	status int
	body   []byte
}

// parallel runs n requests at once (released together) and returns their answers in order. f must not
// call require: it runs off the test goroutine.
func parallel(n int, f func(i int) (int, []byte)) []result {
	out := make([]result, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			out[i].status, out[i].body = f(i)
		}()
	}
	close(start)
	wg.Wait()
	return out
}

// post sends a JSON claim without require, for use off the test goroutine; a transport error is status 0.
func (e *env) post(c claimJSON) (int, []byte) {
	data, err := json.Marshal(c)
	if err != nil {
		return 0, []byte(err.Error())
	}
	resp, err := e.srv.Client().Post(e.srv.URL+"/v1/claims", "application/json", bytes.NewReader(data))
	if err != nil {
		return 0, []byte(err.Error())
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, []byte(err.Error())
	}
	return resp.StatusCode, body
}

// errCode is the code of an error answer.
func errCode(t *testing.T, body []byte) string {
	t.Helper()
	var eb errorBody
	require.NoError(t, json.Unmarshal(body, &eb), "answer: %s", body)
	return eb.Error.Code
}

// highS is the same signature with s replaced by N - s (and v flipped): ecrecover still accepts it, the
// escrow's OpenZeppelin ECDSA does not.
func highS(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	out := append([]byte{}, sig...)
	copy(out[32:64], common.LeftPadBytes(s.Bytes(), 32))
	out[64] ^= 1
	return out
}
