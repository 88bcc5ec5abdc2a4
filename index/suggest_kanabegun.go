package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// A Latin name typed in kana, on the way: the look-up by sound reads a
// whole word (see kanaNamed), so the box stayed empty, or showed words
// the kana run on into, until the name's last kana (どろっぷぼっk and
// ふぁいあふぉっく empty before Dropbox and Firefox; ふぉとしょっ,
// ゆーすとr: ユース リアル). Kana that complete no word as typed are
// looked up here as the start of a Latin name the articles write: the
// consonant skeleton of the kana (see kanaSkeleton) a prefix of the
// name's, the name of most articles first.

// minKanaBegun is the fewest kana looked up as a name begun: fewer
// begin too many names (and the whole-word look-up reads three).
const minKanaBegun = 4

// minBegunClasses is the shortest skeleton looked up as a name begun.
const minBegunClasses = minSoundClasses

// maxBegunDistance is the largest begunDistance of a name begun: the
// kana of names on the way stay within it (どろっぷぼ of Dropbox 0.2,
// ふぁいあふぉっく of Firefox 0.15), a name that only shares the
// consonants does not (FUKUSHIMA 0.31 of ふぁいあふぉっく).
const maxBegunDistance = maxSoundDistanceSeen

// maxBegunTerms bounds the sound terms read for the names a skeleton
// begins, and maxBegunNames the Latin names among them that sound like
// the kana looked up in the suggestion data: the cost of a look-up is
// bounded by work, not time.
const (
	maxBegunTerms = 2048
	maxBegunNames = 32
)

// kanaNameBegun puts first in out the Latin name the kana of a single
// word begin, by sound, with the articles of most: when no word
// completes the kana as typed (the caller asks only then), the kana are
// four or more (an IME's letters of a syllable begun after them are
// left out), katakana or with a loanword's marks after the first kana as
// kanaNamed asks (see soundsForeign: of 400 random strings of 4–7 plain
// hiragana, 7 had offered a name, のごそで NEXTGEAR), and out shows no
// Latin word first already (kanaNamed's name, typed whole). Not for kana
// a katakana word in the first three spells or begins, nor for a
// loanword the dictionary knows.
func (ix *Index) kanaNameBegun(ctx context.Context, si *suggestIndex, words []string, out []Suggestion, size int) []Suggestion {
	if len(words) != 1 {
		return out
	}
	kana, tail := words[0], ""
	if head, t := splitLatinTail(kana); t != "" {
		kana, tail = head, t
	}
	if !analyzer.IsKana(kana) || utf8.RuneCountInString(kana) < minKanaBegun || !katakanaWord(kana) && !soundsForeign(kana) || ix.knownLoanword(kana) {
		return out
	}
	if i := slices.IndexFunc(out, isWordSuggestion); i >= 0 && i < 3 && (isLatinWord(analyzer.Fold(out[i].Text)) || katakanaWord(out[i].Text) && utf8.RuneCountInString(out[i].Text) >= utf8.RuneCountInString(kana)) {
		return out // (a name shown, or the loanword the kana nearly spell)
	}
	name, ok := ix.nameBegun(ctx, si, kana, tail)
	if !ok {
		return out
	}
	if at := slices.IndexFunc(out, func(s Suggestion) bool { return isWordSuggestion(s) && s.Text == name.Text }); at >= 0 {
		out = slices.Delete(slices.Clone(out), at, at+1)
	}
	res := append([]Suggestion{name}, out...)
	if len(res) > size {
		res = res[:size]
	}
	return res
}

// nameBegun returns the suggestion of the Latin word whose sound
// skeleton starts with the skeleton of kana (an IME's letters of a
// syllable begun, tail, adding the class of its consonant), longer than
// the kana's own (a name typed whole is kanaNamed's), whose first sound agrees and
// whose start sounds like the kana (see begunDistance): of those that
// sound nearest, within soundMargin, the one of most articles; false
// when none does within the bounds.
func (ix *Index) nameBegun(ctx context.Context, si *suggestIndex, kana, tail string) (Suggestion, bool) {
	kata := analyzer.ToKatakana(kana)
	if !strings.ContainsFunc(kata, isKatakanaLetter) || strings.ContainsFunc(kata, func(r rune) bool { return !isKatakanaLetter(r) && r != 'ー' }) {
		return Suggestion{}, false
	}
	tc := &readerCounter{ctx: ctx, ix: ix.b}
	defer tc.close()
	type near struct {
		s Suggestion
		d float64
	}
	var found []near
	seen := map[string]bool{}
	looked := 0
	for _, k := range begunSkeletons(kata, tail) {
		if len(k.skel) < minBegunClasses {
			continue
		}
		for _, t := range tc.prefixed(k.skel, fieldSound, maxBegunTerms) {
			skel, word, ok := strings.Cut(t, "=")
			if !ok || len(skel) <= k.own || word == "" || !isLower(word[0]) || seen[word] {
				continue
			}
			seen[word] = true
			if !firstSoundAgrees(word, kata) {
				continue
			}
			d := begunDistance(word, kata)
			if d > maxBegunDistance {
				continue
			}
			if looked++; looked > maxBegunNames {
				break
			}
			if s, ok := si.wordEntry(word); ok && isLatinWord(analyzer.Fold(s.Text)) {
				found = append(found, near{s, d})
			}
		}
	}
	if len(found) == 0 {
		return Suggestion{}, false
	}
	nearest := slices.MinFunc(found, func(a, b near) int { return cmp.Compare(a.d, b.d) }).d
	found = slices.DeleteFunc(found, func(n near) bool { return n.d > nearest+soundMargin })
	best := slices.MaxFunc(found, func(a, b near) int {
		return cmp.Or(cmp.Compare(a.s.Count, b.s.Count), strings.Compare(b.s.Text, a.s.Text))
	})
	return best.s, true
}

// begunDistance is soundDistance between kana, katakana, and the start of
// a Latin word that sounds nearest it: the vowels laid back between the
// classes, for each reading of the word and each of its starts, the
// least, per sound of the kana.
func begunDistance(latin, kana string) float64 {
	k := kanaSounds(kana)
	if k == "" {
		return 9
	}
	best := 9.0
	for _, r := range soundReadings(latin) {
		l := latinSkeletonBy(latin, r)
		for i := 1; i <= len(l); i++ {
			best = min(best, vowelDistance(l[:i], k)/float64(len(k)))
		}
	}
	return best
}

// begunSkeleton is a skeleton a name begun is looked up by, and the
// length of the part the kana typed make (the consonant of a syllable
// begun may end a name, the kana alone do not).
type begunSkeleton struct {
	skel string
	own  int
}

// begunSkeletons returns the skeletons a name begun in katakana is looked
// up by, with the class of the consonant of tail, the letters of a
// syllable begun, at their end: its own, with a large ツ at its end read
// as the small ッ a kana keyboard makes of it (フォトショツ on the way to
// フォトショップ), and without a first Y for a name that starts with u or
// e sounded yu or ye (ユーストリーム of Ustream, STRM).
func begunSkeletons(kata, tail string) []begunSkeleton {
	next := ""
	if tail != "" {
		k, _, ok := toKana(tail + "a")
		if !ok || !analyzer.IsKana(k) {
			return nil
		}
		next = analyzer.ToKatakana(k)
	}
	of := func(kata string) begunSkeleton {
		return begunSkeleton{kanaSkeleton(kata + next), len(kanaSkeleton(kata))}
	}
	out := []begunSkeleton{of(kata)}
	if s, ok := strings.CutSuffix(kata, "ツ"); ok && tail == "" {
		out = append(out, of(s+"ッ"))
	}
	for _, k := range out {
		if rest, ok := strings.CutPrefix(k.skel, "Y"); ok && strings.HasPrefix(kata, "ユ") {
			out = append(out, begunSkeleton{rest, k.own - 1})
		}
	}
	return slices.Compact(out)
}
