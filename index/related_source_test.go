package index

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"testing"

	"sagasu/analyzer"
)

// sameSourceWords reports whether two analyses hold the same words (an
// empty list or map being the same as none).
func sameSourceWords(a, b *sourceWords) bool {
	return slices.Equal(a.title, b.title) && slices.Equal(a.titleQuery, b.titleQuery) && a.titleContent == b.titleContent &&
		slices.Equal(a.marks, b.marks) && maps.Equal(a.markOf, b.markOf) &&
		slices.Equal(a.body, b.body) && a.content == b.content &&
		slices.Equal(a.credits, b.credits) && a.creditContent == b.creditContent &&
		maps.Equal(a.written, b.written) && maps.Equal(a.words.Inside, b.words.Inside) &&
		maps.Equal(a.words.Inflected, b.words.Inflected) && maps.Equal(a.words.Manner, b.words.Manner) &&
		maps.Equal(a.words.Names, b.words.Names) && maps.Equal(a.words.Pieces, b.words.Pieces) &&
		len(a.words.Runs) == len(b.words.Runs) && slices.EqualFunc(a.words.Runs, b.words.Runs, func(x, y analyzer.Run) bool { return slices.Equal(x, y) })
}

func TestSourceWordsRoundTrip(t *testing.T) {
	an := mustOpen(t).an
	for _, tc := range []struct{ name, title, body string }{
		{"plain", "全固体電池の量産ライン、トヨタが建設へ", "トヨタ自動車は全固体電池の量産ラインを建設すると発表した。新しい工場に基づく計画だ。"},
		{"mark and credit", "【オトナ女子映画部】エマ・ストーン主演作", "エマ・ストーンが主演する。静電式タッチパネルのSH-01Eも出る。\n記事執筆：佐藤一郎\n【応募方法】\n"},
		{"inside and pieces", "米リビアンが新型車", "米リビアンは12日、ダウンタウンで発表。75MbpsのGL04Pに対応し、AKB48も登場。"},
		{"title only", "速報 H3打ち上げ成功", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mainText, credits := sourceText(tc.body)
			want := analyseSource(an, tc.title, mainText, credits)
			b := encodeSourceWords(want, sourceKey(tc.title, tc.body))
			got, key, err := decodeSourceWords(b)
			if err != nil {
				t.Fatalf("decodeSourceWords: %v", err)
			}
			if key != sourceKey(tc.title, tc.body) {
				t.Errorf("key = %x, want %x", key, sourceKey(tc.title, tc.body))
			}
			if !sameSourceWords(got, want) {
				t.Errorf("decodeSourceWords(encodeSourceWords(w)) =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

func TestDecodeSourceWordsDamaged(t *testing.T) {
	an := mustOpen(t).an
	good := encodeSourceWords(analyseSource(an, "量子ビットを千個に", "量子コンピュータの開発企業は量子ビットを千個に増やす。", ""), 7)
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"none", nil},
		{"header only", good[:9]},
		{"another version", append([]byte{sourceWordsVersion + 1}, good[1:]...)},
		{"cut short", good[:len(good)/2]},
		{"one byte more", append(slices.Clone(good), 0)},
		{"huge count", append(slices.Clone(good[:9]), 0xff, 0xff, 0xff, 0xff, 0x0f)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if sw, _, err := decodeSourceWords(tc.b); !errors.Is(err, errSourceWords) || sw != nil {
				t.Errorf("decodeSourceWords = %v, %v; want errSourceWords", sw, err)
			}
		})
	}
}

// TestRelatedTermsFromKeptWords checks that an indexed article's words
// are read from those kept with it, and are the words its text analysed
// gives.
func TestRelatedTermsFromKeptWords(t *testing.T) {
	ix := mustSample(t)
	mustPut(t, ix, relatedFixtures...)
	ctx := t.Context()
	arts := append(sampleArticles(t), relatedFixtures...)
	used := 0
	for _, a := range arts {
		src, kept, err := ix.relatedSource(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(kept) == 0 {
			t.Fatalf("%s: no words kept", a.ID)
		}
		whole := head(src.Body, relatedTextBytes)
		if keptWords(kept, src.Title, whole, true) == nil {
			t.Errorf("%s: the kept words are not of the text read back", a.ID)
		}
		got, want := ix.relatedTerms(ctx, &src, kept), ix.relatedTerms(ctx, &src, nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: relatedTerms from the kept words differ from the text's analysed:\n%+v\nwant\n%+v", a.ID, got, want)
		}
		used++
	}
	if used < len(arts) {
		t.Errorf("kept words read for %d of %d articles", used, len(arts))
	}
}

// TestKeptWordsFollowWrites checks that an article written again is
// related by its new words, and that words kept for another text are
// never read.
func TestKeptWordsFollowWrites(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, relatedFixtures...)
	ctx := t.Context()
	_, old, err := ix.relatedSource(ctx, "bat-3")
	if err != nil {
		t.Fatal(err)
	}
	changed := relatedFixtures[4]
	changed.Title, changed.Body = "量子暗号の通信網", "量子コンピュータ時代に備え、量子暗号の通信網を整える。量子ビットを光で送る実験も続く。"
	mustPut(t, ix, changed)
	src, kept, err := ix.relatedSource(ctx, "bat-3")
	if err != nil {
		t.Fatal(err)
	}
	whole := head(src.Body, relatedTextBytes)
	if keptWords(old, src.Title, whole, true) != nil {
		t.Error("keptWords read the words kept for the article's former text")
	}
	if keptWords(kept, src.Title, whole, false) != nil {
		t.Error("keptWords read kept words for a text with sentences left out")
	}
	terms := ix.relatedTerms(ctx, &src, kept)
	has := func(term string) bool {
		return slices.ContainsFunc(terms, func(w weightedTerm) bool { return w.term == term })
	}
	if !has("量子暗号") || has("量産") || has("充電") {
		t.Errorf("relatedTerms after the write = %v, want the new text's words (量子暗号), not the old (量産, 充電)", terms)
	}
	hits, err := ix.Related(ctx, RelatedRequest{ID: "bat-3"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].Category != "量子" {
		t.Errorf("Related(bat-3) after the write = %v, want the quantum articles first", relatedIDs(hits))
	}
}

// TestRelatedTermsFromKeptWordsCorpus checks the kept words against the
// analysed text on livedoor: every source whose text is read whole.
func TestRelatedTermsFromKeptWordsCorpus(t *testing.T) {
	ix, _ := mustCorpus(t)
	ctx := t.Context()
	arts := loadCorpus(t, 1<<20)
	used, n := 0, 0
	for i := 0; i < len(arts); i += 23 {
		src, kept, err := ix.relatedSource(ctx, arts[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if keptWords(kept, src.Title, head(src.Body, relatedTextBytes), true) != nil {
			used++
		}
		if got, want := ix.relatedTerms(ctx, &src, kept), ix.relatedTerms(ctx, &src, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: relatedTerms from the kept words differ from the text's analysed", src.ID)
		}
	}
	if used < n*9/10 {
		t.Errorf("kept words of the text read back for %d of %d sources, want nine tenths", used, n)
	}
}
