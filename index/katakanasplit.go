package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// A katakana compound typed as one word that kagome cuts at no word's end
// (アンドロイドアプリ: アンド|ロイドアプリ) or keeps whole as a word it
// does not know (アイフォンアプリ): the articles write its two words
// (Androidアプリ, iPhoneアプリ, アンドロイドのアプリ), and the pieces
// kagome made are no word of theirs. アンドロイドアプリ had found the 3
// livedoor articles that write it so, not the Android apps of the others,
// and アイフォンアプリ none. Such a run is searched as if typed with a
// middle dot between its two words (アンドロイド・アプリ), as a dotted
// name is.

// minSplitPart: each word of a split katakana run has at least this many
// characters (アプリ, ケース, スマホ); two are too often a piece of
// another word (ドア of アンドロイドアプリ).
const minSplitPart = 3

// maxSplitRun: a longer run is a name, not two words run together, and
// would cost a lookup per place it could be cut.
const maxSplitRun = 16

// katakanaSplit returns text, one search-box word, with a run of katakana
// tokens kagome was not sure of (one of them a word it does not know) cut
// with a middle dot where two words meet that more articles have, each
// alone, than have the run as one word (おすすめアンドロイド・アプリ),
// searched then as a dotted name is: its words side by side in any script
// or spelling, or run together as typed; "" when there is no such run.
func (c *compiler) katakanaSplit(text string) string {
	if c.tc == nil {
		return ""
	}
	toks := indexed(c.tokens(text))
	for i := 0; i < len(toks); i++ {
		j := i
		unknown := false
		for j < len(toks) && katakanaWord(toks[j].Surface) && (j == i || toks[j].Start == toks[j-1].End) {
			unknown = unknown || toks[j].Class == "unknown"
			j++
		}
		if j == i || !unknown {
			continue
		}
		start, end := toks[i].Start, toks[j-1].End
		if a, b, ok := c.splitRun(text[start:end]); ok {
			return text[:start] + a + "・" + b + text[end:]
		}
		i = j - 1
	}
	return ""
}

// splitRun returns the two words run is best cut into: each a word of
// its own to kagome, at least minSplitPart characters, starting with no
// character a word cannot start with, and in more articles than the run
// as one word; the cut whose rarer word is in the most articles.
func (c *compiler) splitRun(run string) (a, b string, ok bool) {
	rs := []rune(run)
	if len(rs) < 2*minSplitPart || len(rs) > maxSplitRun {
		return "", "", false
	}
	whole := c.df(analyzer.WordTerm(run))
	best := uint64(0)
	for k := minSplitPart; k <= len(rs)-minSplitPart; k++ {
		if strings.ContainsRune("ーンァィゥェォッャュョヮヵヶ", rs[k]) {
			continue
		}
		na := c.splitPart(string(rs[:k]))
		if na == 0 {
			continue
		}
		nb := c.splitPart(string(rs[k:]))
		if n := min(na, nb); n > whole && n > best {
			a, b, best, ok = string(rs[:k]), string(rs[k:]), n, true
		}
	}
	return a, b, ok
}

// splitPart returns how many articles have s, when kagome reads it alone
// as one word, or its commonest synonym (アイフォン: iPhone); 0 when s is
// no word.
func (c *compiler) splitPart(s string) uint64 {
	toks := indexed(c.tokens(s))
	if len(toks) != 1 || toks[0].Surface != s || utf8.RuneCountInString(s) < minSplitPart {
		return 0
	}
	n := c.df(toks[0].Term)
	if end, others := c.syn.match([]string{toks[0].Term}, 0); end == 1 {
		for _, o := range others {
			n = max(n, c.df(analyzer.WordTerm(o.text)))
		}
	}
	return n
}
