// The relayer's HTTP API (node/relay): GET /v1/info, GET /v1/packets/{id}, GET /v1/proofs/{id}/{address},
// POST /v1/claims. Every error answer is {"error": {"code", "message"}}; message is a sentence.

/** RelayerError is an error answer of the relayer. */
export class RelayerError extends Error {
  constructor(status, code, message) {
    super(message)
    this.name = 'RelayerError'
    this.status = status
    this.code = code
  }
}

export class Relayer {
  /** base is the relayer's base URL, e.g. "https://example.org" (the API lives under /v1/). */
  constructor(base) {
    this.base = String(base).replace(/\/+$/, '')
    this.what = 'the relayer'
  }

  async request(path, init = {}) {
    let res
    try {
      res = await fetch(this.base + path, { ...init, headers: { Accept: 'application/json', ...init.headers } })
    } catch {
      throw new RelayerError(0, 'Unreachable', `${this.what} at ${this.base} cannot be reached; check your connection and try again`)
    }
    let body = null
    try {
      body = await res.json()
    } catch {
      // not JSON: handled below
    }
    if (!res.ok) {
      const e = body?.error
      if (e?.message) throw new RelayerError(res.status, e.code ?? 'Error', e.message)
      throw new RelayerError(res.status, 'HTTP' + res.status, `${this.what} answered ${res.status} ${res.statusText}`.trim())
    }
    if (body === null) throw new RelayerError(res.status, 'BadAnswer', `${this.what} sent an answer that is not JSON`)
    return body
  }

  info() {
    return this.request('/v1/info')
  }

  packet(id, claimer) {
    const q = claimer ? `?claimer=${encodeURIComponent(claimer)}` : ''
    return this.request(`/v1/packets/${encodeURIComponent(id)}${q}`)
  }

  proof(id, address) {
    return this.request(`/v1/proofs/${encodeURIComponent(id)}/${encodeURIComponent(address)}`)
  }

  /** claim submits a signed ClaimFor; the answer says what the claimer received. */
  claim({ packetId, claimer, maxFee, deadline, auth, signature }) {
    return this.request('/v1/claims', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        packetId: String(packetId),
        claimer,
        maxFee: String(maxFee),
        deadline: Number(deadline),
        auth,
        signature,
      }),
    })
  }
}

/** IndexAPI is the hongbao server's index API (node/webapi) under /api/: packets by viewer, one packet, owed. */
export class IndexAPI extends Relayer {
  constructor(base) {
    super(base)
    this.what = 'the server'
  }

  /** packets is a page of the packets address sent, received or guards (role: sent, received, guarding), newest first. */
  packets({ address, role, before, limit, minBlock }) {
    const q = new URLSearchParams({ address, role })
    if (before) q.set('before', before)
    if (limit) q.set('limit', String(limit))
    if (minBlock) q.set('minBlock', String(minBlock))
    return this.request(`/api/packets?${q}`)
  }

  packet(id, { viewer, minBlock } = {}) {
    const q = new URLSearchParams()
    if (viewer) q.set('viewer', viewer)
    if (minBlock) q.set('minBlock', String(minBlock))
    return this.request(`/api/packets/${encodeURIComponent(id)}?${q}`)
  }

  owed(address, minBlock) {
    const q = new URLSearchParams({ address })
    if (minBlock) q.set('minBlock', String(minBlock))
    return this.request(`/api/owed?${q}`)
  }

  /** risk asks the server's risk rules (node/risk, docs/risk.md) about a send before it is signed. */
  risk(body) {
    return this.request('/api/risk', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  }
}
