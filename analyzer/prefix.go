package analyzer

import (
	"slices"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// A one-kanji prefix has more than one reading, and kagome gives it the
// first the dictionary lists: 大 of 大掃除 reads ダイ (ダイソウジ), where
// the word is おおそうじ, and so are 大仕事 and 大喜び; 小 of 小旅行 reads
// ショウ or コ, 御 オ or ゴ, 真 シン or マ. Kana typed for such a word had
// found nothing (おおそうじ relaxed to the articles with 掃除 read ソウジ
// and some オオ elsewhere). The reading field holds a prefix under each
// reading the dictionary has for it as a prefix, and the joined runs it
// starts (see shingler) under each joined reading.

// prefixReadings returns the readings other than own that the IPA
// dictionary has for k's surface as a prefix, when k is a known prefix
// of one kanji; nil otherwise.
func (a *Analyzer) prefixReadings(k *tokenizer.Token, own string) []string {
	if k.Class != tokenizer.KNOWN || utf8.RuneCountInString(k.Surface) != 1 || !isAllHan(k.Surface) || a.feat.reading < 0 {
		return nil
	}
	d := ipa.Dict()
	if k.ID < 0 || k.ID >= len(d.POSTable.POSs) {
		return nil
	}
	if pos := d.POSTable.POSs[k.ID]; len(pos) == 0 || d.POSTable.NameList[pos[0]] != "接頭詞" {
		return nil
	}
	at := a.feat.reading - len(d.POSTable.POSs[k.ID])
	var out []string
	for _, id := range d.Index.Search(k.Surface) {
		if id < 0 || id >= len(d.Contents) || id >= len(d.POSTable.POSs) || at < 0 || at >= len(d.Contents[id]) {
			continue
		}
		if pos := d.POSTable.POSs[id]; len(pos) == 0 || d.POSTable.NameList[pos[0]] != "接頭詞" {
			continue
		}
		if r := NormalizeReading(d.Contents[id][at]); r != "" && r != "*" && r != own && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}
