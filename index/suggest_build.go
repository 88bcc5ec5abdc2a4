package index

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Building the suggestion data from the index.
const (
	// suggestTitles: the newest articles whose titles are suggestible and
	// whose words count with their recency.
	suggestTitles = 5000
	// suggestCompoundTitles: the newest articles whose titles give their
	// compounds (携帯|電話), the older ones past suggestTitles nothing else:
	// a compound an archive wrote most in its older titles (転職活動) had
	// never been offered. Analysing them costs the build about as much
	// again as the newest titles.
	suggestCompoundTitles = 10000
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
	// maxTailWords bounds how many words in fewer than suggestCheckBelow
	// articles a build analyses for the first time (wordInfo: kagome and
	// the dictionary's readings, some 20 µs each, and the memory to keep
	// the answer). A first build on livedoor analyses 39,000; five
	// articles of a megabyte of random letters each made 150,000, and
	// forty two minutes of a build and 1.6 GB, with suggestions empty
	// meanwhile. The rest wait for the next build, which knows the words
	// this one analysed.
	maxTailWords = 1 << 16
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
	// whole are parts with a run of kanji the index joins as one term
	// (一眼|レフ for 一|眼|レフ), which kagome reads so in some contexts
	// (一眼レフ after a space), nil when it has none.
	whole []string
	// newest: a compound a title among the newest suggestTitles has.
	newest bool
	// honorific are its readings with the お or ご titles write before
	// it (オサイフケータイ), which the index drops.
	honorific []string
	// named counts the titles that write an honorific onto the word
	// (ノムさん), by the honorific, and titled the titles counted for
	// it (see nameHonorific).
	named      map[string]int
	titled     int
	single     bool // see wordInfo: keyed exact
	weakPrefix bool // see wordInfo
	inflected  bool // see wordInfo: merged with no noun read alike
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
	// suffixed and lead count the titles that write a word of two
	// characters or more as a suffix (ちゃん of 愛ちゃん), and not right
	// after another word (see suffixWord).
	suffixed, lead map[string]int
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
	// tail counts the words in fewer than suggestCheckBelow articles
	// this build analysed for the first time, and untried says it left
	// some for the next (see maxTailWords).
	tail    int
	untried bool
}

func newSugBuilder(ix *Index) *sugBuilder {
	minDocs := uint64(suggestMinDocs)
	if n, err := ix.b.DocCount(); err == nil && n < suggestSmallIndex {
		minDocs = 1
	}
	return &sugBuilder{ix: ix, terms: map[string]*termStat{}, stale: map[string]bool{},
		inside: map[string]int{}, alone: map[string]int{}, suffix: map[string]int{}, free: map[string]int{},
		suffixed: map[string]int{}, lead: map[string]int{}, minDocs: minDocs}
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
	b.suffixWords()
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
	si := &suggestIndex{entries: b.entries, keys: b.keys, aliases: b.aliases, latin: b.latin, unshown: b.unshown, english: b.english, built: time.Now(), took: time.Since(start), uncounted: b.uncounted, untried: b.untried}
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
	if joined := latinRunTogether(k); joined != "" {
		b.keys = append(b.keys, sugKey{key: joined, entry: entry})
	}
}

// latinRunTogether returns k with the spaces before a Latin word with a
// digit left out, as readers type a model's name (iphone17, galaxys25,
// pixel9: iPhone 17, Galaxy S25, Pixel 9 and the titles that start with
// them, where iphone17 had offered iPhone16 as a typo and galaxys25
// GALAXY alone); "" when k has no such space. Words of letters only stay
// apart (galaxy note, see suggest_latin_after.go).
func latinRunTogether(k string) string {
	var out strings.Builder
	joined := false
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' && i > 0 && isASCIIAlnum(rune(k[i-1])) && latinWordWithDigit(k[i+1:]) {
			joined = true
			continue
		}
		out.WriteByte(k[i])
	}
	if !joined {
		return ""
	}
	return out.String()
}

// latinWordWithDigit reports whether s starts with a word of ASCII
// letters and digits that has a digit (17, s25, 4k).
func latinWordWithDigit(s string) bool {
	end := 0
	for end < len(s) && isASCIIAlnum(rune(s[end])) {
		end++
	}
	return strings.ContainsAny(s[:end], "0123456789")
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
