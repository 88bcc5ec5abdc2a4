package index

import (
	"context"
	"math"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	bindex "github.com/blevesearch/bleve_index_api"
)

// scoredID is an article and its similarity to a related source.
type scoredID struct {
	id    string
	iid   bindex.IndexInternalID // in the request's snapshot
	score float64
	terms []string // the shared words among the reasonTerms strongest, at most 2·maxReasons (see showReasons)
	cover float64  // the similarity before consensus as a share of the source's own (see thinCover)
}

// poolArticle is a candidate while the similarity is computed.
type poolArticle struct {
	id     string // read when needed, see resolve
	iid    bindex.IndexInternalID
	num    uint64   // iid's value: ids order as their values, compared faster
	has    wordSet  // which of the source's words the article has
	listed wordSet  // which of them only in its lists of links
	shared int      // how many
	terms  []string // reasons
	scale  float64  // length normalisation, see similarity
	score  float64  // in the ranking being made
	cover  float64  // see scoredID
}

// wordSet is a set of indexes into the source's words.
type wordSet []uint64

func (s wordSet) add(i int) { s[i/64] |= 1 << (i % 64) }

func (s wordSet) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }

// each calls f with every index in the set, in order.
func (s wordSet) each(f func(i int)) {
	for w, bitsLeft := range s {
		for bitsLeft != 0 {
			f(w*64 + bits.TrailingZeros64(bitsLeft))
			bitsLeft &= bitsLeft - 1
		}
	}
}

// similarity scores the pool's articles by the number of the source's
// simTerms strongest words their bodies share (each counted by the square
// root of its idf), divided by their length
// (characters, from doc values) to the power lengthExponent and scaled by
// scopeMatch, then ranks them again by consensus; it returns the best n,
// ties by id, each with the shared words that explain it.
//
// It reads the index directly instead of running a query: for each word,
// its postings bitmaps, intersected with the pool (see wordMarker). A
// scoring query reads
// every posting between them (frequencies and norms are stored in
// chunks), so its cost grew with the archive: 200 words × 200 articles
// took most of a related request at 100,000 articles.
func (ix *Index) similarity(ctx context.Context, r bindex.IndexReader, terms []weightedTerm, srcChars int, pool []poolMember, n int) ([]scoredID, error) {
	terms = terms[:min(len(terms), simTerms)]
	cands := make([]poolArticle, len(pool))
	words := (len(terms) + 63) / 64
	sets := make(wordSet, 2*words*len(pool)) // every candidate's two sets, in one allocation
	for i, m := range pool {
		has, listed := sets[:words:words], sets[words:2*words:2*words]
		sets = sets[2*words:]
		cands[i] = poolArticle{iid: m.iid, num: m.num, has: has, listed: listed}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].num < cands[j].num })

	marker := newWordMarker(r, cands)
	for ti, t := range terms {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		// The body, and the list of links at its end (see splitLinks):
		// articles that link to the same ones are related.
		for _, field := range [...]string{fieldBody, fieldLinks} {
			if field == fieldLinks && t.listed {
				continue // the site's standard list (see listShare)
			}
			if field == fieldBody && t.bodyDocs == 0 || field == fieldLinks && t.linkDocs == 0 {
				continue // no article has it there (a title's word, an archive without lists)
			}
			if err := marker.mark(ctx, t.term, field == fieldLinks, ti); err != nil {
				return nil, err
			}
		}
	}

	dvr, err := r.DocValueReader([]string{fieldChars})
	if err != nil {
		return nil, err
	}
	// The source's own similarity, as if it were a candidate: every one
	// of its words shared, at its own length (see thinCover).
	own := 0.0
	for i := range terms {
		own += terms[i].share()
	}
	own /= math.Pow(float64(max(srcChars, 1)), lengthExponent)
	matched := cands[:0]
	for _, c := range cands {
		if c.shared == 0 {
			continue
		}
		chars := 1.0
		err := dvr.VisitDocValues(c.iid, func(_ string, term []byte) {
			if v, err := strconv.ParseFloat(string(term), 64); err == nil {
				chars = max(v, 1)
			}
		})
		if err != nil {
			return nil, err
		}
		c.scale = scopeMatch(chars, float64(max(srcChars, 1))) / math.Pow(chars, lengthExponent)
		w := 0.0
		c.has.each(func(ti int) { w += c.weigh(ti) * terms[ti].share() })
		c.score = w * c.scale
		c.cover = 1 // (words of no weight: idf 0 in a tiny index)
		if own > 0 {
			c.cover = c.score / own
		}
		matched = append(matched, c)
	}
	if err := byScore(r, matched); err != nil {
		return nil, err
	}
	votes := consensus(matched, len(terms))
	for i := range matched {
		c := &matched[i]
		s := 0.0
		named := false
		c.has.each(func(ti int) {
			s += c.weigh(ti) * votes[ti] * terms[ti].share()
			named = named || terms[ti].name && terms[ti].titled
		})
		c.score = s * c.scale
		if named {
			c.score *= titleNameBonus
		}
	}
	if err := byScore(r, matched); err != nil {
		return nil, err
	}

	out := make([]scoredID, min(len(matched), n))
	for i := range out {
		c := &matched[i]
		if err := c.resolve(r); err != nil {
			return nil, err
		}
		out[i] = scoredID{id: c.id, iid: c.iid, score: c.score, terms: c.terms, cover: c.cover}
	}
	return out, nil
}

// titleNameBonus multiplies the score of a candidate that shares a name
// in the source's title (the company, the product: Kotoha-3 of a launch):
// the source's own story before another company's news of the same kind,
// which shares as many of its ordinary words. On two blind sets of short
// tech articles in stories (160 and 90), the share of the hits on the
// source's story went from 0.415 to 0.427 and from 0.549 to 0.569, the
// first hit on the story for 127 and 72 sources to 129 and 74 (1.5: 0.438
// and 0.585, but roundups, which name everything, from 17 places to
// 27); livedoor's same-category share 0.8618 → 0.8613.
const titleNameBonus = 1.25

// scopeExponent: see scopeMatch.
const scopeExponent = 0.3

// scopeMatch is the factor (shorter/longer)^scopeExponent by which a
// candidate of chars characters is scored against a source of srcChars.
// An article much longer than the source (a roundup, a long interview)
// shares many of its words because it covers a great deal, and one much
// shorter covers one aspect of it; related articles are those of about
// the same scope. With vocabularies growing as length^0.85, a factor of
// 0.5 on the vocabulary ratio would turn the Ochiai coefficient into
// Braun-Blanquet (shared words over the larger vocabulary); 0.3 on the
// lengths lies between the two. Measured on livedoor (precision@5, all 7,367 articles
// as sources, 200 candidates): 0.886 → 0.892 alone, 0.897 → 0.901 with
// consensus and maxDocShare 0.5; Braun-Blanquet itself: 0.899.
func scopeMatch(chars, srcChars float64) float64 {
	return math.Pow(min(chars, srcChars)/max(chars, srcChars), scopeExponent)
}

// linkWeight is what a shared word counts for when the candidate has it
// only in its lists of links, not its text: a list may be the site's
// headlines of the day (kaden-channel's ■関連記事), which name the source
// because it was new that day. Judged precision@5 of 40 livedoor sources
// (200 hits): 0.720 at 1, 0.745 at 0.5, 0.740 at 0.
const linkWeight = 0.5

// share is what a shared word counts for: the square root of its idf,
// less for a verb or an adjective (see inflectedWeight), more for a name
// (see nameWeight) and for another word of the source's title (see
// titleShare).
func (t *weightedTerm) share() float64 {
	switch {
	case t.inflected:
		return inflectedWeight * math.Sqrt(t.idf)
	case t.name:
		return nameWeight * math.Sqrt(t.idf)
	case t.titled && t.mark == "" && !t.hidden:
		return titleShare * math.Sqrt(t.idf)
	}
	return math.Sqrt(t.idf)
}

// titleShare is what a noun of the source's title counts for against one
// of its body only: a headline names the story, the body adds its
// background and asides (a column on clinging to an ex, 元彼に執着する女は
// 占い好き？, now lists the one on an ex not forgotten before one on a
// son's girlfriend; 年下 of a marriage to a younger actor, a column on
// younger men before gossip that shares the actors' world). Not a word of
// an editor's mark (【話題】, 【Sports Watch】: a column's name, shared by
// its other subjects), nor a name, which counts nameWeight wherever the
// source writes it. On livedoor 2,469 lists changed; of 30 judged blind,
// old and new shown in a seeded order, 11 were better, 5 worse and 14
// alike; precision@5 by category 0.8577 → 0.8581 over HTTP (at 2: 0.8556).
const titleShare = 1.5

// nameWeight is what a shared name counts for against an ordinary word
// of the same idf: a name of Latin letters (Pixel, AirPods, StriX) or a
// proper noun of a company or a product (not a person's nor a place's,
// which articles of every kind mention). On product and company news the
// name is the subject, and the genre's ordinary words (価格, 発売, 画面)
// had outvoted it: Pixel 10a listed AQUOS and iPhone articles above the
// other Pixel articles. livedoor precision@5: 0.8654 → 0.8661 (Latin
// names alone 0.8669; every proper noun 0.8626).
const nameWeight = 2.0

// weigh is what the source's word ti counts for in the candidate.
func (c *poolArticle) weigh(ti int) float64 {
	if c.listed.has(ti) {
		return linkWeight
	}
	return 1
}

// byScore sorts articles by score, best first, ties by id. The ids are
// read (from the stored fields) for ties only: most articles' scores
// differ, and reading all the pool's ids had cost 4% of a request.
func byScore(r bindex.IndexReader, hits []poolArticle) error {
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].num < hits[j].num
	})
	for i := 0; i < len(hits); {
		j := i + 1
		for j < len(hits) && hits[j].score == hits[i].score {
			j++
		}
		if j-i > 1 {
			tied := hits[i:j]
			for k := range tied {
				if err := tied[k].resolve(r); err != nil {
					return err
				}
			}
			sort.Slice(tied, func(a, b int) bool { return tied[a].id < tied[b].id })
		}
		i = j
	}
	return nil
}

// resolve reads the article's id, once.
func (c *poolArticle) resolve(r bindex.IndexReader) error {
	if c.id != "" {
		return nil
	}
	id, err := r.ExternalID(c.iid)
	c.id = id
	return err
}

// shownReason reports whether a shared word may be shown as a reason: a
// word in hiragana alone (こうした, おき) and a number (2.1) count towards
// the similarity but say nothing to a reader. An English function word
// (the, will) is shown only inside a name (see showReasons).
func shownReason(term string) bool {
	return strings.ContainsFunc(term, func(r rune) bool { return (r < 'ぁ' || r > 'ゖ') && unicode.IsLetter(r) })
}

// englishFunction are English words that say nothing of a subject, in
// the lower case the analyzer gives them: the Snowball list bleve's
// English stop filter drops (the, all, only, more: an English passage
// quoted in a column on translation had related it to a film review by
// will and to a warehouse story by will and all) and the modal verbs it
// leaves out for being nouns too (will, can, shall, must). Not us, which
// the list leaves out for the US. Inside a name they are shown (CANインベーダー,
// TOUCH TO GO, HD IS12S), alone never (not IT, a field, nor the OF of
// SAVE THE SEA).
var englishFunction = func() analysis.TokenMap {
	m := analysis.NewTokenMap()
	if err := m.LoadBytes(en.EnglishStopWords); err != nil {
		panic(err) // (a list in memory)
	}
	for _, w := range []string{"will", "can", "shall", "must"} {
		m.AddToken(w)
	}
	return m
}()
