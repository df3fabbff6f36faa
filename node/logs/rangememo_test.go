package logs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func noLogs(uint64) int { return 0 }

// What a reader found out of an endpoint's cap on blocks, for the next reader to start at.
func TestLearned(t *testing.T) {
	const head = 19_999
	tests := []struct {
		name       string
		provider   string
		maxRange   uint64 // the endpoint's cap on blocks; 0 = none
		maxResults int    // the endpoint's cap on results; 0 = none
		opts       []Option
		to         uint64 // the fetch reads [0, to]
		want       uint64
		wantOK     bool
	}{
		{"no cap: nothing learnt", "geth", 0, 0, nil, head, 0, false},
		{"a named cap", "quicknode", 1000, 0, nil, head, 1000, true},
		{"alchemy's free tier names its cap", "alchemy", 1000, 0, nil, head, 1000, true},
		{"no number: the widest range answered below the refusal", "optimism", 1000, 0, nil, head, 625, true},
		{"too many results say nothing of the endpoint", "geth", 0, 40, []Option{WithMaxRange(1000)}, 1999, 0, false},
		{"started at the cap, refused when widening", "alchemy", 1000, 0, []Option{WithInitialRange(1000)}, head, 1000, true},
		{"started below a raised cap: the widest answered", "quicknode", 10_000, 0, []Option{WithInitialRange(1000)}, head, 4000, true},
		{"started at the cap, asked no wider", "quicknode", 1000, 0, []Option{WithInitialRange(1000)}, 2999, 0, false},
		{"a short read says nothing", "quicknode", 1000, 0, nil, 99, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			perBlock := noLogs
			if tt.maxResults > 0 {
				perBlock = density
			}
			f := newFake(head, perBlock, tt.provider, tt.maxRange, tt.maxResults)
			r := New(f, append([]Option{WithSleep(new(sleeps).sleep)}, tt.opts...)...)
			_, err := r.Fetch(t.Context(), query(0, ptr(tt.to)))
			require.NoError(t, err)
			got, ok := r.Learned()
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRangeMemo(t *testing.T) {
	alchemy := MemoKey("https://eth-mainnet.g.alchemy.com/v2/AbCdEfGhIjKlMnOpQrStUv", 1)
	local := MemoKey("http://127.0.0.1:8545", 31337)
	otherChain := MemoKey("http://127.0.0.1:8545", 1)
	type step struct {
		key    string
		blocks uint64
	}
	tests := []struct {
		name   string
		before string // the file's content before; "" = no file
		stores []step
		want   map[string]uint64 // what Load returns afterwards
	}{
		{"nothing stored", "", nil, map[string]uint64{alchemy: 0, local: 0}},
		{"stored and loaded", "", []step{{alchemy, 1000}}, map[string]uint64{alchemy: 1000, local: 0}},
		{"per endpoint and chain", "", []step{{alchemy, 1000}, {local, 500}, {otherChain, 2000}},
			map[string]uint64{alchemy: 1000, local: 500, otherChain: 2000}},
		{"the last store wins", "", []step{{local, 500}, {local, 2000}}, map[string]uint64{local: 2000}},
		{"0 forgets", "", []step{{local, 500}, {alchemy, 1000}, {local, 0}}, map[string]uint64{local: 0, alchemy: 1000}},
		{"a corrupt file is empty", "{not json", nil, map[string]uint64{local: 0}},
		{"a corrupt file is replaced", "\x00\x01garbage", []step{{local, 500}}, map[string]uint64{local: 500}},
		{"a file of another shape is empty", `["x"]`, nil, map[string]uint64{local: 0}},
		{"an existing file is kept", `{"getLogsBlocks": {"http://127.0.0.1:8545 chain 31337": 700}}`,
			[]step{{alchemy, 1000}}, map[string]uint64{local: 700, alchemy: 1000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "home", RangeMemoFile)
			if tt.before != "" {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o700))
				require.NoError(t, os.WriteFile(path, []byte(tt.before), 0o600))
			}
			m := NewRangeMemo(path)
			for _, s := range tt.stores {
				require.NoError(t, m.Store(s.key, s.blocks))
			}
			for key, want := range tt.want {
				assert.Equal(t, want, NewRangeMemo(path).Load(key), key)
			}
			entries, err := os.ReadDir(filepath.Dir(path))
			if err == nil {
				for _, e := range entries {
					assert.Equal(t, RangeMemoFile, e.Name(), "no temporary file left")
				}
			}
		})
	}
}

func TestRangeMemoHidesSecrets(t *testing.T) {
	path := filepath.Join(t.TempDir(), RangeMemoFile)
	key := MemoKey("https://user:hunter2@eth-mainnet.g.alchemy.com/v2/AbCdEfGhIjKlMnOpQrStUv?key=s3cret", 1)
	require.NoError(t, NewRangeMemo(path).Store(key, 1000))
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	for _, secret := range []string{"hunter2", "AbCdEfGhIjKlMnOpQrStUv", "s3cret"} {
		assert.NotContains(t, string(b), secret)
	}
	assert.Contains(t, string(b), "eth-mainnet.g.alchemy.com")
}

// A memo that cannot be read or written costs a relearning, never a failure; a nil memo remembers nothing.
func TestRangeMemoUnusable(t *testing.T) {
	dir := t.TempDir()
	asDir := NewRangeMemo(dir) // a directory where the file should be
	assert.Zero(t, asDir.Load("k"))
	assert.Nil(t, asDir.Options("k"))
	assert.Error(t, asDir.Store("k", 1000))

	var none *RangeMemo
	assert.Zero(t, none.Load("k"))
	assert.NoError(t, none.Store("k", 1000))
	assert.NoError(t, none.Remember("k", New(newFake(10, noLogs, "geth", 0, 0))))
}

// What one reader learnt, the next starts at: behind a 1,000-block cap it is refused only when it tries to
// widen, and a reader that is given its own max range ignores a wider memory.
func TestRangeMemoBetweenReaders(t *testing.T) {
	const head = 9_999
	path, key := filepath.Join(t.TempDir(), RangeMemoFile), MemoKey("https://rpc.example.org", 1)
	m := NewRangeMemo(path)

	tests := []struct {
		name        string
		opts        []Option
		wantStart   uint64
		wantShrinks uint64
		wantMemo    uint64
	}{
		{"first: learns the cap", nil, DefaultMaxRange, 1, 1000},
		{"next: starts at the cap", nil, 1000, 1, 1000}, // one refusal when it widens, named as the cap
		{"a max range of its own wins", []Option{WithMaxRange(500)}, 500, 0, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(head, noLogs, "alchemy", 1000, 0)
			opts := append(m.Options(key), tt.opts...)
			r := New(f, append(opts, WithSleep(new(sleeps).sleep))...)
			assert.Equal(t, tt.wantStart, r.Range())
			_, err := r.Fetch(t.Context(), query(0, ptr[uint64](head)))
			require.NoError(t, err)
			assert.Equal(t, tt.wantShrinks, r.Stats().Shrinks)
			require.NoError(t, m.Remember(key, r))
			assert.Equal(t, tt.wantMemo, m.Load(key))
		})
	}
}
