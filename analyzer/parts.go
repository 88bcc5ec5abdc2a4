package analyzer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// partsOf returns the parts a token is also indexed by: the segmentation
// column of a user-dictionary compound (全固体電池 → 全|固体|電池), the
// katakana and kanji pieces of a dictionary word that mixes them (バリ島 →
// バリ|島), or the words a proper noun of kanji reads as alone (出光興産
// → 出光|興産), so a search for one piece finds the whole.
func (a *Analyzer) partsOf(k *tokenizer.Token, term string) (parts, readings []string) {
	if term == "" {
		return nil, nil
	}
	if k.Class == tokenizer.USER {
		if ex := k.UserExtra(); ex != nil {
			return ex.Tokens, ex.Readings
		}
		return nil, nil
	}
	if parts, readings := a.properParts(k); len(parts) > 1 {
		return parts, readings
	}
	if parts, readings := a.prefixedParts(k); len(parts) > 1 {
		return parts, readings
	}
	if len(k.Surface) < 3*3 { // three characters of katakana or kanji
		return nil, nil
	}
	prev, from := -1, 0
	for i, r := range k.Surface {
		c := scriptOf(r)
		if c == 0 {
			return nil, nil // only katakana and kanji pieces
		}
		if prev >= 0 && c != prev {
			parts = append(parts, k.Surface[from:i])
			from = i
		}
		prev = c
	}
	if len(parts) == 0 {
		return nil, nil
	}
	parts = append(parts, k.Surface[from:])
	readings = make([]string, len(parts))
	for i, p := range parts {
		if isAllKatakana(p) {
			if utf8.RuneCountInString(p) < 2 {
				return nil, nil // 霞ヶ関 is not 霞|ヶ|関
			}
			readings[i] = p
		}
	}
	return parts, readings
}

// properParts splits a proper noun of four kanji or more that the
// dictionary knows whole (出光興産 in 材料は出光興産と共同で) into the
// words kagome reads it as on its own (出光|興産), when those are known
// words of two characters or more: kagome keeps such a name whole in some
// sentences and splits it in others, and 出光 found only the others. One
// kanji is no part (東京|都 would let 都 find every 都).
func (a *Analyzer) properParts(k *tokenizer.Token) (parts, readings []string) {
	if k.Class != tokenizer.KNOWN || utf8.RuneCountInString(k.Surface) < 4 || !isAllHan(k.Surface) {
		return nil, nil
	}
	if pos1, _ := k.FeatureAt(1); pos1 != "固有名詞" {
		return nil, nil
	}
	return a.aloneParts(k.Surface, false)
}

// prefixedParts splits a common noun of three kanji or more that the
// dictionary knows whole in some sentences (大震災 in 東日本大震災) into the
// words kagome reads it as on its own, a one-kanji prefix or suffix and
// words of two kanji or more (大|震災), as it indexes the word elsewhere:
// 震災 had missed the livedoor articles that write it only in 東日本大震災
// (147 articles found, 242 now). A word kagome keeps whole alone (大統領,
// 大丈夫) has no parts.
func (a *Analyzer) prefixedParts(k *tokenizer.Token) (parts, readings []string) {
	if k.Class != tokenizer.KNOWN || utf8.RuneCountInString(k.Surface) < 3 || !isAllHan(k.Surface) {
		return nil, nil
	}
	if pos0, _ := k.FeatureAt(0); pos0 != "名詞" {
		return nil, nil
	}
	if pos1, _ := k.FeatureAt(1); pos1 == "固有名詞" {
		return nil, nil
	}
	return a.aloneParts(k.Surface, true)
}

// aloneParts returns the words kagome reads surface as on its own, with
// their readings, when it reads it as two or more known words of two
// characters or more (with affixes, a one-kanji prefix or suffix may be
// one of them); nil otherwise. Answers are kept in Analyzer.proper.
func (a *Analyzer) aloneParts(surface string, affixes bool) (parts, readings []string) {
	key := surface
	if affixes {
		key = affixKey + surface
	}
	if v, ok := a.proper.Load(key); ok {
		p := v.([2][]string)
		return p[0], p[1]
	}
	sub := a.k.Analyze(surface, tokenizer.Search)
	if len(sub) > 1 {
		for i := range sub {
			s := &sub[i]
			short := utf8.RuneCountInString(s.Surface) < 2
			if short && affixes {
				pos := strings.Join(s.POS(), ",")
				short = !strings.HasPrefix(pos, "接頭詞") && !strings.HasPrefix(pos, "名詞,接尾")
			}
			if s.Class != tokenizer.KNOWN || short {
				parts, readings = nil, nil
				break
			}
			r, _ := a.feat.readingOf(s)
			parts, readings = append(parts, s.Surface), append(readings, r)
		}
	}
	a.proper.Store(key, [2][]string{parts, readings})
	return parts, readings
}

// affixKey marks the answers of aloneParts with affixes in
// Analyzer.proper.
const affixKey = "\x00"

// scriptOf is 1 for katakana (and ー), 2 for kanji (and 々), 0 otherwise.
func scriptOf(r rune) int {
	switch {
	case isKatakana(r):
		return 1
	case unicode.Is(unicode.Han, r) || r == iterationMark:
		return 2
	}
	return 0
}

// walkParts emits the parts of a token after the token itself, the first
// part at the token's position and the rest after it, so a phrase query
// lines up with the parts as with the whole. In the reading field all parts
// share the token's position, so a phrase of readings runs on through the
// whole word, and each part also carries the readings of the runs of
// parts it starts (ゼンコタイ and コタイデンチ of 全|固体|電池): a reader types
// ぜんこたい or zenkotai for the 全固体 the main field indexes joined, and
// the reading field, whose parts share one position, has no phrase of
// them. It returns the last position used.
func walkParts(k *tokenizer.Token, parts, readings []string, at int, whole morph, mp *mapper, fn func(*morph)) int {
	// Where each part ends in the input (-1: not found), for the runs.
	ends := make([]int, len(parts))
	starts := make([]int, len(parts))
	for i, off := 0, 0; i < len(parts); i++ {
		j := strings.Index(k.Surface[off:], parts[i])
		if j < 0 || parts[i] == "" {
			starts[i], ends[i] = -1, -1
			continue
		}
		starts[i], ends[i] = mp.span(at+off+j, at+off+j+len(parts[i]))
		off += j + len(parts[i])
	}
	pos := whole.pos - 1 // the first part shares the token's position
	for i, part := range parts {
		if starts[i] < 0 {
			continue
		}
		pos++
		m := morph{tok: k, surface: part, start: starts[i], end: ends[i], pos: pos, rpos: whole.rpos, term: partTerm(part), part: true}
		if m.term == "" {
			continue
		}
		if i < len(readings) && readings[i] != "" {
			m.reading = NormalizeReading(readings[i])
			m.spanReadings, m.spanEnds = spanReadings(readings, ends, i)
		}
		fn(&m)
	}
	return pos
}

// spanReadings returns the readings of the runs of two or more parts that
// start at part i, but the whole word's (the token's own reading), with
// where each ends in the input; nil when a part has no reading or was
// not found.
func spanReadings(readings []string, ends []int, i int) (out []string, at []int) {
	if len(readings) != len(ends) || slices.Contains(readings, "") || slices.Contains(ends, -1) {
		return nil, nil
	}
	for j := i + 2; j <= len(readings); j++ {
		if i == 0 && j == len(readings) {
			break
		}
		out = append(out, NormalizeReading(strings.Join(readings[i:j], "")))
		at = append(at, ends[j-1])
	}
	return out, at
}
