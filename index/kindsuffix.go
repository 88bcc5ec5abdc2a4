package index

import "sagasu/analyzer"

// kindSuffixes say what kind of thing the word before them names (スライド
// 式, スティック型), and articles write the same kind with either or with
// neither: a phone with a slide-out keypad is スライド型テンキー in its
// article's title and スライドテンキー in its body, and a reader who
// remembered スライド式テンキー had found only the two articles that write
// it so, not the phone.
var kindSuffixes = map[string]bool{"式": true, "型": true}

// kindSuffix reports whether toks[i] is one of kindSuffixes written right
// after a katakana word of two or more characters in the same word, which
// makes it optional beside another word of the query: it ranks the
// articles that have it first (ドラム式 is the washer, and ドラム型 is a
// drum-shaped one), and typed alone with its word it is required as
// typed. Not after kanji, where it
// makes a word of its own (新型, 方式, 大型), nor after a Latin name or a
// number, where it is the model (A4型, 2型).
func kindSuffix(toks []analyzer.Token, i int) bool {
	t := toks[i]
	if i == 0 || !kindSuffixes[t.Surface] {
		return false
	}
	p := toks[i-1] // of the same word: right before it, one position on
	if p.End != t.Start || p.Position+1 != t.Position || len([]rune(p.Surface)) < 2 {
		return false
	}
	if !katakanaWord(p.Surface) {
		return false
	}
	for j, u := range toks {
		if j != i && j != i-1 && u.Term != "" && u.Class != "part" && u.Class != "shingle" {
			return true
		}
	}
	return false
}
