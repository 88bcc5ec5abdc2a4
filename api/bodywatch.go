package api

import "context"

// MinBodyRate is the slowest a body may arrive on average, in bytes per
// second: a bulk body once the --request-timeout grace is spent, and any
// body while the server is at its connection bound (see BodyWatcher).
// 32 KiB/s (256 kbit/s) lets any real link upload and keeps a client that
// trickles a byte a second from holding a connection.
const MinBodyRate = 32 << 10

// BodyWatcher is told how a request's body arrives: the server's
// connection bound (in cmd/sagasu) uses it to find, when the bound is
// full, a connection that waits for a body trickling in slower than
// MinBodyRate, and to shed it for a new client. A connection busy with a
// request is otherwise never closed, so a hundred bodies sent a byte a
// second had kept every reader waiting until their deadline.
//
// The API depends on no connection: whoever serves it puts a watcher in
// each connection's context (WithBodyWatcher, from http.Server's
// ConnContext), and the API reports to the one it finds there.
type BodyWatcher interface {
	// BodyWait is called as a read of the body starts waiting for the
	// client (waiting true) and as it returns (false), with the bytes
	// of the body received before.
	BodyWait(waiting bool, received int64)
	// BodyShed reports whether the connection was shed while its body
	// was read: a read then fails with os.ErrDeadlineExceeded, and the
	// request is answered 408 saying why.
	BodyShed() bool
}

type bodyWatcherKey struct{}

// WithBodyWatcher returns ctx carrying w, for the requests served on a
// connection whose context it is.
func WithBodyWatcher(ctx context.Context, w BodyWatcher) context.Context {
	return context.WithValue(ctx, bodyWatcherKey{}, w)
}

// bodyWatcher returns the watcher in ctx, or nil.
func bodyWatcher(ctx context.Context) BodyWatcher {
	w, _ := ctx.Value(bodyWatcherKey{}).(BodyWatcher)
	return w
}
