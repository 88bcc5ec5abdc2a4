package analyzer

import (
	"sync"
	"sync/atomic"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Sharing kagome's segmentation between two analyses of one text. An
// index analyses an article's words for related articles (Lending's
// TermsAndContent) and then, for its fields, the same title and body
// (Analyze): two kagome passes over the same sentences, kagome's lattice
// being two thirds of an analysis's CPU. The first pass leaves each
// sentence's tokens here, keyed by the sentence as kagome read it (the
// folded text of a chunk, see walk), and the second takes them instead
// of segmenting the sentence again. kagome's tokens depend on that string
// alone, so what the second pass reads is what it would have computed; a
// sentence the two texts do not share (a byline left out of the related
// words' text, a body past their first 16 KB) is segmented as before.

// lentSentences bounds the sentences left and not yet taken: a sentence
// nobody takes (an article's analysis given up, a text the index does not
// analyse) just ages out. A livedoor article has about forty; sixteen
// kilobytes of text two hundred, and each core analyses one at a time.
const lentSentences = 1024

// lentTokens holds the tokens lending analyses left, by sentence.
type lentTokens struct {
	mu   sync.Mutex
	n    atomic.Int32 // entries in m: analyses skip the lock when none
	m    map[string][]tokenizer.Token
	ring [lentSentences]string
	next int
}

// put leaves toks, kagome's tokens of sentence.
func (l *lentTokens) put(sentence string, toks []tokenizer.Token) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.m == nil {
		l.m = make(map[string][]tokenizer.Token, lentSentences)
	}
	if _, ok := l.m[sentence]; ok {
		return
	}
	if old := l.ring[l.next]; old != "" {
		delete(l.m, old)
	}
	l.ring[l.next] = sentence
	l.next = (l.next + 1) % len(l.ring)
	l.m[sentence] = toks
	l.n.Store(int32(len(l.m)))
}

// take returns and forgets the tokens left for sentence.
func (l *lentTokens) take(sentence string) ([]tokenizer.Token, bool) {
	if l.n.Load() == 0 {
		return nil, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	toks, ok := l.m[sentence]
	if ok {
		// (Its ring slot, when reached, deletes nothing, or a later
		// entry of the same sentence: a miss, never another's tokens.)
		delete(l.m, sentence)
		l.n.Store(int32(len(l.m)))
	}
	return toks, ok
}

// lending is how an analysis shares kagome's segmentation of its
// sentences with the analyses after it.
type lending int

const (
	// borrow: take the tokens a lending analysis left for a sentence,
	// segment the others.
	borrow lending = iota
	// lend: segment every sentence and leave its tokens.
	lend
	// passOn: borrow, and leave each sentence's tokens, taken or
	// segmented, for the next analysis of the same text: the main
	// field's analysis of a text with kanji variants, whose reading view
	// segments the text with its variants folded (see Analyze), in
	// which every sentence without a variant reads as before.
	passOn
)

// segment returns kagome's search-mode tokens of sentence: those an
// analysis left (unless mode is lend), or kagome's; with lend or passOn it
// leaves them for the next analysis of the sentence. The tokens are read,
// never changed (walk's joins build new slices).
func (a *Analyzer) segment(sentence string, mode lending) []tokenizer.Token {
	if mode != lend {
		if toks, ok := a.lent.take(sentence); ok {
			if mode == passOn {
				a.lent.put(sentence, toks)
			}
			return toks
		}
	}
	toks := a.k.Analyze(sentence, tokenizer.Search)
	if mode != borrow {
		a.lent.put(sentence, toks)
	}
	return toks
}

// Lending is a view of an Analyzer whose analyses leave kagome's
// segmentation of each sentence for the next analysis of the same
// sentence to take (see above): an index's analysis of an article's
// words before it analyses the article's fields.
type Lending struct{ a *Analyzer }

// Lending returns the lending view of a.
func (a *Analyzer) Lending() Lending { return Lending{a: a} }

// TermsAndContent is Analyzer.TermsAndContent.
func (l Lending) TermsAndContent(text string, surfaces map[string]string, words *Words) (terms []string, content int) {
	return l.a.termsAndContent(text, surfaces, words, nil, lend)
}

// TermsContentAndQuery is Analyzer.TermsContentAndQuery.
func (l Lending) TermsContentAndQuery(text string, surfaces map[string]string, words *Words) (terms, query []string, content int) {
	query = []string{}
	terms, content = l.a.termsAndContent(text, surfaces, words, &query, lend)
	return terms, query, content
}
