package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// Names by sound across scripts. A reader types スターシップ for the
// articles that write Starship, or deepseek for those that write
// ディープシーク, and no synonym list or article states the pair (see
// aka.go for the pairs articles state). Each article indexes, in the
// keyword field sound, "SKELETON=word" for every Latin and katakana word
// it has, where SKELETON is the word's consonant classes (akasound.go);
// a Latin word has one term per reading of its spelling (server: SRBR
// and SB). A query word looks its own skeleton up by prefix and searches
// for the words of the other script that sound alike, vowels and all
// (soundvowels.go), the nearest first; nearly alike only, when articles
// have the word as written. This file looks a word up; the words that
// sound like it are found in sound_candidates.go and searched for as
// sound_queries.go says, the terms an article indexes in sound_terms.go.

// fieldSound holds the skeleton=word terms of an article's words.
const fieldSound = "sound"

// rareName: a Latin or katakana word fewer articles have may be written
// the other way in the rest (one article writes アーム, the others Arm).
const rareName = 3

const (
	maxSoundPerArticle = 256 // sound terms an article indexes
	minSoundClasses    = 3   // shorter skeletons match too many words (テスト, taste, toast)
	maxSoundAlts       = 3   // words of the other script a query word is searched under
	maxSoundWords      = 8   // words of one query looked up by sound
)

// maxSoundDistancePair is maxSoundDistance for two Latin words that
// articles have apart but never together, as one name (bill gates,
// ビル・ゲイツ 0.23 by its singular; not flying car, フィーリング).
const maxSoundDistancePair = 0.25

// soundNear is the word of the other script that sounds nearest to a
// query word, and how far apart they sound.
type soundNear struct {
	word     string
	distance float64
}

// maxInsideDF: a spelling at least this many articles have alone is not
// looked for inside longer words too.
const maxInsideDF = 50

// soundAlt matches a Latin or katakana word by the words of the other
// script that sound alike (スターシップ finds Starship), weighed like a
// spelling an edit away; within maxSoundDistanceSeen when articles have
// the word as written. Kana typed before conversion counts as katakana.
// nil when the word is too short to tell by sound, or nothing sounds like
// it.
func (c *compiler) soundAlt(text string) query.Query {
	return memoized(&c.sounds, text, c.lookUpSound) // (latinPair may have asked: world cup)
}

// lookUpSound is soundAlt without the memo.
func (c *compiler) lookUpSound(text string) query.Query {
	rc, ok := c.tc.(*readerCounter)
	if !ok || c.sounded >= maxSoundWords {
		return nil
	}
	s := soundWord(text)
	if s == nil {
		return nil
	}
	// A word some articles have as written is looked up too, for the
	// articles that write it the other way (スターシップ in most of an
	// archive's articles, Starship in some), but only what sounds nearly
	// the same: MRR@10 on the tech-news sets 0.959 → 0.961 and 0.976 →
	// 0.978, nDCG@10 of a blind set of 177 queries 0.911 → 0.925, for
	// about a twentieth more time per search.
	s.seen = c.df(analyzer.WordTerm(s.word))
	s.known = c.otherSpellings(s.word)
	c.sounded++
	s.limit = maxSoundDistance
	if s.seen > 0 {
		s.limit = maxSoundDistanceSeen
	}
	s.found = map[string]uint64{}
	s.far = map[string]float64{}
	c.soundCandidates(rc, s)
	c.keepSpellings(rc, s)
	s.nearestFirst()
	if len(s.others) > 0 {
		if c.nearest == nil {
			c.nearest = map[string]soundNear{}
		}
		c.nearest[text] = soundNear{s.others[0], s.far[s.others[0]]}
	}
	return c.soundQueries(s)
}

// soundLookup is one word on its way through lookUpSound.
type soundLookup struct {
	word     string   // folded; a Latin name of two words run together
	spoken   string   // what is sounded out, a name of two words with its space (see latinSkeletonBy)
	skels    []string // the sound skeletons looked up
	singular string   // an English plural's singular, sounded out too
	latin    bool     // the word is Latin letters (and looks up katakana)

	seen   uint64          // df of the word as written
	known  map[string]bool // its spellings by the synonyms, the glossary, the articles
	limit  float64         // the farthest soundDistance kept
	found  map[string]uint64
	far    map[string]float64 // soundDistance of each word
	others []string           // the words of the other script that sound alike
}

// soundWord returns text as a word to sound out, with its skeletons; nil
// when it is too short or too long to tell by sound, or no word of one
// script.
func soundWord(text string) *soundLookup {
	word := analyzer.Fold(text)
	spoken := word // what is sounded out, a name of two words with its space (see latinSkeletonBy)
	if joined := strings.ReplaceAll(word, " ", ""); joined != word && isLatinWord(joined) {
		spoken = strings.Join(strings.Fields(word), " ")
		word = joined // (world cup sounds as one word: ワールドカップ)
	}
	var skels []string
	singular := ""
	latin := isLatinWord(word) && !strings.ContainsFunc(word, func(r rune) bool { return r >= '0' && r <= '9' })
	switch {
	case latin && !strings.ContainsAny(word, "aeiouy"):
		return nil // no word to sound out (zzqx had found セックス): letters, if anything
	case latin && len(word) >= 3 && len(word) <= maxAkaLatin:
		skels = latinSkeletons(spoken)
		if strings.HasSuffix(word, "m") {
			// A final m that katakana writes ン (capcom カプコン), as well
			// as ム (qualcomm クアルコム).
			for _, k := range skels {
				if n := strings.TrimSuffix(k, "M"); n != k && !strings.HasSuffix(n, "N") && !slices.Contains(skels, n+"N") {
					skels = append(skels, n+"N")
				}
			}
		}
		if s, ok := strings.CutSuffix(spoken, "s"); ok && len(s) >= 4 && !strings.ContainsAny(s[len(s)-1:], "siu") {
			// English plurals: katakana writes the singular
			// (olympics is オリンピック; rapidus and virus are one).
			singular = s
			for _, k := range latinSkeletons(singular) {
				if !slices.Contains(skels, k) {
					skels = append(skels, k)
				}
			}
		}
	case analyzer.IsKana(word) && utf8.RuneCountInString(word) >= 3 && utf8.RuneCountInString(word) <= maxAkaKana:
		word = analyzer.ToKatakana(word)
		if !strings.ContainsFunc(word, isKatakanaLetter) || strings.ContainsFunc(word, func(r rune) bool { return !isKatakanaLetter(r) && r != 'ー' }) {
			return nil
		}
		skels = []string{kanaSkeleton(word)}
	default:
		return nil
	}
	return &soundLookup{word: word, spoken: spoken, skels: skels, singular: singular, latin: latin}
}

// otherSpellings returns the terms of the other spellings the synonym
// list and the articles give word (see aka.go), nil when there are none.
func (c *compiler) otherSpellings(word string) map[string]bool {
	out := map[string]bool{}
	terms := c.terms(word)
	if end, syns := c.syn.match(terms, 0); len(terms) > 0 && end == len(terms) {
		for _, s := range syns {
			out[analyzer.WordTerm(s.text)] = true
		}
	}
	for _, o := range c.akaOthers(analyzer.WordTerm(word)) {
		out[analyzer.WordTerm(o)] = true
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
