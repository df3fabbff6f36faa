package client

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hongbao/hongbao/bindings/mocks"
	"github.com/hongbao/hongbao/node/logs"
	"github.com/hongbao/hongbao/node/units"
)

// Error codes that are not custom errors of the escrow ABI. A decoded revert uses the custom error's name
// as its code (e.g. "PacketExpired", "SafeERC20FailedOperation").
const (
	CodeRPCUnavailable    = "RPCUnavailable"    // the RPC endpoint cannot be reached
	CodeRPC               = "RPCError"          // any other error from the node
	CodeRPCRefused        = "RPCRefused"        // the node refused a request even after retries and narrower ranges
	CodeNoContract        = "NoContract"        // no code at the escrow address
	CodeNotEscrow         = "NotEscrow"         // code there, but not the hongbao escrow
	CodeReadOnly          = "ReadOnly"          // a write on a client without a key
	CodeInsufficientFunds = "InsufficientFunds" // not enough ETH for value + gas
	CodeNonceTooLow       = "NonceTooLow"       // the key was used elsewhere meanwhile
	CodeReverted          = "Reverted"          // a revert that is not a known custom error
	CodeTxFailed          = "TransactionFailed" // the transaction was mined but failed
	CodeInvalidRequest    = "InvalidRequest"    // the request is wrong before anything is sent
	CodeBadClaimCode      = "BadClaimCode"      // a malformed claim code
	CodeBadTicketCode     = "BadTicketCode"     // a malformed ticket code
	CodeNoClause          = "NoClause"          // Withdraw: no withdrawal clause applies now
	CodeNotFound          = "NotFound"          // a packet, log or transaction the client looked for is missing
	CodeNotToken          = "NotToken"          // the address does not answer as an ERC-20 token
)

// Error is what every operation of the client returns when it fails: a code (the custom error's name, or
// one of the Code constants), one sentence a user understands with a hint, and the underlying error.
type Error struct {
	Code    string
	Message string
	Err     error
	// Revert is the decoded custom error when there is one (e.g. *escrow.HongbaoEscrowDelayTooShort, whose
	// RequiredDelay a tool can apply), else nil.
	Revert any
}

// Error returns the sentence.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// CodeOf returns the Code of an *Error in err's chain, or "".
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// errContext is what a decoded error may mention besides the error's own fields.
type errContext struct {
	op    string          // what the user tried, as a verb: "claim", "withdraw", "decline", ...
	id    *big.Int        // the packet, if the operation is about one
	token *common.Address // the token amounts are in, when known without reading the packet
	org   uint64          // the organisation the operation is about (0: none)
}

var (
	selError = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	selPanic = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
	tokenABI = mocks.NewBlocklistToken()      // OpenZeppelin ERC-20 errors (+ Blocked of the test token)
)

// timeFormat is how every time in an error message reads.
const timeFormat = "2006-01-02 15:04 UTC"

func fmtTime(unix *big.Int) string { return fmtUnix(unix.Int64()) }

func fmtUnix(unix int64) string { return time.Unix(unix, 0).UTC().Format(timeFormat) }

// revertData returns the revert data carried by an RPC error, and whether the error is a revert at all.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			return common.FromHex(s), true
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return nil, true
	}
	return nil, false
}

// decodeErr turns an error from the node into an *Error: a decoded revert, or a wrapped RPC failure.
func (c *Client) decodeErr(ctx context.Context, err error, ec errContext, value *big.Int) error {
	var done *Error
	if errors.As(err, &done) {
		return err
	}
	if data, ok := revertData(err); ok {
		return c.decodeRevert(ctx, data, ec, err)
	}
	return c.wrapTxErr(ctx, err, value)
}

// decodeRevert explains revert data. Data shorter than a selector is a revert without a reason.
func (c *Client) decodeRevert(ctx context.Context, data []byte, ec errContext, cause error) error {
	if len(data) < 4 {
		return &Error{Code: CodeReverted, Message: fmt.Sprintf(
			"the transaction would revert without giving a reason%s", c.opSuffix(ec)), Err: cause}
	}
	if e := decodeStandard(data, cause); e != nil {
		return e
	}
	if v, err := c.abi.UnpackError(data); err == nil {
		e := c.explain(ctx, v, ec)
		e.Err = cause
		return e
	}
	if v, err := tokenABI.UnpackError(data); err == nil {
		e := c.explainToken(ctx, v, ec)
		e.Err = cause
		return e
	}
	return &Error{Code: CodeReverted, Message: fmt.Sprintf(
		"the transaction would revert with an unknown error 0x%x%s", data[:4], c.opSuffix(ec)), Err: cause}
}

func (c *Client) opSuffix(ec errContext) string {
	if ec.id != nil {
		return fmt.Sprintf(" (%s packet %s)", ec.op, ec.id)
	}
	if ec.op != "" {
		return fmt.Sprintf(" (%s)", ec.op)
	}
	return ""
}

// decodeStandard explains Solidity's built-in Error(string) and Panic(uint256).
func decodeStandard(data []byte, cause error) *Error {
	switch {
	case bytes.Equal(data[:4], selError):
		reason, err := abi.UnpackRevert(data)
		if err != nil {
			reason = "(undecodable reason)"
		}
		return &Error{Code: CodeReverted, Message: fmt.Sprintf("the transaction would revert: %s", reason), Err: cause}
	case bytes.Equal(data[:4], selPanic):
		code := new(big.Int)
		if len(data) >= 36 {
			code.SetBytes(data[4:36])
		}
		return &Error{Code: "Panic", Message: fmt.Sprintf(
			"the contract panicked (code 0x%x); this is a bug in the contract, please report it", code), Err: cause}
	}
	return nil
}

// wrapTxErr explains node errors that are not reverts: unreachable endpoint, funds, nonce.
func (c *Client) wrapTxErr(ctx context.Context, err error, value *big.Int) error {
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "insufficient funds"):
		need := "gas"
		if value != nil && value.Sign() > 0 {
			need = units.FormatAmount(value, 18, "ETH") + " plus gas"
		}
		have := ""
		if bal, berr := c.backend.BalanceAt(ctx, c.from, nil); berr == nil {
			have = fmt.Sprintf(" (it has %s)", units.FormatAmount(bal, 18, "ETH"))
		}
		return &Error{Code: CodeInsufficientFunds, Message: fmt.Sprintf(
			"%s does not have enough ETH to pay %s%s; fund the account first", c.from.Hex(), need, have), Err: err}
	case isNonceTooLow(err):
		return &Error{Code: CodeNonceTooLow, Message: fmt.Sprintf(
			"the nonce of %s is out of date (another program sent from this key meanwhile); retry", c.from.Hex()), Err: err}
	}
	return c.wrapRPC(err, "send the transaction")
}

func isNonceTooLow(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}

// wrapRPC explains a failure to talk to the node.
func (c *Client) wrapRPC(err error, what string) error {
	var done *Error
	if errors.As(err, &done) {
		return err
	}
	var refused *logs.Error // the log reader already says what the endpoint refused and what it tried
	if errors.As(err, &refused) && !errors.Is(err, context.Canceled) {
		return &Error{Code: CodeRPCRefused, Message: refused.Error(), Err: err}
	}
	if isUnreachable(err) {
		where := c.endpoint
		if where == "" {
			where = "(unknown address)"
		}
		return &Error{Code: CodeRPCUnavailable, Message: fmt.Sprintf(
			"cannot reach the RPC endpoint %s: is the node running?", where), Err: err}
	}
	return &Error{Code: CodeRPC, Message: fmt.Sprintf("the node failed to %s: %v", what, err), Err: err}
}

func isUnreachable(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) {
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"connection refused", "no such host", "connection reset", "i/o timeout", "network is unreachable"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
