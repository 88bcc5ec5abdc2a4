package main

import (
	"context"
	"errors"
	"fmt"
)

// keptOnStop says, for the commands that write, what a signal that stops
// them leaves behind and what to do next.
var keptOnStop = map[string]string{
	"import":  "the articles counted as indexed are in the index (each batch is on disk when counted); import the file again to finish (an id imported again is replaced)",
	"reindex": "the index in use is unchanged and the new one was removed; run sagasu reindex again",
}

// stoppedBySignal turns the error of a command that SIGINT, SIGTERM or SIGHUP
// stopped (ctx cancelled, the work returning context.Canceled) into a
// message that says so and what was kept: it had been "context canceled"
// alone, which read as a fault. Other errors pass unchanged.
func stoppedBySignal(ctx context.Context, cmd string, err error) error {
	if err == nil || ctx.Err() == nil || !errors.Is(err, context.Canceled) {
		return err
	}
	kept, ok := keptOnStop[cmd]
	if !ok {
		kept = "nothing more was done"
	}
	return fmt.Errorf("%s stopped (%v): %s", cmd, context.Cause(ctx), kept)
}
