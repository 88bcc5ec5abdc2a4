package index

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"testing"

	"sagasu/analyzer"
)

// sameSourceTerms reports whether two sources' terms are the same (no
// runs being the same as an empty list).
func sameSourceTerms(a, b *sourceTerms) bool {
	return a.content == b.content && a.titleContent == b.titleContent && maps.Equal(a.terms, b.terms) &&
		len(a.runs) == len(b.runs) && slices.EqualFunc(a.runs, b.runs, func(x, y analyzer.Run) bool { return slices.Equal(x, y) })
}

func TestSourceTermsRoundTrip(t *testing.T) {
	an := mustOpen(t).an
	for _, tc := range []struct{ name, title, body string }{
		{"plain", "全固体電池の量産ライン、トヨタが建設へ", "トヨタ自動車は全固体電池の量産ラインを建設すると発表した。新しい工場に基づく計画だ。"},
		{"mark and credit", "【オトナ女子映画部】エマ・ストーン主演作", "エマ・ストーンが主演する。静電式タッチパネルのSH-01Eも出る。\n記事執筆：佐藤一郎\n【応募方法】\n"},
		{"inside and pieces", "米リビアンが新型車", "米リビアンは12日、ダウンタウンで発表。75MbpsのGL04Pに対応し、AKB48も登場。"},
		{"folded spellings", "iPhone 5の新機能", "ＡｐｐｌｅのiPhone 5とiOS 6。ＮＴＴドコモはｄマーケットを始めた。"},
		{"title only", "速報 H3打ち上げ成功", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mainText, credits := sourceText(tc.body)
			want := analyseSource(an, tc.title, mainText, credits).terms()
			got, err := decodeSourceTerms(encodeSourceTerms(want, tc.title, tc.body), tc.title, tc.body)
			if err != nil {
				t.Fatalf("decodeSourceTerms: %v", err)
			}
			if !sameSourceTerms(got, want) {
				t.Errorf("decodeSourceTerms(encodeSourceTerms(w)) =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

// TestSourceTermsAsAnalysed checks what sourceWords.terms keeps of an
// analysis: each term of the title, marks, text and credits once, with
// its counts and notes.
func TestSourceTermsAsAnalysed(t *testing.T) {
	an := mustOpen(t).an
	title, body := "【話題】量子ビットの量子コンピュータ", "量子ビットを千個に増やす。量子ビットは光で送る。\n記事執筆：佐藤一郎\n"
	mainText, credits := sourceText(body)
	st := analyseSource(an, title, mainText, credits).terms()
	for _, tc := range []struct {
		name, term  string
		body, title int
		hidden      bool
		mark        string
	}{
		{"in title and text", "量子ビット", 2, 1, false, ""},
		{"in text only", "送る", 1, 0, false, ""},
		{"in a mark only", "話題", 0, 1, true, "【話題】"},
		{"in a credit only", "執筆", 1, 0, true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, ok := st.terms[tc.term]
			if !ok || n.body != tc.body || n.title != tc.title || n.hidden != tc.hidden || n.mark != tc.mark {
				t.Errorf("terms()[%s] = %+v, %v; want body %d, title %d, hidden %v, mark %q", tc.term, n, ok, tc.body, tc.title, tc.hidden, tc.mark)
			}
		})
	}
	for _, term := range []string{"を", "【話題】"} {
		if _, ok := st.terms[term]; ok {
			t.Errorf("terms() has %s, no term of the analysis", term)
		}
	}
	if n := st.terms["1000"]; n.written != "千" || !st.terms["送る"].inflected || !st.terms["量子ビット"].queried {
		t.Errorf("terms() = %+v: want 1000 written 千, 送る inflected, 量子ビット queried", st.terms)
	}
}

func TestDecodeSourceTermsDamaged(t *testing.T) {
	an := mustOpen(t).an
	title, text := "量子ビットを千個に", "量子コンピュータの開発企業は量子ビットを千個に増やす。"
	good := encodeSourceTerms(analyseSource(an, title, text, "").terms(), title, text)
	for _, tc := range []struct {
		name        string
		b           []byte
		title, text string
	}{
		{"none", nil, title, text},
		{"header only", good[:9], title, text},
		{"another version", append([]byte{sourceWordsVersion - 1}, good[1:]...), title, text},
		{"another text", good, title, text + "。"},
		{"cut short", good[:len(good)/2], title, text},
		{"one byte more", append(slices.Clone(good), 0), title, text},
		{"huge count", append(slices.Clone(good[:9]), 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f), title, text},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if st, err := decodeSourceTerms(tc.b, tc.title, tc.text); !errors.Is(err, errSourceWords) || st != nil {
				t.Errorf("decodeSourceTerms = %v, %v; want errSourceWords", st, err)
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
		if keptTerms(kept, src.Title, whole, true) == nil {
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
	if keptTerms(old, src.Title, whole, true) != nil {
		t.Error("keptTerms read the words kept for the article's former text")
	}
	if keptTerms(kept, src.Title, whole, false) != nil {
		t.Error("keptTerms read kept words for a text with sentences left out")
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
// analysed text on livedoor: every source whose text is read whole; and
// that they take under half the bytes of the text they were read from
// (the analysis's lists and maps in full had taken 1.08 times them).
func TestRelatedTermsFromKeptWordsCorpus(t *testing.T) {
	ix, _ := mustCorpus(t)
	ctx := t.Context()
	arts := loadCorpus(t, 1<<20)
	used, n := 0, 0
	var keptBytes, textBytes int
	for i := 0; i < len(arts); i += 23 {
		src, kept, err := ix.relatedSource(ctx, arts[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		n++
		keptBytes, textBytes = keptBytes+len(kept), textBytes+len(src.Title)+len(head(src.Body, relatedTextBytes))
		if keptTerms(kept, src.Title, head(src.Body, relatedTextBytes), true) != nil {
			used++
		}
		if got, want := ix.relatedTerms(ctx, &src, kept), ix.relatedTerms(ctx, &src, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: relatedTerms from the kept words differ from the text's analysed", src.ID)
		}
	}
	if used < n*9/10 {
		t.Errorf("kept words of the text read back for %d of %d sources, want nine tenths", used, n)
	}
	if keptBytes > textBytes/2 {
		t.Errorf("kept words of %d sources take %d bytes, %.2f times their text's %d; want half at most",
			n, keptBytes, float64(keptBytes)/float64(textBytes), textBytes)
	}
}
