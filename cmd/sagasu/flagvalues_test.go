package main

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunSaysWhatToWrite: a flag's or a variable's value of the wrong
// form, or out of range, is told the form to write and which flag it is
// (the flag package had said "parse error", a variable strconv's words,
// and a zero -request-timeout the rule of all four limits at once; a
// flag after the arguments was told the usage line alone).
func TestRunSaysWhatToWrite(t *testing.T) {
	noDir := filepath.Join(os.Args[0], "data")
	tests := []struct {
		name   string
		args   []string
		env    map[string]string
		errHas string
	}{
		{"number with an exponent", []string{"serve", "-max-body", "1e6", "-data-dir", noDir}, nil, "not a whole number: write it in digits"},
		{"number with an exponent in env", []string{"serve", "-data-dir", noDir}, map[string]string{"SAGASU_MAX_BODY": "1e6"}, `$SAGASU_MAX_BODY="1e6": not a whole number`},
		{"number in hexadecimal", []string{"import", "-batch-size", "0x10", "x.jsonl"}, nil, "in digits"},
		{"number past the largest", []string{"serve", "-max-conns", "99999999999999999999", "-data-dir", noDir}, nil, "too large a number"},
		{"duration without its unit", []string{"serve", "-request-timeout", "10", "-data-dir", noDir}, nil, "write 10s for seconds"},
		{"duration without its unit in env", []string{"serve", "-data-dir", noDir}, map[string]string{"SAGASU_SHUTDOWN_TIMEOUT": "30"}, "write 30s for seconds"},
		{"duration in words", []string{"bench", "-duration", "soon"}, nil, "e.g. 10s"},
		{"boolean in words", []string{"serve", "-sample=yes", "-data-dir", noDir}, nil, "write true or false"},
		{"boolean in words in env", []string{"import", "x.jsonl"}, map[string]string{"SAGASU_COMPACT": "no"}, "write true or false"},
		{"boolean's value apart, flags after it", []string{"serve", "--sample", "false", "--data-dir", noDir}, nil, "write --sample=false"},
		{"boolean's value apart before the file", []string{"import", "-compact", "false", "x.jsonl"}, nil, "write -compact=false"},
		{"boolean's value apart in capitals", []string{"serve", "-sample", "TRUE"}, nil, "write -sample=TRUE"},
		{"zero request timeout", []string{"serve", "-request-timeout", "0s", "-data-dir", noDir}, nil, "-request-timeout 0s: give a positive duration"},
		{"request timeout under a second", []string{"serve", "-request-timeout", "1ms", "-data-dir", noDir}, nil, "-request-timeout 1ms: use at least 1s"},
		{"request timeout of a nanosecond in env", []string{"serve", "-data-dir", noDir}, map[string]string{"SAGASU_REQUEST_TIMEOUT": "1ns"}, "-request-timeout 1ns: use at least 1s"},
		{"bench clients out of range named alone", []string{"bench", "-clients", "0"}, nil, "-clients 0: use 1–1000 concurrent clients"},
		{"bench rate out of range named alone", []string{"bench", "-rate", "100001"}, nil, "-rate 100001: use 0 (closed loop) to 100000"},
		{"bench warmup out of range named alone", []string{"bench"}, map[string]string{"SAGASU_BENCH_WARMUP": "-1s"}, "-warmup -1s: give a duration of 0s"},
		{"a flag after the file", []string{"import", "x.jsonl", "--data-dir", noDir}, nil, `--data-dir comes after the argument "x.jsonl": flags go before the arguments`},
		{"a flag after the file, the command written", []string{"import", "-batch-size", "100", "x.jsonl", "--data-dir", noDir, "-compact=false"}, nil, "write sagasu import -batch-size 100 --data-dir " + noDir + " -compact=false x.jsonl"},
		{"a flag after the backup directory", []string{"backup", "bk", "-data-dir=" + noDir}, nil, "write sagasu backup -data-dir=" + noDir + " bk"},
		{"a boolean flag after the file", []string{"import", "x.jsonl", "--compact", "y.jsonl"}, nil, "write sagasu import --compact x.jsonl y.jsonl"},
		{"negative shutdown timeout", []string{"serve", "-data-dir", noDir}, map[string]string{"SAGASU_SHUTDOWN_TIMEOUT": "-1s"}, "-shutdown-timeout -1s"},
		{"zero bulk limit", []string{"serve", "-bulk-limit", "0", "-data-dir", noDir}, nil, "-bulk-limit 0: give a positive number"},
		{"memory limit below an open index's heap", []string{"serve", "-data-dir", noDir}, map[string]string{"SAGASU_MEMORY_LIMIT": "1"}, "at least 256"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb syncBuffer
			err := run(context.Background(), tt.args, env(tt.env), &out, &errb)
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("run(%q) = %v, want an error containing %q", tt.args, err, tt.errHas)
			}
		})
	}
}

// TestFlagValuesKeepTheirForms: the values the flag package took still
// parse (a boolean flag given alone, a memory limit of 0 for none).
func TestFlagValuesKeepTheirForms(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
	}{
		{"boolean flag alone", []string{"-sample"}, nil},
		{"boolean flag as 0", []string{"-sample=0"}, nil},
		{"duration of hours and minutes", []string{"-request-timeout", "1h30m"}, nil},
		{"memory limit off", []string{"-memory-limit", "0"}, nil},
		{"memory limit at its floor", nil, map[string]string{"SAGASU_MEMORY_LIMIT": "256"}},
		{"request timeout at its floor", []string{"-request-timeout", "1s"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseServe(tt.args, env(tt.env), &syncBuffer{}); err != nil {
				t.Errorf("parseServe(%q) = %v", tt.args, err)
			}
		})
	}
}

// TestServePprofAddressInUse: a -pprof address in use is reported with
// the flag's name before an index is created (it had been found after the
// index was open, as "address already in use" with no flag named).
func TestServePprofAddressInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := filepath.Join(t.TempDir(), "new")
	var out, errb syncBuffer
	err = run(context.Background(), []string{"serve", "-addr", "127.0.0.1:0", "-pprof", ln.Addr().String(), "-data-dir", dir}, env(nil), &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "-pprof "+ln.Addr().String()) {
		t.Fatalf("serve with -pprof on an address in use = %v, want the flag named", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("serve created %s before finding the -pprof address in use (%v)", dir, err)
	}
}
