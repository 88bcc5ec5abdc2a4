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
