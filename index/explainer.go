package index

import (
	"regexp"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Explainers. A reader who types 全固体電池とは, 量子コンピュータ 仕組み or
// LLM わかりやすく wants the article that explains the subject, not the
// latest news that names it. Sites title those articles the same few ways
// (全固体電池とは？, 解説：…, 【解説】…, …をやさしく解説, パスキーの仕組み,
// 何が違う), and a title says so more reliably than any body: an article
// whose title reads as an explainer is indexed with kindExplainer in
// fieldKind. A query that asks what something is (とは, って何, 仕組み,
// 解説, 入門, わかりやすく) ranks the explainers whose titles have its
// words above the other articles with them; other queries rank as before.
// Both sides are needed: the particles of とは are no term of the text
// fields, and a bonus for any explainer would lift one on another subject
// that mentions the word in passing.

// fieldKind holds what kind of article it is (kindExplainer), from its
// title.
const fieldKind = "kind"

// kindExplainer is the fieldKind term of an article that explains its
// subject.
const kindExplainer = "explainer"

// kindRoundup is the fieldKind term of an article titled as a roundup
// (see roundupTitle).
const kindRoundup = "roundup"

// explainerBoost weighs the explainer bonus: the kind term with the
// query's words in the title, on top of what they scored already. At 3 an
// explainer whose title has the subject outranks the news whose titles
// have it too (全固体電池とは, 量子コンピュータ 仕組み), not an article on
// a nearer subject whose title has more of the words.
const explainerBoost = 3.0

// explainerTitle matches a folded title (analyzer.Fold: ？ is ?, Ｑ＆Ａ is
// q&a) that presents an explanation: 解説 as a label or said of the
// article (をやさしく解説, 専門家が解説, not 試合を読んで解説 of an AI
// commentator), the workings of something (の仕組み at the end or before
// と/は), a primer, a Q&A, or what sets two things apart. (…とは is
// definingTitle's.)
var explainerTitle = regexp.MustCompile(`^[^\s:]{0,6}解説\s*:|【[^】]{0,6}解説[^】]{0,6}】|\[解説\]|[くをが]解説` +
	`|の(?:仕組み|しくみ)(?:$|[\s?!とは」』）)、])` +
	`|入門|基礎知識|早わかり|おさらい|用語集|q&a|よくある質問` +
	`|何が違う|どう違う|の違い(?:$|[\s?!は」』）)、])`)

// definingTitle matches …とは followed by the end, a punctuation mark or a
// question (何, どう), or …って何; the first group is what comes before it.
var definingTitle = regexp.MustCompile(`^(.*?)(?:とは(?:$|[\s?!」』）)\]:、。…]|何|なに|なん|どう|どんな)|って(?:何|なに|なん))`)

// definedSubject matches the name of what a defining title defines: a
// short phrase after the title's last break (a space, a colon, a closing
// bracket, a comma) with no particle of a clause in it. 全固体電池とは？
// and 解説：CoWoSとは何か define; 香川真司が描く夢の移籍先とは？ and
// 女が美容室に求めるものとは, the teasers of general news, do not.
var definedSubject = regexp.MustCompile(`(?:^|[\s:】」』)、。!?])([^\s:】」』)、。!?]{1,16})$`)

// explainsTitle reports whether title reads as an explainer's.
func explainsTitle(title string) bool {
	t := analyzer.Fold(title)
	if explainerTitle.MatchString(t) {
		return true
	}
	m := definingTitle.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	// (The quotes around a term are part of it: 「実用性」とは.)
	subject := definedSubject.FindStringSubmatch(strings.TrimRight(m[1], "」』\"”"))
	return subject != nil && !strings.ContainsAny(subject[1], "がをにで")
}

// kindTerms returns the fieldKind terms of an article.
func kindTerms(a *Article) []string {
	var kinds []string
	if explainsTitle(a.Title) {
		kinds = append(kinds, kindExplainer)
	}
	if titledRoundup(a.Title) {
		kinds = append(kinds, kindRoundup)
	}
	return kinds
}

// askingWhat matches a folded query that asks what something is: とは at
// the end of a word (not とはいえ), って何, or わかりやすく (two tokens,
// わかる and やすい, as the analyzer has it).
var askingWhat = regexp.MustCompile(`とは(?:$|[\s?!]|何|なに|なん|どう|って)|って(?:何|なに|なん)|わかりやす|分かりやす`)

// explainingWords are the terms that ask for an explanation beside the
// subject.
var explainingWords = map[string]bool{
	"仕組み": true, "しくむ": true, "解説": true, "入門": true, "基礎": true, "初心者": true,
	"意味": true, "違い": true, "定義": true,
}

// askingWhy are the words of a question that asks why: an explainer of
// its subject answers it too (全固体電池はなぜ燃えにくいのか is answered by
// 「全固体電池とは」, which says why, and had listed it 14th, below the news
// on cells that name 全固体電池). Not 理由 or 原因 typed as words of their
// own, which name what the article reports (配膳ロボットが増えた理由).
var askingWhy = map[string]bool{"なぜ": true, "何故": true, "どうして": true}

// asksWhat reports whether a query (its folded text and the tokens of its
// words) asks what something is, or why.
func asksWhat(text string, toks []analyzer.Token) bool {
	return askingWhat.MatchString(analyzer.Fold(text)) ||
		slices.ContainsFunc(toks, func(t analyzer.Token) bool {
			return explainingWords[t.Term] || askingWhy[t.Term] || askingWhy[t.Surface]
		})
}

// explainPart is a word of the subject an explainer's title must have:
// a term, or readings (each a sequence of reading terms) of a word typed
// in kana before conversion or searched by its sound.
type explainPart struct {
	term     string
	readings [][]string
}

// explainerParts returns the required words of a query that asks what
// something is, as an explainer's title has them: toks (the indexed tokens
// of the plain words ws that are not excluded nor quoted, in order) without
// the optional ones; the reading of a word typed in kana, whose tokens are
// kagome's guesses (ぜんこたいでんち とは: ゼンコタイデンチ, not ぜん|こ|…);
// and the terms of the word a kanji typo stands for (全個体電池 とは:
// 全固体電池), or its reading when that word is not known.
func (c *compiler) explainerParts(ws []plainWord, toks []analyzer.Token, optional []bool) []explainPart {
	var parts []explainPart
	add := func(toks []analyzer.Token, optional []bool) {
		for i, t := range toks {
			if i < len(optional) && optional[i] || t.Term == "" || t.Class == "part" || t.Class == "shingle" || explainingWords[t.Term] ||
				slices.ContainsFunc(parts, func(p explainPart) bool { return p.term == t.Term }) {
				continue
			}
			parts = append(parts, explainPart{term: t.Term})
		}
	}
	at := 0
	for _, pw := range ws {
		if pw.exclude || pw.w.Phrase {
			continue
		}
		n := len(indexed(pw.all))
		if at+n > len(toks) {
			break
		}
		own, opt := toks[at:at+n], optional[at:min(at+n, len(optional))]
		at += n
		if pieces := c.pieces[pw.text]; len(pieces) > 0 && hiraganaRun(pw.text) && !slices.Contains(opt, true) {
			parts = append(parts, explainPart{readings: [][]string{pieces}})
			continue
		}
		if w := c.meant[pw.text]; w != "" {
			add(indexed(c.tokens(w)), nil)
			continue
		}
		if r := c.soundsAs[pw.text]; r != nil {
			parts = append(parts, explainPart{readings: r})
			continue
		}
		add(own, opt)
	}
	return parts
}

// explainerClause returns the bonus for explainers whose titles have the
// parts of a query that asks what something is (see explainerParts), or
// nil: the kind term, and each word in the title as typed or as one of its
// synonyms (LLMとは is explained by 「大規模言語モデルとは」), a word typed
// in kana by its reading. No bonus when no article is an explainer.
func (c *compiler) explainerClause(parts []explainPart) query.Query {
	if len(parts) == 0 || c.tc != nil && c.tc.count(kindExplainer, fieldKind) == 0 {
		return nil // nothing to explain, or no explainer
	}
	kind := bleve.NewTermQuery(kindExplainer)
	kind.SetField(fieldKind)
	qs := []query.Query{kind}
	for from := 0; from < len(parts); {
		if r := parts[from].readings; r != nil {
			qs = append(qs, readingInTitle(r))
			from++
			continue
		}
		var terms []string // a run of terms: a compound's parts go with it
		for ; from < len(parts) && parts[from].readings == nil; from++ {
			terms = append(terms, parts[from].term)
		}
		for i := 0; i < len(terms); {
			end, others := i, []synonym(nil)
			if c.syn != nil {
				end, others = c.syn.match(terms, i)
			}
			if end == i {
				end = i + 1
			}
			alts := []query.Query{inTitle(terms[i:end])}
			for _, o := range others {
				alts = append(alts, inTitle(o.terms))
			}
			// (bleve scales a disjunction by the share of its clauses that
			// match: one spelling in a title counts whole.)
			qs = append(qs, boosted(disjunction(alts), float64(len(alts))))
			i = end
		}
	}
	return boosted(bleve.NewConjunctionQuery(qs...), explainerBoost)
}

// readingInTitle matches the articles whose titles have one of readings,
// its terms side by side.
func readingInTitle(readings [][]string) query.Query {
	qs := make([]query.Query, 0, len(readings))
	for _, terms := range readings {
		if len(terms) == 1 {
			q := bleve.NewTermQuery(terms[0])
			q.SetField(fieldTitleReading)
			qs = append(qs, q)
		} else if len(terms) > 1 {
			qs = append(qs, phraseQuery(terms, fieldTitleReading, 1))
		}
	}
	// (A disjunction scales by the share of its clauses that match: one
	// reading in a title counts whole.)
	return boosted(disjunction(qs), float64(len(qs)))
}

// inTitle matches the articles whose titles have every one of terms.
func inTitle(terms []string) query.Query {
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		q := bleve.NewTermQuery(t)
		q.SetField(fieldTitle)
		qs[i] = q
	}
	return conjunction(qs)
}
