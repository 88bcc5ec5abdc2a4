package index

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	bindex "github.com/blevesearch/bleve_index_api"

	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

// Building the suggestion data from the index.
const (
	// suggestTitles: the newest articles whose titles are suggestible and
	// whose words count with their recency.
	suggestTitles = 5000
	// suggestMinDocs: a word only in bodies must be in this many articles
	// (a word in one body of thousands is mostly a name in passing or a
	// slip), unless the index has fewer than suggestSmallIndex: a small
	// site's readers type the words of its one article on a subject too
	// (介護, in one of the sample's bodies, had not been offered, even
	// typed whole).
	suggestMinDocs    = 2
	suggestSmallIndex = 2000
	// suggestHalfLife: a title word counts half as much at this age
	// (relative to the newest article).
	suggestHalfLife = 180 * 24 * time.Hour
	// suggestKeyRunes bounds a key; prefixes are shorter.
	suggestKeyRunes = 24
	// suggestCheckBelow: dictionary counts below this are checked.
	suggestCheckBelow = 10
	// titleWordWeight is what a recent title occurrence adds to a word's
	// score on top of its article count.
	titleWordWeight = 3
	// suggestMinJoinedDocs: a run of words the analyzer joined (独|女,
	// 本田|圭|佑) must be in this many articles to be a word readers look
	// for, not a chance neighbourhood.
	suggestMinJoinedDocs = 3
)

// termStat accumulates one suggestible word.
type termStat struct {
	surfaces map[string]float64 // original spellings and their weight
	reading  string
	others   []string  // more readings to find it by
	variants []variant // see wordInfo
	joined   bool      // see wordInfo
	// parts are the terms of a compound a title joined (携帯|電話), to
	// count the articles whose bodies have it (see compoundCounts);
	// inDict, that the index holds it as one term and counted it.
	parts  []string
	inDict bool
	// honorific are its readings with the お or ご titles write before
	// it (オサイフケータイ), which the index drops.
	honorific  []string
	single     bool // see wordInfo: keyed exact
	weakPrefix bool // see wordInfo
	count      int
	recent     float64
}

type sugBuilder struct {
	ix      *Index
	english map[string]bool // see suggestIndex.english
	terms   map[string]*termStat
	entries []sugEntry
	keys    []sugKey
	dirty   map[string]bool // words of deleted articles: counted live
	cased   int             // words looked up by caseSpelling
	stale   map[string]bool // those the dictionary still overcounts
	// inside and alone count the titles that have a katakana word as a
	// piece of a longer one (フォン of スマートフォン, トリビューション of
	// ディス|トリビューション), or a single kanji as a suffix or a piece of
	// joined words (員 of 会社員, 独 of 独女), and on its own (see
	// fragment).
	inside, alone map[string]int
	// suffix and free count the titles that have a single kanji as a
	// suffix (県 of 熊本県) and otherwise (see suffixStart).
	suffix, free map[string]int
	// dictReadings caches the dictionary's readings of title words.
	dictReadings map[string][]string
	// aliases: see suggestIndex; aliasOf, the stat each spelling went
	// into (mergeScripts), until its entry's text is known.
	aliases map[string]string
	latin   map[int32]latinSpelling // see suggestIndex
	// unshown: see suggestIndex.
	unshown map[string][]string
	aliasOf map[string]*termStat
	// minDocs is suggestMinDocs, or 1 in a small index.
	minDocs uint64
	// uncounted: see suggestIndex.
	uncounted bool
}

// fragment reports whether term is a katakana word the titles have
// mostly as a piece of longer ones: no word to offer (ふ is no フォン),
// however many articles have the longer word.
func (b *sugBuilder) fragment(term string) bool {
	n := b.inside[term]
	return n >= minFragmentTitles && n > fragmentRatio*b.alone[term]
}

// suffixStart reports whether term starts with a kanji the titles have
// mostly as a suffix (県 of 熊本県, 体 of 積|体, 日 of 17日): a run the
// index joined across the end of a word (熊本|県|菊陽|町 has 県菊陽町), no
// word.
func (b *sugBuilder) suffixStart(term string) bool {
	r, size := utf8.DecodeRuneInString(term)
	if !isHan(r) || size == len(term) {
		return false
	}
	k := term[:size]
	if b.suffix[k] < minFragmentTitles || b.suffix[k] <= fragmentRatio*b.free[k] {
		return false
	}
	// The kanji must be a word of the run (長 of 長友|佑|都 is not), and
	// no country beside others (日 of 日|米).
	toks := b.ix.an.Tokens(term)
	if countryPair(indexed(toks)) {
		return false
	}
	for _, t := range toks {
		if t.Class != "shingle" {
			return t.Surface == k
		}
	}
	return false
}

// A katakana word in at least minFragmentTitles titles as a piece, and
// in more than fragmentRatio times as many as on its own, is a fragment.
const (
	minFragmentTitles = 2
	fragmentRatio     = 3
)

// katakanaWord reports whether s is katakana letters (and ー) only.
func katakanaWord(s string) bool {
	return strings.ContainsFunc(s, isKatakanaLetter) && !strings.ContainsFunc(s, func(r rune) bool { return !isKatakanaLetter(r) && r != 'ー' })
}

// pieces returns, for each of toks (a title's tokens), whether it is a
// katakana word that is a piece of a longer one: a part of a compound,
// or beside another katakana word with nothing between.
func pieces(toks []analyzer.Token) []bool {
	out := make([]bool, len(toks))
	prev := -1 // the last word that is no part or shingle
	for i, t := range toks {
		if t.Class == "shingle" || !katakanaWord(t.Surface) {
			if t.Class != "part" && t.Class != "shingle" {
				prev = -1
			}
			continue
		}
		if t.Class == "part" {
			out[i] = true
			continue
		}
		if prev >= 0 && toks[prev].End == t.Start {
			out[i], out[prev] = true, true
		}
		prev = i
	}
	return out
}

func newSugBuilder(ix *Index) *sugBuilder {
	minDocs := uint64(suggestMinDocs)
	if n, err := ix.b.DocCount(); err == nil && n < suggestSmallIndex {
		minDocs = 1
	}
	return &sugBuilder{ix: ix, terms: map[string]*termStat{}, stale: map[string]bool{},
		inside: map[string]int{}, alone: map[string]int{}, suffix: map[string]int{}, free: map[string]int{},
		minDocs: minDocs}
}

// buildSuggest makes a fresh snapshot of everything suggestible.
func (ix *Index) buildSuggest(ctx context.Context) (*suggestIndex, error) {
	start := time.Now()
	b := newSugBuilder(ix)
	b.dirty = ix.sug.takeDirty()
	built := false
	used := ix.sug.startUse()
	defer func() { ix.sug.pruneUnused(used, built) }()
	defer func() {
		// For the next rebuild: every word when this one failed, else
		// those the term dictionary still overcounts (until segments
		// merge, a rebuild after any write would read its count again).
		if !built {
			ix.sug.markDirty(b.dirty)
		} else {
			ix.sug.markDirty(b.stale)
		}
	}()
	if err := b.titles(ctx); err != nil {
		return nil, err
	}
	for _, field := range []string{fieldBody, fieldTitle} {
		if err := b.dictionary(ctx, field); err != nil {
			return nil, err
		}
	}
	if err := b.compoundCounts(ctx); err != nil {
		return nil, err
	}
	b.dropPartialJoins()
	b.mergeTerms()
	for _, kf := range []struct{ kind, field string }{{kindCategory, fieldCategory}, {kindTag, fieldTags}} {
		if err := b.labels(ctx, kf.kind, kf.field); err != nil {
			return nil, err
		}
	}
	b.englishKeys(ix.syn)
	sort.Slice(b.keys, func(i, j int) bool { return b.keys[i].key < b.keys[j].key })
	si := &suggestIndex{entries: b.entries, keys: b.keys, aliases: b.aliases, latin: b.latin, unshown: b.unshown, english: b.english, built: time.Now(), took: time.Since(start), uncounted: b.uncounted}
	for _, e := range si.entries {
		si.bytes += len(e.text) + len(e.id) + 56
	}
	for _, k := range si.keys {
		si.bytes += len(k.key) + 24
	}
	for _, l := range si.latin {
		si.bytes += len(l.text) + len(l.reading) + 48
	}
	for r, ws := range si.unshown {
		si.bytes += len(r) + 48
		for _, w := range ws {
			si.bytes += len(w) + 16
		}
	}
	for k := range si.english {
		si.bytes += len(k) + 24
	}
	built = true
	return si, nil
}

// stat counts a word of a title, once per title (seen holds the title's
// words counted). Spellings are counted in NFKC, so ﾛﾎﾞｯﾄ and ロボット,
// ＡＩ and AI are one spelling (case is kept).
func (b *sugBuilder) stat(term, surface, reading string, w float64, seen map[string]bool) {
	if !suggestible(term) || seen[term] {
		return
	}
	seen[term] = true
	surface = strings.Map(visible, norm.NFKC.String(surface))
	s := b.terms[term]
	if s == nil {
		// A single kanji is keyed exactly, as the dictionary pass keys
		// it (see wordInfo): き is no 気 yet.
		s = &termStat{surfaces: map[string]float64{}, reading: reading, single: isSingleKanji(term)}
		b.terms[term] = s
	}
	s.surfaces[surface] += 1 + w
	s.recent += w
	s.count++
	if s.reading == "" {
		s.reading = reading
	}
}

// dictionary adds the words of a field's term dictionary that are in
// enough articles, with their article counts. A dictionary still lists
// the words of deleted articles until segments merge, so small counts are
// checked against the live postings.
func (b *sugBuilder) dictionary(ctx context.Context, field string) error {
	return b.eachTerm(ctx, field, func(e *bindex.DictEntry, tc *readerCounter) error {
		count := e.Count
		if count < b.minDocs && b.terms[e.Term] == nil {
			return nil // (the live count is no more: a word of one body, not looked up)
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
		} else {
			surface = b.ix.caseSpelling(tc, e.Term, count, field, &b.cased) // ceo is CEO
		}
		// The spelling weighs as many articles as have it, against a
		// spelling of the same word in titles (メガネ in bodies, 眼鏡 in a
		// few titles).
		b.terms[e.Term] = &termStat{surfaces: map[string]float64{surface: float64(count)}, reading: info.reading, others: info.others, variants: info.variants, count: int(count), joined: info.joined, single: info.single, weakPrefix: info.weakPrefix}
		return nil
	})
}

// visible drops the characters a spelling shows nothing of (テ\u200bスラ
// is テスラ, as searched).
func visible(r rune) rune {
	if unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r) {
		return -1
	}
	return r
}

// scaleSurfaces puts the spellings of a word counted in titles (one to
// two for each title) on the scale of a word counted in bodies (one for
// each article): its article count shared in the titles' proportions.
// Otherwise a spelling in bodies outweighs one in titles whatever the
// articles write (テンポ in 28 bodies showed for 店舗 of 274 articles,
// ツイッター for Twitter).
func scaleSurfaces(s *termStat) {
	total := 0.0
	for _, w := range s.surfaces {
		total += w
	}
	if total <= 0 || float64(s.count) <= total {
		return
	}
	f := float64(s.count) / total
	for sf := range s.surfaces {
		s.surfaces[sf] *= f
	}
}

// key makes an entry findable by k (cut to suggestKeyRunes).
func (b *sugBuilder) key(k string, entry int32) {
	k = strings.TrimSpace(k)
	if k == "" {
		return
	}
	if utf8.RuneCountInString(k) > suggestKeyRunes {
		n := 0
		for i := range k {
			if n == suggestKeyRunes {
				k = k[:i]
				break
			}
			n++
		}
	}
	b.keys = append(b.keys, sugKey{key: k, entry: entry})
	if joined := strings.ReplaceAll(k, "-", ""); joined != k && joined != "" && isLatinWord(joined) {
		// A name with a hyphen typed without it (mlk: ML-KEM, as mlkem
		// finds it in a search).
		b.keys = append(b.keys, sugKey{key: joined, entry: entry})
	}
}

// exactKey makes an entry findable by k itself only, not by its prefixes.
func (b *sugBuilder) exactKey(k string, entry int32) {
	b.wholeKey(sugKey{key: k, entry: entry, exact: true})
}

// variantKey makes an entry findable by k weakly (see sugKey.weak), and
// by k itself only when exact.
func (b *sugBuilder) variantKey(k string, entry int32, exact bool) {
	b.wholeKey(sugKey{key: k, entry: entry, exact: exact, weak: true})
}

// wholeKey adds k, white space trimmed, unless it is empty or longer than
// suggestKeyRunes (a key cut short would find what it does not say).
func (b *sugBuilder) wholeKey(k sugKey) {
	if k.key = strings.TrimSpace(k.key); k.key != "" && utf8.RuneCountInString(k.key) <= suggestKeyRunes {
		b.keys = append(b.keys, k)
	}
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
