package integrationtest

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// eip712Source is what the contract source says about its EIP-712 domain and types.
type eip712Source struct {
	name, version       string
	claimType, claimFor string
}

var (
	domainRe    = regexp.MustCompile(`EIP712\("([^"]*)",\s*"([^"]*)"\)`)
	claimRe     = regexp.MustCompile(`CLAIM_TYPEHASH\s*=\s*keccak256\("([^"]*)"\)`)
	claimForRe  = regexp.MustCompile(`CLAIM_FOR_TYPEHASH\s*=\s*keccak256\("([^"]*)"\)`)
	domainTypes = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

func readEIP712Source(t *testing.T) eip712Source {
	t.Helper()
	src := string(readRepoFile(t, "contracts/src/HongbaoEscrow.sol"))
	find := func(re *regexp.Regexp) []string {
		m := re.FindStringSubmatch(src)
		require.NotNil(t, m, "contracts/src/HongbaoEscrow.sol has no match for %s", re)
		return m
	}
	d := find(domainRe)
	return eip712Source{name: d[1], version: d[2], claimType: find(claimRe)[1], claimFor: find(claimForRe)[1]}
}

func typehash(s string) string { return crypto.Keccak256Hash([]byte(s)).Hex() }

// renderEIP712 is the generated table of the EIP-712 domain and types, from the contract source.
func renderEIP712(s eip712Source) string {
	var b strings.Builder
	b.WriteString("| Struct | Encoded type (hashed into the typehash) | Typehash |\n| --- | --- | --- |\n")
	for _, row := range [][2]string{{"EIP712Domain", domainTypes}, {"Claim", s.claimType}, {"ClaimFor", s.claimFor}} {
		fmt.Fprintf(&b, "| `%s` | `%s` | `%s` |\n", row[0], row[1], typehash(row[1]))
	}
	fmt.Fprintf(&b, "\nDomain: name `%q`, version `%q`, chainId = the chain's id, verifyingContract = the escrow's address.\n",
		s.name, s.version)
	return b.String()
}

func TestEIP712Table(t *testing.T) {
	s := readEIP712Source(t)
	// The names and field order the signing code in node/sig, the relayer and the claim page rely on.
	require.Equal(t, "Hongbao", s.name)
	require.Equal(t, "1", s.version)
	require.Equal(t, "Claim(uint256 packetId,address claimer)", s.claimType)
	require.Equal(t, "ClaimFor(uint256 packetId,address claimer,address relayer,uint256 maxFee,uint256 deadline)", s.claimFor)
	checkRegion(t, "eip712", renderEIP712(s))
}

// TestEIP712ExampleMatchesSource checks the domain and types of the viem example against the contract source:
// the example is what dApp developers copy.
func TestEIP712ExampleMatchesSource(t *testing.T) {
	s := readEIP712Source(t)
	code := exampleCode(t, readDoc(t))
	for _, want := range []string{
		fmt.Sprintf("name: '%s'", s.name), fmt.Sprintf("version: '%s'", s.version),
		viemTypeLiteral(s.claimType), viemTypeLiteral(s.claimFor),
	} {
		require.True(t, strings.Contains(code, want), "the viem example must have %s (from the contract source)", want)
	}
}

// viemTypeLiteral turns "Claim(uint256 packetId,address claimer)" into the viem types entry
// "Claim: [{ name: 'packetId', type: 'uint256' }, { name: 'claimer', type: 'address' }]".
func viemTypeLiteral(typ string) string {
	name, rest, _ := strings.Cut(typ, "(")
	var fields []string
	for _, f := range strings.Split(strings.TrimSuffix(rest, ")"), ",") {
		ty, n, _ := strings.Cut(f, " ")
		fields = append(fields, fmt.Sprintf("{ name: '%s', type: '%s' }", n, ty))
	}
	return name + ": [" + strings.Join(fields, ", ") + "]"
}
