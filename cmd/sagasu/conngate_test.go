package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// serveGated serves srv, answering "ok", behind a gate of slots on a
// new loopback listener, closed at cleanup.
func serveGated(t *testing.T, slots int, srv *http.Server) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gate := newConnGate(ln, slots)
	srv.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	srv.ConnState = gate.track
	go srv.Serve(gate)
	t.Cleanup(func() { srv.Close() })
	return ln
}

// TestConnGateClosesIdleForNew: with every slot held by an idle
// keep-alive connection, a new client is served at once (the idlest
// connection is closed for it), not after the idle timeout.
func TestConnGateClosesIdleForNew(t *testing.T) {
	ln := serveGated(t, 2, &http.Server{IdleTimeout: time.Hour})

	for i := range 2 { // two connections, served once, then left idle
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if err := get(c); err != nil {
			t.Fatalf("idle connection %d: %v", i, err)
		}
	}
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := get(c); err != nil {
		t.Fatalf("a third connection with both slots idle: %v (want it served)", err)
	}
}

// TestConnGateKeepsAsManyAsSlots: as many idle keep-alive connections as
// there are slots all stay open while no other client comes.
func TestConnGateKeepsAsManyAsSlots(t *testing.T) {
	const slots = 3
	ln := serveGated(t, slots, &http.Server{IdleTimeout: time.Hour})
	var conns []net.Conn
	for range slots {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns = append(conns, c)
		if err := get(c); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(4 * gateRecheck)
	for i, c := range conns {
		if err := get(c); err != nil {
			t.Errorf("connection %d of %d, idle with no other client: %v (want it kept open)", i+1, slots, err)
		}
	}
}

// get sends a GET on c and reads the whole answer.
func get(c net.Conn) error {
	c.SetDeadline(time.Now().Add(20 * time.Second))
	if _, err := fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		return err
	}
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	_, err = io.ReadAll(res.Body)
	return err
}

// TestConnGateClosesSlowHeadersForNew: with every slot held by a
// connection still sending its request headers (a byte now and then), a
// new client is served at once, not after the header timeout.
func TestConnGateClosesSlowHeadersForNew(t *testing.T) {
	ln := serveGated(t, 2, &http.Server{ReadHeaderTimeout: time.Hour})
	for range 2 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\nX-a: ")
	}
	time.Sleep(100 * time.Millisecond) // both accepted, their headers unfinished
	client := &http.Client{Timeout: 20 * time.Second}
	start := time.Now()
	res, err := client.Get("http://" + ln.Addr().String() + "/")
	if err != nil {
		t.Fatalf("a third client with both slots sending headers: %v (want it served)", err)
	}
	res.Body.Close()
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("served after %v", d)
	}
}

// TestConnGateShutdownWithEverySlotBusy: with every slot held by a request
// still running, a shutdown returns at its deadline: the gate's Accept,
// waiting for a slot, sees the listener closed.
func TestConnGateShutdownWithEverySlotBusy(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gate := newConnGate(ln, 1)
	block, started := make(chan struct{}), make(chan struct{}, 1)
	defer close(block)
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			started <- struct{}{}
			<-block
		}),
		ConnState: gate.track,
	}
	go srv.Serve(gate)
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	<-started // the one slot is busy; Serve waits in the gate's Accept
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- srv.Shutdown(ctx) }()
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Shutdown = %v, want its deadline exceeded (a request is still running)", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("Shutdown still waiting 10 s after its deadline: the gate's Accept did not see the listener closed")
	}
}
