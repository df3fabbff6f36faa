// Package attacks holds adversarial tests of the hongbao escrow on the simulated chain: re-entrant, ETH-rejecting
// and gas-griefing receivers, hostile ERC-20s, replayed or forged signatures, and accounts reaching for
// someone else's money. Each test asserts that the attack fails and that no one loses funds: balances, the
// owed ledger and the events are checked, not only the revert.
package attacks
