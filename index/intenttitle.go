package index

import (
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Intent words in the title. An intent word typed apart (テレビ おすすめ,
// Android アプリ おすすめ) is optional and weighs little, so that articles
// on the subject that never say it are found and an article that says it
// beside another subject does not come first (see optionalWeight). But an
// article whose title has every word of the query and the intent word too
// (おすすめAndroidアプリ・ベスト5) is what the reader asked for: such
// articles get a bonus, those title matches counted once more. The intent
// word counts in any of its spellings (オススメ), each weighed as its
// commonest spelling is.

// titleCoverage returns the bonus of the articles whose titles have each
// of units (the required words) and one of intents (the optional intent
// words), or nil when a unit cannot match in a title alone.
func titleCoverage(units, intents []query.Query) query.Query {
	all := make([]query.Query, 0, len(units)+1)
	for _, u := range units {
		t := titleOnly(u)
		if t == nil {
			return nil
		}
		all = append(all, t)
	}
	var its []query.Query
	for _, q := range intents {
		if t := titleOnly(q); t != nil {
			its = append(its, t)
		}
	}
	if len(its) == 0 {
		return nil
	}
	return bleve.NewConjunctionQuery(append(all, disjunction(its))...)
}

// titleOnly returns the part of q that matches in an article's title: its
// clauses on the title and the title's readings, with the disjunctions,
// conjunctions and booleans above them (a boolean's should clauses, which
// only rank, left out). It is nil when no part of q can match in the title
// alone (a word only a body phrase or a bigram finds). The leaves are
// shared with q, not copied.
func titleOnly(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.TermQuery:
		return titleLeaf(q, q.FieldVal)
	case *query.PhraseQuery:
		return titleLeaf(q, q.FieldVal)
	case *query.MultiPhraseQuery:
		return titleLeaf(q, q.FieldVal)
	case *query.FuzzyQuery:
		return titleLeaf(q, q.FieldVal)
	case *query.DisjunctionQuery:
		var kept []query.Query
		for _, d := range q.Disjuncts {
			if t := titleOnly(d); t != nil {
				kept = append(kept, t)
			}
		}
		if len(kept) == 0 || float64(len(kept)) < q.Min {
			return nil
		}
		d := bleve.NewDisjunctionQuery(kept...)
		d.SetMin(q.Min)
		return d
	case *query.ConjunctionQuery:
		kept := make([]query.Query, 0, len(q.Conjuncts))
		for _, c := range q.Conjuncts {
			t := titleOnly(c)
			if t == nil {
				return nil
			}
			kept = append(kept, t)
		}
		return bleve.NewConjunctionQuery(kept...)
	case *query.BooleanQuery:
		if q.Must == nil {
			if q.Should == nil {
				return nil
			}
			return titleOnly(q.Should)
		}
		must := titleOnly(q.Must)
		if must == nil {
			return nil
		}
		b := bleve.NewBooleanQuery()
		b.AddMust(must)
		b.MustNot, b.Filter = q.MustNot, q.Filter
		return b
	}
	return nil
}

// titleLeaf returns leaf when field is the title or its readings, else nil.
func titleLeaf(leaf query.Query, field string) query.Query {
	if field == fieldTitle || field == fieldTitleReading {
		return leaf
	}
	return nil
}

// intentClause matches an optional intent word or any one-term spelling of
// it the synonym list gives (おすすめ, オススメ, 勧め), or a word articles
// say for what it asks (see intentAlternatives), each weighed as the
// commonest spelling is: a rare one would count its rarity (勧め in a title
// had put an article on Android phones first for iPhone おすすめ). With
// asked, the words that answer a question word count too (see
// questionAnswers).
func (c *compiler) intentClause(term string, asked bool) query.Query {
	terms := []string{term}
	if end, others := c.syn.match([]string{term}, 0); end == 1 {
		for _, o := range others {
			if len(o.terms) == 1 && !slices.Contains(terms, o.terms[0]) {
				terms = append(terms, o.terms[0])
			}
		}
	}
	spellings := len(terms)
	answers := intentAlternatives[term]
	if asked {
		answers = append(slices.Clone(answers), questionAnswers[term]...)
	}
	for _, a := range answers {
		if !slices.Contains(terms, a) {
			terms = append(terms, a)
		}
	}
	if len(terms) == 1 || c.docs == 0 {
		return fieldsTerm(term, optionalWeight)
	}
	dfs := make([]uint64, len(terms))
	for i, t := range terms {
		dfs[i] = c.df(t)
	}
	idf := func(df uint64) float64 { // (as BM25 weighs a term)
		return math.Log(1 + (float64(c.docs)-float64(df)+0.5)/(float64(df)+0.5))
	}
	common := idf(slices.Max(dfs[:spellings]))
	// (bleve scales a disjunction by the share of its clauses that match:
	// each spelling is weighed up by their number.)
	n := float64(len(terms))
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		f := n * common / max(idf(dfs[i]), common)
		if i >= spellings {
			f *= synonymBoost // (the word itself first)
		}
		qs[i] = fieldsTerm(t, weight{optionalWeight.title * f, optionalWeight.body * f})
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// intentAlternatives are the words, one term each, in which articles
// answer what an intent word asks for without saying it: a how-to says
// テクニック or 活用 rather than 使い方 (Facebook 使い方 had listed the
// news that mention Facebook above fifteen articles of tips), a review
// says 実機 or 開封, a comparison 比べる or 対決.
var intentAlternatives = map[string][]string{
	"使い方":  {"使いこなす", "活用", "テクニック", "ワザ", "虎の巻", "手順", "やり方"},
	"方法":   {"やり方", "手順", "コツ", "ノウハウ", "秘訣"},
	"やり方":  {"方法", "手順", "コツ"},
	"コツ":   {"秘訣", "ノウハウ", "方法"},
	"レビュー": {"実機", "試用", "開封", "インプレッション", "試す"},
	"比較":   {"比べる", "対決", "違い"},
	"違い":   {"比較", "比べる"},
}

// questionAnswers are, for a question word, the words in which articles
// answer it: a question says how, why or when, the article what to do,
// for what reason, by when (節電するにはどうすればいい had ranked a power
// company's request to save and a festival's lantern above the articles
// on 節電対策; ラピダスの量産はいつ an interview above the article that
// gives the production's 見通し). Only where a word not all kana
// asks (see textQuery.asked): not for a word kagome read out of a run of
// kana (the どう of でんきじどうしゃ had ranked articles that say 対策 among
// the EVs).
var questionAnswers = map[string][]string{
	"どう": {"方法", "対策", "コツ"},
	"なぜ": {"理由", "原因", "背景"},
	"いつ": {"時期", "めど", "目標", "予定", "見通し"},
}
