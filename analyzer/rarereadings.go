package analyzer

import (
	"slices"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// rareReadingCost is how much more the IPA dictionary's cheapest entry
// of a common noun's reading costs than the word's cheapest entry when
// the reading is one readers seldom mean: 大人 タイジン (5,468 more than
// オトナ), 男女 ナンニョ (6,052), 人気 ヒトケ (5,506); not 明日 アス
// (3,777), 上手 カミテ (4,072) or 身体 カラダ (4,390).
const rareReadingCost = 5000

// RareReadings returns the readings the IPA dictionary has for word, a
// common noun kagome reads as one known token, at a cost rareReadingCost
// or more above its cheapest reading's and starting with another kana,
// another reading of its first kanji (大人: タイジン; 男女: ナンニョ),
// normalised like reading terms; not one said alike at first, as readers
// say either (日本人 ニホンジン costs 5,000 more than ニッポンジン, 毎年
// マイネン than マイトシ), nor those of a proper noun, whose readings the
// dictionary costs by other measures (日本 ニホン costs 7,905 more than
// ニッポン); nil for other words.
func (a *Analyzer) RareReadings(word string) []string {
	toks := a.k.Analyze(Fold(word), tokenizer.Search)
	if len(toks) != 1 || toks[0].Class != tokenizer.KNOWN || a.feat.reading < 0 || slices.Contains(toks[0].POS(), "固有名詞") {
		return nil
	}
	costs := a.commonNounCosts(&toks[0])
	cheapest, common := int(^uint(0)>>1), ""
	for r, c := range costs {
		if c < cheapest || c == cheapest && r < common {
			cheapest, common = c, r
		}
	}
	first, _ := utf8.DecodeRuneInString(common)
	var out []string
	for r, c := range costs {
		if f, _ := utf8.DecodeRuneInString(r); c-cheapest >= rareReadingCost && f != first {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// commonNounCosts returns the cheapest cost of each reading the IPA
// dictionary has for k's surface as a common noun (not a proper one),
// normalised like reading terms.
func (a *Analyzer) commonNounCosts(k *tokenizer.Token) map[string]int {
	d := ipa.Dict()
	if k.ID < 0 || k.ID >= len(d.Contents) || k.ID >= len(d.POSTable.POSs) {
		return nil
	}
	at := a.feat.reading - len(d.POSTable.POSs[k.ID])
	base := a.feat.base - len(d.POSTable.POSs[k.ID])
	out := map[string]int{}
	for _, id := range d.Index.Search(k.Surface) {
		if id < 0 || id >= len(d.Contents) || id >= len(d.POSTable.POSs) || id >= len(d.Morphs) || at < 0 || at >= len(d.Contents[id]) {
			continue
		}
		if base >= 0 && base < len(d.Contents[id]) && d.Contents[id][base] != k.Surface {
			continue // another word (a noun's base form is its surface)
		}
		pos := d.POSTable.POSs[id]
		if len(pos) == 0 || d.POSTable.NameList[pos[0]] != "名詞" || len(pos) > 1 && d.POSTable.NameList[pos[1]] == "固有名詞" {
			continue
		}
		r, c := NormalizeReading(d.Contents[id][at]), int(d.Morphs[id].Weight)
		if old, ok := out[r]; !ok || c < old {
			out[r] = c
		}
	}
	return out
}
