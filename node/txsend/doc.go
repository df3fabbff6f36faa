// Package txsend is the one way this project sends transactions: one key on one chain, through a Sender.
//
// A Sender hands out nonces (seeded from the node's pending nonce, read again after a send the node refused,
// so that concurrent sends get distinct nonces in order), prices EIP-1559 transactions (the suggested tip,
// at least 1 gwei, and a fee cap of twice the base fee plus the tip, within optional limits), signs, and
// sends. Pending.Wait waits for the receipt the way a real network needs: it checks the head block every
// poll interval and asks for receipts only when a block has come; a transaction not mined after a few blocks
// is re-signed with the same nonce and fees raised by at least 12.5% (every hash is kept, and the receipt
// of whichever version is mined is the answer); WithConfirmations waits until the receipt is deep enough and
// reads it again there.
//
// Errors say what happened to the money: *RPCError (nothing was sent), *RejectedError (the node refused;
// nothing is pending), *FeeCapError (not sent: fees above the limit), *NotMinedError (sent, or maybe sent,
// and not mined yet: it carries every hash; do not resend blindly), *ReplacedError (another transaction of
// the key took the nonce).
package txsend
