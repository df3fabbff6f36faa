package devchain

import "runtime/debug"

// ReleaseStartupMemory hands back to the operating system what starting a chain used and a running one does
// not need: the start-up garbage on the heap (debug.FreeOSMemory), and on Linux the pages of the executable
// that start-up touched (see releaseExecutablePages). A program that runs one chain for a long time (`hongbao
// devnet`) calls it once the chain is up; it is not for tests or programs that start chains again and again.
func ReleaseStartupMemory() {
	debug.FreeOSMemory()
	releaseExecutablePages()
}
