package index

import (
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// The compiled search-box query, textQuery: its parts, and how they are
// built into one bleve query (strict or relaxed, scored or not) and into
// the query that highlights a page's hits.

// textQuery is a compiled search-box query.
type textQuery struct {
	units  []query.Query // all must match (strict)
	relax  []query.Query // the finer units a relaxed search needs some of
	should []query.Query // score bonuses
	// intents are the should clauses of the optional words that say what
	// the reader wants (おすすめ, あらすじ: see intentWords).
	intents []query.Query
	// near are the should clauses that rank words side by side (a
	// phrase of the words as typed): ranking only, and no highlight that
	// the units do not give already (see locating).
	near map[query.Query]bool
	tags query.Query // the bonus for articles tagged with a word (see tagShould), or nil
	// synTags is the bonus for articles tagged with a word's synonym
	// (see synonymTags), or nil.
	synTags query.Query
	// explains is the bonus for explainers of the words of a query that
	// asks what something is (see explainerClause), or nil.
	explains query.Query
	mustNot  []query.Query
	// echoes mark in the body the words scoped to titles (see
	// scopedWord): located, never searched.
	echoes []query.Query
	// weak are the relax units that find no article on their own: a bare
	// number (2 of スイッチ2 is in every other article).
	weak map[query.Query]bool
	// spare are the relax units that stand for a long word whole (its
	// reading, its synonyms) beside the word's own units: they find
	// articles alone, but are no word an article may miss. Counted as one,
	// a reading phrase of a whole sentence that no article has made every
	// article miss a word, and so none was ranked for missing only one
	// (加瀬亮が幽霊役で出てる映画 ranked below the same words typed apart).
	spare map[query.Query]bool
	// named are the relax units of names (see namedBoost).
	named map[query.Query]bool
	// common: the relax units are in many of the articles (see
	// maxMostWork).
	common bool
	// all: a relaxed search ranks the articles with every word first
	// (a few had them: see RelaxFew).
	all bool
	// quoted: the query has a phrase in quotes, which a reader wants as
	// typed (see canFollow).
	quoted bool
	// question: the words ask a question (see isQuestion), which RelaxAuto
	// treats as RelaxFew.
	question bool
	// asked: a word not all kana asks a question (see isQuestion), whose
	// question words count the words that answer them (see
	// questionAnswers); not kana kagome read a question word out of (the
	// どう of でんきじどうしゃ).
	asked bool
	// sentence: the words are a sentence, whose verbs and adjectives
	// are optional (see plainVerbs): the articles with most of its words
	// may follow the few with every one, even when only one word is
	// required (夏っぽいメイクに変えるコツ).
	sentence bool
	// verbs are the sentence's optional verbs and adjectives (see
	// plainVerbs): a bonus of their own in a strict search, where an
	// article has them; a relaxed search counts them as relax units.
	// (Among the should clauses, one no article has had cut every
	// other's share: bleve weighs should clauses by how many match.)
	verbs []query.Query
	// weights of the strong relax units in a relaxed search, by how few
	// articles have each (see unitWeights); nil: all alike.
	weights map[query.Query]float64
	empty   bool // the query had no words at all: every article matches
	// pieces are the single characters kagome split a word into (月 of
	// 月着陸) that are no word of the query on their own: highlighted only
	// beside the rest of the word, not in 6月 (see toHit).
	pieces map[string]bool
}

// strong returns the relax units that find articles on their own (all
// of them when every one is weak).
func (tq textQuery) strong() []query.Query {
	strong := slices.DeleteFunc(slices.Clone(tq.relax), func(q query.Query) bool { return tq.weak[q] })
	if len(strong) == 0 {
		return tq.relax
	}
	return strong
}

// build combines the text query with filters into one bleve query; relaxed
// needs only one of the finer units instead of every word, and ranks the
// articles that miss only one of them higher. Without scored the score
// bonuses are left out: a search sorted by date, or one that only counts,
// has no use for them, and a proximity bonus reads the positions of every
// match.
func (tq textQuery) build(filters []query.Query, relaxed, scored bool) query.Query {
	bq := bleve.NewBooleanQuery()
	switch {
	case relaxed:
		tq.addRelaxed(bq, scored)
	case len(tq.units) > 0 && scored:
		bq.AddMust(tq.required()) // (the weakest word counts again)
	case len(tq.units) > 0:
		bq.AddMust(tq.units...)
	case tq.empty || len(tq.mustNot) > 0:
		bq.AddMust(bleve.NewMatchAllQuery())
	default:
		return bleve.NewMatchNoneQuery() // only stop words, symbols or emoji
	}
	if scored && len(tq.should) > 0 {
		bq.AddShould(tq.should...)
	}
	if len(tq.mustNot) > 0 {
		bq.AddMustNot(tq.mustNot...)
	}
	switch len(filters) {
	case 0:
	case 1:
		bq.AddFilter(filters[0])
	default:
		bq.AddFilter(bleve.NewConjunctionQuery(filters...))
	}
	if !scored {
		return matchOnly(bq)
	}
	var q query.Query = bq
	if !relaxed && len(tq.verbs) > 0 {
		q = withBonus(q, disjunction(tq.verbs))
	}
	return withBonus(withBonus(withBonus(q, tq.tags), tq.synTags), tq.explains)
}

// addRelaxed adds to bq the clauses of a relaxed search (see build): any
// of the strong relax units required; when scored, each weighed by how
// few articles have it, the articles that miss one of them at most ranked
// higher, and names, explainers and the weak units as bonuses.
func (tq textQuery) addRelaxed(bq *query.BooleanQuery, scored bool) {
	// A weak unit adds to the score of an article that has a strong
	// one, and finds nothing alone.
	strong := slices.Clone(tq.strong())
	var words []query.Query // (the units an article may miss one of)
	for i, q := range strong {
		if w, ok := tq.weights[q]; ok && scored {
			strong[i] = boosted(q, w)
		}
		if !tq.spare[q] {
			words = append(words, strong[i])
		}
	}
	var must query.Query = bleve.NewDisjunctionQuery(strong...)
	if n := len(words); scored && n > 2 && !tq.common {
		// (Of the strong units: a number in half the archive is no
		// word an article misses, and stepping through its articles
		// took most of a second on livedoor.) The clause has a
		// boolean of its own: beside the weak units in one
		// disjunction, each article found made it step through
		// every article again for one with all but one unit (a
		// 3x4 女性 写真 映画 テレビ, 0.8 s against 2 ms).
		most := bleve.NewDisjunctionQuery(words...)
		most.SetMin(float64(n - 1))
		ranked := bleve.NewBooleanQuery()
		ranked.AddMust(must)
		ranked.AddShould(boosted(most, mostBoost))
		must = ranked
	}
	bq.AddMust(must)
	if q := tq.namedClause(strong); q != nil && scored {
		bq.AddShould(q)
	}
	if tq.explains != nil && scored {
		// An explainer of the subject has what the word that asks for
		// one (入門, 仕組み) stands for, which no article may say:
		// ranked as if it missed no word but that one (耐量子暗号 入門
		// had listed the news on 耐量子暗号 first).
		bq.AddShould(boosted(tq.explains, mostBoost))
	}
	if scored && tq.all && len(tq.units) > 0 {
		// Ranked among themselves as the strict search ranks them:
		// with its bonuses (a phrase of the words side by side).
		all := bleve.NewBooleanQuery()
		all.AddMust(tq.required())
		if len(tq.should) > 0 {
			all.AddShould(tq.should...)
		}
		bq.AddShould(boosted(withBonus(all, tq.explains), allBoost))
	}
	if scored && len(strong) < len(tq.relax) {
		for _, q := range tq.relax {
			if tq.weak[q] {
				bq.AddShould(q)
			}
		}
	}
}

// required returns the clause that requires every unit, ranked: the
// weakest word counts again when the words name a subject (see
// balanced), not when they ask a question, whose words that ask and
// answer (いつ, 発売) are said once in the articles that answer it.
func (tq textQuery) required() query.Query {
	if tq.question {
		return conjunction(tq.units)
	}
	return balanced(tq.units)
}

// withBonus returns q with bonus (nil: none) as a should clause of its
// own: the should clauses of one boolean share their score by how many of
// them an article has (see plain).
func withBonus(q, bonus query.Query) query.Query {
	if bonus == nil {
		return q
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(q)
	b.AddShould(bonus)
	return b
}

// locating returns what highlights the words of a page's hits: any of
// its units (a relaxed search's weak ones too), without the clauses that
// only rank (words side by side, the most words of a relaxed search,
// roundups' titles) nor the filters, which the hits pass already. Run
// again over the page's articles, the whole query rebuilt every phrase of
// its ranking: a third of a relaxed search's time. nil when the query has
// no words.
func (tq textQuery) locating(relaxed bool) query.Query {
	units := tq.locatingUnits(relaxed)
	if len(units) == 0 {
		return nil
	}
	return locatingOnly(bleve.NewDisjunctionQuery(units...))
}

// locatingUnits returns the clauses whose matches locating marks (see
// locating), as the search has them.
func (tq textQuery) locatingUnits(relaxed bool) []query.Query {
	units := slices.Clone(tq.units)
	if relaxed {
		units = slices.Clone(tq.relax)
	} else {
		units = append(units, tq.verbs...) // (a relaxed search's are among its units)
		units = append(units, tq.echoes...)
	}
	for _, q := range tq.should {
		// Optional words (おすすめ of 扇風機のおすすめ) are highlighted
		// where they are; the phrase of words side by side marks them
		// as one (韓国ニュース) in a strict search, where it costs
		// little.
		if !tq.near[q] || !relaxed {
			units = append(units, q)
		}
	}
	return units
}

// addNear adds q, a phrase of words side by side, to the score bonuses.
func (tq *textQuery) addNear(q query.Query) {
	tq.should = append(tq.should, q)
	if tq.near == nil {
		tq.near = map[query.Query]bool{}
	}
	tq.near[q] = true
}

// mostBoost weighs the articles of a relaxed search that miss only one
// unit above those that miss more however often these have the others
// (unboosted, an article with 女優 alone in its title ranked above most of
// the 244 with 映画 and 女優 for 映画 女優 QWZX).
const mostBoost = 10

// canFollow reports whether the articles with most of the words may follow
// the few with every word (see RelaxFew): not for one word (サム・アルトマン
// followed by articles on サム alone), nor for a phrase in quotes.
func (tq textQuery) canFollow() bool {
	return (len(tq.units) > 1 || tq.sentence) && !tq.quoted && tq.canRelax()
}

// allBoost weighs the articles of a relaxed search that have every word
// (textQuery.all) above any that miss one, however often these have the
// others.
const allBoost = 1000

// canRelax reports whether a relaxed search could find more than the
// strict one.
func (tq textQuery) canRelax() bool { return len(tq.relax) > 1 }
