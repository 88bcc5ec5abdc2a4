package analyzer

import (
	"slices"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// A one-kanji suffix after a pronoun is read the way the pronoun takes it:
// 等 of 僕等 and 彼等 is ら (ぼくら, かれら), which the IPA dictionary lists
// beside トウ, but kagome gives the suffix トウ, so 僕等がいた was indexed as
// ボクトウ and kana typed for the title (ぼくらがいた) missed the 99 livedoor
// passages that write it. The reading field holds such a suffix under each
// reading the dictionary has for it as a common suffix, and the joined run
// with its pronoun under each joined reading (see shingler), as a prefix's
// are (see prefix.go).

// pronounSuffixReadings returns the readings other than own that the IPA
// dictionary has for toks[i]'s surface as a common suffix (名詞,接尾,一般),
// when toks[i] is a known suffix of one kanji right after a pronoun; nil
// otherwise.
func (a *Analyzer) pronounSuffixReadings(toks []tokenizer.Token, i int, own string) []string {
	k := &toks[i]
	if i == 0 || k.Class != tokenizer.KNOWN || utf8.RuneCountInString(k.Surface) != 1 || !isAllHan(k.Surface) || a.feat.reading < 0 {
		return nil
	}
	prev := &toks[i-1]
	if prev.Position+len(prev.Surface) != k.Position {
		return nil
	}
	if pos0, _ := prev.FeatureAt(0); pos0 != "名詞" {
		return nil
	}
	if pos1, _ := prev.FeatureAt(1); pos1 != "代名詞" {
		return nil
	}
	if pos1, _ := k.FeatureAt(1); pos1 != "接尾" {
		return nil
	}
	d := ipa.Dict()
	var out []string
	for _, id := range d.Index.Search(k.Surface) {
		if id < 0 || id >= len(d.Contents) || id >= len(d.POSTable.POSs) {
			continue
		}
		pos := d.POSTable.POSs[id]
		if len(pos) < 3 || d.POSTable.NameList[pos[0]] != "名詞" || d.POSTable.NameList[pos[1]] != "接尾" || d.POSTable.NameList[pos[2]] != "一般" {
			continue
		}
		at := a.feat.reading - len(pos)
		if at < 0 || at >= len(d.Contents[id]) {
			continue
		}
		if r := NormalizeReading(d.Contents[id][at]); r != "" && r != "*" && r != own && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}
