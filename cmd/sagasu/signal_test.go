package main

import (
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestSecondSignalEndsAtOnce: a server shutting down waits for a request
// in flight (here a body that stopped coming, within its timeout); a
// second signal ends the process at once instead of being ignored.
func TestSecondSignalEndsAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "data")
	cmd, base := startBinary(t, bin, "-data-dir", dir, "-api-key", "k", "-sample=false",
		"-request-timeout", "60s", "-shutdown-timeout", "60s")
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// A PUT whose body stops after its first bytes: in flight until its
	// 60 s body timeout.
	fmt.Fprintf(conn, "PUT /v1/articles/slow HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Length: 1000\r\n\r\n{\"title\":")
	time.Sleep(300 * time.Millisecond)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		t.Fatalf("the server exited at the first signal (%v), not waiting for the request in flight", err)
	case <-time.After(time.Second):
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		t.Fatal("the server still runs 10 s after a second SIGTERM")
	}
}
