package indexer

// SchemaVersion is stored in meta.schema_version. A database of another version is refused rather than
// silently misread; delete it and re-index (the chain is the source of truth).
const SchemaVersion = "2"

// Amounts are uint256 values: SQLite's 64-bit integers cannot hold them, so they are decimal TEXT and all
// arithmetic on them happens in Go with math/big. Addresses are checksummed hex, hashes lower-case hex, times
// unix seconds. Each table is documented column by column in docs/indexer.md.
var schema = []string{
	`CREATE TABLE IF NOT EXISTS meta (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS blocks (
		number INTEGER PRIMARY KEY,
		hash   TEXT NOT NULL,
		time   INTEGER NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS events (
		block_number INTEGER NOT NULL,
		log_index    INTEGER NOT NULL,
		block_hash   TEXT NOT NULL,
		block_time   INTEGER NOT NULL,
		tx_hash      TEXT NOT NULL,
		tx_index     INTEGER NOT NULL,
		name         TEXT NOT NULL,
		packet_id    INTEGER,
		org_id       INTEGER,
		token        TEXT,
		account      TEXT,
		counterparty TEXT,
		amount       TEXT,
		details      TEXT NOT NULL,
		topics       TEXT NOT NULL,
		data         TEXT NOT NULL,
		PRIMARY KEY (block_number, log_index)
	)`,
	`CREATE INDEX IF NOT EXISTS events_packet ON events (packet_id)`,
	`CREATE INDEX IF NOT EXISTS events_account ON events (account)`,
	`CREATE INDEX IF NOT EXISTS events_counterparty ON events (counterparty)`,
	`CREATE INDEX IF NOT EXISTS events_time ON events (block_time)`,
	`CREATE INDEX IF NOT EXISTS events_org ON events (org_id)`,
	`CREATE TABLE IF NOT EXISTS packets (
		id             INTEGER PRIMARY KEY,
		sender         TEXT NOT NULL,
		token          TEXT NOT NULL,
		kind           TEXT NOT NULL,
		auth           TEXT NOT NULL,
		total          TEXT NOT NULL,
		shares         INTEGER NOT NULL,
		claimed        INTEGER NOT NULL,
		remaining      TEXT NOT NULL,
		claimed_amount TEXT NOT NULL,
		relay_fees     TEXT NOT NULL,
		returned       TEXT NOT NULL,
		min_share      TEXT NOT NULL,
		recipient      TEXT,
		root           TEXT,
		guardian       TEXT,
		org_id         INTEGER,
		created_at     INTEGER NOT NULL,
		release_at     INTEGER NOT NULL,
		expires_at     INTEGER NOT NULL,
		undo_until     INTEGER NOT NULL,
		undo_consent   INTEGER NOT NULL,
		undo_requested INTEGER NOT NULL,
		status         TEXT NOT NULL,
		close_reason   TEXT,
		closed_amount  TEXT NOT NULL,
		closed_at      INTEGER,
		sent_block     INTEGER NOT NULL,
		sent_tx        TEXT NOT NULL,
		closed_block   INTEGER,
		closed_tx      TEXT,
		pending        INTEGER NOT NULL DEFAULT 0
	)`,
	`CREATE INDEX IF NOT EXISTS packets_sender ON packets (sender)`,
	`CREATE INDEX IF NOT EXISTS packets_recipient ON packets (recipient)`,
	`CREATE INDEX IF NOT EXISTS packets_status ON packets (status, expires_at)`,
	// The Guarding list (PacketFilter.GuardedBy): packets of a guardian, and of the organisations an admin runs.
	`CREATE INDEX IF NOT EXISTS packets_guardian ON packets (guardian)`,
	`CREATE INDEX IF NOT EXISTS packets_org ON packets (org_id)`,
	`CREATE TABLE IF NOT EXISTS claims (
		packet_id    INTEGER NOT NULL,
		claimer      TEXT NOT NULL,
		amount       TEXT NOT NULL,
		relay_fee    TEXT NOT NULL,
		relayer      TEXT,
		returned     TEXT NOT NULL,
		block_number INTEGER NOT NULL,
		log_index    INTEGER NOT NULL,
		tx_hash      TEXT NOT NULL,
		share_index  INTEGER,
		pending      INTEGER NOT NULL DEFAULT 0,
		claim_block  INTEGER,
		claim_tx     TEXT,
		PRIMARY KEY (packet_id, claimer)
	)`,
	`CREATE INDEX IF NOT EXISTS claims_claimer ON claims (claimer)`,
	`CREATE TABLE IF NOT EXISTS owed (
		token   TEXT NOT NULL,
		account TEXT NOT NULL,
		amount  TEXT NOT NULL,
		PRIMARY KEY (token, account)
	)`,
	`CREATE TABLE IF NOT EXISTS orgs (
		id                 INTEGER PRIMARY KEY,
		creator            TEXT NOT NULL,
		treasury           TEXT NOT NULL,
		pending_treasury   TEXT,
		treasury_change_at INTEGER,
		created_at         INTEGER NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS org_admins (
		org_id INTEGER NOT NULL,
		admin  TEXT NOT NULL,
		PRIMARY KEY (org_id, admin)
	)`,
	`CREATE INDEX IF NOT EXISTS org_admins_admin ON org_admins (admin)`,
	`CREATE TABLE IF NOT EXISTS org_members (
		org_id INTEGER NOT NULL,
		member TEXT NOT NULL,
		active INTEGER NOT NULL,
		PRIMARY KEY (org_id, member)
	)`,
	`CREATE TABLE IF NOT EXISTS org_member_caps (
		org_id         INTEGER NOT NULL,
		member         TEXT NOT NULL,
		token          TEXT NOT NULL,
		per_packet_cap TEXT NOT NULL,
		daily_cap      TEXT NOT NULL,
		PRIMARY KEY (org_id, member, token)
	)`,
	`CREATE TABLE IF NOT EXISTS budgets (
		org_id INTEGER NOT NULL,
		token  TEXT NOT NULL,
		amount TEXT NOT NULL,
		PRIMARY KEY (org_id, token)
	)`,
	`CREATE TABLE IF NOT EXISTS locks (
		sender            TEXT NOT NULL,
		token             TEXT NOT NULL,
		threshold         TEXT NOT NULL,
		min_delay         INTEGER NOT NULL,
		pending_threshold TEXT,
		pending_min_delay INTEGER,
		pending_at        INTEGER,
		PRIMARY KEY (sender, token)
	)`,
	`CREATE TABLE IF NOT EXISTS policies (
		token     TEXT PRIMARY KEY,
		min_share TEXT NOT NULL,
		tiers     TEXT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS tokens (
		address  TEXT PRIMARY KEY,
		symbol   TEXT NOT NULL,
		decimals INTEGER NOT NULL
	)`,
}

// derivedTables hold state computed from the events table; a rollback empties them and replays the events
// that remain. events, blocks, meta and tokens are not derived.
var derivedTables = []string{
	"packets", "claims", "owed", "orgs", "org_admins", "org_members", "org_member_caps", "budgets", "locks",
	"policies",
}
