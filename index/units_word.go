package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// The unit of a content word of its own (see termUnits): the word in its
// spellings, with what else an article may write for it (ディスプレイ of
// ディスプレー, Pixel of ピクセル10, 貯まる of たまる).

// wordUnit returns the unit of toks[i], a word of its own: the word in its
// spellings, with what else an article may write for it; none when seen
// has it (another word of the query requires it already).
func (c *compiler) wordUnit(toks []analyzer.Token, terms []string, i int, seen map[string]bool) []query.Query {
	us := exactUnits(terms[i:i+1], seen)
	if len(us) == 1 {
		us[0] = c.spellingsTerm(terms[i], exact(1)) // (ヴァーチャル of バーチャル, 3ヶ月 of 3カ月)
	}
	if len(toks) > 1 && len(us) == 1 && ownReading(toks[i]) {
		// One word of several (お金がたまる方法): it may be written
		// otherwise in the article (貯まる), which the reading of the
		// whole query, a phrase of every word, does not find when the
		// words are apart.
		us[0] = bleve.NewDisjunctionQuery(us[0], readingPhrase([]string{toks[i].Reading}, alt(readingBoost)))
	}
	if len(us) == 1 {
		// A rare katakana word inside longer ones, a katakana word
		// spelled the other way (ディスプレー, ディスプレイ), or written in
		// Latin beside its number (ピクセル10 is Pixel 10; word looks a
		// word of one token up by sound itself).
		alts := []query.Query{us[0]}
		if q := c.insideKatakana(toks[i]); q != nil {
			alts = append(alts, q)
		}
		if q := c.spellingAlt(toks[i].Surface); q != nil {
			alts = append(alts, q)
		}
		if q := c.compoundParts(toks[i]); q != nil {
			alts = append(alts, q)
		}
		if q := c.properSplit(toks[i]); q != nil {
			alts = append(alts, q)
		}
		if toks[i].Term == toks[i].Surface {
			if q := c.longerWords(toks[i].Term); q != nil {
				alts = append(alts, q)
			}
		}
		if q := c.verbFormAlt(toks[i]); q != nil {
			alts = append(alts, q)
		}
		if noun := c.writtenNoun(toks[i]); noun != "" {
			alts = append(alts, fieldsTerm(noun, exact(1))) // (see verbTerm)
		}
		if q := c.stemAlt(toks[i]); q != nil {
			alts = append(alts, q)
		}
		if len(toks) > 1 {
			if q := c.lettersAlt(toks[i].Surface); q != nil {
				alts = append(alts, q) // ユーエスビー of ユーエスビー4
			} else if q := c.soundAlt(toks[i].Surface); q != nil {
				alts = append(alts, q)
			} else if q := c.latinSpellingAlt(toks[i].Surface, numbered(toks, i)); q != nil {
				alts = append(alts, q) // スイッチ of スイッチ2: Switch
			}
			if numbered(toks, i) {
				if q := c.modelPhrase(toks[i], toks[i+1]); q != nil {
					alts = append(alts, q)
				}
			}
			if q := c.tagStandIn(toks[i], us[0]); q != nil {
				alts = append(alts, q)
			}
			if q := c.stressedKana(toks[i]); q != nil {
				alts = append(alts, q) // 大人 of 大人女子映画部: オトナ
			}
		}
		us[0] = disjunction(alts)
	}
	if len(us) == 1 && toks[i].Class == "number" && i > 0 && numbered(toks, i-1) && katakanaWord(toks[i-1].Surface) {
		// A sequel's number as the articles may write it, in Roman
		// numerals after the name or its synonym (ドラクエ10 is
		// ドラゴンクエストX).
		if q := c.romanSequel(toks[i-1], terms, i-1, toks[i].Term); q != nil {
			us[0] = bleve.NewDisjunctionQuery(us[0], q)
		}
	}
	if len(us) == 1 && toks[i].Class == "number" {
		c.markWeak(us[0])
	}
	return us
}
