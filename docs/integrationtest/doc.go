// Package integrationtest keeps docs/integration.md honest. Its tests check the document against the
// compiled ABI (every event topic, error selector and function selector), the contract source (the EIP-712
// types and domain), the Go reference code (claim codes, signatures, allowlist proofs: the test vectors, and
// the viem example that must reproduce them), the relayer (its routes and error codes) and the npm package
// files that contracts/scripts/compile.js writes.
//
// The generated parts of the document (the tables and the test vectors) are rewritten by
//
//	go test ./docs/integrationtest -update
//
// which keeps the hand-written "meaning" column and marks new rows TODO, which fails the tests until a
// sentence replaces it.
package integrationtest
