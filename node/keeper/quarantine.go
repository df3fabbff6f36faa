package keeper

// maxQuarantineShift caps the quarantine's doubling: at most 64 times QuarantinePasses.
const maxQuarantineShift = 6

// quarantined is a packet whose refund makes refundMany revert (a token that refuses the transfer back, for
// one). It is set aside so that it does not hold up the packets batched with it, and tried again later:
// whatever made it fail may pass. It lives in the checkpoint (state.quarantine), counted in the checkpoint's
// passes, so a restart neither retries it early nor resets its failures.
type quarantined struct {
	failures  int
	retryPass uint64 // the first pass that tries it again
	reason    string
}

// setAside quarantines packet id after its refund failed alone, and saves the checkpoint at once: a keeper
// killed right after must not retry the packet on its first pass back.
func (k *Keeper) setAside(id uint64, reason string, cause error, sum *Summary) error {
	q := k.state.quarantine[id]
	if q == nil {
		q = &quarantined{}
		k.state.quarantine[id] = q
	}
	q.failures++
	q.reason = reason
	wait := uint64(k.cfg.QuarantinePasses) << min(q.failures-1, maxQuarantineShift)
	q.retryPass = k.state.pass + wait
	sum.Quarantined++
	k.metrics.packetQuarantined()
	k.metrics.setQuarantined(len(k.state.quarantine))
	k.log.Warn("packet set aside: its refund fails", "id", id, "reason", reason, "err", cause,
		"failures", q.failures, "retry_in_passes", wait)
	return k.state.save()
}

// released drops from due the packets still in quarantine, and forgets quarantined packets that are no longer
// open (refunded or closed by someone else, as the scan saw). While anything is set aside it saves the
// checkpoint, so that the pass count a restarted keeper resumes from is this one (at most one pass behind
// after a crash: a packet then waits one pass longer, never less).
func (k *Keeper) released(due []uint64) ([]uint64, error) {
	for id := range k.state.quarantine {
		if k.state.open[id] == nil {
			delete(k.state.quarantine, id)
		}
	}
	k.metrics.setQuarantined(len(k.state.quarantine))
	if len(k.state.quarantine) == 0 {
		return due, nil
	}
	out := make([]uint64, 0, len(due))
	for _, id := range due {
		if q := k.state.quarantine[id]; q != nil && k.state.pass < q.retryPass {
			continue
		}
		out = append(out, id)
	}
	if held := len(due) - len(out); held > 0 {
		k.log.Info("packets in quarantine skipped this pass", "packets", held)
	}
	return out, k.state.save()
}
