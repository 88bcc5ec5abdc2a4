// Command sagasu is the Sagasu search service: `sagasu serve` answers the
// JSON API, `sagasu import FILE.jsonl` loads articles into an index.
//
// Every flag falls back to a SAGASU_* environment variable; flags win.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// SIGHUP too: a terminal that closes, or a reload asked as other
	// servers take it, had killed the process at once, mid-request,
	// without a word; it stops as SIGTERM does.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	// A second signal ends the process at once, as its default does: a
	// shutdown waiting for a slow client, or a backup copying, had
	// ignored every Ctrl-C after the first. (Acknowledged writes are on
	// disk; a backup cut short is marked incomplete.)
	context.AfterFunc(ctx, stop)
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "sagasu:", err)
		os.Exit(1)
	}
}

const usage = `Sagasu: Japanese full-text search for news articles.

Usage:
  sagasu serve  [flags]             serve the JSON API (loads the sample articles into a new index)
  sagasu import [flags] FILE.jsonl  import articles, one JSON object per line ("-" reads stdin)
  sagasu reindex [flags]            rebuild the index with this build's mapping and dictionary (server stopped)
  sagasu backup [flags] DIR         copy the index into DIR, ready for serve --data-dir DIR (server stopped)
  sagasu bench  [flags]             load a running server (or, with -data-dir, the index in process) and report latencies
  sagasu gen    [flags] > FILE      a larger synthetic corpus for benchmarks (never commit it)
  sagasu eval   [flags]             relevance evaluation on the livedoor corpus, against a cjk-bigram baseline

Run "sagasu COMMAND -h" for the flags of a command.
`

// run is the whole program, callable from tests: args without the program
// name, getenv for SAGASU_* fallbacks, and the two output streams. A nil
// error is exit status 0: so is an explicit -h or -help, whose usage the
// flag package has already printed to stderr.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	err := dispatch(ctx, args, getenv, stdout, stderr)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		if len(args) > 0 {
			err = stoppedBySignal(ctx, args[0], err)
		}
		return err
	}
	return nil
}

// dispatch runs the command args[0] names.
func dispatch(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command given")
	}
	switch args[0] {
	case "serve":
		return runServe(ctx, args[1:], getenv, stdout, stderr)
	case "import":
		return runImport(ctx, args[1:], getenv, stdout, stderr)
	case "eval":
		return runEval(ctx, args[1:], getenv, stdout, stderr)
	case "bench":
		return runBench(ctx, args[1:], getenv, stdout, stderr)
	case "gen":
		return runGen(ctx, args[1:], getenv, stdout, stderr)
	case "reindex":
		return runReindex(ctx, args[1:], getenv, stdout, stderr)
	case "backup":
		return runBackup(ctx, args[1:], getenv, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}
