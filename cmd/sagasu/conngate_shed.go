package main

import (
	"context"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"sagasu/api"
)

// Shedding a connection that trickles its body into a full connection
// bound. A connection busy with a request is not idle, and the gate had
// closed none: a hundred clients sending a draft's body (or a GET's) a byte
// a second against --max-conns 100 had kept a reader's search waiting 8.5 s,
// until their bodies' deadline. The API tells each connection when a read
// of its body waits for the client (api.BodyWatcher); when the bound is
// full and no connection is idle, the gate sheds the one whose body has
// arrived slowest, under api.MinBodyRate once it has waited bodyGrace:
// its read fails as past its deadline, the API answers 408 saying why, and
// Go's server closes the connection, its body unread. A bulk body on a
// slow but steady link (a few hundred KB/s) is far above the rate and
// never shed; time the server spends between reads (indexing a batch) is
// not counted against the client.

// bodyGrace is how long a body may wait for the client before its rate
// is judged: a client sends its body at once, as its headers.
const bodyGrace = headerGrace

// shedWait is how long a shed connection has to answer its 408 and close
// before the gate closes it outright and sheds another.
const shedWait = time.Second

// bodyPace is how the body of a connection's current request arrives.
type bodyPace struct {
	mu       sync.Mutex
	since    time.Time     // when the read waiting now began; zero: none waits
	waited   time.Duration // time spent in reads that returned
	received int64         // bytes of the body received
	// shedNanos: when the gate shed the connection (Unix nanoseconds);
	// 0: not shed. Atomic: every read of the connection looks at it.
	shedNanos atomic.Int64
}

// reset starts the pace of a new request.
func (p *bodyPace) reset() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.since, p.waited, p.received = time.Time{}, 0, 0
}

func (p *bodyPace) wait(waiting bool, received int64, now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.received = received
	switch {
	case waiting:
		p.since = now
	case !p.since.IsZero():
		p.waited += now.Sub(p.since)
		p.since = time.Time{}
	}
}

// slow reports whether a read waits for the body now, and if so the
// body's rate so far in bytes per second once it has waited bodyGrace in
// all (ok false before).
func (p *bodyPace) slow(now time.Time) (rate float64, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.since.IsZero() || p.isShed() {
		return 0, false
	}
	waited := p.waited + now.Sub(p.since)
	if waited < bodyGrace {
		return 0, false
	}
	rate = float64(p.received) / waited.Seconds()
	return rate, rate < api.MinBodyRate
}

func (p *bodyPace) shed(now time.Time) { p.shedNanos.Store(now.UnixNano()) }

// shedAt is when the connection was shed; zero if it was not.
func (p *bodyPace) shedAt() time.Time {
	if n := p.shedNanos.Load(); n != 0 {
		return time.Unix(0, n)
	}
	return time.Time{}
}

func (p *bodyPace) isShed() bool { return p.shedNanos.Load() != 0 }

// BodyWait and BodyShed make a gatedConn the api.BodyWatcher of the
// requests it serves.
func (c *gatedConn) BodyWait(waiting bool, received int64) {
	c.body.wait(waiting, received, time.Now())
}

func (c *gatedConn) BodyShed() bool { return c.body.isShed() }

// connContext is the server's ConnContext hook: the API reports to the
// connection how its bodies arrive.
func connContext(ctx context.Context, c net.Conn) context.Context {
	if gc, ok := c.(*gatedConn); ok {
		return api.WithBodyWatcher(ctx, gc)
	}
	return ctx
}

// shedSlowest sheds the busy connection whose body, waited for now,
// has arrived slowest under api.MinBodyRate, if any has. While one shed
// is still answering (for at most shedWait) it sheds no other; past
// that, it closes that one outright.
func (g *connGate) shedSlowest(now time.Time) {
	g.mu.Lock()
	var slowest, stuck *gatedConn
	var lowest float64
	for c := range g.busy {
		if at := c.body.shedAt(); !at.IsZero() {
			if now.Sub(at) < shedWait {
				g.mu.Unlock()
				return
			}
			stuck = c
			continue
		}
		if rate, ok := c.body.slow(now); ok && (slowest == nil || rate < lowest) {
			slowest, lowest = c, rate
		}
	}
	g.mu.Unlock()
	switch {
	case stuck != nil:
		stuck.Close()
	case slowest != nil:
		slowest.body.shed(now)
		// Ends the read that waits now; the next ones fail at once
		// (gatedConn.Read).
		_ = slowest.Conn.SetReadDeadline(now)
	}
}
