package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/hongbao/hongbao/node/client"
	"github.com/hongbao/hongbao/node/txsend"
)

// Error is a failure of a command: a stable code (the escrow's custom error name, a client.Code* constant,
// or one of the CLI's own such as "InvalidAddress"), one sentence with a hint, and whether it is a usage
// error (exit code 2).
type Error struct {
	Code    string
	Message string
	Usage   bool
	Err     error
	// reported: the command already printed it (a JSON result that carries the error), so Run only returns it.
	reported bool
}

func (e *Error) Error() string { return e.Message }

func (e *Error) Unwrap() error { return e.Err }

// usagef is a usage error: the command line is wrong and nothing was sent.
func usagef(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Usage: true}
}

// failf is a failure of a well-formed command.
func failf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// asError classifies any error as an *Error: the CLI's own, the client's (its Message is already a
// sentence with a hint), a cancelled context, or anything else.
func asError(err error) *Error {
	var ce *Error
	if errors.As(err, &ce) {
		return ce
	}
	var cle *client.Error
	if errors.As(err, &cle) {
		return &Error{Code: cle.Code, Message: cle.Message, Err: err}
	}
	if errors.Is(err, context.Canceled) {
		return &Error{Code: "Interrupted", Message: "interrupted before the command finished; check with `hongbao show` or `hongbao list` whether a transaction went through", Err: err}
	}
	return &Error{Code: "Error", Message: err.Error(), Err: err}
}

// report prints a failure in the output format of the run and returns it as an *Error.
func (r *runner) report(err error) error {
	var notMined *txsend.NotMinedError
	if errors.Is(err, context.Canceled) && !errors.As(err, &notMined) {
		// Stopped (Ctrl-C) before a transaction it sent was mined, or before it sent any: say which.
		err = &Error{Code: "Interrupted", Message: r.sent.interrupted(), Err: err}
	}
	ce := asError(err)
	if ce.reported {
		return ce
	}
	if r.jsonOut {
		payload := map[string]any{"error": map[string]string{"code": ce.Code, "message": ce.Message}}
		enc := json.NewEncoder(r.stdout)
		_ = enc.Encode(payload) // nothing more to do if stdout is gone
		return ce
	}
	fmt.Fprintf(r.stderr, "error: %s\n", sentence(ce.Message))
	return ce
}

// sentence makes a message read as one sentence: a capital letter and a final full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "unknown error."
	}
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "`") {
		s += "."
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
