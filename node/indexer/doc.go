// Package indexer follows the escrow's logs into an embedded SQLite database (modernc.org/sqlite, pure Go) and
// rebuilds every packet's full state, the owed ledger, organisation budgets, members, locks and token policies
// from those logs alone (rules §6). It reads the logs through node/logs (pages a provider accepts, fetched ahead
// while the indexer applies one), commits a page per SQLite transaction, keeps a checkpoint (last indexed block
// and its hash) that it checks once per sync, indexes only blocks a configurable number of confirmations deep,
// and on a changed block hash rolls back to the common ancestor and replays.
//
// On top of the index it offers the records of rules §6: History (by address and/or packet), Export (CSV of
// every event with block time, transaction hash and amounts in base and human units) and Reconcile (the
// escrow's balance per token against live packets + organisation budgets + owed balances).
//
// The schema is documented in docs/indexer.md.
package indexer
