package indexer

import (
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Record is one escrow event as the records of rules §6 show it.
type Record struct {
	Block        uint64
	BlockHash    common.Hash
	Time         time.Time // block time, UTC
	TxHash       common.Hash
	LogIndex     uint
	Event        string // the event's name, e.g. "Claimed"
	PacketID     uint64 // zero when the event is not about a packet
	OrgID        uint64 // zero when not about an organisation
	HasToken     bool
	Token        TokenInfo
	Account      common.Address // who the event is mainly about (sender, claimer, payee, admin...); see docs
	Counterparty common.Address // the other party, when the event names one
	Amount       *big.Int       // nil when the event moves no money
	Details      json.RawMessage
}

// HumanAmount is the amount in whole units with the token's symbol, e.g. "1.5 ETH" ("" without an amount).
func (r Record) HumanAmount() string {
	if r.Amount == nil {
		return ""
	}
	return FormatUnits(r.Amount, r.Token.Decimals) + " " + r.Token.Label()
}

// recordJSON keeps amounts and ids exact as strings.
type recordJSON struct {
	Block        uint64          `json:"block"`
	BlockHash    string          `json:"blockHash"`
	Time         string          `json:"time"`
	TxHash       string          `json:"txHash"`
	LogIndex     uint            `json:"logIndex"`
	Event        string          `json:"event"`
	PacketID     string          `json:"packetId,omitempty"`
	OrgID        string          `json:"orgId,omitempty"`
	Token        string          `json:"token,omitempty"`
	Symbol       string          `json:"symbol,omitempty"`
	Decimals     *uint8          `json:"decimals,omitempty"`
	Account      string          `json:"account,omitempty"`
	Counterparty string          `json:"counterparty,omitempty"`
	AmountBase   string          `json:"amountBase,omitempty"`
	Amount       string          `json:"amount,omitempty"`
	Details      json.RawMessage `json:"details"`
}

// MarshalJSON writes amounts as strings (uint256 does not survive a JSON number) in base and whole units.
func (r Record) MarshalJSON() ([]byte, error) {
	j := recordJSON{
		Block: r.Block, BlockHash: r.BlockHash.Hex(), Time: r.Time.UTC().Format(time.RFC3339), TxHash: r.TxHash.Hex(),
		LogIndex: r.LogIndex, Event: r.Event, Account: optAddr(r.Account), Counterparty: optAddr(r.Counterparty),
		Details: r.Details,
	}
	if r.PacketID != 0 {
		j.PacketID = strconv.FormatUint(r.PacketID, 10)
	}
	if r.OrgID != 0 {
		j.OrgID = strconv.FormatUint(r.OrgID, 10)
	}
	if r.HasToken {
		d := r.Token.Decimals
		j.Token, j.Symbol, j.Decimals = r.Token.Address.Hex(), r.Token.Symbol, &d
	}
	if r.Amount != nil {
		j.AmountBase, j.Amount = r.Amount.String(), FormatUnits(r.Amount, r.Token.Decimals)
	}
	return json.Marshal(j)
}

func optAddr(a common.Address) string {
	if a == (common.Address{}) {
		return ""
	}
	return a.Hex()
}

// Filter selects records; zero fields select everything.
type Filter struct {
	// Address selects the events that name it (as account or counterparty) and every event of the packets it
	// sent or was the named recipient of.
	Address common.Address
	// PacketID selects the events of one packet.
	PacketID uint64
}

const recordColumns = `block_number, block_hash, block_time, tx_hash, log_index, name, COALESCE(packet_id, 0),
	COALESCE(org_id, 0), token, account, counterparty, amount, details`

// History returns the records the filter selects, in chain order, from one snapshot of the index.
func (d *DB) History(ctx context.Context, f Filter) ([]Record, error) {
	var where []string
	var args []any
	if f.Address != (common.Address{}) {
		a := addrText(f.Address)
		where = append(where, `(account = ? OR counterparty = ? OR packet_id IN
			(SELECT id FROM packets WHERE sender = ? OR recipient = ?))`)
		args = append(args, a, a, a, a)
	}
	if f.PacketID != 0 {
		where, args = append(where, "packet_id = ?"), append(args, int64(f.PacketID))
	}
	var out []Record
	err := d.read(ctx, func(q querier) error {
		var err error
		out, err = readRecords(ctx, q, where, args, nil, 0)
		return err
	})
	return out, err
}

// recordKey is where a record stands in chain order, and the block it came from.
type recordKey struct {
	block uint64
	index uint
	hash  common.Hash
}

// errExportRolledBack: a reorg rollback removed records an export had already written.
var errExportRolledBack = errors.New("the index rolled back a chain reorganisation below the records already written; export again")

// exportPage is how many records an export reads at a time: memory stays bounded, and the database is never
// held while the caller's writer runs (a writer that reads the index, or blocks, would otherwise stall it).
// A variable so that tests can cross page boundaries with few events.
var exportPage = 1000

// recordPage reads up to limit records after key `after` (from the start when nil) in one read transaction. It
// fails with errExportRolledBack when the record at `after` is gone: what was written before is then stale.
func (d *DB) recordPage(ctx context.Context, where []string, args []any, after *recordKey, limit int) ([]Record, error) {
	var out []Record
	err := d.read(ctx, func(q querier) error {
		if after != nil {
			var one int
			err := q.QueryRowContext(ctx, `SELECT 1 FROM events WHERE block_number = ? AND log_index = ? AND block_hash = ?`,
				int64(after.block), int64(after.index), after.hash.Hex()).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				return errExportRolledBack
			}
			if err != nil {
				return fmt.Errorf("read records: %w", err)
			}
		}
		var err error
		out, err = readRecords(ctx, q, where, args, after, limit)
		return err
	})
	return out, err
}

// readRecords reads the selected events after key `after` (nil: from the start), at most limit of them (0: all),
// in chain order. The rows are read to the end and closed before it returns.
func readRecords(ctx context.Context, q querier, where []string, args []any, after *recordKey, limit int) ([]Record, error) {
	tokens, err := tokenMap(ctx, q)
	if err != nil {
		return nil, err
	}
	where, args = append([]string(nil), where...), append([]any(nil), args...)
	if after != nil {
		where, args = append(where, "(block_number, log_index) > (?, ?)"), append(args, int64(after.block), int64(after.index))
	}
	query := `SELECT ` + recordColumns + ` FROM events`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY block_number, log_index"
	if limit > 0 {
		query, args = query+" LIMIT ?", append(args, limit)
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read records: %w", err)
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		r, err := scanRecord(rows, tokens)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read records: %w", err)
	}
	return out, nil
}

func scanRecord(rows *sql.Rows, tokens map[common.Address]TokenInfo) (Record, error) {
	var (
		r                            Record
		block, btime, index, pid, og int64
		bhash, tx, details           string
		token, acct, cp, amount      sql.NullString
	)
	if err := rows.Scan(&block, &bhash, &btime, &tx, &index, &r.Event, &pid, &og, &token, &acct, &cp, &amount, &details); err != nil {
		return r, fmt.Errorf("read records: %w", err)
	}
	r.Block, r.BlockHash, r.Time, r.TxHash = uint64(block), common.HexToHash(bhash), time.Unix(btime, 0).UTC(), common.HexToHash(tx)
	r.LogIndex, r.PacketID, r.OrgID = uint(index), uint64(pid), uint64(og)
	r.Account, r.Counterparty, r.Details = scanAddr(acct), scanAddr(cp), json.RawMessage(details)
	if token.Valid {
		t := common.HexToAddress(token.String)
		r.HasToken, r.Token = true, tokens[t]
		r.Token.Address = t
	}
	if amount.Valid {
		v, err := parseDec(amount.String)
		if err != nil {
			return r, err
		}
		r.Amount = v
	}
	return r, nil
}

// csvHeader is the first line of an export.
var csvHeader = []string{
	"block_number", "block_time", "block_hash", "tx_hash", "log_index", "event", "packet_id", "org_id", "token",
	"symbol", "decimals", "account", "counterparty", "amount_base", "amount", "details",
}

// Export writes every event with a block time in [from, to) as CSV (a zero from or to leaves that end open):
// block, time (RFC 3339, UTC), hashes, the event, its packet/organisation, token, parties, the amount in base
// units and in whole units, and every argument as JSON. It reads the index a page at a time and writes each
// page after its read has ended, so w may be slow or read the index itself; syncs may go on meanwhile (events
// they add after the last page read are included). A reorg rollback that removes records already written
// fails the export rather than mix two branches.
func (d *DB) Export(ctx context.Context, from, to time.Time, w io.Writer) error {
	var where []string
	var args []any
	if !from.IsZero() {
		where, args = append(where, "block_time >= ?"), append(args, from.Unix())
	}
	if !to.IsZero() {
		where, args = append(where, "block_time < ?"), append(args, to.Unix())
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	var after *recordKey
	for {
		page, err := d.recordPage(ctx, where, args, after, exportPage)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		for _, r := range page {
			if err := cw.Write(csvLine(r)); err != nil {
				return fmt.Errorf("write export: %w", err)
			}
		}
		if len(page) < exportPage {
			break
		}
		last := page[len(page)-1]
		after = &recordKey{block: last.Block, index: last.LogIndex, hash: last.BlockHash}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	return nil
}

func csvLine(r Record) []string {
	line := []string{
		strconv.FormatUint(r.Block, 10), r.Time.Format(time.RFC3339), r.BlockHash.Hex(), r.TxHash.Hex(),
		strconv.FormatUint(uint64(r.LogIndex), 10), r.Event, optUint(r.PacketID), optUint(r.OrgID), "", "", "",
		optAddr(r.Account), optAddr(r.Counterparty), "", "", string(r.Details),
	}
	if r.HasToken {
		line[8], line[9], line[10] = r.Token.Address.Hex(), r.Token.Symbol, strconv.Itoa(int(r.Token.Decimals))
	}
	if r.Amount != nil {
		line[13], line[14] = r.Amount.String(), FormatUnits(r.Amount, r.Token.Decimals)
	}
	return line
}

func optUint(v uint64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatUint(v, 10)
}
