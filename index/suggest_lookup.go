package index

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Looking keys up in the suggestion data: the best entries whose keys
// start with a prefix (memoised for short prefixes), the groups of
// prefixes of one typed word interleaved, and the order of entries.

// lookupGroups looks each group of prefixes up and interleaves the
// groups' best entries, the first group first; but the words, tags and
// titles of the first group that fewer than one in weakTyped as many
// articles use as the other groups' best (fujitsu of 3 articles beside
// 富士通 of 96; the tag YouTuber of one beside 予定 of 103) rank among
// the others by weakPenalty times their score: above the words
// fewer than that many articles use. Taking turns with the others put
// ren of 5 articles second, above 連続 of 401, and an author's handle
// (kamikura) third for ka; waiting for all the others lost names typed
// in Latin letters that commoner words outnumber; and the one title
// whose word jig.jp starts with ji had come before 自分 of 2,285.
func (si *suggestIndex) lookupGroups(groups [][]string, n int) []int32 {
	lists := make([][]int32, len(groups))
	for i, g := range groups {
		lists[i] = si.lookup(g, n)
	}
	var weak []int32
	if len(lists) > 1 {
		top := float32(0)
		for _, l := range lists[1:] {
			if len(l) > 0 {
				top = max(top, si.entries[l[0]].score)
			}
		}
		var strong []int32
		for _, e := range lists[0] {
			en := &si.entries[e]
			ratio := float32(weakTyped)
			if en.kind == kindTerm && isLatinWord(en.text) && strings.ToLower(en.text) == en.text {
				ratio = weakTypedWord
			}
			if en.kind != kindCategory && en.score*ratio < top {
				weak = append(weak, e)
			} else {
				strong = append(strong, e)
			}
		}
		lists[0] = strong
	}
	var out []int32
	seen := map[int32]bool{}
	for i := 0; len(out) < n; i++ {
		more := false
		for _, l := range lists {
			if i < len(l) {
				more = true
				if !seen[l[i]] {
					seen[l[i]] = true
					out = append(out, l[i])
				}
			}
		}
		if !more {
			break
		}
	}
	// A weak word goes after the first group's words with more articles
	// (those weak before it included: inserted best first, each had gone
	// above the one before it, y listing Yomuca of 4 articles first and
	// YouTube of 111 last), then above the first word whose score, its
	// penalty counted for a weak one, is below its own.
	isWeak := map[int32]bool{}
	for _, w := range weak {
		if seen[w] {
			continue
		}
		wScore := si.entries[w].score
		from := 0
		for i, e := range out {
			if (isWeak[e] || slices.Contains(lists[0], e)) && si.entries[e].score >= wScore {
				from = i + 1
			}
		}
		at := len(out)
		for i := from; i < len(out); i++ {
			en := &si.entries[out[i]]
			if score := en.score; en.kind == kindTerm {
				if isWeak[out[i]] {
					score *= weakPenalty
				}
				if score < wScore*weakPenalty {
					at = i
					break
				}
			}
		}
		out = slices.Insert(out, at, w)
		isWeak[w] = true
	}
	// (Past n: the caller may drop some entries as the same word as
	// another.)
	return out
}

// lookup returns up to n entries matching any of the prefixes, best
// first.
func (si *suggestIndex) lookup(prefixes []string, n int) []int32 {
	weight := map[int32]float32{} // of an entry's score: 1, or englishWeight
	var cand []int32
	for _, p := range prefixes {
		w := float32(1)
		p, vu := strings.CutPrefix(p, vuKey)
		p, foreign := strings.CutPrefix(p, foreignKey)
		p, kata := strings.CutPrefix(p, katakanaKey)
		if k, ok := strings.CutPrefix(p, englishKey); ok {
			p, w = k, englishWeight
		}
		written := strings.TrimSuffix(p, unfinished) // (katakana, as the entries write it)
		for _, m := range si.rangeBest(p) {
			e, w := m.entry, w*m.weight
			if vu && !strings.ContainsFunc(si.entries[e].text, katakanaOrLatin) {
				continue
			}
			if foreign && !strings.ContainsFunc(si.entries[e].text, katakanaOrLatin) {
				w *= foreignWeight
			}
			if kata && !strings.HasPrefix(si.entries[e].text, written) {
				w *= katakanaWeight
			}
			if old, ok := weight[e]; !ok {
				weight[e] = w
				cand = append(cand, e)
			} else if w > old {
				weight[e] = w
			}
		}
	}
	sort.SliceStable(cand, func(i, j int) bool {
		a, b := cand[i], cand[j]
		if sa, sb := si.entries[a].score*weight[a], si.entries[b].score*weight[b]; sa != sb {
			return sa > sb
		}
		return si.less(a, b)
	})
	if len(cand) > n {
		cand = cand[:n]
	}
	return cand
}

// englishKey marks a key of the long vowels an English spelling leaves
// out (see englishSpellings): the entries it finds rank at englishWeight
// of their score.
const (
	englishKey    = "\x02"
	englishWeight = 0.1
)

// foreignKey marks a key of kana with a foreign sound (see foreignSound):
// the entries it finds that have no katakana or Latin letter rank at
// foreignWeight of their score. It comes before englishKey.
const (
	foreignKey    = "\x03"
	foreignWeight = 0.01
)

// vuKey marks a key of kana with ヴ, which only words from other
// languages have: it finds no word without katakana or Latin letters
// (ゔい had offered 部位, read ブイ, and ゔいとん 部位 人間). It comes before
// foreignKey.
const vuKey = "\x05"

// katakanaKey marks a key of katakana as typed (see prefixes): the
// entries it finds that are not written so rank at katakanaWeight of
// their score. It comes after foreignKey.
const (
	katakanaKey    = "\x04"
	katakanaWeight = 0.2
)

func katakanaOrLatin(r rune) bool {
	return r >= 'ァ' && r <= 'ヺ' || r >= 'ｦ' && r <= 'ﾝ' || r < utf8.RuneSelf && unicode.IsLetter(r) || r >= 'Ａ' && r <= 'ｚ'
}

// less orders entries: higher score first, then shorter text.
func (si *suggestIndex) less(a, b int32) bool {
	ea, eb := &si.entries[a], &si.entries[b]
	if ea.score != eb.score {
		return ea.score > eb.score
	}
	if len(ea.text) != len(eb.text) {
		return len(ea.text) < len(eb.text)
	}
	return ea.text < eb.text
}

// weakTyped, weakPenalty: see lookupGroups. weakTypedWord is weakTyped
// for a word the articles write in lower-case Latin letters, English
// more than a name (get of 22 articles had come before ゲット of 97 for
// get, high before 東日本 for hig).
const (
	weakTyped     = 10
	weakTypedWord = 2
	weakPenalty   = 3
)

// memoRunes: prefixes up to this long are memoised when they match more
// than memoMinKeys keys: those are the slow ones, and there are at most
// len(keys)/memoMinKeys of them, however many distinct prefixes readers
// send (remembering every one let a client grow memory without end).
const (
	memoRunes   = 2
	memoMinKeys = 256
	keepBest    = MaxSuggestSize * 2
)

// unfinished ends a prefix whose last kana stands for a syllable still
// being typed (the キ of "tok" may be キョ or キャ): it matches no entry
// keyed exact (時 is トキ, but "tok" has not asked for トキ).
const unfinished = "\x01"

// keyMatch is an entry a prefix finds, and the weight of its score (1, or
// variantWeight when only weak keys find it).
type keyMatch struct {
	entry  int32
	weight float32
}

// rangeBest returns the best entries whose keys start with p.
func (si *suggestIndex) rangeBest(p string) []keyMatch {
	memoKey := p
	p, partial := strings.CutSuffix(p, unfinished)
	short := utf8.RuneCountInString(p) <= memoRunes
	if short {
		if v, ok := si.memo.Load(memoKey); ok {
			return v.([]keyMatch)
		}
	}
	lo := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= p })
	at := map[int32]int{} // entry: its place in top
	var top []keyMatch
	better := func(a, b keyMatch) bool {
		if sa, sb := si.entries[a.entry].score*a.weight, si.entries[b.entry].score*b.weight; sa != sb {
			return sa > sb
		}
		return si.less(a.entry, b.entry)
	}
	cut := func(n int) {
		sort.Slice(top, func(a, b int) bool { return better(top[a], top[b]) })
		if len(top) > n {
			top = top[:n]
		}
		clear(at)
		for k, m := range top {
			at[m.entry] = k
		}
	}
	i := lo
	for ; i < len(si.keys) && strings.HasPrefix(si.keys[i].key, p); i++ {
		k := &si.keys[i]
		if k.exact && (partial || k.key != p) {
			continue
		}
		w := float32(1)
		if k.weak {
			w = variantWeight
		}
		if n, ok := at[k.entry]; ok {
			top[n].weight = max(top[n].weight, w)
			continue
		}
		at[k.entry] = len(top)
		top = append(top, keyMatch{k.entry, w})
		if len(top) > 4*keepBest {
			cut(keepBest)
		}
	}
	cut(keepBest)
	if short && i-lo > memoMinKeys {
		si.memo.Store(memoKey, top)
	}
	return top
}
