package devchain

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// releaseExecutablePages pages out the executable's read-only pages (MADV_PAGEOUT, as memory pressure would);
// the kernel reads back what runs later, a small folio at a time. Start-up runs the initialisers of every
// package of the program (go-ethereum's included), which are spread over the whole binary, and the kernel
// caches and maps the binary in large folios (up to 2 MB, mapped whole on a fault since Linux 6.18): an idle
// `hongbao devnet` otherwise keeps 40-50 MB of its 70 MB executable resident for code it ran once. Merely
// unmapping the pages (MADV_DONTNEED) does not help: the next faults map the same large folios again. Pages
// that another process maps too are left alone by the kernel. Only mappings of the executable that are not
// writable and hold no private (copied-on-write) page are advised. Errors are ignored: this only lowers the
// resident size.
func releaseExecutablePages() {
	exe, err := os.Executable()
	if err != nil {
		return
	}
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return
	}
	defer f.Close()
	type vma struct {
		start, end uintptr
		ok         bool // a read-only mapping of the executable
		anon       bool // holds private pages
	}
	var all []vma
	cur := -1
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if rng, ok := strings.CutSuffix(fields[0], ":"); ok {
			// A field line of the current mapping ("Anonymous:   12 kB").
			if cur >= 0 && rng == "Anonymous" && len(fields) > 1 && fields[1] != "0" {
				all[cur].anon = true
			}
			continue
		}
		lo, hi, ok := strings.Cut(fields[0], "-")
		if !ok || len(fields) < 2 {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil {
			cur = -1
			continue
		}
		perms := fields[1]
		path := ""
		if len(fields) >= 6 {
			path = fields[5]
		}
		all = append(all, vma{start: uintptr(start), end: uintptr(end), ok: path == exe && !strings.Contains(perms, "w") && strings.HasSuffix(perms, "p")})
		cur = len(all) - 1
	}
	if sc.Err() != nil {
		return
	}
	const (
		madvNoHugepage = 15 // MADV_NOHUGEPAGE: no 2 MB mappings when the pages come back
		madvPageout    = 21 // MADV_PAGEOUT (Linux 5.4)
	)
	for _, v := range all {
		if !v.ok || v.anon {
			continue
		}
		n := v.end - v.start
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, v.start, n, madvNoHugepage)
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, v.start, n, madvPageout)
	}
}
