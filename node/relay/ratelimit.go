package relay

import (
	"sync"
	"time"
)

// limiter is a set of token buckets, one per key (a claimer address or a client IP), in memory.
type limiter struct {
	limit Limit
	now   func() time.Time // the clock; tests replace it

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time // when tokens was last brought up to date
}

// sweepAt is the number of buckets above which full (idle) buckets are dropped, so that memory stays bounded
// by the number of recently active keys.
const sweepAt = 10_000

func newLimiter(l Limit) *limiter {
	return &limiter{limit: l, now: time.Now, buckets: map[string]*bucket{}}
}

// allow takes one token from key's bucket. When the bucket is empty it returns false and how long until the
// next token.
func (l *limiter) allow(key string) (bool, time.Duration) {
	if l.limit.off() {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= sweepAt {
			l.sweep(now)
		}
		b = &bucket{tokens: float64(l.limit.Burst), at: now}
		l.buckets[key] = b
	}
	l.refill(b, now)
	if b.tokens < 1 {
		wait := time.Duration((1 - b.tokens) * float64(l.limit.Every))
		return false, wait
	}
	b.tokens--
	return true, 0
}

func (l *limiter) refill(b *bucket, now time.Time) {
	if elapsed := now.Sub(b.at); elapsed > 0 {
		b.tokens += float64(elapsed) / float64(l.limit.Every)
		if max := float64(l.limit.Burst); b.tokens > max {
			b.tokens = max
		}
		b.at = now
	}
}

// sweep drops the buckets that have refilled completely: forgetting them changes nothing.
func (l *limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		l.refill(b, now)
		if b.tokens >= float64(l.limit.Burst) {
			delete(l.buckets, k)
		}
	}
}
