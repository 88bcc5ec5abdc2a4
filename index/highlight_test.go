package index

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"

	"sagasu/analyzer"
)

// locs builds a location map from (term, start, end) triples.
func locs(triples ...any) search.TermLocationMap {
	m := search.TermLocationMap{}
	for i := 0; i < len(triples); i += 3 {
		term := triples[i].(string)
		m[term] = append(m[term], &search.Location{Start: uint64(triples[i+1].(int)), End: uint64(triples[i+2].(int))})
	}
	return m
}

func TestSpansOfMergesAndDropsBadOffsets(t *testing.T) {
	text := "全固体電池の量産"
	spans := spansOf(len(text), locs("全", 0, 3, "固体", 3, 9, "電池", 9, 15, "量産", 18, 24, "bad", 20, 99, "mid", 1, 4))
	got := markAll(text, spans)
	if want := "<mark>全固体電池</mark>の<mark>量産</mark>"; got != want {
		t.Errorf("markAll = %q, want %q", got, want)
	}
}

// TestLocatedIn: a bigram location marks the text it is in (title and
// body share the field, so a location may be the other's), width and case
// folded.
func TestLocatedIn(t *testing.T) {
	title, body := "新型ゲーム機", "ﾆﾝﾃﾝﾄﾞｰスイッチ２が並ぶ"
	bigrams := locs("スイ", 21, 27, "イッ", 24, 30, "ッチ", 27, 33, "ゲー", 6, 12, "ンテ", 3, 9, "ム機", 99, 105)
	if got, want := markAll(body, spansOf(len(body), locatedIn(body, bigrams))), "ﾆ<mark>ﾝﾃ</mark>ﾝﾄﾞｰ<mark>スイッチ</mark>２が並ぶ"; got != want {
		t.Errorf("body: %q, want %q", got, want)
	}
	if got, want := markAll(title, spansOf(len(title), locatedIn(title, bigrams))), "新型<mark>ゲー</mark>ム機"; got != want {
		t.Errorf("title: %q, want %q", got, want)
	}
}

func TestSnippet(t *testing.T) {
	lead := strings.Repeat("前置きの文章が続く。", 20) // 200 characters without a match
	body := "\u3000" + lead + "ここで全固体電池の話が始まる。" + strings.Repeat("後ろの文章。", 30)
	at := strings.Index(body, "全固体電池")
	got := snippet(body, spansOf(len(body), locs("全固体電池", at, at+len("全固体電池"))), snippetRunes)

	if !strings.HasPrefix(got, "…ここで<mark>全固体電池</mark>") {
		t.Errorf("snippet does not start at the match's sentence: %q", got)
	}
	if !strings.HasSuffix(got, "…") {
		t.Errorf("snippet cut without an ellipsis: %q", got)
	}
	plain := strings.NewReplacer("<mark>", "", "</mark>", "", "…", "").Replace(got)
	if n := utf8.RuneCountInString(plain); n < snippetRunes-5 || n > snippetRunes+5 {
		t.Errorf("snippet has %d characters, want about %d", n, snippetRunes)
	}

	// Without matches: the start of the body, leading space trimmed.
	got = snippet(body, nil, snippetRunes)
	if !strings.HasPrefix(got, "前置き") || !strings.HasSuffix(got, "…") {
		t.Errorf("snippet without matches = %q", got)
	}
	// A short body is returned whole, without ellipses.
	if got := snippet("短い本文。\n\n二行目", nil, snippetRunes); got != "短い本文。 二行目" {
		t.Errorf("short snippet = %q", got)
	}
}

// TestSnippetNearTheEnd: a match in the body's last sentence still gets
// a snippet of about the full size, filled from the text before it and
// started at a sentence.
func TestSnippetNearTheEnd(t *testing.T) {
	body := strings.Repeat("前置きの文章が続く。", 30) + "最後に全固体電池。"
	at := strings.Index(body, "全固体電池")
	got := snippet(body, spansOf(len(body), locs("全固体電池", at, at+len("全固体電池"))), snippetRunes)
	plain := strings.NewReplacer("<mark>", "", "</mark>", "", "…", "").Replace(got)
	if n := utf8.RuneCountInString(plain); n < snippetRunes-20 || n > snippetRunes+5 {
		t.Errorf("snippet has %d characters, want about %d: %q", n, snippetRunes, got)
	}
	if !strings.HasPrefix(got, "…前置き") || !strings.HasSuffix(got, "最後に<mark>全固体電池</mark>。") {
		t.Errorf("snippet = %q, want it to start at a sentence and end with the match", got)
	}
}

func TestRunesAtMost(t *testing.T) {
	for _, tt := range []struct {
		name  string
		s     string
		limit int
		want  int
	}{
		{"empty", "", 5, 0},
		{"shorter than the limit", "全固体電池", 10, 5},
		{"as long as the limit", "全固体電池", 5, 5},
		{"longer than the limit", "全固体電池の量産", 5, 5},
		{"mixed scripts", "NVIDIA DRIVEで自動運転", 100, 17},
		{"invalid bytes count one each", "a\xff\xfeb", 10, 4},
		{"zero limit", "電池", 0, 0},
	} {
		if got := runesAtMost(tt.s, tt.limit); got != tt.want {
			t.Errorf("%s: runesAtMost(%q, %d) = %d, want %d", tt.name, tt.s, tt.limit, got, tt.want)
		}
	}
}

func TestSnippetPrefersWindowWithMoreTerms(t *testing.T) {
	filler := strings.Repeat("関係のない内容。", 30)
	body := "電池の話。" + filler + "量産と電池の両方がここにある。" + filler
	var triples []any
	for _, w := range []string{"電池", "量産"} {
		for i := 0; ; {
			j := strings.Index(body[i:], w)
			if j < 0 {
				break
			}
			triples = append(triples, w, i+j, i+j+len(w))
			i += j + len(w)
		}
	}
	got := snippet(body, spansOf(len(body), locs(triples...)), snippetRunes)
	if !strings.Contains(got, "<mark>量産</mark>と<mark>電池</mark>") {
		t.Errorf("snippet = %q, want the window with both terms", got)
	}
}

// TestMarkRangeSpaces: white space between lines or paragraphs shows as
// one space; an ideographic space within a title stays as written.
func TestMarkRangeSpaces(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"ideographic space in a title", "名人も苦言！\u3000買ったばかり", "名人も苦言！\u3000買ったばかり"},
		{"paragraph break before an indented line", "一段落目。\n\n\u3000二段落目。", "一段落目。 二段落目。"},
		{"spaces and tabs", "a  \tb", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := markAll(tt.text, nil); got != tt.want {
				t.Errorf("markAll(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDropLone: a lone piece of a query word is not marked away from the
// rest of it, but is beside it, a space or a hyphen apart (the number of
// a name).
func TestDropLone(t *testing.T) {
	pieces := map[string]bool{"8": true, "5": true, "月": true}
	tests := []struct{ name, text, want string }{
		{"a name's number after a space", "Windows 8の発売は8日", "<mark>Windows</mark> <mark>8</mark>の発売は8日"},
		{"after a hyphen", "GPT-5を公開、5人が登壇", "<mark>GPT</mark>-<mark>5</mark>を公開、5人が登壇"},
		{"a piece alone", "6月の月着陸", "6月の<mark>月着陸</mark>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var triples []any
			for _, w := range []string{"Windows", "GPT", "月着陸", "8", "5", "月"} {
				for i := 0; ; {
					j := strings.Index(tt.text[i:], w)
					if j < 0 {
						break
					}
					triples = append(triples, w, i+j, i+j+len(w))
					i += j + len(w)
				}
			}
			spans := spansOf(len(tt.text), locs(triples...))
			if got := markAll(tt.text, dropLone(tt.text, spans, pieces)); got != tt.want {
				t.Errorf("= %q, want %q", got, tt.want)
			}
		})
	}
}

// TestJoinTyped: matches a kana or two apart are one mark where the query
// typed them as one run with the kana (the ご kagome drops from
// ふたご座流星群), and stay apart where it did not (燃料の補給 for 燃料補給),
// or where more than kana lies between.
func TestJoinTyped(t *testing.T) {
	for _, tt := range []struct {
		text, typed string
		locs        search.TermLocationMap
		want        string
	}{
		{"ふたご座流星群が極大", "ふたご座流星群", locs("ふた", 0, 6, "座流星群", 9, 21),
			"<mark>ふたご座流星群</mark>が極大"},
		{"燃料の補給", "燃料補給", locs("燃料", 0, 6, "補給", 9, 15),
			"<mark>燃料</mark>の<mark>補給</mark>"},
		{"燃料の補給", "燃料の補給 試験", locs("燃料", 0, 6, "補給", 9, 15),
			"<mark>燃料の補給</mark>"},
		{"量子、補給", "量子、補給", locs("量子", 0, 6, "補給", 9, 15),
			"<mark>量子</mark>、<mark>補給</mark>"},
		{"補給機HTV-X", "htvx", locs("htv", 9, 12, "x", 13, 14),
			"補給機<mark>HTV-X</mark>"},
		{"Node.jsで", "えぬおーでぃーいーじぇいえす", locs("node", 0, 4, "js", 5, 7),
			"<mark>Node.js</mark>で"},
		{"HTV - X", "htv x", locs("htv", 0, 3, "x", 6, 7),
			"<mark>HTV</mark> - <mark>X</mark>"},
		{"量子-AI", "量子 ai", locs("量子", 0, 6, "ai", 7, 9),
			"<mark>量子</mark>-<mark>AI</mark>"},
		{"燃料のための補給", "燃料のための補給", locs("燃料", 0, 6, "補給", 18, 24),
			"<mark>燃料</mark>のための<mark>補給</mark>"},
		{"燃料\xff\xff\xff\xff\xff補給", "燃料補給", locs("燃料", 0, 6, "補給", 11, 17),
			"<mark>燃料</mark>\ufffd\ufffd\ufffd\ufffd\ufffd<mark>補給</mark>"},
	} {
		spans := joinTyped(tt.text, spansOf(len(tt.text), tt.locs), analyzer.Fold(tt.typed))
		if got := markAll(tt.text, spans); got != tt.want {
			t.Errorf("%s for %s: %q, want %q", tt.text, tt.typed, got, tt.want)
		}
	}
	// Through a search, as a reader sees it.
	ix := mustOpen(t)
	mustPut(t, ix, Article{ID: "a", Title: "ふたご座流星群が14日夜に極大", Body: "三大流星群の一つ、ふたご座流星群が14日夜に最も活発になる。", Published: day("2026-12-10")})
	res := mustSearch(t, ix, Request{Query: "ふたご座流星群"})
	if len(res.Hits) != 1 || !strings.Contains(res.Hits[0].TitleHTML, "<mark>ふたご座流星群</mark>") || !strings.Contains(res.Hits[0].SnippetHTML, "<mark>ふたご座流星群</mark>") {
		t.Errorf("ふたご座流星群: %+v", res.Hits)
	}
}

// BenchmarkSnippet picks the snippet of a long body (about 6,000
// characters, as a long review or roundup is) whose matches are spread
// through it, with the joining of typed words first, as a page's hits do.
func BenchmarkSnippet(b *testing.B) {
	para := "全固体電池の量産に向けて、各社は新しい工場の建設を急いでいる。電解質を固体にすることで発火の危険が下がり、充電の時間も短くなる。"
	body := strings.Repeat(para, 100)
	var triples []any
	for at := 0; at >= 0 && len(triples) < 3*200; {
		i := strings.Index(body[at:], "電池")
		if i < 0 {
			break
		}
		triples = append(triples, "電池", at+i, at+i+len("電池"))
		at += i + len("電池")
	}
	spans := spansOf(len(body), locs(triples...))
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		joined := joinTyped(body, spans, "全固体電池")
		_ = snippet(body, joined, snippetRunes)
	}
}
