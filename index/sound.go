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

// soundTerms returns the fieldSound terms of an article: its distinct
// Latin words of three or more letters with a vowel (not abbreviations:
// NHK, PQC) and katakana words of three or more characters.
func soundTerms(a *Article) []string {
	var out []string
	seen := map[string]bool{}
	add := func(word string, skels ...string) bool {
		for _, k := range skels {
			if len(k) < minSoundClasses {
				continue
			}
			t := k + "=" + word
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
		return len(out) < maxSoundPerArticle
	}
	for _, text := range []string{a.Title, a.Body} {
		for _, w := range soundWords(text) {
			var ok bool
			if isLower(w[0]) {
				ok = add(w, latinSkeletons(w)...) // (a pair with its space: see latinSkeletonBy)
			} else {
				// As written (パスキー, not the term パスキ): a query
				// analyses it as the article's text was.
				ok = add(w, kanaSkeleton(w))
			}
			if !ok {
				return out
			}
		}
	}
	return out
}

// soundWords returns the runs of Latin letters (3 to maxAkaLatin, with a
// vowel) and of katakana (3 to maxAkaKana runes) in text, folded (only
// the runs are: folding a whole body was half the cost). A name of
// katakana runs joined by middle dots (ティム・クック) is also one word,
// without the dots, as a reader types it in Latin letters (tim cook, one
// word by sound: its halves alone are too short to tell).
func soundWords(text string) []string {
	var out, pairs []string
	var name strings.Builder // the katakana runs of a dotted name so far
	dotted := false
	prev, prevEnd := "", -1 // the last Latin run and where it ended
	flush := func() {
		if w := name.String(); dotted && utf8.RuneCountInString(w) <= maxAkaKana {
			out = append(out, w)
		}
		name.Reset()
		dotted = false
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		class := soundClass(r)
		if class == 0 {
			if !isNameDot(r) || name.Len() == 0 || !nextIsKatakana(text[i+size:]) {
				flush()
			}
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if soundClass(r) != class {
				break
			}
			j += size
		}
		w := analyzer.Fold(text[i:j])
		dot := class == 'K' && name.Len() > 0 && isNameDot(lastRune(text[:i]))
		if class == 'L' {
			if p := latinPairWord(prev, w); p != "" && i == prevEnd+1 && text[prevEnd] == ' ' {
				pairs = append(pairs, p)
			}
			prev, prevEnd = w, j
		}
		i = j
		if class == 'K' {
			if !dot {
				flush()
			}
			dotted = dotted || dot
			name.WriteString(w)
		} else {
			flush()
		}
		switch n := utf8.RuneCountInString(w); {
		case class == 'L' && n >= 3 && n <= maxAkaLatin && strings.ContainsAny(w, "aeiouy"),
			class == 'K' && n >= 3 && n <= maxAkaKana && !strings.HasPrefix(w, "ー"):
			out = append(out, w)
		}
	}
	flush()
	return append(out, pairs...) // (after the words: an article's sound terms are bounded)
}

// latinPairWord returns two Latin words an article writes side by side
// with a space (Panther Lake, kobo Touch) as one word of the sound field,
// "panther lake": a reader types the name as one katakana word
// (パンサーレイク), which sounds like neither word alone. "" when either
// is shorter than two letters or has no vowel, or both are too long.
func latinPairWord(a, b string) string {
	if len(a) < 2 || len(b) < 2 || len(a)+len(b) > maxAkaLatin || !strings.ContainsAny(a, "aeiouy") || !strings.ContainsAny(b, "aeiouy") {
		return ""
	}
	return a + " " + b
}

// isNameDot reports whether r is the middle dot between the words of a
// katakana name, full or half width.
func isNameDot(r rune) bool { return r == '・' || r == '･' }

// nextIsKatakana reports whether s starts with katakana.
func nextIsKatakana(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return soundClass(r) == 'K'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// soundClass is 'L' for a Latin letter, 'K' for katakana (ー included),
// full or half width, and 0 for anything else.
func soundClass(r rune) byte {
	switch {
	case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', 'ａ' <= r && r <= 'ｚ', 'Ａ' <= r && r <= 'Ｚ':
		return 'L'
	case 'ァ' <= r && r <= 'ヺ', r == 'ー', 'ｦ' <= r && r <= 'ﾟ':
		return 'K'
	}
	return 0
}

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
	// A word some articles have as written is looked up too, for the
	// articles that write it the other way (スターシップ in most of an
	// archive's articles, Starship in some), but only what sounds nearly
	// the same: MRR@10 on the tech-news sets 0.959 → 0.961 and 0.976 →
	// 0.978, nDCG@10 of a blind set of 177 queries 0.911 → 0.925, for
	// about a twentieth more time per search.
	seen := c.df(analyzer.WordTerm(word))
	known := c.otherSpellings(word)
	c.sounded++
	limit := maxSoundDistance
	if seen > 0 {
		limit = maxSoundDistanceSeen
	}
	found := map[string]uint64{} // live articles with each word
	far := map[string]float64{}  // soundDistance of each word
	var others []string
	for _, k := range skels {
		if len(k) < minSoundClasses {
			continue
		}
		for _, t := range rc.prefixed(k+"=", fieldSound, 64) {
			other := strings.TrimPrefix(t, k+"=")
			if other == "" || isLower(other[0]) == latin {
				continue // the same script
			}
			if _, ok := far[other]; !ok {
				l, k := spoken, other
				if !latin {
					l, k = other, word // (a pair of words: panther lake)
				}
				far[other] = soundDistance(l, k)
				if singular != "" {
					far[other] = min(far[other], soundDistance(singular, k)) // drones: ドローン
				}
				if !firstSoundAgrees(l, k) {
					far[other] = limit + 1
				}
			}
			if far[other] > limit {
				continue
			}
			if n := rc.count(t, fieldSound); n > found[other] {
				if found[other] == 0 {
					others = append(others, other)
				}
				found[other] = n
			}
		}
	}
	if len(others) == 0 && latin {
		// Only the first word of a katakana compound (humanoid is
		// ヒューマノイド of ヒューマノイドロボット), told by a longer
		// skeleton than a whole word needs (jeita, ST, is no シード of
		// シードラウンド).
		var long []string
		for _, k := range skels {
			if len(k) >= minSoundPrefixClasses {
				long = append(long, k)
			}
		}
		for _, o := range c.soundPrefixes(rc, spoken, singular, long, limit) {
			far[o.word] = o.distance
			others = append(others, o.word)
		}
	}
	if seen >= rareName {
		// A word the articles have: only what sounds nearer still, and
		// when the synonyms or the articles give it other spellings, only
		// those (a spelling stated and sounding alike counts twice:
		// エクセル ranks the articles on Excel above passing mentions);
		// the rest sounds alike but is another word (Claude, stated
		// クロード, is no クラウド or カルテ).
		wt := analyzer.WordTerm(word)
		seenArticles := max(rc.count(wt, fieldBody), rc.count(wt, fieldTitle)) // (seen counts both)
		others = slices.DeleteFunc(others, func(o string) bool {
			if len(known) > 0 && !known[analyzer.WordTerm(o)] {
				return true
			}
			// Or what sounds nearly the same and many more articles
			// write, the typed word being another word of a few (クローム
			// of chrome plating in 6 articles, Chrome in 22; サーフェス,
			// Surface).
			return far[o] > maxSoundDistanceCommon && (far[o] > maxSoundDistanceSeen || found[o] < soundOutnumber*seenArticles)
		})
	} else if len(known) > 0 {
		// A word few articles have that the synonyms, the glossary or the
		// articles define: its spellings and what sounds nearly the same
		// (wedding, 結婚式 by the glossary, is ウェディング too), not what
		// only sounds alike (satellite, 衛星, had found ストリート of
		// ストリートファイター and ranked it first; hotel ホタル, drama
		// ドラム).
		others = slices.DeleteFunc(others, func(o string) bool {
			return !known[analyzer.WordTerm(o)] && far[o] > maxSoundDistanceCommon
		})
	}
	// The nearest in sound first, then the ones most articles use.
	slices.SortFunc(others, func(a, b string) int {
		return cmp.Or(cmp.Compare(far[a], far[b]), cmp.Compare(found[b], found[a]), strings.Compare(a, b))
	})
	if len(others) > 1 && far[others[0]] <= maxSoundDistanceSeen {
		// One sounds nearly the same: what sounds only roughly alike is
		// another word (tim cook is ティム・クック, not トモコ too).
		best := far[others[0]]
		others = slices.DeleteFunc(others, func(o string) bool { return far[o] > best+soundMargin })
	}
	if len(others) > 0 {
		if c.nearest == nil {
			c.nearest = map[string]soundNear{}
		}
		c.nearest[text] = soundNear{others[0], far[others[0]]}
	}
	var qs []query.Query
	looked := false // inside longer words (see below)
	for _, other := range others[:min(len(others), maxSoundAlts)] {
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
		if end, syns := c.syn.match(terms, 0); len(terms) > 0 && end == len(terms) && far[other] <= maxSoundDistanceCommon && (seen < rareName || namesWord(syns, word)) {
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
