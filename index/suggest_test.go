package index

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"sagasu/data"
)

// Suggest as a reader meets it: keystroke by keystroke on the sample
// articles, the kinds of suggestion and their counts, the requests it
// rejects, an index without a suggester, and words typed past or again.

// prefixesOf returns every prefix of s, one character or letter at a time.
func prefixesOf(s string) []string {
	var out []string
	for i := range s {
		if i > 0 {
			out = append(out, s[:i])
		}
	}
	return append(out, s)
}

// TestSuggestWhileTyping follows a reader typing, keystroke by keystroke,
// on the sample articles: at every step the word they mean must be among
// the first three suggestions.
func TestSuggestWhileTyping(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		typed string
		want  string
		from  int // the first prefix (in runes) that must already work
	}{
		{"じどううんてん", "自動運転", 1},
		{"jidouunten", "自動運転", 1},
		{"jidōunten", "自動運転", 1},
		{"jidoounten", "自動運転", 1},
		{"sumaatofon", "スマートフォン", 4},
		{"sumātofon", "スマートフォン", 4},
		{"sofutowea", "ソフトウェア", 4},
		{"oputhimasu", "オプティマス", 4},
		{"enubidhia", "NVIDIA", 3}, // by the user dictionary's reading, keyed folded (エヌビデイア)
		{"ろぼたくしー", "ロボタクシー", 3},
		{"robotakushi-", "ロボタクシー", 5},
		{"tesura", "テスラ", 3},
		{"てすら", "テスラ", 2},
		{"ぜんこたいでんち", "全固体電池", 3},
		{"zenkotaidenchi", "全固体電池", 5},
		{"りょうしこんぴゅーた", "量子コンピュータ", 5},
		{"たいりょうしあんごう", "耐量子暗号", 4},
		{"自動運転", "自動運転", 2},
		{"ロボット", "ロボット", 2},
		{"tesla", "Tesla", 3},
		{"ＴＥＳＬＡ", "Tesla", 3},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			for i, p := range prefixesOf(tt.typed) {
				if i+1 < tt.from {
					continue
				}
				got, err := ix.Suggest(context.Background(), p, 3)
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, s := range got {
					found = found || s.Text == tt.want
				}
				if !found {
					t.Errorf("Suggest(%q) = %v, want %s in the top 3", p, texts(got), tt.want)
				}
			}
		})
	}
}

// offersTerm reports whether got offers text as a word (kind term).
func offersTerm(got []Suggestion, text string) bool {
	return slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == text && s.Kind == kindTerm })
}

func texts(ss []Suggestion) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text+"/"+s.Kind)
	}
	return out
}

func TestSuggestKindsAndContext(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	got, _ := ix.Suggest(ctx, "量子 こ", 5)
	if len(got) == 0 || !strings.HasPrefix(got[0].Text, "量子コンピュータ") {
		t.Errorf("量子 こ = %v, want 量子コンピュータ first", texts(got))
	}
	// Completed after the other words: words some article has beside
	// them (not 量子 誤認), after the words as typed.
	got, _ = ix.Suggest(ctx, "量子 ご", 5)
	for _, s := range got {
		if res, err := ix.Search(ctx, Request{Query: s.Text}); err != nil || res.Total == 0 || res.Relaxed {
			t.Errorf("量子 ご → %q, which no article has", s.Text)
		}
	}
	got, _ = ix.Suggest(ctx, "全固体電池　と", 5)
	if len(got) == 0 {
		t.Errorf("全固体電池　と = nothing")
	}
	for _, s := range got {
		if !strings.HasPrefix(s.Text, "全固体電池 ") || s.Kind != kindTerm {
			t.Errorf("全固体電池　と → %q (%s), want a word after 全固体電池", s.Text, s.Kind)
		}
		if res, err := ix.Search(ctx, Request{Query: s.Text}); err != nil || res.Total == 0 || res.Relaxed {
			t.Errorf("全固体電池　と → %q, which no article has", s.Text)
		}
	}
	got, _ = ix.Suggest(ctx, "宇宙", 8)
	kinds := map[string]bool{}
	for _, s := range got {
		kinds[s.Kind] = true
		if s.Kind == kindTitle && s.ID == "" {
			t.Errorf("title suggestion without id: %+v", s)
		}
		if s.Count < 1 {
			t.Errorf("suggestion without count: %+v", s)
		}
	}
	if !kinds[kindTerm] || !kinds[kindTitle] || !kinds[kindCategory] {
		t.Errorf("宇宙 = %v, want a term, a title and a category", texts(got))
	}
	// No duplicates: ロボット in full and half width is one suggestion.
	got, _ = ix.Suggest(ctx, "ろぼ", 10)
	n := 0
	for _, s := range got {
		if s.Text == "ロボット" {
			n++
		}
		if s.Text == "ﾛﾎﾞｯﾄ" {
			t.Errorf("half-width spelling shown: %v", texts(got))
		}
	}
	if n != 1 {
		t.Errorf("ろぼ = %v, want ロボット once", texts(got))
	}
	// Blank input or no match: an empty list (JSON []), not nil, no error.
	for _, q := range []string{"", "   ", "\u3000", "zzqx", "量子 zzqx"} {
		if got, err := ix.Suggest(ctx, q, 5); err != nil || got == nil || len(got) != 0 {
			t.Errorf("Suggest(%q) = %#v, %v; want an empty, non-nil list", q, got, err)
		}
	}
}

func TestSuggestRejects(t *testing.T) {
	ix := mustOpen(t)
	for _, q := range []string{strings.Repeat("あ", 101), "a\xffb", "a\x00b", "a\u0085b"} {
		if _, err := ix.Suggest(context.Background(), q, 5); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("Suggest(%q) = %v, want ErrInvalidRequest", q, err)
		}
	}
	// Tab and line breaks separate words, as in a search.
	for _, q := range []string{"a\tb", "a\nb", "a\r\nb"} {
		if _, err := ix.Suggest(context.Background(), q, 5); err != nil {
			t.Errorf("Suggest(%q) = %v, want no error", q, err)
		}
	}
	if _, err := ix.Suggest(context.Background(), "a", 21); !errors.Is(err, ErrInvalidRequest) {
		t.Errorf("size 21 accepted")
	}
}

// TestNoSuggest: a tool's index (Options.NoSuggest) builds no suggestion
// data in the background, and RefreshSuggest still builds it on demand.
func TestNoSuggest(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "index"), Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Import(context.Background(), bytes.NewReader(data.SampleArticles), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * suggestDebounce)
	if got, _ := ix.Suggest(context.Background(), "じどう", 5); len(got) != 0 || ix.SuggestStats().Entries != 0 {
		t.Fatalf("suggestions without a suggester: %v", texts(got))
	}
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, _ := ix.Suggest(context.Background(), "じどう", 5); len(got) == 0 {
		t.Fatal("no suggestions after RefreshSuggest")
	}
}

// mustSuggestFrom writes arts and builds the suggestion data from them
// (mustOpen gave the lookups time to find, not a budget to keep).
func mustSuggestFrom(t *testing.T, ix *Index, arts ...Article) {
	t.Helper()
	mustPut(t, ix, arts...)
	if err := ix.RefreshSuggest(t.Context()); err != nil {
		t.Fatal(err)
	}
}

// TestSuggestOvertyped: a reader typing past what the archive writes
// keeps the word the box offered a key before; letters that complete
// nothing offer nothing.
func TestSuggestOvertyped(t *testing.T) {
	ctx := context.Background()
	ix := mustSuggestOver(t, append(copiesOf(3, "gpt", "対話AIの新版", "OpenAIはChatGPTの新版を公開した。", "2026-06-01"),
		copiesOf(3, "nv", "GPUの新製品", "NVIDIAのジェンスン・フアンCEOが登壇した。", "2026-06-02")...)...)
	for _, tt := range []struct{ q, want string }{
		{"chatgptz", "ChatGPT/term"}, {"ちゃっとgpt", "ChatGPT/term"}, {"jensenh", "ジェンスン/term"},
	} {
		got, err := ix.Suggest(ctx, tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(texts(got), tt.want) {
			t.Errorf("Suggest(%s) = %v, want %s", tt.q, texts(got), tt.want)
		}
	}
	if got, _ := ix.Suggest(ctx, "zzqx", 3); len(got) != 0 {
		t.Errorf("Suggest(zzqx) = %v, want nothing", texts(got))
	}
}

// TestSuggestRepeatedWords: a word typed again before the last is
// completed after once, not echoed in every suggestion.
func TestSuggestRepeatedWords(t *testing.T) {
	ix := mustSample(t)
	if err := ix.RefreshSuggest(context.Background()); err != nil {
		t.Fatal(err)
	}
	once, err := ix.Suggest(t.Context(), "量子 こ", 5)
	if err != nil {
		t.Fatal(err)
	}
	again, err := ix.Suggest(t.Context(), "量子 量子 量子 こ", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(once) == 0 || !slices.Equal(texts(once), texts(again)) {
		t.Errorf("Suggest(量子 量子 量子 こ) = %v, want as 量子 こ: %v", texts(again), texts(once))
	}
}
