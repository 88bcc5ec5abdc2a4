package index

import (
	"context"
	"strings"
	"testing"
)

// TestSyntaxTyped: the editor syntax of what is typed is read as the
// search reads it, split at its last piece.
func TestSyntaxTyped(t *testing.T) {
	for _, tc := range []struct {
		name, q, head, rest, scope string
	}{
		{"an operator", "映画 OR え", "映画 OR ", "え", ""},
		{"an operator last", "映画 OR", "映画 OR", "", ""},
		{"full-width OR, as NFKC reads it", "映画 ＯＲ 邦画", "映画 OR ", "邦画", ""},
		{"AND and spaces", "映画  AND   え", "映画  AND ", "え", ""},
		{"an exclusion last", "映画 -じどう", "映画 -", "じどう", ""},
		{"a scope last", "title:映", "title:", "映", "title"},
		{"a full-width scope", "ｔｉｔｌｅ：映", "title:", "映", "title"},
		{"a scope in capitals, as the search reads it", "TITLE:映", "TITLE:", "映", "title"},
		{"an excluded scope", "(title:-量子", "(title:-", "量子", "title"},
		{"a scoped word before", "title:映画 こ", "title:映画 ", "こ", ""},
		{"a group closed", "(映画 OR 邦画) こ", "(映画 OR 邦画) ", "こ", ""},
		{"a date scope", "published:2012", "published:", "2012", "published"},
		{"a scope and a space, which the search refuses", "title: 映", "title:", "映", "title"},
		{"a scope and spaces before two words", "tag:　量子 こ", "tag:", "量子 こ", "tag"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := syntaxTyped(tc.q)
			if !ok || got.head != tc.head || got.rest != tc.rest || got.scope != tc.scope {
				t.Errorf("syntaxTyped(%q) = %q %q %q %v, want %q %q %q", tc.q, got.head, got.rest, got.scope, ok, tc.head, tc.rest, tc.scope)
			}
		})
	}
	for _, tc := range []struct{ name, q string }{
		{"words", "量子 こ"},
		{"lower-case or is a word", "映画 or"},
		{"a hyphen inside a word", "t-shirt"},
		{"an unknown field", "author:山田"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := syntaxTyped(tc.q); ok {
				t.Errorf("syntaxTyped(%q) = %+v, want no syntax", tc.q, got)
			}
		})
	}
}

// TestSuggestAfterSyntax: an operator is no romaji and a field name no
// word to complete; the words after the syntax are completed and the
// syntax kept before them.
func TestSuggestAfterSyntax(t *testing.T) {
	ix := mustSample(t)
	ctx := context.Background()
	if err := ix.RefreshSuggest(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, q, want string // want: the first suggestion, "" for none
	}{
		{"an operator last completes nothing (OR had been おr)", "量子 OR", ""},
		{"NOT last", "量子 NOT", ""},
		{"after OR", "量子 OR じどう", "量子 OR 自動運転"},
		{"after an exclusion", "量子 -じどう", "量子 -自動運転"},
		{"a scope's value (title:じ had suggested the word title)", "title:じどう", "title:自動運転"},
		{"nothing after a scope (ti had been read as ち)", "量子 title:", ""},
		{"a scope in capitals (Title:じ had suggested the word Title)", "Title:じどう", "Title:自動運転"},
		{"dates are not completed", "published:2026", ""},
		{"under tag: tags only", "tag:じどう", "tag:自動運転バス"},
		// Each suggestion is a query the search accepts (they had been
		// searched and answered 400).
		{"a group left open is closed", "(量子 OR じどう", "(量子 OR 自動運転)"},
		{"groups left open are closed", "((量子 OR じどう", "((量子 OR 自動運転))"},
		{"a scope and a space is the scope of the word", "title: じどう", "title:自動運転"},
		{"a date scope and a space completes nothing", "published: じどう", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ix.Suggest(ctx, tc.q, 5)
			if err != nil {
				t.Fatal(err)
			}
			first := ""
			if len(got) > 0 {
				first = got[0].Text
			}
			if tc.want == "" && len(got) != 0 || tc.want != "" && first != tc.want {
				t.Errorf("Suggest(%q) = %v, want %q first", tc.q, texts(got), tc.want)
			}
			for _, s := range got {
				if _, err := ParseQuery(s.Text); err != nil && s.Kind != kindTitle {
					t.Errorf("Suggest(%q) suggests %q, which the search refuses: %v", tc.q, s.Text, err)
				}
			}
		})
	}
	// OR first, which the search refuses (OR goes between two words),
	// completes no word: only titles, which open their article.
	got, err := ix.Suggest(ctx, "OR じどう", 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range got {
		if s.Kind != kindTitle {
			t.Errorf("Suggest(OR じどう) has %+v, want titles only", s)
		}
	}
	// Under category: only categories, shown as the filter takes them.
	got, err = ix.Suggest(ctx, "category:ろぼ", 5)
	if err != nil || len(got) == 0 || got[0].Text != "ロボティクス" {
		t.Fatalf("Suggest(category:ろぼ) = %v, %v; want the category ロボティクス first", texts(got), err)
	}
	for _, s := range got {
		if s.Kind != kindCategory || strings.Contains(s.Text, ":") {
			t.Errorf("Suggest(category:ろぼ) has %+v, want categories only, named alone", s)
		}
	}
}
