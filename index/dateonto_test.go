package index

import "testing"

func TestDateThenRest(t *testing.T) {
	for _, tt := range []struct {
		name, text, date, rest string
	}{
		{"a month onto a week", "2025年9月第2週", "2025年9月", "第2週"},
		{"a month onto katakana", "2025年10月ランサムウェア", "2025年10月", "ランサムウェア"},
		{"a year onto kanji", "2024年問題", "2024年", "問題"},
		{"a day onto a word", "2025年6月5日発売", "2025年6月5日", "発売"},
		{"a year onto Latin", "2026年iphone", "2026年", "iphone"},
		{"a fiscal year", "2025年度", "", ""},
		{"a decade", "2020年代", "", ""},
		{"a fiscal period", "2026年3月期", "", ""},
		{"the end of a year", "2025年末", "", ""},
		{"the first half", "2025年前半", "", ""},
		{"a particle after", "2025年9月の決算", "", ""},
		{"an issue's number", "2026年2月5日号", "2026年2月5日", "号"},
		{"a date alone", "2025年9月", "", ""},
		{"no year the archive holds", "1800年問題", "", ""},
		{"a month that is none", "2025年13月決算", "", ""},
		{"digits run on", "2025年12", "", ""},
		{"no year", "9月第2週", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			date, rest, ok := dateThenRest(tt.text)
			if ok != (tt.date != "") || date != tt.date || rest != tt.rest {
				t.Errorf("dateThenRest(%q) = %q, %q, %v; want %q, %q", tt.text, date, rest, ok, tt.date, tt.rest)
			}
		})
	}
}

// TestSearchDateOntoWord: a date typed onto the next word finds what the
// two typed apart find, where no article has the word as typed; a word
// some article has as typed is searched as it is.
func TestSearchDateOntoWord(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "week", Title: "週刊まとめ（9月第2週）", Body: "今週の主なニュースを振り返る。", Published: day("2025-09-13")},
		Article{ID: "week-before", Title: "週刊まとめ（9月第2週）", Body: "今週の主なニュースを振り返る。", Published: day("2024-09-14")},
		Article{ID: "ransom", Title: "病院にランサムウェア攻撃", Body: "電子カルテが使えなくなった。", Published: day("2025-10-05")},
		Article{ID: "ransom-june", Title: "ランサムウェアの被害が増加", Body: "警察庁がまとめた。", Published: day("2025-06-02")},
		Article{ID: "issue", Title: "物流の2024年問題", Body: "運転手の残業規制が始まる。", Published: day("2025-03-01")},
		Article{ID: "issue-other", Title: "残業の問題", Body: "2024年に調べた。", Published: day("2024-05-01")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"a month onto a week", "2025年9月第2週 週刊まとめ", []string{"week"}},
		{"full width", "２０２５年９月第２週　週刊まとめ", []string{"week"}},
		{"a month onto katakana", "2025年10月ランサムウェア", []string{"ransom"}},
		{"as typed apart", "2025年10月 ランサムウェア", []string{"ransom"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
	// As typed, its articles first (the date is no date word there).
	if got := ids(mustSearch(t, ix, Request{Query: "2024年問題"})); len(got) == 0 || got[0] != "issue" {
		t.Errorf("Search(2024年問題) = %v, want issue first", got)
	}
}
