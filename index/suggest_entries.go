package index

import (
	"slices"
	"unicode/utf8"

	"sagasu/analyzer"
)

// The entry of each word left once the spellings of one word are merged
// (mergeTerms), how it ranks, and the keys that find it: its spellings,
// their readings, the readings with お or ご, without ー, and the other
// script's spellings the synonyms give a name.

// addTermEntry adds the entry of word s, one no other word was merged
// into, and the keys that find it. spellings are the terms of the
// spellings that are one suggestion with it (see spellingsByEntry),
// readings the readings of all the words.
func (b *sugBuilder) addTermEntry(s *termStat, spellings []string, readings map[string]bool) {
	entry, text := b.termEntry(s, spellings)
	key := b.keyBy(s)
	// A word titles write after お or ご (see termStat.honorific) is
	// found without it too (見合い finds お見合い, as a search does);
	// one they mostly write without it (仕事, 紹介) is found with it
	// as a variant: おしごと finds 仕事, and お and ご rank it below
	// the words that start with them.
	prefixed := len(s.honorific) > 0 && withoutHonorific(text) != text
	b.keySurfaces(s, entry, key, prefixed)
	b.keyVariants(s, entry)
	b.keyReadings(s, entry, key, prefixed, readings)
	b.keyNamed(s, entry, text, key)
}

// termEntry adds the entry of word s, shown as most articles write it and
// ranked by its articles, with its spelling in Latin letters and its
// spellings that are one suggestion with it; it returns the entry and
// the text it shows.
func (b *sugBuilder) termEntry(s *termStat, spellings []string) (entry int32, text string) {
	entry = int32(len(b.entries))
	text = bestSurface(s)
	if l := latinSurface(s); l != "" && !isLatinWord(text) {
		if b.latin == nil {
			b.latin = map[int32]latinSpelling{}
		}
		b.latin[entry] = latinSpelling{l, analyzer.NormalizeReading(s.reading)}
	}
	for _, sf := range spellings {
		if sf != analyzer.WordTerm(text) {
			b.alias(sf, analyzer.WordTerm(text))
		}
	}
	for _, o := range b.otherScript(text) {
		// A tag of the name in the other script (Waymo beside the
		// word ウェイモ) that no article writes in its text: one
		// suggestion with the word.
		b.alias(o, analyzer.WordTerm(text))
	}
	score := float64(s.count) + titleWordWeight*s.recent
	if s.single && isSingleKanji(text) {
		score *= singleKanjiWeight * b.aloneShare(text)
	}
	b.entries = append(b.entries, sugEntry{text: text, kind: kindTerm, count: int32(s.count), score: float32(score)})
	return entry, text
}

// keyBy returns how a key finds the entry of word s: by its prefixes; by
// itself only for a single kanji (see termStat.single); by itself, and
// by its prefixes weakly, for a word of time (see termStat.weakPrefix).
func (b *sugBuilder) keyBy(s *termStat) func(k string, entry int32) {
	key := b.key
	switch {
	case s.single:
		key = b.exactKey
	case s.weakPrefix:
		key = func(k string, entry int32) {
			b.exactKey(k, entry)
			b.variantKey(k, entry, false)
		}
	}
	return key
}

// keySurfaces keys the entry of word s by each of its spellings, folded,
// and by those of Japanese and then Latin letters as typed (see
// mixedKeys); a spelling with お or ご also without it when the titles
// mostly write the word so (prefixed), else only as a variant.
func (b *sugBuilder) keySurfaces(s *termStat, entry int32, key func(string, int32), prefixed bool) {
	for sf := range s.surfaces {
		if bare := withoutHonorific(sf); len(s.honorific) > 0 && bare != sf {
			if !prefixed {
				b.variantKey(analyzer.Fold(sf), entry, false)
				continue
			}
			key(analyzer.Fold(bare), entry)
		}
		key(analyzer.Fold(sf), entry)
		for _, k := range b.mixedKeys(sf) {
			key(k, entry)
		}
	}
}

// keyVariants keys the entry of word s weakly by the dictionary's other
// readings of it that are not among its readings (see variantOf).
func (b *sugBuilder) keyVariants(s *termStat, entry int32) {
	for _, v := range s.variants {
		if v.reading != s.reading && !slices.Contains(s.others, v.reading) {
			b.variantKey(v.reading, entry, v.exact)
		}
	}
}

// keyReadings keys the entry of word s by its readings, with お or ご
// when the titles mostly write it so (prefixed; else those are
// variants), and without a long vowel that no other word's reading
// lacks.
func (b *sugBuilder) keyReadings(s *termStat, entry int32, key func(string, int32), prefixed bool, readings map[string]bool) {
	keyed := append([]string{s.reading}, s.others...)
	if prefixed {
		keyed = append(keyed, s.honorific...)
	} else {
		for _, r := range s.honorific {
			b.variantKey(r, entry, false)
		}
	}
	for _, r := range keyed {
		key(r, entry)
		if short := withoutLong(r); short != r && short != "" && !readings[short] {
			// Typed without the long vowel: あいふぉん is iPhone
			// (アイフォーン), but さば is サバ, not サーバー.
			key(short, entry)
		}
	}
}

// alias makes key the suggestion of word (see keyOf).
func (b *sugBuilder) alias(key, word string) {
	if b.aliases == nil {
		b.aliases = map[string]string{}
	}
	b.aliases[key] = word
}

// otherScript returns the terms of the spellings the synonyms give a name
// in the other script (Waymo for ウェイモ, ウェイモ for Waymo) that are no
// word of the suggestion data themselves.
func (b *sugBuilder) otherScript(text string) []string {
	if b.ix.syn == nil || !isLatinWord(text) && !katakanaName(text) {
		return nil
	}
	term := analyzer.WordTerm(text)
	end, others := b.ix.syn.match([]string{term}, 0)
	if end != 1 {
		return nil
	}
	var out []string
	for _, o := range others {
		t := analyzer.WordTerm(o.text)
		if _, own := b.terms[t]; o.target || own || isLatinWord(o.text) == isLatinWord(text) || !isLatinWord(o.text) && !katakanaName(o.text) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// singleKanjiWeight ranks a single kanji (犬, 株, 性) below the words that
// start with its reading unless it is several times as common: a reader
// who has typed いぬ or せい is more often on the way to a longer word.
const singleKanjiWeight = 0.25

// aloneShare is the share of the titles with the single kanji k that
// have it as a word of its own rather than as a suffix or a piece of a
// longer word (性 of 安全性, 省 of 経産|省): a kanji the articles write
// mostly inside other words ranks by the articles that use it alone,
// below the words that start with its reading (せい is 政府 and 生活
// before 性).
func (b *sugBuilder) aloneShare(k string) float64 {
	alone := float64(min(b.alone[k], b.free[k]) + 1)
	return min(1, alone/float64(b.alone[k]+b.inside[k]+1), alone/float64(b.free[k]+b.suffix[k]+1))
}

// latinSurface returns the commonest spelling of s in Latin letters, or
// "".
func latinSurface(s *termStat) string {
	best, most := "", 0.0
	for sf, w := range s.surfaces {
		if isLatinWord(sf) && (w > most || w == most && sf < best) {
			best, most = sf, w
		}
	}
	return best
}

// mixedKeys returns the keys of a word of Japanese and then Latin letters
// (生成AI, エッジAI) that a reader types in kana and then in Latin letters
// (せいせいai): the reading of the Japanese and the letters; and, when the
// letters are romaji too, the reading and their kana, as an IME left on
// shows them (せいせいあい, on the way to 生成AI; gpt is no romaji). None
// for other words.
func (b *sugBuilder) mixedKeys(surface string) []string {
	head, tail := splitLatinTail(analyzer.Fold(surface))
	if head == "" || tail == "" {
		return nil
	}
	r := readingKey(b.ix.an, head)
	if r == "" {
		return nil
	}
	keys := []string{r + tail}
	if kana, pending, ok := toKana(tail); ok && pending == "" && analyzer.IsKana(kana) {
		keys = append(keys, r+analyzer.ReadingPrefix(kana))
	}
	return keys
}

// splitLatinTail splits the ASCII letters and digits at the end of s off
// what comes before them, when that is not ASCII.
func splitLatinTail(s string) (head, tail string) {
	i := len(s)
	for i > 0 && isASCIIAlnum(rune(s[i-1])) {
		i--
	}
	if i == 0 || i == len(s) || s[i-1] < utf8.RuneSelf {
		return "", ""
	}
	return s[:i], s[i:]
}
