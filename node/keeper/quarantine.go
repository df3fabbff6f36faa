package keeper

// maxQuarantineShift caps the quarantine's doubling: at most 64 times QuarantinePasses.
const maxQuarantineShift = 6

// quarantined is a packet whose refund makes refundMany revert (a token that refuses the transfer back, for
// one). It is set aside so that it does not hold up the packets batched with it, and tried again later:
// whatever made it fail may pass.
type quarantined struct {
	failures  int
	retryPass uint64 // the first pass that tries it again
	reason    string
}

// setAside quarantines packet id after its refund failed alone.
func (k *Keeper) setAside(id uint64, reason string, cause error, sum *Summary) {
	q := k.quarantine[id]
	if q == nil {
		q = &quarantined{}
		k.quarantine[id] = q
	}
	q.failures++
	q.reason = reason
	wait := uint64(k.cfg.QuarantinePasses) << min(q.failures-1, maxQuarantineShift)
	q.retryPass = k.passNo + wait
	sum.Quarantined++
	k.metrics.packetQuarantined()
	k.metrics.setQuarantined(len(k.quarantine))
	k.log.Warn("packet set aside: its refund fails", "id", id, "reason", reason, "err", cause,
		"failures", q.failures, "retry_in_passes", wait)
}

// released drops from due the packets still in quarantine, and forgets quarantined packets that are no longer
// open (refunded or closed by someone else, as the scan saw).
func (k *Keeper) released(due []uint64) []uint64 {
	for id := range k.quarantine {
		if k.state.open[id] == nil {
			delete(k.quarantine, id)
		}
	}
	k.metrics.setQuarantined(len(k.quarantine))
	if len(k.quarantine) == 0 {
		return due
	}
	out := make([]uint64, 0, len(due))
	for _, id := range due {
		if q := k.quarantine[id]; q != nil && k.passNo < q.retryPass {
			continue
		}
		out = append(out, id)
	}
	if held := len(due) - len(out); held > 0 {
		k.log.Info("packets in quarantine skipped this pass", "packets", held)
	}
	return out
}
