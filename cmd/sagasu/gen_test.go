package main

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sagasu/index"
)

// TestGenArticlesImport: every article gen writes is one the import
// takes, whatever the source's titles hold (a zero-width space beside a
// word had made tags the import refuses).
func TestGenArticlesImport(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src.jsonl")
	lines := []string{
		`{"id":"s1","title":"濃い\u200b味のラーメン特集","body":"` + strings.Repeat("濃厚なスープが人気を集めている店を紹介する。", 3) + `","category":"グルメ","published":"2012-01-01T09:00:00+09:00"}`,
		`{"id":"s2","title":"新型\ufeffスマホ　発表","body":"` + strings.Repeat("新しいスマートフォンが発表された。価格は未定である。", 3) + `","category":"IT","published":"2012-02-01T09:00:00+09:00"}`,
		`{"id":"s3","title":"サッカー日本代表、\u2060勝利","body":"` + strings.Repeat("日本代表が親善試合で勝利を収めた。", 3) + `","category":"スポーツ","published":"2012-03-01T09:00:00+09:00"}`,
	}
	if err := os.WriteFile(src, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb syncBuffer
	if err := run(context.Background(), []string{"gen", "-n", "300", "-seed", "1", "-from", src}, env(nil), &out, &errb); err != nil {
		t.Fatalf("gen: %v (%s)", err, errb.String())
	}
	sc := bufio.NewScanner(strings.NewReader(out.String()))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n, tagged := 0, 0
	for sc.Scan() {
		n++
		a, err := index.DecodeArticle(sc.Bytes())
		if err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		if len(a.Tags) > 0 {
			tagged++
		}
	}
	if n != 300 || tagged == 0 {
		t.Errorf("gen wrote %d articles, %d with tags; want 300, some with tags", n, tagged)
	}
}

// TestGenSourcesWithoutParagraphs: a source with a category whose bodies
// hold no paragraph of 20 characters, or titles with no word of a tag's
// length, is recombined from what it has (gen had panicked drawing from an
// empty list); one with no such paragraph at all is refused, saying so.
func TestGenSourcesWithoutParagraphs(t *testing.T) {
	long := strings.Repeat("新しい量子コンピュータの実証実験が始まった。", 2)
	tests := []struct {
		name    string
		lines   []string
		wantErr string // "" when gen writes every article
	}{
		{"a category of short bodies beside one of long", []string{
			`{"id":"s1","title":"速報","body":"短い本文。","category":"速報","published":"2012-01-01T09:00:00+09:00"}`,
			`{"id":"s2","title":"量子コンピュータの実証","body":"` + long + `","category":"科学","published":"2012-02-01T09:00:00+09:00"}`,
		}, ""},
		{"a category with no body", []string{
			`{"id":"s1","title":"お知らせ","category":"告知","published":"2012-01-01T09:00:00+09:00"}`,
			`{"id":"s2","title":"量子コンピュータの実証","body":"` + long + `","category":"科学","published":"2012-02-01T09:00:00+09:00"}`,
		}, ""},
		{"titles of one character words only", []string{
			`{"id":"s1","title":"秋","body":"` + long + `","category":"科学","published":"2012-02-01T09:00:00+09:00"}`,
		}, ""},
		{"no paragraph long enough anywhere", []string{
			`{"id":"s1","title":"速報","body":"短い本文。","category":"速報","published":"2012-01-01T09:00:00+09:00"}`,
		}, "no article in the source has a paragraph of 20 characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := filepath.Join(t.TempDir(), "src.jsonl")
			if err := os.WriteFile(src, []byte(strings.Join(tt.lines, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			var out, errb syncBuffer
			err := run(context.Background(), []string{"gen", "-n", "50", "-from", src}, env(nil), &out, &errb)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("gen = %v, want 50 articles", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("gen = %v, want an error saying %q", err, tt.wantErr)
			case tt.wantErr == "":
				if n := strings.Count(out.String(), "\n"); n != 50 {
					t.Errorf("gen wrote %d articles, want 50", n)
				}
			}
		})
	}
}
