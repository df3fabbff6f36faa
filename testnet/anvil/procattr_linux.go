package anvil

import "syscall"

// sysProcAttr kills Anvil with the test binary that started it, should that die without Close
// (a panic, a timeout): no orphaned nodes holding ports and memory.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
