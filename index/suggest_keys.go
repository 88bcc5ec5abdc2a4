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
	p := &prefixKeys{context: context, last: last}
	p.spelledAsTyped(pending)
	p.ctxReading = contextReading(ix.an, context)
	switch {
	case pending != "" && (last == "" || analyzer.IsKana(last)):
		p.kanaPending(pending)
	case analyzer.IsKana(last):
		p.kana()
	case isRomaji(last):
		p.romaji()
	}
	return p.groups()
}

// prefixKeys are the keys prefixes gathers for context followed by last:
// spelled as typed and by their reading, read as an IME may show them
// otherwise, and english, readings with the long vowels English leaves
// out (see groups).
type prefixKeys struct {
	context, last string
	ctxReading    string // the reading of context (see contextReading)

	spelled, read, english []string
}

// addPrefixKey adds k to the keys l unless it is there or empty, and k
// without a final ー too.
func addPrefixKey(l *[]string, k string) {
	if k == "" || slices.Contains(*l, k) {
		return
	}
	*l = append(*l, k)
	// Long katakana words are indexed without a final ー.
	if s := strings.TrimSuffix(k, "ー"); s != k && utf8.RuneCountInString(s) >= 3 {
		*l = append(*l, s)
	}
}

// spelledAsTyped adds the text as typed, when no syllable is still being
// typed (pending), and a name and its number with a space between.
func (p *prefixKeys) spelledAsTyped(pending string) {
	if pending == "" {
		addPrefixKey(&p.spelled, p.context+p.last)
	}
	if c, _ := utf8.DecodeLastRuneInString(p.context); c < utf8.RuneSelf && isASCIIAlnum(c) {
		// A name and its number or model as the titles write them, with
		// a space: iphone 17 → iPhone 17 Pro.
		if l, _ := utf8.DecodeRuneInString(p.last); isASCIIAlnum(l) {
			addPrefixKey(&p.spelled, p.context+" "+p.last)
		}
	}
}

// contextReading returns the reading of context as one key: read by the
// analyzer, or as kana when it is romaji still to be converted, or else
// context itself; "" when there is no context.
func contextReading(an *analyzer.Analyzer, context string) string {
	if context == "" {
		return ""
	}
	ctxReading := readingKey(an, context)
	if kana, pending, ok := toKana(context); ctxReading == "" && isRomaji(context) && ok && pending == "" {
		ctxReading = analyzer.ReadingPrefix(kana) // kagawa before conversion: カガワ
	}
	if ctxReading == "" {
		ctxReading = context
	}
	return ctxReading
}

// kanaPending adds the keys of kana followed by the letters of a syllable
// still being typed (pending).
func (p *prefixKeys) kanaPending(pending string) {
	// Kana and the start of the next (じどk): any kana it can become.
	for _, next := range nextKana[pending] {
		if p.ctxReading+p.last != "" || startsWord(next) {
			r := analyzer.ReadingPrefix(p.last + next)
			addPrefixKey(&p.spelled, p.ctxReading+r+unfinished)
			if isLatinWord(p.context) && p.last != "" {
				addPrefixKey(&p.spelled, p.context+analyzer.ToKatakana(p.last+next)+unfinished) // AIえーj
			}
			for _, k := range longVowelSpellings(r)[1:] { // すまあt
				addPrefixKey(&p.read, p.ctxReading+k+unfinished)
			}
			if p.context == "" && p.last != "" {
				p.letters(p.last + next) // けーでぃーd
			}
		}
	}
}

// letters adds the keys of kana that spells out letters: the letters
// (えーけーびー: AKB48, as a search reads it), and with a letter's name
// begun (けーでぃーで, けーでぃーでぃーあ on the way to KDDI) the letters
// and each letter it may be, where the kana alone had emptied the box.
func (p *prefixKeys) letters(kana string) {
	if letters := spelledLetters(kana); letters != "" {
		addPrefixKey(&p.spelled, letters)
	} else if letters, next := spelledLettersBegun(kana); letters != "" {
		for _, c := range next {
			addPrefixKey(&p.spelled, letters+string(c))
		}
	} else if letters, rest := spelledLettersThen(kana); letters != "" {
		// The letters and then a word in kana (えぬてぃーてぃーこみゅ):
		// the letters and the katakana, as NTTこみゅ finds
		// NTTコミュニケーションズ; the box had been empty.
		addPrefixKey(&p.spelled, letters+analyzer.ToKatakana(rest))
	}
}

// kana adds the keys of last typed in kana: its reading, katakana after
// Latin letters, the letters it spells out, and the long vowels an IME
// shows doubled.
func (p *prefixKeys) kana() {
	r := analyzer.ReadingPrefix(p.last)
	addPrefixKey(&p.spelled, p.ctxReading+r)
	if isLatinWord(p.context) {
		// Kana typed onto letters (AIえ): a word of the letters and
		// katakana as written (AIエージェント).
		addPrefixKey(&p.spelled, p.context+analyzer.ToKatakana(p.last))
	}
	if p.context == "" {
		p.letters(p.last)
	}
	// What an IME shows for a long vowel typed doubled (すまあと for
	// sumaato, as romaji is read: スマート), after the kana as typed
	// (おおさか is オオサカ).
	for _, k := range longVowelSpellings(r)[1:] {
		addPrefixKey(&p.read, p.ctxReading+k)
	}
}

// kanaWithoutLongVowels returns the keys of hiragana (followed by the
// letters of a syllable still being typed) with the long vowels romaji
// typed as English spells it leaves out: an IME shows gokon as ごこん and
// ごこn, which find 合コン as gokon does. They only follow the words the
// kana reads as typed (see completeAlone): taking turns with them, they
// had put 上司 and 常識 before 女子会 for じょし.
func kanaWithoutLongVowels(kana, pending string) []string {
	if !isHiragana(kana) {
		return nil // (katakana is converted text: ホンダ)
	}
	p := &prefixKeys{last: kana}
	p.withoutLongVowels(analyzer.ToKatakana(kana), pending)
	for i, k := range p.english {
		p.english[i] = englishKey + k
	}
	return p.english
}

// romaji adds the keys of last typed in romaji, by each of its variants
// (see romajiVariants).
func (p *prefixKeys) romaji() {
	for i, variant := range romajiVariants(p.last) {
		p.romajiVariant(i, variant)
	}
}

// romajiVariant adds the keys of the i-th variant of romaji: the kana it
// makes, with the long vowels an IME shows, and for the romaji as typed
// (i == 0) the readings English would give it.
func (p *prefixKeys) romajiVariant(i int, variant string) {
	kana, pending, ok := toKana(variant)
	if !ok {
		return
	}
	for _, k := range longVowelSpellings(kana) {
		p.spellRomaji(&p.read, k, pending)
	}
	if i > 0 {
		return // (a variant is one already)
	}
	p.withoutLongVowels(kana, pending)
	if p.context == "" {
		// Letters' names typed in romaji (ke-dhi-dhi-a, ke-dhi-dh): as
		// in kana.
		if pending == "" {
			p.letters(kana)
		}
		for _, next := range nextKana[pending] {
			p.letters(kana + next)
		}
	}
}

// withoutLongVowels adds the english keys of kana (katakana), followed by
// the letters of a syllable still being typed (pending): the readings
// with the long vowels English spellings leave out (see also
// kanaWithoutLongVowels).
func (p *prefixKeys) withoutLongVowels(kana, pending string) {
	for _, k := range englishSpellings(kana, pending != "") {
		p.spellRomaji(&p.english, k, pending)
	}
	if utf8.RuneCountInString(kana) >= minEnglishReadingKana {
		// Any of its first o- and u-syllables long, as a search
		// reads a word typed whole (kosokudoro: 高速道路, juden:
		// 充電), not only every o or none.
		for _, k := range englishReadings(kana) {
			if k != kana {
				p.spellRomaji(&p.english, k, pending)
			}
		}
	}
}

// spellRomaji adds to l the keys of the kana romaji makes, after the
// reading of the context, with each kana the letters of a syllable still
// being typed (pending) can become. As typed, and folded as the reading
// fields fold it (ディ is デイ there, ヂ ジ): a word's reading from the
// user dictionary is keyed folded only (enubidhi is NVIDIA, エヌビデイア).
func (p *prefixKeys) spellRomaji(l *[]string, kana, pending string) {
	if p.ctxReading == "" && kana != "" && !startsWord(kana) {
		return // (li, xa: small kana, which start no word; the letters do: LiDAR)
	}
	if pending == "" {
		addPrefixKey(l, p.ctxReading+kana)
		addPrefixKey(l, p.ctxReading+analyzer.ReadingPrefix(kana))
		return
	}
	for _, next := range nextKana[pending] {
		if p.ctxReading+kana == "" && !startsWord(next) {
			continue // (x is no start of ア, ワ or カ)
		}
		addPrefixKey(l, p.ctxReading+kana+next+unfinished)
		addPrefixKey(l, p.ctxReading+analyzer.ReadingPrefix(kana+next)+unfinished)
	}
}

// groups returns the keys gathered, in their groups: spelled, then read
// with the english readings last, marked as katakana or foreign sounds
// (see markScript).
func (p *prefixKeys) groups() [][]string {
	// The long vowels English leaves out are a guess, worth less than
	// the reading as typed: among its words, not beside them (taking
	// turns, kon offered 購入 second and hon 放熱, read コウn and ホウn).
	for _, k := range p.english {
		p.read = append(p.read, englishKey+k)
	}
	groups := [][]string{p.spelled}
	if len(p.read) > 0 {
		groups = append(groups, p.read)
	}
	markScript(groups, p.context, p.last)
	return groups
}

// markScript marks the keys of katakana typed alone (katakanaKey) and of
// kana with a sound only words from other languages have (foreignKey; see
// foreignSound), in place.
func markScript(groups [][]string, context, last string) {
	typed := last
	if isRomaji(last) {
		typed, _, _ = toKana(last)
	}
	if katakanaWord(last) && context == "" && !foreignSound(typed) {
		// Katakana as the box holds it once converted (or typed so): the
		// words written so first, then the kanji read alike (ホンダ had
		// offered 本田 and 本田圭佑 above the company, テス 手数料 second).
		markKeys(groups, katakanaKey)
	}
	if foreignSound(typed) {
		markKeys(groups, foreignKey)
	}
	if strings.ContainsAny(typed, "ヴゔ") {
		markKeys(groups, vuKey)
	}
}

// markKeys puts mark before each key of groups.
func markKeys(groups [][]string, mark string) {
	for _, g := range groups {
		for i, k := range g {
			g[i] = mark + k
		}
	}
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
