package index

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// A name of two Latin words typed with the IME left in kana after the
// first (ELUGA ぱわー for ELUGA power, GALAXY のーと for GALAXY Note,
// Windows ふぉん for Windows Phone, Xperia あくろ for Xperia acro): the
// second word is the Latin word the articles have beside the first that
// the kana sound like. The kana had completed the katakana words read
// alike (ELUGA パワー, GALAXY ノート of ノートPC, Windows フォント) or words
// that only start alike (Xperia AQUOS, Xperia アクセス).

// minLatinAfterKana is the fewest kana read as a Latin word after one;
// with one consonant class only (ビュー), latinAfterOneClass.
const (
	minLatinAfterKana  = 2
	latinAfterOneClass = 3
)

// maxLatinAfterTries bounds the words that sound like the kana checked
// beside the word before.
const maxLatinAfterTries = 4

// latinAfterLatin puts first in out the words before the last and the
// Latin word the last, kana, sounds like, when the word right before is
// Latin letters (see latinBefore) and articles have the two together;
// romaji typed whole, no syllable left unfinished, is its kana (xperia
// akuro). When the kana also
// spell a word the articles have beside the others (ELUGA パワー), the
// Latin word needs more articles: Android あぷり stays Android アプリ,
// not Android Apple. Of the words that sound alike, the pair of most
// articles.
func (ix *Index) latinAfterLatin(ctx context.Context, si *suggestIndex, words []string, out []Suggestion, size int) []Suggestion {
	n := len(words)
	if n < 2 {
		return out
	}
	typed := words[n-1]
	if isRomaji(typed) {
		k, pending, ok := toKana(typed) // (xperia akuro, the IME off)
		if !ok || pending != "" {
			return out
		}
		typed = k
	}
	if !analyzer.IsKana(typed) {
		return out
	}
	kana := analyzer.ToKatakana(typed)
	runes := utf8.RuneCountInString(kana)
	skel := kanaSkeleton(kana)
	if runes < minLatinAfterKana || skel == "" || len(skel) < 2 && runes < latinAfterOneClass {
		return out
	}
	earlier := latinBefore(words, out)
	if earlier == nil {
		return out
	}
	before := strings.Join(earlier, " ")
	var best Suggestion
	for _, c := range si.latinSoundingLike(kana, words[n-1]) {
		ws := append(slices.Clone(earlier), c.word)
		for _, s := range ix.suggestFrom(ctx, si, strings.Join(ws, " "), ws, size) {
			if s.Kind != kindTerm || analyzer.Fold(s.Text) != before+" "+c.word {
				continue // (not the pair run together: pocketwifi, GalaxyNote)
			}
			if s.Count > best.Count {
				best = s // (AQUOS PHONE of 127 articles, not AQUOS PHOEN of 3)
			}
			break
		}
	}
	if best.Text == "" {
		return out
	}
	return placeLatinAfter(out, best, before, kana, size)
}

// latinBefore returns the words before the last to pair a Latin word
// with: those typed, when the one right before is Latin letters, or the
// Latin word that two words typed in kana or romaji are completed with
// (えくすぺりあ あくろ: Xperia AQUOS, Xperia アクセス), folded; nil when
// neither.
func latinBefore(words []string, out []Suggestion) []string {
	n := len(words)
	if isLatinWord(words[n-2]) {
		return words[:n-1]
	}
	if n != 2 {
		return nil
	}
	for _, s := range out {
		if fs := strings.Fields(analyzer.Fold(s.Text)); isWordSuggestion(s) && len(fs) == 2 && isLatinWord(fs[0]) {
			return fs[:1]
		}
	}
	return nil
}

// placeLatinAfter puts pair first in out, unless out has a word the
// kana spell after the words before (before, folded), spaced or not,
// that more articles have: then out is what the reader means.
func placeLatinAfter(out []Suggestion, pair Suggestion, before, kana string, size int) []Suggestion {
	for _, s := range out {
		f := analyzer.Fold(s.Text)
		rest, ok := strings.CutPrefix(f, before)
		if !ok {
			rest, ok = strings.CutPrefix(f, strings.ReplaceAll(before, " ", ""))
		}
		if ok && isWordSuggestion(s) && analyzer.ToKatakana(strings.TrimSpace(rest)) == kana && s.Count > pair.Count {
			return out // (iPhone けーす: iPhoneケース, not iPhone CASE)
		}
	}
	out = slices.DeleteFunc(slices.Clone(out), func(s Suggestion) bool { return s.Text == pair.Text })
	res := append([]Suggestion{pair}, out...)
	if len(res) > size {
		res = res[:size]
	}
	return res
}

// soundCand is a Latin word (folded) that sounds like kana typed, how
// far apart they sound, and the articles that have it.
type soundCand struct {
	word  string
	far   float64
	count int32
}

// latinFirstLetters gives the letters a Latin word may start with that
// katakana writes with a kana of this romaji's first letter (コ: core,
// quad; フ: phone; ビ: vu).
var latinFirstLetters = map[byte]string{
	'a': "au", 'i': "iey", 'u': "uwo", 'e': "eai", 'o': "oa",
	'k': "kcq", 'g': "g", 's': "scx", 'z': "zsx", 'j': "jgz", 't': "t", 'c': "ct",
	'd': "d", 'n': "nk", 'h': "hw", 'f': "fph", 'b': "bv", 'p': "p", 'm': "m",
	'y': "yju", 'r': "rl", 'w': "w", 'v': "vb",
}

// latinSoundingLike returns up to maxLatinAfterTries Latin words of the
// suggestion data (folded) that sound like kana, katakana typed as typed:
// alike in their consonants and starting alike (see soundsAlike,
// firstSoundAgrees), within maxSoundDistance; those within
// maxSoundDistanceSeen first, each lot the words of most articles first
// (phone before phoen, a slip of 3 articles; power before the rarer
// words nearer still in sound).
func (si *suggestIndex) latinSoundingLike(kana, typed string) []soundCand {
	first := []rune(kana)[0]
	rom := kanaRomaji[first]
	if first == 'ヴ' {
		rom = "v"
	}
	if rom == "" {
		return nil
	}
	var cs []soundCand
	seen := map[string]bool{typed: true}
	runes := utf8.RuneCountInString(kana)
	for _, l := range latinFirstLetters[rom[0]] {
		p := string(l)
		lo := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= p })
		for i := lo; i < len(si.keys) && strings.HasPrefix(si.keys[i].key, p); i++ {
			w := si.keys[i].key
			if seen[w] || len(w) < 2 || len(w) > 3*runes+2 || !isLatinWord(w) || strings.ContainsAny(w, " 0123456789") || !strings.ContainsAny(w, "aeiouy") {
				continue
			}
			e := si.entries[si.keys[i].entry]
			if e.kind != kindTerm || analyzer.Fold(e.text) != w && analyzer.Fold(si.latin[si.keys[i].entry].text) != w {
				continue // (a key of another word: a reading, a title)
			}
			seen[w] = true
			if !soundsAlike(w, kana) || !firstSoundAgrees(w, kana) {
				continue
			}
			if d := soundDistance(w, kana); d <= maxSoundDistance {
				cs = append(cs, soundCand{w, d, e.count})
			}
		}
	}
	near := func(c soundCand) int {
		if c.far <= maxSoundDistanceSeen {
			return 0
		}
		return 1
	}
	slices.SortFunc(cs, func(a, b soundCand) int {
		return cmp.Or(cmp.Compare(near(a), near(b)), cmp.Compare(b.count, a.count), cmp.Compare(a.far, b.far), strings.Compare(a.word, b.word))
	})
	return cs[:min(len(cs), maxLatinAfterTries)]
}
