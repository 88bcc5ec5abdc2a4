package index

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// A verb's or adjective's stem typed on its own: 懐かし, 可愛, 褒め,
// 騙さ converted, なつかし or natsukashi in kana or romaji. kagome reads
// each as the word in one of its forms with no ending yet; the
// suggestions hold the word in its dictionary form, offered only typed
// whole or with its endings (see inflectedTyped), so the stem, on the way
// to them, had emptied the box (懐かし, 可愛, 寂し, 褒め) or offered words
// of its kanji alone (新し: 新宿, 新商品; 美し: 美白).

// stemForm returns the dictionary form of w, whose tokens are toks, when
// w is the stem of one verb or adjective, written without its endings:
// converted, any form kagome reads as the word (褒め, 騙さ, 懐かし, 泣い),
// but a kanji alone of a word read with fewer than three kana (見, 来);
// in kana, an adjective's
// stem only, its dictionary form less い, of three kana or more
// (なつかし, うつくし). A verb's stem in kana (ほめ, だまさ, かせ) is as
// often the start of another word (see dictionaryForm). "" for anything
// else.
func (ix *Index) stemForm(w string, toks []analyzer.Token) string {
	if len(toks) != 1 || !inflecting(toks[0]) {
		return ""
	}
	t := toks[0]
	if t.Start != 0 || t.End != len(w) || t.Term == "" || t.Term == t.Surface {
		return ""
	}
	if strings.ContainsFunc(w, isHan) {
		if utf8.RuneCountInString(w) == 1 && utf8.RuneCountInString(ix.inflectedReading(t.Term)) < 3 {
			return "" // a kanji alone of a word read short (見 of 見る, 来 of 来る): as often a compound begun (見た目, 来日)
		}
		return t.Term
	}
	if strings.HasPrefix(t.POS, "形容詞") && t.Term == w+"い" && utf8.RuneCountInString(w) >= 3 {
		return t.Term
	}
	return ""
}

// stemTyped returns the verb or adjective w is the stem of (see
// stemForm), typed converted, in kana or in romaji, as the suggestions
// show it: 懐かし and なつかし are 懐かしい. ok is false when w is no stem
// or the archive has no such word.
func (ix *Index) stemTyped(ctx context.Context, si *suggestIndex, w typedWord, size int) (s Suggestion, ok bool) {
	base := w.stem
	if base == "" {
		base = ix.pastBegun(w.text)
	}
	if base == "" {
		return s, false
	}
	return ix.inflectedEntry(ctx, si, base, size)
}

// pastEndingsBegun are what the box holds of an adjective's past ending
// (かった) on the way to it: か, かっ, and かつ, which a kana keyboard
// shows before the key that makes the つ small.
var pastEndingsBegun = []string{"かっ", "かつ", "か"}

// pastBegun returns the dictionary form of the adjective w is the stem of
// with its past ending begun (くやしかっ, くやしかつ, 悔しか: 悔しい), ""
// for anything else. The ending typed whole is read by inflectedTyped
// (くやしかった); on the way the box had been empty (くやしかっ) or had
// offered words that start with the stem (悔し涙).
func (ix *Index) pastBegun(w string) string {
	for _, end := range pastEndingsBegun {
		stem, ok := strings.CutSuffix(w, end)
		if !ok {
			continue
		}
		if base := ix.stemForm(stem, ix.an.Tokens(stem)); strings.HasSuffix(base, "い") && ix.isAdjective(base) {
			return base
		}
	}
	return ""
}

// isAdjective reports whether w, a word in its dictionary form, is an
// adjective.
func (ix *Index) isAdjective(w string) bool {
	toks := ix.an.Tokens(w)
	return len(toks) == 1 && strings.HasPrefix(toks[0].POS, "形容詞,自立")
}

// withStemWord places w, the word a stem typed is of, among out by its
// articles, before the first suggestion fewer articles use (新し: 新しい
// of 989 livedoor articles before 新宿 of 174, which 新 and the kana し
// had completed alone; たのし: 楽しい of 737 before 楽しみ of 394), and
// not again when out has it.
func withStemWord(w Suggestion, out []Suggestion, size int) []Suggestion {
	if slices.ContainsFunc(out, func(s Suggestion) bool { return s.Text == w.Text && s.Kind == w.Kind }) {
		return out
	}
	i := slices.IndexFunc(out, func(s Suggestion) bool { return s.Count < w.Count })
	if i < 0 {
		i = len(out)
	}
	if i >= size {
		return out
	}
	out = slices.Insert(slices.Clone(out), i, w)
	return out[:min(len(out), size)]
}
