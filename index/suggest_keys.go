package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// What the reader typed, turned into the keys to look up: the kana an IME
// shows with the letters of a syllable still being typed, converted text
// with kana after it, romaji, and their readings.

// imeTail reads the letters an IME shows at the end of a word until they
// make a kana (じどu, こn, 量子k): text is the word with the letters that
// make kana added as hiragana (じどう), pending what is left of an
// unfinished syllable ("k" of 量子k). Letters after Latin text are a word
// of their own.
func imeTail(w string) (text, pending string) {
	i := lettersStart(w)
	if i == 0 || i == len(w) || len(w)-i > 4 {
		return w, ""
	}
	if r, _ := utf8.DecodeLastRuneInString(w[:i]); !analyzer.IsKana(string(r)) && !isHan(r) {
		return w, ""
	}
	kana, pending, ok := toKana(w[i:])
	if !ok {
		return w, ""
	}
	return w[:i] + toHiragana(kana), pending
}

// lettersStart returns where the lower-case Latin letters (and ') that
// end w start: len(w) when none do.
func lettersStart(w string) int {
	i := len(w)
	for i > 0 && (w[i-1] >= 'a' && w[i-1] <= 'z' || w[i-1] == '\'') {
		i--
	}
	return i
}

// toHiragana turns katakana letters into hiragana (ー and the rest stay).
func toHiragana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'ァ' && r <= 'ヶ' {
			return r - 'ァ' + 'ぁ'
		}
		return r
	}, s)
}

func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// splitTyping splits a word that ends in hiragana after other text (量子こ)
// into the converted head and the kana being typed; "" when it does not.
func splitTyping(w string) (head, tail string) {
	i := len(w)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(w[:i])
		if r < 'ぁ' || r > 'ゖ' && r != 'ー' {
			break
		}
		i -= size
	}
	for i > 0 && strings.HasPrefix(w[i:], "ー") {
		i += len("ー") // the long vowel of the katakana before (ベンチャー|きぎょう)
	}
	if i == 0 || i == len(w) {
		return "", w // all kana, or no kana at the end
	}
	return w[:i], w[i:]
}

// prefixes returns the keys to look up for context followed by last, in
// groups: the folded text itself, then its reading when the reader typed
// kana or romaji. Romaji has its own group, so "tes" offers both Tesla
// and テスラ.
func (ix *Index) prefixes(context, last, pending string) [][]string {
	var spelled, read, english []string
	addKey := func(l *[]string, k string) {
		if k == "" || slices.Contains(*l, k) {
			return
		}
		*l = append(*l, k)
		// Long katakana words are indexed without a final ー.
		if s := strings.TrimSuffix(k, "ー"); s != k && utf8.RuneCountInString(s) >= 3 {
			*l = append(*l, s)
		}
	}
	if pending == "" {
		addKey(&spelled, context+last)
	}
	if c, _ := utf8.DecodeLastRuneInString(context); c < utf8.RuneSelf && isASCIIAlnum(c) {
		// A name and its number or model as the titles write them, with
		// a space: iphone 17 → iPhone 17 Pro.
		if l, _ := utf8.DecodeRuneInString(last); isASCIIAlnum(l) {
			addKey(&spelled, context+" "+last)
		}
	}
	ctxReading := ""
	if context != "" {
		ctxReading = readingKey(ix.an, context)
		if kana, pending, ok := toKana(context); ctxReading == "" && isRomaji(context) && ok && pending == "" {
			ctxReading = analyzer.ReadingPrefix(kana) // kagawa before conversion: カガワ
		}
		if ctxReading == "" {
			ctxReading = context
		}
	}
	switch {
	case pending != "" && (last == "" || analyzer.IsKana(last)):
		// Kana and the start of the next (じどk): any kana it can become.
		for _, next := range nextKana[pending] {
			if ctxReading+last != "" || startsWord(next) {
				r := analyzer.ReadingPrefix(last + next)
				addKey(&spelled, ctxReading+r+unfinished)
				if isLatinWord(context) && last != "" {
					addKey(&spelled, context+analyzer.ToKatakana(last+next)+unfinished) // AIえーj
				}
				for _, k := range longVowelSpellings(r)[1:] { // すまあt
					addKey(&read, ctxReading+k+unfinished)
				}
			}
		}
	case analyzer.IsKana(last):
		r := analyzer.ReadingPrefix(last)
		addKey(&spelled, ctxReading+r)
		if isLatinWord(context) {
			// Kana typed onto letters (AIえ): a word of the letters and
			// katakana as written (AIエージェント).
			addKey(&spelled, context+analyzer.ToKatakana(last))
		}
		if letters := spelledLetters(last); letters != "" && context == "" {
			addKey(&spelled, letters) // えーけーびー: AKB48, as a search reads it
		}
		// What an IME shows for a long vowel typed doubled (すまあと for
		// sumaato, as romaji is read: スマート), after the kana as typed
		// (おおさか is オオサカ).
		for _, k := range longVowelSpellings(r)[1:] {
			addKey(&read, ctxReading+k)
		}
	case isRomaji(last):
		for i, variant := range romajiVariants(last) {
			kana, pending, ok := toKana(variant)
			if !ok {
				continue
			}
			// As typed, and folded as the reading fields fold it (ディ
			// is デイ there, ヂ ジ): a word's reading from the user
			// dictionary is keyed folded only (enubidhi is NVIDIA,
			// エヌビデイア).
			spell := func(l *[]string, kana string) {
				if ctxReading == "" && kana != "" && !startsWord(kana) {
					return // (li, xa: small kana, which start no word; the letters do: LiDAR)
				}
				if pending == "" {
					addKey(l, ctxReading+kana)
					addKey(l, ctxReading+analyzer.ReadingPrefix(kana))
					return
				}
				for _, next := range nextKana[pending] {
					if ctxReading+kana == "" && !startsWord(next) {
						continue // (x is no start of ア, ワ or カ)
					}
					addKey(l, ctxReading+kana+next+unfinished)
					addKey(l, ctxReading+analyzer.ReadingPrefix(kana+next)+unfinished)
				}
			}
			for _, k := range longVowelSpellings(kana) {
				spell(&read, k)
			}
			if i > 0 {
				continue // (a variant is one already)
			}
			for _, k := range englishSpellings(kana, pending != "") {
				spell(&english, k)
			}
			if i == 0 && utf8.RuneCountInString(kana) >= minEnglishReadingKana {
				// Any of its first o- and u-syllables long, as a search
				// reads a word typed whole (kosokudoro: 高速道路, juden:
				// 充電), not only every o or none.
				for _, k := range englishReadings(kana) {
					if k != kana {
						spell(&english, k)
					}
				}
			}
		}
	}
	// The long vowels English leaves out are a guess, worth less than
	// the reading as typed: among its words, not beside them (taking
	// turns, kon offered 購入 second and hon 放熱, read コウn and ホウn).
	for _, k := range english {
		read = append(read, englishKey+k)
	}
	groups := [][]string{spelled}
	if len(read) > 0 {
		groups = append(groups, read)
	}
	typed := last
	if isRomaji(last) {
		typed, _, _ = toKana(last)
	}
	if katakanaWord(last) && context == "" && !foreignSound(typed) {
		// Katakana as the box holds it once converted (or typed so): the
		// words written so first, then the kanji read alike (ホンダ had
		// offered 本田 and 本田圭佑 above the company, テス 手数料 second).
		for _, g := range groups {
			for i, k := range g {
				g[i] = katakanaKey + k
			}
		}
	}
	if foreignSound(typed) {
		for _, g := range groups {
			for i, k := range g {
				g[i] = foreignKey + k
			}
		}
	}
	return groups
}

// foreignSound reports whether kana has a sound only words from other
// languages have (ティ, ウェ, ファ, ヴ): the readings fold them (ティ is
// テイ there, as kagome reads ディスプレイ デイスプレイ), so the kana finds
// words of kanji read alike (てぃ 提供, うぇ 上), which no reader typing
// ティ means.
func foreignSound(kana string) bool {
	for i, r := range []rune(kana) {
		if r == 'ヴ' || r == 'ゔ' || i > 0 && strings.ContainsRune("ァィゥェォぁぃぅぇぉ", r) {
			return true
		}
	}
	return false
}

// minEnglishReadingKana is the fewest kana a romaji prefix has before
// any of its syllables is tried long (ko is no コウ yet: too many words).
const minEnglishReadingKana = 3

// startsWord reports whether kana can begin a word: no small kana (the
// xa, xka, lwa an IME types them with fold to ア, カ, ワ in readings),
// ッ or ン.
func startsWord(kana string) bool {
	r, _ := utf8.DecodeRuneInString(kana)
	return !strings.ContainsRune("ァィゥェォャュョヮヵヶッンぁぃぅぇぉゃゅょゎゕゖっん", r)
}

// readingKey is the reading of text as one key, or "" when some of it
// has no reading.
func readingKey(an *analyzer.Analyzer, text string) string {
	if analyzer.IsKana(text) {
		return analyzer.ReadingPrefix(text)
	}
	var b strings.Builder
	for _, t := range an.Tokens(text) {
		if t.Class == "part" || t.Class == "shingle" || t.Term == "" && isJunk(t.Surface) {
			continue
		}
		r := t.Reading
		if r == "" {
			if t.Term == "" {
				continue // a particle: readings skip it too
			}
			return ""
		}
		b.WriteString(r)
		if strings.HasSuffix(t.Surface, "ー") && !strings.HasSuffix(r, "ー") {
			// A katakana word's long vowel, which its term drops, stays
			// inside the reading as typed (サイバー|防御 reads サイバーボウギョ:
			// のうどうてきさいばーぼ had found no tag).
			b.WriteString("ー")
		}
	}
	return analyzer.NormalizeReading(b.String())
}

func isJunk(s string) bool {
	for _, r := range s {
		if r > ' ' {
			return false
		}
	}
	return true
}

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
// and the rest; "" when no start does.
func (ix *Index) wordAtStart(si *suggestIndex, kana string) (word, rest string) {
	if !isHiragana(kana) {
		return "", kana
	}
	rs := []rune(kana)
	for n := len(rs) - 1; n >= 2; n-- {
		start := string(rs[:n])
		word := si.wordByReading(analyzer.ReadingPrefix(start))
		if word == "" || isHiragana(word) || isSingleKanji(word) {
			continue // (one kanji reads as too many starts: あとこうてい is no 跡 向上)
		}
		if toks := ix.an.Tokens(start); len(toks) == 1 && !toks[0].Content {
			continue // a word of grammar (この)
		}
		return analyzer.Fold(word), string(rs[n:])
	}
	return "", kana
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
