package index

import (
	"regexp"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Roundups. A tech-news site files its daily and weekly roundups under a
// category of their own (まとめ, 週間ダイジェスト), and a roundup's title
// packs the week's subjects into one line (【週間まとめ】NVIDIA決算、
// 証券口座乗っ取り、…): counted three times as a title, the subject of a
// query ranked the roundup above the article about it. In a search, a
// roundup's title and tags count as its body does; the article about the
// subject keeps their weight. An index with no such category searches as
// before, at no cost.

// digestMarks are what the name of a roundup category says.
var digestMarks = []string{"まとめ", "ダイジェスト", "ラウンドアップ", "週間", "週刊", "月間", "デイリー", "ウィークリー",
	"振り返り", "今日のニュース", "きょうのニュース", "roundup", "round-up", "digest", "weekly", "daily", "recap"}

// digestCategory reports whether a category's name marks roundups.
func digestCategory(name string) bool {
	name = strings.ToLower(name)
	for _, m := range digestMarks {
		if strings.Contains(name, m) {
			return true
		}
	}
	return false
}

// roundupTitle matches, folded, the title of a roundup filed in an
// ordinary category: a site's ranking or digest of its own articles
// (…など−【恋愛】週間ランキング, 【週末映画まとめ読み】, 2011年記事まとめ,
// 今週のテックニュースまとめ, a year's 10大ニュース or ニュース5選, 2025年を
// 振り返る), not a ranking of things (名前ランキング) nor a list on one
// subject (おすすめアプリまとめ).
var roundupTitle = regexp.MustCompile(`(?:記事|ニュース|アクセス|週間|月間|今週|先週|週末|年間)の?(?:人気)?(?:ランキング|まとめ|ダイジェスト)|まとめ読み|(?:今日|きょう)のニュース|[0-9一二三四五六七八九十]+大ニュース|ニュース[0-9]+選|(?:年|年間|1年|一年)を振り返る`)

// correctionTitle matches, folded, the title of a notice that corrects
// an earlier article (【訂正】…, 訂正：…, お詫びと訂正): its few lines name
// the story's words, and a short text ranked it above the story itself
// (Switch 2 and AWS 障害 listed their 【訂正】 first, on a tech set). It is
// searched and related as a roundup is.
var correctionTitle = regexp.MustCompile(`【(?:訂正|お詫び|おわび)|^訂正[:：]|[(（]訂正[)）]|訂正(?:と|および|及び)(?:お詫び|おわび)|(?:お詫び|おわび)と訂正|訂正のお知らせ`)

// titleMarks are words every match of roundupTitle or correctionTitle
// has; a title with none of them is no roundup's, found without running
// the expressions (related articles ask it of every hit, and the
// backtracking matcher was a twentieth of their time).
var titleMarks = []string{"ランキング", "まとめ", "ダイジェスト", "ニュース", "振り返る", "訂正", "お詫び", "おわび"}

// titledRoundup reports whether title reads as a roundup's (see
// roundupTitle) or a correction's (see correctionTitle).
func titledRoundup(title string) bool {
	title = analyzer.Fold(title)
	if !slices.ContainsFunc(titleMarks, func(m string) bool { return strings.Contains(title, m) }) {
		return false
	}
	return roundupTitle.MatchString(title) || correctionTitle.MatchString(title)
}

// isRoundup reports whether an article of category titled title is a
// roundup: filed under a roundup category, or titled as one.
func isRoundup(category, title string) bool {
	return digestCategory(category) || titledRoundup(title)
}

// asksRoundups reports whether a query asks for the roundups: it has a word
// that names them (週間まとめ, digest) or their rankings (ランキング).
func asksRoundups(text string) bool {
	return digestCategory(text) || strings.Contains(analyzer.Fold(text), "ランキング")
}

// digestFilter matches the index's roundups: the articles of its roundup
// categories and those titled as roundups (kindRoundup). It is nil when it
// has none (or too many categories to read).
func (ix *Index) digestFilter() query.Query {
	names := ix.namedCategories()
	if names == nil || len(names.digests) == 0 && !names.roundups {
		return nil
	}
	qs := make([]query.Query, 0, len(names.digests)+1)
	for _, c := range names.digests {
		t := bleve.NewTermQuery(c)
		t.SetField(fieldCategory)
		qs = append(qs, t)
	}
	if names.roundups {
		t := bleve.NewTermQuery(kindRoundup)
		t.SetField(fieldKind)
		qs = append(qs, t)
	}
	return disjunction(qs)
}

// demoteDigestTitles returns a copy of q in which each scored title clause
// (of the title or its readings: しょうけんこうざ had ranked two roundups
// first, which 証券口座 ranks sixth) counts a roundup's title (an article
// digest matches) as a body: the clause at a titleBoost-th of its boost
// for every article, and the rest only for articles that are no roundup.
// A roundup's tags list the day's subjects as its title does, and a
// query word that is one of them counts so too (月面探査 had ranked the
// day's roundup, tagged with it, above the lunar lander's story).
// q itself is left as it is.
func demoteDigestTitles(q, digest query.Query) query.Query {
	split := func(low, rest query.BoostableQuery) query.Query {
		b := low.Boost()
		low.SetBoost(b / titleBoost)
		rest.SetBoost(b - b/titleBoost)
		others := bleve.NewBooleanQuery()
		others.AddMust(rest)
		others.AddMustNot(digest)
		bq := bleve.NewBooleanQuery()
		bq.AddMust(low)
		bq.AddShould(others)
		return bq
	}
	return scoredLeaves(q, func(leaf query.Query) query.Query {
		switch q := leaf.(type) {
		case *query.TermQuery:
			if q.Field() == fieldTitle || q.Field() == fieldTitleReading || q.Field() == fieldTagWord {
				low, rest := *q, *q
				return split(&low, &rest)
			}
		case *query.PhraseQuery:
			if q.Field() == fieldTitle || q.Field() == fieldTitleReading {
				low, rest := *q, *q
				return split(&low, &rest)
			}
		}
		return leaf
	})
}
