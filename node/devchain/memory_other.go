//go:build !linux

package devchain

func releaseExecutablePages() {}
