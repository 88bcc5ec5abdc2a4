package main

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// connGate bounds the open connections (see connLimit). At the bound, a
// new connection closes the connection that has been idle longest (a
// keep-alive waiting for a next request that may never come) instead of
// waiting behind it: one client that opened ten thousand connections and
// left them idle had kept every other client waiting for the 30 s idle
// timeout. Connections busy with a request are never closed; when all
// are busy, a new one waits in the kernel's backlog until one ends.
type connGate struct {
	net.Listener
	slots chan struct{}
	// done is closed by Close: an Accept waiting for a slot returns, as
	// http.Server's Shutdown waits for Serve to.
	done      chan struct{}
	closeOnce sync.Once

	mu   sync.Mutex
	idle map[*gatedConn]time.Time // since when each idle connection has waited
}

func newConnGate(ln net.Listener, n int) *connGate {
	return &connGate{Listener: ln, slots: make(chan struct{}, n), done: make(chan struct{}), idle: map[*gatedConn]time.Time{}}
}

// Close stops the gate: Accept returns net.ErrClosed, waiting or not.
func (g *connGate) Close() error {
	g.closeOnce.Do(func() { close(g.done) })
	return g.Listener.Close()
}

// gateRecheck is how often a connection waiting for a slot looks again
// for an idle one to close.
const gateRecheck = 50 * time.Millisecond

// Accept waits for a slot, closing an idle connection to make one, then
// accepts.
func (g *connGate) Accept() (net.Conn, error) {
	for {
		select {
		case g.slots <- struct{}{}:
		case <-g.done:
			return nil, net.ErrClosed
		default:
			g.closeIdlest()
			select {
			case g.slots <- struct{}{}:
			case <-g.done:
				return nil, net.ErrClosed
			case <-time.After(gateRecheck):
				continue
			}
		}
		c, err := g.Listener.Accept()
		if err != nil {
			<-g.slots
			return nil, err
		}
		return &gatedConn{Conn: c, gate: g}, nil
	}
}

// closeIdlest closes the connection idle longest, if any is idle.
func (g *connGate) closeIdlest() {
	g.mu.Lock()
	var oldest *gatedConn
	var since time.Time
	for c, t := range g.idle {
		if oldest == nil || t.Before(since) {
			oldest, since = c, t
		}
	}
	if oldest != nil {
		delete(g.idle, oldest)
	}
	g.mu.Unlock()
	if oldest != nil {
		oldest.Close()
	}
}

// track is the server's ConnState hook: it notes which connections are
// idle.
func (g *connGate) track(c net.Conn, s http.ConnState) {
	gc, ok := c.(*gatedConn)
	if !ok {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if s == http.StateIdle {
		g.idle[gc] = time.Now()
	} else {
		delete(g.idle, gc)
	}
}

// gatedConn gives its slot back when closed.
type gatedConn struct {
	net.Conn
	gate *connGate
	once sync.Once
}

func (c *gatedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.gate.mu.Lock()
		delete(c.gate.idle, c)
		c.gate.mu.Unlock()
		<-c.gate.slots
	})
	return err
}
