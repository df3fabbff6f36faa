package cli

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/hongbao/hongbao/node/deploy"
	"github.com/hongbao/hongbao/node/indexer"
)

// The records of rules §6 (交易凭证): the index (hongbao index) follows the escrow's logs into SQLite; history,
// export and reconcile read it, bringing it up to date first unless --no-sync.

func confirmationsFlag() cli.Flag {
	return &cli.Uint64Flag{Name: "confirmations", Usage: "index only blocks this many below the head (reorg safety on public chains)"}
}

func noSyncFlag() cli.Flag {
	return &cli.BoolFlag{Name: "no-sync", Usage: "read the index as it is, without bringing it up to date first"}
}

func (r *runner) indexCommand() *cli.Command {
	return &cli.Command{
		Name:  "index",
		Usage: "follow the escrow's logs into a local SQLite index (records, reconciliation, risk warnings)",
		Description: `Reads every event of the escrow into an SQLite database (pure Go, no server) and rebuilds every packet,
claim, organisation budget, pull balance, lock and policy from the logs alone. It resumes from its checkpoint,
indexes only blocks --confirmations deep, and on a changed block hash rolls back and replays. The schema is
in docs/indexer.md. history, export and reconcile read it; send reads the sender's history from it for the
risk warnings once it exists.

The database is --db, else <home>/index/<chain id>-<escrow>.db.

EXAMPLES:
   hongbao index
   hongbao index --follow --confirmations 12 --db /var/lib/hongbao/index.db`,
		Flags: []cli.Flag{
			confirmationsFlag(),
			&cli.BoolFlag{Name: "follow", Usage: "keep following new blocks until Ctrl-C (SIGINT) or SIGTERM"},
			&cli.StringFlag{Name: "interval", Value: "2s", Usage: "--follow: how often to look for new blocks"},
		},
		Action: r.index,
	}
}

// indexOutput is the JSON of index (after the first sync under --follow).
type indexOutput struct {
	DB         string `json:"db"`
	ChainID    uint64 `json:"chainId"`
	Escrow     string `json:"escrow"`
	Checkpoint uint64 `json:"checkpoint"`
	Head       uint64 `json:"head"`
	Events     int    `json:"events"`
	Batches    int    `json:"batches"`
	Reorgs     int    `json:"reorgs"`
	RolledBack int    `json:"rolledBack"`
	Packets    int    `json:"packets"`
	Following  bool   `json:"following,omitempty"`
}

func (r *runner) index(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "index takes no arguments, only flags (got %q)", c.Args().First())
	}
	interval, err := time.ParseDuration(c.String("interval"))
	if err != nil || interval <= 0 {
		return usagef("InvalidDuration", "--interval %q is not a positive duration: write e.g. 2s or 500ms", c.String("interval"))
	}
	s, err := r.open(c, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := c.Context
	db, err := s.openIndex(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	var pr indexer.Progress
	if err := r.spin("indexing…", func() (err error) {
		pr, err = s.syncIndex(ctx, db, c.Uint64("confirmations"))
		return err
	}); err != nil {
		return err
	}
	packets, err := db.Packets(ctx, indexer.PacketFilter{})
	if err != nil {
		return failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	out := &indexOutput{DB: s.indexPath(), ChainID: s.chainID, Escrow: s.cl.Escrow().Hex(), Checkpoint: pr.Checkpoint, Head: pr.Head,
		Events: pr.Events, Batches: pr.Batches, Reorgs: pr.Reorgs, RolledBack: pr.RolledBack, Packets: len(packets), Following: c.Bool("follow")}
	if err := r.emit(out, func(w io.Writer) { printIndex(w, out) }); err != nil {
		return err
	}
	if !c.Bool("follow") {
		return nil
	}
	ix, err := s.indexer(db, c.Uint64("confirmations"), r.logger())
	if err != nil {
		return err
	}
	return ix.Run(ctx, interval) // until Main cancels ctx; sync errors are logged and retried with backoff
}

func printIndex(w io.Writer, out *indexOutput) {
	fmt.Fprintf(w, "Indexed %s (%s) up to block %d of %d; the index holds %s\n", plural(out.Events, "new event", "new events"),
		plural(out.Batches, "batch", "batches"), out.Checkpoint, out.Head, plural(out.Packets, "packet", "packets"))
	if out.Reorgs > 0 {
		fmt.Fprintf(w, "  %s rolled back and replayed (%s removed)\n", plural(out.Reorgs, "reorg", "reorgs"), plural(out.RolledBack, "event", "events"))
	}
	fmt.Fprintf(w, "  database    %s\n", out.DB)
	if out.Following {
		fmt.Fprintln(w, "Following new blocks; logs on stderr. Press Ctrl-C to stop.")
	}
}

// readIndex opens the session's index and, unless --no-sync, brings it up to date. With --no-sync the
// database must exist already.
func (r *runner) readIndex(c *cli.Context, s *session) (*indexer.DB, error) {
	if c.Bool("no-sync") && !s.indexExists() {
		return nil, failf("NoIndex", "there is no index at %s yet; run `hongbao index` (or leave out --no-sync)", s.indexPath())
	}
	db, err := s.openIndex(c.Context)
	if err != nil {
		return nil, err
	}
	if c.Bool("no-sync") {
		return db, nil
	}
	err = r.spin("updating the index…", func() error {
		_, err := s.syncIndex(c.Context, db, c.Uint64("confirmations"))
		return err
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func (r *runner) historyCommand() *cli.Command {
	return &cli.Command{
		Name:  "history",
		Usage: "the records of an address or a packet, from the index: every event with time, tx and amounts",
		Description: `Without a filter it shows the history of your account (--private-key or --account), or of every packet
when no account is configured. --address selects the events that name the address and every event of the
packets it sent or was the recipient of.

EXAMPLES:
   hongbao history --private-key 0x…
   hongbao history --packet 7
   hongbao history --address 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --csv > bob.csv`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "address", Usage: "the events of this address"},
			&cli.StringFlag{Name: "packet", Usage: "the events of this packet"},
			&cli.BoolFlag{Name: "csv", Usage: "write CSV (the columns of export)"},
			&cli.BoolFlag{Name: "all", Usage: "every event of the escrow"},
			confirmationsFlag(), noSyncFlag(),
		},
		Action: r.history,
	}
}

// historyFilter reads --address, --packet and --all (default: the signer's address, if any).
func historyFilter(c *cli.Context, g *globals) (indexer.Filter, error) {
	var f indexer.Filter
	if a := c.String("address"); a != "" {
		addr, err := parseAddress("--address", a)
		if err != nil {
			return f, err
		}
		f.Address = addr
	}
	if p := c.String("packet"); p != "" {
		id, err := parseID(p)
		if err != nil {
			return f, err
		}
		if !id.IsUint64() {
			return f, usagef("InvalidPacketID", "packet %s does not exist: ids are far smaller", id)
		}
		f.PacketID = id.Uint64()
	}
	if f == (indexer.Filter{}) && !c.Bool("all") {
		me, ok, err := g.signerAddress()
		if err != nil {
			return f, err
		}
		if ok {
			f.Address = me
		}
	}
	return f, nil
}

type recordsOutput struct {
	Records []indexer.Record `json:"records"`
}

func (r *runner) history(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "history takes no arguments, only filters such as --packet ID (got %q)", c.Args().First())
	}
	if err := r.csvOverJSON(c); err != nil {
		return err
	}
	s, err := r.open(c, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	f, err := historyFilter(c, s.g)
	if err != nil {
		return err
	}
	db, err := r.readIndex(c, s)
	if err != nil {
		return err
	}
	defer db.Close()
	recs, err := db.History(c.Context, f)
	if err != nil {
		return failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	if c.Bool("csv") {
		return writeRecordsCSV(r.stdout, recs)
	}
	return r.emit(&recordsOutput{Records: nonNilRecords(recs)}, func(w io.Writer) { printRecords(w, recs, f) })
}

func nonNilRecords(recs []indexer.Record) []indexer.Record {
	if recs == nil {
		return []indexer.Record{}
	}
	return recs
}

func printRecords(w io.Writer, recs []indexer.Record, f indexer.Filter) {
	what := "every packet"
	switch {
	case f.PacketID != 0 && f.Address != (common.Address{}):
		what = fmt.Sprintf("packet %d and %s", f.PacketID, f.Address.Hex())
	case f.PacketID != 0:
		what = fmt.Sprintf("packet %d", f.PacketID)
	case f.Address != (common.Address{}):
		what = f.Address.Hex()
	}
	if len(recs) == 0 {
		fmt.Fprintf(w, "No records of %s.\n", what)
		return
	}
	fmt.Fprintf(w, "%s of %s:\n", plural(len(recs), "record", "records"), what)
	fmt.Fprintf(w, "  %-20s  %6s  %-22s  %6s  %-13s  %-13s  %s\n", "TIME (UTC)", "BLOCK", "EVENT", "PACKET", "ACCOUNT", "COUNTERPARTY", "AMOUNT")
	for _, rec := range recs {
		fmt.Fprintf(w, "  %-20s  %6d  %-22s  %6s  %-13s  %-13s  %s\n", rec.Time.UTC().Format("2006-01-02 15:04:05"), rec.Block, rec.Event,
			optNum(rec.PacketID), optShort(rec.Account), optShort(rec.Counterparty), recordAmount(rec))
	}
}

func optNum(v uint64) string {
	if v == 0 {
		return "-"
	}
	return strconv.FormatUint(v, 10)
}

func optShort(a common.Address) string {
	if a == (common.Address{}) {
		return "-"
	}
	return short(a)
}

func recordAmount(rec indexer.Record) string {
	if rec.Amount == nil {
		return ""
	}
	return money{symbol: rec.Token.Label(), decimals: rec.Token.Decimals}.fmt(rec.Amount)
}

// recordCSVHeader are the columns of history --csv: those of export (indexer.DB.Export).
var recordCSVHeader = []string{"block_number", "block_time", "block_hash", "tx_hash", "log_index", "event", "packet_id", "org_id", "token",
	"symbol", "decimals", "account", "counterparty", "amount_base", "amount", "details"}

func writeRecordsCSV(w io.Writer, recs []indexer.Record) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(recordCSVHeader); err != nil {
		return fmt.Errorf("write CSV: %w", err)
	}
	for _, rec := range recs {
		line := []string{strconv.FormatUint(rec.Block, 10), rec.Time.UTC().Format(time.RFC3339), rec.BlockHash.Hex(), rec.TxHash.Hex(),
			strconv.FormatUint(uint64(rec.LogIndex), 10), rec.Event, optZero(rec.PacketID), optZero(rec.OrgID), "", "", "",
			optHex(rec.Account), optHex(rec.Counterparty), "", "", string(rec.Details)}
		if rec.HasToken {
			line[8], line[9], line[10] = rec.Token.Address.Hex(), rec.Token.Symbol, strconv.Itoa(int(rec.Token.Decimals))
		}
		if rec.Amount != nil {
			line[13], line[14] = rec.Amount.String(), indexer.FormatUnits(rec.Amount, rec.Token.Decimals)
		}
		if err := cw.Write(line); err != nil {
			return fmt.Errorf("write CSV: %w", err)
		}
	}
	cw.Flush()
	return cw.Error()
}

func optZero(v uint64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatUint(v, 10)
}

func optHex(a common.Address) string {
	if a == (common.Address{}) {
		return ""
	}
	return a.Hex()
}

func (r *runner) exportCommand() *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "export every event of a period as CSV (block time, tx hash, amounts in base and whole units)",
		Description: `The audit trail of rules §6: every event of the escrow with a block time from --from (inclusive) to --to
(exclusive; a bare date means the end of that day), with its block, transaction, packet or organisation,
token, parties, the amount in base units and in whole units, and every argument as JSON. Dates are
YYYY-MM-DD (UTC), RFC 3339 times, or unix seconds; either end may be left open.

EXAMPLES:
   hongbao export --from 2026-01-01 --to 2026-12-31 --csv > hongbao-2026.csv
   hongbao export --from 2026-05-01 --out may.csv`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "from", Usage: "first day or time (inclusive)"},
			&cli.StringFlag{Name: "to", Usage: "last day (inclusive) or time (exclusive)"},
			&cli.BoolFlag{Name: "csv", Usage: "CSV (the default format)"},
			&cli.StringFlag{Name: "out", Usage: "write to this file instead of stdout"},
			confirmationsFlag(), noSyncFlag(),
		},
		Action: r.export,
	}
}

// exportOutput is the JSON of export: the records, or with --out where they went.
type exportOutput struct {
	From    int64            `json:"from,omitempty"`
	To      int64            `json:"to,omitempty"`
	Out     string           `json:"out,omitempty"`
	Count   int              `json:"count"`
	Records []indexer.Record `json:"records,omitempty"`
}

func (r *runner) export(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "export takes no arguments, only --from, --to and --out (got %q)", c.Args().First())
	}
	if c.String("out") == "" {
		if err := r.csvOverJSON(c); err != nil {
			return err
		}
	}
	from, err := parseDate("from", c.String("from"), false)
	if err != nil {
		return err
	}
	to, err := parseDate("to", c.String("to"), true)
	if err != nil {
		return err
	}
	if !from.IsZero() && !to.IsZero() && !to.After(from) {
		return usagef("InvalidFlag", "--to %s is not after --from %s", c.String("to"), c.String("from"))
	}
	s, err := r.open(c, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	db, err := r.readIndex(c, s)
	if err != nil {
		return err
	}
	defer db.Close()
	recs, err := recordsBetween(c.Context, db, from, to)
	if err != nil {
		return failf("IndexFailed", "cannot read the index %s: %v", s.indexPath(), err)
	}
	out := &exportOutput{From: unixOrZero(from), To: unixOrZero(to), Out: c.String("out"), Count: len(recs)}
	if out.Out != "" {
		return r.exportToFile(out, from, to, db, c)
	}
	if r.jsonOut && !c.Bool("csv") { // --csv typed over a standing JSON setting wins (csvOverJSON)
		out.Records = nonNilRecords(recs)
		return r.emit(out, nil)
	}
	return db.Export(c.Context, from, to, r.stdout)
}

// exportToFile writes the CSV to --out atomically and says so.
func (r *runner) exportToFile(out *exportOutput, from, to time.Time, db *indexer.DB, c *cli.Context) error {
	var b strings.Builder
	if err := db.Export(c.Context, from, to, &b); err != nil {
		return failf("IndexFailed", "cannot export: %v", err)
	}
	if err := deploy.WriteFileAtomic(out.Out, []byte(b.String()), 0o644); err != nil {
		return failf("WriteFailed", "cannot write %s: %v", out.Out, unwrapPathError(err))
	}
	return r.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "Exported %s to %s\n", plural(out.Count, "event", "events"), out.Out)
	})
}

// recordsBetween are the records with a block time in [from, to) (zero: open).
func recordsBetween(ctx context.Context, db *indexer.DB, from, to time.Time) ([]indexer.Record, error) {
	all, err := db.History(ctx, indexer.Filter{})
	if err != nil {
		return nil, err
	}
	var out []indexer.Record
	for _, rec := range all {
		if (!from.IsZero() && rec.Time.Before(from)) || (!to.IsZero() && !rec.Time.Before(to)) {
			continue
		}
		out = append(out, rec)
	}
	return out, nil
}

// parseDate reads --from/--to: YYYY-MM-DD (UTC; as an end, the end of that day), RFC 3339, or unix seconds.
func parseDate(flag, s string, end bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if d, err := time.Parse("2006-01-02", s); err == nil {
		if end {
			d = d.Add(24 * time.Hour)
		}
		return d, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 0 {
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Time{}, usagef("InvalidDate", "--%s %q is not a date: write YYYY-MM-DD, an RFC 3339 time or unix seconds", flag, s)
}

func (r *runner) reconcileCommand() *cli.Command {
	return &cli.Command{
		Name:  "reconcile",
		Usage: "check the books: per token, the escrow's balance on chain against what the index says it owes",
		Description: `Per token, the escrow's balance on chain (at the index's checkpoint block) against the sum of the live
packets' remaining, the organisations' budgets and the pull balances, as the index rebuilt them from the
logs. It prints both and the difference. A deficit (the escrow holds less than it owes) exits with code 1;
a surplus is tokens sent to the escrow directly, which no one can take (rules §4), and is reported only.

For a token in deficit it also reads the escrow's own books at that block and names the cause: the index is
wrong (its books differ from the escrow's: re-index), or the escrow holds less than its own books, which a
token that charges fees on top of transfers causes (such tokens are unsupported, see docs/design.md).

EXAMPLE:
   hongbao reconcile`,
		Flags:  []cli.Flag{confirmationsFlag(), noSyncFlag()},
		Action: r.reconcile,
	}
}

type reconcileOutput struct {
	Escrow    string            `json:"escrow"`
	Block     uint64            `json:"block"`
	BlockHash string            `json:"blockHash"`
	Balanced  bool              `json:"balanced"`
	Deficit   bool              `json:"deficit"`
	Tokens    []tokenBookLine   `json:"tokens"`
	Error     map[string]string `json:"error,omitempty"`
}

type tokenBookLine struct {
	Token       string `json:"token"`
	Symbol      string `json:"symbol"`
	Decimals    uint8  `json:"decimals"`
	OnChain     string `json:"onChain"`
	Packets     string `json:"packets"`
	LivePackets int    `json:"livePackets"`
	// PendingShares: claims of live sealed packets whose share waits for its draw (their money is in Packets).
	PendingShares int    `json:"pendingShares"`
	Budgets       string `json:"budgets"`
	Owed          string `json:"owed"`
	Expected      string `json:"expected"`
	Difference    string `json:"difference"`
	// Books, IndexWrong, TokenShort and Explanation are set for a token in deficit only: the escrow's own
	// books at the block, and what the comparison says (see indexer.TokenReconciliation).
	Books       string `json:"books,omitempty"`
	IndexWrong  bool   `json:"indexWrong,omitempty"`
	TokenShort  bool   `json:"tokenShort,omitempty"`
	Explanation string `json:"explanation,omitempty"`
}

func (r *runner) reconcile(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("InvalidArgs", "reconcile takes no arguments (got %q)", c.Args().First())
	}
	s, err := r.open(c, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	db, err := r.readIndex(c, s)
	if err != nil {
		return err
	}
	defer db.Close()
	rec, err := db.Reconcile(c.Context, s.ec)
	if errors.Is(err, indexer.ErrNotSynced) {
		return failf("NoIndex", "the index %s has not indexed any block yet; run `hongbao index`", s.indexPath())
	}
	if err != nil {
		return failf("ReconcileFailed", "cannot reconcile: %v", err)
	}
	out := reconcileJSON(rec)
	var deficit *Error
	if rec.Deficit() {
		deficit = failf("Deficit", "the escrow holds less than the index says it owes (%s): %s",
			deficitTokens(rec), deficitCauses(rec, s.indexPath()))
		deficit.reported = r.jsonOut // the JSON object below carries it
		out.Error = map[string]string{"code": deficit.Code, "message": deficit.Message}
	}
	if err := r.emit(out, func(w io.Writer) { printReconcile(w, rec) }); err != nil {
		return err
	}
	if deficit != nil {
		return deficit
	}
	return nil
}

func reconcileJSON(rec *indexer.Reconciliation) *reconcileOutput {
	out := &reconcileOutput{Escrow: rec.Escrow.Hex(), Block: rec.Block, BlockHash: rec.BlockHash.Hex(), Balanced: rec.Balanced(),
		Deficit: rec.Deficit(), Tokens: []tokenBookLine{}}
	for _, t := range rec.Tokens {
		line := tokenBookLine{Token: t.Token.Address.Hex(), Symbol: t.Token.Label(), Decimals: t.Token.Decimals,
			OnChain: t.OnChain.String(), Packets: t.Packets.String(), LivePackets: t.LivePackets, PendingShares: t.PendingShares, Budgets: t.Budgets.String(),
			Owed: t.Owed.String(), Expected: t.Expected.String(), Difference: t.Difference.String(),
			IndexWrong: t.IndexWrong(), TokenShort: t.TokenShort(), Explanation: t.Explain()}
		if t.Books != nil {
			line.Books = t.Books.String()
		}
		out.Tokens = append(out.Tokens, line)
	}
	return out
}

// deficitCauses is, per token in deficit, what the comparison with the escrow's own books says, and where the
// index is when it has to be rebuilt.
func deficitCauses(rec *indexer.Reconciliation, indexPath string) string {
	var parts []string
	reindex := false
	for _, t := range rec.Tokens {
		if t.Difference.Sign() >= 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s: %s", t.Token.Label(), t.Explain()))
		reindex = reindex || t.IndexWrong() || !t.TokenShort()
	}
	out := strings.Join(parts, ". ")
	if reindex {
		out += fmt.Sprintf(" (the index is %s: delete it, then `hongbao index`)", indexPath)
	}
	return out
}

func deficitTokens(rec *indexer.Reconciliation) string {
	var parts []string
	for _, t := range rec.Tokens {
		if t.Difference.Sign() < 0 {
			m := money{symbol: t.Token.Label(), decimals: t.Token.Decimals}
			parts = append(parts, fmt.Sprintf("%s short in %s", m.fmt(new(big.Int).Neg(t.Difference)), m.symbol))
		}
	}
	return strings.Join(parts, ", ")
}

func printReconcile(w io.Writer, rec *indexer.Reconciliation) {
	fmt.Fprintf(w, "Books of escrow %s at block %d:\n", rec.Escrow.Hex(), rec.Block)
	if len(rec.Tokens) == 0 {
		fmt.Fprintln(w, "  no token has moved through the escrow yet")
	}
	for _, t := range rec.Tokens {
		m := money{symbol: t.Token.Label(), decimals: t.Token.Decimals}
		fmt.Fprintf(w, "  %s\n", m.symbol)
		fmt.Fprintf(w, "    on chain          %s\n", m.fmt(t.OnChain))
		fmt.Fprintf(w, "    live packets      %s (%s)\n", m.fmt(t.Packets), plural(t.LivePackets, "packet", "packets"))
		if t.PendingShares > 0 {
			fmt.Fprintf(w, "      of which held by %s waiting for their draw (sealed packets)\n", plural(t.PendingShares, "claim", "claims"))
		}
		fmt.Fprintf(w, "    org budgets       %s\n", m.fmt(t.Budgets))
		fmt.Fprintf(w, "    pull balances     %s\n", m.fmt(t.Owed))
		fmt.Fprintf(w, "    difference        %s  %s\n", m.fmt(t.Difference), verdict(t.Difference))
		if t.Books != nil {
			fmt.Fprintf(w, "    escrow's books    %s  (its own views at this block)\n", m.fmt(t.Books))
		}
		if e := t.Explain(); e != "" {
			fmt.Fprintf(w, "    %s\n", upperFirst(e))
		}
	}
	if rec.Balanced() {
		fmt.Fprintln(w, "Balanced: the escrow holds exactly what it owes.")
	}
}

// upperFirst capitalises the first letter of a sentence.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func verdict(d *big.Int) string {
	switch d.Sign() {
	case 0:
		return "balanced"
	case 1:
		return "surplus (sent to the escrow directly; no one can take it)"
	}
	return "DEFICIT"
}

// csvOverJSON settles --csv against --json: both typed on the command line conflict; --csv typed with JSON
// only from HONGBAO_JSON or a .env file means CSV (the explicit flag wins over the standing setting).
func (r *runner) csvOverJSON(c *cli.Context) error {
	if !c.Bool("csv") || !r.jsonOut {
		return nil
	}
	if jsonTyped(c) {
		return usagef("InvalidFlag", "give --csv or --json, not both")
	}
	r.jsonOut = false
	return nil
}

// jsonTyped says whether --json was given on the command line (not only by the environment).
func jsonTyped(c *cli.Context) bool {
	for _, ctx := range c.Lineage() {
		if ctx.IsSet("json") {
			return true
		}
	}
	return false
}
