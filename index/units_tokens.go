package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Telling the tokens of a query apart for termUnits: one-kanji prefixes
// and suffixes (新|工場, 花粉|症), runs of kanji words the index joins,
// tokens kagome was not sure of, and one katakana word said twice
// (ペイ|ペイ).

// affix reports whether t is a one-character prefix or suffix (新 of
// 新NISA, 症 of 花粉症, 料 of 受信料): on its own in a relaxed search it
// finds every new thing and every illness.
func affix(t analyzer.Token) bool {
	return utf8.RuneCountInString(t.Surface) == 1 && (strings.HasPrefix(t.POS, "接頭詞") || strings.HasPrefix(t.POS, "名詞,接尾"))
}

// boundAffix reports whether a and b, side by side in the query, are a
// one-kanji prefix and a kanji word or a kanji word and a one-kanji
// suffix (新|工場, 花粉|症).
func boundAffix(a, b analyzer.Token) bool {
	if a.End != b.Start || !analyzer.KanjiJoinable(a) || !analyzer.KanjiJoinable(b) {
		// (The index never joins a number, 四十三年 is 43 and 年, nor a
		// verb: 内見 is 内 and 見る.)
		return false
	}
	return affix(a) && strings.HasPrefix(a.POS, "接頭詞") && !affix(b) || affix(b) && strings.HasPrefix(b.POS, "名詞,接尾") && !affix(a)
}

// isKanjiWord reports whether s is kanji alone.
func isKanjiWord(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !isHan(r) })
}

// kanjiRun reports whether toks are two or more kanji words written side
// by side in the query that the index joins where an article has them so
// (analyzer.KanjiJoinable, one of them a single kanji).
func kanjiRun(toks []analyzer.Token) bool {
	if len(toks) < 2 || len(toks) > analyzer.MaxShingle {
		return false
	}
	single := false
	for k, t := range toks {
		if !analyzer.KanjiJoinable(t) || k > 0 && toks[k-1].End != t.Start {
			return false
		}
		single = single || utf8.RuneCountInString(t.Term) == 1
	}
	return single
}

// doubtful reports whether a query token may be segmented differently in
// an article: kagome was not confident (analyzer.Token.Confident), or it is
// a katakana name, which articles often run together with the given name.
func doubtful(t analyzer.Token) bool {
	return !t.Confident() || (strings.HasPrefix(t.POS, "名詞,固有名詞,人名") && analyzer.IsKana(t.Surface))
}

// reduplicated reports whether toks are one katakana word repeated, side
// by side (ペイ|ペイ).
func reduplicated(toks []analyzer.Token) bool {
	if len(toks) < 2 || !katakanaWord(toks[0].Surface) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].Term != toks[0].Term || toks[k].Start != toks[k-1].End {
			return false
		}
	}
	return true
}

// katakanaPrefix returns how many of toks, from the first, are katakana
// words.
func katakanaPrefix(toks []analyzer.Token) int {
	k := 0
	for k < len(toks) && katakanaWord(toks[k].Surface) {
		k++
	}
	return k
}

// reduplicatedEnd returns the end of the run of one katakana word
// repeated from toks[i] (see reduplicated), or i+1 when toks[i] is not
// repeated.
func reduplicatedEnd(toks []analyzer.Token, i int) int {
	j := i + 1
	for j < len(toks) && reduplicated(toks[i:j+1]) {
		j++
	}
	return j
}
