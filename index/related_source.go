package index

import (
	"context"
	"slices"

	bindex "github.com/blevesearch/bleve_index_api"

	"sagasu/analyzer"
)

// The analysis of a related source's text: the words kagome reads in its
// title, its editor's marks, its own text and its credits, which related
// articles weigh by tf-idf (see relatedTerms).
//
// An indexed article's analysis is kept with it (fieldSourceWords,
// written by articleDocument when the article is indexed), so that a
// request for its related articles reads its words back instead of
// analysing its text again: kagome's lattice had been about half of a
// related request's CPU, and four clients on two cores queue on it. The
// words depend only on the text, so the copy kept is used when the text
// read for the request is the one analysed (a key of it, sourceKey, is
// kept beside the words) and no sentence of it is left out as repeated by
// other articles (which depends on the archive, not on the article: such
// a source, and a draft, is analysed as before). A write replaces the
// article and its words together. Kept words rather than a cache of
// recent sources: the widget asks for every article of an archive, the
// answer cache already holds the popular ones, and a cache would have to
// learn of every write.

// sourceWords is the analysis of a source's text (see analyseSource).
type sourceWords struct {
	// title: the terms of the title without its editor's marks;
	// titleQuery the same read as a query is (see titleTerms);
	// titleContent the distinct content words of the title and the
	// marks.
	title, titleQuery []string
	titleContent      int
	// marks: the terms of the title's editor's marks (【話題】), in
	// order; markOf the mark each first comes from.
	marks  []string
	markOf map[string]string
	// body, content: the terms and distinct content words of the text
	// (see sourceText); credits, creditContent those of its credits and
	// labels.
	body, credits          []string
	content, creditContent int
	// written: each term as the source first writes it, the title's
	// spelling first.
	written map[string]string
	words   analyzer.Words
}

// wordAnalyzer is what analyseSource analyses with: the Analyzer, or its
// Lending view where the article's fields are analysed next.
type wordAnalyzer interface {
	TermsAndContent(text string, surfaces map[string]string, words *analyzer.Words) ([]string, int)
	TermsContentAndQuery(text string, surfaces map[string]string, words *analyzer.Words) ([]string, []string, int)
}

// analyseSource analyses a source's title and text, the text already
// split by sourceText into its own words and its credits.
func analyseSource(an wordAnalyzer, title, mainText, credits string) *sourceWords {
	s := &sourceWords{written: map[string]string{}, markOf: map[string]string{}}
	// The words of an editor's mark in the title (【オトナ女子映画部】,
	// 【Sports Watch】, 【話題】) count as the title's others do, but are
	// shown as the whole mark, the column's name, where the hit has it
	// too, and not at all otherwise: オトナ alone says nothing (leaving
	// the marks' words out took livedoor's precision@5 by category from
	// 0.8615 to 0.8546, the same column's articles on other subjects being
	// of the same category).
	s.title, s.titleQuery, s.titleContent = an.TermsContentAndQuery(editorsMark.ReplaceAllLiteralString(title, " "), s.written, &s.words)
	for _, m := range editorsMark.FindAllString(title, -1) {
		ts, c := an.TermsAndContent(m, s.written, &s.words)
		for _, t := range ts {
			if _, ok := s.markOf[t]; !ok {
				s.markOf[t] = m
			}
		}
		s.marks, s.titleContent = append(s.marks, ts...), s.titleContent+c
	}
	s.body, s.content = an.TermsAndContent(mainText, s.written, &s.words)
	s.credits, s.creditContent = an.TermsAndContent(credits, s.written, &s.words)
	return s
}

// sourceText returns the text of a source's body (its beginning, less
// the sentences other articles repeat) that its words are read from, and
// its credits and labels, whose words count but show no reason.
func sourceText(text string) (mainText, credits string) {
	// Only the article's own text: the lists of links at its end are
	// often the site's headlines of the day (kaden-channel's ■関連記事),
	// which relate articles of the same few days, not of one subject.
	// The others' lists still count (see similarity).
	mainText, _ = splitLinksAndPopular(text)
	// The words of an address (column, ren, ai of
	// http://ren-ai.jp/column/…) name a site's pages, not the subject.
	mainText = webAddress.ReplaceAllLiteralString(mainText, " ")
	// Nor do a byline's: a writer's articles are on many subjects. A
	// bracket closing the text is one too (…かもしれない。(栗頭渋子)), or
	// the outlet it cites.
	mainText = stripClosingCredit(byline.ReplaceAllLiteralString(mainText, " "))
	// A staff credit on a line of its own (記事執筆：…, PHOTO：…) likewise
	// counts but shows no reason: a site's writers write on its subjects,
	// and leaving the words of 記事執筆 lines out as a byline's took
	// livedoor's precision@5 by category from 0.8615 to 0.8594 (smax's
	// writers write smax's articles), but a writer's name says nothing of
	// why two articles are related.
	mainText, credits = splitCredits(mainText)
	// And the labels of a spec's or a giveaway's lines (要件：, 【応募方法】)
	// likewise: the site's form, which its articles share.
	mainText, labels := splitLabels(mainText)
	return mainText, credits + labels
}

// sourceKey is a 64-bit FNV-1a key of the title and the text a source's
// words are read from: kept words are used only for the text they were
// read from.
func sourceKey(title, text string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for _, s := range []string{title, "\x00", text} {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * prime
		}
	}
	return h
}

// sourceTerms is what relatedTerms reads of a source's analysis: each
// term of its title, marks, text and credits once, with its counts and
// what the analysis noted of it, and the runs of nouns. What is kept
// for an indexed article is this (see encodeSourceTerms), not the lists
// of its words in order: relatedTerms counts them and looks up only
// these terms, and the lists and maps in full had been four fifths of
// the kept bytes.
type sourceTerms struct {
	// content: the distinct content words of the text and its credits;
	// titleContent those of the title and its marks.
	content, titleContent int
	terms                 map[string]termNotes
	runs                  []analyzer.Run
}

// termNotes is what a source's analysis notes of one of its terms.
type termNotes struct {
	// body: occurrences in the text and its credits; title: in the
	// title and its editor's marks.
	body, title int
	// queried: in the title read as a query is; hidden: in an editor's
	// mark or a credit only, not in the title or the text.
	queried, hidden bool
	// See analyzer.Words.
	inflected, manner, name, piece bool
	// written: as the source first writes it; mark: the editor's mark
	// it first comes from; inside: the run of katakana it is written
	// in only ("" for none).
	written, mark, inside string
}

// terms returns what relatedTerms reads of s.
func (s *sourceWords) terms() *sourceTerms {
	st := &sourceTerms{content: s.content + s.creditContent, titleContent: s.titleContent,
		terms: make(map[string]termNotes, len(s.written)), runs: s.words.Runs}
	for _, l := range [][]string{s.body, s.credits} {
		for _, t := range l {
			n := st.terms[t]
			n.body++
			st.terms[t] = n
		}
	}
	for _, l := range [][]string{s.title, s.marks} {
		for _, t := range l {
			n := st.terms[t]
			n.title++
			st.terms[t] = n
		}
	}
	hidden := hiddenWords(append(slices.Clip(s.marks), s.credits...), s.title, s.body)
	queried := make(map[string]bool, len(s.titleQuery))
	for _, t := range s.titleQuery {
		queried[t] = true
	}
	for t, n := range st.terms {
		n.queried, n.hidden = queried[t], hidden[t]
		n.inflected, n.manner, n.name, n.piece = s.words.Inflected[t], s.words.Manner[t], s.words.Names[t], s.words.Pieces[t]
		n.written, n.mark, n.inside = s.written[t], s.markOf[t], s.words.Inside[t]
		st.terms[t] = n
	}
	return st
}

// hiddenWords returns the words of extra (an editor's mark, a credit)
// that neither title nor body has.
func hiddenWords(extra, title, body []string) map[string]bool {
	if len(extra) == 0 {
		return nil
	}
	out := map[string]bool{}
	for _, t := range extra {
		out[t] = true
	}
	for _, ts := range [][]string{title, body} {
		for _, t := range ts {
			delete(out, t)
		}
	}
	return out
}

// articleSourceWords returns the kept words of an article (see
// encodeSourceTerms) as articleDocument stores them. Its fields are
// analysed next, so the analysis lends them kagome's segmentation of the
// sentences they share (see analyzer.Lending): the import's second
// kagome pass over each article had cost it a third of its CPU.
func articleSourceWords(an *analyzer.Analyzer, a *Article) []byte {
	text := head(a.Body, relatedTextBytes)
	mainText, credits := sourceText(text)
	return encodeSourceTerms(analyseSource(an.Lending(), a.Title, mainText, credits).terms(), a.Title, text)
}

// keptTerms returns the words kept for a source (see encodeSourceTerms)
// when they were read from its title and text (whole, the beginning of
// its body) and none of its sentences is left out (unstripped); nil when
// the text must be analysed: a draft, an article indexed before the words
// were kept, or one read in another write than its words.
func keptTerms(kept []byte, title, whole string, unstripped bool) *sourceTerms {
	if len(kept) == 0 || !unstripped {
		return nil
	}
	st, err := decodeSourceTerms(kept, title, whole)
	if err != nil {
		return nil
	}
	return st
}

// relatedSource returns an indexed article and its kept words (nil when
// it has none).
func (ix *Index) relatedSource(ctx context.Context, id string) (Article, []byte, error) {
	doc, err := ix.document(ctx, id)
	if err != nil {
		return Article{}, nil, err
	}
	var kept []byte
	doc.VisitFields(func(f bindex.Field) {
		if f.Name() == fieldSourceWords {
			kept = f.Value()
		}
	})
	return docToArticle(id, doc), kept, nil
}
