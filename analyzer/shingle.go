package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxShingle is the most single-kanji tokens a shingle joins.
const maxShingle = 4

// shingler joins runs of single-kanji tokens. kagome splits a name or rare
// compound it does not know into single characters (呂|比|須), but may keep
// the same string whole elsewhere, or split it differently. For every run
// of two or more adjacent single-kanji tokens the index also holds each
// sub-run of two to four of them as one term (呂比, 比須, 呂比須) at the
// first token's position, and a query with such a run also asks for the
// joined term, so the string matches whichever way either side was
// segmented. Only single-character tokens take part: 東京|都 has none, so
// 京都 is never formed from 東京都.
type shingler struct {
	emit func(*morph)
	run  []morph
}

func (s *shingler) add(m *morph) {
	if isSingleKanji(m) && (len(s.run) == 0 || m.pos == s.run[len(s.run)-1].pos+1) {
		s.run = append(s.run, *m)
		s.emit(m)
		return
	}
	s.flush()
	if isSingleKanji(m) {
		s.run = append(s.run, *m)
	}
	s.emit(m)
}

func (s *shingler) flush() {
	run := s.run
	s.run = s.run[:0]
	if len(run) < 2 {
		return
	}
	for i := 0; i < len(run); i++ {
		for j := i + 2; j <= len(run) && j-i <= maxShingle; j++ {
			var term, reading strings.Builder
			readable := true
			for _, m := range run[i:j] {
				term.WriteString(m.term)
				reading.WriteString(m.reading)
				readable = readable && m.reading != ""
			}
			sh := morph{tok: run[i].tok, surface: term.String(), start: run[i].start, end: run[j-1].end,
				pos: run[i].pos, rpos: run[i].rpos, term: term.String(), shingle: true}
			if readable {
				sh.reading = reading.String()
			}
			s.emit(&sh)
		}
	}
}

func isSingleKanji(m *morph) bool {
	if m.term == "" || m.part || m.number || m.shingle {
		return false
	}
	r, size := utf8.DecodeRuneInString(m.term)
	return size == len(m.term) && unicode.Is(unicode.Han, r)
}
