package devchain

import (
	"sync"

	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/rpc"
)

// filterAPI is go-ethereum's log/block filter API (eth_getLogs, eth_newFilter, eth_subscribe, ...) that also
// remembers the filters clients install. go-ethereum ends a filter's goroutine only when the filter is
// uninstalled, and its shutdown does not do that: a client that installs a filter and never removes it
// (ethers and viem polling over HTTP) would leave a goroutine behind each chain. filterCloser uninstalls
// them when the node stops.
type filterAPI struct {
	*filters.FilterAPI // every other method, promoted as is

	mu  sync.Mutex
	ids map[rpc.ID]struct{}
}

func newFilterAPI(api *filters.FilterAPI) *filterAPI {
	return &filterAPI{FilterAPI: api, ids: map[rpc.ID]struct{}{}}
}

func (f *filterAPI) track(id rpc.ID) rpc.ID {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ids[id] = struct{}{}
	return id
}

// NewFilter is eth_newFilter.
func (f *filterAPI) NewFilter(crit filters.FilterCriteria) (rpc.ID, error) {
	id, err := f.FilterAPI.NewFilter(crit)
	if err != nil {
		return id, err
	}
	return f.track(id), nil
}

// NewBlockFilter is eth_newBlockFilter.
func (f *filterAPI) NewBlockFilter() rpc.ID {
	return f.track(f.FilterAPI.NewBlockFilter())
}

// NewPendingTransactionFilter is eth_newPendingTransactionFilter.
func (f *filterAPI) NewPendingTransactionFilter(fullTx *bool) rpc.ID {
	return f.track(f.FilterAPI.NewPendingTransactionFilter(fullTx))
}

// UninstallFilter is eth_uninstallFilter.
func (f *filterAPI) UninstallFilter(id rpc.ID) bool {
	f.mu.Lock()
	delete(f.ids, id)
	f.mu.Unlock()
	return f.FilterAPI.UninstallFilter(id)
}

// uninstallAll removes every filter still installed (a filter that timed out is already gone: no harm).
func (f *filterAPI) uninstallAll() {
	f.mu.Lock()
	ids := f.ids
	f.ids = map[rpc.ID]struct{}{}
	f.mu.Unlock()
	for id := range ids {
		f.FilterAPI.UninstallFilter(id)
	}
}

// filterCloser is a node lifecycle registered after the eth service: the node stops it after the RPC
// servers (no new filters) and before eth (whose event loop the uninstalling needs). It is a separate type
// so that its Start and Stop are not RPC methods.
type filterCloser struct{ api *filterAPI }

func (c filterCloser) Start() error { return nil }

func (c filterCloser) Stop() error {
	c.api.uninstallAll()
	return nil
}
