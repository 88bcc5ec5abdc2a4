package analyzer

import (
	"bufio"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Personal names. kagome reads a name the way its dictionary reads the
// characters, which for given names is often not how the person is
// called: 本田圭佑 comes out as ホンダ|ケイ|タスク, 羽生結弦 as ハブ|ユイ|ツル.
// A reader who types the name in kana (ほんだけいすけ) must still find it,
// so a token that may be part of a name (see nameContext) is also indexed
// in the reading field under its other readings: the ones the IPA
// dictionary has for the same characters as a noun (佑 ユウ, 羽生 ハニュウ)
// and those of a table of kanji used in given names (data/names.txt: 佑
// スケ, 結 ユ, 弦 ヅル). The shingler joins them into the readings of the
// whole name (ホンダケイスケ, ハニュウユヅル), so the kana the reader types
// is one term the index holds.

const (
	// maxNameReadings bounds the other readings a name token is indexed
	// under.
	maxNameReadings = 6
	// maxNameSpan is how far a name context reaches across single kanji
	// from a name (羽生|結|弦: 弦 is two tokens from 羽生).
	maxNameSpan = 3
	// maxNameCombos bounds the joined readings of one run of name tokens.
	maxNameCombos = 32
	// maxRunNameCombos bounds the joined name readings of one run of
	// kanji words, whatever its length: a few names' worth. Beyond it the
	// run's shingles read as written (a run of thousands of name kanji is
	// no name, and its combinations cost gigabytes).
	maxRunNameCombos = 8 * maxNameCombos
)

// nameTable maps a kanji to the readings it has in given names.
type nameTable map[string][]string

// parseNameTable reads the name-reading table: one kanji per line, then
// its readings in katakana, separated by spaces or tabs; '#' starts a
// comment. Readings are normalised like the reading field's terms.
func parseNameTable(text string) nameTable {
	t := nameTable{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		k := Fold(f[0])
		for _, r := range f[1:] {
			if r = NormalizeReading(r); r != "" && !slices.Contains(t[k], r) {
				t[k] = append(t[k], r)
			}
		}
	}
	return t
}

// nameContext reports whether toks[i] may be part of a personal name: a
// name itself (名詞,固有名詞,人名), or a single kanji noun or unknown kanji
// word within maxNameSpan such tokens of one, where kagome split a name it
// did not know (澤|穂|希, 斎藤|佑|樹, 羽生|結|弦, 指原|莉乃).
func nameContext(toks []tokenizer.Token, i int) bool {
	if isNameToken(&toks[i]) || givenNameAfterSurname(toks, i) {
		return true
	}
	if !isNamePiece(&toks[i]) {
		return false
	}
	for _, step := range []int{-1, 1} {
		for j, n := i+step, 0; j >= 0 && j < len(toks) && n < maxNameSpan; j, n = j+step, n+1 {
			if isNameToken(&toks[j]) {
				return true
			}
			if !isNamePiece(&toks[j]) {
				break
			}
		}
	}
	return false
}

// givenNameAfterSurname reports whether toks[i] is a word of two kanji
// right after a surname, which kagome took for a common noun: 美姫 of
// 安藤美姫 (ビキ, the name ミキ).
func givenNameAfterSurname(toks []tokenizer.Token, i int) bool {
	if i == 0 || toks[i].Class != tokenizer.KNOWN || utf8.RuneCountInString(toks[i].Surface) != 2 || !isAllHan(toks[i].Surface) {
		return false
	}
	prev := &toks[i-1]
	if !isNameToken(prev) || prev.Position+len(prev.Surface) != toks[i].Position {
		return false
	}
	pos3, _ := prev.FeatureAt(3)
	pos0, _ := toks[i].FeatureAt(0)
	return pos3 == "姓" && pos0 == "名詞"
}

func isNameToken(k *tokenizer.Token) bool {
	if k.Class != tokenizer.KNOWN {
		return false
	}
	pos2, _ := k.FeatureAt(2)
	return pos2 == "人名"
}

// isNamePiece reports whether k may be a piece of a name kagome did not
// know: a single kanji noun or prefix, or an unknown word of a few kanji.
func isNamePiece(k *tokenizer.Token) bool {
	n := utf8.RuneCountInString(k.Surface)
	if !isAllHan(k.Surface) {
		return false
	}
	if k.Class == tokenizer.UNKNOWN {
		return n <= maxNameSpan
	}
	pos0, _ := k.FeatureAt(0)
	return (pos0 == "名詞" || pos0 == "接頭詞") && n == 1 // 平 of 翔|平 is the prefix 平 (ヒラ)
}

// nameReadings returns the other readings a token that may be part of a
// name (see nameContext) is indexed under: the dictionary's noun readings
// for the same characters (佑 is タスク and ユウ, 樹 キ as well as ジュ), then
// the name table's (佑 スケ); for an unknown word or a common noun, its
// characters' table readings joined (莉乃 リノ, 美姫 ミキ). The token's own
// reading is left out.
func (a *Analyzer) nameReadings(k *tokenizer.Token, own string) []string {
	var out []string
	add := func(r string) bool {
		if r != "" && r != "*" && r != own && !slices.Contains(out, r) {
			out = append(out, r)
		}
		return len(out) < maxNameReadings
	}
	if k.Class == tokenizer.KNOWN && a.feat.reading >= 0 {
		for _, r := range a.dictNounReadings(k) {
			if !add(r) {
				return out
			}
		}
	}
	if utf8.RuneCountInString(k.Surface) == 1 {
		for _, r := range a.names[k.Surface] {
			if !add(r) {
				return out
			}
		}
		return out
	}
	if !isNameToken(k) {
		// An unknown word or a common noun where a given name goes: its
		// characters read as in names (莉乃 リノ, 美姫 ミキ).
		for _, r := range a.spell(k.Surface) {
			if !add(r) {
				return out
			}
		}
	}
	return out
}

// dictNounReadings returns the readings the IPA dictionary has for k's
// surface as a noun.
func (a *Analyzer) dictNounReadings(k *tokenizer.Token) []string {
	return a.nounReadings(k, true)
}

// nounReadings returns the readings the IPA dictionary has for k's
// surface as a noun, those of proper nouns only when proper.
func (a *Analyzer) nounReadings(k *tokenizer.Token, proper bool) []string {
	d := ipa.Dict()
	if k.ID < 0 || k.ID >= len(d.Contents) || k.ID >= len(d.POSTable.POSs) {
		return nil
	}
	// A word's features are its part of speech (POSTable) and then its
	// contents, where the reading is.
	at := a.feat.reading - len(d.POSTable.POSs[k.ID])
	base := a.feat.base - len(d.POSTable.POSs[k.ID])
	var out []string
	for _, id := range d.Index.Search(k.Surface) {
		if id < 0 || id >= len(d.Contents) || id >= len(d.POSTable.POSs) || at < 0 || at >= len(d.Contents[id]) {
			continue
		}
		if base >= 0 && base < len(d.Contents[id]) && d.Contents[id][base] != k.Surface {
			continue // another word (a noun's base form is its surface)
		}
		pos := d.POSTable.POSs[id]
		if len(pos) == 0 || d.POSTable.NameList[pos[0]] != "名詞" {
			continue
		}
		if !proper && len(pos) > 1 && d.POSTable.NameList[pos[1]] == "固有名詞" {
			continue
		}
		out = append(out, NormalizeReading(d.Contents[id][at]))
	}
	return out
}

// spell returns the readings of a word of kanji from the name table, one
// reading per character joined, or nil when a character has none.
func (a *Analyzer) spell(word string) []string {
	out := []string{""}
	for _, r := range word {
		rs := a.names[string(r)]
		if len(rs) == 0 {
			return nil
		}
		next := make([]string, 0, min(len(out)*len(rs), maxNameReadings))
		for _, p := range out {
			for _, x := range rs {
				if len(next) < maxNameReadings {
					next = append(next, p+x)
				}
			}
		}
		out = next
	}
	return out
}

// nameCombos returns the joined readings of a run of tokens, each token
// read its own way or one of its name readings: the run's own reading
// first, then those that read one token another way, then two, up to
// maxNameCombos. nil when a token has no reading at all.
func nameCombos(run []morph) []string {
	choices := make([][]string, len(run))
	for i, m := range run {
		if m.reading != "" {
			choices[i] = append(choices[i], m.reading)
		}
		choices[i] = append(choices[i], m.nameReadings...)
		if len(choices[i]) == 0 {
			return nil
		}
	}
	var out []string
	var buf []byte
	// gen appends the readings of run[i:] after buf that read exactly
	// left tokens another way than their first choice.
	var gen func(i, left int)
	gen = func(i, left int) {
		if len(out) >= maxNameCombos {
			return
		}
		if i == len(run) {
			if left == 0 {
				out = append(out, string(buf))
			}
			return
		}
		at := len(buf)
		for c, r := range choices[i] {
			other := min(c, 1)
			if other > left {
				continue
			}
			buf = append(buf[:at], r...)
			gen(i+1, left-other)
		}
		buf = buf[:at]
	}
	for left := 0; left <= len(run) && len(out) < maxNameCombos; left++ {
		gen(0, left)
	}
	return out
}

// DictReadings returns the readings the IPA dictionary has for word as a
// noun when kagome reads the word as one known token (日本 is ニッポン and
// ニホン, 嵐 アラシ), normalised like reading terms; nil otherwise.
func (a *Analyzer) DictReadings(word string) []string {
	toks := a.k.Analyze(Fold(word), tokenizer.Search)
	if len(toks) != 1 || toks[0].Class != tokenizer.KNOWN || a.feat.reading < 0 {
		return nil
	}
	// A common noun does not read as the names spelt like it (豊富 is no
	// トヨトミ, 独 no ドイツ, 上手 no ノボテ).
	proper := slices.Contains(toks[0].POS(), "固有名詞")
	var out []string
	for _, r := range a.nounReadings(&toks[0], proper) {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}
