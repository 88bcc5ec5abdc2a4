package main

import (
	"errors"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// connGate bounds the open connections (see connLimit). At the bound, a
// new connection closes the connection that has waited longest without a
// request to serve (a keep-alive waiting for a next request that may
// never come, or a new connection whose request headers have not all
// arrived within headerGrace) instead of waiting behind it: one client that opened ten
// thousand connections and left them idle had kept every other client
// waiting for the 30 s idle timeout, and ten thousand that sent their
// headers a byte a second had held searches up to 4 s (until the header
// timeout). A connection busy with a request is closed only when it waits
// for a body that trickles in slower than api.MinBodyRate (see
// shedSlowest); when all are busy otherwise, a new one waits, accepted but
// not read (the next ones in the kernel's backlog), until one ends.
type connGate struct {
	net.Listener
	slots chan struct{}
	// done is closed by Close: an Accept waiting for a slot returns, as
	// http.Server's Shutdown waits for Serve to.
	done      chan struct{}
	closeOnce sync.Once

	mu   sync.Mutex
	idle map[*gatedConn]waiting  // the connections without a request to serve
	busy map[*gatedConn]struct{} // the connections serving a request
}

// waiting is since when a connection has had no request to serve, and
// whether it is new (its first request's headers not all read).
type waiting struct {
	since time.Time
	new   bool
}

// headerGrace is how long a new connection has for its request headers
// before the gate may close it for another: a client sends them at once.
const headerGrace = time.Second

func newConnGate(ln net.Listener, n int) *connGate {
	return &connGate{Listener: ln, slots: make(chan struct{}, n), done: make(chan struct{}), idle: map[*gatedConn]waiting{}, busy: map[*gatedConn]struct{}{}}
}

// Close stops the gate: Accept returns net.ErrClosed, waiting or not.
func (g *connGate) Close() error {
	g.closeOnce.Do(func() { close(g.done) })
	return g.Listener.Close()
}

// gateRecheck is how often a connection waiting for a slot looks again
// for a waiting one (idle, or new and past headerGrace) to close.
const gateRecheck = 50 * time.Millisecond

// Accept accepts a connection, then waits for a slot for it, closing a
// waiting connection (see closeIdlest) to make one. (Waiting for a slot
// first had closed the idlest of n connections as soon as the nth was
// accepted, before any other client came: n-1 stayed open.)
func (g *connGate) Accept() (net.Conn, error) {
	c, err := g.Listener.Accept()
	if err != nil {
		return nil, err
	}
	select {
	case g.slots <- struct{}{}:
		return &gatedConn{Conn: c, gate: g}, nil
	default:
	}
	for {
		g.closeIdlest()
		select {
		case g.slots <- struct{}{}:
			return &gatedConn{Conn: c, gate: g}, nil
		case <-g.done:
			c.Close()
			return nil, net.ErrClosed
		case <-time.After(gateRecheck):
		}
	}
}

// closeIdlest closes the connection that has waited longest without a
// request, if any has; if none has, it sheds the slowest body (see
// shedSlowest).
func (g *connGate) closeIdlest() {
	g.mu.Lock()
	var oldest *gatedConn
	var since time.Time
	now := time.Now()
	for c, w := range g.idle {
		if w.new && now.Sub(w.since) < headerGrace {
			continue
		}
		if oldest == nil || w.since.Before(since) {
			oldest, since = c, w.since
		}
	}
	if oldest != nil {
		delete(g.idle, oldest)
	}
	g.mu.Unlock()
	if oldest != nil {
		oldest.Close()
		return
	}
	g.shedSlowest(now)
}

// track is the server's ConnState hook: it notes which connections have
// no request to serve. net/http reports a connection active once it has
// read a request's headers; until then it is new (or, between requests
// of a keep-alive, idle).
func (g *connGate) track(c net.Conn, s http.ConnState) {
	gc, ok := c.(*gatedConn)
	if !ok {
		return
	}
	switch s {
	case http.StateActive:
		gc.fresh.Store(true) // its next write starts the answer
		gc.body.reset()
	case http.StateIdle:
		// Between the requests of a keep-alive connection: the next
		// write starts an answer too, also when the next request was
		// read whole while the connection was idle and Go's server
		// answers its error without reporting it active. What timed
		// out before (the read that waited for a body, cut short when
		// the answer was done) says nothing of the next request.
		gc.fresh.Store(true)
		gc.late.Store(false)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if s == http.StateIdle || s == http.StateNew {
		g.idle[gc] = waiting{since: time.Now(), new: s == http.StateNew}
	} else {
		delete(g.idle, gc)
	}
	if s == http.StateActive {
		g.busy[gc] = struct{}{}
	} else {
		delete(g.busy, gc)
	}
}

// gatedConn gives its slot back when closed, and turns Go's server's own
// plain-text error answers into the API's JSON errors (see jsonHTTPError).
type gatedConn struct {
	net.Conn
	gate *connGate
	once sync.Once
	// fresh: nothing written since a request began to be read, so the
	// next write starts an answer (only that one may be Go's own error).
	fresh atomic.Bool
	// late: a read ran past its deadline (ReadHeaderTimeout, for a
	// request line and headers): Go's server then answers 400 for what
	// was slow, not malformed.
	late atomic.Bool
	// body: how the body of the request being served arrives, and
	// whether the gate shed the connection for it (see shedSlowest).
	body bodyPace
}

func (c *gatedConn) Read(p []byte) (int, error) {
	if c.body.isShed() {
		// (The gate's deadline may have been replaced by the API's own
		// before this read began.)
		return 0, os.ErrDeadlineExceeded
	}
	n, err := c.Conn.Read(p)
	if err != nil && errors.Is(err, os.ErrDeadlineExceeded) {
		c.late.Store(true)
	}
	return n, err
}

func (c *gatedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.gate.mu.Lock()
		delete(c.gate.idle, c)
		delete(c.gate.busy, c)
		c.gate.mu.Unlock()
		<-c.gate.slots
	})
	return err
}

func (c *gatedConn) Write(p []byte) (int, error) {
	if !c.fresh.Swap(false) {
		return c.Conn.Write(p) // the rest of an answer
	}
	if q, ok := jsonHTTPError(p, c.late.Load()); ok {
		if _, err := c.Conn.Write(q); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return c.Conn.Write(p)
}
