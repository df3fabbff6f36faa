// Package keeper refunds expired red packets (rules §4 C1). A contract cannot wake itself up, so "the unclaimed
// rest goes back after 24 hours" needs someone to call the escrow's refundMany; anyone may, and this package is
// that someone.
//
// A pass (RunOnce) does three things:
//
//  1. Scan: it follows the escrow's logs from a checkpoint. PacketSent adds a packet with its expiry and
//     total; Claimed lowers what is left (and removes the packet when nothing is); Refunded,
//     CoolOffWithdrawn, Undone, UndoApproved, Declined and Intercepted remove it. A keeper without a
//     checkpoint (or with one so far behind that its logs would cost more calls) first builds the open set
//     from the escrow's views instead (bootstrap.go): lastPacketId, getPacketMany in batches of ViewBatch and
//     a pendingDraws per sealed packet holding money, all at the block it then checkpoints, so its first pass
//     costs calls by the packets ever sent, not by the chain's age. It takes whichever costs fewer calls (one
//     eth_getLogs per page of blocks against one call per ViewBatch packets): a young chain is still scanned.
//     Summary.Bootstrap and hongbao_keeper_bootstraps_total{from="logs"|"views"} say which.
//  2. Select: the packets whose expiry is at or before the head block's time are due.
//  3. Refund: due packets go out in refundMany batches (Config.BatchSize, default 50). Each batch is
//     simulated (eth_call of refundMany) against the pending block; ids that are no longer refundable
//     (someone else refunded or closed them, or the checkpoint was stale) are dropped after a getPacket
//     each, and a batch that would refund nothing is not sent. Right before the transaction is signed it
//     is simulated once more. Transactions go through node/txsend (nonces, EIP-1559 fees within
//     Config.Tx's limits, fee bumps of a transaction not mined after a few blocks), and up to
//     Config.MaxInFlight of them wait for their receipts at once: batch k+1 is sent, with the next nonce,
//     while batch k waits. A receipt's Refunded events remove the packets.
//
// Gas: a batch's limit is its estimate plus client.PushReserve per packet (the largest push allowance and its
// margins), capped at 2^24. The estimate alone is not enough: a receiver, or a token, can be cheap under
// simulation (gas price 0, as eth_call and eth_estimateGas run) and burn its whole push allowance in the real
// transaction. refundMany checks the gas left before each payout and, when it falls short, stops early
// (RefundBatchStopped) instead of reverting: the packets it did not reach stay open and due, and the next
// pass simulates and sends them again (counted in hongbao_keeper_batches_stopped_total and
// Summary.Stopped). That happens when a batch of payouts that all burn their allowance needs more than a
// transaction may use. A batch whose simulation stops early (a node whose eth_call gas cap is below what the
// batch needs) is split in two like a reverting one.
//
// A batch that reverts, in simulation or on chain, is split in two, and the halves are tried again, until
// the packets that make it revert are alone (a token that refuses the transfer back, for one). Those are set
// aside for Config.QuarantinePasses passes, twice as long after each further failure (counted in
// hongbao_keeper_packets_quarantined_total, the current ones in hongbao_keeper_quarantined_packets); the
// rest of the batch is refunded in the same pass. One failed batch never ends a pass; a node that stops
// answering, a key that cannot pay for gas, or fees above the configured limit stop the sending until the
// next pass. The quarantine (packet ids, failures, the pass of the next try) is in the checkpoint with the
// pass count, saved when a packet is set aside and at every pass while any is: a restarted keeper, or one
// run as `keeper --once` from cron, neither retries a packet early nor resets its doubling (a crash costs at
// most one pass of extra wait, never one too few).
//
// Idempotence: the checkpoint (a small JSON file, written atomically after every scanned chunk and every
// batch) holds the last scanned block, the open packets and the quarantine. After a crash or restart, the events of the
// blocks scanned since remove what was refunded meanwhile, and the pending-block simulation catches what the
// logs do not show yet (a transaction still in the pool). After an ambiguous send error the same signed
// transaction is sent again (never a new one), and a transaction whose receipt did not come in time is
// booked by the next pass (if another transaction took its nonce instead, its packets go back to the open
// set, to be simulated again). refundMany itself skips ids that are not refundable and never reverts for them,
// so even two keepers that simulate at the very same moment cannot make each other's transaction fail; the
// later one refunds fewer packets (counted in hongbao_keeper_ids_preempted_total). To keep that rare, each
// keeper starts its batches at a point of the due list derived from its own address.
//
// Sealed draw (settle.go): each pass also draws the shares of sealed lucky packets that still wait for their
// draw Config.Settle.MinAge blocks (default 3) after their claim, with settleMany batches of up to 50 shares,
// each payout given client.PushReserve of gas like a refund (counted in hongbao_keeper_shares_settled_total).
// Its scan reads the SharePending logs with the others (each page once) and keeps the packets with claims
// waiting for their draw in the checkpoint (so a restarted keeper, or keeper --once from cron, forgets none
// and reads nothing twice); the settle pass reads only the unconfirmed tail itself, and asks pendingDraws
// before each batch. An expired sealed packet with claims waiting for their draw is not refunded until they are drawn
// (refundMany skips it while a draw can be made, since those come first): it is neither dropped nor
// quarantined; the settle pass draws the shares and a later pass refunds what is left (if anything).
//
// The keeper always sends refundMany, even for one id: refund(id) would revert if another keeper got
// there first, and one due packet at a time is a keeper's steady state.
//
// RPC errors are retried with exponential backoff (Config.Retry); Run keeps going after a failed pass, backing
// off between passes. Metrics are served in the Prometheus text format by Keeper.MetricsHandler; logs go to
// a log/slog logger.
package keeper
