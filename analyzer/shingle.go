package analyzer

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// MaxShingle is the most tokens a shingle joins.
const MaxShingle = 4

// shingler joins runs of adjacent tokens that kagome may segment
// differently elsewhere, so a string matches whichever way either side
// was segmented. For every run of two or more such tokens the index also
// holds each sub-run of two to four of them as one term at the first
// token's position, and a query asks for the joined term too. Two kinds
// of run take part:
//
//   - kanji words, where one of them is a single kanji: kagome splits a
//     name or rare compound it does not know into single characters
//     (呂|比|須) or at a guess (三|木谷 alone, 三木|谷 in 三木谷浩史), but may
//     keep the same string whole elsewhere (呂比, 比須, 呂比須, 三木谷 are
//     indexed). A joined term is made of whole tokens only: 東京|都 gives
//     東京都, never 京都.
//   - katakana words: loanwords and foreign names are split at guesses
//     (ジェイ|ソン|ステイサム) or written with a middle dot (トム・クルーズ,
//     which normalize turns into a space); the joined words (ジェイソン,
//     ジェイソンステイサム, トムクルーズ) are indexed, so the name as a reader
//     types it matches.
//   - Latin words written together that kagome cut at a user-dictionary
//     word where a capital starts the next (GalaxyNote, iPhoneSE; see
//     joinLatinRuns): galaxynote and iphonese are indexed too, as a
//     query in lower case joins them.
type shingler struct {
	emit func(*morph)
	run  []morph
	kind int    // the kind of run: shingleKanji or shingleKatakana
	buf  []byte // scratch for joined terms
	made int    // shingles given out for this text
}

// maxShingles bounds the shingles of one text. Japanese prose has about 30
// per 1,000 characters, so a body at the size limit stays well below; a
// megabyte of random kanji made a million, each a term of its own, and
// took gigabytes to index.
const maxShingles = 20000

const (
	shingleNone = iota
	shingleKanji
	shingleKatakana
	shingleLatin
)

func (s *shingler) add(m *morph) {
	kind := shingleKind(m)
	if kind == shingleNone || kind != s.kind || len(s.run) == 0 || m.pos != s.run[len(s.run)-1].pos+1 ||
		(kind == shingleKanji || kind == shingleLatin) && m.start != s.run[len(s.run)-1].end {
		// (Kanji apart are two words: 円 and 高 of "9,980円　高精細" are
		// no 円高. A katakana name runs on across its dot or space.)
		s.flush()
	}
	if kind != shingleNone {
		s.run = append(s.run, *m)
		s.kind = kind
	}
	s.emit(m)
}

func (s *shingler) flush() {
	run, kind := s.run, s.kind
	s.run, s.kind = s.run[:0], shingleNone
	if len(run) < 2 {
		return
	}
	combos := 0 // name readings given out in this run (see maxRunNameCombos)
	for i := 0; i < len(run); i++ {
		for j := i + 2; j <= len(run) && j-i <= MaxShingle; j++ {
			if s.made >= maxShingles {
				return
			}
			if kind == shingleKanji && !slices.ContainsFunc(run[i:j], isSingleKanji) {
				continue // 関西|国際|空港: confident words, found by their parts
			}
			if kind == shingleLatin && !slices.ContainsFunc(run[i:j], isUserWord) {
				continue // kagome cuts letters only at user-dictionary words
			}
			// One scratch buffer, one string per term: shingles are
			// many, and growing builders was a fifth of the analyzer's
			// allocations.
			s.buf = s.buf[:0]
			for _, m := range run[i:j] {
				if kind == shingleKatakana {
					s.buf = append(s.buf, m.surface...) // unstemmed: the whole is stemmed
				} else {
					s.buf = append(s.buf, m.term...)
				}
			}
			joined := string(s.buf)
			sh := morph{tok: run[i].tok, surface: joined, start: run[i].start, end: run[j-1].end,
				pos: run[i].pos, rpos: run[i].rpos, term: stemKatakana(joined), shingle: true}
			switch {
			case kind == shingleKatakana && run[i].reading != "":
				sh.reading = NormalizeReading(joined)
			case kind == shingleKanji && (combos >= maxRunNameCombos || !isName(run[i:j]) && !hasPrefixReadings(run[i:j])):
				s.buf = s.buf[:0]
				readable := true
				for _, m := range run[i:j] {
					s.buf = append(s.buf, m.reading...)
					readable = readable && m.reading != ""
				}
				if readable {
					sh.reading = string(s.buf)
					sh.nameReadings = rendakuReadings(run[i:j]) // 里|田: サトダ (see rendaku.go)
				}
			case kind == shingleKanji:
				// A name, or a prefix's run (大掃除 ダイソウジ and
				// オオソウジ): its own reading and the others (see
				// nameCombos); not 澤穂希選手, where 選手 is no part of the
				// name.
				if rs := nameCombos(run[i:j]); len(rs) > 0 {
					sh.reading, sh.nameReadings = rs[0], rs[1:]
					for _, r := range rendakuReadings(run[i:j]) {
						if !slices.Contains(rs, r) {
							sh.nameReadings = append(sh.nameReadings, r)
						}
					}
					combos += len(sh.nameReadings) + 1
				}
			}
			s.made++
			s.emit(&sh)
		}
	}
}

// shingleKind tells which kind of run m may join, if any.
func shingleKind(m *morph) int {
	if m.term == "" || m.part || m.number || m.shingle {
		return shingleNone
	}
	switch {
	case isAllHan(m.term):
		return shingleKanji
	case isAllKatakana(m.surface):
		return shingleKatakana
	case isLetters(m.term):
		return shingleLatin
	}
	return shingleNone
}

func isUserWord(m morph) bool { return m.tok != nil && m.tok.Class == tokenizer.USER }

// isName reports whether every token of run may be part of a name, and
// one of them has readings of a name.
func isName(run []morph) bool {
	return !slices.ContainsFunc(run, func(m morph) bool { return !m.name }) &&
		slices.ContainsFunc(run, func(m morph) bool { return len(m.nameReadings) > 0 })
}

// hasPrefixReadings reports whether a token of run is a prefix with other
// readings (see prefixReadings), outside a name.
func hasPrefixReadings(run []morph) bool {
	return slices.ContainsFunc(run, func(m morph) bool { return !m.name && len(m.nameReadings) > 0 })
}

func isSingleKanji(m morph) bool {
	r, size := utf8.DecodeRuneInString(m.term)
	return size == len(m.term) && unicode.Is(unicode.Han, r)
}

// KanjiJoinable reports whether the index joins t with the kanji words
// beside it (see shingler), when one of them is a single kanji: a word
// of kanji alone as kagome gave it, not a number (十 is 10) or a
// user-dictionary word (whose parts end a run), and not a verb or
// adjective whose base form has kana (深|圳 is 深い and 圳).
func KanjiJoinable(t Token) bool {
	switch t.Class {
	case "number", "user", "part", "shingle":
		return false
	}
	return isAllHan(t.Term)
}

func isAllHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}
