package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// The words of the other script that sound like a query word: those whose
// skeleton is the word's, or for a Latin word the first word of a
// katakana compound (humanoid: ヒューマノイド of ヒューマノイドロボット);
// of a word the articles have, only what sounds nearer still or is one of
// its stated spellings; the nearest first.

// soundOutnumber: a word of the other script that sounds nearly like a
// query word that some articles have (within maxSoundDistanceSeen) is
// searched too when this many times as many articles have it.
const soundOutnumber = 3

// soundMargin: once a word of the other script sounds nearly the same as
// a query word, the others are searched too only when they sound at most
// this much farther.
const soundMargin = 0.1

// kanaLead is the first byte of every kana character in UTF-8 (U+3000 to
// U+3FFF): the sound terms of a skeleton's katakana words follow it.
const kanaLead = "\xe3"

// soundCandidates collects the words of the other script whose skeleton
// is one of s's, within s.limit in sound, with the live articles that
// have each.
func (c *compiler) soundCandidates(rc *readerCounter, s *soundLookup) {
	for _, k := range s.skels {
		if len(k) < minSoundClasses {
			continue
		}
		prefix := k + "="
		if s.latin {
			// Only the katakana words: a skeleton's Latin words sort first
			// (a to z before kanaLead), and a skeleton that many share
			// (KRS: class, cross, chris, …) had filled the look-up with
			// them, leaving out the katakana (glass had lost ガラス).
			prefix += kanaLead
		}
		for _, t := range rc.prefixed(prefix, fieldSound, 64) {
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

// soundPrefix is a katakana word's first part that sounds like a Latin
// word, and how far apart the two sound.
type soundPrefix struct {
	word     string
	distance float64
}

// minSoundPrefixClasses is the shortest skeleton looked up as the start
// of a compound.
const minSoundPrefixClasses = minSoundClasses + 1

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
				toks = c.tokens(word)
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
