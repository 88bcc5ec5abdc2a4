package index

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestImportLines feeds Import lines that are valid however they are
// written: a byte order mark before the first, and the longest escaping
// a valid article can take.
func TestImportLines(t *testing.T) {
	const published = `"published":"2026-04-01T00:00:00Z"`
	// A body of MaxBodyBytes, every byte written as a 6-byte \u escape.
	ascii := `{"id":"esc-ascii","title":"t","body":"` + strings.Repeat(`\u003c`, MaxBodyBytes) + `",` + published + `}`
	// A body of 4-byte characters, each written as a surrogate pair.
	emoji := `{"id":"esc-emoji","title":"t","body":"` + strings.Repeat(`\ud83d\ude00`, MaxBodyBytes/4) + `",` + published + `}`
	// A line of n bytes, padded with spaces between the fields.
	sized := func(n int) string {
		head, tail := `{"id":"edge",`, `"title":"t",`+published+`}`
		return head + strings.Repeat(" ", n-len(head)-len(tail)) + tail
	}
	tests := []struct {
		name     string
		input    string
		indexed  int
		rejected []string // reasons, in line order
	}{
		{"byte order mark", "\ufeff" + `{"id":"bom","title":"t",` + published + "}\n", 1, nil},
		{"byte order mark before a blank line", "\ufeff\n" + `{"id":"bom2","title":"t",` + published + "}\n", 1, nil},
		{"a mark on line 2 (two files joined)", `{"id":"a","title":"t",` + published + "}\n\ufeff" + `{"id":"b","title":"t",` + published + "}\n", 2, nil},
		{"a mark inside a line is an error", `{"id":"a",` + "\ufeff" + `"title":"t",` + published + "}\n", 0, []string{"malformed JSON"}},
		{"1 MiB of \\u escapes", ascii + "\n", 1, nil},
		{"1 MiB of surrogate pairs", emoji + "\n", 1, nil},
		{"a line of the limit, its line break not counted", sized(MaxArticleJSONBytes) + "\n", 1, nil},
		{"a line of the limit before CR LF", sized(MaxArticleJSONBytes) + "\r\n", 1, nil},
		{"a line of the limit, last without a line break", sized(MaxArticleJSONBytes), 1, nil},
		{"a line of the limit after a byte order mark", "\ufeff" + sized(MaxArticleJSONBytes) + "\r\n", 1, nil},
		{"a byte over the limit", sized(MaxArticleJSONBytes+1) + "\n", 0, []string{"line is longer"}},
		{"a byte over the limit after a byte order mark", "\ufeff" + sized(MaxArticleJSONBytes+1) + "\n", 0, []string{"line is longer"}},
		{"longer than any valid article", `{"id":"x","body":"` + strings.Repeat("a", MaxArticleJSONBytes) + `"}` + "\n", 0, []string{"line is longer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := mustOpen(t)
			rep, err := ix.Import(t.Context(), strings.NewReader(tt.input), ImportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Indexed != tt.indexed || len(rep.Rejections) != len(tt.rejected) {
				t.Fatalf("indexed %d, rejected %+v; want %d and %q", rep.Indexed, rep.Rejections, tt.indexed, tt.rejected)
			}
			for i, want := range tt.rejected {
				if !strings.Contains(rep.Rejections[i].Reason, want) {
					t.Errorf("rejection %d = %q, want %q", i, rep.Rejections[i].Reason, want)
				}
			}
		})
	}
}

// TestImportStopsAfterAFailedWrite: once a batch cannot be written (a
// full disk, an index closed), the import reads and analyses no further:
// a bulk body into a full disk had been read and analysed to its end,
// minutes of both cores before the client was answered.
func TestImportStopsAfterAFailedWrite(t *testing.T) {
	const lines = 20_000
	var in strings.Builder
	for i := range lines {
		fmt.Fprintf(&in, `{"id":"stop-%d","title":"書けない記事","body":"本文です。","published":"2026-04-01T00:00:00Z"}`+"\n", i)
	}
	for _, tc := range []struct {
		name  string
		batch int
	}{
		{"batches of 10", 10},
		{"batches of 500", 500},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := mustOpen(t)
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			rep, err := ix.Import(t.Context(), strings.NewReader(in.String()), ImportOptions{BatchSize: tc.batch})
			if !errors.Is(err, ErrClosed) {
				t.Fatalf("Import into a closed index = %v, want ErrClosed", err)
			}
			// (Up to four batches are under way when the first fails:
			// one read, one waiting, one analysed, one written.)
			if max := 6 * tc.batch; rep.Lines > max || rep.Indexed != 0 {
				t.Errorf("read %d of %d lines and indexed %d after the first batch failed; want at most %d and none", rep.Lines, lines, rep.Indexed, max)
			}
		})
	}
}
