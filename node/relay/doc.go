// Package relay is the gasless-claim relayer of rules §1: an HTTP JSON API that takes a claim the claimer
// signed as EIP-712 ClaimFor(packetId, claimer, relayer, maxFee, deadline), checks it, simulates it, submits
// claimFor from the relayer's key (which pays the gas), waits for the receipt and says what happened. The
// relayer is paid min(maxFee, share) out of the share; the claimer gets the rest.
//
// A Relayer is an http.Handler serving every path under /v1/, so it can be mounted as is on a mux that
// also serves the claim page (mux.Handle("/v1/", r)).
//
// # Conventions
//
// Requests and responses are JSON (UTF-8). Amounts and ids are decimal strings of base units (requests
// also accept JSON integers and 0x-hex strings); times are unix seconds as JSON numbers; addresses and
// byte strings are 0x-hex. Every error is
//
//	{"error": {"code": "PacketExpired", "message": "packet 7 expired at 2025-01-02 15:04 UTC; ..."}}
//
// where code is the escrow's custom error name when the contract refused (simulated), or one of the codes
// below, and message is one sentence to show the user. Status: 400 malformed request, 404 no such packet,
// proof or route, 405 wrong method, 409 the packet's state refuses the claim (AlreadyClaimed, PacketClosed,
// PacketExpired, PacketExpiring, NotYetReleased, ClaimInProgress, TicketAlreadyUsed, TicketInProgress), 413 body too large, 415 not JSON, 422
// a well-formed claim that is refused (signatures, fee, deadline, any other revert of the simulation), 429
// rate limited (with Retry-After), 502/503/504 the node or the relayer's funds failed.
//
// # GET /v1/info
//
// What a client needs to sign for this relayer:
//
//	{"relayer": "0x…", "chainId": 1337, "escrow": "0x…", "balance": "wei of the relayer",
//	 "fees": [{"token": "0x000…0", "symbol": "ETH", "decimals": 18, "minFee": "1000000000000000"}],
//	 "otherTokensMinFee": null,
//	 "limits": {"maxBodyBytes": 16384, "minTimeLeftSeconds": 15,
//	            "claimsPerClaimer": {"burst": 5, "everySeconds": 30}, "claimsPerIP": {…}, "readsPerIP": {…}}}
//
// fees lists the tokens relayed and the smallest maxFee accepted for each (base units of the token);
// otherTokensMinFee, when not null, is the minimum for any other token (null: other tokens are refused).
// A limit with burst -1 is off. A claim must leave minTimeLeftSeconds before both its deadline and the
// packet's expiry, so that it is mined in time.
//
// # GET /v1/packets/{id}[?claimer=0x…]
//
// What a claim page shows, read from the chain at the head block:
//
//	{"id": "7", "kind": "equal|lucky|direct", "auth": "claim-key|allowlist|open|tickets",
//	 "status": "cool-off|open|expired|closed", "sender": "0x…", "token": "0x…", "symbol": "ETH",
//	 "decimals": 18, "total": "…", "remaining": "…", "shares": 10, "claimed": 3, "minShare": "1",
//	 "recipient": "0x… (Direct only)", "claimKey": "0x… (claim-key only)", "root": "0x… (allowlist and tickets)",
//	 "guardian": "0x… (if any)", "orgId": 0,
//	 "createdAt": 1700000000, "releaseAt": …, "expiresAt": …, "undoUntil": 0, "now": …,
//	 "claims": [{"claimer": "0x…", "amount": "…", "txHash": "0x…"}],
//	 "takeBack": [{"clause": "intercept", "who": "guardian", "by": "0x…", "from": 0, "until": …}],
//	 "relay": {"available": true, "minFee": "…", "reason": ""},
//	 "claimer": {"address": "0x…", "claimed": false, "amount": "0"}}
//
// claims lists the claims so far (amounts are gross: relayer fees included). takeBack says who can still
// take the packet back and until when (rules §4). relay says whether this relayer would submit a claim of it
// now (reason says why not). claimer is present when the query names one.
//
// # GET /v1/proofs/{id}/{address}
//
// The allowlist proof of address for packet id, from the proofs files the server was given (Config.ProofsDir):
//
//	{"packetId": "7", "address": "0x…", "root": "0x…", "proof": ["0x…", …], "auth": "0x…"}
//
// auth is the proof abi-encoded as bytes32[]: pass it as the claim's auth. A proofs file is a JSON file
// (name ending in .json) as `hongbao send --allow` writes it (type ProofsFile):
//
//	{"chainId": 1337, "escrow": "0x…", "packetId": "7", "root": "0x…", "proofs": {"0xAddr": ["0x…", …]}}
//
// chainId and escrow may be left out; when present, files of another chain or escrow are ignored. Every
// proof is checked against root when the file is read, and root against the packet's root on chain when a
// proof is served. The directory is read at start and again (at most once a second) when a packet's proofs
// are asked for and not found, so files added later are picked up.
//
// # POST /v1/claims
//
// Content-Type: application/json, at most Config.MaxBodyBytes (16 KiB by default), exactly these fields:
//
//	{"packetId": "7", "claimer": "0x…", "maxFee": "1000000000000000", "deadline": 1700003600,
//	 "auth": "0x…", "signature": "0x…"}
//
// auth is the claim's own authorisation: the claim key's 65-byte signature of Claim(packetId, claimer)
// for a claim-key packet, the abi-encoded bytes32[] proof for an allowlist packet (see /v1/proofs),
// abi.encode(uint256 index, bytes32 r, bytes32 vs, bytes32[] proof) for a ticket packet (the ticket key's
// EIP-2098 compact signature of Claim(packetId, claimer) and the ticket's proof, both from the hbt1 ticket
// code: see node/client's tickets.go), empty ("0x" or left out) for Direct and open packets. signature is the claimer's 65-byte EIP-712 signature of
// ClaimFor(packetId, claimer, relayer, maxFee, deadline), relayer being /v1/info's relayer, in the domain
// {name "Hongbao", version "1", chainId, verifyingContract escrow}. In both signatures a v of 0/1 is accepted
// and sent as 27/28.
//
// The relayer refuses, before anything is sent: malformed requests; requests over the per-IP rate limit;
// claims over the per-claimer limit (counted once the claimer's signature checks out, so that forged
// requests cannot use up someone else's allowance); deadlines passed or closer than minTimeLeftSeconds; tokens it does not relay and
// maxFee below its minimum for the packet's token; shares (Direct and Equal packets) smaller than that
// minimum; packets that do not exist, are closed, not yet released, expired or about to expire; ECDSA
// signatures (ClaimFor, and the claim key's) that do not recover to the right address, including high-s
// and malformed ones; allowlist proofs that do not lead to the packet's root; tickets whose signature or
// proof does not lead to the packet's root (InvalidTicket); a second claim of the same claimer and packet
// while one is being submitted; a second claim with the same ticket while one is being submitted
// (TicketInProgress; a ticket already used is refused by the simulation, TicketAlreadyUsed). Then it simulates claimFor from the relayer's address
// against the pending block (a contract claimer's ERC-1271 signature is checked there); a claim whose
// simulation reverts is refused with the decoded custom error as a sentence and costs no gas. Otherwise it
// submits the transaction and waits for its receipt:
//
//	{"txHash": "0x…", "block": 12, "gasUsed": 81234, "packetId": "7", "claimer": "0x…",
//	 "token": "0x…", "symbol": "ETH", "decimals": 18,
//	 "amount": "gross share", "fee": "paid to the relayer", "claimerReceived": "amount - fee",
//	 "owed": "part of claimerReceived credited to the claimer's pull balance because the push failed"}
//
// Concurrent claims are safe: one nonce sequence (node/client's nonce manager), and for each packet no more
// claims in flight than it has shares left, so that concurrent claims never race each other into a revert.
// A claim can still fail on chain if someone outside this relayer takes the last share between the
// simulation and the block, or if a contract claimer's ERC-1271 answer changes in between.
//
// # CORS
//
// Origins listed in Config.AllowedOrigins ("*" for any) get Access-Control-Allow-Origin and may send the
// preflighted POST (Content-Type: application/json); a preflight from any other origin gets 403.
package relay
