// Package sendclaim tests the escrow's send, claim, relayed-claim, view and policy functions on the simulated
// chain, through the generated bindings. The withdrawal clauses, attacks and the lucky-split mirror are tested
// in sibling packages.
package sendclaim
