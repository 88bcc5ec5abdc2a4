package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
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
// have the word as written.

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

// soundOutnumber: a word of the other script that sounds nearly like a
// query word that some articles have (within maxSoundDistanceSeen) is
// searched too when this many times as many articles have it.
const soundOutnumber = 3

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

// soundMargin: once a word of the other script sounds nearly the same as
// a query word, the others are searched too only when they sound at most
// this much farther.
const soundMargin = 0.1

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

// soundCandidates collects the words of the other script whose skeleton
// is one of s's, within s.limit in sound, with the live articles that
// have each.
func (c *compiler) soundCandidates(rc *readerCounter, s *soundLookup) {
	for _, k := range s.skels {
		if len(k) < minSoundClasses {
			continue
		}
		for _, t := range rc.prefixed(k+"=", fieldSound, 64) {
			other := strings.TrimPrefix(t, k+"=")
			if other == "" || isLower(other[0]) == s.latin {
				continue // the same script
			}
			if _, ok := s.far[other]; !ok {
				l, k := s.spoken, other
				if !s.latin {
					l, k = other, s.word // (a pair of words: panther lake)
				}
				s.far[other] = soundDistance(l, k)
				if s.singular != "" {
					s.far[other] = min(s.far[other], soundDistance(s.singular, k)) // drones: ドローン
				}
				if !firstSoundAgrees(l, k) {
					s.far[other] = s.limit + 1
				}
			}
			if s.far[other] > s.limit {
				continue
			}
			if n := rc.count(t, fieldSound); n > s.found[other] {
				if s.found[other] == 0 {
					s.others = append(s.others, other)
				}
				s.found[other] = n
			}
		}
	}
	if len(s.others) == 0 && s.latin {
		// Only the first word of a katakana compound (humanoid is
		// ヒューマノイド of ヒューマノイドロボット), told by a longer
		// skeleton than a whole word needs (jeita, ST, is no シード of
		// シードラウンド).
		var long []string
		for _, k := range s.skels {
			if len(k) >= minSoundPrefixClasses {
				long = append(long, k)
			}
		}
		for _, o := range c.soundPrefixes(rc, s.spoken, s.singular, long, s.limit) {
			s.far[o.word] = o.distance
			s.others = append(s.others, o.word)
		}
	}
}

// keepSpellings keeps, of what sounds like a word articles have, only what
// sounds nearer still or is one of its stated spellings.
func (c *compiler) keepSpellings(rc *readerCounter, s *soundLookup) {
	if s.seen >= rareName {
		// A word the articles have: only what sounds nearer still, and
		// when the synonyms or the articles give it other spellings, only
		// those (a spelling stated and sounding alike counts twice:
		// エクセル ranks the articles on Excel above passing mentions);
		// the rest sounds alike but is another word (Claude, stated
		// クロード, is no クラウド or カルテ).
		wt := analyzer.WordTerm(s.word)
		seenArticles := max(rc.count(wt, fieldBody), rc.count(wt, fieldTitle)) // (seen counts both)
		s.others = slices.DeleteFunc(s.others, func(o string) bool {
			if len(s.known) > 0 && !s.known[analyzer.WordTerm(o)] {
				return true
			}
			// Or what sounds nearly the same and many more articles
			// write, the typed word being another word of a few (クローム
			// of chrome plating in 6 articles, Chrome in 22; サーフェス,
			// Surface).
			return s.far[o] > maxSoundDistanceCommon && (s.far[o] > maxSoundDistanceSeen || s.found[o] < soundOutnumber*seenArticles)
		})
	} else if len(s.known) > 0 {
		// A word few articles have that the synonyms, the glossary or the
		// articles define: its spellings and what sounds nearly the same
		// (wedding, 結婚式 by the glossary, is ウェディング too), not what
		// only sounds alike (satellite, 衛星, had found ストリート of
		// ストリートファイター and ranked it first; hotel ホタル, drama
		// ドラム).
		s.others = slices.DeleteFunc(s.others, func(o string) bool {
			return !s.known[analyzer.WordTerm(o)] && s.far[o] > maxSoundDistanceCommon
		})
	}
}

// nearestFirst orders s.others nearest in sound first, then by the
// articles that use them, and drops what sounds only roughly alike when
// one sounds nearly the same.
func (s *soundLookup) nearestFirst() {
	slices.SortFunc(s.others, func(a, b string) int {
		return cmp.Or(cmp.Compare(s.far[a], s.far[b]), cmp.Compare(s.found[b], s.found[a]), strings.Compare(a, b))
	})
	if len(s.others) > 1 && s.far[s.others[0]] <= maxSoundDistanceSeen {
		// One sounds nearly the same: what sounds only roughly alike is
		// another word (tim cook is ティム・クック, not トモコ too).
		best := s.far[s.others[0]]
		s.others = slices.DeleteFunc(s.others, func(o string) bool { return s.far[o] > best+soundMargin })
	}
}

// soundQueries matches the nearest of s.others, each as the index has it
// (a term, inside longer words, a phrase), with its synonyms.
func (c *compiler) soundQueries(s *soundLookup) query.Query {
	var qs []query.Query
	looked := false // inside longer words (see below)
	for _, other := range s.others[:min(len(s.others), maxSoundAlts)] {
		c.spelledAs = append(c.spelledAs, other)
		terms := c.an.Terms(other)
		switch {
		case len(terms) == 1 && analyzer.IsKana(other) && c.df(terms[0]) == 0:
			// Only inside a longer word (エレクトロン of 東京エレクトロン).
			if bq := bigramQuery(other); bq != nil {
				qs = append(qs, bq)
			}
		case len(terms) == 1:
			tq := fieldsTerm(terms[0], alt(fuzzyBoost))
			qs = append(qs, tq)
			if bq := bigramQuery(other); bq != nil && analyzer.IsKana(other) && utf8.RuneCountInString(other) >= minInsideKana && !looked && c.df(terms[0]) < maxInsideDF {
				// And inside a longer word kagome keeps whole
				// (フィッシング of フィッシングサイト), in the articles
				// that do not have it alone, so none counts it twice;
				// not for a short word that ends many (セント of
				// パーセント). Once a query, and not for a word this
				// many articles have alone: the phrase of its
				// characters steps through every article with them
				// (smartphon, three spellings of スマートフォン: 30 ms,
				// smartphone 7 ms).
				looked = true
				inside := bleve.NewBooleanQuery()
				inside.AddMust(bq)
				inside.AddMustNot(tq)
				qs = append(qs, inside)
			}
		case len(terms) > 1 && analyzer.IsKana(other) && c.df(analyzer.WordTerm(other)) > 0 && !c.matchesSome(bigramQuery(other)):
			// A name the articles write with a middle dot (ティム・クック),
			// which the index joined as one term (its characters run on
			// in no article).
			qs = append(qs, fieldsTerm(analyzer.WordTerm(other), alt(fuzzyBoost)))
		case len(terms) > 1 && analyzer.IsKana(other):
			// The characters as written: alone kagome cuts the word
			// (チップ|レット) where in the articles it may not.
			if bq := bigramQuery(other); bq != nil {
				qs = append(qs, bq)
			} else {
				qs = append(qs, c.phrase(other, alt(fuzzyBoost)))
			}
		case len(terms) > 1:
			qs = append(qs, c.phrase(other, alt(fuzzyBoost)))
		}
		// And what the synonyms call it: humanoid is ヒューマノイド, and so
		// 人型ロボット; only for what sounds nearly the same (ラピタス, a
		// typo of ラピダス, sounds somewhat like robots, whose synonym
		// ロボット had found 73 articles beside the 24 on ラピダス).
		// For a word the articles have as typed, only the synonyms of one
		// that names it among them (manga => 漫画, マンガ for マンガ): what
		// only sounds like it is another word (ハンター, in 73 livedoor
		// articles, sounds as near to ホンダ, whose synonym 本田技研工業
		// had ranked a list of carmakers third; ザックジャパン found ザック・
		// エフロン).
		if end, syns := c.syn.match(terms, 0); len(terms) > 0 && end == len(terms) && s.far[other] <= maxSoundDistanceCommon && (s.seen < rareName || namesWord(syns, s.word)) {
			if q := c.synonymsQueryWeighted(syns, fuzzyBoost*synonymBoost); q != nil {
				qs = append(qs, q)
			}
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return disjunction(qs)
}

// namesWord reports whether one of syns is word, but for case and width.
func namesWord(syns []synonym, word string) bool {
	w := analyzer.WordTerm(word)
	return slices.ContainsFunc(syns, func(s synonym) bool { return analyzer.WordTerm(s.text) == w })
}

// otherSpellings returns the terms of the other spellings the synonym
// list and the articles give word (see aka.go), nil when there are none.
func (c *compiler) otherSpellings(word string) map[string]bool {
	out := map[string]bool{}
	terms := c.an.Terms(word)
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

// soundPrefix is a katakana word's first part that sounds like a Latin
// word, and how far apart the two sound.
type soundPrefix struct {
	word     string
	distance float64
}

// minSoundPrefixClasses is the shortest skeleton looked up as the start
// of a compound.
const minSoundPrefixClasses = minSoundClasses + 1

// minInsideKana is the shortest katakana word a sound alternative also
// finds inside longer katakana words.
const minInsideKana = 5

// maxSoundPrefixTerms bounds the sound terms read for the compounds a
// skeleton starts.
const maxSoundPrefixTerms = 128

// soundPrefixes returns the words that start katakana compounds whose
// skeleton starts with one of skels, as kagome cuts them (ヒューマノイド of
// ヒューマノイド|ロボット; ディスプ of ディスプレイ is no word), where the
// start sounds like the Latin word (or its singular) within limit, each
// start once.
func (c *compiler) soundPrefixes(rc *readerCounter, latin, singular string, skels []string, limit float64) []soundPrefix {
	var out []soundPrefix
	seen := map[string]bool{}
	cut := map[string][]analyzer.Token{} // each compound tokenised once
	for _, skel := range skels {
		for _, t := range rc.prefixed(skel, fieldSound, maxSoundPrefixTerms) {
			k, word, ok := strings.Cut(t, "=")
			if !ok || len(k) == len(skel) || word == "" || isLower(word[0]) {
				continue
			}
			toks, ok := cut[word]
			if !ok {
				toks = c.an.Tokens(word)
				cut[word] = toks
			}
			for _, tok := range toks {
				if tok.Class == "shingle" || tok.End >= len(word) {
					continue
				}
				p := word[:tok.End]
				if seen[p] || utf8.RuneCountInString(p) < 3 || kanaSkeleton(p) != skel {
					continue
				}
				seen[p] = true
				d := soundDistance(latin, p)
				if singular != "" {
					d = min(d, soundDistance(singular, p))
				}
				if d <= limit && firstSoundAgrees(latin, p) && rc.count(t, fieldSound) > 0 {
					out = append(out, soundPrefix{p, d})
				}
			}
		}
	}
	return out
}
