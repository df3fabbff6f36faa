//go:build !(linux || darwin || dragonfly || freebsd || netbsd || openbsd)

package cli

import (
	"errors"
	"os"
)

// readPasswordNoEcho is not available on this platform: the caller asks for --password-file instead.
func readPasswordNoEcho(*os.File) (string, error) {
	return "", errors.New("cannot read a password without echo on this platform; use --password-file")
}
