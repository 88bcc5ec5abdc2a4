package index

import (
	"slices"
	"testing"

	"sagasu/analyzer"
)

// TestStemVerbs: a noun that is a verb's stem gives the verbs it may be
// the stem of; other nouns give none.
func TestStemVerbs(t *testing.T) {
	for _, tt := range []struct {
		name string
		tok  analyzer.Token
		want []string
	}{
		{"godan", analyzer.Token{Term: "追い越し", Surface: "追い越し", POS: "名詞,一般"}, []string{"追い越す", "追い越しる"}},
		{"ichidan", analyzer.Token{Term: "乗り換え", Surface: "乗り換え", POS: "名詞,一般"}, []string{"乗り換える"}},
		{"one kanji", analyzer.Token{Term: "休み", Surface: "休み", POS: "名詞,一般"}, []string{"休む", "休みる"}},
		{"no kana at the end", analyzer.Token{Term: "延期", Surface: "延期", POS: "名詞,サ変接続"}, nil},
		{"kana alone", analyzer.Token{Term: "まとめ", Surface: "まとめ", POS: "名詞,一般"}, nil},
		{"a name", analyzer.Token{Term: "山田みどり", Surface: "山田みどり", POS: "名詞,固有名詞,人名"}, nil},
		{"a verb", analyzer.Token{Term: "追い越す", Surface: "追い越す", POS: "動詞,自立"}, nil},
		{"no stem's kana", analyzer.Token{Term: "東京ドーム", Surface: "東京ドーム", POS: "名詞,一般"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := stemVerbs(tt.tok); !slices.Equal(got, tt.want) {
				t.Errorf("stemVerbs(%s) = %v, want %v", tt.tok.Term, got, tt.want)
			}
		})
	}
}

// TestVerbStems: a verb of kanji in its plain form gives the nouns its
// stem may be written as.
func TestVerbStems(t *testing.T) {
	for _, tt := range []struct {
		name string
		tok  analyzer.Token
		want []string
	}{
		{"godan", analyzer.Token{Term: "追い越す", Surface: "追い越す", POS: "動詞,自立"}, []string{"追い越し"}},
		{"ichidan", analyzer.Token{Term: "乗り換える", Surface: "乗り換える", POS: "動詞,自立"}, []string{"乗り換え", "乗り換えり"}},
		{"inflected", analyzer.Token{Term: "追い越す", Surface: "追い越し", POS: "動詞,自立"}, nil},
		{"kana", analyzer.Token{Term: "まとめる", Surface: "まとめる", POS: "動詞,自立"}, nil},
		{"a noun", analyzer.Token{Term: "追い越し", Surface: "追い越し", POS: "名詞,一般"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := verbStems(tt.tok); !slices.Equal(got, tt.want) {
				t.Errorf("verbStems(%s) = %v, want %v", tt.tok.Term, got, tt.want)
			}
		})
	}
}

// TestStemNounFindsVerb: a noun that is a verb's stem finds the article
// that only writes the verb (スクールバスを追い越す for 追い越し), below the
// article with the noun as typed.
func TestStemNounFindsVerb(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "verb", Title: "ロボタクシーをリコール", Body: "止まったスクールバスを追い越す例が見つかった。", Published: day("2026-12-01")},
		Article{ID: "noun", Title: "スクールバスの追い越しでリコール", Body: "ソフトの更新で対応した。", Published: day("2026-12-02")},
		Article{ID: "other", Title: "スクールバスの運行を再開", Body: "雪で止まっていた。", Published: day("2026-12-03")},
		Article{ID: "attach", Title: "補給機が到着", Body: "ISSに取り付けられた。", Published: day("2026-12-04")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"alone", "追い越し", []string{"noun", "verb"}},
		{"beside another word", "スクールバス 追い越し", []string{"noun", "verb"}},
		{"the verb typed", "追い越す", []string{"verb", "noun"}},
		{"a noun with an okurigana synonym", "取り付け", []string{"attach"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%s) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}
