package index

import (
	"cmp"
	"context"
	"slices"
	"strings"

	bindex "github.com/blevesearch/bleve_index_api"

	"sagasu/analyzer"
)

// The words of a field's term dictionary that are suggestible: counted
// against the live postings where the dictionary may overcount (the words
// of deleted articles stay listed until segments merge), analysed once
// (see wordInfo), and spelled as the articles or the user dictionary
// write them; and the walk through a dictionary, which the labels take
// too.

// dictionary adds the words of a field's term dictionary that are in
// enough articles, with their article counts. A dictionary still lists
// the words of deleted articles until segments merge, so small counts are
// checked against the live postings.
func (b *sugBuilder) dictionary(ctx context.Context, field string) error {
	return b.eachTerm(ctx, field, func(e *bindex.DictEntry, tc *readerCounter) error {
		count := e.Count
		if e.Term == analyzer.AgeMark {
			return nil // the analyzer's mark of an age, no word (not looked up)
		}
		if count < b.minDocs && b.terms[e.Term] == nil {
			return nil // (the live count is no more: a word of one body, not looked up)
		}
		if count < suggestCheckBelow && b.terms[e.Term] == nil && b.tail >= b.tailWords() && !b.ix.analysedWord(e.Term) {
			b.untried = true // (before its count is looked up: see maxTailWords)
			return nil
		}
		if count < suggestCheckBelow || b.dirty[e.Term] {
			count = tc.count(e.Term, field)
			if b.dirty[e.Term] && count != e.Count {
				b.stale[e.Term] = true
			}
		}
		if s := b.terms[e.Term]; s != nil {
			if b.fragment(e.Term) && !b.ix.standsAlone(tc, e.Term, count, field) {
				return nil // counted by its titles alone, not by the longer words
			}
			s.count = max(s.count, int(count))
			s.inDict = true
			scaleSurfaces(s)
			info := b.ix.wordInfo(e.Term)
			if info.weakPrefix && katakanaWord(e.Term) {
				s.weakPrefix = true // the voiced half of compounds, in titles too (see voicedPiece)
			}
			if info.joined {
				// A run the index joins, which a title joined too (長友|佑|都
				// reads ナガトモタスクト piece by piece): also found by the
				// readings the index gives it whole (ナガトモユウト).
				for _, r := range append([]string{info.reading}, info.others...) {
					if r != "" && r != s.reading && !slices.Contains(s.others, r) {
						s.others = append(s.others, r)
					}
				}
			} else if s.others == nil {
				s.others = info.others
			}
			if s.variants == nil {
				s.variants = info.variants
			}
			return nil
		}
		if count < b.minDocs || b.fragment(e.Term) && !b.ix.standsAlone(tc, e.Term, count, field) || b.ix.partOnly(tc, e.Term, count, field) {
			return nil
		}
		if count < suggestCheckBelow && !b.ix.analysedWord(e.Term) {
			if b.tail >= b.tailWords() {
				b.untried = true
				return nil
			}
			b.tail++
		}
		info := b.ix.wordInfo(e.Term)
		if !info.content || (info.joined || info.single || info.weakPrefix) && count < suggestMinJoinedDocs || info.joined && b.suffixStart(e.Term) {
			return nil
		}
		if count < suggestMinDocs && !info.dict {
			return nil // in one body of a small index: a word the dictionaries know, not ホゲホゲ
		}

		surface := withIterationMark(e.Term) // 時時 is 時々 as written
		if info.joined || info.long || katakanaRun(e.Term) >= 3 && !katakanaWord(e.Term) && !strings.ContainsFunc(e.Term, isASCIILetter) {
			// (And a compound of kanji that ends in katakana, which the
			// user dictionary may spell otherwise than the articles:
			// 再生可能エネルギー, 量子コンピュータ. One with Latin
			// letters is spelled as the dictionary has it: Googleマップ.)
			surface = withIterationMark(b.ix.longSpelling(tc, e.Term, count)) // 佐佐木|希 is 佐々木希
		} else if s := b.ix.dictSpelling(e.Term); s != "" {
			surface = s // nvidia is NVIDIA
		} else if isLatinWord(e.Term) {
			// (A Latin word only: a word of kanji keeps its 々, 様々,
			// not the term 様様, which caseSpelling had given back.)
			surface = b.ix.caseSpelling(tc, e.Term, count, field, &b.cased) // ceo is CEO
			if surface == "" {
				return nil // (memn of memn0ck: see caseSpelling)
			}
		}
		// The spelling weighs as many articles as have it, against a
		// spelling of the same word in titles (メガネ in bodies, 眼鏡 in a
		// few titles).
		b.terms[e.Term] = &termStat{surfaces: map[string]float64{surface: float64(count)}, reading: info.reading, others: info.others, variants: info.variants, count: int(count), joined: info.joined, single: info.single, weakPrefix: info.weakPrefix, inflected: info.inflected}
		return nil
	})
}

// tailWords is maxTailWords, or what a test set in its place.
func (b *sugBuilder) tailWords() int {
	return cmp.Or(b.ix.sug.tailWords, maxTailWords)
}

// eachTerm calls fn for each term of a field's dictionary, with a counter
// of live postings, until fn fails or ctx ends.
func (b *sugBuilder) eachTerm(ctx context.Context, field string, fn func(*bindex.DictEntry, *readerCounter) error) error {
	d, err := b.ix.b.FieldDict(field)
	if err != nil {
		return err
	}
	defer d.Close()
	tc := &readerCounter{ctx: ctx, ix: b.ix.b}
	defer tc.close()
	for n := 0; ; n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		e, err := d.Next()
		if err != nil || e == nil {
			return err
		}
		if err := fn(e, tc); err != nil {
			return err
		}
	}
}
