package index

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Verbs and adjectives as suggestions. The index holds them in their
// dictionary form (稼ぐ, 恥ずかしい, 盛り上がる) whatever form an article
// writes; they are no words to complete from a letter or two (か is no
// 稼ぐ yet), but typed whole, converted or in kana, they had emptied the
// box (恥ずかしい, in 156 livedoor articles) or offered fragments
// (盛り上がる: 盛り上 ルーム).

// inflecting reports whether t is a verb or adjective that stands on its
// own (動詞,自立, 形容詞,自立), not an ending or an auxiliary.
func inflecting(t analyzer.Token) bool {
	return strings.HasPrefix(t.POS, "動詞,自立") || strings.HasPrefix(t.POS, "形容詞,自立")
}

// inflectedWord reports whether toks, every token of the index term term,
// are one verb or adjective in its dictionary form, two characters or
// more read with three kana or more: a word offered once it is typed
// whole (see wordInfo.single). A shorter reading (見る, 書く) is as often
// the start of another word being typed (みるく, かくにん): see
// writtenInflected.
//
// Only a word written with kanji: one in kana alone (すごい, やばい) would
// be merged with the nouns that read alike (ヤバ, 思い of おもい).
func inflectedWord(toks []analyzer.Token, term string) bool {
	return len(toks) == 1 && inflecting(toks[0]) && toks[0].Term == term && toks[0].Surface == term &&
		utf8.RuneCountInString(toks[0].Reading) >= 3 && strings.ContainsFunc(term, isHan)
}

// writtenInflected reports whether toks, every token of the index term
// term, are one verb or adjective in its dictionary form written with
// kanji and read with fewer than three kana (泣く, 見る, 寝る): a word
// offered once it is typed whole, converted, or converted with its
// endings (泣いた), by its spelling only, not by its reading, which is as
// often the start of another word (みる of ミルク), nor merged with
// another verb read alike (鳴く). Converted, they had emptied the box.
func writtenInflected(toks []analyzer.Token, term string) bool {
	return len(toks) == 1 && inflecting(toks[0]) && toks[0].Term == term && toks[0].Surface == term &&
		utf8.RuneCountInString(toks[0].Reading) < 3 && strings.ContainsFunc(term, isHan)
}

// verbEnding reports whether t is what follows a verb or adjective in one
// of its forms: a verb or adjective that ends one (れる of 騙される,
// ちゃう, すぎる), a common auxiliary (た, ない, ます; not the や or じ
// kagome reads after the first kana of a noun: しぶや, さわじ), or the
// particle that joins two (て, ば).
func verbEnding(t analyzer.Token) bool {
	switch {
	case strings.HasPrefix(t.POS, "助動詞"):
		return slices.Contains(auxiliaries, t.Surface)
	case strings.HasPrefix(t.POS, "助詞,接続助詞"):
		return slices.Contains([]string{"て", "で", "ば"}, t.Surface)
	}
	for _, p := range []string{"動詞,接尾", "動詞,非自立", "形容詞,接尾", "形容詞,非自立"} {
		if strings.HasPrefix(t.POS, p) {
			return true
		}
	}
	return false
}

// auxiliaries are the auxiliaries a verb or adjective typed with its
// endings has (騙された, 稼げない, 盛り上がります, 恥ずかしかった).
var auxiliaries = []string{"た", "だ", "ない", "なかっ", "なく", "なけれ", "ます", "まし", "ませ", "ん", "たい", "たく", "たかっ", "ず", "ぬ", "う", "よう"}

// dictionaryForm returns the dictionary form of w, whose tokens are toks,
// when w is a verb or adjective written with its endings (騙された, だまされる, 盛り上がった,
// 恥ずかしくて): the word the suggestions hold for it; "" for anything
// else, a form with no ending (だまさ, 買い) included, which is as often
// the start of another word.
func dictionaryForm(w string, toks []analyzer.Token) string {
	if len(toks) < 2 || !inflecting(toks[0]) || toks[0].Start != 0 || toks[0].Term == "" {
		return ""
	}
	if strings.HasPrefix(toks[0].POS, "形容詞") && utf8.RuneCountInString(toks[0].Surface) < utf8.RuneCountInString(toks[0].Term) {
		return "" // an adjective's stem (おも of おもて, read as 重い and て)
	}
	for _, t := range toks[1:] {
		if !verbEnding(t) {
			return ""
		}
	}
	if toks[len(toks)-1].End != len(w) {
		return ""
	}
	return toks[0].Term
}

// typedWord is a single word typed, read as kana where it is romaji
// (damasareru: だまされる), and the forms of a verb or adjective looked
// for in it, analysed once for both: the word it is written with its
// endings (see dictionaryForm) and the word it is the stem of (see
// stemForm). Each had analysed the same kana again.
type typedWord struct {
	text       string
	dictionary string // the dictionary form w is written with its endings, or ""
	stem       string // the dictionary form w is the stem of, or ""
}

// typedForms reads w, a single word typed, as typedWord; ok is false
// for romaji that reads as no kana (see romajiWordKana).
func (ix *Index) typedForms(w string) (typedWord, bool) {
	typed, ok := romajiWordKana(w)
	if !ok {
		return typedWord{}, false
	}
	toks := ix.an.Tokens(typed)
	return typedWord{text: typed, dictionary: dictionaryForm(typed, toks), stem: ix.stemForm(typed, toks)}, true
}

// inflectedTyped returns the verb or adjective w is a form of, written
// with its endings (see dictionaryForm), converted, in kana or in romaji
// (damasareru), or w itself converted in its dictionary form, as the
// suggestions show it: 騙される and だまされる are 騙す. ok is false when
// w is no such form or the archive has no such word.
func (ix *Index) inflectedTyped(ctx context.Context, si *suggestIndex, w typedWord, size int) (s Suggestion, ok bool) {
	base := w.dictionary
	if base == "" && strings.ContainsFunc(w.text, isHan) {
		// Converted whole (盛り上がる): the word before the pieces
		// its kana read as after the kanji (盛り上 ルーム).
		base = w.text
	}
	if base == "" {
		return s, false
	}
	return ix.inflectedEntry(ctx, si, base, size)
}

// inflectedEntry returns the suggestion the archive has for base, a verb
// or adjective in its dictionary form, in kana too (だます: 騙す); ok is
// false when it has none.
func (ix *Index) inflectedEntry(ctx context.Context, si *suggestIndex, base string, size int) (s Suggestion, ok bool) {
	reading := ix.inflectedReading(base)
	if reading == "" {
		return s, false
	}
	for _, c := range ix.complete(ctx, si, base, []string{base}, size) {
		if c.Kind == kindTerm && ix.inflectedReading(c.Text) == reading {
			return c, true
		}
	}
	return s, false
}

// inflectedReading returns the reading of w when w is one verb or
// adjective in its dictionary form, in kana too (だます), folded as the
// suggestions key it; "" otherwise.
func (ix *Index) inflectedReading(w string) string {
	toks := ix.an.Tokens(w)
	if len(toks) == 1 && inflecting(toks[0]) && toks[0].Term == w && toks[0].Surface == w {
		return analyzer.NormalizeReading(toks[0].Reading)
	}
	return ""
}

// romajiWordKana returns w, a word typed whole, with romaji read as
// hiragana (damasareru: だまされる), or w itself when it is no romaji; ok
// is false for romaji that reads as no kana (unlike romajiAsKana, no
// letter still being typed is kept).
func romajiWordKana(w string) (string, bool) {
	if !isRomaji(w) {
		return w, true
	}
	k, isKana := wordKana(w)
	if !isKana {
		return "", false
	}
	return toHiragana(k), true
}
