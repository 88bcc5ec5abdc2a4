package index

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

// The reasons a related article shows: the shared words a reader accepts
// as why two articles are related, as the source writes them.

// commonReasonIDF: a shared word in more than a tenth of the articles
// (発表, 開発, 企業) says little of why two articles are related; it is
// shown only when fewer than minSpecificReasons others are.
var commonReasonIDF = math.Log(10)

const (
	minSpecificReasons = 2
	// maxTermRuns bounds the runs kept for one word of the source.
	maxTermRuns = 3
	// maxShownRun bounds the tokens of a run shown as one reason.
	maxShownRun = 4
)

// termRun is a run of nouns of the source and where a word stands in it:
// tokens at to end.
type termRun struct {
	run     analyzer.Run
	at, end int
}

// termRuns maps each term to the first maxTermRuns runs it stands in: a
// token's term, and the term the index joins of a few tokens (県|菊陽|町
// is the one term 県菊陽町, shown as 熊本県菊陽町 where 熊本 is shared too).
func termRuns(runs []analyzer.Run) map[string][]termRun {
	out := map[string][]termRun{}
	for _, r := range runs {
		for k, t := range r {
			if t.Term != "" && len(out[t.Term]) < maxTermRuns {
				out[t.Term] = append(out[t.Term], termRun{run: r, at: k, end: k})
			}
			joined := t.Term
			for e := k + 1; e < len(r) && e-k < analyzer.MaxShingle && joined != "" && r[e].Term != ""; e++ {
				joined += r[e].Term
				if len(out[joined]) < maxTermRuns {
					out[joined] = append(out[joined], termRun{run: r, at: k, end: e})
				}
			}
		}
	}
	return out
}

// reasonInfo is what showReasons knows of a source word.
type reasonInfo struct {
	shown     string // as the source writes it
	common    bool   // in more than a tenth of the articles
	inflected bool   // a verb or an adjective
	manner    bool   // an adjectival noun, an adverb or an adverbial noun (贅沢, 思わず, 今回)
	piece     bool   // written only as a piece of a name or model number
	hidden    bool   // only in an editor's mark or a credit
	mark      string // of a hidden word, the editor's mark it is in
	inside    string // the run of katakana the source writes it in (リビアン for リビア)
	runs      []termRun
}

func reasonInfos(terms []weightedTerm) map[string]reasonInfo {
	info := make(map[string]reasonInfo, len(terms))
	for _, t := range terms {
		info[t.term] = reasonInfo{shown: cmp.Or(t.shown, t.term), common: t.idf < commonReasonIDF, inflected: t.inflected, manner: t.manner, piece: t.piece, hidden: t.hidden, mark: t.mark, inside: t.inside, runs: t.runs}
	}
	return info
}

// showReasons returns the shared words shown for a hit whose title and
// body are text, from its shared terms, strongest first, at most
// maxReasons. Common words, verbs and adjectives (基づく, 進む: how a text
// is written, not what it is about), and the words used as adjectives or
// adverbs (贅沢, 特別, 思わず, 今回) go unless fewer than
// minSpecificReasons others remain. A word is shown as the run of nouns
// the source writes it in, joined with the other shared words and single
// characters beside it there, when the hit has that run too (周波数 for
// 周波, ギガワット for ギガ and ワット, 積水化学工業 for 積水, 化学 and 工業:
// kagome reads them as several words); a word inside another shown goes.
// A word the source writes only as a piece of a name or a model number
// is shown as the whole or not at all (エマ・ストーン, not エマ and ストーン,
// which the hit may have of another name; GL04P or nothing, not GL); one
// only in an editor's mark of its title, as the mark, last, when the hit
// has the mark too (オトナ女子映画部, the column, not オトナ), and never
// the mark alone: a column's other articles on other subjects share its
// mark and nothing else worth showing; one only in
// a staff credit (記事執筆：…) or the label of a line of data (要件：…),
// never. A katakana word the source writes only inside a longer run of
// katakana is shown as the run where the hit has it (リビアン, not リビア,
// which kagome reads of it; ダウンタウン, not タウン); Latin words of a
// name written apart are one run (Steve Jobs, Tensor G5); adnominals and
// counted numerals (小さな, 一つ) go as the adverbs do.
func showReasons(terms []string, info map[string]reasonInfo, text string) []string {
	// The words of an editor's mark, as the mark where the hit has it
	// too (【オトナ女子映画部】: the column), and of a credit, none.
	// A mark is specific when one of its shared words is (オトナ女子映画部;
	// not 話題, a common word).
	marks := map[string]bool{}
	var markOrder []string
	terms = slices.DeleteFunc(slices.Clone(terms), func(t string) bool {
		if in := info[t]; in.hidden {
			if in.mark != "" && strings.Contains(text, in.mark) {
				if _, ok := marks[in.mark]; !ok {
					markOrder = append(markOrder, in.mark)
				}
				marks[in.mark] = marks[in.mark] || !in.common
			}
			return true
		}
		return false
	})
	// English function words (the, will, OF) are never a reason of their
	// own, only a piece of a name shown whole (TOUCH TO GO, CANインベーダー).
	var function []string
	terms = slices.DeleteFunc(terms, func(t string) bool {
		if englishFunction[t] && !info[t].piece { // (a piece shows whole or not at all: SO-04D)
			function = append(function, t)
			return true
		}
		return false
	})
	specific := slices.DeleteFunc(slices.Clone(terms), func(t string) bool {
		return info[t].common || info[t].inflected || info[t].manner
	})
	specificMarks := 0
	for _, m := range markOrder {
		if marks[m] {
			specificMarks++
		}
	}
	if len(specific)+specificMarks < minSpecificReasons {
		specific = terms
		for _, m := range markOrder {
			marks[m] = true
		}
	}
	shared := make(map[string]bool, len(specific)+len(function))
	for _, t := range specific {
		shared[t] = true
	}
	for _, t := range function {
		shared[t] = true
	}
	shown := make([]string, 0, len(specific))
	has := widthContains(text)
	for _, t := range specific {
		s := runShown(info[t].runs, shared, info[t].piece, has)
		if s == "" && info[t].piece {
			continue
		}
		s = cmp.Or(s, info[t].shown, t)
		if w := info[t].inside; w != "" && len(w) > len(s) && strings.Contains(w, s) && has(w) {
			s = w // the katakana word it is a piece of (リビアン, not リビア)
		}
		if !slices.Contains(shown, s) {
			shown = append(shown, s)
		}
	}
	if len(shown) == 0 {
		// A mark alone (【話題】, 【Sports Watch】, 【Androidアプリ】) says
		// the hit is of the source's column, not of its subject: no
		// reason, and so no hit (see keepShown).
		return shown
	}
	for _, m := range markOrder {
		if !marks[m] {
			continue
		}
		if m = norm.NFKC.String(strings.TrimSpace(strings.Trim(m, "【】"))); m != "" && !slices.Contains(shown, m) {
			shown = append(shown, m)
		}
	}
	whole := slices.DeleteFunc(slices.Clone(shown), func(r string) bool {
		return slices.ContainsFunc(shown, func(o string) bool { return o != r && strings.Contains(o, r) })
	})
	return whole[:min(len(whole), maxReasons)]
}

// mentionWords returns the strongest maxReasons of a hit's shared terms
// as the source writes them, for passingMention.
func mentionWords(terms []string, info map[string]reasonInfo) []string {
	out := make([]string, 0, min(len(terms), maxReasons))
	for _, t := range terms {
		if len(out) == maxReasons {
			break
		}
		if !englishFunction[t] {
			out = append(out, cmp.Or(info[t].shown, t))
		}
	}
	return out
}

// lowerFunction reports whether a token of a run is an English function
// word of two or more letters written in lower case (in, the): it starts
// or ends no name shown (町会議, not 町会議in), as one with a capital may
// (CANインベーダー, After Effects, My Cloud), or a letter (iモード).
func lowerFunction(t analyzer.RunToken) bool {
	return englishFunction[t.Term] && len(t.Surface) > 1 && !strings.ContainsFunc(t.Surface, unicode.IsUpper)
}

// runShown returns the longest run a word stands in, grown from the word
// over the shared words and single characters beside it, that text (its
// width folded, see foldWidth) has; "" when there is none. No span starts
// or ends inside a name or a model number (see analyzer.RunToken), nor at
// a counter after its number (次予選 of 3次予選, 回上映 of 第12回上映) or a
// suffix (式タッチパネル of 静電式タッチパネル, 者会議 of 関係者会議): one
// the word is a piece of is taken whole; one beside a word the source
// also writes alone, only when the rest of it is shared too (ドバイ, not
// ドバイ・モール).
func runShown(runs []termRun, shared map[string]bool, piece bool, has func(string) bool) string {
	joins := func(t analyzer.RunToken) bool {
		return shared[t.Term] || utf8.RuneCountInString(t.Surface) == 1 && !strings.Contains(looseSuffixes, t.Surface) && !strings.Contains(numberMarks, t.Surface)
	}
	best := ""
	for _, tr := range runs {
		run := tr.run
		unitStart := func(i int) int {
			for i > 0 && run[i].Glued {
				i--
			}
			return i
		}
		unitEnd := func(j int) int {
			for j+1 < len(run) && run[j+1].Glued {
				j++
			}
			return j
		}
		// tokens counts the span's tokens, a name or model number as one.
		tokens := func(i, j int) int {
			n := 0
			for k := i; k <= j; k++ {
				if !run[k].Glued {
					n++
				}
			}
			return n
		}
		i, j := tr.at, tr.end
		if piece {
			i, j = unitStart(i), unitEnd(j)
		}
		for i > 0 && tokens(i, j) < maxShownRun && !strings.Contains(countryMarks, run[i-1].Surface) {
			// Over the shared words and single characters before it, and
			// over the word before a lone character a span starts at: a
			// suffix belongs to the name before it, shared or not (県 of
			// 熊本県菊陽町, where 熊本 is in too many articles to be shared).
			edge := run[i]
			if !joins(run[i-1]) && (i == tr.at || shared[edge.Term] || utf8.RuneCountInString(edge.Surface) != 1) && !edge.After {
				break
			}
			i = unitStart(i - 1)
		}
		for j+1 < len(run) && tokens(i, j) < maxShownRun && joins(run[j+1]) {
			j = unitEnd(j + 1)
		}
		// inCode reports whether run[k] is glued to a neighbour: a
		// number in a model number (AKB48, SC-05D) is part of the name.
		inCode := func(k int) bool { return run[k].Glued || k+1 < len(run) && run[k+1].Glued }
		// The spans of [i, j] with the word, longest first, until text
		// has one (前年同期 where the source has 前年同期比).
		var spans []string
		for a := i; a <= tr.at; a++ {
			if run[a].Glued || run[a].After || run[a].Suffix || run[a].Term == "" || a < tr.at && lowerFunction(run[a]) {
				continue // inside a name, at a counter after its number or a suffix (式タッチパネル), at ノ, at the in of …in 福島県
			}
			for b := max(tr.end, a+1); b <= j; b++ {
				if run[b].Number && !inCode(b) || run[b].Term == "" || b+1 < len(run) && run[b+1].Glued || b > tr.end && lowerFunction(run[b]) {
					continue // a number ends no name (回路線幅6), nor does ノ (ヤマノ of ヤマノ運輸), a piece of a name or in (町会議in)
				}
				if slices.ContainsFunc(run[a+1:b], func(t analyzer.RunToken) bool { return t.Number && !t.Glued }) {
					continue // nor is one inside (線幅2ナノ; 2ナノ is a name)
				}
				var sb strings.Builder
				for k, t := range run[a : b+1] {
					if k > 0 {
						sb.WriteString(t.Gap)
					}
					sb.WriteString(t.Surface)
				}
				spans = append(spans, sb.String())
			}
		}
		slices.SortStableFunc(spans, func(x, y string) int { return len(y) - len(x) })
		for _, s := range spans {
			if len(s) <= len(best) {
				break
			}
			if has(s) {
				best = s
				break
			}
		}
	}
	return norm.NFKC.String(best)
}

// widthContains returns a test of whether text has a string, Latin
// letters and digits compared in either width, so a reason is found
// whichever width the hit writes it in (3次予選, ３次予選). The text is
// folded once, when a string with letters or digits is first asked for.
func widthContains(text string) func(string) bool {
	var folded string
	done := false
	return func(s string) bool {
		if !strings.ContainsFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isAlnum(byte(r)) || fullWidthASCII(r) }) {
			return strings.Contains(text, s)
		}
		if !done {
			folded, done = foldWidth(text), true
		}
		return strings.Contains(folded, foldWidth(s))
	}
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// foldWidth folds full-width Latin letters and digits to ASCII.
func foldWidth(s string) string {
	if !strings.ContainsFunc(s, fullWidthASCII) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if fullWidthASCII(r) {
			return r - 'Ａ' + 'A'
		}
		return r
	}, s)
}

func fullWidthASCII(r rune) bool {
	return 'Ａ' <= r && r <= 'Ｚ' || 'ａ' <= r && r <= 'ｚ' || '０' <= r && r <= '９'
}

// looseSuffixes follow a name without making a word of it (アルトマン氏,
// トヨタ社).
const looseSuffixes = "氏様社側君殿等達"

// numberMarks go with a number, not the name beside them (EV約1万台,
// TSMC熊本第2工場, 1万量子ビット超).
const numberMarks = "約第超計各"

// countryMarks stand before a name for its country (米OpenAI, 英Arm):
// the name is the reason.
const countryMarks = "米英独仏中韓露豪印伊欧台"
