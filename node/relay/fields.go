package relay

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// parseUint256 reads a uint256 given as a decimal string, a 0x-hex string or a JSON integer.
func parseUint256(raw json.RawMessage, field string) (*big.Int, *apiError) {
	if raw == nil {
		return nil, missing(field)
	}
	s := strings.TrimSpace(string(raw))
	if strings.HasPrefix(s, `"`) {
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, invalidField(field, "a decimal string")
		}
	}
	if s == "null" {
		return nil, missing(field)
	}
	return uintFromString(s, field)
}

func uintFromString(s, field string) (*big.Int, *apiError) {
	v, ok := new(big.Int), false
	if rest, isHex := strings.CutPrefix(strings.ToLower(s), "0x"); isHex {
		ok = rest != "" && isHexDigits(rest)
		if ok {
			v.SetString(rest, 16)
		}
	} else {
		ok = s != "" && strings.Trim(s, "0123456789") == ""
		if ok {
			v.SetString(s, 10)
		}
	}
	if !ok {
		return nil, invalidField(field, "a whole number of base units (decimal digits, or 0x-hex)")
	}
	if v.Cmp(maxUint256) > 0 {
		return nil, errorf(http.StatusBadRequest, codeInvalidField, "field %q is larger than a uint256", field)
	}
	return v, nil
}

func isHexDigits(s string) bool { return strings.Trim(strings.ToLower(s), "0123456789abcdef") == "" }

// parseAddress reads a 0x-hex address. A mixed-case address must carry a correct EIP-55 checksum: a wrong
// one is a typo.
func parseAddress(raw json.RawMessage, field string) (common.Address, *apiError) {
	s, err := jsonString(raw, field)
	if err != nil {
		return common.Address{}, err
	}
	return addressFromString(s, field)
}

func addressFromString(s, field string) (common.Address, *apiError) {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
		return common.Address{}, invalidField(field, "a 0x-hex address of 20 bytes")
	}
	a := common.HexToAddress(s)
	body := s[2:]
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex() != s {
		return common.Address{}, errorf(http.StatusBadRequest, codeInvalidField,
			"field %q has a wrong EIP-55 checksum (did you mean %s?); check the address", field, a.Hex())
	}
	if a == (common.Address{}) {
		return common.Address{}, errorf(http.StatusBadRequest, codeInvalidField, "field %q is the zero address", field)
	}
	return a, nil
}

// parseHex reads 0x-hex bytes; "0x" and "" are empty. An absent field is empty when optional.
func parseHex(raw json.RawMessage, field string, optional bool) ([]byte, *apiError) {
	if raw == nil && optional {
		return []byte{}, nil
	}
	s, err := jsonString(raw, field)
	if err != nil {
		return nil, err
	}
	body, ok := strings.CutPrefix(s, "0x")
	if !ok && s != "" {
		return nil, invalidField(field, "0x-hex bytes")
	}
	b, herr := hex.DecodeString(body)
	if herr != nil {
		return nil, invalidField(field, "0x-hex bytes with an even number of digits")
	}
	return b, nil
}

func jsonString(raw json.RawMessage, field string) (string, *apiError) {
	if raw == nil || strings.TrimSpace(string(raw)) == "null" {
		return "", missing(field)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", invalidField(field, "a string")
	}
	return s, nil
}

func missing(field string) *apiError {
	return errorf(http.StatusBadRequest, codeMissingField, "field %q is required", field)
}

func invalidField(field, want string) *apiError {
	return errorf(http.StatusBadRequest, codeInvalidField, "field %q must be %s", field, want)
}
