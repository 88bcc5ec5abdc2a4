package index

import (
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Verbs typed in kana with their endings. The reading fields hold a verb's
// stem as the article's kanji read it, not the endings after it: 揺るがした
// is ユルガシ (and ユルガス), 活躍していた カツヤク, as the analyzer drops
// た, て, いる and する from readings. Kana typed before conversion was
// segmented whole, ゆるがした as ユルガシ|タ, a phrase no article has (タ
// is 田 elsewhere), so it found nothing, and かつやくしていた relaxed to
// articles with a few of its pieces. When the whole reading matches no
// article, a verb's ending is taken off and the rest is looked up as the
// reading of the word the article writes in kanji.

// kanaVerbEndings are the endings of a verb (or a noun with する) that
// the reading fields leave out: the past, the て form, ている and ていた,
// and the polite forms, each also after する's し, longest first.
var kanaVerbEndings = []string{
	"シテイマシタ", "テイマシタ", "デイマシタ", "シテイマス", "シマシタ",
	"シテイタ", "シテイル", "テイマス", "デイマス",
	"シテタ", "シテル", "テイタ", "デイタ", "テイル", "デイル", "マシタ", "マセン",
	"シマス", "シタ", "シテ", "テタ", "テル", "マス",
	"タ", "ダ", "テ", "デ",
}

// minVerbStemRunes is the fewest kana left once the ending is off: a
// shorter stem (ミ of みた, キ of きた) is too many words' reading.
const minVerbStemRunes = 3

// verbStemAlt matches kana typed before conversion whose whole reading
// matched nothing by its reading without its verb's ending, the longest
// of kanaVerbEndings it ends in: first with the し of an ending after する
// kept, as a verb in す keeps it (ゆるがした is ユルガシ), then without
// (かいはつした カイハツ). Only the longest is taken off, so that kana
// that is all ending finds nothing by it (していた is no シテイ, 指定). nil
// when neither stem is one the articles have.
func (c *compiler) verbStemAlt(reading string, w weight) query.Query {
	for _, end := range kanaVerbEndings {
		stem, ok := strings.CutSuffix(reading, end)
		if !ok {
			continue
		}
		stems := []string{stem}
		if strings.HasPrefix(end, "シ") {
			stems = []string{stem + "シ", stem}
		}
		for _, st := range stems {
			if q := c.stemReading(st, w); q != nil {
				return q
			}
		}
		return nil
	}
	return nil
}

// stemReading matches stem as the reading terms the articles have, when
// it is long enough and they have it; nil otherwise.
func (c *compiler) stemReading(stem string, w weight) query.Query {
	n := utf8.RuneCountInString(stem)
	if n < minVerbStemRunes {
		return nil
	}
	segs := segmentKana(stem, c.tc, n, 1)
	if len(segs) == 0 {
		return nil
	}
	seg, honorific := trimHonorific(segs[0])
	if honorific || len(seg) == 0 {
		return nil
	}
	if q := readingPhrase(seg, w); c.matches(q) {
		return q
	}
	return nil
}
