package index

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"sagasu/analyzer"
)

// A Latin name typed whole or nearly, that the articles write in
// katakana (disney: ディズニー in 81 livedoor articles, Disney in 9;
// pixar: ピクサー, which no article writes in Latin letters), is offered
// in the script the articles use, as a search for it finds them by sound
// (sound.go): the suggestions had offered the few articles' Disney alone,
// or for pixar words its letters read as in kana (ピアノ, ピアス).

// minSoundTyped is the fewest letters typed before a Latin word is looked
// up by sound: fewer are more often a word being typed (dis, pix).
const minSoundTyped = 4

// soundNamed puts the katakana word that sounds like a Latin word typed
// alone into the suggestions out, or moves it up: first,
// unless the Latin word itself, as written, has as many articles. Not
// when the letters read as romaji that completes words (nagato: 長友, not
// ノーカット; hond: HONDA, not ホント; a small vowel no reader types for a
// word is no romaji: pixa, ぴぁ), nor when the first word offered is a
// Latin word they start that a third as many articles write (disn offers
// Disney, not ディジョン of 2 articles).
func (ix *Index) soundNamed(ctx context.Context, si *suggestIndex, words []string, out []Suggestion, size int) []Suggestion {
	if len(words) != 1 {
		return out
	}
	w := words[0]
	if len(w) < minSoundTyped || !isLatinWord(w) || strings.ContainsFunc(w, unicode.IsDigit) {
		return out
	}
	name, ok := ix.soundEntry(ctx, si, w, katakanaWord)
	if !ok {
		return out
	}
	if readsAsKana(w) && slices.ContainsFunc(out, isWordSuggestion) {
		return out // (romaji, whose words the reader means)
	}
	for _, s := range out {
		if !isWordSuggestion(s) || s.Text == name.Text {
			continue
		}
		if l := analyzer.Fold(s.Text); isLatinWord(l) && strings.HasPrefix(l, w) && name.Count < soundOutnumber*s.Count {
			return out
		}
		break // (the first word decides)
	}
	// (Shown already, it moves up: bandai had offered BANDAI of 2
	// articles before バンダイ of 8.)
	out = slices.DeleteFunc(slices.Clone(out), func(s Suggestion) bool { return s.Text == name.Text && isWordSuggestion(s) })
	at := 0
	if len(out) > 0 && isWordSuggestion(out[0]) && strings.EqualFold(analyzer.Fold(out[0].Text), w) && out[0].Count >= name.Count {
		at = 1
	}
	res := make([]Suggestion, 0, len(out)+1)
	res = append(res, out[:at]...)
	res = append(res, name)
	res = append(res, out[at:]...)
	if len(res) > size {
		res = res[:size]
	}
	return res
}

// soundEntry returns the suggestion of the word the search reads typed
// as by sound, if the word is in the script inScript tells (katakana for
// a Latin word typed, Latin for kana) and one the suggestions offer.
func (ix *Index) soundEntry(ctx context.Context, si *suggestIndex, typed string, inScript func(string) bool) (Suggestion, bool) {
	tc := &readerCounter{ctx: ctx, ix: ix.b}
	defer tc.close()
	c := ix.compiler(tc)
	c.lookUpSound(typed)
	near, ok := c.nearest[typed]
	if !ok || !inScript(near.word) {
		return Suggestion{}, false
	}
	return si.wordEntry(near.word)
}

// wordEntry returns the suggestion of the word the suggestion data holds
// as word (by its term: case and width aside), the one of most articles.
func (si *suggestIndex) wordEntry(word string) (Suggestion, bool) {
	var best int32 = -1
	for _, e := range si.lookup([]string{analyzer.Fold(word)}, 16) {
		en := si.entries[e]
		if en.kind == kindTerm && analyzer.WordTerm(en.text) == analyzer.WordTerm(word) && (best < 0 || en.count > si.entries[best].count) {
			best = e
		}
	}
	if best < 0 {
		return Suggestion{}, false
	}
	en := si.entries[best]
	return Suggestion{Text: en.text, Kind: en.kind, Count: int(en.count)}, true
}

// readsAsKana reports whether Latin letters read as romaji with no small
// vowel (pixa is ぴぁ, which starts no word a reader means).
func readsAsKana(w string) bool {
	kana, _, ok := toKana(w)
	return ok && !strings.ContainsAny(kana, "ァィゥェォぁぃぅぇぉ")
}
