// Types of @hongbao/contracts that are not data: addresses, the EIP-712 domain, a deployment, and the JSON of
// the relayer's HTTP API (node/relay is the reference; node/relay/apitypes_test.go checks that every field of
// its answers is here and nothing else is). Hand-written; index.d.mts and index.d.cts re-export it.

/** A 0x-prefixed hex string (bytes, hashes, signatures). */
export type Hex = `0x${string}`
/** A 0x-prefixed 20-byte address. The relayer's answers write addresses in lower case: compare them case-insensitively. */
export type Address = `0x${string}`
/** An amount or id in base units, as a decimal string ("1000000000000000"): JSON numbers cannot hold uint256. */
export type DecimalString = string

/** The escrow's EIP-712 domain, as domainOf returns it. */
export interface Eip712Domain<C extends number | bigint = number, E extends Address = Address> {
  readonly name: 'Hongbao'
  readonly version: '1'
  readonly chainId: C
  readonly verifyingContract: E
}

/**
 * Where the escrow of one chain is, as `deployments[chainId]` has it (the shape of the deployment files
 * `hongbao deploy` and `hongbao devnet` write, ~/.hongbao/deployments/<chainId>.json, plus the extension).
 */
export interface Deployment {
  readonly chainId: number
  readonly escrow: Address
  /** HongbaoAdmin, the extension the escrow delegatecalls: the same address on every chain. */
  readonly extension: Address
  /** The escrow's owner (policy admin); the escrow's address follows from it (deterministic deployment). */
  readonly owner: Address
  /** The block to start log scans at: the escrow's creation block, or 0 on a dev chain (read deployBlock()). */
  readonly block: number
}

// ---------------------------------------------------------------- relayer HTTP API (/v1/…)

/** Every refusal: `code` is the escrow's custom error name or one of the relayer's codes (docs/integration.md). */
export interface RelayErrorResponse {
  error: { code: string; message: string }
}

/** A bucket of the relayer's rate limits: `burst` requests at once, then one every `everySeconds`; burst -1: off. */
export interface RelayLimit {
  burst: number
  everySeconds: number
}

/** A token the relayer relays and the smallest `maxFee` it accepts for it (base units). */
export interface RelayFee {
  /** The zero address for ETH. */
  token: Address
  symbol: string
  decimals: number
  minFee: DecimalString
}

/** GET /v1/info: what a client needs to sign ClaimFor for this relayer. */
export interface RelayInfoResponse {
  /** The address that sends the claims: ClaimFor's `relayer`. */
  relayer: Address
  /** The chain and escrow of ClaimFor's domain. */
  chainId: number
  escrow: Address
  /** Wei the relayer holds for gas. */
  balance: DecimalString
  fees: RelayFee[]
  /** The minimum for any token not in `fees`; null: other tokens are refused. */
  otherTokensMinFee: DecimalString | null
  limits: {
    maxBodyBytes: number
    minTimeLeftSeconds: number
    claimsPerClaimer: RelayLimit
    claimsPerIP: RelayLimit
    readsPerIP: RelayLimit
  }
}

/** POST /v1/claims: exactly these fields (any other is refused). */
export interface RelayClaimRequest {
  /** Decimal string (or a JSON integer, or 0x-hex). */
  packetId: DecimalString | number
  claimer: Address
  /** The most the relayer may take, in base units of the packet's token; at least its minFee. */
  maxFee: DecimalString | number
  /** Unix seconds after which the ClaimFor signature is void. */
  deadline: number | DecimalString
  /** The claim's own authorisation: the claim key's signature, the abi-encoded proof or ticket; "0x" or absent when empty. */
  auth?: Hex
  /** The claimer's 65-byte ClaimFor signature for /v1/info's relayer, chain and escrow. */
  signature: Hex
}

/** The answer of POST /v1/claims on success (200). */
export interface RelayClaimResponse {
  txHash: Hex
  block: number
  gasUsed: number
  packetId: DecimalString
  claimer: Address
  token: Address
  symbol: string
  decimals: number
  /** The gross share. */
  amount: DecimalString
  /** Paid to the relayer: min(maxFee, share). */
  fee: DecimalString
  /** amount - fee. */
  claimerReceived: DecimalString
  /** The part of claimerReceived credited to the claimer's pull balance because the push failed. */
  owed: DecimalString
  /** A sealed lucky packet: the claim took share `index` and is `pending`: amount and fee are paid when the share
   *  is drawn from the next block's hash (from block `readyAt` on), which the relayer does in the background. */
  sealed?: boolean
  pending?: boolean
  index?: number
  readyAt?: number
}

/** GET /v1/packets/{id}[?claimer=0x…]: what a claim page shows, read at the head block. */
export interface RelayPacketResponse {
  id: DecimalString
  kind: 'direct' | 'equal' | 'lucky' | 'sealed-lucky'
  auth: 'claim-key' | 'allowlist' | 'open' | 'tickets'
  status: 'none' | 'cool-off' | 'open' | 'expired' | 'closed'
  sender: Address
  token: Address
  symbol: string
  decimals: number
  total: DecimalString
  remaining: DecimalString
  shares: number
  claimed: number
  minShare: DecimalString
  recipient?: Address
  claimKey?: Address
  root?: Hex
  guardian?: Address
  orgId: number
  createdAt: number
  releaseAt: number
  expiresAt: number
  undoUntil: number
  now: number
  claims: { claimer: Address; amount: DecimalString; txHash: Hex }[]
  /** Who can still take the packet back, and until when (rules §4). */
  takeBack: { clause: string; who: string; by?: Address; from: number; until: number }[]
  /** Whether this relayer would submit a claim now. */
  relay: { available: boolean; minFee: DecimalString | null; reason?: string }
  /** A sealed lucky packet: the shares waiting for their draw ("drawing…"), oldest first. */
  pending?: { index: number; claimer: Address; block: number; readyAt: number }[]
  /** With ?claimer=. A sealed packet's claimer has its share's `index`, and `pending` (amount "0") until drawn. */
  claimer?: { address: Address; claimed: boolean; amount: DecimalString; index?: number; pending?: boolean }
}

/** GET /v1/proofs/{id}/{address}: an allowlist proof and the claim's `auth` made from it. */
export interface RelayProofResponse {
  packetId: DecimalString
  address: Address
  root: Hex
  proof: Hex[]
  /** The proof abi-encoded as bytes32[]: the claim's auth. */
  auth: Hex
}
