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
// and the polite forms, longest first; then the same after する's し,
// tried last, as a verb in す keeps its し (ゆるがした is ユルガシ, but
// かいはつした カイハツ).
var kanaVerbEndings = []string{
	"テイマシタ", "デイマシタ", "テイマス", "デイマス",
	"テイタ", "デイタ", "テイル", "デイル", "テタ", "テル",
	"マシタ", "マセン", "マス", "タ", "ダ", "テ", "デ",
	"シテイマシタ", "シテイマス", "シテイタ", "シテイル", "シテタ", "シテル",
	"シマシタ", "シマス", "シタ", "シテ",
}

// minVerbStemRunes is the fewest kana left once the ending is off: a
// shorter stem (ミ of みた, キ of きた) is too many words' reading.
const minVerbStemRunes = 3

// verbStemAlt matches kana typed before conversion whose whole reading
// matched nothing by its reading without a verb's ending: the longest
// ending (see kanaVerbEndings) whose stem the articles have. nil when
// none does.
func (c *compiler) verbStemAlt(reading string, w weight) query.Query {
	for _, end := range kanaVerbEndings {
		stem, ok := strings.CutSuffix(reading, end)
		if !ok || utf8.RuneCountInString(stem) < minVerbStemRunes {
			continue
		}
		segs := segmentKana(stem, c.tc, utf8.RuneCountInString(stem), 1)
		if len(segs) == 0 {
			continue
		}
		seg, honorific := trimHonorific(segs[0])
		if honorific || len(seg) == 0 {
			continue
		}
		if q := readingPhrase(seg, w); c.matches(q) {
			return q
		}
	}
	return nil
}
