package index

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenRefusesAGeneration: a generation given as the data directory
// (the one in use, an old one left beside it, or a new one asked for
// there) is refused, naming the data directory to give, and nothing in
// the data directory changes: the generation in use had opened as a
// plain index, and a reindex of it made it a data directory of its own,
// so the real one's CURRENT named a directory with no index in it.
func TestOpenRefusesAGeneration(t *testing.T) {
	data := t.TempDir()
	initial := []byte(`{"id":"g-1","title":"全固体電池の量産","published":"2026-01-10T09:00:00+09:00"}` + "\n")
	ix, err := Open(data, Options{NoSuggest: true, Initial: initial})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(data, "gen-000003", "store"), 0o755); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(t.TempDir(), "gen-000001")
	cases := []struct {
		name, dir string
		chdir     string // the working directory, for a relative dir
		refused   bool
		names     string
	}{
		{"the generation in use", filepath.Join(data, "gen-000001"), "", true, "names gen-000001, this one"},
		{"the generation in use as the working directory", ".", filepath.Join(data, "gen-000001"), true, "give --data-dir " + data},
		{"an old generation left beside it", filepath.Join(data, "gen-000003"), "", true, "names gen-000001"},
		{"a new generation asked for", filepath.Join(data, "gen-000007"), "", true, "give --data-dir " + data},
		{"a directory named as a generation elsewhere", plain, "", false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.chdir != "" {
				t.Chdir(tc.chdir)
			}
			ix, err := Open(tc.dir, Options{NoSuggest: true})
			if !tc.refused {
				if err != nil {
					t.Fatalf("Open(%s) = %v, want a new index", tc.dir, err)
				}
				ix.Close()
				return
			}
			if err == nil {
				ix.Close()
				t.Fatalf("Open(%s) opened, want ErrGenerationDir", tc.dir)
			}
			if !errors.Is(err, ErrGenerationDir) || !strings.Contains(err.Error(), tc.names) {
				t.Errorf("Open(%s) = %v, want ErrGenerationDir saying %q", tc.dir, err, tc.names)
			}
		})
	}
	for _, made := range []string{"gen-000001/CURRENT", "gen-000007"} {
		if _, err := os.Stat(filepath.Join(data, made)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s was made in the data directory: %v", made, err)
		}
	}
	ix, err = Open(data, Options{NoSuggest: true})
	if err != nil {
		t.Fatalf("the data directory after: %v", err)
	}
	defer ix.Close()
	if n, err := ix.Count(); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want the 1 article", n, err)
	}
}
