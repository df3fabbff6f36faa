package webapi

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/hongbao/hongbao/node/indexer"
)

type fixedChain struct{}

func (fixedChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	return &types.Header{Number: n, Time: 1_700_000_000}, nil
}

// Requests the API refuses get their status and a sentence; an empty index answers empty pages.
func TestHandlerAnswers(t *testing.T) {
	ctx := context.Background()
	db, err := indexer.Open(ctx, filepath.Join(t.TempDir(), "index.db"))
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	h, err := New(Config{DB: db, Chain: fixedChain{}})
	require.NoError(t, err)
	const me = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	tests := []struct {
		method, path string
		status       int
		want         string
	}{
		{"GET", "/api/packets?address=" + me + "&role=sent", 200, `"packets":[]`},
		{"GET", "/api/packets?address=" + me + "&role=received", 200, `"now":1700000000`},
		{"GET", "/api/packets", 400, "address is missing"},
		{"GET", "/api/packets?address=0x12", 400, "is not an address"},
		{"GET", "/api/packets?address=" + me + "&role=guarding", 200, `"total":0`},
		{"GET", "/api/packets?address=" + me + "&role=mine", 400, "give role=sent, role=received or role=guarding"},
		{"GET", "/api/packets?address=" + me + "&limit=101", 400, "above the most a page holds (100)"},
		{"GET", "/api/packets?address=" + me + "&before=x", 400, "is not a whole number"},
		{"GET", "/api/packets/0", 400, "is not a packet id"},
		{"GET", "/api/packets/7", 404, "there is no packet 7 on this escrow"},
		{"GET", "/api/packets/7?minBlock=5", 503, "the index has reached block 0, not yet block 5"},
		{"GET", "/api/owed?address=" + me, 200, `"owed":[]`},
		{"GET", "/api/nothing", 404, "is not an endpoint of this API"},
		{"POST", "/api/packets", 405, "only answers GET"},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, strings.NewReader("")))
			require.Equal(t, tc.status, rec.Code, rec.Body.String())
			require.Contains(t, rec.Body.String(), tc.want)
			require.True(t, json.Valid(rec.Body.Bytes()))
			if tc.status != http.StatusOK {
				require.Contains(t, rec.Body.String(), `"error":{"code":`)
			}
		})
	}
}

// Kinds are named as the relayer's API names them, so that the page reads either the same way.
func TestKindName(t *testing.T) {
	for k, want := range map[indexer.Kind]string{indexer.KindDirect: "direct", indexer.KindEqual: "equal",
		indexer.KindLucky: "lucky", indexer.KindSealedLucky: "sealed-lucky"} {
		require.Equal(t, want, kindName(k))
	}
}
