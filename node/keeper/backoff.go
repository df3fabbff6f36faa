package keeper

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Backoff is an exponential backoff with a cap: the n-th retry (from 0) waits min(Initial * 2^n, Max).
type Backoff struct {
	Initial time.Duration // first wait (default 500 ms)
	Max     time.Duration // cap (default 1 min)
	// Attempts is how often one RPC call is tried before the pass gives up (default 6). Run then backs off
	// and starts a new pass, so a keeper never stops over a flaky node.
	Attempts int
}

func (b Backoff) withDefaults() Backoff {
	if b.Initial <= 0 {
		b.Initial = 500 * time.Millisecond
	}
	if b.Max < b.Initial {
		b.Max = max(time.Minute, b.Initial)
	}
	if b.Attempts <= 0 {
		b.Attempts = 6
	}
	return b
}

// Delay is the wait before retry n (0-based).
func (b Backoff) Delay(n int) time.Duration {
	d := b.Initial
	for i := 0; i < n && d < b.Max; i++ {
		d *= 2
	}
	return min(d, b.Max)
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// permanentError is an error that a retry cannot fix (a revert, a bad answer), so retry returns it at once.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

func permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanentError{err}
}

// gaveUpError: an RPC call failed Retry.Attempts times. The node is not answering; the pass sends no more.
type gaveUpError struct {
	what     string
	attempts int
	err      error
}

func (e *gaveUpError) Error() string {
	return fmt.Sprintf("%s: giving up after %d attempts: %v", e.what, e.attempts, e.err)
}
func (e *gaveUpError) Unwrap() error { return e.err }

// isRevert tells a call that reverted (the node answered with revert data) from a transport or node error.
func isRevert(err error) bool {
	var de rpc.DataError
	return errors.As(err, &de) && de.ErrorData() != nil
}

// retry runs fn until it succeeds, returns a permanent error, ctx ends, or Retry.Attempts are used up,
// waiting Retry.Delay between tries. Every failure counts as an RPC error in the metrics.
func (k *Keeper) retry(ctx context.Context, what string, fn func(context.Context) error) error {
	for attempt := 0; ; attempt++ {
		err := fn(ctx)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var p *permanentError
		if errors.As(err, &p) {
			return fmt.Errorf("%s: %w", what, p.err)
		}
		k.metrics.rpcError()
		if attempt+1 >= k.cfg.Retry.Attempts {
			return &gaveUpError{what: what, attempts: attempt + 1, err: err}
		}
		d := k.cfg.Retry.Delay(attempt)
		k.log.Warn("rpc error; backing off", "op", what, "attempt", attempt+1, "retry_in", d, "err", err)
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
}
