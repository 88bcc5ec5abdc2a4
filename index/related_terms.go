package index

import (
	"context"
	"math"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

// Related articles' words and candidates: the source's words that can
// relate it, weighed by tf-idf, and the pool of articles sharing the
// strongest of them that the similarity is then counted for.

// weightedTerm is a source word with its tf-idf weight.
type weightedTerm struct {
	term   string
	weight float64
	df     uint64 // articles with the word (body, or title when more)
	shown  string // as the source writes it (width folded): the reason shown; of the reasonTerms strongest only
	// listed: a word of the site's standard list of links (see
	// listShare), matched in the candidates' text only.
	listed bool
	// bodyDocs and linkDocs count the articles with the word in their
	// text and in their lists of links: similarity skips a field none has.
	bodyDocs, linkDocs uint64
	idf                float64   // ln(articles / df): the square root weighs a shared word
	runs               []termRun // runs of nouns the source writes the word in (see showReasons)
	// inflected: a verb or an adjective, by its base form
	inflected bool
	// name: a proper noun or a word of Latin letters (see nameWeight)
	name bool
	// piece: the source writes the word only as a piece of a longer
	// name or model number (see analyzer.Words.Pieces)
	piece bool
	// manner: an adjectival noun, an adverb or an adverbial noun (贅沢,
	// 思わず, 今回), shown as a verb is (see showReasons), counted as a noun
	manner bool
	// hidden: the source has the word only in an editor's mark or a
	// staff credit, which count but are no reason shown (but the mark)
	hidden bool
	mark   string // the editor's mark of the title the word is in (【話題】)
	// titled: in the source's title; queried: in its title read as a
	// query is (see titleTerms)
	titled, queried bool
	// inside: the run of katakana the source writes the word in, when
	// only there (リビアン for リビア; see analyzer.Words.Inside)
	inside string
}

// relatedTerms returns the source's words that can relate it, strongest
// (tf-idf) first, or none when the body is too short to relate. kept is
// the source's kept words (fieldSourceWords; nil for a draft), read
// instead of analysing its text when they are of the text read here.
func (ix *Index) relatedTerms(ctx context.Context, a *Article, kept []byte) []weightedTerm {
	n, err := ix.b.DocCount()
	if err != nil || n == 0 {
		return nil
	}
	tc := &readerCounter{ctx: ctx, ix: ix.b, shared: ix.df.at(n)}
	defer tc.close()
	self := uint64(0)
	if a.ID != "" {
		self = 1 // the source's own occurrence
	}
	// Sentences that other articles repeat say what a series or a site
	// writes every time, not what this article is about.
	whole := head(a.Body, relatedTextBytes)
	text := stripRepeated(tc, whole, self)
	mainText, credits := sourceText(text)
	st := keptTerms(kept, a.Title, whole, len(text) == len(whole))
	if st == nil {
		st = analyseSource(ix.an, a.Title, mainText, credits).terms()
	}
	content := st.content
	// A programme the text cites by its broadcast (日本テレビ「Going!
	// Sports＆News」では) is where a story was told, not what it is about:
	// its Latin words are no names (twice the weight) unless the title
	// or the rest of the text writes them too (see below).
	cited := programmeWords(ix.an, mainText)
	switch {
	case a.ID == "":
		// A draft may have a title and no body yet.
		if content+st.titleContent < minDraftWords {
			return nil
		}
	case content < minBodyWords:
		if _, both := ix.an.TermsAndContent(a.Title+"\n"+mainText, map[string]string{}, nil); both < minHeadlineWords {
			return nil // too little text to relate ("MIWA ROCK!!")
		}
	}
	runsOf := termRuns(st.runs)
	// tf: a word's occurrences in the text, each in the title counting
	// titleWeight.
	tf := func(n termNotes) float64 { return float64(n.body) + titleWeight*float64(n.title) }
	for t, c := range cited {
		if n := st.terms[t]; n.title > 0 || tf(n) > c {
			delete(cited, t) // written elsewhere too
		}
	}
	var out []weightedTerm
	for t, nt := range st.terms {
		if !telling(t) || nt.hidden && statusMark(nt.mark) {
			continue
		}
		f := tf(nt)
		df := tc.count(t, fieldBody)
		bodyDocs := df
		if df <= self {
			if df = max(df, tc.count(t, fieldTitle)); df <= self {
				continue
			}
		}
		if float64(df) > max(maxDocShare*float64(n), minCommonDocs) {
			continue
		}
		linkDocs := tc.count(t, fieldLinks)
		listed := float64(linkDocs) > max(listShare*float64(n), minListDocs)
		w := (1 + math.Log(f)) * math.Log(float64(n)/float64(df))
		if nt.inflected {
			w *= inflectedWeight
		}
		out = append(out, weightedTerm{term: t, weight: w, df: df,
			listed: listed, bodyDocs: bodyDocs, linkDocs: linkDocs,
			idf: math.Log(float64(n) / float64(df)), runs: runsOf[t], inflected: nt.inflected, titled: nt.title > 0, queried: nt.queried, piece: nt.piece, hidden: nt.hidden, mark: nt.mark, manner: nt.manner, inside: nt.inside,
			name: (nt.name || len(t) >= 3 && isLatinWord(t) && latinName(nt.written)) && cited[t] == 0})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].weight != out[j].weight {
			return out[i].weight > out[j].weight
		}
		return out[i].term < out[j].term
	})
	// Only the strongest are shown as reasons (see shareWord): folding
	// the spelling of every word was a twentieth of the words' time.
	for i := range out[:min(len(out), reasonTerms)] {
		out[i].shown = shownSpelling(out[i].term, st.terms[out[i].term].written)
	}
	return out
}

// programmeWords returns the words of the names of the programmes text
// cites (see citedProgrammes), each with the number of times the names
// have it.
func programmeWords(an *analyzer.Analyzer, text string) map[string]float64 {
	names := citedProgrammes(text)
	if len(names) == 0 {
		return nil
	}
	out := map[string]float64{}
	for _, n := range names {
		for _, t := range an.Terms(n) {
			out[t]++
		}
	}
	return out
}

// latinName reports whether a word of Latin letters, as the source
// writes it, may be a name: a capital or a digit in it (iPhone, NVIDIA,
// Pixel, A5X), not all lower case (sale, new, the reg of &reg;, the type
// of a credit line's @type: English words and credits, which had counted
// twice as names; livedoor's precision@5 by category 0.8612 → 0.8611).
func latinName(written string) bool {
	return strings.ContainsFunc(written, func(r rune) bool {
		return 'A' <= r && r <= 'Z' || 'Ａ' <= r && r <= 'Ｚ' || '0' <= r && r <= '9' || '０' <= r && r <= '９'
	})
}

// shownSpelling is how a reason is shown: as the source writes the word
// (iPhone, タクシー, 生成AI), width folded, when it differs from the term
// only by width, case or a final ー; the term otherwise (a verb's base
// form, 生まれる for 生まれ).
func shownSpelling(term, written string) string {
	if w := norm.NFKC.String(written); w != "" && analyzer.WordTerm(w) == term {
		return w
	}
	return term
}
