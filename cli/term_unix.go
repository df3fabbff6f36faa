//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package cli

import (
	"bufio"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// readPasswordNoEcho reads a line from the terminal f with echo switched off, as golang.org/x/term does
// (that module is not in this module's requirements; x/sys is).
func readPasswordNoEcho(f *os.File) (string, error) {
	fd := int(f.Fd())
	old, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return "", fmt.Errorf("read terminal settings: %w", err)
	}
	quiet := *old
	quiet.Lflag &^= unix.ECHO
	quiet.Lflag |= unix.ICANON | unix.ISIG
	quiet.Iflag |= unix.ICRNL
	if err := unix.IoctlSetTermios(fd, ioctlSetTermios, &quiet); err != nil {
		return "", fmt.Errorf("switch off echo: %w", err)
	}
	// Restore the terminal whatever happens; the password was read or the read failed.
	defer unix.IoctlSetTermios(fd, ioctlSetTermios, old) //nolint:errcheck
	return readLine(bufio.NewReader(f))
}
