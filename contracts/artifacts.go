// Package contracts carries the compiled artifacts Go code needs beyond the bindings: the runtime code of the
// escrow and its extension as compiled (out/<Contract>.runtime.json, written by scripts/compile.js), so that a
// deployment's code can be checked byte for byte against what this version of the sources compiles to.
package contracts

import (
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

//go:embed out/HongbaoEscrow.runtime.json out/HongbaoAdmin.runtime.json
var files embed.FS

// Names of the contracts whose runtime code is embedded.
const (
	Escrow    = "HongbaoEscrow"
	Extension = "HongbaoAdmin"
)

// Runtime is a contract's runtime code as compiled: the immutables, which the constructor fills in, are
// zeros in Code, and Immutables says where they are.
type Runtime struct {
	Name       string
	Code       []byte
	Immutables []Range
}

// Range is a byte range of the runtime code: Start and Len in bytes.
type Range struct{ Start, Len int }

var (
	loadOnce sync.Once
	runtimes map[string]*Runtime
	loadErr  error
)

// LoadRuntime returns the embedded runtime of name (Escrow or Extension).
func LoadRuntime(name string) (*Runtime, error) {
	loadOnce.Do(func() {
		runtimes = map[string]*Runtime{}
		for _, n := range []string{Escrow, Extension} {
			r, err := parseRuntime(n)
			if err != nil {
				loadErr = err
				return
			}
			runtimes[n] = r
		}
	})
	if loadErr != nil {
		return nil, loadErr
	}
	r, ok := runtimes[name]
	if !ok {
		return nil, fmt.Errorf("no runtime artifact of %q", name)
	}
	return r, nil
}

func parseRuntime(name string) (*Runtime, error) {
	path := "out/" + name + ".runtime.json"
	data, err := files.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw struct {
		Runtime    string   `json:"runtime"`
		Immutables [][2]int `json:"immutables"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("contracts/%s: %w", path, err)
	}
	code, err := hex.DecodeString(strings.TrimPrefix(raw.Runtime, "0x"))
	if err != nil || len(code) == 0 {
		return nil, fmt.Errorf("contracts/%s: runtime is not hex code (%v)", path, err)
	}
	r := &Runtime{Name: name, Code: code}
	for _, im := range raw.Immutables {
		rg := Range{Start: im[0], Len: im[1]}
		if rg.Start < 0 || rg.Len <= 0 || rg.Start+rg.Len > len(code) {
			return nil, fmt.Errorf("contracts/%s: immutable range [%d, %d) outside the %d bytes of code", path, rg.Start, rg.Start+rg.Len, len(code))
		}
		r.Immutables = append(r.Immutables, rg)
	}
	return r, nil
}

// Check compares code, as read from a chain, with the compiled runtime: it must have the same length and the
// same bytes everywhere except in the immutables (whose values the caller checks another way, e.g. through
// the contract's getters). The error names the first byte that differs.
func (r *Runtime) Check(code []byte) error {
	if len(code) == 0 {
		return fmt.Errorf("no code, where %s's runtime (%d bytes) should be", r.Name, len(r.Code))
	}
	if len(code) != len(r.Code) {
		return fmt.Errorf("the code is %d bytes long, %s's runtime is %d", len(code), r.Name, len(r.Code))
	}
	masked := make([]bool, len(code))
	for _, rg := range r.Immutables {
		for i := rg.Start; i < rg.Start+rg.Len; i++ {
			masked[i] = true
		}
	}
	for i := range code {
		if !masked[i] && code[i] != r.Code[i] {
			return fmt.Errorf("the code differs from %s's runtime at byte %d of %d (0x%02x, compiled 0x%02x)",
				r.Name, i, len(code), code[i], r.Code[i])
		}
	}
	return nil
}
