package index

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// A Latin name typed in kana, whole, that the articles write in Latin
// letters only (どろっぷぼっくす and ドロップボックス for Dropbox, じーめーる
// for Gmail, ゆーすとりーむ for Ustream), is offered as they write it, as
// a search for the kana finds it by sound (sound.go). The kana had
// completed nothing, or been read as two words run on (ユース トリー), or
// as a word near it (てぐら: 手口, not Tegra): the reverse of soundNamed,
// which offers the katakana of a Latin name typed.

// minKanaNamed is the fewest kana looked up by sound: fewer are more
// often a word being typed, and the search reads no fewer so (soundWord).
const minKanaNamed = 3

// kanaNamed puts the Latin word that sounds like a single word of kana
// typed first in out, when no word completes the kana as typed (the
// caller asks only then: a word the kana begins is what is meant, しり is
// シリーズ, never Siri). Romaji typed whole, no syllable left unfinished,
// is its kana (doroppubokkusu: どろっぷぼっくす). Not for a word the suggestions already
// show in the first three, nor when they show there a katakana word as
// long as the kana or longer, which the kana spell with a slip or begin,
// nor for a loanword the dictionary knows.
func (ix *Index) kanaNamed(ctx context.Context, si *suggestIndex, words []string, out []Suggestion, size int) []Suggestion {
	if len(words) != 1 {
		return out
	}
	kana := words[0]
	if isLatinWord(kana) {
		k, pending, ok := toKana(kana)
		if !ok || pending != "" {
			return out
		}
		kana = k
	}
	if !analyzer.IsKana(kana) || utf8.RuneCountInString(kana) < minKanaNamed {
		return out
	}
	if !katakanaWord(words[0]) && !soundsForeign(kana) || ix.knownLoanword(kana) {
		return out
	}
	if spelt := slices.ContainsFunc(out[:min(3, len(out))], func(s Suggestion) bool {
		return isWordSuggestion(s) && katakanaWord(s.Text) && utf8.RuneCountInString(s.Text) >= utf8.RuneCountInString(kana)
	}); spelt {
		return out // (the loanword the kana spell, nearly: くおんちにゅ is クオンティニュアム, not Continue)
	}
	name, ok := ix.soundEntry(ctx, si, kana, isLatinWord)
	if !ok {
		name, ok = ix.loanNamed(ctx, si, kana)
	}
	if !ok {
		return out
	}
	at := slices.IndexFunc(out, func(s Suggestion) bool { return isWordSuggestion(s) && s.Text == name.Text })
	if at >= 0 && at < 3 {
		return out
	}
	if at >= 0 {
		out = slices.Delete(slices.Clone(out), at, at+1)
	}
	res := append([]Suggestion{name}, out...)
	if len(res) > size {
		res = res[:size]
	}
	return res
}

// loanNamed looks kana up by sound as kanaNamed does, with its kana that
// may stand for a loanword's sound read as that sound (see loanSpellings):
// ほとしょっぷ is Photoshop, ほーすくえあ Foursquare, as ふぉとしょっぷ
// and ふぉーすくえあ are; the box had been empty. One look-up by sound
// for each spelling, three or four at most.
func (ix *Index) loanNamed(ctx context.Context, si *suggestIndex, kana string) (Suggestion, bool) {
	for _, v := range loanSpellings(toHiragana(kana)) {
		if name, ok := ix.soundEntry(ctx, si, v, isLatinWord); ok {
			return name, true
		}
	}
	return Suggestion{}, false
}

// soundsForeign reports whether kana, typed in hiragana or romaji, has a
// mark of a loanword's sounds after its first kana: a long vowel, a small
// っ, a small vowel or ゃゅょ, or ヴ (ぶるーつーす, どろっぷぼっくす,
// あいちゅんず). Katakana typed, converted so by the reader, needs none
// (テグラ); kana without any are more often a word of Japanese mistyped
// (ちぱそ had offered CHIVAS, ぬろつ NARUTO).
func soundsForeign(kana string) bool {
	_, size := utf8.DecodeRuneInString(kana)
	return strings.ContainsAny(kana[size:], "ーっゃゅょぁぃぅぇぉゔッャュョァィゥェォヴ")
}

// knownLoanword reports whether kana is a single word the dictionary knows
// (ドロップ, drop): a loanword the reader means, not a Latin name that
// sounds like it (どろっぷ on the sample, which has neither, had offered
// DRIVE).
func (ix *Index) knownLoanword(kana string) bool {
	toks := ix.an.Tokens(analyzer.ToKatakana(kana))
	return len(toks) == 1 && toks[0].Class == "known"
}
