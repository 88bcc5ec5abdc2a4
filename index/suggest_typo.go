package index

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Typos in the search box: a word nothing completes as typed is completed
// as the word the reader most likely meant.

// minNearlyTyped is the fewest characters a word must have before
// nearlyTyped looks past a typo in it. maxNearlyTypedTries bounds the
// spellings it tries (13 at most for the 1,407 inputs of 4,163 typed
// prefixes that needed it), and nearlyTypedBudget the time it takes (a
// suggestion is asked for at every keystroke): a safety net for a machine
// far busier than usual, not the bound that decides, so that the same
// keys give the same suggestions however busy the machine is. (With a
// budget of 2 ms, a tenth of those inputs were cut at a try that depended
// on the load: 優勝しちゃ showed 優勝 視聴, 優勝 社長 or nothing from one
// request to the next.)
const (
	minNearlyTyped      = 4
	maxNearlyTypedTries = 16
	nearlyTypedBudget   = 6 * time.Millisecond
)

// nearlyTyped completes a word nothing completes as typed, as a typo:
// two characters swapped (nvidai is nvidia), a voicing mark slipped on or
// off one kana (なてしこ is なでしこ), a small kana typed large
// (じやけつと is じゃけっと), then what the start of it completes, down to three fifths of it (starlnk: starl, Starlink;
// じどううんでん: じどううん, 自動運転). nil when neither finds a word.
func (ix *Index) nearlyTyped(ctx context.Context, si *suggestIndex, w string, size int) []Suggestion {
	rs := []rune(w)
	n := len(rs)
	start, tries := time.Now(), 0
	kana := kanaTyped(w)
	// wordsAs completes v, a spelling tried, and keeps the words that
	// read as the kana k with a slip (see slipsOf); words completes v
	// against the kana typed.
	wordsAs := func(v, k string) []Suggestion {
		if tries++; tries > maxNearlyTypedTries || tries > 2 && time.Since(start) > ix.sug.within(nearlyTypedBudget) {
			return nil // (the likeliest two are always tried, however busy the machine)
		}
		out := ix.complete(ctx, si, v, []string{v}, size)
		if !slices.ContainsFunc(out, isWordSuggestion) {
			return nil
		}
		if k != "" {
			return ix.slipsOf(out, k)
		}
		return out
	}
	words := func(v string) []Suggestion { return wordsAs(v, kana) }
	if isHiragana(w) && n >= 2 {
		// Kana input types a voicing mark as a key of its own after
		// its kana (と, then ゛ for ど): the box holds じと on the way to
		// じどう. The last kana voiced, however short the word.
		if row := voicingRow(rs[n-1]); len(row) > 1 && row[0] == rs[n-1] {
			for _, r := range row[1:] {
				v := slices.Clone(rs)
				v[n-1] = r
				if out := words(string(v)); out != nil {
					return out
				}
			}
		}
	}
	// A small kana typed large on a kana keyboard (じやけつと), however
	// short the word.
	if out := ix.withSmallKana(si, w, wordsAs); out != nil {
		return out
	}
	if n < minNearlyTyped {
		return nil
	}
	for i := 0; i+1 < n && !strings.ContainsFunc(w, isWide); i++ {
		// (Letters only: kana comes a syllable at a time, and its
		// lookups cost more; kanji comes a word at a time, converted,
		// and a sentence typed unspaced (全固体電池はいつ実用) had tried
		// every pair of its characters, 0.3–1 ms each.)
		if rs[i] == rs[i+1] {
			continue
		}
		v := slices.Clone(rs)
		v[i], v[i+1] = v[i+1], v[i]
		if out := words(string(v)); out != nil {
			return out
		}
	}
	if isHiragana(w) && n <= suggestKeyRunes {
		// A voicing mark slipped on or off one kana (なてしこじゃぱん,
		// せづでん): the kana with it put right, where a word's key
		// starts so (a look-up of the keys each, then one completion;
		// not past the longest key, which nothing longer starts).
		for i := range rs {
			for _, r := range otherVoicings(rs[i]) {
				v := slices.Clone(rs)
				v[i] = r
				if !slices.ContainsFunc(si.lookup([]string{analyzer.ReadingPrefix(string(v))}, 2), func(e int32) bool { return si.entries[e].kind != kindTitle }) {
					continue
				}
				if out := words(string(v)); out != nil {
					return ix.overLoanSounded(ctx, si, w, out, size)
				}
			}
		}
	}
	if out := ix.withSokuon(si, w, wordsAs); out != nil {
		return out
	}
	if out := ix.loanSounded(ctx, si, w, size); out != nil {
		return out
	}
	for k := n - 1; k >= max(3, (3*n+4)/5); k-- {
		if out := words(string(rs[:k])); out != nil {
			return out
		}
	}
	return nil
}

// voicings are the kana that differ by a voicing mark, in rows.
var voicings = []string{"かが", "きぎ", "くぐ", "けげ", "こご", "さざ", "しじ", "すず", "せぜ", "そぞ", "ただ", "ちぢ", "つづ", "てで", "とど",
	"はばぱ", "ひびぴ", "ふぶぷ", "へべぺ", "ほぼぽ"}

// otherVoicings returns the kana that differ from r by a voicing mark
// (か: が; ぱ: は, ば), or none.
func otherVoicings(r rune) []rune {
	return slices.DeleteFunc(voicingRow(r), func(o rune) bool { return o == r })
}

// voicingRow returns the row of voicings r is in, unvoiced first (と:
// とど), or nil.
func voicingRow(r rune) []rune {
	for _, row := range voicings {
		if strings.ContainsRune(row, r) {
			return []rune(row)
		}
	}
	return nil
}

// isWordSuggestion reports whether s is a word: a term, or a tag, which
// is a word some articles are filed under (eVTOL, PQC) even when no body
// says it so; a typo of it is looked past as of any word.
func isWordSuggestion(s Suggestion) bool { return s.Kind == kindTerm || s.Kind == kindTag }

// typoWord returns the word of the suggestion data that kana (or romaji)
// typed with a typo in its last kana or two stand for (すまーとほん:
// スマートフォン, ちっぷれと: チップレット), when more than count articles
// have it: a word, not two, whose keys start with all but those kana and
// whose reading is about the one typed (see readsAsLong). Looked up by
// key alone, as the start of a typed word is (a complete of each shorter
// start had read the context of every pair again: 8 ms a keystroke).
func (ix *Index) typoWord(si *suggestIndex, typed string, count int) (Suggestion, bool) {
	rs := []rune(analyzer.ReadingPrefix(romajiAsKana(typed)))
	// Kana with a loanword's sound are no word of kanji read alike
	// (ふぁんかんs is no 不安感: see onlyReadAlike).
	foreign := foreignSound(typed[:lettersStart(typed)])
	for cut := 1; cut <= 2 && len(rs)-cut >= minNearlyTyped-1; cut++ {
		for _, i := range si.lookup([]string{string(rs[:len(rs)-cut])}, maxTypoCandidates) {
			e := &si.entries[i]
			if foreign && !strings.ContainsFunc(e.text, katakanaOrLatin) {
				continue
			}
			if e.kind == kindTerm && int(e.count) > count && !strings.Contains(e.text, " ") && ix.readsAsLong(e.text, typed) {
				return Suggestion{Text: e.text, Kind: e.kind, ID: e.id, Count: int(e.count)}, true
			}
		}
	}
	return Suggestion{}, false
}

// maxTypoCandidates bounds the words typoWord compares with the kana
// typed, the most used first.
const maxTypoCandidates = 16

// ranOn reports whether every word out suggests is two words (a word
// typed without a space read as one and the start of another).
func ranOn(out []Suggestion) bool {
	n := 0
	for _, s := range out {
		if s.Kind == kindTerm {
			if !strings.Contains(s.Text, " ") {
				return false
			}
			n++
		}
	}
	return n > 0
}

// readsAsLong reports whether word's reading is typed (read as kana)
// with a typo: as long, less a kana, and an edit away, two from six kana
// on (スマートフォン of すまーとほん; not 独女 of どくじょけっこ, which is only
// its start, nor 自動的 of じどううん).
func (ix *Index) readsAsLong(word, typed string) bool {
	r := readingKey(ix.an, word)
	kana := analyzer.ReadingPrefix(romajiAsKana(typed))
	n := utf8.RuneCountInString(kana)
	edits := 1
	if n >= 6 {
		edits = 2
	}
	return r != "" && utf8.RuneCountInString(r) >= n-1 && levenshtein([]rune(r), []rune(kana)) <= edits
}

// kanaTyped returns the kana a typed word is, or starts with before the
// letters of a syllable begun (いしかw), or "" for other words.
func kanaTyped(w string) string {
	if head, tail := splitLatinTail(w); tail != "" {
		w = head
	}
	if !analyzer.IsKana(w) {
		return ""
	}
	return w
}

// slipsOf returns out without the suggestions that do not read as the
// kana typed with a slip, or nil when none is left: kana comes a
// syllable at a time, each one seen as it is typed, so a word shorter by
// more than a kana (医師 of いしかわ, 置き場 of おきなわ), one that only
// starts alike (原料 of げんぱつ) or a title found by such a word is no
// word the reader meant. A word reads so from its start (see slipOf), a
// title anywhere (量子アニーリング of あにりんぐ, typed without its long
// vowel).
func (ix *Index) slipsOf(out []Suggestion, kana string) []Suggestion {
	t := []rune(strings.ReplaceAll(analyzer.ReadingPrefix(kana), "ー", ""))
	out = slices.DeleteFunc(slices.Clone(out), func(s Suggestion) bool {
		r := []rune(strings.ReplaceAll(readingKey(ix.an, strings.ReplaceAll(s.Text, " ", "")), "ー", ""))
		if s.Kind == kindTitle {
			return !readsWithin(r, t)
		}
		return isWordSuggestion(s) && !slipOf(r, t)
	})
	if len(out) == 0 {
		return nil
	}
	return out
}

// slipOf reports whether a word's reading r starts as the kana typed t
// with a slip: as many kana at least, the same but for an edit, two from
// six kana on (自動運転 of じどううんでん, ロボタクシー of ろぼたくしい, 自動
// of じと, its voicing mark not yet keyed), or all of them but the last
// as typed. Long vowels are left out of both.
func slipOf(r, t []rune) bool {
	if len(t) == 0 {
		return false
	}
	if len(r) < len(t) {
		// One kana past a word, as typed, is the start of the next
		// (うちだあ on the way to 内田 篤人, which two kana find).
		return len(r) >= 2 && len(r)+1 == len(t) && slices.Equal(r, t[:len(r)])
	}
	edits := 1
	if len(t) >= 6 {
		edits = 2
	}
	return levenshtein(r[:len(t)], t) <= edits || len(r) > len(t) && levenshtein(r[:len(t)+1], t) <= edits
}

// readsWithin reports whether a title's reading r has the kana typed t,
// with a slip (see slipOf), from one of its kana on.
func readsWithin(r, t []rune) bool {
	for i := range r {
		if slipOf(r[i:], t) {
			return true
		}
	}
	return false
}

// romajiAsKana returns romaji typed before conversion as the kana it reads
// as (a letter still being typed kept at the end), and other text as it is.
func romajiAsKana(typed string) string {
	if kana, pending, ok := toKana(typed); ok && kana != "" && isRomaji(typed) {
		return kana + pending
	}
	return typed
}

// isWide reports whether r is past ASCII: kana, kanji and the rest of a
// Japanese word (the box's text is folded, so full-width letters are
// ASCII by then).
func isWide(r rune) bool { return r > unicode.MaxASCII }

// withSokuon completes kana, or romaji typed to its end, typed without a
// small っ (ぶらくべり for ブラックベリー, まくぶく for マックブック,
// shinkupado): the kana with one っ put back before a kana that doubles,
// or two, where a word's key starts so (a look-up of the keys each),
// completed by try; the words it finds read as the kana with it. Kana
// typed without it had emptied the box from the kana after the slip on.
func (ix *Index) withSokuon(si *suggestIndex, w string, try func(v, kana string) []Suggestion) []Suggestion {
	kana := w
	if !isHiragana(w) {
		k, pending, ok := toKana(w)
		if !ok || pending != "" || k == "" || !isRomaji(w) {
			return nil
		}
		kana = toHiragana(k)
	}
	rs := []rune(kana)
	if len(rs) < 3 || len(rs) > suggestKeyRunes || strings.ContainsRune(kana, 'っ') {
		return nil
	}
	keyed := func(v string) bool {
		return slices.ContainsFunc(si.lookup([]string{analyzer.ReadingPrefix(v)}, 2), func(e int32) bool { return si.entries[e].kind != kindTitle })
	}
	var at []int // where a っ may go: before a kana that doubles, after a kana
	for i := 1; i < len(rs); i++ {
		if doubles(rs[i]) && !strings.ContainsRune("んっーぁぃぅぇぉ", rs[i-1]) {
			at = append(at, i)
		}
	}
	insert := func(is ...int) string {
		var b strings.Builder
		for i, r := range rs {
			if slices.Contains(is, i) {
				b.WriteRune('っ')
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	for _, i := range at {
		if v := insert(i); keyed(v) {
			if out := try(v, v); out != nil {
				return out
			}
		}
	}
	for x, i := range at {
		if !keyed(insert(i)[:len(string(rs[:i]))+len("っ")+len(string(rs[i]))]) {
			continue // (nothing starts with the first っ put back)
		}
		for _, j := range at[x+1:] {
			if v := insert(i, j); keyed(v) {
				if out := try(v, v); out != nil {
					return out
				}
			}
		}
	}
	return nil
}

// doubles reports whether a small っ may be written before the kana r:
// a kana whose romaji starts with a consonant typed twice for it (か, さ,
// た, ぱ, ば and their rows, ち, ふ of スタッフ, じ of バッジ), not a vowel,
// な, ま, や, ら, わ or ん.
func doubles(r rune) bool {
	return strings.ContainsRune("かきくけこがぎぐげごさしすせそざじずぜぞたちつてとだぢづでどはひふへほばびぶべぼぱぴぷぺぽ", r)
}
