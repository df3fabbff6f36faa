package integrationtest

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dappFunctions are the escrow functions the function table documents: the ones a dApp or a claim page
// calls. (Organisation, lock and policy administration are left to the ABI.)
var dappFunctions = []string{
	"send", "sendWithPermit", "claim", "claimFor", "getPacket", "getPacketMany", "hasClaimed", "claimedAmount",
	"hasClaimedMany", "lastPacketId", "deployBlock",
	"withdrawable", "refund", "refundMany", "withdrawCoolOff", "undo", "approveUndo", "decline", "returnFunds",
	"intercept", "owed", "withdrawOwed", "claimDigest", "claimForDigest", "domainSeparator", "eip712Domain",
	"luckyAmount", "tokenPolicy", "undoTier",
}

// entry is one row a table must have: the signature with parameter names (and `indexed` for events) as the
// document shows it, and the selector (4 bytes) or topic (32 bytes) computed from the canonical signature.
type entry struct {
	sig      string
	selector string
}

// tableRow is a row as the document has it.
type tableRow struct {
	sig, selector, meaning string
}

const todoMeaning = "TODO: say what it means"

var rowRe = regexp.MustCompile("^\\| `([^`]+)` \\| `(0x[0-9a-fA-F]+)` \\| (.*?) \\|$")

func loadEscrowABI(t *testing.T) abi.ABI {
	t.Helper()
	a, err := abi.JSON(bytes.NewReader(readRepoFile(t, "contracts/out/HongbaoEscrow.abi.json")))
	require.NoError(t, err, "parse contracts/out/HongbaoEscrow.abi.json")
	return a
}

// typeString is a parameter type with the field names of tuples: (uint128 maxAmount, uint32 window, bool consent)[].
func typeString(t abi.Type) string {
	switch t.T {
	case abi.TupleTy:
		parts := make([]string, len(t.TupleElems))
		for i, e := range t.TupleElems {
			parts[i] = typeString(*e) + " " + t.TupleRawNames[i]
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case abi.SliceTy:
		return typeString(*t.Elem) + "[]"
	case abi.ArrayTy:
		return fmt.Sprintf("%s[%d]", typeString(*t.Elem), t.Size)
	default:
		return t.String()
	}
}

func signature(name string, args abi.Arguments) string {
	parts := make([]string, len(args))
	for i, a := range args {
		p := typeString(a.Type)
		if a.Indexed {
			p += " indexed"
		}
		if a.Name != "" {
			p += " " + a.Name
		}
		parts[i] = p
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

func sortEntries(es []entry) []entry {
	sort.Slice(es, func(i, j int) bool { return es[i].sig < es[j].sig })
	return es
}

func eventEntries(a abi.ABI) []entry {
	var es []entry
	for _, ev := range a.Events {
		es = append(es, entry{sig: signature(ev.RawName, ev.Inputs), selector: ev.ID.Hex()})
	}
	return sortEntries(es)
}

func errorEntries(a abi.ABI) []entry {
	var es []entry
	for _, er := range a.Errors {
		es = append(es, entry{sig: signature(er.Name, er.Inputs), selector: hexutil.Encode(er.ID[:4])})
	}
	return sortEntries(es)
}

func functionEntries(t *testing.T, a abi.ABI) []entry {
	t.Helper()
	var es []entry
	for _, name := range dappFunctions {
		m, ok := a.Methods[name]
		require.True(t, ok, "the escrow ABI has no function %s (update dappFunctions)", name)
		es = append(es, entry{sig: signature(m.RawName, m.Inputs), selector: hexutil.Encode(m.ID)})
	}
	return sortEntries(es)
}

// parseTable reads the rows of a generated table; lines that look like rows but do not parse are problems.
func parseTable(body string) (rows []tableRow, problems []string) {
	for _, line := range strings.Split(body, "\n") {
		if !strings.HasPrefix(line, "|") || strings.HasPrefix(line, "| ---") || strings.HasPrefix(line, "| Signature") {
			continue
		}
		m := rowRe.FindStringSubmatch(line)
		if m == nil {
			problems = append(problems, fmt.Sprintf("cannot read the table row %q", line))
			continue
		}
		rows = append(rows, tableRow{sig: m[1], selector: m[2], meaning: strings.TrimSpace(m[3])})
	}
	return rows, problems
}

// tableProblems lists what is wrong in a table body against the ABI's entries: missing rows, wrong
// selectors, rows for signatures the ABI does not have, duplicates, and rows without a meaning.
func tableProblems(body string, want []entry) []string {
	rows, problems := parseTable(body)
	bySig := map[string]tableRow{}
	for _, r := range rows {
		if _, dup := bySig[r.sig]; dup {
			problems = append(problems, fmt.Sprintf("%s is listed twice", r.sig))
		}
		bySig[r.sig] = r
	}
	known := map[string]bool{}
	for _, e := range want {
		known[e.sig] = true
		r, ok := bySig[e.sig]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("%s (%s) is missing", e.sig, e.selector))
		case !strings.EqualFold(r.selector, e.selector):
			problems = append(problems, fmt.Sprintf("%s has %s in the document, but its selector is %s", e.sig, r.selector, e.selector))
		case r.meaning == "" || strings.HasPrefix(r.meaning, "TODO"):
			problems = append(problems, fmt.Sprintf("%s has no meaning yet: write one sentence", e.sig))
		}
	}
	for _, r := range rows {
		if !known[r.sig] {
			problems = append(problems, fmt.Sprintf("%s is not in the ABI (a wrong signature, or removed from the contract)", r.sig))
		}
	}
	return problems
}

// renderTable writes a table of the entries, keeping the meanings the document already has.
func renderTable(header string, es []entry, meanings map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "| Signature | %s | Meaning |\n| --- | --- | --- |\n", header)
	for _, e := range es {
		m := meanings[e.sig]
		if m == "" {
			m = todoMeaning
		}
		fmt.Fprintf(&b, "| `%s` | `%s` | %s |\n", e.sig, e.selector, m)
	}
	return b.String()
}

// checkTable checks one generated table of the document against the ABI (or rewrites it under -update).
func checkTable(t *testing.T, name, header string, es []entry) {
	t.Helper()
	body, err := region(readDoc(t), name)
	require.NoError(t, err)
	rows, _ := parseTable(body)
	meanings := map[string]string{}
	for _, r := range rows {
		meanings[r.sig] = r.meaning
	}
	if !*update {
		for _, p := range tableProblems(body, es) {
			assert.Fail(t, "docs/integration.md, table "+name, p)
		}
	}
	checkRegion(t, name, renderTable(header, es, meanings))
}

func TestEventTable(t *testing.T) {
	a := loadEscrowABI(t)
	es := eventEntries(a)
	require.Len(t, es, len(a.Events))
	checkTable(t, "events", "topic0", es)
}

func TestErrorTable(t *testing.T) {
	a := loadEscrowABI(t)
	es := errorEntries(a)
	require.Len(t, es, len(a.Errors))
	checkTable(t, "errors", "Selector", es)
}

func TestFunctionTable(t *testing.T) {
	checkTable(t, "functions", "Selector", functionEntries(t, loadEscrowABI(t)))
}

// TestTableChecker shows that the table check fails on each kind of drift (so that a green run means
// something), and that the selectors it computes are the well-known ones.
func TestTableChecker(t *testing.T) {
	a := loadEscrowABI(t)
	es := errorEntries(a)
	meanings := map[string]string{}
	for _, e := range es {
		meanings[e.sig] = "a meaning"
	}
	good := renderTable("Selector", es, meanings)
	require.Empty(t, tableProblems(good, es))

	sel := func(sig string) string {
		for _, e := range es {
			if e.sig == sig {
				return e.selector
			}
		}
		t.Fatalf("no error %s", sig)
		return ""
	}
	// OpenZeppelin's well-known selectors, computed independently of this package.
	require.Equal(t, "0x118cdaa7", sel("OwnableUnauthorizedAccount(address account)"))
	require.Equal(t, "0x3ee5aeb5", sel("ReentrancyGuardReentrantCall()"))
	require.Equal(t, "0x5274afe7", sel("SafeERC20FailedOperation(address token)"))
	claimed := eventEntries(a)
	require.Contains(t, claimed, entry{sig: "Claimed(uint256 indexed id, address indexed claimer, uint256 amount)",
		selector: crypto.Keccak256Hash([]byte("Claimed(uint256,address,uint256)")).Hex()})

	cases := []struct {
		name string
		edit func(string) string
		want string
	}{
		{"wrong selector", func(s string) string {
			return strings.Replace(s, "`"+sel("PacketExpired(uint256 id, uint40 expiresAt)")+"`", "`0xdeadbeef`", 1)
		}, "PacketExpired(uint256 id, uint40 expiresAt) has 0xdeadbeef in the document"},
		{"missing row", func(s string) string { return dropLine(s, "`ZeroAddress()`") }, "ZeroAddress() (" + sel("ZeroAddress()") + ") is missing"},
		{"unknown row", func(s string) string { return s + "| `Nope(uint256 id)` | `0x12345678` | no |\n" }, "Nope(uint256 id) is not in the ABI"},
		{"wrong parameter type", func(s string) string {
			return strings.Replace(s, "`PacketNotFound(uint256 id)`", "`PacketNotFound(uint64 id)`", 1)
		}, "PacketNotFound(uint256 id) (" + sel("PacketNotFound(uint256 id)") + ") is missing"},
		{"no meaning", func(s string) string {
			return strings.Replace(s, "`"+sel("LastAdmin(uint64 orgId)")+"` | a meaning |", "`"+sel("LastAdmin(uint64 orgId)")+"` | TODO |", 1)
		}, "LastAdmin(uint64 orgId) has no meaning yet"},
		{"broken row", func(s string) string { return s + "| PacketClosed | 0x | x |\n" }, "cannot read the table row"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			edited := c.edit(good)
			require.NotEqual(t, good, edited, "the edit must change the table")
			problems := tableProblems(edited, es)
			require.NotEmpty(t, problems)
			require.Contains(t, strings.Join(problems, "\n"), c.want)
		})
	}
}

func dropLine(s, containing string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, containing) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
