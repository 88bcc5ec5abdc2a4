package index

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseQuery(t *testing.T) {
	good := []struct {
		name, in, want string // want is the String() form
	}{
		{"words", "量子 暗号", "量子 暗号"},
		{"ideographic space", "量子\u3000暗号", "量子 暗号"},
		{"phrase", `"関西国際空港" 実証`, `"関西国際空港" 実証`},
		{"curly and full-width quotes", "“全固体電池” ＂量産＂", `"全固体電池" "量産"`},
		{"exclusion", "量子 -IBM -\"量子暗号\"", `量子 -IBM -"量子暗号"`},
		{"full-width minus, minus sign and hyphens", "量子 －IBM −Google ‐NEC –富士通", "量子 -IBM -Google -NEC -富士通"},
		{"OR", "量子 OR 全固体電池", "量子 OR 全固体電池"},
		{"OR binds loosest", "a b OR c", "a b OR c"},
		{"OR before an exclusion", "AI OR-電池", "AI OR -電池"},
		{"group", "(量子 OR 電池) 量産", "(量子 OR 電池) 量産"},
		{"AND is optional", "量子 AND 暗号", "量子 暗号"},
		{"lower-case or is a word", "量子 or 暗号", "量子 or 暗号"},
		{"NOT excludes", "サッカー NOT 日本代表", "サッカー -日本代表"},
		{"NOT a group", "量子 NOT (IBM OR Google)", "量子 -(IBM OR Google)"},
		{"NOT and minus are one exclusion", "量子 NOT -IBM", "量子 -IBM"},
		{"NOT NOT is one exclusion", "量子 NOT NOT IBM", "量子 -IBM"},
		{"NOT of a grouped exclusion excludes it, as a minus does", "量子 NOT (-IBM)", "量子 -(-IBM)"},
		{"NOT of a field's grouped exclusion", "NOT title:(NOT 量子)", "-(-title:量子)"},
		{"a double exclusion reads back as one", "-(-量子)", "-(-量子)"},
		{"lower-case not is a word", "量子 not 暗号", "量子 not 暗号"},
		{"NOT quoted is a word", `量子 "NOT"`, `量子 "NOT"`},
		{"fields", "title:量子 body:暗号 category:AI tag:NIST", "title:量子 body:暗号 category:AI tag:NIST"},
		{"field phrase", `title:"量子 暗号"`, `title:"量子 暗号"`},
		{"field group", "title:(量子 OR 暗号)", "title:量子 OR title:暗号"},
		{"quoted category", `category:"宇宙・航空"`, "category:宇宙・航空"},
		{"a label of 100 characters that width folding makes 400", "category:" + strings.Repeat("㍿", 100), "category:" + strings.Repeat("株式会社", 100)},
		{"fields in any case (a phone capitalises the first letter)", "Title:量子 BODY:暗号 Category:AI TAG:NIST Published:2026", "title:量子 body:暗号 category:AI tag:NIST published:2026"},
		{"full-width colon and operators", "ｔｉｔｌｅ：量子　ｐｕｂｌｉｓｈｅｄ：＞＝２０２６", "title:量子 published:>=2026"},
		{"dates", "published:>=2026-01-01 published:<2026-02 published:2026", "published:>=2026-01-01 published:<2026-02 published:2026"},
		{"an offset's + sent as is (a space)", "published:>=2026-06-01T00:00:00 09:00 量子", "published:>=2026-06-01T00:00:00+09:00 量子"},
		{"a time then a word", "published:2026-06-01 09:00", "published:2026-06-01 09:00"},
		{"negated group", "-(量子 OR 暗号) NIST", "-(量子 OR 暗号) NIST"},
		{"minus after a field", "量子 title:-暗号 category:-AI", "量子 -title:暗号 -category:AI"},
		{"a minus before degrees is the temperature's sign", "ヘリウム -269℃", "ヘリウム 269°C"},
		{"the same in full width, in 度", "気温 －５度", "気温 5度"},
		{"a negative temperature with a decimal point", "-1.5°C", "1.5°C"},
		{"NOT before a negative temperature excludes it", "冷却 NOT -269℃", "冷却 -269°C"},
		{"a minus before a year still excludes", "決算 -2026年", "決算 -2026年"},
		{"a minus before a count still excludes", "iPhone -5", "iPhone -5"},
		{"repeated minus is one exclusion", "映画 ---" + strings.Repeat("-", 1000) + "IBM", "映画 -IBM"},
		{"a colon in a word", "10:30 https://example.jp", "10:30 https://example.jp"},
		{"the editors' example", "category:耐量子暗号 NIST -Google published:>=2026-01-01", "category:耐量子暗号 NIST -Google published:>=2026-01-01"},
	}
	for _, tt := range good {
		t.Run(tt.name, func(t *testing.T) {
			n, err := ParseQuery(tt.in)
			if err != nil {
				t.Fatalf("ParseQuery(%q) = %v", tt.in, err)
			}
			if got := n.String(); got != tt.want {
				t.Errorf("ParseQuery(%q).String() = %q, want %q", tt.in, got, tt.want)
			}
		})
	}

	bad := []struct {
		name, in string
		pos      int
		msg      string
	}{
		{"unclosed paren", "量子 (暗号 OR 電池", 4, "never closed"},
		{"stray close", "量子) 暗号", 3, "unexpected )"},
		{"empty group", "()", 2, "inside ()"},
		{"OR at the end", "量子 OR", 6, "after OR"},
		{"OR at the start", "OR 量子", 1, "OR goes between two words"},
		{"double OR", "量子 OR OR 暗号", 7, "OR goes between two words"},
		{"unclosed phrase", `"量子 暗号`, 1, "never closed"},
		{"empty phrase", `"  "`, 1, "empty phrase"},
		{"lone minus", "量子 - 暗号", 5, "right after -"},
		{"field without value", "title: 量子", 7, "after title:"},
		{"a field in capitals inside a scope", "TITLE:(量子 Body:暗号)", 11, "body: inside title:"},
		{"field with a minus and no value", "title:- 量子", 8, "after title:-"},
		{"bad date", "published:>=2026-13-01", 13, "not a date"},
		{"date without value", "published:>=", 13, "expected a date"},
		{"category group", "category:(a OR b)", 10, "takes one value"},
		{"a label longer than any", "category:" + strings.Repeat("あ", 101), 111, "at most 100"},
		{"a label longer than any, counted as typed", `tag:"` + strings.Repeat("㍿", 101) + `"`, 108, "the value has 101 characters"},
		{"a label longer than any, decomposed", "category:" + strings.Repeat("か\u3099", 101), 212, "the value has 101 characters"},
		{"a label of an invisible character", "category:\u200b 量子", 10, "category: the value has no visible character"},
		{"a quoted tag of invisible characters", "量子 tag:\"\u200b\ufe0f\"", 8, "tag: the value has no visible character"},
		{"a field inside another's group", "title:(量子 body:暗号)", 11, "a word has one field"},
		{"a field right after another", "title:body:量子", 7, "a word has one field"},
		{"OR before a closing parenthesis", "(量子 OR)", 7, "after OR"},
		{"OR before a closing parenthesis in a scope", "title:(量子 OR)", 13, "after OR"},
		{"AND before a closing parenthesis", "(量子 AND) 暗号", 8, "after AND"},
		{"NOT at the end", "量子 NOT", 7, "after NOT"},
		{"NOT before OR", "量子 NOT OR 暗号", 8, "after NOT"},
		{"too deep", strings.Repeat("(", 9) + "a" + strings.Repeat(")", 9), 9, "deeper"},
		{"too many words", strings.Repeat("a OR ", 64) + "a", 321, "more than 64"}, // at the 65th
		{"too many words, then more", strings.Repeat("ab ", 66), 193, "more than 64"},
		// Positions count the characters as typed, not as normalised.
		{"after characters NFKC expands", "㍿㍿㍿ title:", 11, "after title:"},
		{"after half-width kana with voicing marks", "ｶﾞｶﾞｶﾞ title:", 14, "after title:"},
		{"after a ligature", "ﬁ (a", 3, "never closed"},
		{"phrase after an expanding character", `㍿ "a`, 3, "never closed"},
		{"full-width operators", "ｔｉｔｌｅ：（量子", 7, "never closed"},
		{"bad date after a combining mark", "ｶﾞ published:2026-13", 14, "not a date"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseQuery(tt.in)
			var se *SyntaxError
			if !errors.As(err, &se) || !errors.Is(err, ErrInvalidRequest) {
				t.Fatalf("ParseQuery(%q) = %v, want a SyntaxError", tt.in, err)
			}
			if se.Pos != tt.pos || !strings.Contains(se.Msg, tt.msg) {
				t.Errorf("ParseQuery(%q) = %v, want position %d and %q", tt.in, err, tt.pos, tt.msg)
			}
		})
	}
}

// FuzzParseQuery checks that parsing never panics and that a parsed
// query reads back as itself.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"量子 OR (暗号 -電池)", `title:"a b" category:AI`, "published:>=2026-01", "-(a OR b)", `""`, "a\xffb", "((((", "title:(a OR -b)", "ｔｉｔｌｅ：Ｘ",
		// inputs the fuzzer once broke the round trip with
		"00000 -OR", "0(0 0)", "title:OR", "NOT NOT a", "a NOT(b)", "title:NOT", "-NOT", "NOT-a", "\xf4ٵ", "㍿㍿ (", "ｶﾞ\xff title:", "e\u0301\u0301 (", strings.Repeat("\u0301", 40) + " (", "-(-a)", "NOT (NOT a)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		n, err := ParseQuery(q)
		var se *SyntaxError
		if errors.As(err, &se) {
			if chars := utf8.RuneCountInString(strings.ToValidUTF8(q, "\uFFFD")); se.Pos < 1 || se.Pos > chars+1 {
				t.Fatalf("ParseQuery(%q) = %v: position outside the %d characters", q, err, chars)
			}
		}
		if err != nil {
			return
		}
		again, err := ParseQuery(n.String())
		if err != nil {
			t.Fatalf("ParseQuery(%q) = %q, which does not parse: %v", q, n.String(), err)
		}
		if !reflect.DeepEqual(again, n) {
			t.Fatalf("round trip of %q: %#v then %#v", q, n, again)
		}
	})
}

func TestEditorSearch(t *testing.T) {
	ix := mustFixtures(t)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"OR", "京都 OR 東京都", []string{"kyoto", "tokyo-to"}},
		{"group", "(京都 OR 東京都) 条例", []string{"tokyo-to"}},
		{"title field", "title:量産", []string{"ssb-mass", "ssb-apart"}},
		{"body field", "body:トヨタ", []string{"ssb-mass"}},
		{"title field misses body-only words", "title:トヨタ", nil},
		{"category", "category:電池", []string{"ssb-mass", "ssb-apart"}},
		{"tag", "tag:NVIDIA", []string{"ai-chip"}},
		{"published from", "published:>=2026-05-01", []string{"kix", "escape"}},
		{"published before", "published:<2026-03", []string{"ai-chip"}},
		{"published month", "published:2026-03", []string{"ssb-mass", "ssb-apart"}},
		{"published after a day", "published:>2026-05-02", []string{"escape"}},
		{"exclusion with fields", "category:電池 -title:計画", []string{"ssb-mass"}},
		{"negated group", "-(category:電池 OR category:AI)", []string{"tokyo-to", "kyoto", "kix"}},
		{"double exclusion", "-(-category:電池)", []string{"ssb-mass", "ssb-apart"}},
		{"NOT of an exclusion in parentheses, as the minus", "NOT (NOT category:電池)", []string{"ssb-mass", "ssb-apart"}},
		{"editors' style", "category:自動運転 published:>=2026-04 -京都", []string{"tokyo-to", "kix"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
	// A search-box query with a stray ( or " still searches.
	for _, q := range []string{"(全固体電池", strings.Repeat("(", 11) + "全固体電池"} {
		if res := mustSearch(t, ix, Request{Query: q}); res.Total == 0 {
			t.Errorf("unbalanced ( in a plain query (%s) found nothing", q)
		}
	}
	// A minus before a stray ( excludes the word after it, spaces between.
	ssb := ids(mustSearch(t, ix, Request{Query: "全固体電池"}))
	for _, q := range []string{"-(全固体電池", "-( 全固体電池", `-( "全固体電池`} {
		got := ids(mustSearch(t, ix, Request{Query: q, PerPage: 100}))
		if len(got) == 0 || slices.ContainsFunc(got, func(id string) bool { return slices.Contains(ssb, id) }) {
			t.Errorf("%s = %v, want every article but %v", q, got, ssb)
		}
	}
	// Editor syntax with a mistake is reported.
	_, err := ix.Search(t.Context(), Request{Query: "category:電池 OR"})
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Errorf("broken editor query = %v, want a SyntaxError", err)
	}
}
