package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Tags in the search box. An editor tags an article with what it is
// about (NIST, ML-KEM, 全固体電池); a reader's word that is one of its tags
// ranks it above articles that merely mention the word, and finds it
// when its text says it otherwise (a tag 充電インフラ on an article about
// charging stations). The tags field is kept as written for filters and
// facets (tag:NIST), so each tag is also indexed folded, as
// analyzer.WordTerm folds a query word (ＮＩＳＴ and nist are NIST, "NVIDIA
// DRIVE" is nvidiadrive), in fieldTagWord.

// fieldTagWord holds an article's tags folded.
const fieldTagWord = "tagword"

// tagBoost weighs a query word that is a tag of the article.
const tagBoost = 1.0

// tagWords returns the fieldTagWord terms of an article: its tags, and
// the product line of a tag that names a model (see modelLine).
func tagWords(a *Article) []string {
	var out []string
	for _, t := range a.Tags {
		for _, w := range [...]string{analyzer.WordTerm(t), modelLine(t)} {
			if w != "" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// modelLine returns, folded, the product line that a tag naming a model
// starts with: its first word, in Latin letters, when a later word has a
// digit or is a model's grade (Snapdragon of Snapdragon 8 Elite Gen 5,
// iPhone of iPhone 17 Pro and of iPhone Air, Galaxy of Galaxy Z Fold7).
// An article tagged with a model is about its line: a reader's Snapdragon
// had ranked articles that mention the chip twice above the one tagged
// with its new model. "" for a tag of one word, or of words that are one
// name (Blue Origin, Game Pass, Prime Medicine). Editors' tag:iPhone finds
// the models' articles too.
func modelLine(tag string) string {
	words := strings.Fields(tag)
	if len(words) < 2 {
		return ""
	}
	head := analyzer.WordTerm(words[0])
	if len(head) < 2 || !isLatinWord(head) {
		return ""
	}
	for _, w := range words[1:] {
		w = analyzer.WordTerm(w)
		if modelGrades[w] || strings.ContainsFunc(w, func(r rune) bool { return '0' <= r && r <= '9' }) {
			return head
		}
	}
	return ""
}

// modelGrades are the words that name a model of a line without a number,
// in the lower case analyzer.WordTerm gives them.
var modelGrades = map[string]bool{
	"pro": true, "max": true, "ultra": true, "plus": true, "mini": true, "air": true, "lite": true,
	"elite": true, "se": true, "xl": true, "fold": true, "flip": true, "edge": true,
}

// tagShould returns the score bonuses for words that are tags, and for the
// words together ("NVIDIA DRIVE"; two words in either order): only for tags some article has (a
// clause that matches nothing still costs every match a step; tc nil
// counts every tag as there).
func tagShould(words []string, tc termCounter) []query.Query {
	var out []query.Query
	seen := map[string]bool{}
	add := func(text string) {
		w := analyzer.WordTerm(text)
		if w == "" || seen[w] || tc != nil && tc.count(w, fieldTagWord) == 0 {
			return
		}
		seen[w] = true
		q := bleve.NewTermQuery(w)
		q.SetField(fieldTagWord)
		q.SetBoost(tagBoost)
		out = append(out, q)
	}
	for _, w := range words {
		add(w)
	}
	if len(words) > 1 {
		add(strings.Join(words, " "))
	}
	if len(words) == 2 {
		add(words[1] + " " + words[0]) // (typed the other way round: コンピューター 量子)
	}
	return out
}

// tagAlt matches an article tagged with the word as a whole, as another
// way to have it (充電インフラ only as a tag): nil when no article has the
// tag.
func (c *compiler) tagAlt(text string) query.Query {
	w := analyzer.WordTerm(text)
	if w == "" || c.tc == nil || c.tc.count(w, fieldTagWord) == 0 {
		return nil
	}
	q := bleve.NewTermQuery(w)
	q.SetField(fieldTagWord)
	q.SetBoost(tagFindBoost)
	return q
}

// tagFindBoost weighs a tag standing in for a word no text has.
const tagFindBoost = tagBoost

// tagOnly reports whether an article has the tag q and not the word, as
// units match it.
func (c *compiler) tagOnly(tag, units query.Query) bool {
	q := bleve.NewBooleanQuery()
	q.AddMust(tag)
	q.AddMustNot(units)
	return c.matches(q)
}

// Categories in the search box, as tags: a reader's word that names a
// category (自動運転, ＡＩ for AI) ranks the category's articles above those
// that merely mention it, and finds those whose text never says it (a
// robotaxi article filed under 自動運転).

// categoriesNamed returns the categories the index has that text names,
// compared folded, or by reading for kana typed before conversion
// (じどううんてん is 自動運転); with parts, also those that list it among
// their subjects (宇宙 of 宇宙・航空).
func (c *compiler) categoriesNamed(text string, parts bool) []string {
	if c.categories == nil {
		return nil
	}
	names := c.categories()
	if names == nil {
		return nil
	}
	var out []string
	add := func(cats []string) {
		for _, cat := range cats {
			if !slices.Contains(out, cat) {
				out = append(out, cat)
			}
		}
	}
	add(names.byTerm[categoryKey(text)])
	if parts {
		add(names.byPart[analyzer.WordTerm(text)])
	}
	if analyzer.IsKana(text) && utf8.RuneCountInString(text) > 2 {
		add(names.byReading[analyzer.ReadingPrefix(text)])
		if parts {
			add(names.byPartReading[analyzer.ReadingPrefix(text)])
		}
	}
	return out
}

// categoryQuery matches the articles of the categories text names (with
// parts, also those that list it as a subject), with boost; nil when it
// names none. A subject ranks the category's articles and finds none: an
// article filed under 全固体電池・次世代蓄電 may be on sodium-ion cells.
func (c *compiler) categoryQuery(text string, boost float64, parts bool) query.Query {
	var qs []query.Query
	for _, cat := range c.categoriesNamed(text, parts) {
		q := bleve.NewTermQuery(cat)
		q.SetField(fieldCategory)
		q.SetBoost(boost)
		qs = append(qs, q)
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// wordSpan is a plain word's units, tq.units[from:to].
type wordSpan struct {
	text     string
	from, to int
}

// maxTagPairs bounds the pairs of words looked up as a tag (a count
// each).
const maxTagPairs = 4

// tagsAcross lets a tag that two words side by side name together stand
// in for each: an article tagged AI規制 whose text says AI and not 規制
// matches AI 規制 (and ＡＩ　規制) as it matches AI規制 typed whole.
func (c *compiler) tagsAcross(tq *textQuery, spans []wordSpan) {
	for i := 0; i+1 < len(spans) && i < maxTagPairs; i++ {
		a, b := spans[i], spans[i+1]
		if a.to <= a.from || b.to <= b.from || b.from != a.to {
			continue // (a word that added no unit, or one typed twice)
		}
		q := c.tagAlt(a.text + b.text)
		if q == nil || !c.tagOnly(q, conjunction(tq.units[a.from:b.to])) {
			// Only for an article with the tag and not the words: beside
			// them the tag bonus ranks the tagged articles, and the tag
			// as a match too ranked a roundup tagged Switch 2 first for
			// Switch 2の価格はいくら.
			continue
		}
		for k := a.from; k < b.to; k++ {
			tq.units[k] = bleve.NewDisjunctionQuery(tq.units[k], q)
		}
	}
}

// synonymTags returns the tag bonuses for the synonyms of the words that
// are a synonym entry whole (OpenAI for オープンAI), but for the tags had
// (analyzer.WordTerm) already has: nil when there are none, or no article
// has them as tags.
func (c *compiler) synonymTags(words []string, had map[string]bool) []query.Query {
	if c.syn == nil {
		return nil
	}
	var out []query.Query
	for _, w := range words {
		terms := c.terms(w)
		if len(terms) == 0 {
			continue
		}
		end, others := c.syn.match(terms, 0)
		if end != len(terms) {
			continue
		}
		for _, o := range others {
			if t := analyzer.WordTerm(o.text); !had[t] {
				had[t] = true
				out = append(out, tagShould([]string{o.text}, c.tc)...)
			}
		}
	}
	return out
}
