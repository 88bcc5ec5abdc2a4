package index

import (
	"math"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// A katakana word shown with the final ー the index dropped (パ|スキー is
// the term パスキ, センター センタ), when the articles write it so: which
// terms may have lost it, and how most articles spell them.

// longSpelling returns a katakana word the index joined from pieces, or
// one the dictionary also knows with a final ー, or a compound that ends
// in katakana (宇宙エレベータ), with the trailing ー that Lucene's rule
// dropped (パ|スキー is the term パスキ, センター センタ),
// when at least half the df articles that have the word write it so;
// term otherwise. The index's terms are stemmed; the bigram field keeps
// the characters as written. The answer is kept across rebuilds while df
// stays within a fifth: a phrase search for each of thousands of words
// was a third of a rebuild.
func (ix *Index) longSpelling(tc *readerCounter, term string, df uint64) string {
	last, _ := utf8.DecodeLastRuneInString(term)
	if !isKatakanaLetter(last) || katakanaRun(term) < 3 {
		return term
	}
	ix.sug.use(&ix.sug.long, term)
	if v, ok := ix.sug.long.Load(term); ok {
		if c := v.(longCheck); 5*df >= 4*c.df && 4*df <= 5*c.df {
			return c.spelling
		}
	}
	spelling := term
	if n := tc.countQuery(bigramQuery(term + "ー")); n < math.MaxUint64 && 2*n >= df {
		spelling = term + "ー" // (MaxUint64: the index could not tell)
	}
	ix.sug.learn(&ix.sug.long, term, longCheck{df: df, spelling: spelling})
	return spelling
}

// knownWhole reports whether the dictionary knows s as one katakana word.
func (ix *Index) knownWhole(s string) bool {
	if utf8.RuneCountInString(s) < 3 || !analyzer.IsKana(s) || !strings.ContainsFunc(s, isKatakanaLetter) {
		return false
	}
	toks := ix.an.Tokens(s)
	return len(toks) == 1 && toks[0].Surface == s && (toks[0].Class == "known" || toks[0].Class == "user")
}

// unknownKatakana reports whether term is a katakana word of three or
// more letters, ending in a letter, that the dictionary does not know as
// written: a name or loanword kagome kept whole (ニンテンドー, アベンジャー,
// プライバシーポリシー) whose final ー the index dropped, or one written
// without it; longSpelling tells which.
func (ix *Index) unknownKatakana(term string) bool {
	last, _ := utf8.DecodeLastRuneInString(term)
	return utf8.RuneCountInString(term) >= 3 && isKatakanaLetter(last) && katakanaWord(term) && !ix.knownWhole(term)
}

// longCheck is a longSpelling answer and the df it was given for.
type longCheck struct {
	df       uint64
	spelling string
}

// katakanaRun returns how many katakana characters (ー among them) s ends
// with.
func katakanaRun(s string) int {
	n := 0
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isKatakanaLetter(r) && r != 'ー' {
			break
		}
		n++
		i -= size
	}
	return n
}
