package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// A reader who types a whole query in hiragana before converting it runs
// its words together: にんてんどうすいっち, すいっちのはんばい,
// じどううんてんのれべる. Read as one word, the dictionary cuts the run into
// fragments (にん|てん|どう|すい|っち) and its reading as a whole is no
// reading of anything the articles have, so the search found nothing, or
// relaxed to one of the words. Cut where the words the articles have
// meet, with the particles between them dropped, it is the query the
// reader would have typed with spaces (にんてんどう すいっち finds Nintendo
// Switch 2).

// minKanaWordRunes is the shortest piece of such a run read as a word:
// two kana read as too many words (かわ|いい of かわいい).
const minKanaWordRunes = 3

// minLeadWordRunes is the shortest first piece, when の follows it and
// every piece reads as a word: あね|の|けっこん (姉の結婚), いぬ|の|さんぽ.
const minLeadWordRunes = 2

// noWordStart are the kana no word begins with: a cut before one is inside
// a word (ぜんこたい|で|んち).
const noWordStart = "んっゃゅょぁぃぅぇぉゎー"

// noWordEnd are the kana no word of a run ends with (the suggestion data
// may hold a fragment that does, ロボッ, and ろぼっ|と|きばんもでる had cut
// ロボット in two).
const noWordEnd = "っ"

// maxKanaWordRunes bounds the runs cut (the cuts tried grow with the
// square of the length).
const maxKanaWordRunes = 40

// kanaWords returns the words of a run of hiragana typed before
// conversion, or nil when it is no such run or reads as one word. A piece
// is a word when reads says the articles have a word of that reading, or
// when it stands beside a particle or at an end and the dictionary can
// only cut it into fragments (あっぷる|の|あいふぉん: Apple and iPhone the
// articles write in Latin letters, which kana finds by sound, as when
// typed apart); fragments alone, with no particle, are no cut. A piece
// that rare says is the reading of a word the index holds, too rare for
// reads (中外 of 中外製薬, in one article), is a word at a cost between the
// two: more than any cut of words read, less than one of fragments
// (ちゅうがい|せいやく, not ちゅう|が|いせいやく, where が was read as a
// particle), unless it starts after another word with a particle's kana;
// rare may be nil. Of the ways to cut the run, the one with the
// fewest words wins, and then the one whose last word is longest.
func kanaWords(text string, tokens func(string) []analyzer.Token, reads, rare func(string) bool) []string {
	if spelledLetters(text) != "" {
		return nil // letters spelt out, one word (えすえすでぃー is SSD)
	}
	// Letters spelt out read as a word beside others (ちゃっと|じーぴーてぃー).
	articleWord := reads
	reads = func(s string) bool { return articleWord(s) || spelledLetters(s) != "" }
	// Grammar typed after the last word (ぜんこたいでんちの, じどううんてんとは):
	// the words before it, one or more (the run read whole had found
	// nothing); not the end of a word that is one as a whole (とうきょうと
	// is 東京都, not 東京).
	checked := false
	var fragments []string // a cut before grammar with a fragment in it
	for _, g := range trailingGrammar {
		rest, ok := strings.CutSuffix(text, g)
		if !ok || utf8.RuneCountInString(rest) < minKanaWordRunes || !hiraganaRun(rest) {
			continue
		}
		if !checked && (reads(text) || oneKnownWord(tokens(text))) {
			break
		}
		checked = true
		if reads(rest) {
			return []string{rest}
		}
		if words := kanaCut(rest, tokens, reads, rare); words != nil {
			if !slices.ContainsFunc(words, func(w string) bool { return !reads(w) }) {
				return words
			}
			if fragments == nil {
				fragments = words
			}
		}
	}
	words := kanaCut(text, tokens, reads, rare)
	if fragments != nil && (words == nil || slices.ContainsFunc(words, func(w string) bool { return !reads(w) })) {
		// The kana read as grammar, then fragments (きょう|つうてす|と),
		// only when the run whole cuts into words no better
		// (きょうつう|てすと is 共通 テスト).
		return fragments
	}
	if loanwordCut(text, words, reads) {
		return nil
	}
	return words
}

// loanwordCut reports whether words cut a run of hiragana that spells a
// loanword's sounds (see loanwordSyllable) with no particle between them,
// one of them a fragment: the run is one Latin name typed in kana, to be
// found by sound whole (でぃめんしてぃ is Dimensity; でぃめん|してぃ had
// found シティ of a film and 麺).
func loanwordCut(text string, words []string, reads func(string) bool) bool {
	return len(words) > 1 && strings.Join(words, "") == text && loanwordSyllable(text) &&
		slices.ContainsFunc(words, func(w string) bool { return !reads(w) })
}

// loanwordSyllable reports whether a run of kana has a syllable only
// loanwords spell: a small vowel after a kana of another vowel (でぃ, ふぁ,
// うぃ, しぇ), or ゔ; not a vowel drawn out (すごぉい, ねぇ).
func loanwordSyllable(text string) bool {
	rs := []rune(analyzer.ToKatakana(text))
	for i, r := range rs {
		if r == 'ヴ' {
			return true
		}
		if i > 0 && strings.ContainsRune("ァィゥェォ", r) {
			if v := kanaVowel(rs[i-1]); v != 0 && v != kanaVowel(r) {
				return true
			}
		}
	}
	return false
}

// oneKnownWord reports whether toks are one word the dictionary knows.
func oneKnownWord(toks []analyzer.Token) bool {
	toks = indexed(toks)
	return len(toks) == 1 && (toks[0].Class == "known" || toks[0].Class == "user")
}

// trailingGrammar are the particles and question endings a reader types
// after the last word of a query, longest first.
var trailingGrammar = []string{"とはなに", "ってなに", "について", "とは", "って", "から", "まで", "の", "は", "が", "を", "に", "で", "も", "と", "へ"}

// kanaCut is kanaWords without grammar after the last word: with a short
// first word (see minLeadWordRunes) when every word then reads as one,
// else without.
func kanaCut(text string, tokens func(string) []analyzer.Token, reads, rare func(string) bool) []string {
	words := kanaCutFrom(text, tokens, reads, rare, minLeadWordRunes)
	if len(words) > 0 && utf8.RuneCountInString(words[0]) < minKanaWordRunes && slices.ContainsFunc(words, func(w string) bool { return !reads(w) }) {
		// (もの|の|けひめ is no cut of もののけひめ; はは|の|ひぎふと
		// leaves ひぎふと a fragment, where ははの|ひぎふと had found the
		// Mother's Day gifts.)
		words = kanaCutFrom(text, tokens, reads, rare, minKanaWordRunes)
	}
	return words
}

// kanaCutFrom is kanaCut with a first word of at least lead kana before の.
func kanaCutFrom(text string, tokens func(string) []analyzer.Token, reads, rare func(string) bool, lead int) []string {
	rs := []rune(text)
	n := len(rs)
	if n < 2*minKanaWordRunes || n > maxKanaWordRunes || !hiraganaRun(text) || strings.HasPrefix(text, "ー") {
		return nil
	}
	particle := func(i int) bool { return i > 0 && i < n-1 && strings.ContainsRune(kanaParticles, rs[i]) }
	// cost(j, i) of rs[j:i] as a word: 1 when it reads as one; a
	// fragment counts as more words than any cut by reading has, and a
	// longer fragment for more (すいっち|の|はんばい, not すいっちの|はんばい).
	const fragmentCost = maxKanaWordRunes
	// A rare word costs more than a cut of maxKanaWordRunes/minKanaWordRunes
	// words read, less than a fragment.
	const rareCost = fragmentCost / 2
	cost := func(j, i int) int {
		// (After a short first word the next starts past its の: なつ|の|めいく,
		// not なつ|のめいく.)
		short := j == 0 && i-j >= lead && i < n-minKanaWordRunes && rs[i] == 'の'
		if i-j < minKanaWordRunes && !short || j > 0 && j < minKanaWordRunes || strings.ContainsRune(noWordStart, rs[j]) || strings.ContainsRune(noWordEnd, rs[i-1]) {
			return -1
		}
		s := string(rs[j:i])
		if i-j < minKanaWordRunes {
			if reads(s) {
				return 1
			}
			return -1
		}
		if reads(s) || j > 0 && rendakuWord(rs[j:i], reads) != "" {
			return 1
		}
		if rare != nil && (j == 0 || !strings.ContainsRune(kanaParticles, rs[j])) && rare(s) {
			// (Not after a word when it starts like a particle: the の of
			// てんくう|の|しろ|らぴゅた is no のしろ, 能代.)
			return rareCost
		}
		// (Or at either end, beside a word read: すいっち of
		// にんてんどう|すいっち, which the articles write Switch.)
		beside := j > 0 && particle(j-1) || i < n && particle(i) || j == 0 || i == n
		if beside && (j > 0 || i < n) && fragmentedKana(tokens(s)) {
			return fragmentCost + i - j
		}
		return -1
	}
	// best[i]: the cheapest cut of rs[:i] ending with a word, and where
	// that word starts (from) and whether a particle precedes it.
	type step struct{ cost, from, skip int }
	best := make([]step, n+1)
	for i := range best {
		best[i].cost = -1
	}
	best[0].cost = 0
	for i := minLeadWordRunes; i <= n; i++ {
		for j := 0; j <= i-minLeadWordRunes; j++ {
			starts := []int{j} // the word's start, after any particle before it
			if j > 0 && particle(j) && j+1 <= i-minKanaWordRunes {
				starts = append(starts, j+1)
			}
			for _, s := range starts {
				if best[j].cost < 0 {
					continue
				}
				c := cost(s, i)
				if c < 0 {
					continue
				}
				total := best[j].cost + c
				// Ties go to the longer last word: j scans upward, so
				// keep the first.
				if best[i].cost < 0 || total < best[i].cost {
					best[i] = step{total, j, s - j}
				}
			}
		}
	}
	if best[n].cost < 0 {
		return nil
	}
	var words []string
	read, particles := false, false
	for i := n; i > 0; i = best[i].from {
		w := string(rs[best[i].from+best[i].skip : i])
		if from := best[i].from + best[i].skip; from > 0 && !reads(w) {
			if u := rendakuWord(rs[from:i], reads); u != "" {
				w = u // (はんどうたい|ぶそく is 半導体 不足)
			}
		}
		words = append(words, w)
		read = read || reads(w)
		particles = particles || best[i].skip > 0
	}
	if len(words) < 2 || len(words) > maxSentenceWords || !read && !particles {
		return nil // (fragments alone are no words)
	}
	for l, r := 0, len(words)-1; l < r; l, r = l+1, r-1 {
		words[l], words[r] = words[r], words[l]
	}
	return words
}

// rendakuWord returns the word that kana after the first word of a run
// stands for, read voiced as the second word of a native compound is (ぶそく of
// はんどうたいぶそく, 半導体不足, is ふそく, as the index reads 不足 alone),
// or "" when it reads as no word so.
func rendakuWord(kana []rune, reads func(string) bool) string {
	if len(kana) == 0 || slices.Contains(kana, 'ー') {
		return "" // (a loanword is not voiced so: ぽらりす|どーん is no トーン)
	}
	const kataOffset = 'ア' - 'あ'
	rest := string(kana[1:])
	for _, u := range unvoiced[kana[0]+kataOffset] {
		if w := string(u-kataOffset) + rest; reads(w) {
			return w
		}
	}
	return ""
}

// readsInIndex reports whether kana is a reading term of the index, as a
// word too rare for the suggestion data has (see kanaWords).
func (c *compiler) readsInIndex(kana string) bool {
	return c.tc != nil && lookupReading(analyzer.NormalizeReading(analyzer.ToKatakana(kana)), c.tc) > 0
}

// readsAsArticleWord reports whether kana is the reading of a word the
// articles have (the suggestion data's words by reading).
func (c *compiler) readsAsArticleWord(kana string) bool {
	return c.words != nil && len(c.words(analyzer.ReadingPrefix(kana))) > 0
}

// minLoanwordKana is the shortest hiragana searched as the katakana it
// spells (two read as too many words: すし, はし).
const minLoanwordKana = 3

// loanwordKana returns the katakana of hiragana typed for a word the
// articles write in katakana and no kanji word reads as (すいっち is
// スイッチ; かんじ, which 漢字 reads as, stays kana), or "".
func (c *compiler) loanwordKana(text string) string {
	if !hiraganaRun(text) || utf8.RuneCountInString(text) < minLoanwordKana {
		return ""
	}
	kata := analyzer.ToKatakana(text)
	if c.df(analyzer.WordTerm(kata)) == 0 {
		return ""
	}
	if c.words != nil && slices.ContainsFunc(c.words(analyzer.ReadingPrefix(text)), func(w string) bool { return strings.ContainsFunc(w, isHan) }) {
		return ""
	}
	return kata
}

// hiraganaRun reports whether s is hiragana letters and long-vowel marks
// only (see kanaRunRune).
func hiraganaRun(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !kanaRunRune(r) })
}
