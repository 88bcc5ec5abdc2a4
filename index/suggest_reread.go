package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Reading the last word typed again when nothing completes it: kana run
// on past a word, a particle between a word and the kana after it, a word
// read from its kana and Latin letters typed after it.

// reread returns the last word typed read again when nothing completes
// it, or "": kana that run on past a word (ぜんこたいでんちの, どくじょけっこ:
// the IME has not converted them) start with the word articles use that
// reads as their start, and a particle after a word (トヨタのじ,
// 全固体電池のこ) becomes a space, so the kana after it complete a word of
// their own beside it (トヨタ じ, 全固体電池 こ); with no particle the kana
// stay joined to the word (独女けっこ), which offers only words articles
// have beside it. Letters of a syllable still being typed stay at the end.
func (ix *Index) reread(si *suggestIndex, w string) string {
	i := lettersStart(w)
	core, letters := w[:i], w[i:]
	if len(letters) > 1 && isHiragana(core) {
		// Kana that read as a word, then Latin letters typed as such
		// (ちゃっとgpt: チャット gpt; its と had been a particle and
		// ちゃっ a word).
		if word := si.wordByReading(analyzer.ReadingPrefix(core)); word != "" && !isHiragana(word) && !isSingleKanji(word) {
			return analyzer.Fold(word) + " " + letters
		}
	}
	head, tail := splitTyping(core)
	if head == "" && katakanaWord(core) && utf8.RuneCountInString(core) >= 3 {
		// Katakana converted whole past a word (アンチウイルス, the
		// articles' アンチ|ウイルス): the katakana word it starts with,
		// spelt as typed, and the rest beside it; the box had been
		// empty.
		head, _ = ix.wordAtStart(si, toHiragana(core))
		rest, ok := strings.CutPrefix(core, head)
		if head == "" || !ok || !katakanaWord(head) {
			return "" // (a word spelt as typed: ヴァヴァ is no バー)
		}
		return head + " " + rest + letters
	}
	if head == "" {
		head, tail = ix.wordAtStart(si, core)
		if head == "" {
			return ""
		}
	}
	if size, ok := particleAfter(head, tail); ok {
		if letters == "" && utf8.RuneCountInString(tail) >= 3 {
			if w := si.wordByReading(analyzer.ReadingPrefix(tail)); w != "" && !isHiragana(w) {
				// A word that begins with a particle's kana, whole
				// (ぜんこたいでんちとよた: トヨタ, not と and よた).
				return head + " " + tail
			}
		}
		return head + " " + tail[size:] + letters
	}
	if again := head + tail + letters; again != w {
		return again
	}
	return "" // converted text and kana: read so already (量子あいう)
}

// particleAfter reports whether tail, the kana typed after head, starts
// with a particle, and its length: 婚活|のこ is 婚活 and こ. After one
// kanji, が, で, も and や are more often the kana of a word
// (広がる, 茹でる, 最も, 冷やす), which is no word and a particle (広 る).
func particleAfter(head, tail string) (size int, ok bool) {
	r, size := utf8.DecodeRuneInString(tail)
	if !particles[analyzer.ToKatakana(string(r))] {
		return 0, false
	}
	if isSingleKanji(head) && strings.ContainsRune("がでもや", r) {
		return 0, false
	}
	return size, true
}

// typedAfterParticle reports whether w is converted text, a particle and
// kana after it (婚活のこ, iPhoneのか): the kana are more often a word
// typed beside the text than the rest of a word that reads with the
// particle (のこ: 残り).
func typedAfterParticle(w string) bool {
	i := lettersStart(w)
	head, tail := splitTyping(w[:i])
	if head == "" || utf8.RuneCountInString(tail) < 2 && i == len(w) {
		return false
	}
	_, ok := particleAfter(head, tail)
	return ok
}

// wordAtStart splits kana into the longest start of two or more kana that
// reads as a word of the suggestion data written otherwise than in
// hiragana and as more than one kanji (ぜんこたいでんち: 全固体電池), folded,
// and the rest; "" when no start does (nor one word of grammar as kagome
// reads it).
func (ix *Index) wordAtStart(si *suggestIndex, kana string) (word, rest string) {
	if !isHiragana(kana) {
		return "", kana
	}
	rs := []rune(kana)
	for n := len(rs) - 1; n >= 2; n-- {
		start := string(rs[:n])
		foreign := foreignSound(start)
		word := si.wordByReadingWhere(analyzer.ReadingPrefix(start), func(text string) bool {
			// A loanword's sound (ふぁ, てぃ, うぇ) is no word of kanji
			// read alike (ふぁんかんしゃさい is ファン 感謝祭, not 不安感
			// and しゃさい: the readings fold ファ to フア).
			return !foreign || strings.ContainsFunc(text, katakanaOrLatin)
		})
		if word == "" || isHiragana(word) || isSingleKanji(word) {
			continue // (one kanji reads as too many starts: あとこうてい is no 跡 向上)
		}
		if toks := ix.an.Tokens(start); len(toks) == 1 && !toks[0].Content && (grammarToken(toks[0]) || !allKanji(word)) {
			// A word of grammar (この); and kana kagome reads as a verb
			// start only a word of kanji alone (じょし, read as じょする,
			// is 女子; おき is no お気).
			continue
		}
		return analyzer.Fold(word), string(rs[n:])
	}
	return "", kana
}

// grammarToken reports whether t is a word of grammar, an adverb, a
// prefix or an interjection (この, もう, お, ああ): no start of kana run on
// past a word. A verb or adjective kagome guesses at for a word's kana may
// be one (じょし read as じょする: じょしちゅ is 女子 and ちゅ).
func grammarToken(t analyzer.Token) bool {
	for _, p := range []string{"副詞", "接頭詞", "感動詞", "記号"} {
		if strings.HasPrefix(t.POS, p) {
			return true
		}
	}
	return functionWord([]analyzer.Token{t})
}

// allKanji reports whether s is written in kanji alone.
func allKanji(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !isHan(r) })
}

// isHiragana reports whether s is hiragana (and ー) only.
func isHiragana(s string) bool {
	for _, r := range s {
		if (r < 'ぁ' || r > 'ゖ') && r != 'ー' {
			return false
		}
	}
	return s != ""
}

// onlyReadAlike reports whether w, kana with a loanword's sound (ふぁ,
// てぃ, うぇ; letters of a syllable begun after them), is completed only by words written in neither katakana nor
// Latin letters, which the readings' folding finds (ふぁんか, ふぁんかん:
// 不安感, read フアンカン): words the kana may run on past (ファン 感謝祭)
// come first then, as they do once the kana read as no word at all.
func onlyReadAlike(w string, out []Suggestion) bool {
	if core := w[:lettersStart(w)]; !isHiragana(core) || !foreignSound(core) {
		return false
	}
	return !slices.ContainsFunc(out, func(s Suggestion) bool {
		return s.Kind != kindTitle && strings.ContainsFunc(s.Text, katakanaOrLatin)
	})
}

// wordsBeforeReadAlike orders the suggestions of kana with a loanword's
// sound that only words read alike complete (see onlyReadAlike): the
// words the kana run on past first, then those read alike (ふぁんか:
// ファン and the words beside it, then 不安感, which titles with ファン
// had pushed out), then the titles of both.
func wordsBeforeReadAlike(runOn, alike []Suggestion, size int) []Suggestion {
	isWord := func(s Suggestion) bool { return s.Kind != kindTitle }
	var words, others []Suggestion
	for _, s := range alike {
		if isWord(s) {
			others = append(others, s)
		}
	}
	for _, s := range runOn {
		if isWord(s) && len(words) < max(size-len(others), 1) {
			words = append(words, s)
		}
	}
	return fillUp(fillUp(fillUp(words, others, size), runOn, size), alike, size)
}
