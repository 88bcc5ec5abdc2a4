package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Words written onto a name that do not change what the reader looks for:
// a company's or a maker's suffix (トヨタ社, NVIDIA製, 孫正義氏) and a
// person's role written as a title (北島選手, 星野監督). They only rank
// (see optionalTokensOf).

// nameSuffixes follow a name without changing what the reader looks for
// (トヨタ社, NVIDIA製, 孫正義氏, トヨタ側): articles mostly write the name
// alone.
var nameSuffixes = map[string]bool{"社": true, "製": true, "氏": true, "様": true, "側": true}

// personBefore reports whether the tokens right before toks[i], of the
// same word, end a person's name: one of two or more characters is a
// surname or a given name to the dictionary, or katakana it does not know,
// with nothing but single kanji after it (北島|康|介, whose 介 kagome reads
// as a noun of its own). A name of one kanji is too often a piece of
// another word: 出澤社長 is 出る|澤|社長 to kagome, and 澤 alone had found
// 96 articles on 澤穂希 for the one on 出澤剛.
func personBefore(toks []analyzer.Token, i int) bool {
	for j := i - 1; j >= 0 && toks[j].End == toks[j+1].Start && toks[j].Position+1 == toks[j+1].Position; j-- {
		p := toks[j]
		if strings.HasPrefix(p.POS, "名詞,固有名詞,人名") && utf8.RuneCountInString(p.Surface) > 1 || p.Class == "unknown" && katakanaWord(p.Surface) {
			return true
		}
		if utf8.RuneCountInString(p.Surface) > 1 || !isSingleKanji(p.Surface) {
			return false
		}
	}
	return false
}

// roleTitles follow a person's name as a title (北島選手, 星野監督, 片山議員,
// 梅津アナ): the reader adds what the person is, and articles name the
// person as often without it (競泳・北島康介, 星野氏). While it was
// required, 北島選手 松岡修造 インタビュー had relaxed past the interview with
// 北島康介, which writes 選手 only elsewhere, and 木村文子選手 had found 2
// articles, not the one on 木村文子 that writes her name 11 times.
var roleTitles = map[string]bool{
	"選手": true, "監督": true, "投手": true, "騎手": true, "議員": true, "首相": true, "大統領": true,
	"知事": true, "市長": true, "社長": true, "会長": true, "教授": true, "先生": true, "被告": true,
	"記者": true, "アナ": true, "アナウンサー": true,
}

// nameSuffix reports whether toks[i] is one of nameSuffixes written right
// after a name of two or more characters: a proper noun, a user-dictionary
// word, or Latin or katakana letters (A社 is a company of its own); or one
// of roleTitles right after a person's name, one the dictionary knows as
// a surname or a given name, or katakana it does not know (ザッケローニ監督;
// not サッカー選手, 映画監督, nor 宮崎監督, 宮崎 a place to kagome).
func nameSuffix(toks []analyzer.Token, i int) bool {
	t := toks[i]
	if i > 0 && roleTitles[t.Surface] {
		return personBefore(toks, i)
	}
	if i == 0 || !nameSuffixes[t.Surface] {
		return false
	}
	// The token before, of the same word: toks are the indexed tokens of
	// all the query's words, each word's offsets and positions its own
	// (a word's first token is at position 1).
	p := toks[i-1]
	if p.End != t.Start || p.Position+1 != t.Position || len([]rune(p.Surface)) < 2 {
		return false
	}
	return strings.HasPrefix(p.POS, "名詞,固有名詞") || p.Class == "user" ||
		katakanaWord(p.Surface) || isLatinWord(analyzer.Fold(p.Surface))
}
