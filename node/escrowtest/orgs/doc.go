// Package orgs tests the organisations of rules §5 (admins, members with per-packet and daily caps, budgets,
// the treasury and its delayed change, sends from the budget, admin intercept, and every payback into the
// budget) and the sender's security lock of rules §4, on the simulated chain through the generated bindings.
// Every scenario checks balances (ETH net of gas), budgets, events with their values and exact custom errors,
// and ends with the conservation of rules §4: per token, the escrow's balance equals the remaining of live
// packets plus org budgets plus pull balances.
package orgs
