package index

import (
	"context"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Related articles: the request and the hit, the entry point with its
// answer cache, and the two stages (candidates by the strongest words, the
// similarity counted for them) that the list is picked from.

// Related-article limits.
const (
	DefaultRelatedSize = 5
	MaxRelatedSize     = 20
)

// Tuning of related articles; see Related.
const (
	// minBodyWords: a body with fewer distinct content words ("MIWA
	// ROCK!!") is too little text to relate.
	minBodyWords = 3
	// minDraftWords: a draft is related on an editor's request, however
	// short (速報 H3打ち上げ成功).
	minDraftWords = 1
	// minHeadlineWords: an article whose body is too short to relate is
	// related by its headline and body together when they have this many
	// distinct content words (【速報】三菱商事、洋上風力から撤退 and 詳細は
	// 追って。, as the same text sent as a draft is), not when the
	// headline only repeats the body (MIWA ROCK!!の新モード).
	minHeadlineWords = 5
	// maxDocShare leaves out words in more than this share of articles:
	// they tell the least. Words in up to half of the articles still
	// help: ordinary words are how a kind of article is written. Measured
	// on livedoor (precision@5, all 7,367 articles as sources, 200
	// candidates) against 30%: 0.886 → 0.890 alone, 0.896 → 0.901 with
	// scopeMatch and consensus.
	maxDocShare = 0.5
	// minCommonDocs keeps maxDocShare from dropping everything in a small
	// index: a word in fewer articles than this is never too common.
	minCommonDocs = 20
	// lengthExponent: a candidate's vocabulary grows about as its length
	// to the power 0.85 (Heaps' law), and the similarity divides by the
	// square root of that.
	lengthExponent = 0.85 / 2

	// reasonTerms is how many of the source's strongest words are checked
	// for each hit's reasons, and maxReasons how many are shown.
	reasonTerms = 40
	maxReasons  = 8
	// titleWeight counts a word in the source's title this many times
	// when ranking the words by tf-idf.
	titleWeight = 3.0
	// inflectedWeight weighs a verb or an adjective (目指す, 始める, 新しい)
	// against a noun of the same tf-idf: how the text is written more
	// than what it is about.
	inflectedWeight = 0.5
	// A word in the lists of links of more than listShare of the
	// articles (a fifth: more than one category's series lists on
	// livedoor), and of minListDocs, is the site's standard list
	// (関連リンク to the same sections under every article): it relates
	// every article with the list to every other. Such a word of the
	// source's own text counts only in the others' text, not their lists.
	listShare   = 0.2
	minListDocs = 10
	// digestWeight scales a roundup (see digestCategory) related to an
	// article, roundups included.
	digestWeight = 0.5
	// dupCloseScore: hits whose scores are this close (a share of the
	// higher) may be one text under two headlines, and are compared.
	dupCloseScore = 0.2
)

// RelatedRequest asks for articles related to an indexed article (ID) or
// to a text that is not in the index (Title, Body).
type RelatedRequest struct {
	ID           string
	Title, Body  string
	Category     string        // the draft's category, for SameCategory (see draftCategory)
	Size         int           // 1–20; 0 means DefaultRelatedSize
	SameCategory bool          // only articles of the source's category
	HalfLife     time.Duration // prefer recent articles; 0 is off
}

// RelatedHit is one related article and the shared words that made it so.
type RelatedHit struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Category  string    `json:"category"`
	Published time.Time `json:"published"`
	Score     float64   `json:"score"`
	Terms     []string  `json:"terms"`
	cover     float64   // see scoredID
}

// Related finds articles on the same subject as the source (bleve has no
// more-like-this).
//
// The similarity is the number of distinct words the source and a
// candidate share, each counted by the square root of its idf, divided by
// the square root of the candidate's
// vocabulary (estimated from its length), an Ochiai coefficient over word
// sets, scored down as the candidate's length moves away from the
// source's (scopeMatch). Words are everything the main field indexes (so
// nouns, names, user-dictionary terms, verbs and adjectives by base
// form) in the source's title and its body less the sentences two or more
// other articles repeat word for word (boilerplate.go), less words no
// other article has and words in more than half of the articles.
// Counting shared words, rather than summing tf-idf, lets
// the many ordinary words of a subject outvote a rare word that happens
// to match: measured on livedoor it keeps more of the top five on the
// source's subject (0.89 against 0.81; weighing the shared words by idf,
// by the source's tf or by the candidate's did worse too). The square
// root of idf changes nothing on livedoor's categories and keeps a few
// more of a tight subject's articles (typhoon articles before railway
// articles sharing 新幹線, 区間 and 影響): 0.636 → 0.647 precision@5 on
// 20 news subjects of 3–6 articles each. The
// candidates come from a tf-idf query on the strongest words that few
// articles share; the similarity is then counted exactly for them from
// the postings (similarity.go), the length from doc values. Last, the
// shared words that the best candidates have in common count more, and
// the pool is ranked again (consensus.go). The source itself, deleted
// articles and duplicates of the source (same body, or same title and
// nearly the same body) never come back; each hit names the shared words,
// strongest (tf-idf, title words triple) first.
func (ix *Index) Related(ctx context.Context, r RelatedRequest) ([]RelatedHit, error) {
	if r.Size == 0 {
		r.Size = DefaultRelatedSize
	}
	if r.Size < 1 || r.Size > MaxRelatedSize {
		return nil, badParam("size", "invalid_parameter", "must be between 1 and %d, not %d", MaxRelatedSize, r.Size)
	}
	if r.HalfLife < 0 {
		return nil, badParam("recency", "invalid_parameter", "must be a positive duration")
	}
	key, gen := r.key(), ix.answers.generation()
	if key != "" {
		if v, ok := ix.answers.get(key); ok {
			return v.([]RelatedHit), nil // (shared, read-only)
		}
		v, err := ix.answers.share(ctx, gen, key, func() (any, error) {
			hits, err := ix.related(ctx, r)
			if err == nil {
				err = ctx.Err() // (cut short: no answer to keep or give)
			}
			if err != nil {
				return nil, err
			}
			ix.answers.put(gen, key, hits, relatedSize(hits))
			return hits, nil
		})
		if err != nil {
			return nil, err
		}
		return v.([]RelatedHit), nil // (shared, read-only)
	}
	return ix.related(ctx, r)
}

// related is Related without the answer cache.
func (ix *Index) related(ctx context.Context, r RelatedRequest) ([]RelatedHit, error) {
	src := Article{Title: r.Title, Body: r.Body}
	var kept []byte // the source's words, kept when it was indexed
	if r.ID != "" {
		a, k, err := ix.relatedSource(ctx, r.ID)
		if err != nil {
			return nil, err
		}
		src, kept = a, k
	} else if err := checkDraft(r.Title, r.Body); err != nil {
		return nil, err
	} else if src.Category, err = draftCategory(r.Category); err != nil {
		return nil, err
	} else if r.SameCategory && src.Category == "" {
		return nil, badParam("category=same", "invalid_parameter", "the draft has no category; send \"category\" in the body, or leave category=same out")
	}
	leave, err := ix.enterSearch(ctx, len(r.Title)+len(r.Body) > heavyDraftBytes)
	if err != nil {
		return nil, err
	}
	defer leave()

	terms := ix.relatedTerms(ctx, &src, kept)
	if len(terms) == 0 {
		return []RelatedHit{}, nil
	}
	// One snapshot for both stages: the candidates are its internal ids.
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, err
	}
	rd, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer rd.Close()
	var self bindex.IndexInternalID
	if src.ID != "" {
		if self, err = rd.InternalID(src.ID); err != nil {
			return nil, err
		}
	}
	var filter query.Query
	if r.SameCategory && src.Category != "" {
		filter = ix.categoryFilter([]string{src.Category}) // (ａｉ is AI, as for a search)
	}
	// First the candidates: articles sharing the strongest words, by
	// tf-idf. Then the similarity, computed exactly for those only.
	pool, err := ix.candidates(ctx, rd, terms, self, filter)
	if err != nil || len(pool) == 0 {
		return []RelatedHit{}, err
	}
	// Extra hits: duplicates are dropped, roundups and passing mentions
	// scored down, weak hits moved after the others, and recency
	// re-ranks. A longer list starts as a shorter one does: a short list
	// is picked from size*2+10 hits, and again from as many as the
	// longest list reads when a hit past those could have ranked among
	// it (a roundup halved below the article that a longer list would
	// have shown above it); picking from that many every time cost a
	// related request a quarter more.
	// A roundup's stories each have their own articles: its list goes
	// round the stories (see byItem).
	items := ix.roundupItems(&src, terms)
	hits, err := ix.similarity(ctx, rd, terms, charCount(&src), pool, relatedWindow)
	if err != nil {
		return nil, err
	}
	window := len(hits)
	if r.HalfLife == 0 {
		window = min(window, r.Size*2+10)
	}
	p, err := ix.pickRelated(ctx, rd, &src, terms, items, hits[:window], r, nil)
	if err != nil || p.complete(hits[window:], r.Size) {
		return p.hits, err
	}
	p, err = ix.pickRelated(ctx, rd, &src, terms, items, hits, r, p.fields)
	return p.hits, err
}

// relatedWindow is how many hits the longest list is picked from.
const relatedWindow = MaxRelatedSize*2 + 10

// draftCategory returns a draft's category as related reads it: white
// space around it dropped, as around a parameter's value, and "" for one
// with no visible character, as for one of spaces. A control character,
// or more characters than a label may have, is an error: no category
// matches it (category=same had answered an empty list).
func draftCategory(c string) (string, error) {
	c = strings.TrimSpace(c)
	if !strings.ContainsFunc(c, isVisible) {
		return "", nil
	}
	if i := strings.IndexFunc(c, unicode.IsControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(c[i:])
		return "", badParam("category", "invalid_parameter", "contains the control character U+%04X at character %d; a category has none", r, utf8.RuneCountInString(c[:i])+1)
	}
	if n := composedRunes(c); n > MaxLabelRunes {
		return "", badParam("category", "invalid_parameter", "has %d characters; the limit is %d", n, MaxLabelRunes)
	}
	return c, nil
}

// checkDraft validates the text of a draft.
func checkDraft(title, body string) error {
	if !utf8.ValidString(title) || !utf8.ValidString(body) {
		return badParam("body", "invalid_utf8", "title and body must be valid UTF-8")
	}
	if n := composedRunes(title); n > MaxTitleRunes { // (as an article's title is counted)
		return badParam("title", "invalid_parameter", "has %d characters; the limit is %d", n, MaxTitleRunes)
	}
	if len(body) > MaxBodyBytes {
		return badParam("body", "invalid_parameter", "has %d bytes; the limit is %d", len(body), MaxBodyBytes)
	}
	if !strings.ContainsFunc(title, isVisible) && !strings.ContainsFunc(body, isVisible) {
		// (A title of a zero width space alone is as empty as one of
		// spaces, as an article's title is.)
		return badParam("body", "missing_parameter", "give a title or a body to relate (they have no visible character)")
	}
	return nil
}
