package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"sagasu/index"
)

// Connections are bounded by the process's open files. Every client
// connection holds a file descriptor, and so does every segment of the
// index: twenty thousand idle keep-alive connections used up the limit,
// and then writes failed opening their segment files (500) and accept
// failed over and over. Past the bound, new connections wait in the
// kernel's backlog until one closes, and the index keeps the other half,
// however low the limit: a floor of 64 connections had given them every
// file under `ulimit -n 64`, and 100 idle connections then made a write
// fail to open its segment and the index unusable until a restart.
const (
	minConns = 64
	maxConns = 10000
)

// connLimit returns the connection bound: n when set, else
// connLimitFor the process's open-file limit.
func connLimit(n int) int {
	if n > 0 {
		return n
	}
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		return connLimitFor(0)
	}
	return connLimitFor(rl.Cur)
}

// connLimitFor returns the connection bound under an open-file limit of
// files (0: unknown): half of it, within minConns and maxConns, but never
// more than half (a limit under 2×minConns gives half, at least one).
func connLimitFor(files uint64) int {
	switch {
	case files == 0:
		return 1024
	case files < 2*minConns:
		return int(max(files/2, 1))
	}
	return int(min(files/2, maxConns))
}

// lowFileLimit returns a warning when the open-file limit leaves the
// index few files beside the connections (under 2×minConns), else "".
func lowFileLimit() string {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil || rl.Cur == 0 || rl.Cur >= 2*minConns {
		return ""
	}
	return fmt.Sprintf("the open-file limit (ulimit -n) is %d: at most %d client connections, and the index may run out of files for its segments (writes then fail); raise it to %d or more", rl.Cur, connLimitFor(rl.Cur), 4*minConns)
}

// checkBackupDir makes sure backups can be written into dir: it is, or
// can be made, a directory, and it is not inside the data directory,
// where a reindex deletes what it does not know.
func checkBackupDir(dir, dataDir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("-backup-dir %s: %w", dir, err)
	}
	if data, err := filepath.Abs(dataDir); err == nil && (abs == data || strings.HasPrefix(abs, data+string(filepath.Separator))) {
		return fmt.Errorf("-backup-dir %s is inside the data directory %s: choose a directory outside it", dir, dataDir)
	}
	if err := index.BrokenLink(dir); err != nil {
		return fmt.Errorf("-backup-dir %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("-backup-dir %s cannot be made a directory: %w", dir, err)
	}
	f, err := os.CreateTemp(dir, ".sagasu-write-test-*")
	if err != nil {
		return fmt.Errorf("-backup-dir %s is not writable: %w", dir, err)
	}
	f.Close()
	return os.Remove(f.Name())
}

// checkBenchRanges names the bench flag that is out of range, with its
// own range: the message had listed the five rules at once whichever
// was given (robustness 31's Left).
func checkBenchRanges(c benchConfig) error {
	switch {
	case c.clients < 1 || c.clients > 1000:
		return fmt.Errorf("-clients %d: use 1–1000 concurrent clients", c.clients)
	case c.duration <= 0:
		return fmt.Errorf("-duration %s: give a positive duration, e.g. 30s", c.duration)
	case c.warmup < 0:
		return fmt.Errorf("-warmup %s: give a duration of 0s (none) or more", c.warmup)
	case c.requests < 0:
		return fmt.Errorf("-requests %d: use 0 (no limit but -duration) or more", c.requests)
	case c.rate < 0 || c.rate > maxBenchRate:
		return fmt.Errorf("-rate %d: use 0 (closed loop) to %d requests a second", c.rate, maxBenchRate)
	}
	return nil
}
