package index

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDecodeArticle(t *testing.T) {
	good := []struct {
		name string
		line string
	}{
		{"minimal", `{"id":"a1","title":"題","published":"2026-04-01T09:00:00+09:00"}`},
		{"livedoor fields", `{"id":"it-life-hack-1","url":"http://news.livedoor.com/article/detail/1/","category":"it-life-hack","published":"2012-09-07T18:00:00+09:00","title":"題","body":"本文"}`},
		{"dots in an id", `{"id":"...","title":"t","published":"2026-04-01T00:00:00Z"}`},
		{"zero width joiner inside a tag", `{"id":"a","title":"t","tags":["👨\u200d💻"],"category":"A\u200bI","published":"2026-04-01T00:00:00Z"}`},
		{"tags ending in a variation selector and in tag characters", `{"id":"a","title":"t","tags":["\u2764\ufe0f","\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f"],"published":"2026-04-01T00:00:00Z"}`},
		{"all fields", `{"id":"a.b:c_d-1","title":"t","body":"b","category":"AI","tags":["x","y"],"published":"2026-04-01T00:00:00Z","url":"https://e.jp/a","author":"渡辺"}`},
		{"null tags", `{"id":"a","title":"t","tags":null,"published":"2026-04-01T00:00:00Z"}`},
		{"lower-case t and z, as RFC 3339 allows", `{"id":"a","title":"t","published":"2026-04-01t09:00:00z"}`},
		{"a leap second", `{"id":"a","title":"t","published":"2016-12-31T23:59:60Z"}`},
		{"escaped names and surrogate pairs", `{"\u0069d":"a","title":"\ud83d\ude00","body":"\u3042\t\n","published":"2026-04-01T00:00:00Z"}`},
		{"tab, newline and CR in the body", "{\"id\":\"a\",\"title\":\"t\",\"body\":\"a\\tb\\r\\nc\",\"published\":\"2026-04-01T00:00:00Z\"}"},
		{"title at the limit, decomposed as macOS sends it", `{"id":"a","title":"` + strings.Repeat("か\u3099", MaxTitleRunes) + `","published":"2026-04-01T00:00:00Z"}`},
		{"category at the limit, decomposed", `{"id":"a","title":"t","category":"` + strings.Repeat("ク\u3099", MaxLabelRunes) + `","published":"2026-04-01T00:00:00Z"}`},
		{"tag at the limit, decomposed", `{"id":"a","title":"t","tags":["` + strings.Repeat("e\u0301", MaxLabelRunes) + `"],"published":"2026-04-01T00:00:00Z"}`},
		// NFC writes a grapheme joiner (U+034F) into a run of more than 30
		// marks, and U+0344 as two marks: neither is more characters sent.
		{"title at the limit, a run of marks", `{"id":"a","title":"t` + strings.Repeat("\u0301", MaxTitleRunes-1) + `","published":"2026-04-01T00:00:00Z"}`},
		{"tag at the limit, a run of marks", `{"id":"a","title":"t","tags":["e` + strings.Repeat("\u0301", MaxLabelRunes-1) + `"],"published":"2026-04-01T00:00:00Z"}`},
		{"category at the limit, of marks NFC writes as two", `{"id":"a","title":"t","category":"a` + strings.Repeat("\u0344", MaxLabelRunes-1) + `","published":"2026-04-01T00:00:00Z"}`},
		{"full-width body at the limit", `{"id":"a","title":"t","body":"` + strings.Repeat("Ａ", MaxBodyBytes/3) + `","published":"2026-04-01T00:00:00Z"}`},
	}
	for _, tt := range good {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodeArticle([]byte(tt.line)); err != nil {
				t.Errorf("DecodeArticle(%s) = %v, want nil", tt.line, err)
			}
		})
	}

	bad := []struct {
		name  string
		line  string
		field string // "" for the whole record
	}{
		{"not JSON", `hello`, ""},
		{"truncated", `{"id":"a","title":`, ""},
		{"array", `[1,2]`, ""},
		{"trailing data", `{"id":"a","title":"t","published":"2026-04-01T00:00:00Z"} {}`, ""},
		{"invalid UTF-8", "{\"id\":\"a\",\"title\":\"\xff\",\"published\":\"2026-04-01T00:00:00Z\"}", "title"},
		{"lone surrogate", `{"id":"a","title":"\ud800","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"reversed surrogates", `{"id":"a","title":"t","body":"\ude00\ud83d","published":"2026-04-01T00:00:00Z"}`, "body"},
		{"name in another case", `{"id":"a","Title":"t","published":"2026-04-01T00:00:00Z"}`, "Title"},
		{"name in capitals", `{"id":"a","title":"t","PUBLISHED":"2026-04-01T00:00:00Z"}`, "PUBLISHED"},
		{"duplicate name", `{"id":"a","title":"t","title":"u","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"null", `null`, ""},
		{"a string", `"x"`, ""},
		{"empty", ``, ""},
		{"NUL in the title", `{"id":"a","title":"t\u0000","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"escape in the body", `{"id":"a","title":"t","body":"\u001b[31m","published":"2026-04-01T00:00:00Z"}`, "body"},
		{"C1 control in the body", `{"id":"a","title":"t","body":"\u0085","published":"2026-04-01T00:00:00Z"}`, "body"},
		{"tag a fraction", `{"id":"a","title":"t","tags":[1.5],"published":"2026-04-01T00:00:00Z"}`, "tags"},
		{"unknown field", `{"id":"a","title":"t","published":"2026-04-01T00:00:00Z","score":1}`, "score"},
		{"unknown field of a megabyte", `{"id":"a","title":"t","published":"2026-04-01T00:00:00Z","` + strings.Repeat("x", 1<<20) + `":1}`, strings.Repeat("x", maxNameShown) + "…"}, // repeated short
		{"missing id", `{"title":"t","published":"2026-04-01T00:00:00Z"}`, "id"},
		{"id with slash", `{"id":"a/b","title":"t","published":"2026-04-01T00:00:00Z"}`, "id"},
		{"id too long", `{"id":"` + strings.Repeat("a", 257) + `","title":"t","published":"2026-04-01T00:00:00Z"}`, "id"},
		{"id dot", `{"id":".","title":"t","published":"2026-04-01T00:00:00Z"}`, "id"},
		{"id dot dot", `{"id":"..","title":"t","published":"2026-04-01T00:00:00Z"}`, "id"},
		{"id not a string", `{"id":12,"title":"t","published":"2026-04-01T00:00:00Z"}`, "id"},
		{"title over the limit, decomposed", `{"id":"a","title":"` + strings.Repeat("か\u3099", MaxTitleRunes+1) + `","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"title over the limit", `{"id":"a","title":"` + strings.Repeat("が", MaxTitleRunes+1) + `","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"category over the limit, decomposed", `{"id":"a","title":"t","category":"` + strings.Repeat("ク\u3099", MaxLabelRunes+1) + `","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"missing title", `{"id":"a","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"blank title", `{"id":"a","title":"  ","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"body that width normalisation spells out past the limit", `{"id":"a","title":"t","body":"` + strings.Repeat("㌀", MaxBodyBytes/3) + `","published":"2026-04-01T00:00:00Z"}`, "body"},
		{"invisible title", `{"id":"a","title":"\u3000\u200b","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"noncharacter title", `{"id":"a","title":"\ufffe\uffff","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"title of marks and fillers", `{"id":"a","title":"\ufe0f\u3099\u2800\u3164","published":"2026-04-01T00:00:00Z"}`, "title"},
		{"category with spaces around", `{"id":"a","title":"t","category":" AI ","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"category after a zero width space", `{"id":"a","title":"t","category":"\u200bAI","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"category before a zero width space", `{"id":"a","title":"t","category":"AI\u200b","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"category after a byte order mark", `{"id":"a","title":"t","category":"\ufeffAI","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"category before a word joiner", `{"id":"a","title":"t","category":"AI\u2060","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"category after a zero width joiner", `{"id":"a","title":"t","category":"\u200dAI","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"tag before a zero width non-joiner", `{"id":"a","title":"t","tags":["EV","AI\u200c"],"published":"2026-04-01T00:00:00Z"}`, "tags"},
		{"author after a zero width space", `{"id":"a","title":"t","author":"\u200b渡辺","published":"2026-04-01T00:00:00Z"}`, "author"},
		{"category of an ideographic space", `{"id":"a","title":"t","category":"\u3000","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"invisible tag", `{"id":"a","title":"t","tags":["\u200b"],"published":"2026-04-01T00:00:00Z"}`, "tags"},
		{"category before a right-to-left mark", `{"id":"a","title":"t","category":"AI\u200f","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"category after a grapheme joiner", `{"id":"a","title":"t","category":"\u034fAI","published":"2026-04-01T00:00:00Z"}`, "category"},
		{"tag after a variation selector", `{"id":"a","title":"t","tags":["\ufe0fAI"],"published":"2026-04-01T00:00:00Z"}`, "tags"},
		{"missing published", `{"id":"a","title":"t"}`, "published"},
		{"date only", `{"id":"a","title":"t","published":"2026-04-01"}`, "published"},
		{"year out of range", `{"id":"a","title":"t","published":"0001-01-01T00:00:00Z"}`, "published"},
		{"year out of range in JST", `{"id":"a","title":"t","published":"2200-12-31T23:59:59-12:00"}`, "published"},
		{"offset of 24 hours", `{"id":"a","title":"t","published":"2026-04-01T00:00:00+24:00"}`, "published"},
		{"offset of 60 minutes", `{"id":"a","title":"t","published":"2026-04-01T00:00:00+00:60"}`, "published"},
		{"comma before the fraction", `{"id":"a","title":"t","published":"2026-04-01T00:00:00,5Z"}`, "published"},
		{"tags not a list", `{"id":"a","title":"t","tags":"x","published":"2026-04-01T00:00:00Z"}`, "tags"},
		{"tag not a string", `{"id":"a","title":"t","tags":[1],"published":"2026-04-01T00:00:00Z"}`, "tags"},
		{"empty tag", `{"id":"a","title":"t","tags":[""],"published":"2026-04-01T00:00:00Z"}`, "tags"},
		{"relative url", `{"id":"a","title":"t","url":"/x","published":"2026-04-01T00:00:00Z"}`, "url"},
		{"javascript url", `{"id":"a","title":"t","url":"javascript:alert(1)","published":"2026-04-01T00:00:00Z"}`, "url"},
		{"url with a user name that looks like a host", `{"id":"a","title":"t","url":"https://news.livedoor.com@evil.example/x","published":"2026-04-01T00:00:00Z"}`, "url"},
		{"url with a password", `{"id":"a","title":"t","url":"https://editor:secret@news.example.jp/a","published":"2026-04-01T00:00:00Z"}`, "url"},
		{"url with an empty user name", `{"id":"a","title":"t","url":"http://@news.example.jp/a","published":"2026-04-01T00:00:00Z"}`, "url"},
		{"control char in category", `{"id":"a","title":"t","category":"a\u0007","published":"2026-04-01T00:00:00Z"}`, "category"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeArticle([]byte(tt.line))
			var ve *ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, ErrInvalidArticle) {
				t.Fatalf("DecodeArticle(%s) = %v, want a ValidationError", tt.line, err)
			}
			if ve.Field != tt.field {
				t.Errorf("field = %q, want %q (%v)", ve.Field, tt.field, err)
			}
			if ve.Msg == "" {
				t.Error("empty message")
			}
		})
	}
}

// TestBadTagNamed: the message names which tag of the list is wrong.
func TestBadTagNamed(t *testing.T) {
	for line, want := range map[string]string{
		`{"id":"a","title":"t","tags":["AI","\ufe0f"],"published":"2026-04-01T00:00:00Z"}`: "tag 2:",
		`{"id":"a","title":"t","tags":["AI","EV",""],"published":"2026-04-01T00:00:00Z"}`:  "(tag 3)",
		`{"id":"a","title":"t","tags":[" AI","EV"],"published":"2026-04-01T00:00:00Z"}`:    "tag 1:",
	} {
		if _, err := DecodeArticle([]byte(line)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("DecodeArticle(%s) = %v, want the message to say %q", line, err, want)
		}
	}
}

// TestURLFaultNamed: a url that is no absolute http(s) URL is told what
// to mend (they had all been told "is not an absolute http(s) URL", an
// escape's typo and a missing scheme alike), and one with a port but no
// host name, which no browser opens, is refused.
func TestURLFaultNamed(t *testing.T) {
	for _, tt := range []struct{ name, url, want string }{
		{"a bad escape", "https://news.example.jp/a%zz", "%zz is no %-escape (% and two hex digits); a literal % is %25"},
		{"a lone percent", "https://news.example.jp/50%", "a literal % is %25"},
		{"no scheme", "news.example.jp/a", "has no scheme: write it in full, with https://"},
		{"no scheme, a port", "news.example.jp:8080/a", "has no scheme"},
		{"no scheme, an address and port", "192.0.2.1:8080/a", "has no scheme"},
		{"scheme-relative", "//news.example.jp/a", "has no scheme"},
		{"another scheme", "ftp://news.example.jp/a", "is a ftp: URL; an article's url is an http or https one"},
		{"script", "javascript:alert(1)", "is a javascript: URL"},
		{"no slashes", "https:news.example.jp/a", "has no // after https:; write https://news.example.jp/a"},
		{"no host", "https:///a", "has no host name"},
		{"a port and no host", "https://:8080/a", "has no host name"},
		{"a port that is no number", "https://news.example.jp:abc/", `invalid port ":abc" after host`},
		{"an unclosed IPv6 host", "https://[2001:db8::1/a", "missing ']' in host"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeArticle([]byte(`{"id":"a","title":"t","url":"` + tt.url + `","published":"2026-04-01T00:00:00Z"}`))
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Field != "url" || !strings.Contains(ve.Msg, tt.want) {
				t.Errorf("DecodeArticle(url %q) = %v, want a url error with %q", tt.url, err, tt.want)
			}
		})
	}
	for _, ok := range []string{"https://news.example.jp/a%20b", "HTTPS://NEWS.EXAMPLE.JP/", "http://[2001:db8::1]:8080/a", "https://例え.jp/記事", "https://news.example.jp:/a"} {
		if _, err := DecodeArticle([]byte(`{"id":"a","title":"t","url":"` + ok + `","published":"2026-04-01T00:00:00Z"}`)); err != nil {
			t.Errorf("DecodeArticle(url %q) = %v, want it accepted", ok, err)
		}
	}
}

// TestMissingFieldsNamed: a line that lacks several required fields
// names them all, not only the first one checked.
func TestMissingFieldsNamed(t *testing.T) {
	for _, tt := range []struct {
		name, line, field, want string
	}{
		{"nothing", `{}`, "", "missing the required fields id, title and published (published as RFC 3339"},
		{"only a body", `{"body":"本文"}`, "", "id, title and published"},
		{"id and title", `{"published":"2026-04-01T00:00:00Z"}`, "", "missing the required fields id and title"},
		{"title and published", `{"id":"a","title":" "}`, "", "title and published (published as"},
		{"id alone", `{"title":"t","published":"2026-04-01T00:00:00Z"}`, "id", "is required"},
		{"title alone", `{"id":"a","published":"2026-04-01T00:00:00Z"}`, "title", "is required"},
		{"published alone", `{"id":"a","title":"t"}`, "published", "is required"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeArticle([]byte(tt.line))
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Field != tt.field || !strings.Contains(ve.Msg, tt.want) {
				t.Errorf("DecodeArticle(%s) = %v, want field %q and a message with %q", tt.line, err, tt.field, tt.want)
			}
		})
	}
	// A write's id is in its URL: only title and published are missing.
	_, err := DecodeArticleFor("a1", []byte(`{}`))
	if err == nil || !strings.Contains(err.Error(), "fields title and published") {
		t.Errorf("DecodeArticleFor(a1, {}) = %v, want title and published named", err)
	}
}

// TestPublishedTimeToWrite: a published time nearly in RFC 3339 is
// refused with the time to write (an offset as strftime's %z writes it).
func TestPublishedTimeToWrite(t *testing.T) {
	for _, tt := range []struct{ name, published, want string }{
		{"offset without its colon", "2026-04-01T09:00:00+0900", "write it 2026-04-01T09:00:00+09:00"},
		{"no seconds", "2026-04-01T09:00Z", "write it 2026-04-01T09:00:00Z"},
		{"as RSS writes a pubDate", "Wed, 01 Apr 2026 09:00:00 +0900", "write it 2026-04-01T09:00:00+09:00"},
		{"a space for the T", "2026-04-01 09:00:00+09:00", "write it 2026-04-01T09:00:00+09:00"},
		{"no offset", "2026-04-01T09:00:00", "such as 2026-04-01T09:00:00+09:00"},
		{"a day alone", "2026-04-01", "such as 2026-04-01T09:00:00+09:00"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeArticle([]byte(`{"id":"a","title":"t","published":"` + tt.published + `"}`))
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Field != "published" || !strings.Contains(ve.Msg, tt.want) {
				t.Errorf("DecodeArticle(published %q) = %v, want a published error with %q", tt.published, err, tt.want)
			}
		})
	}
}

// TestZeroYearIsNotMissing: the zero time is a date given, out of range.
func TestZeroYearIsNotMissing(t *testing.T) {
	_, err := DecodeArticle([]byte(`{"id":"a","title":"t","published":"0001-01-01T00:00:00Z"}`))
	if err == nil || !strings.Contains(err.Error(), "year 1") {
		t.Errorf("DecodeArticle with year 1 = %v, want a message about the year", err)
	}
}

// TestPublishedToTheSecond: a fraction of a second is dropped on write,
// so an article reads back as search lists and sorts it.
func TestPublishedToTheSecond(t *testing.T) {
	ix := mustOpen(t)
	at := time.Date(2026, 12, 24, 9, 0, 0, 900_000_000, JST)
	mustPut(t, ix, Article{ID: "frac", Title: "分数秒", Body: "本文", Published: at})
	a, err := ix.Get(t.Context(), "frac")
	if err != nil {
		t.Fatal(err)
	}
	res := mustSearch(t, ix, Request{Query: "分数秒"})
	want := at.Truncate(time.Second)
	if !a.Published.Equal(want) || len(res.Hits) != 1 || !res.Hits[0].Published.Equal(want) {
		t.Errorf("published %v (get), %v (search); want %v in both", a.Published, res.Hits, want)
	}
}

// TestDuplicateTagsMerged: a tag that repeats an earlier one, width and
// case aside, is dropped; the first spelling stays.
func TestDuplicateTagsMerged(t *testing.T) {
	a, err := DecodeArticle([]byte(`{"id":"a","title":"t","tags":["x","x","X","ｘ","y","AI","ａｉ"],"published":"2026-04-01T00:00:00Z"}`))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"x", "y", "AI"}; !slices.Equal(a.Tags, want) {
		t.Errorf("tags = %q, want %q", a.Tags, want)
	}
}

// TestDateBoundToTheSecond: a bound with a fraction of a second is read to
// the second, as a published date is kept, so the article written in that
// second is within it.
func TestDateBoundToTheSecond(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, Article{ID: "frac", Title: "分数秒", Body: "本文", Published: time.Date(2026, 12, 24, 12, 0, 0, 999_000_000, JST)})
	bound := func(s string, end bool) time.Time {
		b, err := ParseDate(s, end)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, r := range []Request{
		{Query: "分数秒", From: bound("2026-12-24T12:00:00.5+09:00", false)},
		{Query: "分数秒 published:=2026-12-24T12:00:00.999+09:00"},
		{Query: "分数秒", To: bound("2026-12-24T12:00:00.2+09:00", true)},
	} {
		if res := mustSearch(t, ix, r); res.Total != 1 {
			t.Errorf("%s (from %v, to %v): %d hits, want 1", r.Query, r.From, r.To, res.Total)
		}
	}
}
